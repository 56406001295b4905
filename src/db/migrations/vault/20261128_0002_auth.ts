import { sql, type Kysely } from "kysely";
import { withColumns } from "../migration-helpers.ts";

type Col = [string, "text" | "integer", boolean?, (string | number)?];
type Fk = [column: string, target: string];

/**
 * Staff access tables: [table, primary key, columns, foreign keys]. No e-mail, secret or token is
 * stored in the clear: e-mails and TOTP secrets are sealed, tokens and codes are hashed, and the
 * e-mail is found through a keyed HMAC. Sessions keep no IP address.
 */
// prettier-ignore
const TABLES: [string, string[], Col[], Fk[]][] = [
  ["users", ["id"], [["id", "text"], ["org_id", "text"], ["email_lookup", "text"], ["email", "text"], ["role", "text"], ["status", "text"], ["password_hash", "text", true], ["enrolled_at", "text", true], ["disabled_at", "text", true], ["created_at", "text"], ["created_by", "text"], ["updated_at", "text"], ["version", "integer"]], [["org_id", "organisations"]]],
  ["user_totp", ["user_id"], [["user_id", "text"], ["secret", "text"], ["last_used_step", "integer", false, 0], ["confirmed_at", "text", true], ["created_at", "text"]], [["user_id", "users"]]],
  ["user_webauthn_credentials", ["id"], [["id", "text"], ["user_id", "text"], ["public_key", "text"], ["counter", "integer", false, 0], ["transports", "text", false, "[]"], ["name", "text", true], ["created_at", "text"], ["last_used_at", "text", true]], [["user_id", "users"]]],
  ["user_recovery_codes", ["user_id", "code_hash"], [["user_id", "text"], ["code_hash", "text"], ["created_at", "text"], ["used_at", "text", true]], [["user_id", "users"]]],
  ["enrolment_tokens", ["token_hash"], [["token_hash", "text"], ["user_id", "text"], ["created_at", "text"], ["expires_at", "text"], ["used_at", "text", true]], [["user_id", "users"]]],
  ["sessions", ["id"], [["id", "text"], ["token_hash", "text"], ["user_id", "text"], ["created_at", "text"], ["last_seen_at", "text"], ["expires_at", "text"], ["step_up_at", "text", true], ["user_agent_family", "text", true]], [["user_id", "users"]]],
  ["login_throttle", ["account_key"], [["account_key", "text"], ["failures", "integer"], ["next_allowed_at", "text"], ["updated_at", "text"]], []],
  ["api_tokens", ["id"], [["id", "text"], ["token_hash", "text"], ["user_id", "text"], ["name", "text"], ["created_at", "text"], ["expires_at", "text"], ["revoked_at", "text", true]], [["user_id", "users"]]],
  ["grants", ["id"], [["id", "text"], ["incident_id", "text"], ["grantee_user_id", "text", true], ["grantee_org_id", "text", true], ["level", "text"], ["created_by", "text"], ["created_at", "text"], ["revoked_at", "text", true], ["revoked_by", "text", true]], [["incident_id", "incidents"], ["grantee_user_id", "users"], ["grantee_org_id", "organisations"]]],
];

const INDEXES: [table: string, columns: string[], unique?: boolean][] = [
  ["users", ["email_lookup"], true],
  ["users", ["org_id"]],
  ["user_webauthn_credentials", ["user_id"]],
  ["enrolment_tokens", ["user_id"]],
  ["sessions", ["token_hash"], true],
  ["sessions", ["user_id"]],
  ["api_tokens", ["token_hash"], true],
  ["api_tokens", ["user_id"]],
  ["grants", ["incident_id"]],
  ["grants", ["grantee_user_id"]],
  ["grants", ["grantee_org_id"]],
];

/** Creates the staff account, second factor, session, throttle, API token and grant tables. */
export async function up(db: Kysely<any>): Promise<void> {
  for (const [table, pk, cols, fks] of TABLES) {
    let t = withColumns(db.schema.createTable(table), cols).addPrimaryKeyConstraint(
      `${table}_pk`,
      pk,
    );
    for (const [column, target] of fks) {
      // Deferred like every reference, so a restore may write rows in any order.
      t = t.addForeignKeyConstraint(`${table}_${column}_fk`, [column], target, ["id"], (c) =>
        c.deferrable().initiallyDeferred(),
      );
    }
    if (table === "grants") {
      // A grant goes to exactly one grantee: a user or an organisation.
      t = t.addCheckConstraint(
        "grants_one_grantee",
        sql`(grantee_user_id is null) <> (grantee_org_id is null)`,
      );
    }
    await t.execute();
  }
  for (const [table, columns, unique] of INDEXES) {
    let ix = db.schema
      .createIndex(`${table}_${columns.join("_")}`)
      .on(table)
      .columns(columns);
    if (unique) ix = ix.unique();
    await ix.execute();
  }
}

/** Drops everything this migration created. */
export async function down(db: Kysely<any>): Promise<void> {
  for (const [table] of [...TABLES].reverse())
    await db.schema.dropTable(table).ifExists().execute();
}
