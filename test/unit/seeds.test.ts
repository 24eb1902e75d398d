/**
 * Acceptance checks on the real reports in ../shared/seeds/. They are not part of the repository;
 * where they are absent (a user's fresh clone) these tests are skipped and say why.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint, outline, parse, type Finding } from '../../engine';
import { SEEDS_SKIP, seed } from '../support/paths';

function texts(text: string, findings: Finding[]): string[] {
  const lines = text.split(/\r\n|\n|\r/);
  return findings.map((f) => lines[f.range.start.line]!.slice(f.range.start.character, f.range.end.character));
}

function placeholders(prefix: string): string[] {
  const text = seed(prefix);
  return texts(text, lint(text).filter((f) => f.ruleId === 'placeholder'));
}

describe('seeds', { skip: SEEDS_SKIP }, () => {
  it('000: one document, 一、 with (一)–(七), 二、, 三、 with (一)–(五)', () => {
    const docs = outline(parse(seed('000')));
    assert.equal(docs.length, 1);
    const s = docs[0]!.sections;
    assert.deepEqual(s.map((x) => x.marker), ['一、', '二、', '三、']);
    assert.deepEqual(s[0]!.children.map((x) => x.marker), ['(一)', '(二)', '(三)', '(四)', '(五)', '(六)', '(七)']);
    assert.deepEqual(s[1]!.children, []);
    assert.deepEqual(s[2]!.children.map((x) => x.marker), ['(一)', '(二)', '(三)', '(四)', '(五)']);
    assert.equal(docs[0]!.type, 'summary');
  });

  it('003: three documents; 篇3 is 一、二、三、 with (一)–(十) under 三、 and items 1–46', () => {
    const docs = outline(parse(seed('003')));
    assert.equal(docs.length, 3);
    const third = docs[2]!.sections;
    assert.deepEqual(third.map((x) => x.marker), ['一、', '二、', '三、']);
    const subs = third[2]!.children;
    assert.equal(subs.length, 10);
    const items = subs.flatMap((x) => x.children.map((c) => Number.parseInt(c.marker, 10)));
    assert.deepEqual(items, Array.from({ length: 46 }, (_, i) => i + 1));
  });

  it('000 has no numbering warnings', () => {
    const warnings = lint(seed('000')).filter((f) => f.category === 'numbering' && f.severity === 'warning');
    assert.deepEqual(warnings.map((f) => f.message), []);
  });

  it('003: no start or gap warnings in 篇3, and 篇2’s inner 一、…四、 is reported', () => {
    const text = seed('003');
    const model = parse(text);
    const third = model.documents[2]!;
    const findings = lint(text);
    const inThird = findings.filter((f) => f.range.start.line >= third.startLine && f.range.start.line <= third.endLine);
    assert.deepEqual(inThird.filter((f) => f.ruleId === 'numbering-start' || f.ruleId === 'numbering-gap'), []);
    const second = model.documents[1]!;
    const level = findings.filter((f) => f.ruleId === 'numbering-level');
    assert.equal(level.length, 1);
    assert.ok(level[0]!.range.start.line > second.startLine && level[0]!.range.start.line <= second.endLine);
  });

  it('000 flags ****, both x in x月, and every XX', () => {
    const found = placeholders('000');
    assert.equal(found.filter((t) => t === '****').length, 1);
    assert.equal(found.filter((t) => t === 'x').length, 2);
    const xx = (seed('000').match(/XX/g) ?? []).length;
    assert.equal(found.filter((t) => t === 'XX').length, xx);
    assert.equal(found.length, 1 + 2 + xx);
  });

  it('002 flags its X heading numbers, X.X% and 《》, and not TV端', () => {
    const text = seed('002');
    const found = placeholders('002');
    assert.ok(found.includes('X.X'));
    assert.ok(found.includes('《》'));
    const lines = text.split('\n');
    const headingLines = lines.map((l, i) => [l, i] as const).filter(([l]) => l.startsWith('X.'));
    const flagged = lint(text).filter((f) => f.ruleId === 'placeholder' && f.range.start.character === 0).map((f) => f.range.start.line);
    for (const [, i] of headingLines) assert.ok(flagged.includes(i), `X. heading on line ${i + 1}`);
    assert.ok(!found.some((t) => /TV/.test(t)));
  });

  it('003 flags every 20xx, xx届 and the empty “”', () => {
    const text = seed('003');
    const found = placeholders('003');
    assert.equal(found.filter((t) => t === '20xx').length, (text.match(/20xx/g) ?? []).length);
    assert.ok(found.includes('xx'));
    assert.ok(found.includes('“”'));
  });

  it('004 flags #小学 three times, #中学, ###万元, #中 and ##教育', () => {
    const text = seed('004');
    const lines = text.split('\n');
    const withNext = lint(text)
      .filter((f) => f.ruleId === 'placeholder')
      .map((f) => lines[f.range.start.line]!.slice(f.range.start.character, f.range.end.character + 2));
    assert.equal(withNext.filter((t) => t === '#小学').length, 3);
    assert.ok(withNext.includes('#中学'));
    assert.ok(withNext.includes('###万元'));
    assert.ok(withNext.some((t) => t.startsWith('#中将')));
    assert.ok(withNext.includes('##教育'));
  });

  it('nothing flags H1N1, TV端 or 二〇一二年 in any seed', () => {
    for (const p of ['000', '001', '002', '003', '004']) {
      const found = placeholders(p);
      assert.ok(!found.some((t) => /H1N1|TV|〇/.test(t)), `seed ${p}: ${found.join(' ')}`);
    }
  });
});

describe('seeds: required sections', { skip: SEEDS_SKIP }, () => {
  const missingByDoc = (prefix: string): string[][] => {
    const text = seed(prefix);
    const model = parse(text);
    const findings = lint(text).filter((f) => f.ruleId === 'section-missing');
    return model.documents.map((d) =>
      findings.filter((f) => f.range.start.line >= d.startLine && f.range.start.line <= d.endLine).map((f) => String(f.data?.['section'])),
    );
  };

  it('000 has no section-missing', () => {
    assert.deepEqual(missingByDoc('000'), [[]]);
  });

  it('002 misses problems and next-steps', () => {
    assert.deepEqual(missingByDoc('002'), [['problems', 'next-steps']]);
  });

  it('003: 篇1 misses problems and next-steps; 篇3 is a plan with nothing missing', () => {
    const byDoc = missingByDoc('003');
    assert.deepEqual(byDoc[0], ['problems', 'next-steps']);
    assert.deepEqual(byDoc[2], []);
    const text = seed('003');
    const third = parse(text).documents[2]!;
    const typeNote = lint(text).find((f) => f.ruleId === 'section-type');
    assert.ok(typeNote && typeNote.range.start.line === third.titleLine);
    assert.equal(typeNote.data?.['type'], 'plan');
  });
});

describe('seeds: residue, repeats, figures, dates, pinyin', { skip: SEEDS_SKIP }, () => {
  const rules = (prefix: string, id: string): string[] => {
    const text = seed(prefix);
    return texts(text, lint(text).filter((f) => f.ruleId === id));
  };

  it('residue in 000, 001, 003 and 004: breadcrumbs, 本文来源, 上一篇/下一篇, 阅读次数, 免责声明, pagination, 范文 篇N', () => {
    const r000 = rules('000', 'residue');
    assert.ok(r000.some((t) => /^首页\s*[>\uFF1E]/.test(t)), r000.join(' | '));
    assert.ok(r000.some((t) => t.startsWith('本文来源')));
    assert.equal(r000.filter((t) => /^(上一篇|下一篇)/.test(t)).length, 2);
    assert.ok(rules('001', 'residue').some((t) => t.startsWith('大小')));
    const r003 = rules('003', 'residue');
    assert.ok(r003.some((t) => t.startsWith('当前位置')));
    assert.ok(r003.some((t) => t.startsWith('阅读')));
    assert.equal(r003.filter((t) => /^范文 篇\d$/.test(t)).length, 3);
    const r004 = rules('004', 'residue');
    assert.ok(r004.some((t) => t === '[1][2]下一页'));
    assert.ok(r004.some((t) => t.includes('免责声明')));
  });

  it('003 篇2 repeats a sentence', () => {
    const text = seed('003');
    const second = parse(text).documents[1]!;
    const dup = lint(text).filter((f) => f.ruleId === 'duplicate-text' && f.range.start.line >= second.startLine && f.range.start.line <= second.endLine);
    assert.ok(dup.length >= 1);
  });

  it('000: 253 of 258 is 98.1%, not 95%', () => {
    const f = lint(seed('000')).find((x) => x.ruleId === 'figure-mismatch')!;
    assert.equal(f.data?.['computed'], 98.06);
    assert.match(f.message, /98\.1%/);
  });

  it('001: 二〇一二年二月六日 in Chinese numerals; 002: dang建', () => {
    assert.ok(rules('001', 'date-style').includes('二〇一二年二月六日'));
    assert.deepEqual(rules('002', 'latin-in-cjk'), ['dang']);
  });
});
