/**
 * A user's own training config for a Hugging Face / TRL / PEFT script (YAML or JSON, in no framework's layout): the model it
 * names under a common key (`model.name`, `model_name`, `base_model`, …), its LoRA section (`lora`, `lora_config`, `peft`: `r`,
 * `lora_alpha`, `target_modules`, `enabled`) and its training section (`training`, `training_args`, `training_config`: the
 * Trainer's own keys), read as the launch flags they become in such a script, with a note naming the keys read.
 */
import type { Fact, Finding, Message, Sourced } from '../types';
import { derived, finding, fromFact } from '../types';
import { defined, type FileRecognition, type RecognizeContext } from './common';
import { recognizeLauncher } from './launcher';
import { findModel } from './catalogue/models';
import { unslothSplits } from './pyscript';
import type { FactReader } from './reader';
import { MIXER_TARGETS } from '../spec';

const MODEL_KEYS = [
  'model.name',
  'model.model_name',
  'model.model_name_or_path',
  'model.name_or_path',
  'model.model_id',
  'model.id',
  'model.base_model',
  'model.base_id',
  // (A Hydra app's model group holding the id under its own key: `model: {model: meta-llama/Llama-3.2-1B-Instruct}`.)
  'model.model',
  'model_name',
  'model_name_or_path',
  'model_id',
  'base_model',
  'pretrained_model_name_or_path',
  // (The Hugging Face course's name for it: `model_checkpoint = "distilbert-base-uncased"`.)
  'model_checkpoint',
  // (Inside the training section itself: `train: {model_name: unsloth/gemma-4-26B-A4B-it, lora_rank: 64, …}`.)
  'train.model_name',
  'train.model_name_or_path',
  'training.model_name',
  'training.model_name_or_path',
  // (A flat file's bare `"model": "Qwen/Qwen3.5-9B"`: a Hugging Face id or a name the catalogue knows, as the others.)
  'model',
];
const LORA_SECTIONS = ['lora', 'lora_config', 'qlora', 'qlora_config', 'lora_args', 'peft', 'peft_config', 'peft_args', 'adapter', 'adapter_config'];
/** A quantization section (`quantization.load_in_4bit`, `bnb.load_in_4bit`): the bitsandbytes config its script loads with. */
const QUANT_SECTIONS = ['quantization', 'quantization_config', 'quant', 'bnb', 'bnb_config', 'bitsandbytes'];
const QUANT_KEYS: Readonly<Record<string, string>> = {
  load_in_4bit: '--load_in_4bit',
  use_4bit: '--load_in_4bit',
  load_in_8bit: '--load_in_8bit',
  use_8bit: '--load_in_8bit',
  bnb_4bit_use_double_quant: '--use_bnb_nested_quant',
  use_double_quant: '--use_bnb_nested_quant',
};
const TRAINING_SECTIONS = ['training', 'training_args', 'training_arguments', 'training_config', 'trainer', 'train', 'sft', 'sft_config'];
/** The model section's keys a script passes on (its loader's and the trainer's). */
const MODEL_SECTION_KEYS: Readonly<Record<string, string>> = {
  max_seq_length: '--max_seq_length',
  max_length: '--max_length',
  torch_dtype: '--torch_dtype',
  dtype: '--torch_dtype',
  load_in_4bit: '--load_in_4bit',
  load_in_8bit: '--load_in_8bit',
  use_4bit: '--load_in_4bit',
  use_8bit: '--load_in_8bit',
  bnb_4bit_use_double_quant: '--use_bnb_nested_quant',
};
const LORA_KEYS: Readonly<Record<string, string>> = {
  r: '--lora_r',
  rank: '--lora_r',
  lora_r: '--lora_r',
  lora_alpha: '--lora_alpha',
  alpha: '--lora_alpha',
  lora_dropout: '--lora_dropout',
  dropout: '--lora_dropout',
  target_modules: '--lora_target_modules',
  use_dora: '--use_dora',
  // (LoraConfig's modules_to_save: whole modules trained beside the adapter.)
  modules_to_save: '--lora_modules_to_save',
};

/** A training section's common names for the Trainer's keys (a script passes them on under the Trainer's). */
const TRAINING_ALIASES: Readonly<Record<string, string>> = {
  batch_size: 'per_device_train_batch_size',
  per_device_batch_size: 'per_device_train_batch_size',
  micro_batch_size: 'per_device_train_batch_size',
  train_batch_size_per_device: 'per_device_train_batch_size',
  accumulation_steps: 'gradient_accumulation_steps',
  grad_accum: 'gradient_accumulation_steps',
  grad_accum_steps: 'gradient_accumulation_steps',
  gradient_accumulation: 'gradient_accumulation_steps',
  epochs: 'num_train_epochs',
  num_epochs: 'num_train_epochs',
  max_seq_len: 'max_seq_length',
  seq_len: 'max_seq_length',
};

