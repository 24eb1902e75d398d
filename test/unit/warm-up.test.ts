/** The made-up report the language server warms the engine on: it must walk the engine's paths, or warming is for nothing. */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint, outline, parse, warmUpText } from '../../engine';

describe('warm-up text', () => {
  it('is about the asked size and reaches parsing, the outline and many rules', () => {
    const text = warmUpText(20_000);
    assert.ok(text.length >= 20_000 && text.length < 22_000, String(text.length));
    const rules = new Set(lint(text).map((f) => f.ruleId));
    for (const id of ['placeholder', 'punctuation-width', 'markdown-artifact', 'residue', 'duplicate-text']) assert.ok(rules.has(id), `${id} runs on it`);
    const docs = outline(parse(text));
    assert.ok(docs[0]!.sections.length >= 10, 'a deep heading tree');
  });
});
