/**
 * PaddleNLP's fine-tunes and their layout: its argument files (llm/config/<model>/lora_argument.json, or a module or YAML of the
 * same keys, FlagPerf's LLaMA cases), its launcher (`python -m paddle.distributed.launch --devices 0,…,7 finetune_generation.py
 * args.json`), and the TrainingArguments of a distributed run PaddleNLP reads beside the Hugging Face Trainer's:
 * `tensor_parallel_degree`, `pipeline_parallel_degree`, `sharding_parallel_degree` with `sharding` stage1 / stage2 / stage3
 * (optimizer state; and gradients; and parameters sharded over the sharding group, as ZeRO's stages do), `recompute`
 * (`recompute_granularity` full, or core_attn / full_attn: selective). The run spans at least tensor × pipeline × sharding ranks.
 */
import type { Fact, Sourced } from '../types';
import { derived, fromFact } from '../types';
import { defined, type FileRecognition, type RecognizeContext } from './common';
import { recognizeLauncher } from './launcher';
import { asFlag, type FactReader } from './reader';

function paddleLayout(r: FactReader, read: string[]): Pick<FileRecognition, 'training' | 'parallel'> | undefined {
  const degree = (key: string): Sourced<number> | undefined => {
    const f: Fact | undefined = r.present(key);
    return f && typeof f.value === 'number' && Number.isInteger(f.value) && f.value >= 1 && f.value <= 1e6 ? fromFact(f.value, f) : undefined;
  };
  const tp = degree('tensor_parallel_degree');
  const pp = degree('pipeline_parallel_degree');
  const sharding = degree('sharding_parallel_degree');
  const stageText = r.str(['sharding']);
  const stage = stageText ? /stage([123])/.exec(stageText.value)?.[1] : undefined;
  if (!tp && !pp && !sharding) return undefined;
  for (const s of [tp, pp, sharding, stageText]) if (s?.source.kind === 'fact') read.push(s.source.path.join('.'));
  const ranks = [tp, pp, sharding].filter((x): x is Sourced<number> => x !== undefined);
  const worldSize = derived(
    ranks.reduce((n, x) => n * x.value, 1),
    { id: 'prov.paddleWorld' },
    ...ranks,
  );
  const recompute = r.bool(['recompute']);
  const granularity = r.str(['recompute_granularity']);
  return {
    training: defined({
      ...(stage && (sharding?.value ?? 1) > 1
        ? { zeroStage: derived(Number(stage), { id: 'prov.paddleSharding', args: { stage: `stage${stage}` } }, stageText!) }
        : {}),
      ...(recompute
        ? {
            recompute: recompute.value
              ? derived(granularity && granularity.value !== 'full' ? ('selective' as const) : ('full' as const), { id: 'prov.paddleRecompute' }, recompute)
              : derived('none' as const, { id: 'prov.paddleRecompute' }, recompute),
          }
        : {}),
    }),
    parallel: defined({ tp, pp, worldSize }),
  };
}

/** PaddleNLP's own keys among a file's: its parallel degrees, its sharding stage, its O2 level. */
const PADDLE_KEYS = ['tensor_parallel_degree', 'pipeline_parallel_degree', 'sharding_parallel_degree', 'fp16_opt_level'];

/**
 * A PaddleNLP argument file (its llm/config/<model>/lora_argument.json, `python -m paddle.distributed.launch … finetune_generation.py
 * llama/lora_argument.json`, or a module or YAML of the same keys): the model it names with PaddleNLP's keys beside the
 * Trainer's.
 */
export function isPaddleArguments(r: FactReader): boolean {
  return r.has('model_name_or_path') && PADDLE_KEYS.some((k) => r.has(k));
}

/**
 * Read as the Trainer's and PEFT's flags: `per_device_train_batch_size`, `gradient_accumulation_steps`, `num_train_epochs`,
 * `max_steps`, `max_length` (source and target together), `fp16` / `bf16`; `lora` with `lora_rank` (PaddleNLP's ModelArgument: 8)
 * on the seven projections of a Llama-like model as finetune_generation.py's get_lora_target_modules sets them, alpha twice the
 * rank; and its layout (paddleLayout).
 */
export function recognizePaddleArguments(ctx: RecognizeContext, r: FactReader): FileRecognition {
  const flags: Fact[] = [];
  const as = (key: string, flag: string, value?: Fact['value']) => flags.push(...asFlag(r.present(key), flag, value));
  as('model_name_or_path', '--model_name_or_path');
  as('per_device_train_batch_size', '--per_device_train_batch_size');
  as('gradient_accumulation_steps', '--gradient_accumulation_steps');
  as('num_train_epochs', '--num_train_epochs');
  as('max_steps', '--max_steps');
  as('max_length', '--max_seq_length');
  as('fp16', '--fp16');
  as('bf16', '--bf16');
  const lora = r.bool(['lora']);
  if (lora?.value) {
    as('lora', '--use_peft', true);
    as('lora_rank', '--lora_r');
    as('lora_alpha', '--lora_alpha');
  }
  const rank = r.int(['lora_rank'])?.value ?? PADDLE_LORA_RANK;
  const rec = recognizeLauncher({ file: ctx.file, facts: flags }, 'hf', {
    adapterDefaults: {
      cls: 'PaddleNLP finetune_generation (LoRAConfig)',
      r: PADDLE_LORA_RANK,
      alpha: 2 * rank,
      dropout: 0,
      targets: 'q_proj,k_proj,v_proj,o_proj,gate_proj,up_proj,down_proj',
    },
  });
  const read: string[] = [];
  const layout = paddleLayout(r, read);
  return {
    ...rec,
    family: 'launcher',
    training: { ...rec.training, ...layout?.training },
    parallel: { ...rec.parallel, ...layout?.parallel },
  };
}

/** PaddleNLP's ModelArgument.lora_rank default. */
const PADDLE_LORA_RANK = 8;

/** `python -m paddle.distributed.launch --devices 0,1,… script.py args.json …`: Paddle's own launcher. */
export function isPaddleLaunch(r: FactReader): boolean {
  return r.fact('@module')?.value === 'paddle.distributed.launch';
}

/** The launch read as the Trainer's (its argument file joined), its processes one per device `--devices` (or `--gpus`) lists. */
export function recognizePaddleLaunch(ctx: RecognizeContext, r: FactReader): FileRecognition {
  const rec = recognizeLauncher(ctx);
  const list = r.str(['--devices', '--gpus']);
  const devices = list ? list.value.split(',').filter((d) => d.trim() !== '').length : 0;
  const nodes = r.int(['--nnodes'], { min: 1 });
  if (!list || devices < 1) return rec;
  const perNode = derived(devices, { id: 'prov.paddleDevices', args: { flag: list.source.kind === 'fact' ? list.source.path.join('.') : '--devices' } }, list);
  return {
    ...rec,
    parallel: {
      ...rec.parallel,
      gpusPerNode: perNode,
      ...(nodes ? { nodes } : {}),
      worldSize: nodes ? derived(devices * nodes.value, { id: 'prov.worldSize' }, perNode, nodes) : perNode,
    },
  };
}