/** A data section's names for the length its script truncates or packs samples to (the Trainer's --max_seq_length). */
const DATA_SECTIONS = ['data', 'dataset', 'datasets', 'data_args', 'data_config'];
const DATA_LENGTH_KEYS = ['max_seq_length', 'max_length', 'max_seq_len', 'seq_len', 'seq_length', 'cutoff_len', 'block_size', 'max_len'];

const HF_ID = /^[\w.-]+\/[\w.-]+$/;

/**
 * The global batch as such configs name it (the sequences of one optimizer step, all GPUs together: "per_device * grad_accum *
 * world_size"), in a training section.
 */
const GLOBAL_BATCH_KEYS = ['effective_batch_size', 'global_batch_size', 'total_batch_size', 'global_train_batch_size'];
/** A job section a script turns into its Slurm job (`slurm.gpus_per_node`, `slurm.num_nodes`): the cluster it asks for. */
const JOB_SECTIONS = ['slurm', 'cluster', 'resources', 'distributed', 'launcher'];
const JOB_NODES = ['num_nodes', 'nodes', 'nnodes'];
const JOB_GPUS = ['gpus_per_node', 'num_gpus_per_node', 'n_gpus_per_node', 'nproc_per_node'];
/** The DeepSpeed config a script passes on (`deepspeed.config_path`, `deepspeed.config`, a top-level `deepspeed_config`). */
const DEEPSPEED_PATHS = ['deepspeed.config_path', 'deepspeed.config', 'deepspeed.config_file', 'deepspeed_config', 'deepspeed_config_path'];

/** A Hugging Face id, or at the top level of a flat file a name the catalogue knows (`model_name = "Qwen3.5-9B"`). */
function modelFact(r: FactReader): Fact | undefined {
  for (const k of MODEL_KEYS) {
    const f = r.present(k);
    if (f && typeof f.value === 'string' && (HF_ID.test(f.value) || (f.path.length === 1 && findModel(f.value) !== undefined))) return f;
  }
  return undefined;
}

/**
 * A flat file's own keys (no sections: `model_name`, `lora_r`, `target_modules`, `batch_size`, … side by side) that a script
 * passes on as PEFT's and the Trainer's: the LoRA ones, and the Trainer's with their common names.
 */
const FLAT_LORA = new Set(['lora_r', 'lora_rank', 'lora_alpha', 'lora_dropout', 'target_modules', 'lora_target_modules', 'use_dora']);
const FLAT_TRAINING = new Set([
  ...Object.keys(TRAINING_ALIASES),
  'per_device_train_batch_size',
  'gradient_accumulation_steps',
  'num_train_epochs',
  'max_steps',
  'learning_rate',
  'gradient_checkpointing',
  'bf16',
  'fp16',
  'max_seq_length',
  'optim',
]);

/** Keys that choose one of a file's presets (`model_preset: "4B"` over `presets: {4B: {model_name: …}, 31B: …}`). */
const PRESET_KEYS = ['model_preset', 'preset', 'model_variant', 'variant', 'model_size'];
const PRESET_SECTIONS = ['presets', 'models', 'model_presets', 'variants', 'configs'];

/**
 * A file of presets, one chosen by a key of its own: the chosen preset's keys lifted to the top level, beside the file's other
 * sections (their facts keep their places in the file); undefined where the file has no such choice.
 */
export function liftPreset(facts: readonly Fact[]): { facts: Fact[]; chosen: Fact } | undefined {
  const chosen = facts.find(
    (f) => f.path.length === 1 && PRESET_KEYS.includes(String(f.path[0])) && (typeof f.value === 'string' || typeof f.value === 'number'),
  );
  if (!chosen) return undefined;
  for (const section of PRESET_SECTIONS) {
    const inner = facts.filter((f) => f.path[0] === section && String(f.path[1]) === String(chosen.value) && f.path.length >= 3);
    if (!inner.length) continue;
    return {
      facts: [...inner.map((f) => ({ ...f, path: f.path.slice(2) })), ...facts.filter((f) => f.path[0] !== section && f !== chosen)],
      chosen,
    };
  }
  return undefined;
}

