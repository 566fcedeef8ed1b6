/**
 * The network half of feed loading: fetch with timeout, abort and a size cap, to the feed's
 * text. Free of the schemas, so a widget can fetch while the validation code is still loading
 * (src/components/shared/controllers/feed-controller.ts).
 */

import { startDeadline } from '../net/deadline.js';
import type { FeedError } from './feed-errors.js';

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

/** The body as text, with the response's content type for the "not JSON" message; or why not. */
export type FeedText = { ok: true; text: string; contentType?: string } | { ok: false; error: FeedError };

const fail = (error: FeedError): FeedText => ({ ok: false, error });

/** Resolves with the text or a typed error; never rejects. */
export async function fetchFeedText(url: string, opts: LoadFeedOptions = {}): Promise<FeedText> {
  try {
    return await fetchText(url, opts);
  } catch (error) {
    return fail({ code: 'network', message: `The feed could not be loaded: ${String(error)}`, url });
  }
}

async function fetchText(url: string, opts: LoadFeedOptions): Promise<FeedText> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const doFetch = opts.fetch ?? globalThis.fetch;
  if (opts.signal?.aborted) return fail({ code: 'aborted', message: 'Loading the feed was cancelled.', url });

  const deadline = startDeadline(timeoutMs, opts.signal);
  const interrupted = (): FeedText | undefined =>
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
    return { ok: true, text, contentType: response.headers.get('content-type') ?? undefined };
  } finally {
    deadline.dispose();
  }
}

function tooLarge(url: string, maxBytes: number, actual?: number): FeedText {
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
