/**
 * Filters as chips a thumb can hit, the one template both search widgets draw them with: real
 * checkboxes (or radios) with big labels, grouped by fieldset and legend. Native inputs, not
 * aria-pressed buttons: screen readers announce "checked" reliably, Space toggles them, and the
 * group name comes from the legend. The input stands before its label, so a chosen chip is
 * styled with `:checked + .chip` in every browser (no `:has()`). Styles: `chipGroupStyles`.
 */
import { html, nothing, type TemplateResult } from 'lit';

export interface Chip {
  /** Id of the input and `data-chip` of its list item; unique in the widget's shadow root. */
  key: string;
  label: unknown;
  checked: boolean;
  onToggle: (checked: boolean) => void;
  /** A second line under the label (the level explanations). */
  detail?: string | undefined;
  /** An icon before the label (the finder's topics). */
  icon?: TemplateResult | undefined;
}

export interface ChipGroup {
  /** Base of the hint's id. */
  id: string;
  legend: string;
  hint?: string | undefined;
  /**
   * How a chip shows its state: `toggle` fills the whole pill (the finder), `checkbox` keeps a
   * visible box inside it (the course search, where chips carry a second line of text).
   */
  look: 'toggle' | 'checkbox';
  /** Wide tiles in a grid instead of pills in a row (chips with a `detail`). */
  tiles?: boolean;
  /** With a name, the chips are radios: one choice in the group. */
  radioName?: string;
  /** The `part` of each chip's label; `chip` unless given. */
  chipPart?: string;
}

export function renderChipGroup(group: ChipGroup, chips: readonly Chip[]): TemplateResult {
  const hintId = `${group.id}-hint`;
  return html`<fieldset class="chip-group" part="filter-group" aria-describedby=${group.hint ? hintId : nothing}>
    <legend>${group.legend}</legend>
    ${group.hint ? html`<p class="hint" id=${hintId}>${group.hint}</p>` : nothing}
    <ul class="chips row-list ${group.look} ${group.tiles ? 'tiles' : ''}" role="list">
      ${chips.map((chip) => renderChip(group, chip))}
    </ul>
  </fieldset>`;
}

function renderChip(group: ChipGroup, chip: Chip): TemplateResult {
  return html`<li data-chip=${chip.key}>
    <input
      type=${group.radioName ? 'radio' : 'checkbox'}
      class="chip-input"
      id=${chip.key}
      name=${group.radioName ?? nothing}
      .checked=${chip.checked}
      @change=${(e: Event) => chip.onToggle((e.target as HTMLInputElement).checked)}
    />
    <label class="chip ${chip.detail ? 'chip-tile' : ''}" part=${group.chipPart ?? 'chip'} for=${chip.key}>
      ${chip.icon ?? nothing}
      <span class="chip-text">
        <span class="chip-label">${chip.label}</span>
        ${chip.detail ? html`<span class="chip-detail">${chip.detail}</span>` : nothing}
      </span>
    </label>
  </li>`;
}
