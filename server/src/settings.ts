/** The zhReport.* settings as the server reads them through workspace/configuration. */
import type { RuleSetting } from '../../engine';

export type EnableMode = 'auto' | 'always' | 'never';

export interface ServerSettings {
  /** auto: check .txt/.md files that look like reports; always: every .txt/.md; never: none. */
  enable: EnableMode;
  rules: Record<string, RuleSetting>;
  /** Documents longer than this many characters are skipped with an information message. */
  maxFileSize: number;
}

export const DEFAULT_SETTINGS: ServerSettings = { enable: 'auto', rules: {}, maxFileSize: 5_000_000 };

export function normalizeSettings(raw: unknown): ServerSettings {
  const s = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof ServerSettings, unknown>>;
  const enable = s.enable === 'always' || s.enable === 'never' ? s.enable : 'auto';
  const rules = s.rules && typeof s.rules === 'object' && !Array.isArray(s.rules) ? (s.rules as Record<string, RuleSetting>) : {};
  const maxFileSize = typeof s.maxFileSize === 'number' && s.maxFileSize > 0 ? s.maxFileSize : DEFAULT_SETTINGS.maxFileSize;
  return { enable, rules, maxFileSize };
}
