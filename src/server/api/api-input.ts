import type { TSchema } from "@sinclair/typebox";
import AjvModule from "ajv";
import addFormatsModule from "ajv-formats";
import type { ErrorObject, ValidateFunction } from "ajv";
import { ValidationError, type Issue } from "../../errors.ts";
import type { RecordSpec } from "../../records/record-spec.ts";
import { innerSchema, isRecordId, type ApiResource, type FilterField } from "./api-resources.ts";

const Ajv = AjvModule.default ?? AjvModule;
const addFormats = addFormatsModule.default ?? addFormatsModule;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);

/** Listings return at most this many records per page, and this many when not told. */
export const MAX_LIMIT = 200;
export const DEFAULT_LIMIT = 50;
/** PostgreSQL `integer` columns hold 32-bit values; larger numbers are refused, not crashed on. */
const INT_MAX = 2_147_483_647;

/** A validated listing request. */
export interface ListQuery {
  filters: { field: FilterField; value: string | number }[];
  limit: number;
  /** Keyset cursor: the id after which the page starts. */
  after: string | null;
  reveal: boolean;
}

const compiled = new Map<string, ValidateFunction>();
function validator(key: string, schema: () => object): ValidateFunction {
  let v = compiled.get(key);
  if (!v) {
    v = ajv.compile(schema());
    compiled.set(key, v);
  }
  return v;
}

const filterValidators = new WeakMap<object, ValidateFunction>();

/** One readable issue per path (a nullable field's "must be null" and anyOf noise dropped). */
function issuesOf(errors: ErrorObject[] | null | undefined, prefix = ""): Issue[] {
  const byPath = new Map<string, string>();
  for (const e of errors ?? []) {
    const noise = e.keyword === "anyOf" || (e.keyword === "type" && e.params.type === "null");
    const path =
      prefix +
      (e.keyword === "required"
        ? `${e.instancePath}/${String(e.params.missingProperty)}`
        : e.keyword === "additionalProperties"
          ? `${e.instancePath}/${String(e.params.additionalProperty)}`
          : e.instancePath || "/");
    const message =
      e.keyword === "additionalProperties"
        ? "unknown field"
        : e.keyword === "required"
          ? "is required"
          : e.keyword === "pattern"
            ? "is not in the expected format"
            : noise
              ? "is not valid"
              : (e.message ?? "is not valid");
    if (!byPath.has(path) || (!noise && byPath.get(path) === "is not valid"))
      byPath.set(path, message);
  }
  return [...byPath].map(([path, message]) => ({ path: path.slice(0, 200), message }));
}

/** A parameter name as it may be echoed back: bounded, never a whole pasted document. */
function shown(name: string): string {
  return name.length > 60 ? `${name.slice(0, 60)}…` : name;
}

/** The id a cursor stands for (cursors are the base64url of the last id of the previous page). */
export function encodeCursor(id: string): string {
  return Buffer.from(id, "utf8").toString("base64url");
}

function decodeCursor(cursor: string): string | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) return null;
  const id = Buffer.from(cursor, "base64url").toString("utf8");
  return isRecordId(id) ? id : null;
}

function filterValue(f: FilterField, raw: string): string | number | Issue {
  const bad = (message: string): Issue => ({ path: f.name, message });
  if (f.kind === "boolean") {
    if (raw === "true") return 1;
    if (raw === "false") return 0;
    return bad("must be true or false");
  }
  let value: string | number = raw;
  if (f.kind === "integer") {
    if (!/^-?\d{1,10}$/.test(raw) || Math.abs(Number(raw)) > INT_MAX)
      return bad("must be an integer");
    value = Number(raw);
  } else if (raw.includes("\0")) return bad("is not valid");
  let v = filterValidators.get(f.schema);
  if (!v) filterValidators.set(f.schema, (v = ajv.compile(f.schema)));
  if (!v(value)) return bad(issuesOf(v.errors)[0]?.message ?? "is not valid");
  return value;
}

/** Parameters given once each, as strings (a repeated parameter is an error, not a list). */
function singleParams(query: unknown, issues: Issue[]): [string, string][] {
  if (!query || typeof query !== "object") return [];
  const out: [string, string][] = [];
  for (const [key, raw] of Object.entries(query)) {
    if (typeof raw === "string") out.push([key, raw]);
    else issues.push({ path: shown(key), message: "give this parameter once" });
  }
  return out;
}

function parseReveal(raw: string, issues: Issue[]): boolean {
  if (raw === "identity") return true;
  issues.push({ path: "reveal", message: 'the only value is "identity"' });
  return false;
}

