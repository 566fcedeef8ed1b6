/**
 * The address people reach this server at, for links in answers and mails. WIR_PUBLIC_URL
 * when set (required with SMTP: a mail must never carry a link built from a Host header an
 * attacker chose); otherwise the Host the request came to, which is fine for the answer to
 * that same request and for the demo.
 */
import type { IncomingMessage } from 'node:http';

const HOST = /^[A-Za-z0-9.-]+(?::\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](?::\d{1,5})?$/;

export function normalisePublicUrl(raw: string): string {
  const url = new URL(raw);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('must be an http(s) URL');
  return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
}

export function linkBase(req: IncomingMessage, publicUrl: string | undefined, trustProxy: boolean): string {
  if (publicUrl) return publicUrl;
  const host = req.headers.host ?? '';
  const forwardedProto = trustProxy
    ? String(req.headers['x-forwarded-proto'] ?? '')
        .split(',')[0]
        ?.trim()
    : '';
  const scheme = forwardedProto === 'https' ? 'https' : 'http';
  return `${scheme}://${HOST.test(host) ? host : '127.0.0.1'}`;
}

/**
 * Whether the browser talks to us on its own machine, without a proxy: then (and only then)
 * cookies may go without Secure, since plain http://127.0.0.1 is what the demo and tests use.
 * Behind a proxy on the same machine the socket is local too, but the Host is the public name.
 */
export function isLoopbackRequest(req: IncomingMessage): boolean {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
  const address = req.socket.remoteAddress ?? '';
  const localSocket = address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
  const localHost = host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
  return localSocket && localHost && req.headers['x-forwarded-for'] === undefined;
}
