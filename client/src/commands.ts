/** Commands that need the editor: insert a skeleton, copy the outline, and the server-side edits. */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type BaseLanguageClient } from 'vscode-languageclient';
import { zh } from '../../engine/zh-message';

interface Snippet {
  prefix: string[];
  body: string[];
  description: string;
}

const SKELETONS: Record<string, string> = {
  summary: '工作总结 Work summary',
  plan: '工作要点/计划 Work plan',
  duty: '述职报告 Duty report',
  research: '调研报告 Research report',
};

/** Inserts a whole report skeleton as a snippet; `type` skips the quick pick (summary, plan, duty, research). */
export async function insertSkeleton(snippetFile: vscode.Uri, type?: string): Promise<boolean> {
  // Through vscode.workspace.fs, which reads the extension's own files on the web too.
  const all = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(snippetFile))) as Record<string, Snippet>;
  const chosen =
    type && SKELETONS[type]
      ? { name: SKELETONS[type]! }
      : await vscode.window.showQuickPick(
          Object.values(SKELETONS).map((name) => ({ label: name.split(' ')[0]!, description: all[name]!.description, name })),
          { placeHolder: '选择报告类型 (choose a report type)' },
        );
  if (!chosen) return false;
  const pick = chosen;
  let editor = vscode.window.activeTextEditor;
  if (!editor) {
    const doc = await vscode.workspace.openTextDocument({ language: 'zh-report', content: '' });
    editor = await vscode.window.showTextDocument(doc);
  }
  return editor.insertSnippet(new vscode.SnippetString(all[pick.name]!.body.join('\n')));
}

/** The outline as indented text for a 目录 or an e-mail, one heading a line. */
export async function copyOutline(): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', editor.document.uri);
  if (!symbols?.length) {
    void vscode.window.showInformationMessage('zh-report: 这篇文档没有可识别的标题 (no headings found)');
    return undefined;
  }
  const lines: string[] = [];
  const walk = (items: vscode.DocumentSymbol[], depth: number): void => {
    for (const s of items) {
      lines.push('\u3000\u3000'.repeat(depth) + s.name);
      walk(s.children, depth + 1);
    }
  };
  walk(symbols, 0);
  const text = lines.join('\n');
  await vscode.env.clipboard.writeText(text);
  void vscode.window.setStatusBarMessage(zh`zh-report: 已复制大纲(${lines.length} 个标题)`, 3000);
  return text;
}

/** Runs a server command that edits the active document, as one undoable edit. */
export async function serverEdit(client: BaseLanguageClient, ready: Promise<void>, command: string, uri?: vscode.Uri): Promise<unknown> {
  const target = uri ?? vscode.window.activeTextEditor?.document.uri;
  if (!target) return undefined;
  await ready;
  return client.sendRequest(ExecuteCommandRequest.type, { command, arguments: [target.toString()] });
}
