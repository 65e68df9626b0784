/**
 * Memory per GPU (formulas.md §3): weights, gradients and optimizer states for the layout's
 * sharding (ZeRO stages, FSDP, Megatron's distributed optimizer), activations for the recompute
 * policy, sequence and context parallelism and the pipeline's in-flight micro-batches, the output
 * logits, and an explicit reserve for the CUDA context, communication buffers and fragmentation.
 */
import type { AdapterTarget, ModelSpec, RecomputeModule, SsmSpec } from '../spec';
import { busiestStageLayers, peakLayerMicroBatches } from './stages';
import {
  analyzeParams,
  attentionPart,
  type ParamsAnalysis,
  blocksPerLayer,
  denseMlpPart,
  hasLmHead,
  mlpShapes,
  moeLayerCount,
  moeLayersPerStage,
  moeMlpPart,
  normSize,
  routerRows,
  withFfnWidth,
} from './params';
import { inSequences, microBatches, shardGroupOf, type Layout, type Workload } from './parallel';
import { attentionLayers } from './flops';
import type { Cluster } from '../hardware/cluster';

/**
 * Optimizer state in bytes per parameter, beyond the 16/32-bit weights and gradients (mixed
 * precision keeps an fp32 master copy: 4 bytes). Sources: ZeRO (Rajbhandari et al. 2019) for Adam;
 * the optimizers' papers for what they keep (Shampoo and SOAP: preconditioner factors of about the
 * parameters' size plus Adam-style grafting / moments; Muon: one momentum buffer).
 */
export const OPTIMIZER_STATE_BYTES: Readonly<Record<string, number>> = {
  adam: 12,
  adamw: 12,
  lamb: 12,
  adam8bit: 6,
  // torchao's AdamW4bit (transformers' adamw_torch_4bit): both moments in 4 bits (block-wise scales left out, as for 8 bits).
  adam4bit: 5,
  sgd: 8,
  lion: 8,
  adafactor: 4,
  muon: 8,
  shampoo: 20,
  soap: 20,
  other: 12,
};

/** CUDA context and library handles per GPU (formulas.md §3: 0.3-0.5 GB). */
export const CUDA_CONTEXT_BYTES = 0.5e9;
/** NCCL buffers per communicator (formulas.md §3: about 0.5 GB). */
export const NCCL_BYTES_PER_GROUP = 0.5e9;
/**
 * Allocator fragmentation, as a fraction of what a step allocates and frees (activations, logits, gathered weights,
 * gradients); the weights and the optimizer state are long-lived, in few large allocations (Megatron's and DeepSpeed's
 * contiguous buffers), and add none.
 */
export const FRAGMENTATION = 0.05;

/**
 * Optimizers whose moments are stored quantized whatever the weights' precision: bitsandbytes' 8-bit
 * optimizers keep both Adam moments in 8 bits with block-wise fp32 scales (Dettmers et al. 2022,
 * "8-bit Optimizers via Block-wise Quantization"), so pure 16-bit training does not halve them.
 */
export const QUANTIZED_STATE_OPTIMIZERS: ReadonlySet<string> = new Set(['adam8bit', 'adam4bit']);

/**
 * Bytes per logit that the loss holds at its peak (the start of its backward, when every saved
 * activation is still alive), by how the loss is computed (Workload.loss):
 * - 'fused': Megatron-Core's vocab-parallel cross entropy (tensor_parallel/cross_entropy.py) keeps one
 *   fp32 buffer of the softmax and writes the gradient into it in place: 4 bytes.
 * - 'fp32': eager F.cross_entropy on an fp32 upcast (transformers' ForCausalLMLoss): the 16-bit logits,
 *   then LOSS_FP32_COPIES fp32 tensors of the logits' size: log_softmax's saved output, the gradient
 *   nll_loss hands back and log_softmax_backward's result.
 * - 'native': the same three copies in the logits' own dtype (LitGPT's chunked_cross_entropy calls
 *   F.cross_entropy on bf16 logits without an upcast).
 * - 'chunked-fp32': torchtune's CEWithChunkedOutputLoss upcasts chunk by chunk: the 16-bit logits and
 *   every chunk's saved fp32 log_softmax; a chunk's gradients are transient. Compiled (Workload.compiled), each chunk's
 *   upcast, log_softmax and loss fuse into one kernel that saves the 16-bit logits and a log-sum-exp per token.
 */
export const LOSS_FP32_COPIES = 3;
/**
 * 'fused-linear': Liger's LigerFusedLinearCrossEntropyLoss (liger_kernel/ops/fused_linear_cross_entropy.py) runs the output
 * projection and the loss a chunk of tokens at a time, ⌈V/h⌉ chunks, each chunk's logits in fp32 with their gradient written in
 * place: about tokens·h fp32 values at once, and no logits of the whole batch. As bytes per logit: 4·h/V.
 */
export const LOSS_FUSED_LINEAR_FP32 = 4;
export const LOSS_CHUNKED_FP32_COPIES = 1;
export const LOSS_FUSED_BYTES = 4;

/**
 * Layers whose full weights FSDP / ZeRO-3 hold at once: the unit computing and the one prefetched
 * (PyTorch FSDP, Zhao et al. 2023, §3.3: forward/backward prefetch; limit_all_gathers caps the
 * in-flight all-gathers at two; DeepSpeed's stage3_prefetch_bucket_size plays the same role).
 */
export const FSDP_GATHERED_UNITS = 2;

/** Bytes of one 16-bit activation element (activationBytesPerLayer counts 16-bit tensors). */
const ACT_BYTES = 2;

/** What one GPU holds at its peak, by kind (the parts sum to the total with the reserve; a load peak above training aside). */
export interface MemoryBreakdown {
  readonly weights: number;
  readonly gradients: number;
  readonly optimizer: number;
  readonly activations: number;
  readonly logits: number;
  /** Full weights of the FSDP / ZeRO-3 units gathered at once, and a full copy kept from loading a consolidated checkpoint (Workload.fullStateLoad); 0 without weight sharding. */
  readonly gathered: number;
  /** Optimizer state in CUDA unified memory (paged optimizers): evictable to host, outside the total. */
  readonly pagedOptimizer: number;
  /** The peak while a consolidated checkpoint loads into FSDP (full weights on every rank); 0 when not modelled. */
  readonly loadPeak: number;
  readonly reserve: number;
  readonly total: number;
  /** Parameters held by the busiest GPU (the first pipeline stage). */
  readonly paramsPerGpu: number;
}

/** Model states for Ψ parameters over d data-parallel ranks (ZeRO paper's mixed-precision Adam: 2 + 2 + 12 bytes). */
export function modelStatesBytes(
  psi: number,
  d: number,
  stage: 0 | 1 | 2 | 3,
  gradBytes = 2,
  optBytes = 12,
  weightBytes = 2,
): { weights: number; gradients: number; optimizer: number; total: number } {
  const weights = stage >= 3 ? (weightBytes * psi) / d : weightBytes * psi;
  const gradients = stage >= 2 ? (gradBytes * psi) / d : gradBytes * psi;
  const optimizer = stage >= 1 ? (optBytes * psi) / d : optBytes * psi;
  return { weights, gradients, optimizer, total: weights + gradients + optimizer };
}

