/**
 * The canonical, zod-validated description of one training setup. Every field is Sourced<T>:
 * the value plus the fact it came from, or the assumption (and default) that filled it.
 */
import { z } from 'zod';
import type { Provenance, Sourced } from './types';
import { en, type MessageId } from './messages/en';

const rangeSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
const messageSchema = z.object({
  id: z.custom<MessageId>((v) => typeof v === 'string' && Object.prototype.hasOwnProperty.call(en, v)),
  args: z.record(z.string(), z.union([z.string(), z.number(), z.object({ unit: z.enum(['bytes', 'seconds', 'ratio']), value: z.number() })])).optional(),
});

export const provenanceSchema: z.ZodType<Provenance> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('fact'), file: z.string(), path: z.array(z.union([z.string(), z.number()])), range: rangeSchema }),
    z.object({ kind: z.literal('assumed'), reason: messageSchema }),
    z.object({ kind: z.literal('override'), reason: messageSchema }),
    z.object({ kind: z.literal('derived'), reason: messageSchema, from: z.array(provenanceSchema) }),
  ]),
);

function sourced<T extends z.ZodType>(value: T) {
  return z.object({ value, source: provenanceSchema });
}

/** Each size is bounded; a model whose count still passes 2^53 is refused by the pipeline (analysis.beyondExact). */
const count = z.number().int().positive().max(1e9);
const countOrZero = z.number().int().nonnegative().max(1e9);

export const ffnKindSchema = z.enum(['gated', 'plain']);
/** layernorm: weight and bias (2h); layernorm-nobias: weight only (h); layernorm-nonparam: none. */
export const normKindSchema = z.enum(['rmsnorm', 'layernorm', 'layernorm-nobias', 'layernorm-nonparam']);
export const positionsSchema = z.enum(['rope', 'learned', 'relative', 'none']);
/**
 * per-head: an RMSNorm (or bias-free LayerNorm) weight over each head's d; per-head-biased: a LayerNorm's weight and bias (Persimmon);
 * full: a weight over a·d and g·d; full-biased: a LayerNorm's weight and bias over them (OpenLM's qk_norm).
 */
export const qkNormSchema = z.enum(['none', 'per-head', 'per-head-biased', 'full', 'full-biased']);

export const moeSchema = z.object({
  experts: sourced(count),
  topK: sourced(count),
  expertWidth: sourced(count),
  /** Number of shared experts, each of `sharedWidth` (DeepSeek); 0 when none. */
  sharedExperts: sourced(countOrZero),
  sharedWidth: sourced(countOrZero),
  /** Qwen2-MoE gates its shared expert with a 1-output linear (h params). */
  sharedGate: sourced(z.boolean()),
  /** One score-correction bias per expert per MoE layer (DeepSeek-V3 noaux_tc). */
  routerBias: sourced(z.boolean()),
  /**
   * The router is an nn.Linear (Mixtral's, Qwen-MoE's and OLMoE's gate, Llama 4's router; Qwen2-MoE's shared-expert gate too),
   * which LoRA's all-linear wraps; DeepSeek's and GLM's gates are bare parameters, gpt-oss's router its own module.
   */
  routerLinear: sourced(z.boolean()).optional(),
  /**
   * LatentMoE (NVIDIA's Nemotron 3 Super and Ultra, moe_latent_size): the routed experts run in a latent space of this width,
   * entered by fc1_latent_proj (h → d_l) and left by fc2_latent_proj (d_l → h), both in every MoE layer; the shared experts
   * stay at h. Absent: the experts take h.
   */
  latent: sourced(count).optional(),
  /** An RMSNorm over the latent width after entering it (Kimi K3's routed_expert_norm, latent_moe_use_norm): d_l per MoE layer. */
  latentNorm: sourced(z.boolean()).optional(),
  /**
   * The routed experts are stacked parameter tensors, not linears (gpt-oss's GptOssExperts: gate_up_proj and down_proj as
   * nn.Parameter): PEFT's target_modules, which wrap modules by name, leave them alone.
   */
  expertsFused: sourced(z.boolean()).optional(),
  /**
   * Zero-computation experts (LongCat-Flash's identity experts, zero_expert_num): the router scores E + Z choices (its weight
   * and score-correction bias have E + Z rows), and a token's top-k reaches a zero expert at no cost; `topK` is then the number
   * of real experts a token is expected to reach.
   */
  zeroExperts: sourced(countOrZero).optional(),
  /** 0-based indices of the MoE layers; the others are dense. */
  layers: sourced(z.array(z.number().int().nonnegative())),
  /**
   * Group-limited routing (DeepSeek-V3's node-limited routing: n_group / topk_group, Megatron --moe-router-num-groups /
   * --moe-router-group-topk): the experts split into `groups` contiguous groups, each token's top-k chosen within its `topK`
   * best groups.
   */
  routerGroups: z.object({ groups: sourced(count), topK: sourced(count) }).optional(),
});

export const mlaSchema = z.object({
  /** 0 = no q-LoRA (DeepSeek-V2-Lite). */
  qLoraRank: sourced(countOrZero),
  kvLoraRank: sourced(count),
  qkNopeHeadDim: sourced(count),
  qkRopeHeadDim: sourced(count),
  vHeadDim: sourced(count),
  /**
   * DeepSeek Sparse Attention's lightning indexer (V3.2): per layer wq_b (q_lora_rank → heads·dim), wk (h → dim), a
   * LayerNorm on its key and weights_proj (h → heads), none with a bias (DeepSeek's inference/model.py Indexer). `layers`: the
   * layers (from 0) that hold one where not every layer does (GLM-5.2/5.3's indexer_types "full"; a "shared" layer attends
   * to the keys the last full layer's indexer chose, with no indexer of its own).
   */
  indexer: z
    .object({
      heads: sourced(count),
      headDim: sourced(count),
      topK: sourced(count).optional(),
      layers: sourced(z.array(z.number().int().min(0).max(1e6)).max(100000)).optional(),
    })
    .optional(),
});

export const encoderDecoderSchema = z.object({
  encoderLayers: sourced(count),
  decoderLayers: sourced(count),
  /** Relative attention bias (T5): buckets × heads, in the first layer of each stack. */
  relativeBuckets: sourced(countOrZero),
  /**
   * Learned positions in each stack (BART: an encoder and a decoder table of max_position_embeddings + `positionOffset` rows,
   * BartLearnedPositionalEmbedding's offset 2); absent for T5's relative attention.
   */
  positionOffset: sourced(countOrZero).optional(),
  /** Norms of each stack outside its layers: 1 (T5's final norm, BART's layernorm_embedding), 2 for mBART (both), 0 for Marian. */
  stackNorms: sourced(countOrZero).optional(),
  /** Token tables: 1 shared by both stacks (T5, BART), 2 where each stack has its own (T5Gemma; the head tied to the decoder's). */
  stackEmbeddings: sourced(count).optional(),
  /** Norms in each layer of each stack where not T5's 2 and 3 (T5Gemma: Gemma 2's 4, and 6 in a decoder layer with cross-attention). */
  layerNorms: sourced(z.object({ encoder: countOrZero, decoder: countOrZero })).optional(),
  /**
   * Whisper's audio encoder (modeling_whisper.py): two biased Conv1d of kernel 3 (mels → h, h → h) in front of the encoder,
   * whose position table has `sourcePositions` rows (sinusoidal, a parameter that does not train); the decoder's table has
   * max_position_embeddings (max_target_positions) rows.
   */
  audio: sourced(z.object({ mels: count, sourcePositions: count })).optional(),
});

