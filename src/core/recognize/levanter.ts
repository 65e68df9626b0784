/**
 * Levanter's training YAML (`python -m levanter.main.train_lm --config_path …`; Marin's experiments run the same TrainLmConfig):
 * the model its `model:` block builds (`type:` picks the LmConfig subclass; the keys it leaves out take that class's defaults),
 * or the Hugging Face checkpoint it starts from where `use_hf_model_config` takes the shapes from there (`initialize_from_hf`: a
 * name, or true for the class's reference_checkpoint); the vocabulary is len(tokenizer) of `data.tokenizer` (LMDatasetConfig's
 * default gpt2), not rounded with the default axis mapping. TrainerConfig's `train_batch_size` (the global batch, in sequences:
 * 512 unless set), `per_device_parallelism` (the micro-batch per device; -1, the default, no accumulation), `num_train_steps`,
 * `mp` (jmp's policy: params and compute dtypes, f32 unless set), `model_axis_size` (the tensor-parallel axis), `fsdp_axis`
 * (embed by default: parameters and optimizer state sharded over the data axis, ZeRO-3); the model's `gradient_checkpointing`
 * (true by default); the optimizer's `type` (adam by default, decoupled weight decay). The device count is the run's
 * (jax.device_count()): no key states it.
 */
import type { Sourced } from '../types';
import { assumed, derived, finding, fromFact } from '../types';
import type { ModelSpec } from '../spec';
import { aliases } from './aliases';
import { as } from './adapter';
import { findModel, TOKENIZERS } from './catalogue/models';
import {
  buildModel,
  classDefault,
  defined,
  emptyRecognition,
  FactReader,
  optimizerOf,
  type FileRecognition,
  type RecognizeContext,
  type TrainingPart,
} from './common';
import { where, type DefaultField, type Traits } from './decoder';
import { HF_MODEL_TYPES } from './hf';
import { dataParallelDefaults, type Trainer } from './trainer';

/** TrainerConfig's keys that only Levanter's trainer section has. */
const TRAINER_KEYS = [
  'mp',
  'per_device_parallelism',
  'per_device_eval_parallelism',
  'model_axis_size',
  'fsdp_axis',
  'tensor_parallel_axes',
  'train_batch_size',
];

export function isLevanter(r: FactReader): boolean {
  return (
    TRAINER_KEYS.some((k) => r.has(`trainer.${k}`)) &&
    (r.has('model.type') || r.has('initialize_from_hf') || r.has('use_hf_model_config') || r.has('data.tokenizer') || r.has('train_seq_length'))
  );
}

/** Each LmConfig subclass by its `type:` name: the Hugging Face architecture its layers are, and its own class defaults. */
const TYPES: Readonly<Record<string, { hf: string; cls: string; defaults: Partial<Record<DefaultField, number>>; reference: string }>> = {
  // levanter/models/gpt2.py Gpt2Config: a fused biased qkv, a 4h MLP (mlp_scale), learned positions of seq_len, tied.
  gpt2: { hf: 'gpt2', cls: 'Gpt2Config', defaults: { layers: 12, hidden: 768, heads: 12 }, reference: 'gpt2' },
  // llama.py LlamaConfig: Llama 2 7B's sizes, untied, no biases (use_bias).
  llama: {
    hf: 'llama',
    cls: 'LlamaConfig',
    defaults: { layers: 32, hidden: 4096, heads: 32, kvHeads: 32, ffnWidth: 11008 },
    reference: 'meta-llama/Llama-2-7b-hf',
  },
  // mistral.py MistralConfig: Mistral 7B's sizes; its LM head is always its own.
  mistral: {
    hf: 'mistral',
    cls: 'MistralConfig',
    defaults: { layers: 32, hidden: 4096, heads: 32, kvHeads: 8, ffnWidth: 14336 },
    reference: 'mistralai/Mistral-7B-v0.1',
  },
  // mixtral.py MixtralConfig: Mixtral 8x7B's, intermediate_dim each expert's width, n_routed_experts 8, top 2.
  mixtral: {
    hf: 'mixtral',
    cls: 'MixtralConfig',
    defaults: { layers: 32, hidden: 4096, heads: 32, kvHeads: 8, ffnWidth: 14336, expertWidth: 14336, experts: 8, topK: 2, sharedExperts: 0 },
    reference: 'mistralai/Mixtral-8x7B-v0.1',
  },
  // qwen.py QwenConfig(LlamaConfig): Llama's defaults; q, k and v always biased, o never.
  qwen: {
    hf: 'qwen2',
    cls: 'QwenConfig',
    defaults: { layers: 32, hidden: 4096, heads: 32, kvHeads: 32, ffnWidth: 11008 },
    reference: 'meta-llama/Llama-2-7b-hf',
  },
  // gemma.py GemmaConfig: Gemma 2B's sizes, head_dim 256, one KV head, tied.
  gemma: {
    hf: 'gemma',
    cls: 'GemmaConfig',
    defaults: { layers: 18, hidden: 2048, heads: 8, kvHeads: 1, headDim: 256, ffnWidth: 16384 },
    reference: 'google/gemma-2b',
  },
  // olmo.py Olmo2Config: OLMo 2 7B's sizes, q and k norms over the whole projection, post-norms.
  olmo2: {
    hf: 'olmo2',
    cls: 'Olmo2Config',
    defaults: { layers: 32, hidden: 4096, heads: 32, kvHeads: 32, ffnWidth: 11008 },
    reference: 'allenai/OLMo-2-1124-7B',
  },
};

