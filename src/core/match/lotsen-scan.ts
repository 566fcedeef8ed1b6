/**
 * One Lotsen query over the grid (lotsen-grid.ts), with the filters and score parts of
 * evaluateLotse (rules.ts) recomputed from the columns: a rule changed there must change here
 * (the property tests compare the two exactly).
 *
 * Cells are visited nearest first; every hit is counted with bare filter checks, and a record is
 * scored only while an upper bound of its score can still beat the k-th best, so the k-th score
 * rises early and far cells are only counted. Reasons are built for the k hits returned only.
 */
import { parseTime } from '../calendar/clock.js';
import { EARTH_RADIUS_KM } from '../place/haversine.js';
import { DAYS, LOTSEN_TOPICS, type LotsenTopic } from '../schema/vocabularies.js';
import { GENDER_CODE, type LotsenGrid, type LotsenScratch, RAD, TOPIC_BIT } from './lotsen-grid.js';
import { type Evaluation, type LotsenPlan, languageReason } from './rules.js';
import { hasAllTerms, type TermMatch, type TextIndex, textQuality } from './text-index.js';
import type { TopK } from './top-k.js';
import type { Reason } from './types.js';
import { SUBSTITUTE_FACTOR, W_DISTANCE, W_GENDER, W_LANGUAGE, W_TEXT, W_TIMES, W_TOPICS, W_WITHIN_RADIUS } from './weights.js';

// The inlined distance must equal haversineKm, so it takes the same radius.
const R = EARTH_RADIUS_KM;
/** Slack for bounds and float compares; scores are ~1e3 and distances ~1e2, so rounding is ~1e-13. */
const EPS = 1e-9;

