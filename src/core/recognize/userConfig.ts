/**
 * A user's own training config for a Hugging Face / TRL / PEFT script (YAML or JSON, in no framework's layout): the model it
 * names under a common key (`model.name`, `model_name`, `base_model`, …), its LoRA section (`lora`, `lora_config`, `peft`: `r`,
 * `lora_alpha`, `target_modules`, `enabled`) and its training section (`training`, `training_args`, `training_config`: the
 * Trainer's own keys), read as the launch flags they become in such a script, with a note naming the keys read.
 */
import type { Fact } from '../types';
import { finding } from '../types';
import type { FileRecognition, RecognizeContext } from './common';
import { recognizeLauncher } from './launcher';
import type { FactReader } from './reader';

const MODEL_KEYS = [
  'model.name',
  'model.model_name',
  'model.model_name_or_path',
  'model.name_or_path',
  'model.model_id',
  'model.id',
  'model.base_model',
  'model_name',
  'model_name_or_path',
  'model_id',
  'base_model',
  'pretrained_model_name_or_path',
];
const LORA_SECTIONS = ['lora', 'lora_config', 'peft', 'peft_config'];
const TRAINING_SECTIONS = ['training', 'training_args', 'training_arguments', 'training_config', 'trainer', 'train', 'sft', 'sft_config'];
/** The model section's keys a script passes on (its loader's and the trainer's). */
const MODEL_SECTION_KEYS: Readonly<Record<string, string>> = {
  max_seq_length: '--max_seq_length',
  max_length: '--max_length',
  torch_dtype: '--torch_dtype',
  dtype: '--torch_dtype',
  load_in_4bit: '--load_in_4bit',
  load_in_8bit: '--load_in_8bit',
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
};

/** A training section's common names for the Trainer's keys (a script passes them on under the Trainer's). */
const TRAINING_ALIASES: Readonly<Record<string, string>> = {
  batch_size: 'per_device_train_batch_size',
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

const HF_ID = /^[\w.-]+\/[\w.-]+$/;

function modelFact(r: FactReader): Fact | undefined {
  for (const k of MODEL_KEYS) {
    const f = r.present(k);
    if (f && typeof f.value === 'string' && HF_ID.test(f.value)) return f;
  }
  return undefined;
}

/** A named model with a LoRA or a training section beside it. */
export function isUserConfig(r: FactReader): boolean {
  return (
    modelFact(r) !== undefined &&
    r.facts.some((f) => typeof f.path[0] === 'string' && (LORA_SECTIONS.includes(f.path[0]) || TRAINING_SECTIONS.includes(f.path[0])))
  );
}

export function recognizeUserConfig(ctx: RecognizeContext, r: FactReader): FileRecognition {
  const model = modelFact(r)!;
  const flags: Fact[] = [{ ...model, path: ['--model_name_or_path'] }];
  const read: string[] = [model.path.join('.')];
  const section = (name: string) => ctx.facts.filter((f) => f.path[0] === name && f.path.length >= 2);
  // The loader's keys in the model's section, or beside a top-level model name (Unsloth's `max_seq_length`, `load_in_4bit`).
  const modelSection = String(model.path[0]) === 'model' ? section('model').map((f) => ({ ...f, path: f.path.slice(1) })) : ctx.facts;
  for (const f of modelSection) {
    const k = MODEL_SECTION_KEYS[String(f.path[0])];
    if (k && f.path.length === 1) {
      flags.push({ ...f, path: [k] });
      read.push(String(model.path[0]) === 'model' ? `model.${String(f.path[0])}` : String(f.path[0]));
    }
  }
  for (const name of TRAINING_SECTIONS)
    for (const f of section(name)) {
      if (f.path.length !== 2 && !(f.path.length === 3 && typeof f.path[2] === 'number')) continue;
      const key = TRAINING_ALIASES[String(f.path[1])] ?? String(f.path[1]);
      flags.push({ ...f, path: [`--${key}`, ...f.path.slice(2)] });
      read.push(`${name}.*`);
    }
  for (const name of LORA_SECTIONS) {
    const own = section(name);
    if (!own.length) continue;
    const enabled = own.find((f) => f.path[1] === 'enabled' || f.path[1] === 'use_lora' || f.path[1] === 'enable');
    if (enabled && enabled.value === false) continue;
    flags.push({ ...(enabled ?? own[0]!), path: ['--use_peft'], value: true });
    for (const f of own) {
      const k = LORA_KEYS[String(f.path[1])];
      if (k) flags.push({ ...f, path: [k, ...f.path.slice(2)] });
    }
    read.push(`${name}.*`);
  }
  const rec = recognizeLauncher({ file: ctx.file, facts: flags }, 'hf');
  const note = finding(
    'guessed-mapping',
    'info',
    { id: 'userConfig.read', args: { keys: [...new Set(read)].join(', ') } },
    { file: ctx.file, range: model.keyRange },
  );
  return { ...rec, findings: [...rec.findings, note] };
}
