import type { Scheme } from "../../../vocabularies/vocabulary.labels.ts";
import type { DownloadColumn } from "./data.record.ts";
import type { Phrase } from "./incidents.messages.ts";

/** What the data dictionary says about one download column, in the four languages. */
export interface DictionaryEntry {
  meaning: Phrase;
  values: Phrase;
  rule: Phrase;
  /** The controlled vocabulary the codes come from (listed with labels on the page). */
  scheme?: Scheme;
}

const AS_IS: Phrase = [
  "Published as recorded.",
  "ქვეყნდება ისე, როგორც ჩაწერილია.",
  "Qeydə alındığı kimi dərc olunur.",
  "Публикуется как записано.",
];
const ISO: Phrase = [
  "Two-letter ISO 3166-1 code, e.g. GE, AZ.",
  "ISO 3166-1-ის ორასოიანი კოდი, მაგ. GE, AZ.",
  "ISO 3166-1 üzrə iki hərfli kod, məs. GE, AZ.",
  "Двухбуквенный код ISO 3166-1, например GE, AZ.",
];
const DAYS: Phrase = [
  "Whole number of days, or empty.",
  "დღეების მთელი რიცხვი ან ცარიელი.",
  "Günlərin tam sayı və ya boş.",
  "Целое число дней или пусто.",
];
const CODES: Phrase = [
  "A code from the vocabulary below.",
  "კოდი ქვემოთ მოცემული ლექსიკონიდან.",
  "Aşağıdakı lüğətdən bir kod.",
  "Код из словаря ниже.",
];
const CODE_LIST: Phrase = [
  'Codes from the vocabulary below; in CSV separated by "; ".',
  "კოდები ქვემოთ მოცემული ლექსიკონიდან; CSV-ში გამოყოფილია „; “-ით.",
  'Aşağıdakı lüğətdən kodlar; CSV-də "; " ilə ayrılır.',
  "Коды из словаря ниже; в CSV разделены «; ».",
];
const BOOL: Phrase = ["true or false.", "true ან false.", "true və ya false.", "true или false."];
const MONTH_OR_YEAR: Phrase = [
  "Generalised: never a day, only the month (when known) or the year.",
  "განზოგადებულია: არასდროს დღე, მხოლოდ თვე (თუ ცნობილია) ან წელი.",
  "Ümumiləşdirilib: heç vaxt gün deyil, yalnız ay (məlumdursa) və ya il.",
  "Обобщено: никогда не день, только месяц (если известен) или год.",
];

