import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CATALOGUES, formatNumber, t, tn, type MessageKey } from "./i18n.ts";
import { LANGUAGE_TAGS, LANGUAGES, negotiateLanguage, type Lang } from "./languages.ts";
import { en } from "./messages.en.ts";

const KEYS = Object.keys(en).sort() as MessageKey[];
const TRANSLATED = LANGUAGES.filter((l): l is Exclude<Lang, "en"> => l !== "en");

/** Values a translation may share with English: names and codes, not words. */
const SAME_AS_ENGLISH = new Set(["TNR Monitor", "#"]);

const PLURAL_FORM = /^(zero|one|two|few|many|other):/;

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}

function isPlural(text: string): boolean {
  return PLURAL_FORM.test(text);
}

/** The `category → text` forms of a plural message; throws on a malformed one. */
function pluralForms(text: string): Map<string, string> {
  const forms = new Map<string, string>();
  for (const part of text.split("|")) {
    const m = /^(zero|one|two|few|many|other):(.+)$/s.exec(part);
    assert.ok(m, `malformed plural form ${JSON.stringify(part)}`);
    assert.ok(!forms.has(m[1]!), `plural form ${m[1]} given twice`);
    forms.set(m[1]!, m[2]!);
  }
  return forms;
}

const PLURAL_KEYS = KEYS.filter((k) => isPlural(en[k]));

describe("catalogues", () => {
  it("English has plural messages to check", () => {
    assert.ok(PLURAL_KEYS.length > 0);
  });

  for (const lang of TRANSLATED) {
    describe(lang, () => {
      const cat = CATALOGUES[lang];

      it("has exactly the keys of English", () => {
        const keys = Object.keys(cat).sort();
        const missing = KEYS.filter((k) => !(k in cat));
        const extra = keys.filter((k) => !(k in en));
        assert.deepEqual({ missing, extra }, { missing: [], extra: [] });
      });

      it("has no empty value", () => {
        const empty = KEYS.filter((k) => typeof cat[k] !== "string" || cat[k].trim() === "");
        assert.deepEqual(empty, []);
      });

      it("translates every value (short allow-list of names and codes)", () => {
        const same = KEYS.filter((k) => cat[k] === en[k] && !SAME_AS_ENGLISH.has(en[k]));
        assert.deepEqual(same, []);
      });

      it("keeps the {placeholders} of English", () => {
        const wrong = KEYS.filter(
          (k) => placeholders(cat[k] ?? "").join() !== placeholders(en[k]).join(),
        ).map((k) => ({ key: k, en: placeholders(en[k]), [lang]: placeholders(cat[k] ?? "") }));
        assert.deepEqual(wrong, []);
      });

      it("has no leading or trailing spaces and no exclamation marks", () => {
        const bad = KEYS.filter(
          (k) => cat[k] !== cat[k].trim() || (cat[k].includes("!") && !en[k].includes("!")),
        );
        assert.deepEqual(bad, []);
      });

      it("writes plural messages exactly where English does", () => {
        const bad = KEYS.filter((k) => isPlural(cat[k]) !== isPlural(en[k]));
        assert.deepEqual(bad, []);
      });

      it("gives every plural category the language needs, each with English's placeholders", () => {
        const needed = new Intl.PluralRules(LANGUAGE_TAGS[lang]).resolvedOptions().pluralCategories;
        for (const key of PLURAL_KEYS) {
          const forms = pluralForms(cat[key]);
          for (const category of needed) {
            assert.ok(forms.has(category), `${lang} ${key}: no "${category}" form`);
          }
          const enOther = pluralForms(en[key]).get("other")!;
          for (const [category, text] of forms) {
            assert.ok(text.trim() !== "", `${lang} ${key}: empty "${category}" form`);
            assert.deepEqual(
              placeholders(text),
              placeholders(enOther),
              `${lang} ${key}: placeholders of the "${category}" form`,
            );
          }
        }
      });

      it("fills plural messages sensibly for 0, 1, 2, 5 and 21", () => {
        for (const key of PLURAL_KEYS) {
          for (const n of [0, 1, 2, 5, 21]) {
            const text = tn(lang, key, n);
            assert.ok(text.trim() !== "", `${lang} ${key} n=${n}: empty`);
            assert.doesNotMatch(text, PLURAL_FORM, `${lang} ${key} n=${n}`);
            assert.doesNotMatch(text, /\||\b(zero|one|two|few|many|other):/, `${lang} ${key}`);
            assert.doesNotMatch(text, /\{n\}/, `${lang} ${key} n=${n}: placeholder left`);
            assert.ok(text.includes(formatNumber(lang, n)), `${lang} ${key} n=${n}: ${text}`);
          }
        }
      });
    });
  }

  it("writes Georgian in Mkhedruli", () => {
    const bad = KEYS.filter(
      (k) => !SAME_AS_ENGLISH.has(CATALOGUES.ka[k]) && !/[\u10D0-\u10FF]/.test(CATALOGUES.ka[k]),
    );
    assert.deepEqual(bad, []);
  });

  it("writes Russian in Cyrillic", () => {
    const bad = KEYS.filter(
      (k) => !SAME_AS_ENGLISH.has(CATALOGUES.ru[k]) && !/[\u0400-\u04FF]/.test(CATALOGUES.ru[k]),
    );
    assert.deepEqual(bad, []);
  });

  it("writes Azerbaijani in Latin script with its own letters", () => {
    const foreign = KEYS.filter((k) => /[\u0400-\u04FF\u10A0-\u10FF]/.test(CATALOGUES.az[k]));
    assert.deepEqual(foreign, []);
    const all = KEYS.map((k) => CATALOGUES.az[k]).join(" ");
    for (const letter of ["ə", "ı", "ğ", "ş", "ç", "ö", "ü"]) {
      assert.ok(all.includes(letter), `no "${letter}" anywhere in the Azerbaijani catalogue`);
    }
  });

  it("keeps shell commands and the product name untranslated", () => {
    for (const lang of TRANSLATED) {
      assert.equal(CATALOGUES[lang]["site.name"], "TNR Monitor");
      assert.match(CATALOGUES[lang]["error.sealed.admin"], /tnr unseal/);
      assert.match(CATALOGUES[lang]["error.sealed.admin"], /TNR_UNSEAL_FILE/);
    }
  });
});

