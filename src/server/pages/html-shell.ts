/**
 * The HTML the server writes itself — the workspace's and the status page's shells: one
 * custom element, one module script, nothing inline (the same strict CSP as the demo), and
 * every text escaped. The scripts are built by rollup into dist/koordination/ and served under
 * /koordination/assets/ (see assets.ts).
 */
import type { ServerResponse } from 'node:http';
import { DEMO_CSP } from '../static-files.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

export interface Shell {
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  /** File under /koordination/assets/. */
  script: string;
  /** The element the script defines, with its attributes (values escaped here). */
  element: { tag: string; attributes: Record<string, string>; fallback: string };
}

export const ASSETS_PATH = '/koordination/assets/';

export function renderShell(shell: Shell): string {
  const attributes = Object.entries(shell.element.attributes)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  return `<!doctype html>
<html lang="${escapeHtml(shell.lang)}" dir="${shell.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(shell.title)}</title>
<script type="module" src="${ASSETS_PATH}${escapeHtml(shell.script)}"></script>
</head>
<body>
<${shell.element.tag}${attributes}><p>${escapeHtml(shell.element.fallback)}</p></${shell.element.tag}>
</body>
</html>
`;
}

export function sendShell(res: ServerResponse, shell: Shell, head = false): void {
  const html = renderShell(shell);
  res.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(html),
    'Content-Security-Policy': DEMO_CSP,
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(head ? undefined : html);
}
