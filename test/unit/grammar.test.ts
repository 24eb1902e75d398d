/** The TextMate grammars, tokenised with vscode-textmate and vscode-oniguruma as VS Code does. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import { INITIAL, Registry, parseRawGrammar, type IGrammar } from 'vscode-textmate';
import { createOnigScanner, createOnigString, loadWASM } from 'vscode-oniguruma';
import { ROOT } from '../support/paths';

const FW_OPEN = '\uFF08';
const FW_CLOSE = '\uFF09';

let grammar: IGrammar;

/** Scopes of the token covering `needle` (its first character) on a single line. */
function scopesAt(line: string, needle: string, from = 0): string[] {
  const at = line.indexOf(needle, from);
  assert.ok(at >= 0, `${needle} in ${line}`);
  const { tokens } = grammar.tokenizeLine(line, INITIAL);
  const token = tokens.find((t) => t.startIndex <= at && at < t.endIndex)!;
  return token.scopes;
}

const PLACEHOLDER = 'invalid.illegal.placeholder.zh-report';

before(async () => {
  const wasm = fs.readFileSync(path.join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner, createOnigString }),
    loadGrammar: async (scopeName) => {
      if (scopeName !== 'text.zh-report') return null;
      const file = path.join(ROOT, 'syntaxes', 'zh-report.tmLanguage.json');
      return parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
    },
  });
  grammar = (await registry.loadGrammar('text.zh-report'))!;
});

describe('zh-report grammar', () => {
  it('gives the four heading levels distinct markup.heading scopes', () => {
    assert.ok(scopesAt('一、总体要求', '总体').includes('markup.heading.1.zh-report'));
    assert.ok(scopesAt(`${FW_OPEN}二${FW_CLOSE}重点任务`, '重点').includes('markup.heading.2.zh-report'));
    assert.ok(scopesAt('(三)重点任务', '重点').includes('markup.heading.2.zh-report'));
    assert.ok(scopesAt('\u3000\u30003.推进改革', '推进').includes('markup.heading.3.zh-report'));
    assert.ok(scopesAt(`${FW_OPEN}4${FW_CLOSE}细化措施`, '细化').includes('markup.heading.4.zh-report'));
    assert.ok(scopesAt('一、总体要求', '一、').includes('punctuation.definition.heading.marker.zh-report'));
  });

  it('does not take numbers and enumerations for headings', () => {
    for (const line of ['1.5万名学生参加', '一、二年级学生', '2025年工作回顾']) {
      assert.ok(!scopesAt(line, line[0]!).some((s) => s.startsWith('markup.heading')), line);
    }
  });

  it('marks placeholders, also inside headings', () => {
    for (const [line, needle] of [
      ['XX年工作', 'XX'],
      ['优秀率达到X.X%', 'X.X'],
      ['20xx年', '20xx'],
      ['投入###万元', '###'],
      ['#小学', '#'],
      ['****年', '****'],
      ['某某同志', '某某'],
      ['○○学校', '○○'],
      ['制定了《》方案', '《》'],
      ['为“”起好步', '“”'],
      ['名称:____', '____'],
      ['TODO 补充', 'TODO'],
      ['二、XX同志负责', 'XX'],
    ] as const) {
      assert.ok(scopesAt(line, needle).includes(PLACEHOLDER), `${needle} in ${line}: ${scopesAt(line, needle).join(' ')}`);
    }
  });

  it('leaves look-alikes alone', () => {
    for (const [line, needle] of [
      ['X射线机', 'X'],
      ['H1N1防控', 'H1N1'],
      ['x86服务器', 'x86'],
      ['WiFi覆盖', 'WiFi'],
      ['教室8×9米', '×'],
      ['3#教学楼', '#'],
      ['二〇一二年', '〇'],
      ['某些学校', '某'],
      ['## 标题', '#'],
      ['《教育法》', '教育法'],
    ] as const) {
      assert.ok(!scopesAt(line, needle).includes(PLACEHOLDER), `${needle} in ${line}: ${scopesAt(line, needle).join(' ')}`);
    }
  });

  it('scopes book titles and numbers with units', () => {
    assert.ok(scopesAt('贯彻《教育法》精神', '教育法').includes('string.quoted.other.book-title.zh-report'));
    assert.ok(scopesAt('投入92.3万元', '92').includes('constant.numeric.quantity.zh-report'));
    assert.ok(scopesAt('培训210人次', '210').includes('constant.numeric.quantity.zh-report'));
  });

  it('the Markdown injection grammar is valid and reuses the report grammar’s rules', () => {
    const injection = JSON.parse(fs.readFileSync(path.join(ROOT, 'syntaxes', 'zh-report.injection.tmLanguage.json'), 'utf8'));
    assert.match(injection.injectionSelector, /^L:text\.html\.markdown/);
    assert.ok(injection.patterns.some((p: { include: string }) => p.include === 'text.zh-report#placeholder'));
  });
});
