/**
 * The cluster model for one setup: the layout it asks for on a cluster, the validity of each
 * degree, memory per GPU, communication, step time and throughput, the cost of the run, and how the
 * compute/communication ratio changes as the cluster grows (weak and strong scaling).
 */
import type { Sourced } from '../types';
import { assumed, derived } from '../types';
import type { ModelSpec, Spec } from '../spec';
import type { Cluster } from '../hardware/cluster';
import { clusterFromFile, type ClusterFile } from '../hardware/cluster';
import { memoryPerGpu, type MemoryBreakdown } from './memory';
import { checkLayout, dimensionRanges, microBatches, parallelismCeiling, planFromSpec, type DimensionRange, type Layout, type Plan, type Rule, type Workload } from './parallel';
import { runCost, stepModel, type RunCost, type StepModel } from './time';
import type { Convention } from './flops';

export interface ScalingPoint {
  readonly gpus: number;
  readonly globalBatch: number;
  readonly ratio: number | null;
  readonly mfu: number;
  readonly stepSeconds: number;
}

export interface Scaling {
  /** Fixed micro-batch and micro-batches per step: the global batch grows with DP. */
  readonly weak: readonly ScalingPoint[];
  /** Fixed global batch: DP grows until each rank has one micro-batch. */
  readonly strong: readonly ScalingPoint[];
  /** Smallest size (weak scaling) at which communication link time exceeds compute. */
  readonly commDominatesAt: number | null;
  /** Largest size strong scaling reaches before the batch runs out (the parallelism ceiling of this layout). */
  readonly runsOutAt: number;
}

export interface ClusterAnalysis {
  readonly cluster: Cluster;
  readonly plan: Plan;
  readonly rules: readonly Rule[];
  readonly ranges: readonly DimensionRange[];
  readonly ceiling: number;
  readonly memory: MemoryBreakdown & { readonly capacity: number; readonly fits: boolean };
  readonly step: StepModel;
  readonly run: RunCost;
  readonly scaling: Scaling;
}

/** The cluster assumed when none is given: H100 SXM, 8 per node, 400 Gb/s per GPU, sized by the config. */
export function defaultCluster(spec: Spec): Cluster {
  return clusterForSpec(spec, { accelerator: 'h100-sxm', gpusPerNode: 8, links: { scaleOutGbps: 400 } });
}

/** A cluster profile sized by the config's own world size (unless the profile says how many nodes). */
export function clusterForSpec(spec: Spec, file: ClusterFile, origin?: Sourced<string>): Cluster {
  const p = spec.parallel;
  const t = spec.training;
  const inner = (p.tp?.value ?? 1) * (p.pp?.value ?? 1) * (p.cp?.value ?? 1);
  // The config's own world size: stated, or implied by the batch arithmetic; a bare model config gets one node.
  const fromBatch = t.globalBatch && t.microBatch && t.gradAccum ? t.globalBatch.value / (t.microBatch.value * t.gradAccum.value) : undefined;
  const statesTraining = Object.entries(t).some(([k, v]) => k !== 'seqLen' && v !== undefined);
  const stated =
    p.worldSize?.value ?? (p.dp ? inner * p.dp.value : p.nodes && p.gpusPerNode ? p.nodes.value * p.gpusPerNode.value : fromBatch && Number.isInteger(fromBatch) ? inner * fromBatch : undefined);
  const gpus = stated ?? (statesTraining ? inner : Math.max(8, inner));
  const from: Sourced<string> = origin ?? { value: 'h100-sxm', source: { kind: 'assumed', reason: { id: 'prov.defaultCluster', args: { gpus } } } };
  if (file.nodes !== undefined) return clusterFromFile(file, from);
  const size = stated !== undefined ? derived(gpus, { id: 'prov.configWorld', args: { gpus } }) : assumed(gpus, { id: 'prov.defaultCluster', args: { gpus } });
  return clusterFromFile(file, from, gpus, size.source);
}

function scalingPoint(l: Layout, w: Workload, c: Cluster, convention: Convention): ScalingPoint {
  const s = stepModel(l, w, c, convention);
  return { gpus: l.tp * l.pp * l.cp * l.dp, globalBatch: w.globalBatch, ratio: s.ratio, mfu: s.throughput.mfu, stepSeconds: s.throughput.stepSeconds };
}

export function scaling(l: Layout, w: Workload, c: Cluster, convention: Convention): Scaling {
  const inner = l.tp * l.pp * l.cp;
  const mb = Math.max(1, Math.round(microBatches(l, w)));
  const sized = (dp: number): Cluster => {
    const gpus = inner * dp;
    const perNode = Math.min(c.gpusPerNode.value, gpus);
    return { ...c, gpusPerNode: { ...c.gpusPerNode, value: perNode }, nodes: { ...c.nodes, value: Math.ceil(gpus / perNode) } };
  };
  const weak: ScalingPoint[] = [];
  for (let dp = 1; dp <= 1 << 16 && inner * dp <= 1 << 20; dp *= 2) {
    const lw = { ...l, dp };
    weak.push(scalingPoint(lw, { ...w, globalBatch: l.microBatch * mb * dp }, sized(dp), convention));
  }
  const strong: ScalingPoint[] = [];
  const maxDp = Math.max(1, Math.floor(w.globalBatch / l.microBatch));
  for (let dp = 1; dp <= maxDp; dp *= 2) {
    if (w.globalBatch % (l.microBatch * dp) !== 0) continue;
    strong.push(scalingPoint({ ...l, dp }, w, sized(dp), convention));
  }
  const dominated = weak.find((p) => p.ratio !== null && p.ratio < 1);
  return { weak, strong, commDominatesAt: dominated?.gpus ?? null, runsOutAt: inner * maxDp };
}

export function analyzeCluster(spec: Spec & { model: ModelSpec }, cluster: Cluster, options: { convention?: Convention; globalBatch?: number } = {}): ClusterAnalysis {
  const convention = options.convention ?? 'causal';
  const plan = planFromSpec(spec, cluster, options.globalBatch);
  const { layout, workload } = plan;
  const rules = checkLayout(layout, workload, plan.world, cluster.accelerator.scaleUpDomain);
  const ranges = dimensionRanges(layout, workload, cluster.accelerator.scaleUpDomain);
  const memory = memoryPerGpu(layout, workload);
  const capacity = cluster.accelerator.hbmGB * 1e9;
  const step = stepModel(layout, workload, cluster, convention);
  return {
    cluster,
    plan,
    rules,
    ranges,
    ceiling: parallelismCeiling(ranges),
    memory: { ...memory, capacity, fits: memory.total <= capacity },
    step,
    run: runCost(step.throughput, layout, workload, cluster),
    scaling: scaling(layout, workload, cluster, convention),
  };
}
