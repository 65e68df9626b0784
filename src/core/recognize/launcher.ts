/**
 * Fine-tuning launch lines of the Hugging Face Trainer family: `python train.py`, `torchrun`,
 * `deepspeed` and `accelerate launch` running TRL (`trl sft`, trl/scripts/sft.py), ms-swift
 * (`swift sft`) or OpenRLHF (`openrlhf.cli.train_sft`). The flags are TrainingArguments' and each
 * library's own: the model (`--model_name_or_path`, swift `--model`, OpenRLHF `--pretrain`), the
 * batch, the length, precision, gradient checkpointing, the adapter and its quantized base, ZeRO,
 * and the files they name (`--deepspeed ds.json`, `accelerate launch --config_file x.yaml`).
 *
 * Defaults where a flag is absent, from each library's argument classes: TRL's ModelConfig
 * (lora_r 16, lora_alpha 32, PEFT's per-architecture targets q_proj and v_proj) and SFTConfig
 * (max_length 1024, gradient checkpointing on), ms-swift's
 * (lora_rank 8, lora_alpha 32, target_modules all-linear, gradient checkpointing on), OpenRLHF's
 * (lora_alpha 16, target_modules all-linear).
 */
import type { Fact, Sourced } from '../types';
import { assumed, derived, finding, fromFact } from '../types';
import { adapterOf, as, expertParamsOf, MCORE_LINEARS, namesOf, rolesOf, savedOf } from './adapter';
import {
  classDefault,
  defined,
  FactReader,
  firstStated,
  fsdpStrategy,
  mapped,
  optimizerOf,
  pagedOf,
  precisionOf,
  type FileRecognition,
  type RecognizeContext,
  type ShapeOverride,
  type TrainingPart,
  trainerMaxSteps,
} from './common';
import { hfTrainerDefaults, type Trainer } from './trainer';
import { launchCounts } from './launch';
import { keyName } from './reader';
import { ktoOf, preferenceOf, unmodelledStage } from './preference';
import { findModel } from './catalogue/models';
import { where } from './decoder';

/** The model flags of users' own training scripts (besides alpaca-lora's --base_model): they name the model and mark a launch. */
const OWN_MODEL_FLAGS = [
  '--model_id',
  '--model_key',
  '--model_path_to_load',
  '--pretrained_model_name_or_path',
  '--model-name',
  '--model_path',
  '--model-path',
  '--model_checkpoint',
  // Knowledge distillation of their own: the student is the model trained (the teacher only runs forward, said).
  '--student_model',
  '--student_model_name_or_path',
  '--student_model_path',
];

/**
 * Whether a launch names its model by a flag of the Hugging Face scripts' or of users' own (`--model_name_or_path`, `--model-path`):
 * a script of its own that also takes a `--micro-batch-size` (Megatron's name) is not Megatron's for that.
 */
export function namesModelByFlag(r: FactReader): boolean {
  return ['--model_name_or_path', '--base_model', ...OWN_MODEL_FLAGS].some(
    (k) => typeof r.fact(k)?.value === 'string' || typeof r.fact(dashed(k))?.value === 'string',
  );
}

/** Flags that mark a launch of the Hugging Face Trainer family (and not Megatron-LM). */
export const LAUNCHER_FLAGS = [
  '--model_name_or_path',
  '--per_device_train_batch_size',
  '--use_peft',
  '--train_type',
  '--tuner_type',
  '--pretrain',
  '--micro_train_batch_size',
  // Users' own training scripts name the model their own way (alpaca-lora's --base_model, --model_id, --model_path_to_load).
  '--base_model',
  ...OWN_MODEL_FLAGS,
];

/**
 * OpenRLHF's grouped flags (its 2026 CLI: `--actor.model_name_or_path`, `--train.batch_size`, `--ds.zero_stage`, `--fsdp.*` for
 * its FSDP2 backend, …) as the flat ones they replaced (`--pretrain`, `--train_batch_size`, `--zero_stage`, `--backend fsdp2`),
 * beside them, where an openrlhf.cli trainer is run.
 */
const OPENRLHF_GROUPED: Readonly<Record<string, string>> = {
  '--actor.model_name_or_path': '--pretrain',
  '--model.model_name_or_path': '--pretrain',
  '--train.micro_batch_size': '--micro_train_batch_size',
  '--train.batch_size': '--train_batch_size',
  '--train.max_epochs': '--max_epochs',
  '--data.max_len': '--max_len',
  '--ds.zero_stage': '--zero_stage',
  '--ds.packing_samples': '--packing_samples',
  '--ds.adam_offload': '--adam_offload',
  '--ds.ring_attn_size': '--ring_attn_size',
  '--fsdp.ring_attn_size': '--ring_attn_size',
  '--actor.gradient_checkpointing_enable': '--gradient_checkpointing',
  '--model.gradient_checkpointing_enable': '--gradient_checkpointing',
  '--actor.num_nodes': '--actor_num_nodes',
  '--actor.num_gpus_per_node': '--actor_num_gpus_per_node',
  '--ref.offload': '--ref_offload',
};

/**
 * ms-swift 2.x's flag names (`swift sft --sft_type full --model_id_or_path … --batch_size 2 --deepspeed default-zero3`) as 3.x names
 * them (--train_type, --model, --per_device_train_batch_size, zero3), on a swift command that does not write the 3.x names too.
 */
const SWIFT2: Readonly<Record<string, string>> = {
  '--sft_type': '--train_type',
  '--model_id_or_path': '--model',
  '--batch_size': '--per_device_train_batch_size',
};

/** ms-swift 1.x's own scripts, run from its examples (`python llm_sft.py --model_id_or_path qwen/Qwen-14B-Chat --sft_type lora`). */
const SWIFT1_SCRIPT = /(^|\/)llm_(sft|dpo|orpo|simpo|kto|cpo|rlhf)\.py$/;

/** The command is ms-swift's: `swift sft|pt|rlhf|dpo …`, or one of its 1.x scripts (SWIFT1_SCRIPT). */
function runsSwift(facts: readonly Fact[]): boolean {
  return facts.some((f) => f.path[0] === '@command' && ((f.path[1] === 0 && f.value === 'swift') || SWIFT1_SCRIPT.test(String(f.value))));
}

/**
 * ms-swift 1.x / 2.x's --model_type (its own names for the models it registers: qwen1half-7b-chat, qwen2_5-7b-instruct,
 * llama3_1-8b-instruct, mixtral-moe-7b-instruct) written as the model's name, for the catalogue; where no --model_id_or_path
 * names the checkpoint, that is the model the run loads.
 */
function swiftModelType(value: string): string {
  return value
    .replace(/^qwen1half-/, 'qwen1.5-')
    .replace(/^(qwen2|llama3|qwen3|internvl2)_(\d)/, '$1.$2')
    .replace(/^mixtral-moe-7b/, 'mixtral-8x7b');
}

function swift2(facts: readonly Fact[]): readonly Fact[] {
  if (!runsSwift(facts)) return facts;
  const has = (k: string) => facts.some((f) => f.path[0] === k);
  // (--model_type alone: the model it names, as --model.)
  // (One only the run knows, `--model_type "$1"`: the model, unknown, said as any flag's unknown value is.)
  const typed =
    !has('--model') && !has('--model_id_or_path') ? facts.find((f) => f.path[0] === '--model_type' && (typeof f.value === 'string' || f.unknown)) : undefined;
  if (typed) facts = [...facts, { ...typed, path: ['--model'], ...(typeof typed.value === 'string' ? { value: swiftModelType(typed.value) } : {}) }];
  return facts.map((f) => {
    const renamed = typeof f.path[0] === 'string' ? SWIFT2[f.path[0]] : undefined;
    if (renamed && !has(renamed)) return { ...f, path: [renamed, ...f.path.slice(1)] };
    if (f.path[0] === '--deepspeed' && typeof f.value === 'string' && /^default-zero[23]$/.test(f.value))
      return { ...f, value: f.value.replace(/^default-/, '') };
    return f;
  });
}

/** accelerate launch's --offload_optimizer_device / --offload_param_device (cpu, nvme; none keeps them on the GPU). */
function offloadFlags(r: FactReader): Pick<TrainingPart, 'offloadOptimizer' | 'offloadParams'> {
  const device = (flag: string) => mapped(r.str([flag]), (v) => (/^(cpu|nvme)$/i.test(v) ? true : /^none$/i.test(v) ? false : undefined));
  return defined({ offloadOptimizer: device('--offload_optimizer_device'), offloadParams: device('--offload_param_device') });
}

export function openrlhfGrouped(facts: readonly Fact[]): readonly Fact[] {
  const runs = facts.some(
    (f) => (f.path[0] === '@module' || f.path[0] === '@command') && typeof f.value === 'string' && /(^|\/)openrlhf[./]cli[./]train_/.test(f.value),
  );
  if (!runs) return facts;
  const out: Fact[] = [];
  for (const f of facts) {
    const key = f.path.join('.');
    const flat = OPENRLHF_GROUPED[key];
    if (flat) out.push({ ...f, path: [flat] });
    // Its parameters' dtype (bf16) under either backend; the FSDP2 backend wherever an --fsdp.* flag is given.
    else if ((key === '--ds.param_dtype' || key === '--fsdp.param_dtype') && typeof f.value === 'string' && /^(bf16|fp16)$/.test(f.value))
      out.push({ ...f, path: [`--${f.value}`], value: true });
    if (key.startsWith('--fsdp.') && !out.some((g) => g.path[0] === '--backend')) out.push({ ...f, path: ['--backend'], value: 'fsdp2' });
  }
  return out.length ? [...facts, ...out] : facts;
}

/** A job launcher that runs a program on each node or rank (srun, mpirun, mpiexec): its own word comes before the program's. */
const JOB_LAUNCHER = /(^|\/)(srun|mpirun|mpiexec)$/;

/** The fact at i is a command's program word: its first word, or its second after a job launcher's (`srun accelerate launch …`). */
export function isProgramWord(facts: readonly Fact[], i: number): boolean {
  const f = facts[i];
  return f?.path[0] === '@command' && (f.path[1] === 0 || (f.path[1] === 1 && JOB_LAUNCHER.test(String(facts[i - 1]?.value))));
}

export function isLauncher(r: FactReader): boolean {
  if (openrlhfGrouped(r.facts) !== r.facts) return true;
  // `accelerate launch --config_file x.yaml train.py --config y.yaml`: the settings are in the files it names.
  // (accelerate launch as any of the script's commands, not only its last: an evaluation may follow it.)
  // (After a job launcher's own word: `srun accelerate launch …`.)
  const accelerate = r.facts.some(
    (f, i) => f.value === 'accelerate' && isProgramWord(r.facts, i) && r.facts[i + 1]?.path[0] === '@command' && r.facts[i + 1]?.value === 'launch',
  );
  // (Nanotron's run_train.py takes its whole config as --config-file x.yaml.)
  // (A training CLI given its config as a positional argument: `llamafactory-cli train config.yaml`, `axolotl train x.yml`.)
  const cli = cliConfig(r) !== undefined || unknownCliConfig(r) !== undefined;
  // (ms-swift given its arguments as a file: `swift sft --config sft.yaml`.)
  const swiftConfig = r.fact('@command.0')?.value === 'swift' && /\.(ya?ml|json)$/.test(r.str(['--config'])?.value ?? '');
  // (ms-swift with its 1.x / 2.x flags, `swift dpo --model_type yi-6b-chat --sft_type lora`: read as 3.x names them.)
  const swift = runsSwift(r.facts) && ['--model', '--train_type'].some((k) => new FactReader(swift2(r.facts)).has(k));
  return (
    swift ||
    LAUNCHER_FLAGS.some((k) => r.has(k) || r.has(dashed(k))) ||
    accelerate ||
    cli ||
    swiftConfig ||
    /\.ya?ml$/.test(r.str(['--config-file'])?.value ?? '') ||
    ownScriptModel(r) ||
    // (transformers' run_clm.py / run_mlm.py given a --model_type to build from scratch.)
    scratchType(r) !== undefined
  );
}

