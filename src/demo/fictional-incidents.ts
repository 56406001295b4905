import { TACTICS } from "../vocabularies/vocabulary.codes.ts";
import { demoId } from "./demo-ids.ts";
import { addDays, type DemoSet } from "./demo-record.ts";
import {
  FICTIONAL_CASES,
  fictionalAddress,
  periodOf,
  type FictionalCase,
} from "./fictional-blocks.ts";
import { incidentDay, perpetratorId } from "./fictional-people.ts";
import { demoActDescription, demoPublicSummary, demoTitle } from "./fictional-texts.ts";
import { orgId } from "./organisations.ts";

/** Tactics that meet Freedom House's physical-incident rule. */
const PHYSICAL = new Set([
  "assassination",
  "attempted_assassination",
  "assault",
  "abduction_rendition",
  "host_arrest_detention",
  "extradition_detention",
  "unlawful_deportation",
]);

/** Tactics that take place in the origin state rather than where the exile lives. */
const AT_ORIGIN = new Set([
  "relative_detained",
  "relative_questioned_threatened",
  "relative_dismissed",
  "property_seized_home",
  "criminal_case_home",
  "trial_in_absentia",
  "wanted_listing",
  "citizenship_removed",
  "travel_ban",
  "interpol_notice",
]);

const CONSEQUENCES: Record<string, string[]> = {
  assault: ["injury", "psychological_harm"],
  attempted_assassination: ["injury", "relocation"],
  abduction_rendition: ["injury", "psychological_harm"],
  host_arrest_detention: ["detention"],
  extradition_detention: ["detention"],
  unlawful_deportation: ["detention", "displacement"],
  relative_detained: ["family_harm"],
  relative_questioned_threatened: ["family_harm", "self_censorship"],
  relative_dismissed: ["family_harm", "loss_of_livelihood"],
  stalking: ["psychological_harm"],
  physical_surveillance: ["psychological_harm"],
  physical_intimidation: ["psychological_harm", "self_censorship"],
  online_threats: ["psychological_harm", "self_censorship"],
  doxxing: ["relocation"],
  home_intrusion: ["psychological_harm", "relocation"],
  residence_permit_refused: ["loss_of_livelihood"],
  passport_cancelled: ["loss_of_livelihood"],
  citizenship_removed: ["displacement"],
  ddos: ["loss_of_livelihood"],
};

/** Who is typically behind a tactic: [side, actor type, role]. */
function actorOf(tactic: string): [string, string, string] {
  const group = TACTICS[tactic as keyof typeof TACTICS];
  const special: Record<string, [string, string, string]> = {
    embassy_approach: ["origin", "diplomat_or_embassy", "direct_perpetrator"],
    host_arrest_detention: ["host", "host_state_police", "facilitator"],
    unlawful_deportation: ["host", "host_state_migration", "direct_perpetrator"],
    extradition_request: ["origin", "origin_state_official", "instigator"],
    extradition_detention: ["host", "host_state_court", "facilitator"],
    interpol_notice: ["origin", "origin_state_police", "instigator"],
    asylum_refused: ["host", "host_state_migration", "direct_perpetrator"],
    residence_permit_refused: ["host", "host_state_migration", "direct_perpetrator"],
    entry_refused: ["host", "host_state_police", "direct_perpetrator"],
    mla_misuse: ["origin", "origin_state_official", "instigator"],
    ineffective_investigation: ["host", "host_state_police", "failure_to_investigate"],
    passport_cancelled: ["origin", "diplomat_or_embassy", "direct_perpetrator"],
    consular_service_refused: ["origin", "diplomat_or_embassy", "direct_perpetrator"],
    spyware: ["origin", "origin_state_security", "direct_perpetrator"],
    property_seized_home: ["origin", "origin_state_official", "direct_perpetrator"],
  };
  const s = special[tactic];
  if (s) return s;
  if (group === "direct_attack") return ["origin", "origin_state_security", "direct_perpetrator"];
  if (group === "digital_threats") return ["origin", "online_actor", "direct_perpetrator"];
  if (group === "threats_by_proxy") return ["origin", "origin_state_police", "direct_perpetrator"];
  return ["origin", "origin_state_official", "direct_perpetrator"];
}

