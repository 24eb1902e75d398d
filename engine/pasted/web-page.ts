/**
 * Lines left over from the web page a template was copied from (docs/domain.md §5): navigation,
 * source and date bars, hit counts, share bars, credits, site footers. The residue rule reports
 * them; placeholder leaves the slots inside them alone, since the whole line goes.
 */
import { COLON, GREATER, skipWhiteSpace } from '../chars';

/** Lines that are leftovers of the web page a template was copied from (docs/domain.md §5). */
const LINE_PATTERNS: Array<{ what: string; re: RegExp }> = [
  { what: '网页导航(面包屑)', re: new RegExp(`^(?:当前位置|您的位置|你的位置|您现在的位置)\\s*[${COLON}]|首页\\s*[${GREATER}»]`) },
  { what: '来源网址', re: new RegExp(`^(?:本文|文章|稿件|新闻)?来源\\s*[${COLON}].*(?:https?://|www\\.|网|文库)`) },
  { what: '上一篇/下一篇', re: new RegExp(`^(?:上一篇|下一篇)\\s*[${COLON}]`) },
  { what: '原标题', re: new RegExp(`^原标题\\s*[${COLON}]`) },
  // 声明：本站所有文章……均为采集网络资源: a site's disclaimer under a bare 声明.
  { what: '免责声明', re: new RegExp(`^声明\\s*[${COLON}].{0,30}(?:本站|本网|网络|转载|版权)`) },
  // （本文共计3256字，下载请点击）, 免费下载本文档: a document-sharing site's download prompt.
  { what: '下载提示', re: /下载请点击|点击(?:此处|这里)?下载(?:本文档?|全文|文档|完整版)?\s*[）)】\]]?\s*$|^[（(【\[]?\s*(?:免费|立即|点击)?下载(?:本文档?|全文|此文档|该文档|完整版|[Ww]ord版?)/ },
  // 更多精彩内容，请关注“某某”微信公众号: the site asking to be followed.
  { what: '网站信息', re: /^更多(?:精彩|范文|资料|内容|文章|好文)[^。]{0,20}(?:关注|访问|下载|点击|搜索)/ },
  { what: '翻页链接', re: /^(?:\s*\[\d+\])+\s*(?:上一页|下一页)?\s*$|^\s*(?:上一页|下一页|尾页|首页)(?:\s+(?:上一页|下一页|尾页))*\s*$/ },
  { what: '免责声明', re: /免责声明/ },
  { what: '浏览统计', re: new RegExp(`^(?:阅读|浏览|点击|访问)(?:量|次数)?\\s*[${COLON}]?\\s*\\d[\\d,，]*\\s*次|^(?:大小|文件大小)\\s*[${COLON}]\\s*[\\d.]+\\s*[KMG]B|^页数\\s*[${COLON}]\\s*\\d+|^ID\\s*[${COLON}]\\s*\\d+\\s*$|^浏览记录\\s*$|^(?:阅读|浏览|点击|访问)(?:量|数|次数)\\s*[${COLON}]\\s*\\d[\\d,，]*\\s*$`, 'i') },
  { what: '网站信息', re: new RegExp(`^欢迎(?:您)?(?:访问|光临)(?:本站|本网站|本网|我站|我们的网站)|^(?:您是)?本站第\\s*\\d+\\s*位访(?:问者|客)|由(?:会员|网友|用户|互联网用户)(?:上传|整理|投稿)|转载(?:分享)?请(?:保留|注明)|免费在线阅读|^(?:网站|移动端)\\s*[${COLON}].*\\|`) },
  // 本文来源于网络，版权归原作者所有，如有侵权请联系删除: the disclaimer without its heading.
  { what: '免责声明', re: /版权归原作者|如有侵权|侵权请?(?:联系)?删除/ },
  { what: '发布时间', re: /^\d{4}-\d{2}-\d{2}\s+\d{2}:\d{2}(?::\d{2})?/ },
  { what: '单独一行的网址', re: new RegExp(`^(?:链接地址|原文链接|原文地址|网址|本文链接|本文地址|文章链接|文章地址)?\\s*[${COLON}]?\\s*(?:https?://|www\\.)[\\x21-\\x7e]+\\s*$`) },
  // 来源：区政府办 发布时间：2025-03-01 点击量：1024 — two or more page fields on one line.
  // The gap between two fields may hold a time of day (2025-12-30 10:23:45), colons and all.
  { what: '网页信息栏', re: new RegExp(`^(?:[^\\s${COLON}]{1,20}\\s+)?[【\\[]?(?:来源|文章来源|稿件来源|发布时间|发布日期|发稿时间|更新时间|时间|日期|作者|点击量|点击数|点击率|浏览量|浏览次数|阅读量|阅读数|访问量|字号|编辑|信息来源)\\s*[${COLON}](?:[^${COLON}]|(?<=\\d)[${COLON}](?=\\d)){0,40}(?:来源|发布时间|发布日期|发稿时间|更新时间|作者|点击量|点击数|点击次数|浏览量|浏览次数|阅读量|阅读数|阅读次数|访问量|访问次数|字号|编辑)\\s*[${COLON}]`) },
  { what: '字号和打印', re: new RegExp(`(?:字号|字体)\\s*[${COLON}]\\s*[【\\[]?\\s*大\\s*[】\\]]?\\s*[【\\[]?\\s*中|打印本页|关闭窗口|收藏本页|加入收藏|【\\s*打印\\s*】|【\\s*关闭\\s*】|\\[\\s*打印\\s*\\]|\\[\\s*关闭\\s*\\]`) },
  { what: '分享栏', re: new RegExp(`^分享到\\s*[${COLON}]?|^分享\\s*[${COLON}]\\s*$`) },
  // 点赞 收藏 分享, 评论 12 | 转发: a page's row of social buttons, nothing else on the line.
  { what: '分享栏', re: /^(?:点赞|收藏|分享|评论|转发|在看|举报)(?:[\s\u3000|｜、]+(?:点赞|收藏|分享|评论|转发|在看|举报|\d+)){2,}\s*$/ },
  // 相关链接： 附件下载： alone on a line: a page's block headings with their links gone.
  { what: '网页栏目', re: new RegExp(`^(?:相关链接|友情链接|相关文章|相关阅读|相关新闻|相关推荐|附件下载|推荐阅读|延伸阅读|热点推荐|猜你喜欢)(?:推荐)?\\s*[${COLON}]?$|^(?:全文下载|下载全文|附件下载)\\s*(?:[(（][^)）]{0,8}[)）])?\\s*$|^文章标签\\s*[${COLON}]|^(?:附件下载|下载附件)\\s*[${COLON}]|^(?:返回顶部|回到顶部|返回首页|返回列表)\\s*$`) },
  // 扫一扫在手机打开当前页, 【手机扫一扫】: the page's QR-code prompt, the whole line.
  { what: '分享栏', re: /^(?:用?手机|微信)?扫一扫[，,、\s]*分享(?:到|给)|^(?:扫描|扫码|长按)(?:下方|上方|识别)?(?:二维码)?(?:关注|下载|分享|阅读)|^[【\[]?(?:用?手机|微信)?扫一扫\s*(?:在手机上?)?(?:打开|查看|阅读|浏览|分享)?(?:当前页面?|本页|此页|本文|到微信|到朋友圈)?[】\]]?$/ },
  { what: '责任编辑', re: new RegExp(`^[【\\[（(]?(?:责任编辑|编辑|责编|审核|校对|供稿|撰稿|核稿)\\s*[${COLON}][^。]{0,20}[】\\]）)]?$`) },
  // 版权所有：某某网 京ICP备12345678号: a site's copyright and registration line.
  { what: '版权和备案信息', re: /^(?:版权所有|Copyright\b|©)|ICP[备证]\s*\d{6,}号|公网安备\s*\d{6,}号/i },
  // 网站首页 | 关于我们 | 联系我们 | 网站地图: a site's footer of links.
  { what: '网站页脚', re: /^(?:[^|｜\n]{1,10}[|｜]){2,}[^|｜\n]{0,10}$/ },
  // 主办单位：某医院 地址：某路1号 电话：…; 网站标识码：…: the site's own footer fields.
  { what: '网站页脚', re: new RegExp(`^(?:主办单位|主办|承办单位|承办|技术支持)\\s*[${COLON}].*[\\s\\u3000|｜](?:技术支持|网站标识码|地址|电话|邮编|ICP)\\s*[${COLON}]|^网站标识码\\s*[${COLON}]`) },
];

