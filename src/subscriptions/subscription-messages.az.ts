import type { SubscriptionKey } from "./subscription-messages.en.ts";

/** Subscription pages and e-mails in Azerbaijani (Latin script). */
export const subscriptionAz: Record<SubscriptionKey, string> = {
  "sub.title": "Yeni nəşrlərə abunə olun",
  "sub.lead": "Seçdiyiniz mövzularda sənəd dərc etdikdə sizə e-poçt göndərək.",
  "sub.email.label": "E-poçt ünvanınız",
  "sub.email.hint": "Ünvanın sizə məxsus olduğunu yoxlamaq üçün bir məktub göndərəcəyik.",
  "sub.categories.legend": "Mövzular",
  "sub.categories.hint": "Bir və ya bir neçəsini seçin.",
  "sub.language.legend": "Məktubların dili",
  "sub.submit": "Abunə olun",
  "sub.privacy.title": "Ünvanınızla nə baş verir",
  "sub.privacy.sealed":
    "Ünvanınız daxil olduğu anda yalnız qorunan verilənlər bazamızda olan açarla şifrələnir: bu saytın özü onu oxuya bilmir.",
  "sub.privacy.stored":
    "Yalnız ünvanınızı, mövzularınızı, dilinizi və abunə olduğunuz günü saxlayırıq. IP ünvanınızı və brauzerinizi qeyd etmirik.",
  "sub.privacy.shared":
    "Ünvanınızı heç kimlə bölüşmürük və ondan yalnız bu məktubları göndərmək üçün istifadə edirik.",
  "sub.privacy.leave":
    "Hər məktubda bir kliklə abunəlikdən çıxmaq üçün keçid var; bundan sonra ünvanınız silinir.",
  "sub.static.live": "Abunəliklər canlı saytda qəbul edilir:",
  "sub.static.none":
    "Saytın bu nüsxəsi abunəlik qəbul edə bilmir. Zəhmət olmasa, təşkilatın saytında abunə olun.",
  "sub.error.summary": "Problem var",
  "sub.error.prefix": "Xəta:",
  "sub.error.email": "E-poçt ünvanını düzgün formatda daxil edin, məsələn name@example.org",
  "sub.error.categories": "Ən azı bir mövzu seçin",
  "sub.error.language": "Məktubların dilini seçin",
  "sub.check.title": "E-poçtunuzu yoxlayın",
  "sub.check.body":
    "Abunəliyi təsdiqləməyinizi xahiş edən bir məktub göndərəcəyik. Təsdiqləyənə qədər başqa heç nə göndərilmir. Məktubun çatması bir neçə saat çəkə bilər.",
  "sub.check.spam": "Heç nə gəlməsə, spam qovluğuna baxın və ya yenidən abunə olun.",
  "sub.throttled.title": "Həddən artıq sorğu",
  "sub.throttled.body":
    "Bu forma hazırda həddən artıq sorğu alır. Zəhmət olmasa, bir dəqiqə gözləyin və yenidən cəhd edin.",
  "sub.confirm.title": "Abunəliyi təsdiqləyin",
  "sub.confirm.body": "Yeni nəşrlər haqqında məktublar almaq üçün düyməni basın.",
  "sub.confirm.button": "Abunəliyi təsdiqləyin",
  "sub.confirmed.title": "Abunəlik təsdiqləndi",
  "sub.confirmed.body": "Təşəkkür edirik. Seçdiyiniz mövzularda dərc etdikdə məktub alacaqsınız.",
  "sub.invalid.title": "Bu keçid artıq işləmir",
  "sub.invalid.body":
    "O, artıq istifadə olunmuş və ya yenisi ilə əvəz edilmiş ola bilər. İstənilən vaxt yenidən abunə ola bilərsiniz.",
  "sub.received.title": "Sorğu qəbul edildi",
  "sub.received.body": "Sorğunuzu aldıq. O, bir neçə saat ərzində qüvvəyə minəcək.",
  "sub.unsub.title": "Abunəlikdən çıxın",
  "sub.unsub.body":
    "Bizdən gələn bütün məktubları dayandırmaq və ünvanınızı silmək üçün düyməni basın.",
  "sub.unsub.button": "Abunəlikdən çıxın",
  "sub.unsubscribed.title": "Abunəlikdən çıxdınız",
  "sub.unsubscribed.body": "Ünvanınız silindi. Bizdən daha məktub almayacaqsınız.",
  "sub.again": "Yenidən abunə olun",
  "mail.confirm.subject": "{site} abunəliyinizi təsdiqləyin",
  "mail.confirm.intro":
    "Kimsə, ümid edirik ki, siz, {site} saytından yeni nəşrlər haqqında məktublar almaq istədi.",
  "mail.confirm.action": "Təsdiqləmək üçün bu keçidi açın və düyməni basın:",
  "mail.confirm.ignore":
    "Bunu siz istəməmisinizsə, bu məktuba məhəl qoymayın: təsdiq olmadan başqa heç nə almayacaqsınız.",
  "mail.notify.subject": "Yeni nəşr: {title}",
  "mail.notify.intro": "{site} yeni sənəd dərc etdi:",
  "mail.notify.read": "Burada oxuyun:",
  "mail.footer.why": "Bu məktubu {site} abunəçisi olduğunuz üçün alırsınız.",
  "mail.footer.unsubscribe": "Bir kliklə abunəlikdən çıxın:",
};
