/**
 * Weekly times as coordinators type them into one cell: "Mo 9-12, Mi nachmittags, Do ab 17 Uhr",
 * "Mo–Fr vormittags", "Di + Do, 9:00–11:30", "werktags ab 16 Uhr". Day-part hours come from
 * the one clock (core/calendar/clock.ts: "nachmittags" is 12:00–17:00 here as on every chip
 * and card) and the weekday order from core/schema; this file only knows the words.
 *
 * Reading rule: days collect until a time follows, and that time applies to all of them
 * ("Mo, Mi nachmittags" = both afternoons); a time right after another time adds to the same
 * days ("Mo 9-12 und 14-16").
 */
import { DAYPART_EDGES, DAYPARTS, type Daypart, daypartSpan, formatTime, parseTime } from '../../calendar/clock.js';
import { DAYS, type Day, type Slot } from '../../schema/index.js';
import { foldGerman } from '../../text/normalize.js';
import { type CellIssue, error, type Parsed, quote, warning } from '../problems.js';
import { type CellValue, cellText } from '../sheet.js';

const EXAMPLE = 'Beispiel: „Mo 9-12, Mi nachmittags, Do ab 17 Uhr“';

const DAY_WORDS: Record<string, Day> = {};
for (const [day, words] of [
  ['mo', 'mo mon montag montags'],
  ['di', 'di die tue dienstag dienstags'],
  ['mi', 'mi mit mittwoch mittwochs'],
  ['do', 'do don donnerstag donnerstags'],
  ['fr', 'fr fre freitag freitags'],
  ['sa', 'sa sam samstag samstags sonnabend sonnabends'],
  ['so', 'so son sonntag sonntags'],
] as const) {
  for (const w of words.split(' ')) DAY_WORDS[w] = day;
}

const DAY_GROUPS: Record<string, readonly Day[]> = {
  werktags: DAYS.slice(0, 5),
  wochentags: DAYS.slice(0, 5),
  taeglich: DAYS,
  wochenende: DAYS.slice(5),
  wochenends: DAYS.slice(5),
};

const DAYPART_WORDS: Record<string, Daypart> = {
  vormittags: 'vormittags',
  vormittag: 'vormittags',
  morgens: 'vormittags',
  nachmittags: 'nachmittags',
  nachmittag: 'nachmittags',
  abends: 'abends',
  abend: 'abends',
};

const DAY_START = formatTime(DAYPART_EDGES[0]);
const DAY_END = formatTime(DAYPART_EDGES[DAYPART_EDGES.length - 1]!);

/** A day part as the HH:MM slot a feed writes. */
export function daypartTimes(part: Daypart): { from: string; to: string } {
  const { from, to } = daypartSpan(part);
  return { from: formatTime(from), to: formatTime(to) };
}
const WHOLE_DAY_WORDS = new Set(['ganztags', 'ganztaegig']);
const FILLERS = new Set(['am', 'an', 'von', 'um', 'jeweils', 'jeden', 'uhr', 'und', 'sowie', 'immer', 'zeit']);
const BY_ARRANGEMENT = /^(nach\s+(absprache|vereinbarung)|flexibel|variabel|auf\s+anfrage|individuell|wechselnd)\.?$/;

type Token = { type: 'day'; days: Day[] } | { type: 'time'; from: string; to: string } | { type: 'sep' } | { type: 'bad'; text: string };

/** "9", "9:30", "9.30", "9h" → "09:30"-style, or undefined. */
function clock(text: string): string | undefined {
  const m = /^(\d{1,2})(?:[:.](\d{2}))?h?$/.exec(text);
  if (!m) return undefined;
  const minutes = Number(m[1]) * 60 + Number(m[2] ?? 0);
  return m[2] !== undefined && Number(m[2]) > 59 ? undefined : minutes <= 24 * 60 ? formatTime(minutes) : undefined;
}

const DAY_RANGE = /^([a-z]+)\.?\s*(?:-|bis)\s*([a-z]+)\.?$/;
const TIME = String.raw`\d{1,2}(?:[:.]\d{2})?h?`;
const PIECE = new RegExp(
  String.raw`\s*(?:(?<sep>[,;/+&\n]|\bund\b|\bsowie\b)|(?<range>${TIME})\s*(?:uhr\s*)?(?:-|bis)\s*(?<to>${TIME})(?:\s*uhr)?|(?<ab>ab|bis)\s+(?<at>${TIME})(?:\s*uhr)?|(?<dayrange>[a-z]+\.?\s*(?:-|bis)\s*[a-z]+\.?)(?![a-z])|(?<word>[a-z]+)\.?|(?<other>\S+))`,
  'y',
);

