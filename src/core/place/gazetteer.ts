/**
 * Turns what a resident types (PLZ, town, Ortsteil, Kommune name or code, coordinates) into a
 * point and a WIR area. Built once from the lazily loaded PLZ table.
 *
 * Matching tiers, first hit wins: exact PLZ or code → full folded name → name without its
 * qualifier ("Frankfurt" for "Frankfurt am Main") or an Ortsteil → typo-tolerant scan. A
 * name that means several different areas ("Offenbach": the city or the Kreis) returns all of
 * them so the UI can ask, rather than guessing.
 */
import { editDistances } from '../text/prefix-edit-distance.js';
import { typoBudget } from '../text/typo-budget.js';
import { haversineKm } from './haversine.js';
import { KOMMUNEN, type Kommune, kommuneByCode } from './kommunen.js';
import { baseKey, placeKey } from './place-names.js';
import type { PLACE_ROWS as PlaceRows, PLZ_FLAT as PlzFlat } from './plz-table.js';

export interface ResolvedPlace {
  label: string;
  kind: 'plz' | 'ort' | 'kommune' | 'coords';
  lat: number;
  lon: number;
  /** Kreisschlüssel (5 digits) of the WIR area. */
  kommune: string;
  /** AGS when the place lies in a kreisfreie Stadt or Sonderstatusstadt with its own WIR office. */
  ags?: string;
  plz?: string;
}

export type PlaceResolution =
  | { status: 'found'; place: ResolvedPlace /** true when a typo was corrected */; corrected?: boolean }
  | { status: 'ambiguous'; candidates: ResolvedPlace[] }
  | { status: 'not-found'; suggestions: ResolvedPlace[] };

export interface Gazetteer {
  resolve(input: string): PlaceResolution;
  suggest(prefix: string, limit?: number): ResolvedPlace[];
  /** Nearest PLZ area to a point (more precise than placeFromCoords, which only has 33 centres). */
  fromCoords(lat: number, lon: number): ResolvedPlace;
  /** Every PLZ the table knows, for tests and pickers. */
  readonly plzCodes: readonly string[];
}

interface Entry {
  place: ResolvedPlace;
  /** Same id = same place for de-duplication (the town Offenbach is the city Offenbach am Main). */
  identity: string;
  /** Kommunen first, then towns, then PLZ; lower sorts first among equal matches. */
  rank: number;
}

