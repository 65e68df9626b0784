/**
 * The whole flow for one file: text → facts → spec → analysis → findings. Pure: the caller reads
 * the file (CLI: node:fs; extension: vscode.workspace.fs) and renders the result.
 */
import type { Fact, Finding } from './types';
import { finding } from './types';
import { extractJson } from './extract/json';
import { recognize, type Family, type RecognizeOptions } from './recognize';
import { analyze, type Analysis, type AnalysisOptions } from './analysis';
import type { Spec } from './spec';

export interface FileInput {
  /** Path as the user gave it (shown in reports). */
  readonly path: string;
  readonly text: string;
}

export interface FileAnalysis {
  readonly path: string;
  readonly text: string;
  readonly family?: Family;
  readonly facts: readonly Fact[];
  readonly spec?: Spec;
  readonly analysis?: Analysis;
  readonly findings: readonly Finding[];
}

export type PipelineOptions = RecognizeOptions & AnalysisOptions;

export type Syntax = 'json';

export function syntaxOf(path: string): Syntax | undefined {
  const lower = path.toLowerCase();
  if (lower.endsWith('.json') || lower.endsWith('.jsonc')) return 'json';
  return undefined;
}

export function analyzeFile(file: FileInput, options: PipelineOptions = {}): FileAnalysis {
  const base = { path: file.path, text: file.text };
  const syntax = syntaxOf(file.path);
  if (!syntax) {
    return { ...base, facts: [], findings: [finding('unsupported', 'error', { id: 'extract.unknownSyntax', args: { file: file.path } }, { file: file.path, range: { start: 0, end: 0 } })] };
  }
  const extraction = extractJson(file.path, file.text);
  const syntaxErrors = extraction.errors.filter((e) => e.severity === 'error');
  if (syntaxErrors.length > 0) return { ...base, facts: extraction.facts, findings: extraction.errors };
  const recognition = recognize(file.path, extraction.facts, options);
  const findings = [...extraction.errors, ...recognition.findings];
  if (!recognition.spec) return { ...base, family: recognition.family, facts: extraction.facts, findings };
  return {
    ...base,
    family: recognition.family,
    facts: extraction.facts,
    spec: recognition.spec,
    analysis: analyze(recognition.spec, options),
    findings,
  };
}