/** A real authority behind an act, where the demo names one. */
function actorOrg(
  c: FictionalCase,
  side: string,
  actorType: string,
  tactic: string,
): string | null {
  if (side === "host" && c.host === "GE") {
    if (actorType === "host_state_police") return orgId("ge_mia");
    if (actorType === "host_state_migration")
      return tactic === "residence_permit_refused" ? orgId("ge_psda") : orgId("ge_mia");
  }
  if (side === "origin" && c.origin === "AZ") {
    if (actorType === "origin_state_security") return orgId("az_sss");
    if (actorType === "diplomat_or_embassy" && c.host === "GE") return orgId("az_embassy_ge");
  }
  return null;
}

const CONFIDENCE = [
  "likely",
  "very_likely",
  "roughly_even",
  "likely",
  "unlikely",
  "very_likely",
  "unknown",
];
const BASIS: Record<string, string[]> = {
  almost_certain: ["documentary", "official_acknowledgement"],
  very_likely: ["witness_identification", "pattern"],
  likely: ["pattern", "victim_belief"],
  roughly_even: ["victim_belief"],
  unlikely: ["victim_belief"],
  unknown: ["victim_belief"],
};
const PUBLISHABLE = new Set(["almost_certain", "very_likely", "likely"]);
const PERPETRATOR_OF: Record<string, string> = {
  "f00b:0": "perp-az-01",
  "f04:0": "perp-az-02",
  "f06:0": "grp-az-01",
  "f07:0": "perp-tj-01",
};

/** Adds an act and its attribution(s); the first act of case 0 gets a superseded assessment. */
function addAct(
  set: DemoSet,
  c: FictionalCase,
  incidentId: string,
  key: string,
  tactic: string,
  day: string,
  n: number,
): void {
  const group = TACTICS[tactic as keyof typeof TACTICS];
  const online = group === "digital_threats";
  const atOrigin = AT_ORIGIN.has(tactic);
  const actId = set.add(
    "act",
    key,
    {
      incident_id: incidentId,
      victim_id: c.personId,
      tactic,
      start_date: c.precision === "month" ? day.slice(0, 7) : day,
      start_precision: c.precision,
      end_date: null,
      place_city: online || atOrigin ? null : c.city,
      place_state: online ? null : atOrigin ? c.origin : c.host,
      place_precision: online ? "online" : atOrigin ? "country" : "city",
      consequences: CONSEQUENCES[tactic] ?? [],
      description: demoActDescription(tactic),
    },
    c.org,
  );
  const [side, actorType, role] = actorOf(tactic);
  const documentary = side === "host" || group === "legal_threats" || group === "mobility_controls";
  const confidence = documentary
    ? "almost_certain"
    : (CONFIDENCE[(c.i + n) % CONFIDENCE.length] as string);
  const perp = PERPETRATOR_OF[key];
  let supersedes: string | null = null;
  if (key === "f00:0") {
    supersedes = set.add(
      "attribution",
      `${key}:early`,
      {
        act_id: actId,
        attributed_state: c.origin,
        actor_person_id: null,
        actor_organisation_id: null,
        actor_type: "unknown",
        role: "direct_perpetrator",
        confidence: "roughly_even",
        basis: ["victim_belief"],
        assessed_on: day.slice(0, 7),
        supersedes_id: null,
        approved_for_publication: false,
        internal_notes: "First assessment, made on the victim's account alone (demo).",
      },
      c.org,
    );
  }
  set.add(
    "attribution",
    key,
    {
      act_id: actId,
      attributed_state: side === "host" ? c.host : c.origin,
      actor_person_id:
        key === "f00:0" ? perpetratorId("perp-az-01") : perp ? perpetratorId(perp) : null,
      actor_organisation_id: actorOrg(c, side, actorType, tactic),
      actor_type: actorType,
      role,
      confidence: key === "f00:0" ? "very_likely" : confidence,
      basis:
        key === "f00:0" ? ["witness_identification", "pattern"] : (BASIS[confidence] as string[]),
      assessed_on: addDays(day, key === "f00:0" ? 180 : 30).slice(0, 7),
      supersedes_id: supersedes,
      approved_for_publication: PUBLISHABLE.has(confidence) && c.verification !== "reported",
      internal_notes:
        key === "f00:0"
          ? "Reassessed after a witness recognised the man from an earlier sighting (demo)."
          : null,
    },
    c.org,
  );
}

