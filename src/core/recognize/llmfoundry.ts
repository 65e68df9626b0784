/**
 * llm-foundry training YAML (Composer; `composer train.py yamls/pretrain/mpt-7b.yaml`): the model
 * `model.name: mpt_causal_lm` with its shapes (`d_model`, `n_heads`, `n_layers`, `expansion_ratio`,
 * `vocab_size`, `max_seq_len`, `no_bias`, `attn_config.alibi` / `kv_n_heads`), or `hf_causal_lm` naming
 * a model (`pretrained_model_name_or_path`, resolved like any named model); `max_seq_len`,
 * `device_train_microbatch_size`, `global_train_batch_size`, `precision` (amp_bf16, amp_fp8),
 * `fsdp_config` (sharding_strategy, activation_checkpointing) and the optimizer's `name`.
 * MPT (llm-foundry's modeling_mpt.py): fused Wqkv, LayerNorm, a GELU MLP of expansion_ratio × d_model,
 * biases unless `no_bias`, learned positions unless ALiBi, tied embeddings.
 */
import type { Fact, Sourced } from '../types';
import { derived, finding, fromFact } from '../types';
import { aliases } from './aliases';
import { HF_MODEL_TYPES } from './hf';
import {
  buildModel,
  defined,
  emptyRecognition,
  FactReader,
  mapped,
  optimizerOf,
  type FileRecognition,
  type RecognizeContext,
  type TrainingPart,
} from './common';
import { dataParallelDefaults, type Trainer } from './trainer';
import { launchCounts } from './launch';

const A = aliases({
  layers: ['model.n_layers'],
  hidden: ['model.d_model'],
  heads: ['model.n_heads'],
  kvHeads: ['model.attn_config.kv_n_heads'],
  vocab: ['model.vocab_size'],
  maxPositions: ['model.max_seq_len', 'max_seq_len'],
});

export function isLlmFoundry(r: FactReader): boolean {
  const name = String(r.present('model.name')?.value ?? '');
  // A model a user registered (model.name llama3, import_path …) with MPT's shape keys is read with them too.
  const mptKeys = r.has('model.d_model') && r.has('model.n_layers');
  return (
    (/^(mpt_causal_lm|hf_causal_lm)$/.test(name) || (name !== '' && mptKeys)) &&
    ['global_train_batch_size', 'device_train_microbatch_size', 'max_seq_len', 'fsdp_config.sharding_strategy'].some((k) => r.has(k))
  );
}

const cls = (key: string, value: string | number | boolean) => ({
  id: 'prov.classDefault' as const,
  args: { key, cls: 'llm-foundry MPTConfig', value: String(value) },
});

/**
 * OmegaConf interpolations (`max_seq_len: ${max_seq_len}`) resolved to the key they name: the value, and the place, are
 * that key's (an edit goes where the value is written).
 */
function resolveInterpolations(facts: readonly Fact[]): Fact[] {
  const byPath = new Map(facts.map((f) => [f.path.join('.'), f]));
  return facts.map((f) => {
    const m = typeof f.value === 'string' ? /^\$\{([\w.]+)\}$/.exec(f.value) : null;
    const target = m ? byPath.get(m[1]!) : undefined;
    return target ? { ...target, path: f.path } : f;
  });
}

export function recognizeLlmFoundry(ctx: RecognizeContext): FileRecognition {
  const r = new FactReader(resolveInterpolations(ctx.facts));
  const precision = r.str(['precision']);
  const strategy = r.str(['fsdp_config.sharding_strategy']);
  const checkpointing = r.bool(['fsdp_config.activation_checkpointing']);
  const micro = r.present('device_train_microbatch_size');
  const training: TrainingPart = defined({
    seqLen: r.int(['max_seq_len', 'model.max_seq_len']),
    // "auto" lets Composer pick the micro-batch at run time: not stated.
    microBatch: micro && typeof micro.value === 'number' ? r.int(['device_train_microbatch_size']) : undefined,
    globalBatch: r.int(['global_train_batch_size']),
    precision: mapped(precision, (p) =>
      /fp8/.test(p) ? ('fp8' as const) : /bf16/.test(p) ? ('bf16' as const) : /fp16/.test(p) ? ('fp16' as const) : ('fp32' as const),
    ),
    optimizer: mapped(r.str(['optimizer.name']), (n) => optimizerOf(n.replace(/^decoupled_/, ''))),
    recompute: checkpointing ? { value: checkpointing.value ? ('full' as const) : ('none' as const), source: checkpointing.source } : undefined,
    // FULL_SHARD shards everything (ZeRO-3), SHARD_GRAD_OP gradients and optimizer state (ZeRO-2), NO_SHARD nothing.
    zeroStage: strategy ? mapped(strategy, (s) => (/^(FULL_SHARD|HYBRID_SHARD)$/.test(s) ? 3 : /^SHARD_GRAD_OP/.test(s) ? 2 : 0)) : undefined,
  });
  const name = r.str(['model.name'])!;
  if (name.value === 'hf_causal_lm') {
    const modelRef = r.str(['model.pretrained_model_name_or_path']);
    if (modelRef) training.finetune = fromFact(true, r.present('model.pretrained_model_name_or_path')!);
    return { ...emptyRecognition('llmfoundry', [...r.findings]), modelRef, training };
  }
  const noBias = r.bool(['model.no_bias']);
  const bias: Sourced<boolean> = noBias ? mapped(noBias, (v) => !v)! : derived(true, cls('no_bias', false));
  const hidden = r.int(['model.d_model']);
  const ratio = r.num(['model.expansion_ratio'], { min: 1e-9 }) ?? derived(4, cls('expansion_ratio', 4));
  const alibi = r.bool(['model.attn_config.alibi']);
  const learned = r.bool(['model.learned_pos_emb']);
  const built = buildModel(
    r,
    A,
    // GPT-2's block as transformers counts it: LayerNorm, a GELU MLP, learned positions, biases, tied embeddings.
    { ...HF_MODEL_TYPES['gpt2']!, configClass: 'llm-foundry MPTConfig' },
    name,
    {
      ffnWidth: hidden ? derived(Math.round(ratio.value * hidden.value), { id: 'prov.mptFfn', args: { ratio: ratio.value } }, ratio, hidden) : undefined,
      qkvBias: bias,
      outBias: bias,
      mlpBias: bias,
      norm: noBias?.value ? mapped(noBias, () => 'layernorm-nobias' as const) : undefined,
      positions: alibi?.value || learned?.value === false ? mapped((alibi?.value ? alibi : learned)!, () => 'relative' as const) : undefined,
    },
  );
  // Not llm-foundry's own model: its keys are read as MPTConfig's (a GELU MLP of expansion_ratio × d_model), said where it is named.
  const custom =
    name.value !== 'mpt_causal_lm' && name.source.kind === 'fact'
      ? [finding('assumed', 'info', { id: 'llmfoundry.customModel', args: { name: name.value } }, { file: ctx.file, range: name.source.range })]
      : [];
  return { family: 'llmfoundry', model: built.model, training, parallel: {}, references: [], findings: [...r.findings, ...built.findings, ...custom] };
}

