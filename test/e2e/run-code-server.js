// Runs the integration suite (test/integration) inside a real VS Code: code-server served on
// 127.0.0.1 to Debian's Chromium, driven by playwright-core. The workbench `payload` parameter
// loads this extension under development and calls the suite's run(). Everything here waits on
// events (a log line, a file appearing) with a time limit; nothing decides on a fixed sleep.
//
// Exit code: 0 when every test passed; 1 when a test failed, no test ran, or results never came.
// Screenshots of the workbench go to test-results/screenshots/ (ignored by git), so a run leaves
// the working tree as it was; with --update-screenshots (npm run screenshots) they replace the
// committed ones in docs/images/.
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const cache = path.join(root, '.vscode-test', 'code-server');
const RESULTS_TIMEOUT_MS = 5 * 60 * 1000;
const START_TIMEOUT_MS = 90 * 1000;
const args = process.argv.slice(2);
const vsixMode = args.includes('--vsix');
/** The extension's browser entry in code-server's web worker extension host, with test/web-integration. */
const webHostMode = args.includes('--web-host');
const updateScreenshots = args.includes('--update-screenshots');

function step(msg) {
  console.log(`[e2e] ${msg}`);
}

function run(cmd, cmdArgs, opts = {}) {
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit', cwd: root, ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${cmdArgs.join(' ')} exited with ${r.status}`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Resolves when `file` exists, watching its folder; rejects after `ms`. */
function waitForFile(file, ms, what) {
  return new Promise((resolve, reject) => {
    const dir = path.dirname(file);
    let watcher = null;
    const done = (err) => {
      clearTimeout(timer);
      if (watcher) watcher.close();
      err ? reject(err) : resolve();
    };
    const timer = setTimeout(() => done(new Error(`${what} did not arrive within ${ms / 1000} s`)), ms);
    watcher = fs.watch(dir, () => {
      if (fs.existsSync(file)) done();
    });
    if (fs.existsSync(file)) done();
  });
}

/** Resolves when the process prints a line matching `re`; rejects if it exits first or after `ms`. */
function waitForOutput(child, re, ms) {
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk) => {
      seen += chunk.toString();
      if (re.test(seen)) finish();
    };
    const onExit = (code) => finish(new Error(`code-server exited with ${code} before it was ready:\n${seen}`));
    const timer = setTimeout(() => finish(new Error(`code-server not ready within ${ms / 1000} s:\n${seen}`)), ms);
    function finish(err) {
      clearTimeout(timer);
      child.stdout.off('data', onData);
      child.stderr.off('data', onData);
      child.off('exit', onExit);
      err ? reject(err) : resolve();
    }
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', onExit);
  });
}

function stopProcessGroup(child) {
  return new Promise((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
    }, 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      resolve();
    }
  });
}

/**
 * Takes a screenshot whenever the suite announces a scene (<name>.ready in the scenes folder) and
 * answers with <name>.done. Scenes may come in any order; each is taken once.
 */
function screenshotScenes(page, scenes, images) {
  const taken = new Set();
  let chain = Promise.resolve();
  const take = (name) => {
    if (taken.has(name)) return;
    taken.add(name);
    chain = chain.then(async () => {
      if (name.startsWith('outline')) {
        // Collapse the file tree's section so that the Outline gets the side bar.
        const header = page.locator('.pane-header', { hasText: /^workspace$/i }).first();
        if ((await header.count()) && (await header.getAttribute('aria-expanded')) !== 'false') await header.click();
      }
      // Let the workbench paint the state the suite just set up before capturing it.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await page.screenshot({ path: path.join(images, `${name}.png`) });
      step(`screenshot ${path.relative(root, path.join(images, `${name}.png`))}`);
      fs.writeFileSync(path.join(scenes, `${name}.done`), '');
    });
  };
  const scan = () => {
    for (const f of fs.readdirSync(scenes)) if (f.endsWith('.ready')) take(f.slice(0, -'.ready'.length));
  };
  const watcher = fs.watch(scenes, scan);
  scan();
  return {
    stop: async () => {
      watcher.close();
      await chain;
    },
  };
}

/**
 * The notification showing `text`: its toast, or, when VS Code put it straight into the
 * notification centre without a toast (it does so now and then, with the bell showing a dot), its
 * entry there, with the centre opened the way a person opens it, from the bell in the status bar.
 */
async function findNotification(page, text) {
  const toast = page.locator('.notification-toast', { hasText: text }).last();
  try {
    await toast.waitFor({ state: 'visible', timeout: 10_000 });
    return toast;
  } catch {
    step(`no toast showing “${text}”; looking in the notification centre`);
    const entry = page.locator('.notifications-center .notification-list-item', { hasText: text }).last();
    if (!(await entry.isVisible())) await page.locator('.statusbar-item[id*="notifications" i]').last().click();
    await entry.waitFor({ state: 'visible', timeout: 20_000 });
    return entry;
  }
}

