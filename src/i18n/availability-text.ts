/**
 * Weekdays, day parts and times in the reader's words: the core summarises slots as data
 * (core/availability summary.ts), the catalogues (messages/<locale>/time.ts) hold the words,
 * and this joins them. Cards and reasons all go through here, so a card never names a day two
 * ways ("Di" in one line, "Dienstag" in the next), and Leichte Sprache never gets an abbreviation.
 */
import type { DaypartGroup, TimeGroup } from '../core/availability/index.js';
import type { Daypart } from '../core/calendar/clock.js';
import { dayIndex } from '../core/calendar/local-date.js';
import type { Day } from '../core/schema/index.js';
import type { MessageArgs, MessageKey } from './catalog-types.js';

/** What is needed of a LocaleController: its texts and its Intl locale. */
export interface Wording {
  t<K extends MessageKey>(key: K, ...args: MessageArgs<K>): string;
  readonly intlLocale: string;
}

/** Days and parts of one card line are listed apart from the next group by this. */
const GROUP_SEPARATOR = ' · ';

const listFormats = new Map<string, Intl.ListFormat>();
const clockFormats = new Map<string, Intl.DateTimeFormat>();

/** "A, B und C" / "A, B, and C" / "A وB": the locale's own way of listing. */
function listText(w: Wording, items: readonly string[]): string {
  let f = listFormats.get(w.intlLocale);
  if (!f) {
    f = new Intl.ListFormat(w.intlLocale, { type: 'conjunction' });
    listFormats.set(w.intlLocale, f);
  }
  return f.format(items);
}

/** "Dienstag und Donnerstag"; three or more days in a row as a range: "Montag bis Freitag". */
export function daysText(w: Wording, days: readonly Day[]): string {
  const sorted = [...new Set(days)].sort((a, b) => dayIndex(a) - dayIndex(b));
  const items: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && dayIndex(sorted[j + 1]!) === dayIndex(sorted[j]!) + 1) j++;
    if (j - i >= 2) items.push(w.t('time.dayRange', w.t(`time.day.${sorted[i]!}`), w.t(`time.day.${sorted[j]!}`)));
    else for (let d = i; d <= j; d++) items.push(w.t(`time.day.${sorted[d]!}`));
    i = j + 1;
  }
  return listText(w, items);
}

/** "nachmittags", "vormittags und abends"; all three parts: "ganztags". */
export function daypartsText(w: Wording, parts: readonly Daypart[]): string {
  if (new Set(parts).size === 3) return w.t('time.allDay');
  return listText(
    w,
    parts.map((p) => w.t(`time.daypart.${p}`)),
  );
}

/** "Dienstag und Donnerstag nachmittags · Samstag vormittags"; '' for no groups. */
export function availabilityText(w: Wording, groups: readonly DaypartGroup[]): string {
  return groups
    .map((g) => (g.dayparts.length ? w.t('time.daysAtParts', daysText(w, g.days), daypartsText(w, g.dayparts)) : daysText(w, g.days)))
    .join(GROUP_SEPARATOR);
}

/** 570 → "9:30" / "9:30 AM" / "9:30 ص", as the locale writes a time of day. */
export function clockText(w: Wording, minutes: number): string {
  let f = clockFormats.get(w.intlLocale);
  if (!f) {
    f = new Intl.DateTimeFormat(w.intlLocale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
    clockFormats.set(w.intlLocale, f);
  }
  return f.format(Date.UTC(2024, 0, 1, 0, minutes));
}

/** "Dienstag und Donnerstag, 9:00–11:30 · Samstag, 10:00–12:00"; '' for no groups. */
export function scheduleText(w: Wording, groups: readonly TimeGroup[]): string {
  return groups.map((g) => w.t('time.daysAtTimes', daysText(w, g.days), clockText(w, g.from), clockText(w, g.to))).join(GROUP_SEPARATOR);
}
