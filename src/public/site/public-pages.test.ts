import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { LANGUAGES } from "../../i18n/languages.ts";
import { createTestVault, DIALECTS, type TestVault } from "../../test-support/test-vault.ts";
import { seedManyPages } from "./pages/mirror.fixture.ts";
import type { PublicContext } from "./public-context.ts";
import { fillRoute, type PageRequest, type RenderedPage } from "./public-page.ts";
import { PUBLIC_PAGES } from "./public-pages.ts";
import { siteConfig } from "./site-config.ts";

/** A drawn page as text, status first (batches hold HTML pages only). */
function text(page: RenderedPage | null): string | null {
  if (!page) return null;
  return `${page.status ?? 200} ${typeof page.body === "string" ? page.body : page.body.toString()}`;
}

/** Route parameters of pages that do not exist. */
const MISSING: Record<string, string> = {
  slug: "no-such-document",
  publicId: "i0",
  page: "999",
  host: "ZZ",
  category: "no_such_topic",
};

for (const dialect of DIALECTS) {
  describe(`page types that draw in batches (${dialect})`, () => {
    let t: TestVault;
    before(async () => {
      t = await createTestVault(dialect);
      await seedManyPages(t);
    });
    after(() => t.close());

    it("draws every page in a batch exactly as one by one, live and on the mirror", async () => {
      let compared = 0;
      for (const mode of ["server", "static"] as const) {
        const base = {
          mode,
          config: siteConfig({}, false),
          db: t.vault.stores.publicDb,
          now: new Date("2026-01-01T00:00:00Z"),
        };
        for (const page of PUBLIC_PAGES.filter((p) => p.renderMany)) {
          for (const lang of LANGUAGES) {
            const requests: PageRequest[] = [];
            for await (const params of page.paths(base, lang)) {
              const ctx: PublicContext = {
                ...base,
                lang,
                path: `/${lang}${fillRoute(page.route, params)}`,
              };
              requests.push({ ctx, params });
            }
            // A path that does not exist (unknown slug or host, page past the end): null in both.
            const params = Object.fromEntries(
              [...page.route.matchAll(/:(\w+)/g)].map(([, name]) => [name!, MISSING[name!] ?? "x"]),
            );
            requests.push({
              ctx: { ...base, lang, path: `/${lang}${fillRoute(page.route, params)}` },
              params,
            });
            const batch = await page.renderMany!(requests);
            assert.equal(batch.length, requests.length);
            for (const [i, r] of requests.entries()) {
              const one = await page.render(r.ctx, r.params);
              assert.equal(text(batch[i]!), text(one), `${mode} ${r.ctx.path} (${page.id})`);
              compared++;
            }
          }
        }
      }
      assert.ok(compared > 1000, `${compared} pages compared`);
    });
  });
}
