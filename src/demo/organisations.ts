import { demoId } from "./demo-ids.ts";
import type { DemoSet } from "./demo-record.ts";

/** Keys of the demo organisations (member NGOs, partner NGOs and authorities). */
export type OrgKey =
  | "demo_rights_centre"
  | "demo_exile_network"
  | "demo_caucasus_monitor"
  | "ge_mia"
  | "ge_prosecutor"
  | "ge_psda"
  | "ge_ssg"
  | "ge_refugee_ministry"
  | "az_sss"
  | "az_embassy_ge"
  | "echr"
  | "un_wgeid"
  | "iphr"
  | "freedom_now"
  | "emc";

/** The three fictional member NGOs, in the order fictional cases are shared out among them. */
export const MEMBER_ORGS: readonly OrgKey[] = [
  "demo_rights_centre",
  "demo_exile_network",
  "demo_caucasus_monitor",
];

/** The id of a demo organisation. */
export function orgId(key: OrgKey): string {
  return demoId(`organisation:${key}`);
}

interface OrgRow {
  key: OrgKey;
  slug: string | null;
  name: string;
  kind: string;
  state: string | null;
  is_member: boolean;
  website: string | null;
  internal_notes: string | null;
}

const ORGS: OrgRow[] = [
  {
    key: "demo_rights_centre",
    slug: "demo-rights-centre",
    name: "Demo Rights Centre (fictional NGO)",
    kind: "ngo",
    state: "GE",
    is_member: true,
    website: "https://example.org/demo-rights-centre",
    internal_notes: "Demo member organisation; owns the six public case profiles of the demo.",
  },
  {
    key: "demo_exile_network",
    slug: "demo-exile-network",
    name: "Demo Exile Support Network (fictional NGO)",
    kind: "ngo",
    state: "DE",
    is_member: true,
    website: "https://example.org/demo-exile-network",
    internal_notes: null,
  },
  {
    key: "demo_caucasus_monitor",
    slug: "demo-caucasus-monitor",
    name: "Demo Caucasus Monitor (fictional NGO)",
    kind: "ngo",
    state: "GE",
    is_member: true,
    website: "https://example.org/demo-caucasus-monitor",
    internal_notes: null,
  },
  {
    key: "ge_mia",
    slug: null,
    name: "Ministry of Internal Affairs of Georgia (police, incl. Border Police)",
    kind: "police",
    state: "GE",
    is_member: false,
    website: "https://police.ge",
    internal_notes: null,
  },
  {
    key: "ge_prosecutor",
    slug: null,
    name: "Prosecutor's Office of Georgia",
    kind: "prosecutor",
    state: "GE",
    is_member: false,
    website: "https://pog.gov.ge",
    internal_notes: null,
  },
  {
    key: "ge_psda",
    slug: null,
    name: "Public Service Development Agency (Georgia)",
    kind: "migration_agency",
    state: "GE",
    is_member: false,
    website: null,
    internal_notes: null,
  },
  {
    key: "ge_ssg",
    slug: null,
    name: "State Security Service of Georgia",
    kind: "security_service",
    state: "GE",
    is_member: false,
    website: "https://ssg.gov.ge",
    internal_notes: null,
  },
  {
    key: "ge_refugee_ministry",
    slug: null,
    name: "Ministry of Internally Displaced Persons from the Occupied Territories, Accommodation and Refugees of Georgia",
    kind: "ministry",
    state: "GE",
    is_member: false,
    website: null,
    internal_notes: null,
  },
  {
    key: "az_sss",
    slug: null,
    name: "State Security Service of the Republic of Azerbaijan",
    kind: "security_service",
    state: "AZ",
    is_member: false,
    website: null,
    internal_notes: null,
  },
  {
    key: "az_embassy_ge",
    slug: null,
    name: "Embassy of the Republic of Azerbaijan in Georgia",
    kind: "embassy",
    state: "AZ",
    is_member: false,
    website: null,
    internal_notes: null,
  },
  {
    key: "echr",
    slug: null,
    name: "European Court of Human Rights",
    kind: "court",
    state: "FR",
    is_member: false,
    website: "https://www.echr.coe.int",
    internal_notes: null,
  },
  {
    key: "un_wgeid",
    slug: null,
    name: "UN Working Group on Enforced or Involuntary Disappearances",
    kind: "intergovernmental",
    state: null,
    is_member: false,
    website: "https://www.ohchr.org",
    internal_notes: null,
  },
  {
    key: "iphr",
    slug: "iphr",
    name: "International Partnership for Human Rights (IPHR)",
    kind: "ngo",
    state: "BE",
    is_member: false,
    website: "https://www.iphronline.org",
    internal_notes: null,
  },
  {
    key: "freedom_now",
    slug: "freedom-now",
    name: "Freedom Now",
    kind: "ngo",
    state: "US",
    is_member: false,
    website: "https://www.freedom-now.org",
    internal_notes: null,
  },
  {
    key: "emc",
    slug: "emc",
    name: "Human Rights Education and Monitoring Center (EMC), now Social Justice Center",
    kind: "ngo",
    state: "GE",
    is_member: false,
    website: "https://socialjustice.org.ge",
    internal_notes: null,
  },
];

/** Adds every demo organisation to the set. */
export function buildOrganisations(set: DemoSet): void {
  for (const { key, ...fields } of ORGS) set.add("organisation", key, fields);
}
