/**
 * The zh-report language server: thin glue over the engine. Runs standalone as
 * `node dist/server.js --stdio`, or under the VS Code client over IPC.
 */
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Diagnostic,
  type InitializeResult,
  LSPErrorCodes,
  ResponseError,
  type TextEdit,
} from 'vscode-languageserver/node';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  foldingRanges,
  gbStyleEdits,
  lintModel,
  looksLikeReport,
  outline,
  parse,
  parseOptionsFor,
  renumberDocumentEdits,
  zh,
  type Finding,
  type LintOptions,
  type ReportModel,
} from '../../engine';
import { ConfigStore } from './config-store';
import { changedLineEdits } from './changed-lines';
import { quickFixes, SOURCE, toDiagnostic, toDocumentSymbols } from './convert';
import { hoverAt, workspaceSymbols } from './navigation';
import { LEGEND, semanticTokens } from './semantic-tokens';
import { DEFAULT_SETTINGS, normalizeSettings, type ServerSettings } from './settings';

export const RENUMBER_COMMAND = 'zhReport.server.renumberDocument';
export const GB_STYLE_COMMAND = 'zhReport.server.convertToGbStyle';
const REPORT_LANGUAGE = 'zh-report';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

let configurationSupported = false;
const settingsCache = new Map<string, Promise<ServerSettings>>();
const configs = new ConfigStore(connection);
/** The parsed model of each open document's latest version, with the parse options it was made with. */
const models = new Map<string, { version: number; key: string; model: ReportModel }>();
const pending = new Set<string>();
/** The findings last published for each document, with their version, for quick fixes. */
const published = new Map<string, { version: number; findings: Finding[] }>();
let flushScheduled = false;

connection.onInitialize((params): InitializeResult => {
  configurationSupported = !!params.capabilities.workspace?.configuration;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      documentSymbolProvider: { label: 'zh-report' },
      foldingRangeProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.Source + '.renumber.zhReport'] },
      executeCommandProvider: { commands: [RENUMBER_COMMAND, GB_STYLE_COMMAND] },
      hoverProvider: true,
      semanticTokensProvider: { legend: LEGEND, full: true },
      workspaceSymbolProvider: true,
    },
    serverInfo: { name: 'zh-report' },
  };
});

connection.onInitialized(() => {
  if (configurationSupported) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'zhReport' });
});

function settingsFor(uri: string): Promise<ServerSettings> {
  if (!configurationSupported) return Promise.resolve(DEFAULT_SETTINGS);
  let s = settingsCache.get(uri);
  if (!s) {
    s = connection.workspace.getConfiguration({ scopeUri: uri, section: 'zhReport' }).then(normalizeSettings, () => DEFAULT_SETTINGS);
    settingsCache.set(uri, s);
  }
  return s;
}

function isMarkdown(doc: TextDocument): boolean {
  return doc.languageId === 'markdown' || /\.(md|markdown)$/i.test(doc.uri);
}

interface DocumentContext {
  settings: ServerSettings;
  options: LintOptions;
  included: boolean;
}

async function contextOf(doc: TextDocument): Promise<DocumentContext> {
  const settings = await settingsFor(doc.uri);
  const { options, included } = configs.resolve(doc.uri, settings);
  return { settings, options: { ...options, markdown: isMarkdown(doc) }, included };
}

function modelOf(doc: TextDocument, options: LintOptions): ReportModel {
  const parseOptions = parseOptionsFor(options);
  const key = JSON.stringify([parseOptions.markdown, parseOptions.type, options.customTypes?.map((t) => t.id)]);
  const cached = models.get(doc.uri);
  if (cached && cached.version === doc.version && cached.key === key) return cached.model;
  const model = parse(doc.getText(), parseOptions);
  models.set(doc.uri, { version: doc.version, key, model });
  return model;
}

/** Whether this document is checked under the current settings and config; null when it is too large. */
function isChecked(doc: TextDocument, ctx: DocumentContext): boolean | null {
  if (ctx.settings.enable === 'never' || !ctx.included) return false;
  if (doc.getText().length > ctx.settings.maxFileSize) return null;
  if (ctx.settings.enable === 'always' || doc.languageId === REPORT_LANGUAGE) return true;
  return looksLikeReport(modelOf(doc, ctx.options));
}

