/**
 * Seeded generator of realistic sample feeds (Node and benchmarks only; never bundled).
 * Same (kind, n, seed, referenceDate) → byte-identical output, so demo data and benchmark
 * inputs are reproducible and diffs of demo/data/ mean something changed on purpose.
 */
import { KOMMUNEN, type Kommune } from '../core/place/kommunen.js';
import { PLACE_ROWS, PLZ_FLAT } from '../core/place/plz-table.js';
import {
  COURSE_TOPICS,
  type Contact,
  type Day,
  type DolmetscherRecord,
  type FeedDocument,
  type FeedKind,
  type LanguageSpec,
  LOTSEN_TOPICS,
  type LotseRecord,
  type Place,
  type RecordOf,
  SETTINGS,
  type Slot,
  type SprachkursRecord,
} from '../core/schema/index.js';
import { prng } from './prng.js';

export const DEFAULT_REFERENCE_DATE = '2026-11-28';

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const chance = (rng: Rng, p: number) => rng() < p;

function weighted<T>(entries: ReadonlyArray<readonly [T, number]>): (rng: Rng) => T {
  const total = entries.reduce((s, [, w]) => s + w, 0);
  const cumulative = entries.map(([, _w], i) => entries.slice(0, i + 1).reduce((s, [, x]) => s + x, 0) / total);
  return (rng) => {
    const r = rng();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return entries[lo]![0];
  };
}

/**
 * Roughly Hessen's foreign population by language (HSL/AZR 2024) blended with recent asylum
 * first applications (BAMF 2025), which is who asks for Lotsen and interpreters.
 */
const pickLanguage = weighted<string>([
  ['tr', 20],
  ['ar', 16],
  ['uk', 12],
  ['prs', 6],
  ['fa', 5],
  ['kmr', 6],
  ['ti', 4],
  ['ru', 8],
  ['ro', 6],
  ['pl', 6],
  ['bg', 4],
  ['ps', 3],
  ['so', 3],
  ['sq', 4],
  ['sr', 3],
  ['hr', 3],
  ['bs', 2],
  ['ckb', 2],
  ['am', 2],
  ['el', 3],
  ['it', 3],
  ['en', 6],
  ['fr', 4],
  ['es', 2],
  ['ur', 2],
  ['zza', 1],
  ['ka', 1],
  ['hy', 1],
  ['rom', 1],
  ['mk', 1],
  ['ce', 1],
  ['ta', 1],
  ['vi', 1],
  ['ff', 1],
]);
const ARABIC_REGIONS = ['SY', 'IQ', 'MA', 'LB', 'EG', 'SD', 'PS'] as const;

