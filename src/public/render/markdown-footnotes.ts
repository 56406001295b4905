import type { Env, MarkdownIt, RendererRule, Token } from "markdown-it";
import type { RenderLang } from "./chart-svg.ts";

/** Accessible names for footnote links, in the four languages. */
export const FOOTNOTE_MESSAGES: Record<
  RenderLang,
  { heading: string; ref: (n: string) => string; back: (n: string) => string }
> = {
  en: { heading: "Notes", ref: (n) => `Footnote ${n}`, back: (n) => `Back to reference ${n}` },
  ka: {
    heading: "შენიშვნები",
    ref: (n) => `შენიშვნა ${n}`,
    back: (n) => `დაბრუნება მითითებასთან ${n}`,
  },
  az: { heading: "Qeydlər", ref: (n) => `Qeyd ${n}`, back: (n) => `${n} saylı istinada qayıt` },
  ru: { heading: "Примечания", ref: (n) => `Сноска ${n}`, back: (n) => `Вернуться к сноске ${n}` },
};

/** What the footnote rules read from markdown-it's per-render env. */
export interface FootnoteEnv extends Env {
  lang: RenderLang;
  /** Passed to markdown-it-footnote, which prefixes its ids with it ("fn-doc-1"). */
  docId?: string;
}

/** The id of the "Notes" heading, unique per document prefix. */
export function footnotesHeadingId(env: { docId?: unknown }): string {
  // markdown-it-footnote prefixes ids only when docId is a string; follow the same rule.
  return typeof env.docId === "string" && env.docId ? `footnotes-${env.docId}` : "footnotes";
}

/**
 * Replaces markdown-it-footnote's output with an accessible version: references and back links
 * get translated aria-labels (a screen reader would otherwise say "left bracket one"), the notes
 * sit in a labelled section with a real heading instead of an unlabelled <hr>.
 */
export function useAccessibleFootnotes(md: MarkdownIt): void {
  const rules = md.renderer.rules;
  const anchorName: RendererRule = rules.footnote_anchor_name!;
  const number = (tokens: Token[], idx: number) => {
    const meta = tokens[idx]!.meta as { id: number; subId: number };
    return `${meta.id + 1}${meta.subId > 0 ? `.${meta.subId + 1}` : ""}`;
  };
  const suffix = (tokens: Token[], idx: number) => {
    const subId = (tokens[idx]!.meta as { subId: number }).subId;
    return subId > 0 ? `:${subId}` : "";
  };
  const messages = (env: unknown) =>
    FOOTNOTE_MESSAGES[(env as FootnoteEnv | undefined)?.lang ?? "en"] ?? FOOTNOTE_MESSAGES.en;

  rules.footnote_ref = (tokens, idx, options, env, self) => {
    const id = anchorName(tokens, idx, options, env, self);
    const shown = String((tokens[idx]!.meta as { id: number }).id + 1);
    const label = md.utils.escapeHtml(messages(env).ref(shown));
    return (
      `<sup class="footnote-ref"><a href="#fn${id}" id="fnref${id}${suffix(tokens, idx)}" ` +
      `role="doc-noteref" aria-label="${label}">[${shown}]</a></sup>`
    );
  };
  rules.footnote_block_open = (_tokens, _idx, _options, env) => {
    const headingId = footnotesHeadingId((env ?? {}) as FootnoteEnv);
    const heading = md.utils.escapeHtml(messages(env).heading);
    return (
      `<section class="footnotes" aria-labelledby="${headingId}">\n` +
      `<h2 id="${headingId}">${heading}</h2>\n<ol class="footnotes-list">\n`
    );
  };
  rules.footnote_anchor = (tokens, idx, options, env, self) => {
    const id = anchorName(tokens, idx, options, env, self) + suffix(tokens, idx);
    const label = md.utils.escapeHtml(messages(env).back(number(tokens, idx)));
    // U+FE0E keeps the arrow a text glyph instead of an emoji on iOS.
    return ` <a href="#fnref${id}" class="footnote-backref" aria-label="${label}">\u21a9\uFE0E</a>`;
  };
}