/**
 * A vision encoder in front of the language model: its parameters count in the total and in the weights, not in the
 * per-token FLOPs (text tokens; how many image tokens a sample has is not in the config). analysis/params.ts visionParams
 * counts each kind:
 * - siglip (Gemma 3): pre-norm ViT blocks (LayerNorm with bias, q/k/v/o and fc1/fc2 with biases), a biased patch
 *   convolution, a learned position per patch of an `imageSize` image, a final LayerNorm, and Gemma3MultiModalProjector
 *   (an RMSNorm over the vision width and one matrix to the text width);
 * - qwen2_vl: a bias-free Conv3d patch embedding (temporal × spatial patch), LayerNorm blocks with a fused biased qkv and
 *   proj and a biased fc1/fc2 MLP, and a patch merger (LayerNorm, two biased linears over merge² patches) to `outHidden`;
 * - qwen2_5_vl: the same with RMSNorms and a gated biased MLP;
 * - qwen3_vl: a biased Conv3d, learned `positions`, LayerNorm blocks with a biased fc1/fc2 MLP, the merger and `deepstack`
 *   more mergers whose norm runs after the merge (over merge² × width);
 * - llama4: a bias-free unfold-and-linear patch embedding, a class embedding and a learned position per patch (plus the
 *   class's), LayerNorms before and after the tower, LayerNorm blocks with biased q/k/v/o and a biased fc1/fc2 MLP, the pixel
 *   shuffle MLP (f_v × `projectorIn`, `projectorOut`², no biases) and Llama4MultiModalProjector (`outHidden` × text width);
 * - pixtral (Mistral Small 3.x): a bias-free patch convolution, an RMSNorm before the blocks, RMSNorm blocks with bias-free
 *   q/k/v/o and a gated bias-free MLP, and Mistral3MultiModalProjector (an RMSNorm, the patch merger's merge² × width
 *   matrix, two linears to the text width, biased when `projectorBias`); from mistral-inference's params.json the norm only
 *   when `projectorNorm` and the merger only with `mergeSize`;
 * - siglip_model (SiglipModel's vision side, modeling_siglip.py): SigLIP's tower (no class token) and its attention-pooling
 *   head (a probe, nn.MultiheadAttention's biased in_proj and out_proj, a LayerNorm, the fc1/fc2 MLP), the text tower's head
 *   (a biased h × h linear), logit_scale and logit_bias;
 * - mllama (MllamaVisionModel): a bias-free patch convolution, a class embedding, a gated position embedding per patch (and
 *   the class's) with a gated one per tile and aspect ratio ((A + 1) × T·P·h_v), gated pre- and post-tile embeddings
 *   ((A + 1) × T·h_v each), LayerNorms before and after, LayerNorm blocks with bias-free q/k/v/o and a biased fc1/fc2 MLP,
 *   `globalLayers` more with two gates each, and the biased projector from `outHidden` (the concatenated intermediate layers)
 *   to the text width;
 * - clip (CLIPModel's vision side): a class embedding, a bias-free patch convolution, a learned position per patch (and the
 *   class's), LayerNorms before and after the tower, LayerNorm blocks with biased q/k/v/o and fc1/fc2, and both towers'
 *   bias-free projections to `projectorOut` (projection_dim) with the learned logit scale.
 * - moonvit (Kimi K2.5's MoonViT, its modeling_kimi_k25.py): a biased patch convolution, a learned 2-D position table of
 *   `positions` entries (its temporal one is a fixed buffer), SigLIP's LayerNorm blocks and a final LayerNorm, then the patch
 *   merger projector (a LayerNorm over h_v, then M → M and M → h linears with biases, M = h_v·m²);
 * - siglip2 (SigLIP 2 NaFlex, modeling_siglip2.py, as LFM2-VL uses it): a biased linear patch embedding (c·p²·h_v + h_v),
 *   `positions` learned positions, SigLIP's blocks and post LayerNorm, the attention-pooling head when `poolingHead`; then
 *   Lfm2VlMultiModalProjector: pixel unshuffle by `mergeSize`, a LayerNorm when `projectorNorm`, M → `projectorHidden` → h,
 *   biased when `projectorBias`;
 * - ernie_vl (ERNIE 4.5 VL, modeling_ernie4_5_vl_moe.py): a bias-free linear patch embedding, Qwen2-VL's LayerNorm blocks
 *   (fused biased qkv and proj, a biased fc1/fc2 MLP), a final LayerNorm, the variable-resolution resampler (spatial and
 *   temporal MLPs of S = h_v·m² and S·t with a LayerNorm each, S → h and an RMSNorm), and `modalityExperts`: the image
 *   tokens' own experts in each MoE layer of the language model (their gate and score-correction bias), which text tokens
 *   never run.
 * - qwen2_5_vl with `heads` and `kvHeads` (EXAONE 4.5, modular_exaone4_5.py): the fused qkv is h_v → h_v + 2·kv·h_v/heads;
 * - moonvit with `mlpProjector` (LocateAnything): MoonViT's tower without Kimi's patch-merger projector, then InternVL's mlp1;
 * - idefics3 (Idefics3 / SmolVLM, modeling_idefics3.py): SigLIP's tower (a biased patch conv, (s/p)² learned positions,
 *   the blocks, post LayerNorm) and the connector's pixel shuffle by `mergeSize` (scale_factor) into one bias-free
 *   h_v·m² → h linear;
 * - llava (LLaVA, LLaVA-NeXT, LLaVA-NeXT-Video, modeling_llava*.py): CLIP's vision tower (class embedding, bias-free patch
 *   conv, (s/p)² + 1 positions, LayerNorms before and after, the blocks) and the multimodal projector h_v·n → h → h (biased
 *   when `projectorBias`, n = `featureLayers`); `imageNewline` adds h, `poolConv` a conv's h_v·out·stride² + out;
 * - intern_vit (InternVL's InternViT, remote modeling_intern_vit.py and transformers' InternVLVisionModel): a class
 *   embedding, a biased patch conv, `positions` learned positions ((s/p)² + 1), blocks of two norms, q/k/v (biased per
 *   `internVit`), q/k RMSNorms if set, a biased proj and fc1/fc2, two layer-scale vectors; then mlp1 (`mlpProjector`'s shape,
 *   M = h_v·m², m = 1/downsample_ratio).
 * - siglip_tower (a remote-code wrapper's vision_config of model_type siglip_vision_model): SigLIP's tower alone (the biased
 *   patch conv, (s/p)² positions, the blocks, post LayerNorm); the wrapper's connector is its own code's, not counted;
 * - minicpmv (MiniCPM-V 2.6, its remote modeling_navit_siglip.py and resampler.py): SigLIP's tower over (s/p)² positions and
 *   the Resampler: `queries` learned queries of the text width h, kv_proj h_v → h (bias-free, absent when h_v = h), one
 *   nn.MultiheadAttention of h (4·h² + 4·h), ln_q, ln_kv and ln_post (LayerNorms of h) and the proj matrix h × h;
 * - videollama3 (VideoLLaMA3's vision encoder, transformers' modeling_video_llama_3.py port of its remote code): a biased
 *   patch conv, no position table (2-D RoPE), SigLIP's blocks, post LayerNorm; the mlpNx_gelu projector of `projectorLayers`
 *   biased linears, h_v → h then h → h;
 * - rice (LLaVA-OneVision-1.5's RICE-ViT, its remote modeling_llavaonevision1_5.py): a bias-free patch conv, a class
 *   embedding (h_v) and its rotary position (head dim / 2, `heads`), a pre LayerNorm, LayerNorm blocks with a fused biased qkv,
 *   proj and fc1/fc2, no final norm, and the patch merger (a LayerNorm over h_v, M → M and M → `outHidden`, biased).
 * - gemma4 (Gemma 4's vision tower, modeling_gemma4.py Gemma4VisionModel): a bias-free linear patch embedding (3·p² → h_v),
 *   a learned 2-D position table (2 × `positions` × h_v), blocks of four RMSNorms, bias-free q (h_v → heads·`headDim`), k and
 *   v (h_v → `kvHeads`·`headDim`) and o, q_norm and k_norm over the head (v_norm has no weight), a gated bias-free MLP; the
 *   pooler is an average (no weights); the standardizing bias and scale (2·h_v) when `gemma4Vision.standardize`, the clip
 *   bounds of every linear (four scalars each, stored) when `gemma4Vision.clipped`; then embed_vision (a weightless RMSNorm
 *   and h_v → h without a bias).
 * - fuyu (Fuyu, modeling_fuyu.py): no tower; each image patch enters the language model through vision_embed_tokens, one
 *   biased linear c·p² → h (`layers` 0, `hidden` the text width).
 * - davit (Florence-2, its remote modeling_florence2.py: DaViT without its head and final norm): per stage a patch convolution
 *   (biased, k² taps) with a LayerNorm before it (over the input width) or after, then `depths` pairs of a spatial (window
 *   attention) and a channel block, each block two depthwise 3 × 3 convolutions (biased), two LayerNorms, a biased qkv and
 *   projection and a biased MLP of 4 × the width (12·D² + 33·D); image_projection (h_v × `projectorOut`, no bias),
 *   image_proj_norm and the learned 2-D position table (`positions` × h_v).
 * - qwen_vl (Qwen-VL, its remote visual.py VisionTransformer): OpenCLIP's ViT-bigG without a class token (a bias-free patch
 *   convolution, a learned table of 256 positions, ln_pre, LayerNorm blocks with a fused biased in_proj and out_proj and a
 *   biased c_fc / c_proj MLP of int(h_v × mlp_ratio)), then its Resampler to `outHidden` (output_dim) O: `queries` learned
 *   queries and their fixed 2-D sin-cos positions (a parameter that does not train, Q·O each), kv_proj h_v → O (bias-free),
 *   nn.MultiheadAttention of O, ln_q and ln_kv; then ln_post and the proj matrix O × O.
 * - vit / deit (a VisionEncoderDecoderModel's encoder, modeling_vit.py ViTModel and modeling_deit.py DeiTModel with their
 *   pooler): the class token (and DeiT's distillation token), the biased patch convolution, (s/p)² + 1 (+ 1) learned
 *   positions, pre-norm blocks with q, k and v biased when `attentionBias`, the final LayerNorm, the pooler (h_v² + h_v), and
 *   enc_to_dec_proj h_v → `projectorOut` (biased) where there is one.
 */
export const visionSchema = z.object({
  kind: z.enum([
    'siglip',
    'siglip_model',
    'qwen2_vl',
    'qwen2_5_vl',
    'qwen3_vl',
    'llama4',
    'pixtral',
    'clip',
    'mllama',
    'moonvit',
    'moonvit2',
    'siglip2',
    'ernie_vl',
    'idefics3',
    'llava',
    'intern_vit',
    'blip',
    'siglip_tower',
    'minicpmv',
    'videollama3',
    'rice',
    'gemma4',
    'glm4v',
    'paligemma',
    'fuyu',
    'vit',
    'deit',
    'davit',
    'qwen_vl',
  ]),
  /** (0 for Fuyu, whose image patches enter through one linear, no tower.) */
  layers: sourced(countOrZero),
  hidden: sourced(count),
  ffnWidth: sourced(count),
  patch: sourced(count),
  channels: sourced(count),
  imageSize: sourced(count).optional(),
  temporalPatch: sourced(count).optional(),
  mergeSize: sourced(count).optional(),
  outHidden: sourced(count).optional(),
  positions: sourced(countOrZero).optional(),
  deepstack: sourced(countOrZero).optional(),
  projectorIn: sourced(count).optional(),
  projectorOut: sourced(count).optional(),
  /** The projector's linears have biases (Mistral3Config.multimodal_projector_bias). */
  projectorBias: sourced(z.boolean()).optional(),
  /** GLM-4V's tower: its fused qkv's bias (Glm4vVisionConfig.attention_bias). */
  attentionBias: sourced(z.boolean()).optional(),
  /** Mllama: the gated global encoder's layers after the local ones (num_global_layers). */
  globalLayers: sourced(countOrZero).optional(),
  /** Mllama: tiles an image is cut into at most (max_num_tiles), and the aspect ratios it supports (supported_aspect_ratios). */
  tiles: sourced(count).optional(),
  aspectRatios: sourced(count).optional(),
  /**
   * LFM2-VL: the projector's hidden width (projector_hidden_size) and its LayerNorm (projector_use_layernorm); Pixtral: the
   * RMSNorm before its projector (absent: there, as in Mistral3; mistral-inference's add_pre_mm_projector_layer_norm).
   */
  projectorHidden: sourced(count).optional(),
  projectorNorm: sourced(z.boolean()).optional(),
  /** SigLIP 2: the attention-pooling head (vision_use_head). */
  poolingHead: sourced(z.boolean()).optional(),
  /**
   * ERNIE 4.5 VL: the image tokens' experts in each of the language model's `layers` MoE layers, `experts` of `width` each,
   * their own gate (h × experts) and, when `scoreBias`, a score-correction bias per expert.
   */
  modalityExperts: sourced(z.object({ experts: count, width: count, layers: countOrZero, scoreBias: z.boolean() })).optional(),
  /** A Qwen2.5-VL-style tower with grouped key/value heads (EXAONE 4.5): its attention heads and key/value heads. */
  heads: sourced(count).optional(),
  kvHeads: sourced(count).optional(),
  /**
   * InternVL's mlp1 (and LocateAnything's over MoonViT): a LayerNorm over M = h_v·m², then M → h and h → h, both biased; the
   * tower's own projector is not there.
   */
  mlpProjector: sourced(z.boolean()).optional(),
  /** A vision tower whose heads are not h_v / heads wide (Gemma 4's head_dim). */
  headDim: sourced(count).optional(),
  /** Gemma 4's tower: the standardizing bias and scale (standardize) and the linears' stored clip bounds (use_clipped_linears). */
  gemma4Vision: sourced(z.object({ standardize: z.boolean(), clipped: z.boolean() })).optional(),
  /** MiniCPM-V's Resampler: its learned queries (query_num), each of the text width. */
  queries: sourced(count).optional(),
  /** VideoLLaMA3's projector: its linears (mm_projector_type mlpNx_gelu: N; linear: 1), the first from h_v, the others h → h. */
  projectorLayers: sourced(count).optional(),
  /** LLaVA: the hidden states of `featureLayers` vision layers concatenated into the projector (vision_feature_layer a list). */
  featureLayers: sourced(count).optional(),
  /** LLaVA-NeXT: the learned image_newline vector (text width). */
  imageNewline: sourced(z.boolean()).optional(),
  /** LLaVA-NeXT-Video's conv pooling (spatial_pool_mode conv): a biased Conv2d of h_v → `out` channels, `stride`² taps. */
  poolConv: sourced(z.object({ out: count, stride: count })).optional(),
  /**
   * InternViT's variant flags: biased q/k/v (qkv_bias, attention_bias), q/k RMSNorms over h_v (qk_normalization, use_qk_norm),
   * RMSNorm (not LayerNorm) blocks (norm_type), a final LayerNorm (transformers' use_mean_pooling false), a mask token.
   */
  internVit: sourced(z.object({ qkvBias: z.boolean(), qkNorm: z.boolean(), rmsNorm: z.boolean(), finalNorm: z.boolean(), maskToken: z.boolean() })).optional(),
  /**
   * Florence-2's DaViT: each stage's width, its pairs of spatial and channel blocks, its patch convolution's kernel and whether
   * that convolution's LayerNorm is before it (over the input width) or after; `positions` rows and columns of the learned 2-D
   * image position table.
   */
  davit: sourced(
    z.object({
      dims: z.array(count).min(1).max(16),
      depths: z.array(countOrZero).min(1).max(16),
      kernels: z.array(count).min(1).max(16),
      prenorm: z.array(z.boolean()).min(1).max(16),
      positions: countOrZero,
    }),
  ).optional(),
});