function kommunePlace(k: Kommune): ResolvedPlace {
  const p: ResolvedPlace = { label: k.name, kind: 'kommune', lat: k.lat, lon: k.lon, kommune: k.code };
  if (k.ags) p.ags = k.ags;
  return p;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

export function buildGazetteer(plzFlat: typeof PlzFlat, placeRows: typeof PlaceRows): Gazetteer {
  const byPlz = new Map<string, ResolvedPlace>();
  const areaOfPlz = new Map<string, Kommune>();
  const primary = new Map<string, Entry[]>();
  const secondary = new Map<string, Entry[]>();
  const add = (map: Map<string, Entry[]>, key: string, entry: Entry) => {
    if (!key) return;
    const list = map.get(key);
    if (!list) map.set(key, [entry]);
    else if (!list.some((e) => e.identity === entry.identity)) list.push(entry);
  };

  // Towns first, so each PLZ can be labelled with its shortest town name.
  const townOfPlz = new Map<string, string>();
  for (const [town, ...codes] of placeRows) {
    for (const c of codes) {
      const prev = townOfPlz.get(String(c));
      if (prev === undefined || town.length < prev.length) townOfPlz.set(String(c), town);
    }
  }

  for (let i = 0; i + 3 < plzFlat.length; i += 4) {
    const plz = String(plzFlat[i]);
    const area = KOMMUNEN[plzFlat[i + 3]!]!;
    areaOfPlz.set(plz, area);
    const town = townOfPlz.get(plz);
    const place: ResolvedPlace = {
      label: town ? `${plz} ${town}` : plz,
      kind: 'plz',
      lat: plzFlat[i + 1]! / 1000,
      lon: plzFlat[i + 2]! / 1000,
      kommune: area.code,
      plz,
    };
    if (area.ags) place.ags = area.ags;
    byPlz.set(plz, place);
  }

  const kommuneEntries = new Map<Kommune, Entry>();
  KOMMUNEN.forEach((k) => {
    // Cities before Landkreise: "Kassel" more often means the city than the Landkreis.
    const entry: Entry = { place: kommunePlace(k), identity: k.ags ?? `k${k.code}`, rank: k.ags ? 0 : 1 };
    kommuneEntries.set(k, entry);
    add(primary, placeKey(k.name), entry);
    add(primary, placeKey(k.shortName), entry);
    if (k.type === 'landkreis') {
      add(primary, `kreis ${placeKey(k.shortName)}`, entry);
      add(primary, `landkreis ${placeKey(k.shortName)}`, entry);
    } else {
      add(primary, `stadt ${placeKey(k.name)}`, entry);
    }
    add(secondary, baseKey(k.name), entry);
  });

  const townNames = new Set(placeRows.map(([t]) => t));
  for (const [town, ...codes] of placeRows) {
    const points = codes.map((c) => byPlz.get(String(c))).filter((p): p is ResolvedPlace => p !== undefined);
    if (points.length === 0) continue;
    const area = areaOfPlz.get(String(codes[0]))!;
    const place: ResolvedPlace = {
      label: town,
      kind: 'ort',
      lat: round(points.reduce((s, p) => s + p.lat, 0) / points.length),
      lon: round(points.reduce((s, p) => s + p.lon, 0) / points.length),
      kommune: area.code,
    };
    if (area.ags) place.ags = area.ags;
    if (points.length === 1) place.plz = points[0]!.plz!;
    const isTheCity = area.ags !== undefined && baseKey(town) === baseKey(area.name);
    // The town that *is* a city area takes the city's entry, so it keeps its official label.
    const entry: Entry = isTheCity ? kommuneEntries.get(area)! : { place, identity: `o${town}`, rank: 2 };
    add(primary, placeKey(town), entry);
    add(secondary, baseKey(town), entry);
    // "Allendorf (Eder) Battenfeld" is the Ortsteil Battenfeld: residents type only that.
    // Only the prefixes that end before a space can be another town's name: looking them up
    // keeps the build linear (a loop over every town name made it quadratic and the longest
    // task on the demo page; bench/RESULTS.md, page note 3).
    for (let space = town.indexOf(' '); space > 0; space = town.indexOf(' ', space + 1)) {
      if (townNames.has(town.slice(0, space))) add(secondary, placeKey(town.slice(space + 1)), entry);
    }
  }

  // Kommunen sort before towns so a merged city keeps its official label ("Offenbach am Main").
  for (const map of [primary, secondary]) for (const list of map.values()) list.sort((a, b) => a.rank - b.rank);
  const allKeys = [...new Set([...primary.keys(), ...secondary.keys()])];
  const plzCodes = [...byPlz.keys()].sort();

  const entriesFor = (key: string) => primary.get(key) ?? secondary.get(key) ?? [];

  function dedupe(entries: Entry[]): ResolvedPlace[] {
    const seen = new Set<string>();
    const out: ResolvedPlace[] = [];
    for (const e of entries) {
      if (seen.has(e.identity)) continue;
      seen.add(e.identity);
      out.push(e.place);
    }
    return out;
  }

  function fromCoords(lat: number, lon: number): ResolvedPlace {
    let best: ResolvedPlace | undefined;
    let bestKm = Infinity;
    for (const p of byPlz.values()) {
      const d = haversineKm({ lat, lon }, p);
      if (d < bestKm) [best, bestKm] = [p, d];
    }
    const near = best!;
    const place: ResolvedPlace = { label: near.label, kind: 'coords', lat, lon, kommune: near.kommune, plz: near.plz! };
    if (near.ags) place.ags = near.ags;
    return place;
  }

  function suggest(prefix: string, limit = 8): ResolvedPlace[] {
    const raw = prefix.trim();
    if (!raw) return [];
    if (/^\d{1,5}$/.test(raw)) {
      const fromPlz = plzCodes.filter((c) => c.startsWith(raw)).map((c) => byPlz.get(c)!);
      const fromCode = raw.startsWith('06') ? KOMMUNEN.filter((k) => k.code.startsWith(raw)).map(kommunePlace) : [];
      return [...fromCode, ...fromPlz].slice(0, limit);
    }
    const key = placeKey(raw);
    if (!key) return [];
    const starts: Entry[] = [];
    const words: Entry[] = [];
    for (const k of allKeys) {
      if (k.startsWith(key)) starts.push(...entriesFor(k));
      else if (k.includes(` ${key}`)) words.push(...entriesFor(k));
    }
    const byRelevance = (a: Entry, b: Entry) => a.rank - b.rank || a.place.label.length - b.place.label.length;
    return dedupe([...starts.sort(byRelevance), ...words.sort(byRelevance)]).slice(0, limit);
  }

  function typoMatches(key: string, extra: number): { distance: number; entries: Entry[] } {
    const budget = typoBudget(key.length) + extra;
    let distance = budget + 1;
    let entries: Entry[] = [];
    for (const k of allKeys) {
      // The length check skips most keys without running the DP.
      const d = Math.abs(key.length - k.length) > budget ? budget + 1 : editDistances(key, k, budget).full;
      if (d < distance) [distance, entries] = [d, [...entriesFor(k)]];
      else if (d === distance && d <= budget) entries.push(...entriesFor(k));
    }
    return { distance, entries };
  }

  function resolve(input: string): PlaceResolution {
    const raw = String(input ?? '').trim();
    if (!raw) return { status: 'not-found', suggestions: [] };

    const coords = /^(-?\d{1,2}(?:\.\d+)?)\s*[,;\s]\s*(-?\d{1,3}(?:\.\d+)?)$/.exec(raw);
    if (coords) {
      const lat = Number(coords[1]);
      const lon = Number(coords[2]);
      if (lat >= 49 && lat <= 52 && lon >= 7 && lon <= 10.8) return { status: 'found', place: fromCoords(lat, lon) };
    }

    const code = /^(\d{5}|\d{8})$/.exec(raw.replace(/\s+/g, ''))?.[1];
    if (code?.startsWith('06')) {
      const k = kommuneByCode(code);
      return k ? { status: 'found', place: kommunePlace(k) } : { status: 'not-found', suggestions: suggest(code.slice(0, 4), 5) };
    }
    const leadingPlz = /^(\d{5})(?:\s+.*)?$/.exec(raw)?.[1];
    if (leadingPlz) {
      const p = byPlz.get(leadingPlz);
      if (p) return { status: 'found', place: p };
      // Out-of-Hessen or mistyped PLZ: offer the nearest codes by shared prefix.
      for (let len = 4; len >= 2; len--) {
        const near = suggest(leadingPlz.slice(0, len), 5);
        if (near.length) return { status: 'not-found', suggestions: near };
      }
      return { status: 'not-found', suggestions: [] };
    }
    if (/^\d+$/.test(raw)) return { status: 'not-found', suggestions: suggest(raw, 5) };

    const key = placeKey(raw.replace(/^\d{5}\s+/, ''));
    const exact = dedupe(entriesFor(key));
    if (exact.length === 1) return { status: 'found', place: exact[0]! };
    if (exact.length > 1) return { status: 'ambiguous', candidates: exact };

    const typo = typoMatches(key, 0);
    const corrected = dedupe(typo.entries);
    if (corrected.length === 1) return { status: 'found', place: corrected[0]!, corrected: true };
    if (corrected.length > 1) return { status: 'ambiguous', candidates: corrected };

    const near = dedupe([...suggest(raw, 5).map((place) => ({ place, identity: place.label, rank: 0 })), ...typoMatches(key, 2).entries]);
    return { status: 'not-found', suggestions: near.slice(0, 5) };
  }

  return { resolve, suggest, fromCoords, plzCodes };
}

let cached: Promise<Gazetteer> | undefined;

/** Loads the PLZ table (its own chunk) once and builds the gazetteer from it. */
export function loadGazetteer(): Promise<Gazetteer> {
  cached ??= import('./plz-table.js').then(
    (table) => buildGazetteer(table.PLZ_FLAT, table.PLACE_ROWS),
    (error: unknown) => {
      // A failed chunk load (offline, deploy in progress) must not poison later attempts.
      cached = undefined;
      throw error;
    },
  );
  return cached;
}
