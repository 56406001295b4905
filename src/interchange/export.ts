import { pagedRows } from "../db/paged-rows.ts";
import type { VaultKeys } from "../keyring/installation.ts";
import { canonicalRecord, decodeRow } from "../records/record-codec.ts";
import { decodeHistoryRow, type Db } from "../records/record.repository.ts";
import { RECORD_SPECS } from "../records/registry.ts";
import type { RecordSpec } from "../records/record-spec.ts";

/** What to leave out of an export. */
export interface ExportOptions {
  /** Omit every protected field and the version history (which holds protected values). */
  publicOnly?: boolean;
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
