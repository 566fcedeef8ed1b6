/**
 * Weekly availability slots: parsing, normalising, overlap. Minutes since midnight are the
 * unit everywhere so the engine can compare numbers, not strings.
 */
import { DAYS, type Day, type Slot } from '../schema/index.js';

/** "09:30" → 570; "24:00" → 1440; NaN for anything else. */
export function parseTime(hhmm: string): number {
  const m = /^(\d{1,2}):([0-5]\d)$/.exec(String(hhmm).trim());
  if (!m) return Number.NaN;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return minutes <= 1440 ? minutes : Number.NaN;
}

export function formatTime(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

const DAY_INDEX = new Map<Day, number>(DAYS.map((d, i) => [d, i]));

/** Sorted by weekday then start; overlapping or touching slots of one day merged; invalid dropped. */
export function normalizeSlots(slots: readonly Slot[] | undefined): Slot[] {
  const parsed = (slots ?? [])
    .map((s) => ({ day: s.day, from: parseTime(s.from), to: parseTime(s.to) }))
    .filter((s) => DAY_INDEX.has(s.day) && s.from < s.to)
    .sort((a, b) => DAY_INDEX.get(a.day)! - DAY_INDEX.get(b.day)! || a.from - b.from);
  const merged: Array<{ day: Day; from: number; to: number }> = [];
  for (const s of parsed) {
    const last = merged[merged.length - 1];
    if (last && last.day === s.day && s.from <= last.to) last.to = Math.max(last.to, s.to);
    else merged.push({ ...s });
  }
  return merged.map((s) => ({ day: s.day, from: formatTime(s.from), to: formatTime(s.to) }));
}

/** Minutes per week during which both are available. */
export function overlapMinutes(a: readonly Slot[] | undefined, b: readonly Slot[] | undefined): number {
  const na = normalizeSlots(a);
  const nb = normalizeSlots(b);
  let total = 0;
  for (const x of na) {
    for (const y of nb) {
      if (x.day !== y.day) continue;
      const from = Math.max(parseTime(x.from), parseTime(y.from));
      const to = Math.min(parseTime(x.to), parseTime(y.to));
      if (to > from) total += to - from;
    }
  }
  return total;
}

export type Daypart = 'vormittags' | 'nachmittags' | 'abends';

/** The day parts a resident picks instead of exact times. */
export const DAYPARTS: Readonly<Record<Daypart, { from: string; to: string }>> = {
  vormittags: { from: '06:00', to: '12:00' },
  nachmittags: { from: '12:00', to: '17:00' },
  abends: { from: '17:00', to: '22:00' },
};

export const DAYPART_NAMES = Object.keys(DAYPARTS) as Daypart[];

/** Slots for "Mo + Mi, nachmittags"; empty days mean every day, empty dayparts the whole day. */
export function daypartSlots(days: readonly Day[], dayparts: readonly Daypart[]): Slot[] {
  const useDays = days.length ? days : DAYS;
  const parts = dayparts.length ? dayparts.map((p) => DAYPARTS[p]) : [{ from: '06:00', to: '22:00' }];
  return normalizeSlots(useDays.flatMap((day) => parts.map((p) => ({ day, from: p.from, to: p.to }))));
}