describe("t() and tn()", () => {
  it("fills placeholders in each language", () => {
    for (const lang of LANGUAGES) {
      const text = t(lang, "error.reference", { id: "ab12" });
      assert.match(text, /ab12/);
      assert.doesNotMatch(text, /\{id\}/);
    }
  });

  it("chooses the Russian plural forms", () => {
    assert.equal(tn("ru", "incidents.count", 0), "0 инцидентов");
    assert.equal(tn("ru", "incidents.count", 1), "1 инцидент");
    assert.equal(tn("ru", "incidents.count", 2), "2 инцидента");
    assert.equal(tn("ru", "incidents.count", 5), "5 инцидентов");
    assert.equal(tn("ru", "incidents.count", 11), "11 инцидентов");
    assert.equal(tn("ru", "incidents.count", 21), "21 инцидент");
    assert.equal(tn("ru", "incidents.count", 22), "22 инцидента");
  });

  it("chooses the English plural forms", () => {
    assert.equal(tn("en", "incidents.count", 0), "0 incidents");
    assert.equal(tn("en", "incidents.count", 1), "1 incident");
    assert.equal(tn("en", "incidents.count", 21), "21 incidents");
  });

  it("keeps the noun singular after numbers in Georgian and Azerbaijani", () => {
    assert.equal(tn("ka", "incidents.count", 5), "5 ინციდენტი");
    assert.equal(tn("az", "incidents.count", 5), "5 insident");
  });
});

describe("negotiateLanguage", () => {
  it("takes the first language by quality", () => {
    assert.equal(negotiateLanguage("ka-GE,ka;q=0.9,en;q=0.8"), "ka");
    assert.equal(negotiateLanguage("ru"), "ru");
    assert.equal(negotiateLanguage("az-Latn-AZ"), "az");
    assert.equal(negotiateLanguage("az-Cyrl-AZ"), "az");
    assert.equal(negotiateLanguage("RU-ru"), "ru");
    assert.equal(negotiateLanguage("en;q=0.5, ru;q=0.8"), "ru");
    assert.equal(negotiateLanguage("en, ka"), "en");
  });

  it("skips languages it does not have", () => {
    assert.equal(negotiateLanguage("de"), "en");
    assert.equal(negotiateLanguage("de-DE,de;q=0.9,ru;q=0.5"), "ru");
    assert.equal(negotiateLanguage("de", "ka"), "ka");
    assert.equal(negotiateLanguage("*"), "en");
  });

  it("falls back for an empty or missing header", () => {
    assert.equal(negotiateLanguage(""), "en");
    assert.equal(negotiateLanguage(undefined), "en");
    assert.equal(negotiateLanguage("", "az"), "az");
  });

  it("never picks a language with q=0", () => {
    assert.equal(negotiateLanguage("ka;q=0"), "en");
    assert.equal(negotiateLanguage("ka;q=0, ru;q=0.1"), "ru");
    assert.equal(negotiateLanguage("ru;q=0.0,az"), "az");
    assert.equal(negotiateLanguage("ka;q=0", "ru"), "ru");
  });

  it("treats a malformed quality as refusal", () => {
    assert.equal(negotiateLanguage("ka;q=abc, az;q=0.2"), "az");
  });
});
