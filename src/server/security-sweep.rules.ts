import { RECORD_SPECS } from "../records/registry.ts";
import type { RecordSpec } from "../records/record-spec.ts";
import { isVaultPath } from "./staff-context.ts";

/**
 * How the security sweeps treat each route. Every route the server registers must resolve to a
 * rule here: API resources are classified by their shape (one record type each), staff routes by
 * the explicit table below, and anything outside /staff and /api/v1 is the public side.
 *
 * - `open`: anyone may call it, by design — `reason` says why.
 * - `staff`: any signed-in member, about their own account or their organisation's data.
 * - `admin`: administrators of the organisation with a fresh second factor.
 * - `public`: outside the vault paths; answers everyone, must never carry protected data.
 *
 * `effect` says what a researcher (analysis without identities, changes nothing) may do:
 * `read` is allowed (redacted), `self` is the caller's own account, `write`, `reveal` and `admin`
 * must answer 403/404. `ref` names which record of another organisation fills `:id` (or the
 * query) in the cross-organisation check; `endsSession` routes are left out of signed-in sweeps
 * that must keep their session.
 */
export interface RouteRule {
  access: "open" | "staff" | "admin" | "public";
  effect: "read" | "self" | "write" | "reveal" | "admin" | "auth";
  reason?: string;
  ref?: RefKind;
  /** Query strings naming another organisation's records (placeholders `{incident}`, `{user}`). */
  queries?: string[];
  endsSession?: boolean;
  /** API resource routes: the record type they serve. */
  spec?: RecordSpec;
}

/** Kinds of record a path parameter can name. */
export type RefKind =
  "incident" | "user" | "session" | "api_token" | "webauthn" | `table:${string}`;

const open = (reason: string, effect: RouteRule["effect"] = "auth"): RouteRule => ({
  access: "open",
  effect,
  reason,
});

const AUDIT_QUERIES = [
  "record_type=incident&record_id={incident}",
  "record_type=user&record_id={user}",
  "user={user}",
];

/** Every staff route, by `METHOD /pattern` (HEAD follows GET). A new staff route must be added. */
export const STAFF_RULES: Readonly<Record<string, RouteRule>> = {
  "GET /": open("public start page: no data, only the vault state", "read"),
  "GET /healthz": open("health check for the process supervisor: vault state, no data", "read"),
  "GET /assets/:name": open("static stylesheet and script", "read"),
  "GET /api/v1": open("API index: name, version and where the OpenAPI document is", "read"),
  "GET /staff/login": open("sign-in page"),
  "POST /staff/login": open("password step of sign-in"),
  "POST /staff/login/code": open("second-factor step of sign-in (needs the password ticket)"),
  "POST /staff/login/webauthn/options": open("security-key challenge (needs the password ticket)"),
  "POST /staff/login/webauthn": open("security-key step of sign-in (needs the password ticket)"),
  "POST /staff/logout": {
    ...open("signing out works with or without a live session"),
    endsSession: true,
  },
  "GET /staff/enrol/:token": open("one-time enrolment link: an unknown token is a 404 page"),
  "POST /staff/enrol/:token": open("completes enrolment: an unknown token is a 404 page"),

  "GET /staff": { access: "staff", effect: "read" },
  "GET /staff/step-up": { access: "staff", effect: "self" },
  "POST /staff/step-up": { access: "staff", effect: "self" },
  "POST /staff/step-up/webauthn/options": { access: "staff", effect: "self" },
  "POST /staff/step-up/webauthn": { access: "staff", effect: "self" },
  "GET /staff/account": { access: "staff", effect: "self" },
  "POST /staff/account/sessions/:id/revoke": { access: "staff", effect: "self", ref: "session" },
  "POST /staff/account/sessions/revoke-others": { access: "staff", effect: "self" },
  "POST /staff/account/keys/options": { access: "staff", effect: "self" },
  "POST /staff/account/keys": { access: "staff", effect: "self" },
  "POST /staff/account/keys/:id/remove": { access: "staff", effect: "self", ref: "webauthn" },
  "POST /staff/account/recovery-codes": { access: "staff", effect: "self" },
  "POST /staff/account/tokens": { access: "staff", effect: "self" },
  "POST /staff/account/tokens/:id/revoke": { access: "staff", effect: "self", ref: "api_token" },
  "GET /staff/admin/users": { access: "admin", effect: "admin" },
  "POST /staff/admin/users": { access: "admin", effect: "admin" },
  "POST /staff/admin/users/:id/disable": { access: "admin", effect: "admin", ref: "user" },
  "POST /staff/admin/users/:id/enable": { access: "admin", effect: "admin", ref: "user" },
  "POST /staff/admin/users/:id/enrolment": { access: "admin", effect: "admin", ref: "user" },
  "GET /staff/audit": { access: "admin", effect: "admin", queries: AUDIT_QUERIES },
  "GET /staff/audit.jsonl": { access: "admin", effect: "admin", queries: AUDIT_QUERIES },
  "GET /staff/incidents": { access: "staff", effect: "read" },
  "GET /staff/incidents/:id": { access: "staff", effect: "read", ref: "incident" },
  "POST /staff/incidents/:id/reveal": { access: "staff", effect: "reveal", ref: "incident" },
  "POST /staff/incidents/:id/grants": { access: "staff", effect: "write", ref: "incident" },
  "POST /staff/incidents/:id/grants/:grantId/revoke": {
    access: "staff",
    effect: "write",
    ref: "incident",
  },
  "GET /staff/incidents/:id/publication": { access: "staff", effect: "write", ref: "incident" },
  "POST /staff/incidents/:id/publication": { access: "staff", effect: "write", ref: "incident" },
  // Editors' documents and publications: researchers have no part in publishing (404).
  "GET /staff/documents": { access: "staff", effect: "write" },
  "GET /staff/documents/new": { access: "staff", effect: "write" },
  "POST /staff/documents": { access: "staff", effect: "write" },
  "GET /staff/documents/:id": { access: "staff", effect: "write", ref: "table:documents" },
  "GET /staff/documents/:id/edit": { access: "staff", effect: "write", ref: "table:documents" },
  "POST /staff/documents/:id/edit": { access: "staff", effect: "write", ref: "table:documents" },
  "GET /staff/documents/:id/translations/:lang": {
    access: "staff",
    effect: "write",
    ref: "table:documents",
  },
  "POST /staff/documents/:id/translations/:lang": {
    access: "staff",
    effect: "write",
    ref: "table:documents",
  },
  "GET /staff/documents/:id/preview/:lang": {
    access: "staff",
    effect: "write",
    ref: "table:documents",
  },
  "POST /staff/documents/:id/submit": { access: "staff", effect: "write", ref: "table:documents" },
  "POST /staff/documents/:id/files": { access: "staff", effect: "write", ref: "table:documents" },
  "POST /staff/documents/:id/files/:attachmentId/remove": {
    access: "staff",
    effect: "write",
    ref: "table:documents",
  },
  "GET /staff/publications": { access: "staff", effect: "write" },
  "GET /staff/publications/:id": {
    access: "staff",
    effect: "write",
    ref: "table:publication_records",
  },
  "POST /staff/publications/:id/approve": {
    access: "staff",
    effect: "write",
    ref: "table:publication_records",
  },
  "POST /staff/publications/:id/publish": {
    access: "staff",
    effect: "write",
    ref: "table:publication_records",
  },
  "POST /staff/publications/:id/withdraw": {
    access: "staff",
    effect: "write",
    ref: "table:publication_records",
  },
  "GET /api/v1/openapi.json": { access: "staff", effect: "read" },
};