/** A footer of links names some of these: without them, a row of | is a table, not residue. */
const FOOTER_WORDS = /首页|网站地图|联系我们|关于我们|版权|隐私|免责|帮助中心|设为首页|加入收藏|网站导航|无障碍|主办|承办|网站标识码|^(?:相关|友情)链接/;

const MAX_RESIDUE_LINE = 200;

/**
 * A line can only be residue when it starts (after white space) the way one of LINE_PATTERNS can
 * start, or contains one of the words they look for anywhere. Checking that first keeps the
 * regexes off ordinary report lines. Kept in step with LINE_PATTERNS: the fixture every-kind.txt
 * has a line for every alternative.
 */
const START_PAIRS = new Set(
  ['当前', '您的', '您现', '你的', '本文', '来源', '上一', '下一', '尾页', '首页', '阅读', '浏览', '点击', '访问', '大小', '文件', '页数', 'ID', 'Id', 'iD', 'id', '网站', '网址', '移动', '链接', '原文', 'ht', 'ww', '发布', '发稿', '更新', '时间', '日期', '作者', '信息', '字号', '编辑', '分享', '责任', '责编', '审核', '校对', '供稿', '撰稿', '核稿', '打印', '关闭', '版权', '主办', '承办', '技术', '欢迎', '您是', '本站', '扫一', '手机', '微信', '文章', '稿件', '相关', '友情', '附件', '推荐', '延伸', '热点', '猜你', '收藏', 'Co', 'CO', 'co', '扫描', '扫码', '长按', '全文', '下载', '字体', '新闻', '返回', '回到', '原标', '声明', '免费', '立即', '点赞', '评论', '转发', '在看', '举报', '更多'].map(
    (p) => p.charCodeAt(0) * 0x10000 + p.charCodeAt(1),
  ),
);

