/**
 * Document types and their required sections (docs/domain.md §1). Keywords are matched against
 * headings: a section is present when one of its keywords occurs in a heading's text.
 */
export interface SectionSpec {
  id: string;
  /** The heading text a quick fix inserts. */
  label: string;
  keywords: string[];
  /**
   * The "what was done" section: content headings that name no other section belong to it, so
   * a summary made only of achievement headings (seed 002) has its achievements.
   */
  implicit?: boolean;
  /** A paragraph, not a heading, can carry this section: it opens with its name, or states it (docs/domain.md §1). Built-in types only. */
  lead?: LeadKind;
  /** Recommended, not required: a missing one is reported as information. */
  recommended?: boolean;
  /**
   * Recommended only when the type is the second of a combined report, in catalog order (上半年工作总结及下半年工作计划):
   * the plan part of such a report is its section of next steps, without a guiding idea of its own.
   * Built-in types only.
   */
  recommendedWhenSecond?: boolean;
  /**
   * A type whose part of a combined report is this section: the plan in 2026年工作计划暨2025年工作总结
   * is the summary's next steps. Built-in types only.
   */
  coveredByType?: string;
  /**
   * The section of what comes next. A top-level heading that opens with a year after the report's own
   * names it, whatever else it says (2026年重点工作 in 2025年工作总结 is its next steps, not its work),
   * and so does a closing paragraph that turns to what comes next (在今后的工作中，我将……; 下半年，我们
   * 将重点抓好以下工作：……). Built-in types only.
   */
  nextSteps?: boolean;
}

/** The kinds of paragraph that stand for a section without a heading. */
export type LeadKind = 'problems' | 'guiding-idea' | 'goals' | 'situation';

export interface TypeSpec {
  id: string;
  label: string;
  /** Title keywords; a title containing one names this type. */
  titleKeywords: string[];
  /** RE2 patterns for the title (custom types from the config). */
  titlePatterns?: string[];
  /** Required sections in their conventional order. */
  sections: SectionSpec[];
  /**
   * Title keywords that, naming this type second in a combined title and alone (2026年工作总结和2027年
   * 工作打算), name only the first type's next steps: this type's sections are not looked for.
   * Built-in types only.
   */
  nextStepsOnly?: string[];
}

/**
 * What a plan calls its guiding idea, in a heading or opening a paragraph (……的总体要求是：); the
 * goals stated under such a heading count as stated in the opening.
 */
const GUIDING_IDEA_NAMES = ['指导思想', '总体要求', '总体思路', '基本思路', '指导方针', '总体方针'];

