/**
 * Hugging Face `config.json`: the alias table for its key names (including GPT-2's n_layer/n_embd and
 * T5's d_model/d_kv) and the traits of each supported `model_type`, taken from the transformers
 * modelling code (what the config does not state: norm kind, biases, default tying).
 */
import { BIASED_LAYERNORM, RWKV_LAYERS, where, type ModelAliases, type ModelBuild, type ModelOverrides, type Traits } from './decoder';
import { isVisionEncoderDecoder, recognizeVisionEncoderDecoder } from './hfVisionEncoderDecoder';
import type { Fact, Finding, Message, Provenance, Sourced } from '../types';
import { derived, finding, fromFact } from '../types';
import type { Dsv4Spec, EncoderSpec, ModelSpec, MoeSpec, VisionSpec } from '../spec';
import { baseNamedIn, catalogueNames, findModel } from './catalogue/models';
import {
  buildModel,
  classDefault,
  emptyRecognition,
  FactReader,
  mapped,
  samePerLayer,
  type FileRecognition,
  type RecognizeContext,
  type ShapeOverride,
} from './common';
import { factsUnder } from './reader';
import { everyLayer, HF_HYBRID_TYPES, hfHybridOverrides } from './hfHybrid';
import { classicModel, HF_CLASSIC_ARCHITECTURES, HF_CLASSIC_TYPES } from './hfClassic';
import { minimindOverrides } from './hfMinimind';
import { flaRwkv7Model } from './rwkv';
import { gemma3nOverrides, gemma4Audio, gemma4Overrides } from './hfGemma4';
import { mimoOverrides } from './hfMimo';
import { deciOverrides } from './hfDeci';
import { lladaOverrides } from './hfLlada';

export const HF_ALIASES: ModelAliases = {
  layers: ['num_hidden_layers', 'n_layer', 'num_layers', 'n_layers'],
  hidden: ['hidden_size', 'n_embd', 'n_embed', 'd_model', 'dim'],
  heads: ['num_attention_heads', 'n_head', 'num_heads', 'n_heads'],
  kvHeads: ['num_key_value_heads'],
  headDim: ['head_dim', 'd_kv'],
  ffnWidth: ['intermediate_size', 'n_inner', 'd_ff', 'ffn_hidden_size', 'hidden_dim'],
  vocab: ['vocab_size'],
  maxPositions: ['max_position_embeddings', 'n_positions'],
  tied: ['tie_word_embeddings'],
  experts: ['num_local_experts', 'num_experts', 'n_routed_experts', 'moe_num_experts'],
  topK: ['num_experts_per_tok', 'moe_k'],
  expertWidth: ['moe_intermediate_size'],
  sharedExperts: ['n_shared_experts', 'moe_num_shared_experts'],
  sharedExpertWidth: ['shared_expert_intermediate_size'],
  firstDenseLayers: ['first_k_dense_replace', 'moe_layer_start_index'],
  moeLayerFreq: ['moe_layer_freq', 'moe_layer_interval'],
  sparseStep: ['decoder_sparse_step'],
  mlpOnlyLayers: ['mlp_only_layers'],
  qLoraRank: ['q_lora_rank'],
  kvLoraRank: ['kv_lora_rank'],
  qkNopeHeadDim: ['qk_nope_head_dim'],
  qkRopeHeadDim: ['qk_rope_head_dim'],
  vHeadDim: ['v_head_dim'],
  mtpLayers: ['num_nextn_predict_layers'],
  attentionBias: ['attention_bias'],
  mlpBias: ['mlp_bias'],
  slidingWindow: ['sliding_window'],
  decoderLayers: ['num_decoder_layers', 'decoder_layers'],
  relativeBuckets: ['relative_attention_num_buckets'],
};

/** KimiLinearConfig's names for the experts chosen per token and the shared experts. */
const KIMI_LINEAR_ALIASES: ModelAliases = {
  ...HF_ALIASES,
  topK: ['num_experts_per_token', ...HF_ALIASES.topK],
  sharedExperts: ['num_shared_experts', ...HF_ALIASES.sharedExperts],
};

/** The alias table of a model_type. */
const aliasesOf = (type: string): ModelAliases => (type === 'kimi_linear' ? KIMI_LINEAR_ALIASES : HF_ALIASES);

const llamaLike = {
  ffn: 'gated',
  norm: 'rmsnorm',
  positions: 'rope',
  tiedDefault: false,
  qkvBias: 'attention_bias',
  outBias: 'attention_bias',
  mlpBias: 'mlp_bias',
} as const;

/** Falcon's parallel layers off one LayerNorm, a GELU MLP of 4h, rotary positions, tied, no biases unless `bias` (falconOverrides). */
const falconLayers = {
  ffn: 'plain',
  norm: 'layernorm',
  normsPerLayer: 1,
  positions: 'rope',
  tiedDefault: true,
  qkvBias: false,
  outBias: false,
  mlpBias: false,
  ffnFromHidden: 4,
  fusedLinears: [['q', 'k', 'v']],
} as const;

/** Phi-1.5 / Phi-2's layers: attention and MLP in parallel off one LayerNorm, every linear biased, lm_head included. */
const phiLayers = {
  ffn: 'plain',
  norm: 'layernorm',
  normsPerLayer: 1,
  positions: 'rope',
  tiedDefault: false,
  qkvBias: true,
  outBias: true,
  mlpBias: true,
  headBias: true,
} as const;

/**
 * Llama's linears in transformers' modeling_llama.py, by role, as Mistral's, Qwen2's, Qwen3's, Gemma's and Gemma 2's name theirs:
 * PEFT's suffix match reaches a role by these names alone (OPT's out_proj, fc1 and fc2 wrap nothing there).
 */
const LLAMA_NAMES = [
  ['q', 'q_proj'],
  ['k', 'k_proj'],
  ['v', 'v_proj'],
  ['o', 'o_proj'],
  ['gate', 'gate_proj'],
  ['up', 'up_proj'],
  ['down', 'down_proj'],
] as const;

/** Phi-3's (and Phi-3.5's, Phi-4-mini's) linears in transformers' modeling_phi3.py, by role: q, k and v one qkv_proj, gate and up one gate_up_proj. */
const PHI3_NAMES = [
  ['q', 'qkv_proj'],
  ['k', 'qkv_proj'],
  ['v', 'qkv_proj'],
  ['o', 'o_proj'],
  ['gate', 'gate_up_proj'],
  ['up', 'gate_up_proj'],
  ['down', 'down_proj'],
] as const;

/** Qwen (1)'s linears in its modeling_qwen.py, by role: c_proj the attention's output and the MLP's down projection. */
const QWEN_NAMES = [
  ['q', 'c_attn'],
  ['k', 'c_attn'],
  ['v', 'c_attn'],
  ['o', 'c_proj'],
  ['up', 'w1'],
  ['gate', 'w2'],
  ['down', 'c_proj'],
] as const;

/** Phi-1.5's and Phi-2's linears in transformers' modeling_phi.py, by role. */
const PHI_NAMES = [
  ['q', 'q_proj'],
  ['k', 'k_proj'],
  ['v', 'v_proj'],
  ['o', 'dense'],
  ['up', 'fc1'],
  ['down', 'fc2'],
] as const;

/** GPT-NeoX's layers: biased attention and GELU MLP, LayerNorms, rotary positions, an untied head. */
const neoxLayers = {
  ffn: 'plain',
  norm: 'layernorm',
  positions: 'rope',
  tiedDefault: false,
  qkvBias: true,
  outBias: true,
  mlpBias: true,
  // (query_key_value: one linear.)
  fusedLinears: [['q', 'k', 'v']],
} as const;

/** BERT's and BART's layers: biased attention and GELU MLP, LayerNorms, learned positions, a tied head. */
const biasedLayerNorm = BIASED_LAYERNORM;

/** BART's family (BART, mBART, Whisper): two stacks of them. */
const bartLike = { ...biasedLayerNorm, encoderDecoder: true } as const;

const encoderTraits = { ...biasedLayerNorm, normsPerLayer: 2 } as const;

/** BertConfig's defaults (configuration_bert.py), which RoBERTa's, XLM-R's and CamemBERT's config classes keep. */
const BERT_DEFAULTS = { vocab: 30522, hidden: 768, ffnWidth: 3072, layers: 12, heads: 12 } as const;

/**
 * Encoder families: token-type embeddings (type_vocab_size, else the class default; DistilBERT has none) and whether the
 * bare model class (BertModel, RobertaModel; DistilBertModel has none) adds a pooler.
 */
const HF_ENCODERS: Readonly<Record<string, { readonly typeVocab: number | 'none'; readonly pooler: boolean; readonly denseInClassifier?: true }>> = {
  bert: { typeVocab: 2, pooler: true },
  // (RoBERTa's sequence classifier is a module of its own, RobertaClassificationHead's dense and out_proj, named classifier;
  // DistilBERT's dense is pre_classifier: both trained with the classifier PEFT saves, BERT's pooler not.)
  roberta: { typeVocab: 2, pooler: true, denseInClassifier: true },
  'xlm-roberta': { typeVocab: 2, pooler: true, denseInClassifier: true },
  camembert: { typeVocab: 2, pooler: true, denseInClassifier: true },
  distilbert: { typeVocab: 'none', pooler: false, denseInClassifier: true },
  modernbert: { typeVocab: 'none', pooler: false },
  'deberta-v2': { typeVocab: 0, pooler: false },
  vit: { typeVocab: 'none', pooler: true },
  wav2vec2: { typeVocab: 'none', pooler: false },
  hubert: { typeVocab: 'none', pooler: false },
  // CLIP's text tower (CLIPTextModel): no token types, no head of its own (the projection is the model's).
  clip_text_model: { typeVocab: 'none', pooler: false },
  siglip_text_model: { typeVocab: 'none', pooler: false },
  // BLIP's text decoder (BlipTextLMHeadModel): no token types, no pooler; its LM head's transform and bias (the MLM head's).
  blip_text_model: { typeVocab: 'none', pooler: false },
};

/** A task head's classes: id2label's entries, else num_labels, else PretrainedConfig's 2; multiple choice scores each choice (1), QA a span (2). */
function taskLabels(reader: FactReader, arch: Sourced<string>): Sourced<number> {
  const a = arch.value;
  const labelKeys = reader.keys().filter((k) => k.startsWith('id2label.'));
  const firstLabel = labelKeys.length ? reader.fact(labelKeys[0]!) : undefined;
  const byClass = (n: number) => derived(n, { id: 'prov.encoderHead', args: { arch: a } }, arch);
  return /ForMultipleChoice$/.test(a)
    ? byClass(1)
    : /ForQuestionAnswering$/.test(a)
      ? byClass(2)
      : firstLabel
        ? { value: labelKeys.length, source: { kind: 'fact', file: firstLabel.file, path: ['id2label'], range: firstLabel.keyRange } }
        : (reader.int(['num_labels']) ?? classDefault(2, 'num_labels', 'PretrainedConfig'));
}

/**
 * The classifier a decoder's task class puts in place of the language-model head (transformers' *ForSequenceClassification:
 * score, h × n without a bias; *ForTokenClassification and *ForQuestionAnswering: a biased h × n), or OpenAssistant's reward
 * model (GPTNeoXRewardModel: out_proj, a biased h × 1).
 */
function decoderClassifier(reader: FactReader, arch: Sourced<string>): ModelSpec['classifier'] {
  const a = arch.value;
  const byClass = (labels: number, bias: boolean, ...from: Sourced<unknown>[]) =>
    derived({ labels, bias }, { id: 'prov.encoderHead', args: { arch: a } }, arch, ...from);
  if (a === 'GPTNeoXRewardModel') return byClass(1, true);
  if (!/For(SequenceClassification|TokenClassification|QuestionAnswering)$/.test(a)) return undefined;
  const labels = taskLabels(reader, arch);
  return byClass(labels.value, !/ForSequenceClassification$/.test(a), labels);
}

/**
 * A model's bare class (BertModel, RobertaModel, AutoModel): an encoder's has no task head (withTaskClass), a pooler at most.
 * (PEFT's PeftModel and AutoPeftModel load an adapter, and PreTrainedModel is the base of them all: none of them.)
 */
export const BARE_CLASS = /^(?!Peft|AutoPeft|PreTrained)(Auto|[A-Z][A-Za-z0-9]*?)Model$/;

/**
 * transformers' task classes whose head withTaskClass puts on a model (BertForSequenceClassification): the task. (An image
 * encoder's, ViTForImageClassification: a linear layer over the class token, as a token classifier's over each token.)
 */
export const TASK_CLASS = /For(SequenceClassification|TokenClassification|QuestionAnswering|MultipleChoice|ImageClassification)$/;
/** sentence-transformers' CrossEncoder, a task class of its own: AutoModelForSequenceClassification (withTaskClass). */
export const CROSS_ENCODER = /(^|\.)CrossEncoder$/;
/** sentence-transformers' bi-encoder, SentenceTransformer or its models.Transformer module: the bare AutoModel (withTaskClass). */
export const SENTENCE_TRANSFORMER = /(^|\.)(SentenceTransformer|models\.Transformer)$/;
/** A module that is a copy of one of transformers' files (`huggingface_model.qwen2.configuration_qwen2`, `modeling_chatglm`). */
export const TRANSFORMERS_COPY = /(^|\.)(modeling|configuration)_\w+$/;

/**
 * The model a script loads as one of transformers' task classes (`BertForSequenceClassification.from_pretrained("bert-base-cased",
 * num_labels=4)`, AutoModelForTokenClassification): the head that class puts on it in place of the one its config names, with
 * the labels the script gives (else those its config has, else PretrainedConfig's 2). Undefined where the class is none of those
 * (a causal LM's, the bare model's), or the model is one whose task heads this version does not build so (GPT-2's classic
 * reading, an audio encoder's projected classifier).
 */
export function withTaskClass(model: ModelSpec, cls: Sourced<string>, given: Sourced<number> | undefined): ModelSpec | undefined {
  // (sentence-transformers' CrossEncoder loads AutoModelForSequenceClassification, with one label unless the model already is a
  // classifier or the script gives num_labels.)
  // (And its SentenceTransformer the bare AutoModel, whatever head the checkpoint's config names: ModernBERT's ForMaskedLM.)
  const cross = CROSS_ENCODER.test(cls.value);
  const a = cross
    ? 'AutoModelForSequenceClassification'
    : SENTENCE_TRANSFORMER.test(cls.value)
      ? 'AutoModel'
      : cls.value
          .replace(/\.from_pretrained$/, '')
          .split('.')
          .pop()!;
  // (An encoder loaded as its bare class, BertModel or AutoModel: the pooler where that class adds one, else no head.)
  if (BARE_CLASS.test(a) && model.encoder && !model.encoder.audioFrontEnd) {
    const pooler = /^(Bert|Roberta|XLMRoberta|Camembert|ViT|MPNet)(For|Model$)/.test(model.architecture.value);
    const head = derived(pooler ? ('pooler' as const) : ('none' as const), { id: 'prov.encoderHead', args: { arch: a } }, cls);
    return { ...model, ...(a !== 'AutoModel' ? { architecture: { value: a, source: cls.source } } : {}), encoder: { ...model.encoder, head } };
  }
  const task = TASK_CLASS.exec(a)?.[1];
  // (Of the classic families, ELECTRA's and ALBERT's heads are their encoder's, analysis/classic.ts: their task classes too.)
  const classic = model.classic && !/^(electra|albert)$/.test(model.classic.value.family);
  if (!task || classic || model.encoder?.audioFrontEnd || (task === 'ImageClassification' && !model.encoder?.patchEmbedding)) return undefined;
  const byClass = <T>(v: T, ...from: Sourced<unknown>[]) => derived(v, { id: 'prov.encoderHead', args: { arch: a } }, cls, ...from);
  const labels =
    task === 'MultipleChoice'
      ? byClass(1)
      : task === 'QuestionAnswering'
        ? byClass(2)
        : (given ??
          (model.encoder && model.encoder.head.value !== 'mlm' && (!cross || model.encoder.head.value === 'classification')
            ? model.encoder.labels
            : undefined) ??
          (cross ? derived(1, { id: 'prov.classDefault', args: { key: 'num_labels', cls: 'CrossEncoder', value: '1' } }, cls) : undefined) ??
          classDefault(2, 'num_labels', 'PretrainedConfig'));
  const architecture = { value: a, source: cls.source };
  if (model.encoder) {
    const head = task === 'SequenceClassification' || task === 'MultipleChoice' ? ('classification' as const) : ('token' as const);
    return { ...model, architecture, encoder: { ...model.encoder, head: byClass(head), labels } };
  }
  if (task === 'MultipleChoice') return undefined;
  return { ...model, architecture, classifier: byClass({ labels: labels.value, bias: task !== 'SequenceClassification' }, labels) };
}

/** The encoders over audio frames with wav2vec 2.0's convolutional front end (spec.ts audioFrontEnd): wav2vec 2.0, HuBERT. */
const WAV2VEC_FAMILIES: ReadonlySet<string> = new Set(['wav2vec2', 'hubert']);

/** The task head an encoder's architecture class adds (spec.ts encoderSchema), and its number of labels. */
function encoderSpec(reader: FactReader, type: string, arch: Sourced<string>): EncoderSpec {
  const fam = HF_ENCODERS[type]!;
  const cls = HF_MODEL_TYPES[type]!.configClass;
  const byClass = (value: EncoderSpec['head']['value']) => derived(value, { id: 'prov.encoderHead', args: { arch: arch.value } }, arch);
  const a = arch.value;
  const head =
    /ForMaskedLM$/.test(a) || type === 'blip_text_model'
      ? byClass('mlm')
      : /ForPreTraining$/.test(a)
        ? byClass('pretraining')
        : /For(SequenceClassification|MultipleChoice)$/.test(a)
          ? byClass('classification')
          : /For(TokenClassification|QuestionAnswering|ImageClassification|CTC)$/.test(a)
            ? byClass('token')
            : byClass(fam.pooler ? 'pooler' : 'none');
  const labels = taskLabels(reader, arch);
  const typeVocab =
    fam.typeVocab === 'none'
      ? derived(0, { id: 'prov.architecture', args: { arch: cls } })
      : (reader.int(['type_vocab_size'], { min: 0 }) ?? classDefault(fam.typeVocab, 'type_vocab_size', cls));
  if (type === 'deberta-v2') return { typeVocab, head, labels, ...debertaAttention(reader) };
  if (WAV2VEC_FAMILIES.has(type)) {
    const list = (key: string, d: number[]): number[] => {
      const f = reader.present(key);
      return positiveInts(f?.value) ? f!.value : d;
    };
    const convDims = list('conv_dim', [512, 512, 512, 512, 512, 512, 512]);
    const convKernels = list('conv_kernel', [10, 3, 3, 3, 3, 2, 2]);
    const norm = reader.str(['feat_extract_norm'])?.value === 'layer' ? 'layer' : 'group';
    const masked = (reader.num(['mask_time_prob'])?.value ?? 0.05) > 0 || (reader.num(['mask_feature_prob'])?.value ?? 0) > 0;
    const f = {
      convDims,
      convKernels,
      convBias: reader.bool(['conv_bias'])?.value ?? false,
      norm,
      posKernel: reader.int(['num_conv_pos_embeddings'])?.value ?? 128,
      posGroups: reader.int(['num_conv_pos_embedding_groups'])?.value ?? 16,
      maskedEmbed: masked,
      ...(type === 'hubert' && reader.bool(['feat_proj_layer_norm'])?.value === false ? { projectionNorm: false } : {}),
    } as const;
    // The CTC head's classes are vocab_size (Wav2Vec2ForCTC's lm_head: h × vocab_size with a bias).
    const chars = reader.int(['vocab_size']) ?? classDefault(32, 'vocab_size', cls);
    const ctc = /ForCTC$/.test(a) ? { labels: derived(chars.value, { id: 'prov.ctcHead' }, chars) } : {};
    // Wav2Vec2ForSequenceClassification: projector h → classifier_proj_size (256), then the classifier.
    const projected = /ForSequenceClassification$/.test(a)
      ? { classifierProjection: reader.int(['classifier_proj_size']) ?? classDefault(256, 'classifier_proj_size', cls) }
      : {};
    return { typeVocab, head, labels, ...ctc, ...projected, audioFrontEnd: derived(f, { id: 'prov.architecture', args: { arch: cls } }) };
  }
  if (type === 'vit') {
    const byClass = (key: string, value: number) => reader.int([key]) ?? classDefault(value, key, 'ViTConfig');
    const channels = byClass('num_channels', 3);
    const patch = byClass('patch_size', 16);
    return {
      typeVocab,
      head,
      labels,
      patchEmbedding: derived({ channels: channels.value, patch: patch.value }, { id: 'prov.architecture', args: { arch: 'ViTConfig' } }, channels, patch),
    };
  }
  if (type !== 'modernbert')
    return {
      typeVocab,
      head,
      labels,
      ...(fam.denseInClassifier ? { denseInClassifier: derived(true, { id: 'prov.encoderHead', args: { arch: a } }, arch) } : {}),
    };
  const flag = (key: string, value: boolean) => reader.bool([key]) ?? classDefault(value, key, 'ModernBertConfig');
  const dense = flag('classifier_bias', false);
  const norm = flag('norm_bias', false);
  const decoder = flag('decoder_bias', true);
  const predictionHead = derived(
    { denseBias: dense.value, normBias: norm.value, decoderBias: decoder.value },
    { id: 'prov.encoderHead', args: { arch: a } },
    dense,
    norm,
    decoder,
  );
  return { typeVocab, head, labels, predictionHead };
}

/**
 * Gemma 3n's text model (modeling_gemma3n.py Gemma3nTextDecoderLayer; hfGemma4.ts gemma3nOverrides): Gemma 4's layers with
 * AltUp and LAuReL, one head width; tied by default. gemma3n (Gemma3nForConditionalGeneration) is its text_config, the
 * MobileNetV5 vision tower (timm's, sized by its name) and the audio Conformer said as not counted.
 */
const GEMMA3N_TEXT: Traits = {
  ...llamaLike,
  configClass: 'Gemma3nTextConfig',
  defaults: { vocab: 262400, hidden: 2048, ffnWidth: 16384, layers: 35, heads: 8, kvHeads: 2, headDim: 256, slidingWindow: 512 },
  tiedDefault: true,
  mlpBias: false,
  normsPerLayer: 4,
  qkNorm: 'per-head',
};

