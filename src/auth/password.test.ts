import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  checkPasswordPolicy,
  hashPassword,
  needsRehash,
  verifyDummyPassword,
  verifyPassword,
} from "./password.ts";

describe("password policy", () => {
  it("counts code points, not UTF-16 units", () => {
    assert.equal(checkPasswordPolicy("😀".repeat(11)), "password_too_short");
    assert.equal(checkPasswordPolicy("😀".repeat(12)), null);
    assert.equal(checkPasswordPolicy("a".repeat(129)), "password_too_long");
    assert.equal(checkPasswordPolicy("ქართული ანბანი"), null);
  });

  it("refuses common passwords whatever their case, but has no composition rules", () => {
    assert.equal(checkPasswordPolicy("password1234"), "password_common");
    assert.equal(checkPasswordPolicy("Qwertyuiop123"), "password_common");
    assert.equal(checkPasswordPolicy("123456789012"), "password_common");
    assert.equal(checkPasswordPolicy("correct horse battery"), null);
    assert.equal(checkPasswordPolicy("alllowercaseletters"), null);
  });
});

describe("password hashing", () => {
  it("hashes with argon2id at the OWASP parameters and verifies", async () => {
    const h = await hashPassword("correct horse battery");
    assert.match(h, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    assert.equal(await verifyPassword(h, "correct horse battery"), true);
    assert.equal(await verifyPassword(h, "correct horse batterz"), false);
    assert.equal(await verifyPassword("not a hash", "x"), false);
    assert.equal(needsRehash(h), false);
    assert.equal(needsRehash("$argon2id$v=19$m=4096,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo"), true);
  });

  it("treats compatibility forms of a character as the same password (NFKC)", async () => {
    const h = await hashPassword("ﬁle cabinet key");
    assert.equal(await verifyPassword(h, "file cabinet key"), true);
  });

  it("answers false for unknown accounts after doing the same work", async () => {
    assert.equal(await verifyDummyPassword("anything at all"), false);
  });
});
