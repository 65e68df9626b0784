/**
 * The cluster model for one setup: the layout it asks for on a cluster (or, when its files state
 * none, the best layout that fits: the layout search), the degrees that cannot run, memory per GPU,
 * and, only for a layout that can run, communication, step time and throughput, the cost of the
 * run, and how the compute/communication ratio changes as the cluster grows (weak and strong
 * scaling). What-if questions re-run the same model on a copy of the setup.
 */
import type { Message, Sourced } from '../types';
import { assumed, derived, overridden } from '../types';
import { statesTraining, type ModelSpec, type Spec } from '../spec';
import type { Cluster } from '../hardware/cluster';
import { clusterFromFile, findAccelerator, gpuCount, sizeAssumed, type ClusterFile } from '../hardware/cluster';
import { precisionViolations } from './precision';
import { capacityBytes, fitsIn, memoryPerGpu, type MemoryBreakdown } from './memory';
import { analyzeParams } from './params';
import {
  batchViolations,
  degreeViolations,
  dimensionRanges,
  microBatches,
  parallelismCeiling,
  planFromSpec,
  type Degrees,
  type DimensionRange,
  type Layout,
  type Plan,
  type Violation,
  type Workload,
} from './parallel';
import { searchLayouts } from './search';
import { runCost, stepModel, type RunCost, type StepModel } from './time';
import type { Convention } from './flops';
import { absorption, type Absorption, type ScalingPoint } from './absorption';

export type { ScalingPoint };

export interface Scaling {
  /** Fixed micro-batch and micro-batches per step: the global batch grows with DP. */
  readonly weak: readonly ScalingPoint[];
  /** Fixed global batch: DP grows until each rank has one micro-batch. */
  readonly strong: readonly ScalingPoint[];
  /** Smallest size (weak scaling) at which communication link time exceeds compute. */
  readonly commDominatesAt: number | null;
  /** Smallest size at the config's own global batch (strong scaling) at which communication link time exceeds compute. */
  readonly commDominatesAtFixedBatch: number | null;
  /** Largest size strong scaling reaches before the batch runs out (the parallelism ceiling of this layout). */
  readonly runsOutAt: number;
}

export interface ClusterAnalysis {
  readonly cluster: Cluster;
  readonly plan: Plan;
  /** How the layout was chosen: the files (with the trainer's defaults), or the search (the files state none). */
  readonly chosenBy: 'files' | 'search';
  /** Hard constraints the layout breaks: it cannot run. */
  readonly violations: readonly Violation[];
  readonly ranges: readonly DimensionRange[];
  readonly ceiling: number;
  readonly memory: MemoryBreakdown & { readonly capacity: number; readonly fits: boolean };
  /** The layout fits in memory and breaks no constraint; only then are there a step time and a run cost. */
  readonly runnable: boolean;
  readonly step?: StepModel;
  readonly run?: RunCost;
  readonly scaling?: Scaling;
  /** How large a cluster the setup absorbs (analysis/absorption.ts), from the scaling points. */
  readonly absorption?: Absorption;
  /**
   * For a setup whose files state no layout and none fits on the cluster given: the fewest GPUs of
   * this accelerator on which one fits (null: none up to MAX_GPUS_SOUGHT).
   */
  readonly needsGpus?: number | null;
}

/** The cluster assumed when none is given: H100 SXM, 8 per node, 400 Gb/s per GPU (hardware.md), sized by the config. */
export const DEFAULT_CLUSTER_FILE: ClusterFile = { accelerator: 'h100-sxm', gpusPerNode: 8, links: { scaleOutGbps: 400 } };

export function defaultCluster(spec: Spec): Cluster {
  return clusterForSpec(spec, DEFAULT_CLUSTER_FILE);
}

