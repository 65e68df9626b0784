/**
 * The language server: the core engine behind the Language Server Protocol, for VS Code and every
 * LSP editor (Neovim, Helix, Zed, Emacs, JetBrains). A thin adapter, like the extension and the CLI:
 * the core decides (DocumentAnalyzer, hintsFor, hoverAt, documentLinks); this maps offsets to
 * positions and answers the protocol. Transport-agnostic: node.ts gives it a stdio connection and
 * Node's file system.
 *
 * Capabilities: hover, inlay hints, diagnostics (pulled when the client can, else pushed after a
 * short pause in typing), quick fixes as code actions, document links to referenced files, the
 * computeBudget.* settings through workspace/configuration, and custom requests for what the commands and the panel need,
 * each `{ uri, … }` of an open document: `computeBudget/report` (text, markdown or JSON), `/status` (the status bar's
 * numbers and headline), `/panel` (the panel's model under a what-if), `/plan` (the best layouts), `/levers` (the levers
 * table) and `/layoutEdits` ("Apply to config" as a WorkspaceEdit for the client to apply; the server writes nothing).
 */
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  InlayHintKind,
  MarkupKind,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type DidOpenTextDocumentParams,
  type InitializeParams,
  type InitializeResult,
  type TextEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { whatIfSchema } from '../webview/protocol';
import { z } from 'zod';
import {
  buildReport,
  chooseCluster,
  documentLinks,
  DocumentAnalyzer,
  editorDiagnostics,
  headline,
  headlineShort,
  hintsFor,
  hoverAt,
  layoutEdits,
  leversOf,
  panel,
  planReport,
  localeOf,
  notebookOfCells,
  quickFixes,
  renderJson,
  renderMarkdown,
  renderText,
  settingsFrom,
  withOpenFiles,
  type CellsNotebook,
  type ClusterChoice,
  type DocumentEntry,
  type EngineFs,
  type EngineOptions,
  type Locale,
  type Settings,
  type SetupOutcome,
  type SetupWork,
  type TextEdit as CoreTextEdit,
} from '../core';

/** What the transport's side gives the server: files, paths, and where named models are found. */
export interface ServerHost {
  /** The engine's path of a document URI (undefined: a scheme the host cannot read). */
  pathOf(uri: string): string | undefined;
  /** The URI of an engine path. */
  uriOf(path: string): string;
  /** Files as the engine reads them (not the open documents; the server adds those). */
  readonly fs: EngineFs;
  /** Hugging Face caches and, when the settings allow, the Hub. */
  sources(settings: Settings): Pick<EngineOptions, 'hfCaches' | 'hub'>;
  /**
   * Runs the long part of a document's analysis on another thread (Node: a worker thread), for documents the user asked
   * to analyze or that exceeded the time budget, so a hover on another file never waits for it; absent: on this one.
   * `key` names the document: a newer request for it replaces one not started yet.
   */
  readonly background?: (key: string, work: SetupWork) => Promise<SetupOutcome>;
}

/** The command a quick fix runs to analyze a document over the inline limit once. */
export const ANALYZE_NOW = 'computeBudget.server.analyzeNow';

/** The files a setup may read that are not open: configs of every syntax, and the workspace's cluster file. */
export const WATCHED_FILES = '**/*.{json,jsonc,yaml,yml,toml,py,sh,bash,slurm,sbatch}';

/** Milliseconds without a change before pushed diagnostics are recomputed. */
export const PUSH_DELAY_MS = 150;

const initOptions = z.object({
  settings: z.object({ computeBudget: z.unknown() }).partial().optional(),
  pushDiagnostics: z.boolean().optional(),
  trusted: z.boolean().optional(),
});
const trustParams = z.object({ trusted: z.boolean() });
const pieceParams = z.object({ uri: z.string(), text: z.string() });
const reportParams = z.object({ uri: z.string(), format: z.enum(['text', 'markdown', 'json']).catch('text') });
const uriParams = z.object({ uri: z.string() });
const panelParams = z.object({ uri: z.string(), whatIf: z.catch(whatIfSchema, {}) });
const planParams = z.object({ uri: z.string(), top: z.number().int().min(1).max(50).catch(5) });
const layoutParams = z.object({ uri: z.string(), target: whatIfSchema });

