import { Type, type TSchema } from "@sinclair/typebox";
import type { RecordSpec } from "../../records/record-spec.ts";
import { RECORD_SPECS } from "../../records/registry.ts";

/** Where the JSON API lives; sealed with the vault like /staff. */
export const API_BASE = "/api/v1";

/** Records that are reference data or come out of the publishing workflow: read-only here. */
const READ_ONLY_TYPES: ReadonlySet<string> = new Set([
  "vocabulary_term",
  "organisation",
  "publication_record",
  // Files come in through the attach command, which checks and encrypts them.
  "document_attachment",
]);

/** A column a listing may be filtered on, with the schema its value must meet. */
export interface FilterField {
  name: string;
  kind: "string" | "integer" | "boolean";
  schema: TSchema;
}

/** One record type as the API exposes it. */
export interface ApiResource {
  spec: RecordSpec;
  /** `/api/v1/<table name in kebab-case>`, e.g. /api/v1/intervention-events. */
  path: string;
  /** POST creates records of this type. */
  creatable: boolean;
  /** PATCH changes them (not for append-only types, which are added to instead). */
  patchable: boolean;
  filters: ReadonlyMap<string, FilterField>;
  /** Protected fields `reveal=identity` opens. */
  revealable: readonly string[];
  /** Protected fields the API never shows nor accepts: key material, not identities. */
  hidden: readonly string[];
}

/** A per-file decryption key is for the file store alone; no client needs it. */
const HIDDEN_FIELDS: ReadonlySet<string> = new Set([
  "evidence_item.file_key",
  "document_attachment.file_key",
]);

/** The non-null member of a nullable field's schema. */
export function innerSchema(s: TSchema): TSchema {
  if (Array.isArray(s.anyOf)) return s.anyOf.find((x: TSchema) => x.type !== "null") ?? s;
  return s;
}

/** Record ids: the same alphabet the interchange format allows. */
export const ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9:_.-]{0,99}$";
const ID_RE = new RegExp(ID_PATTERN);

/** True for a string that could be a record id (anything else is answered as not found). */
export function isRecordId(value: unknown): value is string {
  return typeof value === "string" && ID_RE.test(value);
}

/**
 * Every plain (not protected, not JSON) column is filterable by equality, plus the owning
 * organisation: protected columns are ciphertext and JSON columns hold lists.
 */
function filterFields(spec: RecordSpec): Map<string, FilterField> {
  const out = new Map<string, FilterField>();
  if (spec.orgScoped)
    out.set("org_id", {
      name: "org_id",
      kind: "string",
      schema: Type.String({ pattern: ID_PATTERN }),
    });
  for (const field of spec.fields) {
    const codec = spec.codecs[field];
    if (codec !== "plain" && codec !== "boolean") continue;
    const schema = innerSchema(spec.schema.properties[field] as TSchema);
    const kind =
      schema.type === "integer" ? "integer" : schema.type === "boolean" ? "boolean" : "string";
    out.set(field, { name: field, kind, schema });
  }
  return out;
}

/** Every record type's API resource, in RECORD_SPECS order. */
export const API_RESOURCES: readonly ApiResource[] = RECORD_SPECS.map((spec) => {
  const creatable = !READ_ONLY_TYPES.has(spec.type);
  return {
    spec,
    path: `${API_BASE}/${spec.table.replace(/_/g, "-")}`,
    creatable,
    patchable: creatable && !spec.appendOnly,
    filters: filterFields(spec),
    revealable: spec.protectedFields.filter((f) => !HIDDEN_FIELDS.has(`${spec.type}.${f}`)),
    hidden: spec.protectedFields.filter((f) => HIDDEN_FIELDS.has(`${spec.type}.${f}`)),
  };
});