/** Parameters on the busiest GPU: layers of one stage split by TP (experts by EP × expert-TP), plus embeddings. */
export function paramsPerGpu(m: ModelSpec, l: Layout): { dense: number; experts: number; embedding: number } {
  const L = m.layers.value;
  const perStage = busiestStageLayers(L, l.pp, l.vpp, l.stages);
  const attn = attentionPart(m).params;
  const norms = m.normsPerLayer.value * normSize(m);
  const dense = denseMlpPart(m).params;
  const moeLayers = moeLayerCount(m);
  const moeStage = moeLayersPerStage(m, perStage);
  const denseStage = perStage - moeStage;
  let expertParams = 0;
  let moeShared = 0;
  if (m.moe) {
    const part = moeMlpPart(m);
    const mats = m.ffnKind.value === 'gated' ? 3 : 2;
    expertParams = m.moe.experts.value * mats * (m.moe.latent?.value ?? m.hidden.value) * m.moe.expertWidth.value;
    moeShared = part.params - expertParams;
  }
  const p = analyzeParams(m);
  const embed =
    l.pp === 1
      ? p.embedding.value + p.outputHead.value + p.positions.value
      : Math.max(p.embedding.value + p.positions.value, p.outputHead.value || p.embedding.value);
  // What the layers of one kind do not hold (an encoder-decoder's decoder stack with its cross-attention, Whisper's convolutions,
  // the final norms): the total less the layers as counted here and the towers in front (vision, audio: frozen or apart), spread
  // over the stages as the layers are.
  const counted = (L - moeLayers) * (attn + dense) + moeLayers * (attn + moeShared + expertParams) + L * norms;
  const rest = Math.max(0, p.total.value - p.vision.value - p.audio.value - p.embedding.value - p.outputHead.value - p.positions.value - counted);
  const denseParams = (denseStage * (attn + dense) + moeStage * (attn + moeShared) + (rest * perStage) / L) / l.tp + perStage * norms + embed / l.tp;
  const experts = (moeStage * expertParams) / (l.ep * l.etp);
  return { dense: denseParams, experts, embedding: embed / l.tp };
}

/**
 * An encoder-decoder's activations over those of its encoder layers at seqLen, which the per-layer formula counts: the encoder
 * over its source (Whisper's fixed positions), each decoder layer over the target as an encoder layer would, plus its
 * cross-attention block (of Korthikanti's 34·s·b·h a layer, the attention block's 11: its input, q, k, v, output and dropout
 * mask) and the keys and values it projects from the encoder's output (4·s_src·b·h). 1 for other models.
 */
function stackActivationFactor(m: ModelSpec, w: Workload): number {
  const ed = m.encoderDecoder;
  if (!ed) return 1;
  const audio = ed.audio?.value;
  const source = audio ? audio.sourcePositions : w.seqLen;
  const target = audio ? w.seqLen : (w.targetLen ?? w.seqLen);
  const decoder = ed.decoderLayers.value * (target * (1 + 11 / 34) + (source * 4) / 34);
  return (ed.encoderLayers.value * source + decoder) / (ed.encoderLayers.value * Math.max(1, w.seqLen));
}

/** Activation bytes per layer per micro-batch (16-bit; flash attention, so no s² term). */
export function activationBytesPerLayer(m: ModelSpec, l: Layout, seqLen: number): number {
  const s = seqLen / l.cp;
  const b = l.microBatch;
  const h = m.hidden.value;
  if (l.recompute === 'full') return (2 * s * b * h) / (l.sp ? l.tp : 1);
  // Korthikanti et al.: 34·s·b·h per layer for a GeLU MLP of 4h; with GQA and a gated MLP of
  // width f: about (12 + 4g/a + 8f/h)·s·b·h (formulas.md §3). 10·s·b·h of it stays replicated
  // across TP ranks without sequence parallelism.
  const a = m.heads.value;
  const g = m.kvHeads.value;
  if (m.hybrid) {
    const { k, replicated } = hybridActivationFactor(m);
    return (l.sp || l.tp === 1 ? k / l.tp : replicated + (k - replicated) / l.tp) * s * b * h;
  }
  if (m.dsv4 && m.moe) {
    const k = dsv4AttentionFactor(m) + moeMlpFactor(m);
    return (l.sp || l.tp === 1 ? k / l.tp : 10 + (k - 10) / l.tp) * s * b * h;
  }
  // A MoE model's MoE layers keep their routed copies' tensors (moeMlpFactor) where a dense layer keeps its MLP's.
  const dense = m.ffnKind.value === 'gated' ? 12 + (4 * g) / a + (8 * m.ffnWidth.value) / h : 34;
  const k = m.moe ? dense + moeLayerShare(m) * (moeMlpFactor(m) - denseMlpFactor(m)) : dense;
  const perRank = l.sp || l.tp === 1 ? k / l.tp : 10 + (k - 10) / l.tp;
  return perRank * s * b * h;
}

/**
 * A DeepSeek-V4 layer's attention activations per token, in multiples of h bytes, averaged over its layers (an estimate from
 * inference/model.py's tensors, 16-bit unless said): the norm's input (2), wq_a's and q_norm's outputs (4·r_q), wq_b's output
 * and the normalized, rotated queries (4·a·d), wkv's and kv_norm's outputs (4·d), the attention output (2·a·d) and wo_a's
 * (2·G·r_o); a compressor's kv and gate in fp32 (8·c·d); an indexer's queries (4·a_I·d_I) and its compressor's (16·d_I); and
 * the hyper-connections, whose mixing before the attention and before the FFN each reads the n residual copies in fp32 (8·n).
 * The indexer's scores over the compressed keys are taken as a fused kernel's, not saved (as flash attention's).
 */
function dsv4AttentionFactor(m: ModelSpec): number {
  const known = dsv4FactorMemo.get(m);
  if (known !== undefined) return known;
  const v = m.dsv4!;
  const h = m.hidden.value;
  const ad = m.heads.value * m.headDim.value;
  const d = m.headDim.value;
  const L = m.layers.value;
  const ix = v.indexer.heads.value * v.indexer.headDim.value;
  const base = 4 * v.qLoraRank.value + 4 * ad + 4 * d + 2 * ad + 2 * v.oGroups.value * v.oLoraRank.value;
  const perLayer = v.compressRatios.value
    .slice(0, L)
    .map((r) => base + (r > 0 ? 8 * (r === 4 ? 2 : 1) * d : 0) + (r === 4 ? 4 * ix + 16 * v.indexer.headDim.value : 0));
  const attn = perLayer.reduce((x, y) => x + y, 0) / Math.max(1, L);
  const factor = 2 + attn / h + 8 * v.hcMult.value;
  dsv4FactorMemo.set(m, factor);
  return factor;
}

const dsv4FactorMemo = new WeakMap<ModelSpec, number>();

/** A dense MLP's share of a layer's activations, in multiples of h bytes per token (the formulas above). */
function denseMlpFactor(m: ModelSpec): number {
  const f = m.ffnWidth.value / m.hidden.value;
  return m.ffnKind.value === 'gated' ? 6 + 8 * f : 4 + 4 * f;
}

/** The share of a MoE model's layers that are MoE layers. */
function moeLayerShare(m: ModelSpec): number {
  return moeLayerCount(m) / m.layers.value;
}

/**
 * A MoE layer's MLP activations per token, in multiples of h bytes. As a dense MLP, its norm's input and output and the
 * dropout mask (6, or 4 for a plain MLP); the router's fp32 logits (4·E/h); and for each of the top-k routed copies of the
 * token its permuted input (2) and its expert's tensors as a dense MLP of the expert width keeps them (8·f_e/h gated, 4·f_e/h
 * plain). The routing probabilities are applied in the activation (Megatron-Core 0.13's memory-efficient permutation), so the
 * unpermutation keeps nothing. Shared experts as dense MLPs of their width (their input is the norm's output).
 */
