/**
 * Exact parameter counts: every tensor counted once (tied matrices once), from the shapes in the spec.
 * Formulas: ../../../test/fixtures/reference/formulas.md §1 (Megatron-LM, transformers modelling code).
 * Notation: h hidden, a query heads, g KV heads, d head dim, f FFN width, V vocab, L layers, E experts,
 * k experts per token.
 */
import type { ModelSpec, MoeSpec, SsmSpec } from '../spec';
import { computed, input, quantity, type Quantity } from './quantity';
import { withClassic } from './classic';

/** Parameters of one block and the matmul weights a token passes through in it. */
export interface Part {
  readonly params: number;
  /** Parameters a token touches (MoE: k of E routed experts). */
  readonly active: number;
  /** Weights used in matrix multiplies by one token (no biases, norms or lookups). */
  readonly matmul: number;
  readonly formula: string;
}

export type LayerKind = 'dense' | 'moe' | 'encoder' | 'decoder';
export type Mixer = 'attention' | 'ssm' | 'parallel' | 'none' | 'cross' | 'gmu';

export interface LayerGroup {
  readonly kind: LayerKind;
  readonly count: number;
  /** The layer's mixer: attention (every transformer), a state-space mixer, both side by side (Falcon-H1), or none. */
  readonly mixer: Mixer;
  /** The layer has a feed-forward block (dense or MoE by kind); Megatron's hybrid Mamba and attention layers have none. */
  readonly ffn: boolean;
  readonly attention: Part;
  readonly mlp: Part;
  readonly norms: number;
  /** Parameters of one layer of this kind. */
  readonly each: number;
  readonly activeEach: number;
  readonly matmulEach: number;
  /**
   * DeepSeek-V4's layers by their attention (spec.ts dsv4Schema): the sliding window alone (swa), with compressed sparse
   * attention (csa: every 4 tokens, an indexer's top-k) or heavily compressed attention (hca); *Hash: routed by token id.
   */
  readonly variant?: Dsv4Variant | Gemma4Variant | SharedIndexVariant | SlidingVariant;
}

/**
 * GLM-5.3's layers that reuse an earlier layer's indexer choice (indexer_types "shared"), dense or MoE; MiniMax-M3's layers
 * with block-sparse attention (ModelSpec.blockSparse), dense or MoE.
 */
export type SharedIndexVariant = 'denseSharedIndex' | 'moeSharedIndex' | 'denseBlockSparse' | 'moeBlockSparse';

export type Dsv4Variant = 'swa' | 'csa' | 'hca' | 'swaHash' | 'csaHash' | 'hcaHash';
/** Gemma 4's layers by their attention (sliding window or global), with keys and values of their own or shared, or with MoE. */
export type Gemma4Variant = 'gemmaLocal' | 'gemmaGlobal' | 'gemmaLocalShared' | 'gemmaGlobalShared' | 'gemmaGlobalMoe';
/** A dense sliding-window layer beside full ones (ModelSpec.slidingAttention); a MoE one is Dsv4Variant's 'swa'. */
export type SlidingVariant = 'swaDense';

export interface ParamsAnalysis {
  readonly total: Quantity;
  readonly active: Quantity;
  /** Input token embedding (V·h). */
  readonly embedding: Quantity;
  /** Output head (V·h when untied, 0 when tied to the embedding). */
  readonly outputHead: Quantity;
  /** Learned position embeddings (0 for RoPE / relative). */
  readonly positions: Quantity;
  readonly layerGroups: readonly LayerGroup[];
  /** Final norms (one per stack) and T5's relative-attention biases. */
  readonly other: number;
  /** Multi-token-prediction modules, not part of total. */
  readonly mtp: Quantity;
  /** The vision encoder and its projector to the text width (0 without one); part of total, not of the per-token matmuls. */
  readonly vision: Quantity;
  /** Gemma 4's audio tower and embed_audio (0 without one); part of total, not of the per-token matmuls. */
  readonly audio: Quantity;
  /** An encoder's token-type embeddings and task head (spec.ts encoderSchema; 0 for decoders); part of total. */
  readonly encoderHead: Quantity;
  /** Matmul weights per token in the transformer layers (forward; MoE: active experts). */
  readonly layerMatmulPerToken: number;
  /** Output-head matmul weights per token (V·h, tied or not). */
  readonly headMatmulPerToken: number;
  /** Gemma 4's per-layer embedding table (part of `embedding`: a lookup, not the head a tied embedding also is). */
  readonly perLayerEmbedding?: number;
}

export function normSize(m: ModelSpec): number {
  const h = m.hidden.value;
  switch (m.norm.value) {
    case 'rmsnorm':
    case 'layernorm-nobias':
      return h;
    case 'layernorm':
      return 2 * h;
    case 'layernorm-nonparam':
      return 0;
  }
}

export function attentionPart(m: ModelSpec): Part {
  const h = m.hidden.value;
  const a = m.heads.value;
  if (m.dsv4) {
    // Its layers' attention differs by compress ratio (dsv4Groups counts each exactly): here, for whoever asks for one
    // layer's (memory per GPU, frozen layers), the average over the layers, rounded (once per model: the layout search asks
    // for every layout it tries).
    const known = dsv4AverageMemo.get(m);
    if (known) return known;
    const L = m.layers.value;
    const parts = m.dsv4.compressRatios.value.slice(0, L).map((r) => dsv4AttentionPart(m, r));
    const part = averagePart(parts, L, 'the average of the layers’ attention (compress ratios differ)');
    dsv4AverageMemo.set(m, part);
    return part;
  }
  if (m.gemma4) return gemma4Average(m).attention;
  if (m.slidingAttention) {
    // Sliding layers of their own KV heads and sinks (slidingGroups counts each exactly): here the average over the layers,
    // rounded, for whoever asks for one layer's.
    const known = slidingAverageMemo.get(m);
    if (known) return known;
    const L = m.layers.value;
    const [full, swa] = [slidingAttentionPart(m, false), slidingAttentionPart(m, true)];
    const parts = Array.from({ length: L }, (_, i) => (m.slidingAttention!.layers.value[i] ? swa : full));
    const part = averagePart(parts, L, 'the average of the layers’ attention (sliding and full layers differ)');
    slidingAverageMemo.set(m, part);
    return part;
  }
  if (m.mla) {
    const rq = m.mla.qLoraRank.value;
    const rkv = m.mla.kvLoraRank.value;
    const dn = m.mla.qkNopeHeadDim.value;
    const dr = m.mla.qkRopeHeadDim.value;
    const dv = m.mla.vHeadDim.value;
    const qMatmul = rq > 0 ? h * rq + rq * a * (dn + dr) : h * a * (dn + dr);
    const qNorm = rq > 0 ? rq : 0;
    const kvMatmul = h * (rkv + dr) + rkv * a * (dn + dv);
    // (Kimi K3's gated latent attention: g_proj h → a·d_v beside it.)
    const out = a * dv * h + (m.outputGate?.value ? h * a * dv : 0);
    const ix = m.mla.indexer;
    const ixMatmul = ix ? (rq > 0 ? rq : h) * ix.heads.value * ix.headDim.value + h * ix.headDim.value + h * ix.heads.value : 0;
    const matmul = qMatmul + kvMatmul + out + ixMatmul;
    const params = matmul + qNorm + rkv + (ix ? 2 * ix.headDim.value : 0);
    const formula =
      (rq > 0 ? 'h·r_q + r_q + r_q·a·(d_nope+d_rope)' : 'h·a·(d_nope+d_rope)') +
      ' + h·(r_kv+d_rope) + r_kv + r_kv·a·(d_nope+d_v) + a·d_v·h' +
      (m.outputGate?.value ? ' + h·a·d_v (output gate)' : '') +
      (ix ? ` + ${rq > 0 ? 'r_q' : 'h'}·a_I·d_I + h·d_I + 2·d_I + h·a_I (indexer)` : '');
    return { params, active: params, matmul, formula };
  }
  const g = m.kvHeads.value;
  const d = m.headDim.value;
  const gate = m.outputGate?.value ? h * a * d : 0;
  // Values narrower than the queries and keys (MiMo-V2's v_head_dim): v_proj h → g·d_v, o_proj a·d_v → h.
  const dv = m.valueHeadDim?.value;
  const matmul = dv !== undefined ? h * a * d + h * g * d + h * g * dv + a * dv * h + gate : h * a * d + 2 * h * g * d + a * d * h + gate;
  let params = matmul;
  let formula = (dv !== undefined ? 'h·a·d + h·g·d + h·g·d_v + a·d_v·h' : 'h·a·d + 2·h·g·d + a·d·h') + (gate ? ' + h·a·d (output gate)' : '');
  if (m.qkvBias.value && m.keyBias?.value === false) {
    params += a * d + g * d;
    formula += ' + (a+g)·d';
  } else if (m.qkvBias.value && dv !== undefined) {
    params += a * d + g * d + g * dv;
    formula += ' + (a+g)·d + g·d_v';
  } else if (m.qkvBias.value) {
    params += a * d + 2 * g * d;
    formula += ' + (a+2g)·d';
  }
  if (m.outBias.value) {
    params += h;
    formula += ' + h';
  }
  if (m.attentionSinks?.value) {
    params += a;
    formula += ' + a';
  }
  if (m.differentialAttention?.value) {
    params += 6 * d;
    formula += ' + 6·d (λ vectors, subln)';
  }
  if (m.qkNorm.value === 'per-head') {
    params += 2 * d;
    formula += ' + 2·d';
  } else if (m.qkNorm.value === 'per-head-biased') {
    params += 4 * d;
    formula += ' + 4·d';
  } else if (m.qkNorm.value === 'full') {
    params += a * d + g * d;
    formula += ' + (a+g)·d';
  } else if (m.qkNorm.value === 'full-biased') {
    params += 2 * (a * d + g * d);
    formula += ' + 2·(a+g)·d';
  }
  return { params, active: params, matmul, formula };
}

/** The layers' attention averaged over L layers, rounded: one layer's, for whoever asks (memory per GPU, frozen layers). */
function averagePart(parts: readonly Part[], L: number, formula: string): Part {
  const avg = (k: 'params' | 'matmul') => Math.round(parts.reduce((x, p) => x + p[k], 0) / Math.max(1, L));
  const params = avg('params');
  return { params, active: params, matmul: avg('matmul'), formula };
}

const dsv4AverageMemo = new WeakMap<ModelSpec, Part>();
const slidingAverageMemo = new WeakMap<ModelSpec, Part>();

/** One layer's attention where sliding layers have their own KV heads and sinks (ModelSpec.slidingAttention). */
export function slidingAttentionPart(m: ModelSpec, sliding: boolean): Part {
  const sa = m.slidingAttention!;
  const own = sliding ? { kvHeads: sa.kvHeads, attentionSinks: sa.sinks } : {};
  return attentionPart({ ...m, ...own, slidingAttention: undefined });
}

/** Whether Gemma 4's layer i attends globally, and whether it shares an earlier layer's keys and values. */
export function gemma4Layer(m: ModelSpec, i: number): { full: boolean; shared: boolean } {
  const g = m.gemma4!;
  const L = m.layers.value;
  const first = L - g.kvSharedLayers.value;
  return { full: g.fullLayers.value[i] ?? false, shared: g.kvSharedLayers.value > 0 && i >= first };
}

/**
 * One Gemma 4 layer's attention (modeling_gemma4.py Gemma4TextAttention): q_proj h → a·d and o_proj a·d → h, q_norm over d;
 * unless it shares keys and values, k_proj h → g·d, v_proj (none on a global layer with attention_k_eq_v) and k_norm over d
 * (v_norm has no weight); biases on each projection with attention_bias. d and g are global_head_dim and the global KV heads
 * on a global layer.
 */
export function gemma4AttentionPart(m: ModelSpec, full: boolean, shared: boolean): Part {
  const g4 = m.gemma4!;
  const h = m.hidden.value;
  const a = m.heads.value;
  const d = full ? g4.globalHeadDim.value : m.headDim.value;
  const g = full ? g4.globalKvHeads.value : m.kvHeads.value;
  const k = shared ? 0 : g * d;
  const v = shared || (full && g4.kEqV.value) ? 0 : g * d;
  const matmul = h * a * d + h * k + h * v + a * d * h;
  const params = matmul + (m.qkvBias.value ? a * d + k + v : 0) + (m.outBias.value ? h : 0) + d + (shared ? 0 : d);
  const dText = full ? 'd_g' : 'd';
  const gText = full ? 'g_g' : 'g';
  const formula =
    `h·a·${dText}` +
    (k ? ` + h·${gText}·${dText}` : '') +
    (v ? ` + h·${gText}·${dText}` : '') +
    ` + a·${dText}·h` +
    (m.qkvBias.value ? ' + biases' : '') +
    (m.outBias.value ? ' + h' : '') +
    (shared ? ` + ${dText} (shared keys and values)` : ` + 2·${dText}`);
  return { params, active: params, matmul, formula };
}

/**
 * One Gemma 4 layer's feed-forward side: the GeGLU MLP (3·h·f, f doubled on a KV-shared layer with use_double_wide_mlp), the
 * per-layer input's gate h → p and projection p → h and its slice of the model's h → L·p projection (3·h·p), and with a MoE
 * block the experts, router and per-expert scales beside the dense MLP (moeMlpPart, the dense MLP as its shared expert).
 */
