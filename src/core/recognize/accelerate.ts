/**
 * An accelerate config YAML (`accelerate config`, `accelerate launch --config_file x.yaml`): the
 * processes (`num_processes` in all, over `num_machines`), `mixed_precision`, a DeepSpeed plugin
 * (`deepspeed_config.zero_stage`, `offload_optimizer_device`, `offload_param_device`) or FSDP
 * (`distributed_type: FSDP`, `fsdp_config.fsdp_sharding_strategy`); a DeepSpeed plugin's own JSON (`deepspeed_config_file`) is read
 * with it.
 */
import type { Sourced } from '../types';
import { assumed, derived, fromFact } from '../types';
import { as } from './adapter';
import { defined, FactReader, fsdpStrategy, mapped, precisionOf, type FileRecognition, type RecognizeContext, type TrainingPart } from './common';
import { paramOffloadBelowStage3 } from './deepspeed';

/** FSDP's ShardingStrategy values, as accelerate config writes them by number. */
const STRATEGY_NUMBERS: Readonly<Record<string, string>> = {
  '1': 'FULL_SHARD',
  '2': 'SHARD_GRAD_OP',
  '3': 'NO_SHARD',
  '4': 'HYBRID_SHARD',
  '5': '_HYBRID_SHARD_ZERO2',
};

export function isAccelerateConfig(r: FactReader): boolean {
  return r.has('distributed_type') && (r.has('num_processes') || r.has('compute_environment'));
}

export function recognizeAccelerate(ctx: RecognizeContext): FileRecognition {
  const r = new FactReader(ctx.facts);
  // An unquoted `no` is YAML 1.1's false, as PyYAML (accelerate's loader) reads it: accelerate's "NO" / "no".
  const word = (key: string) => {
    const f = r.present(key);
    return f?.value === false ? fromFact('NO', f) : r.str([key]);
  };
  const type = word('distributed_type');
  const mixed = word('mixed_precision');
  const offload = (key: string) => {
    const s = r.str([key]);
    return s && s.value !== 'none' ? as(s, true) : undefined;
  };
  const sharding = r.text(['fsdp_config.fsdp_sharding_strategy']);
  // (By name or by its enum's value: 1 FULL_SHARD, 2 SHARD_GRAD_OP, 3 NO_SHARD, 4 HYBRID_SHARD, 5 _HYBRID_SHARD_ZERO2.)
  const strategy = type?.value === 'FSDP' && sharding ? fsdpStrategy(STRATEGY_NUMBERS[sharding.value.trim()] ?? sharding.value) : undefined;
  const fsdp = type?.value === 'FSDP' && (!sharding || (strategy?.stage === 3 && !strategy.hybrid)) ? as(sharding ?? type, true) : undefined;
  const training: TrainingPart = defined({
    precision: mixed && mixed.value.toLowerCase() !== 'no' ? mapped(mixed, precisionOf) : undefined,
    zeroStage: type?.value === 'DEEPSPEED' ? r.int(['deepspeed_config.zero_stage'], { min: 0, max: 3 }) : undefined,
    offloadOptimizer: offload('deepspeed_config.offload_optimizer_device'),
    offloadParams:
      offload('deepspeed_config.offload_param_device') ??
      (r.bool(['fsdp_config.fsdp_offload_params'])?.value ? r.bool(['fsdp_config.fsdp_offload_params']) : undefined),
    fsdp,
    // FSDP's activation checkpointing (fsdp_config.fsdp_activation_checkpointing): every wrapped layer recomputed. (Off, it adds
    // none of its own: the Trainer's gradient_checkpointing, TRL's on by default, still recomputes.)
    recompute: type?.value === 'FSDP' ? fsdpCheckpointing(r.bool(['fsdp_config.fsdp_activation_checkpointing'])) : undefined,
    // deepspeed_config.gradient_accumulation_steps is the plugin's default: the training script's own setting wins at launch.
  });
  const processes = r.int(['num_processes']);
  const machines = r.int(['num_machines']);
  const perNode =
    processes && machines && processes.value % machines.value === 0
      ? derived(processes.value / machines.value, { id: 'prov.worldSize' }, processes, machines)
      : undefined;
  // FSDP's other strategies: SHARD_GRAD_OP (2) shards gradients and optimizer state; HYBRID_SHARD (4) shards like FULL_SHARD
  // within each node and replicates across nodes; _HYBRID_SHARD_ZERO2 (5) likewise with SHARD_GRAD_OP.
  if (strategy && (strategy.hybrid || strategy.stage === 2)) {
    training.zeroStage = as(sharding!, strategy.stage);
    if (strategy.hybrid && perNode) training.shardGroup = derived(perNode.value, { id: 'prov.hybridShardNode' }, sharding!, perNode);
  }
  const parallel = defined({ worldSize: processes, nodes: machines, gpusPerNode: perNode });
  // A DeepSpeed plugin given its own JSON (deepspeed_config_file; accelerate then takes ZeRO's settings from it): read with it.
  const dsFile = type?.value === 'DEEPSPEED' ? r.str(['deepspeed_config.deepspeed_config_file']) : undefined;
  // Neither a stage nor a JSON: DeepSpeedPlugin takes ZeRO-2 (ACCELERATE_DEEPSPEED_ZERO_STAGE's default, accelerate's
  // utils/dataclasses.py), assumed and said; a DeepSpeed JSON another file of the setup states wins.
  if (type?.value === 'DEEPSPEED' && !training.zeroStage && !dsFile) training.zeroStage = assumed(2, { id: 'prov.accelerateZeroDefault' });
  const findings = r.findings;
  if (type?.value === 'DEEPSPEED') paramOffloadBelowStage3(r, training, findings, ['deepspeed_config.offload_param_device']);
  return { family: 'accelerate', training, parallel, references: dsFile ? [dsFile] : [], findings };
}

