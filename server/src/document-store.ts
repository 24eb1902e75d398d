/**
 * The server's per-document state and its one gate. For each open document it keeps the parsed
 * model of the latest version (reused while the parse options are the same, by the engine's
 * parseKey) and the findings of that model under the current configuration. `gate` decides for
 * every handler whether a document is checked at all: enable setting, include/ignore, size, and
 * whether it looks like a report. A handler that gets anything but a checked document answers
 * with nothing.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lintModel, looksLikeReport, parseKey, parseOptionsFor, relintModel, type Finding, type LintOptions, type ReportModel, type parse } from '../../engine';
import type { ServerSettings } from './settings';

export const REPORT_LANGUAGE = 'zh-report';

export interface DocumentContext {
  settings: ServerSettings;
  options: LintOptions;
  /** False when the config's include/ignore globs leave the document out. */
  included: boolean;
}

export interface CheckedDocument {
  status: 'checked';
  doc: TextDocument;
  ctx: DocumentContext;
  model: ReportModel;
  /** The findings of this version under the current configuration, linted once. */
  findings(): Finding[];
}

/** Why a document is not checked: closed, turned off (setting, ignore globs), too large, or not a report. */
export type Unchecked = { status: 'closed' } | { status: 'off' | 'not-a-report'; doc: TextDocument } | { status: 'too-large'; doc: TextDocument; ctx: DocumentContext };

export type GateResult = CheckedDocument | Unchecked;

export interface StoreDeps {
  /** The open document with this URI, at its latest version. */
  document(uri: string): TextDocument | undefined;
  /** Settings and lint options for a document (settings, then the config file). */
  contextOf(doc: TextDocument): Promise<DocumentContext>;
  /** The engine's parse, passed in so that a test can count parses. */
  parse: typeof parse;
}

interface Entry {
  version: number;
  model: ReportModel;
  /** Findings of `model` under configuration `generation`; null until first asked for. */
  findings: Finding[] | null;
  generation: number;
  /**
   * The version before, with its findings, kept until this version is linted: an edit then
   * relints only the lines it changed for the line-local rules (engine/incremental.ts).
   */
  previous: { model: ReportModel; findings: Finding[]; generation: number } | null;
}

export class DocumentStore {
  private readonly entries = new Map<string, Entry>();
  /** Bumped on every settings or config change: findings linted before it are stale. */
  private generation = 0;

  constructor(private readonly deps: StoreDeps) {}

  /** The one decision every handler goes through. */
  async gate(uri: string): Promise<GateResult> {
    const before = this.deps.document(uri);
    if (!before) return { status: 'closed' };
    const ctx = await this.deps.contextOf(before);
    // The document may have changed or closed while settings were fetched: decide on what it is now.
    const doc = this.deps.document(uri);
    if (!doc) return { status: 'closed' };
    if (ctx.settings.enable === 'never' || !ctx.included) return { status: 'off', doc };
    if (doc.getText().length > ctx.settings.maxFileSize) return { status: 'too-large', doc, ctx };
    const model = this.modelOf(doc, ctx.options);
    if (ctx.settings.enable !== 'always' && doc.languageId !== REPORT_LANGUAGE && !looksLikeReport(model)) return { status: 'not-a-report', doc };
    return { status: 'checked', doc, ctx, model, findings: () => this.findingsOf(doc, model, ctx.options) };
  }

  /**
   * The model and findings of a document whatever the gate says: for what the user asks for by name
   * (an export lints its report first even where checking is turned off). Null when not open.
   */
  async analyze(uri: string): Promise<{ doc: TextDocument; ctx: DocumentContext; model: ReportModel; findings: Finding[] } | null> {
    const before = this.deps.document(uri);
    if (!before) return null;
    const ctx = await this.deps.contextOf(before);
    const doc = this.deps.document(uri);
    if (!doc) return null;
    const model = this.modelOf(doc, ctx.options);
    return { doc, ctx, model, findings: this.findingsOf(doc, model, ctx.options) };
  }

  /** The model of the document's current version, parsed again only when the text or the parse options changed. */
  private modelOf(doc: TextDocument, options: LintOptions): ReportModel {
    const parseOptions = parseOptionsFor(options);
    const entry = this.entries.get(doc.uri);
    if (entry && entry.version === doc.version && entry.model.key === parseKey(parseOptions)) return entry.model;
    const model = this.deps.parse(doc.getText(), parseOptions);
    const previous = entry?.findings ? { model: entry.model, findings: entry.findings, generation: entry.generation } : (entry?.previous ?? null);
    this.entries.set(doc.uri, { version: doc.version, model, findings: null, generation: this.generation, previous });
    return model;
  }

  private findingsOf(doc: TextDocument, model: ReportModel, options: LintOptions): Finding[] {
    const entry = this.entries.get(doc.uri);
    if (!entry || entry.model !== model) return lintModel(model, options);
    if (entry.findings === null || entry.generation !== this.generation) {
      const previous = entry.previous?.generation === this.generation ? entry.previous : null;
      entry.findings = previous ? relintModel(previous, model, options) : lintModel(model, options);
      entry.generation = this.generation;
      entry.previous = null;
    }
    return entry.findings;
  }

  /** Settings or a config file changed: every document's findings must be linted again. */
  configurationChanged(): void {
    this.generation++;
  }

  close(uri: string): void {
    this.entries.delete(uri);
  }
}
