/**
 * EasyR1 (hiyouga/EasyR1, a verl fork): `python3 -m verl.trainer.main config=examples/config.yaml key=value …`, its YAML
 * (data / worker / algorithm / trainer) with the launch's dotted overrides over it (the engine reads the YAML the `config=`
 * names under the launch: easyR1Config), or the YAML alone. Read for the actor's update step, as verl's launches are
 * (recognize/verl.ts): the model under worker.actor.model.model_path, a prompt and its response (data.max_prompt_length +
 * max_response_length), micro_batch_size_per_device_for_update sequences a micro-batch (dynamic_batching packs that many
 * sequences' tokens at the longest length: dp_actor.py update_policy), global_batch_size prompts × rollout.n responses an update
 * (fsdp_workers.py), FSDP with its sharding, offloads and Ulysses size, LoRA under worker.actor.model.lora, nodes × GPUs. Defaults
 * are the dataclasses' (verl/workers/actor/config.py, verl/workers/rollout/config.py, verl/trainer/config.py).
 */
import type { Fact, Sourced } from '../types';
import { derived, finding, fromFact } from '../types';
import { as } from './adapter';
import { classDefault, defined, emptyRecognition, mapped, precisionOf, type FileRecognition, type RecognizeContext, type TrainingPart } from './common';
import { FactReader } from './reader';
import { hydraFlag, loraOf } from './verl';

const ACTOR = 'EasyR1 ActorConfig';

/** A launch of EasyR1's trainer: verl.trainer.main with its dotted worker.* overrides or a config= YAML. */
export function isEasyR1Launch(r: FactReader): boolean {
  const module = r.fact('@module')?.value;
  return (
    typeof module === 'string' && /^verl\.trainer\.main$/.test(module) && r.keys().some((k) => k === '@override.config' || k.startsWith('@override.worker.'))
  );
}

/** EasyR1's YAML: its worker.actor block beside data or trainer settings. */
export function isEasyR1Config(r: FactReader): boolean {
  const keys = r.keys();
  return keys.some((k) => k.startsWith('worker.actor.')) && keys.some((k) => k.startsWith('worker.rollout.') || k.startsWith('trainer.'));
}

/** The YAML a launch names with `config=` (relative to where it runs), which its overrides change. */
export function easyR1Config(facts: readonly Fact[]): Sourced<string> | undefined {
  const r = new FactReader(facts);
  if (!isEasyR1Launch(r)) return undefined;
  const f = r.present('@override.config');
  return f && typeof f.value === 'string' && /\.ya?ml$/i.test(f.value) ? fromFact(f.value, f) : undefined;
}

/** A YAML's facts written as a launch's overrides (`worker.actor.global_batch_size=…`), to be read or layered under one. */
export function asOverrides(facts: readonly Fact[]): Fact[] {
  return facts.map((f) => ({ ...f, path: ['@override', f.path.join('.')] }));
}

/** The YAML read as the overrides a launch would write, key for key. */
export function recognizeEasyR1Config(ctx: RecognizeContext): FileRecognition {
  const facts = asOverrides(ctx.facts);
  return recognizeEasyR1({ file: ctx.file, facts }, new FactReader(facts));
}

