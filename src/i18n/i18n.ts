import { LANGUAGE_TAGS, type Lang } from "./languages.ts";
import { az } from "./messages.az.ts";
import { en, type MessageKey } from "./messages.en.ts";
import { ka } from "./messages.ka.ts";
import { ru } from "./messages.ru.ts";

export type { MessageKey } from "./messages.en.ts";

/** Every staff catalogue; the type makes a missing key a compile error, a test checks placeholders. */
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

const pluralRules = new Map<Lang, Intl.PluralRules>();

/** The plural category of a count in a language (cached Intl.PluralRules). */
function pluralOf(lang: Lang, n: number): string {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(LANGUAGE_TAGS[lang]);
    pluralRules.set(lang, rules);
  }
  return rules.select(n);
}

/**
 * Message lookup over a set of catalogues (staff interface, public site): `t` fills placeholders;
 * `tn` picks the plural form, the catalogue holding them as `one:…|few:…|other:…` alternatives.
 */
export function translator<K extends string>(catalogues: Record<Lang, Record<K, string>>) {
  const text = (lang: Lang, key: K) => catalogues[lang][key] ?? catalogues.en[key];
  return {
    t(lang: Lang, key: K, vars?: Vars): string {
      return fill(lang, text(lang, key), vars);
    },
    tn(lang: Lang, key: K, n: number, vars?: Vars): string {
      const forms = Object.fromEntries(
        text(lang, key)
          .split("|")
          .map((f) => {
            const m = /^(zero|one|two|few|many|other):(.*)$/s.exec(f);
            return m ? [m[1], m[2]] : ["other", f];
          }),
      );
      return fill(lang, forms[pluralOf(lang, n)] ?? forms.other ?? "", { n, ...vars });
    },
  };
}

const staff = translator(CATALOGUES);

/** A staff-interface message in a language, with placeholders filled. */
export const t = staff.t;

/** A staff-interface message whose wording depends on a count ({n}). */
export const tn = staff.tn;

// Intl formatters are costly to build (a quarter of a static export's time when made per call)
// and immutable, so one per language and style is kept.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(lang: Lang): Intl.NumberFormat {
  const key = `n ${lang}`;
  let f = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(LANGUAGE_TAGS[lang])));
  return f;
}

function dateFormat(
  lang: Lang,
  style: string,
  opts: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `d ${lang} ${style}`;
  let f = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(LANGUAGE_TAGS[lang], opts)));
  return f;
}

/** A number in the language's notation. */
export function formatNumber(lang: Lang, n: number): string {
  return numberFormat(lang).format(n);
}

/** A date-time in the language's notation, in UTC (the server keeps UTC; the label says so). */
export function formatDateTime(lang: Lang, iso: string): string {
  return dateFormat(lang, "datetime", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  }).format(new Date(iso));
}

/** A calendar date ("2017-05-31", "2017-05" or "2017") as precisely as it is known. */
export function formatPartialDate(lang: Lang, value: string): string {
  const [y, m, d] = value.split("-").map(Number);
  if (!y) return value;
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const style = d ? "day" : m ? "month" : "year";
  const opts: Intl.DateTimeFormatOptions = d
    ? { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }
    : m
      ? { year: "numeric", month: "long", timeZone: "UTC" }
      : { year: "numeric", timeZone: "UTC" };
  return dateFormat(lang, style, opts).format(date);
}
