import { sql } from "kysely";
import type { VaultKeys } from "../keyring/installation.ts";
import { canonicalRecord, decodeRow } from "../records/record-codec.ts";
import { decodeHistoryRow, type Db } from "../records/record.repository.ts";
import { RECORD_SPECS } from "../records/registry.ts";
import type { RecordSpec } from "../records/record-spec.ts";

const PAGE = 2000;

/** What to leave out of an export. */
export interface ExportOptions {
  /** Omit every protected field and the version history (which holds protected values). */
  publicOnly?: boolean;
}

/** Rows of a table in id order, a page at a time (memory stays flat whatever the size). */
async function* pagedRows(
  db: Db,
  table: string,
  key: string[],
): AsyncGenerator<Record<string, unknown>> {
  let after: unknown[] | null = null;
  const cols = sql.join(key.map((c) => sql.ref(c)));
  for (;;) {
    let q = db.selectFrom(table).selectAll();
    if (after) q = q.where(sql<boolean>`(${cols}) > (${sql.join(after.map((v) => sql.val(v)))})`);
    for (const c of key) q = q.orderBy(c);
    const rows = await q.limit(PAGE).execute();
    for (const r of rows) yield r;
    if (rows.length < PAGE) return;
    const lastRow = rows[rows.length - 1]!;
    after = key.map((c) => lastRow[c]);
  }
}

function exportRecord(
  spec: RecordSpec,
  row: Record<string, unknown>,
  keys: VaultKeys,
  opts: ExportOptions,
): string {
  const record = canonicalRecord(spec, decodeRow(spec, row, keys));
  if (opts.publicOnly) for (const f of spec.protectedFields) delete record[f];
  return JSON.stringify({ type: spec.type, record });
}

/** The vault as interchange lines: every record type in dependency order, then the history. */
export async function* exportLines(
  db: Db,
  keys: VaultKeys,
  opts: ExportOptions = {},
): AsyncGenerator<string> {
  for (const spec of RECORD_SPECS) {
    for await (const row of pagedRows(db, spec.table, ["id"]))
      yield exportRecord(spec, row, keys, opts);
  }
  if (opts.publicOnly) return;
  for await (const row of pagedRows(db, "record_versions", [
    "record_type",
    "record_id",
    "version",
  ])) {
    yield JSON.stringify({ type: "record_version", record: decodeHistoryRow(keys, row) });
  }
}
