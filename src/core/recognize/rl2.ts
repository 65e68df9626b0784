/**
 * RL2 (ChenmienTan/RL2: `torchrun -m RL2.trainer.ppo key=value …`): the actor's training step from its Hydra overrides, as verl's
 * is read (recognize/verl.ts): `actor.model_name`, `actor.max_length_per_device` (the tokens a GPU packs per micro-batch),
 * `actor.use_lora` with `actor.lora.*`, `actor.cp_size` / `actor.tp_size`, `actor.enable_gradient_checkpointing` and
 * `actor.offload_optimizer` (both on in its actor/fsdp.yaml), its FSDP actor sharding what it trains; the rollout and the
 * reinforcement-learning stage said as not counted.
 */
import type { Fact } from '../types';
import { derived, fromFact } from '../types';
import { defined, type FileRecognition, type RecognizeContext } from './common';
import { recognizeLauncher } from './launcher';
import { unmodelledStage } from './preference';
import type { FactReader } from './reader';

const MODULE = /^RL2\.trainer\.(\w+)$/;

export function isRl2(r: FactReader): boolean {
  return r.facts.some((f) => f.path[0] === '@module' && typeof f.value === 'string' && MODULE.test(f.value));
}

export function recognizeRl2(ctx: RecognizeContext, r: FactReader): FileRecognition {
  const o = (key: string) => r.fact(`@override.${key}`);
  const module = r.facts.find((f) => f.path[0] === '@module')!;
  const flags: Fact[] = ctx.facts.filter((f) => typeof f.path[0] === 'string' && f.path[0].startsWith('--'));
  const as = (f: Fact | undefined, name: string, value: Fact['value'] = f?.value ?? null) => f && flags.push({ ...f, path: [name], value });
  as(o('actor.model_name'), '--model_name_or_path');
  as(o('actor.max_length_per_device'), '--max_seq_length');
  as(o('actor.dtype'), '--torch_dtype');
  const lora = o('actor.use_lora');
  if (lora?.value === true) {
    as(lora, '--use_peft', true);
    as(o('actor.lora.r') ?? o('actor.lora.rank'), '--lora_r');
    as(o('actor.lora.lora_alpha'), '--lora_alpha');
    as(o('actor.lora.lora_dropout'), '--lora_dropout');
    as(o('actor.lora.target_modules'), '--lora_target_modules');
  }
  const rec = recognizeLauncher({ file: ctx.file, facts: flags }, 'hf');
  const cls = 'RL2 actor/fsdp.yaml';
  const byDefault = <T>(value: T, key: string) => derived(value, { id: 'prov.classDefault', args: { key, cls, value: String(value) } });
  const checkpointing = o('actor.enable_gradient_checkpointing');
  const offload = o('actor.offload_optimizer');
  const training = {
    ...rec.training,
    // One packed sequence of max_length_per_device tokens per micro-batch.
    microBatch: rec.training.seqLen
      ? derived(1, { id: 'prov.fromKey', args: { key: 'actor.max_length_per_device' } }, rec.training.seqLen)
      : rec.training.microBatch,
    recompute: checkpointing
      ? fromFact(checkpointing.value === false ? ('none' as const) : ('full' as const), checkpointing)
      : byDefault('full' as const, 'actor.enable_gradient_checkpointing'),
    offloadOptimizer: offload ? fromFact(offload.value !== false, offload) : byDefault(true, 'actor.offload_optimizer'),
    // Its FSDP actor shards parameters, gradients and optimizer state over the GPUs.
    zeroStage: byDefault(3, 'actor (FSDP)'),
  };
  const stage = MODULE.exec(String(module.value))![1]!;
  const findings = [...rec.findings];
  if (stage !== 'sft') findings.push(unmodelledStage(`RL2 ${stage}`, { file: module.file, range: module.valueRange }));
  const parallel = { ...rec.parallel, ...defined({ cp: r.int(['@override.actor.cp_size']), tp: r.int(['@override.actor.tp_size']) }) };
  return { ...rec, family: 'launcher', training, parallel, findings };
}
