/**
 * compute-budget CLI: a thin adapter over the core. Reads files, validates flags with zod, renders.
 * Exit codes: 0 success, 1 a file could not be analyzed, 2 usage error.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import {
  analyzeFiles,
  buildReport,
  readConfig,
  resolveReference,
  syntaxOf,
  CONVENTIONS,
  LineIndex,
  localeOf,
  render,
  renderJson,
  renderMarkdown,
  renderText,
  t,
  type FileAnalysis,
  type FileInput,
  type ReadFile,
  type Locale,
  type PipelineOptions,
  type Sourced,
  type Spec,
  REPORT_VERSION,
} from '../core';
import { ACCELERATORS, clusterFromFile, findAccelerator, parseClusterFile, type Cluster, type ClusterFile } from '../core/hardware/cluster';
import { clusterForSpec } from '../core/analysis/cluster';
import { searchLayouts } from '../core/analysis/search';
import { planJson, renderPlans, type PlanJson } from '../core/report/plan';
import { collectFindings, fails, renderCheckJson, renderCheckMarkdown, renderCheckText, renderGithub, renderSarif, type FailOn } from '../core/report/check';
import { globToRegExp } from '../core/glob';
import { diffReports, renderDiffMarkdown, renderDiffText } from '../core/report/diff';

declare const VERSION: string;

export interface Io {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly readFile: (path: string) => string;
  readonly isDirectory: (path: string) => boolean;
  readonly exists: (path: string) => boolean;
  readonly listDirectory: (path: string) => string[];
  /** Files matching a glob (relative to the working directory). */
  readonly glob: (pattern: string) => string[];
  /** A path as the repository sees it (relative to the working directory, forward slashes). */
  readonly relative: (path: string) => string;
  /** A file's text at a git revision. */
  readonly gitShow: (rev: string, path: string) => { text: string } | { error: string };
  readonly locale: Locale;
}

const reportFlags = z.object({
  format: z.enum(['text', 'markdown', 'json', 'sarif', 'github']).default('text'),
  failOn: z.enum(['error', 'warning', 'never']).default('error'),
  convention: z.enum(CONVENTIONS).default('causal'),
  seqLen: z.coerce.number().int().positive().max(1e9).optional(),
  set: z.array(z.string().regex(/^[^=\s]+=.*$/, 'expected KEY=VALUE')).default([]),
  cluster: z.string().min(1).optional(),
  gpus: z.coerce.number().int().positive().max(1e7).optional(),
  globalBatch: z.coerce.number().int().positive().max(1e9).optional(),
  top: z.coerce.number().int().positive().max(100).default(5),
});

/** Cluster files the CLI finds on its own, relative to the working directory. */
export const WORKSPACE_CLUSTER_FILES = ['.compute-budget/cluster.yaml', '.compute-budget/cluster.yml', '.compute-budget/cluster.json'];

/** Largest config we read; anything bigger is not a config. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export function run(argv: readonly string[], io: Io): number {
  const L = io.locale;
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        convention: { type: 'string' },
        'seq-len': { type: 'string' },
        set: { type: 'string', multiple: true },
        cluster: { type: 'string' },
        gpus: { type: 'string' },
        'global-batch': { type: 'string' },
        top: { type: 'string' },
        'fail-on': { type: 'string' },
        git: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    return usage(io, t('cli.badOption', { problem: e instanceof Error ? e.message : String(e) }, L));
  }
  const { values, positionals } = parsed;
  if (values.version) {
    io.stdout(`${typeof VERSION === 'string' ? VERSION : 'dev'}\n`);
    return 0;
  }
  if (values.help || positionals.length === 0) {
    io.stdout(t('cli.usage', {}, L) + '\n');
    return values.help ? 0 : 2;
  }
  const [command, ...files] = positionals;
  if (command !== 'report' && command !== 'plan' && command !== 'check' && command !== 'diff') return usage(io, t('cli.unknownCommand', { command: command ?? '' }, L));
  if (files.length === 0) return usage(io, t('cli.noFiles', {}, L));

  const flags = reportFlags.safeParse({ format: values.format, failOn: values['fail-on'], convention: values.convention, seqLen: values['seq-len'], set: values.set, cluster: values.cluster, gpus: values.gpus, globalBatch: values['global-batch'], top: values.top });
  if (!flags.success) {
    const issue = flags.error.issues[0];
    const field = String(issue?.path[0] ?? '');
    const name = `--${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    return usage(io, t('cli.badOption', { problem: `${name}: ${issue?.message ?? ''}` }, L));
  }
  const { format, convention, seqLen, gpus, globalBatch } = flags.data;
  const set = Object.fromEntries(flags.data.set.map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
  const clusterChoice = resolveCluster(flags.data.cluster, gpus, io);
  if ('error' in clusterChoice) {
    io.stderr(`compute-budget: ${clusterChoice.error}\n`);
    return clusterChoice.code;
  }
  const options = { convention, seqLen, set, cluster: clusterChoice.cluster, globalBatch };
  if ((format === 'sarif' || format === 'github') && command !== 'check') return usage(io, t('cli.badOption', { problem: `--format ${format}: only for check` }, L));
  if (command === 'plan') return planCommand(files, io, options, format, flags.data.top);
  if (command === 'check') return checkCommand(files, io, options, format, flags.data.failOn);
  if (command === 'diff') return diffCommand(files, io, options, format, values.git);

  const loaded = loadInputs(files, io, options);
  const analyses = analyzeFiles(loaded.inputs, options);
  let failed = loaded.failed;
  const shown: FileAnalysis[] = [];
  for (const result of analyses) {
    const errors = result.findings.filter((f) => f.severity === 'error');
    if (errors.length === 0 && result.spec) {
      shown.push(result);
      continue;
    }
    failed = true;
    printErrors(result, io);
  }
  if (shown.length > 0) {
    const report = buildReport(shown, convention, L);
    io.stdout(format === 'json' ? renderJson(report) : format === 'markdown' ? renderMarkdown(report, L) : renderText(report, L));
  }
  return failed ? 1 : 0;
}

/**
 * Reads the files and folders given (a folder: the config files directly inside it; files it
 * cannot recognize are skipped), then the files they reference (a DeepSpeed JSON named by an
 * Axolotl YAML or a Megatron script), so that they join the same setup.
 */
