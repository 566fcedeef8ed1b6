/**
 * THIRD-PARTY-LICENSES.txt: the licence of every package whose code is inside the built files
 * (the browser bundles and the CLI), found from their source maps, so the list follows what the
 * bundles really contain rather than a hand-kept list. Written by scripts/build.mjs into dist/
 * (the npm package) and copied into the release archive by scripts/release.mjs.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** Every .map file under `dir`. */
function maps(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return maps(path);
    return path.endsWith('.map') ? [path] : [];
  });
}

/** `node_modules/@lit/task/x.js` → `node_modules/@lit/task` (the innermost package folder). */
function packageFolder(source) {
  const parts = source.split(sep);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0) return undefined;
  const length = parts[at + 1]?.startsWith('@') ? 3 : 2;
  return parts.slice(0, at + length).join(sep);
}

/** The packages inside the built files under `distDir`, with name, version, licence and licence text. */
export function bundledPackages(distDir) {
  const folders = new Set();
  for (const map of maps(distDir)) {
    const { sources = [], sourceRoot = '' } = JSON.parse(readFileSync(map, 'utf8'));
    for (const source of sources) {
      const folder = packageFolder(resolve(dirname(map), sourceRoot, source));
      if (folder) folders.add(folder);
    }
  }
  return [...folders]
    .map((folder) => {
      const pkg = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
      const file = readdirSync(folder).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
      return {
        name: pkg.name,
        version: pkg.version,
        license: typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? 'see package'),
        text: file ? readFileSync(join(folder, file), 'utf8').trim() : undefined,
        where: relative(process.cwd(), folder),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function thirdPartyLicencesText(distDir) {
  const packages = bundledPackages(distDir);
  const missing = packages.filter((p) => !p.text);
  if (missing.length) throw new Error(`no licence file in ${missing.map((p) => p.where).join(', ')}`);
  const header = [
    'Third-party software inside the wir-widgets bundles and CLI',
    '',
    'The files of wir-widgets (MIT, see LICENSE) contain code of the packages below, each under',
    'its own licence. Data sources (GeoNames, CC BY 4.0) are named in NOTICE.',
    '',
    ...packages.map((p) => `- ${p.name} ${p.version} (${p.license})`),
  ];
  const bodies = packages.map((p) => `${'='.repeat(72)}\n${p.name} ${p.version} (${p.license})\n${'='.repeat(72)}\n\n${p.text}\n`);
  return `${header.join('\n')}\n\n${bodies.join('\n')}`;
}

export const THIRD_PARTY_FILE = 'THIRD-PARTY-LICENSES.txt';