/** Supported `model_type` values. Anything else is "not supported", never guessed. */
export const HF_MODEL_TYPES: Readonly<Record<string, Traits>> = {
  ...HF_HYBRID_TYPES,
  ...HF_CLASSIC_TYPES,
  // (LlamaConfig's defaults, for a config.json that leaves them out, as transformers saves a composite model's text_config: only
  // what differs from the class, llava-hf/llava-1.5-7b-hf's naming none of the sizes.)
  llama: {
    ...llamaLike,
    configClass: 'LlamaConfig',
    moduleNames: LLAMA_NAMES,
    defaults: { vocab: 32000, hidden: 4096, ffnWidth: 11008, layers: 32, heads: 32 },
  },
  mistral: {
    ...llamaLike,
    configClass: 'MistralConfig',
    moduleNames: LLAMA_NAMES,
    qkvBias: false,
    outBias: false,
    mlpBias: false,
    slidingWindow: 'all-layers',
  },
  // Ministral 3 / Devstral 2 (transformers' modular_ministral3.py: Ministral3Attention is MistralAttention with Llama 4's
  // position-dependent query scaling, no weights of its own): Mistral's layers.
  ministral3: { ...llamaLike, configClass: 'Ministral3Config', qkvBias: false, outBias: false, mlpBias: false, slidingWindow: 'all-layers' },
  mixtral: { ...llamaLike, configClass: 'MixtralConfig', qkvBias: false, outBias: false, mlpBias: false, moe: 'every-layer', slidingWindow: 'all-layers' },
  // (Qwen2Config's defaults, a config a script builds with Qwen2Config(): 32 layers of 4096 wide, an FFN of 22016, 32 heads.)
  qwen2: {
    ...llamaLike,
    configClass: 'Qwen2Config',
    moduleNames: LLAMA_NAMES,
    qkvBias: true,
    outBias: false,
    mlpBias: false,
    slidingWindow: 'qwen',
    defaults: { vocab: 151936, hidden: 4096, ffnWidth: 22016, layers: 32, heads: 32 },
  },
  qwen2_moe: {
    ...llamaLike,
    configClass: 'Qwen2MoeConfig',
    qkvBias: true,
    outBias: false,
    mlpBias: false,
    moe: 'qwen',
    qwenSharedExpert: true,
    slidingWindow: 'qwen',
  },
  qwen3: { ...llamaLike, configClass: 'Qwen3Config', moduleNames: LLAMA_NAMES, mlpBias: false, qkNorm: 'per-head', slidingWindow: 'qwen' },
  qwen3_moe: { ...llamaLike, configClass: 'Qwen3MoeConfig', mlpBias: false, qkNorm: 'per-head', moe: 'qwen', slidingWindow: 'qwen' },
  // Ling 2.0 (inclusionAI's modeling_bailing_moe_v2.py BailingMoeV2DecoderLayer): a fused query_key_value (a + 2g heads, biased
  // when use_qkv_bias), q/k RMSNorms over the head when use_qk_norm, the dense output biased when use_bias; the first
  // first_k_dense_replace layers a SwiGLU of intermediate_size, the others num_experts SwiGLU experts of moe_intermediate_size
  // (group-limited sigmoid routing, n_group / topk_group) with num_shared_experts × moe_intermediate_size shared and a router
  // weight (a bare parameter) with its expert_bias buffer (saved in the checkpoint); untied; num_nextn_predict_layers MTP layers
  // after the decoder layers (bailingModel).
  bailing_moe_v2: {
    ...llamaLike,
    configClass: 'BailingMoeV2Config',
    mlpBias: false,
    qkNormFlag: { key: 'use_qk_norm', kind: 'per-head' },
    moe: 'deepseek',
    routerBias: 'always',
  },
  // Ling 1.x (inclusionAI's modeling_bailing_moe.py): the same layers without q/k norms, and a router of a bare weight alone
  // (softmax top-k, no expert bias); first_k_dense_replace dense layers (0 unless set); untied unless tie_word_embeddings.
  // (Keyed apart: both write model_type bailing_moe, and their architectures tell them apart.)
  bailing_moe_v1: { ...llamaLike, configClass: 'BailingMoeConfig', mlpBias: false, moe: 'deepseek' },
  // dots.llm1 (modular_dots1.py): Qwen3's attention (q/k RMSNorms over the head) on DeepSeek-V3's MoE layers: the first
  // first_k_dense_replace dense (intermediate_size), then n_routed_experts of moe_intermediate_size with n_shared_experts ×
  // moe_intermediate_size shared, the router's e_score_correction_bias a saved buffer (DeepseekV3TopkRouter's); untied.
  dots1: { ...llamaLike, configClass: 'Dots1Config', mlpBias: false, qkNorm: 'per-head', moe: 'deepseek', routerBias: 'always' },
  deepseek_v2: { ...llamaLike, configClass: 'DeepseekV2Config', mlpBias: false, moe: 'deepseek', routerBias: 'topk_method', mla: true },
  deepseek_v3: { ...llamaLike, configClass: 'DeepseekV3Config', mlpBias: false, moe: 'deepseek', routerBias: 'topk_method', mla: true },
  // LongCat-Flash (modeling_longcat_flash.py): each of num_layers layers holds two MLA attentions, each followed by its own
  // dense SwiGLU MLP of ffn_hidden_size, and one MoE beside them (the shortcut: it reads the first attention's output and
  // joins after the second MLP); counted as 2·num_layers layers, the MoE on every second, the second dense MLP as its shared
  // expert (longcatOverrides).
  longcat_flash: { ...llamaLike, configClass: 'LongcatFlashConfig', mlpBias: false, mla: true },
  deepseek_v32: {
    ...llamaLike,
    configClass: 'DeepseekV32Config',
    mlpBias: false,
    moe: 'deepseek',
    routerBias: 'topk_method',
    mla: true,
    indexer: true,
  },
  // DeepSeek-V4-Flash / -Pro (DeepseekV4ForCausalLM; DeepSeek's inference/model.py, whose ModelArgs the keys name): every
  // layer a MoE of n_routed_experts SwiGLU experts of moe_intermediate_size (top num_experts_per_tok) with one shared, its gate
  // a bare weight with a score-correction bias (noaux_tc) past the hash-routed layers; MQA over one head of head_dim with a
  // sliding window on every layer, compressed keys, a grouped low-rank output and hyper-connections (deepseekV4); untied.
  deepseek_v4: {
    ...llamaLike,
    configClass: 'DeepseekV4Config',
    qkvBias: false,
    outBias: false,
    mlpBias: false,
    moe: 'deepseek',
    routerBias: 'topk_method',
    sinks: true,
    slidingWindow: 'all-layers',
  },
  // GLM-4.7-Flash (modular_glm4_moe_lite.py): DeepSeek-V3's MLA attention on GLM-4 MoE's layers (the first dense, then routed
  // experts with a shared one and a score-correction bias): DeepSeek-V3's block.
  glm4_moe_lite: { ...llamaLike, configClass: 'Glm4MoeLiteConfig', mlpBias: false, moe: 'deepseek', routerBias: 'always', mla: true },
  // ERNIE 4.5 MoE (modeling_ernie4_5_moe.py): GQA attention, biased where use_bias, dense layers up to moe_layer_start_index,
  // then moe_num_experts of moe_intermediate_size (top moe_k) with moe_num_shared_experts shared ones and, when
  // moe_use_aux_free, a score-correction bias per expert.
  ernie4_5_moe: { ...llamaLike, configClass: 'Ernie4_5_MoeConfig', mlpBias: false, moe: 'deepseek', routerBias: 'aux_free' },
  // ERNIE 4.5 dense (modular_ernie4_5.py: ERNIE-4.5-0.3B): Llama's layers with q/k/v/o and the gated MLP biased when use_bias
  // (default false), the head tied to the embedding unless tie_word_embeddings says otherwise.
  ernie4_5: { ...llamaLike, configClass: 'Ernie4_5Config', tiedDefault: true },
  // Llama 3.2 Vision's text model (modeling_mllama.py MllamaTextModel): Llama's layers, cross_attention_layers of them
  // attending to the image (ModelSpec.crossAttentionLayers); MllamaTextConfig's defaults are the 11B's.
  mllama_text_model: {
    ...llamaLike,
    configClass: 'MllamaTextConfig',
    mlpBias: false,
    defaults: { vocab: 128256, hidden: 4096, ffnWidth: 14336, layers: 40, heads: 32, kvHeads: 8 },
    crossAttention: { defaultCount: 8, defaultList: '[3, 8, 13, 18, 23, 28, 33, 38]' },
  },
  // MiniCPM 1 and 2 (openbmb's remote modeling_minicpm.py MiniCPMForCausalLM): Llama's layers, biased only where attention_bias
  // says; μP's scale_emb, scale_depth and dim_model_base scale activations and add no weights. MiniCPMConfig ties the embeddings
  // unless told not to (MiniCPM-2B's config.json names neither its model_type nor tie_word_embeddings).
  minicpm: { ...llamaLike, configClass: 'MiniCPMConfig', tiedDefault: true, moduleNames: LLAMA_NAMES },
  // InternLM (its modeling_internlm.py): Llama's layers, q/k/v/o biased when `bias` (default true), the MLP without.
  internlm: { ...llamaLike, configClass: 'InternLMConfig', mlpBias: false },
  // InternLM2 (its modeling_internlm2.py): a fused wqkv of heads + 2 × num_key_value_heads, wo, the SwiGLU w1 / w3 / w2, RMSNorm;
  // every linear biased when `bias` (the same counts as Llama's layers).
  // (InternLM2's attention.wqkv: q, k and v in one linear.)
  internlm2: { ...llamaLike, configClass: 'InternLM2Config', fusedLinears: [['q', 'k', 'v']] },
  // ChatGLM2/3 (its modeling_chatglm.py GLMTransformer): a fused query_key_value of heads + 2 × multi_query_group_num heads of
  // kv_channels (biased when add_qkv_bias), the dense output and the SwiGLU MLP biased when add_bias_linear, RMSNorm (rmsnorm)
  // or LayerNorm, RoPE, an untied output layer over padded_vocab_size (chatglmOverrides).
  chatglm: {
    ...llamaLike,
    configClass: 'ChatGLMConfig',
    tiedDefault: false,
    fusedLinears: [
      ['q', 'k', 'v'],
      ['gate', 'up'],
    ],
  },
  // Baichuan and Baichuan 2 (their modeling_baichuan.py BaichuanForCausalLM): Llama's layers with q, k and v in one W_pack and no
  // biases, RMSNorm, an untied lm_head (Baichuan 2's NormHead: a vocab × hidden weight, normalized in its forward); the 13B models'
  // ALiBi in place of RoPE adds no weights.
  baichuan: { ...llamaLike, configClass: 'BaichuanConfig', qkvBias: false, outBias: false, mlpBias: false, fusedLinears: [['q', 'k', 'v']] },
  // Qwen (1) (its modeling_qwen.py QWenLMHeadModel): Llama's layers under other names; c_attn always biased, c_proj and the
  // MLP biased unless no_bias; w1 and w2 each half of intermediate_size, heads of kv_channels (qwenOverrides); untied.
  // (Its attention's c_attn is one linear of q, k and v: modeling_qwen.py.)
  // (Its own module names: c_attn, c_proj (the attention's output and the MLP's down projection), w1 the MLP's up projection and
  // w2 its gate, `c_proj(w1(x) * silu(w2(x)))`; Llama's q_proj … down_proj name nothing there.)
  qwen: { ...llamaLike, configClass: 'QWenConfig', qkvBias: true, fusedLinears: [['q', 'k', 'v']], moduleNames: QWEN_NAMES },
  // EXAONE 3.0 / 3.5 (LG AI Research's remote modeling_exaone.py ExaoneForCausalLM; vLLM's and SGLang's exaone.py, mlx-lm's
  // models/exaone.py): Llama's layers under GPT-2-style names (transformer.wte, h.N.attn.attention.q_proj / k_proj / v_proj /
  // out_proj, mlp.c_fc_0 / c_fc_1 / c_proj, ln_1 / ln_2 / ln_f RMSNorms), no bias anywhere; its keys num_layers and
  // layer_norm_epsilon (HF_ALIASES reads num_layers). ExaoneConfig's defaults: vocab 102400, hidden 2048, 32 layers of 32
  // heads, KV heads = heads, intermediate 4 × hidden, tied embeddings (EXAONE 3.5 2.4B leaves tie_word_embeddings to it).
  exaone: {
    ...llamaLike,
    configClass: 'ExaoneConfig',
    qkvBias: false,
    outBias: false,
    mlpBias: false,
    tiedDefault: true,
    ffnFromHidden: 4,
    defaults: { vocab: 102400, hidden: 2048, layers: 32, heads: 32 },
  },
  // EXAONE 4.0 (modeling_exaone4.py): Llama's layers with the two norms after attention and the MLP instead of before, q_norm
  // and k_norm over the head dimension, sliding-window layers by layer_types.
  exaone4: { ...llamaLike, configClass: 'Exaone4Config', mlpBias: false, qkNorm: 'per-head', slidingWindow: 'layer-types' },
  // (qkv_proj and gate_up_proj: one linear each.)
  phi3: {
    ...llamaLike,
    configClass: 'Phi3Config',
    moduleNames: PHI3_NAMES,
    qkvBias: false,
    outBias: false,
    mlpBias: false,
    fusedLinears: [
      ['q', 'k', 'v'],
      ['gate', 'up'],
    ],
  },
  gemma: { ...llamaLike, configClass: 'GemmaConfig', moduleNames: LLAMA_NAMES, tiedDefault: true, mlpBias: false },
  gemma2: {
    ...llamaLike,
    configClass: 'Gemma2Config',
    moduleNames: LLAMA_NAMES,
    tiedDefault: true,
    mlpBias: false,
    normsPerLayer: 4,
    slidingWindow: 'alternate',
  },
  // Gemma 3 (modeling_gemma3.py Gemma3DecoderLayer): Gemma 2's four norms per layer, plus q_norm and k_norm over the
  // head dimension; five sliding-window layers to one global (layer_types, or sliding_window_pattern); tied embeddings.
  gemma3_text: {
    ...llamaLike,
    configClass: 'Gemma3TextConfig',
    defaults: { vocab: 262208, hidden: 2304, ffnWidth: 9216, layers: 26, heads: 8, kvHeads: 4, headDim: 256, slidingWindow: 4096 },
    tiedDefault: true,
    mlpBias: false,
    normsPerLayer: 4,
    qkNorm: 'per-head',
    slidingWindow: 'layer-types',
  },
  // Gemma 4's text model (modeling_gemma4.py Gemma4TextDecoderLayer; hfGemma4.ts reads its layer kinds, KV sharing, per-layer
  // embeddings and MoE): Gemma 3's four norms and q/k norms over the head, a GeGLU MLP; tied by default.
  gemma4_text: {
    ...llamaLike,
    configClass: 'Gemma4TextConfig',
    defaults: { vocab: 262144, hidden: 2304, ffnWidth: 9216, layers: 30, heads: 8, kvHeads: 4, headDim: 256, slidingWindow: 512 },
    tiedDefault: true,
    mlpBias: false,
    normsPerLayer: 4,
    qkNorm: 'per-head',
  },
  gemma3n_text: GEMMA3N_TEXT,
  gemma3n: GEMMA3N_TEXT,
  // DeciLM (nemotron-nas, DeciLMForCausalLM: Llama-Nemotron's heterogeneous Llama; hfDeci.ts reads its block_configs): Llama's
  // attention and gated MLP, either skipped in a layer where block_configs says, the MLP at each layer's own width; untied by default.
  'nemotron-nas': { ...llamaLike, configClass: 'DeciLMConfig' },
  // SmolLM3 (modeling_smollm3.py): Llama's layers (no_rope_layers drop RoPE, which has no parameters), tied by default.
  smollm3: { ...llamaLike, configClass: 'SmolLM3Config', tiedDefault: true, slidingWindow: 'qwen' },
  // OLMo 2 (modeling_olmo2.py): norms after attention and after the MLP (post_attention_layernorm,
  // post_feedforward_layernorm; none before), q_norm and k_norm over the whole projection (a·d and g·d), no biases.
  olmo2: { ...llamaLike, configClass: 'Olmo2Config', qkvBias: false, outBias: false, mlpBias: false, qkNorm: 'full' },
  // OLMo 3 (modeling_olmo3.py): OLMo 2's layers, sliding-window attention on the layers layer_types names.
  olmo3: { ...llamaLike, configClass: 'Olmo3Config', qkvBias: false, outBias: false, mlpBias: false, qkNorm: 'full', slidingWindow: 'layer-types' },
  // Seed-OSS (modeling_seed_oss.py): Llama's layers, q/k/v biased when attention_bias (SeedOssConfig: true), o_proj when
  // attention_out_bias (false), the MLP when mlp_bias; heads of head_dim; untied (seedOssOverrides).
  seed_oss: { ...llamaLike, configClass: 'SeedOssConfig' },
  // Apertus (modular_apertus.py): Llama's attention with q_norm / k_norm over the head (ApertusRMSNorm(head_dim)), a
  // non-gated MLP up_proj / down_proj without biases (NemotronMLP's shape) whose xIELU activation holds two learned scalars
  // (alpha_p, alpha_n; beta and eps are buffers), attention_layernorm and feedforward_layernorm; untied. ApertusConfig's
  // defaults are the 8B's.
  apertus: {
    ...llamaLike,
    configClass: 'ApertusConfig',
    ffn: 'plain',
    mlpBias: false,
    qkNorm: 'per-head',
    defaults: { vocab: 131072, hidden: 4096, ffnWidth: 14336, layers: 32, heads: 32 },
  },
  // MiniMax-M2 (modular_minimax_m2.py): FlexOlmo's attention (q_norm over a·d, k_norm over g·d, bias-free q/k/v/o of head_dim)
  // with full attention in every layer, Mixtral's sparse block in every layer (SwiGLU experts of intermediate_size, an
  // unbiased router) with a sigmoid router's e_score_correction_bias per expert (a buffer the checkpoint stores); untied.
  // MiniMaxM2Config's defaults are MiniMax-M2's. The config's num_mtp_modules are not built by transformers nor counted.
  minimax_m2: {
    ...llamaLike,
    configClass: 'MiniMaxM2Config',
    qkvBias: false,
    outBias: false,
    mlpBias: false,
    qkNorm: 'full',
    moe: 'every-layer',
    routerBias: 'always',
    defaults: { vocab: 200064, hidden: 3072, ffnWidth: 1536, layers: 62, heads: 48, kvHeads: 8, headDim: 128, experts: 256, topK: 8 },
  },
  // MiniMax-M3 (vLLM's MiniMaxM3 plugin model, minimaxM3Overrides): MiniMax-M2's bias-free attention with q/k RMSNorms over
  // the head, block-sparse attention in the layers sparse_attention_config lists; dense layers of dense_intermediate_size and
  // MoE layers by moe_layer_freq, experts of intermediate_size, a shared expert and a router with its score-correction bias.
  minimax_m3: {
    ...llamaLike,
    configClass: 'MiniMaxM3Config',
    qkvBias: false,
    outBias: false,
    mlpBias: false,
    qkNormFlag: { key: 'use_qk_norm', kind: 'per-head' },
    // (Where moe_layer_freq is no list: DeepSeek's first_k_dense_replace and moe_intermediate_size, as the text config writes them.)
    moe: 'deepseek',
    routerBias: 'always',
  },
  // MiMo-V2 (hfMimo.ts: vLLM's mimo_v2_flash.py and mimo_v2.py): sliding and full layers of their own KV heads, values narrower
  // than the queries and keys, MoE and dense layers by per-layer lists; mimo_v2 computes q, k and v with one qkv_proj.
  mimo_v2_flash: { ...llamaLike, configClass: 'MiMoV2FlashConfig', qkvBias: false, outBias: false, mlpBias: false },
  mimo_v2: { ...llamaLike, configClass: 'MiMoV2Config', qkvBias: false, outBias: false, mlpBias: false, fusedLinears: [['q', 'k', 'v']] },
  // T5Gemma (modular_t5gemma.py): an encoder and a decoder of Gemma 2 layers (encoder and decoder each a T5GemmaModuleConfig,
  // Gemma2Config's keys), each stack with its own embed_tokens and final norm; encoder layers Gemma 2's four norms, decoder
  // layers also a cross-attention (q/o of a·d, k/v from cross_attention_hidden_size = the encoder's width) and its two norms;
  // the LM head tied to the decoder's embedding unless tie_word_embeddings is false (t5gemmaModel).
  // RWKV-7 (flash-linear-attention's RWKV7ForCausalLM, recognize/rwkv.ts flaRwkv7Model): its time mix and channel mix in every
  // layer, LayerNorms with biases (norm_bias), the first layer's pre_norm (norm_first), an untied head.
  rwkv7: { ...RWKV_LAYERS, configClass: 'RWKV7Config' },
  // MiniMind2 (jingyaogong/minimind's remote MiniMindLM, hfMinimind.ts): Llama's layers without biases under LMConfig's keys,
  // the embedding and the output one tensor; LMConfig's defaults for what a file leaves out.
  minimind: {
    ...llamaLike,
    configClass: 'LMConfig',
    qkvBias: false,
    outBias: false,
    mlpBias: false,
    tiedDefault: true,
    defaults: { vocab: 6400, hidden: 512, layers: 8, heads: 16 },
  },
  // LLaDA (GSAI-ML's remote LLaDAModelLM, hfLlada.ts): Llama's layers under OLMo's ModelConfig keys, the gate and up projections
  // apart; LLaDAConfig's defaults for what a file leaves out.
  llada: {
    ...llamaLike,
    configClass: 'LLaDAConfig',
    tiedDefault: true,
    defaults: { vocab: 50257, hidden: 768, layers: 12, heads: 12 },
  },
  t5gemma: { ...llamaLike, configClass: 'T5GemmaModuleConfig', tiedDefault: true, mlpBias: false, normsPerLayer: 4, slidingWindow: 'layer-types' },
  // Granite (modeling_granite.py): Llama's layers; its multipliers (embedding, residual, attention, logits) are scalars.
  granite: { ...llamaLike, configClass: 'GraniteConfig' },
  // Granite MoE (modeling_granitemoe.py): every layer's MLP is num_local_experts gated experts of intermediate_size
  // (input_linear 2·f·h, output_linear f·h) with an unbiased router.
  granitemoe: { ...llamaLike, configClass: 'GraniteMoeConfig', mlpBias: false, moe: 'every-layer' },
  // GLM-4 (modeling_glm4.py): biased q/k/v (attention_bias), unbiased o_proj, four norms per layer
  // (input, post_self_attn, post_attention, post_mlp), a fused gate_up_proj (2·f·h) and down_proj.
  glm4: { ...llamaLike, configClass: 'Glm4Config', outBias: false, mlpBias: false, normsPerLayer: 4 },
  // GLM-4.5 (modeling_glm4_moe.py): biased q/k/v, unbiased o_proj, q/k norms over the head dim when use_qk_norm; the
  // first first_k_dense_replace layers dense, the rest n_routed_experts experts plus n_shared_experts of
  // moe_intermediate_size, a router with its e_score_correction_bias; num_nextn_predict_layers MTP layers.
  glm4_moe: {
    ...llamaLike,
    configClass: 'Glm4MoeConfig',
    outBias: false,
    mlpBias: false,
    moe: 'deepseek',
    routerBias: 'always',
    qkNormFlag: { key: 'use_qk_norm', kind: 'per-head' },
  },
  // Step 3.7 Flash (StepFun's remote Step3p7FlashForCausalLM; vLLM's step3p5.py for its predecessor): unbiased q/k/v/o with
  // q/k RMSNorms over the head dim, full and sliding-window layers by layer_types; the first first_k_dense_replace layers a
  // gated MLP of intermediate_size, the rest num_experts experts of moe_intermediate_size and a shared expert of
  // share_expert_dim (n_shared_experts × moe_intermediate_size here), a sigmoid router with its bias
  // (use_moe_router_bias); num_nextn_predict_layers MTP layers, beside the total as DeepSeek's.
  step3p7: {
    ...llamaLike,
    configClass: 'Step3p7Config',
    mlpBias: false,
    qkNorm: 'per-head',
    moe: 'deepseek',
    routerBias: 'always',
    slidingWindow: 'layer-types',
  },
  // OLMoE (modeling_olmoe.py): pre-norm layers, q_norm / k_norm over the whole projection, every layer num_experts gated
  // experts of intermediate_size with an unbiased router, no shared expert.
  olmoe: { ...llamaLike, configClass: 'OlmoeConfig', mlpBias: false, qkNorm: 'full', moe: 'every-layer' },
  // StarCoder2 (modeling_starcoder2.py): LayerNorm with bias, a GELU MLP (c_fc, c_proj), every linear biased when use_bias,
  // a sliding window on every layer, tied unless tie_word_embeddings says otherwise.
  starcoder2: {
    configClass: 'Starcoder2Config',
    ffn: 'plain',
    norm: 'layernorm',
    positions: 'rope',
    tiedDefault: true,
    qkvBias: false,
    outBias: false,
    mlpBias: false,
    slidingWindow: 'all-layers',
  },
  // Nemotron / Nemotron-4 / Minitron (modeling_nemotron.py): a plain MLP of up_proj and down_proj (squared ReLU), LayerNorm1P
  // (a weight and a bias, the weight stored zero-centred), unbiased q/k/v/o and MLP unless attention_bias / mlp_bias, RoPE
  // over partial_rotary_factor of each head (no parameters), untied.
  nemotron: { ...llamaLike, configClass: 'NemotronConfig', ffn: 'plain', norm: 'layernorm' },
  // Arcee's AFM (modeling_arcee.py): Llama's layers with a plain MLP of up_proj and down_proj (squared ReLU, relu2), RMSNorm,
  // untied (ArceeConfig: tie_word_embeddings False).
  arcee: { ...llamaLike, configClass: 'ArceeConfig', ffn: 'plain' },
  // Phi-3-small (modeling_phi3_small.py, remote code): a fused biased query_key_value and a biased dense; a GeGeLU up_proj of
  // 2·ff_intermediate_size (gated) and down_proj, both biased; LayerNorms with bias; the head tied to the embedding
  // (Phi3SmallConfig states no tie_word_embeddings: PretrainedConfig's True). Block-sparse attention on the layers between
  // each dense_attention_every_n_layers-th (phi3SmallOverrides).
  // MiMo (modeling_mimo.py, remote code): Qwen2's layers, and num_nextn_predict_layers MTP layers (MiMoMTPLayers: token and
  // hidden RMSNorms, an input_proj of 2h → h, one decoder layer, a final RMSNorm), counted beside the total as DeepSeek's.
  mimo: { ...llamaLike, configClass: 'MiMoConfig', qkvBias: true, outBias: false, mlpBias: false, slidingWindow: 'qwen' },
  phi3small: { ...llamaLike, configClass: 'Phi3SmallConfig', norm: 'layernorm', tiedDefault: true, qkvBias: true, outBias: true, mlpBias: true },
  // BERT, RoBERTa, XLM-R, CamemBERT, DistilBERT (modeling_bert.py, modeling_roberta.py, modeling_distilbert.py): encoders of
  // post-norm layers, biased q/k/v/o, LayerNorms with bias, a GELU MLP with biases, learned positions (RoBERTa's count its
  // padding offset), an embedding LayerNorm; the task head and token types are HF_ENCODERS' (encoderSpec).
  // (Each config class's defaults for what a file leaves out, BertConfig's: 30,522 tokens, 12 layers × 768 of 12 heads, an
  // FFN of 3,072; RobertaConfig, XLMRobertaConfig and CamembertConfig keep them; DistilBertConfig's 6 layers.)
  bert: { ...encoderTraits, configClass: 'BertConfig', defaults: BERT_DEFAULTS },
  roberta: { ...encoderTraits, configClass: 'RobertaConfig', defaults: BERT_DEFAULTS },
  'xlm-roberta': { ...encoderTraits, configClass: 'XLMRobertaConfig', defaults: BERT_DEFAULTS },
  camembert: { ...encoderTraits, configClass: 'CamembertConfig', defaults: BERT_DEFAULTS },
  distilbert: { ...encoderTraits, configClass: 'DistilBertConfig', defaults: { ...BERT_DEFAULTS, layers: 6 } },
  // wav2vec 2.0 (modeling_wav2vec2.py): BERT's post-norm layers (do_stable_layer_norm: pre-norm, the same count) over audio
  // frames, an encoder LayerNorm; the convolutional front end; a CTC head of vocab_size characters, untied.
  wav2vec2: { ...encoderTraits, configClass: 'Wav2Vec2Config', positions: 'relative' },
  // HuBERT (modeling_hubert.py): wav2vec 2.0's encoder and audio front end, no quantizer; the feature projection's LayerNorm
  // where feat_proj_layer_norm (default true).
  hubert: { ...encoderTraits, configClass: 'HubertConfig', positions: 'relative' },
  // ViT (modeling_vit.py): pre-norm LayerNorm blocks over image patches, biased q/k/v (qkv_bias) and o, a GELU MLP, a final
  // LayerNorm; learned positions for the patches and the class token.
  vit: { ...encoderTraits, configClass: 'ViTConfig', qkvBias: 'attention_bias' },
  // DeBERTa-v2/v3 (modeling_deberta_v2.py): BERT's post-norm layers and heads, with disentangled relative attention.
  'deberta-v2': { ...encoderTraits, configClass: 'DebertaV2Config' },
  // ModernBERT (modeling_modernbert.py): pre-norm LayerNorms (norm_bias), the first layer's attention norm an Identity and an
  // embedding norm besides the final one (2 per layer and one more overall, as counted), fused Wqkv and Wo (attention_bias),
  // a GeGLU Wi of 2f and Wo (mlp_bias), RoPE.
  modernbert: {
    configClass: 'ModernBertConfig',
    ffn: 'gated',
    norm: 'layernorm-nobias',
    positions: 'rope',
    tiedDefault: true,
    qkvBias: 'attention_bias',
    outBias: 'attention_bias',
    mlpBias: 'mlp_bias',
    normsPerLayer: 2,
  },
  // CLIP's text tower (modeling_clip.py CLIPTextTransformer): token and learned position embeddings, pre-norm layers
  // (LayerNorms with bias, biased q/k/v/o and fc1/fc2), a final LayerNorm (counted as BERT's embedding LayerNorm: the
  // same 2·h); CLIPTextConfig's defaults for the keys a config leaves out.
  clip_text_model: {
    ...encoderTraits,
    configClass: 'CLIPTextConfig',
    defaults: { vocab: 49408, hidden: 512, ffnWidth: 2048, layers: 12, heads: 8 },
  },
  // SigLIP's text tower (SiglipTextTransformer): CLIP's, with SiglipTextConfig's defaults (64 positions).
  siglip_text_model: {
    ...encoderTraits,
    configClass: 'SiglipTextConfig',
    defaults: { vocab: 32000, hidden: 768, ffnWidth: 3072, layers: 12, heads: 12 },
  },
  // BLIP's text decoder (modeling_blip_text.py BlipTextLMHeadModel): BERT's post-norm layers with a cross-attention to the
  // image and its LayerNorm (ModelSpec.crossAttentionWidth: the third norm), learned positions, an embedding LayerNorm; the
  // decoder's weight is its own (BlipForConditionalGeneration ties nothing: its input embeddings are the patch convolution).
  blip_text_model: {
    ...encoderTraits,
    configClass: 'BlipTextConfig',
    tiedDefault: false,
    defaults: { vocab: 30524, hidden: 768, ffnWidth: 3072, layers: 12, heads: 8 },
  },
  // Hunyuan-A13B (remote code hunyuan.py / modeling_hunyuan.py HunYuanMoEV1ForCausalLM, model_type hunyuan): Llama's layers,
  // q/k RMSNorms over the head dimension when use_qk_norm; every layer from moe_layer_num_skipped on a HunYuanMoE of
  // num_experts SwiGLU experts of intermediate_size (top moe_topk) under an unbiased nn.Linear gate (wg), with a shared MLP of
  // intermediate_size × num_shared_expert beside them when use_mixed_mlp_moe (hunyuanMoe).
  hunyuan: { ...llamaLike, configClass: 'HunYuanConfig', mlpBias: false, qkNormFlag: { key: 'use_qk_norm', kind: 'per-head' }, moe: 'every-layer' },
  // The same model in transformers (modular_hunyuan_v1_moe.py): query_layernorm / key_layernorm always, the shared MLP of
  // intermediate_size in every layer.
  hunyuan_v1_moe: { ...llamaLike, configClass: 'HunYuanMoEV1Config', mlpBias: false, qkNorm: 'per-head', moe: 'every-layer' },
  // GLM-5 (modular_glm_moe_dsa.py): DeepSeek-V3.2's layers, MLA with a DSA lightning indexer in every layer (GlmMoeDsaIndexer:
  // wq_b, wk, k_norm, weights_proj), the first first_k_dense_replace layers dense, then routed experts with a shared one and
  // a score-correction bias (DeepseekV3TopkRouter); untied. GlmMoeDsaConfig's defaults for what a file leaves out.
  glm_moe_dsa: {
    ...llamaLike,
    configClass: 'GlmMoeDsaConfig',
    mlpBias: false,
    moe: 'deepseek',
    routerBias: 'always',
    mla: true,
    indexer: true,
    defaults: {
      vocab: 154880,
      hidden: 6144,
      ffnWidth: 12288,
      layers: 78,
      heads: 64,
      kvHeads: 64,
      experts: 256,
      topK: 8,
      expertWidth: 2048,
      sharedExperts: 1,
      firstDenseLayers: 3,
      qLoraRank: 2048,
      kvLoraRank: 512,
      qkNopeHeadDim: 192,
      qkRopeHeadDim: 64,
      vHeadDim: 256,
      indexHeads: 32,
      indexHeadDim: 128,
      indexTopK: 2048,
    },
  },
  // Hunyuan dense (modeling_hunyuan_v1_dense.py): Llama's layers, q/k RMSNorms over the head dimension when use_qk_norm.
  hunyuan_v1_dense: { ...llamaLike, configClass: 'HunYuanDenseV1Config', mlpBias: false, qkNormFlag: { key: 'use_qk_norm', kind: 'per-head' } },
  // Cohere / Command R (modeling_cohere.py): attention and the gated MLP in parallel off one CohereLayerNorm (a weight, no
  // bias), q/k CohereLayerNorms of shape (heads, head_dim) when use_qk_norm (a weight per head: (a + g)·d), tied embeddings.
  cohere: {
    ...llamaLike,
    configClass: 'CohereConfig',
    norm: 'layernorm-nobias',
    normsPerLayer: 1,
    tiedDefault: true,
    outBias: false,
    mlpBias: false,
    qkNormFlag: { key: 'use_qk_norm', kind: 'full' },
  },
  // Command R7B / Command A (modeling_cohere2.py): Cohere's parallel layer (one weight-only LayerNorm, no q/k norms), sliding-
  // window attention on the layers layer_types names, else on all but every sliding_window_pattern-th (Cohere2Config: 4).
  cohere2: {
    ...llamaLike,
    configClass: 'Cohere2Config',
    norm: 'layernorm-nobias',
    normsPerLayer: 1,
    tiedDefault: true,
    outBias: false,
    mlpBias: false,
    slidingWindow: 'layer-types',
    slidingPatternDefault: 4,
  },
  // Llama 4's language model (modeling_llama4.py Llama4TextDecoderLayer): unbiased q/k/v/o, q/k L2 norms without weights, two
  // RMSNorms per layer; the MoE layers (moe_layers, else every interleave_moe_layer_step-th) hold num_local_experts SwiGLU
  // experts of intermediate_size (top num_experts_per_tok), one shared expert of the same width and an unbiased router; the
  // other layers a dense SwiGLU of intermediate_size_mlp. The RoPE layers (no_rope_layers) attend within chunks of
  // attention_chunk_size; untied.
  // (Llama4TextExperts: gate_up_proj and down_proj are stacked nn.Parameter tensors, not linears an adapter wraps by name.)
  llama4_text: { ...llamaLike, configClass: 'Llama4TextConfig', mlpBias: false, moe: 'llama4', expertsFused: true },
  // Phi-3.5-MoE (modeling_phimoe.py): LayerNorms with bias (two per layer and the final one), q/k/v/o biased when
  // attention_bias, every layer num_local_experts gated experts of intermediate_size with an unbiased router, lm_head biased
  // when lm_head_bias, untied.
  phimoe: {
    ...llamaLike,
    configClass: 'PhimoeConfig',
    norm: 'layernorm',
    tiedDefault: false,
    mlpBias: false,
    moe: 'every-layer',
    headBias: 'lm_head_bias',
    slidingWindow: 'all-layers',
  },
  // gpt-oss (modeling_gpt_oss.py): biased q/k/v/o when attention_bias, a sink logit per head, every layer MoE with biased
  // SwiGLU experts and a biased router, sliding window on every other layer (layer_types), untied head.
  gpt_oss: {
    ...llamaLike,
    configClass: 'GptOssConfig',
    mlpBias: true,
    moe: 'every-layer',
    routerBias: 'always',
    routerLinear: false,
    // GptOssExperts: gate_up_proj and down_proj are nn.Parameter tensors of all experts, not linears.
    expertsFused: true,
    sinks: true,
    slidingWindow: 'alternate',
  },
  // Phi-1.5 / Phi-2 (modeling_phi.py): one LayerNorm per layer (attention and MLP in parallel), biases on
  // every linear including lm_head, a GELU MLP (fc1, fc2), partial rotary embeddings (no parameters). PhiAttention's linears are
  // q_proj, k_proj, v_proj and dense, PhiMLP's fc1 and fc2: PEFT reaches them by those names alone (o_proj, up_proj, down_proj
  // or the first remote code's Wqkv and out_proj find nothing).
  phi: { ...phiLayers, configClass: 'PhiConfig', moduleNames: PHI_NAMES },
  // Phi-1, 1.5 and 2 in their first remote code (modeling_mixformer_sequential.py, then modeling_phi.py's phi-msft): Phi's
  // parallel layers under GPT-2's keys (n_embd, n_layer, n_head; n_inner null: 4 · n_embd), the biased lm_head behind its
  // own LayerNorm (counted as Phi's final norm).
  'mixformer-sequential': { ...phiLayers, configClass: 'MixFormerSequentialConfig', ffnFromHidden: 4 },
  'phi-msft': { ...phiLayers, configClass: 'PhiConfig', ffnFromHidden: 4 },
  olmo: { ...llamaLike, configClass: 'OlmoConfig', norm: 'layernorm-nonparam', qkvBias: false, outBias: false, mlpBias: false },
  gpt2: {
    ...BIASED_LAYERNORM,
    configClass: 'GPT2Config',
    ffnFromHidden: 4,
    // (Conv1D's c_attn: q, k and v in one.)
    fusedLinears: [['q', 'k', 'v']],
  },
  // BTLM (Cerebras' btlm-3b-8k, modeling_btlm.py): GPT-2's biased Conv1D c_attn and c_proj and LayerNorms, a SwiGLU MLP of
  // n_inner with biased c_fc, c_fc2 and c_proj, ALiBi (BTLMConfig's position_embedding_type, no wpe), the head tied to wte; its
  // muP scales are scalars of the config, not parameters.
  btlm: {
    ...BIASED_LAYERNORM,
    configClass: 'BTLMConfig',
    ffn: 'gated',
    positions: 'relative',
    fusedLinears: [['q', 'k', 'v']],
  },
  gpt_neox: { ...neoxLayers, configClass: 'GPTNeoXConfig' },
  // Persimmon (modeling_persimmon.py, Adept's Persimmon-8B and Fuyu's language model): GPT-NeoX's biased query_key_value,
  // dense and MLP of dense_h_to_4h / dense_4h_to_h (relu2), LayerNorms, partial rotary positions (no parameters), untied; a
  // LayerNorm with its bias over each head of q and k when qk_layernorm (the class default).
  persimmon: {
    ...neoxLayers,
    configClass: 'PersimmonConfig',
    defaults: { vocab: 262144, hidden: 4096, ffnWidth: 16384, layers: 36, heads: 64 },
  },
  // OpenAssistant's reward model (model_training/models/reward_model.py): GPT-NeoX's layers, a value head for the LM head.
  gpt_neox_reward_model: { ...neoxLayers, configClass: 'GPTNeoXRewardModelConfig' },
  // Falcon (modeling_falcon.py): fused query_key_value, attention and MLP in parallel off one LayerNorm (two, ln_attn and
  // ln_mlp, in the new decoder architecture of Falcon-40B/180B), a GELU MLP of 4h, `bias` on every linear or none, rotary
  // positions, tied embeddings; keys and values: one head (multi_query) or num_kv_heads (falconOverrides).
  falcon: { ...falconLayers, configClass: 'FalconConfig' },
  // BLOOM (modeling_bloom.py): fused biased query_key_value and dense, a biased GELU MLP of 4h, two LayerNorms per layer, a
  // LayerNorm after the word embedding (word_embeddings_layernorm), ALiBi (no position table), tied.
  bloom: {
    configClass: 'BloomConfig',
    ffn: 'plain',
    norm: 'layernorm',
    positions: 'relative',
    tiedDefault: true,
    qkvBias: true,
    outBias: true,
    mlpBias: true,
    ffnFromHidden: 4,
    embeddingNorm: true,
    fusedLinears: [['q', 'k', 'v']],
  },
  // Falcon's first release (RWConfig, modelling_RW.py; tiiuae/falcon-7b before transformers took it in): the same layers under
  // the keys n_layer / n_head, multi_query and parallel_attn.
  RefinedWebModel: { ...falconLayers, configClass: 'RWConfig' },
  // Falcon-40B's release (model_type RefinedWeb, its own modelling_RW.py): what transformers calls the new decoder
  // architecture, ln_attn and ln_mlp in every layer and n_head_kv key/value heads.
  RefinedWeb: { ...falconLayers, configClass: 'RWConfig' },
  // BART (modeling_bart.py): post-norm LayerNorm layers with biased attention and GELU MLP, layernorm_embedding in each stack
  // (its two norms), learned positions in each (offset 2), the head tied to the shared embedding (final_logits_bias is a buffer).
  bart: {
    ...bartLike,
    configClass: 'BartConfig',
  },
  // Whisper (modeling_whisper.py): BART's layers pre-norm, k_proj without a bias, a final LayerNorm in each stack, the audio
  // encoder's convolutions and frozen sinusoidal positions, the decoder's learned ones, proj_out tied.
  whisper: {
    ...bartLike,
    configClass: 'WhisperConfig',
  },
  // mBART (modeling_mbart.py): BART's layers pre-norm, and a final LayerNorm in each stack besides layernorm_embedding.
  mbart: {
    ...bartLike,
    configClass: 'MBartConfig',
  },
  // M2M-100 and NLLB-200 (modeling_m2m_100.py): mBART's pre-norm layers and a final LayerNorm in each stack, but no
  // layernorm_embedding and M2M100SinusoidalPositionalEmbedding's positions, a buffer with no parameters; the embedding scaled
  // by sqrt(d_model) (scale_embedding) and shared by both stacks and the head.
  m2m_100: {
    ...bartLike,
    positions: 'none',
    configClass: 'M2M100Config',
  },
  // Marian (modeling_marian.py, the OPUS-MT translation models): BART's post-norm layers without layernorm_embedding or a final
  // norm in either stack, MarianSinusoidalPositionalEmbedding's max_position_embeddings rows in each (frozen, but parameters of
  // an nn.Embedding: counted), one embedding for both stacks and the head unless share_encoder_decoder_embeddings is false.
  marian: {
    ...bartLike,
    configClass: 'MarianConfig',
  },
  // mT5 (MT5Config): T5's layers; its configs untie the head (tie_word_embeddings false).
  mt5: {
    configClass: 'MT5Config',
    ffn: 'from-t5-keys',
    norm: 'rmsnorm',
    positions: 'relative',
    tiedDefault: false,
    qkvBias: false,
    outBias: false,
    mlpBias: false,
    encoderDecoder: true,
  },
  t5: {
    configClass: 'T5Config',
    ffn: 'from-t5-keys',
    norm: 'rmsnorm',
    positions: 'relative',
    tiedDefault: true,
    qkvBias: false,
    outBias: false,
    mlpBias: false,
    encoderDecoder: true,
  },
};

