import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { describe, it } from "node:test";
import fc from "fast-check";
import { nameTokens, queryTokens } from "./blind-index.ts";
import { nameForms, normaliseName, queryForms, toLatin } from "./transliterate.ts";

/** True when a search for `query` would find a person stored under `stored`. */
function finds(query: string, stored: string): boolean {
  const indexed = new Set(nameForms(stored));
  return queryForms(query).some((f) => indexed.has(f));
}

/** Asserts that every spelling of a group finds every other (and itself). */
function assertAllMeet(spellings: string[]): void {
  for (const query of spellings)
    for (const stored of spellings)
      assert.ok(finds(query, stored), `"${query}" should find "${stored}"`);
}

const MUKHTARLI = ["Afgan Mukhtarli", "Əfqan Müxtarlı", "Афган Мухтарлы", "აფგან მუხთარლი"];
const AGHALARLI = ["Dashgin Aghalarli", "Daşqın Ağalarlı", "Дашгын Агаларлы"];
const ISGENDERLI = ["Isgenderli", "İsgəndərli", "Исгендерли", "ისგენდერლი"];

describe("transliteration: one person, four scripts", () => {
  it("Afgan Mukhtarli in Latin, Azerbaijani, Cyrillic and Georgian share a form", () => {
    const shared = MUKHTARLI.map((n) => new Set(nameForms(n))).reduce(
      (acc, s) => new Set([...acc].filter((f) => s.has(f))),
    );
    assert.ok(shared.has("word:muhtarli"), `shared: ${[...shared].join(", ")}`);
    assertAllMeet(MUKHTARLI);
  });

  it("Dashgin Aghalarli / Daşqın Ağalarlı / Дашгын Агаларлы find each other", () => {
    assertAllMeet(AGHALARLI);
    assert.equal(toLatin("Daşqın Ağalarlı"), "dashgin aghalarli");
  });

  it("Isgenderli / İsgəndərli / Исгендерли / ისგენდერლი find each other", () => {
    assertAllMeet(ISGENDERLI);
    assert.equal(new Set(ISGENDERLI.map((n) => nameForms(n).join("|"))).size, 1, "one single-word form for all four spellings");
  });

  it("ə spelt a (English) or e (Russian) still meets: Əliyev, Aliyev, Алиев; Məmmədov, Mammadov, Мамедов", () => {
    assertAllMeet(["Əliyev", "Aliyev", "Алиев"]);
    assertAllMeet(["Məmmədov", "Mammadov", "Мамедов"]);
  });

  it("a surname alone finds the full name in every script", () => {
    for (const surname of ["Mukhtarli", "Müxtarlı", "Мухтарлы", "მუხთარლი", "MUKHTARLI"])
      for (const full of MUKHTARLI) assert.ok(finds(surname, full), `${surname} → ${full}`);
    for (const surname of ["Aghalarli", "Ağalarlı", "Агаларлы"])
      for (const full of AGHALARLI) assert.ok(finds(surname, full), `${surname} → ${full}`);
  });

  it("a two-word query does not match on a first name alone", () => {
    assert.equal(finds("Afgan Aliyev", "Afgan Mukhtarli"), false);
    assert.ok(!queryForms("Afgan Mukhtarli").some((f) => f.startsWith("word:")));
    assert.deepEqual(
      queryForms("Mukhtarli").filter((f) => f.startsWith("word:")),
      ["word:muhtarli"],
    );
  });
});

describe("transliteration: dotted and dotless i", () => {
  it("folds İ, I, ı and i to one letter, in any case", () => {
    for (const n of ["IŞIQ", "Işıq", "ışıq", "İşiq", "işıq"])
      assert.equal(normaliseName(n), "işiq");
    assert.equal(toLatin("İsgəndərli"), "isgenderli");
    assert.equal(toLatin("ISGƏNDƏRLI"), "isgenderli");
    assert.equal(toLatin("Müxtarlı"), "mukhtarli");
    assertAllMeet(["İSGƏNDƏRLİ", "Isgenderli", "isgəndərlı", "ISGENDERLI"]);
  });

  it("composes decomposed input (I + combining dot) before folding", () => {
    assert.equal(normaliseName("I\u0307sgəndərli"), normaliseName("İsgəndərli"));
    assert.deepEqual(nameForms("I\u0307sgəndərli"), nameForms("İsgəndərli"));
  });
});

describe("transliteration: different people stay apart", () => {
  const PEOPLE = [
    "Leyla Mustafayeva",
    "Gulnur Kazimova",
    "Afgan Mukhtarli",
    "Dashgin Aghalarli",
    "Isgenderli",
    "Ramin Hasanov",
  ];

  it("no two different names share any form", () => {
    for (const a of PEOPLE)
      for (const b of PEOPLE) {
        if (a === b) continue;
        const fa = new Set(nameForms(a));
        const common = nameForms(b).filter((f) => fa.has(f));
        assert.deepEqual(common, [], `${a} / ${b}`);
        assert.equal(finds(a, b), false, `${a} must not find ${b}`);
      }
  });

  it("empty and punctuation-only input gives no forms", () => {
    assert.deepEqual(nameForms(""), []);
    assert.deepEqual(nameForms("   \n\t"), []);
    assert.deepEqual(queryForms(""), []);
  });

  it("never throws and always yields lower-case plain-Latin skeletons (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (name) => {
        const forms = nameForms(name);
        for (const f of forms) {
          const [kind, value = ""] = f.split(/:(.*)/s);
          if (kind === "exact") assert.equal(value, normaliseName(name));
          else assert.match(value, /^[a-z ]*$/, f);
        }
        for (const q of queryForms(name)) assert.ok(forms.includes(q));
      }),
    );
  });
});

describe("blind index tokens", () => {
  const key = randomBytes(32);

  it("a query in one script hits a token stored for another", () => {
    for (const query of MUKHTARLI)
      for (const stored of MUKHTARLI) {
        const stored_ = new Set(nameTokens(key, stored));
        assert.ok(
          queryTokens(key, query).some((t) => stored_.has(t)),
          `${query} → ${stored}`,
        );
      }
  });

  it("tokens are keyed: another installation's key gives unrelated tokens", () => {
    const other = nameTokens(randomBytes(32), "Afgan Mukhtarli");
    const mine = new Set(nameTokens(key, "Afgan Mukhtarli"));
    assert.equal(other.filter((t) => mine.has(t)).length, 0);
  });

  it("tokens reveal nothing of the name and have a fixed shape", () => {
    // A fixed key keeps this deterministic: random tokens could contain "afg" by chance.
    const fixed = Buffer.alloc(32, 7);
    const tokens = nameTokens(fixed, "Əfqan Müxtarlı");
    assert.equal(tokens.length, nameForms("Əfqan Müxtarlı").length);
    for (const t of tokens) {
      assert.match(t, /^[A-Za-z0-9_-]{32}$/);
      assert.doesNotMatch(t.toLowerCase(), /muk|mux|afg|efq/);
    }
    assert.deepEqual(nameTokens(fixed, "Əfqan Müxtarlı"), tokens);
  });
});