function gemma4MlpPart(m: ModelSpec, double: boolean): Part {
  const h = m.hidden.value;
  const p = m.gemma4!.perLayerWidth.value;
  // Gemma 3n's LAuReL beside the attention: linear_left h → r and linear_right r → h (counted with the feed-forward side).
  const r = m.gemma4!.laurelRank?.value ?? 0;
  const ple = 3 * h * p + 2 * h * r;
  const f = m.ffnWidth.value * (double ? 2 : 1);
  const fText = double ? '2·f' : 'f';
  if (m.moe) {
    const moe = moeMlpPart(m);
    const extra = double ? 3 * h * m.ffnWidth.value : 0;
    return {
      params: moe.params + extra + ple,
      active: moe.active + extra + ple,
      matmul: moe.matmul + extra + ple,
      formula: `${moe.formula}${double ? ' + 3·h·f' : ''}${p ? ' + 3·h·p' : ''}${r ? ' + 2·h·r' : ''}`,
    };
  }
  const matmul = 3 * h * f + ple;
  return { params: matmul, active: matmul, matmul, formula: `3·h·${fText}${p ? ' + 3·h·p' : ''}${r ? ' + 2·h·r' : ''}` };
}

/**
 * Vectors a Gemma 4 layer holds beside its matrices: four norms, the per-layer input's norm, the MoE block's three norms and
 * router scale, layer_scalar. Gemma 3n's has no layer_scalar; its AltUp holds correct_output_scale (h), correction_coefs
 * (n × n), prediction_coefs (n × n²), modality_router (h → n) and router_norm (h), its LAuReL post_laurel_norm (h).
 */
function gemma4LayerVectors(m: ModelSpec): number {
  const h = m.hidden.value;
  const g = m.gemma4!;
  const base = 4 * h + (g.perLayerWidth.value > 0 ? h : 0) + (m.moe ? 4 * h : 0);
  const n = g.altUpInputs?.value;
  if (n === undefined) return base + 1;
  return base + 2 * h + n * n + n ** 3 + h * n + (g.laurelRank ? h : 0);
}

/** Gemma 4's layers grouped by variant, in the order of first use. */
function gemma4Groups(m: ModelSpec): LayerGroup[] {
  const L = m.layers.value;
  const g4 = m.gemma4!;
  const groups = new Map<Gemma4Variant, { count: number; full: boolean; shared: boolean }>();
  for (let i = 0; i < L; i++) {
    const { full, shared } = gemma4Layer(m, i);
    const variant: Gemma4Variant = full
      ? shared
        ? 'gemmaGlobalShared'
        : m.moe
          ? 'gemmaGlobalMoe'
          : 'gemmaGlobal'
      : shared
        ? 'gemmaLocalShared'
        : 'gemmaLocal';
    const g = groups.get(variant);
    if (g) g.count++;
    else groups.set(variant, { count: 1, full, shared });
  }
  const vectors = gemma4LayerVectors(m);
  return [...groups.entries()].map(([variant, { count, full, shared }]) => ({
    ...group(m.moe ? 'moe' : 'dense', count, gemma4AttentionPart(m, full, shared), gemma4MlpPart(m, shared && g4.doubleWideMlp.value), vectors),
    // A MoE model's sliding layers read as DeepSeek-V4's sliding-window + MoE ones.
    variant: m.moe && variant === 'gemmaLocal' ? 'swa' : variant,
  }));
}

/** Gemma 4's average layer (memory per layer, frozen layers): its attention and its feed-forward side, rounded (memoized). */
function gemma4Average(m: ModelSpec): { attention: Part; mlp: Part } {
  const known = gemma4AverageMemo.get(m);
  if (known) return known;
  const L = Math.max(1, m.layers.value);
  const attn = { params: 0, matmul: 0 };
  const mlp = { params: 0, matmul: 0 };
  for (let i = 0; i < m.layers.value; i++) {
    const { full, shared } = gemma4Layer(m, i);
    const a = gemma4AttentionPart(m, full, shared);
    const f = gemma4MlpPart(m, shared && m.gemma4!.doubleWideMlp.value);
    attn.params += a.params;
    attn.matmul += a.matmul;
    mlp.params += f.params;
    mlp.matmul += f.matmul;
  }
  const avg = (x: { params: number; matmul: number }, formula: string): Part => {
    const params = Math.round(x.params / L);
    return { params, active: params, matmul: Math.round(x.matmul / L), formula };
  };
  const out = { attention: avg(attn, 'the average of the layers’ attention (head widths differ)'), mlp: avg(mlp, 'the average of the layers’ MLP') };
  gemma4AverageMemo.set(m, out);
  return out;
}

const gemma4AverageMemo = new WeakMap<ModelSpec, { attention: Part; mlp: Part }>();

/** A linear layer's shape, [in features, out features]. */
export type Shape = [inFeatures: number, outFeatures: number];

/**
 * The linear layers of one attention block by role: q, k, v, o; MLA (modeling_deepseek_v3.py): q_a_proj and q_b_proj (or
 * q_proj without a q-LoRA) as q, kv_a_proj_with_mqa as k, kv_b_proj as v, o_proj as o.
 */
export function attentionShapes(m: ModelSpec): { q: Shape[]; k: Shape[]; v: Shape[]; o: Shape[] } {
  const h = m.hidden.value;
  const a = m.heads.value;
  const mla = m.mla;
  if (mla) {
    const qk = a * (mla.qkNopeHeadDim.value + mla.qkRopeHeadDim.value);
    const r = mla.qLoraRank.value;
    return {
      q:
        r > 0
          ? [
              [h, r],
              [r, qk],
            ]
          : [[h, qk]],
      k: [[h, mla.kvLoraRank.value + mla.qkRopeHeadDim.value]],
      v: [[mla.kvLoraRank.value, a * (mla.qkNopeHeadDim.value + mla.vHeadDim.value)]],
      o: [[a * mla.vHeadDim.value, h]],
    };
  }
  const d = m.headDim.value;
  const g = m.kvHeads.value;
  // Qwen3-Next's and Qwen3.5's gated output: q_proj yields the query and its gate side by side, h → 2·a·d (one linear).
  const q = (m.outputGate?.value ? 2 : 1) * a * d;
  const dv = m.valueHeadDim?.value ?? d;
  return { q: [[h, q]], k: [[h, g * d]], v: [[h, g * dv]], o: [[a * dv, h]] };
}

/**
 * Gemma 4's attention linears in one layer (gemma4AttentionPart): q_proj h → a·d and o_proj a·d → h; k_proj h → g·d unless
 * the layer shares an earlier layer's keys and values; v_proj likewise, and none on a global layer with attention_k_eq_v
 * (d and g the global head width and KV heads on a global layer).
 */
export function gemma4AttentionShapes(m: ModelSpec, full: boolean, shared: boolean): { q: Shape[]; k: Shape[]; v: Shape[]; o: Shape[] } {
  const g4 = m.gemma4!;
  const h = m.hidden.value;
  const a = m.heads.value;
  const d = full ? g4.globalHeadDim.value : m.headDim.value;
  const g = full ? g4.globalKvHeads.value : m.kvHeads.value;
  return {
    q: [[h, a * d]],
    k: shared ? [] : [[h, g * d]],
    v: shared || (full && g4.kEqV.value) ? [] : [[h, g * d]],
    o: [[a * d, h]],
  };
}

/** An MLP of width f: gate, up and down (gated), or up and down. */
export function mlpShapes(m: ModelSpec, f: number): Shape[] {
  const h = m.hidden.value;
  return m.ffnKind.value === 'gated'
    ? [
        [h, f],
        [h, f],
        [f, h],
      ]
    : [
        [h, f],
        [f, h],
      ];
}

/** An MLP's biases, when the model has them: one per hidden unit of each input projection (2 when gated) and h on the output. */
function mlpBiases(m: ModelSpec, f: number): number {
  return m.mlpBias.value ? (m.ffnKind.value === 'gated' ? 2 : 1) * f + m.hidden.value : 0;
}

export function denseMlpPart(m: ModelSpec): Part {
  if (m.gemma4 && !m.moe) return gemma4Average(m).mlp;
  const h = m.hidden.value;
  const f = m.ffnWidth.value;
  const gated = m.ffnKind.value === 'gated';
  const matmul = (gated ? 3 : 2) * h * f;
  // A learned activation's own scalars (Apertus's xIELU: alpha_p, alpha_n).
  const act = m.activationParams?.value ?? 0;
  const params = matmul + mlpBiases(m, f) + act;
  const formula = (gated ? '3·h·f' : '2·h·f') + (m.mlpBias.value ? (gated ? ' + 2f + h' : ' + f + h') : '') + (act ? ` + ${act} (activation)` : '');
  return { params, active: params, matmul, formula };
}

/** The model with its dense FFN at another width (a DeciLM layer's own, HybridSpec.ffnWidths), for its MLP's shapes and counts. */
export function withFfnWidth(m: ModelSpec, width: number): ModelSpec {
  return width === m.ffnWidth.value ? m : { ...m, ffnWidth: { ...m.ffnWidth, value: width } };
}

/** The rows of a MoE's router: one per expert, and one per zero-computation expert it may choose (MoeSpec.zeroExperts). */
export function routerRows(moe: MoeSpec): number {
  return moe.experts.value + (moe.zeroExperts?.value ?? 0);
}

export function moeMlpPart(m: ModelSpec): Part {
  const moe = m.moe;
  if (!moe) return denseMlpPart(m);
  const h = m.hidden.value;
  const E = moe.experts.value;
  const k = moe.topK.value;
  // Experts are MLPs of the model's kind: gated (SwiGLU) 3·h·f, plain 2·h·f.
  const mats = m.ffnKind.value === 'gated' ? 3 : 2;
  // LatentMoE: the routed experts' input and output width d_l, and the two projections to and from it (every token's).
  const d = moe.latent?.value ?? h;
  // (Kimi K3's routed_expert_norm: an RMSNorm over d_l.)
  const latentMatmul = moe.latent ? 2 * h * d : 0;
  const latentProj = latentMatmul + (moe.latent && moe.latentNorm?.value ? d : 0);
  const expertMatmul = mats * d * moe.expertWidth.value;
  const sharedMatmul = moe.sharedExperts.value * mats * h * moe.sharedWidth.value;
  // With MLP biases every expert keeps them (Megatron-DeepSpeed's experts are its MLP; Megatron-Core's honour add_bias_linear).
  const expert = expertMatmul + mlpBiases(m, moe.expertWidth.value);
  const shared = moe.sharedExperts.value > 0 ? sharedMatmul + moe.sharedExperts.value * mlpBiases(m, moe.sharedWidth.value) : 0;
  const sharedGate = moe.sharedGate.value ? h : 0;
  // (Zero experts: the router's rows are E + Z, written E' below.)
  const rows = routerRows(moe);
  const router = h * rows;
  const bias = moe.routerBias.value ? rows : 0;
  const params = E * expert + shared + sharedGate + router + bias + latentProj;
  const active = k * expert + shared + sharedGate + router + bias + latentProj;
  const matmul = k * expertMatmul + sharedMatmul + sharedGate + router + latentMatmul;
  const biasTerm = m.mlpBias.value ? (mats === 3 ? ' + 2f_e + h' : ' + f_e + h') : '';
  const w = moe.latent ? 'd_l' : 'h';
  let formula = biasTerm ? `E·(${mats}·${w}·f_e${biasTerm})` : `E·${mats}·${w}·f_e`;
  if (latentProj) formula += moe.latentNorm?.value ? ' + 2·h·d_l + d_l' : ' + 2·h·d_l';
  if (shared) formula += ` + n_s·${mats}·h·f_s`;
  if (sharedGate) formula += ' + h';
  const r = rows === E ? 'E' : "E'";
  formula += ` + h·${r}`;
  if (bias) formula += ` + ${r}`;
  return { params, active, matmul, formula };
}

/**
 * A state-space mixer (spec.ts ssmSchema), d_in inner width, N state size, g groups, n_h heads, k conv taps, R Δ rank:
 * - mamba2 (Megatron-Core mamba_mixer.py, transformers modeling_mamba2.py / modeling_nemotron_h.py): h·(2·d_in + 2·g·N + n_h)
 *   in_proj, (d_in + 2·g·N)·k conv (+ d_in + 2·g·N bias), 3·n_h (Δ bias, A, D), d_in gated norm, d_in·h out_proj;
 * - mamba (modeling_mamba.py): h·2·d_in in_proj, d_in·k conv (+ d_in), d_in·(R + 2·N) x_proj, R·d_in + d_in dt_proj,
 *   d_in·N + d_in (A, D), d_in·h out_proj.
 */
