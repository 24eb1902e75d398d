/**
 * The part of each rule's doc page that comes from the rule's metadata (docs/rules/<id>.md): its
 * one-line description, category, default severity, fixes and options. Rule metadata is the single
 * source; `npm run docs` rewrites this part, and a test fails when a page is stale. The rest of the
 * page is written by hand.
 */
import { fullWidth, type OptionSpec, type Rule } from '../../engine';

export const GENERATED_START = '<!-- 以下由规则元数据生成\uFF08npm run docs\uFF09\uFF0C请勿手改 / generated from the rule metadata by npm run docs; do not edit -->';
export const GENERATED_END = '<!-- 生成部分结束 / end of generated part -->';

/** Rule texts are written "中文 / English" or "中文 (English)" with ASCII punctuation; docs show the Chinese half full-width. */
export function bilingual(text: string): string {
  const split = /\s?\/\s(?=[A-Za-z])|\s\((?=[A-Za-z])/.exec(text);
  return split ? fullWidth(text.slice(0, split.index)) + text.slice(split.index) : fullWidth(text);
}

const FIXES: Record<NonNullable<Rule['fixSafety']> | 'none', string> = {
  safe: '安全，可一次全部应用 safe: applied by fix-all',
  review: '逐条确认后应用 offered one by one for review',
  none: '无 none',
};

function optionType(spec: OptionSpec): string {
  return { boolean: 'boolean', number: 'number', 'string-array': 'string[]', 'pattern-array': 'string[] (RE2)' }[spec.type];
}

export function generatedPart(rule: Rule): string {
  const lines = [
    GENERATED_START,
    `> ${bilingual(rule.description)}`,
    '',
    '| 类别 Category | 默认级别 Default severity | 修复 Fixes |',
    '|---|---|---|',
    `| \`${rule.category}\` | \`${rule.defaultSeverity}\` | ${FIXES[rule.fixSafety ?? 'none']} |`,
    '',
  ];
  const options = Object.entries(rule.options);
  if (options.length) {
    lines.push('| 选项 Option | 类型 Type | 默认 Default | 说明 Description |', '|---|---|---|---|');
    for (const [name, spec] of options) lines.push(`| \`${name}\` | ${optionType(spec)} | \`${JSON.stringify(spec.default)}\` | ${bilingual(spec.description)} |`);
  } else {
    lines.push('选项 Options：无 none.');
  }
  const aliases = Object.entries(rule.configAliases ?? {});
  if (aliases.length) {
    lines.push('', `配置文件顶层的 ${aliases.map(([key, option]) => `\`${key}\`（并入 \`${option}\`）`).join('、')} 也适用于此规则。Top-level config keys ${aliases.map(([key, option]) => `\`${key}\` → \`${option}\``).join(', ')} feed this rule.`);
  }
  lines.push(GENERATED_END);
  return lines.join('\n');
}

/** The page with its generated part replaced (or inserted under the title). */
export function withGeneratedPart(page: string, rule: Rule): string {
  const start = page.indexOf(GENERATED_START);
  const end = page.indexOf(GENERATED_END);
  if (start >= 0 && end > start) return page.slice(0, start) + generatedPart(rule) + page.slice(end + GENERATED_END.length);
  const title = `# ${rule.id}\n`;
  const body = page.startsWith(title) ? page.slice(title.length).replace(/^\n+/, '') : page;
  return `${title}\n${generatedPart(rule)}\n\n${body}`;
}
