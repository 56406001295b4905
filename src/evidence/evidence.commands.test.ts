import assert from "node:assert/strict";
import { createHash, randomBytes } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { IntegrityError } from "../errors.ts";
import { saveNewRecord } from "../records/record.commands.ts";
import type { DomainRecord } from "../records/record.types.ts";
import { informationSpec, sourceSpec } from "../sources/source.schema.ts";
import { seedCase } from "../test-support/factories.ts";
import { createTestVault, DIALECTS, type TestVault } from "../test-support/test-vault.ts";
import { addEvidence, evidenceDir, readEvidence } from "./evidence.commands.ts";

const CANARY = "CANARY-evidence-5f1c9a";

/** ~200 KB of text that starts with the canary and carries it all through. */
function canaryContent(): Buffer {
  const parts: Buffer[] = [Buffer.from(`${CANARY}\n`)];
  while (Buffer.concat(parts).length < 200_000)
    parts.push(Buffer.from(`${randomBytes(600).toString("base64")} ${CANARY} Əfqan Müxtarlı\n`));
  return Buffer.concat(parts);
}

/** Feeds bytes in uneven pieces, as an upload stream does. */
async function* pieces(content: Buffer): AsyncGenerator<Uint8Array> {
  for (let i = 0, size = 1; i < content.length; i += size, size = (size * 7 + 13) % 40_000)
    yield content.subarray(i, i + size);
}

/** The only file in the evidence folder whose name starts with the storage key. */
function storedFile(dataDir: string, storageKey: string): string {
  return join(evidenceDir(dataDir), `${storageKey}.bin`);
}

