/** The web server: a Web Worker talking LSP over postMessage; config files come from the client. */
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { setPlatform } from './platform';
import { CONFIG_FILES_NOTIFICATION, WebConfigHost, type ConfigFilesParams } from './web-config-host';

// The worker's global scope, typed as the reader takes it (the project compiles without the DOM library).
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self));
const host = new WebConfigHost();
const listeners: Array<() => void> = [];
connection.onNotification(CONFIG_FILES_NOTIFICATION, (params: ConfigFilesParams) => {
  host.replace(params);
  for (const changed of listeners) changed();
});

setPlatform({
  connection,
  configHost: host,
  // Any workspace URI: file:, vscode-vfs: (github.dev), vscode-test-web:, … but not an unsaved buffer.
  configKey: (uri) => (uri.startsWith('untitled:') ? null : uri),
  watchConfigFiles: (changed) => void listeners.push(changed),
  registerExtras: () => {},
});
