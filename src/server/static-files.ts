/**
 * Serves a folder read-only for the demo: fixed MIME table, no directory listings, and no
 * way out of the folder (decoded path is resolved and must stay under the root; "..",
 * encoded "%2e%2e", backslashes and NUL all end in 404).
 *
 * Caching and compression are what docs/einbinden.md asks of a webmaster's server, so the demo
 * shows the same headers: brotli or gzip as the browser's Accept-Encoding allows (each file is
 * compressed once per version and kept in memory, never per request), a strong ETag answered
 * with 304, `immutable` for content-hashed chunks and `no-cache` (revalidate) for the rest.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, gzip, constants as zlib } from 'node:zlib';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The demo's CSP (docs/architecture.md, Embedding): the widgets must work under exactly this. */
export const DEMO_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** A year: the longest max-age caches honour. Only for files whose name changes with their content. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Keep, but ask the server (a cheap 304 via the ETag) before every use. */
export const REVALIDATE = 'no-cache';

/** A rollup chunk under chunks/ named `<name>-<8-character content hash>.js` (see rollup.config.mjs). */
export function isHashedChunk(relativePath: string): boolean {
  return /(^|\/)chunks\/[^/]+-[a-z0-9]{8}\.js$/.test(relativePath);
}

export interface ServeOptions {
  /** Which files never change under their name (get a year of `immutable`). Default: none. */
  immutable?: (relativePath: string) => boolean;
}

/**
 * Serves `relativePath` (already stripped of the mount prefix, still URL-encoded) from
 * `root`. Answers 404 for anything missing, hidden or outside the root.
 */
export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  root: string,
  relativePath: string,
  options: ServeOptions = {},
): Promise<void> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relativePath);
  } catch {
    return notFound(res);
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return notFound(res);
  if (decoded === '' || decoded.endsWith('/')) decoded += 'index.html';
  const rootAbs = resolve(root);
  const file = resolve(join(rootAbs, decoded));
  // Dotfiles (".env", ".git") are never part of a demo.
  if (!file.startsWith(rootAbs + sep) || decoded.split('/').some((part) => part.startsWith('.'))) return notFound(res);

  let entry: CachedFile;
  try {
    entry = await cachedFile(file);
  } catch {
    return notFound(res);
  }

  const type = MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const compressible = /^(text\/|application\/json|image\/svg)/.test(type) && entry.identity.length >= MIN_COMPRESS_BYTES;
  const encoding = compressible ? negotiateEncoding(req.headers['accept-encoding']) : 'identity';
  const etag = `"${entry.hash}${encoding === 'identity' ? '' : `-${encoding}`}"`;
  const headers: Record<string, string | number> = {
    'Content-Type': type,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': options.immutable?.(decoded) ? IMMUTABLE : REVALIDATE,
    'Referrer-Policy': 'no-referrer',
    ETag: etag,
  };
  if (compressible) headers.Vary = 'Accept-Encoding';
  if (type.startsWith('text/html')) headers['Content-Security-Policy'] = DEMO_CSP;

  if (etagMatches(req.headers['if-none-match'], etag)) {
    res.writeHead(304, headers);
    return void res.end();
  }
  const body = await representation(entry, encoding);
  if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
  headers['Content-Length'] = body.length;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

export function notFound(res: ServerResponse): void {
  const body = 'Not found\n';
  res.writeHead(404, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}

type Encoding = 'br' | 'gzip' | 'identity';

/** Below this, compression saves less than the header costs. */
const MIN_COMPRESS_BYTES = 512;

/**
 * The best encoding the client accepts: brotli (about 15 % smaller than gzip on our chunks and
 * feeds), then gzip, else none. Honours q-values, `q=0` refusals and `*`.
 */
export function negotiateEncoding(header: string | string[] | undefined): Encoding {
  const weights = new Map<string, number>();
  for (const part of String(header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim().match(/^q=([\d.]+)$/)?.[1]).find((v) => v !== undefined);
    weights.set(name, q === undefined ? 1 : Number(q));
  }
  const weight = (coding: string) => weights.get(coding) ?? weights.get('*') ?? 0;
  const best = (['br', 'gzip'] as const).reduce<{ coding: Encoding; q: number }>(
    (top, coding) => (weight(coding) > top.q ? { coding, q: weight(coding) } : top),
    { coding: 'identity', q: 0 },
  );
  return best.coding;
}

/** `If-None-Match` lists ETags (or `*`); compared weakly, as RFC 9110 asks for GET. */
function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

interface CachedFile {
  mtimeMs: number;
  size: number;
  hash: string;
  identity: Buffer;
  compressed: Partial<Record<Exclude<Encoding, 'identity'>, Promise<Buffer>>>;
}

// Keyed by absolute path and checked against mtime and size on every request, so a rebuild
// (npm run build while the demo runs) is served at once, with a new ETag.
const cache = new Map<string, CachedFile>();

async function cachedFile(file: string): Promise<CachedFile> {
  const info = await stat(file);
  if (!info.isFile()) throw new Error('not a file');
  const known = cache.get(file);
  if (known && known.mtimeMs === info.mtimeMs && known.size === info.size) return known;
  const identity = await readFile(file);
  const entry: CachedFile = {
    mtimeMs: info.mtimeMs,
    size: info.size,
    hash: createHash('sha256').update(identity).digest('base64url').slice(0, 22),
    identity,
    compressed: {},
  };
  cache.set(file, entry);
  return entry;
}

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Compresses a file version once (in the thread pool, off the event loop); later requests reuse the promise. */
function representation(entry: CachedFile, encoding: Encoding): Promise<Buffer> {
  if (encoding === 'identity') return Promise.resolve(entry.identity);
  entry.compressed[encoding] ??=
    encoding === 'br'
      ? brotliAsync(entry.identity, {
          params: {
            // Quality 11 takes ~1.4 s on the 550 KB sample feed against 0.17 s at 9 for ~15 % more bytes;
            // chunks (≤ 110 KB) get 11, since they are what every page load waits for.
            [zlib.BROTLI_PARAM_QUALITY]: entry.size <= 256 * 1024 ? 11 : 9,
            [zlib.BROTLI_PARAM_SIZE_HINT]: entry.size,
          },
        })
      : gzipAsync(entry.identity, { level: 9 });
  return entry.compressed[encoding]!;
}
