import { translator } from "../../../i18n/i18n.ts";
import type { Lang } from "../../../i18n/languages.ts";

const en = {
  title: "Accessibility statement",
  lead: "We want everyone to be able to use this site: with a screen reader, with a keyboard alone, with magnification, or over a slow connection.",
  "status.title": "How accessible this site is",
  "status.p1":
    "We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. Every page works without JavaScript, can be used with a keyboard alone, and stays readable on a screen 320 pixels wide or zoomed to 400%.",
  "status.p2":
    "Charts and the map come with a text description and a table holding the same numbers, and never rely on colour alone.",
  "tests.title": "How we test it",
  "tests.axe": "automated checks with axe-core on every kind of page, in all four languages;",
  "tests.nu": "the HTML of every kind of page checked with the W3C Nu HTML Checker;",
  "tests.keyboard": "every link and control reached and used with the keyboard alone;",
  "tests.nojs": "every page read with JavaScript switched off;",
  "tests.georgian":
    "layouts checked with Georgian text, whose long words must wrap without being cut.",
  "limits.title": "Known limitations",
  "limits.documents":
    "Long reports can contain complex tables and many footnotes, which are harder to follow with a screen reader.",
  "limits.translations":
    "Not every publication is translated into every language yet; its page says where it can be read.",
  "limits.files":
    "Downloadable files, such as report PDFs, may not be fully accessible. Ask us for the text in another format.",
  "limits.audit":
    "The site has not yet been reviewed by an independent accessibility audit or tested with disabled users. We will publish what such a review finds.",
  "report.title": "Tell us about a problem",
  "report.p":
    "If something on this site is hard to use, tell us which page it was and what went wrong. We will answer and fix what we can.",
  "report.hotline": "Call us:",
  "report.demo":
    "This is a demonstration site. In a real installation the organisation's contact goes here; the demo uses the fictional address {email}.",
  "report.none": "Contact the organisation that runs this site.",
  reviewed: "This statement was last reviewed in {date}.",
} as const;

/** A key of the accessibility-statement catalogue. */
export type AccessibilityKey = keyof typeof en;

const ka: Record<AccessibilityKey, string> = {
  title: "განცხადება ხელმისაწვდომობის შესახებ",
  lead: "გვინდა, ამ საიტით ყველამ შეძლოს სარგებლობა: ეკრანის წამკითხველით, მხოლოდ კლავიატურით, გადიდებით ან ნელი ინტერნეტით.",
  "status.title": "რამდენად ხელმისაწვდომია საიტი",
  "status.p1":
    "ჩვენი მიზანია ვებკონტენტის ხელმისაწვდომობის სახელმძღვანელო პრინციპების (WCAG) 2.2 ვერსიის AA დონის დაკმაყოფილება. ყველა გვერდი მუშაობს JavaScript-ის გარეშე, იმართება მხოლოდ კლავიატურით და იკითხება 320 პიქსელის სიგანის ეკრანზე ან 400%-მდე გადიდებისას.",
  "status.p2":
    "დიაგრამებსა და რუკას ახლავს ტექსტური აღწერა და ცხრილი იმავე რიცხვებით; ინფორმაცია მხოლოდ ფერით არასოდეს გადმოიცემა.",
  "tests.title": "როგორ ვამოწმებთ",
  "tests.axe": "ავტომატური შემოწმება axe-core-ით ყველა ტიპის გვერდზე, ოთხივე ენაზე;",
  "tests.nu": "ყველა ტიპის გვერდის HTML-ის შემოწმება W3C Nu HTML Checker-ით;",
  "tests.keyboard": "ყველა ბმულისა და მართვის ელემენტის გამოყენება მხოლოდ კლავიატურით;",
  "tests.nojs": "ყველა გვერდის წაკითხვა გამორთული JavaScript-ით;",
  "tests.georgian":
    "განლაგების შემოწმება ქართული ტექსტით, რომლის გრძელი სიტყვებიც უნდა გადავიდეს ახალ სტრიქონზე და არ მოიჭრას.",
  "limits.title": "ცნობილი შეზღუდვები",
  "limits.documents":
    "გრძელ ანგარიშებში შეიძლება იყოს რთული ცხრილები და ბევრი სქოლიო, რომელთა გაგებაც ეკრანის წამკითხველით უფრო რთულია.",
  "limits.translations":
    "ყველა პუბლიკაცია ჯერ არ არის ნათარგმნი ყველა ენაზე; მის გვერდზე მითითებულია, რომელ ენებზე შეიძლება მისი წაკითხვა.",
  "limits.files":
    "ჩამოსატვირთი ფაილები, მაგალითად ანგარიშების PDF-ები, შეიძლება სრულად ხელმისაწვდომი არ იყოს. გვთხოვეთ ტექსტი სხვა ფორმატში.",
  "limits.audit":
    "საიტი ჯერ არ შეუმოწმებია დამოუკიდებელ აუდიტს და არ გამოუცდიათ შეზღუდული შესაძლებლობის მქონე მომხმარებლებს. ასეთი შემოწმების შედეგებს გამოვაქვეყნებთ.",
  "report.title": "შეგვატყობინეთ პრობლემის შესახებ",
  "report.p":
    "თუ საიტზე რამის გამოყენება გიჭირთ, მოგვწერეთ, რომელ გვერდზე და რა მოხდა. გიპასუხებთ და გამოვასწორებთ, რასაც შევძლებთ.",
  "report.hotline": "დაგვირეკეთ:",
  "report.demo":
    "ეს სადემონსტრაციო საიტია. რეალურ ინსტალაციაში აქ ორგანიზაციის საკონტაქტო მონაცემები იქნება; დემო იყენებს გამოგონილ მისამართს {email}.",
  "report.none": "მიმართეთ ორგანიზაციას, რომელიც ამ საიტს მართავს.",
  reviewed: "ეს განცხადება ბოლოს გადაიხედა: {date}.",
};

