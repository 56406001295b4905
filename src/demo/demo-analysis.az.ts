import type { DemoTranslationText } from "./demo-analysis.ts";

/** The Azerbaijani (Latin) translation of the demo analytical document (reviewed). */
export const ANALYSIS_AZ: DemoTranslationText = {
  title: "[Demo] Qonşuda təhlükəsiz liman yoxdur: Gürcüstandakı azərbaycanlı mühacirlərə təzyiq",
  summary:
    "2017-ci il hesabatının Gürcüstana qaçmış azərbaycanlı jurnalist və fəallara təzyiqi necə sənədləşdirdiyi, Gürcüstan hakimiyyətinin necə cavab verdiyi və demək olar ki, heç bir şikayətin təqsirkarın müəyyənləşdirilməsinə gətirib çıxarmadığının səbəbləri. Rəqəmlər nümayiş məlumat dəstindən götürülüb.",
  body: `> **Nümayiş məzmunu.** Aşağıda istinad edilən altı iş 2017-ci ildə dərc olunmuş "Sərhədlərdən kənarda repressiya" hesabatında zərərçəkənlərin adları ilə dərc edilib. *Canlı* kimi qeyd olunan hər rəqəm bu quraşdırmanın nümayiş məlumat dəstindən hesablanır; dəstin böyük hissəsi uydurmadır və real dünya haqqında statistika deyil.

## Mühacirlər niyə Gürcüstana gedirdi

2014-cü ildən Azərbaycan hakimiyyəti müstəqil vətəndaş cəmiyyətindən qalanlara qarşı hücuma keçdi. Həmin il onlarla hüquq müdafiəçisi, jurnalist və fəal həbs edildi. Onların çoxu sonradan azad olundu, lakin məhkəmələr və prokurorluq nəzarət aləti olaraq qaldı və hesabat çıxanda yerli fəallar yüzdən çox siyasi məhbus sayırdılar.[^1] Növbəti hədəf olacağından qorxanlar üçün ölkəni tərk etmək çox vaxt işini davam etdirməyin yeganə yolu idi.

Gürcüstan təbii ilk dayanacaq idi. O, qonşudur, giriş və qalma qaydaları uzun illər regionda ən açıq qaydalardan idi, Tbilisidə isə canlı qeyri-hökumət təşkilatları mühiti var. Bir müddət elə görünürdü ki, mühacir jurnalistlər burada yazmağa, fəallar isə fəaliyyətlərini davam etdirə biləcəklər.

## Bakı ilə sıx bağlı qonşu

Bu təhlükəsizlik kövrək təməl üzərində dayanırdı. Gürcüstan və Azərbaycan geniş ticarət aparır, təhlükəsizlik sahəsində sıx əməkdaşlıq edir və Rusiyanın təsirini məhdudlaşdırmaqda eyni dərəcədə maraqlıdırlar. 2017-ci il hesabatı qeyd edir ki, Azərbaycan 1997-ci ildən bəri Gürcüstan iqtisadiyyatına 2,1 milyard ABŞ dollarından çox sərmayə qoyub, ölkənin təbii qazının təxminən 90 faizini təmin edib, 2016-cı ildə isə ölkəyə qoyulan bütün birbaşa xarici investisiyaların təxminən 35 faizi onun payına düşüb.[^1] 2006-cı ildə tamamlanan Bakı–Tbilisi–Ceyhan neft kəməri və Bakı–Tbilisi–Ərzurum qaz kəməri, eləcə də Azərbaycan qazını Gürcüstandan keçməklə Avropaya çatdırmalı olan 45 milyard dollarlıq Cənub Qaz Dəhlizi iki hökuməti daha da sıx bağlayır. Müəlliflər belə nəticəyə gəliblər ki, 2016-cı ildən mühacirlər üçün risk nəzərəçarpacaq dərəcədə artıb.

## Altı iş

**Tbilisidə oğurlanma.** Jurnalist [[incident:demo-pub-mukhtarli|Əfqan Muxtarlı]] 2017-ci ilin mayında Tbilisidə yoxa çıxdı və Bakıda həbsdə peyda oldu; ona tərəfdarlarının uydurma adlandırdığı bir sıra ittihamlar irəli sürüldü. Onun sözlərinə görə, gürcü dilində danışan, Gürcüstan polisi formasında olan adamlar onu tutub döyüblər, sərhədə aparıb Azərbaycan əməkdaşlarına təhvil veriblər. Gürcüstan azadlıqdan qanunsuz məhrumetmə ilə bağlı istintaq başladı; 2017-ci ilin iyulunda iş Baş Prokurorluğa verildi.[^2] Hesabat effektiv istintaq aparılmasını və nəticələrinin ictimaiyyətə açıqlanmasını tələb etdi. Jurnalist sonradan altı il azadlıqdan məhrum edildi.

**Ailələri statussuz qoyan imtinalar.** Onun həyat yoldaşı, jurnalist [[incident:demo-pub-mustafayeva|Leyla Mustafayeva]] 2016-cı ildə dövlət təhlükəsizliyi əsası ilə Gürcüstanda yaşayış icazəsindən imtina aldı. Sonradan Gürcüstanın İctimai Müdafiəçisi təhlükəsizlik arqumentinin əsaslandırılmadığı qənaətinə gəldi və qurumlardan qərarı düzəltməyi xahiş etdi.[^3] Vətənində rədd etdiyi ittihamlarla təqib olunan müxalifət fəalı [[incident:demo-pub-aghalarli|Daşqın Ağalarlı]] 2015-ci ilin oktyabrında qaçqın statusundan imtina aldı.[^4] 2017-ci ilin aprelində Almaniyada mühacirətdə yaşayan musiqiçi və fəal [[incident:demo-pub-jamal_ali|Cəmal Əli]] Tbilisi hava limanında saxlanıldı və ölkəyə buraxılmadı.

**İzlənmə, təqib və hədələr.** Jurnalist [[incident:demo-pub-kazimova|Gülnur Kazımova]] və fəal [[incident:demo-pub-isgenderli|Vidadi İsgəndərli]] Azərbaycan dövləti üçün işlədiyini güman etdikləri şəxslər tərəfindən izlənildiklərini, təqib olunduqlarını və hədələndiklərini danışıblar. Hesabat eyni mənzərəni Leyla Mustafayeva, Daşqın Ağalarlı və digər mühacirlər üçün də qeyd edir, həmçinin ən azı bir fiziki hücumu. Bir mühacir isə Gürcüstan hakimiyyətinin özünün onu izlədiyini bildirib.[^1]

## Qanunauyğunluq

Birlikdə götürüldükdə, bu işlər yanaşı işləyən iki növ təzyiqi göstərir. Birincisi mənşə ölkəsindən gəlir: izləmə, hədələr və ən ağır halda sərhəddən o tərəfə oğurlanma. İkincisi qəbul edən ölkənin öz qərarlarından: şəxsin nə görə, nə də cavab verə bildiyi təhlükəsizlik əsasları ilə yaşayış icazəsindən, sığınacaqdan və girişdən imtina. Ayrılıqda hər imtina adi miqrasiya təcrübəsi kimi görünə bilər. Birlikdə isə mühacirlərə Gürcüstanın artıq təhlükəsiz olmadığını deyir — Bakıdan gələn təzyiq də məhz buna yönəlib.

Platforma belə işləri bütün qəbul edən ölkələrdə eyni qaydada sayır. Nümayiş məlumat dəstində (*canlı*): 2016-cı ildən bəri Gürcüstanda {{figure incidents host=GE since=2016}} təsdiqlənmiş insident dərc olunub, onlardan {{figure countable host=GE}} Freedom House-un tətbiq etdiyi fiziki insident qaydasına cavab verir, bütün qəbul edən ölkələrdə isə birlikdə {{figure incidents}} təsdiqlənmiş insident dərc olunub.[^5]

## Hesabatlılıq boşluğu

2017-ci il hesabatının ən təəccüblü nəticəsi baş verməyən şeydir. Müəlliflər Gürcüstandakı azərbaycanlı mühacirin şikayətinin təqsirkarın müəyyənləşdirilməsinə, həbsini demirik, gətirib çıxardığı bir dənə də olsun hal tapmayıblar.[^1] Şikayətlər qeydə alınıb, istintaqlar başlanıb, sonra isə zərərçəkənlər heç bir nəticə görməyiblər.

Platforma hər şikayəti hakimiyyətin cavabının mərhələləri üzrə izləyir: müraciət, qeydiyyat, istintaqın başlanması, təqsirkarın müəyyənləşdirilməsi, ittiham, məhkumetmə. Nümayiş məlumat dəstində (*canlı*): Gürcüstanda {{figure reached stage=investigation_opened host=GE}} insident üzrə şikayətlər istintaqın başlanmasına çatıb, {{figure reached stage=perpetrator_identified host=GE}} insident üzrə isə təqsirkar müəyyənləşdirilib.[^5] Rəqəmin yerində onun gizlədildiyi barədə qeyd varsa, deməli, say təhlükəsiz dərc üçün çox kiçikdir: mühacir icmaları kiçikdir və kiçik rəqəm konkret insana işarə edə bilər.

## Nə dəyişməlidir

2017-ci il hesabatı və ondan sonrakı işlər Gürcüstan hakimiyyəti üçün qısa addımlar siyahısı təklif edir:

1. Əfqan Muxtarlının oğurlanması ilə bağlı istintaqı başa çatdırmaq və nəticələrini dərc etmək.
2. Mühacirlərin izlənmə, hədə və hücumlarla bağlı şikayətlərini effektiv araşdırmaq və zərərçəkənlərə nə edildiyini bildirmək.
3. Dövlət təhlükəsizliyinə əsassız istinadlar əvəzinə, yaşayış icazəsi, sığınacaq və girişdən imtinaları məhkəmədə mübahisə edilə bilən şəkildə əsaslandırmaq.
4. Azərbaycanla təhlükəsizlik əməkdaşlığının oradan təqibdən qaçmış insanlara qarşı istifadəsinə yol verməmək.

Hər iki ölkənin beynəlxalq tərəfdaşları və bu işləri sənədləşdirən təşkilatlar bu addımların atılıb-atılmadığını soruşmağa davam etməlidirlər.

[^1]: International Partnership for Human Rights (IPHR), Freedom Now və İnsan Hüquqları üzrə Təhsil və Monitorinq Mərkəzi (EMC, indi Social Justice Center), *Repression Beyond Borders: Exiled Azerbaijanis in Georgia* ("Sərhədlərdən kənarda repressiya: Gürcüstandakı azərbaycanlı mühacirlər"), 2017. https://socialjustice.org.ge/en/products/represia-sazghvrebs-mighma-azerbaijanidan-devnili-mokalakeebi-sakartveloshi
[^2]: Civil Georgia, 20 iyul 2017: Muxtarlı işinin Baş Prokurorluğa verilməsi haqqında. https://old.civil.ge/eng/_print.php?id=30286
[^3]: Gürcüstanın İctimai Müdafiəçisi, dekabr 2017: yaşayış icazəsindən imtina ilə bağlı tövsiyə. https://www.ombudsman.ge/eng/akhali-ambebi/public-defender-requests-elimination-of-errors-detected-in-issuance-of-residence-permit
[^4]: Human Rights Center (Tbilisi), dekabr 2015: azərbaycanlı müxalifət üzvünə qaçqın statusundan imtina haqqında. http://humanrights.ge/index.php?a=main&pid=18561&lang=eng
[^5]: Bu quraşdırmanın nümayiş məlumat dəsti (sənəd dərc olunarkən hesablanmış canlı rəqəmlər). İnsidentlərin çoxu uydurmadır; dərc həddindən kiçik saylar gizlədilir.
`,
};
