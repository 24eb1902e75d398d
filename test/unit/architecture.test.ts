/** The engine stays pure, every rule is documented, and the rules are small. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { docPath, RULES } from '../../engine';
import { generatedPart, withGeneratedPart } from '../support/rule-docs';
import { ROOT } from '../support/paths';

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sources(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

describe('architecture', () => {
  it('no engine, rule, parser or model module imports vscode or an LSP package', () => {
    for (const file of sources(path.join(ROOT, 'engine'))) {
      const text = fs.readFileSync(file, 'utf8');
      assert.doesNotMatch(text, /from ['"](vscode|vscode-languageserver[^'"]*|vscode-languageclient[^'"]*)['"]/, file);
      assert.doesNotMatch(text, /require\(['"]vscode/, file);
    }
  });

  it('every rule has a doc page naming its id, category and default severity', () => {
    for (const rule of RULES) {
      const file = path.join(ROOT, docPath(rule));
      assert.ok(fs.existsSync(file), `${docPath(rule)} is missing`);
      const text = fs.readFileSync(file, 'utf8');
      assert.match(text, new RegExp(`^# ${rule.id}\\b`), `${docPath(rule)} starts with "# ${rule.id}"`);
      assert.ok(text.includes(`\`${rule.category}\``) && text.includes(`\`${rule.defaultSeverity}\``), `${docPath(rule)} states category and severity`);
    }
  });

  it('every doc page’s generated part matches the rule’s metadata (npm run docs rewrites it)', () => {
    const stale = RULES.filter((rule) => {
      const page = fs.readFileSync(path.join(ROOT, docPath(rule)), 'utf8');
      return !page.includes(generatedPart(rule)) || withGeneratedPart(page, rule) !== page;
    }).map((r) => docPath(r));
    assert.deepEqual(stale, []);
  });

  it('the parse pipeline imports nothing from the rules or their helpers', () => {
    const allowed = /^\.\.\/(chars|chinese-numerals|types|catalog|re2-patterns)$|^\.\//;
    for (const file of sources(path.join(ROOT, 'engine', 'parse'))) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/from '([^']+)'/g)) assert.match(m[1]!, allowed, `${path.basename(file)} imports ${m[1]}`);
    }
  });

  it('rule ids are unique and rule files stay small', () => {
    assert.equal(new Set(RULES.map((r) => r.id)).size, RULES.length);
    for (const file of sources(path.join(ROOT, 'engine', 'rules'))) {
      const lines = fs.readFileSync(file, 'utf8').split('\n').length;
      assert.ok(lines <= 200, `${path.basename(file)} has ${lines} lines`);
    }
  });
});
