/**
 * LitGPT YAML (pretrain / finetune): the model is `model_name` or the checkpoint directory
 * (`checkpoints/<org>/<name>`), resolved from the catalogue; `train.*` batch and length settings;
 * a LoRA fine-tune's `lora_*` keys and `quantize` (bnb.nf4, bnb.nf4-dq, bnb.int8); `precision`
 * `bf16-true` (weights, gradients and optimizer state all in bf16, no fp32 master copy).
 *
 * LitGPT's own rule (litgpt/finetune/{full,lora}.py): on more than one device it trains with
 * FSDPStrategy(auto_wrap_policy={Block}, activation_checkpointing_policy={Block}): the model is
 * sharded and every block's activations are recomputed.
 */
import type { AdapterTarget } from '../spec';
import { derived } from '../types';
import { adapterOf, as } from './adapter';
import { defined, FactReader, mapped, optimizerOf, precisionOf, type FileRecognition, type RecognizeContext, type TrainingPart } from './common';

/** LitGPT's LoRA switches and the layers each wraps (litgpt/lora.py: attn.qkv's q, k, v parts, attn.proj, the MLP's fc_1, fc_2 and proj, lm_head). */
const LORA_SWITCHES: readonly [string, readonly AdapterTarget[]][] = [
  ['lora_query', ['q']],
  ['lora_key', ['k']],
  ['lora_value', ['v']],
  ['lora_projection', ['o']],
  ['lora_mlp', ['gate', 'up', 'down']],
  ['lora_head', ['head']],
];

const QUANTIZE = { 'bnb.nf4': 'nf4', 'bnb.nf4-dq': 'nf4-dq', 'bnb.int8': 'int8' } as const;

export function isLitgpt(r: FactReader): boolean {
  return (r.has('model_name') || r.has('checkpoint_dir')) && r.keys().some((k) => k.startsWith('train.'));
}

export function recognizeLitgpt(ctx: RecognizeContext): FileRecognition {
  const r = new FactReader(ctx.facts);
  const training: TrainingPart = defined({
    seqLen: r.int(['train.max_seq_length']),
    microBatch: r.int(['train.micro_batch_size']),
    globalBatch: r.int(['train.global_batch_size']),
    trainTokens: r.num(['train.max_tokens'], { min: 1 }),
    epochs: r.num(['train.epochs'], { min: 0 }),
    trainIters: r.int(['train.max_steps']),
    precision: mapped(r.text(['precision']), precisionOf),
    optimizer: mapped(r.str(['optimizer.class_path', 'optimizer']), optimizerOf),
  });
  const devices = r.present('devices');
  const parallel = defined({
    gpusPerNode: devices && typeof devices.value === 'number' ? r.int(['devices']) : undefined,
    nodes: r.int(['num_nodes']),
  });
  const precision = r.text(['precision']);
  if (precision && /-true$/.test(precision.value)) training.masterWeights = as(precision, false);
  // Fabric's "-mixed" precisions keep the model in fp32 and run it under autocast.
  if (precision && /-mixed$/.test(precision.value)) training.fp32Weights = as(precision, true);
  const quantize = r.str(['quantize']);
  const quant = quantize ? QUANTIZE[quantize.value as keyof typeof QUANTIZE] : undefined;
  if (quantize && quant) training.quantization = as(quantize, quant);
  const rank = r.int(['lora_r']);
  if (rank) {
    const on = LORA_SWITCHES.map(([key, roles]) => [r.bool([key]), roles] as const).filter(([b]) => b?.value);
    const targets = on.flatMap(([, roles]) => roles);
    training.adapter = adapterOf(as(rank, 'lora'), rank, on.length ? as(on[0]![0]!, targets) : as(rank, targets), {
      alpha: r.num(['lora_alpha'], { min: 1e-9 }),
      dropout: r.num(['lora_dropout'], { max: 1 }),
    });
  }
  const dir = r.str(['checkpoint_dir']);
  // A checkpoint to start from: a fine-tune.
  if (dir) training.finetune = as(dir, true);
  const n = parallel.gpusPerNode && parallel.gpusPerNode.value * (parallel.nodes?.value ?? 1);
  if (dir && n && n > 1) {
    training.fsdp = derived(true, { id: 'prov.litgptFsdp', args: { devices: n } }, parallel.gpusPerNode!);
    training.recompute ??= derived('full' as const, { id: 'prov.litgptFsdp', args: { devices: n } }, parallel.gpusPerNode!);
  }
  let modelRef = r.str(['model_name']);
  if (!modelRef && dir) {
    const parts = dir.value.split('/').filter(Boolean);
    const id = parts.slice(-2).join('/');
    modelRef = { ...derived(id, { id: 'prov.checkpointDir' }, dir), source: dir.source };
  }
  return { family: 'litgpt', modelRef, training, parallel, references: [], findings: [...r.findings] };
}
