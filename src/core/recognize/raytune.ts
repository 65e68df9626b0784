/**
 * Ray Tune search spaces in Python, read from the calls the Python reader keeps (extract/python.ts: "@call", "@args",
 * "@kw"): `tune.Tuner(trainable, param_space={…}, tune_config=tune.TuneConfig(num_samples=N))` or `tune.run(trainable,
 * config={…}, num_samples=N)`. Ray repeats every `tune.grid_search([...])` of the space in full for each of the
 * num_samples samples, so the trials are num_samples (1 when unset) × the product of the grids' lengths; the other
 * samplers (choice, uniform, loguniform, …) draw one value per trial. The trials multiply the run, as a W&B sweep's do.
 */
import { derived, finding, fromFact } from '../types';
import type { Finding, Sourced } from '../types';
import type { FactReader } from './reader';

const TUNER = /(^|\.)tune\.(Tuner|run)$/;

/** The path (dotted key) of the file's Tuner / tune.run call, if any. */
function tunerKey(r: FactReader): string | undefined {
  const k = r.keys().find((key) => key.endsWith('.@call') && typeof r.fact(key)?.value === 'string' && TUNER.test(String(r.fact(key)!.value)));
  return k?.slice(0, -'.@call'.length);
}

export function isRayTune(r: FactReader): boolean {
  return tunerKey(r) !== undefined;
}

/** The trials of the file's Ray Tune run, with its findings. */
export function rayTuneTrials(r: FactReader, file: string): { trials?: Sourced<number>; findings: Finding[] } {
  const base = tunerKey(r)!;
  const call = r.fact(`${base}.@call`)!;
  const samples = r.int([`${base}.@kw.tune_config.num_samples`, `${base}.@kw.num_samples`]);
  const spaces = [`${base}.@kw.param_space.`, `${base}.@kw.config.`];
  const grids = r
    .keys()
    .filter((k) => spaces.some((p) => k.startsWith(p)) && k.endsWith('.@call') && /(^|\.)grid_search$/.test(String(r.fact(k)!.value)))
    .map((k) => ({ name: k.slice(0, -'.@call'.length).split('.').pop()!, values: r.fact(`${k.slice(0, -'.@call'.length)}.@args.0`) }));
  const unknown = grids.filter((g) => !Array.isArray(g.values?.value)).map((g) => g.name);
  if (unknown.length)
    return {
      findings: [finding('assumed', 'warning', { id: 'sweep.unknownGrid', args: { names: unknown.join(', ') } }, { file, range: call.valueRange })],
    };
  const grid = grids.reduce((p, g) => p * (g.values!.value as unknown[]).length, 1);
  const n = (samples?.value ?? 1) * grid;
  const from = [...(samples ? [samples] : [fromFact(call.value, call)]), ...grids.map((g) => fromFact(g.values!.value, g.values!))];
  return {
    trials: derived(n, { id: 'prov.rayTuneTrials', args: { samples: samples?.value ?? 1, grid, names: grids.map((g) => g.name).join(' × ') || '—' } }, ...from),
    findings: [],
  };
}
