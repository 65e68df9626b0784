/**
 * PaddleNLP's TrainingArguments for a distributed run, as its trainer reads them beside the Hugging Face Trainer's keys (a
 * config module or YAML of them, FlagPerf's LLaMA cases): `tensor_parallel_degree`, `pipeline_parallel_degree`,
 * `sharding_parallel_degree` with `sharding` stage1 / stage2 / stage3 (optimizer state; and gradients; and parameters sharded
 * over the sharding group, as ZeRO's stages do), `recompute` (`recompute_granularity` full, or core_attn / full_attn:
 * selective). The run spans at least tensor × pipeline × sharding ranks (their product, where no other count is given).
 */
import type { Fact, Sourced } from '../types';
import { derived, fromFact } from '../types';
import { defined, type FileRecognition } from './common';
import type { FactReader } from './reader';

export function paddleLayout(r: FactReader, read: string[]): Pick<FileRecognition, 'training' | 'parallel'> | undefined {
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
