/** The extension inside a real VS Code: diagnostics, outline, folding, edits, fixes, placeholders. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { foldingRanges, lint, parse } from '../../engine';
import { applyQuickFix, codeOf, open, ours, ready, waitForDiagnostics, workspaceFile } from './helpers';

const summary = workspaceFile('examples', 'summary-2025.txt');
const plan = workspaceFile('examples', 'plan-2026.md');

describe('zh-report in VS Code', () => {
  before(async () => {
    await ready();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('a .txt report activates the extension and gets the engine’s diagnostics', async () => {
    const editor = await open(summary);
    const expected = lint(editor.document.getText()).map((f) => `${f.ruleId}@${f.range.start.line}:${f.range.start.character}`);
    const diags = await waitForDiagnostics(summary, (d) => d.length === expected.length);
    assert.deepEqual(diags.map((d) => `${codeOf(d)}@${d.range.start.line}:${d.range.start.character}`).sort(), expected.sort());
    assert.ok(vscode.extensions.getExtension('zh-report.zh-report')!.isActive);
  });

  it('a .md report gets diagnostics too', async () => {
    const editor = await open(plan);
    assert.equal(editor.document.languageId, 'markdown');
    const diags = await waitForDiagnostics(plan, (d) => d.length > 0);
    assert.ok(diags.some((d) => codeOf(d) === 'placeholder' || codeOf(d).startsWith('numbering-')));
  });

  it('executeDocumentSymbolProvider returns the report’s outline tree', async () => {
    await open(summary);
    await waitForDiagnostics(summary, (d) => d.length > 0);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', summary);
    assert.deepEqual(symbols.map((s) => s.name), ['一、主要工作完成情况', '二、存在问题', '三、下半年工作打算']);
    assert.deepEqual(symbols[0]!.children.map((s) => s.name), ['\uFF08一\uFF09学校建设有序推进', '\uFF08二\uFF09、教师队伍建设不断加强', '\uFF08四\uFF09教育质量稳步提升']);
    assert.deepEqual(symbols[2]!.children.map((s) => s.name.slice(0, 2)), ['1.', '2.', '2.']);
  });

  it('folding ranges match the sections', async () => {
    const editor = await open(summary);
    await waitForDiagnostics(summary, (d) => d.length > 0);
    const folds = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', summary);
    const expected = foldingRanges(parse(editor.document.getText())).map((f) => `${f.startLine}-${f.endLine}`);
    const ours = folds.map((f) => `${f.start}-${f.end}`);
    for (const e of expected) assert.ok(ours.includes(e), `fold ${e} in ${ours.join(' ')}`);
  });

  it('an edit that introduces a defect shows its diagnostic, and undo clears it', async () => {
    const editor = await open(plan);
    await waitForDiagnostics(plan, (d) => d.length > 0);
    const line = editor.document.getText().split('\n').findIndex((l) => l.startsWith('2. 建成'));
    const before = ours(plan).filter((d) => codeOf(d) === 'numbering-gap').length;
    await editor.edit((b) => b.replace(new vscode.Range(line, 0, line, 1), '5'));
    await waitForDiagnostics(plan, (d) => d.some((x) => codeOf(x) === 'numbering-gap' && x.range.start.line === line));
    await vscode.commands.executeCommand('undo');
    await waitForDiagnostics(plan, (d) => d.filter((x) => codeOf(x) === 'numbering-gap').length === before);
    assert.equal(editor.document.isDirty, false);
  });

  it('a numbering defect has a quick fix that repairs the text', async () => {
    const editor = await open(summary);
    const diags = await waitForDiagnostics(summary, (d) => d.some((x) => codeOf(x) === 'numbering-gap'));
    const gap = diags.find((x) => codeOf(x) === 'numbering-gap')!;
    await applyQuickFix(summary, gap, '重新编号此序列');
    assert.match(editor.document.lineAt(gap.range.start.line).text, /^\uFF08三\uFF09/);
    await waitForDiagnostics(summary, (d) => !d.some((x) => codeOf(x) === 'numbering-gap'));
  });

  it('Renumber document repairs every numbering warning in one undoable edit', async () => {
    const editor = await open(summary);
    await waitForDiagnostics(summary, (d) => d.some((x) => codeOf(x) === 'numbering-duplicate'));
    const version = editor.document.version;
    await vscode.commands.executeCommand('zhReport.renumberDocument');
    await waitForDiagnostics(summary, (d) => !d.some((x) => codeOf(x).startsWith('numbering-') && x.severity === vscode.DiagnosticSeverity.Warning));
    assert.equal(editor.document.version, version + 1, 'one edit');
    await vscode.commands.executeCommand('undo');
    await waitForDiagnostics(summary, (d) => d.some((x) => codeOf(x) === 'numbering-duplicate'));
  });

  it('a placeholder is an error diagnostic, and Next placeholder selects it', async () => {
    const editor = await open(summary);
    const diags = await waitForDiagnostics(summary, (d) => d.some((x) => codeOf(x) === 'placeholder'));
    const first = diags.filter((x) => codeOf(x) === 'placeholder').sort((a, b) => a.range.start.compareTo(b.range.start))[0]!;
    assert.equal(first.severity, vscode.DiagnosticSeverity.Error);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('zhReport.nextPlaceholder');
    assert.ok(editor.selection.isEqual(new vscode.Selection(first.range.start, first.range.end)));
    assert.equal(editor.document.getText(editor.selection), '###');
  });
});
