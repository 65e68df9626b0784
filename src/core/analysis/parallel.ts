/**
 * Parallelism: the layout a setup asks for (TP, PP, VPP, DP, CP, EP, expert-TP, SP, micro-batch),
 * which degrees are valid for this model and batch and why (each rule cites its constraint,
 * formulas.md §4), the largest useful degree per dimension, the parallelism ceiling (how many GPUs
 * one step can keep busy), and placement onto link tiers (TP innermost, DP outermost).
 */
import type { Message, Sourced } from '../types';
import { assumed, derived } from '../types';
import type { ModelSpec, Spec } from '../spec';
import type { Cluster } from '../hardware/cluster';
import { gpuCount } from '../hardware/cluster';

export type Dimension = 'tp' | 'pp' | 'dp' | 'cp' | 'ep';
export type Recompute = 'none' | 'selective' | 'full';

export interface Layout {
  readonly tp: number;
  readonly pp: number;
  /** Virtual stages per pipeline rank (1: no interleaving). */
  readonly vpp: number;
  readonly dp: number;
  readonly cp: number;
  readonly ep: number;
  readonly etp: number;
  readonly sp: boolean;
  readonly microBatch: number;
  readonly recompute: Recompute;
  /** ZeRO stage (3 = FSDP full shard). */
  readonly zero: 0 | 1 | 2 | 3;
  /** Megatron's distributed optimizer (optimizer state sharded over DP). */
  readonly distributedOptimizer: boolean;
}

export interface Workload {
  readonly model: ModelSpec;
  readonly seqLen: number;
  /** Sequences per optimizer step. */
  readonly globalBatch: number;
  readonly precision: 'fp32' | 'tf32' | 'fp16' | 'bf16' | 'fp8';
  readonly optimizer: string;
  /** Megatron-style fp32 gradient buffers (4 bytes) instead of 16-bit (2). */
  readonly fp32Grads: boolean;
  /** Gradients reduced in fp32 (Megatron with bf16, or --accumulate-allreduce-grads-in-fp32). */
  readonly fp32GradReduce: boolean;
  readonly trainIters?: number;
  readonly trainTokens?: number;
  /** Gradient reduction overlapped with the backward pass (Megatron: --overlap-grad-reduce; DDP/FSDP/DeepSpeed: yes). */
  readonly overlapGradReduce: boolean;
}

export interface Rule {
  readonly dimension: Dimension | 'world' | 'batch';
  readonly severity: 'error' | 'warning';
  readonly message: Message;
}

/** The layout and workload a spec asks for on a cluster, each default marked as assumed. */
export interface Plan {
  readonly layout: Layout;
  readonly workload: Workload;
  readonly world: number;
  readonly sources: Readonly<Record<string, Sourced<unknown>>>;
}

export function planFromSpec(spec: Spec & { model: ModelSpec }, cluster: Cluster, globalBatchOverride?: number): Plan {
  const p = spec.parallel;
  const t = spec.training;
  const world = gpuCount(cluster);
  const sources: Record<string, Sourced<unknown>> = {};
  const pick = <T,>(key: string, s: Sourced<T> | undefined, fallback: () => Sourced<T>): T => {
    const v = s ?? fallback();
    sources[key] = v;
    return v.value;
  };
  const tp = pick('tp', p.tp, () => assumed(1, { id: 'prov.defaultDegree', args: { dim: 'TP' } }));
  const pp = pick('pp', p.pp, () => assumed(1, { id: 'prov.defaultDegree', args: { dim: 'PP' } }));
  const vpp = pick('vpp', p.vpp, () => assumed(1, { id: 'prov.defaultDegree', args: { dim: 'VPP' } }));
  const cp = pick('cp', p.cp, () => assumed(1, { id: 'prov.defaultDegree', args: { dim: 'CP' } }));
  const ep = pick('ep', p.ep, () => assumed(1, { id: 'prov.defaultDegree', args: { dim: 'EP' } }));
  const etp = pick('etp', p.etp, () => assumed(tp, { id: 'prov.etpDefault' }));
  const dp = pick('dp', p.dp, () => derived(Math.max(1, Math.floor(world / (tp * pp * cp))), { id: 'prov.dpFromWorld', args: { world } }));
  const microBatch = pick('microBatch', t.microBatch, () => assumed(1, { id: 'prov.defaultMicroBatch' }));
  const globalBatch =
    globalBatchOverride ??
    pick('globalBatch', t.globalBatch, () =>
      t.gradAccum ? derived(microBatch * dp * t.gradAccum.value, { id: 'prov.globalFromMicro' }, t.gradAccum) : assumed(microBatch * dp, { id: 'prov.defaultGlobalBatch' }),
    );
  const recompute = pick('recompute', t.recompute, () => assumed('none' as Recompute, { id: 'prov.defaultRecompute' }));
  const zero = (t.zeroStage?.value ?? (t.fsdp?.value ? 3 : 0)) as 0 | 1 | 2 | 3;
  const precision = t.precision?.value === 'fp32' || t.precision?.value === 'tf32' ? t.precision.value : t.precision?.value ?? 'bf16';
  return {
    world,
    sources,
    layout: { tp, pp, vpp, dp, cp, ep, etp, sp: p.sp?.value ?? false, microBatch, recompute, zero, distributedOptimizer: t.distributedOptimizer?.value ?? false },
    workload: {
      model: spec.model,
      seqLen: t.seqLen.value,
      globalBatch,
      precision,
      optimizer: t.optimizer?.value ?? 'adam',
      fp32Grads: spec.family === 'megatron' || spec.family === 'nemo',
      fp32GradReduce: (spec.family === 'megatron' || spec.family === 'nemo') && precision !== 'fp16',
      trainIters: t.trainIters?.value,
      trainTokens: t.trainTokens?.value,
      overlapGradReduce: t.overlapGradReduce?.value ?? !(spec.family === 'megatron' || spec.family === 'nemo'),
    },
  };
}

