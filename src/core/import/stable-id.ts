/**
 * Ids for rows without an ID column, from what identifies the person or course (name and
 * PLZ, title and provider and start…), so a re-import of the same row keeps its id: shared
 * search links and requests refer to records by id. Case, spaces and umlaut spelling do not
 * change it.
 */
import { foldGerman } from '../text/normalize.js';

function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** 48 bits (two FNV-1a hashes) in base 36: for 5,000 rows a collision is about one in ten million. */
export function derivedId(prefix: string, parts: readonly string[]): string {
  const text = parts.map((p) => foldGerman(p).replace(/\s+/g, ' ').trim()).join('|');
  const high = fnv1a(text, 0x811c9dc5);
  const low = fnv1a(text, 0x9e3779b9) & 0xffff;
  return `${prefix}${(high * 0x10000 + low).toString(36).padStart(10, '0')}`;
}
