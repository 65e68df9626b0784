/**
 * FLOPs per token (2 FLOPs per multiply-accumulate; training = forward + 2 × backward = 3 × forward).
 * Conventions (formulas.md §2):
 *  - causal (default; Megatron-LM since 2025-03, MaxText): matmuls + causal attention, 6·a·d·s per
 *    layer for training (half of the full score matrix);
 *  - noncausal (PaLM, nanoGPT, torchtitan): attention counted over the full s×s matrix, 12·a·d·s;
 *  - 6n: 6·N with N = all parameters except the input (token and position) embeddings; the output head
 *    counts, also when it is tied. MoE: N counts the active parameters. Kaplan's "non-embedding" N would
 *    also drop the head.
 * Hardware FLOPs with full recomputation add one more forward of the transformer layers (not the head).
 *
 * Frozen base weights (an adapter fine-tune) need the activation gradient (2 FLOPs per weight and
 * token) but no weight gradient: the base costs 4 instead of 6 FLOPs per weight and token, the
 * adapter its full 6, attention its 3 × forward.
 */
import type { ModelSpec } from '../spec';
import type { Sourced } from '../types';
import { layerCounts, type ParamsAnalysis } from './params';
import type { MethodAnalysis } from './method';
import { computed, input, quantity, type Quantity } from './quantity';

export const CONVENTIONS = ['causal', 'noncausal', '6n'] as const;
export type Convention = (typeof CONVENTIONS)[number];

export interface FlopsTriple {
  readonly forward: number;
  readonly training: number;
  /** Training with full activation recomputation (one more forward of the layers). */
  readonly hardware: number;
}

export interface FlopsAnalysis {
  readonly convention: Convention;
  readonly seqLen: Sourced<number>;
  /** A text encoder-decoder's target length, where the run states one apart from the source's (the FLOPs are per source token). */
  readonly target?: Sourced<number>;
  readonly perToken: { readonly forward: Quantity; readonly training: Quantity; readonly hardware: Quantity };
  /** Per sequence of seqLen tokens (an encoder-decoder: per source sequence, with its target of `target` tokens, else as long). */
  readonly perSequence: FlopsTriple;
  /** Share of the training FLOPs spent in attention scores and values (0 under 6n). */
  readonly attentionShare: number;
  /** Attention score+value FLOPs per token, forward, under this convention. */
  readonly attentionForwardPerToken: number;
  readonly byConvention: Readonly<Record<Convention, FlopsTriple>>;
}

