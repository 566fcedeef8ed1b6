/**
 * The time of day as feeds write it ("HH:MM") and as residents think of it (vormittags,
 * nachmittags, abends). Matching, the availability summaries and the course calendar all read
 * these, so "abends" means the same on the filter chip, in the result and on the card.
 */

/**
 * "09:30" → 570, "9:30" → 570, "24:00" → 1440 (a slot until midnight); NaN for anything else.
 * Character codes rather than a regular expression: the index parses every slot of a feed with
 * it, and the Sprachkurse scan every schedule slot per query (bench/RESULTS.md, engine note 11).
 */
export function parseTime(hhmm: string): number {
  const s = hhmm.length === 5 || hhmm.length === 4 ? hhmm : String(hhmm).trim();
  const colon = s.length - 3;
  if ((colon !== 1 && colon !== 2) || s.charCodeAt(colon) !== 58) return Number.NaN;
  let h = 0;
  for (let i = 0; i < colon; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number.NaN;
    h = h * 10 + d;
  }
  const m1 = s.charCodeAt(colon + 1) - 48,
    m2 = s.charCodeAt(colon + 2) - 48;
  if (m1 < 0 || m1 > 5 || m2 < 0 || m2 > 9) return Number.NaN;
  const minutes = h * 60 + m1 * 10 + m2;
  return minutes <= 1440 ? minutes : Number.NaN;
}

/** 570 → "09:30". */
export function formatTime(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** The parts of the day a resident picks instead of exact times, in the order of the day. */
export const DAYPARTS = ['vormittags', 'nachmittags', 'abends'] as const;
export type Daypart = (typeof DAYPARTS)[number];

/**
 * Part i runs from DAYPART_EDGES[i] to DAYPART_EDGES[i + 1] (minutes): midnight to noon, noon to
 * 17:00, 17:00 to midnight. The parts cover the whole day, so every slot has a part: a course
 * at 22:30 is an evening course, one at 7:00 a morning course.
 */
export const DAYPART_EDGES = [0, 12 * 60, 17 * 60, 24 * 60] as const;

/**
 * A slot belongs to a part when at least this many of its minutes fall in it: 9:00–12:15 is a
 * morning course, not also an afternoon one.
 */
export const DAYPART_MIN_MINUTES = 30;

/**
 * The parts a slot from..to (minutes) belongs to, as bits (bit i = DAYPARTS[i]): each part that
 * holds at least DAYPART_MIN_MINUTES of it; a slot too short for that belongs to the part
 * holding most of it. 0 for an empty or invalid slot.
 */
export function daypartMask(from: number, to: number): number {
  if (!(from < to)) return 0;
  let mask = 0,
    most = 0,
    mostAt = 0;
  for (let i = 0; i < DAYPARTS.length; i++) {
    const inside = Math.min(to, DAYPART_EDGES[i + 1]!) - Math.max(from, DAYPART_EDGES[i]!);
    if (inside >= DAYPART_MIN_MINUTES) mask |= 1 << i;
    if (inside > most) {
      most = inside;
      mostAt = i;
    }
  }
  return mask || (most > 0 ? 1 << mostAt : 0);
}

/** daypartMask as a list, in the order of the day. */
export const daypartsOf = (from: number, to: number): Daypart[] => {
  const mask = daypartMask(from, to);
  return DAYPARTS.filter((_, i) => (mask >> i) & 1);
};

/** The minutes a part spans, e.g. for "Dienstag nachmittags" as a wished slot. */
export const daypartSpan = (part: Daypart): { from: number; to: number } => {
  const i = DAYPARTS.indexOf(part);
  return { from: DAYPART_EDGES[i]!, to: DAYPART_EDGES[i + 1]! };
};
