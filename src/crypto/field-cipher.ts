import { createCipheriv, createDecipheriv } from "node:crypto";
import { poolRandomBytes } from "./random-pool.ts";
import { IntegrityError } from "../errors.ts";

const VERSION = "g1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** AES-256-GCM encryption of a UTF-8 string, bound to `aad`; returns `g1.<base64url>`. */
export function seal(key: Uint8Array, plaintext: string, aad: string): string {
  return `${VERSION}.${sealBytes(key, Buffer.from(plaintext, "utf8"), aad).toString("base64url")}`;
}

/** Reverses {@link seal}; throws IntegrityError when the key, the AAD or the bytes are wrong. */
export function open(key: Uint8Array, sealed: string, aad: string): string {
  if (!sealed.startsWith(`${VERSION}.`)) throw new IntegrityError("Unknown ciphertext format.");
  return openBytes(key, Buffer.from(sealed.slice(VERSION.length + 1), "base64url"), aad).toString(
    "utf8",
  );
}

/** AES-256-GCM over bytes: iv ‖ ciphertext ‖ tag. */
export function sealBytes(key: Uint8Array, plaintext: Uint8Array, aad: string): Buffer {
  const iv = poolRandomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(aad, "utf8"));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]);
}

/** Reverses {@link sealBytes}. */
export function openBytes(key: Uint8Array, sealed: Uint8Array, aad: string): Buffer {
  if (sealed.length < IV_BYTES + TAG_BYTES) throw new IntegrityError("Ciphertext is too short.");
  const buf = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  const iv = buf.subarray(0, IV_BYTES);
  const tag = buf.subarray(buf.length - TAG_BYTES);
  const decipher = createDecipheriv("aes-256-gcm", key, iv);
  decipher.setAAD(Buffer.from(aad, "utf8"));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([
      decipher.update(buf.subarray(IV_BYTES, buf.length - TAG_BYTES)),
      decipher.final(),
    ]);
  } catch {
    throw new IntegrityError("Ciphertext failed authentication.");
  }
}

/** A new random per-record data key. */
export function newDataKey(): Buffer {
  return poolRandomBytes(32);
}

/** Wraps a record's data key under the key-encryption key, bound to the record's identity. */
export function wrapDataKey(kek: Uint8Array, dek: Uint8Array, recordRef: string): string {
  return sealBytes(kek, dek, `dek:${recordRef}`).toString("base64url");
}

/** Unwraps a data key produced by {@link wrapDataKey}. */
export function unwrapDataKey(kek: Uint8Array, wrapped: string, recordRef: string): Buffer {
  return openBytes(kek, Buffer.from(wrapped, "base64url"), `dek:${recordRef}`);
}