const A = aliases({
  layers: ['num_layers'],
  hidden: ['hidden_dim'],
  heads: ['num_heads'],
  kvHeads: ['num_kv_heads'],
  headDim: ['head_dim'],
  ffnWidth: ['intermediate_dim'],
  maxPositions: ['seq_len', 'max_seq_len'],
  tied: ['tie_word_embeddings'],
  experts: ['n_routed_experts'],
  topK: ['num_experts_per_tok'],
  expertWidth: ['intermediate_dim'],
  sharedExperts: ['n_shared_experts'],
  sharedExpertWidth: ['intermediate_dim'],
  slidingWindow: ['sliding_window'],
});

export function recognizeLevanter(ctx: RecognizeContext): FileRecognition {
  const root = new FactReader(ctx.facts);
  const findings = [...root.findings];
  // TrainLmConfig's model: Gpt2Config where the file names no type (Marin's copy defaults to LlamaConfig).
  const typeFact = root.str(['model.type']);
  const type = typeFact ?? classDefault('gpt2', 'model.type', 'Levanter TrainLmConfig');
  const kind = TYPES[type.value];
  const m = root.under('model');

  // The tokenizer: data.tokenizer (LMDatasetConfig's default gpt2). A data section !include'd from its own file,
  // `data: !include data/dclm_gpt_neo.yaml`, is not read here: its tokenizer is assumed that default, said where the include is.
  const data = root.str(['data']);
  const include = data && /\.ya?ml$/i.test(data.value) ? data : undefined;
  if (include) findings.push(finding('assumed', 'warning', { id: 'levanter.dataIncluded', args: { file: include.value } }, where(include)));
  const tokenizer =
    root.str(['data.tokenizer']) ??
    (include
      ? assumed('gpt2', { id: 'levanter.dataIncluded', args: { file: include.value } })
      : classDefault('gpt2', 'data.tokenizer', 'Levanter LMDatasetConfig'));
  const entry = tokenizer.value === 'gpt2' ? undefined : findModel(tokenizer.value);
  const size = tokenizer.value === 'gpt2' ? TOKENIZERS.gpt2!.size : typeof entry?.config['vocab_size'] === 'number' ? entry.config['vocab_size'] : undefined;
  // (tokenizer: passthrough, Levanter's PassthroughTokenizer of data.vocab_size ids: the data is token ids already.)
  const passthrough = tokenizer.value === 'passthrough' ? root.int(['data.vocab_size'], { min: 1 }) : undefined;
  const vocab = passthrough ?? (size ? derived(size, { id: 'prov.tokenizer', args: { name: entry?.id ?? TOKENIZERS.gpt2!.name } }, tokenizer) : undefined);

  const training = trainingOf(root, m);
  const parallel = defined({ tp: positiveInt(root, 'trainer.model_axis_size') });
  const fromHf = root.present('initialize_from_hf');
  if (fromHf && fromHf.value !== false) training.finetune = fromFact(true, fromHf);

  // The shapes from the checkpoint it starts from: its name, or the class's reference_checkpoint where it is true.
  const useHf = root.bool(['use_hf_model_config']);
  if (useHf?.value && fromHf && fromHf.value !== false) {
    const named = typeof fromHf.value === 'string' ? fromFact(fromHf.value, fromHf) : undefined;
    const reference = root.str(['model.reference_checkpoint']);
    const ref = named ?? reference ?? (kind ? classDefault(kind.reference, 'reference_checkpoint', `Levanter ${kind.cls}`) : undefined);
    return { ...emptyRecognition('levanter', findings), ...(ref ? { modelRef: ref } : {}), training, parallel };
  }
  if (!kind) {
    findings.push(finding('unsupported', 'error', { id: 'levanter.modelType', args: { type: type.value } }, where(type)));
    return { ...emptyRecognition('levanter', findings), training, parallel };
  }
  if (!vocab) {
    findings.push(finding('missing-key', 'error', { id: 'levanter.vocabFromTokenizer', args: { tokenizer: tokenizer.value } }, where(tokenizer)));
    return { ...emptyRecognition('levanter', findings), training, parallel };
  }
  const arch = typeFact ?? type;
  const base = HF_MODEL_TYPES[kind.hf]!;
  const traits: Traits = { ...base, configClass: `Levanter ${kind.cls}`, defaults: kind.defaults };
  const def = <T>(value: T, key: string) => classDefault(value, key, `Levanter ${kind.cls}`);
  const o: Partial<ModelSpec> = { vocab };
  // use_bias (false but in Gpt2Config): every linear's bias, q/k/v's always in QwenConfig, o's never.
  const useBias = m.bool(['use_bias']) ?? def(type.value === 'gpt2', 'use_bias');
  if (type.value !== 'qwen') o.qkvBias = useBias;
  o.outBias = type.value === 'qwen' ? def(false, 'o_proj bias') : useBias;
  o.mlpBias = useBias;
  if (type.value === 'gpt2') {
    // Its MLP is mlp_scale × hidden_dim (4), its positions seq_len rows, its head the token embedding.
    const hidden = m.int(['hidden_dim']) ?? def(768, 'hidden_dim');
    const scale = m.int(['mlp_scale']) ?? def(4, 'mlp_scale');
    o.ffnWidth = derived(scale.value * hidden.value, { id: 'prov.ffnFromHidden', args: { factor: scale.value } }, scale, hidden);
    o.maxPositions = m.int(['seq_len']) ?? def(1024, 'seq_len');
    o.tiedEmbeddings = def(true, 'tie_word_embeddings');
  }
  // MistralLMHeadModel builds its own lm_head whatever tie_word_embeddings says (MixtralConfig's too).
  if (type.value === 'mistral' || type.value === 'mixtral') o.tiedEmbeddings = def(false, 'lm_head');
  const built = buildModel(m, A, traits, arch, o);
  return { family: 'levanter', model: built.model, training, parallel, references: [], findings: [...findings, ...built.findings] };
}

