import type { DemoSet } from "./demo-record.ts";
import { FICTIONAL_CASES } from "./fictional-blocks.ts";
import { orgId, type OrgKey } from "./organisations.ts";
import { publicIncidentId } from "./public-case-ids.ts";

/** The id of the incident of fictional case n. */
function fictional(n: number): string {
  return FICTIONAL_CASES[n]?.incidentId ?? "";
}

const REPORT_EN =
  'IPHR, Freedom Now and EMC, "Repression Beyond Borders: Exiled Azerbaijanis in Georgia", 2017.';

interface Translation {
  language: string;
  status: string;
  title: string;
  summary: string;
  body: string;
}

interface DemoDocument {
  key: string;
  owner: OrgKey;
  slug: string;
  type: string;
  categories: string[];
  coAuthors: OrgKey[];
  cited: string[];
  status: string;
  publishedOn: string | null;
  translations: Translation[];
}

const DEMO_MEMBERS: OrgKey[] = [
  "demo_rights_centre",
  "demo_exile_network",
  "demo_caucasus_monitor",
];

const DOCUMENTS: DemoDocument[] = [
  {
    key: "accountability-gap",
    owner: "demo_rights_centre",
    slug: "demo-beyond-the-border-accountability-gap",
    type: "analytical_document",
    categories: ["ethnic_minorities", "transnational_repression"],
    coAuthors: DEMO_MEMBERS,
    cited: [
      publicIncidentId("mukhtarli"),
      fictional(0),
      fictional(4),
      fictional(15),
      fictional(23),
      fictional(29),
    ],
    status: "published",
    publishedOn: "2025-11",
    translations: [
      {
        language: "en",
        status: "original",
        title: "[Demo] Beyond the border: the accountability gap in complaints by exiles",
        summary:
          "Demo analytical document built on fictional data and on the public case of Afgan Mukhtarli. It shows how the platform follows complaints from filing to outcome.",
        body: `> **Demo content.** Apart from the public case of Afgan Mukhtarli, every case cited here is fictional.

## Summary

Exiles who report threats to the police of their host state rarely learn who was behind them. In the demo data set most complaints stop at registration or receive no answer at all.[^1]

## The funnel

Only a few of the complaints recorded in the demo reached the identification of a suspect, and a single one led to charges.[^2] The platform computes these figures live from the complaint histories.

## A public case

The abduction of the journalist Afgan Mukhtarli in Tbilisi in May 2017 remains the reference case: an investigation was opened the next day, yet no perpetrator had been identified when the 2017 report came out.[^3]

[^1]: Demo data set, fictional complaints, counted by the furthest stage reached.
[^2]: Demo data set; counts this small are suppressed on a real public site.
[^3]: ${REPORT_EN}
`,
      },
      {
        language: "ka",
        status: "reviewed",
        title: "[დემო] საზღვრის მიღმა: ანგარიშვალდებულების ხარვეზი დევნილთა საჩივრებში",
        summary:
          "სადემონსტრაციო ანალიტიკური დოკუმენტი, რომელიც ეყრდნობა გამოგონილ მონაცემებს და აფგან მუხთარლის საჯარო საქმეს.",
        body: `> **სადემონსტრაციო შინაარსი.** აფგან მუხთარლის საჯარო საქმის გარდა, აქ მოხსენიებული ყველა საქმე გამოგონილია.

## შეჯამება

დევნილები, რომლებიც მუქარის შესახებ მასპინძელი ქვეყნის პოლიციას მიმართავენ, იშვიათად იგებენ, ვინ დგას მის უკან. სადემონსტრაციო მონაცემებში საჩივრების უმეტესობა რეგისტრაციის ეტაპზე ჩერდება ან პასუხს საერთოდ ვერ იღებს.[^1]

## საჯარო საქმე

ჟურნალისტ აფგან მუხთარლის გატაცება თბილისში 2017 წლის მაისში კვლავ ამოსავალ საქმედ რჩება: გამოძიება მეორე დღესვე დაიწყო, თუმცა 2017 წლის ანგარიშის გამოქვეყნებისას დამნაშავე იდენტიფიცირებული არ იყო.[^2]

[^1]: სადემონსტრაციო მონაცემები, გამოგონილი საჩივრები.
[^2]: IPHR, Freedom Now და EMC, „რეპრესია საზღვრებს მიღმა: აზერბაიჯანიდან დევნილი მოქალაქეები საქართველოში“, 2017.
`,
      },
      {
        language: "az",
        status: "draft",
        title: "[Demo] Sərhədin o tayında: mühacirlərin şikayətlərində hesabatlılıq boşluğu",
        summary:
          "Nümayiş məqsədli analitik sənəd: uydurma məlumatlara və Əfqan Muxtarlının ictimai işinə əsaslanır.",
        body: `> **Nümayiş məzmunu.** Əfqan Muxtarlının ictimai işindən başqa, burada adı çəkilən bütün işlər uydurmadır.

## Xülasə

Qəbul edən ölkənin polisinə təhdidlər barədə müraciət edən mühacirlər onların arxasında kimin dayandığını nadir hallarda öyrənirlər.[^1]

[^1]: Nümayiş məlumat dəsti, uydurma şikayətlər.
`,
      },
    ],
  },
  {
    key: "residence-statement",
    owner: "demo_caucasus_monitor",
    slug: "demo-statement-residence-permit-refusals",
    type: "statement",
    categories: ["migration_and_asylum", "rule_of_law"],
    coAuthors: ["demo_caucasus_monitor", "demo_rights_centre"],
    cited: [
      publicIncidentId("mustafayeva"),
      publicIncidentId("aghalarli"),
      fictional(11),
      fictional(10),
    ],
    status: "in_review",
    publishedOn: null,
    translations: [
      {
        language: "en",
        status: "original",
        title:
          "[Demo] Statement: stop refusing residence to exiles on unexplained security grounds",
        summary:
          "Demo statement on refusals of residence permits and asylum that cite state security without reasons.",
        body: `> **Demo content.** The fictional cases cited are invented for the demo.

Refusals that cite "state security" without reasons leave exiles unable to answer the case against them.[^1] The refusal of a residence permit to the journalist Leyla Mustafayeva in 2016 is a documented example.[^2]

We call on the authorities to give reasons that can be challenged in court.

[^1]: Demo data set, fictional refusals of residence and asylum.
[^2]: ${REPORT_EN}
`,
      },
      {
        language: "ru",
        status: "draft",
        title:
          "[Демо] Заявление: прекратить отказы в проживании эмигрантам по необъяснённым соображениям безопасности",
        summary:
          "Демонстрационное заявление об отказах в виде на жительство и убежище со ссылкой на безопасность без объяснения причин.",
        body: `> **Демонстрационный материал.** Упомянутые вымышленные случаи придуманы для демо.

Отказы со ссылкой на «государственную безопасность» без объяснения причин лишают эмигрантов возможности возразить.[^1]

[^1]: Демонстрационный набор данных, вымышленные отказы.
`,
      },
    ],
  },
  {
    key: "digital-update",
    owner: "demo_exile_network",
    slug: "demo-news-digital-attacks-on-exiled-journalists",
    type: "news",
    categories: ["freedom_of_expression", "transnational_repression"],
    coAuthors: ["demo_exile_network"],
    cited: [fictional(3), fictional(13), fictional(21), fictional(30)],
    status: "draft",
    publishedOn: null,
    translations: [
      {
        language: "en",
        status: "original",
        title: "[Demo] Monitoring update: digital attacks on exiled journalists",
        summary:
          "Demo news item on phishing, account takeovers, spyware and DDoS in the fictional data set.",
        body: `> **Demo content.** All cases are fictional.

Digital attacks are the most frequent and least counted form of pressure on exiles.[^1] In the demo data set they range from phishing to spyware confirmed by a forensic check.

[^1]: Demo data set, tactics of the digital threats group.
`,
      },
    ],
  },
  {
    key: "annual-report",
    owner: "demo_rights_centre",
    slug: "demo-annual-accountability-report-2025",
    type: "report",
    categories: ["transnational_repression", "rule_of_law"],
    coAuthors: DEMO_MEMBERS,
    cited: [
      publicIncidentId("mukhtarli"),
      publicIncidentId("kazimova"),
      fictional(7),
      fictional(13),
      fictional(33),
    ],
    status: "approved",
    publishedOn: null,
    translations: [
      {
        language: "en",
        status: "original",
        title: "[Demo] Annual accountability report 2025",
        summary:
          "Demo report on how host-state authorities answered complaints by exiles in the demo data set.",
        body: `> **Demo content.** Figures come from the fictional demo data set.

## Complaints and answers

For each complaint the platform keeps every answer of the authorities with its date, so the time without a response can be measured.[^1]

[^1]: Demo data set, intervention histories.
`,
      },
      {
        language: "ka",
        status: "draft",
        title: "[დემო] ანგარიშვალდებულების წლიური ანგარიში 2025",
        summary:
          "სადემონსტრაციო ანგარიში იმის შესახებ, თუ როგორ პასუხობენ ხელისუფლების ორგანოები დევნილთა საჩივრებს.",
        body: `> **სადემონსტრაციო შინაარსი.** მონაცემები გამოგონილია.

## საჩივრები და პასუხები

თითოეული საჩივრისთვის პლატფორმა ინახავს ხელისუფლების ყოველ პასუხს თარიღთან ერთად.[^1]

[^1]: სადემონსტრაციო მონაცემები.
`,
      },
    ],
  },
];

