/** Helpers for the integration suite: open documents and wait on events, never on fixed sleeps. */
import * as path from 'node:path';
import * as vscode from 'vscode';

export const SOURCE = 'zh-report';

export function workspaceFile(...parts: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the integration suite needs a workspace folder');
  return vscode.Uri.file(path.join(folder.uri.fsPath, ...parts));
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code);
}

/** Resolves when `predicate` holds for the document's zh-report diagnostics; checks now, then on every change. */
export function waitForDiagnostics(uri: vscode.Uri, predicate: (d: vscode.Diagnostic[]) => boolean, timeoutMs = 30_000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const now = ours(uri);
    if (predicate(now)) return resolve(now);
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`diagnostics for ${uri.fsPath} did not reach the expected state in ${timeoutMs} ms; have: ${JSON.stringify(ours(uri).map((d) => `${codeOf(d)}@${d.range.start.line}`))}`));
    }, timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const current = ours(uri);
      if (!predicate(current)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(current);
    });
  });
}

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc);
}

/** Applies the quick fix whose title starts with `title` for a diagnostic, failing if none is offered. */
export async function applyQuickFix(uri: vscode.Uri, diagnostic: vscode.Diagnostic, title: string): Promise<void> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
  const fix = actions.find((a) => a.title.startsWith(title));
  if (!fix?.edit) throw new Error(`no quick fix “${title}…”; offered: ${actions.map((a) => a.title).join(', ')}`);
  if (!(await vscode.workspace.applyEdit(fix.edit))) throw new Error(`quick fix “${fix.title}” was not applied`);
}

/** Writes a workspace file as UTF-8. */
export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

/** Activates the extension and waits until its language server is running. */
export async function ready(): Promise<void> {
  const ext = vscode.extensions.getExtension<{ ready: Promise<void> }>('zh-report.zh-report');
  if (!ext) throw new Error('extension zh-report.zh-report is not installed in this VS Code');
  const api = await ext.activate();
  await api.ready;
}

/**
 * Resolves with the contents of `dir/name` once the file exists, checking now and on every change
 * in the folder; fails with `failure` after `timeoutMs`.
 */
async function fileAppears(dir: string, name: string, timeoutMs: number, failure: string): Promise<string> {
  const fs = await import('node:fs');
  const file = path.join(dir, name);
  return new Promise<string>((resolve, reject) => {
    const watcher = fs.watch(dir, () => {
      if (fs.existsSync(file)) finish();
    });
    const timer = setTimeout(() => {
      watcher.close();
      reject(new Error(failure));
    }, timeoutMs);
    function finish(): void {
      clearTimeout(timer);
      watcher.close();
      resolve(fs.readFileSync(file, 'utf8'));
    }
    if (fs.existsSync(file)) finish();
  });
}

/**
 * Screenshot handshake with the e2e runner: write <scene>.ready, wait for <scene>.done. Only when
 * the runner asked for scenes (ZH_REPORT_SCENES); under other runners it returns at once.
 */
export async function scene(name: string, timeoutMs = 60_000): Promise<void> {
  const dir = process.env['ZH_REPORT_SCENES'];
  if (!dir) return;
  await vscode.commands.executeCommand('notifications.clearAll');
  const fs = await import('node:fs');
  const done = fileAppears(dir, `${name}.done`, timeoutMs, `runner did not take screenshot ${name}`);
  fs.writeFileSync(path.join(dir, `${name}.ready`), '');
  await done;
}

let clickCount = 0;

/**
 * Has the e2e runner click the button labelled `label` in the workbench (a notification's), as a
 * person would; resolves once it was clicked. Fails where no runner answers clicks.
 */
export async function clickButton(label: string, timeoutMs = 45_000): Promise<void> {
  const dir = process.env['ZH_REPORT_CLICKS'];
  if (!dir) throw new Error('clickButton needs the e2e runner (ZH_REPORT_CLICKS)');
  const fs = await import('node:fs');
  const id = `click-${++clickCount}`;
  const clicked = fileAppears(dir, `${id}.clicked`, timeoutMs, `the runner did not click “${label}”`);
  // Written whole, then renamed: the runner must never read a half-written label.
  fs.writeFileSync(path.join(dir, `${id}.tmp`), label);
  fs.renameSync(path.join(dir, `${id}.tmp`), path.join(dir, `${id}.click`));
  const error = await clicked;
  if (error) throw new Error(error);
}
