import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { open, seal } from "../crypto/field-cipher.ts";
import type { VaultKeys } from "../keyring/installation.ts";

/** One form of an e-mail address for lookup: trimmed, NFC, lower case (locale-independent). */
export function normaliseEmail(email: string): string {
  return email.trim().normalize("NFC").toLowerCase();
}

/**
 * The keyed HMAC an account is found (and throttled) by. The "email\0" prefix keeps these tokens
 * apart from the person-name tokens made with the same blind-index key.
 */
export function emailLookup(keys: Pick<VaultKeys, "blindIndex">, email: string): string {
  return createHmac("sha256", keys.blindIndex)
    .update(`email\0${normaliseEmail(email)}`)
    .digest("base64url");
}

/** Seals a staff secret (e-mail, TOTP seed) bound to its row and field, so it cannot be moved. */
export function sealAuthField(keys: Pick<VaultKeys, "authSeal">, value: string, aad: string) {
  return seal(keys.authSeal, value, aad);
}

/** Opens what {@link sealAuthField} sealed; throws IntegrityError on any mismatch. */
export function openAuthField(keys: Pick<VaultKeys, "authSeal">, sealed: string, aad: string) {
  return open(keys.authSeal, sealed, aad);
}

/** A fresh random token of `bytes` bytes, base64url (32 bytes = 256 bits). */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

/**
 * Hash under which a high-entropy token is stored. Plain SHA-256 suffices: a 256-bit random
 * token cannot be guessed from its hash, and lookups need a deterministic value.
 */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("base64url");
}

/** Keyed hash of a low-entropy secret (recovery code): useless to whoever holds only the database. */
export function pepperHash(keys: Pick<VaultKeys, "authPepper">, purpose: string, value: string) {
  return createHmac("sha256", keys.authPepper).update(`${purpose}\0${value}`).digest("base64url");
}

/** Constant-time equality of two strings (false when the lengths differ). */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
