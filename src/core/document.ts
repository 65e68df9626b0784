/**
 * One editor document's analysis, as every editor adapter needs it (the VS Code extension and the
 * language server): the settings' file filters and opt-out, the size and time budgets checked before
 * parsing, the setup by the engine's one rule (the document, the configs next to it and the files any
 * of them references), and the switch to on-save analysis for documents over the time budget. The
 * adapter owns the documents, their versions and the file system; this owns what is decided.
 */
import { analyze, collectSetup, joinsSetup, type ClusterChoice, type EngineFs, type EngineOptions } from './engine';
import { globToRegExp } from './glob';
import { estimateAnalysisMs, INLINE_FACTOR, sniffOf } from './limits';
import { readConfig, syntaxOf, type FileAnalysis, type FileInput, type ReadFile } from './pipeline';
import { LOADS_CONFIG } from './extract/python';
import { dirOf } from './paths';
import type { Settings } from './settings';
import { render, t, type Locale } from './messages';
import type { Message, Range, Severity, TextEdit } from './types';

export interface DocumentEntry {
  readonly version: number;
  readonly analysis: FileAnalysis | undefined;
  readonly path: string;
  readonly settings: Settings;
  /** Shown instead of an analysis: the file is too large (or too expanded) to analyze inline. */
  readonly notice?: Message;
  /** Synchronous milliseconds of the last analysis (for a file over the limits: reading its head). */
  readonly ms?: number;
}

/**
 * The long part of a document's analysis (its setup read and analyzed), as data: what a language server hands to another
 * thread when the document is one the user asked to analyze or one known to exceed the time budget. `open` holds the
 * other open documents' texts by path (they win over the disk).
 */
export interface SetupWork {
  readonly path: string;
  readonly text: string;
  readonly settings: Settings;
  /** Named in the settings' files.include: analyzed whatever its family. */
  readonly forced: boolean;
  readonly cluster: ClusterChoice | undefined;
  readonly open: Readonly<Record<string, string>>;
}

/** What the long part found: nothing to show, a notice that alias expansion hit its cap, or the setup's analysis. */
export type SetupOutcome =
  | { readonly kind: 'none' }
  | { readonly kind: 'expanded' }
  | { readonly kind: 'analyzed'; readonly analysis: FileAnalysis | undefined; readonly syncMs: number };

/**
 * Reads and analyzes a document's setup (the document, the configs next to it, the files they reference). `reads` keeps
 * the files read last time by path, so an unchanged sibling is not parsed again.
 */
export async function analyzeSetup(
  work: Omit<SetupWork, 'open' | 'cluster'> & { readonly fs: EngineFs; readonly sources?: Pick<EngineOptions, 'hfCaches' | 'hub'> },
  cluster: () => Promise<ClusterChoice | undefined>,
  reads: Map<string, ReadFile>,
): Promise<SetupOutcome> {
  const { path, text, settings, forced } = work;
  // The time budget counts synchronous work only (what blocks the thread), not file reads.
  let syncMs = 0;
  const read = (input: FileInput): ReadFile => {
    const started = Date.now();
    const r = readConfig(input);
    syncMs += Date.now() - started;
    return r;
  };
  const own = read({ path, text });
  // Alias expansion (or sheer size) hit the extractor's cap: say so instead of half a result.
  if (own.syntaxFindings.some((f) => f.ruleId === 'too-large')) return { kind: 'expanded' };
  // Light up only on configs of a family we know (or files the user named in the settings).
  // (Or a script that takes its settings from its command line, where a launch beside it runs it: collectSetup reads that.)
  const launched = own.recognition.findings.some((f) => f.message.id === 'python.commandLine');
  // (Or a script no reader knows alone that takes from beside it: a module it imports, whose constants, functions or classes the
  // engine reads it with, or a config file it loads.)
  const joins = joinsSetup(path, own.recognition.family, forced);
  const taking = !joins && !launched && (await takesFromBeside(work.fs, path, text, own));
  if (!joins && !launched && !taking) return { kind: 'none' };

  // Every file is read once (siblings are kept while their text is unchanged).
  const maxMs = INLINE_FACTOR * settings['limits.maxAnalysisMs'];
  const setup = await collectSetup(
    work.fs,
    {
      files: [own],
      siblingsOf: path,
      skipText: (p, t) => optedOut(t) || estimateAnalysisMs(syntaxOf(p) ?? 'yaml', t.length) > maxMs,
      read: (input) => {
        // (A file read with more than its text, a script's arguments or what a config inherits, is read afresh each time.)
        const plain =
          !input.argv &&
          !input.environ &&
          !input.imports &&
          !input.calls &&
          !input.prelude &&
          !input.prepend &&
          !input.flavor &&
          !input.inherited &&
          !input.sourced;
        const known = reads.get(input.path);
        if (plain && known && known.text === input.text) return known;
        const r = read(input);
        if (plain) reads.set(input.path, r);
        return r;
      },
    },
    work.sources ?? {},
  );
  const chosen = await cluster();
  const started = Date.now();
  const results = analyze(setup.inputs, { convention: settings.convention, cluster: chosen });
  const analysis =
    results.find((r) => r.files.some((f) => f.path === path)) ??
    results.find((r) => r.findings.some((f) => LAUNCHED_BY.has(f.message.id) && f.ranges.some((x) => x.file === path)));
  syncMs += Date.now() - started;
  // (A script no launch beside it runs: nothing to show, as for any file no reader knows.)
  if (launched && !forced && !analysis?.findings.some((f) => LAUNCHED_BY.has(f.message.id))) return { kind: 'none' };
  // (Nor one that what it takes from beside it leaves unread.)
  if (taking && !analysis?.findings.some((f) => READ_WITH.has(f.message.id))) return { kind: 'none' };
  return { kind: 'analyzed', analysis, syncMs };
}

