/**
 * Where each value of a JSON document starts, by path ("records[3].place.lat" → offset), so
 * the validator can say "lotsen.json:412:18" instead of leaving a webmaster to count records.
 * A small scanner, not a parser: JSON.parse has already accepted the text when this runs.
 */
import { formatPath } from '../core/feed/index.js';

/** Thrown by jsonValueOffsets on text that is not JSON, with where it stops making sense. */
export class JsonSyntaxError extends Error {
  constructor(readonly offset: number) {
    super(`unexpected ${offset} `);
  }
}

const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

export function jsonValueOffsets(text: string): Map<string, number> {
  const offsets = new Map<string, number>();
  let i = 0;
  const expect = (ch: string) => {
    if (text[i] !== ch) throw new JsonSyntaxError(i);
    i++;
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r\ufeff'.includes(text[i]!)) i++;
  };
  const skipString = () => {
    expect('"');
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) throw new JsonSyntaxError(i);
      i += text[i] === '\\' ? 2 : 1;
    }
    expect('"');
  };
  const readKey = (): string => {
    const start = i;
    skipString();
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: Array<string | number>) => {
    ws();
    offsets.set(formatPath(path), i);
    const ch = text[i];
    if (ch === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        const key = readKey();
        ws();
        expect(':');
        value([...path, key]);
        ws();
        if (text[i] === '}') return void i++;
        expect(',');
      }
    }
    if (ch === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (let index = 0; ; index++) {
        value([...path, index]);
        ws();
        if (text[i] === ']') return void i++;
        expect(',');
      }
    }
    if (ch === '"') return skipString();
    LITERAL.lastIndex = i;
    if (!LITERAL.test(text)) throw new JsonSyntaxError(i);
    i = LITERAL.lastIndex;
  };
  value([]);
  ws();
  if (i < text.length) throw new JsonSyntaxError(i);
  return offsets;
}

/** 1-based line and column of an offset, as editors show them. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let j = 0; j < offset && j < text.length; j++) {
    if (text.charCodeAt(j) === 10) {
      line++;
      lineStart = j + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** The nearest enclosing path that has an offset: a missing field points at its record. */
export function offsetOf(offsets: Map<string, number>, path: string): number | undefined {
  for (let p = path; ; ) {
    const hit = offsets.get(p);
    if (hit !== undefined) return hit;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    if (cut <= 0) return offsets.get('');
    p = p.slice(0, cut);
  }
}