function moeMlpFactor(m: ModelSpec): number {
  const x = m.moe!;
  const h = m.hidden.value;
  const per = m.ffnKind.value === 'gated' ? 8 : 4;
  const copy = 2 + (per * x.expertWidth.value) / h;
  return per - 2 + (4 * routerRows(x)) / h + x.topK.value * copy + (per * x.sharedExperts.value * x.sharedWidth.value) / h;
}

/**
 * A hybrid stack's activations per layer, in multiples of s·b·h bytes, averaged over its layers: each block's share of the
 * gated formula above, 6 + 4g/a for attention (its norm's input, q, k and v, the core's output) and 6 + 8f/h for a gated MLP
 * (4 + 4f/h plain); a Mamba-2 mixer keeps its norm's input, in_proj's output (z, x, B, C, Δ: 2·d_in + 2·g·N + n_h), the conv's
 * output (d_in + 2·g·N), the scan's output and the gated norm's (d_in each): 2 + (10·d_in + 8·g·N + 2·n_h)/h; Mamba-1 its
 * in_proj output (2·d_in), the conv's, Δ's, the scan's and the gate's outputs (d_in each) and x_proj's (R + 2·N): 2 + (12·d_in +
 * 2·(R + 2·N))/h. The scan's chunk states are left out (a few percent). Without sequence parallelism each block's norm input
 * and output (5) stay whole on every TP rank.
 */
function hybridActivationFactor(m: ModelSpec): { k: number; replicated: number } {
  // Once per model: the layout search asks for every layout it tries.
  const known = factorMemo.get(m);
  if (known) return known;
  const hy = m.hybrid!;
  const h = m.hidden.value;
  const attn = 6 + (4 * m.kvHeads.value) / m.heads.value;
  const mlp = denseMlpFactor(m);
  const moe = m.moe ? { layers: new Set(m.moe.layers.value), factor: moeMlpFactor(m) } : undefined;
  const ssm = hy.ssm ? ssmActivationFactor(hy.ssm, h) : 0;
  // (A cross-decoder layer keeps its norm's input, its queries and the core's output: 6; a GMU its norm's input, in_proj's output
  // and the gated product: 2 + 4·d_in/h.)
  const gmu = 2 + (4 * (hy.ssm?.inner.value ?? 0)) / h;
  const mixer = { attention: attn, ssm, parallel: attn + ssm, none: 0, cross: 6, gmu };
  // (A stack whose layers differ in FFN width, DeciLM's: each layer's MLP at its own width.)
  const widths = hy.ffnWidths?.value;
  const mlpAt = (i: number) => (widths ? denseMlpFactor(withFfnWidth(m, widths[i] ?? m.ffnWidth.value)) : mlp);
  const k = hy.mixers.value.reduce((sum, mx, i) => sum + mixer[mx] + (hy.ffn.value[i] ? (moe?.layers.has(i) ? moe.factor : mlpAt(i)) : 0), 0);
  const factor = { k: k / hy.mixers.value.length, replicated: 5 * blocksPerLayer(m) };
  factorMemo.set(m, factor);
  return factor;
}

/** A state-space or linear-attention mixer's activations, in multiples of s·b·h bytes (hybridActivationFactor). */
function ssmActivationFactor(x: SsmSpec, h: number): number {
  const d = x.inner.value;
  const N = x.stateDim.value;
  // (A Gated DeltaNet keeps the same tensors with its q/k width g·N where Mamba-2 has B and C.)
  // LFM2's short convolution keeps its input, in_proj's B, C, x, B·x, the conv output and C·y: 2 + 12·d_in/h.
  // MiniMax's lightning attention keeps its input, qkv_proj's output and its SiLU (3·d_in each), the attention output, the
  // norm's, the gate's and the gated product (d_in each): 2 + 10·d_in/h.
  // Kimi Delta Attention keeps in 16 bits its input, q, k and v before and after their convs (6·d_in), the forget and output
  // gates' low-rank (d each) and full (d_in each) outputs, β (n_h), the attention output, the norm's and the gated product
  // (d_in each): 2 + (22·d_in + 4·d + 2·n_h)/h.
  // RWKV-6 keeps its input, the token shift's difference and first mix, the mixes' LoRA (5·D_m) and its five outputs, the five
  // mixed inputs, r, k, v and g, g's SiLU, the decay's LoRA (D_w) and decay, the WKV output, ln_x's and the gated product:
  // 2 + 2·(12·h + 9·d_in + 5·D_m + D_w)/h. RWKV-7 its input, the difference, six mixed inputs, r, k and v, the decay's, rate's,
  // value residual's and gate's LoRAs (D_w, D_a, D_v, D_g) and outputs, kk, the rate-scaled k, the WKV output, ln_x's, the
  // bonus and the gated product: 2 + 2·(7·h + 13·d_in + D_w + D_a + D_v + D_g)/h.
  if (x.kind.value === 'rwkv6' || x.kind.value === 'rwkv7') {
    const r = x.rwkv;
    const lora =
      x.kind.value === 'rwkv6'
        ? 5 * (r?.mix.value ?? 0) + (r?.decay.value ?? 0)
        : (r?.decay.value ?? 0) + (r?.a.value ?? 0) + (r?.value.value ?? 0) + (r?.gate.value ?? 0);
    return 2 + (2 * (x.kind.value === 'rwkv6' ? 12 * h + 9 * d : 7 * h + 13 * d) + 2 * lora) / h;
  }
  return x.kind.value === 'lightning'
    ? 2 + (10 * d) / h
    : x.kind.value === 'kda'
      ? 2 + (22 * d + 4 * N + 2 * x.heads.value) / h
      : x.kind.value === 'shortconv'
        ? 2 + (12 * d) / h
        : x.kind.value !== 'mamba'
          ? 2 + (10 * d + 8 * x.groups.value * N + 2 * x.heads.value) / h
          : 2 + (12 * d + 2 * (x.dtRank.value + 2 * N)) / h;
}

const factorMemo = new WeakMap<ModelSpec, { k: number; replicated: number }>();

/**
 * The matmuls a dense layer runs, in order, as [input width, output width] per token: q, k, v, the attention
 * output, then the MLP (gate/up/down, or up/down). torchtitan's op-level selective checkpointing
 * (torchtitan/distributed/activation_checkpoint.py _custom_policy) keeps the output of the 1st, 3rd, 5th, …
 * of them and recomputes the others; undefined where the layer is not a plain dense one (MoE, MLA).
 */
export function layerMatmuls(m: ModelSpec): [number, number][] | undefined {
  if (m.moe || m.mla) return undefined;
  const h = m.hidden.value;
  const q = m.heads.value * m.headDim.value;
  const kv = m.kvHeads.value * m.headDim.value;
  return [[h, q], [h, kv], [h, kv], [q, h], ...mlpShapes(m, m.ffnWidth.value)];
}

/**
 * Bytes a layer keeps per micro-batch under torchtitan's op-level policy: its input, SDPA's output and fp32
 * log-sum-exp per head, and every other matmul's output (layerMatmuls), all 16-bit, split over TP (TP implies
 * sequence parallelism there). Undefined where layerMatmuls is.
 */
