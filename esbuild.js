// Builds the bundles: dist/client.js (vscode external), dist/server.js with dist/ajv.js and
// dist/re2js.js (loaded on demand), and dist/cli.js.
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
 * Packages the language server loads only when a workspace needs them (a config file, a user
 * placeholder pattern): each becomes dist/<name>.js, and the server requires it from there, so
 * that starting the server does not parse them.
 */
const ON_DEMAND = ['ajv', 're2js'];
const onDemandFromDist = {
  name: 'on-demand-from-dist',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^(${ON_DEMAND.join('|')})$`) }, (args) => ({ path: `./${args.path}.js`, external: true }));
  },
};

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', plugins: [onDemandFromDist] },
  ...ON_DEMAND.map((name) => ({ stdin: { contents: `module.exports = require('${name}');`, resolveDir: __dirname, loader: 'js' }, outfile: `dist/${name}.js` })),
  { entryPoints: ['cli/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
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