export function ssmPart(m: ModelSpec, first = false): Part {
  const x = m.hybrid?.ssm;
  if (!x) return { params: 0, active: 0, matmul: 0, formula: '0' };
  const h = m.hidden.value;
  const d = x.inner.value;
  const N = x.stateDim.value;
  const k = x.convKernel.value;
  const conv = (c: number) => c * k + (x.convBias.value ? c : 0);
  if (x.kind.value === 'rwkv6' || x.kind.value === 'rwkv7') return rwkvPart(h, d, x, first);
  if (x.kind.value === 'shortconv') {
    // Lfm2ShortConv: in_proj h → 3·d_in, a depthwise conv of k taps over d_in, out_proj d_in → h.
    const matmul = 3 * h * d + d * h;
    const params = matmul + conv(d) + (x.projBias.value ? 3 * d + h : 0);
    const formula = `3·h·d_in + d_in·${x.convBias.value ? '(k+1)' : 'k'} + d_in·h${x.projBias.value ? ' + 3·d_in + h' : ''}`;
    return { params, active: params, matmul, formula };
  }
  if (x.kind.value === 'lightning') {
    // MiniMaxLightningAttention: qkv_proj h → 3·d_in, output_gate h → d_in, an RMSNorm over d_in, out_proj d_in → h; no biases.
    const matmul = 3 * h * d + h * d + d * h;
    const heads = x.headNorms?.value ? 2 * N : 0;
    const params = matmul + d + heads;
    return { params, active: params, matmul, formula: `3·h·d_in + h·d_in (output gate) + d_in (norm) + d_in·h${heads ? ' + 2·N (q/k norms)' : ''}` };
  }
  if (x.kind.value === 'kda') {
    // KimiDeltaAttention: q, k, v h → d_in with a k-tap conv each, the forget gate h → d → d_in and its dt_bias, A_log per head,
    // β (b_proj h → n_h), the output gate h → d → d_in, o_norm over a head, o_proj d_in → h; no biases.
    const nh = x.heads.value;
    const dh = N;
    // (Kimi K3's use_full_rank_gate: the output gate one g_proj h → d_in.)
    const full = x.fullRankGate?.value === true;
    const matmul = 3 * h * d + (h * dh + dh * d) + (full ? h * d : h * dh + dh * d) + h * nh + d * h;
    const params = matmul + conv(3 * d) + d + nh + dh;
    return {
      params,
      active: params,
      matmul,
      formula: `3·h·d_in + 3·d_in·k + h·d + d·d_in + ${full ? 'h·d_in' : 'h·d + d·d_in'} + d_in + h·n_h + n_h + d + d_in·h`,
    };
  }
  if (x.kind.value === 'deltanet') {
    const kd = x.groups.value * N;
    const nv = x.heads.value;
    const matmul = h * (2 * kd + 2 * d) + h * 2 * nv + d * h;
    const params = matmul + conv(2 * kd + d) + 2 * nv + d / nv;
    return { params, active: params, matmul, formula: 'h·(2·g·N + 2·d_in) + h·2·n_h + (2·g·N + d_in)·k + 2·n_h + d_in/n_h + d_in·h' };
  }
  if (x.kind.value === 'mamba2') {
    const g = x.groups.value;
    const nh = x.heads.value;
    const inOut = 2 * d + 2 * g * N + nh;
    const matmul = h * inOut + d * h;
    const params = matmul + (x.projBias.value ? inOut + h : 0) + conv(d + 2 * g * N) + 3 * nh + (x.innerNorm.value ? d : 0);
    const formula =
      `h·(2·d_in + 2·g·N + n_h) + (d_in + 2·g·N)·${x.convBias.value ? '(k+1)' : 'k'} + 3·n_h` +
      (x.innerNorm.value ? ' + d_in' : '') +
      ' + d_in·h' +
      (x.projBias.value ? ' + 2·d_in + 2·g·N + n_h + h' : '');
    return { params, active: params, matmul, formula };
  }
  const R = x.dtRank.value;
  const matmul = 2 * d * h + d * (R + 2 * N) + R * d + d * h;
  const norms = x.dtBcNorms?.value ? R + 2 * N : 0;
  const params = matmul + (x.projBias.value ? 2 * d + h : 0) + conv(d) + d + d * N + d + norms;
  const formula =
    `2·h·d_in + d_in·${x.convBias.value ? '(k+1)' : 'k'} + d_in·(R + 2·N) + R·d_in + d_in + d_in·N + d_in + d_in·h` +
    (x.projBias.value ? ' + 2·d_in + h' : '') +
    (norms ? ' + R + 2·N' : '');
  return { params, active: params, matmul, formula };
}

const NONE: Part = { params: 0, active: 0, matmul: 0, formula: '0' };

/**
 * A cross-decoder layer's attention (SambaY; Hunyuan-Large's cross-layer attention): its queries alone, attending to an earlier
 * layer's keys and values: q h → a·d and o a·d → h, biased as the model's attention is, with differential attention's 6·d and
 * per-head q/k norms where the model has them.
 */
function crossPart(m: ModelSpec): Part {
  const h = m.hidden.value;
  const ad = m.heads.value * m.headDim.value;
  const matmul = 2 * h * ad;
  const diff = m.differentialAttention?.value ? 6 * m.headDim.value : 0;
  // (Hunyuan-Large's follower layers keep their q/k norms over a head, the keys' over the ones they reuse.)
  const norms = m.qkNorm.value === 'per-head' ? 2 * m.headDim.value : 0;
  const params = matmul + (m.qkvBias.value ? ad : 0) + (m.outBias.value ? h : 0) + diff + norms;
  const formula = `2·h·a·d${m.qkvBias.value ? ' + a·d' : ''}${m.outBias.value ? ' + h' : ''}${diff ? ' + 6·d' : ''}${norms ? ' + 2·d' : ''} (queries only)`;
  return { params, active: params, matmul, formula };
}

/** A gated memory unit (SambaY's GMU): in_proj h → d_in and out_proj d_in → h, d_in the state-space mixer's; no biases. */
function gmuPart(m: ModelSpec): Part {
  const matmul = 2 * m.hidden.value * (m.hybrid?.ssm?.inner.value ?? 0);
  return { params: matmul, active: matmul, matmul, formula: '2·h·d_in (gated memory unit)' };
}

function sum(a: Part, b: Part): Part {
  return { params: a.params + b.params, active: a.active + b.active, matmul: a.matmul + b.matmul, formula: `${a.formula} + ${b.formula}` };
}

function group(
  kind: LayerKind,
  count: number,
  attention: Part,
  mlp: Part,
  norms: number,
  crossAttention?: Part,
  mixer: Mixer = 'attention',
  ffn = true,
): LayerGroup {
  const attn = crossAttention
    ? {
        params: attention.params + crossAttention.params,
        active: attention.active + crossAttention.active,
        matmul: attention.matmul + crossAttention.matmul,
        formula: `2·(${attention.formula})`,
      }
    : attention;
  return {
    kind,
    count,
    mixer,
    ffn,
    attention: attn,
    mlp,
    norms,
    each: attn.params + mlp.params + norms,
    activeEach: attn.active + mlp.active + norms,
    matmulEach: attn.matmul + mlp.matmul,
  };
}

/**
 * RWKV's time mix with the channel mix's own beyond its key and value (spec.ts ssmSchema rwkv6, rwkv7): RWKV-6
 * 8·h + 4·d_in + 5·h·d_in + d_in·h + 10·h·D_m + h·D_w + D_w·d_in + h·h; RWKV-7 14·h + 4·h² + 2·h·(D_w + D_a + D_g), and
 * 2·h·D_v + h in each layer but the first (its value residual). Matmuls: the linears and the LoRAs.
 */
function rwkvPart(h: number, d: number, x: SsmSpec, first: boolean): Part {
  const r = x.rwkv;
  const Dw = r?.decay.value ?? 0;
  if (x.kind.value === 'rwkv6') {
    const Dm = r?.mix.value ?? 0;
    const matmul = 4 * h * d + d * h + 10 * h * Dm + h * Dw + Dw * d + h * h;
    const params = matmul + 8 * h + 4 * d;
    return { params, active: params, matmul, formula: '4·h·d_in + d_in·h + 10·h·D_m + h·D_w + D_w·d_in + h·h (channel mix) + 8·h + 4·d_in' };
  }
  const value = first ? 0 : 2 * h * (r?.value.value ?? 0);
  const matmul = 4 * h * h + 2 * h * ((r?.a.value ?? 0) + Dw + (r?.gate.value ?? 0)) + value;
  const params = matmul + 14 * h + (first ? 0 : h);
  return {
    params,
    active: params,
    matmul,
    formula: first ? '4·h² + 2·h·(D_w + D_a + D_g) + 14·h (the first layer: no value residual)' : '4·h² + 2·h·(D_w + D_a + D_g + D_v) + 15·h',
  };
}

/**
 * A hybrid stack's layers grouped by what they hold: mixer, and no FFN, a dense one or a MoE one (in layer order of first use);
 * where the layers differ in FFN width (HybridSpec.ffnWidths, DeciLM's) by width too, each with a norm per block it has.
 */
function hybridGroups(m: ModelSpec, attn: Part, dense: Part, perLayerNorms: number): LayerGroup[] {
  const hy = m.hybrid!;
  const moeLayers = new Set(m.moe?.layers.value ?? []);
  const ssm = ssmPart(m);
  // (RWKV-7's first layer has no value residual: a group of its own.)
  const firstApart = hy.ssm?.kind.value === 'rwkv7' && hy.mixers.value[0] === 'ssm';
  const widths = hy.ffnWidths?.value;
  const counts = new Map<string, { mixer: Mixer; ffn: 'none' | 'dense' | 'moe'; width: number; first: boolean; count: number }>();
  hy.mixers.value.forEach((mixer, i) => {
    const ffn = !hy.ffn.value[i] ? 'none' : moeLayers.has(i) ? 'moe' : 'dense';
    const width = ffn === 'dense' && widths ? (widths[i] ?? m.ffnWidth.value) : m.ffnWidth.value;
    const first = firstApart && i === 0;
    const key = `${mixer}/${ffn}/${width}/${first}`;
    const c = counts.get(key);
    if (c) c.count++;
    else counts.set(key, { mixer, ffn, width, first, count: 1 });
  });
  const n = normSize(m);
  return [...counts.values()].map(({ mixer, ffn, width, first, count }) => {
    const mix =
      mixer === 'attention'
        ? attn
        : mixer === 'ssm'
          ? first
            ? ssmPart(m, true)
            : ssm
          : mixer === 'parallel'
            ? sum(attn, ssm)
            : mixer === 'cross'
              ? crossPart(m)
              : mixer === 'gmu'
                ? gmuPart(m)
                : NONE;
    const mlp = ffn === 'none' ? NONE : ffn === 'moe' ? moeMlpPart(m) : width === m.ffnWidth.value ? dense : denseMlpPart(withFfnWidth(m, width));
    const norms = widths ? (mixer === 'none' ? 0 : n) + (ffn === 'none' ? 0 : n) : perLayerNorms;
    return group(ffn === 'moe' ? 'moe' : 'dense', count, mix, mlp, norms, undefined, mixer, ffn !== 'none');
  });
}

/**
 * One DeepSeek-V4 layer's attention with compress ratio r (inference/model.py Attention, Compressor, Indexer), and its
 * hyper-connections (Block: hc_attn_* and hc_ffn_*), n = hc_mult, mix = (2 + n)·n:
 * a (attn_sink) + h·r_q + r_q (q_norm) + r_q·a·d (wq_b) + h·d + d (wkv, kv_norm) + a·d·r_o (wo_a: G groups of a·d/G → r_o)
 * + G·r_o·h (wo_b); when r > 0 the compressor r·c·d (ape) + 2·h·c·d (wkv, wgate) + d (norm), c = 2 when r = 4 (overlapping
 * windows) else 1; when r = 4 the indexer r_q·a_I·d_I (wq_b) + h·a_I (weights_proj) + its compressor 4·2·d_I + 2·h·2·d_I + d_I;
 * and 2·(mix·n·h + mix + 3). Matmuls: every projection, the compressors' and the hyper-connections' mixing (x·hc_fn).
 */
export function dsv4AttentionPart(m: ModelSpec, r: number): Part {
  const v = m.dsv4!;
  const h = m.hidden.value;
  const a = m.heads.value;
  const d = m.headDim.value;
  const rq = v.qLoraRank.value;
  const ro = v.oLoraRank.value;
  const G = v.oGroups.value;
  const n = v.hcMult.value;
  const mix = (2 + n) * n;
  const aI = v.indexer.heads.value;
  const dI = v.indexer.headDim.value;
  const c = r === 4 ? 2 : 1;
  const qkvoMatmul = h * rq + rq * a * d + h * d + a * d * ro + G * ro * h;
  const compressorMatmul = r > 0 ? 2 * h * c * d : 0;
  const indexerMatmul = r === 4 ? rq * aI * dI + h * aI + 2 * h * 2 * dI : 0;
  const hcMatmul = 2 * mix * n * h;
  const matmul = qkvoMatmul + compressorMatmul + indexerMatmul + hcMatmul;
  const params = matmul + a + rq + d + (r > 0 ? r * c * d + d : 0) + (r === 4 ? 4 * 2 * dI + dI : 0) + 2 * (mix + 3);
  const formula =
    'a + h·r_q + r_q + r_q·a·d + h·d + d + a·d·r_o + G·r_o·h' +
    (r > 0 ? ` + ${r}·${c}·d + 2·h·${c}·d + d (compressor)` : '') +
    (r === 4 ? ' + r_q·a_I·d_I + h·a_I + 8·d_I + 4·h·d_I + d_I (indexer)' : '') +
    ' + 2·((2+n)·n·(n·h + 1) + 3) (hyper-connections)';
  return { params, active: params, matmul, formula };
}

/** DeepSeek-V4's variant of layer i: its attention by compress ratio, and whether its experts are hash-routed. */
function dsv4Variant(m: ModelSpec, i: number): Dsv4Variant {
  const r = m.dsv4!.compressRatios.value[i] ?? 0;
  const base = r === 0 ? 'swa' : r === 4 ? 'csa' : 'hca';
  return i < m.dsv4!.hashLayers.value ? (`${base}Hash` as Dsv4Variant) : base;
}

