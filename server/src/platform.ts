/**
 * What differs between the Node server (dist/server.js) and the web server (dist/web/server.js,
 * a Web Worker in vscode.dev): the connection, and how config files are reached. The entry module
 * of each build (node.ts, web.ts) sets the platform before it loads server.ts.
 */
import type { Connection } from 'vscode-languageserver';
import type { ConfigHost } from '../../engine/config/files';

export interface Platform {
  connection: Connection;
  configHost: ConfigHost;
  /** The key a document's config is found by (a file path, or a URI on the web); null for none. */
  configKey(uri: string): string | null;
  /** Calls `changed` whenever the config files change in a way LSP file events do not tell. */
  watchConfigFiles(changed: () => void): void;
  /** Requests only this platform answers (the Node server's test hooks). */
  registerExtras(connection: Connection): void;
}

let current: Platform | undefined;

export function setPlatform(platform: Platform): void {
  current = platform;
}

export function platform(): Platform {
  if (!current) throw new Error('zh-report: the server was loaded without a platform (start it from node.ts or web.ts)');
  return current;
}
