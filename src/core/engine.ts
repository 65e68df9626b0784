/**
 * The engine: the one door every view uses (the CLI, the extension, the panel, the benchmark). It
 * reads files through a file system the adapter provides (Node fs, vscode.workspace.fs), assembles
 * setups by one rule (explicit files, the config files of a folder, the files any of them
 * references), chooses the cluster (a preset, a cluster file, the workspace's
 * .compute-budget/cluster.*, else the default), analyzes and checks, and answers plan, what-if and
 * apply questions with the same layout defaults, so every view shows the same figures.
 */
import { shellVariables } from './extract/shell';
import { ARGS_FILE, CLASS_INIT, classCode, LOADED, LOADS_CONFIG, MODULES, type ForeignCode, type ImportedValue, type PassedValues } from './extract/python';
import type { Fact, Finding, Message, Provenance, Range, Sourced, TextEdit } from './types';
import { derived, factOf, finding } from './types';
import type { Spec } from './spec';
import {
  analyzeFiles,
  check,
  commandArgv,
  extract,
  readConfig,
  syntaxOf,
  writtenConfig,
  type FileAnalysis,
  type FileInput,
  type PipelineOptions,
  type ReadFile,
} from './pipeline';
import { referenceCandidates } from './setup';
import { baseName, dirOf, joinPath } from './paths';
import type { Family } from './recognize';
import { assumedAccelerator, clusterForSpec, DEFAULT_CLUSTER_FILE, whatIf as whatIfCluster, type ClusterAnalysis, type WhatIf } from './analysis/cluster';
import { searchLayouts, type SearchResult } from './analysis/search';
import { microBatches } from './analysis/parallel';
import { ACCELERATORS, clusterFromFile, findAccelerator, parseClusterFile, type Cluster, type ClusterFile } from './hardware/cluster';
import { planLayoutEdits, type LayoutTarget, type PlannedEdits } from './recognize/edits';
import { panelModel, type PanelModel } from './report/panel';
import { planJson, type PlanJson } from './report/plan';
import type { Locale } from './messages';
import { baseNamedIn, findModel } from './recognize/catalogue/models';
import { downloadInto, hubDownloads, type HubDownload } from './recognize/hubDownload';
import { flavorPackage, isTorchtitanLaunch, torchtitanStockConfig } from './recognize/torchtitan';
import { FactReader } from './recognize/reader';
import { loadsModel } from './recognize/pyscript';
import { emptyRecognition } from './recognize/common';
import { configuratorRun, nanogptStockConfig } from './recognize/nanogpt';
import { galoreStockConfig, isGaloreLaunch } from './recognize/galore';
import { inheritedFiles, mergeLayers } from './recognize/inherit';
import { asOverrides, easyR1Config } from './recognize/easyr1';
import { chosenDefaults, composeHydra, hasGroupDefaults, HYDRA_APP, hydraLaunch, hydraPrimaryRefs } from './recognize/hydraApp';
import { nemoLaunchConfig } from './recognize/nemo';
import { maxtextBaseConfig } from './recognize/maxtext';
import { composerConfig } from './recognize/llmfoundry';
import { leverChange, levers } from './analysis/levers';
import { analyze as analyzeSpec, type ModelledSpec } from './analysis';
import type { Convention } from './analysis/flops';
import { leversJson, type LeversJson } from './report/levers';

/** What a Python script reads its command line with: argparse, transformers' HfArgumentParser, TRL's TrlParser, fire, sys.argv, … */
const ARGV_READERS =
  /\b(argparse|ArgumentParser|HfArgumentParser|TrlParser|fire\.Fire|sys\.argv|typer|click|jsonargparse|tyro|simple_parsing|hydra|OmegaConf\.from_cli|parse_args|cli\.main)\b/;

/** A path of data, not settings: a folder or file named for data (`training_data/transcripts.json`, `data/train.json`). */
const DATA_FILE = /(^|[/_.-])(data|datasets?|corpus|transcripts?|samples|examples)([/_.-]|$)/i;

/** Files as the adapter reads them. Paths are the adapter's own (relative to the working directory, or URI paths). */
export interface EngineFs {
  /** The text of a file; rejects with an Error whose message says why (no such file, too large…). */
  readFile(path: string): Promise<string>;
  /** What a path is, or undefined when nothing is there. */
  kind(path: string): Promise<'file' | 'directory' | undefined>;
  /** The entries directly in a folder. */
  readDirectory(path: string): Promise<readonly { readonly name: string; readonly kind: 'file' | 'directory' }[]>;
}

/** A file system with an editor's open documents over it: a file open there is read as typed (`openText`), any other from `base`. */
export function withOpenFiles(base: EngineFs, openText: (path: string) => string | undefined): EngineFs {
  return {
    readFile: async (path) => openText(path) ?? base.readFile(path),
    kind: async (path) => (openText(path) !== undefined ? 'file' : base.kind(path)),
    readDirectory: (path) => base.readDirectory(path),
  };
}

/** Cluster files found on their own, relative to the workspace (or the working directory). */
export const CLUSTER_FILES = ['.compute-budget/cluster.yaml', '.compute-budget/cluster.yml', '.compute-budget/cluster.json'];

/** The cluster to model, before it is sized for a setup. */
export interface ClusterChoice {
  readonly file: ClusterFile;
  readonly origin?: Sourced<string>;
  /** A number of GPUs the user set (--gpus); otherwise the config's or the profile's. */
  readonly gpus?: number;
}

export type EngineError = { readonly error: Message; readonly usage: boolean };

/**
 * The cluster: `setting` is a preset id or a cluster file's path (relative to `root`); without one,
 * the first of CLUSTER_FILES under `root`; else the default (H100 SXM), sized by each setup.
 */
export async function chooseCluster(fs: EngineFs, root: string, setting: string | undefined, gpus?: number): Promise<ClusterChoice | EngineError> {
  if (setting !== undefined && setting !== '' && findAccelerator(setting) && !/[\\/]|\.(ya?ml|json)$/i.test(setting)) {
    return {
      file: { accelerator: setting.toLowerCase(), links: {} },
      origin: { value: setting, source: { kind: 'override', reason: { id: 'prov.clusterFile', args: { file: setting } } } },
      gpus,
    };
  }
  let path: string | undefined;
  if (setting !== undefined && setting !== '') {
    const p = setting.startsWith('/') ? setting : joinPath(root, setting);
    if ((await fs.kind(p)) !== 'file' && !/[\\/]|\.(ya?ml|json)$/i.test(setting)) {
      return { error: { id: 'cluster.unknownPreset', args: { name: setting, known: ACCELERATORS.map((a) => a.id).join(', ') } }, usage: true };
    }
    path = p;
  } else {
    for (const f of CLUSTER_FILES) {
      if ((await fs.kind(joinPath(root, f))) === 'file') {
        path = joinPath(root, f);
        break;
      }
    }
  }
  if (path === undefined) return { file: DEFAULT_CLUSTER_FILE, gpus };
  let text: string;
  try {
    text = await fs.readFile(path);
  } catch (e) {
    return { error: { id: 'cli.cannotRead', args: { file: path, problem: e instanceof Error ? e.message : String(e) } }, usage: false };
  }
  const parsed = parseClusterFile(text);
  if (!parsed.ok) return { error: { id: 'cluster.invalidFile', args: { file: path, problem: parsed.problem } }, usage: false };
  return { file: parsed.value, origin: { value: path, source: { kind: 'override', reason: { id: 'prov.clusterFile', args: { file: path } } } }, gpus };
}

/** The cluster a setup is modelled on: a fixed size when the user set one, else sized by the setup. */
export function clusterOf(choice: ClusterChoice): Cluster | ((spec: Spec) => Cluster) {
  if (choice.gpus !== undefined) {
    const gpus = choice.gpus;
    if (choice.origin) return clusterFromFile(choice.file, choice.origin, gpus);
    return (spec: Spec) => {
      const { file, reason, stated } = assumedAccelerator(spec, choice.file, gpus);
      return clusterFromFile(file, stated ?? { value: String(file.accelerator), source: { kind: 'assumed', reason } }, gpus);
    };
  }
  return (spec: Spec) => clusterForSpec(spec, choice.file, choice.origin);
}

export interface EngineOptions extends Omit<PipelineOptions, 'cluster'> {
  readonly cluster?: ClusterChoice;
  /**
   * Hugging Face hub cache folders to find a named model's config.json in
   * (models--org--name/snapshots/<revision>/config.json), in order; the adapter knows them (HF_HUB_CACHE,
   * HF_HOME/hub, ~/.cache/huggingface/hub). None in the web extension.
   */
  readonly hfCaches?: readonly string[];
  /**
   * Only when the user turned it on (CLI --hub, computeBudget.hub.enabled): fetches a model's
   * config.json from the Hugging Face Hub, last, after the local folders, the cache and the
   * catalogue. The adapter owns the request (endpoint, token, cache, timeout); undefined: not found.
   */
  readonly hub?: (id: string) => Promise<string | undefined>;
}

function pipelineOptions(o: EngineOptions): PipelineOptions {
  return { ...o, cluster: o.cluster ? clusterOf(o.cluster) : undefined };
}

/**
 * Whether a file read from a folder joins the setup: a config of a family we know; a generic one
 * (sizes under common key names, no family) only when named like a config. `forced`: the user named it.
 */
export function joinsSetup(path: string, family: Family | undefined, forced = false): boolean {
  if (forced) return true;
  if (family === undefined) return false;
  return family !== 'generic' || /(config|train|model|pretrain|finetune|run|launch)/i.test(path.split('/').pop() ?? '');
}

export interface SetupRequest {
  /** Files the user named: each is analyzed, and one that cannot be read is a problem. */
  readonly files?: readonly (string | FileInput | ReadFile)[];
  /** Folders whose config files join (an unreadable or non-config file there is skipped); one with none is a problem. */
  readonly folders?: readonly string[];
  /** Folders are read with their subfolders. */
  readonly recursive?: boolean;
  /** A file whose folder's other config files join (the document open in the editor). */
  readonly siblingsOf?: string;
  /** A folder's file left out once read (an opt-out comment, an estimate over the time budget). */
  readonly skipText?: (path: string, text: string) => boolean;
  /** Reads and recognizes a file; the extension times and caches this. */
  readonly read?: (input: FileInput) => ReadFile;
}

export interface SetupProblem {
  readonly path: string;
  readonly message: Message;
}

export interface Setup {
  readonly inputs: readonly ReadFile[];
  /** Files that could not be read, and folders with no config (CLI: printed, exit code 1). */
  readonly problems: readonly SetupProblem[];
}

/** A file that could not be read, as an analysis that says so (every input has its entry in a report). */
export function unreadable(p: SetupProblem): FileAnalysis {
  return {
    path: p.path,
    text: '',
    files: [{ path: p.path, text: '' }],
    facts: [],
    findings: [finding('unreadable', 'error', p.message, { file: p.path, range: { start: 0, end: 0 } })],
  };
}

/**
 * A folder of folders that is one project, not a collection: one file below it states model shapes, none names a model, and
 * the others hold settings of a kind each (configs/model/x.json, configs/train/y.yaml, configs/accelerate/z.yaml, scripts/run.sh,
 * read by a training script of the user's own): the settings join the model's setup. Two settings files of one kind are
 * alternatives (zero2.json, zero3.json), and a folder of several models a collection: each stays its own.
 */
