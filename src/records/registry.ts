import { documentAttachmentSpec } from "../documents/document-attachment.schema.ts";
import { documentSpec, documentTranslationSpec } from "../documents/document.schema.ts";
import { custodyEventSpec, evidenceItemSpec } from "../evidence/evidence.schema.ts";
import {
  actSpec,
  attributionSpec,
  incidentLinkSpec,
  incidentSpec,
} from "../incidents/incident.schema.ts";
import { interventionEventSpec, interventionSpec } from "../interventions/intervention.schema.ts";
import { organisationSpec } from "../organisations/organisation.schema.ts";
import {
  consentSpec,
  personIdentitySpec,
  personProfileSpec,
  personSpec,
} from "../persons/person.schema.ts";
import { legalProceedingSpec, proceedingEventSpec } from "../proceedings/proceeding.schema.ts";
import { publicationRecordSpec } from "../publishing/publication-record.schema.ts";
import { riskAssessmentSpec } from "../risk/risk-assessment.schema.ts";
import { informationSpec, sourceSpec } from "../sources/source.schema.ts";
import { vocabularyTermSpec } from "../vocabularies/vocabulary.schema.ts";
import type { RecordSpec } from "./record-spec.ts";

/** Every record type, parents before children (the order of exports, imports and backups). */
export const RECORD_SPECS = [
  vocabularyTermSpec,
  organisationSpec,
  personSpec,
  personIdentitySpec,
  personProfileSpec,
  consentSpec,
  incidentSpec,
  incidentLinkSpec,
  actSpec,
  attributionSpec,
  sourceSpec,
  informationSpec,
  evidenceItemSpec,
  custodyEventSpec,
  interventionSpec,
  interventionEventSpec,
  legalProceedingSpec,
  proceedingEventSpec,
  riskAssessmentSpec,
  documentSpec,
  documentTranslationSpec,
  documentAttachmentSpec,
  publicationRecordSpec,
] as const satisfies readonly RecordSpec[];

export type RecordType = (typeof RECORD_SPECS)[number]["type"];

const BY_TYPE = new Map<string, RecordSpec>(RECORD_SPECS.map((s) => [s.type, s]));

/** The spec of a record type, or undefined for an unknown name. */
export function specOf(type: string): RecordSpec | undefined {
  return BY_TYPE.get(type);
}
