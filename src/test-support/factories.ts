import { randomUUID } from "node:crypto";
import { organisationSpec } from "../organisations/organisation.schema.ts";
import { incidentSpec, actSpec } from "../incidents/incident.schema.ts";
import { personIdentitySpec, personSpec } from "../persons/person.schema.ts";
import { interventionEventSpec, interventionSpec } from "../interventions/intervention.schema.ts";
import { saveNewRecord } from "../records/record.commands.ts";
import type { DomainRecord } from "../records/record.types.ts";
import type { TestVault } from "./test-vault.ts";

/** Valid defaults for an organisation. */
export function buildOrganisation(overrides: Record<string, unknown> = {}) {
  return {
    slug: `ngo-${randomUUID().slice(0, 8)}`,
    name: "Test Rights Centre",
    kind: "ngo",
    state: "GE",
    is_member: true,
    website: null,
    internal_notes: null,
    ...overrides,
  };
}

/** Valid defaults for an incident. */
export function buildIncident(overrides: Record<string, unknown> = {}) {
  return {
    title: "Threats against an exiled journalist",
    internal_summary: null,
    public_summary: "An exiled journalist received threats.",
    origin_state: "AZ",
    host_state: "GE",
    start_date: "2017-05",
    start_precision: "month",
    end_date: null,
    end_precision: null,
    place_exact: null,
    place_city: "Tbilisi",
    place_region: null,
    place_precision: "city",
    verification_status: "verified",
    countable: false,
    sensitivity: "normal",
    named_case: false,
    ...overrides,
  };
}

/** Saves an organisation, a victim with an identity, an incident with one act: the smallest real case. */
export async function seedCase(
  t: TestVault,
  opts: { name?: string; tactic?: string; incident?: Record<string, unknown>; orgId?: string } = {},
): Promise<{
  org: DomainRecord;
  person: DomainRecord;
  identity: DomainRecord;
  incident: DomainRecord;
  act: DomainRecord;
}> {
  const db = t.vault.db();
  const keys = t.vault.keys();
  const base = { db, keys, actor: t.actor };
  const org = opts.orgId
    ? ({ id: opts.orgId } as DomainRecord)
    : await saveNewRecord({ ...base, spec: organisationSpec, data: buildOrganisation() });
  const orgId = org.id;
  const person = await saveNewRecord({
    ...base,
    spec: personSpec,
    orgId,
    data: { pseudonym: `AZ-J-${randomUUID().slice(0, 6)}`, kind: "individual" },
  });
  const identity = await saveNewRecord({
    ...base,
    spec: personIdentitySpec,
    orgId,
    data: {
      person_id: person.id,
      full_name: opts.name ?? "Əli Canaryov",
      name_variants: [],
      birth_date: null,
      contacts: [{ kind: "phone", value: "+995 500 000 099" }],
      current_address: "Fictional street 1",
      relatives: [],
      internal_notes: null,
    },
  });
  const incident = await saveNewRecord({
    ...base,
    spec: incidentSpec,
    orgId,
    data: buildIncident(opts.incident),
  });
  const act = await saveNewRecord({
    ...base,
    spec: actSpec,
    orgId,
    data: {
      incident_id: incident.id,
      victim_id: person.id,
      tactic: opts.tactic ?? "physical_intimidation",
      start_date: null,
      start_precision: "unknown",
      end_date: null,
      place_city: null,
      place_state: null,
      place_precision: "unknown",
      consequences: [],
      description: null,
    },
  });
  return { org, person, identity, incident, act };
}

/** Files a complaint for an incident and appends the given statuses, a month apart. */
export async function fileComplaint(
  t: TestVault,
  incident: DomainRecord,
  statuses: string[],
): Promise<DomainRecord> {
  const base = {
    db: t.vault.db(),
    keys: t.vault.keys(),
    actor: t.actor,
    orgId: String(incident.org_id),
  };
  const iv = await saveNewRecord({
    ...base,
    spec: interventionSpec,
    data: {
      incident_id: incident.id,
      victim_id: null,
      acted_by: "victim",
      intervention_type: "police_complaint",
      authority_id: null,
      external_reference: null,
      criminal_code_article: null,
      filed_on: "2017-06-01",
      response_deadline_days: 30,
      internal_notes: null,
    },
  });
  let month = 6;
  for (const status of statuses) {
    await saveNewRecord({
      ...base,
      spec: interventionEventSpec,
      data: {
        intervention_id: iv.id,
        status,
        occurred_on: `2017-${String(month).padStart(2, "0")}-01`,
        note: null,
      },
    });
    month++;
  }
  return iv;
}
