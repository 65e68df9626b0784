/**
 * How a pipeline splits the transformer layers over its stages (Megatron-Core's rules,
 * megatron/core/transformer/transformer_block.py get_num_layers_to_build):
 * - even: L / (PP × VPP) layers per virtual stage;
 * - `--account-for-embedding-in-pipeline-split` / `--account-for-loss-in-pipeline-split`: the embedding and
 *   the loss each count as one layer, (L + 1 + 1) / (PP × VPP) per virtual stage, the first virtual stage one
 *   layer short for the embedding and the last one short for the loss (Llama 3.1 405B: 126 + 2 = 128 on 16);
 * - `--decoder-first-pipeline-num-layers` / `--decoder-last-pipeline-num-layers`: the first and last stages
 *   hold the stated layers and the rest split evenly over the middle stages.
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
}

/** Transformer layers on each pipeline rank (all its virtual stages), or why the layers do not split. */
export type StageLayers = { readonly perRank: readonly number[] } | { readonly violation: Message };

export function stageLayers(L: number, pp: number, vpp: number, split: StageSplit = {}): StageLayers {
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
    return { perRank: Array.from({ length: pp }, (_, r) => (r === 0 && first !== undefined ? first : r === pp - 1 && last !== undefined ? last : per)) };
  }
  const extra = pp > 1 ? (split.embedding ? 1 : 0) + (split.loss ? 1 : 0) : 0;
  const slots = L + extra;
  if (slots % chunks !== 0)
    return extra > 0
      ? { violation: { id: 'rule.ppAccount', args: { L, extra, p: pp, v: vpp } } }
      : { violation: { id: vpp > 1 ? 'rule.vppLayers' : 'rule.ppDivides', args: { p: pp, v: vpp, L } } };
  const perRank = Array.from({ length: pp }, () => slots / pp);
  if (pp > 1 && split.embedding) perRank[0]! -= 1;
  if (pp > 1 && split.loss) perRank[pp - 1]! -= 1;
  return { perRank };
}

/** Layers on the busiest rank (the even share where the layers do not split: callers report that separately). */
export function busiestStageLayers(L: number, pp: number, vpp: number, split?: StageSplit): number {
  const s = stageLayers(L, pp, vpp, split);
  return 'perRank' in s ? Math.max(...s.perRank) : Math.ceil(L / pp);
}

/** Busiest stage over the average one (1 for an even split): the factor uneven stages slow a pipeline by. */
export function stageImbalance(L: number, pp: number, vpp: number, split?: StageSplit): number {
  return pp > 1 ? (busiestStageLayers(L, pp, vpp, split) * pp) / L : 1;
}