/** What says a script is read with what it takes from beside it (engine.ts collectSetup). */
const READ_WITH: ReadonlySet<string> = new Set(['python.imported', 'python.modulesCalled', 'python.configLoaded']);

/**
 * A Python script no reader recognizes that loads a config file (extract/python.ts LOADS_CONFIG) or imports a module of its
 * folder (`from model import HuggingFaceLM`, `import config`: a `model.py` or `config/` there), which collectSetup reads it with.
 */
async function takesFromBeside(fs: EngineFs, path: string, text: string, own: ReadFile): Promise<boolean> {
  if (!/\.py$/.test(path) || !own.recognition.findings.every((f) => f.message.id === 'recognize.unknownFormat')) return false;
  if (own.facts.some((f) => f.path[f.path.length - 1] === '@call' && f.value === LOADS_CONFIG)) return true;
  const modules = new Set([...text.matchAll(/^(?:from[ \t]+\.?([A-Za-z_]\w*)[\w.]*[ \t]+import|import[ \t]+([A-Za-z_]\w*))\b/gm)].map((m) => m[1] ?? m[2]!));
  if (!modules.size) return false;
  const entries = await fs.readDirectory(dirOf(path)).catch(() => []);
  return entries.some((e) => modules.has(e.kind === 'file' ? e.name.replace(/\.py$/, '') : e.name) && (e.kind !== 'file' || e.name.endsWith('.py')));
}

/** What says a script is read as the launch beside it runs it, or with the config beside it (engine.ts collectSetup). */
const LAUNCHED_BY: ReadonlySet<string> = new Set(['setup.launchedBy', 'setup.launchedByOne', 'setup.configBeside']);

export interface DocumentRequest {
  /** The document's identity (its URI), for the on-save and asked-for sets. */
  readonly key: string;
  /** Its path as the engine's file system names it. */
  readonly path: string;
  readonly text: string;
  readonly version: number;
  readonly settings: Settings;
  /** Files beside and referenced by the document (open documents as typed). */
  readonly fs: EngineFs;
  /** Where a named model's config.json is found beyond the workspace. */
  readonly sources?: Pick<EngineOptions, 'hfCaches' | 'hub'>;
  /** The cluster to model (the setting, the workspace's cluster file, or the default). */
  readonly cluster: () => Promise<ClusterChoice | undefined>;
  /**
   * Where the long part runs for a document the user asked to analyze or one known to exceed the time budget (a
   * language server's worker thread), so it delays nothing else; absent: here. `open` gives the other open documents.
   */
  readonly background?: {
    readonly run: (work: SetupWork) => Promise<SetupOutcome>;
    readonly open: () => Readonly<Record<string, string>>;
  };
}

export function matchesAny(path: string, globs: readonly string[]): boolean {
  return globs.some((g) => globToRegExp(g).test(path));
}

/** Per-file opt-out: a comment "compute-budget: off" in the first lines. */
export function optedOut(text: string): boolean {
  return /compute-budget:\s*off/i.test(text.slice(0, 2000));
}

/** The analyses of one editor's documents, with what they remember between versions. */
export class DocumentAnalyzer {
  /** Sibling configs as last read, so typing in one file does not re-parse the files next to it. */
  private readonly siblingReads = new Map<string, ReadFile>();
  /** Documents whose analysis exceeded the time budget: re-analyzed on save, not per keystroke. */
  private readonly slow = new Set<string>();
  private readonly overOnce = new Set<string>();
  /** Documents the user asked to analyze although their estimate is over the inline limit. */
  private readonly asked = new Set<string>();

