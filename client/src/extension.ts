/** The VS Code client: starts the zh-report language server and adds commands around it. */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ExecuteCommandRequest, LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { gotoPlaceholder, PlaceholderStatus } from './placeholders';

const RENUMBER_SERVER_COMMAND = 'zhReport.server.renumberDocument';

let client: LanguageClient | undefined;

export interface ZhReportApi {
  /** Resolves once the language server is running. */
  ready: Promise<void>;
}

export function activate(context: vscode.ExtensionContext): ZhReportApi {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const documentSelector = ['file', 'untitled'].flatMap((scheme) =>
    ['plaintext', 'markdown', 'zh-report'].map((language) => ({ scheme, language })),
  );
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    synchronize: {
      configurationSection: 'zhReport',
      // Config files apply live: the server re-reads them when any of these change on disk.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{.zhreportrc,.zhreportrc.json,zhreport.config.json}'),
    },
    diagnosticCollectionName: 'zh-report',
  };
  client = new LanguageClient('zhReport', 'zh-report', serverOptions, clientOptions);
  const ready = client.start();

  context.subscriptions.push(
    new PlaceholderStatus(),
    vscode.commands.registerCommand('zhReport.nextPlaceholder', () => gotoPlaceholder(1)),
    vscode.commands.registerCommand('zhReport.previousPlaceholder', () => gotoPlaceholder(-1)),
    vscode.commands.registerCommand('zhReport.renumberDocument', async (uri?: vscode.Uri) => {
      const target = uri ?? vscode.window.activeTextEditor?.document.uri;
      if (!target || !client) return undefined;
      await ready;
      return client.sendRequest(ExecuteCommandRequest.type, { command: RENUMBER_SERVER_COMMAND, arguments: [target.toString()] });
    }),
  );
  return { ready };
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
