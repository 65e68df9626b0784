/**
 * torchtitan TOML: the model is `[model] name` + `flavor` (resolved from the catalogue's flavor
 * table), training and parallelism sections as torchtitan's JobConfig names them.
 */
import { derived } from '../types';
import { defined, FactReader, mapped, optimizerOf, precisionOf, recomputeOf, type FileRecognition, type RecognizeContext, type TrainingPart } from './common';

/** selective_ac_option: "op" (op-level policy) or a positive integer n (every n-th layer fully checkpointed). */
function selectiveOf(v: string): 'ops' | { everyLayers: number } | undefined {
  const t = v.trim().toLowerCase();
  if (t === 'op') return 'ops';
  return /^[1-9]\d*$/.test(t) ? { everyLayers: Number(t) } : undefined;
}

export function isTorchtitan(r: FactReader): boolean {
  return (r.has('model.name') && r.has('model.flavor')) || r.keys().some((k) => k.startsWith('parallelism.'));
}

export function recognizeTorchtitan(ctx: RecognizeContext): FileRecognition {
  const r = new FactReader(ctx.facts);
  const name = r.str(['model.name']);
  const flavor = r.text(['model.flavor']);
  const positive = (key: string) => {
    const f = r.present(key);
    return f && typeof f.value === 'number' && f.value > 0 ? r.int([key]) : undefined;
  };
  const training: TrainingPart = defined({
    seqLen: r.int(['training.seq_len']),
    microBatch: r.int(['training.local_batch_size', 'training.batch_size']),
    globalBatch: positive('training.global_batch_size'),
    trainIters: r.int(['training.steps']),
    precision: mapped(r.str(['training.mixed_precision_param']), precisionOf),
    optimizer: mapped(r.str(['optimizer.name']), optimizerOf),
    recompute: mapped(r.str(['activation_checkpoint.mode']), recomputeOf),
    tpCommOverlap: r.bool(['parallelism.enable_async_tensor_parallel']),
    selectiveRecompute: mapped(r.text(['activation_checkpoint.selective_ac_option']), selectiveOf),
  });
  const replicate = positive('parallelism.data_parallel_replicate_degree');
  const shard = r.present('parallelism.data_parallel_shard_degree');
  const shardDeg = positive('parallelism.data_parallel_shard_degree');
  const parallel = defined({
    tp: positive('parallelism.tensor_parallel_degree'),
    pp: positive('parallelism.pipeline_parallel_degree'),
    cp: positive('parallelism.context_parallel_degree'),
    ep: positive('parallelism.expert_parallel_degree'),
    etp: positive('parallelism.expert_tensor_parallel_degree'),
    dp:
      replicate && shardDeg
        ? derived(
            replicate.value * shardDeg.value,
            { id: 'prov.fromKey', args: { key: 'data_parallel_replicate_degree × data_parallel_shard_degree' } },
            replicate,
            shardDeg,
          )
        : undefined,
  });
  if (shard && shard.value !== 1) training.fsdp = { value: true, source: { kind: 'fact', file: shard.file, path: shard.path, range: shard.valueRange } };
  const modelRef =
    name && flavor
      ? derived(`torchtitan:${name.value}:${flavor.value}`, { id: 'prov.flavor', args: { name: name.value, flavor: flavor.value } }, name, flavor)
      : undefined;
  // The flavor is what a user edits: point the model's provenance there.
  const ref = modelRef && flavor ? { value: modelRef.value, source: flavor.source } : undefined;
  return { family: 'torchtitan', modelRef: ref, training, parallel, references: [], findings: [...r.findings] };
}
