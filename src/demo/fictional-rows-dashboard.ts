/**
 * Extra fictional cases (appended to the rows of fictional-blocks.ts) that give the public
 * dashboard something to show: verified incidents in four host states with five or more in
 * each published cell, plus a few cases the suppression rule must withhold (two host states with
 * fewer than five incidents each, a single identified suspect). Same row format; every person,
 * place and number in them is invented like the rest of the fictional cases. "-" as complaints
 * means the person filed none.
 */
// Owned by the demo editors' organisation: only the owning NGO's editors may publish a case.
// Cases 44 and 45 are cited by the demo news item (demo-short-documents.ts): keep them in place.
export const DASHBOARD_ROWS = [
  // Georgia 2019: threats in the street, complaints unanswered or refused.
  "AZ|GE|Tbilisi|opposition_activist|refugee|2019-05-22|exact|physical_intimidation,stalking|police:NR|-|-|verified|sensitive",
  "AZ|GE|Batumi|blogger|temporary_residence|2019-08-06|month|home_intrusion|police:REFUSED|-|-|verified|sensitive",
  "AZ|GE|Tbilisi|human_rights_defender|temporary_residence|2019-10-14|exact|physical_surveillance|police:NR|-|-|verified|normal",
  "AZ|GE|Tbilisi|journalist|temporary_residence|2019-12-03|exact|stalking|police:REFUSED|-|-|verified|sensitive",
  "AZ|GE|Tbilisi|lawyer|temporary_residence|2019-03-11|exact|embassy_approach|prosecutor:NR2|-|-|verified|sensitive",
  // Georgia 2023: digital threats; investigations opened, one suspect identified (case 45).
  "AZ|GE|Tbilisi|opposition_activist|refugee|2023-10-02|exact|spyware|prosecutor:INV_SUSP|-|-|verified|sensitive",
  "AZ|GE|Tbilisi|blogger|temporary_residence|2023-07-19|month|relative_questioned_threatened|police:CLOSED|-|-|verified|sensitive",
  "RU|GE|Tbilisi|journalist|visa_free_stay|2023-09-26|month|online_threats|police:CLOSED|-|-|verified|normal",
  "AZ|GE|Tbilisi|journalist|temporary_residence|2023-02-13|exact|phishing,account_compromise|police:INV_SUSP|-|-|verified|normal",
  "AZ|GE|Tbilisi|human_rights_defender|asylum_seeker|2023-05-08|exact|online_threats,doxxing|police:IDENT|-|-|verified|sensitive",
  "AZ|GE|Batumi|blogger|temporary_residence|2023-11-21|exact|smear_campaign,impersonation|police:VICTIM_REF|-|-|verified|normal",
  // Georgia 2016: refusals by the host state; nobody filed a complaint.
  "AZ|GE|Tbilisi|journalist|asylum_seeker|2016-03-15|month|asylum_refused|-|asylum:ASYLUM_REFUSED|-|verified|sensitive",
  "AZ|GE|Tbilisi|opposition_activist|temporary_residence|2016-06-07|exact|residence_permit_refused|-|residence_permit:PERMIT_REFUSED|-|verified|sensitive",
  "AZ|GE|Batumi|blogger|visa_free_stay|2016-09-20|exact|entry_refused|-|entry_ban:ENTRY_BAN|-|verified|normal",
  "AZ|GE|Tbilisi|human_rights_defender|temporary_residence|2016-11-02|month|extradition_request|-|-|-|verified|sensitive",
  // Georgia 2017: assaults; investigations opened, then suspended or closed.
  "AZ|GE|Tbilisi|journalist|temporary_residence|2017-02-16|exact|assault|police:INV_SUSP|-|-|verified|highly_sensitive",
  "AZ|GE|Tbilisi|opposition_activist|refugee|2017-04-25|exact|assault,property_damage|police:CLOSED|-|-|verified|highly_sensitive",
  "AZ|GE|Batumi|blogger|temporary_residence|2017-08-09|exact|assault|police:VICTIM_REF|-|-|verified|sensitive",
  "AZ|GE|Tbilisi|human_rights_defender|temporary_residence|2017-10-30|exact|assault,stalking|police:INV_SUSP|-|-|verified|highly_sensitive",
  // Georgia 2021: residence, asylum and entry refused; appeals registered.
  "AZ|GE|Tbilisi|journalist|asylum_seeker|2021-02-09|exact|asylum_refused|appeal:REG|asylum:ASYLUM_REFUSED|-|verified|sensitive",
  "AZ|GE|Tbilisi|opposition_activist|temporary_residence|2021-04-27|exact|residence_permit_refused|ombudsman:ACK|residence_permit:PERMIT_REFUSED|-|verified|sensitive",
  "AZ|GE|Tbilisi|blogger|visa_free_stay|2021-06-18|exact|entry_refused|appeal:ACK|entry_ban:ENTRY_BAN|-|verified|normal",
  "AZ|GE|Tbilisi|journalist|temporary_residence|2021-09-30|exact|extradition_request,interpol_notice|echr39:PROT_OK|extradition:EXTR_REFUSED|-|verified|highly_sensitive",
  "AZ|GE|Batumi|human_rights_defender|temporary_residence|2021-11-16|exact|residence_permit_refused|ombudsman:ACK|residence_permit:PERMIT_REFUSED|-|verified|sensitive",
  // Georgia 2024: assaults; investigations opened, nobody identified.
  "AZ|GE|Tbilisi|journalist|temporary_residence|2024-03-21|exact|assault|police:INV_SUSP|-|-|verified|highly_sensitive",
  "AZ|GE|Batumi|blogger|temporary_residence|2024-07-09|exact|assault,physical_intimidation|police:CLOSED|-|-|verified|sensitive",
  "AZ|GE|Tbilisi|human_rights_defender|temporary_residence|2024-01-29|exact|assault|police:VICTIM_REF|-|-|verified|highly_sensitive",
  "AZ|GE|Tbilisi|opposition_activist|refugee|2024-05-14|exact|assault,property_damage|police:NO_CRIME|-|-|verified|sensitive",
  "AZ|GE|Tbilisi|lawyer|temporary_residence|2024-10-08|exact|assault|police:INV_SUSP|-|-|verified|highly_sensitive",
  // Türkiye 2019: detention and deportation; appeals unanswered.
  "AZ|TR|Istanbul|journalist|temporary_residence|2019-04-16|exact|host_arrest_detention|appeal:NR|-|-|verified|sensitive",
  "IR|TR|Istanbul|journalist|asylum_seeker|2019-06-25|exact|unlawful_deportation|un:NR|deportation:DEPORTATION|-|verified|highly_sensitive",
  "TM|TR|Istanbul|human_rights_defender|irregular|2019-11-12|exact|host_arrest_detention|appeal:NR|-|-|verified|sensitive",
  "AZ|TR|Ankara|blogger|temporary_residence|2019-02-05|month|host_arrest_detention,extradition_request|appeal:NR2|-|-|verified|highly_sensitive",
  "TJ|TR|Istanbul|opposition_activist|temporary_residence|2019-09-17|exact|unlawful_deportation|un:NR|deportation:DEPORTATION|-|verified|highly_sensitive",
  // Türkiye 2021: passports cancelled and consular services refused.
  "AZ|TR|Ankara|blogger|temporary_residence|2021-03-03|month|passport_cancelled|publicity:PUB|-|-|verified|normal",
  "AZ|TR|Istanbul|journalist|temporary_residence|2021-05-11|exact|passport_cancelled,consular_service_refused|publicity:PUB|-|-|verified|normal",
  "TM|TR|Istanbul|opposition_activist|irregular|2021-07-20|month|consular_service_refused|un:NR|-|-|verified|sensitive",
  "AZ|TR|Istanbul|human_rights_defender|temporary_residence|2021-10-04|exact|passport_cancelled|ombudsman:NR|-|-|verified|normal",
  "AZ|TR|Ankara|opposition_activist|temporary_residence|2021-12-13|exact|consular_service_refused|publicity:PUB|-|-|verified|normal",
  // Türkiye 2023: assaults; complaints registered.
  "AZ|TR|Istanbul|journalist|temporary_residence|2023-02-21|exact|assault|police:REG|-|-|verified|sensitive",
  "AZ|TR|Istanbul|opposition_activist|temporary_residence|2023-06-12|exact|assault,physical_intimidation|police:REG_NR|-|-|verified|highly_sensitive",
  "AZ|TR|Ankara|blogger|asylum_seeker|2023-10-05|month|abduction_rendition|police:REFUSED_REG|-|-|verified|highly_sensitive",
  "TJ|TR|Istanbul|human_rights_defender|temporary_residence|2023-04-18|exact|attempted_assassination|police:REG|-|-|verified|highly_sensitive",
  "AZ|TR|Istanbul|journalist|temporary_residence|2023-08-29|exact|assault|police:REG_NR|-|-|verified|sensitive",
  // Ukraine 2023: online threats and pressure on relatives; no answer.
  "AZ|UA|Kyiv|journalist|temporary_residence|2023-01-24|exact|online_threats,doxxing|police:NR|-|-|verified|sensitive",
  "AZ|UA|Kyiv|blogger|temporary_residence|2023-03-30|exact|phishing|police:NR|-|-|verified|normal",
  "AZ|UA|Odesa|opposition_activist|refugee|2023-06-08|month|relative_questioned_threatened|un:NR|-|-|verified|sensitive",
  "AZ|UA|Kyiv|human_rights_defender|temporary_residence|2023-08-22|exact|smear_campaign|publicity:PUB|-|-|verified|sensitive",
  "AZ|UA|Kyiv|journalist|refugee|2023-11-14|exact|online_threats|police:REFUSED|-|-|verified|normal",
  // Germany 2024: spyware, phishing and threats; complaints registered.
  "AZ|DE|Berlin|journalist|refugee|2024-01-15|exact|spyware|police:REG|-|-|verified|sensitive",
  "AZ|DE|Berlin|opposition_activist|refugee|2024-03-27|exact|online_threats|police:REG_NR|-|-|verified|sensitive",
  "AZ|DE|Cologne|blogger|refugee|2024-05-09|exact|phishing,account_compromise|police:REG|-|-|verified|normal",
  "AZ|DE|Berlin|human_rights_defender|refugee|2024-08-20|exact|relative_questioned_threatened|un:ACK|-|-|verified|sensitive",
  "AZ|DE|Cologne|journalist|refugee|2024-10-01|month|doxxing|police:REFUSED_REG|-|-|verified|normal",
  // Lithuania and France 2021: too few to publish per host state (withheld on the dashboard).
  "AZ|LT|Vilnius|journalist|refugee|2021-05-18|exact|online_threats|police:REG|-|-|verified|normal",
  "AZ|LT|Vilnius|opposition_activist|refugee|2021-09-07|exact|spyware|police:REG_NR|-|-|verified|sensitive",
  "AZ|FR|Paris|journalist|refugee|2021-03-23|exact|online_threats,doxxing|police:REG|-|-|verified|sensitive",
  "AZ|FR|Paris|blogger|refugee|2021-06-29|exact|phishing|police:REG_NR|-|-|verified|normal",
  "AZ|FR|Strasbourg|human_rights_defender|refugee|2021-11-10|month|relative_questioned_threatened|un:ACK|-|-|verified|sensitive",
] as const;

/** Index of the first dashboard case among all fictional cases. */
export const FIRST_DASHBOARD_CASE = 36;
