/**
 * Axolotl YAML: the model is `base_model` (a Hugging Face id, resolved offline from the catalogue
 * or from a config.json next to it), training keys, FSDP / DeepSpeed / N-D parallel settings.
 */
import type { Sourced } from '../types';
import { derived, fromFact } from '../types';
import { adapterOf, as, expertParamsOf, namesOf, rolesOf, savedOf } from './adapter';
import { defined, FactReader, mapped, optimizerOf, pagedOf, type FileRecognition, type RecognizeContext, type TrainingPart } from './common';
import { appendYamlKey, hfTrainerDefaults, type Trainer } from './trainer';
import { ktoOf, preferenceOf, unmodelledStage } from './preference';

export function isAxolotl(r: FactReader): boolean {
  // (Not a user's own config that names its model `base_model` beside sections Axolotl does not have, `lora: {r: 32, …}` or
  // `training: {…}`: Axolotl's LoRA and training keys are flat.)
  return r.has('base_model') && !r.facts.some((f) => f.path.length >= 2 && typeof f.path[0] === 'string' && OWN_SECTIONS.has(f.path[0]));
}

/** Sections of a user's own training config that an Axolotl config never has. */
const OWN_SECTIONS: ReadonlySet<string> = new Set(['lora', 'lora_config', 'qlora', 'peft', 'peft_config', 'training', 'training_args', 'train', 'model']);