function loadInputs(args: readonly string[], io: Io, options: PipelineOptions, recursive = false): { inputs: ReadFile[]; failed: boolean } {
  const L = io.locale;
  // Each file is read (extracted and recognized) once; analyzeFiles takes them as read.
  const inputs: ReadFile[] = [];
  const seen = new Set<string>();
  let failed = false;
  const read = (path: string, optional: boolean): void => {
    if (seen.has(path)) return;
    seen.add(path);
    try {
      const r = readConfig({ path, text: io.readFile(path) }, options);
      // From a folder: skip files that parse but are no config of any family (package.json, …).
      if (optional && r.recognition.family === undefined && !r.syntaxFindings.some((f) => f.severity === 'error')) return;
      inputs.push(r);
    } catch (e) {
      if (optional) return;
      io.stderr(`compute-budget: ${t('cli.cannotRead', { file: path, problem: describeIoError(e) }, L)}\n`);
      failed = true;
    }
  };
  for (const arg of args) {
    if (io.isDirectory(arg)) {
      const entries = (recursive ? io.glob(`${arg.replace(/\/+$/, '')}/**/*`).map((p) => p.slice(arg.replace(/\/+$/, '').length + 1)) : io.listDirectory(arg)).filter((name) => syntaxOf(name) !== undefined).sort();
      if (entries.length === 0) {
        io.stderr(`compute-budget: ${t('cli.emptyDirectory', { file: arg }, L)}\n`);
        failed = true;
      }
      const before = inputs.length;
      for (const name of entries) read(`${arg.replace(/\/+$/, '')}/${name}`, true);
      if (entries.length > 0 && inputs.length === before) {
        io.stderr(`compute-budget: ${t('cli.emptyDirectory', { file: arg }, L)}\n`);
        failed = true;
      }
    } else read(arg, false);
  }
  // Referenced files, one level deep.
  for (const input of [...inputs]) {
    for (const ref of input.recognition.references) {
      const target = resolveReference(input.path, ref.value);
      if (!seen.has(target) && io.exists(target)) read(target, false);
    }
  }
  return { inputs, failed };
}

/**
 * The cluster to model: --cluster (a file, or a preset id), else a workspace file
 * (.compute-budget/cluster.yaml), else H100 SXM; sized by --gpus, the profile's nodes, or the config.
 */
