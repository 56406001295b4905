import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { LANGUAGES } from "../../../i18n/languages.ts";
import { ABOUT_MESSAGES } from "./about.messages.ts";
import { ACCESSIBILITY_MESSAGES } from "./accessibility.messages.ts";
import { DOCUMENTS_MESSAGES } from "./documents.messages.ts";
import { FEEDS_MESSAGES } from "./feeds.messages.ts";
import { METHODOLOGY_MESSAGES } from "./methodology.messages.ts";

const CATALOGUES = {
  documents: DOCUMENTS_MESSAGES,
  feeds: FEEDS_MESSAGES,
  about: ABOUT_MESSAGES,
  methodology: METHODOLOGY_MESSAGES,
  accessibility: ACCESSIBILITY_MESSAGES,
} as const;

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
// Each language must be written in its own script, not left in English.
const SCRIPT = { ka: /\p{Script=Georgian}/u, ru: /\p{Script=Cyrillic}/u, az: /[əğıöüşç]/i };

describe("catalogues of the documents and information pages", () => {
  for (const [name, catalogue] of Object.entries(CATALOGUES)) {
    it(`${name}: every language has every key, with the same placeholders`, () => {
      const keys = Object.keys(catalogue.en).sort();
      for (const l of LANGUAGES) {
        const messages = catalogue[l] as Record<string, string>;
        assert.deepEqual(Object.keys(messages).sort(), keys, `${name}/${l}`);
        for (const k of keys) {
          const text = messages[k]!;
          assert.ok(text.trim().length > 0, `${name}/${l}/${k} is empty`);
          const expected = placeholders((catalogue.en as Record<string, string>)[k]!);
          // Plural forms repeat the placeholders: compare the set, not the count.
          assert.deepEqual(
            [...new Set(placeholders(text))],
            [...new Set(expected)],
            `${name}/${l}/${k}`,
          );
        }
      }
    });

    it(`${name}: Georgian, Russian and Azerbaijani are written in their own scripts`, () => {
      for (const l of ["ka", "ru", "az"] as const) {
        const all = Object.values(catalogue[l] as Record<string, string>).join(" ");
        assert.match(all, SCRIPT[l], `${name}/${l}`);
        const same = Object.entries(catalogue[l] as Record<string, string>).filter(
          ([k, v]) => v === (catalogue.en as Record<string, string>)[k] && /[a-z]{4}/.test(v),
        );
        assert.deepEqual(
          same.map(([k]) => k).filter((k) => !k.startsWith("feed.")),
          [],
          `${name}/${l}: untranslated`,
        );
      }
    });
  }
});
