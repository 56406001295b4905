import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { describe, it } from "node:test";
import fc from "fast-check";
import { IntegrityError } from "../errors.ts";
import {
  newDataKey,
  open,
  openBytes,
  seal,
  sealBytes,
  unwrapDataKey,
  wrapDataKey,
} from "./field-cipher.ts";

const key = randomBytes(32);
const aad = "person_identity/0b6f/full_name";

/** Flips one bit of the byte at `index` of a sealed `g1.` string's binary body. */
function flipByte(sealed: string, index: number): string {
  const body = Buffer.from(sealed.slice(3), "base64url");
  body[index % body.length]! ^= 0x01;
  return `g1.${body.toString("base64url")}`;
}

const NAMES = [
  "აფგან მუხთარლი",
  "Афган Мухтарлы",
  "Əfqan Müxtarlı",
  "Leyla 🕊️ Mustafayeva",
  "👨‍👩‍👧 family of four",
  "",
];

describe("field cipher: seal and open", () => {
  it("returns every string it sealed, in any script", () => {
    for (const name of NAMES) assert.equal(open(key, seal(key, name, aad), aad), name);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "grapheme" }),
          fc.string({ unit: "binary" }),
          fc.constantFrom(...NAMES),
          fc.array(fc.constantFrom(...NAMES, " ", "\n"), { maxLength: 8 }).map((a) => a.join("")),
        ),
        fc.string({ maxLength: 60 }),
        (plaintext, context) => {
          assert.equal(open(key, seal(key, plaintext, context), context), plaintext);
        },
      ),
    );
  });

  it("never leaves the plaintext readable and never repeats a ciphertext", () => {
    const a = seal(key, "CANARY-Müxtarlı", aad);
    const b = seal(key, "CANARY-Müxtarlı", aad);
    assert.match(a, /^g1\.[A-Za-z0-9_-]+$/);
    assert.notEqual(a, b);
    assert.doesNotMatch(Buffer.from(a.slice(3), "base64url").toString("latin1"), /CANARY/);
  });

  it("refuses the wrong key with IntegrityError", () => {
    const sealed = seal(key, "Дашгын Агаларлы", aad);
    assert.throws(() => open(randomBytes(32), sealed, aad), IntegrityError);
    assert.throws(() => open(randomBytes(32), sealed, aad), {
      message: "Ciphertext failed authentication.",
    });
  });

  it("refuses the wrong associated data (a value moved to another record or field)", () => {
    const sealed = seal(key, "+995 500 000 099", "person_identity/a/contacts");
    assert.throws(() => open(key, sealed, "person_identity/b/contacts"), IntegrityError);
    assert.throws(() => open(key, sealed, "person_identity/a/full_name"), IntegrityError);
    assert.throws(() => open(key, sealed, ""), IntegrityError);
  });

  it("refuses a ciphertext with any one byte flipped (iv, body or tag)", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.nat(), (plaintext, index) => {
        const damaged = flipByte(seal(key, plaintext, aad), index);
        assert.throws(() => open(key, damaged, aad), IntegrityError);
      }),
    );
  });

  it("refuses unknown formats and truncated ciphertexts with IntegrityError", () => {
    const sealed = seal(key, "Isgenderli", aad);
    assert.throws(
      () => open(key, sealed.replace(/^g1\./, "g2."), aad),
      (e: unknown) => e instanceof IntegrityError && e.message === "Unknown ciphertext format.",
    );
    assert.throws(() => open(key, "Isgenderli", aad), IntegrityError);
    assert.throws(() => open(key, "g1.", aad), { message: "Ciphertext is too short." });
    assert.throws(() => open(key, sealed.slice(0, 20), aad), IntegrityError);
    assert.throws(() => openBytes(key, new Uint8Array(27), aad), IntegrityError);
  });

  it("opens bytes sealed inside a larger buffer (non-zero byteOffset)", () => {
    const sealed = sealBytes(key, Buffer.from("evidence bytes"), aad);
    const padded = Buffer.concat([Buffer.alloc(7, 0xaa), sealed]);
    const view = new Uint8Array(padded.buffer, padded.byteOffset + 7, sealed.length);
    assert.equal(openBytes(key, view, aad).toString("utf8"), "evidence bytes");
  });
});

describe("field cipher: data keys", () => {
  const kek = randomBytes(32);

  it("wraps and unwraps a data key for the same record", () => {
    const dek = newDataKey();
    assert.equal(dek.length, 32);
    const wrapped = wrapDataKey(kek, dek, "incident/1f2e");
    assert.match(wrapped, /^[A-Za-z0-9_-]+$/);
    assert.deepEqual(unwrapDataKey(kek, wrapped, "incident/1f2e"), dek);
    assert.notDeepEqual(newDataKey(), dek);
  });

  it("binds the wrapped key to its record: another record ref is refused", () => {
    const wrapped = wrapDataKey(kek, newDataKey(), "person_identity/aaaa");
    assert.throws(() => unwrapDataKey(kek, wrapped, "person_identity/bbbb"), IntegrityError);
    assert.throws(() => unwrapDataKey(kek, wrapped, "incident/aaaa"), IntegrityError);
  });

  it("refuses a wrong key-encryption key and a damaged wrapped key", () => {
    const wrapped = wrapDataKey(kek, newDataKey(), "act/42");
    assert.throws(() => unwrapDataKey(randomBytes(32), wrapped, "act/42"), IntegrityError);
    const raw = Buffer.from(wrapped, "base64url");
    raw[20]! ^= 0x80;
    assert.throws(() => unwrapDataKey(kek, raw.toString("base64url"), "act/42"), IntegrityError);
  });

  it("a field sealed under one record's data key cannot be opened with another's", () => {
    const dekA = newDataKey();
    const dekB = newDataKey();
    const sealed = seal(dekA, "Əfqan Müxtarlı", aad);
    assert.throws(() => open(dekB, sealed, aad), IntegrityError);
    const unwrapped = unwrapDataKey(kek, wrapDataKey(kek, dekA, "x/1"), "x/1");
    assert.equal(open(unwrapped, sealed, aad), "Əfqan Müxtarlı");
  });
});
