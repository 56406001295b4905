import type { Kysely, Transaction } from "kysely";
import { actorRef, appendAudit } from "../audit/audit.repository.ts";
import type { StaffActor } from "../auth/auth.types.ts";
import { authorize } from "../auth/policy.ts";
import { documentSpec } from "../documents/document.schema.ts";
import { readPublishableAttachments } from "./document-attachments.publish.ts";
import { putPublicAttachments } from "./public-attachments.repository.ts";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../errors.ts";
import { incidentSpec } from "../incidents/incident.schema.ts";
import type { VaultKeys } from "../keyring/installation.ts";
import { saveChanges, saveNewRecord } from "../records/record.commands.ts";
import { getRecord, listRecords } from "../records/record.repository.ts";
import type { DomainRecord } from "../records/record.types.ts";
import { enqueueDocumentAnnouncement } from "../subscriptions/subscription-notify.ts";
import { refreshPublicAggregates } from "./public-aggregates.ts";
import { loadDocumentBundle, projectDocument } from "./public-document.loader.ts";
import { publicIncidentId } from "./public-id.ts";
import { loadCaseBundle } from "./public-incident.loader.ts";
import type { CaseBundle, PublicIncident } from "./public-incident.types.ts";
import { publicationRecordSpec } from "./publication-record.schema.ts";
import {
  deletePublicDocument,
  deletePublicIncident,
  putPublicDocument,
  putPublicIncident,
  type PublicDocumentRow,
} from "./public-store.repository.ts";
import { projectIncident, publicationIssues } from "./redaction.ts";

/** What can be published. */
export type PublishableType = "incident" | "document";

/** Where a publication record stands. */
export type PublicationStatus = "requested" | "approved" | "published" | "withdrawn";

/** What every publication command takes: the vault transaction (the handler owns it) and more. */
export interface PublicationProps {
  trx: Transaction<any>;
  keys: VaultKeys;
  actor: StaffActor;
  publicDb: Kysely<any>;
  now?: string;
  threshold?: number;
  /** The data folder: publishing a document with attached files reads them from its file store. */
  dataDir?: string;
}

/** The state of a publication record. */
export function publicationStatus(p: DomainRecord): PublicationStatus {
  if (p.withdrawn_at) return "withdrawn";
  if (p.published_at) return "published";
  return p.approved_at ? "approved" : "requested";
}

const SPECS = { incident: incidentSpec, document: documentSpec } as const;

function typeOf(p: DomainRecord): PublishableType {
  if (p.record_type !== "incident" && p.record_type !== "document") throw new NotFoundError();
  return p.record_type;
}

/** Loads the record to publish and checks the actor may publish it (404 otherwise). */
async function loadAuthorised(props: PublicationProps, type: PublishableType, id: string) {
  const [record] = await listRecords(props.trx, null, SPECS[type], { where: { id }, redact: true });
  return authorize(
    props.actor,
    "publish",
    record ? { ...record, orgId: String(record.org_id) } : null,
  );
}

/** Everything the public would see, and why it may not be published yet. */
export type Preview =
  | { type: "incident"; value: PublicIncident; issues: string[]; changedAt: string }
  | { type: "document"; value: PublicDocumentRow; issues: string[]; changedAt: string };

function latestStamp(records: DomainRecord[]): string {
  return (
    records
      .map((r) => String(r.updated_at))
      .sort()
      .at(-1) ?? ""
  );
}

function caseRecords(b: CaseBundle): DomainRecord[] {
  return [
    b.incident,
    ...b.acts,
    ...b.attributions,
    ...b.interventions.flatMap((i) => [i.intervention, ...i.events]),
    ...b.information.flatMap((i) => [i.information, i.source]),
    ...b.victims.flatMap((v) => [v.person, ...v.profiles, ...v.consents]),
  ];
}

/** Exactly what publishing a record would put in the public store now (nothing is written). */
export async function preview(
  props: PublicationProps & { recordType: PublishableType; recordId: string },
): Promise<Preview> {
  const { trx, keys, actor, recordId } = props;
  await loadAuthorised(props, props.recordType, recordId);
  if (props.recordType === "incident") {
    const bundle = await loadCaseBundle(trx, keys, actor, recordId);
    const today = (props.now ?? new Date().toISOString()).slice(0, 10);
    const value = projectIncident(bundle, { publicId: publicIncidentId(keys, recordId), today });
    return {
      type: "incident",
      value,
      issues: publicationIssues(bundle),
      changedAt: latestStamp(caseRecords(bundle)),
    };
  }
  const bundle = await loadDocumentBundle(trx, recordId);
  const value = await projectDocument(bundle, keys, props.publicDb, { threshold: props.threshold });
  const issues = value.translations.length
    ? []
    : ["No original or reviewed translation to publish."];
  const changedAt = latestStamp([
    bundle.document,
    ...bundle.translations,
    ...bundle.coAuthors,
    ...(bundle.attachments ?? []),
  ]);
  return { type: "document", value, issues, changedAt };
}

async function audit(props: PublicationProps, action: string, p: DomainRecord) {
  await appendAudit(props.trx, {
    actor: props.actor,
    action: `publication.${action}`,
    recordType: String(p.record_type),
    recordId: String(p.record_id),
    fields: [],
  });
}

