/**
 * Parsing and validating a config file's text. Pure: the caller reads the file. A problem costs
 * the entry it is in (invalid JSON costs the file), and each problem names its line and column.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { minimatch } from 'minimatch';
import { findNodeAtLocation, getNodeValue, parseTree, type ParseError, printParseErrorCode } from 'jsonc-parser';
import type { LintOptions, RuleSetting } from '../lint';
import { patternError } from '../re2-patterns';
import type { TypeSpec } from '../catalog';
import { RULES } from '../rules';
import { configSchema } from './schema';
import { fullWidth } from '../zh-message';

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
  /** Word export: fonts by role, and whether level-3 headings are bold. */
  export?: { fonts?: Partial<Record<'title' | 'body' | 'heading1' | 'heading2' | 'latin' | 'pageNumber', string>>; level3Bold?: boolean };
}

export interface ConfigProblem {
  /** 1-based. */
  line: number;
  column: number;
  message: string;
  /** What the problem costs: the entry it is in (a rule, a type, an override, a list item), or the whole file. */
  ignored: 'entry' | 'file';
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

type JsonPath = Array<string | number>;

/** The entry a problem at `path` sits in: a rule's setting, a type, an override, an item of a list, or a top-level key. */
function entryOf(path: JsonPath): JsonPath {
  return path.slice(0, 2);
}

function comparePaths(a: JsonPath, b: JsonPath): number {
  // Deeper paths first, and later array items first, so that a removal never shifts another.
  if (a.length !== b.length) return b.length - a.length;
  for (let i = 0; i < a.length; i++) {
    const [x, y] = [a[i]!, b[i]!];
    if (x === y) continue;
    return typeof x === 'number' && typeof y === 'number' ? y - x : String(x) < String(y) ? -1 : 1;
  }
  return 0;
}

/** A copy of `value` without the entries at `paths`. */
function withoutEntries(value: unknown, paths: JsonPath[]): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  const unique = [...new Map(paths.map((p) => [JSON.stringify(p), p])).values()].sort(comparePaths);
  for (const path of unique) {
    let parent: unknown = copy;
    for (const key of path.slice(0, -1)) parent = parent && typeof parent === 'object' ? (parent as Record<string | number, unknown>)[key] : undefined;
    if (!parent || typeof parent !== 'object') continue;
    const last = path[path.length - 1]!;
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete (parent as Record<string | number, unknown>)[last];
  }
  return copy;
}

function jsonPath(instancePath: string): JsonPath {
  return instancePath
    .split('/')
    .slice(1)
    // JSON Pointer escapes, as ajv writes them (no URI encoding: a key may hold a %).
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** Every user pattern in a config value, with its path, where the value has the right shape. */
function patternsIn(value: unknown): Array<{ path: JsonPath; pattern: string }> {
  const out: Array<{ path: JsonPath; pattern: string }> = [];
  const strings = (list: unknown, path: JsonPath): void => {
    if (Array.isArray(list)) list.forEach((p, i) => typeof p === 'string' && out.push({ path: [...path, i], pattern: p }));
  };
  const v = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const patternOptions = RULES.flatMap((rule) => Object.entries(rule.options).filter(([, spec]) => spec.type === 'pattern-array').map(([name]) => ({ rule, name })));
  for (const { rule, name } of patternOptions) {
    for (const [configKey, optionName] of Object.entries(rule.configAliases ?? {})) if (optionName === name) strings(v[configKey], [configKey]);
  }
  const ruleSettings = (rules: unknown, path: JsonPath): void => {
    if (!rules || typeof rules !== 'object') return;
    for (const { rule, name } of patternOptions) {
      const setting = (rules as Record<string, unknown>)[rule.id];
      const options = setting && typeof setting === 'object' ? (setting as { options?: Record<string, unknown> }).options : undefined;
      strings(options?.[name], [...path, rule.id, 'options', name]);
    }
  };
  ruleSettings(v['rules'], ['rules']);
  if (Array.isArray(v['overrides'])) v['overrides'].forEach((o, i) => o && typeof o === 'object' && ruleSettings((o as Record<string, unknown>)['rules'], ['overrides', i, 'rules']));
  if (Array.isArray(v['types'])) v['types'].forEach((t, i) => t && typeof t === 'object' && strings((t as Record<string, unknown>)['titlePatterns'], ['types', i, 'titlePatterns']));
  return out;
}

/**
 * Parses and checks a config file's text. Invalid JSON, or a file that is not an object, falls back
 * to the defaults; any other problem costs only the entry it is in, and the rest of the file applies.
 */
export function parseConfig(text: string): LoadedConfig {
  const errors: ParseError[] = [];
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const tree = parseTree(body, errors, { allowTrailingComma: false, disallowComments: false });
  if (errors.length || !tree) {
    const e = errors[0];
    const at = lineColumn(body, e?.offset ?? 0);
    return { config: {}, problems: [{ ...at, message: `JSON 格式错误 (invalid JSON): ${e ? printParseErrorCode(e.error) : 'empty file'}`, ignored: 'file' }] };
  }
  const value = getNodeValue(tree) as unknown;
  const problems: Array<Omit<ConfigProblem, 'ignored'>> = [];
  const drop: JsonPath[] = [];
  const check = validate();
  if (!check(value)) {
    const errs = (check.errors ?? []).filter((e) => e.keyword !== 'anyOf');
    // anyOf lists one error per branch; report the object branch's errors when the value is an object.
    const seen = new Set<string>();
    for (const e of errs) {
      const path = jsonPath(e.instancePath);
      const key = e.keyword === 'additionalProperties' ? (e.params as { additionalProperty: string }).additionalProperty : null;
      drop.push(entryOf(key ? [...path, key] : path));
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
  for (const { path, pattern } of patternsIn(value)) {
    const err = patternError(pattern);
    if (!err) continue;
    drop.push(path);
    problems.push({ ...lineColumn(body, findNodeAtLocation(tree, path)?.offset ?? 0), message: `占位符模式 ${JSON.stringify(pattern)} 不可用: ${err}` });
  }
  if (!drop.length) return { config: value as ZhReportConfig, problems: [] };
  const rest = drop.some((p) => p.length === 0) ? null : withoutEntries(value, drop);
  // Should what is left still not pass (it always has so far), the file falls back to the defaults.
  const whole = rest === null || !check(rest);
  return { config: (whole ? {} : rest) as ZhReportConfig, problems: problems.map((p) => ({ ...p, ignored: whole ? 'file' : 'entry' })) };
}

/** What a config problem costs, for messages: the entry, or the whole file (defaults are used). */
export function problemCost(problems: readonly ConfigProblem[]): string {
  return problems.every((p) => p.ignored === 'entry')
    ? fullWidth('有误的项已忽略,其余设置照常生效') + ' (the invalid entries are ignored, the rest applies)'
    : '已改用默认设置 (defaults are used)';
}

/**
 * Lint options from a config, over `base` (the editor settings): the config wins. Top-level lists
 * reach the rules that declare them as aliases (allow → placeholder); custom types reach the
 * section rules.
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
  for (const rule of RULES) {
    for (const [configKey, optionName] of Object.entries(rule.configAliases ?? {})) {
      const extra = config[configKey as keyof ZhReportConfig];
      if (!Array.isArray(extra) || !extra.length) continue;
      const current = rules[rule.id];
      const setting = typeof current === 'object' ? current : current ? { severity: current } : {};
      const options = { ...(setting.options ?? {}) };
      options[optionName] = [...((options[optionName] as unknown[] | undefined) ?? []), ...extra];
      rules[rule.id] = { ...setting, options };
    }
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