/**
 * DeepSeek-V4's MoE block in layer i: the model's MoE (moeMlpPart), less the score-correction bias in a hash-routed layer
 * (Gate: bias None where tid2eid routes; tid2eid itself, vocab × k integer expert ids, is a table, not counted).
 */
function dsv4MlpPart(m: ModelSpec, i: number): Part {
  const part = moeMlpPart(m);
  if (i >= m.dsv4!.hashLayers.value || !m.moe?.routerBias.value) return part;
  const E = m.moe.experts.value;
  return { params: part.params - E, active: part.active - E, matmul: part.matmul, formula: part.formula.replace(' + E', '') + ' (hash-routed: no bias)' };
}

/** Layers grouped by whether they slide (their own attention: slidingAttentionPart) and whether they are MoE. */
function slidingGroups(m: ModelSpec, dense: Part, perLayerNorms: number): LayerGroup[] {
  const L = m.layers.value;
  const slides = m.slidingAttention!.layers.value;
  const moeSet = new Set(moeLayerIndices(m));
  const moeMlp = moeSet.size > 0 ? moeMlpPart(m) : dense;
  const out: LayerGroup[] = [];
  for (const kind of ['dense', 'moe'] as const)
    for (const sliding of [false, true]) {
      const count = Array.from({ length: L }, (_, i) => i).filter((i) => moeSet.has(i) === (kind === 'moe') && (slides[i] ?? false) === sliding).length;
      if (count === 0) continue;
      const g = group(kind, count, slidingAttentionPart(m, sliding), kind === 'moe' ? moeMlp : dense, perLayerNorms);
      out.push(sliding ? { ...g, variant: kind === 'moe' ? 'swa' : 'swaDense' } : g);
    }
  return out;
}

/** DeepSeek-V4's layers grouped by variant, in the order of first use; every layer a MoE one. */
function dsv4Groups(m: ModelSpec, perLayerNorms: number): LayerGroup[] {
  const L = m.layers.value;
  const groups = new Map<Dsv4Variant, { count: number; first: number }>();
  for (let i = 0; i < L; i++) {
    const key = dsv4Variant(m, i);
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { count: 1, first: i });
  }
  return [...groups.entries()].map(([variant, { count, first }]) => {
    const r = m.dsv4!.compressRatios.value[first] ?? 0;
    return { ...group('moe', count, dsv4AttentionPart(m, r), dsv4MlpPart(m, first), perLayerNorms), variant };
  });
}

export function layerGroups(m: ModelSpec): LayerGroup[] {
  const attn = attentionPart(m);
  const dense = denseMlpPart(m);
  const n = normSize(m);
  if (m.encoderDecoder) {
    return [
      group('encoder', m.encoderDecoder.encoderLayers.value, attn, dense, (m.encoderDecoder.layerNorms?.value.encoder ?? 2) * n),
      group('decoder', m.encoderDecoder.decoderLayers.value, attn, dense, (m.encoderDecoder.layerNorms?.value.decoder ?? 3) * n, attn),
    ];
  }
  const L = m.layers.value;
  // BLIP's text decoder: each layer's cross-attention to the image (k and v from its width E) and its LayerNorm.
  if (m.crossAttentionWidth) {
    const E = m.crossAttentionWidth.value;
    const kv = 2 * (E - m.hidden.value) * m.kvHeads.value * m.headDim.value;
    const cross: Part = {
      params: attn.params + kv,
      active: attn.active + kv,
      matmul: attn.matmul + kv,
      formula: kv ? `${attn.formula} + 2·(E−h)·g·d` : attn.formula,
    };
    return [group('dense', L, sum(attn, cross), dense, (m.normsPerLayer.value + 1) * n)];
  }
  const moeCount = moeLayerCount(m);
  const groups: LayerGroup[] = [];
  // Block Attention Residuals (Kimi K3): two RMSNorms and two h → 1 projections more in each layer.
  const perLayerNorms = m.normsPerLayer.value * n + (m.blockAttnRes?.value ? 4 * m.hidden.value : 0);
  if (m.hybrid) return hybridGroups(m, attn, dense, perLayerNorms);
  if (m.dsv4 && m.moe) return dsv4Groups(m, perLayerNorms);
  if (m.gemma4) return gemma4Groups(m);
  if (m.slidingAttention) return slidingGroups(m, dense, perLayerNorms);
  // Layers with an index of their own and layers without, dense or MoE, as groups apart: the attention each holds, and the
  // label of either (indexGroups).
  // GLM-5.3's layers without an indexer of their own (indexer_types "shared"): their attention without it.
  const ixLayers = m.mla?.indexer?.layers?.value;
  if (m.mla?.indexer && ixLayers) {
    const shared = attentionPart({ ...m, mla: { ...m.mla, indexer: undefined } });
    return indexGroups(m, ixLayers, attn, shared, dense, perLayerNorms, (kind, has) =>
      has ? undefined : kind === 'moe' ? 'moeSharedIndex' : 'denseSharedIndex',
    );
  }
  // MiniMax-M3's block-sparse layers: their attention with the index query and key (and its two norms).
  const bs = m.blockSparse;
  if (bs) {
    const ix = m.hidden.value * (bs.heads.value + 1) * bs.headDim.value;
    const indexed: Part = {
      params: attn.params + ix + 2 * bs.headDim.value,
      active: attn.active + ix + 2 * bs.headDim.value,
      matmul: attn.matmul + ix,
      formula: `${attn.formula} + h·(a_I+1)·d_I + 2·d_I (block index)`,
    };
    return indexGroups(m, bs.layers.value, indexed, attn, dense, perLayerNorms, (kind, has) =>
      has ? (kind === 'moe' ? 'moeBlockSparse' : 'denseBlockSparse') : undefined,
    );
  }
  if (L - moeCount > 0) groups.push(group('dense', L - moeCount, attn, dense, perLayerNorms));
  if (moeCount > 0) groups.push(group('moe', moeCount, attn, moeMlpPart(m), perLayerNorms));
  return groups;
}

/**
 * A stack's layers split by whether each holds an index (`indexed`, the layers from 0 that do): dense and MoE layers with the
 * index's attention `withIndex`, without it `without`, each group with the variant `label` gives it.
 */
function indexGroups(
  m: ModelSpec,
  indexed: readonly number[],
  withIndex: Part,
  without: Part,
  dense: Part,
  perLayerNorms: number,
  label: (kind: 'dense' | 'moe', has: boolean) => SharedIndexVariant | undefined,
): LayerGroup[] {
  const L = m.layers.value;
  const own = new Set(indexed.filter((i) => i < L));
  const moeSet = new Set(moeLayerIndices(m));
  const moeMlp = moeSet.size > 0 ? moeMlpPart(m) : dense;
  const groups: LayerGroup[] = [];
  for (const [kind, has] of [
    ['dense', true],
    ['dense', false],
    ['moe', true],
    ['moe', false],
  ] as const) {
    const n = Array.from({ length: L }, (_, i) => i).filter((i) => moeSet.has(i) === (kind === 'moe') && own.has(i) === has).length;
    if (n === 0) continue;
    const g = group(kind, n, has ? withIndex : without, kind === 'moe' ? moeMlp : dense, perLayerNorms);
    const variant = label(kind, has);
    groups.push(variant ? { ...g, variant } : g);
  }
  return groups;
}

/** What a stack's layers hold, counted once per model: the layers with attention, with a state-space mixer, and the blocks. */
export interface LayerCounts {
  /** Layers with attention (alone or beside a state-space mixer). */
  readonly attention: number;
  /** Layers with a state-space (or linear-attention) mixer. */
  readonly ssm: number;
  /** Blocks per layer, on average (a mixer, an FFN): 2 in a transformer; Megatron's hybrid layers hold one each. */
  readonly blocksPerLayer: number;
}

const countsMemo = new WeakMap<ModelSpec, LayerCounts>();

/** The indices of the model's MoE layers below its layer count; none for a dense model. */
export function moeLayerIndices(m: ModelSpec): number[] {
  const L = m.layers.value;
  return m.moe ? m.moe.layers.value.filter((i) => i < L) : [];
}

/** The model's MoE layers; 0 for a dense model. */
export function moeLayerCount(m: ModelSpec): number {
  return moeLayerIndices(m).length;
}

/** The MoE layers of a pipeline stage of `perStage` layers: their share of the stack, rounded up. */
export function moeLayersPerStage(m: ModelSpec, perStage: number): number {
  return Math.ceil((moeLayerCount(m) * perStage) / m.layers.value);
}

/** The layer counts of a model (memoized: the layout search asks for every layout it tries). */
export function layerCounts(m: ModelSpec): LayerCounts {
  let c = countsMemo.get(m);
  if (c) return c;
  const hy = m.hybrid;
  if (!hy) c = { attention: m.layers.value, ssm: 0, blocksPerLayer: 2 };
  else {
    const mixers = hy.mixers.value;
    const blocks = mixers.reduce((s, x, i) => s + (x === 'none' ? 0 : 1) + (hy.ffn.value[i] ? 1 : 0), 0);
    c = {
      // (A cross-decoder layer attends, over an earlier layer's keys and values.)
      attention: mixers.filter((x) => x === 'attention' || x === 'parallel' || x === 'cross').length,
      ssm: mixers.filter((x) => x === 'ssm' || x === 'parallel').length,
      blocksPerLayer: blocks / mixers.length,
    };
  }
  countsMemo.set(m, c);
  return c;
}

/** Blocks per layer, on average: 2 in a transformer; Megatron's hybrid layers hold one each. */
export function blocksPerLayer(m: ModelSpec): number {
  return layerCounts(m).blocksPerLayer;
}

/** A pre-norm ViT block (SigLIP, CLIP, Llama 4's tower): two LayerNorms with bias, biased q/k/v/o, a biased fc1/fc2 MLP. */
const vitBlock = (hv: number, fv: number): number => 4 * hv + 4 * (hv * hv + hv) + 2 * hv * fv + fv + hv;

/** InternVL's mlp1 (LocateAnything's too): a LayerNorm over M, then M → h and h → h with biases. */
const mlp1Params = (M: number, h: number): number => 2 * M + M * h + h + h * h + h;

/**
 * The vision encoder (spec.ts visionSchema), by kind; formulas from each modelling file:
 * - siglip + Gemma 3's projector (modeling_siglip.py, modeling_gemma3.py): c·p²·h_v + h_v (patch conv and bias), (s/p)²·h_v
 *   (positions), per layer 4·h_v + 4·(h_v² + h_v) + 2·h_v·f_v + f_v + h_v, 2·h_v (post LayerNorm); projector h_v + h_v·h.
 * - qwen2_vl / qwen2_5_vl / qwen3_vl (modeling_qwen2_vl.py, modeling_qwen2_5_vl.py, modeling_qwen3_vl.py), M = h_v·m²:
 *   Conv3d c·t·p²·h_v (+ h_v in qwen3_vl), qwen3_vl's positions P·h_v; per block the norms (4·h_v LayerNorm, 2·h_v RMSNorm),
 *   qkv 3·h_v² + 3·h_v, proj h_v² + h_v, the MLP 2·h_v·f_v + f_v + h_v (gated in qwen2_5_vl: 3·h_v·f_v + 2·f_v + h_v); the
 *   merger's norm (2·h_v; h_v RMSNorm in qwen2_5_vl), M² + M and M·O + O; qwen3_vl's deepstack mergers each 2·M + M² + M + M·O + O.
 */
/**
 * The vision projection of a Qwen-VL tower (its patch merger: the norm, M² + M and M·O + O, M = h_v·m²; Qwen3-VL's deepstack
 * mergers too, each 2·M + M² + M + M·O + O): what Megatron-Bridge's freeze_vision_projection freezes; InternVL's mlp1,
 * Idefics3's connector and LLaVA's multi_modal_projector likewise. 0 for other towers.
 */
export function visionProjectorParams(m: ModelSpec): number {
  const v = m.vision;
  if (!v) return 0;
  const h = m.hidden.value;
  // InternVL's mlp1 (LocateAnything's), Idefics3's connector, LLaVA's multi_modal_projector.
  if (v.kind === 'intern_vit' || (v.kind === 'moonvit' && v.mlpProjector?.value)) return mlp1Params(v.hidden.value * (v.mergeSize?.value ?? 1) ** 2, h);
  if (v.kind === 'idefics3') return v.hidden.value * (v.mergeSize?.value ?? 1) ** 2 * h;
  if (v.kind === 'llava') return (v.featureLayers?.value ?? 1) * v.hidden.value * h + h * h + (v.projectorBias?.value ? 2 * h : 0);
  // Gemma 4's embed_vision (h_v → h, no bias).
  if (v.kind === 'gemma4') return v.hidden.value * h;
  // PaliGemma's multi_modal_projector: one biased linear, h_v → projection_dim.
  if (v.kind === 'paligemma') {
    const out = v.projectorOut?.value ?? h;
    return v.hidden.value * out + out;
  }
  // Llama 4's pixel-shuffle MLP (f_v → P_in, P_out → P_out) and multi_modal_projector (O → h), no biases: torchtune's
  // Llama4VisionProjectionHead, its "fusion" parameters.
  if (v.kind === 'llama4') {
    const fv = v.ffnWidth.value;
    return fv * (v.projectorIn?.value ?? 0) + (v.projectorOut?.value ?? 0) ** 2 + (v.outHidden?.value ?? 0) * h;
  }
  // MiniCPM-V's Resampler, VideoLLaMA3's projector, RICE-ViT's patch merger.
  if (v.kind === 'minicpmv') return resamplerParams(v.hidden.value, h, v.queries?.value ?? 0);
  if (v.kind === 'qwen_vl') return qwenVlResampler(v, h);
  if (v.kind === 'videollama3') return v.hidden.value * h + h + ((v.projectorLayers?.value ?? 1) - 1) * (h * h + h);
  if (v.kind === 'rice') {
    const M = v.hidden.value * (v.mergeSize?.value ?? 1) ** 2;
    const O = v.outHidden?.value ?? h;
    return 2 * v.hidden.value + M * M + M + M * O + O;
  }
  if (!(v.kind === 'qwen2_vl' || v.kind === 'qwen2_5_vl' || v.kind === 'qwen3_vl')) return 0;
  const hv = v.hidden.value;
  const merge = v.mergeSize?.value ?? 1;
  const M = hv * merge * merge;
  const O = v.outHidden?.value ?? m.hidden.value;
  const mergerMlp = M * M + M + M * O + O;
  const deepstack = v.kind === 'qwen3_vl' ? (v.deepstack?.value ?? 0) * (2 * M + mergerMlp) : 0;
  return (v.kind === 'qwen2_5_vl' ? hv : 2 * hv) + mergerMlp + deepstack;
}

