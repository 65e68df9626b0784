/**
 * LLaMA-Factory YAML (`llamafactory-cli train x.yaml`): the model is `model_name_or_path`; the
 * method `finetuning_type` (lora, full, freeze; oft is not modelled) with `lora_rank` (default 8),
 * `lora_alpha` (default 2 × rank), `lora_target` (default "all": every linear layer of the blocks),
 * `additional_target` (modules trained whole), `use_dora`; `quantization_bit` 4 (NF4, double
 * quantization unless `double_quantization: false`) or 8; batch `per_device_train_batch_size` ×
 * `gradient_accumulation_steps`; `cutoff_len`; `bf16` / `fp16` / `pure_bf16`; `deepspeed` (a JSON it
 * references); `num_train_epochs`, `max_steps`. Its own rule: gradient checkpointing is on unless
 * `disable_gradient_checkpointing: true` (llamafactory/model/model_utils/checkpointing.py). Freeze: the last
 * `freeze_trainable_layers` layers (default 2; the first n when negative; with `use_llama_pro` every (L / n)-th),
 * `freeze_trainable_modules` of them (default all: names with "attn" are the attention, "mlp" the MLP), and
 * `freeze_extra_modules` (the embedding, the head, the final norm) trained whole. A full fine-tune of a vision-language
 * model leaves its vision tower and projector frozen unless `freeze_vision_tower` / `freeze_multi_modal_projector` are
 * false; `train_mm_proj_only` trains the projector alone. `stage: dpo`, `rm` and `kto` are preference training
 * (recognize/preference.ts); ppo is said to be counted as the one model's supervised fine-tuning.
 * Defaults from llamafactory/hparams/finetuning_args.py and model_args.py.
 */
import type { Fact, Finding, Sourced } from '../types';
import type { FreezeSpec } from '../spec';
import { derived, fromFact, finding } from '../types';
import { slurmCounts } from './launch';
import { adapterOf, as, namesOf, rolesOf, savedOf } from './adapter';
import { classDefault, defined, FactReader, firstStated, type FileRecognition, type RecognizeContext, type TrainingPart, trainerMaxSteps } from './common';
import { appendYamlKey, hfTrainerDefaults, type Trainer } from './trainer';
import { ktoOf, preferenceOf, unmodelledStage } from './preference';

export function isLlamaFactory(r: FactReader): boolean {
  return (r.has('model_name_or_path') && (r.has('finetuning_type') || r.has('stage'))) || isLlamaFactoryV1(r);
}

/**
 * LLaMA-Factory v1 (USE_V1=1 llamafactory-cli sft; src/llamafactory/v1/config): ModelArguments' `model` with its plugin configs
 * (`peft_config: {name: lora, r, lora_alpha, target_modules}`, `dist_config: {name: fsdp2}`), TrainingArguments' `micro_batch_size`,
 * `global_batch_size` and `bf16`, the data's `cutoff_len`.
 */
function isLlamaFactoryV1(r: FactReader): boolean {
  return (
    typeof r.fact('model')?.value === 'string' &&
    ['peft_config.name', 'dist_config.name', 'kernel_config.name', 'model_class'].some((k) => r.has(k)) &&
    ['micro_batch_size', 'global_batch_size', 'cutoff_len', 'template'].some((k) => r.has(k))
  );
}

/** v1's keys under v0's names (its `model` the model_name_or_path, peft_config's `name` the finetuning_type, r the lora_rank, …). */
const V1_KEYS: Readonly<Record<string, string>> = {
  model: 'model_name_or_path',
  'peft_config.name': 'finetuning_type',
  'peft_config.r': 'lora_rank',
  'peft_config.lora_alpha': 'lora_alpha',
  'peft_config.lora_dropout': 'lora_dropout',
  'peft_config.target_modules': 'lora_target',
  micro_batch_size: 'per_device_train_batch_size',
};

const byDefault = <T>(value: T, key: string): Sourced<T> => classDefault(value, key, 'LLaMA-Factory');

