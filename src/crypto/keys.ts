import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";

/** Purposes for which keys are derived from the master key; one key per purpose, never reused. */
export type KeyPurpose =
  | "sqlite-vault"
  | "field-kek"
  | "blind-index"
  | "history"
  | "evidence-kek"
  | "backup"
  | "inbox-secret-wrap"
  | "key-check"
  | "auth-seal"
  | "auth-pepper";

export const MASTER_KEY_BYTES = 32;

/** A fresh random 256-bit master key. */
export function generateMasterKey(): Buffer {
  return randomBytes(MASTER_KEY_BYTES);
}

/** Derives a 32-byte purpose key with HKDF-SHA256 (the master key never leaves this function). */
export function deriveKey(master: Uint8Array, purpose: KeyPurpose, salt: Uint8Array): Buffer {
  return Buffer.from(hkdfSync("sha256", master, salt, `tnr-monitor/v1/${purpose}`, 32));
}

/** A value that proves a secret is the right one without revealing anything about it. */
export function keyCheckValue(master: Uint8Array, salt: Uint8Array): string {
  const k = deriveKey(master, "key-check", salt);
  const kcv = createHmac("sha256", k).update("tnr-monitor key check").digest("base64url");
  k.fill(0);
  return kcv;
}

/** Constant-time comparison of a candidate master key against a stored key-check value. */
export function matchesKeyCheck(master: Uint8Array, salt: Uint8Array, kcv: string): boolean {
  const a = Buffer.from(keyCheckValue(master, salt));
  const b = Buffer.from(kcv);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Overwrites key material in place; call on seal and when a key goes out of use. */
export function wipe(...buffers: (Uint8Array | undefined | null)[]): void {
  for (const b of buffers) b?.fill(0);
}