/**
 * MiniCPM-V's Resampler (resampler.py): Q queries of the text width h, kv_proj h_v → h without a bias (an Identity when the
 * widths agree), nn.MultiheadAttention(h) (in_proj 3·h² + 3·h, out_proj h² + h), ln_q, ln_kv and ln_post (2·h each) and the
 * proj parameter h × h.
 */
const resamplerParams = (hv: number, h: number, Q: number): number => Q * h + (hv === h ? 0 : hv * h) + 4 * h * h + 4 * h + 6 * h + h * h;

/** Qwen-VL's Resampler (visual.py) to output_dim O (the text width h where unstated): MiniCPM-V's, plus its queries' fixed positions (Q·O). */
const qwenVlResampler = (v: NonNullable<ModelSpec['vision']>, h: number): number => {
  const O = v.outHidden?.value ?? h;
  const Q = v.queries?.value ?? 0;
  return resamplerParams(v.hidden.value, O, Q) + Q * O;
};

/** Gemma 4's audio tower and embed_audio (spec.ts gemma4AudioSchema). */
export function audioParams(m: ModelSpec): Quantity {
  const a = m.gemma4Audio;
  if (!a) return quantity(0, 'params', '0 (no audio encoder)', []);
  const { hidden: H, layers: L, heads: n, kernel: K, channels, projDims: P, clipped } = a.value;
  const [c0, c1] = channels;
  const T = m.hidden.value;
  const subsample = 9 * c0 + c0 + 9 * c0 * c1 + c1 + Math.floor(c0 / 4) * c1 * H;
  const layer = 24 * H * H + (9 + K) * H + H / n + (clipped ? 40 : 0);
  return quantity(
    subsample + L * layer + H * P + P + P * T,
    'params',
    `10·c0 + 9·c0·c1 + c1 + ⌊c0/4⌋·c1·H + L_a·(24·H² + (9+K)·H + H/n${clipped ? ' + 40' : ''}) + H·P + P + P·h`,
    [computed('c0', c0), computed('c1', c1), computed('H', H), computed('L_a', L), computed('K', K), computed('n', n), computed('P', P), input('h', m.hidden)],
  );
}