/**
 * Clicks for the suite: when it writes <id>.click holding a button's label, the runner clicks that
 * button on a notification in the workbench (for CLOSE:text, the close button of the notification
 * showing that text) and answers with <id>.clicked. Notifications are answered the way a person answers
 * them, not through a test-only path in the extension. (Modal dialogs cannot be tested: VS Code
 * refuses to show them while extension tests run.)
 */
function answerClicks(page, dir) {
  const done = new Set();
  let chain = Promise.resolve();
  const scan = () => {
    for (const f of fs.readdirSync(dir)) {
      if (!f.endsWith('.click') || done.has(f)) continue;
      done.add(f);
      const label = fs.readFileSync(path.join(dir, f), 'utf8');
      chain = chain.then(async () => {
        const close = /^CLOSE:(.*)$/s.exec(label);
        const notification = await findNotification(page, close ? close[1] : label);
        const button = close ? notification.locator('.codicon-notifications-clear') : notification.locator('.monaco-button', { hasText: label }).first();
        // The close button shows when the pointer is over the notification.
        if (close) await notification.hover();
        await button.waitFor({ state: 'visible', timeout: 30_000 });
        await button.click();
        // Leave the workbench as a toast would have: the centre closed again.
        const centre = page.locator('.notifications-center.visible');
        if (await centre.isVisible()) await centre.locator('.codicon-notifications-hide').first().click().catch(() => page.keyboard.press('Escape'));
        step(`clicked “${label}”`);
        fs.writeFileSync(path.join(dir, f.replace(/\.click$/, '.clicked')), '');
      }).catch(async (e) => {
        step(`could not click “${label}”: ${e.message}`);
        // What the workbench showed instead, for whoever reads the failure.
        const shot = path.join(root, 'test-results', `click-failure-${f.replace(/\.click$/, '')}.png`);
        await page.screenshot({ path: shot }).then(() => step(`workbench at the failure: ${path.relative(root, shot)}`), () => {});
        fs.writeFileSync(path.join(dir, f.replace(/\.click$/, '.clicked')), `error: ${e.message}`);
      });
    }
  };
  const watcher = fs.watch(dir, scan);
  scan();
  return { stop: async () => { watcher.close(); await chain; } };
}

/**
 * Every relative link and image of the README, as the installed extension shows it, names a file
 * that the .vsix shipped (the extension page resolves them inside the installed folder).
 */
function checkReadmeLinks(extensionsDir) {
  const installed = fs.readdirSync(extensionsDir).find((d) => d.startsWith('zh-report.zh-report-'));
  if (!installed) throw new Error(`the .vsix did not install into ${extensionsDir}`);
  const dir = path.join(extensionsDir, installed);
  // vsce stores it as readme.md.
  const name = fs.readdirSync(dir).find((f) => f.toLowerCase() === 'readme.md');
  if (!name) throw new Error('the .vsix holds no README');
  const readme = fs.readFileSync(path.join(dir, name), 'utf8').replace(/```[\s\S]*?```/g, '');
  const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((t) => !/^(https?:|mailto:|#)/.test(t));
  const missing = targets.filter((t) => !fs.existsSync(path.join(dir, decodeURI(t.split('#')[0]))));
  if (missing.length) throw new Error(`README links that the .vsix does not ship: ${missing.join(', ')}`);
  step(`README: ${targets.length} relative links, all shipped in the .vsix`);
}

function prepareWorkspace(tmp) {
  const ws = path.join(tmp, 'workspace');
  fs.mkdirSync(path.join(ws, 'examples'), { recursive: true });
  for (const f of fs.readdirSync(path.join(root, 'examples'))) fs.copyFileSync(path.join(root, 'examples', f), path.join(ws, 'examples', f));
  return ws;
}

function prepareUserData(tmp) {
  const userData = path.join(tmp, 'user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'security.workspace.trust.enabled': false,
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.welcomePage.walkthroughs.openOnInstall': false,
        'outline.collapseItems': 'alwaysExpand',
        'editor.fontFamily': "'Noto Sans Mono CJK SC', 'Noto Sans CJK SC', monospace",
        'editor.minimap.enabled': false,
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        // The switch for the web host: where an extension runs is its kind, and this setting sets
        // it. (The payload's extensionDevelopmentKind is read under another name by this VS Code's
        // browser side, so it has no effect here.)
        ...(webHostMode ? { 'remote.extensionKind': { 'zh-report.zh-report': ['web'] } } : {}),
      },
      null,
      2,
    ),
  );
  return userData;
}

