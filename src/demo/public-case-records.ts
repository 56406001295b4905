import { at, type DemoSet } from "./demo-record.ts";
import { orgId } from "./organisations.ts";
import {
  PUBLIC_CASE_KEYS,
  PUBLIC_OWNER,
  publicIncidentId,
  publicPersonId,
  type PublicCaseKey,
} from "./public-case-ids.ts";

const REPORT_URL =
  "https://socialjustice.org.ge/en/products/represia-sazghvrebs-mighma-azerbaijanidan-devnili-mokalakeebi-sakartveloshi";

interface PublicSource {
  key: string;
  label: string;
  reliability: string;
  url: string;
  publishedOn: string;
  org: string | null;
}

const SOURCES: PublicSource[] = [
  {
    key: "report-2017",
    label:
      "Repression Beyond Borders: Exiled Azerbaijanis in Georgia (IPHR, Freedom Now, EMC, 2017)",
    reliability: "B",
    url: REPORT_URL,
    publishedOn: "2017-09",
    org: orgId("iphr"),
  },
  {
    key: "civil-ge-2017-07-20",
    label:
      "Civil Georgia, 20 July 2017: the Chief Prosecutor's Office takes over the Mukhtarli case",
    reliability: "B",
    url: "https://old.civil.ge/eng/_print.php?id=30286",
    publishedOn: "2017-07-20",
    org: null,
  },
  {
    key: "public-defender-2017-12",
    label:
      "Public Defender of Georgia, December 2017: recommendation on a refused residence permit",
    reliability: "A",
    url: "https://www.ombudsman.ge/eng/akhali-ambebi/public-defender-requests-elimination-of-errors-detected-in-issuance-of-residence-permit",
    publishedOn: "2017-12",
    org: null,
  },
  {
    key: "hrc-2015-12",
    label:
      "Human Rights Center (Tbilisi), December 2015: refused refugee status of an Azerbaijani opposition member",
    reliability: "B",
    url: "http://humanrights.ge/index.php?a=main&pid=18561&lang=eng",
    publishedOn: "2015-12-08",
    org: null,
  },
];

/** What the 2017 report says about each case, in our own words (information + evidence note). */
const REPORT_CLAIMS: Record<PublicCaseKey, string> = {
  mukhtarli:
    "The report presents the journalist's account of being seized in Tbilisi, beaten and handed over at the border, and questions whether the Georgian investigation was effective.",
  isgenderli:
    "The report presents the activist's account of harassment and threats that he links to the Azerbaijani authorities.",
  kazimova:
    "The report presents the journalist's account of being watched and followed and criticises the police handling of her complaint.",
  aghalarli:
    "The report describes the refusal of the activist's asylum claim and calls it unjustified.",
  mustafayeva:
    "The report describes the refusal of the journalist's residence permit on state-security grounds.",
  jamal_ali:
    "The report describes how the musician and reporter was refused visa-free entry at Tbilisi airport.",
};

const EXTRA_INFO: {
  key: string;
  incident: PublicCaseKey;
  source: string;
  connection: string;
  obtained: string;
  credibility: string;
  claim: string;
}[] = [
  {
    key: "mukhtarli-civil",
    incident: "mukhtarli",
    source: "civil-ge-2017-07-20",
    connection: "media_report",
    obtained: "2017-07-20",
    credibility: "2",
    claim:
      "The Interior Ministry handed the case files to the Chief Prosecutor's Office; officials said CCTV footage had been reviewed and hundreds of witnesses interviewed without result.",
  },
  {
    key: "mustafayeva-pdo",
    incident: "mustafayeva",
    source: "public-defender-2017-12",
    connection: "official_record",
    obtained: "2017-12",
    credibility: "1",
    claim:
      "The Public Defender found that the refusal relied on a state-security argument that was not proved and recommended correcting the decision.",
  },
  {
    key: "aghalarli-hrc",
    incident: "aghalarli",
    source: "hrc-2015-12",
    connection: "media_report",
    obtained: "2015-12",
    credibility: "2",
    claim:
      "Lawyers of the Human Rights Center said the refusal of refugee status gave no verifiable reasons.",
  },
];

/** A plain-text note summarising what the public report says about a case (demo evidence). */
function reportNote(key: PublicCaseKey): string {
  return [
    "Demo evidence note (public source summary)",
    "Source: Repression Beyond Borders: Exiled Azerbaijanis in Georgia (IPHR, Freedom Now, EMC, 2017)",
    `Case: ${key}`,
    "",
    REPORT_CLAIMS[key],
    "",
    "This note summarises a published report; it is not a copy of the report.",
    "",
  ].join("\n");
}

