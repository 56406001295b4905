import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { open as openFile } from "node:fs/promises";
import { join } from "node:path";
import type { Kysely } from "kysely";
import { getSodium } from "../crypto/sodium.ts";
import { deriveKey } from "../crypto/keys.ts";
import type { Installation } from "../db/stores.ts";
import { IntegrityError, InvalidSecretError } from "../errors.ts";
import { BACKUP_MAGIC, decodeBinaryColumns, rowHash, tableRows } from "./backup.ts";
import { PUBLIC_BACKUP_TABLES, VAULT_BACKUP_TABLES } from "./backup-tables.ts";
import { matchesKeyCheck } from "../crypto/keys.ts";

/** Reads a backup's clear header: which installation it belongs to. */
export async function readBackupHeader(
  path: string,
): Promise<{ installation: Installation; bodyOffset: number; createdAt: string }> {
  const fh = await openFile(path, "r");
  try {
    const buf = Buffer.alloc(64 * 1024);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    const text = buf.subarray(0, bytesRead).toString("latin1");
    if (!text.startsWith(BACKUP_MAGIC))
      throw new IntegrityError("This is not a TNR Monitor backup file.");
    const end = text.indexOf("\n", BACKUP_MAGIC.length);
    if (end < 0) throw new IntegrityError("The backup header is damaged.");
    let header: { installation: Installation; created_at: string };
    try {
      header = JSON.parse(buf.subarray(BACKUP_MAGIC.length, end).toString("utf8")) as typeof header;
      if (typeof header?.installation?.salt !== "string") throw new Error("no installation");
    } catch {
      throw new IntegrityError("The backup header is damaged.");
    }
    return { installation: header.installation, bodyOffset: end + 1, createdAt: header.created_at };
  } finally {
    await fh.close();
  }
}

/** Decrypts the body line by line; throws on any tampering or truncation. */
async function* backupLines(
  path: string,
  bodyOffset: number,
  key: Uint8Array,
): AsyncGenerator<Record<string, any>> {
  const s = await getSodium();
  const fh = await openFile(path, "r");
  try {
    // The clear header is the associated data of every chunk (see writeBackup).
    const clearHeader = Buffer.alloc(bodyOffset);
    await fh.read(clearHeader, 0, bodyOffset, 0);
    const header = Buffer.alloc(s.crypto_secretstream_xchacha20poly1305_HEADERBYTES);
    await fh.read(header, 0, header.length, bodyOffset);
    const state = s.crypto_secretstream_xchacha20poly1305_init_pull(header, key);
    let pos = bodyOffset + header.length;
    let carry = "";
    const lenBuf = Buffer.alloc(4);
    for (;;) {
      const r = await fh.read(lenBuf, 0, 4, pos);
      if (r.bytesRead < 4) throw new IntegrityError("The backup is truncated.");
      const len = lenBuf.readUInt32BE();
      const chunk = Buffer.alloc(len);
      if ((await fh.read(chunk, 0, len, pos + 4)).bytesRead < len)
        throw new IntegrityError("The backup is truncated.");
      pos += 4 + len;
      const res = s.crypto_secretstream_xchacha20poly1305_pull(state, chunk, clearHeader);
      if (!res)
        throw new IntegrityError("The backup failed authentication: it was changed or damaged.");
      const lines = (carry + Buffer.from(res.message).toString("utf8")).split("\n");
      carry = lines.pop()!;
      for (const l of lines) if (l) yield JSON.parse(l);
      if (res.tag === s.crypto_secretstream_xchacha20poly1305_TAG_FINAL) return;
    }
  } finally {
    await fh.close();
  }
}

/** Restore report: rows per table and evidence files, all hashes checked. */
export interface RestoreSummary {
  rows: Record<string, number>;
  files: number;
}

/**
 * Restores a backup into empty stores: checks each row's hash as it reads, the manifest at the
 * end, and — after writing — reads every table back and compares the hashes again.
 */
