import { randomBytes, randomUUID } from "node:crypto";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { createApiToken } from "../auth/api-token.ts";
import { enrolledUser, seedOrganisation, testClock } from "../auth/auth.factories.ts";
import type { AuthUser, Role } from "../auth/auth.types.ts";
import type { Dialect } from "../db/stores.ts";
import { orgId } from "../demo/organisations.ts";
import { seedDemo } from "../demo/seed-demo.ts";
import { RECORD_SPECS, specOf } from "../records/registry.ts";
import { buildDemoLines } from "../demo/demo-data.ts";
import { PROTECTED_DEMO_VALUES, strings } from "../test-support/demo-canaries.ts";
import { seedCase } from "../test-support/factories.ts";
import { HttpClient } from "../test-support/http-client.ts";
import { createTestVault, type TestVault } from "../test-support/test-vault.ts";
import { buildApp, type AppOptions } from "./app.ts";
import { ruleOf, type RefKind, type RouteRule } from "./security-sweep.rules.ts";

const MINUTE = 60_000;

/** One registered route with its sweep rule (undefined: nobody has classified it). */
export interface SweepRoute {
  method: string;
  url: string;
  rule: RouteRule | undefined;
}

/** A signed-in staff member: account, browser session and API token. */
export interface SweepUser {
  user: AuthUser;
  email: string;
  password: string;
  secret: string;
  recoveryCodes: string[];
  client: HttpClient;
  token: string;
  tokenId: string;
}

/** The demo data set, a canary case in organisation A, and signed-in users of A and B. */
export interface SweepWorld {
  t: TestVault;
  app: FastifyInstance;
  clock: ReturnType<typeof testClock>;
  routes: SweepRoute[];
  orgA: string;
  orgB: string;
  /** Identity values (the canary case's and every protected demo value): never for B or researchers. */
  identityCanaries: string[];
  /** Organisation A's own (unprotected) canary text: never for anyone outside A. */
  orgACanaries: string[];
  users: Record<"adminA" | "researcherA" | "caseworkerA" | "adminB", SweepUser>;
  /** An id of organisation A's record of this kind, if there is one. */
  ref(kind: RefKind): string | undefined;
  close(): Promise<void>;
}

/** A random canary string, unique per call. */
export function canary(label = ""): string {
  return `CANARY-${label}${randomBytes(6).toString("hex")}`;
}

/**
 * Protected demo values that do not also occur as ordinary text in the demo set (a city can be
 * both an exact place and a public city name): only those prove a leak when found.
 */
function distinctiveProtectedValues(): string[] {
  const open = buildDemoLines()
    .flatMap((l) => {
      const hidden = new Set(specOf(l.type)?.protectedFields ?? []);
      return Object.entries(l.record).flatMap(([f, v]) => (hidden.has(f) ? [] : strings(v)));
    })
    .join("\n");
  return PROTECTED_DEMO_VALUES.filter((v) => !open.includes(v));
}

