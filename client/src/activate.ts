/**
 * The VS Code client, for the desktop and the web alike: starts the zh-report language server
 * through the `start` the entry gives (extension.ts: a Node process; web.ts: a Web Worker) and
 * adds commands around it.
 */
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, State, type BaseLanguageClient, type ErrorHandler, type LanguageClientOptions } from 'vscode-languageclient';
import { copyOutline, insertSkeleton, serverEdit } from './commands';
import { convertDocx, DocxDocuments, DOCX_SCHEME, openDocx } from './docx';
import { exportToWord, type ExportArgs } from './export';
import { gotoPlaceholder, PlaceholderStatus } from './placeholders';
import { WordCountStatus } from './word-count';
import { fullWidth } from '../../engine/zh-message';

let client: BaseLanguageClient | undefined;

export interface ZhReportApi {
  /** Resolves once the language server is running. */
  ready: Promise<void>;
  /** The 字数 status-bar text shown now. */
  wordCountText(): string;
  /** The running server's process id (the desktop server only). */
  serverPid(): Promise<number>;
  /** Fires each time the server is running again after it stopped. */
  onServerRestarted: vscode.Event<void>;
  /** How many messages about server crashes the user has been shown this session. */
  crashNotices(): number;
  /** Where the extension runs: with Node's `process` (desktop, remote) or without it (a browser's Web Worker). */
  hasNodeProcess: boolean;
}

const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

/**
 * Restarts a crashed server, telling the user once per session; after five crashes in three
 * minutes it gives up and says so, rather than looping.
 */
function restartingErrorHandler(onNotice: () => void): ErrorHandler {
  const crashes: number[] = [];
  let told = false;
  return {
    error: () => ({ action: ErrorAction.Continue }),
    closed: () => {
      const now = Date.now();
      crashes.push(now);
      while (crashes.length && now - crashes[0]! > RESTART_WINDOW_MS) crashes.shift();
      if (crashes.length > MAX_RESTARTS) {
        onNotice();
        return { action: CloseAction.DoNotRestart, message: fullWidth('zh-report 语言服务器 3 分钟内崩溃了 5 次,已停止重启。请查看“输出”面板中的 zh-report 日志。') };
      }
      if (told) return { action: CloseAction.Restart, handled: true };
      told = true;
      onNotice();
      return { action: CloseAction.Restart, message: fullWidth('zh-report 语言服务器意外退出,已自动重启。') + '(The zh-report server stopped and was restarted.)' };
    },
  };
}

export const CONFIG_GLOB = '**/{.zhreportrc,.zhreportrc.json,zhreport.config.json}';

/** What each entry provides: how to start the server, and how config files reach it. */
export interface ClientStart {
  create(options: LanguageClientOptions): BaseLanguageClient;
  /** Document schemes besides untitled: `file` on the desktop; any workspace scheme on the web. */
  schemes: string[];
  /** The desktop server reads config files itself and hears of changes as LSP file events. */
  configFileEvents?: vscode.FileSystemWatcher;
  /** Runs once the server is running (the web client then sends the config files it finds). */
  started?(client: BaseLanguageClient, context: vscode.ExtensionContext): void;
}

export function activateWith(context: vscode.ExtensionContext, start: ClientStart): ZhReportApi {
  let crashNotices = 0;
  const documentSelector = [
    ...[...start.schemes, 'untitled'].flatMap((scheme) => ['plaintext', 'markdown', 'zh-report'].map((language) => ({ scheme, language }))),
    // The text of a .docx, shown read-only.
    { scheme: DOCX_SCHEME, language: 'zh-report' },
  ];
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    synchronize: { configurationSection: 'zhReport', ...(start.configFileEvents ? { fileEvents: start.configFileEvents } : {}) },
    diagnosticCollectionName: 'zh-report',
    errorHandler: restartingErrorHandler(() => crashNotices++),
  };
  const languageClient = start.create(clientOptions);
  client = languageClient;
  const ready = languageClient.start();
  if (start.started) void ready.then(() => start.started!(languageClient, context));
  const restarted = new vscode.EventEmitter<void>();
  let wasRunning = false;
  languageClient.onDidChangeState((e) => {
    if (e.newState === State.Running && wasRunning) restarted.fire();
    if (e.newState === State.Running) wasRunning = true;
  });
  const wordCount = new WordCountStatus();
  const slotRules = (): ReadonlySet<string> => new Set<string>(languageClient.initializeResult?.capabilities.experimental?.zhReport?.slotRules ?? []);
  const snippets = vscode.Uri.joinPath(context.extensionUri, 'snippets', 'zh-report.code-snippets');

  context.subscriptions.push(
    new PlaceholderStatus(slotRules),
    wordCount,
    vscode.commands.registerCommand('zhReport.nextPlaceholder', () => gotoPlaceholder(1, slotRules)),
    vscode.commands.registerCommand('zhReport.previousPlaceholder', () => gotoPlaceholder(-1, slotRules)),
    vscode.commands.registerCommand('zhReport.renumberDocument', (uri?: vscode.Uri) => serverEdit(languageClient, ready, 'zhReport.server.renumberDocument', uri)),
    vscode.commands.registerCommand('zhReport.convertToGbStyle', (uri?: vscode.Uri) => serverEdit(languageClient, ready, 'zhReport.server.convertToGbStyle', uri)),
    vscode.commands.registerCommand('zhReport.insertSkeleton', (type?: string) => insertSkeleton(snippets, typeof type === 'string' ? type : undefined)),
    vscode.commands.registerCommand('zhReport.copyOutline', () => copyOutline()),
    new DocxDocuments(),
    vscode.commands.registerCommand('zhReport.openDocx', (uri?: vscode.Uri) => openDocx(uri)),
    vscode.commands.registerCommand('zhReport.convertDocx', (uri?: vscode.Uri) => convertDocx(uri)),
    vscode.commands.registerCommand('zhReport.exportDocx', (arg?: vscode.Uri | ExportArgs) => exportToWord(languageClient, ready, context, arg instanceof vscode.Uri ? { uri: arg } : arg ?? {})),
  );
  const outlines = new OutlineRefresher();
  context.subscriptions.push(restarted, outlines, languageClient.onNotification('zhReport/configurationApplied', () => outlines.refresh()));
  return {
    ready,
    wordCountText: () => wordCount.text,
    serverPid: async () => (await languageClient.sendRequest<{ pid: number }>('zhReport/serverInfo')).pid,
    onServerRestarted: restarted.event,
    crashNotices: () => crashNotices,
    hasNodeProcess: typeof process !== 'undefined',
  };
}

/**
 * VS Code caches each document's outline until the document changes or the list of symbol
 * providers for it does, so a new setting or config file (zhReport.outline.markdown, custom types)
 * would show in the Outline only after the next edit. An empty provider for reports, replaced by
 * a new one each time the server has applied a configuration change, changes that list: the
 * Outline, breadcrumbs and executeDocumentSymbolProvider then ask the server again.
 */
class OutlineRefresher implements vscode.Disposable {
  private provider = OutlineRefresher.register();

  private static register(): vscode.Disposable {
    return vscode.languages.registerDocumentSymbolProvider(['markdown', 'plaintext', 'zh-report'].map((language) => ({ language })), { provideDocumentSymbols: () => undefined });
  }

  refresh(): void {
    this.provider.dispose();
    this.provider = OutlineRefresher.register();
  }

  dispose(): void {
    this.provider.dispose();
  }
}

export function deactivateClient(): Thenable<void> | undefined {
  return client?.stop();
}