/** A cluster profile sized by the config's own world size (unless the profile says how many nodes). */
export function clusterForSpec(spec: Spec, file: ClusterFile, origin?: Sourced<string>): Cluster {
  const p = spec.parallel;
  const t = spec.training;
  const inner = (p.tp?.value ?? 1) * (p.pp?.value ?? 1) * (p.cp?.value ?? 1);
  // The config's own world size: stated, or implied by the batch arithmetic; a bare model config gets one node.
  const fromBatch = t.globalBatch && t.microBatch && t.gradAccum ? t.globalBatch.value / (t.microBatch.value * t.gradAccum.value) : undefined;
  const stated =
    p.worldSize?.value ??
    (p.dp
      ? inner * p.dp.value
      : p.nodes
        ? // Nodes without a per-node count: whole nodes of this cluster.
          p.nodes.value * (p.gpusPerNode?.value ?? file.gpusPerNode ?? DEFAULT_CLUSTER_FILE.gpusPerNode ?? 1)
        : fromBatch && Number.isInteger(fromBatch)
          ? inner * fromBatch
          : undefined);
  // Without a data-parallel size, the fewest ranks the stated degrees take: expert parallelism is carved out of tp·cp·dp, so
  // ep·etp must divide it (dp at least ep·etp / gcd(ep·etp, tp·cp)).
  const expert = (p.ep?.value ?? 1) * (p.etp?.value ?? 1);
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  const least = inner * (expert / gcd(expert, (p.tp?.value ?? 1) * (p.cp?.value ?? 1)));
  const gpus = stated ?? (statesTraining(spec) ? least : Math.max(file.gpusPerNode ?? DEFAULT_CLUSTER_FILE.gpusPerNode ?? 1, least));

  // Nobody gave a cluster: the one assumed for this config, with its reason (which names the size too).
  const assumedOne: { file: ClusterFile; reason: Message; stated?: Sourced<string> } = origin
    ? { file, reason: { id: 'prov.defaultCluster', args: { gpus } } }
    : assumedAccelerator(spec, file, gpus);
  // Nobody gave a cluster and the launch states its GPUs per node on several nodes (Slurm's 4 nodes × 4, torchrun's
  // --nproc-per-node 4 --nnodes 2): the assumed nodes are that wide, so traffic between them crosses the network as the job's does.
  const perNode = p.gpusPerNode && p.gpusPerNode.source.kind !== 'assumed' && (p.nodes?.value ?? 1) > 1 ? p.gpusPerNode.value : undefined;
  const chosen = !origin && file === DEFAULT_CLUSTER_FILE && perNode ? { ...assumedOne, file: { ...assumedOne.file, gpusPerNode: perNode } } : assumedOne;
  const from: Sourced<string> = origin ?? chosen.stated ?? { value: String(chosen.file.accelerator), source: { kind: 'assumed', reason: chosen.reason } };
  if (chosen.file.nodes !== undefined) return clusterFromFile(chosen.file, from);
  const size = stated !== undefined ? derived(gpus, { id: 'prov.configWorld', args: { gpus } }) : assumed(gpus, chosen.reason);
  return clusterFromFile(chosen.file, from, gpus, size.source);
}

/**
 * The cluster assumed when nobody gave one: DEFAULT_CLUSTER_FILE's H100s, or B200s where the config's precision runs on
 * Blackwell alone (MXFP8, NVFP4: analysis/precision.ts), with the reason shown next to it.
 */
export function assumedAccelerator(spec: Spec, file: ClusterFile, gpus: number): { file: ClusterFile; reason: Message; stated?: Sourced<string> } {
  const t = spec.training;
  // A job file's accelerator (a Kubernetes node selector, SkyPilot's accelerators): that preset, as many per node as the job
  // gives each pod.
  const asked = spec.parallel.accelerator;
  if (asked && file === DEFAULT_CLUSTER_FILE && findAccelerator(asked.value))
    return {
      file: { accelerator: asked.value, ...(spec.parallel.gpusPerNode ? { gpusPerNode: spec.parallel.gpusPerNode.value } : {}) },
      reason: { id: 'prov.defaultCluster', args: { gpus } },
      stated: asked,
    };
  const format = t.precision?.value === 'fp4' ? 'NVFP4' : t.precision?.value === 'fp8' && t.fp8Recipe?.value === 'mxfp8' ? 'MXFP8' : undefined;
  return format && file === DEFAULT_CLUSTER_FILE
    ? { file: { ...file, accelerator: 'b200' }, reason: { id: 'prov.defaultClusterBlackwell', args: { format, gpus } } }
    : { file, reason: { id: 'prov.defaultCluster', args: { gpus } } };
}

/** The same cluster with another number of GPUs (whole nodes once past one node). */
export function resized(c: Cluster, gpus: number, source: Sourced<number>['source'] = c.nodes.source): Cluster {
  // Grown from part of a node, it fills whole nodes of the cluster's own size.
  const perNode = Math.min(Math.max(c.gpusPerNode.value, c.nodeCapacity ?? 0), gpus);
  return { ...c, gpusPerNode: { ...c.gpusPerNode, value: perNode }, nodes: { value: Math.ceil(gpus / perNode), source } };
}

function scalingPoint(l: Layout, w: Workload, c: Cluster, convention: Convention): ScalingPoint {
  const s = stepModel(l, w, c, convention);
  return { gpus: l.tp * l.pp * l.cp * l.dp, globalBatch: w.globalBatch, ratio: s.ratio, mfu: s.throughput.mfu, stepSeconds: s.throughput.stepSeconds };
}