/** Builds the world on a dialect (demo data unless `demo: false`); logger and cookies pass through. */
export async function sweepWorld(
  dialect: Dialect,
  opts: Pick<AppOptions, "logger" | "secureCookies"> & { demo?: boolean } = {},
): Promise<SweepWorld> {
  const t = await createTestVault(dialect);
  const clock = testClock();
  const routes: SweepRoute[] = [];
  const app = buildApp(t.vault, {
    logger: opts.logger,
    secureCookies: opts.secureCookies ?? false,
    now: clock.now,
    onRoute: (r) => {
      for (const method of [r.method].flat())
        routes.push({ method, url: r.url, rule: ruleOf(method, r.url) });
    },
  });
  await app.ready();
  const db = t.vault.db();
  if (opts.demo !== false)
    await seedDemo({ db, keys: t.vault.keys(), dialect, dataDir: t.config.dataDir }, t.actor);
  const orgA = opts.demo !== false ? orgId("demo_rights_centre") : await seedOrganisation(t);
  const orgB = await seedOrganisation(t);
  const identity = [canary("NAME-"), canary("SUMMARY-"), canary("PLACE-")];
  const title = canary("TITLE-");
  const kase = await seedCase(t, {
    orgId: orgA,
    name: identity[0],
    incident: { title, internal_summary: identity[1], place_exact: identity[2] },
  });

  const person = async (org: string, role: Role): Promise<SweepUser> => {
    const u = await enrolledUser(t, { orgId: org, role, now: clock.now() });
    const { token, info } = await createApiToken({
      db,
      actor: t.actor,
      userId: u.user.id,
      name: "sweep",
      now: clock.now(),
    });
    return {
      ...u,
      email: u.user.email,
      client: new HttpClient(app),
      token,
      tokenId: info.id,
    };
  };
  const users = {
    adminA: await person(orgA, "admin"),
    researcherA: await person(orgA, "researcher"),
    caseworkerA: await person(orgA, "caseworker"),
    adminB: await person(orgB, "admin"),
  };
  // A TOTP step is usable once: sign in a minute after enrolment. Signing in counts as step-up.
  clock.advance(MINUTE);
  for (const u of Object.values(users)) await u.client.signIn(u, clock.now());

  const credentialId = randomBytes(16).toString("base64url");
  await db
    .insertInto("user_webauthn_credentials")
    .values({
      id: credentialId,
      user_id: users.caseworkerA.user.id,
      public_key: randomBytes(32).toString("base64url"),
      counter: 0,
      transports: "[]",
      name: "sweep key",
      created_at: clock.now().toISOString(),
      last_used_at: null,
    })
    .execute();
  const session = await db
    .selectFrom("sessions")
    .select("id")
    .where("user_id", "=", users.caseworkerA.user.id)
    .executeTakeFirstOrThrow();

  const byTable = new Map<string, string>();
  const seeded: Record<string, string> = {
    persons: kase.person.id,
    person_identities: kase.identity.id,
    incidents: kase.incident.id,
    acts: kase.act.id,
  };
  for (const spec of RECORD_SPECS) {
    if (!spec.orgScoped) continue;
    const row = await db
      .selectFrom(spec.table)
      .select("id")
      .where("org_id", "=", orgA)
      .orderBy("id")
      .executeTakeFirst();
    const id = seeded[spec.table] ?? (row ? String(row.id) : undefined);
    if (id) byTable.set(spec.table, id);
  }
  const fixed: Record<string, string> = {
    incident: kase.incident.id,
    user: users.caseworkerA.user.id,
    session: String(session.id),
    api_token: users.caseworkerA.tokenId,
    webauthn: credentialId,
  };

  return {
    t,
    app,
    clock,
    routes,
    orgA,
    orgB,
    identityCanaries: [
      ...identity,
      "Fictional street 1",
      "+995 500 000 099",
      ...(opts.demo !== false ? distinctiveProtectedValues() : []),
    ],
    orgACanaries: [title],
    users,
    ref: (kind) => (kind.startsWith("table:") ? byTable.get(kind.slice(6)) : fixed[kind]),
    async close() {
      await app.close();
      await t.close();
    },
  };
}

/** How a sweep request is sent: who (session client or bearer token) and with what body. */
export interface SweepRequest {
  method: string;
  url: string;
  client?: HttpClient;
  bearer?: string;
  form?: Record<string, string>;
  json?: unknown;
  /** A raw body (with `contentType`): fuzzing sends what browsers never would. */
  payload?: string | Buffer;
  contentType?: string;
  headers?: Record<string, string>;
  /** Add the client's anti-forgery token (default true for state-changing methods). */
  csrf?: boolean;
}

/** Sends one request through `app.inject` without touching the client's cookie jar. */
export async function send(app: FastifyInstance, r: SweepRequest): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = {};
  const safe = r.method === "GET" || r.method === "HEAD";
  const withToken = (r.csrf ?? !safe) && r.client;
  if (r.client) headers.cookie = [...r.client.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  if (r.bearer) headers.authorization = `Bearer ${r.bearer}`;
  let payload: string | Buffer | undefined;
  if (r.payload !== undefined) {
    payload = r.payload;
    if (r.contentType) headers["content-type"] = r.contentType;
    if (withToken) headers["x-csrf-token"] = r.client!.csrf;
  } else if (r.json !== undefined) {
    payload = JSON.stringify(r.json);
    headers["content-type"] = "application/json";
    if (withToken) headers["x-csrf-token"] = r.client!.csrf;
  } else if (!safe) {
    const form = { ...(withToken ? { _csrf: r.client!.csrf } : {}), ...r.form };
    payload = new URLSearchParams(form).toString();
    headers["content-type"] = "application/x-www-form-urlencoded";
  }
  return app.inject({
    method: r.method as "GET",
    url: r.url,
    headers: { ...headers, ...r.headers },
    ...(payload !== undefined ? { payload } : {}),
  });
}

