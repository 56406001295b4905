import { randomUUID } from "node:crypto";
import { organisationSpec } from "../organisations/organisation.schema.ts";
import { saveNewRecord } from "../records/record.commands.ts";
import type { DomainRecord } from "../records/record.types.ts";
import { buildOrganisation } from "../test-support/factories.ts";
import type { TestVault } from "../test-support/test-vault.ts";
import { documentSpec, documentTranslationSpec } from "./document.schema.ts";

/** An organisation's approved document with an English original, ready to attach files to. */
export async function seedAttachableDocument(t: TestVault): Promise<DomainRecord> {
  const base = { db: t.vault.db(), keys: t.vault.keys(), actor: t.actor };
  const org = await saveNewRecord({
    ...base,
    spec: organisationSpec,
    data: buildOrganisation({ name: `Watch ${randomUUID().slice(0, 6)}` }),
  });
  const doc = await saveNewRecord({
    ...base,
    spec: documentSpec,
    orgId: org.id,
    data: {
      slug: `rp-${randomUUID().slice(0, 8)}`,
      document_type: "report",
      categories: ["rule_of_law"],
      co_author_ids: [],
      cited_incident_ids: [],
      status: "approved",
      original_language: "en",
      published_on: "2025",
    },
  });
  await saveNewRecord({
    ...base,
    spec: documentTranslationSpec,
    orgId: org.id,
    data: {
      document_id: doc.id,
      language: "en",
      title: "Annual report",
      summary: null,
      body_markdown: "## Findings\n\nSee the PDF.",
      translation_status: "original",
    },
  });
  return doc;
}
