/**
 * The lists part of /api/koordination (src/server/koordination/listen-routes.ts): the stored
 * feeds, and sending a sheet to be checked or published. Uploads go through XMLHttpRequest
 * because fetch() reports no upload progress, and a 10 MB sheet on an office line takes a
 * while. Outcomes are values, as in koordination-client.ts; a 401 ends the session there too.
 */
import type { ImportResult } from '../../core/import/index.js';
import type { FeedKind } from '../../core/schema/index.js';
import { API, type ApiResult, api } from './koordination-client.js';

export interface StoredFeed {
  kommune: string;
  kind: FeedKind;
  records: number;
  publisher?: string;
  updated?: string;
  savedAt: string;
  /** Lotsen and courses; the interpreter list is never published. */
  published: boolean;
  url?: string;
}

export interface ListsOverview {
  configured: boolean;
  maxBytes: number;
  kommunen: Array<{ code: string; name: string }>;
  feeds: StoredFeed[];
}

/** The server's check of an upload: the core's import result without the feed, and whether it can be published. */
export type SheetCheck = Omit<ImportResult, 'feed'> & { looksLike?: FeedKind; publishable: boolean };

export interface PublishAnswer {
  feed: StoredFeed;
  check: SheetCheck;
}

export function loadLists(signal?: AbortSignal): Promise<ApiResult<ListsOverview>> {
  return api<ListsOverview>('GET', '/listen', undefined, signal);
}

export interface UploadTarget {
  kommune: string;
  kind: FeedKind;
  /** Publish (with the number of skipped rows the coordinator saw) instead of only checking. */
  publishSkipped?: number;
}

/** Sends the file's bytes; `onProgress` gets the share sent so far (0–1). */
export function uploadList<T>(target: UploadTarget, file: File, onProgress: (share: number) => void): Promise<ApiResult<T>> {
  const base = `${API}/listen/${target.kommune}/${target.kind}`;
  const query = new URLSearchParams({ datei: file.name });
  if (target.publishSkipped !== undefined) query.set('uebersprungen', String(target.publishSkipped));
  const url = `${target.publishSkipped === undefined ? `${base}/pruefung` : base}?${query}`;
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => resolve({ ok: false, status: 0, error: 'offline', body: {} });
    xhr.onload = () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(xhr.responseText) as Record<string, unknown>;
      } catch {
        // Not JSON (a proxy's error page): the status says enough.
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve({ ok: true, status: xhr.status, data: body as T });
      else resolve({ ok: false, status: xhr.status, error: typeof body.error === 'string' ? body.error : `http-${xhr.status}`, body });
    };
    xhr.send(file);
  });
}
