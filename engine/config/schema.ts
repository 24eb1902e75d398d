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

export function configSchema(): Record<string, unknown> {
  const rules: Record<string, unknown> = {};
  for (const rule of RULES) rules[rule.id] = ruleSchema(rule);
  const stringList = (description: string) => ({ type: 'array', items: { type: 'string' }, description });
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://zh-report.dev/schemas/zhreportrc.schema.json',
    title: 'zh-report configuration (.zhreportrc.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: { type: 'object', description: '每条规则的级别或 off,以及选项 / per-rule severity or off, and options', additionalProperties: false, properties: rules },
      allow: stringList('视为正常文字、不报占位符的词语 / words that are ordinary text, never placeholders'),
      placeholderPatterns: stringList('额外的占位符正则(RE2 语法)/ extra placeholder patterns (RE2 syntax)'),
      include: stringList('只检查匹配这些 glob 的文件 / check only files matching these globs'),
      ignore: stringList('不检查匹配这些 glob 的文件 / never check files matching these globs'),
    },
  };
}