/** What one scan needs besides the grid: the plan, the text words, the scratch, the best-k buffer. */
export interface LotsenScan {
  grid: LotsenGrid;
  scratch: LotsenScratch;
  plan: LotsenPlan;
  text: TextIndex;
  terms: readonly TermMatch[];
  /** Best text quality any record can reach (bestTextQuality). */
  textBest: number;
  top: TopK;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** haversineKm (core/place) with cos(lat) precomputed: same operations, same order, same double. */
function distanceKm(g: LotsenGrid, i: number, near: { lat: number; lon: number }, cosNear: number): number {
  const h = Math.sin(((g.lat[i]! - near.lat) * RAD) / 2) ** 2 + cosNear * g.cosLat[i]! * Math.sin(((g.lon[i]! - near.lon) * RAD) / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The query's language weights into scratch.wish; returns the lists to read per cell (0 = any
 * language, else 1 + language id) and the best weight.
 */
function prepareWishes(g: LotsenGrid, s: LotsenScratch, p: LotsenPlan): { lists: number[]; best: number } {
  s.wish.fill(-1);
  if (!p.wishes) return { lists: [0], best: 1 };
  const lists: number[] = [];
  let best = 0;
  for (const [code, w] of p.wishes) {
    const id = g.langIds.get(code);
    if (id === undefined) continue;
    s.wish[id] = w.substitute ? SUBSTITUTE_FACTOR * w.closeness : 1;
    s.wishOf[id] = w;
    best = Math.max(best, s.wish[id]!);
    lists.push(id + 1);
  }
  return { lists, best };
}

/**
 * The cells a Lotse in reach can sit in, as sort keys in scratch.cellOrder (distance in 1/16 km
 * steps, then the cell). scratch.cellNear holds a lower bound of the distance to each cell,
 * scratch.cellNeed the travelKm a Lotse there needs to reach the resident (-Infinity when the
 * cell lies partly within the radius). Returns how many.
 */
function cellsInReach(g: LotsenGrid, s: LotsenScratch, p: LotsenPlan, cosNear: number): number {
  const { cellOrder, cellNear, cellNeed } = s;
  const { cellTravel, cols, cellLat, cellLon } = g;
  const near = p.near;
  const radius = p.radius;
  // Only the cells of the box around the resident that the farthest traveller could bridge.
  let a0 = 0,
    a1 = g.rows - 1,
    b0 = 0,
    b1 = cols - 1;
  if (near) {
    const dLat = (Math.max(radius, g.maxTravel) + 1) / 111.2,
      dLon = dLat / Math.max(0.01, cosNear);
    a0 = Math.max(a0, Math.floor((near.lat - dLat) / cellLat) - g.latCell0);
    a1 = Math.min(a1, Math.floor((near.lat + dLat) / cellLat) - g.latCell0);
    b0 = Math.max(b0, Math.floor((near.lon - dLon) / cellLon) - g.lonCell0);
    b1 = Math.min(b1, Math.floor((near.lon + dLon) / cellLon) - g.lonCell0);
  }
  // Haversine to each cell's clamped corner from one sin per row and per column, not per
  // cell (bench/RESULTS.md, engine note 3), with 2R·√h ≤ d as a lower bound instead of asin;
  // minus a 1 km margin, as the clamped corner is not exactly the nearest point on a sphere.
  const colH = s.columnTerm;
  if (near)
    for (let cb = b0; cb <= b1; cb++) {
      const lo = (cb + g.lonCell0) * cellLon;
      colH[cb] = cosNear * Math.sin(((Math.min(Math.max(near.lon, lo), lo + cellLon) - near.lon) * RAD) / 2) ** 2;
    }
  let n = 0;
  for (let ca = a0; ca <= a1; ca++) {
    const la = (ca + g.latCell0) * cellLat,
      cl = Math.min(Math.max(near?.lat ?? 0, la), la + cellLat) * RAD;
    const rowH = near ? Math.sin((cl - near.lat * RAD) / 2) ** 2 : 0,
      rowC = Math.cos(cl);
    for (let cb = b0; cb <= b1; cb++) {
      const cell = ca * cols + cb;
      if (cellTravel[cell]! < 0) continue;
      let low = 0,
        need = -Infinity;
      if (near) {
        low = 2 * R * Math.sqrt(rowH + rowC * colH[cb]!) - 1;
        if (low > radius) {
          need = low;
          if (need > cellTravel[cell]!) continue;
        }
      }
      // Sort key: distance in 1/16 km steps (capped at 2,048 km), then the cell (< 2^16), as an
      // int32, which sorts faster than a Float64Array key (bench/RESULTS.md, engine note 4).
      // Any order is correct (bounds are per cell and record); nearest first only makes the
      // k-th score rise early.
      cellOrder[n++] = (Math.min(32767, Math.floor(Math.max(0, low + 1) * 16)) << 16) | cell;
      cellNear[cell] = low;
      cellNeed[cell] = need;
    }
  }
  return n;
}

/** Counts every hit and fills `top` with the best `top.k`. Returns the count. */
export function scanLotsen(q: LotsenScan): number {
  const { grid: g, scratch: s, plan: p, terms, top } = q;
  const { travel, listStart, list, listsPerCell } = g;
  const seen = s.seen;
  const { lists, best: wishMax } = prepareWishes(g, s, p);
  const multi = lists.length > 1;
  const langMax = p.wishes ? W_LANGUAGE * wishMax : 0;
  if (multi) s.seenEpoch = (s.seenEpoch + 1) >>> 0 || 1;
  const epoch = multi ? s.seenEpoch : 0;
  if (epoch === 1) seen.fill(0);
  let qTopics = 0;
  for (const t of p.topics) qTopics |= TOPIC_BIT.get(t) ?? 0;
  const nTopics = p.topics.size;
  const times = p.q.times ?? [];
  s.wishDay = times.map((t) => DAYS.indexOf(t.day));
  s.wishFrom = times.map((t) => parseTime(t.from));
  s.wishTo = times.map((t) => parseTime(t.to));
  const { wishDay, wishFrom, wishTo, wish } = s;
  let wishedDays = 0;
  if (p.wishedMinutes > 0) for (const d of wishDay) wishedDays |= d < 0 ? 0 : 1 << d;
  const wantGender = GENDER_CODE[p.q.gender ?? ''] ?? -1;
  const nT = terms.length;
  // Best any record could add beyond language and distance (topics exact per record below).
  const rest = (p.wishedMinutes > 0 ? W_TIMES : 0) + (wantGender > 0 ? W_GENDER : 0) + W_TEXT * q.textBest + EPS;
  const near = p.near;
  const radius = p.radius;
  let qx = 0,
    qy = 0,
    qz = 0,
    cosNear = 0;
  if (near) {
    const la = near.lat * RAD,
      lo = near.lon * RAD;
    cosNear = Math.cos(la);
    qx = cosNear * Math.cos(lo);
    qy = cosNear * Math.sin(lo);
    qz = Math.sin(la);
  }
  const nc = cellsInReach(g, s, p, cosNear);
  const { cellOrder, cellNear, cellNeed, reachHi: HI, reachLo: LO, reachEpoch } = s;
  const { travelClass: TRC, travelValues } = g;
  const withinFloor = Math.max(radius, 1e-9);
  // Epoch stamps: a wrap to 0 clears the stamps once instead of on every query.
  s.queryEpoch = (s.queryEpoch + 1) >>> 0;
  if (s.queryEpoch === 0) {
    reachEpoch.fill(0);
    s.queryEpoch = 1;
  }
  const qEp = s.queryEpoch;
  let total = 0;
  // The ~10 columns read per candidate, as locals.
  const {
    x: X,
    y: Y,
    z: Z,
    langStart: LS,
    langId: LI,
    langLevel: LL,
    topics: TOP,
    days: DM,
    gender: GEN,
    slotStart: SS,
    slotDay: SD,
    slotFrom: SF,
    slotTo: ST,
  } = g;
  const k = top.k;
  // The score a hit must beat to enter the best k; it only changes when a hit enters.
  let floor = top.floor;
  // Counting only (relaxations, k = 0): no order needed; relaxations search up to 100 km
  // (~400 cells), and sorting them showed in small feeds (bench/RESULTS.md, engine note 5).
  if (k) cellOrder.subarray(0, nc).sort();
  for (let o = 0; o < nc; o++) {
    const cell = cellOrder[o]! & 0xffff,
      need = cellNeed[cell]!;
    // Whole cell below the k-th score even at its nearest point: only count its hits.
    const cellBound =
      W_LANGUAGE * wishMax +
      (near && need === -Infinity ? W_WITHIN_RADIUS + W_DISTANCE * (1 - Math.max(0, cellNear[cell]!) / withinFloor) : 0) +
      (nTopics ? W_TOPICS : 0) +
      rest;
    const rank = k > 0 && cellBound >= floor;
    for (const l of lists) {
      for (let e = listStart[cell * listsPerCell + l]!, end = listStart[cell * listsPerCell + l + 1]!; e < end; e++) {
        const i = list[e]!;
        const tr = travel[i]!;
        // Lists run from the farthest traveller down: the rest of the list cannot reach either.
        if (tr < need) break;
        if (multi) {
          if (seen[i] === epoch) continue;
          seen[i] = epoch;
        }
        let ch = 0;
        if (near) {
          const cl = TRC[i]!;
          if (reachEpoch[cl] !== qEp) {
            // Edge of reach per travelKm value, once per query, not once per list and value.
            reachEpoch[cl] = qEp;
            const sn = Math.sin(Math.min(Math.PI / 2, Math.max(radius, travelValues[cl]!) / (2 * R))) ** 2 * 4;
            HI[cl] = sn * (1 + EPS) + 1e-18;
            LO[cl] = sn * (1 - EPS) - 1e-18;
          }
          const dx = X[i]! - qx,
            dy = Y[i]! - qy,
            dz = Z[i]! - qz;
          ch = dx * dx + dy * dy + dz * dz;
          if (!(ch <= HI[cl]!)) continue;
          // Within a hair of the edge: decide with the reference's own formula.
          if (ch >= LO[cl]!) {
            const d = distanceKm(g, i, near, cosNear);
            if (!(d <= radius) && !(d <= tr)) continue;
          }
        }
        if (nT && !hasAllTerms(terms, i)) continue;
        total++;
        if (!rank) continue;
        const hit = TOP[i]! & qTopics;
        // Bound first with the best language weight of the query: most hits miss the topic
        // and stop here before the language loop (bench/RESULTS.md, engine note 6).
        // d ≥ R·chord (asin x ≥ x): the distance part needs no asin; beyond the radius it is 0.
        const dLow = R * Math.sqrt(ch) * (1 - EPS);
        const bound =
          floor === -Infinity
            ? Infinity
            : (near && dLow <= radius ? W_WITHIN_RADIUS + W_DISTANCE * (1 - dLow / withinFloor) : 0) +
              (hit ? (W_TOPICS * popcount(hit)) / nTopics : 0) +
              (DM[i]! & wishedDays ? W_TIMES : 0) +
              (wantGender > 0 && GEN[i] === wantGender ? W_GENDER : 0) +
              W_TEXT * q.textBest +
              EPS;
        if (bound + langMax < floor) continue;
        let lw = -1;
        for (let e2 = LS[i]!; e2 < LS[i + 1]!; e2++) {
          const b = wish[LI[e2]!]!;
          if (b >= 0 && b * LL[e2]! > lw) lw = b * LL[e2]!;
        }
        if (p.wishes && bound + lw * W_LANGUAGE < floor) continue;
        // Exact score: the parts of evaluateLotse, in its order.
        let score = 0,
          km = Infinity;
        if (p.wishes) score += lw * W_LANGUAGE;
        if (near) {
          const d = distanceKm(g, i, near, cosNear);
          km = Math.round(d * 10) / 10;
          if (d <= radius) score += W_WITHIN_RADIUS + W_DISTANCE * (1 - d / withinFloor);
        }
        if (hit) score += (W_TOPICS * popcount(hit)) / nTopics;
        if (DM[i]! & wishedDays) {
          // Inline, not timesOverlap(): this runs per scored record, and the call was measurably
          // slower (bench/RESULTS.md, engine note 7).
          let ov = 0;
          for (let sl = SS[i]!; sl < SS[i + 1]!; sl++)
            for (let t = 0; t < wishDay.length; t++) {
              if (SD[sl] !== wishDay[t]) continue;
              const v = Math.min(ST[sl]!, wishTo[t]!) - Math.max(SF[sl]!, wishFrom[t]!);
              if (v > 0) ov += v;
            }
          if (ov > 0) score += W_TIMES * Math.min(1, ov / p.wishedMinutes);
        }
        if (wantGender > 0 && GEN[i] === wantGender) score += W_GENDER;
        score += W_TEXT * Math.max(0, textQuality(q.text, terms, i, null));
        top.offer(i, score, km);
        floor = top.floor;
      }
    }
  }
  return total;
}

/** Minutes of record i's slots overlapping the wished times, as slotOverlap (rules) adds them, and the days (bitmask). */
function timesOverlap(g: LotsenGrid, s: LotsenScratch, i: number): { minutes: number; days: number } {
  let minutes = 0,
    days = 0;
  for (let sl = g.slotStart[i]!; sl < g.slotStart[i + 1]!; sl++)
    for (let t = 0; t < s.wishDay.length; t++) {
      const v = Math.min(g.slotTo[sl]!, s.wishTo[t]!) - Math.max(g.slotFrom[sl]!, s.wishFrom[t]!);
      if (g.slotDay[sl] === s.wishDay[t] && v > 0) {
        minutes += v;
        days |= 1 << g.slotDay[sl]!;
      }
    }
  return { minutes, days };
}

/**
 * Reasons of a Lotsen hit from the columns, in evaluateLotse's order and shape (the property
 * tests compare them with the reference's). evaluateLotse on the record objects parses "HH:MM"
 * and builds sets per hit, a large part of a top 20 (bench/RESULTS.md, engine note 8).
 */
export function lotseReasons(g: LotsenGrid, s: LotsenScratch, i: number, p: LotsenPlan, reasons: Reason[], score: number): Evaluation {
  const e: Evaluation = { score };
  if (p.wishes) {
    let best = -1,
      at = 0;
    for (let x = g.langStart[i]!; x < g.langStart[i + 1]!; x++) {
      const v = s.wish[g.langId[x]!]! * g.langLevel[x]!;
      if (s.wish[g.langId[x]!]! >= 0 && v > best) {
        best = v;
        at = x;
      }
    }
    reasons.push(languageReason(g.code[at]!, g.level[at], s.wishOf[g.langId[at]!]!));
  }
  if (p.near) {
    const d = distanceKm(g, i, p.near, Math.cos(p.near.lat * RAD));
    e.distanceKm = Math.round(d * 10) / 10;
    reasons.push({ code: 'distance', params: { km: e.distanceKm, ort: g.ort[i]! } });
    if (!(d <= p.radius)) reasons.push({ code: 'travels', params: { travelKm: g.travel[i]! } });
  }
  const topics: LotsenTopic[] = [];
  for (let t = g.topicStart[i]!; t < g.topicStart[i + 1]!; t++)
    if (p.topics.has(LOTSEN_TOPICS[g.topicIndex[t]!]!)) topics.push(LOTSEN_TOPICS[g.topicIndex[t]!]!);
  if (topics.length) reasons.push({ code: 'topics', params: { topics } });
  if (p.wishedMinutes > 0) {
    const o = timesOverlap(g, s, i);
    if (o.minutes > 0) reasons.push({ code: 'times', params: { days: DAYS.filter((_, d) => (o.days >> d) & 1), minutes: o.minutes } });
  }
  if (p.q.gender && g.gender[i] === GENDER_CODE[p.q.gender]) reasons.push({ code: 'gender', params: { gender: p.q.gender } });
  return e;
}
