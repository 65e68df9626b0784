/**
 * Builds the model part of the spec from facts, given a family's alias table and the traits of the
 * architecture (what the config does not say because the model code fixes it). Shared by the
 * families whose files describe a transformer with flat keys (Hugging Face, DeepSeek's own format).
 */
import type { Finding, Sourced } from '../types';
import { derived, finding, fromFact } from '../types';
import type { AdapterTarget, ModelSpec, MoeSpec, MlaSpec } from '../spec';
import { FactReader } from './reader';

export interface ModelAliases {
  readonly layers: readonly string[];
  readonly hidden: readonly string[];
  readonly heads: readonly string[];
  readonly kvHeads: readonly string[];
  readonly headDim: readonly string[];
  readonly ffnWidth: readonly string[];
  readonly vocab: readonly string[];
  readonly maxPositions: readonly string[];
  readonly tied: readonly string[];
  readonly experts: readonly string[];
  readonly topK: readonly string[];
  readonly expertWidth: readonly string[];
  readonly sharedExperts: readonly string[];
  readonly sharedExpertWidth: readonly string[];
  readonly firstDenseLayers: readonly string[];
  readonly moeLayerFreq: readonly string[];
  readonly sparseStep: readonly string[];
  readonly mlpOnlyLayers: readonly string[];
  readonly qLoraRank: readonly string[];
  readonly kvLoraRank: readonly string[];
  readonly qkNopeHeadDim: readonly string[];
  readonly qkRopeHeadDim: readonly string[];
  readonly vHeadDim: readonly string[];
  readonly mtpLayers: readonly string[];
  readonly attentionBias: readonly string[];
  readonly mlpBias: readonly string[];
  readonly slidingWindow: readonly string[];
  readonly decoderLayers: readonly string[];
  readonly relativeBuckets: readonly string[];
}

/**
 * Shape keys a config class gives a default for: the transformer's sizes, a MoE's (GlmMoeDsaConfig: 256 experts, top 8, the
 * first 3 layers dense), MLA's ranks and head dims and DeepSeek Sparse Attention's indexer (index_n_heads 32, index_head_dim
 * 128, index_topk 2048).
 */
export type DefaultField =
  | 'layers'
  | 'hidden'
  | 'heads'
  | 'kvHeads'
  | 'headDim'
  | 'ffnWidth'
  | 'vocab'
  | 'slidingWindow'
  | 'experts'
  | 'topK'
  | 'expertWidth'
  | 'sharedExperts'
  | 'firstDenseLayers'
  | 'qLoraRank'
  | 'kvLoraRank'
  | 'qkNopeHeadDim'
  | 'qkRopeHeadDim'
  | 'vHeadDim'
  | 'indexHeads'
  | 'indexHeadDim'
  | 'indexTopK';

