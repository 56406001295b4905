import { createHash } from "node:crypto";
import { createWriteStream, existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Kysely } from "kysely";
import { pagedRows } from "../db/paged-rows.ts";
import { getSodium } from "../crypto/sodium.ts";
import type { Installation } from "../db/stores.ts";
import type { VaultKeys } from "../keyring/installation.ts";
import { GENERATED_COLUMNS, PUBLIC_BACKUP_TABLES, VAULT_BACKUP_TABLES } from "./backup-tables.ts";

export const BACKUP_MAGIC = "TNRBACKUP1\n";
const CHUNK = 256 * 1024;

/** Hash of one row with its keys sorted, so the same data always hashes the same. */
export function rowHash(row: Record<string, unknown>): string {
  const sorted = Object.keys(row)
    .filter((k) => !GENERATED_COLUMNS.has(k))
    .sort()
    .map((k) => [k, row[k]]);
  return createHash("sha256").update(JSON.stringify(sorted)).digest("hex");
}

/** Rows of a table in key order, a page at a time. */
export async function* tableRows(
  db: Kysely<any>,
  table: string,
  key: string[],
): AsyncGenerator<Record<string, unknown>> {
  for await (const r of pagedRows(db, table, key)) {
    for (const g of GENERATED_COLUMNS) delete r[g];
    // Binary columns (published files) travel as base64, so JSON lines and hashes hold them.
    for (const [k, v] of Object.entries(r)) if (v instanceof Uint8Array) r[k] = encodeBytes(v);
    yield r;
  }
}

/** A binary column value as a backup line carries it. */
function encodeBytes(v: Uint8Array): { $base64: string } {
  return { $base64: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString("base64") };
}

/** A backup row as the database takes it: base64 columns back to bytes. */
export function decodeBinaryColumns(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    const b64 = v && typeof v === "object" ? (v as { $base64?: unknown }).$base64 : undefined;
    out[k] = typeof b64 === "string" ? Buffer.from(b64, "base64") : v;
  }
  return out;
}

/** What a backup holds, for the caller's report. */
export interface BackupSummary {
  rows: Record<string, number>;
  files: number;
  bytes: number;
}

/**
 * Writes one encrypted, self-checking backup: a clear header naming the installation (salt and
 * key check, no key), then a secretstream body of hashed rows and evidence files ending in a
 * manifest. Without the recovery secret it is noise; truncation or any change fails restore.
 */
export async function writeBackup(props: {
  out: string;
  installation: Installation;
  keys: VaultKeys;
  vaultDb: Kysely<any>;
  publicDb: Kysely<any>;
  evidenceDir: string;
  onProgress?: (rows: number) => void;
}): Promise<BackupSummary> {
  const s = await getSodium();
  const out = createWriteStream(props.out, { mode: 0o600 });
  const write = (b: Uint8Array | string) =>
    new Promise<void>((res, rej) => out.write(b, (e) => (e ? rej(e) : res())));
  // The clear header is authenticated as associated data of every chunk: changing it fails restore.
  const clearHeader = Buffer.from(
    BACKUP_MAGIC +
      JSON.stringify({
        format: 1,
        created_at: new Date().toISOString(),
        installation: props.installation,
      }) +
      "\n",
    "utf8",
  );
  await write(clearHeader);
  const { state, header } = s.crypto_secretstream_xchacha20poly1305_init_push(props.keys.backup);
  await write(header);
  let pending: string[] = [];
  let pendingBytes = 0;
  const pushChunk = async (final: boolean) => {
    const data = Buffer.from(pending.join(""), "utf8");
    pending = [];
    pendingBytes = 0;
    const tag = final
      ? s.crypto_secretstream_xchacha20poly1305_TAG_FINAL
      : s.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
    const c = s.crypto_secretstream_xchacha20poly1305_push(state, data, clearHeader, tag);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(c.length);
    await write(Buffer.concat([len, c]));
  };
  const emit = async (obj: unknown) => {
    const line = JSON.stringify(obj) + "\n";
    pending.push(line);
    pendingBytes += line.length;
    if (pendingBytes >= CHUNK) await pushChunk(false);
  };
  const summary: BackupSummary = { rows: {}, files: 0, bytes: 0 };
  const digest = createHash("sha256");
  let total = 0;
  for (const [store, db, tables] of [
    ["vault", props.vaultDb, VAULT_BACKUP_TABLES],
    ["public", props.publicDb, PUBLIC_BACKUP_TABLES],
  ] as const) {
    for (const { table, key } of tables) {
      for await (const row of tableRows(db, table, key)) {
        const h = rowHash(row);
        digest.update(h);
        await emit({ t: "row", store, table, row, h });
        summary.rows[table] = (summary.rows[table] ?? 0) + 1;
        if (++total % 5000 === 0) props.onProgress?.(total);
      }
    }
  }
  if (existsSync(props.evidenceDir)) {
    for (const name of readdirSync(props.evidenceDir).sort()) {
      const { readFileSync } = await import("node:fs");
      const data = readFileSync(join(props.evidenceDir, name));
      const h = createHash("sha256").update(data).digest("hex");
      digest.update(h);
      await emit({ t: "file", name, data: data.toString("base64"), h });
      summary.files++;
    }
  }
  await emit({ t: "end", rows: summary.rows, files: summary.files, digest: digest.digest("hex") });
  await pushChunk(true);
  await new Promise<void>((res, rej) => out.end((e?: Error | null) => (e ? rej(e) : res())));
  summary.bytes = out.bytesWritten;
  props.onProgress?.(total);
  return summary;
}
