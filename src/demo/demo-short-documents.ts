import type { DemoPublishedDocument } from "./demo-analysis.ts";
import { demoId } from "./demo-ids.ts";
import { publicIncidentId } from "./public-case-ids.ts";

const DEMO_NOTE_EN = "> **Demo content.** Cases marked as fictional are invented for the demo.";

/** A statement on refusals of residence, asylum and entry (English original, Russian). */
const STATEMENT: DemoPublishedDocument = {
  key: "statement-security-refusals",
  owner: "demo_rights_centre",
  slug: "demo-statement-give-reasons-for-security-refusals",
  type: "statement",
  categories: ["migration_and_asylum", "rule_of_law"],
  coAuthors: ["demo_rights_centre", "demo_caucasus_monitor"],
  cited: [
    publicIncidentId("mustafayeva"),
    publicIncidentId("aghalarli"),
    publicIncidentId("jamal_ali"),
  ],
  publishedOn: "2026-11",
  translations: [
    [
      "en",
      {
        title: "[Demo] Statement: a refusal on security grounds must come with reasons",
        summary:
          "Demo statement: exiles refused residence, asylum or entry on unexplained security grounds cannot defend themselves.",
        body: `${DEMO_NOTE_EN}

A refusal that cites "state security" and nothing else leaves the person concerned with no case to answer and no way to appeal in substance. The 2017 report described such refusals for the journalist [[incident:demo-pub-mustafayeva|Leyla Mustafayeva]], the activist [[incident:demo-pub-aghalarli|Dashgin Aghalarli]] and the musician [[incident:demo-pub-jamal_ali|Jamal Ali]].[^1]

We ask the migration authorities to state the facts behind every such decision, at least to the person's lawyer, and the courts to examine them.

[^1]: IPHR, Freedom Now and EMC, *Repression Beyond Borders: Exiled Azerbaijanis in Georgia*, 2017.
`,
      },
    ],
    [
      "ru",
      {
        title: "[Демо] Заявление: отказ по соображениям безопасности должен быть обоснован",
        summary:
          "Демонстрационное заявление: эмигранты, получившие необъяснённый отказ в проживании, убежище или въезде, не могут защитить себя.",
        body: `> **Демонстрационный материал.** Случаи, отмеченные как вымышленные, придуманы для демо.

Отказ, в котором нет ничего, кроме ссылки на «государственную безопасность», не оставляет человеку ни довода, на который можно ответить, ни реальной возможности обжалования. Доклад 2017 года описал такие отказы журналистке [[incident:demo-pub-mustafayeva|Лейле Мустафаевой]], активисту [[incident:demo-pub-aghalarli|Дашгыну Агаларлы]] и музыканту [[incident:demo-pub-jamal_ali|Джамалу Али]].[^1]

Мы просим миграционные органы называть факты, на которых основано каждое такое решение, хотя бы адвокату заявителя, а суды — проверять их.

[^1]: IPHR, Freedom Now и EMC, *Repression Beyond Borders: Exiled Azerbaijanis in Georgia*, 2017.
`,
      },
    ],
  ],
};

/** A news item on digital attacks in the demo data (English original, Georgian, Azerbaijani). */
const NEWS: DemoPublishedDocument = {
  key: "news-digital-pressure",
  owner: "demo_rights_centre",
  slug: "demo-news-digital-pressure-on-exiles-in-georgia",
  type: "news",
  categories: ["freedom_of_expression"],
  coAuthors: ["demo_rights_centre", "demo_exile_network"],
  cited: [demoId("incident:f44"), demoId("incident:f45")],
  publishedOn: "2026-11",
  translations: [
    [
      "en",
      {
        title: "[Demo] News: phishing and doxxing reach exiles in Georgia",
        summary: "Demo news item on two fictional cases of digital pressure.",
        body: `${DEMO_NOTE_EN}

Two new fictional cases in the demo data show how pressure moves online: a [[incident:demo-f44|journalist's accounts taken over after a phishing message]] and a [[incident:demo-f45|human rights defender threatened and doxxed]]. In the second case the police identified a suspect, a rare outcome.[^1]

[^1]: Demo data set; both cases are fictional.
`,
      },
    ],
    [
      "ka",
      {
        title:
          "[დემო] სიახლე: ფიშინგი და პირადი მონაცემების გავრცელება საქართველოში მყოფ ემიგრანტებს სწვდება",
        summary: "სადემონსტრაციო სიახლე ციფრული ზეწოლის ორ გამოგონილ საქმეზე.",
        body: `> **სადემონსტრაციო შინაარსი.** გამოგონილად მონიშნული საქმეები დემოსთვისაა შექმნილი.

ორი ახალი გამოგონილი საქმე აჩვენებს, როგორ გადადის ზეწოლა ონლაინ სივრცეში: [[incident:demo-f44|ჟურნალისტის ანგარიშები ფიშინგის შემდეგ ხელში ჩაიგდეს]], ხოლო [[incident:demo-f45|უფლებადამცველს ემუქრებოდნენ და მისი პირადი მონაცემები გაავრცელეს]]. მეორე საქმეში პოლიციამ ეჭვმიტანილი დაადგინა, რაც იშვიათი შედეგია.[^1]

[^1]: სადემონსტრაციო მონაცემები; ორივე საქმე გამოგონილია.
`,
      },
    ],
    [
      "az",
      {
        title:
          "[Demo] Xəbər: fişinq və şəxsi məlumatların yayılması Gürcüstandakı mühacirlərə çatır",
        summary: "Rəqəmsal təzyiqin iki uydurma işi haqqında nümayiş xəbəri.",
        body: `> **Nümayiş məzmunu.** Uydurma kimi qeyd olunan işlər nümayiş üçün hazırlanıb.

Nümayiş məlumatlarındakı iki yeni uydurma iş təzyiqin onlayna necə keçdiyini göstərir: [[incident:demo-f44|fişinq mesajından sonra jurnalistin hesabları ələ keçirilib]], [[incident:demo-f45|hüquq müdafiəçisi hədələnib və şəxsi məlumatları yayılıb]]. İkinci işdə polis şübhəlini müəyyənləşdirib — bu, nadir nəticədir.[^1]

[^1]: Nümayiş məlumat dəsti; hər iki iş uydurmadır.
`,
      },
    ],
  ],
};

/** The short demo documents published by the demo publishing step. */
export const SHORT_DOCUMENTS: DemoPublishedDocument[] = [STATEMENT, NEWS];
