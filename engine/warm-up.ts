/**
 * A report made up for warming the engine in a fresh language server, before the writer's first
 * edits: V8 optimises code only after it has run, so the first edits of a freshly opened document
 * were about twice as slow as later ones. The text walks the paths real reports take: every
 * numbering family, inline series, placeholders, figures, dates, residue, pasted Markdown and
 * half-width punctuation. Nothing here is shown to anyone.
 */
const SECTION = [
  '{n}、主要工作完成情况',
  '（一）学校建设有序推进',
  '　　全年计划新建学校3所，上半年完成投资1200万元。一是新建第二小学主体工程封顶；二是改扩建运动场；三是完成8所学校的校舍维修。',
  '（二）教师队伍建设不断加强',
  '　　组织新教师岗前培训2期，共培训教师210人，其中190人考核合格，合格率90.5%。首先，完善培训制度；其次，加强考核。',
  '1.推进课堂改革，覆盖XX所学校。',
  '2.开展质量监测,覆盖全部初中(含民办学校)。',
  '（1）完成监测报告。',
  '（2）召开分析会2次。',
  '第一，健全机制。第二，压实责任。',
  '　　2025年7月5日，召开总结会议，参会人员共###人，由某某同志主持，印发《》。',
  '**重点工作**：做好 ## 招生 - 工作 ✅',
  '来源：教育局网站 发布时间：2025-07-05 点击量：1024',
  '{n2}、存在问题',
  '　　一是部分学校大班额问题仍然存在；二是农村学校音体美教师缺口较大。',
  '{n3}、下一步工作打算',
  '①推进第二小学按期投入使用。②完成教师招聘计划。④开展义务教育质量监测。',
  '',
];

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** About `chars` characters of made-up report: several documents' worth of sections. */
export function warmUpText(chars = 20_000): string {
  const lines = ['某区教育局2025年工作总结', ''];
  let size = 0;
  for (let i = 0; size < chars; i++) {
    for (const line of SECTION) {
      const text = line.replace('{n}', NUMERALS[(i * 3) % 10]!).replace('{n2}', NUMERALS[(i * 3 + 1) % 10]!).replace('{n3}', NUMERALS[(i * 3 + 2) % 10]!);
      lines.push(text);
      size += text.length + 1;
    }
  }
  return lines.join('\n');
}
