import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Database from "better-sqlite3-multiple-ciphers";
import { LANGUAGES, LANGUAGE_NAMES, type Lang } from "../src/i18n/languages.ts";
import type { PublicIncident } from "../src/publishing/public-incident.types.ts";

/** One timed build: wall time, peak memory of the process tree's largest process, pages out. */
export interface BuildRun {
  ms: number;
  maxRssMb: number;
  htmlFiles: number;
  ok: boolean;
  /** The end of what the command printed. */
  output: string;
}

const REPO = resolve(import.meta.dirname, "..");

/** Runs a command under /usr/bin/time and counts the HTML files it wrote to `outDir`. */
export function timedBuild(
  cmd: string,
  args: string[],
  opts: { cwd: string; outDir: string; env?: NodeJS.ProcessEnv },
): BuildRun {
  const timeFile = join(tmpdir(), `tnr-bench-time-${process.pid}`);
  const started = performance.now();
  const r = spawnSync("/usr/bin/time", ["-f", "%M", "-o", timeFile, cmd, ...args], {
    cwd: opts.cwd,
    env: { ...process.env, ...opts.env },
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  const ms = performance.now() - started;
  const maxRssMb = Math.round(
    Number(readFileSync(timeFile, "utf8").trim().split("\n").at(-1)) / 1024,
  );
  rmSync(timeFile, { force: true });
  const ok = r.status === 0;
  return {
    ms,
    maxRssMb,
    htmlFiles: ok ? countHtml(opts.outDir) : 0,
    ok,
    output: `${r.stdout}\n${r.stderr}`.slice(-3000),
  };
}

/** How many .html files under a folder match a regex (find: 400,000 names cost no JS memory). */
export function countHtml(dir: string, regex = ".*\\.html"): number {
  const r = spawnSync(
    "sh",
    ["-c", `find "${dir}" -regextype posix-extended -regex '${regex}' | wc -l`],
    { encoding: "utf8" },
  );
  return Number(r.stdout.trim());
}

const yaml = (s: string) => JSON.stringify(s);

/** An incident as markdown: the facts the public incident page shows, in the same order. */
function incidentMarkdown(p: PublicIncident): string {
  const rows = [
    ["When", p.date.from ?? "unknown"],
    ["Where", [p.place.city, p.place.country].filter(Boolean).join(", ")],
    ["Origin state", p.originState],
    ["Host state", p.hostState],
    ["Tactics", p.tactics.map((t) => `${t.tactic} (${t.group})`).join(", ")],
    ["Target profile", p.targetProfiles.join(", ")],
    ["Verification", p.verificationStatus],
    ["Statistics", p.counted ? "counted" : "not counted"],
  ];
  const out = [p.summary ?? "", "| | |", "|---|---|", ...rows.map(([k, v]) => `| ${k} | ${v} |`)];
  if (p.attributions.length)
    out.push(
      "\n## Attribution\n\n| State | Role | Confidence |\n|---|---|---|",
      ...p.attributions.map((a) => `| ${a.state} | ${a.role} | ${a.confidence} |`),
    );
  out.push(`\n## Response\n\nFurthest stage: **${p.response.furthestStage}**.\n`);
  if (p.response.timeline.length)
    out.push(
      "| Stage | Days from filing |\n|---|---:|",
      ...p.response.timeline.map((t) => `| ${t.stage} | ${t.daysFromFiling ?? ""} |`),
    );
  if (p.citations.length)
    out.push(
      "\n## Sources\n",
      ...p.citations.map(
        (c) => `- [${c.label}](${c.url ?? "#"}) — ${c.publishedOn ?? ""}, ${c.grade}`,
      ),
    );
  return out.join("\n") + "\n";
}

/**
 * Writes the peers' content from the public store: for every document and every language one
 * markdown file (the same markdown body where the translation exists, else a short page naming
 * the languages it exists in — as the mirror does), and for every incident and language one
 * markdown page of its facts. Returns the number of pages.
 */
export function writePeerContent(publicDbFile: string, contentDir: string): number {
  rmSync(contentDir, { recursive: true, force: true });
  const db = new Database(publicDbFile, { readonly: true });
  let pages = 0;
  const dirs = new Set<string>();
  const put = (rel: string, title: string, lang: Lang, body: string) => {
    const dir = join(contentDir, rel, "..");
    if (!dirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      dirs.add(dir);
    }
    writeFileSync(join(contentDir, rel), `---\ntitle: ${yaml(title)}\nl: ${lang}\n---\n${body}`);
    pages++;
  };
  let slug = "";
  let texts: { language: string; title: string; body_markdown: string }[] = [];
  const flush = () => {
    if (!slug) return;
    for (const l of LANGUAGES) {
      const t = texts.find((x) => x.language === l);
      if (t) put(`${l}/documents/${slug}.md`, t.title, l, t.body_markdown);
      else {
        const list = texts.map(
          (x) =>
            `- [${x.title}](../../${x.language}/documents/${slug}/) (${LANGUAGE_NAMES[x.language as Lang]})`,
        );
        put(
          `${l}/documents/${slug}.md`,
          texts[0]!.title,
          l,
          `Not available in this language.\n\n${list.join("\n")}\n`,
        );
      }
    }
  };
  for (const row of db
    .prepare(
      "select slug, language, title, body_markdown from public_document_translations order by slug",
    )
    .iterate() as Iterable<{
    slug: string;
    language: string;
    title: string;
    body_markdown: string;
  }>) {
    if (row.slug !== slug) {
      flush();
      slug = row.slug;
      texts = [];
    }
    texts.push(row);
  }
  flush();
  for (const row of db.prepare("select payload from public_incidents").iterate() as Iterable<{
    payload: string;
  }>) {
    const p = JSON.parse(row.payload) as PublicIncident;
    const md = incidentMarkdown(p);
    for (const l of LANGUAGES)
      put(`${l}/incidents/${p.publicId}.md`, `Incident ${p.publicId}`, l, md);
  }
  db.close();
  return pages;
}

const LAYOUT = (title: string, lang: string, content: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><link rel="stylesheet" href="/assets/public.css"></head><body><a class="skip-link" href="#main">Skip to content</a><header><nav><a href="/">Home</a></nav></header><main id="main"><h1>${title}</h1>${content}</main><footer><p>Keyboard: Tab moves to the next link.</p></footer></body></html>\n`;

/** A Hugo site over the content folder: one minimal layout, pages only (no lists, feeds, taxonomies). */
export function writeHugoSite(siteDir: string): void {
  mkdirSync(join(siteDir, "layouts", "_default"), { recursive: true });
  writeFileSync(
    join(siteDir, "config.toml"),
    `baseURL = "/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404", "section"]\n[markup.goldmark.renderer]\nunsafe = false\n`,
  );
  writeFileSync(
    join(siteDir, "layouts", "_default", "single.html"),
    LAYOUT("{{ .Title }}", "{{ .Params.l }}", "{{ .Content }}"),
  );
  writeFileSync(join(siteDir, "layouts", "index.html"), LAYOUT("Home", "en", ""));
}

/** An Eleventy project over the same content folder: markdown-it with footnotes, one JS layout. */
export function writeEleventySite(siteDir: string): void {
  mkdirSync(join(siteDir, "_includes"), { recursive: true });
  const footnote = import.meta.resolve("markdown-it-footnote");
  writeFileSync(
    join(siteDir, "eleventy.config.mjs"),
    `import footnote from ${JSON.stringify(footnote)};
export default function (cfg) {
  cfg.amendLibrary("md", (md) => md.use(footnote));
  cfg.addGlobalData("layout", "page.11ty.cjs");
  return { dir: { input: "content", includes: "../_includes", output: "eleventy-out" }, markdownTemplateEngine: false, htmlTemplateEngine: false };
}
`,
  );
  const layout = LAYOUT("${esc(data.title)}", "${data.l}", "${data.content}");
  writeFileSync(
    join(siteDir, "_includes", "page.11ty.cjs"),
    `const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);\nmodule.exports = (data) => \`${layout}\`;\n`,
  );
}

