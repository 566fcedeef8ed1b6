/**
 * Public API of the matching core: what the widgets send (queries) and what they get back
 * (ranked hits with reasons, and relaxations when the list is short). DESIGN.md §5.
 *
 * The views translate reasons and relaxations; the core never produces display text, so
 * every code and its params are documented here and are API.
 */
import type { DolmetscherRecord, LotseRecord, Slot, SprachkursRecord } from '../schema/index.js';

export type MatchKind = 'lotsen' | 'sprachkurse' | 'dolmetscher';
export type Day = 'mo' | 'di' | 'mi' | 'do' | 'fr' | 'sa' | 'so';
export type Daypart = 'vormittags' | 'nachmittags' | 'abends';

/** A point from the gazetteer or the browser's geolocation (WGS84 degrees). */
export interface GeoPoint {
  lat: number;
  lon: number;
}

/** Paging and size, shared by all queries. */
export interface Paging {
  /** Hits per page; default 20, clamped to 1..200. */
  limit?: number;
  /** Opaque `nextCursor` of the previous page of the same query. */
  cursor?: string;
}

export interface LotsenQuery extends Paging {
  /** Resident's point. Without it, distance neither filters nor scores. */
  near?: GeoPoint;
  /** Hard: record must lie within radiusKm + its own travelKm. Default 25 when `near` is set. */
  radiusKm?: number;
  /** Hard: the Lotse speaks one of these (primary subtag match, `ar` = `ar-SY`). Empty = any. */
  languages?: string[];
  /**
   * Whether related languages (language table substitutes, e.g. Dari for Farsi) also match,
   * scored lower. Default true. When false they are offered as a `language-substitute` relaxation.
   */
  substitutes?: boolean;
  /** Soft: topic overlap raises the score (DESIGN §5 — a Lotse for another topic still helps). */
  topics?: string[];
  /** Soft: availability overlap with these wished slots raises the score. */
  times?: Slot[];
  /** Soft: preferred gender of the Lotse. */
  gender?: 'w' | 'm';
  /** Hard + score: every word must match name, topic labels, trainings or description (typo tolerant). */
  text?: string;
}

export interface SprachkursQuery extends Paging {
  near?: GeoPoint;
  /** Hard, default 25 when `near` is set. Online courses ignore the radius. */
  radiusKm?: number;
  /** Hard: the course teaches one of these levels (`alpha`, `A1` … `C1`). */
  levels?: string[];
  /** "I don't know my level": no level filter, but alpha/A1 courses rank first. */
  unknownLevel?: boolean;
  /** Hard when true: childcare offered. */
  childcare?: boolean;
  /** Hard: `frauen` = women-only courses; any other value = courses for it or for `alle`. */
  audience?: string;
  /** Hard: programme in list (`wir`, `mitsprache-deutsch4u`, …). */
  program?: string[];
  /**
   * Hard: at least one schedule slot in one of these dayparts (vormittags < 12:00 ≤
   * nachmittags < 17:00 ≤ abends). A course schedule is fixed, unlike a Lotse's time, so
   * a course at the wrong time of day is of no use: filter, and offer dropping it.
   */
  dayparts?: Daypart[];
  /** Hard: at least one slot on one of these days. */
  days?: Day[];
  /** Hard: starts between today and today + N weeks, or has rolling entry. */
  startsWithinWeeks?: number;
  /** Hard: cost.amount === 0. */
  freeOnly?: boolean;
  /** Hard: seats known and seats.free > 0. */
  freeSeatsOnly?: boolean;
  /** Full courses (seats.free === 0) are hidden unless true (waiting list). */
  includeFull?: boolean;
  /** Hard: `praesenz` | `online` | `hybrid`. */
  format?: string[];
  text?: string;
  /** Reference day (YYYY-MM-DD) for "ended" and "starts within"; default: the local date now. */
  today?: string;
}

export interface DolmetscherQuery extends Paging {
  /** Hard: the language needed (primary subtag match). */
  language: string;
  /** Also acceptable, scored lower (the requester listed them). */
  alternatives?: string[];
  /** Hard (with `near`, either suffices): serves this Kommune (AGS 8 digits also matches its Kreis). */
  kommune?: string;
  /** Hard for vor-ort: within travelKm (default radiusKm) of this point. */
  near?: GeoPoint;
  radiusKm?: number;
  /** YYYY-MM-DD: checks weekday availability and noticeDays against `today`. */
  date?: string;
  /** HH:MM start; with `date`, needs an availability slot covering from..from+durationMinutes. */
  from?: string;
  durationMinutes?: number;
  /** Hard: `vor-ort` | `telefon` | `video`. */
  mode?: string;
  /** Hard: `schule-kita` | `gesundheit` | `behoerde` | … */
  setting?: string;
  /** Soft. */
  gender?: 'w' | 'm';
  today?: string;
}

