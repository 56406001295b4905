import { translator } from "../../../i18n/i18n.ts";
import type { Lang } from "../../../i18n/languages.ts";

// Facts of the 2017 report retold in our own words (the seed page's sentences are not reused).
const en = {
  title: "About us",
  lead: "{site} documents transnational repression: how governments reach across borders to frighten and silence people who left, and how the country those people live in now responds.",
  "work.title": "What we do",
  "work.p1":
    "We record incidents that exiles, their lawyers and their families report to us, check them against other sources, and follow each complaint made to the police, prosecutors, migration authorities and courts until it is closed.",
  "work.p2":
    "The work started with Azerbaijani journalists and activists living in exile in Georgia. A joint report by several human rights organisations in 2017 described six of their cases. One of them, the journalist Afgan Mukhtarli, disappeared in Tbilisi in May 2017 and was in custody in Baku two days later. The authors found no complaint by an exile to the Georgian police that had led to anyone being identified as a perpetrator.",
  "work.p3":
    "We publish analyses, anonymised incident records and statistics in Georgian, English, Azerbaijani and Russian, so that the people affected, journalists and officials can all read them.",
  "find.title": "What you will find here",
  "find.documents": "Publications: analyses, reports, statements and news",
  "find.incidents": "Incidents: the public, anonymised record of each published case",
  "find.accountability": "Accountability: what the authorities did after each complaint",
  "find.methodology": "How we count: definitions, sources and the rules that protect people",
  "find.data": "Open data: the same figures as files to download",
  "find.feeds": "News feeds: follow new publications in a feed reader",
  "help.title": "If you are in danger",
  "help.hotline": "Call our hotline:",
  "help.none":
    "If you are in immediate danger, call the local emergency number. For advice, contact a lawyer or a human rights organisation you trust.",
  "privacy.title": "Your privacy on this site",
  "privacy.p1":
    "This site sets no cookies, uses no analytics and loads nothing from other websites. It works without JavaScript. The application does not record who reads what: its logs note only the kind of page requested and whether it worked.",
  "privacy.p2":
    "The public site holds only what two editors approved for publication, with dates and places generalised. It cannot reveal the people in our files, because it never receives their details.",
} as const;

/** A key of the about-page catalogue. */
export type AboutKey = keyof typeof en;

