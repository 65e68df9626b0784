/**
 * One analysis per (document, version), shared by every provider. The setup of a document is the
 * document plus the config files next to it and the files it references, read through
 * vscode.workspace.fs (so it also works in vscode.dev); the workspace cluster profile comes from
 * the setting or .compute-budget/cluster.{yaml,yml,json}.
 */
import * as vscode from 'vscode';
import { chooseCluster, DocumentAnalyzer, type ClusterChoice, type DocumentEntry, type EngineFs } from '../core';
import { readSettings, type Settings } from './settings';
import { hfCaches, hubFetcher } from './hub';

/** Files larger than this are not read as siblings (the document itself is handled by the caller). */
const MAX_SIBLING_BYTES = 2 * 1024 * 1024;

/** A document's analysis; `ms` is how long it took on the extension host's thread (above the budget, edits are analyzed on save only). */
export type Entry = DocumentEntry;

const decoder = new TextDecoder('utf-8');

export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new Map<string, Promise<Entry>>();
  private readonly files = new Map<string, string | null>();
  /** What is decided per document (budgets, setups, on-save); shared with the language server. */
  private readonly analyzer = new DocumentAnalyzer();
  /** The cluster chosen by the setting or the workspace's cluster file, per setting value. */
  private clusterChoice: { setting: string; choice: ClusterChoice | undefined } | undefined;
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{json,jsonc,yaml,yml,toml,py,sh,bash}');
    const invalidate = (uri: vscode.Uri) => {
      this.files.delete(uri.toString());
      this.analyzer.invalidate(uri.path);
      if (uri.path.includes('/.compute-budget/') || /cluster/i.test(uri.path)) this.clusterChoice = undefined;
      this.entries.clear();
      this.changed.fire(uri);
    };
    watcher.onDidChange(invalidate, undefined, this.disposables);
    watcher.onDidCreate(invalidate, undefined, this.disposables);
    watcher.onDidDelete(invalidate, undefined, this.disposables);
    this.disposables.push(
      watcher,
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('computeBudget')) {
          this.clusterChoice = undefined;
          this.entries.clear();
          this.changed.fire(vscode.Uri.parse('compute-budget:settings'));
        }
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.entries.delete(d.uri.toString());
        this.analyzer.forget(d.uri.toString());
      }),
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (this.analyzer.isSlow(d.uri.toString())) {
          this.entries.delete(d.uri.toString());
          this.changed.fire(d.uri);
        }
      }),
    );
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.changed.dispose();
  }

  /** The analysis of a document at its current version (computed once per version). */
  get(document: vscode.TextDocument): Promise<Entry> {
    const key = document.uri.toString();
    const hit = this.entries.get(key);
    if (hit && hit.version === document.version) return Promise.resolve(hit);
    // Over the time budget: keep the last result while typing; the next save re-analyzes.
    if (hit && this.analyzer.isSlow(key) && document.isDirty) return Promise.resolve(hit);
    const running = this.pending.get(key);
    if (running) return running;
    const job = this.compute(document)
      .catch((): Entry => ({ version: document.version, analysis: undefined, path: document.uri.path, settings: readSettings(document.uri) }))
      .then((entry) => {
        this.pending.delete(key);
        if (entry.version === document.version) this.entries.set(key, entry);
        return entry;
      });
    this.pending.set(key, job);
    return job;
  }

  /** The cached entry for the document's current version, if computed. */
  peek(document: vscode.TextDocument): Entry | undefined {
    const e = this.entries.get(document.uri.toString());
    return e && e.version === document.version ? e : undefined;
  }

  /**
   * Analyze a document once now even though its estimate is over the inline limit (the user asked:
   * "Analyze This File Now"). From then on it is updated on save, like any slow document.
   */
  async analyzeNow(document: vscode.TextDocument): Promise<Entry> {
    const key = document.uri.toString();
    this.analyzer.ask(key);
    await this.pending.get(key); // one still computed without the request would answer for it
    this.entries.delete(key);
    const entry = await this.get(document);
    this.changed.fire(document.uri);
    return entry;
  }

  private compute(document: vscode.TextDocument): Promise<Entry> {
    const settings = readSettings(document.uri);
    return this.analyzer.analyze({
      key: document.uri.toString(),
      path: document.uri.path,
      text: document.getText(),
      version: document.version,
      settings,
      fs: this.fs(document.uri),
      sources: { hfCaches: hfCaches(document.uri), hub: hubFetcher(settings['hub.enabled']) },
      cluster: () => this.cluster(settings, document.uri),
    });
  }

  /** The engine's view of the workspace: open documents as typed, other files through vscode.workspace.fs. */
  private fs(base: vscode.Uri): EngineFs {
    const uri = (path: string) => base.with({ path });
    return {
      readFile: async (path) => {
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri(path).toString());
        if (open) return open.getText();
        const text = await this.readText(uri(path));
        if (text === null) throw new Error('cannot read');
        return text;
      },
      kind: async (path) => {
        try {
          const stat = await vscode.workspace.fs.stat(uri(path));
          return stat.type & vscode.FileType.Directory ? 'directory' : stat.type & vscode.FileType.File ? 'file' : undefined;
        } catch {
          return undefined;
        }
      },
      readDirectory: async (path) => {
        const entries = await vscode.workspace.fs.readDirectory(uri(path));
        return entries
          .filter(([, type]) => type === vscode.FileType.File || type === vscode.FileType.Directory)
          .map(([name, type]) => ({ name, kind: type === vscode.FileType.Directory ? ('directory' as const) : ('file' as const) }));
      },
    };
  }

  private async readText(uri: vscode.Uri): Promise<string | null> {
    const key = uri.toString();
    if (this.files.has(key)) return this.files.get(key)!;
    let text: string | null = null;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size <= MAX_SIBLING_BYTES) text = decoder.decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      text = null;
    }
    this.files.set(key, text);
    return text;
  }

  /** The cluster to model: the setting (a preset or a workspace file), else the workspace's cluster file, else the default. */
  private async cluster(settings: Settings, document: vscode.Uri): Promise<ClusterChoice | undefined> {
    if (this.clusterChoice?.setting === settings.cluster) return this.clusterChoice.choice;
    const folder = vscode.workspace.getWorkspaceFolder(document)?.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri;
    const chosen = await chooseCluster(this.fs(folder ?? document), folder?.path ?? '/', settings.cluster || undefined);
    // A cluster file that cannot be read or is invalid leaves the default (the JSON schema flags it in its editor).
    const choice = 'error' in chosen ? undefined : chosen;
    this.clusterChoice = { setting: settings.cluster, choice };
    return choice;
  }
}
