/**
 * The classic Hugging Face families many people still fine-tune: OPT, MPNet, GPT-BigCode (StarCoderBase, SantaCoder), GPT-J,
 * CodeGen, GPT-Neo, ELECTRA, ALBERT, StableLM, MPT and DINOv2, each as its transformers modelling file builds it
 * (modeling_opt.py, modeling_mpnet.py, modeling_gpt_bigcode.py, modeling_gptj.py, modeling_codegen.py, modeling_gpt_neo.py,
 * modeling_electra.py, modeling_albert.py, modeling_stablelm.py, modeling_mpt.py, modeling_dinov2.py,
 * modeling_dinov2_with_registers.py). The pieces their layers share with the other families are read through buildModel; what
 * is their own (OPT's embedding projection and position offset, ALBERT's factorized embedding and shared layers, DINOv2's layer
 * scales…) is spec.ts classicSchema.
 */
import type { Finding, Message, Sourced } from '../types';
import { derived, finding, fromFact } from '../types';
import type { ClassicSpec, EncoderSpec, ModelSpec } from '../spec';
import { BIASED_LAYERNORM, buildModel, where, type ModelAliases, type ModelBuild, type ModelOverrides, type Traits } from './decoder';
import { classDefault } from './common';
import type { FactReader } from './reader';

/** Biased LayerNorm encoder layers (BERT's): post-norm, q/k/v/o and the GELU MLP biased, learned positions, tied. */
const bertLayers = { ...BIASED_LAYERNORM, normsPerLayer: 2 } as const;

/** GPT-J's and CodeGen's MLP linears (GPTJMLP / CodeGenMLP: fc_in, fc_out), the names PEFT's target_modules reach them by. */
const GPTJ_MLP_NAMES = [
  ['up', 'fc_in'],
  ['down', 'fc_out'],
] as const;

/**
 * GPT-J's layers (modeling_gptj.py, CodeGen's too): attention and MLP in parallel off one LayerNorm, bias-free attention
 * projections, a biased fc_in/fc_out GELU MLP of n_inner (4h when null), rotary positions on rotary_dim of each head (no
 * parameters), an untied lm_head with a bias; GPTJConfig's and CodeGenConfig's defaults.
 */
const gptjLayers = {
  ffn: 'plain',
  norm: 'layernorm',
  normsPerLayer: 1,
  positions: 'rope',
  tiedDefault: false,
  qkvBias: false,
  outBias: false,
  mlpBias: true,
  headBias: true,
  ffnFromHidden: 4,
  moduleNames: GPTJ_MLP_NAMES,
  defaults: { vocab: 50400, hidden: 4096, layers: 28, heads: 16 },
} as const;

/** StableLM (modeling_stablelm.py): Llama's layers with LayerNorms (with biases), o_proj and the SwiGLU MLP without biases, untied. */
const stableLmLayers = {
  ffn: 'gated',
  norm: 'layernorm',
  positions: 'rope',
  tiedDefault: false,
  qkvBias: false,
  outBias: false,
  mlpBias: false,
  defaults: { vocab: 50304, hidden: 2560, ffnWidth: 6912, layers: 32, heads: 32, kvHeads: 32 },
} as const;