const ka: Record<AboutKey, string> = {
  title: "ჩვენ შესახებ",
  lead: "{site} აღრიცხავს ტრანსნაციონალურ რეპრესიებს: როგორ აღწევენ მთავრობები საზღვრებს მიღმა, რათა დააშინონ და გააჩუმონ ქვეყნიდან წასული ადამიანები, და როგორ რეაგირებს ქვეყანა, სადაც ეს ადამიანები ახლა ცხოვრობენ.",
  "work.title": "რას ვაკეთებთ",
  "work.p1":
    "ვაღრიცხავთ ინციდენტებს, რომლებსაც დევნილები, მათი ადვოკატები და ოჯახის წევრები გვატყობინებენ, ვამოწმებთ მათ სხვა წყაროებით და ვადევნებთ თვალს ყოველ საჩივარს პოლიციაში, პროკურატურაში, მიგრაციის ორგანოებსა და სასამართლოებში მის დასრულებამდე.",
  "work.p2":
    "მუშაობა დაიწყო საქართველოში დევნილობაში მცხოვრები აზერბაიჯანელი ჟურნალისტებითა და აქტივისტებით. 2017 წელს რამდენიმე უფლებადამცველმა ორგანიზაციამ ერთობლივ ანგარიშში მათგან ექვსის საქმე აღწერა. ერთ-ერთი მათგანი, ჟურნალისტი აფგან მუხთარლი, 2017 წლის მაისში თბილისში გაქრა და ორი დღის შემდეგ ბაქოში დაკავებული აღმოჩნდა. ავტორებმა ვერ იპოვეს დევნილის ვერცერთი საჩივარი საქართველოს პოლიციაში, რომელსაც დამნაშავის დადგენა მოჰყოლოდა.",
  "work.p3":
    "ანალიზს, ანონიმიზებულ ჩანაწერებს ინციდენტების შესახებ და სტატისტიკას ვაქვეყნებთ ქართულ, ინგლისურ, აზერბაიჯანულ და რუსულ ენებზე, რათა მათი წაკითხვა შეძლონ დაზარალებულებმა, ჟურნალისტებმა და თანამდებობის პირებმა.",
  "find.title": "რას იპოვით აქ",
  "find.documents": "პუბლიკაციები: ანალიზი, ანგარიშები, განცხადებები და სიახლეები",
  "find.incidents": "ინციდენტები: თითოეული გამოქვეყნებული საქმის საჯარო, ანონიმიზებული ჩანაწერი",
  "find.accountability": "ანგარიშვალდებულება: რა გააკეთა ხელისუფლებამ ყოველი საჩივრის შემდეგ",
  "find.methodology": "როგორ ვითვლით: განმარტებები, წყაროები და ადამიანების დაცვის წესები",
  "find.data": "ღია მონაცემები: იგივე რიცხვები ჩამოსატვირთ ფაილებად",
  "find.feeds": "სიახლეების არხები: ახალი პუბლიკაციები თქვენს წამკითხველ პროგრამაში",
  "help.title": "თუ საფრთხეში ხართ",
  "help.hotline": "დარეკეთ ჩვენს ცხელ ხაზზე:",
  "help.none":
    "თუ უშუალო საფრთხე გემუქრებათ, დარეკეთ ადგილობრივ საგანგებო ნომერზე. რჩევისთვის მიმართეთ ადვოკატს ან უფლებადამცველ ორგანიზაციას, რომელსაც ენდობით.",
  "privacy.title": "თქვენი კონფიდენციალურობა ამ საიტზე",
  "privacy.p1":
    "ეს საიტი არ იყენებს ქუქი-ფაილებს და ანალიტიკას და სხვა ვებსაიტებიდან არაფერს ტვირთავს. ის JavaScript-ის გარეშე მუშაობს. აპლიკაცია არ იწერს, ვინ რას კითხულობს: მის ჟურნალში მხოლოდ მოთხოვნილი გვერდის სახე და შედეგი აისახება.",
  "privacy.p2":
    "საჯარო საიტზე მხოლოდ ის ინახება, რის გამოქვეყნებასაც ორმა რედაქტორმა დაუჭირა მხარი, განზოგადებული თარიღებითა და ადგილებით. მას არ შეუძლია ჩვენს ჩანაწერებში მყოფი ადამიანების გამჟღავნება, რადგან მათი მონაცემები მასში არასოდეს ხვდება.",
};

const az: Record<AboutKey, string> = {
  title: "Haqqımızda",
  lead: "{site} transmilli repressiyanı sənədləşdirir: hökumətlərin ölkəni tərk edən insanları qorxutmaq və susdurmaq üçün sərhədlərdən kənara necə uzandığını və bu insanların indi yaşadığı ölkənin buna necə reaksiya verdiyini.",
  "work.title": "Nə edirik",
  "work.p1":
    "Mühacirlərin, onların vəkillərinin və ailələrinin bizə bildirdiyi hadisələri qeydə alır, digər mənbələrlə yoxlayır və polisə, prokurorluğa, miqrasiya orqanlarına və məhkəmələrə verilən hər şikayəti bağlanana qədər izləyirik.",
  "work.p2":
    "İş Gürcüstanda mühacirətdə yaşayan azərbaycanlı jurnalist və fəallarla başladı. 2017-ci ildə bir neçə hüquq müdafiə təşkilatının birgə hesabatı onlardan altısının işini təsvir etdi. Onlardan biri, jurnalist Əfqan Muxtarlı 2017-ci ilin mayında Tbilisidə yoxa çıxdı və iki gün sonra Bakıda həbsdə idi. Müəlliflər mühacirin Gürcüstan polisinə verdiyi şikayətlərdən heç birinin törədənin müəyyən edilməsi ilə nəticələndiyini tapmadılar.",
  "work.p3":
    "Təhlilləri, anonimləşdirilmiş hadisə qeydlərini və statistikanı gürcü, ingilis, azərbaycan və rus dillərində dərc edirik ki, zərər çəkənlər, jurnalistlər və rəsmilər onları oxuya bilsin.",
  "find.title": "Burada nə tapacaqsınız",
  "find.documents": "Nəşrlər: təhlillər, hesabatlar, bəyanatlar və xəbərlər",
  "find.incidents": "Hadisələr: hər dərc olunmuş işin ictimai, anonimləşdirilmiş qeydi",
  "find.accountability": "Hesabatlılıq: hər şikayətdən sonra hakimiyyət orqanlarının nə etdiyi",
  "find.methodology": "Necə sayırıq: anlayışlar, mənbələr və insanları qoruyan qaydalar",
  "find.data": "Açıq məlumatlar: eyni rəqəmlər yüklənə bilən fayllar şəklində",
  "find.feeds": "Xəbər lentləri: yeni nəşrləri lent oxuyan proqramda izləyin",
  "help.title": "Təhlükədəsinizsə",
  "help.hotline": "Qaynar xəttimizə zəng edin:",
  "help.none":
    "Birbaşa təhlükə altındasınızsa, yerli təcili yardım nömrəsinə zəng edin. Məsləhət üçün etibar etdiyiniz vəkilə və ya hüquq müdafiə təşkilatına müraciət edin.",
  "privacy.title": "Bu saytda məxfiliyiniz",
  "privacy.p1":
    "Bu sayt kuki faylları yaratmır, analitikadan istifadə etmir və başqa saytlardan heç nə yükləmir. JavaScript olmadan işləyir. Tətbiq kimin nə oxuduğunu qeydə almır: jurnallarında yalnız sorğulanan səhifənin növü və nəticəsi qeyd olunur.",
  "privacy.p2":
    "İctimai saytda yalnız iki redaktorun dərcini təsdiqlədiyi məlumatlar, ümumiləşdirilmiş tarix və yerlərlə saxlanılır. O, qeydlərimizdəki insanları ifşa edə bilməz, çünki onların məlumatları ora heç vaxt düşmür.",
};

