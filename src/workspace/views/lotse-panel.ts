import { html, nothing, type TemplateResult } from 'lit';
import type { CurrentLotse } from '../api/koordination-client.js';
import type { WorkspaceI18n } from '../i18n/workspace-i18n.js';
import { languageWord, topicWord } from '../shared/request-words.js';

/**
 * A Lotse request's Lotse as the office's Lotsen feed lists them today, beside what the
 * resident sent: whether they still take new people, their languages, place and topics. A
 * warning comes first when the Lotse takes nobody new or has left the list, because then the
 * office has to talk to them, or to the resident, before arranging anything.
 */
export function renderLotsePanel(i18n: WorkspaceI18n, lotse: CurrentLotse): TemplateResult {
  const t = i18n.t.bind(i18n);
  return html`<section class="panel" aria-labelledby="lotse-title">
    <h2 id="lotse-title">${t('lotse.title')}</h2>
    ${lotse.found ? renderRecord(i18n, lotse) : html`<p class="notice ${lotse.problem === 'not-in-list' ? 'error' : ''}" role="note">${problemText(i18n, lotse.problem)}</p>`}
  </section>`;
}

function renderRecord(i18n: WorkspaceI18n, lotse: Extract<CurrentLotse, { found: true }>): TemplateResult {
  const t = i18n.t.bind(i18n);
  const r = lotse.record;
  const languages = r.languages.map((spec) => languageWord(i18n, typeof spec === 'string' ? spec : spec.code)).join(', ');
  return html`${r.available ? nothing : html`<p class="notice error" role="note">${t('lotse.unavailable')}</p>`}
    <p class="hint">${t('lotse.hint')}</p>
    <dl class="facts">
      <dt>${t('detail.lotseName')}</dt>
      <dd>${r.name}</dd>
      <dt>${t('lotse.available')}</dt>
      <dd>${r.available ? t('lotse.availableYes') : t('lotse.availableNo')}</dd>
      <dt>${t('detail.language')}</dt>
      <dd>${languages}</dd>
      <dt>${t('detail.place')}</dt>
      <dd>${r.place.ort}</dd>
      <dt>${t('detail.topics')}</dt>
      <dd>${r.topics.map((topic) => topicWord(i18n, topic)).join(', ')}</dd>
    </dl>
    ${lotse.updated ? html`<p class="hint">${t('lotse.updated', i18n.date(lotse.updated))}</p>` : nothing}`;
}

function problemText(i18n: WorkspaceI18n, problem: Extract<CurrentLotse, { found: false }>['problem']): string {
  switch (problem) {
    case 'not-in-list':
      return i18n.t('lotse.notInList');
    case 'no-list':
      return i18n.t('lotse.noList');
    default:
      return i18n.t('lotse.unreadable');
  }
}