/**
 * Builds the Hugo site (Debian's hugo, all cores), one language per process: Hugo 0.111 holds every
 * page in memory and was killed at 22 GB building all 440,000 pages in one go (see
 * docs/benchmarks.md). Times and page counts add up; memory is the largest of the four.
 */
export function buildHugo(siteDir: string): BuildRun {
  const out = join(siteDir, "hugo-out");
  const total: BuildRun = { ms: 0, maxRssMb: 0, htmlFiles: 0, ok: true, output: "" };
  for (const l of LANGUAGES) {
    rmSync(out, { recursive: true, force: true });
    const run = timedBuild(
      "hugo",
      ["--quiet", "--contentDir", join("content", l), "--destination", join(out, l)],
      { cwd: siteDir, outDir: out },
    );
    total.ms += run.ms;
    total.maxRssMb = Math.max(total.maxRssMb, run.maxRssMb);
    total.htmlFiles += run.htmlFiles;
    total.output += run.output;
    total.ok &&= run.ok;
  }
  rmSync(out, { recursive: true, force: true });
  return total;
}

/** Builds the Eleventy site (the project's devDependency, Node with an 8 GB heap cap). */
export function buildEleventy(siteDir: string): BuildRun {
  const out = join(siteDir, "eleventy-out");
  rmSync(out, { recursive: true, force: true });
  const cli = join(REPO, "node_modules", "@11ty", "eleventy", "cmd.cjs");
  const run = timedBuild(process.execPath, ["--max-old-space-size=8192", cli, "--quiet"], {
    cwd: siteDir,
    outDir: out,
  });
  rmSync(out, { recursive: true, force: true });
  return run;
}

/** Whether a Debian tool is present; installs its package with apt-get when it is not. */
export function ensureTool(bin: string, pkg: string, log: (s: string) => void): boolean {
  if (spawnSync("sh", ["-c", `command -v ${bin}`]).status === 0) return true;
  log(`${bin} missing: apt-get install ${pkg}`);
  spawnSync("apt-get", ["update", "-qq"], { stdio: "ignore" });
  spawnSync("apt-get", ["install", "-y", "-qq", pkg], {
    stdio: "ignore",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return spawnSync("sh", ["-c", `command -v ${bin}`]).status === 0;
}
