import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sql, type Kysely, type Transaction } from "kysely";
import type { Database as SqliteDb } from "better-sqlite3-multiple-ciphers";
import { PUBLIC_MIGRATIONS, VAULT_MIGRATIONS, migrateToLatest } from "./migrate.ts";
import { postgresKysely, schemaNames } from "./postgres.ts";
import { openSqliteFile, sqliteKysely } from "./sqlite.ts";

export type Dialect = "sqlite" | "postgres";

/** Where an installation keeps its data. */
export interface StoreConfig {
  dataDir: string;
  databaseUrl?: string;
  pgSchemaPrefix: string;
}

/** What an installation stores outside the sealed vault: enough to check a secret, nothing more. */
export interface Installation {
  format: 1;
  created_at: string;
  salt: string;
  key_check: string;
  inbox_public_key: string;
  inbox_secret_key_wrapped: string;
  demo: boolean;
}

/** The vault and the public store, physically apart, behind one interface for both dialects. */
export interface Stores {
  readonly dialect: Dialect;
  readonly config: StoreConfig;
  readonly publicDb: Kysely<any>;
  readInstallation(): Promise<Installation | null>;
  writeInstallation(installation: Installation): Promise<void>;
  /** Opens (and migrates) the vault; on SQLite the key decrypts the file. */
  openVault(sqliteKey: Uint8Array): Promise<Kysely<any>>;
  closeVault(): Promise<void>;
  /** The open vault's raw SQLite connection (bulk loads), or null on PostgreSQL or while sealed. */
  rawVaultSqlite(): SqliteDb | null;
  /** True when the vault holds no record at all (restore needs an empty target). */
  vaultFileExists(): boolean;
  destroy(): Promise<void>;
}

/** Opens the stores named by the configuration: PostgreSQL when a URL is given, else SQLite files. */
export async function openStores(config: StoreConfig): Promise<Stores> {
  mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  return config.databaseUrl
    ? openPostgresStores(config, config.databaseUrl)
    : openSqliteStores(config);
}

async function openSqliteStores(config: StoreConfig): Promise<Stores> {
  const vaultPath = join(config.dataDir, "vault.db");
  const installationPath = join(config.dataDir, "installation.json");
  const publicDb = sqliteKysely(openSqliteFile(join(config.dataDir, "public.db")));
  await migrateToLatest(publicDb, PUBLIC_MIGRATIONS);
  let vault: Kysely<any> | null = null;
  let rawVault: SqliteDb | null = null;
  return {
    dialect: "sqlite",
    config,
    publicDb,
    async readInstallation() {
      if (!existsSync(installationPath)) return null;
      return JSON.parse(readFileSync(installationPath, "utf8")) as Installation;
    },
    async writeInstallation(installation) {
      const tmp = `${installationPath}.new`;
      writeFileSync(tmp, JSON.stringify(installation, null, 2) + "\n", { mode: 0o600 });
      renameSync(tmp, installationPath);
    },
    async openVault(key) {
      if (vault) return vault;
      const raw: SqliteDb = openSqliteFile(vaultPath, key);
      rawVault = raw;
      vault = sqliteKysely(raw);
      await migrateToLatest(vault, VAULT_MIGRATIONS);
      return vault;
    },
    async closeVault() {
      // Closing the connection frees SQLite's copy of the page key.
      await vault?.destroy();
      vault = null;
      rawVault = null;
    },
    rawVaultSqlite: () => rawVault,
    vaultFileExists: () => existsSync(vaultPath),
    async destroy() {
      await vault?.destroy();
      vault = null;
      await publicDb.destroy();
    },
  };
}

async function openPostgresStores(config: StoreConfig, url: string): Promise<Stores> {
  const names = schemaNames(config.pgSchemaPrefix);
  const admin = postgresKysely(url, "public", 1);
  // Two commands may open the same installation at once: one advisory lock serialises the
  // schema and role set-up (concurrent GRANTs otherwise fail with "tuple concurrently updated").
  await admin.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(7242607)`.execute(trx);
    await sql`create schema if not exists ${sql.id(names.vault)}`.execute(trx);
    await sql`create schema if not exists ${sql.id(names.public)}`.execute(trx);
    await sql`create table if not exists ${sql.id(names.vault, "installation")} (id integer primary key, body text not null)`.execute(
      trx,
    );
    await grantPublicReader(trx, names);
  });
  await admin.destroy();
  const publicDb = postgresKysely(url, names.public);
  await migrateToLatest(publicDb, PUBLIC_MIGRATIONS, names.public);
  const vaultDb = postgresKysely(url, names.vault);
  let opened = false;
  return {
    dialect: "postgres",
    config,
    publicDb,
    async readInstallation() {
      const row = await vaultDb
        .selectFrom("installation")
        .select("body")
        .where("id", "=", 1)
        .executeTakeFirst();
      return row ? (JSON.parse(row.body) as Installation) : null;
    },
    async writeInstallation(installation) {
      const body = JSON.stringify(installation);
      await vaultDb
        .insertInto("installation")
        .values({ id: 1, body })
        .onConflict((oc) => oc.column("id").doUpdateSet({ body }))
        .execute();
    },
    async openVault() {
      if (!opened) await migrateToLatest(vaultDb, VAULT_MIGRATIONS, names.vault);
      opened = true;
      return vaultDb;
    },
    async closeVault() {
      opened = false;
    },
    rawVaultSqlite: () => null,
    vaultFileExists: () => false,
    async destroy() {
      await vaultDb.destroy();
      await publicDb.destroy();
    },
  };
}

/** The role a public-only process uses: it may read the public schema and nothing of the vault. */
export function publicReaderRole(prefix: string): string {
  return `${prefix}_public_reader`;
}

async function grantPublicReader(
  admin: Kysely<any> | Transaction<any>,
  names: { vault: string; public: string },
) {
  const role = publicReaderRole(names.vault.replace(/_vault$/, ""));
  const exists = await sql<{
    n: number;
  }>`select count(*)::int as n from pg_roles where rolname = ${role}`.execute(admin);
  if (!exists.rows[0]?.n) await sql`create role ${sql.id(role)} nologin`.execute(admin);
  await sql`revoke all on schema ${sql.id(names.vault)} from ${sql.id(role)}`.execute(admin);
  await sql`revoke all on schema ${sql.id(names.vault)} from public`.execute(admin);
  await sql`grant usage on schema ${sql.id(names.public)} to ${sql.id(role)}`.execute(admin);
  await sql`alter default privileges in schema ${sql.id(names.public)} grant select on tables to ${sql.id(role)}`.execute(
    admin,
  );
  await sql`grant select on all tables in schema ${sql.id(names.public)} to ${sql.id(role)}`.execute(
    admin,
  );
}