/** Supported classic `model_type` values and the traits their modelling code fixes. */
export const HF_CLASSIC_TYPES: Readonly<Record<string, Traits>> = {
  // OPT (modeling_opt.py OPTForCausalLM): learned positions of max_position_embeddings + 2 rows, pre-norm (post-norm in
  // OPT-350m: do_layer_norm_before false) LayerNorm layers, q/k/v/out_proj and fc1/fc2 biased (enable_bias), a ReLU MLP of
  // ffn_dim, a final LayerNorm unless post-norm; the embedding of word_embed_proj_dim with bias-free project_in/project_out
  // when that differs from hidden_size; lm_head tied to it.
  opt: {
    ...bertLayers,
    configClass: 'OPTConfig',
    defaults: { vocab: 50272, hidden: 768, layers: 12, heads: 12 },
  },
  // MPNet (modeling_mpnet.py): BERT's post-norm layers, 514 learned positions (padding offset included), no token types, one
  // relative_attention_bias (buckets × heads) for the encoder; MPNetModel's pooler, MPNetForMaskedLM's BERT-style LM head.
  mpnet: {
    ...bertLayers,
    configClass: 'MPNetConfig',
    defaults: { vocab: 30527, hidden: 768, ffnWidth: 3072, layers: 12, heads: 12 },
  },
  // ELECTRA (modeling_electra.py): BERT's layers behind an embedding of embedding_size (positions and token types too) with a
  // biased E → h projection when E ≠ h; no pooler. ElectraConfig's defaults are electra-small's.
  electra: {
    ...bertLayers,
    configClass: 'ElectraConfig',
    defaults: { vocab: 30522, hidden: 256, ffnWidth: 1024, layers: 12, heads: 4 },
  },
  // ALBERT (modeling_albert.py): BERT's layers, num_hidden_groups sets of them shared by all num_hidden_layers, an
  // embedding of embedding_size mapped in by a biased E → h linear. AlbertConfig's defaults are albert-xxlarge's.
  albert: {
    ...bertLayers,
    configClass: 'AlbertConfig',
    defaults: { vocab: 30000, hidden: 4096, ffnWidth: 16384, layers: 12, heads: 64 },
  },
  // DINOv2 (modeling_dinov2.py Dinov2Model): pre-norm ViT blocks (qkv_bias, biased output and fc1/fc2, or a biased SwiGLU
  // with use_swiglu_ffn) with two layer-scale vectors each, a class token, a mask token, learned positions for the patches of
  // image_size and the class token, a final LayerNorm, no pooler; with registers (modeling_dinov2_with_registers.py) also
  // num_register_tokens learned tokens.
  dinov2: {
    ...bertLayers,
    configClass: 'Dinov2Config',
    defaults: { hidden: 768, layers: 12, heads: 12 },
  },
  dinov2_with_registers: {
    ...bertLayers,
    configClass: 'Dinov2WithRegistersConfig',
    defaults: { hidden: 768, layers: 12, heads: 12 },
  },
  // GPT-BigCode (modeling_gpt_bigcode.py: StarCoderBase, SantaCoder): GPT-2's layers, c_attn h → h + 2·d with one key/value
  // head when multi_query (GPTBigCodeConfig's default), else h → 3h; learned positions; tied.
  gpt_bigcode: {
    ...BIASED_LAYERNORM,
    configClass: 'GPTBigCodeConfig',
    ffnFromHidden: 4,
    defaults: { vocab: 50257, hidden: 768, layers: 12, heads: 12 },
  },
  // The Decision Transformer (modeling_decision_transformer.py DecisionTransformerModel): GPT-2's blocks under hidden_size
  // (n_inner null: 4h), its wte of vocab_size (1) rows and wpe of n_positions, the final LayerNorm, no language-model head
  // (counted as tied); the trajectory embeddings and heads around it (decisionTransformer).
  decision_transformer: {
    ...BIASED_LAYERNORM,
    configClass: 'DecisionTransformerConfig',
    ffnFromHidden: 4,
    fusedLinears: [['q', 'k', 'v']],
    defaults: { vocab: 1, hidden: 128, layers: 3, heads: 1 },
  },
  // GPT-J (modeling_gptj.py): gptjLayers, with q_proj, k_proj, v_proj and out_proj apart.
  gptj: { ...gptjLayers, configClass: 'GPTJConfig' },
  // CodeGen (modeling_codegen.py): GPT-J's layers with q, k and v in one bias-free qkv_proj (PEFT's target for all three).
  codegen: { ...gptjLayers, configClass: 'CodeGenConfig', fusedLinears: [['q', 'k', 'v']] },
  // GPT-Neo (modeling_gpt_neo.py): GPT-2's pre-norm layers with separate bias-free q/k/v_proj, a biased out_proj, a biased
  // c_fc/c_proj GELU MLP of intermediate_size (4h when null), learned positions, tied; its local attention layers (window_size)
  // add no parameters.
  gpt_neo: {
    configClass: 'GPTNeoConfig',
    ffn: 'plain',
    norm: 'layernorm',
    positions: 'learned',
    tiedDefault: true,
    qkvBias: false,
    outBias: true,
    mlpBias: true,
    ffnFromHidden: 4,
    defaults: { vocab: 50257, hidden: 2048, layers: 24, heads: 16 },
  },
  // StableLM (modeling_stablelm.py StableLmForCausalLM): q/k/v biased when use_qkv_bias, a LayerNorm without bias over each
  // head of q and k when qk_layernorm, one LayerNorm per layer when use_parallel_residual; partial rotary (no parameters).
  stablelm: { ...stableLmLayers, configClass: 'StableLmConfig' },
  // StableLM-3B-4E1T's first release (remote modeling_stablelm_epoch.py, StableLMEpochForCausalLM): the same layers.
  stablelm_epoch: { ...stableLmLayers, configClass: 'StableLMEpochConfig' },
  // MPT (modeling_mpt.py, and llm-foundry's remote code with no_bias): a fused Wqkv and out_proj, an MLP of
  // expansion_ratio × d_model, LayerNorms, none with a bias; ALiBi (no position table); tied.
  mpt: {
    configClass: 'MptConfig',
    ffn: 'plain',
    norm: 'layernorm-nobias',
    positions: 'relative',
    tiedDefault: true,
    qkvBias: false,
    outBias: false,
    mlpBias: false,
    defaults: { vocab: 50368, hidden: 2048, layers: 24, heads: 16 },
  },
};

