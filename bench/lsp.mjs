// LSP measurements: edit latency (one edit at a time, and a burst) and server memory.
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as fs from 'node:fs';
import { corpusOf } from './corpus.mjs';

const require = createRequire(import.meta.url);

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function rssMB(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
}

/** Inserts one character somewhere in the middle of the document (a full-width comma). */
export function editAt(text, seed) {
  const lines = text.split('\n');
  const line = (seed * 7919) % lines.length;
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '\uFF0C' };
}

async function latencyFor(LspClient, serverPath, text, edits, env = {}) {
  const client = new LspClient(serverPath, ['--stdio'], env);
  await client.initialize({});
  const uri = 'file:///bench/report.txt';
  let version = 1;
  const publishedAt = new Map();
  client.onNotification((method, params) => {
    if (method === 'textDocument/publishDiagnostics' && params.uri === uri) publishedAt.set(params.version, process.hrtime.bigint());
    return false;
  });
  const opened = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 1, 60_000);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version, text } });
  await opened;
  const sequential = [];
  for (let i = 0; i < edits; i++) {
    version++;
    const v = version;
    const done = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === v, 60_000);
    const t = process.hrtime.bigint();
    client.notify('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [editAt(text, i)] });
    await done;
    sequential.push(Number(publishedAt.get(v) - t) / 1e6);
  }
  // The first edits after opening run before V8 has optimised the engine's hot code; they are
  // reported apart as well as in the whole.
  const stats = (xs) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return { edits: xs.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] };
  };
  const coldEdits = Math.min(50, Math.floor(edits / 4));
  const first = version + 1;
  const last = version + edits;
  const lastDone = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === last, 120_000);
  for (let i = 0; i < edits; i++) {
    version++;
    client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [editAt(text, i + edits)] });
  }
  let lastPublished = true;
  await lastDone.catch(() => (lastPublished = false));
  let published = 0;
  for (const v of publishedAt.keys()) if (v >= first && v <= last) published++;
  await client.shutdown();
  return {
    bytes: Buffer.byteLength(text),
    sequential: { ...stats(sequential), cold: stats(sequential.slice(0, coldEdits)), warm: stats(sequential.slice(coldEdits)) },
    firstEdits: sequential.slice(0, 50),
    burst: { edits, published, coalescedShare: 1 - published / edits, lastPublished },
  };
}

async function memory(LspClient, serverPath, doc, count) {
  const client = new LspClient(serverPath);
  await client.initialize({});
  const baselineMB = rssMB(client.child.pid);
  for (let i = 0; i < count; i++) {
    const uri = `file:///bench/report-${i}.txt`;
    const done = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri, 60_000);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: doc } });
    await done;
  }
  const afterMB = rssMB(client.child.pid);
  await client.shutdown();
  return { baselineMB, afterMB, documents: count, bytesEach: Buffer.byteLength(doc) };
}

export async function measureLsp(root, base, quick) {
  const { LspClient } = require(path.join(root, 'out', 'test', 'support', 'lsp-client.js'));
  const serverPath = path.join(root, 'dist', 'server.js');
  const edits = quick ? 40 : 200;
  const latency = [];
  for (const size of [1e5, 1e6]) latency.push(await latencyFor(LspClient, serverPath, corpusOf(base, size), edits));
  return { latency, warmUp: await warmUpEffect(LspClient, serverPath, corpusOf(base, 1e5), quick ? 2 : 5), memory: await memory(LspClient, serverPath, corpusOf(base, 1e5), 20) };
}

/**
 * The server's start-up warm-up (server/src/warm-up.ts) on and off, in alternate fresh servers:
 * the first 50 edits of a 100 KB report, which run before V8 has optimised the engine.
 */
async function warmUpEffect(LspClient, serverPath, text, rounds) {
  const on = [];
  const off = [];
  for (let r = 0; r < rounds; r++) {
    on.push(...(await latencyFor(LspClient, serverPath, text, 50)).firstEdits);
    off.push(...(await latencyFor(LspClient, serverPath, text, 50, { ZH_REPORT_WARM_UP: '0' })).firstEdits);
  }
  const stats = (xs) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return { edits: xs.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
  };
  return { rounds, on: stats(on), off: stats(off) };
}
