import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import fc from "fast-check";
import { fileComplaint, seedCase } from "../test-support/factories.ts";
import { createTestVault, DIALECTS, type TestVault } from "../test-support/test-vault.ts";
import { TACTICS } from "../vocabularies/vocabulary.codes.ts";
import {
  searchIncidents,
  type IncidentQuery,
  type IncidentSearchResult,
} from "./incident-search.repository.ts";

const ORIGINS = ["AZ", "TJ", "RU", "TM"];
const HOSTS = ["GE", "TR", "DE", "UA", "LT"];
const ACTS = ["Abduction", "Beating", "Surveillance", "Hacking", "Deportation", "Smear"];
const TARGETS = ["journalist", "blogger", "activist", "lawyer", "relative"];
/** Cities as written, and the plain word the model expects a search to match. */
const CITIES = [
  ["Tbilisi", "tbilisi"],
  ["Batumi", "batumi"],
  ["Berlin", "berlin"],
  ["Kyiv", "kyiv"],
  ["Vilnius", "vilnius"],
  ["İstanbul", "istanbul"],
] as const;
const OUTLETS = ["Meydan", "Turan", "Abzas", "Kanal"];
const TACTIC_LIST: (keyof typeof TACTICS)[] = [
  "abduction_rendition",
  "assault",
  "stalking",
  "spyware",
  "phishing",
  "unlawful_deportation",
  "interpol_notice",
  "criminal_case_home",
];

/** What the test knows about each seeded incident: the model the search is checked against. */
interface Seeded {
  id: string;
  words: string[];
  origin: string;
  host: string;
  year: number;
  tactic: string;
  group: string;
  stage: number;
}

/** Words of a query as a user means them: letters and digits, any case, İ being a capital i. */
function modelWords(text = ""): string[] {
  const lower = text.normalize("NFC").replace(/İ/g, "i").toLowerCase();
  return lower.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The incidents a query should match, by the model. */
function expected(model: Seeded[], q: IncidentQuery): Seeded[] {
  const words = modelWords(q.text);
  return model.filter(
    (s) =>
      words.every((w) => s.words.some((sw) => sw.startsWith(w))) &&
      (!q.origin || s.origin === q.origin) &&
      (!q.host || s.host === q.host) &&
      (!q.tactic || s.tactic === q.tactic) &&
      (!q.tacticGroup || s.group === q.tacticGroup) &&
      (q.yearFrom === undefined || s.year >= q.yearFrom) &&
      (q.yearTo === undefined || s.year <= q.yearTo),
  );
}

/** Counts of a model subset by one key, as the facets report them. */
function countBy(rows: Seeded[], key: (s: Seeded) => string | number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of rows) out[String(key(r))] = (out[String(key(r))] ?? 0) + 1;
  return out;
}