/** The route pattern with its parameters filled in (URL-encoded). */
export function fillPath(url: string, value: string | ((name: string) => string)): string {
  return url.replace(/:(\w+)/g, (_m, name: string) =>
    encodeURIComponent(typeof value === "string" ? value : value(name)),
  );
}

/** True when the route pattern has path parameters. */
export function hasParams(url: string): boolean {
  return /:\w/.test(url);
}

/**
 * A response reduced to what must not differ between "not yours" and "missing": status, type,
 * redirect and body, with per-request noise (form tokens, error ids) and the ids asked for
 * replaced by placeholders.
 */
export function normalise(res: LightMyRequestResponse, swaps: Record<string, string>): string {
  let body = res.body;
  const type = String(res.headers["content-type"] ?? "");
  if (type.includes("json")) {
    try {
      const parsed = JSON.parse(body) as Record<string, unknown>;
      if (parsed && typeof parsed === "object" && "error" in parsed) delete parsed.id;
      body = JSON.stringify(parsed);
    } catch {
      // not JSON after all: compared as text
    }
  }
  body = body
    .replace(/name="_csrf" value="[^"]*"/g, 'name="_csrf" value=""')
    .replace(/data-csrf="[^"]*"/g, 'data-csrf=""');
  let location = String(res.headers.location ?? "");
  for (const [value, placeholder] of Object.entries(swaps)) {
    body = body.split(value).join(placeholder);
    location = location.split(value).join(placeholder);
  }
  return `${res.statusCode} ${type} ${location}\n${body}`;
}

/** The canaries of a list that occur in a text. */
export function leaked(text: string, canaries: readonly string[]): string[] {
  return canaries.filter((c) => text.includes(c));
}

/** Organisation A's state that nobody outside it may change: record versions, accounts, keys. */
export async function orgState(w: SweepWorld): Promise<{ records: string; accounts: string }> {
  const db = w.t.vault.db();
  const out: unknown[] = [];
  for (const spec of RECORD_SPECS) {
    if (!spec.orgScoped) continue;
    out.push(
      await db
        .selectFrom(spec.table)
        .select(["id", "version"])
        .where("org_id", "=", w.orgA)
        .orderBy("id")
        .execute(),
    );
  }
  const records = JSON.stringify(out.splice(0));
  const users = await db
    .selectFrom("users")
    .select(["id", "status", "version"])
    .where("org_id", "=", w.orgA)
    .orderBy("id")
    .execute();
  const ids = users.map((u) => String(u.id));
  out.push(users);
  out.push(
    await db
      .selectFrom("sessions")
      .select(["id", "expires_at"])
      .where("user_id", "in", ids)
      .orderBy("id")
      .execute(),
  );
  out.push(
    await db
      .selectFrom("api_tokens")
      .select(["id", "revoked_at"])
      .where("user_id", "in", ids)
      .orderBy("id")
      .execute(),
  );
  out.push(
    await db
      .selectFrom("user_webauthn_credentials")
      .select("id")
      .where("user_id", "in", ids)
      .orderBy("id")
      .execute(),
  );
  return { records, accounts: JSON.stringify(out) };
}

/** The sequence number of the newest audit event. */
export async function auditSeq(w: SweepWorld): Promise<number> {
  const head = await w.t.vault.db().selectFrom("audit_head").select("seq").executeTakeFirst();
  return Number(head?.seq ?? 0);
}

/** A fresh random UUID (for ids that must exist nowhere). */
export const randomId = (): string => randomUUID();
