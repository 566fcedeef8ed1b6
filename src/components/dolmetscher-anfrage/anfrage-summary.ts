/** The interpreter request as the rows of the review and success steps (SummaryRow of request-views). */
import { html, nothing } from 'lit';
import { kommuneByCode } from '../../core/place/index.js';
import type { LocaleController } from '../../i18n/locale-controller.js';
import type { SummaryRow } from '../shared/request-views/review-view.js';
import type { AnfrageDraft } from './anfrage-draft.js';
import { formatDate, language, vocabulary } from './anfrage-words.js';

/** `kommune`: the area the request goes to (the host's, else the one the person chose). */
export function anfrageSummaryRows(i18n: LocaleController, d: AnfrageDraft, kommune: string): SummaryRow[] {
  const t = i18n.t.bind(i18n);
  const v = (key: string) => vocabulary(i18n, key);
  const area = kommuneByCode(kommune);
  const onSite = d.mode === 'vor-ort';
  return [
    {
      term: t('anfrage.review.requester'),
      value: [v(`anfrage.requesterType.${d.requesterType}`), d.organisation.trim(), d.name.trim()].filter(Boolean).join(', '),
      field: 'requester-type',
    },
    { term: t('anfrage.review.contact'), value: [d.email.trim(), d.phone.trim()].filter(Boolean).join(', '), field: 'email' },
    {
      term: t('anfrage.review.language'),
      value: html`${language(i18n, d.language)}${
        d.alternatives.length
          ? html`<br />${t('anfrage.review.alternatives')}: ${d.alternatives.map((c) => language(i18n, c)).join(', ')}`
          : nothing
      }`,
      field: 'language',
    },
    {
      term: t('anfrage.review.when'),
      value: t('anfrage.review.whenValue', formatDate(i18n, d.date), d.from, t('anfrage.duration.option', Number(d.duration))),
      field: 'date',
    },
    { term: t('anfrage.review.how'), value: `${v(`anfrage.mode.${d.mode}`)}, ${v(`anfrage.setting.${d.setting}`)}`, field: 'mode' },
    {
      term: t('anfrage.review.place'),
      value: [onSite ? `${d.address.trim()}, ${d.plz.trim()} ${d.ort.trim()}` : '', area?.name ?? ''].filter(Boolean).join(' · '),
      field: onSite ? 'address' : 'kommune',
    },
    {
      term: t('anfrage.review.wishes'),
      value:
        [d.genderPreference ? v(`anfrage.gender.${d.genderPreference}`) : '', d.notes.trim()].filter(Boolean).join(' · ') ||
        t('anfrage.review.none'),
      field: 'notes',
    },
  ];
}
