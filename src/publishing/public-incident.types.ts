import type { DomainRecord } from "../records/record.types.ts";

/** Everything the vault knows about one case that the redaction layer may look at. */
export interface CaseBundle {
  incident: DomainRecord;
  acts: DomainRecord[];
  attributions: DomainRecord[];
  interventions: { intervention: DomainRecord; events: DomainRecord[] }[];
  information: { information: DomainRecord; source: DomainRecord }[];
  victims: {
    person: DomainRecord;
    profiles: DomainRecord[];
    consents: DomainRecord[];
    /** The victim's name, loaded only when a live named-case consent allows publishing it. */
    publicName: string | null;
  }[];
}

/** A generalised date: month ("2017-05") or year ("2017"), never a day. */
export interface PublicDate {
  from: string | null;
  to: string | null;
  precision: "month" | "year" | "unknown";
}

/** A generalised place: a city or the country, never finer. */
export interface PublicPlace {
  city: string | null;
  country: string;
  precision: "city" | "country" | "online" | "unknown";
}

/** A citation of a public (never protected) source, graded like "B2". */
export interface PublicCitation {
  label: string;
  url: string | null;
  publishedOn: string | null;
  grade: string;
}

/** How far the authorities went, and how long it took (days counted from the first filing). */
export interface PublicResponse {
  furthestStage: string;
  furthestStageRank: number;
  timeline: { stage: string; daysFromFiling: number | null }[];
  firstResponseDays: number | null;
  daysWithoutResponse: number | null;
  complaints: number;
}

/** Exactly what the public side may know about one incident. */
export interface PublicIncident {
  publicId: string;
  originState: string;
  hostState: string;
  date: PublicDate;
  year: number | null;
  place: PublicPlace;
  tactics: { tactic: string; group: string; topGroup: string }[];
  primaryTactic: string | null;
  primaryTacticGroup: string | null;
  targetProfiles: string[];
  victims: { name: string | null; targetProfile: string | null }[];
  verificationStatus: string;
  countable: boolean;
  /** Counted in public statistics: only verified incidents are (SECURITY.md 17). */
  counted: boolean;
  attributions: { state: string; role: string; confidence: string }[];
  response: PublicResponse;
  citations: PublicCitation[];
  summary: string | null;
}
