import { staffActor } from "../auth/auth.types.ts";
import { findUserByEmail } from "../auth/user.repository.ts";
import { documentSpec, documentTranslationSpec } from "../documents/document.schema.ts";
import { incidentSpec } from "../incidents/incident.schema.ts";
import { saveChanges } from "../records/record.commands.ts";
import { listRecords } from "../records/record.repository.ts";
import { publicIncidentId } from "../publishing/public-id.ts";
import { preview, publishApproved } from "../publishing/publication.commands.ts";
import { demoId } from "./demo-ids.ts";
import {
  asEditor,
  latestPublications,
  nextStep,
  publishIncidentBatch,
  requestAndApprove,
  type DemoEditors,
  type DemoPublishTarget,
} from "./demo-publish-batch.ts";
import { DEMO_STAFF } from "./demo-staff.ts";
import { PUBLIC_OWNER } from "./public-case-ids.ts";

export type { DemoPublishTarget } from "./demo-publish-batch.ts";

/** What one run of the demo publishing step did. */
export interface DemoPublishReport {
  incidents: number;
  documents: number;
  ms: number;
}

/**
 * Citations in demo markdown name the demo record (`[[incident:demo-pub-mukhtarli]]`,
 * `[[incident:demo-f36]]`): public ids are keyed with the vault's keys, so only the running vault
 * can write them. The publishing step puts the real public id in before asking for publication.
 */
const DEMO_CITATION = /\[\[incident:demo-([a-z0-9_-]+)/g;

/** The vault id of the incident a demo citation placeholder names. */
export function demoCitationIncidentId(placeholder: string): string {
  return demoId(`incident:${placeholder.replace(/^pub-/, "pub:")}`);
}

/** The two demo editors of the demo editors' organisation, or null before they exist. */
async function demoEditors(t: DemoPublishTarget): Promise<DemoEditors | null> {
  const emails = DEMO_STAFF.filter((s) => s.role === "editor").map((s) => s.email);
  const users = [];
  for (const email of emails.slice(0, 2)) {
    const user = await findUserByEmail(t.db, t.keys, email);
    if (!user) return null;
    users.push(staffActor({ id: user.id, orgId: user.org_id, role: user.role }));
  }
  return users.length === 2 ? { first: users[0]!, second: users[1]! } : null;
}

async function publicColumn(t: DemoPublishTarget, table: string, column: string) {
  const rows = await t.publicDb.selectFrom(table).select(column).execute();
  return new Set(rows.map((r: Record<string, unknown>) => String(r[column])));
}

/** Publishes every publishable incident of the demo editors' organisation; returns how many. */
async function publishIncidents(t: DemoPublishTarget, editors: DemoEditors): Promise<number> {
  const latest = await latestPublications(t.db);
  const live = await publicColumn(t, "public_incidents", "public_id");
  const incidents = await listRecords(t.db, null, incidentSpec, {
    where: { org_id: PUBLIC_OWNER },
    redact: true,
  });
  const approved = [];
  for (const incident of incidents) {
    const last = latest.get(incident.id);
    const step = nextStep(last, live.has(publicIncidentId(t.keys, incident.id)));
    if (step === "skip") continue;
    if (step === "publish") {
      approved.push(last!);
      continue;
    }
    // Cases without a live consent to an anonymised or named case, or retracted, stay private.
    const view = await asEditor(t, editors.first, (p) =>
      preview({ ...p, recordType: "incident", recordId: incident.id }),
    );
    if (view.issues.length) continue;
    const pending = step === "approve" ? last : undefined;
    approved.push(await requestAndApprove(t, editors, "incident", incident.id, pending));
  }
  return publishIncidentBatch(t, editors.first, approved);
}

/** Replaces demo citation placeholders with public ids in a document's translations. */
async function resolveCitations(t: DemoPublishTarget, editors: DemoEditors, documentId: string) {
  const translations = await listRecords(t.db, null, documentTranslationSpec, {
    where: { document_id: documentId },
    redact: true,
  });
  for (const tr of translations) {
    const body = String(tr.body_markdown);
    if (!body.match(DEMO_CITATION)) continue;
    const resolved = body.replace(
      DEMO_CITATION,
      (_, key: string) => `[[incident:${publicIncidentId(t.keys, demoCitationIncidentId(key))}`,
    );
    await t.db.transaction().execute((trx) =>
      saveChanges({
        db: trx,
        keys: t.keys,
        actor: editors.first,
        spec: documentTranslationSpec,
        id: tr.id,
        expectedVersion: tr.version,
        changes: { body_markdown: resolved },
      }),
    );
  }
}

/** Publishes the documents the demo data marks as published (after the incidents they cite). */
async function publishDocuments(t: DemoPublishTarget, editors: DemoEditors): Promise<number> {
  const latest = await latestPublications(t.db);
  const live = await publicColumn(t, "public_documents", "slug");
  const documents = await listRecords(t.db, null, documentSpec, {
    where: { status: "published" },
    redact: true,
  });
  let count = 0;
  for (const d of documents) {
    const last = latest.get(d.id);
    const step = nextStep(last, live.has(String(d.slug)));
    if (step === "skip") continue;
    if (step === "request") await resolveCitations(t, editors, d.id);
    const approved =
      step === "publish"
        ? last!
        : await requestAndApprove(
            t,
            editors,
            "document",
            d.id,
            step === "approve" ? last : undefined,
          );
    await asEditor(t, editors.first, (p) => publishApproved({ ...p, publicationId: approved.id }));
    count++;
  }
  return count;
}

/**
 * The demo's publishing step (run at `npm start` after the demo staff exist): the demo editors
 * publish, through the two-person rule, the six public case profiles, the fictional cases their
 * organisation may publish, and the documents the demo data marks as published. Idempotent:
 * what is already public, or was withdrawn by a person, is left alone.
 */
export async function publishDemo(t: DemoPublishTarget): Promise<DemoPublishReport | null> {
  const started = performance.now();
  const editors = await demoEditors(t);
  if (!editors) return null;
  const incidents = await publishIncidents(t, editors);
  const documents = await publishDocuments(t, editors);
  return { incidents, documents, ms: Math.round(performance.now() - started) };
}