export function visionParams(m: ModelSpec): Quantity {
  const v = m.vision;
  if (!v) return quantity(0, 'params', '0 (no vision encoder)', []);
  const hv = v.hidden.value;
  const fv = v.ffnWidth.value;
  const p = v.patch.value;
  const c = v.channels.value;
  const L = v.layers.value;
  const inputs = [input('c', v.channels), input('p', v.patch), input('h_v', v.hidden), input('f_v', v.ffnWidth), input('L_v', v.layers)];
  // SigLIP's tower (SiglipVisionTransformer): the biased patch convolution, a position per patch (no class token), the
  // blocks and the post LayerNorm.
  const siglipTower = () => c * p * p * hv + hv + Math.floor((v.imageSize?.value ?? 0) / p) ** 2 * hv + L * vitBlock(hv, fv) + 2 * hv;
  if (v.kind === 'siglip') {
    const tower = siglipTower();
    return quantity(
      tower + hv + hv * m.hidden.value,
      'params',
      'c·p²·h_v + h_v + (s/p)²·h_v + L_v·(4·h_v + 4·(h_v²+h_v) + 2·h_v·f_v + f_v + h_v) + 2·h_v + h_v + h_v·h',
      [...inputs, ...(v.imageSize ? [input('s', v.imageSize)] : []), input('h', m.hidden)],
    );
  }
  if (v.kind === 'davit') {
    // Florence-2's DaViT (stage i: ConvEmbed, then depths[i] pairs of SpatialBlock and ChannelBlock at width D: each block
    // 2 depthwise 3×3 convs 2·10·D, 2 LayerNorms 4·D, qkv and proj 4·D² + 4·D, the MLP 8·D² + 5·D); the projection to the text.
    // (A davit tower always carries its stages: hf.ts davitVision builds both.)
    const x = v.davit?.value ?? { dims: [], depths: [], kernels: [], prenorm: [], positions: 0 };
    let tower = 0;
    x.dims.forEach((D, i) => {
      const inWidth = i === 0 ? c : x.dims[i - 1]!;
      const k = x.kernels[i] ?? 1;
      tower += inWidth * D * k * k + D + 2 * (x.prenorm[i] ? inWidth : D) + (x.depths[i] ?? 0) * 2 * (12 * D * D + 33 * D);
    });
    const P = v.projectorOut?.value ?? m.hidden.value;
    const total = tower + hv * P + 2 * P + x.positions * hv;
    return quantity(total, 'params', 'Σ_stages (c_in·D·k² + D + 2·(c_in or D) + depth·2·(12·D² + 33·D)) + h_v·P + 2·P + n_pos·h_v', [
      input('h_v', v.hidden),
      ...(v.projectorOut ? [input('P', v.projectorOut)] : []),
      computed('n_pos', x.positions),
    ]);
  }
  if (v.kind === 'vit' || v.kind === 'deit') {
    // ViTModel / DeiTModel with the pooler (a VisionEncoderDecoderModel's encoder): the class token (DeiT: and the distillation
    // token), the biased patch convolution, a position per patch and per token, the blocks (q, k, v biased as qkv_bias says),
    // the final LayerNorm, the pooler; enc_to_dec_proj to the decoder's width where there is one.
    const tokens = v.kind === 'deit' ? 2 : 1;
    const s = v.imageSize?.value ?? 0;
    const positions = Math.floor(s / p) ** 2 + tokens;
    const qkvBias = v.attentionBias?.value === false ? -3 * hv : 0;
    const P = v.projectorOut?.value;
    const total = tokens * hv + c * p * p * hv + hv + positions * hv + L * (vitBlock(hv, fv) + qkvBias) + 2 * hv + hv * hv + hv + (P ? hv * P + P : 0);
    const t = tokens === 2 ? '2·h_v' : 'h_v';
    return quantity(
      total,
      'params',
      `${t} + c·p²·h_v + h_v + ((s/p)²+${tokens})·h_v + L_v·(4·h_v + 4·h_v² + ${qkvBias ? 'h_v' : '4·h_v'} + 2·h_v·f_v + f_v + h_v) + 2·h_v + h_v² + h_v${P ? ' + h_v·P + P' : ''}`,
      [...inputs, ...(v.imageSize ? [input('s', v.imageSize)] : []), ...(v.projectorOut ? [input('P', v.projectorOut)] : [])],
    );
  }
  if (v.kind === 'fuyu') {
    // FuyuForCausalLM's vision_embed_tokens: the raw patch (c·p² values) to the text width, biased.
    return quantity(c * p * p * m.hidden.value + m.hidden.value, 'params', 'c·p²·h + h', [input('c', v.channels), input('p', v.patch), input('h', m.hidden)]);
  }
  if (v.kind === 'paligemma') {
    // PaliGemma: SigLIP's tower (vision_use_head false) and its projector, one biased linear h_v → P (projection_dim).
    const P = v.projectorOut?.value ?? m.hidden.value;
    return quantity(
      siglipTower() + hv * P + P,
      'params',
      'c·p²·h_v + h_v + (s/p)²·h_v + L_v·(4·h_v + 4·(h_v²+h_v) + 2·h_v·f_v + f_v + h_v) + 2·h_v + h_v·P + P',
      [...inputs, ...(v.imageSize ? [input('s', v.imageSize)] : []), ...(v.projectorOut ? [input('P', v.projectorOut)] : [])],
    );
  }
  if (v.kind === 'gemma4') {
    // Gemma4VisionModel: input_proj 3·p² → h_v, the 2 × P × h_v position table, L blocks (bias-free q, k, v, o of d-wide heads,
    // q_norm and k_norm over d, a gated MLP, four RMSNorms; seven linears' four clip bounds each when clipped), the
    // standardizing bias and scale; embed_vision h_v → h.
    const h = m.hidden.value;
    const a = v.heads?.value ?? 1;
    const g = v.kvHeads?.value ?? a;
    const d = v.headDim?.value ?? Math.floor(hv / a);
    const P = v.positions?.value ?? 0;
    const flags = v.gemma4Vision?.value ?? { standardize: false, clipped: false };
    const block = hv * a * d + 2 * hv * g * d + a * d * hv + 2 * d + 3 * hv * fv + 4 * hv + (flags.clipped ? 7 * 4 : 0);
    const total = c * p * p * hv + 2 * P * hv + L * block + (flags.standardize ? 2 * hv : 0) + hv * h;
    return quantity(
      total,
      'params',
      `c·p²·h_v + 2·P·h_v + L_v·(h_v·a·d + 2·h_v·g·d + a·d·h_v + 2·d + 3·h_v·f_v + 4·h_v${flags.clipped ? ' + 28' : ''})${flags.standardize ? ' + 2·h_v' : ''} + h_v·h`,
      [
        ...inputs,
        ...(v.heads ? [input('a', v.heads)] : []),
        ...(v.kvHeads ? [input('g', v.kvHeads)] : []),
        ...(v.headDim ? [input('d', v.headDim)] : []),
        ...(v.positions ? [input('P', v.positions)] : []),
        input('h', m.hidden),
      ],
    );
  }
  if (v.kind === 'siglip_tower') {
    // A remote-code wrapper's SigLIP tower (vision_config siglip_vision_model): the tower alone; the wrapper's connector is not counted.
    return quantity(siglipTower(), 'params', 'c·p²·h_v + h_v + (s/p)²·h_v + L_v·(4·h_v + 4·(h_v²+h_v) + 2·h_v·f_v + f_v + h_v) + 2·h_v', [
      ...inputs,
      ...(v.imageSize ? [input('s', v.imageSize)] : []),
    ]);
  }
  if (v.kind === 'minicpmv') {
    // MiniCPM-V 2.6 (modeling_navit_siglip.py, resampler.py): SigLIP's tower over (s/p)² positions and the Resampler to h.
    const h = m.hidden.value;
    const Q = v.queries?.value ?? 0;
    return quantity(
      siglipTower() + resamplerParams(hv, h, Q),
      'params',
      'c·p²·h_v + h_v + (s/p)²·h_v + L_v·(4·h_v + 4·(h_v²+h_v) + 2·h_v·f_v + f_v + h_v) + 2·h_v + Q·h' +
        (hv === h ? '' : ' + h_v·h') +
        ' + 4·h² + 4·h + 6·h + h² (Resampler)',
      [...inputs, ...(v.imageSize ? [input('s', v.imageSize)] : []), ...(v.queries ? [input('Q', v.queries)] : []), input('h', m.hidden)],
    );
  }
  if (v.kind === 'qwen_vl') {
    // Qwen-VL's visual.py: a bias-free patch conv, 256 learned positions, ln_pre, the blocks (no final norm on the tower), then
    // the Resampler to O = output_dim with its queries' fixed sin-cos positions, ln_post and proj.
    const O = v.outHidden?.value ?? m.hidden.value;
    return quantity(
      c * p * p * hv + 256 * hv + 2 * hv + L * vitBlock(hv, fv) + qwenVlResampler(v, m.hidden.value),
      'params',
      'c·p²·h_v + 256·h_v + 2·h_v + L_v·(4·h_v + 4·(h_v²+h_v) + 2·h_v·f_v + f_v + h_v) + 2·Q·O' +
        (hv === O ? '' : ' + h_v·O') +
        ' + 4·O² + 4·O + 6·O + O² (Resampler, ln_post, proj)',
      [...inputs, ...(v.queries ? [input('Q', v.queries)] : []), ...(v.outHidden ? [input('O', v.outHidden)] : [])],
    );
  }
  if (v.kind === 'videollama3') {
    // VideoLLaMA3's encoder: a biased patch conv, no position table (2-D RoPE), SigLIP's blocks, post LayerNorm; the mlpNx_gelu
    // projector: h_v → h, then n − 1 linears h → h, all biased.
    const h = m.hidden.value;
    const n = v.projectorLayers?.value ?? 1;
    const total = c * p * p * hv + hv + L * vitBlock(hv, fv) + 2 * hv + hv * h + h + (n - 1) * (h * h + h);
    return quantity(total, 'params', 'c·p²·h_v + h_v + L_v·(4·h_v + 4·(h_v²+h_v) + 2·h_v·f_v + f_v + h_v) + 2·h_v + h_v·h + h + (n−1)·(h² + h)', [
      ...inputs,
      ...(v.projectorLayers ? [input('n', v.projectorLayers)] : []),
      input('h', m.hidden),
    ]);
  }
  if (v.kind === 'rice') {
    // RICE-ViT (LLaVA-OneVision-1.5): a bias-free patch conv, the class embedding and its rotary position (d_v/2), a pre
    // LayerNorm, the blocks (fused biased qkv, proj, fc1/fc2), and the patch merger over M = h_v·m² to O.
    const M = hv * (v.mergeSize?.value ?? 1) ** 2;
    const O = v.outHidden?.value ?? m.hidden.value;
    const half = Math.floor(hv / (v.heads?.value ?? 1) / 2);
    const total = c * p * p * hv + hv + half + 2 * hv + L * vitBlock(hv, fv) + 2 * hv + M * M + M + M * O + O;
    return quantity(
      total,
      'params',
      'c·p²·h_v + h_v + d_v/2 + 2·h_v + L_v·(4·h_v + 4·(h_v²+h_v) + 2·h_v·f_v + f_v + h_v) + 2·h_v + M² + M + M·O + O, M = h_v·m²',
      [
        ...inputs,
        ...(v.heads ? [computed('d_v', hv / v.heads.value)] : []),
        ...(v.mergeSize ? [input('m', v.mergeSize)] : []),
        ...(v.outHidden ? [input('O', v.outHidden)] : [input('O', m.hidden)]),
      ],
    );
  }
  if (v.kind === 'siglip_model') {
    const tower = siglipTower();
    const pool = hv + 3 * hv * hv + 3 * hv + hv * hv + hv + 2 * hv + 2 * hv * fv + fv + hv;
    const h = m.hidden.value;
    return quantity(
      tower + pool + h * h + h + 2,
      'params',
      'c·p²·h_v + h_v + (s/p)²·h_v + L_v·(4·h_v + 4·(h_v²+h_v) + 2·h_v·f_v + f_v + h_v) + 2·h_v + (h_v + 4·h_v² + 4·h_v + 2·h_v + 2·h_v·f_v + f_v + h_v) + h² + h + 2',
      [...inputs, ...(v.imageSize ? [input('s', v.imageSize)] : []), input('h', m.hidden)],
    );
  }
  if (v.kind === 'llama4') {
    const s = v.imageSize?.value ?? 0;
    const patches = Math.floor(s / p) ** 2 + 1;
    const pin = v.projectorIn?.value ?? 0;
    const pout = v.projectorOut?.value ?? 0;
    const O = v.outHidden?.value ?? 0;
    const layer = vitBlock(hv, fv);
    const total = c * p * p * hv + hv + patches * hv + 4 * hv + L * layer + fv * pin + pout * pout + O * m.hidden.value;
    return quantity(total, 'params', 'c·p²·h_v + h_v + ((s/p)²+1)·h_v + 4·h_v + L_v·(4·h_v + 4·(h_v²+h_v) + 2·h_v·f_v + f_v + h_v) + f_v·P_in + P_out² + O·h', [
      ...inputs,
      ...(v.imageSize ? [input('s', v.imageSize)] : []),
      ...(v.projectorIn ? [input('P_in', v.projectorIn)] : []),
      ...(v.projectorOut ? [input('P_out', v.projectorOut)] : []),
      ...(v.outHidden ? [input('O', v.outHidden)] : []),
      input('h', m.hidden),
    ]);
  }
  if (v.kind === 'mllama') {
    const s = v.imageSize?.value ?? 0;
    const P = Math.floor(s / p) ** 2 + 1;
    const T = v.tiles?.value ?? 1;
    const A = (v.aspectRatios?.value ?? 0) + 1;
    const G = v.globalLayers?.value ?? 0;
    const O = v.outHidden?.value ?? 0;
    const block = 4 * hv * hv + 2 * hv * fv + fv + hv + 4 * hv;
    const embeddings = c * p * p * hv + hv + (1 + P * hv + A * T * P * hv) + 2 * (A * T * hv + 1) + 4 * hv;
    const total = embeddings + L * block + G * (block + 2) + O * m.hidden.value + m.hidden.value;
    return quantity(
      total,
      'params',
      'c·p²·h_v + h_v + 1 + P·h_v + A·T·P·h_v + 2·(A·T·h_v + 1) + 4·h_v + (L_v + G)·(4·h_v² + 2·h_v·f_v + f_v + 5·h_v) + 2·G + O·h + h, P = (s/p)² + 1',
      [
        ...inputs,
        ...(v.imageSize ? [input('s', v.imageSize)] : []),
        ...(v.tiles ? [input('T', v.tiles)] : []),
        computed('A', A),
        ...(v.globalLayers ? [input('G', v.globalLayers)] : []),
        ...(v.outHidden ? [input('O', v.outHidden)] : []),
        input('h', m.hidden),
      ],
    );
  }
  if (v.kind === 'clip') {
    const s = v.imageSize?.value ?? 0;
    const patches = Math.floor(s / p) ** 2 + 1;
    const proj = v.projectorOut?.value ?? 0;
    const layer = vitBlock(hv, fv);
    const total = hv + c * p * p * hv + patches * hv + 4 * hv + L * layer + hv * proj + m.hidden.value * proj + 1;
    return quantity(total, 'params', 'h_v + c·p²·h_v + ((s/p)²+1)·h_v + 4·h_v + L_v·(4·h_v + 4·(h_v²+h_v) + 2·h_v·f_v + f_v + h_v) + (h_v + h)·P + 1', [
      ...inputs,
      ...(v.imageSize ? [input('s', v.imageSize)] : []),
      ...(v.projectorOut ? [input('P', v.projectorOut)] : []),
      input('h', m.hidden),
    ]);
  }
  if (v.kind === 'blip') {
    // BlipVisionModel (modeling_blip.py): the class token, the biased patch convolution, (s/p)² + 1 learned positions, the
    // pre-norm blocks (qkv fused, projection, fc1/fc2, all biased) and post_layernorm.
    const s = v.imageSize?.value ?? 0;
    const patches = Math.floor(s / p) ** 2 + 1;
    const total = hv + c * p * p * hv + hv + patches * hv + L * vitBlock(hv, fv) + 2 * hv;
    return quantity(total, 'params', 'h_v + c·p²·h_v + h_v + ((s/p)²+1)·h_v + L_v·(4·h_v + 4·(h_v²+h_v) + 2·h_v·f_v + f_v + h_v) + 2·h_v', [
      ...inputs,
      ...(v.imageSize ? [input('s', v.imageSize)] : []),
    ]);
  }
  if (v.kind === 'moonvit') {
    // MoonViT (modeling_kimi_k25.py): the biased patch convolution, the learned H × W position table, SigLIP's blocks and final
    // LayerNorm; the patch merger projector: a LayerNorm over h_v, M → M and M → h with biases (M = h_v·m²).
    const M = hv * (v.mergeSize?.value ?? 1) ** 2;
    const h = m.hidden.value;
    const P = v.positions?.value ?? 0;
    if (v.mlpProjector?.value) {
      // LocateAnything (modeling_locateanything.py): MoonViTPreTrainedEncoder (the tower, its patch merger a reshape) and mlp1.
      const tower = c * p * p * hv + hv + P * hv + L * vitBlock(hv, fv) + 2 * hv;
      return quantity(
        tower + mlp1Params(M, h),
        'params',
        'c·p²·h_v + h_v + P·h_v + L_v·(4·h_v + 4·(h_v²+h_v) + 2·h_v·f_v + f_v + h_v) + 2·h_v + 2·M + M·h + h + h² + h, M = h_v·m²',
        [...inputs, ...(v.positions ? [input('P', v.positions)] : []), ...(v.mergeSize ? [input('m', v.mergeSize)] : []), input('h', m.hidden)],
      );
    }
    const total = c * p * p * hv + hv + P * hv + L * vitBlock(hv, fv) + 2 * hv + 2 * hv + M * M + M + M * h + h;
    return quantity(
      total,
      'params',
      'c·p²·h_v + h_v + P·h_v + L_v·(4·h_v + 4·(h_v²+h_v) + 2·h_v·f_v + f_v + h_v) + 2·h_v + 2·h_v + M² + M + M·h + h, M = h_v·m²',
      [...inputs, ...(v.positions ? [input('P', v.positions)] : []), ...(v.mergeSize ? [input('m', v.mergeSize)] : []), input('h', m.hidden)],
    );
  }
  if (v.kind === 'glm4v') {
    // Glm4vVisionModel (modeling_glm4v.py): a biased Conv3d patch embedding (c·t·p² → h_v), post_conv_layernorm (RMSNorm), the
    // (s/p)² learned positions, blocks of two RMSNorms, qkv h_v → 3·h_v (biased when attention_bias), a bias-free proj and a
    // bias-free gated MLP of O (out_hidden_size), post_layernorm, the downsample Conv2d (m²·h_v → O, biased), and the patch
    // merger: proj O → O, a LayerNorm, a bias-free gated MLP of H (intermediate_size).
    const t = v.temporalPatch?.value ?? 1;
    const merge = v.mergeSize?.value ?? 1;
    const O = v.outHidden?.value ?? m.hidden.value;
    const H = v.projectorHidden?.value ?? 0;
    const P = Math.floor((v.imageSize?.value ?? 0) / p) ** 2;
    const bias = v.attentionBias?.value ? 3 * hv : 0;
    const block = 2 * hv + 3 * hv * hv + bias + hv * hv + 3 * hv * fv;
    const total = c * t * p * p * hv + hv + hv + P * hv + L * block + hv + merge * merge * hv * O + O + O * O + 2 * O + 3 * O * H;
    return quantity(
      total,
      'params',
      `c·t·p²·h_v + 2·h_v + (s/p)²·h_v + L_v·(2·h_v + 4·h_v²${bias ? ' + 3·h_v' : ''} + 3·h_v·f_v) + h_v + m²·h_v·O + O + O² + 2·O + 3·O·H`,
      [
        ...inputs,
        ...(v.temporalPatch ? [input('t', v.temporalPatch)] : []),
        ...(v.imageSize ? [input('s', v.imageSize)] : []),
        ...(v.mergeSize ? [input('m', v.mergeSize)] : []),
        ...(v.outHidden ? [input('O', v.outHidden)] : []),
        ...(v.projectorHidden ? [input('H', v.projectorHidden)] : []),
      ],
    );
  }
  if (v.kind === 'moonvit2') {
    // MoonViT-V2 (Kimi K3, modeling_kimi_k3.py): a bias-free patch convolution, the learned H × W position table (its temporal
    // part fixed), blocks of an RMSNorm, a bias-free wqkv h_v → 3·Q and wo Q → h_v (Q = qkv_hidden_size), an RMSNorm and a
    // bias-free MLP h_v → f_v → h_v, a final RMSNorm; the patch-merger projector: proj.0 M → M, proj.2 M → h, post_norm over h.
    const M = hv * (v.mergeSize?.value ?? 1) ** 2;
    const h = m.hidden.value;
    const P = v.positions?.value ?? 0;
    const Q = (v.heads?.value ?? 1) * (v.headDim?.value ?? hv);
    const total = c * p * p * hv + P * hv + L * (4 * Q * hv + 2 * hv + 2 * fv * hv) + hv + M * M + M * h + h;
    return quantity(total, 'params', 'c·p²·h_v + P·h_v + L_v·(4·Q·h_v + 2·h_v + 2·h_v·f_v) + h_v + M² + M·h + h, M = h_v·m², Q = qkv_hidden_size', [
      ...inputs,
      ...(v.positions ? [input('P', v.positions)] : []),
      ...(v.mergeSize ? [input('m', v.mergeSize)] : []),
      input('h', m.hidden),
    ]);
  }
  if (v.kind === 'siglip2') {
    // SigLIP 2 NaFlex (modeling_siglip2.py): a biased linear patch embedding, P learned positions, SigLIP's blocks, the post
    // LayerNorm, the pooling head when kept; Lfm2VlMultiModalProjector: an optional LayerNorm over M = h_v·m², M → H → h.
    const M = hv * (v.mergeSize?.value ?? 1) ** 2;
    const h = m.hidden.value;
    const H = v.projectorHidden?.value ?? h;
    const P = v.positions?.value ?? 0;
    const bias = v.projectorBias?.value ? H + h : 0;
    const norm = v.projectorNorm?.value ? 2 * M : 0;
    const head = v.poolingHead?.value ? hv + 3 * hv * hv + 3 * hv + hv * hv + hv + 2 * hv + 2 * hv * fv + fv + hv : 0;
    const total = c * p * p * hv + hv + P * hv + L * vitBlock(hv, fv) + 2 * hv + head + norm + M * H + H * h + bias;
    return quantity(
      total,
      'params',
      'c·p²·h_v + h_v + P·h_v + L_v·(4·h_v + 4·(h_v²+h_v) + 2·h_v·f_v + f_v + h_v) + 2·h_v' +
        (head ? ' + (h_v + 4·h_v² + 4·h_v + 2·h_v + 2·h_v·f_v + f_v + h_v)' : '') +
        (norm ? ' + 2·M' : '') +
        ` + M·H + H·h${bias ? ' + H + h' : ''}, M = h_v·m²`,
      [
        ...inputs,
        ...(v.positions ? [input('P', v.positions)] : []),
        ...(v.mergeSize ? [input('m', v.mergeSize)] : []),
        ...(v.projectorHidden ? [input('H', v.projectorHidden)] : []),
        input('h', m.hidden),
      ],
    );
  }
  if (v.kind === 'ernie_vl') {
    // ERNIE 4.5 VL (modeling_ernie4_5_vl_moe.py): a bias-free linear patch embedding; LayerNorm blocks with a fused biased qkv,
    // a biased proj and a biased fc1/fc2 MLP; a final LayerNorm. The resampler, S = h_v·m², T = S·t: spatial_linear (S → S → S
    // and a LayerNorm), temporal_linear (T → S → S and a LayerNorm), mlp S → h, after_norm (an RMSNorm over h). The image
    // tokens' experts: per MoE layer E_v gated experts of f_x (3·h·f_x each), their gate h·E_v and score-correction bias E_v.
    const h = m.hidden.value;
    const S = hv * (v.mergeSize?.value ?? 1) ** 2;
    const T = S * (v.temporalPatch?.value ?? 1);
    const block = 4 * hv + 3 * hv * hv + 3 * hv + hv * hv + hv + 2 * hv * fv + fv + hv;
    const resampler = 2 * (S * S + S) + 2 * S + (T * S + S + S * S + S + 2 * S) + S * h + h + h;
    const x = v.modalityExperts?.value;
    const experts = x ? x.layers * (x.experts * 3 * h * x.width + h * x.experts + (x.scoreBias ? x.experts : 0)) : 0;
    const total = c * p * p * hv + L * block + 2 * hv + resampler + experts;
    return quantity(
      total,
      'params',
      'c·p²·h_v + L_v·(4·h_v + 4·h_v² + 4·h_v + 2·h_v·f_v + f_v + h_v) + 2·h_v + 2·(S² + S) + 2·S + T·S + S + S² + S + 2·S + S·h + 2·h' +
        (x ? ` + L_moe·(E_v·3·h·f_x + h·E_v${x.scoreBias ? ' + E_v' : ''})` : '') +
        ', S = h_v·m², T = S·t',
      [
        ...inputs,
        ...(v.mergeSize ? [input('m', v.mergeSize)] : []),
        ...(v.temporalPatch ? [input('t', v.temporalPatch)] : []),
        input('h', m.hidden),
        ...(x ? [computed('L_moe', x.layers), computed('E_v', x.experts), computed('f_x', x.width)] : []),
      ],
    );
  }
  if (v.kind === 'idefics3') {
    // Idefics3 / SmolVLM (modeling_idefics3.py): SigLIP's tower (Idefics3VisionTransformer) and the connector, a pixel shuffle
    // by m (scale_factor) into one bias-free h_v·m² → h linear (Idefics3SimpleMLP).
    const M = hv * (v.mergeSize?.value ?? 1) ** 2;
    return quantity(
      siglipTower() + M * m.hidden.value,
      'params',
      'c·p²·h_v + h_v + (s/p)²·h_v + L_v·(4·h_v + 4·(h_v²+h_v) + 2·h_v·f_v + f_v + h_v) + 2·h_v + M·h, M = h_v·m²',
      [...inputs, ...(v.imageSize ? [input('s', v.imageSize)] : []), ...(v.mergeSize ? [input('m', v.mergeSize)] : []), input('h', m.hidden)],
    );
  }
  if (v.kind === 'llava') {
    // LLaVA (modeling_llava.py, modeling_llava_next.py, modeling_llava_next_video.py): CLIPVisionModel (a class embedding, a
    // bias-free patch conv, (s/p)² + 1 positions, pre and post LayerNorms, the blocks); the projector n·h_v → h → h (biased
    // with multimodal_projector_bias); LLaVA-NeXT's image_newline (h); LLaVA-NeXT-Video's conv pooling when it is one.
    const s = v.imageSize?.value ?? 0;
    const P = Math.floor(s / p) ** 2 + 1;
    const h = m.hidden.value;
    const n = v.featureLayers?.value ?? 1;
    const bias = v.projectorBias?.value ? 2 * h : 0;
    const newline = v.imageNewline?.value ? h : 0;
    const pc = v.poolConv?.value;
    const pool = pc ? hv * pc.out * pc.stride ** 2 + pc.out : 0;
    const total = hv + c * p * p * hv + P * hv + 4 * hv + L * vitBlock(hv, fv) + n * hv * h + h * h + bias + newline + pool;
    return quantity(
      total,
      'params',
      'h_v + c·p²·h_v + ((s/p)²+1)·h_v + 4·h_v + L_v·(4·h_v + 4·(h_v²+h_v) + 2·h_v·f_v + f_v + h_v) + n·h_v·h + h²' +
        (bias ? ' + 2·h' : '') +
        (newline ? ' + h (image_newline)' : '') +
        (pool ? ' + h_v·C·k² + C (conv pooling)' : ''),
      [
        ...inputs,
        ...(v.imageSize ? [input('s', v.imageSize)] : []),
        ...(v.featureLayers ? [input('n', v.featureLayers)] : []),
        input('h', m.hidden),
        ...(pc ? [computed('C', pc.out), computed('k', pc.stride)] : []),
      ],
    );
  }
  if (v.kind === 'intern_vit') {
    // InternViT (InternVL's modeling_intern_vit.py; transformers' InternVLVisionModel): a class embedding, a biased patch conv,
    // P learned positions; per block two norms, q/k/v (biased or not), q/k RMSNorms over h_v if set, a biased proj, a biased
    // fc1/fc2 MLP and two layer-scale vectors; a final LayerNorm if set; then mlp1 over M = h_v·m² (m = 1/downsample_ratio).
    const x = v.internVit?.value ?? { qkvBias: false, qkNorm: false, rmsNorm: false, finalNorm: false, maskToken: false };
    const norm = x.rmsNorm ? hv : 2 * hv;
    const block = 2 * norm + 3 * hv * hv + (x.qkvBias ? 3 * hv : 0) + (x.qkNorm ? 2 * hv : 0) + hv * hv + hv + 2 * hv * fv + fv + hv + 2 * hv;
    const P = v.positions?.value ?? 0;
    const M = hv * (v.mergeSize?.value ?? 1) ** 2;
    const h = m.hidden.value;
    const total = hv + c * p * p * hv + hv + P * hv + (x.maskToken ? hv : 0) + L * block + (x.finalNorm ? 2 * hv : 0) + mlp1Params(M, h);
    const blockText = `${x.rmsNorm ? '2' : '4'}·h_v + 3·h_v²${x.qkvBias ? ' + 3·h_v' : ''}${x.qkNorm ? ' + 2·h_v' : ''} + h_v² + h_v + 2·h_v·f_v + f_v + h_v + 2·h_v`;
    return quantity(
      total,
      'params',
      `2·h_v + c·p²·h_v + P·h_v${x.maskToken ? ' + h_v' : ''} + L_v·(${blockText})${x.finalNorm ? ' + 2·h_v' : ''} + 2·M + M·h + h + h² + h, M = h_v·m²`,
      [...inputs, ...(v.positions ? [input('P', v.positions)] : []), ...(v.mergeSize ? [input('m', v.mergeSize)] : []), input('h', m.hidden)],
    );
  }
  if (v.kind === 'pixtral') {
    // The projector's RMSNorm and patch merger where the model has them (Mistral3's always; mistral-inference's params.json
    // as its vision_encoder says: no merger without mergeSize, no norm when projectorNorm is false).
    const m2 = v.mergeSize ? v.mergeSize.value ** 2 : 0;
    const norm = v.projectorNorm?.value === false ? 0 : hv;
    const h = m.hidden.value;
    const bias = v.projectorBias?.value ? 2 * h : 0;
    const layer = 2 * hv + 4 * hv * hv + 3 * hv * fv;
    const total = c * p * p * hv + hv + L * layer + norm + m2 * hv * hv + hv * h + h * h + bias;
    const text = `c·p²·h_v + h_v + L_v·(2·h_v + 4·h_v² + 3·h_v·f_v)${norm ? ' + h_v' : ''}${m2 ? ' + m²·h_v²' : ''} + h_v·h + h²${bias ? ' + 2·h' : ''}`;
    return quantity(total, 'params', text, [...inputs, ...(v.mergeSize ? [input('m', v.mergeSize)] : []), input('h', m.hidden)]);
  }
  const t = v.temporalPatch?.value ?? 1;
  const merge = v.mergeSize?.value ?? 1;
  const M = hv * merge * merge;
  const O = v.outHidden?.value ?? m.hidden.value;
  const rms = v.kind === 'qwen2_5_vl';
  const mlp = rms ? 3 * hv * fv + 2 * fv + hv : 2 * hv * fv + fv + hv;
  // EXAONE 4.5's tower: grouped key/value heads, the fused qkv h_v → h_v + 2·d_kv (d_kv = kv heads × h_v / heads).
  const dkv = v.heads && v.kvHeads ? (v.kvHeads.value * hv) / v.heads.value : hv;
  const qkv = hv * (hv + 2 * dkv) + hv + 2 * dkv;
  const block = (rms ? 2 : 4) * hv + qkv + hv * hv + hv + mlp;
  const mergerMlp = M * M + M + M * O + O;
  const qwen3 = v.kind === 'qwen3_vl';
  const patchEmbed = c * t * p * p * hv + (qwen3 ? hv : 0);
  const positions = qwen3 ? (v.positions?.value ?? 0) * hv : 0;
  const deepstack = qwen3 ? (v.deepstack?.value ?? 0) * (2 * M + mergerMlp) : 0;
  const total = patchEmbed + positions + L * block + (rms ? hv : 2 * hv) + mergerMlp + deepstack;
  const mlpText = rms ? '3·h_v·f_v + 2·f_v + h_v' : '2·h_v·f_v + f_v + h_v';
  const formula =
    `c·t·p²·h_v${qwen3 ? ' + h_v + P·h_v' : ''} + L_v·(${rms ? 2 : 4}·h_v + ${dkv !== hv ? 'h_v·(h_v + 2·d_kv) + h_v + 2·d_kv + h_v² + h_v' : '4·h_v² + 4·h_v'} + ${mlpText}) + ${rms ? 'h_v' : '2·h_v'} + M² + M + M·O + O` +
    (qwen3 ? ' + n_ds·(2·M + M² + M + M·O + O)' : '') +
    ', M = h_v·m²';
  return quantity(total, 'params', formula, [
    ...inputs,
    ...(v.temporalPatch ? [input('t', v.temporalPatch)] : []),
    ...(v.mergeSize ? [input('m', v.mergeSize)] : []),
    ...(v.outHidden ? [input('O', v.outHidden)] : [input('O', m.hidden)]),
    ...(qwen3 && v.positions ? [input('P', v.positions)] : []),
    ...(qwen3 && v.deepstack ? [input('n_ds', v.deepstack)] : []),
    ...(dkv !== hv ? [computed('d_kv', dkv)] : []),
  ]);
}

