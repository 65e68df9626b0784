/**
 * NVIDIA NeMo AutoModel's recipes (`automodel finetune llm -c config.yaml`, examples/llm_finetune/**: recipe
 * TrainFinetuneRecipeForNextTokenPrediction): the Hugging Face model under `model:` (its `_target_` NeMoAutoModelForCausalLM,
 * pretrained_model_name_or_path, torch_dtype), the batch under `step_scheduler:` (global_batch_size, local_batch_size per GPU,
 * max_steps), the sequence as `packed_sequence.packed_sequence_size` or the dataset's seq_length / seq_len, the layout under
 * `distributed:` (strategy fsdp2 / megatron_fsdp / ddp, dp_size none = what the others leave, tp / cp / pp / ep_size,
 * sequence_parallel, activation_checkpointing), the LoRA under `peft:` (dim, alpha, dropout, match_all_linear, target_modules)
 * and FusedLinearCrossEntropy as `loss_fn`. Read as the Hugging Face Trainer's flags they mean (recognize/launcher.ts), with the
 * degrees and the global batch set where the file writes them.
 */
import type { Fact, Sourced } from '../types';
import { derived, finding, fromFact } from '../types';
import { classDefault, defined, mapped, precisionOf, type FileRecognition, type RecognizeContext, type TrainingPart } from './common';
import { recognizeLauncher } from './launcher';
import type { FactReader } from './reader';

export function isAutoModel(r: FactReader): boolean {
  const target = r.fact('model._target_')?.value;
  return (typeof target === 'string' && /^nemo_automodel\./.test(target)) || (r.has('step_scheduler.global_batch_size') && r.has('distributed.strategy'));
}

/** AutoModel's keys and the Trainer flag each means. */
const RENAMED: Readonly<Record<string, string>> = {
  'model.pretrained_model_name_or_path': '--model_name_or_path',
  'model.torch_dtype': '--torch_dtype',
  'step_scheduler.local_batch_size': '--per_device_train_batch_size',
  'step_scheduler.max_steps': '--max_steps',
  'distributed.activation_checkpointing': '--gradient_checkpointing',
  'peft.dim': '--lora_r',
  'peft.alpha': '--lora_alpha',
  'peft.dropout': '--lora_dropout',
  'peft.target_modules': '--lora_target_modules',
};

export function recognizeAutoModel(ctx: RecognizeContext, r: FactReader): FileRecognition {
  const flags: Fact[] = [];
  for (const f of ctx.facts) {
    if (f.value === null || f.path.length < 2) continue;
    const renamed = RENAMED[f.path.slice(0, 2).join('.')];
    // (A list, target_modules, as its words at [flag], [flag, 1], …)
    if (renamed) flags.push({ ...f, path: [renamed, ...f.path.slice(2)] });
  }
  // The sequence: the packs' length, else the dataset's.
  const seq = r.present('packed_sequence.packed_sequence_size') ?? r.present('dataset.seq_length') ?? r.present('dataset.seq_len');
  if (seq && typeof seq.value === 'number') flags.push({ ...seq, path: ['--max_seq_length'] });
  // A peft section is the LoRA (PeftConfig), on every linear with match_all_linear.
  const peft = r.present('peft._target_') ?? r.present('peft.dim');
  if (peft) {
    flags.push({ ...peft, path: ['--use_peft'], value: true });
    const all = r.present('peft.match_all_linear');
    if (all?.value === true && !r.has('peft.target_modules')) flags.push({ ...all, path: ['--lora_target_modules'], value: 'all-linear' });
  }
  // FSDP2 (and Megatron-FSDP) shard the parameters, gradients and optimizer state over the data-parallel ranks.
  const strategy = r.present('distributed.strategy');
  if (strategy && typeof strategy.value === 'string' && /^(fsdp2?|megatron_fsdp)$/i.test(strategy.value))
    flags.push({ ...strategy, path: ['--fsdp'], value: 'full_shard' });
  const rec = recognizeLauncher({ file: ctx.file, facts: flags }, 'hf');
  const degree = (key: string) => r.int([`distributed.${key}`], { min: 1 });
  const dp = r.fact('distributed.dp_size')?.value;
  const parallel = defined({
    tp: degree('tp_size'),
    cp: degree('cp_size'),
    pp: degree('pp_size'),
    ep: degree('ep_size'),
    // (dp_size none / null: what the other degrees leave of the GPUs.)
    dp: typeof dp === 'number' ? degree('dp_size') : undefined,
    sp: r.bool(['distributed.sequence_parallel']),
  });
  const global = r.int(['step_scheduler.global_batch_size'], { min: 1 });
  const loss = r.present('loss_fn._target_');
  const fused = loss && typeof loss.value === 'string' && /FusedLinearCrossEntropy$/.test(loss.value) ? fromFact('fused-linear' as const, loss) : undefined;
  const model = r.present('model.pretrained_model_name_or_path') ?? r.present('model._target_')!;
  const training: TrainingPart = { ...rec.training, ...(global ? { globalBatch: global } : {}), ...(fused ? { loss: fused as Sourced<'fused-linear'> } : {}) };
  // The parameters stay in the dtype they load in (NeMoAutoModelForCausalLM's torch_dtype, bfloat16 unless set), FSDP2 sharding
  // them as they are: no fp32 master copy, Adam's moments in that dtype.
  const dtype = r.str(['model.torch_dtype']);
  const loaded = dtype ? precisionOf(dtype.value) : undefined;
  if (!dtype || loaded === 'bf16' || loaded === 'fp16') {
    const from = dtype ?? classDefault('bfloat16', 'model.torch_dtype', 'NeMo AutoModel');
    training.precision ??= mapped(from, () => (loaded ?? 'bf16') as 'bf16' | 'fp16');
    if (!training.adapter) training.masterWeights = derived(false, { id: 'prov.automodelParams', args: { dtype: from.value } }, from);
  }
  return {
    ...rec,
    training,
    parallel: { ...rec.parallel, ...parallel },
    findings: [...rec.findings, finding('guessed-mapping', 'info', { id: 'automodel.read' }, { file: ctx.file, range: model.keyRange })],
  };
}