async function main() {
  run('bash', [path.join(__dirname, 'install-code-server.sh')]);
  step('building the extension and the integration suite');
  run(process.execPath, ['esbuild.js']);
  run(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.integration.json']);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-report-e2e-'));
  const ws = prepareWorkspace(tmp);
  const userData = prepareUserData(tmp);
  const extensionsDir = path.join(userData, 'extensions');
  const scenes = path.join(tmp, 'scenes');
  fs.mkdirSync(scenes);
  const clicks = path.join(tmp, 'clicks');
  fs.mkdirSync(clicks);
  // The web suite has no Node to write with: it writes into the workspace through vscode.workspace.fs.
  const results = webHostMode ? path.join(ws, '.zh-report-web-results.json') : path.join(tmp, 'results.json');
  const images = updateScreenshots ? path.join(root, 'docs', 'images') : path.join(root, 'test-results', 'screenshots');
  fs.mkdirSync(images, { recursive: true });
  const codeServer = path.join(cache, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

  let extensionPath = root;
  if (vsixMode) {
    step('packaging the .vsix and installing it into code-server');
    run('npm', ['run', 'package', '--silent'], { stdio: ['ignore', 'ignore', 'ignore'] });
    const size = fs.statSync(path.join(root, 'zh-report.vsix')).size;
    step(`zh-report.vsix is ${(size / 1024).toFixed(0)} KB`);
    if (size >= 1024 * 1024) throw new Error('the .vsix must stay under 1 MB');
    run(process.execPath, [codeServer, '--user-data-dir', userData, '--extensions-dir', extensionsDir, '--install-extension', path.join(root, 'zh-report.vsix')]);
    checkReadmeLinks(extensionsDir);
    // The test runner only starts for a development extension; an empty stub is that, so the
    // suite runs against the installed package and not against this folder.
    extensionPath = path.join(tmp, 'test-host');
    fs.mkdirSync(extensionPath);
    fs.writeFileSync(
      path.join(extensionPath, 'package.json'),
      JSON.stringify({ name: 'zh-report-test-host', publisher: 'zh-report', version: '0.0.0', engines: { vscode: '^1.91.0' } }),
    );
  }

  const port = await freePort();
  let server = null;
  let browser = null;
  let exitCode = 1;
  try {
    step(`starting code-server on 127.0.0.1:${port}`);
    server = spawn(
      process.execPath,
      [codeServer, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--user-data-dir', userData, '--extensions-dir', extensionsDir, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', ws],
      { cwd: tmp, detached: true, env: { ...process.env, ZH_REPORT_RESULTS: results, ZH_REPORT_TEST_HOOKS: '1', ZH_REPORT_CLICKS: clicks, ...(vsixMode ? {} : { ZH_REPORT_SCENES: scenes }) } },
    );
    const serverLog = fs.createWriteStream(path.join(tmp, 'code-server.log'));
    server.stdout.pipe(serverLog);
    server.stderr.pipe(serverLog);
    await waitForOutput(server, /HTTP server listening on/, START_TIMEOUT_MS);

    const { chromium } = require(path.join(cache, 'node_modules', 'playwright-core'));
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    page.on('pageerror', (e) => console.log(`[e2e] page error: ${e.message}`));
    const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
    const suite = webHostMode ? path.join(root, 'out', 'test', 'web-integration', 'index.js') : path.join(root, 'out', 'test', 'integration', 'index.js');
    const payload = [['extensionTestsPath', remote(suite)]];
    if (extensionPath) payload.unshift(['extensionDevelopmentPath', remote(extensionPath)]);
    const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(ws)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    step('opening the workbench in Chromium');
    await page.goto(url);

    const resultsArrived = waitForFile(results, RESULTS_TIMEOUT_MS, 'integration results');
    const shots = screenshotScenes(page, scenes, images);
    const answering = answerClicks(page, clicks);
    await resultsArrived;
    await shots.stop();
    await answering.stop();
    const r = JSON.parse(fs.readFileSync(results, 'utf8'));
    for (const f of r.failures) console.log(`[e2e] FAILED ${f.title}\n${f.error}\n`);
    console.log(`e2e: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`);
    if (r.total === 0) console.log('[e2e] no integration test ran');
    exitCode = r.failed === 0 && r.total > 0 ? 0 : 1;
  } catch (e) {
    console.error(`[e2e] ${e.stack || e}`);
    const log = path.join(tmp, 'code-server.log');
    if (fs.existsSync(log)) console.error(fs.readFileSync(log, 'utf8').split('\n').slice(-40).join('\n'));
  } finally {
    if (browser) await browser.close().catch(() => {});
    await stopProcessGroup(server);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  process.exit(exitCode);
}

main();
