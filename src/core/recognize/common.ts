/**
 * What every family's recognizer returns, and the small helpers they share: value mappings for
 * precision, optimizer and recomputation names, OmegaConf-style interpolation.
 */
import type { Fact, Finding, Message, Provenance, Sourced } from '../types';
import { derived, finding, fromFact, mapSourced } from '../types';
import type { ModelSpec, ParallelSpec, RecomputeModule, TrainingSpec } from '../spec';
import { recomputeModuleSchema } from '../spec';
import { FactReader } from './reader';
import { buildModel, type ModelAliases, type Traits } from './decoder';

export type Family =
  | 'hf'
  | 'deepseek'
  | 'mistral'
  | 'megatron'
  | 'nemo'
  | 'maxtext'
  | 'deepspeed'
  | 'torchtitan'
  | 'axolotl'
  | 'litgpt'
  | 'neox'
  | 'olmo'
  | 'nanogpt'
  | 'llm-baselines'
  | 'galore'
  | 'llmc'
  | 'peft'
  | 'llamafactory'
  | 'torchtune'
  | 'mlxlm'
  | 'picotron'
  | 'launcher'
  | 'pytorch'
  | 'accelerate'
  | 'llmfoundry'
  | 'nanotron'
  | 'levanter'
  | 'wandb'
  | 'hydra'
  | 'raytune'
  | 't5x'
  | 'rwkv'
  | 'openlm'
  | 'easylm'
  | 'fairseq'
  | 'generic';

export type TrainingPart = { -readonly [K in keyof TrainingSpec]?: TrainingSpec[K] };
export type ParallelPart = { -readonly [K in keyof ParallelSpec]?: ParallelSpec[K] };

/** One file's contribution to a training setup. */
export interface FileRecognition {
  /** Undefined when no family recognized the file. */
  readonly family: Family | undefined;
  /** Model shapes the file states. */
  readonly model?: ModelSpec;
  /** A model the file names (resolved from the catalogue when no file states the shapes). */
  readonly modelRef?: Sourced<string>;
  /**
   * Shapes the file sets on the model it names (NeMo 2.0's recipe.model.config.num_layers = 2, Megatron-Bridge's
   * cfg.model.num_layers): each with the alias it sets (ModelAliases' names) and the fact that sets it.
   */
  readonly modelShape?: readonly ShapeOverride[];
  /**
   * The named model's language model alone: its vision (and audio) tower not built (MaxText without use_multimodal). The value
   * says where.
   */
  readonly languageOnly?: Sourced<boolean>;
  /**
   * The task class a script loads the named model as (`BertForSequenceClassification.from_pretrained(…, num_labels=4)`), and
   * the labels it gives: its head in place of the one the model's config names (recognize/hf.ts withTaskClass).
   */
  readonly taskClass?: { readonly cls: Sourced<string>; readonly labels?: Sourced<number> };
  /** The trainer builds its own output head beside the embedding, whatever the named model's config ties (picotron's Llama). */
  readonly untiedHead?: Sourced<boolean>;
  /**
   * The table in the run's own repository that defines the model it names (a lit_gpt fork's lit_gpt/config.py): the paths to look
   * for it at, from this file and the folders above it, and the flavor it is read for. Read before the catalogue.
   */
  readonly modelTable?: { readonly paths: readonly string[]; readonly flavor: string };
  /**
   * A data file that states the vocabulary (fairseq's dict.txt in the run's data directory): its path as written, relative to
   * this file, and the flavor prefix this file is read again with, its entry count after it, where the file is here.
   */
  readonly vocabFile?: { readonly path: string; readonly flavor: string };
  /** The trainer trains at the model's whole context (lit_gpt's scripts cut sequences of config.block_size): why. */
  readonly seqFromModel?: Message;
  /** What the finding that says so says, where not MaxText's use_multimodal (setup.languageOnly); its {name} is filled in. */
  readonly languageOnlyMessage?: Message;
  readonly training: TrainingPart;
  readonly parallel: ParallelPart;
  /** Other files this one points to (e.g. a DeepSpeed JSON), as written, relative to this file. */
  readonly references: readonly Sourced<string>[];
  /**
   * Of those, the files of this launch's own arguments (TrlParser's and HfArgumentParser's --config YAML, accelerate's
   * --config_file): the flags this file states override theirs.
   */
  readonly argumentFiles?: readonly Sourced<string>[];
  /**
   * A Python training script of the user's that this launch runs (`python train.py --lora_r 16 …`), as written: read where it is
   * found, with the launch's command line as its arguments; nothing is said where it is not (the launch stands alone).
   */
  readonly scripts?: readonly Sourced<string>[];
  /**
   * The config file that script is given (`train.py --config run.json`, `train.py run.yaml`): it joins the setup where a reader
   * takes it as a config that states or names a model (a trainer this version reads, picotron's JSON); otherwise it is the
   * script's own to read, and nothing is said of it, found or not.
   */
  readonly probes?: readonly Sourced<string>[];
  /**
   * Shell scripts this one sources (among its references): their variables expand in this one's launch, whose own flags come
   * after them, so this file's values win over theirs (setup.ts sourcersFirst).
   */
  readonly sources?: readonly Sourced<string>[];
  readonly findings: readonly Finding[];
}

