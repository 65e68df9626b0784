/**
 * NVIDIA NeMo-RL's YAML configs (examples/configs/*.yaml and their recipes: GRPO, SFT, DPO, distillation; run as
 * `uv run examples/run_grpo_math.py --config …`), read for the policy's training step: the model under `policy.model_name`, the
 * sequences it trains on (`max_total_sequence_length`), its micro-batch and its global batch per optimizer step
 * (`train_micro_batch_size`, `train_global_batch_size`), the precision, and the backend its `dtensor_cfg` (FSDP2 with TP, CP,
 * sequence parallelism, activation checkpointing, CPU offload, LoRA under lora_cfg) or `megatron_cfg` (Megatron-Core's degrees,
 * distributed optimizer, recompute, FP8 under fp8_cfg, LoRA under peft) enables; the GPUs `cluster.num_nodes` ×
 * `cluster.gpus_per_node`, less those a non-colocated generation engine takes. Files it inherits (`defaults:`) are merged under
 * its own keys before it is read (recognize/inherit.ts, engine.ts). Generation (vLLM, Megatron inference) and the reference
 * model's log-probabilities are not part of that step, and said so.
 */
import type { Fact, Finding, Sourced } from '../types';
import { derived, finding, fromFact } from '../types';
import type { AdapterTarget } from '../spec';
import { adapterOf, ALL_LINEAR, as, MCORE_LINEARS, mcoreRolesOf, namesOf, rolesOf } from './adapter';
import { classDefault, defined, emptyRecognition, mapped, precisionOf, type FileRecognition, type RecognizeContext, type TrainingPart } from './common';
import { FactReader } from './reader';
import { interpolated } from './inherit';
import { preferenceOf } from './preference';

/** The sections an algorithm's config has beside `policy`. */
const ALGORITHMS = ['grpo', 'sft', 'dpo', 'rm', 'distillation'] as const;

export function isNemoRl(r: FactReader): boolean {
  const keys = r.keys();
  const backend = keys.some((k) => k.startsWith('policy.dtensor_cfg.') || k.startsWith('policy.megatron_cfg.'));
  const policy = r.has('policy.model_name') || r.has('policy.train_global_batch_size') || backend;
  const section = keys.some((k) => ALGORITHMS.some((a) => k.startsWith(`${a}.`)) || k.startsWith('cluster.gpus_per_node') || k.startsWith('loss_fn.'));
  return policy && (section || backend);
}

/** Where a value comes from when a config neither states nor inherits it: NeMo-RL's base GRPO config, which every recipe inherits. */
const BASE = 'NeMo-RL examples/configs/grpo_math_1B.yaml';

