import { resolve } from "node:path";
import type { StoreConfig } from "./db/stores.ts";

/** Settings read from the environment once, at start. */
export interface Config extends StoreConfig {
  port: number;
  host: string;
  unsealFile?: string;
}

/** Reads PORT, HOST, TNR_DATA_DIR, DATABASE_URL, TNR_PG_SCHEMA and TNR_UNSEAL_FILE. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number.parseInt(env.PORT ?? "8080", 10);
  return {
    port: Number.isFinite(port) ? port : 8080,
    host: env.HOST ?? "127.0.0.1",
    dataDir: resolve(env.TNR_DATA_DIR ?? "./data"),
    databaseUrl: env.DATABASE_URL || undefined,
    pgSchemaPrefix: env.TNR_PG_SCHEMA ?? "tnr",
    unsealFile: env.TNR_UNSEAL_FILE || undefined,
  };
}