/** Adds sources, information, evidence notes, complaints and proceedings of the public cases. */
export function buildPublicCaseRecords(set: DemoSet): void {
  const org = PUBLIC_OWNER;
  const sourceIds = new Map<string, string>();
  for (const s of SOURCES) {
    const id = set.add(
      "source",
      `pub:${s.key}`,
      {
        kind: "publication",
        label: s.label,
        reliability: s.reliability,
        is_protected: false,
        public_url: s.url,
        published_on: s.publishedOn,
        identity: null,
        contact: null,
        person_id: null,
        organisation_id: s.org,
      },
      org,
    );
    sourceIds.set(s.key, id);
  }
  const reportSource = sourceIds.get("report-2017") as string;
  PUBLIC_CASE_KEYS.forEach((key, n) => {
    const infoId = set.add(
      "information",
      `pub:${key}:report`,
      {
        incident_id: publicIncidentId(key),
        source_id: reportSource,
        connection: "indirect",
        obtained_on: "2017-09",
        credibility: "2",
        language: "en",
        claim_summary: REPORT_CLAIMS[key],
        witness_identity: null,
      },
      org,
    );
    const captured = at(`2025-10-${String(n + 1).padStart(2, "0")}`);
    const evidenceId = set.addEvidence(
      `pub:${key}:report-note`,
      reportNote(key),
      "text/plain",
      {
        information_id: infoId,
        evidence_type: "document",
        captured_at: captured,
        captured_by: "Research desk of the Demo Rights Centre",
        original_name: `report-note-${key}.txt`,
        original_url: REPORT_URL,
      },
      org,
    );
    set.add(
      "custody_event",
      `pub:${key}:collected`,
      {
        evidence_id: evidenceId,
        action: "collected",
        occurred_at: captured,
        actor: "demo-researcher-1",
        note: null,
      },
      org,
    );
    set.add(
      "custody_event",
      `pub:${key}:stored`,
      {
        evidence_id: evidenceId,
        action: "stored",
        occurred_at: at(`2025-10-${String(n + 1).padStart(2, "0")}`, 11),
        actor: "demo-researcher-1",
        note: "Public-source note stored in the vault for the demo.",
      },
      org,
    );
  });
  for (const e of EXTRA_INFO) {
    set.add(
      "information",
      `pub:${e.key}`,
      {
        incident_id: publicIncidentId(e.incident),
        source_id: sourceIds.get(e.source) as string,
        connection: e.connection,
        obtained_on: e.obtained,
        credibility: e.credibility,
        language: "en",
        claim_summary: e.claim,
        witness_identity: null,
      },
      org,
    );
  }
  buildPublicComplaints(set);
}

/** Adds the complaints (with their dated steps) and proceedings of the public cases. */
function buildPublicComplaints(set: DemoSet): void {
  const org = PUBLIC_OWNER;
  const police = set.add(
    "intervention",
    "pub:mukhtarli:police",
    {
      incident_id: publicIncidentId("mukhtarli"),
      victim_id: publicPersonId("mukhtarli"),
      acted_by: "lawyer",
      intervention_type: "police_complaint",
      authority_id: orgId("ge_mia"),
      external_reference: null,
      criminal_code_article: "Article 143 § 1 (unlawful deprivation of liberty)",
      filed_on: "2017-05-30",
      response_deadline_days: 30,
      internal_notes:
        "Reported by the lawyer engaged by his wife. The investigation moved to the Chief Prosecutor's Office on 20 July 2017 and then stalled: no perpetrator identified, victim status refused in 2017 (granted only in April 2021, when the charge was requalified under Article 143 § 3).",
    },
    org,
  );
  const steps: [string, string, string | null][] = [
    ["filed", "2017-05-30", "Report lodged on the family's behalf; exact hour not recorded."],
    ["registered", "2017-05-30", null],
    [
      "investigation_opened",
      "2017-05-30",
      "Opened by the Old Tbilisi police division under Article 143 § 1.",
    ],
    [
      "investigative_action",
      "2017-07-20",
      "Case files transferred to the Chief Prosecutor's Office.",
    ],
  ];
  steps.forEach(([status, date, note], n) => {
    set.add(
      "intervention_event",
      `pub:mukhtarli:police:${n}`,
      { intervention_id: police, status, occurred_on: date, note },
      org,
    );
  });
  set.add(
    "intervention",
    "pub:mukhtarli:echr",
    {
      incident_id: publicIncidentId("mukhtarli"),
      victim_id: publicPersonId("mukhtarli"),
      acted_by: "lawyer",
      intervention_type: "echr_application",
      authority_id: orgId("echr"),
      external_reference: "Mukhtarli v. Azerbaijan and Georgia, no. 39503/17",
      criminal_code_article: null,
      filed_on: null,
      response_deadline_days: null,
      internal_notes:
        "Lodged in 2017 (day not recorded). Judgment of 5 September 2024: Georgia failed to investigate effectively.",
    },
    org,
  );
  set.add(
    "intervention",
    "pub:kazimova:police",
    {
      incident_id: publicIncidentId("kazimova"),
      victim_id: publicPersonId("kazimova"),
      acted_by: "victim",
      intervention_type: "police_complaint",
      authority_id: orgId("ge_mia"),
      external_reference: null,
      criminal_code_article: null,
      filed_on: null,
      response_deadline_days: null,
      internal_notes:
        "Complaint described in the 2017 report; its dates and registration steps are not recorded in this demo.",
    },
    org,
  );
  const asylum = set.add(
    "legal_proceeding",
    "pub:aghalarli:asylum",
    {
      person_id: publicPersonId("aghalarli"),
      incident_id: publicIncidentId("aghalarli"),
      proceeding_type: "asylum",
      host_state: "GE",
      requesting_state: null,
      authority_id: orgId("ge_refugee_ministry"),
      external_reference: null,
      opened_on: null,
      internal_notes: "Application lodged in March 2014 (day not recorded).",
    },
    org,
  );
  set.add(
    "proceeding_event",
    "pub:aghalarli:asylum:refused",
    { proceeding_id: asylum, status: "refused", occurred_on: "2015-10-30", note: null },
    org,
  );
  set.add(
    "legal_proceeding",
    "pub:mustafayeva:permit",
    {
      person_id: publicPersonId("mustafayeva"),
      incident_id: publicIncidentId("mustafayeva"),
      proceeding_type: "residence_permit",
      host_state: "GE",
      requesting_state: null,
      authority_id: orgId("ge_psda"),
      external_reference: null,
      opened_on: null,
      internal_notes: "Refused in 2016; exact dates of application and decision not recorded.",
    },
    org,
  );
}
