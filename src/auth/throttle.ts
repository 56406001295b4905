import { sql } from "kysely";
import type { Db } from "./auth.types.ts";

/** Failures allowed without any delay (typos happen). */
const FREE_FAILURES = 3;
/** The longest wait between attempts on one account: slows guessing, never locks anyone out. */
export const MAX_DELAY_SECONDS = 15 * 60;
/** After a day without failures an account starts afresh. */
const FORGET_AFTER_MS = 24 * 60 * 60 * 1000;

/** Seconds to wait after `failures` consecutive failures: 0, 0, 0, 1, 2, 4, … capped at 15 min. */
export function delayAfter(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  return Math.min(2 ** (failures - FREE_FAILURES - 1), MAX_DELAY_SECONDS);
}

/**
 * Seconds until the account (its lookup HMAC — unknown e-mails have one too, so they throttle
 * the same as real accounts) may try again; 0 when it may try now.
 */
export async function throttleWait(db: Db, accountKey: string, now: Date): Promise<number> {
  const row = await db
    .selectFrom("login_throttle")
    .select("next_allowed_at")
    .where("account_key", "=", accountKey)
    .executeTakeFirst();
  if (!row) return 0;
  const ms = Date.parse(row.next_allowed_at) - now.getTime();
  return ms > 0 ? Math.ceil(ms / 1000) : 0;
}

/** Counts one more failure for an account and sets when it may try next. */
export async function recordFailure(db: Db, accountKey: string, now: Date): Promise<number> {
  const at = now.toISOString();
  const stale = new Date(now.getTime() - FORGET_AFTER_MS).toISOString();
  // One statement increments, so two failures racing are both counted.
  const row = await db
    .insertInto("login_throttle")
    .values({ account_key: accountKey, failures: 1, next_allowed_at: at, updated_at: at })
    .onConflict((oc: any) =>
      oc.column("account_key").doUpdateSet({
        failures: sql`case when login_throttle.updated_at < ${stale} then 1 else login_throttle.failures + 1 end`,
        updated_at: at,
      }),
    )
    .returning("failures")
    .executeTakeFirstOrThrow();
  const failures = Number(row.failures);
  const next = new Date(now.getTime() + delayAfter(failures) * 1000).toISOString();
  await db
    .updateTable("login_throttle")
    .set({ next_allowed_at: next })
    .where("account_key", "=", accountKey)
    .execute();
  return failures;
}

/** Forgets an account's failures after a complete sign-in. */
export async function resetThrottle(db: Db, accountKey: string): Promise<void> {
  await db.deleteFrom("login_throttle").where("account_key", "=", accountKey).execute();
}

/** Removes rows idle for a day (unknown e-mails leave rows too); returns how many went. */
export async function pruneThrottle(db: Db, now: Date): Promise<number> {
  const stale = new Date(now.getTime() - FORGET_AFTER_MS).toISOString();
  const r = await db
    .deleteFrom("login_throttle")
    .where("updated_at", "<", stale)
    .where("next_allowed_at", "<", now.toISOString())
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}
