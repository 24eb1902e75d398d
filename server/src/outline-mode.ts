/**
 * What zh-report puts in a Markdown report's Outline. VS Code merges every document-symbol
 * provider, and its Markdown extension already lists # headings, so by default (auto) zh-report
 * adds only the numbered levels in body text; `zhReport.outline.markdown` can ask for all of them
 * (always) or none (never).
 */
import { bodyOutline, outline, type OutlineDocument, type ReportModel } from '../../engine';
import type { MarkdownOutlineMode } from './settings';

export function markdownOutline(model: ReportModel, mode: MarkdownOutlineMode): OutlineDocument[] | null {
  if (mode === 'never') return null;
  if (mode === 'always') return outline(model);
  const docs = bodyOutline(model);
  return docs.length ? docs : null;
}