const az: Record<AccessibilityKey, string> = {
  title: "Əlçatanlıq bəyanatı",
  lead: "İstəyirik ki, hər kəs bu saytdan istifadə edə bilsin: ekran oxuyucusu ilə, yalnız klaviatura ilə, böyütmə ilə və ya zəif internetlə.",
  "status.title": "Sayt nə dərəcədə əlçatandır",
  "status.p1":
    "Məqsədimiz Veb Məzmunun Əlçatanlığı Qaydalarının (WCAG) 2.2 versiyasının AA səviyyəsinə cavab verməkdir. Hər səhifə JavaScript olmadan işləyir, yalnız klaviatura ilə idarə olunur və 320 piksel enində ekranda və ya 400%-ə qədər böyüdüldükdə oxunaqlı qalır.",
  "status.p2":
    "Diaqramlar və xəritə ilə birlikdə mətn təsviri və eyni rəqəmlərdən ibarət cədvəl verilir; məlumat heç vaxt yalnız rənglə çatdırılmır.",
  "tests.title": "Necə yoxlayırıq",
  "tests.axe": "hər növ səhifədə, dörd dilin hamısında axe-core ilə avtomatik yoxlama;",
  "tests.nu": "hər növ səhifənin HTML kodunun W3C Nu HTML Checker ilə yoxlanılması;",
  "tests.keyboard":
    "hər keçid və idarəetmə elementinə yalnız klaviatura ilə çatmaq və istifadə etmək;",
  "tests.nojs": "hər səhifənin JavaScript söndürülmüş halda oxunması;",
  "tests.georgian":
    "uzun sözləri kəsilmədən yeni sətrə keçməli olan gürcü mətni ilə tərtibatın yoxlanılması.",
  "limits.title": "Məlum məhdudiyyətlər",
  "limits.documents":
    "Uzun hesabatlarda ekran oxuyucusu ilə izləmək daha çətin olan mürəkkəb cədvəllər və çoxlu qeydlər ola bilər.",
  "limits.translations":
    "Hələ hər nəşr hər dilə tərcümə olunmayıb; onun səhifəsində hansı dillərdə oxuna biləcəyi göstərilir.",
  "limits.files":
    "Hesabatların PDF faylları kimi yüklənən fayllar tam əlçatan olmaya bilər. Mətni başqa formatda istəyin.",
  "limits.audit":
    "Sayt hələ müstəqil əlçatanlıq auditindən keçməyib və əlilliyi olan istifadəçilərlə sınaqdan keçirilməyib. Belə yoxlamanın nəticələrini dərc edəcəyik.",
  "report.title": "Problem barədə bizə xəbər verin",
  "report.p":
    "Saytda nədənsə istifadə etmək çətindirsə, hansı səhifə olduğunu və nəyin baş verdiyini bizə yazın. Cavab verəcək və bacardığımızı düzəldəcəyik.",
  "report.hotline": "Bizə zəng edin:",
  "report.demo":
    "Bu nümayiş saytıdır. Real quraşdırmada burada təşkilatın əlaqə məlumatları olacaq; demo uydurma {email} ünvanından istifadə edir.",
  "report.none": "Bu saytı idarə edən təşkilata müraciət edin.",
  reviewed: "Bu bəyanat sonuncu dəfə nəzərdən keçirilib: {date}.",
};

