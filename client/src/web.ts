/**
 * Entry of dist/web/client.js (vscode.dev, github.dev, code-server's web worker host): the server
 * runs in a Web Worker. It cannot read the workspace, so this side finds the config files, reads
 * them through vscode.workspace.fs and sends them all, now and whenever one changes.
 */
import * as vscode from 'vscode';
import { LanguageClient, type ServerOptions } from 'vscode-languageclient/browser';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { activateWith, CONFIG_GLOB, deactivateClient, type ZhReportApi } from './activate';
import { WEB_SCRIPTS, workerBootstrap, type WebScriptUrls } from './web-bootstrap';

// The project compiles without the DOM library; these are the Web APIs the extension host worker has.
declare const Worker: new (url: string) => ServerOptions;
declare const Blob: new (parts: string[], options: { type: string }) => object;
declare const URL: { createObjectURL(blob: object): string };
declare function fetch(url: string): Promise<{ ok: boolean; status: number; url: string }>;

export async function activate(context: vscode.ExtensionContext): Promise<ZhReportApi> {
  const bootstrap = workerBootstrap(await scriptUrls(context.extensionUri));
  const bootstrapUrl = URL.createObjectURL(new Blob([bootstrap], { type: 'application/javascript' }));
  return activateWith(context, {
    create: (options) => new LanguageClient('zhReport', 'zh-report', new Worker(bootstrapUrl), options),
    // Whatever file system the workspace is on: file, vscode-vfs (github.dev), vscode-test-web, …
    schemes: ['file', 'vscode-vfs', 'vscode-test-web', 'vscode-remote'],
    started: (client, ctx) => sendConfigFiles(client, ctx),
  });
}

/**
 * vscode.dev serves a web extension over https, and those addresses work as they are. code-server
 * and other remote hosts give it a vscode-remote: location, which the host refuses as a worker
 * script; its fetch maps such a URI to the address the browser really loads it from, and the
 * response tells that address.
 */
async function scriptUrls(extensionUri: vscode.Uri): Promise<WebScriptUrls> {
  const entries = await Promise.all(
    Object.entries(WEB_SCRIPTS).map(async ([name, file]) => {
      const uri = vscode.Uri.joinPath(extensionUri, 'dist', file);
      if (uri.scheme === 'https' || uri.scheme === 'http') return [name, uri.toString(true)] as const;
      const response = await fetch(uri.toString(true));
      if (!response.ok) throw new Error(`zh-report: cannot load ${uri.toString(true)} (HTTP ${response.status})`);
      return [name, response.url] as const;
    }),
  );
  return Object.fromEntries(entries) as WebScriptUrls;
}

function sendConfigFiles(client: BaseLanguageClient, context: vscode.ExtensionContext): void {
  let sending = Promise.resolve();
  const send = (): void => {
    sending = sending.then(async () => {
      const uris = await vscode.workspace.findFiles(CONFIG_GLOB, '**/node_modules/**');
      const files = await Promise.all(
        uris.map(async (uri) => ({ uri: uri.toString(), text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) })),
      );
      await client.sendNotification('zhReport/configFiles', { files });
    });
  };
  const watcher = vscode.workspace.createFileSystemWatcher(CONFIG_GLOB);
  context.subscriptions.push(watcher, watcher.onDidCreate(send), watcher.onDidChange(send), watcher.onDidDelete(send));
  send();
}

export const deactivate = deactivateClient;