export function recognizeLlamaFactory(ctx: RecognizeContext): FileRecognition {
  const v1 = isLlamaFactoryV1(new FactReader(ctx.facts));
  const r = new FactReader(v1 ? ctx.facts.map((f) => (V1_KEYS[f.path.join('.')] ? { ...f, path: [V1_KEYS[f.path.join('.')]!] } : f)) : ctx.facts);
  // (v1 trains the whole model unless a peft_config names a method, and checkpoints activations only where a plugin says so.)
  const cls = v1 ? 'LLaMA-Factory v1' : 'LLaMA-Factory';
  const byDefault = <T>(value: T, key: string): Sourced<T> => classDefault(value, key, cls);
  const on = (key: string) => {
    const b = r.bool([key]);
    return b?.value ? b : undefined;
  };
  const findings = r.findings;
  const liger = on('enable_liger_kernel');
  const training: TrainingPart = defined({
    seqLen: r.int(['cutoff_len']) ?? byDefault(2048, 'cutoff_len'),
    microBatch: r.int(['per_device_train_batch_size']),
    gradAccum: r.int(['gradient_accumulation_steps']),
    epochs: r.num(['num_train_epochs'], { min: 0 }),
    trainIters: trainerMaxSteps(r, 'max_steps'),
    // use_kt: KTransformers as the LoRA backend (its kt_optimize_rule places the routed experts on the CPU, cpu_infer threads).
    expertsOnHost: on('use_kt') ? as(on('use_kt')!, true) : undefined,
    // (fp8: true, FP8 GEMMs through accelerate's Transformer Engine or torchao backend, fp8_backend; over bf16's.)
    precision: on('fp8')
      ? as(on('fp8')!, 'fp8' as const)
      : on('bf16') || on('pure_bf16')
        ? as((on('bf16') ?? on('pure_bf16'))!, 'bf16' as const)
        : on('fp16')
          ? as(on('fp16')!, 'fp16' as const)
          : undefined,
    masterWeights: on('pure_bf16') ? as(on('pure_bf16')!, false) : undefined,
    recompute: on('disable_gradient_checkpointing')
      ? as(on('disable_gradient_checkpointing')!, 'none' as const)
      : v1
        ? undefined
        : byDefault('full' as const, 'disable_gradient_checkpointing'),
    globalBatch: v1 ? r.int(['global_batch_size']) : undefined,
    // v1's dist_config plugin fsdp2: PyTorch FSDP2, every rank's shard (ZeRO-3).
    fsdp: v1 && /^fsdp2?$/.test(r.str(['dist_config.name'])?.value ?? '') ? as(r.str(['dist_config.name'])!, true) : undefined,
    // The Trainer's torch_compile, and LLaMA-Factory's Liger switch (RMSNorm, RoPE, SwiGLU and the loss swapped for fused kernels).
    compiled: on('torch_compile'),
    fusedKernels: liger,
    // …and the loss: Liger's fused linear cross entropy, unless the stage needs the logits (model_utils/liger_kernel.py:
    // require_logits for every stage but pt and sft).
    loss: liger && /^(sft|pt)$/.test(r.str(['stage'])?.value ?? 'sft') ? as(liger, 'fused-linear' as const) : undefined,
  });
  const modelRef = r.str(['model_name_or_path']);
  if (modelRef) training.finetune = as(modelRef, true);
  // The Trainer's own gradient_checkpointing: false does not turn LLaMA-Factory's off (its patcher checkpoints unless
  // disable_gradient_checkpointing), said where it is written.
  const hfCheckpointing = r.present('gradient_checkpointing');
  if (!v1 && hfCheckpointing?.value === false && !on('disable_gradient_checkpointing'))
    findings.push(finding('assumed', 'info', { id: 'llamafactory.checkpointingKey' }, { file: hfCheckpointing.file, range: hfCheckpointing.valueRange }));
  const type = r.str(['finetuning_type']) ?? byDefault(v1 ? 'full' : 'lora', v1 ? 'peft_config' : 'finetuning_type');
  if (type.value === 'lora') {
    const rank = r.int(['lora_rank']) ?? byDefault(8, 'lora_rank');
    const target = r.present('lora_target');
    const names = target ? namesOf(target.value) : ['all'];
    const { roles, unknown, fused, suffixes, patterns } = rolesOf(names);
    const where: Sourced<unknown> = target ? fromFact(null, target) : byDefault('all', 'lora_target');
    const saved = r.present('additional_target');
    const dora = on('use_dora');
    // A vision-language model's tower set trainable (freeze_vision_tower: false): find_all_linear_modules then names its linears
    // too, and patch_target_modules wraps every module whose path holds a target, the tower's included; the projector stays out
    // while freeze_multi_modal_projector holds (true unless set). (Frozen, the default: the tower is left out.)
    const tower = r.bool(['freeze_vision_tower']);
    const open = tower && !tower.value ? tower : undefined;
    const projector = r.bool(['freeze_multi_modal_projector']) ?? byDefault(true, 'freeze_multi_modal_projector');
    training.adapter = adapterOf(dora ? as(dora, 'dora') : as(type, 'lora'), rank, as(where, roles), {
      alpha: r.num(['lora_alpha'], { min: 1e-9 }) ?? byDefault(rank.value * 2, 'lora_alpha'),
      dropout: r.num(['lora_dropout'], { max: 1 }),
      unknown: as(where, unknown),
      ...(open && names.some((n) => n.trim() === 'all')
        ? { allLinear: as(open, true) }
        : open
          ? { suffixes: as(open, suffixes), patterns: as(open, patterns) }
          : {}),
      ...(open ? { visionProjector: as(projector, !projector.value) } : {}),
      fused: as(where, fused),
      saved: saved ? fromFact(savedOf(namesOf(saved.value)), saved) : undefined,
    });
    const bits = r.int(['quantization_bit']);
    if (bits?.value === 4) training.quantization = as(bits, r.bool(['double_quantization'])?.value === false ? ('nf4' as const) : ('nf4-dq' as const));
    else if (bits?.value === 8) training.quantization = as(bits, 'int8' as const);
  } else if (type.value === 'freeze') {
    training.freeze = freezeOf(r, findings, ctx.file);
  } else if (type.value === 'full') {
    // A vision-language model's tower and projector stay frozen unless the YAML says otherwise (finetuning_args.py).
    const only = r.bool(['train_mm_proj_only']);
    const vision = r.bool(['freeze_vision_tower']) ?? byDefault(true, 'freeze_vision_tower');
    const projector = r.bool(['freeze_multi_modal_projector']) ?? byDefault(true, 'freeze_multi_modal_projector');
    const from = firstStated<boolean>([only, vision, projector], vision);
    training.frozenParts = as(from, {
      language: only?.value ?? false,
      vision: (only?.value ?? false) || vision.value,
      projector: !only?.value && projector.value,
    });
  } else {
    const at = type.source.kind === 'fact' ? { file: ctx.file, range: type.source.range } : undefined;
    findings.push(finding('unsupported', 'warning', { id: 'llamafactory.unmodelledMethod', args: { method: type.value } }, at));
  }
  // DPO (and its reference-free pref_loss orpo, simpo) and reward modelling (stage dpo, rm): a chosen and a rejected sequence
  // per sample; DPO's reference is the base with the adapter off under LoRA without a ref_model, else a frozen copy
  // (llamafactory/train/dpo/workflow.py create_ref_model); KTO's likewise (recognize/preference.ts ktoOf). The value head of rm
  // (h + 1) is left out. PPO is not modelled: said, the one model counted.
  const stage = r.str(['stage']);
  if (stage && stage.source.kind === 'fact') {
    const name = `stage: ${stage.value}`;
    const at = { file: ctx.file, range: stage.source.range };
    if (stage.value === 'dpo' || stage.value === 'rm') {
      const loss = r.str(['pref_loss']) ?? byDefault('sigmoid', 'pref_loss');
      const free = stage.value === 'rm' || /^(orpo|simpo)$/.test(loss.value);
      const reference = free ? 'none' : type.value === 'lora' && !r.has('ref_model') ? 'forwardOnly' : 'copy';
      const p = preferenceOf(name, reference, false, at, stage, ...(stage.value === 'dpo' ? [loss, type] : []));
      training.preference = p.preference;
      findings.push(p.note);
    } else if (stage.value === 'kto') {
      const p = ktoOf(name, type.value === 'lora' && !r.has('ref_model') ? 'forwardOnly' : 'copy', at, stage, type);
      training.preference = p.preference;
      findings.push(p.note);
    } else if (!/^(pt|sft)$/.test(stage.value)) findings.push(unmodelledStage(name, at));
  }
  // rope_scaling (a method's name, or a block with its factor): the rotary positions rescaled to cover cutoff_len.
  const rope = r.present('rope_scaling') ?? r.present('rope_scaling.rope_type') ?? r.present('rope_scaling.type') ?? r.present('rope_scaling.factor');
  if (rope && rope.value !== null && rope.value !== false) training.ropeScaled = fromFact(true, rope);
  const ds = r.str(['deepspeed']);
  // 360-LLaMA-Factory's sequence_parallel_size: each sequence split over that many ranks (ring or Ulysses), context parallel.
  const cp = r.int(['sequence_parallel_size'], { min: 1 });
  // GaLore, APOLLO and BAdam (use_galore, use_apollo, use_badam): low-rank or block-wise optimizers whose state and gradients are
  // not modelled: counted as the optimizer named (AdamW's full state), said.
  for (const k of ['use_galore', 'use_apollo', 'use_badam']) {
    const on = r.bool([k]);
    if (on?.value && on.source.kind === 'fact')
      findings.push(
        finding('assumed', 'warning', { id: 'setup.unknownOptimizer', args: { key: k, value: 'true' } }, { file: ctx.file, range: on.source.range }),
      );
  }
  // Run on Megatron-Core (USE_MCA=1, mcore_adapter's McaTrainingArguments): its degrees, distributed optimizer, overlaps and
  // recompute in the YAML, as Megatron-LM's flags; no activation checkpointing unless recompute_granularity says so.
  const mca = MCA_KEYS.some((k) => r.has(k));
  if (mca) {
    const granularity = r.str(['recompute_granularity']);
    training.recompute =
      granularity && /^(full|selective)$/.test(granularity.value)
        ? as(granularity, granularity.value as 'full' | 'selective')
        : byDefault('none' as const, 'recompute_granularity');
    Object.assign(
      training,
      defined({
        distributedOptimizer: r.bool(['use_distributed_optimizer']),
        overlapGradReduce: r.bool(['overlap_grad_reduce']),
        overlapParamGather: r.bool(['overlap_param_gather']),
      }),
    );
  }
  const degree = (k: string) => r.int([k], { min: 1 });
  const parallel = mca
    ? defined({
        tp: degree('tensor_model_parallel_size'),
        pp: degree('pipeline_model_parallel_size'),
        vpp: degree('virtual_pipeline_model_parallel_size'),
        cp: degree('context_parallel_size'),
        ep: degree('expert_model_parallel_size'),
        etp: degree('expert_tensor_parallel_size'),
        sp: r.bool(['sequence_parallel']),
      })
    : cp
      ? { cp }
      : {};
  return { family: 'llamafactory', modelRef, training, parallel, references: ds ? [ds] : [], findings };
}

