/**
 * The report's own period and unit, and the stale-year / stale-unit fixes and options: the rule
 * fixtures mark where findings stand; these check what the model reads and what the fixes write.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { applyEdits, lint, parse, type Finding, type LintOptions } from '../../engine';
import { describeSpan, readYearExpression, titlePeriod } from '../../engine/facts/period';
import { reportFacts } from '../../engine/facts/report-facts';
import { sameUnit, unitName, unitNamesIn } from '../../engine/facts/units';
import { readsAsOwnPeriod } from '../../engine/consistency/stale-years';
import { readMarked } from '../support/marked-fixture';
import { FIXTURES } from '../support/paths';

const fixture = (rule: string, file: string): string => readMarked(fs.readFileSync(path.join(FIXTURES, 'rules', rule, file), 'utf8')).text;
const findings = (text: string, rule: string, options: LintOptions = {}): Finding[] => lint(text, options).filter((f) => f.ruleId === rule);

describe('the period a title names', () => {
  const cases: Array<[string, string | null]> = [
    ['东坪区教育局2025年工作总结', '2025年'],
    ['2025年度个人述职报告', '2025年'],
    ['东坪区教育局2025年上半年工作总结', '2025年1—6月'],
    ['2025年第三季度工作小结', '2025年7—9月'],
    ['2025年1-9月工作总结', '2025年1—9月'],
    ['东坪区实验中学2024—2025学年工作总结', '2024年9月至2025年7月'],
    ['2025年秋季学期教学工作计划', '2025年9月至2026年1月'],
    ['二〇二五年工作要点', '2025年'],
    ['“十四五”（2021—2025年）教育发展总结', '2021—2025年'],
    // No single period: none, a month only, or two different ones.
    ['教育局年度工作总结', null],
    ['2025年3月工作总结', null],
    ['2024年工作总结和2025年工作计划', null],
  ];
  for (const [title, expected] of cases) {
    it(`${title} → ${expected ?? 'none'}`, () => {
      const period = titlePeriod(title);
      assert.equal(period ? describeSpan(period.span) : null, expected);
    });
  }

  it('a number that is not a year (an amount, an ID) is no period', () => {
    assert.equal(readYearExpression('投入12025年', 2), null, 'part of a longer number');
    assert.equal(titlePeriod('编号3000年工作总结'), null, 'out of the plausible range');
  });
});

describe('years that never read as the report’s own period', () => {
  const own = (s: string): boolean => {
    const at = s.search(/\d{4}/);
    const e = readYearExpression(s, at);
    return !!e && readsAsOwnPeriod(s, e);
  };
  for (const s of ['较2024年增长8%', '与2024年相比', '2024年同期', '2021—2025年累计', '2019年建成', '于2019年', '到2027年', '截至2024年底', '《2024年教育工作要点》', '“2024年度民生实事”', '2024年12月，'])
    it(`not: ${s}`, () => assert.equal(own(s), false));
  for (const s of ['2024年，我局', '2024年以来', '三、2025年工作打算', '2024年上半年，']) it(`yes: ${s}`, () => assert.equal(own(s), true));
});

describe('unit names', () => {
  const name = (s: string) => {
    const n = unitName(s);
    assert.ok(n, `${s} reads as a unit`);
    return n;
  };
  it('abbreviations of one unit are one unit', () => {
    assert.ok(sameUnit(name('东坪区市场监督管理局'), name('东坪区市场监管局')));
    assert.ok(sameUnit(name('东坪区人民政府'), name('东坪区政府')));
    assert.ok(sameUnit(name('东城街道办事处'), name('东城街道')));
    assert.ok(sameUnit(name('市第二人民医院'), name('东坪市第二人民医院')), 'a shorter form');
    assert.ok(sameUnit(name('东坪区教育局'), name('东坪教育局')), 'without the 区');
  });
  it('another place or ordinal of one kind is another unit; another kind is never compared', () => {
    assert.equal(sameUnit(name('东坪区教育局'), name('西坪区教育局')), false);
    assert.equal(sameUnit(name('市第一人民医院'), name('市第二人民医院')), false);
    assert.equal(sameUnit(name('𠮷坪区教育局'), name('西坪区教育局')), false, 'a place name beyond the BMP');
    assert.ok(sameUnit(name('东坪区教育局'), name('东坪区财政局')), 'two kinds: a joint signature');
  });
  it('aliases from the options make two names one unit', () => {
    const aliases = [new Set(['东坪区教育局', '东坪区教体局'])];
    assert.ok(sameUnit(name('东坪区教育局'), name('东坪区教育局'), aliases));
    assert.equal(sameUnit(name('东坪区教育局'), name('西坪区教育局'), aliases), false);
  });
  it('a name in a title runs from its start to its kind word, after 关于 and years', () => {
    assert.deepEqual(unitNamesIn('关于东坪区教育局2025年工作情况的报告').map((n) => n.text), ['东坪区教育局']);
    assert.deepEqual(unitNamesIn('2025年东坪区第一中学工作总结').map((n) => n.text), ['东坪区第一中学']);
    assert.equal(unitName('张三'), null, 'a person signs no unit');
    assert.ok(unitName('东坪区教育局（盖章）'), 'a seal note after the name');
  });
});

describe('the facts of a report', () => {
  it('period, unit from the title, signature units and date, opening line', () => {
    const [facts] = reportFacts(parse(fixture('stale-unit', 'signature-neighbour.txt')));
    assert.equal(facts!.orientation, 'retrospective');
    assert.equal(describeSpan(facts!.period!.expression.span), '2025年');
    assert.equal(facts!.unit?.name.text, '东坪区教育局');
    assert.equal(facts!.unit?.source, 'title');
    assert.deepEqual(facts!.signatureUnits.map((u) => u.name.text), ['西坪区教育局']);
    assert.deepEqual(facts!.signatureDate?.date, { year: 2026, month: 1, day: 8 });
    assert.equal(facts!.openingLine, 2);
  });
  it('a labelled signature with the day left blank, as a chat draft ends', () => {
    const [facts] = reportFacts(parse(fixture('stale-year', 'assistant-draft.md'), { markdown: true }));
    assert.deepEqual(facts!.signatureDate?.date, { year: 2024, month: 12, day: null });
    assert.deepEqual(facts!.signatureUnits.map((u) => u.name.text), ['东坪区教育局']);
  });
});

describe('stale-year fixes and options', () => {
  it('each fix, applied, leaves no stale year; comparisons and history are untouched', () => {
    let text = fixture('stale-year', 'summary-last-year.txt');
    for (let round = 0; round < 5; round++) {
      const first = findings(text, 'stale-year')[0];
      if (!first) break;
      text = applyEdits(text, first.fixes![0]!.edits);
    }
    assert.deepEqual(findings(text, 'stale-year'), []);
    assert.match(text, /^　　2025年，我局/m);
    assert.match(text, /三、2026年工作打算/);
    assert.match(text, /^2025年12月28日$/m);
    assert.match(text, /较2024年增长8%/);
    assert.match(text, /《2025年东坪区教育工作要点》/);
  });

  it('“replace in every structural position” changes the findings’ years only', () => {
    const text = fixture('stale-year', 'plan-last-year.txt');
    const found = findings(text, 'stale-year');
    const all = found[0]!.fixes!.find((f) => f.edits.length > 1);
    assert.ok(all, 'offered when one stale year stands in several positions');
    assert.equal(all.edits.length, found.filter((f) => f.data?.['written'] === '2025年').length);
    const fixed = applyEdits(text, all.edits);
    assert.match(fixed, /巩固2025年创建成果/, 'a year outside the structural positions stays');
    assert.match(fixed, /2026年是全面深化/);
    assert.deepEqual(
      findings(fixed, 'stale-year').map((f) => f.data?.['position']),
      ['signature-date'],
    );
  });

  it('signatureGraceDays and planLeadDays move the earliest signature date', () => {
    const text = fixture('stale-year', 'look-alikes.txt');
    assert.deepEqual(findings(text, 'stale-year'), []);
    const strict = findings(text, 'stale-year', { rules: { 'stale-year': { options: { signatureGraceDays: 0, planLeadDays: 0 } } } });
    // 2025年12月20日 for 2025, 2025年6月28日 for its first half, 2025年12月26日 for a 2026 plan.
    assert.deepEqual(strict.map((f) => f.range.start.line + 1), [16, 28, 42]);
  });
});

describe('stale-unit fixes and options', () => {
  it('the fix writes the title’s unit; “everywhere” replaces every occurrence in the report', () => {
    const text = fixture('stale-unit', 'signature-neighbour.txt');
    const [finding] = findings(text, 'stale-unit');
    const [one, everywhere] = finding!.fixes!;
    assert.match(applyEdits(text, one!.edits), /^东坪区教育局\n2026年1月8日/m);
    assert.equal(everywhere!.edits.length, 2);
    assert.doesNotMatch(applyEdits(text, everywhere!.edits), /西坪区教育局/);
  });

  it('aliases silence a name the user says is the same unit', () => {
    const text = fixture('stale-unit', 'signature-neighbour.txt');
    assert.equal(findings(text, 'stale-unit', { rules: { 'stale-unit': { options: { aliases: ['东坪区教育局=西坪区教育局'] } } } }).length, 0);
  });

  it('positions are UTF-16 columns: BOM, astral characters and CRLF', () => {
    const text = '\ufeff𠮷坪区教育局2025年工作总结\r\n\r\n　　2025年，西坪区教育局扎实推进各项工作。\r\n一、主要工作\r\n二、存在问题\r\n三、2026年工作打算\r\n';
    const [f] = findings(text, 'stale-unit');
    assert.ok(f, 'found');
    assert.deepEqual(f.range, { start: { line: 2, character: 8 }, end: { line: 2, character: 14 } });
    assert.equal(f.data?.['unit'], '𠮷坪区教育局');
  });
});