export function recognizeAxolotl(ctx: RecognizeContext): FileRecognition {
  const r = new FactReader(ctx.facts);
  const on = (key: string) => {
    const b = r.isAuto(key) ? undefined : r.bool([key]);
    return b?.value ? b : undefined;
  };
  const fsdpList = r.present('fsdp');
  // (fsdp_version inside fsdp_config, which Axolotl moves to the top level with a deprecation warning, says FSDP too.)
  const fsdp =
    (Array.isArray(fsdpList?.value) && fsdpList!.value.some((v) => typeof v === 'string' && /full_shard/.test(v))) ||
    r.has('fsdp_version') ||
    r.has('fsdp_config.fsdp_version');
  const fsdpFact = fsdpList ?? r.present('fsdp_version') ?? r.present('fsdp_config.fsdp_version');
  const cce = r.facts.find((f) => f.path[0] === 'plugins' && namesOf(f.value).some((p) => /(^|\.)CutCrossEntropyPlugin$/.test(p)));
  const offloading = r.present('activation_offloading');
  const training: TrainingPart = defined({
    seqLen: r.int(['sequence_len']),
    microBatch: r.int(['micro_batch_size']),
    gradAccum: r.int(['gradient_accumulation_steps']),
    epochs: r.num(['num_epochs'], { min: 0 }),
    trainIters: r.int(['max_steps']),
    optimizer: mapped(r.str(['optimizer']), optimizerOf),
    pagedOptimizer: pagedOf(r.str(['optimizer'])),
    // bf16: auto is bf16 wherever the GPU has it (Ampere and later: every accelerator this tool models but V100-class ones).
    precision: on('bf16')
      ? mapped(on('bf16'), () => 'bf16' as const)
      : on('fp16')
        ? mapped(on('fp16'), () => 'fp16' as const)
        : r.isAuto('bf16')
          ? derived('bf16' as const, { id: 'prov.autoBf16' }, fromFact('auto', r.present('bf16')!))
          : // bf16: false and fp16: false: no autocast, the weights and the matmuls in fp32 (TF32 where tf32: true).
            r.bool(['bf16'])?.value === false && r.bool(['fp16'])?.value === false
            ? mapped(r.bool(['bf16'])!, () => (on('tf32') ? ('tf32' as const) : ('fp32' as const)))
            : undefined,
    // (Or FSDP's own: fsdp_config.fsdp_activation_checkpointing, activation_checkpointing once Axolotl drops the prefix.)
    recompute: mapped(
      on('gradient_checkpointing') ?? on('fsdp_config.fsdp_activation_checkpointing') ?? on('fsdp_config.activation_checkpointing'),
      () => 'full' as const,
    ),
    // activation_offloading: true, legacy or disk (torchtune's OffloadActivations): what each layer saves goes to the host (or disk).
    activationOffload: offloading && [true, 'true', 'legacy', 'disk'].includes(offloading.value as string | boolean) ? fromFact(true, offloading) : undefined,
    // torch_compile, and the Liger plugin's RMSNorm (liger_rms_norm; its RoPE and SwiGLU come with the same plugin).
    compiled: on('torch_compile'),
    fusedKernels: on('liger_rms_norm'),
    // The Liger plugin's fused linear cross entropy, or the Cut Cross Entropy plugin: the loss never holds the whole logits.
    // (The Cut Cross Entropy plugin listed turns it on: its cut_cross_entropy defaults to True, integrations/cut_cross_entropy/args.py.)
    loss:
      mapped(on('liger_fused_linear_cross_entropy') ?? on('cut_cross_entropy'), () => 'fused-linear' as const) ??
      (cce && r.bool(['cut_cross_entropy'])?.value !== false
        ? derived(
            'fused-linear' as const,
            { id: 'prov.classDefault', args: { key: 'cut_cross_entropy', cls: 'CutCrossEntropyPlugin', value: 'True' } },
            fromFact('CutCrossEntropyPlugin', cce),
          )
        : undefined),
    fsdp:
      fsdp && fsdpFact
        ? ({ value: true, source: { kind: 'fact', file: fsdpFact.file, path: fsdpFact.path, range: fsdpFact.valueRange } } as Sourced<boolean>)
        : undefined,
  });
  // fsdp_config.fsdp_offload_params (accelerate's FSDP plugin, PyTorch's CPUOffload(offload_params=True)): the parameters and their
  // gradients live on the host, and the optimizer steps there.
  const offload = fsdp ? r.bool(['fsdp_config.fsdp_offload_params', 'fsdp_config.offload_params']) : undefined;
  if (offload) {
    training.offloadParams = offload;
    if (offload.value) training.offloadOptimizer = offload;
  }
  // dp_replicate_size × dp_shard_size (HSDP): the data-parallel ranks, the state sharded over the shard group's.
  const shardSize = r.int(['dp_shard_size']);
  const replicas = r.int(['dp_replicate_size']);
  // The expert-parallel plugin (axolotl.integrations.expert_parallel) meshes its EP ranks beside the shard group's (world =
  // expert_parallel_size × dp_shard_size): each rank trains its own data, the experts split over EP, the rest sharded over the
  // shard group.
  const ep = r.int(['expert_parallel_size'], { min: 1 });
  const shards =
    shardSize && ep && ep.value > 1
      ? derived(shardSize.value * ep.value, { id: 'prov.fromKey', args: { key: 'dp_shard_size × expert_parallel_size' } }, shardSize, ep)
      : shardSize;
  const parallel = defined({
    tp: r.int(['tensor_parallel_size']),
    // (sequence_parallel_degree: its name before Axolotl 0.12, the same ring-attention split of each sequence; context_parallel.size
    // the ringmaster block's.)
    cp: r.int(['context_parallel_size', 'sequence_parallel_degree', 'context_parallel.size']),
    dp:
      shards && replicas && replicas.value > 1
        ? derived(replicas.value * shards.value, { id: 'prov.fromKey', args: { key: 'dp_replicate_size × dp_shard_size' } }, replicas, shards)
        : shards,
    ep,
  });
  if (shardSize && shards !== shardSize && shardSize.value > 1) training.shardGroup = shardSize;
  else if (replicas && replicas.value > 1 && shardSize && shardSize.value > 1) training.shardGroup = shardSize;
  else if (replicas && replicas.value > 1 && !shardSize) training.shardReplicas = replicas;
  // Axolotl fine-tunes base_model; `adapter: lora | qlora` trains a LoRA on a frozen base
  // (qlora: 4-bit NF4 with double quantization, axolotl/utils/models.py's BitsAndBytesConfig).
  const base = r.str(['base_model']);
  if (base) training.finetune = as(base, true);
  const adapter = r.str(['adapter']);
  const rank = r.int(['lora_r']);
  if (adapter && /^(q?lora)$/i.test(adapter.value) && rank) {
    const linear = r.bool(['lora_target_linear']);
    const modules = r.present('lora_target_modules');
    const { roles, unknown, fused, suffixes, patterns } = rolesOf(linear?.value ? ['all-linear', ...namesOf(modules?.value)] : namesOf(modules?.value));
    const where = linear?.value ? linear : modules ? fromFact(null, modules) : rank;
    const saved = r.present('lora_modules_to_save');
    // lora_target_parameters: PEFT's target_parameters (the adapter builder's prepare_target_parameters), the experts' stacked
    // weights they name (experts.gate_up_proj, experts.down_proj), each expert its own adapter.
    const paramsFact = r.present('lora_target_parameters');
    const experts = paramsFact ? expertParamsOf(namesOf(paramsFact.value)) : undefined;
    training.adapter = adapterOf(as(adapter, r.bool(['peft_use_dora'])?.value ? 'dora' : 'lora'), rank, as(where, roles), {
      ...(paramsFact && experts ? { expertParams: fromFact(experts, paramsFact) } : {}),
      alpha: r.num(['lora_alpha'], { min: 1e-9 }),
      dropout: r.num(['lora_dropout'], { max: 1 }),
      unknown: as(where, unknown),
      // A list goes to PEFT's LoraConfig as written (axolotl's load_lora: target_modules=cfg.lora_target_modules), which
      // matches each name as a suffix of any module's path, a vision tower's too. (lora_target_linear's own finder: not read.)
      ...(!linear?.value && modules ? { suffixes: as(where, suffixes), patterns: as(where, patterns) } : {}),
      fused: as(where, fused),
      saved: saved ? fromFact(savedOf(namesOf(saved.value)), saved) : undefined,
    });
  }
  const four = on('load_in_4bit');
  const eight = on('load_in_8bit');
  if (four || adapter?.value.toLowerCase() === 'qlora') training.quantization = as(four ?? adapter!, 'nf4-dq');
  else if (eight) training.quantization = as(eight, 'int8');
  // `rl: dpo | ipo` (TRL's DPOTrainer: the reference is the base with the adapter off under an adapter, else a frozen copy),
  // `orpo`, `simpo` (none), and `reward_model: true` (AutoModelForSequenceClassification, one label): pairs of responses;
  // kto as TRL's KTOTrainer runs it (recognize/preference.ts ktoOf); grpo is said not to be modelled.
  const rl = r.str(['rl']);
  const reward = on('reward_model');
  if (rl || reward) {
    const named = (rl ?? reward)!;
    const stage = rl ? `rl: ${rl.value}` : 'reward_model: true';
    const at = named.source.kind === 'fact' ? { file: ctx.file, range: named.source.range } : { file: ctx.file, range: { start: 0, end: 0 } };
    const kind = rl ? /^(dpo|ipo|orpo|simpo)$/.exec(rl.value)?.[1] : 'rm';
    if (kind) {
      const reference = kind === 'dpo' || kind === 'ipo' ? (training.adapter ? 'forwardOnly' : 'copy') : 'none';
      const p = preferenceOf(stage, reference, kind === 'rm', at, named, ...(adapter ? [adapter] : []));
      training.preference = p.preference;
      r.findings.push(p.note);
    } else if (rl?.value === 'kto') {
      const p = ktoOf(stage, training.adapter ? 'forwardOnly' : 'copy', at, named, ...(adapter ? [adapter] : []));
      training.preference = p.preference;
      r.findings.push(p.note);
    } else r.findings.push(unmodelledStage(stage, at));
  }
  const ds = r.str(['deepspeed']);
  return { family: 'axolotl', modelRef: r.str(['base_model']), training, parallel, references: ds ? [ds] : [], findings: [...r.findings] };
}

/**
 * Axolotl trains with the Hugging Face Trainer (DDP, or FSDP / DeepSpeed when configured), and with tensor and context
 * parallelism of its own (tensor_parallel_size, context_parallel_size); new keys are appended to the YAML.
 */
export const AXOLOTL_TRAINER: Trainer = {
  defaults: { ...hfTrainerDefaults('Axolotl'), dataParallelOnly: false },
  writes: {
    keys: { tp: 'tensor_parallel_size', cp: 'context_parallel_size', dp: 'dp_shard_size', microBatch: 'micro_batch_size', recompute: 'gradient_checkpointing' },
    text: (field, value) => (field === 'recompute' ? String(value === 'full') : String(value)),
    add: appendYamlKey,
  },
};