/**
 * Vision-language configs: the language model is read as the text model_type it names, from `text_config` (or, for
 * Qwen2-VL and Qwen2.5-VL's original configs, the top level, which their config classes still read), the vision encoder
 * from `vision_config` with its config class's defaults.
 */
export const HF_MULTIMODAL: Readonly<
  Record<
    string,
    {
      readonly text: string;
      readonly textAtTop?: boolean;
      /**
       * The key holding the language model's config where it is not text_config (InternVL's remote code: llm_config; a dotted
       * path for one nested deeper, Qwen3-Omni's thinker_config.text_config).
       */
      readonly textKey?: string;
      readonly vision: VisionSpec['kind'];
      readonly visionClass: string;
      /** The key holding the vision encoder's config where it is not vision_config (VideoLLaMA3: vision_encoder_config). */
      readonly visionKey?: string;
      /**
       * A remote-code wrapper whose config may hold modules of its own beyond these (MiniCPM-V's gene_config): each `*_config`
       * besides the keys listed here is said as not counted (uncountedParts).
       */
      readonly ownConfigs?: readonly string[];
    }
  >
> = {
  gemma3: { text: 'gemma3_text', vision: 'siglip', visionClass: 'SiglipVisionConfig' },
  // PaliGemma 1 / 2 (modeling_paligemma.py): the Gemma (or Gemma 2) text_config names, SigLIP's tower without its head, and
  // PaliGemmaMultiModalProjector (one biased linear, vision hidden_size → projection_dim).
  paligemma: { text: 'gemma', vision: 'paligemma', visionClass: 'SiglipVisionConfig' },
  // Fuyu (modeling_fuyu.py FuyuForCausalLM): Persimmon's language model (text_config, or the keys at the top of Adept's own
  // config) and vision_embed_tokens, one biased linear from each raw image patch to the text width: no vision tower.
  fuyu: { text: 'persimmon', textAtTop: true, vision: 'fuyu', visionClass: 'FuyuConfig' },
  // Florence-2 (its remote modeling_florence2.py Florence2ForConditionalGeneration, transformers' modeling_florence2.py): BART's
  // encoder–decoder as the language model (text_config, Florence2LanguageConfig's keys) and DaViT without its head and final
  // norm, image_projection, image_proj_norm and a learned 2-D position table (davitVision).
  florence2: { text: 'bart', vision: 'davit', visionClass: 'Florence2VisionConfig' },
  qwen2_vl: { text: 'qwen2', textAtTop: true, vision: 'qwen2_vl', visionClass: 'Qwen2VLVisionConfig' },
  // Qwen-VL (Qwen/Qwen-VL, Qwen-VL-Chat: model_type qwen, QWenLMHeadModel with a `visual` block; remote modeling_qwen.py and
  // visual.py): Qwen's language model at the top and VisionTransformer(**config.visual), ViT-bigG with its Resampler.
  qwen_vl: { text: 'qwen', textAtTop: true, vision: 'qwen_vl', visionClass: 'VisionTransformer', visionKey: 'visual' },
  qwen2_5_vl: { text: 'qwen2', textAtTop: true, vision: 'qwen2_5_vl', visionClass: 'Qwen2_5_VLVisionConfig' },
  qwen3_vl: { text: 'qwen3', vision: 'qwen3_vl', visionClass: 'Qwen3VLVisionConfig' },
  qwen3_vl_moe: { text: 'qwen3_moe', vision: 'qwen3_vl', visionClass: 'Qwen3VLMoeVisionConfig' },
  // Qwen3-Omni (modeling_qwen3_omni_moe.py Qwen3OmniMoeForConditionalGeneration): the thinker's language model (Qwen3's MoE,
  // thinker_config.text_config) and its vision encoder (Qwen3-VL's tower with its deepstack mergers); the thinker's audio
  // encoder, the talker and code2wav said as not counted.
  qwen3_omni_moe: {
    text: 'qwen3_moe',
    textKey: 'thinker_config.text_config',
    vision: 'qwen3_vl',
    visionClass: 'Qwen3OmniMoeVisionEncoderConfig',
    visionKey: 'thinker_config.vision_config',
    ownConfigs: ['thinker_config', 'thinker_config.vision_config'],
  },
  // Qwen2.5-Omni (modeling_qwen2_5_omni.py Qwen2_5OmniForConditionalGeneration): the thinker's language model (Qwen2's layers,
  // thinker_config.text_config) and its vision encoder (Qwen2.5-VL's tower and merger); the thinker's audio encoder, the talker
  // and token2wav said as not counted.
  qwen2_5_omni: {
    text: 'qwen2',
    textKey: 'thinker_config.text_config',
    vision: 'qwen2_5_vl',
    visionClass: 'Qwen2_5OmniVisionEncoderConfig',
    visionKey: 'thinker_config.vision_config',
    ownConfigs: ['thinker_config', 'thinker_config.vision_config'],
  },
  // GLM-4.1V / GLM-4.5V (modeling_glm4v.py, modeling_glm4v_moe.py): GLM-4's (or GLM-4.5 MoE's) language model in text_config
  // and Glm4vVisionModel (the glm4v tower below).
  glm4v: { text: 'glm4', vision: 'glm4v', visionClass: 'Glm4vVisionConfig' },
  glm4v_moe: { text: 'glm4_moe', vision: 'glm4v', visionClass: 'Glm4vMoeVisionConfig' },
  // Qwen3.5 (modeling_qwen3_5_moe.py): Qwen3-Next's language model (Gated DeltaNet and gated attention, a MoE with a gated
  // shared expert) as Qwen3_5MoeTextConfig holds it, and Qwen3-VL's vision tower.
  qwen3_5_moe: { text: 'qwen3_5_moe_text', vision: 'qwen3_vl', visionClass: 'Qwen3_5MoeVisionConfig' },
  // Dense Qwen3.5 / 3.6 (modeling_qwen3_5.py Qwen3_5ForConditionalGeneration): its text model (qwen3_5_text) and the same tower.
  qwen3_5: { text: 'qwen3_5_text', vision: 'qwen3_vl', visionClass: 'Qwen3_5VisionConfig' },
  llama4: { text: 'llama4_text', vision: 'llama4', visionClass: 'Llama4VisionConfig' },
  // SigLIP (modeling_siglip.py SiglipModel): the text tower as an encoder, the vision tower with its pooling head and the text head.
  siglip: { text: 'siglip_text_model', vision: 'siglip_model', visionClass: 'SiglipVisionConfig' },
  // CLIP (modeling_clip.py CLIPModel): the text tower as an encoder, the vision tower with both projections.
  clip: { text: 'clip_text_model', vision: 'clip', visionClass: 'CLIPVisionConfig' },
  // Mistral Small 3.1 / 3.2 (modeling_mistral3.py): a Mistral text model and the Pixtral vision tower.
  mistral3: { text: 'mistral', vision: 'pixtral', visionClass: 'PixtralVisionConfig' },
  // Llama 3.2 Vision (modeling_mllama.py MllamaForConditionalGeneration): the text model with its cross-attention layers and
  // MllamaVisionModel with its projector.
  mllama: { text: 'mllama_text_model', vision: 'mllama', visionClass: 'MllamaVisionConfig' },
  // Kimi K2.5 (its modeling_kimi_k25.py KimiK25ForConditionalGeneration): Kimi K2's language model (text_config, kimi_k2 on
  // DeepseekV3ForCausalLM: DeepSeek-V3's layers) and MoonViT with its patch-merger projector.
  kimi_k25: { text: 'deepseek_v3', vision: 'moonvit', visionClass: 'KimiK25VisionConfig' },
  // Kimi K3 (its modeling_kimi_k3.py KimiK3ForConditionalGeneration): Kimi Linear's language model with K3's additions
  // (text_config kimi_linear) and MoonViT-V2 with its patch-merger projector.
  kimi_k3: { text: 'kimi_linear', vision: 'moonvit2', visionClass: 'KimiK3VisionConfig' },
  // Kimi-VL (remote modeling_kimi_vl.py KimiVLForConditionalGeneration): its DeepSeek-V3-style MoE language model
  // (text_config, Moonlight's shapes), MoonVitPretrainedModel (the same tower: a biased patch conv, a learned
  // init_pos_emb_height × init_pos_emb_width table, biased LayerNorm blocks, a final LayerNorm) and
  // KimiVLMultiModalProjector (pre_norm over h_v, then linear_1 M → M and linear_2 M → h, both biased, M = h_v·m²).
  kimi_vl: { text: 'deepseek_v3', vision: 'moonvit', visionClass: 'MoonViTConfig' },
  // LFM2-VL (modeling_lfm2_vl.py Lfm2VlForConditionalGeneration): LFM2's hybrid language model and SigLIP 2 NaFlex with
  // Lfm2VlMultiModalProjector; the head tied to the embedding (Lfm2Config).
  lfm2_vl: { text: 'lfm2', vision: 'siglip2', visionClass: 'Siglip2VisionConfig' },
  // ERNIE 4.5 VL: the language model's keys at the top in Baidu's own config (model_type ernie4_5_moe_vl), in text_config in
  // transformers' (ernie4_5_vl_moe); ERNIE 4.5 MoE's layers with modality-isolated experts (ernieVlMoe) and its DFN ViT with
  // the variable-resolution resampler.
  ernie4_5_moe_vl: { text: 'ernie4_5_moe', textAtTop: true, vision: 'ernie_vl', visionClass: 'DFNRopeVisionTransformerConfig' },
  ernie4_5_vl_moe: { text: 'ernie4_5_moe', vision: 'ernie_vl', visionClass: 'Ernie4_5_VLMoeVisionConfig' },
  // Idefics3 (modeling_idefics3.py Idefics3ForConditionalGeneration: granite-docling, SmolDocling) and SmolVLM (its modular
  // copy, modeling_smolvlm.py): the Llama text model text_config names, SigLIP's tower and the pixel-shuffle connector.
  idefics3: { text: 'llama', vision: 'idefics3', visionClass: 'Idefics3VisionConfig' },
  smolvlm: { text: 'llama', vision: 'idefics3', visionClass: 'SmolVLMVisionConfig' },
  // LLaVA 1.5, LLaVA-NeXT and LLaVA-NeXT-Video (modeling_llava.py, modeling_llava_next.py, modeling_llava_next_video.py): the
  // text model text_config names (Llama, LlavaConfig's default), CLIP's vision tower (AutoModel of vision_config) and the
  // two-layer projector; LLaVA-NeXT's image_newline; LLaVA-NeXT-Video's pooler (a Conv2d only when spatial_pool_mode is conv).
  llava: { text: 'llama', vision: 'llava', visionClass: 'CLIPVisionConfig' },
  llava_next: { text: 'llama', vision: 'llava', visionClass: 'CLIPVisionConfig' },
  llava_next_video: { text: 'llama', vision: 'llava', visionClass: 'CLIPVisionConfig' },
  // InternVL 1.5 to 3 (remote modeling_internvl_chat.py InternVLChatModel): the language model llm_config names (InternLM2,
  // Llama, Qwen2), InternViT (modeling_intern_vit.py) and mlp1; transformers' InternVLForConditionalGeneration (internvl,
  // modeling_internvl.py) is the same model with its language model in text_config (Qwen2 by InternVLConfig's default).
  internvl_chat: { text: 'internlm2', textKey: 'llm_config', vision: 'intern_vit', visionClass: 'InternVisionConfig' },
  internvl: { text: 'qwen2', vision: 'intern_vit', visionClass: 'InternVLVisionConfig' },
  // EXAONE 4.5 (modular_exaone4_5.py Exaone4_5_ForConditionalGeneration): EXAONE 4's text model (text_config's exaone4_5_text
  // is read as exaone4, as Exaone4_5_Config does; its MTP layer beside the total) and Qwen2.5-VL's tower with grouped KV heads.
  exaone4_5: { text: 'exaone4', vision: 'qwen2_5_vl', visionClass: 'Exaone4_5_VisionConfig' },
  // LocateAnything (remote modeling_locateanything.py LocateAnythingForConditionalGeneration): Qwen2 (text_config), MoonViT
  // (MoonViTPreTrainedEncoder: the tower, its patch merger a reshape) and InternVL's mlp1 over the merged patches.
  locateanything: { text: 'qwen2', vision: 'moonvit', visionClass: 'MoonViTConfig' },
  // BLIP captioning (modeling_blip.py BlipForConditionalGeneration): BlipVisionModel and the text decoder attending to it.
  blip: { text: 'blip_text_model', vision: 'blip', visionClass: 'BlipVisionConfig' },
  // Gemma 4 (modeling_gemma4.py Gemma4ForConditionalGeneration): its text model and Gemma4VisionModel with embed_vision; the
  // E2B / E4B audio tower (audio_config, a Conformer) with embed_audio (gemma4Audio; said as not counted where audio_config
  // leaves a shape unstated). Without vision_config no tower.
  gemma4: {
    text: 'gemma4_text',
    vision: 'gemma4',
    visionClass: 'Gemma4VisionConfig',
    ownConfigs: ['text_config', 'vision_config', 'quantization_config'],
  },
  // MiniCPM-V 2.6 (remote modeling_minicpmv.py MiniCPMV: MiniCPMVConfig is a Qwen2Config, its keys at the top): Qwen2's
  // language model, the SigLIP tower of modeling_navit_siglip.py (its last layer dropped when drop_vision_last_layer) and the
  // Resampler of query_num queries (resampler.py). openbmb/MiniCPM-V-2_6: 8,099,175,152, its checkpoint's BF16 count. Other
  // versions of the model_type (2.5's Llama 3, 4.x's) are refused by their version (multimodalVariant).
  minicpmv: {
    text: 'qwen2',
    textAtTop: true,
    vision: 'minicpmv',
    visionClass: 'SiglipVisionConfig',
    ownConfigs: ['vision_config', 'slice_config', 'quantization_config'],
  },
  // VideoLLaMA3 (remote Videollama3Qwen2ForCausalLM, a Qwen2ForCausalLM; transformers' modeling_video_llama_3.py ports it):
  // Qwen2's keys at the top, the SigLIP-style encoder of vision_encoder_config (2-D RoPE, no position table) and the
  // mm_projector_type MLP.
  videollama3_qwen2: {
    text: 'qwen2',
    textAtTop: true,
    vision: 'videollama3',
    visionClass: 'Videollama3VisionEncoderConfig',
    visionKey: 'vision_encoder_config',
    ownConfigs: ['vision_encoder_config', 'quantization_config'],
  },
  // LLaVA-OneVision-1.5 (remote modeling_llavaonevision1_5.py, no model_type in its config.json): its text model
  // (LLaVAOneVision1_5_text) is Qwen3's layers (q_norm and k_norm over the head, no biases) and RICE-ViT with its patch merger.
  llavaonevision1_5: {
    text: 'qwen3',
    vision: 'rice',
    visionClass: 'RiceConfig',
    ownConfigs: ['text_config', 'vision_config', 'quantization_config'],
  },
};

/**
 * Each vision config class's keys for the encoder's sizes, with its defaults (configuration_siglip.py,
 * configuration_qwen2_vl.py, configuration_qwen2_5_vl.py, configuration_qwen3_vl.py). Qwen2-VL's width is embed_dim and its
 * MLP embed_dim × mlp_ratio; its hidden_size is the language model's width, the merger's output.
 */
/** SiglipVisionConfig's keys and defaults (Gemma 3's tower and SiglipModel's). */
const SIGLIP_VISION_KEYS = {
  layers: [['num_hidden_layers'], 12],
  hidden: [['hidden_size'], 768],
  ffnWidth: [['intermediate_size'], 3072],
  patch: [['patch_size'], 16],
  imageSize: [['image_size'], 224],
  channels: [['num_channels'], 3],
} as const;

