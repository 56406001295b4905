import { sql } from "kysely";
import type { Kysely, Transaction } from "kysely";

const PAGE = 2000;

/** Rows of a table in key order, a page at a time (keyset pagination: memory stays flat). */
export async function* pagedRows(
  db: Kysely<any> | Transaction<any>,
  table: string,
  key: string[],
  columns?: string[],
): AsyncGenerator<Record<string, unknown>> {
  let after: unknown[] | null = null;
  const cols = sql.join(key.map((c) => sql.ref(c)));
  for (;;) {
    let q: any = columns ? db.selectFrom(table).select(columns) : db.selectFrom(table).selectAll();
    if (after) q = q.where(sql<boolean>`(${cols}) > (${sql.join(after.map((v) => sql.val(v)))})`);
    for (const c of key) q = q.orderBy(c);
    const rows = await q.limit(PAGE).execute();
    yield* rows;
    if (rows.length < PAGE) return;
    const last = rows[rows.length - 1]!;
    after = key.map((c) => last[c]);
  }
}
