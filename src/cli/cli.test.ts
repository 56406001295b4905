import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Config } from "../config.ts";
import type { Dialect } from "../db/stores.ts";
import { buildDemoLines } from "../demo/demo-data.ts";
import { runTnr, startServer, tnrEnv } from "../test-support/cli.ts";
import { buildIncident, buildOrganisation } from "../test-support/factories.ts";
import { cleanupConfig, DIALECTS, testConfig } from "../test-support/test-vault.ts";

const STAMP = { version: 1, created_at: "2017-06-01T00:00:00.000Z", created_by: "cli:test" };

/** An interchange line of a new record with valid meta fields. */
function line(type: string, data: Record<string, unknown>, orgId?: string): string {
  const meta = { id: randomUUID(), ...(orgId ? { org_id: orgId } : {}), ...STAMP };
  const record = { ...meta, updated_at: STAMP.created_at, updated_by: STAMP.created_by, ...data };
  return JSON.stringify({ type, record });
}

/** A fresh data folder (and, on PostgreSQL, fresh schemas) with the environment to reach it. */
function installation(dialect: Dialect, cleanup: Config[]) {
  const config = testConfig(dialect);
  cleanup.push(config);
  const secretFile = join(config.dataDir, "..", `${config.pgSchemaPrefix}.secret`);
  const env = (unseal = false) =>
    tnrEnv({
      dataDir: config.dataDir,
      unsealFile: unseal ? secretFile : undefined,
      databaseUrl: config.databaseUrl,
      pgSchemaPrefix: config.pgSchemaPrefix,
    });
  return { config, secretFile, env };
}

const sortedLines = (text: string) => text.split("\n").filter(Boolean).sort();

