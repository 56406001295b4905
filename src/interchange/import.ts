import { createReadStream, statSync } from "node:fs";
import { createInterface } from "node:readline";
import type { Kysely } from "kysely";
import type { Database } from "better-sqlite3-multiple-ciphers";
import { bulkWriter } from "../db/bulk-writer.ts";
import { appendAudit } from "../audit/audit.repository.ts";
import type { Dialect } from "../db/stores.ts";
import type { Issue } from "../errors.ts";
import { rebuildAllDerived } from "../incidents/incident-derived.repository.ts";
import {
  resumeSearchIndex,
  suspendSearchIndex,
} from "../incidents/incident-search-index.repository.ts";
import type { VaultKeys } from "../keyring/installation.ts";
import { identityTokens } from "../persons/person-name.repository.ts";
import { encodeRecord, type Row } from "../records/record-codec.ts";
import { historyRow, type Db } from "../records/record.repository.ts";
import { specOf } from "../records/registry.ts";
import type { Actor } from "../records/record.types.ts";
import { loadVocabularyIndex } from "../vocabularies/vocabulary.repository.ts";
import { findDanglingReferences } from "./reference-check.ts";
import { parseLine, toParsedLine } from "./line-validation.ts";

let phaseStarted = performance.now();
/** With TNR_DEBUG_TIMING set, prints how long each import phase took (for tuning, never data). */
function phase(name: string): void {
  if (!process.env.TNR_DEBUG_TIMING) return;
  const now = performance.now();
  process.stderr.write(`[import] ${name}: ${((now - phaseStarted) / 1000).toFixed(2)} s, rss ${Math.round(process.memoryUsage().rss / 1e6)} MB\n`);
  phaseStarted = now;
}
const MAX_REPORTED = 200;

/** How an import went. */
export interface ImportReport {
  lines: number;
  imported: Record<string, number>;
  alreadyPresent: number;
  invalidLines: number;
  issues: Issue[];
  committed: boolean;
}

/** Options of an import. */
export interface ImportOptions {
  actor: Actor;
  skipInvalid?: boolean;
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

/** Numbered lines of an interchange file, read as a stream. */
export async function* readLines(
  path: string,
  onProgress?: (read: number, total: number) => void,
): AsyncGenerator<[number, string]> {
  const total = statSync(path).size;
  const stream = createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 20 });
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const text of rl) {
    n++;
    if (onProgress && n % 5000 === 0) onProgress(stream.bytesRead, total);
    yield [n, text];
  }
  onProgress?.(total, total);
}

/** First pass: validates every line without writing anything; returns the problems with line numbers. */
export async function validateLines(
  db: Db,
  source: LineSource,
): Promise<{ lines: number; invalid: Set<number>; issues: Issue[] }> {
  const vocab = await loadVocabularyIndex(db);
  const invalid = new Set<number>();
  const issues: Issue[] = [];
  let lines = 0;
  for await (const [n, text] of source()) {
    lines = n;
    if (!text.trim()) continue;
    const parsed = parseLine(text, vocab);
    if (parsed.issues.length) {
      invalid.add(n);
      for (const i of parsed.issues)
        if (issues.length < MAX_REPORTED) issues.push({ ...i, line: n });
    }
  }
  return { lines, invalid, issues };
}

/**
 * Imports an interchange file in one transaction: validates everything first and imports nothing
 * when a line is invalid (unless skipInvalid), never overwrites an existing record, checks every
 * reference before committing, then rebuilds derived data and writes one audit event.
 */
export async function importFile(
  vault: ImportTarget,
  path: string,
  opts: ImportOptions,
): Promise<ImportReport> {
  return importLines(vault, () => readLines(path, opts.onProgress), opts);
}

/** Where an import writes (on SQLite, with the raw connection for prepared-statement inserts). */
export interface ImportTarget {
  sqlite?: Database | null;
  db: Kysely<any>;
  keys: VaultKeys;
  dialect: Dialect;
}

/** Numbered lines, readable twice (once to validate, once to import). */
export type LineSource = () => AsyncIterable<[number, string]>;

/** Imports from any line source with the rules of {@link importFile}. */
export async function importLines(
  vault: ImportTarget,
  source: LineSource,
  opts: ImportOptions,
): Promise<ImportReport> {
  const check = await validateLines(vault.db, source);
  phase("validated");
  const report: ImportReport = {
    lines: check.lines,
    imported: {},
    alreadyPresent: 0,
    invalidLines: check.invalid.size,
    issues: check.issues,
    committed: false,
  };
  if (check.invalid.size > 0 && !opts.skipInvalid) return report;

  await vault.db
    .transaction()
    .execute(async (trx) => {
      await suspendSearchIndex(trx, vault.dialect);
      const writer = bulkWriter(trx, vault.sqlite ?? null);
      const push = (table: string, row: Row) => writer.write(table, row);
      for await (const [n, text] of source()) {
        if (!text.trim() || check.invalid.has(n)) continue;
        // Validated in the first pass: here the line only needs parsing.
        const parsed = toParsedLine(JSON.parse(text));
        if (parsed.kind === "version") {
          await push(
            "record_versions",
            historyRow(
              vault.keys,
              parsed.record.record_type,
              parsed.record.snapshot,
              parsed.record.changed_at,
              parsed.record.changed_by,
            ),
          );
          report.imported.record_version = (report.imported.record_version ?? 0) + 1;
          continue;
        }
        const spec = specOf(parsed.type)!;
        await push(spec.table, encodeRecord(spec, parsed.record, vault.keys));
        if (spec.type === "person_identity") {
          for (const token of identityTokens(vault.keys, parsed.record))
            await push("person_name_tokens", { token, person_id: parsed.record.person_id });
        }
        report.imported[spec.type] = (report.imported[spec.type] ?? 0) + 1;
      }
      const skipped = await writer.finish();
      // Blind-index tokens are not records: only records count as already present.
      report.alreadyPresent = Object.entries(skipped)
        .filter(([t]) => t !== "person_name_tokens")
        .reduce((a, [, n]) => a + n, 0);
      phase("rows written");
      const dangling = await findDanglingReferences(trx);
      phase("references checked");
      if (dangling.length) {
        report.issues.push(...dangling.slice(0, MAX_REPORTED));
        throw new DanglingReferences();
      }
      await rebuildAllDerived(trx, vault.dialect);
      phase("derived data rebuilt");
      await resumeSearchIndex(trx, vault.dialect);
      phase("search index rebuilt");
      await appendAudit(trx, {
        actor: opts.actor,
        action: "import",
        fields: Object.keys(report.imported),
      });
    })
    .then(
      () => {
        report.committed = true;
      },
      (e: unknown) => {
        if (!(e instanceof DanglingReferences)) throw e;
      },
    );
  return report;
}

class DanglingReferences extends Error {}