function oneProject(inputs: ReadFile[], from: number): void {
  const found = inputs.slice(from);
  const models = found.filter((x) => x.recognition.model);
  if (models.length !== 1 || found.some((x) => !x.recognition.model && x.recognition.modelRef)) return;
  const kinds = found.filter((x) => x !== models[0]).map((x) => x.recognition.family ?? 'generic');
  if (new Set(kinds).size !== kinds.length) return;
  for (let i = from; i < inputs.length; i++) if (inputs[i] !== models[0]) inputs[i] = { ...inputs[i]!, joins: models[0]!.path };
}

/** A file's path under a folder, as written inside it (a folder named '.' or written with a trailing slash: its files' paths as they are). */
function inFolder(dir: string, path: string): string {
  const prefix = `${dir.replace(/\/+$/, '')}/`;
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}

/** The files of the setups to analyze: the files named, the configs of the folders, and the files any of them references (one level). */
export async function collectSetup(fs: EngineFs, request: SetupRequest, options: EngineOptions = {}): Promise<Setup> {
  const read = request.read ?? ((input: FileInput) => readConfig(input, pipelineOptions(options)));
  const inputs: ReadFile[] = [];
  const problems: SetupProblem[] = [];
  const seen = new Set<string>();
  const load = async (path: string, optional: boolean, run: Pick<FileInput, 'environ'> = {}): Promise<void> => {
    if (seen.has(path)) return;
    seen.add(path);
    let text: string;
    try {
      text = await fs.readFile(path);
    } catch (e) {
      if (!optional) problems.push({ path, message: { id: 'cli.cannotRead', args: { file: path, problem: e instanceof Error ? e.message : String(e) } } });
      return;
    }
    if (optional && request.skipText?.(path, text)) return;
    const r = read({ path, text, ...run });
    // From a folder: only configs join (a syntax error in a config-named file is still shown).
    if (optional && !r.syntaxFindings.some((f) => f.severity === 'error') && !joinsSetup(path, r.recognition.family)) return;
    inputs.push(r);
  };
  for (const f of request.files ?? []) {
    if (typeof f === 'string') await load(f, false);
    else if (!seen.has(f.path)) {
      seen.add(f.path);
      inputs.push('recognition' in f ? f : read(f));
    }
  }
  // A script the user named that takes its model and settings from its command line and names none (python.commandLine), where a
  // launch beside it runs it (`run_mlm.sh` over `python run_mlm.py --model_name_or_path …`): that launch read in its place, the
  // script then read under it with the launch's flags, and said on the script.
  const launchedNotes = new Map<string, Finding>();
  for (const input of [...inputs]) {
    const refused = input.recognition.findings.find((f) => f.message.id === 'python.commandLine');
    // (Or one read as a script whose model its command line leaves unknown, `--model_name_or_path` with no default.)
    const usage = readAsUsage(input);
    const unread = refused !== undefined || (input.recognition.family !== undefined && !input.recognition.model && !input.recognition.modelRef && !usage);
    if (!unread || !/\.py$/.test(input.path)) continue;
    const launch = await launchBeside(fs, input.path, read);
    if (!launch) continue;
    const others = launch.others;
    const note = finding(
      'assumed',
      'info',
      { id: others ? 'setup.launchedByOne' : 'setup.launchedBy', args: { launch: relativeTo(dirOf(input.path), launch.path), others } },
      refused?.ranges[0] ?? { file: input.path, range: { start: 0, end: 0 } },
    );
    seen.delete(input.path);
    seen.add(launch.path);
    launchedNotes.set(launch.path, note);
    inputs[inputs.indexOf(input)] = launch.read;
  }
  const configFiles = async (dir: string, recursive: boolean): Promise<string[]> =>
    (await listFiles(fs, dir, recursive)).filter((p) => syntaxOf(p) !== undefined).sort();
  const configsIn = async (names: readonly string[]): Promise<number> => {
    const before = inputs.length;
    for (const p of names) await load(p, true);
    return inputs.length - before;
  };
  // A folder that holds only folders (LLaMA-Factory's examples/, a repository's configs/): the configs below it, each folder's its own setup.
  for (const dir of request.folders ?? []) {
    // (The folder walked once: its own configs are those directly in it.)
    const all = await configFiles(dir, true);
    const here = all.filter((p) => p === joinPath(dir, p.slice(p.lastIndexOf('/') + 1)));
    let found = await configsIn(request.recursive ? all : here);
    if (found === 0 && !request.recursive) {
      const before = inputs.length;
      found = await configsIn(all);
      oneProject(inputs, before);
    }
    // (Files of a config's syntax that none of the readers takes: named, so the folder is not said to hold none.)
    if (found === 0)
      problems.push({
        path: dir,
        message: all.length
          ? {
              id: 'cli.noRecognizedConfig',
              args: {
                file: dir,
                names:
                  all
                    .slice(0, 4)
                    .map((p) => inFolder(dir, p))
                    .join(', ') + (all.length > 4 ? ', …' : ''),
              },
            }
          : { id: 'cli.emptyDirectory', args: { file: dir } },
      });
    // Configs in the folders below one read alone (a run's output folder beside its config.json): not read, and said on the
    // folder's first file, with what reads them.
    else if (!request.recursive) {
      const first = inputs.find((x) => here.includes(x.path));
      const below = all.length - here.length;
      if (first && below > 0) {
        const at = inputs.indexOf(first);
        const note = finding(
          'assumed',
          'info',
          { id: 'setup.subfoldersSkipped', args: { count: below, dir } },
          { file: first.path, range: { start: 0, end: 0 } },
        );
        inputs[at] = { ...first, recognition: { ...first.recognition, findings: [...first.recognition.findings, note] } };
      }
    }
  }
  if (request.siblingsOf !== undefined) {
    seen.add(request.siblingsOf);
    await configsIn(await configFiles(dirOf(request.siblingsOf), false));
  }
  // A YAML config that inherits others by path (NeMo-RL's `defaults:`, recognize/inherit.ts): those files, each with what it
  // inherits in turn, merged under the config's own keys, and the config read again with them (said); one not found is said
  // where it is named. (They stay out of the setup: their values are the config's, not a second file's to merge.)
  const layerOf = async (
    path: string,
    facts: readonly Fact[],
    trail: readonly string[],
    refs = inheritedFiles(facts),
  ): Promise<{ facts: Fact[]; files: string[]; missing: Sourced<string>[] }> => {
    const layers: Fact[][] = [];
    const files: string[] = [];
    const missing: Sourced<string>[] = [];
    for (const ref of refs) {
      let found: string | undefined;
      for (const p of referenceCandidates(path, ref.value))
        if (!trail.includes(p) && (await fs.kind(p)) === 'file') {
          found = p;
          break;
        }
      let text: string | undefined;
      try {
        text = found !== undefined && trail.length < 8 ? await fs.readFile(found) : undefined;
      } catch {
        text = undefined;
      }
      if (found === undefined || text === undefined) {
        missing.push(ref);
        continue;
      }
      // (Its facts alone: what it says is read as the inheriting config's, not recognized on its own.)
      const own = extract(found, 'yaml', text, pipelineOptions(options)).facts;
      const up = await layerOf(found, own, [...trail, found]);
      layers.push(mergeLayers([up.facts, own]));
      files.push(...up.files.filter((x) => !files.includes(x)), found);
      missing.push(...up.missing);
    }
    return { facts: mergeLayers(layers), files, missing };
  };
  // (EasyR1's launch, `python3 -m verl.trainer.main config=examples/config.yaml key=value …`: the YAML it names, as the overrides
  // its own are written over.)
  for (const input of [...inputs]) {
    const syntax = syntaxOf(input.path, input.text);
    // (Or a NeMo 1.x launch, `python megatron_gpt_pretraining.py --config-path=conf --config-name=… model.x=…`: the YAML it names.)
    // (And a MaxText launch's configs/base.yml where the checkout holds it, MaxText's own where it does not: nothing to say.)
    const base = syntax === 'shell' ? maxtextBaseConfig(input.facts) : undefined;
    // (And a Composer launch of llm-foundry's train.py: the YAML it names, under the line's key=value overrides.)
    const launch = syntax === 'shell' ? (easyR1Config(input.facts) ?? nemoLaunchConfig(input.facts) ?? composerConfig(input.facts) ?? base) : undefined;
    const named = syntax === 'yaml' ? inheritedFiles(input.facts)[0] : launch;
    if (!named) continue;
    const layered = await layerOf(input.path, input.facts, [input.path], launch ? [launch] : undefined);
    const files = layered.files;
    const missing = base !== undefined && launch === base ? [] : layered.missing;
    const facts = launch ? asOverrides(layered.facts) : layered.facts;
    const at = (s: Sourced<string>) =>
      s.source.kind === 'fact' ? { file: s.source.file, range: s.source.range } : { file: input.path, range: { start: 0, end: 0 } };
    const notes = [
      ...(files.length ? [finding('assumed', 'info', { id: 'setup.inherits', args: { files: files.join(', ') } }, at(named))] : []),
      ...missing.map((ref) => finding('missing-file', 'warning', { id: 'setup.referenceMissing', args: { file: ref.value } }, at(ref))),
    ];
    const r = files.length ? read({ path: input.path, text: input.text, inherited: facts }) : input;
    inputs[inputs.indexOf(input)] = { ...input, ...r, recognition: { ...r.recognition, findings: [...r.recognition.findings, ...notes] } };
  }
  // A Hydra app of the user's own run with overrides (`python train.py model=gpt2 lr=1e-4`): the config Hydra composes for it
  // (recognize/hydraApp.ts), as the overrides its own are written over. (A family's launch reads its own Hydra config.)
  const loadYaml = async (path: string) => {
    if ((await fs.kind(path)) !== 'file') return undefined;
    try {
      const text = await fs.readFile(path);
      return { facts: extract(path, 'yaml', text, pipelineOptions(options)).facts, global: /^\s*#\s*@package\s+_global_\b/m.test(text.slice(0, 400)) };
    } catch {
      return undefined;
    }
  };
  // (What a composition says: the files it read, and each group option it chose whose file is not there, where it was chosen.)
  const composedNotes = (file: string, files: readonly string[], missing: readonly Sourced<string>[], range: Range) => [
    finding('assumed', 'info', { id: 'setup.hydraComposed', args: { files: files.join(', ') } }, { file, range }),
    ...missing.map((ref) =>
      finding(
        'missing-file',
        'warning',
        { id: 'setup.referenceMissing', args: { file: ref.value } },
        ref.source.kind === 'fact' ? { file: ref.source.file, range: ref.source.range } : { file, range: { start: 0, end: 0 } },
      ),
    ),
  ];
  // (The first of a launch's candidate configs, each looked for from its folder up, that `pick` takes.)
  const firstCandidate = async <T>(from: string, refs: readonly string[], pick: (path: string) => Promise<T | undefined>): Promise<T | undefined> => {
    for (const ref of refs)
      for (const p of referenceCandidates(from, ref)) {
        const taken = await pick(p);
        if (taken !== undefined) return taken;
      }
    return undefined;
  };
  for (const input of [...inputs]) {
    const syntax = syntaxOf(input.path, input.text);
    // (A primary config itself, opened on its own and read by no family: composed with the options its defaults list chooses.)
    if (syntax === 'yaml' && input.recognition.family === undefined && hasGroupDefaults(input.facts)) {
      const composed = await composeHydra(input.path, input.facts, new Map(), loadYaml);
      if (!composed.files.length) continue;
      const r = read({ path: input.path, text: input.text, inherited: composed.facts.filter((f) => f.file !== input.path) });
      if (r.recognition.family === undefined) continue;
      const defaults = input.facts.find((f) => f.path[0] === 'defaults');
      const notes = composedNotes(input.path, composed.files, composed.missing, defaults?.keyRange ?? { start: 0, end: 0 });
      inputs[inputs.indexOf(input)] = { ...input, ...r, recognition: { ...r.recognition, findings: [...r.recognition.findings, ...notes] } };
      continue;
    }
    if (syntax !== 'shell' || (input.recognition.family !== undefined && input.recognition.family !== 'launcher')) continue;
    const app = hydraLaunch(input.facts);
    if (!app) continue;
    const choices = new Map(
      input.facts.filter((f) => f.path[0] === '@override' && f.path.length === 2 && typeof f.value === 'string').map((f) => [String(f.path[1]), f] as const),
    );
    const refs = hydraPrimaryRefs(app);
    // (Where no primary config is here: the group options the launch chooses that are, in the first config folder that has one.)
    const primary =
      (await firstCandidate(input.path, refs, async (p) => {
        const file = await loadYaml(p);
        return file && hasGroupDefaults(file.facts) ? { path: p, facts: file.facts, here: true } : undefined;
      })) ??
      (await firstCandidate(input.path, refs, async (p) => {
        // (A config folder that is not there is looked at once, not once per choice.)
        if ((await fs.kind(dirOf(p))) !== 'directory') return undefined;
        const defaults = await chosenDefaults(dirOf(p), choices, async (x) => (await fs.kind(x)) === 'file');
        return defaults.length ? { path: p, facts: defaults, here: false } : undefined;
      }));
    if (!primary) continue;
    const composed = await composeHydra(primary.path, primary.facts, choices, loadYaml);
    const marker: Fact = { ...app.script, path: [HYDRA_APP], value: composed.groups };
    const r = read({ path: input.path, text: input.text, inherited: [...asOverrides(composed.facts), marker] });
    // (The NeMo launcher read for its training stage: the other stages' options its defaults list names are not its to miss.)
    const missing = r.recognition.family === 'nemo' ? composed.missing.filter((m) => /(^|\/)training\//.test(m.value)) : composed.missing;
    const notes = composedNotes(input.path, [...(primary.here ? [primary.path] : []), ...composed.files], missing, app.script.valueRange);
    inputs[inputs.indexOf(input)] = { ...input, ...r, recognition: { ...r.recognition, findings: [...r.recognition.findings, ...notes] } };
  }
  // A Python script's names imported from a module beside it (`from config import MODEL_ID`, a config.py of constants): that
  // module's top-level values, and the script read again with them (said).
  // (The folder is listed once: a script's imports of installed packages (torch, transformers) cost no look-up each.)
  const listings = new Map<string, Promise<ReadonlySet<string>>>();
  const beside = (dir: string, name: string) => {
    let listed = listings.get(dir);
    if (!listed) {
      listed = fs.readDirectory(dir).then(
        (entries) => new Set(entries.map((e) => (e.kind === 'file' ? e.name : `${e.name}/`))),
        () => new Set<string>(),
      );
      listings.set(dir, listed);
    }
    return listed.then((names) => names.has(`${name}.py`) || names.has(`${name}/`));
  };
  // (A module beside a script, read once however many scripts, or ways, import it.)
  const modulesRead = new Map<string, Promise<ReadFile | undefined>>();
  const readModule = (path: string): Promise<ReadFile | undefined> => {
    let parsed = modulesRead.get(path);
    if (!parsed) {
      parsed = (async () => {
        if ((await fs.kind(path)) !== 'file') return undefined;
        const text = await readText(fs, path);
        return text === undefined ? undefined : read({ path, text });
      })();
      modulesRead.set(path, parsed);
    }
    return parsed;
  };
  // A config file a Python script loads itself (extract/python.ts LOADS_CONFIG: `yaml.safe_load(open("config.yaml"))`, a
  // `--config` path its command line gives): the file's tree, found from the script's folder up, for the script to be read
  // again with (at LOADED + the path it writes).
  // (One that is not here is said where the script loads it: the values it holds are unknown.)
  // (`positional`: the JSON or YAML file a launch gives the script as its first argument, `python run_clm.py config.json`, which
  // Hugging Face's example scripts read as their arguments, `parser.parse_json_file(json_file=os.path.abspath(sys.argv[1]))`:
  // found from the launch's folder.)
  const configsLoaded = async (
    path: string,
    facts: readonly Fact[],
    positional?: { from: string; file: string },
  ): Promise<{ imports: Record<string, ImportedValue>; files: string[]; missing: Finding[] }> => {
    const imports: Record<string, ImportedValue> = {};
    const files: string[] = [];
    const missing: Finding[] = [];
    for (const [at, f] of facts.entries()) {
      // (Or a file of arguments HfArgumentParser reads, `parser.parse_json_file(json_file=…)`: at ARGS_FILE.)
      const args = f.path[f.path.length - 1] === '@call' && typeof f.value === 'string' && /(^|\.)parse_(json|yaml)_file$/.test(f.value);
      if (f.path[f.path.length - 1] !== '@call' || (f.value !== LOADS_CONFIG && !args)) continue;
      const call = f.path.slice(0, -1).join('.');
      // (This call's own arguments, written after it: not those of a call an earlier statement assigned the same name, the loader's
      // own `config = yaml.safe_load(f)` before `config = load_config(config_path)`.)
      const given = (...rest: (string | number)[]) => facts.find((g, k) => k >= at && g.path.join('.') === [call, ...rest].join('.'))?.value;
      const written = args ? (given('@kw', 'json_file') ?? given('@kw', 'yaml_file') ?? given('@args', 0)) : given('@args', 0);
      const byLaunch = args && typeof written !== 'string' && positional?.file.endsWith(String(f.value).includes('yaml') ? '.yaml' : '.json');
      const arg = byLaunch ? positional!.file : written;
      const prefix = args ? ARGS_FILE : LOADED;
      if (typeof arg !== 'string' || prefix + arg in imports || missing.some((m) => m.message.args?.['file'] === arg)) continue;
      let found = false;
      for (const target of referenceCandidates(byLaunch ? positional!.from : path, arg)) {
        if ((await fs.kind(target)) !== 'file') continue;
        found = true;
        const text = await readText(fs, target);
        const syntax = text === undefined ? undefined : syntaxOf(target, text);
        if (text !== undefined && (syntax === 'yaml' || syntax === 'json')) {
          imports[prefix + arg] = treeOf(extract(target, syntax, text, pipelineOptions(options)).facts);
          files.push(target);
        }
        break;
      }
      // (Not a file of data the script loads so, `json.load(open("training_data/transcripts.json"))`: no settings are missed.)
      if (!found && !DATA_FILE.test(arg))
        missing.push(finding('missing-file', 'warning', { id: 'setup.referenceMissing', args: { file: arg } }, { file: f.file, range: f.valueRange }));
    }
    return { imports, files, missing };
  };
  const loadedNote = (path: string, files: readonly string[]) =>
    files.length
      ? [finding('assumed', 'info', { id: 'python.configLoaded', args: { file: files.join(', ') } }, { file: path, range: { start: 0, end: 0 } })]
      : [];
  const loaders: { script: string; modules: { read: ReadFile; names: string[] }[]; imports: Record<string, ImportedValue> }[] = [];
  for (const input of [...inputs]) {
    if (!/\.(py|ipynb)$/.test(input.path)) continue;
    const loaded = await configsLoaded(input.path, input.facts);
    const imports: Record<string, ImportedValue> = { ...loaded.imports };
    const from: string[] = [];
    if (!/\.py$/.test(input.path)) {
      if (!loaded.files.length && !loaded.missing.length) continue;
      const r = loaded.files.length ? read({ path: input.path, text: input.text, imports }) : input;
      const notes = [...loadedNote(input.path, loaded.files), ...loaded.missing];
      inputs[inputs.indexOf(input)] = { ...input, ...r, recognition: { ...r.recognition, findings: [...r.recognition.findings, ...notes] } };
      continue;
    }
    // (Where a module is: beside the script, or for an absolute import, in the folder above where the script puts that folder on its
    // path, `sys.path.insert(0, str(Path(__file__).resolve().parent.parent))` then `import config`, as Python finds it when it runs.)
    // (Or a package named as the script's own folder, `from training.utils import …` in training/finetune_mistral.py: the script is
    // run from the folder above, `python -m training.finetune_mistral` or with that folder on its path, where the package is.)
    const parentOnPath = putsParentOnPath(input.text);
    const importRoot = async (dir: string, absolute: boolean, name: string): Promise<string | undefined> => {
      if (await beside(dir, name)) return dir;
      const above = absolute && (parentOnPath || name === baseName(dir));
      if (above && dirOf(dir) !== dir && (await beside(dirOf(dir), name))) return dirOf(dir);
      return undefined;
    };
    // (Functions it calls from a module beside it, `from model.load_model import load_model_and_tokenizer`: that module; those read
    // with values the script passes them among them.)
    const called: ReadFile[] = [];
    const given: { read: ReadFile; names: string[] }[] = [];
    const calledModules = new Map<string, { parsed: ReadFile; calls: Record<string, PassedValues>; calling: boolean }>();
    // (And the classes it builds from there that load a model, `llm = HuggingFaceLM(model_identifier=…)`: their code read as if
    // written above the script, extract/python.ts classCode.)
    const builds = new Map<string, { parsed: ReadFile; names: string[] }>();
    // (A relative import too, `from .config import config`: the module beside the script, `..` the folder above.)
    for (const m of input.text.matchAll(/^from[ \t]+(\.*)([A-Za-z_][\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n#]+)/gm)) {
      // (`from config import *`: every value the module holds at its top level, those are the names it binds.)
      const star = m[3]!.trim() === '*';
      const names = m[3]!
        .replace(/[()]/g, ' ')
        .split(',')
        .map((x) => x.trim().split(/\s+as\s+/))
        .filter((x) => /^[A-Za-z_]\w*$/.test(x[0] ?? ''));
      if (!names.length && !star) continue;
      let dir = dirOf(input.path);
      for (let up = 1; up < m[1]!.length; up++) dir = dirOf(dir);
      const found = await importRoot(dir, m[1]!.length === 0, m[2]!.split('.')[0]!);
      if (found === undefined) continue;
      dir = found;
      const module = joinPath(dir, `${m[2]!.replace(/\./g, '/')}.py`);
      if (module === input.path) continue;
      // (Read once: for its values, and as a module the script calls.)
      const parsed = await readModule(module);
      if (!parsed) continue;
      const values = new Map<string, ImportedValue>(Object.entries(moduleConstants(parsed.facts)));
      // (And a dict of such values, `config = {"lora_r": 8, …}`: its keys.)
      const dicts = new Map<string, Record<string, number | string | boolean>>();
      for (const f of parsed.facts) {
        const at = String(f.path[0]);
        if (f.path.length !== 2 || typeof f.path[1] !== 'string' || !plainValue(f.value) || f.unknown || values.has(at)) continue;
        // (Not a dict of dicts, nor an object a call builds: `@class`, `@call`.)
        if (parsed.facts.some((g) => g.path[0] === f.path[0] && (g.path.length > 2 || String(g.path[1]).startsWith('@')))) continue;
        const d = (dicts.get(at) ?? dicts.set(at, {}).get(at))!;
        d[f.path[1]] = f.value;
      }
      for (const [at, d] of dicts) values.set(at, d);
      // (And a config class's keyword defaults, `from model.LMConfig import LMConfig`: extract/python.ts CLASS_INIT.)
      const inits = new Map<string, Record<string, number | string | boolean | null>>();
      for (const f of parsed.facts) {
        if (f.path[0] !== '@init' || f.path.length !== 3 || f.path[2] === '@base' || !(plainValue(f.value) || f.value === null)) continue;
        const d = (inits.get(String(f.path[1])) ?? inits.set(String(f.path[1]), {}).get(String(f.path[1])))!;
        d[String(f.path[2])] = f.value;
      }
      if (star) names.push(...[...values.keys(), ...inits.keys()].filter((k) => !k.startsWith('_')).map((k) => [k]));
      // (The module's functions the script calls with values it knows, each with those values: over every line that imports from
      // it, `from utils import backup_file` then `from utils import load_model_with_lora`.)
      const pending = calledModules.get(module) ?? calledModules.set(module, { parsed, calls: {}, calling: false }).get(module)!;
      const calls = pending.calls;
      for (const [name, alias] of names)
        if (inits.has(name!) && !values.has(name!)) {
          imports[CLASS_INIT + (alias ?? name!)] = inits.get(name!)!;
          if (!from.includes(module)) from.push(module);
        } else if (values.has(name!)) {
          imports[alias ?? name!] = values.get(name!)!;
          if (!from.includes(module)) from.push(module);
        } else if (
          new RegExp(`^def[ \\t]+${name}[ \\t]*\\(`, 'm').test(parsed.text) &&
          new RegExp(`(^|[^\\w.])${alias !== undefined && /^[A-Za-z_]\\w*$/.test(alias) ? alias : name}[ \\t]*\\(`).test(
            input.text.slice(m.index! + m[0].length),
          )
        ) {
          pending.calling = true;
          // (With the values the script passes it where it passes any, `load_unsloth_model(model_name=args.model_path, lora_r=16)`.)
          const passed = passedValues(input.facts, alias !== undefined && /^[A-Za-z_]\w*$/.test(alias) ? alias : name!);
          if (passed) calls[name!] = passed;
        } else if (
          alias === undefined &&
          new RegExp(`^class[ \\t]+${name}\\b`, 'm').test(parsed.text) &&
          new RegExp(`(^|[^\\w.])${name}[ \\t]*\\(`).test(input.text.slice(m.index! + m[0].length))
        )
          (builds.get(module) ?? builds.set(module, { parsed, names: [] }).get(module)!).names.push(name!);
    }
    // (Each module read again with those values: each such function's body as what runs, its parameters those values.)
    for (const [module, { parsed, calls, calling }] of calledModules) {
      if (Object.keys(calls).length) {
        const r = read({ path: module, text: parsed.text, calls });
        called.push(r);
        given.push({ read: r, names: Object.keys(calls) });
      } else if (calling) called.push(parsed);
    }
    // (And a module beside it imported whole, `import config` then `config.MODEL`: its constants, as a dict under its name.)
    const modules: string[] = [];
    for (const m of input.text.matchAll(/^import[ \t]+([A-Za-z_]\w*)(?:[ \t]+as[ \t]+([A-Za-z_]\w*))?[ \t]*(?:#.*)?$/gm)) {
      const dir = await importRoot(dirOf(input.path), true, m[1]!);
      if (dir === undefined) continue;
      const module = joinPath(dir, `${m[1]!}.py`);
      const parsed = module === input.path ? undefined : await readModule(module);
      if (!parsed) continue;
      const values = moduleConstants(parsed.facts);
      if (!Object.keys(values).length) continue;
      imports[m[2] ?? m[1]!] = values;
      modules.push(m[2] ?? m[1]!);
      if (!from.includes(module)) from.push(module);
    }
    if (modules.length) imports[MODULES] = modules;
    // A script that is only the calls into its own modules (main.py over model/load_model.py and configs/sft_config.py): the
    // modules it calls are read as its setup (said), where the script alone is no config any reader knows.
    // (Or a script of settings whose model such a call loads, `model, tokenizer = load_unsloth_model(model_name=…)` before its
    // DPOConfig: the module joins it, read for the model, the adapter and what the call passes; the script's settings stand.)
    if (!input.recognition.model && !input.recognition.modelRef && !recognizedByNone(input)) {
      // (Or whose function loads a model by a name it is given, `model = AutoModelForCausalLM.from_pretrained(model_path, …)`, in a
      // module that is no training script of its own.)
      const loading = given.filter((g) => g.read.recognition.modelRef || g.names.some((name) => loadsModel(factsIn(g.read, functionBody(g.read.text, name)))));
      if (loading.length) loaders.push({ script: input.path, modules: loading, imports });
    }
    // (Not a script that loads its model itself and takes only helpers from a module beside it, `from finetune_xlm_roberta import
    // load_split, set_seed`: that module's run is not this one.)
    if (called.length && recognizedByNone(input) && !loadsModel(input.facts)) {
      const modules = called.filter((r) => r.recognition.family !== undefined);
      if (modules.length) {
        for (const r of modules) {
          const there = inputs.findIndex((x) => x.path === r.path);
          if (there >= 0) inputs[there] = { ...inputs[there]!, joins: input.path };
          else {
            seen.add(r.path);
            inputs.push({ ...r, joins: input.path });
          }
        }
        const note = finding(
          'assumed',
          'info',
          { id: 'python.modulesCalled', args: { files: modules.map((r) => r.path).join(', ') } },
          { file: input.path, range: { start: 0, end: 0 } },
        );
        inputs[inputs.indexOf(input)] = { ...input, recognition: { ...emptyRecognition(modules[0]!.recognition.family!), findings: [note] } };
        continue;
      }
    }
    // (Only where that reading gives what the script's own does not: a model, or a reading at all. A module whose class loads only
    // a tokenizer, or builds a model the script already names, is not said to be read.)
    const prepend: ForeignCode[] = [];
    for (const [module, { parsed, names }] of builds) prepend.push(...classCode(module, parsed.text, names));
    const withClasses = prepend.length ? read({ path: input.path, text: input.text, imports, prepend }) : undefined;
    const alone = withClasses ? read({ path: input.path, text: input.text, imports }) : undefined;
    const hasModel = (x: ReadFile) => x.recognition.model !== undefined || x.recognition.modelRef !== undefined;
    const gives = withClasses && alone && ((hasModel(withClasses) && !hasModel(alone)) || (recognizedByNone(alone) && !recognizedByNone(withClasses)));
    const built: string[] = [];
    if (gives)
      for (const c of prepend) {
        if (!c.cls) continue;
        built.push(c.cls);
        if (!from.includes(c.file)) from.push(c.file);
      }
    if (!from.length && !loaded.files.length) {
      if (loaded.missing.length)
        inputs[inputs.indexOf(input)] = { ...input, recognition: { ...input.recognition, findings: [...input.recognition.findings, ...loaded.missing] } };
      continue;
    }
    const r = gives ? withClasses : (alone ?? read({ path: input.path, text: input.text, imports }));
    const names = [
      ...Object.keys(imports)
        .filter((k) => !k.startsWith(LOADED) && !k.startsWith(ARGS_FILE) && k !== MODULES)
        .map((k) => (k.startsWith(CLASS_INIT) ? k.slice(CLASS_INIT.length) : k)),
      ...built,
    ];
    const notes = [
      ...(from.length
        ? [
            finding(
              'assumed',
              'info',
              { id: 'python.imported', args: { names: names.join(', '), file: from.join(', ') } },
              { file: input.path, range: { start: 0, end: 0 } },
            ),
          ]
        : []),
      ...loadedNote(input.path, loaded.files),
      ...loaded.missing,
    ];
    inputs[inputs.indexOf(input)] = { ...input, ...r, recognition: { ...r.recognition, findings: [...r.recognition.findings, ...notes] } };
  }
  // (A settings script whose model a module's function loads, with what the script passes it: read again with what that function's
  // body sets read first, as if written where it calls it; the module joins its setup, the file those values are in.)
  for (const { script, modules, imports } of loaders) {
    const at = inputs.findIndex((x) => x.path === script);
    if (at < 0) continue;
    const input = inputs[at]!;
    const prelude = modules.flatMap((m) => m.names.flatMap((name) => factsIn(m.read, functionBody(m.read.text, name))));
    const r = read({ path: script, text: input.text, imports, prelude });
    if (!r.recognition.modelRef && !r.recognition.model) continue;
    const note = finding(
      'assumed',
      'info',
      { id: 'python.modulesCalled', args: { files: modules.map((m) => m.read.path).join(', ') } },
      { file: script, range: { start: 0, end: 0 } },
    );
    // (The notes the earlier reading added, of the modules and files it was read with, stand.)
    const notes = input.recognition.findings.filter((f) => NOTES_READ_WITH.has(f.message.id));
    inputs[at] = { ...input, ...r, recognition: { ...r.recognition, findings: [...r.recognition.findings, ...notes, note] } };
    for (const m of modules) {
      const joined = { ...m.read, recognition: emptyRecognition(r.recognition.family), joins: script };
      const there = inputs.findIndex((x) => x.path === m.read.path);
      if (there >= 0) inputs[there] = joined;
      else {
        seen.add(m.read.path);
        inputs.push(joined);
      }
    }
  }
  // A shell script's variables set in a script it sources (`source configs/parallel.sh` of `TP=4`, then `--tensor-model-parallel-size
  // ${TP}`): what that script leaves set, read in what this one hands it, and this one read again with them from its `source`
  // line on (said).
  for (const input of [...inputs]) {
    if (syntaxOf(input.path, input.text) !== 'shell') continue;
    const handed = handedTo(input.facts, ['@env']);
    const sourced: Record<string, Record<string, string>> = {};
    const from: string[] = [];
    let line: Fact | undefined;
    for (const f of input.facts) {
      // (A script it sources, not one it runs: `bash train.sh` hands nothing back.)
      if (f.path.length !== 1 || f.path[0] !== '@sourced' || typeof f.value !== 'string' || f.value in sourced) continue;
      for (const target of referenceCandidates(input.path, f.value)) {
        if (target === input.path || (await fs.kind(target)) !== 'file') continue;
        const text = await readText(fs, target);
        if (text === undefined) break;
        const set = Object.entries(shellVariables(target, text, { inherited: handed, ...(options.set ? { vars: options.set } : {}) })).filter(
          ([k, v]) => handed[k] !== v,
        );
        if (set.length) {
          sourced[f.value] = Object.fromEntries(set);
          from.push(target);
          line ??= f;
        }
        break;
      }
    }
    if (!from.length) continue;
    const r = read({ path: input.path, text: input.text, sourced });
    const names = [...new Set(Object.values(sourced).flatMap((v) => Object.keys(v)))];
    const note = finding(
      'assumed',
      'info',
      { id: 'shell.sourcedVariables', args: { names: names.join(', '), file: from.join(', ') } },
      { file: input.path, range: line!.valueRange },
    );
    inputs[inputs.indexOf(input)] = { ...input, ...r, recognition: { ...r.recognition, findings: [...r.recognition.findings, note] } };
  }
  // A flavor of a model package the run's repository defines (torchtitan/models/qwen3/__init__.py's table), where the catalogue
  // does not know it: that table's, read for the flavor, joining the file that names it. (True where the name is a package's.)
  // (Or the table the file itself says defines its model, lit_gpt/config.py's configs for Config.from_name: that one first.)
  // (An input another step has replaced since is left as that step made it.)
  const recognized = (input: ReadFile, recognition: ReadFile['recognition']) => {
    const at = inputs.indexOf(input);
    if (at >= 0) inputs[at] = { ...input, recognition };
  };
  const flavorTable = async (input: ReadFile): Promise<boolean> => {
    const ref = input.recognition.modelRef?.value;
    const pkg = ref !== undefined && !input.recognition.model ? (input.recognition.modelTable ?? flavorPackage(ref)) : undefined;
    if (!pkg) return false;
    let table: string | undefined;
    for (const p of pkg.paths.flatMap((x) => referenceCandidates(input.path, x)))
      if ((await fs.kind(p)) === 'file') {
        table = p;
        break;
      }
    // (The file's own table not here, for a name the catalogue does not know either: where its shapes are, said.)
    const own = input.recognition.modelTable;
    if (table === undefined && own && ref !== undefined && !findModel(ref) && !baseNamedIn(ref) && input.recognition.modelRef?.source.kind === 'fact') {
      const src = input.recognition.modelRef.source;
      const note = finding(
        'missing-file',
        'warning',
        { id: 'setup.modelTableMissing', args: { name: ref, file: own.paths[0]! } },
        { file: src.file, range: src.range },
      );
      recognized(input, { ...input.recognition, findings: [...input.recognition.findings, note] });
    }
    if (table === undefined || seen.has(`${table}#${pkg.flavor}`)) return true;
    seen.add(`${table}#${pkg.flavor}`);
    try {
      const r = read({ path: table, text: await fs.readFile(table), flavor: pkg.flavor });
      if (r.recognition.model) inputs.push({ ...r, joins: input.path });
      else if (r.recognition.findings.some((f) => f.severity === 'error')) {
        // Its refusal (a model the table defines with a block the count does not know, or a name it lacks): said, and the
        // catalogue does not answer for a model the run's own table says otherwise of.
        inputs.push({ ...r, joins: input.path });
        recognized(input, { ...input.recognition, modelRef: undefined });
      }
    } catch {
      // Unreadable: the model stays unknown.
    }
    return true;
  };
  // A vocabulary only a data file of the run states (fairseq's dict.txt, its entries one a line): where the file is here, the
  // launch read again with their count.
  for (const input of [...inputs]) {
    const vocab = input.recognition.vocabFile;
    if (!vocab || input.recognition.model) continue;
    for (const p of referenceCandidates(input.path, vocab.path)) {
      if ((await fs.kind(p)) !== 'file') continue;
      const text = await readText(fs, p);
      if (text === undefined) break;
      const entries = text.split('\n').filter((l) => l.trim() !== '').length;
      const at = inputs.indexOf(input);
      if (at >= 0) inputs[at] = { ...input, ...read({ path: input.path, text: input.text, flavor: `${vocab.flavor}${entries}` }) };
      break;
    }
  }
  // A model a file names: its config.json in a folder of that name (next to the file or above it),
  // else in the Hugging Face cache; else the catalogue answers, later. The file found joins the
  // setup of the file that named the model.
  for (const input of [...inputs]) {
    let ref = input.recognition.modelRef?.value;
    if (ref === undefined || input.recognition.model) continue;
    // A folder the run's own files fill by downloading a hub model (downloadedModel): that model.
    const downloaded = findModel(ref) || baseNamedIn(ref) ? undefined : await downloadedModel(fs, input, input.recognition.modelRef!);
    if (downloaded) {
      const at = inputs.indexOf(input);
      inputs[at] = {
        ...input,
        recognition: { ...input.recognition, modelRef: downloaded.ref, findings: [...input.recognition.findings, downloaded.said] },
      };
      ref = downloaded.ref.value;
    }
    const found = await modelConfig(fs, input.path, ref, options.hfCaches ?? []);
    if (found !== undefined) {
      if (seen.has(found)) {
        // Already among the files (the config.json beside it): this file belongs with that one.
        inputs[inputs.indexOf(input)] = { ...input, resolves: found };
        continue;
      }
      seen.add(found);
      try {
        inputs.push({ ...read({ path: found, text: await fs.readFile(found) }), joins: input.path });
      } catch {
        // Unreadable: the catalogue answers.
      }
      continue;
    }
    if (await flavorTable(input)) continue;
    // The Hub, when allowed, for an id the catalogue does not know.
    if (!options.hub || findModel(ref) || !HUB_ID.test(ref)) continue;
    const path = `${HUB_PREFIX}${ref}/config.json`;
    if (seen.has(path)) continue;
    seen.add(path);
    let text: string | undefined;
    try {
      text = await options.hub(ref);
    } catch {
      text = undefined;
    }
    if (text !== undefined) inputs.push({ ...read({ path, text }), joins: input.path });
  }
  // A script the user named that takes its config file from its command line (`--config`, TrlParser's) and that no launch beside
  // it runs (above), where exactly one config beside it (its folder, or a config/, configs/, recipe/ or recipes/ folder there)
  // gives it a model: read with that config, said on the script.
  for (const input of [...inputs]) {
    // (Refused as a script of its command line, or read as one whose model that leaves unknown.)
    const refused = input.recognition.findings.find((f) => f.message.id === 'python.commandLine');
    // (Not one read as the command its own docstring or comment gives.)
    const usage = readAsUsage(input);
    const unread = !usage && (refused !== undefined || (!input.recognition.model && !input.recognition.modelRef));
    const found = unread && /\.py$/.test(input.path) ? configFlag(input.text) : undefined;
    if (!found) continue;
    const flag = found.flag;
    const dir = dirOf(input.path);
    const argvWith = (p: string) => ({ [flag.replace(/^-+/, '').replace(/-/g, '_')]: relativeTo(dir, p) });
    const taken: { path: string; read: ReadFile; files: string[] }[] = [];
    // (A folder of many configs, a recipes tree, is not read through on each keystroke: none is taken.)
    const candidates = await configsBeside(fs, dir);
    for (const p of candidates.length <= MAX_BESIDE ? candidates : []) {
      const argv = argvWith(p);
      const first = read({ path: input.path, text: input.text, argv });
      const loaded = await configsLoaded(input.path, first.facts);
      const again = loaded.files.length ? read({ path: input.path, text: input.text, argv, imports: loaded.imports }) : first;
      if (again.recognition.family !== undefined && (again.recognition.model || again.recognition.modelRef)) {
        taken.push({ path: p, read: again, files: loaded.files });
        continue;
      }
      // (Or the config itself read as one that names the model: TRL's YAML of a TrlParser script, which holds all its arguments;
      // an argparse script's own, where it gives the adapter the script builds, or the script builds none.)
      const text = await readText(fs, p);
      const own = text === undefined ? undefined : read({ path: p, text });
      const adapted = own?.recognition.training.adapter !== undefined || found.trl || !ADAPTER_CALL.test(input.text);
      if (own?.recognition.family !== undefined && (own.recognition.model || own.recognition.modelRef) && adapted)
        taken.push({ path: p, read: own, files: [] });
    }
    if (taken.length !== 1) continue;
    const [one] = taken;
    const note = finding(
      'assumed',
      'info',
      { id: 'setup.configBeside', args: { flag, config: relativeTo(dir, one!.path) } },
      { file: input.path, range: found.range },
    );
    seen.add(one!.path);
    inputs[inputs.indexOf(input)] = {
      ...one!.read,
      recognition: { ...one!.read.recognition, findings: [note, ...loadedNote(input.path, one!.files), ...one!.read.recognition.findings] },
    };
  }
  // A launch's own Python training script, where it is found: read with the launch's command line as its arguments and the
  // environment the launch exports, joining the launch (whose warning that the script is not read no longer holds).
  const scriptsFrom = inputs.length;
  for (const input of [...inputs]) {
    for (const script of input.recognition.scripts ?? []) {
      let found: string | undefined;
      for (const target of referenceCandidates(input.path, script.value))
        if (!seen.has(target) && (await fs.kind(target)) === 'file') {
          found = target;
          break;
        }
      if (found === undefined) continue;
      seen.add(found);
      const text = await readText(fs, found);
      if (text === undefined) continue;
      const argv = commandArgv(input.facts);
      // (And a shell script's positional arguments, $1 …, as the launch hands them.)
      const environ = handedTo(input.facts, ['@env', '@arg']);
      // (And the scheduler's options sbatch is given for the job script it submits, over the script's #SBATCH lines.)
      const jobOptions = /\.(sh|bash|sbatch|slurm)$/.test(found) ? handedTo(input.facts, ['@sbatch']) : {};
      const launched = read({ path: found, text, argv, environ, ...(Object.keys(jobOptions).length ? { jobOptions } : {}) });
      // (And the config file it loads, by the path the line gives it, `--config configs/sft.yaml`: read with what that holds.)
      const probe = input.recognition.probes?.[0]?.value;
      const loaded = /\.py$/.test(found) ? await configsLoaded(found, launched.facts, probe ? { from: input.path, file: probe } : undefined) : undefined;
      const again = loaded?.files.length
        ? read({ path: found, text, argv, environ, imports: loaded.imports, ...(Object.keys(jobOptions).length ? { jobOptions } : {}) })
        : launched;
      const loadNotes = loaded ? [...loadedNote(found, loaded.files), ...loaded.missing] : [];
      const first = loadNotes.length ? { ...again, recognition: { ...again.recognition, findings: [...again.recognition.findings, ...loadNotes] } } : again;
      if (!first.recognition.family) {
        // A script this version does not read (its model and adapter set up in methods of its own classes) whose argparse
        // defaults it does: those of the flags the line leaves out are the run's, read with the line's, each where the script
        // writes it, and said.
        const given = new Set(Object.keys(argv));
        const defaults = first.facts
          .filter((f) => f.path[0] === '@argparse' && f.path.length === 2 && !given.has(String(f.path[1])))
          .map((f): Fact => ({ ...f, path: [`--${String(f.path[1])}`] }));
        if (defaults.length && input.recognition.family === 'launcher') {
          const again = read({ path: input.path, text: input.text, inherited: defaults });
          const note = finding(
            'assumed',
            'info',
            { id: 'launcher.scriptDefaults', args: { file: script.value } },
            script.source.kind === 'fact' ? { file: input.path, range: script.source.range } : { file: input.path, range: { start: 0, end: 0 } },
          );
          inputs[inputs.indexOf(input)] = { ...input, ...again, recognition: { ...again.recognition, findings: [...again.recognition.findings, note] } };
        }
        continue;
      }
      // The config file nanoGPT's configurator execs (`train.py config/train_gpt2.py --batch_size=8`): its values, the line's
      // `--key=value` over them, each where the line writes it.
      const configurator = first.recognition.family === 'nanogpt' ? configuratorRun(input.facts, script) : undefined;
      const overrides = configurator?.overrides;
      const r = overrides ? read({ path: found, text, environ, overrides }) : first;
      // A Python script that reads no command line (no argparse, HfArgumentParser, TrlParser, fire, sys.argv, …): the flags the
      // launch gives it are not the run's; its own values lead, said on the launch.
      const deaf = /\.py$/.test(found) && Object.keys(argv).length > 0 && !ARGV_READERS.test(text) && !configurator;
      inputs.push({ ...r, joins: input.path, ...(deaf ? { leads: true } : {}) });
      const at = inputs.indexOf(input);
      const said =
        deaf && script.source.kind === 'fact'
          ? [
              finding(
                'assumed',
                'warning',
                { id: 'launcher.scriptReadsNoArgs', args: { file: script.value } },
                { file: input.path, range: script.source.range },
              ),
            ]
          : [];
      // (A preference trainer the launch took from the script's name, train_dpo.py, where the script's own trainer is read: the
      // script's, whose reference it sets up itself, DPOTrainer with a peft_config or a frozen copy.)
      const named = input.recognition.training.preference;
      const own = r.recognition.training.preference !== undefined && named !== undefined;
      // (A LoRA the launch took from a flag of the script's own, `--lora True`, where the script read here builds no adapter (no
      // LoraConfig, get_peft_model or PeftModel in it, its dataclass's `lora` field read by nothing): the full fine-tune it runs,
      // said.)
      const switched = input.recognition.findings.find((x) => x.message.id === 'launcher.loraInScript');
      const unapplied =
        switched !== undefined && r.recognition.family !== undefined && r.recognition.training.adapter === undefined && !ADAPTER_CALL.test(text);
      const { preference: _named, ...unnamed } = input.recognition.training;
      const base = own ? unnamed : input.recognition.training;
      const { adapter: _adapter, ...full } = base;
      const training = unapplied ? full : base;
      const ignored = unapplied
        ? [
            finding(
              'assumed',
              'warning',
              { id: 'launcher.loraFlagUnused', args: { flag: String(switched.message.args?.['flag'] ?? '--lora'), file: script.value } },
              switched.ranges[0] ?? { file: input.path, range: { start: 0, end: 0 } },
            ),
          ]
        : [];
      inputs[at] = {
        ...input,
        recognition: {
          ...input.recognition,
          ...(own || unapplied ? { training } : {}),
          // (The line's values the configurator set over the config: the config's reader's, no longer the launch's.)
          ...(overrides ? { training: withoutFacts(training, overrides) } : {}),
          findings: [
            ...input.recognition.findings.filter(
              (x) =>
                x.message.id !== 'launcher.rankInScript' &&
                // (Nor, the script read here, the note that it is not: its own adapter, or the full fine-tune it runs, said.)
                x !== switched &&
                !(own && PREFERENCE_NOTES.has(x.message.id) && x.message.args?.['stage'] === named.value.stage),
            ),
            ...said,
            ...ignored,
          ],
        },
      };
    }
  }
  // Referenced files, two levels deep, from every file (a launch's YAML, then the DeepSpeed config that YAML names). One that is
  // in none of the places looked at is said, where the file names it: the settings it holds are not read.
  // (Said once per launch: a script that takes the path from the launch's flags, `deepspeed=script_args.deepspeed`, names the
  // same file the launch's --deepspeed does.)
  const saidMissing = new Set<string>();
  const follow = async (from: readonly ReadFile[]): Promise<void> => {
    for (const input of from) {
      const missing: Finding[] = [];
      // (The line's values a configurator set over a config read here: that config's, no longer the launch's.)
      const setOver: Fact[] = [];
      for (const ref of input.recognition.references) {
        let found = false;
        for (const target of referenceCandidates(input.path, ref.value)) {
          if (seen.has(target)) {
            found = true;
            break;
          }
          if ((await fs.kind(target)) !== 'file') continue;
          const before = inputs.length;
          // A script this one sources (its arrays read with it, slime's MODEL_ARGS): read in the environment this one has there,
          // what it was handed and what it sets (`sbatch job.sh` after `export HIDDEN_SIZE=1536`, then `source configs/model.sh`).
          const sourced = (input.recognition.sources ?? []).includes(ref) && syntaxOf(target) === 'shell';
          const environ = sourced ? { ...((input as Pick<FileInput, 'environ'>).environ ?? {}), ...handedTo(input.facts, ['@env']) } : {};
          await load(target, false, Object.keys(environ).length ? { environ } : {});
          // (What a launch's script names, the adapter it trains on: the launch's too, as the script is.)
          if (input.joins !== undefined && inputs.length > before) inputs[before] = { ...inputs[before]!, joins: input.joins };
          // (A YAML deepy.py merges that holds none of the keys any reader knows, GPT-NeoX's data and logging setups: NeoX's, no
          // model of its own, not an unknown format.)
          const loaded = inputs.length > before ? inputs[before]! : undefined;
          if (loaded && input.recognition.family === 'neox' && recognizedByNone(loaded)) inputs[before] = { ...loaded, recognition: emptyRecognition('neox') };
          found = true;
          break;
        }
        // A config nanoGPT ships, named by a launch of its train.py (`python train.py config/train_shakespeare_char.py`) from a
        // folder that does not hold it: read as nanoGPT ships it, and said.
        // (And a train config torchtitan ships, named by a launch of torchtitan from outside its checkout.)
        const nanogpt = !found && runsNanogpt(input.facts) ? nanogptStockConfig(ref.value) : undefined;
        const titan = !found && !nanogpt && isTorchtitanLaunch(new FactReader(input.facts)) ? torchtitanStockConfig(ref.value) : undefined;
        // (And a model config GaLore ships, configs/llama_60m.json, named by a launch of its torchrun_main.py.)
        const galore = !found && !nanogpt && !titan && isGaloreLaunch(new FactReader(input.facts)) ? galoreStockConfig(ref.value) : undefined;
        const stock = nanogpt ?? titan ?? galore;
        if (stock && !seen.has(stock.path)) {
          seen.add(stock.path);
          // (With the line's `--key=value` over it, as nanoGPT's configurator sets them.)
          const overrides = nanogpt ? configuratorRun(input.facts, ref)?.overrides : undefined;
          inputs.push({ ...read({ ...stock, ...(overrides ? { overrides } : {}) }), joins: input.path });
          setOver.push(...(overrides ?? []));
          if (ref.source.kind === 'fact')
            missing.push(
              finding(
                'assumed',
                'info',
                { id: nanogpt ? 'setup.nanogptStock' : titan ? 'setup.torchtitanStock' : 'setup.galoreStock', args: { file: ref.value } },
                { file: ref.source.file, range: ref.source.range },
              ),
            );
          continue;
        }
        // A config the script writes itself by a heredoc and then names (`cat > train.yml <<EOF`, `axolotl train train.yml`): read
        // from the script, under the path the reference would have.
        const path = referenceCandidates(input.path, ref.value)[0];
        const written = !found && path !== undefined && !seen.has(path) ? writtenConfig(input, ref.value, path) : undefined;
        if (written) {
          seen.add(path!);
          inputs.push({ ...written, joins: input.path });
          continue;
        }
        // (A path worked out from what the file writes, MaxText's configs/models/<model_name>.yml: said at what it was worked out from.)
        const origin = factOf(ref.source);
        const once = `${input.joins ?? input.path}\n${ref.value}`;
        if (!found && origin && !saidMissing.has(once) && saidMissing.add(once))
          missing.push(
            finding('missing-file', 'warning', { id: 'setup.referenceMissing', args: { file: ref.value } }, { file: origin.file, range: origin.range }),
          );
      }
      // The config file a launch's script is given: joined where a reader takes it as a model's config, else left to the script.
      for (const ref of input.recognition.probes ?? []) {
        for (const target of referenceCandidates(input.path, ref.value)) {
          if (seen.has(target)) break;
          if ((await fs.kind(target)) !== 'file') continue;
          const text = await readText(fs, target);
          if (text === undefined) break;
          const probed = read({ path: target, text });
          if (probed.recognition.model || probed.recognition.modelRef) {
            seen.add(target);
            inputs.push({ ...probed, joins: input.joins ?? input.path });
          }
          break;
        }
      }
      if (missing.length || setOver.length)
        inputs[inputs.indexOf(input)] = {
          ...input,
          recognition: {
            ...input.recognition,
            training: setOver.length ? withoutFacts(input.recognition.training, setOver) : input.recognition.training,
            findings: [...input.recognition.findings, ...missing],
          },
        };
    }
  };
  const given = inputs.length;
  await follow([...inputs]);
  await follow(inputs.slice(given));
  // (A file read by reference, a launch's TOML, or a launch's script may name a package's flavor too.)
  for (const input of inputs.slice(scriptsFrom)) await flavorTable(input);
  // (The launch read in place of a script the user named, as it now stands: said first.)
  for (const [path, note] of launchedNotes) {
    const at = inputs.findIndex((x) => x.path === path);
    if (at >= 0) inputs[at] = { ...inputs[at]!, recognition: { ...inputs[at]!.recognition, findings: [note, ...inputs[at]!.recognition.findings] } };
  }
  return { inputs, problems };
}

/** A file's text, or undefined where it cannot be read (a file a reading looks for and goes on without). */
async function readText(fs: EngineFs, path: string): Promise<string | undefined> {
  try {
    return await fs.readFile(path);
  } catch {
    return undefined;
  }
}

/** The folder above a script's own, as Python code spells it from `__file__`: `Path(__file__).resolve().parent.parent`, `.parents[1]`, `os.path.dirname(os.path.dirname(os.path.abspath(__file__)))`. */
const PARENT_OF_FILE =
  /Path\(\s*__file__\s*\)(?:\.resolve\(\)|\.absolute\(\))?(?:\.parent\.parent(?!\.parent)|\.parents\[1\])|os\.path\.dirname\(\s*os\.path\.dirname\(\s*os\.path\.(?:abspath|realpath)\(\s*__file__\s*\)\s*\)\s*\)/;

/**
 * The working folder, or the one above it (`sys.path.append('./')`, `sys.path.insert(0, "..")`, `os.getcwd()`): a script kept in a
 * subfolder, run from the project's folder above it (`python train/train_phi2.py`), or from its own with `..`.
 */
const WORKING_FOLDER = /^(?:(["'])\.{1,2}\/?\1|os\.getcwd\(\s*\))\s*\)/;

/**
 * Whether a script puts the folder above its own on Python's path, `sys.path.insert(0, str(Path(__file__).parent.parent))`, or a
 * name set to that folder, `PROJECT_ROOT = Path(__file__).resolve().parent.parent` then `sys.path.insert(0, str(PROJECT_ROOT))`,
 * or the folder it is run from (WORKING_FOLDER).
 */
function putsParentOnPath(text: string): boolean {
  for (const m of text.matchAll(/sys\.path\.(?:insert\(\s*0\s*,|append\()\s*([^\n]*)/g)) {
    if (PARENT_OF_FILE.test(m[1]!) || WORKING_FOLDER.test(m[1]!)) return true;
    const name = /^(?:str\(\s*)?([A-Za-z_]\w*)\s*\)/.exec(m[1]!)?.[1];
    const set = name ? new RegExp(`^[ \\t]*${name}[ \\t]*=[ \\t]*([^\\n]*)$`, 'm').exec(text) : null;
    if (set && PARENT_OF_FILE.test(set[1]!)) return true;
  }
  return false;
}

/** The notes a Python script's reading with the modules and files beside it adds (engine: those read again keep them). */
const NOTES_READ_WITH: ReadonlySet<string> = new Set(['python.imported', 'python.configLoaded', 'setup.referenceMissing']);

/**
 * Where a module's top-level function is written, `def NAME(` to the next line at the margin (not a bracket that closes its
 * signature, `):`); none: an empty range.
 */
function functionBody(text: string, name: string): Range {
  const def = new RegExp(`^def[ \\t]+${name}[ \\t]*\\(`, 'm').exec(text);
  if (!def) return { start: 0, end: 0 };
  const next = /\n(?=[^\s#)\]}])/g;
  next.lastIndex = def.index + def[0].length;
  const end = next.exec(text);
  return { start: def.index, end: end ? end.index : text.length };
}

/** A file's facts written within a range of it. */
function factsIn(r: ReadFile, range: Range): Fact[] {
  return r.facts.filter((f) => f.file === r.path && f.keyRange.start >= range.start && f.keyRange.start < range.end);
}

/**
 * The values a script passes a function where it calls it (its first call of that name): each argument and keyword it knows (a
 * plain value or a list of them), or nothing where it passes none it knows. Only that call's own (written after it, before the
 * name it is assigned to is assigned again): not those of a later call assigned the same name, `model = load_model("gpt2")` then
 * `model = model.to("cuda")`.
 */
function passedValues(facts: readonly Fact[], callee: string): PassedValues | undefined {
  const from = facts.findIndex((f) => f.path[f.path.length - 1] === '@call' && f.value === callee);
  if (from < 0) return undefined;
  const call = facts[from]!;
  const at = call.path.length - 1;
  const within = (f: Fact, length: number) => f.path.length === length && call.path.slice(0, at).every((p, k) => f.path[k] === p);
  const to = facts.findIndex((f, k) => k > from && within(f, at));
  const own = facts.slice(from, to < 0 ? facts.length : to);
  const under = (f: Fact) => within(f, at + 2);
  const plain = (f: Fact) => !f.unknown && (f.value !== null || !own.some((g) => g.path.length > f.path.length && f.path.every((p, k) => g.path[k] === p)));
  const args: (ImportedValue | undefined)[] = [];
  const kwargs: Record<string, ImportedValue> = {};
  for (const f of own) {
    if (!under(f) || !plain(f)) continue;
    const value = importedOf(f.value);
    if (f.path[at] === '@args' && typeof f.path[at + 1] === 'number') args[f.path[at + 1] as number] = value;
    else if (f.path[at] === '@kw' && typeof f.path[at + 1] === 'string') kwargs[f.path[at + 1] as string] = value;
  }
  return args.length || Object.keys(kwargs).length ? { args: Array.from(args), kwargs } : undefined;
}

/** A file no reader recognizes whose syntax reads cleanly (only recognize.unknownFormat said of it). */
function recognizedByNone(r: ReadFile): boolean {
  return (
    r.recognition.family === undefined &&
    !r.syntaxFindings.some((f) => f.severity === 'error') &&
    r.recognition.findings.every((f) => f.message.id === 'recognize.unknownFormat')
  );
}

/** A part's values with none that rests on one of these facts (by its file and key). */
function withoutFacts<T extends object>(part: T, facts: readonly Fact[]): T {
  const rests = (p: Provenance): boolean =>
    p.kind === 'fact'
      ? facts.some((f) => f.file === p.file && f.keyRange.start <= p.range.start && p.range.end <= f.valueRange.end)
      : p.kind === 'derived' && p.from.some(rests);
  return Object.fromEntries(
    Object.entries(part).filter(([, v]) => !(v && typeof v === 'object' && 'source' in v && rests((v as Sourced<unknown>).source))),
  ) as T;
}

/** A launch of nanoGPT's train.py (python, torchrun or a wrapper runs train.py with a config/*.py). */
function runsNanogpt(facts: readonly Fact[]): boolean {
  return facts.some((f) => f.path[0] === '@command' && typeof f.value === 'string' && /(^|\/)train\.py$/.test(f.value));
}

/** A Hugging Face model id (org/name). */
const HUB_ID = /^[\w.-]+\/[\w.-]+$/;

/** The path a config.json fetched from the Hub is shown under (provenance, hovers). */
export const HUB_PREFIX = 'hub:';

/**
 * The hub model a file's model path names by being where the run's files download it (`huggingface-cli download ORG/NAME
 * --local-dir DIR`, `hf download`, `modelscope download`, `snapshot_download(local_dir=…)`, in the file or a file beside it):
 * the name as that model, said where the file names it.
 */
async function downloadedModel(fs: EngineFs, input: ReadFile, ref: Sourced<string>): Promise<{ ref: Sourced<string>; said: Finding } | undefined> {
  const hit = await downloadIn(fs, input, ref.value);
  if (!hit) return undefined;
  const args = { name: ref.value, repo: hit.d.repo, file: hit.file };
  const repo: Sourced<string> = { value: hit.d.repo, source: { kind: 'fact', file: hit.file, path: ['download'], range: hit.d.repoRange } };
  const where = ref.source.kind === 'fact' ? { file: ref.source.file, range: ref.source.range } : undefined;
  return {
    ref: derived(hit.d.repo, { id: 'prov.downloadedTo', args }, ref, repo),
    said: finding('assumed', 'info', { id: 'setup.modelDownloaded', args }, where),
  };
}

/** The download into the folder `name`, in the file's own text, else in the scripts and notes beside it (forty at most). */
async function downloadIn(fs: EngineFs, input: ReadFile, name: string): Promise<{ file: string; d: HubDownload } | undefined> {
  const own = downloadInto(hubDownloads(input.text), name);
  if (own) return { file: input.path, d: own };
  const dir = dirOf(input.path);
  let entries: readonly { name: string; kind: 'file' | 'directory' }[];
  try {
    entries = await fs.readDirectory(dir);
  } catch {
    return undefined;
  }
  const near = entries.filter((e) => e.kind === 'file' && /\.(sh|bash|py|md|txt)$/i.test(e.name)).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of near.slice(0, 40)) {
    const p = joinPath(dir, e.name);
    if (p === input.path) continue;
    const text = await readText(fs, p);
    if (text === undefined) continue;
    const d = text.length > 500_000 ? undefined : downloadInto(hubDownloads(text), name);
    if (d) return { file: p, d };
  }
  return undefined;
}

/** The notes that say what a preference trainer counts (recognize/preference.ts). */
const PREFERENCE_NOTES: ReadonlySet<string> = new Set([
  'prov.preferencePairs',
  'prov.preferenceCopy',
  'prov.preferenceForward',
  'prov.ktoCopy',
  'prov.ktoForward',
]);

/** Where a named model's config.json is: a folder of that name, else a Hugging Face cache snapshot. */
async function modelConfig(fs: EngineFs, from: string, ref: string, caches: readonly string[]): Promise<string | undefined> {
  // (A name that is the config file itself, `--config_name llama_configs/config.json`: that file.)
  const file = /(^|\/)config\.json$/i.test(ref) ? ref : `${ref.replace(/\/+$/, '')}/config.json`;
  for (const p of referenceCandidates(from, file)) if ((await fs.kind(p)) === 'file') return p;
  if (!/^[\w.-]+\/[\w.-]+$/.test(ref)) return undefined;
  for (const cache of caches) {
    const snapshots = joinPath(joinPath(cache, `models--${ref.replace('/', '--')}`), 'snapshots');
    let entries: readonly { name: string; kind: 'file' | 'directory' }[];
    try {
      entries = await fs.readDirectory(snapshots);
    } catch {
      continue;
    }
    for (const e of [...entries].sort((a, b) => a.name.localeCompare(b.name))) {
      const p = joinPath(joinPath(snapshots, e.name), 'config.json');
      if (e.kind === 'directory' && (await fs.kind(p)) === 'file') return p;
    }
  }
  return undefined;
}

async function listFiles(fs: EngineFs, dir: string, recursive: boolean, depth = 0): Promise<string[]> {
  let entries: readonly { name: string; kind: 'file' | 'directory' }[];
  try {
    entries = await fs.readDirectory(dir);
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const e of entries) {
    const p = joinPath(dir, e.name);
    if (e.kind === 'file') out.push(p);
    else if (recursive && depth < 20 && e.name !== 'node_modules' && !e.name.startsWith('.')) out.push(...(await listFiles(fs, p, true, depth + 1)));
  }
  return out;
}

/**
 * The launch beside a Python script that runs it: a shell script in its folder, under a `scripts/` or `examples/` folder there
 * (Megatron-LM's `examples/llama/…sh`), or in the folder above, that names the script on a line of its own that is not a comment
 * and is read as a launch (one that names it by a path, that path's). One named as the script is (`run_mlm.sh` for `run_mlm.py`)
 * first, then the first by name; `others`: how many more run it. (The first MAX_SHELLS shell scripts looked at, and MAX_BESIDE
 * launches read.)
 */
async function launchBeside(
  fs: EngineFs,
  script: string,
  read: (input: FileInput) => ReadFile,
): Promise<{ path: string; read: ReadFile; others: number } | undefined> {
  const name = baseName(script);
  const stem = name.replace(/\.py$/, '');
  const dir = dirOf(script);
  const shells = [
    ...(await listFiles(fs, dir, false)),
    ...(await listFiles(fs, joinPath(dir, 'scripts'), true)),
    ...(await listFiles(fs, joinPath(dir, 'examples'), true)),
    ...(dir.includes('/') ? await listFiles(fs, dirOf(dir), false) : []),
  ]
    .filter((p) => syntaxOf(p) === 'shell')
    .slice(0, MAX_SHELLS);
  const found: { path: string; read: ReadFile }[] = [];
  for (const p of shells) {
    if (found.length >= MAX_BESIDE) break;
    const text = await readText(fs, p);
    // (Its name on a line that is not a comment, before the launch is read.)
    if (text === undefined || !text.split('\n').some((l) => !/^\s*#/.test(l) && l.split(/[\s"'=]+/).some((w) => baseName(w) === name))) continue;
    // (Read as a launch; the script it names by a path, `python src/train.py`, that script. A launch of several commands is
    // read as it is, whichever it counts.)
    const r = read({ path: p, text });
    const named = (r.recognition.scripts ?? []).find((x) => baseName(x.value) === name);
    if (r.recognition.family !== undefined && (!named || referenceCandidates(p, named.value).includes(script))) found.push({ path: p, read: r });
  }
  if (!found.length) return undefined;
  const first = found.find((f) => baseName(f.path).replace(/\.\w+$/, '') === stem) ?? found[0]!;
  return { ...first, others: found.length - 1 };
}

/**
 * The flag a script takes its config file by: argparse's `--config` (`--config_path`, `--config_file`, `--cfg`), or TrlParser's
 * `--config` where it parses one (`parse_args_and_config`); undefined for any other script.
 */
function configFlag(text: string): { flag: string; range: Range; trl: boolean } | undefined {
  const argparse = new RegExp(`add_argument\\(\\s*(?:["']-\\w["']\\s*,\\s*)?["'](--(?:${CONFIG_ARG}))["']`).exec(text);
  if (argparse) {
    const start = argparse.index + argparse[0].lastIndexOf(argparse[1]!);
    return { flag: argparse[1]!, range: { start, end: start + argparse[1]!.length }, trl: false };
  }
  // (Or python-fire's, `fire.Fire(train)` over `def train(config_file: str, …)`: that parameter, given as its flag.)
  const fire = /\bfire\.Fire\(\s*([A-Za-z_]\w*)\s*\)/.exec(text);
  const params = fire ? new RegExp(`^def[ \\t]+${fire[1]}[ \\t]*\\(([^)]*)\\)`, 'm').exec(text) : null;
  const param = params ? new RegExp(`(?:^|,)\\s*(${CONFIG_ARG})\\s*[:=,)]`).exec(`${params[1]})`) : null;
  if (fire && param) return { flag: `--${param[1]}`, range: { start: fire.index, end: fire.index + 'fire.Fire'.length }, trl: false };
  const trl = /\bTrlParser\(/.exec(text);
  return trl && /\.parse_args_and_config\(/.test(text)
    ? { flag: '--config', range: { start: trl.index, end: trl.index + 'TrlParser'.length }, trl: true }
    : undefined;
}

/** The names a script's config file argument goes by: an argparse flag's (with `--`), a python-fire function's parameter. */
const CONFIG_ARG = 'config|config[_-]path|config[_-]file|cfg';

/** The YAML and JSON files in a folder and in the config/, configs/, recipe/ and recipes/ folders there (with theirs), by name. */
async function configsBeside(fs: EngineFs, dir: string): Promise<string[]> {
  const here = await listFiles(fs, dir, false);
  const below = await Promise.all(['config', 'configs', 'recipe', 'recipes'].map((d) => listFiles(fs, joinPath(dir, d), true)));
  return [...here, ...below.flat()].filter((p) => /\.(ya?ml|json)$/i.test(p)).sort();
}

/** How many launches, or configs beside a script, are read in looking for the one that runs or configures it. */
const MAX_BESIDE = 24;
/** How many shell scripts are looked at (their text searched for the script's name) in looking for its launch. */
const MAX_SHELLS = 200;

/** Whether a script was read as the command its own docstring or a comment of its own gives (pipeline.ts usageExample). */
function readAsUsage(input: ReadFile): boolean {
  return input.recognition.findings.some((f) => f.message.id === 'python.usageExample' || f.message.id === 'python.usageComment');
}

/** A call that puts an adapter on a model (PEFT's, Unsloth's). */
const ADAPTER_CALL = /\b(LoraConfig|get_peft_model|PeftModel|AdaLoraConfig|IA3Config|PromptTuningConfig)\b/;

/** A path as written from a folder (`run_mlm.sh`, `scripts/train.sh`, `../train.sh`; a path elsewhere as it is). */
function relativeTo(dir: string, path: string): string {
  const inside = inFolder(dir, path);
  if (inside !== path) return inside;
  const up = dirOf(dir);
  const above = inFolder(up, path);
  return up !== dir && above !== path ? `../${above}` : path;
}

/** Analyzes and checks the setups of the files read. */
export function analyze(inputs: readonly (FileInput | ReadFile)[], options: EngineOptions = {}): FileAnalysis[] {
  return analyzeFiles(inputs, pipelineOptions(options));
}

/** The fastest layouts that fit on the setup's cluster, with the setup's own sharding policy. */
export function planLayouts(a: FileAnalysis, top = 5): SearchResult | undefined {
  const c = a.analysis?.cluster;
  if (!c) return undefined;
  return searchLayouts(c.plan.workload, c.cluster, c.plan.policy, { top, convention: a.analysis!.flops.convention });
}

/** The plan command's answer for one setup. */
export function planReport(a: FileAnalysis, top = 5): PlanJson | undefined {
  const r = planLayouts(a, top);
  const c = a.analysis?.cluster;
  return r && c ? planJson(a.path, c.cluster, c.plan.workload, r, a.analysis!.flops.convention) : undefined;
}

/** The levers table of a setup on its cluster (analysis/levers.ts), rendered by report/levers.ts. */
export function leversOf(a: FileAnalysis, locale: Locale, options: { readonly convention?: Convention } = {}): LeversJson | undefined {
  const spec = a.spec;
  const an = a.analysis;
  if (!spec?.model || !an?.cluster.runnable) return undefined;
  const rows = levers(spec as ModelledSpec, an, { convention: options.convention ?? an.flops.convention });
  const c = an.cluster.cluster;
  return leversJson(a.path, c.gpusPerNode.value * c.nodes.value, c.accelerator.name, rows, locale);
}

/** The setup's cluster model under what-if changes (the files' own when there are none), and the checks' verdicts on it. */
export function whatIf(a: FileAnalysis, w: WhatIf): { cluster: ClusterAnalysis; findings: FileAnalysis['findings'] } | undefined {
  const spec = a.spec;
  const an = a.analysis;
  if (!spec?.model || !an) return undefined;
  if (!Object.values(w).some((v) => v !== undefined)) return { cluster: an.cluster, findings: a.findings };
  let modelled = spec as ModelledSpec;
  let base = an;
  const { lever, ...rest } = w;
  // A lever first (as its row of the levers table analyzes it), then the other changes on top of it.
  const changed = lever ? leverChange(modelled, an, lever) : undefined;
  if (changed) {
    modelled = changed.spec;
    base = analyzeSpec(changed.spec, { convention: an.flops.convention, cluster: an.cluster.cluster, searchLayout: changed.search });
  }
  const cluster = Object.values(rest).some((v) => v !== undefined) ? whatIfCluster(modelled, base.cluster, rest, an.flops.convention) : base.cluster;
  const analysis = { ...base, cluster };
  return { cluster, findings: check(modelled, analysis, a.path, a.files, a.facts) };
}

/** The panel's model for a setup and a what-if. */
export function panel(a: FileAnalysis, w: WhatIf, locale: Locale): PanelModel | undefined {
  const r = whatIf(a, w);
  if (!r || !a.analysis) return undefined;
  const search = searchLayouts(r.cluster.plan.workload, r.cluster.cluster, r.cluster.plan.policy, { top: 5, convention: a.analysis.flops.convention });
  return panelModel(a, r.cluster, search, r.findings, locale, leversOf(a, locale));
}

/**
 * The edits that write a layout into the setup's files ("Apply to config"): each value where it
 * came from, or as a new key of the family that owns the settings. The global batch stays: when
 * the files derive it from gradient accumulation, that is rewritten too.
 */
export function layoutEdits(a: FileAnalysis, target: LayoutTarget): PlannedEdits {
  const c = a.analysis?.cluster;
  if (!c) return { edits: [], missing: Object.keys(target) as (keyof LayoutTarget)[] };
  const t: Record<string, unknown> = { ...target };
  const l = c.plan.layout;
  const inner =
    (typeof target.tp === 'number' ? target.tp : l.tp) *
    (typeof target.pp === 'number' ? target.pp : l.pp) *
    (typeof target.cp === 'number' ? target.cp : l.cp);
  // DP that the files derive from the number of GPUs (Megatron) follows from the other degrees: nothing to write.
  if (c.plan.sources['dp']?.source.kind !== 'fact' && target.dp === c.plan.world / inner) delete t['dp'];
  const gb = c.plan.sources['globalBatch'];
  const accum = c.plan.sources['gradAccum'];
  const mb = typeof target.microBatch === 'number' ? target.microBatch : l.microBatch;
  const dp = typeof target.dp === 'number' ? target.dp : l.dp;
  if (accum && gb?.source.kind !== 'fact' && (mb !== l.microBatch || dp !== l.dp)) {
    const steps = microBatches({ microBatch: mb, dp }, c.plan.workload);
    if (Number.isInteger(steps) && steps >= 1) t['gradAccum'] = steps;
  }
  return planLayoutEdits({ files: a.files, facts: a.facts, current: c.plan.sources }, t as LayoutTarget);
}

/** Applies edits to texts (the CLI's and the tests' way of writing them; the extension uses a WorkspaceEdit). */
export function applyEdits(text: string, file: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].filter((x) => x.file === file).sort((a, b) => b.range.start - a.range.start))
    out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  return out;
}

export type { WhatIf, LayoutTarget, PlannedEdits };

/**
 * The values of a file that name another file of its setup (a DeepSpeed JSON named in a YAML, a
 * model folder's config.json): where the editor puts a link, and the file it opens.
 */
export function documentLinks(a: FileAnalysis, file: string): { readonly range: Range; readonly target: string }[] {
  const others = new Set(a.files.map((f) => f.path).filter((p) => p !== file));
  const out: { range: Range; target: string }[] = [];
  for (const fact of a.facts) {
    if (fact.file !== file || typeof fact.value !== 'string' || !fact.value.trim()) continue;
    const value = fact.value.trim();
    const target =
      referenceCandidates(file, value).find((p) => others.has(p)) ??
      referenceCandidates(file, `${value.replace(/\/+$/, '')}/config.json`).find((p) => others.has(p));
    if (target && !out.some((l) => l.range.start === fact.valueRange.start)) out.push({ range: fact.valueRange, target });
  }
  return out;
}

/** What a script hands another (its known variables at ["@env", name]; with '@arg', its positional arguments $1 … too). */
function handedTo(facts: readonly Fact[], kinds: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of facts)
    if (kinds.includes(String(f.path[0])) && f.path.length === 2 && typeof f.value !== 'object' && f.value !== null && !f.unknown)
      out[String(f.path[1])] = String(f.value);
  return out;
}

/** A fact's value as a script holds it (a list of plain values; a list's maps, read by index, left out). */
function importedOf(v: Fact['value']): ImportedValue {
  return Array.isArray(v) ? v.filter((x) => x === null || typeof x !== 'object') : (v as ImportedValue);
}

/** A config file's facts as the tree a script that loads it holds (its lists of values as lists; a list of maps by index). */
function treeOf(facts: readonly Fact[]): ImportedValue {
  const root: { [key: string]: ImportedValue } = {};
  for (const f of facts) {
    if (f.path.length === 0 || (f.value !== null && typeof f.value === 'object' && !Array.isArray(f.value))) continue;
    const value = importedOf(f.value);
    let node = root;
    f.path.slice(0, -1).forEach((k) => {
      const next = node[String(k)];
      node = next !== null && typeof next === 'object' && !Array.isArray(next) ? (next as { [key: string]: ImportedValue }) : (node[String(k)] = {});
    });
    node[String(f.path[f.path.length - 1])] = value;
  }
  return root;
}

function plainValue(v: Fact['value']): v is number | string | boolean {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

/** A module's constants: the plain values its top level sets (`MODEL_ID = "…"`, `LORA_R = 16`), each known. */
function moduleConstants(facts: readonly Fact[]): Record<string, number | string | boolean> {
  const out: Record<string, number | string | boolean> = {};
  for (const f of facts) if (f.path.length === 1 && plainValue(f.value) && !f.unknown) out[String(f.path[0])] = f.value;
  return out;
}