/** What an architecture's code fixes, independent of the config's values. */
export interface Traits {
  /** Name shown in provenance, e.g. "LlamaConfig" or "DeepSeek ModelArgs". */
  readonly configClass: string;
  readonly ffn: 'gated' | 'plain' | 'from-t5-keys';
  readonly norm: 'rmsnorm' | 'layernorm' | 'layernorm-nobias' | 'layernorm-nonparam';
  readonly normsPerLayer?: number;
  readonly positions: 'rope' | 'learned' | 'relative' | 'none';
  readonly tiedDefault: boolean;
  readonly qkvBias: boolean | 'attention_bias';
  readonly outBias: boolean | 'attention_bias';
  readonly mlpBias: boolean | 'mlp_bias';
  readonly qkNorm?: 'none' | 'per-head' | 'full';
  /** q/k norms only when the config's flag says so (use_qk_norm: Cohere's per-head LayerNorm weights, GLM-4.5's and Hunyuan's RMSNorm over d). */
  readonly qkNormFlag?: { readonly key: string; readonly kind: 'per-head' | 'full' };
  /** The output head (lm_head) has a bias (Phi-1.5 / Phi-2), or when the config's lm_head_bias says so (PhiMoE). */
  readonly headBias?: boolean | 'lm_head_bias';
  /** A norm after the token embedding (BLOOM). */
  readonly embeddingNorm?: boolean;
  /** The config class's default for sliding_window_pattern where layer_types is absent (Gemma3TextConfig 6, Cohere2Config 4). */
  readonly slidingPatternDefault?: number;
  /**
   * The config class's defaults for shape keys a file may leave out (Gemma3TextConfig: a Gemma 3 config.json names only
   * the sizes that differ from the class), each stated as a class default where used.
   */
  readonly defaults?: Partial<Record<DefaultField, number>>;
  /** FFN width when the config leaves it out (GPT-2: n_inner null → 4h). */
  readonly ffnFromHidden?: number;
  readonly moe?: 'every-layer' | 'qwen' | 'deepseek' | 'llama4';
  /** Qwen2-MoE: one shared expert of shared_expert_intermediate_size, gated by a 1-output linear. */
  readonly qwenSharedExpert?: boolean;
  /** Router score-correction bias: from topk_method (HF) or score_func (DeepSeek's own format). */
  readonly routerBias?: 'topk_method' | 'score_func' | 'always' | 'aux_free';
  /** A learned attention-sink logit per head in every layer (gpt-oss). */
  readonly sinks?: boolean;
  readonly mla?: boolean;
  /** DeepSeek Sparse Attention's lightning indexer in every layer (V3.2). */
  readonly indexer?: boolean;
  /** The router is not an nn.Linear (gpt-oss's GptOssTopKRouter holds its own weight): MoeSpec.routerLinear false. */
  readonly routerLinear?: false;
  /** Roles the modelling code computes with one linear (Phi-3's qkv_proj and gate_up_proj): ModelSpec.fusedLinears. */
  readonly fusedLinears?: readonly (readonly AdapterTarget[])[];
  /** The modelling code's own names for a role's linears (LFM2's out_proj, w1, w3, w2): ModelSpec.moduleNames. */
  readonly moduleNames?: readonly (readonly [AdapterTarget, string])[];
  /** The experts are stacked parameters, not linears (gpt-oss's GptOssExperts): MoeSpec.expertsFused. */
  readonly expertsFused?: true;
  /** Llama 3.2 Vision: the layers `cross_attention_layers` lists attend to the image (ModelSpec.crossAttentionLayers). */
  readonly crossAttention?: { readonly defaultCount: number; readonly defaultList: string };
  readonly encoderDecoder?: boolean;
  /**
   * Sliding window applies: to all layers, to every other layer (Gemma 2), (Qwen) only when use_sliding_window, from
   * max_window_layers on, or (Gemma 3) to the layers `layer_types` names sliding_attention, else to all but every
   * sliding_window_pattern-th layer (Gemma3TextConfig: default 6, five local layers to one global).
   */
  readonly slidingWindow?: 'all-layers' | 'alternate' | 'qwen' | 'layer-types';
}

/**
 * GPT-2's, BERT's and BART's layers: biased attention and a plain (GELU, ReLU) MLP, LayerNorms with their biases, learned
 * positions, a tied head. (GPT-2, GPT-BigCode, the Decision Transformer, TrOCR's decoder and the encoders build on it.)
 */
export const BIASED_LAYERNORM = {
  ffn: 'plain',
  norm: 'layernorm',
  positions: 'learned',
  tiedDefault: true,
  qkvBias: true,
  outBias: true,
  mlpBias: true,
} as const;

/**
 * RWKV's layers (recognize/rwkv.ts): the channel mix's key and value as a plain MLP without biases, two LayerNorms with their
 * biases, no positions, an untied head.
 */
export const RWKV_LAYERS = {
  ffn: 'plain',
  norm: 'layernorm',
  normsPerLayer: 2,
  positions: 'none',
  tiedDefault: false,
  qkvBias: false,
  outBias: false,
  mlpBias: false,
} as const;

/** Values a family computes itself from its own flags (e.g. Megatron's --swiglu); they win over the traits. */
export type ModelOverrides = Partial<
  Pick<
    ModelSpec,
    | 'layers'
    | 'hidden'
    | 'heads'
    | 'ffnKind'
    | 'ffnWidth'
    | 'norm'
    | 'positions'
    | 'tiedEmbeddings'
    | 'qkvBias'
    | 'outBias'
    | 'mlpBias'
    | 'qkNorm'
    | 'normsPerLayer'
    | 'vocab'
    | 'kvHeads'
    | 'headDim'
    | 'maxPositions'
    | 'moe'
    | 'mla'
    | 'mtpLayers'
    | 'mtpBlocks'
    | 'slidingWindow'
    | 'slidingWindowLayers'
    | 'attentionSinks'
    | 'valueHeadDim'
    | 'slidingAttention'
    | 'hybrid'
    | 'outputGate'
    | 'activationParams'
    | 'embeddingNorm'
    | 'dsv4'
    | 'gemma4'
    | 'blockAttnRes'
    | 'blockSparse'
    | 'differentialAttention'
  >
