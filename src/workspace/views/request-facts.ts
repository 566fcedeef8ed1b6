import { html, nothing, type TemplateResult } from 'lit';
import { kommuneByCode } from '../../core/place/kommunen.js';
import type { AnfrageDetail } from '../api/koordination-client.js';
import type { WorkspaceI18n } from '../i18n/workspace-i18n.js';
import { languageWord, modeWord, requesterWord, settingWord, topicWord } from '../shared/request-words.js';

type Row = [label: string, value: string | TemplateResult | undefined];

function facts(rows: Row[]): TemplateResult {
  return html`<dl class="facts">
    ${rows.filter(([, value]) => value !== undefined && value !== '').map(([label, value]) => html`<dt>${label}</dt><dd>${value}</dd>`)}
  </dl>`;
}

/**
 * Everything the requester sent, as the coordinator reads it. Who asked is the same for every
 * kind; what they need switches on `request.kind` — a kind this version does not know (a
 * Lotse request from a newer form) shows its fields as they came, so nothing sent is hidden.
 */
export function renderRequestFacts(i18n: WorkspaceI18n, detail: AnfrageDetail): TemplateResult {
  const t = i18n.t.bind(i18n);
  const { request } = detail.item;
  const r = request.requester;
  return html`<h3>${t('detail.requester')}</h3>
    ${facts([
      [t('detail.type'), requesterWord(i18n, r.type)],
      [t('detail.organisation'), r.organisation],
      [t('detail.name'), r.name],
      [t('detail.email'), r.email ? html`<a href="mailto:${r.email}">${r.email}</a>` : undefined],
      [t('detail.phone'), r.phone ? html`<a href="tel:${r.phone.replace(/[^\d+]/g, '')}">${r.phone}</a>` : undefined],
    ])}
    <h3>${t('detail.need')}</h3>
    ${renderNeed(i18n, detail)}
    ${facts([
      [t('detail.kommune'), `${detail.kommuneName} (${request.kommune})`],
      [t('detail.locale'), languageWord(i18n, request.locale)],
      [t('detail.receivedAt'), i18n.dateTime(detail.item.receivedAt)],
      [t('detail.consent'), t('detail.consentAt', i18n.dateTime(request.consent.at))],
    ])}`;
}

function renderNeed(i18n: WorkspaceI18n, detail: AnfrageDetail): TemplateResult {
  const t = i18n.t.bind(i18n);
  const request = detail.item.request;
  switch (request.kind) {
    case 'dolmetscher': {
      const need = request.need;
      const place = need.place ? `${need.place.address}\n${need.place.plz} ${need.place.ort}` : undefined;
      return facts([
        [t('detail.language'), languageWord(i18n, need.language)],
        [t('detail.alternatives'), need.alternatives?.map((code) => languageWord(i18n, code)).join(', ')],
        [t('detail.date'), `${i18n.date(need.date)}, ${t('detail.time', need.from, need.durationMinutes)}`],
        [t('detail.mode'), modeWord(i18n, need.mode)],
        [t('detail.setting'), settingWord(i18n, need.setting)],
        [t('detail.place'), place],
        [t('detail.gender'), need.genderPreference ? t(need.genderPreference === 'w' ? 'detail.gender.w' : 'detail.gender.m') : undefined],
        [t('detail.notes'), need.notes],
      ]);
    }
    case 'lotse': {
      const need = request.need;
      return facts([
        [t('detail.lotseName'), need.lotseName],
        [t('detail.lotseId'), need.lotseId],
        [t('detail.language'), languageWord(i18n, need.language)],
        [t('detail.topics'), need.topics?.map((topic) => topicWord(i18n, topic)).join(', ')],
        [t('detail.message'), need.note],
      ]);
    }
    default:
      return renderUnknownNeed(i18n, (request as { need?: unknown }).need);
  }
}

/** A need this version has no view for: its fields as label/value pairs, values as text. */
function renderUnknownNeed(i18n: WorkspaceI18n, need: unknown): TemplateResult {
  if (typeof need !== 'object' || need === null) return html`${nothing}`;
  const rows: Row[] = Object.entries(need).map(([key, value]) => [
    key,
    typeof value === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(value) && key.toLowerCase().includes('language')
      ? languageWord(i18n, value)
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value),
  ]);
  return facts(rows);
}

/** "Kreis Offenbach" for a code, for the suggestions' reasons. */
export function kommuneWord(code: string): string {
  return kommuneByCode(code)?.name ?? code;
}
