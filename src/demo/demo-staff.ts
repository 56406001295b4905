import type { Db } from "../auth/auth.types.ts";
import type { Role } from "../auth/auth.types.ts";
import { beginEnrolment, completeEnrolment, createUser } from "../auth/enrolment.ts";
import { loadTotp, totpCode, totpStep } from "../auth/totp.ts";
import { findUserByEmail } from "../auth/user.repository.ts";
import type { VaultKeys } from "../keyring/installation.ts";
import type { Actor } from "../records/record.types.ts";
import { orgId, type OrgKey } from "./organisations.ts";

/** The demo password of every demo account: printed on the demo start page, never for real use. */
export const DEMO_PASSWORD = "demo only, not a secret";

/** Demo accounts: every role in one NGO, a second editor for the two-person rule, an outsider. */
export const DEMO_STAFF: readonly { email: string; role: Role; org: OrgKey }[] = [
  { email: "admin@rights-centre.example", role: "admin", org: "demo_rights_centre" },
  { email: "editor@rights-centre.example", role: "editor", org: "demo_rights_centre" },
  { email: "editor2@rights-centre.example", role: "editor", org: "demo_rights_centre" },
  { email: "caseworker@rights-centre.example", role: "caseworker", org: "demo_rights_centre" },
  { email: "researcher@rights-centre.example", role: "researcher", org: "demo_rights_centre" },
  { email: "caseworker@exile-network.example", role: "caseworker", org: "demo_exile_network" },
];

/** Creates and enrols the demo accounts that do not exist yet (a restart keeps them). */
export async function seedDemoStaff(db: Db, keys: VaultKeys, actor: Actor, now: Date) {
  let created = 0;
  for (const s of DEMO_STAFF) {
    if (await findUserByEmail(db, keys, s.email)) continue;
    const { token } = await createUser({
      db,
      keys,
      actor,
      orgId: orgId(s.org),
      email: s.email,
      role: s.role,
      now,
    });
    const { secret } = await beginEnrolment({ db, keys, token, now });
    // The enrolment code uses the previous step, so the current one is still free for sign-in.
    const earlier = new Date(now.getTime() - 30_000);
    await completeEnrolment({
      db,
      keys,
      token,
      password: DEMO_PASSWORD,
      totpCode: totpCode(secret, earlier),
      now: earlier,
    });
    created++;
  }
  return created;
}

/** The demo accounts with the code their authenticator would show now (demo start page only). */
export async function demoStaffCodes(db: Db, keys: VaultKeys, now: Date) {
  const rows = [];
  for (const s of DEMO_STAFF) {
    const user = await findUserByEmail(db, keys, s.email);
    const totp = user ? await loadTotp(db, keys, user.id) : null;
    if (!user || !totp) continue;
    const step = totpStep(now);
    // A code works once: show the next step's code when this one has been used.
    const at = totp.lastUsedStep >= step ? new Date((step + 1) * 30_000) : now;
    rows.push({
      email: s.email,
      role: s.role,
      code: totpCode(totp.secret, at),
      secret: totp.secret,
    });
  }
  return rows;
}
