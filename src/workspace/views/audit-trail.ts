import { html, type TemplateResult } from 'lit';
import { werkstattMessages } from '../../werkstatt/werkstatt-messages.js';
import type { AuditEntry } from '../api/koordination-client.js';
import type { WorkspaceI18n } from '../i18n/workspace-i18n.js';
import { statusWord } from '../shared/request-words.js';

/** What one audit entry says, in words. */
export function auditText(i18n: WorkspaceI18n, e: AuditEntry): string {
  const t = i18n.t.bind(i18n);
  switch (e.action) {
    case 'received':
      return t('audit.received');
    case 'status':
      return t('audit.status', statusWord(i18n, e.from ?? ''), statusWord(i18n, e.to ?? ''));
    case 'note':
      return t('audit.note');
    case 'assigned':
      return t('audit.assigned', e.to ?? '');
    case 'deleted':
      return t('audit.deleted', e.to ?? '');
    case 'export': {
      const [format = '', count = '0'] = (e.to ?? '').split(':');
      return t('audit.export', format, Number(count));
    }
    case 'retention':
      return t('audit.retention', e.to ?? '');
    case 'account-created':
    case 'password-set':
    case 'totp-enabled':
    case 'totp-disabled':
      return t(`audit.${e.action}`, e.to ?? '');
    case 'feed-published': {
      const [kind = '', valid = '0', skipped = '0'] = (e.to ?? '').split(':');
      const name = (werkstattMessages(i18n.locale).kinds as Record<string, string>)[kind] ?? kind;
      return t('audit.feed-published', name, Number(valid), Number(skipped));
    }
    case 'account-changed':
      return t('audit.account-changed', e.from ?? '', e.to ?? '');
    default:
      return e.action;
  }
}

/** Who did it: the account's address, or how it happened (form, script, automatically). */
export function auditActor(i18n: WorkspaceI18n, e: AuditEntry): string {
  if (e.actorEmail) return e.actorEmail;
  if (e.actorKind === 'requester') return i18n.t('audit.by.requester');
  if (e.actorKind === 'token') return i18n.t('audit.by.token');
  return i18n.t('audit.by.system');
}

/** The trail as a list, oldest first: when, who, what. */
export function renderAuditTrail(i18n: WorkspaceI18n, entries: AuditEntry[]): TemplateResult {
  return html`<ol class="plain-list audit">
    ${entries.map(
      (e) => html`<li>
        <time datetime=${e.at}>${i18n.dateTime(e.at)}</time> — <strong>${auditText(i18n, e)}</strong>
        <span class="muted">(${auditActor(i18n, e)})</span>
      </li>`,
    )}
  </ol>`;
}
