/**
 * Oumi's training configs (`oumi train -c config.yaml`, configs/recipes/**): the model under `model:` (model_name,
 * model_max_length, torch_dtype_str), the Hugging Face Trainer's arguments under `training:` (Oumi's TrainingParams.to_hf:
 * enable_gradient_checkpointing is gradient_checkpointing, optimizer is optim, mixed_precision_dtype BF16 / FP16 autocast),
 * the LoRA under `peft:` (lora_r, lora_alpha, lora_dropout, lora_target_modules, q_lora), and FSDP under `fsdp:`
 * (enable_fsdp, sharding_strategy, cpu_offload). Read with the same meanings as the flags of a Hugging Face launch line
 * (recognize/launcher.ts), each where the file writes it; Oumi's own defaults (no checkpointing, no LoRA) where it is silent.
 */
import type { Fact } from '../types';
import { finding } from '../types';
import { fsdpStrategy, type FileRecognition, type RecognizeContext } from './common';
import { recognizeLauncher } from './launcher';
import type { FactReader } from './reader';

export function isOumi(r: FactReader): boolean {
  return (
    typeof r.fact('model.model_name')?.value === 'string' &&
    r.keys().some((k) => k.startsWith('training.')) &&
    (r.has('training.trainer_type') || r.has('model.model_max_length') || r.has('model.torch_dtype_str') || r.has('peft.lora_r'))
  );
}

/** Oumi's names for the Trainer's arguments and the LoRA's, where they are not the flag's own. */
const RENAMED: Readonly<Record<string, string>> = {
  'model.model_name': '--model_name_or_path',
  'model.model_max_length': '--max_seq_length',
  'model.torch_dtype_str': '--torch_dtype',
  'training.enable_gradient_checkpointing': '--gradient_checkpointing',
  'training.optimizer': '--optim',
  'training.compile': '--torch_compile',
  'peft.q_lora': '--load_in_4bit',
};

export function recognizeOumi(ctx: RecognizeContext, r: FactReader): FileRecognition {
  const flags: Fact[] = [];
  for (const f of ctx.facts) {
    if (f.value === null || f.path.length < 2) continue;
    const key = f.path.slice(0, 2).join('.');
    const [section, name] = f.path;
    const renamed = RENAMED[key];
    if (renamed && f.path.length === 2) flags.push({ ...f, path: [renamed] });
    else if (section === 'training' && f.path.length === 2) flags.push({ ...f, path: [`--${String(name)}`] });
    // (A list, lora_target_modules, as its words at [flag], [flag, 1], …)
    else if (section === 'peft' && typeof name === 'string' && name.startsWith('lora_')) flags.push({ ...f, path: [`--${name}`, ...f.path.slice(2)] });
  }
  // training.mixed_precision_dtype BF16 / FP16: autocast over the weights as loaded.
  const mixed = r.str(['training.mixed_precision_dtype']);
  if (mixed && /^(BF16|FP16)$/i.test(mixed.value)) {
    const f = r.present('training.mixed_precision_dtype')!;
    flags.push({ ...f, path: [/^BF16$/i.test(mixed.value) ? '--bf16' : '--fp16'], value: true });
  }
  // fsdp.enable_fsdp: the Trainer's --fsdp words, its strategy (FULL_SHARD by default) and cpu_offload's "offload".
  const enabled = r.present('fsdp.enable_fsdp');
  if (enabled?.value === true) {
    // (FSDP's own strategy names, the Trainer's --fsdp words upper-cased: common.ts fsdpStrategy.)
    const strategy = r.str(['fsdp.sharding_strategy'])?.value ?? 'FULL_SHARD';
    if (fsdpStrategy(strategy))
      flags.push({ ...enabled, path: ['--fsdp'], value: `${strategy.toLowerCase()}${r.bool(['fsdp.cpu_offload'])?.value ? ' offload' : ''}` });
  }
  // The LoRA is on where training.use_peft is (Oumi's peft section alone trains nothing of its own).
  const rec = recognizeLauncher({ file: ctx.file, facts: flags }, 'hf');
  const model = r.present('model.model_name')!;
  return { ...rec, findings: [...rec.findings, finding('guessed-mapping', 'info', { id: 'oumi.read' }, { file: ctx.file, range: model.keyRange })] };
}