export function recognizeNemoRl(ctx: RecognizeContext): FileRecognition {
  // (Newer trees write DTensor's block as automodel_cfg.)
  const facts = interpolated(ctx.facts).map((f) =>
    f.path[0] === 'policy' && f.path[1] === 'automodel_cfg' ? { ...f, path: ['policy', 'dtensor_cfg', ...f.path.slice(2)] } : f,
  );
  const r = new FactReader(facts).under('policy');
  const root = new FactReader(facts);
  const dflt = <T>(value: T, key: string): Sourced<T> => classDefault(value, key, BASE);
  const flag = (key: string, reader = r): Sourced<boolean> | undefined => {
    const f = reader.present(key);
    return f && f.value !== null ? fromFact(typeof f.value === 'boolean' ? f.value : /^true$/i.test(String(f.value)), f) : undefined;
  };
  const findings: Finding[] = [];
  // (A value of a file this one inherits is said where this one names those files.)
  const named = facts.find((f) => f.file === ctx.file && f.path.length === 1 && f.path[0] === 'defaults');
  const at = (f: Fact | undefined) =>
    f && f.file === ctx.file ? { file: f.file, range: f.valueRange } : { file: ctx.file, range: named ? named.valueRange : { start: 0, end: 0 } };
  // The backend: Megatron-Core where megatron_cfg.enabled, else DTensor (FSDP2, dtensor_cfg), NeMo-RL's default.
  const megatron = flag('megatron_cfg.enabled')?.value === true;
  const m = (key: string) => r.int([`megatron_cfg.${key}`], { min: 1 });
  const d = (key: string) => r.int([`dtensor_cfg.${key}`], { min: 1 });
  const checkpointing = flag(megatron ? 'megatron_cfg.activation_checkpointing' : 'dtensor_cfg.activation_checkpointing');
  const total = r.int(['max_total_sequence_length'], { min: 1 }) ?? dflt(512, 'policy.max_total_sequence_length');
  // Generating algorithms (GRPO, distillation) train on a prompt and what was generated for it: at most
  // data.max_input_seq_length + generation.max_new_tokens tokens, where that is under the total.
  const generates = root.keys().some((k) => k.startsWith('grpo.') || k.startsWith('distillation.'));
  const prompt = root.int(['data.max_input_seq_length'], { min: 1 });
  const response = r.int(['generation.max_new_tokens'], { min: 1 });
  const seqLen =
    generates && prompt && response && prompt.value + response.value < total.value
      ? derived(prompt.value + response.value, { id: 'prov.nemoRlSequence', args: { total: total.value } }, prompt, response)
      : total;
  const precisionAt = r.str(['precision']);
  const fp8 = megatron ? flag('megatron_cfg.fp8_cfg.enabled') : undefined;
  const training: TrainingPart = defined({
    seqLen,
    microBatch: r.int(['train_micro_batch_size'], { min: 1 }) ?? dflt(4, 'policy.train_micro_batch_size'),
    globalBatch: r.int(['train_global_batch_size'], { min: 1 }) ?? dflt(512, 'policy.train_global_batch_size'),
    precision: fp8?.value ? as(fp8, 'fp8' as const) : (mapped(precisionAt, precisionOf) ?? dflt('bf16' as const, 'policy.precision')),
    recompute: checkpointing
      ? as(checkpointing, checkpointing.value ? ('full' as const) : ('none' as const))
      : dflt('none' as const, megatron ? 'policy.megatron_cfg.activation_checkpointing' : 'policy.dtensor_cfg.activation_checkpointing'),
    ...(megatron
      ? {
          distributedOptimizer: flag('megatron_cfg.optimizer.use_distributed_optimizer'),
          fp32Grads: flag('megatron_cfg.distributed_data_parallel_config.grad_reduce_in_fp32'),
          overlapGradReduce: flag('megatron_cfg.distributed_data_parallel_config.overlap_grad_reduce'),
          overlapParamGather: flag('megatron_cfg.distributed_data_parallel_config.overlap_param_gather'),
        }
      : {
          // FSDP2 shards the parameters, gradients and optimizer state over the data-parallel ranks; cpu_offload moves them to
          // the host.
          fsdp: as(flag('dtensor_cfg.enabled') ?? dflt(true, 'policy.dtensor_cfg.enabled'), true),
          ...(flag('dtensor_cfg.cpu_offload')?.value
            ? { offloadParams: flag('dtensor_cfg.cpu_offload')!, offloadOptimizer: flag('dtensor_cfg.cpu_offload')! }
            : {}),
        }),
  });
  const model = r.str(['model_name']);
  if (model) training.finetune = as(model, true);
  // The log-probabilities: Megatron's vocab-parallel ones (4 bytes a logit at most); DTensor's from the logits in fp32.
  training.loss = derived(megatron ? ('fused' as const) : ('fp32' as const), {
    id: 'prov.nemoRlLogProbs',
    args: { backend: megatron ? 'megatron' : 'dtensor' },
  });
  const adapter = megatron ? megatronLora(r, flag) : dtensorLora(r, flag);
  if (adapter) training.adapter = adapter;
  // DPO: a chosen and a rejected sequence per sample; the reference's log-probabilities from the starting weights, which NeMo-RL
  // keeps on the host and swaps in (a forward without gradients, no second model on the GPU).
  const dpoKey = root.keys().find((k) => k.startsWith('dpo.'));
  const dpo = dpoKey ? root.present(dpoKey) : undefined;
  if (dpo) {
    const p = preferenceOf('dpo', 'forwardOnly', false, at(dpo), fromFact(null, dpo));
    training.preference = p.preference;
    findings.push(p.note);
  }
  // The GPUs: the cluster's, less those a generation engine of its own takes (colocated: false), one node's share on one node.
  const nodes = root.int(['cluster.num_nodes'], { min: 1 }) ?? dflt(1, 'cluster.num_nodes');
  const perNode = root.int(['cluster.gpus_per_node'], { min: 1 }) ?? dflt(1, 'cluster.gpus_per_node');
  const colocated = flag('generation.colocated.enabled');
  const genNodes = r.int(['generation.colocated.resources.num_nodes'], { min: 1 });
  const genPerNode = r.int(['generation.colocated.resources.gpus_per_node'], { min: 1 });
  let trainNodes: Sourced<number> = nodes;
  let trainPerNode: Sourced<number> = perNode;
  if (colocated?.value === false) {
    if (nodes.value === 1 && genPerNode && genPerNode.value < perNode.value)
      trainPerNode = derived(
        perNode.value - genPerNode.value,
        { id: 'prov.nemoRlTrainGpus', args: { gpus: perNode.value, generation: genPerNode.value } },
        perNode,
        genPerNode,
      );
    else if (nodes.value > 1 && genNodes && genNodes.value < nodes.value)
      trainNodes = derived(
        nodes.value - genNodes.value,
        { id: 'prov.nemoRlTrainNodes', args: { nodes: nodes.value, generation: genNodes.value } },
        nodes,
        genNodes,
      );
  }
  const parallel = defined({
    nodes: trainNodes,
    gpusPerNode: trainPerNode,
    worldSize: derived(trainNodes.value * trainPerNode.value, { id: 'prov.worldSize' }, trainNodes, trainPerNode),
    ...(megatron
      ? {
          tp: m('tensor_model_parallel_size'),
          pp: m('pipeline_model_parallel_size'),
          cp: m('context_parallel_size'),
          ep: m('expert_model_parallel_size'),
          etp: m('expert_tensor_parallel_size'),
          // (Megatron keeps sequence parallelism only with TP above 1.)
          sp: onlyWithTp(flag('megatron_cfg.sequence_parallel'), m('tensor_model_parallel_size')),
          ppFirstLayers: m('num_layers_in_first_pipeline_stage'),
          ppLastLayers: m('num_layers_in_last_pipeline_stage'),
        }
      : {
          tp: d('tensor_parallel_size'),
          cp: d('context_parallel_size'),
          // (DTensor's MoE experts over expert_parallel_size ranks of the data-parallel ones.)
          ep: d('expert_parallel_size'),
          sp: onlyWithTp(flag('dtensor_cfg.sequence_parallel'), d('tensor_parallel_size')),
        }),
  });
  // What is counted: the policy's training step; generation shares its GPUs (colocated) or has its own, and GRPO's step trains
  // its prompts × generations in optimizer steps of the global batch.
  const engine = r.str(['generation.backend'])?.value ?? 'vllm';
  const share = r.present('generation.vllm_cfg.gpu_memory_utilization');
  const prompts = root.int(['grpo.num_prompts_per_step'], { min: 1 });
  const generations = root.int(['grpo.num_generations_per_prompt'], { min: 1 });
  const global = training.globalBatch!.value;
  const rollouts = prompts && generations ? prompts.value * generations.value : undefined;
  if (generates)
    findings.push(
      finding(
        'assumed',
        'info',
        colocated?.value === false
          ? { id: 'nemoRl.generationApart', args: { engine } }
          : { id: 'nemoRl.policyOnly', args: { engine, share: String(share?.value ?? '0.6') } },
        at(share ?? r.present('model_name')),
      ),
    );
  if (rollouts && rollouts > global)
    findings.push(
      finding(
        'assumed',
        'info',
        { id: 'nemoRl.grpoSteps', args: { sequences: rollouts, batch: global, steps: Math.max(1, Math.round(rollouts / global)) } },
        at(root.present('grpo.num_prompts_per_step')),
      ),
    );
  // Distillation: the teacher (a whole model of its own, teacher.model_name) runs its forward on the same GPUs, its weights moved
  // off them between uses; none of it is counted.
  const teacher = root.str(['teacher.model_name']);
  if (teacher && root.keys().some((k) => k.startsWith('distillation.')))
    findings.push(finding('assumed', 'warning', { id: 'nemoRl.teacher', args: { teacher: teacher.value } }, at(root.present('teacher.model_name'))));
  // Packed or dynamically batched: a micro-batch holds up to train_mb_tokens tokens of sequences as long as they are, not the
  // longest counted here.
  const packing = flag('sequence_packing.enabled')?.value ? 'sequence_packing' : flag('dynamic_batching.enabled')?.value ? 'dynamic_batching' : undefined;
  if (packing)
    findings.push(
      finding('assumed', 'info', { id: 'nemoRl.packed', args: { key: `policy.${packing}`, tokens: seqLen.value } }, at(r.present(`${packing}.enabled`))),
    );
  return {
    ...emptyRecognition('launcher', findings),
    ...(model ? { modelRef: model } : {}),
    training,
    parallel,
  };
}

