import { addDays, type DemoSet } from "./demo-record.ts";
import { FICTIONAL_CASES, type FictionalCase } from "./fictional-blocks.ts";
import { incidentDay } from "./fictional-people.ts";
import { orgId, type OrgKey } from "./organisations.ts";

/** Paths of intervention statuses: [status, days after filing, protected note or null]. */
const PATHS: Record<string, [string, number, string | null][]> = {
  NR: [
    ["filed", 0, null],
    ["no_response", 31, "Set when the response deadline passed without an answer."],
  ],
  NR2: [
    ["prepared", -4, "Draft checked by the NGO lawyer."],
    ["filed", 0, null],
    ["no_response", 31, "Set when the response deadline passed without an answer."],
  ],
  REG: [
    ["filed", 0, null],
    ["registered", 2, null],
  ],
  REG_NR: [
    ["filed", 0, null],
    ["registered", 3, null],
    ["no_response", 93, "No news of any investigative step three months after registration."],
  ],
  INV_SUSP: [
    ["filed", 0, null],
    ["registered", 1, null],
    ["investigation_opened", 6, null],
    ["investigative_action", 41, "Neighbours interviewed; CCTV requested."],
    ["suspended", 212, "Suspended for lack of evidence."],
  ],
  CLOSED: [
    ["filed", 0, null],
    ["registered", 2, null],
    ["investigation_opened", 9, null],
    ["closed_perpetrator_unknown", 301, "Closed; the perpetrator could not be established."],
  ],
  REFUSED: [
    ["filed", 0, null],
    ["registration_refused", 12, "Police wrote that the facts described show no crime."],
    ["appealed", 33, null],
  ],
  REFUSED_REG: [
    ["filed", 0, null],
    ["registration_refused", 10, "First refused as a private dispute."],
    ["appealed", 26, null],
    ["registered", 71, "Registered after the appeal to the supervising prosecutor."],
  ],
  IDENT: [
    ["filed", 0, null],
    ["registered", 1, null],
    ["investigation_opened", 3, null],
    ["perpetrator_identified", 96, "One suspect identified from CCTV; not yet questioned."],
  ],
  CHARGED: [
    ["filed", 0, null],
    ["registered", 0, null],
    ["investigation_opened", 2, null],
    ["perpetrator_identified", 41, null],
    ["charged", 76, "One man charged with threats and harassment."],
  ],
  NO_CRIME: [
    ["filed", 0, null],
    ["registered", 4, null],
    ["closed_no_crime", 61, null],
    ["appealed", 82, null],
    ["reopened", 150, "Reopened on appeal by the victim's lawyer."],
  ],
  VICTIM_REF: [
    ["filed", 0, null],
    ["registered", 2, null],
    ["investigation_opened", 5, null],
    ["victim_status_refused", 63, "Victim status refused; no access to the file."],
  ],
  PROT_OK: [
    ["filed", 0, null],
    ["protection_granted", 1, "Interim measure indicated: no transfer while the case is examined."],
  ],
  PROT_NO: [
    ["filed", 0, null],
    ["protection_refused", 22, null],
  ],
  ACK: [
    ["filed", 0, null],
    ["registered", 47, "Acknowledged and registered by the body addressed."],
  ],
  PUB: [
    ["prepared", -3, null],
    ["filed", 0, "Statement published by the NGO."],
  ],
};

/** What a complaint kind means: [intervention type, acted by, GE authority, other authority]. */
const KINDS: Record<string, [string, string, OrgKey | null, OrgKey | null]> = {
  police: ["police_complaint", "victim", "ge_mia", null],
  prosecutor: ["prosecutor_complaint", "lawyer", "ge_prosecutor", null],
  protection: ["protection_request", "lawyer", "ge_mia", null],
  un: ["un_communication", "ngo", "un_wgeid", "un_wgeid"],
  echr39: ["echr_rule39", "lawyer", "echr", "echr"],
  echr: ["echr_application", "lawyer", "echr", "echr"],
  ccf: ["interpol_ccf_request", "lawyer", null, null],
  ombudsman: ["ombudsman_complaint", "ngo", null, null],
  appeal: ["appeal", "lawyer", null, null],
  publicity: ["publicity", "ngo", null, null],
};

/** Proceeding paths: [status, days after the incident]. */
const PROCEEDINGS: Record<string, [string, number][]> = {
  EXTR_REFUSED: [
    ["opened", 0],
    ["detained", 0],
    ["hearing", 20],
    ["refused", 75],
    ["released", 76],
  ],
  EXTR_UA: [
    ["detained", 0],
    ["hearing", 3],
    ["released", 40],
    ["closed", 120],
  ],
  EXTR_TR: [
    ["detained", 0],
    ["hearing", 10],
    ["appealed", 60],
    ["released", 95],
  ],
  ASYLUM_REFUSED: [
    ["application_filed", -200],
    ["refused", 0],
    ["appealed", 25],
    ["appeal_refused", 180],
  ],
  PERMIT_REFUSED: [
    ["application_filed", -60],
    ["refused", 0],
    ["appealed", 30],
  ],
  INTERPOL: [
    ["opened", 0],
    ["application_filed", 20],
    ["closed", 210],
  ],
  ENTRY_BAN: [
    ["executed", 0],
    ["appealed", 14],
  ],
  DEPORTATION: [
    ["detained", 0],
    ["hearing", 5],
    ["executed", 12],
  ],
};

