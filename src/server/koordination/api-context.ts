/**
 * What every workspace route gets: the HTTP pair, the parsed URL, the caller's session and
 * the shared services. Routes are plain functions over this context, listed in tables
 * (anfragen-routes.ts, account-routes.ts) that koordination-api.ts dispatches.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TokenBucketLimiter } from '../http/rate-limit.js';
import type { Store } from '../store/index.js';
import type { AnfrageWorkflow } from './anfrage-workflow.js';
import type { InterpreterLists, OfficeFeeds } from './interpreter-lists.js';
import type { KoordinationAuth, Session } from './koordination-auth.js';

export interface KoordinationServices {
  store: Store;
  auth: KoordinationAuth;
  workflow: AnfrageWorkflow;
  lists: InterpreterLists;
  /** WIR_FEEDS_DIR: the offices' lists, published ones and the interpreter lists (feeds/feed-files.ts). */
  feedsDir?: string;
  /** The offices' published Lotsen feeds, for a Lotse request's detail. */
  lotsen: OfficeFeeds<'lotsen'>;
  now: () => Date;
  log: (line: string) => void;
  /** Login, password-link and status-link attempts per client address. */
  attemptLimiter: TokenBucketLimiter;
  trustProxy: boolean;
  publicUrl?: string;
}

export interface RouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  /** Captured path parts of the route's pattern. */
  params: string[];
  /** Set on every route except the public ones. */
  session: Session;
  /** Base for links in answers and mails (see http/public-url.ts). */
  base: string;
  services: KoordinationServices;
  /** Request id for the log line (never personal data). */
  logId(id: string): void;
}

/**
 * public: anyone (login, password links); setup: a session that may still have to set up its
 * second factor; session: a full session; admin: a full session of an admin.
 */
export type Access = 'public' | 'setup' | 'session' | 'admin';

export interface Route {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Matched against the path after /api/koordination; groups become `params`. */
  pattern: RegExp;
  access: Access;
  handle(ctx: RouteContext): Promise<void>;
}

/** A request id in a path: lower-cased, as the store keeps it. */
export const ID = '([0-9a-fA-F-]{36})';
