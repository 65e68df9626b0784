/**
 * precision-hardware: the accelerator runs the precision the config asks for (analysis/precision.ts): FP8 needs FP8 tensor
 * cores, MXFP8 and NVFP4 need Blackwell's block-scaled ones. Reported where the recipe or the precision is written.
 */
import type { Rule } from './rule';
import { at } from './where';

export const precisionHardware: Rule = {
  id: 'precision-hardware',
  defaultSeverity: 'error',
  description: 'rules.precisionHardware',
  run(ctx) {
    const t = ctx.spec.training;
    return ctx.analysis.cluster.violations
      .filter((v) => v.dimension === 'precision')
      .map((v) => ({
        ruleId: 'precision-hardware',
        severity: 'error' as const,
        message: v.message,
        ranges: at(ctx, v.message.id === 'rule.mxfp8Hardware' || v.message.id === 'rule.blockwiseHardware' ? (t.fp8Recipe ?? t.precision) : t.precision),
        fixes: [],
      }));
  },
};