const SEVERITY: Record<string, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** A URI's folder (everything before its last slash). */
const folderOf = (uri: string): string => uri.slice(0, uri.lastIndexOf('/'));

/**
 * A notebook cell's document, as VS Code names it (`vscode-notebook-cell:PATH#<handle>s<the notebook's scheme in base64>`,
 * its CellUri): the notebook's URI and the cell's handle (handles count up as cells are made: the cells' order). Undefined for
 * any other URI.
 */
export function cellOf(uri: string): { readonly notebook: string; readonly handle: number } | undefined {
  const m = /^vscode-notebook-cell:([^#]*)#(.+)$/.exec(uri);
  if (!m) return undefined;
  let fragment: string;
  try {
    fragment = decodeURIComponent(m[2]!);
  } catch {
    return undefined;
  }
  const at = fragment.indexOf('s');
  const handle = parseInt(fragment.slice(0, Math.max(at, 0)).replace(/^[W-Za-fz]+/, ''), 7);
  const scheme = ascii64(fragment.slice(at + 1));
  if (at < 1 || !Number.isFinite(handle) || scheme === undefined || !/^[a-z][a-z0-9+.-]*$/i.test(scheme)) return undefined;
  const rest = m[1]!;
  // (A remote window's cells name the notebook as its workbench sees it, vscode-remote://AUTHORITY/PATH; the extension host and
  // this server, on the remote machine, see the file at PATH.)
  if (scheme === 'vscode-remote') return { notebook: `file://${rest.replace(/^\/\/[^/]*/, '')}`, handle };
  return { notebook: `${scheme}:${rest.startsWith('//') ? rest : `//${rest}`}`, handle };
}

/** Base64 decoded (undefined where it is not base64). */
function ascii64(b64: string): string | undefined {
  try {
    return atob(b64);
  } catch {
    return undefined;
  }
}

/**
 * Where a document's analysis is, and how its offsets map into that: a notebook cell's is its notebook's (the open code cells
 * in order, written as the notebook they make), any other document's its own.
 */
interface View {
  readonly doc: TextDocument;
  /** A notebook's cell, whose notebook is analyzed. */
  readonly cell: boolean;
  /** An offset in the document, in the analyzed text. */
  toAnalyzed(offset: number): number;
  /** An offset in the analyzed text, in the document (undefined: another cell's, or none's). */
  fromAnalyzed(offset: number): number | undefined;
  /** Whether findings placed in no cell (the notebook's, at its start) are shown on this document: a notebook's first cell. */
  readonly first: boolean;
  /** Whether an offset of the analyzed text lies in one of its cells. */
  inCells(offset: number): boolean;
}

/** Serves one client on the connection until it exits. */
export function serve(connection: Connection, host: ServerHost): void {
  const documents = new TextDocuments(TextDocument);
  const analyzer = new DocumentAnalyzer();
  const entries = new Map<string, { version: number; entry: Promise<DocumentEntry> }>();
  /** The files each document's setup read (its analysis's files), to know whose analysis an edit of one of them changes. */
  const readsOf = new Map<string, Set<string>>();
  const settingsOf = new Map<string, Promise<Settings>>();
  const dirty = new Set<string>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  let cluster: { setting: string; choice: Promise<ClusterChoice | undefined> } | undefined;
  let locale: Locale = 'en';
  let pull = false;
  let configurationRequests = false;
  let refreshDiagnostics = false;
  let refreshHints = false;
  let watchFiles = false;
  let folder: string | undefined;
  let initialSettings: unknown;
  /** The Hub only in a trusted workspace (the client says; other editors have no such notion: trusted). */
  let trusted = true;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const c = params.capabilities;
    locale = localeOf(params.locale);
    pull = c.textDocument?.diagnostic !== undefined;
    configurationRequests = c.workspace?.configuration === true;
    refreshDiagnostics = c.workspace?.diagnostics?.refreshSupport === true;
    refreshHints = c.workspace?.inlayHint?.refreshSupport === true;
    watchFiles = c.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    const root = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    folder = root ? host.pathOf(root) : undefined;
    const options = initOptions.safeParse(params.initializationOptions ?? {});
    initialSettings = options.success ? options.data.settings?.computeBudget : undefined;
    // VS Code's client pushes: diagnostics then arrive as soon as the analysis is done, and in order with the answers to
    // the extension's requests (its status bar and tests read them right after asking).
    if (options.success && options.data.pushDiagnostics) pull = false;
    if (options.success && options.data.trusted !== undefined) trusted = options.data.trusted;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        inlayHintProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        documentLinkProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [ANALYZE_NOW] },
        ...(pull ? { diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'compute-budget', version: typeof VERSION === 'string' ? VERSION : 'dev' },
    };
  });

  // The configs next to a document and the files it references are read from disk: ask the client to say when they change.
  connection.onInitialized(() => {
    if (watchFiles) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: WATCHED_FILES }] });
  });

  /** Each open notebook's code cells, by their handles' order, as the notebook they make; rebuilt when a cell changes. */
  const notebooks = new Map<string, { signature: string; version: number; doc: TextDocument; cells: string[]; nb: CellsNotebook }>();
  const notebookOf = (notebook: string) => {
    const cells = documents
      .all()
      .map((d) => ({ d, c: cellOf(d.uri) }))
      .filter((x) => x.c?.notebook === notebook)
      .sort((a, b) => a.c!.handle - b.c!.handle);
    const signature = cells.map((x) => `${x.d.uri}@${x.d.version}`).join('|');
    const had = notebooks.get(notebook);
    if (had?.signature === signature) return had;
    const nb = notebookOfCells(cells.map((x) => x.d.getText()));
    const version = (had?.version ?? 0) + 1;
    const made = { signature, version, doc: TextDocument.create(notebook, 'json', version, nb.text), cells: cells.map((x) => x.d.uri), nb };
    notebooks.set(notebook, made);
    return made;
  };
  const viewOf = (doc: TextDocument): View => {
    const c = cellOf(doc.uri);
    if (!c) return { doc, cell: false, first: true, toAnalyzed: (o) => o, fromAnalyzed: (o) => o, inCells: () => true };
    const n = notebookOf(c.notebook);
    const index = n.cells.indexOf(doc.uri);
    return {
      doc: n.doc,
      cell: true,
      first: index === 0,
      toAnalyzed: (o) => n.nb.at(index, o),
      fromAnalyzed: (o) => {
        const at = n.nb.locate(o);
        return at?.cell === index ? at.offset : undefined;
      },
      inCells: (o) => n.nb.locate(o) !== undefined,
    };
  };
  /** A range of the analyzed text in the document: undefined where it lies in another cell; one in no cell, at the first's start. */
  const rangeIn = (view: View, range: { start: number; end: number }) => {
    if (!view.cell) return range;
    const start = view.fromAnalyzed(range.start);
    if (start !== undefined) return { start, end: Math.max(start, view.fromAnalyzed(range.end) ?? start) };
    return view.first && !view.inCells(range.start) ? { start: 0, end: 0 } : undefined;
  };

  /** The open document of an engine path (clients spell URIs their own way, so by path). */
  const openAt = (path: string): TextDocument | undefined => documents.all().find((d) => host.pathOf(d.uri) === path);
  /** Open documents as typed, every other file from the host. */
  const fs = withOpenFiles(host.fs, (path) => openAt(path)?.getText());

  const settingsFor = (uri: string): Promise<Settings> => {
    let s = settingsOf.get(uri);
    if (!s) {
      s = configurationRequests
        ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'computeBudget' }).then(settingsFrom, () => settingsFrom(initialSettings))
        : Promise.resolve(settingsFrom(initialSettings));
      settingsOf.set(uri, s);
    }
    return s;
  };

  const clusterFor = (settings: Settings, path: string): Promise<ClusterChoice | undefined> => {
    if (cluster?.setting !== settings.cluster) {
      const base = folder ?? path.slice(0, Math.max(1, path.lastIndexOf('/')));
      // A cluster file that cannot be read or is invalid leaves the default.
      const choice = chooseCluster(fs, base, settings.cluster || undefined).then((c) => ('error' in c ? undefined : c));
      cluster = { setting: settings.cluster, choice };
    }
    return cluster.choice;
  };

  /** The other open documents' texts by engine path (a background analysis reads them as typed). */
  const openTexts = (except: string): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const d of documents.all()) {
      const p = d.uri !== except ? host.pathOf(d.uri) : undefined;
      if (p !== undefined) out[p] = d.getText();
    }
    return out;
  };

  /** The analysis of a document at its current version (once per version; on save only when over the time budget). */
  const entryOf = (doc: TextDocument): Promise<DocumentEntry | undefined> => {
    const key = doc.uri;
    const path = host.pathOf(key);
    if (path === undefined) return Promise.resolve(undefined);
    const hit = entries.get(key);
    if (hit && (hit.version === doc.version || (analyzer.isSlow(key) && dirty.has(key)))) return hit.entry;
    const entry = settingsFor(key)
      .then((asked) => {
        // The Hub only in a trusted workspace, here and on a background thread alike.
        const settings: Settings = { ...asked, 'hub.enabled': asked['hub.enabled'] && trusted };
        return analyzer.analyze({
          key,
          path,
          text: doc.getText(),
          version: doc.version,
          settings,
          fs,
          sources: host.sources(settings),
          cluster: () => clusterFor(settings, path),
          ...(host.background ? { background: { run: (work: SetupWork) => host.background!(key, work), open: () => openTexts(key) } } : {}),
        });
      })
      .catch(async (): Promise<DocumentEntry> => ({ version: doc.version, analysis: undefined, path, settings: await settingsFor(key) }));
    entries.set(key, { version: doc.version, entry });
    void entry.then((e) => readsOf.set(key, new Set(e.analysis?.files.map((f) => f.path) ?? [])));
    return entry;
  };

  const diagnosticsOf = async (doc: TextDocument): Promise<Diagnostic[]> => {
    const view = viewOf(doc);
    const e = await entryOf(view.doc);
    if (!e) return [];
    return editorDiagnostics(e, e.settings.mode === 'quiet', locale).flatMap((x) => {
      const range = rangeIn(view, x.range);
      return range
        ? [
            {
              range: { start: doc.positionAt(range.start), end: doc.positionAt(range.end) },
              message: x.message,
              severity: SEVERITY[x.severity] ?? DiagnosticSeverity.Information,
              source: 'Compute Budget',
              code: x.code,
            },
          ]
        : [];
    });
  };

  /** Pushes a document's diagnostics now (unless a newer version has its own publication coming). */
  const publishNow = async (doc: TextDocument): Promise<void> => {
    const version = doc.version;
    const diagnostics = await diagnosticsOf(doc);
    if (documents.get(doc.uri)?.version === version) await connection.sendDiagnostics({ uri: doc.uri, version, diagnostics });
  };

  /** Pushes a document's diagnostics after a pause in its changes. */
  const publish = (doc: TextDocument): void => {
    clearTimeout(timers.get(doc.uri));
    timers.set(
      doc.uri,
      setTimeout(() => {
        timers.delete(doc.uri);
        void publishNow(doc);
      }, PUSH_DELAY_MS),
    );
  };

  /** Something every open document's setup may read changed: analyze again, and tell the client. */
  const changedAll = (): void => {
    entries.clear();
    if (pull) {
      if (refreshDiagnostics) void connection.languages.diagnostics.refresh();
    } else for (const d of documents.all()) publish(d);
    if (refreshHints) void connection.languages.inlayHint.refresh();
  };

  documents.onDidOpen((e) => {
    if (!pull) publish(e.document);
  });
  documents.onDidChangeContent((e) => {
    dirty.add(e.document.uri);
    // The other open documents of its folder may read this one as a sibling, and those whose setup read it (a referenced
    // DeepSpeed JSON elsewhere) are analyzed again; the rest keep their analysis.
    const dir = folderOf(e.document.uri);
    const path = host.pathOf(e.document.uri);
    for (const [k] of entries) if (k !== e.document.uri && (folderOf(k) === dir || (path !== undefined && readsOf.get(k)?.has(path)))) entries.delete(k);
    if (!pull) for (const d of documents.all()) publish(d);
  });
  documents.onDidSave((e) => {
    dirty.delete(e.document.uri);
    if (analyzer.isSlow(e.document.uri)) {
      entries.delete(e.document.uri);
      if (!pull) publish(e.document);
      else if (refreshDiagnostics) void connection.languages.diagnostics.refresh();
    }
  });
  documents.onDidClose((e) => {
    const notebook = cellOf(e.document.uri)?.notebook;
    if (notebook !== undefined && !documents.all().some((d) => d.uri !== e.document.uri && cellOf(d.uri)?.notebook === notebook)) {
      notebooks.delete(notebook);
      entries.delete(notebook);
    }
    entries.delete(e.document.uri);
    readsOf.delete(e.document.uri);
    settingsOf.delete(e.document.uri);
    dirty.delete(e.document.uri);
    analyzer.forget(e.document.uri);
    clearTimeout(timers.get(e.document.uri));
    if (!pull) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration((change) => {
    settingsOf.clear();
    cluster = undefined;
    const s = (change.settings as { computeBudget?: unknown } | null | undefined)?.computeBudget;
    if (s !== undefined) initialSettings = s;
    changedAll();
  });
  connection.onDidChangeWatchedFiles((change) => {
    for (const c of change.changes) {
      const path = host.pathOf(c.uri);
      if (path !== undefined) analyzer.invalidate(path);
    }
    cluster = undefined;
    changedAll();
  });

  connection.languages.diagnostics.on(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    return { kind: DocumentDiagnosticReportKind.Full, items: doc ? await diagnosticsOf(doc) : [] };
  });

  connection.onHover(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    const view = doc && viewOf(doc);
    const e = view && (await entryOf(view.doc));
    if (!doc || !view || !e?.analysis) return null;
    const h = hoverAt(e.analysis, e.path, view.toAnalyzed(doc.offsetAt(params.position)), locale);
    if (!h) return null;
    const range = rangeIn(view, h.range);
    return {
      contents: { kind: MarkupKind.Markdown, value: h.markdown },
      ...(range ? { range: { start: doc.positionAt(range.start), end: doc.positionAt(range.end) } } : {}),
    };
  });

  connection.languages.inlayHint.on(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    const view = doc && viewOf(doc);
    const e = view && (await entryOf(view.doc));
    if (!doc || !view || !e?.analysis || !e.settings['inlayHints.enabled'] || e.settings.mode !== 'full') return [];
    const start = doc.offsetAt(params.range.start);
    const end = doc.offsetAt(params.range.end);
    return hintsFor(e.analysis, e.path, locale).flatMap((h) => {
      const at = view.fromAnalyzed(h.offset);
      return at !== undefined && at >= start && at <= end
        ? [{ position: doc.positionAt(at), label: h.label, kind: InlayHintKind.Type, paddingLeft: true, tooltip: h.field }]
        : [];
    });
  });

  connection.onCodeAction(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    // (A notebook's cell: no quick fix writes into a notebook's cells yet.)
    const e = doc && !cellOf(doc.uri) ? await entryOf(doc) : undefined;
    if (!doc || !e) return [];
    const out: CodeAction[] = [];
    for (const fix of quickFixes(e, doc.offsetAt(params.range.start), doc.offsetAt(params.range.end), locale)) {
      if (fix.analyzeNow) {
        out.push({ title: fix.title, kind: CodeActionKind.QuickFix, command: { title: fix.title, command: ANALYZE_NOW, arguments: [doc.uri] } });
        continue;
      }
      out.push({ title: fix.title, kind: CodeActionKind.QuickFix, isPreferred: true, edit: { changes: await changesOf(fix.edits, e.path, doc) } });
    }
    return out;
  });

  /** A file that is not open, to map an edit's offsets to positions. */
  const textOf = async (path: string, uri: string): Promise<TextDocument | undefined> => {
    try {
      return TextDocument.create(uri, 'plaintext', 0, await host.fs.readFile(path));
    } catch {
      return undefined;
    }
  };

  /** The core's edits (offsets into each file) as a WorkspaceEdit's changes, each file's open text or its text on disk. */
  const changesOf = async (edits: readonly CoreTextEdit[], path: string, doc: TextDocument): Promise<Record<string, TextEdit[]>> => {
    const changes: Record<string, TextEdit[]> = {};
    for (const edit of edits) {
      const open = edit.file === path ? doc : openAt(edit.file);
      const uri = open?.uri ?? host.uriOf(edit.file);
      const target = open ?? (await textOf(edit.file, uri));
      if (!target) continue;
      (changes[uri] ??= []).push({ range: { start: target.positionAt(edit.range.start), end: target.positionAt(edit.range.end) }, newText: edit.newText });
    }
    return changes;
  };

  connection.onDocumentLinks(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    const view = doc && viewOf(doc);
    const e = view && (await entryOf(view.doc));
    if (!doc || !view || !e?.analysis) return [];
    return documentLinks(e.analysis, e.path).flatMap((l) => {
      const start = view.fromAnalyzed(l.range.start);
      const end = view.fromAnalyzed(l.range.end);
      return start === undefined || end === undefined
        ? []
        : [{ range: { start: doc.positionAt(start), end: doc.positionAt(end) }, target: host.uriOf(l.target) }];
    });
  });

  connection.onExecuteCommand((params) => {
    const uri = params.arguments?.[0];
    if (params.command === ANALYZE_NOW && typeof uri === 'string') void analyzeNow(uri);
  });

  /** The analyzed entry of an open document named by a request's `uri`, or undefined. */
  const analyzedOf = async (uri: string) => {
    const opened = documents.get(uri);
    const view = opened && viewOf(opened);
    const doc = view?.doc;
    const e = doc && (await entryOf(doc));
    return doc && e?.analysis ? { doc, entry: e, analysis: e.analysis, cell: view.cell } : undefined;
  };

  // What the status bar shows: the summary and the headline (the ratio per dimension, the size at which it falls below 1).
  connection.onRequest('computeBudget/status', async (raw: unknown) => {
    const params = uriParams.safeParse(raw);
    const a = params.success ? await analyzedOf(params.data.uri) : undefined;
    const an = a?.analysis.analysis;
    if (!a || !an) return null;
    const report = buildReport([a.analysis], a.entry.settings.convention, locale).files[0]!;
    return {
      params: an.params.total.value,
      flopsPerToken: an.flops.perToken.training.value,
      ratio: an.cluster.step?.ratio ?? null,
      headline: headline(report, locale) ?? null,
      headlineShort: headlineShort(report, locale) ?? null,
      mode: a.entry.settings.mode,
    };
  });

  // The panel's model under a what-if (validated as the panel's own messages are).
  connection.onRequest('computeBudget/panel', async (raw: unknown) => {
    const params = panelParams.safeParse(raw);
    const a = params.success ? await analyzedOf(params.data.uri) : undefined;
    return a ? (panel(a.analysis, params.data!.whatIf, locale) ?? null) : null;
  });

  // The fastest layouts that fit (as `compute-budget plan --format json`), and the levers table (as `levers`).
  connection.onRequest('computeBudget/plan', async (raw: unknown) => {
    const params = planParams.safeParse(raw);
    const a = params.success ? await analyzedOf(params.data.uri) : undefined;
    return a ? (planReport(a.analysis, params.data!.top) ?? null) : null;
  });
  connection.onRequest('computeBudget/levers', async (raw: unknown) => {
    const params = uriParams.safeParse(raw);
    const a = params.success ? await analyzedOf(params.data.uri) : undefined;
    return a ? (leversOf(a.analysis, locale) ?? null) : null;
  });

  // "Apply to config": a layout written where each value came from, as one WorkspaceEdit the client applies (nothing is
  // written here), and what could not be written.
  connection.onRequest('computeBudget/layoutEdits', async (raw: unknown) => {
    const params = layoutParams.safeParse(raw);
    const a = params.success ? await analyzedOf(params.data.uri) : undefined;
    if (!a) return null;
    const { lever: _lever, ...target } = params.data!.target;
    // (A notebook's cells: nothing is written into them yet; every value said missing.)
    if (a.cell) return { edit: { changes: {} }, missing: Object.keys(target) };
    const planned = layoutEdits(a.analysis, target);
    return { edit: { changes: await changesOf(planned.edits, a.entry.path, a.doc) }, missing: planned.missing };
  });

  // A document's entry as the engine decided it (analysis, notice, time taken, settings): the VS Code extension's tests and
  // its "Analyze This File Now" read it. `/refresh` also pushes the document's diagnostics before answering, so they are in
  // the client's hands when the answer is.
  const entryAnswer = async (uri: string, publishFirst: boolean): Promise<DocumentEntry | null> => {
    const doc = documents.get(uri);
    if (!doc) return null;
    const e = await entryOf(viewOf(doc).doc);
    if (publishFirst && !pull) {
      clearTimeout(timers.get(uri));
      timers.delete(uri);
      await publishNow(doc);
    }
    return e ?? null;
  };
  connection.onRequest('computeBudget/entry', async (raw: unknown) => {
    const params = uriParams.safeParse(raw);
    return params.success ? entryAnswer(params.data.uri, false) : null;
  });
  connection.onRequest('computeBudget/refresh', async (raw: unknown) => {
    const params = uriParams.safeParse(raw);
    return params.success ? entryAnswer(params.data.uri, true) : null;
  });
  /** "Analyze This File Now" (the quick fix's command, or a client's request): analyzed once now, its diagnostics and hints refreshed. */
  const analyzeNow = async (uri: string): Promise<DocumentEntry | null> => {
    // (A notebook's cell: its notebook.)
    const key = cellOf(uri)?.notebook ?? uri;
    analyzer.ask(key);
    entries.delete(key);
    const e = await entryAnswer(uri, true);
    if (pull && refreshDiagnostics) void connection.languages.diagnostics.refresh();
    if (refreshHints) void connection.languages.inlayHint.refresh();
    return e;
  };
  connection.onRequest('computeBudget/analyzeNow', async (raw: unknown) => {
    const params = uriParams.safeParse(raw);
    return params.success ? analyzeNow(params.data.uri) : null;
  });
  connection.onNotification('computeBudget/trust', (raw: unknown) => {
    const params = trustParams.safeParse(raw);
    if (!params.success || params.data.trusted === trusted) return;
    trusted = params.data.trusted;
    changedAll();
  });

  connection.onRequest('computeBudget/report', async (raw: unknown) => {
    const params = reportParams.safeParse(raw);
    const a = params.success ? await analyzedOf(params.data.uri) : undefined;
    if (!a) return null;
    const report = buildReport([a.analysis], a.entry.settings.convention, locale);
    const format = params.data!.format;
    return format === 'json' ? renderJson(report) : format === 'markdown' ? renderMarkdown(report, locale) : renderText(report, locale);
  });

  // A long document arrives in pieces (the VS Code extension's way): `computeBudget/piece` notifications carry all but the
  // last, and its didOpen (`pieces: n`) the last; the document is then created once from the whole text, not rebuilt per
  // piece. A didOpen without `pieces` is any client's.
  const pieces = new Map<string, string[]>();
  connection.onNotification('computeBudget/piece', (raw: unknown) => {
    const p = pieceParams.safeParse(raw);
    if (!p.success) return;
    const list = pieces.get(p.data.uri) ?? [];
    list.push(p.data.text);
    pieces.set(p.data.uri, list);
  });
  const withPieces: Connection = new Proxy(connection, {
    get(target, key, receiver) {
      if (key !== 'onDidOpenTextDocument') return Reflect.get(target, key, receiver) as unknown;
      return (handler: (params: DidOpenTextDocumentParams) => void) =>
        target.onDidOpenTextDocument((params) => {
          const item = params.textDocument as DidOpenTextDocumentParams['textDocument'] & { pieces?: unknown };
          const before = pieces.get(item.uri);
          pieces.delete(item.uri);
          if (typeof item.pieces !== 'number' || !before) return handler(params);
          return handler({ textDocument: { uri: item.uri, languageId: item.languageId, version: item.version, text: before.join('') + item.text } });
        });
    },
  });
  documents.listen(withPieces);
  connection.listen();
}

declare const VERSION: string;
