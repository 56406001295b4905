import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import { LANGUAGE_TAGS, LANGUAGES } from "../../../i18n/languages.ts";
import { buildApp } from "../../../server/app.ts";
import { createTestVault, DIALECTS, type TestVault } from "../../../test-support/test-vault.ts";
import { DOWNLOAD_COLUMNS } from "./data.record.ts";
import { seedSmallPublicStore } from "./incidents.fixture.ts";
import { siteConfig } from "../site-config.ts";
import { INCIDENT_PAGES } from "./incidents.pages.ts";

/** A strict RFC 4180 reader: quoted fields with doubled quotes, CRLF records. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = "";
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        assert.ok(q >= 0, "unterminated quoted field");
        field += text.slice(i, q);
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
    } else {
      const m = /[,\r\n]/.exec(text.slice(i));
      const end = m ? i + m.index : text.length;
      field = text.slice(i, end);
      assert.ok(!field.includes('"'), `bare quote in ${field}`);
      i = end;
    }
    row.push(field);
    if (text[i] === ",") i++;
    else {
      assert.ok(i === text.length || text.startsWith("\r\n", i), "records end in CRLF");
      rows.push(row);
      row = [];
      i += 2;
    }
  }
  return rows;
}

for (const dialect of DIALECTS) {
  describe(`public incident pages on ${dialect}`, () => {
    let t: TestVault;
    let app: FastifyInstance;
    let caseId: string;
    const get = (url: string) => app.inject({ method: "GET", url });
    before(async () => {
      t = await createTestVault(dialect);
      ({ caseId } = await seedSmallPublicStore(t));
      app = buildApp(t.vault);
    });
    after(async () => {
      await app?.close();
      await t.close();
    });

    it("renders every page type in every language with its lang and no cookie", async () => {
      for (const l of LANGUAGES)
        for (const path of [
          "incidents/",
          "incidents/page/1/",
          "incidents/host/GE/",
          "incidents/host/GE/page/1/",
          `incidents/${caseId}/`,
          "data/",
          "accountability/",
          "accountability/GE/",
        ]) {
          const res = await get(`/${l}/${path}`);
          assert.equal(res.statusCode, 200, `/${l}/${path}`);
          assert.match(res.body, new RegExp(`<html lang="${LANGUAGE_TAGS[l]}"`));
          assert.equal(res.headers["set-cookie"], undefined);
          assert.doesNotMatch(res.body, /<script/);
        }
    });

    it("narrows the list with filters", async () => {
      const count = async (q: string) => {
        const res = await get(`/en/incidents/${q}`);
        assert.equal(res.statusCode, 200, q);
        return Number(/<h2 id="results">(\d+) incidents?<\/h2>/.exec(res.body)?.[1]);
      };
      assert.equal(await count(""), 13);
      assert.equal(await count("?host=TR"), 2);
      assert.equal(await count("?host=GE&year=2017"), 10);
      assert.equal(await count("?tactic=spyware"), 3);
      assert.equal(await count("?group=threats_from_distance"), 3);
      assert.equal(await count("?stage=3"), 4);
      assert.equal(await count("?verification=reported"), 1);
      assert.equal(await count("?profile=lawyer"), 0);
      const tr = await get("/en/incidents/?host=TR");
      assert.match(tr.body, /<option value="TR" selected>/);
      assert.match(tr.body, /Turkey|Türkiye/);
    });

    it("answers bad input with a page in the reader's language, never a 500", async () => {
      for (const q of [
        "?host=XX",
        "?year=abc",
        "?stage=9",
        "?page=-1",
        "?page=0",
        "?page=999",
        `?origin=${"A".repeat(5000)}`,
        "?tactic=%00",
        "?host[]=GE",
      ]) {
        const res = await get(`/ka/incidents/${q}`);
        assert.ok(res.statusCode === 400 || res.statusCode === 200, `${q}: ${res.statusCode}`);
        if (res.statusCode === 400) assert.match(res.body, /წარმოიშვა პრობლემა/, q);
      }
      const bad = await get("/en/incidents/?host=XX");
      assert.match(bad.body, /Host state: choose a value from the list/);
      for (const url of [
        "/en/incidents/i0000000000000000dead/",
        "/en/incidents/..%2Fx/",
        "/en/incidents/page/abc/",
        "/en/incidents/page/99/",
        "/en/incidents/host/ZZ/",
        "/en/accountability/ZZ/",
        "/en/accountability/ge/",
      ]) {
        const res = await get(url);
        assert.equal(res.statusCode, 404, url);
      }
    });

    it("shows an incident generalised, with responsibility, response and graded sources", async () => {
      const res = await get(`/en/incidents/${caseId}/`);
      assert.match(res.body, /May 2017/);
      assert.doesNotMatch(res.body, /2017-05-29|29 May/);
      assert.match(res.body, /Tbilisi, Georgia/);
      assert.match(res.body, /Azerbaijan/);
      assert.match(res.body, /Likely/i);
      assert.match(res.body, /Grade B2/);
      assert.match(res.body, /rel="noopener noreferrer"/);
      assert.match(res.body, /Registered/);
      assert.match(res.body, /class="breadcrumb"/);
      const waiting = await get(`/ru/incidents/i${"9".padStart(20, "0")}/`);
      assert.match(waiting.body, /Ответа нет уже 400 дней/);
    });

    it("downloads CSV with the public columns and neutralised formulas", async () => {
      const res = await get("/data/incidents.csv");
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers["content-type"]), /^text\/csv; charset=utf-8/);
      assert.ok(res.body.startsWith("\uFEFF"), "UTF-8 byte order mark");
      const rows = parseCsv(res.body.slice(1));
      assert.deepEqual(rows[0], [...DOWNLOAD_COLUMNS]);
      assert.equal(rows.length, 14);
      for (const r of rows) assert.equal(r.length, DOWNLOAD_COLUMNS.length);
      const summary = DOWNLOAD_COLUMNS.indexOf("summary");
      const risky = rows.find((r) => r[summary]!.includes("HYPERLINK"))!;
      assert.equal(risky[summary], `'=HYPERLINK("http://evil.example","click"), then "quoted"`);
      const sources = risky[DOWNLOAD_COLUMNS.indexOf("sources")]!;
      assert.ok(sources.startsWith("B2 +Report"), sources);
      for (const r of rows.slice(1)) for (const c of r) assert.doesNotMatch(c, /^[=+\-@]/);
      assert.equal(res.headers["set-cookie"], undefined);
    });

    it("downloads JSON that parses, with the same columns", async () => {
      const res = await get("/data/incidents.json");
      assert.equal(res.statusCode, 200);
      const rows = JSON.parse(res.body) as Record<string, unknown>[];
      assert.equal(rows.length, 13);
      for (const r of rows) assert.deepEqual(Object.keys(r), [...DOWNLOAD_COLUMNS]);
    });

    it("lists mirror paths and renders mirror pages with relative links, form to the live site", async () => {
      const base = { mode: "static" as const, db: t.vault.stores.publicDb, now: new Date() };
      const config = { ...siteConfig({}, false), liveUrl: "https://tnr.example" };
      const found: Record<string, number> = {};
      for (const page of INCIDENT_PAGES) {
        found[page.id] = 0;
        for await (const _ of page.paths({ ...base, config }, "en")) found[page.id]!++;
      }
      assert.equal(found.incident, 13);
      assert.equal(found["incidents-host"], 3);
      assert.equal(found["incidents-page"], 0);
      const list = INCIDENT_PAGES.find((p) => p.id === "incidents")!;
      const ctx = { ...base, config, lang: "az" as const, path: "/az/incidents/" };
      const out = await list.render(ctx, {});
      assert.match(String(out!.body), /action="https:\/\/tnr.example\/az\/incidents\/"/);
      assert.match(String(out!.body), /href="\.\.\/\.\.\/az\/incidents\/host\/GE\/index.html"/);
      const bare = await list.render({ ...ctx, config: { ...config, liveUrl: null } }, {});
      assert.doesNotMatch(String(bare!.body), /<form/);
    });

    it("shows withheld cells as withheld and never their number", async () => {
      const res = await get("/en/accountability/");
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /withheld/);
      assert.doesNotMatch(res.body, /&lt;5|fewer than/);
      // TR has 2 verified incidents: its row in the map's table must not say 2.
      const row = /<th scope="row">(?:Turkey|Türkiye)<\/th>((?:<td[^>]*>[^<]*<\/td>)+)/.exec(
        res.body,
      );
      assert.ok(row, "TR is in the map table");
      assert.match(row[1]!, /withheld/);
      assert.doesNotMatch(row[1]!, />2</);
      assert.match(res.body, /href="\/en\/methodology\/"/);
      const ka = await get("/ka/accountability/");
      assert.match(ka.body, /დაფარულია/);
    });
  });
}
