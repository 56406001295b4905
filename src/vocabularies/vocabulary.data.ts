import { FLAT_SCHEMES, TACTICS, TACTIC_GROUPS } from "./vocabulary.codes.ts";

/** A built-in vocabulary term as seeded, before it is stamped with an id and version. */
export interface VocabularyTermInput {
  scheme: string;
  code: string;
  parent: string | null;
  sort_order: number;
  labels: { en: string; ka: string; az: string; ru: string };
  crosswalk: { esf: string | null; freedom_house: string | null; pace: string | null };
  retired: boolean;
}

type TacticGroup = keyof typeof TACTIC_GROUPS;
type Tactic = keyof typeof TACTICS;
type FlatScheme = keyof typeof FLAT_SCHEMES;
type CodesOf = { tactic_group: TacticGroup; tactic: Tactic } & {
  [S in FlatScheme]: (typeof FLAT_SCHEMES)[S][number];
};
type Scheme = keyof CodesOf;
type RootGroup = {
  [G in TacticGroup]: (typeof TACTIC_GROUPS)[G] extends null ? G : never;
}[TacticGroup];

type Label = readonly [en: string, ka: string, az: string, ru: string];

/** PACE Resolution 2509 (2023) groups; sub-groups take their root group's. */
const PACE: Record<RootGroup, string> = {
  direct_attack: "direct attacks",
  co_opted_host_state: "co-opting other countries",
  mobility_controls: "mobility controls",
  threats_from_distance: "threats from a distance",
};

/** Freedom House counts only physical tactics, attempts included. */
const FREEDOM_HOUSE: Partial<Record<Tactic, string>> = {
  assassination: "assassination",
  attempted_assassination: "assassination",
  assault: "assault",
  abduction_rendition: "rendition",
  host_arrest_detention: "detention",
  extradition_detention: "detention",
  unlawful_deportation: "unlawful deportation",
};

/** HURIDOCS ESF micro-thesaurus terms, named rather than numbered ("ESF:<thesaurus>/<term>"). */
const ESF: { [S in Scheme]?: Partial<Record<CodesOf[S], string>> } = {
  tactic: {
    assassination: "ESF:Acts/Killing",
    attempted_assassination: "ESF:Acts/Attempted killing",
    assault: "ESF:Acts/Assault",
    abduction_rendition: "ESF:Acts/Abduction",
    physical_intimidation: "ESF:Acts/Threat",
    stalking: "ESF:Acts/Harassment",
    physical_surveillance: "ESF:Acts/Surveillance",
    home_intrusion: "ESF:Acts/Intrusion into home",
    property_damage: "ESF:Acts/Destruction of property",
    host_arrest_detention: "ESF:Acts/Arrest",
    unlawful_deportation: "ESF:Acts/Deportation",
    extradition_detention: "ESF:Acts/Detention",
    citizenship_removed: "ESF:Acts/Deprivation of citizenship",
    travel_ban: "ESF:Acts/Restriction of movement",
    spyware: "ESF:Acts/Surveillance",
    doxxing: "ESF:Acts/Violation of privacy",
    online_threats: "ESF:Acts/Threat",
    smear_campaign: "ESF:Acts/Defamation",
    relative_detained: "ESF:Acts/Arrest",
    relative_questioned_threatened: "ESF:Acts/Threat",
    relative_dismissed: "ESF:Acts/Dismissal from work",
    property_seized_home: "ESF:Acts/Confiscation of property",
    criminal_case_home: "ESF:Acts/Prosecution",
    trial_in_absentia: "ESF:Acts/Trial in absentia",
  },
  involvement_role: {
    direct_perpetrator: "ESF:Involvement/Direct perpetrator",
    instigator: "ESF:Involvement/Instigator",
    accomplice: "ESF:Involvement/Accomplice",
    facilitator: "ESF:Involvement/Facilitator",
    failure_to_protect: "ESF:Involvement/Failure to protect",
    failure_to_investigate: "ESF:Involvement/Failure to investigate",
  },
  intervention_type: {
    police_complaint: "ESF:Intervention/Complaint",
    prosecutor_complaint: "ESF:Intervention/Complaint",
    protection_request: "ESF:Intervention/Request for protection",
    ombudsman_complaint: "ESF:Intervention/Complaint",
    appeal: "ESF:Intervention/Appeal",
    un_communication: "ESF:Intervention/UN communication",
    echr_application: "ESF:Intervention/Legal action",
    echr_rule39: "ESF:Intervention/Urgent action",
    interpol_ccf_request: "ESF:Intervention/Petition",
    publicity: "ESF:Intervention/Publicity",
  },
};

