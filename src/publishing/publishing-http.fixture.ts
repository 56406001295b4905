import assert from "node:assert/strict";
import type { FastifyInstance } from "fastify";
import { enrolledUser, seedOrganisation, testClock } from "../auth/auth.factories.ts";
import type { Role } from "../auth/auth.types.ts";
import { totpCode } from "../auth/totp.ts";
import type { Dialect } from "../db/stores.ts";
import { buildApp } from "../server/app.ts";
import { HttpClient } from "../test-support/http-client.ts";
import { createTestVault, type TestVault } from "../test-support/test-vault.ts";

const MINUTE = 60_000;

/** A signed-in browser and the account behind it. */
export interface SignedIn {
  client: HttpClient;
  user: { id: string; email: string; password: string; secret: string };
}

/** An in-process server over a fresh vault, two organisations, and helpers to sign staff in. */
export async function publishingHarness(dialect: Dialect) {
  const t: TestVault = await createTestVault(dialect);
  const clock = testClock();
  const app: FastifyInstance = buildApp(t.vault, { now: clock.now });
  await app.ready();
  const orgId = await seedOrganisation(t);
  const otherOrgId = await seedOrganisation(t);

  /** Enrols and signs in a member of staff (TOTP steps are single-use: the clock moves on). */
  const signedIn = async (role: Role, org = orgId): Promise<SignedIn> => {
    const u = await enrolledUser(t, { orgId: org, role, now: clock.now() });
    clock.advance(MINUTE);
    const client = new HttpClient(app);
    const user = { id: u.user.id, email: u.user.email, password: u.password, secret: u.secret };
    await client.signIn(user, clock.now());
    clock.advance(MINUTE);
    return { client, user };
  };

  /** Confirms the second factor again, as the step-up page asks, then returns to `next`. */
  const stepUp = async (who: SignedIn, next: string) => {
    clock.advance(MINUTE);
    const res = await who.client.post("/staff/step-up", {
      code: totpCode(who.user.secret, clock.now()),
      next,
    });
    assert.equal(res.statusCode, 303, "step-up accepted");
    assert.equal(res.headers.location, next);
  };

  return {
    t,
    app,
    clock,
    orgId,
    otherOrgId,
    signedIn,
    stepUp,
    /** Lets the sign-in's fresh second factor expire, so step-up is asked for again. */
    expireStepUp: () => clock.advance(6 * MINUTE),
    async close() {
      await app.close();
      await t.close();
    },
  };
}

/** The path and query of a redirect. */
export function location(res: { headers: Record<string, unknown> }): string {
  return String(res.headers.location ?? "");
}
