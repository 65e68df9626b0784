/** seq-over-max-positions: training sequences longer than the positions the model has (learned) or was configured for (RoPE). */
import type { Rule } from './rule';
import { at } from './where';

export const seqOverPositions: Rule = {
  id: 'seq-over-max-positions',
  defaultSeverity: 'warning',
  description: 'rules.seqOverPositions',
  run(ctx) {
    const s = ctx.spec.training.seqLen;
    const max = ctx.spec.model.maxPositions;
    if (!max || s.value <= max.value) return [];
    const learned = ctx.spec.model.positions.value === 'learned';
    return [
      {
        ruleId: 'seq-over-max-positions',
        severity: learned ? 'error' : 'warning',
        message: { id: learned ? 'check.seqOverLearned' : 'check.seqOverRope', args: { s: s.value, max: max.value } },
        ranges: at(ctx, s),
        fixes: [],
      },
    ];
  },
};