/** One shape a file sets on a named model: the alias (decoder.ts ModelAliases) and the fact that sets it. */
export interface ShapeOverride {
  readonly alias: 'layers' | 'hidden' | 'heads' | 'kvHeads' | 'headDim' | 'ffnWidth' | 'vocab' | 'maxPositions' | 'experts' | 'topK' | 'expertWidth';
  readonly fact: Fact;
}

export interface RecognizeContext {
  readonly file: string;
  readonly facts: readonly Fact[];
}

/** Maps a sourced string through fn, keeping the fact as the source (the text the user edits); a boolean arrives as 'true' / 'false'. */
export function mapped<T>(s: Sourced<string> | Sourced<number> | Sourced<boolean> | undefined, fn: (v: string) => T | undefined): Sourced<T> | undefined {
  if (!s) return undefined;
  const v = fn(String(s.value));
  return v === undefined ? undefined : { value: v, source: s.source };
}

type PrecisionName = NonNullable<TrainingSpec['precision']>['value'];
/**
 * PyTorch FSDP's sharding strategy by its upper-case name (accelerate's FULL_SHARD …; TrainingArguments' lower-case words in
 * `--fsdp "full_shard auto_wrap"` upper-cased by the caller): the ZeRO stage it amounts to, and whether it is hybrid (sharded within each node, replicated across
 * nodes). FULL_SHARD and HYBRID_SHARD shard everything (3), SHARD_GRAD_OP and _HYBRID_SHARD_ZERO2 gradients and optimizer state
 * (2); NO_SHARD, or no strategy named, nothing.
 */
export function fsdpStrategy(text: string): { stage: 2 | 3; hybrid: boolean } | undefined {
  if (/HYBRID_SHARD_ZERO2/.test(text)) return { stage: 2, hybrid: true };
  if (/HYBRID_SHARD/.test(text)) return { stage: 3, hybrid: true };
  if (/FULL_SHARD/.test(text)) return { stage: 3, hybrid: false };
  if (/SHARD_GRAD_OP/.test(text)) return { stage: 2, hybrid: false };
  return undefined;
}

export function precisionOf(text: string): PrecisionName | undefined {
  const t = text.toLowerCase();
  // Low-precision recipes name their master precision too (Megatron-Bridge's bf16_with_fp8_current_scaling_mixed,
  // bf16_with_nvfp4_mixed): the GEMMs' precision is the one that decides the rate.
  if (/fp4|nvfp4|e2m1/.test(t)) return 'fp4';
  if (/fp8|float8|e4m3/.test(t)) return 'fp8';
  if (/bf16|bfloat16/.test(t)) return 'bf16';
  if (/fp16|float16|half|^16(-mixed|-true)?$|amp_fp16/.test(t)) return 'fp16';
  if (/tf32/.test(t)) return 'tf32';
  if (/fp32|float32|^32(-true)?$/.test(t)) return 'fp32';
  return undefined;
}

type Fp8RecipeName = NonNullable<TrainingSpec['fp8Recipe']>['value'];
/**
 * An FP8 recipe as the trainers name it: Megatron-LM's --fp8-recipe (delayed, tensorwise, blockwise, mxfp8), NeMo 2.0's and
 * Megatron-Bridge's precision recipes (bf16_with_fp8_current_scaling_mixed, bf16_with_fp8_subchannel_scaling_mixed,
 * bf16_with_mxfp8_mixed, bf16_with_fp8_delayed_scaling_mixed), torchao's recipe_name (tensorwise, rowwise, rowwise_with_gw_hp).
 */
export function fp8RecipeOf(text: string): Fp8RecipeName | undefined {
  const t = text.toLowerCase();
  if (/mxfp8/.test(t)) return 'mxfp8';
  if (/subchannel|blockwise/.test(t)) return 'blockwise';
  if (/rowwise/.test(t)) return 'rowwise';
  if (/current_scaling|tensorwise/.test(t)) return 'tensorwise';
  if (/delayed/.test(t)) return 'delayed';
  return undefined;
}

