import { translator } from "../i18n/i18n.ts";
import type { Lang } from "../i18n/languages.ts";
import { FLAT_SCHEMES } from "../vocabularies/vocabulary.codes.ts";
import { LABELS } from "../vocabularies/vocabulary.labels.ts";
import { subscriptionAz } from "./subscription-messages.az.ts";
import { subscriptionEn, type SubscriptionKey } from "./subscription-messages.en.ts";
import { subscriptionKa } from "./subscription-messages.ka.ts";
import { subscriptionRu } from "./subscription-messages.ru.ts";

export type { SubscriptionKey } from "./subscription-messages.en.ts";

/** The subscription catalogues in the four languages. */
export const SUBSCRIPTION_CATALOGUES: Record<Lang, Record<SubscriptionKey, string>> = {
  ka: subscriptionKa,
  en: subscriptionEn,
  az: subscriptionAz,
  ru: subscriptionRu,
};

/** A subscription message in a language, placeholders filled. */
export const st = translator(SUBSCRIPTION_CATALOGUES).t;

/** The document categories one may subscribe to, in display order (the built-in vocabulary). */
export const DOCUMENT_CATEGORIES: readonly string[] = FLAT_SCHEMES.document_category;

const LABEL_INDEX: Record<Lang, number> = { en: 0, ka: 1, az: 2, ru: 3 };

/** A document category's name in a language (the code itself when unknown). */
export function categoryLabel(lang: Lang, code: string): string {
  const labels = LABELS.document_category as Record<string, readonly string[]>;
  return labels[code]?.[LABEL_INDEX[lang]] ?? code;
}