const API_RESOURCE = /^\/api\/v1\/([a-z][a-z-]*)(\/:id)?$/;

/**
 * The rule of a route, or undefined when nobody has classified it yet. API resources are
 * recognised by shape (`GET|POST /api/v1/<table>`, `GET|PATCH /api/v1/<table>/:id`, the table a
 * known record type's); any other new shape needs an entry in STAFF_RULES.
 */
export function ruleOf(method: string, url: string): RouteRule | undefined {
  const m = method === "HEAD" ? "GET" : method;
  const explicit = STAFF_RULES[`${m} ${url}`];
  if (explicit) return explicit;
  if (!isVaultPath(url)) return { access: "public", effect: "read", reason: "public side" };
  const api = API_RESOURCE.exec(url);
  if (!api) return undefined;
  const table = api[1]!.replace(/-/g, "_");
  const spec = specFor(table);
  if (!spec) return undefined;
  const one = Boolean(api[2]);
  const shape = `${m} ${one ? "one" : "list"}`;
  const ref: RefKind | undefined = one ? `table:${table}` : undefined;
  switch (shape) {
    case "GET list":
      return { access: "staff", effect: "read", spec };
    case "GET one":
      return { access: "staff", effect: "read", ref, spec };
    case "POST list":
      return { access: "staff", effect: "write", spec };
    case "PATCH one":
      return { access: "staff", effect: "write", ref, spec };
    default:
      return undefined;
  }
}

function specFor(table: string): RecordSpec | undefined {
  return (RECORD_SPECS as readonly RecordSpec[]).find((s) => s.table === table);
}

/** The message a test prints for a route nobody has classified. */
export function unclassifiedMessage(routes: string[]): string {
  return (
    `These routes are not classified for the security sweeps: ${routes.join(", ")}. ` +
    "Add each to STAFF_RULES in src/server/security-sweep.rules.ts (open with a reason, staff, " +
    "or admin; its effect; and `ref` when a path parameter names a record) so the route, " +
    "header, CSRF and log sweeps know what it must refuse."
  );
}
