/**
 * What happens to a request after it arrives, in one place for every door it can come
 * through (the public POST, the bearer-token routes for scripts, the workspace): each change
 * is stored together with its audit entry and its mails, in one transaction.
 */
import { berlinDate } from '../../core/calendar/berlin-time.js';
import type { AnfrageRequest, RequestStatus } from '../../core/schema/request.js';
import { confirmation, officeNotice, requestNumber, statusUpdate } from '../mail/request-mails.js';
import type { Assignment, AuditActorKind, InsertResult, NewAuditEntry, Store, StoredAnfrage } from '../store/index.js';
import { newSecretToken, tokenHash } from './secret-token.js';

export interface Actor {
  kind: AuditActorKind;
  /** Account id when kind is `account`. */
  id?: string;
}

export interface WorkflowOptions {
  store: Store;
  now: () => Date;
  /** Kommune → office addresses (WIR_NOTIFY). */
  notify: ReadonlyMap<string, readonly string[]>;
  /** False when no outbox worker runs (a bare receiver): then nothing is queued that nobody would send. */
  mail: boolean;
  /** Called after a transaction that queued mail has committed. */
  mailQueued: () => void;
}

/**
 * A replay (the same request sent again, answered 200) gets a fresh status link, stored as a
 * hash like the first: the sender whose first answer was lost — a dropped connection after
 * the commit — otherwise could never reach the status page. This reveals nothing new: a
 * replay must repeat the whole request, name and contact included (else it is a 409), so
 * whoever can replay already knows everything the status page could tell. Links per request
 * are capped so a script replaying in a loop cannot grow the table.
 */
export const MAX_STATUS_LINKS = 10;

export interface ReceiveOutcome {
  result: InsertResult;
  /** `/anfrage/<id>#<token>` on this server, when a link was issued. */
  statusPath?: string;
}

/** Turns a path on this server into a full URL (WIR_PUBLIC_URL, or the Host the request came to). */
export type LinkBase = string;

export function statusPath(id: string, token: string): string {
  return `/anfrage/${id}#${token}`;
}

export class AnfrageWorkflow {
  readonly #o: WorkflowOptions;

  constructor(options: WorkflowOptions) {
    this.#o = options;
  }

  async receive(request: AnfrageRequest, base: LinkBase): Promise<ReceiveOutcome> {
    const now = this.#o.now();
    let queued = false;
    const outcome = await this.#o.store.transaction(async (tx) => {
      const result = await tx.requests.insert(request, now);
      if (result.kind === 'conflict') return { result };
      if (result.kind === 'replay' && (await tx.statusLinks.count(request.id)) >= MAX_STATUS_LINKS) return { result };
      const path = await issueStatusLink(tx, request.id, now);
      if (result.kind === 'created') {
        await tx.audit.record(
          { actorKind: 'requester', anfrageId: request.id, kommune: request.kommune, action: 'received', to: 'received' },
          now,
        );
        for (const mail of [officeNotice(request, this.#o.notify, `${base}/koordination/`), confirmation(request, base + path)]) {
          if (mail) queued = (await tx.outbox.enqueue(mail, now)) || queued;
        }
      }
      return { result, statusPath: path };
    });
    if (queued) this.#o.mailQueued();
    return outcome;
  }