export function opsSelectiveBytesPerLayer(m: ModelSpec, l: Layout, seqLen: number): number | undefined {
  const mms = layerMatmuls(m);
  if (!mms) return undefined;
  const tokens = (seqLen / l.cp) * l.microBatch;
  const kept = mms.filter((_, i) => i % 2 === 0).reduce((s, [, out]) => s + out, 0);
  const perToken = 2 * (m.hidden.value + m.heads.value * m.headDim.value + kept) + 4 * m.heads.value;
  return (perToken * tokens) / l.tp;
}

/** The widths, per token, of the matmul outputs a saving policy can keep (the MLP's of the active experts in a MoE layer). */
function savedWidths(m: ModelSpec): Record<'qkv' | 'out' | 'context' | 'mlpwi' | 'mlpwo', number> {
  const h = m.hidden.value;
  const q = m.heads.value * m.headDim.value;
  const gated = m.ffnKind.value === 'gated' ? 2 : 1;
  const ffn = m.moe ? m.moe.topK.value * m.moe.expertWidth.value + m.moe.sharedExperts.value * m.moe.sharedWidth.value : m.ffnWidth.value;
  return { qkv: q + 2 * m.kvHeads.value * m.headDim.value, out: h, context: q, mlpwi: gated * ffn, mlpwo: m.moe ? (m.moe.topK.value + 1) * h : h };
}

/**
 * Bytes a layer keeps per micro-batch under a policy that saves the named matmul outputs (MaxText's save_dot_except_mlpwi:
 * qkv, out and mlpwo; minimal: every dot): its input and those outputs, 16-bit, split over TP.
 */
export function savesBytesPerLayer(m: ModelSpec, l: Layout, seqLen: number, saves: readonly (keyof ReturnType<typeof savedWidths>)[]): number {
  const w = savedWidths(m);
  const tokens = (seqLen / l.cp) * l.microBatch;
  return (2 * tokens * (m.hidden.value + saves.reduce((s, k) => s + w[k], 0))) / l.tp;
}

/** The share of a layer's matmul FLOPs whose outputs a saving policy keeps (the rest are recomputed in backward). */
export function savedMatmulShare(m: ModelSpec, saves: readonly (keyof ReturnType<typeof savedWidths>)[]): number {
  const h = m.hidden.value;
  const w = savedWidths(m);
  const flops = { qkv: h * w.qkv, out: w.context * h, context: 0, mlpwi: h * w.mlpwi, mlpwo: (w.mlpwi / (m.ffnKind.value === 'gated' ? 2 : 1)) * h };
  const all = flops.qkv + flops.out + flops.mlpwi + flops.mlpwo;
  return all > 0 ? saves.reduce((s, k) => s + flops[k], 0) / all : 0;
}

/**
 * Bytes of weights (storage), bitsandbytes 4-bit NormalFloat: 4 bits, plus one fp32 absmax per block
 * of 64 weights (QLoRA, Dettmers et al. 2023); double quantization stores that absmax in 8 bits with
 * one fp32 constant per 256 blocks. LLM.int8: 1 byte per weight (the per-row scales are negligible).
 */
export const QUANTIZED_WEIGHT_BYTES: Readonly<Record<NonNullable<Workload['quantization']>, number>> = {
  nf4: 0.5 + 4 / 64,
  'nf4-dq': 0.5 + 1 / 64 + 4 / (64 * 256),
  int8: 1,
};

/**
 * Bytes per parameter of the base model, averaged over its parameters: weights at their storage
 * precision, and gradients and optimizer state only for the trainable share (an adapter's; all
 * of them in a full run), the adapter's own weights in 16-bit. Quantization stores the layers'
 * linear weights; embeddings, the head and norms stay 16-bit (bitsandbytes replaces nn.Linear
 * layers only, and transformers keeps lm_head unquantized), unless Workload.quantizeHead (Lightning's
 * BitsandbytesPrecision._convert_layers replaces every nn.Linear, lm_head included).
 */
export function stateBytes(w: Workload): { weightBytes: number; gradBytes: number; optBytes: number } {
  const fp32 = w.precision === 'fp32' || w.precision === 'tf32';
  const weight = fp32 ? 4 : 2;
  const grad = fp32 || w.fp32Grads ? 4 : 2;
  const state = OPTIMIZER_STATE_BYTES[w.optimizer] ?? OPTIMIZER_STATE_BYTES['other']!;
  // Mixed precision adds a 4-byte fp32 master copy; pure fp32 training does not need one, and pure
  // 16-bit training (bf16-true) keeps the optimizer's fp32 moments in 16 bits too.
  // 8-bit optimizers quantize their moments, and bitsandbytes' 32-bit ones keep them in fp32, whatever
  // the weights' dtype (Workload.fp32OptimizerStates).
  // (Moments whose dtypes the run states, Megatron's precision-aware optimizer: their bytes as stated, beside the master copy.)
  const moments = w.momentBytes ?? state - 4;
  const keepMoments = QUANTIZED_STATE_OPTIMIZERS.has(w.optimizer) || (w.fp32OptimizerStates ?? false) || w.momentBytes !== undefined;
  const opt = fp32 ? moments : w.masterWeights ? moments + 4 : keepMoments ? moments : moments / 2;
  const share = trainedShare(w);
  // Autocast over fp32 weights (Workload.fp32Weights) stores the frozen base in fp32; a full run's fp32 weights are the master copy.
  let base = w.method.frozenBase && w.fp32Weights && w.masterWeights ? 4 : weight;
  if (w.method.frozenBase && w.quantization) {
    const p = analyzeParams(w.model);
    const head = w.quantizeHead ? p.outputHead.value : 0;
    const linear = (layerLinearParams(p) + head) / Math.max(1, p.total.value);
    base = linear * QUANTIZED_WEIGHT_BYTES[w.quantization] + (1 - linear) * weight;
  } else if (w.fp8Params) base = fp8ParamBytes(w);
  // The adapter's weights come on top of the frozen base (16-bit, or 32 in an fp32 run); trained weights of the base's own under
  // Megatron's distributed optimizer stay in it (their fp32 copy is the optimizer's).
  const extra = w.method.frozenBase && !w.method.trainedInBase ? share * weight : 0;
  return { weightBytes: base + extra, gradBytes: share * grad, optBytes: share * opt };
}

/**
 * Bytes per parameter of weights held in FP8 where Transformer Engine can (Megatron --fp8-param-gather): the layers' linear
 * weights 1 byte, the embeddings, the head and the norms 2.
 */
export function fp8ParamBytes(w: Pick<Workload, 'model'>): number {
  const p = analyzeParams(w.model);
  const linear = layerLinearParams(p) / Math.max(1, p.total.value);
  return linear + (1 - linear) * 2;
}

/** Parameters of the layers' linear weights: every layer's, less its norms. */
export function layerLinearParams(p: ParamsAnalysis): number {
  return p.layerGroups.reduce((s, g) => s + g.count * (g.each - g.norms), 0);
}

/**
 * Activation bytes per layer per micro-batch that a frozen base does not save. PyTorch's linear saves
 * its input only for the weight's gradient (grad_input needs the weight alone), so a frozen linear with
 * no adapter reading the same input keeps nothing: the attention's input projections (q, k, v), the
 * MLP's input projections (gate, up) and its down projection (whose input, f wide, nothing else saves);
 * the output projection's input is the attention output, which flash attention saves anyway. An
 * adapter on any of a group's linears saves the group's input (its A matmul). bitsandbytes'
 * MatMul4Bit saves its input whenever any input needs a gradient (bitsandbytes/autograd/_functions.py,
 * ctx.tensors = (A, B)), so a bitsandbytes-quantized base saves everything; torchao's NF4 linear does not.
 */
