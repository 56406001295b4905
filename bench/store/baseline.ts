import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import Database from "better-sqlite3-multiple-ciphers";
import pg from "pg";
import { migrateToLatest, VAULT_MIGRATIONS } from "../../src/db/migrate.ts";
import { postgresKysely } from "../../src/db/postgres.ts";
import { sqliteKysely } from "../../src/db/sqlite.ts";
import { specOf } from "../../src/records/registry.ts";
import type { RecordSpec } from "../../src/records/record-spec.ts";

/** A row as a plain insert would write it: JSON and booleans encoded, nothing encrypted, nothing validated. */
function plainRow(spec: RecordSpec, record: Record<string, unknown>): Record<string, unknown> {
  const row: Record<string, unknown> = { ...record };
  for (const f of spec.fields) {
    const v = record[f] ?? null;
    const c = spec.codecs[f];
    row[f] =
      v === null
        ? null
        : c === "boolean"
          ? v
            ? 1
            : 0
          : c === "json" || (c === "protected" && typeof v !== "string")
            ? JSON.stringify(v)
            : v;
  }
  if (spec.protectedFields.length) row.dek = "";
  return row;
}

async function* records(
  file: string,
): AsyncGenerator<{ spec: RecordSpec; row: Record<string, unknown> }> {
  for await (const text of createInterface({
    input: createReadStream(file, { highWaterMark: 1 << 20 }),
    crlfDelay: Infinity,
  })) {
    if (!text) continue;
    const { type, record } = JSON.parse(text);
    const spec = specOf(type)!;
    yield { spec, row: plainRow(spec, record) };
  }
}

/** Raw baseline on SQLite: one unencrypted file, the same schema, prepared statements, one transaction. */
export async function sqliteBaseline(file: string, dbPath: string): Promise<number> {
  const raw = new Database(dbPath);
  raw.pragma("journal_mode = WAL");
  raw.pragma("synchronous = FULL");
  raw.pragma("temp_store = MEMORY");
  const k = sqliteKysely(raw);
  await migrateToLatest(k, VAULT_MIGRATIONS);
  const statements = new Map<string, Database.Statement>();
  const started = performance.now();
  raw.exec("begin");
  for await (const { spec, row } of records(file)) {
    const cols = Object.keys(row);
    const key = `${spec.table}:${cols.length}`;
    let st = statements.get(key);
    if (!st) {
      st = raw.prepare(
        `insert into ${spec.table} (${cols.join(",")}) values (${cols.map(() => "?").join(",")})`,
      );
      statements.set(key, st);
    }
    st.run(...cols.map((c) => row[c] as string | number | null));
  }
  raw.exec("commit");
  const ms = performance.now() - started;
  await k.destroy();
  return ms;
}

/** Raw baseline on PostgreSQL: the same schema in its own schema, named prepared statements, one transaction. */
export async function postgresBaseline(file: string, url: string, schema: string): Promise<number> {
  const admin = postgresKysely(url, "public", 1);
  await admin.schema.createSchema(schema).ifNotExists().execute();
  await admin.destroy();
  const k = postgresKysely(url, schema, 1);
  await migrateToLatest(k, VAULT_MIGRATIONS, schema);
  await k.destroy();
  const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
  await client.connect();
  const started = performance.now();
  await client.query("begin");
  await client.query("set constraints all deferred");
  for await (const { spec, row } of records(file)) {
    const cols = Object.keys(row);
    await client.query({
      name: `${spec.table}_${cols.length}`,
      text: `insert into ${spec.table} (${cols.join(",")}) values (${cols.map((_, i) => `$${i + 1}`).join(",")})`,
      values: cols.map((c) => row[c]),
    });
  }
  await client.query("commit");
  const ms = performance.now() - started;
  await client.end();
  return ms;
}
