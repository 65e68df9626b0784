/**
 * compute-budget CLI: a thin adapter over the core. Reads files, validates flags with zod, renders.
 * Exit codes: 0 success, 1 a file could not be analyzed, 2 usage error.
 */
import { readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import {
  analyze,
  buildReport,
  chooseCluster,
  collectFindings,
  collectSetup,
  diffReports,
  fails,
  globToRegExp,
  leversOf,
  localeOf,
  planReport,
  render,
  renderCheckJson,
  renderCheckMarkdown,
  renderCheckText,
  renderDiffMarkdown,
  renderDiffText,
  renderGithub,
  renderJson,
  renderLevers,
  renderMarkdown,
  renderPlans,
  renderSarif,
  renderText,
  t,
  unreadable,
  CONVENTIONS,
  LineIndex,
  REPORT_VERSION,
  type EngineFs,
  type EngineOptions,
  type FailOn,
  type FileAnalysis,
  type FileInput,
  type LeversJson,
  type Locale,
  type PlanJson,
} from '../core';

import { hfCaches, hubFetcher, MAX_FILE_BYTES, nodeFs } from './node';

export { hfCaches, hubFetcher, HUB_TIMEOUT_MS, MAX_FILE_BYTES, nodeFs } from './node';

declare const VERSION: string;

export interface Io {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  /** Files, folders and their kinds, as the engine reads them. */
  readonly fs: EngineFs;
  /** `lsp --stdio`: serves the Language Server Protocol on stdin/stdout until the client exits. */
  readonly serveLsp?: () => Promise<number>;
  /** Files matching a glob (relative to the working directory). */
  readonly glob: (pattern: string) => string[];
  /** A path as the repository sees it (relative to the working directory, forward slashes). */
  readonly relative: (path: string) => string;
  /** A file's text at a git revision. */
  readonly gitShow: (rev: string, path: string) => { text: string } | { error: string };
  readonly locale: Locale;
  /** The environment (HF_HOME, HF_HUB_CACHE, HF_ENDPOINT, HF_TOKEN). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Fetches a config.json from the Hub (tests give their own); by default hubFetcher(env). */
  readonly hub?: (id: string) => Promise<string | undefined>;
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
  budget: z.coerce.number().positive().max(1e32).optional(),
});

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const L = io.locale;
  // The language server speaks the protocol on stdio from here on; no flag of the other commands applies.
  if (argv[0] === 'lsp') {
    if (argv.length !== 2 || argv[1] !== '--stdio' || !io.serveLsp) return usage(io, t('cli.lspTransport', {}, L));
    return io.serveLsp();
  }
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
        budget: { type: 'string' },
        'fail-on': { type: 'string' },
        git: { type: 'string' },
        hub: { type: 'boolean' },
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
  if (command !== 'report' && command !== 'plan' && command !== 'check' && command !== 'diff' && command !== 'levers')
    return usage(io, t('cli.unknownCommand', { command: command ?? '' }, L));
  if (files.length === 0) return usage(io, t('cli.noFiles', {}, L));

  const flags = reportFlags.safeParse({
    format: values.format,
    failOn: values['fail-on'],
    convention: values.convention,
    seqLen: values['seq-len'],
    set: values.set,
    cluster: values.cluster,
    gpus: values.gpus,
    globalBatch: values['global-batch'],
    top: values.top,
    budget: values.budget,
  });
  if (!flags.success) {
    const issue = flags.error.issues[0];
    const field = String(issue?.path[0] ?? '');
    const name = `--${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    return usage(io, t('cli.badOption', { problem: `${name}: ${issue?.message ?? ''}` }, L));
  }
  const { format, convention, seqLen, gpus, globalBatch } = flags.data;
  const set = Object.fromEntries(flags.data.set.map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
  const cluster = await chooseCluster(io.fs, '.', flags.data.cluster, gpus);
  if ('error' in cluster) {
    if (cluster.usage) return usage(io, render(cluster.error, L));
    io.stderr(`compute-budget: ${render(cluster.error, L)}\n`);
    return 1;
  }
  const options: EngineOptions = {
    convention,
    seqLen,
    set,
    cluster,
    globalBatch,
    ...(flags.data.budget ? { budgetFlops: flags.data.budget } : {}),
    hfCaches: hfCaches(io.env),
    ...(values.hub ? { hub: io.hub ?? hubFetcher(io.env) } : {}),
  };
  if ((format === 'sarif' || format === 'github') && command !== 'check')
    return usage(io, t('cli.badOption', { problem: `--format ${format}: only for check` }, L));
  if (command === 'plan') return planCommand(files, io, options, format, flags.data.top);
  if (command === 'levers') return leversCommand(files, io, options, format);
  if (command === 'check') return checkCommand(files, io, options, format, flags.data.failOn);
  if (command === 'diff') return diffCommand(files, io, options, format, values.git);

  // report: every setup gets its section, whatever its findings; errors also go to stderr.
  const loaded = await load(files, io, options);
  const results = [...analyze(loaded.inputs, options), ...loaded.problems.map(unreadable)];
  let failed = false;
  for (const r of results) if (printErrors(r, io)) failed = true;
  const report = buildReport(results, convention, L);
  io.stdout(format === 'json' ? renderJson(report) : format === 'markdown' ? renderMarkdown(report, L) : renderText(report, L));
  return failed ? 1 : 0;
}

/** The files and folders given (and the files they reference), read through the engine. */
async function load(args: readonly string[], io: Io, options: EngineOptions, recursive = false) {
  const files: string[] = [];
  const folders: string[] = [];
  for (const a of args) ((await io.fs.kind(a)) === 'directory' ? folders : files).push(a.length > 1 ? a.replace(/\/+$/, '') : a);
  return collectSetup(io.fs, { files, folders, recursive }, options);
}

/** compute-budget levers: one change at a time and what it does, the setup as written first. */
async function leversCommand(files: readonly string[], io: Io, options: EngineOptions, format: string): Promise<number> {
  const L = io.locale;
  const loaded = await load(files, io, options);
  let failed = false;
  const tables: LeversJson[] = [];
  for (const a of [...analyze(loaded.inputs, options), ...loaded.problems.map(unreadable)]) {
    const table = leversOf(a, L, { convention: options.convention });
    if (!table) {
      failed = true;
      printErrors(a, io, true);
      continue;
    }
    tables.push(table);
  }
  if (tables.length)
    io.stdout(
      format === 'json'
        ? JSON.stringify({ version: REPORT_VERSION, tool: 'compute-budget', levers: tables.length === 1 ? tables[0]!.levers : tables }, null, 2) + '\n'
        : renderLevers(tables, format === 'markdown', L),
    );
  return failed ? 1 : 0;
}

async function planCommand(files: readonly string[], io: Io, options: EngineOptions, format: string, top: number): Promise<number> {
  const L = io.locale;
  const loaded = await load(files, io, options);
  let failed = false;
  const plans: PlanJson[] = [];
  for (const a of [...analyze(loaded.inputs, options), ...loaded.problems.map(unreadable)]) {
    const plan = planReport(a, top);
    if (!plan) {
      failed = true;
      printErrors(a, io, true);
      continue;
    }
    plans.push(plan);
    if (plan.layouts.length === 0) failed = true;
  }
  if (plans.length)
    io.stdout(
      format === 'json'
        ? JSON.stringify({ version: REPORT_VERSION, tool: 'compute-budget', plans }, null, 2) + '\n'
        : renderPlans(plans, format === 'markdown', L),
    );
  return failed ? 1 : 0;
}

/**
 * check: every rule on every config; exit 1 when a finding at or above --fail-on exists, 0
 * otherwise (2 for usage errors, before this runs). Arguments may be files, folders or globs.
 */
async function checkCommand(args: readonly string[], io: Io, options: EngineOptions, format: string, failOn: FailOn): Promise<number> {
  const L = io.locale;
  const expanded = args.flatMap((a) => (/[*?[{]/.test(a) ? io.glob(a) : [a]));
  if (expanded.length === 0) return usage(io, t('cli.noFiles', {}, L));
  const loaded = await load(expanded, io, options, true);
  const results = [...analyze(loaded.inputs, options), ...loaded.problems.map(unreadable)];
  const findings = collectFindings(results, io.relative, L);
  const out =
    format === 'json'
      ? renderCheckJson(findings)
      : format === 'sarif'
        ? renderSarif(findings, typeof VERSION === 'string' ? VERSION : 'dev', L)
        : format === 'github'
          ? renderGithub(findings, L)
          : format === 'markdown'
            ? renderCheckMarkdown(findings, L)
            : renderCheckText(findings, L);
  io.stdout(out);
  return loaded.problems.length > 0 || fails(findings, failOn) ? 1 : 0;
}

/**
 * diff: two configs (old new), or the given files against a git revision (--git <rev>). A config
 * that cannot be analyzed on either side is an error (exit 1).
 */
async function diffCommand(args: readonly string[], io: Io, options: EngineOptions, format: string, rev: string | undefined): Promise<number> {
  const L = io.locale;
  let oldInputs: FileInput[];
  let newInputs: readonly FileInput[];
  if (rev !== undefined) {
    if (!/^[\w./~^@{}-]+$/.test(rev)) return usage(io, t('cli.badOption', { problem: `--git ${rev}` }, L));
    const now = await load(args, io, options);
    if (now.problems.length) return printProblems(now.problems.map(unreadable), io);
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
    const a = await load([args[0]!], io, options);
    const b = await load([args[1]!], io, options);
    if (a.problems.length || b.problems.length) return printProblems([...a.problems, ...b.problems].map(unreadable), io);
    oldInputs = [...a.inputs];
    newInputs = b.inputs;
  }
  const before = analyze(oldInputs, options);
  const after = analyze(newInputs, options);
  const broken = [...before, ...after].filter((r) => !r.analysis);
  if (broken.length) return printProblems(broken, io);
  const conv = options.convention ?? 'causal';
  const oldReport = buildReport(before, conv, L).files;
  const newReport = buildReport(after, conv, L).files;
  const diffs = newReport.map((n, i) => diffReports(oldReport.find((o) => o.path === n.path) ?? oldReport[i] ?? oldReport[0]!, n));
  if (format === 'json') io.stdout(JSON.stringify({ version: REPORT_VERSION, tool: 'compute-budget', diffs }, null, 2) + '\n');
  else io.stdout(diffs.map((d) => (format === 'markdown' ? renderDiffMarkdown(d, L) : renderDiffText(d, L))).join('\n'));
  return 0;
}

function printProblems(results: readonly FileAnalysis[], io: Io): number {
  for (const r of results) printErrors(r, io, true);
  return 1;
}

/** Prints a setup's errors on stderr as file:line:column; true when it has any (or, `always`, says it was not analyzed). */
function printErrors(result: FileAnalysis, io: Io, always = false): boolean {
  const L = io.locale;
  const errors = result.findings.filter((f) => f.severity === 'error');
  const texts = new Map(result.files.map((f) => [f.path, f.text]));
  for (const e of errors) {
    if (e.ruleId === 'unreadable') {
      io.stderr(`compute-budget: ${render(e.message, L)}\n`);
      continue;
    }
    const r = e.ranges[0];
    const file = r?.file ?? result.path;
    const { line, column } = r ? new LineIndex(texts.get(r.file) ?? '').position(r.range.start) : { line: 1, column: 1 };
    io.stderr(`${t('cli.fileError', { file, line, column, severity: t('severity.error', {}, L), message: render(e.message, L) }, L)}\n`);
  }
  if (!errors.length && (always || !result.analysis)) io.stderr(`compute-budget: ${t('cli.notAnalyzed', { file: result.path }, L)}\n`);
  return errors.length > 0 || !result.analysis;
}

function usage(io: Io, problem: string): number {
  io.stderr(`compute-budget: ${problem}\n\n${t('cli.usage', {}, io.locale)}\n`);
  return 2;
}

export function nodeIo(): Io {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    fs: nodeFs,
    // Loaded only for `lsp` (the protocol library is not initialized by the other commands).
    serveLsp: () => import('../server/node').then((m) => m.serveStdio(process.argv[1])),
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
    env: process.env,
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