/**
 * The Hugging Face Trainer's fsdp_config as its own JSON (`--fsdp "full_shard auto_wrap" --fsdp_config fsdp.json`): FSDP's
 * options, each with or without its fsdp_ prefix (TrainingArguments strips it), activation_checkpointing among them.
 */
const TRAINER_FSDP_KEYS = new Set([
  'backward_prefetch',
  'forward_prefetch',
  'cpu_ram_efficient_loading',
  'sync_module_states',
  'use_orig_params',
  'activation_checkpointing',
  'limit_all_gathers',
  'min_num_params',
  'transformer_layer_cls_to_wrap',
  'offload_params',
  'reshard_after_forward',
  'version',
  'xla',
  'xla_fsdp_grad_ckpt',
  'xla_fsdp_settings',
  'auto_wrap_policy',
  'state_dict_type',
]);

/** FSDP's activation checkpointing switched on: every wrapped layer recomputed (off, FSDP adds none: nothing said). */
function fsdpCheckpointing(on: Sourced<boolean> | undefined): Sourced<'full'> | undefined {
  return on?.value ? as(on, 'full' as const) : undefined;
}

export function isTrainerFsdpConfig(r: FactReader): boolean {
  const keys = r.keys().map((k) => k.split('.')[0]!.replace(/^fsdp_/, ''));
  return (
    keys.length >= 2 &&
    keys.every((k) => TRAINER_FSDP_KEYS.has(k)) &&
    keys.some((k) => /prefetch|activation_checkpointing|transformer_layer_cls_to_wrap|use_orig_params/.test(k))
  );
}

export function recognizeTrainerFsdpConfig(ctx: RecognizeContext): FileRecognition {
  const r = new FactReader(ctx.facts);
  const checkpointing = r.bool(['activation_checkpointing', 'fsdp_activation_checkpointing']);
  const training: TrainingPart = defined({
    recompute: fsdpCheckpointing(checkpointing),
  });
  return { family: 'accelerate', training, parallel: {}, references: [], findings: [...r.findings] };
}