/** Adds one incident row of a fictional case (its own or a follow-up). */
function addIncident(
  set: DemoSet,
  c: FictionalCase,
  key: string,
  tactics: string[],
  day: string,
): string {
  const primary = tactics[0] as string;
  const online = TACTICS[primary as keyof typeof TACTICS] === "digital_threats";
  const atOrigin = AT_ORIGIN.has(primary);
  const local = !online && !atOrigin;
  const end =
    primary === "stalking"
      ? addDays(day, 28)
      : primary === "extradition_detention"
        ? addDays(day, 95)
        : null;
  const region: Record<string, string> = {
    Batumi: "Adjara",
    Cologne: "North Rhine-Westphalia",
  };
  const id = set.add(
    "incident",
    key,
    {
      title: demoTitle(c, primary),
      internal_summary: `Demo case ${c.pseudonym}: ${demoActDescription(primary)} Person concerned: ${c.fullName}.`,
      public_summary: demoPublicSummary(c, primary),
      origin_state: c.origin,
      host_state: c.host,
      start_date: c.precision === "month" ? day.slice(0, 7) : day,
      start_precision: c.precision,
      end_date: end,
      end_precision: end ? (primary === "stalking" ? "week" : "exact") : null,
      place_exact: local ? `Outside the building at ${fictionalAddress(c)}` : null,
      place_city: local ? c.city : null,
      place_region: local ? (region[c.city] ?? null) : null,
      place_precision: online
        ? "online"
        : atOrigin
          ? "country"
          : c.i % 4 === 0
            ? "neighbourhood"
            : "city",
      verification_status: c.verification,
      countable: tactics.some((t) => PHYSICAL.has(t)),
      sensitivity: c.sensitivity,
      named_case: false,
    },
    c.org,
  );
  tactics.forEach((tactic, n) => addAct(set, c, id, `${key}:${n}`, tactic, day, n));
  return id;
}

/** The id of the follow-up incident of a fictional case. */
export function followUpIncidentId(c: FictionalCase): string {
  return demoId(`incident:${c.key}b`);
}

/** The calendar date of the follow-up incident of a fictional case. */
export function followUpDay(c: FictionalCase): string {
  return addDays(incidentDay(c), c.followUp?.days ?? 0);
}

/** Same-campaign links between incidents of different fictional cases. */
const CAMPAIGNS: [number, number, string][] = [
  [
    2,
    35,
    "Relatives of exiled bloggers summoned in the same month by the same police unit (demo).",
  ],
  [1, 13, "Both targeted from the same cluster of anonymous accounts (demo)."],
  [4, 22, "The victims describe the same pair of men (demo)."],
];

/** Adds the fictional incidents (with follow-ups), their links, acts and attributions. */
export function buildFictionalIncidents(set: DemoSet): void {
  for (const c of FICTIONAL_CASES) {
    addIncident(set, c, c.key, c.tactics, incidentDay(c));
    if (c.followUp) {
      const followId = addIncident(
        set,
        { ...c, precision: "exact", period: periodOf(followUpDay(c)) },
        `${c.key}b`,
        [c.followUp.tactic],
        followUpDay(c),
      );
      set.add(
        "incident_link",
        c.key,
        {
          from_incident_id: c.incidentId,
          to_incident_id: followId,
          link_type: c.followUp.link,
          note:
            c.followUp.link === "causes"
              ? "The published details led to the later threat (demo)."
              : null,
        },
        c.org,
      );
    }
  }
  for (const [a, b, note] of CAMPAIGNS) {
    const from = FICTIONAL_CASES[a] as FictionalCase;
    const to = FICTIONAL_CASES[b] as FictionalCase;
    set.add(
      "incident_link",
      `campaign:${from.key}-${to.key}`,
      {
        from_incident_id: from.incidentId,
        to_incident_id: to.incidentId,
        link_type: "same_campaign",
        note,
      },
      from.org,
    );
  }
}
