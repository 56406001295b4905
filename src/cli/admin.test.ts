import assert from "node:assert/strict";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { listAudit, verifyAuditChain } from "../audit/audit.repository.ts";
import { createApiToken, resolveApiToken } from "../auth/api-token.ts";
import { beginEnrolment, completeEnrolment } from "../auth/enrolment.ts";
import { grantsForIncident } from "../auth/grant.repository.ts";
import { createSession } from "../auth/session.ts";
import { totpCode } from "../auth/totp.ts";
import type { Config } from "../config.ts";
import { parseSecret } from "../crypto/recovery-secret.ts";
import { AppError } from "../errors.ts";
import { openStores } from "../db/stores.ts";
import { incidentSpec } from "../incidents/incident.schema.ts";
import type { VaultKeys } from "../keyring/installation.ts";
import { saveNewRecord } from "../records/record.commands.ts";
import type { Db } from "../records/record.repository.ts";
import { SYSTEM_ACTOR } from "../records/record.types.ts";
import { runTnr, tnrEnv, type TnrResult } from "../test-support/cli.ts";
import { buildIncident } from "../test-support/factories.ts";
import { cleanupConfig, DIALECTS, testConfig } from "../test-support/test-vault.ts";
import { Vault } from "../vault/vault.ts";
import { grantCommand, orgCommand, tokenCommand, userCommand } from "./commands/admin.ts";

/** The command succeeded; its standard output. */
function ok(r: TnrResult): string {
  assert.equal(r.code, 0, r.stderr);
  return r.stdout;
}

/** The command failed the way a user should see it: exit 1, one readable line, no stack trace. */
function refused(r: TnrResult, message: RegExp): void {
  assert.equal(r.code, 1, `expected a refusal, got: ${r.stdout}`);
  assert.match(r.stderr, /^tnr: /m);
  assert.match(r.stderr, message);
  assert.doesNotMatch(r.stderr, /\n\s+at |Error:|node:internal/);
}

