/**
 * Controlled vocabularies of feed contract v1 (docs/architecture.md, Feed contract v1). The request's vocabularies
 * (REQUESTER_TYPES …) live in request.ts and are re-exported by index.ts.
 *
 * They are `as const` arrays rather than TypeScript enums so the same list feeds the zod
 * schemas, the generated JSON Schema, the engine's bitmasks (index = bit) and the UI's
 * option lists. Appending is a compatible change; reordering or removing needs a version bump
 * because the engine may persist bit positions.
 */
export const FEED_KINDS = ['lotsen', 'sprachkurse', 'dolmetscher'] as const;
export const DAYS = ['mo', 'di', 'mi', 'do', 'fr', 'sa', 'so'] as const;
export const GENDERS = ['w', 'm', 'd'] as const;
export const LANGUAGE_LEVELS = ['muttersprache', 'fliessend', 'gut', 'grundkenntnisse'] as const;

export const LOTSEN_TOPICS = [
  'behoerden',
  'gesundheit',
  'schule-kita',
  'wohnen',
  'arbeit',
  'asyl-aufenthalt',
  'alltag',
  'freizeit',
  'familie',
] as const;

/** Trainings are open-ended (any slug is valid); these are the ones the UI can name. */
export const KNOWN_TRAININGS = [
  'flucht-asyl',
  'interkulturelle-kompetenz',
  'gesundheitslotse',
  'bildungslotse',
  'erste-hilfe',
  'datenschutz',
] as const;

export const LEVELS = ['alpha', 'A1', 'A2', 'B1', 'B2', 'C1'] as const;
export const PROGRAMS = ['wir', 'mitsprache-deutsch4u', 'integrationskurs', 'sonstiges'] as const;
export const COURSE_TYPES = [
  'allgemein',
  'alphabetisierung',
  'zweitschrift',
  'frauen',
  'eltern',
  'jugend',
  'intensiv',
  'sprachcafe',
] as const;
export const AUDIENCES = ['alle', 'frauen', 'eltern', 'gefluechtete', 'jugendliche', 'senioren'] as const;
export const COURSE_FORMATS = ['praesenz', 'online', 'hybrid'] as const;
export const COURSE_TOPICS = ['familie', 'gesundheit', 'bildung', 'arbeit', 'gesellschaft', 'nachbarschaft'] as const;

export const SETTINGS = ['schule-kita', 'gesundheit', 'behoerde', 'beratung', 'soziales', 'freizeit'] as const;
export const MODES = ['vor-ort', 'telefon', 'video'] as const;

/**
 * Kreisschlüssel of the 33 WIR areas. The six Sonderstatusstädte share their Kreis's
 * Kreisschlüssel and are told apart by their 8-digit AGS, so 27 distinct prefixes cover all 33.
 * Kept here (not imported from core/place) so the schema module stays free of the place tables.
 */
export const WIR_KREISSCHLUESSEL = [
  '06411',
  '06412',
  '06413',
  '06414',
  '06415',
  '06431',
  '06432',
  '06433',
  '06434',
  '06435',
  '06436',
  '06437',
  '06438',
  '06439',
  '06440',
  '06531',
  '06532',
  '06533',
  '06534',
  '06535',
  '06611',
  '06631',
  '06632',
  '06633',
  '06634',
  '06635',
  '06636',
] as const;

export type FeedKind = (typeof FEED_KINDS)[number];
export type Day = (typeof DAYS)[number];
export type Gender = (typeof GENDERS)[number];
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];
export type LotsenTopic = (typeof LOTSEN_TOPICS)[number];
export type Level = (typeof LEVELS)[number];
export type Program = (typeof PROGRAMS)[number];
export type CourseType = (typeof COURSE_TYPES)[number];
export type Audience = (typeof AUDIENCES)[number];
export type CourseFormat = (typeof COURSE_FORMATS)[number];
export type CourseTopic = (typeof COURSE_TOPICS)[number];
export type Setting = (typeof SETTINGS)[number];
export type Mode = (typeof MODES)[number];
