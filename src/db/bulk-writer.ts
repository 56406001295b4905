import type { Database } from "better-sqlite3-multiple-ciphers";
import type { Kysely, Transaction } from "kysely";

/** Writes many rows fast inside the caller's transaction; existing keys are left as they are. */
export interface BulkWriter {
  write(table: string, row: Record<string, unknown>): Promise<void>;
  /** Writes what is still buffered; returns per table how many rows were skipped because their key existed. */
  finish(): Promise<Record<string, number>>;
}

const BATCH = 500;

/**
 * On SQLite, one cached prepared statement per table and column set, run row by row on the same
 * connection (as fast as SQLite inserts get); elsewhere, multi-row inserts of 500 rows.
 */
export function bulkWriter(
  db: Kysely<any> | Transaction<any>,
  sqlite: Database | null,
): BulkWriter {
  const skipped: Record<string, number> = {};
  const skip = (table: string, n: number) => {
    if (n > 0) skipped[table] = (skipped[table] ?? 0) + n;
  };
  if (sqlite) {
    const statements = new Map<
      string,
      { run: (...v: unknown[]) => { changes: number }; cols: string[] }
    >();
    return {
      async write(table, row) {
        const cols = Object.keys(row);
        const key = `${table}|${cols.join(",")}`;
        let st = statements.get(key);
        if (!st) {
          const prepared = sqlite.prepare(
            `insert into "${table}" (${cols.map((c) => `"${c}"`).join(", ")}) values (${cols.map(() => "?").join(", ")}) on conflict do nothing`,
          );
          st = { run: (...v) => prepared.run(...v), cols };
          statements.set(key, st);
        }
        if (st.run(...st.cols.map((c) => row[c])).changes === 0) skip(table, 1);
      },
      async finish() {
        return skipped;
      },
    };
  }
  const buffers = new Map<string, Record<string, unknown>[]>();
  const flush = async (table: string) => {
    const rows = buffers.get(table);
    if (!rows?.length) return;
    buffers.set(table, []);
    const result = await db
      .insertInto(table)
      .values(rows)
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    skip(table, rows.length - Number(result.numInsertedOrUpdatedRows ?? rows.length));
  };
  return {
    async write(table, row) {
      const rows = buffers.get(table) ?? [];
      rows.push(row);
      buffers.set(table, rows);
      if (rows.length >= BATCH) await flush(table);
    },
    async finish() {
      for (const table of buffers.keys()) await flush(table);
      return skipped;
    },
  };
}
