/**
 * A Word report in a real VS Code: 用 zh-report 检查 opens its text read-only, with the engine's
 * diagnostics and Outline; the document follows the file on disk; 转换为可编辑的 .txt 报告 writes
 * a .txt that lints the same, and asks before overwriting one.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { lint, outline, parse } from '../../engine';
import { buildDocx, documentXml, numberingXml, paragraph, typedDocx } from '../support/docx-builder';
import { clickButton, codeOf, ours, ready, waitForDiagnostics, workspaceFile } from './helpers';

const file = workspaceFile('述职报告.docx');
/** 一、 and 二、 are Word's automatic numbering; 四、 is typed: a gap. */
const docx = buildDocx({
  numbering: numberingXml({ 1: [{ format: 'chineseCounting', text: '%1、' }] }, [{ numId: 1, abstractId: 1 }]),
  document: documentXml([
    paragraph('2025年度个人述职报告'),
    paragraph('履职情况', { numId: 1 }),
    paragraph('全年起草文稿XX篇。'),
    paragraph('存在的不足', { numId: 1 }),
    paragraph('四、今后努力方向'),
  ]),
});
const text = '2025年度个人述职报告\n一、履职情况\n全年起草文稿XX篇。\n二、存在的不足\n四、今后努力方向';

function keys(findings: Array<{ code: string; line: number }>): string[] {
  return findings.map((f) => `${f.code}@${f.line}`).sort();
}

describe('Word reports in VS Code', () => {
  let editor: vscode.TextEditor;

  before(async () => {
    await ready();
    await vscode.workspace.fs.writeFile(file, docx);
    editor = (await vscode.commands.executeCommand<vscode.TextEditor>('zhReport.openDocx', file))!;
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens read-only text with automatic numbering rendered, in the zh-report language', () => {
    assert.equal(editor.document.uri.scheme, 'zh-report-docx');
    assert.equal(editor.document.languageId, 'zh-report');
    assert.equal(editor.document.getText(), text);
  });

  it('has the engine’s diagnostics and Outline', async () => {
    const expected = keys(lint(text).map((f) => ({ code: f.ruleId, line: f.range.start.line })));
    assert.ok(expected.includes('numbering-gap@4') && expected.includes('placeholder@2'));
    const diags = await waitForDiagnostics(editor.document.uri, (d) => d.length === expected.length);
    assert.deepEqual(keys(diags.map((d) => ({ code: codeOf(d), line: d.range.start.line }))), expected);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    assert.deepEqual(symbols.map((s) => s.name), outline(parse(text))[0]!.sections.map((s) => s.name));
  });

  it('follows the .docx when it changes on disk', async () => {
    const changed = new Promise<void>((resolve) => {
      const sub = vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() !== editor.document.uri.toString() || !e.document.getText().includes('三、')) return;
        sub.dispose();
        resolve();
      });
    });
    await vscode.workspace.fs.writeFile(file, typedDocx(text.replace('四、', '三、')));
    await changed;
    await waitForDiagnostics(editor.document.uri, (d) => !d.some((x) => codeOf(x) === 'numbering-gap'));
  });

  it('converts to a .txt beside it that lints the same, and asks before overwriting', async () => {
    await vscode.window.showTextDocument(editor.document);
    const target = await vscode.commands.executeCommand<vscode.Uri>('zhReport.convertDocx');
    assert.equal(target?.path, workspaceFile('述职报告.txt').path);
    const written = new TextDecoder().decode(await vscode.workspace.fs.readFile(target!));
    assert.equal(written, editor.document.getText() + '\n');
    await waitForDiagnostics(target!, (d) => keys(d.map((x) => ({ code: codeOf(x), line: x.range.start.line }))).join() === keys(ours(editor.document.uri).map((x) => ({ code: codeOf(x), line: x.range.start.line }))).join());

    await vscode.commands.executeCommand('notifications.clearAll');
    const again = vscode.commands.executeCommand<vscode.Uri | undefined>('zhReport.convertDocx', file);
    await clickButton('覆盖');
    assert.equal((await again)?.path, target!.path);
  });
});
