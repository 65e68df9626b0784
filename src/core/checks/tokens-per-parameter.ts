/**
 * tokens-per-parameter: training tokens per parameter far from the compute-optimal ~20
 * (Hoffmann et al. 2022). Deliberate over-training (small models for cheap inference) is common,
 * so this is information, not a warning.
 */
import { trainingTokens } from '../analysis/parallel';
import type { Rule } from './rule';
import { at } from './where';

export const COMPUTE_OPTIMAL_TOKENS_PER_PARAM = 20;
/** Outside [optimal / 4, optimal × 25] the note appears. */
export const TOKENS_PER_PARAM_RANGE = [5, 500] as const;

export const tokensPerParameter: Rule = {
  id: 'tokens-per-parameter',
  defaultSeverity: 'info',
  description: 'rules.tokensPerParameter',
  run(ctx) {
    // Chinchilla's ratio is about pretraining: a fine-tune starts from trained weights.
    if (ctx.spec.training.finetune?.value || ctx.spec.training.adapter) return [];
    const tokens = trainingTokens(ctx.analysis.cluster.plan.workload);
    if (tokens === undefined) return [];
    const params = ctx.analysis.params.active.value;
    const ratio = tokens / params;
    if (ratio >= TOKENS_PER_PARAM_RANGE[0] && ratio <= TOKENS_PER_PARAM_RANGE[1]) return [];
    const src = ctx.spec.training.trainTokens ?? ctx.spec.training.trainIters;
    return [
      {
        ruleId: 'tokens-per-parameter',
        severity: 'info',
        message: {
          id: 'check.tokensPerParam',
          args: { ratio: ratio >= 100 ? Math.round(ratio) : Number(ratio.toPrecision(2)), optimal: COMPUTE_OPTIMAL_TOKENS_PER_PARAM },
        },
        ranges: at(ctx, src),
        fixes: [],
      },
    ];
  },
};
