/** CORS for the public POST: only origins the webmaster listed may post from a browser. */
import type { ServerResponse } from 'node:http';

export function normaliseOrigin(origin: string): string {
  return origin.trim().replace(/\/+$/, '').toLowerCase();
}

export function isSameOrigin(origin: string, host: string | undefined): boolean {
  if (!host) return false;
  try {
    return new URL(origin).host.toLowerCase() === host.toLowerCase();
  } catch {
    return false;
  }
}

export function setCorsHeaders(res: ServerResponse, origin: string): void {
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Vary', 'Origin');
  // Retry-After is not a CORS-safelisted response header: without this the widget on
  // another origin could not honour it.
  res.setHeader('Access-Control-Expose-Headers', 'Retry-After');
}