async function validate(uri: string): Promise<void> {
  const doc = documents.get(uri);
  if (!doc) return;
  const ctx = await contextOf(doc);
  const current = documents.get(uri);
  // An edit arrived while settings were fetched: that edit's own validation will publish.
  if (!current || current.version !== doc.version) return;
  const checked = isChecked(doc, ctx);
  let diagnostics: Diagnostic[] = [];
  if (checked === null) {
    diagnostics = [tooLargeDiagnostic(doc, ctx.settings)];
  } else if (checked) {
    const findings = lintModel(modelOf(doc, ctx.options), ctx.options);
    published.set(uri, { version: doc.version, findings });
    diagnostics = findings.map((f) => toDiagnostic(f, uri));
  }
  void connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
}

function tooLargeDiagnostic(doc: TextDocument, settings: ServerSettings): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: 3,
    source: SOURCE,
    code: 'too-large',
    message: zh`文档有 ${doc.getText().length} 个字符,超过 zhReport.maxFileSize(${settings.maxFileSize}),已跳过检查` + ' (document too large, not checked)',
  };
}

/** Changes scheduled so far; a flush waits while this keeps growing. */
let changesSeen = 0;
/**
 * A flush waits at most this long for a burst to end. vscode-jsonrpc hands over one queued message
 * per turn of the event loop, so without waiting a burst of edits (sent while a long document was
 * being linted) would be linted version by version, each lint delaying the next.
 */
const MAX_WAIT_MS = 50;

/** Coalesces bursts of edits: each document is linted once the burst ends, at its latest version. */
function schedule(uri: string): void {
  pending.add(uri);
  changesSeen++;
  if (flushScheduled) return;
  flushScheduled = true;
  // -1: the first turn never flushes. The message after this one was queued after our callback,
  // so only from the second turn on can a quiet turn mean the queue is empty.
  flushWhenQuiet(-1, Date.now());
}

function flushWhenQuiet(seen: number, since: number): void {
  setImmediate(() => {
    if (changesSeen !== seen && Date.now() - since < MAX_WAIT_MS) return flushWhenQuiet(changesSeen, since);
    flushScheduled = false;
    const uris = [...pending];
    pending.clear();
    for (const u of uris) void validate(u).catch((e) => connection.console.error(`zh-report: ${u}: ${(e as Error).stack ?? e}`));
  });
}