/**
 * An encoder-only transformer (BERT, RoBERTa, XLM-R, DistilBERT): bidirectional attention, token-type embeddings, and the
 * task head its architecture class adds (analysis/params.ts encoderHeadParams): the MLM head (a dense h × h with bias, a
 * LayerNorm, the decoder tied to the embedding and its bias of V), the pooler (h × h + h), BERT's pre-training heads (both,
 * and the next-sentence classifier 2h + 2), a sequence classifier (a dense h × h + h — BERT's pooler, RoBERTa's head dense,
 * DistilBERT's pre_classifier — then h × n + n), a token classifier (h × n + n), or none (the bare encoder).
 */
export const encoderSchema = z.object({
  typeVocab: sourced(countOrZero),
  head: sourced(z.enum(['mlm', 'pooler', 'pretraining', 'classification', 'token', 'none'])),
  labels: sourced(count),
  /** wav2vec 2.0's sequence classifier: a projector h → p (classifier_proj_size) over the mean frame, then p × n + n, not h × h. */
  classifierProjection: sourced(count).optional(),
  /**
   * ModernBERT's prediction head in front of its MLM decoder and its classifiers (ModernBertPredictionHead): a dense h × h,
   * biased when `denseBias` (classifier_bias), and a LayerNorm, with a bias when `normBias`; the decoder's bias when
   * `decoderBias`. ModernBertModel has no pooler.
   */
  predictionHead: sourced(z.object({ denseBias: z.boolean(), normBias: z.boolean(), decoderBias: z.boolean() })).optional(),
  /**
   * The sequence classifier's dense h × h is a part of the module named classifier (RoBERTa's RobertaClassificationHead,
   * DistilBERT's pre_classifier beside its classifier), not a pooler of the encoder's own (BERT's, DeBERTa's): what a
   * classifier saved whole beside an adapter holds.
   */
  denseInClassifier: sourced(z.boolean()).optional(),
  /**
   * DeBERTa's disentangled attention (modeling_deberta_v2.py): one relative-position table of 2·`span` rows shared by every
   * layer (its keys and queries projected by each layer's own key and query projections), a LayerNorm on it when `norm`, and
   * the first layer's ConvLayer when `convKernel` > 0 (a grouped Conv1d h → h of that kernel with a bias, and a LayerNorm),
   * and `projections` (0 with share_att_key) biased h × h position projections in every layer (pos_key_proj, pos_query_proj).
   */
  /**
   * wav2vec 2.0's audio front end (modeling_wav2vec2.py): the feature extractor's Conv1d stack (`convDims` channels, kernels
   * `convKernels`, biased when `convBias`; a GroupNorm on the first when `norm` is group, a LayerNorm on each when layer), the
   * feature projection (a LayerNorm, unless `projectionNorm` is false, and a biased linear to h), the positional convolution
   * with weight norm (g of `posKernel`, v of h·h/`posGroups`·`posKernel`, a bias), and masked_spec_embed when masking is on.
   * HuBERT's (modeling_hubert.py) is the same, its projection's LayerNorm there when feat_proj_layer_norm.
   */
  audioFrontEnd: sourced(
    z.object({
      convDims: z.array(count).min(1).max(64),
      convKernels: z.array(count).min(1).max(64),
      convBias: z.boolean(),
      norm: z.enum(['group', 'layer']),
      posKernel: count,
      posGroups: count,
      maskedEmbed: z.boolean(),
      projectionNorm: z.boolean().optional(),
    }),
  ).optional(),
  /** A vision transformer's input (ViT): a biased patch convolution of `channels` × `patch`² per output feature and a class token. */
  patchEmbedding: sourced(z.object({ channels: count, patch: count })).optional(),
  disentangled: sourced(
    z.object({ span: count, norm: z.boolean(), convKernel: countOrZero, convGroups: count, projections: z.number().int().min(0).max(2) }),
  ).optional(),
});

/**
 * The pieces of the classic Hugging Face families that the shapes above do not hold (recognize/hfClassic.ts reads them,
 * analysis/classic.ts counts them):
 * - `embedWidth`: the width of the token embedding where it is not h (OPT's word_embed_proj_dim, with bias-free project_in
 *   and project_out to and from h; ELECTRA's and ALBERT's embedding_size, which also sizes their position and token-type
 *   tables and embedding LayerNorm, then a biased E → h projection: ELECTRA's only when E ≠ h, ALBERT's always);
 * - `positionOffset`: learned position rows beyond max_position_embeddings (OPT's 2);
 * - `finalNorm`: false where the layers end without a final LayerNorm (OPT-350m: do_layer_norm_before false);
 * - `relativeBuckets`: MPNet's relative-attention bias, one buckets × heads table for the whole encoder;
 * - `distinctLayers`: ALBERT's layers that hold parameters (num_hidden_groups), the others reusing them;
 * - `layerScale`, `maskToken`, `registers`: DINOv2's two layer-scale vectors per layer, its mask token and the register
 *   tokens of DINOv2 with registers;
 * - `pairedClassifier`: DINOv2's image classifier reads the class token and the mean patch token (2h × n + n);
 * - `trajectory`: the Decision Transformer's embed_timestep (maxEpisode × h), embed_return (1 → h), embed_state and embed_action
 *   (biased linears from the state and action widths), embed_ln, and predict_state, predict_action and predict_return (biased
 *   linears from h), around a GPT-2 whose token table has vocab_size (1) rows and no language-model head.
 */
export const classicSchema = z.object({
  family: z.enum(['opt', 'mpnet', 'electra', 'albert', 'dinov2', 'trocr', 'decision_transformer']),
  embedWidth: count,
  positionOffset: countOrZero,
  finalNorm: z.boolean(),
  relativeBuckets: countOrZero,
  distinctLayers: count,
  layerScale: z.boolean(),
  maskToken: z.boolean(),
  registers: countOrZero,
  pairedClassifier: z.boolean(),
  /**
   * The Decision Transformer's trajectory embeddings and prediction heads around its GPT-2 (modeling_decision_transformer.py):
   * the state and action widths and the episode length its timestep table has rows for.
   */
  trajectory: z.object({ stateDim: count, actDim: count, maxEpisode: count }).strict().optional(),
});

/**
 * A state-space mixer (analysis/params.ts ssmPart counts it):
 * - mamba2 (Megatron-Core MambaMixer, transformers' Mamba2 / NemotronH / FalconH1 mixers): in_proj h → 2·d_in + 2·g·N + n_h
 *   (z, x, B, C, Δ), a depthwise conv over x, B and C (d_in + 2·g·N channels of `convKernel` taps, biased when `convBias`),
 *   Δ's bias, A and D per head, a gated RMSNorm over d_in when `innerNorm`, out_proj d_in → h;
 * - mamba (Mamba-1: transformers' Mamba / FalconMamba / Jamba mixers): in_proj h → 2·d_in, the conv over d_in, x_proj
 *   d_in → R + 2·N, dt_proj R → d_in with a bias, A (d_in × N) and D (d_in), out_proj d_in → h.
 * - deltanet (Gated DeltaNet, transformers' Qwen3NextGatedDeltaNet): `groups` key heads of `stateDim`, `heads` value heads
 *   of d_in / heads; in_proj_qkvz h → 2·g·N + 2·d_in, in_proj_ba h → 2·n_h, a bias-free conv over q, k and v (2·g·N + d_in
 *   channels), Δ's bias and A per value head, a gated RMSNorm of one head's width, out_proj d_in → h.
 * - shortconv (LFM2's gated short convolution, transformers' Lfm2ShortConv): in_proj h → 3·d_in (B, C, x), a depthwise conv
 *   over d_in channels of `convKernel` taps (biased when `convBias`), out_proj d_in → h; its state is the conv cache of
 *   `stateDim` (conv_L_cache) values per channel.
 * - lightning (MiniMax-01 / MiniMax-M1's lightning attention, transformers' MiniMaxLightningAttention; Ring-linear's
 *   BailingMoELinearAttention the same tensors, its g_proj and g_norm the gate and norm): linear attention over `heads` heads
 *   of `stateDim` (head_dim), d_in = heads × head_dim; a bias-free qkv_proj h → 3·d_in, output_gate h → d_in, an RMSNorm over
 *   d_in and out_proj d_in → h (and `headNorms`); its state is one stateDim × stateDim matrix per head (no conv: `convKernel`
 *   1, unused).
 * - kda (Kimi Delta Attention, Kimi Linear's KimiDeltaAttention and fla's layers/kda.py): `heads` heads of `stateDim`
 *   (linear_attn_config head_dim), d_in = heads × head dim; bias-free q_proj, k_proj and v_proj h → d_in, a bias-free
 *   depthwise conv of `convKernel` taps over each (3·d_in channels), the low-rank forget gate f_a_proj h → d and f_b_proj
 *   d → d_in, dt_bias d_in, A_log n_h, b_proj h → n_h, the low-rank output gate g_a_proj h → d and g_b_proj d → d_in, a gated
 *   RMSNorm of one head's width (o_norm) and o_proj d_in → h.
 * - rwkv6 (RWKV-6 "Finch", BlinkDL/RWKV-LM's and RWKV-PEFT's RWKV_Tmix_x060 and RWKV_CMix_x060): `heads` heads of `stateDim`
 *   (head_size_a), d_in = dim_att; the token shift's six mixes (time_maa_x, _w, _k, _v, _r, _g: 6·h), their LoRA time_maa_w1
 *   h → 5·D_m and time_maa_w2 5 × D_m → h (`rwkv.mix`), the decay time_decay (d_in) and its LoRA h → D_w → d_in (`rwkv.decay`),
 *   the bonus time_faaaa (d_in), bias-free receptance, key, value and gate h → d_in and output d_in → h, ln_x (a GroupNorm over
 *   d_in: 2·d_in); with the channel mix's own beside its key and value (the layer's plain FFN): its time_maa_k and _r (2·h) and
 *   its receptance h → h.
 * - rwkv7 (RWKV-7 "Goose", RWKV_Tmix_x070 and RWKV_CMix_x070; flash-linear-attention's RWKV7Attention the same tensors, its
 *   LoRAs' biases where x070 has w0, a0 and v0): d_in = h; six mixes (x_r, x_w, x_k, x_v, x_a, x_g: 6·h), the decay's LoRA
 *   h → D_w → h and w0, the in-context rate's h → D_a → h and a0, the value residual's h → D_v → h and v0 in every layer but the
 *   first, the gate's h → D_g → h (no bias), k_k, k_a and r_k (h each), bias-free receptance, key, value and output h → h,
 *   ln_x (2·h); and the channel mix's x_k (h) beside its key and value.
 * `projBias` adds biases to in_proj and out_proj.
 */