/** A flat file: its model named at the top level beside LoRA keys or at least two of the Trainer's. */
function isFlat(r: FactReader): boolean {
  const model = modelFact(r);
  if (!model || model.path.length !== 1) return false;
  const top = r.facts.filter((f) => f.path.length === 1).map((f) => String(f.path[0]));
  return top.some((k) => FLAT_LORA.has(k)) || top.filter((k) => FLAT_TRAINING.has(k)).length >= 2;
}

/** Keys that name the file of a project's model settings (`model_config: configs/model/gemma4_e4b.yaml`), read with it. */
const MODEL_CONFIG_KEYS = ['model_config', 'model_config_path', 'model_config_file', 'model_yaml'];

/** A LoRA or a training section among the facts. */
function hasSettingsSection(facts: readonly Fact[]): boolean {
  return facts.some((f) => typeof f.path[0] === 'string' && (LORA_SECTIONS.includes(f.path[0]) || TRAINING_SECTIONS.includes(f.path[0])));
}

/** The model settings file a config names, where it names one (a YAML or JSON path). */
function modelConfigRef(r: FactReader): Fact | undefined {
  const f = r.present(...MODEL_CONFIG_KEYS);
  return f && typeof f.value === 'string' && /\.(ya?ml|json)$/i.test(f.value) ? f : undefined;
}

/**
 * A named model with a LoRA, training or quantization section beside it, or a flat file of such keys; or a LoRA or training
 * section beside the model settings file it names.
 */
export function isUserConfig(r: FactReader): boolean {
  const sections = hasSettingsSection(r.facts);
  const quantized = r.facts.some((f) => typeof f.path[0] === 'string' && QUANT_SECTIONS.includes(f.path[0]) && f.path.length >= 2);
  return modelFact(r) !== undefined ? sections || quantized || isFlat(r) : sections && modelConfigRef(r) !== undefined;
}

