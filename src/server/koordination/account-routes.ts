/**
 * Session, password, second-factor and account routes under /api/koordination.
 *
 *   POST login {email, password, code?}   200 + cookie | 401 invalid-credentials | 401 code-required | 401 invalid-code | 429
 *   POST logout                           204, session ended on the server
 *   GET  sitzung                          who is logged in (and whether a second factor must be set up first)
 *   POST passwort/pruefen {token}         the address a password link is for | 404 invalid-link
 *   POST passwort {token, password}       sets the password once per link | 400 weak-password | 404 invalid-link
 *   POST passwort/aendern {current, password}
 *   POST totp/einrichten                  a new secret and its otpauth:// URI (pending until confirmed)
 *   POST totp/bestaetigen {code}          switches the second factor on
 *   POST totp/ausschalten {password}      off again, unless the office requires it
 *   GET/POST konten, PATCH konten/:id, POST konten/:id/link   admins only
 *   GET  protokoll                        deletions, exports, account changes (own Kommunen; admins all)
 */
import { kommuneByCode } from '../../core/place/kommunen.js';
import { clientAddress } from '../http/client-address.js';
import { NO_BODY, readJsonBody } from '../http/json-body.js';
import { sendInvalid, sendJson, sendNotFound } from '../http/json-response.js';
import { type Account, inScope } from '../store/index.js';
import { createAccount, describe, issuePasswordLink, parseKommunen, passwordLinkPath, setPassword } from './account-admin.js';
import type { Route, RouteContext } from './api-context.js';
import { verifyPassword } from './password-hash.js';
import { looksLikeToken, tokenHash } from './secret-token.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';
import { matchTotp, newTotpSecret, otpauthUri } from './totp.js';

const MAX_BODY = 8 * 1024;

async function body(ctx: RouteContext): Promise<Record<string, unknown> | undefined> {
  const parsed = await readJsonBody(ctx.req, ctx.res, MAX_BODY);
  if (parsed === NO_BODY) return undefined;
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    sendInvalid(ctx.res, [{ path: '', code: 'invalid-type', message: 'Expected a JSON object.' }]);
    return undefined;
  }
  return parsed as Record<string, unknown>;
}

/** Spends one attempt of the caller's address; answers 429 when none is left. */
function limited(ctx: RouteContext): boolean {
  const { attemptLimiter, trustProxy, now } = ctx.services;
  const decision = attemptLimiter.take(clientAddress(ctx.req, trustProxy), now().getTime());
  if (decision.allowed) return false;
  ctx.res.setHeader('Retry-After', String(decision.retryAfterSeconds));
  sendJson(ctx.res, 429, { error: 'rate-limited', retryAfterSeconds: decision.retryAfterSeconds });
  return true;
}

function accountView(account: Account) {
  return {
    id: account.id,
    email: account.email,
    admin: account.admin,
    kommunen: account.kommunen.map((code) => ({ code, name: kommuneByCode(code)?.name ?? code })),
    hasPassword: account.hasPassword,
    totpEnabled: account.totpEnabled,
    totpRequired: account.totpRequired,
    disabled: account.disabled,
    createdAt: account.createdAt,
  };
}

function actorOf(ctx: RouteContext) {
  return { kind: 'account' as const, id: ctx.session.account.id };
}

async function login(ctx: RouteContext): Promise<void> {
  if (limited(ctx)) return;
  const b = await body(ctx);
  if (!b) return;
  const { email, password, code } = b;
  if (typeof email !== 'string' || typeof password !== 'string' || email.length > 254 || password.length > 1024) {
    return sendJson(ctx.res, 401, { error: 'invalid-credentials' });
  }
  const result = await ctx.services.auth.login(email, password, typeof code === 'string' ? code : undefined);
  if (!result.ok) {
    if (result.error === 'throttled') {
      ctx.res.setHeader('Retry-After', String(result.retryAfterSeconds));
      return sendJson(ctx.res, 429, { error: 'rate-limited', retryAfterSeconds: result.retryAfterSeconds });
    }
    return sendJson(ctx.res, 401, { error: result.error });
  }
  setSessionCookie(ctx.req, ctx.res, result.sessionId);
  sendJson(ctx.res, 200, { account: accountView(result.session.account), needsTotpSetup: result.session.needsTotpSetup });
}

async function logout(ctx: RouteContext): Promise<void> {
  await ctx.services.auth.logout(ctx.session);
  clearSessionCookie(ctx.req, ctx.res);
  ctx.res.writeHead(204).end();
}

async function who(ctx: RouteContext): Promise<void> {
  sendJson(ctx.res, 200, { account: accountView(ctx.session.account), needsTotpSetup: ctx.session.needsTotpSetup });
}

