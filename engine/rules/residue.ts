import { CLOSE_PAREN, COLON, GREATER } from '../chars';
import { deleteLine } from '../line-edits';
import type { Rule } from '../rule';
import { isBlank } from '../text';
import { range } from '../types';

/** Lines that are leftovers of the web page a template was copied from (domain.md §4). */
const LINE_PATTERNS: Array<{ what: string; re: RegExp }> = [
  { what: '网页导航(面包屑)', re: new RegExp(`^(?:当前位置|您的位置|你的位置|您现在的位置)\\s*[${COLON}]|首页\\s*[${GREATER}»]`) },
  { what: '来源网址', re: new RegExp(`^(?:本文)?来源\\s*[${COLON}].*(?:https?://|www\\.|网|文库)`) },
  { what: '上一篇/下一篇', re: new RegExp(`^(?:上一篇|下一篇)\\s*[${COLON}]`) },
  { what: '翻页链接', re: /^(?:\s*\[\d+\])+\s*(?:上一页|下一页)?\s*$|^\s*(?:上一页|下一页|尾页|首页)(?:\s+(?:上一页|下一页|尾页))*\s*$/ },
  { what: '免责声明', re: /免责声明/ },
  { what: '浏览统计', re: new RegExp(`^(?:阅读|浏览|点击|访问)(?:量|次数)?\\s*[${COLON}]?\\s*\\d+\\s*次|^(?:大小|文件大小)\\s*[${COLON}]\\s*[\\d.]+\\s*[KMG]B|^页数\\s*[${COLON}]\\s*\\d+|^ID\\s*[${COLON}]\\s*\\d+\\s*$|^浏览记录\\s*$`, 'i') },
  { what: '网站信息', re: new RegExp(`由(?:会员|网友|互联网用户)(?:上传|整理|投稿)|转载(?:分享)?请(?:保留|注明)|免费在线阅读|^(?:网站|移动端)\\s*[${COLON}].*\\|`) },
  { what: '发布时间', re: /^\d{4}-\d{2}-\d{2}\s+\d{2}:\d{2}(?::\d{2})?/ },
  { what: '单独一行的网址', re: new RegExp(`^(?:链接地址|原文链接|网址|本文链接)?\\s*[${COLON}]?\\s*(?:https?://|www\\.)[\\x21-\\x7e]+\\s*$`) },
];

const MAX_RESIDUE_LINE = 200;

/** Site names and greetings above the title: …网, …文库, 欢迎来到…. */
const SITE_LINE = /^(?:欢迎(?:来到|访问).{0,20}|.{1,12}(?:网|文库|范文网|资料网|文档网|站))\s*$/;

/** 范文 and 篇N in a title are the template site's labels. 篇 as a word (新篇章) is not. */
const TITLE_LABEL = new RegExp(`\\s*(?:范文(?:大全)?|[(\\uFF08]?精选[${CLOSE_PAREN}]?)?\\s*篇\\s*[0-9一二三四五六七八九十]+\\s*$|范文(?:大全)?`);

const rule: Rule = {
  id: 'residue',
  category: 'residue',
  defaultSeverity: 'warning',
  description: '从网页复制带来的残留(当前位置、本文来源、上一篇、免责声明、阅读次数、范文/篇N)/ Leftovers of the web page a template came from',
  options: {},
  check(ctx) {
    const { model } = ctx;
    const titles = new Set(model.documents.map((d) => d.titleLine).filter((l): l is number => l !== null));
    const firstTitle = model.documents[0]?.titleLine ?? -1;
    for (const line of model.lines) {
      const text = line.text.trim();
      // A line Markdown does not show as prose (code) is not residue.
      if (!text || (model.markdown && isBlank(line.masked))) continue;
      const start = line.text.indexOf(text);
      // Residue lines are short; a long paragraph is report text.
      const hit = (text.length <= MAX_RESIDUE_LINE ? LINE_PATTERNS.find((p) => p.re.test(text)) : undefined) ?? (line.index < firstTitle && SITE_LINE.test(text) ? { what: '网站名称' } : null);
      if (hit && !titles.has(line.index)) {
        ctx.report({
          range: range(line.index, start, start + text.length),
          message: `网页残留(${hit.what}),提交前应删除`,
          data: { kind: hit.what },
          fixes: [{ title: '删除这一行 (Delete the line)', edits: [deleteLine(model, line.index)] }],
        });
        continue;
      }
      const label = (titles.has(line.index) || /篇\s*[0-9一二三四五六七八九十]+\s*$/.test(text)) && text.length <= 60 ? TITLE_LABEL.exec(line.text) : null;
      if (label && label[0].trim()) {
        const s = label.index + (label[0].length - label[0].trimStart().length);
        const e = label.index + label[0].trimEnd().length;
        ctx.report({
          range: range(line.index, s, e),
          message: `标题中的“${line.text.slice(s, e)}”是范文网站的标签,不是报告标题的一部分`,
          data: { kind: '标题标签' },
          fixes: [{ title: '删除标签 (Remove the label)', edits: [{ range: range(line.index, label.index, label.index + label[0].length), newText: '' }] }],
        });
      }
    }
  },
};

export default rule;
