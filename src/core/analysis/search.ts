/**
 * Layout search: for a model, a global batch and a cluster, enumerate the valid (TP, PP, VPP, DP,
 * CP, EP, micro-batch, recompute) layouts that fit in memory and rank them by predicted step time.
 */
import type { Cluster } from '../hardware/cluster';
import { gpuCount } from '../hardware/cluster';
import { memoryPerGpu, type MemoryBreakdown } from './memory';
import { checkLayout, divisors, microBatches, type Layout, type Recompute, type Workload } from './parallel';
import { stepModel, type StepModel } from './time';
import type { Convention } from './flops';

export interface RankedLayout {
  readonly layout: Layout;
  readonly step: StepModel;
  readonly memory: MemoryBreakdown;
}

export interface SearchResult {
  readonly best: readonly RankedLayout[];
  /** Layouts evaluated (valid by divisibility). */
  readonly evaluated: number;
  /** Of those, how many fit in memory. */
  readonly fitting: number;
}

/** Fraction of HBM a layout may plan to use (the rest absorbs what the model does not see). */
export const MEMORY_HEADROOM = 0.95;

export function searchLayouts(w: Workload, c: Cluster, base: Pick<Layout, 'zero' | 'distributedOptimizer'>, options: { top?: number; convention?: Convention } = {}): SearchResult {
  const world = gpuCount(c);
  const m = w.model;
  const L = m.layers.value;
  const domain = c.accelerator.scaleUpDomain;
  const capacity = c.accelerator.hbmGB * 1e9 * MEMORY_HEADROOM;
  const tps = divisors(m.heads.value).filter((t) => t <= Math.min(domain, 64) && world % t === 0);
  const pps = divisors(L).filter((p) => p <= 64 && world % p === 0);
  const cps = [1, 2, 4, 8, 16].filter((cp) => cp === 1 || (w.seqLen % (2 * cp) === 0 && w.seqLen / (2 * cp) >= 1024));
  const eps = m.moe ? divisors(m.moe.experts.value).filter((e) => e <= 64) : [1];
  const micro = [1, 2, 4, 8];
  const recomputes: Recompute[] = ['none', 'selective', 'full'];
  const ranked: RankedLayout[] = [];
  let evaluated = 0;
  for (const tp of tps)
    for (const pp of pps)
      for (const cp of cps) {
        const dp = world / (tp * pp * cp);
        if (!Number.isInteger(dp) || dp < 1) continue;
        for (const vpp of pp > 1 ? [1, 2, 3, 4, 5, 6, 8] : [1]) {
          if (L % (pp * vpp) !== 0) continue;
          for (const ep of eps) {
            if (ep > dp * cp * tp || world % (ep * pp) !== 0) continue;
            for (const b of micro) {
              if (w.globalBatch % (b * dp) !== 0) continue;
              const layout0: Layout = { tp, pp, vpp, dp, cp, ep, etp: 1, sp: tp > 1, microBatch: b, recompute: 'none', ...base };
              const mb = microBatches(layout0, w);
              if (pp > 1 && mb < pp) continue;
              if (checkLayout(layout0, w, world, domain).some((r) => r.severity === 'error')) continue;
              for (const recompute of recomputes) {
                const layout = { ...layout0, recompute };
                evaluated++;
                const memory = memoryPerGpu(layout, w);
                if (memory.total > capacity) continue;
                ranked.push({ layout, memory, step: stepModel(layout, w, c, options.convention ?? 'causal') });
              }
            }
          }
        }
      }
  ranked.sort((a, b) => a.step.throughput.stepSeconds - b.step.throughput.stepSeconds);
  return { best: ranked.slice(0, options.top ?? 5), evaluated, fitting: ranked.length };
}
