/**
 * wir-widgets/core: the framework-free engine behind the widgets — contracts, feed loading,
 * places, languages, availability, matching and request delivery. Runs in Node and browsers.
 */

export * from './attributes/index.js';
export * from './availability/index.js';
export {
  byWeekday,
  DAYPART_EDGES,
  DAYPART_MIN_MINUTES,
  dayIndex,
  dayNumber,
  daypartMask,
  daypartsOf,
  formatTime,
  isoDate,
  localToday,
  parseTime,
  weekdayOf,
} from './calendar/index.js';
export * from './feed/index.js';
export * from './language/index.js';
export type {
  DolmetscherQuery,
  GeoPoint,
  Hit,
  LotsenQuery,
  MatchIndex,
  MatchKind,
  Paging,
  QueryFor,
  Reason,
  ReasonCode,
  RecordFor,
  Relaxation,
  RelaxationCode,
  RelaxationFor,
  SearchResult,
  SprachkursQuery,
} from './match/index.js';
// Day and Daypart are exported by schema and availability already (the same unions).
export { createIndex, relaxQuery, search } from './match/index.js';
export * from './place/index.js';
export * from './request/index.js';
export * from './schema/index.js';
export { foldGerman, tokenize } from './text/normalize.js';
