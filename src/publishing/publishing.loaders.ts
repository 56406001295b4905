import type { Transaction } from "kysely";
import type { StaffActor } from "../auth/auth.types.ts";
import { authorize } from "../auth/policy.ts";
import { listUsers } from "../auth/user.repository.ts";
import { documentSpec, documentTranslationSpec } from "../documents/document.schema.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import { incidentSpec } from "../incidents/incident.schema.ts";
import type { VaultKeys } from "../keyring/installation.ts";
import { getRecord, listRecords, type Db } from "../records/record.repository.ts";
import type { DomainRecord } from "../records/record.types.ts";
import { documentChecklist, type DocumentChecklist } from "./document-checklist.ts";
import { loadDocumentBundle } from "./public-document.loader.ts";
import type { PublicDb } from "./public-store.repository.ts";
import {
  preview,
  type Preview,
  type PublicationProps,
  type PublishableType,
} from "./publication.commands.ts";
import { publicationRecordSpec } from "./publication-record.schema.ts";
import { peopleIndex, type PeopleIndex } from "./publishing-view.helpers.tsx";

// Ids are UUIDs; anything else is answered like a missing record without touching the database.
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Throws the not-found error for anything that cannot be a record id. */
export function checkId(id: string): string {
  if (!ID.test(id)) throw new NotFoundError();
  return id;
}

/** What the publishing pages need from the server for every command and loader. */
export interface PublishingEnv {
  keys: VaultKeys;
  publicDb: PublicDb;
  /** The data folder, whose file store holds documents' attached files. */
  dataDir?: string;
}

/** The props every publication command takes, for this actor in the handler's transaction. */
export function commandProps(
  env: PublishingEnv,
  trx: Transaction<any>,
  actor: StaffActor,
): PublicationProps {
  return { trx, keys: env.keys, actor, publicDb: env.publicDb, dataDir: env.dataDir };
}

/** The organisation's accounts, to name requesters and approvers. */
export async function loadPeople(db: Db, keys: VaultKeys, actor: StaffActor): Promise<PeopleIndex> {
  return peopleIndex(actor, await listUsers(db, keys, actor.orgId));
}

/** Every publication of one record, oldest first. */
export function publicationsOf(db: Db, type: PublishableType, id: string) {
  return listRecords(db, null, publicationRecordSpec, {
    where: { record_type: type, record_id: id },
  });
}

/** A publication record the actor may handle (publish rights in its organisation), else 404. */
export async function loadPublication(
  db: Db,
  keys: VaultKeys,
  actor: StaffActor,
  id: string,
): Promise<DomainRecord> {
  const p = await getRecord(db, keys, publicationRecordSpec, checkId(id));
  return authorize(actor, "publish", { ...p, orgId: String(p.org_id) });
}

/** A record as its staff title (never a protected field: those are not decrypted here). */
export async function recordTitle(db: Db, type: string, id: string): Promise<string> {
  if (type === "incident") {
    const [i] = await listRecords(db, null, incidentSpec, { where: { id }, redact: true });
    return i ? String(i.title) : id;
  }
  const [d] = await listRecords(db, null, documentSpec, { where: { id }, redact: true });
  const translations = await listRecords(db, null, documentTranslationSpec, {
    where: { document_id: id },
    redact: true,
  });
  const original = translations.find((t) => t.language === d?.original_language);
  return original ? String(original.title) : String(d?.slug ?? id);
}

/** Where the staff page of a published record is. */
export function recordHref(type: string, id: string): string {
  return type === "incident" ? `/staff/incidents/${id}/publication` : `/staff/documents/${id}`;
}

/**
 * The preview, or for a document whose text cannot be projected (a live figure that does not
 * parse) an empty one carrying the reasons, so the page can say what to fix instead of failing.
 */
export async function safePreview(
  props: PublicationProps & { recordType: PublishableType; recordId: string },
): Promise<Preview> {
  try {
    return await preview(props);
  } catch (err) {
    if (!(err instanceof ValidationError) || props.recordType !== "document") throw err;
    const d = (await loadDocumentBundle(props.trx, props.recordId)).document;
    return {
      type: "document",
      issues: err.issues.map((i) => i.message),
      changedAt: "",
      value: {
        slug: String(d.slug),
        documentType: String(d.document_type),
        categories: d.categories as string[],
        coAuthors: [],
        citedIncidentIds: [],
        originalLanguage: String(d.original_language),
        publishedOn: null,
        translations: [],
      },
    };
  }
}

/** The checklist of a document against the public store as it is now. */
export async function checklistOf(
  db: Db,
  env: PublishingEnv,
  documentId: string,
): Promise<DocumentChecklist> {
  const bundle = await loadDocumentBundle(db, documentId);
  const publications = await publicationsOf(db, "document", documentId);
  return documentChecklist(bundle, env.keys, env.publicDb, publications);
}

/** Whether the record changed after the request (a second editor's approval would be refused). */
export async function isStale(db: Db, p: DomainRecord, view: Preview): Promise<boolean> {
  const spec = p.record_type === "incident" ? incidentSpec : documentSpec;
  const [record] = await listRecords(db, null, spec, {
    where: { id: String(p.record_id) },
    redact: true,
  });
  return record?.version !== p.record_version || view.changedAt > String(p.created_at);
}
