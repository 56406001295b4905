/**
 * Extra fictional cases (appended to the rows of fictional-blocks.ts) that give the public
 * dashboard something to show: verified incidents, mostly in Georgia, grouped in a few years so
 * that some cells reach the suppression threshold and others stay withheld. Same row format;
 * every person, place and number in them is invented like the rest of the fictional cases.
 */
// Owned by the demo editors' organisation: only the owning NGO's editors may publish a case.
export const DASHBOARD_ROWS = [
  "AZ|GE|Tbilisi|journalist|temporary_residence|2019-03-11|exact|assault|police:INV_SUSP|-|-|verified|sensitive",
  "AZ|GE|Tbilisi|opposition_activist|refugee|2019-05-22|exact|physical_intimidation,stalking|police:CLOSED|-|-|verified|sensitive",
  "AZ|GE|Batumi|blogger|temporary_residence|2019-08-06|month|home_intrusion|police:REG_NR|-|-|verified|sensitive",
  "AZ|GE|Tbilisi|human_rights_defender|temporary_residence|2019-10-14|exact|physical_surveillance|police:NR|-|-|verified|normal",
  "AZ|GE|Tbilisi|journalist|asylum_seeker|2021-02-09|exact|asylum_refused|appeal:NR|asylum:ASYLUM_REFUSED|-|verified|sensitive",
  "AZ|GE|Tbilisi|opposition_activist|temporary_residence|2021-04-27|exact|residence_permit_refused|ombudsman:ACK|residence_permit:PERMIT_REFUSED|-|verified|sensitive",
  "AZ|GE|Tbilisi|blogger|visa_free_stay|2021-06-18|exact|entry_refused|appeal:NR|entry_ban:ENTRY_BAN|-|verified|normal",
  "AZ|GE|Tbilisi|journalist|temporary_residence|2021-09-30|exact|host_arrest_detention,extradition_request|echr39:PROT_OK|extradition:EXTR_REFUSED|-|verified|highly_sensitive",
  "AZ|GE|Tbilisi|journalist|temporary_residence|2023-02-13|exact|phishing,account_compromise|police:REG|-|-|verified|normal",
  "AZ|GE|Tbilisi|human_rights_defender|asylum_seeker|2023-05-08|exact|online_threats,doxxing|police:IDENT|-|-|verified|sensitive",
  "AZ|GE|Tbilisi|blogger|temporary_residence|2023-07-19|month|relative_questioned_threatened|un:ACK|-|-|verified|sensitive",
  "AZ|GE|Tbilisi|opposition_activist|refugee|2023-10-02|exact|spyware|prosecutor:INV_SUSP|-|-|verified|sensitive",
  "AZ|GE|Tbilisi|journalist|temporary_residence|2024-03-21|exact|assault|police:IDENT|-|-|verified|highly_sensitive",
  "AZ|GE|Batumi|blogger|temporary_residence|2024-07-09|exact|physical_intimidation|police:NR|-|-|verified|sensitive",
  "AZ|GE|Tbilisi|lawyer|temporary_residence|2024-11-04|exact|embassy_approach|prosecutor:NR2|-|-|verified|sensitive",
  "AZ|GE|Tbilisi|journalist|temporary_residence|2019-12-03|exact|stalking|police:REFUSED|-|-|verified|sensitive",
  "AZ|GE|Tbilisi|opposition_activist|temporary_residence|2021-11-16|exact|assault,property_damage|police:IDENT|-|-|verified|highly_sensitive",
  "RU|GE|Tbilisi|journalist|visa_free_stay|2023-09-26|month|online_threats|police:NR|-|-|verified|normal",
  "AZ|TR|Istanbul|journalist|temporary_residence|2019-04-16|exact|host_arrest_detention|appeal:REG|-|-|verified|sensitive",
  "TJ|TR|Istanbul|opposition_activist|temporary_residence|2019-06-25|exact|abduction_rendition|police:NR|-|-|verified|highly_sensitive",
  "TM|TR|Istanbul|human_rights_defender|irregular|2019-11-12|exact|assault|police:CLOSED|-|-|verified|sensitive",
  "AZ|TR|Ankara|blogger|temporary_residence|2021-03-03|month|passport_cancelled|publicity:PUB|-|-|verified|normal",
  "IR|TR|Istanbul|journalist|asylum_seeker|2021-08-17|exact|unlawful_deportation|un:NR|deportation:DEPORTATION|-|verified|highly_sensitive",
] as const;

/** Index of the first dashboard case among all fictional cases. */
export const FIRST_DASHBOARD_CASE = 36;
