/**
 * Filters as chips a thumb can hit: real checkboxes inside big labels, grouped by fieldset
 * and legend. Native checkboxes (not aria-pressed buttons) because screen readers announce
 * "checked" reliably, Space toggles them, and the group name comes from the legend.
 */
import { html, nothing, type TemplateResult } from 'lit';

export interface ChipSpec {
  /** Stable id part, also used by tests (`data-chip`). */
  key: string;
  label: unknown;
  checked: boolean;
  onToggle: (checked: boolean) => void;
  /** Secondary line under the label (level explanations). */
  detail?: string | undefined;
}

function renderChip(chip: ChipSpec): TemplateResult {
  return html`<label class="chip ${chip.detail ? 'chip-tile' : ''}" part="chip" data-chip=${chip.key}>
    <input
      type="checkbox"
      .checked=${chip.checked}
      @change=${(e: Event) => chip.onToggle((e.target as HTMLInputElement).checked)}
    />
    <span class="chip-text">
      <span class="chip-label">${chip.label}</span>
      ${chip.detail ? html`<span class="chip-detail">${chip.detail}</span>` : nothing}
    </span>
  </label>`;
}

export function renderChipGroup(
  legend: string,
  chips: readonly ChipSpec[],
  options: { hint?: string; id: string; tiles?: boolean },
): TemplateResult {
  const hintId = `${options.id}-hint`;
  return html`<fieldset class="group" part="filter-group" aria-describedby=${options.hint ? hintId : nothing}>
    <legend>${legend}</legend>
    ${options.hint ? html`<p class="hint" id=${hintId}>${options.hint}</p>` : nothing}
    <div class="chips ${options.tiles ? 'tiles' : ''}">${chips.map(renderChip)}</div>
  </fieldset>`;
}