const VISION_KEYS: Readonly<Record<VisionSpec['kind'], Readonly<Record<string, readonly [readonly string[], number]>>>> = {
  siglip: SIGLIP_VISION_KEYS,
  paligemma: { ...SIGLIP_VISION_KEYS, projectorOut: [['projection_dim'], 2048] },
  // (Fuyu has no tower: fuyuVision reads its patch size and channels; a VisionEncoderDecoderModel's ViT or DeiT encoder is read
  // by hfVisionEncoderDecoder.ts.)
  fuyu: {},
  vit: {},
  deit: {},
  davit: {},
  siglip_model: SIGLIP_VISION_KEYS,
  // Qwen-VL's visual (its VisionTransformer's arguments; 3 input channels, fixed in the code); the MLP from mlp_ratio.
  qwen_vl: {
    layers: [['layers'], 48],
    hidden: [['width'], 1664],
    patch: [['patch_size'], 14],
    imageSize: [['image_size'], 448],
    channels: [['in_channels'], 3],
    heads: [['heads'], 16],
    outHidden: [['output_dim'], 4096],
  },
  qwen2_vl: {
    layers: [['depth'], 32],
    hidden: [['embed_dim'], 1280],
    patch: [['patch_size', 'spatial_patch_size'], 14],
    channels: [['in_channels', 'in_chans'], 3],
    temporalPatch: [['temporal_patch_size'], 2],
    mergeSize: [['spatial_merge_size'], 2],
    outHidden: [['hidden_size'], 3584],
  },
  qwen2_5_vl: {
    layers: [['depth'], 32],
    hidden: [['hidden_size'], 3584],
    ffnWidth: [['intermediate_size'], 3420],
    patch: [['patch_size', 'spatial_patch_size'], 14],
    channels: [['in_channels', 'in_chans'], 3],
    temporalPatch: [['temporal_patch_size'], 2],
    mergeSize: [['spatial_merge_size'], 2],
    outHidden: [['out_hidden_size'], 3584],
  },
  qwen3_vl: {
    layers: [['depth'], 27],
    hidden: [['hidden_size'], 1152],
    ffnWidth: [['intermediate_size'], 4304],
    patch: [['patch_size'], 16],
    channels: [['in_channels'], 3],
    temporalPatch: [['temporal_patch_size'], 2],
    mergeSize: [['spatial_merge_size'], 2],
    outHidden: [['out_hidden_size'], 3584],
    positions: [['num_position_embeddings'], 2304],
  },
  clip: {
    layers: [['num_hidden_layers'], 12],
    hidden: [['hidden_size'], 768],
    ffnWidth: [['intermediate_size'], 3072],
    patch: [['patch_size'], 32],
    imageSize: [['image_size'], 224],
    channels: [['num_channels'], 3],
  },
  pixtral: {
    layers: [['num_hidden_layers'], 24],
    hidden: [['hidden_size'], 1024],
    ffnWidth: [['intermediate_size'], 4096],
    patch: [['patch_size'], 16],
    imageSize: [['image_size'], 1024],
    channels: [['num_channels'], 3],
  },
  mllama: {
    layers: [['num_hidden_layers'], 32],
    hidden: [['hidden_size'], 1280],
    ffnWidth: [['intermediate_size'], 5120],
    patch: [['patch_size'], 14],
    imageSize: [['image_size'], 560],
    channels: [['num_channels'], 3],
    outHidden: [['vision_output_dim'], 7680],
    globalLayers: [['num_global_layers'], 8],
    tiles: [['max_num_tiles'], 4],
  },
  // MoonViT (KimiK25's vision_config: vt_* keys; MoonViT3dConfig's defaults).
  moonvit: {
    layers: [['vt_num_hidden_layers', 'num_hidden_layers'], 27],
    hidden: [['vt_hidden_size', 'hidden_size'], 1152],
    ffnWidth: [['vt_intermediate_size', 'intermediate_size'], 4304],
    patch: [['patch_size'], 14],
    channels: [['in_channels'], 3],
  },
  // MoonViT-V2 (Kimi K3's vision_config, its modeling_kimi_k3.py): vt_* keys, and the attention's width qkv_hidden_size over
  // vt_num_attention_heads heads.
  moonvit2: {
    layers: [['vt_num_hidden_layers'], 27],
    hidden: [['vt_hidden_size'], 1024],
    ffnWidth: [['vt_intermediate_size'], 4096],
    patch: [['patch_size'], 14],
    channels: [['in_channels'], 3],
    heads: [['vt_num_attention_heads'], 12],
  },
  // Glm4vVisionConfig: the blocks' gated MLP is out_hidden_size wide, the merger's intermediate_size; (image_size / patch)²
  // learned positions (glm4vVision).
  glm4v: {
    layers: [['depth'], 24],
    hidden: [['hidden_size'], 1536],
    ffnWidth: [['out_hidden_size'], 4096],
    patch: [['patch_size'], 14],
    imageSize: [['image_size'], 336],
    channels: [['in_channels'], 3],
    temporalPatch: [['temporal_patch_size'], 2],
    mergeSize: [['spatial_merge_size'], 2],
    outHidden: [['out_hidden_size'], 4096],
    projectorHidden: [['intermediate_size'], 13696],
  },
  // Siglip2VisionConfig: num_patches positions (NaFlex resizes them to each image).
  siglip2: {
    layers: [['num_hidden_layers'], 12],
    hidden: [['hidden_size'], 768],
    ffnWidth: [['intermediate_size'], 3072],
    patch: [['patch_size'], 16],
    channels: [['num_channels'], 3],
    positions: [['num_patches'], 256],
  },
  // ERNIE 4.5 VL's ViT: embed_dim (Baidu's) or hidden_size (transformers'), depth, the MLP embed_dim × mlp_ratio or
  // intermediate_size; the resampler's merges (ernieVision).
  ernie_vl: {
    layers: [['depth'], 32],
    hidden: [['embed_dim', 'hidden_size'], 1280],
    ffnWidth: [['intermediate_size'], 5120],
    patch: [['patch_size', 'spatial_patch_size'], 14],
    channels: [['in_channels', 'in_chans'], 3],
    mergeSize: [['spatial_merge_size'], 2],
    temporalPatch: [['temporal_merge_size'], 2],
  },
  // Idefics3VisionConfig (SmolVLMVisionConfig's defaults are the same).
  idefics3: {
    layers: [['num_hidden_layers'], 12],
    hidden: [['hidden_size'], 1152],
    ffnWidth: [['intermediate_size'], 3072],
    patch: [['patch_size'], 32],
    imageSize: [['image_size'], 224],
    channels: [['num_channels'], 3],
  },
  // CLIPVisionConfig (LLaVA's vision_config).
  llava: {
    layers: [['num_hidden_layers'], 12],
    hidden: [['hidden_size'], 768],
    ffnWidth: [['intermediate_size'], 3072],
    patch: [['patch_size'], 32],
    imageSize: [['image_size'], 224],
    channels: [['num_channels'], 3],
  },
  // BlipVisionConfig (configuration_blip.py).
  blip: {
    layers: [['num_hidden_layers'], 12],
    hidden: [['hidden_size'], 768],
    ffnWidth: [['intermediate_size'], 3072],
    patch: [['patch_size'], 16],
    imageSize: [['image_size'], 384],
    channels: [['num_channels'], 3],
  },
  // InternVisionConfig (remote configuration_intern_vit.py: InternViT-6B's defaults); transformers' InternVLVisionConfig in
  // INTERNVL_VISION_KEYS.
  intern_vit: {
    layers: [['num_hidden_layers'], 48],
    hidden: [['hidden_size'], 3200],
    ffnWidth: [['intermediate_size'], 12800],
    patch: [['patch_size'], 14],
    imageSize: [['image_size'], 224],
    channels: [['num_channels'], 3],
  },
  // A remote-code wrapper's SigLIP tower alone; MiniCPM-V's (SiglipVisionConfig's defaults).
  siglip_tower: SIGLIP_VISION_KEYS,
  minicpmv: SIGLIP_VISION_KEYS,
  // VideoLLaMA3's vision_encoder_config: its shape keys are required (multimodalVariant); 3 channels.
  videollama3: {
    layers: [['num_hidden_layers'], 0],
    hidden: [['hidden_size'], 0],
    ffnWidth: [['intermediate_size'], 0],
    patch: [['patch_size'], 0],
    channels: [['num_channels'], 3],
  },
  // Gemma4VisionConfig (configuration_gemma4.py): E2B's tower; 3 channels (the patch embedding reads RGB).
  gemma4: {
    layers: [['num_hidden_layers'], 16],
    hidden: [['hidden_size'], 768],
    ffnWidth: [['intermediate_size'], 3072],
    patch: [['patch_size'], 16],
    channels: [['num_channels'], 3],
    heads: [['num_attention_heads'], 12],
    kvHeads: [['num_key_value_heads'], 12],
    headDim: [['head_dim'], 64],
    positions: [['position_embedding_size'], 10240],
  },
  // RiceConfig (configuration_llavaonevision1_5.py).
  rice: {
    layers: [['depth'], 24],
    hidden: [['hidden_size', 'embed_dim'], 1024],
    ffnWidth: [['intermediate_size'], 4096],
    patch: [['patch_size'], 14],
    channels: [['in_channels'], 3],
    mergeSize: [['spatial_merge_size'], 2],
    outHidden: [['text_hidden_size'], 2560],
    heads: [['num_heads'], 16],
  },
  llama4: {
    layers: [['num_hidden_layers'], 34],
    hidden: [['hidden_size'], 768],
    ffnWidth: [['intermediate_size'], 5632],
    patch: [['patch_size'], 14],
    imageSize: [['image_size'], 448],
    channels: [['num_channels'], 3],
    outHidden: [['vision_output_dim'], 7680],
    projectorIn: [['projector_input_dim'], 4096],
    projectorOut: [['projector_output_dim'], 4096],
  },
};

/** transformers' InternVLVisionConfig: InternVL3-1B's tower (image_size and patch_size [448, 448] and [14, 14]). */
const INTERNVL_VISION_KEYS: Readonly<Record<string, readonly [readonly string[], number]>> = {
  layers: [['num_hidden_layers'], 24],
  hidden: [['hidden_size'], 1024],
  ffnWidth: [['intermediate_size'], 4096],
  patch: [['patch_size'], 14],
  imageSize: [['image_size'], 448],
  channels: [['num_channels'], 3],
};

/** LlavaConfig's vision_config when it has none: CLIP ViT-L/14 at 336 (configuration_llava.py). */
const LLAVA_DEFAULT_VISION_KEYS: Readonly<Record<string, readonly [readonly string[], number]>> = {
  layers: [['num_hidden_layers'], 24],
  hidden: [['hidden_size'], 1024],
  ffnWidth: [['intermediate_size'], 4096],
  patch: [['patch_size'], 14],
  imageSize: [['image_size'], 336],
  channels: [['num_channels'], 3],
};

/** A size written as one integer or a square pair ([448, 448]): the pair's fact, its first entry. */
function squareSize(v: FactReader, key: string): Sourced<number> | undefined {
  const f = v.present(key);
  if (f && Array.isArray(f.value) && f.value.length === 2 && typeof f.value[0] === 'number' && f.value[0] === f.value[1] && Number.isInteger(f.value[0]))
    return fromFact(f.value[0], f);
  return undefined;
}

/** The vision encoder of a vision-language config, each size from `vision_config` or the class default. */
function visionSpec(reader: FactReader, kind: VisionSpec['kind'], visionClass: string, family = '', visionKey = 'vision_config'): VisionSpec {
  const v = reader.under(...visionKey.split('.'));
  // LlavaConfig without a vision_config builds CLIP ViT-L/14 at 336 (its own default), not CLIPVisionConfig's defaults.
  const llavaDefault = kind === 'llava' && !reader.keys().some((k) => k.startsWith('vision_config.'));
  if (llavaDefault) visionClass = 'LlavaConfig';
  const table = visionClass === 'InternVLVisionConfig' ? INTERNVL_VISION_KEYS : llavaDefault ? LLAVA_DEFAULT_VISION_KEYS : VISION_KEYS[kind];
  const key = (field: string): Sourced<number> | undefined => {
    const k = table[field];
    if (!k) return undefined;
    const [names, dflt] = k;
    return (
      (kind === 'intern_vit' ? squareSize(v, names[0]!) : undefined) ?? v.int(names, { min: 0 }) ?? classDefault(dflt, `${visionKey}.${names[0]!}`, visionClass)
    );
  };
  const hidden = key('hidden')!;
  // Qwen2-VL: the MLP is embed_dim × mlp_ratio (4); ERNIE 4.5 VL's own config likewise (transformers': intermediate_size).
  const ratio =
    kind === 'qwen2_vl' || (kind === 'ernie_vl' && !v.has('intermediate_size'))
      ? (v.num(['mlp_ratio']) ?? classDefault(4, 'vision_config.mlp_ratio', visionClass))
      : undefined;
  // Qwen-VL: int(width × mlp_ratio), its visual block's mlp_ratio (4.9231 in its checkpoints' configs).
  const qwenVlRatio = kind === 'qwen_vl' ? (v.num(['mlp_ratio']) ?? classDefault(4.9231, `${visionKey}.mlp_ratio`, visionClass)) : undefined;
  const ffnWidth = ratio
    ? derived(Math.round(hidden.value * ratio.value), { id: 'prov.fromKey', args: { key: 'vision_config.embed_dim × mlp_ratio' } }, hidden, ratio)
    : qwenVlRatio
      ? derived(Math.floor(hidden.value * qwenVlRatio.value), { id: 'prov.fromKey', args: { key: 'visual.width × mlp_ratio' } }, hidden, qwenVlRatio)
      : key('ffnWidth')!;
  // Qwen3-VL: one more merger per deepstack_visual_indexes entry.
  const ds = kind === 'qwen3_vl' ? v.intList(['deepstack_visual_indexes']) : undefined;
  const deepstack =
    kind === 'qwen3_vl'
      ? ds
        ? derived(ds.value.length, { id: 'prov.fromKey', args: { key: 'vision_config.deepstack_visual_indexes' } }, ds)
        : classDefault(3, 'vision_config.deepstack_visual_indexes', visionClass, '[8, 16, 24]')
      : undefined;
  const opt = <K extends string>(name: K, value: Sourced<number> | undefined) => (value ? { [name]: value } : {});
  // Mllama: the aspect ratios supported_aspect_ratios lists (MllamaVisionConfig's default: the 8 of up to 4 tiles).
  const aspectRatios = (): Sourced<number> => {
    // A list of pairs: one fact per pair, at [vision_config, supported_aspect_ratios, i].
    const pairs = reader.facts.filter((f) => f.path[0] === 'vision_config' && f.path[1] === 'supported_aspect_ratios' && typeof f.path[2] === 'number');
    const at = pairs[0];
    return at
      ? { value: pairs.length, source: { kind: 'fact', file: at.file, path: at.path.slice(0, 2), range: at.valueRange } }
      : classDefault(8, 'vision_config.supported_aspect_ratios', visionClass, '8 pairs');
  };
  // MiniCPM-V: drop_vision_last_layer (MiniCPMVConfig: True) builds the tower without its last layer.
  const drop = kind === 'minicpmv' ? (reader.bool(['drop_vision_last_layer']) ?? classDefault(true, 'drop_vision_last_layer', 'MiniCPMVConfig')) : undefined;
  const towerLayers = key('layers')!;
  return {
    kind,
    layers: drop?.value ? derived(towerLayers.value - 1, { id: 'prov.fromKey', args: { key: 'drop_vision_last_layer' } }, towerLayers, drop) : towerLayers,
    hidden,
    ffnWidth,
    patch: key('patch')!,
    channels: key('channels')!,
    ...opt('imageSize', key('imageSize')),
    ...opt('temporalPatch', key('temporalPatch')),
    ...opt('mergeSize', key('mergeSize')),
    ...opt('outHidden', key('outHidden')),
    ...opt('positions', key('positions')),
    ...opt('deepstack', deepstack),
    ...opt('projectorIn', key('projectorIn')),
    ...opt('globalLayers', key('globalLayers')),
    ...opt('tiles', key('tiles')),
    ...opt('aspectRatios', kind === 'mllama' ? aspectRatios() : undefined),
    ...opt('projectorOut', key('projectorOut')),
    ...opt('heads', key('heads')),
    ...opt('kvHeads', key('kvHeads')),
    ...opt('headDim', key('headDim')),
    ...opt('projectorHidden', key('projectorHidden')),
    ...(kind === 'glm4v' ? { attentionBias: v.bool(['attention_bias']) ?? classDefault(false, `${visionKey}.attention_bias`, visionClass) } : {}),
    ...(kind === 'gemma4'
      ? {
          gemma4Vision: derived(
            {
              standardize: (v.bool(['standardize']) ?? classDefault(false, `${visionKey}.standardize`, visionClass)).value,
              clipped: (v.bool(['use_clipped_linears']) ?? classDefault(false, `${visionKey}.use_clipped_linears`, visionClass)).value,
            },
            { id: 'prov.architecture', args: { arch: 'Gemma4VisionModel' } },
          ),
        }
      : {}),
    ...(kind === 'minicpmv' ? { queries: reader.int(['query_num']) ?? classDefault(64, 'query_num', 'MiniCPMVConfig') } : {}),
    // (Qwen-VL's VisionTransformer is built with its default n_queries, 256.)
    ...(kind === 'qwen_vl' ? { queries: classDefault(256, 'visual.n_queries', 'VisionTransformer') } : {}),
    ...(kind === 'videollama3' ? videollamaProjector(reader) : {}),
    ...(kind === 'pixtral' ? mistral3Projector(reader) : {}),
    ...(kind === 'moonvit' || kind === 'moonvit2' ? moonVitPositions(v, visionClass) : {}),
    ...(kind === 'moonvit2' ? moonVit2Width(v, visionClass, key('heads')) : {}),
    ...(kind === 'siglip2' ? lfm2VlProjector(reader, v, visionClass) : {}),
    ...(kind === 'ernie_vl' ? ernieResampler(reader) : {}),
    ...(family === 'exaone4_5' ? exaoneVisionHeads(v, visionClass) : {}),
    ...(family === 'locateanything'
      ? { mlpProjector: derived(true, { id: 'prov.architecture', args: { arch: 'LocateAnythingForConditionalGeneration' } }) }
      : {}),
    ...(kind === 'idefics3'
      ? { mergeSize: reader.int(['scale_factor']) ?? classDefault(2, 'scale_factor', family === 'smolvlm' ? 'SmolVLMConfig' : 'Idefics3Config') }
      : {}),
    ...(kind === 'llava' ? llavaProjector(reader, family, hidden) : {}),
    ...(kind === 'intern_vit' ? internVit(reader, v, visionClass, key('imageSize')!, key('patch')!) : {}),
    // CLIPConfig.projection_dim (512): both towers' projections into the shared space.
    ...(kind === 'clip'
      ? {
          projectorOut: reader.int(['projection_dim']) ?? classDefault(512, 'projection_dim', 'CLIPConfig'),
        }
      : {}),
  } as VisionSpec;
}

/** Architecture class names → model_type, for configs that name only the class. */
export const HF_ARCHITECTURES: Readonly<Record<string, string>> = {
  ...HF_CLASSIC_ARCHITECTURES,
  LlamaForCausalLM: 'llama',
  MistralForCausalLM: 'mistral',
  MixtralForCausalLM: 'mixtral',
  MiniMaxM1ForCausalLM: 'minimax_m1',
  MiniMaxText01ForCausalLM: 'minimax_text_01',
  MiniMaxForCausalLM: 'minimax',
  // Ling 2.0 / Ring 2.0 (their config.json says model_type bailing_moe on BailingMoeV2ForCausalLM; Ling 1.x's BailingMoeForCausalLM
  // is another block, not read as this one).
  BailingMoeV2ForCausalLM: 'bailing_moe_v2',
  BailingMoeLinearV2ForCausalLM: 'bailing_moe_linear',
  Phi4FlashForCausalLM: 'phi4flash',
  BailingMoeForCausalLM: 'bailing_moe_v1',
  Qwen2ForCausalLM: 'qwen2',
  PhiForCausalLM: 'phi',
  Qwen2MoeForCausalLM: 'qwen2_moe',
  Qwen3ForCausalLM: 'qwen3',
  Qwen3MoeForCausalLM: 'qwen3_moe',
  DeepseekV2ForCausalLM: 'deepseek_v2',
  DeepseekV3ForCausalLM: 'deepseek_v3',
  DeepseekV32ForCausalLM: 'deepseek_v32',
  LongcatFlashForCausalLM: 'longcat_flash',
  DeepseekV4ForCausalLM: 'deepseek_v4',
  Glm4MoeLiteForCausalLM: 'glm4_moe_lite',
  ExaoneForCausalLM: 'exaone',
  Exaone4ForCausalLM: 'exaone4',
  Phi3ForCausalLM: 'phi3',
  GemmaForCausalLM: 'gemma',
  Gemma2ForCausalLM: 'gemma2',
  Gemma3ForCausalLM: 'gemma3_text',
  BertForMaskedLM: 'bert',
  BertModel: 'bert',
  BertForPreTraining: 'bert',
  RobertaForMaskedLM: 'roberta',
  XLMRobertaForMaskedLM: 'xlm-roberta',
  DistilBertForMaskedLM: 'distilbert',
  Gemma3ForConditionalGeneration: 'gemma3',
  Qwen2VLForConditionalGeneration: 'qwen2_vl',
  Qwen2_5_VLForConditionalGeneration: 'qwen2_5_vl',
  MllamaForConditionalGeneration: 'mllama',
  Qwen3VLForConditionalGeneration: 'qwen3_vl',
  Qwen3VLMoeForConditionalGeneration: 'qwen3_vl_moe',
  Qwen3OmniMoeForConditionalGeneration: 'qwen3_omni_moe',
  Glm4vForConditionalGeneration: 'glm4v',
  PaliGemmaForConditionalGeneration: 'paligemma',
  PersimmonForCausalLM: 'persimmon',
  FuyuForCausalLM: 'fuyu',
  Florence2ForConditionalGeneration: 'florence2',
  Glm4vMoeForConditionalGeneration: 'glm4v_moe',
  Qwen3_5MoeForConditionalGeneration: 'qwen3_5_moe',
  Qwen3_5ForConditionalGeneration: 'qwen3_5',
  Ministral3ForCausalLM: 'ministral3',
  HunYuanMoEV1ForCausalLM: 'hunyuan_v1_moe',
  GlmMoeDsaForCausalLM: 'glm_moe_dsa',
  KimiK25ForConditionalGeneration: 'kimi_k25',
  KimiK3ForConditionalGeneration: 'kimi_k3',
  KimiVLForConditionalGeneration: 'kimi_vl',
  Lfm2ForCausalLM: 'lfm2',
  Lfm2MoeForCausalLM: 'lfm2_moe',
  Lfm2VlForConditionalGeneration: 'lfm2_vl',
  Ernie4_5_VLMoeForConditionalGeneration: 'ernie4_5_vl_moe',
  Idefics3ForConditionalGeneration: 'idefics3',
  SmolVLMForConditionalGeneration: 'smolvlm',
  LlavaForConditionalGeneration: 'llava',
  LlavaNextForConditionalGeneration: 'llava_next',
  LlavaNextVideoForConditionalGeneration: 'llava_next_video',
  InternVLChatModel: 'internvl_chat',
  InternVLForConditionalGeneration: 'internvl',
  Exaone4_5_ForConditionalGeneration: 'exaone4_5',
  Gemma4ForConditionalGeneration: 'gemma4',
  Gemma4ForCausalLM: 'gemma4_text',
  Gemma3nForConditionalGeneration: 'gemma3n',
  Gemma3nForCausalLM: 'gemma3n_text',
  LocateAnythingForConditionalGeneration: 'locateanything',
  MiniCPMV: 'minicpmv',
  Videollama3Qwen2ForCausalLM: 'videollama3_qwen2',
  LLaVAOneVision1_5_ForConditionalGeneration: 'llavaonevision1_5',
  SmolLM3ForCausalLM: 'smollm3',
  Olmo2ForCausalLM: 'olmo2',
  Olmo3ForCausalLM: 'olmo3',
  GraniteForCausalLM: 'granite',
  GraniteMoeForCausalLM: 'granitemoe',
  SeedOssForCausalLM: 'seed_oss',
  T5GemmaForConditionalGeneration: 't5gemma',
  ApertusForCausalLM: 'apertus',
  MiniMaxM2ForCausalLM: 'minimax_m2',
  MiniMaxM3ForCausalLM: 'minimax_m3',
  MiniMaxM3SparseForCausalLM: 'minimax_m3',
  MiMoV2FlashForCausalLM: 'mimo_v2_flash',
  MiMoV2ForCausalLM: 'mimo_v2',
  MiniMindLM: 'minimind',
  RWKV7ForCausalLM: 'rwkv7',
  LLaDAModelLM: 'llada',
  GraniteMoeHybridForCausalLM: 'granitemoehybrid',
  Glm4ForCausalLM: 'glm4',
  Glm4MoeForCausalLM: 'glm4_moe',
  Step3p7FlashForCausalLM: 'step3p7',
  Dots1ForCausalLM: 'dots1',
  OlmoeForCausalLM: 'olmoe',
  HunYuanDenseV1ForCausalLM: 'hunyuan_v1_dense',
  CohereForCausalLM: 'cohere',
  Starcoder2ForCausalLM: 'starcoder2',
  NemotronForCausalLM: 'nemotron',
  ArceeForCausalLM: 'arcee',
  BloomForCausalLM: 'bloom',
  MiMoForCausalLM: 'mimo',
  RWForCausalLM: 'RefinedWebModel',
  Phi3SmallForCausalLM: 'phi3small',
  GptOssForCausalLM: 'gpt_oss',
  OlmoForCausalLM: 'olmo',
  GPT2LMHeadModel: 'gpt2',
  BTLMLMHeadModel: 'btlm',
  GPTNeoXForCausalLM: 'gpt_neox',
  FalconForCausalLM: 'falcon',
  T5ForConditionalGeneration: 't5',
  BartModel: 'bart',
  MBartForConditionalGeneration: 'mbart',
  M2M100ForConditionalGeneration: 'm2m_100',
  M2M100Model: 'm2m_100',
  MarianMTModel: 'marian',
  MarianModel: 'marian',
  MT5ForConditionalGeneration: 'mt5',
  WhisperForConditionalGeneration: 'whisper',
  WhisperModel: 'whisper',
  BartForConditionalGeneration: 'bart',
  NemotronHForCausalLM: 'nemotron_h',
  MambaForCausalLM: 'mamba',
  Mamba2ForCausalLM: 'mamba2',
  FalconMambaForCausalLM: 'falcon_mamba',
  JambaForCausalLM: 'jamba',
  FalconH1ForCausalLM: 'falcon_h1',
  Qwen3NextForCausalLM: 'qwen3_next',
  KimiLinearForCausalLM: 'kimi_linear',
  Ernie4_5_MoeForCausalLM: 'ernie4_5_moe',
  Ernie4_5_ForCausalLM: 'ernie4_5',
  InternLMForCausalLM: 'internlm',
  BaichuanForCausalLM: 'baichuan',
  MiniCPMForCausalLM: 'minicpm',
  InternLM2ForCausalLM: 'internlm2',
  Qwen3_5ForCausalLM: 'qwen3_5_text',
  ChatGLMModel: 'chatglm',
  QWenLMHeadModel: 'qwen',
  GPTNeoXRewardModel: 'gpt_neox_reward_model',
  MixFormerSequentialForCausalLM: 'mixformer-sequential',
  ChatGLMForConditionalGeneration: 'chatglm',
  Qwen3_5MoeForCausalLM: 'qwen3_5_moe_text',
  ModernBertForMaskedLM: 'modernbert',
  DebertaV2ForMaskedLM: 'deberta-v2',
  ViTForImageClassification: 'vit',
  ViTModel: 'vit',
  Wav2Vec2ForCTC: 'wav2vec2',
  Wav2Vec2ForSequenceClassification: 'wav2vec2',
  Wav2Vec2Model: 'wav2vec2',
  HubertModel: 'hubert',
  HubertForCTC: 'hubert',
  HubertForSequenceClassification: 'hubert',
  SiglipModel: 'siglip',
  DebertaV2Model: 'deberta-v2',
  DebertaV2ForSequenceClassification: 'deberta-v2',
  DebertaV2ForTokenClassification: 'deberta-v2',
  DebertaV2ForQuestionAnswering: 'deberta-v2',
  DebertaV2ForMultipleChoice: 'deberta-v2',
  ModernBertModel: 'modernbert',
  ModernBertForSequenceClassification: 'modernbert',
  ModernBertForTokenClassification: 'modernbert',
};

export function isHfConfig(r: FactReader): boolean {
  if (!r.has('model_type') && !r.has('architectures')) return false;
  // (Not a training config that names the model it loads, `model_name_or_path: "Qwen/…"` beside a `model_type: qwen2` and no
  // shape of its own: its model is the one it names, not its class's defaults.)
  return !(typeof r.fact('model_name_or_path')?.value === 'string' && ![...HF_ALIASES.layers, ...HF_ALIASES.hidden].some((k) => r.has(k)));
}

/** A transformers model class a config is given to (LlamaForCausalLM, GPT2LMHeadModel, MambaModel, …). */
const MODEL_CLASS = /(^|\.)\w+(For\w+|LMHeadModel|Model)$/;

/** Whether the script assigns `name` a model a model class's call builds (or, `fromConfig`, an auto class's from_config). */
function modelBuiltAt(facts: readonly Fact[], name: string | number | undefined, fromConfig: boolean): boolean {
  return facts.some(
    (g) =>
      g.path.length === 2 &&
      g.path[0] === name &&
      g.path[1] === '@call' &&
      typeof g.value === 'string' &&
      (MODEL_CLASS.test(g.value) || (fromConfig && /(^|\.)from_config$/.test(g.value))),
  );
}

/** The model_type of each config class (HF_MODEL_TYPES' first of that class), built on first use. */
let configClassTypes: Map<string, string> | undefined;
function typeOfConfigClass(): ReadonlyMap<string, string> {
  if (!configClassTypes) {
    configClassTypes = new Map();
    for (const [type, traits] of Object.entries(HF_MODEL_TYPES)) if (!configClassTypes.has(traits.configClass)) configClassTypes.set(traits.configClass, type);
  }
  return configClassTypes;
}

/**
 * A transformers config built by keyword in a Python script (`config = LlamaConfig(vocab_size=32000, hidden_size=512, …)`,
 * then `LlamaForCausalLM(config)`): the facts of the config.json it stands for, its keywords and the model_type of its class
 * (said where the class is named). Undefined where the script builds none.
 */
