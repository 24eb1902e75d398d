/** Config parsing: clear problems with line and column, and defaults whenever anything is wrong. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { configSchema, configToLintOptions, isIncluded, lint, parseConfig, problemCost } from '../../engine';
import { findConfigFile } from '../../engine/node/config-files';
import * as os from 'node:os';
import { ROOT } from '../support/paths';

describe('config', () => {
  it('a valid config sets severities, options, allowed words and patterns', () => {
    const { config, problems } = parseConfig(
      JSON.stringify({ rules: { 'numbering-gap': 'error', placeholder: { options: { allow: ['XX牌'] } } }, allow: ['X光机'], placeholderPatterns: ['〔待定〕'] }),
    );
    assert.deepEqual(problems, []);
    const options = configToLintOptions(config);
    const text = '某局工作总结\n一、甲\n三、乙 XX牌设备,X光机,〔待定〕,XX年';
    const found = lint(text, options);
    assert.equal(found.find((f) => f.ruleId === 'numbering-gap')?.severity, 'error');
    const slots = found.filter((f) => f.ruleId === 'placeholder').map((f) => text.split('\n')[2]!.slice(f.range.start.character, f.range.end.character));
    assert.deepEqual(slots, ['〔待定〕', 'XX']);
  });

  it('invalid JSON names the line and column', () => {
    const { config, problems } = parseConfig('{\n  "rules": {\n    "placeholder": "off",\n  }\n}');
    assert.deepEqual(config, {});
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.line, 4);
    assert.match(problems[0]!.message, /JSON/);
  });

  it('an unknown rule id is reported on its line', () => {
    const { problems } = parseConfig('{\n  "rules": {\n    "numbering-gapp": "off"\n  }\n}');
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.line, 3);
    assert.match(problems[0]!.message, /numbering-gapp/);
  });

  it('a wrong option type or severity is reported', () => {
    const a = parseConfig('{"rules": {"placeholder": {"options": {"allow": "X光"}}}}');
    assert.equal(a.problems.length, 1);
    assert.match(a.problems[0]!.message, /allow.*array/);
    const b = parseConfig('{"rules": {"placeholder": "loud"}}');
    assert.equal(b.problems.length, 1);
    assert.match(b.problems[0]!.message, /off/);
  });

  it('an unsafe or invalid pattern is refused, and never run; the other patterns apply', () => {
    for (const pattern of ['(a)\\1', '(?<=a)b', '(', '']) {
      const { problems, config } = parseConfig(JSON.stringify({ placeholderPatterns: ['待补', pattern, '〔待定〕'], allow: ['X光机'] }));
      assert.equal(problems.length, 1, `pattern ${pattern}`);
      assert.equal(problems[0]!.ignored, 'entry');
      assert.deepEqual(config, { placeholderPatterns: ['待补', '〔待定〕'], allow: ['X光机'] });
    }
  });

  it('a problem costs only its entry; the rest of the file applies', () => {
    const text = JSON.stringify(
      {
        rules: { 'numbering-gapp': 'off', placeholder: 'loud', 'numbering-gap': 'error' },
        allow: ['X光机', 3],
        types: [
          { id: 'broken', label: '坏类型', sections: [] },
          { id: 'safety', label: '安全检查报告', titleKeywords: ['安全检查'], sections: [{ id: 'findings', label: '检查发现', keywords: ['发现'] }] },
        ],
        colour: 'red',
      },
      null,
      2,
    );
    const { config, problems } = parseConfig(text);
    assert.deepEqual(config.rules, { 'numbering-gap': 'error' });
    assert.deepEqual(config.allow, ['X光机']);
    assert.deepEqual(config.types?.map((t) => t.id), ['safety']);
    assert.equal((config as Record<string, unknown>)['colour'], undefined);
    assert.ok(problems.length >= 4, problems.map((p) => p.message).join('\n'));
    assert.ok(problems.every((p) => p.ignored === 'entry'));
    assert.match(problemCost(problems), /其余设置照常生效/);
    // Every problem points at the line of its entry.
    const lines = text.split('\n');
    for (const p of problems) assert.ok(/numbering-gapp|loud|3|sections|colour/.test(lines[p.line - 1]!), `line ${p.line}: ${lines[p.line - 1]}`);
  });

  it('on any JSON, what is kept is a clean config, and a clean config is kept whole (property, 2,000 cases)', () => {
    const keys = ['rules', 'allow', 'placeholderPatterns', 'types', 'overrides', 'include', 'ignore', 'colour', 'numbering-gap', 'placeholder', 'severity', 'options', 'patterns', 'id', 'label', 'sections', 'keywords', 'titleKeywords', 'titlePatterns', 'files', 'type'];
    const leaf = fc.oneof(fc.constantFrom('off', 'error', 'loud', '(', '(a)\\1', 'X光', '', '安全检查', 'summary'), fc.integer(), fc.boolean(), fc.constant(null));
    const { object } = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, leaf, tie('array'), tie('object')),
      array: fc.array(tie('value'), { maxLength: 4 }),
      object: fc.dictionary(fc.constantFrom(...keys), tie('value'), { maxKeys: 5 }),
    }));
    fc.assert(
      fc.property(object, (value) => {
        const { config, problems } = parseConfig(JSON.stringify(value, null, 1));
        assert.ok(problems.every((p) => p.line >= 1 && p.column >= 1));
        if (!problems.length) assert.equal(JSON.stringify(config), JSON.stringify(value));
        assert.deepEqual(parseConfig(JSON.stringify(config)).problems, []);
      }),
      { numRuns: 2000 },
    );
  });

  it('a file that is not an object, or not JSON, falls back to the defaults', () => {
    for (const text of ['["rules"]', '"off"', '{"rules": {', '']) {
      const { config, problems } = parseConfig(text);
      assert.deepEqual(config, {}, text);
      assert.ok(problems.length >= 1 && problems.every((p) => p.ignored === 'file'), text);
      assert.match(problemCost(problems), /默认设置/);
    }
  });

  it('a catastrophic-backtracking pattern runs in linear time under RE2', () => {
    const { problems, config } = parseConfig(JSON.stringify({ placeholderPatterns: ['(a+)+$'] }));
    assert.deepEqual(problems, []);
    const text = '某局工作总结\n' + 'a'.repeat(50_000) + 'b';
    const started = process.hrtime.bigint();
    lint(text, configToLintOptions(config));
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    // A backtracking engine needs astronomically long here; RE2 needs milliseconds.
    assert.ok(ms < 5_000, `took ${ms} ms`);
  });

  it('the shipped schema file is generated from the rules and up to date', () => {
    const shipped = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'zhreportrc.schema.json'), 'utf8'));
    assert.deepEqual(shipped, configSchema(), 'run `npm run schema` to regenerate schemas/zhreportrc.schema.json');
  });
});

describe('config files on disk', () => {
  it('include and ignore globs select files', () => {
    const { config } = parseConfig(JSON.stringify({ include: ['reports/**'], ignore: ['**/草稿*'] }));
    assert.equal(isIncluded(config, 'reports/2025/总结.txt'), true);
    assert.equal(isIncluded(config, 'reports/草稿1.txt'), false);
    assert.equal(isIncluded(config, 'notes/a.txt'), false);
  });

  it('the nearest config file above a report is found', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-report-cfg-'));
    fs.mkdirSync(path.join(root, 'a', 'b'), { recursive: true });
    fs.writeFileSync(path.join(root, '.zhreportrc.json'), '{}');
    fs.writeFileSync(path.join(root, 'a', 'zhreport.config.json'), '{}');
    assert.equal(findConfigFile(path.join(root, 'a', 'b')), path.join(root, 'a', 'zhreport.config.json'));
    assert.equal(findConfigFile(root), path.join(root, '.zhreportrc.json'));
  });
});
