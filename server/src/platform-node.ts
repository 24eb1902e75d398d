/** The Node server: stdio or IPC from the VS Code client, config files on disk, test hooks. */
import { URI } from 'vscode-uri';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodeConfigHost } from '../../engine/node/config-files';
import { setPlatform } from './platform';
import { registerTestHooks } from './test-hooks';

setPlatform({
  connection: createConnection(ProposedFeatures.all),
  configHost: nodeConfigHost,
  configKey: (uri) => {
    const parsed = URI.parse(uri);
    return parsed.scheme === 'file' ? parsed.fsPath : null;
  },
  // LSP file events (workspace/didChangeWatchedFiles) tell the Node server.
  watchConfigFiles: () => {},
  registerExtras: registerTestHooks,
});