/** Architecture class names of these families → model_type, for configs that name only the class. */
export const HF_CLASSIC_ARCHITECTURES: Readonly<Record<string, string>> = {
  OPTForCausalLM: 'opt',
  OPTModel: 'opt',
  MPNetForMaskedLM: 'mpnet',
  MPNetModel: 'mpnet',
  MPNetForSequenceClassification: 'mpnet',
  ElectraForPreTraining: 'electra',
  ElectraForMaskedLM: 'electra',
  ElectraModel: 'electra',
  ElectraForSequenceClassification: 'electra',
  ElectraForTokenClassification: 'electra',
  AlbertForMaskedLM: 'albert',
  AlbertModel: 'albert',
  AlbertForPreTraining: 'albert',
  AlbertForSequenceClassification: 'albert',
  Dinov2Model: 'dinov2',
  Dinov2ForImageClassification: 'dinov2',
  Dinov2WithRegistersModel: 'dinov2_with_registers',
  Dinov2WithRegistersForImageClassification: 'dinov2_with_registers',
  GPTBigCodeForCausalLM: 'gpt_bigcode',
  DecisionTransformerModel: 'decision_transformer',
  GPTJForCausalLM: 'gptj',
  CodeGenForCausalLM: 'codegen',
  GPTNeoForCausalLM: 'gpt_neo',
  GPTNeoModel: 'gpt_neo',
  StableLmForCausalLM: 'stablelm',
  StableLMEpochForCausalLM: 'stablelm_epoch',
  MptForCausalLM: 'mpt',
  MPTForCausalLM: 'mpt',
};

type Fail = { error: Message; at?: Sourced<unknown> };

/** The model of a config of one of these families, or what keeps it from being counted. */
export function classicModel(reader: FactReader, type: string, arch: Sourced<string>, aliases: ModelAliases): ModelBuild {
  const traits = HF_CLASSIC_TYPES[type]!;
  const read = classicOverrides(reader, type, arch);
  if ('error' in read) return { findings: [...reader.findings, failure(reader, read)] };
  const built = buildModel(reader, aliases, traits, arch, read.overrides);
  if (!built.model) return built;
  const model: ModelSpec = {
    ...built.model,
    ...(read.classic ? { classic: read.classic(built.model) } : {}),
    ...(read.encoder ? { encoder: read.encoder } : {}),
  };
  return { model, findings: [...built.findings, ...(read.notes ?? [])] };
}

interface ClassicRead {
  readonly overrides: ModelOverrides;
  readonly classic?: (m: ModelSpec) => Sourced<ClassicSpec>;
  readonly encoder?: EncoderSpec;
  readonly notes?: readonly Finding[];
}

function failure(reader: FactReader, f: Fail): Finding {
  const at = (f.at && where(f.at)) ?? { file: reader.facts[0]?.file ?? '', range: { start: 0, end: 0 } };
  return finding('unsupported', 'error', f.error, at);
}

/** A flag that switches a variant this version does not model: refused, naming the key. */
function unsupported(reader: FactReader, key: string, family: string): Fail {
  const f = reader.fact(key)!;
  return { error: { id: 'recognize.unsupportedVariant', args: { key, value: String(f.value), family } }, at: fromFact(f.value, f) };
}

/** The classic pieces a family does not have (TrOCR's decoder, hfVisionEncoderDecoder.ts, spreads them too). */
export const NO_CLASSIC: Omit<ClassicSpec, 'family' | 'embedWidth'> = {
  positionOffset: 0,
  finalNorm: true,
  relativeBuckets: 0,
  distinctLayers: 1,
  layerScale: false,
  maskToken: false,
  registers: 0,
  pairedClassifier: false,
};