export const ssmSchema = z.object({
  kind: sourced(z.enum(['mamba', 'mamba2', 'deltanet', 'shortconv', 'lightning', 'kda', 'rwkv6', 'rwkv7'])),
  /** Inner width d_in (Mamba-2: heads × head dim; Mamba-1: expand × h). */
  inner: sourced(count),
  /** Mamba-2's heads (Mamba-1: 0). */
  heads: sourced(countOrZero),
  stateDim: sourced(count),
  /** Mamba-2's groups of B and C (Mamba-1: 1). */
  groups: sourced(count),
  convKernel: sourced(count),
  /** Mamba-1's rank of Δ (Mamba-2: 0). */
  dtRank: sourced(countOrZero),
  projBias: sourced(z.boolean()),
  convBias: sourced(z.boolean()),
  innerNorm: sourced(z.boolean()),
  /** Jamba's RMSNorms (with weights) over Δ, B and C inside the Mamba-1 mixer: R + 2·N. */
  dtBcNorms: sourced(z.boolean()).optional(),
  /** A lightning mixer's RMSNorms over one head of its queries and of its keys (Ring-linear's query_layernorm, key_layernorm): 2·N. */
  headNorms: sourced(z.boolean()).optional(),
  /**
   * Gated DeltaNet's input projections as four linears, in_proj_qkv (h → 2·g·N + d_in), in_proj_z (h → d_in), in_proj_b and
   * in_proj_a (h → n_h each), as Qwen3.5 builds them (modeling_qwen3_5.py Qwen3_5GatedDeltaNet); absent: Qwen3-Next's two,
   * in_proj_qkvz and in_proj_ba. The parameters are the same; the linears an adapter wraps by name are not.
   */
  splitProjections: sourced(z.boolean()).optional(),
  /**
   * Kimi Delta Attention's output gate as one full-rank g_proj h → d_in (linear_attn_config use_full_rank_gate: Kimi K3) in
   * place of the low-rank g_a_proj h → d and g_b_proj d → d_in.
   */
  fullRankGate: sourced(z.boolean()).optional(),
  /** RWKV's low-rank widths: RWKV-6's `mix` (D_m) and `decay` (D_w); RWKV-7's `decay`, `a`, `value` and `gate` (the others 0). */
  rwkv: z
    .object({ decay: sourced(count), mix: sourced(countOrZero), a: sourced(countOrZero), value: sourced(countOrZero), gate: sourced(countOrZero) })
    .strict()
    .optional(),
});

/**
 * A hybrid stack's layers, one entry per layer: its mixer (attention, a state-space mixer, both side by side as in
 * Falcon-H1, or none: Megatron's MLP-only layers; SambaY's cross-decoder: `cross`, attention of its own queries over the keys
 * and values an earlier layer made, and `gmu`, a gated memory unit: in_proj h → d_in, an elementwise gate by an earlier
 * state-space layer's scan output, out_proj d_in → h, d_in the `ssm` mixer's) and whether it has a feed-forward block (dense,
 * or MoE for the layers `moe.layers` names). Megatron-Core's hybrid pattern (`M*-E`) gives each layer one role; Jamba's
 * layers pair a mixer with an FFN.
 */
export const hybridSchema = z.object({
  mixers: sourced(
    z
      .array(z.enum(['attention', 'ssm', 'parallel', 'none', 'cross', 'gmu']))
      .min(1)
      .max(100000),
  ),
  ffn: sourced(z.array(z.boolean()).min(1).max(100000)),
  /** The state-space or linear-attention mixer of the `ssm` and `parallel` layers (none in a stack without them). */
  ssm: ssmSchema.optional(),
  /**
   * Each layer's FFN width where the layers differ in it (DeciLM, model_type nemotron-nas: Llama-Nemotron's block_configs,
   * ffn_mult → int(2·mult·h/3) rounded up to a multiple of 256); such a stack's layers hold an RMSNorm before each block they
   * have and none for a block they skip.
   */
  ffnWidths: sourced(z.array(z.number().int().nonnegative().max(1e7)).min(1).max(100000)).optional(),
});

/**
 * DeepSeek-V4's layers (its inference/model.py, DeepSeek-V4-Flash and -Pro): MQA over one shared key/value head of `headDim`
 * (wkv h → d with an RMSNorm; keys are values), queries through a low-rank wq_a (h → r_q), an RMSNorm and wq_b (r_q → a·d),
 * a learned attention-sink logit per head, and the grouped low-rank output: wo_a maps each of `oGroups` groups of heads
 * (a·d/G) to `oLoraRank`, wo_b the G·r_o concatenation to h. Every layer attends to a sliding window of the last tokens
 * (ModelSpec.slidingWindow); layer i's `compressRatios[i]` adds compressed keys: 0 none, 4 Compressed Sparse Attention (an
 * overlapping compressor: wkv and wgate h → 2·d, a learned position bias r × 2·d and an RMSNorm over d; and the lightning
 * indexer: wq_b r_q → a_I·d_I, weights_proj h → a_I and its own overlapping compressor of width d_I, choosing `indexer.topK`
 * compressed keys), any other ratio Heavily Compressed Attention (a compressor h → d without overlap, no indexer). The first
 * `hashLayers` layers route by a fixed token-id table (tid2eid, vocab × k integers: no weight, not counted) and their gate
 * has no score-correction bias. Hyper-connections keep `hcMult` copies of the residual: per layer, for the attention and the
 * FFN, a mixing matrix ((2 + n)·n) × n·h, its base (2 + n)·n and 3 scales; before the head one n × n·h, n and 1. The list
 * continues past the layers for the MTP blocks (compress_ratios[L + j]).
 */
export const dsv4Schema = z.object({
  compressRatios: sourced(z.array(z.number().int().nonnegative().max(1e6)).min(1).max(100000)),
  qLoraRank: sourced(count),
  ropeHeadDim: sourced(count),
  oGroups: sourced(count),
  oLoraRank: sourced(count),
  hcMult: sourced(count),
  hashLayers: sourced(countOrZero),
  indexer: z.object({ heads: sourced(count), headDim: sourced(count), topK: sourced(count) }),
});

/**
 * Gemma 4's text model (transformers' modeling_gemma4.py Gemma4TextModel): layers of two kinds by layer_types, sliding-window
 * ones (ModelSpec.headDim, kvHeads) and global ones (`globalHeadDim`, `globalKvHeads`; with `kEqV` their keys are their
 * values: no v_proj); the last `kvSharedLayers` layers reuse the keys and values of the last earlier layer of their kind (no
 * k_proj, v_proj or k_norm) and, with `doubleWideMlp`, have an MLP twice as wide; every layer has q_norm (and k_norm where it
 * projects keys) over its head, four RMSNorms and a stored layer_scalar; with per-layer embeddings (`perLayerWidth` p > 0) a
 * `perLayerVocab` × L·p table, the model's h → L·p projection and its norm (p), and in each layer a gate h → p, a projection
 * p → h and a norm (h). A MoE block (ModelSpec.moe) runs beside the dense MLP: its router (h → E, a scale of h and a scale per
 * expert), the experts and three more norms.
 */
export const gemma4Schema = z.object({
  /** One entry per layer: true where it attends globally (full_attention), false where it uses the sliding window. */
  fullLayers: sourced(z.array(z.boolean()).min(1).max(100000)),
  globalHeadDim: sourced(count),
  globalKvHeads: sourced(count),
  kEqV: sourced(z.boolean()),
  kvSharedLayers: sourced(countOrZero),
  doubleWideMlp: sourced(z.boolean()),
  perLayerWidth: sourced(countOrZero),
  perLayerVocab: sourced(countOrZero),
  /**
   * Gemma 3n (modeling_gemma3n.py Gemma3nTextModel) on the same layers: AltUp over `altUpInputs` n streams (per layer
   * correct_output_scale h, correction_coefs n × n, prediction_coefs n × n², modality_router h → n and its norm h; the model's
   * 2·(n − 1) h × h projections into and out of the streams), LAuReL of `laurelRank` r (per layer h → r → h and a norm h), and
   * no layer_scalar.
   */
  altUpInputs: sourced(count).optional(),
  laurelRank: sourced(count).optional(),
});

/**
 * Gemma 4's audio tower (modeling_gemma4.py Gemma4AudioModel, a Conformer over 128 mel bins) and embed_audio, from its
 * audio_config: two bias-free 3×3 convolutions (1 → c0 → c1 channels) each with a LayerNorm, the projection of their
 * (c0 / 4)·c1 features to H; per layer two macaron feed-forwards (H → 4H → H, a norm before and after), the attention's q, k, v,
 * post and relative_k_proj (H × H each) with a per-dimension scale (H / n), the light convolution (linear_start H → 2H, a
 * depthwise conv of `kernel` taps, linear_end H → H, two norms) and three norms; output_proj H → P with its bias; embed_audio
 * P → the text width. With use_clipped_linears, ten of each layer's linears store four clip bounds each.
 */
export const gemma4AudioSchema = z.object({
  hidden: count,
  layers: count,
  heads: count,
  kernel: count,
  channels: z.tuple([count, count]),
  projDims: count,
  clipped: z.boolean(),
});

/** Names that several separate modules share (GPT-2's and Qwen's c_proj, ModernBERT's Wo, in the attention and the MLP): not one fused linear. */
export const SHARED_MODULE_NAMES: ReadonlySet<string> = new Set(['c_proj', 'Wo']);

/**
 * The role a module name qualified by its parent reaches, where the parent decides it (`attn.c_proj`, `mlp.c_proj`: a name of
 * SHARED_MODULE_NAMES is both the attention's output and the MLP's down projection; PEFT matches the entry as a dotted suffix of
 * the module's path, `h.0.attn.c_proj`, so only that parent's module): undefined for a bare name, another name (`self_attn.q_proj`
 * is q_proj wherever it sits) or another parent.
 */
