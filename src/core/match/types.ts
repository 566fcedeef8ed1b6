/**
 * Public API of the matching core: what the widgets send (queries) and what they get back
 * (ranked hits with reasons, and relaxations when the list is short); docs/architecture.md, Matching.
 *
 * The views translate reasons and relaxations; the core never produces display text, so
 * every code and its params are documented here and are API.
 */
import type { Daypart } from '../calendar/clock.js';
import type {
  Audience,
  Day,
  DolmetscherRecord,
  Gender,
  LanguageLevel,
  Level,
  LotsenTopic,
  LotseRecord,
  Slot,
  SprachkursRecord,
} from '../schema/index.js';
import type { TextField } from './text-match.js';

export type { Day, Daypart };
export type MatchKind = 'lotsen' | 'sprachkurse' | 'dolmetscher';

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
  /**
   * Hard: the Lotse lies within radiusKm, or within their own travelKm (they come that far).
   * Those within radiusKm rank first. Default 25 when `near` is set.
   */
  radiusKm?: number;
  /** Hard: the Lotse speaks one of these (primary subtag match, `ar` = `ar-SY`). Empty = any. */
  languages?: string[];
  /**
   * Whether related languages (language table substitutes, e.g. Dari for Farsi) also match,
   * scored lower. Default true. When false they are offered as a `language-substitute` relaxation.
   */
  substitutes?: boolean;
  /** Soft: topic overlap raises the score (a Lotse for another topic still helps). */
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

/** Params of a reason or relaxation that has none. */
export type NoParams = Record<string, never>;

/**
 * Why a hit is in the list or ranked where it is: machine-readable, in evaluation order. The
 * views put them into words (src/i18n catalogues); `switch (reason.code)` gives each its params.
 */
export type Reason =
  /** Speaks the asked language (all kinds). `code` is the record's tag (e.g. `ar-SY`), `asked` the query's. */
  | { code: 'language'; params: { code: string; asked: string; level?: LanguageLevel } }
  /** Speaks a related language, scored lower (all kinds). */
  | { code: 'language-substitute'; params: { code: string; asked: string; closeness: number } }
  /** Great-circle distance from `near`, one decimal (all kinds, with `near`). */
  | { code: 'distance'; params: { km: number; ort: string } }
  /** Farther than the radius, but travels `travelKm` to residents (lotsen): listed after everyone within. */
  | { code: 'travels'; params: { travelKm: number } }
  /** Serves the asked Kommune (dolmetscher). */
  | { code: 'serves'; params: { kommune: string } }
  /** Helps with these asked topics (lotsen). */
  | { code: 'topics'; params: { topics: LotsenTopic[] } }
  /** Available on these days during the wished times, for `minutes` a week in all (lotsen). */
  | { code: 'times'; params: { days: Day[]; minutes: number } }
  /** The preferred gender (lotsen, dolmetscher). */
  | { code: 'gender'; params: { gender: Gender } }
  /** The query words that matched, and the fields they matched in (all kinds, with `text`). */
  | { code: 'text'; params: { terms: string[]; fields: TextField[] } }
  /** Teaches these asked levels (sprachkurse). */
  | { code: 'level'; params: { levels: Level[] } }
  /** Has these beginner levels (alpha, A1), for "I don't know my level" (sprachkurse). */
  | { code: 'level-beginner'; params: { levels: Level[] } }
  /** Offers childcare, for children of these ages when the feed says (sprachkurse). */
  | { code: 'childcare'; params: { ages?: { min: number; max: number } } }
  /** Meant for this audience (sprachkurse, when an audience was asked). */
  | { code: 'audience'; params: { audience: Audience } }
  /** Costs nothing (sprachkurse). */
  | { code: 'free'; params: NoParams }
  /** Known free seats (sprachkurse). */
  | { code: 'seats'; params: { free: number } }
  /** Full, waiting list only; shown with `includeFull` (sprachkurse). */
  | { code: 'full'; params: NoParams }
  /** Starts on `date`, `days` from today (≤ 0: started) (sprachkurse). */
  | { code: 'starts'; params: { date: string; days: number } }
  /** Joining any time (sprachkurse). */
  | { code: 'rolling-entry'; params: NoParams }
  /** Meets on these asked days and in these asked day parts (sprachkurse). */
  | { code: 'schedule'; params: { days: Day[]; dayparts: Daypart[] } }
  /** Works in the asked mode (dolmetscher). */
  | { code: 'mode'; params: { mode: string } }
  /** Works in the asked setting (dolmetscher). */
  | { code: 'setting'; params: { setting: string } }
  /** Available on the asked date's weekday, from the asked time (dolmetscher). */
  | { code: 'available-at'; params: { day: Day; from: string } };

