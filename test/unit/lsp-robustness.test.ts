/** The server under load: big inputs, a size limit, an edit storm with cancellations, no stale results. */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { lint } from '../../engine';
import { LspClient } from '../support/lsp-client';
import { DIST } from '../support/paths';

const STORM_EDITS = Number(process.env['ZH_REPORT_STORM_EDITS'] ?? 2000);

/** A report of about `bytes` UTF-8 bytes made of numbered sections. */
function report(bytes: number): string {
  const parts = ['某县教育局2025年工作总结', ''];
  let size = 0;
  for (let n = 1; size < bytes; n++) {
    const section = `${n}.第${n}项工作\n\u3000\u3000全年投入XX万元,建成学校${n}所。一是加强领导;二是完善制度;三是强化考核。\n`;
    parts.push(section);
    size += Buffer.byteLength(section) + 1;
  }
  return parts.join('\n');
}

function rssMB(pid: number): number {
  const fs = require('node:fs') as typeof import('node:fs');
  return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
}

describe('engine on big inputs', () => {
  it('a 10 MB report and a 5 MB single line lint without error', () => {
    const big = report(10 * 2 ** 20);
    assert.ok(Buffer.byteLength(big) >= 10 * 2 ** 20);
    const findings = lint(big);
    assert.ok(findings.length > 1000);
    const single = '某局工作总结 '.padEnd(2_300_000, '工作XX,某某。');
    assert.ok(Buffer.byteLength(single) >= 5 * 10 ** 6);
    assert.ok(lint(single).length > 1000);
  });
});

