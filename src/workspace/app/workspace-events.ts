/**
 * How the workspace's views talk to the app shell: typed events that bubble out of their
 * shadow roots. The shell owns the one live region, the session and the address.
 */

/** Say something to screen-reader users through the shell's polite live region. */
export class WorkspaceAnnounceEvent extends Event {
  constructor(readonly message: string) {
    super('wir-koordination-announce', { bubbles: true, composed: true });
  }
}

/** Show another path of the workspace (e.g. the inbox after an erasure). */
export class WorkspaceNavigateEvent extends Event {
  constructor(
    readonly path: string,
    readonly replace = false,
  ) {
    super('wir-koordination-navigate', { bubbles: true, composed: true });
  }
}

/** The session changed (logged in, second factor set up): the shell reloads who is logged in. */
export class WorkspaceSessionEvent extends Event {
  constructor() {
    super('wir-koordination-session', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wir-koordination-announce': WorkspaceAnnounceEvent;
    'wir-koordination-navigate': WorkspaceNavigateEvent;
    'wir-koordination-session': WorkspaceSessionEvent;
  }
}
