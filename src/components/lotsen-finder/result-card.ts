import { html, nothing, type TemplateResult } from 'lit';
import { weeklyDayparts } from '../../core/availability/index.js';
import { dirOf, getLanguage, languageName, normalizeLanguageCode } from '../../core/language/index.js';
import type { Hit, Reason } from '../../core/match/index.js';
import type { LotseRecord } from '../../core/schema/index.js';
import { availabilityText, daysText } from '../../i18n/availability-text.js';
import type { LocaleController } from '../../i18n/locale-controller.js';
import { type ContactView, renderContact } from '../shared/search-states/search-states.js';
import { topicIcon } from './topic-icons.js';

export interface CardOptions {
  /** Topics the resident asked for, highlighted on the card. */
  askedTopics: readonly string[];
  contactOpen: boolean;
  /** The office to show: the record's, or the embedding page's override. */
  contact: ContactView;
  contactHeading: string;
  onToggleContact: () => void;
  /** With an `endpoint`: "Kontakt anfragen" beside the office's contact, and the form once it is open. */
  request?: ContactRequestSlot | undefined;
}

/** Where the contact request of one card stands: closed (the button), the form loading, failed to load, or open. */
export interface ContactRequestSlot {
  state: 'closed' | 'loading' | 'failed' | 'open';
  onOpen: () => void;
  form: () => TemplateResult;
}

function renderRequest(i18n: LocaleController, slot: ContactRequestSlot, index: number): TemplateResult {
  switch (slot.state) {
    case 'open':
      return slot.form();
    case 'loading':
      return html`<p class="request-state" role="status">${i18n.t('lotsen.contact.loading')}</p>`;
    case 'failed':
      return html`<p class="request-state" role="alert">${i18n.t('lotsen.contact.loadFailed')}</p>`;
    default:
      return html`<button type="button" class="button request-button" part="request-button" id="request-${index}" @click=${slot.onOpen}>
        ${i18n.t('lotsen.contact.request')}
      </button>`;
  }
}

const codeOf = (spec: LotseRecord['languages'][number]) => (typeof spec === 'string' ? spec : spec.code);

/** "spricht Tigrinya · 4,2 km · Zeit passt: Dienstag und Donnerstag": the engine's reasons in the UI language. */
function reasonsLine(i18n: LocaleController, reasons: readonly Reason[]): string {
  const parts: string[] = [];
  for (const reason of reasons) {
    switch (reason.code) {
      case 'language':
        parts.push(i18n.t('lotsen.reason.language', languageName(reason.params.code, i18n.locale)));
        break;
      case 'language-substitute':
        parts.push(
          i18n.t('lotsen.reason.substitute', languageName(reason.params.code, i18n.locale), languageName(reason.params.asked, i18n.locale)),
        );
        break;
      case 'distance':
        parts.push(i18n.t('common.km', reason.params.km));
        break;
      case 'topics':
        parts.push(i18n.t('lotsen.reason.topics', reason.params.topics.length));
        break;
      case 'times':
        parts.push(i18n.t('lotsen.reason.times', daysText(i18n, reason.params.days)));
        break;
      case 'gender':
        parts.push(i18n.t(`lotsen.reason.gender.${reason.params.gender}`));
        break;
      // Other codes (e.g. text) add nothing a resident needs to read on this card.
    }
  }
  return parts.join(' · ');
}

/**
 * One Lotse as a card. Shows only what the feed published; every feed value is bound as
 * text (Lit escapes it), so `<img onerror>` in a name stays visible characters.
 */
