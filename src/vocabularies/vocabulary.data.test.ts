import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Value } from "@sinclair/typebox/value";
import { FLAT_SCHEMES, SCHEMES, TACTICS, TACTIC_GROUPS } from "./vocabulary.codes.ts";
import { VOCABULARY_TERMS } from "./vocabulary.data.ts";
import { vocabularyTermSpec } from "./vocabulary.schema.ts";

const expectedCodes: Record<string, readonly string[]> = {
  tactic_group: Object.keys(TACTIC_GROUPS),
  tactic: Object.keys(TACTICS),
  ...FLAT_SCHEMES,
};

const codesOf = (scheme: string) =>
  VOCABULARY_TERMS.filter((t) => t.scheme === scheme).map((t) => t.code);

const GEORGIAN = /[\u10D0-\u10FF]/;
const CYRILLIC = /[\u0400-\u04FF]/;

describe("built-in vocabulary", () => {
  it("covers exactly the schemes of vocabulary.codes.ts", () => {
    assert.deepEqual(new Set(VOCABULARY_TERMS.map((t) => t.scheme)), new Set(SCHEMES));
  });

  it("has one term per code of every scheme, in display order", () => {
    for (const [scheme, codes] of Object.entries(expectedCodes)) {
      assert.deepEqual(codesOf(scheme), codes, scheme);
      const orders = VOCABULARY_TERMS.filter((t) => t.scheme === scheme).map((t) => t.sort_order);
      assert.deepEqual(
        orders,
        codes.map((_, i) => i),
        scheme,
      );
    }
  });

  it("has no duplicate scheme and code", () => {
    const keys = VOCABULARY_TERMS.map((t) => `${t.scheme}:${t.code}`);
    assert.equal(new Set(keys).size, keys.length);
  });

  it("labels every term in all four languages, in the right script", () => {
    for (const { scheme, code, labels } of VOCABULARY_TERMS) {
      const at = `${scheme}:${code}`;
      for (const lang of ["en", "ka", "az", "ru"] as const)
        assert.ok(labels[lang].trim().length > 0, `${at} ${lang}`);
      assert.match(labels.ka, GEORGIAN, at);
      assert.match(labels.ru, CYRILLIC, at);
      assert.doesNotMatch(labels.az, CYRILLIC, at);
      assert.doesNotMatch(labels.az, GEORGIAN, at);
    }
  });

  it("nests tactics under existing tactic groups", () => {
    const groups = new Set(codesOf("tactic_group"));
    for (const t of VOCABULARY_TERMS) {
      if (t.scheme === "tactic") assert.ok(t.parent && groups.has(t.parent), t.code);
      else if (t.scheme === "tactic_group") assert.ok(t.parent === null || groups.has(t.parent));
      else assert.equal(t.parent, null, `${t.scheme}:${t.code}`);
    }
  });

  it("maps every tactic and tactic group to a PACE group", () => {
    for (const t of VOCABULARY_TERMS) {
      if (t.scheme === "tactic" || t.scheme === "tactic_group")
        assert.ok(t.crosswalk.pace, `${t.scheme}:${t.code}`);
      else assert.equal(t.crosswalk.pace, null);
    }
  });

  it("uses only Freedom House's physical-tactic categories", () => {
    const categories = [
      "assassination",
      "assault",
      "detention",
      "unlawful deportation",
      "rendition",
    ];
    for (const t of VOCABULARY_TERMS) {
      if (t.crosswalk.freedom_house === null) continue;
      assert.equal(t.scheme, "tactic");
      assert.ok(categories.includes(t.crosswalk.freedom_house), t.code);
    }
  });

  it("validates every term against the record schema", () => {
    for (const t of VOCABULARY_TERMS) {
      const at = `${t.scheme}:${t.code}`;
      const errors = [...Value.Errors(vocabularyTermSpec.schema, t)];
      assert.deepEqual(
        errors.map((e) => `${at} ${e.path} ${e.message}`),
        [],
      );
      assert.ok(Value.Check(vocabularyTermSpec.schema, t), at);
    }
  });
});
