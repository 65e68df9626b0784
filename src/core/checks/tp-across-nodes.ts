/** tp-across-nodes: a TP group larger than one NVLink domain sends its all-reduces over the slower network. */
import type { Rule } from './rule';
import { at, layoutSource } from './where';

export const tpAcrossNodes: Rule = {
  id: 'tp-across-nodes',
  defaultSeverity: 'warning',
  description: 'rules.tpAcrossNodes',
  run(ctx) {
    const c = ctx.analysis.cluster;
    const tp = c.plan.layout.tp;
    const domain = c.cluster.accelerator.scaleUpDomain;
    if (!ctx.statesTraining || tp <= domain) return [];
    return [
      {
        ruleId: 'tp-across-nodes',
        severity: 'warning',
        message: { id: 'rule.tpAcrossNodes', args: { t: tp, domain } },
        ranges: at(ctx, layoutSource(ctx, 'tp')),
        fixes: [],
      },
    ];
  },
};