/** An encoder's token-type embeddings and the task head its architecture class adds (spec.ts encoderSchema). */
export function encoderHeadParams(m: ModelSpec): Quantity {
  const q = encoderTaskParams(m);
  const af = m.encoder?.audioFrontEnd?.value;
  if (af) {
    const h = m.hidden.value;
    let convs = 0;
    af.convDims.forEach((c, i) => {
      const cin = i === 0 ? 1 : af.convDims[i - 1]!;
      convs += c * cin * (af.convKernels[i] ?? 1) + (af.convBias ? c : 0) + (af.norm === 'layer' || i === 0 ? 2 * c : 0);
    });
    const last = af.convDims[af.convDims.length - 1]!;
    const projection = (af.projectionNorm === false ? 0 : 2 * last) + last * h + h;
    const pos = af.posKernel + (h * h * af.posKernel) / af.posGroups + h;
    const total = convs + projection + pos + (af.maskedEmbed ? h : 0);
    return quantity(
      q.value + total,
      'params',
      `${q.formula} + Σ c_i·c_(i−1)·k_i + norms + ${af.projectionNorm === false ? '' : '2·c + '}c·h + h + k + h²·k/g + h${af.maskedEmbed ? ' + h' : ''}`,
      [...q.inputs, computed('front end', total)],
    );
  }
  const pe = m.encoder?.patchEmbedding?.value;
  if (pe) {
    // ViTEmbeddings: the patch convolution c·p²·h + h and the class token h.
    const h = m.hidden.value;
    return quantity(q.value + pe.channels * pe.patch * pe.patch * h + 2 * h, 'params', `${q.formula} + c·p²·h + 2·h`, [
      ...q.inputs,
      input('c', { value: pe.channels, source: m.encoder!.patchEmbedding!.source }),
      input('p', { value: pe.patch, source: m.encoder!.patchEmbedding!.source }),
    ]);
  }
  const d = m.encoder?.disentangled?.value;
  if (!d) return q;
  // DeBERTa: the relative-position table (2·span × h), its LayerNorm, the first layer's ConvLayer (h·h/g·k + h and a LayerNorm),
  // the layers' own position projections.
  const h = m.hidden.value;
  const proj = m.layers.value * d.projections * (h * h + h);
  const rel = 2 * d.span * h + (d.norm ? 2 * h : 0) + (d.convKernel > 0 ? (h * h * d.convKernel) / d.convGroups + h + 2 * h : 0) + proj;
  const text = `${q.formula} + 2·span·h${d.norm ? ' + 2·h' : ''}${d.convKernel > 0 ? ' + h²·k/g + 3·h' : ''}${proj ? ` + L·${d.projections}·(h² + h)` : ''}`;
  return quantity(q.value + rel, 'params', text, [...q.inputs, input('span', { value: d.span, source: m.encoder!.disentangled!.source })]);
}