/**
 * Composer under llm-foundry: PyTorch FSDP as fsdp_config says, gradients set to None after each step, MPT's default loss_fn
 * fused_crossentropy (flash-attn's fused kernel: the logits and a log-sum-exp, the gradient written in place). Its attention kernels (2023's Triton flash attention) reach 0.5 of the flash-attention efficiency the step model
 * assumes: fitted on llm-foundry's own benchmark (test/fixtures/reference/calibration/training-throughput.tsv, its sequence
 * sweeps of 512 to 65,536 tokens on 8 H100, each row's activation checkpointing as its YAML states it): median / p90 |error| of
 * tokens/s per GPU 23.6 / 57.6 % at 1, 11.3 / 20.0 % at 0.55, 8.9 / 18.1 % at 0.5, 9.1 / 17.0 % at 0.45 (`npm run calibrate`).
 * (0.6 was fitted while activation_checkpointing: false read as on.) What remains: the rows without checkpointing, run at
 * micro-batches of 2–6, come out up to 31 % fast and the checkpointed ones up to 9 % slow.
 */
export const LLMFOUNDRY_TRAINER: Trainer = {
  defaults: { ...dataParallelDefaults('llm-foundry (Composer)'), loss: 'fused', freesGradients: true, attentionKernel: 0.5, dataParallelOnly: true },
};

/** Composer's launcher running llm-foundry's train.py with a YAML (`composer [--nproc 8] scripts/train/train.py yamls/x.yaml k=v`). */
export function isComposerLaunch(r: FactReader): boolean {
  // (Composer's --verbose takes no value: the extractor, not knowing, reads the train.py after it as one.)
  const words = r.facts.filter((f) => (f.path[0] === '@command' || f.path[0] === '@config' || f.path[0] === '--verbose') && typeof f.value === 'string');
  return (
    words.some((f) => f.path[0] === '@command' && /(^|\/)composer$/.test(String(f.value))) &&
    words.some((f) => /(^|\/)train\.py$/.test(String(f.value))) &&
    composerYaml(r.facts) !== undefined
  );
}

/** The YAML a Composer launch hands llm-foundry's train.py. */
function composerYaml(facts: readonly Fact[]): Fact | undefined {
  return facts.find((f) => (f.path[0] === '@config' || f.path[0] === '@command') && typeof f.value === 'string' && /\.ya?ml$/.test(f.value));
}

/** The YAML a Composer launch names, for the engine to layer under the line's key=value overrides (as llm-foundry's OmegaConf merges them). */
export function composerConfig(facts: readonly Fact[]): Sourced<string> | undefined {
  const r = new FactReader(facts);
  const yaml = isComposerLaunch(r) ? composerYaml(facts) : undefined;
  return yaml ? fromFact(String(yaml.value), yaml) : undefined;
}

/**
 * A Composer launch: its YAML's keys under the line's overrides (`global_train_batch_size=32`, `model.attn_config.attn_impl=torch`),
 * read as llm-foundry's; its processes from --nproc (per node) and --world_size (in all), else the Slurm job's.
 */
export function recognizeComposerLaunch(ctx: RecognizeContext, r: FactReader): FileRecognition {
  const facts = ctx.facts.filter((f) => f.path[0] === '@override' && f.path.length === 2).map((f) => ({ ...f, path: String(f.path[1]).split('.') }));
  // (Its YAML not here: no model to read; the engine says the file is missing.)
  const rec = new FactReader(facts).has('model.name') ? recognizeLlmFoundry({ file: ctx.file, facts }) : emptyRecognition('llmfoundry');
  const counts = launchCounts(r, { nodes: [], perNode: ['--nproc', '-n'] });
  const world = r.int(['--world_size'], { min: 1 });
  const perNode = counts.perNode;
  const nodes =
    world && perNode && world.value % perNode.value === 0 ? derived(world.value / perNode.value, { id: 'prov.composerNodes' }, world, perNode) : counts.nodes;
  const worldSize = nodes && perNode ? derived(nodes.value * perNode.value, { id: 'prov.worldSize' }, nodes, perNode) : undefined;
  return { ...rec, parallel: { ...rec.parallel, ...defined({ nodes, gpusPerNode: perNode, worldSize }) }, findings: [...r.findings, ...rec.findings] };
}
