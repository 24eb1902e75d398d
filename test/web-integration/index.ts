/**
 * The integration suite for the web worker extension host (npm run test:e2e:web): code-server
 * runs the extension's browser entry in a Web Worker when the user setting remote.extensionKind
 * asks for "web" (run-code-server.js --web-host writes it). A Web Worker has no Node, so this suite is its own small runner,
 * bundled for the browser, and it writes its results into the workspace through vscode.workspace.fs,
 * where the e2e runner reads them. Every wait is on an event.
 */
import * as vscode from 'vscode';

interface Api {
  ready: Promise<void>;
  hasNodeProcess: boolean;
}

const RESULTS = '.zh-report-web-results.json';

function folder(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0];
  if (!f) throw new Error('the web suite needs a workspace folder');
  return f.uri;
}

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'zh-report');
}

const codeOf = (d: vscode.Diagnostic): string => (typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code));

/** Resolves when the document's zh-report diagnostics satisfy `predicate`: checked now and on every change. */
function diagnosticsWhere(uri: vscode.Uri, predicate: (codes: string[]) => boolean, timeoutMs = 60_000): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const codes = (): string[] => ours(uri).map(codeOf);
    if (predicate(codes())) return resolve(codes());
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`diagnostics of ${uri.toString()} never matched; have ${JSON.stringify(codes())}`));
    }, timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString()) || !predicate(codes())) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(codes());
    });
  });
}

function check(ok: boolean, message: string): void {
  if (!ok) throw new Error(message);
}

const tests: Array<[string, () => Promise<void>]> = [
  [
    'the extension runs in the web worker extension host, without Node',
    async () => {
      check(vscode.env.uiKind === vscode.UIKind.Web, `uiKind is ${vscode.env.uiKind}, not Web`);
      const ext = vscode.extensions.getExtension<Api>('zh-report.zh-report');
      check(!!ext, 'zh-report.zh-report is not installed');
      const api = await ext!.activate();
      await api.ready;
      const g = globalThis as { process?: unknown; importScripts?: unknown };
      const where = `suite: process ${typeof g.process}, importScripts ${typeof g.importScripts}; extension: kind ${ext!.extensionKind}, Node process ${api.hasNodeProcess}`;
      check(typeof g.process === 'undefined' && typeof g.importScripts === 'function', `the suite is not in a Web Worker (${where})`);
      check(api.hasNodeProcess === false, `the extension is not in a Web Worker (${where})`);
    },
  ],
  [
    'diagnostics and the Outline of a report',
    async () => {
      const uri = vscode.Uri.joinPath(folder(), 'examples', 'summary-2025.txt');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const codes = await diagnosticsWhere(uri, (c) => c.includes('placeholder') && c.includes('numbering-gap'));
      check(codes.includes('numbering-duplicate'), `codes: ${codes.join(', ')}`);
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
      const names = (symbols ?? []).flatMap((s) => [s.name, ...s.children.map((c) => c.name)]);
      check(names.some((n) => n.startsWith('一、主要工作完成情况')), `outline: ${names.join(' | ')}`);
      check(names.some((n) => n.includes('学校建设有序推进')), `outline: ${names.join(' | ')}`);
    },
  ],
  [
    'a config file in the workspace applies, and stops applying when deleted',
    async () => {
      const uri = vscode.Uri.joinPath(folder(), 'examples', 'summary-2025.txt');
      const config = vscode.Uri.joinPath(folder(), '.zhreportrc.json');
      await vscode.workspace.fs.writeFile(config, new TextEncoder().encode('{ "rules": { "placeholder": "off" } }\n'));
      await diagnosticsWhere(uri, (c) => !c.includes('placeholder') && c.includes('numbering-gap'));
      await vscode.workspace.fs.delete(config);
      await diagnosticsWhere(uri, (c) => c.includes('placeholder'));
    },
  ],
  [
    'export to Word runs the exporter in the worker and writes the .docx through workspace.fs',
    async () => {
      const uri = vscode.Uri.joinPath(folder(), 'examples', 'duty-report.txt');
      const target = vscode.Uri.joinPath(folder(), 'web-export.docx');
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('zhReport.exportDocx', { uri, target });
      check(written?.toString() === target.toString(), `export returned ${String(written)}`);
      const bytes = await vscode.workspace.fs.readFile(target);
      // A zip whose local headers name the Word body (entry names are stored uncompressed).
      check(bytes[0] === 0x50 && bytes[1] === 0x4b, `not a zip: ${Array.from(bytes.slice(0, 4)).join(',')}`);
      check(new TextDecoder('latin1').decode(bytes).includes('word/document.xml'), 'no word/document.xml in the .docx');
    },
  ],
  [
    'renumbering through the server edits the document',
    async () => {
      const doc = await vscode.workspace.openTextDocument({ language: 'zh-report', content: '2026年工作总结\n一、主要工作\n三、存在问题\n' });
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('zhReport.renumberDocument', doc.uri);
      check(doc.getText().includes('二、存在问题'), doc.getText());
    },
  ],
];

export async function run(): Promise<void> {
  const results = { passed: 0, failed: 0, skipped: 0, total: 0, failures: [] as Array<{ title: string; error: string }> };
  for (const [title, test] of tests) {
    try {
      await test();
      results.passed++;
    } catch (e) {
      results.failed++;
      results.failures.push({ title, error: (e as Error).stack ?? String(e) });
    }
  }
  results.total = results.passed + results.failed;
  // Written whole, then renamed: the runner must never read a half-written file.
  const temp = vscode.Uri.joinPath(folder(), `${RESULTS}.tmp`);
  await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(JSON.stringify(results, null, 2)));
  await vscode.workspace.fs.rename(temp, vscode.Uri.joinPath(folder(), RESULTS), { overwrite: true });
  if (results.failed) throw new Error(`${results.failed} web integration tests failed`);
}
