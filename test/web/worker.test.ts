/**
 * The web server bundle (dist/web/server.js) in a real Web Worker, in headless Chromium (Debian's,
 * driven by playwright-core as the e2e suite does), spoken to over postMessage: it must answer as
 * the Node server does for the same text, load its on-demand parts (ajv for a config file, the
 * Word exporter) with importScripts, and apply config files the client sends.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { JsonRpcPeer, LspClient, type Message } from '../support/lsp-client';
import { DIST, FIXTURES, ROOT } from '../support/paths';
import { WEB_SCRIPTS, workerBootstrap, type WebScriptUrls } from '../../client/src/web-bootstrap';

// Names of the page, where the functions given to page.evaluate run (this project compiles without the DOM library).
declare const window: unknown;
declare const Worker: new (url: string) => unknown;

const CHROMIUM = '/usr/bin/chromium';
const PLAYWRIGHT = path.join(ROOT, '.vscode-test', 'code-server', 'node_modules', 'playwright-core');
const missing = [CHROMIUM, PLAYWRIGHT].filter((p) => !fs.existsSync(p));
const skip = missing.length ? `not installed: ${missing.join(', ')} (test/e2e/install-code-server.sh installs them; npm run test:web runs it first)` : false;

/** The fixture with a gap, a placeholder and a missing section, as a report file in a workspace. */
const TEXT = fs.readFileSync(path.join(FIXTURES, 'rules', 'numbering-gap', 'top-level.txt'), 'utf8').replace(/[⟦⟧]/g, '') + '\n全年完成培训XX人次。\n';
const URI = 'file:///workspace/reports/report.txt';

/** Serves dist/ and an empty page, so the worker has a real URL to load its parts beside. */
function serveDist(): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>zh-report web worker test</title>');
      return;
    }
    const file = path.join(DIST, path.normalize(url.pathname.replace(/^\/dist\//, '')));
    if (!url.pathname.startsWith('/dist/') || !file.startsWith(DIST) || !fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/javascript' }).end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** The web server in a Web Worker of a Chromium page; messages pass through page functions. */
class WorkerLspClient extends JsonRpcPeer {
  constructor(
    private readonly page: any,
    private readonly origin: string,
  ) {
    super();
  }

  async start(): Promise<void> {
    await this.page.exposeFunction('zhReportFromWorker', (m: Message) => this.dispatch(m));
    const base = `${this.origin}/dist/`;
    const urls = Object.fromEntries(Object.entries(WEB_SCRIPTS).map(([name, file]) => [name, base + file])) as WebScriptUrls;
    // As in VS Code's web extension host: the worker runs a blob: script, so nothing resolves relative to dist/.
    await this.page.evaluate((bootstrap: string) => {
      const w = window as any;
      w.lspWorker = new Worker(w.URL.createObjectURL(new w.Blob([bootstrap], { type: 'application/javascript' })));
      w.lspWorker.onmessage = (e: { data: unknown }) => w.zhReportFromWorker(e.data);
      w.lspWorker.onerror = (e: { message: string }) => w.zhReportFromWorker({ jsonrpc: '2.0', method: 'test/workerError', params: e.message });
    }, workerBootstrap(urls));
  }

  protected write(m: Message): void {
    void this.page.evaluate((message: Message) => (window as any).lspWorker.postMessage(message), m);
  }
}

const keyOf = (d: { code: string; range: { start: { line: number; character: number } }; message: string }): string => `${d.code}@${d.range.start.line}:${d.range.start.character} ${d.message}`;

describe('the web server in a Web Worker', { skip }, () => {
  let http: http.Server;
  let browser: any;
  let web: WorkerLspClient;
  const workerErrors: string[] = [];

  before(async () => {
    http = await serveDist();
    const { chromium } = require(PLAYWRIGHT);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    const page = await browser.newPage();
    const origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    await page.goto(`${origin}/`);
    web = new WorkerLspClient(page, origin);
    web.onNotification((method, params) => void (method === 'test/workerError' && workerErrors.push(String(params))));
    await web.start();
  });

  after(async () => {
    await browser?.close();
    http?.close();
  });

  it('answers initialize, publishes the same diagnostics and symbols as the Node server', async () => {
    const node = new LspClient(path.join(DIST, 'server.js'));
    try {
      const results: Array<{ diagnostics: string[]; symbols: unknown; capabilities: unknown }> = [];
      for (const client of [node, web] as JsonRpcPeer[]) {
        const init = await client.initialize({});
        const published = client.waitFor('textDocument/publishDiagnostics', (p: any) => p.uri === URI, 30_000);
        client.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'plaintext', version: 1, text: TEXT } });
        const diagnostics = ((await published) as any).diagnostics.map(keyOf);
        const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri: URI } });
        results.push({ diagnostics, symbols, capabilities: init.capabilities });
      }
      const [fromNode, fromWeb] = results;
      assert.deepEqual(workerErrors, []);
      assert.ok(fromNode!.diagnostics.some((d) => d.startsWith('numbering-gap')) && fromNode!.diagnostics.some((d) => d.startsWith('placeholder')));
      assert.deepEqual(fromWeb!.diagnostics, fromNode!.diagnostics);
      assert.deepEqual(fromWeb!.symbols, fromNode!.symbols);
      assert.deepEqual(fromWeb!.capabilities, fromNode!.capabilities);
    } finally {
      await node.shutdown();
    }
  });

  it('applies the config files the client sends, with a broken one reported on the file (ajv loaded with importScripts)', async () => {
    const config = 'file:///workspace/.zhreportrc.json';
    const quiet = web.waitFor('textDocument/publishDiagnostics', (p: any) => p.uri === URI && !p.diagnostics.some((d: any) => d.code === 'placeholder'), 30_000);
    const onConfig = web.waitFor('textDocument/publishDiagnostics', (p: any) => p.uri === config && p.diagnostics.length > 0, 30_000);
    web.notify('zhReport/configFiles', { files: [{ uri: config, text: '{\n  "rules": { "placeholder": "off", "no-such-rule": "warning" }\n}\n' }] });
    const diagnostics = (await quiet).diagnostics;
    assert.ok(diagnostics.some((d: any) => d.code === 'numbering-gap'), 'the other rules still run');
    const problems = (await onConfig).diagnostics;
    assert.match(problems[0].message, /no-such-rule/);
    assert.equal(problems[0].range.start.line, 1);
    // Removing the file brings the rule back.
    const back = web.waitFor('textDocument/publishDiagnostics', (p: any) => p.uri === URI && p.diagnostics.some((d: any) => d.code === 'placeholder'), 30_000);
    web.notify('zhReport/configFiles', { files: [] });
    await back;
    assert.deepEqual(workerErrors, []);
  });

  it('exports the report as .docx bytes (the exporter loaded with importScripts)', async () => {
    const result = await web.request<{ data: string; headings: number }>('zhReport/exportDocx', { uri: URI });
    const bytes = Buffer.from(result.data, 'base64');
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK');
    assert.ok(result.headings >= 3);
    assert.deepEqual(workerErrors, []);
  });
});
