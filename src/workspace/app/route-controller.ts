import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Which view the address shows. Real paths (not #fragments), so a notice mail can link to
 * /koordination/anfragen/<id>, the browser's back button works, and a reload stays put; the
 * server answers every path under /koordination/ with the same page.
 */
export type WorkspaceRoute =
  | { view: 'inbox'; query: URLSearchParams }
  | { view: 'anfrage'; id: string }
  | { view: 'konten' }
  | { view: 'sicherheit' }
  | { view: 'protokoll' }
  | { view: 'listen' }
  | { view: 'passwort'; token: string }
  | { view: 'not-found' };

export const BASE = '/koordination/';

export function parseRoute(location: { pathname: string; search: string; hash: string }): WorkspaceRoute {
  const rest = location.pathname.startsWith(BASE) ? location.pathname.slice(BASE.length).replace(/\/+$/, '') : '';
  if (rest === '' || rest === 'anfragen') return { view: 'inbox', query: new URLSearchParams(location.search) };
  const anfrage = /^anfragen\/([0-9a-f-]{36})$/i.exec(rest);
  if (anfrage) return { view: 'anfrage', id: anfrage[1]!.toLowerCase() };
  // The password link's token sits in the fragment: browsers never send it to a server.
  if (rest === 'passwort') return { view: 'passwort', token: location.hash.slice(1) };
  if (rest === 'konten' || rest === 'sicherheit' || rest === 'protokoll' || rest === 'listen') return { view: rest };
  return { view: 'not-found' };
}

/**
 * Keeps `route` in step with the address: clicks on links into the workspace and back/forward
 * change the view without a page load. Links stay real links (open in a new tab works).
 */
export class RouteController implements ReactiveController {
  route: WorkspaceRoute = parseRoute(location);
  readonly #host: ReactiveControllerHost;
  readonly #onChange: (route: WorkspaceRoute) => void;

  constructor(host: ReactiveControllerHost, onChange: (route: WorkspaceRoute) => void) {
    this.#host = host;
    this.#onChange = onChange;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.#onPopState);
    window.addEventListener('click', this.#onClick);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.#onPopState);
    window.removeEventListener('click', this.#onClick);
  }

  /** Shows `path` (under /koordination/); `replace` for redirects that should not make a history entry. */
  go(path: string, options: { replace?: boolean } = {}): void {
    if (options.replace) history.replaceState(null, '', path);
    else history.pushState(null, '', path);
    this.#update();
  }

  #update(): void {
    this.route = parseRoute(location);
    this.#host.requestUpdate();
    this.#onChange(this.route);
  }

  #onPopState = (): void => this.#update();

  #onClick = (event: MouseEvent): void => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    // Links inside the views' shadow roots: the event's path still names them.
    const anchor = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!anchor || anchor.target || anchor.hasAttribute('download') || anchor.origin !== location.origin) return;
    if (!anchor.pathname.startsWith(BASE) || anchor.pathname === `${BASE}passwort`) return;
    event.preventDefault();
    if (anchor.pathname + anchor.search !== location.pathname + location.search) this.go(anchor.pathname + anchor.search);
  };
}
