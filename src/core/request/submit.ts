/**
 * Sends a request to the receiver so that it arrives, and arrives once (docs/architecture.md, Request contract v1).
 *
 * - The draft id goes in the body and in `Idempotency-Key`: a retry after a lost response is
 *   answered 200 (replay) by the receiver instead of creating a second request.
 * - Each attempt has its own timeout; network errors, timeouts, 408, 429 and 5xx are retried
 *   with exponential backoff and jitter (so many widgets that failed together do not come
 *   back together); 429 waits as long as `Retry-After` asks, up to a cap.
 * - It never rejects: every way a send can end is a `SubmitOutcome` the form can explain.
 *
 * Framework-free and DOM-free: only `fetch`, `AbortController`, `setTimeout` from globalThis.
 */

import { startDeadline } from '../net/deadline.js';
import { REQUEST_ERROR_MESSAGES, type RequestFieldError } from './request-messages.js';

export type SubmitFailureKind =
  | 'invalid' // 400: the receiver rejected fields (see `errors`)
  | 'conflict' // 409: this id was already used for a different request
  | 'too-large' // 413
  | 'rate-limited' // 429
  | 'server' // 5xx
  | 'rejected' // any other 4xx (wrong endpoint, CORS/origin refused, unsupported media type)
  | 'network' // no HTTP answer at all (offline, DNS, connection reset)
  | 'timeout' // no complete answer within `timeoutMs` (or 408)
  | 'aborted'; // the caller's signal fired

export type SubmitOutcome =
  | {
      ok: true;
      status: 200 | 201;
      id: string;
      replay: boolean;
      /** Where the requester can follow the request, when the receiver offers such a page (http or https only). */
      statusUrl?: string;
    }
  | {
      ok: false;
      kind: SubmitFailureKind;
      /** Whether sending the same request again later may succeed. */
      retryable: boolean;
      status?: number;
      /** From `Retry-After` on 429/503, in seconds. */
      retryAfterSeconds?: number;
      /** Field errors from a 400 body. */
      errors?: RequestFieldError[];
    };

export interface SubmitAttemptInfo {
  /** 1-based number of the attempt that just ended. */
  attempt: number;
  outcome: SubmitOutcome;
  /** Milliseconds until the next attempt; undefined when this was the last one. */
  nextDelayMs?: number;
}

export interface SubmitOptions {
  endpoint: string;
  /** Aborts the whole send, including waits between attempts. */
  signal?: AbortSignal;
  /** Per attempt, covering the response body too. Default 15 000. */
  timeoutMs?: number;
  /** Including the first. Default 4. */
  maxAttempts?: number;
  /** First backoff delay; doubles per attempt. Default 500. */
  baseDelayMs?: number;
  /** Upper bound for one backoff delay. Default 8 000. */
  maxDelayMs?: number;
  /**
   * Longest `Retry-After` we wait for inside one send. A longer one ends the send with
   * `rate-limited` and `retryAfterSeconds`, so the form can tell the user instead of
   * spinning for minutes. Default 30.
   */
  maxRetryAfterSeconds?: number;
  fetch?: typeof globalThis.fetch;
  /** Injected for tests; must reject or resolve early when `signal` aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Jitter source, injected for deterministic tests. Default Math.random. */
  random?: () => number;
  onAttempt?: (info: SubmitAttemptInfo) => void;
}

type Failure = Extract<SubmitOutcome, { ok: false }>;

const DEFAULTS = {
  timeoutMs: 15_000,
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterSeconds: 30,
};

/** Any request of the contract: only its `id` (the Idempotency-Key) and its JSON matter here. */
export async function submitRequest(request: { readonly id: string }, options: SubmitOptions): Promise<SubmitOutcome> {
  const opts = { ...DEFAULTS, ...stripUndefined(options) };
  const doFetch = options.fetch ?? globalThis.fetch;
  const sleep = options.sleep ?? abortableSleep;
  const random = options.random ?? Math.random;
  const maxAttempts = Math.max(1, Math.floor(opts.maxAttempts));
  // No address is a page without `endpoint`: fetch('') would post the person's data to the page itself.
  if (!options.endpoint.trim()) return { ok: false, kind: 'rejected', retryable: false };
  let body: string;
  try {
    body = JSON.stringify(request);
  } catch {
    return { ok: false, kind: 'invalid', retryable: false, errors: [] };
  }

  let last: SubmitOutcome = { ok: false, kind: 'network', retryable: true };
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    if (options.signal?.aborted) return aborted();
    last = await attemptOnce(doFetch, options.endpoint, request.id, body, opts.timeoutMs, options.signal);
    const nextDelayMs = !last.ok && last.retryable && attempt < maxAttempts ? delayBefore(attempt + 1, last, opts, random) : undefined;
    options.onAttempt?.({ attempt, outcome: last, nextDelayMs });
    if (last.ok || !last.retryable || nextDelayMs === undefined) return last;
    try {
      await sleep(nextDelayMs, options.signal);
    } catch {
      return aborted();
    }
    if (options.signal?.aborted) return aborted();
  }
  return last;
}

