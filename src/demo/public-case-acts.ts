import type { DemoSet } from "./demo-record.ts";
import { orgId, type OrgKey } from "./organisations.ts";
import {
  PUBLIC_OWNER,
  publicIncidentId,
  publicPersonId,
  type PublicCaseKey,
} from "./public-case-ids.ts";

interface Attr {
  state: string | null;
  org: OrgKey | null;
  actorType: string;
  role: string;
  confidence: string;
  basis: string[];
  assessed: string;
  approved: boolean;
  notes: string | null;
}

/** Shorthand for one attribution of a public-case act. */
function attr(
  state: string | null,
  org: OrgKey | null,
  actorType: string,
  role: string,
  confidence: string,
  basis: string[],
  assessed: string,
  approved: boolean,
  notes: string | null = null,
): Attr {
  return { state, org, actorType, role, confidence, basis, assessed, approved, notes };
}

interface PublicAct {
  key: string;
  incident: PublicCaseKey;
  tactic: string;
  /** Start date and its precision. */
  when: [string | null, string];
  /** City, state and place precision. */
  where: [string | null, string | null, string];
  consequences: string[];
  description: string;
  attributions: Attr[];
}

const ACTS: PublicAct[] = [
  {
    key: "mukhtarli-abduction",
    incident: "mukhtarli",
    tactic: "abduction_rendition",
    when: ["2017-05-29", "exact"],
    where: ["Tbilisi", "GE", "city"],
    consequences: ["detention", "injury"],
    description:
      "Victim's account: seized in Tbilisi by Georgian-speaking men in police uniform, beaten, driven to the border and handed to Azerbaijani officials.",
    attributions: [
      attr(
        "AZ",
        null,
        "origin_state_official",
        "direct_perpetrator",
        "very_likely",
        ["victim_belief", "documentary"],
        "2017-09",
        true,
      ),
      attr(
        "GE",
        null,
        "host_state_police",
        "accomplice",
        "roughly_even",
        ["victim_belief"],
        "2017-09",
        false,
        "Georgian authorities deny any involvement; in 2024 the ECtHR could not establish Georgian involvement beyond reasonable doubt.",
      ),
    ],
  },
  {
    key: "mukhtarli-charges",
    incident: "mukhtarli",
    tactic: "criminal_case_home",
    when: ["2017-05", "month"],
    where: ["Baku", "AZ", "city"],
    consequences: ["detention"],
    description:
      "Charged in Azerbaijan with illegal border crossing, currency smuggling and disobeying officers; sentenced to six years in January 2018; released in March 2020.",
    attributions: [
      attr(
        "AZ",
        null,
        "origin_state_official",
        "direct_perpetrator",
        "almost_certain",
        ["official_acknowledgement", "documentary"],
        "2017-09",
        true,
      ),
    ],
  },
  {
    key: "mukhtarli-investigation",
    incident: "mukhtarli",
    tactic: "ineffective_investigation",
    when: ["2017-05", "month"],
    where: ["Tbilisi", "GE", "city"],
    consequences: [],
    description:
      "No perpetrator identified; aggravating circumstances (a group, transfer abroad) not considered in 2017; victim status refused in 2017.",
    attributions: [
      attr(
        "GE",
        "ge_prosecutor",
        "host_state_prosecutor",
        "failure_to_investigate",
        "very_likely",
        ["documentary"],
        "2017-12",
        true,
      ),
    ],
  },
  {
    key: "isgenderli-threats",
    incident: "isgenderli",
    tactic: "physical_intimidation",
    when: [null, "unknown"],
    where: [null, "GE", "country"],
    consequences: ["psychological_harm"],
    description:
      "Harassment and threats as summarised in the 2017 report; their form is not recorded here.",
    attributions: [
      attr(
        "AZ",
        null,
        "unknown",
        "direct_perpetrator",
        "roughly_even",
        ["victim_belief"],
        "2017-09",
        false,
      ),
    ],
  },
  {
    key: "kazimova-surveillance",
    incident: "kazimova",
    tactic: "physical_surveillance",
    when: [null, "unknown"],
    where: [null, "GE", "country"],
    consequences: ["psychological_harm"],
    description: "Being watched and followed, as summarised in the 2017 report.",
    attributions: [
      attr(
        "AZ",
        null,
        "unknown",
        "direct_perpetrator",
        "roughly_even",
        ["victim_belief"],
        "2017-09",
        false,
      ),
    ],
  },
  {
    key: "kazimova-investigation",
    incident: "kazimova",
    tactic: "ineffective_investigation",
    when: [null, "unknown"],
    where: [null, "GE", "country"],
    consequences: [],
    description: "Her complaint to the police did not lead to anyone being identified.",
    attributions: [
      attr(
        "GE",
        "ge_mia",
        "host_state_police",
        "failure_to_investigate",
        "likely",
        ["documentary"],
        "2017-09",
        true,
      ),
    ],
  },
  {
    key: "aghalarli-asylum",
    incident: "aghalarli",
    tactic: "asylum_refused",
    when: ["2015-10-30", "exact"],
    where: ["Tbilisi", "GE", "city"],
    consequences: [],
    description: "Refugee status refused to him and his son by a decision of 30 October 2015.",
    attributions: [
      attr(
        "GE",
        "ge_refugee_ministry",
        "host_state_migration",
        "direct_perpetrator",
        "almost_certain",
        ["documentary"],
        "2017-09",
        true,
      ),
    ],
  },
  {
    key: "aghalarli-case-home",
    incident: "aghalarli",
    tactic: "criminal_case_home",
    when: ["2013", "year"],
    where: [null, "AZ", "country"],
    consequences: ["displacement"],
    description: "Tax-evasion accusation in Azerbaijan, which he says is politically motivated.",
    attributions: [
      attr(
        "AZ",
        null,
        "origin_state_official",
        "direct_perpetrator",
        "likely",
        ["pattern", "victim_belief"],
        "2017-09",
        false,
      ),
    ],
  },
  {
    key: "mustafayeva-permit",
    incident: "mustafayeva",
    tactic: "residence_permit_refused",
    when: ["2016", "year"],
    where: ["Tbilisi", "GE", "city"],
    consequences: [],
    description: "Residence (work) permit refused on state-security grounds.",
    attributions: [
      attr(
        "GE",
        "ge_psda",
        "host_state_migration",
        "direct_perpetrator",
        "almost_certain",
        ["documentary", "official_acknowledgement"],
        "2017-12",
        true,
      ),
      attr(
        "GE",
        "ge_ssg",
        "host_state_security",
        "facilitator",
        "likely",
        ["documentary"],
        "2017-12",
        false,
        "The Public Defender's recommendation was addressed to the State Security Service as well as to the agency.",
      ),
    ],
  },
  {
    key: "jamal-ali-entry",
    incident: "jamal_ali",
    tactic: "entry_refused",
    when: ["2017-04", "month"],
    where: ["Tbilisi", "GE", "city"],
    consequences: [],
    description: "Turned back at Tbilisi airport on arrival.",
    attributions: [
      attr(
        "GE",
        "ge_mia",
        "host_state_police",
        "direct_perpetrator",
        "almost_certain",
        ["documentary"],
        "2017-09",
        true,
      ),
    ],
  },
];

/** Adds the acts of the six public cases and the attributions assessed for each. */
export function buildPublicActs(set: DemoSet): void {
  for (const a of ACTS) {
    const actId = set.add(
      "act",
      `pub:${a.key}`,
      {
        incident_id: publicIncidentId(a.incident),
        victim_id: publicPersonId(a.incident),
        tactic: a.tactic,
        start_date: a.when[0],
        start_precision: a.when[1],
        end_date: null,
        place_city: a.where[0],
        place_state: a.where[1],
        place_precision: a.where[2],
        consequences: a.consequences,
        description: a.description,
      },
      PUBLIC_OWNER,
    );
    a.attributions.forEach((t, n) => {
      set.add(
        "attribution",
        `pub:${a.key}:${n}`,
        {
          act_id: actId,
          attributed_state: t.state,
          actor_person_id: null,
          actor_organisation_id: t.org ? orgId(t.org) : null,
          actor_type: t.actorType,
          role: t.role,
          confidence: t.confidence,
          basis: t.basis,
          assessed_on: t.assessed,
          supersedes_id: null,
          approved_for_publication: t.approved,
          internal_notes: t.notes,
        },
        PUBLIC_OWNER,
      );
    });
  }
}
