/**
 * The workspace's session cookie. HttpOnly (no script reads it), SameSite=Strict (no other
 * site's page can make the browser send it), Secure with the `__Host-` prefix (HTTPS only,
 * this host only, path /) — except when browser and server are both on loopback, where the
 * demo and tests run over plain http. The cookie holds a random id; the database only its hash.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isLoopbackRequest } from '../http/public-url.js';

const SECURE_NAME = '__Host-wir-koordination';
const LOOPBACK_NAME = 'wir-koordination';

export function readSessionCookie(req: IncomingMessage): string | undefined {
  const header = req.headers.cookie ?? '';
  const wanted = isLoopbackRequest(req) ? LOOPBACK_NAME : SECURE_NAME;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === wanted) return part.slice(eq + 1).trim();
  }
  return undefined;
}

function attributes(req: IncomingMessage): string {
  return isLoopbackRequest(req) ? 'Path=/; HttpOnly; SameSite=Strict' : 'Path=/; HttpOnly; SameSite=Strict; Secure';
}

/** A browser-session cookie (no Max-Age): the server ends it after 8 idle hours anyway. */
export function setSessionCookie(req: IncomingMessage, res: ServerResponse, sessionId: string): void {
  const name = isLoopbackRequest(req) ? LOOPBACK_NAME : SECURE_NAME;
  res.setHeader('Set-Cookie', `${name}=${sessionId}; ${attributes(req)}`);
}

export function clearSessionCookie(req: IncomingMessage, res: ServerResponse): void {
  const name = isLoopbackRequest(req) ? LOOPBACK_NAME : SECURE_NAME;
  res.setHeader('Set-Cookie', `${name}=; ${attributes(req)}; Max-Age=0`);
}