/** Micro-batches per pipeline per step. */
export function microBatches(l: Layout, w: Workload): number {
  return w.globalBatch / (l.microBatch * l.dp);
}

/** The divisors of n up to max, ascending. */
export function divisors(n: number, max = n): number[] {
  const out: number[] = [];
  for (let i = 1; i <= Math.min(n, max); i++) if (n % i === 0) out.push(i);
  return out;
}

/** Validity of a layout for a workload on a cluster (formulas.md §4). */
export function checkLayout(l: Layout, w: Workload, world: number, scaleUpDomain: number): Rule[] {
  const m = w.model;
  const a = m.heads.value;
  const g = m.kvHeads.value;
  const h = m.hidden.value;
  const f = m.ffnWidth.value;
  const L = m.layers.value;
  const rules: Rule[] = [];
  const err = (dimension: Rule['dimension'], id: Message['id'], args: Record<string, string | number>) => rules.push({ dimension, severity: 'error', message: { id, args } });
  const warn = (dimension: Rule['dimension'], id: Message['id'], args: Record<string, string | number>) => rules.push({ dimension, severity: 'warning', message: { id, args } });

  if (a % l.tp !== 0) err('tp', 'rule.tpHeads', { t: l.tp, a });
  else if (!m.mla && g % l.tp !== 0 && l.tp % g !== 0) err('tp', 'rule.tpKvHeads', { t: l.tp, g });
  else if (!m.mla && l.tp > g) warn('tp', 'rule.tpReplicatesKv', { t: l.tp, g, copies: l.tp / g });
  if (h % l.tp !== 0) err('tp', 'rule.tpHidden', { t: l.tp, h });
  if (f % l.tp !== 0 && !(m.moe && m.moe.layers.value.length === L)) err('tp', 'rule.tpFfn', { t: l.tp, f });
  if (l.sp && (l.microBatch * w.seqLen) % l.tp !== 0) err('tp', 'rule.spTokens', { t: l.tp, tokens: l.microBatch * w.seqLen });
  if (l.tp > scaleUpDomain) warn('tp', 'rule.tpAcrossNodes', { t: l.tp, domain: scaleUpDomain });

  if (l.pp > L) err('pp', 'rule.ppLayers', { p: l.pp, L });
  else if (L % (l.pp * l.vpp) !== 0) err('pp', l.vpp > 1 ? 'rule.vppLayers' : 'rule.ppDivides', { p: l.pp, v: l.vpp, L });
  const mb = microBatches(l, w);
  if (Number.isInteger(mb) && l.pp > 1 && mb < l.pp) warn('pp', 'rule.ppMicroBatches', { m: mb, p: l.pp });
  if (Number.isInteger(mb) && l.vpp > 1 && mb % l.pp !== 0) err('pp', 'rule.vppMicroBatches', { m: mb, p: l.pp });

  if (w.globalBatch % (l.microBatch * l.dp) !== 0) err('batch', 'rule.dpBatch', { B: w.globalBatch, b: l.microBatch, d: l.dp });
  if (l.cp > 1 && w.seqLen % (2 * l.cp) !== 0) err('cp', 'rule.cpSeq', { s: w.seqLen, c: l.cp });
  if (l.cp > 1 && w.seqLen / (2 * l.cp) < 1024) warn('cp', 'rule.cpChunks', { s: w.seqLen, c: l.cp, chunk: w.seqLen / (2 * l.cp) });

  if (m.moe) {
    const E = m.moe.experts.value;
    if (l.ep > E) err('ep', 'rule.epExperts', { e: l.ep, E });
    else if (E % l.ep !== 0) err('ep', 'rule.epDivides', { e: l.ep, E });
    if (world % (l.etp * l.ep * l.pp) !== 0) err('ep', 'rule.epGrid', { world, e: l.ep, etp: l.etp, p: l.pp });
  } else if (l.ep > 1) err('ep', 'rule.epDense', { e: l.ep });

  const used = l.tp * l.pp * l.cp * l.dp;
  if (used !== world) err('world', 'rule.world', { t: l.tp, p: l.pp, c: l.cp, d: l.dp, used, world });
  return rules;
}