export function parentRoles(name: string): AdapterTarget[] | undefined {
  const parts = name.split('.');
  const parent = parts[parts.length - 2];
  if (parent === undefined || !SHARED_MODULE_NAMES.has(parts[parts.length - 1]!)) return undefined;
  return /^(attn|attention|self_attn)$/.test(parent) ? ['o'] : /^(mlp|ffn|feed_forward)$/.test(parent) ? ['down'] : undefined;
}

/**
 * The linear layers an adapter can wrap, by role (each family maps its own names onto these): attention q, k, v, o; MLP gate,
 * up, down (a MoE's experts too); the output head; router: a MoE layer's router where it is a linear (moeSchema.routerLinear).
 * A hybrid stack's state-space or linear-attention mixer (ssmSchema) by the names of its linears in the Hugging Face modelling
 * code: Gated DeltaNet's in_proj_qkv, in_proj_z, in_proj_b, in_proj_a (Qwen3.5) or in_proj_qkvz, in_proj_ba (Qwen3-Next);
 * Mamba's and the short convolution's in_proj, Mamba-1's x_proj and dt_proj; every mixer's out_proj.
 */
export const MIXER_TARGETS = [
  'in_proj_qkv',
  'in_proj_z',
  'in_proj_a',
  'in_proj_b',
  'in_proj_qkvz',
  'in_proj_ba',
  'in_proj',
  'x_proj',
  'dt_proj',
  'out_proj',
] as const;
export const ADAPTER_TARGETS = ['q', 'k', 'v', 'o', 'gate', 'up', 'down', 'head', 'embedding', 'router', ...MIXER_TARGETS] as const;
/**
 * PEFT's "all-linear" (LLaMA-Factory's "all", Axolotl's lora_target_linear): every linear of the blocks, not the output head; a
 * model has the ones it has (a router only in MoE layers, a mixer's linears only in a hybrid's mixer layers).
 */
export const ALL_LINEAR_TARGETS: readonly (typeof ADAPTER_TARGETS)[number][] = ['q', 'k', 'v', 'o', 'gate', 'up', 'down', 'router', ...MIXER_TARGETS];
export const adapterTargetSchema = z.enum(ADAPTER_TARGETS);

export const modelSpecSchema = z.object({
  /** The architecture as the file names it, e.g. LlamaForCausalLM. */
  architecture: sourced(z.string()),
  layers: sourced(count),
  hidden: sourced(count),
  heads: sourced(count),
  kvHeads: sourced(count),
  headDim: sourced(count),
  ffnKind: sourced(ffnKindSchema),
  ffnWidth: sourced(count),
  /** Token vocabulary; 0 for a model of image patches (ViT), which has no token embedding. */
  vocab: sourced(countOrZero),
  tiedEmbeddings: sourced(z.boolean()),
  positions: sourced(positionsSchema),
  maxPositions: sourced(count).optional(),
  norm: sourced(normKindSchema),
  /** Norms per decoder layer (2 for pre-norm; Gemma 2 and OLMo 2 differ). */
  normsPerLayer: sourced(countOrZero),
  qkNorm: sourced(qkNormSchema),
  qkvBias: sourced(z.boolean()),
  outBias: sourced(z.boolean()),
  mlpBias: sourced(z.boolean()),
  /**
   * Projections the modelling code holds as one linear (Phi-3's qkv_proj and gate_up_proj, GPT-NeoX's query_key_value): an
   * adapter on every role of one wraps that linear once (analysis/method.ts), whatever names the adapter's list gives.
   */
  fusedLinears: sourced(z.array(z.array(adapterTargetSchema))).optional(),
  /**
   * The names the modelling code gives a role's linears where they are not the usual ones (LFM2's attention output out_proj,
   * its MLP w1 / w3 / w2): [role, name] pairs. A target list names a role only by one of these (analysis/method.ts).
   */
  moduleNames: sourced(z.array(z.tuple([adapterTargetSchema, z.string()]))).optional(),
  /** The output head has a bias (Phi-1.5 / Phi-2: V more parameters). */
  headBias: sourced(z.boolean()).optional(),
  /**
   * A decoder that ends in a classifier in place of the language-model head (LlamaForSequenceClassification's score, a
   * reward model's value head): h × `labels`, plus `labels` when biased. It runs over every token as the head would.
   */
  classifier: sourced(z.object({ labels: count, bias: z.boolean() })).optional(),
  /** The dtype the checkpoint's config says its weights are stored in (torch_dtype, transformers v5's dtype), where it says. */
  checkpointDtype: sourced(z.enum(['float32', 'float16', 'bfloat16'])).optional(),
  /** A norm right after the token embedding (BLOOM's word_embeddings_layernorm, Megatron-DeepSpeed --embed-layernorm): one more norm. */
  embeddingNorm: sourced(z.boolean()).optional(),
  /** The key projection has no bias where q, v and o have one (Whisper's k_proj). */
  keyBias: sourced(z.boolean()).optional(),
  /** Learned parameters of each layer's MLP activation (Apertus's xIELU: alpha_p and alpha_n, one scalar each): per layer. */
  activationParams: sourced(countOrZero).optional(),
  /**
   * Qwen3-Next's gated attention output: q_proj also yields a sigmoid gate per query channel (h × a·d more); on latent attention
   * (Kimi K3's mla_use_output_gate) a g_proj of its own, h → a·d_v.
   */
  outputGate: sourced(z.boolean()).optional(),
  /**
   * Block Attention Residuals (Kimi K3's attn_res_block_size): each layer's attention and MLP read a learned mix of the
   * earlier blocks' outputs through an RMSNorm and a projection h → 1 each (4·h per layer), the head likewise (2·h).
   */
  blockAttnRes: sourced(z.boolean()).optional(),
  /**
   * Differential attention (the Differential Transformer; Phi-4-mini-flash's DiffAttn): each layer's heads in pairs whose two
   * score maps are subtracted, with four λ vectors of a head's width and an RMSNorm of two (6·d per layer); per key 2·a·d for
   * the scores and 4·a·d for the values (6·a·d, where plain attention's is 4·a·d).
   */
  differentialAttention: sourced(z.boolean()).optional(),
  /** One learned attention-sink logit per head and layer (gpt-oss): a parameters per layer. */
  attentionSinks: sourced(z.boolean()).optional(),
  /**
   * Block-sparse attention (MiniMax-M3's sparse_attention_config) in the `layers` listed: the qkv projection also yields an
   * index query of `heads` heads and an index key, each of `headDim` (h·(a_I + 1)·d_I more), with an RMSNorm over each (2·d_I);
   * the index scores every earlier key, and each query attends to the `topK` blocks of `blockSize` keys it selects.
   */
  blockSparse: z
    .object({
      heads: sourced(count),
      headDim: sourced(count),
      topK: sourced(count),
      blockSize: sourced(count),
      layers: sourced(z.array(z.number().int().nonnegative())),
    })
    .optional(),
  /**
   * The value heads' width where it differs from the query and key heads' (MiMo-V2's v_head_dim 128 under head_dim 192):
   * v_proj h → g·d_v and o_proj a·d_v → h.
   */
  valueHeadDim: sourced(count).optional(),
  /**
   * Sliding-window layers with attention of their own (MiMo-V2's hybrid_layer_pattern, swa_num_key_value_heads and
   * add_swa_attention_sink_bias): which layers slide, their KV heads, and whether each holds a sink logit per head (the other
   * layers' sinks are attentionSinks). The heads and head widths are the model's.
   */
  slidingAttention: z
    .object({
      layers: sourced(z.array(z.boolean())),
      kvHeads: sourced(count),
      sinks: sourced(z.boolean()),
    })
    .optional(),
  /**
   * Llama 3.2 Vision's text model (modeling_mllama.py MllamaTextModel): this many of its layers attend to the image
   * (cross_attention_layers), with the self-attention layers' projections (k and v over the image's hidden states), q_norm and
   * k_norm over the head dimension and two tanh gates each (2·d + 2 more); its embedding has 8 rows beyond the vocabulary
   * (the image tokens). Their FLOPs are counted as the text's self-attention layers'.
   */
  crossAttentionLayers: sourced(count).optional(),
  /**
   * BLIP's text decoder (modeling_blip_text.py BlipTextLayer): every layer also attends to the image, a cross-attention
   * of the self-attention's shape whose key and value read this width (encoder_hidden_size, the vision width), with its
   * own output LayerNorm (one more norm per layer).
   */
  crossAttentionWidth: sourced(count).optional(),
  slidingWindow: sourced(count).optional(),
  /** How many layers use the sliding window (the others attend to the whole sequence). */
  slidingWindowLayers: sourced(countOrZero).optional(),
  moe: moeSchema.optional(),
  mla: mlaSchema.optional(),
  /** Multi-token-prediction layers, reported separately from the main model. */
  mtpLayers: sourced(countOrZero),
  /**
   * A hybrid's MTP module, as the blocks it stacks (Nemotron-H's mtp_hybrid_override_pattern "*E" / mtp_layers_block_type
   * [attention, moe]): each block one layer of the main stack's kind; absent, a module is one layer of the last kind.
   */
  mtpBlocks: sourced(
    z
      .array(z.enum(['attention', 'moe', 'mamba', 'mlp']))
      .min(1)
      .max(64),
  ).optional(),
  encoderDecoder: encoderDecoderSchema.optional(),
  vision: visionSchema.optional(),
  /** OPT's, MPNet's, ELECTRA's, ALBERT's and DINOv2's own pieces (classicSchema). */
  classic: sourced(classicSchema).optional(),
  encoder: encoderSchema.optional(),
  /** State-space and hybrid stacks (Mamba, Nemotron-H, Jamba, Falcon-H1): each layer's mixer and FFN. */
  hybrid: hybridSchema.optional(),
  /** DeepSeek-V4's compressed attention, grouped output and hyper-connections (dsv4Schema). */
  dsv4: dsv4Schema.optional(),
  /** Gemma 4's layer kinds, KV sharing and per-layer embeddings (gemma4Schema). */
  gemma4: gemma4Schema.optional(),
  /** Gemma 4's audio tower and its embedder into the text model (gemma4AudioSchema; E2B and E4B). */
  gemma4Audio: sourced(gemma4AudioSchema).optional(),
});

export const precisionSchema = z.enum(['fp32', 'tf32', 'fp16', 'bf16', 'fp8', 'fp4']);
export const recomputeSchema = z.enum(['none', 'selective', 'full']);
/** Optimizers by the state they keep per parameter (memory depends on it). */
export const optimizerSchema = z.enum(['adam', 'adamw', 'adam8bit', 'adam4bit', 'sgd', 'adafactor', 'lion', 'lamb', 'shampoo', 'soap', 'muon', 'other']);

const big = z.number().positive().max(1e18);

