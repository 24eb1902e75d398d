/** Section checks beyond the fixtures: the insert fix, custom types, forced types, inline directives. */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { allTypes, bestSection } from '../../engine/sections/analysis';
import type { TypeSpec } from '../../engine/catalog';
import { applyEdits, configToLintOptions, lint, parseConfig, type Finding } from '../../engine';

function missing(findings: Finding[]): string[] {
  return findings.filter((f) => f.ruleId === 'section-missing').map((f) => String(f.data?.['section']));
}

const SUMMARY = ['某局2025年工作总结', '', '一、主要工作完成情况', '　　完成了各项任务。', '二、下一步工作打算', '　　继续努力。', '', '某局', '2025年12月30日'].join('\n');

describe('section-missing quick fix', () => {
  it('inserts the heading at its conventional place and renumbers what follows', () => {
    const f = lint(SUMMARY).find((x) => x.ruleId === 'section-missing')!;
    assert.equal(f.data?.['section'], 'problems');
    assert.equal(f.data?.['type'], 'summary');
    const fixed = applyEdits(SUMMARY, f.fixes![0]!.edits);
    assert.deepEqual(fixed.split('\n').filter((l) => /^[一二三四]、/.test(l)), ['一、主要工作完成情况', '二、存在问题', '三、下一步工作打算']);
    const after = lint(fixed);
    assert.deepEqual(missing(after), []);
    assert.deepEqual(after.filter((x) => x.category === 'numbering' && x.severity === 'warning'), []);
  });

  it('appends a last section above the signature and date', () => {
    const text = SUMMARY.replace('二、下一步工作打算', '二、存在问题');
    const f = lint(text).find((x) => x.ruleId === 'section-missing')!;
    assert.equal(f.data?.['section'], 'next-steps');
    const lines = applyEdits(text, f.fixes![0]!.edits).split('\n');
    assert.equal(lines[lines.indexOf('三、下一步工作打算') + 2], '某局');
  });

  it('keeps Markdown heading syntax and CRLF line ends', () => {
    const md = ['# 某校2026年工作要点', '', '## 一、指导思想', '', '正文', '', '## 二、主要任务', '', '正文'].join('\r\n');
    const f = lint(md, { markdown: true }).find((x) => x.ruleId === 'section-missing')!;
    assert.equal(f.data?.['section'], 'goals');
    const fixed = applyEdits(md, f.fixes![0]!.edits);
    assert.match(fixed, /\r\n## 二、工作目标\r\n\r\n## 三、主要任务\r\n/);
    assert.deepEqual(missing(lint(fixed, { markdown: true })), []);
  });
});

describe('document types', () => {
  it('a custom type from the config has its own title keywords and sections', () => {
    const { config, problems } = parseConfig(
      JSON.stringify({
        types: [
          {
            id: 'safety',
            label: '安全检查报告',
            titlePatterns: ['安全.{0,4}检查'],
            sections: [
              { id: 'findings', label: '检查发现', keywords: ['发现', '隐患'] },
              { id: 'rectify', label: '整改措施', keywords: ['整改'] },
            ],
          },
        ],
      }),
    );
    assert.deepEqual(problems, []);
    const options = configToLintOptions(config);
    const text = '某校校园安全专项检查情况\n一、检查发现的隐患\n二、其他';
    const found = lint(text, options).filter((f) => f.ruleId === 'section-missing');
    assert.deepEqual(found.map((f) => [f.data?.['type'], f.data?.['section']]), [['safety', 'rectify']]);
  });

  it('a type set in the config overrides for matching files only', () => {
    const { config } = parseConfig(JSON.stringify({ overrides: [{ files: ['述职/*.txt'], type: 'duty' }] }));
    const text = '张三同志个人材料\n一、主要工作\n二、其他';
    assert.deepEqual(missing(lint(text, configToLintOptions(config, {}, '述职/张三.txt'))), ['shortcomings', 'direction']);
    assert.deepEqual(missing(lint(text, configToLintOptions(config, {}, '其他/张三.txt'))), []);
  });

  it('an unknown type gets no section findings', () => {
    assert.deepEqual(missing(lint('会议纪要\n一、甲\n二、乙')), []);
  });
});

describe('inline directives in Markdown', () => {
  it('zh-report type: sets the type', () => {
    const md = '<!-- zh-report type: plan -->\n# 会议安排\n\n## 一、指导思想\n';
    assert.deepEqual(missing(lint(md, { markdown: true })), ['goals', 'tasks']);
  });

  it('disable-next-line, disable … enable silence findings, by rule or all', () => {
    const md = [
      '# 某局工作总结',
      '<!-- zh-report-disable-next-line placeholder -->',
      'XX年完成任务。', // 2: silenced
      'XX年完成任务。', // 3: reported
      '<!-- zh-report-disable -->',
      '某某同志 XX', // 5: silenced
      '<!-- zh-report-enable -->',
      '某某同志', // 7: reported
      '<!-- zh-report-disable-next-line numbering-gap -->',
      'XX', // 9: reported (other rule disabled)
    ].join('\n');
    const lines = lint(md, { markdown: true }).filter((f) => f.ruleId === 'placeholder').map((f) => f.range.start.line);
    assert.deepEqual(lines, [3, 7, 9]);
  });

  it('directives are plain text outside Markdown', () => {
    const txt = '某局工作总结\n<!-- zh-report-disable-next-line placeholder -->\nXX年';
    assert.equal(lint(txt).filter((f) => f.ruleId === 'placeholder').length, 1);
  });
});

describe('section scoring', () => {
  // The plain definition the indexed scoring must agree with.
  function reference(type: TypeSpec, text: string): { section: string | null; score: number } {
    let best: string | null = null;
    let bestScore = 0;
    for (const section of type.sections) {
      let score = 0;
      for (const k of section.keywords) if (text.includes(k)) score += k.length;
      if (score > bestScore) [best, bestScore] = [section.id, score];
    }
    return { section: best, score: bestScore };
  }

  it('agrees with the plain definition on every built-in type and a type with repeated keywords (property)', () => {
    const custom: TypeSpec = {
      id: 'custom',
      label: '自定义',
      titleKeywords: [],
      sections: [
        { id: 'a', label: '甲', keywords: ['问题', '问题', '存在', ''] },
        { id: 'b', label: '乙', keywords: ['存在问题', '题'] },
        { id: 'c', label: '丙', keywords: ['工作', '工作计划'] },
      ],
    };
    const types = [...allTypes(), custom];
    const words = [...new Set(types.flatMap((t) => t.sections.flatMap((s) => s.keywords)))].filter(Boolean);
    const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom('的', '和', '一、', ' ', '年', '工', '问'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        for (const type of types) {
          const got = bestSection(type, text);
          assert.deepEqual({ section: got.section?.id ?? null, score: got.score }, reference(type, text), `${type.id}: ${text}`);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