export function keywordHfConfig(facts: readonly Fact[]): Fact[] | undefined {
  // (Not a class of the project's own module that has a transformers class's name and is given keywords of its own, `from mamba
  // import MambaConfig`, `MambaConfig(d_model=256, n_layers=4)`: its defaults are not transformers'. A copy of transformers' file,
  // `from huggingface_model.qwen2.configuration_qwen2 import Qwen2Config`, or one given transformers' keywords, is read as it.)
  const own = new Set(facts.filter((f) => f.path[0] === '@from' && f.path.length === 2 && !TRANSFORMERS_COPY.test(String(f.value))).map((f) => f.path[1]));
  const transformersKeys = (f: Fact) => factsUnder(facts, f.path.slice(0, -1)).some((x) => x.path[0] === 'hidden_size' || x.path[0] === 'num_hidden_layers');
  const typeOfConfig = (f: Fact) =>
    f.path[f.path.length - 1] === '@class' && typeof f.value === 'string' && (!own.has(f.value) || transformersKeys(f))
      ? typeOfConfigClass().get(f.value.split('.').pop()!)
      : undefined;
  // (One config, given a name of its own: not a table of them, MODEL_CONFIGS = {"7b": LlamaConfig(…), "13b": …}, nor two.)
  // (Else one built where a model class is given it, `model = Qwen2ForCausalLM(Qwen2Config(return_dict=False))`: that call's
  // first argument, where the script assigns the model; not the copies inlined where the model is passed on.)
  const given = (f: Fact) => f.path.length === 4 && f.path[1] === '@args' && f.path[2] === 0 && modelBuiltAt(facts, f.path[0], false);
  const named = facts.filter((f) => typeOfConfig(f) !== undefined && f.path.length === 2);
  const built = named.length > 0 ? named : facts.filter((f) => typeOfConfig(f) !== undefined && given(f));
  const f = built.length === 1 ? built[0]! : undefined;
  if (!f) return undefined;
  const inner = factsUnder(facts, f.path.slice(0, -1)).filter((x) => x.path[0] !== '@class');
  // (The model class the script builds from it, `RobertaForMaskedLM(config=config)`: the architecture its config.json would
  // list, where it is one of the config's type.)
  const arch = builtArchitecture(facts, f, typeOfConfig(f)!);
  // (A keyword the script computes when it runs, `vocab_size=len(tokenizer)`: written, its value the run's.)
  const computed = new Set(inner.filter((x) => x.path.length === 2 && x.path[1] === '@call').map((x) => x.path[0]));
  const read = inner
    .filter((x) => x.path.length === 1 || !computed.has(x.path[0]!))
    .map((x): Fact => (computed.has(x.path[0]!) && x.value === null ? { ...x, unknown: true } : x));
  return [{ ...f, path: ['model_type'], value: typeOfConfig(f)! }, ...(arch ? [arch] : []), ...read];
}

/**
 * The architecture of the one model class a script builds from a keyword config `config` (`model = RobertaForMaskedLM(config=
 * config)`, `RobertaForMaskedLM(config)`, or the config built in the call): an `architectures` fact at the class, where the class
 * is one of the config's model type. Undefined where none is, or several.
 */
function builtArchitecture(facts: readonly Fact[], config: Fact, type: string): Fact | undefined {
  // (The config's facts inlined in the call, under its `config` keyword or as its first argument: the config itself where it is
  // built there.)
  const given = (m: string | number | undefined) =>
    facts.some((x) => x.value === config.value && x.path[0] === m && ['config.@class', '@args.0.@class'].includes(x.path.slice(1).join('.')));
  const built = facts.filter((g) => {
    if (g.path.length !== 2 || (g.path[1] !== '@class' && g.path[1] !== '@call') || typeof g.value !== 'string') return false;
    return HF_ARCHITECTURES[g.value.split('.').pop()!] === type && given(g.path[0]);
  });
  const classes = new Set(built.map((g) => String(g.value).split('.').pop()!));
  if (classes.size !== 1) return undefined;
  return { ...built[0]!, path: ['architectures'], value: [...classes] };
}

/**
 * A file that defines a transformers config class of its own (`class LMConfig(PretrainedConfig):` with `model_type = "minimind"`
 * and `def __init__(self, dim: int = 512, …)`, extract/python.ts ["@init", class, key]): the config.json it saves with its
 * defaults, and the class. One such class only.
 */
export function pretrainedConfigClass(facts: readonly Fact[]): { cls: Fact; facts: Fact[] } | undefined {
  const classes = facts.filter((f) => f.path[0] === '@init' && f.path.length === 3 && f.path[2] === '@base' && f.value === 'PretrainedConfig');
  const typed = classes.filter((c) =>
    facts.some((f) => f.path[0] === '@init' && f.path[1] === c.path[1] && f.path[2] === 'model_type' && typeof f.value === 'string'),
  );
  if (typed.length !== 1) return undefined;
  const cls = typed[0]!;
  return { cls, facts: factsUnder(facts, ['@init', cls.path[1]!]).filter((f) => f.path[0] !== '@base') };
}

/** The shapes a `from_pretrained` config's keywords may set, by the alias each sets (ShapeOverride). */
const OVERRIDABLE: readonly ShapeOverride['alias'][] = [
  'layers',
  'hidden',
  'heads',
  'kvHeads',
  'headDim',
  'ffnWidth',
  'vocab',
  'maxPositions',
  'experts',
  'topK',
  'expertWidth',
];

/**
 * A published model's config loaded with shapes of the script's own, its model then built from it (`config =
 * AutoConfig.from_pretrained("gpt2", vocab_size=len(tokenizer), n_ctx=1024)`, then `GPT2LMHeadModel(config)` or
 * `AutoModelForCausalLM.from_config(config)`): the shapes it writes, set on the model it names (`name`); a shape only the run
 * knows (`len(tokenizer)`) in `computed`; `at`, the config's name in the script. Undefined where it builds no model so.
 */
export function pretrainedConfigShapes(
  facts: readonly Fact[],
): { at: readonly (string | number)[]; name: string; shape: ShapeOverride[]; computed: Fact[] } | undefined {
  const config = facts.find(
    (f) => f.path.length === 2 && f.path[1] === '@call' && typeof f.value === 'string' && /(^|\.)\w*Config\.from_pretrained$/.test(f.value),
  );
  const name = config && facts.find((f) => f.path.length === 3 && f.path[0] === config.path[0] && f.path[1] === '@args' && f.path[2] === 0)?.value;
  if (!config || typeof name !== 'string') return undefined;
  // (The model built from it: a call whose first argument, or config=, is that config, inlined where the script passes it.)
  const builds = facts.some(
    (f) =>
      f.path.length === 4 &&
      f.path[f.path.length - 1] === '@call' &&
      f.value === config.value &&
      (f.path[1] === '@args' ? f.path[2] === 0 : f.path[1] === '@kw' && f.path[2] === 'config') &&
      modelBuiltAt(facts, f.path[0], true),
  );
  if (!builds) return undefined;
  const shape: ShapeOverride[] = [];
  const computed: Fact[] = [];
  for (const f of facts) {
    if (f.path.length !== 3 || f.path[0] !== config.path[0] || f.path[1] !== '@kw') continue;
    const alias = OVERRIDABLE.find((a) => HF_ALIASES[a].includes(String(f.path[2])));
    if (!alias) continue;
    if (typeof f.value === 'number' && Number.isInteger(f.value) && f.value > 0) shape.push({ alias, fact: { ...f, path: [f.path[2]!] } });
    else computed.push(f);
  }
  return { at: config.path.slice(0, 1), name, shape, computed };
}

/**
 * A checkpoint stored quantized (its config's quantization_config): bitsandbytes' 4-bit (NF4 or FP4, double quantization) and
 * 8-bit are the base a fine-tune on it trains its adapter over (QLoRA without a load_in_4bit of its own); another method
 * (fp8, AWQ, GPTQ, compressed-tensors, MLX) is said: counted at its parameters, its weights' bytes at the training precision.
 */
export function recognizeHf(ctx: RecognizeContext): FileRecognition {
  const read = recognizeHfModel(ctx);
  const stored = storedDtype(new FactReader(ctx.facts));
  const rec: FileRecognition = read.model && stored ? { ...read, model: { ...read.model, checkpointDtype: stored } } : read;
  const q = new FactReader(ctx.facts, ['quantization_config']);
  const at = ctx.facts.find((f) => f.path[0] === 'quantization_config');
  if (!at || !rec.model) return rec;
  const method = q.str(['quant_method']);
  const four = q.bool(['load_in_4bit']);
  const eight = q.bool(['load_in_8bit']);
  if (four?.value)
    return {
      ...rec,
      training: {
        ...rec.training,
        quantization: mapped(four, () => (q.bool(['bnb_4bit_use_double_quant'])?.value ? ('nf4-dq' as const) : ('nf4' as const))),
      },
    };
  if (eight?.value) return { ...rec, training: { ...rec.training, quantization: mapped(eight, () => 'int8' as const) } };
  const name = method?.value ?? String(q.str(['format'])?.value ?? 'quantized');
  const note = finding('assumed', 'info', { id: 'hf.quantizedCheckpoint', args: { method: name } }, { file: ctx.file, range: at.keyRange });
  return { ...rec, findings: [...rec.findings, note] };
}

/** The dtype a checkpoint's weights are stored in, where its config says (torch_dtype; transformers v5 writes dtype). */
function storedDtype(reader: FactReader): ModelSpec['checkpointDtype'] {
  const dtype = reader.str(['torch_dtype', 'dtype']);
  const v = dtype?.value;
  return dtype && (v === 'float32' || v === 'float16' || v === 'bfloat16') ? { value: v, source: dtype.source } : undefined;
}

/** Qwen-VL's config: model_type qwen (Qwen's language model) with its vision encoder in a `visual` block, read as qwen_vl. */
function withVisual(reader: FactReader, modelType: string | undefined): 'qwen_vl' | undefined {
  return modelType === 'qwen' && reader.keys().some((k) => k.startsWith('visual.')) ? 'qwen_vl' : undefined;
}

function recognizeHfModel(ctx: RecognizeContext): FileRecognition {
  const reader = new FactReader(ctx.facts);
  const modelType = reader.str(['model_type']);
  const archName = reader.firstString(['architectures']);
  // A model_type of its own on an architecture we know (Kimi K2: kimi_k2 on DeepseekV3ForCausalLM) is read as that architecture.
  const byArchitecture = HF_ARCHITECTURES[archName?.value ?? ''];
  const mmType =
    withVisual(reader, modelType?.value) ??
    (modelType && modelType.value !== 'qwen_vl' && HF_MULTIMODAL[modelType.value] ? modelType.value : HF_ARCHITECTURES[archName?.value ?? '']);
  if (mmType && HF_MULTIMODAL[mmType]) {
    const built = buildHfModel(reader, mmType, (archName ?? modelType)!);
    const mm = HF_MULTIMODAL[mmType]!;
    const visionKey = mm.visionKey ?? 'vision_config';
    const at =
      reader.fact(visionKey) ??
      reader.facts.find((f) => f.path.slice(0, visionKey.split('.').length).join('.') === visionKey) ??
      (mm.vision === 'fuyu' ? reader.fact('patch_size') : undefined);
    const v = built.model?.vision;
    const note = v
      ? [
          finding(
            'assumed',
            'info',
            v.kind === 'fuyu'
              ? { id: 'recognize.fuyuPatches', args: { inputs: v.channels.value * v.patch.value ** 2, hidden: v.hidden.value } }
              : { id: 'recognize.visionTextOnly', args: { layers: v.layers.value, hidden: v.hidden.value } },
            at ? { file: at.file, range: at.keyRange } : { file: ctx.file, range: { start: 0, end: 0 } },
          ),
        ]
      : [];
    const parts = built.model && mm.ownConfigs ? uncountedParts(reader, countedConfigs(mm, built.model)) : [];
    return { ...emptyRecognition('hf', [...built.findings, ...note, ...parts]), ...(built.model ? { model: built.model } : {}) };
  }
  // DeepSeek-VL2 / DeepSeek-OCR / DeepSeek-OCR 2 (deepseek_vl_v2): the remote code builds the vision encoder from names with
  // shapes of its own (deepencoderv2.py's Qwen2 encoder: 24 layers × 896, 14 heads, 2 KV heads, 4,864 FFN, 144 + 256 learned
  // queries; a last SAM downsampling conv of 896 channels where vision_config says 1,024), which the config does not state.
  // Counted from those shapes, DeepSeek-OCR 2 comes to 3,389,119,360 (language model 2,934,734,080; SAM-B 94,979,328; the
  // Qwen2 encoder and its queries 358,256,512; projector 1,148,160; view_seperator 1,280), 505,344 (564 × 896) short of its
  // weight index's total_size / 2 (3,389,624,704): left unexplained, it is refused rather than given inexactly.
  if (modelType?.value === 'deepseek_vl_v2') {
    const name = reader.str(['vision_config.model_name']);
    return emptyRecognition('hf', [
      ...reader.findings,
      finding(
        'unsupported',
        'error',
        { id: 'recognize.visionNotSized', args: { type: modelType.value, name: name?.value ?? '' } },
        modelType.source.kind === 'fact' ? { file: modelType.source.file, range: modelType.source.range } : { file: ctx.file, range: { start: 0, end: 0 } },
      ),
    ]);
  }
  // Ming omni (bailingmm_moe_v2_lite, BailingMM2NativeForConditionalGeneration): Ling 2.0 in llm_config, but its projectors and audio
  // encoder are sized in remote code (recognize.omniNotSized).
  if (
    modelType?.value.startsWith('bailingmm') ||
    archName?.value === 'BailingMM2NativeForConditionalGeneration' ||
    archName?.value === 'BailingMMNativeForConditionalGeneration'
  ) {
    const at = modelType ?? archName!;
    return emptyRecognition('hf', [
      ...reader.findings,
      finding(
        'unsupported',
        'error',
        { id: 'recognize.omniNotSized', args: { type: at.value } },
        at.source.kind === 'fact' ? { file: at.source.file, range: at.source.range } : { file: ctx.file, range: { start: 0, end: 0 } },
      ),
    ]);
  }
  // VisionEncoderDecoderModel (TrOCR): an encoder and a decoder config of their own.
  if (isVisionEncoderDecoder(modelType?.value, archName?.value)) return recognizeVisionEncoderDecoder(ctx, reader, (archName ?? modelType)!);
  // Molmo (remote modeling_molmo.py MolmoForCausalLM): config.json sizes the language model only; the vision backbone (a CLIP
  // ViT-L/14, an attention-pooling connector over two of its layers, an MLP projector and the pad embeddings) is sized by
  // VisionBackboneConfig's defaults inside the remote code, none of it in this file: refused rather than counted in part.
  if (modelType?.value === 'molmo') {
    return emptyRecognition('hf', [
      ...reader.findings,
      finding(
        'unsupported',
        'error',
        { id: 'recognize.molmoVision', args: { type: modelType.value } },
        modelType.source.kind === 'fact' ? { file: modelType.source.file, range: modelType.source.range } : { file: ctx.file, range: { start: 0, end: 0 } },
      ),
    ]);
  }
  const known = modelType !== undefined && HF_MODEL_TYPES[modelType.value] !== undefined;
  const typeName = known ? modelType.value : (byArchitecture ?? modelType?.value);
  const traits = typeName !== undefined ? HF_MODEL_TYPES[typeName] : undefined;
  const aliased =
    modelType && !known && traits && archName
      ? [
          finding(
            'guessed-mapping',
            'info',
            { id: 'recognize.typeByArchitecture', args: { type: modelType.value, arch: archName.value } },
            modelType.source.kind === 'fact' ? { file: modelType.source.file, range: modelType.source.range } : undefined,
          ),
        ]
      : [];
  // A wrapper in remote code this version does not know, whose language model is a sub-config of a family it reads.
  const wrapped = !traits ? wrapperModel(ctx, reader, (modelType ?? archName)!) : undefined;
  if (wrapped) return wrapped;
  if (!traits) {
    const at = modelType ?? archName;
    const where = at && at.source.kind === 'fact' ? { file: at.source.file, range: at.source.range } : { file: ctx.file, range: { start: 0, end: 0 } };
    return emptyRecognition('hf', [
      ...reader.findings,
      finding(
        'unsupported',
        'error',
        {
          id: modelType ? 'recognize.unsupportedModelType' : 'recognize.noModelType',
          // (qwen_vl is no model_type of its own: Qwen-VL's is qwen, read with its visual block.)
          args: { type: at?.value ?? '', supported: [...Object.keys(HF_MODEL_TYPES), ...Object.keys(HF_MULTIMODAL).filter((t) => t !== 'qwen_vl')].join(', ') },
        },
        where,
      ),
    ]);
  }
  const built = buildHfModel(reader, typeName!, (archName ?? modelType)!);
  return { ...emptyRecognition('hf', [...aliased, ...built.findings]), model: built.model };
}

/** A hybrid stack's reading error, where its file says it (else the file's start). */
function hybridFinding(reader: FactReader, h: { error: Message; at?: Sourced<unknown> }): Finding {
  const at =
    h.at?.source.kind === 'fact' ? { file: h.at.source.file, range: h.at.source.range } : { file: reader.facts[0]?.file ?? '', range: { start: 0, end: 0 } };
  const kind = h.error.id === 'recognize.missingKey' ? 'missing-key' : h.error.id === 'recognize.unsupportedVariant' ? 'unsupported' : 'value-type';
  return finding(kind, 'error', h.error, at);
}

/**
 * ChatGLM's own keys (configuration_chatglm.py ChatGLMConfig and its defaults). The first ChatGLM-6B's config (inner_hidden_size,
 * position_encoding_2d: its modeling_chatglm.py GLMBlock) is another model: LayerNorms with biases, query_key_value and dense
 * biased, a GELU MLP of dense_h_to_4h (h → inner_hidden_size) and dense_4h_to_h, both biased, 2-D rotary positions (no weights),
 * and lm_head tied to word_embeddings (its get_output_embeddings, PretrainedConfig's tie_word_embeddings): 6,173,286,400, its
 * README's "62 亿参数".
 */
function chatglmOverrides(reader: FactReader): ModelOverrides {
  const cls = 'ChatGLMConfig';
  const first = reader.int(['inner_hidden_size']);
  if (first || reader.has('position_encoding_2d')) {
    const byArch = <T>(value: T) => derived(value, { id: 'prov.architecture', args: { arch: 'ChatGLM-6B (GLMBlock)' } });
    const heads = reader.int(['num_attention_heads']);
    const hidden = reader.int(['hidden_size']);
    return {
      ...(heads ? { kvHeads: heads } : {}),
      qkvBias: byArch(true),
      outBias: byArch(true),
      mlpBias: byArch(true),
      norm: byArch('layernorm' as const),
      ffnKind: byArch('plain' as const),
      ...(first ? { ffnWidth: first } : hidden ? { ffnWidth: derived(4 * hidden.value, { id: 'prov.ffnFromHidden', args: { factor: 4 } }, hidden) } : {}),
      ...(reader.int(['vocab_size']) ? { vocab: reader.int(['vocab_size'])! } : {}),
      tiedEmbeddings: reader.bool(['tie_word_embeddings']) ?? classDefault(true, 'tie_word_embeddings', 'PretrainedConfig'),
      ...(reader.int(['max_sequence_length']) ? { maxPositions: reader.int(['max_sequence_length'])! } : {}),
    };
  }
  const heads = reader.int(['num_attention_heads']);
  const mqa = reader.bool(['multi_query_attention']) ?? classDefault(false, 'multi_query_attention', cls);
  const groups = reader.int(['multi_query_group_num']) ?? classDefault(1, 'multi_query_group_num', cls);
  const qkvBias = reader.bool(['add_qkv_bias']) ?? classDefault(false, 'add_qkv_bias', cls);
  const linearBias = reader.bool(['add_bias_linear']) ?? classDefault(false, 'add_bias_linear', cls);
  const rms = reader.bool(['rmsnorm']) ?? classDefault(true, 'rmsnorm', cls);
  const vocab = reader.int(['padded_vocab_size']) ?? classDefault(65024, 'padded_vocab_size', cls);
  const headDim = reader.int(['kv_channels']);
  return {
    kvHeads: mqa.value ? groups : heads,
    qkvBias,
    outBias: linearBias,
    mlpBias: linearBias,
    norm: { value: rms.value ? 'rmsnorm' : 'layernorm', source: rms.source },
    vocab,
    ...(headDim ? { headDim } : {}),
    ffnKind: classDefault('gated' as const, 'ffn (SwiGLU)', cls),
    ...(reader.has('seq_length') && !reader.has('max_position_embeddings') ? { maxPositions: reader.int(['seq_length']) } : {}),
  };
}

/** Qwen (1)'s own keys (configuration_qwen.py QWenConfig and its defaults). */
function qwenOverrides(reader: FactReader): ModelOverrides {
  const cls = 'QWenConfig';
  const noBias = reader.bool(['no_bias']) ?? classDefault(true, 'no_bias', cls);
  const bias = { value: !noBias.value, source: noBias.source };
  const fused = reader.int(['intermediate_size']) ?? classDefault(22016, 'intermediate_size', cls);
  const headDim = reader.int(['kv_channels']);
  return {
    outBias: bias,
    mlpBias: bias,
    ffnWidth: derived(Math.floor(fused.value / 2), { id: 'prov.fusedMlp' }, fused),
    ...(headDim ? { headDim } : {}),
  };
}

/**
 * BLIP's text decoder: max_position_embeddings (BlipTextConfig: 512) and an output head of its own (BlipForConditionalGeneration
 * ties nothing, whatever tie_word_embeddings says: 247,414,076 for Salesforce/blip-image-captioning-base).
 */
function blipTextOverrides(text: FactReader): ModelOverrides {
  return {
    maxPositions: text.int(['max_position_embeddings']) ?? classDefault(512, 'text_config.max_position_embeddings', 'BlipTextConfig'),
    tiedEmbeddings: derived(false, { id: 'prov.architecture', args: { arch: 'BlipForConditionalGeneration' } }),
  };
}

/** The model of a config of a supported model_type (a decoder, or a vision-language model's text and vision parts). */
function buildHfModel(reader: FactReader, type: string, arch: Sourced<string>): { model?: ModelSpec; findings: readonly Finding[] } {
  const multimodal = HF_MULTIMODAL[type];
  if (multimodal) {
    // Qwen2-VL / Qwen2.5-VL's original configs hold the text model's keys at the top; newer ones (and every other family) in
    // text_config (InternVL's remote code: llm_config).
    const textKey = multimodal.textKey ?? 'text_config';
    const nested = reader.keys().some((k) => k.startsWith(`${textKey}.`));
    // (A config flattened by hand, its text model's keys at the top and no text_config: read there too.)
    const text = (multimodal.textAtTop || reader.has('num_hidden_layers')) && !nested ? reader : reader.under(...textKey.split('.'));
    const variant = multimodalVariant(reader, type, multimodal);
    if (variant) return { findings: [...reader.findings, hybridFinding(reader, variant)] };
    // BLIP: the captioning model alone (BlipModel, BlipForQuestionAnswering and BlipForImageTextRetrieval hold other heads).
    if (type === 'blip' && arch.value !== 'BlipForConditionalGeneration' && arch.source.kind === 'fact')
      return {
        findings: [
          ...reader.findings,
          hybridFinding(reader, {
            error: { id: 'recognize.unsupportedVariant', args: { key: 'architectures', value: arch.value, family: 'BLIP' } },
            at: arch,
          }),
        ],
      };
    // tie_word_embeddings sits at the top of Qwen3-VL's configs, outside text_config.
    const tied = text !== reader ? reader.bool(['tie_word_embeddings']) : undefined;
    // The text model the wrapper's text_config names where it is one we know (LightOnOCR: Qwen3 inside Mistral3's wrapper),
    // else the family's own (qwen3_vl_text, ministral: their family's).
    const named = text !== reader ? text.str(['model_type'])?.value : undefined;
    const textType = named && HF_MODEL_TYPES[named] && !HF_MULTIMODAL[named] ? named : multimodal.text;
    // A hybrid language model (Qwen3.5's Qwen3-Next) reads its layer pattern and mixers as its own config would.
    const hybrid = HF_HYBRID_TYPES[textType] ? hfHybridOverrides(textType, text) : undefined;
    if (hybrid && 'error' in hybrid) return { findings: [...reader.findings, hybridFinding(reader, hybrid)] };
    // Gemma 4's text model: its layer kinds, KV sharing and per-layer embeddings.
    const g4 = textType === 'gemma4_text' ? gemma4Overrides(text) : undefined;
    if (g4 && 'error' in g4) return { findings: [...reader.findings, hybridFinding(reader, g4)] };
    // ERNIE 4.5 VL: the text tokens' experts are the language model's MoE; the image tokens' own experts count with the tower.
    const ernie = multimodal.vision === 'ernie_vl' ? ernieVlMoe(text, text !== reader) : undefined;
    if (ernie && 'error' in ernie) return { findings: [...reader.findings, hybridFinding(reader, ernie)] };
    const overrides = {
      ...(hybrid ? hybrid.overrides : g4 ? g4.overrides : familyOverrides(textType, text)),
      ...(tied && !text.has('tie_word_embeddings') ? { tiedEmbeddings: tied } : {}),
      ...(ernie ? { moe: ernie.moe } : {}),
      ...(type === 'blip' ? blipTextOverrides(text) : {}),
    };
    const common = buildModel(text, aliasesOf(textType), HF_MODEL_TYPES[textType]!, arch, overrides);
    // (A BART language model, Florence-2's: its stacks as BART's own config would have them.)
    const built =
      BART_FAMILY.has(textType) && common.model?.encoderDecoder
        ? bartStacks(text, textType, { ...common.model, encoderDecoder: common.model.encoderDecoder }, common.findings)
        : common;
    // A text tower that is an encoder (CLIP's) has no language-model head: its encoder spec says which head it has.
    const encoder = HF_ENCODERS[textType] ? { encoder: encoderSpec(text, textType, arch) } : {};
    // Gemma4Config without a vision_config builds no vision tower.
    const noTower = type === 'gemma4' && !reader.keys().some((k) => k.startsWith('vision_config.'));
    const davit = multimodal.vision === 'davit' ? davitVision(reader) : undefined;
    if (davit && 'error' in davit) return { findings: [...reader.findings, hybridFinding(reader, davit)] };
    const vision =
      multimodal.vision === 'fuyu'
        ? fuyuVision(reader, text)
        : davit
          ? davit
          : {
              ...visionSpec(reader, multimodal.vision, multimodal.visionClass, type, multimodal.visionKey),
              ...(ernie ? { modalityExperts: ernie.modality } : {}),
            };
    // BLIP's text layers attend to the image: BlipConfig sets encoder_hidden_size to the vision width (unless not a decoder).
    const cross =
      type === 'blip' && text.bool(['is_decoder'])?.value !== false
        ? { crossAttentionWidth: derived(vision.hidden.value, { id: 'prov.fromKey', args: { key: 'vision_config.hidden_size' } }, vision.hidden) }
        : {};
    if (!built.model) return built;
    const findings = g4 ? [...built.findings, gemma4Note(text, built.model)] : built.findings;
    // Gemma 4's audio tower (E2B, E4B) where audio_config states its shapes.
    const audio = type === 'gemma4' ? gemma4Audio(reader) : undefined;
    return { model: { ...built.model, ...encoder, ...(noTower ? {} : { vision }), ...cross, ...(audio ? { gemma4Audio: audio } : {}) }, findings };
  }
  if (HF_HYBRID_TYPES[type]) {
    const h = hfHybridOverrides(type, reader);
    if ('error' in h) return { findings: [...reader.findings, hybridFinding(reader, h)] };
    const built = buildModel(reader, aliasesOf(type), HF_MODEL_TYPES[type]!, arch, h.overrides);
    // (Ring-linear's feed-forward is Ling 2.0's: its shared expert as bailingShared reads it.)
    return type === 'bailing_moe_linear' ? bailingShared(reader, built, 'BailingMoeLinearV2Config') : built;
  }
  // OPT, MPNet, GPT-BigCode, GPT-J, ELECTRA, ALBERT, StableLM, MPT, DINOv2 (hfClassic.ts).
  if (HF_CLASSIC_TYPES[type]) return classicModel(reader, type, arch, HF_ALIASES);
  if (type === 'bailing_moe_v2' || type === 'bailing_moe_v1') return bailingModel(reader, arch, type);
  if (type === 'nemotron-nas') {
    const deci = deciOverrides(reader);
    if ('error' in deci) return { findings: [...reader.findings, hybridFinding(reader, deci)] };
    return buildModel(reader, HF_ALIASES, HF_MODEL_TYPES[type]!, arch, deci.overrides);
  }
  if (type === 'minimax_m3') {
    const m3 = minimaxM3Overrides(reader);
    if ('error' in m3) return { findings: [...reader.findings, hybridFinding(reader, m3)] };
    return buildModel(reader, HF_ALIASES, HF_MODEL_TYPES[type]!, arch, m3.overrides);
  }
  if (type === 'gemma3n_text' || type === 'gemma3n') {
    // Gemma 3n: the text model (text_config of the multimodal wrapper); the towers said as not counted.
    const text = type === 'gemma3n' && reader.keys().some((k) => k.startsWith('text_config.')) ? reader.under('text_config') : reader;
    const g3n = gemma3nOverrides(text);
    if ('error' in g3n) return { findings: [...reader.findings, hybridFinding(reader, g3n)] };
    const built = buildModel(text, HF_ALIASES, HF_MODEL_TYPES.gemma3n_text!, arch, g3n.overrides);
    if (!built.model) return built;
    const towers = type === 'gemma3n' ? uncountedParts(reader, ['text_config', 'quantization_config']) : [];
    return { model: built.model, findings: [...built.findings, gemma4Note(text, built.model), ...towers] };
  }
  if (type === 'gemma4_text') {
    const g4 = gemma4Overrides(reader);
    if ('error' in g4) return { findings: [...reader.findings, hybridFinding(reader, g4)] };
    const built = buildModel(reader, HF_ALIASES, HF_MODEL_TYPES[type]!, arch, g4.overrides);
    return built.model ? { model: built.model, findings: [...built.findings, gemma4Note(reader, built.model)] } : built;
  }
  if (type === 'mimo_v2_flash' || type === 'mimo_v2') {
    const mo = mimoOverrides(reader, type);
    if ('error' in mo) return { findings: [...reader.findings, hybridFinding(reader, mo)] };
    const built = buildModel(reader, HF_ALIASES, HF_MODEL_TYPES[type]!, arch, mo.overrides);
    if (!built.model) return built;
    // The MTP layers its checkpoints hold (no key says how many), and an omni checkpoint's towers, said as not counted.
    const first = reader.facts[0];
    const at = (key: string) => {
      const f = reader.fact(key) ?? first;
      return { file: f?.file ?? '', range: f ? f.keyRange : { start: 0, end: 0 } };
    };
    const towers = ['audio_config', 'vision_config']
      .filter((k) => reader.fact(k) !== undefined || reader.keys().some((x) => x.startsWith(`${k}.`)))
      .map((k) => finding('unsupported', 'warning', { id: 'recognize.partNotCounted', args: { key: k, sub: type } }, at(k)));
    return { model: built.model, findings: [...built.findings, finding('assumed', 'info', { id: 'hf.mimoMtp' }, at('hybrid_layer_pattern')), ...towers] };
  }
  if (type === 'rwkv7') {
    const rw = flaRwkv7Model(reader);
    return 'error' in rw ? { findings: [...reader.findings, hybridFinding(reader, rw)] } : rw;
  }
  if (type === 'minimind') {
    const mm = minimindOverrides(reader);
    if ('error' in mm) return { findings: [...reader.findings, hybridFinding(reader, mm)] };
    return buildModel(reader, HF_ALIASES, HF_MODEL_TYPES[type]!, arch, mm.overrides);
  }
  if (type === 'llada') {
    const ll = lladaOverrides(reader);
    if ('error' in ll) return { findings: [...reader.findings, hybridFinding(reader, ll)] };
    return buildModel(reader, HF_ALIASES, HF_MODEL_TYPES[type]!, arch, ll.overrides);
  }
  if (type === 't5gemma') return t5gemmaModel(reader, arch);
  if (type === 'deepseek_v4') return deepseekV4Model(reader, arch);
  // Hunyuan-A13B: its MoE from per-layer lists (hunyuanMoe).
  const hunyuan = type === 'hunyuan' || type === 'hunyuan_v1_moe' ? hunyuanMoe(reader, type) : undefined;
  if (hunyuan && 'error' in hunyuan) return { findings: [...reader.findings, hybridFinding(reader, hunyuan)] };
  const built = buildModel(reader, HF_ALIASES, HF_MODEL_TYPES[type]!, arch, {
    ...familyOverrides(type, reader),
    ...(hunyuan?.moe ? { moe: hunyuan.moe } : {}),
    ...(hunyuan?.hybrid ? { hybrid: hunyuan.hybrid } : {}),
  });
  if (BART_FAMILY.has(type) && built.model?.encoderDecoder)
    return bartStacks(reader, type, { ...built.model, encoderDecoder: built.model.encoderDecoder }, built.findings);
  if (WAV2VEC_FAMILIES.has(type) && built.model) {
    const bad = wav2vecProblem(reader, built.model.hidden.value);
    if (bad) return { findings: [...built.findings, bad] };
  }
  if (built.model && HF_ENCODERS[type]) return { model: { ...built.model, encoder: encoderSpec(reader, type, arch) }, findings: built.findings };
  const classifier = built.model && decoderClassifier(reader, arch);
  return classifier ? { model: { ...built.model!, classifier }, findings: built.findings } : built;
}

