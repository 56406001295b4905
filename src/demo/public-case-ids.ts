import { demoId } from "./demo-ids.ts";
import { orgId } from "./organisations.ts";

/** Keys of the six named public cases (person and incident keys share them). */
export const PUBLIC_CASE_KEYS = [
  "mukhtarli",
  "isgenderli",
  "kazimova",
  "aghalarli",
  "mustafayeva",
  "jamal_ali",
] as const;
export type PublicCaseKey = (typeof PUBLIC_CASE_KEYS)[number];

/** The member NGO that owns the public case profiles in the demo. */
export const PUBLIC_OWNER = orgId("demo_rights_centre");

/** The id of a named person of the public cases. */
export function publicPersonId(key: PublicCaseKey): string {
  return demoId(`person:pub:${key}`);
}

/** The id of the incident of a public case. */
export function publicIncidentId(key: PublicCaseKey): string {
  return demoId(`incident:pub:${key}`);
}
