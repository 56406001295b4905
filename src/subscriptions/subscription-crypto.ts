import { normaliseEmail, pepperHash, safeEqual } from "../auth/auth-crypto.ts";
import { openSealedBox, sealToPublicKey } from "../crypto/sodium.ts";
import { isLang, type Lang } from "../i18n/languages.ts";
import type { VaultKeys } from "../keyring/installation.ts";
import { DOCUMENT_CATEGORIES } from "./subscription-i18n.ts";

/** What a visitor asked for, as the public side seals it for the vault. */
export type InboxItem =
  | { kind: "subscribe"; email: string; categories: string[]; language: Lang }
  | { kind: "confirm"; token: string }
  | { kind: "unsubscribe"; token: string };

// Every box is padded to a multiple of this, so its length does not tell the address's length.
const PAD = 512;

/** Seals an inbox item to the installation's public inbox key (base64url of the sealed box). */
export async function sealInboxItem(item: InboxItem, inboxPublicKey: string): Promise<string> {
  const json = JSON.stringify(item);
  const bytes = Buffer.from(json + " ".repeat(PAD - (Buffer.byteLength(json) % PAD)), "utf8");
  const sealed = await sealToPublicKey(bytes, Buffer.from(inboxPublicKey, "base64url"));
  return Buffer.from(sealed).toString("base64url");
}

/** Opens a sealed inbox item with the vault's inbox key pair; null for anything malformed. */
export async function openInboxItem(
  sealed: string,
  keys: Pick<VaultKeys, "inboxPublicKey" | "inboxPrivateKey">,
): Promise<InboxItem | null> {
  try {
    const bytes = await openSealedBox(
      Buffer.from(sealed, "base64url"),
      keys.inboxPublicKey,
      keys.inboxPrivateKey,
    );
    return validItem(JSON.parse(Buffer.from(bytes).toString("utf8")));
  } catch {
    return null;
  }
}

function validItem(v: unknown): InboxItem | null {
  const o = v as Record<string, unknown> | null;
  if (!o || typeof o !== "object") return null;
  if ((o.kind === "confirm" || o.kind === "unsubscribe") && typeof o.token === "string")
    return { kind: o.kind, token: o.token };
  if (o.kind !== "subscribe" || typeof o.email !== "string" || !isLang(o.language)) return null;
  const categories = Array.isArray(o.categories)
    ? o.categories.filter((c): c is string => DOCUMENT_CATEGORIES.includes(c as string))
    : [];
  return { kind: "subscribe", email: o.email, categories, language: o.language };
}

/** The keyed hash a subscriber is found by, so a second request for one address merges. */
export function subscriberLookup(keys: Pick<VaultKeys, "authPepper">, email: string): string {
  return pepperHash(keys, "subscriber-email", normaliseEmail(email));
}

/**
 * A subscriber's unsubscribe token: id plus a keyed MAC of it. Derived, not stored, so every
 * mail can carry it while the database holds nothing that would let its reader unsubscribe anyone.
 */
export function unsubscribeToken(keys: Pick<VaultKeys, "authPepper">, id: string): string {
  return `${id}.${pepperHash(keys, "subscription-unsubscribe", id)}`;
}

/** The subscriber id an unsubscribe token names, or null when the token is not genuine. */
export function subscriberIdOfToken(
  keys: Pick<VaultKeys, "authPepper">,
  token: string,
): string | null {
  const [id, mac, extra] = token.split(".");
  if (!id || !mac || extra !== undefined) return null;
  return safeEqual(mac, pepperHash(keys, "subscription-unsubscribe", id)) ? id : null;
}
