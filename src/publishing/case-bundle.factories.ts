import { randomUUID } from "node:crypto";
import { Kind, type TSchema } from "@sinclair/typebox";
import type { StaffActor } from "../auth/auth.types.ts";
import { documentSpec, documentTranslationSpec } from "../documents/document.schema.ts";
import { custodyEventSpec, evidenceItemSpec } from "../evidence/evidence.schema.ts";
import { actSpec, attributionSpec, incidentSpec } from "../incidents/incident.schema.ts";
import { consentSpec, personIdentitySpec, personProfileSpec } from "../persons/person.schema.ts";
import { legalProceedingSpec, proceedingEventSpec } from "../proceedings/proceeding.schema.ts";
import { saveChanges, saveNewRecord } from "../records/record.commands.ts";
import type { RecordSpec } from "../records/record-spec.ts";
import type { DomainRecord } from "../records/record.types.ts";
import { riskAssessmentSpec } from "../risk/risk-assessment.schema.ts";
import { informationSpec, sourceSpec } from "../sources/source.schema.ts";
import { fileComplaint, seedCase } from "../test-support/factories.ts";
import type { TestVault } from "../test-support/test-vault.ts";
import {
  approvePublication,
  publishApproved,
  requestPublication,
  type PublicationProps,
  type PublishableType,
} from "./publication.commands.ts";

/** Two editors and a researcher of one organisation (the two-person rule needs two editors). */
export function staffOf(orgId: string) {
  const user = (id: string, role: StaffActor["role"]): StaffActor => ({
    kind: "user",
    id,
    orgId,
    role,
  });
  return {
    editor: user(`ed-a-${orgId}`, "editor"),
    second: user(`ed-b-${orgId}`, "editor"),
    researcher: user(`rs-${orgId}`, "researcher"),
  };
}

/** A value for a protected field that satisfies its schema and carries the canary. */
export function canaryValue(schema: TSchema, canary: string): unknown {
  const inner: TSchema = Array.isArray(schema.anyOf)
    ? schema.anyOf.find((s: TSchema) => s.type !== "null")
    : schema;
  if (inner[Kind] === "Array") return [canaryValue(inner.items as TSchema, canary)];
  if (inner[Kind] === "Object")
    return Object.fromEntries(
      Object.keys(inner.properties).map((k) => [k, `${canary}-${k.slice(0, 4)}`]),
    );
  // Dates cannot hold text: a day no public row ever shows (a generalised month would be 1911-11).
  if (typeof inner.pattern === "string" && inner.pattern.startsWith("^\\d{4}")) return "1911-11-11";
  return canary;
}

/** Every protected field of a spec filled with canaries (tagged by type and field). */
export function canaryFields(spec: RecordSpec, canary: string): Record<string, unknown> {
  return Object.fromEntries(
    spec.protectedFields.map((f) => [
      f,
      canaryValue(spec.schema.properties[f] as TSchema, `${canary}-${f.slice(0, 6)}`),
    ]),
  );
}

/** How the case is set up beyond its defaults. */
export interface FullCaseOptions {
  canary?: string;
  consent?: string;
  consentWithdrawn?: boolean;
  namedCase?: boolean;
  incident?: Record<string, unknown>;
  sourceProtected?: boolean;
  attribution?: Record<string, unknown>;
  statuses?: string[];
  orgId?: string;
}

/**
 * A case with a record of every type the vault keeps about it, each protected field filled with
 * canaries: identity, profile, consent, risk, incident, act, attribution, source, information,
 * evidence and custody, complaint and events, a legal proceeding.
 */
