/**
 * Hydra multirun sweeps in an app's config (`python train.py --multirun`), read from the `hydra.sweeper` block of the
 * YAML whatever family the rest of the file belongs to (NeMo's configs are Hydra apps):
 * - the basic sweeper (Hydra's own): `hydra.sweeper.params`, each a comma-separated list (`1e-4,3e-4`) or a `range(start,
 *   stop[, step])` or `choice(a, b)`; every combination runs, so the trials are the product of the lists' lengths;
 * - the Optuna sweeper (hydra-optuna-sweeper, selected by `override hydra/sweeper: optuna` in the defaults list or its
 *   `_target_`): `n_trials` trials (OptunaSweeperConf's default, 20, when the file sets none), whatever its `params`
 *   (`choice`, `range`, `interval`, `tag(log, interval(…))`) sample.
 * The trials multiply the run, as a W&B sweep's do (recognize/wandb.ts).
 */
import { assumed, derived, fromFact } from '../types';
import type { Finding, Sourced } from '../types';
import type { FactReader } from './reader';
import { gridSize } from './wandb';

/** hydra-optuna-sweeper's OptunaSweeperConf.n_trials default. */
export const OPTUNA_DEFAULT_TRIALS = 20;

/** The file holds a Hydra sweeper block, or selects a sweeper in its defaults list. */
export function isHydraSweep(r: FactReader): boolean {
  return r.keys().some((k) => k.startsWith('hydra.sweeper.')) || optunaInDefaults(r);
}

function optunaInDefaults(r: FactReader): boolean {
  return r.keys().some((k) => /^defaults\.\d+\.override hydra\/sweeper$/.test(k) && r.fact(k)?.value === 'optuna');
}

/** Top-level arguments of a call's argument list or of a comma-separated list (commas inside parentheses or brackets stay). */
function splitArgs(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of s) {
    if (c === '(' || c === '[') depth++;
    if (c === ')' || c === ']') depth--;
    if (c === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

/** How many values a basic-sweeper parameter takes: a list's length, range()'s count, choice()'s; undefined for interval(). */
export function sweepValues(value: unknown): number | undefined {
  if (typeof value === 'number' || typeof value === 'boolean') return 1;
  if (Array.isArray(value)) return value.length;
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  const call = /^(\w+)\((.*)\)$/s.exec(s);
  if (!call) return splitArgs(s).length;
  const [, fn, inner] = call;
  const args = splitArgs(inner!).filter((a) => !a.includes('='));
  const step = /step\s*=\s*([-\d.e+]+)/.exec(inner!)?.[1];
  if (fn === 'choice') return args.length;
  if (fn === 'range') {
    const nums = args.map(Number);
    const [start, stop] = nums.length >= 2 ? [nums[0]!, nums[1]!] : [0, nums[0]!];
    const by = step !== undefined ? Number(step) : nums.length >= 3 ? nums[2]! : 1;
    if (![start, stop, by].every(Number.isFinite) || by === 0) return undefined;
    return Math.max(0, Math.ceil((stop - start) / by));
  }
  if (fn === 'tag') return args.length ? sweepValues(args[args.length - 1]) : undefined;
  return undefined; // interval(): a continuous range
}

/** The trials of the file's Hydra sweep, with its findings. */
export function hydraSweep(r: FactReader, file: string): { trials?: Sourced<number>; findings: Finding[] } {
  const target = r.fact('hydra.sweeper._target_')?.value;
  const optuna = optunaInDefaults(r) || (typeof target === 'string' && /optuna/i.test(target)) || r.has('hydra.sweeper.n_trials');
  if (optuna) {
    const n = r.int(['hydra.sweeper.n_trials']);
    if (n) return { trials: derived(n.value, { id: 'prov.optunaTrials', args: {} }, n), findings: [] };
    return { trials: assumed(OPTUNA_DEFAULT_TRIALS, { id: 'prov.optunaDefaultTrials', args: { n: OPTUNA_DEFAULT_TRIALS } }), findings: [] };
  }
  // Override paths may hold dots (`optimizer.lr`): the parameter is the fourth element of the fact's own path.
  const params = r
    .keys()
    .map((k) => r.fact(k)!)
    .filter((f) => f.path.length === 4 && f.path[0] === 'hydra' && f.path[1] === 'sweeper' && f.path[2] === 'params');
  if (!params.length) return { findings: [] };
  const sizes = params.map((f) => [String(f.path[3]), sweepValues(f.value)] as const);
  const size = gridSize(sizes, { file, range: params[0]!.valueRange });
  if ('error' in size) return { findings: [size.error] };
  const grid = size.grid;
  const from = params.map((f) => fromFact(f.value, f));
  return { trials: derived(grid, { id: 'prov.hydraGrid', args: { grid, names: sizes.map(([k]) => k).join(' × ') } }, ...from), findings: [] };
}
