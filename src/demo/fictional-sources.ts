import { addDays, at, type DemoSet } from "./demo-record.ts";
import {
  FICTIONAL_CASES,
  LANGUAGE,
  exilePhone,
  pad2,
  periodOf,
  type FictionalCase,
} from "./fictional-blocks.ts";
import { evidenceFor, registrationRefusalLetter } from "./fictional-evidence.ts";
import { followUpDay, followUpIncidentId } from "./fictional-incidents.ts";
import { incidentDay } from "./fictional-people.ts";
import { demoClaim } from "./fictional-texts.ts";
import { MEMBER_ORGS, orgId } from "./organisations.ts";

/** Sources each member NGO keeps for itself: [key, kind, label, reliability, public url, organisation]. */
const SHARED: [string, string, string, string, string | null, string | null][] = [
  [
    "daily",
    "publication",
    "Demo Daily (fictional outlet)",
    "C",
    "https://example.org/demo-daily",
    null,
  ],
  [
    "review",
    "publication",
    "Fictional Caucasus Review (demo outlet)",
    "B",
    "https://example.org/fictional-review",
    null,
  ],
  [
    "official",
    "organisation",
    "Official letters and decisions received by clients (demo copies)",
    "A",
    null,
    null,
  ],
  ["monitoring", "organisation", "Own monitoring notes of the NGO (demo)", "B", null, "self"],
];

const WITNESS_NAMES = [
  "Nino Gamogonilishvili",
  "Giorgi Nimushadze",
  "Тамара Вымыслова",
  "ლევან დემოშვილი",
];
const CASEWORKER = [
  "Caseworker A of the Demo Rights Centre",
  "Caseworker B of the Demo Exile Support Network",
  "Caseworker C of the Demo Caucasus Monitor",
];

/** The id of a member NGO's own copy of a shared source. */
function sharedKey(c: FictionalCase, key: string): string {
  return `${key}:${MEMBER_ORGS[c.i % MEMBER_ORGS.length]}`;
}

/** Adds the custody chain of an evidence item (collected, stored, and some later steps). */
function addCustody(
  set: DemoSet,
  c: FictionalCase,
  key: string,
  evidenceId: string,
  day: string,
): void {
  const actor = `demo-caseworker-${(c.i % 3) + 1}`;
  const steps: [string, number, string | null][] = [
    ["collected", 0, "Received from the person concerned in the first interview."],
    ["stored", 0, null],
  ];
  if (c.i % 5 === 0)
    steps.push(["verified", 5, "Hash compared with the copy kept by the person concerned."]);
  if (c.i % 2 === 0) steps.push(["accessed", 30, null]);
  if (c.i % 7 === 0)
    steps.push(["exported", 60, "Exported for the lawyer preparing the complaint."]);
  if (c.i % 11 === 0)
    steps.push(["transferred", 90, "Handed to a partner NGO for a joint report."]);
  steps.forEach(([action, days, note], k) => {
    set.add(
      "custody_event",
      `${key}:${k}`,
      { evidence_id: evidenceId, action, occurred_at: at(addDays(day, days), 10 + k), actor, note },
      c.org,
    );
  });
}

