/**
 * Hugging Face AutoTrain's LLM fine-tunes (autotrain-advanced), in each of the three ways it is written: the command line
 * (`autotrain llm --train --model … --peft --quantization int4 --lr 2e-4 --batch-size 2 …`), its config YAML (`task: llm-sft`,
 * `base_model`, `params: {block_size, epochs, batch_size, peft, quantization, lora_r, …}`) and its Python API
 * (`LLMTrainingParams(model=…, peft=True, …)`): read as the Trainer's and PEFT's flags they become, LLMTrainingParams' defaults
 * (src/autotrain/trainers/clm/params.py) where they are silent, each said:
 * - `batch_size` 2 per GPU, `gradient_accumulation` 4, `epochs` 1; the sequence `block_size` where set (not -1), else
 *   `model_max_length` (2,048);
 * - `peft` (False): LoRA of `lora_r` 16, `lora_alpha` 32, `lora_dropout` 0.05 on `target_modules` all-linear, the base
 *   quantized as `quantization` says (int4 by default: bitsandbytes NF4, no double quantization; int8) — with PEFT only;
 * - `mixed_precision` fp16 / bf16; gradient checkpointing on unless `disable_gradient_checkpointing`.
 */
import type { Fact, Sourced } from '../types';
import { derived } from '../types';
import type { FileRecognition, RecognizeContext } from './common';
import { recognizeLauncher } from './launcher';
import { asFlag, type FactReader } from './reader';

/** LLMTrainingParams' defaults. */
const CLS = 'AutoTrain LLMTrainingParams';
const DEFAULTS = {
  batch_size: 2,
  gradient_accumulation: 4,
  epochs: 1,
  model_max_length: 2048,
  quantization: 'int4',
  lora_r: 16,
  lora_alpha: 32,
  lora_dropout: 0.05,
} as const;

/** `autotrain llm …` on a command line. */
export function isAutotrainLaunch(r: FactReader): boolean {
  return r.fact('@command.0')?.value === 'autotrain' && r.fact('@command.1')?.value === 'llm';
}

/** AutoTrain's config YAML of an LLM task. */
export function isAutotrainConfig(r: FactReader): boolean {
  return /^llm(-|$)/.test(String(r.fact('task')?.value ?? '')) && r.has('base_model') && r.keys().some((k) => k.startsWith('params.'));
}

/** The parameters, named as LLMTrainingParams names them, from any of the three forms. */
function paramsOf(facts: readonly Fact[]): Map<string, Fact> {
  const out = new Map<string, Fact>();
  for (const f of facts) {
    const p = f.path;
    // (Command line: --batch-size, --model_max_length; config: params.*, base_model; Python: x = LLMTrainingParams(…).)
    const key =
      p.length === 1 && typeof p[0] === 'string' && p[0].startsWith('--')
        ? p[0].slice(2).replace(/-/g, '_')
        : p.length === 2 && p[0] === 'params' && typeof p[1] === 'string'
          ? p[1]
          : p.length === 1 && p[0] === 'base_model'
            ? 'model'
            : p.length === 2 && typeof p[1] === 'string' && facts.some((g) => g.path.length === 2 && g.path[0] === p[0] && g.path[1] === '@class')
              ? p[1]
              : undefined;
    if (key && key !== '@class') out.set(key, f);
  }
  return out;
}

/** A Python call of LLMTrainingParams(…): its facts, where the file holds one. */
export function autotrainCall(facts: readonly Fact[]): Fact[] | undefined {
  const call = facts.find((f) => f.path.length === 2 && f.path[1] === '@class' && /(^|\.)LLMTrainingParams$/.test(String(f.value)));
  return call ? facts.filter((f) => f.path[0] === call.path[0]) : undefined;
}

export function recognizeAutotrain(ctx: RecognizeContext, facts: readonly Fact[]): FileRecognition {
  const params = paramsOf(facts);
  const value = (k: string) => params.get(k)?.value;
  const def = <T>(key: keyof typeof DEFAULTS): Sourced<T> =>
    derived(DEFAULTS[key] as T, { id: 'prov.classDefault', args: { key, cls: CLS, value: String(DEFAULTS[key]) } });
  const flags: Fact[] = [];
  const as = (key: string, flag: string, v?: Fact['value']) => flags.push(...asFlag(params.get(key), flag, v));
  as('model', '--model_name_or_path');
  as('batch_size', '--per_device_train_batch_size');
  as('gradient_accumulation', '--gradient_accumulation_steps');
  as('epochs', '--num_train_epochs');
  as('lr', '--learning_rate');
  as('optimizer', '--optim');
  const block = value('block_size');
  if (typeof block === 'number' && block > 0) as('block_size', '--max_seq_length');
  else as('model_max_length', '--max_seq_length');
  const precision = value('mixed_precision');
  if (precision === 'fp16' || precision === 'bf16') as('mixed_precision', `--${precision}`, true);
  const noCheckpointing = params.get('disable_gradient_checkpointing');
  if (noCheckpointing) flags.push(...asFlag(noCheckpointing, '--gradient_checkpointing', noCheckpointing.value !== true));
  const peft = value('peft') === true;
  if (peft) {
    as('peft', '--use_peft', true);
    as('lora_r', '--lora_r');
    as('lora_alpha', '--lora_alpha');
    as('lora_dropout', '--lora_dropout');
    as('target_modules', '--lora_target_modules');
    const q = value('quantization');
    if (q === 'int4') as('quantization', '--load_in_4bit', true);
    if (q === 'int8') as('quantization', '--load_in_8bit', true);
  }
  const rec = recognizeLauncher({ file: ctx.file, facts: flags }, 'hf', {
    adapterDefaults: { cls: CLS, r: DEFAULTS.lora_r, alpha: DEFAULTS.lora_alpha, dropout: DEFAULTS.lora_dropout, targets: 'all-linear' },
  });
  const t = rec.training;
  return {
    ...rec,
    training: {
      ...t,
      microBatch: t.microBatch ?? def<number>('batch_size'),
      gradAccum: t.gradAccum ?? def<number>('gradient_accumulation'),
      ...((typeof block === 'number' && block > 0) || params.has('model_max_length') ? {} : { seqLen: def<number>('model_max_length') }),
      ...(!noCheckpointing
        ? { recompute: derived('full' as const, { id: 'prov.classDefault', args: { key: 'disable_gradient_checkpointing', cls: CLS, value: 'False' } }) }
        : {}),
      // (int4 by default, where PEFT is on and the quantization is not set: bitsandbytes NF4, no double quantization.)
      ...(peft && !params.has('quantization')
        ? { quantization: derived('nf4' as const, { id: 'prov.classDefault', args: { key: 'quantization', cls: CLS, value: 'int4' } }) }
        : {}),
    },
  };
}
