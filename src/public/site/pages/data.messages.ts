import { translator } from "../../../i18n/i18n.ts";
import { byLanguage, type Phrase } from "./incidents.messages.ts";

// One line per key so that the four languages can be reviewed side by side.
// prettier-ignore
const ROWS = {
  "title": ["Open data", "ღია მონაცემები", "Açıq məlumatlar", "Открытые данные"],
  "lead": ["Every published incident can be downloaded for your own analysis. The files hold exactly what the incident pages show.", "ყველა გამოქვეყნებული ინციდენტის ჩამოტვირთვა შეგიძლიათ საკუთარი ანალიზისთვის. ფაილები შეიცავს ზუსტად იმას, რასაც ინციდენტების გვერდები აჩვენებს.", "Bütün dərc olunmuş insidentləri öz təhliliniz üçün yükləyə bilərsiniz. Fayllarda insident səhifələrində göstərilənlər var, artıq heç nə yoxdur.", "Все опубликованные инциденты можно скачать для собственного анализа. В файлах ровно то, что показано на страницах инцидентов."],
  "downloads": ["Downloads", "ჩამოტვირთვა", "Yükləmələr", "Файлы для скачивания"],
  "csv": ["Incidents as CSV", "ინციდენტები CSV ფორმატში", "İnsidentlər CSV formatında", "Инциденты в формате CSV"],
  "csv_note": ["Comma-separated (RFC 4180), UTF-8 with a byte order mark so spreadsheets show Georgian and Cyrillic correctly, one header row. Cells that begin with = + - or @ start with an apostrophe so that spreadsheets do not run them as formulas.", "მძიმით გამოყოფილი (RFC 4180), UTF-8 BOM-ით, რათა ცხრილებმა ქართული და კირილიცა სწორად აჩვენონ, ერთი სათაურის სტრიქონით. უჯრებს, რომლებიც = + - ან @ სიმბოლოთი იწყება, წინ აპოსტროფი ერთვის, რომ ცხრილმა ისინი ფორმულად არ შეასრულოს.", "Vergüllə ayrılmış (RFC 4180), cədvəl proqramlarının gürcü və kiril hərflərini düzgün göstərməsi üçün BOM ilə UTF-8, bir başlıq sətri. = + - və ya @ ilə başlayan xanaların əvvəlinə apostrof qoyulur ki, cədvəl onları düstur kimi icra etməsin.", "Значения через запятую (RFC 4180), UTF-8 с меткой порядка байтов, чтобы таблицы правильно показывали грузинский и кириллицу, одна строка заголовков. Перед ячейками, начинающимися с = + - или @, стоит апостроф, чтобы таблица не выполняла их как формулы."],
  "json": ["Incidents as JSON", "ინციდენტები JSON ფორმატში", "İnsidentlər JSON formatında", "Инциденты в формате JSON"],
  "json_note": ["One JSON array with one object per incident (one per line); lists stay lists and attributions and sources are objects.", "ერთი JSON მასივი, თითო ობიექტით თითო ინციდენტზე (თითო სტრიქონზე); სიები სიებად რჩება, მიკუთვნებები და წყაროები კი ობიექტებია.", "Hər insident üçün bir obyekt olan (hər sətirdə bir) bir JSON massivi; siyahılar siyahı olaraq qalır, aidiyyətlər və mənbələr isə obyektlərdir.", "Один массив JSON, по объекту на инцидент (по одному в строке); списки остаются списками, атрибуции и источники — объекты."],
  "counts_title": ["About the numbers", "რიცხვების შესახებ", "Rəqəmlər haqqında", "О цифрах"],
  "counts_note": ["The files list every published incident, verified or not. Our statistics count verified incidents only, and withhold counts below {threshold} together with any count from which a withheld one could be worked out.", "ფაილები შეიცავს ყველა გამოქვეყნებულ ინციდენტს, გადამოწმებულსაც და გადაუმოწმებელსაც. ჩვენი სტატისტიკა მხოლოდ გადამოწმებულ ინციდენტებს ითვლის და არ აჩვენებს {threshold}-ზე ნაკლებ რიცხვებს, ისევე როგორც ნებისმიერ რიცხვს, საიდანაც დამალული რიცხვის გამოთვლა იქნებოდა შესაძლებელი.", "Fayllarda təsdiqlənmiş olub-olmamasından asılı olmayaraq bütün dərc olunmuş insidentlər var. Statistikamız yalnız təsdiqlənmiş insidentləri hesablayır və {threshold}-dən kiçik rəqəmləri, həmçinin gizlədilmiş rəqəmi hesablamağa imkan verən istənilən rəqəmi göstərmir.", "В файлах — все опубликованные инциденты, проверенные и нет. Наша статистика учитывает только проверенные инциденты и скрывает числа меньше {threshold}, а также любые числа, по которым скрытое можно было бы вычислить."],
  "accountability_link": ["See the accountability dashboard", "იხილეთ ანგარიშვალდებულების პანელი", "Hesabatlılıq panelinə baxın", "Смотрите панель подотчётности"],
  "dictionary": ["Data dictionary", "მონაცემთა ლექსიკონი", "Məlumat lüğəti", "Словарь данных"],
  "dictionary_caption": ["Columns of the CSV file and fields of the JSON file", "CSV ფაილის სვეტები და JSON ფაილის ველები", "CSV faylının sütunları və JSON faylının sahələri", "Столбцы файла CSV и поля файла JSON"],
  "col_name": ["Column", "სვეტი", "Sütun", "Столбец"],
  "col_meaning": ["Meaning", "მნიშვნელობა", "Mənası", "Значение"],
  "col_values": ["Values", "მნიშვნელობები", "Dəyərlər", "Допустимые значения"],
  "col_rule": ["Generalisation", "განზოგადება", "Ümumiləşdirmə", "Обобщение"],
  "vocabulary": ["Codes of {column}", "{column}-ის კოდები", "{column} kodları", "Коды столбца {column}"],
  "code": ["Code", "კოდი", "Kod", "Код"],
  "label": ["Label", "დასახელება", "Ad", "Название"],
} as const satisfies Record<string, Phrase>;

/** Keys of the data page's catalogue. */
export type DataKey = keyof typeof ROWS;

/** The data page's strings per language (checked by incidents.messages.test.ts). */
export const dataMessages = byLanguage<DataKey>(ROWS);

/** Lookup over the data page's catalogue. */
export const dm = translator(dataMessages);
