import { ValidationError } from "../errors.ts";
import { refreshIncident, refreshIntervention } from "../incidents/incident-derived.repository.ts";
import type { VaultKeys } from "../keyring/installation.ts";
import { replaceNameTokens } from "../persons/person-name.repository.ts";
import { refreshProceeding } from "../proceedings/proceeding-derived.repository.ts";
import { loadVocabularyIndex } from "../vocabularies/vocabulary.repository.ts";
import type { RecordSpec } from "./record-spec.ts";
import { checkVocabulary } from "./record-validation.ts";
import {
  createRecord,
  updateRecord,
  type CreateRecordProps,
  type Db,
} from "./record.repository.ts";
import type { Actor, DomainRecord } from "./record.types.ts";

/** Keeps derived data (blind index, stages, facets, counts) in step after a record was written. */
export async function afterWrite(
  db: Db,
  keys: VaultKeys,
  spec: RecordSpec,
  record: DomainRecord,
): Promise<void> {
  switch (spec.type) {
    case "person_identity":
      return replaceNameTokens(db, keys, record);
    case "incident":
      return refreshIncident(db, record.id);
    case "act":
      return refreshIncident(db, String(record.incident_id));
    case "intervention":
    case "intervention_event": {
      const incidentId = await refreshIntervention(
        db,
        spec.type === "intervention" ? record.id : String(record.intervention_id),
      );
      if (incidentId) await refreshIncident(db, incidentId);
      return;
    }
    case "proceeding_event":
      return refreshProceeding(db, String(record.proceeding_id));
  }
}

async function assertVocabulary(db: Db, spec: RecordSpec, record: DomainRecord): Promise<void> {
  if (spec.vocab.length === 0) return;
  const issues = checkVocabulary(spec, record, await loadVocabularyIndex(db));
  if (issues.length) throw new ValidationError(issues);
}

/** Creates a record of any type with every rule applied: schema, vocabulary, encryption, audit, derived data. */
export async function saveNewRecord(props: CreateRecordProps): Promise<DomainRecord> {
  await assertVocabulary(props.db, props.spec, { ...props.data, id: "" } as DomainRecord);
  const record = await createRecord(props);
  await afterWrite(props.db, props.keys, props.spec, record);
  return record;
}

/** Changes a record with optimistic locking and the same rules as {@link saveNewRecord}. */
export async function saveChanges(props: {
  db: Db;
  keys: VaultKeys;
  actor: Actor;
  spec: RecordSpec;
  id: string;
  expectedVersion: number;
  changes: Record<string, unknown>;
}): Promise<DomainRecord> {
  await assertVocabulary(props.db, props.spec, props.changes as DomainRecord);
  const record = await updateRecord(props);
  await afterWrite(props.db, props.keys, props.spec, record);
  return record;
}
