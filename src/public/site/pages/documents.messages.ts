import { translator } from "../../../i18n/i18n.ts";
import type { Lang } from "../../../i18n/languages.ts";

// Quotation marks differ per language, so each catalogue carries its own around {q}.
const en = {
  "list.title": "Publications",
  "list.lead":
    "Analyses, reports, statements and news, each in the languages it has been published in.",
  "list.count": "one:{n} document|other:{n} documents",
  "list.empty": "Nothing has been published here yet.",
  "list.browse": "Browse publications",
  "list.by_category": "By topic",
  "list.by_type": "By type",
  "list.all": "All publications",
  "list.not_translated": "Not yet available in {language}. Read it in:",
  "list.published": "Published {date}",
  "search.label": "Search publications",
  "search.hint": "Finds words in the titles, summaries and full texts in {language}.",
  "search.hint_live": "The search runs on the live site: {url}",
  "search.button": "Search",
  "search.results":
    "one:{n} publication in {language} contains “{q}”|other:{n} publications in {language} contain “{q}”",
  "search.none": "No publication in {language} contains “{q}”. Try a shorter or different word.",
  "search.clear": "Show all publications",
  "pagination.label": "Pages",
  "pagination.previous": "Previous page",
  "pagination.next": "Next page",
  "pagination.status": "Page {page} of {pages}",
  "doc.type": "Type",
  "doc.topics": "Topics",
  "doc.date": "Date",
  "doc.coauthors": "Published jointly by",
  "doc.contents": "Contents",
  "doc.cited": "Incidents cited in this publication",
  "doc.cited_lead":
    "Each links to the public record of the incident, generalised to protect the people involved.",
  "doc.incident": "Incident {id}",
  "doc.date_withheld": "date not published",
  "doc.attachments": "Downloads",
  "doc.languages": "This publication in other languages",
  "doc.original": "original",
  "doc.share": "Share this publication",
  "doc.share_email": "Send the link by e-mail",
  "doc.share_copy": "Or copy this address:",
  "doc.share_browser": "To share it, copy the address of this page from your browser.",
  "missing.title": "“{title}” is not available in {language}",
  "missing.body":
    "This publication has not been translated into {language} yet. You can read it in:",
} as const;

/** A key of the documents catalogue. */
export type DocumentsKey = keyof typeof en;

const ka: Record<DocumentsKey, string> = {
  "list.title": "პუბლიკაციები",
  "list.lead":
    "ანალიზი, ანგარიშები, განცხადებები და სიახლეები — თითოეული იმ ენებზე, რომლებზეც გამოქვეყნდა.",
  "list.count": "{n} დოკუმენტი",
  "list.empty": "აქ ჯერ არაფერი გამოქვეყნებულა.",
  "list.browse": "პუბლიკაციების დათვალიერება",
  "list.by_category": "თემის მიხედვით",
  "list.by_type": "ტიპის მიხედვით",
  "list.all": "ყველა პუბლიკაცია",
  "list.not_translated": "ამ ენაზე ({language}) ჯერ არ არის ხელმისაწვდომი. წაიკითხეთ:",
  "list.published": "გამოქვეყნდა: {date}",
  "search.label": "პუბლიკაციების ძიება",
  "search.hint": "ეძებს სიტყვებს სათაურებში, შეჯამებებსა და სრულ ტექსტებში ({language}).",
  "search.hint_live": "ძიება მუშაობს მთავარ საიტზე: {url}",
  "search.button": "ძიება",
  "search.results": "„{q}“ გვხვდება {n} პუბლიკაციაში ({language})",
  "search.none":
    "„{q}“ არცერთ პუბლიკაციაში არ გვხვდება ({language}). სცადეთ უფრო მოკლე ან სხვა სიტყვა.",
  "search.clear": "ყველა პუბლიკაციის ჩვენება",
  "pagination.label": "გვერდები",
  "pagination.previous": "წინა გვერდი",
  "pagination.next": "შემდეგი გვერდი",
  "pagination.status": "გვერდი {page} / {pages}",
  "doc.type": "ტიპი",
  "doc.topics": "თემები",
  "doc.date": "თარიღი",
  "doc.coauthors": "ერთობლივად გამოსცეს",
  "doc.contents": "სარჩევი",
  "doc.cited": "ამ პუბლიკაციაში მოხსენიებული ინციდენტები",
  "doc.cited_lead":
    "თითოეული ბმული ინციდენტის საჯარო ჩანაწერზე გადადის; მონაცემები განზოგადებულია, რათა დაცული იყვნენ ჩართული ადამიანები.",
  "doc.incident": "ინციდენტი {id}",
  "doc.date_withheld": "თარიღი არ ქვეყნდება",
  "doc.attachments": "ჩამოსატვირთი ფაილები",
  "doc.languages": "ეს პუბლიკაცია სხვა ენებზე",
  "doc.original": "ორიგინალი",
  "doc.share": "გაზიარება",
  "doc.share_email": "ბმულის გაგზავნა ელფოსტით",
  "doc.share_copy": "ან დააკოპირეთ ეს მისამართი:",
  "doc.share_browser": "გასაზიარებლად დააკოპირეთ ამ გვერდის მისამართი ბრაუზერიდან.",
  "missing.title": "„{title}“ ამ ენაზე ({language}) არ არის ხელმისაწვდომი",
  "missing.body": "ეს პუბლიკაცია ამ ენაზე ({language}) ჯერ არ ითარგმნა. შეგიძლიათ წაიკითხოთ:",
};

