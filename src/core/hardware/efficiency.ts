/**
 * Achievable compute efficiency: the fraction of an accelerator's dense peak that a training step's
 * matrix multiplies reach, as a function of the GEMM shape, the precision and the accelerator. Never
 * a constant keyed on a model size or a calibration row.
 *
 * Shape: a transformer layer's GEMMs are (tokens × h/t) × (h/t × k·h); their efficiency grows with
 * the per-rank width h/t and with the tokens per micro-batch, saturating towards the accelerator's
 * large-GEMM efficiency. Calibrated once on the Megatron-LM A100 weak-scaling table
 * (formulas.md §6; test/unit/cluster.test.ts prints predicted vs published).
 */
import type { AcceleratorPreset, Precision } from './presets';

/**
 * How close the best plain bf16 torch.matmul (square, 1024–10240) comes to the datasheet's dense BF16 peak with FP32
 * accumulation, on the GPUs people fine-tune on: the public table of zzc0721/torch-performance-test-data (database.md; the
 * median of a card's rows; the L4 from the same project's issue #120). Their boost clocks put GeForce cards at or above the
 * datasheet rate; power limits hold the L40S and L4 well below theirs. The A100 80GB reaches 264.5 of 312 there (0.848), and
 * H100 SXM 786 of 989 (0.795): scaled from the A100's fitted 0.63, the H100 gets 0.59, where 0.6 was set for it apart.
 */
const MATMUL_REACH: Readonly<Record<string, number>> = {
  'a100-40gb': 246.33 / 312,
  l40s: 269.15 / 362.05,
  l4: 70.89 / 121,
  'rtx-a6000': 123.34 / 154.8,
  'rtx-4090': 166.58 / 165.2,
  'rtx-3090': 76.58 / 71.2,
};
const A100_TRAINING = 0.63;
const A100_MATMUL_REACH = 264.53 / 312;

/**
 * Fraction of dense peak that large, well-shaped GEMMs reach in a training step (cuBLAS / hipBLASLt).
 * A100: fitted with CALIBRATION on formulas.md §6. The others are not fitted: set so that well-tuned
 * dense training lands in the 40–55 % MFU that hardware.md's notes give for A100/H100, lower for
 * accelerators with less mature GEMM libraries (MI300X, Gaudi 3); `custom` for a cluster file's own
 * accelerator. A cluster file's `efficiency.matmul` overrides them.
 */
export const LARGE_GEMM_EFFICIENCY: Readonly<Record<string, number>> = {
  'a100-80gb': A100_TRAINING,
  'h100-sxm': 0.6,
  h200: 0.62,
  h800: 0.6,
  b200: 0.58,
  'gb200-nvl72': 0.58,
  b300: 0.58,
  'gb300-nvl72': 0.58,
  mi300x: 0.5,
  mi325x: 0.5,
  'tpu-v4': 0.62,
  'tpu-v5p': 0.62,
  'tpu-v5e': 0.6,
  'tpu-v6e': 0.6,
  tpu7x: 0.62,
  gaudi3: 0.5,
  // The fine-tuning GPUs: scaled from the A100's from how close a plain bf16 matmul comes to each datasheet peak (MATMUL_REACH).
  ...Object.fromEntries(Object.entries(MATMUL_REACH).map(([id, reach]) => [id, (A100_TRAINING * reach) / A100_MATMUL_REACH])),
  // Not measured: the SXM part's.
  'h100-pcie': 0.6,
  custom: 0.55,
};

/**
 * FP8 GEMMs reach a lower fraction of their (doubled) peak than 16-bit ones. fp8: fitted on the dense Megatron-Core pre-training
 * rows of the public throughput table (test/fixtures/reference/calibration/training-throughput.tsv: NeMo 24.07–25.07 and
 * Megatron-Bridge 25.09–26.08 on H100, B200 and GB200, Transformer Engine FP8, the output layer in BF16; `npm run calibrate`
 * prints them): median |error| of tokens/s per GPU over those 95 rows 10.4 % at 0.7, 5.6 % at 0.78, 4.7 % at 0.8, 4.3 % at 0.82,
 * 7.8 % at 0.9; 0.8 for its smaller 90th percentile (12.4 %, 13.9 % at 0.82). One factor for Hopper and
 * Blackwell: their rows agree on it. fp4 (Transformer Engine NVFP4: operands quantized in 16-element blocks, random Hadamard
 * transforms on the weight-gradient inputs): fitted the same way on the table's 9 NVFP4 rows (Llama 3 70B and 3.1 405B on GB200,
 * Megatron-Bridge 26.02–26.06): 0.6 gives median |error| 8.4 %, max 15.5 % (0.55: 9.4 / 17.7 %, 0.65: 6.8 / 21.5 %; 7.4 / 15.5 %
 * once data-parallel reductions run over every NIC of a node), an NVFP4 GEMM about 1.5× an FP8 one.
 */