for (const dialect of DIALECTS) {
  describe(`administration commands on ${dialect}`, { concurrency: 1 }, () => {
    const config: Config = testConfig(dialect);
    const secretFile = join(config.dataDir, "..", `${config.pgSchemaPrefix}.secret`);
    const env = {
      ...tnrEnv({
        dataDir: config.dataDir,
        unsealFile: secretFile,
        databaseUrl: config.databaseUrl,
        pgSchemaPrefix: config.pgSchemaPrefix,
      }),
      TNR_PUBLIC_URL: "https://tnr.example.org/",
      // One Node process per command instead of two: the tests spawn many.
      TNR_NODE_FLAGS: "",
    };
    // On PostgreSQL every command opening the stores re-grants the public reader role, and two
    // GRANTs at once fail ("tuple concurrently updated"): there the commands run one at a time.
    let queue: Promise<unknown> = Promise.resolve();
    const tnr = (...args: string[]): Promise<TnrResult> => {
      if (dialect === "sqlite") return runTnr(args, env);
      const run = queue.then(() => runTnr(args, env));
      queue = run.catch(() => undefined);
      return run;
    };
    after(async () => {
      rmSync(secretFile, { force: true });
      await cleanupConfig(config);
    });

    /** Opens the vault in this process with the installation's secret, for what the CLI cannot do. */
    async function inVault<T>(fn: (db: Db, keys: VaultKeys) => Promise<T>): Promise<T> {
      const vault = await Vault.open(await openStores(config));
      try {
        await vault.unseal(await parseSecret(readFileSync(secretFile, "utf8")));
        return await fn(vault.db(), vault.keys());
      } finally {
        await vault.close();
      }
    }

    it("manages organisations, accounts, API tokens and grants, refusing bad input", async () => {
      ok(await runTnr(["init", "--secret-file", secretFile], { ...env, TNR_UNSEAL_FILE: "" }));
      const added = ok(
        await tnr("org", "add", "rights-centre", "--name", "Rights Centre", "--state", "ge"),
      );
      assert.match(added, /Added member organisation rights-centre \(Rights Centre\)/);
      ok(await tnr("org", "add", "partner-ngo", "--name", "Partner NGO"));
      const link = ok(
        await tnr(
          "user",
          "add",
          "--org",
          "rights-centre",
          "--role",
          "editor",
          "--email",
          "Alice@Example.org",
        ),
      );
      const token = /^https:\/\/tnr\.example\.org\/staff\/enrol\/([A-Za-z0-9_-]{43})$/m.exec(
        link,
      )?.[1];
      assert.ok(token, link);
      assert.match(link, /expires in 24 hours/);

      const [orgs, users, ...errors] = await Promise.all([
        tnr("org", "list"),
        tnr("user", "list"),
        tnr("org", "add", "rights-centre", "--name", "Again"),
        tnr(
          "user",
          "add",
          "--org",
          "rights-centre",
          "--role",
          "editor",
          "--email",
          "alice@example.org",
        ),
        tnr(
          "user",
          "add",
          "--org",
          "no-such-ngo",
          "--role",
          "editor",
          "--email",
          "bob@example.org",
        ),
        tnr(
          "user",
          "add",
          "--org",
          "rights-centre",
          "--role",
          "boss",
          "--email",
          "bob@example.org",
        ),
        tnr(
          "user",
          "add",
          "--org",
          "rights-centre",
          "--role",
          "editor",
          "--email",
          "not-an-address",
        ),
        tnr("user", "disable", "nobody@example.org"),
        tnr("token", "create", "--user", "alice@example.org"),
        tnr("token", "revoke", "no-such-token"),
        tnr("grant", "--incident", "no-such-incident", "--org", "partner-ngo", "--level", "read"),
        tnr("grant", "revoke", "no-such-grant"),
      ]);
      assert.match(ok(orgs), /rights-centre\s+Rights Centre\s+1\n/);
      assert.match(orgs.stdout, /partner-ngo\s+Partner NGO\s+0\n/);
      assert.match(
        ok(users),
        /alice@example\.org\s+rights-centre\s+editor\s+active\s+not enrolled/,
      );
      const expected = [
        /organisation with the slug "rights-centre" already exists/,
        /e-mail address already has an account/,
        /No member organisation has the slug "no-such-ngo"/,
        /role must be one of: admin, editor, caseworker, researcher/,
        /not an e-mail address/,
        /No account has the e-mail address nobody@example\.org/,
        /has not finished enrolment/,
        /No API token has the id no-such-token/,
        /No incident has the id no-such-incident/,
        /No live grant has the id no-such-grant/,
      ];
      errors.forEach((r, i) => refused(r, expected[i]!));

      // Alice follows her link (what the enrolment page will do) and signs in; a script of hers
      // holds an API token too.
      const now = new Date();
      const { alice, incidentId, scriptToken } = await inVault(async (db, keys) => {
        const { secret } = await beginEnrolment({ db, keys, token, now });
        const password = "violet harbour lantern 42";
        const totp = totpCode(secret, now);
        const { user } = await completeEnrolment({
          db,
          keys,
          token,
          password,
          totpCode: totp,
          now,
        });
        await createSession(db, { user, now });
        const script = await createApiToken({
          db,
          actor: SYSTEM_ACTOR,
          userId: user.id,
          name: "script",
          now,
        });
        const data = buildIncident();
        const incident = await saveNewRecord({
          db,
          keys,
          actor: SYSTEM_ACTOR,
          spec: incidentSpec,
          orgId: user.orgId,
          data,
        });
        return { alice: user, incidentId: incident.id, scriptToken: script.token };
      });

      const [listed, created] = await Promise.all([
        tnr("user", "list", "--org", "rights-centre"),
        tnr("token", "create", "--user", "alice@example.org", "--expires", "7d"),
      ]);
      assert.match(ok(listed), /alice@example\.org\s+rights-centre\s+editor\s+active\s+enrolled/);
      const apiToken = /^(tnr_[A-Za-z0-9_-]{43})$/m.exec(ok(created))?.[1];
      const tokenId = /id ([0-9a-f-]{36})/.exec(created.stdout)?.[1];
      assert.ok(apiToken && tokenId, created.stdout);
      assert.match(created.stdout, /shown only now/);
      const resolved = await inVault((db) => resolveApiToken(db, apiToken, new Date()));
      assert.equal(resolved?.actor.id, alice.id);
      assert.match(ok(await tnr("token", "revoke", tokenId)), /Revoked the API token/);
      const [tokens, again] = await Promise.all([
        tnr("token", "list", "--user", "alice@example.org"),
        tnr("token", "revoke", tokenId),
      ]);
      assert.match(ok(tokens), new RegExp(`${tokenId}\\s.*\\srevoked\\n`));
      assert.match(tokens.stdout, /script\s.*\sactive\n/);
      refused(again, /already revoked/);
      assert.equal(await inVault((db) => resolveApiToken(db, apiToken, new Date())), null);

      const share = ["grant", "--incident", incidentId];
      const toOrg = ok(await tnr(...share, "--org", "partner-ngo", "--level", "read"));
      ok(await tnr(...share, "--user", "alice@example.org", "--level", "read_identities"));
      const grantId = /Grant id ([0-9a-f-]{36})/.exec(toOrg)?.[1];
      assert.ok(grantId, toOrg);
      const grants = await inVault((db) => grantsForIncident(db, incidentId));
      assert.deepEqual(
        grants.map((g) => [g.level, g.granteeUserId === alice.id, g.granteeOrgId !== null]),
        [
          ["read", false, true],
          ["read_identities", true, false],
        ],
      );
      assert.match(ok(await tnr("grant", "revoke", grantId)), /Revoked the grant/);

      const disabled = ok(await tnr("user", "disable", "alice@example.org"));
      assert.match(disabled, /Disabled alice@example\.org: 1 session ended, 1 API token revoked/);
      const [after, refusedToken] = await Promise.all([
        tnr("user", "list"),
        tnr("token", "create", "--user", "alice@example.org"),
      ]);
      assert.match(ok(after), /alice@example\.org\s+rights-centre\s+editor\s+disabled\s+enrolled/);
      refused(refusedToken, /account is disabled/);

      await inVault(async (db) => {
        assert.equal(await resolveApiToken(db, scriptToken, new Date()), null);
        assert.deepEqual(await grantsForIncident(db, incidentId).then((g) => g.length), 1);
        assert.equal(await verifyAuditChain(db), null);
        const actions = (await listAudit(db))
          .filter((e) => e.actor === "cli:cli")
          .map((e) => `${e.record_type}:${e.action}`);
        assert.deepEqual(actions, [
          "organisation:create",
          "organisation:create",
          "user:user.create",
          "api_token:api_token.create",
          "api_token:api_token.revoke",
          "grant:grant.create",
          "grant:grant.create",
          "grant:grant.revoke",
          "user:user.disable",
        ]);
      });
    });
  });
}

