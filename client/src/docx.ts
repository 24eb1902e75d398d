/**
 * Word reports in the editor: a .docx opens as a read-only virtual document of its text (one line
 * per paragraph, automatic numbering rendered), in the zh-report language, so it gets diagnostics,
 * the Outline, folding and 字数. It follows the file on disk, and a command turns it into an
 * editable .txt report beside the .docx, asking before it overwrites anything.
 */
import * as vscode from 'vscode';
import type * as Reader from '../../engine/docx';
import { fullWidth } from '../../engine/zh-message';

export const DOCX_SCHEME = 'zh-report-docx';

/** The reader with fflate and saxes, loaded on the first .docx (dist/docx-reader.js). */
function reader(): typeof Reader {
  return require('../../engine/docx') as typeof Reader;
}

/** The virtual document of a .docx: same path, our scheme, the file's own URI in the query. */
export function virtualUri(file: vscode.Uri): vscode.Uri {
  return vscode.Uri.from({ scheme: DOCX_SCHEME, path: file.path, query: file.toString() });
}

export function fileOf(virtual: vscode.Uri): vscode.Uri {
  return vscode.Uri.parse(virtual.query);
}

export class DocxDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly watchers = new Map<string, vscode.Disposable>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor() {
    this.subscriptions.push(
      vscode.workspace.registerTextDocumentContentProvider(DOCX_SCHEME, this),
      // Setting the language closes and reopens the document: the watcher goes and comes with it.
      vscode.workspace.onDidOpenTextDocument((d) => d.uri.scheme === DOCX_SCHEME && this.watch(d.uri, fileOf(d.uri))),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d.uri.scheme !== DOCX_SCHEME) return;
        this.watchers.get(d.uri.toString())?.dispose();
        this.watchers.delete(d.uri.toString());
      }),
    );
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const file = fileOf(uri);
    this.watch(uri, file);
    const { readDocx, DocxReadError } = reader();
    try {
      return readDocx(await vscode.workspace.fs.readFile(file)).text;
    } catch (e) {
      const message = e instanceof DocxReadError ? e.message : String((e as Error).message ?? e);
      void vscode.window.showErrorMessage(`zh-report: ${fileName(file)}: ${message}`);
      return '';
    }
  }

  /** Refreshes the virtual document when the .docx changes on disk. */
  private watch(virtual: vscode.Uri, file: vscode.Uri): void {
    const key = virtual.toString();
    if (this.watchers.has(key)) return;
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(file, '..'), fileName(file)));
    const fire = (): void => this.changed.fire(virtual);
    watcher.onDidChange(fire);
    watcher.onDidCreate(fire);
    this.watchers.set(key, watcher);
  }

  dispose(): void {
    for (const w of this.watchers.values()) w.dispose();
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
  }
}

function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** 用 zh-report 检查: opens a .docx (the one given, or one picked) as its text. */
export async function openDocx(file?: vscode.Uri): Promise<vscode.TextEditor | undefined> {
  const target =
    file ??
    (await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'Word 文档 (Word document)': ['docx'] }, openLabel: '检查 (Check)' }))?.[0];
  if (!target) return undefined;
  if (/\.(doc|wps)$/i.test(target.path)) {
    void vscode.window.showWarningMessage(`zh-report: ${fileName(target)}: ${reader().wordFileProblem(target.path)}`);
    return undefined;
  }
  const document = await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(virtualUri(target)), 'zh-report');
  return vscode.window.showTextDocument(document, { preview: false });
}

const OVERWRITE = '覆盖 (Overwrite)';

/** 转换为可编辑的报告: writes the text of a .docx as a .txt beside it (asking before overwriting) and opens it. */
export async function convertDocx(arg?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const source = arg ?? vscode.window.activeTextEditor?.document.uri;
  if (!source) return undefined;
  const file = source.scheme === DOCX_SCHEME ? fileOf(source) : source;
  if (!/\.docx$/i.test(file.path)) {
    void vscode.window.showInformationMessage(fullWidth('zh-report: 先打开一个 .docx 报告') + ' (open a .docx report first)');
    return undefined;
  }
  const text = (await vscode.workspace.openTextDocument(virtualUri(file))).getText();
  const target = vscode.Uri.joinPath(file, '..', fileName(file).replace(/\.docx$/i, '.txt'));
  let exists = true;
  try {
    await vscode.workspace.fs.stat(target);
  } catch {
    exists = false;
  }
  if (exists) {
    const choice = await vscode.window.showWarningMessage(fullWidth(`zh-report: ${fileName(target)} 已存在,要覆盖吗?`) + ' (the file exists; overwrite it?)', OVERWRITE);
    if (choice !== OVERWRITE) return undefined;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text + '\n'));
  await vscode.window.showTextDocument(target);
  return target;
}
