import type { Kysely } from "kysely";
import { actorRef, appendAudit } from "../audit/audit.repository.ts";
import type { StaffActor } from "../auth/auth.types.ts";
import { ConflictError, ValidationError } from "../errors.ts";
import { incidentSpec } from "../incidents/incident.schema.ts";
import type { VaultKeys } from "../keyring/installation.ts";
import { saveChanges } from "../records/record.commands.ts";
import { listRecords } from "../records/record.repository.ts";
import type { DomainRecord } from "../records/record.types.ts";
import { refreshPublicAggregates } from "../publishing/public-aggregates.ts";
import type { PublicIncident } from "../publishing/public-incident.types.ts";
import { putPublicIncident } from "../publishing/public-store.repository.ts";
import {
  approvePublication,
  preview,
  publicationStatus,
  requestPublication,
  type PublicationProps,
  type PublishableType,
} from "../publishing/publication.commands.ts";
import { publicationRecordSpec } from "../publishing/publication-record.schema.ts";

/** Where the demo publishes: the unsealed vault and the public store. */
export interface DemoPublishTarget {
  db: Kysely<any>;
  keys: VaultKeys;
  publicDb: Kysely<any>;
}

/** The two demo editors: the first asks, the second approves (two-person rule). */
export interface DemoEditors {
  first: StaffActor;
  second: StaffActor;
}

/** Runs one publication command in its own vault transaction, as a handler would. */
export function asEditor<T>(
  t: DemoPublishTarget,
  actor: StaffActor,
  fn: (p: PublicationProps) => Promise<T>,
): Promise<T> {
  return t.db
    .transaction()
    .execute((trx) =>
      fn({ trx, keys: t.keys, actor, publicDb: t.publicDb, now: new Date().toISOString() }),
    );
}

/** The newest publication record of every record that has one. */
export async function latestPublications(db: Kysely<any>): Promise<Map<string, DomainRecord>> {
  const all = await listRecords(db, null, publicationRecordSpec, { redact: true });
  const latest = new Map<string, DomainRecord>();
  for (const p of all) latest.set(String(p.record_id), p); // listed oldest first
  return latest;
}

/**
 * What the demo still has to do for a record: nothing when it is public (or a person withdrew
 * it), otherwise the steps left. A publication marked published that the public store lacks
 * (the demo data's own history) is published again through the two-person rule.
 */
export function nextStep(
  latest: DomainRecord | undefined,
  isPublic: boolean,
): "skip" | "request" | "approve" | "publish" {
  if (!latest) return "request";
  const status = publicationStatus(latest);
  if (status === "published") return isPublic ? "skip" : "request";
  if (status === "withdrawn")
    return String(latest.requested_by).startsWith("user:") ? "skip" : "request";
  return status === "requested" ? "approve" : "publish";
}

/** Requests (first editor) and approves (the other editor) a publication; returns it approved. */
export async function requestAndApprove(
  t: DemoPublishTarget,
  editors: DemoEditors,
  recordType: PublishableType,
  recordId: string,
  pending: DomainRecord | undefined,
): Promise<DomainRecord> {
  const asked =
    pending ??
    (await asEditor(t, editors.first, (p) => requestPublication({ ...p, recordType, recordId })));
  const approver = asked.requested_by === actorRef(editors.second) ? editors.first : editors.second;
  return asEditor(t, approver, (p) => approvePublication({ ...p, publicationId: asked.id }));
}

/**
 * Publishes approved incidents together: what publishApproved does for one, with the same
 * checks (unchanged since the request, no publication issue, earlier versions marked replaced), but the aggregate tables and
 * their suppression are recomputed once for the batch instead of after every incident. The
 * public store is written first in one transaction; the vault then records each publication.
 */
export async function publishIncidentBatch(
  t: DemoPublishTarget,
  editor: StaffActor,
  approved: DomainRecord[],
): Promise<number> {
  if (approved.length === 0) return 0;
  const now = new Date().toISOString();
  const views: PublicIncident[] = [];
  for (const p of approved) {
    const view = await asEditor(t, editor, (props) =>
      preview({ ...props, recordType: "incident", recordId: String(p.record_id) }),
    );
    const [incident] = await listRecords(t.db, null, incidentSpec, {
      where: { id: String(p.record_id) },
      redact: true,
    });
    const version = Number(incident?.version);
    if (
      view.type !== "incident" ||
      version !== p.record_version ||
      view.changedAt > String(p.created_at)
    )
      throw new ConflictError("incident", String(p.record_id), Number(p.record_version), version);
    if (view.issues.length)
      throw new ValidationError(view.issues.map((message) => ({ path: "/", message })));
    views.push(view.value);
  }
  await t.publicDb.transaction().execute(async (ptrx) => {
    for (const v of views) await putPublicIncident(ptrx, v, now);
    await refreshPublicAggregates(ptrx, { now });
  });
  await t.db.transaction().execute(async (trx) => {
    for (const p of approved) {
      const earlier = await listRecords(trx, null, publicationRecordSpec, {
        where: { record_type: "incident", record_id: String(p.record_id) },
      });
      for (const e of earlier.filter((x) => x.id !== p.id && publicationStatus(x) === "published"))
        await saveChanges({
          db: trx,
          keys: t.keys,
          actor: editor,
          spec: publicationRecordSpec,
          id: e.id,
          expectedVersion: e.version,
          changes: {
            withdrawn_at: now,
            withdrawal_reason: `Replaced by version ${p.record_version}.`,
          },
        });
      const published = await saveChanges({
        db: trx,
        keys: t.keys,
        actor: editor,
        spec: publicationRecordSpec,
        id: p.id,
        expectedVersion: p.version,
        changes: { published_at: now },
      });
      await appendAudit(trx, {
        actor: editor,
        action: "publication.publish",
        recordType: String(published.record_type),
        recordId: String(published.record_id),
        fields: [],
      });
    }
  });
  return approved.length;
}
