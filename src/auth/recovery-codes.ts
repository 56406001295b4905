import { randomInt } from "node:crypto";
import type { VaultKeys } from "../keyring/installation.ts";
import { pepperHash } from "./auth-crypto.ts";
import type { Db } from "./auth.types.ts";

/** How many recovery codes a user holds at a time. */
export const RECOVERY_CODE_COUNT = 10;
/** Crockford-style alphabet without look-alikes (no 0/O, 1/I/L, U). */
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
const GROUPS = 3;
const GROUP_LENGTH = 4;

/** One code, e.g. `7KQM-2XHD-9TRB` (12 symbols of 30: ~59 bits, enough behind per-account throttling). */
function newCode(): string {
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g++) {
    let s = "";
    for (let i = 0; i < GROUP_LENGTH; i++) s += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(s);
  }
  return groups.join("-");
}

/** The canonical form of a typed code: upper case, no spaces or dashes. */
function canonical(code: string): string {
  return code.toUpperCase().replace(/[\s-]+/g, "");
}

const hashCode = (keys: VaultKeys, userId: string, code: string) =>
  pepperHash(keys, `recovery/${userId}`, canonical(code));

/** Replaces a user's recovery codes with 10 new ones; returns them to show once (only hashes stay). */
export async function replaceRecoveryCodes(
  db: Db,
  keys: VaultKeys,
  userId: string,
  now: Date,
): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newCode);
  await db.deleteFrom("user_recovery_codes").where("user_id", "=", userId).execute();
  await db
    .insertInto("user_recovery_codes")
    .values(
      codes.map((c) => ({
        user_id: userId,
        code_hash: hashCode(keys, userId, c),
        created_at: now.toISOString(),
        used_at: null,
      })),
    )
    .execute();
  return codes;
}

/** Marks a code used if it is one of the user's unused codes; true when it was. */
export async function consumeRecoveryCode(
  db: Db,
  keys: VaultKeys,
  userId: string,
  code: string,
  now: Date,
): Promise<boolean> {
  // Only the row whose used_at is still empty changes: a code works once, even under a race.
  const r = await db
    .updateTable("user_recovery_codes")
    .set({ used_at: now.toISOString() })
    .where("user_id", "=", userId)
    .where("code_hash", "=", hashCode(keys, userId, code))
    .where("used_at", "is", null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** How many unused recovery codes a user has left (the UI warns when few remain). */
export async function remainingRecoveryCodes(db: Db, userId: string): Promise<number> {
  const row: { n?: unknown } | undefined = await db
    .selectFrom("user_recovery_codes")
    .select((eb: any) => eb.fn.countAll().as("n"))
    .where("user_id", "=", userId)
    .where("used_at", "is", null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