// One line per term so that the four languages can be reviewed side by side.
// prettier-ignore
const LABELS: { [S in Scheme]: Record<CodesOf[S], Label> } = {
  tactic_group: {
    direct_attack: ["Direct attacks", "პირდაპირი თავდასხმები", "Birbaşa hücumlar", "Прямые нападения"],
    co_opted_host_state: ["Co-opting the host state", "მასპინძელი სახელმწიფოს გამოყენება", "Qəbul edən dövlətdən istifadə", "Использование принимающего государства"],
    mobility_controls: ["Mobility controls", "გადაადგილების კონტროლი", "Hərəkət azadlığına nəzarət", "Контроль передвижения"],
    threats_from_distance: ["Threats from a distance", "დისტანციური მუქარა", "Uzaqdan təhdidlər", "Угрозы на расстоянии"],
    digital_threats: ["Digital threats", "ციფრული მუქარა", "Rəqəmsal təhdidlər", "Цифровые угрозы"],
    threats_by_proxy: ["Threats by proxy", "მუქარა ნათესავების მეშვეობით", "Qohumlar vasitəsilə təzyiq", "Давление через родственников"],
    legal_threats: ["Legal threats", "სამართლებრივი ზეწოლა", "Hüquqi təzyiq", "Юридическое давление"],
  },
  tactic: {
    assassination: ["Assassination", "მკვლელობა", "Qətl", "Убийство"],
    attempted_assassination: ["Attempted assassination", "მკვლელობის მცდელობა", "Qətlə cəhd", "Покушение на убийство"],
    assault: ["Assault", "ფიზიკური თავდასხმა", "Fiziki hücum", "Физическое нападение"],
    abduction_rendition: ["Abduction or rendition", "გატაცება ან უკანონო გადაცემა", "Qaçırılma və ya qeyri-qanuni təhvil", "Похищение или незаконная выдача"],
    physical_intimidation: ["Intimidation or threat in person", "პირისპირ დაშინება ან მუქარა", "Şəxsən hədələmə və ya qorxutma", "Запугивание или угрозы при личной встрече"],
    stalking: ["Following or stalking", "თვალის დევნება ან ადევნება", "İzləmə və ya təqib", "Слежка или преследование"],
    physical_surveillance: ["Physical surveillance", "ფიზიკური თვალთვალი", "Fiziki müşahidə", "Наружное наблюдение"],
    home_intrusion: ["Home intrusion", "საცხოვრებელში შეღწევა", "Yaşayış yerinə soxulma", "Проникновение в жилище"],
    property_damage: ["Property damage", "ქონების დაზიანება", "Əmlaka ziyan vurulması", "Повреждение имущества"],
    embassy_approach: ["Approach by embassy staff or agents", "საელჩოს თანამშრომლების ან აგენტების მიერ კონტაქტი", "Səfirlik əməkdaşları və ya agentlər tərəfindən əlaqə", "Обращение сотрудников посольства или агентов"],
    host_arrest_detention: ["Arrest or detention in the host country", "დაკავება ან დაპატიმრება მასპინძელ ქვეყანაში", "Qəbul edən ölkədə tutulma və ya həbs", "Арест или задержание в стране пребывания"],
    unlawful_deportation: ["Unlawful deportation", "უკანონო დეპორტაცია", "Qanunsuz deportasiya", "Незаконная депортация"],
    extradition_request: ["Extradition request", "ექსტრადიციის მოთხოვნა", "Ekstradisiya sorğusu", "Запрос об экстрадиции"],
    extradition_detention: ["Detention pending extradition", "ექსტრადიციის მიზნით დაპატიმრება", "Ekstradisiya məqsədilə həbs", "Экстрадиционный арест"],
    interpol_notice: ["Interpol notice or diffusion", "ინტერპოლის ცირკულარი ან დიფუზია", "İnterpol bildirişi və ya diffuziyası", "Уведомление или циркуляр Интерпола"],
    asylum_refused: ["Asylum refused", "თავშესაფარზე უარი", "Sığınacaq verilməsindən imtina", "Отказ в убежище"],
    residence_permit_refused: ["Residence permit refused or not extended", "ბინადრობის ნებართვის გაცემაზე ან გაგრძელებაზე უარი", "Yaşayış icazəsinin verilməsindən və ya uzadılmasından imtina", "Отказ в виде на жительство или в его продлении"],
    entry_refused: ["Entry refused", "ქვეყანაში შესვლაზე უარი", "Ölkəyə buraxılmama", "Отказ во въезде"],
    mla_misuse: ["Misuse of mutual legal assistance", "ურთიერთსამართლებრივი დახმარების ბოროტად გამოყენება", "Qarşılıqlı hüquqi yardımdan sui-istifadə", "Злоупотребление взаимной правовой помощью"],
    ineffective_investigation: ["Ineffective investigation", "არაეფექტიანი გამოძიება", "Səmərəsiz istintaq", "Неэффективное расследование"],
    passport_cancelled: ["Passport cancelled or not renewed", "პასპორტის გაუქმება ან განახლებაზე უარი", "Pasportun ləğvi və ya yenilənməsindən imtina", "Аннулирование паспорта или отказ в его замене"],
    consular_service_refused: ["Consular services refused", "საკონსულო მომსახურებაზე უარი", "Konsulluq xidmətindən imtina", "Отказ в консульских услугах"],
    citizenship_removed: ["Citizenship revoked", "მოქალაქეობის ჩამორთმევა", "Vətəndaşlıqdan məhrum etmə", "Лишение гражданства"],
    travel_ban: ["Travel ban", "ქვეყნიდან გასვლის აკრძალვა", "Ölkədən çıxış qadağası", "Запрет на выезд"],
    spyware: ["Spyware", "ჯაშუშური პროგრამა", "Casus proqram", "Шпионская программа"],
    phishing: ["Phishing", "ფიშინგი", "Fişinq", "Фишинг"],
    account_compromise: ["Account compromise", "ანგარიშის გატეხვა", "Hesabın ələ keçirilməsi", "Взлом аккаунта"],
    doxxing: ["Doxxing", "პირადი მონაცემების გასაჯაროება", "Şəxsi məlumatların ifşası", "Публикация личных данных (доксинг)"],
    online_threats: ["Online threats", "ონლაინ მუქარა", "Onlayn təhdidlər", "Угрозы в интернете"],
    smear_campaign: ["Smear campaign or disinformation", "ცილისწამების კამპანია ან დეზინფორმაცია", "Qarayaxma kampaniyası və ya dezinformasiya", "Клеветническая кампания или дезинформация"],
    impersonation: ["Impersonation", "სხვის სახელით თავის გასაღება", "Başqasının adından çıxış etmə", "Выдача себя за другое лицо"],
    ddos: ["DDoS attack", "DDoS შეტევა", "DDoS hücumu", "DDoS-атака"],
    relative_detained: ["Relative detained", "ნათესავის დაკავება", "Qohumun tutulması", "Задержание родственника"],
    relative_questioned_threatened: ["Relative questioned or threatened", "ნათესავის დაკითხვა ან დაშინება", "Qohumun dindirilməsi və ya hədələnməsi", "Допрос родственника или угрозы ему"],
    relative_dismissed: ["Relative dismissed from work", "ნათესავის სამსახურიდან გათავისუფლება", "Qohumun işdən çıxarılması", "Увольнение родственника с работы"],
    property_seized_home: ["Property seized in the home country", "ქონების ჩამორთმევა სამშობლოში", "Vətəndə əmlakın müsadirəsi", "Изъятие имущества на родине"],
    criminal_case_home: ["Criminal case in the home country", "სისხლის სამართლის საქმე სამშობლოში", "Vətəndə cinayət işi", "Уголовное дело на родине"],
    trial_in_absentia: ["Trial in absentia", "დაუსწრებლად გასამართლება", "Qiyabi məhkəmə", "Заочный суд"],
    wanted_listing: ["Placed on a wanted list", "ძებნილად გამოცხადება", "Axtarışa verilmə", "Объявление в розыск"],
  },
  organisation_kind: {
    ngo: ["NGO", "არასამთავრობო ორგანიზაცია", "Qeyri-hökumət təşkilatı", "Неправительственная организация"],
    police: ["Police", "პოლიცია", "Polis", "Полиция"],
    prosecutor: ["Prosecutor's office", "პროკურატურა", "Prokurorluq", "Прокуратура"],
    migration_agency: ["Migration agency", "მიგრაციის სამსახური", "Miqrasiya orqanı", "Миграционная служба"],
    court: ["Court", "სასამართლო", "Məhkəmə", "Суд"],
    ministry: ["Ministry", "სამინისტრო", "Nazirlik", "Министерство"],
    security_service: ["Security service", "უსაფრთხოების სამსახური", "Təhlükəsizlik xidməti", "Служба безопасности"],
    embassy: ["Embassy or consulate", "საელჩო ან საკონსულო", "Səfirlik və ya konsulluq", "Посольство или консульство"],
    intergovernmental: ["Intergovernmental organisation", "სამთავრობათაშორისო ორგანიზაცია", "Hökumətlərarası təşkilat", "Межправительственная организация"],
    media: ["Media", "მედია", "Media", "СМИ"],
    other: ["Other", "სხვა", "Digər", "Другое"],
  },
  person_kind: {
    individual: ["Individual", "ინდივიდი", "Fərd", "Отдельное лицо"],
    group: ["Group", "ჯგუფი", "Qrup", "Группа"],
  },
  target_profile: {
    journalist: ["Journalist", "ჟურნალისტი", "Jurnalist", "Журналист"],
    blogger: ["Blogger", "ბლოგერი", "Bloqer", "Блогер"],
    human_rights_defender: ["Human rights defender", "უფლებადამცველი", "Hüquq müdafiəçisi", "Правозащитник"],
    opposition_activist: ["Opposition activist", "ოპოზიციური აქტივისტი", "Müxalifət fəalı", "Оппозиционный активист"],
    lawyer: ["Lawyer", "ადვოკატი", "Vəkil", "Адвокат"],
    religious_figure: ["Religious figure", "რელიგიური მოღვაწე", "Din xadimi", "Религиозный деятель"],
    minority_member: ["Member of a minority", "უმცირესობის წარმომადგენელი", "Azlıq nümayəndəsi", "Представитель меньшинства"],
    former_insider: ["Former insider", "სისტემის ყოფილი თანამშრომელი", "Sistemin keçmiş əməkdaşı", "Бывший сотрудник системы"],
    relative_of_target: ["Relative of a target", "დევნილი პირის ნათესავი", "Təqib olunan şəxsin qohumu", "Родственник преследуемого"],
    other: ["Other", "სხვა", "Digər", "Другое"],
  },
  residence_status: {
    citizen: ["Citizen", "მოქალაქე", "Vətəndaş", "Гражданин"],
    permanent_resident: ["Permanent residence", "მუდმივი ბინადრობა", "Daimi yaşayış icazəsi", "Постоянный вид на жительство"],
    temporary_residence: ["Temporary residence", "დროებითი ბინადრობა", "Müvəqqəti yaşayış icazəsi", "Временный вид на жительство"],
    asylum_seeker: ["Asylum seeker", "თავშესაფრის მაძიებელი", "Sığınacaq axtaran şəxs", "Лицо, ищущее убежища"],
    refugee: ["Refugee", "ლტოლვილი", "Qaçqın", "Беженец"],
    humanitarian_status: ["Humanitarian status", "ჰუმანიტარული სტატუსი", "Humanitar status", "Гуманитарный статус"],
    stateless: ["Stateless", "მოქალაქეობის არმქონე პირი", "Vətəndaşlığı olmayan şəxs", "Лицо без гражданства"],
    visa_free_stay: ["Visa-free stay", "უვიზო ყოფნა", "Vizasız qalma", "Безвизовое пребывание"],
    irregular: ["Irregular stay", "სტატუსის გარეშე ყოფნა", "Sənədsiz qalma", "Пребывание без документов"],
    unknown: ["Unknown", "უცნობია", "Məlum deyil", "Неизвестно"],
  },
  consent_level: {
    aggregate_only: ["Aggregate statistics only", "მხოლოდ განზოგადებული სტატისტიკა", "Yalnız ümumiləşdirilmiş statistika", "Только обобщённая статистика"],
    anonymised_case: ["Anonymised case", "ანონიმიზებული შემთხვევა", "Anonimləşdirilmiş hal", "Анонимизированный случай"],
    named_case: ["Named case", "შემთხვევა სახელის მითითებით", "Adı açıqlanan hal", "Случай с указанием имени"],
  },
  date_precision: {
    exact: ["Exact date", "ზუსტი თარიღი", "Dəqiq tarix", "Точная дата"],
    approximate_day: ["Approximate day", "დაახლოებითი დღე", "Təxmini gün", "Приблизительный день"],
    week: ["Week", "კვირა", "Həftə", "Неделя"],
    month: ["Month", "თვე", "Ay", "Месяц"],
    year: ["Year", "წელი", "İl", "Год"],
    range: ["Date range", "თარიღების შუალედი", "Tarix aralığı", "Диапазон дат"],
    unknown: ["Unknown", "უცნობია", "Məlum deyil", "Неизвестно"],
  },
  place_precision: {
    address: ["Address", "მისამართი", "Ünvan", "Адрес"],
    neighbourhood: ["Neighbourhood", "უბანი", "Məhəllə", "Район"],
    city: ["City", "ქალაქი", "Şəhər", "Город"],
    region: ["Region", "რეგიონი", "Region", "Регион"],
    country: ["Country", "ქვეყანა", "Ölkə", "Страна"],
    online: ["Online", "ონლაინ", "Onlayn", "Онлайн"],
    unknown: ["Unknown", "უცნობია", "Məlum deyil", "Неизвестно"],
  },
  verification_status: {
    reported: ["Reported", "ცნობა მიღებულია", "Məlumat verilib", "Сообщено"],
    corroborated: ["Corroborated", "დადასტურებული", "Təsdiqlənib", "Подтверждено"],
    verified: ["Verified", "გადამოწმებული", "Yoxlanılıb", "Проверено"],
    disputed: ["Disputed", "სადავო", "Mübahisəli", "Оспаривается"],
    retracted: ["Retracted", "უკან წაღებული", "Geri götürülüb", "Отозвано"],
  },
  sensitivity: {
    normal: ["Normal", "ჩვეულებრივი", "Adi", "Обычная"],
    sensitive: ["Sensitive", "სენსიტიური", "Həssas", "Чувствительная"],
    highly_sensitive: ["Highly sensitive", "განსაკუთრებით სენსიტიური", "Çox həssas", "Особо чувствительная"],
  },
  incident_link_type: {
    precedes: ["Precedes", "წინ უსწრებს", "Ondan əvvəl baş verib", "Предшествует"],
    causes: ["Causes", "იწვევს", "Səbəb olub", "Является причиной"],
    same_campaign: ["Part of the same campaign", "იმავე კამპანიის ნაწილი", "Eyni kampaniyanın hissəsi", "Часть той же кампании"],
  },
  consequence: {
    injury: ["Injury", "სხეულის დაზიანება", "Xəsarət", "Телесные повреждения"],
    detention: ["Detention", "დაპატიმრება", "Həbs", "Лишение свободы"],
    displacement: ["Displacement", "იძულებითი გადაადგილება", "Məcburi köçkünlük", "Вынужденное перемещение"],
    loss_of_livelihood: ["Loss of livelihood", "საარსებო წყაროს დაკარგვა", "Dolanışıq mənbəyinin itirilməsi", "Потеря средств к существованию"],
    psychological_harm: ["Psychological harm", "ფსიქოლოგიური ზიანი", "Psixoloji zərər", "Психологический вред"],
    family_harm: ["Harm to family", "ზიანი ოჯახისთვის", "Ailəyə zərər", "Вред семье"],
    self_censorship: ["Self-censorship", "თვითცენზურა", "Özünütsenzura", "Самоцензура"],
    relocation: ["Relocation", "საცხოვრებლის შეცვლა", "Yaşayış yerinin dəyişdirilməsi", "Переезд"],
    death: ["Death", "სიკვდილი", "Ölüm", "Смерть"],
    none_known: ["None known", "ცნობილი შედეგი არ არის", "Məlum nəticə yoxdur", "Известных последствий нет"],
  },
  actor_type: {
    origin_state_security: ["Security service of the origin state", "წარმოშობის ქვეყნის უსაფრთხოების სამსახური", "Mənşə ölkəsinin təhlükəsizlik xidməti", "Спецслужба страны происхождения"],
    origin_state_police: ["Police of the origin state", "წარმოშობის ქვეყნის პოლიცია", "Mənşə ölkəsinin polisi", "Полиция страны происхождения"],
    origin_state_official: ["Official of the origin state", "წარმოშობის ქვეყნის თანამდებობის პირი", "Mənşə ölkəsinin vəzifəli şəxsi", "Должностное лицо страны происхождения"],
    diplomat_or_embassy: ["Diplomat or embassy", "დიპლომატი ან საელჩო", "Diplomat və ya səfirlik", "Дипломат или посольство"],
    host_state_police: ["Police of the host state", "მასპინძელი ქვეყნის პოლიცია", "Qəbul edən ölkənin polisi", "Полиция страны пребывания"],
    host_state_security: ["Security service of the host state", "მასპინძელი ქვეყნის უსაფრთხოების სამსახური", "Qəbul edən ölkənin təhlükəsizlik xidməti", "Спецслужба страны пребывания"],
    host_state_migration: ["Migration authority of the host state", "მასპინძელი ქვეყნის მიგრაციის სამსახური", "Qəbul edən ölkənin miqrasiya orqanı", "Миграционная служба страны пребывания"],
    host_state_prosecutor: ["Prosecutor's office of the host state", "მასპინძელი ქვეყნის პროკურატურა", "Qəbul edən ölkənin prokurorluğu", "Прокуратура страны пребывания"],
    host_state_court: ["Court of the host state", "მასპინძელი ქვეყნის სასამართლო", "Qəbul edən ölkənin məhkəməsi", "Суд страны пребывания"],
    proxy_or_hired: ["Proxy or hired person", "შუამავალი ან დაქირავებული პირი", "Vasitəçi və ya muzdlu şəxs", "Посредник или нанятое лицо"],
    online_actor: ["Online actor", "ონლაინ აქტორი", "İnternetdə fəaliyyət göstərən şəxs", "Действующее лицо в интернете"],
    unknown: ["Unknown", "უცნობია", "Məlum deyil", "Неизвестно"],
  },
  involvement_role: {
    direct_perpetrator: ["Direct perpetrator", "უშუალო შემსრულებელი", "Bilavasitə icraçı", "Непосредственный исполнитель"],
    instigator: ["Instigator", "წამქეზებელი", "Təhrikçi", "Подстрекатель"],
    accomplice: ["Accomplice", "თანამონაწილე", "Şərik", "Соучастник"],
    facilitator: ["Facilitator", "ხელშემწყობი", "Yardımçı", "Пособник"],
    failure_to_protect: ["Failure to protect", "დაცვის ვალდებულების შეუსრულებლობა", "Müdafiə öhdəliyinin yerinə yetirilməməsi", "Непредоставление защиты"],
    failure_to_investigate: ["Failure to investigate", "გამოძიების ვალდებულების შეუსრულებლობა", "İstintaq öhdəliyinin yerinə yetirilməməsi", "Непроведение расследования"],
  },
  attribution_confidence: {
    almost_certain: ["Almost certain", "თითქმის უეჭველი", "Demək olar ki, şübhəsiz", "Почти наверняка"],
    very_likely: ["Very likely", "ძალიან სავარაუდო", "Çox ehtimallı", "Весьма вероятно"],
    likely: ["Likely", "სავარაუდო", "Ehtimallı", "Вероятно"],
    roughly_even: ["Roughly even chance", "შანსები დაახლოებით თანაბარია", "Ehtimal təxminən bərabərdir", "Шансы примерно равны"],
    unlikely: ["Unlikely", "ნაკლებად სავარაუდო", "Az ehtimallı", "Маловероятно"],
    very_unlikely: ["Very unlikely", "ძალიან ნაკლებად სავარაუდო", "Çox az ehtimallı", "Крайне маловероятно"],
    unknown: ["Unknown", "უცნობია", "Məlum deyil", "Неизвестно"],
  },
  attribution_basis: {
    official_acknowledgement: ["Official acknowledgement", "ოფიციალური აღიარება", "Rəsmi etiraf", "Официальное признание"],
    forensic: ["Forensic evidence", "ექსპერტიზის დასკვნა", "Ekspertiza rəyi", "Данные экспертизы"],
    witness_identification: ["Identified by a witness", "მოწმის მიერ ამოცნობა", "Şahid tərəfindən tanınma", "Опознание свидетелем"],
    documentary: ["Documentary evidence", "დოკუმენტური მტკიცებულება", "Sənədli sübut", "Документальные доказательства"],
    pattern: ["Pattern of similar cases", "მსგავს შემთხვევებთან თანხვედრა", "Oxşar hallarla uyğunluq", "Сходство с другими случаями"],
    victim_belief: ["Victim's belief", "დაზარალებულის ვარაუდი", "Zərərçəkmişin qənaəti", "Убеждение пострадавшего"],
  },
  source_kind: {
    person: ["Person", "პირი", "Şəxs", "Человек"],
    organisation: ["Organisation", "ორგანიზაცია", "Təşkilat", "Организация"],
    publication: ["Publication", "პუბლიკაცია", "Nəşr", "Публикация"],
  },
  source_reliability: {
    A: ["Completely reliable", "სრულიად სანდო", "Tam etibarlı", "Полностью надёжный"],
    B: ["Usually reliable", "როგორც წესი, სანდო", "Adətən etibarlı", "Обычно надёжный"],
    C: ["Fairly reliable", "საკმაოდ სანდო", "Kifayət qədər etibarlı", "Достаточно надёжный"],
    D: ["Not usually reliable", "როგორც წესი, არასანდო", "Adətən etibarsız", "Обычно ненадёжный"],
    E: ["Unreliable", "არასანდო", "Etibarsız", "Ненадёжный"],
    F: ["Reliability cannot be judged", "სანდოობის შეფასება შეუძლებელია", "Etibarlılığı qiymətləndirmək mümkün deyil", "Надёжность невозможно оценить"],
  },
  information_credibility: {
    "1": ["Confirmed by other sources", "დადასტურებულია სხვა წყაროებით", "Digər mənbələrlə təsdiqlənib", "Подтверждено другими источниками"],
    "2": ["Probably true", "სავარაუდოდ სიმართლეა", "Yəqin ki, doğrudur", "Вероятно, достоверно"],
    "3": ["Possibly true", "შესაძლოა სიმართლე იყოს", "Ola bilsin ki, doğrudur", "Возможно, достоверно"],
    "4": ["Doubtful", "საეჭვო", "Şübhəli", "Сомнительно"],
    "5": ["Improbable", "ნაკლებად დამაჯერებელი", "Çətin ki, doğrudur", "Неправдоподобно"],
    "6": ["Truth cannot be judged", "სიმართლის შეფასება შეუძლებელია", "Doğruluğunu qiymətləndirmək mümkün deyil", "Достоверность невозможно оценить"],
  },
  source_connection: {
    victim: ["Victim", "დაზარალებული", "Zərərçəkmiş", "Пострадавший"],
    eyewitness: ["Eyewitness", "თვითმხილველი", "Hadisənin şahidi", "Очевидец"],
    direct_knowledge: ["Direct knowledge", "უშუალოდ ინფორმირებული", "Bilavasitə məlumatlı", "Непосредственно осведомлён"],
    indirect: ["Indirect (hearsay)", "არაპირდაპირი (გაგონილი)", "Dolayı (eşitmə)", "Косвенно (с чужих слов)"],
    media_report: ["Media report", "მედიის ცნობა", "Media xəbəri", "Сообщение СМИ"],
    official_record: ["Official record", "ოფიციალური დოკუმენტი", "Rəsmi sənəd", "Официальный документ"],
  },
  evidence_type: {
    photo: ["Photo", "ფოტო", "Foto", "Фотография"],
    video: ["Video", "ვიდეო", "Video", "Видео"],
    audio: ["Audio recording", "აუდიოჩანაწერი", "Audio yazı", "Аудиозапись"],
    document: ["Document", "დოკუმენტი", "Sənəd", "Документ"],
    screenshot: ["Screenshot", "ეკრანის ანაბეჭდი", "Ekran görüntüsü", "Снимок экрана"],
    message_log: ["Message log", "მიმოწერის ისტორია", "Yazışma tarixçəsi", "История переписки"],
    medical_report: ["Medical report", "სამედიცინო დასკვნა", "Tibbi rəy", "Медицинское заключение"],
    official_letter: ["Official letter", "ოფიციალური წერილი", "Rəsmi məktub", "Официальное письмо"],
    other: ["Other", "სხვა", "Digər", "Другое"],
  },
  custody_action: {
    collected: ["Collected", "შეგროვება", "Toplama", "Сбор"],
    stored: ["Stored", "შენახვა", "Saxlama", "Хранение"],
    accessed: ["Accessed", "გახსნა", "Baxış", "Доступ"],
    exported: ["Exported", "ექსპორტი", "İxrac", "Экспорт"],
    transferred: ["Transferred", "გადაცემა", "Ötürmə", "Передача"],
    verified: ["Verified", "გადამოწმება", "Yoxlama", "Проверка"],
  },
  intervention_actor: {
    victim: ["Victim", "დაზარალებული", "Zərərçəkmiş", "Пострадавший"],
    lawyer: ["Lawyer", "ადვოკატი", "Vəkil", "Адвокат"],
    ngo: ["NGO", "არასამთავრობო ორგანიზაცია", "Qeyri-hökumət təşkilatı", "Неправительственная организация"],
    diplomat: ["Diplomat", "დიპლომატი", "Diplomat", "Дипломат"],
    relative: ["Relative", "ნათესავი", "Qohum", "Родственник"],
  },
  intervention_type: {
    police_complaint: ["Complaint to the police", "საჩივარი პოლიციაში", "Polisə şikayət", "Заявление в полицию"],
    prosecutor_complaint: ["Complaint to the prosecutor", "საჩივარი პროკურატურაში", "Prokurorluğa şikayət", "Жалоба в прокуратуру"],
    protection_request: ["Request for protection", "დაცვის მოთხოვნა", "Mühafizə üçün müraciət", "Ходатайство о защите"],
    ombudsman_complaint: ["Complaint to the ombudsman", "მიმართვა სახალხო დამცველთან", "Ombudsmana şikayət", "Жалоба омбудсмену"],
    appeal: ["Appeal", "გასაჩივრება", "Apellyasiya şikayəti", "Обжалование"],
    un_communication: ["Communication to the UN", "მიმართვა გაეროში", "BMT-yə müraciət", "Обращение в ООН"],
    echr_application: ["Application to the ECtHR", "საჩივარი ადამიანის უფლებათა ევროპულ სასამართლოში", "AİHM-ə şikayət", "Жалоба в ЕСПЧ"],
    echr_rule39: ["Request for interim measures (Rule 39)", "ევროპული სასამართლოსთვის დროებითი ღონისძიების მოთხოვნა (39-ე წესი)", "AİHM-dən müvəqqəti tədbir tələbi (39-cu qayda)", "Запрос о срочных мерах ЕСПЧ (правило 39)"],
    interpol_ccf_request: ["Request to Interpol's CCF", "მიმართვა ინტერპოლის ფაილების კონტროლის კომისიაში", "İnterpolun Fayllara Nəzarət Komissiyasına müraciət", "Обращение в Комиссию по контролю за файлами Интерпола"],
    publicity: ["Publicity", "საჯარო გახმაურება", "İctimaiyyətə açıqlama", "Публичная огласка"],
  },
  intervention_status: {
    prepared: ["Prepared", "მომზადდა", "Hazırlanıb", "Подготовлено"],
    filed: ["Filed", "წარდგენილია", "Təqdim edilib", "Подано"],
    registration_refused: ["Registration refused", "რეგისტრაციაზე უარი ეთქვა", "Qeydiyyatdan imtina edilib", "Отказано в регистрации"],
    registered: ["Registered", "დარეგისტრირდა", "Qeydiyyata alınıb", "Зарегистрировано"],
    investigation_opened: ["Investigation opened", "გამოძიება დაიწყო", "İstintaqa başlanılıb", "Начато расследование"],
    victim_status_granted: ["Victim status granted", "მიენიჭა დაზარალებულის სტატუსი", "Zərərçəkmiş statusu verilib", "Признан потерпевшим"],
    victim_status_refused: ["Victim status refused", "დაზარალებულის სტატუსზე უარი ეთქვა", "Zərərçəkmiş statusu verilməyib", "Отказано в признании потерпевшим"],
    investigative_action: ["Investigative action", "საგამოძიებო მოქმედება", "İstintaq hərəkəti", "Следственное действие"],
    protection_granted: ["Protection granted", "დაცვა უზრუნველყოფილია", "Mühafizə təmin edilib", "Предоставлена защита"],
    protection_refused: ["Protection refused", "დაცვაზე უარი ეთქვა", "Mühafizədən imtina edilib", "Отказано в защите"],
    perpetrator_identified: ["Perpetrator identified", "დადგინდა ჩამდენი პირი", "Törədən şəxs müəyyən edilib", "Исполнитель установлен"],
    charged: ["Charged", "ბრალი წარედგინა", "İttiham irəli sürülüb", "Предъявлено обвинение"],
    trial: ["Trial", "სასამართლო განხილვა", "Məhkəmə prosesi", "Судебное разбирательство"],
    convicted: ["Convicted", "გამამტყუნებელი განაჩენი", "Məhkum edilib", "Обвинительный приговор"],
    acquitted: ["Acquitted", "გამამართლებელი განაჩენი", "Bəraət verilib", "Оправдательный приговор"],
    suspended: ["Suspended", "შეჩერდა", "Müvəqqəti dayandırılıb", "Приостановлено"],
    closed_no_crime: ["Closed: no crime", "შეწყდა: დანაშაული არ დადგინდა", "Xitam verilib: cinayət tərkibi yoxdur", "Прекращено: нет состава преступления"],
    closed_perpetrator_unknown: ["Closed: perpetrator unknown", "შეწყდა: ჩამდენი პირი უცნობია", "Xitam verilib: törədən müəyyən edilməyib", "Прекращено: виновный не установлен"],
    no_response: ["No response", "პასუხი არ არის", "Cavab yoxdur", "Нет ответа"],
    appealed: ["Appealed", "გასაჩივრდა", "Şikayət verilib", "Обжаловано"],
    reopened: ["Reopened", "განახლდა", "Yenidən açılıb", "Возобновлено"],
  },
  proceeding_type: {
    extradition: ["Extradition", "ექსტრადიცია", "Ekstradisiya", "Экстрадиция"],
    deportation: ["Deportation", "დეპორტაცია", "Deportasiya", "Депортация"],
    asylum: ["Asylum", "თავშესაფარი", "Sığınacaq", "Убежище"],
    residence_permit: ["Residence permit", "ბინადრობის ნებართვა", "Yaşayış icazəsi", "Вид на жительство"],
    entry_ban: ["Entry ban", "შემოსვლის აკრძალვა", "Ölkəyə giriş qadağası", "Запрет на въезд"],
    interpol_notice: ["Interpol notice", "ინტერპოლის ცირკულარი", "İnterpol bildirişi", "Уведомление Интерпола"],
  },
  proceeding_status: {
    opened: ["Opened", "დაიწყო", "Başlanıb", "Начато"],
    application_filed: ["Application filed", "განცხადება წარდგენილია", "Ərizə təqdim edilib", "Подано заявление"],
    hearing: ["Hearing", "სასამართლო სხდომა", "Məhkəmə iclası", "Слушание"],
    detained: ["Detained", "დაკავებულია", "Həbs edilib", "Взят под стражу"],
    released: ["Released", "გათავისუფლდა", "Azad edilib", "Освобождён"],
    granted: ["Granted", "დაკმაყოფილდა", "Təmin edilib", "Удовлетворено"],
    refused: ["Refused", "უარი ეთქვა", "Rədd edilib", "Отказано"],
    appealed: ["Appealed", "გასაჩივრდა", "Şikayət verilib", "Обжаловано"],
    appeal_granted: ["Appeal granted", "საჩივარი დაკმაყოფილდა", "Şikayət təmin edilib", "Жалоба удовлетворена"],
    appeal_refused: ["Appeal refused", "საჩივარი არ დაკმაყოფილდა", "Şikayət rədd edilib", "Жалоба отклонена"],
    closed: ["Closed", "დასრულდა", "Başa çatıb", "Завершено"],
    executed: ["Enforced", "აღსრულდა", "İcra edilib", "Исполнено"],
  },
  risk_level: {
    low: ["Low", "დაბალი", "Aşağı", "Низкий"],
    moderate: ["Moderate", "საშუალო", "Orta", "Умеренный"],
    high: ["High", "მაღალი", "Yüksək", "Высокий"],
    critical: ["Critical", "კრიტიკული", "Kritik", "Критический"],
  },
  document_type: {
    analytical_document: ["Analysis", "ანალიტიკური დოკუმენტი", "Analitik sənəd", "Аналитический материал"],
    statement: ["Statement", "განცხადება", "Bəyanat", "Заявление"],
    news: ["News", "სიახლე", "Xəbər", "Новость"],
    report: ["Report", "ანგარიში", "Hesabat", "Доклад"],
  },
  document_category: {
    ethnic_minorities: ["Ethnic minorities", "ეთნიკური უმცირესობები", "Etnik azlıqlar", "Этнические меньшинства"],
    transnational_repression: ["Transnational repression", "ტრანსნაციონალური რეპრესიები", "Transmilli repressiya", "Транснациональные репрессии"],
    freedom_of_expression: ["Freedom of expression", "გამოხატვის თავისუფლება", "İfadə azadlığı", "Свобода выражения мнений"],
    migration_and_asylum: ["Migration and asylum", "მიგრაცია და თავშესაფარი", "Miqrasiya və sığınacaq", "Миграция и убежище"],
    rule_of_law: ["Rule of law", "კანონის უზენაესობა", "Hüququn aliliyi", "Верховенство права"],
  },
  document_status: {
    draft: ["Draft", "სამუშაო ვერსია", "Qaralama", "Черновик"],
    in_review: ["In review", "განხილვაშია", "Yoxlanılır", "На проверке"],
    approved: ["Approved", "დამტკიცებულია", "Təsdiqlənib", "Утверждено"],
    published: ["Published", "გამოქვეყნებულია", "Dərc edilib", "Опубликовано"],
    withdrawn: ["Withdrawn", "მოხსნილია", "Geri çəkilib", "Отозвано"],
  },
  translation_status: {
    original: ["Original", "ორიგინალი", "Orijinal", "Оригинал"],
    draft: ["Draft translation", "თარგმანის სამუშაო ვერსია", "Tərcümə qaralaması", "Черновой перевод"],
    reviewed: ["Reviewed translation", "გადამოწმებული თარგმანი", "Yoxlanılmış tərcümə", "Проверенный перевод"],
  },
};

