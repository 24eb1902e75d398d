/** The zh-report engine: pure functions, no editor or LSP imports. */
export { lint, lintModel, parseOptionsFor, type LintOptions, type RuleSetting } from './lint';
export { relintModel } from './incremental';
export { parse, parseKey, looksLikeReport, type ReportModel, type ReportDocument, type Paragraph, type ParseOptions } from './parse/model';
export { outline, bodyOutline, documentOutline, foldingRanges, outlineText, headingName, type OutlineDocument, type OutlineSection } from './outline';
export { applyEdits, fixAllEdits, fixModel, mergeEdits, renumberDocumentEdits, renumberModel, safeFixModel, type FixResult } from './fixes';
export { RULES, ruleById } from './rules';
export { reportFacts, type DocumentFacts, type Orientation } from './facts/report-facts';
export { docPath, hasSafeFixes, type Rule, type OptionSpec } from './rule';
export { detectTypes, normalizeTitle } from './parse/doc-type';
export { patternError } from './re2-patterns';
export * from './types';
export { parseConfig, configToLintOptions, isIncluded, problemCost, type ZhReportConfig, type ConfigProblem, type LoadedConfig, type ConfigOverride } from './config/load';
export { configSchema } from './config/schema';
export type { TypeSpec as TypeSpecInput, SectionSpec } from './catalog';
export { countWords } from './word-count';
export { gbStyleEdits } from './gb-style';
export { zh, fullWidth } from './zh-message';
export { warmUpText } from './warm-up';