describe('language server under load', () => {
  let client: LspClient;
  let maxFileSize = 5_000_000;
  before(async () => {
    client = new LspClient(path.join(DIST, 'server.js'), ['--stdio'], { ZH_REPORT_TEST_HOOKS: '1' });
    client.onServerRequest = (method) => (method === 'workspace/configuration' ? [{ maxFileSize }] : null);
    await client.initialize({ workspace: { configuration: true } });
  });
  after(async () => {
    await client.shutdown();
  });

  it('answers other requests while it works through a 10 MB report', async () => {
    const bigUri = 'file:///load/big.txt';
    const smallUri = 'file:///load/small.txt';
    const smallOpened = client.waitFor('textDocument/publishDiagnostics', (p: any) => p.uri === smallUri);
    client.notify('textDocument/didOpen', { textDocument: { uri: smallUri, languageId: 'plaintext', version: 1, text: report(6000) } });
    await smallOpened;
    const bigDone = client.waitFor('textDocument/publishDiagnostics', (p: any) => p.uri === bigUri, 120_000);
    client.notify('textDocument/didOpen', { textDocument: { uri: bigUri, languageId: 'plaintext', version: 1, text: report(10 * 2 ** 20) } });
    const symbols = await client.request<any[]>('textDocument/documentSymbol', { textDocument: { uri: smallUri } });
    assert.ok(symbols.length > 10);
    const published = await bigDone;
    assert.ok(published.diagnostics.length > 1000);
    client.notify('textDocument/didClose', { textDocument: { uri: bigUri } });
  });

  it('skips a document above zhReport.maxFileSize with one information message', async () => {
    maxFileSize = 10_000;
    client.notify('workspace/didChangeConfiguration', { settings: {} });
    const uri = 'file:///load/too-big.txt';
    const done = client.waitFor('textDocument/publishDiagnostics', (p: any) => p.uri === uri);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: report(60_000) } });
    const p = await done;
    assert.deepEqual(p.diagnostics.map((d: any) => [d.code, d.severity]), [['too-large', 3]]);
    maxFileSize = 5_000_000;
    client.notify('workspace/didChangeConfiguration', { settings: {} });
    client.notify('textDocument/didClose', { textDocument: { uri } });
  });

  it(`survives ${STORM_EDITS} random edits with interleaved, partly cancelled requests`, async () => {
    const uri = 'file:///load/storm.txt';
    let text = report(150_000);
    const paste = report(50_000);
    const publishes: number[] = [];
    const diagnosticsByVersion = new Map<number, any[]>();
    client.onNotification((method, params) => {
      if (method === 'textDocument/publishDiagnostics' && params.uri === uri) {
        publishes.push(params.version);
        diagnosticsByVersion.set(params.version, params.diagnostics);
      }
      return false;
    });
    const opened = client.waitFor('textDocument/publishDiagnostics', (p: any) => p.uri === uri && p.version === 1);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    await opened;
    const heapMB = async (): Promise<number> => (await client.request<any>('zhReport/serverInfo', { gc: true })).memory.heapUsed / 2 ** 20;
    const baseline = await heapMB();

    // mulberry32: a small seeded generator, so that a failing storm can be replayed.
    let seed = 12345;
    const random = (n: number): number => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return (((t ^ (t >>> 14)) >>> 0) % n);
    };
    const offsetToPosition = (t: string, offset: number): { line: number; character: number } => {
      const before = t.slice(0, offset).split('\n');
      return { line: before.length - 1, character: before[before.length - 1]!.length };
    };
    const requests: Array<Promise<unknown>> = [];
    let cancelledReplies = 0;
    let version = 1;
    let lastUndo: { start: number; inserted: string; removed: string } | null = null;
    for (let i = 0; i < STORM_EDITS; i++) {
      // Mostly keystrokes and small deletions; a 50 KB paste every ~100 edits, and a large cut now
      // and then, so that the document stays around its starting size.
      const kind = random(100) === 0 ? 1 : random(100) === 0 ? 3 : [0, 2, 4, 5, 6, 7, 8, 9][random(8)]!;
      let start: number;
      let end: number;
      let insert: string;
      if (kind === 0 && lastUndo) {
        // Undo-like reversal of the previous edit.
        start = lastUndo.start;
        end = start + lastUndo.inserted.length;
        insert = lastUndo.removed;
      } else if (kind === 1) {
        start = random(text.length);
        end = start;
        insert = paste;
      } else if (kind === 3) {
        start = random(text.length);
        end = Math.min(text.length, start + 50_000);
        insert = '';
      } else if (kind <= 4) {
        start = random(text.length);
        end = Math.min(text.length, start + random(40));
        insert = '';
      } else {
        start = random(text.length);
        end = start;
        insert = ['X', '一、', '\n', '某', '(二)', '\uFF0C'][random(6)]!;
      }
      // Keep edits off the middle of a CRLF-free text's surrogate pairs: the report has none.
      const range = { start: offsetToPosition(text, start), end: offsetToPosition(text, end) };
      lastUndo = { start, inserted: insert, removed: text.slice(start, end) };
      text = text.slice(0, start) + insert + text.slice(end);
      version++;
      client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: insert }] });
      if (i % 25 === 0) {
        const id = (client as any).nextId as number;
        const pending = client.request('textDocument/documentSymbol', { textDocument: { uri } }).catch((e: Error) => {
          if (/cancel/i.test(e.message)) cancelledReplies++;
          else throw e;
        });
        if (i % 50 === 0) client.notify('$/cancelRequest', { id });
        requests.push(pending);
      }
    }
    const last = version;
    const done = client.waitFor('textDocument/publishDiagnostics', (p: any) => p.uri === uri && p.version === last, 120_000);
    await Promise.all(requests);
    await done.catch((e: Error) => {
      throw new Error(`${e.message}; last published v${publishes[publishes.length - 1]} of v${last}; server stderr: ${client.stderr.slice(-2000)}`);
    });

    const fresh = lint(text).map((f) => `${f.ruleId}@${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character}`);
    const final = diagnosticsByVersion.get(last)!.map((d: any) => `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`);
    assert.deepEqual(final, fresh, 'final diagnostics equal a fresh lint of the final text');
    for (let i = 1; i < publishes.length; i++) assert.ok(publishes[i]! > publishes[i - 1]!, `publish of v${publishes[i]} after v${publishes[i - 1]}`);
    assert.ok(cancelledReplies > 0, 'some cancelled requests were answered as cancelled');
    client.notify('textDocument/didClose', { textDocument: { uri } });
    const afterHeap = await heapMB();
    const rss = rssMB(client.child.pid!);
    console.log(
      `# storm: ${STORM_EDITS} edits, ${publishes.length} publishes, ${requests.length} symbol requests (${cancelledReplies} cancelled); heap after GC ${baseline.toFixed(1)} → ${afterHeap.toFixed(1)} MB; RSS ${rss.toFixed(0)} MB`,
    );
    assert.ok(afterHeap < baseline + 20, `memory returns near its baseline: heap ${baseline.toFixed(1)} → ${afterHeap.toFixed(1)} MB`);
  });
});
