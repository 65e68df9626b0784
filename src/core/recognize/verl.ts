/**
 * verl's RL launches (`python3 -m verl.trainer.main_ppo key=value …`, Hydra overrides of ppo_trainer.yaml), read for the
 * actor's training step: the model it trains, the sequences it trains on (prompt + response), its micro-batch and mini-batch,
 * gradient checkpointing, LoRA, FSDP with its offloads, nodes × GPUs. The rollout engine's memory (vLLM's
 * gpu_memory_utilization) and the reference model's are not part of that step, and said so.
 */
import type { Fact, Sourced } from '../types';
import { derived, finding, fromFact } from '../types';
import { adapterOf, ALL_LINEAR, as, MCORE_LINEARS, mcoreRolesOf, namesOf, rolesOf } from './adapter';
import {
  classDefault,
  defined,
  emptyRecognition,
  mapped,
  precisionOf,
  recomputeOf,
  type FileRecognition,
  type RecognizeContext,
  type TrainingPart,
} from './common';
import { FactReader } from './reader';
import { launchCounts } from './launch';

/** A Hydra override's switch as verl's and EasyR1's configs take it: a boolean, or a word that is true when it reads "true". */
export function hydraFlag(r: FactReader, key: string): Sourced<boolean> | undefined {
  const f = r.present(key);
  return f ? fromFact(typeof f.value === 'boolean' ? f.value : /^true$/i.test(String(f.value)), f) : undefined;
}

export function isVerl(r: FactReader): boolean {
  // (Or verl's trainer run on a config of the user's own, its overrides all elsewhere: python -m verl.trainer.main_ppo
  // --config-path … --config-name …)
  const module = r.fact('@module')?.value;
  return (
    r.keys().some((k) => k.startsWith('@override.actor_rollout_ref.')) ||
    (typeof module === 'string' && /^verl\.trainer\./.test(module) && r.has('--config-name'))
  );
}

/**
 * A whole verl config (a copy of ppo_trainer.yaml a launch names with --config-path / --config-name), or one of the user's own
 * that takes verl's as its Hydra defaults (`defaults: [ppo_trainer, _self_]`) and sets the actor's and the trainer's keys.
 */
export function isVerlConfig(r: FactReader): boolean {
  const defaults = r.fact('defaults')?.value;
  const onVerl = Array.isArray(defaults) && defaults.some((d) => typeof d === 'string' && /^ppo_(megatron_)?trainer$/.test(d));
  return (r.has('actor_rollout_ref.model.path') || onVerl) && r.keys().some((k) => k.startsWith('trainer.'));
}

/** The config read as the overrides a launch line would write, key for key. */
export function recognizeVerlConfig(ctx: RecognizeContext): FileRecognition {
  const facts = ctx.facts.map((f) => ({ ...f, path: ['@override', ...f.path] }));
  return recognizeVerl({ file: ctx.file, facts }, new FactReader(facts));
}

