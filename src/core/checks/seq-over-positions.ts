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
    const kind = ctx.spec.model.positions.value;
    // (Rotary positions the training config rescales to its sequence.)
    if (kind === 'rope' && ctx.spec.training.ropeScaled?.value) return [];
    const learned = kind === 'learned';
    // Rotary positions extrapolate; relative ones (T5's buckets, DeBERTa's) and fixed or absent ones (M2M-100's sinusoids) run
    // past the length the model was configured and trained for.
    const id = learned ? 'check.seqOverLearned' : kind === 'rope' ? 'check.seqOverRope' : 'check.seqOverConfigured';
    return [
      {
        ruleId: 'seq-over-max-positions',
        severity: learned ? 'error' : 'warning',
        message: { id, args: { s: s.value, max: max.value } },
        ranges: at(ctx, s),
        fixes: [],
      },
    ];
  },
};
