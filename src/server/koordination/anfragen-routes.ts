/**
 * The inbox routes under /api/koordination. Every one of them sees only the caller's
 * Kommunen: a request of another Kommune answers 404 exactly like one that does not exist —
 * on list filters, detail, change, erasure, suggestions and export — so an account cannot
 * even learn that it exists (test/server/koordination-isolation.test.ts, route by route).
 */
import { kommuneByCode } from '../../core/place/kommunen.js';
import { REQUEST_STATUSES, type RequestStatus } from '../../core/schema/request.js';
import { NO_BODY, readJsonBody } from '../http/json-body.js';
import { sendInvalid, sendJson, sendNotFound } from '../http/json-response.js';
import { requestNumber } from '../mail/request-mails.js';
import { anfragenToCsv, OFFICE_COLUMNS } from '../receiver/csv-export.js';
import { inScope, type ListFilter, type StoredAnfrage } from '../store/index.js';
import { nextStatuses } from './anfrage-workflow.js';
import { anfragenToXlsx } from './anfragen-xlsx.js';
import { ID, type Route, type RouteContext } from './api-context.js';
import { currentLotse } from './current-lotse.js';
import { findInterpreter, suggestionsFor } from './suggestions.js';

const MAX_BODY = 16 * 1024;
export const NOTE_MAX_LENGTH = 4000;
/** A note may hold line breaks and tabs, no other control characters. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job.
const NOTE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const PAGE_DEFAULT = 50;
const PAGE_MAX = 200;

/** The stored request if it is the caller's, else undefined (and the route answers 404). */
async function ownRequest(ctx: RouteContext): Promise<StoredAnfrage | undefined> {
  const id = ctx.params[0]!.toLowerCase();
  ctx.logId(id);
  const stored = await ctx.services.store.requests.get(id);
  return stored && inScope(ctx.session.account.kommunen, stored.request.kommune) ? stored : undefined;
}

/** The inbox's filters from the query string; `undefined` fields are unset, errors name the parameter. */
function filterFrom(ctx: RouteContext): ListFilter | { invalid: string } | 'out-of-scope' {
  const q = ctx.url.searchParams;
  const scope = ctx.session.account.kommunen;
  const filter: ListFilter = { scope, order: 'inbox' };
  const status = q.get('status');
  if (status) {
    if (!(REQUEST_STATUSES as readonly string[]).includes(status)) return { invalid: 'status' };
    filter.status = status as RequestStatus;
  }
  const kommune = q.get('kommune');
  if (kommune) {
    if (!/^\d{5}(\d{3})?$/.test(kommune)) return { invalid: 'kommune' };
    // Another office's code is "not found", like another office's request.
    const covered = kommune.length === 8 ? inScope(scope, kommune) : scope.some((code) => code.startsWith(kommune));
    if (!covered) return 'out-of-scope';
    filter.kommune = kommune;
  }
  const kind = q.get('kind');
  if (kind) {
    if (!/^[a-z-]{2,20}$/.test(kind)) return { invalid: 'kind' };
    filter.kind = kind;
  }
  const language = q.get('language');
  if (language) {
    if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language)) return { invalid: 'language' };
    filter.language = language;
  }
  for (const key of ['from', 'to'] as const) {
    const value = q.get(key);
    if (!value) continue;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return { invalid: key };
    filter[key] = value;
  }
  const number = q.get('number')?.trim().replace(/\s/g, '');
  if (number) {
    if (!/^[0-9a-fA-F-]{1,36}$/.test(number)) return { invalid: 'number' };
    filter.number = number;
  }
  return filter;
}

function summary(a: StoredAnfrage) {
  const { request } = a;
  const need = request.need as { language: string; date?: string; from?: string; mode?: string; setting?: string };
  return {
    id: a.id,
    number: requestNumber(a.id),
    kind: request.kind,
    status: a.status,
    receivedAt: a.receivedAt,
    kommune: request.kommune,
    language: need.language,
    date: need.date,
    from: need.from,
    mode: need.mode,
    setting: need.setting,
    requester: { type: request.requester.type, organisation: request.requester.organisation },
    assignment: a.assignment,
    ...(request.kind === 'lotse' ? { lotseName: request.need.lotseName } : {}),
  };
}

