/**
 * The zh-report language server: handler wiring over the engine. Runs standalone as
 * `node dist/server.js --stdio`, under the VS Code client over IPC, or as a Web Worker
 * (dist/web/server.js); node.ts and web.ts set the platform and load this module. Every handler asks the
 * document store's gate first and answers with nothing for a document that is not checked; see
 * docs/architecture.md for the path of a keystroke.
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  LSPErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type CodeAction,
  type Diagnostic,
  type InitializeResult,
  type TextEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAllEdits, foldingRanges, gbStyleEdits, hasSafeFixes, outline, renumberModel, ruleById, RULES, safeFixModel, zh } from '../../engine';
import { BurstScheduler } from './burst';
import { ConfigStore } from './config-store';
import { changedLineEdits } from './changed-lines';
import { quickFixes, SOURCE, toDiagnostic, toDocumentSymbols } from './convert';
import { DocumentStore, type CheckedDocument, type DocumentContext } from './document-store';
import { registerExport } from './export';
import { hoverAt, workspaceSymbols } from './navigation';
import { markdownOutline } from './outline-mode';
import { LEGEND, semanticTokens } from './semantic-tokens';
import { DEFAULT_SETTINGS, normalizeSettings, type ServerSettings } from './settings';
import { parseForServer } from './parse-count';
import { platform } from './platform';
import { warmUpEngine } from './warm-up';

export const RENUMBER_COMMAND = 'zhReport.server.renumberDocument';
export const GB_STYLE_COMMAND = 'zhReport.server.convertToGbStyle';
const RENUMBER_KIND = CodeActionKind.Source + '.renumber.zhReport';
/** For editor.codeActionsOnSave: every safe fix, as one edit. Never offered unless asked for by kind. */
const FIX_ALL_KIND = CodeActionKind.SourceFixAll + '.zh-report';

const { connection } = platform();
const documents = new TextDocuments(TextDocument);

let configurationSupported = false;
const settingsCache = new Map<string, Promise<ServerSettings>>();
const configs = new ConfigStore(connection, platform());

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

async function contextOf(doc: TextDocument): Promise<DocumentContext> {
  const settings = await settingsFor(doc.uri);
  const { options, included } = configs.resolve(doc.uri, settings);
  return { settings, options: { ...options, markdown: isMarkdown(doc) }, included };
}

const store = new DocumentStore({ document: (uri) => documents.get(uri), contextOf, parse: parseForServer });

/** The checked document behind a request, or null: the handler then answers with nothing. */
async function checked(uri: string): Promise<CheckedDocument | null> {
  const g = await store.gate(uri);
  return g.status === 'checked' ? g : null;
}

connection.onInitialize((params): InitializeResult => {
  configurationSupported = !!params.capabilities.workspace?.configuration;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      documentSymbolProvider: { label: 'zh-report' },
      foldingRangeProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, RENUMBER_KIND, FIX_ALL_KIND] },
      executeCommandProvider: { commands: [RENUMBER_COMMAND, GB_STYLE_COMMAND] },
      hoverProvider: true,
      semanticTokensProvider: { legend: LEGEND, full: true },
      workspaceSymbolProvider: true,
      // The client's slot navigation visits the findings of these rules, without knowing rule ids.
      experimental: { zhReport: { slotRules: RULES.filter((r) => r.token === 'slot').map((r) => r.id) } },
    },
    serverInfo: { name: 'zh-report' },
  };
});

connection.onInitialized(() => {
  warmUpEngine();
  if (configurationSupported) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'zhReport' });
});

// Diagnostics: a burst of edits is linted once, at its last version.

