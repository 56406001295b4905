import { sql, type Kysely } from "kysely";
import { isPostgres } from "../migration-helpers.ts";

/**
 * The subscription drop box: what the public side receives while the vault may be sealed (a new
 * subscription, a confirmation, an unsubscription), each a libsodium sealed box to the vault's
 * inbox key under a random id, and nothing else: no address, token, time, IP or user agent in the
 * clear. On PostgreSQL the public reader role may add rows but not read them back: the schema's
 * default privileges granted SELECT, which is taken away again here.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("subscription_inbox")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("sealed", "text", (c) => c.notNull())
    .execute();
  if (!(await isPostgres(db))) return;
  await sql`do $$
    declare reader text := regexp_replace(current_schema(), '_public$', '_public_reader');
    begin
      if exists (select 1 from pg_roles where rolname = reader) then
        execute format('revoke select on subscription_inbox from %I', reader);
        execute format('grant insert on subscription_inbox to %I', reader);
      end if;
    end $$`.execute(db);
}

/** Drops the drop box. */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("subscription_inbox").execute();
}
