/**
 * ROLL's RL pipelines (alibaba/ROLL: a Hydra YAML with `pretrain: <model>` and one section per worker, `actor_train`,
 * `actor_infer`, `reference`, …), read for the actor's training step: the model it trains, its training_args (the Trainer's
 * own keys), its model_args (dtype, disable_gradient_checkpointing, LoRA), its strategy (DeepSpeed's ZeRO stage or Megatron's
 * degrees) and the GPUs its device_mapping gives it. The rollout engine (actor_infer) and the reference model run on their own
 * device_mapping and are not part of that step, and said so.
 */
import type { Fact, Sourced } from '../types';
import { derived, finding, fromFact } from '../types';
import { classDefault, type FileRecognition, type RecognizeContext } from './common';
import { recognizeLauncher } from './launcher';
import type { FactReader } from './reader';

export function isRoll(r: FactReader): boolean {
  return (
    typeof r.fact('pretrain')?.value === 'string' && r.keys().some((k) => k.startsWith('actor_train.')) && r.keys().some((k) => k.startsWith('actor_infer.'))
  );
}

/** actor_train.training_args keys read as the Trainer's flags. */
const TRAINING_ARGS = [
  'per_device_train_batch_size',
  'gradient_accumulation_steps',
  'learning_rate',
  'num_train_epochs',
  'max_steps',
  'warmup_steps',
  'weight_decay',
  'max_grad_norm',
  'lr_scheduler_type',
];

/** The GPUs a worker's device_mapping lists: `[0, 1]`, `list(range(0,8))` (ROLL evaluates the string), or a YAML list. */
function deviceCount(r: FactReader, key: string): Sourced<number> | undefined {
  const f = r.fact(key);
  if (f && typeof f.value === 'string') {
    const range = /^\s*list\(\s*range\(\s*(\d+)\s*,\s*(\d+)\s*\)\s*\)\s*$/.exec(f.value);
    if (range) return +range[2]! > +range[1]! ? fromFact(+range[2]! - +range[1]!, f) : undefined;
    const list = /^\s*\[([\d\s,]*)\]\s*$/.exec(f.value);
    const n = list ? list[1]!.split(',').filter((x) => x.trim() !== '').length : 0;
    return n > 0 ? fromFact(n, f) : undefined;
  }
  const items = r.facts.filter((g) => g.path.join('.').startsWith(`${key}.`) && typeof g.value === 'number');
  return items.length ? fromFact(items.length, items[0]!) : undefined;
}

export function recognizeRoll(ctx: RecognizeContext, r: FactReader): FileRecognition {
  const flags: Fact[] = [];
  const as = (f: Fact | undefined, flag: string, value: Fact['value'] = f?.value ?? null) => {
    if (f) flags.push({ ...f, path: [flag], value });
  };
  as(r.fact('pretrain'), '--model_name_or_path');
  for (const k of TRAINING_ARGS) as(r.fact(`actor_train.training_args.${k}`), `--${k}`);
  // (Its dtype: bf16 or fp16 mixed precision.)
  const dtype = r.fact('actor_train.model_args.dtype');
  if (dtype?.value === 'bf16' || dtype?.value === 'fp16') as(dtype, `--${dtype.value}`, true);
  // LoRA, with LLaMA-Factory's names (lora_rank, lora_alpha, lora_target).
  const rank = r.fact('actor_train.model_args.lora_rank');
  if (typeof rank?.value === 'number' && rank.value > 0) {
    as(rank, '--use_peft', true);
    as(rank, '--lora_r');
    as(r.fact('actor_train.model_args.lora_alpha'), '--lora_alpha');
    const target = r.fact('actor_train.model_args.lora_target');
    if (typeof target?.value === 'string')
      as(
        target,
        '--lora_target_modules',
        target.value === 'all-linear'
          ? 'all-linear'
          : target.value
              .split(',')
              .map((x) => x.trim())
              .join(' '),
      );
  }
  // The sequences it trains on: the agentic pipelines' sequence_length, else the prompt and the response at their longest.
  const seq = r.fact('sequence_length');
  const prompt = r.int(['prompt_length']);
  const response = r.int(['response_length']);
  if (typeof seq?.value === 'number') as(seq, '--max_seq_length');
  // The actor's GPUs: its device_mapping, on nodes of num_gpus_per_node.
  const gpus = deviceCount(r, 'actor_train.device_mapping');
  const perNode = r.int(['num_gpus_per_node']);
  const rec = recognizeLauncher({ file: ctx.file, facts: flags }, 'hf');
  const training = { ...rec.training };
  const parallel = { ...rec.parallel };
  if (typeof seq?.value !== 'number' && prompt && response)
    training.seqLen = derived(prompt.value + response.value, { id: 'prov.rollSequence' }, prompt, response);
  // ROLL's ModelArguments.disable_gradient_checkpointing (false: the actor recomputes each layer).
  const noCheckpointing = r.fact('actor_train.model_args.disable_gradient_checkpointing');
  training.recompute =
    typeof noCheckpointing?.value === 'boolean'
      ? fromFact(noCheckpointing.value ? 'none' : 'full', noCheckpointing)
      : classDefault('full', 'disable_gradient_checkpointing', 'ROLL ModelArguments', 'false');
  const strategy = r.fact('actor_train.strategy_args.strategy_name');
  if (strategy?.value === 'deepspeed_train') {
    // ZeRO's stage: the inline DeepSpeed config's, or the name of ROLL's shipped config it interpolates (${deepspeed_zero3}).
    const stage = r.fact('actor_train.strategy_args.strategy_config.zero_optimization.stage');
    const named = r.fact('actor_train.strategy_args.strategy_config');
    const byName = typeof named?.value === 'string' ? /deepspeed_zero(\d)/.exec(named.value) : null;
    if (typeof stage?.value === 'number') training.zeroStage = fromFact(stage.value, stage);
    else if (byName && named) training.zeroStage = derived(+byName[1]!, { id: 'prov.fromKey', args: { key: 'strategy_config' } }, fromFact(named.value, named));
  } else if (strategy?.value === 'megatron_train') {
    const degree = (k: string) => {
      const f = r.fact(`actor_train.strategy_args.strategy_config.${k}`);
      return typeof f?.value === 'number' && f.value > 0 ? fromFact(f.value, f) : undefined;
    };
    const tp = degree('tensor_model_parallel_size');
    const pp = degree('pipeline_model_parallel_size');
    const cp = degree('context_parallel_size');
    const ep = degree('expert_model_parallel_size');
    if (tp) parallel.tp = tp;
    if (pp) parallel.pp = pp;
    if (cp) parallel.cp = cp;
    if (ep) parallel.ep = ep;
  }
  if (gpus) {
    const each = perNode && perNode.value > 0 && perNode.value < gpus.value ? perNode : gpus;
    parallel.gpusPerNode = each;
    parallel.nodes = derived(Math.ceil(gpus.value / each.value), { id: 'prov.fromKey', args: { key: 'device_mapping' } }, gpus);
    parallel.worldSize = gpus;
  }
  const where = strategy ?? r.fact('actor_infer.strategy_args.strategy_name') ?? r.fact('pretrain')!;
  const engine = String(r.fact('actor_infer.strategy_args.strategy_name')?.value ?? 'vllm');
  return {
    ...rec,
    training,
    parallel,
    findings: [...rec.findings, finding('assumed', 'info', { id: 'roll.actorOnly', args: { engine } }, { file: ctx.file, range: where.valueRange })],
  };
}
