/** Required sections and live configuration inside a real VS Code. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { applyQuickFix, codeOf, open, ready, waitForDiagnostics, workspaceFile, writeText } from './helpers';

const write = writeText;

describe('sections and configuration', () => {
  const report = workspaceFile('sections', 'summary.txt');
  const config = workspaceFile('sections', '.zhreportrc.json');

  before(async () => {
    await ready();
    await write(report, ['某中心2025年工作总结', '', '一、主要工作完成情况', '　　全年完成培训3200人次,XX项目顺利结项。', '二、下一步工作打算', '　　继续加强队伍建设。', ''].join('\n'));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.workspace.fs.delete(config).then(undefined, () => undefined);
  });

  it('a missing section shows on the title, and its quick fix inserts the heading', async () => {
    const editor = await open(report);
    const diags = await waitForDiagnostics(report, (d) => d.some((x) => codeOf(x) === 'section-missing'));
    const missing = diags.find((x) => codeOf(x) === 'section-missing')!;
    assert.equal(missing.range.start.line, 0);
    await applyQuickFix(report, missing, '插入“存在问题”');
    assert.deepEqual(
      editor.document.getText().split('\n').filter((l) => /^[一二三]、/.test(l)),
      ['一、主要工作完成情况', '二、存在问题', '三、下一步工作打算'],
    );
    await waitForDiagnostics(report, (d) => !d.some((x) => codeOf(x) === 'section-missing'));
    await editor.document.save();
  });

  it('editing .zhreportrc.json changes the findings live', async () => {
    await open(report);
    await waitForDiagnostics(report, (d) => d.some((x) => codeOf(x) === 'placeholder'));
    await write(config, JSON.stringify({ rules: { placeholder: 'off' } }));
    await waitForDiagnostics(report, (d) => !d.some((x) => codeOf(x) === 'placeholder'));
    await write(config, JSON.stringify({ rules: { placeholder: 'warning' } }));
    const diags = await waitForDiagnostics(report, (d) => d.some((x) => codeOf(x) === 'placeholder'));
    assert.equal(diags.find((x) => codeOf(x) === 'placeholder')!.severity, vscode.DiagnosticSeverity.Warning);
  });

  it('a broken config shows a diagnostic on the config file, and checking goes on with defaults', async () => {
    await write(config, '{\n  "rules": {\n    "no-such-rule": "off"\n  }\n}\n');
    const onConfig = await waitForDiagnostics(config, (d) => d.length > 0);
    assert.equal(onConfig[0]!.range.start.line, 2);
    assert.match(onConfig[0]!.message, /no-such-rule/);
    // The previous test left placeholder at warning, and those diagnostics stand until the server
    // has re-read the config: wait for the re-lint with defaults, not for any placeholder finding.
    const isDefault = (x: vscode.Diagnostic): boolean => codeOf(x) === 'placeholder' && x.severity === vscode.DiagnosticSeverity.Error;
    const diags = await waitForDiagnostics(report, (d) => d.some(isDefault));
    assert.equal(diags.find((x) => codeOf(x) === 'placeholder')!.severity, vscode.DiagnosticSeverity.Error);
  });
});