/** Flags of a training run (not an evaluation's): its optimizer, its length, its batches accumulated, its adapter. */
const TRAINING_RUN_FLAGS = [
  '--lr',
  '--learning_rate',
  '--epochs',
  '--num_epochs',
  '--num_train_epochs',
  '--max_steps',
  '--warmup_steps',
  '--warmup_ratio',
  '--gradient_accumulation_steps',
  '--accumulation_steps',
  '--grad_accum_steps',
  '--acc_steps',
  '--micro_batch_size',
  '--use_lora',
  '--lora_r',
  '--lora_rank',
];

/**
 * A user's own training script run with `--model` or `--model_name` naming a published model (a Hugging Face id, org/name, or a
 * path whose last folder the catalogue knows: `--model_name /data/models/gemma-2-2b-it`) beside a flag of a training run
 * (`--lr`, `--num_epochs`, `--gradient_accumulation_steps`, `--use_lora`): a launch of that model, read as one.
 */
function ownScriptModel(r: FactReader): boolean {
  const value = r.str(['--model', '--model_name'])?.value;
  if (!value || !r.facts.some((f) => f.path[0] === '@command' && typeof f.value === 'string' && /\.py$/.test(f.value))) return false;
  const named = /^[\w.-]+\/[\w.-]+$/.test(value) || (/\d/.test(value) && findModel(value) !== undefined);
  return named && TRAINING_RUN_FLAGS.some((k) => r.has(k) || r.has(dashed(k)));
}

/**
 * The config a training CLI is given as its positional argument, `llamafactory-cli train config.yaml` or `axolotl train x.yml`
 * (a leading word of the command, at ["@command", 2]): the run's settings are in it.
 */
function cliConfig(r: FactReader): Sourced<string> | undefined {
  // (Axolotl's modules run directly, `accelerate launch -m axolotl.cli.train config.yml`, and its preprocessing of the same
  // config, `python -m axolotl.cli.preprocess config.yml`: the config they are given.)
  if (/^axolotl\.cli\.(train|preprocess)$/.test(String(r.fact('@module')?.value))) {
    const config = r.str(['@config']);
    if (config && /\.ya?ml$/.test(config.value)) return config;
  }
  const arg = cliConfigArg(r);
  if (!arg || arg.unknown) return undefined;
  const config = r.str([`@command.${String(arg.path[1])}`]);
  // (XTuner's `xtuner train CONFIG.py`: an mmengine config, Python.)
  const xtuner = r.facts.some((f) => f.path[0] === '@command' && /(^|\/)xtuner$/.test(String(f.value)));
  return config && (/\.(ya?ml|json)$/.test(config.value) || (xtuner && /\.py$/.test(config.value))) ? config : undefined;
}

/** A training CLI's config given as a path only the run knows (`llamafactory-cli train configs/${CONFIG}.yaml`). */
function unknownCliConfig(r: FactReader): Fact | undefined {
  const arg = cliConfigArg(r);
  return arg?.unknown ? arg : undefined;
}

/**
 * The word after a training CLI's `train` (`llamafactory-cli train …`, `lmf train …`, `axolotl train …`, after a job launcher's
 * own word too: `srun axolotl train …`): its config.
 */
function cliConfigArg(r: FactReader): Fact | undefined {
  const at = JOB_LAUNCHER.test(String(r.fact('@command.0')?.value)) ? 1 : 0;
  const program = r.fact(`@command.${at}`)?.value;
  if (typeof program !== 'string' || !/(^|\/)(llamafactory-cli|lmf|axolotl|xtuner)$/.test(program) || r.fact(`@command.${at + 1}`)?.value !== 'train')
    return undefined;
  return r.fact(`@command.${at + 2}`);
}

/**
 * `llamafactory-cli train config.yaml key=value …`: the keys after the config override its values (LLaMA-Factory's read_args,
 * OmegaConf.from_cli merged over the YAML), read as the flags they stand for (`--key value`).
 */
function cliOverrides(facts: readonly Fact[]): readonly Fact[] {
  if (!cliConfig(new FactReader(facts))) return facts;
  const written = new Set(facts.map((f) => f.path[0]));
  const flags = facts
    // (key=null, None to OmegaConf, gives no value to read: what the YAML says of that key stands here, where the run unsets it.)
    .filter((f) => f.path[0] === '@override' && typeof f.path[1] === 'string' && !written.has(`--${f.path[1]}`) && !/^(null|~|None)$/.test(String(f.value)))
    .map((f) => ({ ...f, path: [`--${String(f.path[1])}`, ...f.path.slice(2)] }));
  return flags.length ? [...facts, ...flags] : facts;
}

/** Modules of the launchers and training libraries (python -m torch.distributed.run, trl, openrlhf.cli.train_sft, …), not a user's script. */
const LIBRARY_MODULE =
  /^(torch|deepspeed|accelerate|transformers|trl|openrlhf|llama_recipes|llama_cookbook|llamafactory|swift|axolotl|verl|nemo|megatron|litgpt|torchtune|unsloth|peft|torchtitan|sglang|vllm|lm_eval|pip|venv|http|json)(\.|$)/;

/** A flag written with dashes for underscores (--model-path): how argparse-style scripts also spell it. */
function dashed(flag: string): string {
  return `--${flag.slice(2).replace(/_/g, '-')}`;
}

/**
 * The facts with each dashed flag (--per-device-train-batch-size, --model-path) also under its underscored name, where the file
 * does not write that one: HfArgumentParser takes both spellings (and users' argparse scripts their own dashed names for the
 * same settings), so the reading looks for one.
 */
function underscored(facts: readonly Fact[]): Fact[] {
  const written = new Set(facts.map((f) => f.path[0]));
  const aliases = facts.flatMap((f) => {
    const k = f.path[0];
    // (Not a launcher's process counts: `ray start --num-gpus 4` is the Ray node's, not the training's.)
    if (typeof k !== 'string' || !/^--[A-Za-z0-9]+(-[A-Za-z0-9]+)+$/.test(k) || /^--num-(gpus|nodes|cpus)$/.test(k)) return [];
    const alias = `--${k.slice(2).replace(/-/g, '_')}`;
    return written.has(alias) ? [] : [{ ...f, path: [alias, ...f.path.slice(1)] }];
  });
  return [...facts, ...aliases];
}

/** Keys of the Hugging Face TrainingArguments (and TRL's configs) that, with model_name_or_path, make a YAML or JSON one. */
const TRAINING_ARGUMENTS = ['per_device_train_batch_size', 'gradient_accumulation_steps', 'num_train_epochs', 'learning_rate', 'max_steps', 'output_dir'];

/** A TrainingArguments / TRL config file (`trl sft --config x.yaml`, a script's `--config`): model_name_or_path and the Trainer's keys. */
export function isTrainingArguments(r: FactReader): boolean {
  // (Not a user's own config that keeps its trainer's arguments, its LoRA or its quantization in sections of their own,
  // `training_arguments: {…}`, `bnb_config: {…}`: HfArgumentParser's files are flat.)
  const sectioned = r.facts.some((f) => f.path.length >= 2 && typeof f.path[0] === 'string' && OWN_SECTIONS.has(f.path[0]));
  return r.has('model_name_or_path') && TRAINING_ARGUMENTS.some((k) => r.has(k)) && !sectioned;
}

/** Sections of a user's own training config that HfArgumentParser's flat files do not have. */
const OWN_SECTIONS: ReadonlySet<string> = new Set([
  'training',
  'training_args',
  'training_arguments',
  'train',
  'lora',
  'lora_config',
  'peft',
  'peft_config',
  'bnb',
  'bnb_config',
  'quantization',
]);

/** Its top-level keys read as the command-line flags they are (HfArgumentParser: `model_name_or_path: x` is `--model_name_or_path x`). */
export function recognizeTrainingArguments(ctx: RecognizeContext): FileRecognition {
  const facts = ctx.facts.filter((f) => f.path.length === 1 || f.path[0] === 'lora_target_modules' || f.path[0] === 'target_modules');
  const flags = facts.map((f) => ({ ...f, path: [`--${String(f.path[0])}`, ...f.path.slice(1)] }));
  return recognizeLauncher({ ...ctx, facts: flags });
}

type Library = 'trl' | 'swift' | 'openrlhf' | 'qwen' | 'hf' | 'llamarecipes' | 'fastchat' | 'qlora';

/** TrainingArguments' --fsdp "full_shard auto_wrap" (or shard_grad_op, hybrid_shard): PyTorch FSDP's sharding, as a ZeRO stage. */
function fsdpStage(f: Sourced<string> | undefined): Sourced<number> | undefined {
  const strategy = f ? fsdpStrategy(f.value.toUpperCase()) : undefined;
  return strategy ? as(f!, strategy.stage) : undefined;
}

/**
 * ms-swift's --fsdp presets (swift/config/fsdp2.json: "full_shard auto_wrap" on FSDP2, with activation checkpointing; its
 * fsdp_zero2 / fsdp_zero3 and _offload variants): the stage each shards to.
 */
function swiftFsdpPreset(f: Sourced<string> | undefined): Sourced<number> | undefined {
  const m = f ? /^fsdp2?(?:_(zero[23]))?(?:_offload)?$/.exec(f.value) : null;
  if (!m) return undefined;
  const stage = m[1] === 'zero2' ? 2 : 3;
  return derived(stage, { id: 'prov.swiftFsdpPreset', args: { preset: f!.value, stage } }, f!);
}

/** TRL DPOConfig's loss types (trl/trainer/dpo_config.py): none of them another trainer's (GRPO's grpo, dapo, …; KTO's kto). */
const DPO_LOSSES: ReadonlySet<string> = new Set([
  'sigmoid',
  'hinge',
  'ipo',
  'exo_pair',
  'nca_pair',
  'robust',
  'bco_pair',
  'sppo_hard',
  'aot',
  'aot_pair',
  'discopop',
  'apo_zero',
  'apo_down',
  'sft',
]);

const LIBRARY: Readonly<Record<Library, string>> = {
  trl: 'TRL ModelConfig',
  swift: 'ms-swift',
  openrlhf: 'OpenRLHF',
  qwen: "Qwen's finetune.py LoraArguments",
  hf: 'PEFT',
  llamarecipes: "llama-recipes' train_config and lora_config",
  fastchat: "FastChat's train_lora.py LoraArguments",
  qlora: "QLoRA's qlora.py",
};

