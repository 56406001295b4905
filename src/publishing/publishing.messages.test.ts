import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { LANGUAGES } from "../i18n/languages.ts";
import { PUBLISHING_MESSAGES, pt } from "./publishing.messages.ts";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

// The script each catalogue must be written in (a copied English line would fail here).
const SCRIPT = { ka: /\p{Script=Georgian}/u, ru: /\p{Script=Cyrillic}/u, az: /[əğıöüşçƏĞİÖÜŞÇ]/u };

describe("publishing catalogue", () => {
  const en = PUBLISHING_MESSAGES.en;

  it("has every key in every language, with the same placeholders", () => {
    for (const lang of LANGUAGES) {
      const catalogue = PUBLISHING_MESSAGES[lang];
      assert.deepEqual(Object.keys(catalogue).sort(), Object.keys(en).sort(), lang);
      for (const [key, text] of Object.entries(catalogue)) {
        assert.ok(text.trim(), `${lang} ${key} is empty`);
        assert.deepEqual(
          placeholders(text),
          placeholders(en[key as keyof typeof en]),
          `${lang} ${key}`,
        );
      }
    }
  });

  it("is really translated: most messages are in the language's own script", () => {
    for (const [lang, script] of Object.entries(SCRIPT)) {
      const texts = Object.values(PUBLISHING_MESSAGES[lang as keyof typeof SCRIPT]);
      const native = texts.filter((t) => script.test(t)).length;
      assert.ok(native / texts.length > 0.6, `${lang}: ${native} of ${texts.length}`);
    }
  });

  it("fills placeholders", () => {
    assert.equal(pt("ru", "preview.incident_heading", { id: "TNR-1" }), "Инцидент TNR-1");
    assert.equal(pt("en", "review.title", { title: "X" }), "Publication of “X”");
  });
});
