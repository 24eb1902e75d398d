/** What the assistant-frame module tells apart before a line is read: 你 and 贵 addressing the user, not a report's own words. */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addressesUserAt } from '../../engine/pasted/assistant-frame';
import { isBlank } from '../../engine/parse/text';

/** Whether the needle's first occurrence in `text` addresses the user. */
const addresses = (text: string, needle: string): boolean => addressesUserAt(text, text.indexOf(needle));

describe('addressesUserAt', () => {
  it('accepts 你 speaking to the user and 贵 or 你们 naming the user\u2019s office', () => {
    for (const text of ['你可以把数字替换进去', '希望对你有帮助', '你们单位的实际情况', '贵校实际情况', '根据贵单位的要求', '贵公司的数据']) {
      assert.ok(addresses(text, text.includes('你') ? '你' : '贵'), text);
    }
  });

  it('passes over 你 and 贵 in a report\u2019s own words', () => {
    for (const [text, needle] of [['现印发给你们，请认真贯彻', '你'], ['你局报送的材料', '你'], ['你市上报的方案', '你'], ['贵州省教育厅', '贵'], ['宝贵经验', '贵'], ['贵在坚持', '贵']] as const) {
      assert.equal(addresses(text, needle), false, text);
    }
  });
});

describe('isBlank', () => {
  it('is true for lines of white space only, full-width spaces and a BOM included', () => {
    for (const s of ['', ' ', '\t', '\u3000\u3000', '\ufeff', '\u00a0 ', '\u2003']) assert.equal(isBlank(s), true, JSON.stringify(s));
  });

  it('is false once a line holds anything else, wherever it stands', () => {
    for (const s of ['一、', 'a', '\u3000\u3000工作', '  1.', '（一）', '\ufeff标题', '𠮷', '\u2003x']) assert.equal(isBlank(s), false, JSON.stringify(s));
  });
});
