import { createWriteStream } from "node:fs";

/** A small deterministic PRNG (mulberry32): the same N always gives the same file. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  "ka",
  "ra",
  "li",
  "mo",
  "sa",
  "ve",
  "ti",
  "no",
  "gu",
  "ze",
  "ba",
  "do",
  "ri",
  "ma",
  "lu",
  "pe",
  "xa",
  "qo",
  "ye",
  "chi",
];
/** 2,000 made-up words for titles and summaries, so a text query selects a realistic share. */
export const WORDS = Array.from(
  { length: 2000 },
  (_, i) =>
    SYLLABLES[i % 20]! + SYLLABLES[Math.floor(i / 20) % 20]! + SYLLABLES[Math.floor(i / 400) % 20]!,
);
export const ORIGINS = ["AZ", "AZ", "AZ", "RU", "RU", "TR", "TJ", "BY", "TM", "IR", "CN", "UZ"];
export const HOSTS = [
  "GE",
  "GE",
  "GE",
  "TR",
  "DE",
  "UA",
  "LT",
  "FR",
  "PL",
  "NL",
  "SE",
  "AT",
  "CZ",
  "GB",
  "US",
  "KZ",
  "AM",
  "MD",
  "LV",
  "EE",
];
export const TACTIC_CODES = [
  "assault",
  "abduction_rendition",
  "physical_intimidation",
  "stalking",
  "physical_surveillance",
  "home_intrusion",
  "property_damage",
  "embassy_approach",
  "host_arrest_detention",
  "unlawful_deportation",
  "extradition_request",
  "interpol_notice",
  "asylum_refused",
  "residence_permit_refused",
  "entry_refused",
  "ineffective_investigation",
  "passport_cancelled",
  "consular_service_refused",
  "travel_ban",
  "spyware",
  "phishing",
  "account_compromise",
  "doxxing",
  "online_threats",
  "smear_campaign",
  "relative_detained",
  "relative_questioned_threatened",
  "criminal_case_home",
  "trial_in_absentia",
  "wanted_listing",
];
const STAGE_PATHS = [
  ["filed", "no_response"],
  ["filed", "registration_refused"],
  ["filed", "registered"],
  ["filed", "registered", "investigation_opened"],
  ["filed", "registered", "investigation_opened", "closed_perpetrator_unknown"],
  ["filed", "registered", "investigation_opened", "perpetrator_identified", "charged"],
];
const FIRST = [
  "Əli",
  "Leyla",
  "Rauf",
  "Günel",
  "Тимур",
  "Айгюль",
  "ნიკა",
  "მარიამ",
  "Orxan",
  "Səbinə",
];
const LAST = [
  "Demoyev",
  "Nümunəli",
  "Примеров",
  "Тестова",
  "ნიმუშაძე",
  "Sınaqlı",
  "Fiktivov",
  "Uydurma",
];