export function recognizeVerl(ctx: RecognizeContext, root: FactReader): FileRecognition {
  const r = root.under('@override');
  // verl/trainer/config/ppo_trainer.yaml's defaults: 512 + 512 tokens, mini-batch 256, n 1, checkpointing on, 1 node × 8 GPUs.
  const cls = 'verl ppo_trainer.yaml';
  const dflt = <T>(value: T, key: string): Sourced<T> => classDefault(value, key, cls);
  const flag = (key: string) => hydraFlag(r, key);
  const prompt = r.int(['data.max_prompt_length']) ?? dflt(512, 'data.max_prompt_length');
  const response = r.int(['data.max_response_length']) ?? dflt(512, 'data.max_response_length');
  // The actor's PPO update runs over each prompt's n responses: its mini-batch of prompts × rollout.n sequences per step.
  const mini = r.int(['actor_rollout_ref.actor.ppo_mini_batch_size']) ?? dflt(256, 'actor_rollout_ref.actor.ppo_mini_batch_size');
  const n = r.int(['actor_rollout_ref.rollout.n']) ?? dflt(1, 'actor_rollout_ref.rollout.n');
  const checkpointing = flag('actor_rollout_ref.model.enable_gradient_checkpointing');
  const paramOffload = flag('actor_rollout_ref.actor.fsdp_config.param_offload');
  const optimOffload = flag('actor_rollout_ref.actor.fsdp_config.optimizer_offload');
  const strategy = r.str(['actor_rollout_ref.actor.strategy']);
  // Megatron: the strategy, ppo_megatron_trainer.yaml as the config, or the actor's megatron.* settings written.
  const configName = root.str(['--config-name']);
  const megatronKeys = r.keys().filter((k) => k.startsWith('actor_rollout_ref.actor.megatron.'));
  const megatron = (strategy && /megatron/i.test(strategy.value)) || (configName && /megatron/i.test(configName.value)) || megatronKeys.length > 0;
  const mg = (key: string) => r.int([`actor_rollout_ref.actor.megatron.${key}`], { min: 1 });
  const mgOffload = (key: string) => flag(`actor_rollout_ref.actor.megatron.${key}`);
  const training: TrainingPart = defined({
    seqLen: derived(prompt.value + response.value, { id: 'prov.verlSequence' }, prompt, response),
    microBatch:
      dynamicBatch(r, flag, prompt.value + response.value) ??
      r.int(['actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu']) ??
      dflt(1, 'actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu'),
    globalBatch: derived(mini.value * n.value, { id: 'prov.verlMiniBatch' }, mini, n),
    epochs: r.num(['trainer.total_epochs'], { min: 0 }),
    // FSDP's mixed precision: bf16 compute over fp32 parameters (verl's actor defaults), fully sharded unless Megatron (whose
    // megatron.dtype says it).
    precision:
      (megatron ? mapped(r.str(['actor_rollout_ref.actor.megatron.dtype']), precisionOf) : undefined) ??
      dflt('bf16' as const, megatron ? 'actor_rollout_ref.actor.megatron.dtype' : 'actor_rollout_ref.actor.fsdp_config.mixed_precision'),
    // (The Megatron actor's: ppo_megatron_trainer.yaml leaves enable_gradient_checkpointing off, Megatron's own recompute through
    // override_transformer_config.)
    recompute: checkpointing
      ? as(checkpointing, checkpointing.value ? ('full' as const) : ('none' as const))
      : megatron
        ? (mapped(r.str(['actor_rollout_ref.actor.megatron.override_transformer_config.recompute_granularity']), recomputeOf) ??
          classDefault('none' as const, 'actor_rollout_ref.model.enable_gradient_checkpointing', 'verl ppo_megatron_trainer.yaml'))
        : dflt('full' as const, 'actor_rollout_ref.model.enable_gradient_checkpointing'),
    ...(megatron
      ? {
          distributedOptimizer:
            flag('actor_rollout_ref.actor.megatron.use_distributed_optimizer') ?? dflt(true, 'actor_rollout_ref.actor.megatron.use_distributed_optimizer'),
        }
      : { fsdp: strategy ? as(strategy, true) : dflt(true, 'actor_rollout_ref.actor.strategy') }),
  });
  // The actor's param_offload / optimizer_offload keep its states on the host between its phases; its update loads them back
  // (fsdp_workers.py and megatron_workers.py: load_fsdp_model_to_gpu, load_megatron_optimizer before update_actor): resident in
  // the step counted here, said.
  const offloaded = [megatron ? mgOffload('param_offload') : paramOffload, megatron ? mgOffload('optimizer_offload') : optimOffload].find((x) => x?.value);
  const offloadNote =
    offloaded?.source.kind === 'fact'
      ? [finding('assumed', 'info', { id: 'verl.offloadBetweenPhases' }, { file: offloaded.source.file, range: offloaded.source.range })]
      : [];
  // The actor's log-probabilities: flash-attn's cross entropy on the 16-bit logits, its gradient written in place (FSDP's
  // dp_actor.py, logprobs_from_logits(…, inplace_backward=True)), Megatron's vocab-parallel one (4 bytes a logit at most,
  // the entropy's softmax with it); use_fused_kernels takes them from the hidden states a chunk at a time (no logits).
  const fusedKernels = flag('actor_rollout_ref.model.use_fused_kernels');
  training.loss = fusedKernels?.value
    ? as(fusedKernels, 'fused-linear' as const)
    : derived('fused' as const, { id: 'prov.verlLogProbs', args: { strategy: megatron ? 'megatron' : 'fsdp' } });
  const model = r.str(['actor_rollout_ref.model.path']) ?? r.folderName('actor_rollout_ref.model.path');
  if (model) training.finetune = as(model, true);
  const adapter = loraOf(r, 'actor_rollout_ref.model.', dflt, megatron ? (v, k) => classDefault(v, k, 'verl ppo_megatron_trainer.yaml') : undefined);
  if (adapter) training.adapter = adapter;
  const nodes = r.int(['trainer.nnodes']) ?? dflt(1, 'trainer.nnodes');
  const perNode = r.int(['trainer.n_gpus_per_node']) ?? dflt(8, 'trainer.n_gpus_per_node');
  const sp = r.int(['actor_rollout_ref.actor.ulysses_sequence_parallel_size'], { min: 1 });
  const parallel = defined({
    nodes,
    gpusPerNode: perNode,
    worldSize: derived(nodes.value * perNode.value, { id: 'prov.worldSize' }, nodes, perNode),
    // The actor's Megatron degrees (actor_rollout_ref.actor.megatron.*).
    ...(megatron
      ? {
          tp: mg('tensor_model_parallel_size'),
          pp: mg('pipeline_model_parallel_size'),
          vpp: mg('virtual_pipeline_model_parallel_size'),
          cp: mg('context_parallel_size'),
          ep: mg('expert_model_parallel_size'),
          etp: mg('expert_tensor_parallel_size'),
          // (Or the TransformerConfig override, +actor_rollout_ref.actor.megatron.override_transformer_config.sequence_parallel=True.)
          // (ppo_megatron_trainer.yaml's actor.megatron.sequence_parallel: True, which Megatron keeps only with TP above 1.)
          sp:
            flag('actor_rollout_ref.actor.megatron.sequence_parallel') ??
            flag('actor_rollout_ref.actor.megatron.override_transformer_config.sequence_parallel') ??
            ((mg('tensor_model_parallel_size')?.value ?? 1) > 1
              ? classDefault(true, 'actor_rollout_ref.actor.megatron.sequence_parallel', 'verl ppo_megatron_trainer.yaml')
              : undefined),
          // Uneven first and last stages (TransformerConfig's num_layers_in_first/last_pipeline_stage, overridden).
          ppFirstLayers: r.int(['actor_rollout_ref.actor.megatron.override_transformer_config.num_layers_in_first_pipeline_stage']),
          ppLastLayers: r.int(['actor_rollout_ref.actor.megatron.override_transformer_config.num_layers_in_last_pipeline_stage']),
        }
      : // The FSDP actor's Ulysses sequence parallelism: each sequence over that many ranks, the data-parallel ranks what is left.
        sp && sp.value > 1
        ? { cp: sp }
        : {}),
  });
  // verl's workers split the mini-batch over the data-parallel ranks by floor division (fsdp_workers.py: ppo_mini_batch_size
  // × rollout.n // (world size // ulysses_sequence_parallel_size); megatron_workers.py: // the data-parallel size), asserting only
  // that each rank gets one: where it does not divide, the step trains that floor on every rank.
  const split = megatron
    ? ['tensor_model_parallel_size', 'pipeline_model_parallel_size', 'context_parallel_size'].reduce((d, k) => d * (mg(k)?.value ?? 1), 1)
    : (sp?.value ?? 1);
  const dp = Math.floor((nodes.value * perNode.value) / split);
  const total = mini.value * n.value;
  // (Packed micro-batches divide each rank's share of the mini-batch: the largest count of sequences that does, within the cap.)
  const dynamic =
    training.microBatch?.source.kind === 'derived' && training.microBatch.source.reason.id === 'prov.verlDynamicBatch' ? training.microBatch : undefined;
  const share = dp >= 1 ? Math.floor(total / dp) : 0;
  if (dynamic && share >= 1) {
    let m = Math.min(dynamic.value, share);
    while (share % m !== 0) m--;
    if (m !== dynamic.value) training.microBatch = { ...dynamic, value: m };
  }
  if (dp >= 1 && total % dp !== 0 && total >= dp)
    training.globalBatch = derived(
      Math.floor(total / dp) * dp,
      { id: 'prov.verlMiniBatchSplit', args: { total, dp, each: Math.floor(total / dp) } },
      mini,
      n,
      nodes,
      perNode,
    );
  const engine = r.str(['actor_rollout_ref.rollout.name'])?.value ?? 'vllm';
  const rollout = r.present('actor_rollout_ref.rollout.gpu_memory_utilization');
  // hybrid_engine=False (the one-step off-policy and fully async recipes): the rollout engine on GPUs of its own, which the
  // counted job does not include.
  const hybrid = flag('actor_rollout_ref.hybrid_engine');
  const pool = r.int(['actor_rollout_ref.rollout.n_gpus_per_node', 'rollout.n_gpus_per_node']);
  const note =
    hybrid?.value === false
      ? finding(
          'assumed',
          'info',
          { id: 'verl.rolloutPool', args: { engine, gpus: pool ? String(pool.value) : 'rollout.n_gpus_per_node' } },
          at(ctx.file, r.present('actor_rollout_ref.hybrid_engine')),
        )
      : finding(
          'assumed',
          'info',
          { id: 'verl.actorOnly', args: { share: String(rollout?.value ?? '0.5'), engine } },
          at(ctx.file, rollout ?? r.present('actor_rollout_ref.model.path')),
        );
  // Packed sequences (use_remove_padding): a micro-batch holds the tokens its sequences have, not the maxima counted here.
  const packed = flag('actor_rollout_ref.model.use_remove_padding');
  const maxima = packed?.value
    ? [
        finding(
          'assumed',
          'info',
          { id: 'verl.longestSequences', args: { tokens: prompt.value + response.value } },
          at(ctx.file, r.present('actor_rollout_ref.model.use_remove_padding')),
        ),
      ]
    : [];
  // PPO's critic (algorithm.adv_estimator gae, ppo_trainer.yaml's default; critic.enable): a model of its own trained in its own
  // phase on the same GPUs, not counted here; said.
  const estimator = r.str(['algorithm.adv_estimator']);
  const criticOn = flag('critic.enable');
  const critic =
    criticOn?.value === true || (criticOn?.value !== false && (estimator?.value ?? 'gae') === 'gae')
      ? [
          finding(
            'assumed',
            'info',
            { id: 'verl.critic', args: { estimator: estimator?.value ?? 'gae' } },
            at(ctx.file, estimator ? r.present('algorithm.adv_estimator') : r.present('actor_rollout_ref.model.path')),
          ),
        ]
      : [];
  // The config a launch names (--config-path DIR --config-name NAME): DIR/NAME.yaml, whose settings its overrides change.
  const dir = root.str(['--config-path', '-cp']);
  const name = root.str(['--config-name', '-cn']);
  const references = dir && name ? [as(name, `${dir.value.replace(/\/+$/, '')}/${name.value.replace(/\.ya?ml$/, '')}.yaml`)] : [];
  // (A launch whose actor is all in the config it names leaves the config to say what is counted.)
  const own = r.keys().some((k) => k.startsWith('actor_rollout_ref.')) || !references.length;
  return {
    ...emptyRecognition('launcher', [...root.findings, ...(own ? [note, ...critic, ...maxima, ...offloadNote] : [])]),
    ...(model ? { modelRef: model } : {}),
    training,
    parallel,
    references,
  };
}

