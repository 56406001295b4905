import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from "playwright-core";
import type { RelyingParty } from "../auth/webauthn.ts";
import { buildApp, type AppOptions } from "../server/app.ts";
import { createTestVault, type TestVault } from "./test-vault.ts";

/** Debian's chromium: browser tests never download a browser. */
export const CHROMIUM_PATH = process.env.TNR_CHROMIUM ?? "/usr/bin/chromium";

/** Flags that keep Chromium quiet and offline (Playwright adds its own headless flag). */
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Launches one headless Chromium (one per test file; open a context per case). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** How page scripts run: "on", "off" (javaScriptEnabled: false) or "blocked" (aborted loads). */
export type ScriptMode = "on" | "off" | "blocked";

/**
 * A fresh context on the server's origin. "off" is the real no-JavaScript check (axe cannot run
 * there: Chromium crashes); "blocked" aborts script downloads but lets axe run in the page.
 */
export async function newTestContext(
  browser: Browser,
  baseURL: string,
  scripts: ScriptMode = "on",
  extra: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL,
    javaScriptEnabled: scripts !== "off",
    locale: "en-GB",
    ...extra,
  });
  if (scripts === "blocked")
    await context.route(
      () => true,
      (route) => (route.request().resourceType() === "script" ? route.abort() : route.fallback()),
    );
  return context;
}

/** A running test server: a fresh SQLite vault behind the real HTTP app on a loopback port. */
export interface TestServer {
  /** `http://localhost:<port>`: a secure context, and a valid WebAuthn RP ID. */
  baseURL: string;
  app: FastifyInstance;
  vault: TestVault;
  /** The relying party the app uses (rpID "localhost", origin = baseURL). */
  rp: RelyingParty;
  close(): Promise<void>;
}

/**
 * Builds a test vault and the app and listens on 127.0.0.1 with a free port. Pages are reached
 * as `http://localhost:<port>` (Chromium maps localhost to loopback): a secure context whose host
 * is a domain, as WebAuthn needs. TNR_PUBLIC_URL is set to that origin while the server runs
 * (and restored by close()), as a deployment would set it to where it is served.
 */
export async function startServer(
  opts: Omit<AppOptions, "rp" | "secureCookies"> = {},
): Promise<TestServer> {
  const vault = await createTestVault("sqlite");
  // Filled in once the port is known; the app keeps this object, so it sees the origin.
  const rp: RelyingParty = { rpID: "localhost", rpName: "TNR Monitor", origin: "" };
  const app = buildApp(vault.vault, { logger: false, ...opts, secureCookies: false, rp });
  const previousUrl = process.env.TNR_PUBLIC_URL;
  try {
    await app.listen({ host: "127.0.0.1", port: 0 });
  } catch (err) {
    await vault.close();
    throw err;
  }
  const { port } = app.server.address() as AddressInfo;
  const baseURL = `http://localhost:${port}`;
  rp.origin = baseURL;
  process.env.TNR_PUBLIC_URL = baseURL;
  return {
    baseURL,
    app,
    vault,
    rp,
    async close() {
      if (previousUrl === undefined) delete process.env.TNR_PUBLIC_URL;
      else process.env.TNR_PUBLIC_URL = previousUrl;
      await app.close();
      await vault.close();
    },
  };
}

/** What a context asked for: every request, those that left the origin, and page errors. */
export interface RequestRecorder {
  /** Every URL the pages requested, in order. */
  readonly requests: string[];
  /** Requests to any other origin (aborted before they leave the machine). */
  readonly foreign: string[];
  /** Uncaught page errors and console errors (CSP violations show up here). */
  readonly pageErrors: string[];
  /** Throws, listing them, if any request went to another origin. */
  assertSameOrigin(): void;
  /** Throws, listing them, if a page threw or logged an error not matched by `expected`. */
  assertNoPageErrors(expected?: RegExp[]): void;
}

/**
 * Records a context's requests. Anything not for `baseURL`'s origin is aborted and recorded,
 * so a test fails on a third-party request (DESIGN.md) without it ever reaching the network.
 * Call before opening pages.
 */
export async function recordRequests(
  context: BrowserContext,
  baseURL: string,
): Promise<RequestRecorder> {
  const origin = new URL(baseURL).origin;
  const requests: string[] = [];
  const foreign: string[] = [];
  const pageErrors: string[] = [];
  const isForeign = (url: URL) =>
    url.origin !== origin && url.protocol !== "data:" && url.protocol !== "blob:";
  context.on("request", (req) => {
    requests.push(req.url());
    // Recorded even when the CSP stops it first: the page still tried to reach another host.
    if (isForeign(new URL(req.url()))) foreign.push(req.url());
  });
  await context.route(isForeign, (route) => route.abort("blockedbyclient"));
  const watch = (page: Page) => {
    page.on("pageerror", (err) => pageErrors.push(`${page.url()}: ${err.message}`));
    page.on("console", (msg) => {
      if (msg.type() === "error") pageErrors.push(`${page.url()}: ${msg.text()}`);
    });
  };
  context.pages().forEach(watch);
  context.on("page", watch);
  return {
    requests,
    foreign,
    pageErrors,
    assertSameOrigin() {
      if (foreign.length)
        throw new Error(`Requests left ${origin}:\n${[...new Set(foreign)].join("\n")}`);
    },
    assertNoPageErrors(expected = []) {
      const left = pageErrors.filter((e) => !expected.some((re) => re.test(e)));
      if (left.length) throw new Error(`Page errors:\n${left.join("\n")}`);
    },
  };
}

/** One axe finding, trimmed to what a failure message needs. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

let axeSource: string | undefined;

/**
 * Runs axe-core (WCAG 2.x A/AA and best practices) on the page and returns its violations. The
 * page's strict CSP refuses inline scripts, so axe is evaluated through the DevTools protocol
 * (which CSP does not govern) rather than added as a `<script>`. Needs JavaScript enabled in the
 * context ("on" or "blocked").
 */
export async function runAxe(
  page: Page,
  opts: { exclude?: string[]; disableRules?: string[] } = {},
): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  const loaded = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === "object");
  if (!loaded) await page.evaluate(axeSource);
  return page.evaluate(
    async ({ exclude, disableRules }) => {
      const axe = (window as unknown as { axe: any }).axe;
      const rules = Object.fromEntries(disableRules.map((r) => [r, { enabled: false }]));
      const result = await axe.run(
        { include: [document], exclude: exclude.map((s) => [s]) },
        {
          runOnly: {
            type: "tag",
            values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
          },
          rules,
          resultTypes: ["violations"],
        },
      );
      return result.violations.map(
        (v: {
          id: string;
          impact: string | null;
          help: string;
          nodes: { target: string[] }[];
        }) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          targets: v.nodes.map((n) => n.target.join(" ")),
        }),
      );
    },
    { exclude: opts.exclude ?? [], disableRules: opts.disableRules ?? [] },
  );
}

/** Violations as readable lines for an assertion message. */
export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact ?? "?"}): ${v.help}\n    ${v.targets.join("\n    ")}`)
    .join("\n");
}

/** The focused element's tag, id and whether its focus indicator is visible (outline or shadow). */
export async function focusState(
  page: Page,
): Promise<{ tag: string; id: string; text: string; visibleFocus: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: "body", id: "", text: "", visibleFocus: false };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== "none" && style.boxShadow !== "";
    const box = el.getBoundingClientRect();
    const onScreen = box.width > 0 && box.height > 0 && box.right > 0 && box.bottom > 0;
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      text: (el.textContent ?? "").trim(),
      visibleFocus: onScreen && (outline || shadow),
    };
  });
}