/** Deterministic UUID-shaped id: record kind in the first group, sequence in the last. */
export function benchId(kind: number, n: number): string {
  return `${kind.toString(16).padStart(8, "0")}-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
}

const STAMP = {
  version: 1,
  created_at: "2026-01-01T00:00:00.000Z",
  created_by: "bench",
  updated_at: "2026-01-01T00:00:00.000Z",
  updated_by: "bench",
};
export const BENCH_ORG = benchId(0, 1);

function words(r: () => number, n: number): string {
  return Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]).join(" ");
}

/** Writes N synthetic incidents (with victim, identity, acts, attribution, source, complaint) as interchange lines. */
export async function generateStoreFile(
  path: string,
  n: number,
  onProgress?: (done: number) => void,
): Promise<{ lines: number; bytes: number }> {
  const r = prng(20261127);
  const out = createWriteStream(path);
  let buf: string[] = [];
  let lines = 0;
  const line = (type: string, record: Record<string, unknown>) => {
    buf.push(JSON.stringify({ type, record: { ...record, ...STAMP } }));
    lines++;
  };
  const flush = async () => {
    if (!out.write(buf.join("\n") + "\n"))
      await new Promise<void>((res) => out.once("drain", () => res()));
    buf = [];
  };
  line("organisation", {
    id: BENCH_ORG,
    slug: "bench-ngo",
    name: "Benchmark NGO",
    kind: "ngo",
    state: "GE",
    is_member: true,
    website: null,
    internal_notes: null,
  });
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)]!;
  let actN = 0;
  let evN = 0;
  for (let i = 1; i <= n; i++) {
    const org = { org_id: BENCH_ORG };
    const person = benchId(1, i);
    const incident = benchId(3, i);
    const year = 2010 + Math.floor(r() * 16);
    const month = String(1 + Math.floor(r() * 12)).padStart(2, "0");
    line("person", { id: person, ...org, pseudonym: `BN-${i}`, kind: "individual" });
    line("person_identity", {
      id: benchId(2, i),
      ...org,
      person_id: person,
      full_name: `${pick(FIRST)} ${pick(LAST)} ${i}`,
      name_variants: [],
      birth_date: null,
      contacts: [{ kind: "phone", value: `+995 500 ${String(i).padStart(6, "0")}` }],
      current_address: `Fictional street ${i % 300}`,
      relatives: [],
      internal_notes: null,
    });
    line("incident", {
      id: incident,
      ...org,
      title: words(r, 4),
      internal_summary: `Internal note ${i}`,
      public_summary: words(r, 10),
      origin_state: pick(ORIGINS),
      host_state: pick(HOSTS),
      start_date: `${year}-${month}`,
      start_precision: "month",
      end_date: null,
      end_precision: null,
      place_exact: null,
      place_city: "Tbilisi",
      place_region: null,
      place_precision: "city",
      verification_status: r() < 0.7 ? "verified" : "reported",
      countable: r() < 0.2,
      sensitivity: "normal",
      named_case: false,
    });
    const acts = 1 + Math.floor(r() * 3);
    let firstAct = "";
    for (let a = 0; a < acts; a++) {
      const act = benchId(4, ++actN);
      if (!firstAct) firstAct = act;
      line("act", {
        id: act,
        ...org,
        incident_id: incident,
        victim_id: person,
        tactic: pick(TACTIC_CODES),
        start_date: `${year}-${month}`,
        start_precision: "month",
        end_date: null,
        place_city: null,
        place_state: null,
        place_precision: "city",
        consequences: [],
        description: null,
      });
    }
    line("attribution", {
      id: benchId(5, i),
      ...org,
      act_id: firstAct,
      attributed_state: "AZ",
      actor_person_id: null,
      actor_organisation_id: null,
      actor_type: "origin_state_security",
      role: "instigator",
      confidence: pick(["likely", "very_likely", "roughly_even"]),
      basis: ["pattern"],
      assessed_on: String(year),
      supersedes_id: null,
      approved_for_publication: false,
      internal_notes: null,
    });
    line("source", {
      id: benchId(6, i),
      ...org,
      kind: "person",
      label: `Interview ${i}`,
      reliability: "B",
      is_protected: true,
      public_url: null,
      published_on: null,
      identity: `Witness ${i}`,
      contact: null,
      person_id: null,
      organisation_id: null,
    });
    line("information", {
      id: benchId(7, i),
      ...org,
      incident_id: incident,
      source_id: benchId(6, i),
      connection: "victim",
      obtained_on: String(year),
      credibility: "2",
      language: "az",
      claim_summary: words(r, 6),
      witness_identity: null,
    });
    const iv = benchId(8, i);
    line("intervention", {
      id: iv,
      ...org,
      incident_id: incident,
      victim_id: person,
      acted_by: "victim",
      intervention_type: "police_complaint",
      authority_id: null,
      external_reference: null,
      criminal_code_article: null,
      filed_on: `${year}-${month}-01`,
      response_deadline_days: 30,
      internal_notes: null,
    });
    const path = pick(STAGE_PATHS);
    path.forEach((status, k) =>
      line("intervention_event", {
        id: benchId(9, ++evN),
        ...org,
        intervention_id: iv,
        status,
        occurred_on: `${year}-${month}-${String(1 + k * 7).padStart(2, "0")}`,
        note: null,
      }),
    );
    if (i % 2000 === 0) {
      await flush();
      onProgress?.(i);
    }
  }
  await flush();
  await new Promise<void>((res) => out.end(res));
  return { lines, bytes: out.bytesWritten };
}
