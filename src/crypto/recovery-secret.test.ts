import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { wordlist } from "@scure/bip39/wordlists/english.js";
import { InvalidSecretError } from "../errors.ts";
import { generateMasterKey } from "./keys.ts";
import {
  combineShares,
  masterKeyToWords,
  parseSecret,
  splitMasterKey,
  wordsToMasterKey,
} from "./recovery-secret.ts";

/** A fixed key, so the checksum cases below are deterministic (a random one fails 1 in 256). */
const FIXED = Buffer.from(Array.from({ length: 32 }, (_, i) => (i * 37 + 11) & 255));
const FIXED_WORDS =
  "arctic live gadget display excess mandate sniff autumn people disorder affair hole " +
  "retreat fancy close tip deer village tuition orbit cannon owner maid spare";

/** Asserts an InvalidSecretError whose message matches `pattern`. */
function invalidSecret(pattern: RegExp) {
  return (e: unknown) => {
    assert.ok(e instanceof InvalidSecretError, `expected InvalidSecretError, got ${String(e)}`);
    assert.match(e.message, pattern);
    assert.equal(e.status, 403);
    return true;
  };
}

/** Every k-element subset of `items`. */
function combinations<T>(items: readonly T[], k: number): T[][] {
  if (k === 0) return [[]];
  return items.flatMap((x, i) => combinations(items.slice(i + 1), k - 1).map((c) => [x, ...c]));
}

describe("recovery secret: 24 words", () => {
  it("encodes a known key as 24 words from the BIP-39 list and decodes it back", () => {
    const words = masterKeyToWords(FIXED);
    assert.equal(words, FIXED_WORDS);
    assert.equal(words.split(" ").length, 24);
    for (const w of words.split(" ")) assert.ok(wordlist.includes(w), `${w} is a BIP-39 word`);
    assert.deepEqual(wordsToMasterKey(words), FIXED);
  });

  it("round-trips any 256-bit key", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (bytes) => {
        const words = masterKeyToWords(bytes);
        assert.equal(words.split(" ").length, 24);
        assert.deepEqual(wordsToMasterKey(words), Buffer.from(bytes));
      }),
    );
  });

  it("refuses a typo with a message that says what to check", () => {
    const typo = FIXED_WORDS.replace("arctic", "arctik");
    assert.throws(() => wordsToMasterKey(typo), invalidSecret(/check each word and its order/));
    const wrongWord = FIXED_WORDS.replace("village", "vintage");
    assert.throws(() => wordsToMasterKey(wrongWord), invalidSecret(/not valid/));
  });

  it("refuses words in the wrong order", () => {
    const words = FIXED_WORDS.split(" ");
    for (const [i, j] of [
      [0, 1],
      [3, 4],
      [10, 20],
      [22, 23],
    ] as const) {
      const swapped = [...words];
      [swapped[i], swapped[j]] = [swapped[j]!, swapped[i]!];
      assert.throws(
        () => wordsToMasterKey(swapped.join(" ")),
        invalidSecret(/check each word and its order/),
      );
    }
  });

  it("says how many words a secret has when some are missing or extra", () => {
    const words = FIXED_WORDS.split(" ");
    assert.throws(() => wordsToMasterKey(words.slice(0, 23).join(" ")), invalidSecret(/24 words/));
    assert.throws(
      () => wordsToMasterKey([...words, "abandon"].join(" ")),
      invalidSecret(/24 words/),
    );
    assert.throws(() => wordsToMasterKey(""), invalidSecret(/24 words/));
  });
});

describe("recovery secret: parseSecret", () => {
  it("accepts words with extra spaces, tabs, newlines and upper case", async () => {
    const words = FIXED_WORDS.split(" ");
    const messy =
      "\n  " +
      words
        .map((w, i) =>
          i % 3 === 0 ? w.toUpperCase() : i % 3 === 1 ? w[0]!.toUpperCase() + w.slice(1) : w,
        )
        .map((w, i) => (i % 6 === 5 ? `${w}\r\n` : i % 4 === 0 ? `${w}\t  ` : `${w} `))
        .join("") +
      "\n\n";
    assert.deepEqual(await parseSecret(messy), FIXED);
  });

  it("says so when nothing was given", async () => {
    await assert.rejects(parseSecret(" \n\t "), invalidSecret(/No recovery secret was given/));
  });
});

describe("recovery secret: Shamir shares", () => {
  it("any 3 of 5 shares rebuild the key (all 10 combinations), in any order", async () => {
    const master = generateMasterKey();
    const shares = await splitMasterKey(master, 5, 3);
    assert.equal(shares.length, 5);
    for (const s of shares) assert.match(s, /^tnrs1-[A-Za-z0-9_-]+$/);
    assert.equal(new Set(shares).size, 5);
    const sets = combinations(shares, 3);
    assert.equal(sets.length, 10);
    for (const set of sets) {
      assert.deepEqual(await parseSecret(set.join("\n")), master);
      assert.deepEqual(await parseSecret([...set].reverse().join("  ")), master);
    }
    assert.deepEqual(await parseSecret(shares.join("\n")), master);
  });

  it("2 of a 3-threshold split do not yield the key", async () => {
    const master = generateMasterKey();
    const shares = await splitMasterKey(master, 5, 3);
    for (const pair of combinations(shares, 2)) {
      let rebuilt: Buffer | null = null;
      try {
        rebuilt = await parseSecret(pair.join("\n"));
      } catch (e) {
        assert.ok(e instanceof Error);
      }
      if (rebuilt) assert.notDeepEqual(rebuilt, master);
    }
  });

  it("a single share is refused", async () => {
    const shares = await splitMasterKey(generateMasterKey(), 3, 2);
    await assert.rejects(parseSecret(shares[0]!), invalidSecret(/At least two shares/));
  });

  it("names a damaged share by its position", async () => {
    const shares = await splitMasterKey(FIXED, 5, 3);
    const chosen = [shares[0]!, shares[3]!, shares[4]!];
    for (let pos = 0; pos < 3; pos++) {
      const damaged = [...chosen];
      const s = damaged[pos]!;
      const i = 12;
      damaged[pos] = s.slice(0, i) + (s[i] === "A" ? "B" : "A") + s.slice(i + 1);
      await assert.rejects(
        parseSecret(damaged.join("\n")),
        invalidSecret(new RegExp(`^Share ${pos + 1} is damaged or mistyped\\.$`)),
      );
    }
    const truncated = [chosen[0]!, chosen[1]!.slice(0, -3), chosen[2]!];
    await assert.rejects(combineShares(truncated), invalidSecret(/Share 2 is damaged/));
  });

  it("refuses the same share given twice with a message naming both positions", async () => {
    const shares = await splitMasterKey(FIXED, 5, 3);
    await assert.rejects(
      parseSecret([shares[0]!, shares[1]!, shares[0]!].join("\n")),
      invalidSecret(/^Share 3 is the same as share 1\.$/),
    );
  });

  it("refuses impossible share counts", async () => {
    await assert.rejects(splitMasterKey(FIXED, 5, 1), invalidSecret(/threshold/));
    await assert.rejects(splitMasterKey(FIXED, 2, 3), invalidSecret(/threshold/));
    await assert.rejects(splitMasterKey(FIXED, 256, 3), invalidSecret(/255/));
  });
});
