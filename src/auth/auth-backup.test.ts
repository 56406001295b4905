import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { writeBackup } from "../backup/backup.ts";
import { restoreBackup } from "../backup/restore.ts";
import type { Config } from "../config.ts";
import { openStores } from "../db/stores.ts";
import { evidenceDir } from "../evidence/evidence.commands.ts";
import { seedCase } from "../test-support/factories.ts";
import {
  cleanupConfig,
  createTestVault,
  DIALECTS,
  testConfig,
  type TestVault,
} from "../test-support/test-vault.ts";
import { Vault } from "../vault/vault.ts";
import { createApiToken, resolveApiToken } from "./api-token.ts";
import { enrolledUser, testClock } from "./auth.factories.ts";
import { createGrant } from "./grant.repository.ts";
import { completeLogin, verifyLogin } from "./login.ts";
import { createSession } from "./session.ts";
import { totpCode } from "./totp.ts";

for (const dialect of DIALECTS) {
  describe(`staff accounts in backups on ${dialect}`, () => {
    let t: TestVault;
    let work: string;
    let target: Config | null = null;
    let restored: Vault | null = null;
    const clock = testClock();
    before(async () => {
      t = await createTestVault(dialect);
      work = mkdtempSync(join(tmpdir(), "tnr-auth-backup-"));
    });
    after(async () => {
      await restored?.close();
      if (target) await cleanupConfig(target);
      rmSync(work, { recursive: true, force: true });
      await t.close();
    });

    it("carry accounts, second factors, API tokens and grants; not sessions", async () => {
      const now = clock.now();
      const db = t.vault.db();
      const { org, incident } = await seedCase(t);
      const u = await enrolledUser(t, { orgId: org.id, role: "editor", now });
      await createGrant({
        db,
        actor: t.actor,
        incidentId: incident.id,
        grantee: { userId: u.user.id },
        level: "read",
        now,
      });
      const api = await createApiToken({ db, actor: t.actor, userId: u.user.id, name: "n", now });
      await createSession(db, { user: u.user, now });
      const file = join(work, "tnr.backup");
      await writeBackup({
        out: file,
        installation: t.vault.installation!,
        keys: t.vault.keys(),
        vaultDb: db,
        publicDb: t.vault.stores.publicDb,
        evidenceDir: evidenceDir(t.config.dataDir),
      });
      target = testConfig(dialect);
      const config = target;
      const holder = await Vault.open(await openStores(config));
      await restoreBackup({
        path: file,
        master: t.master,
        evidenceDir: evidenceDir(config.dataDir),
        openEmptyVault: async (installation) => {
          await holder.stores.writeInstallation(installation);
          restored = await Vault.open(await openStores(config));
          await restored.unseal(Buffer.from(t.master));
          return { vaultDb: restored.db(), publicDb: restored.stores.publicDb };
        },
      });
      await holder.close();
      const r = restored! as Vault;
      const rdb = r.db();
      assert.equal((await rdb.selectFrom("sessions").selectAll().execute()).length, 0);
      assert.equal((await rdb.selectFrom("grants").selectAll().execute()).length, 1);
      assert.equal((await resolveApiToken(rdb, api.token, now))?.actor.id, u.user.id);
      const later = clock.advance(60_000);
      const ctx = { db: rdb, keys: r.keys() };
      const step = await verifyLogin({
        ...ctx,
        email: u.user.email,
        password: u.password,
        now: later,
      });
      assert.equal(step.status, "second_factor_required");
      if (step.status !== "second_factor_required") return;
      const code = totpCode(u.secret, later);
      const done = await completeLogin({ ...ctx, ticket: step.ticket, code, now: later });
      assert.equal(done.status, "signed_in");
    });
  });
}
