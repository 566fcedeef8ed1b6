/**
 * Web Test Runner plugin: serves any file of the test server late, so tests can change or
 * drop a feed while it is still loading. `/test/slow/<ms>/<path>` answers `<path>` after `<ms>`
 * milliseconds (the query string included). Commands (`executeServerCommand` from '@web/test-runner-commands'):
 *
 *   slow-requests {path}   how many slow requests for `<path>` arrived
 *   slow-aborted {path}    how many of them the browser gave up before the answer (an aborted fetch)
 */
const PATTERN = /^\/test\/slow\/(\d+)(\/.*)$/;

export function slowFilesPlugin() {
  const arrived = new Map();
  const aborted = new Map();
  const bump = (map, key) => map.set(key, (map.get(key) ?? 0) + 1);

  return {
    name: 'wir-slow-files',

    serverStart({ server }) {
      // As in receiver-plugin.mjs: Koa composed its middleware already, so the slow paths are
      // taken off the node:http server before Koa sees them, waited for, then handed on rewritten.
      const koaListeners = server.listeners('request');
      server.removeAllListeners('request');
      server.on('request', (req, res) => {
        const match = PATTERN.exec(req.url ?? '');
        const forward = () => {
          for (const listener of koaListeners) listener.call(server, req, res);
        };
        if (!match) return forward();
        const [, ms, path] = match;
        bump(arrived, path);
        let gone = false;
        res.on('close', () => {
          if (!res.writableEnded) {
            gone = true;
            bump(aborted, path);
          }
        });
        setTimeout(() => {
          if (gone) return;
          req.url = path;
          forward();
        }, Number(ms));
      });
    },

    executeCommand({ command, payload }) {
      if (command === 'slow-requests') return arrived.get(String(payload?.path)) ?? 0;
      if (command === 'slow-aborted') return aborted.get(String(payload?.path)) ?? 0;
      return undefined;
    },
  };
}