function classicOverrides(reader: FactReader, type: string, arch: Sourced<string>): ClassicRead | Fail {
  switch (type) {
    case 'opt':
      return opt(reader, arch);
    case 'mpnet':
    case 'electra':
    case 'albert':
      return textEncoder(reader, type, arch);
    case 'dinov2':
    case 'dinov2_with_registers':
      return dinov2(reader, type, arch);
    case 'gpt_bigcode': {
      // GPTBigCodeAttention: kv_heads = 1 if multi_query else num_heads.
      const mq = reader.bool(['multi_query']) ?? classDefault(true, 'multi_query', 'GPTBigCodeConfig');
      return { overrides: mq.value ? { kvHeads: derived(1, { id: 'prov.multiQuery', args: { arch: 'GPTBigCodeAttention' } }, mq) } : {} };
    }
    case 'gptj':
    case 'codegen':
    case 'gpt_neo':
      return { overrides: {} };
    case 'stablelm':
    case 'stablelm_epoch':
      return stableLm(reader, type);
    case 'mpt':
      return mpt(reader);
    case 'decision_transformer':
      return decisionTransformer(reader, arch);
  }
  return { overrides: {} };
}

/** DecisionTransformerConfig's keys: state_dim (17), act_dim (4), max_ep_len (4096); its GPT-2 always tied (no head to untie). */
function decisionTransformer(reader: FactReader, arch: Sourced<string>): ClassicRead {
  const cls = 'DecisionTransformerConfig';
  const state = reader.int(['state_dim'], { min: 1 }) ?? classDefault(17, 'state_dim', cls);
  const act = reader.int(['act_dim'], { min: 1 }) ?? classDefault(4, 'act_dim', cls);
  const episode = reader.int(['max_ep_len'], { min: 1 }) ?? classDefault(4096, 'max_ep_len', cls);
  return {
    overrides: { tiedEmbeddings: derived(true, { id: 'prov.architecture', args: { arch: 'DecisionTransformerModel' } }) },
    classic: (m) =>
      derived(
        {
          ...NO_CLASSIC,
          family: 'decision_transformer' as const,
          embedWidth: m.hidden.value,
          trajectory: { stateDim: state.value, actDim: act.value, maxEpisode: episode.value },
        },
        { id: 'prov.classicLayout', args: { arch: arch.value, keys: 'state_dim, act_dim, max_ep_len' } },
        state,
        act,
        episode,
      ),
  };
}

/** OPTConfig's keys: ffn_dim, word_embed_proj_dim, do_layer_norm_before, enable_bias, layer_norm_elementwise_affine. */
function opt(reader: FactReader, arch: Sourced<string>): ClassicRead | Fail {
  const cls = 'OPTConfig';
  const ffn = reader.int(['ffn_dim']) ?? classDefault(3072, 'ffn_dim', cls);
  const maxPositions = reader.int(['max_position_embeddings']) ?? classDefault(2048, 'max_position_embeddings', cls);
  const bias = reader.bool(['enable_bias']) ?? classDefault(true, 'enable_bias', cls);
  const affine = reader.bool(['layer_norm_elementwise_affine']) ?? classDefault(true, 'layer_norm_elementwise_affine', cls);
  const before = reader.bool(['do_layer_norm_before']) ?? classDefault(true, 'do_layer_norm_before', cls);
  const removed = reader.bool(['_remove_final_layer_norm']) ?? classDefault(false, '_remove_final_layer_norm', cls);
  const proj = reader.int(['word_embed_proj_dim']);
  return {
    overrides: {
      ffnWidth: ffn,
      maxPositions,
      qkvBias: bias,
      outBias: bias,
      mlpBias: bias,
      ...(affine.value ? {} : { norm: derived('layernorm-nonparam' as const, { id: 'prov.fromKey', args: { key: 'layer_norm_elementwise_affine' } }, affine) }),
    },
    classic: (m) =>
      derived(
        {
          ...NO_CLASSIC,
          family: 'opt' as const,
          embedWidth: proj?.value ?? m.hidden.value,
          positionOffset: 2,
          finalNorm: before.value && !removed.value,
        },
        { id: 'prov.classicLayout', args: { arch: arch.value, keys: 'word_embed_proj_dim, do_layer_norm_before; max_position_embeddings + 2 position rows' } },
        ...(proj ? [proj] : []),
        before,
        removed,
      ),
  };
}

