/**
 * The mails a request causes, written into the outbox (outbox.ts) inside the transaction
 * that stored the request or changed its status:
 *
 * - to the office (WIR_NOTIFY): request number, kind, language, date and a link into the
 *   workspace — deliberately nothing personal (no name, organisation, contact, place or
 *   notes), because office inboxes are shared, forwarded and archived;
 * - to the requester, if they gave an e-mail address: a confirmation with the number and a
 *   status link, and a short update when the request is arranged or cancelled, in their locale.
 */
import { languageName } from '../../core/language/index.js';
import type { AnfrageRequest } from '../../core/schema/request.js';
import type { OutgoingMail, StoredAnfrage } from '../store/index.js';
import { officeAddresses } from './mail-config.js';
import { appointmentDate, appointmentTime, type RequesterTexts, requesterTexts } from './requester-texts.js';

/** The short number people quote: the first eight hex digits of the id, upper case (as on the form's success screen). */
export function requestNumber(id: string): string {
  return id.slice(0, 8).toUpperCase();
}

/** German words for a request's kind in office mails and the workspace's fallback. */
export function kindLabelDe(kind: string): string {
  if (kind === 'dolmetscher') return 'Dolmetscher-Anfrage';
  if (kind === 'lotse') return 'Lotsen-Anfrage';
  return `Anfrage (${kind})`;
}

function germanDate(isoDate: string): string {
  return new Intl.DateTimeFormat('de-DE', { weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T12:00:00Z`),
  );
}

export function officeNotice(
  request: AnfrageRequest,
  notify: ReadonlyMap<string, readonly string[]>,
  workspaceUrl: string,
): OutgoingMail | undefined {
  const recipients = officeAddresses(notify, request.kommune);
  if (recipients.length === 0) return undefined;
  const number = requestNumber(request.id);
  const language = languageName(request.need.language, 'de');
  const lines = [
    'Eine neue Anfrage ist angekommen.',
    '',
    `Nummer:  ${number}`,
    `Art:     ${kindLabelDe(request.kind)}`,
    `Sprache: ${language}`,
  ];
  const appointment = request.kind === 'dolmetscher' ? request.need : undefined;
  if (appointment) lines.push(`Termin:  ${germanDate(appointment.date)}, ${appointment.from} Uhr`);
  lines.push(
    '',
    'Öffnen im Arbeitsbereich (Anmeldung nötig):',
    `${workspaceUrl}anfragen/${request.id}`,
    '',
    'Diese E-Mail enthält absichtlich keine persönlichen Daten.',
  );
  return {
    dedupeKey: `${request.id}:office-notice`,
    anfrageId: request.id,
    purpose: 'office-notice',
    recipients: [...recipients],
    subject: `Neue ${kindLabelDe(request.kind)} ${number} – ${language}${appointment ? `, ${germanDate(appointment.date)}` : ''}`,
    body: lines.join('\n'),
  };
}

function requesterMail(texts: RequesterTexts, lines: string[], statusUrl: string): string {
  return [texts.greeting, '', ...lines, '', texts.statusLinkIntro, statusUrl, '', texts.quoteNumber, '', '—', texts.closing].join('\n');
}

export function confirmation(request: AnfrageRequest, statusUrl: string): OutgoingMail | undefined {
  const email = request.requester.email;
  if (!email) return undefined;
  const { texts } = requesterTexts(request.locale);
  const number = requestNumber(request.id);
  return {
    dedupeKey: `${request.id}:confirmation`,
    anfrageId: request.id,
    purpose: 'confirmation',
    recipients: [email],
    subject: texts.confirmationSubject(number),
    body: requesterMail(texts, confirmationLines(request, texts, number), statusUrl),
  };
}

/** For a Lotse contact, the last line (what happens next) speaks of the Lotse instead of a search. */
function confirmationLines(request: AnfrageRequest, texts: RequesterTexts, number: string): string[] {
  const lines = texts.confirmationLines(number);
  return request.kind === 'lotse' ? [...lines.slice(0, -1), texts.lotse.next] : lines;
}

/** What the status means for this request, in the requester's words (the status page's sentence). */
export function statusSentence(stored: StoredAnfrage, texts: RequesterTexts): string {
  if (stored.status === 'matched') return matchedSentence(stored, texts);
  if (stored.status === 'done' && stored.request.kind === 'lotse') return texts.lotse.done;
  return texts.explain[stored.status];
}

/** The sentence that says what "arranged" means for this request, in the requester's words. */
export function matchedSentence(stored: StoredAnfrage, texts: RequesterTexts): string {
  const { request } = stored;
  if (request.kind === 'dolmetscher') {
    const facts = { mode: request.need.mode, date: appointmentDate(texts, request.need.date), time: appointmentTime(request.need.from) };
    return texts.matchedDolmetscher(stored.assignment?.gender ? { ...facts, gender: stored.assignment.gender } : facts);
  }
  return request.kind === 'lotse' ? texts.lotse.matched : texts.matchedGeneric;
}

/** An update on `matched` or `cancelled`; other statuses are not worth a mail. */
export function statusUpdate(stored: StoredAnfrage, statusUrl: string, key: string): OutgoingMail | undefined {
  const email = stored.request.requester.email;
  if (!email || (stored.status !== 'matched' && stored.status !== 'cancelled')) return undefined;
  const { texts } = requesterTexts(stored.request.locale);
  const number = requestNumber(stored.id);
  const line = stored.status === 'matched' ? matchedSentence(stored, texts) : texts.explain.cancelled;
  return {
    dedupeKey: `${stored.id}:status:${key}`,
    anfrageId: stored.id,
    purpose: 'status-update',
    recipients: [email],
    subject: texts.updateSubject(number, texts.status[stored.status]),
    body: requesterMail(texts, [line], statusUrl),
  };
}