/** The model types of BART's two stacks (encoder_* and decoder_* keys, one layer shape for both). */
const BART_FAMILY: ReadonlySet<string> = new Set(['bart', 'mbart', 'm2m_100', 'whisper', 'marian']);

/**
 * Marian (MarianConfig, modeling_marian.py): no norm outside the layers, a sinusoidal table of max_position_embeddings rows in
 * each stack (an nn.Embedding's weight: frozen parameters, counted), the encoder's embedding shared with the decoder and the
 * head unless share_encoder_decoder_embeddings is false (the decoder's own table of decoder_vocab_size rows, the head tied to
 * it); a decoder vocabulary unlike the encoder's is refused, not counted as one. Helsinki-NLP/opus-mt-en-zh (6 + 6 layers of
 * 512, 8 heads, 2,048 FFN, 65,001 tokens) comes to 77,943,296: 77,419,008 and the two 512 × 512 position tables.
 */
function marianModel(reader: FactReader, model: ModelSpec, findings: readonly Finding[]): { model?: ModelSpec; findings: Finding[] } {
  const byArch = <T>(value: T) => derived(value, { id: 'prov.architecture', args: { arch: 'MarianConfig' } });
  const decoderVocab = reader.int(['decoder_vocab_size']);
  if (decoderVocab && decoderVocab.value !== model.vocab.value)
    return asymmetricStacks(
      findings,
      'decoder_vocab_size',
      'vocab_size',
      where(decoderVocab) ?? { file: reader.facts[0]?.file ?? '', range: { start: 0, end: 0 } },
    );
  const shared = reader.bool(['share_encoder_decoder_embeddings']) ?? classDefault(true, 'share_encoder_decoder_embeddings', 'MarianConfig');
  const ed = {
    ...model.encoderDecoder!,
    relativeBuckets: byArch(0),
    positionOffset: byArch(0),
    stackNorms: byArch(0),
    ...(shared.value ? {} : { stackEmbeddings: derived(2, { id: 'prov.fromKey', args: { key: 'share_encoder_decoder_embeddings' } }, shared) }),
  };
  return { model: { ...model, encoderDecoder: ed }, findings: [...findings] };
}

/**
 * T5Gemma (T5GemmaConfig): the encoder's keys size the model; a decoder shaped otherwise (T5Gemma 9B-2B) is refused, not counted
 * as the encoder; the decoder may have its own depth (decoder omitted: the encoder's, as T5GemmaConfig copies it).
 *
 * google/t5gemma-2b-2b (test/fixtures/hf_config_2026/t5gemma-2b-2b.config.json): two 26-layer Gemma 2 2B stacks (2304, 8 heads,
 * 4 KV of 256, GeGLU 9216), encoder layers 77,865,984, decoder layers 92,026,368 (a second attention and two norms), two
 * 256,000-token tables: 5,596,853,760.
 */
function t5gemmaModel(reader: FactReader, arch: Sourced<string>): { model?: ModelSpec; findings: readonly Finding[] } {
  const cls = 'T5GemmaConfig';
  const anyFile = reader.facts[0]?.file ?? '';
  if (!reader.keys().some((k) => k.startsWith('encoder.')))
    return {
      findings: [
        ...reader.findings,
        finding('missing-key', 'error', { id: 'recognize.missingKey', args: { keys: 'encoder' } }, { file: anyFile, range: { start: 0, end: 0 } }),
      ],
    };
  const enc = reader.under('encoder');
  const hasDecoder = reader.keys().some((k) => k.startsWith('decoder.'));
  const dec = hasDecoder ? reader.under('decoder') : enc;
  for (const key of ['hidden_size', 'intermediate_size', 'num_attention_heads', 'num_key_value_heads', 'head_dim', 'vocab_size', 'attention_bias']) {
    const d = dec.fact(key);
    const e = enc.fact(key);
    if (d && JSON.stringify(d.value) !== JSON.stringify(e?.value))
      return asymmetricStacks(reader.findings, `decoder.${key}`, `encoder.${key}`, { file: d.file, range: d.valueRange });
  }
  const tied = reader.bool(['tie_word_embeddings']) ?? classDefault(true, 'tie_word_embeddings', cls);
  const built = buildModel(enc, HF_ALIASES, HF_MODEL_TYPES.t5gemma!, arch, { tiedEmbeddings: tied });
  if (!built.model) return built;
  const byArch = <T>(value: T) => derived(value, { id: 'prov.architecture', args: { arch: cls } });
  const encoderLayers = built.model.layers;
  const decoderLayers =
    (hasDecoder ? dec.int(['num_hidden_layers']) : undefined) ??
    derived(encoderLayers.value, { id: 'prov.classDefault', args: { key: 'decoder', cls, value: 'encoder' } }, encoderLayers);
  const encoderDecoder = {
    encoderLayers,
    decoderLayers,
    relativeBuckets: byArch(0),
    stackNorms: byArch(1),
    stackEmbeddings: byArch(2),
    layerNorms: byArch({ encoder: 4, decoder: 6 }),
  };
  return { model: { ...built.model, encoderDecoder }, findings: built.findings };
}

/** A non-empty list of positive integers (wav2vec 2.0's conv_dim, conv_kernel). */
function positiveInts(v: Fact['value'] | undefined): v is number[] {
  return Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'number' && Number.isInteger(x) && x > 0);
}

/** What keeps a wav2vec 2.0 front end from being counted: a conv list that is not of positive integers, or groups that do not divide h. */
function wav2vecProblem(reader: FactReader, h: number): Finding | undefined {
  const at = (f: Fact) => ({ file: f.file, range: f.valueRange });
  for (const key of ['conv_dim', 'conv_kernel']) {
    const f = reader.present(key);
    if (f && !positiveInts(f.value)) return finding('value-type', 'error', { id: 'recognize.badList', args: { key } }, at(f));
  }
  const groups = reader.present('num_conv_pos_embedding_groups');
  if (groups && typeof groups.value === 'number' && h % groups.value !== 0)
    return finding(
      'value-type',
      'error',
      { id: 'recognize.notDivisible', args: { key: 'num_conv_pos_embedding_groups', n: groups.value, of: 'hidden_size', m: h } },
      at(groups),
    );
  return undefined;
}

/** A catalogue entry's config as facts, nested objects (text_config, vision_config) by their paths. */
function entryFacts(file: string, config: Readonly<Record<string, unknown>>, prefix: (string | number)[] = []): Fact[] {
  const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);
  return Object.entries(config).flatMap(([k, v]): Fact[] =>
    isObject(v)
      ? entryFacts(file, v, [...prefix, k])
      : // (A list of objects, DeciLM's block_configs: each at its index, as a config.json's facts are.)
        Array.isArray(v) && v.some(isObject)
        ? v.flatMap((x, i) => (isObject(x) ? entryFacts(file, x, [...prefix, k, i]) : []))
        : [{ file, path: [...prefix, k], value: v as Fact['value'], keyRange: { start: 0, end: 0 }, valueRange: { start: 0, end: 0 } }],
  );
}

/**
 * What a family computes from its own flags, beyond the alias table. Falcon (FalconAttention): keys and values have
 * num_kv_heads heads in the new decoder architecture or without multi_query, else one; the new architecture has two
 * norms per layer, as has a sequential (not parallel_attn) layer; `bias` switches every linear's bias.
 */
function familyOverrides(type: string, reader: FactReader): ModelOverrides {
  if (type === 'llama4_text') return llama4Overrides(reader);
  if (type === 'longcat_flash') return longcatOverrides(reader);
  if (type === 'persimmon') {
    // PersimmonConfig.qk_layernorm (True): PersimmonAttention's q_layernorm and k_layernorm, LayerNorms of head_dim with bias.
    const qk = reader.bool(['qk_layernorm']) ?? classDefault(true, 'qk_layernorm', 'PersimmonConfig');
    return { qkNorm: derived(qk.value ? ('per-head-biased' as const) : ('none' as const), { id: 'prov.fromKey', args: { key: 'qk_layernorm' } }, qk) };
  }
  if (type === 'internlm2') {
    const bias = reader.bool(['bias']) ?? classDefault(true, 'bias', 'InternLM2Config');
    return { qkvBias: bias, outBias: bias, mlpBias: bias };
  }
  if (type === 'internlm') {
    const bias = reader.bool(['bias']) ?? classDefault(true, 'bias', 'InternLMConfig');
    return { qkvBias: bias, outBias: bias };
  }
  if (type === 'seed_oss') {
    return {
      qkvBias: reader.bool(['attention_bias']) ?? classDefault(true, 'attention_bias', 'SeedOssConfig'),
      outBias: reader.bool(['attention_out_bias']) ?? classDefault(false, 'attention_out_bias', 'SeedOssConfig'),
    };
  }
  if (type === 'apertus') {
    // ApertusMLP: xIELU (hidden_act "xielu", the class default) learns alpha_p and alpha_n in every layer; another activation none.
    const act = reader.str(['hidden_act']) ?? classDefault('xielu', 'hidden_act', 'ApertusConfig');
    return act.value === 'xielu' ? { activationParams: derived(2, { id: 'prov.xielu' }, act) } : {};
  }
  if (type === 'chatglm') return chatglmOverrides(reader);
  if (type === 'qwen') return qwenOverrides(reader);
  if (type === 'glm_moe_dsa') {
    // GlmMoeDsaConfig has no num_nextn_predict_layers: the checkpoint's one MTP layer (model.layers.78) is skipped on load.
    return { mtpLayers: reader.int(['num_nextn_predict_layers'], { min: 0 }) ?? derived(1, { id: 'prov.glmMoeDsaMtp' }) };
  }
  if (type === 'ernie4_5_moe' || type === 'ernie4_5') {
    const bias = reader.bool(['use_bias']) ?? classDefault(false, 'use_bias', type === 'ernie4_5' ? 'Ernie4_5Config' : 'Ernie4_5_MoeConfig');
    // (The MoE's experts are unbiased whatever use_bias says; the dense model's MLP takes it.)
    return type === 'ernie4_5' ? { qkvBias: bias, outBias: bias, mlpBias: bias } : { qkvBias: bias, outBias: bias };
  }
  // CLIPTextConfig: 77 positions unless max_position_embeddings says otherwise.
  if (type === 'siglip_text_model' && !reader.has('max_position_embeddings'))
    return { maxPositions: classDefault(64, 'max_position_embeddings', 'SiglipTextConfig') };
  if (type === 'clip_text_model' && !reader.has('max_position_embeddings'))
    return { maxPositions: classDefault(77, 'max_position_embeddings', 'CLIPTextConfig') };
  if (type === 'modernbert') return modernBertOverrides(reader);
  if (WAV2VEC_FAMILIES.has(type)) {
    // Audio frames, not tokens: vocab_size is the CTC head's characters (the encoder's labels), not an embedding.
    const v = reader.int(['vocab_size']);
    return { vocab: derived(0, { id: 'prov.audioFrames' }, ...(v ? [v] : [])) };
  }
  if (type === 'vit') {
    // ViTConfig: (image_size / patch_size)² patches and the class token as the sequence; no token vocabulary; qkv_bias.
    const image = reader.int(['image_size']) ?? classDefault(224, 'image_size', 'ViTConfig');
    const patch = reader.int(['patch_size']) ?? classDefault(16, 'patch_size', 'ViTConfig');
    const tokens = Math.floor(image.value / patch.value) ** 2 + 1;
    return {
      vocab: derived(0, { id: 'prov.imagePatches' }, image),
      maxPositions: derived(tokens, { id: 'prov.vitPatches', args: { n: tokens } }, image, patch),
      qkvBias: reader.bool(['qkv_bias']) ?? classDefault(true, 'qkv_bias', 'ViTConfig'),
    };
  }
  if (BART_FAMILY.has(type)) {
    // BartConfig, M2M100Config and WhisperConfig name their encoder's sizes (the decoder's must match them to be counted as one shape);
    // Whisper's decoder positions are max_target_positions (448).
    const out: { -readonly [K in keyof ModelOverrides]: ModelOverrides[K] } = {};
    const heads = reader.int(['encoder_attention_heads']);
    const ffn = reader.int(['encoder_ffn_dim']);
    const layers = reader.int(['encoder_layers']);
    if (heads) out.heads = heads;
    if (ffn) out.ffnWidth = ffn;
    if (layers) out.layers = layers;
    if (type === 'whisper') out.maxPositions = reader.int(['max_target_positions']) ?? classDefault(448, 'max_target_positions', 'WhisperConfig');
    return out;
  }
  if (type === 'deberta-v2') {
    // position_biased_input (DebertaV2Config default true) adds the absolute position table; v3 turns it off.
    const biased = reader.bool(['position_biased_input']) ?? classDefault(true, 'position_biased_input', 'DebertaV2Config');
    return { positions: derived(biased.value ? 'learned' : 'relative', { id: 'prov.fromKey', args: { key: 'position_biased_input' } }, biased) };
  }
  if (type === 'phi3small') return phi3SmallOverrides(reader);
  if (type === 'starcoder2') {
    // Starcoder2Config.use_bias (default True) switches the biases of every linear: q/k/v/o and c_fc/c_proj.
    const bias = reader.bool(['use_bias']) ?? classDefault(true, 'use_bias', 'Starcoder2Config');
    return { qkvBias: bias, outBias: bias, mlpBias: bias };
  }
  if (type === 'RefinedWeb') {
    const kv = reader.int(['n_head_kv', 'num_kv_heads']);
    const bias = reader.bool(['bias']);
    return {
      normsPerLayer: derived(2, { id: 'prov.falconNorms' }),
      ...(kv ? { kvHeads: kv } : {}),
      ...(bias ? { qkvBias: bias, outBias: bias, mlpBias: bias } : {}),
    };
  }
  if (type !== 'falcon' && type !== 'RefinedWebModel') return {};
  const newArch = reader.bool(['new_decoder_architecture']);
  const multiQuery = reader.bool(['multi_query']);
  const parallel = reader.bool(['parallel_attn']);
  const out: { -readonly [K in keyof ModelOverrides]: ModelOverrides[K] } = {};
  if (newArch?.value || !multiQuery?.value) {
    const kv = reader.int(['num_kv_heads']);
    if (kv) out.kvHeads = kv;
  } else if (multiQuery) out.kvHeads = derived(1, { id: 'prov.falconMultiQuery' }, multiQuery);
  if (newArch?.value) out.normsPerLayer = derived(2, { id: 'prov.falconNorms' }, newArch);
  else if (parallel && !parallel.value) out.normsPerLayer = derived(2, { id: 'prov.falconNorms' }, parallel);
  const bias = reader.bool(['bias']);
  if (bias) {
    out.qkvBias = bias;
    out.outBias = bias;
    out.mlpBias = bias;
  }
  return out;
}

/**
 * Phi3SmallConfig: the MLP's width is ff_intermediate_size; a layer attends densely when (index + 1) is a multiple of
 * dense_attention_every_n_layers, the others block-sparsely: each query sees blocksparse_num_local_blocks blocks of
 * blocksparse_block_size tokens before it (counted as a window of that many tokens) and every vert_stride-th block further
 * back (not counted: at 8,192 tokens they add about a third to those layers' attention).
 */
function phi3SmallOverrides(reader: FactReader): ModelOverrides {
  const ffn = reader.int(['ff_intermediate_size']);
  const layers = reader.int(['num_hidden_layers']);
  const every = reader.int(['dense_attention_every_n_layers']) ?? classDefault(2, 'dense_attention_every_n_layers', 'Phi3SmallConfig');
  const blocks = reader.int(['blocksparse_num_local_blocks']) ?? classDefault(16, 'blocksparse_num_local_blocks', 'Phi3SmallConfig');
  const size = reader.int(['blocksparse_block_size']) ?? classDefault(64, 'blocksparse_block_size', 'Phi3SmallConfig');
  const window = blocks.value * size.value;
  return {
    ...(ffn ? { ffnWidth: ffn } : {}),
    ...(layers
      ? {
          slidingWindow: derived(window, { id: 'prov.blocksparseWindow', args: { blocks: blocks.value, size: size.value } }, blocks, size),
          slidingWindowLayers: derived(layers.value - Math.floor(layers.value / every.value), { id: 'prov.blocksparseLayers' }, every, layers),
        }
      : {}),
  };
}

/**
 * DebertaV2Config's disentangled attention (relative_attention): the table of 2·span rows, span = position_buckets when
 * positive, else max_relative_positions (below 1: max_position_embeddings); its LayerNorm when norm_rel_ebd names layer_norm;
 * the ConvLayer of conv_kernel_size (conv_groups); and unless share_att_key, each layer's own position projections.
 */
function debertaAttention(reader: FactReader): Pick<EncoderSpec, 'disentangled'> {
  const relative = reader.bool(['relative_attention']);
  if (!relative?.value) return {};
  const buckets = reader.int(['position_buckets'], { min: 0 });
  const maxRel = reader.num(['max_relative_positions']);
  const maxPos = reader.int(['max_position_embeddings']);
  const span = buckets && buckets.value > 0 ? buckets.value : maxRel && maxRel.value >= 1 ? Math.floor(maxRel.value) : (maxPos?.value ?? 512);
  const normKey = reader.present('norm_rel_ebd');
  const norm = typeof normKey?.value === 'string' && normKey.value.includes('layer_norm');
  const kernel = reader.int(['conv_kernel_size'], { min: 0 })?.value ?? 0;
  const groups = reader.int(['conv_groups'])?.value ?? 1;
  // Without share_att_key (getattr default False) each layer has its own biased pos_key_proj (c2p) and pos_query_proj (p2c).
  const share = reader.bool(['share_att_key']);
  const types = reader.present('pos_att_type');
  const listed = Array.isArray(types?.value) ? types.value.map(String) : String(types?.value ?? '').split('|');
  const projections = share?.value ? 0 : ['c2p', 'p2c'].filter((t) => listed.includes(t)).length;
  const from = [relative, ...(buckets ? [buckets] : []), ...(maxRel ? [maxRel] : []), ...(share ? [share] : [])];
  return {
    disentangled: derived({ span, norm, convKernel: kernel, convGroups: groups, projections }, { id: 'prov.debertaRelative', args: { span } }, ...from),
  };
}

/**
 * ModernBertConfig: every global_attn_every_n_layers-th layer (3; layer 0 first) attends globally, the others within
 * local_attention (128) tokens around each token; norm_bias switches the LayerNorms' biases.
 */
function modernBertOverrides(reader: FactReader): ModelOverrides {
  const out: { -readonly [K in keyof ModelOverrides]: ModelOverrides[K] } = {};
  const normBias = reader.bool(['norm_bias']);
  out.norm = normBias
    ? derived(normBias.value ? 'layernorm' : 'layernorm-nobias', { id: 'prov.fromKey', args: { key: 'norm_bias' } }, normBias)
    : classDefault('layernorm-nobias', 'norm_bias', 'ModernBertConfig', 'false');
  const layers = reader.int(['num_hidden_layers']);
  const window = reader.int(['local_attention']) ?? classDefault(128, 'local_attention', 'ModernBertConfig');
  const every = reader.int(['global_attn_every_n_layers']) ?? classDefault(3, 'global_attn_every_n_layers', 'ModernBertConfig');
  if (layers) {
    out.slidingWindow = window;
    out.slidingWindowLayers = derived(
      layers.value - Math.ceil(layers.value / every.value),
      { id: 'prov.modernBertLocal', args: { n: every.value } },
      layers,
      every,
    );
  }
  return out;
}

/**
 * Fuyu's image input (FuyuForCausalLM.vision_embed_tokens): each patch of patch_size² pixels of num_channels (FuyuConfig: 30,
 * 3) enters as one biased linear to the text width; there is no tower.
 */
function fuyuVision(reader: FactReader, text: FactReader): VisionSpec {
  const cls = 'FuyuConfig';
  const hidden = text.int(['hidden_size']) ?? classDefault(4096, 'hidden_size', cls);
  return {
    kind: 'fuyu',
    layers: derived(0, { id: 'prov.fuyuNoTower' }),
    hidden,
    ffnWidth: hidden,
    patch: reader.int(['patch_size']) ?? classDefault(30, 'patch_size', cls),
    channels: reader.int(['num_channels']) ?? classDefault(3, 'num_channels', cls),
  };
}

/** An encoder–decoder whose decoder is shaped unlike its encoder (`decoder` against `encoder`): refused, not counted as the encoder. */
function asymmetricStacks(
  findings: readonly Finding[],
  decoder: string,
  encoder: string,
  at: { readonly file: string; readonly range: { readonly start: number; readonly end: number } },
): { findings: Finding[] } {
  return { findings: [...findings, finding('unsupported', 'error', { id: 'recognize.asymmetricStacks', args: { decoder, encoder } }, at)] };
}

/**
 * BART's family (BART, mBART, M2M-100, Marian, Whisper) after its common build: one layer shape per stack (a decoder sized unlike
 * its encoder is refused), each member's position tables, relative buckets and norms outside the layers. (A multimodal model's
 * BART language model too: Florence-2.)
 */
function bartStacks(
  reader: FactReader,
  type: string,
  model: ModelSpec & { readonly encoderDecoder: NonNullable<ModelSpec['encoderDecoder']> },
  findings: readonly Finding[],
): ModelBuild {
  // One layer shape per stack: a decoder sized unlike its encoder is refused, not counted as the encoder's.
  for (const [dec, enc] of [
    ['decoder_attention_heads', 'encoder_attention_heads'],
    ['decoder_ffn_dim', 'encoder_ffn_dim'],
  ] as const) {
    const d = reader.int([dec]);
    const e = reader.int([enc]);
    if (d && e && d.value !== e.value)
      return asymmetricStacks(findings, dec, enc, where(d) ?? { file: reader.facts[0]?.file ?? '', range: { start: 0, end: 0 } });
  }
  if (type === 'whisper') {
    const byArch = <T>(value: T) => derived(value, { id: 'prov.architecture', args: { arch: 'WhisperConfig' } });
    const mels = reader.int(['num_mel_bins']) ?? classDefault(80, 'num_mel_bins', 'WhisperConfig');
    const source = reader.int(['max_source_positions']) ?? classDefault(1500, 'max_source_positions', 'WhisperConfig');
    const audio = derived({ mels: mels.value, sourcePositions: source.value }, { id: 'prov.architecture', args: { arch: 'WhisperConfig' } }, mels, source);
    const ed = { ...model.encoderDecoder, relativeBuckets: byArch(0), audio };
    return { model: { ...model, encoderDecoder: ed, keyBias: byArch(false) }, findings };
  }
  if (type === 'marian') return marianModel(reader, model, findings);
  if (type === 'm2m_100') {
    // M2M100SinusoidalPositionalEmbedding is a buffer (no rows to count); one final LayerNorm in each stack, no layernorm_embedding.
    const byArch = <T>(value: T) => derived(value, { id: 'prov.architecture', args: { arch: 'M2M100Config' } });
    const ed = { ...model.encoderDecoder, relativeBuckets: byArch(0), stackNorms: byArch(1) };
    return { model: { ...model, encoderDecoder: ed }, findings };
  }
  // BartLearnedPositionalEmbedding: max_position_embeddings + 2 rows in each stack; no relative attention.
  const byArch = <T>(value: T) => derived(value, { id: 'prov.architecture', args: { arch: 'BartConfig' } });
  const ed = {
    ...model.encoderDecoder,
    relativeBuckets: byArch(0),
    positionOffset: byArch(2),
    ...(type === 'mbart' ? { stackNorms: derived(2, { id: 'prov.architecture', args: { arch: 'MBartConfig' } }) } : {}),
  };
  return { model: { ...model, encoderDecoder: ed }, findings };
}

/**
 * Florence-2's vision side from vision_config (Florence2VisionConfig): dim_embed, depths, patch_size and patch_prenorm per stage,
 * projection_dim, image_pos_embed.max_pos_embeddings; each required (the lists are the model's shape, not a default to assume).
 */
