/**
 * The report model every renderer reads: plain data with positions as lines and columns and messages
 * already rendered in the chosen language. The JSON format prints it as it is (a versioned contract).
 */
import type { FileAnalysis } from '../pipeline';
import type { Finding, Provenance, Sourced } from '../types';
import { render, t, type Locale } from '../messages';
import { LineIndex } from './lines';
import type { Convention } from '../analysis';
import type { ParamsAnalysis } from '../analysis/params';
import type { FlopsAnalysis } from '../analysis/flops';
import { CONVENTIONS } from '../analysis';

export const REPORT_VERSION = 1;

export type ProvenanceJson =
  | { kind: 'fact'; file: string; key: string; line: number; column: number }
  | { kind: 'assumed' | 'override'; reason: string }
  | { kind: 'derived'; reason: string; from: ProvenanceJson[] };

export interface SourcedJson {
  value: unknown;
  source: ProvenanceJson;
}

export interface FindingJson {
  ruleId: string;
  severity: Finding['severity'];
  message: string;
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

export interface FlopsTripleJson {
  forward: number;
  training: number;
  hardware: number;
}

export interface FileReportJson {
  path: string;
  /** Every file of the setup (a model config and its training files), the main one first. */
  files: string[];
  family: string | null;
  analyzed: boolean;
  architecture?: string;
  spec?: unknown;
  params?: {
    total: number;
    active: number;
    embedding: number;
    outputHead: number;
    positions: number;
    layers: { kind: string; count: number; each: number; activeEach: number; attention: number; mlp: number; norms: number }[];
    other: number;
    mtp: number;
    formulas: { total: string; active: string };
  };
  flops?: {
    convention: Convention;
    seqLen: number;
    perToken: FlopsTripleJson;
    perSequence: FlopsTripleJson;
    attentionShare: number;
    byConvention: Record<Convention, FlopsTripleJson>;
    formulas: { forward: string; training: string; hardware: string };
  };
  assumptions: { field: string; value: unknown; reason: string }[];
  findings: FindingJson[];
}

export interface ReportJson {
  version: typeof REPORT_VERSION;
  tool: 'compute-budget';
  convention: Convention;
  files: FileReportJson[];
}

export function buildReport(files: readonly FileAnalysis[], convention: Convention, locale: Locale = 'en'): ReportJson {
  const indexes = new Map<string, LineIndex>();
  for (const f of files) indexes.set(f.path, new LineIndex(f.text));
  const pos = (file: string, offset: number) => indexes.get(file)?.position(offset) ?? { line: 1, column: 1 };

  const provenance = (p: Provenance): ProvenanceJson => {
    switch (p.kind) {
      case 'fact': {
        const { line, column } = pos(p.file, p.range.start);
        return { kind: 'fact', file: p.file, key: p.path.map(String).join('.'), line, column };
      }
      case 'assumed':
      case 'override':
        return { kind: p.kind, reason: render(p.reason, locale) };
      case 'derived':
        return { kind: 'derived', reason: render(p.reason, locale), from: p.from.map(provenance) };
    }
  };

  const findingJson = (f: Finding): FindingJson => {
    const r = f.ranges[0];
    const base: FindingJson = { ruleId: f.ruleId, severity: f.severity, message: render(f.message, locale) };
    if (!r) return base;
    const start = pos(r.file, r.range.start);
    const end = pos(r.file, r.range.end);
    return { ...base, file: r.file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  };

  return {
    version: REPORT_VERSION,
    tool: 'compute-budget',
    convention,
    files: files.map((f) => {
      const assumptions: FileReportJson['assumptions'] = [];
      const spec = f.spec
        ? mapSourced(f.spec, [], (s, path) => {
            if (s.source.kind === 'assumed') assumptions.push({ field: path.join('.'), value: s.value, reason: render(s.source.reason, locale) });
            return { value: s.value, source: provenance(s.source) };
          })
        : undefined;
      return {
        path: f.path,
        files: f.files.map((x) => x.path),
        family: f.family ?? null,
        analyzed: f.analysis !== undefined,
        ...(f.spec?.model ? { architecture: f.spec.model.architecture.value } : {}),
        ...(f.analysis ? { params: paramsJson(f.analysis.params), flops: flopsJson(f.analysis.flops) } : {}),
        ...(spec ? { spec } : {}),
        assumptions,
        findings: f.findings.map(findingJson),
      };
    }),
  };
}

function paramsJson(p: ParamsAnalysis): NonNullable<FileReportJson['params']> {
  return {
    total: p.total.value,
    active: p.active.value,
    embedding: p.embedding.value,
    outputHead: p.outputHead.value,
    positions: p.positions.value,
    layers: p.layerGroups.map((g) => ({ kind: g.kind, count: g.count, each: g.each, activeEach: g.activeEach, attention: g.attention.params, mlp: g.mlp.params, norms: g.norms })),
    other: p.other,
    mtp: p.mtp.value,
    formulas: { total: p.total.formula, active: p.active.formula },
  };
}

function flopsJson(fl: FlopsAnalysis): NonNullable<FileReportJson['flops']> {
  return {
    convention: fl.convention,
    seqLen: fl.seqLen.value,
    perToken: { forward: fl.perToken.forward.value, training: fl.perToken.training.value, hardware: fl.perToken.hardware.value },
    perSequence: { ...fl.perSequence },
    attentionShare: fl.attentionShare,
    byConvention: Object.fromEntries(CONVENTIONS.map((c) => [c, { ...fl.byConvention[c] }])) as Record<Convention, FlopsTripleJson>,
    formulas: { forward: fl.perToken.forward.formula, training: fl.perToken.training.formula, hardware: fl.perToken.hardware.formula },
  };
}

/** Rebuilds a spec-shaped object, replacing each Sourced<T> leaf by fn's result. */
function mapSourced(node: unknown, path: string[], fn: (s: Sourced<unknown>, path: string[]) => unknown): unknown {
  if (node === null || typeof node !== 'object') return node;
  if ('value' in node && 'source' in node) return fn(node as Sourced<unknown>, path);
  if (Array.isArray(node)) return node.map((x, i) => mapSourced(x, [...path, String(i)], fn));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) if (v !== undefined) out[k] = mapSourced(v, [...path, k], fn);
  return out;
}

export function familyLabel(family: string | null, locale: Locale): string {
  if (family === 'hf') return t('report.family.hf', {}, locale);
  if (family === 'deepseek') return t('report.family.deepseek', {}, locale);
  return family ?? '?';
}

