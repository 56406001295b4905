import { Type, type TObject } from "@sinclair/typebox";
import AjvModule from "ajv";
import addFormatsModule from "ajv-formats";
import type { ErrorObject, ValidateFunction } from "ajv";
import type { Issue } from "../errors.ts";
import type { RecordSpec } from "./record-spec.ts";
import type { DomainRecord } from "./record.types.ts";

const Ajv = AjvModule.default ?? AjvModule;
const addFormats = addFormatsModule.default ?? addFormatsModule;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);

const Timestamp = Type.String({ format: "date-time" });
const Id = Type.String({ pattern: "^[A-Za-z0-9][A-Za-z0-9:_.-]{0,99}$" });
const Stamp = Type.String({ minLength: 1, maxLength: 200 });

/** The full JSON Schema of a stored record of this type: meta fields plus the record's own. */
export function fullRecordSchema(spec: RecordSpec): TObject {
  const meta = {
    id: Id,
    ...(spec.orgScoped ? { org_id: Id } : {}),
    version: Type.Integer({ minimum: 1 }),
    created_at: Timestamp,
    created_by: Stamp,
    updated_at: Timestamp,
    updated_by: Stamp,
  };
  return Type.Object(
    { ...meta, ...spec.schema.properties },
    {
      additionalProperties: false,
      title: spec.type,
      description: spec.description,
    },
  );
}

const validators = new Map<string, ValidateFunction>();

function validatorFor(
  cache: Map<string, ValidateFunction>,
  key: string,
  schema: () => object,
): ValidateFunction {
  let v = cache.get(key);
  if (!v) {
    v = ajv.compile(schema());
    cache.set(key, v);
  }
  return v;
}

function describe(e: ErrorObject): string {
  if (e.keyword === "additionalProperties")
    return `unknown field "${String(e.params.additionalProperty)}"`;
  if (e.keyword === "pattern") return "is not in the expected format";
  if (e.keyword === "required") return `is missing the field "${String(e.params.missingProperty)}"`;
  return e.message ?? "is not valid";
}

/** One issue per field: a nullable field's "must be null" and "anyOf" noise is dropped. */
function issuesOf(v: ValidateFunction): Issue[] {
  const byPath = new Map<string, Issue>();
  for (const e of v.errors ?? []) {
    const noise = e.keyword === "anyOf" || (e.keyword === "type" && e.params.type === "null");
    const path =
      e.keyword === "required"
        ? `${e.instancePath}/${String(e.params.missingProperty)}`
        : e.instancePath || "/";
    if (noise && byPath.has(path)) continue;
    const existing = byPath.get(path);
    if (
      !existing ||
      existing.message === "must be null" ||
      existing.message.startsWith("must match a schema")
    )
      byPath.set(path, { path, message: noise ? "is not valid" : describe(e) });
  }
  return [...byPath.values()];
}

/** Validates a whole stored record (as in the interchange format); returns every problem. */
export function validateRecord(spec: RecordSpec, record: unknown): Issue[] {
  const v = validatorFor(validators, spec.type, () => fullRecordSchema(spec));
  return v(record) ? [] : issuesOf(v);
}

/** Vocabulary codes per scheme, as loaded from the vocabulary table. */
export type VocabularyIndex = Map<string, Set<string>>;

/** Checks every vocabulary field of a record against the known codes. */
export function checkVocabulary(
  spec: RecordSpec,
  record: DomainRecord,
  vocab: VocabularyIndex,
): Issue[] {
  const issues: Issue[] = [];
  for (const { field, scheme, many } of spec.vocab) {
    const value = record[field];
    if (value === null || value === undefined) continue;
    const codes = vocab.get(scheme);
    for (const code of many ? (value as string[]) : [value as string]) {
      if (!codes?.has(code))
        issues.push({
          path: `/${field}`,
          message: `"${code}" is not a term of the ${scheme} vocabulary`,
        });
    }
  }
  return issues;
}
