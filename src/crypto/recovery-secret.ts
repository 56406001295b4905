import { createHash } from "node:crypto";
import { entropyToMnemonic, mnemonicToEntropy, validateMnemonic } from "@scure/bip39";
import { wordlist } from "@scure/bip39/wordlists/english.js";
import { combine, split } from "shamir-secret-sharing";
import { InvalidSecretError } from "../errors.ts";
import { MASTER_KEY_BYTES } from "./keys.ts";

const SHARE_PREFIX = "tnrs1-";

/** Encodes the master key as 24 BIP-39 English words (the checksum catches typing mistakes). */
export function masterKeyToWords(master: Uint8Array): string {
  return entropyToMnemonic(master, wordlist);
}

/** Decodes 24 words back into the master key; throws a clear error on a typo or wrong length. */
export function wordsToMasterKey(words: string): Buffer {
  const normalised = words.trim().toLowerCase().split(/\s+/).join(" ");
  if (normalised.split(" ").length !== 24) {
    throw new InvalidSecretError("A recovery secret has 24 words.");
  }
  if (!validateMnemonic(normalised, wordlist)) {
    throw new InvalidSecretError(
      "The recovery words are not valid: check each word and its order.",
    );
  }
  return Buffer.from(mnemonicToEntropy(normalised, wordlist));
}

function checksum(bytes: Uint8Array): Buffer {
  return createHash("sha256").update(bytes).digest().subarray(0, 4);
}

/** Splits the master key into `shares` Shamir shares of which any `threshold` rebuild it. */
export async function splitMasterKey(
  master: Uint8Array,
  shares: number,
  threshold: number,
): Promise<string[]> {
  if (!(threshold >= 2 && shares >= threshold && shares <= 255)) {
    throw new InvalidSecretError("Shares need 2 ≤ threshold ≤ shares ≤ 255.");
  }
  const parts = await split(new Uint8Array(master), shares, threshold);
  return parts.map((p) => SHARE_PREFIX + Buffer.concat([p, checksum(p)]).toString("base64url"));
}

/** Rebuilds the master key from encoded shares; a damaged share is named by its position. */
export async function combineShares(encoded: string[]): Promise<Buffer> {
  const parts = encoded.map((s, i) => {
    const raw = Buffer.from(s.trim().slice(SHARE_PREFIX.length), "base64url");
    const body = raw.subarray(0, raw.length - 4);
    if (
      body.length !== MASTER_KEY_BYTES + 1 ||
      !checksum(body).equals(raw.subarray(raw.length - 4))
    ) {
      throw new InvalidSecretError(`Share ${i + 1} is damaged or mistyped.`);
    }
    return new Uint8Array(body);
  });
  if (parts.length < 2) throw new InvalidSecretError("At least two shares are needed.");
  // The library refuses duplicates with a plain Error; say which share was pasted twice.
  const seen = parts.map((p) => Buffer.from(p).toString("hex"));
  const dup = seen.findIndex((h, i) => seen.indexOf(h) !== i);
  if (dup >= 0)
    throw new InvalidSecretError(
      `Share ${dup + 1} is the same as share ${seen.indexOf(seen[dup]!) + 1}.`,
    );
  return Buffer.from(await combine(parts));
}

/** Reads a secret as typed or stored: 24 words, or several `tnrs1-` shares (one per line or space). */
export async function parseSecret(text: string): Promise<Buffer> {
  const tokens = text.split(/\s+/).filter(Boolean);
  const shares = tokens.filter((t) => t.startsWith(SHARE_PREFIX));
  if (shares.length > 0) return combineShares(shares);
  if (tokens.length === 0) throw new InvalidSecretError("No recovery secret was given.");
  return wordsToMasterKey(tokens.join(" "));
}
