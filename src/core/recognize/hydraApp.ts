/**
 * A Hydra app of the user's own, launched with overrides (`python train.py model=gpt2 loss=dpo lr=1e-4`, or accelerate, torchrun
 * or deepspeed running one): the config Hydra composes for it, read as the app's settings.
 * - The primary config: the one `--config-path` / `--config-name` name (the path relative to the script), else `config.yaml` in a
 *   `config/`, `conf/` or `configs/` folder beside the script or one folder above it (where `@hydra.main(config_path=…)` points in
 *   the apps people write), the first found from the launch's folder up. Only a config with a defaults list of config groups is
 *   taken for one (a folder's stray config.yaml is not an app's).
 * - Its defaults list: each group's option (`- model: gpt2`, the launch's `model=llama` chosen over it) read from
 *   `<group>/<option>.yaml` under the group's package (`model.*`; `group@pkg` or `# @package _global_` elsewhere), a group's own
 *   defaults list the same way one level down; `_self_` where it is listed (last where it is not, as Hydra 1.1+ places it);
 *   Hydra's own groups (`hydra/…`), a choice left `???` or `null` and an `optional` group's absent file are not read; any other
 *   option whose file is not there is said where it is chosen.
 * - The launch's other overrides (`lr=1e-4`, `adapter.r=16`, `+x=…`) over the composed config.
 * The composed settings are read as a user's config of a Hugging Face / PEFT script is (recognize/userConfig.ts): the model its
 * keys name, its LoRA section; the launcher's own flags give the processes.
 */
import type { Fact, Sourced } from '../types';
import { fromFact } from '../types';
import { dirOf, foldSegments, joinPath } from '../paths';
import { interpolated, mergeLayers } from './inherit';
import { FactReader, factsUnder, overridesAtKeys } from './reader';
import { isGeneric, recognizeGeneric } from './generic';
import type { FileRecognition, RecognizeContext } from './common';
import { isUserConfig, recognizeUserConfig } from './userConfig';
import { recognizeLauncher } from './launcher';
import { HF_ARCHITECTURES, recognizeHf } from './hf';

/** The Python script a launch runs with Hydra overrides, and the config it names. */
export interface HydraLaunch {
  readonly script: Fact;
  readonly configPath?: string;
  readonly configName: string;
}

/** A launch that runs a Python script with `key=value` overrides (none of a family's that reads its own Hydra config). */
export function hydraLaunch(facts: readonly Fact[]): HydraLaunch | undefined {
  const script = facts.find((f) => f.path[0] === '@command' && typeof f.value === 'string' && /^[\w./-]+\.py$/.test(f.value));
  if (!script || !facts.some((f) => f.path[0] === '@override' && typeof f.path[1] === 'string' && !/^[~]/.test(f.path[1]))) return undefined;
  const r = new FactReader(facts);
  const path = r.str(['--config-path', '-cp']);
  const name = r.str(['--config-name', '-cn']);
  return { script, ...(path ? { configPath: path.value } : {}), configName: (name?.value ?? 'config').replace(/\.ya?ml$/i, '') };
}

/** Where the app's primary config may be, relative to the launch (each then looked for from the launch's folder up). */
export function hydraPrimaryRefs(app: HydraLaunch): string[] {
  const at = dirOf(String(app.script.value));
  const file = `${app.configName}.yaml`;
  const fold = (p: string) => foldSegments(p.split('/')).join('/');
  if (app.configPath !== undefined)
    return [app.configPath.startsWith('/') ? joinPath(app.configPath, file) : fold(joinPath(joinPath(at, app.configPath), file))];
  return ['.', '..'].flatMap((up) => ['config', 'conf', 'configs'].map((c) => fold(joinPath(joinPath(joinPath(at, up), c), file))));
}

/** One entry of a defaults list: `_self_`, or a group and its option (under a package of its own where `@pkg` says). */
type Entry = { readonly self: true } | { readonly group: string; readonly option: string | undefined; readonly pkg?: string; readonly optional: boolean };

/** The group a defaults entry's key names (`optional loss`, `override model`, `trainer@train`: loss, model, trainer). */
function groupOf(key: string): string | undefined {
  return /^(?:override\s+|optional\s+)?([^@\s]+)/.exec(key.trim())?.[1];
}

