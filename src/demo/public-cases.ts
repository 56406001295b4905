import type { DemoSet } from "./demo-record.ts";
import { buildPublicActs } from "./public-case-acts.ts";
import { PUBLIC_OWNER, publicIncidentId, type PublicCaseKey } from "./public-case-ids.ts";
import { buildPublicCaseRecords } from "./public-case-records.ts";

export {
  PUBLIC_CASE_KEYS,
  PUBLIC_OWNER,
  publicIncidentId,
  publicPersonId,
  type PublicCaseKey,
} from "./public-case-ids.ts";

/**
 * The six public case profiles of "Repression Beyond Borders: Exiled Azerbaijanis in Georgia"
 * (IPHR, Freedom Now, EMC, 2017). Only facts published about these cases are used; where a
 * detail (a date, a form of threat) is not known it is generalised to year precision or
 * "unknown" rather than invented.
 */

interface PublicPerson {
  key: PublicCaseKey;
  pseudonym: string;
  name: string;
  variants: string[];
  profile: string;
  residence: string | null;
  residenceState: string;
  validFrom: string;
}

const PEOPLE: PublicPerson[] = [
  {
    key: "mukhtarli",
    pseudonym: "AZ-J-001",
    name: "Afgan Mukhtarli",
    variants: [
      "Əfqan Muxtarlı",
      "Əfqan Müxtarlı",
      "Afgan Muxtarli",
      "Afghan Mukhtarli",
      "Афган Мухтарлы",
      "აფგან მუხთარლი",
    ],
    profile: "journalist",
    residence: "unknown",
    residenceState: "GE",
    validFrom: "2015",
  },
  {
    key: "isgenderli",
    pseudonym: "AZ-A-002",
    name: "Vidadi Isgenderli",
    variants: [
      "Vidadi İsgəndərli",
      "Vidadi Isgandarli",
      "Vidadi Iskenderov",
      "Видади Искендерли",
      "ვიდადი ისგენდერლი",
    ],
    profile: "opposition_activist",
    residence: "refugee",
    residenceState: "GE",
    validFrom: "2017",
  },
  {
    key: "kazimova",
    pseudonym: "AZ-J-003",
    name: "Gulnur Kazimova",
    variants: ["Gülnur Kazımova", "Gyulnur Kazimova", "Гюльнур Казымова", "გულნურ ქაზიმოვა"],
    profile: "journalist",
    residence: "unknown",
    residenceState: "GE",
    validFrom: "2017",
  },
  {
    key: "aghalarli",
    pseudonym: "AZ-A-004",
    name: "Dashgin Aghalarli",
    variants: [
      "Daşqın Ağalarlı",
      "Dashgin Agalarli",
      "Dashgin Agararli",
      "Дашгын Агаларлы",
      "დაშგინ აღალარლი",
    ],
    profile: "opposition_activist",
    residence: "asylum_seeker",
    residenceState: "GE",
    validFrom: "2014-03",
  },
  {
    key: "mustafayeva",
    pseudonym: "AZ-J-005",
    name: "Leyla Mustafayeva",
    variants: ["Leila Mustafayeva", "Leyla Mustafaeva", "Лейла Мустафаева", "ლეილა მუსტაფაევა"],
    profile: "journalist",
    residence: "unknown",
    residenceState: "GE",
    validFrom: "2016",
  },
  {
    key: "jamal_ali",
    pseudonym: "AZ-A-006",
    name: "Jamal Ali",
    variants: ["Cəmal Əli", "Джамал Али", "ჯამალ ალი"],
    profile: "opposition_activist",
    residence: "unknown",
    residenceState: "DE",
    validFrom: "2017",
  },
];

interface PublicIncident {
  key: PublicCaseKey;
  title: string;
  internal: string;
  public: string;
  start: string | null;
  startPrecision: string;
  end: string | null;
  endPrecision: string | null;
  city: string | null;
  placePrecision: string;
  verification: string;
  countable: boolean;
}