/** mcore_adapter's McaTrainingArguments, which LLaMA-Factory takes with USE_MCA=1 (Megatron-Core's training, not the Trainer's). */
const MCA_KEYS = [
  'tensor_model_parallel_size',
  'pipeline_model_parallel_size',
  'expert_model_parallel_size',
  'context_parallel_size',
  'virtual_pipeline_model_parallel_size',
  'use_distributed_optimizer',
];

/**
 * `llamafactory-cli train --model_name_or_path … --finetuning_type lora …` (and the entry points before it, `python
 * src/train_bash.py --stage sft --finetuning_type lora …`, `python src/train_sft.py --finetuning_type lora …`): the YAML's keys
 * written as flags.
 */
export function isLlamaFactoryCommand(r: FactReader): boolean {
  const program = r.fact('@command.0')?.value;
  const cli = typeof program === 'string' && /(^|\/)(llamafactory-cli|lmf)$/.test(program) && r.fact('@command.1')?.value === 'train';
  const script = r.facts.some((f) => f.path[0] === '@command' && typeof f.value === 'string' && /(^|\/)train_bash\.py$/.test(f.value));
  // (And LLaMA-Efficient-Tuning's entry points before train_bash.py, one per stage: src/train_sft.py, train_pt.py, … given
  // --finetuning_type.)
  const stageScript = r.facts.some((f) => f.path[0] === '@command' && typeof f.value === 'string' && /(^|\/)src\/train_(sft|pt|rm|ppo|dpo)\.py$/.test(f.value));
  return (cli || script || ((r.has('--stage') || stageScript) && r.has('--finetuning_type'))) && r.has('--model_name_or_path');
}

