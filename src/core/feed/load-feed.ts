/**
 * Fetches and validates a feed. Resolves with a typed error instead of rejecting, so a
 * component can render every failure the same way and never leaves a promise unhandled.
 */

import { startDeadline } from '../net/deadline.js';
import type { FeedKind } from '../schema/index.js';
import type { FeedError, FeedResult } from './feed-errors.js';
import { validateFeedDocument } from './validate-feed.js';

export interface LoadFeedOptions {
  signal?: AbortSignal;
  /** Default 15 s: long enough for a slow CMS, short enough that a resident is told. */
  timeoutMs?: number;
  /** Default 5 MB: ~10 000 records; more would freeze a phone while parsing. */
  maxBytes?: number;
  fetch?: typeof fetch;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

const fail = <K extends FeedKind>(error: FeedError): FeedResult<K> => ({ ok: false, error });

export async function loadFeed<K extends FeedKind>(
  source: string | URL | unknown,
  kind: K,
  opts: LoadFeedOptions = {},
): Promise<FeedResult<K>> {
  try {
    if (typeof source !== 'string' && !(source instanceof URL)) return validateFeedDocument(source, kind);
    return await fetchFeed(String(source), kind, opts);
  } catch (error) {
    return fail({ code: 'network', message: `The feed could not be loaded: ${String(error)}`, url: String(source) });
  }
}

async function fetchFeed<K extends FeedKind>(url: string, kind: K, opts: LoadFeedOptions): Promise<FeedResult<K>> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const doFetch = opts.fetch ?? globalThis.fetch;
  if (opts.signal?.aborted) return fail({ code: 'aborted', message: 'Loading the feed was cancelled.', url });

  const deadline = startDeadline(timeoutMs, opts.signal);
  const interrupted = (): FeedResult<K> | undefined =>
    deadline.timedOut
      ? fail({ code: 'timeout', message: `The feed did not answer within ${timeoutMs / 1000} s.`, url })
      : opts.signal?.aborted
        ? fail({ code: 'aborted', message: 'Loading the feed was cancelled.', url })
        : undefined;

  try {
    let response: Response;
    try {
      // No credentials: feeds are public, and cookies would make this a tracking request.
      response = await doFetch(url, {
        signal: deadline.signal,
        credentials: 'omit',
        headers: { accept: 'application/json' },
      });
    } catch (error) {
      return (
        interrupted() ??
        fail({
          code: 'network',
          message: `The feed could not be reached (${String(error)}). Check the URL and that the server allows cross-origin requests (CORS).`,
          url,
        })
      );
    }
    if (!response.ok) {
      void response.body?.cancel().catch(() => {});
      return fail({
        code: 'http',
        message: `The feed server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
        url,
        status: response.status,
      });
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      void response.body?.cancel().catch(() => {});
      return tooLarge(url, maxBytes, declared);
    }
    let text: string;
    try {
      const body = await readCapped(response, maxBytes);
      if (body === undefined) return tooLarge(url, maxBytes);
      text = body;
    } catch (error) {
      return interrupted() ?? fail({ code: 'network', message: `Reading the feed failed: ${String(error)}`, url });
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch {
      const start = text.trimStart().slice(0, 1);
      return fail({
        code: 'not-json',
        message: start === '<' ? 'The feed URL returned HTML, not JSON (often a CMS error or login page).' : 'The feed is not valid JSON.',
        url,
        actual: response.headers.get('content-type') ?? undefined,
      });
    }
    const result = validateFeedDocument(parsed, kind);
    if (!result.ok) result.error.url = url;
    return result;
  } finally {
    deadline.dispose();
  }
}

function tooLarge<K extends FeedKind>(url: string, maxBytes: number, actual?: number): FeedResult<K> {
  return fail({
    code: 'too-large',
    message: `The feed is larger than ${Math.round(maxBytes / 1024)} KB; split it or raise maxBytes.`,
    url,
    expected: maxBytes,
    actual,
  });
}

/** Reads the body as text, or undefined once it passes `maxBytes` (chunked bodies lie about size). */
async function readCapped(response: Response, maxBytes: number): Promise<string | undefined> {
  if (!response.body) {
    const text = await response.text();
    return text.length > maxBytes ? undefined : text;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      void reader.cancel().catch(() => {});
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
