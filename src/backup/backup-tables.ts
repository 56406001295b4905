import { RECORD_SPECS } from "../records/registry.ts";

/** Vault tables a backup carries, parents first, with the key that orders their rows. */
export const VAULT_BACKUP_TABLES: { table: string; key: string[] }[] = [
  ...RECORD_SPECS.map((s) => ({ table: s.table, key: ["id"] })),
  { table: "record_versions", key: ["record_type", "record_id", "version"] },
  { table: "person_name_tokens", key: ["token", "person_id"] },
  // Staff accounts and what they may do; sessions, throttle rows and enrolment links are not kept.
  { table: "users", key: ["id"] },
  { table: "user_totp", key: ["user_id"] },
  { table: "user_webauthn_credentials", key: ["id"] },
  { table: "user_recovery_codes", key: ["user_id", "code_hash"] },
  { table: "api_tokens", key: ["id"] },
  { table: "grants", key: ["id"] },
  // Subscribers (addresses sealed) and which announcements each has had, so none is sent twice.
  { table: "subscribers", key: ["id"] },
  { table: "subscription_announcements", key: ["slug"] },
  { table: "subscription_deliveries", key: ["subscriber_id", "slug"] },
  { table: "audit_events", key: ["seq"] },
  { table: "audit_head", key: ["id"] },
  {
    table: "incident_stats",
    key: ["host_state", "origin_state", "year", "furthest_stage", "verification_status"],
  },
];

/** Public-store tables a backup carries. */
export const PUBLIC_BACKUP_TABLES: { table: string; key: string[] }[] = [
  { table: "public_meta", key: ["key"] },
  { table: "public_incidents", key: ["public_id"] },
  { table: "public_incident_facets", key: ["public_id", "facet", "value"] },
  { table: "public_documents", key: ["slug"] },
  { table: "public_document_categories", key: ["category", "slug"] },
  { table: "public_document_translations", key: ["slug", "language"] },
  { table: "public_aggregate_cells", key: ["table_name", "cell_key"] },
  // Published files of documents, bytes included (base64 in the backup lines).
  { table: "public_attachments", key: ["slug", "file_name"] },
  // Sealed subscription requests not yet taken into the vault.
  { table: "subscription_inbox", key: ["id"] },
];

/** Columns that the database computes itself and a restore must not write. */
export const GENERATED_COLUMNS = new Set(["search"]);
