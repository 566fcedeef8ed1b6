/**
 * What the requester reads from us, in their locale (the request's `locale`, mapped onto the
 * eight UI locales): the confirmation and update mails, and the status page. Plain, short
 * sentences; Leichte Sprache for de-x-ls. These texts never repeat what the requester typed
 * (name, address, notes): a mail to a mistyped address then gives a stranger nothing but a
 * number and a status.
 *
 * Kept on the server, not in the widgets' catalogues (src/i18n): the status page's token is
 * checked before anything is known about the request, and the mails are written here too.
 */
import type { RequestStatus } from '../../core/schema/request.js';
import { matchUiLocale, type UiLocale } from '../../i18n/locales.js';

export interface MatchedFacts {
  /** Interpreter's gender from the office's list (`w`, `m`, `d`), if known. */
  gender?: string;
  /** `vor-ort`, `telefon` or `video`. */
  mode: string;
  /** Already formatted for the locale. */
  date: string;
  time: string;
}

export interface RequesterTexts {
  /** Intl locale for dates (Gregorian calendar, Latin digits). */
  intl: string;
  dir: 'ltr' | 'rtl';
  greeting: string;
  closing: string;
  statusLinkIntro: string;
  quoteNumber: string;
  confirmationSubject: (number: string) => string;
  confirmationLines: (number: string) => string[];
  updateSubject: (number: string, status: string) => string;
  /** The status word (heading of the status page, subject of an update). */
  status: Record<RequestStatus, string>;
  /** One or two sentences under the status word. */
  explain: Record<Exclude<RequestStatus, 'matched'>, string>;
  /** What "vermittelt" means for a Dolmetscher request. */
  matchedDolmetscher: (facts: MatchedFacts) => string;
  /** For kinds without a sentence of their own. */
  matchedGeneric: string;
  /**
   * A contact request for a Lotse: what happens after the confirmation, what "vermittelt" and
   * "erledigt" mean. The Lotse is not named: a mail to a mistyped address must not tell a
   * stranger which volunteer someone asked for.
   */
  lotse: { next: string; matched: string; done: string };
  pageTitle: string;
  numberLabel: string;
  loading: string;
  invalidLink: string;
  failed: string;
  retry: string;
}

const de: RequesterTexts = {
  intl: 'de-DE',
  dir: 'ltr',
  greeting: 'Guten Tag,',
  closing: 'Diese E-Mail wurde automatisch verschickt. Bitte antworten Sie nicht darauf.',
  statusLinkIntro: 'Den Stand Ihrer Anfrage sehen Sie jederzeit hier:',
  quoteNumber: 'Bitte nennen Sie bei Rückfragen Ihre Anfragenummer.',
  confirmationSubject: (n) => `Ihre Anfrage ${n} ist angekommen`,
  confirmationLines: (n) => [
    `Ihre Anfrage ist bei der WIR-Koordinierungsstelle angekommen. Ihre Anfragenummer ist ${n}.`,
    'Die Koordinierungsstelle kümmert sich darum und meldet sich bei Ihnen.',
  ],
  updateSubject: (n, status) => `Ihre Anfrage ${n}: ${status}`,
  status: { received: 'Angekommen', 'in-progress': 'In Bearbeitung', matched: 'Vermittelt', done: 'Erledigt', cancelled: 'Abgesagt' },
  explain: {
    received: 'Ihre Anfrage ist angekommen. Die Koordinierungsstelle bearbeitet sie bald.',
    'in-progress': 'Die Koordinierungsstelle bearbeitet Ihre Anfrage gerade.',
    done: 'Der Termin ist vorbei. Vielen Dank!',
    cancelled: 'Ihre Anfrage wurde abgesagt. Bei Fragen wenden Sie sich bitte an die Koordinierungsstelle.',
  },
  matchedDolmetscher: ({ gender, mode, date, time }) => {
    const who = gender === 'w' ? 'Eine Dolmetscherin' : gender === 'm' ? 'Ein Dolmetscher' : 'Eine Person zum Dolmetschen';
    if (mode === 'telefon') return `${who} ist am ${date} um ${time} am Telefon dabei.`;
    if (mode === 'video') return `${who} ist am ${date} um ${time} per Video dabei.`;
    return `${who} kommt am ${date} um ${time}.`;
  },
  matchedGeneric: 'Die Koordinierungsstelle hat Ihre Anfrage vermittelt und meldet sich bei Ihnen.',
  lotse: {
    next: 'Die Koordinierungsstelle fragt die Lotsin oder den Lotsen und meldet sich bei Ihnen.',
    matched: 'Die Koordinierungsstelle hat den Kontakt zur Lotsin oder zum Lotsen hergestellt. Sie oder er meldet sich bei Ihnen.',
    done: 'Die Begleitung ist abgeschlossen. Vielen Dank!',
  },
  pageTitle: 'Stand Ihrer Anfrage',
  numberLabel: 'Anfragenummer',
  loading: 'Der Stand wird geladen …',
  invalidLink: 'Dieser Link ist nicht gültig oder die Anfrage wurde gelöscht.',
  failed: 'Der Stand kann gerade nicht geladen werden. Bitte versuchen Sie es später noch einmal.',
  retry: 'Noch einmal laden',
};

