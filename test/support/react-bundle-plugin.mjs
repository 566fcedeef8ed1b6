/**
 * Web Test Runner plugin: serves test files under test/react/ bundled by esbuild. React ships
 * CommonJS only, which a browser cannot import as an ES module; bundling the test file (React,
 * react-dom, @lit/react and the widgets with it) gives the browser one ES module. Other test
 * files are untouched.
 */
import { build } from 'esbuild';

export function reactBundlePlugin() {
  return {
    name: 'wir-react-bundle',
    async serve(context) {
      if (!/^\/test\/react\/[\w-]+\.test\.ts$/.test(context.path)) return undefined;
      const result = await build({
        entryPoints: [`.${context.path}`],
        bundle: true,
        format: 'esm',
        target: 'es2022',
        tsconfig: './tsconfig.json',
        write: false,
        logLevel: 'warning',
        // React picks its development build from this; the test wants React's own warnings.
        define: { 'process.env.NODE_ENV': '"development"' },
      });
      return { body: result.outputFiles[0].text, type: 'js' };
    },
  };
}
