import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import type { Config } from "../config.ts";
import { postgresKysely, schemaNames } from "../db/postgres.ts";
import { openStores, type Dialect } from "../db/stores.ts";
import { SYSTEM_ACTOR, type Actor } from "../records/record.types.ts";
import {
  installBuiltInVocabulary,
  VOCABULARY_RELEASED_AT,
} from "../vocabularies/vocabulary.repository.ts";
import { Vault } from "../vault/vault.ts";

/** Dialects the suite runs on: SQLite always, PostgreSQL when TNR_TEST_PG names a server. */
export const DIALECTS: Dialect[] = process.env.TNR_TEST_PG ? ["sqlite", "postgres"] : ["sqlite"];

/** A configuration with its own temporary data folder and, on PostgreSQL, its own schemas. */
export function testConfig(dialect: Dialect): Config {
  return {
    port: 0,
    host: "127.0.0.1",
    dataDir: mkdtempSync(join(tmpdir(), "tnr-test-")),
    databaseUrl: dialect === "postgres" ? process.env.TNR_TEST_PG : undefined,
    pgSchemaPrefix: `t${randomBytes(5).toString("hex")}`,
  };
}

/** Removes what a test configuration created: the folder, and the PostgreSQL schemas and role. */
export async function cleanupConfig(config: Config): Promise<void> {
  rmSync(config.dataDir, { recursive: true, force: true });
  if (!config.databaseUrl) return;
  const admin = postgresKysely(config.databaseUrl, "public", 1);
  const names = schemaNames(config.pgSchemaPrefix);
  await sql`drop schema if exists ${sql.id(names.vault)} cascade`.execute(admin);
  await sql`drop schema if exists ${sql.id(names.public)} cascade`.execute(admin);
  await sql`drop role if exists ${sql.id(`${config.pgSchemaPrefix}_public_reader`)}`
    .execute(admin)
    .catch(() => undefined);
  await admin.destroy();
}

/** A fresh, initialised, unsealed vault with the built-in vocabulary. */
export interface TestVault {
  config: Config;
  vault: Vault;
  master: Buffer;
  actor: Actor;
  close(): Promise<void>;
}

/** Creates a test vault on a dialect; call close() in a finally or after hook. */
export async function createTestVault(
  dialect: Dialect,
  opts: { demo?: boolean } = {},
): Promise<TestVault> {
  const config = testConfig(dialect);
  const vault = await Vault.open(await openStores(config));
  const master = await vault.initialise({ demo: opts.demo });
  const copy = Buffer.from(master);
  await vault.unseal(master);
  await installBuiltInVocabulary(vault.db(), vault.keys(), VOCABULARY_RELEASED_AT);
  return {
    config,
    vault,
    master: copy,
    actor: SYSTEM_ACTOR,
    async close() {
      await vault.close();
      await cleanupConfig(config);
    },
  };
}
