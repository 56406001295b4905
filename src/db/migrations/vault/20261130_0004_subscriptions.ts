import type { Kysely } from "kysely";

/**
 * E-mail subscribers, inside the vault: the address sealed (AES-GCM, bound to the row) and found
 * through a keyed HMAC so a second request merges; confirmation tokens hashed; days only, never
 * times. `subscription_announcements` queues published documents for the unsealed vault to
 * announce; `subscription_deliveries` makes each announcement reach a subscriber at most once.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("subscribers")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("email_lookup", "text", (c) => c.notNull().unique())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("categories", "text", (c) => c.notNull())
    .addColumn("pending_language", "text")
    .addColumn("pending_categories", "text")
    .addColumn("confirm_token_hash", "text", (c) => c.unique())
    .addColumn("confirmation_due", "integer", (c) => c.notNull())
    .addColumn("created_on", "text", (c) => c.notNull())
    .addColumn("confirmed_on", "text")
    .execute();
  await db.schema
    .createTable("subscription_announcements")
    .addColumn("slug", "text", (c) => c.primaryKey())
    .addColumn("payload", "text", (c) => c.notNull())
    .addColumn("queued_on", "text", (c) => c.notNull())
    .addColumn("done", "integer", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("subscription_deliveries")
    .addColumn("subscriber_id", "text", (c) => c.notNull())
    .addColumn("slug", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("subscription_deliveries_pk", ["subscriber_id", "slug"])
    .execute();
}

/** Drops the subscription tables. */
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ["subscription_deliveries", "subscription_announcements", "subscribers"])
    await db.schema.dropTable(t).execute();
}
