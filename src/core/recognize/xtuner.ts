/**
 * XTuner's Python configs (InternLM/xtuner, mmengine style: `model = dict(type=SupervisedFinetune, llm=dict(type=
 * AutoModelForCausalLM.from_pretrained, pretrained_model_name_or_path=…, quantization_config=dict(type=BitsAndBytesConfig,
 * load_in_4bit=True, …)), lora=dict(type=LoraConfig, r=64, lora_alpha=16, …))`, `batch_size`, `accumulative_counts`,
 * `max_length`, `max_epochs`, `optim_wrapper = dict(type=AmpOptimWrapper, dtype='float16', …)`), read as the flags of the
 * Hugging Face Trainer and PEFT they become:
 * - the model llm.pretrained_model_name_or_path names, loaded in its torch_dtype, quantized as its quantization_config says;
 * - LoRA from the lora dict (PEFT's LoraConfig: r 8, alpha 8, dropout 0 where it is silent); where it names no target_modules,
 *   XTuner's SupervisedFinetune puts it on every linear layer but the output head (find_all_linear_names), said;
 * - `batch_size` sequences a step on each GPU, `accumulative_counts` of them an optimizer step, `max_length` each (packed to it
 *   with `pack_to_max_length`), `max_epochs`; AmpOptimWrapper's dtype the autocast precision;
 * - SupervisedFinetune's use_activation_checkpointing (True unless the model dict sets it false);
 * - InternVL_V1_5's model dict (its model_path, the llm_lora of its language model, quantization_llm), and the DeepSpeedStrategy
 *   a run's dumped config holds (bf16 / fp16, the ZeRO stage).
 */
import { derived, finding } from '../types';
import type { FileRecognition, RecognizeContext } from './common';
import { recognizeLauncher } from './launcher';
import { asFlag, type FactReader } from './reader';

/** An mmengine config of XTuner's fine-tuning: its model dict's llm and the optimizer wrapper's accumulation. */
export function isXtuner(r: FactReader): boolean {
  return (r.has('model.llm.pretrained_model_name_or_path') || internvl(r)) && (r.has('accumulative_counts') || r.has('optim_wrapper.accumulative_counts'));
}

/** XTuner's InternVL fine-tune (`model = dict(type=InternVL_V1_5, model_path=…, llm_lora=dict(…), quantization_llm=True, …)`). */
function internvl(r: FactReader): boolean {
  return r.has('model.model_path') && /(^|\.)InternVL\w*$/.test(String(r.fact('model.type')?.value ?? ''));
}

const AS_FLAGS: readonly (readonly [string, string])[] = [
  ['model.llm.pretrained_model_name_or_path', '--model_name_or_path'],
  ['model.llm.torch_dtype', '--torch_dtype'],
  ['model.llm.quantization_config.load_in_4bit', '--load_in_4bit'],
  ['model.llm.quantization_config.load_in_8bit', '--load_in_8bit'],
  ['model.llm.quantization_config.bnb_4bit_use_double_quant', '--use_bnb_nested_quant'],
  ['model.lora.r', '--lora_r'],
  ['model.lora.lora_alpha', '--lora_alpha'],
  ['model.lora.lora_dropout', '--lora_dropout'],
  // (InternVL_V1_5's: the checkpoint's folder, and the LoRA of its language model.)
  ['model.model_path', '--model_name_or_path'],
  ['model.llm_lora.r', '--lora_r'],
  ['model.llm_lora.lora_alpha', '--lora_alpha'],
  ['model.llm_lora.lora_dropout', '--lora_dropout'],
  ['batch_size', '--per_device_train_batch_size'],
  ['accumulative_counts', '--gradient_accumulation_steps'],
  ['max_length', '--max_seq_length'],
  ['max_epochs', '--num_train_epochs'],
];

export function recognizeXtuner(ctx: RecognizeContext, r: FactReader): FileRecognition {
  const flags = AS_FLAGS.flatMap(([key, flag]) => asFlag(r.present(key), flag));
  const notes = [];
  const vl = internvl(r);
  const lora = r.facts.find((f) => f.path[0] === 'model' && f.path[1] === (vl ? 'llm_lora' : 'lora'));
  if (lora) {
    flags.push(...asFlag(lora, '--use_peft', true));
    // (InternVL_V1_5's llm_lora names its targets or, with target_modules None, takes every linear of the language model.)
    const targets = r.fact(vl ? 'model.llm_lora.target_modules' : 'model.lora.target_modules');
    if (targets && typeof targets.value !== 'object') flags.push(...asFlag(targets, '--lora_target_modules'));
    if (!targets || targets.value === null)
      notes.push(finding('assumed', 'info', { id: vl ? 'xtuner.internvlAllLinear' : 'xtuner.allLinear' }, { file: ctx.file, range: lora.keyRange }));
  }
  // The DeepSpeedStrategy a run's dumped config holds (its DeepSpeed config: bf16 / fp16 enabled, the ZeRO stage).
  const ds = (key: string) => r.fact(`strategy.config.${key}`);
  if (ds('bf16.enabled')?.value === true) flags.push(...asFlag(ds('bf16.enabled'), '--bf16', true));
  if (ds('fp16.enabled')?.value === true) flags.push(...asFlag(ds('fp16.enabled'), '--fp16', true));
  flags.push(...asFlag(ds('zero_optimization.stage'), '--zero_stage'));
  // InternVL_V1_5's quantization_llm: its language model loaded in 4 bits, NF4 with double quantization (xtuner/model/internvl.py).
  const quantized = vl ? r.fact('model.quantization_llm') : undefined;
  if (quantized?.value === true) flags.push(...asFlag(quantized, '--load_in_4bit', true), ...asFlag(quantized, '--use_bnb_nested_quant', true));
  // AmpOptimWrapper's dtype: the autocast the fp32 (or torch_dtype) model trains in.
  const amp = r.str(['optim_wrapper.dtype']);
  if (amp && /^(float16|fp16|half)$/i.test(amp.value)) flags.push(...asFlag(r.fact('optim_wrapper.dtype'), '--fp16', true));
  if (amp && /^(bfloat16|bf16)$/i.test(amp.value)) flags.push(...asFlag(r.fact('optim_wrapper.dtype'), '--bf16', true));
  const checkpointing = r.fact('model.use_activation_checkpointing');
  if (checkpointing && typeof checkpointing.value === 'boolean') flags.push(...asFlag(checkpointing, '--gradient_checkpointing'));
  // (The lora dict is PEFT's LoraConfig, r 8, alpha 8, dropout 0 where it is silent; SupervisedFinetune's targets all-linear.)
  const rec = recognizeLauncher({ file: ctx.file, facts: flags }, 'hf', {
    adapterDefaults: vl
      ? { cls: 'XTuner InternVL_V1_5 (PEFT LoraConfig)', r: 8, alpha: 8, dropout: 0, targets: 'all' }
      : { cls: 'XTuner SupervisedFinetune (PEFT LoraConfig)', r: 8, alpha: 8, dropout: 0, targets: 'all-linear' },
  });
  return {
    ...rec,
    training: {
      ...rec.training,
      ...(checkpointing && typeof checkpointing.value === 'boolean' ? {} : { recompute: derived('full' as const, { id: 'prov.xtunerCheckpointing' }) }),
    },
    findings: [...rec.findings, ...notes],
  };
}
