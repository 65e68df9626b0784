/**
 * The extension's side of the language server: starts the client with the first config, answers the
 * server's file requests with vscode.workspace.fs (the web worker has no file system of its own), and
 * turns the computeBudget/* requests into what the status bar, the commands, the panel and the tests
 * need. Every answer is validated before use; a server that is not there yet or fails gives nothing,
 * never an exception in the extension host.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions, WorkspaceEdit as LspWorkspaceEdit } from 'vscode-languageclient';
import * as z from 'zod/mini';
import type { DocumentEntry, PanelModel, Settings } from '../core';
import type { WhatIfMessage } from '../webview/protocol';
import type { ClientFactory } from './extension';
import { modeFor, SELECTOR } from './providers';

/** Files larger than this are not read for the server (the document itself comes over the protocol). */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

/**
 * About how many characters a message carries when a long document is handed to the server: its text crosses in pieces
 * of whole lines, one per turn of the extension host's event loop, so no single turn copies and sends megabytes (all but
 * the last as computeBudget/piece, the last in the didOpen; the server joins them once).
 */
// (64 KB: at 256 KB a piece's turn on a loaded extension host, GC included, measured 50–135 ms in some runs of the in-host test,
// over its 50 ms bar; a quarter of that keeps each turn well under it.)
const OPEN_CHUNK_CHARS = 64 * 1024;
/** Documents of more lines than this are handed over in pieces. */
const OPEN_CHUNK_MIN_LINES = 2000;

/** The server's command for "Analyze this file now" in its quick fixes; the extension runs its own, which waits for the answer. */
const SERVER_ANALYZE_NOW = 'computeBudget.server.analyzeNow';

const statusSchema = z.object({
  params: z.number(),
  flopsPerToken: z.number(),
  ratio: z.nullable(z.number()),
  headline: z.nullable(z.string()),
  headlineShort: z.nullable(z.string()),
  mode: z.enum(['full', 'review', 'quiet']),
});
export type ServerStatus = z.infer<typeof statusSchema>;

const uriParams = z.object({ uri: z.string() });
const layoutEditsSchema = z.object({ edit: z.object({ changes: z.record(z.string(), z.array(z.unknown())) }), missing: z.array(z.string()) });
const decoder = new TextDecoder('utf-8');

declare const performance: { now(): number };

