import type { Db } from "../records/record.repository.ts";

/** Sets a proceeding's current status to that of its latest event. */
export async function refreshProceeding(db: Db, proceedingId: string): Promise<void> {
  const last = await db
    .selectFrom("proceeding_events")
    .select("status")
    .where("proceeding_id", "=", proceedingId)
    .orderBy("occurred_on", "desc")
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
  await db
    .updateTable("legal_proceedings")
    .set({ current_status: last?.status ?? null })
    .where("id", "=", proceedingId)
    .execute();
}
