/**
 * vocab-not-padded: with TP > 1 the embedding rows split over TP ranks; Megatron pads the vocabulary to
 * a multiple of 128 × TP for that (formulas.md §1). A vocabulary the file states unpadded costs a
 * slower, uneven split, or an error in trainers that require it.
 */
import type { Rule } from './rule';
import { at } from './where';

export const vocabPadding: Rule = {
  id: 'vocab-not-padded',
  defaultSeverity: 'warning',
  description: 'rules.vocabPadding',
  run(ctx) {
    const tp = ctx.analysis.cluster.plan.layout.tp;
    const v = ctx.spec.model.vocab;
    if (!ctx.statesTraining || tp <= 1 || v.source.kind !== 'fact' || v.value % tp === 0) return [];
    const multiple = 128 * tp;
    const padded = Math.ceil(v.value / multiple) * multiple;
    return [
      {
        ruleId: 'vocab-not-padded',
        severity: 'warning',
        message: { id: 'check.vocabPadding', args: { v: v.value, tp, padded } },
        ranges: at(ctx, v),
        fixes: [],
      },
    ];
  },
};