function entries(facts: readonly Fact[]): Entry[] {
  const out: Entry[] = [];
  const overrides = new Map<string, string | undefined>();
  for (const f of facts) {
    if (f.path[0] !== 'defaults' || typeof f.path[1] !== 'number') continue;
    if (f.path.length === 2 && f.value === '_self_') out.push({ self: true });
    if (f.path.length !== 3 || typeof f.path[2] !== 'string') continue;
    const key = f.path[2].trim();
    const option = typeof f.value === 'string' && f.value !== '???' ? f.value : undefined;
    const m = /^(override\s+|optional\s+)?([^@\s]+)(?:@(\S+))?$/.exec(key);
    if (!m) continue;
    if (m[1]?.startsWith('override')) overrides.set(m[2]!, option);
    else out.push({ group: m[2]!, option, optional: m[1]?.startsWith('optional') === true, ...(m[3] ? { pkg: m[3] } : {}) });
  }
  return out.map((e) => ('group' in e && overrides.has(e.group) ? { ...e, option: overrides.get(e.group) } : e));
}

/** A defaults list that names at least one config group (Hydra's own aside). */
export function hasGroupDefaults(facts: readonly Fact[]): boolean {
  return entries(facts).some((e) => 'group' in e && !e.group.startsWith('hydra'));
}

/** A config file as the composition reads it: its facts and whether it puts itself at the root (`# @package _global_`). */
export interface HydraFile {
  readonly facts: readonly Fact[];
  readonly global: boolean;
}

export interface Composed {
  readonly facts: Fact[];
  /** The group files read, in order. */
  readonly files: string[];
  /** Group options whose file is not there: each at the entry (or override) that chose it. */
  readonly missing: Sourced<string>[];
  /** The primary config's groups: a launch's `group=option` is a choice, not a value. */
  readonly groups: string[];
}

/**
 * The primary config composed with its groups, as Hydra does: `choices` are the launch's `group=option` overrides (each at its
 * fact); `load` reads a config file, undefined where it is not there.
 */
