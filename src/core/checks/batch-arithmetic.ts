/** batch-arithmetic: the global batch must split into micro-batch × DP × gradient-accumulation steps. */
import type { Rule } from './rule';
import { at, layoutSource } from './where';

export const batchArithmetic: Rule = {
  id: 'batch-arithmetic',
  defaultSeverity: 'error',
  description: 'rules.batchArithmetic',
  run(ctx) {
    if (!ctx.statesTraining || !ctx.knownSize) return [];
    return ctx.analysis.cluster.rules
      .filter((r) => r.dimension === 'batch')
      .map((r) => ({ ruleId: 'batch-arithmetic', severity: 'error' as const, message: r.message, ranges: at(ctx, layoutSource(ctx, 'globalBatch')), fixes: [] }));
  },
};