export function frozenLinearSavings(w: Workload, l: Layout, seqLen: number): number {
  if (!w.method.frozenBase || !w.adapterTargets) return 0;
  if (w.quantization && (w.quantKernel ?? 'bitsandbytes') === 'bitsandbytes') return 0;
  const m = w.model;
  const h = m.hidden.value;
  const t = new Set(w.adapterTargets);
  const any = (...roles: AdapterTarget[]) => roles.some((r) => t.has(r));
  // With dropout the adapter's A matmul saves the dropout's output (adapterDropoutBytes), not the group's input.
  const adapterSaves = !w.adapterDropout;
  const kept = (...roles: AdapterTarget[]) => adapterSaves && any(...roles);
  const elements = (kept('q', 'k', 'v') ? 0 : h) + (kept('gate', 'up') ? 0 : h) + (kept('down') ? 0 : m.ffnWidth.value);
  return (ACT_BYTES * elements * (seqLen / l.cp) * l.microBatch) / l.tp;
}

/**
 * The s × s scores an attention without a flash kernel keeps per layer per micro-batch (Workload.attentionScores):
 * Korthikanti et al.'s 5 bytes per score element (the 16-bit QK^T, the 16-bit softmax output, the dropout mask), each
 * rank's a/t heads over its s/c queries and all s keys.
 */
export function scoreBytes(w: Workload, l: Layout): number {
  const s = w.seqLen;
  return 5 * (w.model.heads.value / l.tp) * (s / l.cp) * s * l.microBatch;
}

/** Bytes per element of native_dropout's mask (a bool tensor of the input's shape, saved for its backward). */
export const DROPOUT_MASK_BYTES = 1;

/**
 * Activation bytes per layer per micro-batch of the adapters' dropout (Workload.adapterDropout): each adapted
 * module's nn.Dropout saves its mask and the A matmul saves the dropped input (PEFT's lora.Linear.forward:
 * lora_A(dropout(x)); LitGPT's LoRALinear / LoRAQKVLinear: F.linear(self.lora_dropout(x), self.lora_A)). LitGPT's
 * q, k and v are one fused linear with one dropout (Workload.fusedQkv); PEFT wraps each projection.
 */
export function adapterDropoutBytes(w: Workload, l: Layout, seqLen: number): number {
  if (!w.method.frozenBase || !w.adapterTargets || !w.adapterDropout) return 0;
  const m = w.model;
  const h = m.hidden.value;
  const t = new Set(w.adapterTargets);
  const qkv = (['q', 'k', 'v'] as const).filter((r) => t.has(r)).length;
  const mlpIn = (['gate', 'up'] as const).filter((r) => t.has(r)).length;
  const elements =
    (w.fusedQkv ? Math.min(qkv, 1) : qkv) * h + (t.has('o') ? m.heads.value * m.headDim.value : 0) + mlpIn * h + (t.has('down') ? m.ffnWidth.value : 0);
  return ((ACT_BYTES + DROPOUT_MASK_BYTES) * elements * (seqLen / l.cp) * l.microBatch) / l.tp;
}

/**
 * Activation bytes per layer per micro-batch that Megatron-Core's kernels do not save, against Korthikanti's count
 * (activationBytesPerLayer: a gated MLP's gate and up outputs, the SiLU output and the product, 8·f per token):
 * - the fused SwiGLU (megatron/core/fusions/fused_bias_swiglu.py, --swiglu) saves its input only, not the SiLU output: 2·f;
 * - under FP8, Transformer Engine saves the inputs of its GEMMs for the weight gradient as FP8 casts (1 byte, not 2): the
 *   normalized input of QKV and of the first MLP GEMM (h each) and the second MLP GEMM's input (f). Under NVFP4 the saved
 *   casts are 4-bit with a scale per 16 elements, kept in both layouts for the two backward GEMMs: about a byte, counted as FP8's.
 */
export function fusedKernelSavings(w: Workload, l: Layout, seqLen: number): number {
  if (!w.megatronKernels) return 0;
  const m = w.model;
  const h = m.hidden.value;
  const fp8 = lowPrecisionGemms(w);
  // An MLP of width f: its own tensors' saving (fusedMlpSaving) and, under FP8, its first GEMM's input where it is saved apart (h).
  const mlp = (f: number, input: boolean) => fusedMlpSaving(m, fp8, f) + (fp8 && input ? h : 0);
  const share = layerShares(m);
  // Attention's QKV input (MLA's down-projections keep other tensors: not counted); every layer's, or a hybrid's attention layers'.
  const attention = fp8 && !m.mla ? h * share.attention : 0;
  const dense = share.dense * mlp(m.ffnWidth.value, true);
  // A MoE layer: each routed copy's expert (its permuted input is saved apart), and the shared experts (the norm's output, kept anyway).
  const x = m.moe;
  const moe = x ? share.moe * (x.topK.value * mlp(x.expertWidth.value, true) + x.sharedExperts.value * mlp(x.sharedWidth.value, false)) : 0;
  return ((attention + dense + moe) * (seqLen / l.cp) * l.microBatch) / l.tp;
}

/** FP8 or NVFP4 GEMMs, whose inputs Transformer Engine saves as 1-byte casts. */
function lowPrecisionGemms(w: Workload): boolean {
  return w.precision === 'fp8' || w.precision === 'fp4';
}

/**
 * Bytes per token Megatron's kernels keep less of an MLP of width f's own tensors (not its input): the fused SwiGLU's 2·f and,
 * under FP8, its second GEMM's input as a 1-byte cast (f).
 */
function fusedMlpSaving(m: ModelSpec, fp8: boolean, f: number): number {
  return (m.ffnKind.value === 'gated' ? ACT_BYTES * f : 0) + (fp8 ? f : 0);
}

/** The shares of a model's layers with attention, with a dense FFN and with a MoE FFN (a hybrid stack's by its pattern). */
function layerShares(m: ModelSpec): { attention: number; dense: number; moe: number } {
  const L = m.layers.value;
  const hy = m.hybrid;
  const moe = moeLayerShare(m);
  return { attention: hy ? attentionLayers(m) / L : 1, dense: (hy ? hy.ffn.value.filter(Boolean).length / L : 1) - moe, moe };
}

/**
 * Activation bytes per layer per micro-batch (averaged over the layers, as activationBytesPerLayer) that Megatron-Core's
 * `--recompute-modules` give back, against what a layer keeps with Megatron's kernels (fusedKernelSavings). An MLP of width f
 * keeps 8·f bytes per token gated (4·f plain), less the fused SwiGLU's 2·f and, under FP8, its second GEMM's FP8-cast input (f):
 * - layernorm: the norms' outputs (2·h each; h where FP8 keeps its GEMM's 1-byte cast instead, which the recompute also drops
 *   and remakes): the attention's and, on a MoE layer, the one the router and the dispatch read;
 * - moe_act: each routed copy's activation output (the expert keeps its first GEMM's output, 4·f gated, 2·f plain);
 * - mlp: a dense MLP layer's own tensors; shared_experts: the shared experts'; moe: the whole MoE layer's but its input
 *   (the router's logits, every copy's permuted input and expert tensors, the shared experts);
 * - core_attn: nothing under flash attention (an attention that writes its scores keeps them unless listed, see memoryPerGpu);
 *   mla_up_proj: not modelled (MLA's up-projected queries, keys and values are not counted apart).
 */
