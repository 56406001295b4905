import Database from "better-sqlite3-multiple-ciphers";
import { Kysely, SqliteDialect } from "kysely";

/** Opens an SQLite file with the settings both stores need; with a key, the file is encrypted. */
export function openSqliteFile(path: string, rawKey?: Uint8Array): Database.Database {
  const db = new Database(path);
  if (rawKey) {
    db.pragma("cipher='chacha20'");
    db.pragma(`key="x'${Buffer.from(rawKey).toString("hex")}'"`);
  }
  // Fails here, not later, when the key is wrong ("file is not a database").
  db.prepare("select count(*) from sqlite_master").get();
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.pragma("foreign_keys = ON");
  db.pragma("temp_store = MEMORY");
  db.pragma("busy_timeout = 5000");
  // 64 MiB of decrypted pages: random-key indexes (blind-index tokens, UUIDs) stay in memory
  // during bulk work instead of being re-read and decrypted from the WAL page by page.
  db.pragma("cache_size = -65536");
  return db;
}

/** Wraps an open SQLite database in Kysely. */
export function sqliteKysely(db: Database.Database): Kysely<any> {
  return new Kysely<any>({ dialect: new SqliteDialect({ database: db }) });
}
