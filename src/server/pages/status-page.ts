/**
 * The requester's status page, `/anfrage/<id>#<token>`. The token sits in the fragment, which
 * browsers never send to a server (nor in a Referer), so the page's script reads it and asks
 * `GET /api/anfrage-status/<id>` with `Authorization: Bearer <token>`. The answer carries only
 * the request number, the status and one sentence — already in the requester's locale — and
 * nothing the requester typed. A wrong token, an erased request and an unknown id all answer
 * the same 404.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson, sendMethodNotAllowed, sendNotFound, setApiHeaders } from '../http/json-response.js';
import { tokenHash } from '../koordination/secret-token.js';
import { requestNumber, statusSentence } from '../mail/request-mails.js';
import { requesterTexts } from '../mail/requester-texts.js';
import type { Store } from '../store/index.js';
import { sendShell } from './html-shell.js';

export const STATUS_PAGE_PATH = '/anfrage/';
export const STATUS_API_PATH = '/api/anfrage-status/';
const ID = /^[0-9a-f-]{36}$/;

/** The locale to speak before the request is known: the browser's first wish among ours. */
function acceptLanguage(req: IncomingMessage): string {
  const first = (req.headers['accept-language'] ?? '').split(',')[0]?.split(';')[0]?.trim();
  return first || 'de';
}

export function serveStatusPage(req: IncomingMessage, res: ServerResponse, path: string): void {
  const id = path.slice(STATUS_PAGE_PATH.length);
  if (!ID.test(id)) {
    sendNotFound(res);
    return;
  }
  const { locale, texts } = requesterTexts(acceptLanguage(req));
  sendShell(
    res,
    {
      lang: locale,
      dir: texts.dir,
      title: texts.pageTitle,
      script: 'wir-anfrage-status.js',
      element: {
        tag: 'wir-anfrage-status',
        attributes: { 'anfrage-id': id, 'failed-text': texts.failed, 'retry-text': texts.retry },
        fallback: texts.loading,
      },
    },
    req.method === 'HEAD',
  );
}

export async function answerStatus(req: IncomingMessage, res: ServerResponse, path: string, store: Store): Promise<void> {
  setApiHeaders(res);
  if (req.method !== 'GET') return sendMethodNotAllowed(res, 'GET');
  const id = path.slice(STATUS_API_PATH.length).toLowerCase();
  const token = /^Bearer\s+([A-Za-z0-9_-]{43})\s*$/.exec(req.headers.authorization ?? '')?.[1];
  const stored = ID.test(id) && token && (await store.statusLinks.matches(id, tokenHash(token))) ? await store.requests.get(id) : undefined;
  if (!stored) {
    const { locale, texts } = requesterTexts(acceptLanguage(req));
    return sendJson(res, 404, { error: 'invalid-link', locale, dir: texts.dir, title: texts.pageTitle, message: texts.invalidLink });
  }
  const { locale, texts } = requesterTexts(stored.request.locale);
  const message = statusSentence(stored, texts);
  sendJson(res, 200, {
    locale,
    dir: texts.dir,
    title: texts.pageTitle,
    numberLabel: texts.numberLabel,
    number: requestNumber(stored.id),
    status: stored.status,
    statusLabel: texts.status[stored.status],
    message,
  });
}
