import { organisationSpec } from "../organisations/organisation.schema.ts";
import { saveNewRecord } from "../records/record.commands.ts";
import { buildOrganisation } from "../test-support/factories.ts";
import type { TestVault } from "../test-support/test-vault.ts";
import type { AuthUser, Role } from "./auth.types.ts";
import { beginEnrolment, completeEnrolment, createUser } from "./enrolment.ts";
import { totpCode } from "./totp.ts";

/** A controllable clock for auth tests: `now()` reads it, `advance(ms)` moves it on. */
export function testClock(start = "2026-11-28T10:00:00.000Z") {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    advance: (ms: number) => {
      t += ms;
      return new Date(t);
    },
  };
}

/** Saves an organisation and returns its id. */
export async function seedOrganisation(t: TestVault): Promise<string> {
  const org = await saveNewRecord({
    db: t.vault.db(),
    keys: t.vault.keys(),
    actor: t.actor,
    spec: organisationSpec,
    data: buildOrganisation(),
  });
  return org.id;
}

/** A fully enrolled account with its password, TOTP secret and recovery codes. */
export async function enrolledUser(
  t: TestVault,
  opts: { orgId: string; role?: Role; email?: string; now: Date },
): Promise<{ user: AuthUser; password: string; secret: string; recoveryCodes: string[] }> {
  const db = t.vault.db();
  const keys = t.vault.keys();
  const email = opts.email ?? `staff-${Math.random().toString(36).slice(2, 10)}@example.org`;
  const password = "violet harbour lantern 42";
  const { token } = await createUser({
    db,
    keys,
    actor: t.actor,
    orgId: opts.orgId,
    email,
    role: opts.role ?? "caseworker",
    now: opts.now,
  });
  const { secret } = await beginEnrolment({ db, keys, token, now: opts.now });
  const done = await completeEnrolment({
    db,
    keys,
    token,
    password,
    totpCode: totpCode(secret, opts.now),
    now: opts.now,
  });
  return { user: done.user, password, secret, recoveryCodes: done.recoveryCodes };
}