const leichteSprache: RequesterTexts = {
  ...de,
  greeting: 'Hallo,',
  closing: 'Ein Computer hat diese E-Mail geschickt. Bitte schreiben Sie keine Antwort.',
  statusLinkIntro: 'Hier sehen Sie immer: So weit ist Ihre Anfrage.',
  quoteNumber: 'Haben Sie Fragen? Dann sagen Sie bitte Ihre Nummer.',
  confirmationSubject: (n) => `Ihre Anfrage ${n} ist da`,
  confirmationLines: (n) => [
    'Ihre Anfrage ist bei uns angekommen.',
    `Ihre Nummer ist: ${n}.`,
    'Wir kümmern uns darum.',
    'Wir melden uns bei Ihnen.',
  ],
  status: { received: 'Angekommen', 'in-progress': 'Wir arbeiten daran', matched: 'Gefunden', done: 'Fertig', cancelled: 'Abgesagt' },
  explain: {
    received: 'Ihre Anfrage ist angekommen. Wir arbeiten bald daran.',
    'in-progress': 'Wir arbeiten gerade an Ihrer Anfrage.',
    done: 'Der Termin ist vorbei. Danke!',
    cancelled: 'Die Anfrage ist abgesagt. Haben Sie Fragen? Dann rufen Sie uns bitte an.',
  },
  matchedDolmetscher: ({ gender, mode, date, time }) => {
    const who = gender === 'w' ? 'Eine Dolmetscherin' : gender === 'm' ? 'Ein Dolmetscher' : 'Eine Person zum Übersetzen';
    const how = mode === 'telefon' ? 'hilft am Telefon' : mode === 'video' ? 'hilft per Video' : 'kommt zu Ihnen';
    return `${who} ${how}. Am ${date} um ${time} Uhr.`;
  },
  matchedGeneric: 'Wir haben jemanden für Sie gefunden. Wir melden uns bei Ihnen.',
  lotse: {
    next: 'Wir fragen den Lotsen oder die Lotsin. Dann melden wir uns bei Ihnen.',
    matched: 'Wir haben mit dem Lotsen oder der Lotsin gesprochen. Er oder sie meldet sich bei Ihnen.',
    done: 'Die Hilfe ist fertig. Danke!',
  },
  pageTitle: 'So weit ist Ihre Anfrage',
  numberLabel: 'Nummer',
  loading: 'Bitte warten …',
  invalidLink: 'Dieser Link geht nicht. Oder die Anfrage ist gelöscht.',
  failed: 'Das geht gerade nicht. Bitte versuchen Sie es später noch einmal.',
  retry: 'Noch einmal versuchen',
};