type OptimizerName = NonNullable<TrainingSpec['optimizer']>['value'];
export function optimizerOf(text: string): OptimizerName {
  const t = text.toLowerCase();
  // bitsandbytes has 32-bit (paged) Adam too: only a name that says 8 bits is the 8-bit optimizer.
  if (/8bit|8_bit|8-bit/.test(t) && /adam/.test(t)) return 'adam8bit';
  // (torchao's AdamW4bit: transformers' adamw_torch_4bit.)
  if (/4bit|4_bit|4-bit/.test(t) && /adam/.test(t)) return 'adam4bit';
  if (/adamw/.test(t)) return 'adamw';
  if (/lamb/.test(t)) return 'lamb';
  if (/adafactor/.test(t)) return 'adafactor';
  if (/lion/.test(t)) return 'lion';
  if (/shampoo/.test(t)) return 'shampoo';
  if (/soap/.test(t)) return 'soap';
  if (/muon/.test(t)) return 'muon';
  if (/adam/.test(t)) return 'adam';
  if (/sgd/.test(t)) return 'sgd';
  return 'other';
}

/** An optimizer named as bitsandbytes' paged one (paged_adamw_32bit, paged_adamw_8bit, bnb.optim.PagedAdamW): true, where it says so. */
export function pagedOf(s: Sourced<string> | undefined): Sourced<boolean> | undefined {
  return s && /paged/i.test(s.value) ? mapped(s, () => true) : undefined;
}

type RecomputeName = NonNullable<TrainingSpec['recompute']>['value'];
/** Megatron's --recompute-method / NeMo's activations_checkpoint_method. */
export function methodOf(text: string): 'uniform' | 'block' | undefined {
  const t = text.trim().toLowerCase();
  return t === 'uniform' || t === 'block' ? t : undefined;
}

export function recomputeOf(text: string): RecomputeName | undefined {
  const t = text.toLowerCase();
  if (t === 'full' || t === 'true' || t === 'uniform' || t === 'block') return 'full';
  if (t === 'selective' || t === 'op' || /minimal|save_|offload|selective/.test(t)) return 'selective';
  if (t === 'none' || t === 'false' || t === 'null' || t === '' || t === 'disabled') return 'none';
  return undefined;
}

/**
 * The arithmetic resolvers NeMo's scripts and NeMo-Megatron-Launcher register with OmegaConf (`multiply`, `divide_ceil`,
 * `divide_floor`; `${multiply:4, ${.hidden_size}}` in NeMo's GPT configs): their operation on two numbers.
 */
const RESOLVERS: Readonly<Record<string, (a: number, b: number) => number | undefined>> = {
  multiply: (a, b) => a * b,
  divide_ceil: (a, b) => (b !== 0 ? Math.ceil(a / b) : undefined),
  divide_floor: (a, b) => (b !== 0 ? Math.floor(a / b) : undefined),
};

/** A resolver call's arguments, split at the commas outside nested `${…}`. */
function resolverArgs(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
      continue;
    }
    if (ch === '{') depth++;
    if (ch === '}') depth--;
    cur += ch;
  }
  out.push(cur.trim());
  return out;
}

/**
 * OmegaConf / Hydra interpolation (NeMo, OLMo): a value that is exactly `${a.b}` (absolute) or
 * `${.x}` / `${..x}` (relative) takes the target's value and range (where an edit goes); an arithmetic resolver
 * (`${multiply:4, ${.hidden_size}}`, RESOLVERS) over numbers and such interpolations takes its result, at the key's own range.
 * Other resolvers and interpolations inside longer strings are unknown (null).
 */
