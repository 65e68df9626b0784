/**
 * How a pipeline splits the transformer layers over its stages (Megatron-Core's rules,
 * megatron/core/transformer/transformer_block.py get_num_layers_to_build):
 * - even: L / (PP × VPP) layers per virtual stage;
 * - `--account-for-embedding-in-pipeline-split` / `--account-for-loss-in-pipeline-split`: the embedding and
 *   the loss each count as one layer, (L + 1 + 1) / (PP × VPP) per virtual stage, the first virtual stage one
 *   layer short for the embedding and the last one short for the loss (Llama 3.1 405B: 126 + 2 = 128 on 16);
 * - `--decoder-first-pipeline-num-layers` / `--decoder-last-pipeline-num-layers`: the first and last stages
 *   hold the stated layers and the rest split evenly over the middle stages;
 * - `--pipeline-model-parallel-layout`: the layers of every virtual stage, listed.
 * A pipeline runs at the pace of its busiest stage: with stages of unequal depth, compute per step is the
 * busiest stage's layers over the average (imbalance), and the bubble is (PP − 1) / VPP of its micro-batch time.
 */
import type { Message } from '../types';

/** The uneven split a config states (absent: layers split evenly). */
export interface StageSplit {
  /** Transformer layers on the first pipeline stage. */
  readonly first?: number;
  /** Transformer layers on the last pipeline stage. */
  readonly last?: number;
  /** The embedding counts as one layer of the first stage. */
  readonly embedding?: boolean;
  /** The loss (output head) counts as one layer of the last stage. */
  readonly loss?: boolean;
  /** Layers of every virtual stage in model order (a layout string); chunk i runs on rank i mod PP. */
  readonly chunks?: readonly number[];
}

/**
 * torchtitan's split of L layers over `stages` virtual stages (generate_llm_fqn_per_model_part): the embedding and the output
 * count as `input` and `output` layers of the first and last stage, L + input + output split as evenly as it goes, the first
 * stages one more; undefined where torchtitan refuses (more stages than weighted layers, a weight above a stage's share).
 */
export function weightedChunks(L: number, stages: number, input: number, output: number): number[] | undefined {
  const effective = L + input + output;
  if (stages < 2 || stages > effective || stages > 1e6) return undefined;
  const per = Math.floor(effective / stages);
  const extra = effective % stages;
  if (input > per || output > per) return undefined;
  const chunks: number[] = [];
  let taken = 0;
  for (let i = 0; i < stages; i++) {
    const n = per + (i < extra ? 1 : 0) - (i === 0 ? input : i === stages - 1 ? output : 0);
    const take = Math.max(0, Math.min(n, L - taken));
    chunks.push(take);
    taken += take;
  }
  return taken === L ? chunks : undefined;
}

/**
 * Transformer layers per pipeline rank (all its virtual stages): the first rank, each middle one, the last
 * (equal for an even split). Ranks are described by these three numbers, never listed, so any PP costs the same.
 */
export interface StageShape {
  readonly first: number;
  readonly middle: number;
  readonly last: number;
}

/** The layers on each rank, or why the layers do not split. */
export type StageLayers = { readonly shape: StageShape } | { readonly violation: Message };

export function stageLayers(L: number, pp: number, vpp: number, split: StageSplit = {}): StageLayers {
  if (split.chunks) {
    // A layout string: each rank holds the chunks i ≡ r (mod PP); the middle ranks are shown by the busiest of them.
    const c = split.chunks;
    const sum = c.reduce((a, b) => a + b, 0);
    if (c.length !== pp * vpp || sum !== L) return { violation: { id: 'rule.ppLayout', args: { n: c.length, p: pp, v: vpp, sum, L } } };
    // One pass over the chunks (as many as PP × VPP, so this is linear in what the file lists).
    const ranks = new Array<number>(pp).fill(0);
    c.forEach((n, i) => (ranks[i % pp]! += n));
    let middle = pp > 2 ? 0 : ranks[0]!;
    for (let r = 1; r < pp - 1; r++) middle = Math.max(middle, ranks[r]!);
    return { shape: { first: ranks[0]!, middle, last: ranks[pp - 1]! } };
  }
  if (pp > L) return { violation: { id: 'rule.ppLayers', args: { p: pp, L } } };
  const chunks = pp * vpp;
  const uneven = pp > 1 && (split.first !== undefined || split.last !== undefined);
  if (uneven) {
    const first = split.first;
    const last = split.last;
    const middle = pp - (first !== undefined ? 1 : 0) - (last !== undefined ? 1 : 0);
    const rest = L - (first ?? 0) - (last ?? 0);
    const per = middle > 0 ? rest / middle : 0;
    const ok = rest >= 0 && (middle > 0 ? Number.isInteger(per) : rest === 0) && [first ?? per, last ?? per, per].every((n) => n % vpp === 0);
    if (!ok) return { violation: { id: 'rule.ppUneven', args: { L, p: pp, v: vpp, first: first ?? '-', last: last ?? '-' } } };
    return { shape: { first: first ?? per, middle: per, last: last ?? per } };
  }
  const extra = pp > 1 ? (split.embedding ? 1 : 0) + (split.loss ? 1 : 0) : 0;
  const slots = L + extra;
  if (slots % chunks !== 0)
    return extra > 0
      ? { violation: { id: 'rule.ppAccount', args: { L, extra, p: pp, v: vpp } } }
      : { violation: { id: vpp > 1 ? 'rule.vppLayers' : 'rule.ppDivides', args: { p: pp, v: vpp, L } } };
  const per = slots / pp;
  return { shape: { first: per - (pp > 1 && split.embedding ? 1 : 0), middle: per, last: per - (pp > 1 && split.loss ? 1 : 0) } };
}

/** The shape of a split, the even share (rounded up) where the layers do not split: callers report that separately. */
export function stageShape(L: number, pp: number, vpp: number, split?: StageSplit): StageShape {
  const s = stageLayers(L, pp, vpp, split);
  if ('shape' in s) return s.shape;
  const even = Math.ceil(L / pp);
  return { first: even, middle: even, last: even };
}

/** Layers on the busiest rank. */
export function busiestStageLayers(L: number, pp: number, vpp: number, split?: StageSplit): number {
  const s = stageShape(L, pp, vpp, split);
  return pp === 1 ? s.first : Math.max(s.first, s.last, pp > 2 ? s.middle : 0);
}

/** Busiest stage over the average one (1 for an even split): the factor uneven stages slow a pipeline by. */
export function stageImbalance(L: number, pp: number, vpp: number, split?: StageSplit): number {
  return pp > 1 ? (busiestStageLayers(L, pp, vpp, split) * pp) / L : 1;
}

/**
 * 1F1B keeps min(PP − r, m) micro-batches in flight on rank r: the most of (its layers × those), which for ranks
 * shaped first / middle / last is at rank 0, rank 1 or the last rank.
 */
export function peakLayerMicroBatches(L: number, pp: number, vpp: number, split: StageSplit | undefined, microBatches: number): number {
  const s = stageShape(L, pp, vpp, split);
  if (pp === 1) return s.first * Math.min(1, microBatches);
  return Math.max(s.first * Math.min(pp, microBatches), pp > 2 ? s.middle * Math.min(pp - 1, microBatches) : 0, s.last * Math.min(1, microBatches));
}

/** Layers per rank as a list, for a report ("7+8×14+7"): only for pipelines small enough to list. */
export function perRankList(s: StageShape, pp: number): number[] | undefined {
  if (pp > 4096) return undefined;
  return Array.from({ length: pp }, (_, r) => (r === 0 ? s.first : r === pp - 1 ? s.last : s.middle));
}
