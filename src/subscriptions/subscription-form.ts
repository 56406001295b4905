import { isLang, type Lang } from "../i18n/languages.ts";
import { DOCUMENT_CATEGORIES, type SubscriptionKey } from "./subscription-i18n.ts";

/** What the subscribe form holds, as typed (re-shown on an error). */
export interface SubscribeValues {
  email: string;
  categories: string[];
  language: string;
}

/** The form's fields, in page order (the error summary lists them so). */
export const SUBSCRIBE_FIELDS = ["email", "categories", "language"] as const;

/** One message key per field in error. */
export type SubscribeErrors = Partial<Record<(typeof SUBSCRIBE_FIELDS)[number], SubscriptionKey>>;

/** The form as first shown: every topic ticked, mails in the page's language. */
export function defaultSubscribeValues(lang: Lang): SubscribeValues {
  return { email: "", categories: [...DOCUMENT_CATEGORIES], language: lang };
}

// Deliberately loose (RFC 5321 addresses are far wider than any regular expression): one "@",
// no spaces or control characters, a dot in the domain, and the 254-character limit.
const EMAIL =
  /^[^\s@\p{Cc}<>()[\]\\,;:"]{1,64}@[^\s@\p{Cc}<>()[\]\\,;:"]+\.[^\s@\p{Cc}<>()[\]\\,;:".]+$/u;

function strings(v: unknown): string[] {
  if (typeof v === "string") return [v];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}

/** Reads and checks a posted subscribe form; unknown categories are ignored. */
export function readSubscribeForm(body: unknown): {
  values: SubscribeValues;
  errors: SubscribeErrors;
  valid: { email: string; categories: string[]; language: Lang } | null;
} {
  const b = (body && typeof body === "object" ? body : {}) as Record<string, unknown>;
  const email = strings(b.email)[0]?.trim().slice(0, 320) ?? "";
  const categories = DOCUMENT_CATEGORIES.filter((c) => strings(b.categories).includes(c));
  const language = strings(b.language)[0] ?? "";
  const errors: SubscribeErrors = {};
  if (email.length > 254 || !EMAIL.test(email)) errors.email = "sub.error.email";
  if (!categories.length) errors.categories = "sub.error.categories";
  if (!isLang(language)) errors.language = "sub.error.language";
  const values = { email, categories, language };
  const ok = Object.keys(errors).length === 0 && isLang(language);
  return { values, errors, valid: ok ? { email, categories, language } : null };
}