export function recognizeUserConfig(ctx: RecognizeContext, r: FactReader): FileRecognition {
  const model = modelFact(r);
  // (No model of its own: the model settings file it names, joined with it, has it.)
  const ref = model ? undefined : modelConfigRef(r)!;
  const flags: Fact[] = model ? [{ ...model, path: ['--model_name_or_path'] }] : [];
  const read: string[] = [(model ?? ref)!.path.join('.')];
  const notes: Finding[] = [];
  const section = (name: string) => ctx.facts.filter((f) => f.path[0] === name && f.path.length >= 2);
  // The loader's keys in the model's section, or beside a top-level model name (Unsloth's `max_seq_length`, `load_in_4bit`).
  const inModel = String(model?.path[0]) === 'model';
  const modelSection = inModel ? section('model').map((f) => ({ ...f, path: f.path.slice(1) })) : ctx.facts;
  // (A file of the model's settings alone, no training or LoRA section beside them: its max_seq_length is the model's, not a
  // training length; the training config that names it says that.)
  const modelOnly = inModel && !hasSettingsSection(ctx.facts);
  for (const f of modelSection) {
    const k = MODEL_SECTION_KEYS[String(f.path[0])];
    if (modelOnly && (k === '--max_seq_length' || k === '--max_length')) continue;
    if (k && f.path.length === 1) {
      flags.push({ ...f, path: [k] });
      read.push(inModel ? `model.${String(f.path[0])}` : String(f.path[0]));
    }
    // (A model section that names the modules its adapters go on, as a Hydra app's model group does: a LoRA section's own
    // target_modules, read after it, wins.)
    if (inModel && f.path.length === 1 && f.path[0] === 'target_modules') {
      flags.push({ ...f, path: ['--lora_target_modules'] });
      read.push('model.target_modules');
    }
  }
  for (const name of TRAINING_SECTIONS)
    for (const f of section(name)) {
      if (f.path.length !== 2 && !(f.path.length === 3 && typeof f.path[2] === 'number')) continue;
      const key = TRAINING_ALIASES[String(f.path[1])] ?? String(f.path[1]);
      flags.push({ ...f, path: [`--${key}`, ...f.path.slice(2)] });
      read.push(`${name}.*`);
    }
  for (const name of DATA_SECTIONS)
    for (const f of section(name))
      if (f.path.length === 2 && DATA_LENGTH_KEYS.includes(String(f.path[1])) && typeof f.value === 'number') {
        flags.push({ ...f, path: ['--max_seq_length'] });
        read.push(f.path.join('.'));
      }
  // Tinker's LoRA training client (create_lora_training_client(base_model, rank, train_mlp, train_attn, train_unembed)), as a run's
  // config records it: LoRA of `rank` on the attention's linears (a hybrid's mixer's too), the MLP's and the unembedding, as its
  // switches say; its batch_size the sequences of one optimizer step, split by the service.
  const tinker = tinkerOf(ctx.facts);
  if (tinker) {
    flags.push({ ...tinker.rank, path: ['--use_peft'], value: true }, { ...tinker.rank, path: ['--lora_r'] });
    flags.push({ ...tinker.switches[0]!, path: ['--lora_target_modules'], value: tinker.modules.join(',') });
    read.push(tinker.rank.path.join('.'), ...tinker.switches.map((f) => f.path.join('.')));
    notes.push(
      finding(
        'assumed',
        'info',
        { id: 'userConfig.tinker', args: { rank: Number(tinker.rank.value), parts: tinker.parts.join(', ') } },
        { file: ctx.file, range: tinker.rank.keyRange },
      ),
    );
  }
  // A flat file: its top-level LoRA and Trainer keys, as the sections' (the model's loader keys are read above).
  let flatOffload: Fact | undefined;
  if (isFlat(r)) {
    const top = ctx.facts.filter(
      (f) => (f.path.length === 1 || (f.path.length === 2 && typeof f.path[1] === 'number')) && f !== model && !(tinker && TINKER_KEYS.has(String(f.path[0]))),
    );
    // (A bare `rank: 16` beside them is the adapter's.)
    const lora = top.filter((f) => FLAT_LORA.has(String(f.path[0])) || (f.path[0] === 'rank' && top.some((g) => FLAT_LORA.has(String(g.path[0])))));
    if (lora.length) {
      flags.push({ ...lora[0]!, path: ['--use_peft'], value: true });
      for (const f of lora) flags.push({ ...f, path: [LORA_KEYS[String(f.path[0])] ?? `--${String(f.path[0])}`, ...f.path.slice(1)] });
      read.push(...new Set(lora.map((f) => String(f.path[0]))));
    }
    for (const f of top.filter((x) => FLAT_TRAINING.has(String(x.path[0])) && !MODEL_SECTION_KEYS[String(x.path[0])])) {
      const k = String(f.path[0]);
      flags.push({ ...f, path: [`--${TRAINING_ALIASES[k] ?? k}`, ...f.path.slice(1)] });
      read.push(k);
    }
    // (Unsloth's get_peft_model keyword beside them, `use_gradient_checkpointing = "unsloth"`: as in its LoRA section, below.)
    const unsloth = top.find((f) => f.path.length === 1 && f.path[0] === 'use_gradient_checkpointing' && (f.value === true || f.value === 'unsloth'));
    if (unsloth && !top.some((f) => f.path[0] === 'gradient_checkpointing')) {
      flags.push({ ...unsloth, path: ['--gradient_checkpointing'], value: true });
      read.push('use_gradient_checkpointing');
      if (unsloth.value === 'unsloth') flatOffload = unsloth;
    }
  }
  for (const name of QUANT_SECTIONS)
    for (const f of section(name)) {
      const k = f.path.length === 2 ? QUANT_KEYS[String(f.path[1])] : undefined;
      if (k) {
        flags.push({ ...f, path: [k] });
        read.push(f.path.join('.'));
      }
    }
  let offload: Fact | undefined = flatOffload;
  for (const name of LORA_SECTIONS) {
    const own = section(name);
    if (!own.length) continue;
    const enabled = own.find((f) => f.path[1] === 'enabled' || f.path[1] === 'use_lora' || f.path[1] === 'enable');
    if (enabled && enabled.value === false) continue;
    flags.push({ ...(enabled ?? own[0]!), path: ['--use_peft'], value: true });
    // A kind of adapter the script builds its own way (`lora_type: moelora`: several LoRA experts and a gate per module): its
    // rank and targets are read as one LoRA's, and that is said.
    const kind = own.find((f) => f.path.length === 2 && ['lora_type', 'adapter_type', 'peft_type', 'type', 'method'].includes(String(f.path[1])));
    if (kind && typeof kind.value === 'string' && !/^(q?lora|dora|lora_?plus)$/i.test(kind.value))
      notes.push(
        finding(
          'assumed',
          'warning',
          { id: 'userConfig.adapterKind', args: { key: kind.path.join('.'), value: kind.value } },
          { file: ctx.file, range: kind.valueRange },
        ),
      );
    for (const f of own) {
      const k = LORA_KEYS[String(f.path[1])];
      if (k) flags.push({ ...f, path: [k, ...f.path.slice(2)] });
      // Unsloth's get_peft_model(use_gradient_checkpointing=True | "unsloth"), as its script passes the section: checkpointing,
      // and with "unsloth" the saved activations moved to the host.
      if (f.path.length === 2 && f.path[1] === 'use_gradient_checkpointing' && (f.value === true || f.value === 'unsloth')) {
        flags.push({ ...f, path: ['--gradient_checkpointing'], value: true });
        if (f.value === 'unsloth') offload = f;
      }
    }
    read.push(`${name}.*`);
  }
  const rec = recognizeLauncher({ file: ctx.file, facts: flags }, 'hf');
  if (offload) rec.training.activationOffload = fromFact(true, offload);
  // (Unsloth's "unsloth" checkpointing says Unsloth loads the model: Phi-4 as its own copy, fused linears split.)
  if (offload && rec.training.adapter && rec.modelRef && unslothSplits(rec.modelRef.value))
    rec.training.adapter = { ...rec.training.adapter, ownLinears: derived(true, { id: 'prov.unslothPhi4' }, fromFact(true, offload)) };
  const before = r.findings.length;
  // (A Tinker run's batch_size is its global batch.)
  const extra = jobOf(r, read, tinker ? ['batch_size'] : []);
  const note = finding(
    'guessed-mapping',
    'info',
    { id: 'userConfig.read', args: { keys: [...new Set(read)].join(', ') } },
    { file: (model ?? ref)!.file, range: (model ?? ref)!.keyRange },
  );
  return {
    ...rec,
    training: { ...rec.training, ...extra.training },
    parallel: { ...extra.parallel, ...rec.parallel },
    references: [...rec.references, ...extra.references, ...(ref ? [fromFact(String(ref.value), ref)] : [])],
    findings: [...rec.findings, ...r.findings.slice(before), ...notes, note],
  };
}

