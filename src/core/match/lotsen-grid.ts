/**
 * Lotsen as columns of typed arrays on a grid of cells, built once per feed: a query reads
 * numbers instead of walking record objects and parsing "HH:MM" (lotsen-scan.ts reads them).
 *
 * - Records are stored in cell order, so a cell's candidates sit next to each other in every column.
 * - One position list per (cell, language), plus one per cell for "any language"; each list
 *   holds available Lotsen only (the others are never a hit), farthest-travelling first, so a
 *   scan of an outer cell stops at the first Lotse whose travelKm cannot bridge the gap.
 * - Every number is the one rules.ts computes for the reference, so scores come out
 *   bit-identical (the property tests compare them exactly).
 */
import { parseTime } from '../calendar/clock.js';
import type { LanguageLevel, LanguageSpec, LotseRecord } from '../schema/index.js';
import { DAYS, LOTSEN_TOPICS } from '../schema/vocabularies.js';
import type { SlicedJob } from '../slices/index.js';
import { type LanguageWish, specCode, specLevel } from './rules.js';
import { LEVEL_FACTOR } from './weights.js';

/** Records indexed between two pause points of a sliced build. */
const RECORDS_PER_STEP = 128;

export const RAD = Math.PI / 180;
/** ≈11 km cells: at 25 km about 20 cells are in reach, a small share of a Hessen-wide feed (bench/RESULTS.md, engine note 10). */
const CELL_LAT = 0.1;
const CELL_LON = 0.15;
/** Grid cells at most; a feed spread wider gets coarser cells instead of a huge directory. */
const MAX_CELLS = 1 << 16;

export const GENDER_CODE: Record<string, number> = { w: 1, m: 2, d: 3 };
/** Topic → its bit in the topic masks (the vocabulary's order). */
export const TOPIC_BIT = new Map<string, number>(LOTSEN_TOPICS.map((t, i) => [t, 1 << i]));

export interface LotsenGrid {
  lat: Float64Array;
  lon: Float64Array;
  cosLat: Float64Array;
  /** Unit vector per record: the chord to the resident bounds the distance without trigonometry. */
  x: Float64Array;
  y: Float64Array;
  z: Float64Array;
  travel: Float64Array;
  topics: Uint16Array;
  gender: Uint8Array;
  /** Bit d set: some availability slot on DAYS[d]. */
  days: Uint8Array;
  /** Record i speaks langId[langStart[i] .. langStart[i + 1]) at level factor langLevel[…]. */
  langStart: Uint32Array;
  langId: Uint16Array;
  langLevel: Float64Array;
  /** Primary subtag → language id. */
  langIds: Map<string, number>;
  /** Record i's availability: slotDay/From/To[slotStart[i] .. slotStart[i + 1]), minutes since midnight. */
  slotStart: Uint32Array;
  slotDay: Uint8Array;
  slotFrom: Int16Array;
  slotTo: Int16Array;
  /** The spoken code and level per language entry, for reasons without touching record objects. */
  code: string[];
  level: Array<LanguageLevel | undefined>;
  ort: string[];
  /** Record i's distinct topics as indexes into LOTSEN_TOPICS, in the record's order. */
  topicStart: Uint32Array;
  topicIndex: Uint8Array;
  /** Record i's travelKm is travelValues[travelClass[i]]: few distinct values, one reach edge each. */
  travelClass: Uint16Array;
  travelValues: number[];
  /** Cell (row, col) is row * cols + col; row 0 is latitude cell latCell0. */
  latCell0: number;
  lonCell0: number;
  cols: number;
  rows: number;
  cellLat: number;
  cellLon: number;
  /** Lists per cell: 0 = any language, 1 + language id. List (cell, l) is list[listStart[cell * listsPerCell + l] …). */
  listsPerCell: number;
  listStart: Uint32Array;
  list: Int32Array;
  /** Largest travelKm of an available Lotse per cell (-1 = none). */
  cellTravel: Float64Array;
  maxTravel: number;
}

/**
 * Buffers one query fills and the next reuses, so a query allocates nothing per record. Owned
 * by one index and passed to each step of a query explicitly.
 */
export interface LotsenScratch {
  /** Per language id: its weight for this query (-1 = not asked), and the wish behind it. */
  wish: Float64Array;
  wishOf: Array<LanguageWish | undefined>;
  /** The wished times, as day index and minutes. */
  wishDay: number[];
  wishFrom: number[];
  wishTo: number[];
  /** Per travel class: its reach edge in chord² terms, computed once per query (queryEpoch). */
  reachHi: Float64Array;
  reachLo: Float64Array;
  reachEpoch: Uint32Array;
  queryEpoch: number;
  /** Cells in reach as sort keys; per cell a lower bound of its distance and the travelKm it needs. */
  cellOrder: Int32Array;
  cellNear: Float64Array;
  cellNeed: Float64Array;
  /** Per grid column: the column's part of the haversine term. */
  columnTerm: Float64Array;
  /** A record reached through two language lists is counted once: seen[i] === seenEpoch. */
  seen: Uint32Array;
  seenEpoch: number;
}