export interface DimensionRange {
  readonly dimension: Dimension;
  readonly degree: number;
  /** Degrees valid for this model on their own (divisibility). */
  readonly valid: readonly number[];
  /** The largest useful degree and why it stops there. */
  readonly maxUseful: number;
  readonly limit: Message;
}

/** Valid degrees and the largest useful one per dimension (formulas.md §4, ceilings). */
export function dimensionRanges(l: Layout, w: Workload, scaleUpDomain: number): DimensionRange[] {
  const m = w.model;
  const a = m.heads.value;
  const g = m.kvHeads.value;
  const L = m.layers.value;
  const s = w.seqLen;
  const tpValid = divisors(a).filter((t) => m.hidden.value % t === 0 && (m.mla || g % t === 0 || t % g === 0));
  const tpMax = Math.max(...tpValid.filter((t) => t <= Math.min(m.mla ? a : Math.max(g, 1) * 1, scaleUpDomain)), 1);
  const ppValid = divisors(L);
  const dpMax = Math.max(1, Math.floor(w.globalBatch / l.microBatch));
  const cpValid = [1, 2, 4, 8, 16, 32, 64].filter((c) => c === 1 || s % (2 * c) === 0);
  const cpMax = Math.max(1, ...cpValid.filter((c) => s / (2 * c) >= 2048));
  const out: DimensionRange[] = [
    { dimension: 'tp', degree: l.tp, valid: tpValid, maxUseful: tpMax, limit: { id: 'limit.tp', args: { g, domain: scaleUpDomain } } },
    { dimension: 'pp', degree: l.pp, valid: ppValid, maxUseful: L, limit: { id: 'limit.pp', args: { L } } },
    { dimension: 'dp', degree: l.dp, valid: [], maxUseful: dpMax, limit: { id: 'limit.dp', args: { B: w.globalBatch, b: l.microBatch } } },
    { dimension: 'cp', degree: l.cp, valid: cpValid, maxUseful: cpMax, limit: { id: 'limit.cp', args: { s } } },
  ];
  if (m.moe) out.push({ dimension: 'ep', degree: l.ep, valid: divisors(m.moe.experts.value), maxUseful: m.moe.experts.value, limit: { id: 'limit.ep', args: { E: m.moe.experts.value } } });
  return out;
}

/** How many GPUs one step can keep busy: the product of the useful ceilings of TP, PP, DP and CP. */
export function parallelismCeiling(ranges: readonly DimensionRange[]): number {
  return ranges.filter((r) => r.dimension !== 'ep').reduce((p, r) => p * r.maxUseful, 1);
}

export type Tier = 'scale-up' | 'scale-out';

/** Link tier of each dimension's group, placing TP innermost, then CP, EP, PP and DP outermost. */
export function placement(l: Layout, scaleUpDomain: number): Record<Dimension, Tier> {
  const tier = (span: number): Tier => (span <= scaleUpDomain ? 'scale-up' : 'scale-out');
  return {
    tp: tier(l.tp),
    cp: tier(l.tp * l.cp),
    ep: tier(l.etp * l.ep),
    pp: tier(l.tp * l.cp * l.pp),
    dp: tier(l.tp * l.cp * l.pp * l.dp),
  };
}