function rootGroup(group: TacticGroup): RootGroup {
  const parent = TACTIC_GROUPS[group];
  return parent === null ? (group as RootGroup) : rootGroup(parent);
}

function paceOf(scheme: Scheme, code: string): string | null {
  if (scheme === "tactic_group") return PACE[rootGroup(code as TacticGroup)];
  if (scheme === "tactic") return PACE[rootGroup(TACTICS[code as Tactic])];
  return null;
}

function terms<S extends Scheme>(
  scheme: S,
  codes: readonly CodesOf[S][],
  parentOf: (code: CodesOf[S]) => string | null,
): VocabularyTermInput[] {
  const esf: Partial<Record<CodesOf[S], string>> = ESF[scheme] ?? {};
  return codes.map((code, sort_order) => {
    const [en, ka, az, ru] = LABELS[scheme][code];
    return {
      scheme,
      code,
      parent: parentOf(code),
      sort_order,
      labels: { en, ka, az, ru },
      crosswalk: {
        esf: esf[code] ?? null,
        freedom_house: scheme === "tactic" ? (FREEDOM_HOUSE[code as Tactic] ?? null) : null,
        pace: paceOf(scheme, code),
      },
      retired: false,
    };
  });
}

const keysOf = <T extends object>(o: T) => Object.keys(o) as (keyof T & string)[];

/** Every built-in term: tactic groups, tactics, then each flat scheme, in display order. */
export const VOCABULARY_TERMS: readonly VocabularyTermInput[] = [
  ...terms("tactic_group", keysOf(TACTIC_GROUPS), (code) => TACTIC_GROUPS[code]),
  ...terms("tactic", keysOf(TACTICS), (code) => TACTICS[code]),
  ...keysOf(FLAT_SCHEMES).flatMap((scheme) => terms(scheme, FLAT_SCHEMES[scheme], () => null)),
];
