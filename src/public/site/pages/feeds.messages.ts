import { translator } from "../../../i18n/i18n.ts";
import type { Lang } from "../../../i18n/languages.ts";

const en = {
  "index.title": "News feeds",
  "index.lead":
    "A feed lets a feed reader tell you when something new is published here: no account, no e-mail address, nothing stored about you. Copy the address of a feed into your reader.",
  "index.all": "Everything, in every language",
  "index.language": "All publications in {language}",
  "index.by_category": "By topic",
  "index.by_type": "By type",
  "index.other_languages": "Feeds in other languages",
  "index.email": "Prefer e-mail? Subscribe to updates.",
  "feed.all": "{site}: all publications in every language",
  "feed.language": "{site}: publications",
  "feed.term": "{site}: {term}",
} as const;

/** A key of the feeds catalogue. */
export type FeedsKey = keyof typeof en;

const ka: Record<FeedsKey, string> = {
  "index.title": "სიახლეების არხები",
  "index.lead":
    "არხის საშუალებით თქვენი წამკითხველი პროგრამა გაცნობებთ, როცა აქ რამე ახალი გამოქვეყნდება: ანგარიში და ელფოსტის მისამართი არ გჭირდებათ და თქვენ შესახებ არაფერი ინახება. დააკოპირეთ არხის მისამართი თქვენს პროგრამაში.",
  "index.all": "ყველაფერი, ყველა ენაზე",
  "index.language": "ყველა პუბლიკაცია ({language})",
  "index.by_category": "თემის მიხედვით",
  "index.by_type": "ტიპის მიხედვით",
  "index.other_languages": "არხები სხვა ენებზე",
  "index.email": "გირჩევნიათ ელფოსტა? გამოიწერეთ სიახლეები.",
  "feed.all": "{site}: ყველა პუბლიკაცია ყველა ენაზე",
  "feed.language": "{site}: პუბლიკაციები",
  "feed.term": "{site}: {term}",
};

const az: Record<FeedsKey, string> = {
  "index.title": "Xəbər lentləri",
  "index.lead":
    "Lent sayəsində lent oxuyan proqramınız burada yeni bir şey dərc olunanda sizə xəbər verir: hesab və e-poçt ünvanı lazım deyil, sizin haqqınızda heç nə saxlanılmır. Lentin ünvanını proqramınıza köçürün.",
  "index.all": "Hər şey, bütün dillərdə",
  "index.language": "Bütün nəşrlər ({language})",
  "index.by_category": "Mövzuya görə",
  "index.by_type": "Növə görə",
  "index.other_languages": "Digər dillərdə lentlər",
  "index.email": "E-poçtu üstün tutursunuz? Yeniliklərə abunə olun.",
  "feed.all": "{site}: bütün dillərdə bütün nəşrlər",
  "feed.language": "{site}: nəşrlər",
  "feed.term": "{site}: {term}",
};

const ru: Record<FeedsKey, string> = {
  "index.title": "Ленты новостей",
  "index.lead":
    "Лента позволяет программе для чтения лент сообщать вам о новых публикациях: без учётной записи и адреса электронной почты, о вас ничего не сохраняется. Скопируйте адрес ленты в свою программу.",
  "index.all": "Всё, на всех языках",
  "index.language": "Все публикации ({language})",
  "index.by_category": "По теме",
  "index.by_type": "По типу",
  "index.other_languages": "Ленты на других языках",
  "index.email": "Удобнее по электронной почте? Подпишитесь на обновления.",
  "feed.all": "{site}: все публикации на всех языках",
  "feed.language": "{site}: публикации",
  "feed.term": "{site}: {term}",
};

/** The feeds' messages in the four languages. */
export const FEEDS_MESSAGES: Record<Lang, Record<FeedsKey, string>> = { en, ka, az, ru };

/** A feeds message with placeholders filled. */
export const ft = translator(FEEDS_MESSAGES).t;