/** Adds the sources, information, evidence and custody events of one fictional case. */
function addCaseSources(set: DemoSet, c: FictionalCase, shared: Map<string, string>): void {
  const org = c.org;
  const day = incidentDay(c);
  const victimSource = set.add(
    "source",
    `${c.key}:victim`,
    {
      kind: "person",
      label: `Account of the person concerned (${c.pseudonym})`,
      reliability: ["B", "C", "B", "A", "C"][c.i % 5],
      is_protected: true,
      public_url: null,
      published_on: null,
      identity: `${c.fullName}, interviewed by a caseworker`,
      contact: exilePhone(c.i + 1),
      person_id: c.personId,
      organisation_id: null,
    },
    org,
  );
  const info = (
    key: string,
    incidentId: string,
    sourceId: string,
    connection: string,
    obtained: string,
    credibility: string,
    language: string,
    claim: string,
    witness: string | null,
  ) =>
    set.add(
      "information",
      key,
      {
        incident_id: incidentId,
        source_id: sourceId,
        connection,
        obtained_on: obtained,
        credibility,
        language,
        claim_summary: claim,
        witness_identity: witness,
      },
      org,
    );
  const victimInfo = info(
    `${c.key}:victim`,
    c.incidentId,
    victimSource,
    "victim",
    addDays(day, 2),
    c.i % 3 === 2 ? "3" : "2",
    LANGUAGE[c.origin] ?? "en",
    `First-hand account: ${demoClaim(c, c.tactics[0] as string)}`,
    null,
  );
  const ev = evidenceFor(c);
  const captured = at(addDays(day, 2));
  const digital = ev.type === "message_log";
  const evidenceId = set.addEvidence(
    `${c.key}:main`,
    ev.content,
    "text/plain",
    {
      information_id: victimInfo,
      evidence_type: ev.type,
      captured_at: captured,
      captured_by: CASEWORKER[c.i % 3] as string,
      original_name: ev.name,
      original_url: digital
        ? `https://example.org/demo-channel/${c.key}/post-${pad2(c.i + 1)}`
        : null,
    },
    org,
  );
  addCustody(set, c, `${c.key}:main`, evidenceId, addDays(day, 2));
  if (c.followUp) {
    info(
      `${c.key}b:victim`,
      followUpIncidentId(c),
      victimSource,
      "victim",
      addDays(followUpDay(c), 1),
      "2",
      LANGUAGE[c.origin] ?? "en",
      `First-hand account of the later incident: ${demoClaim({ ...c, period: periodOf(followUpDay(c)) }, c.followUp.tactic)}`,
      null,
    );
  }
  if (c.i % 3 === 0) {
    const witness = WITNESS_NAMES[(c.i / 3) % WITNESS_NAMES.length] as string;
    const witnessSource = set.add(
      "source",
      `${c.key}:witness`,
      {
        kind: "person",
        label: `Protected eyewitness (${c.pseudonym}-W)`,
        reliability: c.i % 2 === 0 ? "C" : "D",
        is_protected: true,
        public_url: null,
        published_on: null,
        identity: `${witness}, neighbour (fictional)`,
        contact: exilePhone((50 + c.i) % 100),
        person_id: null,
        organisation_id: null,
      },
      org,
    );
    info(
      `${c.key}:witness`,
      c.incidentId,
      witnessSource,
      "eyewitness",
      addDays(day, 5),
      "3",
      c.host === "GE" ? "ka" : "en",
      "A witness confirms the date, the place and part of the events described.",
      witness,
    );
  }
  if (c.i % 4 === 1) {
    const media = shared.get(sharedKey(c, c.i % 8 === 1 ? "daily" : "review")) as string;
    info(
      `${c.key}:media`,
      c.incidentId,
      media,
      "media_report",
      addDays(day, 10),
      c.i % 8 === 1 ? "4" : "3",
      "en",
      "A demo outlet reported the case without naming the person concerned.",
      null,
    );
  }
  if (c.i % 5 === 2) {
    info(
      `${c.key}:monitoring`,
      c.incidentId,
      shared.get(sharedKey(c, "monitoring")) as string,
      "direct_knowledge",
      addDays(day, 4),
      "2",
      "en",
      "The NGO's monitors documented the pattern described in this case.",
      null,
    );
  }
  const refused = c.complaints.some((x) => x.path.startsWith("REFUSED"));
  if (ev.type === "official_letter" || refused) {
    const official = info(
      `${c.key}:official`,
      c.incidentId,
      shared.get(sharedKey(c, "official")) as string,
      "official_record",
      addDays(day, 20),
      "1",
      c.host === "GE" ? "ka" : "en",
      refused
        ? "A police letter confirms that the complaint was not registered."
        : "An official document confirms the decision described.",
      null,
    );
    if (refused) {
      const letterDay = addDays(day, 1 + (c.i % 5) + 12);
      const letterId = set.addEvidence(
        `${c.key}:refusal-letter`,
        registrationRefusalLetter(c, letterDay),
        "text/plain",
        {
          information_id: official,
          evidence_type: "official_letter",
          captured_at: at(addDays(letterDay, 2)),
          captured_by: CASEWORKER[c.i % 3] as string,
          original_name: `${c.pseudonym.toLowerCase()}-police-letter.txt`,
          original_url: null,
        },
        org,
      );
      addCustody(set, c, `${c.key}:refusal-letter`, letterId, addDays(letterDay, 2));
    }
  }
}

/** Adds all sources, information, evidence items and custody events of the fictional cases. */
export function buildFictionalSources(set: DemoSet): void {
  const shared = new Map<string, string>();
  for (const member of MEMBER_ORGS) {
    for (const [key, kind, label, reliability, url, org] of SHARED) {
      const k = `${key}:${member}`;
      const id = set.add(
        "source",
        `shared:${k}`,
        {
          kind,
          label,
          reliability,
          is_protected: false,
          public_url: url,
          published_on: null,
          identity: null,
          contact: null,
          person_id: null,
          organisation_id: org === "self" ? orgId(member) : null,
        },
        orgId(member),
      );
      shared.set(k, id);
    }
  }
  for (const c of FICTIONAL_CASES) addCaseSources(set, c, shared);
}
