import { noChange, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { Directive, directive, type ElementPart, type PartInfo, PartType } from 'lit/directive.js';

export type Dismissal = 'escape' | 'tab' | 'blur';

export interface ComboboxOptions {
  /** How many options the list holds right now. */
  count: () => number;
  /** The id of option `index`, for `aria-activedescendant`. */
  optionId: (index: number) => string;
  /** The option that is active when the list opens (the chosen one's index); 0 when not given. */
  openAt?: () => number;
  /** An option was chosen with Enter (a click calls the host's own handler). */
  choose: (index: number) => void;
  /** Enter while no option is active (the place field resolves what was typed). */
  enter?: (event: KeyboardEvent) => void;
  /** Escape while the list is closed (the language picker clears its value). */
  escape?: (event: KeyboardEvent) => void;
  /**
   * The list is about to close without a choice: by Escape, by Tab, or because focus left the
   * widget. Called while the list is still open, so the host can still read what it offered.
   */
  dismissed?: (how: Dismissal) => void;
  /** Id of the listbox the input controls; `listbox` unless given. */
  listboxId?: string;
}

type ComboboxHost = ReactiveControllerHost & {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly shadowRoot: ShadowRoot | null;
};

/**
 * The keyboard and `aria-activedescendant` logic of an ARIA 1.2 combobox with a listbox popup
 * (the language picker, the place field). Focus stays in the input; arrows move the active
 * option, Page keys move by eight, Enter chooses, Escape and Tab close, and leaving the widget
 * closes the list. The host renders input and options from `open`, `activeIndex` and `activeId`
 * and decides what a choice or a dismissal means.
 */
export class ComboboxController implements ReactiveController {
  open = false;
  activeIndex = -1;
  readonly #host: ComboboxHost;
  readonly #options: ComboboxOptions;

  get listboxId(): string {
    return this.#options.listboxId ?? 'listbox';
  }

  constructor(host: ComboboxHost, options: ComboboxOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The active option's id while the list is open, for `aria-activedescendant`. */
  get activeId(): string | undefined {
    return this.open && this.activeIndex >= 0 && this.activeIndex < this.#options.count()
      ? this.#options.optionId(this.activeIndex)
      : undefined;
  }

  /** Opens the list with `active` (default: where `openAt` says) as the active option; -1 for none. */
  show(active = this.#options.openAt?.() ?? 0): void {
    this.open = true;
    this.activeIndex = active;
    this.#host.requestUpdate();
  }

  close(): void {
    if (!this.open && this.activeIndex === -1) return;
    this.open = false;
    this.activeIndex = -1;
    this.#host.requestUpdate();
  }

  readonly onKeyDown = (event: KeyboardEvent): void => {
    const count = this.#options.count();
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (count === 0) return;
        event.preventDefault();
        if (!this.open) this.show();
        else this.#move(event.key === 'ArrowDown' ? 1 : -1, count);
        return;
      }
      case 'PageDown':
      case 'PageUp':
        if (!this.open || count === 0) return;
        event.preventDefault();
        this.#move(event.key === 'PageDown' ? 8 : -8, count);
        return;
      case 'Enter':
        if (this.open && this.activeIndex >= 0 && this.activeIndex < count) {
          event.preventDefault();
          this.#options.choose(this.activeIndex);
        } else this.#options.enter?.(event);
        return;
      case 'Escape':
        if (this.open) {
          event.preventDefault();
          this.#dismiss('escape');
        } else this.#options.escape?.(event);
        return;
      case 'Tab':
        if (this.open) this.#dismiss('tab');
        return;
    }
  };

  /** Closes the list when focus leaves the widget (not when it moves to the widget's own toggle or option). */
  readonly onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (next && this.#host.shadowRoot?.contains(next)) return;
    this.#dismiss('blur');
  };

  hostUpdated(): void {
    const id = this.activeId;
    if (id) this.#host.renderRoot.querySelector(`#${CSS.escape(id)}`)?.scrollIntoView?.({ block: 'nearest' });
  }

  #move(by: number, count: number): void {
    this.activeIndex = Math.max(0, Math.min(count - 1, this.activeIndex + by));
    this.#host.requestUpdate();
  }

  #dismiss(how: Dismissal): void {
    this.#options.dismissed?.(how);
    this.close();
  }
}

/**
 * The combobox role and state on the input, from the controller: `<input ${comboboxInput(this.#combo)} …>`
 * sets `role`, `aria-autocomplete`, `aria-controls`, `aria-expanded` and `aria-activedescendant`,
 * so every combobox announces its list the same way.
 */
class ComboboxInputDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('comboboxInput() belongs on the input element');
  }

  render(_combo: ComboboxController): unknown {
    return noChange;
  }

  override update(part: ElementPart, [combo]: [ComboboxController]): unknown {
    const input = part.element;
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', combo.listboxId);
    input.setAttribute('aria-expanded', combo.open ? 'true' : 'false');
    const active = combo.activeId;
    if (active) input.setAttribute('aria-activedescendant', active);
    else input.removeAttribute('aria-activedescendant');
    return noChange;
  }
}

export const comboboxInput = directive(ComboboxInputDirective);
