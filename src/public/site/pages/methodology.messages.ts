import { translator } from "../../../i18n/i18n.ts";
import type { Lang } from "../../../i18n/languages.ts";

// Facts from the 2017 report and Freedom House's published totals; every sentence our own.
const en = {
  title: "How we count",
  contents: "On this page",
  lead: "What an incident is, which incidents are counted, the terms we use, and what we never publish.",
  "count.title": "What we count",
  "count.p1":
    "An incident is one event in which a state, or someone acting for it, targets a person who lives outside its borders. One incident can hold several acts, for example being followed and later threatened, and can concern several people.",
  "count.p2":
    "An incident enters the statistics only when it has been published, verified, dated at least to the year and given at least one tactic. Each incident is counted once, under its main tactic group, so the rows of a table add up to its total.",
  "count.p3":
    "Reports we could not verify, and reports that turned out to be disputed or were retracted, stay out of every count.",
  "fh.title": "How our count compares with Freedom House",
  "fh.p1":
    "Freedom House counts physical incidents of transnational repression: direct acts such as assassinations, assaults, detentions, unlawful deportations and renditions. By its count, 48 origin states carried out 1,219 such incidents in 103 host countries between 2014 and 2024.",
  "fh.p2":
    "We also record the everyday pressure that its rule leaves out: surveillance, threats to relatives at home, digital attacks and criminal cases opened in absentia. Every incident therefore carries a flag saying whether it meets Freedom House's physical-incident rule. The flagged count can be set beside theirs; our full count is larger, and the difference shows how much of the pressure is never counted.",
  "tactics.title": "Tactics",
  "tactics.p":
    "We group tactics as Resolution 2509 of the Parliamentary Assembly of the Council of Europe and Freedom House do. An incident can involve several tactics.",
  "stages.title": "How far the authorities went",
  "stages.p1":
    "For every incident we follow each complaint to the police, prosecutors, migration authorities and courts, and show the furthest stage the authorities reached:",
  "stages.p2":
    "Waiting times are counted in days from the first complaint to the authorities' first answer. An incident without any answer is shown as such, with the days elapsed.",
  "stage.reported": "Reported to the authorities",
  "stage.registered": "Complaint registered",
  "stage.investigation_opened": "Investigation opened",
  "stage.perpetrator_identified": "Perpetrator identified",
  "stage.charged": "Charged",
  "stage.convicted": "Convicted",
  "attribution.title": "Who is held responsible",
  "attribution.p":
    "We name a state as responsible for an incident only when our assessment is at least “likely” and an editor has approved it for publication.",
  "never.title": "What we never publish",
  "never.names": "a person's name, unless that person has agreed in writing to a named case;",
  "never.contacts": "contact details, addresses, or any place more precise than a city;",
  "never.dates": "exact dates: only the month or the year;",
  "never.sources":
    "sources who asked for protection, evidence files, risk assessments and internal notes.",
  "suppression.title": "Small numbers are withheld",
  "suppression.p1":
    "A count below {n} is not published. Exile communities are small, and a count of one or two can point to a person. Such a number appears as “withheld”, never as zero.",
  "suppression.p2":
    "Where needed we withhold further numbers too, so that a withheld one cannot be worked out by subtraction, for example by taking the published figures of the other countries away from a published total.",
  "suppression.p3":
    "Figures quoted inside publications come from the same published tables and follow the same rule.",
  "review.title": "Review and corrections",
  "review.p":
    "Two editors approve every publication and every incident before it appears here. When a person withdraws consent, the incident is taken down.",
} as const;

/** A key of the methodology catalogue. */
export type MethodologyKey = keyof typeof en;

