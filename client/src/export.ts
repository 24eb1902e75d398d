/**
 * 导出为 Word（GB/T 9704）: pre-flight (errors such as unfilled placeholders are counted, and the
 * writer goes to the first one or exports anyway), a save dialog that remembers the last folder,
 * a cancellable progress notification, and a result with 打开文件 / 在文件夹中显示. The server
 * makes the bytes; the file is written here through vscode.workspace.fs, first beside the target
 * and then renamed over it, so a failed export never leaves half a file.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { fullWidth, zh } from '../../engine/zh-message';

interface Preflight {
  errors: Array<{ rule: string; message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }>;
}

const LAST_FOLDER = 'zhReport.export.lastFolder';
const GO_TO_FIRST = '转到第一处 (Go to the first)';
const EXPORT_ANYWAY = '仍然导出 (Export anyway)';
const OPEN_FILE = '打开文件 (Open)';
const REVEAL = '在文件夹中显示 (Show in folder)';

export interface ExportArgs {
  /** The report; the active editor's document by default. */
  uri?: vscode.Uri;
  /** Where to write; asks with a save dialog when absent. */
  target?: vscode.Uri;
}

function decodeBase64(data: string): Uint8Array {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Writes beside the target, then renames over it: the old file stays whole until the new one is. */
async function writeWhole(target: vscode.Uri, bytes: Uint8Array): Promise<void> {
  const name = target.path.slice(target.path.lastIndexOf('/') + 1);
  const temp = vscode.Uri.joinPath(target, '..', `.${name}.zh-report-export.tmp`);
  try {
    await vscode.workspace.fs.writeFile(temp, bytes);
    await vscode.workspace.fs.rename(temp, target, { overwrite: true });
  } catch (e) {
    await Promise.resolve(vscode.workspace.fs.delete(temp)).catch(() => undefined);
    throw e;
  }
}

function defaultTarget(context: vscode.ExtensionContext, report: vscode.Uri): vscode.Uri {
  const name = report.path.slice(report.path.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '') + '.docx';
  const folder = context.globalState.get<string>(LAST_FOLDER);
  return folder ? vscode.Uri.joinPath(vscode.Uri.parse(folder), name) : vscode.Uri.joinPath(report, '..', name);
}

/** Runs the export; resolves with the written file, or undefined when the writer stopped it or it failed. */
export async function exportToWord(client: BaseLanguageClient, ready: Promise<void>, context: vscode.ExtensionContext, args: ExportArgs = {}): Promise<vscode.Uri | undefined> {
  const report = args.uri ?? vscode.window.activeTextEditor?.document.uri;
  if (!report) {
    void vscode.window.showInformationMessage(fullWidth('zh-report: 先打开要导出的报告') + ' (open a report first)');
    return undefined;
  }
  if (report.scheme === 'zh-report-docx') {
    void vscode.window.showInformationMessage(fullWidth('zh-report: 这是 Word 文档的只读文本;先“转换为可编辑的 .txt 报告”,改好后再导出') + ' (convert the .docx to a .txt report first)');
    return undefined;
  }
  // The server knows a document once it is open; from the Explorer it may not be yet.
  const document = await vscode.workspace.openTextDocument(report);
  await ready;
  const { errors } = await client.sendRequest<Preflight>('zhReport/exportPreflight', { uri: document.uri.toString() });
  if (errors.length) {
    const first = errors[0]!;
    // A notification, not a modal dialog: the writer can look at the report before choosing, and
    // closing it cancels the export.
    const choice = await vscode.window.showWarningMessage(
      zh`zh-report: 还有 ${errors.length} 处错误(如未填写的占位符),导出的 Word 文件会带着它们。第一处在第 ${first.range.start.line + 1} 行:${first.message}` +
        ` (${errors.length} errors remain.)`,
      GO_TO_FIRST,
      EXPORT_ANYWAY,
    );
    if (choice === GO_TO_FIRST) {
      const editor = await vscode.window.showTextDocument(document);
      const range = new vscode.Range(first.range.start.line, first.range.start.character, first.range.end.line, first.range.end.character);
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      return undefined;
    }
    if (choice !== EXPORT_ANYWAY) return undefined;
  }
  const target =
    args.target ??
    (await vscode.window.showSaveDialog({ defaultUri: defaultTarget(context, document.uri), filters: { 'Word 文档 (Word document)': ['docx'] }, saveLabel: '导出 (Export)', title: '导出为 Word（GB/T 9704）' }));
  if (!target) return undefined;
  await context.globalState.update(LAST_FOLDER, vscode.Uri.joinPath(target, '..').toString());
  try {
    const written = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'zh-report: 正在导出为 Word… (Exporting)', cancellable: true },
      async (_progress, token) => {
        const result = await client.sendRequest<{ data: string; headings: number }>('zhReport/exportDocx', { uri: document.uri.toString() }, token);
        if (token.isCancellationRequested) return false;
        await writeWhole(target, decodeBase64(result.data));
        return true;
      },
    );
    if (!written) {
      void vscode.window.showInformationMessage(fullWidth('zh-report: 已取消导出,没有写入文件') + ' (export cancelled; nothing written)');
      return undefined;
    }
  } catch (e) {
    void vscode.window.showErrorMessage(fullWidth(`zh-report: 导出失败,原文件未改动:${(e as Error).message}`) + ' (export failed; any existing file is unchanged)');
    return undefined;
  }
  // A browser cannot show a file in its folder: no such button on the web.
  const actions = vscode.env.uiKind === vscode.UIKind.Web ? [OPEN_FILE] : [OPEN_FILE, REVEAL];
  void vscode.window.showInformationMessage(`zh-report: ${fullWidth('已导出')} ${target.scheme === 'file' ? target.fsPath : target.toString()}`, ...actions).then((choice) => {
    if (choice === OPEN_FILE) void vscode.env.openExternal(target);
    else if (choice === REVEAL) void vscode.commands.executeCommand('revealFileInOS', target);
  });
  return target;
}