/** Weak scaling doubles DP up to this many ranks and this many GPUs (past the largest clusters built). */
export const SCALING_MAX_DP = 1 << 16;
export const SCALING_MAX_GPUS = 1 << 20;

export function scaling(l: Layout, w: Workload, c: Cluster, convention: Convention): Scaling {
  const inner = l.tp * l.pp * l.cp;
  const mb = Math.max(1, Math.round(microBatches(l, w)));
  const weak: ScalingPoint[] = [];
  for (let dp = 1; dp <= SCALING_MAX_DP && inner * dp <= SCALING_MAX_GPUS; dp *= 2) {
    weak.push(scalingPoint({ ...l, dp }, { ...w, globalBatch: l.microBatch * mb * dp }, resized(c, inner * dp), convention));
  }
  const strong: ScalingPoint[] = [];
  const maxDp = Math.max(1, Math.floor(w.globalBatch / l.microBatch));
  for (let dp = 1; dp <= maxDp; dp *= 2) {
    if (w.globalBatch % (l.microBatch * dp) !== 0) continue;
    strong.push(scalingPoint({ ...l, dp }, w, resized(c, inner * dp), convention));
  }
  const dominated = weak.find((p) => p.ratio !== null && p.ratio < 1);
  const fixedBatch = strong.find((p) => p.ratio !== null && p.ratio < 1);
  return { weak, strong, commDominatesAt: dominated?.gpus ?? null, commDominatesAtFixedBatch: fixedBatch?.gpus ?? null, runsOutAt: inner * maxDp };
}

/** The most GPUs a layout is sought on when none fits on the cluster given (beyond the largest clusters built). */
export const MAX_GPUS_SOUGHT = 1 << 17;

export interface ClusterOptions {
  readonly convention?: Convention;
  /** Global batch (sequences) to plan for, overriding the files. */
  readonly globalBatch?: number | Sourced<number>;
  /** Choose the layout by the search (default: when the files state no training setting). */
  readonly searchLayout?: boolean;
}

export function analyzeCluster(spec: Spec & { model: ModelSpec }, cluster: Cluster, options: ClusterOptions = {}): ClusterAnalysis {
  const convention = options.convention ?? 'causal';
  const plan = planFromSpec(spec, cluster, options.globalBatch);
  if (options.searchLayout ?? !statesTraining(spec)) return chooseLayout(spec, plan, cluster, convention, options.globalBatch);
  const here = evaluate(plan, cluster, convention, 'files');
  // (No size nobody stated fits: the files' layout on the size assumed, with needsGpus null.)
  return here.memory.fits || !sizeAssumed(cluster) ? here : (smallestFittingSize(spec, here, convention, options.globalBatch) ?? { ...here, needsGpus: null });
}

/** Grows a size nobody stated, with more data parallelism, until the layout the files ask for fits. */
function smallestFittingSize(
  spec: Spec & { model: ModelSpec },
  here: ClusterAnalysis,
  convention: Convention,
  globalBatch: ClusterOptions['globalBatch'],
): ClusterAnalysis | undefined {
  // Doubling the GPUs, and every size at which the global batch splits into whole micro-batches per rank (a batch of 48 in
  // micro-batches of 8 runs on 6 data-parallel ranks, never on 8).
  const start = gpuCount(here.cluster);
  const sizes = new Set<number>();
  for (let gpus = start * 2; gpus <= MAX_GPUS_SOUGHT; gpus *= 2) sizes.add(gpus);
  const l = here.plan.layout;
  const inner = l.tp * l.pp * l.cp;
  const splits = Math.floor(here.plan.workload.globalBatch / l.microBatch);
  if (here.plan.workload.globalBatch % l.microBatch === 0 && splits <= MAX_GPUS_SOUGHT)
    for (let d = 1; d <= splits; d++) if (splits % d === 0 && inner * d > start && inner * d <= MAX_GPUS_SOUGHT) sizes.add(inner * d);
  for (const gpus of [...sizes].sort((a, b) => a - b)) {
    const c = grownCluster(here.cluster, gpus);
    const a = evaluate(planFromSpec(spec, c, globalBatch), c, convention, 'files');
    if (a.runnable) return a;
  }
  return undefined;
}

