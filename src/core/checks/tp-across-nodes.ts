/** tp-across-nodes: a TP group larger than one NVLink domain sends its all-reduces over the slower network. */
import type { Rule } from './rule';
import { at, layoutSource } from './where';

export const tpAcrossNodes: Rule = {
  id: 'tp-across-nodes',
  defaultSeverity: 'warning',
  description: 'rules.tpAcrossNodes',
  run(ctx) {
    if (!ctx.statesTraining) return [];
    return ctx.analysis.cluster.rules
      .filter((r) => r.message.id === 'rule.tpAcrossNodes')
      .map((r) => ({ ruleId: 'tp-across-nodes', severity: 'warning' as const, message: r.message, ranges: at(ctx, layoutSource(ctx, 'tp')), fixes: [] }));
  },
};