function mayStartResidue(text: string, first: number): boolean {
  const c = text.charCodeAt(first);
  // [1][2] pagination, a URL after a colon, a 2025-01-03 08:15 time stamp.
  if (c === 0x5b || c === 0x3a || c === 0xff1a || c === 0x3010) return true;
  if (c >= 0x30 && c <= 0x39) return text.charCodeAt(first + 4) === 0x2d;
  // （编辑：王芳　审核：李强）: a credit line in round brackets starts like one without them.
  const word = c === 0xff08 || c === 0x28 ? first + 1 : first;
  return START_PAIRS.has(text.charCodeAt(word) * 0x10000 + text.charCodeAt(word + 1));
}

/**
 * Two-character pieces of the words LINE_PATTERNS look for anywhere in a line. Read only in lines
 * short enough to be residue (MAX_RESIDUE_LINE), one pattern a line: searching the whole text for
 * each of them cost more than the rest of the rule, as most of a report's text is long paragraphs.
 */
const ANYWHERE = /首页|声明|由会|由用|网友|网用|转载|线阅|字号|字体|打印|关闭|\||｜|发布时|点击量|浏览量|ICP|网安备|©|侵权|下载/;

/** Site names and greetings above the title: …网, …文库, 欢迎来到…. */
const SITE_LINE = /^(?:欢迎(?:来到|访问).{0,20}|.{1,12}(?:网|文库|范文网|资料网|文档网|站))\s*$/;

/** Which kind of residue a trimmed line is, if any. */
function residueKind(text: string, aboveTitle: boolean): string | null {
  if (text.length <= MAX_RESIDUE_LINE) {
    const hit = LINE_PATTERNS.find((p) => p.re.test(text));
    if (hit && (hit.what !== '网站页脚' || FOOTER_WORDS.test(text))) return hit.what;
  }
  return aboveTitle && SITE_LINE.test(text) ? '网站名称' : null;
}


/**
 * Which kind of web-page residue a line is, or null. `aboveTitle`: the line stands above the first
 * title, where a site's name (…网, …文库) may stand too. Residue lines are short; a long paragraph
 * is report text.
 */
export function webResidueKind(lineText: string, aboveTitle: boolean): string | null {
  const first = skipWhiteSpace(lineText);
  if (first === lineText.length) return null;
  const candidate = mayStartResidue(lineText, first) || aboveTitle || (lineText.trimEnd().length - first <= MAX_RESIDUE_LINE && ANYWHERE.test(lineText));
  return candidate ? residueKind(lineText.trim(), aboveTitle) : null;
}