export async function composeHydra(
  primary: string,
  own: readonly Fact[],
  choices: ReadonlyMap<string, Fact>,
  load: (path: string) => Promise<HydraFile | undefined>,
): Promise<Composed> {
  const root = dirOf(primary);
  const files: string[] = [];
  const missing: Sourced<string>[] = [];
  const groups = entries(own).flatMap((e) => ('group' in e ? [e.group] : []));
  // (`groupPath`: the group a file belongs to, so a launch's `model/remat=qwen-scan` chooses in the model group's own defaults.)
  const layer = async (facts: readonly Fact[], folder: string, prefix: readonly string[], depth: number, groupPath = ''): Promise<Fact[][]> => {
    const list = entries(facts);
    const self = facts.filter((f) => f.path[0] !== 'defaults').map((f) => ({ ...f, path: [...prefix, ...f.path] }));
    const layers: Fact[][] = [];
    for (const e of list) {
      if ('self' in e) {
        layers.push(self);
        continue;
      }
      if (e.group.startsWith('hydra') || depth > 2) continue;
      const group = e.group.replace(/^\//, '');
      const full = e.group.startsWith('/') || !groupPath ? group : `${groupPath}/${group}`;
      const chosen = choices.get(full);
      const option = chosen && typeof chosen.value === 'string' ? chosen.value : e.option;
      if (option === undefined || option === 'null') continue;
      const path = joinPath(e.group.startsWith('/') ? root : folder, `${group}/${option}.yaml`);
      const file = await load(path);
      if (!file) {
        // (An optional group's file may be absent: Hydra reads nothing there.)
        if (e.optional && !chosen) continue;
        const at = chosen ?? facts.find((f) => f.path[0] === 'defaults' && f.path.length === 3 && groupOf(String(f.path[2])) === e.group);
        if (at) missing.push(fromFact(path, at));
        continue;
      }
      files.push(path);
      const pkg = e.pkg === '_global_' || (e.pkg === undefined && file.global) ? [] : e.pkg !== undefined ? e.pkg.split('.') : group.split('/');
      const inner = await layer(
        file.facts,
        dirOf(path),
        [...(e.pkg === undefined && !file.global && !e.group.startsWith('/') ? prefix : []), ...pkg],
        depth + 1,
        full,
      );
      layers.push(...inner);
    }
    if (!list.some((e) => 'self' in e)) layers.push(self);
    return layers;
  };
  const facts = interpolated(mergeLayers(await layer(own, root, [], 0)));
  return { facts, files, missing, groups };
}

/**
 * Where no primary config is here, the group options a launch chooses that are (`model=coda-qwen-1b` with
 * `configs/model/coda-qwen-1b.yaml` beside the script): a defaults list of them, to compose as the primary's would be.
 */
export async function chosenDefaults(dir: string, choices: ReadonlyMap<string, Fact>, exists: (path: string) => Promise<boolean>): Promise<Fact[]> {
  const out: Fact[] = [];
  for (const [group, f] of choices)
    if (typeof f.value === 'string' && /^[\w./-]+$/.test(group) && (await exists(joinPath(dir, `${group}/${f.value}.yaml`))))
      out.push({ ...f, path: ['defaults', out.length, group] });
  return out;
}

/** The marker the setup writes with a composed config (at the launched script's word): the groups the composition chose in. */
export const HYDRA_APP = '@hydraApp';

/** A launch read with the config its Hydra app composes (the setup's doing). */
export function isHydraApp(r: FactReader): boolean {
  return r.has(HYDRA_APP);
}

/** The config a Hydra app's launch composes, its own `key=value` overrides applied (not the group choices, `model=llama`). */
export function hydraAppTree(r: FactReader): Fact[] {
  const marker = r.fact(HYDRA_APP);
  const groups = Array.isArray(marker?.value) ? marker.value.map(String) : [];
  // (A launch's `model=llama` chose a group's file: not a value of the config.)
  return interpolated(
    overridesAtKeys(
      r.facts.filter((f) => !(f.path[0] === '@override' && f.path.length === 2 && groups.includes(String(f.path[1])))),
      true,
    ),
  );
}

/**
 * The NeMo launcher's training stage (`main.py training=gpt3/5b stages=[training] training.model.global_batch_size=128`): the
 * config its app composes holds the `training` option's file, conf/training/<option>.yaml, under `training` — a NeMo 1.x config
 * (model, trainer), the launch's `training.…` overrides on it. Those facts, re-rooted; undefined for any other app.
 */
export function launcherTrainingStage(tree: readonly Fact[]): Fact[] | undefined {
  const stage = factsUnder(tree, ['training']);
  return stage.some((f) => f.path[0] === 'model') && stage.some((f) => f.path[0] === 'trainer') ? stage : undefined;
}

/**
 * The composed config (the launch's overrides over it) read as a user's config of a Hugging Face script, or where it names no
 * model that reading takes, its model group's own shapes (a config.json's keys) read as such; with the launch line's processes.
 * Undefined where neither is there.
 */
export function recognizeHydraApp(ctx: RecognizeContext, tree: readonly Fact[]): FileRecognition | undefined {
  const settings = new FactReader(tree);
  // (The processes torchrun, accelerate or deepspeed start: the launch line's own counts.)
  const launch = recognizeLauncher(ctx);
  // (Or a model group that holds the model's own shapes, a config.json's keys (torchprime's `model: qwen3-1.7b`): read as such.)
  const model = factsUnder(tree, ['model']);
  if (!isUserConfig(settings)) {
    // (torchprime's model groups name the class they build, `model_class: flex.Qwen3ForCausalLM`: a transformers architecture's
    // config.json keys, read as that architecture's.)
    const cls = new FactReader(model).fact('model_class');
    const type = typeof cls?.value === 'string' ? HF_ARCHITECTURES[cls.value.split('.').pop()!] : undefined;
    if (cls && type && !model.some((f) => f.path[0] === 'model_type'))
      return { ...recognizeHf({ file: ctx.file, facts: [...model, { ...cls, path: ['model_type'], value: type }] }), parallel: { ...launch.parallel } };
    return isGeneric(model) ? { ...recognizeGeneric({ file: ctx.file, facts: model }), parallel: { ...launch.parallel } } : undefined;
  }
  const rec = recognizeUserConfig({ file: ctx.file, facts: tree }, settings);
  return { ...rec, parallel: { ...launch.parallel, ...rec.parallel } };
}