/** Positions 0..n-1 stably grouped by key (counting sort): bucket b holds out[start[b]..start[b+1]). */
function groupBy(keys: Int32Array, nb: number, from: Int32Array): { start: Uint32Array; out: Int32Array } {
  const start = new Uint32Array(nb + 1);
  for (let j = 0; j < from.length; j++) start[keys[from[j]!]! + 1]!++;
  for (let b = 0; b < nb; b++) start[b + 1]! += start[b]!;
  const fill = start.slice(0, nb);
  const out = new Int32Array(from.length);
  for (let j = 0; j < from.length; j++) out[fill[keys[from[j]!]!]!++] = from[j]!;
  return { start, out };
}

/** Cell size and origin: ≈11 km cells, doubled until the feed's extent fits MAX_CELLS. */
function gridShape(input: readonly LotseRecord[]) {
  let la0 = Infinity,
    lo0 = Infinity,
    la1 = -Infinity,
    lo1 = -Infinity,
    cellLat = CELL_LAT,
    cellLon = CELL_LON,
    cols = 1,
    rows = 1;
  for (;;) {
    for (const r of input) {
      // `| 0`: a coordinate that is not a number lands in some cell instead of poisoning the
      // grid; the distance test (NaN fails `<=`) then drops it as the reference does.
      const a = Math.floor(r.place.lat / cellLat) | 0,
        b = Math.floor(r.place.lon / cellLon) | 0;
      la0 = Math.min(la0, a);
      la1 = Math.max(la1, a);
      lo0 = Math.min(lo0, b);
      lo1 = Math.max(lo1, b);
    }
    if (!input.length) {
      la0 = lo0 = 0;
      break;
    }
    rows = la1 - la0 + 1;
    cols = lo1 - lo0 + 1;
    if (rows * cols <= MAX_CELLS) break;
    cellLat *= 2;
    cellLon *= 2;
    la0 = lo0 = Infinity;
    la1 = lo1 = -Infinity;
  }
  return { latCell0: la0, lonCell0: lo0, cols, rows, cellLat, cellLon };
}

/**
 * `input` in feed order. Returns the records in stored (cell) order, `order[j]` = feed position
 * of stored record j, their language primaries, and the grid.
 */
type BuiltGrid = { records: LotseRecord[]; order: Int32Array; primaries: string[][]; grid: LotsenGrid };