/**
 * use_dynamic_bsz: the actor packs each micro-batch with sequences up to ppo_max_token_len_per_gpu tokens (16,384 unless set),
 * whatever ppo_micro_batch_size_per_gpu says: that many sequences of the longest length at most.
 */
function dynamicBatch(r: FactReader, flag: (key: string) => Sourced<boolean> | undefined, longest: number): Sourced<number> | undefined {
  const on = flag('actor_rollout_ref.actor.use_dynamic_bsz');
  if (!on?.value) return undefined;
  const tokens =
    r.int(['actor_rollout_ref.actor.ppo_max_token_len_per_gpu']) ??
    classDefault(16384, 'actor_rollout_ref.actor.ppo_max_token_len_per_gpu', 'verl ppo_trainer.yaml');
  return derived(Math.max(1, Math.floor(tokens.value / longest)), { id: 'prov.verlDynamicBatch', args: { tokens: tokens.value, longest } }, on, tokens);
}

/**
 * LoRA where `<prefix>lora_rank` is positive: its target_modules (all-linear by default) and lora_alpha (16), verl's keys in both
 * trainers. The Megatron actor's own block (`mcore`: model.lora.rank, Megatron-Bridge's LoRA) names Megatron-Core's modules, its
 * defaults [linear_qkv, linear_proj, linear_fc1, linear_fc2] and alpha 32 (verl's configuration reference, "Megatron LoRA").
 */
