/** Chinese messages: the template's punctuation becomes full-width, the quoted values do not. */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fullWidth, zh } from '../../engine/zh-message';

describe('zh messages', () => {
  it('converts the template, not the values, call after call', () => {
    const say = (found: string): string => zh`序号跳号:此处为“${found}”,缺少(三)`;
    assert.equal(say('(四)'), '序号跳号\uFF1A此处为“(四)”\uFF0C缺少\uFF08三\uFF09');
    assert.equal(say('4.'), '序号跳号\uFF1A此处为“4.”\uFF0C缺少\uFF08三\uFF09');
    assert.equal(zh`${1}/${2}`, '1/2');
  });

  it('fullWidth converts , : ; ( ) ! ? and nothing else', () => {
    assert.equal(fullWidth('a,b:c;d(e)f!g?h.i%'), 'a\uFF0Cb\uFF1Ac\uFF1Bd\uFF08e\uFF09f\uFF01g\uFF1Fh.i%');
    assert.equal(fullWidth('a,b:c;d(e)f!g?h.i%'), 'a\uFF0Cb\uFF1Ac\uFF1Bd\uFF08e\uFF09f\uFF01g\uFF1Fh.i%', 'the second call, from the cache');
  });
});