const GE_PROCEEDING_AUTHORITY: Record<string, OrgKey> = {
  extradition: "ge_prosecutor",
  asylum: "ge_mia",
  residence_permit: "ge_psda",
  entry_ban: "ge_mia",
};

/** A criminal-code article for Georgian complaints where the demo is sure of it. */
function article(c: FictionalCase, type: string): string | null {
  if (c.host !== "GE" || (type !== "police_complaint" && type !== "prosecutor_complaint"))
    return null;
  if (c.tactics.includes("assault")) return "Article 126 (violence)";
  if (c.tactics.some((t) => ["physical_intimidation", "online_threats", "stalking"].includes(t)))
    return "Article 151 (threat)";
  return null;
}

/** Adds the complaints of a fictional case with their dated steps. */
function addComplaints(set: DemoSet, c: FictionalCase): void {
  c.complaints.forEach(({ kind, path }, n) => {
    const [type, actedBy, geAuthority, otherAuthority] = KINDS[kind] ?? [
      "publicity",
      "ngo",
      null,
      null,
    ];
    const authority = c.host === "GE" ? geAuthority : otherAuthority;
    const filed = addDays(incidentDay(c), 1 + (c.i % 5) + n * 3);
    const year = filed.slice(0, 4);
    const interventionId = set.add(
      "intervention",
      `${c.key}:${n}`,
      {
        incident_id: c.incidentId,
        victim_id: type === "publicity" ? null : c.personId,
        acted_by:
          c.tactics[0] === "relative_detained" && kind === "un"
            ? "relative"
            : c.i % 4 === 1 && actedBy === "victim"
              ? "lawyer"
              : actedBy,
        intervention_type: type,
        authority_id: authority ? orgId(authority) : null,
        external_reference:
          type === "publicity" ? null : `DEMO-${year}-${String(100 + c.i * 7 + n)}`,
        criminal_code_article: article(c, type),
        filed_on: filed,
        response_deadline_days:
          type === "publicity"
            ? null
            : type.startsWith("echr") || type === "un_communication"
              ? 90
              : 30,
        internal_notes:
          n === 0 && c.i % 3 === 1 ? "Filed with the help of the NGO's duty lawyer (demo)." : null,
      },
      c.org,
    );
    (PATHS[path] ?? []).forEach(([status, days, note], k) => {
      set.add(
        "intervention_event",
        `${c.key}:${n}:${k}`,
        { intervention_id: interventionId, status, occurred_on: addDays(filed, days), note },
        c.org,
      );
    });
  });
}

/** Adds the legal proceeding of a fictional case (if any) with its dated steps. */
function addProceeding(set: DemoSet, c: FictionalCase): void {
  if (!c.proceeding) return;
  const { type, path } = c.proceeding;
  const start = addDays(incidentDay(c), 1);
  const authority = c.host === "GE" ? GE_PROCEEDING_AUTHORITY[type] : undefined;
  const steps = PROCEEDINGS[path] ?? [];
  const proceedingId = set.add(
    "legal_proceeding",
    c.key,
    {
      person_id: c.personId,
      incident_id: c.incidentId,
      proceeding_type: type,
      host_state: c.host,
      requesting_state: ["extradition", "interpol_notice"].includes(type) ? c.origin : null,
      authority_id: authority ? orgId(authority) : null,
      external_reference: `DEMO-PR-${start.slice(0, 4)}-${String(c.i).padStart(3, "0")}`,
      opened_on: addDays(start, Math.min(0, ...steps.map(([, d]) => d))),
      internal_notes:
        c.i % 2 === 0 ? "Lawyer provided through the NGO's legal aid fund (demo)." : null,
    },
    c.org,
  );
  steps.forEach(([status, days], k) => {
    set.add(
      "proceeding_event",
      `${c.key}:${k}`,
      {
        proceeding_id: proceedingId,
        status,
        occurred_on: addDays(start, days),
        note:
          status === "refused" && type === "extradition"
            ? "Court found the charges politically motivated (demo)."
            : null,
      },
      c.org,
    );
  });
}

/** Adds all complaints (interventions with events) and legal proceedings of the fictional cases. */
export function buildFictionalComplaints(set: DemoSet): void {
  for (const c of FICTIONAL_CASES) {
    addComplaints(set, c);
    addProceeding(set, c);
  }
}
