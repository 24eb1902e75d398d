/**
 * 导出为 Word in a real VS Code: the file is written and is a Word document; with errors left,
 * the pre-flight notification is answered by clicking its buttons: go to the first error, export
 * anyway, or close it (nothing written).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { strFromU8, unzipSync } from 'fflate';
import { clickButton, codeOf, open, ready, waitForDiagnostics, workspaceFile } from './helpers';

const clean = workspaceFile('examples', 'duty-report.txt');
const withPlaceholders = workspaceFile('examples', 'summary-2025.txt');

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

describe('export to Word', () => {
  before(ready);

  beforeEach(async () => {
    // Only this test's notification on screen: the runner clicks in the newest one.
    await vscode.commands.executeCommand('notifications.clearAll');
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('writes a .docx holding word/document.xml, with the report’s headings', async () => {
    const target = workspaceFile('out-clean.docx');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('zhReport.exportDocx', { uri: clean, target });
    assert.equal(written?.toString(), target.toString());
    const files = unzipSync(await vscode.workspace.fs.readFile(target));
    const document = strFromU8(files['word/document.xml']!);
    assert.match(document, /<w:pStyle w:val="Heading1"\/>[\s\S]*?一、履职情况/);
  });

  it('with errors left, “go to the first” selects the first one and writes nothing', async () => {
    const editor = await open(withPlaceholders);
    const diags = await waitForDiagnostics(withPlaceholders, (d) => d.some((x) => codeOf(x) === 'placeholder'));
    const first = diags.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).sort((a, b) => a.range.start.compareTo(b.range.start))[0]!;
    const target = workspaceFile('out-goto.docx');
    const running = vscode.commands.executeCommand<vscode.Uri | undefined>('zhReport.exportDocx', { uri: withPlaceholders, target });
    await clickButton('转到第一处');
    assert.equal(await running, undefined);
    assert.ok(vscode.window.activeTextEditor?.selection.isEqual(new vscode.Selection(first.range.start, first.range.end)), 'the first error is selected');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString());
    assert.equal(await exists(target), false);
  });

  it('with errors left, “export anyway” writes the file', async () => {
    const target = workspaceFile('out-anyway.docx');
    const running = vscode.commands.executeCommand<vscode.Uri | undefined>('zhReport.exportDocx', { uri: withPlaceholders, target });
    await clickButton('仍然导出');
    assert.equal((await running)?.toString(), target.toString());
    assert.ok(unzipSync(await vscode.workspace.fs.readFile(target))['word/document.xml']);
  });

  it('closing the notification writes nothing and leaves an existing file as it was', async () => {
    const target = workspaceFile('out-cancel.docx');
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode('old'));
    const running = vscode.commands.executeCommand<vscode.Uri | undefined>('zhReport.exportDocx', { uri: withPlaceholders, target });
    await clickButton('CLOSE:还有 5 处错误');
    assert.equal(await running, undefined);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)), 'old');
  });
});