/** The task head an encoder's class adds (spec.ts encoderSchema) and its labels (id2label, num_labels, or the class's own). */
function encoderHead(reader: FactReader, arch: Sourced<string>, pooler: boolean): Pick<EncoderSpec, 'head' | 'labels'> {
  const a = arch.value;
  const byClass = <T>(value: T) => derived(value, { id: 'prov.encoderHead', args: { arch: a } }, arch);
  const head = /ForMaskedLM$/.test(a)
    ? byClass('mlm' as const)
    : /ForPreTraining$/.test(a)
      ? byClass('pretraining' as const)
      : /For(SequenceClassification|MultipleChoice)$/.test(a)
        ? byClass('classification' as const)
        : /For(TokenClassification|QuestionAnswering|ImageClassification)$/.test(a)
          ? byClass('token' as const)
          : byClass(pooler ? ('pooler' as const) : ('none' as const));
  const labelKeys = reader.keys().filter((k) => k.startsWith('id2label.'));
  const first = labelKeys.length ? reader.fact(labelKeys[0]!) : undefined;
  const labels: Sourced<number> = /ForMultipleChoice$/.test(a)
    ? byClass(1)
    : /ForQuestionAnswering$/.test(a)
      ? byClass(2)
      : first
        ? { value: labelKeys.length, source: { kind: 'fact', file: first.file, path: ['id2label'], range: first.keyRange } }
        : (reader.int(['num_labels']) ?? classDefault(2, 'num_labels', 'PretrainedConfig'));
  return { head, labels };
}

/**
 * MPNet, ELECTRA and ALBERT: their token types (MPNet none; type_vocab_size, default 2), the head, and their own pieces:
 * MPNet's relative buckets, ELECTRA's and ALBERT's embedding_size, ALBERT's num_hidden_groups (inner_group_num 1 only: each
 * group a single layer, as every released ALBERT).
 */
function textEncoder(reader: FactReader, type: 'mpnet' | 'electra' | 'albert', arch: Sourced<string>): ClassicRead | Fail {
  const cls = type === 'mpnet' ? 'MPNetConfig' : type === 'electra' ? 'ElectraConfig' : 'AlbertConfig';
  const typeVocab =
    type === 'mpnet'
      ? derived(0, { id: 'prov.architecture', args: { arch: cls } })
      : (reader.int(['type_vocab_size'], { min: 0 }) ?? classDefault(2, 'type_vocab_size', cls));
  // MPNetModel and AlbertModel add a pooler; ElectraModel has none.
  const encoder: EncoderSpec = { typeVocab, ...encoderHead(reader, arch, type !== 'electra') };
  const maxPositions = reader.has('max_position_embeddings') ? undefined : classDefault(type === 'mpnet' ? 514 : 512, 'max_position_embeddings', cls);
  const overrides: ModelOverrides = maxPositions ? { maxPositions } : {};
  if (type === 'mpnet') {
    const buckets = reader.int(['relative_attention_num_buckets'], { min: 0 }) ?? classDefault(32, 'relative_attention_num_buckets', cls);
    return {
      overrides,
      encoder,
      classic: (m) =>
        derived(
          { ...NO_CLASSIC, family: 'mpnet' as const, embedWidth: m.hidden.value, relativeBuckets: buckets.value },
          { id: 'prov.classicLayout', args: { arch: arch.value, keys: 'relative_attention_num_buckets' } },
          buckets,
        ),
    };
  }
  const embed = reader.int(['embedding_size']) ?? classDefault(128, 'embedding_size', cls);
  if (type === 'electra')
    return {
      overrides,
      encoder,
      classic: () =>
        derived(
          { ...NO_CLASSIC, family: 'electra' as const, embedWidth: embed.value },
          { id: 'prov.classicLayout', args: { arch: arch.value, keys: 'embedding_size' } },
          embed,
        ),
    };
  const inner = reader.int(['inner_group_num']) ?? classDefault(1, 'inner_group_num', cls);
  if (inner.value !== 1) return unsupported(reader, 'inner_group_num', 'ALBERT');
  const groups = reader.int(['num_hidden_groups']) ?? classDefault(1, 'num_hidden_groups', cls);
  const layers = reader.int(['num_hidden_layers']) ?? classDefault(12, 'num_hidden_layers', cls);
  if (layers.value % groups.value !== 0)
    return {
      error: { id: 'recognize.notDivisible', args: { key: 'num_hidden_layers', n: layers.value, of: 'num_hidden_groups', m: groups.value } },
      at: layers,
    };
  const at = where(groups) ?? where(layers) ?? { file: reader.facts[0]?.file ?? '', range: { start: 0, end: 0 } };
  return {
    overrides,
    encoder,
    classic: () =>
      derived(
        { ...NO_CLASSIC, family: 'albert' as const, embedWidth: embed.value, distinctLayers: groups.value },
        { id: 'prov.classicLayout', args: { arch: arch.value, keys: 'embedding_size, num_hidden_groups' } },
        embed,
        groups,
      ),
    notes: [finding('assumed', 'info', { id: 'hf.albertShared', args: { layers: layers.value, groups: groups.value } }, at)],
  };
}

