/**
 * Config files on the web, where the server cannot read the workspace: the client finds them with
 * vscode.workspace.findFiles, reads them through vscode.workspace.fs and sends them all
 * (zhReport/configFiles) at start and after every change. Paths here are URIs as the client
 * writes them (`scheme://authority/path`), so discovery walks up folder URIs.
 */
import type { ConfigHost } from '../../engine/config/files';

export const CONFIG_FILES_NOTIFICATION = 'zhReport/configFiles';

export interface ConfigFilesParams {
  files: Array<{ uri: string; text: string }>;
}

/** The part of a URI after scheme and authority, where folders start. */
function rootLength(uri: string): number {
  const scheme = uri.indexOf('://');
  if (scheme < 0) return 0;
  const slash = uri.indexOf('/', scheme + 3);
  return slash < 0 ? uri.length : slash;
}

export class WebConfigHost implements ConfigHost {
  private files = new Map<string, string>();

  /** The complete set of config files now in the workspace. */
  replace(params: ConfigFilesParams): void {
    this.files = new Map(params.files.map((f) => [f.uri, f.text]));
  }

  resolve(p: string): string {
    return p;
  }

  dirname(p: string): string {
    const i = p.lastIndexOf('/');
    return i <= rootLength(p) ? p.slice(0, Math.max(i, rootLength(p))) : p.slice(0, i);
  }

  join(dir: string, name: string): string {
    return `${dir}/${name}`;
  }

  relative(dir: string, file: string): string {
    return file.startsWith(dir + '/') ? decodeURIComponent(file.slice(dir.length + 1)) : file;
  }

  isFile(p: string): boolean {
    return this.files.has(p);
  }

  readText(p: string): string {
    const text = this.files.get(p);
    if (text === undefined) throw new Error(`${p} is not in the workspace`);
    return text;
  }
}
