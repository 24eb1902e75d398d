// Where the time goes on each path issue #20 sets a target for: V8 CPU profiles of the cold CLI
// (one large report, a folder of 500), the engine's first lint in a fresh process and its warm
// lints, the language server's edits at 100 KB and 1 MB, and the client's activation. Prints the
// top frames of each by self time and writes the profiles to bench/profiles/ (open them in Chrome
// DevTools or VS Code). `npm run bench:profile` builds unminified bundles first, so the frames
// carry the source's function names.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFolder } from './cli.mjs';
import { baseCorpus, corpusOf } from './corpus.mjs';
import { editAt } from './lsp.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const outDir = path.join(root, 'bench', 'profiles');
const TOP = Number(process.env.ZH_REPORT_PROFILE_TOP ?? 8);

/** The frames that took the most time themselves (idle time left out), with their share. */
export function topFrames(profile, count = TOP) {
  const hits = new Map();
  for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
  const self = new Map();
  let busy = 0;
  for (const node of profile.nodes) {
    const n = hits.get(node.id) ?? 0;
    const { functionName, url, lineNumber } = node.callFrame;
    if (!n || functionName === '(idle)') continue;
    busy += n;
    const where = url ? `${url.split('/').pop()}:${lineNumber + 1}` : '';
    const key = `${functionName || '(anonymous)'} ${where}`.trim();
    self.set(key, (self.get(key) ?? 0) + n);
  }
  const msPerSample = (profile.endTime - profile.startTime) / 1000 / profile.samples.length;
  const frames = [...self].sort((a, b) => b[1] - a[1]).slice(0, count);
  return { busyMs: busy * msPerSample, frames: frames.map(([frame, n]) => ({ frame, share: n / busy })) };
}

function node(args, options = {}) {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30, ...options });
  if (r.status !== 0 && r.status !== 1) throw new Error(`node ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return r;
}

/** Runs a script under --cpu-prof and returns its one profile. */
function profileRun(name, args) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-report-prof-'));
  node(['--cpu-prof', '--cpu-prof-interval', '250', '--cpu-prof-dir', dir, ...args]);
  const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  const saved = path.join(outDir, `${name}.cpuprofile`);
  fs.copyFileSync(path.join(dir, file), saved);
  fs.rmSync(dir, { recursive: true, force: true });
  return JSON.parse(fs.readFileSync(saved, 'utf8'));
}

/** The engine in a fresh process, profiled from its first lint (`cold`) or after 30 lints (`warm`). */
function engineScript(file, mode) {
  return `
    const inspector = require('node:inspector');
    const fs = require('node:fs');
    const { lint } = require(${JSON.stringify(path.join(root, 'out', 'engine'))});
    const text = fs.readFileSync(${JSON.stringify(file)}, 'utf8');
    ${mode === 'warm' ? 'for (let i = 0; i < 30; i++) lint(text);' : ''}
    const session = new inspector.Session();
    session.connect();
    session.post('Profiler.enable');
    session.post('Profiler.setSamplingInterval', { interval: 250 });
    session.post('Profiler.start');
    for (let i = 0; i < ${mode === 'warm' ? 100 : 1}; i++) lint(text);
    session.post('Profiler.stop', (e, r) => process.stdout.write(JSON.stringify(r.profile)));`;
}

async function lspProfile(name, text) {
  const { LspClient } = require(path.join(root, 'out', 'test', 'support', 'lsp-client.js'));
  const saved = path.join(outDir, `${name}.cpuprofile`);
  fs.rmSync(saved, { force: true });
  const env = { NODE_OPTIONS: `--require ${path.join(root, 'bench', 'profile-preload.cjs')}`, ZH_REPORT_PROFILE_OUT: saved };
  const client = new LspClient(path.join(root, 'dist', 'server.js'), ['--stdio'], env);
  await client.initialize({});
  const uri = 'file:///bench/report.txt';
  let version = 1;
  const opened = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 1, 60_000);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version, text } });
  await opened;
  // The same edits as bench/lsp.mjs, one at a time.
  for (let i = 0; i < 200; i++) {
    const v = ++version;
    const done = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === v, 60_000);
    client.notify('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [editAt(text, i)] });
    await done;
  }
  await client.shutdown();
  await new Promise((resolve) => (client.child.exitCode !== null ? resolve() : client.child.once('exit', resolve)));
  return JSON.parse(fs.readFileSync(saved, 'utf8'));
}

export async function profileAll() {
  fs.mkdirSync(outDir, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-report-profile-'));
  const base = baseCorpus().text;
  const big = path.join(tmp, 'big.txt');
  fs.writeFileSync(big, corpusOf(base, 1.5e6));
  const folder = path.join(tmp, 'folder');
  writeFolder(folder, corpusOf(base, 7.8e6), 500);
  const cli = path.join(root, 'dist', 'cli.js');
  const results = {};
  try {
    results['cli-1.5MB'] = topFrames(profileRun('cli-1.5MB', [cli, 'lint', big]));
    results['cli-folder-500'] = topFrames(profileRun('cli-folder-500', [cli, 'lint', folder]));
    for (const mode of ['cold', 'warm']) {
      const r = node(['-e', engineScript(big, mode)]);
      fs.writeFileSync(path.join(outDir, `engine-${mode}.cpuprofile`), r.stdout);
      results[`engine-${mode}-1.5MB`] = topFrames(JSON.parse(r.stdout));
    }
    results['lsp-100KB'] = topFrames(await lspProfile('lsp-100KB', corpusOf(base, 1e5)));
    results['lsp-1MB'] = topFrames(await lspProfile('lsp-1MB', corpusOf(base, 1e6)));
    const activation = `import(${JSON.stringify(path.join(root, 'bench', 'activation.mjs'))}).then((m) => m.measureActivation(${JSON.stringify(root)})).then(() => process.exit(0));`;
    results.activation = topFrames(profileRun('activation', ['-e', activation]));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const results = await profileAll();
  for (const [name, { busyMs, frames }] of Object.entries(results)) {
    console.log(`\n${name}: ${busyMs.toFixed(0)} ms busy; top frames by self time`);
    for (const f of frames) console.log(`  ${(f.share * 100).toFixed(1).padStart(5)} %  ${f.frame}`);
  }
  fs.writeFileSync(path.join(outDir, 'top-frames.json'), JSON.stringify({ date: new Date().toISOString(), results }, null, 1) + '\n');
  console.log(`\nprofiles and top-frames.json in ${path.relative(root, outDir)}/`);
}