const FIRST_NAMES: Record<string, { w: readonly string[]; m: readonly string[] }> = {
  tr: { w: ['Ayşe', 'Elif', 'Fatma', 'Zeynep', 'Emine', 'Derya'], m: ['Mehmet', 'Mustafa', 'Ahmet', 'Emre', 'Murat', 'Kemal'] },
  ar: { w: ['Amina', 'Fatima', 'Layla', 'Rania', 'Nour', 'Hiba'], m: ['Omar', 'Ahmad', 'Khaled', 'Yusuf', 'Tarek', 'Samir'] },
  uk: { w: ['Olena', 'Iryna', 'Oksana', 'Natalija', 'Switlana'], m: ['Andrij', 'Oleksandr', 'Serhij', 'Dmytro', 'Taras'] },
  fa: { w: ['Fatemeh', 'Maryam', 'Zahra', 'Shirin', 'Parisa', 'Soraya'], m: ['Ali', 'Reza', 'Hamid', 'Farhad', 'Ahmad', 'Jawad'] },
  ku: { w: ['Berfin', 'Rojda', 'Hêvî', 'Dilan', 'Zozan'], m: ['Azad', 'Rojhat', 'Serhat', 'Baran', 'Diyar'] },
  ti: { w: ['Senait', 'Helen', 'Saba', 'Meron', 'Tsega'], m: ['Yonas', 'Dawit', 'Tesfay', 'Filmon', 'Berhane'] },
  ru: { w: ['Irina', 'Natalia', 'Swetlana', 'Olga', 'Jelena'], m: ['Sergej', 'Dmitri', 'Alexej', 'Wladimir', 'Igor'] },
  balkan: { w: ['Ana', 'Ioana', 'Elena', 'Jelena', 'Arta', 'Maria'], m: ['Andrei', 'Ion', 'Marko', 'Arben', 'Nikola', 'Goran'] },
  de: { w: ['Sabine', 'Petra', 'Anna', 'Julia', 'Monika', 'Claudia'], m: ['Thomas', 'Michael', 'Stefan', 'Jürgen', 'Peter', 'Markus'] },
  so: { w: ['Hodan', 'Amran', 'Faduma', 'Sahra'], m: ['Abdi', 'Mohamed', 'Hassan', 'Abdirahman'] },
};
const NAME_GROUP: Record<string, string> = {
  tr: 'tr',
  zza: 'tr',
  ar: 'ar',
  uk: 'uk',
  ru: 'ru',
  ce: 'ru',
  ka: 'ru',
  hy: 'ru',
  prs: 'fa',
  fa: 'fa',
  ps: 'fa',
  ur: 'fa',
  kmr: 'ku',
  ckb: 'ku',
  ti: 'ti',
  am: 'ti',
  so: 'so',
  ro: 'balkan',
  bg: 'balkan',
  sr: 'balkan',
  hr: 'balkan',
  bs: 'balkan',
  sq: 'balkan',
  mk: 'balkan',
  el: 'balkan',
  rom: 'balkan',
  pl: 'ru',
};
const INITIALS = 'ABDEGHKLMNRSTYZ';

interface PlzPoint {
  plz: string;
  lat: number;
  lon: number;
  area: Kommune;
  town: string;
}

