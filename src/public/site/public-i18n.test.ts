import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { LANGUAGES } from "../../i18n/languages.ts";
import { PUBLIC_CATALOGUES } from "./public-i18n.ts";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("public-site catalogue", () => {
  const en = PUBLIC_CATALOGUES.en;
  for (const lang of LANGUAGES) {
    it(`${lang} has every key, non-empty, with the same placeholders`, () => {
      const cat = PUBLIC_CATALOGUES[lang];
      assert.deepEqual(Object.keys(cat).sort(), Object.keys(en).sort());
      for (const [key, value] of Object.entries(cat)) {
        assert.ok(value.trim(), `${lang} ${key} is empty`);
        assert.deepEqual(
          placeholders(value),
          placeholders(en[key as keyof typeof en]),
          `${lang} ${key}`,
        );
        if (lang !== "en")
          assert.notEqual(value, en[key as keyof typeof en], `${lang} ${key} is English`);
      }
    });
  }
  it("is written in each language's script", () => {
    const all = (lang: (typeof LANGUAGES)[number]) =>
      Object.values(PUBLIC_CATALOGUES[lang]).join(" ");
    assert.ok((all("ka").match(/[\u10D0-\u10FF]/g) ?? []).length > 200, "Georgian (Mkhedruli)");
    assert.ok((all("ru").match(/[\u0400-\u04FF]/g) ?? []).length > 200, "Russian (Cyrillic)");
    assert.match(all("az"), /[əığşçöü]/);
  });
});