/** Forward attention score+value FLOPs per token, summed over layers. */
function attentionForward(m: ModelSpec, s: number, causal: boolean, target?: number): { value: number; formula: string } {
  const a = m.heads.value;
  const dQK = m.mla ? m.mla.qkNopeHeadDim.value + m.mla.qkRopeHeadDim.value : m.headDim.value;
  const dV = m.mla ? m.mla.vHeadDim.value : (m.valueHeadDim?.value ?? m.headDim.value);
  // 2 FLOPs × a heads × (d_qk for QKᵀ + d_v for AV) × keys attended.
  // (Differential attention: 2·a·d for its two score maps, 4·a·d for the values of its paired heads: 1.5 times plain attention's.)
  const perKey = (m.differentialAttention?.value ? 1.5 : 1) * 2 * a * (dQK + dV);
  const half = causal ? 0.5 : 1;
  const dims = m.mla || m.valueHeadDim ? '(d_qk+d_v)' : '2·d';
  const causalText = causal ? '/2' : '';
  // An audio encoder (Whisper) runs over its fixed source positions whatever the target's length: per target token, each encoder
  // layer's src² keys over the s tokens, the decoder's self-attention and its cross-attention over the src keys.
  const src = m.encoderDecoder?.audio?.value.sourcePositions;
  if (m.encoderDecoder && src) {
    const enc = (m.encoderDecoder.encoderLayers.value * perKey * src * src) / s;
    const dec = m.encoderDecoder.decoderLayers.value * perKey * (s * half + src);
    return { value: enc + dec, formula: `2·a·${dims}·(L_enc·src²/s + L_dec·(s${causalText} + src))` };
  }
  // A target of its own length t (run_summarization's max_target_length): per source token, the decoder's t/s tokens, each over
  // the t/2 (causal) keys before it and the s of the source.
  if (m.encoderDecoder && target !== undefined) {
    const enc = m.encoderDecoder.encoderLayers.value * perKey * s;
    const dec = (m.encoderDecoder.decoderLayers.value * perKey * target * (target * half + s)) / s;
    return { value: enc + dec, formula: `2·a·${dims}·(L_enc·s + L_dec·t·(t${causalText} + s)/s)` };
  }
  if (m.encoderDecoder) {
    const enc = m.encoderDecoder.encoderLayers.value * perKey * s; // bidirectional: always full
    const dec = m.encoderDecoder.decoderLayers.value * perKey * s * (half + 1); // causal self + full cross
    return { value: enc + dec, formula: `2·a·${dims}·s·(L_enc + L_dec·(1${causalText} + 1))` };
  }
  // An encoder attends both ways: every token to the whole sequence, whatever the convention.
  if (m.encoder) {
    // DeBERTa's disentangled attention: per layer and token, content-to-position and position-to-content scores against the
    // 2·span relative positions (2 × 2·a·d·2·span), and the table's keys and queries through the layer's projections, per
    // sequence 2 × 2·2·span·h² (8·span·h²/s per token).
    const dis = m.encoder.disentangled?.value;
    if (dis) {
      const h = m.hidden.value;
      const rel = 8 * a * dQK * dis.span + (8 * dis.span * h * h) / s;
      return { value: m.layers.value * (perKey * s + rel), formula: `L·(2·a·${dims}·s + 8·a·d·span + 8·span·h²/s) (bidirectional, disentangled)` };
    }
    // A local layer of an encoder (ModernBERT) attends to the window around each token.
    const w = m.slidingWindow?.value;
    const Lw = w !== undefined ? (m.slidingWindowLayers?.value ?? m.layers.value) : 0;
    if (Lw > 0)
      return { value: perKey * ((m.layers.value - Lw) * s + Lw * Math.min(s, w!)), formula: `2·a·${dims}·(L_global·s + L_local·min(s, w)) (bidirectional)` };
    return { value: m.layers.value * perKey * s, formula: `2·a·${dims}·L·s (bidirectional)` };
  }
  // A hybrid stack attends in its attention layers only (L counts them).
  const L = attentionLayers(m);
  // DeepSeek-V4 (inference/model.py Attention): one shared key/value head of d, so 2·a·2·d per key attended; each query
  // attends to the last w tokens (the window) and, in a layer of compress ratio r, to compressed keys: every r tokens pooled
  // into one, all of them (HCA) or, at r = 4 (CSA), the index_topk its indexer picks after scoring every compressed key with
  // a_I heads of d_I. Causal: averaged over the sequence (a token at t sees min(t, w) raw and t/r compressed keys).
  if (m.dsv4) return dsv4AttentionForward(m, s, causal);
  // Gemma 4: each layer at its own head width, the sliding ones over the window, the global ones over the sequence.
  if (m.gemma4) {
    const g = m.gemma4;
    const w = m.slidingWindow?.value ?? s;
    const full = g.fullLayers.value.filter(Boolean).length;
    const local = m.layers.value - full;
    const value = 2 * a * 2 * (local * m.headDim.value * meanKeys(s, 1, w, causal) + full * g.globalHeadDim.value * s * half);
    return { value, formula: `2·a·2·(L_local·d·w̄ + L_global·d_g·s${causalText})${WINDOW_TEXT(causal)}` };
  }
  // DeepSeek Sparse Attention (V3.2): past index_topk keys, each query attends to the k its lightning indexer selects, in
  // MLA's MQA mode (DeepSeek-V3.2 report: the shared latent c_KV with the rope key, d_c + d_r for QKᵀ and d_c for AV per
  // head); the indexer scores every earlier key with a_I heads of d_I. Up to k keys the selection is everything: dense.
  const ix = m.mla?.indexer;
  if (m.mla && ix?.topK && s > ix.topK.value) {
    const k = ix.topK.value;
    const dc = m.mla.kvLoraRank.value;
    const dr = m.mla.qkRopeHeadDim.value;
    const keys = causal ? k - (k * k) / (2 * s) : k;
    const indexer = 2 * ix.heads.value * ix.headDim.value * s * half;
    // (Layers on an earlier layer's choice run no indexer: L_I of the L layers do.)
    const LI = ix.layers ? ix.layers.value.filter((i) => i < L).length : L;
    return {
      value: L * 2 * a * (2 * dc + dr) * keys + LI * indexer,
      formula: `L·2·a·(2·d_c+d_r)·${causal ? '(k − k²/2s)' : 'k'} + ${ix.layers ? 'L_I' : 'L'}·2·a_I·d_I·s${causalText} (sparse attention, k = ${k}${ix.layers ? `, L_I = ${LI} layers with an indexer` : ''})`,
    };
  }
  // MiniMax-M3's block-sparse layers: each query attends to the top-k blocks of B keys its index selects (all before it while
  // fewer: as a window of k·B), and the index scores every earlier key with a_I heads of d_I; the other layers attend fully.
  const bs = m.blockSparse;
  if (bs) {
    const LS = bs.layers.value.filter((i) => i < m.layers.value).length;
    const kB = bs.topK.value * bs.blockSize.value;
    const index = 2 * bs.heads.value * bs.headDim.value * s * half;
    return {
      value: perKey * ((L - LS) * s * half + LS * meanKeys(s, 1, kB, causal)) + LS * index,
      formula: `2·a·${dims}·(L_full·s${causalText} + L_sparse·k̄) + L_sparse·2·a_I·d_I·s${causalText} (block-sparse, k·B = ${kB})${causal ? ', k̄ = min(s, k·B) − min(s, k·B)²/2s' : ', k̄ = min(s, k·B)'}`,
    };
  }
  // A sliding-window layer: each query sees the last w keys, or all before it while fewer (meanKeys: w − w²/2s on average
  // causally once s > w; halving w as full attention halves s would count half the window).
  const w = m.slidingWindow?.value;
  const Lw = w !== undefined ? (m.slidingWindowLayers?.value ?? L) : 0;
  const value = perKey * ((L - Lw) * s * half + (Lw > 0 ? Lw * meanKeys(s, 1, w!, causal) : 0));
  const formula = Lw > 0 ? `2·a·${dims}·(L_full·s${causalText} + L_window·w̄)${WINDOW_TEXT(causal)}` : `2·a·${dims}·L·s${causalText}`;
  return { value, formula };
}

