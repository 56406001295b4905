import type { Kysely, Transaction } from "kysely";
import { open, seal } from "../crypto/field-cipher.ts";
import { ConflictError, NotFoundError, ValidationError } from "../errors.ts";
import type { VaultKeys } from "../keyring/installation.ts";
import { actorRef, appendAudit } from "../audit/audit.repository.ts";
import { newRecordId } from "./record-id.ts";
import { canonicalRecord, decodeRow, encodeRecord, type Row } from "./record-codec.ts";
import type { RecordSpec } from "./record-spec.ts";
import { validateRecord } from "./record-validation.ts";
import type { Actor, DomainRecord, RecordVersionLine } from "./record.types.ts";

/** A database or a transaction: repository functions accept either. */
export type Db = Kysely<any> | Transaction<any>;

/** Associated data of a history snapshot. */
function snapshotAad(type: string, id: string, version: number): string {
  return `history/${type}/${id}/${version}`;
}

/** What creating a record takes: the caller's transaction, keys, actor, type and fields. */
export interface CreateRecordProps {
  db: Db;
  keys: VaultKeys;
  actor: Actor;
  spec: RecordSpec;
  data: Record<string, unknown>;
  orgId?: string;
  id?: string;
  now?: string;
}

/** Creates a record of any type: validates, encrypts, inserts, audits — in the caller's transaction. */
export async function createRecord(props: CreateRecordProps): Promise<DomainRecord> {
  const { db, keys, actor, spec } = props;
  const now = props.now ?? new Date().toISOString();
  const stamp = actorRef(actor);
  const record = canonicalRecord(spec, {
    ...props.data,
    id: props.id ?? newRecordId(),
    ...(spec.orgScoped ? { org_id: props.orgId ?? actor.orgId } : {}),
    version: 1,
    created_at: now,
    created_by: stamp,
    updated_at: now,
    updated_by: stamp,
  } as DomainRecord);
  const issues = validateRecord(spec, record);
  if (issues.length) throw new ValidationError(issues);
  await db
    .insertInto(spec.table)
    .values(encodeRecord(spec, record, keys))
    .execute();
  await appendAudit(db, {
    actor,
    action: "create",
    recordType: spec.type,
    recordId: record.id,
    fields: spec.fields,
  });
  return record;
}

/** Reads one record (decrypted); NotFoundError when it does not exist. */
export async function getRecord(
  db: Db,
  keys: VaultKeys,
  spec: RecordSpec,
  id: string,
): Promise<DomainRecord> {
  const row = await db.selectFrom(spec.table).selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw new NotFoundError(spec.type.replace(/_/g, " "));
  return decodeRow(spec, row, keys);
}

/** Lists records of a type, optionally filtered by equality on plain columns, in creation order. */
export async function listRecords(
  db: Db,
  keys: VaultKeys | null,
  spec: RecordSpec,
  opts: {
    where?: Record<string, string | number>;
    limit?: number;
    offset?: number;
    redact?: boolean;
  } = {},
): Promise<DomainRecord[]> {
  let q = db.selectFrom(spec.table).selectAll();
  for (const [col, value] of Object.entries(opts.where ?? {})) q = q.where(col, "=", value);
  q = q.orderBy("created_at").orderBy("id");
  if (opts.limit !== undefined) q = q.limit(opts.limit).offset(opts.offset ?? 0);
  const rows = await q.execute();
  return rows.map((r: Row) => decodeRow(spec, r, keys, { redact: opts.redact }));
}

/**
 * Changes a record: refuses when `expectedVersion` is not the stored one (no lost updates), keeps
 * the previous version sealed in the history, bumps the version, audits the fields touched.
 */
export async function updateRecord(props: {
  db: Db;
  keys: VaultKeys;
  actor: Actor;
  spec: RecordSpec;
  id: string;
  expectedVersion: number;
  changes: Record<string, unknown>;
  now?: string;
}): Promise<DomainRecord> {
  const { db, keys, actor, spec, id } = props;
  if (spec.appendOnly)
    throw new ValidationError([
      { path: "/", message: `${spec.type} records are never changed; add a new one.` },
    ]);
  const current = await getRecord(db, keys, spec, id);
  if (current.version !== props.expectedVersion)
    throw new ConflictError(spec.type, id, props.expectedVersion, current.version);
  const touched = Object.keys(props.changes).filter(
    (f) =>
      spec.fields.includes(f) && JSON.stringify(props.changes[f]) !== JSON.stringify(current[f]),
  );
  const unknown = Object.keys(props.changes).filter((f) => !spec.fields.includes(f));
  if (unknown.length)
    throw new ValidationError(
      unknown.map((f) => ({ path: `/${f}`, message: `unknown field "${f}"` })),
    );
  const now = props.now ?? new Date().toISOString();
  const next = canonicalRecord(spec, {
    ...current,
    ...props.changes,
    version: current.version + 1,
    updated_at: now,
    updated_by: actorRef(actor),
  });
  const issues = validateRecord(spec, next);
  if (issues.length) throw new ValidationError(issues);
  await writeHistory(db, keys, spec.type, current, now, actorRef(actor));
  const row = encodeRecord(spec, next, keys);
  delete row.id;
  const result = await db
    .updateTable(spec.table)
    .set(row)
    .where("id", "=", id)
    .where("version", "=", current.version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1)
    throw new ConflictError(spec.type, id, props.expectedVersion, current.version + 1);
  await appendAudit(db, {
    actor,
    action: "update",
    recordType: spec.type,
    recordId: id,
    fields: touched,
  });
  return next;
}

/** Seals a record version into the history table. */
export async function writeHistory(
  db: Db,
  keys: VaultKeys,
  type: string,
  record: DomainRecord,
  changedAt: string,
  changedBy: string,
): Promise<void> {
  await db
    .insertInto("record_versions")
    .values(historyRow(keys, type, record, changedAt, changedBy))
    .execute();
}

/** The stored form of one history entry. */
export function historyRow(
  keys: VaultKeys,
  type: string,
  record: DomainRecord,
  changedAt: string,
  changedBy: string,
): Row {
  return {
    record_type: type,
    record_id: record.id,
    version: record.version,
    snapshot: seal(
      keys.history,
      JSON.stringify(record),
      snapshotAad(type, record.id, record.version),
    ),
    changed_at: changedAt,
    changed_by: changedBy,
  };
}

/** Earlier versions of a record, oldest first, decrypted. */
export async function recordHistory(
  db: Db,
  keys: VaultKeys,
  type: string,
  id: string,
): Promise<RecordVersionLine["record"][]> {
  const rows = await db
    .selectFrom("record_versions")
    .selectAll()
    .where("record_type", "=", type)
    .where("record_id", "=", id)
    .orderBy("version")
    .execute();
  return rows.map((r: Row) => decodeHistoryRow(keys, r));
}

/** Opens one stored history row. */
export function decodeHistoryRow(keys: VaultKeys, r: Row): RecordVersionLine["record"] {
  const type = String(r.record_type);
  const id = String(r.record_id);
  const version = Number(r.version);
  return {
    record_type: type,
    record_id: id,
    version,
    snapshot: JSON.parse(open(keys.history, String(r.snapshot), snapshotAad(type, id, version))),
    changed_at: String(r.changed_at),
    changed_by: String(r.changed_by),
  };
}
