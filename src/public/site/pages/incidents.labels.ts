import { formatPartialDate } from "../../../i18n/i18n.ts";
import { LANGUAGE_TAGS, LANGUAGES, type Lang } from "../../../i18n/languages.ts";
import { LABELS, type Scheme } from "../../../vocabularies/vocabulary.labels.ts";
import { im } from "./incidents.messages.ts";

const regionNames = new Map<Lang, Intl.DisplayNames>();
// Looking a name up in Intl costs more than drawing the rest of its table cell, and a site names
// the same few hundred states on every page: each name is looked up once per language.
const stateNames = new Map<string, string>();

/** A state's name in the reader's language from its ISO code ("GE" → "საქართველო"). */
export function stateName(lang: Lang, code: string): string {
  // Only two capital letters reach Intl: anything else is shown as it is (never throws).
  if (!/^[A-Z]{2}$/.test(code)) return code;
  const key = `${lang} ${code}`;
  const known = stateNames.get(key);
  if (known !== undefined) return known;
  let names = regionNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([LANGUAGE_TAGS[lang]], { type: "region", fallback: "code" });
    regionNames.set(lang, names);
  }
  const name = names.of(code) ?? code;
  stateNames.set(key, name);
  return name;
}

// LABELS tuples are ordered en, ka, az, ru; LANGUAGES is ka, en, az, ru.
const LABEL_INDEX: Record<Lang, number> = { en: 0, ka: 1, az: 2, ru: 3 };

/** A controlled-vocabulary term in the reader's language (the code itself when unknown). */
export function termLabel(lang: Lang, scheme: Scheme, code: string | null): string {
  if (code === null) return "—";
  const row = (LABELS[scheme] as Record<string, readonly string[]>)[code];
  return row?.[LABEL_INDEX[lang]] ?? code;
}

/** Every code of a vocabulary scheme, in display order. */
export function schemeCodes(scheme: Scheme): string[] {
  return Object.keys(LABELS[scheme]);
}

/** A generalised date as honest words: "May 2017", "2017", "2016 to 2017", or "Date not known". */
export function generalisedDate(lang: Lang, from: string | null, to: string | null = null): string {
  if (!from) return im.t(lang, "date.unknown");
  const a = formatPartialDate(lang, from);
  return to ? im.t(lang, "date.range", { from: a, to: formatPartialDate(lang, to) }) : a;
}

/** True for one of the site languages (re-exported for page modules that validate input). */
export const SITE_LANGUAGES = LANGUAGES;
