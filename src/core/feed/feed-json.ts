/**
 * A feed's JSON text parsed record by record, so the work can pause between records: a feed
 * of 5,000 Lotsen is 3.4 MB, and reading it in one piece blocked the page for seconds on a
 * slowed-down phone profile (bench/RESULTS.md, page note 2).
 *
 * A quick scan finds the top-level `records` array and the extent of each element (strings are
 * skipped with indexOf, brackets counted outside strings); each element is then parsed on its
 * own, and the rest of the document with `[]` in the array's place. The result equals
 * `JSON.parse(text)`: the same values and key order, the last of duplicate keys winning. Text
 * the scan does not understand (not an object, no records array, any syntax error) goes to
 * `JSON.parse(text)` whole, which then throws or returns exactly what it always did.
 */
import type { SlicedJob } from '../slices/index.js';

/** Records scanned or parsed between two pause points. */
const RECORDS_PER_STEP = 16;

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** Index of the first character at or after `i` that is not JSON whitespace. */
function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** `i` is at an opening quote: the index after the closing one, or -1. */
function skipString(text: string, i: number): number {
  for (let j = i + 1; ; ) {
    const q = text.indexOf('"', j);
    if (q < 0) return -1;
    let slashes = 0;
    while (text.charCodeAt(q - 1 - slashes) === 0x5c) slashes++;
    if (slashes % 2 === 0) return q + 1;
    j = q + 1;
  }
}

const STRUCTURE = /["[\]{}]/g;
const PRIMITIVE_END = /[,\]}\s]/g;

/** `i` is at the start of a value: the index after it, or -1 where the scan gives up. */
function skipValue(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x22) return skipString(text, i);
  if (c === 0x7b || c === 0x5b) {
    let depth = 0;
    STRUCTURE.lastIndex = i;
    for (let m = STRUCTURE.exec(text); m; m = STRUCTURE.exec(text)) {
      const s = text.charCodeAt(m.index);
      if (s === 0x22) {
        const end = skipString(text, m.index);
        if (end < 0) return -1;
        STRUCTURE.lastIndex = end;
      } else if (s === 0x7b || s === 0x5b) depth++;
      else if (--depth === 0) return m.index + 1;
    }
    return -1;
  }
  PRIMITIVE_END.lastIndex = i;
  const end = PRIMITIVE_END.exec(text)?.index ?? text.length;
  return end > i ? end : -1;
}

interface RecordsArray {
  /** The array's brackets: text[start] is "[", text[end - 1] is "]". */
  start: number;
  end: number;
  /** [from, to) of each element. */
  elements: Array<[number, number]>;
}

/**
 * The elements of the array that opens at `start`, RECORDS_PER_STEP at a time; undefined for
 * anything but a clean comma-separated list (JSON.parse then decides).
 */
function* scanArray(text: string, start: number): Generator<void, RecordsArray | undefined, void> {
  const elements: Array<[number, number]> = [];
  let i = skipSpace(text, start + 1);
  if (text.charCodeAt(i) === 0x5d) return { start, end: i + 1, elements };
  for (;;) {
    const end = skipValue(text, i);
    if (end < 0) return undefined;
    elements.push([i, end]);
    i = skipSpace(text, end);
    const c = text.charCodeAt(i);
    if (c === 0x5d) return { start, end: i + 1, elements };
    if (c !== 0x2c) return undefined;
    i = skipSpace(text, i + 1);
    if (elements.length % RECORDS_PER_STEP === 0) yield;
  }
}

/** The last top-level `records` key's array, found by walking the top-level object's members. */
function* findRecords(text: string, open: number): Generator<void, RecordsArray | undefined, void> {
  let found: RecordsArray | undefined;
  let i = skipSpace(text, open + 1);
  if (text.charCodeAt(i) === 0x7d) return undefined;
  for (;;) {
    if (text.charCodeAt(i) !== 0x22) return undefined;
    const keyEnd = skipString(text, i);
    if (keyEnd < 0) return undefined;
    const key: unknown = JSON.parse(text.slice(i, keyEnd));
    i = skipSpace(text, keyEnd);
    if (text.charCodeAt(i) !== 0x3a) return undefined;
    i = skipSpace(text, i + 1);
    let end: number;
    if (key === 'records') {
      // A later duplicate wins in JSON.parse, so it must win here too, array or not.
      found = text.charCodeAt(i) === 0x5b ? yield* scanArray(text, i) : undefined;
      end = found ? found.end : skipValue(text, i);
    } else end = skipValue(text, i);
    if (end < 0) return undefined;
    i = skipSpace(text, end);
    const c = text.charCodeAt(i);
    if (c === 0x7d) return skipSpace(text, i + 1) === text.length ? found : undefined;
    if (c !== 0x2c) return undefined;
    i = skipSpace(text, i + 1);
  }
}

/** The document parsed piece by piece; undefined where the scan gives up. */
function* parsePieces(text: string): Generator<void, { value: unknown } | undefined, void> {
  const open = skipSpace(text, 0);
  const records = text.charCodeAt(open) === 0x7b ? yield* findRecords(text, open) : undefined;
  if (!records) return undefined;
  const parsed: unknown[] = [];
  for (const [from, to] of records.elements) {
    parsed.push(JSON.parse(text.slice(from, to)));
    if (parsed.length % RECORDS_PER_STEP === 0) yield;
  }
  const envelope = JSON.parse(`${text.slice(0, records.start)}[]${text.slice(records.end)}`) as Record<string, unknown>;
  envelope.records = parsed;
  return { value: envelope };
}

/** What `JSON.parse(text)` returns (or throws), computed with a pause point every few records. */
export function* parseFeedJson(text: string): SlicedJob<unknown> {
  let pieces: { value: unknown } | undefined;
  try {
    pieces = yield* parsePieces(text);
  } catch {
    // A syntax error inside a piece: the whole text gets JSON.parse's own verdict and message.
    pieces = undefined;
  }
  return pieces ? pieces.value : JSON.parse(text);
}
