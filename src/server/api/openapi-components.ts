import type { ErrorCode } from "../../errors.ts";
import { DEFAULT_LIMIT, MAX_LIMIT } from "./api-input.ts";
import { ID_PATTERN } from "./api-resources.ts";

/** A JSON object of the OpenAPI document. */
export type Json = Record<string, unknown>;

/** A reference to a component schema. */
export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
/** A reference to a shared error response. */
export const response = (name: string) => ({ $ref: `#/components/responses/${name}` });

/** The codes the API answers with (the `error` field of every error body; the last two from Fastify). */
export const ERROR_CODES: (ErrorCode | "bad_request" | "internal")[] = [
  "not_found",
  "conflict",
  "invalid_input",
  "unauthorised",
  "forbidden",
  "step_up_required",
  "csrf",
  "sealed",
  "bad_request",
  "internal",
];

/** The document's description: authentication, redaction, pagination, sealing. */
export const DESCRIPTION = `The vault's case records as JSON. Every request is made by a signed-in staff member: an API
token (\`Authorization: Bearer tnr_…\`, made with \`tnr token create\`) or a staff session cookie
(state-changing requests then also need the \`x-csrf-token\` header). The same policies as the staff
pages apply: a record the caller may not view is answered exactly like a missing one (404).

**Redaction.** Protected fields (identities, exact places, internal notes — \`x-protected\` in the
schemas) are left out of every response and named in the record's \`redacted\` list. \`?reveal=identity\`
on a single record includes them when the caller may reveal identities there (its own
organisation's caseworkers, editors and admins, or a \`read_identities\` grant); otherwise the answer
is the 404 of a missing record. Every reveal writes an audit event (fields, never values).
Revealing a whole list needs a second-factor step-up in the last five minutes, which API tokens
cannot give (403 \`step_up_required\`). An evidence item's \`file_key\` is never shown nor accepted.

**Pagination.** Listings are in id order, \`limit\` ${DEFAULT_LIMIT} by default and at most ${MAX_LIMIT}; \`next\` is
the link to the following page (null on the last).

While the vault is sealed every path answers 503 \`sealed\`.`;

/** An error response: the Error body, described. */
export const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: ref("Error") } },
});

/** The schemas every resource shares: an error body and its issues. */
export const COMMON_SCHEMAS: Record<string, Json> = {
  Issue: {
    type: "object",
    required: ["path", "message"],
    properties: {
      path: { type: "string" },
      message: { type: "string" },
      line: { type: "integer" },
    },
  },
  Error: {
    type: "object",
    required: ["error", "message"],
    properties: {
      error: { type: "string", enum: ERROR_CODES },
      message: { type: "string" },
      id: { type: "string", description: "The request id, to quote when reporting a problem." },
      issues: { type: "array", items: ref("Issue") },
    },
  },
};

/** Security schemes, shared parameters and shared error responses. */
export const COMMON_COMPONENTS: Json = {
  securitySchemes: {
    bearerToken: {
      type: "http",
      scheme: "bearer",
      bearerFormat: "tnr_…",
      description: "An API token.",
    },
    sessionCookie: {
      type: "apiKey",
      in: "cookie",
      name: "__Host-tnr_session",
      description: "A staff session; non-GET requests also need the x-csrf-token header.",
    },
  },
  parameters: {
    Id: {
      name: "id",
      in: "path",
      required: true,
      schema: { type: "string", pattern: ID_PATTERN },
    },
    Limit: {
      name: "limit",
      in: "query",
      schema: { type: "integer", minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT },
    },
    Cursor: {
      name: "cursor",
      in: "query",
      description: "From the previous page's `next`.",
      schema: { type: "string" },
    },
    Reveal: {
      name: "reveal",
      in: "query",
      description: "Include protected fields (audited); 404 when the caller may not reveal them.",
      schema: { type: "string", enum: ["identity"] },
    },
    RevealList: {
      name: "reveal",
      in: "query",
      description:
        "Include protected fields of the records the caller may reveal (audited, one event per record); needs a fresh step-up, so never with an API token.",
      schema: { type: "string", enum: ["identity"] },
    },
  },
  responses: {
    BadRequest: errorResponse("The body is not JSON, or not of a type the API reads."),
    Unauthorised: errorResponse("Not signed in, or the token is unknown, expired or revoked."),
    Forbidden: errorResponse(
      "Step-up needed (step_up_required), missing CSRF token, or the role may not write.",
    ),
    NotFound: errorResponse(
      "No such record — or one the caller may not see; the two are indistinguishable.",
    ),
    Conflict: errorResponse(
      "Someone saved a newer version first, or the values clash with an existing record.",
    ),
    Invalid: errorResponse("The query or body is not valid; `issues` names every problem."),
    Sealed: errorResponse("The vault is sealed."),
  },
};
