import type { PublicKey } from "./public-messages.en.ts";

/** The public site in Azerbaijani (Latin script). */
export const publicAz: Record<PublicKey, string> = {
  skip: "Əsas məzmuna keçin",
  language: "Dil",
  "nav.label": "Əsas bölmələr",
  "nav.home": "Ana səhifə",
  "nav.documents": "Analitik sənədlər",
  "nav.incidents": "Hadisələr",
  "nav.accountability": "Hesabatlılıq",
  "nav.about": "Haqqımızda və metodologiya",
  "nav.subscribe": "Abunə olun",
  "hotline.text":
    "Fəaliyyətinizə və ya mühacirətinizə görə sizi hədələyir, yaxud izləyirlər? Qaynar xəttimizə zəng edin:",
  "hotline.hours": "Zənglər gürcü, Azərbaycan, rus və ingilis dillərində cavablandırılır.",
  "demo.banner":
    "Nümayiş saytı: adı çəkilən altı iş açıq mənbələrdəndir; buradakı bütün digər hadisələr, rəqəmlər və şəxslər uydurmadır.",
  "breadcrumb.label": "Siz buradasınız",
  "footer.keyboard.title": "Saytdan klaviatura ilə istifadə",
  "footer.keyboard.text":
    "Tab növbəti keçidə və ya elementə, Shift+Tab əvvəlkinə keçir; Enter keçidi açır və ya düyməni basır; Space qutunu işarələyir. Hər səhifədə ilk Tab birbaşa məzmuna aparır. Qrafiklərin yanında eyni rəqəmlərlə cədvəl var.",
  "footer.accessibility": "Əlçatanlıq bəyanatı",
  "footer.methodology": "Necə sayırıq",
  "footer.feeds": "Xəbər lentləri (Atom)",
  "footer.data": "Açıq məlumatların endirilməsi",
  "footer.licence": "Mətn və məlumatlardan mənbə göstərilməklə istifadə etmək olar.",
  "home.title": "Transmilli repressiya: sənədləşdirilir, izlənilir, dərc olunur",
  "home.lead":
    "Dövlətlərin onlardan qaçan insanları susdurmaq üçün sərhədlərindən kənara necə uzandığını və ev sahibi ölkənin hakimiyyətinin hər şikayətlə bağlı nə etdiyini sənədləşdiririk.",
  "home.latest": "Son nəşrlər",
  "home.figures": "Rəqəmlərlə",
  "home.all_documents": "Bütün nəşrlər",
  "notfound.title": "Səhifə tapılmadı",
  "notfound.body":
    "Ünvanı özünüz yazmısınızsa, yoxlayın. Keçidlə gəlmisinizsə, səhifə köçürülmüş ola bilər.",
  "error.title": "Üzr istəyirik, xəta baş verdi",
  "error.body":
    "Zəhmət olmasa, bir az sonra yenidən cəhd edin. Təkrarlanarsa, bu nömrəni bildirin: {id}",
  "refused.title": "Bu forma bu saytdan göndərilməyib",
  "refused.body":
    "Səhifəyə qayıdın, onu yeniləyin və formanı yenidən göndərin. Sayt yalnız öz səhifələrindən göndərilən formaları qəbul edir.",
};
