/**
 * The layout search's report: the best layouts for a model, a global batch and a cluster, with the
 * convention MFU is stated in.
 */
import type { Cluster } from '../hardware/cluster';
import type { Convention } from '../analysis/flops';
import type { Workload } from '../analysis/parallel';
import type { SearchResult } from '../analysis/search';
import { t, type Locale } from '../messages';
import { duration, percent, si, sig } from '../format';
import { layoutDegrees, layoutText, type LayoutDegrees } from './layout';

export interface PlanJson {
  path: string;
  cluster: { accelerator: string; name: string; gpus: number; gpusPerNode: number };
  globalBatch: number;
  seqLen: number;
  /** MFU counts model FLOPs (no recompute) under this convention. */
  convention: Convention;
  evaluated: number;
  fitting: number;
  layouts: {
    degrees: LayoutDegrees;
    memory: { perGpuBytes: number };
    comm: { ratio: number | null; exposedSeconds: number };
    throughput: { stepSeconds: number; mfu: number; hfu: number; modelTflopsPerGpu: number; tokensPerSecondPerGpu: number };
  }[];
}

export function planJson(path: string, c: Cluster, w: Workload, r: SearchResult, convention: Convention): PlanJson {
  return {
    path,
    cluster: { accelerator: c.accelerator.id, name: c.accelerator.name, gpus: c.gpusPerNode.value * c.nodes.value, gpusPerNode: c.gpusPerNode.value },
    globalBatch: w.globalBatch,
    seqLen: w.seqLen,
    convention,
    evaluated: r.evaluated,
    fitting: r.fitting,
    layouts: r.best.map((x) => ({
      degrees: layoutDegrees(x.layout, w),
      memory: { perGpuBytes: x.memory.total },
      comm: { ratio: x.step.ratio, exposedSeconds: x.step.throughput.exposedCommSeconds },
      throughput: {
        stepSeconds: x.step.throughput.stepSeconds,
        mfu: x.step.throughput.mfu,
        hfu: x.step.throughput.hfu,
        modelTflopsPerGpu: x.step.throughput.modelTflopsPerGpu,
        tokensPerSecondPerGpu: x.step.throughput.tokensPerSecondPerGpu,
      },
    })),
  };
}

export function renderPlans(plans: readonly PlanJson[], markdown: boolean, locale: Locale = 'en'): string {
  const out: string[] = [];
  for (const p of plans) {
    const title = t('report.plan', { gpus: p.cluster.gpus, accelerator: p.cluster.name, batch: p.globalBatch, seq: p.seqLen }, locale);
    out.push(markdown ? `## ${title}` : `${p.path}\n  ${title}`);
    if (!p.layouts.length) {
      out.push(`  ${t('plan.none', { gpus: p.cluster.gpus }, locale)}`);
      continue;
    }
    const head = [
      '#',
      t('report.layout', {}, locale),
      t('report.memoryPerGpu', {}, locale),
      t('report.stepTime', {}, locale),
      t('report.mfu', { convention: p.convention }, locale),
      t('report.tokensPerGpu', {}, locale),
      t('report.ratio', {}, locale),
    ];
    const rows = p.layouts.map((l, i) => [
      String(i + 1),
      layoutText(l.degrees),
      `${si(l.memory.perGpuBytes)}B`,
      duration(l.throughput.stepSeconds),
      `${percent(l.throughput.mfu)} / ${percent(l.throughput.hfu)}`,
      sig(l.throughput.tokensPerSecondPerGpu),
      l.comm.ratio === null ? '—' : sig(l.comm.ratio),
    ]);
    if (markdown) {
      out.push('', `| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`), '');
    } else {
      const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
      out.push(`    ${head.map((h, i) => h.padEnd(widths[i]!)).join('  ')}`, ...rows.map((r) => `    ${r.map((c, i) => c.padEnd(widths[i]!)).join('  ')}`), '');
    }
  }
  return out.join('\n') + '\n';
}
