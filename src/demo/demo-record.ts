import { createHash } from "node:crypto";
import type { InterchangeLine } from "../records/record.types.ts";
import { specOf } from "../records/registry.ts";
import { DEMO_ACTOR, DEMO_TIME, demoId } from "./demo-ids.ts";

/** The plain content of one demo evidence file. */
export interface DemoEvidence {
  evidence_item_id: string;
  content: string;
  media_type: string;
}

/** Collects demo records (with meta fields) and the plain content of demo evidence files. */
export class DemoSet {
  readonly lines: InterchangeLine[] = [];
  readonly evidence: DemoEvidence[] = [];
  private readonly ids = new Set<string>();

  /** Adds a record of `type` with id demoId(type:key); org_id only for org-scoped types. */
  add(type: string, key: string, fields: Record<string, unknown>, orgId?: string): string {
    const spec = specOf(type);
    if (!spec) throw new Error(`unknown record type ${type}`);
    const id = demoId(`${type}:${key}`);
    if (this.ids.has(id)) throw new Error(`duplicate demo record ${type}:${key}`);
    if (spec.orgScoped && !orgId) throw new Error(`${type}:${key} needs an owning organisation`);
    this.ids.add(id);
    const meta = {
      id,
      ...(spec.orgScoped ? { org_id: orgId } : {}),
      version: 1,
      created_at: DEMO_TIME,
      created_by: DEMO_ACTOR,
      updated_at: DEMO_TIME,
      updated_by: DEMO_ACTOR,
    };
    this.lines.push({ type, record: { ...meta, ...fields } as InterchangeLine["record"] });
    return id;
  }

  /** Adds an evidence item whose sha256 and size are computed from its plain content. */
  addEvidence(
    key: string,
    content: string,
    mediaType: string,
    fields: {
      information_id: string;
      evidence_type: string;
      captured_at: string | null;
      captured_by: string | null;
      original_name: string | null;
      original_url: string | null;
    },
    orgId: string,
  ): string {
    const bytes = Buffer.from(content, "utf8");
    const id = this.add(
      "evidence_item",
      key,
      {
        information_id: fields.information_id,
        evidence_type: fields.evidence_type,
        sha256: createHash("sha256").update(bytes).digest("hex"),
        size_bytes: bytes.length,
        media_type: mediaType,
        captured_at: fields.captured_at,
        captured_by: fields.captured_by,
        original_name: fields.original_name,
        original_url: fields.original_url,
        storage_key: null,
        file_key: null,
      },
      orgId,
    );
    this.evidence.push({ evidence_item_id: id, content, media_type: mediaType });
    return id;
  }
}

/** A calendar date (YYYY-MM-DD) moved by a number of days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** An ISO date-time at a given hour (UTC) on a calendar date. */
export function at(date: string, hour = 10): string {
  return `${date}T${String(hour).padStart(2, "0")}:00:00.000Z`;
}