/**
 * Its flags read as the YAML keys they are; the processes: LLaMA-Factory starts torchrun itself over NNODES × NPROC_PER_NODE,
 * NPROC_PER_NODE being every GPU CUDA_VISIBLE_DEVICES shows when unset (llamafactory/cli.py), one process with one GPU.
 */
export function recognizeLlamaFactoryCommand(ctx: RecognizeContext): FileRecognition {
  const flags = ctx.facts
    .filter((f) => typeof f.path[0] === 'string' && f.path[0].startsWith('--'))
    .map((f) => ({ ...f, path: [String(f.path[0]).slice(2), ...f.path.slice(1)] }));
  const rec = recognizeLlamaFactory({ ...ctx, facts: flags });
  const r = new FactReader(ctx.facts);
  const visible = r.present('@env.CUDA_VISIBLE_DEVICES');
  const devices = visible
    ? String(visible.value)
        .split(',')
        .filter((d) => d.trim() !== '').length
    : 0;
  // (Under Slurm, the GPUs its #SBATCH lines give the job: llamafactory-cli runs torchrun over every GPU it sees.)
  const slurm = slurmCounts(r);
  // (Or the launcher's own counts: `deepspeed --num_gpus=8 src/train.py …`, `torchrun --nproc_per_node 8 src/train.py …`.)
  const perNode =
    r.int(['@env.NPROC_PER_NODE'], { min: 1 }) ??
    r.int(['--nproc_per_node', '--nproc-per-node', '--num_gpus'], { min: 1 }) ??
    (visible && devices > 0 ? fromFact(devices, visible) : undefined) ??
    slurm.perNode;
  if (!perNode) return rec;
  const nodes =
    r.int(['@env.NNODES'], { min: 1 }) ?? r.int(['--nnodes', '--num_nodes'], { min: 1 }) ?? slurm.nodes ?? classDefault(1, 'NNODES', 'LLaMA-Factory');
  const worldSize = derived(nodes.value * perNode.value, { id: 'prov.worldSize' }, nodes, perNode);
  return { ...rec, parallel: { ...rec.parallel, nodes, gpusPerNode: perNode, worldSize } };
}