export async function seedFullCase(t: TestVault, o: FullCaseOptions = {}) {
  const canary = o.canary ?? `CANARY${randomUUID().slice(0, 8)}`;
  const fill = (spec: RecordSpec) => canaryFields(spec, canary);
  const c = await seedCase(t, {
    name: `${canary}-name`,
    orgId: o.orgId,
    incident: {
      named_case: o.namedCase ?? false,
      place_precision: "address",
      start_date: "2017-05-29",
      start_precision: "exact",
      ...o.incident,
      ...fill(incidentSpec),
    },
  });
  const orgId = String(c.incident.org_id);
  const base = { db: t.vault.db(), keys: t.vault.keys(), actor: t.actor, orgId };
  // seedCase leaves some protected fields empty: fill every one of them.
  for (const [spec, r] of [
    [personIdentitySpec, c.identity],
    [actSpec, c.act],
  ] as const)
    await saveChanges({
      ...base,
      spec,
      id: r.id,
      expectedVersion: r.version,
      changes: {
        ...fill(spec),
        ...(spec === personIdentitySpec ? { full_name: `${canary}-name` } : {}),
      },
    });
  const save = (spec: RecordSpec, data: Record<string, unknown>) =>
    saveNewRecord({ ...base, spec, data: { ...data, ...fill(spec) } });
  await save(personProfileSpec, {
    person_id: c.person.id,
    valid_from: "2016",
    target_profile: "journalist",
    residence_status: "refugee",
    origin_state: "AZ",
    residence_state: "GE",
  });
  await save(consentSpec, {
    person_id: c.person.id,
    level: o.consent ?? "anonymised_case",
    given_on: "2017-06",
    withdrawn_on: o.consentWithdrawn ? "2018-01" : null,
  });
  await save(riskAssessmentSpec, {
    person_id: c.person.id,
    assessed_on: "2017-06-02",
    level: "high",
    likelihood: 4,
    impact: 4,
    review_due: null,
  });
  const attribution = await save(attributionSpec, {
    act_id: c.act.id,
    attributed_state: "AZ",
    actor_person_id: c.person.id,
    actor_organisation_id: null,
    actor_type: "origin_state_security",
    role: "direct_perpetrator",
    confidence: "likely",
    basis: ["pattern"],
    assessed_on: "2017-07",
    supersedes_id: null,
    approved_for_publication: true,
    ...o.attribution,
  });
  const source = await save(sourceSpec, {
    kind: "publication",
    label: "Report of the Demo Monitor",
    reliability: "B",
    is_protected: o.sourceProtected ?? false,
    public_url: "https://example.org/report",
    published_on: "2017-09",
    person_id: null,
    organisation_id: null,
  });
  const info = await save(informationSpec, {
    incident_id: c.incident.id,
    source_id: source.id,
    connection: "media_report",
    obtained_on: "2017-09",
    credibility: "2",
    language: "en",
    claim_summary: "Threats were reported.",
  });
  const evidence = await save(evidenceItemSpec, {
    information_id: info.id,
    evidence_type: "screenshot",
    sha256: "a".repeat(64),
    size_bytes: 10,
    media_type: "image/png",
    captured_at: null,
    storage_key: null,
  });
  await save(custodyEventSpec, {
    evidence_id: evidence.id,
    action: "collected",
    occurred_at: "2017-09-01T10:00:00.000Z",
    actor: "caseworker",
  });
  const proceeding = await save(legalProceedingSpec, {
    person_id: c.person.id,
    incident_id: c.incident.id,
    proceeding_type: "asylum",
    host_state: "GE",
    requesting_state: null,
    authority_id: null,
    external_reference: null,
    opened_on: "2017-08-01",
  });
  await save(proceedingEventSpec, {
    proceeding_id: proceeding.id,
    status: "opened",
    occurred_on: "2017-08-01",
  });
  const complaint = await fileComplaint(t, c.incident, o.statuses ?? ["filed", "registered"]);
  return { ...c, canary, attribution, source, info, complaint, staff: staffOf(orgId) };
}

/** A document with one reviewed English translation (the body may hold live figures). */
export async function seedDocument(
  t: TestVault,
  orgId: string,
  o: { body?: string; cited?: string[]; coAuthor?: DomainRecord } = {},
) {
  const base = { db: t.vault.db(), keys: t.vault.keys(), actor: t.actor, orgId };
  const document = await saveNewRecord({
    ...base,
    spec: documentSpec,
    data: {
      slug: `doc-${randomUUID().slice(0, 8)}`,
      document_type: "analytical_document",
      categories: ["transnational_repression"],
      co_author_ids: o.coAuthor ? [o.coAuthor.id] : [],
      cited_incident_ids: o.cited ?? [],
      status: "approved",
      original_language: "en",
      published_on: "2026-11",
    },
  });
  await saveNewRecord({
    ...base,
    spec: documentTranslationSpec,
    data: {
      document_id: document.id,
      language: "en",
      title: "Beyond the border",
      summary: "A demo analysis.",
      body_markdown: o.body ?? "Text.",
      translation_status: "original",
    },
  });
  return document;
}

/**
 * Runs a publication command in one vault transaction, as a handler would: the caller's keys, the
 * public store, the data folder (attached files are read from it) and the current time.
 */
export function runPublication<T>(
  t: TestVault,
  actor: StaffActor,
  fn: (p: PublicationProps) => Promise<T>,
): Promise<T> {
  return t.vault
    .db()
    .transaction()
    .execute((trx) =>
      fn({
        trx,
        keys: t.vault.keys(),
        actor,
        publicDb: t.vault.stores.publicDb,
        dataDir: t.config.dataDir,
        now: new Date().toISOString(),
      }),
    );
}

/**
 * Publishes a record the way editors do: the first editor requests, the second approves, the
 * first publishes — each step in its own vault transaction.
 */
export async function publishThroughTwoEditors(
  t: TestVault,
  staff: { editor: StaffActor; second: StaffActor },
  recordType: PublishableType,
  recordId: string,
): Promise<void> {
  const run = <T>(actor: StaffActor, fn: (p: PublicationProps) => Promise<T>) =>
    runPublication(t, actor, fn);
  const req = await run(staff.editor, (p) => requestPublication({ ...p, recordType, recordId }));
  await run(staff.second, (p) => approvePublication({ ...p, publicationId: req.id }));
  await run(staff.editor, (p) => publishApproved({ ...p, publicationId: req.id }));
}