export async function restoreBackup(props: {
  path: string;
  master: Uint8Array;
  openEmptyVault: (
    installation: Installation,
  ) => Promise<{ vaultDb: Kysely<any>; publicDb: Kysely<any> }>;
  evidenceDir: string;
  onProgress?: (rows: number) => void;
}): Promise<RestoreSummary> {
  const { installation, bodyOffset } = await readBackupHeader(props.path);
  const salt = Buffer.from(installation.salt, "base64url");
  if (!matchesKeyCheck(props.master, salt, installation.key_check))
    throw new InvalidSecretError("That recovery secret does not belong to this backup.");
  const key = deriveKey(props.master, "backup", salt);
  const { vaultDb, publicDb } = await props.openEmptyVault(installation);
  const summary: RestoreSummary = { rows: {}, files: 0 };
  const digest = createHash("sha256");
  const expected = new Map<string, TableDigest>();
  mkdirSync(props.evidenceDir, { recursive: true, mode: 0o700 });
  let ended = false;
  let total = 0;
  await vaultDb.transaction().execute(async (vtrx) => {
    await publicDb.transaction().execute(async (ptrx) => {
      await vtrx.deleteFrom("audit_head").execute();
      const buffers = new Map<string, { db: Kysely<any>; rows: Record<string, unknown>[] }>();
      const flush = async (table: string) => {
        const b = buffers.get(table);
        if (!b?.rows.length) return;
        const per = Object.keys(b.rows[0]!).length;
        const size = Math.max(1, Math.floor(30000 / per));
        for (let i = 0; i < b.rows.length; i += size)
          await b.db
            .insertInto(table)
            .values(b.rows.slice(i, i + size))
            .execute();
        b.rows = [];
      };
      for await (const line of backupLines(props.path, bodyOffset, key)) {
        if (ended) throw new IntegrityError("The backup has data after its manifest.");
        if (line.t === "row") {
          if (rowHash(line.row) !== line.h)
            throw new IntegrityError(`A row of ${line.table} does not match its hash.`);
          digest.update(line.h);
          const acc = expected.get(line.table) ?? new TableDigest();
          acc.add(line.h);
          expected.set(line.table, acc);
          const b = buffers.get(line.table) ?? {
            db: line.store === "public" ? ptrx : vtrx,
            rows: [],
          };
          b.rows.push(decodeBinaryColumns(line.row));
          buffers.set(line.table, b);
          if (b.rows.length >= 500) await flush(line.table);
          summary.rows[line.table] = (summary.rows[line.table] ?? 0) + 1;
          if (++total % 5000 === 0) props.onProgress?.(total);
        } else if (line.t === "file") {
          const data = Buffer.from(line.data, "base64");
          if (
            createHash("sha256").update(data).digest("hex") !== line.h ||
            !/^[a-zA-Z0-9.-]+$/.test(line.name)
          )
            throw new IntegrityError("An evidence file in the backup is damaged.");
          digest.update(line.h);
          writeFileSync(join(props.evidenceDir, line.name), data, { mode: 0o600 });
          summary.files++;
        } else if (line.t === "end") {
          if (line.digest !== digest.digest("hex"))
            throw new IntegrityError("The backup manifest does not match its contents.");
          ended = true;
        }
      }
      if (!ended) throw new IntegrityError("The backup ends without its manifest.");
      for (const table of buffers.keys()) await flush(table);
      // Read everything back: what is in the database now must hash exactly as what was saved.
      for (const [db, tables] of [
        [vtrx, VAULT_BACKUP_TABLES],
        [ptrx, PUBLIC_BACKUP_TABLES],
      ] as const) {
        for (const { table, key: k } of tables) {
          const want = expected.get(table) ?? new TableDigest();
          const got = new TableDigest();
          for await (const row of tableRows(db as Kysely<any>, table, k)) got.add(rowHash(row));
          if (!got.equals(want))
            throw new IntegrityError(
              `Restored ${table} differs from the backup (${got.count} rows read back, ${want.count} saved).`,
            );
        }
      }
    });
  });
  props.onProgress?.(total);
  return summary;
}

/** An order-independent digest of a table's row hashes (restores may order text differently). */
class TableDigest {
  count = 0;
  #xor = Buffer.alloc(32);
  #sum = 0n;
  add(hexHash: string): void {
    const b = Buffer.from(hexHash, "hex");
    for (let i = 0; i < 32; i++) this.#xor[i]! ^= b[i]!;
    this.#sum = (this.#sum + b.readBigUInt64BE(0)) & 0xffffffffffffffffn;
    this.count++;
  }
  equals(o: TableDigest): boolean {
    return this.count === o.count && this.#sum === o.#sum && this.#xor.equals(o.#xor);
  }
}