const en: RequesterTexts = {
  intl: 'en-GB',
  dir: 'ltr',
  greeting: 'Hello,',
  closing: 'This e-mail was sent automatically. Please do not reply to it.',
  statusLinkIntro: 'You can see the status of your request here at any time:',
  quoteNumber: 'Please quote your request number if you have any questions.',
  confirmationSubject: (n) => `Your request ${n} has arrived`,
  confirmationLines: (n) => [
    `Your request has reached the WIR coordination office. Your request number is ${n}.`,
    'The office will take care of it and get back to you.',
  ],
  updateSubject: (n, status) => `Your request ${n}: ${status}`,
  status: { received: 'Received', 'in-progress': 'In progress', matched: 'Arranged', done: 'Done', cancelled: 'Cancelled' },
  explain: {
    received: 'Your request has arrived. The coordination office will deal with it soon.',
    'in-progress': 'The coordination office is working on your request.',
    done: 'The appointment has taken place. Thank you!',
    cancelled: 'Your request has been cancelled. If you have questions, please contact the coordination office.',
  },
  matchedDolmetscher: ({ mode, date, time }) => {
    if (mode === 'telefon') return `An interpreter will join by phone on ${date} at ${time}.`;
    if (mode === 'video') return `An interpreter will join by video on ${date} at ${time}.`;
    return `An interpreter will come on ${date} at ${time}.`;
  },
  matchedGeneric: 'The coordination office has arranged your request and will get in touch with you.',
  lotse: {
    next: 'The coordination office asks the integration guide and gets back to you.',
    matched: 'The coordination office has put you in touch with the integration guide, who will contact you.',
    done: 'The support has ended. Thank you!',
  },
  pageTitle: 'Status of your request',
  numberLabel: 'Request number',
  loading: 'Loading the status …',
  invalidLink: 'This link is not valid, or the request has been deleted.',
  failed: 'The status cannot be loaded right now. Please try again later.',
  retry: 'Try again',
};

const ar: RequesterTexts = {
  intl: 'ar-u-ca-gregory-nu-latn',
  dir: 'rtl',
  greeting: 'مرحبًا،',
  closing: 'أُرسل هذا البريد الإلكتروني تلقائيًا. يرجى عدم الرد عليه.',
  statusLinkIntro: 'يمكنك رؤية حالة طلبك هنا في أي وقت:',
  quoteNumber: 'يرجى ذكر رقم طلبك عند الاستفسار.',
  confirmationSubject: (n) => `وصل طلبك ${n}`,
  confirmationLines: (n) => [`وصل طلبك إلى مكتب تنسيق WIR. رقم طلبك هو ${n}.`, 'سيهتم المكتب بطلبك ويتواصل معك.'],
  updateSubject: (n, status) => `طلبك ${n}: ${status}`,
  status: { received: 'وصل', 'in-progress': 'قيد المعالجة', matched: 'تم الترتيب', done: 'انتهى', cancelled: 'أُلغي' },
  explain: {
    received: 'وصل طلبك. سيعالجه مكتب التنسيق قريبًا.',
    'in-progress': 'يعمل مكتب التنسيق على طلبك الآن.',
    done: 'انتهى الموعد. شكرًا لك!',
    cancelled: 'أُلغي طلبك. إذا كانت لديك أسئلة، يرجى التواصل مع مكتب التنسيق.',
  },
  matchedDolmetscher: ({ gender, mode, date, time }) => {
    const f = gender === 'w';
    const m = gender === 'm';
    if (mode === 'telefon' || mode === 'video') {
      const how = mode === 'telefon' ? 'عبر الهاتف' : 'عبر الفيديو';
      const who = f ? 'ستشارك مترجمة' : m ? 'سيشارك مترجم' : 'سيشارك شخص للترجمة';
      return `${who} ${how} في ${date} الساعة ${time}.`;
    }
    const who = f ? 'ستأتي مترجمة' : m ? 'سيأتي مترجم' : 'سيأتي شخص للترجمة';
    return `${who} في ${date} الساعة ${time}.`;
  },
  matchedGeneric: 'رتّب مكتب التنسيق طلبك وسيتواصل معك.',
  lotse: {
    next: 'يسأل مكتب التنسيق المرشد أو المرشدة ثم يتواصل معك.',
    matched: 'رتّب مكتب التنسيق التواصل مع المرشد أو المرشدة، وسيتواصل معك.',
    done: 'انتهت المرافقة. شكرًا لك!',
  },
  pageTitle: 'حالة طلبك',
  numberLabel: 'رقم الطلب',
  loading: 'جارٍ تحميل الحالة …',
  invalidLink: 'هذا الرابط غير صالح، أو حُذف الطلب.',
  failed: 'لا يمكن تحميل الحالة الآن. يرجى المحاولة لاحقًا.',
  retry: 'إعادة المحاولة',
};

