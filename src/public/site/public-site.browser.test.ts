import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { LANGUAGES } from "../../i18n/languages.ts";
import {
  publishThroughTwoEditors,
  seedDocument,
  seedFullCase,
} from "../../publishing/case-bundle.factories.ts";
import {
  formatViolations,
  launchBrowser,
  newTestContext,
  recordRequests,
  runAxe,
  startServer,
  type TestServer,
} from "../../test-support/browser.ts";
import { fillRoute } from "./public-page.ts";
import { PUBLIC_PAGES } from "./public-pages.ts";
import { siteConfig } from "./site-config.ts";

const VNU_JAR = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");

describe("public site in Chromium: every page type in every language", () => {
  let server: TestServer;
  let browser: Browser;
  /** One HTML page per page type and language (feeds and downloads are not pages). */
  const pages: { url: string; html: string }[] = [];

  before(async () => {
    server = await startServer();
    const t = server.vault;
    const c = await seedFullCase(t, { consent: "anonymised_case" });
    await publishThroughTwoEditors(t, c.staff, "incident", c.incident.id);
    const doc = await seedDocument(t, String(c.incident.org_id), {
      body: "## Findings\n\nComplaints stalled.[^1]\n\n[^1]: A source.",
      cited: [c.incident.id],
    });
    await publishThroughTwoEditors(t, c.staff, "document", doc.id);

    const base = {
      mode: "server" as const,
      config: siteConfig({}, false),
      db: t.vault.stores.publicDb,
      now: new Date(),
    };
    for (const page of PUBLIC_PAGES) {
      if (page.scope === "global") continue;
      for (const lang of LANGUAGES) {
        for await (const params of page.paths(base, lang)) {
          const url = `/${lang}${fillRoute(page.route, params)}`;
          const res = await fetch(server.baseURL + url);
          if (res.headers.get("content-type")?.startsWith("text/html"))
            pages.push({ url, html: await res.text() });
          break; // one representative per page type and language
        }
      }
    }
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it("has zero axe violations and asks nothing of another host", async () => {
    assert.ok(pages.length >= LANGUAGES.length, `${pages.length} pages`);
    const context = await newTestContext(browser, server.baseURL, "on");
    const recorder = await recordRequests(context, server.baseURL);
    const page = await context.newPage();
    const problems: string[] = [];
    for (const p of pages) {
      const res = await page.goto(server.baseURL + p.url);
      assert.equal(res?.status(), 200, p.url);
      const violations = await runAxe(page);
      if (violations.length) problems.push(`${p.url}\n  ${formatViolations(violations)}`);
    }
    await context.close();
    assert.deepEqual(recorder.foreign, [], "requests to other hosts");
    assert.deepEqual(recorder.pageErrors, [], "page errors or CSP violations");
    assert.equal(problems.join("\n"), "");
  });

  it("works with JavaScript disabled and sends no script", async () => {
    const context = await newTestContext(browser, server.baseURL, "off");
    const page = await context.newPage();
    for (const p of pages) {
      const res = await page.goto(server.baseURL + p.url);
      assert.equal(res?.status(), 200, p.url);
      assert.ok(await page.locator("main h1").first().isVisible(), `${p.url} shows its heading`);
      assert.doesNotMatch(p.html, /<script/i, `${p.url} has no script`);
    }
    await context.close();
  });

  it("reaches every control by keyboard, starting with the skip link", async () => {
    const context = await newTestContext(browser, server.baseURL, "on");
    const page = await context.newPage();
    for (const p of pages.filter((x) => x.url.startsWith("/en/"))) {
      await page.goto(server.baseURL + p.url);
      const controls = await page.evaluate(
        () =>
          [
            ...document.querySelectorAll("a[href], button, input, select, textarea, summary"),
          ].filter(
            (el) => (el as HTMLElement).offsetParent !== null || el.classList.contains("skip-link"),
          ).length,
      );
      const reached = new Set<string>();
      let first = "";
      for (let i = 0; i < controls + 5; i++) {
        await page.keyboard.press("Tab");
        const id = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return "";
          const path: string[] = [];
          for (let n: Element | null = el; n && n !== document.body; n = n.parentElement)
            path.unshift(`${n.tagName}:${[...(n.parentElement?.children ?? [])].indexOf(n)}`);
          return path.join("/") + (el.classList.contains("skip-link") ? "#skip" : "");
        });
        if (i === 0) first = id;
        if (id) reached.add(id);
      }
      assert.match(first, /#skip$/, `${p.url}: the skip link is the first Tab stop`);
      assert.ok(
        reached.size >= controls,
        `${p.url}: reached ${reached.size} of ${controls} controls`,
      );
    }
    await context.close();
  });

  it("is valid HTML in the W3C Nu checker", () => {
    const dir = mkdtempSync(join(tmpdir(), "tnr-vnu-"));
    try {
      const files = pages.map((p, i) => {
        const f = join(dir, `page-${i}.html`);
        writeFileSync(f, p.html);
        return f;
      });
      let report = "";
      try {
        execFileSync("java", ["-jar", VNU_JAR, "--errors-only", "--format", "json", ...files], {
          stdio: ["ignore", "pipe", "pipe"],
        });
      } catch (e) {
        report = String((e as { stderr?: Buffer }).stderr ?? e);
      }
      const messages = report
        ? (JSON.parse(report).messages as { url: string; message: string; extract?: string }[])
        : [];
      const named = messages.map((m) => {
        const i = Number(/page-(\d+)\.html/.exec(m.url)?.[1]);
        return `${pages[i]?.url}: ${m.message} ${m.extract ?? ""}`;
      });
      assert.deepEqual(named, []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
