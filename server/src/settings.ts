/** The zhReport.* settings as the server reads them through workspace/configuration. */
import type { RuleSetting, TypeSpecInput, ZhReportConfig } from '../../engine';

export type EnableMode = 'auto' | 'always' | 'never';

/** What zh-report adds to a Markdown report's outline: auto, what # headings do not show; always, all; never, nothing. */
export type MarkdownOutlineMode = 'auto' | 'always' | 'never';

export interface ServerSettings {
  /** auto: check .txt/.md files that look like reports; always: every .txt/.md; never: none. */
  enable: EnableMode;
  rules: Record<string, RuleSetting>;
  allow: string[];
  placeholderPatterns: string[];
  types: TypeSpecInput[];
  /** Documents longer than this many characters are skipped with an information message. */
  maxFileSize: number;
  outlineMarkdown: MarkdownOutlineMode;
  /** Word export: fonts by role and level-3 bold (zhReport.export.*), under a config file's `export`. */
  export: NonNullable<ZhReportConfig['export']> & { fonts: NonNullable<NonNullable<ZhReportConfig['export']>['fonts']> };
}

export const DEFAULT_SETTINGS: ServerSettings = { enable: 'auto', rules: {}, allow: [], placeholderPatterns: [], types: [], maxFileSize: 5_000_000, outlineMarkdown: 'auto', export: { fonts: {} } };

/** Shapes only; the values are validated with the config schema by ConfigStore. */
export function normalizeSettings(raw: unknown): ServerSettings {
  const s = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof ServerSettings, unknown>>;
  const outline = (s as { outline?: { markdown?: unknown } }).outline?.markdown;
  const exported = (s as { export?: { fonts?: Record<string, unknown>; level3Bold?: unknown } }).export;
  const fonts: Record<string, string> = {};
  for (const [role, name] of Object.entries(exported?.fonts ?? {})) if (typeof name === 'string' && name.trim()) fonts[role] = name.trim();
  const list = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);
  return {
    enable: s.enable === 'always' || s.enable === 'never' ? s.enable : 'auto',
    rules: s.rules && typeof s.rules === 'object' && !Array.isArray(s.rules) ? (s.rules as Record<string, RuleSetting>) : {},
    allow: list<string>(s.allow),
    placeholderPatterns: list<string>(s.placeholderPatterns),
    types: list<TypeSpecInput>(s.types),
    maxFileSize: typeof s.maxFileSize === 'number' && s.maxFileSize > 0 ? s.maxFileSize : DEFAULT_SETTINGS.maxFileSize,
    outlineMarkdown: outline === 'always' || outline === 'never' ? outline : 'auto',
    export: { fonts, ...(typeof exported?.level3Bold === 'boolean' ? { level3Bold: exported.level3Bold } : {}) },
  };
}
