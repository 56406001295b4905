import { COUNTRY, type FictionalCase } from "./fictional-blocks.ts";

/**
 * Hand-written texts of the fictional cases, per tactic. Templates use {who} (the target
 * profile), {origin}, {host}, {city} and {period}; they never name a person, an address,
 * a number or a relative, so they are safe for titles and public summaries.
 */
interface TacticText {
  title: string;
  summary: string;
  /** Internal (protected) description of the act. */
  act: string;
}

const T: Record<string, TacticText> = {
  stalking: {
    title: "Exiled {who} followed for weeks in {city}",
    summary:
      "A {who} from {origin} living in {city} noticed the same men following them between home and work over several weeks from {period}.",
    act: "Followed on foot and by car on repeated occasions; the same two men recognised each time.",
  },
  physical_surveillance: {
    title: "Exiled {who} watched near home in {city}",
    summary:
      "A {who} from {origin} in {city} saw a parked car with two men watching the entrance of their building on several evenings in {period}.",
    act: "Residence observed from a parked car over several evenings; plate partly noted.",
  },
  assault: {
    title: "Exiled {who} beaten in {city}",
    summary:
      "A {who} from {origin} was attacked and beaten by two unknown men in {city} in {period}; the attackers referred to the victim's work.",
    act: "Beaten by two men; bruising and a head wound treated at a clinic.",
  },
  online_threats: {
    title: "Online threats against an exiled {who}",
    summary:
      "A {who} from {origin} living in {city} received repeated online messages in {period} threatening violence unless the public work stopped.",
    act: "Threatening private messages from several anonymous accounts over two weeks.",
  },
  doxxing: {
    title: "Home details of an exiled {who} published online",
    summary:
      "In {period} anonymous channels published where a {who} from {origin} lives in {city}, with pictures of the building.",
    act: "Residence, routine and pictures of the entrance posted in anonymous channels.",
  },
  physical_intimidation: {
    title: "Exiled {who} threatened face to face in {city}",
    summary:
      "Two men stopped a {who} from {origin} in {city} in {period}, said they knew where the exile lived and warned against further criticism of the government.",
    act: "Verbal threat delivered in person by two men speaking the origin-state language.",
  },
  relative_questioned_threatened: {
    title: "Family of an exiled {who} summoned by police in {origin}",
    summary:
      "In {period} police in {origin} summoned family members of a {who} living in {city} and told them to persuade the exile to come back and stop publishing.",
    act: "Family members summoned and warned by police in the origin state.",
  },
  relative_dismissed: {
    title: "Family member of an exiled {who} dismissed from work",
    summary:
      "A family member of a {who} living in {city} lost a public-sector job in {origin} in {period}, soon after being asked about the exile's activities.",
    act: "Dismissal of a family member from public employment.",
  },
  phishing: {
    title: "Phishing attempt against an exiled {who}",
    summary:
      "In {period} a {who} from {origin} in {city} received a fake security warning designed to capture a mail password.",
    act: "Credential-phishing message imitating a mail provider; link to a look-alike domain.",
  },
  account_compromise: {
    title: "Accounts of an exiled {who} taken over",
    summary:
      "A {who} from {origin} living in {city} lost control of social media accounts in {period}; private messages were later quoted by pro-government pages.",
    act: "Takeover of a messaging account and a social media account.",
  },
  host_arrest_detention: {
    title: "Exiled {who} detained in {city} at the request of {origin}",
    summary:
      "Police in {host} detained a {who} from {origin} in {city} in {period} on the basis of a request from {origin}.",
    act: "Arrest and detention by host-state police on the origin state's request.",
  },
  extradition_request: {
    title: "{origin} seeks the extradition of an exiled {who}",
    summary:
      "In {period} {origin} asked {host} to extradite a {who} living in {city} on charges the exile calls politically motivated.",
    act: "Formal extradition request transmitted through the prosecutor's office.",
  },
  smear_campaign: {
    title: "Smear campaign against an exiled {who}",
    summary:
      "From {period} pro-government media in {origin} ran a series of stories calling a {who} living in {city} a traitor and a foreign agent.",
    act: "Coordinated defamatory publications across several outlets.",
  },
  impersonation: {
    title: "Fake accounts impersonate an exiled {who}",
    summary:
      "In {period} accounts imitating a {who} from {origin} living in {city} posted invented statements to discredit the exile.",
    act: "Impersonating accounts on two platforms.",
  },
  attempted_assassination: {
    title: "Attempt on the life of an exiled {who} in {city}",
    summary:
      "A {who} from {origin} survived a knife attack in {city} in {period}; the attacker escaped.",
    act: "Knife attack near the home; victim hospitalised for several days.",
  },
  embassy_approach: {
    title: "Embassy staff approach an exiled {who} in {city}",
    summary:
      "In {period} a person presenting as {origin} embassy staff approached a {who} in {city} and offered help with documents in return for information about other exiles.",
    act: "Recruitment approach by a person presenting as embassy staff.",
  },
  criminal_case_home: {
    title: "Criminal case in {origin} against an exiled {who}",
    summary:
      "Prosecutors in {origin} opened a criminal case in {period} against a {who} living in {city}, citing publications made abroad.",
    act: "Criminal case opened in the origin state.",
  },
  trial_in_absentia: {
    title: "Exiled {who} tried in absentia in {origin}",
    summary:
      "A court in {origin} tried a {who} living in {city} in absentia, starting in {period}.",
    act: "Trial in absentia in the origin state.",
  },
  wanted_listing: {
    title: "Exiled {who} put on the wanted list of {origin}",
    summary: "In {period} {origin} put a {who} living in {city} on its national wanted list.",
    act: "National wanted listing.",
  },
  interpol_notice: {
    title: "Interpol notice sought against an exiled {who}",
    summary:
      "In {period} {origin} sought an Interpol notice against a {who} living in {city}, exposing the exile to arrest when travelling.",
    act: "Request for an Interpol notice or diffusion.",
  },
  asylum_refused: {
    title: "Asylum refused to an exiled {who} in {host}",
    summary:
      "In {period} the authorities of {host} refused the asylum claim of a {who} from {origin}, citing unspecified security concerns.",
    act: "Negative asylum decision referring to state security.",
  },
  residence_permit_refused: {
    title: "Residence permit refused to an exiled {who} in {host}",
    summary:
      "A {who} from {origin} living in {city} was refused the extension of a residence permit in {period}; the decision referred to state security without further reasons.",
    act: "Refusal to extend a residence permit.",
  },
  passport_cancelled: {
    title: "Passport of an exiled {who} not renewed",
    summary:
      "In {period} the consulate of {origin} refused to renew the passport of a {who} living in {city}, leaving the exile without valid documents.",
    act: "Passport renewal refused and the old passport declared invalid.",
  },
  consular_service_refused: {
    title: "Consular services refused to an exiled {who}",
    summary:
      "A {who} from {origin} in {city} was told in {period} that the consulate would issue no documents until the exile went home.",
    act: "Refusal of consular services.",
  },
  spyware: {
    title: "Spyware found on a device of an exiled {who}",
    summary:
      "A forensic check in {period} found traces of commercial spyware on a device of a {who} from {origin} living in {city}.",
    act: "Spyware infection confirmed by a forensic check.",
  },
  home_intrusion: {
    title: "Home of an exiled {who} entered in {city}",
    summary:
      "In {period} someone entered the rented flat of a {who} from {origin} in {city} while nobody was in; papers were searched and nothing of value taken.",
    act: "Entry into the flat without signs of force; documents disturbed.",
  },
  property_damage: {
    title: "Car of an exiled {who} damaged in {city}",
    summary: "The car of a {who} from {origin} was damaged in {city} in {period}.",
    act: "Tyres cut and windscreen broken.",
  },
  abduction_rendition: {
    title: "Attempted abduction of an exiled {who} in {city}",
    summary:
      "In {period} men tried to force a {who} from {origin} into a van in {city}; passers-by intervened and the men fled.",
    act: "Attempted forcible removal into a van; bruising to arms and face.",
  },
  entry_refused: {
    title: "Exiled {who} refused entry to {host}",
    summary:
      "A {who} from {origin} who lives in {host} was turned back at the border in {period} on the way home from a trip, with no reason given beyond a general legal clause.",
    act: "Entry refused at the border on return.",
  },
  relative_detained: {
    title: "Family member of an exiled {who} detained in {origin}",
    summary:
      "In {period} the authorities of {origin} detained a family member of a {who} living in {city}; the family links the detention to the exile's work.",
    act: "Detention of a family member in the origin state.",
  },
  mla_misuse: {
    title: "{origin} uses a legal-assistance request against an exiled {who}",
    summary:
      "In {period} {origin} sent {host} a mutual legal assistance request seeking data about a {who} living in {city}.",
    act: "Mutual legal assistance request used to obtain personal data.",
  },
  extradition_detention: {
    title: "Exiled {who} held pending extradition in {host}",
    summary:
      "A {who} from {origin} was held in {city} from {period} while courts in {host} examined an extradition request.",
    act: "Detention pending extradition.",
  },
  citizenship_removed: {
    title: "Citizenship of an exiled {who} withdrawn",
    summary: "In {period} {origin} stripped a {who} living in {city} of citizenship.",
    act: "Deprivation of citizenship by decree.",
  },
  ddos: {
    title: "Website of an exiled {who} knocked offline",
    summary:
      "In {period} the independent website of a {who} from {origin} working from {city} was knocked offline by a denial-of-service attack.",
    act: "DDoS against the website for three days.",
  },
  property_seized_home: {
    title: "Property of an exiled {who} seized in {origin}",
    summary:
      "The authorities of {origin} seized a flat belonging to a {who} living in {city} in {period}.",
    act: "Seizure of a flat in the origin state.",
  },
  unlawful_deportation: {
    title: "Exiled {who} deported from {host} to {origin}",
    summary:
      "In {period} a {who} from {origin} was detained in {city} and deported before a lawyer could challenge the decision.",
    act: "Deportation despite a known risk of persecution.",
  },
  ineffective_investigation: {
    title: "Complaint of an exiled {who} not investigated effectively",
    summary:
      "Complaints by a {who} from {origin} about being watched in {city} in {period} were registered, but investigators took few steps.",
    act: "Investigation without meaningful steps; victim status refused.",
  },
  travel_ban: {
    title: "Exit ban imposed on an exiled {who}",
    summary:
      "In {period} {origin} imposed an exit ban on a {who} living in {city}, so that any visit home could not end in a return abroad.",
    act: "Exit ban registered in the origin state.",
  },
};

