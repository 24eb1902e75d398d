/**
 * A long report written for the layout tests: several pages, all four heading levels, run-in
 * level-3 headings, an attachment note and a signature. Body text is Chinese characters with
 * full-width punctuation only, placed so that no line of the GB/T 9704 grid (26 characters after
 * the two-character indent, then 28) would start with a comma or a full stop: each full line then
 * holds exactly 28 characters, whatever a renderer's line-breaking rules do with punctuation.
 */

const WORDS = [
  '深入推进', '健康城区', '建设工作', '持续完善', '基层医疗', '卫生服务', '体系建设', '不断提升', '群众就医', '获得感和', '满意度', '扎实开展',
  '爱国卫生', '运动', '全面加强', '公共卫生', '应急能力', '稳步推进', '家庭医生', '签约服务', '着力提升', '医疗质量', '安全水平', '积极探索',
  '医防融合', '新模式', '切实保障', '重点人群', '健康需求', '统筹推进', '中医药', '传承创新', '有效防控', '传染病', '疫情', '认真落实',
];

const PUNCTUATION = new Set(['，', '。', '、', '；', '：']);

/** A paragraph of about `length` characters that breaks cleanly on a 26-then-28 grid (or 28 throughout when `indented` is false). */
export function gridParagraph(seed: number, length: number, indented = true): string {
  const chars: string[] = [];
  let k = seed;
  while (chars.length < length) {
    const word = WORDS[k++ % WORDS.length]!;
    chars.push(...word);
    if (k % 3 === 0) chars.push('，');
  }
  chars.length = length - 1;
  // A comma right before the full stop becomes a character of text.
  if (PUNCTUATION.has(chars[chars.length - 1]!)) chars[chars.length - 1] = '作';
  chars.push('。');
  const first = indented ? 26 : 28;
  for (let start = first; start < chars.length; start += 28) {
    // A line may not start with punctuation: swap it with the character before it.
    if (PUNCTUATION.has(chars[start]!) && !PUNCTUATION.has(chars[start - 1]!)) [chars[start - 1], chars[start]] = [chars[start]!, chars[start - 1]!];
  }
  return chars.join('');
}

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** About `sections` level-1 sections of three level-2 parts each, with level-3 and level-4 items. */
export function longReport(sections = 4): string {
  const lines: string[] = ['城东区卫生健康局2025年工作总结', '', gridParagraph(1, 26 + 28 * 3)];
  let seed = 2;
  const headings = ['主要工作完成情况', '存在问题', '下一步工作打算', '保障措施', '其他工作'];
  for (let s = 0; s < sections; s++) {
    lines.push(`${CN[s]}、${headings[s % headings.length]}`);
    for (let p = 0; p < 3; p++) {
      lines.push(`（${CN[p]}）${['强化组织领导', '完善工作机制', '加强队伍建设'][p]}`);
      lines.push(gridParagraph(seed++, 26 + 28 * (2 + (seed % 3))));
      // A run-in level-3 heading: the heading's own sentence, then the paragraph in the same line.
      lines.push(`${p + 1}.加强统筹协调。${gridParagraph(seed++, 28 * 2, false)}`);
      lines.push(`（1）细化任务分工`);
      lines.push(gridParagraph(seed++, 26 + 28 * 2));
      lines.push(`（2）压实工作责任`);
      lines.push(gridParagraph(seed++, 26 + 28));
    }
  }
  lines.push('', '附件：1.城东区卫生健康重点工作任务分解表', '2.城东区基层医疗机构名单', '', '城东区卫生健康局', '2025年12月30日');
  return lines.join('\n') + '\n';
}
