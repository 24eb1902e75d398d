/** The CLI parses each file once, whatever the output format (regression: JSON parsed twice). */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import * as model from '../../engine/parse/model';
import { main } from '../../cli/cli';

describe('CLI parsing', () => {
  const original = model.parse;
  let parses = 0;
  beforeEach(() => {
    parses = 0;
    (model as { parse: typeof original }).parse = (...args) => {
      parses++;
      return original(...args);
    };
  });
  afterEach(() => {
    (model as { parse: typeof original }).parse = original;
  });

  for (const format of ['text', 'json']) {
    it(`lint --format ${format} parses each file once`, async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-report-cli-parse-'));
      for (const name of ['a.txt', 'b.md']) fs.writeFileSync(path.join(dir, name), '某局2025年工作总结\n一、主要成绩\n三、存在问题\n');
      const out: string[] = [];
      await main(['lint', '--format', format, dir], (s) => out.push(s), () => {});
      assert.ok(out.join('\n').includes('numbering-gap'), 'the files were linted');
      assert.equal(parses, 2);
    });
  }
});
