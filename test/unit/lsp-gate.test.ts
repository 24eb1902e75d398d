/**
 * Regression tests for the server's request gate and model cache, over LSP:
 * - a document that is not checked (disabled by setting, ignored by the config, too large) gets
 *   nothing from any handler, while the same text in a checked document gets something from each;
 * - a config change that changes parsing (a custom type's title keywords) re-publishes at once;
 * - a code action request starts from the cached model instead of parsing the text again.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { LspClient } from '../support/lsp-client';
import { DIST } from '../support/paths';

/** A summary with a gap (so renumbering has work), a placeholder and headings. */
const REPORT = ['某局2025年工作总结', '一、主要成绩', '全年完成XX项任务。', '二、存在问题', '四、下一步打算', '（一）加强队伍建设', '（三）完善制度'].join('\n');

const TEST_HOOKS = { ZH_REPORT_TEST_HOOKS: '1' };

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'zh-report-gate-'));
}

function fileUri(p: string): string {
  return `file://${p}`;
}

describe('one gate for every request handler', () => {
  let client: LspClient;
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, '.zhreportrc.json'), JSON.stringify({ ignore: ['ignored/**'] }));
  fs.mkdirSync(path.join(dir, 'ignored'));
  const uris = {
    checked: fileUri(path.join(dir, 'checked.txt')),
    disabled: fileUri(path.join(dir, 'disabled.txt')),
    ignored: fileUri(path.join(dir, 'ignored', 'r.txt')),
    large: fileUri(path.join(dir, 'large.txt')),
  };
  const applyEdits: unknown[] = [];

  before(async () => {
    client = new LspClient(path.join(DIST, 'server.js'));
    client.onServerRequest = (method, params: any) => {
      if (method === 'workspace/applyEdit') {
        applyEdits.push(params);
        return { applied: true };
      }
      if (method !== 'workspace/configuration') return null;
      return params.items.map((item: { scopeUri?: string }) =>
        item.scopeUri === uris.disabled ? { enable: 'never' } : item.scopeUri === uris.large ? { maxFileSize: 50 } : {},
      );
    };
    await client.initialize({ workspace: { configuration: true } });
    for (const uri of Object.values(uris)) {
      const published = client.waitFor('textDocument/publishDiagnostics', (p: any) => p.uri === uri);
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: REPORT } });
      await published;
    }
  });
  after(async () => {
    await client.shutdown();
  });

  /** What every handler answers for a document, reduced to whether it gave anything. */
  async function answers(uri: string): Promise<Record<string, boolean>> {
    const textDocument = { uri };
    const symbols = await client.request<unknown[] | null>('textDocument/documentSymbol', { textDocument });
    const folds = await client.request<unknown[] | null>('textDocument/foldingRange', { textDocument });
    const hover = await client.request<unknown>('textDocument/hover', { textDocument, position: { line: 1, character: 0 } });
    const range = { start: { line: 4, character: 0 }, end: { line: 4, character: 2 } };
    const actionsAny = await client.request<unknown[]>('textDocument/codeAction', { textDocument, range, context: { diagnostics: [] } });
    const actionsSource = await client.request<unknown[]>('textDocument/codeAction', { textDocument, range, context: { diagnostics: [], only: ['source'] } });
    const tokens = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument });
    const workspace = await client.request<Array<{ location: { uri: string } }>>('workspace/symbol', { query: '' });
    const before = applyEdits.length;
    const renumber = await client.request<{ edits: number }>('workspace/executeCommand', { command: 'zhReport.server.renumberDocument', arguments: [uri] });
    const gbStyle = await client.request<{ edits: number }>('workspace/executeCommand', { command: 'zhReport.server.convertToGbStyle', arguments: [uri] });
    return {
      symbols: !!symbols?.length,
      folds: !!folds?.length,
      hover: hover !== null,
      actionsAny: actionsAny.length > 0,
      actionsSource: actionsSource.length > 0,
      tokens: tokens.data.length > 0,
      workspace: workspace.some((s) => s.location.uri === uri),
      commands: renumber.edits > 0 || gbStyle.edits > 0 || applyEdits.length > before,
    };
  }

  it('a checked document gets an answer from every handler (the control)', async () => {
    const got = await answers(uris.checked);
    assert.deepEqual(Object.entries(got).filter(([, v]) => !v).map(([k]) => k), []);
  });

  for (const which of ['disabled', 'ignored', 'large'] as const) {
    it(`a ${which} document gets nothing from any handler`, async () => {
      const got = await answers(uris[which]);
      assert.deepEqual(Object.entries(got).filter(([, v]) => v).map(([k]) => k), []);
    });
  }

  it('diagnostics: none for the disabled and ignored documents, only the size notice for the large one', async () => {
    const published = new Map<string, any[]>();
    const done = Promise.all(
      Object.values(uris).map((uri) => client.waitFor('textDocument/publishDiagnostics', (p: any) => p.uri === uri && p.version === 2).then((p: any) => published.set(uri, p.diagnostics))),
    );
    for (const uri of Object.values(uris)) {
      client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: REPORT + '\n' }] });
    }
    await done;
    assert.ok(published.get(uris.checked)!.length > 0);
    assert.deepEqual(published.get(uris.disabled), []);
    assert.deepEqual(published.get(uris.ignored), []);
    assert.deepEqual(published.get(uris.large)!.map((d) => d.code), ['too-large']);
  });
});