export type ReasonCode = Reason['code'];

/**
 * A next step when hits are few (< RELAX_BELOW) or none, as the change it proposes: widen the
 * radius (`radius`), add a related language (`language-substitute`: to `languages` for
 * Lotsen, to `alternatives` for an interpreter), drop one filter (`drop-<filter>`, params say
 * what it held), or also show full courses (`include-full`). A view applies the change to its
 * own controls; relaxQuery (relax.ts) applies it to a query. `count` is the total the changed
 * query gives. Only steps that raise the count are offered, best count first.
 */
export type Relaxation<Q = unknown> = RelaxationFor<Q> & { count: number };

type Step =
  /** Widen the radius to `toKm`: the smallest step of 10→25→50→100 km that raises the count. */
  | { code: 'radius'; params: { fromKm: number; toKm: number } }
  /** Add the related language `code` of the asked `asked`. */
  | { code: 'language-substitute'; params: { asked: string; code: string; closeness: number } }
  | { code: 'drop-text'; params: { text: string } }
  | { code: 'drop-levels'; params: { levels: string[] } }
  | { code: 'drop-childcare'; params: NoParams }
  | { code: 'drop-audience'; params: { audience: string } }
  | { code: 'drop-dayparts'; params: { dayparts: Daypart[] } }
  | { code: 'drop-days'; params: { days: Day[] } }
  /** Drop "starts within `weeks` weeks". */
  | { code: 'drop-start'; params: { weeks: number } }
  /** Drop "free of charge only". */
  | { code: 'drop-free'; params: NoParams }
  /** Drop "known free seats only". */
  | { code: 'drop-seats'; params: NoParams }
  /** Also show full courses with a waiting list. */
  | { code: 'include-full'; params: NoParams }
  | { code: 'drop-program'; params: { program: string[] } }
  | { code: 'drop-format'; params: { format: string[] } }
  /** Any place: telephone and video interpreters from elsewhere. */
  | { code: 'drop-kommune'; params: { kommune: string } }
  | { code: 'drop-mode'; params: { mode: string } }
  | { code: 'drop-setting'; params: { setting: string } }
  /** Drop the date (and with it the time, which means nothing without a day). */
  | { code: 'drop-date'; params: { date: string } };

export type RelaxationCode = Step['code'];

/**
 * The steps each kind can offer. Lotsen topics, times and gender are soft (they rank, never
 * remove), so dropping them cannot raise a count and they have no step.
 */
export type LotsenStep = Extract<Step, { code: 'radius' | 'language-substitute' | 'drop-text' }>;
export type SprachkursStep = Extract<
  Step,
  {
    code:
      | 'radius'
      | 'drop-text'
      | 'drop-levels'
      | 'drop-childcare'
      | 'drop-audience'
      | 'drop-dayparts'
      | 'drop-days'
      | 'drop-start'
      | 'drop-free'
      | 'drop-seats'
      | 'include-full'
      | 'drop-program'
      | 'drop-format';
  }
>;
export type DolmetscherStep = Extract<
  Step,
  { code: 'radius' | 'language-substitute' | 'drop-text' | 'drop-kommune' | 'drop-mode' | 'drop-setting' | 'drop-date' }
>;
/**
 * The steps of the kind whose query is Q; every step when Q is another type. The queries are
 * all-optional object types, which TypeScript finds assignable to each other, so Q is compared
 * for identity, not with `extends`.
 */
export type RelaxationFor<Q> =
  Same<Q, LotsenQuery> extends true
    ? LotsenStep
    : Same<Q, SprachkursQuery> extends true
      ? SprachkursStep
      : Same<Q, DolmetscherQuery> extends true
        ? DolmetscherStep
        : Step;
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

export interface Hit<R> {
  record: R;
  /** Higher is better; comparable only within one result. */
  score: number;
  /** Great-circle km from `near` (one decimal), when `near` was given and the record has a place. */
  distanceKm?: number;
  reasons: Reason[];
}

/** Q is the query's type: it decides which relaxations can come back. */
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