async function detail(ctx: RouteContext, stored: StoredAnfrage) {
  const answer = {
    item: { ...summary(stored), updatedAt: stored.updatedAt, request: stored.request, note: stored.note },
    kommuneName: kommuneByCode(stored.request.kommune)?.name ?? stored.request.kommune,
    next: nextStatuses(stored, ctx.services.now()),
    audit: await ctx.services.store.audit.forAnfrage(stored.id),
  };
  return stored.request.kind === 'lotse' ? { ...answer, lotse: await currentLotse(ctx.services.lotsen, stored.request) } : answer;
}

async function list(ctx: RouteContext): Promise<void> {
  const filter = filterFrom(ctx);
  if (filter === 'out-of-scope') return sendNotFound(ctx.res);
  if ('invalid' in filter)
    return sendInvalid(ctx.res, [{ path: filter.invalid, code: 'invalid-value', message: `Invalid ${filter.invalid}.` }]);
  const limit = Math.min(PAGE_MAX, Math.max(1, Number(ctx.url.searchParams.get('limit')) || PAGE_DEFAULT));
  const offset = Math.max(0, Math.trunc(Number(ctx.url.searchParams.get('offset')) || 0));
  const { requests } = ctx.services.store;
  const [items, total, counts] = [
    await requests.list({ ...filter, limit, offset }),
    await requests.total(filter),
    await requests.countByStatus(filter),
  ];
  sendJson(ctx.res, 200, { items: items.map(summary), total, offset, limit, counts });
}

async function exportAs(ctx: RouteContext, format: 'csv' | 'xlsx'): Promise<void> {
  const filter = filterFrom(ctx);
  if (filter === 'out-of-scope') return sendNotFound(ctx.res);
  if ('invalid' in filter)
    return sendInvalid(ctx.res, [{ path: filter.invalid, code: 'invalid-value', message: `Invalid ${filter.invalid}.` }]);
  const { store, now } = ctx.services;
  const items = await store.requests.list({ ...filter, order: 'appointment' });
  await store.audit.record(
    {
      actorKind: 'account',
      actorId: ctx.session.account.id,
      kommune: ctx.session.account.kommunen.join(','),
      action: 'export',
      to: `${format}:${items.length}`,
    },
    now(),
  );
  const day = now().toISOString().slice(0, 10);
  const body = format === 'csv' ? Buffer.from(anfragenToCsv(items, OFFICE_COLUMNS), 'utf8') : await anfragenToXlsx(items, OFFICE_COLUMNS);
  ctx.res.writeHead(200, {
    'Content-Type':
      format === 'csv' ? 'text/csv; charset=utf-8; header=present' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'Content-Disposition': `attachment; filename="anfragen-${day}.${format}"`,
    'Content-Length': body.length,
  });
  ctx.res.end(body);
}

async function show(ctx: RouteContext): Promise<void> {
  const stored = await ownRequest(ctx);
  if (!stored) return sendNotFound(ctx.res);
  sendJson(ctx.res, 200, await detail(ctx, stored));
}

/**
 * `{ status?, note?, interpreterId?, interpreterName? }`. "Vermitteln an …" is
 * `{ status: "matched", interpreterId }`: the name and gender come from the office's list,
 * never from the browser. `interpreterName` records someone arranged outside the list.
 */