> & {
  /** LatentMoE's width and norm on the MoE the file's keys build (Kimi K3's routed_expert_hidden_size, latent_moe_use_norm). */
  readonly moeLatent?: Pick<MoeSpec, 'latent' | 'latentNorm'>;
};

export interface ModelBuild {
  readonly model?: ModelSpec;
  readonly findings: readonly Finding[];
}

/** The most layers an MoE stack's per-layer list holds (spec.ts: the MoE layers, 100,000 at most). */
const MAX_MOE_LAYERS = 100000;

export function buildModel(
  reader: FactReader,
  aliases: ModelAliases,
  traits: Traits,
  architecture: Sourced<string>,
  overrides: ModelOverrides = {},
): ModelBuild {
  const findings: Finding[] = [];
  const anyFile = reader.facts[0]?.file ?? '';
  const byArch = (value: unknown): Sourced<never> => derived(value as never, { id: 'prov.architecture', args: { arch: architecture.value } }, architecture);
  // A key the file leaves out takes the model class's default: fixed by code, not a guess.
  const classDefault = <T>(value: T, key: string): Sourced<T> =>
    derived(value, { id: 'prov.classDefault', args: { key, cls: traits.configClass, value: String(value) } });

  const required = (value: Sourced<number> | undefined, names: readonly string[]): Sourced<number> | undefined => {
    if (!value && !reader.present(...names)) {
      // Written, but with a value no static reading can know ($1, $(cmd), an unset variable): point at it.
      const unknown = reader.unknownRequired(...names);
      findings.push(
        unknown
          ? finding(
              'unknown-value',
              'error',
              { id: 'recognize.unknownValue', args: { key: unknown.path.join('.') } },
              { file: unknown.file, range: unknown.valueRange },
            )
          : finding('missing-key', 'error', { id: 'recognize.missingKey', args: { keys: names.join(' / ') } }, { file: anyFile, range: { start: 0, end: 0 } }),
      );
    }
    return value;
  };

  /** The key's value, else the class default when the file leaves the key out (Traits.defaults). */
  const int = (field: DefaultField, names: readonly string[], opts?: { min?: number }): Sourced<number> | undefined =>
    withDefault(reader, traits, field, names, classDefault, opts);
  const layers = overrides.layers ?? required(int('layers', aliases.layers), aliases.layers);
  const hidden = overrides.hidden ?? required(int('hidden', aliases.hidden), aliases.hidden);
  const heads = overrides.heads ?? required(int('heads', aliases.heads), aliases.heads);
  const vocab = overrides.vocab ?? required(int('vocab', aliases.vocab), aliases.vocab);

  // MLA (DeepSeek V2/V3): num_key_value_heads is meaningless.
  let mla: MlaSpec | undefined = overrides.mla;
  if (!mla && traits.mla && (reader.present(...aliases.kvLoraRank) || traits.defaults?.kvLoraRank !== undefined)) {
    const kvLoraRank = int('kvLoraRank', aliases.kvLoraRank);
    const qkNopeHeadDim = int('qkNopeHeadDim', aliases.qkNopeHeadDim);
    const qkRopeHeadDim = int('qkRopeHeadDim', aliases.qkRopeHeadDim);
    const vHeadDim = int('vHeadDim', aliases.vHeadDim);
    const qLoraRank = int('qLoraRank', aliases.qLoraRank, { min: 0 }) ?? classDefault(0, aliases.qLoraRank[0] ?? 'q_lora_rank');
    // DeepSeek-V3.2's sparse attention adds a lightning indexer to every layer (index_n_heads, index_head_dim).
    const ixHeads = traits.indexer ? int('indexHeads', ['index_n_heads']) : undefined;
    const ixDim = traits.indexer ? int('indexHeadDim', ['index_head_dim']) : undefined;
    const ixTopK = traits.indexer ? int('indexTopK', ['index_topk']) : undefined;
    // (GLM-5.2/5.3's indexer_types: "full" layers hold an indexer, "shared" ones reuse the last full layer's choice.)
    const types = traits.indexer ? reader.present('indexer_types') : undefined;
    const listed = types && Array.isArray(types.value) ? (types.value as unknown[]) : undefined;
    // A list shorter than the layers (NVIDIA ModelOpt's GLM-5.3 export: 74 of 78) continues as its index_topk_freq repeats it, said.
    const freq = listed && layers && listed.length < layers.value ? reader.int(['index_topk_freq']) : undefined;
    const kinds =
      listed && freq && freq.value <= listed.length
        ? Array.from({ length: layers!.value }, (_, i) =>
            i < listed.length ? listed[i] : listed[listed.length - freq.value + ((i - listed.length) % freq.value)],
          )
        : listed;
    if (freq && kinds !== listed)
      findings.push(
        finding(
          'assumed',
          'info',
          { id: 'recognize.indexerTypesExtended', args: { n: listed!.length, layers: layers!.value, freq: freq.value } },
          { file: types!.file, range: types!.keyRange },
        ),
      );
    const ixLayers =
      kinds && kinds.every((k) => k === 'full' || k === 'shared') && kinds.includes('shared')
        ? fromFact(
            kinds.flatMap((k, i) => (k === 'full' ? [i] : [])),
            types!,
          )
        : undefined;
    const indexer =
      ixHeads && ixDim ? { heads: ixHeads, headDim: ixDim, ...(ixTopK ? { topK: ixTopK } : {}), ...(ixLayers ? { layers: ixLayers } : {}) } : undefined;
    if (kvLoraRank && qkNopeHeadDim && qkRopeHeadDim && vHeadDim)
      mla = { qLoraRank, kvLoraRank, qkNopeHeadDim, qkRopeHeadDim, vHeadDim, ...(indexer ? { indexer } : {}) };
    else
      findings.push(
        finding(
          'missing-key',
          'error',
          { id: 'recognize.missingKey', args: { keys: [...aliases.qkNopeHeadDim, ...aliases.qkRopeHeadDim, ...aliases.vHeadDim].join(' / ') } },
          { file: anyFile, range: { start: 0, end: 0 } },
        ),
      );
  }

  if (!layers || !hidden || !heads || !vocab) return { findings: [...reader.findings, ...findings] };

  let kvHeads: Sourced<number>;
  if (overrides.kvHeads) kvHeads = overrides.kvHeads;
  else if (mla) kvHeads = derived(heads.value, { id: 'prov.mlaKvHeads' }, heads);
  else kvHeads = int('kvHeads', aliases.kvHeads) ?? derived(heads.value, { id: 'prov.kvHeadsDefault' }, heads);

  let headDim = overrides.headDim ?? int('headDim', aliases.headDim);
  // Latent attention's heads are their own width (d_nope + d_rope), whatever h / a is (Kimi K3: 7168 over 96 heads).
  if (!headDim && mla && hidden.value % heads.value !== 0)
    headDim = derived(mla.qkNopeHeadDim.value + mla.qkRopeHeadDim.value, { id: 'prov.mlaHeadDim' }, mla.qkNopeHeadDim, mla.qkRopeHeadDim);
  if (!headDim) {
    if (hidden.value % heads.value !== 0) {
      findings.push(finding('shape', 'error', { id: 'recognize.headDimNotInteger', args: { hidden: hidden.value, heads: heads.value } }, where(hidden)));
      return { findings: [...reader.findings, ...findings] };
    }
    headDim = derived(hidden.value / heads.value, { id: 'prov.headDim' }, hidden, heads);
  }

  // Mixture of experts.
  let moe: MoeSpec | undefined = overrides.moe;
  if (!moe && traits.moe) {
    const experts = int('experts', aliases.experts, { min: 0 });
    if (experts && experts.value > 0) {
      const built = buildMoe(reader, aliases, traits, layers, experts, classDefault, findings);
      if (!built) return { findings: [...reader.findings, ...findings] };
      moe = overrides.moeLatent ? { ...built, ...overrides.moeLatent } : built;
    }
  }

  let ffnWidth = overrides.ffnWidth ?? int('ffnWidth', aliases.ffnWidth);
  if (!ffnWidth && traits.ffnFromHidden)
    ffnWidth = derived(traits.ffnFromHidden * hidden.value, { id: 'prov.ffnFromHidden', args: { factor: traits.ffnFromHidden } }, hidden);
  if (!ffnWidth && moe && moe.layers.value.length === layers.value) ffnWidth = derived(moe.expertWidth.value, { id: 'prov.ffnUnused' }, moe.expertWidth);
  if (!ffnWidth) {
    findings.push(
      finding(
        'missing-key',
        'error',
        { id: 'recognize.missingKey', args: { keys: aliases.ffnWidth.join(' / ') } },
        { file: anyFile, range: { start: 0, end: 0 } },
      ),
    );
    return { findings: [...reader.findings, ...findings] };
  }

  let ffnKind: Sourced<'gated' | 'plain'>;
  if (overrides.ffnKind) ffnKind = overrides.ffnKind;
  else if (traits.ffn === 'from-t5-keys') {
    const proj = reader.str(['feed_forward_proj']);
    const gated = reader.bool(['is_gated_act']);
    if (gated) ffnKind = derived(gated.value ? 'gated' : 'plain', { id: 'prov.fromKey', args: { key: 'is_gated_act' } }, gated);
    else if (proj) ffnKind = derived(proj.value.startsWith('gated-') ? 'gated' : 'plain', { id: 'prov.fromKey', args: { key: 'feed_forward_proj' } }, proj);
    else ffnKind = classDefault('plain', 'feed_forward_proj');
  } else ffnKind = byArch(traits.ffn);

  const tiedEmbeddings = overrides.tiedEmbeddings ?? reader.bool(aliases.tied) ?? classDefault(traits.tiedDefault, aliases.tied[0] ?? 'tie_word_embeddings');
  const attentionBias = reader.bool(aliases.attentionBias);
  const mlpBiasKey = reader.bool(aliases.mlpBias);
  const bias = (t: boolean | 'attention_bias' | 'mlp_bias', key: string, fromKey: Sourced<boolean> | undefined): Sourced<boolean> =>
    typeof t === 'boolean' ? byArch(t) : (fromKey ?? classDefault(false, key));

  let slidingWindow: Sourced<number> | undefined = overrides.slidingWindow;
  let slidingWindowLayers: Sourced<number> | undefined = overrides.slidingWindowLayers;
  if (!slidingWindow && traits.slidingWindow) {
    const window = int('slidingWindow', aliases.slidingWindow);
    if (window && traits.slidingWindow === 'all-layers') {
      slidingWindow = window;
      slidingWindowLayers = derived(layers.value, { id: 'prov.slidingAllLayers' }, window);
    } else if (window && traits.slidingWindow === 'alternate') {
      slidingWindow = window;
      slidingWindowLayers = derived(Math.ceil(layers.value / 2), { id: 'prov.slidingAlternate' }, window);
    } else if (window && traits.slidingWindow === 'layer-types') {
      const types = reader.present('layer_types');
      slidingWindow = window;
      if (types && Array.isArray(types.value)) {
        const n = types.value.filter((t) => t === 'sliding_attention').length;
        slidingWindowLayers = derived(n, { id: 'prov.slidingLayerTypes' }, fromFact(n, types));
      } else {
        const pattern = reader.int(['sliding_window_pattern']) ?? classDefault(traits.slidingPatternDefault ?? 6, 'sliding_window_pattern');
        slidingWindowLayers = derived(layers.value - Math.floor(layers.value / pattern.value), { id: 'prov.slidingPattern' }, pattern);
      }
    } else if (window && traits.slidingWindow === 'qwen') {
      const use = reader.bool(['use_sliding_window']);
      if (use?.value) {
        const from = reader.int(['max_window_layers'], { min: 0 });
        const n = Math.max(0, layers.value - Math.min(layers.value, from?.value ?? 0));
        slidingWindow = window;
        slidingWindowLayers = derived(n, { id: 'prov.slidingQwen' }, use, ...(from ? [from] : []));
      }
    }
  }

  const qkNormOf = (): Sourced<'none' | 'per-head' | 'full'> => {
    const flag = traits.qkNormFlag;
    if (!flag) return byArch(traits.qkNorm ?? 'none');
    const on = reader.bool([flag.key]);
    return on ? derived(on.value ? flag.kind : 'none', { id: 'prov.fromKey', args: { key: flag.key } }, on) : classDefault('none', flag.key);
  };
  const headBiasOf = (): { headBias?: Sourced<boolean> } => {
    if (traits.headBias === true) return { headBias: byArch(true) };
    if (traits.headBias !== 'lm_head_bias') return {};
    const on = reader.bool(['lm_head_bias']);
    return on?.value ? { headBias: on } : {};
  };

  let encoderDecoder: ModelSpec['encoderDecoder'];
  if (traits.encoderDecoder) {
    const decoderLayers = reader.int(aliases.decoderLayers) ?? derived(layers.value, { id: 'prov.decoderLayersDefault' }, layers);
    const relativeBuckets = reader.int(aliases.relativeBuckets, { min: 0 }) ?? classDefault(32, aliases.relativeBuckets[0] ?? 'relative_attention_num_buckets');
    encoderDecoder = { encoderLayers: layers, decoderLayers, relativeBuckets };
  }

  const crossAttentionOf = (): Pick<ModelSpec, 'crossAttentionLayers'> => {
    const ca = traits.crossAttention;
    if (!ca) return {};
    const list = reader.intList(['cross_attention_layers']);
    if (list && list.value.length === 0) return {};
    return {
      crossAttentionLayers: list
        ? derived(list.value.length, { id: 'prov.fromKey', args: { key: 'cross_attention_layers' } }, list)
        : derived(ca.defaultCount, { id: 'prov.classDefault', args: { key: 'cross_attention_layers', cls: traits.configClass, value: ca.defaultList } }),
    };
  };

  const model: ModelSpec = {
    architecture,
    layers,
    hidden,
    heads,
    kvHeads,
    headDim,
    ffnKind,
    ffnWidth,
    vocab,
    tiedEmbeddings,
    positions: overrides.positions ?? byArch(traits.positions),
    maxPositions: overrides.maxPositions ?? reader.int(aliases.maxPositions),
    norm: overrides.norm ?? byArch(traits.norm),
    normsPerLayer: overrides.normsPerLayer ?? byArch(traits.normsPerLayer ?? 2),
    qkNorm: overrides.qkNorm ?? qkNormOf(),
    qkvBias: overrides.qkvBias ?? bias(traits.qkvBias, aliases.attentionBias[0] ?? 'attention_bias', attentionBias),
    outBias: overrides.outBias ?? bias(traits.outBias, aliases.attentionBias[0] ?? 'attention_bias', attentionBias),
    mlpBias: overrides.mlpBias ?? bias(traits.mlpBias, aliases.mlpBias[0] ?? 'mlp_bias', mlpBiasKey),
    ...headBiasOf(),
    ...(traits.fusedLinears ? { fusedLinears: byArch(traits.fusedLinears.map((g) => [...g])) } : {}),
    ...(traits.moduleNames ? { moduleNames: byArch(traits.moduleNames.map(([r, n]) => [r, n] as [AdapterTarget, string])) } : {}),
    ...(overrides.embeddingNorm ? { embeddingNorm: overrides.embeddingNorm } : traits.embeddingNorm ? { embeddingNorm: byArch(true) } : {}),
    ...(overrides.attentionSinks ? { attentionSinks: overrides.attentionSinks } : traits.sinks ? { attentionSinks: byArch(true) } : {}),
    ...crossAttentionOf(),
    slidingWindow,
    slidingWindowLayers,
    moe,
    mla,
    mtpLayers: overrides.mtpLayers ?? reader.int(aliases.mtpLayers, { min: 0 }) ?? classDefault(0, aliases.mtpLayers[0] ?? 'num_nextn_predict_layers'),
    encoderDecoder,
    ...(overrides.hybrid ? { hybrid: overrides.hybrid } : {}),
    ...(overrides.mtpBlocks ? { mtpBlocks: overrides.mtpBlocks } : {}),
    ...(overrides.outputGate ? { outputGate: overrides.outputGate } : {}),
    ...(overrides.blockAttnRes ? { blockAttnRes: overrides.blockAttnRes } : {}),
    ...(overrides.blockSparse ? { blockSparse: overrides.blockSparse } : {}),
    ...(overrides.differentialAttention ? { differentialAttention: overrides.differentialAttention } : {}),
    ...(overrides.activationParams ? { activationParams: overrides.activationParams } : {}),
    ...(overrides.dsv4 ? { dsv4: overrides.dsv4 } : {}),
    ...(overrides.gemma4 ? { gemma4: overrides.gemma4 } : {}),
    ...(overrides.valueHeadDim ? { valueHeadDim: overrides.valueHeadDim } : {}),
    ...(overrides.slidingAttention ? { slidingAttention: overrides.slidingAttention } : {}),
  };
  return { model, findings: [...reader.findings, ...findings] };
}