/**
 * What such a config says beside the Trainer's keys: the global batch it names, the GPUs its job section asks for (a Slurm block
 * the script submits with), and the DeepSpeed config it passes on (unless `accelerate.use_deepspeed` / `deepspeed.enabled` says
 * false). Each keyed where it is written; a DeepSpeed config that is not there is said by the setup (setup.referenceMissing).
 */
function jobOf(r: FactReader, read: string[], globalKeys: readonly string[] = []): Pick<FileRecognition, 'training' | 'parallel' | 'references'> {
  const first = (keys: readonly string[]) => {
    for (const k of keys) {
      const f = r.present(k);
      if (f) return f;
    }
    return undefined;
  };
  const positive = (f: Fact | undefined): Sourced<number> | undefined =>
    f && typeof f.value === 'number' && Number.isInteger(f.value) && f.value >= 1 && f.value <= 1e7 ? fromFact(f.value, f) : undefined;
  const global = positive(first([...TRAINING_SECTIONS.flatMap((s) => GLOBAL_BATCH_KEYS.map((k) => `${s}.${k}`)), ...globalKeys]));
  const nodes = positive(first(JOB_SECTIONS.flatMap((s) => JOB_NODES.map((k) => `${s}.${k}`))));
  const perNode = positive(first(JOB_SECTIONS.flatMap((s) => JOB_GPUS.map((k) => `${s}.${k}`))));
  for (const s of [nodes, perNode]) if (s?.source.kind === 'fact') read.push(s.source.path.join('.'));
  const worldSize = nodes && perNode ? derived(nodes.value * perNode.value, { id: 'prov.worldSize' }, nodes, perNode) : undefined;
  const off = [r.present('accelerate.use_deepspeed'), r.present('deepspeed.enabled'), r.present('deepspeed.enable')].some((f) => f?.value === false);
  const ds = off ? undefined : r.str(DEEPSPEED_PATHS);
  if (ds?.source.kind === 'fact') read.push(ds.source.path.join('.'));
  return {
    training: defined({ globalBatch: global }),
    parallel: defined({ nodes, gpusPerNode: perNode, worldSize }),
    references: ds ? [ds] : [],
  };
}

