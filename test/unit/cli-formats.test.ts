/** lint --format sarif (validated against the vendored SARIF 2.1.0 schema) and --format github. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv-draft-04';
import { lint, RULES } from '../../engine';
import { runCli, tempDir } from '../support/cli';
import { ROOT } from '../support/paths';

const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
// The schema's language-tag pattern has a stray ] that only a non-Unicode RegExp accepts.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
ajv.addFormat('uri', (s: string) => URL.canParse(s));
ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/') && !/[\s\\]/.test(s));
ajv.addFormat('date-time', (s: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(s));
const validateSarif = ajv.compile(schema);

/** 𠮷 is two UTF-16 code units: XX starts at UTF-16 column 7 (1-based), not 5. */
const ASTRAL = '\uFEFF𠮷𠮷某局XX年工作总结\r\n一、甲\r\n三、乙\r\n';

function sarifOf(args: string[], cwd?: string): any {
  const r = runCli(['lint', '--format', 'sarif', ...args], cwd ? { cwd } : {});
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  return JSON.parse(r.stdout);
}

describe('--format sarif', () => {
  it('is valid SARIF 2.1.0 on the examples, a clean folder and a report with astral characters', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'r 1.txt'), ASTRAL);
    for (const sarif of [sarifOf(['examples']), sarifOf(['test/fixtures/clean']), sarifOf(['.'], dir)]) {
      const ok = validateSarif(sarif);
      assert.ok(ok, JSON.stringify(validateSarif.errors, null, 2));
    }
    // The validator is not a pushover: a level SARIF does not know fails.
    const broken = sarifOf(['examples']);
    broken.runs[0].results[0].level = 'fatal';
    assert.equal(validateSarif(broken), false);
  });

  it('lists every rule with its help URI and default level, and each result points at its rule', () => {
    const sarif = sarifOf(['examples']);
    const run = sarif.runs[0];
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.equal(run.tool.driver.name, 'zh-report');
    assert.equal(run.tool.driver.version, pkg.version);
    assert.deepEqual(run.tool.driver.rules.map((r: any) => r.id), RULES.map((r) => r.id));
    for (const r of run.tool.driver.rules) {
      assert.match(r.helpUri, new RegExp(`^https://.*/docs/rules/${r.id}\\.md$`));
      assert.ok(fs.existsSync(path.join(ROOT, 'docs', 'rules', `${r.id}.md`)), `${r.id} has the doc page its help URI names`);
    }
    assert.ok(run.results.length > 0);
    for (const result of run.results) {
      assert.equal(run.tool.driver.rules[result.ruleIndex].id, result.ruleId);
      assert.ok(['error', 'warning', 'note'].includes(result.level));
    }
  });

  it('regions are 1-based in UTF-16 code units, as columnKind says', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'r 1.txt'), ASTRAL);
    const run = sarifOf(['r 1.txt'], dir).runs[0];
    assert.equal(run.columnKind, 'utf16CodeUnits');
    const expected = lint(ASTRAL.slice(1));
    assert.deepEqual(
      run.results.map((r: any) => [r.ruleId, r.locations[0].physicalLocation.region.startLine, r.locations[0].physicalLocation.region.startColumn, r.locations[0].physicalLocation.region.endColumn]),
      expected.map((f) => [f.ruleId, f.range.start.line + 1, f.range.start.character + 1, f.range.end.character + 1]),
    );
    const ph = run.results.find((r: any) => r.ruleId === 'placeholder');
    assert.deepEqual([ph.locations[0].physicalLocation.region.startColumn, ph.locations[0].physicalLocation.region.endColumn], [7, 9]);
    assert.equal(ph.locations[0].physicalLocation.artifactLocation.uri, 'r%201.txt', 'a URI reference, percent-encoded');
  });
});

describe('--format github', () => {
  it('prints one workflow command per finding, with file, line, col and the rule as title', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a,b:c.txt'), ASTRAL);
    const r = runCli(['lint', '--format', 'github', '.'], { cwd: dir });
    assert.equal(r.code, 1);
    const lines = r.stdout.trim().split('\n');
    const findings = lint(ASTRAL.slice(1));
    assert.equal(lines.length, findings.length);
    findings.forEach((f, i) => {
      const level = f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice';
      const head = `::${level} file=a%2Cb%3Ac.txt,line=${f.range.start.line + 1},col=${f.range.start.character + 1},endLine=${f.range.end.line + 1},endColumn=${f.range.end.character + 1},title=zh-report ${f.ruleId}::`;
      assert.equal(lines[i], head + f.message.replace(/%/g, '%25'));
    });
  });
});