describe('the model follows config changes that change parsing', () => {
  it('a custom type’s new title keyword re-publishes at once, with no keystroke', async () => {
    const dir = tempDir();
    const configPath = path.join(dir, '.zhreportrc.json');
    const config = (keywords: string[]): string =>
      JSON.stringify({
        types: [
          {
            id: 'safety',
            label: '安全检查报告',
            titleKeywords: keywords,
            sections: [
              { id: 'findings', label: '检查发现', keywords: ['发现'] },
              { id: 'rectify', label: '整改措施', keywords: ['整改'] },
            ],
          },
        ],
      });
    fs.writeFileSync(configPath, config(['巡查']));
    const uri = fileUri(path.join(dir, 'r.txt'));
    const client = new LspClient(path.join(DIST, 'server.js'));
    client.onServerRequest = (method) => (method === 'workspace/configuration' ? [{ enable: 'always' }] : null);
    try {
      await client.initialize({ workspace: { configuration: true } });
      let published = client.waitFor('textDocument/publishDiagnostics', (p: any) => p.uri === uri);
      const text = '城东片区2025年安全检查报告\n一、检查发现\n共发现隐患12处。';
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
      assert.deepEqual((await published).diagnostics.filter((d: any) => d.code === 'section-missing'), [], 'the title names no type yet');

      fs.writeFileSync(configPath, config(['安全检查']));
      published = client.waitFor('textDocument/publishDiagnostics', (p: any) => p.uri === uri && p.diagnostics.some((d: any) => d.code === 'section-missing'), 5000);
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(configPath), type: 2 }] });
      const missing = (await published).diagnostics.filter((d: any) => d.code === 'section-missing');
      assert.deepEqual(missing.map((d: any) => d.data.section), ['rectify']);
    } finally {
      await client.shutdown();
    }
  });
});

describe('requests start from the cached model', () => {
  it('a code action request with no `only` parses nothing when the text is unchanged', async () => {
    const client = new LspClient(path.join(DIST, 'server.js'), ['--stdio'], TEST_HOOKS);
    try {
      await client.initialize({});
      const uri = 'file:///tmp/zh-report-gate/clean.txt';
      const clean = ['某局2025年工作总结', '一、主要成绩', '二、存在问题', '三、下一步打算'].join('\n');
      const published = client.waitFor('textDocument/publishDiagnostics', (p: any) => p.uri === uri);
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: clean } });
      await published;
      const parses = async (): Promise<number> => (await client.request<{ parses: number }>('zhReport/serverInfo', {})).parses;
      const before = await parses();
      assert.equal(before, 1, 'one parse for the open');
      const range = { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } };
      const actions = await client.request<unknown[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } });
      assert.deepEqual(actions, [], 'nothing to renumber');
      await client.request('textDocument/documentSymbol', { textDocument: { uri } });
      assert.equal(await parses(), before, 'no parse for the code actions or the symbols');
    } finally {
      await client.shutdown();
    }
  });

  it('the debug request answers only when the server runs with test hooks', async () => {
    const client = new LspClient(path.join(DIST, 'server.js'));
    try {
      await client.initialize({});
      await assert.rejects(client.request('zhReport/serverInfo', {}));
    } finally {
      await client.shutdown();
    }
  });
});

describe('fix all of a safe rule in one action', () => {
  it('a line with half-width marks offers fixes for the line and its marks, and one for the whole document', async () => {
    const client = new LspClient(path.join(DIST, 'server.js'));
    try {
      await client.initialize({});
      const uri = 'file:///tmp/zh-report-gate/widths.txt';
      const text = ['某局2025年工作总结', '一、主要工作', '全年完成任务,群众满意;工作扎实,成效明显。', '二、存在问题', '人手不足,经费紧张。', '三、下一步打算'].join('\n');
      const published = client.waitFor('textDocument/publishDiagnostics', (p: any) => p.uri === uri);
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
      const widths = (await published).diagnostics.filter((d: any) => d.code === 'punctuation-width');
      assert.equal(widths.length, 2, 'one finding per line');
      const actions = await client.request<any[]>('textDocument/codeAction', { textDocument: { uri }, range: widths[0].range, context: { diagnostics: [widths[0]], only: ['quickfix'] } });
      const all = actions.find((a) => /全部 2 处/.test(a.title));
      assert.ok(all, actions.map((a) => a.title).join(' | '));
      assert.deepEqual(all.edit.changes[uri].map((e: any) => e.newText), ['\uFF0C', '\uFF1B', '\uFF0C', '\uFF0C']);
      assert.ok(actions.some((a) => /修正本行 3 处/.test(a.title) && a.edit.changes[uri].length === 3));
      assert.equal(actions.filter((a) => /^第 \d+ 列/.test(a.title) && a.edit.changes[uri].length === 1).length, 3, 'one fix per mark');
    } finally {
      await client.shutdown();
    }
  });
});
