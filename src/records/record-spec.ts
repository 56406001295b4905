import { Kind, type TObject, type TSchema } from "@sinclair/typebox";

/** How a stored column is encoded from a domain value. */
export type FieldCodec = "plain" | "boolean" | "json" | "protected";

/** Describes one record type: its table, its data fields and what is special about them. */
export interface RecordSpec<T extends TObject = TObject> {
  /** Name in the interchange format and in audit events. */
  readonly type: string;
  readonly table: string;
  /** The record's own fields (without id, org_id, version and the created/updated stamps). */
  readonly schema: T;
  /** Belongs to an organisation (org_id). */
  readonly orgScoped: boolean;
  /** Rows are never updated once written (event histories, assessments). */
  readonly appendOnly: boolean;
  readonly description: string;
  readonly fields: readonly string[];
  readonly codecs: Readonly<Record<string, FieldCodec>>;
  readonly protectedFields: readonly string[];
  readonly refs: readonly { field: string; type: string; many: boolean }[];
  readonly vocab: readonly { field: string; scheme: string; many: boolean }[];
}

function isProtected(s: TSchema): boolean {
  if (s["x-protected"]) return true;
  return Array.isArray(s.anyOf) && s.anyOf.some((x: TSchema) => x["x-protected"]);
}

function innerOf(s: TSchema): TSchema {
  if (Array.isArray(s.anyOf)) return s.anyOf.find((x: TSchema) => x.type !== "null") ?? s;
  return s;
}

/** Builds a RecordSpec, reading protection, references and vocabularies off the schema. */
export function defineRecord<T extends TObject>(opts: {
  type: string;
  table: string;
  schema: T;
  orgScoped?: boolean;
  appendOnly?: boolean;
  description: string;
}): RecordSpec<T> {
  const codecs: Record<string, FieldCodec> = {};
  const refs: { field: string; type: string; many: boolean }[] = [];
  const vocab: { field: string; scheme: string; many: boolean }[] = [];
  for (const [field, raw] of Object.entries(opts.schema.properties)) {
    const s = innerOf(raw as TSchema);
    const kind = s[Kind];
    if (isProtected(raw as TSchema)) codecs[field] = "protected";
    else if (kind === "Boolean") codecs[field] = "boolean";
    else if (kind === "Array" || kind === "Object") codecs[field] = "json";
    else codecs[field] = "plain";
    const target = kind === "Array" ? (s.items as TSchema) : s;
    if (target["x-ref"]) refs.push({ field, type: target["x-ref"], many: kind === "Array" });
    if (target["x-vocabulary"])
      vocab.push({ field, scheme: target["x-vocabulary"], many: kind === "Array" });
  }
  return {
    type: opts.type,
    table: opts.table,
    schema: opts.schema,
    orgScoped: opts.orgScoped ?? true,
    appendOnly: opts.appendOnly ?? false,
    description: opts.description,
    fields: Object.keys(opts.schema.properties),
    codecs,
    protectedFields: Object.entries(codecs)
      .filter(([, c]) => c === "protected")
      .map(([f]) => f),
    refs,
    vocab,
  };
}
