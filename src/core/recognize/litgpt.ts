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
import { derived, finding, fromFact } from '../types';
import { baseNamedIn, findModel } from './catalogue/models';
import { adapterOf, as } from './adapter';
import { aliases } from './aliases';
import type { ModelOverrides } from './decoder';
import {
  buildModel,
  defined,
  emptyRecognition,
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
  // (lit_gpt, LitGPT's predecessor that TinyLlama and its forks keep, names them _mlp_class and _norm_class, FusedRMSNorm among them.)
  const mlp = m.str(['mlp_class_name', '_mlp_class'])?.value ?? 'GptNeoxMLP';
  const moe = mlp === 'LLaMAMoE';
  const norm = /RMSNorm$/.test(m.str(['norm_class_name', '_norm_class'])?.value ?? '') ? 'rmsnorm' : 'layernorm';
  const at = r.present('model_config.n_layer')!;
  // (Multi-head latent attention, latent_attention: LitGPT's for DeepSeek-style models, or a fork's own switch: not this count's.)
  const mla = r.facts.find((f) => f.path[0] === 'model_config' && f.path[1] === 'latent_attention' && f.value !== null && f.value !== false);
  if (mla)
    return {
      findings: [finding('unsupported', 'error', { id: 'litgpt.notModelled', args: { key: 'latent_attention' } }, { file: mla.file, range: mla.keyRange })],
    };
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
    paddedVocab(m),
  );
}

/**
 * Config.__post_init__ (litgpt/config.py, and lit_gpt's before it): with no padded_vocab_size, the embedding and head hold
 * vocab_size rounded up to padding_multiple (512 unless set).
 */
