import type { Lang } from "../../../i18n/languages.ts";
import { translator } from "../../../i18n/i18n.ts";

/** One phrase in the four languages, in the order of vocabulary labels: en, ka, az, ru. */
export type Phrase = readonly [en: string, ka: string, az: string, ru: string];

/** Turns phrase rows (one line per key, languages side by side) into one catalogue per language. */
export function byLanguage<K extends string>(
  rows: Record<K, Phrase>,
): Record<Lang, Record<K, string>> {
  const pick = (i: number) =>
    Object.fromEntries(Object.entries<Phrase>(rows).map(([k, v]) => [k, v[i]!])) as Record<
      K,
      string
    >;
  return { en: pick(0), ka: pick(1), az: pick(2), ru: pick(3) };
}

// One line per key so that the four languages can be reviewed side by side.
// prettier-ignore
const ROWS = {
  "list.title": ["Incident database", "ინციდენტების მონაცემთა ბაზა", "İnsidentlər bazası", "База данных инцидентов"],
  "list.host_title": ["Incidents in {host}", "ინციდენტები: {host}", "İnsidentlər: {host}", "Инциденты: {host}"],
  "list.lead": ["Incidents of transnational repression that we have documented and may publish. Dates are shown to the month or year, places to the city or country.", "ტრანსნაციონალური რეპრესიის ინციდენტები, რომლებიც დავადოკუმენტეთ და შეგვიძლია გამოვაქვეყნოთ. თარიღი ნაჩვენებია თვის ან წლის, ადგილი კი ქალაქის ან ქვეყნის სიზუსტით.", "Sənədləşdirdiyimiz və dərc edə biləcəyimiz transmilli repressiya insidentləri. Tarixlər ay və ya il, yerlər isə şəhər və ya ölkə dəqiqliyi ilə göstərilir.", "Случаи транснациональных репрессий, которые мы задокументировали и можем опубликовать. Даты указаны с точностью до месяца или года, места — до города или страны."],
  "list.count": ["one:{n} incident|other:{n} incidents", "{n} ინციდენტი", "{n} insident", "one:{n} инцидент|few:{n} инцидента|many:{n} инцидентов|other:{n} инцидента"],
  "list.none": ["No published incident matches these filters.", "ამ ფილტრებს არც ერთი გამოქვეყნებული ინციდენტი არ შეესაბამება.", "Bu filtrlərə uyğun dərc olunmuş insident yoxdur.", "Нет опубликованных инцидентов, подходящих под эти фильтры."],
  "list.caption": ["Published incidents, newest first", "გამოქვეყნებული ინციდენტები, ჯერ უახლესი", "Dərc olunmuş insidentlər, əvvəlcə ən yeniləri", "Опубликованные инциденты, сначала новые"],
  "list.by_host": ["Incidents by host state", "ინციდენტები მასპინძელი ქვეყნების მიხედვით", "Qəbul edən ölkələr üzrə insidentlər", "Инциденты по странам пребывания"],
  "list.all": ["All incidents", "ყველა ინციდენტი", "Bütün insidentlər", "Все инциденты"],
  "list.downloads": ["Download the data", "მონაცემების ჩამოტვირთვა", "Məlumatları yükləyin", "Скачать данные"],
  "list.downloads_text": ["Every published incident as CSV or JSON, with a data dictionary.", "ყველა გამოქვეყნებული ინციდენტი CSV ან JSON ფორმატში, მონაცემთა ლექსიკონით.", "Bütün dərc olunmuş insidentlər CSV və ya JSON formatında, məlumat lüğəti ilə.", "Все опубликованные инциденты в форматах CSV и JSON, со словарём данных."],
  "filters.title": ["Filter incidents", "ინციდენტების გაფილტვრა", "İnsidentləri süzün", "Отбор инцидентов"],
  "filters.origin": ["Origin state", "წარმოშობის ქვეყანა", "Mənşə ölkəsi", "Страна происхождения"],
  "filters.host": ["Host state", "მასპინძელი ქვეყანა", "Qəbul edən ölkə", "Страна пребывания"],
  "filters.group": ["Tactic group", "ტაქტიკის ჯგუფი", "Taktika qrupu", "Группа тактик"],
  "filters.tactic": ["Tactic", "ტაქტიკა", "Taktika", "Тактика"],
  "filters.year": ["Year", "წელი", "İl", "Год"],
  "filters.profile": ["Target profile", "სამიზნის პროფილი", "Hədəfin profili", "Профиль пострадавшего"],
  "filters.stage": ["Furthest response stage", "რეაგირების ყველაზე შორეული ეტაპი", "Reaksiyanın çatdığı ən son mərhələ", "Наиболее продвинутая стадия реагирования"],
  "filters.verification": ["Verification", "გადამოწმება", "Təsdiqlənmə", "Проверка"],
  "filters.any": ["Any", "ნებისმიერი", "İstənilən", "Любая"],
  "filters.apply": ["Apply filters", "ფილტრების გამოყენება", "Filtrləri tətbiq edin", "Применить фильтры"],
  "filters.clear": ["Clear filters", "ფილტრების გასუფთავება", "Filtrləri təmizləyin", "Сбросить фильтры"],
  "filters.live": ["To filter incidents, use the live site.", "ინციდენტების გასაფილტრად გამოიყენეთ ძირითადი საიტი.", "İnsidentləri süzmək üçün əsas saytdan istifadə edin.", "Чтобы отобрать инциденты, воспользуйтесь основным сайтом."],
  "filters.error_title": ["There is a problem", "წარმოიშვა პრობლემა", "Problem var", "Возникла проблема"],
  "filters.error_value": ["{field}: choose a value from the list", "{field}: აირჩიეთ მნიშვნელობა სიიდან", "{field}: siyahıdan bir dəyər seçin", "{field}: выберите значение из списка"],
  "filters.error_page": ["Page: there is no such page", "გვერდი: ასეთი გვერდი არ არსებობს", "Səhifə: belə səhifə yoxdur", "Страница: такой страницы нет"],
  "col.id": ["Incident", "ინციდენტი", "İnsident", "Инцидент"],
  "col.when": ["When", "როდის", "Nə vaxt", "Когда"],
  "col.verification": ["Verification", "გადამოწმება", "Təsdiqlənmə", "Проверка"],
  "date.unknown": ["Date not known", "თარიღი უცნობია", "Tarix məlum deyil", "Дата неизвестна"],
  "date.range": ["{from} to {to}", "{from} – {to}", "{from} – {to}", "с {from} по {to}"],
  "page.label": ["Pages", "გვერდები", "Səhifələr", "Страницы"],
  "page.prev": ["Previous page", "წინა გვერდი", "Əvvəlki səhifə", "Предыдущая страница"],
  "page.next": ["Next page", "შემდეგი გვერდი", "Növbəti səhifə", "Следующая страница"],
  "page.of": ["Page {page} of {pages}", "გვერდი {page} / {pages}", "Səhifə {page} / {pages}", "Страница {page} из {pages}"],
  "page.number": ["Page {page}", "გვერდი {page}", "Səhifə {page}", "Страница {page}"],
  "stage.none": ["No complaint filed", "საჩივარი არ შეტანილა", "Şikayət verilməyib", "Жалоба не подавалась"],
  "stage.reported": ["Reported to the authorities", "შეტყობინებულია ხელისუფლებისთვის", "Hakimiyyət orqanlarına bildirilib", "Сообщено властям"],
  "stage.registered": ["Registered", "დარეგისტრირებულია", "Qeydə alınıb", "Зарегистрировано"],
  "stage.investigation_opened": ["Investigation opened", "გამოძიება დაიწყო", "İstintaq başlanıb", "Начато расследование"],
  "stage.perpetrator_identified": ["Perpetrator identified", "დამნაშავე დადგენილია", "Törədən müəyyən edilib", "Виновный установлен"],
  "stage.charged": ["Charged", "ბრალი წარედგინა", "İttiham irəli sürülüb", "Предъявлено обвинение"],
  "stage.convicted": ["Convicted", "მსჯავრი დაედო", "Məhkum edilib", "Вынесен обвинительный приговор"],
} as const satisfies Record<string, Phrase>;

/** Keys of the incident-database catalogue. */
export type IncidentsKey = keyof typeof ROWS;

/** The incident list's strings per language (checked by incidents.messages.test.ts). */
export const incidentsMessages = byLanguage<IncidentsKey>(ROWS);

/** Lookup (`t`) and plural lookup (`tn`) over the incident list's catalogue. */
export const im = translator(incidentsMessages);

/** The label of a funnel stage rank (0 = no complaint … 6 = convicted). */
export function stageLabel(lang: Lang, rank: number): string {
  const keys = [
    "stage.none",
    "stage.reported",
    "stage.registered",
    "stage.investigation_opened",
    "stage.perpetrator_identified",
    "stage.charged",
    "stage.convicted",
  ] as const;
  return im.t(lang, keys[rank] ?? "stage.none");
}
