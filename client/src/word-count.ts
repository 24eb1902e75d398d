/** The 字数 status-bar item: the document's count, the selection's when there is one, per-section counts on hover. */
import * as vscode from 'vscode';
import { countWords } from '../../engine/word-count';
import { fullWidth } from '../../engine/zh-message';

const REPORT_LANGUAGES = new Set(['plaintext', 'markdown', 'zh-report']);

export class WordCountStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('zhReport.wordCount', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];
  /** The text shown now, for tests and the API. */
  text = '';

  constructor() {
    this.item.name = 'zh-report 字数';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.window.onDidChangeTextEditorSelection((e) => e.textEditor === vscode.window.activeTextEditor && this.update()),
      vscode.workspace.onDidChangeTextDocument((e) => e.document === vscode.window.activeTextEditor?.document && this.update()),
    );
    this.update();
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !REPORT_LANGUAGES.has(editor.document.languageId)) {
      this.text = '';
      this.item.hide();
      return;
    }
    const total = countWords(editor.document.getText());
    const selected = editor.selections.reduce((n, s) => n + (s.isEmpty ? 0 : countWords(editor.document.getText(s))), 0);
    this.text = selected ? `字数 ${selected}/${total}` : `字数 ${total}`;
    this.item.text = this.text;
    this.item.tooltip = fullWidth('按 Word/WPS 的方法统计:每个汉字和中文标点计 1,每段连续的字母或数字计 1,空白不计');
    this.item.show();
    void this.sectionTooltip(editor.document);
  }

  /** Per-section counts from the outline; best effort, the plain tooltip stays when there is none. */
  private async sectionTooltip(doc: vscode.TextDocument): Promise<void> {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', doc.uri);
    if (!symbols?.length || vscode.window.activeTextEditor?.document !== doc) return;
    const rows = symbols.slice(0, 30).map((s) => `| ${s.name.replace(/\|/g, '\\|')} | ${countWords(doc.getText(s.range))} |`);
    const md = new vscode.MarkdownString(`**字数统计**\n\n| 部分 | 字数 |\n|---|---:|\n${rows.join('\n')}\n\n全文 ${countWords(doc.getText())} 字`);
    this.item.tooltip = md;
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
