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
import type { Fact, Message } from '../types';
import { derived, fromFact } from '../types';
import { baseNamedIn, findModel } from './catalogue/models';
import { adapterOf, as } from './adapter';
import { aliases } from './aliases';
import {
  buildModel,
  defined,
  FactReader,
  mapped,
  optimizerOf,
  pagedOf,
  precisionOf,
  type FileRecognition,
  type RecognizeContext,
  type TrainingPart,
} from './common';

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

/** LitGPT's Config fields (litgpt/config.py), for a model a YAML defines inline under model_config. */
const LIT = aliases({
  layers: ['n_layer'],
  hidden: ['n_embd'],
  heads: ['n_head'],
  kvHeads: ['n_query_groups'],
  headDim: ['head_size'],
  ffnWidth: ['intermediate_size'],
  vocab: ['padded_vocab_size', 'vocab_size'],
  maxPositions: ['block_size'],
  experts: ['n_expert'],
  topK: ['n_expert_per_token'],
  expertWidth: ['moe_intermediate_size'],
  attentionBias: ['bias'],
  mlpBias: ['bias'],
});

/**
 * A model the YAML defines whole under model_config (litgpt pretrain takes it for model_name): LitGPT's GPT with its own
 * lm_head (never tied), rotary positions, `bias` on every linear (its default true), RMSNorm or LayerNorm by norm_class_name,
 * a gated MLP (LLaMAMLP, GemmaMLP), GPT-NeoX's plain one (GptNeoxMLP, 4h unless intermediate_size), or LLaMAMoE's
 * n_expert gated experts of moe_intermediate_size under an unbiased router in every layer.
 */
function inlineModel(r: FactReader): ReturnType<typeof buildModel> | undefined {
  const m = r.under('model_config');
  if (!m.has('n_layer') || !m.has('n_embd')) return undefined;
  const mlp = m.str(['mlp_class_name'])?.value ?? 'GptNeoxMLP';
  const moe = mlp === 'LLaMAMoE';
  const norm = m.str(['norm_class_name'])?.value === 'RMSNorm' ? 'rmsnorm' : 'layernorm';
  const at = r.present('model_config.n_layer')!;
  const arch = fromFact(`LitGPT ${mlp}`, at);
  return buildModel(
    m,
    LIT,
    {
      configClass: 'LitGPT Config',
      ffn: mlp === 'GptNeoxMLP' ? 'plain' : 'gated',
      norm,
      positions: 'rope',
      tiedDefault: false,
      qkvBias: 'attention_bias',
      outBias: 'attention_bias',
      mlpBias: 'mlp_bias',
      ffnFromHidden: 4,
      defaults: {},
      ...(moe ? { moe: 'every-layer' as const } : {}),
    },
    arch,
  );
}

/**
 * A YAML of LitGPT's Config fields alone (a model a project defines for `litgpt pretrain --model_config x.yaml`, or its
 * checkpoint's model_config.yaml): n_layer and n_embd with LitGPT's own names beside them (mlp_class_name, norm_class_name,
 * n_query_groups, padded_vocab_size, parallel_residual).
 */
export function isLitgptModelConfig(r: FactReader): boolean {
  return (
    r.has('n_layer') &&
    r.has('n_embd') &&
    ['mlp_class_name', 'norm_class_name', 'n_query_groups', 'padded_vocab_size', 'parallel_residual'].some((k) => r.has(k)) &&
    !r.keys().some((k) => k.startsWith('train.'))
  );
}

/** That model, read as the model_config a pretrain YAML would hold. */
export function recognizeLitgptModelConfig(ctx: RecognizeContext): FileRecognition {
  const r = new FactReader(ctx.facts.map((f) => ({ ...f, path: ['model_config', ...f.path] })));
  const built = inlineModel(r);
  return {
    family: 'litgpt',
    ...(built?.model ? { model: built.model } : {}),
    training: {},
    parallel: {},
    references: [],
    findings: [...(built?.findings ?? []), ...r.findings],
  };
}

