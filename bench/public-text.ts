import { LANGUAGES, type Lang } from "../src/i18n/languages.ts";
import { prng } from "./store/generate.ts";

// Made-up words in each language's script, so UTF-8 sizes and fonts match real text: Georgian
// letters take three bytes, Cyrillic two, Azerbaijani Latin mostly one.
const SYLLABLES: Record<Lang, string[]> = {
  ka: "ქა რა ლი მო სა ვე ტი ნო გუ ზე ბა დო რი მა ლუ პე ხა ყო ცი ჩი შე ძე წა ჯი".split(" "),
  en: "ka ra li mo sa ve ti no gu ze ba do ri ma lu pe tha qo ye chi sh er on st".split(" "),
  az: "ka rə li mo sa və ti no gü ze ba do ri ma lu pe xa qo yə çi şə ğı ö ıl".split(" "),
  ru: "ка ра ли мо са ве ти но гу зе ба до ри ма лу пе ха що ие чи ше жо цы ю".split(" "),
};

/** 3,000 made-up words per language. */
const LEXICON: Record<Lang, string[]> = Object.fromEntries(
  LANGUAGES.map((l) => {
    const s = SYLLABLES[l];
    const words = Array.from({ length: 3000 }, (_, i) => {
      const n = 1 + (i % 4);
      let w = "";
      for (let k = 0, x = i * 7919 + 13; k < n; k++, x = Math.floor(x / s.length) + k * 31)
        w += s[x % s.length];
      return w;
    });
    return [l, words];
  }),
) as Record<Lang, string[]>;

/** A sentence-cased run of made-up words in one language. */
export function words(r: () => number, lang: Lang, n: number): string {
  const lex = LEXICON[lang];
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(lex[Math.floor(r() * lex.length)]!);
  const s = out.join(" ");
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}

function paragraph(r: () => number, lang: Lang, n: number): string {
  const parts: string[] = [];
  let left = n;
  while (left > 0) {
    const k = Math.min(left, 8 + Math.floor(r() * 14));
    parts.push(words(r, lang, k) + ".");
    left -= k;
  }
  return parts.join(" ");
}

/**
 * A document body of about `target` words in markdown: sections and subsections, paragraphs
 * with emphasis, a list, a quotation, links, citations of public incidents and ~15 footnotes —
 * the shape of the NGO's analytical documents.
 */
export function documentMarkdown(
  seed: number,
  lang: Lang,
  target: number,
  citedIds: readonly string[],
): string {
  const r = prng(seed);
  const out: string[] = [];
  let count = 0;
  let note = 0;
  const notes: string[] = [];
  let section = 0;
  while (count < target) {
    section++;
    out.push(`## ${section}. ${words(r, lang, 3 + Math.floor(r() * 3))}`);
    for (let sub = 0; sub < 2 && count < target; sub++) {
      if (sub === 1) out.push(`### ${section}.1 ${words(r, lang, 4)}`);
      for (let p = 0; p < 3 && count < target; p++) {
        const n = 60 + Math.floor(r() * 60);
        let text = paragraph(r, lang, n);
        count += n;
        if (r() < 0.4) {
          note++;
          text += `[^${note}]`;
          notes.push(
            `[^${note}]: ${words(r, lang, 8)}, <https://example.org/report/${seed}-${note}>, ${2010 + (note % 15)}.`,
          );
        }
        if (r() < 0.25) text += ` **${words(r, lang, 3)}** *${words(r, lang, 2)}*.`;
        if (citedIds.length && r() < 0.12)
          text += ` [[incident:${citedIds[Math.floor(r() * citedIds.length)]}]]`;
        out.push(text);
      }
    }
    if (section % 3 === 1) {
      for (let i = 0; i < 4; i++) out.push(`- ${words(r, lang, 6 + Math.floor(r() * 6))}`);
      out.push("");
      count += 36;
    }
    if (section % 4 === 2) {
      out.push(`> ${paragraph(r, lang, 30)}`);
      count += 30;
    }
    if (section % 5 === 3)
      out.push(`[${words(r, lang, 3)}](https://example.org/source/${seed}/${section})`);
  }
  return out.join("\n\n") + "\n\n" + notes.join("\n") + "\n";
}