/** What w̄ stands for in a formula: the keys a query sees in a window of w on average. */
const WINDOW_TEXT = (causal: boolean): string => (causal ? ', w̄ = min(s, w) − min(s, w)²/2s' : ', w̄ = min(s, w)');

/**
 * Keys a query sees on average among n = t/rate of them, at most cap, over a sequence of s (t = 1…s causal; all s otherwise):
 * causal, s/(2·rate) while s/rate ≤ cap, else cap − cap²·rate/(2·s).
 */
function meanKeys(s: number, rate: number, cap: number, causal: boolean): number {
  if (!causal) return Math.min(s / rate, cap);
  return s / rate <= cap ? s / (2 * rate) : cap - (cap * cap * rate) / (2 * s);
}

/** DeepSeek-V4's attention FLOPs per token, forward (see attentionForward). */
function dsv4AttentionForward(m: ModelSpec, s: number, causal: boolean): { value: number; formula: string } {
  const v = m.dsv4!;
  const a = m.heads.value;
  const d = m.headDim.value;
  const w = m.slidingWindow?.value ?? s;
  const k = v.indexer.topK.value;
  const scorer = 2 * v.indexer.heads.value * v.indexer.headDim.value;
  let value = 0;
  for (const r of v.compressRatios.value.slice(0, m.layers.value)) {
    const compressed = r === 0 ? 0 : meanKeys(s, r, r === 4 ? k : Infinity, causal);
    value += 4 * a * d * (meanKeys(s, 1, w, causal) + compressed) + (r === 4 ? scorer * meanKeys(s, 4, Infinity, causal) : 0);
  }
  const mean = causal ? ' (causal means)' : '';
  return {
    value,
    formula: `Σ_layers 4·a·d·(min(s, w) + compressed keys: s/r, min(s/4, k) with CSA) + 2·a_I·d_I·s/4 (CSA indexer)${mean}, w = ${w}, k = ${k}`,
  };
}

/** The layers of a stack with attention (a hybrid's: alone or beside a state-space mixer). */
export function attentionLayers(m: ModelSpec): number {
  return layerCounts(m).attention;
}

/**
 * The state-space scan per token, forward, over the layers with a state-space mixer: 7·d_in·N each, Megatron-LM's estimate
 * (training.py num_floating_point_operations, mamba_layer_flops: "scan"), a few percent of such a layer's FLOPs; a Gated
 * DeltaNet's (and Kimi Delta Attention's) delta rule 6·N·d_in; LFM2's short convolution (2·k + 2)·d_in; MiniMax's lightning attention 4·d·d_in.
 */
