import type { Issue } from "../errors.ts";
import {
  checkVocabulary,
  validateRecord,
  type VocabularyIndex,
} from "../records/record-validation.ts";
import { specOf } from "../records/registry.ts";
import type { DomainRecord, RecordVersionLine } from "../records/record.types.ts";

/** A parsed, valid interchange line. */
export type ParsedLine =
  | { kind: "record"; type: string; record: DomainRecord }
  | { kind: "version"; record: RecordVersionLine["record"] };

/** Parses and validates one line; vocabulary terms it defines are added to `vocab` for later lines. */
export function parseLine(
  text: string,
  vocab: VocabularyIndex,
): { line?: ParsedLine; issues: Issue[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { issues: [{ path: "/", message: "not valid JSON" }] };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return { issues: [{ path: "/", message: "a line must be a JSON object" }] };
  const { type, record } = value as { type?: unknown; record?: unknown };
  const extra = Object.keys(value).filter((k) => k !== "type" && k !== "record");
  if (extra.length) return { issues: [{ path: "/", message: `unknown key "${extra[0]}"` }] };
  if (typeof record !== "object" || record === null)
    return { issues: [{ path: "/record", message: "record is missing" }] };
  if (type === "record_version") return parseVersion(record as Record<string, unknown>, vocab);
  const spec = typeof type === "string" ? specOf(type) : undefined;
  if (!spec)
    return { issues: [{ path: "/type", message: `unknown record type "${String(type)}"` }] };
  const issues = validateRecord(spec, record).map((i) => ({
    ...i,
    path: `/record${i.path === "/" ? "" : i.path}`,
  }));
  if (issues.length) return { issues };
  const r = record as DomainRecord;
  if (spec.type === "vocabulary_term") {
    const set = vocab.get(String(r.scheme)) ?? new Set<string>();
    set.add(String(r.code));
    vocab.set(String(r.scheme), set);
  }
  const vocabIssues = checkVocabulary(spec, r, vocab).map((i) => ({
    ...i,
    path: `/record${i.path}`,
  }));
  if (vocabIssues.length) return { issues: vocabIssues };
  return { line: { kind: "record", type: spec.type, record: r }, issues: [] };
}

function parseVersion(
  v: Record<string, unknown>,
  vocab: VocabularyIndex,
): { line?: ParsedLine; issues: Issue[] } {
  const spec = typeof v.record_type === "string" ? specOf(v.record_type) : undefined;
  if (!spec) return { issues: [{ path: "/record/record_type", message: "unknown record type" }] };
  const bad = (path: string, message: string) => ({
    issues: [{ path: `/record/${path}`, message }],
  });
  if (typeof v.record_id !== "string" || !v.record_id)
    return bad("record_id", "must be a record id");
  if (!Number.isInteger(v.version) || (v.version as number) < 1)
    return bad("version", "must be a whole number ≥ 1");
  if (typeof v.changed_at !== "string" || Number.isNaN(Date.parse(v.changed_at)))
    return bad("changed_at", "must be a date-time");
  if (typeof v.changed_by !== "string" || !v.changed_by)
    return bad("changed_by", "must name who changed it");
  const issues = validateRecord(spec, v.snapshot).map((i) => ({
    ...i,
    path: `/record/snapshot${i.path === "/" ? "" : i.path}`,
  }));
  if (issues.length) return { issues };
  const snap = v.snapshot as DomainRecord;
  if (snap.id !== v.record_id || snap.version !== v.version)
    return bad("snapshot", "id and version must match the line");
  const vocabIssues = checkVocabulary(spec, snap, vocab);
  if (vocabIssues.length) return { issues: vocabIssues };
  return {
    line: {
      kind: "version",
      record: v as unknown as Extract<ParsedLine, { kind: "version" }>["record"],
    },
    issues: [],
  };
}

/** The parsed form of a line that already passed {@link parseLine}. */
export function toParsedLine(value: { type: string; record: any }): ParsedLine {
  return value.type === "record_version"
    ? { kind: "version", record: value.record }
    : { kind: "record", type: value.type, record: value.record };
}
