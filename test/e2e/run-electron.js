// Runs the integration suite with @vscode/test-electron, for contributors whose machines can
// download VS Code (these CI machines cannot: use `npm run test:e2e` there).
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { runTests } = require('@vscode/test-electron');

async function main() {
  const root = path.resolve(__dirname, '..', '..');
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-report-electron-'));
  fs.cpSync(path.join(root, 'examples'), path.join(ws, 'examples'), { recursive: true });
  try {
    await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'out', 'test', 'integration', 'index.js'),
      launchArgs: [ws, '--disable-extensions', '--disable-workspace-trust'],
    });
  } catch (e) {
    console.error(`integration tests failed: ${e}`);
    process.exitCode = 1;
  } finally {
    fs.rmSync(ws, { recursive: true, force: true });
  }
}

main();
