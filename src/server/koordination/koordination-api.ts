/**
 * The workspace's JSON API under /api/koordination (docs/koordination.md lists the routes):
 * finds the route, checks the Origin of every state-changing call, resolves the session and
 * the route's access level, then hands over. Answers are JSON with `Cache-Control: no-store`.
 *
 * Origin: a POST, PATCH or DELETE must carry an Origin header naming this server. Browsers
 * send it on every such fetch; a page on another site cannot forge it, and SameSite=Strict
 * already keeps the cookie off its requests — two independent locks on the same door.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isSameOrigin } from '../http/cors.js';
import { sendJson, sendMethodNotAllowed, sendNotFound, setApiHeaders } from '../http/json-response.js';
import { linkBase } from '../http/public-url.js';
import { ACCOUNT_ROUTES } from './account-routes.js';
import { ANFRAGEN_ROUTES } from './anfragen-routes.js';
import type { KoordinationServices, Route, RouteContext } from './api-context.js';
import { LISTEN_ROUTES } from './listen-routes.js';

export const KOORDINATION_API_PATH = '/api/koordination';

const ROUTES: readonly Route[] = [...ACCOUNT_ROUTES, ...ANFRAGEN_ROUTES, ...LISTEN_ROUTES];

export function isKoordinationApiPath(path: string): boolean {
  return path === KOORDINATION_API_PATH || path.startsWith(`${KOORDINATION_API_PATH}/`);
}

function originAllowed(req: IncomingMessage, publicUrl: string | undefined): boolean {
  const origin = req.headers.origin;
  if (!origin) return false;
  if (publicUrl && new URL(publicUrl).origin === origin.replace(/\/+$/, '')) return true;
  return isSameOrigin(origin, req.headers.host);
}

export interface KoordinationApi {
  /** Handles a request whose path is under /api/koordination; `logId` names the request for the log line. */
  handle(req: IncomingMessage, res: ServerResponse, logId: (id: string) => void): Promise<void>;
}

export function createKoordinationApi(services: KoordinationServices): KoordinationApi {
  return {
    async handle(req, res, logId) {
      setApiHeaders(res);
      const url = new URL(req.url ?? '/', 'http://receiver.invalid');
      const sub = url.pathname.slice(KOORDINATION_API_PATH.length).replace(/\/+$/, '');
      const method = req.method === 'HEAD' ? 'GET' : (req.method ?? 'GET');
      const matching = ROUTES.filter((r) => r.pattern.test(sub));
      if (matching.length === 0) return sendNotFound(res);
      const route = matching.find((r) => r.method === method);
      if (!route) return sendMethodNotAllowed(res, [...new Set(matching.map((r) => r.method))].join(', '));

      if (method !== 'GET' && !originAllowed(req, services.publicUrl)) return sendJson(res, 403, { error: 'origin-not-allowed' });

      const ctx = {
        req,
        res,
        url,
        params: (route.pattern.exec(sub) ?? []).slice(1),
        base: linkBase(req, services.publicUrl, services.trustProxy),
        services,
        logId,
      } as RouteContext;
      if (route.access !== 'public') {
        const session = await services.auth.session(req);
        if (!session) return sendJson(res, 401, { error: 'login-required' });
        if (session.needsTotpSetup && route.access !== 'setup') return sendJson(res, 403, { error: 'totp-setup-required' });
        // Another office's resources are "not found"; an admin-only route for a coordinator is too.
        if (route.access === 'admin' && !session.account.admin) return sendNotFound(res);
        ctx.session = session;
      }
      await route.handle(ctx);
    },
  };
}
