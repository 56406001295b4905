import { demoId } from "./demo-ids.ts";
import { DASHBOARD_ROWS, FIRST_DASHBOARD_CASE } from "./fictional-rows-dashboard.ts";
import { MEMBER_ORGS, orgId } from "./organisations.ts";

/**
 * Hand-written building blocks of the fictional demo cases (36 here, more for the dashboard in
 * fictional-rows-dashboard.ts). Everything here is invented:
 * the surnames are made from words for "invented", "sample" and "test", the streets and
 * districts do not exist, and phone numbers use only the reserved demo forms
 * "+995 500 000 0NN" and "+994 00 000 00 NN".
 */

/** [Latin, Cyrillic, Georgian] forms of a name. */
type Forms = [string, string, string];
type Culture = "az" | "slav" | "central";

const FIRST: Record<Culture, [Forms[], Forms[]]> = {
  az: [
    [
      ["Rəşad", "Рашад", "რაშად"],
      ["Elnur", "Эльнур", "ელნურ"],
      ["Tural", "Турал", "ტურალ"],
      ["Kamran", "Камран", "კამრან"],
      ["Orxan", "Орхан", "ორხან"],
      ["Vüqar", "Вугар", "ვუგარ"],
    ],
    [
      ["Aynur", "Айнур", "აინურ"],
      ["Günel", "Гюнель", "გიუნელ"],
      ["Nərmin", "Нармин", "ნარმინ"],
      ["Səbinə", "Сабина", "საბინა"],
      ["Lalə", "Лала", "ლალა"],
      ["Ülviyyə", "Ульвия", "ულვია"],
    ],
  ],
  slav: [
    [
      ["Dmitri", "Дмитрий", "დიმიტრი"],
      ["Andrei", "Андрей", "ანდრეი"],
      ["Pavel", "Павел", "პაველ"],
    ],
    [
      ["Olga", "Ольга", "ოლგა"],
      ["Irina", "Ирина", "ირინა"],
      ["Marina", "Марина", "მარინა"],
    ],
  ],
  central: [
    [
      ["Rustam", "Рустам", "რუსტამ"],
      ["Farhod", "Фарход", "ფარხოდ"],
      ["Murat", "Мурат", "მურატ"],
    ],
    [
      ["Zarina", "Зарина", "ზარინა"],
      ["Gulnora", "Гульнора", "გულნორა"],
      ["Dilnoza", "Дильноза", "დილნოზა"],
    ],
  ],
};

/** Invented surnames: [male forms, female forms]. */
const SURNAMES: Record<Culture, [Forms, Forms][]> = {
  az: [
    [
      ["Uydurmalı", "Уйдурмалы", "უიდურმალი"],
      ["Uydurmalı", "Уйдурмалы", "უიდურმალი"],
    ],
    [
      ["Demoyev", "Демоев", "დემოევი"],
      ["Demoyeva", "Демоева", "დემოევა"],
    ],
    [
      ["Sınaqov", "Сынагов", "სინაღოვი"],
      ["Sınaqova", "Сынагова", "სინაღოვა"],
    ],
    [
      ["Nümunəli", "Нумунели", "ნუმუნელი"],
      ["Nümunəli", "Нумунели", "ნუმუნელი"],
    ],
  ],
  slav: [
    [
      ["Vymyslov", "Вымыслов", "ვიმისლოვი"],
      ["Vymyslova", "Вымыслова", "ვიმისლოვა"],
    ],
    [
      ["Primerov", "Примеров", "პრიმეროვი"],
      ["Primerova", "Примерова", "პრიმეროვა"],
    ],
  ],
  central: [
    [
      ["Namunaev", "Намунаев", "ნამუნაევი"],
      ["Namunaeva", "Намунаева", "ნამუნაევა"],
    ],
    [
      ["Khayoliev", "Хаёлиев", "ხაიოლიევი"],
      ["Khayolieva", "Хаёлиева", "ხაიოლიევა"],
    ],
  ],
};

