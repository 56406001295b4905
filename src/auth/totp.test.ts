import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { matchTotpStep, newTotpSecret, totpCode, totpStep, totpUri } from "./totp.ts";

const now = new Date("2026-11-28T10:00:10.000Z");

describe("TOTP", () => {
  const secret = newTotpSecret();

  it("makes a 160-bit base32 secret and an otpauth URI for authenticator apps", () => {
    assert.match(secret, /^[A-Z2-7]{32}$/);
    const uri = totpUri(secret, "staff@example.org");
    assert.match(uri, /^otpauth:\/\/totp\/TNR%20Monitor:staff%40example\.org\?/);
    assert.match(uri, /digits=6/);
    assert.match(uri, /period=30/);
    assert.match(uri, new RegExp(`secret=${secret}`));
  });

  it("accepts the current code and one step either side, nothing further", () => {
    const step = totpStep(now);
    for (const d of [-1, 0, 1]) {
      const code = totpCode(secret, new Date(now.getTime() + d * 30_000));
      assert.equal(matchTotpStep(secret, code, now, 0), step + d);
    }
    for (const d of [-3, -2, 2, 3]) {
      const code = totpCode(secret, new Date(now.getTime() + d * 30_000));
      if (code === totpCode(secret, now)) continue; // a one-in-a-million collision
      assert.equal(matchTotpStep(secret, code, now, 0), null);
    }
  });

  it("refuses a code of the last used step or an older one (no replay)", () => {
    const step = totpStep(now);
    const code = totpCode(secret, now);
    assert.equal(matchTotpStep(secret, code, now, step), null);
    assert.equal(matchTotpStep(secret, code, now, step + 1), null);
    const older = totpCode(secret, new Date(now.getTime() - 30_000));
    assert.equal(matchTotpStep(secret, older, now, step), null);
  });

  it("ignores spaces and refuses anything that is not six digits", () => {
    const code = totpCode(secret, now);
    assert.equal(
      matchTotpStep(secret, `${code.slice(0, 3)} ${code.slice(3)}`, now, 0),
      totpStep(now),
    );
    for (const bad of ["", "12345", "1234567", "abcdef", `${code}0`])
      assert.equal(matchTotpStep(secret, bad, now, 0), null);
  });
});
