/**
 * The finder's search controls as a template part of the finder's shadow root: place and
 * radius, language, topics, and the folded "more wishes" (days, times, gender).
 */
import { html, type TemplateResult } from 'lit';
import { DAYPARTS, type Daypart } from '../../core/availability/index.js';
import { DAYS, type Day, LOTSEN_TOPICS } from '../../core/schema/vocabularies.js';
import type { LocaleController } from '../../i18n/locale-controller.js';
import { type Chip, renderChipGroup } from '../shared/chip-group/chip-group.js';
import { LANGUAGE_PICKER_PARTS } from '../shared/language-picker/language-picker.js';
import { PLACE_INPUT_PARTS, type PlaceValue } from '../shared/place-input/place-input.js';
import { topicIcon } from './topic-icons.js';

export type Gender = '' | 'w' | 'm';

/** What the resident chose; the finder's UI state. */
export interface LotsenChoices {
  place: PlaceValue | null;
  radiusKm: number;
  languageCode: string;
  topics: readonly string[];
  days: readonly Day[];
  dayparts: readonly Daypart[];
  gender: Gender;
}

/** Each handler is a choice the resident made. */
export interface LotsenFormHandlers {
  place: (event: Event) => void;
  radius: (km: number) => void;
  language: (code: string) => void;
  topic: (topic: string, on: boolean) => void;
  day: (day: Day, on: boolean) => void;
  daypart: (part: Daypart, on: boolean) => void;
  gender: (gender: Gender) => void;
}

const RADIUS_STEPS = [5, 10, 15, 25, 50, 100];

/** One chip per value of a list the resident picks several of; ids are `<prefix>-<value>`. */
function chipsFor<T extends string>(
  prefix: string,
  values: readonly T[],
  label: (value: T) => string,
  chosen: readonly string[],
  toggle: (value: T, on: boolean) => void,
): Chip[] {
  return values.map((value) => ({
    key: `${prefix}-${value}`,
    label: label(value),
    checked: chosen.includes(value),
    onToggle: (checked) => toggle(value, checked),
  }));
}

export function renderLotsenSearchForm(i18n: LocaleController, c: LotsenChoices, on: LotsenFormHandlers): TemplateResult {
  const t = i18n.t.bind(i18n);
  const radiusSteps = [...new Set([...RADIUS_STEPS, c.radiusKm])].sort((a, b) => a - b);
  const wishes = c.days.length > 0 || c.dayparts.length > 0 || c.gender !== '';
  return html`<form part="form" class="form" role="search" aria-label=${t('lotsen.label')} @submit=${(e: Event) => e.preventDefault()}>
    <p class="intro">${t('lotsen.intro')}</p>
    <div class="where">
      <wir-place-input class="place" exportparts=${PLACE_INPUT_PARTS} locale=${i18n.locale} .value=${c.place} @change=${on.place}></wir-place-input>
      <div class="field radius">
        <label for="radius">${t('lotsen.radius.label')}</label>
        <select id="radius" part="input" @change=${(e: Event) => on.radius(Number((e.target as HTMLSelectElement).value))}>
          ${radiusSteps.map((km) => html`<option value=${km} ?selected=${km === c.radiusKm}>${t('lotsen.radius.option', km)}</option>`)}
        </select>
      </div>
    </div>
    <wir-language-picker
      exportparts=${LANGUAGE_PICKER_PARTS}
      locale=${i18n.locale}
      label=${t('lotsen.language.label')}
      hint=${t('lotsen.language.hint')}
      .value=${c.languageCode}
      @change=${(e: Event) => on.language((e.target as HTMLInputElement).value)}
    ></wir-language-picker>
    ${renderChipGroup(
      { id: 'topics', legend: t('lotsen.topics.legend'), hint: t('lotsen.topics.hint'), look: 'toggle', chipPart: 'chip topic' },
      chipsFor('topic', LOTSEN_TOPICS, (topic) => t(`lotsen.topic.${topic}`), c.topics, on.topic).map((chip, i) => ({
        ...chip,
        icon: topicIcon(LOTSEN_TOPICS[i]!),
      })),
    )}
    <details class="wishes disclosure" ?open=${wishes}>
      <summary>${t('lotsen.more.summary')}</summary>
      ${renderChipGroup(
        { id: 'days', legend: t('lotsen.days.legend'), look: 'toggle' },
        chipsFor('day', DAYS, (day) => t(`lotsen.day.${day}`), c.days, on.day),
      )}
      ${renderChipGroup(
        { id: 'dayparts', legend: t('lotsen.dayparts.legend'), look: 'toggle' },
        chipsFor('part', DAYPARTS, (part) => t(`lotsen.daypart.${part}`), c.dayparts, on.daypart),
      )}
      ${renderChipGroup(
        { id: 'gender', legend: t('lotsen.gender.legend'), look: 'toggle', radioName: 'gender' },
        (['', 'w', 'm'] as const).map(
          (g): Chip => ({
            key: `gender-${g || 'any'}`,
            label: t(g ? `lotsen.gender.${g}` : 'lotsen.gender.any'),
            checked: c.gender === g,
            onToggle: () => on.gender(g),
          }),
        ),
      )}
    </details>
  </form>`;
}