const CULTURE: Record<string, Culture> = {
  AZ: "az",
  TR: "az",
  IR: "az",
  RU: "slav",
  BY: "slav",
  TJ: "central",
  TM: "central",
  CN: "central",
};

/** Made-up districts for fictional addresses. */
const DISTRICTS = [
  "Sampleside",
  "Nimushubani",
  "Gamogonili Heights",
  "Placeholder Park",
  "Demoubani",
  "Testovka",
];

/** Country names as shown in public summaries. */
export const COUNTRY: Record<string, string> = {
  AZ: "Azerbaijan",
  RU: "Russia",
  TR: "Türkiye",
  TJ: "Tajikistan",
  BY: "Belarus",
  TM: "Turkmenistan",
  IR: "Iran",
  CN: "China",
  GE: "Georgia",
  DE: "Germany",
  UA: "Ukraine",
  LT: "Lithuania",
  FR: "France",
  AM: "Armenia",
};

/** The language of a victim's own account, by origin state. */
export const LANGUAGE: Record<string, string> = {
  AZ: "az",
  RU: "ru",
  TR: "tr",
  TJ: "tg",
  BY: "be",
  TM: "tk",
  IR: "fa",
  CN: "ug",
};

/**
 * One row per fictional case:
 * origin|host|city|target profile|residence status|date|date precision|tactics (first is
 * primary)|complaints (kind:path, "+" separated)|proceeding (type:path or -)|follow-up
 * incident (tactic:days:link or -)|verification|sensitivity; complaints "-" when none was filed
 */
