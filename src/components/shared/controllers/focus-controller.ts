import type { ReactiveController, ReactiveControllerHost } from 'lit';

type FocusHost = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Moves focus after the next render, to an element that the render is about to create or
 * replace: the results heading once a relaxation button has gone, the first new card after
 * "show more", a form's error summary, the heading of the next step. Asking before the render
 * and focusing after it keeps keyboard and screen-reader users where the change happened.
 */
export class FocusController implements ReactiveController {
  readonly #host: FocusHost;
  #selector: string | undefined;
  #scroll = false;

  constructor(host: FocusHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Focus the element matching `selector` in the host's shadow root after the next update; `scroll` also brings it into view. */
  focusAfterUpdate(selector: string, options: { scroll?: boolean } = {}): void {
    this.#selector = selector;
    this.#scroll = options.scroll ?? false;
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    const selector = this.#selector;
    if (!selector) return;
    this.#selector = undefined;
    const element = this.#host.renderRoot.querySelector<HTMLElement>(selector);
    element?.focus();
    if (this.#scroll) element?.scrollIntoView?.({ block: 'nearest' });
  }
}