const az: Record<DocumentsKey, string> = {
  "list.title": "Nəşrlər",
  "list.lead": "Təhlillər, hesabatlar, bəyanatlar və xəbərlər — hər biri dərc olunduğu dillərdə.",
  "list.count": "one:{n} sənəd|other:{n} sənəd",
  "list.empty": "Burada hələ heç nə dərc olunmayıb.",
  "list.browse": "Nəşrlərə baxış",
  "list.by_category": "Mövzuya görə",
  "list.by_type": "Növə görə",
  "list.all": "Bütün nəşrlər",
  "list.not_translated": "Hələ {language} dilində yoxdur. Bu dillərdə oxuyun:",
  "list.published": "Dərc tarixi: {date}",
  "search.label": "Nəşrlərdə axtarış",
  "search.hint": "Başlıqlarda, xülasələrdə və tam mətnlərdə sözləri axtarır ({language}).",
  "search.hint_live": "Axtarış əsas saytda işləyir: {url}",
  "search.button": "Axtar",
  "search.results": "“{q}” {n} nəşrdə tapıldı ({language})",
  "search.none": "“{q}” heç bir nəşrdə tapılmadı ({language}). Daha qısa və ya başqa söz yoxlayın.",
  "search.clear": "Bütün nəşrləri göstər",
  "pagination.label": "Səhifələr",
  "pagination.previous": "Əvvəlki səhifə",
  "pagination.next": "Növbəti səhifə",
  "pagination.status": "Səhifə {page} / {pages}",
  "doc.type": "Növ",
  "doc.topics": "Mövzular",
  "doc.date": "Tarix",
  "doc.coauthors": "Birgə dərc edənlər",
  "doc.contents": "Mündəricat",
  "doc.cited": "Bu nəşrdə istinad edilən hadisələr",
  "doc.cited_lead":
    "Hər keçid hadisənin ictimai qeydinə aparır; iştirak edən insanları qorumaq üçün məlumatlar ümumiləşdirilib.",
  "doc.incident": "Hadisə {id}",
  "doc.date_withheld": "tarix dərc edilmir",
  "doc.attachments": "Yükləmələr",
  "doc.languages": "Bu nəşr digər dillərdə",
  "doc.original": "orijinal",
  "doc.share": "Paylaşın",
  "doc.share_email": "Keçidi e-poçtla göndərin",
  "doc.share_copy": "Və ya bu ünvanı köçürün:",
  "doc.share_browser": "Paylaşmaq üçün brauzerdən bu səhifənin ünvanını köçürün.",
  "missing.title": "“{title}” {language} dilində mövcud deyil",
  "missing.body":
    "Bu nəşr hələ {language} dilinə tərcümə olunmayıb. Onu bu dillərdə oxuya bilərsiniz:",
};

const ru: Record<DocumentsKey, string> = {
  "list.title": "Публикации",
  "list.lead":
    "Аналитика, доклады, заявления и новости — каждая публикация на тех языках, на которых она вышла.",
  "list.count": "one:{n} документ|few:{n} документа|many:{n} документов|other:{n} документа",
  "list.empty": "Здесь пока ничего не опубликовано.",
  "list.browse": "Обзор публикаций",
  "list.by_category": "По теме",
  "list.by_type": "По типу",
  "list.all": "Все публикации",
  "list.not_translated": "Пока нет на языке: {language}. Доступно на:",
  "list.published": "Опубликовано: {date}",
  "search.label": "Поиск по публикациям",
  "search.hint": "Ищет слова в заголовках, кратких изложениях и полных текстах ({language}).",
  "search.hint_live": "Поиск работает на основном сайте: {url}",
  "search.button": "Найти",
  "search.results":
    "one:«{q}» найдено в {n} публикации ({language})|other:«{q}» найдено в {n} публикациях ({language})",
  "search.none":
    "«{q}» не найдено ни в одной публикации ({language}). Попробуйте более короткое или другое слово.",
  "search.clear": "Показать все публикации",
  "pagination.label": "Страницы",
  "pagination.previous": "Предыдущая страница",
  "pagination.next": "Следующая страница",
  "pagination.status": "Страница {page} из {pages}",
  "doc.type": "Тип",
  "doc.topics": "Темы",
  "doc.date": "Дата",
  "doc.coauthors": "Совместная публикация",
  "doc.contents": "Содержание",
  "doc.cited": "Случаи, упомянутые в публикации",
  "doc.cited_lead":
    "Каждая ссылка ведёт на открытую запись о случае; сведения обобщены, чтобы защитить причастных людей.",
  "doc.incident": "Случай {id}",
  "doc.date_withheld": "дата не публикуется",
  "doc.attachments": "Файлы для скачивания",
  "doc.languages": "Эта публикация на других языках",
  "doc.original": "оригинал",
  "doc.share": "Поделиться",
  "doc.share_email": "Отправить ссылку по электронной почте",
  "doc.share_copy": "Или скопируйте этот адрес:",
  "doc.share_browser": "Чтобы поделиться, скопируйте адрес этой страницы из браузера.",
  "missing.title": "«{title}» нет на языке: {language}",
  "missing.body": "Эта публикация ещё не переведена ({language}). Её можно прочитать на:",
};

/** The documents pages' messages in the four languages. */
export const DOCUMENTS_MESSAGES: Record<Lang, Record<DocumentsKey, string>> = { en, ka, az, ru };

const tr = translator(DOCUMENTS_MESSAGES);

/** A documents-page message with placeholders filled. */
export const dt = tr.t;

/** A documents-page message whose wording depends on a count ({n}). */
export const dtn = tr.tn;