/**
 * Parameter-efficient methods on a frozen base, as PEFT names them (analysis/method.ts counts each):
 * low-rank adapters on linear layers (LoRA; DoRA adds a magnitude per output feature; LoHa two Hadamard-
 * multiplied low-rank pairs; AdaLoRA an SVD triplet at its initial rank; VeRA two trained scaling vectors
 * over shared frozen projections), block-orthogonal rotations (OFT: `rank` blocks per input), scalings of
 * a layer's output or, for feed-forward ones, input (IA3), spectral coefficients (FourierFT), virtual
 * tokens (prompt tuning: input embeddings; prefix tuning: keys and values of every layer), and the norms'
 * own weights (LN tuning).
 */
export const ADAPTER_KINDS = [
  'lora',
  'dora',
  'loha',
  'adalora',
  'vera',
  'oft',
  'ia3',
  'fourierft',
  'prompt',
  'prefix',
  'ln',
  'miss',
  'gralora',
  'hira',
  'delora',
  'shira',
  'beft',
  'boft',
  'randlora',
  'c3a',
  'vblora',
  'unilora',
  'road',
  'waveft',
  'tinylora',
  'lokr',
  'tokens',
  'pvera',
  'psoft',
  'adaption',
] as const;
export const adapterKindSchema = z.enum(ADAPTER_KINDS);

/** The settings other PEFT methods count by (their PEFT config keys in analysis/method.ts perLinear). */
export const adapterOptionsSchema = z
  .object({
    /** MISS: its mode (init_weights true, "bat" or "mini") and mini_r. */
    missMode: z.enum(['default', 'bat', 'mini']),
    miniR: count,
    /** GraLoRA hybrid_r. */
    hybridR: z.number().int().min(0).max(1e6),
    /** BOFT boft_n_butterfly_factor. */
    butterflyFactor: count,
    /** BOFT boft_block_num (when it gives that instead of a block size). */
    blockNum: count,
    /** LoKr decompose_factor (−1: the factors nearest the square root) and decompose_both. */
    decomposeFactor: z.number().int().min(-1).max(1e9),
    decomposeBoth: z.boolean(),
    /** VB-LoRA num_vectors and vector_length. */
    numVectors: count,
    vectorLength: count,
    /** UniLoRA theta_d_length; TinyLoRA u and weight_tying. */
    thetaLength: count,
    u: count,
    weightTying: z.number().min(0).max(1),
    /** RoAd variant: road_1, road_2, road_4. */
    roadVariant: z.union([z.literal(1), z.literal(2), z.literal(4)]),
    /** Trainable tokens: how many. */
    tokens: count,
    /** PSOFT: an orthogonal (skew-symmetric) r × r rotation or a full one, and its magnitude vectors. */
    psoftOrth: z.boolean(),
    psoftMags: z.number().int().min(0).max(2),
    /** Adaption prompt (LLaMA-Adapter): prompt length and how many of the top layers get one. */
    adapterLen: count,
    adapterLayers: count,
    /** Or the first layer that gets one (LitGPT's adapter_start_layer): the layers from it to the top. */
    adapterStartLayer: countOrZero,
    /** Its gate: one scalar per layer (PEFT adaption_prompt) or one per head (LitGPT's gating_factor). */
    adapterGatePerHead: z.boolean(),
    /**
     * LLaMA-Adapter v2 (LitGPT adapter_v2): besides the prompt, a bias and a scale on the output of every linear layer of
     * the blocks and the head, and every norm trained.
     */
    adapterV2: z.boolean(),
    /**
     * PEFT's ensure_weight_tying: a tied embedding and head saved whole (modules_to_save naming both) stay one trained matrix;
     * without it each is a trained copy of its own.
     */
    ensureWeightTying: z.boolean(),
  })
  .partial()
  .strict();

/** A parameter-efficient adapter (ADAPTER_KINDS); the base weights are frozen. */
export const adapterSchema = z.object({
  kind: sourced(adapterKindSchema),
  /** LoRA / DoRA / LoHa / VeRA rank, AdaLoRA's initial rank, OFT's blocks per layer. */
  rank: sourced(count).optional(),
  /** Virtual tokens (prompt and prefix tuning). */
  virtualTokens: sourced(count).optional(),
  /**
   * The streams prompt tuning prepends its virtual tokens to, each with an embedding of its own (PEFT's
   * num_transformer_submodules: 2 for an encoder–decoder's SEQ_2_SEQ_LM, the encoder's input and the decoder's; else 1).
   */
  promptStreams: sourced(count).optional(),
  /** Spectral coefficients per adapted layer (FourierFT n_frequency). */
  frequencies: sourced(count).optional(),
  /** OFT's block size where it gives that instead of the blocks per layer (oft_block_size: in / b blocks); BOFT's and C3A's block size. */
  blockSize: sourced(count).optional(),
  /** What the other methods count by (adapterOptionsSchema). */
  options: sourced(adapterOptionsSchema).optional(),
  /** Roles whose input, not output, an IA3 vector scales (PEFT feedforward_modules). */
  feedforward: sourced(z.array(adapterTargetSchema)).optional(),
  /** Norms LN tuning trains: per layer (of the layer's norms) and the final one. */
  norms: sourced(z.object({ perLayer: z.number().int().min(0).max(16), final: z.boolean() }).strict()).optional(),
  alpha: sourced(z.number().positive().max(1e6)).optional(),
  /** Dropout on the adapter's input (p); above 0 it saves a mask and the dropped input. */
  dropout: sourced(z.number().min(0).max(1)).optional(),
  targets: sourced(z.array(adapterTargetSchema)),
  /** Roles the files name as one fused linear (query_key_value, qkv_proj, gate_up_proj): one adapter over their joint output. */
  fused: sourced(z.array(z.array(adapterTargetSchema))).optional(),
  /** Module names the files give that no role of this reader matches (a finding). */
  unknownTargets: sourced(z.array(z.string())).optional(),
  /**
   * The target list's entries as PEFT matches them (a list, not one regular expression or all-linear): each a suffix of a
   * module's full path anywhere in the model (`q_proj`, `mlp.up_proj`), so a vision tower's linears of those names are wrapped
   * too (analysis/method.ts visionLinears).
   */
  suffixNames: sourced(z.array(z.string())).optional(),
  /**
   * The module names of the usual ones (analysis: HF_MODULE_ROLES) a regular expression among the targets matches in a layer's
   * path: where a model names a role's linears its own way (ModelSpec.moduleNames), a role is reached only by its own names.
   */
  patternNames: sourced(z.array(z.string())).optional(),
  /**
   * PEFT's all-linear (target_modules "all-linear", tuners_utils.py _maybe_include_all_linear_layers): every nn.Linear of the
   * model but its output head, a vision-language model's tower and projector linears too (analysis/method.ts visionLinears).
   * Absent where a framework's own "all" leaves the tower out (LLaMA-Factory's find_all_linear_modules, ms-swift's freeze_vit).
   */
  allLinear: sourced(z.boolean()).optional(),
  /**
   * Whether the vision-language model's projector linears are wrapped with the tower's (suffixNames, allLinear): false where a
   * framework keeps a frozen projector out (LLaMA-Factory's freeze_multi_modal_projector); absent: PEFT's own matching, which
   * wraps them.
   */
  visionProjector: sourced(z.boolean()).optional(),
  /**
   * The trainer builds the model in its own code (LitGPT, torchtune), whose adapters see q, k, v and gate, up apart: the Hugging
   * Face modelling code's fused linears (ModelSpec.fusedLinears) do not apply.
   */
  ownLinears: sourced(z.boolean()).optional(),
  /**
   * target_modules unset: PEFT fills its default for the architecture (peft/utils/constants.py), the model's query and value
   * linears whatever its code names them (GPT-2's c_attn, ChatGLM's query_key_value); the suffixNames stand for those.
   */
  peftDefault: sourced(z.boolean()).optional(),
  /** The layers whose linears are adapted (PEFT layers_to_transform, 0-based); absent: every layer. */
  layers: sourced(z.array(z.number().int().min(0).max(1e6)).max(100000)).optional(),
  /**
   * Whole modules trained next to the adapter (PEFT modules_to_save): the embedding, the head, every norm, a vision-language
   * model's projector, or a task class's classifier (the modules named classifier or score, which PEFT adds itself for the
   * SEQ_CLS and TOKEN_CLS task types).
   */
  modulesToSave: sourced(z.array(z.enum(['embedding', 'head', 'norms', 'projector', 'classifier']))).optional(),
  /**
   * Experts' stacked 3-D weights adapted as parameters (PEFT ≥ 0.17 target_parameters: `7.mlp.experts.gate_up_proj`): which of
   * them, in the listed layers (null: every MoE layer); each expert gets its own r × (in + out).
   */
  expertParams: sourced(
    z.object({ layers: z.array(z.number().int().min(0).max(1e6)).max(100000).nullable(), kinds: z.array(z.enum(['gate_up', 'gate', 'up', 'down'])) }).strict(),
  ).optional(),
});

/**
 * Megatron-Core's `--recompute-modules` (transformer_config.py recompute_modules): with selective recompute, the parts of each
 * layer whose outputs are recomputed in the backward instead of kept (its default: core_attn alone).
 */
export const recomputeModuleSchema = z.enum(['core_attn', 'moe_act', 'layernorm', 'mla_up_proj', 'mlp', 'moe', 'shared_experts']);
export type RecomputeModule = z.infer<typeof recomputeModuleSchema>;

/**
 * Partial-parameter fine-tuning (LLaMA-Factory's finetuning_type freeze): the last `layers` layers trained (the first −layers
 * when negative; 1e6: every layer), only their attention or MLP where `parts` says so, and the embedding, the output head, the final
 * norm, a vision tower (less its projection) or its projection beside them.
 */
export const freezeSchema = z
  .object({
    layers: z.number().int().min(-1e6).max(1e6),
    parts: z.array(z.enum(['attention', 'mlp'])).optional(),
    extra: z.array(z.enum(['embedding', 'head', 'norm', 'vision', 'projector'])),
    /** LLaMA Pro (use_llama_pro): the n layers are spread, every (L / n)-th, the blocks its expansion inserted. */
    spread: z.boolean().optional(),
  })
  .strict();
export type FreezeSpec = z.infer<typeof freezeSchema>;

export const selectiveRecomputeSchema = z.union([
  z.literal('ops'),
  z.object({ everyLayers: count }).strict(),
  z.object({ modules: z.array(recomputeModuleSchema) }).strict(),
  /** A policy that keeps the named matmul outputs of each layer and its input, and recomputes the rest (MaxText's remat policies). */
  z.object({ saves: z.array(z.enum(['qkv', 'out', 'context', 'mlpwi', 'mlpwo'])) }).strict(),
]);

