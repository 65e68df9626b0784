/** communication-bound: more than 30 % of a step is communication that compute does not hide. */
import type { Rule } from './rule';
import { at, layoutSource } from './where';

/** Exposed communication above this share of a step is reported. */
export const EXPOSED_SHARE_LIMIT = 0.3;

export const communicationBound: Rule = {
  id: 'communication-bound',
  defaultSeverity: 'warning',
  description: 'rules.communicationBound',
  run(ctx) {
    const step = ctx.analysis.cluster.step;
    if (!step) return [];
    const t = step.throughput;
    if (!ctx.statesTraining || !ctx.knownSize || t.exposedCommSeconds <= EXPOSED_SHARE_LIMIT * t.stepSeconds) return [];
    const worst = [...step.comm].sort((a, b) => b.exposedSeconds - a.exposedSeconds)[0];
    return [
      {
        ruleId: 'communication-bound',
        severity: 'warning',
        message: {
          id: 'comm.bound',
          args: {
            exposed: { unit: 'seconds', value: t.exposedCommSeconds },
            step: { unit: 'seconds', value: t.stepSeconds },
            ratio: step.ratio === null ? '—' : { unit: 'ratio', value: step.ratio },
          },
        },
        ranges: at(ctx, layoutSource(ctx, worst?.dimension ?? 'tp')),
        fixes: [],
      },
    ];
  },
};