/** An editor asks to publish the current version of an incident or document. */
export async function requestPublication(
  props: PublicationProps & { recordType: PublishableType; recordId: string },
): Promise<DomainRecord> {
  const record = await loadAuthorised(props, props.recordType, props.recordId);
  const open = await listRecords(props.trx, null, publicationRecordSpec, {
    where: { record_type: props.recordType, record_id: props.recordId },
  });
  if (open.some((p) => ["requested", "approved"].includes(publicationStatus(p))))
    throw new ValidationError([
      { path: "/", message: "A publication of this record is already waiting for approval." },
    ]);
  const p = await saveNewRecord({
    db: props.trx,
    keys: props.keys,
    actor: props.actor,
    spec: publicationRecordSpec,
    orgId: String(record.org_id),
    now: props.now,
    data: {
      record_type: props.recordType,
      record_id: props.recordId,
      record_version: record.version,
      requested_by: actorRef(props.actor),
      approved_by: null,
      approved_at: null,
      published_at: null,
      withdrawn_at: null,
      withdrawal_reason: null,
    },
  });
  await audit(props, "request", p);
  return p;
}

/** Refuses when the record or anything the public would see changed after the request. */
async function assertUnchanged(props: PublicationProps, p: DomainRecord): Promise<Preview> {
  const record = await loadAuthorised(props, typeOf(p), String(p.record_id));
  const view = await preview({ ...props, recordType: typeOf(p), recordId: String(p.record_id) });
  if (record.version !== p.record_version || view.changedAt > String(p.created_at))
    throw new ConflictError(
      String(p.record_type),
      String(p.record_id),
      Number(p.record_version),
      record.version,
    );
  if (view.issues.length)
    throw new ValidationError(view.issues.map((message) => ({ path: "/", message })));
  return view;
}

async function loadPublication(props: PublicationProps, id: string, expected: PublicationStatus[]) {
  const p = await getRecord(props.trx, props.keys, publicationRecordSpec, id);
  await loadAuthorised(props, typeOf(p), String(p.record_id));
  if (!expected.includes(publicationStatus(p)))
    throw new ValidationError([
      { path: "/", message: `This publication is ${publicationStatus(p)}.` },
    ]);
  return p;
}

async function change(props: PublicationProps, p: DomainRecord, changes: Record<string, unknown>) {
  return saveChanges({
    db: props.trx,
    keys: props.keys,
    actor: props.actor,
    spec: publicationRecordSpec,
    id: p.id,
    expectedVersion: p.version,
    changes,
  });
}

/** A second editor approves: never the one who asked (two-person rule). */
export async function approvePublication(
  props: PublicationProps & { publicationId: string },
): Promise<DomainRecord> {
  const p = await loadPublication(props, props.publicationId, ["requested"]);
  if (p.requested_by === actorRef(props.actor))
    throw new ForbiddenError("A second editor must approve what you asked to publish.");
  await assertUnchanged(props, p);
  const approved = await change(props, p, {
    approved_by: actorRef(props.actor),
    approved_at: props.now ?? new Date().toISOString(),
  });
  await audit(props, "approve", approved);
  return approved;
}

/**
 * Publishes an approved version. The public store is written first, in its own transaction,
 * idempotently; then the vault records it. A failure in between leaves an approved (two-person)
 * projection public and the vault saying "approved": publishing again converges.
 */
export async function publishApproved(
  props: PublicationProps & { publicationId: string },
): Promise<DomainRecord> {
  const p = await loadPublication(props, props.publicationId, ["approved"]);
  const view = await assertUnchanged(props, p);
  const now = props.now ?? new Date().toISOString();
  // Attached files are decrypted and checked against the approved projection before anything
  // is written, so a missing or changed file fails the publication instead of half-doing it.
  const files =
    view.type === "document"
      ? await readPublishableAttachments({
          ...props,
          documentId: String(p.record_id),
          view: view.value,
        })
      : [];
  await props.publicDb.transaction().execute(async (ptrx) => {
    if (view.type === "incident") {
      await putPublicIncident(ptrx, view.value, now);
      await refreshPublicAggregates(ptrx, { threshold: props.threshold, now });
    } else {
      await putPublicDocument(ptrx, view.value, now);
      await putPublicAttachments(ptrx, view.value.slug, files);
    }
  });
  const earlier = await listRecords(props.trx, null, publicationRecordSpec, {
    where: { record_type: String(p.record_type), record_id: String(p.record_id) },
  });
  for (const e of earlier.filter((x) => x.id !== p.id && publicationStatus(x) === "published"))
    await change(props, e, {
      withdrawn_at: now,
      withdrawal_reason: `Replaced by version ${p.record_version}.`,
    });
  // Subscribers hear of a new document from the vault's mail job; queued in this transaction,
  // so an announcement exists exactly when the publication does (a slug is announced once).
  if (view.type === "document")
    await enqueueDocumentAnnouncement(props.trx, view.value, new Date(now));
  const published = await change(props, p, { published_at: now });
  await audit(props, "publish", published);
  return published;
}

/**
 * Withdraws a publication (or cancels a request): the public copy goes first, so a failure
 * afterwards leaves less in public, never more; the vault keeps the record with the reason.
 */
export async function withdrawPublication(
  props: PublicationProps & { publicationId: string; reason: string },
): Promise<DomainRecord> {
  const p = await loadPublication(props, props.publicationId, [
    "requested",
    "approved",
    "published",
  ]);
  const now = props.now ?? new Date().toISOString();
  if (publicationStatus(p) === "published") {
    await props.publicDb.transaction().execute(async (ptrx) => {
      if (typeOf(p) === "incident") {
        await deletePublicIncident(ptrx, publicIncidentId(props.keys, String(p.record_id)));
        await refreshPublicAggregates(ptrx, { threshold: props.threshold, now });
      } else {
        const document = await getRecord(props.trx, props.keys, documentSpec, String(p.record_id));
        await deletePublicDocument(ptrx, String(document.slug));
      }
    });
  }
  const withdrawn = await change(props, p, { withdrawn_at: now, withdrawal_reason: props.reason });
  await audit(props, "withdraw", withdrawn);
  return withdrawn;
}