export function ssmScanForward(m: ModelSpec): number {
  const x = m.hybrid?.ssm;
  if (!x) return 0;
  const layers = layerCounts(m).ssm;
  // Gated DeltaNet: per value head the state (N × d_in/n_h) is read by the query, corrected by the key and written: 3 × 2 FLOPs
  // per state element.
  // (Kimi Delta Attention: the same delta rule over a d × d state per head, its decay per channel, not per head.)
  if (x.kind.value === 'deltanet' || x.kind.value === 'kda') return layers * 6 * x.stateDim.value * x.inner.value;
  // LFM2's short convolution: the depthwise conv (2·k per channel) and its two gates (B·x, C·y).
  if (x.kind.value === 'shortconv') return layers * (2 * x.convKernel.value + 2) * x.inner.value;
  // Lightning attention (linear, no s² term): per head the d × d state is updated by kᵀv and read by q, 2 × 2 FLOPs per state
  // element and token: 4·d·d_in (d = stateDim, the head dimension).
  if (x.kind.value === 'lightning') return layers * 4 * x.stateDim.value * x.inner.value;
  // RWKV-6's WKV: per head the N × N state decayed, written by kᵀv and read by r with its bonus, 4 FLOPs per state element and
  // token; RWKV-7's generalized delta rule (decay, the in-context rate's correction S·aᵀ·b, the write vᵀk, the read by r) 6.
  if (x.kind.value === 'rwkv6') return layers * 4 * x.stateDim.value * x.inner.value;
  if (x.kind.value === 'rwkv7') return layers * 6 * x.stateDim.value * x.inner.value;
  return layers * 7 * x.inner.value * x.stateDim.value;
}

/** What the training method changes: the adapter weights a token passes, and whether the base is frozen. */
export type FlopsMethod = Pick<MethodAnalysis, 'adapterPerToken' | 'frozenBase' | 'trainedPerToken' | 'extraForwards' | 'headShare'>;

const FULL: FlopsMethod = { adapterPerToken: 0, frozenBase: false };

function triple(
  m: ModelSpec,
  s: number,
  params: ParamsAnalysis,
  convention: Convention,
  method: FlopsMethod,
  target?: number,
): FlopsTriple & { attention: number; formula: string; training: number; trainingFormula: string } {
  // An encoder-decoder's target of its own length t: per source token, the decoder's layers and the output layer run t/s times.
  const t = m.encoderDecoder && !m.encoderDecoder.audio ? target : undefined;
  // The output layer over the tokens whose logits are computed (GRPO: the completion's, a share k/s of the sequence).
  const share = t !== undefined ? t / Math.max(1, s) : (method.headShare ?? 1);
  const head = params.headMatmulPerToken * share;
  const Vh = t !== undefined ? 'V·h·t/s' : share < 1 ? 'V·h·k/s' : 'V·h';
  const R = method.adapterPerToken;
  const frozen = method.frozenBase;
  // Weights trained whole under a frozen base (partial fine-tuning): their weight gradients, 2 per weight and token.
  const T = frozen ? (method.trainedPerToken ?? 0) : 0;
  const trained = T ? ' + 2·T' : '';
  const adapter = R ? ' + 2·R' : '';
  // Forwards without gradients on the same tokens (DPO's reference; KTO's KL batch and reference): the base's forward, F more times.
  const F = method.extraForwards ?? 0;
  const extra = F ? ` + ${F > 1 ? `${F}·` : ''}` : '';
  if (convention === '6n') {
    const N = sixNParams(params) - params.headMatmulPerToken + head;
    const layersN = Math.max(0, N - head);
    const ref = F * 2 * N;
    const training = (frozen ? 4 * N + 6 * R + 2 * T : 6 * N) + ref;
    return {
      forward: 2 * N + 2 * R,
      training,
      hardware: training + 2 * layersN + 2 * R,
      attention: 0,
      formula: `2·N${adapter}`,
      trainingFormula: (frozen ? `4·N + 6·R${trained}` : '6·N') + (F ? `${extra}2·N (no gradients)` : ''),
    };
  }
  const attn = attentionForward(m, s, convention === 'causal', t);
  const scan = ssmScanForward(m);
  const scanKind = m.hybrid?.ssm?.kind.value;
  const scanText = !scan
    ? ''
    : scanKind === 'deltanet' || scanKind === 'kda' || scanKind === 'rwkv7'
      ? ' + 6·N·d_in·L_linear'
      : scanKind === 'rwkv6'
        ? ' + 4·N·d_in·L_linear'
        : scanKind === 'shortconv'
          ? ' + (2·k + 2)·d_in·L_conv'
          : scanKind === 'lightning'
            ? ' + 4·d·d_in·L_linear'
            : ' + 7·d_in·d_state·L_ssm';
  // (An audio encoder's layers run over its src positions a sequence: per target token, their matmuls × src / s.)
  const src = m.encoderDecoder?.audio?.value.sourcePositions;
  const encoderMatmul = src ? params.layerGroups.filter((g) => g.kind === 'encoder').reduce((sum, g) => sum + g.count * g.matmulEach, 0) : 0;
  // (A text encoder-decoder's decoder layers over its t target tokens a sequence: their matmuls × t / s.)
  const decoderMatmul = t !== undefined ? params.layerGroups.filter((g) => g.kind === 'decoder').reduce((sum, g) => sum + g.count * g.matmulEach, 0) : 0;
  const W =
    params.layerMatmulPerToken + (src ? encoderMatmul * (src / Math.max(1, s) - 1) : 0) + (t !== undefined ? decoderMatmul * (t / Math.max(1, s) - 1) : 0);
  const gemm = 2 * W + 2 * head;
  const layerForward = 2 * W + attn.value + scan + 2 * R;
  const forward = gemm + attn.value + scan + 2 * R;
  const formula = `2·(W + ${Vh}) + ${attn.formula}${scanText}${adapter}`;
  const ref = F * (gemm + attn.value + scan);
  const training = (frozen ? 2 * gemm + 3 * (attn.value + scan) + 6 * R + 2 * T : 3 * forward) + ref;
  const trainingFormula =
    (frozen ? `4·(W + ${Vh}) + 3·(${attn.formula}${scanText}) + 6·R${trained}` : `3·(${formula})`) +
    (F ? `${extra}(2·(W + ${Vh}) + ${attn.formula}${scanText}) (no gradients)` : '');
  return { forward, training, hardware: training + layerForward, attention: attn.value, formula, trainingFormula };
}