function davitVision(reader: FactReader): VisionSpec | { error: Message; at?: Sourced<unknown> } {
  const v = reader.under('vision_config');
  const dims = v.intList(['dim_embed']);
  const depths = v.intList(['depths']);
  const kernels = v.intList(['patch_size']);
  const prenormFact = v.present('patch_prenorm');
  const projection = v.int(['projection_dim'], { min: 1 });
  const positions = v.int(['image_pos_embed.max_pos_embeddings'], { min: 0 });
  const prenorm = Array.isArray(prenormFact?.value) && prenormFact.value.every((x) => typeof x === 'boolean') ? (prenormFact.value as boolean[]) : undefined;
  const missing = !dims
    ? 'dim_embed'
    : !depths
      ? 'depths'
      : !kernels
        ? 'patch_size'
        : !prenorm
          ? 'patch_prenorm'
          : !projection
            ? 'projection_dim'
            : !positions
              ? 'image_pos_embed.max_pos_embeddings'
              : undefined;
  if (missing) return { error: { id: 'recognize.missingKey', args: { keys: `vision_config.${missing}` } } };
  const n = dims!.value.length;
  if (dims!.value.some((d) => d < 1)) return { error: { id: 'recognize.badList', args: { key: 'vision_config.dim_embed' } }, at: dims };
  // (One entry per stage in each list, as dim_embed has them.)
  const uneven = (
    [
      ['depths', depths!.value.length, depths],
      ['patch_size', kernels!.value.length, kernels],
      ['patch_prenorm', prenorm!.length, undefined],
    ] as const
  ).find(([, length]) => length !== n);
  if (uneven)
    return {
      error: { id: 'recognize.listLength', args: { key: `vision_config.${uneven[0]}`, n: uneven[1], layers: n } },
      ...(uneven[2] ? { at: uneven[2] } : {}),
    };
  const last = dims!.value[n - 1]!;
  const from = derived(0, { id: 'prov.fromKey', args: { key: 'vision_config.dim_embed' } }, dims!).source;
  const at = <T>(value: T): Sourced<T> => ({ value, source: from });
  return {
    kind: 'davit',
    layers: derived(
      depths!.value.reduce((s, d) => s + d, 0),
      { id: 'prov.fromKey', args: { key: 'vision_config.depths' } },
      depths!,
    ),
    hidden: at(last),
    ffnWidth: at(4 * last),
    patch: derived(kernels!.value[0]!, { id: 'prov.fromKey', args: { key: 'vision_config.patch_size' } }, kernels!),
    channels: classDefault(3, 'in_chans', 'DaViT'),
    projectorOut: projection!,
    davit: derived(
      { dims: dims!.value, depths: depths!.value, kernels: kernels!.value, prenorm: prenorm!, positions: positions!.value },
      { id: 'prov.fromKey', args: { key: 'vision_config' } },
      dims!,
      depths!,
      kernels!,
      positions!,
    ),
  };
}

/**
 * A catalogue model by name, with the shapes a file sets on it (`shape`: NeMo's recipe.model.config.num_layers = 2): each
 * replaces the entry's key of its alias (the first alias the entry has at its top, else the alias's first key) and keeps its
 * fact as the value's source; every other value says it is the catalogue's.
 */
export function catalogueModel(ref: Sourced<string>, shape: readonly ShapeOverride[] = []): { model?: ModelSpec; findings: Finding[] } {
  const where = ref.source.kind === 'fact' ? { file: ref.source.file, range: ref.source.range } : undefined;
  const known = findModel(ref.value);
  // A fine-tune the catalogue does not know, whose id holds the name of one it does: that base's shapes, said.
  const base = known ? undefined : baseNamedIn(ref.value);
  const entry = known ?? base;
  if (base) {
    const taken = catalogueModel(derived(base.id, { id: 'prov.baseInName', args: { name: ref.value, base: base.id } }, ref), shape);
    return {
      ...taken,
      findings: [finding('unknown-model', 'warning', { id: 'catalogue.baseInName', args: { name: ref.value, base: base.id } }, where), ...taken.findings],
    };
  }
  if (!entry) {
    // (`--model ''`: nothing named.)
    if (!ref.value.trim()) return { findings: [finding('unknown-model', 'warning', { id: 'catalogue.emptyModel' }, where)] };
    // A template's placeholder (`model_path="your_model_path"`, `"your/model"`, `/path/to/model`): the user's to fill in. (Also
    // `MODEL_PATH="YOUR LLM PATH"` handed unquoted, `--model_name_or_path $MODEL_PATH`: its first word.)
    const placeholder = /(^|[/_-])your[_/-]?(model|ckpt|checkpoint|path)|^\/?path\/to\/|^<[^<>]+>$|^(YOUR|PATH)_[A-Z_]+$|^YOUR(\s.*)?$/i.test(ref.value);
    if (placeholder) return { findings: [finding('unknown-model', 'warning', { id: 'catalogue.placeholderModel', args: { name: ref.value } }, where)] };
    // A torchtitan flavor none of the packages this version knows defines (a fork's, torchtitan:qwen3_next:10B_A1B): where its
    // shapes are, said in torchtitan's terms, not as a Hugging Face id's.
    const flavor = /^torchtitan:(\w+):(.+)$/.exec(ref.value);
    if (flavor)
      return {
        findings: [finding('unknown-model', 'warning', { id: 'catalogue.unknownTorchtitanFlavor', args: { name: flavor[1]!, flavor: flavor[2]! } }, where)],
      };
    return {
      findings: [finding('unknown-model', 'warning', { id: 'catalogue.unknownModel', args: { name: ref.value, known: catalogueNames().length } }, where)],
    };
  }
  const file = `catalogue:${entry.id}`;
  const keys = shape.map((o) => HF_ALIASES[o.alias].find((k) => k in entry.config) ?? HF_ALIASES[o.alias][0]!);
  const facts = [
    ...entryFacts(file, entry.config).filter((f) => !(f.path.length === 1 && keys.includes(String(f.path[0])))),
    ...shape.map((o, i): Fact => ({ ...o.fact, path: [keys[i]!] })),
  ];
  const reader = new FactReader(facts);
  const type = withVisual(reader, String(entry.config.model_type)) ?? String(entry.config.model_type);
  const ved = isVisionEncoderDecoder(type, undefined);
  if (!HF_MODEL_TYPES[type] && !HF_MULTIMODAL[type] && !ved) return { findings: [] };
  const arch = derived(String((entry.config.architectures as string[] | undefined)?.[0] ?? type), { id: 'prov.catalogue', args: { name: entry.id } }, ref);
  // (TrOCR's checkpoints: a VisionEncoderDecoderModel, read as its own config.json is.)
  // (Of its findings only the parts not counted are kept, below, as for every entry.)
  const built: { model?: ModelSpec; findings: readonly Finding[] } = ved
    ? recognizeVisionEncoderDecoder({ file, facts }, reader, arch)
    : buildHfModel(reader, type, arch);
  if (!built.model) return { findings: [...built.findings] };
  const stored = storedDtype(reader);
  if (stored) built.model = { ...built.model, checkpointDtype: stored };
  const catalogue = derived(0, { id: 'prov.catalogue', args: { name: entry.id } }, ref).source;
  // A value the file's shapes decide keeps them as its source (at the file's own key), the entry's part said as the catalogue's.
  const fromFile = (s: Provenance): boolean => (s.kind === 'fact' ? s.file !== file : s.kind === 'derived' && s.from.some(fromFile));
  const own = (s: Provenance): Provenance => {
    if (s.kind === 'derived') return { ...s, from: s.from.map(own) };
    if (s.kind !== 'fact') return s;
    if (s.file === file) return catalogue;
    const o = shape.find((x) => x.fact.file === s.file && x.fact.valueRange.start === s.range.start);
    return o ? { ...s, path: o.fact.path } : s;
  };
  // The entry's parts this version does not count (Gemma 3n's towers, Qwen3-Omni's audio encoder and talker): said where the
  // file names the model.
  const mm = HF_MULTIMODAL[type];
  const parts = [
    ...built.findings.filter((f) => f.message.id === 'recognize.partNotCounted'),
    ...(mm?.ownConfigs ? uncountedParts(reader, countedConfigs(mm, built.model)) : []),
  ].map((f) => ({ ...f, ranges: where ? [where] : [] }));
  return { model: rebase(built.model, catalogue, (s) => (fromFile(s) ? own(s) : undefined)), findings: parts };
}

/** Replaces every provenance inside a spec part by one (e.g. "from the catalogue entry X"), but those `own` gives its own. */
export function rebase<T>(node: T, source: Sourced<unknown>['source'], own: (s: Provenance) => Provenance | undefined = () => undefined): T {
  if (node === null || typeof node !== 'object') return node;
  if (Array.isArray(node)) return node.map((x) => rebase(x, source, own)) as T;
  if ('value' in node && 'source' in node) return { ...(node as object), source: own((node as Sourced<unknown>).source) ?? source } as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = rebase(v, source, own);
  return out as T;
}

/**
 * LongCat-Flash (LongcatFlashConfig, modeling_longcat_flash.py): num_layers double layers (num_hidden_layers, which the model
 * sets to twice that, is not read), each two attention-and-MLP sublayers and a MoE of n_routed_experts SwiGLU experts of
 * expert_ffn_hidden_size beside them: 2·num_layers layers with the MoE on the odd ones, whose dense MLP (ffn_hidden_size)
 * runs beside it as a shared expert would. The router (a bias-free linear, with a score-correction bias) chooses moe_topk of
 * n_routed_experts + zero_expert_num, the zero experts being identities: moe_topk·E/(E + Z) real experts are expected per
 * token (8 of 12 in LongCat-Flash, its report's ~27B average active). The checkpoint's MTP layer (model.mtp) is not loaded.
 */
function longcatOverrides(reader: FactReader): ModelOverrides {
  const cls = 'LongcatFlashConfig';
  const double = reader.int(['num_layers']) ?? classDefault(28, 'num_layers', cls);
  const layers = derived(2 * double.value, { id: 'prov.longcatLayers', args: { n: double.value } }, double);
  const dense = reader.int(['ffn_hidden_size']) ?? classDefault(12288, 'ffn_hidden_size', cls);
  const experts = reader.int(['n_routed_experts']) ?? classDefault(512, 'n_routed_experts', cls);
  const zero = reader.int(['zero_expert_num'], { min: 0 }) ?? classDefault(256, 'zero_expert_num', cls);
  const choices = reader.int(['moe_topk']) ?? classDefault(12, 'moe_topk', cls);
  const E = experts.value;
  const expected = Math.max(1, Math.round((choices.value * E) / (E + zero.value)));
  const topK = derived(expected, { id: 'prov.zeroExpertsTopK', args: { k: choices.value, experts: E, zero: zero.value } }, choices, experts, zero);
  const odd = Array.from({ length: double.value }, (_, i) => 2 * i + 1);
  const moe: MoeSpec = {
    experts,
    topK,
    expertWidth: reader.int(['expert_ffn_hidden_size']) ?? classDefault(2048, 'expert_ffn_hidden_size', cls),
    sharedExperts: derived(1, { id: 'prov.longcatShared' }, dense),
    sharedWidth: dense,
    sharedGate: derived(false, { id: 'prov.architecture', args: { arch: 'LongcatFlashForCausalLM' } }),
    routerBias: derived(true, { id: 'prov.architecture', args: { arch: 'LongcatFlashForCausalLM' } }),
    routerLinear: derived(true, { id: 'prov.architecture', args: { arch: 'LongcatFlashForCausalLM' } }),
    // (LongcatFlashExperts: gate_up_proj and down_proj stacked as parameters.)
    expertsFused: derived(true, { id: 'prov.architecture', args: { arch: 'LongcatFlashForCausalLM' } }),
    ...(zero.value > 0 ? { zeroExperts: zero } : {}),
    layers: derived(odd, { id: 'prov.longcatMoeLayers' }, double),
  };
  return { layers, ffnWidth: dense, moe };
}

/**
 * MiniMax-M3 (MiniMaxM3SparseForCausalLM; vLLM's MiniMaxM3 model for it): each layer's attention bias-free q/k/v/o of head_dim
 * with q/k RMSNorms over the head (qk_norm_type per_head); in the layers sparse_attention_config.sparse_attention_freq marks,
 * block-sparse attention: the fused qkv_proj also yields an index query of sparse_num_index_heads × sparse_index_dim and an
 * index key of sparse_index_dim, each under its own RMSNorm, choosing sparse_topk_blocks blocks of sparse_block_size keys per
 * query. The layers moe_layer_freq marks hold num_local_experts SwiGLU experts of intermediate_size (the top
 * num_experts_per_tok), a shared expert of intermediate_size × n_shared_experts, and a router h × E with its fp32
 * e_score_correction_bias (use_routing_bias); the others a SwiGLU of dense_intermediate_size. The checkpoints hold no MTP
 * weights (num_mtp_modules, num_nextn_predict_layers): none counted.
 *
 * MiniMax-M3's language model (test/fixtures/survey/thirtieth/hf/621): 60 layers × 6144, 64 heads of 128, 4 KV heads; 3 dense
 * layers of 12,288 and 57 MoE layers of 128 experts of 3,072 (top 4) and one shared, each with the block index (6144 · 5 · 128
 * + 256); an untied 200,064 vocabulary: 426,174,572,928, the census's 427,040,140,160 less its vision tower (631,185,920) and
 * projectors (234,381,312).
 */
function minimaxM3Overrides(reader: FactReader): { overrides: ModelOverrides } | { error: Message; at?: Sourced<unknown> } {
  const cls = 'MiniMaxM3Config';
  const arch = <T>(value: T): Sourced<T> => derived(value, { id: 'prov.architecture', args: { arch: cls } });
  const out: { -readonly [K in keyof ModelOverrides]: ModelOverrides[K] } = {
    mtpLayers: derived(0, { id: 'prov.minimaxM3Mtp' }),
  };
  const dense = reader.int(['dense_intermediate_size']);
  if (dense) out.ffnWidth = dense;
  const type = reader.str(['qk_norm_type']);
  if (type && type.value !== 'per_head' && reader.bool(['use_qk_norm'])?.value)
    out.qkNorm = derived('full' as const, { id: 'prov.fromKey', args: { key: 'qk_norm_type' } }, type);
  const experts = reader.int(['num_local_experts'], { min: 1 });
  const topK = reader.int(['num_experts_per_tok'], { min: 1 });
  const width = reader.int(['intermediate_size']);
  const freq = reader.intList(['moe_layer_freq']);
  if (experts && topK && width && freq) {
    const shared = reader.int(['n_shared_experts'], { min: 0 }) ?? classDefault(0, 'n_shared_experts', cls);
    out.moe = {
      experts,
      topK,
      expertWidth: width,
      sharedExperts: shared,
      sharedWidth: derived(shared.value > 0 ? width.value : 0, { id: 'prov.sharedWidth' }, width),
      sharedGate: arch(false),
      routerBias: reader.bool(['use_routing_bias']) ?? classDefault(true, 'use_routing_bias', cls),
      routerLinear: arch(true),
      layers: derived(
        freq.value.flatMap((v, i) => (v ? [i] : [])),
        { id: 'prov.fromKey', args: { key: 'moe_layer_freq' } },
        freq,
      ),
    };
  }
  const sparse = reader.under('sparse_attention_config');
  if (sparse.bool(['use_sparse_attention'])?.value) {
    const heads = sparse.int(['sparse_num_index_heads'], { min: 1 });
    const headDim = sparse.int(['sparse_index_dim'], { min: 1 });
    const top = sparse.int(['sparse_topk_blocks'], { min: 1 });
    const block = sparse.int(['sparse_block_size'], { min: 1 });
    const on = sparse.intList(['sparse_attention_freq']);
    // (Block-sparse attention whose shapes or layers the file does not give is refused, naming the key: not counted as dense.)
    const missing = !heads
      ? 'sparse_num_index_heads'
      : !headDim
        ? 'sparse_index_dim'
        : !top
          ? 'sparse_topk_blocks'
          : !block
            ? 'sparse_block_size'
            : !on
              ? 'sparse_attention_freq'
              : undefined;
    if (missing || !heads || !headDim || !top || !block || !on)
      return { error: { id: 'recognize.missingKey', args: { keys: `sparse_attention_config.${missing ?? ''}` } } };
    out.blockSparse = {
      heads,
      headDim,
      topK: top,
      blockSize: block,
      layers: derived(
        on.value.flatMap((v, i) => (v ? [i] : [])),
        { id: 'prov.fromKey', args: { key: 'sparse_attention_config.sparse_attention_freq' } },
        on,
      ),
    };
  }
  return { overrides: out };
}

/**
 * Llama 4 (Llama4TextConfig): the dense layers' width is intermediate_size_mlp (intermediate_size is the experts'); the
 * layers that use RoPE (no_rope_layers 1, by default all but every no_rope_layer_interval-th, 4) attend within chunks of
 * attention_chunk_size, which for the FLOPs is a causal window of that size (each token sees its chunk's earlier tokens).
 */
function llama4Overrides(reader: FactReader): ModelOverrides {
  const ffnWidth = reader.int(['intermediate_size_mlp']) ?? classDefault(16384, 'intermediate_size_mlp', 'Llama4TextConfig');
  const chunk = reader.int(['attention_chunk_size']);
  const layers = reader.int(['num_hidden_layers']);
  if (!chunk || !layers) return { ffnWidth };
  const listed = reader.present('no_rope_layers');
  const flags = listed && Array.isArray(listed.value) && listed.value.length === layers.value ? (listed.value as unknown[]) : undefined;
  const interval = reader.int(['no_rope_layer_interval']) ?? classDefault(4, 'no_rope_layer_interval', 'Llama4TextConfig');
  const chunked = flags
    ? derived(flags.filter((f) => f === 1 || f === true).length, { id: 'prov.chunkedLayers', args: { key: 'no_rope_layers' } }, chunk)
    : derived(layers.value - Math.floor(layers.value / interval.value), { id: 'prov.chunkedLayers', args: { key: 'no_rope_layer_interval' } }, chunk, interval);
  return { ffnWidth, slidingWindow: chunk, slidingWindowLayers: chunked };
}

/** Mistral3Config's projector settings, at the config's top level: the patch merger's spatial_merge_size and the linears' bias. */
function mistral3Projector(reader: FactReader): Pick<VisionSpec, 'mergeSize' | 'projectorBias'> {
  return {
    mergeSize: reader.int(['spatial_merge_size']) ?? classDefault(2, 'spatial_merge_size', 'Mistral3Config'),
    projectorBias: reader.bool(['multimodal_projector_bias']) ?? classDefault(true, 'multimodal_projector_bias', 'Mistral3Config'),
  };
}

/**
 * Hunyuan-A13B's mixture of experts. The remote code (modeling_hunyuan.py HunYuanMoE) and transformers' HunYuanMoE build
 * every expert as HunYuanMLP of intermediate_size (moe_intermediate_size is not read) under an nn.Linear gate wg (h × E, no
 * bias), top moe_topk; beside them the remote code's shared MLP of intermediate_size × num_shared_expert[0] when
 * use_mixed_mlp_moe, transformers' one of intermediate_size always. Layers from moe_layer_num_skipped on are MoE (the remote
 * code; transformers: all). MLA (use_mla) is not modelled. Cross-layer attention (use_cla, Hunyuan-Large's): a layer whose index is
 * not a multiple of cla_share_factor is a follower (HunYuanCrossAttention: q_proj, o_proj and the q/k norms, no k_proj or v_proj),
 * attending to the keys and values of the layer before it: the hybrid stack's `cross` mixer.
 */
function hunyuanMoe(
  r: FactReader,
  type: 'hunyuan' | 'hunyuan_v1_moe',
): { moe?: MoeSpec; hybrid?: ModelSpec['hybrid'] } | { error: Message; at?: Sourced<unknown> } {
  const cls = HF_MODEL_TYPES[type]!.configClass;
  const arch = <T>(value: T, ...from: Sourced<unknown>[]) => derived(value, { id: 'prov.architecture', args: { arch: cls } }, ...from);
  const mla = r.bool(['use_mla']);
  if (mla?.value) return { error: { id: 'recognize.unsupportedVariant', args: { key: 'use_mla', value: 'true', family: cls } }, at: mla };
  const layers = r.int(['num_hidden_layers']);
  const width = r.int(['intermediate_size']);
  if (!layers || !width) return { error: { id: 'recognize.missingKey', args: { keys: !layers ? 'num_hidden_layers' : 'intermediate_size' } } };
  const cla = r.bool(['use_cla']);
  const factor = cla?.value ? (r.int(['cla_share_factor'], { min: 1 }) ?? classDefault(2, 'cla_share_factor', cls)) : undefined;
  const hybrid = factor
    ? {
        hybrid: {
          mixers: derived(
            Array.from({ length: layers.value }, (_, i) => (i % factor.value === 0 ? ('attention' as const) : ('cross' as const))),
            { id: 'prov.hunyuanCla', args: { n: factor.value } },
            cla!,
            factor,
          ),
          ffn: everyLayer(layers, true, { id: 'prov.architecture', args: { arch: cls } }),
        },
      }
    : {};
  const experts = samePerLayer(r, 'num_experts', 1, cls);
  if ('error' in experts) return experts;
  // One expert: HunYuanMLP in every layer, a dense model.
  if (experts.value <= 1) return hybrid;
  const topK = samePerLayer(r, 'moe_topk', 1, cls);
  if ('error' in topK) return topK;
  if (topK.value < 1 || topK.value > experts.value) return { error: { id: 'recognize.topKOverExperts', args: { k: topK.value, e: experts.value } }, at: topK };
  let sharedExperts: Sourced<number> = arch(1, width);
  let sharedWidth: Sourced<number> = arch(width.value, width);
  let skipped: Sourced<number> = arch(0);
  if (type === 'hunyuan') {
    const mixed = r.bool(['use_mixed_mlp_moe']) ?? classDefault(false, 'use_mixed_mlp_moe', cls);
    const n = samePerLayer(r, 'num_shared_expert', 1, cls);
    if ('error' in n) return n;
    sharedExperts = derived(mixed.value ? 1 : 0, { id: 'prov.fromKey', args: { key: 'use_mixed_mlp_moe' } }, mixed);
    sharedWidth = mixed.value
      ? derived(width.value * n.value, { id: 'prov.hunyuanShared' }, width, n)
      : derived(0, { id: 'prov.fromKey', args: { key: 'use_mixed_mlp_moe' } }, mixed);
    skipped = r.int(['moe_layer_num_skipped'], { min: 0 }) ?? classDefault(0, 'moe_layer_num_skipped', cls);
  }
  const all = Array.from({ length: layers.value }, (_, i) => i);
  return {
    ...hybrid,
    moe: {
      experts,
      topK,
      expertWidth: derived(width.value, { id: 'prov.hunyuanExperts' }, width),
      sharedExperts,
      sharedWidth,
      sharedGate: arch(false),
      routerBias: arch(false),
      routerLinear: arch(true),
      layers: derived(
        all.filter((i) => i >= skipped.value),
        { id: 'prov.moeLayersDeepseek', args: { first: skipped.value, freq: 1 } },
        skipped,
        layers,
      ),
    },
  };
}

/**
 * ERNIE 4.5 VL's modality-isolated experts (modeling_ernie4_5_vl_moe.py Ernie4_5_VLMoeMoeBlock; Baidu's own code the same):
 * moe_num_experts and moe_intermediate_size give [text, vision] (one value: both); each MoE layer holds the text tokens'
 * experts with their gate and the image tokens' with theirs, each gate with a score-correction bias (moe_statics) when
 * moe_use_aux_free (transformers: always), and moe_num_shared_experts shared experts of the text width. The MoE layers:
 * mlp_layer_types, else from moe_layer_start_index to moe_layer_end_index, every moe_layer_interval-th (the conversion
 * script's rule).
 */
function ernieVlMoe(
  text: FactReader,
  nested: boolean,
): { moe: MoeSpec; modality: NonNullable<VisionSpec['modalityExperts']> } | { error: Message; at?: Sourced<unknown> } {
  const cls = nested ? 'Ernie4_5_VLMoeTextConfig' : 'Ernie4_5_VLMoEConfig';
  const arch = <T>(value: T, ...from: Sourced<unknown>[]) => derived(value, { id: 'prov.architecture', args: { arch: cls } }, ...from);
  const layers = text.int(['num_hidden_layers']);
  if (!layers) return { error: { id: 'recognize.missingKey', args: { keys: 'num_hidden_layers' } } };
  // A [text, vision] pair, or one value for both modalities.
  const pair = (key: string, d: readonly [number, number]): [Sourced<number>, Sourced<number>] | { error: Message; at?: Sourced<unknown> } => {
    const f = text.present(key);
    if (!f) return [classDefault(d[0], key, cls, `[${d.join(', ')}]`), classDefault(d[1], key, cls, `[${d.join(', ')}]`)];
    const v = f.value;
    if (typeof v === 'number' && Number.isInteger(v) && v > 0) return [fromFact(v, f), fromFact(v, f)];
    if (Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'number' && Number.isInteger(x) && x > 0)) {
      const at = fromFact(v, f);
      return [
        derived(v[0] as number, { id: 'prov.ernieModality', args: { key, index: 0 } }, at),
        derived(v[1] as number, { id: 'prov.ernieModality', args: { key, index: 1 } }, at),
      ];
    }
    return { error: { id: 'recognize.badList', args: { key } }, at: fromFact(0, f) };
  };
  const experts = pair('moe_num_experts', [64, 64]);
  if ('error' in experts) return experts;
  const widths = pair('moe_intermediate_size', [1536, 512]);
  if ('error' in widths) return widths;
  const topK = text.int(['moe_k']) ?? classDefault(6, 'moe_k', cls);
  if (topK.value > experts[0].value) return { error: { id: 'recognize.topKOverExperts', args: { k: topK.value, e: experts[0].value } }, at: topK };
  const shared = text.int(['moe_num_shared_experts'], { min: 0 }) ?? classDefault(nested ? 2 : 0, 'moe_num_shared_experts', cls);
  const scoreBias = text.bool(['moe_use_aux_free']) ?? (nested ? arch(true) : classDefault(false, 'moe_use_aux_free', cls));
  const all = Array.from({ length: layers.value }, (_, i) => i);
  let moeLayers: Sourced<number[]>;
  const types = text.present('mlp_layer_types');
  if (types && Array.isArray(types.value)) {
    if (types.value.length !== layers.value)
      return { error: { id: 'recognize.listLength', args: { key: 'mlp_layer_types', n: types.value.length, layers: layers.value } }, at: fromFact(0, types) };
    const list = types.value;
    moeLayers = fromFact(
      all.filter((i) => list[i] === 'sparse'),
      types,
    );
  } else {
    // One index or Baidu's per-modality lists (the earliest start, the latest end).
    const bound = (key: string, pick: (xs: number[]) => number, d: number): Sourced<number> => {
      const f = text.present(key);
      const v = f?.value;
      if (f && typeof v === 'number' && Number.isInteger(v) && v >= 0) return fromFact(v, f);
      if (f && Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'number' && Number.isInteger(x) && x >= 0))
        return fromFact(pick(v as number[]), f);
      return classDefault(d, key, cls);
    };
    const start = bound('moe_layer_start_index', (xs) => Math.min(...xs), nested ? 1 : 0);
    const end = bound('moe_layer_end_index', (xs) => Math.max(...xs), layers.value - 1);
    const every = text.int(['moe_layer_interval']) ?? classDefault(1, 'moe_layer_interval', cls);
    moeLayers = derived(
      all.filter((i) => (i + 1) % every.value === 0 && i >= start.value && i <= end.value),
      { id: 'prov.moeLayersDeepseek', args: { first: start.value, freq: every.value } },
      start,
      end,
      every,
    );
  }
  const moe: MoeSpec = {
    experts: experts[0],
    topK,
    expertWidth: widths[0],
    sharedExperts: shared,
    sharedWidth: shared.value > 0 ? derived(widths[0].value, { id: 'prov.sharedWidth' }, widths[0]) : arch(0),
    sharedGate: arch(false),
    routerBias: scoreBias,
    routerLinear: arch(false),
    layers: moeLayers,
  };
  const modality = derived(
    { experts: experts[1].value, width: widths[1].value, layers: moeLayers.value.length, scoreBias: scoreBias.value },
    { id: 'prov.ernieVisionExperts' },
    experts[1],
    widths[1],
    moeLayers,
    scoreBias,
  );
  return { moe, modality };
}

