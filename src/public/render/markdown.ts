import MarkdownItFactory, {
  type Env,
  type MarkdownIt,
  type RendererRule,
  type Token,
} from "markdown-it";
import footnote from "markdown-it-footnote";
import type { RenderLang } from "./chart-svg.ts";
import {
  FOOTNOTE_MESSAGES,
  footnotesHeadingId,
  useAccessibleFootnotes,
} from "./markdown-footnotes.ts";

/** One heading of a rendered document, for its table of contents. */
export interface TocEntry {
  id: string;
  text: string;
  level: number;
}

/** How a document's markdown is rendered for one page. */
export interface DocumentMarkdownOptions {
  lang: RenderLang;
  /** The public page of a published incident, or null when the id is unknown or unpublished. */
  incidentHref: (publicId: string) => string | null | undefined;
  /** Prefix for footnote ids when several documents share a page. */
  docId?: string;
  /** Links to this origin (e.g. "https://tnr.example") are not marked external. */
  siteOrigin?: string;
}

interface RenderEnv extends Env {
  lang: RenderLang;
  docId?: string;
  incidentHref?: DocumentMarkdownOptions["incidentHref"];
  siteOrigin?: string;
  toc?: TocEntry[];
}

// `[[incident:PUBLIC-ID]]` or `[[incident:PUBLIC-ID|link text]]`.
const INCIDENT_SHORTCODE =
  /^\[\[incident:([A-Za-z0-9][A-Za-z0-9._-]{0,63})(?:\|([^\]\n|]{1,200}))?\]\]/;

function isExternal(url: string, env: RenderEnv): boolean {
  if (!/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) return false;
  return !(env.siteOrigin && (url === env.siteOrigin || url.startsWith(`${env.siteOrigin}/`)));
}

/** Heading ids keep Georgian and Cyrillic letters (valid in HTML ids and fragments). */
export function slugify(text: string): string {
  const slug = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return slug || "section";
}

function inlineText(tokens: readonly Token[] | null): string {
  return (tokens ?? [])
    .map((t) => {
      if (t.type === "text" || t.type === "code_inline") return t.content;
      if (t.type === "softbreak" || t.type === "hardbreak") return " ";
      if (t.type === "image") return inlineText(t.children);
      if (t.type === "incident_ref") return (t.meta as { text: string }).text;
      return "";
    })
    .join("");
}

function createMarkdown(): MarkdownIt {
  // html: false escapes raw HTML; typographer off because quote marks differ per language.
  const md = new MarkdownItFactory({ html: false, linkify: true, typographer: false });
  md.use(footnote);
  useAccessibleFootnotes(md);

  md.inline.ruler.before("link", "incident_ref", (state, silent) => {
    if (state.src.charCodeAt(state.pos) !== 0x5b /* [ */) return false;
    const match = INCIDENT_SHORTCODE.exec(state.src.slice(state.pos));
    if (!match) return false;
    if (!silent) {
      const token = state.push("incident_ref", "", 0);
      token.meta = { id: match[1], text: (match[2] ?? match[1]!).trim() };
    }
    state.pos += match[0].length;
    return true;
  });
  md.renderer.rules.incident_ref = (tokens, idx, _options, env) => {
    const { id, text } = tokens[idx]!.meta as { id: string; text: string };
    const href = (env as RenderEnv | undefined)?.incidentHref?.(id);
    const label = md.utils.escapeHtml(text);
    // An unknown or withdrawn incident stays readable text: never a broken or guessable link.
    if (!href || !md.validateLink(href)) return label;
    return `<a href="${md.utils.escapeHtml(href)}" class="incident-ref">${label}</a>`;
  };

  // Ids on headings and the table of contents, collected in env so one instance serves all calls.
  md.core.ruler.push("heading_ids", (state) => {
    const env = state.env as unknown as RenderEnv;
    const seen = new Set([footnotesHeadingId(env)]);
    const toc: TocEntry[] = [];
    state.tokens.forEach((token, i) => {
      if (token.type !== "heading_open") return;
      const text = inlineText(state.tokens[i + 1]?.children ?? null).trim();
      // "fn1"/"fnref1" belong to footnotes; keep headings out of that namespace.
      let base = slugify(text);
      if (/^fn(?:ref)?[\d-]/.test(base)) base = `s-${base}`;
      let id = base;
      for (let n = 2; seen.has(id); n++) id = `${base}-${n}`;
      seen.add(id);
      token.attrSet("id", id);
      toc.push({ id, text, level: Number(token.tag.slice(1)) });
    });
    env.toc = toc;
  });

  const renderToken: RendererRule = (tokens, idx, options, _env, self) =>
    self.renderToken(tokens, idx, options);
  const linkOpen = md.renderer.rules.link_open ?? renderToken;
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const href = String(tokens[idx]!.attrGet("href") ?? "");
    if (isExternal(href, (env ?? {}) as RenderEnv))
      tokens[idx]!.attrSet("rel", "noopener noreferrer");
    // A bare URL already shows its target: print.css must not write it out a second time.
    if (tokens[idx]!.info === "auto") tokens[idx]!.attrJoin("class", "url");
    return linkOpen(tokens, idx, options, env, self);
  };
  // Images from other hosts would tell a third party who reads the page: link to them instead.
  const image = md.renderer.rules.image!;
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    const src = String(token.attrGet("src") ?? "");
    if (!isExternal(src, (env ?? {}) as RenderEnv)) return image(tokens, idx, options, env, self);
    const alt = md.utils.escapeHtml(inlineText(token.children) || src);
    return `<a href="${md.utils.escapeHtml(src)}" rel="noopener noreferrer">${alt}</a>`;
  };
  return md;
}

const md = createMarkdown();

/** Renders a document's markdown to safe HTML with accessible footnotes, plus its table of contents. */
export function renderDocumentMarkdown(
  markdown: string,
  opts: DocumentMarkdownOptions,
): { html: string; toc: TocEntry[] } {
  const env: RenderEnv = {
    lang: opts.lang,
    incidentHref: opts.incidentHref,
    ...(opts.docId ? { docId: opts.docId } : {}),
    ...(opts.siteOrigin ? { siteOrigin: opts.siteOrigin } : {}),
  };
  const html = md.render(markdown, env);
  const toc = env.toc ?? [];
  if (html.includes('<section class="footnotes"')) {
    toc.push({ id: footnotesHeadingId(env), text: FOOTNOTE_MESSAGES[opts.lang].heading, level: 2 });
  }
  return { html, toc };
}

/** Plain text of a document for feeds and search: no markup, no footnotes, paragraphs kept apart. */
export function markdownToPlainText(markdown: string): string {
  const env: RenderEnv = { lang: "en" };
  const tokens = md.parse(markdown, env);
  const blocks: string[] = [];
  let inFootnotes = 0;
  for (const token of tokens) {
    if (token.type === "footnote_block_open") inFootnotes++;
    else if (token.type === "footnote_block_close") inFootnotes--;
    else if (inFootnotes) continue;
    else if (token.type === "inline") blocks.push(inlineText(token.children));
    else if (token.type === "fence" || token.type === "code_block") blocks.push(token.content);
  }
  return blocks
    .map((b) => b.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n\n");
}
