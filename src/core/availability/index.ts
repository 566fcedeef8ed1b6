/** Weekly availability: normalise, overlap, slots for day parts, and summaries as data. */
export { DAYPARTS, type Daypart } from '../calendar/clock.js';
export { daypartSlots, type MinuteSlot, normalizedMinutes, normalizeSlots, overlapMinutes } from './slots.js';
export { type DaypartGroup, type TimeGroup, weeklyDayparts, weeklyTimes } from './summary.js';