const fa: RequesterTexts = {
  intl: 'fa-u-ca-gregory-nu-latn',
  dir: 'rtl',
  greeting: 'سلام،',
  closing: 'این ایمیل به‌طور خودکار فرستاده شده است. لطفاً به آن پاسخ ندهید.',
  statusLinkIntro: 'وضعیت درخواست خود را همیشه اینجا می‌بینید:',
  quoteNumber: 'لطفاً هنگام پرسش، شماره درخواست خود را بگویید.',
  confirmationSubject: (n) => `درخواست شما ${n} رسید`,
  confirmationLines: (n) => [
    `درخواست شما به دفتر هماهنگی WIR رسید. شماره درخواست شما ${n} است.`,
    'دفتر به درخواست شما رسیدگی می‌کند و با شما تماس می‌گیرد.',
  ],
  updateSubject: (n, status) => `درخواست شما ${n}: ${status}`,
  status: { received: 'رسید', 'in-progress': 'در حال بررسی', matched: 'هماهنگ شد', done: 'انجام شد', cancelled: 'لغو شد' },
  explain: {
    received: 'درخواست شما رسید. دفتر هماهنگی به‌زودی به آن رسیدگی می‌کند.',
    'in-progress': 'دفتر هماهنگی در حال بررسی درخواست شماست.',
    done: 'قرار انجام شد. سپاسگزاریم!',
    cancelled: 'درخواست شما لغو شد. اگر پرسشی دارید، لطفاً با دفتر هماهنگی تماس بگیرید.',
  },
  matchedDolmetscher: ({ mode, date, time }) => {
    if (mode === 'telefon') return `یک مترجم در ${date} ساعت ${time} تلفنی همراهی می‌کند.`;
    if (mode === 'video') return `یک مترجم در ${date} ساعت ${time} از راه تصویری همراهی می‌کند.`;
    return `یک مترجم در ${date} ساعت ${time} می‌آید.`;
  },
  matchedGeneric: 'دفتر هماهنگی درخواست شما را هماهنگ کرد و با شما تماس می‌گیرد.',
  lotse: {
    next: 'دفتر هماهنگی از راهنما می‌پرسد و با شما تماس می‌گیرد.',
    matched: 'دفتر هماهنگی تماس شما را با راهنما برقرار کرد؛ راهنما با شما تماس می‌گیرد.',
    done: 'همراهی به پایان رسید. سپاسگزاریم!',
  },
  pageTitle: 'وضعیت درخواست شما',
  numberLabel: 'شماره درخواست',
  loading: 'وضعیت در حال بارگذاری است …',
  invalidLink: 'این پیوند معتبر نیست یا درخواست حذف شده است.',
  failed: 'اکنون نمی‌توان وضعیت را بارگذاری کرد. لطفاً بعداً دوباره امتحان کنید.',
  retry: 'دوباره امتحان کنید',
};

