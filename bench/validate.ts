/**
 * `npm run bench:validate`: how long `wir-widgets validate` takes on large feeds whose records
 * are all invalid (every record reported with its line and column), and on a hostile file of
 * deeply nested arrays. Runs the built CLI (`dist/cli`, what `npx wir-widgets` runs; `npm run
 * build` first). Prints a table; figures go to bench/RESULTS.md.
 *
 * Besides wall time it prints the CPU time the CLI used (user + system, from the kernel's
 * account of finished children): on a shared machine wall time grows with the load, CPU time
 * far less, so the two together say what a quiet machine would show.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'wir-bench-validate-'));

/** A lotsen feed of ~`mb` MB whose every record has a latitude outside Hessen. */
function invalidFeed(mb: number): string {
  const record = (i: number) =>
    `    {\n      "id": "L-${i}", "name": "Amina K.", "languages": ["ar", "ti"], "topics": ["behoerden"], "available": true,\n` +
    `      "place": { "ort": "Dietzenbach", "kommune": "06438", "lat": 99, "lon": 8.78 },\n` +
    `      "contact": { "name": "WIR-Koordination", "email": "wir@example.de" }\n    }`;
  const head =
    '{\n  "format": "wir-feed", "version": 1, "kind": "lotsen",\n  "publisher": { "name": "Kreis Offenbach", "kommune": "06438" },\n  "records": [\n';
  const perRecord = record(0).length + 2;
  const count = Math.ceil((mb * 1024 * 1024) / perRecord);
  return `${head}${Array.from({ length: count }, (_, i) => record(i)).join(',\n')}\n  ]\n}\n`;
}

function nested(depth: number): string {
  return `{"format":"wir-feed","version":1,"kind":"lotsen","publisher":{"name":"X"},"extra":${'['.repeat(depth)}${']'.repeat(depth)},"records":[]}`;
}

const cases: Array<[string, string]> = [
  ['5 MB, every record invalid', invalidFeed(5)],
  ['50 MB, every record invalid', invalidFeed(50)],
  ['10,000 nested arrays in an unknown field', nested(10_000)],
];

/** CPU seconds used by this process's finished children (Linux: cutime + cstime in /proc/self/stat). */
function childCpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  // After "pid (comm) ", field 3 is index 0; cutime and cstime are fields 16 and 17, in 1/100 s.
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

const CLI = 'dist/cli/wir-widgets.js';
if (!existsSync(CLI)) {
  console.error(`bench:validate: ${CLI} is missing; run "npm run build" first.`);
  process.exit(2);
}
const [load1] = readFileSync('/proc/loadavg', 'utf8').split(' ');
console.log(`Node ${process.version}, 1-minute load average ${load1} at the start.\n`);
console.log('| file | size | records reported | exit | wall time | CPU time |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const [label, text] of cases) {
  const file = join(dir, 'feed.json');
  writeFileSync(file, text);
  const started = process.hrtime.bigint();
  const cpuBefore = childCpuSeconds();
  const run = spawnSync(process.execPath, [CLI, 'validate', file], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = childCpuSeconds() - cpuBefore;
  const reported = run.stdout.split('\n').filter((l) => /\(record "/.test(l)).length;
  const mb = (Buffer.byteLength(text) / 1024 / 1024).toFixed(1);
  console.log(`| ${label} | ${mb} MB | ${reported.toLocaleString('en')} | ${run.status} | ${seconds.toFixed(2)} s | ${cpu.toFixed(2)} s |`);
}
rmSync(dir, { recursive: true, force: true });