for (const dialect of DIALECTS) {
  describe(`incident search on ${dialect}`, () => {
    let t: TestVault;
    const model: Seeded[] = [];
    const search = (q: IncidentQuery): Promise<IncidentSearchResult> =>
      searchIncidents(t.vault.db(), dialect, { pageSize: 200, ...q });

    /** Asserts the search returns exactly the model's matches, with right totals and facets. */
    async function assertMatches(q: IncidentQuery, atLeast = 1): Promise<void> {
      const want = expected(model, q);
      assert.ok(want.length >= atLeast, `the model has matches for ${JSON.stringify(q)}`);
      const got = await search(q);
      const label = JSON.stringify(q);
      assert.deepEqual(got.items.map((i) => i.id).sort(), want.map((s) => s.id).sort(), label);
      assert.equal(got.total, want.length, label);
      assert.deepEqual(
        got.facets.origin,
        countBy(want, (s) => s.origin),
        label,
      );
      assert.deepEqual(
        got.facets.host,
        countBy(want, (s) => s.host),
        label,
      );
      assert.deepEqual(
        got.facets.year,
        countBy(want, (s) => s.year),
        label,
      );
      assert.deepEqual(
        got.facets.stage,
        countBy(want, (s) => s.stage),
        label,
      );
    }

    before(async () => {
      t = await createTestVault(dialect);
      for (let i = 0; i < 30; i++) {
        const [city, cityWord] = CITIES[(i * 5) % 6]!;
        const title = `${ACTS[i % 6]} of ${TARGETS[i % 5]} in ${city}`;
        const summary = `Reported by ${OUTLETS[i % 4]}.`;
        const tactic = TACTIC_LIST[i % 8]!;
        const year = 2014 + (i % 9);
        const { incident } = await seedCase(t, {
          tactic,
          incident: {
            title,
            public_summary: summary,
            origin_state: ORIGINS[i % 4],
            host_state: HOSTS[i % 5],
            start_date: `${year}-0${1 + (i % 9)}`,
          },
        });
        let stage = 0;
        if (i % 3 === 0) {
          await fileComplaint(t, incident, ["filed", "registered"]);
          stage = 2;
        }
        if (i % 7 === 0) {
          await fileComplaint(t, incident, ["filed", "registered", "investigation_opened"]);
          stage = 3;
        }
        model.push({
          id: incident.id,
          words: [
            ACTS[i % 6]!,
            "of",
            TARGETS[i % 5]!,
            "in",
            cityWord,
            "reported",
            "by",
            OUTLETS[i % 4]!,
          ].map((w) => w.toLowerCase()),
          origin: ORIGINS[i % 4]!,
          host: HOSTS[i % 5]!,
          year,
          tactic,
          group: TACTICS[tactic],
          stage,
        });
      }
    });
    after(async () => t.close());

    it("without a query returns every incident with facets over all", async () => {
      await assertMatches({}, 30);
    });

    it("finds by a text word, by a prefix, and by several words together", async () => {
      await assertMatches({ text: "surveillance" });
      await assertMatches({ text: "Surv" });
      await assertMatches({ text: "abduct" });
      await assertMatches({ text: "journalist Tbilisi" });
      await assertMatches({ text: "JOURNALIST" });
      await assertMatches({ text: "meydan" });
      // Text never matches the facet tokens indexed beside it ("vverified", "tspyware", "oaz").
      for (const text of ["v", "t", "oaz", "y2017"]) await assertMatches({ text }, 0);
      assert.equal((await search({ text: "nonexistentword" })).total, 0);
      assert.equal((await search({ text: "journalist Vilnius Abduction" })).total, 0);
    });

    it("finds a word written with a capital dotted İ", async () => {
      await assertMatches({ text: "İstanbul" }, 2);
      await assertMatches({ text: "istanbul" }, 2);
    });

    it("filters by origin, host, tactic and tactic group", async () => {
      for (const origin of ORIGINS) await assertMatches({ origin });
      for (const host of HOSTS) await assertMatches({ host });
      await assertMatches({ tactic: "spyware" });
      await assertMatches({ tactic: "interpol_notice" });
      await assertMatches({ tacticGroup: "direct_attack" }, 10);
      await assertMatches({ tacticGroup: "co_opted_host_state" });
      await assertMatches({ tacticGroup: "digital_threats" });
      assert.equal((await search({ tactic: "assassination" })).total, 0);
    });

    it("filters by a year range, open on either side", async () => {
      await assertMatches({ yearFrom: 2016, yearTo: 2018 });
      await assertMatches({ yearFrom: 2020 });
      await assertMatches({ yearTo: 2015 });
      await assertMatches({ yearFrom: 2019, yearTo: 2019 });
    });

    it("a year range with no years in it finds nothing", async () => {
      assert.equal((await search({ yearFrom: 2020, yearTo: 2016 })).total, 0);
      assert.equal((await search({ yearFrom: 2100 })).total, 0);
      assert.equal((await search({ yearTo: 1980 })).total, 0);
    });

    it("combines text, filters and years", async () => {
      await assertMatches({ text: "of", origin: "AZ", host: "GE" });
      await assertMatches({ text: "Reported", tacticGroup: "direct_attack", yearFrom: 2016 });
      await assertMatches({ origin: "RU", tactic: "stalking" });
      await assertMatches({ host: "DE", yearFrom: 2014, yearTo: 2017, text: "b" });
    });

    it("pages through results: page 2 of 5 holds the next five", async () => {
      const all = await search({});
      const page1 = await searchIncidents(t.vault.db(), dialect, { pageSize: 5, page: 1 });
      const page2 = await searchIncidents(t.vault.db(), dialect, { pageSize: 5, page: 2 });
      assert.deepEqual(page1.items, all.items.slice(0, 5));
      assert.deepEqual(page2.items, all.items.slice(5, 10));
      assert.equal(page2.total, 30);
      const years = all.items.map((i) => i.start_year ?? 0);
      assert.deepEqual(
        years,
        [...years].sort((a, b) => b - a),
        "newest first",
      );
      const last = await searchIncidents(t.vault.db(), dialect, { pageSize: 7, page: 5 });
      assert.deepEqual(last.items, all.items.slice(28));
      assert.deepEqual(
        (await searchIncidents(t.vault.db(), dialect, { pageSize: 5, page: 9 })).items,
        [],
      );
    });

    it("never throws on full-text syntax in the text: quotes, *, (), AND/OR/NEAR", async () => {
      const nasty = [
        '"',
        '""',
        "*",
        "journalist*",
        "(",
        ")",
        "(journalist",
        'abd" OR "x',
        "AND",
        "OR",
        "NOT",
        "NEAR",
        "NEAR(a b)",
        "journalist AND",
        "OR Tbilisi",
        "a:b",
        "title:x",
        "^abd",
        "-x",
        "x & y | !z",
        "<->",
        "'",
        "\\",
        "{title}: x",
        "%",
        "_",
      ];
      for (const text of nasty) {
        const r = await search({ text });
        assert.ok(r.total >= 0 && r.items.length <= r.total, text);
      }
      // The operators are read as plain words: "and" and "near" are in no title.
      await assertMatches({ text: '"Tbilisi" (journalist)' });
      await assertMatches({ text: '"Tbilisi" AND (journalist)' }, 0);
      await assertMatches({ text: "surveillance* NEAR" }, 0);
    });

    it("never throws on arbitrary text and filters (property)", async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.string({ unit: "grapheme", maxLength: 40 }),
          fc.option(fc.string({ maxLength: 6 }), { nil: undefined }),
          fc.option(fc.integer({ min: -5000, max: 5000 }), { nil: undefined }),
          async (text, code, year) => {
            const r = await search({
              text,
              origin: code,
              tactic: code,
              yearFrom: year,
              page: year,
            });
            assert.ok(r.total >= 0 && r.items.length <= 200);
          },
        ),
        { numRuns: 150 },
      );
    });
  });
}
