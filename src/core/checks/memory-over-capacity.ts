/**
 * memory-over-capacity: what one GPU must hold (states, activations, reserve) exceeds its memory.
 * For a layout the files state, the fix is full activation recomputation, written where the
 * setup's trainer reads it; for a setup that states no layout, the finding says how many GPUs the
 * smallest layout that fits needs.
 */
import type { Finding } from '../types';
import { planLayoutEdits } from '../recognize/edits';
import { gpuCount } from '../hardware/cluster';
import { MAX_GPUS_SOUGHT } from '../analysis/cluster';
import type { Rule } from './rule';
import { at, layoutSource } from './where';

export const memoryOverCapacity: Rule = {
  id: 'memory-over-capacity',
  defaultSeverity: 'error',
  description: 'rules.memoryOverCapacity',
  run(ctx) {
    const c = ctx.analysis.cluster;
    if (c.memory.fits) return [];
    const gpu = c.cluster.accelerator.name;
    const gpus = gpuCount(c.cluster);
    const have = { unit: 'bytes', value: c.memory.capacity } as const;
    const need = { unit: 'bytes', value: c.memory.total } as const;
    const finding = (message: Finding['message'], fixes: Finding['fixes'] = []): Finding[] => [
      { ruleId: 'memory-over-capacity', severity: 'error', message, ranges: at(ctx, layoutSource(ctx, 'microBatch')), fixes },
    ];
    if (c.chosenBy === 'search') {
      if (c.needsGpus === undefined) return [];
      return finding(
        c.needsGpus === null
          ? { id: 'memory.noLayoutFitsAtAll', args: { gpus, gpu, max: MAX_GPUS_SOUGHT } }
          : { id: 'memory.noLayoutFits', args: { gpus, gpu, needed: c.needsGpus } },
      );
    }
    if (!ctx.statesTraining) return [];
    const fix =
      c.plan.layout.recompute === 'full' ? undefined : planLayoutEdits({ files: ctx.files, facts: ctx.facts, current: c.plan.sources }, { recompute: 'full' });
    const fixes = fix && fix.edits.length && !fix.missing.length ? [{ title: { id: 'fix.recompute' as const }, edits: fix.edits }] : [];
    // No number of GPUs fits the layout the files ask for: what a GPU keeps whatever their number (state that is not sharded, its
    // micro-batch's activations and logits) is the problem, not the count.
    return finding(
      ctx.knownSize
        ? { id: 'memory.overCapacity', args: { need, have, gpu } }
        : c.needsGpus === null
          ? { id: 'memory.overCapacityAnySize', args: { need, have, gpu, gpus, max: MAX_GPUS_SOUGHT } }
          : { id: 'memory.overCapacityAssumedSize', args: { need, have, gpu, gpus } },
      fixes,
    );
  },
};
