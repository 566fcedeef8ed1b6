/**
 * Weekly slots summarised as data: which days share which day parts (for a Lotse's card) and
 * which days share which times (for a course schedule). The words come from the message
 * catalogues (src/i18n/availability-text.ts), so every locale says them its own way.
 */
import { DAYPARTS, type Daypart, daypartMask } from '../calendar/clock.js';
import type { Day, Slot } from '../schema/index.js';
import { normalizedMinutes } from './slots.js';

/** Days that share the same day parts. All three parts mean the whole day. */
export interface DaypartGroup {
  /** In weekday order. */
  days: Day[];
  /** In the order of the day. */
  dayparts: Daypart[];
}

/** Days that share the same times. */
export interface TimeGroup {
  /** In weekday order. */
  days: Day[];
  /** Minutes since midnight. */
  from: number;
  to: number;
}

/**
 * "Mo, Mi nachmittags · Sa vormittags" as data: days grouped by the parts their slots belong
 * to (core/calendar daypartMask), groups in the weekday order of their first day. [] for no slots.
 */
export function weeklyDayparts(slots: readonly Slot[] | undefined): DaypartGroup[] {
  const maskByDay = new Map<Day, number>();
  for (const s of normalizedMinutes(slots)) maskByDay.set(s.day, (maskByDay.get(s.day) ?? 0) | daypartMask(s.from, s.to));
  const groups = new Map<number, DaypartGroup>();
  for (const [day, mask] of maskByDay) {
    let g = groups.get(mask);
    if (!g) {
      g = { days: [], dayparts: DAYPARTS.filter((_, i) => (mask >> i) & 1) };
      groups.set(mask, g);
    }
    g.days.push(day);
  }
  return [...groups.values()];
}

/** "Di + Do, 9:00–11:30" as data: days grouped by identical times, in the weekday order of their first day. */
export function weeklyTimes(slots: readonly Slot[] | undefined): TimeGroup[] {
  const groups = new Map<string, TimeGroup>();
  for (const s of normalizedMinutes(slots)) {
    const key = `${s.from}-${s.to}`;
    const g = groups.get(key);
    if (!g) groups.set(key, { days: [s.day], from: s.from, to: s.to });
    else if (!g.days.includes(s.day)) g.days.push(s.day);
  }
  return [...groups.values()];
}
