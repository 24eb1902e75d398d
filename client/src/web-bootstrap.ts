/** The web server's scripts, as paths under dist/: the server, then the parts it loads on demand. */
export const WEB_SCRIPTS = { server: 'web/server.js', ajv: 'ajv.js', re2js: 're2js.js', export: 'export.js' } as const;

export type WebScriptUrls = Record<keyof typeof WEB_SCRIPTS, string>;

/**
 * The text of the worker script that starts the web server. VS Code's web extension host wraps
 * every worker an extension starts in a blob: script, where a relative importScripts has no base,
 * so the bootstrap hands the server the absolute address of each part it may load later
 * (esbuild.js reads self.zhReportScripts).
 */
export function workerBootstrap(urls: WebScriptUrls): string {
  const { server, ...onDemand } = urls;
  return `self.zhReportScripts = ${JSON.stringify(onDemand)};\nimportScripts(${JSON.stringify(server)});\n`;
}
