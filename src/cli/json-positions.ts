/**
 * Where values of a JSON document start, by path ("records[3].place.lat" → offset), so the
 * validator can say "lotsen.json:412:18" instead of leaving a webmaster to count records.
 * A small scanner, not a parser: JSON.parse has already accepted the text when this runs.
 *
 * It must stay linear on hostile files: no recursion (10,000 nested arrays would overflow
 * the stack), paths built only as deep as anyone asked for, and line numbers looked up in
 * an index of line starts built once (rescanning from the top for every problem made a
 * 5 MB feed of invalid records take half a minute).
 */
import { extendPath } from '../core/feed/index.js';

/** Thrown by jsonValueOffsets on text that is not JSON, with where it stops making sense. */
export class JsonSyntaxError extends Error {
  constructor(readonly offset: number) {
    super(`unexpected ${offset} `);
  }
}

const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
const WHITESPACE = /[ \t\n\r\ufeff]*/y;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters end a JSON string's plain run.
const STRING_BODY = /[^"\\\u0000-\u001f]*/y;

/** Wanted paths as a tree of segments, so the scan looks up keys instead of building path strings. */
interface PathNode {
  path: string;
  children: Map<string | number, PathNode>;
}

interface Frame {
  kind: '{' | '[';
  /** Where this container sits in the wanted tree; null when nothing below it is wanted. */
  node: PathNode | null;
  index: number;
}

/**
 * Offsets of the values at `wanted` paths and their ancestors (every value when `wanted` is
 * omitted). Throws JsonSyntaxError where the text stops being JSON.
 */
export function jsonValueOffsets(text: string, wanted?: Iterable<string>): Map<string, number> {
  const offsets = new Map<string, number>();
  const root = wanted ? treeOf(wanted) : undefined;
  const stack: Frame[] = [];
  let i = 0;

  const ws = () => {
    WHITESPACE.lastIndex = i;
    WHITESPACE.test(text);
    i = WHITESPACE.lastIndex;
  };
  const skipString = () => {
    if (text[i] !== '"') throw new JsonSyntaxError(i);
    i++;
    for (;;) {
      STRING_BODY.lastIndex = i;
      STRING_BODY.test(text);
      i = STRING_BODY.lastIndex;
      const code = text.charCodeAt(i);
      if (code === 0x22) {
        i++;
        return;
      }
      // A backslash escapes the next character; anything else here is a control character or the end.
      if (code !== 0x5c || i + 1 >= text.length) throw new JsonSyntaxError(i);
      i += 2;
    }
  };
  /** Reads one value that starts at i; containers are opened, not read to their end. */
  const openValue = (node: PathNode | null) => {
    ws();
    if (node) offsets.set(node.path, i);
    const ch = text[i];
    if (ch === '{' || ch === '[') {
      i++;
      stack.push({ kind: ch, node, index: 0 });
      return;
    }
    if (ch === '"') return skipString();
    LITERAL.lastIndex = i;
    if (!LITERAL.test(text)) throw new JsonSyntaxError(i);
    i = LITERAL.lastIndex;
  };

  openValue(root ?? everything(''));
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    ws();
    const close = frame.kind === '{' ? '}' : ']';
    if (text[i] === close) {
      i++;
      stack.pop();
      continue;
    }
    if (frame.index > 0) {
      if (text[i] !== ',') throw new JsonSyntaxError(i);
      i++;
      ws();
    } else if (text[i] === ',') throw new JsonSyntaxError(i);
    let child: PathNode | null = null;
    if (frame.kind === '{') {
      const start = i;
      skipString();
      if (frame.node) child = childOf(frame.node, keyAt(text, start, i), !root);
      ws();
      if (text[i] !== ':') throw new JsonSyntaxError(i);
      i++;
    } else if (frame.node) {
      child = childOf(frame.node, frame.index, !root);
    }
    frame.index++;
    openValue(child);
  }
  ws();
  if (i < text.length) throw new JsonSyntaxError(i);
  return offsets;
}

/** The key of a string token text[start..end): unescaped only when it holds an escape. */
function keyAt(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end - 1);
  return raw.includes('\\') ? (JSON.parse(text.slice(start, end)) as string) : raw;
}

function everything(path: string): PathNode {
  return { path, children: new Map() };
}

/** The child node for a key or index: looked up in the wanted tree, or made when every path is wanted. */
function childOf(node: PathNode, segment: string | number, all: boolean): PathNode | null {
  if (!all) return node.children.get(segment) ?? null;
  return everything(extendPath(node.path, segment));
}

/** The wanted paths (formatPath's notation) as a tree; every node is an ancestor or a wanted path. */
function treeOf(paths: Iterable<string>): PathNode {
  const root = everything('');
  for (const path of paths) {
    let node = root;
    for (const segment of segmentsOf(path)) {
      let next = node.children.get(segment);
      if (!next) {
        next = everything(extendPath(node.path, segment));
        node.children.set(segment, next);
      }
      node = next;
    }
  }
  return root;
}

const SEGMENT = /\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;

/** Splits "records[3].place.lat" (or `records[3]["a b"]`) into its segments. */
function segmentsOf(path: string): Array<string | number> {
  const out: Array<string | number> = [];
  SEGMENT.lastIndex = 0;
  while (SEGMENT.lastIndex < path.length) {
    const m = SEGMENT.exec(path);
    if (!m) break;
    out.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : (JSON.parse(m[3]!) as string)));
  }
  return out;
}

/** 1-based line and column of offsets, from line starts indexed once. */
export class LineIndex {
  readonly #starts: number[] = [0];

  constructor(text: string) {
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) this.#starts.push(at + 1);
  }

  at(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.#starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.#starts[lo]! + 1 };
  }
}

/** The nearest enclosing path that has an offset: a missing field points at its record. */
export function offsetOf(offsets: Map<string, number>, path: string): number | undefined {
  for (let p = path; ; p = parentOf(p)) {
    const hit = offsets.get(p);
    if (hit !== undefined) return hit;
    if (p === '') return undefined;
  }
}

function parentOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
  return cut <= 0 ? '' : path.slice(0, cut);
}
