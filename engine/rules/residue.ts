import { CLOSE_PAREN } from '../chars';
import { deleteLine } from '../line-edits';
import type { Rule } from '../rule';
import { webResidueKind } from '../pasted/web-page';
import { markLinesContaining } from '../search';
import { isBlank } from '../parse/text';
import { range } from '../types';
import { fullWidth, zh } from '../zh-message';

/** 范文 and 篇N in a title are the template site's labels. 篇 as a word (新篇章) is not. */
const TITLE_LABEL = new RegExp(`\\s*(?:范文(?:大全)?|[(\\uFF08]?精选[${CLOSE_PAREN}]?)?\\s*篇\\s*[0-9一二三四五六七八九十]+\\s*$|范文(?:大全)?`);

const rule: Rule = {
  id: 'residue',
  category: 'residue',
  defaultSeverity: 'warning',
  description: '从网页复制带来的残留(当前位置、本文来源、上一篇、免责声明、阅读次数、范文/篇N)/ Leftovers of the web page a template came from',
  options: {},
  fixSafety: 'review',
  check(ctx) {
    const { model } = ctx;
    const titles = new Set(model.documents.map((d) => d.titleLine).filter((l): l is number => l !== null));
    const firstTitle = model.documents[0]?.titleLine ?? -1;
    const pian = markLinesContaining(model, ['篇']);
    for (const line of model.lines) {
      const i = line.index;
      const hit = webResidueKind(line.text, i < firstTitle);
      if (!hit && !titles.has(i) && !pian[i]) continue;
      const text = line.text.trim();
      if (!text) continue;
      // A line Markdown does not show as prose (code) is not residue.
      if (model.markdown && isBlank(line.masked)) continue;
      const start = line.text.indexOf(text);
      if (hit && !titles.has(i)) {
        ctx.report({
          range: range(i, start, start + text.length),
          message: zh`网页残留(${fullWidth(hit)}),提交前应删除`,
          data: { kind: hit },
          fixes: [{ title: '删除这一行 (Delete the line)', edits: [deleteLine(model, i)] }],
        });
        continue;
      }
      const label = (titles.has(i) || /篇\s*[0-9一二三四五六七八九十]+\s*$/.test(text)) && text.length <= 60 ? TITLE_LABEL.exec(line.text) : null;
      if (label && label[0].trim()) {
        const s = label.index + (label[0].length - label[0].trimStart().length);
        const e = label.index + label[0].trimEnd().length;
        ctx.report({
          range: range(i, s, e),
          message: zh`标题中的“${line.text.slice(s, e)}”是范文网站的标签,不是报告标题的一部分`,
          data: { kind: '标题标签' },
          fixes: [{ title: '删除标签 (Remove the label)', edits: [{ range: range(i, label.index, label.index + label[0].length), newText: '' }] }],
        });
      }
    }
  },
};

export default rule;
