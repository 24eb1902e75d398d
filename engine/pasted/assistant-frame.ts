/**
 * The conversational frame a chat assistant puts around the text it writes, pasted into a report
 * along with it (docs/domain.md §9): 当然可以！以下是为您撰写的……, 希望以上内容对您有所帮助, 如需进一步
 * 修改请随时告诉我, 作为一个人工智能模型……, （注：文中数据为示例，请根据实际情况填写）.
 *
 * A report's own wording must stay silent: 现将有关情况报告如下, 以下是本年度的三项重点工作,
 * 注：本表数据截至11月底, a sentence that opens with 当然，. So every pattern needs a cue only an
 * assistant gives: speaking to the user (您, 你), offering more (随时, 告诉我), speaking of itself
 * (人工智能, 我为您), or calling the text a sample to adjust (示例, 仅供参考, 根据实际情况修改).
 */

import { isBlockHeading, isTipsHeadingText, LEAD_SYNTAX, listItemsUnder } from '../parse/tips';

/** Sentence pieces: what a sentence of the frame looks like, each on its own enough. */
/** 你 in 你们, 你局, 你单位 addresses an office; 我 in 我局, 我们, 我市 speaks for one. Neither is the assistant and its user. */
const YOU = '(?:您|你(?![们局市区县省校院委部厅处所单位司]))';
const ME = '我(?![局们市区县省校院委部厅处所单位司镇乡街村站队团会国党军])';
/** The user's office as an assistant names it: 贵单位, 贵校, 你们单位 (a report calls its own 本单位, 我校). */
const YOURS = '(?:贵|你们)(?:单位|学校|校|院|公司|局|部门|中心|机构)';

/** The text itself, as an assistant names it when it gives its length: （全文约2600字）, 本文共约3000字. */
const THE_TEXT = '(?:本文|全文|正文|此文)';
/** What a chat app's label under an answer calls it: 内容由AI生成, 本回答由大模型生成. */
const AN_ANSWER = '内容|本回答|该回答|此回答|回答';
/** What a label says wrote the text: 本文由AI生成, 本回答由大模型生成. */
const BY_A_MODEL = '(?:AI|人工智能|大模型)';

