import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { after, before, describe, it } from "node:test";
import pg from "pg";
import { masterKeyToWords } from "../crypto/recovery-secret.ts";
import { schemaNames } from "../db/postgres.ts";
import { publicReaderRole } from "../db/stores.ts";
import { PROTECTED_DEMO_VALUES } from "../test-support/demo-canaries.ts";
import { seedDemo } from "../demo/seed-demo.ts";
import { RECORD_SPECS } from "../records/registry.ts";
import { cleanupConfig, createTestVault, type TestVault } from "../test-support/test-vault.ts";

/** Every file under a folder, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

/** "file: value" for every protected value found in any file of the folder. */
function plaintextIn(dir: string, needles: string[]): string[] {
  const hits: string[] = [];
  for (const file of filesUnder(dir)) {
    const bytes = readFileSync(file);
    for (const n of needles)
      if (bytes.includes(Buffer.from(n, "utf8"))) hits.push(`${relative(dir, file)}: ${n}`);
  }
  return hits;
}

/** A demo-sized installation: the demo vault of `tnr serve --demo`, loaded with the demo data. */
async function demoVault(dialect: "sqlite" | "postgres"): Promise<TestVault> {
  const t = await createTestVault(dialect, { demo: true });
  const report = await seedDemo(
    { db: t.vault.db(), keys: t.vault.keys(), dialect, dataDir: t.config.dataDir },
    t.actor,
  );
  assert.equal(report?.committed, true);
  return t;
}

describe("sealed at rest on sqlite", () => {
  let t: TestVault;
  let keyMaterial: string[];
  let whileOpen: { files: string[]; hits: string[] };

  before(async () => {
    t = await demoVault("sqlite");
    const keys = t.vault.keys();
    keyMaterial = [
      masterKeyToWords(t.master),
      ...[t.master, keys.sqlite, keys.fieldKek, keys.blindIndex, keys.backup, keys.inboxPrivateKey]
        .map((k) => Buffer.from(k))
        .flatMap((k) => [k.toString("hex"), k.toString("base64"), k.toString("base64url")]),
    ];
    // Grep once while the vault is open (its WAL and shared-memory files exist), once after close.
    whileOpen = {
      files: filesUnder(t.config.dataDir).map((f) => relative(t.config.dataDir, f)),
      hits: plaintextIn(t.config.dataDir, PROTECTED_DEMO_VALUES),
    };
    await t.vault.close();
  });
  after(async () => cleanupConfig(t.config));

  it("keeps every protected demo value out of every file of the data folder", () => {
    assert.ok(PROTECTED_DEMO_VALUES.length > 100);
    assert.ok(whileOpen.files.includes("vault.db-wal"), whileOpen.files.join(", "));
    assert.ok(whileOpen.files.some((f) => f.startsWith("evidence/")));
    assert.deepEqual(whileOpen.hits, []);
    const files = filesUnder(t.config.dataDir).map((f) => relative(t.config.dataDir, f));
    for (const f of ["vault.db", "public.db", "installation.json"]) assert.ok(files.includes(f));
    assert.deepEqual(plaintextIn(t.config.dataDir, PROTECTED_DEMO_VALUES), []);
  });

  it("encrypts the vault file itself", () => {
    const head = readFileSync(join(t.config.dataDir, "vault.db")).subarray(0, 16);
    assert.notEqual(head.toString("latin1"), "SQLite format 3\0");
  });

  it("stores no key on disk: installation.json holds only what checks a secret", () => {
    const installation = JSON.parse(
      readFileSync(join(t.config.dataDir, "installation.json"), "utf8"),
    );
    assert.deepEqual(Object.keys(installation).sort(), [
      "created_at",
      "demo",
      "format",
      "inbox_public_key",
      "inbox_secret_key_wrapped",
      "key_check",
      "salt",
    ]);
    assert.deepEqual(plaintextIn(t.config.dataDir, keyMaterial), []);
  });
});

describe("sealed at rest on postgres", { skip: !process.env.TNR_TEST_PG }, () => {
  let t: TestVault;
  before(async () => {
    t = await demoVault("postgres");
  });
  after(async () => t?.close());

  it("stores protected columns and the history as ciphertext only", async () => {
    const raw: string[] = [];
    for (const spec of RECORD_SPECS) {
      if (!spec.protectedFields.length) continue;
      const rows = await t.vault
        .db()
        .selectFrom(spec.table)
        .select([...spec.protectedFields])
        .execute();
      for (const row of rows)
        for (const field of spec.protectedFields) {
          const value = row[field] as string | null;
          if (value === null) continue;
          assert.match(value, /^g1\.[A-Za-z0-9_-]+$/, `${spec.table}.${field}`);
          raw.push(value);
        }
    }
    const history = await t.vault.db().selectFrom("record_versions").select("snapshot").execute();
    for (const h of history) raw.push(String(h.snapshot));
    assert.ok(raw.length > 500, `${raw.length} protected values`);
    const text = raw.join("\n");
    assert.deepEqual(
      PROTECTED_DEMO_VALUES.filter((v) => text.includes(v)),
      [],
    );
  });

  it("keeps the public reader out of the vault schema", async () => {
    const prefix = t.config.pgSchemaPrefix;
    const names = schemaNames(prefix);
    const client = new pg.Client({ connectionString: t.config.databaseUrl });
    await client.connect();
    try {
      await client.query(`set role "${publicReaderRole(prefix)}"`);
      await assert.rejects(
        client.query(`select count(*) from "${names.vault}".incidents`),
        /permission denied/,
      );
      await assert.rejects(
        client.query(`select count(*) from "${names.vault}".installation`),
        /permission denied/,
      );
      const ok = await client.query(`select count(*) as n from "${names.public}".public_meta`);
      assert.equal(ok.rows.length, 1);
    } finally {
      await client.query("reset role").catch(() => undefined);
      await client.end();
    }
  });
});
