import { sql, type Kysely } from "kysely";
import { isPostgres, withColumns } from "../migration-helpers.ts";

/**
 * WebAuthn: pending challenges, and a counter wide enough for WebAuthn's unsigned 32-bit
 * signature counter.
 *
 * A challenge is stored (hashed) server-side rather than in the login ticket: a ticket is
 * stateless, so nothing would stop the same challenge from being answered twice while it is
 * valid. A row is deleted by the single statement that uses it, so of two racing requests one
 * wins. Rows are short-lived (5 minutes) and, like sessions, are not carried in backups; they
 * have no foreign key so that a restore never trips over them.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await withColumns(db.schema.createTable("webauthn_challenges"), [
    ["challenge_hash", "text"],
    ["user_id", "text"],
    ["purpose", "text"],
    ["created_at", "text"],
    ["expires_at", "text"],
  ])
    .addPrimaryKeyConstraint("webauthn_challenges_pk", ["challenge_hash"])
    .execute();
  await db.schema
    .createIndex("webauthn_challenges_expires_at")
    .on("webauthn_challenges")
    .column("expires_at")
    .execute();
  // PostgreSQL's integer is signed 32-bit; SQLite's is already 64-bit.
  if (await isPostgres(db)) {
    await sql`alter table user_webauthn_credentials alter column counter type bigint`.execute(db);
  }
}

/** Drops the challenge table and narrows the counter again. */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("webauthn_challenges").ifExists().execute();
  if (await isPostgres(db)) {
    await sql`alter table user_webauthn_credentials alter column counter type integer`.execute(db);
  }
}