export function recognizeEasyR1(ctx: RecognizeContext, root: FactReader): FileRecognition {
  const r = root.under('@override');
  const dflt = <T>(value: T, key: string, cls = ACTOR): Sourced<T> => classDefault(value, key, cls);
  const flag = (key: string) => hydraFlag(r, key);
  // (A value of the YAML the launch names is said at its config= word.)
  const named = r.present('config');
  const place = (f: Fact | undefined) =>
    f && f.file === ctx.file ? { file: f.file, range: f.valueRange } : { file: ctx.file, range: named ? named.valueRange : { start: 0, end: 0 } };
  const prompt = r.int(['data.max_prompt_length'], { min: 1 }) ?? dflt(512, 'data.max_prompt_length', 'EasyR1 DataConfig');
  const response = r.int(['data.max_response_length'], { min: 1 }) ?? dflt(512, 'data.max_response_length', 'EasyR1 DataConfig');
  // The actor's update runs over each prompt's n responses: global_batch_size prompts × rollout.n sequences an optimizer step.
  const prompts = r.int(['worker.actor.global_batch_size'], { min: 1 }) ?? dflt(256, 'worker.actor.global_batch_size');
  const n = r.int(['worker.rollout.n'], { min: 1 }) ?? dflt(1, 'worker.rollout.n', 'EasyR1 RolloutConfig');
  const checkpointing = flag('worker.actor.model.enable_gradient_checkpointing');
  const fullShard = flag('worker.actor.fsdp.enable_full_shard');
  const cpuOffload = flag('worker.actor.fsdp.enable_cpu_offload');
  // Parameters in torch_dtype (fp32 for the actor unless set), computed in FSDP's mp_param_dtype (bf16): a bf16 torch_dtype
  // keeps no fp32 copy.
  const dtype = r.str(['worker.actor.fsdp.torch_dtype']);
  const pure = dtype && /^(bf16|bfloat16|fp16|float16|half)$/i.test(dtype.value) ? dtype : undefined;
  // adamw_bf16: AnyPrecisionAdamW, momentum, variance and its Kahan compensation in bf16 (2 + 2 + 2 bytes a parameter).
  const strategy = r.str(['worker.actor.optim.strategy']);
  const training: TrainingPart = defined({
    seqLen: derived(prompt.value + response.value, { id: 'prov.verlSequence' }, prompt, response),
    microBatch: r.int(['worker.actor.micro_batch_size_per_device_for_update'], { min: 1 }) ?? dflt(4, 'worker.actor.micro_batch_size_per_device_for_update'),
    globalBatch: derived(prompts.value * n.value, { id: 'prov.easyR1Batch' }, prompts, n),
    precision:
      mapped(r.str(['worker.actor.fsdp.mp_param_dtype']), precisionOf) ?? dflt('bf16' as const, 'worker.actor.fsdp.mp_param_dtype', 'EasyR1 FSDPConfig'),
    ...(pure ? { masterWeights: as(pure, false) } : {}),
    ...(strategy && /^adamw_bf16$/i.test(strategy.value) ? { momentBytes: as(strategy, 6) } : {}),
    recompute: checkpointing
      ? as(checkpointing, checkpointing.value ? ('full' as const) : ('none' as const))
      : dflt('full' as const, 'worker.actor.model.enable_gradient_checkpointing', 'EasyR1 ModelConfig'),
    // FULL_SHARD (HYBRID_SHARD within fsdp_size) unless enable_full_shard is false: SHARD_GRAD_OP, gradients and optimizer state
    // sharded as ZeRO-2.
    ...(fullShard?.value === false
      ? { zeroStage: as(fullShard, 2) }
      : { fsdp: fullShard ?? dflt(true, 'worker.actor.fsdp.enable_full_shard', 'EasyR1 FSDPConfig') }),
    ...(cpuOffload?.value ? { offloadParams: cpuOffload, offloadOptimizer: cpuOffload } : {}),
    epochs: r.num(['trainer.total_epochs'], { min: 0 }),
  });
  const fsdpSize = r.int(['worker.actor.fsdp.fsdp_size'], { min: 1 });
  if (fsdpSize && training.fsdp?.value) training.shardGroup = fsdpSize;
  // The actor's log-probabilities: flash-attn's cross entropy on the 16-bit logits, its gradient in place (torch_functional.py).
  training.loss = derived('fused' as const, { id: 'prov.verlLogProbs', args: { strategy: 'fsdp' } });
  const model = r.str(['worker.actor.model.model_path']) ?? r.folderName('worker.actor.model.model_path');
  if (model) training.finetune = as(model, true);
  // LoRA where lora.rank is positive (PEFT's all-linear unless target_modules names them); a vision-language model's tower is
  // wrapped too, and trained unless freeze_vision_tower.
  const tower = flag('worker.actor.model.freeze_vision_tower');
  // (verl's key names, lora_alpha and target_modules, said as EasyR1's lora.alpha and lora.target_modules.)
  const adapter = loraOf(r, 'worker.actor.model.', (v, k) =>
    dflt(
      v,
      k.replace(/(lora_alpha|target_modules)$/, (x) => (x === 'lora_alpha' ? 'lora.alpha' : 'lora.target_modules')),
      'EasyR1 LoraConfig',
    ),
  );
  if (adapter) {
    const modules = r.present('worker.actor.model.lora.target_modules');
    const allLinear = !modules || String(modules.value).trim() === 'all-linear';
    training.adapter =
      allLinear && !tower?.value
        ? {
            ...adapter,
            allLinear: modules ? fromFact(true, modules) : classDefault(true, 'worker.actor.model.lora.target_modules', 'EasyR1 LoraConfig', 'all-linear'),
          }
        : adapter;
  } else if (tower?.value) training.frozenParts = as(tower, { language: false, vision: true, projector: true });
  const nodes = r.int(['trainer.nnodes'], { min: 1 }) ?? dflt(1, 'trainer.nnodes', 'EasyR1 TrainerConfig');
  const perNode = r.int(['trainer.n_gpus_per_node'], { min: 1 }) ?? dflt(8, 'trainer.n_gpus_per_node', 'EasyR1 TrainerConfig');
  const sp = r.int(['worker.actor.ulysses_size'], { min: 1 });
  const parallel = defined({
    nodes,
    gpusPerNode: perNode,
    worldSize: derived(nodes.value * perNode.value, { id: 'prov.worldSize' }, nodes, perNode),
    ...(sp && sp.value > 1 ? { cp: sp } : {}),
  });
  const engine = r.str(['worker.rollout.name'])?.value ?? 'vllm';
  const share = r.present('worker.rollout.gpu_memory_utilization');
  const findings = [
    finding(
      'assumed',
      'info',
      { id: 'verl.actorOnly', args: { share: String(share?.value ?? '0.6'), engine } },
      place(share ?? r.present('worker.actor.model.model_path')),
    ),
  ];
  // Packed micro-batches (padding_free, on unless set off): counted at the longest sequences.
  const packed = flag('worker.actor.padding_free');
  if (packed?.value !== false)
    findings.push(
      finding(
        'assumed',
        'info',
        { id: 'easyR1.longestSequences', args: { tokens: prompt.value + response.value } },
        place(r.present('worker.actor.padding_free') ?? r.present('data.max_response_length')),
      ),
    );
  // offload_params / offload_optimizer keep the actor's states on the host between phases; its update loads them back.
  const between = ['worker.actor.offload.offload_params', 'worker.actor.offload.offload_optimizer'].find((k) => flag(k)?.value);
  if (between) findings.push(finding('assumed', 'info', { id: 'verl.offloadBetweenPhases' }, place(r.present(between))));
  return {
    ...emptyRecognition('launcher', [...root.findings, ...findings]),
    ...(model ? { modelRef: model } : {}),
    training,
    parallel,
    references: [],
  };
}