export const PRECISION_FACTOR: Readonly<Partial<Record<Precision, number>>> = { fp8: 0.8, fp4: 0.6, fp32: 1, tf32: 0.9 };

/**
 * The one set of calibration constants (fitted once on formulas.md §6, see the calibration test):
 * widthHalf: per-rank hidden width h/t at which GEMMs reach half the large-GEMM efficiency;
 * tokensHalf: the same for the tokens per micro-batch (the GEMMs' long side);
 * elementwiseTraffic: HBM traffic of memory-bound kernels, in multiples of the stored activations.
 */
export const CALIBRATION = {
  widthHalf: 16,
  tokensHalf: 32,
  elementwiseTraffic: 5,
  /** Head dimension at which attention's score/value GEMMs (inner dimension d) reach half efficiency. */
  headDimHalf: 128,
};

/**
 * A state-space mixer's scan (Mamba-2's chunked SSD kernels with their causal convolution and gated norm; Mamba's selective
 * scan; Gated DeltaNet's chunked delta rule) runs in Triton kernels, not tensor-core GEMMs, at this fraction of the 16-bit peak
 * (its FLOPs: flops.ts ssmScanForward, three passes in training). Fitted on the public throughput table's hybrid rows
 * (test/fixtures/reference/calibration/training-throughput.tsv: Nemotron 3 Nano 30B-A3B, 23 Mamba-2 layers, Megatron-Bridge
 * 25.11–26.06 on H100, B200 and GB200): what those rows' steps take beyond the rest of the model is the scan's FLOPs at 0.82 %
 * (GB200), 0.87 % (B200) and 0.86 % (H100) of each accelerator's BF16 peak, the same fraction on three generations; 0.85 %
 * gives the smallest median |error| of tokens/s per GPU over the ten rows (2.3 %; 0.8 %: 2.9 %, 0.9 %: 4.8 %). Public
 * kernel timings put the SSD forward alone at 1–3 % (fla-org/flash-linear-attention PR #50: mamba_chunk_scan_combined,
 * forward, bf16; ROCm/triton issue #777: a Mamba-2 2.7B mixer forward and backward on MI300X); the backward runs slower.
 * Applied to Mamba-1 and Gated DeltaNet scans as the same class of kernel, not measured for them.
 */
export const SCAN_EFFICIENCY = 0.0085;

/** Attention's batched GEMMs have the head dimension as their short side. */
export function attentionEfficiency(headDim: number): number {
  return headDim / (headDim + CALIBRATION.headDimHalf);
}

/**
 * The Ampere and Ada GPUs, where FlashAttention-2 (PyTorch's SDPA, the flash_attn package) runs its batched GEMMs at about the
 * GEMMs' own efficiency: "50-73% of the theoretical maximum FLOPs/s on A100" (Dao 2023, FlashAttention-2, arXiv 2307.08691),
 * around the A100's fitted 0.63. On Hopper and Blackwell the same kernels and Transformer Engine's cuDNN attention stay near
 * attentionEfficiency's share (PyTorch's SDPA forward at d = 128 on H100: 287–304 TFLOP/s in pytorch/benchmark's
 * flash_attention operator, 30 % of the dense peak), fitted there on the long-sequence H100 rows of the throughput table.
 * torchtune's compiled Llama 3.2 3B runs on an A100 come within 5.5 % median with it (13.8 % without).
 */
const FLASH_AT_GEMM_RATE: ReadonlySet<string> = new Set(['a100-80gb', 'a100-40gb', 'rtx-a6000', 'rtx-3090', 'l40s', 'l4', 'rtx-4090']);

/** A flash attention kernel's efficiency relative to the GEMMs' on an accelerator (FLASH_AT_GEMM_RATE), by head dimension. */
export function flashAttentionEfficiency(acc: AcceleratorPreset, headDim: number): number {
  return FLASH_AT_GEMM_RATE.has(acc.id) ? 1 : attentionEfficiency(headDim);
}

