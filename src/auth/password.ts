import { readFileSync } from "node:fs";
import { Algorithm, hash, parseOptions, verify, type Options } from "@node-rs/argon2";
import { ValidationError } from "../errors.ts";

/**
 * argon2id with m=19456 KiB, t=2, p=1: the first of the OWASP Password Storage Cheat Sheet's
 * equivalent settings, which is also the floor of ASVS 5.0 Appendix C. Chosen over m=47104, t=1
 * because a small NGO server may verify several logins at once: 19 MiB each keeps the peak
 * memory low, and the second pass gives the same resistance to GPU cracking.
 */
export const ARGON2_OPTIONS: Options = {
  algorithm: Algorithm.Argon2id,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
};

/** Limits in Unicode code points (ASVS: at least 12; allow long passphrases). */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

/** Why a password was refused: stable codes that the views translate. */
export type PasswordProblem = "password_too_short" | "password_too_long" | "password_common";

let common: Set<string> | null = null;

/** The shipped list of common passwords (all at least 12 characters: shorter ones fail anyway). */
function commonPasswords(): Set<string> {
  common ??= new Set(
    readFileSync(new URL("./common-passwords.txt", import.meta.url), "utf8")
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean),
  );
  return common;
}

/** The same password typed on any keyboard hashes the same (NIST SP 800-63B: NFKC). */
function canonical(password: string): string {
  return password.normalize("NFKC");
}

/** Length and common-password checks only: no composition rules (ASVS 5.0, NIST 800-63B). */
export function checkPasswordPolicy(password: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return "password_too_short";
  if (length > PASSWORD_MAX) return "password_too_long";
  if (commonPasswords().has(canonical(password).toLowerCase())) return "password_common";
  return null;
}

/** Throws a ValidationError naming the problem when the password breaks the policy. */
export function assertPasswordPolicy(password: string): void {
  const problem = checkPasswordPolicy(password);
  if (problem) throw new ValidationError([{ path: "password", message: problem }]);
}

/** Hashes a password with argon2id (PHC string: algorithm, parameters and salt travel with it). */
export async function hashPassword(password: string): Promise<string> {
  return hash(canonical(password), ARGON2_OPTIONS);
}

/** True when the password matches the stored hash; false (never throws) on a malformed hash. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, canonical(password));
  } catch {
    return false;
  }
}

/** True when a stored hash was made with weaker parameters than today's and should be redone. */
export function needsRehash(stored: string): boolean {
  try {
    const p = parseOptions(stored);
    return (
      p.algorithm !== Algorithm.Argon2id ||
      p.memoryCost < ARGON2_OPTIONS.memoryCost! ||
      p.timeCost < ARGON2_OPTIONS.timeCost!
    );
  } catch {
    return true;
  }
}

let dummy: Promise<string> | null = null;

/**
 * Spends the same time as a real check when there is no account (or no password yet), so the
 * answer's timing does not tell whether an account exists.
 */
export async function verifyDummyPassword(password: string): Promise<false> {
  dummy ??= hashPassword("tnr-monitor dummy password for unknown accounts");
  await verifyPassword(await dummy, password);
  return false;
}
