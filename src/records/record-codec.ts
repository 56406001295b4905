import { newDataKey, open, seal, unwrapDataKey, wrapDataKey } from "../crypto/field-cipher.ts";
import { wipe } from "../crypto/keys.ts";
import type { VaultKeys } from "../keyring/installation.ts";
import type { RecordSpec } from "./record-spec.ts";
import type { DomainRecord } from "./record.types.ts";

/** Stored row: columns as the database holds them (protected ones as ciphertext). */
export type Row = Record<string, unknown>;

const META = [
  "id",
  "org_id",
  "version",
  "created_at",
  "created_by",
  "updated_at",
  "updated_by",
] as const;

/** Associated data that binds a protected value to its record and field. */
export function fieldAad(spec: RecordSpec, id: string, field: string): string {
  return `${spec.type}/${id}/${field}`;
}

/** Turns a domain record into a row: JSON and booleans encoded, protected fields sealed under a fresh data key. */
export function encodeRecord(spec: RecordSpec, record: DomainRecord, keys: VaultKeys | null): Row {
  const row: Row = {};
  for (const m of META) if (m !== "org_id" || spec.orgScoped) row[m] = record[m];
  let dek: Buffer | null = null;
  if (spec.protectedFields.length > 0) {
    if (!keys) throw new Error("Protected fields need the vault keys.");
    dek = newDataKey();
    row.dek = wrapDataKey(keys.fieldKek, dek, `${spec.type}/${record.id}`);
  }
  for (const field of spec.fields) {
    const value = record[field] ?? null;
    const codec = spec.codecs[field];
    if (value === null) row[field] = null;
    else if (codec === "protected")
      row[field] = seal(dek!, JSON.stringify(value), fieldAad(spec, record.id, field));
    else if (codec === "json") row[field] = JSON.stringify(value);
    else if (codec === "boolean") row[field] = value ? 1 : 0;
    else row[field] = value;
  }
  if (dek) wipe(dek);
  return row;
}

/** Turns a stored row back into a domain record, opening protected fields unless `redact` is set. */
export function decodeRow(
  spec: RecordSpec,
  row: Row,
  keys: VaultKeys | null,
  opts: { redact?: boolean } = {},
): DomainRecord {
  const record: Record<string, unknown> = {};
  for (const m of META) if (m !== "org_id" || spec.orgScoped) record[m] = row[m];
  const id = String(row.id);
  let dek: Buffer | null = null;
  if (spec.protectedFields.length > 0 && !opts.redact) {
    if (!keys) throw new Error("Protected fields need the vault keys.");
    dek = unwrapDataKey(keys.fieldKek, String(row.dek), `${spec.type}/${id}`);
  }
  for (const field of spec.fields) {
    const value = row[field];
    const codec = spec.codecs[field];
    if (codec === "protected" && opts.redact) continue;
    if (value === null || value === undefined) record[field] = null;
    else if (codec === "protected")
      record[field] = JSON.parse(open(dek!, String(value), fieldAad(spec, id, field)));
    else if (codec === "json") record[field] = JSON.parse(String(value));
    else if (codec === "boolean") record[field] = Number(value) === 1;
    else record[field] = value;
  }
  if (dek) wipe(dek);
  return record as DomainRecord;
}

/** The same record with its keys in canonical order (meta first, then schema order). */
export function canonicalRecord(spec: RecordSpec, record: DomainRecord): DomainRecord {
  const out: Record<string, unknown> = {};
  for (const m of META) if (m !== "org_id" || spec.orgScoped) out[m] = record[m];
  for (const f of spec.fields) out[f] = record[f] ?? null;
  return out as DomainRecord;
}