export function loraOf(
  r: FactReader,
  prefix: string,
  dflt: <T>(value: T, key: string) => Sourced<T>,
  mcore?: <T>(value: T, key: string) => Sourced<T>,
): TrainingPart['adapter'] {
  // (Or a nested block, model.lora.rank / alpha / target_modules / dropout, as later configs write it.)
  const rank = r.int([`${prefix}lora_rank`, `${prefix}lora.rank`], { min: 0 });
  if (!rank || rank.value <= 0) return undefined;
  if (mcore && r.present(`${prefix}lora.rank`)) {
    const modules = r.present(`${prefix}lora.target_modules`);
    const { targets, unknown, fused } = mcoreRolesOf(modules ? namesOf(modules.value) : MCORE_LINEARS);
    const where: Sourced<unknown> = modules ? fromFact(null, modules) : mcore(MCORE_LINEARS.join(', '), `${prefix}lora.target_modules`);
    return adapterOf(as(rank, 'lora'), rank, as(where, targets), {
      alpha: r.num([`${prefix}lora.alpha`], { min: 1e-9 }) ?? mcore(32, `${prefix}lora.alpha`),
      dropout: r.num([`${prefix}lora.dropout`], { max: 1 }),
      unknown: as(where, unknown),
      fused: as(where, fused),
    });
  }
  const modules = r.present(`${prefix}target_modules`) ?? r.present(`${prefix}lora.target_modules`);
  const { roles, unknown, fused } = rolesOf(modules ? namesOf(modules.value) : ['all-linear']);
  const where: Sourced<unknown> = modules ? fromFact(null, modules) : dflt('all-linear', `${prefix}target_modules`);
  return adapterOf(as(rank, 'lora'), rank, as(where, modules ? roles : [...ALL_LINEAR]), {
    alpha: r.num([`${prefix}lora_alpha`, `${prefix}lora.alpha`], { min: 1e-9 }) ?? dflt(16, `${prefix}lora_alpha`),
    dropout: r.num([`${prefix}lora_dropout`, `${prefix}lora.dropout`], { max: 1 }),
    unknown: as(where, unknown),
    fused: as(where, fused),
  });
}