/**
 * Memory-bound work (norms, residual adds, dropout, activation functions) moves a multiple
 * (CALIBRATION.elementwiseTraffic) of the bytes of the activations a layer stores (Korthikanti et
 * al.'s per-layer footprint) through HBM per step; its time is that traffic over the accelerator's
 * HBM bandwidth. This is what makes narrow models slower per FLOP.
 */
export function elementwiseSeconds(acc: AcceleratorPreset, activationBytes: number): number {
  return acc.hbmTBs > 0 ? (CALIBRATION.elementwiseTraffic * activationBytes) / (acc.hbmTBs * 1e12) : 0;
}

/**
 * Blackwell's grouped GEMMs over narrow experts (Megatron-Core's TE grouped GEMM, MXFP8 or BF16) reach a smaller share of the
 * dense GEMMs' efficiency than their shape gives on Hopper: f / (f + W) more, f the expert's width per rank. W fitted on the
 * Megatron-Bridge MoE rows of the public throughput table (test/fixtures/reference/calibration/training-throughput.tsv, each row
 * with the dispatcher and A2A overlap its release's config ran: bench/throughput.ts bridgeMoeFlags, bench/mbridge-moe-configs.md):
 * with none, the 26.06 GB200 rows, whose all-to-all is overlapped, came out 28–38 % fast (Qwen3-30B-A3B's experts of 768,
 * Qwen3-235B-A22B's of 1,536, DeepSeek-V3's of 2,048) while wide experts (Mixtral's 14,336 and 16,384, Llama 4 Scout's 8,192)
 * and every H100 row were within 15 %. Median |error| of tokens/s per GPU over the latest release's MoE rows: 20.3 % without,
 * 13.0 % at W 600, 11.4 % at 900, 7.7 % at 1,200, 11.5 % at 1,500; the newest release's rows 6.5 % at 1,200. Not seen on Hopper
 * (its MoE rows are within 2 % for Qwen3-30B-A3B at EP 16 without it): none there. Swept again once an overlapped all-to-all
 * charged the SMs its dispatcher holds (analysis/comm.ts dispatcherSmShare; the 26.06 GB200 rows' HybridEP 32 of 148, DeepSeek-V3's
 * B200 DeepEP 20): 11.5 % at 600, 7.7 % at 800, 7.0 % at 900 and 1,000, 6.9 % at 1,200, 8.1 % at 1,500; all releases' MoE rows
 * 12.2 % at 1,200, the lowest. Kept.
 */
export const GROUPED_GEMM_WIDTH_HALF: Readonly<Record<string, number>> = {
  b200: 1200,
  'gb200-nvl72': 1200,
  b300: 1200,
  'gb300-nvl72': 1200,
};

/** The narrow-expert share of a grouped GEMM's efficiency on the accelerator (GROUPED_GEMM_WIDTH_HALF); 1 where none is set. */
export function groupedGemmWidthFactor(acc: AcceleratorPreset, widthPerRank: number): number {
  const half = GROUPED_GEMM_WIDTH_HALF[acc.id] ?? 0;
  return widthPerRank > 0 ? widthPerRank / (widthPerRank + half) : 1;
}

export interface GemmShape {
  /** Hidden width per tensor-parallel rank (h / t). */
  readonly widthPerRank: number;
  /** Tokens per micro-batch per rank (b · s / cp). */
  readonly tokens: number;
}

export function matmulEfficiency(acc: AcceleratorPreset, precision: Precision, shape: GemmShape, override?: number): number {
  const base = override ?? LARGE_GEMM_EFFICIENCY[acc.id] ?? LARGE_GEMM_EFFICIENCY.custom!;
  // FP4 on an accelerator without an FP4 rate runs as FP8 (peakFlops): at FP8's efficiency too.
  const p = (precision === 'fp4' && !acc.peakTflops.fp4 ? PRECISION_FACTOR.fp8 : PRECISION_FACTOR[precision]) ?? 1;
  const width = shape.widthPerRank / (shape.widthPerRank + CALIBRATION.widthHalf);
  const tokens = shape.tokens / (shape.tokens + CALIBRATION.tokensHalf);
  return base * p * width * tokens;
}

/**
 * The peak the precision runs at (FP16 = BF16 where only BF16 is listed; FP4 on an accelerator without an FP4 rate at its
 * FP8 rate, as Transformer Engine has no FP4 GEMM there).
 */
export function peakFlops(acc: AcceleratorPreset, precision: Precision): number {
  const t = acc.peakTflops[precision] ?? (precision === 'fp4' ? acc.peakTflops.fp8 : undefined) ?? acc.peakTflops.bf16 ?? 0;
  return t * 1e12;
}
