/**
 * Weekly availability slots: normalising, overlap, and slots for day parts. Minutes since
 * midnight are the unit everywhere so the engine can compare numbers, not strings; the time of
 * day and its parts are defined once in core/calendar.
 */
import { type Daypart, daypartSpan, formatTime, parseTime } from '../calendar/clock.js';
import { byWeekday, dayIndex } from '../calendar/local-date.js';
import type { Slot } from '../schema/index.js';
import { DAYS, type Day } from '../schema/vocabularies.js';

/** A slot in minutes. */
export interface MinuteSlot {
  day: Day;
  from: number;
  to: number;
}

/** Sorted by weekday then start; overlapping or touching slots of one day merged; invalid dropped. */
export function normalizedMinutes(slots: readonly Slot[] | undefined): MinuteSlot[] {
  const parsed = (slots ?? [])
    .map((s) => ({ day: s.day, from: parseTime(s.from), to: parseTime(s.to) }))
    .filter((s) => dayIndex(s.day) >= 0 && s.from < s.to)
    .sort((a, b) => byWeekday(a.day, b.day) || a.from - b.from);
  const merged: MinuteSlot[] = [];
  for (const s of parsed) {
    const last = merged[merged.length - 1];
    if (last && last.day === s.day && s.from <= last.to) last.to = Math.max(last.to, s.to);
    else merged.push({ ...s });
  }
  return merged;
}

/** normalizedMinutes as feed slots ("HH:MM"). */
export function normalizeSlots(slots: readonly Slot[] | undefined): Slot[] {
  return normalizedMinutes(slots).map((s) => ({ day: s.day, from: formatTime(s.from), to: formatTime(s.to) }));
}

/** Minutes per week during which both are available. */
export function overlapMinutes(a: readonly Slot[] | undefined, b: readonly Slot[] | undefined): number {
  const nb = normalizedMinutes(b);
  let total = 0;
  for (const x of normalizedMinutes(a)) {
    for (const y of nb) {
      if (x.day !== y.day) continue;
      const from = Math.max(x.from, y.from);
      const to = Math.min(x.to, y.to);
      if (to > from) total += to - from;
    }
  }
  return total;
}

/** Slots for "Mo + Mi, nachmittags"; empty days mean every day, empty dayparts the whole day. */
export function daypartSlots(days: readonly Day[], dayparts: readonly Daypart[]): Slot[] {
  const useDays = days.length ? days : DAYS;
  const spans = dayparts.length ? dayparts.map(daypartSpan) : [{ from: 0, to: 24 * 60 }];
  return normalizeSlots(useDays.flatMap((day) => spans.map((p) => ({ day, from: formatTime(p.from), to: formatTime(p.to) }))));
}