// One line per language so that the four can be reviewed side by side.
// prettier-ignore
export const DICTIONARY: Record<DownloadColumn, DictionaryEntry> = {
  public_id: { meaning: ["The incident's public identifier; the incident page is /incidents/{public_id}/.", "ინციდენტის საჯარო იდენტიფიკატორი; ინციდენტის გვერდია /incidents/{public_id}/.", "İnsidentin ictimai identifikatoru; insident səhifəsi /incidents/{public_id}/ ünvanındadır.", "Публичный идентификатор инцидента; страница инцидента — /incidents/{public_id}/."], values: ["\"i\" followed by 20 hexadecimal digits.", "„i“ და 20 თექვსმეტობითი ციფრი.", "\"i\" və 20 onaltılıq rəqəm.", "«i» и 20 шестнадцатеричных цифр."], rule: ["Derived with a secret key: it reveals nothing about our internal records and stays the same if the incident is republished.", "იქმნება საიდუმლო გასაღებით: არაფერს ამხელს ჩვენს შიდა ჩანაწერებზე და არ იცვლება ხელახლა გამოქვეყნებისას.", "Gizli açarla yaradılır: daxili qeydlərimiz haqqında heç nə açmır və yenidən dərc olunanda dəyişmir.", "Создаётся с секретным ключом: ничего не раскрывает о наших внутренних записях и не меняется при повторной публикации."] },
  origin_state: { meaning: ["The state the targeted people come from and whose authorities are suspected.", "ქვეყანა, საიდანაც სამიზნე პირები არიან და რომლის ხელისუფლებაც ეჭვმიტანილია.", "Hədəf alınan şəxslərin mənsub olduğu və hakimiyyətindən şübhələnilən dövlət.", "Государство, откуда родом пострадавшие и чьи власти подозреваются."], values: ISO, rule: AS_IS },
  host_state: { meaning: ["The state where the targeted people live in exile and where the incident took place or had its effect.", "ქვეყანა, სადაც სამიზნე პირები დევნილობაში ცხოვრობენ და სადაც ინციდენტი მოხდა ან აისახა.", "Hədəf alınan şəxslərin mühacirətdə yaşadığı və insidentin baş verdiyi və ya təsir etdiyi dövlət.", "Государство, где пострадавшие живут в эмиграции и где произошёл инцидент или сказались его последствия."], values: ISO, rule: AS_IS },
  date_from: { meaning: ["When the incident began.", "როდის დაიწყო ინციდენტი.", "İnsidentin başladığı vaxt.", "Когда начался инцидент."], values: ["YYYY-MM or YYYY, or empty when unknown.", "YYYY-MM ან YYYY, ან ცარიელი, თუ უცნობია.", "YYYY-MM və ya YYYY; məlum deyilsə, boş.", "ГГГГ-ММ или ГГГГ; пусто, если неизвестно."], rule: MONTH_OR_YEAR },
  date_to: { meaning: ["When the incident ended, if it lasted over a longer period.", "როდის დასრულდა ინციდენტი, თუ ის ხანგრძლივი იყო.", "İnsident uzun sürübsə, başa çatdığı vaxt.", "Когда закончился инцидент, если он длился долго."], values: ["YYYY-MM or YYYY, or empty.", "YYYY-MM ან YYYY, ან ცარიელი.", "YYYY-MM və ya YYYY, yaxud boş.", "ГГГГ-ММ или ГГГГ, либо пусто."], rule: MONTH_OR_YEAR },
  date_precision: { meaning: ["How precisely the dates are published.", "რა სიზუსტით ქვეყნდება თარიღები.", "Tarixlərin hansı dəqiqliklə dərc olunduğu.", "С какой точностью опубликованы даты."], values: ["month, year or unknown.", "month (თვე), year (წელი) ან unknown (უცნობი).", "month (ay), year (il) və ya unknown (naməlum).", "month (месяц), year (год) или unknown (неизвестно)."], rule: AS_IS },
  year: { meaning: ["The year the incident began; statistics are counted by this year.", "ინციდენტის დაწყების წელი; სტატისტიკა ამ წლის მიხედვით ითვლება.", "İnsidentin başladığı il; statistika bu ilə görə hesablanır.", "Год начала инцидента; статистика ведётся по этому году."], values: ["Four-digit year, or empty.", "ოთხნიშნა წელი ან ცარიელი.", "Dörd rəqəmli il və ya boş.", "Год из четырёх цифр или пусто."], rule: AS_IS },
  city: { meaning: ["The city where the incident took place.", "ქალაქი, სადაც ინციდენტი მოხდა.", "İnsidentin baş verdiyi şəhər.", "Город, где произошёл инцидент."], values: ["A city name, or empty.", "ქალაქის სახელი ან ცარიელი.", "Şəhər adı və ya boş.", "Название города или пусто."], rule: ["Generalised: never an address or a neighbourhood; empty when only the country is published.", "განზოგადებულია: არასდროს მისამართი ან უბანი; ცარიელია, როცა მხოლოდ ქვეყანა ქვეყნდება.", "Ümumiləşdirilib: heç vaxt ünvan və ya məhəllə deyil; yalnız ölkə dərc olunanda boşdur.", "Обобщено: никогда не адрес и не район; пусто, если публикуется только страна."] },
  place_precision: { meaning: ["How precisely the place is published.", "რა სიზუსტით ქვეყნდება ადგილი.", "Yerin hansı dəqiqliklə dərc olunduğu.", "С какой точностью опубликовано место."], values: ["city, country, online or unknown.", "city (ქალაქი), country (ქვეყანა), online (ონლაინ) ან unknown (უცნობი).", "city (şəhər), country (ölkə), online (onlayn) və ya unknown (naməlum).", "city (город), country (страна), online (онлайн) или unknown (неизвестно)."], rule: AS_IS },
  tactics: { meaning: ["Every tactic used in the incident.", "ინციდენტში გამოყენებული ყველა ტაქტიკა.", "İnsidentdə istifadə olunan bütün taktikalar.", "Все тактики, применённые в инциденте."], values: CODE_LIST, rule: AS_IS, scheme: "tactic" },
  primary_tactic: { meaning: ["The main tactic, used for the list and for statistics.", "მთავარი ტაქტიკა, რომელიც სიასა და სტატისტიკაში გამოიყენება.", "Siyahıda və statistikada istifadə olunan əsas taktika.", "Основная тактика, по которой строятся список и статистика."], values: CODES, rule: AS_IS, scheme: "tactic" },
  primary_tactic_group: { meaning: ["The top-level group of the main tactic.", "მთავარი ტაქტიკის ზედა დონის ჯგუფი.", "Əsas taktikanın yuxarı səviyyəli qrupu.", "Группа верхнего уровня для основной тактики."], values: CODES, rule: AS_IS, scheme: "tactic_group" },
  target_profiles: { meaning: ["Why the targeted people are targeted: their public role.", "რატომ არიან პირები სამიზნე: მათი საჯარო როლი.", "Şəxslərin niyə hədəf alındığı: onların ictimai rolu.", "Почему люди стали целью: их общественная роль."], values: CODE_LIST, rule: AS_IS, scheme: "target_profile" },
  named_victims: { meaning: ["Names of targeted people who agreed to be named.", "იმ სამიზნე პირების სახელები, რომლებიც დასახელებას დათანხმდნენ.", "Adının çəkilməsinə razılıq verən hədəf şəxslərin adları.", "Имена пострадавших, согласившихся на упоминание."], values: ["Names; in CSV separated by \"; \". Usually empty.", "სახელები; CSV-ში გამოყოფილია „; “-ით. ჩვეულებრივ ცარიელია.", "Adlar; CSV-də \"; \" ilə ayrılır. Adətən boşdur.", "Имена; в CSV разделены «; ». Обычно пусто."], rule: ["A name is published only with the person's written consent to a named case; otherwise nobody is named.", "სახელი ქვეყნდება მხოლოდ პირის წერილობითი თანხმობით; სხვა შემთხვევაში არავინ სახელდება.", "Ad yalnız şəxsin yazılı razılığı ilə dərc olunur; əks halda heç kimin adı çəkilmir.", "Имя публикуется только с письменного согласия человека; в остальных случаях никто не называется."] },
  verification_status: { meaning: ["How far we have verified the incident.", "რამდენად გადავამოწმეთ ინციდენტი.", "İnsidenti nə dərəcədə təsdiqləmişik.", "Насколько мы проверили инцидент."], values: CODES, rule: AS_IS, scheme: "verification_status" },
  counted: { meaning: ["Whether the incident is counted in the public statistics.", "აღირიცხება თუ არა ინციდენტი საჯარო სტატისტიკაში.", "İnsidentin ictimai statistikada hesablanıb-hesablanmadığı.", "Учитывается ли инцидент в публичной статистике."], values: BOOL, rule: ["Only verified incidents are counted.", "აღირიცხება მხოლოდ გადამოწმებული ინციდენტები.", "Yalnız təsdiqlənmiş insidentlər hesablanır.", "Учитываются только проверенные инциденты."] },
  countable: { meaning: ["Whether the incident meets the stricter physical-incident rule used for comparison with other datasets.", "აკმაყოფილებს თუ არა ინციდენტი ფიზიკური ინციდენტის უფრო მკაცრ წესს, რომელიც სხვა მონაცემებთან შესადარებლად გამოიყენება.", "İnsidentin digər məlumat toplularla müqayisə üçün istifadə olunan daha sərt fiziki insident qaydasına uyğun olub-olmadığı.", "Соответствует ли инцидент более строгому правилу физического инцидента, используемому для сравнения с другими наборами данных."], values: BOOL, rule: AS_IS },
  attributions: { meaning: ["States we hold responsible, their role and how confident we are.", "სახელმწიფოები, რომლებსაც პასუხისმგებლად მივიჩნევთ, მათი როლი და ჩვენი დარწმუნებულობა.", "Məsul hesab etdiyimiz dövlətlər, onların rolu və əminlik dərəcəmiz.", "Государства, которые мы считаем ответственными, их роль и степень нашей уверенности."], values: ["In CSV state:role:confidence, separated by \"; \"; in JSON objects.", "CSV-ში state:role:confidence, გამოყოფილი „; “-ით; JSON-ში ობიექტები.", "CSV-də state:role:confidence, \"; \" ilə ayrılır; JSON-da obyektlər.", "В CSV state:role:confidence через «; »; в JSON — объекты."], rule: ["Only attributions assessed as likely or more, and approved for publication.", "მხოლოდ „სავარაუდო“ ან უფრო მაღალი შეფასების და გამოსაქვეყნებლად დამტკიცებული მიკუთვნებები.", "Yalnız \"ehtimal olunur\" və ya daha yüksək qiymətləndirilmiş və dərc üçün təsdiqlənmiş aidiyyətlər.", "Только атрибуции с оценкой «вероятно» или выше, одобренные к публикации."], scheme: "attribution_confidence" },
  complaints: { meaning: ["How many complaints were filed with the authorities.", "რამდენი საჩივარი შევიდა ხელისუფლებაში.", "Hakimiyyət orqanlarına neçə şikayət verilib.", "Сколько жалоб подано в органы власти."], values: ["Whole number.", "მთელი რიცხვი.", "Tam ədəd.", "Целое число."], rule: AS_IS },
  furthest_stage: { meaning: ["The furthest stage any complaint reached: reported, registered, investigation opened, perpetrator identified, charged, convicted.", "ყველაზე შორეული ეტაპი, რომელსაც რომელიმე საჩივარმა მიაღწია: შეტყობინება, რეგისტრაცია, გამოძიება, დამნაშავის დადგენა, ბრალდება, მსჯავრდება.", "Hər hansı şikayətin çatdığı ən son mərhələ: bildirilib, qeydə alınıb, istintaq başlanıb, törədən müəyyən edilib, ittiham, məhkumluq.", "Наиболее продвинутая стадия по любой жалобе: сообщено, зарегистрировано, начато расследование, установлен виновный, обвинение, приговор."], values: ["none, reported, registered, investigation_opened, perpetrator_identified, charged, convicted.", "none, reported, registered, investigation_opened, perpetrator_identified, charged, convicted.", "none, reported, registered, investigation_opened, perpetrator_identified, charged, convicted.", "none, reported, registered, investigation_opened, perpetrator_identified, charged, convicted."], rule: AS_IS },
  first_response_days: { meaning: ["Days from the first complaint to the first answer from an authority.", "დღეები პირველი საჩივრიდან ხელისუფლების პირველ პასუხამდე.", "İlk şikayətdən hakimiyyətin ilk cavabına qədər keçən günlər.", "Дни от первой жалобы до первого ответа властей."], values: DAYS, rule: ["Only the number of days is published, never the dates themselves.", "ქვეყნდება მხოლოდ დღეების რაოდენობა, არასდროს თავად თარიღები.", "Yalnız günlərin sayı dərc olunur, tarixlərin özü yox.", "Публикуется только число дней, но не сами даты."] },
  days_without_response: { meaning: ["Days since the first complaint without any answer, when none has come yet.", "პირველი საჩივრიდან გასული დღეები, თუ პასუხი ჯერ არ მოსულა.", "Hələ cavab gəlməyibsə, ilk şikayətdən keçən günlər.", "Дни с первой жалобы, если ответа ещё нет."], values: DAYS, rule: ["Counted on the day of publication.", "ითვლება გამოქვეყნების დღისთვის.", "Dərc günü üçün hesablanır.", "Считается на день публикации."] },
  sources: { meaning: ["Public sources we cite, with our grade (source reliability A–F, information credibility 1–6).", "საჯარო წყაროები, რომლებსაც ვუთითებთ, ჩვენი შეფასებით (წყაროს სანდოობა A–F, ინფორმაციის დამაჯერებლობა 1–6).", "İstinad etdiyimiz ictimai mənbələr və qiymətimiz (mənbənin etibarlılığı A–F, məlumatın inandırıcılığı 1–6).", "Публичные источники, на которые мы ссылаемся, с нашей оценкой (надёжность источника A–F, достоверность сведений 1–6)."], values: ["In CSV \"B2 title <url>\", separated by \"; \"; in JSON objects.", "CSV-ში „B2 სათაური <url>“, გამოყოფილი „; “-ით; JSON-ში ობიექტები.", "CSV-də \"B2 başlıq <url>\", \"; \" ilə ayrılır; JSON-da obyektlər.", "В CSV «B2 название <url>» через «; »; в JSON — объекты."], rule: ["Only published sources; people who gave us information are never cited.", "მხოლოდ გამოქვეყნებული წყაროები; ინფორმაციის მომწოდებელი პირები არასდროს მიეთითება.", "Yalnız dərc olunmuş mənbələr; bizə məlumat verən şəxslərə heç vaxt istinad edilmir.", "Только опубликованные источники; люди, давшие нам сведения, никогда не указываются."] },
  summary: { meaning: ["A short public description of what happened, written for publication.", "მოკლე საჯარო აღწერა იმისა, რაც მოხდა, დაწერილი გამოსაქვეყნებლად.", "Baş verənlərin dərc üçün yazılmış qısa ictimai təsviri.", "Краткое публичное описание произошедшего, написанное для публикации."], values: ["Text, or empty.", "ტექსტი ან ცარიელი.", "Mətn və ya boş.", "Текст или пусто."], rule: ["Written and reviewed by two editors so that no one can be identified from it.", "იწერება და მოწმდება ორი რედაქტორის მიერ, რომ მისგან ვერავინ ამოიცნონ.", "İki redaktor tərəfindən yazılır və yoxlanılır ki, ondan heç kim tanınmasın.", "Пишется и проверяется двумя редакторами, чтобы по нему никого нельзя было узнать."] },
};
