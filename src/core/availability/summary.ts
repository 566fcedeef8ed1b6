/**
 * Human summaries of slots: "Mo, Mi nachmittags" (coarse, for result lists) and
 * "Di + Do, 9:00–11:30" (exact, for course schedules).
 *
 * Daypart words come from small tables for every UI locale (Intl has no "afternoon" word);
 * weekday names from tables for de/en/ar and Leichte Sprache (full names, no abbreviations),
 * from Intl for the others.
 */
import { DAYS, type Day, type Slot } from '../schema/index.js';
import { DAYPARTS, type Daypart, normalizeSlots, parseTime } from './slots.js';

const DAY_NAMES: Record<string, readonly string[]> = {
  de: ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  ar: ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد'],
  'de-x-ls': ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
};
const PART_NAMES: Record<string, Record<Daypart | 'ganztags', string>> = {
  de: { vormittags: 'vormittags', nachmittags: 'nachmittags', abends: 'abends', ganztags: 'ganztags' },
  en: { vormittags: 'mornings', nachmittags: 'afternoons', abends: 'evenings', ganztags: 'all day' },
  ar: { vormittags: 'صباحًا', nachmittags: 'بعد الظهر', abends: 'مساءً', ganztags: 'طوال اليوم' },
  tr: { vormittags: 'öğleden önce', nachmittags: 'öğleden sonra', abends: 'akşam', ganztags: 'tüm gün' },
  uk: { vormittags: 'вранці', nachmittags: 'вдень', abends: 'ввечері', ganztags: 'увесь день' },
  ru: { vormittags: 'утром', nachmittags: 'днём', abends: 'вечером', ganztags: 'весь день' },
  fa: { vormittags: 'صبح', nachmittags: 'بعدازظهر', abends: 'عصر', ganztags: 'تمام روز' },
  'de-x-ls': { vormittags: 'am Vormittag', nachmittags: 'am Nachmittag', abends: 'am Abend', ganztags: 'den ganzen Tag' },
};
const AND: Record<string, string> = { de: ' und ', 'de-x-ls': ' und ', en: ' and ', ar: ' و', tr: ' ve ', uk: ' і ', ru: ' и ', fa: ' و ' };
const LIST_SEPARATOR: Record<string, string> = { ar: '، ', fa: '، ' };

/** The table key for a locale: Leichte Sprache has its own words; otherwise the primary subtag. */
const primary = (locale: string) => {
  const lower = (locale || 'de').toLowerCase().replace(/_/g, '-');
  return /^de(-[a-z]{2})?-x-(ls|leichte)/.test(lower) ? 'de-x-ls' : lower.split('-')[0]!;
};

function dayNames(locale: string): readonly string[] {
  const table = DAY_NAMES[primary(locale)];
  if (table) return table;
  try {
    // 2024-01-01 was a Monday.
    const fmt = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
    return DAYS.map((_, i) => fmt.format(Date.UTC(2024, 0, 1 + i)));
  } catch {
    return DAY_NAMES.en!;
  }
}

/** Which day parts a slot touches by at least 30 minutes (a 11:30–12:15 slot is not "afternoon"). */
function partsOf(slot: Slot): Daypart[] {
  const from = parseTime(slot.from);
  const to = parseTime(slot.to);
  return (Object.keys(DAYPARTS) as Daypart[]).filter((p) => {
    const overlap = Math.min(to, parseTime(DAYPARTS[p].to)) - Math.max(from, parseTime(DAYPARTS[p].from));
    return overlap >= 30;
  });
}

/** "Mo, Mi nachmittags · Sa vormittags"; "" for no slots. */
export function summarizeSlots(slots: readonly Slot[] | undefined, locale = 'de'): string {
  const lang = primary(locale);
  const names = dayNames(locale);
  const partNames = PART_NAMES[lang] ?? PART_NAMES.en!;
  const partsByDay = new Map<Day, Set<Daypart>>();
  for (const s of normalizeSlots(slots)) {
    const set = partsByDay.get(s.day) ?? new Set<Daypart>();
    for (const p of partsOf(s)) set.add(p);
    partsByDay.set(s.day, set);
  }
  // Group days that share the same parts, keeping weekday order of each group's first day.
  const groups = new Map<string, Day[]>();
  for (const day of DAYS) {
    const parts = partsByDay.get(day);
    if (!parts) continue;
    const key = parts.size === 3 ? 'ganztags' : (Object.keys(DAYPARTS) as Daypart[]).filter((p) => parts.has(p)).join('+');
    groups.set(key, [...(groups.get(key) ?? []), day]);
  }
  const sep = LIST_SEPARATOR[lang] ?? ', ';
  return [...groups]
    .map(([key, days]) => {
      const dayText = days.map((d) => names[DAYS.indexOf(d)]).join(sep);
      const partText = key
        ? key
            .split('+')
            .map((p) => partNames[p as Daypart | 'ganztags'])
            .join(AND[lang] ?? ' and ')
        : '';
      return partText ? `${dayText} ${partText}` : dayText;
    })
    .join(' · ');
}

function shortTime(hhmm: string, locale: string): string {
  const minutes = parseTime(hhmm);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (primary(locale) === 'de') return `${h}:${String(m).padStart(2, '0')}`;
  try {
    return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1, h, m));
  } catch {
    return `${h}:${String(m).padStart(2, '0')}`;
  }
}

/** "Di + Do, 9:00–11:30"; days with different times are listed separately with "; ". */
export function formatSchedule(slots: readonly Slot[] | undefined, locale = 'de'): string {
  const names = dayNames(locale);
  // Arabic script has its own comma and semicolon; a Latin one next to Persian day names reads as a stray mark.
  const arabicScript = LIST_SEPARATOR[primary(locale)] !== undefined;
  const byTime = new Map<string, Day[]>();
  for (const s of normalizeSlots(slots)) {
    const key = `${s.from}-${s.to}`;
    byTime.set(key, [...(byTime.get(key) ?? []), s.day]);
  }
  return [...byTime]
    .map(([key, days]) => {
      const [from, to] = key.split('-') as [string, string];
      const dayText = [...new Set(days)].map((d) => names[DAYS.indexOf(d)]).join(' + ');
      return `${dayText}${arabicScript ? '، ' : ', '}${shortTime(from, locale)}–${shortTime(to, locale)}`;
    })
    .join(arabicScript ? '؛ ' : '; ');
}