export function resolveInterpolations(facts: readonly Fact[]): Fact[] {
  const byPath = new Map<string, Fact>();
  for (const f of facts) byPath.set(f.path.join('.'), f);
  /** The fact a value that is exactly `${a.b}` or `${.x}` / `${..x}` names, read at `path`; undefined where it is no such value or names none. */
  const referenced = (text: string, path: readonly (string | number)[]): Fact | undefined => {
    const m = /^\$\{(\.*)([\w.-]+)\}$/.exec(text);
    if (!m) return undefined;
    const dots = m[1]!.length;
    const base = dots === 0 ? [] : path.slice(0, Math.max(0, path.length - dots)).map(String);
    return byPath.get([...base, m[2]!].join('.'));
  };
  /** The number an argument stands for at `path`: a literal, or an interpolation that ends in one (undefined otherwise). */
  const number = (text: string, path: readonly (string | number)[], depth: number): number | undefined => {
    if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
    if (depth > 10) return undefined;
    const call = /^\$\{(\w+):(.*)\}$/s.exec(text);
    if (call) {
      const op = RESOLVERS[call[1]!];
      const args = resolverArgs(call[2]!).map((a) => number(a, path, depth + 1));
      return op && args.length === 2 && args.every((a): a is number => a !== undefined) ? op(args[0]!, args[1]!) : undefined;
    }
    const target = referenced(text, path);
    if (typeof target?.value === 'number') return target.value;
    return typeof target?.value === 'string' ? number(target.value, target.path, depth + 1) : undefined;
  };
  const out: Fact[] = [];
  for (const f of facts) {
    let cur = f;
    const call = typeof f.value === 'string' ? /^\$\{(\w+):/.exec(f.value) : null;
    if (call && RESOLVERS[call[1]!]) {
      const v = number(f.value as string, f.path, 0);
      out.push({ ...f, value: v !== undefined && Number.isFinite(v) ? v : null });
      continue;
    }
    for (let hop = 0; hop < 10 && typeof cur.value === 'string' && cur.value.includes('${'); hop++) {
      const target = referenced(cur.value, cur.path);
      if (!target) {
        cur = { ...cur, value: null };
        break;
      }
      cur = { ...f, value: target.value, valueRange: target.valueRange, path: f.path, file: target.file };
      if (target.value === f.value) break;
    }
    out.push(cur);
  }
  return out;
}

export function emptyRecognition(family: Family | undefined, findings: Finding[] = []): FileRecognition {
  return { family, training: {}, parallel: {}, references: [], findings };
}

/** A key the file leaves out, at its config class's default: "{key} not set: {cls} default {shown}". */
export function classDefault<T>(value: T, key: string, cls: string, shown = String(value)): Sourced<T> {
  return derived(value, { id: 'prov.classDefault', args: { key, cls, value: shown } });
}

/** The Trainer's max_steps under a key: -1 is its "unset" (the epochs decide), not a value to refuse. */
export function trainerMaxSteps(r: FactReader, key: string): Sourced<number> | undefined {
  return r.present(key)?.value === -1 ? undefined : r.int([key]);
}

/** A value a config may write once or once per layer (Hunyuan's num_experts, moe_topk, num_shared_expert): a list must repeat one value. */
export function samePerLayer(r: FactReader, key: string, fallback: number, cls: string): Sourced<number> | { error: Message; at?: Sourced<unknown> } {
  const f = r.present(key);
  if (!f) return classDefault(fallback, key, cls);
  if (!Array.isArray(f.value)) {
    const v = r.int([key], { min: 0 });
    return v ?? { error: { id: 'recognize.badList', args: { key } }, at: fromFact(0, f) };
  }
  const values = f.value;
  const at = fromFact(values, f);
  if (values.length === 0 || !values.every((x) => typeof x === 'number' && Number.isInteger(x) && x >= 0))
    return { error: { id: 'recognize.badList', args: { key } }, at };
  const first = values[0] as number;
  if (values.some((x) => x !== first)) return { error: { id: 'recognize.perLayerVaries', args: { key } }, at };
  return derived(first, { id: 'prov.samePerLayer', args: { key } }, at);
}

/** Fills a part object, dropping undefined fields (so merging sees only what files set). */
export function defined<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as T;
}

export { buildModel, FactReader, type ModelAliases, type Traits };

/** Of values read for one setting, the first a file states, else `fallback`: where a setting made of several keys is said to be. */
export function firstStated<T>(values: readonly (Sourced<T> | undefined)[], fallback: Sourced<T>): Sourced<T> {
  return values.find((x): x is Sourced<T> => x !== undefined && x.source.kind === 'fact') ?? fallback;
}

/**
 * Megatron-Core's recompute module names (--recompute-modules, a recipe's recompute_modules), each at the fact it was read
 * from: the ones Megatron-Core has, in the order written; any other is a warning there, and left out.
 */
export function recomputeModulesOf(named: readonly { readonly name: string; readonly at: Fact }[], findings: Finding[]): RecomputeModule[] {
  const modules: RecomputeModule[] = [];
  for (const { name, at } of named) {
    const known = recomputeModuleSchema.safeParse(name);
    if (known.success) modules.push(known.data);
    else {
      const args = { value: name, known: recomputeModuleSchema.options.join(', ') };
      findings.push(finding('value-type', 'warning', { id: 'megatron.recomputeModule', args }, { file: at.file, range: at.valueRange }));
    }
  }
  return modules;
}

/**
 * A recognition read from facts made up at one place of the file (a benchmark recipe's keys at the --model_name that names it,
 * a built-in config's at its --config): every value that came from that place is said as `said` gives it for its key, whatever
 * derivation it went through.
 */
export function attributedTo(rec: FileRecognition, at: Fact, said: (key: string) => Provenance): FileRecognition {
  const via = (p: Provenance): Provenance =>
    p.kind === 'fact' && p.file === at.file && p.range.start === at.valueRange.start && p.range.end === at.valueRange.end && p.path[0] !== at.path[0]
      ? said(p.path.join('.'))
      : p.kind === 'derived'
        ? { ...p, from: p.from.map(via) }
        : p;
  return mapSourced(rec, [], (s) => ({ ...s, source: via(s.source) })) as FileRecognition;
}