const ka: Record<MethodologyKey, string> = {
  title: "როგორ ვითვლით",
  contents: "ამ გვერდზე",
  lead: "რა არის ინციდენტი, რომელი ინციდენტები ითვლება, რა ტერმინებს ვიყენებთ და რას არასოდეს ვაქვეყნებთ.",
  "count.title": "რას ვითვლით",
  "count.p1":
    "ინციდენტი არის ერთი მოვლენა, როდესაც სახელმწიფო ან მისი სახელით მოქმედი პირი მიზანში იღებს ადამიანს, რომელიც ამ სახელმწიფოს საზღვრებს გარეთ ცხოვრობს. ერთი ინციდენტი შეიძლება რამდენიმე ქმედებას მოიცავდეს, მაგალითად, თვალის დევნებას და შემდეგ მუქარას, და რამდენიმე ადამიანს ეხებოდეს.",
  "count.p2":
    "სტატისტიკაში ინციდენტი მხოლოდ მაშინ შედის, როცა ის გამოქვეყნებულია, გადამოწმებულია, თარიღი ცნობილია სულ მცირე წლის სიზუსტით და მითითებულია ერთი ტაქტიკა მაინც. თითოეული ინციდენტი ერთხელ ითვლება, მისი მთავარი ტაქტიკური ჯგუფის ქვეშ, ამიტომ ცხრილის სტრიქონების ჯამი მის საერთო რიცხვს ემთხვევა.",
  "count.p3":
    "ცნობები, რომელთა გადამოწმებაც ვერ მოხერხდა, ასევე სადავო ან უკან გამოთხოვილი ცნობები არცერთ დათვლაში არ შედის.",
  "fh.title": "როგორ შეედრება ჩვენი დათვლა Freedom House-ის მონაცემებს",
  "fh.p1":
    "Freedom House ითვლის ტრანსნაციონალური რეპრესიის ფიზიკურ ინციდენტებს: პირდაპირ ქმედებებს, როგორიცაა მკვლელობა, თავდასხმა, დაკავება, უკანონო დეპორტაცია და იძულებითი გადაცემა. მისი მონაცემებით, 2014–2024 წლებში 48 წარმოშობის სახელმწიფომ 103 მასპინძელ ქვეყანაში ასეთი 1 219 ინციდენტი ჩაიდინა.",
  "fh.p2":
    "ჩვენ ვაღრიცხავთ ყოველდღიურ ზეწოლასაც, რომელსაც ეს წესი არ მოიცავს: თვალთვალს, ნათესავებზე მუქარას სამშობლოში, ციფრულ თავდასხმებს და დაუსწრებლად აღძრულ სისხლის სამართლის საქმეებს. ამიტომ თითოეულ ინციდენტს აქვს ნიშანი, აკმაყოფილებს თუ არა ის Freedom House-ის ფიზიკური ინციდენტის წესს. ნიშნით მონიშნული რიცხვი შეიძლება მათ მონაცემებს შევადაროთ; ჩვენი სრული რიცხვი უფრო დიდია და სხვაობა აჩვენებს, ზეწოლის რა ნაწილი რჩება დაუთვლელი.",
  "tactics.title": "ტაქტიკები",
  "tactics.p":
    "ტაქტიკებს ვაჯგუფებთ ისე, როგორც ევროპის საბჭოს საპარლამენტო ასამბლეის 2509-ე რეზოლუცია და Freedom House. ერთ ინციდენტში შეიძლება რამდენიმე ტაქტიკა იყოს გამოყენებული.",
  "stages.title": "რამდენად შორს წავიდნენ ხელისუფლების ორგანოები",
  "stages.p1":
    "თითოეულ ინციდენტზე ვადევნებთ თვალს ყველა საჩივარს, რომელიც პოლიციას, პროკურატურას, მიგრაციის ორგანოებსა და სასამართლოებს მიმართეს, და ვაჩვენებთ ყველაზე შორეულ ეტაპს, რომელსაც ხელისუფლებამ მიაღწია:",
  "stages.p2":
    "ლოდინის დრო დღეებში ითვლება პირველი საჩივრიდან ხელისუფლების პირველ პასუხამდე. ინციდენტი, რომელსაც პასუხი არ მიუღია, ასეც არის ნაჩვენები, გასული დღეების რაოდენობით.",
  "stage.reported": "ხელისუფლებას ეცნობა",
  "stage.registered": "საჩივარი დარეგისტრირდა",
  "stage.investigation_opened": "გამოძიება დაიწყო",
  "stage.perpetrator_identified": "ჩამდენი პირი დადგინდა",
  "stage.charged": "ბრალი წარედგინა",
  "stage.convicted": "გამამტყუნებელი განაჩენი",
  "attribution.title": "ვის ვაკისრებთ პასუხისმგებლობას",
  "attribution.p":
    "სახელმწიფოს ინციდენტზე პასუხისმგებლად მხოლოდ მაშინ ვასახელებთ, როცა ჩვენი შეფასებით ეს სულ მცირე „სავარაუდოა“ და რედაქტორმა გამოქვეყნებაზე თანხმობა მისცა.",
  "never.title": "რას არასოდეს ვაქვეყნებთ",
  "never.names":
    "ადამიანის სახელს, თუ მას წერილობით არ განუცხადებია თანხმობა სახელით გამოქვეყნებაზე;",
  "never.contacts": "საკონტაქტო მონაცემებს, მისამართებს ან ქალაქზე უფრო ზუსტ ადგილს;",
  "never.dates": "ზუსტ თარიღებს: მხოლოდ თვეს ან წელს;",
  "never.sources":
    "წყაროებს, რომლებმაც დაცვა ითხოვეს, მტკიცებულებების ფაილებს, რისკის შეფასებებს და შიდა ჩანაწერებს.",
  "suppression.title": "მცირე რიცხვები არ ქვეყნდება",
  "suppression.p1":
    "{n}-ზე ნაკლები რიცხვი არ ქვეყნდება. დევნილთა თემები მცირეა და ერთი ან ორი შემთხვევა შეიძლება კონკრეტულ ადამიანზე მიუთითებდეს. ასეთი რიცხვის ნაცვლად წერია „დაფარულია“ და არასოდეს — ნული.",
  "suppression.p2":
    "საჭიროების შემთხვევაში სხვა რიცხვებსაც ვფარავთ, რათა დაფარული რიცხვის გამოთვლა გამოკლებით შეუძლებელი იყოს, მაგალითად, გამოქვეყნებული ჯამიდან დანარჩენი ქვეყნების გამოქვეყნებული რიცხვების გამოკლებით.",
  "suppression.p3":
    "პუბლიკაციებში მოყვანილი რიცხვები იმავე გამოქვეყნებული ცხრილებიდან მოდის და იმავე წესს ემორჩილება.",
  "review.title": "გადამოწმება და შესწორებები",
  "review.p":
    "ყოველ პუბლიკაციასა და ინციდენტს აქ გამოჩენამდე ორი რედაქტორი ამტკიცებს. როცა ადამიანი თანხმობას უკან იღებს, ინციდენტი საიტიდან იშლება.",
};