/**
 * FastChat's LoRA trainer run (lm-sys/FastChat's fastchat/train/train_lora.py, by path or as `-m fastchat.train.train_lora`, and
 * the copies forks keep beside it, train_lora_custom.py, or at their root given --q_lora): the fact that runs it. It always
 * trains a LoRA (its LoraArguments: r 8, alpha 16, dropout 0.05 on q_proj and v_proj), in 4 bits with --q_lora True.
 */
function fastchatLora(facts: readonly Fact[]): Fact | undefined {
  // (A copy a repository keeps at its root, train_lora.py, known by the flag only its LoraArguments take, --q_lora.)
  const qLora = facts.some((f) => f.path.length === 1 && f.path[0] === '--q_lora');
  return facts.find(
    (f) =>
      (f.path[0] === '@command' && typeof f.value === 'string' && /(^|\/)fastchat\/train\/train_lora\w*\.py$/.test(f.value)) ||
      (f.path[0] === '@module' && typeof f.value === 'string' && /^fastchat\.train\.train_lora\w*$/.test(f.value)) ||
      (qLora && f.path[0] === '@command' && typeof f.value === 'string' && /(^|\/)train_lora\w*\.py$/.test(f.value)),
  );
}

/**
 * QLoRA's own qlora.py run by a launch (artidoro/qlora's, which the Guanaco-era notebooks and scripts run: `python qlora.py
 * --model_name_or_path EleutherAI/pythia-12b`, the script here or not): the fact that runs it. Its arguments' defaults hold: LoRA
 * r 64, alpha 16, no dropout on every linear (find_all_linear_names) of a 4-bit NF4 base with double quantization (--bits 4,
 * --double_quant, --quant_type nf4), unless --full_finetune; a micro-batch of 1 accumulated 16 times, gradient checkpointing, paged
 * 32-bit AdamW, sources of 1,024 tokens and targets of 256.
 */
function qloraScript(facts: readonly Fact[]): Fact | undefined {
  return facts.find((f) => f.path[0] === '@command' && typeof f.value === 'string' && /(^|\/)qlora\.py$/.test(f.value));
}

/** `library`: the library whose defaults apply, where the caller knows it (a Python script's TrainingArguments or TRL config class). */
/** A script's own `--pretrained org/name` (a model id, not a switch): the model it loads. */
function pretrainedId(r: FactReader): Sourced<string> | undefined {
  const f = r.str(['--pretrained']);
  return f && /^[\w.-]+\/[\w.-]+$/.test(f.value) ? f : undefined;
}

/** The defaults of the class a script builds its adapter with (PEFT's LoraConfig, Unsloth's get_peft_model), where it does. */
export interface AdapterDefaults {
  readonly cls: string;
  readonly r: number;
  readonly alpha: number;
  readonly dropout: number;
  /** Its target_modules where the run names none (AutoTrain's all-linear), else PEFT's own default for the library. */
  readonly targets?: string;
}

/** What a Python script tells its launch reading: the classes it builds its arguments and its adapter with. */
export interface ScriptClasses {
  /** The run is TRL's GRPO whatever its command (a script's GRPOConfig(...)). */
  readonly grpoConfig?: boolean;
  /** The TRL config class whose defaults hold (SFTConfig, RewardConfig), where `known` is 'trl'. */
  readonly trlConfig?: string;
  /** The class a script builds its adapter with, whose defaults hold for what it leaves out (else the launcher's own). */
  readonly adapterDefaults?: AdapterDefaults;
}

