import { pruneThrottle } from "./throttle.ts";
import type { Db } from "./auth.types.ts";

/** How often the server prunes expired sign-in state. */
export const PRUNE_EVERY_MS = 10 * 60 * 1000;

/**
 * Deletes what can no longer be used: sessions past their absolute end (a session is dead long
 * before that when idle; keeping the row until then lets "where am I signed in" stay honest),
 * expired or used enrolment links, expired WebAuthn challenges, stale throttle rows. Users, API
 * tokens and grants are kept: they are part of the record of who could do what.
 */
export async function pruneAuthState(db: Db, now: Date): Promise<Record<string, number>> {
  const at = now.toISOString();
  const count = (r: { numDeletedRows: bigint }) => Number(r.numDeletedRows);
  return {
    sessions: count(
      await db.deleteFrom("sessions").where("expires_at", "<=", at).executeTakeFirst(),
    ),
    enrolment_tokens: count(
      await db
        .deleteFrom("enrolment_tokens")
        .where((eb) => eb.or([eb("expires_at", "<=", at), eb("used_at", "is not", null)]))
        .executeTakeFirst(),
    ),
    webauthn_challenges: count(
      await db.deleteFrom("webauthn_challenges").where("expires_at", "<=", at).executeTakeFirst(),
    ),
    login_throttle: await pruneThrottle(db, now),
  };
}
