/**
 * RL2 (ChenmienTan/RL2: `torchrun -m RL2.trainer.ppo key=value …`): the actor's training step from its Hydra overrides, as verl's
 * is read (recognize/verl.ts): `actor.model_name`, `actor.use_lora` with `actor.lora.*`, `actor.cp_size` (`actor.sp_size` before
 * RL2 renamed it) / `actor.tp_size`, `actor.enable_gradient_checkpointing` (`actor.gradient_checkpointing` before) and
 * `actor.offload_optimizer` (both on in its actor config), its FSDP actor sharding what it trains; the rollout and the
 * reinforcement-learning stage said as not counted.
 *
 * Its batches as its workers make them: an update trains on `train_data.prompts_per_rollout` × `responses_per_prompt`
 * trajectories over `actor.update_per_rollout` updates; a data-parallel rank packs trajectories into micro-batches of up to
 * `actor.max_length_per_device` × its CP × TP ranks tokens (the workers' max_length_per_dp), each scattered over those ranks.
 */
import type { Fact } from '../types';
import { derived, finding, fromFact } from '../types';
import { classDefault, defined, type FileRecognition, type RecognizeContext } from './common';
import { recognizeLauncher } from './launcher';
import { unmodelledStage } from './preference';
import type { FactReader } from './reader';

const MODULE = /^RL2\.trainer\.(\w+)$/;

export function isRl2(r: FactReader): boolean {
  return r.facts.some((f) => f.path[0] === '@module' && typeof f.value === 'string' && MODULE.test(f.value));
}

export function recognizeRl2(ctx: RecognizeContext, r: FactReader): FileRecognition {
  const o = (...keys: string[]) => keys.map((k) => r.fact(`@override.${k}`)).find((f) => f !== undefined);
  const module = r.facts.find((f) => f.path[0] === '@module')!;
  const flags: Fact[] = ctx.facts.filter((f) => typeof f.path[0] === 'string' && f.path[0].startsWith('--'));
  const as = (f: Fact | undefined, name: string, value: Fact['value'] = f?.value ?? null) => f && flags.push({ ...f, path: [name], value });
  as(o('actor.model_name'), '--model_name_or_path');
  as(o('actor.dtype'), '--torch_dtype');
  const lora = o('actor.use_lora');
  if (lora?.value === true) {
    as(lora, '--use_peft', true);
    as(o('actor.lora.r', 'actor.lora.rank'), '--lora_r');
    as(o('actor.lora.lora_alpha'), '--lora_alpha');
    as(o('actor.lora.lora_dropout'), '--lora_dropout');
    as(o('actor.lora.target_modules'), '--lora_target_modules');
  }
  const rec = recognizeLauncher({ file: ctx.file, facts: flags }, 'hf');
  const cls = 'RL2 actor config';
  const byDefault = <T>(value: T, key: string) => classDefault(value, key, cls);
  const int = (...keys: string[]) => r.int(keys.map((k) => `@override.${k}`));
  const checkpointing = o('actor.enable_gradient_checkpointing', 'actor.gradient_checkpointing');
  const offload = o('actor.offload_optimizer');
  // The CP ranks (sp_size in RL2 before it became cp_size) and TP ranks that share each packed micro-batch.
  const cp = int('actor.cp_size', 'actor.sp_size');
  const tp = int('actor.tp_size');
  const perDevice = int('actor.max_length_per_device');
  const ranks = (cp?.value ?? 1) * (tp?.value ?? 1);
  const seqLen = perDevice
    ? ranks > 1
      ? derived(perDevice.value * ranks, { id: 'prov.rl2Packed', args: { ranks } }, perDevice, ...(cp ? [cp] : []), ...(tp ? [tp] : []))
      : perDevice
    : undefined;
  // The trajectories of one update: prompts × responses per prompt, over update_per_rollout updates (ppo.yaml: 1 response, 1 update).
  // (Its later ppo.yaml names them rollout.train_prompts_per_rollout and rollout.responses_per_prompt.)
  // (Its first ppo.yaml: data.prompts_per_rollout and data.responses_per_prompt.)
  const prompts = int('train_data.prompts_per_rollout', 'rollout.train.prompts_per_rollout', 'rollout.train_prompts_per_rollout', 'data.prompts_per_rollout');
  const responses =
    int('train_data.responses_per_prompt', 'rollout.train.responses_per_prompt', 'rollout.responses_per_prompt', 'data.responses_per_prompt') ??
    byDefault(1, 'train_data.responses_per_prompt');
  const updates = int('actor.update_per_rollout') ?? byDefault(1, 'actor.update_per_rollout');
  const trajectories = prompts ? Math.floor((prompts.value * responses.value) / updates.value) : 0;
  const globalBatch = prompts && trajectories >= 1 ? derived(trajectories, { id: 'prov.rl2Batch' }, prompts, responses, updates) : undefined;
  const training = {
    ...rec.training,
    ...(seqLen ? { seqLen } : {}),
    // One packed sequence of that many tokens per micro-batch.
    microBatch: seqLen ? derived(1, { id: 'prov.fromKey', args: { key: 'actor.max_length_per_device' } }, seqLen) : rec.training.microBatch,
    ...(globalBatch ? { globalBatch } : {}),
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
  // Each trajectory counted as a whole packed micro-batch: RL2 packs several into one, up to that length.
  if (globalBatch && seqLen && perDevice?.source.kind === 'fact')
    findings.push(
      finding(
        'assumed',
        'info',
        { id: 'rl2.packedTrajectories', args: { trajectories, tokens: seqLen.value } },
        { file: perDevice.source.file, range: perDevice.source.range },
      ),
    );
  const parallel = {
    ...rec.parallel,
    ...defined({
      cp,
      tp,
      // Each packed micro-batch is scattered over the TP ranks too: the norms and the rest outside the TP matmuls run on a share.
      sp: tp && tp.value > 1 ? derived(true, { id: 'prov.rl2TpScatter' }, tp) : undefined,
    }),
  };
  return { ...rec, family: 'launcher', training, parallel, findings };
}