/** DTensor's LoRA (dtensor_cfg.lora_cfg): dim, alpha, dropout over target_modules, or every linear with match_all_linear. */
function dtensorLora(r: FactReader, flag: (key: string) => Sourced<boolean> | undefined): TrainingPart['adapter'] {
  const on = flag('dtensor_cfg.lora_cfg.enabled');
  if (!on?.value) return undefined;
  const dflt = <T>(value: T, key: string): Sourced<T> => classDefault(value, key, BASE);
  const listed = r.present('dtensor_cfg.lora_cfg.target_modules');
  const names = listed ? namesOf(listed.value) : [];
  const all = flag('dtensor_cfg.lora_cfg.match_all_linear');
  const everyLinear = names.length === 0 && all?.value !== false;
  const { roles, unknown, fused } = rolesOf(everyLinear ? ['all-linear'] : names);
  const where: Sourced<unknown> = listed && names.length ? fromFact(null, listed) : (all ?? dflt(true, 'policy.dtensor_cfg.lora_cfg.match_all_linear'));
  return adapterOf(
    as(on, 'lora' as const),
    r.int(['dtensor_cfg.lora_cfg.dim'], { min: 1 }) ?? dflt(8, 'policy.dtensor_cfg.lora_cfg.dim'),
    as(where, everyLinear ? [...ALL_LINEAR] : roles),
    {
      alpha: r.num(['dtensor_cfg.lora_cfg.alpha'], { min: 1e-9 }) ?? dflt(32, 'policy.dtensor_cfg.lora_cfg.alpha'),
      dropout: r.num(['dtensor_cfg.lora_cfg.dropout'], { max: 1 }),
      unknown: as(where, unknown),
      fused: as(where, fused),
    },
  );
}

