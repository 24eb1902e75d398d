/** Entry of dist/client.js (the desktop): the server runs as a Node process over IPC. */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateWith, CONFIG_GLOB, deactivateClient, type ZhReportApi } from './activate';

export function activate(context: vscode.ExtensionContext): ZhReportApi {
  const serverModule = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  return activateWith(context, {
    create: (options) => new LanguageClient('zhReport', 'zh-report', serverOptions, options),
    schemes: ['file'],
    // Config files apply live: the server re-reads them when any of these change on disk.
    configFileEvents: vscode.workspace.createFileSystemWatcher(CONFIG_GLOB),
  });
}

export const deactivate = deactivateClient;
