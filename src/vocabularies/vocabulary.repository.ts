import type { VaultKeys } from "../keyring/installation.ts";
import { encodeRecord } from "../records/record-codec.ts";
import type { Db } from "../records/record.repository.ts";
import type { VocabularyIndex } from "../records/record-validation.ts";
import type { DomainRecord } from "../records/record.types.ts";
import { VOCABULARY_TERMS } from "./vocabulary.data.ts";
import { vocabularyTermSpec } from "./vocabulary.schema.ts";

/** The id of a vocabulary term. */
export function termId(scheme: string, code: string): string {
  return `${scheme}:${code}`;
}

/** The date the built-in vocabulary was released: its records carry it, so every installation agrees. */
export const VOCABULARY_RELEASED_AT = "2026-11-27T00:00:00.000Z";

/** Known codes per scheme (retired terms stay valid for old records). */
export async function loadVocabularyIndex(db: Db): Promise<VocabularyIndex> {
  const rows = await db.selectFrom("vocabulary_terms").select(["scheme", "code"]).execute();
  const index: VocabularyIndex = new Map();
  for (const r of rows) {
    const set = index.get(String(r.scheme)) ?? new Set<string>();
    set.add(String(r.code));
    index.set(String(r.scheme), set);
  }
  return index;
}

/** The built-in vocabulary as records, stamped by the system. */
export function builtInVocabulary(now: string): DomainRecord[] {
  return VOCABULARY_TERMS.map((t) => ({
    id: termId(t.scheme, t.code),
    version: 1,
    created_at: now,
    created_by: "system:vocabulary",
    updated_at: now,
    updated_by: "system:vocabulary",
    ...t,
  }));
}

/** Adds the built-in terms that are missing (never changes or removes existing ones); returns how many. */
export async function installBuiltInVocabulary(
  db: Db,
  keys: VaultKeys | null,
  now = new Date().toISOString(),
): Promise<number> {
  const existing = new Set(
    (await db.selectFrom("vocabulary_terms").select("id").execute()).map((r) => String(r.id)),
  );
  const missing = builtInVocabulary(now).filter((t) => !existing.has(t.id));
  for (const t of missing)
    await db
      .insertInto("vocabulary_terms")
      .values(encodeRecord(vocabularyTermSpec, t, keys))
      .execute();
  return missing.length;
}