const tr: RequesterTexts = {
  intl: 'tr-TR',
  dir: 'ltr',
  greeting: 'Merhaba,',
  closing: 'Bu e-posta otomatik olarak gönderildi. Lütfen yanıtlamayın.',
  statusLinkIntro: 'Talebinizin durumunu her zaman burada görebilirsiniz:',
  quoteNumber: 'Sorularınızda lütfen talep numaranızı belirtin.',
  confirmationSubject: (n) => `${n} numaralı talebiniz ulaştı`,
  confirmationLines: (n) => [
    `Talebiniz WIR koordinasyon ofisine ulaştı. Talep numaranız: ${n}.`,
    'Ofis talebinizle ilgilenecek ve size geri dönecek.',
  ],
  updateSubject: (n, status) => `${n} numaralı talebiniz: ${status}`,
  status: { received: 'Ulaştı', 'in-progress': 'İşleniyor', matched: 'Ayarlandı', done: 'Tamamlandı', cancelled: 'İptal edildi' },
  explain: {
    received: 'Talebiniz ulaştı. Koordinasyon ofisi yakında ilgilenecek.',
    'in-progress': 'Koordinasyon ofisi şu anda talebiniz üzerinde çalışıyor.',
    done: 'Randevu gerçekleşti. Teşekkür ederiz!',
    cancelled: 'Talebiniz iptal edildi. Sorularınız için lütfen koordinasyon ofisine başvurun.',
  },
  matchedDolmetscher: ({ mode, date, time }) => {
    if (mode === 'telefon') return `${date}, saat ${time}: Bir tercüman telefonla katılacak.`;
    if (mode === 'video') return `${date}, saat ${time}: Bir tercüman görüntülü görüşmeyle katılacak.`;
    return `${date}, saat ${time}: Bir tercüman gelecek.`;
  },
  matchedGeneric: 'Koordinasyon ofisi talebinizi ayarladı ve sizinle iletişime geçecek.',
  lotse: {
    next: 'Koordinasyon ofisi rehbere sorar ve size geri döner.',
    matched: 'Koordinasyon ofisi sizi rehberle buluşturdu; rehber sizinle iletişime geçecek.',
    done: 'Destek tamamlandı. Teşekkür ederiz!',
  },
  pageTitle: 'Talebinizin durumu',
  numberLabel: 'Talep numarası',
  loading: 'Durum yükleniyor …',
  invalidLink: 'Bu bağlantı geçerli değil veya talep silindi.',
  failed: 'Durum şu anda yüklenemiyor. Lütfen daha sonra tekrar deneyin.',
  retry: 'Tekrar dene',
};

const uk: RequesterTexts = {
  intl: 'uk-UA',
  dir: 'ltr',
  greeting: 'Добрий день!',
  closing: 'Цей лист надіслано автоматично. Будь ласка, не відповідайте на нього.',
  statusLinkIntro: 'Стан вашого запиту ви завжди бачите тут:',
  quoteNumber: 'Якщо маєте запитання, назвіть, будь ласка, номер запиту.',
  confirmationSubject: (n) => `Ваш запит ${n} отримано`,
  confirmationLines: (n) => [
    `Ваш запит надійшов до координаційного офісу WIR. Номер вашого запиту: ${n}.`,
    'Офіс опрацює його і зв’яжеться з вами.',
  ],
  updateSubject: (n, status) => `Ваш запит ${n}: ${status}`,
  status: { received: 'Отримано', 'in-progress': 'В обробці', matched: 'Організовано', done: 'Завершено', cancelled: 'Скасовано' },
  explain: {
    received: 'Ваш запит отримано. Координаційний офіс незабаром його опрацює.',
    'in-progress': 'Координаційний офіс зараз опрацьовує ваш запит.',
    done: 'Зустріч відбулася. Дякуємо!',
    cancelled: 'Ваш запит скасовано. Якщо маєте запитання, зверніться, будь ласка, до координаційного офісу.',
  },
  matchedDolmetscher: ({ gender, mode, date, time }) => {
    // The future tense does not change with gender; only the noun does.
    const who = gender === 'w' ? 'Перекладачка' : 'Перекладач';
    if (mode === 'telefon') return `${who} долучиться телефоном ${date} о ${time}.`;
    if (mode === 'video') return `${who} долучиться відеозв’язком ${date} о ${time}.`;
    return `${who} прийде ${date} о ${time}.`;
  },
  matchedGeneric: 'Координаційний офіс організував ваш запит і зв’яжеться з вами.',
  lotse: {
    next: 'Координаційне бюро запитає лоцмана чи лоцманку і зв’яжеться з вами.',
    matched: 'Координаційне бюро встановило контакт із лоцманом чи лоцманкою; вони зв’яжуться з вами.',
    done: 'Супровід завершено. Дякуємо!',
  },
  pageTitle: 'Стан вашого запиту',
  numberLabel: 'Номер запиту',
  loading: 'Завантаження стану …',
  invalidLink: 'Це посилання недійсне, або запит видалено.',
  failed: 'Зараз не вдається завантажити стан. Спробуйте, будь ласка, пізніше.',
  retry: 'Спробувати ще раз',
};

