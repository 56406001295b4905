import { LANGUAGE_TAGS, type Lang } from "./languages.ts";
import { az } from "./messages.az.ts";
import { en, type MessageKey } from "./messages.en.ts";
import { ka } from "./messages.ka.ts";
import { ru } from "./messages.ru.ts";

export type { MessageKey } from "./messages.en.ts";

/** Every catalogue; the type makes a missing key a compile error, a test checks placeholders. */
export const CATALOGUES: Record<Lang, Record<MessageKey, string>> = { ka, en, az, ru };

type Vars = Record<string, string | number>;

/** Fills `{name}` placeholders; numbers are formatted for the language. */
function fill(lang: Lang, text: string, vars: Vars | undefined): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = vars[name];
    if (v === undefined) return whole;
    return typeof v === "number" ? formatNumber(lang, v) : v;
  });
}

/** The message for a key in a language, with placeholders filled. */
export function t(lang: Lang, key: MessageKey, vars?: Vars): string {
  return fill(lang, CATALOGUES[lang][key] ?? en[key], vars);
}

const pluralRules = new Map<Lang, Intl.PluralRules>();

/**
 * A message whose wording depends on a count: the catalogue holds the forms as
 * `one|few|many|other` alternatives ("{n} session|{n} sessions"), chosen by Intl.PluralRules.
 */
export function tn(lang: Lang, key: MessageKey, n: number, vars?: Vars): string {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(LANGUAGE_TAGS[lang]);
    pluralRules.set(lang, rules);
  }
  const forms = Object.fromEntries(
    (CATALOGUES[lang][key] ?? en[key]).split("|").map((f) => {
      const m = /^(zero|one|two|few|many|other):(.*)$/s.exec(f);
      return m ? [m[1], m[2]] : ["other", f];
    }),
  );
  const text = forms[rules.select(n)] ?? forms.other ?? "";
  return fill(lang, text, { n, ...vars });
}

/** A number in the language's notation. */
export function formatNumber(lang: Lang, n: number): string {
  return new Intl.NumberFormat(LANGUAGE_TAGS[lang]).format(n);
}

/** A date-time in the language's notation, in UTC (the server keeps UTC; the label says so). */
export function formatDateTime(lang: Lang, iso: string): string {
  return new Intl.DateTimeFormat(LANGUAGE_TAGS[lang], {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  }).format(new Date(iso));
}