function positiveInt(r: FactReader, key: string): Sourced<number> | undefined {
  const f = r.present(key);
  return f && typeof f.value === 'number' && f.value >= 1 ? r.int([key]) : undefined;
}

/** jmp's policy string ("p=f32,c=bfloat16", "compute=bfloat16,params=float32,output=bfloat16", "f32"): its params and compute dtypes. */
function policy(text: string): { params: string; compute: string } {
  const parts = Object.fromEntries(
    text.split(',').map((p) => {
      const [k, v] = p.split('=').map((x) => x.trim().toLowerCase());
      return v === undefined ? ['all', k!] : [k!, v];
    }),
  ) as Record<string, string>;
  const params = parts['p'] ?? parts['params'] ?? parts['param'] ?? parts['all'] ?? 'f32';
  const compute = parts['c'] ?? parts['compute'] ?? parts['all'] ?? params;
  return { params, compute };
}

const HALF = /^(bf16|bfloat16|f16|float16|half)$/;

function trainingOf(root: FactReader, m: FactReader): TrainingPart {
  const trainer = <T>(value: T, key: string, shown?: string) => classDefault(value, key, 'Levanter TrainerConfig', shown);
  const mp = root.str(['trainer.mp']);
  const p = mp ? policy(mp.value) : undefined;
  const perDevice = root.present('trainer.per_device_parallelism');
  const micro = perDevice && typeof perDevice.value === 'number' && perDevice.value >= 1 ? root.int(['trainer.per_device_parallelism']) : undefined;
  const checkpointing = m.bool(['gradient_checkpointing']);
  const fsdpAxis = root.present('trainer.fsdp_axis');
  const seq = root.int(['train_seq_length']) ?? m.int(['seq_len', 'max_seq_len']);
  return defined({
    seqLen: seq,
    globalBatch: positiveInt(root, 'trainer.train_batch_size') ?? trainer(512, 'trainer.train_batch_size'),
    microBatch: micro,
    // per_device_parallelism -1 (the default): the whole batch in one step, no accumulation.
    gradAccum: micro ? undefined : perDevice ? fromFact(1, perDevice) : trainer(1, 'trainer.per_device_parallelism', '-1 (no accumulation)'),
    trainIters: positiveInt(root, 'trainer.num_train_steps') ?? trainer(400000, 'trainer.num_train_steps'),
    precision: mp ? as(mp, HALF.test(p!.compute) ? ('bf16' as const) : ('fp32' as const)) : trainer('fp32' as const, 'trainer.mp'),
    // Parameters kept in 16 bits (p=bf16): the optimizer's moments in their dtype, no fp32 copy.
    ...(mp && HALF.test(p!.params) ? { masterWeights: as(mp, false) } : {}),
    recompute: checkpointing
      ? as(checkpointing, checkpointing.value ? ('full' as const) : ('none' as const))
      : classDefault('full' as const, 'model.gradient_checkpointing', 'Levanter LmConfig', 'true'),
    fsdp: fsdpAxis ? fromFact(fsdpAxis.value !== null && fsdpAxis.value !== '', fsdpAxis) : trainer(true, 'trainer.fsdp_axis', 'embed'),
    optimizer: root.str(['optimizer.type'])
      ? as(root.str(['optimizer.type'])!, optimizerOf(root.str(['optimizer.type'])!.value.replace(/^adam$/, 'adamw')))
      : classDefault('adamw' as const, 'optimizer.type', 'Levanter OptimizerConfig', 'adam'),
  });
}

/** Levanter under JAX: parameters and optimizer state sharded over the data axis (fsdp_axis), its loss in fp32 over the logits. */
export const LEVANTER_TRAINER: Trainer = {
  defaults: { ...dataParallelDefaults('Levanter'), loss: 'fp32' },
};