export function recognizeLitgpt(ctx: RecognizeContext): FileRecognition {
  const r = new FactReader(ctx.facts);
  const inline = inlineModel(r);
  const training: TrainingPart = defined({
    // (pretrain's train.max_seq_length defaults to the model's block_size.)
    seqLen: r.int(['train.max_seq_length']) ?? (inline?.model ? r.int(['model_config.block_size']) : undefined),
    microBatch: r.int(['train.micro_batch_size']),
    globalBatch: r.int(['train.global_batch_size']),
    trainTokens: r.num(['train.max_tokens'], { min: 1 }),
    epochs: r.num(['train.epochs'], { min: 0 }),
    trainIters: r.int(['train.max_steps']),
    precision: mapped(r.text(['precision']), precisionOf),
    optimizer: mapped(r.str(['optimizer.class_path', 'optimizer']), optimizerOf),
    pagedOptimizer: pagedOf(r.str(['optimizer.class_path', 'optimizer'])),
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
      // (LitGPT's own model: LoRAQKVLinear holds q, k and v's adapters apart; its MLP's fc_1 and fc_2 are two linears.)
      ownLinears: as(rank, true),
    });
  }
  const dir = r.str(['checkpoint_dir']);
  // A checkpoint to start from: a fine-tune.
  if (dir) training.finetune = as(dir, true);
  // LitGPT's finetune scripts shard with FSDP when devices × num_nodes > 1; devices: auto takes every GPU of the node, and
  // over several nodes that is always more than one (on one GPU, FSDP shards nothing).
  const auto = devices !== undefined && devices.value === 'auto';
  const n = parallel.gpusPerNode && parallel.gpusPerNode.value * (parallel.nodes?.value ?? 1);
  const why = parallel.gpusPerNode ?? (auto ? fromFact('auto', devices) : undefined);
  if (dir && why && ((n && n > 1) || auto)) {
    const reason: Message = n ? { id: 'prov.litgptFsdp', args: { devices: n } } : { id: 'prov.litgptFsdpAuto', args: { nodes: parallel.nodes?.value ?? 1 } };
    training.fsdp = derived(true, reason, why);
    training.recompute ??= derived('full' as const, reason, why);
  } else if (!dir && why && ((n && n > 1) || auto)) {
    // Pretraining (litgpt/pretrain.py) shards with FSDP too (HYBRID_SHARD: within each node), without activation checkpointing.
    training.fsdp = derived(true, { id: 'prov.litgptPretrainFsdp' }, why);
  }
  if (inline)
    return {
      family: 'litgpt',
      ...(inline.model ? { model: inline.model } : {}),
      training,
      parallel,
      references: [],
      findings: [...r.findings, ...inline.findings],
    };
  let modelRef = r.str(['model_name']);
  if (!modelRef && dir) {
    const parts = dir.value.split('/').filter(Boolean);
    // checkpoints/<org>/<name>; or, where those last folders are a run's (…/gemma3-27b-it-lora-220221-2/…/step-001375/), the
    // deepest folder that names a model the catalogue knows, a fine-tune's base among them.
    const last = parts.slice(-2).join('/');
    const named = findModel(last) ? undefined : [...parts].reverse().find((p) => findModel(p) ?? baseNamedIn(p));
    const id = named ?? last;
    modelRef = { ...derived(id, { id: 'prov.checkpointDir' }, dir), source: dir.source };
  }
  return { family: 'litgpt', modelRef, training, parallel, references: [], findings: [...r.findings] };
}

/** LitGPT's finetune methods by subcommand (litgpt/__main__.py): `finetune` alone is LoRA's. */
const METHODS: Readonly<Record<string, 'lora' | 'adapter' | 'adapter_v2' | 'full'>> = {
  finetune: 'lora',
  finetune_lora: 'lora',
  finetune_adapter: 'adapter',
  finetune_adapter_v2: 'adapter_v2',
  finetune_full: 'full',
};

/**
 * The words of a `litgpt finetune…` / `litgpt pretrain` launch line before its flags, each a fact (the shell extractor's
 * ["@command", i]), from `litgpt` on: a wrapper before it (`srun litgpt …`, `numactl … litgpt …`) is not LitGPT's.
 */
function litgptWords(facts: readonly Fact[]): Fact[] | undefined {
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i]!;
    if (f.path[0] !== '@command' || typeof f.path[1] !== 'number' || typeof f.value !== 'string' || !/(^|\/)litgpt$/.test(f.value)) continue;
    const first = f.path[1];
    const words = [f];
    for (let j = i + 1; j < facts.length && facts[j]!.path[0] === '@command' && facts[j]!.path[1] === first + words.length; j++) words.push(facts[j]!);
    const sub = words[1]?.value;
    if (typeof sub === 'string' && (sub in METHODS || sub === 'pretrain')) return words;
  }
  return undefined;
}

export function isLitgptCommand(facts: readonly Fact[]): boolean {
  return litgptWords(facts) !== undefined;
}