const ru: Record<AboutKey, string> = {
  title: "О нас",
  lead: "{site} документирует транснациональные репрессии: как правительства дотягиваются через границы, чтобы запугать и заставить замолчать уехавших, и как на это отвечает страна, где эти люди живут теперь.",
  "work.title": "Что мы делаем",
  "work.p1":
    "Мы фиксируем инциденты, о которых нам сообщают эмигранты, их адвокаты и родственники, сверяем их с другими источниками и следим за каждой жалобой в полицию, прокуратуру, миграционные органы и суды до её завершения.",
  "work.p2":
    "Работа началась с азербайджанских журналистов и активистов, живущих в эмиграции в Грузии. В 2017 году несколько правозащитных организаций описали шесть их дел в совместном докладе. Один из них, журналист Афган Мухтарлы, исчез в Тбилиси в мае 2017 года и через два дня оказался под стражей в Баку. Авторы не нашли ни одной жалобы эмигранта в грузинскую полицию, после которой был бы установлен виновный.",
  "work.p3":
    "Мы публикуем аналитику, обезличенные записи об инцидентах и статистику на грузинском, английском, азербайджанском и русском языках, чтобы их могли прочитать пострадавшие, журналисты и должностные лица.",
  "find.title": "Что здесь есть",
  "find.documents": "Публикации: аналитика, доклады, заявления и новости",
  "find.incidents": "Инциденты: открытая обезличенная запись о каждом опубликованном деле",
  "find.accountability": "Подотчётность: что сделали власти после каждой жалобы",
  "find.methodology": "Как мы считаем: определения, источники и правила, защищающие людей",
  "find.data": "Открытые данные: те же числа в файлах для скачивания",
  "find.feeds": "Ленты новостей: следите за новыми публикациями в программе для чтения лент",
  "help.title": "Если вам угрожает опасность",
  "help.hotline": "Позвоните на нашу горячую линию:",
  "help.none":
    "Если опасность непосредственная, звоните по местному номеру экстренных служб. За советом обратитесь к адвокату или правозащитной организации, которой доверяете.",
  "privacy.title": "Ваша приватность на этом сайте",
  "privacy.p1":
    "Этот сайт не ставит cookie, не использует аналитику и ничего не загружает с других сайтов. Он работает без JavaScript. Приложение не записывает, кто что читает: в журналах отмечается только вид запрошенной страницы и результат.",
  "privacy.p2":
    "На открытом сайте хранится только то, что два редактора одобрили к публикации, с обобщёнными датами и местами. Он не может раскрыть людей из наших записей, потому что их данные туда никогда не попадают.",
};

/** The about page's text in the four languages. */
export const ABOUT_MESSAGES: Record<Lang, Record<AboutKey, string>> = { en, ka, az, ru };

/** An about-page message with placeholders filled. */
export const at = translator(ABOUT_MESSAGES).t;