async function linkAccount(ctx: RouteContext, token: unknown): Promise<Account | undefined> {
  if (!looksLikeToken(token)) return undefined;
  const { store, now } = ctx.services;
  const accountId = await store.passwordLinks.peek(tokenHash(token), now());
  const account = accountId ? await store.accounts.get(accountId) : undefined;
  return account && !account.disabled ? account : undefined;
}

async function checkLink(ctx: RouteContext): Promise<void> {
  if (limited(ctx)) return;
  const b = await body(ctx);
  if (!b) return;
  const account = await linkAccount(ctx, b.token);
  if (!account) return sendJson(ctx.res, 404, { error: 'invalid-link' });
  sendJson(ctx.res, 200, { email: account.email });
}

async function setFromLink(ctx: RouteContext): Promise<void> {
  if (limited(ctx)) return;
  const b = await body(ctx);
  if (!b) return;
  const account = await linkAccount(ctx, b.token);
  if (!account) return sendJson(ctx.res, 404, { error: 'invalid-link' });
  const { store, auth, now } = ctx.services;
  const set = await setPassword(store, account, String(b.password ?? ''), auth.cost, { kind: 'account', id: account.id }, now());
  if (!set.ok) return sendJson(ctx.res, 400, { error: 'weak-password', problem: set.problem });
  // Spent only once the password is accepted: a too-short first try does not burn the link.
  await store.passwordLinks.consume(tokenHash(b.token as string), now());
  ctx.res.writeHead(204).end();
}

async function changePassword(ctx: RouteContext): Promise<void> {
  const b = await body(ctx);
  if (!b) return;
  const { store, auth, now } = ctx.services;
  const secrets = await store.accounts.secrets(ctx.session.account.id);
  if (!secrets?.passwordHash || typeof b.current !== 'string' || !(await verifyPassword(b.current, secrets.passwordHash))) {
    return sendJson(ctx.res, 403, { error: 'wrong-password' });
  }
  const set = await setPassword(store, ctx.session.account, String(b.password ?? ''), auth.cost, actorOf(ctx), now(), ctx.session.idHash);
  if (!set.ok) return sendJson(ctx.res, 400, { error: 'weak-password', problem: set.problem });
  ctx.res.writeHead(204).end();
}

async function startTotp(ctx: RouteContext): Promise<void> {
  // Replacing a working second factor would let a stolen session swap in the thief's phone:
  // switching it off needs the password first.
  if (ctx.session.account.totpEnabled) return sendJson(ctx.res, 409, { error: 'already-enabled' });
  const secret = newTotpSecret();
  await ctx.services.store.accounts.setTotpPending(ctx.session.account.id, secret, ctx.services.now());
  sendJson(ctx.res, 200, { secret, uri: otpauthUri(secret, ctx.session.account.email) });
}

async function confirmTotp(ctx: RouteContext): Promise<void> {
  const b = await body(ctx);
  if (!b) return;
  const { store, now } = ctx.services;
  const { account, idHash } = ctx.session;
  const pending = (await store.accounts.secrets(account.id))?.totpPending;
  const step = pending && typeof b.code === 'string' ? matchTotp(pending, b.code, now()) : undefined;
  if (step === undefined) return sendJson(ctx.res, 400, { error: 'invalid-code' });
  await store.transaction(async (tx) => {
    await tx.accounts.enableTotp(account.id, now());
    await tx.accounts.spendTotpStep(account.id, step);
    await tx.sessions.markSecondFactor(idHash);
    await tx.sessions.deleteForAccount(account.id, idHash);
    await tx.audit.record({ actorKind: 'account', actorId: account.id, action: 'totp-enabled', to: account.email }, now());
  });
  ctx.res.writeHead(204).end();
}

async function disableTotp(ctx: RouteContext): Promise<void> {
  const b = await body(ctx);
  if (!b) return;
  const { store, auth, now } = ctx.services;
  const { account } = ctx.session;
  if (auth.requiresSecondFactor({ ...account, totpEnabled: false })) return sendJson(ctx.res, 409, { error: 'required-by-policy' });
  const secrets = await store.accounts.secrets(account.id);
  if (!secrets?.passwordHash || typeof b.password !== 'string' || !(await verifyPassword(b.password, secrets.passwordHash))) {
    return sendJson(ctx.res, 403, { error: 'wrong-password' });
  }
  await store.accounts.disableTotp(account.id, now());
  await store.audit.record({ actorKind: 'account', actorId: account.id, action: 'totp-disabled', to: account.email }, now());
  ctx.res.writeHead(204).end();
}

async function listAccounts(ctx: RouteContext): Promise<void> {
  sendJson(ctx.res, 200, { items: (await ctx.services.store.accounts.list()).map(accountView) });
}