/** MoonViT's learned position table (init_pos_emb_height × init_pos_emb_width) and the patch merger's merge_kernel_size. */
function moonVitPositions(v: FactReader, cls: string): Pick<VisionSpec, 'positions' | 'mergeSize'> {
  const height = v.int(['init_pos_emb_height']) ?? classDefault(64, 'vision_config.init_pos_emb_height', cls);
  const width = v.int(['init_pos_emb_width']) ?? classDefault(64, 'vision_config.init_pos_emb_width', cls);
  const kernel = v.present('merge_kernel_size');
  const k = kernel?.value;
  const square = Array.isArray(k) && k.length === 2 && typeof k[0] === 'number' && Number.isInteger(k[0]) && k[0] > 0 && k[1] === k[0];
  return {
    positions: derived(height.value * width.value, { id: 'prov.moonVitPositions' }, height, width),
    mergeSize:
      kernel && square
        ? derived(k[0] as number, { id: 'prov.fromKey', args: { key: 'vision_config.merge_kernel_size' } }, fromFact(k, kernel))
        : classDefault(2, 'vision_config.merge_kernel_size', cls, '[2, 2]'),
  };
}

/** MoonViT-V2's attention width (qkv_hidden_size) as its heads' width: q, k and v h_v → qkv_hidden_size each, wo back. */
function moonVit2Width(v: FactReader, cls: string, heads: Sourced<number> | undefined): Pick<VisionSpec, 'headDim'> {
  const width = v.int(['qkv_hidden_size']) ?? classDefault(1536, 'vision_config.qkv_hidden_size', cls);
  const n = heads?.value ?? 12;
  return width.value % n === 0 ? { headDim: derived(width.value / n, { id: 'prov.fromKey', args: { key: 'vision_config.qkv_hidden_size' } }, width) } : {};
}

/** Lfm2VlConfig's projector keys, at the config's top level, and SigLIP 2's vision_use_head. */
function lfm2VlProjector(
  reader: FactReader,
  v: FactReader,
  cls: string,
): Pick<VisionSpec, 'mergeSize' | 'projectorHidden' | 'projectorBias' | 'projectorNorm' | 'poolingHead'> {
  const top = 'Lfm2VlConfig';
  return {
    mergeSize: reader.int(['downsample_factor']) ?? classDefault(2, 'downsample_factor', top),
    projectorHidden: reader.int(['projector_hidden_size']) ?? classDefault(2560, 'projector_hidden_size', top),
    projectorBias: reader.bool(['projector_bias']) ?? classDefault(true, 'projector_bias', top),
    projectorNorm: reader.bool(['projector_use_layernorm']) ?? classDefault(true, 'projector_use_layernorm', top),
    poolingHead: v.bool(['vision_use_head']) ?? classDefault(true, 'vision_config.vision_use_head', cls),
  };
}

/** Baidu's ERNIE 4.5 VL config names the resampler's merges at its top level (spatial_conv_size, temporal_conv_size). */
function ernieResampler(reader: FactReader): Pick<VisionSpec, 'mergeSize' | 'temporalPatch'> {
  const spatial = reader.int(['spatial_conv_size']);
  const temporal = reader.int(['temporal_conv_size']);
  return { ...(spatial ? { mergeSize: spatial } : {}), ...(temporal ? { temporalPatch: temporal } : {}) };
}

/** EXAONE 4.5's tower: Qwen2.5-VL's with num_key_value_heads (Exaone4_5_VisionConfig: 8) grouped key/value heads. */
function exaoneVisionHeads(v: FactReader, cls: string): Pick<VisionSpec, 'heads' | 'kvHeads'> {
  return {
    heads: v.int(['num_heads']) ?? classDefault(16, 'vision_config.num_heads', cls),
    kvHeads: v.int(['num_key_value_heads']) ?? classDefault(8, 'vision_config.num_key_value_heads', cls),
  };
}

/**
 * LLaVA's projector (LlavaMultiModalProjector: vision_feature_layer's layers concatenated, multimodal_projector_bias),
 * LLaVA-NeXT's image_newline (LlavaNextModel always holds it) and LLaVA-NeXT-Video's pooler: AvgPool2d or MaxPool2d (no
 * parameters), or a Conv2d of spatial_pool_out_channels (default the vision width) over spatial_pool_stride² taps.
 */
function llavaProjector(
  reader: FactReader,
  family: string,
  hidden: Sourced<number>,
): Pick<VisionSpec, 'projectorBias' | 'featureLayers' | 'imageNewline' | 'poolConv'> {
  const cls = family === 'llava_next_video' ? 'LlavaNextVideoConfig' : family === 'llava_next' ? 'LlavaNextConfig' : 'LlavaConfig';
  const layer = reader.present('vision_feature_layer');
  const list = layer && Array.isArray(layer.value) && layer.value.length > 0 ? layer.value : undefined;
  const mode = family === 'llava_next_video' ? (reader.str(['spatial_pool_mode']) ?? classDefault('average', 'spatial_pool_mode', cls)) : undefined;
  const conv = () => {
    const stride = reader.int(['spatial_pool_stride']) ?? classDefault(2, 'spatial_pool_stride', cls);
    const out = reader.int(['spatial_pool_out_channels']) ?? derived(hidden.value, { id: 'prov.fromKey', args: { key: 'vision_config.hidden_size' } }, hidden);
    return derived({ out: out.value, stride: stride.value }, { id: 'prov.fromKey', args: { key: 'spatial_pool_mode' } }, mode!, out, stride);
  };
  return {
    projectorBias: reader.bool(['multimodal_projector_bias']) ?? classDefault(true, 'multimodal_projector_bias', cls),
    ...(list && layer ? { featureLayers: derived(list.length, { id: 'prov.llavaFeatureLayers', args: { n: list.length } }, fromFact(list, layer)) } : {}),
    ...(family !== 'llava' ? { imageNewline: derived(true, { id: 'prov.architecture', args: { arch: cls } }) } : {}),
    ...(mode?.value === 'conv' ? { poolConv: conv() } : {}),
  };
}

/**
 * InternViT's variant (remote InternVisionConfig: qkv_bias, qk_normalization, norm_type; transformers' InternVLVisionConfig:
 * attention_bias, use_qk_norm, norm_type, use_mean_pooling, use_mask_token, use_absolute_position_embeddings), its
 * (image_size / patch_size)² + 1 learned positions, and mlp1's pixel shuffle: m = int(1 / downsample_ratio).
 */
function internVit(
  reader: FactReader,
  v: FactReader,
  cls: string,
  image: Sourced<number>,
  patch: Sourced<number>,
): Pick<VisionSpec, 'positions' | 'mergeSize' | 'internVit'> {
  const native = cls === 'InternVLVisionConfig';
  const flag = (key: string, dflt: boolean) => v.bool([key]) ?? classDefault(dflt, `vision_config.${key}`, cls);
  const qkvBias = flag(native ? 'attention_bias' : 'qkv_bias', false);
  const qkNorm = flag(native ? 'use_qk_norm' : 'qk_normalization', !native);
  const normType = v.str(['norm_type']) ?? classDefault(native ? 'layer_norm' : 'rms_norm', 'vision_config.norm_type', cls);
  const meanPooling = native ? flag('use_mean_pooling', true) : undefined;
  const maskToken = native ? flag('use_mask_token', false) : undefined;
  const absolute = native ? flag('use_absolute_position_embeddings', true) : undefined;
  const ratio = reader.num(['downsample_ratio']) ?? classDefault(0.5, 'downsample_ratio', native ? 'InternVLConfig' : 'InternVLChatConfig');
  const n = Math.floor(image.value / patch.value) ** 2 + 1;
  const flags = [qkvBias, qkNorm, normType, ...(meanPooling ? [meanPooling] : []), ...(maskToken ? [maskToken] : [])];
  return {
    positions:
      absolute && !absolute.value
        ? derived(0, { id: 'prov.fromKey', args: { key: 'vision_config.use_absolute_position_embeddings' } }, absolute)
        : derived(n, { id: 'prov.vitPatches', args: { n } }, image, patch),
    mergeSize: derived(Math.floor(1 / ratio.value), { id: 'prov.internVlMerge', args: { ratio: ratio.value } }, ratio),
    internVit: derived(
      {
        qkvBias: qkvBias.value,
        qkNorm: qkNorm.value,
        rmsNorm: normType.value === 'rms_norm',
        finalNorm: meanPooling ? !meanPooling.value : false,
        maskToken: maskToken?.value ?? false,
      },
      { id: 'prov.architecture', args: { arch: native ? 'InternVLVisionModel' : 'InternVisionModel' } },
      ...flags,
    ),
  };
}

/** What Gemma 4's count holds and where the cost model takes an average, said at layer_types (else the file's start). */
function gemma4Note(r: FactReader, m: ModelSpec): Finding {
  const g = m.gemma4!;
  const global = g.fullLayers.value.filter(Boolean).length;
  const args = { local: m.layers.value - global, global, shared: g.kvSharedLayers.value };
  const at = r.fact('layer_types') ?? r.facts[0];
  const where = at ? { file: at.file, range: at.keyRange } : undefined;
  if (g.altUpInputs)
    return finding(
      'assumed',
      'info',
      {
        id: 'hf.gemma3n',
        args: { ...args, width: g.perLayerWidth.value, vocab: g.perLayerVocab.value, streams: g.altUpInputs.value, rank: g.laurelRank?.value ?? 0 },
      },
      where,
    );
  return g.perLayerWidth.value > 0
    ? finding('assumed', 'info', { id: 'hf.gemma4Ple', args: { ...args, width: g.perLayerWidth.value, vocab: g.perLayerVocab.value } }, where)
    : finding('assumed', 'info', { id: 'hf.gemma4', args }, where);
}

/** VideoLLaMA3's projector (build_vision_projector): mlpNx_gelu stacks N biased linears, linear one. */
function videollamaProjector(reader: FactReader): Pick<VisionSpec, 'projectorLayers'> {
  const t = reader.str(['mm_projector_type']);
  const n = t ? /^mlp(\d+)x_gelu$/.exec(t.value) : null;
  if (!t) return {};
  return { projectorLayers: derived(n ? Number(n[1]) : 1, { id: 'prov.fromKey', args: { key: 'mm_projector_type' } }, t) };
}

/**
 * The modules of a remote-code model's config this version does not size: every top-level `*_config` other than `known`
 * (MiniCPM-V-based Scicore-Omics's gene_config, AndesVL's vision_config), each said where it starts, with its model_type.
 */
function uncountedParts(reader: FactReader, known: readonly string[]): Finding[] {
  // (And inside a known key that holds a known one, Qwen3-Omni's thinker_config: its own `*_config`, the audio encoder's.)
  const parents = new Set(known.filter((k) => k.includes('.')).map((k) => k.slice(0, k.lastIndexOf('.'))));
  const keyOf = (f: Fact) => {
    const first = String(f.path[0]);
    return parents.has(first) && f.path.length > 2 ? `${first}.${String(f.path[1])}` : first;
  };
  const keys = [...new Set(reader.facts.filter((f) => f.path.length > 1 && typeof f.path[0] === 'string').map(keyOf))];
  return keys
    .filter((k) => k.endsWith('_config') && !known.includes(k))
    .map((k) => {
      const first = reader.facts.find((f) => f.path.length > 1 && keyOf(f) === k)!;
      // (An empty model_type, Qwen3-Omni's talker's, is none.)
      const sub = reader.under(...k.split('.')).str(['model_type'])?.value || '—';
      return finding('unsupported', 'warning', { id: 'recognize.partNotCounted', args: { key: k, sub } }, { file: first.file, range: first.keyRange });
    });
}

/** The `*_config` keys of a multimodal model's config that its spec counts: its own, its text model's, Gemma 4's audio tower. */
function countedConfigs(mm: (typeof HF_MULTIMODAL)[string], model: ModelSpec): string[] {
  return [...(mm.ownConfigs ?? []), ...(mm.textKey ? [mm.textKey] : []), ...(model.gemma4Audio ? ['audio_config'] : [])];
}

/** Where a remote-code wrapper keeps its language model's config. */
const WRAPPER_TEXT_KEYS = ['text_config', 'llm_config', 'language_config'] as const;

/**
 * A model in remote code this version does not know as a whole (AndesVL's andesvl-aimv2-qwen3), whose language model is a
 * sub-config of a family it reads: that model, counted exactly as its family; a SigLIP vision tower (vision_config of
 * model_type siglip_vision_model) counted alone; every other `*_config` and the connector said as not counted (the total,
 * the weights' memory and the active parameters leave them out). Undefined when the file holds no such sub-config.
 */
function wrapperModel(ctx: RecognizeContext, reader: FactReader, named: Sourced<string>): FileRecognition | undefined {
  for (const key of WRAPPER_TEXT_KEYS) {
    const text = reader.under(key);
    // (A text config that names only its architecture, MiniMax-M3-VL's MiniMaxM3SparseForCausalLM: that architecture's type.)
    const listed = text.firstString(['architectures']);
    const sub = text.str(['model_type']) ?? (listed && HF_ARCHITECTURES[listed.value] ? { ...listed, value: HF_ARCHITECTURES[listed.value]! } : undefined);
    if (!sub || !HF_MODEL_TYPES[sub.value] || HF_MULTIMODAL[sub.value]) continue;
    const built = buildHfModel(text, sub.value, named);
    if (!built.model) return { ...emptyRecognition('hf', [...built.findings]) };
    const topTied = !text.has('tie_word_embeddings') ? reader.bool(['tie_word_embeddings']) : undefined;
    const tower = reader.under('vision_config').str(['model_type']);
    const siglip = tower?.value === 'siglip_vision_model';
    const vision = siglip ? { vision: visionSpec(reader, 'siglip_tower', 'SiglipVisionConfig') } : {};
    const model: ModelSpec = { ...built.model, ...(topTied ? { tiedEmbeddings: topTied } : {}), ...vision };
    const at = (s: Sourced<unknown>) =>
      s.source.kind === 'fact' ? { file: s.source.file, range: s.source.range } : { file: ctx.file, range: { start: 0, end: 0 } };
    const read = finding('guessed-mapping', 'info', { id: 'recognize.wrapperText', args: { type: named.value, key, text: sub.value } }, at(named));
    const connector = siglip
      ? [finding('unsupported', 'warning', { id: 'recognize.connectorNotCounted', args: { key: 'vision_config', tower: tower.value } }, at(tower))]
      : [];
    const parts = uncountedParts(reader, [key, 'quantization_config', ...(siglip ? ['vision_config'] : [])]);
    return { ...emptyRecognition('hf', [...built.findings, read, ...connector, ...parts]), model };
  }
  // A wrapper that names its language model by id (Ultravox's text_model_id: meta-llama/Llama-3.1-8B-Instruct) and builds it
  // from the Hub: the catalogue's model, where it knows the id; its own modules (an audio tower, a projector) said as not counted.
  const id = reader.str(['text_model_id']);
  if (id && findModel(id.value)) {
    const built = catalogueModel(id);
    if (!built.model) return undefined;
    const at = id.source.kind === 'fact' ? { file: id.source.file, range: id.source.range } : { file: ctx.file, range: { start: 0, end: 0 } };
    const read = finding('guessed-mapping', 'warning', { id: 'recognize.wrapperTextModelId', args: { type: named.value, model: id.value } }, at);
    return { ...emptyRecognition('hf', [...built.findings, read, ...uncountedParts(reader, ['quantization_config'])]), model: built.model };
  }
  return undefined;
}

/** What a vision-language family's config may ask for that is not modelled: the reason, where the file says it. */
function multimodalVariant(reader: FactReader, type: string, mm: (typeof HF_MULTIMODAL)[string]): { error: Message; at?: Sourced<unknown> } | undefined {
  const v = reader.under('vision_config');
  const unsupported = (key: string, f: Fact, family: string) => ({
    error: { id: 'recognize.unsupportedVariant', args: { key, value: String(f.value), family } } as Message,
    at: fromFact(f.value, f) as Sourced<unknown>,
  });
  // A LoRA wrapped into the model by its own code (InternVL's and LocateAnything's use_backbone_lora / use_llm_lora).
  if (type === 'internvl_chat' || type === 'locateanything') {
    for (const key of ['use_backbone_lora', 'use_llm_lora']) {
      const f = reader.present(key);
      if (f && typeof f.value === 'number' && f.value > 0)
        return unsupported(key, f, type === 'internvl_chat' ? 'InternVLChatModel' : 'LocateAnythingForConditionalGeneration');
    }
  }
  // The tower is AutoModel of vision_config: CLIP's is the one modelled (SigLIP's, in Granite Vision's LLaVA-NeXT, is not).
  const tower = v.present('model_type');
  if (mm.vision === 'llava' && tower && tower.value !== 'clip_vision_model') return unsupported('vision_config.model_type', tower, 'LLaVA');
  if (type === 'locateanything' && tower && tower.value !== 'moonvit')
    return unsupported('vision_config.model_type', tower, 'LocateAnythingForConditionalGeneration');
  if (type === 'llava_next_video') {
    const mode = reader.present('spatial_pool_mode');
    if (mode && !['average', 'max', 'conv'].includes(String(mode.value))) return unsupported('spatial_pool_mode', mode, 'LlavaNextVideoPooler');
  }
  if (mm.vision === 'intern_vit') {
    const norm = v.present('norm_type');
    if (norm && norm.value !== 'layer_norm' && norm.value !== 'rms_norm') return unsupported('vision_config.norm_type', norm, mm.visionClass);
    for (const key of ['image_size', 'patch_size']) {
      const f = v.present(key);
      if (f && Array.isArray(f.value) && !(f.value.length === 2 && f.value[0] === f.value[1])) return unsupported(`vision_config.${key}`, f, mm.visionClass);
    }
  }
  // MiniCPM-V: the 2.6 release (Qwen2, SigLIP-400M, the Resampler) is the one modelled; 2.5's Llama 3 and 4.x's differ.
  if (type === 'minicpmv') {
    const version = reader.present('version');
    if (!version) return { error: { id: 'recognize.requiredKey', args: { key: 'version', cls: 'MiniCPMVConfig' } } };
    if (version.value !== 2.6 && version.value !== '2.6') return unsupported('version', version, 'MiniCPM-V');
  }
  // VideoLLaMA3: the encoder's shapes from vision_encoder_config (no defaults assumed), the projector of mm_projector_type.
  if (type === 'videollama3_qwen2') {
    const enc = reader.under('vision_encoder_config');
    const missing = ['hidden_size', 'intermediate_size', 'num_hidden_layers', 'patch_size'].filter((k) => !enc.present(k));
    if (missing.length > 0) return { error: { id: 'recognize.missingKey', args: { keys: missing.map((k) => `vision_encoder_config.${k}`).join(', ') } } };
    const proj = reader.present('mm_projector_type');
    if (!proj) return { error: { id: 'recognize.missingKey', args: { keys: 'mm_projector_type' } } };
    if (!/^(linear|mlp[1-9]\d*x_gelu)$/.test(String(proj.value))) return unsupported('mm_projector_type', proj, 'VideoLLaMA3');
  }
  if (type === 'exaone4_5') {
    const hidden = v.int(['hidden_size']);
    const heads = v.int(['num_heads']);
    const kv = v.int(['num_key_value_heads']);
    if (hidden && heads && hidden.value % heads.value !== 0)
      return {
        error: { id: 'recognize.notDivisible', args: { key: 'vision_config.num_heads', n: heads.value, of: 'hidden_size', m: hidden.value } },
        at: heads,
      };
    if (heads && kv && heads.value % kv.value !== 0)
      return {
        error: { id: 'recognize.notDivisible', args: { key: 'vision_config.num_key_value_heads', n: kv.value, of: 'num_heads', m: heads.value } },
        at: kv,
      };
  }
  return undefined;
}

/**
 * Ling 2.0 (bailing_moe_v2, and bailing_moe on BailingMoeV2ForCausalLM): BailingMoeV2Config's defaults differ between its published
 * copies (Ming's: use_bias true, use_qk_norm false; Ling's: use_bias false), so use_qk_norm and num_shared_experts must be stated and
 * use_bias takes Ling's default. The shared expert is one MLP of moe_shared_expert_intermediate_size (else moe_intermediate_size)
 * × num_shared_experts. The num_nextn_predict_layers MTP layers (BailingMoeV2MTPLayer: eh_proj 2h → h, enorm, hnorm,
 * final_layernorm around a MoE layer) follow the num_hidden_layers decoder layers (llama.cpp's converter: block_count =
 * num_hidden_layers + num_nextn_predict_layers; Ling-mini-2.0's card: 789M non-embedding active parameters = 20 decoder layers):
 * reported beside the total as the other MTP layers are.
 *
 * Ling-flash-2.0's shapes (test/fixtures/survey/eighth/hf/125's llm_config: 32 layers of 4096, 32 heads, 4 KV, d 128, q/k norms,
 * the first layer dense of 9216, then 256 experts of 1024 with one shared, vocabulary 157,184, untied): 32 × 37,757,184 attention
 * and norms + 113,246,208 + 31 × 3,234,857,216 + 2 × 643,825,664 + 4096 = 102,889,705,216, the Hub's safetensors count for
 * inclusionAI/Ling-flash-2.0 (BF16 102,889,697,280 + F32 7,936 = 31 × 256 expert_bias).
 */
function bailingModel(
  reader: FactReader,
  arch: Sourced<string>,
  type: 'bailing_moe_v2' | 'bailing_moe_v1',
): { model?: ModelSpec; findings: readonly Finding[] } {
  const v1 = type === 'bailing_moe_v1';
  const cls = v1 ? 'BailingMoeConfig' : 'BailingMoeV2Config';
  // (Ling 1.x has no q/k norms; its num_shared_experts is stated in every published config.)
  const qkNorm = v1 ? classDefault(false, 'use_qk_norm', cls) : reader.bool(['use_qk_norm']);
  if (!qkNorm) return { findings: [...reader.findings, hybridFinding(reader, { error: { id: 'recognize.requiredKey', args: { key: 'use_qk_norm', cls } } })] };
  const useBias = reader.bool(['use_bias']) ?? classDefault(false, 'use_bias', cls);
  const overrides: ModelOverrides = { qkvBias: reader.bool(['use_qkv_bias']) ?? classDefault(false, 'use_qkv_bias', cls), outBias: useBias };
  return bailingShared(reader, buildModel(reader, HF_ALIASES, HF_MODEL_TYPES[type]!, arch, overrides), cls);
}

/**
 * Ling 2.0's shared expert (and Ring-linear's): one MLP of moe_shared_expert_intermediate_size (else moe_intermediate_size) ×
 * num_shared_experts, which a file with experts must state; more than one beside a width of its own is refused.
 */
function bailingShared(
  reader: FactReader,
  built: { model?: ModelSpec; findings: readonly Finding[] },
  cls: string,
): { model?: ModelSpec; findings: readonly Finding[] } {
  const fail = (e: { error: Message; at?: Sourced<unknown> }) => ({ findings: [...reader.findings, hybridFinding(reader, e)] });
  const shared = reader.int(['num_shared_experts'], { min: 0 });
  const sharedWidth = reader.int(['moe_shared_expert_intermediate_size'], { min: 0 });
  if (reader.int(['num_experts'], { min: 0 }) && !shared) return fail({ error: { id: 'recognize.requiredKey', args: { key: 'num_shared_experts', cls } } });
  if (shared && shared.value > 1 && sharedWidth)
    return fail({ error: { id: 'recognize.unsupportedVariant', args: { key: 'num_shared_experts', value: String(shared.value), family: cls } }, at: shared });
  const moe = built.model?.moe;
  if (!built.model || !moe || !shared) return built;
  const width = sharedWidth ?? derived(shared.value > 0 ? moe.expertWidth.value : 0, { id: 'prov.sharedWidth' }, moe.expertWidth);
  return { model: { ...built.model, moe: { ...moe, sharedExperts: shared, sharedWidth: width } }, findings: built.findings };
}

/**
 * DeepSeek-V4 (deepseek_v4's config.json, or DeepSeek's own ModelArgs under these names: recognize/deepseek.ts, with its traits
 * and the shapes only the architecture gives, `overrides`).
 */
export function deepseekV4Model(
  reader: FactReader,
  arch: Sourced<string>,
  traits: Traits = HF_MODEL_TYPES['deepseek_v4']!,
  overrides: ModelOverrides = {},
): { model?: ModelSpec; findings: Finding[] } {
  const v4 = deepseekV4(reader);
  if ('error' in v4) return { findings: [...reader.findings, hybridFinding(reader, v4)] };
  const built = buildModel(reader, HF_ALIASES, traits, arch, { ...overrides, dsv4: v4.dsv4 });
  if (!built.model) return { findings: [...built.findings] };
  const at = where(v4.dsv4.compressRatios) ?? { file: reader.facts[0]?.file ?? '', range: { start: 0, end: 0 } };
  const note = finding(
    'assumed',
    'info',
    { id: 'hf.deepseekV4', args: { topK: v4.dsv4.indexer.topK.value, window: built.model.slidingWindow?.value ?? 0 } },
    at,
  );
  const mtp = reader.int(['num_nextn_predict_layers'], { min: 0 })?.value ?? 0;
  const short = v4.dsv4.compressRatios.value.length < built.model.layers.value + mtp;
  const mtpNote = short ? [finding('assumed', 'info', { id: 'hf.deepseekV4MtpRatio', args: { n: v4.dsv4.compressRatios.value.length } }, at)] : [];
  return { model: built.model, findings: [...built.findings, note, ...mtpNote] };
}

/**
 * DeepSeek-V4's own shapes (spec.ts dsv4Schema), read from the keys DeepseekV4ForCausalLM's config.json writes for
 * inference/model.py's ModelArgs: compress_ratios (one per layer, then one per MTP block), q_lora_rank, qk_rope_head_dim,
 * o_groups, o_lora_rank, hc_mult, num_hash_layers and the indexer's index_n_heads, index_head_dim and index_topk. None has a
 * default here: ModelArgs' are a 7-layer test model's, so a file without one is refused, naming it.
 */
function deepseekV4(r: FactReader): { dsv4: Dsv4Spec } | { error: Message; at?: Sourced<unknown> } {
  const keys = ['q_lora_rank', 'qk_rope_head_dim', 'o_groups', 'o_lora_rank', 'hc_mult', 'index_n_heads', 'index_head_dim', 'index_topk'] as const;
  const values: Partial<Record<(typeof keys)[number], Sourced<number>>> = {};
  for (const key of keys) {
    const v = r.int([key], { min: 1 });
    if (!v) return { error: { id: 'recognize.missingKey', args: { keys: key } } };
    values[key] = v;
  }
  const hashLayers = r.int(['num_hash_layers'], { min: 0 });
  if (!hashLayers) return { error: { id: 'recognize.missingKey', args: { keys: 'num_hash_layers' } } };
  const layers = r.int(['num_hidden_layers']);
  if (!layers) return { error: { id: 'recognize.missingKey', args: { keys: 'num_hidden_layers' } } };
  const ratios = r.intList(['compress_ratios']);
  if (!ratios) {
    const f = r.present('compress_ratios');
    return f
      ? { error: { id: 'recognize.badList', args: { key: 'compress_ratios' } }, at: fromFact(0, f) }
      : { error: { id: 'recognize.missingKey', args: { keys: 'compress_ratios' } } };
  }
  // One ratio per layer and one per MTP block (the MTP blocks are layers L, L + 1, …: model.py indexes compress_ratios by them);
  // transformers' DeepseekV4Config keeps the layers' alone, and a checkpoint saved through it has no MTP block's ratio: 0 there
  // (the published configs' last entry), said.
  if (ratios.value.length < layers.value)
    return { error: { id: 'recognize.listLength', args: { key: 'compress_ratios', n: ratios.value.length, layers: layers.value } }, at: ratios };
  const heads = r.int(['num_attention_heads']);
  const groups = values.o_groups!;
  if (heads && heads.value % groups.value !== 0)
    return { error: { id: 'recognize.notDivisible', args: { key: 'o_groups', n: groups.value, of: 'num_attention_heads', m: heads.value } }, at: groups };
  return {
    dsv4: {
      compressRatios: ratios,
      qLoraRank: values.q_lora_rank!,
      ropeHeadDim: values.qk_rope_head_dim!,
      oGroups: groups,
      oLoraRank: values.o_lora_rank!,
      hcMult: values.hc_mult!,
      hashLayers,
      indexer: { heads: values.index_n_heads!, headDim: values.index_head_dim!, topK: values.index_topk! },
    },
  };
}
