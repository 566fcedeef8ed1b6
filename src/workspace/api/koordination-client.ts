/**
 * The workspace's side of /api/koordination (docs/koordination.md): same-origin fetch with
 * the session cookie, JSON both ways, and every outcome as a value — the views render
 * failures instead of catching them. A 401 on any call except the login means the session
 * ended: the app hears it (`onSessionLost`) and shows the login again.
 *
 * The answer shapes are written out here rather than imported from the server, so no server
 * module can slip into the browser bundle.
 */
import type { AnfrageRequest, RequestStatus } from '../../core/schema/request.js';

export const API = '/api/koordination';

export interface AccountView {
  id: string;
  email: string;
  admin: boolean;
  kommunen: Array<{ code: string; name: string }>;
  hasPassword: boolean;
  totpEnabled: boolean;
  totpRequired: boolean;
  disabled: boolean;
  createdAt: string;
}

export interface SessionView {
  account: AccountView;
  needsTotpSetup: boolean;
}

export interface Assignment {
  id?: string;
  name: string;
  gender?: string;
}

export interface AnfrageSummary {
  id: string;
  number: string;
  kind: string;
  status: RequestStatus;
  receivedAt: string;
  kommune: string;
  language: string;
  date?: string;
  from?: string;
  mode?: string;
  setting?: string;
  requester: { type: string; organisation?: string };
  assignment?: Assignment;
  /** A Lotse request: the Lotse the resident asked for. */
  lotseName?: string;
}

export interface InboxPage {
  items: AnfrageSummary[];
  total: number;
  offset: number;
  limit: number;
  counts: Partial<Record<RequestStatus, number>>;
}

export interface AuditEntry {
  at: string;
  actorKind: 'account' | 'token' | 'requester' | 'system';
  actorEmail?: string;
  kommune?: string;
  action: string;
  from?: string;
  to?: string;
}

export interface AnfrageDetail {
  /** `request` is what the requester sent; its `kind` says which shape `need` has. */
  item: AnfrageSummary & { updatedAt: string; request: AnfrageRequest; note: string };
  kommuneName: string;
  next: RequestStatus[];
  audit: AuditEntry[];
  /** For a Lotse request: the Lotse as the office's Lotsen feed lists them today (src/server/koordination/current-lotse.ts). */
  lotse?: CurrentLotse;
}

export type CurrentLotse =
  | {
      found: true;
      record: {
        id: string;
        name: string;
        languages: Array<string | { code: string }>;
        place: { ort: string };
        topics: string[];
        available: boolean;
      };
      updated?: string;
    }
  | { found: false; problem: 'no-list' | 'unreadable' | 'invalid' | 'not-in-list' };

export interface Reason {
  code: string;
  params: Record<string, unknown>;
}

export interface InterpreterRecord {
  id: string;
  name: string;
  gender?: string;
  languages: Array<string | { code: string; level?: string }>;
  noticeDays?: number;
  place?: { ort: string };
  serves?: string[];
}

export type SuggestionsAnswer =
  | {
      ok: true;
      list: { kommune: string; publisher: string; updated?: string; size: number; skipped: number };
      total: number;
      items: Array<{ record: InterpreterRecord; score: number; distanceKm?: number; reasons: Reason[] }>;
      relaxations: Array<{ code: string; params: Record<string, unknown>; count: number }>;
    }
  | { ok: false; problem: 'no-list' | 'unreadable' | 'invalid' | 'not-applicable'; items: [] };

export type ApiResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; error: string; body: Record<string, unknown> }
  | { ok: false; status: 0; error: 'offline'; body: Record<string, unknown> };

let sessionLost: () => void = () => undefined;

/** Called (by the app) with what to do when the server says the session is over. */
export function onSessionLost(handler: () => void): void {
  sessionLost = handler;
}

export async function api<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(`${API}${path}`, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      ...(signal ? { signal } : {}),
    });
  } catch {
    return { ok: false, status: 0, error: 'offline', body: {} };
  }
  const parsed = res.status === 204 ? {} : ((await res.json().catch(() => ({}))) as Record<string, unknown>);
  if (res.ok) return { ok: true, status: res.status, data: parsed as T };
  const error = typeof parsed.error === 'string' ? parsed.error : `http-${res.status}`;
  if (res.status === 401 && error === 'login-required') sessionLost();
  return { ok: false, status: res.status, error, body: parsed };
}