/** A cluster of an assumed size grown to `gpus`, each assumption saying why. */
function grownCluster(cluster: Cluster, gpus: number): Cluster {
  const grown = resized(cluster, gpus, sizeAssumed(cluster) ? assumed(gpus, { id: 'prov.smallestFitting', args: { gpus } }).source : cluster.nodes.source);
  // The default cluster's reason names its size (H100s, or B200s for a Blackwell-only precision).
  const o = grown.origin.source;
  return o.kind === 'assumed'
    ? {
        ...grown,
        origin: assumed(
          grown.origin.value,
          o.reason.id === 'prov.defaultClusterBlackwell' ? { ...o.reason, args: { ...o.reason.args, gpus } } : { id: 'prov.defaultCluster', args: { gpus } },
        ),
      }
    : grown;
}

/** The best layout that fits; on an assumed size, the smallest cluster on which one fits. */
function chooseLayout(
  spec: Spec & { model: ModelSpec },
  plan: Plan,
  cluster: Cluster,
  convention: Convention,
  globalBatch: ClusterOptions['globalBatch'],
): ClusterAnalysis {
  const at = (c: Cluster): Plan => (c === cluster ? plan : planFromSpec(spec, c, globalBatch));
  const attempt = (c: Cluster) => {
    const p = at(c);
    const best = searchLayouts(p.workload, c, p.policy, { top: 1, convention }).best[0];
    return best ? { plan: searched(p, best.layout, c), cluster: c } : undefined;
  };
  const here = attempt(cluster);
  if (here) return evaluate(here.plan, here.cluster, convention, 'search');
  // The fewest GPUs (powers of two) on which a layout could fit: every byte of weights and
  // gradients (16-bit at least) spread over all of them must fit first.
  const params = analyzeParams(spec.model).total.value;
  const capacity = capacityBytes(cluster);
  for (let gpus = gpuCount(cluster) * 2; gpus <= MAX_GPUS_SOUGHT; gpus *= 2) {
    if ((params * 4) / gpus > capacity) continue;
    const c = grownCluster(cluster, gpus);
    const found = attempt(c);
    if (!found) continue;
    if (sizeAssumed(cluster)) return evaluate(found.plan, found.cluster, convention, 'search');
    return { ...evaluate(plan, cluster, convention, 'search'), needsGpus: gpus };
  }
  return { ...evaluate(plan, cluster, convention, 'search'), needsGpus: null };
}

/** The plan with the search's layout, each degree marked as the search's choice. */
function searched(plan: Plan, layout: Layout, c: Cluster): Plan {
  const reason: Message = { id: 'prov.searchedLayout', args: { gpus: gpuCount(c), accelerator: c.accelerator.name } };
  const sources: Record<string, Sourced<unknown>> = { ...plan.sources };
  for (const key of DEGREE_KEYS) sources[key] = assumed(layout[key], reason);
  return { ...plan, layout, world: gpuCount(c), sources };
}

export const DEGREE_KEYS: readonly (keyof Degrees)[] = ['tp', 'pp', 'vpp', 'dp', 'cp', 'ep', 'microBatch', 'recompute'];

function evaluate(plan: Plan, cluster: Cluster, convention: Convention, chosenBy: ClusterAnalysis['chosenBy']): ClusterAnalysis {
  const { layout, workload } = plan;
  const violations = [
    ...degreeViolations(layout, workload, plan.world),
    ...batchViolations(layout, workload),
    ...precisionViolations(workload, cluster.accelerator),
  ];
  const ranges = dimensionRanges(layout, workload, cluster.accelerator.scaleUpDomain);
  const memory = memoryPerGpu(layout, workload);
  const fits = fitsIn(memory, cluster);
  const runnable = fits && violations.every((v) => v.dependsOnSize && sizeAssumed(cluster));
  const step = runnable ? stepModel(layout, workload, cluster, convention) : undefined;
  const run = step ? runCost(step.throughput, layout, workload, cluster) : undefined;
  const sc = step ? scaling(layout, workload, cluster, convention) : undefined;
  return {
    cluster,
    plan,
    chosenBy,
    violations,
    ranges,
    ceiling: parallelismCeiling(ranges),
    memory: { ...memory, capacity: capacityBytes(cluster), fits },
    runnable,
    step,
    run,
    scaling: sc,
    absorption: sc && step ? absorptionOf(sc, step, workload, run) : undefined,
  };
}

/** Absorption with the run's own budget: model FLOPs per token (the step's) × the tokens the files state. */
function absorptionOf(sc: Scaling, step: StepModel, w: Workload, run: RunCost | undefined): Absorption {
  const t = step.throughput;
  const perToken = t.tokensPerSecondPerGpu > 0 ? (t.modelTflopsPerGpu * 1e12) / t.tokensPerSecondPerGpu : 0;
  const budget = run?.tokens !== undefined && perToken > 0 ? run.tokens * perToken : null;
  return absorption(sc, w.seqLen, perToken, budget);
}

