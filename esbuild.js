// Builds the bundles: dist/client.js (vscode external), dist/server.js with dist/ajv.js and
// dist/re2js.js (loaded on demand), dist/cli.js, dist/export.js (Word export with the docx
// package) and dist/docx-reader.js (reading .docx), loaded only when an export or a .docx needs them;
// for the web, dist/web/client.js and dist/web/server.js (a Web Worker), which load the same
// dist/ajv.js, dist/re2js.js and dist/export.js.
// Flags: --watch rebuilds on change; --production minifies and drops source maps.
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: 'none',
  // jsonc-parser's UMD build hides its requires from the bundler; its ESM build does not.
  mainFields: ['module', 'main'],
};

/**
 * Packages the language server and the CLI load only when needed (a config file, a user
 * placeholder pattern, a GBK file): each becomes dist/<name>.js, required from there, so that
 * starting does not parse them.
 */
const ON_DEMAND = ['ajv', 're2js', 'iconv-lite'];
/** Of those, the ones built for Node only (the others are universal, below). */
const NODE_ONLY = ['iconv-lite'];
const onDemandFromDist = {
  name: 'on-demand-from-dist',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^(${ON_DEMAND.join('|')})$`) }, (args) => ({ path: `./${args.path.replace(/-/g, '')}.js`, external: true }));
  },
};

/**
 * The Word exporter (engine/export) and reader (engine/docx) stay out of the bundles that use them:
 * they require dist/export.js and dist/docx-reader.js when an export or a .docx needs them.
 */
const wordFromDist = {
  name: 'word-from-dist',
  setup(build) {
    build.onResolve({ filter: /\/engine\/export$/ }, () => ({ path: './export.js', external: true }));
    build.onResolve({ filter: /\/engine\/docx$/ }, () => ({ path: './docx-reader.js', external: true }));
  },
};

/**
 * Parts both platforms load on demand, built once: a script that works as a CommonJS module (the
 * Node server and CLI require it) and as a classic script a Web Worker runs with importScripts
 * (it then puts its exports on self.zhReportModules). `platform: 'browser'` makes the build fail
 * if a Node built-in slips in.
 */
const UNIVERSAL = { ajv: 'ajv', re2js: 're2js', export: './engine/export/index.ts' };
const universalBuilds = Object.entries(UNIVERSAL).map(([name, module]) => ({
  platform: 'browser',
  target: 'es2022',
  mainFields: ['browser', 'module', 'main'],
  format: 'iife',
  globalName: 'zhReportModule',
  stdin: { contents: `module.exports = require(${JSON.stringify(module)});`, resolveDir: __dirname, loader: 'js' },
  footer: { js: `if (typeof module === 'object' && module.exports) module.exports = zhReportModule; else (self.zhReportModules = self.zhReportModules || {})[${JSON.stringify(name)}] = zhReportModule;` },
  outfile: `dist/${name}.js`,
}));

/**
 * The web build (vscode.dev, github.dev): the client for the web extension host, and the server as
 * a classic Web Worker, which loads the universal parts above with importScripts from dist/.
 */
const onDemandInWorker = {
  name: 'on-demand-in-worker',
  setup(build) {
    const shim = (name) => ({ path: name, namespace: 'web-on-demand' });
    build.onResolve({ filter: /^(ajv|re2js)$/ }, (args) => shim(args.path));
    build.onResolve({ filter: /\/engine\/export$/ }, () => shim('export'));
    build.onLoad({ filter: /.*/, namespace: 'web-on-demand' }, (args) => ({
      loader: 'js',
      contents: `var m = self.zhReportModules = self.zhReportModules || {};
if (!m[${JSON.stringify(args.path)}]) importScripts((self.zhReportScripts && self.zhReportScripts[${JSON.stringify(args.path)}]) || new URL(${JSON.stringify(`../${args.path}.js`)}, self.location.href).href);
module.exports = m[${JSON.stringify(args.path)}];`,
    }));
  },
};
const web = { platform: 'browser', target: 'es2022', mainFields: ['browser', 'module', 'main'] };
const webBuilds = [
  { ...web, entryPoints: ['client/src/web.ts'], outfile: 'dist/web/client.js', format: 'cjs', external: ['vscode'] },
  { ...web, entryPoints: ['server/src/web.ts'], outfile: 'dist/web/server.js', format: 'iife', plugins: [onDemandInWorker] },
];

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'], plugins: [wordFromDist] },
  { entryPoints: ['server/src/node.ts'], outfile: 'dist/server.js', plugins: [onDemandFromDist, wordFromDist] },
  { entryPoints: ['engine/docx/index.ts'], outfile: 'dist/docx-reader.js' },
  ...NODE_ONLY.map((name) => ({ stdin: { contents: `module.exports = require('${name}');`, resolveDir: __dirname, loader: 'js' }, outfile: `dist/${name.replace(/-/g, '')}.js` })),
  { entryPoints: ['cli/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [onDemandFromDist, wordFromDist] },
  ...universalBuilds,
  ...webBuilds,
];

async function main() {
  const contexts = await Promise.all(builds.map((b) => esbuild.context({ ...common, ...b })));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    console.log('[esbuild] watching');
    return;
  }
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