async function addAccount(ctx: RouteContext): Promise<void> {
  const b = await body(ctx);
  if (!b) return;
  const { store, now } = ctx.services;
  const kommunen = Array.isArray(b.kommunen) ? b.kommunen.filter((k): k is string => typeof k === 'string') : [];
  const created = await createAccount(
    store,
    { email: String(b.email ?? ''), kommunen, admin: b.admin === true, totpRequired: b.totpRequired === true },
    actorOf(ctx),
    now(),
  );
  if ('problem' in created) {
    return sendJson(ctx.res, created.problem === 'email-taken' ? 409 : 400, { error: created.problem, detail: created.detail });
  }
  const token = await issuePasswordLink(store, created.account.id, now());
  sendJson(ctx.res, 201, { account: accountView(created.account), setupUrl: ctx.base + passwordLinkPath(token) });
}

async function changeAccount(ctx: RouteContext): Promise<void> {
  const { store, now } = ctx.services;
  const target = await store.accounts.get(ctx.params[0]!);
  if (!target) return sendNotFound(ctx.res);
  const b = await body(ctx);
  if (!b) return;
  if (target.id === ctx.session.account.id && (b.disabled === true || b.admin === false)) {
    return sendJson(ctx.res, 409, { error: 'cannot-lock-out-self' });
  }
  let kommunen: string[] | undefined;
  if (b.kommunen !== undefined) {
    const parsed = parseKommunen(Array.isArray(b.kommunen) ? b.kommunen.map(String) : []);
    if (parsed.invalid.length) return sendJson(ctx.res, 400, { error: 'invalid-kommune', detail: parsed.invalid.join(', ') });
    kommunen = parsed.codes;
  }
  await store.transaction(async (tx) => {
    const at = now();
    if (typeof b.disabled === 'boolean') {
      await tx.accounts.setDisabled(target.id, b.disabled, at);
      if (b.disabled) await tx.sessions.deleteForAccount(target.id);
    }
    if (typeof b.admin === 'boolean') await tx.accounts.setAdmin(target.id, b.admin, at);
    if (typeof b.totpRequired === 'boolean') await tx.accounts.setTotpRequired(target.id, b.totpRequired, at);
    if (kommunen) await tx.accounts.setKommunen(target.id, kommunen, at);
    const after = (await tx.accounts.get(target.id))!;
    await tx.audit.record(
      { actorKind: 'account', actorId: ctx.session.account.id, action: 'account-changed', from: describe(target), to: describe(after) },
      at,
    );
  });
  sendJson(ctx.res, 200, { account: accountView((await store.accounts.get(target.id))!) });
}

async function newLink(ctx: RouteContext): Promise<void> {
  const { store, now } = ctx.services;
  const target = await store.accounts.get(ctx.params[0]!);
  if (!target) return sendNotFound(ctx.res);
  const token = await issuePasswordLink(store, target.id, now());
  sendJson(ctx.res, 200, { setupUrl: ctx.base + passwordLinkPath(token) });
}

async function protocol(ctx: RouteContext): Promise<void> {
  const { account } = ctx.session;
  const entries = await ctx.services.store.audit.general(500);
  // Coordinators see what happened in their own Kommunen; admins also the account changes.
  const visible = entries.filter((e) =>
    e.kommune ? account.admin || e.kommune.split(',').some((k) => inScope(account.kommunen, k)) : account.admin,
  );
  sendJson(ctx.res, 200, { items: visible.slice(0, 200) });
}

const UUID = '([0-9a-f-]{36})';

export const ACCOUNT_ROUTES: Route[] = [
  { method: 'POST', pattern: /^\/login$/, access: 'public', handle: login },
  { method: 'POST', pattern: /^\/logout$/, access: 'setup', handle: logout },
  { method: 'GET', pattern: /^\/sitzung$/, access: 'setup', handle: who },
  { method: 'POST', pattern: /^\/passwort\/pruefen$/, access: 'public', handle: checkLink },
  { method: 'POST', pattern: /^\/passwort$/, access: 'public', handle: setFromLink },
  { method: 'POST', pattern: /^\/passwort\/aendern$/, access: 'session', handle: changePassword },
  { method: 'POST', pattern: /^\/totp\/einrichten$/, access: 'setup', handle: startTotp },
  { method: 'POST', pattern: /^\/totp\/bestaetigen$/, access: 'setup', handle: confirmTotp },
  { method: 'POST', pattern: /^\/totp\/ausschalten$/, access: 'session', handle: disableTotp },
  { method: 'GET', pattern: /^\/konten$/, access: 'admin', handle: listAccounts },
  { method: 'POST', pattern: /^\/konten$/, access: 'admin', handle: addAccount },
  { method: 'PATCH', pattern: new RegExp(`^/konten/${UUID}$`), access: 'admin', handle: changeAccount },
  { method: 'POST', pattern: new RegExp(`^/konten/${UUID}/link$`), access: 'admin', handle: newLink },
  { method: 'GET', pattern: /^\/protokoll$/, access: 'session', handle: protocol },
];
