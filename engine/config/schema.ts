/** The config file's JSON schema, generated from the rules' metadata so that it cannot drift. */
import type { OptionSpec, Rule } from '../rule';
import { RULES } from '../rules';

const SEVERITIES = ['off', 'error', 'warning', 'information', 'hint'];

function optionSchema(spec: OptionSpec): Record<string, unknown> {
  switch (spec.type) {
    case 'boolean':
      return { type: 'boolean', default: spec.default, description: spec.description };
    case 'number':
      return { type: 'number', default: spec.default, description: spec.description, ...(spec.minimum !== undefined ? { minimum: spec.minimum } : {}) };
    case 'string-array':
    case 'pattern-array':
      return { type: 'array', items: { type: 'string' }, default: spec.default, description: spec.description };
  }
}

function ruleSchema(rule: Rule): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(rule.options)) options[name] = optionSchema(spec);
  return {
    description: `${rule.description} (默认 default: ${rule.defaultSeverity}; docs/rules/${rule.id}.md)`,
    anyOf: [
      { enum: SEVERITIES },
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          severity: { enum: SEVERITIES },
          options: { type: 'object', additionalProperties: false, properties: options },
        },
      },
    ],
  };
}

const stringList = (description: string): Record<string, unknown> => ({ type: 'array', items: { type: 'string' }, description });

const ID = { type: 'string', pattern: '^[a-z][a-z0-9-]*$' };

function typeSchema(): Record<string, unknown> {
  return {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'label', 'sections'],
    properties: {
      id: { ...ID, description: '类型 id;与内置类型(summary/plan/duty/research)同名时替换之 / type id; a built-in id replaces that type' },
      label: { type: 'string', description: '显示名称,如“安全检查报告” / display name' },
      titleKeywords: stringList('标题含这些词即为此类型 / a title containing one of these names this type'),
      titlePatterns: stringList('标题匹配这些正则(RE2)即为此类型 / RE2 patterns for the title'),
      sections: {
        type: 'array',
        minItems: 1,
        description: '必备部分,按惯常顺序 / required sections in their usual order',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'label', 'keywords'],
          properties: {
            id: ID,
            label: { type: 'string', description: '快速修复插入的标题文字 / heading text the quick fix inserts' },
            keywords: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1, description: '标题含这些词即为此部分 / a heading containing one names this section' },
            implicit: { type: 'boolean', description: '没有标题点名时,写工作内容的一级标题即视为此部分 / content headings count as this section' },
          },
        },
      },
    },
  };
}

export function configSchema(): Record<string, unknown> {
  const rules: Record<string, unknown> = {};
  for (const rule of RULES) rules[rule.id] = ruleSchema(rule);
  const rulesSchema = { type: 'object', description: '每条规则的级别或 off,以及选项 / per-rule severity or off, and options', additionalProperties: false, properties: rules };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://zh-report.dev/schemas/zhreportrc.schema.json',
    title: 'zh-report configuration (.zhreportrc.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: rulesSchema,
      allow: stringList('视为正常文字、不报占位符的词语 / words that are ordinary text, never placeholders'),
      placeholderPatterns: stringList('额外的占位符正则(RE2 语法)/ extra placeholder patterns (RE2 syntax)'),
      include: stringList('只检查匹配这些 glob 的文件 / check only files matching these globs'),
      ignore: stringList('不检查匹配这些 glob 的文件 / never check files matching these globs'),
      types: { type: 'array', description: '自定义报告类型 / custom report types', items: typeSchema() },
      export: {
        type: 'object',
        description: '导出 Word(GB/T 9704 版式)/ Word export (GB/T 9704 layout)',
        additionalProperties: false,
        properties: {
          fonts: {
            type: 'object',
            description: '各部分的字体名称(办公室常用 仿宋_GB2312 或 仿宋)/ font names by role',
            additionalProperties: false,
            properties: {
              title: { type: 'string', description: '标题,2号,默认 方正小标宋简体 / title, 22 pt' },
              body: { type: 'string', description: '正文和三、四级标题,3号,默认 仿宋_GB2312 / body and levels 3–4, 16 pt' },
              heading1: { type: 'string', description: '一级标题,默认 黑体 / level 1' },
              heading2: { type: 'string', description: '二级标题,默认 楷体_GB2312 / level 2' },
              latin: { type: 'string', description: '字母和数字,默认 Times New Roman / Latin letters and digits' },
              pageNumber: { type: 'string', description: '页码,4号,默认 宋体 / page numbers, 14 pt' },
            },
          },
          level3Bold: { type: 'boolean', description: '三级标题加粗(常见做法,非标准要求)/ bold level-3 headings' },
        },
      },
      overrides: {
        type: 'array',
        description: '按文件设置类型或规则 / per-file type or rules',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['files'],
          properties: {
            files: stringList('glob,相对于配置文件所在目录 / globs relative to the config file'),
            type: { type: 'string', description: '这些文件的报告类型 / report type of these files' },
            rules: rulesSchema,
          },
        },
      },
    },
  };
}
