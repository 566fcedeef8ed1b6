/**
 * The 33 WIR areas (21 Landkreise, 6 kreisfreie Städte, 6 Sonderstatusstädte).
 * Small enough to ship eagerly; the PLZ table is the lazy part (see gazetteer.ts).
 */

import { haversineKm } from './haversine.js';
import { KOMMUNE_ROWS } from './kommunen-table.js';

export type KommuneType = 'landkreis' | 'kreisfreie_stadt' | 'sonderstatusstadt';

export interface Kommune {
  /** Kreisschlüssel (5 digits). A Sonderstatusstadt shares it with its Landkreis. */
  code: string;
  /** AGS (8 digits) of cities; tells a Sonderstatusstadt apart from its Landkreis. */
  ags?: string;
  name: string;
  /** Official short name ("Offenbach" for Kreis Offenbach), another way residents say it. */
  shortName: string;
  type: KommuneType;
  lat: number;
  lon: number;
}

const TYPES = { L: 'landkreis', K: 'kreisfreie_stadt', S: 'sonderstatusstadt' } as const;

export const KOMMUNEN: readonly Kommune[] = KOMMUNE_ROWS.map(([code, ags, name, shortName, type, lat, lon]) => {
  const k: Kommune = { code, name, shortName, type: TYPES[type], lat, lon };
  if (ags) k.ags = ags;
  return k;
});

/**
 * Looks up a WIR area by Kreisschlüssel or AGS. A 5-digit code gives the Landkreis or
 * kreisfreie Stadt; an 8-digit AGS gives the Sonderstatusstadt if it is one, else the area
 * that contains that municipality.
 */
export function kommuneByCode(code: string): Kommune | undefined {
  const c = code.trim();
  if (/^\d{8}$/.test(c)) {
    const city = KOMMUNEN.find((k) => k.ags === c);
    if (city) return city;
  } else if (!/^\d{5}$/.test(c)) {
    return undefined;
  }
  const kreis = c.slice(0, 5);
  return KOMMUNEN.find((k) => k.code === kreis && k.type !== 'sonderstatusstadt');
}

/** Identifier of a WIR area that is unique across all 33 (AGS for cities, else Kreisschlüssel). */
export function kommuneId(k: Kommune): string {
  return k.ags ?? k.code;
}

// Cities are compact, so a point within this radius of a city centre is in that city more
// often than not; Landkreis centres are only ±10 km approximations.
const CITY_RADIUS_KM = 6;

/** The WIR area a point most likely lies in, from the 33 centres alone (no PLZ table). */
export function nearestKommune(lat: number, lon: number): Kommune {
  let best: Kommune = KOMMUNEN[0]!;
  let bestKm = Infinity;
  let city: Kommune | undefined;
  let cityKm = Infinity;
  for (const k of KOMMUNEN) {
    const d = haversineKm({ lat, lon }, k);
    if (d < bestKm) [best, bestKm] = [k, d];
    if (k.type !== 'landkreis' && d < cityKm) [city, cityKm] = [k, d];
  }
  return city && cityKm <= CITY_RADIUS_KM ? city : best;
}