describe("tnr command line", { concurrency: 3 }, () => {
  const cleanup: Config[] = [];
  const work = mkdtempSync(join(tmpdir(), "tnr-cli-test-"));
  after(async () => {
    rmSync(work, { recursive: true, force: true });
    for (const c of cleanup) {
      rmSync(join(c.dataDir, "..", `${c.pgSchemaPrefix}.secret`), { force: true });
      await cleanupConfig(c);
    }
  });

  for (const dialect of DIALECTS) {
    describe(`init, export and import on ${dialect}`, { concurrency: 1 }, () => {
      const inst = installation(dialect, cleanup);
      let secret: string;

      it("init --secret-file writes 24 words to a 0600 file and prints none", async () => {
        const r = await runTnr(["init", "--secret-file", inst.secretFile], inst.env());
        assert.equal(r.code, 0, r.stderr);
        assert.match(r.stdout, /recovery secret was written to .*\(mode 0600\)/);
        assert.equal(statSync(inst.secretFile).mode & 0o777, 0o600);
        secret = readFileSync(inst.secretFile, "utf8");
        assert.equal(secret.trim().split(/\s+/).length, 24);
        assert.equal(r.stdout.includes(secret.trim()), false);
      });

      it("refuses to init twice", async () => {
        const r = await runTnr(["init"], inst.env());
        assert.equal(r.code, 1);
        assert.match(r.stderr, /already holds an installation/);
      });

      it("says how to give the secret when it has none", async () => {
        const r = await runTnr(["export"], inst.env());
        assert.equal(r.code, 1);
        assert.match(r.stderr, /vault is sealed.*TNR_UNSEAL_FILE/);
        assert.equal(r.stdout, "");
      });

      it("exports with the secret piped on standard input", async () => {
        const r = await runTnr(["export"], inst.env(), secret);
        assert.equal(r.code, 0, r.stderr);
        const lines = r.stdout.trim().split("\n");
        assert.ok(lines.length > 50);
        assert.equal(JSON.parse(lines[0]!).type, "vocabulary_term");
      });

      it("imports nothing from a file with a bad line and names that line", async () => {
        const orgLine = line("organisation", buildOrganisation());
        const org = JSON.parse(orgLine).record.id as string;
        const file = join(work, `${dialect}-bad.jsonl`);
        writeFileSync(
          file,
          [
            orgLine,
            line("incident", buildIncident(), org),
            line("incident", buildIncident({ start_date: "May 2017" }), org),
          ].join("\n") + "\n",
        );
        const r = await runTnr(["import", file], inst.env(true));
        assert.equal(r.code, 1);
        assert.match(r.stderr, /line 3: \/record\/start_date is not in the expected format/);
        assert.match(r.stderr, /1 of 3 lines are invalid: nothing was imported/);
        const fixed = readFileSync(file, "utf8").split("\n").slice(0, 2).join("\n") + "\n";
        writeFileSync(file, fixed);
        const ok = await runTnr(["import", file], inst.env(true));
        assert.equal(ok.code, 0, ok.stderr);
        assert.match(ok.stdout, /Imported 2 new records from 2 lines\./);
      });
    });
  }

  describe("key shares", { concurrency: 1 }, () => {
    const inst = installation("sqlite", cleanup);
    let shares: string[];

    it("init --shares 5 --threshold 3 prints five shares", async () => {
      const r = await runTnr(["init", "--shares", "5", "--threshold", "3"], inst.env());
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /any 3 of these 5 unseal the vault/);
      shares = [...r.stdout.matchAll(/share \d: (tnrs1-\S+)/g)].map((m) => m[1]!);
      assert.equal(shares.length, 5);
    });

    it("unseals with any three shares, not with two", async () => {
      const three = await runTnr(
        ["export"],
        inst.env(),
        [shares[4], shares[0], shares[2]].join("\n"),
      );
      assert.equal(three.code, 0, three.stderr);
      assert.ok(three.stdout.includes('"type":"vocabulary_term"'));
      const two = await runTnr(["export"], inst.env(), [shares[1], shares[3]].join("\n"));
      assert.equal(two.code, 1);
      assert.match(two.stderr, /does not match this installation/);
      assert.equal(two.stdout, "");
    });
  });

  describe("demo data, audit, backup and restore", { concurrency: 1 }, () => {
    const inst = installation("sqlite", cleanup);
    const target = installation("sqlite", cleanup);
    const backupFile = join(work, "cli.backup");
    before(async () => {
      const r = await runTnr(["init", "--secret-file", inst.secretFile], inst.env());
      assert.equal(r.code, 0, r.stderr);
      writeFileSync(target.secretFile, readFileSync(inst.secretFile), { mode: 0o600 });
    });

    it("seed-demo loads the demo data, and find-person finds a name in Cyrillic", async () => {
      const seeded = await runTnr(["seed-demo"], inst.env(true));
      assert.equal(seeded.code, 0, seeded.stderr);
      assert.match(seeded.stdout, /Demo data loaded: \d+ records/);
      const lines = buildDemoLines();
      const identity = lines.find(
        (l) => l.type === "person_identity" && String(l.record.full_name).includes("Mukhtarli"),
      )!;
      const person = lines.find((l) => l.record.id === identity.record.person_id)!;
      const r = await runTnr(["find-person", "Мухтарлы"], inst.env(true));
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout.trim(), `${String(person.record.pseudonym)}\t${person.record.id}`);
    });

    it("audit verify checks the chain", async () => {
      const r = await runTnr(["audit", "verify"], inst.env(true));
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /The audit log is intact: \d+ events/);
    });

    it("backup, then restore into another data folder, exports the same", async () => {
      const b = await runTnr(["backup", backupFile], inst.env(true));
      assert.equal(b.code, 0, b.stderr);
      assert.match(b.stdout, /It opens only with the recovery secret/);
      const r = await runTnr(["restore", backupFile], target.env(true));
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /every hash checked/);
      const [before, after] = await Promise.all([
        runTnr(["export"], inst.env(true)),
        runTnr(["export"], target.env(true)),
      ]);
      assert.equal(before.code, 0, before.stderr);
      assert.equal(after.code, 0, after.stderr);
      assert.ok(sortedLines(before.stdout).length > 900);
      assert.deepEqual(sortedLines(after.stdout), sortedLines(before.stdout));
    });
  });

  describe("a sealed server", { concurrency: 1 }, () => {
    const inst = installation("sqlite", cleanup);
    let secret: string;
    before(async () => {
      const r = await runTnr(["init", "--secret-file", inst.secretFile], inst.env());
      assert.equal(r.code, 0, r.stderr);
      secret = readFileSync(inst.secretFile, "utf8");
    });

    it("starts sealed, unseals with the secret on stdin, and seals again", async () => {
      const server = await startServer(inst.env());
      try {
        const health = async () =>
          ((await (await fetch(`${server.url}/healthz`)).json()) as { sealed: boolean }).sealed;
        assert.equal(await health(), true);
        const staff = await fetch(`${server.url}/staff`);
        assert.equal(staff.status, 503);
        assert.match(await staff.text(), /The vault is sealed/);
        assert.equal((await fetch(`${server.url}/`)).status, 200);

        const unseal = await runTnr(["unseal"], inst.env(), secret);
        assert.equal(unseal.code, 0, unseal.stderr);
        assert.match(unseal.stdout, /The vault is unsealed/);
        assert.equal(await health(), false);
        assert.equal((await fetch(`${server.url}/api/v1`)).status, 200);

        const seal = await runTnr(["seal"], inst.env());
        assert.equal(seal.code, 0, seal.stderr);
        assert.match(seal.stdout, /keys were wiped/);
        assert.equal(await health(), true);
        assert.equal((await fetch(`${server.url}/api/v1`)).status, 503);
      } finally {
        await server.stop();
      }
    });
  });

  describe("serve --demo", { concurrency: 1 }, () => {
    const inst = installation("sqlite", cleanup);

    it("initialises an empty folder, loads and publishes the demo, and offers demo sign-in", async () => {
      const server = await startServer(inst.env(), ["--demo"]);
      try {
        const home = await fetch(`${server.url}/`, { headers: { "accept-language": "en" } });
        assert.equal(home.status, 200);
        assert.match(home.url, /\/en\/$/);
        const body = await home.text();
        assert.match(body, /Demonstration site/);
        assert.match(body, /No safe harbour next door/, "the demo analysis is published");
        const incidents = await fetch(`${server.url}/en/incidents/`);
        assert.equal(incidents.status, 200);
        const staff = await fetch(`${server.url}/staff`);
        assert.equal(staff.status, 200);
        assert.match(staff.url, /\/staff\/login/);
        assert.match(await staff.text(), /admin@rights-centre\.example/);
      } finally {
        await server.stop();
      }
    });
  });
});
