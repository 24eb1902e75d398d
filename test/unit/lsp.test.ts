/** The bundled server, spawned as `node dist/server.js --stdio` and driven over plain JSON-RPC. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { applyEdits, lint, parse, foldingRanges, safeFixModel } from '../../engine';
import { LspClient } from '../support/lsp-client';
import { DIST, FIXTURES } from '../support/paths';

const uri = 'file:///tmp/zh-report-test/report.txt';

describe('language server over stdio', () => {
  let client: LspClient;
  const text = fs.readFileSync(path.join(FIXTURES, 'rules', 'numbering-gap', 'top-level.txt'), 'utf8').replace(/[⟦⟧]/g, '');

  before(async () => {
    client = new LspClient(path.join(DIST, 'server.js'));
  });
  after(async () => {
    await client.shutdown();
  });

  it('answers initialize with its capabilities', async () => {
    const result = await client.initialize({ workspace: { configuration: true } });
    client.onServerRequest = (method) => (method === 'workspace/configuration' ? [{ enable: 'auto' }] : null);
    const caps = result.capabilities;
    assert.equal(caps.textDocumentSync.change, 2, 'incremental sync');
    assert.ok(caps.documentSymbolProvider);
    assert.equal(caps.foldingRangeProvider, true);
    assert.ok(caps.codeActionProvider);
  });

  it('publishes the engine findings on didOpen, with rule ids as codes', async () => {
    const published = client.waitFor('textDocument/publishDiagnostics', (p: any) => p.uri === uri && p.version === 1);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    const p = await published;
    const expected = lint(text).map((f) => `${f.ruleId}@${f.range.start.line}:${f.range.start.character}`);
    assert.ok(expected.length > 0);
    assert.deepEqual(p.diagnostics.map((d: any) => `${d.code}@${d.range.start.line}:${d.range.start.character}`), expected);
    for (const d of p.diagnostics) assert.equal(d.source, 'zh-report');
  });

  it('answers documentSymbol with the heading tree', async () => {
    const symbols = await client.request<any[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols.map((s) => s.name), ['一、医疗服务能力提升', '二、公共卫生工作', '三、存在问题', '五、下一步工作打算']);
    assert.deepEqual(symbols[0].children.map((s: any) => s.name), ['(一)县医院胸痛中心通过省级验收', '(二)乡镇卫生院开展远程会诊', '(四)家庭医生签约覆盖率提高']);
    for (const s of symbols) {
      assert.ok(s.range.start.line <= s.selectionRange.start.line && s.selectionRange.end.line <= s.range.end.line);
    }
  });

  it('answers foldingRange with one fold per section', async () => {
    const folds = await client.request<any[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.deepEqual(
      folds.map((f) => [f.startLine, f.endLine]),
      foldingRanges(parse(text)).map((f) => [f.startLine, f.endLine]),
    );
    assert.ok(folds.length >= 2);
  });

  it('re-lints after an incremental didChange, and offers the quick fix', async () => {
    // Insert the missing (三) line: the gap under 一、 goes away, so that finding must disappear.
    const line = text.split('\n').findIndex((l) => l.startsWith('(四)'));
    const published = client.waitFor('textDocument/publishDiagnostics', (p: any) => p.uri === uri && p.version === 2);
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 3 } }, text: '(三)' }],
    });
    const p = await published;
    assert.ok(!p.diagnostics.some((d: any) => d.range.start.line === line), 'the gap at (四) is gone');
    const gap = p.diagnostics.find((d: any) => d.code === 'numbering-gap');
    assert.ok(gap, 'the other gaps remain');
    const actions = await client.request<any[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: gap.range,
      context: { diagnostics: [gap], only: ['quickfix'] },
    });
    assert.ok(actions.some((a) => a.kind === 'quickfix' && a.edit.changes[uri].length > 0));
  });

  it('lints a burst of edits once it ends, at the last version, with that version\'s findings', async () => {
    const burstUri = 'file:///tmp/zh-report-test/burst.txt';
    const edits = 30;
    const versions: number[] = [];
    client.onNotification((method, params) => {
      if (method === 'textDocument/publishDiagnostics' && params.uri === burstUri) versions.push(params.version);
    });
    const opened = client.waitFor('textDocument/publishDiagnostics', (p: any) => p.uri === burstUri && p.version === 1);
    client.notify('textDocument/didOpen', { textDocument: { uri: burstUri, languageId: 'plaintext', version: 1, text } });
    await opened;
    // Each edit types one more full-width digit after the first heading's marker: 一、 becomes 一、１１１…
    const heading = text.split('\n').findIndex((l) => l.startsWith('一、'));
    const done = client.waitFor('textDocument/publishDiagnostics', (p: any) => p.uri === burstUri && p.version === 1 + edits);
    for (let v = 2; v <= 1 + edits; v++) {
      const at = { line: heading, character: 2 };
      client.notify('textDocument/didChange', { textDocument: { uri: burstUri, version: v }, contentChanges: [{ range: { start: at, end: at }, text: 'X' }] });
    }
    const p = await done;
    const lines = text.split('\n');
    lines[heading] = lines[heading]!.slice(0, 2) + 'X'.repeat(edits) + lines[heading]!.slice(2);
    const expected = lint(lines.join('\n')).map((f) => `${f.ruleId}@${f.range.start.line}:${f.range.start.character}-${f.range.end.character}`);
    assert.deepEqual(p.diagnostics.map((d: any) => `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.character}`), expected);
    assert.ok(expected.some((e) => e === `placeholder@${heading}:2-${2 + edits}`), 'the typed run is there');
    assert.ok(versions.length <= 1 + edits / 2, `${versions.length} publishes for the opening and ${edits} edits`);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b), 'in version order');
  });

  it('offers source.fixAll.zh-report only when asked for by kind: every safe fix as one edit', async () => {
    const fixUri = 'file:///tmp/zh-report-test/fix-all.txt';
    // A numbering gap and half-width punctuation (safe fixes) and a placeholder (no safe fix).
    const report = ['2026\u5e74\u5de5\u4f5c\u603b\u7ed3', '', '\u4e00\u3001\u4e3b\u8981\u5de5\u4f5c', '\u5168\u5e74\u5b8c\u6210\u57f9\u8bad,\u5171 XX \u4eba\u6b21\u3002', '\u4e09\u3001\u5b58\u5728\u95ee\u9898', '\u7ecf\u8d39\u4e0d\u8db3\u3002', '\u56db\u3001\u4e0b\u4e00\u6b65\u6253\u7b97', '\u7ee7\u7eed\u52a0\u5f3a\u57f9\u8bad\u3002', ''].join('\n');
    const opened = client.waitFor('textDocument/publishDiagnostics', (p: any) => p.uri === fixUri);
    client.notify('textDocument/didOpen', { textDocument: { uri: fixUri, languageId: 'plaintext', version: 1, text: report } });
    const diagnostics = (await opened).diagnostics;
    const codes = new Set(diagnostics.map((d: any) => d.code));
    assert.ok(codes.has('numbering-gap') && codes.has('punctuation-width') && codes.has('placeholder'), [...codes].join(','));
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const ask = (only?: string[]) => client.request<any[]>('textDocument/codeAction', { textDocument: { uri: fixUri }, range, context: { diagnostics: [], ...(only ? { only } : {}) } });
    for (const only of [['source.fixAll.zh-report'], ['source.fixAll']]) {
      const actions = await ask(only);
      assert.equal(actions.length, 1, JSON.stringify(only));
      assert.equal(actions[0].kind, 'source.fixAll.zh-report');
      const fixed = applyEdits(report, actions[0].edit.changes[fixUri]);
      assert.equal(fixed, safeFixModel(parse(report), {}).text);
      assert.match(fixed, /\u4e8c\u3001\u5b58\u5728\u95ee\u9898/, 'renumbered');
      assert.match(fixed, /\u57f9\u8bad\uff0c\u5171/, 'full-width comma');
      assert.match(fixed, /XX/, 'the placeholder is left for the writer');
    }
    for (const only of [undefined, ['quickfix'], ['source.renumber.zhReport'], ['refactor']]) {
      assert.ok(!(await ask(only)).some((a) => a.kind === 'source.fixAll.zh-report'), `not offered for only=${JSON.stringify(only)}`);
    }
  });

  it('shows on the title what the report says about itself: type, period, unit, date', async () => {
    const reportUri = 'file:///tmp/zh-report-test/stale.txt';
    const report = fs.readFileSync(path.join(FIXTURES, 'rules', 'stale-unit', 'signature-neighbour.txt'), 'utf8').replace(/[⟦⟧]/g, '');
    const published = client.waitFor('textDocument/publishDiagnostics', (p: any) => p.uri === reportUri);
    client.notify('textDocument/didOpen', { textDocument: { uri: reportUri, languageId: 'plaintext', version: 1, text: report } });
    await published;
    const hover = await client.request<any>('textDocument/hover', { textDocument: { uri: reportUri }, position: { line: 0, character: 2 } });
    assert.equal(hover.contents.value, '**工作总结** · 报告期 2025年 · 单位 东坪区教育局\uFF08标题\uFF09 · 日期 2026年1月8日');
    client.notify('textDocument/didClose', { textDocument: { uri: reportUri } });
  });

  it('clears diagnostics when the document closes', async () => {
    const published = client.waitFor('textDocument/publishDiagnostics', (p: any) => p.uri === uri && p.diagnostics.length === 0);
    client.notify('textDocument/didClose', { textDocument: { uri } });
    await published;
  });

  it('skips documents that do not look like reports', async () => {
    const other = 'file:///tmp/zh-report-test/notes.txt';
    const published = client.waitFor('textDocument/publishDiagnostics', (p: any) => p.uri === other);
    client.notify('textDocument/didOpen', { textDocument: { uri: other, languageId: 'plaintext', version: 1, text: '购物清单\n牛奶 XX 瓶' } });
    assert.deepEqual((await published).diagnostics, []);
    const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri: other } });
    assert.equal(symbols, null);
  });
});

describe('language server and config files', () => {
  it('runs user placeholder patterns from the config (re2js, loaded on demand from dist/)', async () => {
    const os = await import('node:os');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-report-lsp-'));
    fs.writeFileSync(path.join(dir, '.zhreportrc.json'), JSON.stringify({ placeholderPatterns: ['\u3014待定\u3015'] }));
    const reportUri = `file://${path.join(dir, 'r.txt')}`;
    const client = new LspClient(path.join(DIST, 'server.js'));
    client.onServerRequest = (method) => (method === 'workspace/configuration' ? [{}] : null);
    try {
      await client.initialize({ workspace: { configuration: true } });
      const published = client.waitFor('textDocument/publishDiagnostics', (p: any) => p.uri === reportUri);
      const report = '某局2025年工作总结\n一、完成情况\n经费\u3014待定\u3015万元。\n二、存在问题\n三、下一步打算';
      client.notify('textDocument/didOpen', { textDocument: { uri: reportUri, languageId: 'plaintext', version: 1, text: report } });
      const placeholders = (await published).diagnostics.filter((d: any) => d.code === 'placeholder');
      assert.deepEqual(
        placeholders.map((d: any) => [d.range.start.line, d.range.start.character, d.range.end.character]),
        [[2, 2, 6]],
      );
    } finally {
      await client.shutdown();
    }
  });

  it('applies the nearest .zhreportrc.json, reports a broken one on the file, and follows changes', async () => {
    const os = await import('node:os');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-report-lsp-'));
    const configPath = path.join(dir, '.zhreportrc.json');
    const reportUri = `file://${path.join(dir, 'r.txt')}`;
    const configUri = `file://${configPath}`;
    fs.writeFileSync(configPath, JSON.stringify({ rules: { placeholder: 'off' } }));
    const client = new LspClient(path.join(DIST, 'server.js'));
    const messages: string[] = [];
    client.onNotification((method, params) => {
      if (method === 'window/showMessage') messages.push(params.message);
    });
    client.onServerRequest = (method, params: any) => {
      if (method === 'window/showMessageRequest') messages.push(params.message);
      return method === 'workspace/configuration' ? [{}] : null;
    };
    try {
      await client.initialize({ workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: false } } });
      let published = client.waitFor('textDocument/publishDiagnostics', (p: any) => p.uri === reportUri);
      client.notify('textDocument/didOpen', { textDocument: { uri: reportUri, languageId: 'plaintext', version: 1, text: '某局XX年工作总结\n一、完成情况\n二、存在问题\n三、下一步打算' } });
      assert.deepEqual((await published).diagnostics.map((d: any) => d.code), [], 'placeholder is off by config');

      fs.writeFileSync(configPath, '{\n  "rules": {\n    "placeholder": "sometimes"\n  }\n}');
      const configDiags = client.waitFor('textDocument/publishDiagnostics', (p: any) => p.uri === configUri && p.diagnostics.length > 0);
      published = client.waitFor('textDocument/publishDiagnostics', (p: any) => p.uri === reportUri && p.diagnostics.length > 0);
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
      const cd = await configDiags;
      assert.equal(cd.diagnostics[0].range.start.line, 2, 'the problem is on line 3 of the config');
      assert.deepEqual((await published).diagnostics.map((d: any) => d.code), ['placeholder'], 'defaults apply while the config is broken');
      assert.equal(messages.length, 1, 'one notification');
      assert.match(messages[0]!, /\.zhreportrc\.json:3/);

      fs.writeFileSync(configPath, JSON.stringify({ rules: { placeholder: 'off' } }));
      const cleared = client.waitFor('textDocument/publishDiagnostics', (p: any) => p.uri === configUri && p.diagnostics.length === 0);
      published = client.waitFor('textDocument/publishDiagnostics', (p: any) => p.uri === reportUri && p.diagnostics.length === 0);
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
      await cleared;
      await published;
    } finally {
      await client.shutdown();
    }
  });
});

describe('semantic tokens for plain-text reports', () => {
  it('colours heading markers by level and placeholders, without overlaps', async () => {
    const client = new LspClient(path.join(DIST, 'server.js'));
    try {
      const init = await client.initialize({});
      const legend: string[] = init.capabilities.semanticTokensProvider.legend.tokenTypes;
      const uri = 'file:///tmp/zh-report-tokens/r.txt';
      const text = '某局2025年工作总结\n一、成绩\n(一)XX项目\nX.占位序号\n二、问题';
      const opened = client.waitFor('textDocument/publishDiagnostics', (p: any) => p.uri === uri);
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
      await opened;
      const { data } = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
      const tokens: string[] = [];
      let line = 0;
      let start = 0;
      for (let i = 0; i < data.length; i += 5) {
        line += data[i]!;
        start = data[i]! === 0 ? start + data[i + 1]! : data[i + 1]!;
        tokens.push(`${line}:${start}+${data[i + 2]} ${legend[data[i + 3]!]}`);
      }
      assert.deepEqual(tokens, ['1:0+2 zhHeading1', '2:0+3 zhHeading2', '2:3+2 zhPlaceholder', '3:0+1 zhPlaceholder', '4:0+2 zhHeading1']);
      await client.request('textDocument/semanticTokens/full', { textDocument: { uri } });
    } finally {
      await client.shutdown();
    }
  });
});
