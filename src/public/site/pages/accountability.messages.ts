import { translator } from "../../../i18n/i18n.ts";
import { byLanguage, type Phrase } from "./incidents.messages.ts";

// One line per key so that the four languages can be reviewed side by side.
// prettier-ignore
const ROWS = {
  "title": ["Accountability", "ანგარიშვალდებულება", "Hesabatlılıq", "Подотчётность"],
  "host_title": ["Accountability: {host}", "ანგარიშვალდებულება: {host}", "Hesabatlılıq: {host}", "Подотчётность: {host}"],
  "lead": ["How the authorities of host states responded when victims of transnational repression turned to them: from the first report to a conviction.", "როგორ რეაგირებდა მასპინძელი ქვეყნების ხელისუფლება, როცა ტრანსნაციონალური რეპრესიის მსხვერპლნი მიმართავდნენ: პირველი შეტყობინებიდან განაჩენამდე.", "Transmilli repressiya qurbanları qəbul edən ölkələrin hakimiyyətinə müraciət edəndə onların necə reaksiya verdiyi: ilk bildirişdən hökmə qədər.", "Как власти стран пребывания реагировали, когда к ним обращались пострадавшие от транснациональных репрессий: от первого сообщения до приговора."],
  "method": ["These figures count verified incidents only. A count below {threshold} is withheld, and so is any count from which a withheld one could be worked out. How we count is explained in the", "ეს მონაცემები მხოლოდ გადამოწმებულ ინციდენტებს ითვლის. {threshold}-ზე ნაკლები რიცხვი დაფარულია, ისევე როგორც ნებისმიერი რიცხვი, რომლითაც დაფარულის გამოთვლა იქნებოდა შესაძლებელი. როგორ ვითვლით, ახსნილია გვერდზე", "Bu rəqəmlər yalnız təsdiqlənmiş insidentləri hesablayır. {threshold}-dən kiçik rəqəm gizlədilir, gizlədilmiş rəqəmi hesablamağa imkan verən istənilən rəqəm də. Necə hesabladığımız burada izah olunur:", "Эти цифры учитывают только проверенные инциденты. Число меньше {threshold} скрыто, как и любое число, по которому скрытое можно было бы вычислить. Как мы считаем, объяснено на странице"],
  "method_link": ["methodology", "მეთოდოლოგია", "metodologiya", "«Методология»"],
  "withheld": ["withheld", "დაფარულია", "gizlədilib", "скрыто"],
  "withheld_note": ["“withheld” marks a count we do not publish.", "„დაფარულია“ აღნიშნავს რიცხვს, რომელსაც არ ვაქვეყნებთ.", "\"gizlədilib\" dərc etmədiyimiz rəqəmi bildirir.", "«скрыто» обозначает число, которое мы не публикуем."],
  "no_data": ["No verified incidents have been published yet.", "გადამოწმებული ინციდენტები ჯერ არ გამოქვეყნებულა.", "Hələ təsdiqlənmiş insident dərc olunmayıb.", "Проверенные инциденты ещё не опубликованы."],
  "updated": ["Figures last updated {date}.", "მონაცემები ბოლოს განახლდა: {date}.", "Rəqəmlər sonuncu dəfə yeniləndi: {date}.", "Цифры обновлены: {date}."],
  "choose": ["Choose a host state", "აირჩიეთ მასპინძელი ქვეყანა", "Qəbul edən ölkəni seçin", "Выберите страну пребывания"],
  "all_hosts": ["All host states", "ყველა მასპინძელი ქვეყანა", "Bütün qəbul edən ölkələr", "Все страны пребывания"],
  "funnel_title": ["How far complaints went: {scope}", "რამდენად წავიდა საჩივრები: {scope}", "Şikayətlər hansı mərhələyə çatıb: {scope}", "Как далеко продвинулись жалобы: {scope}"],
  "funnel_axis": ["Incidents", "ინციდენტები", "İnsidentlər", "Инциденты"],
  "col_stage": ["Stage", "ეტაპი", "Mərhələ", "Стадия"],
  "col_count": ["Incidents", "ინციდენტები", "İnsidentlər", "Инциденты"],
  "col_share": ["Share of reported", "წილი შეტყობინებულებში", "Bildirilənlərdə payı", "Доля от сообщённых"],
  "by_year_title": ["Stages reached by year: {scope}", "მიღწეული ეტაპები წლების მიხედვით: {scope}", "İllər üzrə çatılan mərhələlər: {scope}", "Пройденные стадии по годам: {scope}"],
  "col_year": ["Year", "წელი", "İl", "Год"],
  "median_title": ["Median days to the first response, by host state", "პირველ პასუხამდე დღეების მედიანა, მასპინძელი ქვეყნების მიხედვით", "İlk cavaba qədər günlərin medianı, qəbul edən ölkələr üzrə", "Медиана дней до первого ответа по странам пребывания"],
  "median_axis": ["Days", "დღეები", "Günlər", "Дни"],
  "col_state": ["Host state", "მასპინძელი ქვეყანა", "Qəbul edən ölkə", "Страна пребывания"],
  "col_median": ["Median days", "დღეების მედიანა", "Günlərin medianı", "Медиана дней"],
  "trend_title": ["Incidents by tactic group and year, all host states", "ინციდენტები ტაქტიკის ჯგუფისა და წლის მიხედვით, ყველა მასპინძელი ქვეყანა", "Taktika qrupu və il üzrə insidentlər, bütün qəbul edən ölkələr", "Инциденты по группам тактик и годам, все страны пребывания"],
  "trend_axis": ["Year", "წელი", "İl", "Год"],
  "col_group": ["Tactic group", "ტაქტიკის ჯგუფი", "Taktika qrupu", "Группа тактик"],
  "map_title": ["Incidents by host state", "ინციდენტები მასპინძელი ქვეყნების მიხედვით", "Qəbul edən ölkələr üzrə insidentlər", "Инциденты по странам пребывания"],
  "map_value": ["Incidents", "ინციდენტები", "İnsidentlər", "Инциденты"],
  "map_nodata": ["No data", "მონაცემები არ არის", "Məlumat yoxdur", "Нет данных"],
  "description": ["Summary", "შეჯამება", "Xülasə", "Кратко"],
} as const satisfies Record<string, Phrase>;

/** Keys of the dashboard's catalogue. */
export type AccountabilityKey = keyof typeof ROWS;

/** The dashboard's strings per language (checked by incidents.messages.test.ts). */
export const accountabilityMessages = byLanguage<AccountabilityKey>(ROWS);

/** Lookup over the dashboard's catalogue. */
export const am = translator(accountabilityMessages);