function encoderTaskParams(m: ModelSpec): Quantity {
  const e = m.encoder;
  if (!e) return quantity(0, 'params', '0 (a decoder)', []);
  const h = m.hidden.value;
  const V = m.vocab.value;
  const n = e.labels.value;
  const ph = e.predictionHead?.value;
  if (ph) {
    // ModernBertPredictionHead: dense h × h (+ h), LayerNorm h (+ h); then the MLM decoder's bias or a classifier h·n + n.
    const pre = h * h + (ph.denseBias ? h : 0) + h + (ph.normBias ? h : 0);
    const value = { mlm: pre + (ph.decoderBias ? V : 0), classification: pre + h * n + n, token: pre + h * n + n, pretraining: 0, pooler: 0, none: 0 }[
      e.head.value
    ];
    const preText = `h²${ph.denseBias ? ' + h' : ''} + h${ph.normBias ? ' + h' : ''}`;
    const text = e.head.value === 'mlm' ? `${preText}${ph.decoderBias ? ' + V' : ''}` : value ? `${preText} + h·n + n` : '0';
    return taskQuantity(m, e, value, text);
  }
  const proj = e.classifierProjection?.value;
  if (proj && e.head.value === 'classification') return taskQuantity(m, e, h * proj + proj + proj * n + n, 'h·p + p + p·n + n');
  const mlm = h * h + h + 2 * h + V;
  const dense = h * h + h;
  const head = { mlm, pooler: dense, pretraining: dense + mlm + 2 * h + 2, classification: dense + h * n + n, token: h * n + n, none: 0 }[e.head.value];
  const text = {
    mlm: 'h² + h + 2·h + V',
    pooler: 'h² + h',
    pretraining: '2·(h² + h) + 2·h + V + 2·h + 2',
    classification: 'h² + h + h·n + n',
    token: 'h·n + n',
    none: '0',
  }[e.head.value];
  return taskQuantity(m, e, head, text);
}

/** Token-type embeddings (T·h) and a task head of `head` parameters, `text` its formula. */
function taskQuantity(m: ModelSpec, e: NonNullable<ModelSpec['encoder']>, head: number, text: string): Quantity {
  return quantity(e.typeVocab.value * m.hidden.value + head, 'params', `T·h + ${text}`, [
    input('T', e.typeVocab),
    input('h', m.hidden),
    input('V', m.vocab),
    input('n', e.labels),
    input('head', e.head),
  ]);
}

/** A language-model head runs over every token: decoders, and encoders with their MLM head. */
export function hasLmHead(m: ModelSpec): boolean {
  if (m.classifier) return false;
  return !m.encoder || m.encoder.head.value === 'mlm' || m.encoder.head.value === 'pretraining';
}

const memo = new WeakMap<ModelSpec, ParamsAnalysis>();

/** Parameter analysis of a model (memoized per spec object: the cluster model asks many times). */
export function analyzeParams(m: ModelSpec): ParamsAnalysis {
  let p = memo.get(m);
  if (!p) memo.set(m, (p = withClassic(m, computeParams(m))));
  return p;
}

function computeParams(m: ModelSpec): ParamsAnalysis {
  const h = m.hidden.value;
  const V = m.vocab.value;
  const groups = layerGroups(m);
  const n = normSize(m);
  const stacks = m.encoderDecoder ? 2 : 1;
  const vIn = input('V', m.vocab);
  const hIn = input('h', m.hidden);
  const relBias = m.encoderDecoder ? stacks * m.encoderDecoder.relativeBuckets.value * m.heads.value : 0;
  // Llama 3.2 Vision's text model: 8 image-token rows beyond the vocabulary; q_norm, k_norm and two gates per cross-attention layer.
  const cross = m.crossAttentionLayers?.value ?? 0;
  const imageRows = cross ? 8 : 0;
  // T5Gemma: the encoder and the decoder each have their own token table.
  const tables = m.encoderDecoder?.stackEmbeddings?.value ?? 1;
  // Gemma 4's per-layer embeddings: a V_p × L·p table beside the token embedding, and the norm over p of their projection.
  const ple = m.gemma4 ? m.gemma4.perLayerVocab.value * m.layers.value * m.gemma4.perLayerWidth.value : 0;
  const embedding = tables * (V + imageRows) * h + ple;
  const headBias = m.headBias?.value ? V : 0;
  const classifier = m.classifier?.value;
  const outputHead = classifier ? h * classifier.labels + (classifier.bias ? classifier.labels : 0) : (m.tiedEmbeddings.value ? 0 : V * h) + headBias;
  const headText = classifier
    ? `h·n${classifier.bias ? ' + n' : ''} (classifier)`
    : (m.tiedEmbeddings.value ? '0 (tied to the embedding)' : 'V·h') + (headBias ? ' + V (bias)' : '');
  const headInputs = classifier ? [hIn, input('n', { value: classifier.labels, source: m.classifier!.source })] : [vIn, hIn, input('tied', m.tiedEmbeddings)];
  // An encoder-decoder with learned positions (BART) has a table per stack, each with its offset rows.
  const offset = m.encoderDecoder?.positionOffset?.value ?? 0;
  const audio = m.encoderDecoder?.audio?.value;
  const positions =
    m.positions.value !== 'learned'
      ? 0
      : audio
        ? (audio.sourcePositions + (m.maxPositions?.value ?? 0)) * h
        : stacks * ((m.maxPositions?.value ?? 0) + offset) * h;
  // Whisper's convolutions in front of its encoder: h·mels·3 + h and h·h·3 + h.
  const frontEnd = audio ? h * audio.mels * 3 + h + h * h * 3 + h : 0;
  // DeepSeek-V4's hyper-connection head (hc_head_fn n × n·h, hc_head_base n, hc_head_scale 1), before the final norm.
  const hcHead = m.dsv4 ? m.dsv4.hcMult.value ** 2 * h + m.dsv4.hcMult.value + 1 : 0;
  const other =
    stacks * n * (m.encoderDecoder?.stackNorms?.value ?? 1) +
    relBias +
    frontEnd +
    (m.embeddingNorm?.value ? n : 0) +
    cross * (2 * m.headDim.value + 2) +
    hcHead +
    (m.gemma4 ? m.gemma4.perLayerWidth.value : 0) +
    // Gemma 3n's AltUp: altup_projections and altup_unembed_projections, n − 1 of h × h each.
    (m.gemma4?.altUpInputs ? 2 * (m.gemma4.altUpInputs.value - 1) * h * h : 0) +
    // Block Attention Residuals' own before the head: an RMSNorm and a projection h → 1.
    (m.blockAttnRes?.value ? 2 * h : 0);
  const layersTotal = groups.reduce((s, g) => s + g.count * g.each, 0);
  const layersActive = groups.reduce((s, g) => s + g.count * g.activeEach, 0);
  const vision = visionParams(m);
  const audioTower = audioParams(m);
  const encoderHead = encoderHeadParams(m);
  const total = embedding + outputHead + positions + layersTotal + other + vision.value + audioTower.value + encoderHead.value;
  // A token's parameters: the vision and audio encoders run on image patches and audio frames, not on the text tokens the FLOPs count (Meta's "17B active"
  // for Llama 4 and Moonshot's "32B activated" count the language model alone).
  const active = embedding + outputHead + positions + layersActive + other + encoderHead.value;

  const layerTerms = groups.map((g) => `${g.count}×P_${g.kind}`).join(' + ');
  const layerInputs = groups.map((g) => computed(`P_${g.kind}`, g.each));
  const tail = [
    classifier ? ` + ${headText}` : m.tiedEmbeddings.value ? '' : ' + V·h (head)',
    positions ? ' + s_max·h' : '',
    ' + norms',
    vision.value ? ' + P_vision' : '',
    audioTower.value ? ' + P_audio' : '',
    encoderHead.value ? ' + P_task' : '',
  ].join('');
  const totalQ = quantity(total, 'params', `V·h + ${layerTerms}${tail}`, [
    vIn,
    hIn,
    ...layerInputs,
    ...headInputs.filter((x) => x.symbol !== 'V' && x.symbol !== 'h'),
    computed('norms', other),
    ...(vision.value ? [computed('P_vision', vision.value)] : []),
    ...(audioTower.value ? [computed('P_audio', audioTower.value)] : []),
    ...(encoderHead.value ? [computed('P_task', encoderHead.value)] : []),
  ]);
  const minusVision = (vision.value ? ' − P_vision' : '') + (audioTower.value ? ' − P_audio' : '');
  const visionIn = [...(vision.value ? [computed('P_vision', vision.value)] : []), ...(audioTower.value ? [computed('P_audio', audioTower.value)] : [])];
  const activeQ = m.moe
    ? quantity(
        active,
        'params',
        `total − ${m.moe.layers.value.length}×(E−k)·${m.ffnKind.value === 'gated' ? 3 : 2}·${m.moe.latent ? 'd_l' : 'h'}·f_e${minusVision}`,
        [
          computed('total', total),
          input('E', m.moe.experts),
          input('k', m.moe.topK),
          input('f_e', m.moe.expertWidth),
          m.moe.latent ? input('d_l', m.moe.latent) : hIn,
          ...visionIn,
        ],
      )
    : vision.value || audioTower.value
      ? quantity(active, 'params', `total${minusVision} (the encoders run on image patches and audio frames, not on text tokens)`, [
          computed('total', total),
          ...visionIn,
        ])
      : quantity(active, 'params', 'total (dense: every parameter is active)', [computed('total', total)]);

  // Multi-token prediction (DeepSeek-V3): per module one more layer of the last kind, the projection
  // of [embedding; hidden] (2h·h) and three norms; embedding and head are shared with the main model. A hybrid's module
  // (ModelSpec.mtpBlocks, Nemotron-H's "*E"): one layer of each kind it lists.
  const last = groups[groups.length - 1];
  const ofKind = (k: 'attention' | 'moe' | 'mamba' | 'mlp') =>
    groups.find((g) =>
      k === 'moe'
        ? g.kind === 'moe'
        : k === 'mamba'
          ? g.mixer === 'ssm'
          : k === 'attention'
            ? g.mixer === 'attention' && g.kind !== 'moe'
            : g.mixer === 'none' && g.kind === 'dense',
    );
  const blocks = m.mtpBlocks?.value.map(ofKind);
  const layerEach = blocks && blocks.every((g) => g !== undefined) ? blocks.reduce((s, g) => s + g!.each, 0) : (last?.each ?? 0);
  const mtpEach = last ? layerEach + 2 * h * h + 3 * n : 0;
  const mtp = m.dsv4
    ? dsv4Mtp(m, n)
    : quantity(m.mtpLayers.value * mtpEach, 'params', 'n_mtp·(P_layer + 2·h·h + 3·norm)', [
        input('n_mtp', m.mtpLayers),
        computed('P_layer', layerEach),
        ...(m.mtpBlocks ? [input('blocks', { value: m.mtpBlocks.value.join(' + '), source: m.mtpBlocks.source })] : []),
        hIn,
      ]);

  return {
    total: totalQ,
    active: activeQ,
    embedding: quantity(embedding, 'params', imageRows ? '(V + 8)·h' : tables > 1 ? `${tables}·V·h` : ple ? 'V·h + V_p·L·p (per-layer embeddings)' : 'V·h', [
      vIn,
      hIn,
      ...(ple && m.gemma4 ? [input('V_p', m.gemma4.perLayerVocab), input('L', m.layers), input('p', m.gemma4.perLayerWidth)] : []),
    ]),
    outputHead: quantity(outputHead, 'params', headText, headInputs),
    positions: quantity(
      positions,
      'params',
      positions ? (audio ? '(s_src + s_max)·h' : stacks > 1 ? `2·(s_max + ${offset})·h` : 's_max·h') : '0',
      m.maxPositions ? [input('s_max', m.maxPositions), hIn] : [],
    ),
    layerGroups: groups,
    other,
    mtp,
    vision,
    audio: audioTower,
    encoderHead,
    layerMatmulPerToken: groups.reduce((s, g) => s + g.count * g.matmulEach, 0),
    // An encoder's classifier runs on one token (the pooled [CLS]) or adds h·n per token: only an MLM head runs V·h over every token.
    headMatmulPerToken: classifier ? h * classifier.labels : hasLmHead(m) ? V * h : 0,
    ...(ple ? { perLayerEmbedding: ple } : {}),
  };
}

/**
 * DeepSeek-V4's MTP blocks (inference/model.py MTPBlock): block L + j is a layer of compress ratio compress_ratios[L + j] with
 * a MoE gate that has its bias (past the hash layers), e_proj and h_proj (h × h each), enorm, hnorm and norm, and its own
 * hyper-connection head (n × n·h + n + 1); the embedding and the head are the main model's.
 */
function dsv4Mtp(m: ModelSpec, n: number): Quantity {
  const h = m.hidden.value;
  const L = m.layers.value;
  const hc = m.dsv4!.hcMult.value;
  let total = 0;
  for (let j = 0; j < m.mtpLayers.value; j++) {
    const r = m.dsv4!.compressRatios.value[L + j] ?? 0;
    total += dsv4AttentionPart(m, r).params + dsv4MlpPart(m, L + j).params + m.normsPerLayer.value * n + 2 * h * h + 3 * n + hc * hc * h + hc + 1;
  }
  return quantity(total, 'params', 'n_mtp·(P_layer + 2·h·h + 3·norm + n·n·h + n + 1)', [input('n_mtp', m.mtpLayers), input('h', m.hidden)]);
}