/** The grid of a Lotsen feed, as a job that may pause every RECORDS_PER_STEP records (src/core/slices). */
export function* buildLotsenGridJob(input: LotseRecord[], primariesOf: (langs: LanguageSpec[]) => string[]): SlicedJob<BuiltGrid> {
  const n = input.length;
  const shape = gridShape(input);
  const { latCell0, lonCell0, cols, rows, cellLat, cellLon } = shape;
  const cellOf = new Int32Array(n);
  for (let i = 0; i < n; i++)
    cellOf[i] =
      ((Math.floor(input[i]!.place.lat / cellLat) | 0) - latCell0) * cols + (Math.floor(input[i]!.place.lon / cellLon) | 0) - lonCell0;
  const { out: order } = groupBy(cellOf, cols * rows, Int32Array.from(input.keys()));
  const records = Array.from(order, (i) => input[i]!);
  const cell = Int32Array.from(order, (i) => cellOf[i]!);
  const c = {
    lat: new Float64Array(n),
    lon: new Float64Array(n),
    cosLat: new Float64Array(n),
    x: new Float64Array(n),
    y: new Float64Array(n),
    z: new Float64Array(n),
    travel: new Float64Array(n),
    topics: new Uint16Array(n),
    gender: new Uint8Array(n),
    days: new Uint8Array(n),
    langStart: new Uint32Array(n + 1),
    slotStart: new Uint32Array(n + 1),
  };
  const langIds = new Map<string, number>();
  const langId: number[] = [],
    langLevel: number[] = [],
    slotDay: number[] = [],
    slotFrom: number[] = [],
    slotTo: number[] = [];
  const code: string[] = [],
    level: Array<LanguageLevel | undefined> = [],
    topicIndex: number[] = [],
    travelValues: number[] = [];
  const topicStart = new Uint32Array(n + 1),
    travelClass = new Uint16Array(n),
    classOf = new Map<number, number>();
  const primaries: string[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    if (i % RECORDS_PER_STEP === RECORDS_PER_STEP - 1) yield;
    const r = records[i]!;
    primaries[i] = primariesOf(r.languages);
    const la = r.place.lat * RAD,
      lo = r.place.lon * RAD;
    c.lat[i] = r.place.lat;
    c.lon[i] = r.place.lon;
    c.cosLat[i] = Math.cos(la);
    c.x[i] = Math.cos(la) * Math.cos(lo);
    c.y[i] = Math.cos(la) * Math.sin(lo);
    c.z[i] = Math.sin(la);
    c.travel[i] = r.travelKm ?? 0;
    c.gender[i] = GENDER_CODE[r.gender ?? ''] ?? 0;
    for (const t of r.topics) {
      const b = TOPIC_BIT.get(t) ?? 0;
      if (b && !(c.topics[i]! & b)) topicIndex.push(31 - Math.clz32(b));
      c.topics[i]! |= b;
    }
    topicStart[i + 1] = topicIndex.length;
    let tc = classOf.get(c.travel[i]!);
    if (tc === undefined) {
      tc = travelValues.length;
      classOf.set(c.travel[i]!, tc);
      travelValues.push(c.travel[i]!);
    }
    travelClass[i] = tc;
    primaries[i]!.forEach((p, j) => {
      let id = langIds.get(p);
      if (id === undefined) {
        id = langIds.size;
        langIds.set(p, id);
      }
      langId.push(id);
      langLevel.push(LEVEL_FACTOR[specLevel(r.languages[j]!) ?? ''] ?? 1);
      code.push(specCode(r.languages[j]!));
      level.push(specLevel(r.languages[j]!));
    });
    c.langStart[i + 1] = langId.length;
    for (const s of r.availability ?? []) {
      slotDay.push(DAYS.indexOf(s.day));
      slotFrom.push(parseTime(s.from));
      slotTo.push(parseTime(s.to));
      c.days[i]! |= 1 << DAYS.indexOf(s.day);
    }
    c.slotStart[i + 1] = slotDay.length;
  }
  const listsPerCell = langIds.size + 1;
  const rank = new Int32Array(travelValues.length);
  [...travelValues.keys()]
    .sort((a, b) => travelValues[b]! - travelValues[a]!)
    .forEach((cl, r) => {
      rank[cl] = r;
    });
  const { out: byTravel } = groupBy(
    Int32Array.from(travelClass, (cl) => rank[cl]!),
    travelValues.length,
    Int32Array.from(records.keys()).filter((i) => records[i]!.available),
  );
  const entries = new Int32Array(n + langId.length),
    keys = new Int32Array(entries.length);
  let m = 0;
  const cellTravel = new Float64Array(cols * rows).fill(-1);
  for (const i of byTravel) {
    cellTravel[cell[i]!] = Math.max(cellTravel[cell[i]!]!, c.travel[i]!);
    const base = cell[i]! * listsPerCell;
    entries[m] = i;
    keys[m++] = base;
    for (let e = c.langStart[i]!; e < c.langStart[i + 1]!; e++) {
      // A record speaking a language twice ("ar", "ar-SY") sits in its list once.
      if (langId.indexOf(langId[e]!, c.langStart[i]) === e) {
        entries[m] = i;
        keys[m++] = base + 1 + langId[e]!;
      }
    }
  }
  const g = groupBy(keys, cols * rows * listsPerCell, Int32Array.from(keys.keys()).subarray(0, m));
  return {
    records,
    order,
    primaries,
    grid: {
      ...c,
      langIds,
      langId: Uint16Array.from(langId),
      langLevel: Float64Array.from(langLevel),
      slotDay: Uint8Array.from(slotDay),
      slotFrom: Int16Array.from(slotFrom),
      slotTo: Int16Array.from(slotTo),
      code,
      level,
      ort: records.map((r) => r.place.ort),
      topicStart,
      topicIndex: Uint8Array.from(topicIndex),
      travelClass,
      travelValues,
      ...shape,
      listsPerCell,
      listStart: g.start,
      list: g.out.map((j) => entries[j]!),
      cellTravel,
      maxTravel: cellTravel.reduce((a, b) => Math.max(a, b), 0),
    },
  };
}

/** Empty scratch buffers sized for `grid`. */
export function lotsenScratch(grid: LotsenGrid, size: number): LotsenScratch {
  const cells = grid.cols * grid.rows;
  const classes = grid.travelValues.length;
  return {
    wish: new Float64Array(grid.listsPerCell),
    wishOf: [],
    wishDay: [],
    wishFrom: [],
    wishTo: [],
    reachHi: new Float64Array(classes),
    reachLo: new Float64Array(classes),
    reachEpoch: new Uint32Array(classes),
    queryEpoch: 0,
    cellOrder: new Int32Array(cells),
    cellNear: new Float64Array(cells),
    cellNeed: new Float64Array(cells),
    columnTerm: new Float64Array(grid.cols),
    seen: new Uint32Array(size),
    seenEpoch: 0,
  };
}