  /** Analyzed on save only (over the time budget). */
  isSlow(key: string): boolean {
    return this.slow.has(key);
  }

  /** The user asked for one analysis although the estimate is over the inline limit ("Analyze This File Now"). */
  ask(key: string): void {
    this.asked.add(key);
  }

  /** The document was closed. */
  forget(key: string): void {
    this.slow.delete(key);
    this.overOnce.delete(key);
    this.asked.delete(key);
  }

  /** A file changed on disk: its next read is parsed anew. */
  invalidate(path: string): void {
    this.siblingReads.delete(path);
  }

  async analyze(request: DocumentRequest): Promise<DocumentEntry> {
    const { key, path, text, version, settings } = request;
    const none: DocumentEntry = { version, analysis: undefined, path, settings };
    if (!settings.enable) return none;
    if (matchesAny(path, settings['files.exclude'])) return none;
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
      const head = readConfig({ path, text: sniffOf(path, text) }, { head: true });
      const ms = Date.now() - started;
      // Typing does not even re-read the head: the next save does (as for a slow document).
      this.slow.add(key);
      return joinsSetup(path, head.recognition.family, forced) ? { ...none, ms, notice: gate } : { ...none, ms };
    }
    // The long part: on another thread for a document known to be long (asked for, or over the budget before), else here.
    const background = request.background && (this.asked.has(key) || this.slow.has(key)) ? request.background : undefined;
    const here = () =>
      analyzeSetup(
        { path, text, settings, forced, fs: request.fs, ...(request.sources ? { sources: request.sources } : {}) },
        request.cluster,
        this.siblingReads,
      );
    // (A background that fails, a thread that could not start say, leaves the work to this one.)
    const outcome = background
      ? await background.run({ path, text, settings, forced, cluster: await request.cluster(), open: background.open() }).catch(here)
      : await here();
    if (outcome.kind === 'expanded') return { ...none, notice: { id: 'notice.tooExpanded', args: {} } };
    if (outcome.kind === 'none') return none;
    const { analysis, syncMs } = outcome;
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
}

/** A diagnostic of one document, at offsets (the adapter maps them to positions). */
export interface EditorDiagnostic {
  readonly range: Range;
  readonly message: string;
  /** The finding's, or the settings' override (which may lower it to a hint). */
  readonly severity: Severity | 'hint';
  readonly code: string;
}

/**
 * The diagnostics of a document: a notice instead of an analysis, else its setup's findings on this
 * file, each rule's severity as the settings override it (`off`: none). None when quiet.
 */
export function editorDiagnostics(entry: DocumentEntry, quiet: boolean, locale: Locale): EditorDiagnostic[] {
  const out: EditorDiagnostic[] = [];
  if (entry.notice) out.push({ range: { start: 0, end: 0 }, message: render(entry.notice, locale), severity: 'info', code: 'too-large' });
  const a = entry.analysis;
  if (!a || quiet) return out;
  for (const f of a.findings) {
    const override = entry.settings.rules[f.ruleId];
    if (override === 'off') continue;
    for (const r of f.ranges)
      if (r.file === entry.path)
        out.push({
          range: { start: r.range.start, end: Math.max(r.range.end, r.range.start) },
          message: render(f.message, locale),
          severity: override ?? f.severity,
          code: f.ruleId,
        });
  }
  return out;
}

/** A quick fix: its title and its edits (offsets into each edit's file). */
export interface QuickFix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** Instead of edits: analyze the document once although it is over the inline limit. */
  readonly analyzeNow?: true;
}

/** The quick fixes of the findings that touch [start, end] of the document; the same edit once. */
export function quickFixes(entry: DocumentEntry, start: number, end: number, locale: Locale): QuickFix[] {
  if (entry.notice?.id === 'notice.tooSlow')
    return [{ title: t('command.analyzeNow', { ms: entry.notice.args?.['ms'] ?? '' }, locale), edits: [], analyzeNow: true }];
  const a = entry.analysis;
  if (!a) return [];
  const out: QuickFix[] = [];
  const seen = new Set<string>();
  for (const f of a.findings) {
    if (!f.fixes.length || !f.ranges.some((r) => r.file === entry.path && r.range.start <= end && r.range.end >= start)) continue;
    for (const fix of f.fixes) {
      // Several rules may propose the same edit (TP 3 breaks heads, hidden and FFN alike).
      const key = JSON.stringify(fix.edits);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ title: render(fix.title, locale), edits: fix.edits });
    }
  }
  return out;
}
