/** Places: distances, the 33 WIR areas, and the lazily loaded PLZ/town gazetteer. */

export { buildGazetteer, type Gazetteer, loadGazetteer, type PlaceResolution, type ResolvedPlace } from './gazetteer.js';
export { haversineKm, type LatLon } from './haversine.js';
export { KOMMUNEN, type Kommune, type KommuneType, kommuneByCode, kommuneId, nearestKommune } from './kommunen.js';
export { baseKey, placeKey } from './place-names.js';

import type { ResolvedPlace } from './gazetteer.js';
import { nearestKommune } from './kommunen.js';

/**
 * A point from the browser's geolocation → the nearest WIR area, without loading the PLZ
 * table. Use `(await loadGazetteer()).fromCoords` when a PLZ-precise label is worth the chunk.
 */
export function placeFromCoords(lat: number, lon: number): ResolvedPlace {
  const k = nearestKommune(lat, lon);
  const place: ResolvedPlace = { label: k.name, kind: 'coords', lat, lon, kommune: k.code };
  if (k.ags) place.ags = k.ags;
  return place;
}
