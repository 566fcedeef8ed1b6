/**
 * A place from the columns PLZ, Ort, Ortsteil, Adresse: point and Kommune come from the
 * gazetteer (no coordinates in the sheet). The export also writes Kommune and coordinates;
 * a sheet that has all three keeps them exactly, so a round trip changes nothing.
 */
import { type Gazetteer, haversineKm, kommuneByCode, type PlaceResolution, type ResolvedPlace } from '../../place/index.js';
import type { Place } from '../../schema/index.js';
import { error, quote, warning } from '../problems.js';
import type { RowReader } from '../row-reader.js';
import { type CellValue, cellText } from '../sheet.js';
import { parseYesNo } from './yes-no.js';

export interface PlaceContext {
  gazetteer: Gazetteer;
  /** The office's Kommune: it picks among places that share a name ("Offenbach"). */
  kommune?: string | undefined;
  /** Resolutions by text: a sheet names the same towns again and again. */
  cache: Map<string, PlaceResolution>;
}

function resolve(ctx: PlaceContext, text: string): PlaceResolution {
  let hit = ctx.cache.get(text);
  if (!hit) {
    hit = ctx.gazetteer.resolve(text);
    ctx.cache.set(text, hit);
  }
  return hit;
}

/** Excel drops leading zeros of numbers: 6438 was "06438", 63128 stays. */
export function digitsOf(value: CellValue | undefined, lengths: readonly number[]): string {
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : cellText(value).replace(/\s/g, '');
  if (!/^\d+$/.test(text)) return text;
  const target = lengths.find((n) => n >= text.length);
  return target !== undefined && target - text.length === 1 ? `0${text}` : text;
}

/** The feed's Kommune code of a resolved place: a Sonderstatusstadt is told apart by its AGS. */
export function kommuneCodeOf(place: ResolvedPlace): string {
  return place.ags && kommuneByCode(place.ags)?.type === 'sonderstatusstadt' ? place.ags : place.kommune;
}

const townOf = (place: ResolvedPlace) => (place.kind === 'plz' ? place.label.replace(/^\d{5}\s*/, '') : place.label);
const labelWithKommune = (place: ResolvedPlace) => {
  const k = kommuneByCode(kommuneCodeOf(place));
  return k && k.name !== place.label ? `${place.label} (${k.name})` : place.label;
};

/** Exported coordinates lie within ~1.5 km of their PLZ centre; a change of town moves them further. */
const MOVED_KM = 10;

function coordinate(value: CellValue | undefined): number | undefined {
  if (typeof value === 'number') return value;
  const text = cellText(value).replace(',', '.');
  return /^-?\d+(?:\.\d+)?$/.test(text) ? Number(text) : undefined;
}

/** Reads the place columns; reports problems on the row. `required`: Lotsen and courses need a place, interpreters may name areas instead. */
export function readPlace(row: RowReader, ctx: PlaceContext, required: boolean): Place | undefined {
  // Hessian PLZ never start with 0, so a short one is a typo, not a lost leading zero.
  const plz = digitsOf(row.cell('plz'), []);
  const ortText = row.text('ort');
  let point: ResolvedPlace | undefined;
  let ort = ortText;

  const lat = coordinate(row.cell('lat'));
  const lon = coordinate(row.cell('lon'));
  const givenKommune = digitsOf(row.cell('kommune'), [5, 8]);
  if (lat !== undefined && lon !== undefined && givenKommune && ortText) {
    // Written by the export: keep exactly what the feed said, unless PLZ or Ort were changed
    // since (the point then lies elsewhere) – stale coordinates must not outvote the new place.
    const check = resolve(ctx, plz || ortText);
    const moved = check.status === 'found' && haversineKm(check.place, { lat, lon }) > MOVED_KM;
    if (!moved) {
      const place: Place = { ort: ortText, kommune: givenKommune, lat, lon };
      if (plz) place.plz = plz;
      return finish(row, place);
    }
    row.report(
      plz ? 'plz' : 'ort',
      warning(
        'place-mismatch',
        'Breiten- und Längengrad passen nicht mehr zu PLZ und Ort',
        'neu aus PLZ und Ort bestimmt; leeren Sie „Kommune“, „Breitengrad“ und „Längengrad“, wenn Sie den Ort ändern',
      ),
    );
  }

  if (plz) {
    if (!/^\d{5}$/.test(plz)) {
      row.report('plz', error('invalid-value', `PLZ ${quote(plz)} hat nicht fünf Ziffern`, 'z. B. „63128“'));
      return undefined;
    }
    const found = resolve(ctx, plz);
    if (found.status !== 'found') {
      const near = found.status === 'not-found' ? found.suggestions.find((s) => s.plz) : undefined;
      const fix = near ? `meinten Sie ${near.label}?` : 'prüfen Sie die PLZ (Hessen: 34… bis 36…, 60… bis 65…)';
      row.report('plz', error('unknown-place', `PLZ ${quote(plz)} liegt nicht in Hessen`, fix, near?.plz));
      return undefined;
    }
    point = found.place;
    if (!ort) ort = townOf(point);
    else {
      const named = resolve(ctx, ortText);
      const candidates = named.status === 'found' ? [named.place] : named.status === 'ambiguous' ? named.candidates : [];
      if (candidates.length && !candidates.some((c) => c.kommune === point!.kommune)) {
        row.report(
          'ort',
          warning(
            'place-mismatch',
            `PLZ ${plz} liegt in ${labelWithKommune(point)}, nicht in ${quote(ortText)}`,
            'prüfen Sie PLZ und Ort; verwendet wurde die PLZ',
          ),
        );
      }
    }
  } else if (ortText) {
    const found = resolve(ctx, ortText);
    const kommune = givenKommune || ctx.kommune;
    if (found.status === 'found') {
      point = found.place;
      if (found.corrected) {
        ort = townOf(point);
        row.report('ort', warning('read-as', `${quote(ortText)} als ${quote(ort)} gelesen`, 'prüfen Sie die Schreibweise'));
      }
    } else if (found.status === 'ambiguous') {
      const inKommune = kommune ? found.candidates.filter((c) => kommuneCodeOf(c) === kommune || c.kommune === kommune) : [];
      if (inKommune.length === 1) point = inKommune[0]!;
      else {
        const choices = found.candidates.slice(0, 4).map(labelWithKommune).join(', ');
        row.report('ort', error('ambiguous-place', `${quote(ortText)} gibt es mehrmals: ${choices}`, 'tragen Sie die PLZ ein'));
        return undefined;
      }
    } else {
      const [first] = found.suggestions;
      const fix = first ? `meinten Sie ${quote(townOf(first))}?` : 'tragen Sie die PLZ ein';
      row.report('ort', error('unknown-place', `${quote(ortText)} in Hessen nicht gefunden`, fix, first ? townOf(first) : undefined));
      return undefined;
    }
    if (point.kind === 'kommune' && !kommuneByCode(point.kommune)?.ags) {
      row.report(
        'ort',
        warning(
          'read-as',
          `${quote(ortText)} ist ein ganzer Kreis; die Entfernung wird ab seiner Mitte gerechnet`,
          'tragen Sie besser Ort oder PLZ ein',
        ),
      );
    }
  } else {
    if (required) row.report('plz', error('missing-value', 'PLZ oder Ort fehlt', 'tragen Sie mindestens PLZ oder Ort ein'));
    return undefined;
  }

  const place: Place = { ort, kommune: kommuneCodeOf(point), lat: point.lat, lon: point.lon };
  const placePlz = plz || point.plz;
  if (placePlz) place.plz = placePlz;
  return finish(row, place);
}

