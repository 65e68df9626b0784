/**
 * LitGPT YAML (pretrain / finetune): the model is `model_name` or the checkpoint directory
 * (`checkpoints/<org>/<name>`), resolved from the catalogue; `train.*` batch and length settings.
 */
import { derived } from '../types';
import { defined, FactReader, mapped, optimizerOf, precisionOf, type FileRecognition, type RecognizeContext } from './common';

export function isLitgpt(r: FactReader): boolean {
  return (r.has('model_name') || r.has('checkpoint_dir')) && r.keys().some((k) => k.startsWith('train.'));
}

export function recognizeLitgpt(ctx: RecognizeContext): FileRecognition {
  const r = new FactReader(ctx.facts);
  const training = defined({
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
  let modelRef = r.str(['model_name']);
  const dir = r.str(['checkpoint_dir']);
  if (!modelRef && dir) {
    const parts = dir.value.split('/').filter(Boolean);
    const id = parts.slice(-2).join('/');
    modelRef = { ...derived(id, { id: 'prov.checkpointDir' }, dir), source: dir.source };
  }
  return { family: 'litgpt', modelRef, training, parallel, references: [], findings: [...r.findings] };
}
