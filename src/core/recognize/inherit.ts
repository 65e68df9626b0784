/**
 * Configs that inherit others by path (NeMo-RL's `defaults: ../../grpo_math_1B.yaml`, or a list of them; its
 * nemo_rl/utils/config.py load_config_with_inheritance): the files named, each with what it inherits itself, merged as OmegaConf
 * merges them, each later one over the earlier ones and the file's own keys over all. A key a later file sets (a value, a list,
 * null) replaces everything an earlier one wrote under it; a mapping whose `_override_: true` replaces the earlier one whole.
 * Hydra's defaults lists name config groups without a file extension (verl's `[ppo_trainer, _self_]`) and are not this.
 */
import type { Fact, Sourced } from '../types';
import { fromFact } from '../types';

/** The files a YAML config inherits, as written (relative to it), in the order they merge; none where it names none. */
export function inheritedFiles(facts: readonly Fact[]): Sourced<string>[] {
  const d = facts.find((f) => f.path.length === 1 && f.path[0] === 'defaults');
  if (!d || d.unknown) return [];
  const names = typeof d.value === 'string' ? [d.value] : Array.isArray(d.value) ? d.value : [];
  const files = names.filter((n): n is string => typeof n === 'string' && /\.ya?ml$/i.test(n.trim()));
  // (All of them file names: a Hydra list that mixes group names is Hydra's.)
  return files.length === names.length ? files.map((n) => fromFact(n.trim(), d)) : [];
}

const under = (path: readonly (string | number)[], prefix: readonly (string | number)[]) =>
  prefix.length <= path.length && prefix.every((p, i) => p === path[i]);

/** Layers of facts merged in order, each over the ones before (a config's own facts last); `defaults` is each file's own. */
export function mergeLayers(layers: readonly (readonly Fact[])[]): Fact[] {
  let out: Fact[] = [];
  layers.forEach((layer, i) => {
    const own = i === layers.length - 1 ? layer : layer.filter((f) => f.path[0] !== 'defaults');
    // A mapping marked `_override_: true` takes the place of what earlier layers wrote there.
    const replaced = own.filter((f) => f.path[f.path.length - 1] === '_override_' && f.value === true).map((f) => f.path.slice(0, -1));
    if (replaced.length) out = out.filter((f) => !replaced.some((p) => under(f.path, p)));
    for (const f of own) {
      if (f.path[f.path.length - 1] === '_override_') continue;
      // (What an earlier layer wrote at this key or under it, or a value it set where this one writes a mapping, goes.)
      out = out.filter((g) => !under(g.path, f.path) && !under(f.path, g.path));
      out.push(f);
    }
  });
  return out;
}

/**
 * OmegaConf's interpolations of another key (`${policy.precision}`, or relative: `${..model_name}`): each fact whose whole value is one takes that key's value
 * (three rounds, for one that names another), kept at its own place. Resolvers (`${mul:…}`) stay as written.
 */
export function interpolated(facts: readonly Fact[]): Fact[] {
  let out = [...facts];
  for (let round = 0; round < 3; round++) {
    const byKey = new Map(out.map((f) => [f.path.join('.'), f]));
    let changed = false;
    out = out.map((f) => {
      const m = typeof f.value === 'string' ? /^\$\{(\.*)([\w.]+)\}$/.exec(f.value.trim()) : null;
      // (Relative, as NeMo-RL's distillation config writes them: `${.x}` a sibling, `${..x}` the parent's sibling, …)
      const up = m?.[1]?.length ?? 0;
      const key = m ? (up ? [...f.path.slice(0, Math.max(0, f.path.length - up)), m[2]!].join('.') : m[2]!) : undefined;
      const target = key !== undefined ? byKey.get(key) : undefined;
      if (!target || target === f || (typeof target.value === 'string' && /^\$\{/.test(target.value))) return f;
      changed = true;
      return { ...f, value: target.value, ...(target.unknown ? { unknown: true as const } : {}) };
    });
    if (!changed) break;
  }
  return out;
}

/** A launch's own facts, as they are, over what it inherits: of those, the ones its own replace (at or under a key) go. */
export function overlaid(inherited: readonly Fact[], own: readonly Fact[]): Fact[] {
  return [...inherited.filter((g) => !own.some((f) => under(g.path, f.path) || under(f.path, g.path))), ...own];
}
