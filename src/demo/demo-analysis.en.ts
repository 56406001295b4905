import type { DemoTranslationText } from "./demo-analysis.ts";

/** The English original of the demo analytical document (facts of the 2017 report, own words). */
export const ANALYSIS_EN: DemoTranslationText = {
  title: "[Demo] No safe harbour next door: pressure on Azerbaijani exiles in Georgia",
  summary:
    "How the 2017 report documented pressure on Azerbaijani journalists and activists who had fled to Georgia, how the Georgian authorities answered, and why almost no complaint led to a perpetrator. Figures come from the demo data set.",
  body: `> **Demo content.** The six cases cited below were published under the victims' names in the 2017 report "Repression Beyond Borders". Every figure marked *live* is computed from the demo data set of this installation, most of which is fictional; it is not a statistic about the real world.

## Why exiles went to Georgia

From 2014 the Azerbaijani authorities moved against what remained of independent civil society. Dozens of human rights defenders, journalists and activists were jailed that year. Many were later freed, but the courts and prosecutors kept serving as tools of control, and at the time of the report local activists counted more than a hundred political prisoners.[^1] For people who feared they would be next, leaving the country was often the only way to keep working.

Georgia was the obvious first stop. It is next door, its rules on entry and stay were for years among the most open in the region, and Tbilisi hosts a lively community of non-governmental organisations. For a while it looked like a place where exiled reporters could keep publishing and activists could keep organising.

## A neighbour with strong ties to Baku

That safety rested on a fragile base. Georgia and Azerbaijan trade heavily, cooperate closely on security and share an interest in limiting Russian influence. The 2017 report notes that Azerbaijan had invested more than USD 2.1 billion in Georgia since 1997, that it supplied about 90 percent of Georgia's natural gas, and that in 2016 it accounted for around 35 percent of all foreign direct investment in the country.[^1] The Baku–Tbilisi–Ceyhan oil pipeline and the Baku–Tbilisi–Erzurum gas pipeline, both finished in 2006, and the planned Southern Gas Corridor, a USD 45 billion project meant to carry Azerbaijani gas across Georgia to Europe, bind the two governments even more tightly. The authors concluded that exiles faced a markedly higher risk from 2016 onwards.

## Six cases

**An abduction in Tbilisi.** The journalist [[incident:demo-pub-mukhtarli|Afgan Mukhtarli]] disappeared in Tbilisi in May 2017 and reappeared in custody in Baku, where he faced a string of charges his supporters called fabricated. He says that men in Georgian police uniforms who spoke Georgian seized him, beat him, drove him to the border and handed him over to Azerbaijani officers. Georgia opened an investigation into unlawful deprivation of liberty; in July 2017 the case was moved to the Chief Prosecutor's Office.[^2] The report asked for an effective investigation whose results would be made public. He was later sentenced to six years in prison.

**Refusals that left families without status.** His wife, the journalist [[incident:demo-pub-mustafayeva|Leyla Mustafayeva]], was refused a Georgian residence permit in 2016 on grounds of state security. Georgia's Public Defender later found that the security argument had not been substantiated and asked the agencies involved to remedy the decision.[^3] The opposition activist [[incident:demo-pub-aghalarli|Dashgin Aghalarli]], prosecuted at home on charges he rejects, had his application for refugee status turned down in October 2015.[^4] In April 2017 the musician and activist [[incident:demo-pub-jamal_ali|Jamal Ali]], who lives in exile in Germany, was stopped at Tbilisi airport and denied entry.

**Watched, followed and threatened.** The journalist [[incident:demo-pub-kazimova|Gulnur Kazimova]] and the activist [[incident:demo-pub-isgenderli|Vidadi Isgenderli]] described being watched, followed, harassed and threatened by people they took to be working for the Azerbaijani state. The report records the same pattern for Leyla Mustafayeva, Dashgin Aghalarli and other exiles, and at least one physical attack. One exile also said that the Georgian authorities themselves had kept them under surveillance.[^1]

## The pattern

Read together, the cases show two kinds of pressure working side by side. The first comes from the country of origin: surveillance, threats and, in the most serious case, a cross-border abduction. The second comes from the host state's own decisions: residence permits, asylum and entry refused on security grounds that the person concerned cannot see or answer. Each refusal on its own can look like routine migration practice. Together they tell exiles that Georgia is no longer a safe place to stay, which is exactly what the pressure from Baku aims at.

The platform counts such cases the same way in every host state. In the demo data set, *live*: {{figure incidents host=GE since=2016}} verified incidents in Georgia since 2016 are published, {{figure countable host=GE}} of them meet the physical-incident rule that Freedom House uses, and {{figure incidents}} verified incidents are published in all host states together.[^5]

## The accountability gap

The most striking finding of the 2017 report is what did not happen. Its authors could not find a single case in which a complaint by an Azerbaijani exile in Georgia led to the identification of a perpetrator, let alone an arrest.[^1] Complaints were registered and investigations opened, and then nothing followed that the victims could see.

The platform follows every complaint through the stages of the authorities' response: reported, registered, investigation opened, perpetrator identified, charged, convicted. In the demo data set, *live*: complaints about {{figure reached stage=investigation_opened host=GE}} incidents in Georgia reached an opened investigation, and about {{figure reached stage=perpetrator_identified host=GE}} a perpetrator was identified.[^5] Where a number is replaced by a note that it is withheld, the count is too small to publish safely: exile communities are small, and a small number can point to a person.

## What should change

The 2017 report and the cases since then suggest a short list of steps for the Georgian authorities:

1. Conclude the investigation into the abduction of Afgan Mukhtarli and publish its findings.
2. Investigate complaints of surveillance, threats and attacks against exiles effectively, and tell the victims what was done.
3. Give reasons for refusals of residence, asylum and entry that the person can challenge in court, instead of unexplained references to state security.
4. Keep security cooperation with Azerbaijan from being used against people who fled persecution there.

International partners of both countries, and the organisations that document these cases, should keep asking whether those steps have been taken.

[^1]: International Partnership for Human Rights (IPHR), Freedom Now and the Human Rights Education and Monitoring Center (EMC, now Social Justice Center), *Repression Beyond Borders: Exiled Azerbaijanis in Georgia*, 2017. https://socialjustice.org.ge/en/products/represia-sazghvrebs-mighma-azerbaijanidan-devnili-mokalakeebi-sakartveloshi
[^2]: Civil Georgia, 20 July 2017, on the transfer of the Mukhtarli case to the Chief Prosecutor's Office. https://old.civil.ge/eng/_print.php?id=30286
[^3]: Public Defender of Georgia, December 2017, recommendation on a refused residence permit. https://www.ombudsman.ge/eng/akhali-ambebi/public-defender-requests-elimination-of-errors-detected-in-issuance-of-residence-permit
[^4]: Human Rights Center (Tbilisi), December 2015, on the refused refugee status of an Azerbaijani opposition member. http://humanrights.ge/index.php?a=main&pid=18561&lang=eng
[^5]: Demo data set of this installation (live figures, computed when the document was published). Most incidents in it are fictional; counts below the publication threshold are withheld.
`,
};
