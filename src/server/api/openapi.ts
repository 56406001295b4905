import { fullRecordSchema } from "../../records/record-validation.ts";
import { API_BASE, API_RESOURCES, type ApiResource } from "./api-resources.ts";
import {
  COMMON_COMPONENTS,
  COMMON_SCHEMAS,
  DESCRIPTION,
  ref,
  response,
  type Json,
} from "./openapi-components.ts";

/** "intervention_event" → "InterventionEvent". */
function schemaName(type: string): string {
  return type.replace(/(^|_)([a-z])/g, (_m, _u, c: string) => c.toUpperCase());
}

/** A TypeBox schema as plain JSON (drops TypeBox's symbol keys). */
function plain(schema: unknown): Json {
  return JSON.parse(JSON.stringify(schema)) as Json;
}

/** The record as returned: protected fields optional, plus the `redacted` list. */
function recordSchema(r: ApiResource): Json {
  const s = plain(fullRecordSchema(r.spec));
  const required = (s.required as string[]).filter((f) => !r.spec.protectedFields.includes(f));
  const redacted = r.spec.protectedFields.length
    ? {
        type: "array",
        items: { type: "string", enum: [...r.spec.protectedFields] },
        uniqueItems: true,
      }
    : { type: "array", maxItems: 0 };
  return {
    ...s,
    required: [...required, "redacted"],
    properties: {
      ...(s.properties as Json),
      redacted: { ...redacted, description: "Protected fields left out of this response." },
    },
  };
}

function changesSchema(r: ApiResource): Json {
  const fields = plain(r.spec.schema.properties);
  return {
    type: "object",
    additionalProperties: false,
    required: ["version"],
    minProperties: 2,
    properties: {
      version: {
        type: "integer",
        minimum: 1,
        description: "The version you edited (409 if it is no longer current).",
      },
      ...fields,
    },
  };
}

function filterParameters(r: ApiResource): Json[] {
  return [...r.filters.values()].map((f) => ({
    name: f.name,
    in: "query",
    required: false,
    description: `Only records whose ${f.name} equals this value.`,
    schema: f.kind === "boolean" ? { type: "boolean" } : plain(f.schema),
  }));
}

const json = (schema: Json, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

function resourcePaths(r: ApiResource): Record<string, Json> {
  const name = schemaName(r.spec.type);
  const tags = [r.spec.type];
  const collection: Json = {
    get: {
      operationId: `list${name}`,
      summary: `List ${r.spec.type} records the caller may view`,
      tags,
      parameters: [
        { $ref: "#/components/parameters/Limit" },
        { $ref: "#/components/parameters/Cursor" },
        { $ref: "#/components/parameters/RevealList" },
        ...filterParameters(r),
      ],
      responses: {
        "200": json(ref(`${name}Page`), "A page of records."),
        "401": response("Unauthorised"),
        "403": response("Forbidden"),
        "422": response("Invalid"),
        "503": response("Sealed"),
      },
    },
  };
  if (r.creatable)
    collection.post = {
      operationId: `create${name}`,
      summary: `Create a ${r.spec.type} (in the caller's organisation, in a case it may edit)`,
      tags,
      requestBody: {
        required: true,
        content: { "application/json": { schema: ref(`${name}New`) } },
      },
      responses: {
        "201": json(ref(`${name}One`), "Created; Location names the new record."),
        "400": response("BadRequest"),
        "401": response("Unauthorised"),
        "403": response("Forbidden"),
        "409": response("Conflict"),
        "422": response("Invalid"),
        "503": response("Sealed"),
      },
    };
  const item: Json = {
    parameters: [{ $ref: "#/components/parameters/Id" }],
    get: {
      operationId: `get${name}`,
      summary: `One ${r.spec.type}`,
      tags,
      parameters: [{ $ref: "#/components/parameters/Reveal" }],
      responses: {
        "200": json(ref(`${name}One`), "The record."),
        "401": response("Unauthorised"),
        "404": response("NotFound"),
        "422": response("Invalid"),
        "503": response("Sealed"),
      },
    },
  };
  if (r.patchable)
    item.patch = {
      operationId: `change${name}`,
      summary: `Change fields of a ${r.spec.type} (optimistic locking on version)`,
      tags,
      requestBody: {
        required: true,
        content: { "application/json": { schema: ref(`${name}Changes`) } },
      },
      responses: {
        "200": json(ref(`${name}One`), "The changed record."),
        "400": response("BadRequest"),
        "401": response("Unauthorised"),
        "403": response("Forbidden"),
        "404": response("NotFound"),
        "409": response("Conflict"),
        "422": response("Invalid"),
        "503": response("Sealed"),
      },
    };
  return { [r.path]: collection, [`${r.path}/{id}`]: item };
}

function resourceSchemas(r: ApiResource): Record<string, Json> {
  const name = schemaName(r.spec.type);
  const out: Record<string, Json> = {
    [name]: recordSchema(r),
    [`${name}One`]: { type: "object", required: ["data"], properties: { data: ref(name) } },
    [`${name}Page`]: {
      type: "object",
      required: ["data", "next"],
      properties: {
        data: { type: "array", items: ref(name) },
        next: { type: ["string", "null"], description: "Link to the next page; null on the last." },
      },
    },
  };
  if (r.creatable) out[`${name}New`] = plain(r.spec.schema);
  if (r.patchable) out[`${name}Changes`] = changesSchema(r);
  return out;
}

/** The OpenAPI 3.1 document of the JSON API, generated from the record specs' schemas. */
export function buildOpenApiDocument(): Json {
  const paths: Record<string, Json> = {
    [API_BASE]: {
      get: {
        operationId: "apiIndex",
        summary: "What this is and where this document is (the only path open without sign-in)",
        security: [],
        responses: {
          "200": json({ type: "object" }, "The API's name and version."),
          "503": response("Sealed"),
        },
      },
    },
    [`${API_BASE}/openapi.json`]: {
      get: {
        operationId: "openApiDocument",
        summary: "This document",
        responses: {
          "200": json({ type: "object" }, "The OpenAPI document."),
          "401": response("Unauthorised"),
          "503": response("Sealed"),
        },
      },
    },
  };
  const schemas: Record<string, Json> = { ...COMMON_SCHEMAS };
  for (const r of API_RESOURCES) {
    Object.assign(paths, resourcePaths(r));
    Object.assign(schemas, resourceSchemas(r));
  }
  return {
    openapi: "3.1.0",
    info: { title: "TNR Monitor JSON API", version: "1", description: DESCRIPTION },
    servers: [{ url: "/" }],
    security: [{ bearerToken: [] }, { sessionCookie: [] }],
    paths,
    components: {
      ...COMMON_COMPONENTS,
      schemas,
    },
  };
}
