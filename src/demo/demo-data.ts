import type { InterchangeLine } from "../records/record.types.ts";
import { RECORD_SPECS } from "../records/registry.ts";
import { buildPublishedDemoDocuments } from "./demo-analysis.ts";
import { buildDemoAttachments, type DemoAttachmentFile } from "./demo-attachments.ts";
import { buildDemoDocuments } from "./demo-documents.ts";
import { DemoSet, type DemoEvidence } from "./demo-record.ts";
import { buildFictionalCases } from "./fictional-cases.ts";
import { buildOrganisations } from "./organisations.ts";
import { buildPublicCases } from "./public-cases.ts";

export type { DemoEvidence } from "./demo-record.ts";

const ORDER = new Map<string, number>(RECORD_SPECS.map((s, n) => [s.type, n]));

let attachments: DemoAttachmentFile[] = [];

/** Builds the whole demo set once (organisations, public cases, fictional cases, documents). */
function buildDemoSet(): DemoSet {
  const set = new DemoSet();
  buildOrganisations(set);
  buildPublicCases(set);
  buildFictionalCases(set);
  buildDemoDocuments(set);
  buildPublishedDemoDocuments(set);
  attachments = buildDemoAttachments(set);
  return set;
}

const DEMO = buildDemoSet();

/** All demo records (without vocabulary terms), parents before children in RECORD_SPECS order. */
export function buildDemoLines(): InterchangeLine[] {
  const lines = DEMO.lines.map((l) => ({ type: l.type, record: structuredClone(l.record) }));
  return lines
    .map((line, n) => ({ line, n }))
    .sort((a, b) => (ORDER.get(a.line.type) ?? 0) - (ORDER.get(b.line.type) ?? 0) || a.n - b.n)
    .map(({ line }) => line);
}

/** The plain content of every demo evidence item (the loader encrypts and stores them). */
export const DEMO_EVIDENCE: DemoEvidence[] = DEMO.evidence.map((e) => ({ ...e }));

/** The plain bytes of every demo document attachment (the loader encrypts and stores them). */
export const DEMO_ATTACHMENTS: readonly DemoAttachmentFile[] = attachments;
