/** batch-arithmetic: the global batch must split into micro-batch × DP × gradient-accumulation steps. */
import { batchViolations } from '../analysis/parallel';
import type { Rule } from './rule';
import { at, layoutSource } from './where';

export const batchArithmetic: Rule = {
  id: 'batch-arithmetic',
  defaultSeverity: 'error',
  description: 'rules.batchArithmetic',
  run(ctx) {
    if (!ctx.statesTraining || !ctx.knownSize) return [];
    const { layout, workload } = ctx.analysis.cluster.plan;
    return batchViolations(layout, workload).map((v) => ({
      ruleId: 'batch-arithmetic',
      severity: 'error' as const,
      message: v.message,
      ranges: at(ctx, layoutSource(ctx, 'globalBatch')),
      fixes: [],
    }));
  },
};