/** Dinov2Config's keys: mlp_ratio, use_swiglu_ffn, image_size, patch_size, num_channels, qkv_bias, use_mask_token, num_register_tokens. */
function dinov2(reader: FactReader, type: 'dinov2' | 'dinov2_with_registers', arch: Sourced<string>): ClassicRead | Fail {
  const cls = type === 'dinov2' ? 'Dinov2Config' : 'Dinov2WithRegistersConfig';
  const hidden = reader.int(['hidden_size']) ?? classDefault(768, 'hidden_size', cls);
  const ratio = reader.num(['mlp_ratio'], { min: 0 }) ?? classDefault(4, 'mlp_ratio', cls);
  const swiglu = reader.bool(['use_swiglu_ffn']) ?? classDefault(false, 'use_swiglu_ffn', cls);
  const image = reader.int(['image_size']) ?? classDefault(224, 'image_size', cls);
  const patch = reader.int(['patch_size']) ?? classDefault(14, 'patch_size', cls);
  const channels = reader.int(['num_channels']) ?? classDefault(3, 'num_channels', cls);
  // Dinov2MLP: fc1 h → int(h · mlp_ratio); Dinov2SwiGLUFFN: weights_in h → 2·f, f = (int(int(h · mlp_ratio) · 2/3) + 7) // 8 · 8.
  const plain = Math.floor(hidden.value * ratio.value);
  const width = swiglu.value ? Math.floor((Math.floor((plain * 2) / 3) + 7) / 8) * 8 : plain;
  const ffnWidth = derived(
    width,
    { id: swiglu.value ? 'prov.dinov2SwiGlu' : 'prov.fromKey', args: swiglu.value ? { n: width } : { key: 'hidden_size × mlp_ratio' } },
    hidden,
    ratio,
    swiglu,
  );
  const tokens = Math.floor(image.value / patch.value) ** 2 + 1;
  // transformers 4.x always builds the mask token; 5.x when use_mask_token (default true).
  const mask = reader.bool(['use_mask_token']) ?? classDefault(true, 'use_mask_token', cls);
  const registers =
    type === 'dinov2'
      ? derived(0, { id: 'prov.architecture', args: { arch: cls } })
      : (reader.int(['num_register_tokens'], { min: 0 }) ?? classDefault(4, 'num_register_tokens', cls));
  const head = encoderHead(reader, arch, false);
  return {
    overrides: {
      vocab: derived(0, { id: 'prov.imagePatches' }, image),
      maxPositions: derived(tokens, { id: 'prov.vitPatches', args: { n: tokens } }, image, patch),
      qkvBias: reader.bool(['qkv_bias']) ?? classDefault(true, 'qkv_bias', cls),
      ffnWidth,
      ...(swiglu.value ? { ffnKind: derived('gated' as const, { id: 'prov.fromKey', args: { key: 'use_swiglu_ffn' } }, swiglu) } : {}),
    },
    encoder: {
      typeVocab: derived(0, { id: 'prov.architecture', args: { arch: cls } }),
      ...head,
      patchEmbedding: derived({ channels: channels.value, patch: patch.value }, { id: 'prov.architecture', args: { arch: cls } }, channels, patch),
    },
    classic: (m) =>
      derived(
        {
          ...NO_CLASSIC,
          family: 'dinov2' as const,
          embedWidth: m.hidden.value,
          layerScale: true,
          maskToken: mask.value,
          registers: registers.value,
          pairedClassifier: head.head.value === 'token' && /ForImageClassification$/.test(arch.value),
        },
        { id: 'prov.classicLayout', args: { arch: arch.value, keys: 'layerscale_value, use_mask_token, num_register_tokens' } },
        mask,
        registers,
      ),
  };
}

