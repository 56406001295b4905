/**
 * ISO 3166-1 alpha-2 → numeric codes (as world-atlas/Natural Earth ids, zero-padded), for the
 * states that occur as origin or host states: Europe, the Caucasus, Central Asia, the Middle
 * East, and the few distant hosts where exiles from the region live. Kosovo has no ISO numeric
 * code (and no id in Natural Earth), so it is matched by name instead.
 */
// prettier-ignore
export const ISO_NUMERIC: Readonly<Record<string, string>> = {
  // Caucasus and Central Asia
  GE: "268", AM: "051", AZ: "031", KZ: "398", KG: "417", TJ: "762", TM: "795", UZ: "860", AF: "004",
  // Eastern Europe
  RU: "643", BY: "112", UA: "804", MD: "498", RO: "642", BG: "100", PL: "616", LT: "440",
  LV: "428", EE: "233", FI: "246", HU: "348", SK: "703", CZ: "203",
  // Western, Northern and Southern Europe
  DE: "276", AT: "040", CH: "756", LI: "438", FR: "250", BE: "056", NL: "528", LU: "442",
  MC: "492", AD: "020", ES: "724", PT: "620", IT: "380", SM: "674", VA: "336", MT: "470",
  GB: "826", IE: "372", IS: "352", NO: "578", SE: "752", DK: "208",
  SI: "705", HR: "191", BA: "070", RS: "688", ME: "499", MK: "807", AL: "008", GR: "300", CY: "196",
  // Middle East and neighbours
  TR: "792", IR: "364", IQ: "368", SY: "760", LB: "422", IL: "376", PS: "275", JO: "400",
  SA: "682", KW: "414", BH: "048", QA: "634", AE: "784", OM: "512", YE: "887", EG: "818",
  // Further hosts and origins
  CN: "156", MN: "496", PK: "586", IN: "356", TH: "764", MY: "458", ID: "360",
  US: "840", CA: "124", AU: "036",
};

/** Natural Earth names for the features that carry no numeric id but are drawn on their own. */
export const NAME_ONLY: Readonly<Record<string, string>> = { XK: "Kosovo" };
