/** zh-report --explain RULE and --print-config FILE. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fullWidth, ruleById, RULES, type RuleSetting } from '../engine';
import { optionsForFile } from '../engine/node/config-files';
import { UsageError } from './args';
import { ConfigResolver, shownPath } from './common';
import { packageInfo } from './package-info';

/** The rule's doc page, as Markdown, without the markers around its generated part. */
export function explain(ruleId: string): string {
  const rule = ruleById(ruleId);
  if (!rule) throw new UsageError(fullWidth(`没有规则 ${ruleId};可用的规则:${RULES.map((r) => r.id).join('、')}`) + ` (no rule ${ruleId})`);
  const file = path.join(packageInfo().root, 'docs', 'rules', `${rule.id}.md`);
  if (!fs.existsSync(file)) return `# ${rule.id}\n\n${rule.description}\n`;
  return fs.readFileSync(file, 'utf8').replace(/^<!--.*-->\n/gm, '');
}

interface Sourced<T> {
  value: T;
  from: string;
}

/**
 * The configuration that applies to a file, and where each part comes from: the default, the
 * config file, or one of its overrides.
 */
export function printConfig(file: string, explicitConfig: string | null, err: (s: string) => void): string {
  const configs = new ConfigResolver(explicitConfig, err);
  const config = configs.forFile(file);
  const { options, included } = optionsForFile(config, file);
  const where = config ? shownPath(config.path) : null;
  const relative = config ? path.relative(path.dirname(config.path), path.resolve(file)).split(path.sep).join('/') : '';
  const fromFile = config?.config ?? {};
  const overrideFor = (ruleId: string): number => (fromFile.overrides ?? []).map((o, i) => ({ o, i })).filter(({ o }) => o.rules?.[ruleId] !== undefined && matches(relative, o.files)).pop()?.i ?? -1;
  const rules: Record<string, Sourced<RuleSetting | undefined> & { default: string }> = {};
  for (const rule of RULES) {
    const override = overrideFor(rule.id);
    const from = override >= 0 ? `${where} overrides[${override}]` : fromFile.rules?.[rule.id] !== undefined ? `${where} rules` : 'default';
    rules[rule.id] = { value: options.rules?.[rule.id] ?? rule.defaultSeverity, from, default: rule.defaultSeverity };
  }
  const type: Sourced<string | null> = { value: options.type ?? null, from: options.type ? `${where}` : 'title' };
  return JSON.stringify(
    {
      file,
      configFile: where,
      checked: included,
      ...(included ? {} : { why: `ignored by ${where} include/ignore` }),
      type,
      customTypes: { value: (options.customTypes ?? []).map((t) => t.id), from: options.customTypes?.length ? where : 'default' },
      export: { value: fromFile.export ?? {}, from: fromFile.export ? where : 'default' },
      rules,
    },
    null,
    2,
  );
}

function matches(relative: string, globs: readonly string[]): boolean {
  const { minimatch } = require('minimatch') as typeof import('minimatch');
  return globs.some((g) => minimatch(relative, g, { dot: true, matchBase: !g.includes('/') }));
}
