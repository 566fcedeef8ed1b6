/**
 * The course search's filter form as a template part of the widget's shadow root: place and
 * radius, the chip groups (levels as tiles, needs, times; days, course form and programme
 * folded under "more filters"), and the sticky count bar with "reset".
 */
import { html, nothing, type TemplateResult } from 'lit';
import { AUDIENCES, DAYS, LEVELS, PROGRAMS } from '../../core/schema/vocabularies.js';
import type { LocaleController } from '../../i18n/locale-controller.js';
import { type Chip, renderChipGroup } from '../shared/chip-group/chip-group.js';
import { PLACE_INPUT_PARTS, type PlaceValue } from '../shared/place-input/place-input.js';
import { type Attendance, activeCount, DAYPARTS, type KursFilters, RADIUS_CHOICES } from './kurs-filters.js';

export interface KursFormState {
  filters: KursFilters;
  place: PlaceValue | null;
  radiusKm: number;
  /** The programmes the feed has; a programme chip shows only when there is a choice. */
  feedPrograms: readonly string[];
  /** Courses found, or undefined while the list is not known. */
  total: number | undefined;
  failed: boolean;
  moreOpen: boolean;
}

export interface KursFormHandlers {
  filters: (patch: Partial<KursFilters>) => void;
  place: (event: Event) => void;
  radius: (km: number) => void;
  reset: () => void;
  moreToggled: (open: boolean) => void;
  focusIn: (event: FocusEvent) => void;
}

const toggled = <T>(list: readonly T[], value: T, on: boolean): T[] =>
  on ? (list.includes(value) ? [...list] : [...list, value]) : list.filter((v) => v !== value);

