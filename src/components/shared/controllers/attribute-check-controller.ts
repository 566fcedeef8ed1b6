import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AttributeProblem } from '../../../core/attributes/index.js';

export interface AttributeCheckOptions {
  /** Values the widget cannot use, from the core checks; undefined entries are values that are fine. */
  problems: () => ReadonlyArray<AttributeProblem | undefined>;
  /** Attributes the widget cannot work without; reported once the page had time to set them. */
  required?: () => ReadonlyArray<AttributeProblem | undefined>;
}

/**
 * How long a page has after inserting a widget to set a required attribute: CMS scripts and
 * frameworks often set `feed` or `endpoint` a moment later, which is not a mistake.
 */
export const REQUIRED_GRACE_MS = 1500;

/**
 * Tells the webmaster, loudly and once, about attributes a widget cannot use: one console
 * warning per element and problem (`wir-widgets <wir-lotsen-finder>: kommune="6438" is not a
 * WIR area …`), repeated only when the value changes to another wrong one. What is wrong and
 * what is accepted are core decisions (core/attributes); this controller only ties them to the
 * element's updates. A required attribute still missing after REQUIRED_GRACE_MS is reported
 * too, and `missing()` lets the element show the resident something better than a spinner.
 */
export class AttributeCheckController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: AttributeCheckOptions;
  readonly #warned = new Set<string>();
  #missing: ReadonlySet<string> = new Set();
  #graceOver = false;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: AttributeCheckOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** True when `attribute` is required and still missing after the page had time to set it. */
  missing(attribute: string): boolean {
    return this.#missing.has(attribute);
  }

  hostConnected(): void {
    if (this.#graceOver || !this.#options.required) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#graceOver = true;
      this.#host.requestUpdate();
    }, REQUIRED_GRACE_MS);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Before the render, so the render already knows what is missing (no second update). */
  hostUpdate(): void {
    for (const problem of this.#options.problems()) if (problem) this.#warn(problem);
    if (!this.#graceOver) return;
    const missing = new Set<string>();
    for (const problem of this.#options.required?.() ?? []) {
      if (!problem) continue;
      missing.add(problem.attribute);
      this.#warn(problem);
    }
    this.#missing = missing;
  }

  #warn(problem: AttributeProblem): void {
    const key = `${problem.attribute}\u0000${problem.value ?? ''}`;
    if (this.#warned.has(key)) return;
    this.#warned.add(key);
    console.warn(`wir-widgets <${this.#host.localName}>: ${problem.message}`);
  }
}
