/**
 * Weights & Biases sweep configs (`wandb sweep sweep.yaml`): `method` (grid, random, bayes), `parameters` (each a `value`,
 * a list of `values`, or a `distribution` with its bounds), `run_cap`. The number of trials multiplies the setup's run:
 * a grid runs every combination of its `values` (capped by run_cap); random and bayes run until run_cap stops them.
 */
import { derived, finding } from '../types';
import type { Finding, Range, Sourced } from '../types';
import { emptyRecognition, FactReader, type FileRecognition, type RecognizeContext } from './common';

export function isWandbSweep(r: FactReader): boolean {
  const method = r.fact('method')?.value;
  return typeof method === 'string' && /^(grid|random|bayes)$/.test(method) && r.keys().some((k) => k.startsWith('parameters.'));
}

/** The parameters of a sweep: each name with the number of values a grid takes from it (1 for `value`, undefined for a distribution). */
function gridSizes(r: FactReader): Map<string, number | undefined> {
  const out = new Map<string, number | undefined>();
  for (const k of r.keys()) {
    const m = /^parameters\.([^.]+)\.(values|value|distribution|min|max|mu|sigma|q)$/.exec(k);
    if (!m) continue;
    const name = m[1]!;
    const v = r.fact(k)!.value;
    if (m[2] === 'values') out.set(name, Array.isArray(v) ? v.length : undefined);
    else if (m[2] === 'value') {
      if (!out.has(name)) out.set(name, 1);
    } else out.set(name, undefined);
  }
  return out;
}

/**
 * A grid search's size: the product of each parameter's number of values; or, where a parameter has a distribution instead
 * of values (undefined), no size and the error that says which (W&B grids, Hydra's basic sweeper).
 */
export function gridSize(
  sizes: Iterable<readonly [string, number | undefined]>,
  at: { file: string; range: Range },
): { readonly grid: number } | { readonly error: Finding } {
  const all = [...sizes];
  const continuous = all.filter(([, n]) => n === undefined).map(([k]) => k);
  if (continuous.length) return { error: finding('value-range', 'error', { id: 'sweep.gridDistribution', args: { names: continuous.join(', ') } }, at) };
  return { grid: all.reduce((p, [, n]) => p * n!, 1) };
}

export function recognizeWandbSweep(ctx: RecognizeContext): FileRecognition {
  const r = new FactReader(ctx.facts);
  const method = r.str(['method'])!;
  const cap = r.int(['run_cap']);
  const sizes = gridSizes(r);
  const at = { file: ctx.file, range: r.fact('method')!.valueRange };
  let trials: Sourced<number> | undefined;
  const findings = [...r.findings];
  if (method.value === 'grid') {
    const size = gridSize(sizes, at);
    if ('error' in size) findings.push(size.error);
    else {
      const grid = size.grid;
      const n = cap ? Math.min(cap.value, grid) : grid;
      trials = derived(n, { id: 'prov.sweepGrid', args: { grid, names: [...sizes.keys()].join(' × ') } }, method, ...(cap ? [cap] : []));
    }
  } else if (cap) trials = derived(cap.value, { id: 'prov.sweepCap', args: { method: method.value } }, cap);
  else findings.push(finding('assumed', 'warning', { id: 'sweep.unbounded', args: { method: method.value } }, at));
  return { ...emptyRecognition('wandb', findings), training: trials ? { sweepTrials: trials } : {} };
}
