/**
 * Scoring weights, all in one place and named (docs/architecture.md, Hard filters and soft scores).
 * A hit's score is the sum of the parts below, so each value says how many "points" a
 * criterion is worth against the others. The order they produce is meant to make sense to a
 * resident: understanding each other first, then being close, then the topic, then the rest.
 */

/** Speaking the asked language is what makes a Lotse or interpreter useful at all. */
export const W_LANGUAGE = 40;
/**
 * A related language (Dari for Farsi) helps but is not the same: at most 60 % of an exact
 * match even at closeness 1, so a substitute never silently ties with the asked language.
 */
export const SUBSTITUTE_FACTOR = 0.6;
/** Closeness for a requester's alternative that the language table does not relate. */
export const ALTERNATIVE_CLOSENESS = 0.5;
/** How well the record speaks it: a native or fluent speaker explains a Bescheid better. */
export const LEVEL_FACTOR: Record<string, number> = {
  muttersprache: 1,
  fliessend: 1,
  gut: 0.85,
  grundkenntnisse: 0.6,
};
/**
 * Within the radius the resident chose: more than all other parts together, so everyone within
 * that radius comes before every Lotse who is farther away and in the list only because they
 * travel that far themselves (`travelKm`).
 */
export const W_WITHIN_RADIUS = 1000;
/** Within the radius, nearer is better; a trip across the Kreis is a real cost for a resident. */
export const W_DISTANCE = 25;
/** Online courses have no trip: half the distance points, so nearby Präsenz still wins. */
export const ONLINE_DISTANCE_FACTOR = 0.5;
/** Default radius when a point is given without one (a bus ride within a Kreis). */
export const DEFAULT_RADIUS_KM = 25;
/** Relaxation steps for the radius: the smallest that finds more is offered (relax.ts). */
export const RADIUS_STEPS = [10, 25, 50, 100];
/** A Lotse for the asked topic knows the offices and forms: nearly as strong as distance. */
export const W_TOPICS = 30;
/** Wished times are negotiable with a volunteer, so they rank below topic. */
export const W_TIMES = 15;
/** A preference, not a requirement: it ranks and never removes. */
export const W_GENDER = 10;
/** Free text is the resident's own words: a clear match should lift a hit noticeably. */
export const W_TEXT = 30;
/** Match quality of one query word against a token. Exact > prefix > typo. */
export const Q_EXACT = 1;
export const Q_PREFIX = 0.8;
export const Q_TYPO = [1, 0.6, 0.45];
export const Q_TYPO_PREFIX = [1, 0.5, 0.35];

/** "I don't know my level": alpha/A1 courses come first, as the safe start. */
export const W_BEGINNER = 40;
/** Starting soon (or rolling entry) matters: a course in four months is little help now. */
export const W_START = 15;
/** Days over which the start bonus fades to 0. */
export const START_HORIZON_DAYS = 56;
/** Cost is a real barrier for many residents. */
export const W_FREE = 8;
/** Known free seats: registration will likely work. */
export const W_SEATS = 5;
/** Childcare makes a course possible for parents even when they did not ask for it. */
export const W_CHILDCARE = 5;
/** An interpreter serving the requester's Kommune knows local offices and travel. */
export const W_SERVES = 10;

/** Relaxations are computed when fewer than this many hits are found. */
export const RELAX_BELOW = 5;
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 200;
