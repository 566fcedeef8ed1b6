// Serves the sources with TypeScript compiled on the fly, for pages under demo/dev/ used
// while building a widget (screenshots, manual checks): npx web-dev-server --config web-dev-server.config.mjs
import { esbuildPlugin } from '@web/dev-server-esbuild';

export default {
  rootDir: '.',
  nodeResolve: true,
  port: Number(process.env.PORT || 8000),
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  // Sample feeds are fetched as /data/*.json, as on the demo page.
  middleware: [
    (ctx, next) => {
      if (ctx.path.startsWith('/data/')) ctx.path = `/demo${ctx.path}`;
      return next();
    },
  ],
};