const az: Record<MethodologyKey, string> = {
  title: "Necə sayırıq",
  contents: "Bu səhifədə",
  lead: "Hadisə nədir, hansı hadisələr sayılır, hansı terminlərdən istifadə edirik və nəyi heç vaxt dərc etmirik.",
  "count.title": "Nəyi sayırıq",
  "count.p1":
    "Hadisə dövlətin və ya onun adından hərəkət edən şəxsin həmin dövlətin sərhədlərindən kənarda yaşayan insanı hədəfə aldığı bir hadisədir. Bir hadisə bir neçə əməldən ibarət ola bilər, məsələn, əvvəlcə izləmə, sonra hədə, və bir neçə insana aid ola bilər.",
  "count.p2":
    "Hadisə statistikaya yalnız dərc olunduqda, təsdiqləndikdə, tarixi ən azı il dəqiqliyi ilə məlum olduqda və ən azı bir taktika göstərildikdə daxil olur. Hər hadisə əsas taktika qrupu üzrə bir dəfə sayılır, buna görə cədvəlin sətirlərinin cəmi ümumi rəqəmə bərabərdir.",
  "count.p3":
    "Təsdiqlənə bilməyən, mübahisəli olduğu üzə çıxan və ya geri götürülən məlumatlar heç bir saya daxil edilmir.",
  "fh.title": "Sayımız Freedom House-un sayı ilə necə müqayisə olunur",
  "fh.p1":
    "Freedom House transmilli repressiyanın fiziki hadisələrini sayır: qətl, hücum, həbs, qanunsuz deportasiya və zorla təhvil kimi birbaşa əməlləri. Onun hesablamasına görə, 2014–2024-cü illərdə 48 mənşə dövləti 103 qəbul edən ölkədə belə 1 219 hadisə törədib.",
  "fh.p2":
    "Biz bu qaydanın əhatə etmədiyi gündəlik təzyiqi də qeydə alırıq: izləmə, vətəndəki qohumlara hədələr, rəqəmsal hücumlar və qiyabi açılan cinayət işləri. Buna görə hər hadisədə onun Freedom House-un fiziki hadisə qaydasına uyğun olub-olmadığını göstərən işarə var. İşarələnmiş say onların sayı ilə müqayisə edilə bilər; tam sayımız daha böyükdür və fərq təzyiqin nə qədərinin heç vaxt sayılmadığını göstərir.",
  "tactics.title": "Taktikalar",
  "tactics.p":
    "Taktikaları Avropa Şurası Parlament Assambleyasının 2509 saylı qətnaməsi və Freedom House kimi qruplaşdırırıq. Bir hadisədə bir neçə taktika ola bilər.",
  "stages.title": "Hakimiyyət orqanları nə qədər irəli gedib",
  "stages.p1":
    "Hər hadisə üzrə polisə, prokurorluğa, miqrasiya orqanlarına və məhkəmələrə verilən hər şikayəti izləyirik və hakimiyyətin çatdığı ən son mərhələni göstəririk:",
  "stages.p2":
    "Gözləmə müddəti ilk şikayətdən hakimiyyətin ilk cavabına qədər günlərlə hesablanır. Heç bir cavab almamış hadisə elə də göstərilir, keçən günlərin sayı ilə.",
  "stage.reported": "Hakimiyyətə bildirilib",
  "stage.registered": "Şikayət qeydə alınıb",
  "stage.investigation_opened": "İstintaq başlanıb",
  "stage.perpetrator_identified": "Törədən müəyyən edilib",
  "stage.charged": "İttiham irəli sürülüb",
  "stage.convicted": "Məhkum edilib",
  "attribution.title": "Məsuliyyəti kimə aid edirik",
  "attribution.p":
    "Dövləti hadisəyə görə məsul yalnız qiymətləndirməmiz ən azı “ehtimal olunan” səviyyədə olduqda və redaktor dərcə razılıq verdikdə adlandırırıq.",
  "never.title": "Nəyi heç vaxt dərc etmirik",
  "never.names": "şəxsin adını, əgər o, adla dərc olunmağa yazılı razılıq verməyibsə;",
  "never.contacts": "əlaqə məlumatlarını, ünvanları və ya şəhərdən daha dəqiq yeri;",
  "never.dates": "dəqiq tarixləri: yalnız ay və ya il;",
  "never.sources":
    "müdafiə istəmiş mənbələri, sübut fayllarını, risk qiymətləndirmələrini və daxili qeydləri.",
  "suppression.title": "Kiçik rəqəmlər açıqlanmır",
  "suppression.p1":
    "{n}-dən kiçik say dərc edilmir. Mühacir icmaları kiçikdir və bir-iki hal konkret insanı göstərə bilər. Belə rəqəmin yerində “açıqlanmır” yazılır, heç vaxt sıfır yox.",
  "suppression.p2":
    "Lazım gəldikdə başqa rəqəmləri də gizlədirik ki, açıqlanmayan rəqəmi çıxma yolu ilə hesablamaq mümkün olmasın, məsələn, dərc olunmuş cəmdən digər ölkələrin dərc olunmuş rəqəmlərini çıxmaqla.",
  "suppression.p3":
    "Nəşrlərdə gətirilən rəqəmlər eyni dərc olunmuş cədvəllərdən götürülür və eyni qaydaya tabedir.",
  "review.title": "Yoxlama və düzəlişlər",
  "review.p":
    "Hər nəşri və hər hadisəni burada görünməzdən əvvəl iki redaktor təsdiqləyir. İnsan razılığını geri götürdükdə hadisə saytdan silinir.",
};