async function validate(uri: string): Promise<void> {
  const g = await store.gate(uri);
  if (g.status === 'closed') return;
  let diagnostics: Diagnostic[] = [];
  if (g.status === 'too-large') diagnostics = [tooLargeDiagnostic(g.doc, g.ctx.settings)];
  else if (g.status === 'checked') diagnostics = g.findings().map((f) => toDiagnostic(f, uri));
  void connection.sendDiagnostics({ uri, version: g.doc.version, diagnostics });
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

const bursts = new BurstScheduler((uri) => void validate(uri).catch((e) => connection.console.error(`zh-report: ${uri}: ${(e as Error).stack ?? e}`)));

/**
 * Sent once the server answers with a new configuration: the client then makes VS Code ask for
 * outlines again (it caches them per document version). Sent from here, after the change is
 * applied, so that no request the client makes on it can be answered with the old settings.
 */
export const CONFIGURATION_APPLIED = 'zhReport/configurationApplied';

function revalidateAll(): void {
  store.configurationChanged();
  for (const d of documents.all()) bursts.schedule(d.uri);
  void connection.sendNotification(CONFIGURATION_APPLIED);
}

documents.onDidChangeContent((e) => bursts.schedule(e.document.uri));
documents.onDidClose((e) => {
  store.close(e.document.uri);
  settingsCache.delete(e.document.uri);
  bursts.cancel(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onDidChangeConfiguration(() => {
  settingsCache.clear();
  revalidateAll();
});

connection.onDidChangeWatchedFiles((params) => {
  if (!params.changes.some((c) => configs.isConfigFile(c.uri))) return;
  configs.invalidate();
  revalidateAll();
});

// On the web the client sends the config files it found; a new set applies like a change on disk.
platform().watchConfigFiles(() => {
  configs.invalidate();
  revalidateAll();
});

// Requests: each asks the gate, and a cancelled one answers as cancelled.

const cancelled = (): ResponseError<void> => new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');

/** Runs `answer` on the checked document behind a request; `empty` when it is not checked. */
async function answer<T, E>(uri: string, token: CancellationToken | undefined, empty: E, answerFor: (c: CheckedDocument) => T): Promise<T | E | ResponseError<void>> {
  if (token?.isCancellationRequested) return cancelled();
  const c = await checked(uri);
  if (token?.isCancellationRequested) return cancelled();
  return c ? answerFor(c) : empty;
}

connection.onDocumentSymbol((params, token) =>
  answer(params.textDocument.uri, token, null, (c) => {
    const docs = c.doc.languageId === 'markdown' || c.ctx.options.markdown ? markdownOutline(c.model, c.ctx.settings.outlineMarkdown) : outline(c.model);
    return docs ? toDocumentSymbols(docs) : null;
  }),
);

connection.onFoldingRanges((params, token) => answer(params.textDocument.uri, token, null, (c) => foldingRanges(c.model)));

/** Colour for plain-text reports only: Markdown and zh-report files have TextMate grammars. */
connection.languages.semanticTokens.on((params, token) =>
  answer(params.textDocument.uri, token, { data: [] }, (c) => (c.doc.languageId === 'plaintext' ? semanticTokens(c.model, c.findings()) : { data: [] })),
);

connection.onHover((params, token) => answer(params.textDocument.uri, token, null, (c) => hoverAt(c.model, params.position)));

connection.onWorkspaceSymbol(async (params) => {
  const open: Array<{ uri: string; model: CheckedDocument['model'] }> = [];
  for (const doc of documents.all()) {
    const c = await checked(doc.uri);
    if (c) open.push({ uri: doc.uri, model: c.model });
  }
  return workspaceSymbols(open, params.query);
});

/** Edits that renumber the whole document, from its cached model. */
function renumberEdits(c: CheckedDocument): TextEdit[] {
  const { text, changed } = renumberModel(c.model, c.ctx.options, parseForServer);
  return changed ? changedLineEdits(c.model.text, text) : [];
}

/** Edits that apply every safe fix (numbering, punctuation, …), from the cached model. */
function safeFixEdits(c: CheckedDocument): TextEdit[] {
  const { text, changed } = safeFixModel(c.model, c.ctx.options, parseForServer);
  return changed ? changedLineEdits(c.model.text, text) : [];
}

/** Whether a request's `only` asks for actions of `kind`: the kind itself or one of its parents. */
function asksFor(only: readonly string[] | undefined, kind: string): boolean {
  return !!only?.some((k) => kind === k || kind.startsWith(k + '.'));
}

connection.onCodeAction(async (params) => {
  const uri = params.textDocument.uri;
  const c = await checked(uri);
  if (!c) return [];
  const only = params.context.only;
  // Fix-all on save: asked for by kind (source.fixAll or source.fixAll.zh-report), and nothing else.
  if (asksFor(only, FIX_ALL_KIND) && !asksFor(only, CodeActionKind.QuickFix)) {
    const edits = safeFixEdits(c);
    const fixAll: CodeAction[] = edits.length ? [{ title: 'zh-report: 应用全部安全修复 (Fix all safe problems)', kind: FIX_ALL_KIND, edit: { changes: { [uri]: edits } } }] : [];
    if (!asksFor(only, RENUMBER_KIND)) return fixAll;
    return [...fixAll, ...renumberAction(c, true, false)];
  }
  const actions: CodeAction[] = [];
  // Fixes come from the findings of the version the request is about; the diagnostics carry none.
  const findings = c.findings();
  const ours = params.context.diagnostics.filter((d) => d.source === SOURCE);
  for (const d of ours) actions.push(...quickFixes(d, uri, findings));
  // For a rule whose fixes are safe, one action fixes every finding of it (全文半角标点 at once).
  for (const ruleId of new Set(ours.map((d) => String(d.code)))) {
    const rule = ruleById(ruleId);
    if (!rule || !hasSafeFixes(rule) || rule.category === 'numbering') continue;
    const same = findings.filter((f) => f.ruleId === ruleId && f.fixes?.length);
    if (same.length < 2) continue;
    actions.push({
      title: `修正本文档中全部 ${same.length} 处同类问题 (Fix all ${same.length} in this document): ${ruleId}`,
      kind: CodeActionKind.QuickFix,
      edit: { changes: { [uri]: fixAllEdits(same, () => true) } },
    });
  }
  const wantsSource = !only || asksFor(only, RENUMBER_KIND);
  const hasNumbering = ours.some((d) => ruleById(String(d.code))?.category === 'numbering');
  return [...actions, ...renumberAction(c, wantsSource, hasNumbering)];
});

/** 整篇重新编号: a source action, or a quick fix beside a numbering finding. */
function renumberAction(c: CheckedDocument, wantsSource: boolean, hasNumbering: boolean): CodeAction[] {
  if (!wantsSource && !hasNumbering) return [];
  const edits = renumberEdits(c);
  if (!edits.length) return [];
  return [
    {
      title: 'zh-report: 整篇重新编号 (Renumber document)',
      kind: hasNumbering && !wantsSource ? CodeActionKind.QuickFix : RENUMBER_KIND,
      edit: { changes: { [c.doc.uri]: edits } },
    },
  ];
}

const COMMANDS: Record<string, { label: string; edits: (c: CheckedDocument) => TextEdit[] }> = {
  [RENUMBER_COMMAND]: { label: 'zh-report: 整篇重新编号', edits: renumberEdits },
  [GB_STYLE_COMMAND]: { label: 'zh-report: 序号改为 GB/T 9704 格式', edits: (c) => gbStyleEdits(c.model) },
};

connection.onExecuteCommand(async (params) => {
  const command = COMMANDS[params.command];
  if (!command) return null;
  const uri = params.arguments?.[0];
  if (typeof uri !== 'string') return { applied: false, edits: 0 };
  const c = await checked(uri);
  const edits = c ? command.edits(c) : [];
  if (!edits.length) return { applied: !!c, edits: 0 };
  const result = await connection.workspace.applyEdit({ label: command.label, edit: { changes: { [uri]: edits } } });
  return { applied: result.applied, edits: edits.length };
});

registerExport(connection, store, configs);
platform().registerExtras(connection);
documents.listen(connection);
connection.listen();
