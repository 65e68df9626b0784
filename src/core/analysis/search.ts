/**
 * Layout search: for a model, a global batch and a cluster, enumerate the valid (TP, PP, VPP, DP,
 * CP, EP, micro-batch, recompute) layouts that fit in memory and rank them by predicted step time.
 * Every candidate is built by the same layoutOf() and sharding policy as the layout the files ask
 * for, so a layout the search finds has the memory and step time the report shows once it is
 * written into the config.
 */
import type { Cluster } from '../hardware/cluster';
import { gpuCount } from '../hardware/cluster';
import { fitsIn, memoryPerGpu, type MemoryBreakdown } from './memory';
import {
  batchViolations,
  CP_MIN_CHUNK_TOKENS,
  degreeViolations,
  divisors,
  layoutOf,
  microBatches,
  pipelineDegrees,
  type Layout,
  type LayoutPolicy,
  type Recompute,
  type Workload,
} from './parallel';
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

/**
 * The degrees the search tries: the ranges published large-model layouts use (Narayanan et al.
 * SC'21 and the Megatron-LM/NeMo performance tables: TP within one NVLink domain, PP up to 64
 * stages, 2–8 virtual stages, CP up to 16, EP up to 64, micro-batches of 1–8 sequences).
 */
export const SEARCH_SPACE = {
  maxTp: 64,
  maxPp: 64,
  vpp: [1, 2, 3, 4, 5, 6, 8],
  cp: [1, 2, 4, 8, 16],
  maxEp: 64,
  microBatch: [1, 2, 4, 8],
  recompute: ['none', 'selective', 'full'] as readonly Recompute[],
} as const;

export function searchLayouts(w: Workload, c: Cluster, policy: LayoutPolicy, options: { top?: number; convention?: Convention } = {}): SearchResult {
  const world = gpuCount(c);
  const m = w.model;
  const L = m.layers.value;
  const domain = c.accelerator.scaleUpDomain;
  // A trainer that runs data parallelism alone (the Hugging Face Trainer, LitGPT, torchtune, …) is searched over DP, the
  // micro-batch and recomputation only.
  const dpOnly = policy.dataParallelOnly === true;
  const tps = dpOnly ? [1] : divisors(m.heads.value).filter((t) => t <= Math.min(domain, SEARCH_SPACE.maxTp) && world % t === 0);
  const pps = dpOnly ? [1] : pipelineDegrees(L, policy.stages).filter((p) => p <= SEARCH_SPACE.maxPp && world % p === 0);
  const cps = dpOnly ? [1] : SEARCH_SPACE.cp.filter((cp) => cp === 1 || (w.seqLen % (2 * cp) === 0 && w.seqLen / (2 * cp) >= CP_MIN_CHUNK_TOKENS));
  const eps = m.moe && !dpOnly ? divisors(m.moe.experts.value).filter((e) => e <= SEARCH_SPACE.maxEp) : [1];
  const ranked: RankedLayout[] = [];
  let evaluated = 0;
  for (const tp of tps)
    for (const pp of pps)
      for (const cp of cps) {
        const dp = world / (tp * pp * cp);
        if (!Number.isInteger(dp) || dp < 1) continue;
        for (const vpp of pp > 1 ? SEARCH_SPACE.vpp : [1]) {
          if (L % (pp * vpp) !== 0) continue;
          for (const ep of eps) {
            if (ep > dp * cp * tp || world % (ep * pp) !== 0) continue;
            for (const microBatch of SEARCH_SPACE.microBatch) {
              if (w.globalBatch % (microBatch * dp) !== 0) continue;
              // A pipeline needs at least as many micro-batches as stages to fill.
              if (pp > 1 && microBatches({ microBatch, dp }, w) < pp) continue;
              const layout0 = layoutOf({ tp, pp, vpp, dp, cp, ep, microBatch, recompute: 'none' }, policy);
              if (degreeViolations(layout0, w, world).length || batchViolations(layout0, w).length) continue;
              for (const recompute of SEARCH_SPACE.recompute) {
                const layout = { ...layout0, recompute };
                evaluated++;
                const memory = memoryPerGpu(layout, w);
                if (!fitsIn(memory, c)) continue;
                ranked.push({ layout, memory, step: stepModel(layout, w, c, options.convention ?? 'causal') });
              }
            }
          }
        }
      }
  ranked.sort((a, b) => a.step.throughput.stepSeconds - b.step.throughput.stepSeconds);
  return { best: ranked.slice(0, options.top ?? 5), evaluated, fitting: ranked.length };
}
