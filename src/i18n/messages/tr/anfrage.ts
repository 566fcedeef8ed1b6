import type { CatalogPart } from '../../catalog-types.js';
import { plural } from '../../plural.js';
import type { anfrage as source } from '../de/anfrage.js';
import type { request as requestSource } from '../de/request.js';

export const anfrage: CatalogPart<typeof source & typeof requestSource> = {
  'anfrage.title': 'Gönüllü tercüman (Laiendolmetscher:in) talep edin',
  'anfrage.intro':
    'Gönüllü tercümanlar (Laiendolmetscher:innen) okulda, Kita’da (kreş), doktorda veya resmi dairelerde yapılan görüşmelere eşlik eder. Talebiniz WIR koordinasyon birimine gider; birim uygun bir kişi arar.',
  'anfrage.required': '“isteğe bağlı” yazmayan tüm alanları doldurmanız gerekir.',

  'anfrage.section.requester': 'Talep eden kim?',
  'anfrage.requesterType.legend': 'Kimin adına talepte bulunuyorsunuz?',
  'anfrage.requesterType.schule': 'Okul',
  'anfrage.requesterType.kita': 'Kita (kreş)',
  'anfrage.requesterType.arztpraxis': 'Doktor muayenehanesi',
  'anfrage.requesterType.behoerde': 'Resmi daire veya kurum',
  'anfrage.requesterType.beratungsstelle': 'Danışma merkezi',
  'anfrage.requesterType.verein': 'Dernek veya göçmen örgütü',
  'anfrage.requesterType.privat': 'Kendim (özel)',
  'anfrage.organisation.label': 'Kurumun adı (isteğe bağlı)',
  'anfrage.organisation.hint': 'ör. Heinrich-Mann-Schule Dietzenbach',
  'anfrage.name.label': 'Adınız',
  'anfrage.name.hint': 'Sorular için ulaşılabilecek kişi.',
  'anfrage.contact.legend': 'Size nasıl ulaşabiliriz?',
  'anfrage.contact.hint': 'Bir e-posta adresi, bir telefon numarası veya ikisini birden girin.',
  'anfrage.email.label': 'E-posta adresi',
  'anfrage.phone.label': 'Telefon numarası',

  'anfrage.section.need': 'Ne gerekiyor?',
  'anfrage.language.label': 'Dil',
  'anfrage.language.hint': 'Tercüme yapılacak kişinin dili.',
  'anfrage.alternatives.label': 'Diğer uygun diller (isteğe bağlı)',
  'anfrage.alternatives.hint': 'Kişinin iyi anladığı başka diller, ör. Tigrinya için Amharca. En fazla 5.',
  'anfrage.alternatives.list': 'Seçilen diğer diller',
  'anfrage.alternatives.remove': (name: string) => `${name} dilini kaldır`,
  'anfrage.alternatives.added': (name: string) => `${name} ek dil olarak eklendi`,
  'anfrage.alternatives.removed': (name: string) => `${name} kaldırıldı`,
  'anfrage.mode.legend': 'Tercüme nasıl yapılsın?',
  'anfrage.mode.vor-ort': 'Yerinde',
  'anfrage.mode.telefon': 'Telefonla',
  'anfrage.mode.video': 'Görüntülü (video)',
  'anfrage.setting.label': 'Alan',
  'anfrage.setting.choose': 'Lütfen seçin',
  'anfrage.setting.schule-kita': 'Okul veya Kita (kreş)',
  'anfrage.setting.gesundheit': 'Sağlık (muayenehane, hastane)',
  'anfrage.setting.behoerde': 'Resmi daire veya kurum',
  'anfrage.setting.beratung': 'Danışmanlık',
  'anfrage.setting.soziales': 'Sosyal hizmetler (Jugendamt, sosyal servis)',
  'anfrage.setting.freizeit': 'Boş zaman veya dernek',

  'anfrage.section.when': 'Ne zaman?',
  'anfrage.date.label': 'Tarih',
  'anfrage.date.hint': (days: number, earliest: string) =>
    days > 0
      ? `Koordinasyon biriminin ${plural('tr', days, { one: '# iş günü', other: '# iş günü' })} önceden haber alması gerekir: en erken ${earliest}.`
      : 'Randevunun tarihi.',
  'anfrage.from.label': 'Başlangıç saati',
  'anfrage.from.hint': 'Saat, ör. 09:30',
  'anfrage.duration.label': 'Süre',
  'anfrage.duration.option': (minutes: number) => {
    if (minutes < 60) return `${minutes} dakika`;
    const hours = minutes / 60;
    return plural('tr', hours, { one: '# saat', other: '# saat' }).replace('.', ',');
  },

  'anfrage.section.place': 'Nerede?',
  'anfrage.address.label': 'Sokak ve kapı numarası',
  'anfrage.plz.label': 'Posta kodu (PLZ)',
  'anfrage.ort.label': 'Yerleşim yeri',
  'anfrage.kommune.label': 'Kreis (ilçe) veya şehir',
  'anfrage.kommune.hint': 'Talebinizle bu bölgenin WIR koordinasyon birimi ilgilenir.',
  'anfrage.kommune.choose': 'Lütfen seçin',

  'anfrage.section.more': 'İstekler ve notlar',
  'anfrage.gender.legend': 'Kadın mı, erkek mi bir tercüman istersiniz? (isteğe bağlı)',
  'anfrage.gender.none': 'Fark etmez',
  'anfrage.gender.w': 'Bir kadın',
  'anfrage.gender.m': 'Bir erkek',
  'anfrage.notes.label': 'Notlar (isteğe bağlı)',
  'anfrage.notes.hint': 'ör. görüşmenin konusu veya buluşma yeri. Lütfen teşhis ya da başka gizli bilgi yazmayın.',
  'anfrage.notes.left': (n: number) => plural('tr', n, { one: '# karakter daha yazabilirsiniz', other: '# karakter daha yazabilirsiniz' }),
  'anfrage.notes.over': (n: number) => plural('tr', n, { one: '# karakter fazla', other: '# karakter fazla' }),

  'anfrage.consent.legend': 'Veri koruma',
  'anfrage.consent.label': 'Bir tercüman bulunabilmesi için bilgilerimin WIR koordinasyon birimine iletilmesini kabul ediyorum.',
  'anfrage.consent.link': 'Veri koruma bilgilendirmesini okuyun (yeni pencere)',
  'anfrage.honeypot': 'Lütfen bu alanı boş bırakın',

  'anfrage.toReview': 'Kontrol adımına geç',
  'anfrage.review.title': 'Lütfen talebinizi kontrol edin',
  'anfrage.review.intro': 'Talep, ancak “Talebi gönder” düğmesine bastığınızda koordinasyon birimine gider.',
  'anfrage.review.change': 'Değiştir',
  'anfrage.review.requester': 'Talep eden',
  'anfrage.review.alternatives': 'Diğer uygun diller',
  'anfrage.review.contact': 'İletişim',
  'anfrage.review.language': 'Dil',
  'anfrage.review.when': 'Randevu',
  'anfrage.review.whenValue': (date: string, time: string, duration: string) => `${date}, saat ${time}, ${duration}`,
  'anfrage.review.how': 'Tür ve alan',
  'anfrage.review.place': 'Yer',
  'anfrage.review.wishes': 'İstekler ve notlar',
  'anfrage.review.none': 'yok',
  'anfrage.send': 'Talebi gönder',
  'anfrage.sending': 'Talep gönderiliyor …',
  'anfrage.retrying': 'Sunucudan yanıt yok. Birkaç saniye içinde yeniden denenecek …',
  'anfrage.back': 'Forma geri dön',

  'anfrage.offline':
    'İnternet bağlantınız yok. Bağlantı yeniden kurulur kurulmaz talebiniz otomatik olarak gönderilecek. Bu sayfayı açık bırakın.',
  'anfrage.failure.title': 'Talep gönderilmedi',
  'anfrage.failure.network': 'Sunucuya ulaşılamadı. Girdiğiniz bilgiler kaybolmadı.',
  'anfrage.failure.timeout': 'Sunucu zamanında yanıt vermedi. Girdiğiniz bilgiler kaybolmadı.',
  'anfrage.failure.server': 'Sunucuda bir hata oluştu. Girdiğiniz bilgiler kaybolmadı.',
  'anfrage.failure.rate-limited': (seconds: number) =>
    `Şu anda çok fazla talep geliyor. ${plural('tr', seconds, { one: '# saniye', other: '# saniye' })} bekleyin, sonra tekrar gönderin.`,
  'anfrage.failure.too-large': 'Talep çok uzun. Notları kısaltın ve tekrar gönderin.',
  'anfrage.failure.conflict': 'Bu talep numarasıyla kayıtlı başka bir talep zaten var. Lütfen talebinizi e-postayla gönderin.',
  'anfrage.failure.rejected': 'Sunucu talebi reddetti. Lütfen talebinizi e-postayla gönderin.',
  'anfrage.failure.next': 'Tekrar gönderin veya talebi e-postayla koordinasyon birimine iletin.',
  'anfrage.retry': 'Tekrar gönder',
  'anfrage.mail': 'E-postayla gönder',

  'anfrage.success.title': 'Talebiniz bize ulaştı',
  'anfrage.success.number': 'Talep numaranız',
  'anfrage.success.fullNumber': 'Numaranın tamamı',
  'anfrage.success.nextTitle': 'Bundan sonra ne olacak',
  'anfrage.success.next1': 'WIR koordinasyon birimi uygun bir gönüllü tercüman arar.',
  'anfrage.success.next2': 'Birini bulduğunda ya da bulamazsa size e-posta veya telefonla haber verir.',
  'anfrage.success.next3': 'Sorularınız olursa lütfen talep numaranızı belirtin.',
  'anfrage.success.summary': 'Bilgileriniz',
  'anfrage.success.print': 'Özeti yazdır',
  'anfrage.success.new': 'Yeni talepte bulun',
  'anfrage.success.status': 'Talebinizin durumunu görün',

  'anfrage.feed.count': (n: number, language: string, area: string) =>
    n === 0
      ? `Listede ${area ? `${area} bölgesinde ` : ''}${language} için henüz kimse kayıtlı değil. Talebinizi yine de gönderin: koordinasyon birimi çoğu zaman başka kişileri de tanır.`
      : plural('tr', n, {
          one: `${area ? `${area} bölgesinde ` : ''}${language} için # gönüllü tercüman bu talebi üstlenebilir.`,
          other: `${area ? `${area} bölgesinde ` : ''}${language} için # gönüllü tercüman bu talebi üstlenebilir.`,
        }),

  'anfrage.announce.errors': (n: number) => plural('tr', n, { one: '# bilgi eksik veya hatalı', other: '# bilgi eksik veya hatalı' }),
  'anfrage.announce.sent': 'Talep gönderildi.',

  'anfrage.error.requester-type.required': 'Kimin adına talepte bulunduğunuzu seçin.',
  'anfrage.error.name.required': 'Adınızı girin.',
  'anfrage.error.contact-required': 'Koordinasyon biriminin size ulaşabilmesi için bir e-posta adresi veya telefon numarası girin.',
  'anfrage.error.invalid-email': 'E-posta adresini ad@ornek.de biçiminde girin.',
  'anfrage.error.invalid-phone': 'En az 5 rakamlı bir telefon numarası girin, ör. 06074 12345.',
  'anfrage.error.language.required': 'Tercüme yapılacak dili seçin.',
  'anfrage.error.invalid-language': 'Listeden bir dil seçin.',
  'anfrage.error.too-many': 'En fazla 5 ek dil seçin.',
  'anfrage.error.date.required': 'Randevunun tarihini girin.',
  'anfrage.error.invalid-date': 'Geçerli bir tarih girin, ör. 03.12.2026.',
  'anfrage.error.date-past': 'Bu tarih geçmişte kaldı. Yaklaşan randevunun tarihini girin.',
  'anfrage.error.notice': (days: number, earliest: string) =>
    `Koordinasyon biriminin ${plural('tr', days, { one: '# iş günü', other: '# iş günü' })} önceden haber alması gerekir. ${earliest} veya daha sonraki bir tarih seçin; acil randevular için koordinasyon birimini arayın.`,
  'anfrage.error.from.required': 'Randevunun başlama saatini girin.',
  'anfrage.error.invalid-time': 'Saati 09:30 biçiminde girin.',
  'anfrage.error.invalid-duration': 'Randevunun ne kadar süreceğini seçin.',
  'anfrage.error.max-duration': (max: string) =>
    `Bir randevu en fazla ${max} sürebilir. Daha kısa bir süre seçin veya iki ayrı talepte bulunun.`,
  'anfrage.error.mode.required': 'Tercümenin yerinde mi, telefonla mı yoksa görüntülü mü yapılacağını seçin.',
  'anfrage.error.setting.required': 'Randevunun alanını seçin.',
  'anfrage.error.address.required': 'Randevu yerinin sokak ve kapı numarasını girin.',
  'anfrage.error.plz.required': 'Randevu yerinin posta kodunu girin.',
  'anfrage.error.invalid-plz': '5 rakamlı bir posta kodu girin, ör. 63128.',
  'anfrage.error.ort.required': 'Randevunun yapılacağı yerleşim yerini girin.',
  'anfrage.error.kommune.required': 'Randevunun yapılacağı Kreis’i veya şehri seçin.',
  'anfrage.error.consent-required': 'Talebinizin iletilebilmesi için veri koruma kutusunu işaretleyin.',
  'anfrage.error.too-long': (max: number) => `Metni en fazla ${max} karaktere kısaltın.`,
  'anfrage.error.invalid-value': 'Sunulan seçeneklerden birini seçin.',
  'anfrage.error.invalid-characters':
    'Kontrol karakterlerini veya görünmeyen biçimlendirme karakterlerini (çoğunlukla metinle birlikte kopyalanır) kaldırın ve metni yeniden yazın.',
  'anfrage.error.invalid': 'Bu bilgiyi kontrol edip düzeltin.',
  'anfrage.error.general': 'Talep kabul edilemedi. Sayfayı yeniden yükleyin veya talebi e-postayla gönderin.',
};
