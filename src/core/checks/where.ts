/** Where a finding about a spec value goes: the value's own range, else the top of the main file. */
import type { Sourced } from '../types';
import type { CheckContext } from './rule';

export function at(ctx: CheckContext, s: Sourced<unknown> | undefined): { file: string; range: { start: number; end: number } }[] {
  let p = s?.source;
  while (p && p.kind === 'derived') p = p.from.find((x) => x.kind === 'fact') ?? p.from[0];
  return p && p.kind === 'fact' ? [{ file: p.file, range: p.range }] : [{ file: ctx.mainFile, range: { start: 0, end: 0 } }];
}

export function layoutSource(ctx: CheckContext, key: string): Sourced<unknown> | undefined {
  return ctx.analysis.cluster.plan.sources[key];
}
