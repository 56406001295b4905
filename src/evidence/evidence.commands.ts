import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { decryptFile, encryptStreamToFile } from "../crypto/file-cipher.ts";
import { IntegrityError } from "../errors.ts";
import type { VaultKeys } from "../keyring/installation.ts";
import { saveNewRecord } from "../records/record.commands.ts";
import { getRecord, type Db } from "../records/record.repository.ts";
import type { Actor, DomainRecord } from "../records/record.types.ts";
import { custodyEventSpec, evidenceItemSpec } from "./evidence.schema.ts";

/** The folder of encrypted evidence files inside the data folder. */
export function evidenceDir(dataDir: string): string {
  return join(dataDir, "evidence");
}

/** A server-chosen file name: never derived from what the uploader called the file. */
function newStorageKey(): string {
  return randomBytes(18).toString("base64url").replace(/_/g, "-");
}

/** Encrypts content into the evidence store; returns what the evidence record needs to find and check it. */
export async function storeEvidenceFile(
  dataDir: string,
  content: AsyncIterable<Uint8Array>,
): Promise<{ storage_key: string; file_key: string; sha256: string; size_bytes: number }> {
  const dir = evidenceDir(dataDir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const storage_key = newStorageKey();
  const { key, sha256, size } = await encryptStreamToFile(content, join(dir, `${storage_key}.bin`));
  const file_key = Buffer.from(key).toString("base64url");
  key.fill(0);
  return { storage_key, file_key, sha256, size_bytes: size };
}

/** Adds an evidence item: the file is encrypted under its own key, a custody event records the collection. */
export async function addEvidence(props: {
  db: Db;
  keys: VaultKeys;
  actor: Actor;
  dataDir: string;
  orgId: string;
  content: AsyncIterable<Uint8Array>;
  data: {
    information_id: string;
    evidence_type: string;
    media_type: string;
    captured_at?: string | null;
    captured_by?: string | null;
    original_name?: string | null;
    original_url?: string | null;
  };
}): Promise<DomainRecord> {
  const stored = await storeEvidenceFile(props.dataDir, props.content);
  const item = await saveNewRecord({
    db: props.db,
    keys: props.keys,
    actor: props.actor,
    spec: evidenceItemSpec,
    orgId: props.orgId,
    data: { ...props.data, ...stored },
  });
  await saveNewRecord({
    db: props.db,
    keys: props.keys,
    actor: props.actor,
    spec: custodyEventSpec,
    orgId: props.orgId,
    data: {
      evidence_id: item.id,
      action: "collected",
      occurred_at: new Date().toISOString(),
      actor: `${props.actor.kind}:${props.actor.id}`,
      note: null,
    },
  });
  return item;
}

/** Reads an evidence file back, checks its SHA-256, and records the access in the chain of custody. */
export async function readEvidence(props: {
  db: Db;
  keys: VaultKeys;
  actor: Actor;
  dataDir: string;
  evidenceId: string;
}): Promise<Buffer> {
  const item = await getRecord(props.db, props.keys, evidenceItemSpec, props.evidenceId);
  if (!item.storage_key || !item.file_key)
    throw new IntegrityError("This evidence item has no stored file.");
  const parts: Uint8Array[] = [];
  for await (const p of decryptFile(
    join(evidenceDir(props.dataDir), `${item.storage_key}.bin`),
    Buffer.from(String(item.file_key), "base64url"),
  ))
    parts.push(p);
  const content = Buffer.concat(parts);
  if (createHash("sha256").update(content).digest("hex") !== item.sha256)
    throw new IntegrityError("The evidence file does not match its recorded SHA-256.");
  await saveNewRecord({
    db: props.db,
    keys: props.keys,
    actor: props.actor,
    spec: custodyEventSpec,
    orgId: String(item.org_id),
    data: {
      evidence_id: item.id,
      action: "accessed",
      occurred_at: new Date().toISOString(),
      actor: `${props.actor.kind}:${props.actor.id}`,
      note: null,
    },
  });
  return content;
}
