/**
 * `npx wir-widgets receiver` from the build (no tsx): the packaged CLI starts the reference
 * receiver from the same environment variables as src/server/receiver-cli.ts, and it stores
 * a request that a coordinator can then list with the token.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { post, sampleRequest } from '../server/receiver-harness.js';

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Resolves with the first stdout line that matches, or rejects with what the process printed. */
function waitForLine(child: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let printed = '';
    const onData = (chunk: Buffer) => {
      printed += chunk;
      const line = printed.split('\n').find((l) => pattern.test(l));
      if (line) resolve(line);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (printed += chunk));
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${printed}`)));
  });
}

test('wir-widgets receiver (built CLI) listens on PORT, stores a request and lists it for the token holder', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wir-cli-receiver-'));
  const port = await freePort();
  const token = 'a-token-of-20-chars!';
  const child = spawn(process.execPath, ['dist/cli/wir-widgets.js', 'receiver'], {
    env: { ...process.env, PORT: String(port), WIR_DB_PATH: join(dir, 'anfragen.sqlite'), WIR_ADMIN_TOKEN: token },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const line = await waitForLine(child, /listening/);
    assert.equal(line, `wir-receiver: listening url=http://127.0.0.1:${port} engine=sqlite`);
    const request = sampleRequest();
    const stored = await post(`http://127.0.0.1:${port}/api/anfragen`, request);
    assert.equal(stored.status, 201);
    const list = await fetch(`http://127.0.0.1:${port}/api/anfragen`, { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(list.status, 200);
    const { items } = (await list.json()) as { items: Array<{ id: string }> };
    assert.deepEqual(
      items.map((i) => i.id),
      [request.id],
    );
  } finally {
    child.kill('SIGTERM');
    if (child.exitCode === null) await once(child, 'exit');
    rmSync(dir, { recursive: true, force: true });
  }
});

test('wir-widgets receiver refuses a short admin token and says which variable is wrong', async () => {
  const child = spawn(process.execPath, ['dist/cli/wir-widgets.js', 'receiver'], {
    env: { ...process.env, PORT: '0', WIR_ADMIN_TOKEN: 'short' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  child.stdout.on('data', (chunk: Buffer) => (printed += chunk));
  child.stderr.on('data', (chunk: Buffer) => (printed += chunk));
  const [code] = await once(child, 'exit');
  assert.equal(code, 1);
  assert.match(printed, /WIR_ADMIN_TOKEN must be at least 16 characters/);
});
