import { createHash } from "node:crypto";
import { minimalPdf } from "../documents/minimal-pdf.ts";
import { demoId } from "./demo-ids.ts";
import { orgId } from "./organisations.ts";
import type { DemoSet } from "./demo-record.ts";

/** The plain bytes of one demo attachment (the loader encrypts and stores them). */
export interface DemoAttachmentFile {
  attachment_id: string;
  content: Buffer;
}

const REPORT_PDF = minimalPdf("Annual accountability report 2025 (demo, fictional)");

/** Adds the annual report's PDF to the (approved, not yet published) demo annual report. */
export function buildDemoAttachments(set: DemoSet): DemoAttachmentFile[] {
  const id = set.add(
    "document_attachment",
    "annual-report:pdf",
    {
      document_id: demoId("document:annual-report"),
      title: "Annual accountability report 2025 (PDF)",
      file_name: "annual-accountability-report-2025.pdf",
      media_type: "application/pdf",
      sha256: createHash("sha256").update(REPORT_PDF).digest("hex"),
      size_bytes: REPORT_PDF.length,
      storage_key: null,
      file_key: null,
      removed: false,
    },
    orgId("demo_rights_centre"),
  );
  return [{ attachment_id: id, content: REPORT_PDF }];
}