/** Megatron's LoRA (megatron_cfg.peft, Megatron-Bridge's LoRA): dim, alpha over Megatron-Core's linears (all four unless listed). */
function megatronLora(r: FactReader, flag: (key: string) => Sourced<boolean> | undefined): TrainingPart['adapter'] {
  const on = flag('megatron_cfg.peft.enabled');
  if (!on?.value) return undefined;
  const dflt = <T>(value: T, key: string): Sourced<T> => classDefault(value, key, 'Megatron-Bridge LoRA');
  const listed = r.present('megatron_cfg.peft.target_modules');
  const names = listed ? namesOf(listed.value) : [];
  const { targets, fused, unknown } = mcoreRolesOf(names.length ? names : [...MCORE_LINEARS]);
  // (An empty list, as NeMo-RL's base configs write it, wraps every linear of the layers: Megatron-Bridge's ModuleMatcher.)
  const targetsAt: Sourced<AdapterTarget[]> = listed ? fromFact(targets, listed) : dflt(targets, 'policy.megatron_cfg.peft.target_modules');
  return adapterOf(as(on, 'lora' as const), r.int(['megatron_cfg.peft.dim'], { min: 1 }) ?? dflt(32, 'policy.megatron_cfg.peft.dim'), targetsAt, {
    alpha: r.num(['megatron_cfg.peft.alpha'], { min: 1e-9 }) ?? dflt(32, 'policy.megatron_cfg.peft.alpha'),
    dropout: r.num(['megatron_cfg.peft.dropout'], { max: 1 }),
    fused: as(targetsAt, fused),
    ...(unknown.length && listed ? { unknown: fromFact(unknown, listed) } : {}),
  });
}

/** Sequence parallelism as stated, where TP is above 1 (both backends drop it without TP). */
function onlyWithTp(sp: Sourced<boolean> | undefined, tp: Sourced<number> | undefined): Sourced<boolean> | undefined {
  return sp && sp.value && (tp?.value ?? 1) <= 1 ? as(sp, false) : sp;
}
