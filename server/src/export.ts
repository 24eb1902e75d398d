/**
 * Word export over LSP. `zhReport/exportPreflight` lints the report and answers its findings of
 * error severity (unfilled placeholders); `zhReport/exportDocx` answers the .docx's bytes (base64).
 * The client asks the writer where to save and writes the file, so the same requests serve the
 * desktop and the web. The exporter (dist/export.js, with the docx package) loads on first use.
 */
import { LSPErrorCodes, ResponseError, type CancellationToken, type Connection, type Range } from 'vscode-languageserver';
import type * as Exporter from '../../engine/export';
import type { ConfigStore } from './config-store';
import type { DocumentStore } from './document-store';

export const EXPORT_PREFLIGHT = 'zhReport/exportPreflight';
export const EXPORT_DOCX = 'zhReport/exportDocx';

export interface PreflightResult {
  errors: Array<{ rule: string; message: string; range: Range }>;
}

export interface ExportDocxResult {
  /** The file's bytes, base64. */
  data: string;
  headings: number;
}

function exporter(): typeof Exporter {
  return require('../../engine/export') as typeof Exporter;
}

/** Base64 without Node's Buffer, so that the web build can use it too. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

const notOpen = (uri: string): ResponseError<void> => new ResponseError(LSPErrorCodes.RequestFailed, `zh-report: ${uri} is not open`);
const cancelled = (): ResponseError<void> => new ResponseError(LSPErrorCodes.RequestCancelled, 'export cancelled');

export function registerExport(connection: Connection, store: DocumentStore, configs: ConfigStore): void {
  connection.onRequest(EXPORT_PREFLIGHT, async (params: { uri: string }): Promise<PreflightResult | ResponseError<void>> => {
    const a = await store.analyze(params.uri);
    if (!a) return notOpen(params.uri);
    return { errors: a.findings.filter((f) => f.severity === 'error').map((f) => ({ rule: f.ruleId, message: f.message, range: f.range })) };
  });

  connection.onRequest(EXPORT_DOCX, async (params: { uri: string }, token: CancellationToken): Promise<ExportDocxResult | ResponseError<void>> => {
    const a = await store.analyze(params.uri);
    if (!a) return notOpen(params.uri);
    const { exportReport, exportOptions } = exporter();
    if (token.isCancellationRequested) return cancelled();
    const { bytes, headings } = await exportReport(a.model, exportOptions(configs.exportSettings(params.uri, a.ctx.settings)));
    if (token.isCancellationRequested) return cancelled();
    return { data: toBase64(bytes), headings };
  });
}
