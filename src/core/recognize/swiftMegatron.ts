/**
 * ms-swift's Megatron-SWIFT (`megatron sft`, `megatron pt`, `megatron rlhf`): Megatron-Core trains a Hugging Face model, named
 * by `--model` on the command or on the `swift export --to_mcore true` that converted the checkpoint it `--load`s. The command
 * takes Megatron-LM's arguments with underscores (`--tensor_model_parallel_size 2`, `--recompute_granularity full`) and its
 * own: `--max_length` (the training length), `--optimizer_cpu_offload`, `--train_type` / `--tuner_type` (full unless set; ms-swift's
 * MegatronArguments). Read as the Megatron-LM launch they are, on the named model.
 */
import type { Fact } from '../types';
import { fromFact } from '../types';
import { classDefault, type FileRecognition, type RecognizeContext } from './common';
import { recognizeLauncher } from './launcher';
import { recognizeMegatron } from './megatron';
import type { FactReader } from './reader';

const SUBCOMMANDS = /^(sft|pt|rlhf)$/;

/** A `megatron sft` (pt, rlhf) command: ms-swift's entry point to Megatron-Core. */
export function isSwiftMegatron(r: FactReader): boolean {
  return r.facts.some(
    (f, i) =>
      f.path[0] === '@command' && f.path[1] === 0 && f.value === 'megatron' && r.facts[i + 1]?.path[1] === 1 && SUBCOMMANDS.test(String(r.facts[i + 1]?.value)),
  );
}

/** Megatron-SWIFT's own names for what Megatron-LM calls otherwise. */
const RENAMED: Readonly<Record<string, string>> = {
  '--max_length': '--seq-length',
  '--model': '--model_name_or_path',
};

export function recognizeSwiftMegatron(ctx: RecognizeContext): FileRecognition {
  const flags: Fact[] = [];
  // The model: --model, else the checkpoint `swift export --to_mcore true` wrote, which ms-swift names <model>-mcore.
  const named = ctx.facts.some((f) => f.path[0] === '--model' && f.path.length === 1);
  for (const f of ctx.facts) {
    const name = f.path[0];
    // (--model_name / --model_author: the self-cognition data's names for the assistant, not the model.)
    if (name === '--model_name' || name === '--model_author') continue;
    flags.push(f);
    if (typeof name !== 'string') continue;
    if (name === '--load' && !named && typeof f.value === 'string' && /-mcore$/.test(f.value))
      flags.push({
        ...f,
        path: ['--model_name_or_path'],
        value: f.value
          .split('/')
          .pop()!
          .replace(/-mcore$/, ''),
      });
    // ms-swift starts torchrun itself from its environment: NPROC_PER_NODE=8 NNODES=2 megatron sft …
    if (name === '@env' && f.path[1] === 'NPROC_PER_NODE') flags.push({ ...f, path: ['--nproc_per_node'] });
    else if (name === '@env' && f.path[1] === 'NNODES') flags.push({ ...f, path: ['--nnodes'] });
    else if (RENAMED[name]) flags.push({ ...f, path: [RENAMED[name]!, ...f.path.slice(1)] });
    else if (name.startsWith('--') && name.includes('_')) flags.push({ ...f, path: [name.replace(/_/g, '-'), ...f.path.slice(1)] });
  }
  const rec = recognizeMegatron({ ...ctx, facts: flags });
  const training = { ...rec.training };
  const cls = 'Megatron-SWIFT';
  const byDefault = <T>(value: T, key: string, shown = String(value)) => classDefault(value, key, cls, shown);
  // MegatronArguments: the distributed optimizer on, and the weights in the model's torch_dtype (bfloat16 for today's models).
  training.distributedOptimizer ??= byDefault(true, '--use_distributed_optimizer');
  training.precision ??= byDefault('bf16' as const, '--torch_dtype', 'bfloat16');
  const offload = ctx.facts.find((f) => f.path[0] === '--optimizer_cpu_offload' && f.path.length === 1);
  if (offload && offload.value !== false) training.offloadOptimizer = fromFact(true, offload);
  if (rec.modelRef)
    training.finetune ??= fromFact(
      true,
      ctx.facts.find((f) => f.path[0] === '--model')!,
    );
  // --train_type lora, or --tuner_type, its later name (full by default here): the adapter as `swift sft` reads it.
  const type = ctx.facts.find((f) => (f.path[0] === '--train_type' || f.path[0] === '--tuner_type') && f.path.length === 1);
  if (type && /lora/i.test(String(type.value))) {
    const mcore: Fact = { ...type, path: ['@mcore'], value: true };
    const adapter = recognizeLauncher({ ...ctx, facts: [...ctx.facts, mcore] }, 'swift').training.adapter;
    if (adapter) training.adapter = adapter;
  } else {
    // Full training of a multimodal model: ms-swift's --freeze_vit and --freeze_aligner (true unless set) and --freeze_llm
    // (false), as `swift sft --train_type full` reads them.
    const full: Fact = { ...(type ?? ctx.facts[0]!), path: ['--train_type'], value: 'full' };
    const frozen = recognizeLauncher({ ...ctx, facts: [...ctx.facts.filter((f) => f !== type), full] }, 'swift').training.frozenParts;
    if (frozen) training.frozenParts = frozen;
  }
  // (MegatronArguments' expert_tensor_parallel_size is 1, not Megatron-LM's TP.)
  const parallel = { ...rec.parallel, etp: rec.parallel.etp ?? byDefault(1, '--expert_tensor_parallel_size') };
  return { ...rec, training, parallel };
}
