/** The VS Code client: starts the zh-report language server and adds commands around it. */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { copyOutline, insertSkeleton, serverEdit } from './commands';
import { gotoPlaceholder, PlaceholderStatus } from './placeholders';
import { WordCountStatus } from './word-count';

let client: LanguageClient | undefined;

export interface ZhReportApi {
  /** Resolves once the language server is running. */
  ready: Promise<void>;
  /** The 字数 status-bar text shown now. */
  wordCountText(): string;
}

export function activate(context: vscode.ExtensionContext): ZhReportApi {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const documentSelector = ['file', 'untitled'].flatMap((scheme) => ['plaintext', 'markdown', 'zh-report'].map((language) => ({ scheme, language })));
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    synchronize: {
      configurationSection: 'zhReport',
      // Config files apply live: the server re-reads them when any of these change on disk.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{.zhreportrc,.zhreportrc.json,zhreport.config.json}'),
    },
    diagnosticCollectionName: 'zh-report',
  };
  const languageClient = new LanguageClient('zhReport', 'zh-report', serverOptions, clientOptions);
  client = languageClient;
  const ready = languageClient.start();
  const wordCount = new WordCountStatus();
  const snippets = context.asAbsolutePath(path.join('snippets', 'zh-report.code-snippets'));

  context.subscriptions.push(
    new PlaceholderStatus(),
    wordCount,
    vscode.commands.registerCommand('zhReport.nextPlaceholder', () => gotoPlaceholder(1)),
    vscode.commands.registerCommand('zhReport.previousPlaceholder', () => gotoPlaceholder(-1)),
    vscode.commands.registerCommand('zhReport.renumberDocument', (uri?: vscode.Uri) => serverEdit(languageClient, ready, 'zhReport.server.renumberDocument', uri)),
    vscode.commands.registerCommand('zhReport.convertToGbStyle', (uri?: vscode.Uri) => serverEdit(languageClient, ready, 'zhReport.server.convertToGbStyle', uri)),
    vscode.commands.registerCommand('zhReport.insertSkeleton', (type?: string) => insertSkeleton(snippets, typeof type === 'string' ? type : undefined)),
    vscode.commands.registerCommand('zhReport.copyOutline', () => copyOutline()),
  );
  return { ready, wordCountText: () => wordCount.text };
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
