/**
 * Word export: a parsed report → a .docx laid out per GB/T 9704. Loaded on demand (the server
 * and the CLI require dist/export.js only when an export runs), so it adds nothing to start-up.
 */
import type { ReportModel } from '../parse/model';
import { describeReport } from './describe';
import { writeDocx } from './docx';
import type { ExportOptions } from './layout';

export { describeReport, type Block, type DocumentDescription } from './describe';
export { DEFAULT_EXPORT_OPTIONS, exportOptions, type ExportOptions } from './layout';

export interface ExportResult {
  bytes: Uint8Array;
  /** Heading paragraphs written (run-in ones included): the Outline's count. */
  headings: number;
}

export async function exportReport(model: ReportModel, options: ExportOptions): Promise<ExportResult> {
  const description = describeReport(model);
  const title = description.blocks.find((b) => b.kind === 'title');
  const bytes = await writeDocx(description, options, title?.kind === 'title' ? { title: title.text } : {});
  return { bytes, headings: description.blocks.filter((b) => b.kind === 'heading').length };
}
