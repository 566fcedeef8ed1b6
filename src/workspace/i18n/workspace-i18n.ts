import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { de, type WorkspaceTexts } from './texts-de.js';
import { en } from './texts-en.js';

/**
 * The workspace speaks German first, English too. One choice for the whole page — every
 * element of the workspace follows it — kept in localStorage (a preference of this browser,
 * no cookie) and mirrored on <html lang>, so screen readers pronounce the right language.
 */
export type WorkspaceLocale = 'de' | 'en';
export const WORKSPACE_LOCALES: readonly WorkspaceLocale[] = ['de', 'en'];
const TEXTS: Record<WorkspaceLocale, WorkspaceTexts> = { de, en };
const STORAGE_KEY = 'wir-koordination-locale';

type Key = keyof WorkspaceTexts;
type Args<K extends Key> = WorkspaceTexts[K] extends (...args: infer A) => string ? A : [];

function initialLocale(): WorkspaceLocale {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (stored === 'de' || stored === 'en') return stored;
  } catch {
    // Storage blocked (privacy settings): German, as for everyone else.
  }
  return 'de';
}

let current: WorkspaceLocale = initialLocale();
const hosts = new Set<ReactiveControllerHost>();

export function workspaceLocale(): WorkspaceLocale {
  return current;
}

export function setWorkspaceLocale(locale: WorkspaceLocale): void {
  current = locale;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered; still switched for this page.
  }
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
  for (const host of hosts) host.requestUpdate();
}

/** Intl locale for dates and numbers. */
export function intlLocale(): string {
  return current === 'de' ? 'de-DE' : 'en-GB';
}

/** Gives an element the workspace's texts and re-renders it when the language changes. */
export class WorkspaceI18n implements ReactiveController {
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.#host);
  }

  hostDisconnected(): void {
    hosts.delete(this.#host);
  }

  get locale(): WorkspaceLocale {
    return current;
  }

  t<K extends Key>(key: K, ...args: Args<K>): string {
    const entry = (TEXTS[current][key] ?? de[key]) as unknown;
    return typeof entry === 'function' ? (entry as (...a: unknown[]) => string)(...args) : (entry as string);
  }

  /** A date (YYYY-MM-DD) with weekday: "Do., 03.12.2026" / "Thu, 03/12/2026". */
  date(iso: string): string {
    return new Intl.DateTimeFormat(intlLocale(), {
      weekday: 'short',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${iso.slice(0, 10)}T12:00:00Z`));
  }

  /** A moment (ISO timestamp) in German time: "28.11.2026, 10:05". */
  dateTime(iso: string): string {
    return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(
      new Date(iso),
    );
  }
}
