/**
 * compute-budget CLI: a thin adapter over the core. Reads files, validates flags with zod, renders.
 * Exit codes: 0 success, 1 a file could not be analyzed, 2 usage error.
 */
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import {
  analyzeFile,
  buildReport,
  CONVENTIONS,
  LineIndex,
  localeOf,
  render,
  renderJson,
  renderMarkdown,
  renderText,
  t,
  type FileAnalysis,
  type Locale,
} from '../core';

declare const VERSION: string;

export interface Io {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly readFile: (path: string) => string;
  readonly isDirectory: (path: string) => boolean;
  readonly locale: Locale;
}

const reportFlags = z.object({
  format: z.enum(['text', 'markdown', 'json']).default('text'),
  convention: z.enum(CONVENTIONS).default('causal'),
  seqLen: z.coerce.number().int().positive().max(1e9).optional(),
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

  const flags = reportFlags.safeParse({ format: values.format, convention: values.convention, seqLen: values['seq-len'] });
  if (!flags.success) {
    const issue = flags.error.issues[0];
    const name = issue?.path[0] === 'seqLen' ? '--seq-len' : `--${String(issue?.path[0] ?? '')}`;
    return usage(io, t('cli.badOption', { problem: `${name}: ${issue?.message ?? ''}` }, L));
  }
  const { format, convention, seqLen } = flags.data;

  const analyses: FileAnalysis[] = [];
  let failed = false;
  for (const path of files) {
    let text: string;
    try {
      if (io.isDirectory(path)) {
        io.stderr(`compute-budget: ${t('cli.isDirectory', { file: path }, L)}\n`);
        failed = true;
        continue;
      }
      text = io.readFile(path);
    } catch (e) {
      io.stderr(`compute-budget: ${t('cli.cannotRead', { file: path, problem: describeIoError(e) }, L)}\n`);
      failed = true;
      continue;
    }
    const result = analyzeFile({ path, text }, { convention, seqLen });
    const errors = result.findings.filter((f) => f.severity === 'error');
    if (errors.length > 0 || !result.analysis) {
      failed = true;
      const lines = new LineIndex(text);
      for (const e of errors) {
        const r = e.ranges[0];
        const { line, column } = r ? lines.position(r.range.start) : { line: 1, column: 1 };
        io.stderr(`${t('cli.fileError', { file: path, line, column, severity: t('severity.error', {}, L), message: render(e.message, L) }, L)}\n`);
      }
      if (!errors.length) io.stderr(`compute-budget: ${t('cli.notAnalyzed', { file: path }, L)}\n`);
      continue;
    }
    analyses.push(result);
  }
  if (analyses.length > 0) {
    const report = buildReport(analyses, convention, L);
    io.stdout(format === 'json' ? renderJson(report) : format === 'markdown' ? renderMarkdown(report, L) : renderText(report, L));
  }
  return failed ? 1 : 0;
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
    locale: localeOf(process.env.COMPUTE_BUDGET_LANG ?? process.env.LC_ALL ?? process.env.LANG),
  };
}