let pointsCache: { points: PlzPoint[]; byArea: PlzPoint[][] } | undefined;
function plzPoints() {
  if (pointsCache) return pointsCache;
  const town = new Map<string, string>();
  for (const [name, ...codes] of PLACE_ROWS) {
    for (const c of codes) {
      const prev = town.get(String(c));
      if (prev === undefined || name.length < prev.length) town.set(String(c), name);
    }
  }
  const points: PlzPoint[] = [];
  for (let i = 0; i < PLZ_FLAT.length; i += 4) {
    const plz = String(PLZ_FLAT[i]);
    points.push({
      plz,
      lat: PLZ_FLAT[i + 1]! / 1000,
      lon: PLZ_FLAT[i + 2]! / 1000,
      area: KOMMUNEN[PLZ_FLAT[i + 3]!]!,
      town: town.get(plz) ?? plz,
    });
  }
  const byArea = KOMMUNEN.map((k) => points.filter((p) => p.area === k));
  pointsCache = { points, byArea };
  return pointsCache;
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The WIR-Koordination of an area: the office residents are referred to (the feed's `contact`, src/core/schema/shared.ts). */
function officeContact(area: Kommune): Contact {
  const s = slug(area.name);
  return {
    name: `WIR-Vielfaltszentrum ${area.name}`,
    email: `wir-koordination@${s}.example.org`,
    phone: `06${String(area.code).slice(2)} 12${area.code.slice(3)}-0`,
    url: `https://www.${s}.de/integration/wir`,
  };
}

function makePlace(rng: Rng, index: number): Place {
  const { points, byArea } = plzPoints();
  // The first 33 records visit every WIR area, so even small feeds cover all of Hessen.
  const p = index < byArea.length ? pick(rng, byArea[index]!) : pick(rng, points);
  const place: Place = {
    ort: p.town,
    plz: p.plz,
    kommune: p.area.ags ?? p.area.code,
    lat: round(p.lat + (rng() - 0.5) * 0.02, 4),
    lon: round(p.lon + (rng() - 0.5) * 0.03, 4),
  };
  if (chance(rng, 0.5)) place.barrierefrei = chance(rng, 0.7);
  return place;
}

function makeName(rng: Rng, language: string, gender: 'w' | 'm'): string {
  const group = FIRST_NAMES[NAME_GROUP[language] ?? 'de'] ?? FIRST_NAMES.de!;
  return `${pick(rng, group[gender])} ${INITIALS[Math.floor(rng() * INITIALS.length)]}.`;
}

function makeLanguages(rng: Rng, withLevels: boolean): { main: string; specs: LanguageSpec[] } {
  let main = pickLanguage(rng);
  if (main === 'ar' && chance(rng, 0.5)) main = `ar-${pick(rng, ARABIC_REGIONS)}`;
  const specs: LanguageSpec[] = [withLevels ? { code: main, level: 'muttersprache', writes: chance(rng, 0.8) } : main];
  const extra = Math.floor(rng() * 3);
  const seen = new Set([main.slice(0, 3)]);
  for (let i = 0; i < extra; i++) {
    const code = chance(rng, 0.4) ? pick(rng, ['en', 'fr', 'ru', 'tr', 'ar']) : pickLanguage(rng);
    if (seen.has(code)) continue;
    seen.add(code);
    specs.push(withLevels ? { code, level: pick(rng, ['fliessend', 'gut', 'grundkenntnisse'] as const) } : code);
  }
  return { main, specs };
}

const DAYS_WORK: readonly Day[] = ['mo', 'di', 'mi', 'do', 'fr'];
const SLOT_TIMES = [
  ['08:30', '12:00'],
  ['09:00', '11:30'],
  ['10:00', '13:00'],
  ['13:00', '16:00'],
  ['14:00', '17:30'],
  ['16:00', '19:00'],
  ['17:30', '20:00'],
  ['18:00', '21:00'],
] as const;

function makeSlots(rng: Rng, count: number, weekend: boolean): Slot[] {
  const slots: Slot[] = [];
  const used = new Set<string>();
  for (let i = 0; i < count; i++) {
    const day = weekend && chance(rng, 0.15) ? pick(rng, ['sa', 'so'] as const) : pick(rng, DAYS_WORK);
    if (used.has(day)) continue;
    used.add(day);
    const [from, to] = pick(rng, SLOT_TIMES);
    slots.push({ day, from, to });
  }
  return slots;
}

function pickSome<T>(rng: Rng, list: readonly T[], min: number, max: number): T[] {
  const n = min + Math.floor(rng() * (max - min + 1));
  const out = new Set<T>();
  while (out.size < Math.min(n, list.length)) out.add(pick(rng, list));
  return [...out];
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const TOPIC_PHRASES: Record<string, string> = {
  behoerden: 'begleite zu Ämtern und helfe bei Anträgen',
  gesundheit: 'unterstütze bei Arztbesuchen und Fragen zur Krankenkasse',
  'schule-kita': 'helfe bei Anmeldung und Gesprächen in Schule und Kita',
  wohnen: 'helfe bei der Wohnungssuche und bei Fragen zum Mietvertrag',
  arbeit: 'unterstütze bei Bewerbungen und beim Jobcenter',
  'asyl-aufenthalt': 'kenne mich mit Fragen zu Asyl und Aufenthalt aus',
  alltag: 'helfe im Alltag, zum Beispiel bei Bank, Handy und Post',
  freizeit: 'zeige Vereine und Freizeitangebote in der Nähe',
  familie: 'unterstütze Familien bei Fragen rund um Kinder und Elternzeit',
};

function makeLotse(rng: Rng, index: number): LotseRecord {
  const gender = chance(rng, 0.58) ? 'w' : chance(rng, 0.97) ? 'm' : 'd';
  const { main, specs } = makeLanguages(rng, chance(rng, 0.5));
  const place = makePlace(rng, index);
  const topics = pickSome(rng, LOTSEN_TOPICS, 1, 4);
  const area = KOMMUNEN.find((k) => k.ags === place.kommune) ?? KOMMUNEN.find((k) => k.code === place.kommune)!;
  const record: LotseRecord = {
    id: `lotse-${String(index + 1).padStart(5, '0')}`,
    name: makeName(rng, main.slice(0, 3).replace(/-$/, ''), gender === 'd' ? 'w' : gender),
    gender,
    languages: specs,
    place,
    topics,
    // About one in six takes no new people at the moment: the UI must handle that.
    available: !chance(rng, 0.17),
    contact: officeContact(area),
  };
  if (chance(rng, 0.6)) record.travelKm = pick(rng, [5, 10, 15, 20, 30]);
  if (chance(rng, 0.8)) record.availability = makeSlots(rng, 1 + Math.floor(rng() * 3), true);
  if (chance(rng, 0.5))
    record.trainings = pickSome(rng, ['flucht-asyl', 'interkulturelle-kompetenz', 'gesundheitslotse', 'datenschutz'], 1, 2);
  if (chance(rng, 0.7)) {
    record.description = `Ich ${TOPIC_PHRASES[topics[0]!]}${topics[1] ? ` und ${TOPIC_PHRASES[topics[1]]}` : ''}. Seit ${2010 + Math.floor(rng() * 16)} als Integrationslotse:in in ${place.ort} aktiv.`;
  }
  return record;
}

const PROVIDERS = [
  'Volkshochschule',
  'Caritasverband',
  'Diakonisches Werk',
  'Internationaler Bund',
  'AWO Kreisverband',
  'Familienzentrum',
  'Mehrgenerationenhaus',
  'Frauentreff',
];

function makeKurs(rng: Rng, index: number, ref: string): SprachkursRecord {
  const place = makePlace(rng, index);
  const area = KOMMUNEN.find((k) => k.ags === place.kommune) ?? KOMMUNEN.find((k) => k.code === place.kommune)!;
  const program = pick(rng, ['wir', 'wir', 'mitsprache-deutsch4u', 'mitsprache-deutsch4u', 'integrationskurs', 'sonstiges'] as const);
  const courseType = pick(rng, [
    'allgemein',
    'allgemein',
    'alphabetisierung',
    'zweitschrift',
    'frauen',
    'eltern',
    'jugend',
    'intensiv',
    'sprachcafe',
  ] as const);
  const womenOnly = courseType === 'frauen' || chance(rng, 0.08);
  const levelStart = courseType === 'alphabetisierung' ? 0 : Math.floor(rng() * 4);
  const levels = (['alpha', 'A1', 'A2', 'B1', 'B2', 'C1'] as const).slice(levelStart, levelStart + 1 + Math.floor(rng() * 2));
  const start = addDays(ref, Math.floor(rng() * 150) - 60);
  const provider = `${pick(rng, PROVIDERS)} ${place.ort}`;
  const total = 8 + Math.floor(rng() * 12);
  // About 15 % full, so "nur freie Plätze" visibly filters.
  const free = chance(rng, 0.15) ? 0 : Math.floor(rng() * (total + 1));
  const childcare = courseType === 'eltern' || womenOnly ? chance(rng, 0.7) : chance(rng, 0.2);
  const record: SprachkursRecord = {
    id: `kurs-${String(index + 1).padStart(5, '0')}`,
    title: `${courseType === 'sprachcafe' ? 'Sprachcafé' : 'Deutsch'} ${levels.join('/')}${womenOnly ? ' für Frauen' : ''} in ${place.ort}`,
    provider: { name: provider, url: `https://www.${slug(provider)}.de/kurse` },
    program,
    courseType,
    levels: [...levels],
    audience: womenOnly
      ? 'frauen'
      : courseType === 'eltern'
        ? 'eltern'
        : courseType === 'jugend'
          ? 'jugendliche'
          : pick(rng, ['alle', 'alle', 'alle', 'gefluechtete', 'senioren'] as const),
    childcare,
    schedule: makeSlots(rng, 1 + Math.floor(rng() * 3), false),
    start,
    seats: { total, free },
    cost:
      program === 'integrationskurs'
        ? { amount: 229, note: 'Eigenanteil je Modul; Kostenbefreiung möglich' }
        : { amount: chance(rng, 0.75) ? 0 : pick(rng, [10, 20, 30, 50]) },
    format: chance(rng, 0.85) ? 'praesenz' : pick(rng, ['online', 'hybrid'] as const),
    place,
    registration: chance(rng, 0.5)
      ? { email: officeContact(area).email!, phone: officeContact(area).phone! }
      : { url: `https://www.${slug(provider)}.de/anmeldung` },
  };
  if (childcare) record.childcareAges = { min: pick(rng, [0, 1, 2]), max: pick(rng, [3, 6]) };
  if (chance(rng, 0.7)) record.end = addDays(start, 60 + Math.floor(rng() * 200));
  if (chance(rng, 0.35)) record.rollingEntry = true;
  if (chance(rng, 0.5)) record.topics = pickSome(rng, COURSE_TOPICS, 1, 3);
  if (chance(rng, 0.4)) record.supportLanguages = pickSome(rng, ['ar', 'tr', 'uk', 'fa', 'ti', 'en'], 1, 2);
  if (chance(rng, 0.3)) record.registration.deadline = addDays(start, -7);
  if (chance(rng, 0.6)) {
    record.description = `${womenOnly ? 'Ein geschützter Raum für Frauen: ' : ''}Wir üben Deutsch für den Alltag – beim Einkaufen, beim Arzt, in der Schule.${childcare ? ' Kinderbetreuung während des Kurses.' : ''}`;
  }
  return record;
}

function makeDolmetscher(rng: Rng, index: number): DolmetscherRecord {
  const gender = chance(rng, 0.6) ? 'w' : 'm';
  const { main, specs } = makeLanguages(rng, true);
  const place = makePlace(rng, index);
  const area = KOMMUNEN.find((k) => k.ags === place.kommune) ?? KOMMUNEN.find((k) => k.code === place.kommune)!;
  const record: DolmetscherRecord = {
    id: `dolm-${String(index + 1).padStart(5, '0')}`,
    name: makeName(rng, main.slice(0, 3).replace(/-$/, ''), gender),
    gender,
    languages: specs,
    settings: pickSome(rng, SETTINGS, 1, 4),
    modes: chance(rng, 0.6) ? ['vor-ort'] : pickSome(rng, ['vor-ort', 'telefon', 'video'] as const, 1, 3),
    contact: officeContact(area),
  };
  // Pools are run per area: most serve their own area, some also a neighbour.
  if (chance(rng, 0.7)) {
    record.serves = [area.ags ?? area.code];
    if (chance(rng, 0.3)) {
      const other = pick(rng, KOMMUNEN);
      if (other !== area) record.serves.push(other.ags ?? other.code);
    }
  }
  if (!record.serves || chance(rng, 0.5)) {
    record.place = place;
    record.travelKm = pick(rng, [10, 20, 30, 50]);
  }
  if (chance(rng, 0.7)) record.availability = makeSlots(rng, 1 + Math.floor(rng() * 4), true);
  if (chance(rng, 0.6)) record.noticeDays = pick(rng, [1, 2, 3, 5, 7, 14]);
  return record;
}

const PUBLISHERS: Record<FeedKind, string> = {
  lotsen: 'WIR-Koordination Hessen (Beispieldaten)',
  sprachkurse: 'Sprachkursportal Hessen (Beispieldaten)',
  dolmetscher: 'Laiendolmetscher-Pools Hessen (Beispieldaten)',
};

/** A complete, valid feed of `n` records; deterministic in (kind, n, seed, referenceDate). */
export function generateFeed<K extends FeedKind>(
  kind: K,
  n: number,
  seed: number,
  referenceDate: string = DEFAULT_REFERENCE_DATE,
): FeedDocument<K> {
  const rng = prng(seed ^ ((kind === 'lotsen' ? 0x1 : kind === 'sprachkurse' ? 0x2 : 0x3) * 0x9e3779b1));
  const records: RecordOf<K>[] = new Array(n);
  for (let i = 0; i < n; i++) {
    records[i] = (
      kind === 'lotsen' ? makeLotse(rng, i) : kind === 'sprachkurse' ? makeKurs(rng, i, referenceDate) : makeDolmetscher(rng, i)
    ) as RecordOf<K>;
  }
  return {
    format: 'wir-feed',
    version: 1,
    kind,
    publisher: {
      name: PUBLISHERS[kind],
      contact: { email: 'wir-koordination@example.org', url: 'https://integrationskompass.hessen.de/' },
    },
    updated: referenceDate,
    records,
  };
}
