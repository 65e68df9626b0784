/** communication-bound: more than 30 % of a step is communication that compute does not hide. */
import type { Rule } from './rule';
import { at, layoutSource } from './where';

export const EXPOSED_SHARE_LIMIT = 0.3;

export const communicationBound: Rule = {
  id: 'communication-bound',
  defaultSeverity: 'warning',
  description: 'rules.communicationBound',
  run(ctx) {
    const c = ctx.analysis.cluster;
    const t = c.step.throughput;
    if (!ctx.statesTraining || !ctx.knownSize || t.exposedCommSeconds <= EXPOSED_SHARE_LIMIT * t.stepSeconds) return [];
    const worst = [...c.step.comm].sort((a, b) => b.exposedSeconds - a.exposedSeconds)[0];
    return [
      {
        ruleId: 'communication-bound',
        severity: 'warning',
        message: { id: 'comm.bound', args: { exposed: `${t.exposedCommSeconds.toFixed(2)} s`, step: `${t.stepSeconds.toFixed(2)} s`, ratio: c.step.ratio === null ? '—' : c.step.ratio.toFixed(2) } },
        ranges: at(ctx, layoutSource(ctx, worst?.dimension ?? 'tp')),
        fixes: [],
      },
    ];
  },
};