const ROWS = [
  "AZ|GE|Tbilisi|journalist|temporary_residence|2023-03-14|exact|stalking,physical_surveillance|police:INV_SUSP|-|assault:49:precedes|corroborated|sensitive",
  "AZ|GE|Tbilisi|human_rights_defender|asylum_seeker|2022-11-08|exact|online_threats,doxxing|police:NR|-|physical_intimidation:20:causes|reported|sensitive",
  "AZ|GE|Batumi|blogger|visa_free_stay|2024-02-19|week|relative_questioned_threatened,relative_dismissed|un:ACK|-|-|corroborated|sensitive",
  "RU|GE|Tbilisi|journalist|visa_free_stay|2023-06-30|exact|phishing,account_compromise|police:REG|-|-|verified|normal",
  "AZ|GE|Tbilisi|opposition_activist|refugee|2021-09-12|exact|assault|police:IDENT|-|-|verified|highly_sensitive",
  "TR|GE|Batumi|religious_figure|temporary_residence|2019-07-03|exact|host_arrest_detention,extradition_request|echr39:PROT_OK|extradition:EXTR_REFUSED|-|verified|highly_sensitive",
  "AZ|GE|Tbilisi|journalist|temporary_residence|2020-10-21|month|smear_campaign,impersonation|publicity:PUB|-|-|corroborated|normal",
  "TJ|TR|Istanbul|opposition_activist|temporary_residence|2018-04-09|exact|attempted_assassination|police:CLOSED|-|-|corroborated|highly_sensitive",
  "AZ|GE|Tbilisi|lawyer|temporary_residence|2022-05-17|exact|embassy_approach|prosecutor:NR2|-|-|reported|sensitive",
  "BY|LT|Vilnius|opposition_activist|refugee|2022-08-25|month|criminal_case_home,trial_in_absentia|un:ACK|-|wanted_listing:120:precedes|verified|normal",
  "AZ|GE|Tbilisi|blogger|asylum_seeker|2019-12-02|exact|asylum_refused|appeal:NR|asylum:ASYLUM_REFUSED|-|verified|sensitive",
  "AZ|GE|Tbilisi|journalist|temporary_residence|2021-03-15|exact|residence_permit_refused|ombudsman:NR|residence_permit:PERMIT_REFUSED|-|verified|sensitive",
  "TM|TR|Istanbul|opposition_activist|irregular|2020-06-11|month|passport_cancelled,consular_service_refused|publicity:PUB|-|-|corroborated|sensitive",
  "AZ|DE|Berlin|blogger|refugee|2023-09-04|exact|spyware|police:CLOSED|-|-|verified|sensitive",
  "RU|AM|Yerevan|journalist|temporary_residence|2023-01-20|month|wanted_listing,interpol_notice|ccf:ACK|interpol_notice:INTERPOL|-|verified|sensitive",
  "AZ|GE|Tbilisi|human_rights_defender|temporary_residence|2018-02-27|exact|home_intrusion,property_damage|police:REFUSED_REG|-|-|corroborated|sensitive",
  "IR|TR|Ankara|journalist|asylum_seeker|2019-05-13|exact|abduction_rendition|police:IDENT|-|-|verified|highly_sensitive",
  "AZ|GE|Tbilisi|opposition_activist|temporary_residence|2024-06-03|exact|entry_refused|appeal:NR|entry_ban:ENTRY_BAN|-|verified|normal",
  "CN|TR|Istanbul|minority_member|temporary_residence|2021-11-09|month|relative_detained,mla_misuse|un:ACK|-|-|corroborated|highly_sensitive",
  "AZ|UA|Kyiv|journalist|temporary_residence|2017-10-16|exact|extradition_request,extradition_detention|protection:PROT_NO|extradition:EXTR_UA|-|verified|sensitive",
  "AZ|GE|Tbilisi|former_insider|temporary_residence|2020-02-05|month|citizenship_removed|echr:ACK|-|-|corroborated|sensitive",
  "BY|LT|Vilnius|journalist|refugee|2023-04-18|exact|ddos,online_threats|police:REG_NR|-|-|verified|normal",
  "AZ|GE|Tbilisi|journalist|temporary_residence|2025-01-22|exact|physical_intimidation|police:NR|-|home_intrusion:35:precedes|reported|sensitive",
  "AZ|FR|Paris|opposition_activist|refugee|2024-03-08|exact|physical_intimidation,stalking|police:CHARGED|-|-|verified|sensitive",
  "RU|GE|Tbilisi|opposition_activist|visa_free_stay|2022-10-03|month|property_seized_home,criminal_case_home|publicity:PUB|-|-|corroborated|normal",
  "AZ|GE|Tbilisi|relative_of_target|temporary_residence|2019-09-19|exact|physical_intimidation|police:REG+publicity:PUB|-|-|corroborated|highly_sensitive",
  "TJ|DE|Cologne|human_rights_defender|refugee|2021-07-14|exact|embassy_approach,relative_questioned_threatened|police:NR|-|-|reported|sensitive",
  "AZ|GE|Tbilisi|blogger|temporary_residence|2018-08-08|exact|host_arrest_detention,interpol_notice|ccf:ACK+echr39:PROT_OK|extradition:EXTR_REFUSED|-|verified|highly_sensitive",
  "TM|TR|Istanbul|human_rights_defender|irregular|2022-03-29|exact|unlawful_deportation|un:NR|deportation:DEPORTATION|-|corroborated|highly_sensitive",
  "AZ|GE|Tbilisi|journalist|temporary_residence|2016-11-24|month|physical_surveillance,ineffective_investigation|police:VICTIM_REF|-|-|corroborated|sensitive",
  "IR|GE|Tbilisi|blogger|temporary_residence|2024-09-12|exact|account_compromise,impersonation|police:REFUSED|-|-|corroborated|normal",
  "AZ|GE|Tbilisi|human_rights_defender|temporary_residence|2020-12-07|month|travel_ban|publicity:PUB|-|-|reported|normal",
  "AZ|GE|Tbilisi|journalist|asylum_seeker|2023-11-30|exact|physical_surveillance,doxxing|prosecutor:INV_SUSP|-|-|verified|sensitive",
  "RU|FR|Paris|journalist|refugee|2021-05-11|exact|assault,property_damage|police:NO_CRIME|-|-|verified|sensitive",
  "AZ|TR|Istanbul|journalist|temporary_residence|2017-07-07|exact|host_arrest_detention,extradition_detention|appeal:REG|extradition:EXTR_TR|-|verified|sensitive",
  "AZ|GE|Tbilisi|blogger|temporary_residence|2025-04-15|exact|online_threats,relative_questioned_threatened|police:NR|-|-|reported|sensitive",
] as const;