export class ServerLink implements vscode.Disposable {
  private client: BaseLanguageClient | undefined;
  private starting: Promise<BaseLanguageClient | undefined> | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private longest = { ms: 0, what: '', next: 0 };
  /** How long the last hover took from the client's request to the server's answer (ms). */
  hoverMs = 0;
  /** Documents still being handed over in pieces: what is sent for them (a change, a request) waits for the last piece. */
  private readonly opening = new Map<string, Promise<void>>();

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly createClient: ClientFactory,
  ) {}

  get started(): boolean {
    return this.client !== undefined;
  }

  /** Records a synchronous slice the extension spent on the extension host's thread, and on what. */
  measure<T>(work: () => T, what = 'work'): T {
    const t0 = performance.now();
    try {
      return work();
    } finally {
      const ms = performance.now() - t0;
      if (ms > this.longest.ms) this.longest = { ms, what, next: this.longest.ms };
      else if (ms > this.longest.next) this.longest = { ...this.longest, next: ms };
    }
  }

  /** The longest slice since the last call, and the next longest. */
  takeLongestSlice(): { ms: number; what: string; next: number } {
    const l = this.longest;
    this.longest = { ms: 0, what: '', next: 0 };
    return l;
  }

  /** Resolves once a document handed over in pieces is whole on the server (at once for any other). */
  private whole(document: vscode.TextDocument): Promise<void> | undefined {
    return this.opening.get(document.uri.toString());
  }

  /** Starts the server when the document is a config this extension reads (the first one starts it). */
  async startFor(document: vscode.TextDocument | undefined): Promise<void> {
    if (document && vscode.languages.match(SELECTOR, document)) await this.start();
  }

  private start(): Promise<BaseLanguageClient | undefined> {
    this.starting ??= this.launch().catch((e: unknown) => {
      console.error('compute-budget: the language server did not start', e);
      this.starting = undefined;
      return undefined;
    });
    return this.starting;
  }

  private async launch(): Promise<BaseLanguageClient> {
    const options: LanguageClientOptions = {
      documentSelector: SELECTOR as LanguageClientOptions['documentSelector'],
      diagnosticCollectionName: 'compute-budget',
      synchronize: { configurationSection: 'computeBudget' },
      initializationOptions: { pushDiagnostics: true, trusted: vscode.workspace.isTrusted },
      middleware: {
        didOpen: (document, next) => (document.lineCount > OPEN_CHUNK_MIN_LINES ? this.openInPieces(document) : this.measure(() => next(document), 'didOpen')),
        didChange: async (event, next) => {
          await this.whole(event.document);
          return this.measure(() => next(event), 'didChange');
        },
        // A long document still arriving in pieces is asked about once it is whole (not analyzed half).
        provideHover: async (document, position, token, next) => {
          await this.whole(document);
          const t0 = performance.now();
          try {
            return await next(document, position, token);
          } finally {
            this.hoverMs = performance.now() - t0;
          }
        },
        provideDocumentLinks: async (document, token, next) => {
          await this.whole(document);
          return next(document, token);
        },
        // Review mode in diff editors: numbers in diagnostics and hovers, no inline hints.
        provideInlayHints: async (document, range, token, next) => {
          await this.whole(document);
          return modeFor('full') === 'full' ? next(document, range, token) : [];
        },
        // "Analyze this file now" runs the extension's command (it waits for the analysis and refreshes the status bar).
        provideCodeActions: async (document, range, context, token, next) => {
          await this.whole(document);
          const actions = (await next(document, range, context, token)) ?? [];
          for (const a of actions) {
            const command = a instanceof vscode.CodeAction ? a.command : a;
            if (command?.command === SERVER_ANALYZE_NOW) {
              command.command = 'computeBudget.analyzeNow';
              command.arguments = [document.uri];
            }
          }
          return actions;
        },
      },
    };
    const client = this.createClient(this.context, options, (work) => this.measure(work, 'send'));
    // Files that are not open, for the web worker's server (the desktop's reads its disk itself): a URI in, null for
    // anything that cannot be read.
    const answer = (method: string, read: (uri: vscode.Uri) => Promise<unknown>) =>
      client.onRequest(method, async (raw: unknown) => {
        const p = uriParams.safeParse(raw);
        if (!p.success) return null;
        try {
          return await read(vscode.Uri.parse(p.data.uri));
        } catch {
          return null;
        }
      });
    answer('computeBudget/fs/readFile', async (uri) => {
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (open) return open.getText();
      const stat = await vscode.workspace.fs.stat(uri);
      return stat.size <= MAX_FILE_BYTES ? decoder.decode(await vscode.workspace.fs.readFile(uri)) : null;
    });
    answer('computeBudget/fs/kind', async (uri) => {
      const stat = await vscode.workspace.fs.stat(uri);
      return stat.type & vscode.FileType.Directory ? 'directory' : stat.type & vscode.FileType.File ? 'file' : null;
    });
    answer('computeBudget/fs/readDirectory', async (uri) =>
      (await vscode.workspace.fs.readDirectory(uri))
        .filter(([, type]) => type === vscode.FileType.File || type === vscode.FileType.Directory)
        .map(([name, type]) => ({ name, kind: type === vscode.FileType.Directory ? 'directory' : 'file' })),
    );
    this.disposables.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void client.sendNotification('computeBudget/trust', { trusted: true })));
    await client.start();
    this.client = client;
    return client;
  }

  /** Opens a long document on the server piece by piece (about OPEN_CHUNK_CHARS a turn), ending at the document's version. */
  private openInPieces(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    const job = (async () => {
      const client = this.client ?? (await this.start());
      if (!client) return;
      const uri = this.uri(document);
      const version = document.version;
      const lines = document.lineCount;
      // Lines per piece from the first lines' length.
      const sample = Math.min(lines, 200);
      let chars = 0;
      for (let i = 0; i < sample; i++) chars += document.lineAt(i).text.length + 1;
      const step = Math.max(100, Math.floor(OPEN_CHUNK_CHARS / Math.max(1, chars / sample)));
      const pieces = Math.ceil(lines / step);
      // (The last piece's range ends past the last line, so it holds that line's end, which has no line break after it.)
      const piece = (i: number) => document.getText(new vscode.Range(i * step, 0, Math.min(lines, (i + 1) * step), 0));
      // Every piece but the last as computeBudget/piece, one per turn; the last in the didOpen, which says how many came before.
      for (let i = 0; i < pieces; i++) {
        if (i > 0) await new Promise<void>((r) => setTimeout(() => r(), 0));
        const message =
          i < pieces - 1
            ? () => client.sendNotification('computeBudget/piece', { uri, text: piece(i) })
            : () =>
                client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: document.languageId, version, text: piece(i), pieces: i } });
        await this.measure(message, 'didOpen');
      }
    })().finally(() => this.opening.delete(key));
    this.opening.set(key, job);
    return job;
  }

  private uri(document: vscode.TextDocument): string {
    return this.client ? this.client.code2ProtocolConverter.asUri(document.uri) : document.uri.toString();
  }

  /** A request about an open document; undefined when the server is not there or fails. */
  private async ask(method: string, document: vscode.TextDocument, params: Record<string, unknown> = {}): Promise<unknown> {
    if (!vscode.languages.match(SELECTOR, document)) return undefined;
    const client = await this.start();
    if (!client) return undefined;
    await this.whole(document);
    try {
      return await client.sendRequest(method, { uri: this.uri(document), ...params });
    } catch (e) {
      console.error(`compute-budget: ${method}`, e);
      return undefined;
    }
  }

  /** The document's entry (the server answers once it holds the document: right after the open, ask again briefly). */
  private async entryBy(method: 'computeBudget/entry' | 'computeBudget/refresh' | 'computeBudget/analyzeNow', document: vscode.TextDocument): Promise<Entry> {
    for (let i = 0; i < 50; i++) {
      const e = await this.ask(method, document);
      // (Over the time budget and typed in, the entry is the last one analyzed: an older version.)
      if (e && typeof e === 'object' && typeof (e as { version?: unknown }).version === 'number') return e as Entry;
      await new Promise<void>((r) => setTimeout(() => r(), 20));
    }
    return { version: document.version, analysis: undefined, path: document.uri.path, settings: undefined as unknown as Settings };
  }

  entry(document: vscode.TextDocument): Promise<Entry> {
    return this.entryBy('computeBudget/entry', document);
  }

  async refresh(document: vscode.TextDocument): Promise<void> {
    await this.entryBy('computeBudget/refresh', document);
  }

  analyzeNow(document: vscode.TextDocument): Promise<Entry> {
    return this.entryBy('computeBudget/analyzeNow', document);
  }

  async status(document: vscode.TextDocument): Promise<ServerStatus | undefined> {
    const s = statusSchema.safeParse(await this.ask('computeBudget/status', document));
    return s.success ? s.data : undefined;
  }

  async report(document: vscode.TextDocument, format: 'text' | 'markdown' | 'json'): Promise<string | undefined> {
    const r = await this.ask('computeBudget/report', document, { format });
    return typeof r === 'string' ? r : undefined;
  }

  /** The panel's model under a what-if (the server validates the what-if as the panel's own messages are). */
  async panelModel(document: vscode.TextDocument, whatIf: WhatIfMessage): Promise<PanelModel | undefined> {
    const m = await this.ask('computeBudget/panel', document, { whatIf });
    return m && typeof m === 'object' ? (m as PanelModel) : undefined;
  }

  /** "Apply to config": the server's WorkspaceEdit in VS Code's terms, and what it could not write. */
  async layoutEdits(
    document: vscode.TextDocument,
    target: WhatIfMessage,
  ): Promise<{ edit: vscode.WorkspaceEdit; count: number; missing: string[] } | undefined> {
    const r = layoutEditsSchema.safeParse(await this.ask('computeBudget/layoutEdits', document, { target }));
    if (!r.success || !this.client) return undefined;
    const count = Object.values(r.data.edit.changes).reduce((n, c) => n + c.length, 0);
    const edit = await this.client.protocol2CodeConverter.asWorkspaceEdit(r.data.edit as LspWorkspaceEdit);
    return edit ? { edit, count, missing: r.data.missing } : undefined;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    void this.client?.stop().catch(() => undefined);
  }
}

type Entry = DocumentEntry;
