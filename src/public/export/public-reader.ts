import { join } from "node:path";
import Database from "better-sqlite3-multiple-ciphers";
import type { Kysely } from "kysely";
import { postgresKysely, schemaNames } from "../../db/postgres.ts";
import { sqliteKysely } from "../../db/sqlite.ts";
import type { StoreConfig } from "../../db/stores.ts";

/** How another thread opens the public store (plain data: it is sent to export workers). */
export type PublicStoreSpec =
  { dialect: "sqlite"; file: string } | { dialect: "postgres"; url: string; schema: string };

/** The public store of an installation, as another thread opens it (see openStores). */
export function publicStoreSpec(config: StoreConfig): PublicStoreSpec {
  if (config.databaseUrl)
    return {
      dialect: "postgres",
      url: config.databaseUrl,
      schema: schemaNames(config.pgSchemaPrefix).public,
    };
  return { dialect: "sqlite", file: join(config.dataDir, "public.db") };
}

/**
 * A read-only connection to the public store (never the vault): on SQLite the file opened
 * read-only (the public store is not encrypted), on PostgreSQL one connection to its schema.
 */
export function openPublicReader(spec: PublicStoreSpec): Kysely<any> {
  if (spec.dialect === "postgres") return postgresKysely(spec.url, spec.schema, 1);
  const db = new Database(spec.file, { readonly: true, fileMustExist: true });
  db.pragma("busy_timeout = 5000");
  db.pragma("cache_size = -32768");
  return sqliteKysely(db);
}
