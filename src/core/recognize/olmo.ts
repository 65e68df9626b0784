/**
 * OLMo YAML (OLMo 1 and 2 training configs): `model.*` shapes with OLMo's own rules:
 * mlp_hidden_size is the fused gate+up width of a SwiGLU MLP (2 × the real width), the vocabulary
 * is the padded `embedding_size` the file states, LayerNorm without affine parameters has none,
 * attention_layer_norm adds a q/k norm over the full width; max_duration in tokens (T),
 * epochs (ep) or steps.
 */
import type { Sourced } from '../types';
import { derived } from '../types';
import type { ModelSpec } from '../spec';
import { aliases } from './aliases';
import {
  classDefault,
  buildModel,
  defined,
  FactReader,
  mapped,
  optimizerOf,
  precisionOf,
  recomputeOf,
  resolveInterpolations,
  type FileRecognition,
  type RecognizeContext,
  type TrainingPart,
} from './common';

const A = aliases({
  layers: ['n_layers'],
  hidden: ['d_model'],
  heads: ['n_heads'],
  kvHeads: ['n_kv_heads'],
  vocab: ['embedding_size', 'vocab_size'],
  maxPositions: ['max_sequence_length'],
  tied: ['weight_tying'],
});

export function isOlmo(r: FactReader): boolean {
  return r.has('model.d_model') && r.has('model.n_layers');
}

export function recognizeOlmo(ctx: RecognizeContext): FileRecognition {
  const root = new FactReader(resolveInterpolations(ctx.facts));
  const m = root.under('model');
  const training = olmoTraining(root);

  const olmoDefault = <T>(value: T, key: string) => classDefault(value, key, 'OLMo ModelConfig');
  const o: Partial<ModelSpec> = {};
  const act = m.str(['activation_type']);
  const gated = act ? /swiglu|glu/.test(act.value) : false;
  o.ffnKind = act ? mapped(act, () => (gated ? 'gated' : 'plain')) : olmoDefault('plain', 'activation_type');
  const fused = m.int(['mlp_hidden_size']);
  const hidden = m.int(['d_model']);
  if (fused) o.ffnWidth = gated ? derived(fused.value / 2, { id: 'prov.fusedMlp' }, fused) : fused;
  else if (hidden) {
    const ratio = m.int(['mlp_ratio']) ?? olmoDefault(4, 'mlp_ratio');
    const w = ratio.value * hidden.value;
    o.ffnWidth = derived(gated ? w / 2 : w, { id: gated ? 'prov.fusedMlp' : 'prov.olmoMlpRatio' }, ratio, hidden);
  }
  const bias = m.bool(['include_bias']) ?? olmoDefault(true, 'include_bias');
  o.qkvBias = bias;
  o.outBias = bias;
  o.mlpBias = bias;
  const lnType = m.str(['layer_norm_type']);
  const affine = m.bool(['layer_norm_with_affine']) ?? olmoDefault(true, 'layer_norm_with_affine');
  const lnBias = m.bool(['bias_for_layer_norm']) ?? bias;
  const rms = lnType?.value === 'rms';
  const normKind = !affine.value ? 'layernorm-nonparam' : rms ? 'rmsnorm' : lnBias.value ? 'layernorm' : 'layernorm-nobias';
  o.norm = derived(
    normKind,
    { id: 'prov.fromKey', args: { key: 'layer_norm_type / layer_norm_with_affine' } },
    ...([lnType, affine] as (Sourced<unknown> | undefined)[]).filter((x): x is Sourced<unknown> => !!x),
  );
  const qkNorm = m.bool(['attention_layer_norm']);
  if (qkNorm?.value) o.qkNorm = { value: 'full', source: qkNorm.source };
  const rope = m.bool(['rope']);
  const alibi = m.bool(['alibi']);
  o.positions = rope?.value ? { value: 'rope', source: rope.source } : alibi?.value ? { value: 'none', source: alibi.source } : olmoDefault('learned', 'rope');
  if (m.bool(['multi_query_attention'])?.value) o.kvHeads = { value: 1, source: m.bool(['multi_query_attention'])!.source };
  o.tiedEmbeddings = m.bool(['weight_tying']) ?? olmoDefault(true, 'weight_tying');

  const dm = m.present('d_model');
  const arch = { value: 'OLMo', source: dm ? { kind: 'fact' as const, file: ctx.file, path: ['model'], range: dm.keyRange } : olmoDefault('', 'model').source };
  const built = buildModel(
    m,
    A,
    { configClass: 'OLMo ModelConfig', ffn: 'plain', norm: 'layernorm', positions: 'learned', tiedDefault: true, qkvBias: true, outBias: true, mlpBias: true },
    arch,
    o,
  );
  return { family: 'olmo', model: built.model, training, parallel: {}, references: [], findings: [...built.findings] };
}

