/**
 * Parsing and validating a config file's text. Pure: the caller reads the file. Any problem makes
 * the whole file fall back to the defaults, and each problem names its line and column.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { minimatch } from 'minimatch';
import { findNodeAtLocation, getNodeValue, parseTree, type ParseError, printParseErrorCode } from 'jsonc-parser';
import type { LintOptions, RuleSetting } from '../lint';
import { patternError } from '../placeholder/custom-patterns';
import type { TypeSpec } from '../sections/catalog';
import { configSchema } from './schema';

export interface ConfigOverride {
  files: string[];
  type?: string;
  rules?: Record<string, RuleSetting>;
}

export interface ZhReportConfig {
  rules?: Record<string, RuleSetting>;
  allow?: string[];
  placeholderPatterns?: string[];
  include?: string[];
  ignore?: string[];
  types?: TypeSpec[];
  overrides?: ConfigOverride[];
}

export interface ConfigProblem {
  /** 1-based. */
  line: number;
  column: number;
  message: string;
}

export interface LoadedConfig {
  config: ZhReportConfig;
  problems: ConfigProblem[];
}

let validator: ValidateFunction | null = null;

/**
 * ajv is loaded on the first config file, not at start: most workspaces have none (the language
 * server loads it from dist/ajv.js).
 */
function validate(): ValidateFunction {
  if (!validator) {
    const Ajv = (require('ajv') as typeof import('ajv')).default;
    validator = new Ajv({ allErrors: true, strict: false }).compile(configSchema());
  }
  return validator;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function describe(e: ErrorObject): string {
  const where = e.instancePath || '(根 root)';
  switch (e.keyword) {
    case 'additionalProperty':
    case 'additionalProperties': {
      const key = (e.params as { additionalProperty: string }).additionalProperty;
      return e.instancePath === '/rules' ? `未知的规则 “${key}” (unknown rule id)` : `${where}: 未知的设置项 “${key}” (unknown property)`;
    }
    case 'enum':
      return `${where}: 应为 ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(' / ')} 之一`;
    case 'type':
      return `${where}: 类型错误,应为 ${(e.params as { type: string }).type} (wrong type)`;
    default:
      return `${where}: ${e.message ?? e.keyword}`;
  }
}

export function parseConfig(text: string): LoadedConfig {
  const errors: ParseError[] = [];
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const tree = parseTree(body, errors, { allowTrailingComma: false, disallowComments: false });
  if (errors.length || !tree) {
    const e = errors[0];
    const at = lineColumn(body, e?.offset ?? 0);
    return { config: {}, problems: [{ ...at, message: `JSON 格式错误 (invalid JSON): ${e ? printParseErrorCode(e.error) : 'empty file'}` }] };
  }
  const value = getNodeValue(tree) as unknown;
  const problems: ConfigProblem[] = [];
  const check = validate();
  if (!check(value)) {
    const errs = (check.errors ?? []).filter((e) => e.keyword !== 'anyOf');
    // anyOf lists one error per branch; report the object branch's errors when the value is an object.
    const seen = new Set<string>();
    for (const e of errs) {
      const path = e.instancePath.split('/').slice(1).map(decodeURIComponent);
      const key = e.keyword === 'additionalProperties' ? (e.params as { additionalProperty: string }).additionalProperty : null;
      const node = findNodeAtLocation(tree, key ? [...path, key] : path);
      const target = node?.parent && key ? node.parent : node;
      const msg = describe(e);
      if (seen.has(msg)) continue;
      if (e.keyword === 'enum' && errs.some((o) => o.instancePath.startsWith(e.instancePath + '/'))) continue;
      if (e.keyword === 'type' && (e.params as { type: string }).type === 'object' && errs.some((o) => o.keyword === 'enum' && o.instancePath === e.instancePath)) {
        // A rule set to an unknown severity string: the enum error says it better.
        continue;
      }
      seen.add(msg);
      problems.push({ ...lineColumn(body, target?.offset ?? 0), message: msg });
    }
  }
  const config = (problems.length ? {} : value) as ZhReportConfig;
  const patterns: Array<{ path: Array<string | number>; pattern: unknown }> = [];
  (config.placeholderPatterns ?? []).forEach((p, i) => patterns.push({ path: ['placeholderPatterns', i], pattern: p }));
  const ruleSetting = config.rules?.['placeholder'];
  if (ruleSetting && typeof ruleSetting === 'object') {
    const list = ruleSetting.options?.['patterns'];
    if (Array.isArray(list)) list.forEach((p, i) => patterns.push({ path: ['rules', 'placeholder', 'options', 'patterns', i], pattern: p }));
  }
  (config.types ?? []).forEach((t, i) => (t.titlePatterns ?? []).forEach((p, j) => patterns.push({ path: ['types', i, 'titlePatterns', j], pattern: p })));
  for (const { path, pattern } of patterns) {
    const err = typeof pattern === 'string' ? patternError(pattern) : null;
    if (err) problems.push({ ...lineColumn(body, findNodeAtLocation(tree, path)?.offset ?? 0), message: `占位符模式 ${JSON.stringify(pattern)} 不可用: ${err}` });
  }
  return problems.length ? { config: {}, problems } : { config, problems };
}

/**
 * Lint options from a config, over `base` (the editor settings): the config wins. Extra allowed
 * words and patterns reach the placeholder rule; custom types reach the section rules.
 * `relativePath` (to the config file's folder, with / separators) selects the overrides that apply.
 */
export function configToLintOptions(config: ZhReportConfig, base: LintOptions = {}, relativePath?: string): LintOptions {
  const rules: Record<string, RuleSetting | undefined> = { ...(base.rules ?? {}), ...(config.rules ?? {}) };
  let type = base.type;
  if (relativePath !== undefined) {
    for (const o of config.overrides ?? []) {
      if (!matchesAny(relativePath, o.files)) continue;
      Object.assign(rules, o.rules ?? {});
      if (o.type) type = o.type;
    }
  }
  if (config.allow?.length || config.placeholderPatterns?.length) {
    const current = rules['placeholder'];
    const setting = typeof current === 'object' ? current : current ? { severity: current } : {};
    const options = { ...(setting.options ?? {}) };
    options['allow'] = [...((options['allow'] as string[] | undefined) ?? []), ...(config.allow ?? [])];
    options['patterns'] = [...((options['patterns'] as string[] | undefined) ?? []), ...(config.placeholderPatterns ?? [])];
    rules['placeholder'] = { ...setting, options };
  }
  const out: LintOptions = { ...base, rules };
  if (config.types?.length) out.customTypes = [...(base.customTypes ?? []), ...config.types.map((t) => ({ ...t, titleKeywords: t.titleKeywords ?? [] }))];
  if (type) out.type = type;
  return out;
}

function matchesAny(relativePath: string, globs: readonly string[]): boolean {
  return globs.some((g) => minimatch(relativePath, g, { dot: true, matchBase: !g.includes('/') }));
}

/** Whether the config's include/ignore globs let this file be checked. */
export function isIncluded(config: ZhReportConfig, relativePath: string): boolean {
  if (config.ignore?.length && matchesAny(relativePath, config.ignore)) return false;
  if (config.include?.length) return matchesAny(relativePath, config.include);
  return true;
}
