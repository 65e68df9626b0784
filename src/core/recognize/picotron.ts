/**
 * picotron (huggingface/picotron: `torchrun … train.py --config config.json`, the JSON its create_config.py writes): the model its
 * `model.name` names (AutoConfig) with the shapes the file sets on it (`model.num_hidden_layers`, `num_attention_heads`,
 * `num_key_value_heads`: train.py replaces the named config's; a fork's `vocab_size`, `hidden_size`, `intermediate_size`,
 * `head_dim` where the file states them), built as picotron's own Llama (model.py: an output head of its own,
 * `final_proj`, never tied to the embedding); `training.micro_batch_size`, `gradient_accumulation_steps` and `seq_length`; the 4D
 * layout of `distributed.{tp,cp,pp,dp}_size` (train.py asserts the world size is their product). train.py casts the whole model
 * to bf16 on a GPU that supports it and steps AdamW on those parameters (no fp32 master copy), whatever `model.dtype` says; it
 * has no activation checkpointing; across data-parallel (× context-parallel) ranks its DataParallelBucket keeps fp32 gradients.
 */
import { assumed, derived, fromFact } from '../types';
import { defined, type FileRecognition, type RecognizeContext, type ShapeOverride } from './common';
import { recognizeLauncher } from './launcher';
import { asFlag, type FactReader } from './reader';

export function isPicotron(r: FactReader): boolean {
  return r.has('model.name') && r.has('training.seq_length') && (r.has('distributed.pp_engine') || r.has('distributed.tp_size'));
}

const SHAPES: readonly [string, ShapeOverride['alias']][] = [
  ['model.num_hidden_layers', 'layers'],
  ['model.num_attention_heads', 'heads'],
  ['model.num_key_value_heads', 'kvHeads'],
  // (picotron's create_config.py writes none of these and its train.py keeps the named model's; a file that states one is a
  // fork's whose train.py sets it on the config, `model_config.vocab_size = config["model"]["vocab_size"]`, as allie-v2's does.)
  ['model.vocab_size', 'vocab'],
  ['model.hidden_size', 'hidden'],
  ['model.intermediate_size', 'ffnWidth'],
  ['model.head_dim', 'headDim'],
];

export function recognizePicotron(ctx: RecognizeContext, r: FactReader): FileRecognition {
  const flags = [
    ...asFlag(r.fact('model.name'), '--model_name_or_path'),
    ...asFlag(r.fact('training.micro_batch_size'), '--per_device_train_batch_size'),
    ...asFlag(r.fact('training.gradient_accumulation_steps'), '--gradient_accumulation_steps'),
    ...asFlag(r.fact('training.seq_length'), '--max_seq_length'),
  ];
  const rec = recognizeLauncher({ file: ctx.file, facts: flags }, 'hf');
  const modelShape: ShapeOverride[] = [];
  for (const [key, alias] of SHAPES) {
    const f = r.fact(key);
    if (f && typeof f.value === 'number' && Number.isInteger(f.value) && f.value > 0) modelShape.push({ alias, fact: f });
  }
  const name = r.fact('model.name');
  // (What its train.py does whatever the file says: listed as assumed.)
  const bf16 = assumed('bf16' as const, { id: 'prov.picotronBf16' });
  const size = (k: string) => r.int([`distributed.${k}_size`]);
  const [tp, cp, pp, dp] = ['tp', 'cp', 'pp', 'dp'].map(size);
  const ranks = [tp, cp, pp, dp].filter((x) => x !== undefined);
  const dpRanks = (dp?.value ?? 1) * (cp?.value ?? 1);
  const world =
    ranks.length === 4
      ? derived(
          ranks.reduce((n, x) => n * x!.value, 1),
          { id: 'prov.worldSize' },
          ...ranks.map((x) => x!),
        )
      : undefined;
  return {
    ...rec,
    family: 'picotron',
    modelShape,
    ...(name ? { untiedHead: derived(true, { id: 'prov.picotronHead', args: { name: String(name.value) } }, fromFact(name.value, name)) } : {}),
    training: {
      ...rec.training,
      precision: bf16,
      masterWeights: assumed(false, { id: 'prov.picotronBf16' }),
      recompute: assumed('none' as const, { id: 'prov.picotronNoRecompute' }),
      // DataParallelBucket accumulates each gradient into an fp32 main_grad (grad_type float32) over DP × CP ranks.
      ...(dpRanks > 1 ? { fp32Grads: derived(true, { id: 'prov.picotronMainGrad' }, ...[dp, cp].filter((x) => x !== undefined)) } : {}),
    },
    parallel: { ...rec.parallel, ...defined({ tp, cp, pp, dp, worldSize: world }) },
  };
}
