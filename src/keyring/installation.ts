import { randomBytes } from "node:crypto";
import { openBytes, sealBytes } from "../crypto/field-cipher.ts";
import { deriveKey, keyCheckValue, matchesKeyCheck, wipe } from "../crypto/keys.ts";
import { newBoxKeyPair } from "../crypto/sodium.ts";
import type { Installation } from "../db/stores.ts";
import { InvalidSecretError } from "../errors.ts";

/** Keys held in memory while the vault is unsealed; wiped on seal. */
export interface VaultKeys {
  sqlite: Buffer;
  fieldKek: Buffer;
  blindIndex: Buffer;
  history: Buffer;
  evidenceKek: Buffer;
  backup: Buffer;
  /** Seals staff e-mail addresses and TOTP secrets. */
  authSeal: Buffer;
  /** Keys the hashes of low-entropy staff secrets (recovery codes) and pending-login tickets. */
  authPepper: Buffer;
  inboxPublicKey: Uint8Array;
  inboxPrivateKey: Uint8Array;
}

/** Describes a new installation for a master key: salt, key check, inbox key pair (wrapped). */
export async function newInstallation(master: Uint8Array, demo: boolean): Promise<Installation> {
  const salt = randomBytes(32);
  const pair = await newBoxKeyPair();
  const wrapKey = deriveKey(master, "inbox-secret-wrap", salt);
  const wrapped = sealBytes(wrapKey, pair.privateKey, "inbox-secret-key");
  wipe(wrapKey, pair.privateKey);
  return {
    format: 1,
    created_at: new Date().toISOString(),
    salt: salt.toString("base64url"),
    key_check: keyCheckValue(master, salt),
    inbox_public_key: Buffer.from(pair.publicKey).toString("base64url"),
    inbox_secret_key_wrapped: wrapped.toString("base64url"),
    demo,
  };
}

/** Checks a master key against the installation and derives every working key from it. */
export function deriveVaultKeys(master: Uint8Array, installation: Installation): VaultKeys {
  const salt = Buffer.from(installation.salt, "base64url");
  if (!matchesKeyCheck(master, salt, installation.key_check)) throw new InvalidSecretError();
  const wrapKey = deriveKey(master, "inbox-secret-wrap", salt);
  const inboxPrivateKey = openBytes(
    wrapKey,
    Buffer.from(installation.inbox_secret_key_wrapped, "base64url"),
    "inbox-secret-key",
  );
  wipe(wrapKey);
  return {
    sqlite: deriveKey(master, "sqlite-vault", salt),
    fieldKek: deriveKey(master, "field-kek", salt),
    blindIndex: deriveKey(master, "blind-index", salt),
    history: deriveKey(master, "history", salt),
    evidenceKek: deriveKey(master, "evidence-kek", salt),
    backup: deriveKey(master, "backup", salt),
    authSeal: deriveKey(master, "auth-seal", salt),
    authPepper: deriveKey(master, "auth-pepper", salt),
    inboxPublicKey: Buffer.from(installation.inbox_public_key, "base64url"),
    inboxPrivateKey,
  };
}

/** Overwrites every key in place. */
export function wipeKeys(keys: VaultKeys): void {
  wipe(
    keys.sqlite,
    keys.fieldKek,
    keys.blindIndex,
    keys.history,
    keys.evidenceKek,
    keys.backup,
    keys.authSeal,
    keys.authPepper,
    keys.inboxPrivateKey,
  );
}
