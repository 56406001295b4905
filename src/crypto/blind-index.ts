import { createHmac } from "node:crypto";
import { nameForms, queryForms } from "./transliterate.ts";

/** Keyed HMAC of one normalised name form; the key never leaves the unsealed keyring. */
function token(key: Uint8Array, form: string): string {
  return createHmac("sha256", key).update(form).digest("base64url").slice(0, 32);
}

/** Blind-index tokens stored for a name (all forms, all words). */
export function nameTokens(key: Uint8Array, name: string): string[] {
  return nameForms(name).map((f) => token(key, f));
}

/** Tokens to look up for a query: any match of any of them is a hit. */
export function queryTokens(key: Uint8Array, query: string): string[] {
  return queryForms(query).map((f) => token(key, f));
}
