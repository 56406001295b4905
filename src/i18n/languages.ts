/** The languages of the interface, in the order the language switch shows them. */
export const LANGUAGES = ["ka", "en", "az", "ru"] as const;

export type Lang = (typeof LANGUAGES)[number];

/** Each language named in itself, for the language switch. */
export const LANGUAGE_NAMES: Record<Lang, string> = {
  ka: "ქართული",
  en: "English",
  az: "Azərbaycanca",
  ru: "Русский",
};

/** The BCP 47 tag used for `lang`, `hreflang` and `Intl` (Azerbaijani in Latin script). */
export const LANGUAGE_TAGS: Record<Lang, string> = { ka: "ka", en: "en", az: "az-Latn", ru: "ru" };

/** True for one of the four interface languages. */
export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The best interface language for an `Accept-Language` header (RFC 9110 quality values), or the
 * fallback. Only the primary subtag counts: "az-AZ" and "az-Cyrl" both mean Azerbaijani here.
 */
export function negotiateLanguage(header: string | undefined, fallback: Lang = "en"): Lang {
  if (!header) return fallback;
  const ranked = header
    .split(",")
    .slice(0, 32)
    .map((part, index) => {
      const [range = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number.parseFloat(q.slice(2)) : 1;
      return {
        lang: range.split("-")[0]!.toLowerCase(),
        quality: Number.isFinite(quality) ? quality : 0,
        index,
      };
    })
    .filter((r) => r.quality > 0 && isLang(r.lang))
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return (ranked[0]?.lang as Lang | undefined) ?? fallback;
}