function resolveCluster(arg: string | undefined, gpus: number | undefined, io: Io): { cluster: Cluster | ((spec: Spec) => Cluster) } | { error: string; code: number } {
  const L = io.locale;
  let file: ClusterFile = { accelerator: 'h100-sxm', gpusPerNode: 8, links: { scaleOutGbps: 400 } };
  let origin: Sourced<string> | undefined;
  const path = arg !== undefined && (io.exists(arg) || /[\\/]|\.(ya?ml|json)$/i.test(arg)) ? arg : arg === undefined ? WORKSPACE_CLUSTER_FILES.find((f) => io.exists(f)) : undefined;
  if (path !== undefined) {
    let text: string;
    try {
      text = io.readFile(path);
    } catch (e) {
      return { error: t('cli.cannotRead', { file: path, problem: describeIoError(e) }, L), code: 1 };
    }
    const parsed = parseClusterFile(text);
    if (!parsed.ok) return { error: t('cluster.invalidFile', { file: path, problem: parsed.problem }, L), code: 1 };
    file = parsed.value;
    origin = { value: path, source: { kind: 'override', reason: { id: 'prov.clusterFile', args: { file: path } } } };
  } else if (arg !== undefined) {
    if (!findAccelerator(arg)) return { error: t('cluster.unknownPreset', { name: arg, known: ACCELERATORS.map((a) => a.id).join(', ') }, L), code: 2 };
    file = { accelerator: arg.toLowerCase(), links: {} };
    origin = { value: arg, source: { kind: 'override', reason: { id: 'prov.clusterFile', args: { file: `--cluster ${arg}` } } } };
  }
  if (gpus !== undefined) return { cluster: clusterFromFile(file, origin ?? { value: 'h100-sxm', source: { kind: 'assumed', reason: { id: 'prov.defaultCluster', args: { gpus } } } }, gpus) };
  const chosen = file;
  return { cluster: (spec: Spec) => clusterForSpec(spec, chosen, origin) };
}

function planCommand(files: readonly string[], io: Io, options: PipelineOptions & { cluster: Cluster | ((spec: Spec) => Cluster); globalBatch?: number }, format: string, top: number): number {
  const L = io.locale;
  const loaded = loadInputs(files, io, options);
  const analyses = analyzeFiles(loaded.inputs, options);
  let failed = loaded.failed;
  const plans: PlanJson[] = [];
  for (const a of analyses) {
    const spec = a.spec;
    if (!spec?.model || !a.analysis) {
      failed = true;
      printErrors(a, io);
      continue;
    }
    const cluster = a.analysis.cluster.cluster;
    const { workload, layout } = a.analysis.cluster.plan;
    const result = searchLayouts(workload, cluster, { zero: layout.zero, distributedOptimizer: spec.training.distributedOptimizer?.value ?? true }, { top, convention: options.convention });
    plans.push(planJson(a.path, cluster, workload, result, options.convention ?? 'causal'));
    if (result.best.length === 0) failed = true;
  }
  if (plans.length) io.stdout(format === 'json' ? JSON.stringify({ version: REPORT_VERSION, tool: 'compute-budget', plans }, null, 2) + '\n' : renderPlans(plans, format === 'markdown', L));
  return failed ? 1 : 0;
}

/**
 * check: every rule on every config; exit 1 when a finding at or above --fail-on exists, 0
 * otherwise (2 for usage errors, before this runs). Arguments may be files, folders or globs.
 */
