import { onlyVisible } from "../../auth/record-access.ts";
import type { StaffActor } from "../../auth/auth.types.ts";
import type { Row } from "../../records/record-codec.ts";
import type { RecordSpec } from "../../records/record-spec.ts";
import type { Db } from "../../records/record.repository.ts";

/** One stored row by id (still sealed), or undefined. */
export async function findRecordRow(
  db: Db,
  spec: RecordSpec,
  id: string,
): Promise<Row | undefined> {
  return db.selectFrom(spec.table).selectAll().where("id", "=", id).executeTakeFirst();
}

/**
 * One page of the rows of a type the actor may view, in id order (UUIDv7 ids are creation order),
 * after a keyset cursor: `limit + 1` rows come back so the caller knows whether a next page exists.
 */
export async function listVisibleRows(
  db: Db,
  actor: StaffActor,
  spec: RecordSpec,
  opts: {
    filters: { column: string; value: string | number }[];
    after: string | null;
    limit: number;
  },
): Promise<Row[]> {
  let q = onlyVisible(db.selectFrom(`${spec.table} as r`).selectAll("r"), actor, spec.type);
  for (const f of opts.filters) q = q.where(`r.${f.column}`, "=", f.value);
  if (opts.after !== null) q = q.where("r.id", ">", opts.after);
  return q
    .orderBy("r.id")
    .limit(opts.limit + 1)
    .execute();
}
