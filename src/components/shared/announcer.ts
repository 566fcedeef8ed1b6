import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * One polite live region per widget, rendered from the first paint and only changed in
 * text afterwards: Chrome with NVDA and VoiceOver skip regions that appear late.
 * Announcements are debounced so typing "ara" announces one count, not three.
 */
export class Announcer implements ReactiveController {
  #host: ReactiveControllerHost;
  #text = '';
  #timer: ReturnType<typeof setTimeout> | undefined;
  #flip = false;
  readonly delayMs: number;

  constructor(host: ReactiveControllerHost, delayMs = 600) {
    this.#host = host;
    this.delayMs = delayMs;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  announce(message: string): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      // The same sentence twice in a row is not re-read by screen readers; a trailing
      // no-break space toggled on each call makes it a change without being heard.
      this.#flip = !this.#flip;
      this.#text = this.#flip ? message : `${message}\u00a0`;
      this.#host.requestUpdate();
    }, this.delayMs);
  }

  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" part="live-region">${this.#text}</div>`;
  }
}
