import type { Kysely, Transaction } from "kysely";

type Db = Kysely<any> | Transaction<any>;

/** One sealed item waiting in the public store's drop box. */
export interface InboxRow {
  id: string;
  sealed: string;
}

/** Drops one sealed item into the public store (works while the vault is sealed). */
export async function addInboxItem(db: Db, row: InboxRow): Promise<void> {
  await db.insertInto("subscription_inbox").values(row).execute();
}

/** Up to `limit` waiting items, in no meaningful order (ids are random). */
export async function listInboxItems(db: Db, limit = 500): Promise<InboxRow[]> {
  return (await db
    .selectFrom("subscription_inbox")
    .select(["id", "sealed"])
    .orderBy("id")
    .limit(limit)
    .execute()) as InboxRow[];
}

/** Removes an item once the vault holds what it said. */
export async function deleteInboxItem(db: Db, id: string): Promise<void> {
  await db.deleteFrom("subscription_inbox").where("id", "=", id).execute();
}

/** How many items wait (the form refuses new ones past a cap while the vault stays sealed). */
export async function countInboxItems(db: Db): Promise<number> {
  const row = await db
    .selectFrom("subscription_inbox")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
