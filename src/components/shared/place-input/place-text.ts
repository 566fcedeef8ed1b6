/**
 * A place as text and back, the one way every widget writes a place into a link and reads a
 * preset (`near`, `kommune`) or a shared link.
 */
import { kommuneByCode, loadGazetteer } from '../../../core/place/index.js';
import type { PlaceValue, WirPlaceInput } from './place-input.js';

/**
 * The text a link carries for a place: the area code for a Kreis or city, the town's name, or
 * the PLZ. "My location" becomes its nearest PLZ: coordinates would put where someone stands
 * into their browser history and into every link they share.
 */
export function placeText(place: PlaceValue | null): string {
  if (!place) return '';
  if (place.kind === 'kommune') return place.ags ?? place.kommune;
  if (place.kind === 'ort') return place.label;
  return place.plz ?? place.label;
}

/** The centre of a WIR area (the `kommune` attribute) as a place, or null for an unknown code. */
export function areaPlace(kommune: string): PlaceValue | null {
  const area = kommune ? kommuneByCode(kommune) : undefined;
  if (!area) return null;
  return { label: area.name, kind: 'kommune', lat: area.lat, lon: area.lon, kommune: area.code, ...(area.ags ? { ags: area.ags } : {}) };
}

/**
 * A preset or a link's place text, resolved with the same gazetteer as the place field. Text that
 * names several areas ("Offenbach") or none is not guessed: it comes back as `ask`, for the place
 * field to show its candidates or "did you mean".
 */
export async function resolvePlaceText(text: string): Promise<{ place: PlaceValue | null; ask?: string }> {
  const result = (await loadGazetteer()).resolve(text);
  return result.status === 'found' ? { place: result.place } : { place: null, ask: text };
}

/**
 * Hands text the widget could not settle (an ambiguous or unknown preset) to its place field
 * after the next render; the field shows the candidates or "did you mean" and reports the choice.
 */
export function askPlaceField(host: { updateComplete: Promise<unknown>; renderRoot: ParentNode }, text: string): void {
  void host.updateComplete.then(() => host.renderRoot.querySelector<WirPlaceInput>('wir-place-input')?.resolveText(text));
}
