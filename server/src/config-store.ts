/**
 * The server's view of configuration: editor settings (zhReport.*) underneath, the nearest
 * .zhreportrc file on top ("the config file wins"). Broken files are reported as diagnostics on
 * the file itself and once as a notification; checking carries on with what is valid.
 */
import { URI } from 'vscode-uri';
import type { Connection, Diagnostic } from 'vscode-languageserver';
import { configToLintOptions, fullWidth, parseConfig, problemCost, type LintOptions, type ZhReportConfig } from '../../engine';
import { CONFIG_NAMES, ConfigFileCache, type ConfigFile } from '../../engine/config/files';
import type { Platform } from './platform';
import { SOURCE } from './convert';
import type { ServerSettings } from './settings';

export interface ResolvedOptions {
  options: LintOptions;
  included: boolean;
}

/** The file a document stands for: itself, or for the text of a .docx (zh-report-docx:), the .docx. */
function onDisk(uri: string): string {
  const parsed = URI.parse(uri);
  return parsed.scheme === 'zh-report-docx' ? parsed.query : uri;
}

export class ConfigStore {
  private readonly files: ConfigFileCache;
  /** Config files (and settings) whose problems were already shown, keyed with their content. */
  private readonly notified = new Set<string>();
  private readonly reported = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly platform: Pick<Platform, 'configHost' | 'configKey'>,
  ) {
    this.files = new ConfigFileCache(platform.configHost, (file) => this.report(file));
  }

  isConfigFile(uri: string): boolean {
    const path = URI.parse(uri).path;
    return CONFIG_NAMES.includes(path.slice(path.lastIndexOf('/') + 1));
  }

  /** Forget everything read from disk (a config file was created, changed or deleted). */
  invalidate(): void {
    this.files.invalidate();
  }

  /** The config file's `export` section for a document, over the settings' (the config file wins). */
  exportSettings(uri: string, settings: ServerSettings): ZhReportConfig['export'] {
    const key = this.platform.configKey(onDisk(uri));
    const fromFile = key === null ? undefined : this.files.forFile(key)?.config.export;
    return { ...settings.export, ...fromFile, fonts: { ...settings.export.fonts, ...fromFile?.fonts } };
  }

  /** Lint options for a document: settings, then the config file and its overrides. */
  resolve(uri: string, settings: ServerSettings): ResolvedOptions {
    const base = this.settingsOptions(settings);
    const key = this.platform.configKey(onDisk(uri));
    if (key === null) return { options: base, included: true };
    return this.files.optionsFor(key, base);
  }

  private readonly settingsCache = new WeakMap<ServerSettings, LintOptions>();

  /** Settings validated like a config file; cached per settings object, which changes only on a settings change. */
  private settingsOptions(settings: ServerSettings): LintOptions {
    const cached = this.settingsCache.get(settings);
    if (cached) return cached;
    const options = this.validateSettings(settings);
    this.settingsCache.set(settings, options);
    return options;
  }

  private validateSettings(settings: ServerSettings): LintOptions {
    const asConfig: ZhReportConfig = { rules: settings.rules, allow: settings.allow, placeholderPatterns: settings.placeholderPatterns, types: settings.types };
    const { config, problems } = parseConfig(JSON.stringify(asConfig));
    if (problems.length) this.notifyOnce(`settings:${JSON.stringify(asConfig)}`, `${fullWidth('zh-report 设置有误,已忽略')} (invalid zhReport settings, ignored): ${problems.map((p) => p.message).join('; ')}`);
    return configToLintOptions(config);
  }

  /** Diagnostics on the config file itself, and one notification per broken version of it. */
  private report(file: ConfigFile): void {
    // On the web the path already is the file's URI.
    const uri = file.path.includes('://') ? file.path : URI.file(file.path).toString();
    const diagnostics: Diagnostic[] = file.problems.map((p) => ({
      range: { start: { line: p.line - 1, character: p.column - 1 }, end: { line: p.line - 1, character: p.column } },
      severity: 1,
      source: SOURCE,
      code: 'config',
      message: `${p.message}; ${problemCost([p])}`,
    }));
    if (diagnostics.length || this.reported.has(uri)) {
      void this.connection.sendDiagnostics({ uri, diagnostics });
      if (diagnostics.length) this.reported.add(uri);
      else this.reported.delete(uri);
    }
    if (file.problems.length) {
      const first = file.problems[0]!;
      this.notifyOnce(`${file.path}:${JSON.stringify(file.problems)}`, `${fullWidth('zh-report 配置文件有误,')}${problemCost(file.problems)}: ${file.path}:${first.line}:${first.column} ${first.message}`);
    }
  }

  private notifyOnce(key: string, message: string): void {
    if (this.notified.has(key)) return;
    this.notified.add(key);
    void this.connection.window.showErrorMessage(message);
  }
}