function at(file: string, f: Fact | undefined): { file: string; range: { start: number; end: number } } {
  return { file, range: f ? f.valueRange : { start: 0, end: 0 } };
}

/**
 * verl's SFT trainer, `torchrun … -m verl.trainer.fsdp_sft_trainer key=value …` (Hydra overrides of sft_trainer.yaml, or none; not
 * where Hydra's --config-name / --config-path swap that file for one of the user's).
 */
export function isVerlSft(r: FactReader): boolean {
  const module = r.fact('@module')?.value;
  const ownConfig = ['--config-name', '-cn', '--config-path', '-cp'].some((k) => r.fact(k) !== undefined);
  return typeof module === 'string' && /^verl\.trainer\.(fsdp_)?sft_trainer$/.test(module) && (!ownConfig || r.keys().some((k) => k.startsWith('@override.')));
}

/**
 * The SFT trainer's step, from its overrides over verl/trainer/config/sft_trainer.yaml's defaults: the model
 * (model.partial_pretrain), data.micro_batch_size_per_gpu 4, data.train_batch_size 256 (sequences per step, all GPUs),
 * data.max_length 1024, model.enable_gradient_checkpointing false, LoRA when model.lora_rank > 0 (all-linear, alpha 16), FSDP
 * with bf16 compute over fp32 parameters (fsdp_config.model_dtype fp32), CPU offload of the parameters where fsdp_config's
 * cpu_offload and offload_params both say so; the GPUs torchrun starts.
 */