/** Validates a listing's query string: filters, `limit`, `cursor`, `reveal`; every problem at once. */
export function parseListQuery(resource: ApiResource, query: unknown): ListQuery {
  const issues: Issue[] = [];
  const out: ListQuery = { filters: [], limit: DEFAULT_LIMIT, after: null, reveal: false };
  for (const [key, raw] of singleParams(query, issues)) {
    if (key === "limit") {
      const n = /^\d{1,4}$/.test(raw) ? Number(raw) : NaN;
      if (n >= 1 && n <= MAX_LIMIT) out.limit = n;
      else issues.push({ path: "limit", message: `must be an integer from 1 to ${MAX_LIMIT}` });
    } else if (key === "cursor") {
      out.after = decodeCursor(raw);
      if (out.after === null)
        issues.push({ path: "cursor", message: "is not a cursor of this API" });
    } else if (key === "reveal") out.reveal = parseReveal(raw, issues);
    else {
      const field = resource.filters.get(key);
      if (!field) {
        issues.push({ path: shown(key), message: "unknown parameter" });
        continue;
      }
      const value = filterValue(field, raw);
      if (typeof value === "object") issues.push(value);
      else out.filters.push({ field, value });
    }
  }
  if (issues.length) throw new ValidationError(issues);
  return out;
}

/** Validates a single record's query string: only `reveal=identity` is known. */
export function parseGetQuery(query: unknown): { reveal: boolean } {
  const issues: Issue[] = [];
  let reveal = false;
  for (const [key, raw] of singleParams(query, issues)) {
    if (key === "reveal") reveal = parseReveal(raw, issues);
    else issues.push({ path: shown(key), message: "unknown parameter" });
  }
  if (issues.length) throw new ValidationError(issues);
  return { reveal };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Problems no schema states but the databases enforce: NUL characters and 32-bit integers. */
function storageIssues(spec: RecordSpec, body: Record<string, unknown>): Issue[] {
  const issues: Issue[] = [];
  const walk = (v: unknown, path: string) => {
    if (typeof v === "string" && v.includes("\0"))
      issues.push({ path, message: "must not contain NUL characters" });
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}/${i}`));
    else if (isPlainObject(v))
      for (const [k, x] of Object.entries(v)) walk(x, `${path}/${shown(k)}`);
  };
  for (const [field, value] of Object.entries(body)) {
    walk(value, `/${shown(field)}`);
    const schema = spec.schema.properties[field] as TSchema | undefined;
    if (
      schema &&
      innerSchema(schema).type === "integer" &&
      typeof value === "number" &&
      Math.abs(value) > INT_MAX
    )
      issues.push({ path: `/${field}`, message: "is too large" });
  }
  return issues;
}

/** Hidden fields (see ApiResource) are set by the server alone. */
function hiddenIssues(resource: ApiResource, body: Record<string, unknown>): Issue[] {
  return resource.hidden
    .filter((f) => body[f] !== undefined && body[f] !== null)
    .map((f) => ({ path: `/${f}`, message: "is set by the server" }));
}

/** Validates the body of a create request against the type's schema; returns the record's fields. */
export function parseNewRecord(resource: ApiResource, body: unknown): Record<string, unknown> {
  const { spec } = resource;
  if (!isPlainObject(body))
    throw new ValidationError([{ path: "/", message: "must be a JSON object" }]);
  const v = validator(`create:${spec.type}`, () => spec.schema);
  const issues = v(body) ? [] : issuesOf(v.errors);
  issues.push(...storageIssues(spec, body), ...hiddenIssues(resource, body));
  if (issues.length) throw new ValidationError(issues);
  return body;
}

/** Validates a change request: `version` (the one the caller edited) and at least one field. */
export function parseChanges(
  resource: ApiResource,
  body: unknown,
): { version: number; changes: Record<string, unknown> } {
  const { spec } = resource;
  if (!isPlainObject(body))
    throw new ValidationError([{ path: "/", message: "must be a JSON object" }]);
  const { version, ...changes } = body;
  const issues: Issue[] = [];
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1 || version > INT_MAX)
    issues.push({ path: "/version", message: "is required: the version you edited" });
  if (Object.keys(changes).length === 0)
    issues.push({ path: "/", message: "names no field to change" });
  const v = validator(`patch:${spec.type}`, () => ({
    type: "object",
    properties: spec.schema.properties,
    additionalProperties: false,
  }));
  if (!v(changes)) issues.push(...issuesOf(v.errors));
  issues.push(...storageIssues(spec, changes), ...hiddenIssues(resource, changes));
  if (issues.length) throw new ValidationError(issues);
  return { version: version as number, changes };
}
