/**
 * Peers: MiniSearch, Orama and Fuse.js indexing the same Lotsen. What they cannot express
 * (substitute languages with scores, radius plus each Lotse's travelKm, `available`, our
 * ranking) is done in plain JS on their candidates, and that time counts as theirs.
 */

import { create, insertMultiple, search as oramaSearch } from '@orama/orama';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { LotsenQuery } from '../src/core/match/index.js';
import { compareHits } from '../src/core/match/paging.js';
import { evaluateLotse, languageWishes, planLotsen, recordPrimaries } from '../src/core/match/rules.js';
import { queryTerms, recordTextFields } from '../src/core/match/text-match.js';
import type { LotseRecord } from '../src/core/schema/index.js';
import { foldGerman } from '../src/core/text/normalize.js';
import { allowedEdits } from '../src/core/text/prefix-edit-distance.js';

export interface PeerResult {
  total: number;
  ids: string[];
}
export interface Peer {
  name: string;
  build(records: LotseRecord[]): Promise<void> | void;
  run(q: LotsenQuery): Promise<PeerResult> | PeerResult;
  release(): void;
}

interface Doc {
  rid: number;
  text: string;
  langs: string[];
  lat: number;
  lon: number;
  available: boolean;
}

function docsOf(records: LotseRecord[]): Doc[] {
  return records.map((r, rid) => ({
    rid,
    text: foldGerman(
      recordTextFields('lotsen', r)
        .map(([, t]) => t)
        .join(' '),
    ),
    langs: recordPrimaries(r.languages),
    lat: r.place.lat,
    lon: r.place.lon,
    available: r.available,
  }));
}

const wishedLangs = (q: LotsenQuery): string[] => [...languageWishes(q.languages ?? [], q.substitutes !== false).keys()];

/** The part no peer expresses: exact radius + travelKm, substitutes, availability, ranking. */
function finish(records: LotseRecord[], primaries: string[][], q: LotsenQuery, candidates: Iterable<number>): PeerResult {
  const p = planLotsen(q);
  const hits: Array<{ i: number; s: number; km: number }> = [];
  for (const i of candidates) {
    const e = evaluateLotse(records[i]!, primaries[i]!, p, 0, null);
    if (e) hits.push({ i, s: e.score, km: e.distanceKm ?? Infinity });
  }
  hits.sort((a, b) => compareHits(a.s, a.km, records[a.i]!.id, b.s, b.km, records[b.i]!.id));
  return { total: hits.length, ids: hits.slice(0, 20).map((h) => records[h.i]!.id) };
}

export function miniSearchPeer(): Peer {
  let ms: MiniSearch<Doc> | null = null;
  let records: LotseRecord[] = [];
  let primaries: string[][] = [];
  return {
    name: 'MiniSearch',
    build(rs) {
      records = rs;
      primaries = rs.map((r) => recordPrimaries(r.languages));
      ms = new MiniSearch<Doc>({
        idField: 'rid',
        fields: ['text', 'langs'],
        extractField: (d, f) => (f === 'langs' ? d.langs.join(' ') : (d as never)[f]),
      });
      ms.addAll(docsOf(rs));
    },
    run(q) {
      const langQ = { combineWith: 'OR' as const, queries: wishedLangs(q), fields: ['langs'], prefix: false, fuzzy: false };
      const terms = queryTerms(q.text);
      const query = terms.length
        ? {
            combineWith: 'AND' as const,
            queries: [
              langQ,
              { combineWith: 'AND' as const, queries: terms, fields: ['text'], prefix: true, fuzzy: (t: string) => allowedEdits(t.length) },
            ],
          }
        : langQ;
      return finish(
        records,
        primaries,
        q,
        ms!.search(query as never).map((r) => r.id as number),
      );
    },
    release() {
      ms = null;
      records = [];
      primaries = [];
    },
  };
}

export function oramaPeer(): Peer {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let db: any = null;
  let records: LotseRecord[] = [];
  let primaries: string[][] = [];
  let maxTravel = 0;
  return {
    name: 'Orama',
    async build(rs) {
      records = rs;
      primaries = rs.map((r) => recordPrimaries(r.languages));
      maxTravel = rs.reduce((m, r) => Math.max(m, r.travelKm ?? 0), 0);
      db = create({ schema: { rid: 'number', text: 'string', langs: 'enum[]', loc: 'geopoint', available: 'boolean' } as const });
      await insertMultiple(
        db,
        docsOf(rs).map((d) => ({ rid: d.rid, text: d.text, langs: d.langs, loc: { lat: d.lat, lon: d.lon }, available: d.available })),
        5000,
      );
    },
    async run(q) {
      const where: Record<string, unknown> = { langs: { containsAny: wishedLangs(q) }, available: true };
      if (q.near) where.loc = { radius: { coordinates: q.near, unit: 'km', value: (q.radiusKm ?? 25) + maxTravel, inside: true } };
      const terms = queryTerms(q.text);
      const res = await oramaSearch(db, {
        term: terms.join(' '),
        properties: ['text'],
        tolerance: terms.length ? 1 : 0,
        where,
        limit: records.length,
      } as never);
      return finish(
        records,
        primaries,
        q,
        (res as { hits: Array<{ document: { rid: number } }> }).hits.map((h) => h.document.rid),
      );
    },
    release() {
      db = null;
      records = [];
      primaries = [];
    },
  };
}

export function fusePeer(): Peer {
  let fuse: Fuse<Doc> | null = null;
  let records: LotseRecord[] = [];
  let primaries: string[][] = [];
  return {
    name: 'Fuse.js',
    build(rs) {
      records = rs;
      primaries = rs.map((r) => recordPrimaries(r.languages));
      fuse = new Fuse(docsOf(rs), { keys: ['text', 'langs'], threshold: 0.3, ignoreLocation: true, useExtendedSearch: true });
    },
    run(q) {
      const langs = { $or: wishedLangs(q).map((l) => ({ langs: `=${l}` })) };
      const terms = queryTerms(q.text);
      const expr = terms.length ? { $and: [langs, ...terms.map((t) => ({ text: t }))] } : langs;
      return finish(
        records,
        primaries,
        q,
        fuse!.search(expr).map((r) => r.item.rid),
      );
    },
    release() {
      fuse = null;
      records = [];
      primaries = [];
    },
  };
}
