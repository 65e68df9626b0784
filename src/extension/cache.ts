/**
 * One analysis per (document, version), shared by every provider. The setup of a document is the
 * document plus the config files next to it and the files it references, read through
 * vscode.workspace.fs (so it also works in vscode.dev); the workspace cluster profile comes from
 * the setting or .compute-budget/cluster.{yaml,yml,json}.
 */
import * as vscode from 'vscode';
import {
  analyze,
  chooseCluster,
  collectSetup,
  estimateAnalysisMs,
  globToRegExp,
  headOf,
  INLINE_FACTOR,
  joinsSetup,
  readConfig,
  syntaxOf,
  type ClusterChoice,
  type EngineFs,
  type FileAnalysis,
  type FileInput,
  type Message,
  type ReadFile,
} from '../core';
import { readSettings, type Settings } from './settings';
import { hfCaches, hubFetcher } from './hub';

/** Files larger than this are not read as siblings (the document itself is handled by the caller). */
const MAX_SIBLING_BYTES = 2 * 1024 * 1024;

export interface Entry {
  readonly version: number;
  readonly analysis: FileAnalysis | undefined;
  readonly path: string;
  readonly settings: Settings;
  /** Shown instead of an analysis: the file is too large (or too expanded) to analyze inline. */
  readonly notice?: Message;
  /**
   * How long the last analysis took on the extension host's thread (for a file over the limits:
   * reading its head); above the budget, edits are analyzed on save only.
   */
  readonly ms?: number;
}

const decoder = new TextDecoder('utf-8');

export function matchesAny(path: string, globs: readonly string[]): boolean {
  return globs.some((g) => globToRegExp(g).test(path));
}

/** Per-file opt-out: a comment "compute-budget: off" in the first lines. */
export function optedOut(text: string): boolean {
  return /compute-budget:\s*off/i.test(text.slice(0, 2000));
}

export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new Map<string, Promise<Entry>>();
  private readonly files = new Map<string, string | null>();
  /** Sibling configs as last read, so typing in one file does not re-parse the files next to it. */
  private readonly siblingReads = new Map<string, ReadFile>();
  /** The cluster chosen by the setting or the workspace's cluster file, per setting value. */
  private clusterChoice: { setting: string; choice: ClusterChoice | undefined } | undefined;
  /** Documents whose analysis exceeded the time budget: re-analyzed on save, not per keystroke. */
  private readonly slow = new Set<string>();
  private readonly overOnce = new Set<string>();
  /** Documents the user asked to analyze although their estimate is over the inline limit. */
  private readonly asked = new Set<string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{json,jsonc,yaml,yml,toml,py,sh,bash}');
    const invalidate = (uri: vscode.Uri) => {
      this.files.delete(uri.toString());
      this.siblingReads.delete(uri.path);
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
        this.slow.delete(d.uri.toString());
        this.asked.delete(d.uri.toString());
      }),
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (this.slow.has(d.uri.toString())) {
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
    if (hit && this.slow.has(key) && document.isDirty) return Promise.resolve(hit);
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
    this.asked.add(key);
    await this.pending.get(key); // one still computed without the request would answer for it
    this.entries.delete(key);
    const entry = await this.get(document);
    this.changed.fire(document.uri);
    return entry;
  }

  private async compute(document: vscode.TextDocument): Promise<Entry> {
    const version = document.version;
    const settings = readSettings(document.uri);
    const path = document.uri.path;
    const key = document.uri.toString();
    const none: Entry = { version, analysis: undefined, path, settings };
    if (!settings.enable) return none;
    if (matchesAny(path, settings['files.exclude'])) return none;
    const text = document.getText();
    if (optedOut(text)) return none;
    const syntax = syntaxOf(path, text);
    if (!syntax) return none;
    const forced = matchesAny(path, settings['files.include']);
    // Size and time budgets, checked before the file is parsed: a file over the size limit, or one
    // whose analysis is estimated above ten times the time budget, gets a notice instead of work.
    const maxMB = settings['limits.maxFileSizeMB'];
    const budget = settings['limits.maxAnalysisMs'];
    const estimate = estimateAnalysisMs(syntax, text.length);
    const gate: Message | undefined =
      text.length > maxMB * 1024 * 1024
        ? { id: 'notice.tooLarge', args: { size: (text.length / 1024 / 1024).toFixed(1), max: maxMB } }
        : estimate > INLINE_FACTOR * budget && !this.asked.has(key)
          ? { id: 'notice.tooSlow', args: { kb: Math.round(text.length / 1024), ms: Number(estimate.toPrecision(2)), max: budget } }
          : undefined;
    if (gate) {
      // Only its head is read, to tell a config from any other large file (which gets nothing).
      const started = Date.now();
      const head = readConfig({ path, text: headOf(text) });
      const ms = Date.now() - started;
      // Typing does not even re-read the head: the next save does (as for a slow document).
      this.slow.add(key);
      return joinsSetup(path, head.recognition.family, forced) ? { ...none, ms, notice: gate } : { ...none, ms };
    }
    // The time budget counts synchronous work only (what blocks the extension host), not file reads.
    let syncMs = 0;
    const read = (input: FileInput): ReadFile => {
      const started = Date.now();
      const r = readConfig(input);
      syncMs += Date.now() - started;
      return r;
    };
    const own = read({ path, text });
    // Alias expansion (or sheer size) hit the extractor's cap: say so instead of half a result.
    if (own.syntaxFindings.some((f) => f.ruleId === 'too-large')) return { ...none, notice: { id: 'notice.tooExpanded', args: {} } };
    // Light up only on configs of a family we know (or files the user named in the settings).
    if (!joinsSetup(path, own.recognition.family, forced)) return none;

    // The setup by the engine's one rule: the document, the configs next to it, and the files any
    // of them references; every file is read once (siblings are kept while their text is unchanged).
    const maxMs = INLINE_FACTOR * budget;
    const sources = { hfCaches: hfCaches(document.uri), hub: hubFetcher(settings['hub.enabled']) };
    const setup = await collectSetup(
      this.fs(document.uri),
      {
        files: [own],
        siblingsOf: path,
        skipText: (p, t) => optedOut(t) || estimateAnalysisMs(syntaxOf(p) ?? 'yaml', t.length) > maxMs,
        read: (input) => {
          const known = this.siblingReads.get(input.path);
          if (known && known.text === input.text) return known;
          const r = read(input);
          this.siblingReads.set(input.path, r);
          return r;
        },
      },
      sources,
    );
    const cluster = await this.cluster(settings, document.uri);
    const started = Date.now();
    const results = analyze(setup.inputs, { convention: settings.convention, cluster });
    const analysis = results.find((r) => r.files.some((f) => f.path === path));
    syncMs += Date.now() - started;
    // Two analyses over budget in a row (one can be a cold start) switch the document to on-save;
    // one over ten times the budget does at once (no cold start is that slow), so a big file
    // analyzed when it opens is not analyzed again on the first keystroke.
    const over = syncMs > budget;
    if (over && (this.overOnce.has(key) || syncMs > INLINE_FACTOR * budget || this.asked.has(key))) this.slow.add(key);
    if (over) this.overOnce.add(key);
    else {
      this.overOnce.delete(key);
      this.slow.delete(key);
    }
    const slow = this.slow.has(key);
    return { version, analysis, path, settings, ms: syncMs, notice: slow ? { id: 'notice.slow', args: { ms: syncMs, max: budget } } : undefined };
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