/**
 * A LitGPT launch line (`litgpt finetune_adapter_v2 meta-llama/Llama-2-7b-hf --precision bf16-true --train.micro_batch_size 1`):
 * its flags read as the YAML's keys (`--train.micro_batch_size` is `train.micro_batch_size`), the positional checkpoint as
 * `checkpoint_dir` (`model_name` for pretrain), `--config` as a referenced YAML, and the method from the subcommand, with
 * LitGPT's defaults: finetune_lora's LoRA (r 8, alpha 16, dropout 0.05 on the query and value), the adapters' prompt of
 * 10 from layer 2 with a gate per head (litgpt/config.py adapter_prompt_length, adapter_start_layer; litgpt/adapter.py).
 */
export function recognizeLitgptCommand(ctx: RecognizeContext): FileRecognition {
  const words = litgptWords(ctx.facts)!;
  const sub = words[1]!;
  // `litgpt finetune lora <model>` (LitGPT before 0.4) names the method as a word of its own.
  const spelled = typeof words[2]?.value === 'string' && ['lora', 'adapter', 'adapter_v2', 'full'].includes(words[2].value) ? words[2] : undefined;
  const method = sub.value === 'pretrain' ? undefined : spelled ? (spelled.value as 'lora' | 'adapter' | 'adapter_v2' | 'full') : METHODS[String(sub.value)]!;
  // (Or after its flags: `litgpt finetune_lora --devices 2 … checkpoints/org/model`.)
  const model = words[spelled ? 3 : 2] ?? ctx.facts.find((f) => f.path.length === 1 && f.path[0] === '@positional');
  const flags = ctx.facts
    .filter((f) => typeof f.path[0] === 'string' && f.path[0].startsWith('--') && f.path.length === 1)
    .map((f) => ({ ...f, path: String(f.path[0]).slice(2).split('.') }));
  const facts: Fact[] = [
    ...flags,
    ...(model && typeof model.value === 'string' ? [{ ...model, path: [sub.value === 'pretrain' ? 'model_name' : 'checkpoint_dir'] }] : []),
  ];
  const rec = recognizeLitgpt({ file: ctx.file, facts });
  const training = { ...rec.training };
  const from = spelled ?? sub;
  const why = { id: 'prov.litgptCommand' as const, args: { command: `litgpt ${sub.value}${spelled ? ` ${spelled.value}` : ''}` } };
  if (method === 'lora') {
    // finetune_lora's own defaults (litgpt/finetune/lora.py setup): r 8, alpha 16, dropout 0.05, lora_query and
    // lora_value on, the other switches off; each flag given overrides its own.
    const reader = new FactReader(facts);
    const d = <T>(value: T) => derived(value, why, fromFact(from.value, from));
    const on = LORA_SWITCHES.filter(([key]) => reader.bool([key])?.value ?? (key === 'lora_query' || key === 'lora_value'));
    const rank = reader.int(['lora_r']) ?? d(8);
    training.adapter = adapterOf(as(rank, 'lora'), rank, d(on.flatMap(([, roles]) => roles)), {
      alpha: reader.num(['lora_alpha'], { min: 1e-9 }) ?? d(16),
      dropout: reader.num(['lora_dropout'], { max: 1 }) ?? d(0.05),
      ownLinears: as(rank, true),
    });
  }
  if (method === 'adapter' || method === 'adapter_v2') {
    const d = derived(true, why, fromFact(from.value, from));
    training.adapter = adapterOf(as(d, 'adaption'), undefined, as(d, []), {
      options: as(d, { adapterLen: 10, adapterStartLayer: 2, adapterGatePerHead: true, adapterV2: method === 'adapter_v2' }),
    });
  }
  const config = new FactReader(facts).str(['config']);
  if (!config) {
    // Without a --config YAML, the script's own TrainArgs (litgpt/pretrain.py: 512 sequences in micro-batches of 4 up to 3e12
    // tokens, devices "auto" and so FSDP; litgpt/finetune/*.py: 16 in micro-batches of 1 for 5 epochs, one device).
    const d = <T>(value: T) => derived(value, why, fromFact(sub.value, sub));
    const pretrain = sub.value === 'pretrain';
    training.globalBatch ??= d(pretrain ? 512 : 16);
    training.microBatch ??= d(pretrain ? 4 : 1);
    if (pretrain) training.trainTokens ??= training.trainIters || training.epochs ? undefined : d(3e12);
    else training.epochs ??= training.trainIters || training.trainTokens ? undefined : d(5);
    if (pretrain && !new FactReader(facts).has('devices')) training.fsdp ??= derived(true, { id: 'prov.litgptPretrainFsdp' }, fromFact(sub.value, sub));
  }
  return { ...rec, training: defined(training), references: config ? [config] : [] };
}
