import { translator } from "../../../i18n/i18n.ts";
import { byLanguage, type Phrase } from "./incidents.messages.ts";

// One line per key so that the four languages can be reviewed side by side.
// prettier-ignore
const ROWS = {
  "title": ["Incident {id}", "ინციდენტი {id}", "İnsident {id}", "Инцидент {id}"],
  "demo": ["Demonstration data: this incident is fictional.", "სადემონსტრაციო მონაცემები: ეს ინციდენტი გამოგონილია.", "Nümayiş məlumatları: bu insident uydurmadır.", "Демонстрационные данные: этот инцидент вымышлен."],
  "what": ["What happened", "რა მოხდა", "Nə baş verib", "Что произошло"],
  "no_summary": ["No public summary of this incident has been published.", "ამ ინციდენტის საჯარო აღწერა არ გამოქვეყნებულა.", "Bu insidentin ictimai xülasəsi dərc olunmayıb.", "Публичное описание этого инцидента не опубликовано."],
  "details": ["Details", "დეტალები", "Təfərrüatlar", "Подробности"],
  "when": ["When", "როდის", "Nə vaxt", "Когда"],
  "where": ["Where", "სად", "Harada", "Где"],
  "where_city": ["{city}, {country}", "{city}, {country}", "{city}, {country}", "{city}, {country}"],
  "where_online": ["Online (host state: {country})", "ონლაინ (მასპინძელი ქვეყანა: {country})", "Onlayn (qəbul edən ölkə: {country})", "Онлайн (страна пребывания: {country})"],
  "tactics": ["Tactics", "ტაქტიკა", "Taktikalar", "Тактики"],
  "statistics": ["Public statistics", "საჯარო სტატისტიკა", "İctimai statistika", "Публичная статистика"],
  "counted": ["Counted (verified incident)", "აღრიცხულია (გადამოწმებული ინციდენტი)", "Hesablanır (təsdiqlənmiş insident)", "Учитывается (проверенный инцидент)"],
  "not_counted": ["Not counted: only verified incidents are counted", "არ აღირიცხება: აღირიცხება მხოლოდ გადამოწმებული ინციდენტები", "Hesablanmır: yalnız təsdiqlənmiş insidentlər hesablanır", "Не учитывается: учитываются только проверенные инциденты"],
  "victims": ["People targeted", "სამიზნე პირები", "Hədəfə alınan şəxslər", "Пострадавшие"],
  "victim_unnamed": ["Name not published", "სახელი არ ქვეყნდება", "Adı dərc olunmur", "Имя не публикуется"],
  "profile_unknown": ["Profile not published", "პროფილი არ ქვეყნდება", "Profil dərc olunmur", "Профиль не публикуется"],
  "attributions": ["Who is held responsible", "ვინ არის პასუხისმგებელი", "Kim məsuliyyət daşıyır", "Кто несёт ответственность"],
  "attr_caption": ["States named as responsible, with how confident we are", "პასუხისმგებლად დასახელებული სახელმწიფოები და ჩვენი დარწმუნებულობის ხარისხი", "Məsul kimi göstərilən dövlətlər və əminlik dərəcəmiz", "Государства, названные ответственными, и степень нашей уверенности"],
  "attr_state": ["State", "სახელმწიფო", "Dövlət", "Государство"],
  "attr_role": ["Role", "როლი", "Rol", "Роль"],
  "attr_confidence": ["Confidence", "დარწმუნებულობა", "Əminlik", "Уверенность"],
  "attr_none": ["No state is publicly named as responsible for this incident.", "ამ ინციდენტზე პასუხისმგებლად არც ერთი სახელმწიფო საჯაროდ არ არის დასახელებული.", "Bu insidentə görə heç bir dövlət açıq şəkildə məsul göstərilməyib.", "Ни одно государство публично не названо ответственным за этот инцидент."],
  "response": ["Response of the authorities", "ხელისუფლების რეაგირება", "Hakimiyyət orqanlarının reaksiyası", "Реакция властей"],
  "response_none": ["No complaint to the authorities has been recorded.", "ხელისუფლებისთვის საჩივრის შეტანა დაფიქსირებული არ არის.", "Hakimiyyət orqanlarına şikayət qeydə alınmayıb.", "Жалоб в органы власти не зафиксировано."],
  "complaints": ["one:{n} complaint filed|other:{n} complaints filed", "შეტანილია {n} საჩივარი", "{n} şikayət verilib", "one:Подана {n} жалоба|few:Подано {n} жалобы|many:Подано {n} жалоб|other:Подано {n} жалобы"],
  "furthest": ["Furthest stage reached: {stage}", "მიღწეული ყველაზე შორეული ეტაპი: {stage}", "Çatılan ən son mərhələ: {stage}", "Наиболее продвинутая стадия: {stage}"],
  "timeline_caption": ["Stages reached, counted from the first complaint", "მიღწეული ეტაპები, პირველი საჩივრიდან დათვლით", "İlk şikayətdən hesablanmaqla çatılan mərhələlər", "Пройденные стадии, считая от первой жалобы"],
  "day_zero": ["On the day of the first complaint", "პირველი საჩივრის დღეს", "İlk şikayət günü", "В день первой жалобы"],
  "days_after": ["one:{n} day after the first complaint|other:{n} days after the first complaint", "პირველი საჩივრიდან {n} დღის შემდეგ", "İlk şikayətdən {n} gün sonra", "one:Через {n} день после первой жалобы|few:Через {n} дня после первой жалобы|many:Через {n} дней после первой жалобы|other:Через {n} дня после первой жалобы"],
  "day_unknown": ["Date not published", "თარიღი არ ქვეყნდება", "Tarix dərc olunmur", "Дата не публикуется"],
  "waiting": ["one:No response after {n} day.|other:No response after {n} days.", "{n} დღის შემდეგაც პასუხი არ არის.", "{n} gün keçib, cavab yoxdur.", "one:Ответа нет уже {n} день.|few:Ответа нет уже {n} дня.|many:Ответа нет уже {n} дней.|other:Ответа нет уже {n} дня."],
  "first_response": ["one:First response after {n} day.|other:First response after {n} days.", "პირველი პასუხი {n} დღის შემდეგ.", "İlk cavab {n} gün sonra.", "one:Первый ответ через {n} день.|few:Первый ответ через {n} дня.|many:Первый ответ через {n} дней.|other:Первый ответ через {n} дня."],
  "sources": ["Sources", "წყაროები", "Mənbələr", "Источники"],
  "sources_none": ["No public source is cited for this incident.", "ამ ინციდენტისთვის საჯარო წყარო მითითებული არ არის.", "Bu insident üçün ictimai mənbə göstərilməyib.", "Для этого инцидента не указано публичных источников."],
  "grade": ["Grade {grade}", "შეფასება {grade}", "Qiymət {grade}", "Оценка {grade}"],
  "grade_help": ["The letter rates how reliable the source is (A to F), the number how credible the information is (1 to 6).", "ასო აფასებს წყაროს სანდოობას (A–F), ციფრი კი ინფორმაციის დამაჯერებლობას (1–6).", "Hərf mənbənin etibarlılığını (A–F), rəqəm isə məlumatın inandırıcılığını (1–6) göstərir.", "Буква оценивает надёжность источника (от A до F), цифра — достоверность сведений (от 1 до 6)."],
  "published_on": ["published {date}", "გამოქვეყნდა: {date}", "dərc olunub: {date}", "опубликовано: {date}"],
  "back": ["Back to all incidents", "ყველა ინციდენტზე დაბრუნება", "Bütün insidentlərə qayıt", "Назад ко всем инцидентам"],
} as const satisfies Record<string, Phrase>;

/** Keys of the incident-page catalogue. */
export type IncidentKey = keyof typeof ROWS;

/** The incident page's strings per language (checked by incidents.messages.test.ts). */
export const incidentMessages = byLanguage<IncidentKey>(ROWS);

/** Lookup (`t`) and plural lookup (`tn`) over the incident page's catalogue. */
export const ip = translator(incidentMessages);