const FRAME: RegExp[] = [
  // Openers: 当然可以！ 好的！ 没问题，以下是… 很高兴为您…
  new RegExp(`^(?:当然(?:可以|没问题|好的|啦)|没问题|好的|好嘞|可以的|非常乐意|很乐意|很高兴|收到)(?:[！!~～]|[，,。.]?(?:以下|下面|这是|根据|为${YOU}|帮${YOU}|给${YOU}|${YOU}))`),
  /^(?:当然|好的|可以)[！!]/,
  // 以下是为您撰写的…; 以下是一份…; 以下是根据您提供的信息起草的工作总结
  new RegExp(`^(?:以下|下面|如下|这|这里)(?:是|为)?(?:${ME})?(?:为|给|帮)${YOU}`),
  /^(?:以下|下面)(?:是|为)(?:一份|一篇)/,
  // 以下是……的参考范文： an introduction to a sample text.
  /^(?:以下|下面)(?:是|为).{0,30}(?:范文|参考稿|参考文本|模板|示例)[：:]?$/,
  /^(?:以下|下面|这|这里)(?:是|为).{0,30}?(?:撰写|起草|拟写|生成|草拟|润色|编写|写好|优化)(?:的|了|好).{0,16}(?:工作总结|述职报告|工作要点|工作计划|调研报告|报告|总结|计划|方案|范文|发言稿|讲话稿|材料|稿件|版本|示例|模板|内容)/,
  new RegExp(`根据${YOU}(?:提供|给出|描述|所说|的要求|的需求|的信息|的描述)`),
  new RegExp(`(?:为|帮|给)${YOU}(?:进一步|再|继续|重新)?(?:撰写|起草|拟写|生成|整理|准备|编写|写|草拟|优化|修改|润色|提供|完善|补充|调整|细化|扩展|续写)`),
  // Closers: 希望对您有所帮助; 如需进一步修改，请随时告诉我; 祝您工作顺利
  new RegExp(`希望.{0,16}(?:对${YOU}|能(?:够)?(?:帮到|帮助)${YOU}|有所帮助|有帮助|(?:为|给)${YOU}.{0,8}(?:提供)?(?:参考|帮助|启发|借鉴))`),
  new RegExp(`(?:随时|欢迎|可以|请|再|继续)(?:告诉|告知|联系|找|问|向|跟|和)${ME}`),
  new RegExp(`如(?:果|若)?${YOU}?(?:还)?(?:需|需要|有需要|想要|希望).{0,20}(?:随时|告诉${ME}|告知${ME}|${ME}可以|${ME}来|${ME}将|为${YOU}|帮${YOU})`),
  new RegExp(`需要${ME}(?:帮|为|再|继续|进一步)`),
  // 需要的话，我也可以提供一个更简洁的版本: an offer of another version of the text.
  new RegExp(`^(?:需要的话|如有需要|如果需要)[，,]?${ME}(?:也|还)?(?:可以|能|会)`),
  new RegExp(`${ME}(?:也|还)?可以(?:再|继续|进一步)?(?:为|给|帮)?(?:提供|写|生成|整理|改写|扩写|精简|调整|出)[^。！？]{0,12}(?:版本|一版|表格|提纲|大纲|初稿)`),
  // 需要我把它改写成正式公文格式吗？ 要不要我再写一个简短版？ an offer put as a question.
  new RegExp(`(?:需要|要不要|是否需要)${ME}[^。！？!?]{0,24}[？?]`),
  // 如有其他需求，我可以……; 如果还有什么需要补充的，请随时提出 (如有疑问，请联系我局 is a notice's).
  new RegExp(`如(?:果|若)?${YOU}?(?:还)?有.{0,8}(?:需求|需要|问题|疑问|想法|修改意见)[^。！？]{0,4}${ME}(?:可以|能|会|再|来|将|随时)`),
  /(?:如果|若)还有(?:什么|其他|别的).{0,12}(?:随时|告诉|提出)/,
  // Advice on the text to its writer: 您可以在每个部分补充具体案例; 建议您在提交前核对数据.
  new RegExp(`${YOU}(?:也|还)?(?:可以|可|不妨)[^。！？]{0,16}?(?:补充|修改|调整|替换|增加|添加|增减|删减|删除|精简|扩充|扩展|充实|完善|细化|润色|填入|填写|插入|套用)`),
  new RegExp(`建议${YOU}`),
  // The assistant asking for approval: 您看这样可以吗？ 这个版本合适吗？
  new RegExp(`${YOU}看(?:这样|看这|一下这)|(?:这个版本|这一版|这版)[^。！？]{0,8}(?:可以吗|满意吗|合适吗|行吗)`),
  // 欢迎继续提问: more questions for the assistant (欢迎大家提问 at a meeting is not).
  new RegExp(`欢迎(?:${YOU}(?:继续|随时|再次?)?|继续|随时|再次?)(?:提问|追问)`),
  new RegExp(`${YOU}(?:可以|可|也可以)?(?:根据|结合).{0,6}(?:实际|自身|${YOURS}|${YOU}的|具体|情况|需要|需求)`),
  // 您的满意就是我们的追求, 您的需求就是我们的方向: a service's slogan, not an assistant.
  new RegExp(`${YOU}的?(?:需求|要求|需要|参考|修改|调整|使用)(?!就是|是我们|即是)|(?:满足|符合)${YOU}|祝${YOU}`),
  // The text called a template, or how to write it: 以上为模板内容, 实际撰写时请结合具体工作数据.
  /^[（(]?(?:以上|上述)(?:内容)?(?:为|是|仅为)(?:模板|范文|示例)/,
  /(?:撰写|写作)(?:时|前)[^。！？]{0,4}请(?:根据|结合|按照|替换|填入|补充)/,
  // Itself: 作为一个人工智能模型…
  /作为(?:一个|一名|一款)(?:人工智能|AI|ai|语言模型|大(?:语言)?模型|智能助手)|作为(?:AI|人工智能)(?:语言)?(?:模型|助手)|作为(?:大)?语言模型|作为智能助手/,
  new RegExp(`${ME}(?:是|只是)(?:一个|一名)?(?:人工智能|AI|ai|语言模型|大模型|智能助手)`),
  // The text called a sample: 文中数据为示例; 以上内容仅供参考，请根据实际情况调整
  /(?:数据|数字|案例|内容|信息|人名|名称|单位)(?:均|都|仅|只|皆)?(?:为|是|系|属)(?:示例|虚构|虚拟|假设|模拟|举例)/,
  // How to use the text: 文中所有数据均需根据实际情况填写, 以上内容可根据单位实际情况进行调整, 文中“XX”处请
  // 填写实际数据. A report tells its readers what to do (请各单位根据实际情况…, 以上工作要点，各县区可根据
  // 实际情况调整), never how to fill itself in.
  /(?:文中|本文|以上|上述|表中)[^。！？，,]{0,8}(?:数据|数字|内容|案例|信息|名称)[^。！？，,]{0,6}(?:需|需要|应|请|可|可以)(?:根据|结合|按照|依据)[^。！？，,]{0,6}?(?:实际|具体)(?:情况)?[^。！？，,]{0,6}(?:填写|核实|修改|调整|替换|补充|完善|增减|删减)/,
  /(?:文中|本文)[^。！？]{0,12}?处?(?:请|需)(?:填写|替换|补充|填入)(?:为|成)?(?:实际|真实|具体)/,
  // The answer's length (（全文约2500字）, 字数统计：约2500字, （本文约3000字，可根据需要删减）): a report does not count its own words.
  new RegExp(
    `^[（(【\\[]?(?:${THE_TEXT}?总?(?:字数|篇幅)(?:统计)?[\\s*]*[：:]?|${THE_TEXT})[\\s*]*(?:共计|总计|合计|共)?(?:大约|约)?[\\s*]*[\\d,，.]+\\s*万?余?字(?:左右|以内|上下)?(?:[，,；;][^。！？）)】\\]]{0,20})?[）)】\\]]?[。.]?\\s*$`,
  ),
  // An offer to write more, without naming itself: 如有需要，可以继续补充具体案例.
  /^(?:如有需要|如果需要|如需要|需要的话)[，,]?(?:可以|可|还可以|也可以)(?:继续|进一步|再)(?:补充|完善|细化|扩展|扩写|润色|修改)/,
  /仅供参考.{0,12}(?:根据|结合).{0,6}(?:实际|具体)|(?:根据|结合)实际(?:情况)?.{0,6}(?:调整|修改|补充|填写|替换).{0,8}仅供参考/,
  new RegExp(`请(?:${YOU})?(?:根据|结合|按照|依据).{0,8}(?:实际|具体|${YOURS}|本单位|自身|${YOU}的)(?:情况)?.{0,6}(?:调整|修改|补充|填写|替换|完善|修订)`),
  // 可根据贵单位实际情况调整, 可以根据贵校实际情况进行删减: a report never calls its own office 贵单位
  // (请贵单位…, a letter's request, and 感谢贵校的支持 are not this).
  new RegExp(`(?:可|可以)(?:根据|结合|参照)${YOURS}`),
  // 本文由AI生成，仅供参考: the text labelled as generated (利用AI辅助批改作业 is a report's subject).
  new RegExp(`(?:本文|全文|此文|以上内容|上述内容|本报告)(?:由|系|为|是)\\s*${BY_A_MODEL}\\s*(?:工具)?(?:辅助|协助)?(?:生成|撰写|创作|写作)`),
  // 内容由AI生成, 本回答由大模型生成: the label a chat app puts under its answer, a sentence of its own
  // (部分教案内容由AI生成后再由教师修改 is a report's subject).
  new RegExp(`^[（(【\\[]?(?:${AN_ANSWER})(?:由|系)\\s*${BY_A_MODEL}\\s*(?:辅助|协助)?(?:生成|撰写|创作|写作)`),
  // 替换为您的真实信息, 替换成你们中心的数据: what to put in is the user's own.
  new RegExp(`(?:替换|换成|改为|填入|填写)(?:为|成)?(?:${YOU}(?:的|自己的)|${YOURS}的)`),
  // 请将XX替换为实际数据, a sentence of its own ((请替换为实际数据) inside a sentence is placeholder's slot).
  new RegExp(`^(?:请|可)?(?:注意)?(?:将|把)[^。！？]{0,16}(?:替换|换成|改为)(?:为|成)?(?:实际|真实|具体|${YOURS}|本单位)的?[^。！？，,]{0,4}?(?:数据|数字|数值|名称|内容|信息|姓名|人名|单位|情况|时间|日期)`),
  // The assistant speaking of what it wrote: 以上是一份较为完整的工作总结框架; 这份总结结构清晰，重点突出.
  /^(?:以上|上面|上述)(?:就|便)?(?:是|为)(?:一份|一篇|一个|一套)/,
  /^(?:这份|这篇)[^。！？]{0,8}(?:总结|报告|范文|稿|材料|要点|计划)[^。！？]{0,4}?(?:结构|框架|条理|层次|逻辑|语言)[^。！？]{0,2}(?:清晰|完整|严谨|规范|简洁|分明)/,
];

/**
 * A notes heading alone on its line (💡 **温馨提示**：, 注意事项：): a report's own notes open so too, so
 * the list under it is the assistant's only when one of its items is frame (noteBlockAt).
 */
const NOTES_HEADING = /^(?:温馨提示|提示|小提示|小贴士|注意事项|注意|说明|使用说明|备注)[*\s\u3000]*[：:]?[*\s\u3000]*$/;

/**
 * The lines of an assistant's notes block whose heading is line `i`: the heading and the list items
 * under it, when one of the items is frame (请将【】中的内容替换为您的真实信息); otherwise none.
 */
export function noteBlockAt(lines: ReadonlyArray<{ masked: string }>, i: number, isFrameLine: (line: number) => boolean): number[] {
  if (!isBlockHeading(lines[i]!.masked, NOTES_HEADING)) return [];
  const items = listItemsUnder(lines, i);
  return items.some(isFrameLine) ? [i, ...items] : [];
}

/** A data note in a report (注：本表数据截至11月底) opens like an assistant's; only a frame cue makes it one. */
const NOTE = /^(?:[（(【\[]?(?:注|说明|备注|提示|温馨提示|小贴士|写作(?:建议|提示))[：:]|[【\[〔](?:注|说明|备注)[】\]〕][：:]?)/;

const SENTENCE = /[^。！？!?…\n]+(?:[。！？!?…]+|$)/g;

export interface FrameSpan {
  start: number;
  end: number;
}

/**
 * An assistant's tip with its content on the same line: 💡 **小提示**：述职时语速适中……, 写作建议：多用数据说话,
 * Tips：写总结时要注意数据翔实.
 * (温馨提示： and 提示： are a report's own words too, and stay data notes.)
 */
const TIPS_LABEL = /^(?:(?:写作|撰写|修改|使用|述职|汇报|发言)?小(?:贴士|提示|技巧)|(?:写作|撰写|述职|汇报|发言)(?:建议|提示|技巧|要点)|(?:写作|撰写)?[Tt]ips?)[*\s\u3000]*[：:]/;

/** A word every TIPS_LABEL holds. */
const TIPS_WORD = /小(?:贴士|提示|技巧)|建议|提示|技巧|要点|[Tt]ip/;
/** Longer than any TIPS_LABEL match: only this much after the leading syntax is read. */
const TIPS_LABEL_MAX = 16;

/**
 * Whether a line opens with an assistant's tips label (TIPS_LABEL), its leading syntax aside. Reads
 * only the line's start: the edge lines of a pasted page can run to thousands of characters.
 */
export function opensWithTipsLabel(text: string): boolean {
  // Most lines hold none of the label's words near their start: no need to measure their syntax.
  if (!TIPS_WORD.test(text.slice(0, 2 * TIPS_LABEL_MAX))) return false;
  const lead = LEAD_SYNTAX.exec(text)?.[0].length ?? 0;
  return TIPS_LABEL.test(text.slice(lead, lead + TIPS_LABEL_MAX));
}

/** A list item's number before a sentence (1. 请将……, （2）……): the sentence starts after it. */
const ITEM_NUMBER = /^(?:\d{1,2}[.．、)）]|[（(]\d{1,2}[)）])[\s\u3000]*/;

function isFrame(sentence: string): boolean {
  const s = sentence.replace(LEAD_SYNTAX, '').replace(ITEM_NUMBER, '');
  if (isTipsHeadingText(s)) return true;
  if (NOTE.test(s)) return FRAME.some((re) => re.test(s.replace(NOTE, '')));
  return FRAME.some((re) => re.test(s));
}

/**
 * The frame sentences on a line, as column spans; a bracketed note (（注：……）) is one span with its
 * brackets. Empty when the line holds none.
 */
export function frameSpans(text: string): FrameSpan[] {
  const out: FrameSpan[] = [];
  // A tip is the whole line, however many sentences it runs to.
  if (opensWithTipsLabel(text)) {
    const start = text.length - text.trimStart().length;
    return [{ start, end: text.trimEnd().length }];
  }
  const note = /[（(【\[](?:注|说明|备注|提示|温馨提示)[：:][^）)】\]]*[）)】\]]/g;
  for (let m = note.exec(text); m; m = note.exec(text)) {
    if (FRAME.some((re) => re.test(m![0].slice(1).replace(NOTE, '')))) out.push({ start: m.index, end: m.index + m[0].length });
  }
  SENTENCE.lastIndex = 0;
  for (let m = SENTENCE.exec(text); m; m = SENTENCE.exec(text)) {
    if (m[0].trim() === '') {
      if (m[0].length === 0) SENTENCE.lastIndex++;
      continue;
    }
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const end = m.index + m[0].trimEnd().length;
    if (out.some((o) => o.start < end && start < o.end)) continue;
    if (isFrame(m[0])) out.push({ start, end });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * How an edge line must begin for an opener or closer without a needle to stand there: 当然可以！
 * 好的！ 以下是一份… 以上是一份…框架, 这份总结结构清晰, 如果还有什么需要补充的…
 */
export const EDGE_START = /^[\s\u3000*#>\-]*(?:当然|没问题|好的|好嘞|可以|非常乐意|很乐意|很高兴|收到|以下|下面|如下|这|以上|上面|上述|如果还有|若还有)/;

/**
 * How a line near a document's end or start opens when it may be a note on the text or its length
 * (注：以上数据仅为示例……, 【注】本文中的具体数字需……, （全文约2500字）, 字数统计：约2500字), an offer to
 * write more (如有需要，可以继续补充具体案例) or a label of generated text (本文由大模型生成): such lines
 * hold no needle, so only the edges read them.
 */
export const EDGE_NOTE = new RegExp(
  `^[\\s\\u3000*#>\\-]*(?:[（(【\\[〔]?(?:注|说明|备注)[\\s*]*[：:]|[【\\[〔](?:注|说明|备注)[】\\]〕]|[（(【\\[]?${THE_TEXT}?总?(?:字数|篇幅)|[（(【\\[]?${THE_TEXT}(?:共计|总计|合计|共)?(?:大约|约)?[\\d,，.]|文中|本文中|如有需要|如果需要|如需要|需要的话|(?:本文|全文|此文|${AN_ANSWER})(?:由|系))`,
);

/**
 * Strings of which every frame sentence that may stand anywhere in a report holds one: the
 * assistant speaking to its user (您, 你, 贵单位) and the notes it leaves in the text (文中数据为示例,
 * 请根据实际情况调整, 作为人工智能模型, 作为一个大模型). Every needle is one more search of the whole text.
 */
export const FRAME_NEEDLES = ['您', '示例', '虚构', '假设', '仅供参考', '人工智能', '模型', 'AI', '请根据', '请结合', '替换'];

/**
 * Needles that count only where they address the user (addressesUserAt): 你 and 贵 are in a
 * report's own words far more often (印发给你们, 你局, 贵州, 宝贵), and a line that holds them so
 * holds no frame sentence that needs them.
 */
export const ADDRESS_NEEDLES = ['你', '贵'];

const ADDRESS = new RegExp(`${YOU}|${YOURS}`, 'y');

/** Whether the 你 or 贵 at `at` addresses the user as YOU or YOURS do (你可以, 你们单位, 贵校). */
export function addressesUserAt(text: string, at: number): boolean {
  ADDRESS.lastIndex = at;
  return ADDRESS.test(text);
}

/**
 * Strings of the frame that closes an answer (如需修改请随时告诉我, 希望以上内容有所帮助, 欢迎继续提问),
 * looked for in the lines at a document's edges only, like the openers and closers that hold no
 * needle at all (当然可以！, 以上是一份……框架, 如果还有什么需要).
 */
export const CLOSING_NEEDLES = ['告诉我', '联系我', '问我', '需要我', '要不要我', '有所帮助', '提问', '追问', '我也可以', '我还可以', '我可以'];
