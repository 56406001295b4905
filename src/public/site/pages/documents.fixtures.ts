import { randomUUID } from "node:crypto";
import type { StaffActor } from "../../../auth/auth.types.ts";
import { documentSpec, documentTranslationSpec } from "../../../documents/document.schema.ts";
import { organisationSpec } from "../../../organisations/organisation.schema.ts";
import {
  runPublication,
  seedFullCase,
  staffOf,
} from "../../../publishing/case-bundle.factories.ts";
import {
  approvePublication,
  preview,
  publishApproved,
  requestPublication,
  type PublicationProps,
  type PublishableType,
} from "../../../publishing/publication.commands.ts";
import { saveNewRecord } from "../../../records/record.commands.ts";
import { buildOrganisation } from "../../../test-support/factories.ts";
import type { TestVault } from "../../../test-support/test-vault.ts";

/** What the documents tests publish: two documents, their slugs, and one public incident. */
export interface PublishedFixture {
  report: { slug: string; word: string };
  statement: { slug: string };
  incidentId: string;
}

/** Runs publication commands through the two-person rule, as the editors' pages do. */
async function publish(t: TestVault, orgId: string, recordType: PublishableType, recordId: string) {
  const { editor, second } = staffOf(orgId);
  const run = <T>(actor: StaffActor, fn: (p: PublicationProps) => Promise<T>) =>
    runPublication(t, actor, fn);
  const shown = await run(editor, (p) => preview({ ...p, recordType, recordId }));
  const req = await run(editor, (p) => requestPublication({ ...p, recordType, recordId }));
  await run(second, (p) => approvePublication({ ...p, publicationId: req.id }));
  await run(editor, (p) => publishApproved({ ...p, publicationId: req.id }));
  return shown;
}

/**
 * Publishes one incident and two documents through the publishing commands: a report in
 * English, Georgian and Russian citing the incident (with footnotes and a unique search word),
 * and a statement in English and Georgian whose body and title try to inject markup.
 */
export async function publishDocumentFixture(t: TestVault): Promise<PublishedFixture> {
  const c = await seedFullCase(t);
  const orgId = String(c.incident.org_id);
  const shown = await publish(t, orgId, "incident", c.incident.id);
  const incidentId = shown.type === "incident" ? shown.value.publicId : "";
  const base = { db: t.vault.db(), keys: t.vault.keys(), actor: t.actor, orgId };
  const partner = await saveNewRecord({
    ...base,
    spec: organisationSpec,
    data: buildOrganisation({ name: "Partner Watch & Co" }),
  });
  const word = `quokka${randomUUID().slice(0, 6)}`;

  const addDocument = async (
    data: Record<string, unknown>,
    texts: { language: string; title: string; summary: string | null; body: string }[],
  ) => {
    const slug = `${data.document_type === "statement" ? "st" : "rp"}-${randomUUID().slice(0, 8)}`;
    const doc = await saveNewRecord({
      ...base,
      spec: documentSpec,
      data: {
        slug,
        co_author_ids: [],
        cited_incident_ids: [],
        status: "approved",
        original_language: "en",
        published_on: "2017-09",
        ...data,
      },
    });
    for (const text of texts)
      await saveNewRecord({
        ...base,
        spec: documentTranslationSpec,
        data: {
          document_id: doc.id,
          language: text.language,
          title: text.title,
          summary: text.summary,
          body_markdown: text.body,
          translation_status: text.language === "en" ? "original" : "reviewed",
        },
      });
    await publish(t, orgId, "document", doc.id);
    return slug;
  };

  const reportSlug = await addDocument(
    {
      document_type: "analytical_document",
      categories: ["ethnic_minorities", "transnational_repression"],
      co_author_ids: [partner.id],
      cited_incident_ids: [c.incident.id],
    },
    [
      {
        language: "en",
        title: "Repression beyond borders",
        summary: "How exiles in Georgia are followed and threatened.",
        body: `## Background\n\nExiles reported a ${word} of threats.[^1] See [[incident:${incidentId}]] and [[incident:i00000000000000000000]].\n\n## Findings\n\nNo perpetrator was identified.\n\n[^1]: Interviews, 2017.`,
      },
      {
        language: "ka",
        title: "რეპრესია საზღვრებს მიღმა",
        summary: "როგორ ადევნებენ თვალს დევნილებს საქართველოში.",
        body: "## ფონი\n\nდევნილებმა მუქარის შესახებ განაცხადეს.[^1]\n\n[^1]: ინტერვიუები, 2017.",
      },
      {
        language: "ru",
        title: "Репрессии за пределами границ",
        summary: "Как за эмигрантами в Грузии следят.",
        body: "## Контекст\n\nЭмигранты сообщили об угрозах.",
      },
    ],
  );
  const statementSlug = await addDocument(
    { document_type: "statement", categories: ["rule_of_law"], published_on: "2018" },
    [
      {
        language: "en",
        title: "On <b>safety</b> & justice",
        summary: null,
        body: 'We call for an investigation. <script>alert("x")</script>\n\n<img src=x onerror=alert(1)>',
      },
      {
        language: "ka",
        title: "უსაფრთხოებისა და სამართლიანობის შესახებ",
        summary: null,
        body: "მოვუწოდებთ გამოძიებისკენ.",
      },
    ],
  );
  return { report: { slug: reportSlug, word }, statement: { slug: statementSlug }, incidentId };
}