export const BUILTIN_TYPES: TypeSpec[] = [
  {
    id: 'summary',
    label: '工作总结',
    titleKeywords: ['总结', '小结', '工作汇报', '情况汇报', '情况报告'],
    sections: [
      {
        id: 'achievements',
        label: '主要工作完成情况',
        keywords: ['完成情况', '主要成绩', '取得的成绩', '工作成效', '主要成效', '主要做法', '工作开展情况', '开展情况', '工作情况', '进展情况', '工作进展', '工作回顾', '主要工作', '工作亮点', '重点工作', '工作概况', '成绩', '成效', '做法'],
        implicit: true,
      },
      {
        id: 'problems',
        label: '存在问题',
        keywords: ['存在问题', '存在的问题', '存在的不足', '问题与', '问题和', '问题及', '不足之处', '困难和问题', '困难与问题', '主要困难', '存在的困难', '面临的困难', '困难与挑战', '困难和挑战', '主要问题', '短板', '差距', '薄弱环节', '不足', '反思', '需要改进', '有待改进', '有待提高', '有待加强'],
        lead: 'problems',
      },
      {
        id: 'next-steps',
        label: '下一步工作打算',
        coveredByType: 'plan',
        nextSteps: true,
        keywords: ['下一步', '下步', '明年', '新一年', '新的一年', '接下来', '工作谋划', '下一年', '下半年', '下季度', '下一季度', '下阶段', '下一阶段', '下学期', '下年度', '今后', '来年', '工作打算', '工作思路', '工作安排', '工作计划', '工作设想', '努力方向', '改进方向', '改进措施', '整改措施', '整改方向', '展望'],
      },
    ],
  },
  {
    id: 'plan',
    label: '工作要点 / 计划',
    titleKeywords: ['要点', '计划', '安排', '方案', '规划', '打算'],
    nextStepsOnly: ['打算'],
    sections: [
      { id: 'guiding-idea', label: '指导思想', keywords: [...GUIDING_IDEA_NAMES, '工作思路', '指导原则'], lead: 'guiding-idea', recommendedWhenSecond: true },
      { id: 'goals', label: '工作目标', keywords: ['工作目标', '主要目标', '总体目标', '目标任务', '发展目标', '预期目标', '目标'], lead: 'goals', recommended: true },
      {
        id: 'tasks',
        label: '主要任务',
        keywords: ['主要任务', '重点任务', '工作任务', '重点工作', '主要工作', '工作措施', '主要措施', '具体措施', '工作内容', '实施步骤'],
        implicit: true,
      },
    ],
  },
  {
    id: 'duty',
    label: '述职报告',
    titleKeywords: ['述职'],
    sections: [
      {
        id: 'duties',
        label: '履职情况',
        keywords: ['履职', '履行职责', '主要工作', '工作情况', '完成情况', '工作业绩', '主要成绩', '工作成效', '德能勤绩'],
        implicit: true,
      },
      { id: 'shortcomings', label: '存在的不足', keywords: ['不足', '存在问题', '存在的问题', '差距', '短板', '问题与', '问题和', '问题及', '困难和问题', '薄弱环节', '反思', '需要改进', '有待改进', '有待提高', '有待加强'], lead: 'problems' },
      { id: 'direction', label: '今后努力方向', nextSteps: true, keywords: ['努力方向', '今后', '下一步', '下步', '打算', '改进措施', '改进方向', '整改措施', '整改方向', '工作思路', '明年', '来年', '下一年度', '下年度', '下阶段', '下一阶段', '工作计划', '工作安排', '展望', '建议'] },
    ],
  },
  {
    id: 'research',
    label: '调研报告',
    titleKeywords: ['调研', '调查报告', '考察报告'],
    sections: [
      // Not implicit: a survey that opens with its problems has no situation section (docs/domain.md §1).
      { id: 'situation', label: '基本情况', keywords: ['基本情况', '现状', '概况', '总体情况', '调研情况', '调查情况', '主要做法', '调研对象', '调研发现', '调查发现', '主要成效', '取得的成效', '工作成效', '进展', '情况'], lead: 'situation' },
      { id: 'problems', label: '存在问题', keywords: ['存在问题', '存在的问题', '主要问题', '问题与不足', '困难', '短板', '不足', '问题', '挑战', '制约因素', '瓶颈', '症结'], lead: 'problems' },
      { id: 'recommendations', label: '对策建议', keywords: ['建议', '对策', '措施', '思考', '启示', '下一步'] },
    ],
  },
];

/**
 * Paragraphs that stand for a section without a heading (docs/domain.md §1): 存在的问题：……;
 * ……工作的总体要求是：……; in the opening paragraphs or under 一、总体要求, goals stated with figures (全年力争……95%).
 */
export const LEADS: Record<
  LeadKind,
  {
    re: RegExp;
    openingOnly: boolean;
    /** Words one of which the paragraph must hold, checked first. */
    hints?: string[];
    /** A top-level heading under which the paragraph counts as if it opened the document. */
    orUnder?: RegExp;
  }
> = {
  problems: { re: /^[\s\u3000]*(?:但是?|同时)?[,\uFF0C]?(?:存在的?问题|存在的不足|问题与不足)/, openingOnly: false },
  'guiding-idea': { re: new RegExp(`(?:${GUIDING_IDEA_NAMES.join('|')})(?:是|为)?[:\\uFF1A]|^[\\s\\u3000]*(?:坚持)?以[^。]{2,40}为指导`), openingOnly: false, hints: ['总体要求', '指导思想', '思路', '方针', '为指导'] },
  // 一、总体要求 often holds the goals after the guiding idea: 全年力争实现人均预期寿命达到81.5岁.
  goals: { re: /(?:力争|确保|目标(?:是|为)?[:\uFF1A]|主要目标|预期目标|总体目标)[^。]{0,40}\d/, openingOnly: true, orUnder: new RegExp(GUIDING_IDEA_NAMES.join('|')) },
  situation: { re: /^[\s\u3000]*(?:基本情况|现状|概况|基本概况)[:\uFF1A]/, openingOnly: false },
};