const PROFILE_LETTER: Record<string, string> = {
  journalist: "J",
  blogger: "B",
  human_rights_defender: "H",
  opposition_activist: "A",
  lawyer: "L",
  religious_figure: "R",
  minority_member: "M",
  former_insider: "I",
  relative_of_target: "F",
  other: "O",
};

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** One fictional case, with everything derived from its row and its index. */
export interface FictionalCase {
  i: number;
  key: string;
  org: string;
  origin: string;
  host: string;
  city: string;
  profile: string;
  residence: string;
  date: string;
  precision: string;
  tactics: string[];
  complaints: { kind: string; path: string }[];
  proceeding: { type: string; path: string } | null;
  followUp: { tactic: string; days: number; link: string } | null;
  verification: string;
  sensitivity: string;
  pseudonym: string;
  personId: string;
  incidentId: string;
  fullName: string;
  nameVariants: string[];
  /** 0 Latin, 1 Cyrillic, 2 Georgian: the script of the full name. */
  script: number;
  /** The invented surname, [male forms, female forms]. */
  surname: [Forms, Forms];
  /** "March 2023": the period used in public texts. */
  period: string;
}

/** An ASCII spelling of an Azerbaijani Latin name (Rəşad → Rashad). */
function asciiAz(s: string): string {
  const map: Record<string, string> = {
    ə: "a",
    ı: "i",
    ş: "sh",
    ç: "ch",
    ğ: "gh",
    ü: "u",
    ö: "o",
    x: "kh",
    q: "g",
    İ: "I",
    Ü: "U",
    Ö: "O",
    Ş: "Sh",
  };
  return s.replace(/[əışçğüöxqİÜÖŞ]/g, (c) => map[c] ?? c);
}

/** "March 2023": the month and year of a calendar date, as used in public texts. */
export function periodOf(date: string): string {
  const [y, m] = date.split("-").map(Number) as [number, number];
  return `${MONTHS[m - 1]} ${y}`;
}