function finish(row: RowReader, place: Place): Place {
  const ortsteil = row.text('ortsteil');
  const address = row.text('address');
  const barrierefrei = row.take('barrierefrei', parseYesNo(row.cell('barrierefrei')));
  if (ortsteil) place.ortsteil = ortsteil;
  if (address) place.address = address;
  if (barrierefrei !== undefined) place.barrierefrei = barrierefrei;
  return place;
}

/**
 * Areas an interpreter covers, by Kommune name or code ("Kreis Offenbach, Offenbach am Main",
 * "06438"); a town stands for its Kommune.
 */
export function readKommunen(row: RowReader, key: string, ctx: PlaceContext): string[] | undefined {
  const text = row.text(key);
  if (!text) return undefined;
  const codes: string[] = [];
  for (const part of text.split(/\s*[,;\n]\s*/).filter(Boolean)) {
    const inBrackets = /\((\d{5}|\d{8})\)\s*$/.exec(part)?.[1];
    const digits = inBrackets ?? digitsOf(part, [5, 8]);
    let code: string | undefined;
    if (/^\d{5}$|^\d{8}$/.test(digits)) {
      const k = kommuneByCode(digits);
      if (!k) {
        row.report(
          key,
          error('unknown-value', `${quote(part)} ist keine Kommune der WIR-Gebiete`, 'schreiben Sie den Namen, z. B. „Kreis Offenbach“'),
        );
        return undefined;
      }
      code = digits;
    } else {
      const found = resolve(ctx, part);
      const candidates = found.status === 'found' ? [found.place] : found.status === 'ambiguous' ? found.candidates : [];
      const areas = candidates.filter((c) => c.kind === 'kommune');
      const pick = areas.length === 1 ? areas[0] : candidates.length === 1 ? candidates[0] : undefined;
      if (!pick) {
        const fix =
          candidates.length > 1
            ? `meinten Sie ${candidates.slice(0, 3).map(labelWithKommune).join(' oder ')}?`
            : 'schreiben Sie den Namen, z. B. „Kreis Offenbach“';
        row.report(
          key,
          error(candidates.length > 1 ? 'ambiguous-place' : 'unknown-place', `${quote(part)} ist keine eindeutige Kommune`, fix),
        );
        return undefined;
      }
      code = kommuneCodeOf(pick);
      if (pick.kind !== 'kommune') {
        row.report(
          key,
          warning(
            'read-as',
            `${quote(part)} als ${kommuneByCode(code)?.name ?? code} gelesen`,
            'schreiben Sie die Kommune, wenn ein anderes Gebiet gemeint ist',
          ),
        );
      }
    }
    if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}

/** "Kreis Offenbach (06438)": readable, and the code keeps an AGS exact on re-import. */
export function formatKommune(code: string): string {
  const k = kommuneByCode(code);
  return k ? `${k.name} (${code})` : code;
}

/** ja / nein / empty for an optional flag. */
export const yesNoCell = (flag: boolean | undefined) => (flag === undefined ? '' : flag ? 'ja' : 'nein');

/** The export's place columns, coordinates and Kommune included so the import keeps them exactly. */
export function placeCells(place: Place | undefined): Record<string, CellValue> {
  if (!place) return {};
  return {
    plz: place.plz ?? '',
    ort: place.ort,
    ortsteil: place.ortsteil ?? '',
    address: place.address ?? '',
    barrierefrei: yesNoCell(place.barrierefrei),
    kommune: place.kommune,
    lat: place.lat,
    lon: place.lon,
  };
}

/** What a derived id remembers of a place: the PLZ, else the town. */
export function placeIdentity(place: unknown): string {
  const p = place as Partial<Place> | undefined;
  return p?.plz ?? p?.ort ?? '';
}
