/**
 * Axolotl YAML: the model is `base_model` (a Hugging Face id, resolved offline from the catalogue
 * or from a config.json next to it), training keys, FSDP / DeepSpeed / N-D parallel settings.
 */
import type { Sourced } from '../types';
import { defined, FactReader, mapped, optimizerOf, type FileRecognition, type RecognizeContext } from './common';
import { appendYamlKey, dataParallelDefaults, type Trainer } from './trainer';

export function isAxolotl(r: FactReader): boolean {
  return r.has('base_model');
}

export function recognizeAxolotl(ctx: RecognizeContext): FileRecognition {
  const r = new FactReader(ctx.facts);
  const on = (key: string) => {
    const b = r.isAuto(key) ? undefined : r.bool([key]);
    return b?.value ? b : undefined;
  };
  const fsdpList = r.present('fsdp');
  const fsdp = (Array.isArray(fsdpList?.value) && fsdpList!.value.some((v) => typeof v === 'string' && /full_shard/.test(v))) || r.has('fsdp_version');
  const fsdpFact = fsdpList ?? r.present('fsdp_version');
  const training = defined({
    seqLen: r.int(['sequence_len']),
    microBatch: r.int(['micro_batch_size']),
    gradAccum: r.int(['gradient_accumulation_steps']),
    epochs: r.num(['num_epochs'], { min: 0 }),
    trainIters: r.int(['max_steps']),
    optimizer: mapped(r.str(['optimizer']), optimizerOf),
    precision: on('bf16') ? mapped(on('bf16'), () => 'bf16' as const) : on('fp16') ? mapped(on('fp16'), () => 'fp16' as const) : undefined,
    recompute: mapped(on('gradient_checkpointing'), () => 'full' as const),
    fsdp:
      fsdp && fsdpFact
        ? ({ value: true, source: { kind: 'fact', file: fsdpFact.file, path: fsdpFact.path, range: fsdpFact.valueRange } } as Sourced<boolean>)
        : undefined,
    offloadParams: r.bool(['fsdp_config.fsdp_offload_params', 'fsdp_config.offload_params']),
  });
  const parallel = defined({
    tp: r.int(['tensor_parallel_size']),
    cp: r.int(['context_parallel_size']),
    dp: r.int(['dp_shard_size']),
  });
  const ds = r.str(['deepspeed']);
  return { family: 'axolotl', modelRef: r.str(['base_model']), training, parallel, references: ds ? [ds] : [], findings: [...r.findings] };
}

/** Axolotl trains with the Hugging Face Trainer (DDP, or FSDP / DeepSpeed when configured); new keys are appended to the YAML. */
export const AXOLOTL_TRAINER: Trainer = {
  defaults: dataParallelDefaults('Axolotl'),
  writes: {
    keys: { tp: 'tensor_parallel_size', cp: 'context_parallel_size', dp: 'dp_shard_size', microBatch: 'micro_batch_size', recompute: 'gradient_checkpointing' },
    text: (field, value) => (field === 'recompute' ? String(value === 'full') : String(value)),
    add: appendYamlKey,
  },
};
