/**
 * The placeholder rule reads only the lines that native search marks for each slot finder. That
 * is safe only if a finder never finds a slot on a line its needles (or its search regex) miss:
 * these tests check that on every fixture, on generated lines, and on the seeds where present.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { LETTER_FINDER } from '../../engine/placeholder/letters';
import { BLANK_FINDER, INSTRUCTION_FINDER, PAIR_FINDER } from '../../engine/placeholder/pairs-and-blanks';
import { SYMBOL_FINDER } from '../../engine/placeholder/symbols';
import type { SlotFinder } from '../../engine/placeholder/types';
import { FIXTURES, SEEDS, SEEDS_SKIP } from '../support/paths';

const FINDERS: Record<string, SlotFinder> = {
  letters: LETTER_FINDER,
  symbols: SYMBOL_FINDER,
  pairs: PAIR_FINDER,
  blanks: BLANK_FINDER,
  instructions: INSTRUCTION_FINDER,
};

function marked(finder: SlotFinder, line: string): boolean {
  if (finder.needles?.some((n) => line.includes(n))) return true;
  return !!finder.search && new RegExp(finder.search.source).test(line);
}

/** The lines where a finder finds a slot that its needles would not have led the rule to. */
function missed(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    for (const [name, finder] of Object.entries(FINDERS)) {
      if (finder.find(line, []).length && !marked(finder, line)) out.push(`${name}: ${line}`);
    }
  }
  return out;
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

function linesOf(files: string[]): string[] {
  return files.filter((f) => /\.(txt|md)$/.test(f)).flatMap((f) => fs.readFileSync(f, 'utf8').split(/\r\n|\n|\r/));
}

/**
 * Lines strung together from pieces of slots and of ordinary text, by a small deterministic
 * generator so that a failure can be replayed.
 */
function* randomLines(count: number): Generator<string> {
  const pieces = [
    ...'Xx\uFF38\uFF58×#\uFF03*\uFF0A某○〇◯_\uFF3F《》“”‘’「」『』【】〔〕()\uFF08\uFF09[]\uFF3B\uFF3D"\uFF02\'\uFF07 \u3000年月日2019.、,\uFF0C。学校工作',
    ...['__', '\uFF3F_', '某某', '填写', '补充', '填入', '输入', '插入', '待完善', '待定', '此处', 'TODO', 'TBD', 'FIXME', 'XX', '20', '射线', 'Y'],
  ];
  let seed = 12345;
  const next = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
  for (let i = 0; i < count; i++) {
    const length = 1 + (next() % 12);
    let line = '';
    for (let k = 0; k < length; k++) line += pieces[next() % pieces.length];
    yield line;
  }
}

describe('placeholder finders and their needles', () => {
  it('every slot in the fixtures lies on a line the needles mark', () => {
    const lines = linesOf(filesUnder(FIXTURES));
    assert.ok(lines.length > 100, 'fixtures found');
    assert.deepEqual(missed(lines), []);
  });

  it('every slot on 20,000 generated lines lies on a line the needles mark', () => {
    const lines = [...randomLines(20000)];
    for (const [name, finder] of Object.entries(FINDERS)) {
      const found = lines.filter((l) => finder.find(l, []).length).length;
      assert.ok(found > 50, `the generated lines hold ${name} slots (${found})`);
    }
    assert.deepEqual(missed(lines), []);
  });

  it('every slot in the seeds lies on a line the needles mark', { skip: SEEDS_SKIP }, () => {
    assert.deepEqual(missed(linesOf(filesUnder(SEEDS))), []);
  });
});
