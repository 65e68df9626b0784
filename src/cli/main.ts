/**
 * compute-budget CLI: a thin adapter over the core. Reads files, validates flags with zod, renders.
 * Exit codes: 0 success, 1 a file could not be analyzed, 2 usage error.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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
  type Locale,
} from '../core';

declare const VERSION: string;

export interface Io {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly readFile: (path: string) => string;
  readonly isDirectory: (path: string) => boolean;
  readonly exists: (path: string) => boolean;
  readonly listDirectory: (path: string) => string[];
  readonly locale: Locale;
}

const reportFlags = z.object({
  format: z.enum(['text', 'markdown', 'json']).default('text'),
  convention: z.enum(CONVENTIONS).default('causal'),
  seqLen: z.coerce.number().int().positive().max(1e9).optional(),
  set: z.array(z.string().regex(/^[^=\s]+=.*$/, 'expected KEY=VALUE')).default([]),
});

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
  if (command !== 'report') return usage(io, t('cli.unknownCommand', { command: command ?? '' }, L));
  if (files.length === 0) return usage(io, t('cli.noFiles', {}, L));

  const flags = reportFlags.safeParse({ format: values.format, convention: values.convention, seqLen: values['seq-len'], set: values.set });
  if (!flags.success) {
    const issue = flags.error.issues[0];
    const name = issue?.path[0] === 'seqLen' ? '--seq-len' : `--${String(issue?.path[0] ?? '')}`;
    return usage(io, t('cli.badOption', { problem: `${name}: ${issue?.message ?? ''}` }, L));
  }
  const { format, convention, seqLen } = flags.data;
  const set = Object.fromEntries(flags.data.set.map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
  const options = { convention, seqLen, set };

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
    const texts = new Map(result.files.map((f) => [f.path, f.text]));
    for (const e of errors) {
      const r = e.ranges[0];
      const file = r?.file ?? result.path;
      const { line, column } = r ? new LineIndex(texts.get(r.file) ?? '').position(r.range.start) : { line: 1, column: 1 };
      io.stderr(`${t('cli.fileError', { file, line, column, severity: t('severity.error', {}, L), message: render(e.message, L) }, L)}\n`);
    }
    if (!errors.length) io.stderr(`compute-budget: ${t('cli.notAnalyzed', { file: result.path }, L)}\n`);
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
function loadInputs(args: readonly string[], io: Io, options: { set: Record<string, string> }): { inputs: FileInput[]; failed: boolean } {
  const L = io.locale;
  const inputs: FileInput[] = [];
  const seen = new Set<string>();
  let failed = false;
  const read = (path: string, optional: boolean): void => {
    if (seen.has(path)) return;
    seen.add(path);
    try {
      const text = io.readFile(path);
      if (optional) {
        // From a folder: skip files that parse but are no config of any family (package.json, …).
        const r = readConfig({ path, text }, options);
        if (r.recognition.family === undefined && !r.syntaxFindings.some((f) => f.severity === 'error')) return;
      }
      inputs.push({ path, text });
    } catch (e) {
      if (optional) return;
      io.stderr(`compute-budget: ${t('cli.cannotRead', { file: path, problem: describeIoError(e) }, L)}\n`);
      failed = true;
    }
  };
  for (const arg of args) {
    if (io.isDirectory(arg)) {
      const entries = io.listDirectory(arg).filter((name) => syntaxOf(name) !== undefined).sort();
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
    for (const ref of readConfig(input, options).recognition.references) {
      const target = resolveReference(input.path, ref.value);
      if (!seen.has(target) && io.exists(target)) read(target, false);
    }
  }
  return { inputs, failed };
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
    locale: localeOf(process.env.COMPUTE_BUDGET_LANG ?? process.env.LC_ALL ?? process.env.LANG),
  };
}