for (const dialect of DIALECTS) {
  describe(`evidence on ${dialect}`, () => {
    let t: TestVault;
    let informationId = "";
    let orgId = "";

    before(async () => {
      t = await createTestVault(dialect);
      const { incident } = await seedCase(t);
      orgId = String(incident.org_id);
      const base = { db: t.vault.db(), keys: t.vault.keys(), actor: t.actor, orgId };
      const source = await saveNewRecord({
        ...base,
        spec: sourceSpec,
        data: {
          kind: "person",
          label: "Witness 1",
          reliability: "B",
          is_protected: true,
          public_url: null,
          published_on: null,
          identity: null,
          contact: null,
          person_id: null,
          organisation_id: null,
        },
      });
      const info = await saveNewRecord({
        ...base,
        spec: informationSpec,
        data: {
          incident_id: incident.id,
          source_id: source.id,
          connection: "eyewitness",
          obtained_on: "2017-06",
          credibility: "2",
          language: "az",
          claim_summary: "Saw the car outside the flat.",
          witness_identity: null,
        },
      });
      informationId = info.id;
    });
    after(async () => t.close());

    const add = (content: Buffer): Promise<DomainRecord> =>
      addEvidence({
        db: t.vault.db(),
        keys: t.vault.keys(),
        actor: t.actor,
        dataDir: t.config.dataDir,
        orgId,
        content: pieces(content),
        data: {
          information_id: informationId,
          evidence_type: "photo",
          media_type: "text/plain",
          original_name: `${CANARY}.txt`,
        },
      });
    const read = (evidenceId: string) =>
      readEvidence({
        db: t.vault.db(),
        keys: t.vault.keys(),
        actor: t.actor,
        dataDir: t.config.dataDir,
        evidenceId,
      });
    const custodyActions = async (evidenceId: string) =>
      (
        await t.vault
          .db()
          .selectFrom("custody_events")
          .select(["action", "created_at"])
          .where("evidence_id", "=", evidenceId)
          .orderBy("created_at")
          .execute()
      ).map((r) => r.action);

    it("stores the file encrypted: the canary is nowhere in the evidence folder", async () => {
      const content = canaryContent();
      assert.ok(
        content.length >= 200_000 && content.subarray(0, CANARY.length).toString() === CANARY,
      );
      const item = await add(content);
      const files = readdirSync(evidenceDir(t.config.dataDir));
      assert.ok(files.includes(`${item.storage_key}.bin`), "the file is named by its storage key");
      assert.ok(
        files.every((f) => !f.includes(CANARY)),
        "the upload's name is never used",
      );
      for (const f of files) {
        const bytes = readFileSync(join(evidenceDir(t.config.dataDir), f));
        assert.equal(bytes.indexOf(CANARY), -1, `${f} holds the canary`);
        assert.equal(bytes.indexOf(Buffer.from(CANARY, "utf16le")), -1);
        assert.equal(bytes.indexOf("Müxtarlı"), -1);
        assert.ok(!bytes.subarray(0, CANARY.length).equals(Buffer.from(CANARY)));
        assert.equal(bytes.subarray(0, 6).toString(), "TNRF1\n");
        assert.ok(bytes.length > content.length, "ciphertext is at least as long as the content");
      }
    });

    it("records the SHA-256 and size of the original bytes; protected fields are sealed", async () => {
      const content = canaryContent();
      const item = await add(content);
      assert.equal(item.sha256, createHash("sha256").update(content).digest("hex"));
      assert.equal(item.size_bytes, content.length);
      const raw = await t.vault
        .db()
        .selectFrom("evidence_items")
        .selectAll()
        .where("id", "=", item.id)
        .executeTakeFirstOrThrow();
      assert.equal(raw.sha256, item.sha256);
      assert.doesNotMatch(JSON.stringify(raw), /CANARY/);
      assert.notEqual(raw.file_key, item.file_key, "the file key is stored sealed");
      assert.deepEqual(await custodyActions(item.id), ["collected"]);
    });

    it("reads the bytes back and writes an 'accessed' custody event each time", async () => {
      const content = canaryContent();
      const item = await add(content);
      const count = async () =>
        Number(
          (
            await t.vault
              .db()
              .selectFrom("custody_events")
              .select((eb) => eb.fn.countAll().as("n"))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const before = await count();
      const back = await read(item.id);
      assert.ok(back.equals(content), "the same bytes come back");
      assert.equal(await count(), before + 1);
      await read(item.id);
      assert.equal(await count(), before + 2);
      assert.deepEqual(await custodyActions(item.id), ["collected", "accessed", "accessed"]);
    });

    it("reads back an empty file and a file of exactly one chunk", async () => {
      for (const content of [Buffer.alloc(0), randomBytes(64 * 1024), randomBytes(64 * 1024 + 1)]) {
        const item = await add(content);
        assert.ok((await read(item.id)).equals(content), `${content.length} bytes`);
      }
    });

    it("refuses a file with any one byte flipped, and records no access", async () => {
      const content = canaryContent();
      const item = await add(content);
      const path = storedFile(t.config.dataDir, String(item.storage_key));
      const good = readFileSync(path);
      // Magic, stream header, first length prefix (each byte), ciphertext, the final chunk.
      const header = 6 + 24;
      const positions = [0, 5, 6, 20, header, header + 1, header + 2, header + 3, header + 4];
      positions.push(header + 1000, Math.floor(good.length / 2), good.length - 20, good.length - 1);
      for (const pos of positions) {
        for (const bit of [0x01, 0x80]) {
          const bad = Buffer.from(good);
          bad[pos]! ^= bit;
          writeFileSync(path, bad);
          await assert.rejects(
            read(item.id),
            (e: unknown) => e instanceof IntegrityError && e.status === 500,
            `byte ${pos} ^ ${bit}`,
          );
        }
      }
      assert.deepEqual(await custodyActions(item.id), ["collected"]);
      writeFileSync(path, good.subarray(0, good.length - 100));
      await assert.rejects(read(item.id), /truncated|authentication/);
      writeFileSync(path, good);
      assert.ok((await read(item.id)).equals(content), "the undamaged file still reads");
    });

    it("refuses a file that was swapped for another evidence item's", async () => {
      const a = await add(canaryContent());
      const b = await add(canaryContent());
      const pathA = storedFile(t.config.dataDir, String(a.storage_key));
      const pathB = storedFile(t.config.dataDir, String(b.storage_key));
      writeFileSync(pathA, readFileSync(pathB));
      await assert.rejects(read(a.id), IntegrityError);
    });
  });
}