/**
 * A what-if: the layout fields are the ones a layout can be written back with; the cluster and
 * precision are what-if only.
 */
export interface WhatIf extends Partial<Degrees> {
  readonly accelerator?: string;
  readonly gpusPerNode?: number;
  readonly nodes?: number;
  readonly scaleUpGBs?: number;
  readonly scaleOutGbps?: number;
  readonly precision?: 'bf16' | 'fp16' | 'fp8' | 'fp4' | 'fp32';
  /** One lever of the levers table (analysis/levers.ts) applied to the setup first, by its id. */
  readonly lever?: string;
}

/**
 * Applies what-if overrides to a copy of the setup and re-runs the cluster model. A layout the
 * search chose stays the search's until the what-if sets a degree; then the other degrees are the
 * ones shown, and the global batch stays the one shown (a layout from "Best layouts" keeps its figures).
 */
export function whatIf(spec: Spec & { model: ModelSpec }, base: ClusterAnalysis, w: WhatIf, convention: Convention): ClusterAnalysis {
  const o = <T>(value: T): Sourced<T> => overridden(value, { id: 'prov.whatIf', args: {} });
  const setsDegree = DEGREE_KEYS.some((k) => w[k] !== undefined);
  const keepSearching = base.chosenBy === 'search' && !setsDegree;
  const degrees: Partial<Degrees> = base.chosenBy === 'search' && setsDegree ? { ...base.plan.layout, ...definedOf(w) } : w;
  const p = { ...spec.parallel };
  const tr = { ...spec.training };
  if (!keepSearching) {
    if (degrees.tp) p.tp = o(degrees.tp);
    if (degrees.pp) p.pp = o(degrees.pp);
    if (degrees.vpp) p.vpp = o(degrees.vpp);
    if (degrees.cp) p.cp = o(degrees.cp);
    if (degrees.ep) p.ep = o(degrees.ep);
    if (degrees.dp) p.dp = o(degrees.dp);
    if (degrees.microBatch) tr.microBatch = o(degrees.microBatch);
    if (degrees.recompute) tr.recompute = o(degrees.recompute);
  }
  if (w.precision) tr.precision = o(w.precision);
  const sizeChanged = w.gpusPerNode !== undefined || w.nodes !== undefined || w.accelerator !== undefined;
  let cluster = base.cluster;
  if (sizeChanged || w.scaleUpGBs !== undefined || w.scaleOutGbps !== undefined) {
    // An accelerator id no preset has is ignored (the panel offers presets only); a new accelerator brings its own links.
    const preset = w.accelerator !== undefined ? findAccelerator(w.accelerator) : undefined;
    const accelerator = preset ?? base.cluster.accelerator;
    const changed = accelerator.id !== base.cluster.accelerator.id;
    cluster = {
      ...base.cluster,
      accelerator,
      gpusPerNode: w.gpusPerNode !== undefined ? o(w.gpusPerNode) : base.cluster.gpusPerNode,
      nodes: w.nodes !== undefined ? o(w.nodes) : base.cluster.nodes,
      scaleUpGBs: w.scaleUpGBs ?? (changed ? accelerator.scaleUpGBs : base.cluster.scaleUpGBs),
      scaleOutGbps: w.scaleOutGbps ?? (changed ? accelerator.scaleOutGbps : base.cluster.scaleOutGbps),
      // A matmul efficiency a cluster file set was measured on its accelerator.
      matmulEfficiency: changed ? undefined : base.cluster.matmulEfficiency,
      origin: o('what-if'),
    };
    // A new size re-derives DP unless the what-if sets it.
    if (!w.dp) delete p.dp;
  }
  // The global batch shown stays; one nobody stated grows and shrinks with the cluster (whatever the degrees, so a row of
  // "Best layouts" found on a what-if cluster keeps its figures when used).
  const shown = base.plan.sources['globalBatch'] ?? o(base.plan.workload.globalBatch);
  const scaled = sizeChanged && shown.source.kind === 'assumed';
  const globalBatch = scaled
    ? { ...shown, value: Math.max(1, Math.round((shown.value as number) * (gpuCount(cluster) / gpuCount(base.cluster)))) }
    : (shown as Sourced<number>);
  return analyzeCluster({ ...spec, parallel: p, training: tr }, cluster, { convention, globalBatch, searchLayout: keepSearching });
}

function definedOf(w: WhatIf): Partial<Degrees> {
  const out: Record<string, unknown> = {};
  for (const k of DEGREE_KEYS) if (w[k] !== undefined) out[k] = w[k];
  return out as Partial<Degrees>;
}
