/**
 * `GET /feeds/<kommune>/<kind>.json`: the feeds an office published from the workspace, for
 * the widgets' `feed` attribute on any site. Only `lotsen` and `sprachkurse`: the interpreter
 * list answers 404 like a feed that does not exist (feed-files.ts).
 *
 * - CORS `*`: a feed is public and the widget runs on the Kommune's own site, not here.
 * - ETag (a hash of the content) with If-None-Match → 304, and `max-age=300, must-revalidate`:
 *   a page view within five minutes costs nothing, later ones a 304 until the office
 *   publishes again.
 * - gzip or brotli when the client accepts it: 5,000 sample Lotsen (4.6 MB) go as 343 KB gzip
 *   or 206 KB brotli.
 *
 * Each file is read and compressed once per version (mtime and size), like the interpreter
 * lists; a new publish renames a new file into place, which changes both. Compressing runs in
 * zlib's thread pool: brotli on a 5 MB feed takes a second or two, which must not stall
 * every other request.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { KOMMUNE_CODE } from '../store/index.js';
import { feedFilePath, isFeedKind, isPublishedKind } from './feed-files.js';

export const FEEDS_PATH = '/feeds/';
const FEED_PATH = /^\/feeds\/(\d{5}(?:\d{3})?)\/([a-z]+)\.json$/;
export const FEED_CACHE_CONTROL = 'public, max-age=300, must-revalidate';
/** Below this, compressing costs more than it saves. */
const COMPRESS_FROM_BYTES = 1024;
const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

type Encoding = 'br' | 'gzip' | 'identity';

interface Loaded {
  version: string;
  /** The content hash; each encoding's ETag adds its own suffix. */
  hash: string;
  lastModified: string;
  bodies: Partial<Record<Encoding, Buffer>>;
}

export function isFeedsPath(path: string): boolean {
  return path.startsWith(FEEDS_PATH);
}

/** The encoding to send: brotli before gzip when both are accepted (q > 0), else the plain bytes. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (name) accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return 'identity';
}

function etagOf(hash: string, encoding: Encoding): string {
  return encoding === 'identity' ? `"${hash}"` : `"${hash}-${encoding}"`;
}

/** If-None-Match against any encoding of the same content: a 304 only says the content is unchanged. */
function notModified(header: string | undefined, hash: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const value = tag.trim().replace(/^W\//, '');
    return value === '*' || value === `"${hash}"` || value === `"${hash}-br"` || value === `"${hash}-gzip"`;
  });
}

export class PublishedFeeds {
  readonly #dir: string | undefined;
  readonly #cache = new Map<string, Loaded>();

  constructor(feedsDir: string | undefined) {
    this.#dir = feedsDir;
  }

  async handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // A page elsewhere that isolates itself (COEP) may still load the feed.
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    const method = req.method ?? 'GET';
    if (method === 'OPTIONS') {
      res.writeHead(204, { 'Access-Control-Allow-Methods': 'GET, HEAD', 'Access-Control-Max-Age': '86400', Allow: 'GET, HEAD' });
      res.end();
      return;
    }
    const loaded = await this.#find(path);
    if (!loaded) return sendPlain(res, 404, 'Not found');
    if (method !== 'GET' && method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD, OPTIONS');
      return sendPlain(res, 405, 'Method not allowed');
    }
    const encoding = loaded.bodies.br ? chooseEncoding(req.headers['accept-encoding']) : 'identity';
    const headers: Record<string, string | number> = {
      'Cache-Control': FEED_CACHE_CONTROL,
      ETag: etagOf(loaded.hash, encoding),
      'Last-Modified': loaded.lastModified,
      Vary: 'Accept-Encoding',
      'Access-Control-Expose-Headers': 'ETag, Last-Modified',
    };
    if (notModified(req.headers['if-none-match'], loaded.hash)) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    const body = loaded.bodies[encoding]!;
    headers['Content-Type'] = 'application/json; charset=utf-8';
    headers['Content-Length'] = body.length;
    if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
    res.writeHead(200, headers);
    res.end(method === 'HEAD' ? undefined : body);
  }

  async #find(path: string): Promise<Loaded | undefined> {
    const match = FEED_PATH.exec(path);
    if (!this.#dir || !match) return undefined;
    const [, kommune = '', kind = ''] = match;
    if (!KOMMUNE_CODE.test(kommune) || !isFeedKind(kind) || !isPublishedKind(kind)) return undefined;
    const file = feedFilePath(this.#dir, kommune, kind);
    let version: string;
    let mtime: Date;
    try {
      const info = await stat(file);
      if (!info.isFile()) return undefined;
      version = `${info.mtimeMs}/${info.size}`;
      mtime = info.mtime;
    } catch {
      return undefined;
    }
    const cached = this.#cache.get(file);
    if (cached?.version === version) return cached;
    let raw: Buffer;
    try {
      raw = await readFile(file);
    } catch {
      return undefined;
    }
    const loaded: Loaded = {
      version,
      hash: createHash('sha256').update(raw).digest('base64url').slice(0, 32),
      lastModified: mtime.toUTCString(),
      bodies: { identity: raw },
    };
    if (raw.length >= COMPRESS_FROM_BYTES) {
      [loaded.bodies.gzip, loaded.bodies.br] = await Promise.all([
        gzipAsync(raw, { level: 9 }),
        brotliAsync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
      ]);
    }
    this.#cache.set(file, loaded);
    return loaded;
  }
}

function sendPlain(res: ServerResponse, status: number, text: string): void {
  res.setHeader('Cache-Control', 'no-store');
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}