export function recognizeVerlSft(ctx: RecognizeContext, root: FactReader): FileRecognition {
  const r = root.under('@override');
  const dflt = <T>(value: T, key: string): Sourced<T> => classDefault(value, key, 'verl sft_trainer.yaml');
  const flag = (key: string) => hydraFlag(r, key);
  const checkpointing = flag('model.enable_gradient_checkpointing');
  const offload = flag('model.fsdp_config.cpu_offload');
  const offloadParams = flag('model.fsdp_config.offload_params');
  const training: TrainingPart = defined({
    seqLen: r.int(['data.max_length']) ?? dflt(1024, 'data.max_length'),
    microBatch: r.int(['data.micro_batch_size_per_gpu']) ?? dflt(4, 'data.micro_batch_size_per_gpu'),
    globalBatch: r.int(['data.train_batch_size']) ?? dflt(256, 'data.train_batch_size'),
    epochs: r.num(['trainer.total_epochs'], { min: 0 }),
    precision: dflt('bf16' as const, 'model.fsdp_config.mixed_precision'),
    recompute: checkpointing
      ? as(checkpointing, checkpointing.value ? ('full' as const) : ('none' as const))
      : dflt('none' as const, 'model.enable_gradient_checkpointing'),
    fsdp: dflt(true, 'model.strategy'),
    ...(offload?.value && offloadParams?.value ? { offloadParams, offloadOptimizer: offloadParams } : {}),
  });
  // (verl's SFT examples for vision-language models name it model.name_or_path; its newer configs model.path.)
  // (None named: sft_trainer.yaml's own, model.partial_pretrain ~/models/gemma-1.1-7b-it.)
  const model = r.str(['model.partial_pretrain', 'model.path', 'model.name_or_path']) ?? dflt('~/models/gemma-1.1-7b-it', 'model.partial_pretrain');
  training.finetune = as(model, true);
  const adapter = loraOf(r, 'model.', dflt);
  if (adapter) training.adapter = adapter;
  const launch = launchCounts(root, { nodes: ['--nnodes'], perNode: ['--nproc_per_node', '--nproc-per-node'] });
  const parallel = defined({ nodes: launch.nodes, gpusPerNode: launch.perNode, worldSize: launch.worldSize });
  return { ...emptyRecognition('launcher', [...root.findings]), modelRef: model, training, parallel };
}