export function recomputeModuleSavings(w: Workload, l: Layout, seqLen: number, modules: readonly RecomputeModule[]): number {
  const m = w.model;
  const h = m.hidden.value;
  const megatron = w.megatronKernels ?? false;
  const fp8 = megatron && lowPrecisionGemms(w);
  const gated = m.ffnKind.value === 'gated';
  const kept = (f: number) => (gated ? 8 * f : 4 * f) - (megatron ? fusedMlpSaving(m, fp8, f) : 0);
  const share = layerShares(m);
  const has = (x: RecomputeModule) => modules.includes(x);
  const x = m.moe;
  const shared = x ? x.sharedExperts.value * kept(x.sharedWidth.value) : 0;
  let perToken = 0;
  if (has('layernorm')) perToken += share.attention * (fp8 && !m.mla ? h : 2 * h) + share.dense * (fp8 ? h : 2 * h) + share.moe * 2 * h;
  if (has('mlp')) perToken += share.dense * kept(m.ffnWidth.value);
  if (x && has('moe')) perToken += share.moe * (4 * routerRows(x) + x.topK.value * ((fp8 ? h : 2 * h) + kept(x.expertWidth.value)) + shared);
  else if (x) {
    if (has('moe_act')) perToken += share.moe * x.topK.value * (kept(x.expertWidth.value) - (gated ? 4 : 2) * x.expertWidth.value);
    if (has('shared_experts')) perToken += share.moe * shared;
  }
  return (perToken * (seqLen / l.cp) * l.microBatch) / l.tp;
}

/** Bytes per element of the fp32 copy an eager RMSNorm saves. */
const FP32_BYTES = 4;

/**
 * Activation bytes per layer per micro-batch that an eager RMSNorm saves beyond the fused norm's 16-bit input
 * (activationBytesPerLayer counts 2 bytes per norm input). transformers' LlamaRMSNorm
 * (hidden_states.to(torch.float32); hidden_states * torch.rsqrt(variance + eps); self.weight * hidden_states.to(input_dtype)),
 * torchtune's RMSNorm (x.float() ... .type_as(x) * self.scale) and LitGPT's RMSNorm (x.float(); x * torch.rsqrt(norm_x +
 * eps); (x_normed * weight.float()).to(dtype)) save the fp32 input for the backward of x * rsqrt(...): 4 bytes instead
 * of 2. A trained scale also saves the normalized tensor: 16-bit in transformers and torchtune, fp32 in LitGPT.
 */
export function eagerNormBytes(w: Workload, l: Layout, seqLen: number): number {
  const kind = w.compiled ? 'fused' : (w.norm ?? 'fused');
  if (kind === 'fused') return 0;
  const m = w.model;
  const trainedScale = !w.method.frozenBase ? (kind === 'eager-fp32-scale' ? FP32_BYTES : ACT_BYTES) : 0;
  // A LayerNorm is one kernel (F.layer_norm) that saves its 16-bit input and per-token statistics; only autocast runs it in
  // fp32 (Workload.fp32Weights), on an fp32 copy of its input.
  const perElement = m.norm.value === 'rmsnorm' ? FP32_BYTES - ACT_BYTES + trainedScale : w.fp32Weights ? FP32_BYTES - ACT_BYTES : 0;
  return (perElement * m.normsPerLayer.value * m.hidden.value * (seqLen / l.cp) * l.microBatch) / (l.sp ? l.tp : 1);
}

/**
 * Activation bytes per layer per micro-batch of grouped-query keys and values expanded to every query head before
 * attention (Workload.expandKv): LitGPT's CausalSelfAttention expands k and v to n_head ("flash attention requires
 * it") and reshapes them into new tensors that scaled_dot_product_attention saves, 2·2·h instead of 2·2·h·g/a.
 */
export function expandedKvBytes(w: Workload, l: Layout, seqLen: number): number {
  if (!w.expandKv) return 0;
  const m = w.model;
  const a = m.heads.value;
  const g = m.kvHeads.value;
  if (m.mla || g >= a) return 0;
  return (2 * ACT_BYTES * (1 - g / a) * a * m.headDim.value * (seqLen / l.cp) * l.microBatch) / l.tp;
}

/**
 * Activation bytes per layer per micro-batch that LitGPT's one fused qkv linear (Workload.fusedQkv) keeps beyond the formula,
 * measured with torch.autograd.graph.saved_tensors_hooks on its CausalSelfAttention and LoRAQKVLinear (Llama 2 7B's layer,
 * bf16: 43.2·h bytes per token with both, 35.1·h without, where LitGPT's tables put 43.5·h):
 * - without grouped queries nothing expands the keys and values, so v stays a view of the qkv output and SDPA's saved v keeps
 *   that whole output alive: its q and k parts, 2·(a + g)·d bytes per token, on top of v;
 * - LoRA on some but not all of q, k and v scatters the adapters' output into the qkv width with index_copy, whose backward
 *   keeps its source: 2 bytes per adapted output (a·d for q, g·d for k and for v).
 */
export function fusedQkvBytes(w: Workload, l: Layout, seqLen: number): number {
  if (!w.fusedQkv) return 0;
  const m = w.model;
  if (m.mla) return 0;
  const a = m.heads.value;
  const g = m.kvHeads.value;
  const d = m.headDim.value;
  const pinned = g === a ? (a + g) * d : 0;
  const t = new Set(w.method.frozenBase ? (w.adapterTargets ?? []) : []);
  const adapted = (['q', 'k', 'v'] as const).filter((r) => t.has(r));
  const scattered = adapted.length > 0 && adapted.length < 3 ? adapted.reduce((s, r) => s + (r === 'q' ? a : g) * d, 0) : 0;
  return (ACT_BYTES * (pinned + scattered) * (seqLen / l.cp) * l.microBatch) / l.tp;
}

/**
 * Bytes of the 16-bit weight copies autocast saves over a frozen fp32 base (Workload.fp32Weights, mixed precision): a linear
 * run under torch.autocast multiplies its input by a 16-bit cast of the weight, and autograd keeps that cast for the input's
 * gradient until the layer's backward (a trained weight's cast is cached the same way, but its fp32 gradient is what peaks
 * there). `layers`: how many layers hold theirs at once (all of a stage's, or the one being recomputed); plus the head's.
 */
export function autocastWeightCopies(w: Workload, l: Layout, layers: number): number {
  if (!w.method.frozenBase || !w.fp32Weights || !w.masterWeights || w.quantization) return 0;
  const p = analyzeParams(w.model);
  const perLayer = layerLinearParams(p) / Math.max(1, w.model.layers.value);
  return (ACT_BYTES * (perLayer * layers + p.outputHead.value)) / l.tp;
}

/** Bytes per logit the loss holds at its peak (LOSS_* above). */
export function lossBytesPerLogit(w: Workload): number {
  const logit = w.precision === 'fp32' || w.precision === 'tf32' ? 4 : 2;
  // Under autocast over fp32 weights (Workload.fp32Weights) cross_entropy runs in fp32 whatever the loss code asks.
  switch (w.loss === 'native' && w.fp32Weights ? 'fp32' : (w.loss ?? 'fused')) {
    case 'fp32':
      return w.lossCompiled ? 2 * logit : logit + LOSS_FP32_COPIES * 4;
    case 'native':
      return logit * (1 + LOSS_FP32_COPIES);
    case 'chunked-fp32':
      return w.compiled ? logit : logit + LOSS_CHUNKED_FP32_COPIES * 4;
    case 'fused':
      return LOSS_FUSED_BYTES;
    case 'fused-linear':
      return (LOSS_FUSED_LINEAR_FP32 * w.model.hidden.value) / Math.max(1, w.model.vocab.value);
  }
}

