// Builds the bundles: dist/client.js (vscode external), dist/server.js with dist/ajv.js and
// dist/re2js.js (loaded on demand), dist/cli.js, dist/export.js (Word export with the docx
// package) and dist/docx-reader.js (reading .docx), loaded only when an export or a .docx needs them.
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

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'], plugins: [wordFromDist] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', plugins: [onDemandFromDist, wordFromDist] },
  { entryPoints: ['engine/export/index.ts'], outfile: 'dist/export.js' },
  { entryPoints: ['engine/docx/index.ts'], outfile: 'dist/docx-reader.js' },
  ...ON_DEMAND.map((name) => ({ stdin: { contents: `module.exports = require('${name}');`, resolveDir: __dirname, loader: 'js' }, outfile: `dist/${name.replace(/-/g, '')}.js` })),
  { entryPoints: ['cli/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [onDemandFromDist, wordFromDist] },
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