/** Adds the four demo documents, their translations and the publication record of the published one. */
export function buildDemoDocuments(set: DemoSet): void {
  for (const d of DOCUMENTS) {
    const owner = orgId(d.owner);
    const documentId = set.add(
      "document",
      d.key,
      {
        slug: d.slug,
        document_type: d.type,
        categories: d.categories,
        co_author_ids: d.coAuthors.map(orgId),
        cited_incident_ids: d.cited,
        status: d.status,
        original_language: "en",
        published_on: d.publishedOn,
      },
      owner,
    );
    for (const t of d.translations) {
      set.add(
        "document_translation",
        `${d.key}:${t.language}`,
        {
          document_id: documentId,
          language: t.language,
          title: t.title,
          summary: t.summary,
          body_markdown: t.body,
          translation_status: t.status,
        },
        owner,
      );
    }
    if (d.status === "published") {
      set.add(
        "publication_record",
        d.key,
        {
          record_type: "document",
          record_id: documentId,
          record_version: 1,
          requested_by: "demo-editor-1",
          approved_by: "demo-editor-2",
          approved_at: "2025-11-20T10:00:00.000Z",
          published_at: "2025-11-20T10:05:00.000Z",
          withdrawn_at: null,
          withdrawal_reason: null,
        },
        owner,
      );
    }
  }
}