function daysBetween(a: Day, b: Day): Day[] {
  const from = DAYS.indexOf(a);
  const to = DAYS.indexOf(b);
  const out: Day[] = [];
  for (let i = from; ; i = (i + 1) % DAYS.length) {
    out.push(DAYS[i]!);
    if (i === to) return out;
  }
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const s = foldGerman(text)
    .replace(/[–—]/g, '-')
    .replace(/["„“”‚‘’']/g, ' ')
    .replace(/\bjeden tag\b/g, 'taeglich');
  PIECE.lastIndex = 0;
  for (let m = PIECE.exec(s); m && m[0] !== ''; m = PIECE.exec(s)) {
    const g = m.groups!;
    if (g.sep) tokens.push({ type: 'sep' });
    else if (g.range) {
      const from = clock(g.range);
      const to = clock(g.to!);
      tokens.push(from && to ? { type: 'time', from, to } : { type: 'bad', text: m[0].trim() });
    } else if (g.ab) {
      const at = clock(g.at!);
      if (!at) tokens.push({ type: 'bad', text: m[0].trim() });
      else tokens.push(g.ab === 'ab' ? { type: 'time', from: at, to: DAY_END } : { type: 'time', from: DAY_START, to: at });
    } else if (g.dayrange) {
      const [, a, b] = DAY_RANGE.exec(g.dayrange)!;
      const from = DAY_WORDS[a!];
      const to = DAY_WORDS[b!];
      tokens.push(from && to ? { type: 'day', days: daysBetween(from, to) } : { type: 'bad', text: g.dayrange });
    } else if (g.word) {
      const w = g.word;
      if (DAY_WORDS[w]) tokens.push({ type: 'day', days: [DAY_WORDS[w]] });
      else if (DAY_GROUPS[w]) tokens.push({ type: 'day', days: [...DAY_GROUPS[w]] });
      else if (DAYPART_WORDS[w]) tokens.push({ type: 'time', ...daypartTimes(DAYPART_WORDS[w]) });
      else if (WHOLE_DAY_WORDS.has(w)) tokens.push({ type: 'time', from: DAY_START, to: DAY_END });
      else if (!FILLERS.has(w)) tokens.push({ type: 'bad', text: w });
    } else tokens.push({ type: 'bad', text: g.other ?? m[0].trim() });
  }
  return tokens;
}

export function parseAvailabilityText(value: CellValue | undefined): Parsed<Slot[]> {
  const text = cellText(value);
  if (text === '') return { issues: [] };
  if (BY_ARRANGEMENT.test(foldGerman(text))) {
    return {
      issues: [
        warning('read-as', `${quote(text)}: keine festen Zeiten übernommen`, 'für die Suche nach Zeiten tragen Sie Tage und Uhrzeiten ein'),
      ],
    };
  }
  const tokens = tokenize(text);
  const bad = tokens.find((t) => t.type === 'bad');
  if (bad) return { issues: [error('invalid-times', `${quote(text)}: ${quote(bad.text)} nicht verstanden`, EXAMPLE)] };

  const slots: Slot[] = [];
  const issues: CellIssue[] = [];
  let pending: Day[] = [];
  let lastDays: Day[] = [];
  let afterTime = false;
  const add = (days: readonly Day[], from: string, to: string) => {
    for (const day of days) if (!slots.some((s) => s.day === day && s.from === from && s.to === to)) slots.push({ day, from, to });
  };
  for (const token of tokens) {
    if (token.type === 'day') {
      if (afterTime) pending = [];
      afterTime = false;
      for (const d of token.days) if (!pending.includes(d)) pending.push(d);
    } else if (token.type === 'time') {
      const days = pending.length ? pending : lastDays;
      if (!days.length)
        return { issues: [error('invalid-times', `${quote(text)}: Tag fehlt`, 'schreiben Sie die Tage davor, z. B. „Mo–Fr nachmittags“')] };
      if (parseTime(token.from) >= parseTime(token.to)) {
        return { issues: [error('invalid-times', `${quote(text)}: ${token.from}–${token.to} endet nicht nach dem Beginn`, EXAMPLE)] };
      }
      add(days, token.from, token.to);
      lastDays = days;
      pending = [];
      afterTime = true;
    }
  }
  if (pending.length) {
    add(pending, DAY_START, DAY_END);
    issues.push(warning('read-as', `${quote(text)}: ohne Uhrzeit als ganztags gelesen`, 'ergänzen Sie z. B. „vormittags“ oder „9-12“'));
  }
  return { value: slots, issues };
}

const DAY_LABELS: Record<Day, string> = { mo: 'Mo', di: 'Di', mi: 'Mi', do: 'Do', fr: 'Fr', sa: 'Sa', so: 'So' };
const shortClock = (hhmm: string) => hhmm.replace(/^0(\d)/, '$1');

/** What the export writes: neighbouring slots with the same hours share them ("Mo + Mi nachmittags, Do 17:00–20:00"). */
export function formatAvailabilityText(slots: readonly Slot[] | undefined): string {
  const groups: Array<{ days: Day[]; from: string; to: string }> = [];
  for (const s of slots ?? []) {
    const last = groups[groups.length - 1];
    if (last && last.from === s.from && last.to === s.to && !last.days.includes(s.day)) last.days.push(s.day);
    else groups.push({ days: [s.day], from: s.from, to: s.to });
  }
  return groups
    .map(({ days, from, to }) => {
      const part = DAYPARTS.find((p) => {
        const span = daypartTimes(p);
        return span.from === from && span.to === to;
      });
      const hours = part ?? (from === DAY_START && to === DAY_END ? 'ganztags' : `${shortClock(from)}–${shortClock(to)}`);
      return `${days.map((d) => DAY_LABELS[d]).join(' + ')} ${hours}`;
    })
    .join(', ');
}