/** Tinker's switches of a LoRA's parts, with the module names each covers (a hybrid's mixer linears with the attention's). */
const TINKER_PARTS: Readonly<Record<string, readonly string[]>> = {
  train_attn: ['q_proj', 'k_proj', 'v_proj', 'o_proj', ...MIXER_TARGETS],
  train_mlp: ['gate_proj', 'up_proj', 'down_proj'],
  train_unembed: ['lm_head'],
};
/** What a Tinker run's config holds besides the Trainer's keys (`batch_size`, its global batch, is read by jobOf). */
const TINKER_KEYS = new Set([...Object.keys(TINKER_PARTS), 'rank', 'lora_rank', 'batch_size']);

/** A Tinker run's LoRA: its rank and the parts its switches turn on (each true one), or undefined where the file is no such run. */
function tinkerOf(facts: readonly Fact[]): { rank: Fact; switches: Fact[]; modules: string[]; parts: string[] } | undefined {
  const top = (k: string) => facts.find((f) => f.path.length === 1 && f.path[0] === k);
  const switches = Object.keys(TINKER_PARTS)
    .map(top)
    .filter((f): f is Fact => typeof f?.value === 'boolean');
  const rank = top('rank') ?? top('lora_rank');
  if (!switches.length || !rank || typeof rank.value !== 'number') return undefined;
  // (Tinker's switches default to true: one left out of the record trains its part.)
  const on = Object.keys(TINKER_PARTS).filter((k) => switches.find((f) => f.path[0] === k)?.value !== false);
  return { rank, switches, modules: on.flatMap((k) => TINKER_PARTS[k]!), parts: on.map((k) => k.replace(/^train_/, '')) };
}

/** Sections of labels for a run's tracking, not settings a script loads (`tags.model`, `metadata.model`). */
const LABEL_SECTIONS = ['tags', 'labels', 'metadata', 'meta', 'wandb', 'mlflow', 'logging', 'tracking'];

/** The Trainer's keys and LoRA's that make a section a script's training settings. */
const SETTINGS_KEYS = [
  'per_device_train_batch_size',
  'gradient_accumulation_steps',
  'learning_rate',
  'num_train_epochs',
  'max_steps',
  'batch_size',
  'r',
  'lora_r',
  'lora_alpha',
  'target_modules',
];

/**
 * A file of training settings that names no model (a training section, a LoRA section, and no model under the keys
 * recognizeUserConfig reads): refused, with the reason, and the label it has where a key named `model` holds one
 * (`tags.model: nemotron-3-nano-30b`). Undefined when the file is not such a one.
 */
export function settingsWithoutModel(ctx: RecognizeContext, r: FactReader): FileRecognition | undefined {
  // (A model named some other way, a local path under a model key, is not "no model".)
  if (MODEL_KEYS.some((k) => typeof r.fact(k)?.value === 'string')) return undefined;
  const sections = [...TRAINING_SECTIONS, ...LORA_SECTIONS].filter((name) =>
    ctx.facts.some((f) => f.path[0] === name && f.path.length >= 2 && SETTINGS_KEYS.includes(String(f.path[1]))),
  );
  // (Or the keys at the file's top level, two of them at least: a Python module of a script's constants, lora_r = 64 and
  // per_device_train_batch_size = 16 side by side.)
  // (Not where a top-level key of the file names a model another way, `"model": "Qwen/Qwen3.5-9B"`, `model_path`.)
  const named = ctx.facts.some((f) => f.path.length === 1 && /model/i.test(String(f.path[0])) && typeof f.value === 'string' && f.value !== '');
  const flat = named ? [] : SETTINGS_KEYS.filter((k) => ctx.facts.some((f) => f.path.length === 1 && f.path[0] === k));
  if (!sections.length && flat.length < 2) return undefined;
  const at = sections.length
    ? ctx.facts.find((f) => f.path[0] === sections[0])
    : ctx.facts.find((f) => f.path.length === 1 && flat.includes(String(f.path[0])));
  const keys = sections.length ? sections.map((s) => `${s}.*`).join(', ') : flat.join(', ');
  const label = ctx.facts.find(
    (f) =>
      f.path.length >= 2 &&
      f.path[f.path.length - 1] === 'model' &&
      LABEL_SECTIONS.includes(String(f.path[f.path.length - 2])) &&
      typeof f.value === 'string' &&
      f.value !== '',
  );
  const message: Message = label
    ? { id: 'userConfig.noModelTagged', args: { keys, key: label.path.join('.'), value: String(label.value) } }
    : { id: 'userConfig.noModel', args: { keys } };
  const where = { file: ctx.file, range: label ? label.valueRange : at ? at.keyRange : { start: 0, end: 0 } };
  return { family: undefined, training: {}, parallel: {}, references: [], findings: [finding('unsupported', 'error', message, where)] };
}
