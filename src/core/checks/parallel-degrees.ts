/** parallel-degrees: each degree must divide what it splits (formulas.md §4); the fix sets the nearest valid degree. */
import type { Finding } from '../types';
import type { Rule } from './rule';
import { at, layoutSource } from './where';

const KEY: Record<string, string> = { tp: 'tp', pp: 'pp', cp: 'cp', ep: 'ep', world: 'tp' };

export const parallelDegrees: Rule = {
  id: 'parallel-degrees',
  defaultSeverity: 'error',
  description: 'rules.parallelDegrees',
  run(ctx) {
    if (!ctx.statesTraining) return [];
    const c = ctx.analysis.cluster;
    const out: Finding[] = [];
    for (const r of c.rules) {
      if (r.severity !== 'error' || r.dimension === 'batch') continue;
      if (!ctx.knownSize && (r.dimension === 'world' || r.message.id === 'rule.epGrid')) continue;
      const key = KEY[r.dimension] ?? 'tp';
      const src = layoutSource(ctx, key);
      out.push({ ruleId: 'parallel-degrees', severity: 'error', message: r.message, ranges: at(ctx, src), fixes: degreeFix(ctx, r.dimension) });
    }
    return out;
  },
};

/** The nearest valid degree (the largest below, else the smallest above), written where the value came from. */
function degreeFix(ctx: Parameters<NonNullable<Rule['run']>>[0], dimension: string): Finding['fixes'] {
  const c = ctx.analysis.cluster;
  const range = c.ranges.find((r) => r.dimension === dimension);
  const src = c.plan.sources[dimension];
  if (!range || !src || src.source.kind !== 'fact' || range.valid.length === 0) return [];
  const below = range.valid.filter((v) => v < range.degree);
  const target = below.length ? below[below.length - 1]! : range.valid.find((v) => v > range.degree);
  if (target === undefined) return [];
  return [{ title: { id: 'fix.setDegree', args: { dim: dimension.toUpperCase(), value: target } }, edits: [{ file: src.source.file, range: src.source.range, newText: String(target) }] }];
}
