/**
 * `compute-budget diff`: what a change does to a setup — parameters, FLOPs per token and per run,
 * memory per GPU, step time, the compute/communication ratio, MFU — and which findings it adds or
 * removes; as text, markdown (a pull-request comment) and JSON.
 */
import { t, type Locale } from '../messages';
import type { FileReportJson } from './model';
import { REPORT_VERSION } from './model';
import { duration, exact, flops, paramCount, percent, si, sig } from '../format';

export interface MetricDelta {
  readonly key: string;
  readonly old: number | null;
  readonly new: number | null;
  readonly delta: number | null;
  /** (new − old) / old; null when either side is missing or old is 0. */
  readonly relative: number | null;
}

export interface DiffJson {
  readonly version: typeof REPORT_VERSION;
  readonly old: string;
  readonly new: string;
  readonly metrics: MetricDelta[];
  readonly findings: { readonly added: string[]; readonly removed: string[] };
}

type Metric = { key: string; get: (f: FileReportJson) => number | null | undefined; show: (v: number) => string };

const runFlops = (f: FileReportJson) => (f.run?.tokens && f.flops ? f.run.tokens * f.flops.perToken.training : null);

export const METRICS: readonly Metric[] = [
  { key: 'params.total', get: (f) => f.params?.total, show: (v) => `${paramCount(v)} (${exact(v)})` },
  { key: 'params.active', get: (f) => f.params?.active, show: (v) => `${paramCount(v)} (${exact(v)})` },
  { key: 'flops.perToken.training', get: (f) => f.flops?.perToken.training, show: flops },
  { key: 'flops.perRun.training', get: runFlops, show: (v) => `${si(v, 3).trim()} FLOPs` },
  { key: 'memory.perGpuBytes', get: (f) => f.memory?.perGpuBytes, show: (v) => `${si(v)}B` },
  { key: 'throughput.stepSeconds', get: (f) => f.throughput?.stepSeconds, show: duration },
  { key: 'comm.ratio', get: (f) => f.comm?.ratio, show: (v) => sig(v) },
  { key: 'throughput.mfu', get: (f) => f.throughput?.mfu, show: percent },
  { key: 'run.gpuHours', get: (f) => f.run?.gpuHours, show: (v) => `${sig(v)} GPU-h` },
];

export function diffReports(a: FileReportJson, b: FileReportJson): DiffJson {
  const metrics = METRICS.map((m) => {
    const o = m.get(a) ?? null;
    const n = m.get(b) ?? null;
    const delta = o !== null && n !== null ? n - o : null;
    return { key: m.key, old: o, new: n, delta, relative: delta !== null && o ? delta / o : null };
  });
  const msgs = (f: FileReportJson) => new Set(f.findings.map((x) => `${x.severity}: ${x.message} [${x.ruleId}]`));
  const oa = msgs(a);
  const nb = msgs(b);
  return {
    version: REPORT_VERSION,
    old: a.path,
    new: b.path,
    metrics,
    findings: { added: [...nb].filter((x) => !oa.has(x)), removed: [...oa].filter((x) => !nb.has(x)) },
  };
}

function fmt(key: string, v: number | null): string {
  if (v === null) return '—';
  return METRICS.find((m) => m.key === key)!.show(v);
}

function change(d: MetricDelta): string {
  if (d.delta === null) return '';
  if (d.delta === 0) return '=';
  const rel = d.relative === null ? '' : ` (${d.relative > 0 ? '+' : ''}${sig(d.relative * 100, 3)} %)`;
  return `${d.delta > 0 ? '▲' : '▼'}${rel}`;
}

export function renderDiffText(d: DiffJson, locale: Locale = 'en'): string {
  const rows = d.metrics
    .filter((m) => m.old !== null || m.new !== null)
    .map((m) => [t(`diff.${m.key}` as 'diff.params.total', {}, locale), fmt(m.key, m.old), fmt(m.key, m.new), change(m)]);
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  const out = [`${d.old} → ${d.new}`, ...rows.map((r) => `  ${r[0]!.padEnd(w[0]!)}  ${r[1]!.padStart(w[1]!)}  →  ${r[2]!.padStart(w[2]!)}  ${r[3]}`)];
  for (const f of d.findings.added) out.push(`  + ${f}`);
  for (const f of d.findings.removed) out.push(`  − ${f}`);
  return out.join('\n') + '\n';
}

export function renderDiffMarkdown(d: DiffJson, locale: Locale = 'en'): string {
  const out = [
    `### ${t('diff.title', {}, locale)}: \`${d.old}\` → \`${d.new}\``,
    '',
    `| | ${t('diff.before', {}, locale)} | ${t('diff.after', {}, locale)} | |`,
    '|---|---:|---:|---|',
  ];
  for (const m of d.metrics)
    if (m.old !== null || m.new !== null)
      out.push(`| ${t(`diff.${m.key}` as 'diff.params.total', {}, locale)} | ${fmt(m.key, m.old)} | ${fmt(m.key, m.new)} | ${change(m)} |`);
  if (d.findings.added.length || d.findings.removed.length) {
    out.push('', `**${t('report.findings', {}, locale)}**`, '');
    for (const f of d.findings.added) out.push(`- ➕ ${f}`);
    for (const f of d.findings.removed) out.push(`- ➖ ${f}`);
  }
  return out.join('\n') + '\n';
}