async function change(ctx: RouteContext): Promise<void> {
  const stored = await ownRequest(ctx);
  if (!stored) return sendNotFound(ctx.res);
  const body = await readJsonBody(ctx.req, ctx.res, MAX_BODY);
  if (body === NO_BODY) return;
  const { status, note, interpreterId, interpreterName } = (body ?? {}) as Record<string, unknown>;
  const errors: Array<{ path: string; code: string; message: string }> = [];
  if (status !== undefined && !(REQUEST_STATUSES as readonly unknown[]).includes(status)) {
    errors.push({ path: 'status', code: 'invalid-value', message: `Expected one of: ${REQUEST_STATUSES.join(', ')}.` });
  }
  if (note !== undefined && (typeof note !== 'string' || note.length > NOTE_MAX_LENGTH || NOTE_FORBIDDEN.test(note))) {
    errors.push({ path: 'note', code: 'invalid-value', message: `Plain text of at most ${NOTE_MAX_LENGTH} characters.` });
  }
  if (interpreterId !== undefined && (typeof interpreterId !== 'string' || interpreterId.length > 200)) {
    errors.push({ path: 'interpreterId', code: 'invalid-value', message: 'A record id of the interpreter list.' });
  }
  if (interpreterName !== undefined && (typeof interpreterName !== 'string' || !interpreterName.trim() || interpreterName.length > 200)) {
    errors.push({ path: 'interpreterName', code: 'invalid-value', message: 'A name of at most 200 characters.' });
  }
  if ((interpreterId !== undefined || interpreterName !== undefined) && status !== 'matched') {
    errors.push({ path: 'status', code: 'invalid-value', message: 'An interpreter is recorded together with status "matched".' });
  }
  if (errors.length) return sendInvalid(ctx.res, errors);

  const { workflow, lists, now } = ctx.services;
  const actor = { kind: 'account' as const, id: ctx.session.account.id };
  if (status !== undefined && status !== stored.status && !nextStatuses(stored, now()).includes(status as RequestStatus)) {
    return sendJson(ctx.res, 409, {
      error: 'transition-not-allowed',
      from: stored.status,
      to: status,
      allowed: nextStatuses(stored, now()),
    });
  }
  let assignment: StoredAnfrage['assignment'];
  if (typeof interpreterId === 'string') {
    const record = await findInterpreter(lists, stored.request.kommune, interpreterId);
    if (!record) return sendInvalid(ctx.res, [{ path: 'interpreterId', code: 'unknown-interpreter', message: 'Not in the current list.' }]);
    assignment = { id: record.id, name: record.name, ...(record.gender ? { gender: record.gender } : {}) };
  } else if (typeof interpreterName === 'string') {
    assignment = { name: interpreterName.trim() };
  }
  if (typeof note === 'string') await workflow.setNote(stored.id, note, actor);
  if (status !== undefined) await workflow.changeStatus(stored.id, status as RequestStatus, actor, ctx.base, assignment);
  const after = await ctx.services.store.requests.get(stored.id);
  if (!after) return sendNotFound(ctx.res);
  sendJson(ctx.res, 200, await detail(ctx, after));
}

async function erase(ctx: RouteContext): Promise<void> {
  const stored = await ownRequest(ctx);
  if (!stored) return sendNotFound(ctx.res);
  await ctx.services.workflow.erase(stored.id, { kind: 'account', id: ctx.session.account.id });
  ctx.res.writeHead(204).end();
}

async function suggestions(ctx: RouteContext): Promise<void> {
  const stored = await ownRequest(ctx);
  if (!stored) return sendNotFound(ctx.res);
  const answer = await suggestionsFor(stored.request, ctx.services.lists, ctx.services.now());
  sendJson(ctx.res, 200, answer.ok ? answer : { ok: false, problem: answer.problem, items: [] });
}

export const ANFRAGEN_ROUTES: Route[] = [
  { method: 'GET', pattern: /^\/anfragen$/, access: 'session', handle: list },
  { method: 'GET', pattern: /^\/anfragen\.csv$/, access: 'session', handle: (ctx) => exportAs(ctx, 'csv') },
  { method: 'GET', pattern: /^\/anfragen\.xlsx$/, access: 'session', handle: (ctx) => exportAs(ctx, 'xlsx') },
  { method: 'GET', pattern: new RegExp(`^/anfragen/${ID}$`), access: 'session', handle: show },
  { method: 'PATCH', pattern: new RegExp(`^/anfragen/${ID}$`), access: 'session', handle: change },
  { method: 'DELETE', pattern: new RegExp(`^/anfragen/${ID}$`), access: 'session', handle: erase },
  { method: 'GET', pattern: new RegExp(`^/anfragen/${ID}/vorschlaege$`), access: 'session', handle: suggestions },
];