function paddedVocab(m: FactReader): ModelOverrides {
  if (m.int(['padded_vocab_size'])) return {};
  const vocab = m.present('vocab_size');
  // (Neither written: Config's vocab_size default, 50,254, GPT-NeoX's tokenizer, padded the same way.)
  if (vocab && typeof vocab.value !== 'number') return {};
  const from = vocab ? m.int(['vocab_size'])! : derived(50254, { id: 'prov.classDefault', args: { key: 'vocab_size', cls: 'LitGPT Config', value: 50254 } });
  const stated = m.int(['padding_multiple'], { min: 1 });
  const multiple = stated?.value ?? 512;
  const padded = Math.ceil(from.value / multiple) * multiple;
  return { vocab: derived(padded, { id: 'prov.litgptPaddedVocab', args: { vocab: from.value, multiple, value: padded } }, from, ...(stated ? [stated] : [])) };
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

/** Where a lit_gpt script's model is looked up: its repository's table, read for this flavor prefix and the name. */
const LIT_TABLE = 'lit_gpt:';

/** The name a lit_gpt script builds its model from, `Config.from_name(model_name)`: the fact of the name as the call has it. */
function scriptModelName(facts: readonly Fact[]): Fact | undefined {
  const call = facts.find((f) => f.path[f.path.length - 1] === '@call' && typeof f.value === 'string' && /(^|\.)Config\.from_name$/.test(f.value));
  if (!call) return undefined;
  const at = call.path.length - 1;
  return facts.find(
    (f) =>
      f.path.length === at + 2 &&
      call.path.slice(0, at).every((p, i) => f.path[i] === p) &&
      f.path[at] === '@args' &&
      f.path[at + 1] === 0 &&
      typeof f.value === 'string',
  );
}

/**
 * lit_gpt's pretraining scripts (TinyLlama's pretrain/tinyllama.py and the forks that copy it): the hyperparameters are module
 * globals and the model is `Config.from_name(model_name)`, a name in the repository's lit_gpt/config.py.
 */
export function isLitgptScript(facts: readonly Fact[]): boolean {
  return scriptModelName(facts) !== undefined;
}

/**
 * Such a script: global_batch_size sequences a step (each of num_of_devices processes takes global_batch_size / num_of_devices,
 * micro_batch_size at a time), max_step optimizer steps, sequences of the model's block_size (create_dataloaders(block_size=
 * config.block_size)). setup() runs Fabric at get_default_supported_precision(training=True), bf16-mixed on a GPU with bf16, and
 * on more than one device with FSDPStrategy(auto_wrap_policy={Block}, activation_checkpointing_policy=None).
 */
export function recognizeLitgptScript(ctx: RecognizeContext): FileRecognition {
  const r = new FactReader(ctx.facts);
  const arg = scriptModelName(ctx.facts)!;
  // (The line a user edits: `model_name = "tiny_LLaMA_1b"`, where the call passes that global.)
  const global = r.present('model_name');
  const named = global && global.value === arg.value ? global : arg;
  const modelRef = fromFact(String(arg.value), named);
  const devices = r.int(['num_of_devices'], { min: 1 });
  const micro = r.int(['micro_batch_size'], { min: 1 });
  const globalBatch = r.int(['global_batch_size'], { min: 1 });
  const why: Message = { id: 'prov.litgptScriptPrecision' };
  const training: TrainingPart = defined({
    microBatch: micro,
    globalBatch,
    trainIters: r.int(['max_step'], { min: 1 }),
    precision: derived('bf16' as const, why),
    fp32Weights: derived(true, why),
  });
  if (devices && devices.value > 1) {
    const fsdp: Message = { id: 'prov.litgptScriptFsdp', args: { devices: devices.value } };
    training.fsdp = derived(true, fsdp, devices);
    training.recompute = derived('none' as const, fsdp, devices);
  }
  return {
    family: 'litgpt',
    modelRef,
    modelTable: { paths: ['lit_gpt/config.py', 'litgpt/config.py'], flavor: `${LIT_TABLE}${modelRef.value}` },
    seqFromModel: { id: 'prov.litgptScriptBlock' },
    training,
    parallel: defined({ gpusPerNode: devices }),
    references: [],
    findings: [...r.findings],
  };
}

/**
 * lit_gpt/config.py: read for the name a script builds its model from (the engine's "@flavor"); or on its own, a table of many
 * models and no run's (its Config dataclass's defaults are no model anyone trains).
 */
export function isLitgptTable(r: FactReader): boolean {
  const flavor = r.fact('@flavor')?.value;
  if (typeof flavor === 'string') return flavor.startsWith(LIT_TABLE);
  return (
    r.has('@dataclass.Config.n_layer') &&
    r.has('@dataclass.Config.n_embd') &&
    r.facts.some((f) => f.path.length === 3 && typeof f.path[1] === 'number' && f.path[2] === 'n_layer')
  );
}

/**
 * The entry of that name among the file's tables (`configs = [dict(name="tiny_LLaMA_1b", n_layer=22, …)]`, lists the file adds
 * to configs; a name with `{}`, which the file formats with each kind it makes, stands for any text there), over the Config
 * dataclass's defaults that the same file states: read as a LitGPT model config. A block the count does not know (a fork's
 * Mamba or attention variants, named by keys LitGPT's Config lacks) is refused, saying so.
 */
export function recognizeLitgptTable(ctx: RecognizeContext): FileRecognition {
  const r = new FactReader(ctx.facts);
  const flavor = r.fact('@flavor')?.value;
  if (typeof flavor !== 'string') return emptyRecognition(undefined);
  const name = flavor.slice(LIT_TABLE.length);
  const matches = (v: unknown) =>
    typeof v === 'string' &&
    (v === name ||
      (v.includes('{}') &&
        new RegExp(
          `^${v
            .split('{}')
            .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('.*')}$`,
        ).test(name)));
  const row = ctx.facts.find((f) => f.path.length === 3 && typeof f.path[1] === 'number' && f.path[2] === 'name' && matches(f.value));
  // (Config.from_name raises a KeyError for a name the table lacks: said where the file maps names to configs.)
  if (!row) {
    const at =
      ctx.facts.find((f) => f.path.length === 1 && f.path[0] === 'name_to_config') ?? ctx.facts.find((f) => f.path.length === 3 && f.path[2] === 'name');
    return emptyRecognition('litgpt', [
      finding('unknown-model', 'error', { id: 'litgpt.notInTable', args: { name } }, at ? { file: ctx.file, range: at.keyRange } : undefined),
    ]);
  }
  const own = ctx.facts.filter((f) => f.path.length === 3 && f.path[0] === row.path[0] && f.path[1] === row.path[1]);
  const keys = new Set(own.map((f) => String(f.path[2])));
  const defaults = ctx.facts.filter((f) => f.path.length === 3 && f.path[0] === '@dataclass' && f.path[1] === 'Config' && !keys.has(String(f.path[2])));
  // (A field of the fork's own that the entry turns on, `mamba=True`, or a class lit_gpt does not have.)
  const unknown = own.find(
    (f) =>
      (!LIT_CONFIG_FIELDS.has(String(f.path[2])) && f.value !== false && f.value !== null && f.value !== 0) ||
      ((f.path[2] === '_mlp_class' || f.path[2] === '_norm_class') && !KNOWN_CLASSES.has(String(f.value))),
  );
  if (unknown)
    return emptyRecognition('litgpt', [
      finding(
        'unsupported',
        'error',
        { id: 'litgpt.tableBlockUnknown', args: { name, key: String(unknown.path[2]) } },
        { file: ctx.file, range: unknown.keyRange },
      ),
    ]);
  const keyed = [...defaults, ...own].filter((f) => f.value !== null && f.path[2] !== '@class').map((f) => ({ ...f, path: [f.path[2]!] }));
  return recognizeLitgptModelConfig({ file: ctx.file, facts: keyed });
}

/** lit_gpt's Config fields (TinyLlama's lit_gpt/config.py): a table entry of these alone is a model the count knows. */
const LIT_CONFIG_FIELDS = new Set([
  'org',
  'name',
  'block_size',
  'vocab_size',
  'padding_multiple',
  'padded_vocab_size',
  'n_layer',
  'n_head',
  'n_embd',
  'rotary_percentage',
  'parallel_residual',
  'bias',
  'n_query_groups',
  'shared_attention_norm',
  '_norm_class',
  'norm_eps',
  '_mlp_class',
  'intermediate_size',
  'condense_ratio',
]);

/** The MLP and norm classes of lit_gpt/model.py and rmsnorm.py. */
const KNOWN_CLASSES = new Set(['GptNeoxMLP', 'LLaMAMLP', 'LayerNorm', 'RMSNorm', 'FusedRMSNorm']);

/** Lightning Fabric's launcher: `lightning run model --devices=8 --num-nodes=1 pretrain/x.py …` (`fabric run model …`, `fabric run …`). */
export function isFabricRun(r: FactReader): boolean {
  return fabricRun(r.facts) >= 0;
}

/** Where its first word is among the facts (a pipe after it, `| tee log.txt`, is a command of its own). */
function fabricRun(facts: readonly Fact[]): number {
  return facts.findIndex(
    (f, i) =>
      f.path[0] === '@command' &&
      f.path[1] === 0 &&
      /(^|\/)(lightning|fabric)$/.test(String(f.value)) &&
      facts[i + 1]?.path[0] === '@command' &&
      facts[i + 1]?.path[1] === 1 &&
      facts[i + 1]?.value === 'run',
  );
}

/**
 * Such a launch: --devices processes on each of --num-nodes nodes, Fabric at --precision where given, running the script after
 * its flags, which is read with the launch (and said where it is not here: the model is the script's).
 */
export function recognizeFabricRun(ctx: RecognizeContext, r: FactReader): FileRecognition {
  const script = r.facts.slice(fabricRun(r.facts)).find((f) => f.path[0] === '@command' && typeof f.value === 'string' && /\.py$/.test(f.value));
  const devices = r.present('--devices');
  const precision = r.text(['--precision']);
  const training: TrainingPart = defined({ precision: mapped(precision, precisionOf) });
  if (precision && /-true$/.test(precision.value)) training.masterWeights = as(precision, false);
  const ref = script ? [fromFact(String(script.value), script)] : [];
  return {
    family: 'litgpt',
    training,
    parallel: defined({
      gpusPerNode: typeof devices?.value === 'number' ? r.int(['--devices'], { min: 1 }) : undefined,
      nodes: r.int(['--num-nodes', '--num_nodes'], { min: 1 }),
    }),
    references: ref,
    scripts: ref,
    findings: [...r.findings],
  };
}
