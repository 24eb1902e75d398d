/** Reliability inside VS Code: the server is restarted after a crash, and nothing edits text unasked. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { applyQuickFix, codeOf, open, ready, waitForDiagnostics, workspaceFile, writeText } from './helpers';

interface Api {
  serverPid(): Promise<number>;
  onServerRestarted: vscode.Event<void>;
  crashNotices(): number;
}

/** Kills the running server and waits until the client has started a new one; returns the new pid. */
async function crashServer(api: Api): Promise<number> {
  const pid = await api.serverPid();
  const restarted = new Promise<void>((resolve) => {
    const sub = api.onServerRestarted(() => {
      sub.dispose();
      resolve();
    });
  });
  process.kill(pid, 'SIGKILL');
  await restarted;
  const newPid = await api.serverPid();
  assert.notEqual(newPid, pid);
  return newPid;
}

describe('reliability', () => {
  before(ready);

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opening, linting and saving a report with every rule on leaves its bytes unchanged', async () => {
    const uri = workspaceFile('examples', 'summary-2025.txt');
    const before = await vscode.workspace.fs.readFile(uri);
    const editor = await open(uri);
    await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'placeholder'));
    assert.equal(editor.document.isDirty, false, 'linting did not touch the buffer');
    await vscode.commands.executeCommand('workbench.action.files.save');
    const after = await vscode.workspace.fs.readFile(uri);
    assert.deepEqual(Buffer.from(after), Buffer.from(before));
  });

  it('a crashed server is restarted and diagnostics come back; the user is told once', async () => {
    const api = vscode.extensions.getExtension<Api>('zh-report.zh-report')!.exports;
    const uri = workspaceFile('examples', 'duty-report.txt');
    const editor = await open(uri);
    await crashServer(api);
    await crashServer(api);
    assert.equal(api.crashNotices(), 1, 'one message for two crashes');
    // The restarted server has the open document again: an edit gets linted.
    await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount - 1, 0), 'XX'));
    await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'placeholder'));
    await vscode.commands.executeCommand('undo');
  });
});

describe('template residue', () => {
  before(ready);

  it('a residue line shows as a diagnostic, and its quick fix deletes it', async () => {
    const uri = workspaceFile('residue', 'report.txt');
    await writeText(uri, '某局2025年工作总结\n一、完成情况\n二、存在问题\n三、下一步打算\n上一篇: 2024年工作总结\n');
    const editor = await open(uri);
    const diags = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'residue'));
    const residue = diags.find((x) => codeOf(x) === 'residue')!;
    assert.equal(residue.range.start.line, 4);
    await applyQuickFix(uri, residue, '删除这一行');
    assert.doesNotMatch(editor.document.getText(), /上一篇/);
    await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === 'residue'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