/** Parameters of the largest single tensor (the embedding, the head or a layer's widest projection): the one gradient optimizer-in-backward holds. */
function largestTensor(m: ModelSpec, l: Layout): number {
  return Math.max(m.vocab.value * m.hidden.value, widestLayerMatrix(m)) / l.tp;
}

/** Parameters of a layer's widest matrix: the MLP's (an expert's), or the attention's q/o projection. */
function widestLayerMatrix(m: ModelSpec): number {
  return Math.max(m.ffnWidth.value, m.heads.value * m.headDim.value, m.moe ? m.moe.expertWidth.value : 0) * m.hidden.value;
}

/**
 * Bytes of the 16-bit copy a quantized base's matmul makes of its weight (bitsandbytes' MatMul4Bit: F.dequantize_4bit(B,
 * quant_state).to(A.dtype), in forward and again in backward; torchao's NF4 linear: weight.to(input.dtype)), one weight at
 * a time: at the peak (the loss's backward start, the head's or the last layer's matmul next) the largest quantized weight's
 * copy is alive on top of the activations. bitsandbytes dequantizes to the dtype the weight was quantized from; Lightning's
 * BitsandbytesPrecision quantizes from fp16 (Workload.quantizedFromHalf), so a bf16 run casts that copy again: two copies at once.
 */
export function dequantizedBytes(w: Workload, l: Layout): number {
  if (!w.method.frozenBase || !w.quantization) return 0;
  const head = w.quantizeHead ? analyzeParams(w.model).outputHead.value : 0;
  const copies = w.quantizedFromHalf && w.precision === 'bf16' ? 2 : 1;
  return (ACT_BYTES * copies * Math.max(widestLayerMatrix(w.model), head)) / l.tp;
}

/** The ZeRO stage a layout's optimizer state is sharded at (Megatron's distributed optimizer is stage 1's). */
export function optimizerStage(l: Layout): 0 | 1 | 2 | 3 {
  return l.distributedOptimizer ? (Math.max(l.zero, 1) as 1 | 2 | 3) : l.zero;
}

/** The share of the base's parameters that are trained: all of them, or a frozen base's trainable share. */
export function trainedShare(w: Workload): number {
  return w.method.frozenBase ? w.method.trainableShare : 1;
}

