import { FLAT_SCHEMES, TACTICS, TACTIC_GROUPS } from "./vocabulary.codes.ts";
import {
  LABELS,
  type Tactic,
  type TacticGroup,
  type CodesOf,
  type Scheme,
  type RootGroup,
} from "./vocabulary.labels.ts";

/** A built-in vocabulary term as seeded, before it is stamped with an id and version. */
export interface VocabularyTermInput {
  scheme: string;
  code: string;
  parent: string | null;
  sort_order: number;
  labels: { en: string; ka: string; az: string; ru: string };
  crosswalk: { esf: string | null; freedom_house: string | null; pace: string | null };
  retired: boolean;
}

/** PACE Resolution 2509 (2023) groups; sub-groups take their root group's. */
const PACE: Record<RootGroup, string> = {
  direct_attack: "direct attacks",
  co_opted_host_state: "co-opting other countries",
  mobility_controls: "mobility controls",
  threats_from_distance: "threats from a distance",
};

/** Freedom House counts only physical tactics, attempts included. */
const FREEDOM_HOUSE: Partial<Record<Tactic, string>> = {
  assassination: "assassination",
  attempted_assassination: "assassination",
  assault: "assault",
  abduction_rendition: "rendition",
  host_arrest_detention: "detention",
  extradition_detention: "detention",
  unlawful_deportation: "unlawful deportation",
};

/** HURIDOCS ESF micro-thesaurus terms, named rather than numbered ("ESF:<thesaurus>/<term>"). */
const ESF: { [S in Scheme]?: Partial<Record<CodesOf[S], string>> } = {
  tactic: {
    assassination: "ESF:Acts/Killing",
    attempted_assassination: "ESF:Acts/Attempted killing",
    assault: "ESF:Acts/Assault",
    abduction_rendition: "ESF:Acts/Abduction",
    physical_intimidation: "ESF:Acts/Threat",
    stalking: "ESF:Acts/Harassment",
    physical_surveillance: "ESF:Acts/Surveillance",
    home_intrusion: "ESF:Acts/Intrusion into home",
    property_damage: "ESF:Acts/Destruction of property",
    host_arrest_detention: "ESF:Acts/Arrest",
    unlawful_deportation: "ESF:Acts/Deportation",
    extradition_detention: "ESF:Acts/Detention",
    citizenship_removed: "ESF:Acts/Deprivation of citizenship",
    travel_ban: "ESF:Acts/Restriction of movement",
    spyware: "ESF:Acts/Surveillance",
    doxxing: "ESF:Acts/Violation of privacy",
    online_threats: "ESF:Acts/Threat",
    smear_campaign: "ESF:Acts/Defamation",
    relative_detained: "ESF:Acts/Arrest",
    relative_questioned_threatened: "ESF:Acts/Threat",
    relative_dismissed: "ESF:Acts/Dismissal from work",
    property_seized_home: "ESF:Acts/Confiscation of property",
    criminal_case_home: "ESF:Acts/Prosecution",
    trial_in_absentia: "ESF:Acts/Trial in absentia",
  },
  involvement_role: {
    direct_perpetrator: "ESF:Involvement/Direct perpetrator",
    instigator: "ESF:Involvement/Instigator",
    accomplice: "ESF:Involvement/Accomplice",
    facilitator: "ESF:Involvement/Facilitator",
    failure_to_protect: "ESF:Involvement/Failure to protect",
    failure_to_investigate: "ESF:Involvement/Failure to investigate",
  },
  intervention_type: {
    police_complaint: "ESF:Intervention/Complaint",
    prosecutor_complaint: "ESF:Intervention/Complaint",
    protection_request: "ESF:Intervention/Request for protection",
    ombudsman_complaint: "ESF:Intervention/Complaint",
    appeal: "ESF:Intervention/Appeal",
    un_communication: "ESF:Intervention/UN communication",
    echr_application: "ESF:Intervention/Legal action",
    echr_rule39: "ESF:Intervention/Urgent action",
    interpol_ccf_request: "ESF:Intervention/Petition",
    publicity: "ESF:Intervention/Publicity",
  },
};

function rootGroup(group: TacticGroup): RootGroup {
  const parent = TACTIC_GROUPS[group];
  return parent === null ? (group as RootGroup) : rootGroup(parent);
}

function paceOf(scheme: Scheme, code: string): string | null {
  if (scheme === "tactic_group") return PACE[rootGroup(code as TacticGroup)];
  if (scheme === "tactic") return PACE[rootGroup(TACTICS[code as Tactic])];
  return null;
}

function terms<S extends Scheme>(
  scheme: S,
  codes: readonly CodesOf[S][],
  parentOf: (code: CodesOf[S]) => string | null,
): VocabularyTermInput[] {
  const esf: Partial<Record<CodesOf[S], string>> = ESF[scheme] ?? {};
  return codes.map((code, sort_order) => {
    const [en, ka, az, ru] = LABELS[scheme][code];
    return {
      scheme,
      code,
      parent: parentOf(code),
      sort_order,
      labels: { en, ka, az, ru },
      crosswalk: {
        esf: esf[code] ?? null,
        freedom_house: scheme === "tactic" ? (FREEDOM_HOUSE[code as Tactic] ?? null) : null,
        pace: paceOf(scheme, code),
      },
      retired: false,
    };
  });
}

const keysOf = <T extends object>(o: T) => Object.keys(o) as (keyof T & string)[];

/** Every built-in term: tactic groups, tactics, then each flat scheme, in display order. */
export const VOCABULARY_TERMS: readonly VocabularyTermInput[] = [
  ...terms("tactic_group", keysOf(TACTIC_GROUPS), (code) => TACTIC_GROUPS[code]),
  ...terms("tactic", keysOf(TACTICS), (code) => TACTICS[code]),
  ...keysOf(FLAT_SCHEMES).flatMap((scheme) => terms(scheme, FLAT_SCHEMES[scheme], () => null)),
];