export type QueryFor<K extends MatchKind> = K extends 'lotsen' ? LotsenQuery : K extends 'sprachkurse' ? SprachkursQuery : DolmetscherQuery;

export type RecordFor<K extends MatchKind> = K extends 'lotsen'
  ? LotseRecord
  : K extends 'sprachkurse'
    ? SprachkursRecord
    : DolmetscherRecord;

/**
 * Why a hit is in the list / ranked where it is. Codes and params:
 *
 * | code | kinds | params |
 * |---|---|---|
 * | `language` | all | `code` (record's code, e.g. `ar-SY`), `asked` (query code), `level?` (`muttersprache`…) |
 * | `language-substitute` | all | `code` (record's), `asked`, `closeness` (0..1) — related language, scored lower |
 * | `distance` | all with near | `km` (one decimal), `ort` |
 * | `serves` | dolmetscher | `kommune` |
 * | `topics` | lotsen | `topics` (matched topic codes) |
 * | `times` | lotsen | `days` (days with overlap), `minutes` (total overlap) |
 * | `gender` | lotsen, dolmetscher | `gender` |
 * | `text` | all | `terms` (query words that matched), `fields` (`name`/`title`/`topics`/`description`/…) |
 * | `level` | sprachkurse | `levels` (asked levels the course teaches) |
 * | `level-beginner` | sprachkurse | `levels` (alpha/A1 levels of the course) — for "I don't know my level" |
 * | `childcare` | sprachkurse | `ages` (childcareAges or '') |
 * | `audience` | sprachkurse | `audience` |
 * | `free` | sprachkurse | none — costs nothing |
 * | `seats` | sprachkurse | `free` (free seats) |
 * | `full` | sprachkurse | none — full, waiting list (only with includeFull) |
 * | `starts` | sprachkurse | `date` (YYYY-MM-DD), `days` (days from today; ≤0 = started) |
 * | `rolling-entry` | sprachkurse | none — joining any time |
 * | `schedule` | sprachkurse | `days` (matching days), `dayparts` (matching dayparts) |
 * | `mode` | dolmetscher | `mode` |
 * | `setting` | dolmetscher | `setting` |
 * | `available-at` | dolmetscher | `day`, `from` |
 */
export interface Reason {
  code: string;
  params: Record<string, string | number | string[]>;
}

/**
 * A next step when hits are few (< RELAX_BELOW) or none. `query` is the relaxed query,
 * ready to pass to `search`; `count` is the total it gives. Only steps that raise the count
 * are offered, best first (highest count, then the order below).
 *
 * | code | params |
 * |---|---|
 * | `radius` | `fromKm`, `toKm` (the smallest step of 10→25→50→100 that raises the count) |
 * | `language-substitute` | `asked`, `code`, `closeness` |
 * | `drop-text` | `text` |
 * | `drop-levels` | `levels` |
 * | `drop-childcare` | none |
 * | `drop-audience` | `audience` |
 * | `drop-dayparts` | `dayparts` |
 * | `drop-days` | `days` |
 * | `drop-start` | `weeks` |
 * | `drop-free` | none (freeOnly) |
 * | `drop-seats` | none (freeSeatsOnly) |
 * | `include-full` | none — full courses with waiting list |
 * | `drop-program` | `program` |
 * | `drop-format` | `format` |
 * | `drop-kommune` | `kommune` — any place (e.g. telefon/video) |
 * | `drop-mode` | `mode` |
 * | `drop-setting` | `setting` |
 * | `drop-date` | `date` |
 *
 * Lotsen topics, times and gender are soft (they rank, never remove), so dropping them
 * cannot raise a count and they have no relaxation.
 */
export interface Relaxation<Q> {
  code: string;
  params: Record<string, string | number | string[]>;
  count: number;
  query: Q;
}

export interface Hit<R> {
  record: R;
  /** Higher is better; comparable only within one result. */
  score: number;
  /** Great-circle km from `near` (one decimal), when `near` was given and the record has a place. */
  distanceKm?: number;
  reasons: Reason[];
}

export interface SearchResult<R, Q = unknown> {
  /** Records passing every hard filter (all pages). */
  total: number;
  /** One page, score desc then id asc. */
  hits: Array<Hit<R>>;
  /** Pass as `cursor` with the same query for the next page. */
  nextCursor?: string;
  relaxations: Array<Relaxation<Q>>;
}

/** Opaque prebuilt index; build once per feed with `createIndex`. */
export interface MatchIndex<K extends MatchKind = MatchKind> {
  readonly kind: K;
  readonly size: number;
}