/** Two-digit zero-padded number. */
export function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/** Builds the 36 fictional cases from the rows (deterministic: index-based choices only). */
function buildCases(): FictionalCase[] {
  const seen: Record<Culture, number> = { az: 0, slav: 0, central: 0 };
  return [...ROWS, ...DASHBOARD_ROWS].map((row, i) => {
    const [
      origin,
      host,
      city,
      profile,
      residence,
      date,
      precision,
      tactics,
      complaints,
      proceeding,
      follow,
      verification,
      sensitivity,
    ] = row.split("|") as string[] as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const culture = CULTURE[origin] ?? "az";
    const n = seen[culture]++;
    const gender = n % 2;
    const k = Math.floor(n / 2);
    const firsts = FIRST[culture][gender] as Forms[];
    const first = firsts[k % firsts.length] as Forms;
    const surnamePair = SURNAMES[culture][
      (k + Math.floor(k / firsts.length)) % SURNAMES[culture].length
    ] as [Forms, Forms];
    const last = surnamePair[gender] as Forms;
    const forms = [0, 1, 2].map((s) => `${first[s]} ${last[s]}`);
    const script = i % 3;
    const fullName = forms[script] as string;
    const ascii = asciiAz(forms[0] as string);
    const variants = [
      ...forms.filter((_, s) => s !== script),
      ...(ascii !== forms[0] ? [ascii] : []),
    ];
    const [fTactic, fDays, fLink] = follow.split(":");
    return {
      i,
      key: `f${pad2(i)}`,
      org: orgId(
        i >= FIRST_DASHBOARD_CASE
          ? "demo_rights_centre"
          : (MEMBER_ORGS[i % MEMBER_ORGS.length] ?? "demo_rights_centre"),
      ),
      origin,
      host,
      city,
      profile,
      residence,
      date,
      precision,
      tactics: tactics.split(","),
      complaints:
        complaints === "-"
          ? []
          : complaints.split("+").map((c) => {
              const [kind, path] = c.split(":") as [string, string];
              return { kind, path };
            }),
      proceeding:
        proceeding === "-"
          ? null
          : { type: proceeding.split(":")[0] as string, path: proceeding.split(":")[1] as string },
      followUp:
        follow === "-"
          ? null
          : { tactic: fTactic as string, days: Number(fDays), link: fLink as string },
      verification,
      sensitivity,
      pseudonym: `${origin}-${PROFILE_LETTER[profile] ?? "O"}-${100 + i}`,
      personId: demoId(`person:f${pad2(i)}`),
      incidentId: demoId(`incident:f${pad2(i)}`),
      fullName,
      nameVariants: variants,
      script,
      surname: surnamePair,
      period: periodOf(date),
    };
  });
}

/** The 36 fictional cases of the demo. */
export const FICTIONAL_CASES: readonly FictionalCase[] = buildCases();

/** A fictional street address in a made-up district of the case's city. */
export function fictionalAddress(c: FictionalCase): string {
  return `Fictional street ${((c.i * 7) % 40) + 1}, apt ${((c.i * 3) % 20) + 1}, ${DISTRICTS[c.i % DISTRICTS.length]} district, ${c.city}`;
}

/** The reserved demo number of an exile ("+995 500 000 0NN"). */
export function exilePhone(n: number): string {
  return `+995 500 000 0${pad2(n)}`;
}

/** The reserved demo number of a relative in Azerbaijan ("+994 00 000 00 NN"). */
export function relativePhone(n: number): string {
  return `+994 00 000 00 ${pad2(n)}`;
}

/** Relations with the grammatical gender of the relative (0 male, 1 female). */
const RELATIONS: [string, number][] = [
  ["mother", 1],
  ["brother", 0],
  ["sister", 1],
  ["father", 0],
  ["cousin", 1],
  ["uncle", 0],
];

/** Given names of relatives per script and gender. */
const RELATIVE_GIVEN: [string[], string[]][] = [
  [
    ["Hüseyn", "Əli"],
    ["Zeynəb", "Səkinə"],
  ],
  [
    ["Сергей", "Ильхам"],
    ["Мария", "Зейнаб"],
  ],
  [
    ["ალი", "ჰუსეინ"],
    ["ნანა", "ზეინაბ"],
  ],
];

/** One or two fictional relatives of a case's person, living in the origin state. */
export function fictionalRelatives(
  c: FictionalCase,
): { relation: string; name: string; location: string | null; notes: string | null }[] {
  const count = 1 + (c.i % 2);
  return Array.from({ length: count }, (_, r) => {
    const [relation, gender] = RELATIONS[(c.i + r * 3) % RELATIONS.length] as [string, number];
    const given = (RELATIVE_GIVEN[c.script] as [string[], string[]])[gender] as string[];
    return {
      relation,
      name: `${given[(c.i + r) % given.length]} ${c.surname[gender as 0 | 1][c.script]}`,
      location: `Fictional village no. ${c.i + r + 1}, ${COUNTRY[c.origin]}`,
      notes:
        c.origin === "AZ"
          ? `Reachable only through ${relativePhone(c.i + r + 1)} (demo number).`
          : null,
    };
  });
}
