/** Writing experience: skeletons, 字数, workspace symbols, GB/T 9704 conversion, copy outline. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { countWords } from '../../engine/word-count';
import { codeOf, open, ready, scene, waitForDiagnostics, workspaceFile } from './helpers';

interface Api {
  ready: Promise<void>;
  wordCountText(): string;
}

function api(): Api {
  return vscode.extensions.getExtension<Api>('zh-report.zh-report')!.exports;
}

/** Resolves when the 字数 item shows `text`, re-checking on editor events. */
function waitForWordCount(text: string, timeoutMs = 15_000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (api().wordCountText() === text) return resolve();
    const subs = [vscode.window.onDidChangeTextEditorSelection(check), vscode.window.onDidChangeActiveTextEditor(check), vscode.workspace.onDidChangeTextDocument(check)];
    const timer = setTimeout(() => finish(new Error(`字数 shows “${api().wordCountText()}”, expected “${text}”`)), timeoutMs);
    function check(): void {
      if (api().wordCountText() === text) finish();
    }
    function finish(err?: Error): void {
      clearTimeout(timer);
      for (const s of subs) s.dispose();
      err ? reject(err) : resolve();
    }
  });
}

describe('writing a report', () => {
  before(ready);

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('the skeleton command inserts a report with no section-missing findings', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'zh-report', content: '' });
    await vscode.window.showTextDocument(doc);
    assert.equal(await vscode.commands.executeCommand('zhReport.insertSkeleton', 'summary'), true);
    assert.match(doc.getText(), /^单位名称2025年上半年工作总结/);
    await vscode.commands.executeCommand('leaveSnippet');
    await scene('skeleton');
    // Append a known defect: its diagnostic proves the server has linted this version.
    const editor = vscode.window.activeTextEditor!;
    await editor.edit((b) => b.insert(new vscode.Position(doc.lineCount, 0), 'XX'));
    const diags = await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'placeholder'));
    assert.deepEqual(diags.filter((d) => codeOf(d) !== 'placeholder').map((d) => `${codeOf(d)} ${d.message}`), []);
  });

  it('the status bar shows the 字数 of the document and of the selection', async () => {
    const uri = workspaceFile('examples', 'duty-report.txt');
    const editor = await open(uri);
    const total = countWords(editor.document.getText());
    assert.ok(total > 100);
    await waitForWordCount(`字数 ${total}`);
    editor.selection = new vscode.Selection(0, 0, 0, editor.document.lineAt(0).text.length);
    await waitForWordCount(`字数 ${countWords(editor.document.lineAt(0).text)}/${total}`);
  });

  it('workspace symbols find headings across open reports', async () => {
    await open(workspaceFile('examples', 'duty-report.txt'));
    await waitForDiagnostics(workspaceFile('examples', 'duty-report.txt'), () => true);
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', '努力方向');
    assert.ok(symbols.some((s) => s.name === '三、今后努力方向' && s.location.uri.fsPath.endsWith('duty-report.txt')), symbols.map((s) => s.name).join(', '));
  });

  it('Convert numbering to GB/T 9704 style rewrites the markers in one edit', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'zh-report', content: '某局2025年工作总结\n1、完成情况\n(1)教育\n2、存在问题\n3、下一步打算\n' });
    await vscode.window.showTextDocument(doc);
    await waitForDiagnostics(doc.uri, () => true);
    const version = doc.version;
    await vscode.commands.executeCommand('zhReport.convertToGbStyle');
    assert.equal(doc.version, version + 1);
    assert.deepEqual(doc.getText().split('\n').slice(1, 5), ['一、完成情况', '\uFF08一\uFF09教育', '二、存在问题', '三、下一步打算']);
  });

  it('Copy outline puts the heading tree on the clipboard', async () => {
    const uri = workspaceFile('examples', 'duty-report.txt');
    await open(uri);
    await waitForDiagnostics(uri, () => true);
    const text = await vscode.commands.executeCommand<string>('zhReport.copyOutline');
    assert.equal(await vscode.env.clipboard.readText(), text);
    assert.equal(text.split('\n')[0], '一、履职情况');
    assert.equal(text.split('\n')[1], '\u3000\u3000\uFF08一\uFF09做好文稿起草工作');
  });
});

describe('colour in plain-text reports', () => {
  before(ready);

  it('semantic tokens mark heading markers and placeholders in a .txt report', async () => {
    const uri = workspaceFile('examples', 'summary-2025.txt');
    const editor = await open(uri);
    assert.equal(editor.document.languageId, 'plaintext');
    await waitForDiagnostics(uri, (d) => d.length > 0);
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', uri);
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', uri);
    assert.ok(legend.tokenTypes.includes('zhPlaceholder'));
    const types = new Set<string>();
    for (let i = 0; i < tokens.data.length; i += 5) types.add(legend.tokenTypes[tokens.data[i + 3]!]!);
    assert.ok(types.has('zhHeading1') && types.has('zhHeading2') && types.has('zhPlaceholder'), [...types].join(' '));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