/** The training settings of an OLMo TrainConfig (its YAML, or the `--key=value` overrides its scripts/train.py takes). */
function olmoTraining(root: FactReader): TrainingPart {
  const m = root.under('model');
  const training: TrainingPart = defined({
    seqLen: m.int(['max_sequence_length']),
    globalBatch: root.int(['global_train_batch_size']),
    microBatch: root.int(['device_train_microbatch_size']),
    precision: mapped(root.str(['precision']), precisionOf),
    optimizer: mapped(root.str(['optimizer.name']), optimizerOf),
    recompute: mapped(root.text(['activation_checkpointing']), recomputeOf),
  });
  // An fsdp block shards (OLMo trains under FSDP); its keys may all be null ("fsdp:" with the defaults), so any fact of it counts.
  const fsdpKey = root.keys().find((k) => k === 'fsdp' || k.startsWith('fsdp.'));
  const f = fsdpKey !== undefined ? root.fact(fsdpKey) : undefined;
  // sharding_strategy: FULL_SHARD (the default) and HYBRID_SHARD shard the weights; SHARD_GRAD_OP only gradients and
  // optimizer state (ZeRO-2); NO_SHARD replicates.
  const strategy = root.str(['fsdp.sharding_strategy']);
  if (strategy && /SHARD_GRAD_OP/i.test(strategy.value)) training.zeroStage = mapped(strategy, () => 2);
  else if (f && !(strategy && /NO_SHARD/i.test(strategy.value)))
    training.fsdp = { value: true, source: { kind: 'fact', file: f.file, path: ['fsdp'], range: f.keyRange } };
  const dur = root.text(['max_duration']);
  if (dur) {
    const t = dur.value.trim();
    const num = Number(t.replace(/(T|tok|ep|st)$/i, ''));
    if (Number.isFinite(num) && num > 0) {
      const reason = { id: 'prov.maxDuration', args: { text: t } } as const;
      if (/T$|tok$/i.test(t)) training.trainTokens = { ...derived(num, reason, dur), source: dur.source };
      else if (/ep$/i.test(t)) training.epochs = { ...derived(num, reason, dur), source: dur.source };
      else if (Number.isInteger(num)) training.trainIters = { ...derived(num, reason, dur), source: dur.source };
    }
  }
  return training;
}

/**
 * OLMo's `scripts/train.py CONFIG.yaml --key=value …` (TrainConfig.load with the dotted options after the YAML, as OmegaConf
 * merges them over it): a launch that gives a YAML and one of TrainConfig's own options (global_train_batch_size,
 * device_train_microbatch_size, max_duration, save_folder, load_path).
 */
export function isOlmoLaunch(r: FactReader): boolean {
  return (
    r.facts.some((f) => f.path[0] === '@command' && typeof f.value === 'string' && /(^|\/)scripts\/train\.py$/.test(f.value)) &&
    /\.ya?ml$/.test(String(r.fact('@config')?.value ?? '')) &&
    ['global_train_batch_size', 'device_train_microbatch_size', 'max_duration', 'save_folder', 'load_path'].some((k) => r.has(`--${k}`))
  );
}

/** The training settings such a launch's options set over its YAML's (`--global_train_batch_size=2048`, `--model.max_sequence_length=…`). */
export function olmoLaunchTraining(r: FactReader): TrainingPart {
  const options = r.facts
    .filter((f) => typeof f.path[0] === 'string' && f.path.length === 1 && /^--[A-Za-z_][\w.]*$/.test(f.path[0]))
    .map((f) => ({ ...f, path: String(f.path[0]).slice(2).split('.') }));
  return olmoTraining(new FactReader(options));
}
