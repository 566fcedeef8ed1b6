/**
 * The e-mail fallback: when sending fails for good, the form offers "Per E-Mail senden" with
 * a prepared `mailto:` so the request still reaches the coordination office, in words a
 * person reads (not JSON). The draft id is in subject and body, so if the POST did arrive
 * after all, the office sees the two are one request.
 *
 * Encoding follows RFC 6068: every character outside unreserved is percent-encoded as UTF-8,
 * spaces as %20 (never "+", which mail clients show literally), line breaks as %0D%0A.
 */
import type { AnfrageRequest, DolmetscherRequest, LotseRequest } from '../schema/request.js';

type MailLocale = 'de' | 'en';

const DE_LABELS = {
  subject: 'Anfrage Laiendolmetscher:in',
  intro: 'Guten Tag,\r\n\r\nhiermit fragen wir eine:n Laiendolmetscher:in an.',
  lotseSubject: 'Kontaktanfrage Integrationslotse:in',
  lotseIntro: 'Guten Tag,\r\n\r\nich möchte Kontakt mit dieser Lotsin oder diesem Lotsen aufnehmen.',
  lotse: 'Lotse/Lotsin',
  topics: 'Themen',
  id: 'Anfragenummer',
  language: 'Sprache',
  alternatives: 'Auch möglich',
  when: 'Termin',
  minutes: 'Minuten',
  oclock: 'Uhr',
  mode: 'Art',
  setting: 'Bereich',
  place: 'Ort',
  gender: 'Wunsch',
  notes: 'Hinweise',
  requester: 'Anfragende Stelle',
  name: 'Name',
  email: 'E-Mail',
  phone: 'Telefon',
  kommune: 'Kommune',
  consent: 'Datenschutzhinweis zugestimmt am',
  closing: 'Mit freundlichen Grüßen',
};

const LABELS: Record<MailLocale, typeof DE_LABELS> = {
  de: DE_LABELS,
  en: {
    subject: 'Request for a community interpreter',
    intro: 'Hello,\r\n\r\nwe would like to request a community interpreter (Laiendolmetscher:in).',
    lotseSubject: 'Contact request for an integration guide (Lotse)',
    lotseIntro: 'Hello,\r\n\r\nI would like to get in touch with this integration guide (Lotse).',
    lotse: 'Lotse',
    topics: 'Topics',
    id: 'Request number',
    language: 'Language',
    alternatives: 'Also acceptable',
    when: 'Appointment',
    minutes: 'minutes',
    oclock: '',
    mode: 'Mode',
    setting: 'Setting',
    place: 'Place',
    gender: 'Preference',
    notes: 'Notes',
    requester: 'Requested by',
    name: 'Name',
    email: 'E-mail',
    phone: 'Phone',
    kommune: 'Kommune',
    consent: 'Privacy notice accepted on',
    closing: 'Kind regards',
  },
};

const VALUE_LABELS: Record<MailLocale, Record<string, string>> = {
  de: {
    'vor-ort': 'vor Ort',
    telefon: 'Telefon',
    video: 'Video',
    'schule-kita': 'Schule/Kita',
    gesundheit: 'Gesundheit',
    behoerde: 'Behörde',
    beratung: 'Beratung',
    soziales: 'Soziales',
    freizeit: 'Freizeit',
    w: 'Dolmetscherin (weiblich)',
    m: 'Dolmetscher (männlich)',
    schule: 'Schule',
    kita: 'Kita',
    arztpraxis: 'Arztpraxis',
    beratungsstelle: 'Beratungsstelle',
    verein: 'Verein/Migrantenorganisation',
    privat: 'Privatperson',
    behoerden: 'Ämter und Behörden',
    wohnen: 'Wohnen',
    arbeit: 'Arbeit',
    'asyl-aufenthalt': 'Asyl und Aufenthalt',
    alltag: 'Alltag',
    familie: 'Familie',
  },
  en: {
    'vor-ort': 'on site',
    telefon: 'phone',
    video: 'video',
    'schule-kita': 'school/nursery',
    gesundheit: 'health',
    behoerde: 'authority',
    beratung: 'counselling',
    soziales: 'social services',
    freizeit: 'leisure',
    w: 'female interpreter',
    m: 'male interpreter',
    schule: 'school',
    kita: 'nursery',
    arztpraxis: 'medical practice',
    beratungsstelle: 'counselling service',
    verein: 'association',
    privat: 'private person',
    behoerden: 'authorities',
    wohnen: 'housing',
    arbeit: 'work',
    'asyl-aufenthalt': 'asylum and residence',
    alltag: 'everyday life',
    familie: 'family',
  },
};

/**
 * Builds `mailto:<email>?subject=…&body=…` for a request. `locale` picks the labels (German
 * unless "en…"): the reader is the coordination office, so German is the default even when
 * the form is shown in Arabic or Tigrinya.
 *
 * Long notes make long URLs; some Windows mail handlers cut mailto: URLs near 2 000
 * characters, so the form should also offer the plain text for copying.
 */
