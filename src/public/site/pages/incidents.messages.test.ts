import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { LANGUAGES } from "../../../i18n/languages.ts";
import { accountabilityMessages } from "./accountability.messages.ts";
import { DICTIONARY } from "./data.dictionary.ts";
import { dataMessages } from "./data.messages.ts";
import { DOWNLOAD_COLUMNS } from "./data.record.ts";
import { incidentMessages } from "./incident.messages.ts";
import { incidentsMessages } from "./incidents.messages.ts";

const placeholders = (s: string) => [...new Set(s.match(/\{\w+\}/g) ?? [])].sort();
// Each language must be written in its own script, not left in English.
const SCRIPT = {
  ka: /[\u10D0-\u10FF]/,
  ru: /[\u0400-\u04FF]/,
  az: /[əğıöşüçƏĞİÖŞÜÇ]/i,
  en: /[a-z]/i,
};

describe("incident, data and dashboard catalogues", () => {
  const catalogues = { incidentsMessages, incidentMessages, dataMessages, accountabilityMessages };
  for (const [name, cat] of Object.entries(catalogues))
    it(`${name}: every language has every key with the same placeholders`, () => {
      const keys = Object.keys(cat.en).sort();
      for (const l of LANGUAGES) {
        const c = cat[l] as Record<string, string>;
        assert.deepEqual(Object.keys(c).sort(), keys, l);
        for (const k of keys) {
          assert.ok(c[k]!.trim(), `${l}.${k} is empty`);
          assert.deepEqual(
            placeholders(c[k]!),
            placeholders((cat.en as Record<string, string>)[k]!),
            `${l}.${k}`,
          );
        }
        const scripted = keys.filter((k) => SCRIPT[l].test(c[k]!)).length;
        assert.ok(scripted >= keys.length * 0.6, `${l}: most strings in its own script`);
      }
    });

  it("the data dictionary describes every download column in four languages", () => {
    assert.deepEqual(Object.keys(DICTIONARY), [...DOWNLOAD_COLUMNS]);
    for (const c of DOWNLOAD_COLUMNS)
      for (const part of ["meaning", "values", "rule"] as const) {
        const phrase = DICTIONARY[c][part];
        assert.equal(phrase.length, 4, `${c}.${part}`);
        assert.ok(SCRIPT.ka.test(phrase[1]) || /^[a-z_, .]+$/.test(phrase[1]), `${c}.${part} ka`);
        assert.ok(
          phrase.every((s) => s.trim()),
          `${c}.${part}`,
        );
      }
  });
});