const WHO: Record<string, string> = {
  journalist: "journalist",
  blogger: "blogger",
  human_rights_defender: "human rights defender",
  opposition_activist: "opposition activist",
  lawyer: "lawyer",
  religious_figure: "religious teacher",
  minority_member: "member of a minority community",
  former_insider: "former official",
  relative_of_target: "relative of a well-known activist",
  other: "exile",
};

/** Fills a template with the case's public context (profile, states, city, period). */
function fill(template: string, c: FictionalCase): string {
  return template
    .replaceAll("{who}", WHO[c.profile] ?? "exile")
    .replaceAll("{origin}", COUNTRY[c.origin] ?? c.origin)
    .replaceAll("{host}", COUNTRY[c.host] ?? c.host)
    .replaceAll("{city}", c.city)
    .replaceAll("{period}", c.period)
    .replace(/\b([Aa]) (?=[aeiou])/g, "$1n ");
}

/** The text block of a tactic (throws on a tactic without text). */
function textOf(tactic: string): TacticText {
  const t = T[tactic];
  if (!t) throw new Error(`no demo text for tactic ${tactic}`);
  return t;
}

/** The "[Demo] …" title of a fictional incident whose primary tactic is given. */
export function demoTitle(c: FictionalCase, tactic: string): string {
  return `[Demo] ${fill(textOf(tactic).title, c)}`;
}

/** The public summary of a fictional incident: marked as fictional, no identifying detail. */
export function demoPublicSummary(c: FictionalCase, tactic: string): string {
  return `Fictional demo case. ${fill(textOf(tactic).summary, c)} All details are invented for the demo.`;
}

/** The internal (protected) description of an act with the given tactic. */
export function demoActDescription(tactic: string): string {
  return `${textOf(tactic).act} (demo)`;
}

/** The public sentence describing what happened, reused in claim summaries. */
export function demoClaim(c: FictionalCase, tactic: string): string {
  return fill(textOf(tactic).summary, c);
}
