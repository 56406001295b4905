import { Secret, TOTP } from "otpauth";
import type { VaultKeys } from "../keyring/installation.ts";
import { openAuthField, safeEqual, sealAuthField } from "./auth-crypto.ts";
import type { Db } from "./auth.types.ts";

const PERIOD = 30;
const DIGITS = 6;
/** Steps either side of now that are accepted: a phone clock may be 30 s off. */
const WINDOW = 1;

/** The issuer shown in authenticator apps. */
export const TOTP_ISSUER = "TNR Monitor";

/** A fresh 160-bit TOTP secret (RFC 4226's recommended length), base32. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The `otpauth://` URI an authenticator app scans at enrolment. */
export function totpUri(secret: string, label: string): string {
  return new TOTP({
    issuer: TOTP_ISSUER,
    label,
    secret: Secret.fromBase32(secret),
    digits: DIGITS,
    period: PERIOD,
    algorithm: "SHA1",
  }).toString();
}

/** The time step a moment falls in. */
export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / PERIOD);
}

/** The code for a moment (tests, and an authenticator in browser tests). */
export function totpCode(secret: string, now: Date): string {
  return TOTP.generate({
    secret: Secret.fromBase32(secret),
    digits: DIGITS,
    period: PERIOD,
    timestamp: now.getTime(),
  });
}

/**
 * The step a code belongs to, if it is within ±1 step of now and newer than the last used step;
 * null otherwise. Refusing the last used step and older ones makes each code usable once.
 */
export function matchTotpStep(
  secret: string,
  code: string,
  now: Date,
  lastUsedStep: number,
): number | null {
  const clean = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(clean)) return null;
  const current = totpStep(now);
  let matched: number | null = null;
  // Every candidate is computed, so the time taken does not depend on which one matched.
  for (let step = current - WINDOW; step <= current + WINDOW; step++) {
    const expected = totpCode(secret, new Date(step * PERIOD * 1000));
    if (safeEqual(expected, clean) && step > lastUsedStep && matched === null) matched = step;
  }
  return matched;
}

const aad = (userId: string) => `user_totp/${userId}/secret`;

/** Stores a new, not yet confirmed TOTP secret for a user, replacing an unconfirmed one. */
export async function storePendingTotp(
  db: Db,
  keys: VaultKeys,
  userId: string,
  secret: string,
  now: Date,
): Promise<void> {
  await db.deleteFrom("user_totp").where("user_id", "=", userId).execute();
  await db
    .insertInto("user_totp")
    .values({
      user_id: userId,
      secret: sealAuthField(keys, secret, aad(userId)),
      last_used_step: 0,
      confirmed_at: null,
      created_at: now.toISOString(),
    })
    .execute();
}

/** A user's TOTP secret (opened), its last used step and whether enrolment confirmed it. */
export async function loadTotp(
  db: Db,
  keys: VaultKeys,
  userId: string,
): Promise<{ secret: string; lastUsedStep: number; confirmed: boolean } | null> {
  const row = await db
    .selectFrom("user_totp")
    .selectAll()
    .where("user_id", "=", userId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    secret: openAuthField(keys, row.secret, aad(userId)),
    lastUsedStep: Number(row.last_used_step),
    confirmed: row.confirmed_at !== null,
  };
}

/**
 * Checks a code and records its step, so it cannot be used again. The update only applies while
 * the stored step is older: of two requests racing with the same code, one wins.
 */
export async function consumeTotp(
  db: Db,
  keys: VaultKeys,
  userId: string,
  code: string,
  now: Date,
  opts: { confirm?: boolean } = {},
): Promise<boolean> {
  const totp = await loadTotp(db, keys, userId);
  if (!totp || (!totp.confirmed && !opts.confirm)) return false;
  const step = matchTotpStep(totp.secret, code, now, totp.lastUsedStep);
  if (step === null) return false;
  const set: Record<string, unknown> = { last_used_step: step };
  if (opts.confirm) set.confirmed_at = now.toISOString();
  const r = await db
    .updateTable("user_totp")
    .set(set)
    .where("user_id", "=", userId)
    .where("last_used_step", "<", step)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
