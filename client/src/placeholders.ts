/**
 * Placeholder navigation and the status-bar count, read from the server's diagnostics. Which
 * rules find slots to fill is the server's to say (its initialize result); the client knows no
 * rule ids.
 */
import * as vscode from 'vscode';
import { zh } from '../../engine/zh-message';

const SOURCE = 'zh-report';

/** The ids of the rules whose findings are slots to fill, as the running server declared them. */
export type SlotRules = () => ReadonlySet<string>;

export function placeholderRanges(uri: vscode.Uri, slotRules: SlotRules): vscode.Range[] {
  const rules = slotRules();
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === SOURCE && rules.has(codeOf(d)))
    .map((d) => d.range)
    .sort((a, b) => a.start.compareTo(b.start));
}

function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : String(c);
}

/** Selects the next (or previous) placeholder after the cursor, wrapping around, so typing replaces it. */
export function gotoPlaceholder(direction: 1 | -1, slotRules: SlotRules): boolean {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return false;
  const ranges = placeholderRanges(editor.document.uri, slotRules);
  if (!ranges.length) {
    void vscode.window.setStatusBarMessage('zh-report: 没有未填写的占位符 (no placeholders left)', 3000);
    return false;
  }
  const here = direction === 1 ? editor.selection.end : editor.selection.start;
  const target =
    direction === 1
      ? ranges.find((r) => r.start.isAfterOrEqual(here) && !r.start.isEqual(editor.selection.start)) ?? ranges[0]!
      : [...ranges].reverse().find((r) => r.end.isBeforeOrEqual(here) && !r.start.isEqual(editor.selection.start)) ?? ranges[ranges.length - 1]!;
  editor.selection = new vscode.Selection(target.start, target.end);
  editor.revealRange(target, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return true;
}

export class PlaceholderStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('zhReport.placeholders', vscode.StatusBarAlignment.Left, 100);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly slotRules: SlotRules) {
    this.item.name = 'zh-report 占位符';
    this.item.command = 'zhReport.nextPlaceholder';
    this.subscriptions.push(
      vscode.languages.onDidChangeDiagnostics(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    );
    this.update();
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    const count = editor ? placeholderRanges(editor.document.uri, this.slotRules).length : 0;
    if (!editor || count === 0) {
      this.item.hide();
      return;
    }
    this.item.text = `$(warning) 占位符 ${count}`;
    this.item.tooltip = zh`还有 ${count} 处模板占位符未填写,点击跳到下一处` + ` (${count} unfilled placeholders; click for the next)`;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