const ru: RequesterTexts = {
  intl: 'ru-RU',
  dir: 'ltr',
  greeting: 'Здравствуйте!',
  closing: 'Это письмо отправлено автоматически. Пожалуйста, не отвечайте на него.',
  statusLinkIntro: 'Статус вашего запроса всегда можно посмотреть здесь:',
  quoteNumber: 'Если у вас есть вопросы, пожалуйста, назовите номер запроса.',
  confirmationSubject: (n) => `Ваш запрос ${n} получен`,
  confirmationLines: (n) => [
    `Ваш запрос поступил в координационный офис WIR. Номер вашего запроса: ${n}.`,
    'Офис займётся им и свяжется с вами.',
  ],
  updateSubject: (n, status) => `Ваш запрос ${n}: ${status}`,
  status: { received: 'Получен', 'in-progress': 'В работе', matched: 'Организовано', done: 'Завершён', cancelled: 'Отменён' },
  explain: {
    received: 'Ваш запрос получен. Координационный офис скоро им займётся.',
    'in-progress': 'Координационный офис сейчас работает над вашим запросом.',
    done: 'Встреча состоялась. Спасибо!',
    cancelled: 'Ваш запрос отменён. Если у вас есть вопросы, пожалуйста, обратитесь в координационный офис.',
  },
  matchedDolmetscher: ({ gender, mode, date, time }) => {
    const who = gender === 'w' ? 'Переводчица' : 'Переводчик';
    if (mode === 'telefon') return `${who} подключится по телефону ${date} в ${time}.`;
    if (mode === 'video') return `${who} подключится по видеосвязи ${date} в ${time}.`;
    return `${who} придёт ${date} в ${time}.`;
  },
  matchedGeneric: 'Координационный офис организовал ваш запрос и свяжется с вами.',
  lotse: {
    next: 'Координационное бюро спросит лоцмана или лоцманшу и свяжется с вами.',
    matched: 'Координационное бюро установило контакт с лоцманом или лоцманшей; они свяжутся с вами.',
    done: 'Сопровождение завершено. Спасибо!',
  },
  pageTitle: 'Статус вашего запроса',
  numberLabel: 'Номер запроса',
  loading: 'Статус загружается …',
  invalidLink: 'Эта ссылка недействительна, или запрос удалён.',
  failed: 'Сейчас не удаётся загрузить статус. Пожалуйста, попробуйте позже.',
  retry: 'Попробовать ещё раз',
};

const TEXTS: Record<UiLocale, RequesterTexts> = { de, 'de-x-ls': leichteSprache, en, ar, fa, tr, uk, ru };

/** The texts for a request's locale tag (any BCP 47 tag; unknown ones get German). */
export function requesterTexts(locale: string): { locale: UiLocale; texts: RequesterTexts } {
  const ui = matchUiLocale(locale);
  return { locale: ui, texts: TEXTS[ui] };
}

/** "10.12." in German, "10 December" in English, … (Gregorian, Latin digits, no year: the date is near). */
export function appointmentDate(texts: RequesterTexts, isoDate: string): string {
  const options: Intl.DateTimeFormatOptions = texts === de ? { day: 'numeric', month: 'numeric' } : { day: 'numeric', month: 'long' };
  const formatted = new Intl.DateTimeFormat(texts.intl, { ...options, timeZone: 'UTC' }).format(new Date(`${isoDate}T12:00:00Z`));
  // German's numeric day-month has no trailing dot in ICU ("10.12"); the way people write it has one.
  return texts === de && !formatted.endsWith('.') ? `${formatted}.` : formatted;
}

/** "9:30" from "09:30": a 24-hour clock without the leading zero, as timetables print it. */
export function appointmentTime(hhmm: string): string {
  const [h = '0', m = '00'] = hhmm.split(':');
  return `${Number(h)}:${m}`;
}
