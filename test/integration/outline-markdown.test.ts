/**
 * A Markdown report's Outline in a real VS Code, where every document-symbol provider is merged:
 * by default (zhReport.outline.markdown = auto) zh-report adds only the numbered lines in body
 * text, so no # heading appears twice; `always` adds every level (each # heading then twice);
 * `never` adds nothing.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { open, ready, scene, waitForDiagnostics, workspaceFile } from './helpers';

const plan = workspaceFile('examples', 'plan-2026.md');

/** Every symbol's name, without the # run that the Markdown extension puts before a heading's. */
function names(symbols: vscode.DocumentSymbol[]): string[] {
  return symbols.flatMap((s) => [s.name.replace(/^#+\s*/, ''), ...names(s.children ?? [])]);
}

function count(all: string[], name: string): number {
  return all.filter((n) => n === name).length;
}

/** The merged outline, once the server has re-read its settings (it re-publishes diagnostics then). */
async function outlineWith(mode: 'auto' | 'always' | 'never'): Promise<string[]> {
  const config = vscode.workspace.getConfiguration('zhReport');
  if (config.get('outline.markdown') !== mode) {
    const republished = new Promise<void>((resolve) => {
      const sub = vscode.languages.onDidChangeDiagnostics((e) => {
        if (!e.uris.some((u) => u.toString() === plan.toString())) return;
        sub.dispose();
        resolve();
      });
    });
    await config.update('outline.markdown', mode, vscode.ConfigurationTarget.Global);
    await republished;
  }
  const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', plan);
  return names(symbols ?? []);
}

describe('the Outline of a Markdown report', () => {
  before(async () => {
    await ready();
    await open(plan);
    await waitForDiagnostics(plan, (d) => d.length > 0);
  });

  after(async () => {
    await vscode.workspace.getConfiguration('zhReport').update('outline.markdown', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('auto: each # heading once, and the numbered body lines that no # heading shows', async () => {
    const all = await outlineWith('auto');
    for (const heading of ['一、指导思想', '三、主要任务', '（一）加强教师队伍建设']) assert.equal(count(all, heading), 1, `${heading} in ${all.join(' | ')}`);
    assert.ok(all.some((n) => n.startsWith('1.学生体质健康合格率')), `body items listed: ${all.join(' | ')}`);
    await vscode.commands.executeCommand('outline.focus');
    await scene('outline-markdown');
  });

  it('always: zh-report lists every level too, so # headings appear twice', async () => {
    const all = await outlineWith('always');
    assert.equal(count(all, '一、指导思想'), 2, all.join(' | '));
  });

  it('never: only the Markdown extension’s outline', async () => {
    const all = await outlineWith('never');
    assert.equal(count(all, '一、指导思想'), 1, all.join(' | '));
    assert.ok(!all.some((n) => n.startsWith('1.学生体质健康合格率')), all.join(' | '));
  });
});
