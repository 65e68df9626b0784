/** parallel-layout: valid but costly choices (KV heads replicated beyond TP, too few micro-batches for the pipeline, short CP chunks). */
import type { Rule } from './rule';
import { at, layoutSource } from './where';

export const parallelLayout: Rule = {
  id: 'parallel-layout',
  defaultSeverity: 'warning',
  description: 'rules.parallelLayout',
  run(ctx) {
    if (!ctx.statesTraining) return [];
    return ctx.analysis.cluster.rules
      .filter((r) => r.severity === 'warning' && r.message.id !== 'rule.tpAcrossNodes' && (ctx.knownSize || r.dimension !== 'pp'))
      .map((r) => ({ ruleId: 'parallel-layout', severity: 'warning' as const, message: r.message, ranges: at(ctx, layoutSource(ctx, r.dimension === 'batch' ? 'globalBatch' : r.dimension)), fixes: [] }));
  },
};