const ru: Record<MethodologyKey, string> = {
  title: "Как мы считаем",
  contents: "На этой странице",
  lead: "Что такое инцидент, какие инциденты учитываются, какими терминами мы пользуемся и что никогда не публикуем.",
  "count.title": "Что мы считаем",
  "count.p1":
    "Инцидент — это одно событие, в котором государство или действующее от его имени лицо преследует человека, живущего за пределами этого государства. Инцидент может включать несколько действий, например слежку, а затем угрозы, и касаться нескольких людей.",
  "count.p2":
    "Инцидент попадает в статистику, только если он опубликован, проверен, датирован хотя бы с точностью до года и для него указана хотя бы одна тактика. Каждый инцидент учитывается один раз, в своей основной группе тактик, поэтому строки таблицы в сумме дают её итог.",
  "count.p3":
    "Сообщения, которые не удалось проверить, а также оспоренные или отозванные сообщения не входят ни в один подсчёт.",
  "fh.title": "Как наш подсчёт соотносится с данными Freedom House",
  "fh.p1":
    "Freedom House учитывает физические инциденты транснациональных репрессий: прямые действия, такие как убийства, нападения, задержания, незаконные депортации и насильственные выдачи. По её данным, в 2014–2024 годах 48 государств происхождения совершили 1 219 таких инцидентов в 103 странах пребывания.",
  "fh.p2":
    "Мы фиксируем и повседневное давление, которое это правило не охватывает: слежку, угрозы родственникам на родине, цифровые атаки и уголовные дела, возбуждённые заочно. Поэтому у каждого инцидента есть отметка о том, соответствует ли он правилу Freedom House о физических инцидентах. Число отмеченных инцидентов можно сравнить с её данными; наш полный подсчёт больше, и разница показывает, какая часть давления остаётся неучтённой.",
  "tactics.title": "Тактики",
  "tactics.p":
    "Мы группируем тактики так же, как Резолюция 2509 Парламентской ассамблеи Совета Европы и Freedom House. В одном инциденте может быть несколько тактик.",
  "stages.title": "Как далеко продвинулись власти",
  "stages.p1":
    "По каждому инциденту мы следим за всеми жалобами в полицию, прокуратуру, миграционные органы и суды и показываем самую дальнюю стадию, которой достигли власти:",
  "stages.p2":
    "Время ожидания считается в днях от первой жалобы до первого ответа властей. Инцидент, на который ответа не было, так и показан, с числом прошедших дней.",
  "stage.reported": "Сообщено властям",
  "stage.registered": "Жалоба зарегистрирована",
  "stage.investigation_opened": "Начато расследование",
  "stage.perpetrator_identified": "Виновный установлен",
  "stage.charged": "Предъявлено обвинение",
  "stage.convicted": "Обвинительный приговор",
  "attribution.title": "Кого мы считаем ответственным",
  "attribution.p":
    "Мы называем государство ответственным за инцидент, только если наша оценка не ниже «вероятно» и редактор одобрил её публикацию.",
  "never.title": "Что мы никогда не публикуем",
  "never.names":
    "имя человека, если он не дал письменного согласия на публикацию дела под своим именем;",
  "never.contacts": "контактные данные, адреса и любое место точнее города;",
  "never.dates": "точные даты: только месяц или год;",
  "never.sources":
    "источники, попросившие о защите, файлы доказательств, оценки рисков и внутренние заметки.",
  "suppression.title": "Малые числа скрываются",
  "suppression.p1":
    "Число меньше {n} не публикуется. Общины эмигрантов невелики, и один-два случая могут указать на конкретного человека. Вместо такого числа стоит «скрыто», и никогда — ноль.",
  "suppression.p2":
    "При необходимости мы скрываем и другие числа, чтобы скрытое нельзя было вычислить вычитанием, например отняв от опубликованного итога опубликованные числа по остальным странам.",
  "suppression.p3":
    "Числа, приведённые в публикациях, берутся из тех же опубликованных таблиц и подчиняются тому же правилу.",
  "review.title": "Проверка и исправления",
  "review.p":
    "Каждую публикацию и каждый инцидент до появления здесь утверждают два редактора. Если человек отзывает согласие, инцидент удаляется с сайта.",
};

/** The methodology page's text in the four languages. */
export const METHODOLOGY_MESSAGES: Record<Lang, Record<MethodologyKey, string>> = {
  en,
  ka,
  az,
  ru,
};

/** A methodology message with placeholders filled. */
export const mt = translator(METHODOLOGY_MESSAGES).t;
