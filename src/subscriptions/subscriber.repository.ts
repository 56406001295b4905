import type { Kysely, Transaction } from "kysely";
import type { Lang } from "../i18n/languages.ts";

type Db = Kysely<any> | Transaction<any>;

/** A subscriber as the vault keeps it; `email` is sealed (see subscription.commands.ts). */
export interface SubscriberRow {
  id: string;
  email_lookup: string;
  email: string;
  status: "pending" | "confirmed";
  language: Lang;
  /** JSON array of category codes. */
  categories: string;
  pending_language: Lang | null;
  pending_categories: string | null;
  confirm_token_hash: string | null;
  /** 1 while a confirmation mail is owed (sent by the unsealed vault's job). */
  confirmation_due: number;
  created_on: string;
  confirmed_on: string | null;
}

/** A published document waiting to be announced. */
export interface AnnouncementRow {
  slug: string;
  payload: string;
  queued_on: string;
  done: number;
}

/** The subscriber with this address lookup, if any. */
export async function findSubscriberByLookup(db: Db, lookup: string) {
  return (await db
    .selectFrom("subscribers")
    .selectAll()
    .where("email_lookup", "=", lookup)
    .executeTakeFirst()) as SubscriberRow | undefined;
}

/** The subscriber with this id, if any. */
export async function findSubscriberById(db: Db, id: string) {
  return (await db
    .selectFrom("subscribers")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirst()) as SubscriberRow | undefined;
}

/** The subscriber a confirmation token (by its hash) belongs to, if any. */
export async function findSubscriberByConfirmHash(db: Db, hash: string) {
  return (await db
    .selectFrom("subscribers")
    .selectAll()
    .where("confirm_token_hash", "=", hash)
    .executeTakeFirst()) as SubscriberRow | undefined;
}

/** Adds a subscriber. */
export async function insertSubscriber(db: Db, row: SubscriberRow): Promise<void> {
  await db.insertInto("subscribers").values(row).execute();
}

/** Changes some of a subscriber's columns. */
export async function updateSubscriber(
  db: Db,
  id: string,
  changes: Partial<Omit<SubscriberRow, "id">>,
): Promise<void> {
  await db.updateTable("subscribers").set(changes).where("id", "=", id).execute();
}

/** Deletes a subscriber and every trace of what they were sent. */
export async function deleteSubscriber(db: Db, id: string): Promise<void> {
  await db.deleteFrom("subscription_deliveries").where("subscriber_id", "=", id).execute();
  await db.deleteFrom("subscribers").where("id", "=", id).execute();
}

/** Subscribers owed a confirmation mail. */
export async function subscribersDueConfirmation(db: Db): Promise<SubscriberRow[]> {
  return (await db
    .selectFrom("subscribers")
    .selectAll()
    .where("confirmation_due", "=", 1)
    .orderBy("id")
    .execute()) as SubscriberRow[];
}

/** Confirmed subscribers who read one of these languages. */
export async function confirmedSubscribers(db: Db, languages: string[]): Promise<SubscriberRow[]> {
  if (!languages.length) return [];
  return (await db
    .selectFrom("subscribers")
    .selectAll()
    .where("status", "=", "confirmed")
    .where("language", "in", languages)
    .orderBy("id")
    .execute()) as SubscriberRow[];
}

/** Queues a document for announcement; a slug already queued (or announced) is left alone. */
export async function queueAnnouncement(db: Db, row: Omit<AnnouncementRow, "done">) {
  await db
    .insertInto("subscription_announcements")
    .values({ ...row, done: 0 })
    .onConflict((oc) => oc.column("slug").doNothing())
    .execute();
}

/** Announcements not yet sent out. */
export async function pendingAnnouncements(db: Db): Promise<AnnouncementRow[]> {
  return (await db
    .selectFrom("subscription_announcements")
    .selectAll()
    .where("done", "=", 0)
    .orderBy("queued_on")
    .orderBy("slug")
    .execute()) as AnnouncementRow[];
}

/** Marks an announcement as sent to everyone it was for. */
export async function markAnnouncementDone(db: Db, slug: string): Promise<void> {
  await db
    .updateTable("subscription_announcements")
    .set({ done: 1 })
    .where("slug", "=", slug)
    .execute();
}

/** Claims the right to send one document to one subscriber: false when it is already taken. */
export async function claimDelivery(db: Db, subscriberId: string, slug: string) {
  const r = await db
    .insertInto("subscription_deliveries")
    .values({ subscriber_id: subscriberId, slug })
    .onConflict((oc) => oc.columns(["subscriber_id", "slug"]).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Gives a claim back after a failed send, so the next run tries again. */
export async function releaseDelivery(db: Db, subscriberId: string, slug: string) {
  await db
    .deleteFrom("subscription_deliveries")
    .where("subscriber_id", "=", subscriberId)
    .where("slug", "=", slug)
    .execute();
}