export const trainingSpecSchema = z.object({
  seqLen: sourced(count),
  /** Sequences per GPU per micro-step. */
  microBatch: sourced(count).optional(),
  /** Sequences per optimizer step, all GPUs together. */
  globalBatch: sourced(count).optional(),
  /** Micro-batches per optimizer step on one data-parallel rank. */
  gradAccum: sourced(count).optional(),
  trainIters: sourced(count).optional(),
  trainTokens: sourced(big).optional(),
  /** Trials of a hyperparameter search (a W&B sweep): the run is repeated this many times. */
  sweepTrials: sourced(count).optional(),
  epochs: sourced(big).optional(),
  precision: sourced(precisionSchema).optional(),
  optimizer: sourced(optimizerSchema).optional(),
  recompute: sourced(recomputeSchema).optional(),
  /**
   * What "selective" recomputes where the trainer lets a config choose (absent: Megatron's, the attention core):
   * 'ops' torchtitan's op-level policy (selective_ac_option = "op"), everyLayers: every n-th layer fully
   * (selective_ac_option = "n").
   */
  selectiveRecompute: sourced(selectiveRecomputeSchema).optional(),
  /**
   * How "full" recomputes (Megatron --recompute-method / --recompute-num-layers): uniform, chunks of n layers each
   * keeping its input; block, the first n layers of each pipeline stage recomputed and the rest keeping everything.
   */
  recomputeMethod: sourced(z.enum(['uniform', 'block'])).optional(),
  recomputeLayers: sourced(count).optional(),
  /** DeepSpeed ZeRO stage 0-3. */
  zeroStage: sourced(z.number().int().min(0).max(3)).optional(),
  /** Parameters, gradients and optimizer state sharded over data parallel (FSDP full shard / ZeRO-3). */
  fsdp: sourced(z.boolean()).optional(),
  /**
   * Hybrid sharding (HSDP, FSDP's HYBRID_SHARD, torchtitan's data_parallel_replicate_degree × shard_degree): the ranks the
   * sharded state spans; the data-parallel ranks beyond them hold replicas. Absent: sharded over every data-parallel rank.
   */
  shardGroup: sourced(z.number().int().positive()).optional(),
  /**
   * Hybrid sharding by its replicas (torchtitan's data_parallel_replicate_degree with data_parallel_shard_degree -1): the
   * sharded state spans the data-parallel ranks over this many replicas.
   */
  shardReplicas: sourced(z.number().int().positive()).optional(),
  /** Megatron's distributed optimizer (optimizer state sharded over data parallel). */
  distributedOptimizer: sourced(z.boolean()).optional(),
  offloadOptimizer: sourced(z.boolean()).optional(),
  /** The share of the optimizer state (and its step) offloadOptimizer keeps on the host, where not all (Megatron --optimizer-offload-fraction). */
  optimizerOffloadFraction: sourced(z.number().gt(0).lte(1)).optional(),
  /** The linear layers' weights held and all-gathered in FP8 (Megatron --fp8-param-gather: Transformer Engine's FP8 parameters). */
  fp8Params: sourced(z.boolean()).optional(),
  /**
   * How FP8 tensors are scaled (Transformer Engine's recipes: delayed from an amax history, tensorwise current scaling, blockwise
   * 128 × 128 / 1 × 128 tiles, MXFP8's scale per 32 values; torchao's rowwise): what the hardware must support. Absent: not FP8.
   */
  fp8Recipe: sourced(z.enum(['delayed', 'tensorwise', 'rowwise', 'blockwise', 'mxfp8'])).optional(),
  /** The output layer (logits) in MXFP8 too (Megatron-Bridge model.fp8_output_proj); otherwise it stays in BF16. */
  fp8OutputProj: sourced(z.boolean()).optional(),
  /** Gradients kept and reduced in fp32 next to 16-bit weights (Megatron-Core's DDP grad_reduce_in_fp32); absent: the trainer's default. */
  fp32Grads: sourced(z.boolean()).optional(),
  /**
   * Bytes per trained parameter of Adam's two moments where the run states their dtypes (Megatron-Core's precision-aware
   * optimizer: --exp-avg-dtype / --exp-avg-sq-dtype bf16 is 2 + 2); absent: fp32 next to master weights, the weights' dtype without.
   */
  momentBytes: sourced(z.number().positive().max(16)).optional(),
  /** Gradient reduction overlapped with backward (Megatron --overlap-grad-reduce, DeepSpeed overlap_comm). */
  overlapGradReduce: sourced(z.boolean()).optional(),
  /** TP's all-gathers and reduce-scatters overlapped with the GEMMs they feed (Megatron --tp-comm-overlap, torchtitan async TP). */
  tpCommOverlap: sourced(z.boolean()).optional(),
  /**
   * Attention materializes the s × s scores (Megatron's own DotProductAttention, --attention-backend local / unfused: a fused
   * softmax, no flash kernel); absent or false: a flash / fused kernel that never writes them.
   */
  attentionScores: sourced(z.boolean()).optional(),
  /** EP all-to-all overlapped with another micro-batch's compute in 1F1B (Megatron --overlap-moe-expert-parallel-comm). */
  epCommOverlap: sourced(z.boolean()).optional(),
  /**
   * EP tokens cross the network once per destination node and fan out over NVLink there (DeepEP's and HybridEP's internode
   * dispatch: Megatron's flex dispatcher, --moe-token-dispatcher-type flex, or --moe-enable-deepep).
   */
  epNodeDispatch: sourced(z.boolean()).optional(),
  /**
   * The SMs the per-node dispatcher's kernels hold while they run (Megatron's --moe-deepep-num-sms, 20 unless set, and
   * --moe-hybridep-num-sms, 16): taken from the GEMMs while an overlapped all-to-all runs under them.
   */
  epCommSms: sourced(count).optional(),
  /**
   * An expert takes at most this many times its balanced share of the routed tokens (Megatron's --moe-expert-capacity-factor,
   * MaxText's capacity_factor); absent: dropless. Under balanced routing a factor below 1 drops the rest.
   */
  expertCapacity: sourced(z.number().positive()).optional(),
  /** Each expert's input padded to its capacity (Megatron's --moe-pad-expert-input-to-capacity; MaxText's dropping path). */
  expertPadding: sourced(z.boolean()).optional(),
  /**
   * Each MoE layer's forward blocks the host until the GPU's queue drains (Megatron-Core's dropless dispatchers: the token counts
   * go to the host for the all-to-all's splits, the grouped GEMM's sizes or the receive buffers); absent: no such wait
   * (drop-and-pad, a full-iteration CUDA graph) or none charged (attention in Transformer Engine's CUDA graphs).
   * analysis/time.ts hostSyncSeconds.
   */
  moeHostSync: sourced(z.boolean()).optional(),
  /**
   * The experts' activation blocks the host too, in its forward and its recompute (Megatron-Core's quick-GeGLU with a linear
   * offset, --glu-linear-offset: the offset becomes a device tensor on each call, a copy the host waits for).
   */
  gluOffsetSync: sourced(z.boolean()).optional(),
  /** The updated parameters' all-gather overlapped with the next step's forward (Megatron --overlap-param-gather). */
  overlapParamGather: sourced(z.boolean()).optional(),
  offloadParams: sourced(z.boolean()).optional(),
  /** The routed experts' weights, and what trains them, kept and run on the host (LLaMA-Factory's use_kt: KTransformers' CPU experts). */
  expertsOnHost: sourced(z.boolean()).optional(),
  /**
   * Tokens of each sequence whose logits the loss needs, where fewer than the sequence (TRL's GRPO: the completion only, its
   * model called with logits_to_keep = the completion's length + 1): the output layer's logits over these alone.
   */
  logitsTokens: sourced(z.number().int().positive()).optional(),
  /**
   * A reinforcement-learning sequence's two parts, where a file states them (TRL's max_prompt_length and max_completion_length):
   * seqLen is their sum, and a file that states one part (a launch's flag over its recipe YAML) replaces that part alone.
   */
  promptLen: sourced(z.number().int().positive()).optional(),
  completionLen: sourced(z.number().int().positive()).optional(),
  /**
   * An encoder-decoder's target length where the run states one (run_summarization's and run_translation's max_target_length):
   * the decoder's tokens per sequence, seqLen the encoder's (the source); absent: the decoder runs over seqLen too. (Whisper's
   * seqLen is already the decoder's, its encoder over its fixed source positions.)
   */
  targetLen: sourced(count).optional(),
  /** Starts from pretrained weights (a fine-tune): pretraining-only checks do not apply. */
  finetune: sourced(z.boolean()).optional(),
  /** A low-rank adapter; the base weights are frozen. */
  adapter: adapterSchema.optional(),
  /** Partial-parameter fine-tuning (freezeSchema): some layers trained whole, the rest frozen. */
  freeze: sourced(freezeSchema).optional(),
  /**
   * What a full fine-tune keeps frozen of a vision-language model (LLaMA-Factory's freeze_vision_tower and
   * freeze_multi_modal_projector, both true by default; train_mm_proj_only freezes the language model): ignored for a model
   * without a vision tower.
   */
  frozenParts: sourced(z.object({ language: z.boolean(), vision: z.boolean(), projector: z.boolean() }).strict()).optional(),
  /** Base weights stored quantized (bitsandbytes NF4 with or without double quantization, LLM.int8). */
  quantization: sourced(z.enum(['nf4', 'nf4-dq', 'int8'])).optional(),
  /** An fp32 master copy of the trained weights (mixed precision); false for pure 16-bit training (LitGPT bf16-true, torchtune). */
  masterWeights: sourced(z.boolean()).optional(),
  /** The model's weights held in fp32 and run under autocast (torch AMP: Lightning's bf16-mixed): a frozen base costs 4 bytes per weight. */
  fp32Weights: sourced(z.boolean()).optional(),
  /**
   * bitsandbytes' paged optimizer (paged_adamw_32bit, paged_adamw_8bit, PagedAdamW): its state in unified memory, paged to the
   * host when the GPU runs short, not held resident beside the step's peak.
   */
  pagedOptimizer: sourced(z.boolean()).optional(),
  /** Each parameter stepped as its gradient is ready, the gradient then freed (torchtune optimizer_in_bwd). */
  optimizerInBackward: sourced(z.boolean()).optional(),
  /** Saved activations moved to host memory during forward (torchtune enable_activation_offloading). */
  activationOffload: sourced(z.boolean()).optional(),
  /** Transformer layers whose activations go to the host as forward goes (Megatron --cpu-offloading-num-layers), of each stage's. */
  offloadLayers: sourced(z.number().int().min(0).max(1e6)).optional(),
  /** The model and loss compiled with torch.compile (torchtune compile): norms fused, a chunked loss saving only its 16-bit logits. */
  compiled: sourced(z.boolean()).optional(),
  /**
   * The loss compiled with the model (torchtitan's compile.components with "loss", torchtune's compile): Inductor fuses the fp32 upcast, log-softmax
   * and loss into kernels that save the 16-bit logits and a log-sum-exp per token, and write the logits' gradient in 16 bits.
   */
  lossCompiled: sourced(z.boolean()).optional(),
  /**
   * The training config rescales the model's rotary positions to its sequence (LLaMA-Factory's rope_scaling: linear, dynamic, yarn
   * or llama3, its factor set to cover cutoff_len where not written): sequences past max_position_embeddings are what it asks for.
   */
  ropeScaled: sourced(z.boolean()).optional(),
  /**
   * The output projection and the loss computed a tile of the tokens at a time, the logits of one tile held at once and recomputed
   * in backward (MaxText's num_vocab_tiling).
   */
  vocabTiles: sourced(z.number().int().positive().max(1e6)).optional(),
  /** The loss the config names, where it says (torchtune's loss._component_); else the trainer's (TrainerTraits.loss). */
  loss: sourced(z.enum(['fused', 'fp32', 'native', 'chunked-fp32', 'fused-linear'])).optional(),
  /** Fused kernels swapped in for the model's RMSNorm, RoPE and SwiGLU (Liger: use_liger_kernel, enable_liger_kernel, liger_rms_norm). */
  fusedKernels: sourced(z.boolean()).optional(),
  /**
   * Preference training (DPO, KTO, ORPO, SimPO, reward modelling), named by its `stage`: each sample is `sequences` sequences
   * trained (a chosen and a rejected response; KTO's one completion); `forwards` more forward passes per trained token run
   * without gradients (DPO: the reference's; KTO: the policy's on its KL batch and the reference's on both); the reference
   * model is `copy` a second, frozen model whose weights are held too, `forwardOnly` one whose weights the GPU does not hold
   * (the base with the adapter switched off, or a copy offloaded to the host), or `none`. `scoreHead`: a reward model's scalar
   * head (h × 1, no bias) in place of the LM head.
   */
  preference: sourced(
    z
      .object({
        stage: z.string().max(4096),
        sequences: z.number().int().min(1).max(16),
        forwards: z.number().int().min(0).max(16),
        reference: z.enum(['none', 'copy', 'forwardOnly']),
        scoreHead: z.boolean(),
      })
      .strict(),
  ).optional(),
});