function buildMoe(
  reader: FactReader,
  aliases: ModelAliases,
  traits: Traits,
  layers: Sourced<number>,
  experts: Sourced<number>,
  classDefault: <T>(value: T, key: string) => Sourced<T>,
  findings: Finding[],
): MoeSpec | undefined {
  const anyFile = reader.facts[0]?.file ?? '';
  const int = (field: DefaultField, names: readonly string[], opts?: { min?: number }) => withDefault(reader, traits, field, names, classDefault, opts);
  const topK = int('topK', aliases.topK);
  const expertWidth =
    int('expertWidth', aliases.expertWidth) ?? (traits.moe === 'every-layer' || traits.moe === 'llama4' ? int('ffnWidth', aliases.ffnWidth) : undefined);
  if (!topK || !expertWidth) {
    const keys = !topK ? aliases.topK : aliases.expertWidth;
    findings.push(
      finding('missing-key', 'error', { id: 'recognize.missingKey', args: { keys: keys.join(' / ') } }, { file: anyFile, range: { start: 0, end: 0 } }),
    );
    return undefined;
  }
  if (topK.value > experts.value) {
    findings.push(finding('shape', 'error', { id: 'recognize.topKOverExperts', args: { k: topK.value, e: experts.value } }, where(topK)));
    return undefined;
  }
  let sharedExperts: Sourced<number> = classDefault(0, aliases.sharedExperts[0] ?? 'n_shared_experts');
  let sharedWidth: Sourced<number> = classDefault(0, aliases.sharedExpertWidth[0] ?? 'shared_expert_intermediate_size');
  let sharedGate: Sourced<boolean> = derived(false, { id: 'prov.architecture', args: { arch: traits.configClass } }, experts);
  if (traits.qwenSharedExpert) {
    const w = reader.int(aliases.sharedExpertWidth, { min: 0 });
    if (w && w.value > 0) {
      sharedExperts = derived(1, { id: 'prov.qwenSharedExpert' }, w);
      sharedWidth = w;
      sharedGate = derived(true, { id: 'prov.qwenSharedExpert' }, w);
    }
  } else if (traits.moe === 'llama4') {
    // Llama4TextMoe: one shared expert (Llama4TextMLP of intermediate_size) next to the routed ones, ungated.
    sharedExperts = derived(1, { id: 'prov.architecture', args: { arch: traits.configClass } }, experts);
    sharedWidth = derived(expertWidth.value, { id: 'prov.sharedWidth' }, expertWidth);
  } else {
    const n = int('sharedExperts', aliases.sharedExperts, { min: 0 });
    if (n) {
      sharedExperts = n;
      sharedWidth = derived(expertWidth.value, { id: 'prov.sharedWidth' }, expertWidth);
    }
  }

  let routerBias: Sourced<boolean> = derived(false, { id: 'prov.architecture', args: { arch: traits.configClass } }, experts);
  if (traits.routerBias === 'always') routerBias = derived(true, { id: 'prov.architecture', args: { arch: traits.configClass } }, experts);
  else if (traits.routerBias === 'topk_method') {
    const m = reader.str(['topk_method']);
    if (m) routerBias = derived(m.value === 'noaux_tc', { id: 'prov.routerBiasTopk' }, m);
  } else if (traits.routerBias === 'aux_free') {
    // ERNIE 4.5: moe_use_aux_free keeps a score-correction bias per expert (moe_statics).
    const m = reader.bool(['moe_use_aux_free']);
    if (m) routerBias = derived(m.value, { id: 'prov.fromKey', args: { key: 'moe_use_aux_free' } }, m);
  } else if (traits.routerBias === 'score_func') {
    const m = reader.str(['score_func']);
    if (m) routerBias = derived(m.value === 'sigmoid', { id: 'prov.routerBiasScore' }, m);
  }

  const L = layers.value;
  // (The MoE layers are listed one by one, as the spec holds them, at most 100,000: a size scaled past that is an error at it,
  // not a list too long to make.)
  if (L > MAX_MOE_LAYERS) {
    findings.push(
      finding(
        'value-range',
        'error',
        { id: 'value.expectedPositiveInt', args: { key: aliases.layers[0] ?? 'layers', value: String(L), max: MAX_MOE_LAYERS } },
        where(layers),
      ),
    );
    return undefined;
  }
  const all = Array.from({ length: L }, (_, i) => i);
  let moeLayers: Sourced<number[]>;
  if (traits.moe === 'deepseek') {
    const first = int('firstDenseLayers', aliases.firstDenseLayers, { min: 0 });
    const freq = reader.int(aliases.moeLayerFreq);
    const k = first?.value ?? 0;
    const f = freq?.value ?? 1;
    moeLayers = derived(
      all.filter((i) => i >= k && i % f === 0),
      { id: 'prov.moeLayersDeepseek', args: { first: k, freq: f } },
      ...([first, freq, experts] as (Sourced<unknown> | undefined)[]).filter(isSourced),
    );
  } else if (traits.moe === 'qwen') {
    const step = reader.int(aliases.sparseStep);
    const only = reader.intList(aliases.mlpOnlyLayers);
    const s = step?.value ?? 1;
    const skip = new Set(only?.value ?? []);
    moeLayers = derived(
      all.filter((i) => !skip.has(i) && (i + 1) % s === 0),
      { id: 'prov.moeLayersQwen', args: { step: s, skipped: skip.size } },
      ...([step, only, experts] as (Sourced<unknown> | undefined)[]).filter(isSourced),
    );
  } else if (traits.moe === 'llama4') {
    // Llama4TextModel: moe_layers when listed, else range(step − 1, L, step) for interleave_moe_layer_step.
    const listed = reader.intList(['moe_layers']);
    const step = reader.int(['interleave_moe_layer_step']);
    const s = step?.value ?? 1;
    moeLayers =
      listed && listed.value.length > 0
        ? listed
        : derived(
            all.filter((i) => (i + 1) % s === 0),
            { id: 'prov.moeLayersQwen', args: { step: s, skipped: 0 } },
            ...([step, experts] as (Sourced<unknown> | undefined)[]).filter(isSourced),
          );
  } else {
    moeLayers = derived(all, { id: 'prov.moeEveryLayer' }, experts);
  }
  // DeepSeek's group-limited routing (DeepseekV3TopkRouter: n_group groups, the top topk_group of them).
  const groups = traits.moe === 'deepseek' ? routerGroupsOf(reader.int(['n_group']), reader.int(['topk_group'])) : {};
  // The Hugging Face modelling code's router: an nn.Linear for Mixtral, Qwen-MoE and Llama 4 (and the other every-layer MoEs).
  const routerLinear = derived(
    traits.moe !== 'deepseek' && traits.routerLinear !== false,
    { id: 'prov.architecture', args: { arch: traits.configClass } },
    experts,
  );
  const expertsFused = traits.expertsFused ? { expertsFused: derived(true, { id: 'prov.architecture', args: { arch: traits.configClass } }, experts) } : {};
  return { experts, topK, expertWidth, sharedExperts, sharedWidth, sharedGate, routerBias, routerLinear, layers: moeLayers, ...groups, ...expertsFused };
}

/** A key's value, else its config class's default (Traits.defaults) where the file leaves the key out: stated as the class's. */
function withDefault(
  reader: FactReader,
  traits: Traits,
  field: DefaultField,
  names: readonly string[],
  classDefault: <T>(value: T, key: string) => Sourced<T>,
  opts?: { min?: number },
): Sourced<number> | undefined {
  const v = reader.int(names, opts);
  const d = traits.defaults?.[field];
  return v ?? (d !== undefined && !reader.fact(...names) ? classDefault(d, names[0] ?? field) : undefined);
}

/** Group-limited routing when both numbers are stated and it limits anything (more than one group, fewer chosen than there are). */
export function routerGroupsOf(groups: Sourced<number> | undefined, topK: Sourced<number> | undefined): Pick<MoeSpec, 'routerGroups'> {
  return groups && topK && groups.value > 1 && topK.value < groups.value ? { routerGroups: { groups, topK } } : {};
}

function isSourced(x: Sourced<unknown> | undefined): x is Sourced<unknown> {
  return x !== undefined;
}

export function where(s: Sourced<unknown>): { file: string; range: { start: number; end: number } } | undefined {
  return s.source.kind === 'fact' ? { file: s.source.file, range: s.source.range } : undefined;
}
