import { Migrator, type Kysely, type Migration } from "kysely";
import * as publicInitial from "./migrations/public/20261127_0001_public.ts";
import * as publicPublishing from "./migrations/public/20261129_0002_publishing.ts";
import * as publicIncidentOrder from "./migrations/public/20261130_0004_public_incident_order.ts";
import * as publicSubscriptionInbox from "./migrations/public/20261130_0005_subscription_inbox.ts";
import * as publicAttachments from "./migrations/public/20261201_0006_public_attachments.ts";
import * as vaultRecords from "./migrations/vault/20261127_0001_records.ts";
import * as vaultAuth from "./migrations/vault/20261128_0002_auth.ts";
import * as vaultWebauthn from "./migrations/vault/20261128_0003_webauthn.ts";
import * as vaultSubscriptions from "./migrations/vault/20261130_0004_subscriptions.ts";
import * as vaultDocumentAttachments from "./migrations/vault/20261201_0005_document_attachments.ts";

/** Vault migrations in order; one file per change, timestamp-prefixed. */
export const VAULT_MIGRATIONS: Record<string, Migration> = {
  "20261127_0001_records": vaultRecords,
  "20261128_0002_auth": vaultAuth,
  "20261128_0003_webauthn": vaultWebauthn,
  "20261130_0004_subscriptions": vaultSubscriptions,
  "20261201_0005_document_attachments": vaultDocumentAttachments,
};

/** Public-store migrations in order. */
export const PUBLIC_MIGRATIONS: Record<string, Migration> = {
  "20261127_0001_public": publicInitial,
  "20261129_0002_publishing": publicPublishing,
  "20261130_0004_public_incident_order": publicIncidentOrder,
  "20261130_0005_subscription_inbox": publicSubscriptionInbox,
  "20261201_0006_public_attachments": publicAttachments,
};

/** Brings a database to the latest migration; throws the first failure. */
export async function migrateToLatest(
  db: Kysely<any>,
  migrations: Record<string, Migration>,
  schema?: string,
): Promise<void> {
  // On PostgreSQL the bookkeeping tables live in the store's own schema, never in a shared one.
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  for (let attempt = 1; ; attempt++) {
    const { error } = await migrator.migrateToLatest();
    if (!error) return;
    // Kysely's introspection reads every schema of the database: one that another installation
    // (or a parallel test) drops at that moment fails it with invalid_schema_name or, when the
    // drop lands between reading a schema's tables and their columns, undefined_table. Try again.
    const code = (error as { code?: string }).code;
    if ((code === "3F000" || code === "42P01") && attempt < 5) continue;
    throw error instanceof Error ? error : new Error(String(error));
  }
}
