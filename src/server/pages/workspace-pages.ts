/**
 * The workspace's pages: every path under /koordination/ that is not an asset gets the same
 * shell (the app routes in the browser: inbox, detail, accounts, password link, …), and the
 * built scripts are served from dist/koordination/ under /koordination/assets/.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { notFound, serveStatic } from '../static-files.js';
import { ASSETS_PATH, sendShell } from './html-shell.js';

export const WORKSPACE_PATH = '/koordination';

export function isWorkspacePath(path: string): boolean {
  return path === WORKSPACE_PATH || path.startsWith(`${WORKSPACE_PATH}/`);
}

export function serveWorkspace(req: IncomingMessage, res: ServerResponse, path: string, assetsDir: string): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    res.writeHead(405).end();
    return;
  }
  if (path.startsWith(ASSETS_PATH)) {
    serveStatic(req, res, assetsDir, path.slice(ASSETS_PATH.length)).catch(() => (res.headersSent ? res.destroy() : notFound(res)));
    return;
  }
  if (path === WORKSPACE_PATH) {
    res.writeHead(308, { Location: `${WORKSPACE_PATH}/` }).end();
    return;
  }
  sendShell(
    res,
    {
      lang: 'de',
      dir: 'ltr',
      title: 'WIR-Koordination',
      script: 'wir-koordination.js',
      element: { tag: 'wir-koordination', attributes: {}, fallback: 'Der Arbeitsbereich wird geladen …' },
    },
    req.method === 'HEAD',
  );
}
