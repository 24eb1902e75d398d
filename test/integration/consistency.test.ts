/** Last year's template in a real editor: stale-year and stale-unit squiggles, and their fixes. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { applyQuickFix, codeOf, ready, waitForDiagnostics } from './helpers';

const REPORT = [
  '东坪区教育局2025年工作总结',
  '',
  '　　2024年，西坪区教育局在区委、区政府的正确领导下，与北坪区教育局开展结对帮扶，较2024年新增学位1200个。',
  '一、主要工作完成情况',
  '　　新建学校3所。',
  '二、存在问题',
  '　　优质资源不足。',
  '三、2025年工作打算',
  '　　继续扩大学位供给。',
  '',
  '西坪区教育局',
  '2024年12月28日',
  '',
].join('\n');

describe('last year’s template', () => {
  before(ready);

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('squiggles the stale years and unit, and the fixes write the report’s own', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'zh-report', content: REPORT });
    await vscode.window.showTextDocument(doc);
    const stale = (d: vscode.Diagnostic[]): vscode.Diagnostic[] => d.filter((x) => codeOf(x).startsWith('stale-'));
    const found = stale(await waitForDiagnostics(doc.uri, (d) => stale(d).length === 5));
    assert.deepEqual(
      found.map((d) => `${codeOf(d)}@${d.range.start.line}:${d.range.start.character}`).sort(),
      ['stale-unit@10:0', 'stale-unit@2:8', 'stale-year@11:0', 'stale-year@2:2', 'stale-year@7:2'],
    );
    const unit = found.find((d) => codeOf(d) === 'stale-unit' && d.range.start.line === 10)!;
    await applyQuickFix(doc.uri, unit, '把本报告中的 2 处');
    assert.equal(doc.lineAt(2).text.includes('东坪区教育局在区委'), true, doc.lineAt(2).text);
    assert.equal(doc.lineAt(10).text, '东坪区教育局');
    assert.match(doc.lineAt(2).text, /北坪区教育局开展结对帮扶/, 'a partner of another name stays');
    const next = stale(await waitForDiagnostics(doc.uri, (d) => stale(d).length === 3)).find((d) => d.range.start.line === 7)!;
    await applyQuickFix(doc.uri, next, '改为“2026年”');
    assert.equal(doc.lineAt(7).text, '三、2026年工作打算');
    await waitForDiagnostics(doc.uri, (d) => stale(d).length === 2);
  });
});
