import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { createApiToken } from "../../auth/api-token.ts";
import { enrolledUser, testClock } from "../../auth/auth.factories.ts";
import type { Role, StaffActor } from "../../auth/auth.types.ts";
import { staffActor } from "../../auth/auth.types.ts";
import { createSession } from "../../auth/session.ts";
import { seedDemo } from "../../demo/seed-demo.ts";
import { orgId } from "../../demo/organisations.ts";
import type { Dialect } from "../../db/stores.ts";
import { RECORD_SPECS } from "../../records/registry.ts";
import { createTestVault, type TestVault } from "../../test-support/test-vault.ts";
import { buildApp } from "../app.ts";
import { API_RESOURCES, type ApiResource } from "./api-resources.ts";

/** A signed-in test caller: its actor and its bearer token. */
export interface Caller {
  actor: StaffActor;
  token: string;
}

/** The demo data set behind the real app, with callers in the three member organisations. */
export interface ApiWorld {
  t: TestVault;
  app: FastifyInstance;
  clock: ReturnType<typeof testClock>;
  orgs: { a: string; b: string; c: string };
  callers: Record<
    "editorA" | "caseworkerA" | "researcherA" | "caseworkerB" | "researcherB" | "caseworkerC",
    Caller
  >;
  /** A session cookie (stepped up at creation) of caseworkerA, for list reveals. */
  sessionCookieA: string;
  /** Per record type, ids of demo records by owning organisation (org_id; reference data under "all"). */
  ids: Map<string, { a: string[]; b: string[]; all: string[] }>;
  close(): Promise<void>;
}

/** Builds the world: a vault with the demo data, six enrolled users with tokens, the app. */
export async function apiWorld(dialect: Dialect): Promise<ApiWorld> {
  const t = await createTestVault(dialect);
  const clock = testClock("2026-11-29T09:00:00.000Z");
  await seedDemo(
    { db: t.vault.db(), keys: t.vault.keys(), dialect, dataDir: t.config.dataDir },
    t.actor,
  );
  const orgs = {
    a: orgId("demo_rights_centre"),
    b: orgId("demo_exile_network"),
    c: orgId("demo_caucasus_monitor"),
  };
  const caller = async (org: string, role: Role): Promise<Caller> => {
    const { user } = await enrolledUser(t, { orgId: org, role, now: clock.now() });
    const { token } = await createApiToken({
      db: t.vault.db(),
      actor: t.actor,
      userId: user.id,
      name: "test",
      now: clock.now(),
    });
    return { actor: staffActor(user), token };
  };
  const callers = {
    editorA: await caller(orgs.a, "editor"),
    caseworkerA: await caller(orgs.a, "caseworker"),
    researcherA: await caller(orgs.a, "researcher"),
    caseworkerB: await caller(orgs.b, "caseworker"),
    researcherB: await caller(orgs.b, "researcher"),
    caseworkerC: await caller(orgs.c, "caseworker"),
  };
  const { token: sessionCookieA } = await createSession(t.vault.db(), {
    user: callers.caseworkerA.actor,
    now: clock.now(),
  });
  const ids = new Map<string, { a: string[]; b: string[]; all: string[] }>();
  for (const spec of RECORD_SPECS) {
    const rows = await t.vault
      .db()
      .selectFrom(spec.table)
      .select(spec.orgScoped ? ["id", "org_id"] : ["id"])
      .orderBy("id")
      .execute();
    ids.set(spec.type, {
      a: rows.filter((r) => r.org_id === orgs.a).map((r) => String(r.id)),
      b: rows.filter((r) => r.org_id === orgs.b).map((r) => String(r.id)),
      all: rows.map((r) => String(r.id)),
    });
  }
  const app = buildApp(t.vault, { now: clock.now });
  await app.ready();
  return {
    t,
    app,
    clock,
    orgs,
    callers,
    sessionCookieA,
    ids,
    async close() {
      await app.close();
      await t.close();
    },
  };
}

/** Sends a request as a caller (bearer token), or anonymously when `as` is null. */
export function call(
  w: ApiWorld,
  as: Caller | null,
  method: "GET" | "POST" | "PATCH",
  url: string,
  body?: unknown,
): Promise<LightMyRequestResponse> {
  return w.app.inject({
    method,
    url,
    headers: {
      ...(as ? { authorization: `Bearer ${as.token}` } : {}),
      ...(body !== undefined ? { "content-type": "application/json" } : {}),
    },
    ...(body !== undefined
      ? { payload: typeof body === "string" ? body : JSON.stringify(body) }
      : {}),
  });
}

/** The API resource of a record type. */
export function resourceOf(type: string): ApiResource {
  return API_RESOURCES.find((r) => r.spec.type === type)!;
}