documents.onDidChangeContent((e) => schedule(e.document.uri));
documents.onDidClose((e) => {
  models.delete(e.document.uri);
  published.delete(e.document.uri);
  settingsCache.delete(e.document.uri);
  pending.delete(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onDidChangeConfiguration(() => {
  settingsCache.clear();
  for (const d of documents.all()) schedule(d.uri);
});

connection.onDidChangeWatchedFiles((params) => {
  if (!params.changes.some((c) => configs.isConfigFile(c.uri))) return;
  configs.invalidate();
  for (const d of documents.all()) schedule(d.uri);
});

/** The model and context of a document that is checked, or null. */
async function checkedDocument(uri: string): Promise<{ doc: TextDocument; ctx: DocumentContext; model: ReportModel } | null> {
  const doc = documents.get(uri);
  if (!doc) return null;
  const ctx = await contextOf(doc);
  return isChecked(doc, ctx) ? { doc, ctx, model: modelOf(doc, ctx.options) } : null;
}

async function checkedModel(uri: string): Promise<ReportModel | null> {
  return (await checkedDocument(uri))?.model ?? null;
}

const cancelled = (): ResponseError<void> => new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');

connection.onDocumentSymbol(async (params, token) => {
  if (token.isCancellationRequested) return cancelled();
  const model = await checkedModel(params.textDocument.uri);
  if (token.isCancellationRequested) return cancelled();
  return model ? toDocumentSymbols(outline(model)) : null;
});

connection.onFoldingRanges(async (params, token) => {
  if (token.isCancellationRequested) return cancelled();
  const model = await checkedModel(params.textDocument.uri);
  if (token.isCancellationRequested) return cancelled();
  return model ? foldingRanges(model) : null;
});

/** Colour for plain-text reports only: Markdown and zh-report files have TextMate grammars. */
connection.languages.semanticTokens.on(async (params) => {
  if (documents.get(params.textDocument.uri)?.languageId !== 'plaintext') return { data: [] };
  const checked = await checkedDocument(params.textDocument.uri);
  if (!checked) return { data: [] };
  const { doc, ctx, model } = checked;
  const last = published.get(doc.uri);
  const findings = last && last.version === doc.version ? last.findings : lintModel(model, ctx.options);
  return semanticTokens(model, findings);
});

/**
 * The server's process id (tests stop it and watch the client restart it) and memory use; with
 * `{ gc: true }` a full garbage collection runs first, so that retained memory can be told from
 * garbage not yet collected.
 */
connection.onRequest('zhReport/serverInfo', (params: { gc?: boolean } | undefined) => {
  if (params?.gc) collectGarbage();
  return { pid: process.pid, memory: process.memoryUsage() };
});

function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

async function renumberEdits(uri: string): Promise<TextEdit[]> {
  const doc = documents.get(uri);
  if (!doc) return [];
  const ctx = await contextOf(doc);
  const before = doc.getText();
  const { text, changed } = renumberDocumentEdits(before, ctx.options);
  return changed ? changedLineEdits(before, text) : [];
}

connection.onCodeAction(async (params) => {
  const uri = params.textDocument.uri;
  const actions: CodeAction[] = [];
  const last = published.get(uri);
  const current = documents.get(uri);
  // Fixes computed for an older version would edit the wrong text.
  const findings = last && current && last.version === current.version ? last.findings : [];
  for (const d of params.context.diagnostics) if (d.source === SOURCE) actions.push(...quickFixes(d, uri, findings));
  const wantsSource = !params.context.only || params.context.only.some((k) => k.startsWith(CodeActionKind.Source));
  const hasNumbering = params.context.diagnostics.some((d) => d.source === SOURCE && String(d.code).startsWith('numbering-'));
  if (wantsSource || hasNumbering) {
    const edits = await renumberEdits(uri);
    if (edits.length) {
      actions.push({
        title: 'zh-report: 整篇重新编号 (Renumber document)',
        kind: hasNumbering && !wantsSource ? CodeActionKind.QuickFix : CodeActionKind.Source + '.renumber.zhReport',
        edit: { changes: { [uri]: edits } },
      });
    }
  }
  return actions;
});

const COMMANDS: Record<string, { label: string; edits: (uri: string) => Promise<TextEdit[]> }> = {
  [RENUMBER_COMMAND]: { label: 'zh-report: 整篇重新编号', edits: renumberEdits },
  [GB_STYLE_COMMAND]: {
    label: 'zh-report: 序号改为 GB/T 9704 格式',
    edits: async (uri) => {
      const model = await checkedModel(uri);
      return model ? gbStyleEdits(model) : [];
    },
  },
};

connection.onExecuteCommand(async (params) => {
  const command = COMMANDS[params.command];
  if (!command) return null;
  const uri = params.arguments?.[0];
  if (typeof uri !== 'string') return { applied: false, edits: 0 };
  const edits = await command.edits(uri);
  if (!edits.length) return { applied: true, edits: 0 };
  const result = await connection.workspace.applyEdit({ label: command.label, edit: { changes: { [uri]: edits } } });
  return { applied: result.applied, edits: edits.length };
});

connection.onHover(async (params) => {
  const model = await checkedModel(params.textDocument.uri);
  return model ? hoverAt(model, params.position) : null;
});

connection.onWorkspaceSymbol(async (params) => {
  const open: Array<{ uri: string; model: ReportModel }> = [];
  for (const doc of documents.all()) {
    const model = await checkedModel(doc.uri);
    if (model) open.push({ uri: doc.uri, model });
  }
  return workspaceSymbols(open, params.query);
});

documents.listen(connection);
connection.listen();
