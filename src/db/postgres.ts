import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";

// int8 (count(*), sums) as numbers: every count here fits in 2^53.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));

/** A Kysely instance whose connections resolve unqualified names in `schema` only. */
export function postgresKysely(url: string, schema: string, max = 10): Kysely<any> {
  const pool = new pg.Pool({ connectionString: url, max, options: `-c search_path=${schema}` });
  return new Kysely<any>({ dialect: new PostgresDialect({ pool }) });
}

/** Schema names of an installation: one for the vault, one for the public projection. */
export function schemaNames(prefix: string): { vault: string; public: string } {
  if (!/^[a-z][a-z0-9_]{0,40}$/.test(prefix)) throw new Error(`Invalid schema prefix: ${prefix}`);
  return { vault: `${prefix}_vault`, public: `${prefix}_public` };
}
