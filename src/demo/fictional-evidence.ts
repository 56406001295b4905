import { addDays } from "./demo-record.ts";
import type { FictionalCase } from "./fictional-blocks.ts";

/**
 * Plain contents of the fictional evidence files: short invented texts (message logs, letters,
 * notes). They never contain a real person's details.
 */

type Category =
  "threat" | "phishing" | "forensic" | "medical" | "observation" | "family" | "decision";

const CATEGORY: Record<string, Category> = {
  online_threats: "threat",
  doxxing: "threat",
  physical_intimidation: "threat",
  impersonation: "threat",
  smear_campaign: "threat",
  account_compromise: "threat",
  phishing: "phishing",
  spyware: "forensic",
  ddos: "forensic",
  assault: "medical",
  attempted_assassination: "medical",
  abduction_rendition: "medical",
  asylum_refused: "decision",
  residence_permit_refused: "decision",
  entry_refused: "decision",
  host_arrest_detention: "decision",
  extradition_detention: "decision",
  unlawful_deportation: "decision",
  relative_detained: "family",
  relative_questioned_threatened: "family",
  relative_dismissed: "family",
  property_seized_home: "family",
  travel_ban: "family",
  citizenship_removed: "family",
  criminal_case_home: "family",
  trial_in_absentia: "family",
  wanted_listing: "family",
  interpol_notice: "family",
  passport_cancelled: "family",
  consular_service_refused: "family",
  mla_misuse: "family",
  extradition_request: "family",
};

const EVIDENCE_TYPE: Record<Category, string> = {
  threat: "message_log",
  phishing: "message_log",
  forensic: "document",
  medical: "medical_report",
  observation: "document",
  family: "document",
  decision: "official_letter",
};

/** A fictional evidence file for a case's primary tactic: type, file name and content. */
export function evidenceFor(c: FictionalCase): { type: string; name: string; content: string } {
  const tactic = c.tactics[0] as string;
  const category = CATEGORY[tactic] ?? "observation";
  const d = c.date;
  const head = `DEMO EVIDENCE - fictional, not real data\nCase: ${c.pseudonym}\n`;
  const bodies: Record<Category, string> = {
    threat: [
      `[${d} 21:14] anonymous account: We know which entrance is yours. Delete the posts.`,
      `[${d} 21:16] anonymous account: People at home will hear about this too.`,
      `[${addDays(d, 1)} 08:02] anonymous account: This is the last warning.`,
    ].join("\n"),
    phishing: [
      `Date: ${d}`,
      "From: security-team@mail-verify.example",
      "Subject: Unusual sign-in detected",
      "Body: Your mailbox will be closed in 24 hours. Confirm your password here: https://mail-verify.example/login",
    ].join("\n"),
    forensic: [
      `Forensic note, ${addDays(d, 3)}`,
      "Scope: one phone and one web server (demo).",
      "Finding: indicators matching a known commercial surveillance tool / flood of requests from 4,000 addresses.",
      "Conclusion: targeted attack likely; device replaced, site moved behind protection.",
    ].join("\n"),
    medical: [
      `Clinic note, ${addDays(d, 1)}`,
      "Patient: [withheld in demo]",
      "Findings: bruising on both forearms, superficial head wound, no fracture on imaging.",
      "Treatment: wound closed, painkillers, follow-up in seven days.",
    ].join("\n"),
    observation: [
      `Caseworker observation log, from ${d}`,
      "Evening 1: grey car parked opposite the entrance, two men inside, 19:40-22:10.",
      "Evening 2: same car, one man on foot followed the person to the bus stop.",
      "Evening 3: nobody seen; the person reports being photographed near work.",
    ].join("\n"),
    family: [
      `Statement taken from the family, ${addDays(d, 2)}`,
      "An official notice was delivered at home about the exile.",
      "Officials asked where the exile lives and who pays for the work abroad.",
      "The family was told matters would get easier if the publications stopped.",
    ].join("\n"),
    decision: [
      `Official decision (demo copy), ${d}`,
      "To: the applicant",
      "The request is refused / the measure is ordered under the law on the legal status of aliens.",
      "Reason given: interests of state security. No further reasons are provided.",
      "An appeal may be lodged with the court within the time limit set by law.",
    ].join("\n"),
  };
  return {
    type: EVIDENCE_TYPE[category],
    name: `${c.pseudonym.toLowerCase()}-${category}.txt`,
    content: `${head}\n${bodies[category]}\n`,
  };
}

/** A fictional letter in which police refuse to register a complaint. */
export function registrationRefusalLetter(c: FictionalCase, date: string): string {
  return [
    "DEMO EVIDENCE - fictional, not real data",
    `Case: ${c.pseudonym}`,
    "",
    `Letter of the district police, ${date}`,
    "Subject: your application",
    "Having examined your application, we find no signs of a crime in the facts described.",
    "The application will not be registered. You may appeal to the supervising prosecutor.",
    "",
  ].join("\n");
}
