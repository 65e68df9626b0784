/** parallel-degrees: each degree must divide what it splits (formulas.md §4); the fix sets the nearest valid degree. */
import type { Finding } from '../types';
import { degreeViolations } from '../analysis/parallel';
import type { CheckContext, Rule } from './rule';
import { at, layoutSource } from './where';

export const parallelDegrees: Rule = {
  id: 'parallel-degrees',
  defaultSeverity: 'error',
  description: 'rules.parallelDegrees',
  run(ctx) {
    if (!ctx.statesTraining) return [];
    const { layout, workload, world } = ctx.analysis.cluster.plan;
    const out: Finding[] = [];
    for (const v of degreeViolations(layout, workload, world)) {
      // On a size nobody stated, a constraint on the number of GPUs says nothing about the config.
      if (!ctx.knownSize && v.dependsOnSize) continue;
      const key = v.dimension === 'world' || v.dimension === 'batch' ? 'tp' : v.dimension;
      out.push({
        ruleId: 'parallel-degrees',
        severity: 'error',
        message: v.message,
        ranges: at(ctx, layoutSource(ctx, key)),
        fixes: degreeFix(ctx, v.dimension),
      });
    }
    return out;
  },
};

/** The nearest valid degree (the largest below, else the smallest above), written where the value came from. */
function degreeFix(ctx: CheckContext, dimension: string): Finding['fixes'] {
  const c = ctx.analysis.cluster;
  const range = c.ranges.find((r) => r.dimension === dimension);
  const src = c.plan.sources[dimension];
  if (!range || !src || src.source.kind !== 'fact' || range.valid.length === 0) return [];
  const below = range.valid.filter((v) => v < range.degree);
  const target = below.length ? below[below.length - 1]! : range.valid.find((v) => v > range.degree);
  if (target === undefined) return [];
  return [
    {
      title: { id: 'fix.setDegree', args: { dim: dimension.toUpperCase(), value: target } },
      edits: [{ file: src.source.file, range: src.source.range, newText: String(target) }],
    },
  ];
}