export function renderKursFilterForm(i18n: LocaleController, s: KursFormState, on: KursFormHandlers): TemplateResult {
  const t = i18n.t.bind(i18n);
  const f = s.filters;
  const chip = (key: string, label: unknown, checked: boolean, onToggle: (checked: boolean) => void, detail?: string): Chip => ({
    key,
    label,
    checked,
    onToggle,
    detail,
  });
  const levels = [
    ...LEVELS.filter((l) => l !== 'C1' || f.levels.includes('C1')).map((l) =>
      chip(
        `level-${l}`,
        t(`kurse.level.${l}`),
        f.levels.includes(l),
        (checked) => on.filters({ levels: toggled(f.levels, l, checked), unknownLevel: false }),
        t(`kurse.level.explain.${l}`),
      ),
    ),
    chip(
      'level-unknown',
      t('kurse.level.unknown'),
      f.unknownLevel,
      (checked) => on.filters({ unknownLevel: checked, levels: checked ? [] : f.levels }),
      t('kurse.level.unknown.hint'),
    ),
  ];
  const audience = AUDIENCES.find((a) => a === f.audience);
  const needs = [
    chip('childcare', t('kurse.childcare'), f.childcare, (checked) => on.filters({ childcare: checked })),
    chip('women', t('kurse.women'), f.audience === 'frauen', (checked) => on.filters({ audience: checked ? 'frauen' : '' })),
    ...(f.audience && f.audience !== 'frauen'
      ? [
          chip(`audience-${f.audience}`, audience ? t(`kurse.audience.${audience}`) : f.audience, true, (checked) =>
            on.filters({ audience: checked ? f.audience : '' }),
          ),
        ]
      : []),
    chip('free', t('kurse.freeOnly'), f.freeOnly, (checked) => on.filters({ freeOnly: checked })),
    chip('seats', t('kurse.seatsOnly'), f.freeSeatsOnly, (checked) => on.filters({ freeSeatsOnly: checked })),
    chip('starts-soon', t('kurse.startsSoon'), f.startsSoon, (checked) => on.filters({ startsSoon: checked })),
  ];
  const dayparts = DAYPARTS.map((d) =>
    chip(`daypart-${d}`, t(`kurse.daypart.${d}`), f.dayparts.includes(d), (checked) =>
      on.filters({ dayparts: toggled(f.dayparts, d, checked) }),
    ),
  );
  const short = new Intl.DateTimeFormat(i18n.intlLocale, { weekday: 'short', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat(i18n.intlLocale, { weekday: 'long', timeZone: 'UTC' });
  const days = DAYS.map((d, i) => {
    // 2024-01-01 was a Monday.
    const at = Date.UTC(2024, 0, 1 + i);
    const label = html`<span aria-hidden="true">${short.format(at)}</span><span class="visually-hidden">${long.format(at)}</span>`;
    return chip(`day-${d}`, label, f.days.includes(d), (checked) => on.filters({ days: toggled(f.days, d, checked) }));
  });
  const attendance = (['praesenz', 'online'] as Attendance[]).map((a) =>
    chip(`format-${a}`, t(`kurse.format.${a}`), f.attendance.includes(a), (checked) =>
      on.filters({ attendance: toggled(f.attendance, a, checked) }),
    ),
  );
  const programs = PROGRAMS.filter((p) => s.feedPrograms.includes(p) || f.program.includes(p)).map((p) =>
    chip(`program-${p}`, t(`kurse.program.${p}`), f.program.includes(p), (checked) =>
      on.filters({ program: toggled(f.program, p, checked) }),
    ),
  );
  // Days, course form and programme matter to fewer residents: folded on a phone, open when in use.
  const moreActive = f.days.length + f.attendance.length + f.program.length;
  const active = activeCount(f);
  const group = (id: string, legend: string, chips: Chip[], extra: { hint?: string; tiles?: boolean } = {}) =>
    renderChipGroup({ id, legend, look: 'checkbox', ...extra }, chips);
  return html`<form class="filters" part="form filters" aria-label=${t('kurse.filters')} @submit=${(e: Event) => e.preventDefault()} @focusin=${on.focusIn}>
    <div class="where">
      <wir-place-input class="place" exportparts=${PLACE_INPUT_PARTS} locale=${i18n.locale} .value=${s.place} @change=${on.place}></wir-place-input>
      <div class="field radius">
        <label for="radius">${t('kurse.radius')}</label>
        <select id="radius" part="input" .value=${String(s.radiusKm)} ?disabled=${!s.place} @change=${(e: Event) => on.radius(Number((e.target as HTMLSelectElement).value))}>
          ${[...new Set([...RADIUS_CHOICES, s.radiusKm])]
            .sort((a, b) => a - b)
            .map((km) => html`<option value=${km} ?selected=${km === s.radiusKm}>${t('kurse.radius.option', km)}</option>`)}
        </select>
      </div>
    </div>
    ${group('levels', t('kurse.level.legend'), levels, { hint: t('kurse.level.hint'), tiles: true })}
    ${group('needs', t('kurse.needs.legend'), needs)}
    ${group('dayparts', t('kurse.times.legend'), dayparts)}
    <details class="more-filters disclosure" ?open=${moreActive > 0 || s.moreOpen} @toggle=${(e: Event) => on.moreToggled((e.target as HTMLDetailsElement).open)}>
      <summary>${moreActive ? t('kurse.moreFilters.active', moreActive) : t('kurse.moreFilters')}</summary>
      ${group('days', t('kurse.days.legend'), days)}
      ${group('format', t('kurse.format.legend'), attendance)}
      ${programs.length > 1 || f.program.length ? group('program', t('kurse.program.legend'), programs) : nothing}
    </details>
    <div class="countbar" part="count" ?hidden=${s.total === undefined && s.failed && !active}>
      ${s.total !== undefined ? html`<p class="count">${t('kurse.count', s.total)}</p>` : s.failed ? nothing : html`<p class="count">${t('common.loading')}</p>`}
      ${active ? html`<button type="button" class="button secondary reset" part="button" @click=${on.reset}>${t('kurse.reset')}</button>` : nothing}
    </div>
  </form>`;
}