describe("administration commands refuse bad arguments before opening the vault", () => {
  // No vault exists here: each refusal must come from the arguments alone.
  const config = { ...testConfig("sqlite"), unsealFile: undefined };
  after(async () => cleanupConfig(config));
  const cases: [string, () => Promise<number>, RegExp][] = [
    [
      "a bad slug",
      () => orgCommand(config, ["add", "Bad Slug"], { name: "X" }),
      /slug takes 2 to 63/,
    ],
    ["no --name", () => orgCommand(config, ["add", "third-ngo"], {}), /--name is required/],
    [
      "a bad --state",
      () => orgCommand(config, ["add", "third-ngo"], { name: "X", state: "Georgia" }),
      /two-letter/,
    ],
    ["an unknown subcommand", () => orgCommand(config, ["frobnicate"], {}), /Usage: tnr org add/],
    [
      "no --email",
      () => userCommand(config, ["add"], { org: "a", role: "editor" }),
      /--email is required/,
    ],
    ["user disable without e-mail", () => userCommand(config, ["disable"], {}), /Usage: tnr user/],
    [
      "a bad --expires",
      () => tokenCommand(config, ["create"], { user: "a@b", expires: "400d" }),
      /1d to 365d/,
    ],
    [
      "--expires in weeks",
      () => tokenCommand(config, ["create"], { user: "a@b", expires: "2w" }),
      /1d to 365d/,
    ],
    ["token list without --user", () => tokenCommand(config, ["list"], {}), /--user is required/],
    [
      "an unknown level",
      () => grantCommand(config, [], { incident: "x", org: "a", level: "admin" }),
      /--level must be one of: read, write, read_identities/,
    ],
    [
      "no grantee",
      () => grantCommand(config, [], { incident: "x", level: "read" }),
      /exactly one of --user and --org/,
    ],
    [
      "two grantees",
      () => grantCommand(config, [], { incident: "x", user: "a@b", org: "a", level: "read" }),
      /exactly one of/,
    ],
    ["grant revoke without id", () => grantCommand(config, ["revoke"], {}), /Usage: tnr grant/],
  ];
  for (const [what, run, message] of cases)
    it(`refuses ${what}`, async () => {
      await assert.rejects(run(), (e: unknown) => e instanceof AppError && message.test(e.message));
    });
});
