/**
 * The 200 seeded benchmark queries (issue 4): one language, 25 km around a real place,
 * one topic, one or two wished time slots, and in 40 % a free-text word, half with a typo.
 * Drawn from the feed itself so that most queries have hits, as real ones do.
 */
import type { LotsenQuery } from '../src/core/match/index.js';
import type { LotseRecord } from '../src/core/schema/index.js';
import { DAYS, LOTSEN_TOPICS } from '../src/core/schema/index.js';
import { prng } from '../src/sample/prng.js';

/**
 * German words residents type for a topic, as they type them (umlauts, capitals): query words are
 * drawn from these. Not the engine's TOPIC_LABELS (text-match.ts): those are stored folded, and
 * queries drawn from them would skip the folding residents' words go through (and change the
 * seeded queries behind RESULTS.md).
 */
const TOPIC_LABELS: Record<string, string> = {
  behoerden: 'Behörden Behörde Amt Ämter',
  gesundheit: 'Gesundheit Arzt Ärztin',
  'schule-kita': 'Schule Kita Kindergarten',
  wohnen: 'Wohnen Wohnung',
  arbeit: 'Arbeit Job',
  'asyl-aufenthalt': 'Asyl Aufenthalt',
  alltag: 'Alltag',
  freizeit: 'Freizeit',
  familie: 'Familie',
  bildung: 'Bildung',
  gesellschaft: 'Gesellschaft',
  nachbarschaft: 'Nachbarschaft',
  beratung: 'Beratung',
  soziales: 'Soziales',
  behoerde: 'Behörde Amt',
};

/** Swap two inner letters: the commonest phone typo, one edit for us. */
function typo(word: string, rnd: () => number): string {
  if (word.length < 5) return word;
  const i = 1 + Math.floor(rnd() * (word.length - 3));
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

export function makeQueries(records: LotseRecord[], count: number, seed: number): LotsenQuery[] {
  const rnd = prng(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
  const out: LotsenQuery[] = [];
  for (let i = 0; i < count; i++) {
    const r = pick(records);
    const lang = pick(r.languages);
    const q: LotsenQuery = {
      near: { lat: r.place.lat + (rnd() - 0.5) * 0.1, lon: r.place.lon + (rnd() - 0.5) * 0.1 },
      radiusKm: 25,
      languages: [typeof lang === 'string' ? lang : lang.code],
      topics: [pick(LOTSEN_TOPICS)],
      times: Array.from({ length: 1 + Math.floor(rnd() * 2) }, () => {
        const h = 8 + Math.floor(rnd() * 10);
        return { day: pick(DAYS), from: `${String(h).padStart(2, '0')}:00`, to: `${String(h + 2).padStart(2, '0')}:00` };
      }),
    };
    if (rnd() < 0.4) {
      const words = `${TOPIC_LABELS[pick(r.topics)]} ${r.description ?? ''}`.split(/[^\p{L}]+/u).filter((w) => w.length >= 5);
      if (words.length) {
        const w = pick(words);
        q.text = rnd() < 0.5 ? typo(w, rnd) : w;
      }
    }
    out.push(q);
  }
  return out;
}