export function renderResultCard(i18n: LocaleController, hit: Hit<LotseRecord>, index: number, options: CardOptions): TemplateResult {
  const r = hit.record;
  const matchedCodes = new Set(
    hit.reasons.flatMap((x) => (x.code === 'language' || x.code === 'language-substitute' ? [normalizeLanguageCode(x.params.code)] : [])),
  );
  const times = availabilityText(i18n, weeklyDayparts(r.availability));
  const why = reasonsLine(i18n, hit.reasons);
  const where = [r.place.ortsteil, r.place.ort].filter(Boolean).join(', ');
  // Feed text is German unless the feed has a translation; marking it lets screen readers
  // switch voice, and dir="auto" keeps "Layla B." from becoming ".Layla B" in Arabic.
  const translated = r.translations?.[i18n.locale]?.description;
  const description = translated ?? r.description;
  const contactId = `contact-${index}`;
  const titleId = `card-${index}`;
  return html`<article class="card" part="card" aria-labelledby=${titleId}>
    <h3 class="card-title" id=${titleId}><bdi>${r.name}</bdi></h3>
    <p class="card-where">
      ${hit.distanceKm !== undefined ? i18n.t('lotsen.card.distance', i18n.t('common.km', hit.distanceKm), where) : i18n.t('lotsen.card.ort', where)}
      ${r.travelKm ? html`<br /><span class="card-travel">${i18n.t('lotsen.card.travel', i18n.t('common.km', r.travelKm))}</span>` : ''}
    </p>
    <div class="card-row">
      <span class="card-label">${i18n.t('lotsen.card.languages')}:</span>
      <ul class="languages">
        ${r.languages.map((spec) => {
          const code = codeOf(spec);
          const info = getLanguage(code);
          const name = languageName(code, i18n.locale);
          const matched = matchedCodes.has(normalizeLanguageCode(code));
          return html`<li class=${matched ? 'language match' : 'language'}>
            <span lang=${code} dir=${dirOf(code)}>${info?.endonym ?? code}</span>${
              info && info.endonym !== name ? html` <span class="language-name">– ${name}</span>` : nothing
            }${matched ? html`<span class="visually-hidden"> ${i18n.t('lotsen.card.matched')}</span>` : nothing}
          </li>`;
        })}
      </ul>
    </div>
    <div class="card-row">
      <span class="card-label">${i18n.t('lotsen.card.topics')}:</span>
      <ul class="topics">
        ${r.topics.map(
          (topic) => html`<li class=${options.askedTopics.includes(topic) ? 'topic match' : 'topic'}>
            ${topicIcon(topic)}<span>${i18n.t(`lotsen.topic.${topic}`)}</span>
          </li>`,
        )}
      </ul>
    </div>
    ${times ? html`<p class="card-row"><span class="card-label">${i18n.t('lotsen.card.times')}:</span> ${times}</p>` : nothing}
    ${description ? html`<p class="card-description" lang=${translated ? i18n.locale : 'de'} dir="auto">${description}</p>` : nothing}
    ${why ? html`<p class="card-why"><span class="card-label">${i18n.t('lotsen.card.why')}:</span> ${why}</p>` : nothing}
    <button
      type="button"
      class="button contact-toggle"
      part="button contact-button"
      aria-expanded=${options.contactOpen ? 'true' : 'false'}
      aria-controls=${contactId}
      @click=${options.onToggleContact}
    >
      <span>${i18n.t('lotsen.contact.button')}</span>
      <svg class="chevron" viewBox="0 0 16 16" aria-hidden="true"><path d="M6 3l5 5-5 5" fill="none" stroke="currentColor" stroke-width="2" /></svg>
    </button>
    <div id=${contactId} class="contact-panel" ?hidden=${!options.contactOpen}>
      ${
        options.contactOpen
          ? html`<p class="contact-intro">${i18n.t('lotsen.contact.intro')} <bdi><strong>${r.name}</strong></bdi></p>
            ${renderContact(i18n, options.contact, options.contactHeading)}
            ${options.request ? renderRequest(i18n, options.request, index) : nothing}`
          : nothing
      }
    </div>
  </article>`;
}

/**
 * The result list: everyone within the chosen radius, then, under a heading that says so, the
 * Lotsen farther away who travel that far to the resident (the engine ranks them last and
 * marks them with a `travels` reason). Item ids count through both lists, so "show more" can
 * move focus to the first new card wherever it lands.
 */
export function renderResultList(
  i18n: LocaleController,
  hits: ReadonlyArray<Hit<LotseRecord>>,
  card: (hit: Hit<LotseRecord>, index: number) => TemplateResult,
): TemplateResult {
  const item = (hit: Hit<LotseRecord>, index: number) => html`<li id="result-${index}" tabindex="-1">${card(hit, index)}</li>`;
  const split = hits.findIndex((h) => h.reasons.some((r) => r.code === 'travels'));
  if (split < 0) return html`<ol class="cards result-list">${hits.map(item)}</ol>`;
  return html`${split > 0 ? html`<ol class="cards result-list">${hits.slice(0, split).map(item)}</ol>` : nothing}
    <h3 class="travel-heading" part="travel-heading">${i18n.t('lotsen.results.travels')}</h3>
    <ol class="cards result-list">${hits.slice(split).map((hit, j) => item(hit, split + j))}</ol>`;
}