export function mailtoFor(request: AnfrageRequest, email: string, locale = 'de'): string {
  const lang: MailLocale = locale.toLowerCase().startsWith('en') ? 'en' : 'de';
  const { subject, lines } = request.kind === 'lotse' ? lotseLines(request, lang) : dolmetscherLines(request, lang);
  // Normalise every line break (notes may contain bare \n) to CRLF as RFC 6068 §5 asks.
  const text = lines.join('\r\n').replace(/\r?\n/g, '\r\n');
  return `mailto:${encodeAddress(email)}?subject=${encodeMailtoValue(subject)}&body=${encodeMailtoValue(text)}`;
}

interface MailText {
  subject: string;
  lines: string[];
}

function dolmetscherLines(request: DolmetscherRequest, lang: MailLocale): MailText {
  const l = LABELS[lang];
  const v = (key: string) => VALUE_LABELS[lang][key] ?? key;
  const need = request.need;
  const shortId = request.id.slice(0, 8);

  const subject = `${l.subject}: ${languageName(need.language, lang)}, ${formatDate(need.date, lang)} (${shortId})`;

  const lines: string[] = [l.intro, ''];
  lines.push(`${l.id}: ${request.id}`);
  lines.push(`${l.language}: ${languageName(need.language, lang)}`);
  if (need.alternatives?.length) {
    lines.push(`${l.alternatives}: ${need.alternatives.map((code) => languageName(code, lang)).join(', ')}`);
  }
  lines.push(
    `${l.when}: ${formatDate(need.date, lang)}, ${need.from}${l.oclock ? ` ${l.oclock}` : ''}, ${need.durationMinutes} ${l.minutes}`,
  );
  lines.push(`${l.mode}: ${v(need.mode)}`);
  lines.push(`${l.setting}: ${v(need.setting)}`);
  if (need.place) lines.push(`${l.place}: ${need.place.address}, ${need.place.plz} ${need.place.ort}`);
  if (need.genderPreference) lines.push(`${l.gender}: ${v(need.genderPreference)}`);
  if (need.notes) lines.push(`${l.notes}: ${need.notes}`);
  lines.push('');
  const requester = request.requester;
  lines.push(`${l.requester}: ${v(requester.type)}${requester.organisation ? `, ${requester.organisation}` : ''}`);
  lines.push(...requesterLines(request, lang));
  return { subject, lines };
}

/** A resident's contact request: the Lotse by display name and feed id (the office knows who that is), and how to reach the resident. */
function lotseLines(request: LotseRequest, lang: MailLocale): MailText {
  const l = LABELS[lang];
  const v = (key: string) => VALUE_LABELS[lang][key] ?? key;
  const need = request.need;
  const subject = `${l.lotseSubject}: ${need.lotseName}, ${languageName(need.language, lang)} (${request.id.slice(0, 8)})`;
  const lines: string[] = [l.lotseIntro, ''];
  lines.push(`${l.id}: ${request.id}`);
  lines.push(`${l.lotse}: ${need.lotseName} (${need.lotseId})`);
  lines.push(`${l.language}: ${languageName(need.language, lang)}`);
  if (need.topics?.length) lines.push(`${l.topics}: ${need.topics.map(v).join(', ')}`);
  if (need.note) lines.push(`${l.notes}: ${need.note}`);
  lines.push('');
  if (request.requester.organisation) lines.push(`${l.requester}: ${v(request.requester.type)}, ${request.requester.organisation}`);
  lines.push(...requesterLines(request, lang));
  return { subject, lines };
}

function requesterLines(request: AnfrageRequest, lang: MailLocale): string[] {
  const l = LABELS[lang];
  const requester = request.requester;
  const lines = [`${l.name}: ${requester.name}`];
  if (requester.email) lines.push(`${l.email}: ${requester.email}`);
  if (requester.phone) lines.push(`${l.phone}: ${requester.phone}`);
  lines.push(`${l.kommune}: ${request.kommune}`);
  lines.push(`${l.consent}: ${request.consent.at}`);
  lines.push('', l.closing, requester.name);
  return lines;
}

function encodeAddress(email: string): string {
  // "@" stays literal (it separates local part and domain); everything else that is not
  // unreserved is encoded, so an address can never smuggle in "?cc=" or "&bcc=".
  const at = email.lastIndexOf('@');
  if (at < 0) return encodeMailtoValue(email);
  return `${encodeMailtoValue(email.slice(0, at))}@${encodeMailtoValue(email.slice(at + 1))}`;
}

function encodeMailtoValue(value: string): string {
  // encodeURIComponent leaves !'()* unencoded; they are legal in mailto but some clients
  // mis-handle "(" and ")" in hfvalues, so encode them too.
  return encodeURIComponent(value).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

function formatDate(isoDate: string, lang: MailLocale): string {
  const [year, month, day] = isoDate.split('-');
  return lang === 'de' ? `${day}.${month}.${year}` : isoDate;
}

function languageName(code: string, lang: MailLocale): string {
  // Intl.DisplayNames is only a fallback (docs/architecture.md, Language model): it misnames kmr/ckb and lacks some
  // codes, so the code is always printed too — the office can look it up either way.
  try {
    const name = new Intl.DisplayNames([lang], { type: 'language', fallback: 'none' }).of(code);
    return name && name.toLowerCase() !== code.toLowerCase() ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}