export function memoryPerGpu(layout: Layout, workload: Workload): MemoryBreakdown {
  const [l, w] = inSequences(layout, workload);
  const m = w.model;
  const { dense, experts, embedding } = paramsPerGpu(m, l);
  const { weightBytes, gradBytes, optBytes } = stateBytes(w);
  const stage = optimizerStage(l);
  // Hybrid sharding spans a group of the data-parallel ranks; the others hold replicas of what it shards.
  const group = shardGroupOf(l, w) ?? Infinity;
  const denseDp = Math.min(group, l.dp * l.cp);
  const expertDp = Math.min(group, Math.max(1, (l.tp * l.cp * l.dp) / (l.ep * l.etp)));
  const d = modelStatesBytes(dense, denseDp, stage, gradBytes, optBytes, weightBytes);
  // (Experts kept and run on the host hold nothing here.)
  const e = modelStatesBytes(w.expertsOnHost ? 0 : experts, expertDp, stage, gradBytes, optBytes, weightBytes);

  const mb = Math.max(1, Math.floor(microBatches(l, w)));
  // 1F1B: rank r holds min(PP − r, m) micro-batches' activations; the most of (its layers × those) is the peak.
  const layerMicroBatches = peakLayerMicroBatches(m.layers.value, l.pp, l.vpp, l.stages, mb);
  const n = busiestStageLayers(m.layers.value, l.pp, l.vpp, l.stages);
  const interleave = l.vpp > 1 ? 1 + (l.pp - 1) / (l.pp * l.vpp) : 1;
  // Framework-specific tensors on top of the formula (zero unless the Workload states the framework's behaviour).
  const saved =
    frozenLinearSavings(w, l, w.seqLen) +
    fusedKernelSavings(w, l, w.seqLen) -
    adapterDropoutBytes(w, l, w.seqLen) -
    eagerNormBytes(w, l, w.seqLen) -
    expandedKvBytes(w, l, w.seqLen) -
    fusedQkvBytes(w, l, w.seqLen);
  // What a layer keeps when it is not recomputed (Korthikanti's formula; flash attention, so selective and none agree).
  const adapterSaved = ((w.method.savedPerTokenLayer ?? 0) * (w.seqLen / l.cp) * l.microBatch) / l.tp;
  // An attention that writes its scores (Workload.attentionScores) keeps them too unless selective recompute redoes the
  // attention core: Korthikanti's 5·a·s²·b bytes per layer (scoreBytes).
  const sel = l.recompute === 'selective' ? w.selectiveRecompute : undefined;
  const modules = typeof sel === 'object' && 'modules' in sel ? sel.modules : undefined;
  const scores = w.attentionScores && (l.recompute === 'none' || (modules && !modules.includes('core_attn'))) ? scoreBytes(w, l) : 0;
  const whole = activationBytesPerLayer(m, { ...l, recompute: 'selective' }, w.seqLen) - saved + adapterSaved + scores;
  const ops =
    sel === 'ops'
      ? opsSelectiveBytesPerLayer(m, l, w.seqLen)
      : typeof sel === 'object' && 'saves' in sel
        ? savesBytesPerLayer(m, l, w.seqLen, sel.saves)
        : undefined;
  const every = typeof sel === 'object' && 'everyLayers' in sel ? sel.everyLayers : undefined;
  // Megatron's --recompute-modules: what the listed modules would keep, given back (one layer's worth held while it recomputes).
  const recomputed = modules ? recomputeModuleSavings(w, l, w.seqLen, modules) : 0;
  const input = activationBytesPerLayer(m, { ...l, recompute: 'full' }, w.seqLen);
  // Megatron's full recompute by method (Workload.fullRecompute), over the busiest rank's n layers (its virtual stages' share);
  // torchtitan's selective: op-level (what the policy keeps), or every n-th layer fully checkpointed (its input), the others whole.
  const fr = l.recompute === 'full' ? w.fullRecompute : undefined;
  const blockLayers = fr?.method === 'block' ? Math.min(n, fr.layers * l.vpp) : undefined;
  const stored =
    l.recompute === 'full'
      ? fr?.method === 'uniform'
        ? (input * Math.ceil(n / fr.layers)) / n // each chunk of fr.layers layers keeps its input
        : blockLayers !== undefined
          ? (input * blockLayers + whole * (n - blockLayers)) / n // the first layers recomputed, the rest keep everything
          : input
      : ops !== undefined
        ? ops
        : every !== undefined
          ? input / every + whole * (1 - 1 / every)
          : whole - recomputed;
  // Activation offloading moves what a layer saves to the host as forward goes: the layer computing stays. Megatron's
  // --cpu-offloading-num-layers does it for that many of a stage's n layers (at most n − 1), one layer's copy in flight.
  const offloaded = Math.min(w.offloadLayers ?? 0, Math.max(0, n - 1));
  let activations = w.activationOffload ? 0 : stored * layerMicroBatches * interleave * (1 - offloaded / n) + (offloaded > 0 ? stored : 0);
  // The layers being recomputed (one, or a uniform chunk of them) hold everything while their backward runs.
  if (l.recompute === 'full' || ops !== undefined || every !== undefined) activations += whole * (fr?.method === 'uniform' ? Math.min(n, fr.layers) : 1);
  else if (w.activationOffload) activations += stored;
  else activations += recomputed;
  activations *= stackActivationFactor(m, w);
  // Training in fp32 (no autocast) saves every tensor at 4 bytes where the formulas count 2.
  if (w.precision === 'fp32' || w.precision === 'tf32') activations *= FP32_BYTES / ACT_BYTES;
  // Autocast over an fp32 frozen base: each linear's 16-bit cast of its weight is saved for the input's gradient, one per layer kept.
  activations += autocastWeightCopies(w, l, l.recompute === 'full' || every !== undefined || ops !== undefined ? 1 : n);
  // Dense in × out tensors an adapter builds every forward (LoHa, FourierFT, HiRA, …: analysis/method.ts), kept until the layer's
  // backward: every layer's, or the one recomputed.
  activations += ((w.method.denseBytes ?? 0) * (l.recompute === 'full' ? 1 / m.layers.value : n / m.layers.value)) / l.tp;
  activations += (w.method.heldBytes ?? 0) / l.tp;
  activations += dequantizedBytes(w, l);
  // The loss's copies of the logits (lossBytesPerLogit), split over TP (last stage), over the tokens whose logits the loss
  // needs (GRPO's completion: logitsTokens).
  // An encoder's classifier has n logits per sequence (or per token), not V per token.
  // (An encoder-decoder's logits are the decoder's: its target tokens.)
  const logitTokens = w.targetLen ?? Math.min(w.logitsTokens ?? w.seqLen, w.seqLen);
  const logits = hasLmHead(m) ? (lossBytesPerLogit(w) * (logitTokens / l.cp) * l.microBatch * m.vocab.value) / l.tp / (w.vocabTiles ?? 1) : 0;

  // Optimizer-in-backward steps and frees each gradient as it is accumulated: one tensor's gradient at a time.
  const shardedGrads = w.optimizerInBackward ? Math.min(d.gradients + e.gradients, largestTensor(m, l) * gradBytes) : d.gradients + e.gradients;
  // Parameter offload under weight sharding: the shards live on the host (the gradient shards too when the optimizer steps there).
  // On one rank too: FSDP's CPUOffload and ZeRO-3's offload_param keep the parameters on the host and bring each unit up to run it.
  const sharded = stage >= 3 && (l.dp * l.cp > 1 || (w.offloadParams ?? false));
  const hostParams = sharded && (w.offloadParams ?? false);
  const gradients = hostParams && w.offloadOptimizer ? 0 : shardedGrads;
  // A frozen copy as the reference model (DPO on a full fine-tune): its 16-bit weights, sharded only under ZeRO-3 / FSDP as TRL
  // and OpenRLHF prepare it (stage 0 otherwise).
  const bytes16 = w.precision === 'fp32' || w.precision === 'tf32' ? 4 : 2;
  const refStage = stage >= 3 ? 3 : 0;
  const referenceWeights = w.referenceCopy
    ? modelStatesBytes(dense, denseDp, refStage, 0, 0, bytes16).weights + modelStatesBytes(experts, expertDp, refStage, 0, 0, bytes16).weights
    : 0;
  const weights = (hostParams ? 0 : d.weights + e.weights) + referenceWeights;
  // Offloaded optimizer state lives on the host; paged optimizer state in unified memory, outside the allocator.
  const optimizerStates = (d.optimizer + e.optimizer) * (w.offloadOptimizer ? 1 - (w.optimizerOffloadFraction ?? 1) : 1);
  const optimizer = w.pagedOptimizer ? 0 : optimizerStates;
  const pagedOptimizer = w.pagedOptimizer ? optimizerStates : 0;

  // FSDP / ZeRO-3: the units being computed hold their full 16-bit weights (and, when trained, their gradients before the reduce-scatter).
  const layerParams = (dense - embedding + experts) / n;
  // A quantized base is gathered in its storage format (FSDP2 all-gathers torchao's NF4 tensors, FSDP1 bitsandbytes' quant_storage).
  const weight16 = w.method.frozenBase && w.quantization ? weightBytes : bytes16;
  // At the loss the output head's unit (the embedding's when tied: FSDP wraps it apart, or in the root unit) is gathered with the last
  // layer prefetched, and a full run holds its unsharded gradient before the reduce-scatter: the head can outweigh two layers.
  const p = analyzeParams(m);
  const headParams = (l.pp > 1 || p.outputHead.value > 0 ? p.outputHead.value : p.embedding.value) / l.tp;
  const unit = Math.max(layerParams, headParams);
  const gathered = sharded
    ? Math.max(FSDP_GATHERED_UNITS * layerParams, layerParams + headParams) * weight16 + (w.method.frozenBase ? 0 : unit * gradBytes)
    : 0;
  // Loading a consolidated checkpoint into FSDP: every rank holds the full weights next to its shard, and they stay allocated
  // through training (LitGPT's resource tables: the peak grows from that level by the activations, micro-batch by micro-batch).
  const heldFull = sharded && w.fullStateLoad ? (dense + experts) * weightBytes : 0;
  const loadPeak = heldFull ? heldFull + d.weights + e.weights : 0;

  // Gradients freed after each step and one micro-batch per step: the backward pass frees each layer's activations as its gradients
  // appear, so the peak holds the larger of the two (activations and logits at the loss, or every gradient at the step).
  const apart = (w.freesGradients ?? false) && mb === 1;
  const transient = apart ? Math.max(activations + logits, gradients) : activations + logits + gradients;
  // The breakdown lists what is alive at the peak: at the loss no gradient yet, at the step no activation any more.
  const atLoss = activations + logits >= gradients;
  const training = weights + optimizer + gathered + heldFull + transient;
  // (The held copy is shown with the gathered weights: the breakdown sums to the total.)
  const tensors = Math.max(training, loadPeak);
  const groups = [l.tp, l.pp, l.dp, l.cp, l.ep].filter((x) => x > 1).length;
  const reserve = CUDA_CONTEXT_BYTES + NCCL_BYTES_PER_GROUP * groups + FRAGMENTATION * (tensors - weights - optimizer);
  return {
    weights,
    gradients: apart && atLoss ? 0 : gradients,
    optimizer,
    activations: apart && !atLoss ? 0 : activations,
    logits: apart && !atLoss ? 0 : logits,
    gathered: gathered + heldFull,
    pagedOptimizer,
    loadPeak,
    reserve,
    total: tensors + reserve,
    paramsPerGpu: dense + experts,
  };
}

/**
 * What one GPU holds for computation: its HBM (the breakdown's reserve already covers the CUDA context, NCCL buffers and fragmentation).
 * Vendors' "GB" of HBM are binary: HBM stacks come in 16 or 24 GiB, and an H100 SXM's "80 GB" is five 16 GiB stacks, shown by
 * nvidia-smi as 81,559 MiB (A100 80GB: 81,920 MiB; H200 "141 GB": 143,771 MiB; B200 "180 GB": 183,359 MiB), of which a process gets
 * DEVICE_SHARE.
 */
export function capacityBytes(c: Cluster): number {
  return c.accelerator.hbmGB * 2 ** 30 * DEVICE_SHARE;
}

/** The share of HBM a process can allocate: PyTorch reports 79.10-79.33 GiB of total capacity on the 80 GiB parts; the driver keeps the rest. */
export const DEVICE_SHARE = 0.99;

/** The one memory verdict: the report's, the search's, a what-if's. */
export function fitsIn(m: MemoryBreakdown, c: Cluster): boolean {
  return m.total <= capacityBytes(c);
}