function aborted(): SubmitOutcome {
  // Retryable: the user cancelled, nothing is wrong with the request itself.
  return { ok: false, kind: 'aborted', retryable: true };
}

/** Delay before attempt `next`, or undefined if the server asked for a longer pause than we wait. */
function delayBefore(next: number, failure: Failure, opts: typeof DEFAULTS, random: () => number): number | undefined {
  if (failure.retryAfterSeconds !== undefined) {
    if (failure.retryAfterSeconds > opts.maxRetryAfterSeconds) return undefined;
    // A little jitter on top, never below what the server asked for.
    return failure.retryAfterSeconds * 1000 + Math.floor(random() * opts.baseDelayMs * 0.2);
  }
  const exponential = Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** (next - 2));
  // "Equal jitter": half fixed, half random, so waits grow reliably but spread out.
  return Math.round(exponential / 2 + random() * (exponential / 2));
}

async function attemptOnce(
  doFetch: typeof globalThis.fetch,
  endpoint: string,
  id: string,
  body: string,
  timeoutMs: number,
  outer: AbortSignal | undefined,
): Promise<SubmitOutcome> {
  const deadline = startDeadline(timeoutMs, outer);
  try {
    const response = await doFetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': id },
      body,
      signal: deadline.signal,
      // Never follow a redirect with the request body to somewhere the host did not configure.
      redirect: 'error',
      credentials: 'omit',
    });
    // Reading the body is inside the timeout: a server that sends headers and then stalls
    // must not hang the form.
    const text = await response.text();
    return outcomeFor(response.status, response.headers, text, id);
  } catch {
    if (outer?.aborted) return aborted();
    if (deadline.timedOut) return { ok: false, kind: 'timeout', retryable: true };
    return { ok: false, kind: 'network', retryable: true };
  } finally {
    deadline.dispose();
  }
}

function outcomeFor(status: number, headers: { get(name: string): string | null }, text: string, id: string): SubmitOutcome {
  if (status === 201 || status === 200) {
    const parsed = parseJson(text);
    const serverId = isRecord(parsed) && typeof parsed.id === 'string' ? parsed.id : id;
    const statusUrl = isRecord(parsed) ? httpUrl(parsed.statusUrl) : undefined;
    return { ok: true, status, id: serverId, replay: status === 200, ...(statusUrl ? { statusUrl } : {}) };
  }
  const retryAfterSeconds = parseRetryAfter(headers.get('retry-after'));
  const withRetryAfter = retryAfterSeconds === undefined ? {} : { retryAfterSeconds };
  if (status === 400) return { ok: false, kind: 'invalid', retryable: false, status, errors: errorsFrom(text) };
  if (status === 409) return { ok: false, kind: 'conflict', retryable: false, status };
  if (status === 413) return { ok: false, kind: 'too-large', retryable: false, status };
  if (status === 408) return { ok: false, kind: 'timeout', retryable: true, status };
  if (status === 429) return { ok: false, kind: 'rate-limited', retryable: true, status, ...withRetryAfter };
  if (status >= 500) return { ok: false, kind: 'server', retryable: true, status, ...withRetryAfter };
  return { ok: false, kind: 'rejected', retryable: false, status };
}

function errorsFrom(text: string): RequestFieldError[] {
  const parsed = parseJson(text);
  if (!isRecord(parsed) || !Array.isArray(parsed.errors)) return [];
  const errors: RequestFieldError[] = [];
  for (const entry of parsed.errors) {
    if (!isRecord(entry) || typeof entry.path !== 'string') continue;
    const code = typeof entry.code === 'string' ? entry.code : 'invalid';
    const message = typeof entry.message === 'string' ? entry.message : (REQUEST_ERROR_MESSAGES[code] ?? REQUEST_ERROR_MESSAGES.invalid!);
    errors.push({ path: entry.path, code, message });
  }
  return errors;
}

/**
 * `Retry-After` is either delay-seconds or an HTTP-date (RFC 9110 §10.2.3). Returns whole
 * seconds from now, or undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

/** Resolves after `ms`, or rejects as soon as `signal` aborts. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Error('aborted'));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new Error('aborted'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** A link the widget may show: absolute http(s) only, never `javascript:` or a relative path it cannot place. */
function httpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
