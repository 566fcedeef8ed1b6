/**
 * Serves a folder read-only for the demo: fixed MIME table, no directory listings, and no
 * way out of the folder (decoded path is resolved and must stay under the root; "..",
 * encoded "%2e%2e", backslashes and NUL all end in 404).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

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

/**
 * Serves `relativePath` (already stripped of the mount prefix, still URL-encoded) from
 * `root`. Answers 404 for anything missing, hidden or outside the root.
 */
export async function serveStatic(req: IncomingMessage, res: ServerResponse, root: string, relativePath: string): Promise<void> {
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

  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(file);
  } catch {
    return notFound(res);
  }
  if (!info.isFile()) return notFound(res);

  const type = MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const headers: Record<string, string | number> = {
    'Content-Type': type,
    'Content-Length': info.size,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
    'Referrer-Policy': 'no-referrer',
  };
  if (type.startsWith('text/html')) {
    headers['Content-Security-Policy'] = DEMO_CSP;
  }
  res.writeHead(200, headers);
  if (req.method === 'HEAD') return void res.end();
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

export function notFound(res: ServerResponse): void {
  const body = 'Not found\n';
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}
