import { appendAudit } from "../audit/audit.repository.ts";
import { actSpec, attributionSpec, incidentSpec } from "../incidents/incident.schema.ts";
import { interventionEventSpec, interventionSpec } from "../interventions/intervention.schema.ts";
import type { VaultKeys } from "../keyring/installation.ts";
import {
  consentSpec,
  personIdentitySpec,
  personProfileSpec,
  personSpec,
} from "../persons/person.schema.ts";
import { NotFoundError } from "../errors.ts";
import type { RecordSpec } from "../records/record-spec.ts";
import { listRecords, type Db } from "../records/record.repository.ts";
import type { Actor, DomainRecord } from "../records/record.types.ts";
import { informationSpec, sourceSpec } from "../sources/source.schema.ts";
import type { CaseBundle } from "./public-incident.types.ts";
import { mayName } from "./redaction.ts";

// Every record is read redacted: protected fields are never even decrypted for publishing.
const redacted = { redact: true } as const;

/**
 * Loads what the redaction projection looks at for one incident. The only protected value ever
 * opened is a victim's full name, and only under a live named-case consent; that read is audited.
 */
export async function loadCaseBundle(
  db: Db,
  keys: VaultKeys,
  actor: Actor,
  incidentId: string,
): Promise<CaseBundle> {
  const incident = await getRedacted(db, incidentSpec, incidentId);
  const byIncident = { where: { incident_id: incidentId }, ...redacted };
  const acts = await listRecords(db, null, actSpec, byIncident);
  const attributions: DomainRecord[] = [];
  for (const act of acts)
    attributions.push(
      ...(await listRecords(db, null, attributionSpec, { where: { act_id: act.id }, ...redacted })),
    );
  const interventions = [];
  for (const intervention of await listRecords(db, null, interventionSpec, byIncident)) {
    const where = { intervention_id: intervention.id };
    const events = await listRecords(db, null, interventionEventSpec, { where, ...redacted });
    interventions.push({ intervention, events });
  }
  const information = [];
  for (const info of await listRecords(db, null, informationSpec, byIncident)) {
    information.push({
      information: info,
      source: await getRedacted(db, sourceSpec, String(info.source_id)),
    });
  }
  const victims = [];
  for (const personId of [...new Set(acts.map((a) => String(a.victim_id)))]) {
    const byPerson = { where: { person_id: personId }, ...redacted };
    const consents = await listRecords(db, null, consentSpec, byPerson);
    victims.push({
      person: await getRedacted(db, personSpec, personId),
      profiles: await listRecords(db, null, personProfileSpec, byPerson),
      consents,
      publicName: mayName(incident, consents) ? await readName(db, keys, actor, personId) : null,
    });
  }
  return { incident, acts, attributions, interventions, information, victims };
}

async function getRedacted(db: Db, spec: RecordSpec, id: string): Promise<DomainRecord> {
  const [record] = await listRecords(db, null, spec, { where: { id }, ...redacted });
  if (!record) throw new NotFoundError(spec.type);
  return record;
}

async function readName(
  db: Db,
  keys: VaultKeys,
  actor: Actor,
  personId: string,
): Promise<string | null> {
  const [identity] = await listRecords(db, keys, personIdentitySpec, {
    where: { person_id: personId },
  });
  if (!identity) return null;
  await appendAudit(db, {
    actor,
    action: "identity.read_for_publication",
    recordType: personIdentitySpec.type,
    recordId: identity.id,
    fields: ["full_name"],
  });
  return String(identity.full_name);
}