/** finetuning_type freeze: what it trains (TrainingSpec.freeze), from its three keys or their defaults. */
function freezeOf(r: FactReader, findings: Finding[], file: string): Sourced<FreezeSpec> {
  const layers = r.int(['freeze_trainable_layers'], { min: -1e6 }) ?? byDefault(2, 'freeze_trainable_layers');
  const at = (f: Fact) => ({ file, range: f.valueRange });
  const modules = r.present('freeze_trainable_modules');
  const names = modules ? namesOf(modules.value) : ['all'];
  const parts = new Set<'attention' | 'mlp'>();
  let all = false;
  for (const name of names) {
    if (name === 'all') all = true;
    else if (/attn|attention/.test(name)) parts.add('attention');
    else if (/mlp|feed_forward|ffn|experts/.test(name)) parts.add('mlp');
    else findings.push(finding('unsupported', 'warning', { id: 'llamafactory.freezeModule', args: { name } }, at(modules!)));
  }
  const extraFact = r.present('freeze_extra_modules');
  const extra = new Set<'embedding' | 'head' | 'norm'>();
  for (const name of extraFact ? namesOf(extraFact.value) : []) {
    if (/embed|wte/.test(name)) extra.add('embedding');
    else if (/lm_head|output/.test(name)) extra.add('head');
    else if (/norm/.test(name)) extra.add('norm');
    else findings.push(finding('unsupported', 'warning', { id: 'llamafactory.freezeModule', args: { name } }, at(extraFact!)));
  }
  const pro = r.bool(['use_llama_pro']);
  const spread = pro?.value ? { spread: true } : {};
  return as(layers, { layers: layers.value, ...(all || parts.size === 0 ? {} : { parts: [...parts] }), extra: [...extra], ...spread });
}

/** LLaMA-Factory trains with the Hugging Face Trainer; new keys are appended to the YAML. */
export const LLAMAFACTORY_TRAINER: Trainer = {
  defaults: hfTrainerDefaults('LLaMA-Factory'),
  writes: {
    keys: { microBatch: 'per_device_train_batch_size', recompute: 'disable_gradient_checkpointing' },
    text: (field, value) => (field === 'recompute' ? String(value === 'none') : String(value)),
    add: appendYamlKey,
  },
};
