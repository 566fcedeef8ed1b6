import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { normalizeLanguageCode } from '../../../core/language/index.js';
import type { Hit } from '../../../core/match/index.js';
import { lotseRequestKommune } from '../../../core/request/lotse-routing.js';
import type { LotseRecord } from '../../../core/schema/index.js';
import type { FocusController } from '../../shared/controllers/focus-controller.js';
import type { ContactView } from '../../shared/search-states/search-states.js';
import type { ContactRequestSlot } from '../result-card.js';

export interface ContactRequestOptions {
  /** The receiver's URL; without it no card offers a contact request. */
  endpoint: () => string;
  privacyUrl: () => string;
  responseDays: () => number;
  locale: () => string;
  /** The topics the resident chose in the search (preselected where the Lotse has them). */
  selectedTopics: () => readonly string[];
  /** The feed publisher's Kommune, where a Lotse's place names none. */
  publisherKommune: () => string | undefined;
  /** The office to show if sending fails. */
  contactFor: (record: LotseRecord) => ContactView;
  focus: FocusController;
}

/**
 * The finder's contact requests: which card's form is open, loading its code on the first click
 * (a resident who never asks never downloads it), and the form with what the search already
 * says — the language searched for as the Lotse's feed spells it, the chosen topics, the Kommune
 * the request is routed to (the Lotse's place, else the feed publisher's). It needs no
 * lifecycle hooks: it only asks its host to update when a form opens, loads or closes.
 */
type OpenRequest = { id: string; index: number; state: 'loading' | 'failed' | 'open' } | undefined;

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

export class ContactRequestController {
  readonly #host: Host;
  readonly #o: ContactRequestOptions;
  #open: OpenRequest;

  constructor(host: Host, options: ContactRequestOptions) {
    this.#host = host;
    this.#o = options;
  }

  /** A new search: whatever form was open belongs to a card that may be gone. */
  close(): void {
    this.#set(undefined);
  }

  /** The request part of one result card, or undefined without an endpoint. */
  slot(hit: Hit<LotseRecord>, index: number): ContactRequestSlot | undefined {
    if (!this.#o.endpoint()) return undefined;
    const state = this.#open?.id === hit.record.id ? this.#open.state : 'closed';
    return { state, onOpen: () => void this.#openFor(hit, index), form: () => this.#renderForm(hit, index) };
  }

  #set(open: OpenRequest): void {
    this.#open = open;
    this.#host.requestUpdate();
  }

  async #openFor(hit: Hit<LotseRecord>, index: number): Promise<void> {
    const id = hit.record.id;
    this.#set({ id, index, state: 'loading' });
    try {
      await import('./define.js');
    } catch {
      if (this.#open?.id === id) this.#set({ id, index, state: 'failed' });
      return;
    }
    if (this.#open?.id !== id) return;
    this.#set({ id, index, state: 'open' });
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector('wir-lotse-kontakt')?.focusTitle();
  }

  #cancel(index: number): void {
    this.#set(undefined);
    this.#o.focus.focusAfterUpdate(`#request-${index}`);
  }

  #renderForm(hit: Hit<LotseRecord>, index: number): TemplateResult {
    const r = hit.record;
    const languages = r.languages.map((spec) => (typeof spec === 'string' ? spec : spec.code));
    // The language the resident searched for, as the Lotse's feed spells it (a substitute match names the one the Lotse speaks).
    const matched = hit.reasons.flatMap((x) =>
      x.code === 'language' || x.code === 'language-substitute' ? [normalizeLanguageCode(x.params.code)] : [],
    );
    const language = languages.find((code) => matched.includes(normalizeLanguageCode(code))) ?? '';
    return html`<wir-lotse-kontakt
      .lotse=${{ id: r.id, name: r.name, languages, topics: r.topics }}
      language=${language}
      .topics=${this.#o.selectedTopics().filter((t) => (r.topics as readonly string[]).includes(t))}
      kommune=${lotseRequestKommune(r, this.#o.publisherKommune())}
      endpoint=${this.#o.endpoint()}
      privacy-url=${this.#o.privacyUrl()}
      response-days=${this.#o.responseDays()}
      .contact=${this.#o.contactFor(r)}
      locale=${this.#o.locale()}
      @wir-contact-cancel=${() => this.#cancel(index)}
    ></wir-lotse-kontakt>`;
  }
}