  /**
   * Moves a request to `to`, records who did it, and tells the requester on `matched` and
   * `cancelled`. `assignment` is recorded with `matched`; leaving `matched` clears it.
   * Returns undefined when the request does not exist.
   */
  async changeStatus(
    id: string,
    to: RequestStatus,
    actor: Actor,
    base: LinkBase,
    assignment?: Assignment,
  ): Promise<StoredAnfrage | undefined> {
    const now = this.#o.now();
    let queued = false;
    const updated = await this.#o.store.transaction(async (tx) => {
      const before = await tx.requests.get(id);
      if (!before) return undefined;
      const assignmentChanged = to === 'matched' ? assignment !== undefined : before.assignment !== undefined;
      if (before.status === to && !assignmentChanged) return before;
      if (before.status !== to) await tx.requests.setStatus(id, to, now);
      if (assignmentChanged) {
        await tx.requests.setAssignment(id, to === 'matched' ? assignment : undefined, now);
        if (to === 'matched' && assignment) await this.#audit(tx, before, actor, 'assigned', before.assignment?.name, assignment.name, now);
      }
      if (before.status !== to) await this.#audit(tx, before, actor, 'status', before.status, to, now);
      const after = (await tx.requests.get(id))!;
      if (this.#o.mail && before.status !== to && (to === 'matched' || to === 'cancelled') && after.request.requester.email) {
        const mail = statusUpdate(after, base + (await issueStatusLink(tx, id, now)), crypto.randomUUID());
        if (mail) queued = (await tx.outbox.enqueue(mail, now)) || queued;
      }
      return after;
    });
    if (queued) this.#o.mailQueued();
    return updated;
  }

  async setNote(id: string, note: string, actor: Actor): Promise<StoredAnfrage | undefined> {
    const now = this.#o.now();
    return this.#o.store.transaction(async (tx) => {
      const before = await tx.requests.get(id);
      if (!before) return undefined;
      if (before.note === note) return before;
      await tx.requests.setNote(id, note, now);
      // The note's text stays out of the audit trail: it may hold personal details.
      await this.#audit(tx, before, actor, 'note', undefined, undefined, now);
      return tx.requests.get(id);
    });
  }

  /**
   * Erasure for good: the row, its status links, unsent mails and audit entries go (the store
   * scrubs the bytes from the files), and one new entry keeps who deleted which request
   * number, when — not the id, which would tie the entry to copies held elsewhere.
   */
  async erase(id: string, actor: Actor): Promise<boolean> {
    const now = this.#o.now();
    return this.#o.store.transaction(async (tx) => {
      const before = await tx.requests.get(id);
      if (!before) return false;
      await tx.requests.delete(id);
      const entry: NewAuditEntry = { actorKind: actor.kind, kommune: before.request.kommune, action: 'deleted', to: requestNumber(id) };
      if (actor.id) entry.actorId = actor.id;
      await tx.audit.record(entry, now);
      return true;
    });
  }

  /** Retention: requests older than the cutoff go with their trails; one entry records how many. */
  async purgeReceivedBefore(cutoff: Date): Promise<number> {
    const now = this.#o.now();
    return this.#o.store.transaction(async (tx) => {
      const deleted = await tx.requests.deleteReceivedBefore(cutoff);
      if (deleted > 0) await tx.audit.record({ actorKind: 'system', action: 'retention', to: String(deleted) }, now);
      return deleted;
    });
  }

  async #audit(
    tx: Store,
    before: StoredAnfrage,
    actor: Actor,
    action: 'status' | 'assigned' | 'note',
    from: string | undefined,
    to: string | undefined,
    now: Date,
  ): Promise<void> {
    const entry: NewAuditEntry = { actorKind: actor.kind, anfrageId: before.id, kommune: before.request.kommune, action };
    if (actor.id) entry.actorId = actor.id;
    if (from !== undefined) entry.from = from;
    if (to !== undefined) entry.to = to;
    await tx.audit.record(entry, now);
  }
}

async function issueStatusLink(tx: Store, id: string, now: Date): Promise<string> {
  const token = newSecretToken();
  await tx.statusLinks.add(id, tokenHash(token), now);
  return statusPath(id, token);
}

/**
 * Where a coordinator may move a request from where it is (the workspace offers these and
 * the API refuses others): `neu → in Bearbeitung → vermittelt | abgesagt`, `erledigt` once
 * the appointment day has come, and a step back for a slip of the hand.
 */
export function nextStatuses(stored: StoredAnfrage, now: Date): RequestStatus[] {
  const date = (stored.request.need as { date?: string }).date;
  const dayHasCome = !date || date <= berlinDate(now.getTime());
  switch (stored.status) {
    case 'received':
      return ['in-progress', 'matched', 'cancelled'];
    case 'in-progress':
      return ['received', 'matched', 'cancelled'];
    case 'matched':
      return dayHasCome ? ['done', 'in-progress', 'cancelled'] : ['in-progress', 'cancelled'];
    case 'done':
      return ['matched'];
    case 'cancelled':
      return ['in-progress'];
  }
}
