/** memory-over-capacity: what one GPU must hold (states, activations, reserve) exceeds its memory. */
import type { Rule } from './rule';
import { at, layoutSource } from './where';

export const memoryOverCapacity: Rule = {
  id: 'memory-over-capacity',
  defaultSeverity: 'error',
  description: 'rules.memoryOverCapacity',
  run(ctx) {
    const c = ctx.analysis.cluster;
    if (!ctx.statesTraining || !ctx.knownSize || c.memory.fits) return [];
    const gb = (b: number) => `${(b / 1e9).toFixed(1)} GB`;
    return [
      {
        ruleId: 'memory-over-capacity',
        severity: 'error',
        message: { id: 'memory.overCapacity', args: { need: gb(c.memory.total), have: gb(c.memory.capacity), gpu: c.cluster.accelerator.name } },
        ranges: at(ctx, layoutSource(ctx, 'microBatch')),
        fixes: [],
      },
    ];
  },
};