const degree = z.number().int().positive().max(1e7);

export const parallelSpecSchema = z.object({
  tp: sourced(degree).optional(),
  pp: sourced(degree).optional(),
  /** Virtual pipeline stages per pipeline rank (interleaved 1F1B). */
  vpp: sourced(degree).optional(),
  dp: sourced(degree).optional(),
  cp: sourced(degree).optional(),
  ep: sourced(degree).optional(),
  etp: sourced(degree).optional(),
  sp: sourced(z.boolean()).optional(),
  /** Transformer layers on the first / last pipeline stage (Megatron --decoder-first/last-pipeline-num-layers). */
  /** Transformer layers of each virtual pipeline stage in model order (Megatron --pipeline-model-parallel-layout). */
  ppChunks: sourced(z.array(z.number().int().min(0).max(1e6)).max(1e6)).optional(),
  ppFirstLayers: sourced(degree).optional(),
  ppLastLayers: sourced(degree).optional(),
  /** The embedding / the loss counted as one layer in the pipeline split (Megatron --account-for-embedding/loss-in-pipeline-split). */
  ppEmbeddingLayer: sourced(z.boolean()).optional(),
  ppLossLayer: sourced(z.boolean()).optional(),
  /**
   * torchtitan's split (generate_llm_fqn_per_model_part): the embedding and the output weighing `input` / `output` layers, the
   * layers spread over the virtual stages as evenly as that allows (the first stages one more); the stages are layersPerStage's
   * ceil((L + input + output) / layersPerStage), else stagesPerRank per rank (2 for an interleaved schedule, 1 otherwise).
   */
  ppWeighted: sourced(
    z
      .object({
        input: z.number().int().min(0).max(1e6),
        output: z.number().int().min(0).max(1e6),
        stagesPerRank: z.number().int().min(1).max(1e6).optional(),
        layersPerStage: z.number().int().min(1).max(1e6).optional(),
      })
      .strict(),
  ).optional(),
  gpusPerNode: sourced(degree).optional(),
  nodes: sourced(degree).optional(),
  worldSize: sourced(degree).optional(),
  /** The accelerator a job file asks for (a Kubernetes node selector, SkyPilot's accelerators): a preset id. */
  accelerator: sourced(z.string()).optional(),
});

/** What the setup's trainer does where its files are silent (recognize/trainer.ts); name absent: no trainer named. */
export const trainerDefaultsSchema = z.object({
  /** Named in the reason shown next to every value assumed from these defaults; absent when no trainer is named. */
  name: z.string().optional(),
  /** Optimizer state sharded over data-parallel ranks (Megatron's distributed optimizer, ZeRO-1). */
  distributedOptimizer: z.boolean(),
  /** Sequence parallelism whenever TP > 1. */
  sequenceParallel: z.boolean(),
  /**
   * It trains in 16 bits only when a file says so (TrainingArguments' bf16 and fp16, both False by default): where none does and
   * the checkpoint is stored in fp32, the run is fp32 (transformers v4 upcasts any checkpoint, v5 loads it as stored).
   */
  halfWhenSet: z.boolean().optional(),
  /** Gradients kept (and reduced) in fp32 next to 16-bit weights. */
  fp32Grads: z.boolean(),
  /** Gradient reduction overlapped with the backward pass. */
  overlapGradReduce: z.boolean(),
  /** A sharded optimizer's parameter all-gather overlapped with the next forward (absent: not). */
  overlapParamGather: z.boolean().optional(),
  /** How its loss turns logits into a gradient (analysis/memory.ts lossBytesPerLogit); Megatron's fused kernel when absent. */
  loss: z.enum(['fused', 'fp32', 'native', 'chunked-fp32', 'fused-linear']).optional(),
  /** The 4-bit matmul a quantized base runs through (bitsandbytes when absent). */
  quantKernel: z.enum(['bitsandbytes', 'torchao']).optional(),
  /** An FSDP run loads a consolidated checkpoint by gathering every weight on every rank first, and keeps that copy while training (analysis/parallel.ts Workload.fullStateLoad). */
  fullStateLoad: z.boolean().optional(),
  /** How its RMSNorms run (analysis/memory.ts eagerNormBytes); a fused kernel when absent. */
  norm: z.enum(['fused', 'eager-fp32', 'eager-fp32-scale']).optional(),
  /** q, k and v are one fused linear (one adapter input); grouped keys and values are expanded before attention; a quantized base quantizes lm_head too. */
  fusedQkv: z.boolean().optional(),
  expandKv: z.boolean().optional(),
  quantizeHead: z.boolean().optional(),
  /** A quantized base is quantized from fp16 whatever the run's dtype (Lightning's BitsandbytesPrecision; analysis/parallel.ts Workload.quantizedFromHalf). */
  quantizedFromHalf: z.boolean().optional(),
  /**
   * Gradients set to None after every optimizer step (PyTorch's zero_grad(set_to_none=True): the Hugging Face Trainer, torchtune,
   * LitGPT, torchtitan, nanoGPT, OLMo), so without accumulation they never coexist with the activations; absent: kept in persistent
   * buffers (Megatron's grad buffer, DeepSpeed's).
   */
  freesGradients: z.boolean().optional(),
  /**
   * Its multi-GPU runs always shard parameters, gradients and optimizer state (torchtune's *_distributed recipes: FSDP2's
   * fully_shard on every layer): ZeRO-3 wherever data parallelism is above 1 and the files state no sharding of their own.
   */
  shardsWhenDistributed: z.boolean().optional(),
  /**
   * Its attention kernel's efficiency relative to the flash-attention one the step model assumes (analysis/time.ts), where the
   * public measurements of this stack say it differs; absent: 1.
   */
  attentionKernel: z.number().gt(0).max(2).optional(),
  /**
   * Megatron-Core's kernels (analysis/memory.ts fusedKernelSavings): the fused SwiGLU saves only its input, and under FP8
   * Transformer Engine keeps the GEMM inputs it saves for the weight gradient in FP8.
   */
  megatronKernels: z.boolean().optional(),
  /** It runs data parallelism alone (DDP, FSDP, ZeRO): the layout search tries no tensor, pipeline, context or expert parallelism. */
  dataParallelOnly: z.boolean().optional(),
  /** What its "selective" recomputes (analysis/parallel.ts Workload.selectiveRecompute); Megatron's attention core when absent. */
  selectiveRecompute: selectiveRecomputeSchema.optional(),
});

export type TrainerDefaults = z.infer<typeof trainerDefaultsSchema>;
export type SelectiveRecompute = z.infer<typeof selectiveRecomputeSchema>;

export const specSchema = z.object({
  family: z.string(),
  trainer: trainerDefaultsSchema,
  model: modelSpecSchema.optional(),
  training: trainingSpecSchema,
  parallel: parallelSpecSchema,
});

export type ModelSpec = z.infer<typeof modelSpecSchema>;
export type TrainingSpec = z.infer<typeof trainingSpecSchema>;
export type ParallelSpec = z.infer<typeof parallelSpecSchema>;
export type Spec = z.infer<typeof specSchema>;
export type MoeSpec = z.infer<typeof moeSchema>;
export type MlaSpec = z.infer<typeof mlaSchema>;
export type VisionSpec = z.infer<typeof visionSchema>;
export type EncoderSpec = z.infer<typeof encoderSchema>;
export type ClassicSpec = z.infer<typeof classicSchema>;
export type SsmSpec = z.infer<typeof ssmSchema>;
export type HybridSpec = z.infer<typeof hybridSchema>;
export type Dsv4Spec = z.infer<typeof dsv4Schema>;
export type Gemma4Spec = z.infer<typeof gemma4Schema>;
export type Gemma4AudioSpec = z.infer<typeof gemma4AudioSchema>;
export type AdapterSpec = z.infer<typeof adapterSchema>;
export type AdapterTarget = (typeof ADAPTER_TARGETS)[number];
export type AdapterKind = (typeof ADAPTER_KINDS)[number];
export type AdapterOptions = z.infer<typeof adapterOptionsSchema>;

/**
 * The files state a training setting (a batch, a precision, a degree…), not only a model and its
 * sequence length: a bare model config gets the layout the search chooses and no verdicts on it.
 */
export function statesTraining(spec: Spec): boolean {
  // A budget given on the command line (--budget: trainTokens overridden) says how long to train, not how.
  // Nor does a sweep's number of trials.
  const stated = (k: string, v: unknown) =>
    k !== 'seqLen' && k !== 'sweepTrials' && v !== undefined && !(k === 'trainTokens' && (v as Sourced<number>).source.kind === 'override');
  return Object.entries(spec.training).some(([k, v]) => stated(k, v)) || Object.values(spec.parallel).some((v) => v !== undefined);
}

/** The setup trained on a number of tokens instead of the length its files state (iterations or epochs). */
export function trainingOnTokens<S extends Spec>(spec: S, tokens: Sourced<number>): S {
  const { trainIters: _iters, epochs: _epochs, ...training } = spec.training;
  return { ...spec, training: { ...training, trainTokens: tokens } };
}

/** Compile-time check that the schema's sourced shape matches the core Sourced<T>. */
export type _SourcedCheck = ModelSpec['layers'] extends Sourced<number> ? true : never;
