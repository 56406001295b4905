import type { DemoSet } from "./demo-record.ts";
import { buildFictionalComplaints } from "./fictional-complaints.ts";
import { buildFictionalIncidents } from "./fictional-incidents.ts";
import { buildFictionalPeople } from "./fictional-people.ts";
import { buildFictionalSources } from "./fictional-sources.ts";

export { FICTIONAL_CASES, type FictionalCase } from "./fictional-blocks.ts";

/**
 * Adds the 36 fictional private cases, generated deterministically from the hand-written
 * building blocks in fictional-blocks.ts and fictional-texts.ts: people and their identities,
 * profiles, consents and risk assessments; incidents, links, acts and attributions; sources,
 * information, evidence and custody; complaints with their histories and legal proceedings.
 */
export function buildFictionalCases(set: DemoSet): void {
  buildFictionalPeople(set);
  buildFictionalIncidents(set);
  buildFictionalSources(set);
  buildFictionalComplaints(set);
}