const INCIDENTS: PublicIncident[] = [
  {
    key: "mukhtarli",
    title:
      "Abduction of journalist Afgan Mukhtarli in Tbilisi and his reappearance in custody in Baku",
    public:
      "Afgan Mukhtarli, an Azerbaijani investigative journalist living in exile in Georgia, vanished in Tbilisi on 29 May 2017 and next appeared in detention in Baku, accused of illegal border crossing, currency smuggling and disobeying officers. By his account, Georgian-speaking men wearing police uniforms seized and beat him, then drove him to the border and handed him to Azerbaijani officials. Georgia opened an investigation into unlawful deprivation of liberty, later run by the Chief Prosecutor's Office; no perpetrator had been identified when the 2017 report appeared. He was sentenced to six years in prison, released in March 2020 and left for Germany.",
    internal:
      "Public case profile 3.1 of the 2017 report. Reports differ on when he resurfaced in Baku (the next day or two days later), so the end date is kept at month precision. The Georgian investigation was opened on 30 May 2017 on a report by the lawyer engaged by his wife and moved to the Chief Prosecutor's Office on 20 July 2017.",
    start: "2017-05-29",
    startPrecision: "exact",
    end: "2017-05",
    endPrecision: "month",
    city: "Tbilisi",
    placePrecision: "city",
    verification: "verified",
    countable: true,
  },
  {
    key: "isgenderli",
    title: "Threats against political activist Vidadi Isgenderli in Georgia",
    public:
      "Vidadi Isgenderli, an Azerbaijani political and human rights activist in exile in Georgia, described harassment and threats reaching him across the border, which he links to the Azerbaijani authorities. The 2017 report found no case in which incidents reported by Azerbaijani exiles led Georgian police to a perpetrator.",
    internal:
      "Public case profile 3.2 of the 2017 report. Dates, places and the exact form of the threats are not recorded in this demo; the tactic is coded as intimidation pending review against the report. Whether and when a police complaint was filed is not recorded.",
    start: null,
    startPrecision: "unknown",
    end: null,
    endPrecision: null,
    city: null,
    placePrecision: "country",
    verification: "corroborated",
    countable: false,
  },
  {
    key: "kazimova",
    title:
      "Surveillance of journalist Gulnur Kazimova and the ineffective investigation of her complaint",
    public:
      "Gulnur Kazimova, an Azerbaijani journalist in exile in Georgia, reported being watched and followed. She complained to the Georgian police; the 2017 report describes the handling of her complaint as an ineffective investigation that identified no one.",
    internal:
      "Public case profile 3.3 of the 2017 report. Dates and places are not recorded in this demo; the complaint is recorded without dated steps.",
    start: null,
    startPrecision: "unknown",
    end: null,
    endPrecision: null,
    city: null,
    placePrecision: "country",
    verification: "corroborated",
    countable: false,
  },
  {
    key: "aghalarli",
    title: "Asylum refused to opposition activist Dashgin Aghalarli in Georgia",
    public:
      "Dashgin Aghalarli, a member of the Azerbaijani opposition party Musavat prosecuted at home on tax charges he rejects, applied in 2014 for refugee status in Georgia for himself and his son. The Georgian refugee ministry turned the application down in October 2015. The 2017 report calls the refusal unjustified and examines it with other decisions against Azerbaijani exiles taken on state-security grounds.",
    internal:
      "Public case profile 3.4 of the 2017 report. Human Rights Center (Tbilisi) reported that he was arrested on arrival in Georgia in 2014 as a wanted person and released with its legal help, and that the refusal decision is dated 30 October 2015.",
    start: "2015-10-30",
    startPrecision: "exact",
    end: null,
    endPrecision: null,
    city: "Tbilisi",
    placePrecision: "city",
    verification: "corroborated",
    countable: false,
  },
  {
    key: "mustafayeva",
    title: "Residence permit refused to journalist Leyla Mustafayeva in Georgia",
    public:
      "Leyla Mustafayeva, an Azerbaijani journalist and the wife of Afgan Mukhtarli, had lived in Georgia with her family since 2015 when her application for a residence permit was refused in 2016 on state-security grounds. In December 2017 Georgia's Public Defender concluded that the security argument behind the refusal had not been proved and asked the Public Service Development Agency and the State Security Service to remedy the decision.",
    internal:
      "Public case profile 3.5 of the 2017 report. Only the year of the refusal is recorded; she and her daughter later left Georgia for Europe.",
    start: "2016",
    startPrecision: "year",
    end: null,
    endPrecision: null,
    city: "Tbilisi",
    placePrecision: "city",
    verification: "verified",
    countable: false,
  },
  {
    key: "jamal_ali",
    title: "Entry to Georgia refused to activist and musician Jamal Ali",
    public:
      "Jamal Ali, an Azerbaijani musician, reporter and activist living in exile in Berlin, was stopped at Tbilisi airport in April 2017 and denied visa-free entry to Georgia. The 2017 report places his case among refusals of entry, residence and asylum affecting Azerbaijani exiles.",
    internal: "Public case profile 3.6 of the 2017 report. Only the month is recorded.",
    start: "2017-04",
    startPrecision: "month",
    end: null,
    endPrecision: null,
    city: "Tbilisi",
    placePrecision: "city",
    verification: "corroborated",
    countable: false,
  },
];