export function recognizeLauncher(
  ctx: RecognizeContext,
  known?: 'trl' | 'hf' | 'swift',
  { grpoConfig = false, trlConfig = 'SFTConfig', adapterDefaults }: ScriptClasses = {},
): FileRecognition {
  const r = new FactReader(underscored(cliOverrides(openrlhfGrouped(swift2(ctx.facts)))));
  // (A config only the run can name: said, with what would name it.)
  const hidden = unknownCliConfig(r);
  if (hidden)
    r.findings.push(
      finding(
        'unknown-value',
        'warning',
        { id: 'launcher.cliConfigUnknown', args: { program: String(r.fact('@command.0')!.value).split('/').pop()! } },
        { file: hidden.file, range: hidden.valueRange },
      ),
    );
  const flag = (name: string): Sourced<boolean> | undefined => {
    const f = r.present(name);
    if (!f) return undefined;
    const v = typeof f.value === 'boolean' ? f.value : !/^(false|0|no)$/i.test(String(f.value));
    return fromFact(v, f);
  };
  // A switch set true (false or absent: undefined).
  const on = (name: string) => {
    const f = flag(name);
    return f?.value ? f : undefined;
  };
  // ms-swift: its tuner flag, or its own command (`swift sft`, `swift pt`, `swift rlhf`).
  const swiftCommand = runsSwift(r.facts);
  const fastchatRun = fastchatLora(r.facts);
  const library: Library =
    known ??
    // llama-recipes / llama-cookbook's finetuning.py (python -m llama_recipes.finetuning, recipes/quickstart/finetuning/finetuning.py).
    (r.facts.some(
      (f) =>
        (f.path[0] === '@module' && /^llama_(recipes|cookbook)\.finetuning$/.test(String(f.value))) ||
        (f.path[0] === '@command' && /(^|\/)(recipes\/quickstart\/finetuning\/|llama_(recipes|cookbook)\/)finetuning\.py$/.test(String(f.value))),
    ) ||
    (r.has('--batch_size_training') && r.has('--peft_method'))
      ? 'llamarecipes'
      : fastchatRun
        ? 'fastchat'
        : qloraScript(r.facts)
          ? 'qlora'
          : r.has('--train_type') || r.has('--tuner_type') || swiftCommand
            ? 'swift'
            : r.has('--pretrain') || r.has('--micro_train_batch_size')
              ? 'openrlhf'
              : r.has('--use_peft')
                ? 'trl'
                : // (Qwen's finetune.py takes --use_lora; a script of the user's own that does too is the user's: read below.)
                  r.has('--use_lora') &&
                    !r.facts.some(
                      (f) =>
                        (f.path[0] === '@command' && /\.py$/.test(String(f.value)) && !/(^|\/)finetune\.py$/.test(String(f.value))) || f.path[0] === '@module',
                    )
                  ? 'qwen'
                  : 'hf');
  // A user's own training script (run by python, torchrun or accelerate, not a library's CLI).
  const ownScript = library === 'hf' && r.facts.some((f) => f.path[0] === '@command' || f.path[0] === '@module');
  // (PEFT's and its workshops' own train.py: --use_gradient_checkpointing.)
  const checkpointing = flag('--gradient_checkpointing') ?? (ownScript ? flag('--use_gradient_checkpointing') : undefined);
  const bf16 = flag('--bf16');
  const fp16 = flag('--fp16');
  // (Both on where the Trainer parses them, not a script's own switches: TrainingArguments' __post_init__ raises "At most one of
  // fp16 and bf16 can be True, but not both"; counted in bf16, as it comes first below.)
  if ((library === 'hf' || library === 'trl') && !ownScript && bf16?.value && fp16?.value && fp16.source.kind === 'fact')
    r.findings.push(finding('conflicting-values', 'warning', { id: 'launcher.fp16AndBf16' }, { file: fp16.source.file, range: fp16.source.range }));
  // (bitsandbytes' compute dtype, where a script takes it as a flag, is the precision the quantized base computes in.)
  const dtype = r.str(['--torch_dtype', '--bnb_4bit_compute_dtype']);
  // TRL's SFTConfig (trl/trainer/sft_config.py): max_length 1024 and gradient checkpointing on unless set.
  const trl = library === 'trl';
  // OpenRLHF's RL trainers (train_ppo_ray and its copies): the actor trains on a prompt and its generated response.
  const prompt = library === 'openrlhf' ? r.int(['--prompt_max_len']) : undefined;
  const generated = prompt ? r.int(['--generate_max_len']) : undefined;
  // TrainingArguments' --use_liger_kernel (TRL's SFTConfig called it use_liger before it took the Trainer's name).
  const liger = on('--use_liger_kernel') ?? on('--use_liger');
  // TRL's GRPOConfig (and its copies): a prompt of max_prompt_length and a completion of max_completion_length.
  // (A GRPO run given one of the two, TRL's grpo.py or grpo_vlm.py with --max_completion_length alone: GRPOConfig's default for
  // the other, max_prompt_length 512 and max_completion_length 256, said; not SFTConfig's max_length.)
  const grpoRun =
    grpoConfig ||
    r.facts.some(
      (f) =>
        f.path[0] === '@command' &&
        typeof f.value === 'string' &&
        (/(^|\/)\w*grpo\w*\.py$/i.test(f.value) || (f.path[1] === 1 && f.value === 'grpo' && r.fact('@command.0')?.value === 'trl')),
    );
  const statedPrompt = r.int(['--max_prompt_length']);
  const statedCompletion = r.int(['--max_completion_length']);
  // (A GRPOConfig(...) of a script's own that sets neither: both defaults.)
  const grpoPrompt = statedPrompt ?? (grpoRun && (statedCompletion || grpoConfig) ? classDefault(512, '--max_prompt_length', 'TRL GRPOConfig') : undefined);
  const grpoCompletion =
    statedCompletion ?? (grpoRun && (statedPrompt || grpoConfig) ? classDefault(256, '--max_completion_length', 'TRL GRPOConfig') : undefined);
  const grpo =
    grpoPrompt && grpoCompletion ? derived(grpoPrompt.value + grpoCompletion.value, { id: 'prov.promptCompletion' }, grpoPrompt, grpoCompletion) : undefined;
  // (TRL's GRPOTrainer asks the model for the completion's logits only: logits_to_keep = its length + 1.)
  const grpoLogits = grpo && grpoCompletion ? derived(grpoCompletion.value + 1, { id: 'prov.logitsToKeep' }, grpoCompletion) : undefined;
  const llamaRecipes = library === 'llamarecipes';
  const zeroFlag = r.present('--zero_stage');
  const zeroMoe = typeof zeroFlag?.value === 'string' && /^[0-3]moe$/.test(zeroFlag.value) ? zeroFlag : undefined;
  // A script of its own's --train_batch_size with no per-device flag beside it (OpenRLHF's is global, with its
  // --micro_train_batch_size): the batch its DataLoader gives each process, as accelerate and torchrun scripts use it; said.
  const ownTrainBatch =
    ownScript && !r.has('--micro_train_batch_size') && !r.has('--per_device_train_batch_size') && !r.has('--per_gpu_train_batch_size')
      ? r.int(['--train_batch_size'])
      : undefined;
  const ownBatch = ownTrainBatch
    ? derived(ownTrainBatch.value, { id: 'prov.ownScriptBatch', args: { flag: '--train_batch_size', value: ownTrainBatch.value } }, ownTrainBatch)
    : undefined;
  // transformers' run_summarization.py and run_translation.py (and their copies): a source of max_source_length (1024) and a target
  // of max_target_length (128), each padded or truncated to its own.
  const seq2seqScript = r.facts.find(
    (f) => f.path[0] === '@command' && typeof f.value === 'string' && /(^|\/)run_(summarization|translation)(_no_trainer)?\.py$/.test(f.value),
  );
  const seq2seqName = seq2seqScript ? String(seq2seqScript.value).replace(/^.*\//, '') : '';
  const targetLen = r.int(['--max_target_length']) ?? (seq2seqScript ? classDefault(128, '--max_target_length', seq2seqName) : undefined);
  const training: TrainingPart = defined({
    logitsTokens: grpoLogits,
    targetLen,
    promptLen: grpoPrompt,
    completionLen: grpoCompletion,
    seqLen:
      r.int(['--max_seq_length', '--max_length', '--model_max_length', '--max_len', '--max_seq_len', '--cutoff_len', '--block_size', '--max-seq-length']) ??
      (ownScript ? r.int(['--sequence_length', '--seq_len', '--seq_length']) : undefined) ??
      (prompt && generated ? derived(prompt.value + generated.value, { id: 'prov.openrlhfSequence' }, prompt, generated) : undefined) ??
      grpo ??
      // llama-recipes packs its samples into chunks of context_length (batching_strategy "packing", its default; 4096).
      (llamaRecipes ? (r.int(['--context_length']) ?? classDefault(4096, '--context_length', LIBRARY.llamarecipes)) : undefined) ??
      (trl ? (noTruncation(r, `TRL ${trlConfig}`) ?? classDefault(1024, '--max_length', `TRL ${trlConfig}`)) : undefined) ??
      r.int(['--max_source_length']) ??
      (seq2seqScript ? classDefault(1024, '--max_source_length', seq2seqName) : undefined),
    // (A script of its own takes its batch per process as --micro_batch_size or --per_device_batch_size, or as --batch_size where
    // it has no other.)
    microBatch:
      r.int([
        '--per_device_train_batch_size',
        // (TrainingArguments' name for it before transformers 4, still in the run_*.py copies of that time.)
        '--per_gpu_train_batch_size',
        '--micro_train_batch_size',
        ...(llamaRecipes ? ['--batch_size_training'] : []),
        ...(ownScript ? ['--micro_batch_size', '--per_device_batch_size', '--batch_size'] : []),
      ]) ??
      ownBatch ??
      // (TRL's configs keep TrainingArguments' per_device_train_batch_size, 8: SFTConfig's and GRPOConfig's.)
      (trl || grpoConfig ? classDefault(8, '--per_device_train_batch_size', 'TrainingArguments') : undefined) ??
      // (ms-swift's TrainArgumentsMixin: 1.)
      (library === 'swift' ? classDefault(1, '--per_device_train_batch_size', LIBRARY.swift) : undefined),
    // (A script of its own names it its own way: --accumulation_steps, --grad_accum_steps, --gradient_accumulation.)
    gradAccum: r.int([
      '--gradient_accumulation_steps',
      ...(ownScript ? ['--accumulation_steps', '--grad_accum_steps', '--gradient_accumulation', '--grad_accum', '--acc_steps'] : []),
    ]),
    // (alpaca-lora's finetune.py and its copies: --micro_batch_size per device, --batch_size the global batch it accumulates to.)
    globalBatch: (ownBatch ? undefined : r.int(['--train_batch_size'])) ?? (ownScript && r.has('--micro_batch_size') ? r.int(['--batch_size']) : undefined),
    epochs: r.num(['--num_train_epochs', '--max_epochs'], { min: 0 }),
    trainIters: trainerMaxSteps(r, '--max_steps'),
    precision: bf16?.value
      ? as(bf16, 'bf16' as const)
      : fp16?.value
        ? as(fp16, 'fp16' as const)
        : (mapped(dtype, precisionOf) ??
          (library === 'openrlhf' ? mapped(r.str(['--param_dtype']), precisionOf) : undefined) ??
          // (accelerate launch's own --mixed_precision bf16 | fp16 | fp8; "no" leaves it to the script. A script's own switch of that
          // name, `mixed_precision: bool = False` in its config class, is not that word: not read.)
          (typeof r.present('--mixed_precision')?.value === 'string'
            ? mapped(r.str(['--mixed_precision']), (v) => (/^(bf16|fp16|fp8)$/.test(v) ? precisionOf(v) : undefined))
            : undefined) ??
          // (bf16 set false, fp16 not set true and no dtype to load in: the Trainer runs in fp32.)
          (bf16?.value === false && !fp16?.value ? as(bf16, 'fp32' as const) : undefined) ??
          // (TRL's configs: bf16 unless fp16, their BaseConfig's default.)
          (trl || grpoConfig ? classDefault('bf16' as const, '--bf16', `TRL ${grpoRun ? 'GRPOConfig' : trlConfig}`) : undefined)),
    optimizer: mapped(r.str(['--optim']), optimizerOf),
    pagedOptimizer: pagedOf(r.str(['--optim'])),
    recompute: checkpointing
      ? as(checkpointing, checkpointing.value ? ('full' as const) : ('none' as const))
      : library === 'swift' || trl || grpoConfig
        ? classDefault('full' as const, '--gradient_checkpointing', trl || grpoConfig ? `TRL ${grpoRun ? 'GRPOConfig' : trlConfig}` : LIBRARY.swift)
        : // llama-recipes under --enable_fsdp checkpoints every layer (its fsdp_config.fsdp_activation_checkpointing, True).
          llamaRecipes && flag('--enable_fsdp')?.value
          ? classDefault('full' as const, 'fsdp_activation_checkpointing', LIBRARY.llamarecipes)
          : undefined,
    // (OpenRLHF's --backend fsdp2: PyTorch FSDP2 full sharding in place of DeepSpeed, whose --zero_stage it then ignores.)
    zeroStage:
      (library === 'openrlhf' && /^fsdp2?$/.test(r.str(['--backend'])?.value ?? '') ? as(r.str(['--backend'])!, 3) : undefined) ??
      // (OpenRLHF's `2moe`: ZeRO-2 with the experts' parameters in groups of their own, its deepspeed_utils.)
      (zeroMoe ? fromFact(Number(String(zeroMoe.value)[0]), zeroMoe) : undefined) ??
      r.int(['--zero_stage'], { min: 0, max: 3 }) ??
      (library === 'swift' ? swiftFsdpPreset(r.str(['--fsdp'])) : undefined) ??
      fsdpStage(r.str(['--fsdp'])) ??
      // OpenRLHF's own defaults: its FSDP2 command line (the one with --param_dtype) shards everything, its DeepSpeed one takes
      // --zero_stage 2 unless set.
      (library === 'openrlhf'
        ? r.has('--param_dtype')
          ? classDefault(3, '--backend', 'OpenRLHF (FSDP2 full sharding)')
          : classDefault(2, '--zero_stage', LIBRARY.openrlhf)
        : undefined),
    ...(/offload/i.test(r.str(['--fsdp'])?.value ?? '') ? { offloadParams: as(r.str(['--fsdp'])!, true), offloadOptimizer: as(r.str(['--fsdp'])!, true) } : {}),
    // OpenRLHF's --adam_offload: DeepSpeed's optimizer state on the host (offload_optimizer device cpu, its deepspeed_utils).
    ...(library === 'openrlhf' && on('--adam_offload') ? { offloadOptimizer: on('--adam_offload')! } : {}),
    // accelerate launch's DeepSpeed flags, its config file's keys on the command line (--offload_optimizer_device cpu, nvme).
    ...offloadFlags(r),
    // TrainingArguments' --torch_compile, and Liger's fused RMSNorm, RoPE and SwiGLU.
    compiled: on('--torch_compile'),
    fusedKernels: liger,
    // Liger's fused linear cross entropy comes with it (the Trainer applies Liger's defaults, fused_linear_cross_entropy=True;
    // TRL's DPO its fused linear DPO loss): no logits of the whole batch.
    // (TRL's GRPO use_liger_loss: Liger's fused linear GRPO loss, the policy's log-probabilities from the hidden states.)
    loss: mapped(liger ?? on('--use_liger_loss'), () => 'fused-linear' as const),
  });
  // (fmengine's --init_ckpt: the checkpoint it starts from.)
  // (ms-swift's --model_name / --model_author are the self-cognition data's names for the assistant, not the model.)
  const modelFlags = [
    '--model_name_or_path',
    '--model-name-or-path',
    '--model',
    '--pretrain',
    ...(library === 'swift' ? [] : ['--model_name']),
    '--base_model',
    '--init_ckpt',
    ...OWN_MODEL_FLAGS,
  ];
  // (Where a script takes several, a bare label beside a repository id or a model the catalogue knows, `--model_name modernbert-base`
  // beside `--model_path answerdotai/ModernBERT-base`, is the run's name for it: the id is the model.)
  const modelNames = modelFlags.map((f) => r.str([f])).filter((x): x is Sourced<string> => x !== undefined);
  // (A repository id first, `--pretrain bigscience/bloom-1b7` beside ColossalAI's `--model bloom`, the family's word.)
  const hubId = (x: Sourced<string>) => /^[\w-][\w.-]*\/[\w.-]+$/.test(x.value);
  const pretrained =
    (modelNames.length > 1 ? (modelNames.find(hubId) ?? modelNames.find((x) => x.value.includes('/') || findModel(x.value))) : undefined) ??
    modelNames[0] ??
    pretrainedId(r) ??
    r.folderName(...modelFlags);
  if (pretrained) training.finetune = as(pretrained, true);
  // (transformers' run_clm.py and its copies trained from scratch: --config_name without --model_name_or_path, the model built
  // from that config with fresh weights: a pre-training run, not a fine-tune.)
  // (A script of the user's own may name that config --config_path: taken where it holds a Hugging Face id, org/name, not a file.)
  // (Read only where it is written out: a computed one says nothing of the model.)
  const configPath = r.fact('--config_path', '--config-path');
  const configId =
    configPath && typeof configPath.value === 'string' && /^[\w.-]+\/[\w.-]+$/.test(configPath.value) && !/\.(ya?ml|json|toml|py)$/i.test(configPath.value)
      ? fromFact(configPath.value, configPath)
      : undefined;
  const scratch = pretrained || r.has('--config_name') || configId ? undefined : fromScratch(r);
  const modelRef = pretrained ?? r.str(['--config_name']) ?? r.folderName('--config_name') ?? configId ?? scratch?.ref;

  // The adapter: asked for by --use_peft (TRL), --train_type lora (swift), a LoRA rank above 0 (OpenRLHF).
  // ms-swift's TunerArguments default train_type to lora.
  const type = r.str(['--train_type', '--tuner_type']) ?? (library === 'swift' ? classDefault('lora', '--train_type', LIBRARY.swift) : undefined);
  // TRL's --use_peft; Qwen's finetune.py (QwenLM/Qwen1.5 examples/sft, copied widely) --use_lora.
  // (LLM-Adapters' and alpaca-lora's --adapter_name lora / dora; their copies' --adapter_type LoRA.)
  const adapterName = r.str(['--adapter_name', '--adapter_type']);
  const named = adapterName && /^(lora|dora)$/i.test(adapterName.value) ? as(adapterName, true) : undefined;
  // A user's own script switched to LoRA by a flag of its own (`--lora --r 16 --lora_alpha 32 --target_modules q_proj …`): its
  // rank, alpha and targets read as PEFT's LoraConfig takes them (said: the script is not read here).
  // (Or one named for LoRA, `finetune_clm_lora.py`, `train_lora.py`, given a rank: the LoRA its name says.)
  const loraScript = ownScript
    ? r.facts.find((f) => f.path[0] === '@command' && typeof f.value === 'string' && /(^|[/_-])lora[\w-]*\.py$/i.test(f.value))
    : undefined;
  const loraRank = loraScript ? (flag('--lora_r') ?? flag('--lora_rank')) : undefined;
  const ownLora = ownScript ? (on('--lora') ?? on('--use_lora') ?? (loraRank && Number(loraRank.value) > 0 ? as(loraRank, true) : undefined)) : undefined;
  // LLaVA's train.py and the Qwen-VL fine-tuning scripts copied from it (2U1/Qwen2-VL-Finetune): --lora_enable True, LoRA of
  // --lora_r / --lora_rank (64 unless set, alpha 16) on every linear of the language model (find_all_linear_names leaves the
  // vision tower and the projector out, the tower's in with --vision_lora True).
  // OpenRLHF's --packing_samples: each micro-batch packs the sequences it has, not as many of the longest as counted here.
  const packing = library === 'openrlhf' ? flag('--packing_samples') : undefined;
  if (packing?.value && packing.source.kind === 'fact' && training.seqLen)
    r.findings.push(
      finding(
        'assumed',
        'info',
        { id: 'launcher.packedSamples', args: { tokens: training.seqLen.value } },
        { file: packing.source.file, range: packing.source.range },
      ),
    );
  const llava = flag('--lora_enable');
  // (A script of the user's own may name its switch otherwise: --peft_enabled, --enable_lora, --lora_enabled beside --lora_r.)
  // (FastChat's train_lora.py: LoRA whatever its flags.)
  const fastchat = library === 'fastchat' ? fastchatRun : undefined;
  const peft =
    flag('--use_peft') ??
    flag('--use_lora') ??
    llava ??
    flag('--peft_enabled') ??
    flag('--enable_lora') ??
    flag('--lora_enabled') ??
    ownLora ??
    named ??
    (fastchat ? fromFact(true, fastchat) : undefined) ??
    (library === 'qlora' ? (flag('--full_finetune')?.value ? undefined : classDefault(true, '--full_finetune', LIBRARY.qlora, 'False')) : undefined);
  // (--peft_lora_r / --peft_lora_alpha: TRL's example scripts' names before ModelConfig, kept by the scripts copied from them.)
  const rankFlag = r.int(['--lora_r', '--lora_rank', '--peft_lora_r', ...(ownLora ? ['--lora-r', '--lora-rank', '--r', '--rank'] : [])], { min: 0 });
  if (ownLora)
    r.findings.push(
      finding(
        'assumed',
        'info',
        { id: 'launcher.loraInScript', args: { flag: ownLora.source.kind === 'fact' ? ownLora.source.path.join('.') : '--lora' } },
        { file: ctx.file, range: ownLora.source.kind === 'fact' ? ownLora.source.range : { start: 0, end: 0 } },
      ),
    );
  // A base loaded in 4 or 8 bits beside LoRA's keys, with nothing that turns LoRA on or off (a script's flat YAML of TRL's names):
  // bitsandbytes' weights train only through an adapter (the Trainer refuses a purely quantized model), so LoRA (QLoRA), said.
  const loadedIn = flag('--load_in_4bit')?.value ? flag('--load_in_4bit') : flag('--load_in_8bit')?.value ? flag('--load_in_8bit') : undefined;
  const loraKey =
    r.present('--lora_target_modules', '--target_modules') ??
    (rankFlag && rankFlag.value > 0 && rankFlag.source.kind === 'fact' ? r.present(rankFlag.source.path.join('.')) : undefined);
  const quantized = !peft && !type && library !== 'openrlhf' && loadedIn && loraKey ? loadedIn : undefined;
  if (quantized && loraKey)
    r.findings.push(
      finding(
        'assumed',
        'info',
        {
          id: 'launcher.quantizedLora',
          args: { flag: quantized.source.kind === 'fact' ? quantized.source.path.join('.') : '--load_in_4bit', key: loraKey.path.join('.') },
        },
        { file: loraKey.file, range: loraKey.keyRange },
      ),
    );
  // A script of the user's own run on a pre-quantized upload (unsloth's …-bnb-4bit) with nothing that turns LoRA on or off read
  // here: bitsandbytes' 4-bit weights hold no gradient, so the script attaches an adapter in code; LoRA with its class's defaults, said.
  const prequantized =
    !peft && !type && !quantized && ownScript && pretrained && /-bnb-(4bit|nf4|8bit)(?:-|$)/i.test(pretrained.value.split('/').pop() ?? '')
      ? pretrained
      : undefined;
  if (prequantized)
    r.findings.push(
      finding(
        'assumed',
        'warning',
        { id: 'launcher.prequantizedLora', args: { name: prequantized.value } },
        prequantized.source.kind === 'fact'
          ? { file: prequantized.source.file, range: prequantized.source.range }
          : { file: ctx.file, range: { start: 0, end: 0 } },
      ),
    );
  const wanted = peft?.value || (type && /lora/i.test(type.value)) || (rankFlag && rankFlag.value > 0 && library === 'openrlhf') || quantized || prequantized;
  if (wanted) {
    const cls = LIBRARY[library];
    // Qwen's LoraArguments: r 64, alpha 16, dropout 0.05 on the seven projections of each layer.
    const qwen = library === 'qwen';
    const llavaLora = peft === llava && llava?.value === true;
    const own = adapterDefaults;
    const rank =
      rankFlag && rankFlag.value > 0
        ? rankFlag
        : own
          ? classDefault(own.r, 'r', own.cls)
          : classDefault(library === 'trl' ? 16 : qwen || llavaLora || library === 'qlora' ? 64 : 8, '--lora_r', cls);
    // (llama-recipes' lora_config: r 8, alpha 32, q_proj and v_proj.)
    // argparse's nargs='+' (TRL, PEFT scripts): `--lora_target_modules q_proj k_proj v_proj o_proj`, the words after the first
    // at [flag, 1], [flag, 2], …
    // (A word of several that ends in a comma, TRL's own docstring's `--lora_target_modules "q_proj", "v_proj"`, reaches PEFT as
    // "q_proj," and matches no module: kept so, and said as a name no layer has.)
    const wordsOf = (f: Fact): string[] => {
      const key = f.path.join('.');
      const words = [f.value];
      for (let k = 1, more = r.present(`${key}.${k}`); more; more = r.present(`${key}.${++k}`)) words.push(more.value);
      return words.flatMap((w) => (words.length > 1 && typeof w === 'string' && /^[\w.]+,$/.test(w) ? [w] : namesOf(w)));
    };
    const modules = r.present('--lora_target_modules', '--target_modules');
    // (None given to PEFT: its default for the architecture, Llama's q_proj and v_proj standing for the model's own.)
    const peftDefault = !modules && !own?.targets && (library === 'trl' || library === 'hf' || library === 'fastchat' || llamaRecipes) && !llavaLora;
    const written = modules ? wordsOf(modules) : own?.targets ? namesOf(own.targets) : peftDefault ? ['q_proj', 'v_proj'] : ['all-linear'];
    // (Megatron-SWIFT, `megatron sft`, whose reading marks its facts @mcore: all-linear is every Transformer Engine linear of
    // the Megatron-Core model but the output layer, the fused linear_qkv and linear_fc1 and the experts' grouped ones among
    // them; the router is all-router's: swift/megatron's find_all_linears.)
    // (ms-swift 1.x / 2.x wrote all-linear as ALL: `--lora_target_modules ALL`.)
    const swiftAll = library === 'swift' && written.length === 1 && written[0] === 'ALL' ? ['all-linear'] : written;
    const names = r.has('@mcore') ? swiftAll.flatMap((n) => (n === 'all-linear' ? [...MCORE_LINEARS] : [n])) : swiftAll;
    const { roles, unknown, fused, suffixes, patterns, allLinear } = rolesOf(names);
    const where: Sourced<unknown> = modules
      ? fromFact(null, modules)
      : own?.targets
        ? classDefault(names.join(','), 'target_modules', own.cls)
        : classDefault(names.join(','), '--lora_target_modules', cls);
    // The names go to PEFT's LoraConfig as they are (TRL, a script's own LoraConfig, OpenRLHF, Qwen's finetune.py,
    // llama-recipes), which matches each as a suffix of any module's path and takes every linear for all-linear, a vision
    // tower's too; ms-swift turns all-linear into its own expression that leaves a frozen ViT out (freeze_vit), so not there.
    // (Its expression takes the ViT in with --freeze_vit false, and the aligner's linears with --freeze_aligner false: swift's
    // get_multimodal_target_regex.)
    const swiftVit = library === 'swift' && allLinear ? flag('--freeze_vit') : undefined;
    const swiftAligner = swiftVit?.value === false ? (flag('--freeze_aligner') ?? classDefault(true, '--freeze_aligner', LIBRARY.swift)) : undefined;
    const toPeft = (library !== 'swift' || swiftVit?.value === false) && !(llavaLora && !modules && !flag('--vision_lora')?.value);
    const alpha =
      r.num(['--lora_alpha', '--peft_lora_alpha'], { min: 1e-9 }) ??
      (own
        ? classDefault(own.alpha, 'lora_alpha', own.cls)
        : classDefault(library === 'openrlhf' || library === 'fastchat' || library === 'qlora' || qwen || llavaLora ? 16 : 32, '--lora_alpha', cls));
    const dora = flag('--use_dora') ?? (adapterName && /^dora$/i.test(adapterName.value) ? as(adapterName, true) : undefined);
    // TRL's ModelConfig and ms-swift default lora_dropout to 0.05; OpenRLHF to 0 (PEFT's LoraConfig and Unsloth's get_peft_model too).
    const dropout =
      r.num(['--lora_dropout'], { max: 1 }) ??
      (own
        ? classDefault(own.dropout, 'lora_dropout', own.cls)
        : classDefault(library === 'openrlhf' || library === 'qlora' ? 0 : 0.05, '--lora_dropout', cls));
    // Whole modules trained beside the adapter: ms-swift's --modules_to_save, TRL's --lora_modules_to_save (argparse's several words).
    const savedFlag = r.present('--modules_to_save', '--lora_modules_to_save');
    const savedNames = savedFlag ? wordsOf(savedFlag) : [];
    // (PEFT's SEQ_CLS and TOKEN_CLS task types, TRL's --lora_task_type and a script's LoraConfig(task_type=…): the model's
    // classifier, the modules named classifier or score, saved whole beside the adapter, as PEFT adds them itself.)
    const task = r.str(['--lora_task_type']);
    const classifier = task && /^(SEQ_CLS|TOKEN_CLS)$/.test(task.value) ? task : undefined;
    // PEFT's target_parameters (a script's LoraConfig): the experts' stacked weights it names.
    const paramsFlag = r.present('--lora_target_parameters');
    const experts = paramsFlag ? expertParamsOf(wordsOf(paramsFlag)) : undefined;
    const merger = flag('--freeze_merger');
    const tying = flag('--ensure_weight_tying');
    const layersFlag = r.present('--lora_layers_to_transform');
    const layersList =
      layersFlag &&
      (typeof layersFlag.value === 'number'
        ? [layersFlag.value]
        : Array.isArray(layersFlag.value)
          ? layersFlag.value.filter((x): x is number => typeof x === 'number')
          : []);
    const layersOnly = layersFlag && layersList && layersList.length ? fromFact(layersList, layersFlag) : undefined;
    training.adapter = adapterOf(dora?.value ? as(dora, 'dora') : as(peft ?? type ?? quantized ?? rank, 'lora'), rank, as(where, roles), {
      ...(paramsFlag && experts ? { expertParams: fromFact(experts, paramsFlag) } : {}),
      alpha,
      dropout,
      unknown: as(where, unknown),
      ...(toPeft ? { suffixes: as(where, suffixes), patterns: as(where, patterns), allLinear: as(where, allLinear) } : {}),
      fused: as(where, fused),
      peftDefault: as(where, peftDefault),
      // (The Qwen-VL fine-tuning scripts' --freeze_merger False: the vision merger trained whole beside the LoRA.)
      saved:
        savedFlag && savedNames.length
          ? fromFact([...new Set([...savedOf(savedNames), ...(classifier ? (['classifier'] as const) : [])])], savedFlag)
          : classifier
            ? as(classifier, ['classifier' as const])
            : llavaLora && merger?.value === false
              ? as(merger, ['projector' as const])
              : undefined,
      ...(swiftAligner ? { visionProjector: as(swiftAligner, !swiftAligner.value) } : {}),
      // PEFT's ensure_weight_tying (a script's LoraConfig): a tied embedding and head saved whole stay one matrix.
      ...(tying?.value ? { options: as(tying, { ensureWeightTying: true }) } : {}),
      // (And its layers_to_transform: the layers by index whose linears are adapted, one or a list.)
      ...(layersOnly ? { layers: layersOnly } : {}),
    });
  }
  // ms-swift's full training of a multimodal model: --freeze_vit and --freeze_aligner true, --freeze_llm false unless set.
  if (library === 'swift' && type && /^full$/i.test(type.value)) {
    const llm = flag('--freeze_llm') ?? classDefault(false, '--freeze_llm', LIBRARY.swift);
    const vit = flag('--freeze_vit') ?? classDefault(true, '--freeze_vit', LIBRARY.swift);
    const aligner = flag('--freeze_aligner') ?? classDefault(true, '--freeze_aligner', LIBRARY.swift);
    const from = firstStated([llm, vit, aligner], vit);
    training.frozenParts = as(from, { language: llm.value, vision: vit.value, projector: aligner.value });
  }
  // LLaVA's pretraining stage (llava/train/train.py: --tune_mm_mlp_adapter True freezes the whole model, then unfreezes its
  // mm_projector): the projector alone trains.
  const projectorOnly = flag('--tune_mm_mlp_adapter');
  if (!training.adapter && !training.frozenParts && projectorOnly?.value === true) {
    training.frozenParts = as(projectorOnly, { language: true, vision: true, projector: false });
    // (Its projector maps a vision tower's features, the tower named by --vision_tower, into the language model: not counted.)
    const tower = r.text(['--vision_tower']);
    r.findings.push(finding('assumed', 'info', { id: 'launcher.projectorOnly', args: { tower: tower?.value ?? '—' } }, where(projectorOnly)));
  }
  // Qwen's qwen-vl-finetune (train_qwen.py's set_model): --tune_mm_llm, --tune_mm_mlp and --tune_mm_vision train the language
  // model, the merger and the vision tower; each False unless set (its ModelArguments).
  const tunes = ['--tune_mm_llm', '--tune_mm_mlp', '--tune_mm_vision'] as const;
  if (!training.adapter && !training.frozenParts && tunes.some((k) => r.has(k))) {
    const [llm, mlp, vision] = tunes.map((k) => flag(k) ?? classDefault(false, k, 'qwen-vl-finetune ModelArguments'));
    training.frozenParts = as(firstStated([llm!, mlp!, vision!], llm!), { language: !llm!.value, vision: !vision!.value, projector: !mlp!.value });
  }
  // Any other switch of a script's own that freezes a part of the model, `--freeze_llm=true`, or a share or count of it,
  // `--freeze_layer_ratio 0.33` (what it freezes is the script's code, not read): every parameter counted as trained, said. (Not
  // a number of steps or epochs to freeze for, `--freeze_steps 1000`: the run trains the whole model after.)
  const freezes = (f: Fact): boolean =>
    !/(steps?|epochs?|iters?|iterations?)$/i.test(String(f.path[0])) &&
    (f.value === true || (typeof f.value === 'number' && f.value > 0) || (typeof f.value === 'string' && !/^(false|no|0|none|null|)$/i.test(f.value.trim())));
  if (!training.adapter && !training.frozenParts) {
    const freeze = r.facts.find((f) => f.path.length === 1 && /^--freeze[_-]\w+$/.test(String(f.path[0])) && !f.unknown && freezes(f));
    if (freeze)
      r.findings.push(
        finding('assumed', 'warning', { id: 'launcher.freezeUnread', args: { flag: String(freeze.path[0]) } }, { file: freeze.file, range: freeze.valueRange }),
      );
  }
  const four = flag('--load_in_4bit');
  const eight = flag('--load_in_8bit');
  const bits = r.int(['--quant_bits']);
  const loadBits = ownScript ? r.int(['--load_in_bits']) : undefined;
  // llama-recipes' --quantization 4bit / 8bit (bitsandbytes; its 4-bit fp4 stores as nf4 does: 4 bits and a scale per 64).
  const recipesQuant = library === 'llamarecipes' ? r.text(['--quantization']) : undefined;
  if (recipesQuant && /^(4bit|8bit|true)$/i.test(recipesQuant.value))
    training.quantization = as(recipesQuant, /^4bit$/i.test(recipesQuant.value) ? 'nf4' : 'int8');
  // FastChat's --q_lora True: its BitsAndBytesConfig, 4-bit NF4 with double quantization.
  else if (library === 'fastchat' && flag('--q_lora')?.value) training.quantization = as(flag('--q_lora')!, 'nf4-dq');
  // qlora.py's --bits (4 unless set; 16 or 32 for a full fine-tune), NF4 with double quantization unless --double_quant False
  // or another --quant_type.
  else if (library === 'qlora') {
    const full = flag('--full_finetune')?.value === true;
    const qbits = r.int(['--bits']) ?? classDefault(full ? 16 : 4, '--bits', LIBRARY.qlora);
    const nested = flag('--double_quant')?.value !== false && (r.str(['--quant_type'])?.value ?? 'nf4') === 'nf4';
    if (qbits.value === 4) training.quantization = as(qbits, nested ? 'nf4-dq' : 'nf4');
    else if (qbits.value === 8) training.quantization = as(qbits, 'int8');
  } else if (four?.value || bits?.value === 4)
    training.quantization = as((four ?? bits)!, flag('--use_bnb_nested_quant')?.value || library === 'swift' ? 'nf4-dq' : 'nf4');
  else if (eight?.value || bits?.value === 8) training.quantization = as((eight ?? bits)!, 'int8');
  // (Llama-Chinese's finetune_clm_lora.py and its copies, --load_in_bits 4 / 8: its BitsAndBytesConfig, NF4 with double
  // quantization; or load_in_8bit.)
  else if (loadBits?.value === 4) training.quantization = as(loadBits, 'nf4-dq');
  else if (loadBits?.value === 8) training.quantization = as(loadBits, 'int8');
  // qlora.py's other defaults where the launch leaves them: its sources and targets, micro-batch, accumulation, checkpointing and
  // paged 32-bit AdamW.
  if (library === 'qlora') {
    const source = r.int(['--source_max_len']);
    const target = r.int(['--target_max_len']);
    training.seqLen ??=
      source || target
        ? derived(
            (source?.value ?? 1024) + (target?.value ?? 256),
            { id: 'prov.sourceTarget' },
            source ?? classDefault(1024, '--source_max_len', LIBRARY.qlora),
            target ?? classDefault(256, '--target_max_len', LIBRARY.qlora),
          )
        : classDefault(1280, '--source_max_len + --target_max_len', LIBRARY.qlora, '1024 + 256');
    training.microBatch ??= classDefault(1, '--per_device_train_batch_size', LIBRARY.qlora);
    training.gradAccum ??= classDefault(16, '--gradient_accumulation_steps', LIBRARY.qlora);
    training.recompute ??= classDefault('full' as const, '--gradient_checkpointing', LIBRARY.qlora, 'True');
    training.optimizer ??= classDefault('adamw' as const, '--optim', LIBRARY.qlora, 'paged_adamw_32bit');
    training.pagedOptimizer ??= classDefault(true, '--optim', LIBRARY.qlora, 'paged_adamw_32bit');
  }
  // A script's prepare_model_for_kbit_training on a model loaded in 16 bits: PEFT casts its fp16 / bf16 parameters to fp32.
  const upcast = flag('--peft_fp32_upcast');
  if (upcast?.value && !training.quantization) training.fp32Weights = upcast;

  // torchrun / deepspeed / accelerate launch counts.
  // deepspeed's --num_nodes without --num_gpus fills each node (the cluster's GPUs per node).
  // ms-swift starts torchrun itself from its environment: NPROC_PER_NODE=4 NNODES=2 swift sft … (one process without them).
  const env = (name: string) => (library === 'swift' ? [`@env.${name}`] : []);
  // OpenRLHF's Ray trainers place the actor on --actor_num_nodes × --actor_num_gpus_per_node.
  const actor = (flag: string) => (library === 'openrlhf' ? [flag] : []);
  // (torchrun, accelerate and deepspeed start each node's processes themselves.)
  const spawner = r.facts.some((f) => f.path[0] === '@command' && /(^|\/)(accelerate|torchrun|deepspeed)$/.test(String(f.value)));
  const launch = launchCounts(
    r,
    {
      nodes: ['--nnodes', '--num_nodes', '--num_machines', ...env('NNODES'), ...actor('--actor_num_nodes')],
      perNode: ['--nproc-per-node', '--nproc_per_node', '--num_gpus', ...env('NPROC_PER_NODE'), ...actor('--actor_num_gpus_per_node')],
    },
    spawner,
  );
  // ms-swift without NPROC_PER_NODE runs one process, which spreads the model over the GPUs it sees (device_map auto): said,
  // since the run is then one process's, layer by layer across them, not data parallel.
  const visible = r.text(['@env.CUDA_VISIBLE_DEVICES']);
  const seen = visible ? visible.value.split(',').filter((x) => x.trim() !== '').length : 0;
  // (Not under a launcher of its own, `torchrun --nproc_per_node=… -m swift.cli.rlhf`, whose process count is the run's.)
  // (Nor under accelerate launch, whose config or flags count the processes.)
  const ownLauncher = r.has('--nproc_per_node') || r.has('--nproc-per-node') || spawner;
  if (library === 'swift' && seen > 1 && !r.has('@env.NPROC_PER_NODE') && !ownLauncher && visible?.source.kind === 'fact')
    r.findings.push(
      finding('assumed', 'warning', { id: 'launcher.swiftDeviceMap', args: { gpus: seen } }, { file: visible.source.file, range: visible.source.range }),
    );
  // CUDA_VISIBLE_DEVICES= (empty): no GPU is visible to the run.
  if (visible && visible.value.trim() === '' && visible.source.kind === 'fact')
    r.findings.push(finding('assumed', 'warning', { id: 'launcher.noVisibleGpu' }, { file: visible.source.file, range: visible.source.range }));
  // deepspeed --hostfile F with no count of its own: every slot of every host F lists, which is not read here.
  const hostfile = r.present('--hostfile');
  if (hostfile && !launch.perNode && !launch.nodes && !r.has('--include') && !r.has('--num_processes'))
    r.findings.push(
      finding(
        'assumed',
        'warning',
        { id: 'launcher.hostfileSlots', args: { file: String(hostfile.value) } },
        { file: hostfile.file, range: hostfile.valueRange },
      ),
    );
  const perLaunch = r.int(['--num_processes']);
  // open-instruct's mason.py (`python mason.py --num_nodes 8 --gpus 8 -- accelerate launch --num_processes 8 …`) runs the command
  // on --num_nodes Beaker replicas, rewriting its --num_processes N to N × num_nodes with --num_machines num_nodes (mason.py's
  // make_internal_command).
  const masonNodes = r.fact('@command.1') && /(^|\/)mason\.py$/.test(String(r.fact('@command.1')!.value)) ? r.int(['--num_nodes']) : undefined;
  const processes =
    perLaunch && masonNodes && masonNodes.value > 1
      ? derived(
          perLaunch.value * masonNodes.value,
          { id: 'prov.masonNodes', args: { nodes: masonNodes.value, processes: perLaunch.value } },
          perLaunch,
          masonNodes,
        )
      : perLaunch;
  // deepspeed --include localhost:2,3: those GPUs of one host.
  const include = r.str(['--include']);
  const ids = include && /^[\w.-]+:([\d,]+)$/.exec(include.value)?.[1]?.split(',').filter(Boolean);
  const included = include && ids?.length && !launch.perNode ? derived(ids.length, { id: 'prov.fromKey', args: { key: '--include' } }, include) : undefined;
  // accelerate's --num_processes over its --num_machines: the processes it starts on each machine (over a Slurm job's one task per
  // node, which runs the launcher).
  const machines = r.int(['--num_machines']) ?? (processes !== perLaunch ? masonNodes : undefined);
  const perMachine =
    processes && machines && processes.value % machines.value === 0
      ? derived(processes.value / machines.value, { id: 'prov.fromKey', args: { key: '--num_processes / --num_machines' } }, processes, machines)
      : undefined;
  // A launch that states no process count, under CUDA_VISIBLE_DEVICES: the GPUs it shows.
  const visibleCount = !launch.perNode && !included && !processes && visible && seen > 0 && visible.source.kind === 'fact' ? visible : undefined;
  // The deepspeed launcher on one host with neither --num_gpus nor --include: one process each (deepspeed/launcher/runner.py
  // turns them into --include localhost:…).
  const deepspeedRun = r.fact('@command.0')?.value === 'deepspeed';
  const shown = deepspeedRun && visibleCount ? derived(seen, { id: 'prov.fromKey', args: { key: 'CUDA_VISIBLE_DEVICES' } }, visibleCount) : undefined;
  // accelerate launch with no --num_processes: its config file's count, which a missing config leaves to the GPUs the run sees
  // (accelerate's own default where no config sets it); assumed, so a config's count wins.
  const accelerateRun = r.fact('@command.0')?.value === 'accelerate' && r.fact('@command.1')?.value === 'launch';
  const visibleAll = accelerateRun && visibleCount ? assumed(seen, { id: 'prov.accelerateVisible', args: { gpus: seen } }) : undefined;
  // torchrun's --nproc_per_node computed where the run starts (`NUM_GPUS=$(echo $USED_GPUS | … | wc -w)`) on one node, under
  // CUDA_VISIBLE_DEVICES: the GPUs it shows, assumed.
  const nproc = r.fact('--nproc_per_node', '--nproc-per-node');
  const oneNode = !launch.nodes || launch.nodes.value === 1;
  const torchrunVisible =
    r.fact('@command.0')?.value === 'torchrun' && nproc?.unknown && oneNode && visibleCount
      ? assumed(seen, { id: 'prov.torchrunVisible', args: { gpus: seen } })
      : undefined;
  const parallel = defined({
    nodes:
      launch.nodes ??
      (included ? derived(1, { id: 'prov.fromKey', args: { key: '--include' } }, include!) : undefined) ??
      (shown ? derived(1, { id: 'prov.fromKey', args: { key: 'CUDA_VISIBLE_DEVICES' } }, visible!) : undefined),
    gpusPerNode: perMachine ?? launch.perNode ?? included ?? shown ?? torchrunVisible,
    worldSize: processes ?? launch.worldSize ?? included ?? shown ?? visibleAll ?? torchrunVisible,
    // OpenRLHF's --ring_attn_size: ring attention over that many ranks, each a part of the sequence (context parallel).
    // ms-swift's --sequence_parallel_size: each sequence split over that many ranks (Ulysses), the data-parallel ranks what is left.
    cp: library === 'openrlhf' ? r.int(['--ring_attn_size']) : library === 'swift' ? r.int(['--sequence_parallel_size']) : undefined,
  });
  // ms-swift's TrainArgumentsMixin: gradient_accumulation_steps unset is ceil(16 / per_device_train_batch_size / world size), at
  // least 1 (a global batch of about 16), over the processes it starts (one without NPROC_PER_NODE).
  if (library === 'swift' && !training.gradAccum && training.microBatch) {
    const mb = training.microBatch;
    const world = parallel.worldSize ?? classDefault(1, 'NPROC_PER_NODE', LIBRARY.swift);
    const steps = Math.max(1, Math.ceil(16 / mb.value / world.value));
    training.gradAccum = derived(steps, { id: 'prov.swiftGradAccum', args: { micro: mb.value, world: world.value, steps } }, mb, world);
  }
  // --deepspeed names a JSON (HF Trainer) or, in ms-swift and XTuner, a preset (zero2, zero3, deepspeed_zero3); accelerate launch's own
  // --deepspeed_config_file (open-instruct's stage3_no_offloading_accelerate.conf, JSON under another extension).
  // (DeepSpeed's own argparse, deepspeed.add_config_arguments: a bare --deepspeed switch beside --deepspeed_config PATH.)
  const bare = typeof r.fact('--deepspeed')?.value === 'boolean';
  const ds = r.str(bare ? ['--deepspeed_config', '--deepspeed_config_file'] : ['--deepspeed', '--deepspeed_config', '--deepspeed_config_file']);
  // (XTuner's own presets by name: `xtuner train cfg.py --deepspeed deepspeed_zero2`.)
  const preset = ds ? /^(?:deepspeed_)?zero([0-3])(_offload)?$/.exec(ds.value) : null;
  if (ds && preset) training.zeroStage = as(ds, Number(preset[1]));
  // accelerate's --config_file, and a training script's --config YAML (TRL's scripts and most users' take one).
  // (Or a config file the script takes as its first argument: `accelerate launch … src/train.py config.yaml`.)
  const configs = [r.str(['--config_file']), r.str(['--config', '--config-file']) ?? r.str(['@config']) ?? cliConfig(r)].filter(
    (x): x is Sourced<string> => x !== undefined,
  );
  const argumentFiles = [...configs];
  // (The Trainer's --fsdp_config as a file of its own: FSDP's options, activation checkpointing among them.)
  const fsdpFile = r.str(['--fsdp_config']);
  if (fsdpFile && /\.(json|ya?ml)$/i.test(fsdpFile.value)) configs.push(fsdpFile);
  const references = [...(ds && !preset ? [ds] : []), ...configs];
  // A preference or RL trainer: OpenRLHF's train_rm, train_dpo, train_kto, train_kd, train_ppo_ray and its copies; TRL's `trl dpo`,
  // its examples/scripts/dpo.py, reward_modeling.py, …; ms-swift's `swift rlhf --rlhf_type …` (dpo by default).
  const command = r.facts.find(
    (f) =>
      typeof f.value === 'string' &&
      (/(^|\/)openrlhf[./]cli[./]train_(rm|prm|dpo|kto|kd|ppo\w*)(_\w+)?(\.py)?$/.test(f.value) ||
        (f.path[0] === '@command' && /(^|\/)(dpo|reward_modeling|kto|orpo|cpo|bco|ppo|rloo|grpo|online_dpo|xpo|nash_md|gkd|prm)\.py$/.test(f.value)) ||
        // (A copy of one under a name of its own: finetune_dpo.py, train_dpo_dev.py, train_rm_bgpm.py, train_reward.py. Not an RL
        // run's reward function, gsm8k_reward.py or reward_fn.py, which a script may run beside it.)
        (f.path[0] === '@command' &&
          /(^|\/)\w+_(dpo|rm|reward_models?|reward_modeling|orpo|cpo)(_\w+)?\.py$|(^|\/)train_reward(_\w+)?\.py$|(^|\/)(dpo|rm|orpo)_\w+\.py$/.test(f.value)) ||
        (f.path[0] === '@command' &&
          f.path[1] === 1 &&
          r.fact('@command.0')?.value === 'trl' &&
          /^(dpo|reward|kto|orpo|cpo|ppo|rloo|grpo|online_dpo|xpo|nash_md|gkd|prm)$/.test(f.value)) ||
        (swiftCommand && f.path[0] === '@command' && f.path[1] === 1 && f.value === 'rlhf')),
  );
  const rlhfType = command?.value === 'rlhf' ? (r.str(['--rlhf_type']) ?? classDefault('dpo', '--rlhf_type', LIBRARY.swift)) : undefined;
  if (command) {
    const trl = command.path[1] === 1 && r.fact('@command.0')?.value === 'trl';
    const stage = rlhfType ? `swift rlhf --rlhf_type ${rlhfType.value}` : `${trl ? 'trl ' : ''}${String(command.value)}`;
    const named = rlhfType?.source.kind === 'fact' ? r.present('--rlhf_type')! : command;
    const at = { file: named.file, range: named.valueRange };
    const kind = rlhfType
      ? /^(dpo|orpo|simpo|cpo|rm)$/.exec(rlhfType.value)?.[1]
      : /(?:train_|\/|^|trl |_)(dpo|orpo|cpo|rm|reward_modeling|reward)(?:_\w+)?(?:\.py)?$/.exec(stage)?.[1];
    const from = fromFact(stage, named);
    // DPO: TRL's reference (and ms-swift's, which runs TRL's trainers) is the base with the adapter off under LoRA, else a frozen
    // copy; OpenRLHF's train_dpo loads its reference as a model of its own, on the host with --ref_offload. ORPO, SimPO and CPO
    // have none. A reward model of TRL (AutoModelForSequenceClassification, num_labels 1) or OpenRLHF (value_head) scores with
    // h × 1, no LM head; ms-swift's keeps the LM head under TRL's value head (h + 1, not counted).
    if (kind) {
      const reward = /^(rm|reward|reward_modeling)$/.test(kind) && !rlhfType;
      const offload = on('--ref_offload');
      const reference = kind !== 'dpo' ? 'none' : library === 'openrlhf' ? (offload ? 'forwardOnly' : 'copy') : wanted ? 'forwardOnly' : 'copy';
      const p = preferenceOf(stage, reference, reward, at, from, ...(offload ? [offload] : []), ...(peft ? [peft] : []), ...(type ? [type] : []));
      training.preference = p.preference;
      r.findings.push(p.note);
    } else if (library !== 'openrlhf' && /(?:\/|^|trl |--rlhf_type )kto(?:\.py)?$/.test(stage)) {
      // TRL's KTOTrainer (ms-swift's too): the reference as for DPO.
      const p = ktoOf(stage, wanted ? 'forwardOnly' : 'copy', at, from, ...(peft ? [peft] : []), ...(type ? [type] : []));
      training.preference = p.preference;
      r.findings.push(p.note);
    } else r.findings.push(unmodelledStage(stage, at));
  } else if (r.facts.some((f) => f.path.length === 1 && /^--student[_-]model/.test(String(f.path[0])))) {
    // A distillation script of the user's own (`--student_model S --teacher_model T`): the student counted alone, said.
    const teacher = r.facts.find((f) => f.path.length === 1 && /^--teacher[_-]model([_-](name[_-]or[_-]path|path))?$/.test(String(f.path[0])));
    if (teacher)
      r.findings.push(unmodelledStage(`${String(teacher.path[0])} ${String(teacher.value ?? '')}`.trim(), { file: teacher.file, range: teacher.keyRange }));
  } else if (!training.preference) {
    // No trainer named, but DPOConfig's own keys: a beta beside one of its loss types (trl/trainer/dpo_config.py loss_type;
    // alignment-handbook's recipes/…/dpo/*.yaml, run by its scripts/dpo.py): DPO, its reference as TRL's.
    const loss = r.str(['--loss_type']);
    const beta = r.present('--beta');
    if (loss && beta && DPO_LOSSES.has(loss.value.split(',')[0]!.trim())) {
      const at = { file: beta.file, range: beta.keyRange };
      const p = preferenceOf('DPOConfig', wanted ? 'forwardOnly' : 'copy', false, at, loss, fromFact(beta.value, beta));
      training.preference = p.preference;
      r.findings.push(p.note);
    }
  }
  // LoRA keys written without what turns LoRA on (TRL's use_peft): the whole model is trained, and that is said. A user's own
  // script given a rank (--lora_r, --rank) may apply LoRA in code this version does not read: a warning that the count is the
  // whole model's.
  const ownRank = ownScript ? (r.int(['--lora_r', '--lora_rank', '--rank', '--lora-r', '--lora-rank', '--r'], { min: 0 }) ?? rankFlag) : rankFlag;
  if (!wanted && ownRank && ownRank.value > 0 && library !== 'openrlhf' && ownRank.source.kind === 'fact') {
    const where = { file: ownRank.source.file, range: ownRank.source.range };
    r.findings.push(
      ownScript
        ? finding('assumed', 'warning', { id: 'launcher.rankInScript', args: { flag: ownRank.source.path.join('.'), rank: ownRank.value } }, where)
        : finding(
            'assumed',
            'info',
            // (What turns it on where this launch runs: ms-swift's --train_type lora, TRL's --use_peft.)
            { id: 'launcher.loraUnused', args: { switch: library === 'swift' ? 'ms-swift: --train_type lora' : 'TRL: use_peft' } },
            where,
          ),
    );
  }
  // (A script of its own named for LoRA, lora_clm.py, given no rank: it may apply one in code this version does not read; said.)
  else if (!wanted && loraScript && !(ownRank && ownRank.value > 0) && training.adapter === undefined)
    r.findings.push(
      finding(
        'assumed',
        'warning',
        { id: 'launcher.loraScriptNamed', args: { file: String(loraScript.value) } },
        { file: loraScript.file, range: loraScript.valueRange },
      ),
    );
  // A full fine-tune of a model loaded in 16 bits under the Hugging Face Trainer (no DeepSpeed on the line): the Trainer keeps no
  // fp32 master copy, and torch's AdamW keeps its moments in the parameters' dtype. ms-swift loads the checkpoint's dtype unless
  // --torch_dtype says otherwise (ModelArguments._init_mixed_precision: bfloat16 → bf16=True, the weights left as loaded),
  // assumed bf16; a script given --torch_dtype bfloat16 loads so. (setup.ts drops it where the run shards: ZeRO and FSDP
  // step an fp32 copy.)
  const loadDtype = r.str(['--torch_dtype', '--dtype']);
  const loaded = loadDtype ? precisionOf(loadDtype.value) : undefined;
  const sixteen = loaded === 'bf16' || loaded === 'fp16' ? loadDtype : undefined;
  if (!training.adapter && !training.masterWeights && !ds && !training.fsdp && !training.zeroStage) {
    if (sixteen && (library === 'hf' || library === 'trl' || library === 'swift'))
      training.masterWeights = derived(false, { id: 'prov.sixteenBitLoad', args: { dtype: sixteen.value } }, sixteen);
    else if (library === 'swift' && !loadDtype && type && /^full$/i.test(type.value))
      training.masterWeights = assumed(false, { id: 'prov.sixteenBitLoad', args: { dtype: 'bfloat16' } });
  }
  // The user's own training script the line runs (python train.py, torchrun … sft.py, accelerate launch … run.py): read with
  // this line as its arguments where it is found.
  // (Or a module of the user's own package, `accelerate launch -m citation_sft.train`: its file, citation_sft/train.py.)
  // (A dotted name: a package's module; `-m train` may be any train.py on the path. A name no import could spell, `-m
  // lora-qwen3`, is a file beside the run: lora-qwen3.py.)
  const module = r.facts.find(
    (f) => f.path[0] === '@module' && typeof f.value === 'string' && (f.value.includes('.') || f.value.includes('-')) && !LIBRARY_MODULE.test(f.value),
  );
  const script =
    r.facts.filter((f) => f.path[0] === '@command' && typeof f.value === 'string' && /^[\w./-]+\.py$/.test(f.value) && !f.value.startsWith('/')).pop() ??
    (module ? { ...module, value: `${String(module.value).replace(/\./g, '/')}.py` } : undefined);
  return {
    family: 'launcher',
    modelRef,
    ...(scratch?.shape.length ? { modelShape: scratch.shape } : {}),
    training,
    parallel,
    // (With no model on the line and no config file that could name one, a DeepSpeed config at most, the script is where it is
    // named: read, or said when it is not here.)
    references: [...references, ...(script && !modelRef && !configs.length ? [fromFact(String(script.value), script)] : [])],
    argumentFiles,
    ...(script ? { scripts: [fromFact(String(script.value), script)] } : {}),
    findings: [...r.findings],
  };
}

/**
 * The config classes whose defaults are a catalogue model's config: GPT2Config's are GPT-2's (124M), BertConfig's
 * bert-base-uncased's (its intermediate_size 3,072 whatever the width).
 */
const CLASS_DEFAULTS: Readonly<Record<string, { readonly id: string; readonly cls: string }>> = {
  gpt2: { id: 'openai-community/gpt2', cls: 'GPT2Config' },
  bert: { id: 'google-bert/bert-base-uncased', cls: 'BertConfig' },
};

/** config_overrides' keys (GPT2Config's and BertConfig's names) that set a shape, by the shape they set. */
const OVERRIDE_SHAPES: Readonly<Record<string, ShapeOverride['alias']>> = {
  n_layer: 'layers',
  num_hidden_layers: 'layers',
  n_embd: 'hidden',
  hidden_size: 'hidden',
  n_head: 'heads',
  num_attention_heads: 'heads',
  n_inner: 'ffnWidth',
  intermediate_size: 'ffnWidth',
  vocab_size: 'vocab',
  n_positions: 'maxPositions',
  max_position_embeddings: 'maxPositions',
};

/**
 * transformers' run_clm.py / run_mlm.py (and the scripts copied from them) training from scratch: `--model_type gpt2` with no
 * checkpoint or config named builds `CONFIG_MAPPING[model_type]()`, its class's defaults, then applies `--config_overrides
 * "n_embd=256,n_layer=4"` (PretrainedConfig.update_from_string: comma-separated key=value). The model those defaults are, said,
 * with the overrides' shapes over it; a key that sets no shape read here is said. Undefined for another model_type (its class's
 * defaults are no catalogue model's) or a line with no --config_overrides that is not such a script.
 */
function fromScratch(r: FactReader): { ref: Sourced<string>; shape: ShapeOverride[] } | undefined {
  const type = scratchType(r);
  const base = type && CLASS_DEFAULTS[String(type.value)];
  if (!type || !base) return undefined;
  const overrides = r.fact('--config_overrides');
  const ref = derived(base.id, { id: 'prov.modelTypeDefaults', args: { type: String(type.value), cls: base.cls } }, fromFact(String(type.value), type));
  const shape: ShapeOverride[] = [];
  const unread: string[] = [];
  if (overrides && typeof overrides.value === 'string' && !overrides.unknown)
    for (const item of overrides.value.split(',')) {
      const [key, value] = item.split('=').map((x) => x.trim());
      if (!key) continue;
      const alias = OVERRIDE_SHAPES[key];
      const n = Number(value);
      if (alias && Number.isInteger(n) && n > 0) shape.push({ alias, fact: { ...overrides, path: [key], value: n } });
      else unread.push(key);
    }
  if (unread.length)
    r.findings.push(
      finding(
        'assumed',
        'info',
        { id: 'launcher.configOverridesUnread', args: { keys: unread.join(', ') } },
        { file: overrides!.file, range: overrides!.valueRange },
      ),
    );
  return { ref, shape };
}

/** run_clm.py's or run_mlm.py's --model_type (or one beside --config_overrides) that names a class CLASS_DEFAULTS holds. */
function scratchType(r: FactReader): Fact | undefined {
  const type = r.fact('--model_type');
  const script = r.facts.some((f) => f.path[0] === '@command' && typeof f.value === 'string' && /(^|\/)run_(clm|mlm)(_no_trainer)?\.py$/.test(f.value));
  if (!type || typeof type.value !== 'string' || type.unknown || !(script || r.has('--config_overrides'))) return undefined;
  return CLASS_DEFAULTS[type.value] ? type : undefined;
}

/** The Hugging Face Trainer: data parallel (DDP), ZeRO or FSDP only as configured. */
export const LAUNCHER_TRAINER: Trainer = { defaults: hfTrainerDefaults('the Hugging Face Trainer') };

/**
 * TRL's max_length written as None (a script's `max_length=None`, a YAML `max_length: null`): no truncation, each sample keeps its
 * length. The step is counted at the config's default length, said so with the reason.
 */
function noTruncation(r: FactReader, cls: string): Sourced<number> | undefined {
  const f = r.fact('--max_length', '--max_seq_length');
  if (!f || f.value !== null || f.unknown) return undefined;
  return assumed(1024, { id: 'prov.noTruncation', args: { key: keyName(f).replace(/^--/, ''), cls, value: 1024 } });
}