/** N for the 6N rule: all parameters a token uses except the input token and position embeddings. */
export function sixNParams(params: ParamsAnalysis): number {
  // A tied head is the token embedding (Gemma 4's per-layer embeddings are lookups, not part of it).
  const tiedHead = params.outputHead.value === 0 ? params.embedding.value - (params.perLayerEmbedding ?? 0) : 0;
  return params.active.value - params.embedding.value - params.positions.value + tiedHead;
}

export function analyzeFlops(
  m: ModelSpec,
  s: Sourced<number>,
  params: ParamsAnalysis,
  convention: Convention,
  method: FlopsMethod = FULL,
  target?: Sourced<number>,
): FlopsAnalysis {
  const t = triple(m, s.value, params, convention, method, target?.value);
  const inputs = [
    computed('W', params.layerMatmulPerToken),
    input('V', m.vocab),
    input('h', m.hidden),
    input('a', m.heads),
    input('d', m.headDim),
    input('L', m.layers),
    input('s', s),
    ...(target && m.encoderDecoder && !m.encoderDecoder.audio ? [input('t', target)] : []),
  ];
  const nInputs = [computed('N', sixNParams(params))];
  const adapterInputs = [
    ...(method.headShare !== undefined && method.headShare < 1 ? [computed('k/s', method.headShare)] : []),
    ...(method.adapterPerToken ? [computed('R', method.adapterPerToken)] : []),
    ...(method.frozenBase && method.trainedPerToken ? [computed('T', method.trainedPerToken)] : []),
  ];
  const used = [...(convention === '6n' ? nInputs : inputs), ...adapterInputs];
  const byConvention = Object.fromEntries(
    CONVENTIONS.map((c) => {
      const x = triple(m, s.value, params, c, method, target?.value);
      return [c, { forward: x.forward, training: x.training, hardware: x.hardware }];
    }),
  ) as Record<Convention, FlopsTriple>;
  return {
    convention,
    seqLen: s,
    ...(target && m.encoderDecoder && !m.encoderDecoder.audio ? { target } : {}),
    perToken: {
      forward: quantity(t.forward, 'flops', t.formula, used),
      training: quantity(t.training, 'flops', t.trainingFormula, used),
      // Full recomputation runs the layers' forward once more; the output head is not recomputed.
      hardware: quantity(t.hardware, 'flops', convention === '6n' ? `${t.trainingFormula} + 2·(N − V·h)` : `${t.trainingFormula} + 2·W + attention`, used),
    },
    perSequence: { forward: t.forward * s.value, training: t.training * s.value, hardware: t.hardware * s.value },
    attentionShare: t.training > 0 ? (3 * t.attention) / t.training : 0,
    attentionForwardPerToken: t.attention,
    byConvention,
  };
}