/** Adds the six public cases: people, identities, profiles, consents, incidents, acts, attributions and their sources and complaints. */
export function buildPublicCases(set: DemoSet): void {
  const org = PUBLIC_OWNER;
  for (const p of PEOPLE) {
    const personId = set.add(
      "person",
      `pub:${p.key}`,
      { pseudonym: p.pseudonym, kind: "individual" },
      org,
    );
    set.add(
      "person_identity",
      `pub:${p.key}`,
      {
        person_id: personId,
        full_name: p.name,
        name_variants: p.variants,
        birth_date: null,
        contacts: [],
        current_address: null,
        relatives: [],
        internal_notes: null,
      },
      org,
    );
    set.add(
      "person_profile",
      `pub:${p.key}`,
      {
        person_id: personId,
        valid_from: p.validFrom,
        target_profile: p.profile,
        residence_status: p.residence,
        origin_state: "AZ",
        residence_state: p.residenceState,
      },
      org,
    );
    set.add(
      "consent",
      `pub:${p.key}`,
      {
        person_id: personId,
        level: "named_case",
        given_on: "2017-09",
        withdrawn_on: null,
        internal_notes:
          "Demo: this case was published under the person's name in the 2017 report; a real installation records the person's own consent.",
      },
      org,
    );
  }
  for (const i of INCIDENTS) {
    set.add(
      "incident",
      `pub:${i.key}`,
      {
        title: i.title,
        internal_summary: i.internal,
        public_summary: i.public,
        origin_state: "AZ",
        host_state: "GE",
        start_date: i.start,
        start_precision: i.startPrecision,
        end_date: i.end,
        end_precision: i.endPrecision,
        place_exact: null,
        place_city: i.city,
        place_region: null,
        place_precision: i.placePrecision,
        verification_status: i.verification,
        countable: i.countable,
        sensitivity: "normal",
        named_case: true,
      },
      org,
    );
  }
  set.add(
    "incident_link",
    "pub:mukhtarli-mustafayeva",
    {
      from_incident_id: publicIncidentId("mustafayeva"),
      to_incident_id: publicIncidentId("mukhtarli"),
      link_type: "same_campaign",
      note: "Both spouses are journalists in exile; the report presents the two cases side by side.",
    },
    org,
  );
  buildPublicActs(set);
  buildPublicCaseRecords(set);
}