const ru: Record<AccessibilityKey, string> = {
  title: "Заявление о доступности",
  lead: "Мы хотим, чтобы сайтом могли пользоваться все: с программой экранного доступа, только с клавиатуры, с увеличением или при медленном соединении.",
  "status.title": "Насколько доступен сайт",
  "status.p1":
    "Мы стремимся соответствовать Руководству по доступности веб-контента (WCAG) 2.2 на уровне AA. Каждая страница работает без JavaScript, управляется только с клавиатуры и остаётся читаемой на экране шириной 320 пикселей или при увеличении до 400%.",
  "status.p2":
    "К диаграммам и карте прилагаются текстовое описание и таблица с теми же числами; информация никогда не передаётся только цветом.",
  "tests.title": "Как мы проверяем",
  "tests.axe": "автоматическая проверка axe-core на каждом типе страниц, на всех четырёх языках;",
  "tests.nu": "проверка HTML каждого типа страниц валидатором W3C Nu HTML Checker;",
  "tests.keyboard":
    "каждая ссылка и каждый элемент управления доступны и работают только с клавиатуры;",
  "tests.nojs": "каждая страница прочитана с отключённым JavaScript;",
  "tests.georgian":
    "вёрстка проверена на грузинском тексте, длинные слова которого должны переноситься, а не обрезаться.",
  "limits.title": "Известные ограничения",
  "limits.documents":
    "В длинных докладах бывают сложные таблицы и много сносок, за которыми труднее следить с программой экранного доступа.",
  "limits.translations":
    "Пока не каждая публикация переведена на все языки; на её странице указано, на каких языках её можно прочитать.",
  "limits.files":
    "Файлы для скачивания, например доклады в PDF, могут быть не полностью доступны. Попросите у нас текст в другом формате.",
  "limits.audit":
    "Сайт ещё не проходил независимый аудит доступности и не тестировался пользователями с инвалидностью. Мы опубликуем результаты такой проверки.",
  "report.title": "Сообщите о проблеме",
  "report.p":
    "Если чем-то на сайте трудно пользоваться, напишите нам, на какой странице и что случилось. Мы ответим и исправим то, что сможем.",
  "report.hotline": "Позвоните нам:",
  "report.demo":
    "Это демонстрационный сайт. В настоящей установке здесь будут контакты организации; в демо используется вымышленный адрес {email}.",
  "report.none": "Обратитесь в организацию, которая ведёт этот сайт.",
  reviewed: "Последний раз это заявление пересматривалось: {date}.",
};

/** The accessibility statement in the four languages. */
export const ACCESSIBILITY_MESSAGES: Record<Lang, Record<AccessibilityKey, string>> = {
  en,
  ka,
  az,
  ru,
};

/** An accessibility-statement message with placeholders filled. */
export const act = translator(ACCESSIBILITY_MESSAGES).t;