function checkCommand(args: readonly string[], io: Io, options: PipelineOptions, format: string, failOn: FailOn): number {
  const L = io.locale;
  const expanded = args.flatMap((a) => (/[*?[{]/.test(a) ? io.glob(a) : [a]));
  if (expanded.length === 0) return usage(io, t('cli.noFiles', {}, L));
  const loaded = loadInputs(expanded, io, options, true);
  const results = analyzeFiles(loaded.inputs, options);
  const findings = collectFindings(results, io.relative, L);
  const out =
    format === 'json' ? renderCheckJson(findings) : format === 'sarif' ? renderSarif(findings, typeof VERSION === 'string' ? VERSION : 'dev', L) : format === 'github' ? renderGithub(findings, L) : format === 'markdown' ? renderCheckMarkdown(findings, L) : renderCheckText(findings, L);
  io.stdout(out);
  return loaded.failed || fails(findings, failOn) ? 1 : 0;
}

/**
 * diff: two configs (old new), or the given files against a git revision (--git <rev>). A config
 * that cannot be analyzed on either side is an error (exit 1).
 */
function diffCommand(args: readonly string[], io: Io, options: PipelineOptions, format: string, rev: string | undefined): number {
  const L = io.locale;
  let oldInputs: FileInput[];
  let newInputs: FileInput[];
  if (rev !== undefined) {
    if (!/^[\w./~^@{}-]+$/.test(rev)) return usage(io, t('cli.badOption', { problem: `--git ${rev}` }, L));
    const now = loadInputs(args, io, options);
    if (now.failed) return 1;
    newInputs = now.inputs;
    oldInputs = [];
    for (const input of now.inputs) {
      const old = io.gitShow(rev, input.path);
      if ('error' in old) {
        io.stderr(`compute-budget: ${t('cli.gitFailed', { file: input.path, rev, problem: old.error }, L)}\n`);
        return 1;
      }
      oldInputs.push({ path: input.path, text: old.text });
    }
  } else {
    if (args.length !== 2) return usage(io, t('cli.diffArgs', {}, L));
    const a = loadInputs([args[0]!], io, options);
    const b = loadInputs([args[1]!], io, options);
    if (a.failed || b.failed) return 1;
    oldInputs = a.inputs;
    newInputs = b.inputs;
  }
  const before = analyzeFiles(oldInputs, options);
  const after = analyzeFiles(newInputs, options);
  const broken = [...before, ...after].filter((r) => !r.spec || r.findings.some((f) => f.severity === 'error' && f.ruleId !== 'parallel-degrees' && f.ruleId !== 'memory-over-capacity' && f.ruleId !== 'batch-arithmetic' && !r.analysis));
  for (const r of broken) printErrors(r, io);
  if (broken.length) return 1;
  const conv = options.convention ?? 'causal';
  const oldReport = buildReport(before, conv, L).files;
  const newReport = buildReport(after, conv, L).files;
  const diffs = newReport.map((n, i) => diffReports(oldReport.find((o) => o.path === n.path) ?? oldReport[i] ?? oldReport[0]!, n));
  if (format === 'json') io.stdout(JSON.stringify({ version: REPORT_VERSION, tool: 'compute-budget', diffs }, null, 2) + '\n');
  else io.stdout(diffs.map((d) => (format === 'markdown' ? renderDiffMarkdown(d, L) : renderDiffText(d, L))).join('\n'));
  return 0;
}

function printErrors(result: FileAnalysis, io: Io): void {
  const L = io.locale;
  const errors = result.findings.filter((f) => f.severity === 'error');
  const texts = new Map(result.files.map((f) => [f.path, f.text]));
  for (const e of errors) {
    const r = e.ranges[0];
    const file = r?.file ?? result.path;
    const { line, column } = r ? new LineIndex(texts.get(r.file) ?? '').position(r.range.start) : { line: 1, column: 1 };
    io.stderr(`${t('cli.fileError', { file, line, column, severity: t('severity.error', {}, L), message: render(e.message, L) }, L)}\n`);
  }
  if (!errors.length) io.stderr(`compute-budget: ${t('cli.notAnalyzed', { file: result.path }, L)}\n`);
}

function usage(io: Io, problem: string): number {
  io.stderr(`compute-budget: ${problem}\n\n${t('cli.usage', {}, io.locale)}\n`);
  return 2;
}

function describeIoError(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e) {
    const code = String((e as { code: unknown }).code);
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EACCES') return 'permission denied';
    if (code === 'EFBIG') return `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`;
    return code;
  }
  return e instanceof Error ? e.message : String(e);
}

export function nodeIo(): Io {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readFile: (path) => {
      if (statSync(path).size > MAX_FILE_BYTES) throw Object.assign(new Error('too large'), { code: 'EFBIG' });
      return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    },
    isDirectory: (path) => {
      try {
        return statSync(path).isDirectory();
      } catch {
        return false;
      }
    },
    exists: (path) => existsSync(path),
    listDirectory: (path) => readdirSync(path, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name),
    glob: (pattern) => expandGlob(pattern),
    relative: (path) => relative(process.cwd(), resolve(path)).split(sep).join('/'),
    gitShow: (rev, path) => {
      const top = spawnSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8', cwd: dirname(resolve(path)) });
      if (top.status !== 0) return { error: (top.stderr || 'not a git repository').trim() };
      const rel = relative(top.stdout.trim(), resolve(path)).split(sep).join('/');
      const r = spawnSync('git', ['show', `${rev}:${rel}`], { encoding: 'utf8', cwd: top.stdout.trim(), maxBuffer: MAX_FILE_BYTES * 2 });
      return r.status === 0 ? { text: r.stdout } : { error: (r.stderr || `git exited ${r.status}`).trim().split('\n')[0]! };
    },
    locale: localeOf(process.env.COMPUTE_BUDGET_LANG ?? process.env.LC_ALL ?? process.env.LANG),
  };
}

/** Files under the glob's fixed prefix that match it (node_modules and dot-folders skipped). */
export function expandGlob(pattern: string): string[] {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const p of parts) {
    if (/[*?[{]/.test(p)) break;
    fixed.push(p);
  }
  const base = fixed.join('/') || '.';
  const re = globToRegExp(pattern.replace(/^\.\//, ''));
  const out: string[] = [];
  const walk = (dir: string, depth: number): void => {
    if (depth > 20) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
      const p = dir === '.' ? e.name : join(dir, e.name).split(sep).join('/');
      if (e.isDirectory()) walk(p, depth + 1);
      else if (re.test(p)) out.push(p);
    }
  };
  walk(base, 0);
  return out.sort();
}
