/** The lint command's output formats: text, JSON, SARIF 2.1.0 and GitHub workflow annotations. */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES, type Finding, type Severity } from '../engine';
import { textDiagnostic } from './common';
import { packageInfo } from './package-info';

export interface FileResult {
  /** As shown: relative to the working directory. */
  shown: string;
  type: string;
  encoding?: string;
  findings: Finding[];
  paragraphOf?: number[];
  /** Why the file was not linted. */
  skipped?: string;
}

export function formatText(results: FileResult[]): string[] {
  const lines: string[] = [];
  for (const r of results) for (const f of r.findings) lines.push(textDiagnostic(r.shown, f, r.paragraphOf));
  lines.push(`${results.filter((r) => !r.skipped).length} 个文件 files checked`);
  return lines;
}

export function formatJson(results: FileResult[]): string {
  const files = results.map((r) =>
    r.skipped
      ? { path: r.shown, type: 'unknown', skipped: r.skipped, diagnostics: [] }
      : {
          path: r.shown,
          type: r.type,
          encoding: r.encoding,
          diagnostics: r.findings.map((f) => ({
            rule: f.ruleId,
            category: f.category,
            severity: f.severity,
            line: f.range.start.line + 1,
            column: f.range.start.character + 1,
            endLine: f.range.end.line + 1,
            endColumn: f.range.end.character + 1,
            message: f.message,
            data: r.paragraphOf ? { ...f.data, paragraph: r.paragraphOf[f.range.start.line] } : (f.data ?? {}),
          })),
        },
  );
  return JSON.stringify({ version: 1, files }, null, 2);
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** The doc page of a rule, online: what SARIF viewers link to. */
export function helpUri(ruleId: string): string {
  return `${packageInfo().repository}/blob/main/docs/rules/${ruleId}.md`;
}

/** SARIF 2.1.0: every rule with its doc page, every finding with a region in UTF-16 code units, 1-based. */
export function formatSarif(results: FileResult[]): string {
  const { version, repository } = packageInfo();
  const index = new Map(RULES.map((r, i) => [r.id, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'zh-report',
            version,
            informationUri: repository,
            rules: RULES.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|-)([a-z])/g, (_m, _d: string, c: string) => c.toUpperCase()),
              shortDescription: { text: r.description },
              helpUri: helpUri(r.id),
              defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] },
              properties: { category: r.category },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        artifacts: results.map((r) => ({ location: { uri: toUri(r.shown) } })),
        results: results.flatMap((r, artifact) =>
          r.findings.map((f) => ({
            ruleId: f.ruleId,
            ruleIndex: index.get(f.ruleId)!,
            level: SARIF_LEVEL[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: toUri(r.shown), index: artifact },
                  region: { startLine: f.range.start.line + 1, startColumn: f.range.start.character + 1, endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1 },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}

/** A relative path as a URI reference (forward slashes, each segment percent-encoded); an absolute one as a file: URI. */
function toUri(shown: string): string {
  if (path.isAbsolute(shown)) return pathToFileURL(shown).href;
  return shown.split(/[\\/]/).map(encodeURIComponent).join('/');
}

/** GitHub workflow commands: % \r \n are escaped in data, and , : too in properties. */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const GITHUB_COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/** ::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=rule::message — one annotation per finding. */
export function formatGithub(results: FileResult[]): string[] {
  return results.flatMap((r) =>
    r.findings.map(
      (f) =>
        `::${GITHUB_COMMAND[f.severity]} file=${escapeProperty(r.shown.split(/[\\/]/).join('/'))},line=${f.range.start.line + 1},col=${f.range.start.character + 1},endLine=${f.range.end.line + 1},endColumn=${f.range.end.character + 1},title=${escapeProperty(`zh-report ${f.ruleId}`)}::${escapeData(f.message)}`,
    ),
  );
}
