/**
 * The office's lists under /api/koordination (docs/koordination.md, „Listen veröffentlichen“):
 *
 *   GET  listen                                 the stored feeds of the caller's Kommunen, with their public address
 *   POST listen/<kommune>/<kind>/pruefung       the uploaded sheet (raw bytes) → the problem table; nothing is kept
 *   POST listen/<kommune>/<kind>?uebersprungen=N  the same file again → checked again and published
 *
 * The upload is the file's bytes as application/octet-stream, its name in `?datei=`. Publishing
 * sends the file again instead of the server keeping an upload between the two calls: two
 * receivers behind one database (PostgreSQL) need no shared upload folder, and the check that
 * decides is the one made at publishing. `uebersprungen` must equal the number of rows the
 * check skips: the coordinator has seen how many rows stay out (409 with the check otherwise).
 *
 * Another office's Kommune answers 404, like everywhere in the workspace.
 */
import { kommuneByCode } from '../../core/place/kommunen.js';
import { FEED_KINDS, type FeedKind } from '../../core/schema/index.js';
import { type FeedFileInfo, feedFileInfo, isFeedKind, isPublishedKind, writeFeedFile } from '../feeds/feed-files.js';
import { sendTooLarge } from '../http/json-body.js';
import { sendJson, sendNotFound } from '../http/json-response.js';
import { readBodyCapped } from '../http/request-body.js';
import { inScope } from '../store/index.js';
import type { Route, RouteContext } from './api-context.js';
import { checkUpload, type SheetCheck } from './sheet-check.js';

/** Room for the largest lists: 5,000 sample Lotsen are 0.7 MB as .xlsx and 4.6 MB as an indented feed JSON. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const LIST = '(\\d{5}(?:\\d{3})?)/([a-z]+)';

export function publicFeedPath(kommune: string, kind: FeedKind): string {
  return `/feeds/${kommune}/${kind}.json`;
}

/** The Kommune and kind of the path if the caller may publish there; else the route answered 404. */
function target(ctx: RouteContext): { kommune: string; kind: FeedKind } | undefined {
  const [kommune = '', kind = ''] = ctx.params;
  if (!ctx.services.feedsDir || !isFeedKind(kind) || !inScope(ctx.session.account.kommunen, kommune)) {
    sendNotFound(ctx.res);
    return undefined;
  }
  return { kommune, kind };
}

/** The file name for the problem table: the last path part, without control characters, at most 120 characters. */
function fileName(ctx: RouteContext): string {
  const raw = ctx.url.searchParams.get('datei') ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is this pattern's job.
  const name = (raw.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001F\u007F]/g, '').trim();
  return name.slice(0, 120) || 'Tabelle';
}

async function upload(ctx: RouteContext): Promise<Uint8Array | undefined> {
  // Not a type a plain HTML form can send: a page elsewhere cannot post here without a preflight.
  if (!/^application\/octet-stream\s*(;|$)/i.test(ctx.req.headers['content-type'] ?? '')) {
    sendJson(ctx.res, 415, { error: 'unsupported-media-type', expected: 'application/octet-stream' });
    return undefined;
  }
  const body = await readBodyCapped(ctx.req, MAX_UPLOAD_BYTES);
  if (!body.ok) {
    if (body.reason === 'too-large') sendTooLarge(ctx.req, ctx.res, MAX_UPLOAD_BYTES);
    return undefined;
  }
  return new Uint8Array(body.body.buffer, body.body.byteOffset, body.body.length);
}

/** A stored feed as the workspace lists it: the public address only for the kinds that are published. */
function feedView(ctx: RouteContext, info: FeedFileInfo) {
  const published = isPublishedKind(info.kind);
  return { ...info, published, ...(published ? { url: ctx.base + publicFeedPath(info.kommune, info.kind) } : {}) };
}

/** The check without the feed itself: the browser shows the table, the feed stays on the server. */
function checkView(check: SheetCheck) {
  const { feed: _feed, ...rest } = check;
  return { ...rest, publishable: check.exitCode < 2 };
}

async function overview(ctx: RouteContext): Promise<void> {
  const { feedsDir } = ctx.services;
  const kommunen = ctx.session.account.kommunen;
  const feeds = [];
  if (feedsDir) {
    for (const kommune of kommunen) {
      for (const kind of FEED_KINDS) {
        const info = await feedFileInfo(feedsDir, kommune, kind);
        if (info) feeds.push(feedView(ctx, info));
      }
    }
  }
  sendJson(ctx.res, 200, {
    configured: Boolean(feedsDir),
    maxBytes: MAX_UPLOAD_BYTES,
    kommunen: kommunen.map((code) => ({ code, name: kommuneByCode(code)?.name ?? code })),
    feeds,
  });
}

async function check(ctx: RouteContext): Promise<void> {
  const where = target(ctx);
  if (!where) return;
  const bytes = await upload(ctx);
  if (!bytes) return;
  sendJson(ctx.res, 200, checkView(await checkUpload(bytes, fileName(ctx), where.kind, where.kommune)));
}

async function publish(ctx: RouteContext): Promise<void> {
  const where = target(ctx);
  if (!where) return;
  const confirmed = Number(ctx.url.searchParams.get('uebersprungen') ?? '0');
  const bytes = await upload(ctx);
  if (!bytes) return;
  const result = await checkUpload(bytes, fileName(ctx), where.kind, where.kommune);
  if (!result.feed) return sendJson(ctx.res, 422, { error: 'no-feed', check: checkView(result) });
  if (result.skipped !== confirmed) return sendJson(ctx.res, 409, { error: 'confirm-skipped', check: checkView(result) });

  const { feedsDir, store, now } = ctx.services;
  await writeFeedFile(feedsDir!, where.kommune, where.kind, `${JSON.stringify(result.feed, null, 1)}\n`);
  // Kind and counts only: no file name (it may carry a person's name), no record.
  await store.audit.record(
    {
      actorKind: 'account',
      actorId: ctx.session.account.id,
      kommune: where.kommune,
      action: 'feed-published',
      to: `${where.kind}:${result.valid}:${result.skipped}`,
    },
    now(),
  );
  const info = await feedFileInfo(feedsDir!, where.kommune, where.kind);
  sendJson(ctx.res, 200, { feed: info ? feedView(ctx, info) : undefined, check: checkView(result) });
}

export const LISTEN_ROUTES: Route[] = [
  { method: 'GET', pattern: /^\/listen$/, access: 'session', handle: overview },
  { method: 'POST', pattern: new RegExp(`^/listen/${LIST}/pruefung$`), access: 'session', handle: check },
  { method: 'POST', pattern: new RegExp(`^/listen/${LIST}$`), access: 'session', handle: publish },
];