/** StableLmConfig's keys: use_qkv_bias, qk_layernorm, use_parallel_residual (StableLMEpochConfig: use_qkv_bias). */
function stableLm(reader: FactReader, type: 'stablelm' | 'stablelm_epoch'): ClassicRead | Fail {
  const cls = type === 'stablelm' ? 'StableLmConfig' : 'StableLMEpochConfig';
  const qkvBias = reader.bool(['use_qkv_bias']) ?? classDefault(false, 'use_qkv_bias', cls);
  const qkNorm = reader.bool(['qk_layernorm']);
  const parallel = reader.bool(['use_parallel_residual']);
  if (type === 'stablelm_epoch' && (qkNorm?.value || parallel?.value))
    return unsupported(reader, qkNorm?.value ? 'qk_layernorm' : 'use_parallel_residual', cls);
  return {
    overrides: {
      qkvBias,
      // StableLmLayerNormPerHead: a bias-free LayerNorm of head_dim per query head and per key/value head.
      ...(qkNorm
        ? { qkNorm: derived(qkNorm.value ? ('full' as const) : ('none' as const), { id: 'prov.fromKey', args: { key: 'qk_layernorm' } }, qkNorm) }
        : {}),
      ...(parallel?.value ? { normsPerLayer: derived(1, { id: 'prov.fromKey', args: { key: 'use_parallel_residual' } }, parallel) } : {}),
    },
  };
}

/**
 * MPT's keys (MptConfig, llm-foundry's MPTConfig): d_model, n_heads, n_layers, expansion_ratio, max_seq_len, no_bias and
 * attn_config. What is modelled: no_bias true, ALiBi, multi-head, grouped (kv_n_heads) or multi-query attention without
 * q/k LayerNorms, and the plain MLP (ffn_config's mptmlp) or its gated mptglu.
 */
function mpt(reader: FactReader): ClassicRead | Fail {
  const cls = 'MptConfig';
  const noBias = reader.bool(['no_bias']);
  if (noBias && !noBias.value) return unsupported(reader, 'no_bias', cls);
  const alibi = reader.bool(['attn_config.alibi']);
  if (alibi && !alibi.value) return unsupported(reader, 'attn_config.alibi', cls);
  const qkLn = reader.bool(['attn_config.qk_ln']);
  if (qkLn?.value) return unsupported(reader, 'attn_config.qk_ln', cls);
  const attnType = reader.str(['attn_config.attn_type']);
  const ffnType = reader.str(['ffn_config.ffn_type']);
  if (ffnType && ffnType.value !== 'mptmlp' && ffnType.value !== 'mptglu') return unsupported(reader, 'ffn_config.ffn_type', cls);
  const hidden = reader.int(['d_model']) ?? classDefault(2048, 'd_model', cls);
  const ratio = reader.num(['expansion_ratio'], { min: 0 }) ?? classDefault(4, 'expansion_ratio', cls);
  const out: { -readonly [K in keyof ModelOverrides]: ModelOverrides[K] } = {
    ffnWidth: derived(Math.floor(hidden.value * ratio.value), { id: 'prov.fromKey', args: { key: 'expansion_ratio × d_model' } }, hidden, ratio),
    maxPositions: reader.int(['max_seq_len']) ?? classDefault(2048, 'max_seq_len', cls),
  };
  if (ffnType?.value === 'mptglu') out.ffnKind = derived('gated', { id: 'prov.fromKey', args: { key: 'ffn_config.ffn_type' } }, ffnType);
  if (attnType?.value === 'multiquery_attention') out.kvHeads = derived(1, { id: 'prov.multiQuery', args: { arch: 'MPT' } }, attnType);
  else if (attnType?.value === 'grouped_query_attention') {
    const kv = reader.int(['attn_config.kv_n_heads']);
    if (!kv) return { error: { id: 'recognize.missingKey', args: { keys: 'attn_config.kv_n_heads' } }, at: attnType };
    out.kvHeads = kv;
  } else if (attnType && attnType.value !== 'multihead_attention') return unsupported(reader, 'attn_config.attn_type', cls);
  return { overrides: out };
}
