/**
 * Step time = compute (FLOPs at the achievable fraction of peak for the GEMM shape and precision)
 * + exposed communication + pipeline bubble; MFU and HFU, tokens/s per GPU, time to train,
 * GPU-hours, energy and cost; the compute/communication ratio overall and per dimension.
 */
import type { Cluster } from '../hardware/cluster';
import type { Precision } from '../hardware/presets';
import {
  PRECISION_FACTOR,
  SCAN_EFFICIENCY,
  attentionEfficiency,
  elementwiseSeconds as memoryBoundSeconds,
  flashAttentionEfficiency,
  groupedGemmWidthFactor,
  matmulEfficiency,
  peakFlops,
} from '../hardware/efficiency';
import {
  activationBytesPerLayer,
  layerLinearParams,
  layerMatmuls,
  optimizerStage,
  paramsPerGpu,
  savedMatmulShare,
  scoreBytes,
  stateBytes,
  trainedShare,
} from './memory';
import { busiestStageLayers, stageImbalance } from './stages';
import { analyzeFlops, ssmScanForward, type Convention } from './flops';
import { analyzeParams, moeLayerCount, routerRows } from './params';
import { communication, dispatcherSmShare, epNodes, gathersUpdatedParameters, hybridShardGroup, remoteNodesPerToken, type CommEntry } from './comm';
import { expertLoad, inSequences, microBatches, tokensPerStep, trainingTokens, type Layout, type Workload } from './parallel';
import type { Message, Sourced } from '../types';
import type { ModelSpec, RecomputeModule } from '../spec';

export interface Throughput {
  readonly stepSeconds: number;
  readonly computeSeconds: number;
  readonly bubbleSeconds: number;
  readonly exposedCommSeconds: number;
  /** Model FLOPs (no recompute) per GPU per second, under the chosen convention. */
  readonly modelTflopsPerGpu: number;
  /** Hardware FLOPs (with recompute) per GPU per second. */
  readonly hardwareTflopsPerGpu: number;
  readonly tokensPerSecondPerGpu: number;
  readonly mfu: number;
  readonly hfu: number;
  readonly efficiency: number;
  /** Time in memory-bound (elementwise) kernels, part of computeSeconds. */
  readonly elementwiseSeconds: number;
  /** Time the GPU waits for the host after each MoE layer's synchronizations (hostSyncSeconds). */
  readonly hostSyncSeconds?: number;
  /** Time offloading adds (analysis/time.ts hostOffload): the optimizer step on the host and the transfers compute does not cover. */
  readonly offloadSeconds?: number;
  /** The part of computeSeconds in a state-space mixer's scan kernels (SCAN_EFFICIENCY). */
  readonly scanSeconds?: number;
  /** The part of computeSeconds spent recomputing activations (its share of the hardware FLOPs). */
  readonly recomputeSeconds: number;
  readonly convention: Convention;
}

export interface StepModel {
  readonly throughput: Throughput;
  readonly comm: readonly CommEntry[];
  /** Compute seconds / communication link seconds (hidden or not); null when nothing is communicated. */
  readonly ratio: number | null;
  readonly ratioPerDimension: Readonly<Record<string, number>>;
  /** The mechanisms this step time applies, each from the config (or its trainer's default): overlaps, precisions, stages. */
  readonly mechanisms: readonly Message[];
}

/** Under FP8 and NVFP4 recipes the output layer stays in BF16 (Megatron-Core's output layer is not a Transformer Engine module). */
function headInBf16(w: Workload): boolean {
  return (w.precision === 'fp8' || w.precision === 'fp4') && !w.fp8OutputProj && analyzeParams(w.model).headMatmulPerToken > 0;
}

/**
 * The routed experts' GEMMs (Megatron-Core's grouped GEMMs, one per local expert): their forward FLOPs per token over all MoE
 * layers (k copies × 2 · mats·h·f_e), and their shape — each local expert's GEMM has the tokens it receives per micro-batch as
 * its long side (a rank's tokens, its TP share under SP, from each of the etp·ep ranks that dispatch to it, k copies over E
 * experts: b·s/(cp·t_sp) · etp·ep · k / E, balanced routing) and the expert's width per rank (f_e / etp) as its other side.
 * Undefined for a dense model.
 */
export function expertGemms(
  l: Layout,
  w: Workload,
): { forwardPerToken: number; nominalPerToken: number; tokensPerExpert: number; widthPerRank: number } | undefined {
  const x = w.model.moe;
  if (!x) return undefined;
  const moeLayers = moeLayerCount(w.model);
  const mats = w.model.ffnKind.value === 'gated' ? 3 : 2;
  const h = w.model.hidden.value;
  const k = x.topK.value;
  const E = x.experts.value;
  const rankTokens = (l.microBatch * w.seqLen) / (l.cp * (l.sp ? l.tp : 1));
  // (LatentMoE's experts take their latent width, MoeSpec.latent.)
  const nominal = 2 * moeLayers * k * mats * (x.latent?.value ?? h) * x.expertWidth.value;
  const load = expertLoad(w);
  return {
    forwardPerToken: nominal * load,
    nominalPerToken: nominal,
    tokensPerExpert: (rankTokens * l.etp * l.ep * k * load) / E,
    widthPerRank: x.expertWidth.value / l.etp,
  };
}

/** What the step model assumed of this layout and workload, one message each (the JSON's throughput.assumptions, the hover). */
function mechanisms(l: Layout, w: Workload, imbalance: number, c: Cluster): Message[] {
  const out: Message[] = [];
  if (l.tp > 1) out.push({ id: w.tpCommOverlap ? 'mech.tpOverlap' : 'mech.tpExposed', args: { t: l.tp } });
  if (l.cp > 1) out.push({ id: 'mech.cpRing' });
  if (l.ep > 1 && w.model.moe) out.push({ id: w.epCommOverlap ? 'mech.epOverlap' : 'mech.epExposed', args: { e: l.ep } });
  if (l.ep > 1 && w.model.moe && w.epCommOverlap && dispatcherSmShare(w, c) > 0)
    out.push({ id: 'mech.epOverlapSms', args: { n: w.epCommSms ?? 0, total: c.accelerator.sms ?? 0 } });
  if (w.model.moe && (w.moeHostSync || w.gluOffsetSync))
    out.push({ id: 'mech.moeHostSync', args: { n: (w.moeHostSync ? 1 : 0) + (w.gluOffsetSync ? 1 : 0), ms: HOST_SYNC_SECONDS * 1000 } });
  const nodes = epNodes(l, c);
  if (l.ep > 1 && w.model.moe && w.epNodeDispatch && nodes > 1)
    out.push({
      id: 'mech.epNodeDispatch',
      args: { r: Math.round(remoteNodesPerToken(w.model.moe, nodes) * 100) / 100, n: Math.round(nodes * 100) / 100, k: w.model.moe.topK.value },
    });
  if (l.dp * l.cp > 1) {
    out.push({ id: w.overlapGradReduce ? 'mech.dpOverlap' : 'mech.dpExposed' });
    if (gathersUpdatedParameters(l) && w.overlapParamGather) out.push({ id: 'mech.paramGather' });
    const g = hybridShardGroup(l, w);
    if (g) out.push({ id: 'mech.hsdp', args: { g, r: (l.dp * l.cp) / g } });
  }
  const ex = expertGemms(l, w);
  if (ex)
    out.push({
      id: 'mech.expertGemm',
      args: { t: Math.round(ex.tokensPerExpert), f: Math.round(ex.widthPerRank), x: Math.round(expertEfficiencyRatio(l, w, c, ex) * 1000) / 1000 },
    });
  if (w.model.moe && w.expertCapacity)
    out.push({ id: w.expertCapacity.padded ? 'mech.expertPadded' : 'mech.expertDropping', args: { f: w.expertCapacity.factor, x: expertLoad(w) } });
  if (l.pp > 1) out.push({ id: 'mech.bubble', args: { p: l.pp, v: l.vpp } });
  if (imbalance > 1) out.push({ id: 'mech.unevenStages', args: { x: Math.round(imbalance * 1000) / 1000 } });
  if (w.precision === 'fp8' && w.fp8Recipe) out.push({ id: 'mech.fp8Recipe', args: { recipe: w.fp8Recipe, x: PRECISION_FACTOR.fp8 ?? 1 } });
  if (w.precision === 'fp8') out.push({ id: 'mech.fp8Attention' });
  if (w.precision === 'fp4') out.push({ id: 'mech.fp4Attention' });
  if (headInBf16(w)) out.push({ id: 'mech.headBf16' });
  if (w.attentionKernel !== undefined && w.attentionKernel !== 1) out.push({ id: 'mech.attentionKernel', args: { x: w.attentionKernel } });
  if (w.quantization && w.method.frozenBase) out.push({ id: 'mech.dequant', args: { b: DEQUANT_BYTES } });
  if (w.expertsOnHost) out.push({ id: 'mech.expertsOnHost' });
  if (w.offloadOptimizer || w.offloadParams) {
    const h = hostOf(c);
    out.push({ id: h.assumed ? 'mech.offloadAssumed' : 'mech.offload', args: { link: h.link, memory: h.memory } });
  }
  if (ssmScanForward(w.model) > 0) out.push({ id: 'mech.scan', args: { x: Math.round(SCAN_EFFICIENCY * 1e4) / 100 } });
  const eager = eagerTraffic(w);
  if (eager > 1) out.push({ id: 'mech.eager', args: { x: Math.round(eager * 10) / 10 } });
  return out;
}

/** Per-token FLOPs a layout's recompute policy runs: model FLOPs, plus the recomputed forward. */
const flopsMemo = new WeakMap<object, Map<string, ReturnType<typeof analyzeFlops>>>();

/** Megatron's block method: the share of the busiest rank's layers recomputed (the first n of each virtual stage). */
export function blockShare(w: Workload, layers: number, l: Pick<Layout, 'pp' | 'vpp' | 'stages'>): number {
  const n = busiestStageLayers(w.model.layers.value, l.pp, l.vpp, l.stages);
  return Math.min(n, layers * l.vpp) / n;
}

export function flopsPerToken(
  w: Workload,
  recompute: Layout['recompute'],
  convention: Convention,
  stages: Pick<Layout, 'pp' | 'vpp' | 'stages'> = { pp: 1, vpp: 1 },
): { model: number; hardware: number; attentionForward: number } {
  let byKey = flopsMemo.get(w.model);
  if (!byKey) flopsMemo.set(w.model, (byKey = new Map()));
  const key = `${w.seqLen}/${convention}/${w.method.adapterPerToken}/${w.method.frozenBase}/${w.method.trainedPerToken ?? 0}/${w.method.extraForwards ?? 0}/${w.method.headShare ?? 1}/${w.targetLen ?? 0}`;
  let f = byKey.get(key);
  if (!f) {
    const seq: Sourced<number> = { value: w.seqLen, source: { kind: 'assumed', reason: { id: 'prov.seqLenDefault', args: { value: w.seqLen } } } };
    const target: Sourced<number> | undefined =
      w.targetLen !== undefined
        ? { value: w.targetLen, source: { kind: 'assumed', reason: { id: 'prov.seqLenDefault', args: { value: w.targetLen } } } }
        : undefined;
    byKey.set(key, (f = analyzeFlops(w.model, seq, analyzeParams(w.model), convention, w.method, target)));
  }
  const model = f.perToken.training.value;
  const full = f.perToken.hardware.value;
  const sel = w.selectiveRecompute;
  const mms = sel === 'ops' ? layerMatmuls(w.model) : undefined;
  const fr = recompute === 'full' ? w.fullRecompute : undefined;
  const hardware =
    fr?.method === 'block'
      ? model + (full - model) * blockShare(w, fr.layers, stages)
      : recompute === 'full'
        ? full
        : recompute !== 'selective'
          ? model
          : mms
            ? // torchtitan's op-level policy recomputes every other matmul of a layer (layerMatmuls), not the attention core.
              model + w.model.layers.value * mms.filter((_, i) => i % 2 === 1).reduce((s, [a, b]) => s + 2 * a * b, 0)
            : typeof sel === 'object' && 'everyLayers' in sel
              ? model + (full - model) / sel.everyLayers // every n-th layer's forward again
              : typeof sel === 'object' && 'saves' in sel
                ? model + (full - model) * (1 - savedMatmulShare(w.model, sel.saves)) // what the policy does not keep, again
                : typeof sel === 'object'
                  ? model + (sel.modules.includes('core_attn') ? f.attentionForwardPerToken : 0) + recomputedModuleFlops(w.model, sel.modules)
                  : model + f.attentionForwardPerToken;
  return { model, hardware, attentionForward: f.attentionForwardPerToken };
}

/**
 * Forward FLOPs per token that Megatron's --recompute-modules run again, all layers: a dense MLP layer's (mlp), the MoE layer's
 * router, top-k experts and shared experts (moe) or its shared experts alone (shared_experts), 2 per weight a token passes.
 * The norms and activation functions (layernorm, moe_act) are memory-bound work, not counted here; mla_up_proj is not modelled.
 */
function recomputedModuleFlops(m: ModelSpec, modules: readonly RecomputeModule[]): number {
  const L = m.layers.value;
  const h = m.hidden.value;
  const mats = m.ffnKind.value === 'gated' ? 3 : 2;
  const x = m.moe;
  const moeLayers = moeLayerCount(m);
  const denseLayers = (m.hybrid ? m.hybrid.ffn.value.filter(Boolean).length : L) - moeLayers;
  const shared = x ? x.sharedExperts.value * mats * h * x.sharedWidth.value : 0;
  let weights = 0;
  if (modules.includes('mlp')) weights += denseLayers * mats * h * m.ffnWidth.value;
  if (x && modules.includes('moe')) weights += moeLayers * (routerRows(x) * h + x.topK.value * mats * h * x.expertWidth.value + shared);
  else if (modules.includes('shared_experts')) weights += moeLayers * shared;
  return 2 * weights;
}

/**
 * How many times the HBM traffic of fused elementwise kernels an eager PyTorch layer moves (transformers, torchtune and LitGPT
 * without torch.compile: Workload.norm eager and not compiled), counted per token and layer in bytes from the two codes, both
 * with flash attention. Fused (Megatron / Transformer Engine, or Inductor): each RMSNorm reads and writes its tensor once
 * (4h forward, 6h backward), RoPE 4(h + k) each way, SwiGLU 6f and 10f, the two residual adds 12h each way: 52h + 8k + 16f.
 * Eager: an RMSNorm is six kernels on an fp32 upcast (cast 6h, pow 8h, mean 4h, scale 8h, cast back 6h, weight 4h: 36h, its
 * backward about twice), rotate_half RoPE about 22 bytes per query and key width forward and 33 backward, SiLU and the product
 * as two kernels (10f, backward 16f), the same adds: 295h + 55k + 26f. (A plain MLP's activation and a LayerNorm are one
 * kernel either way.) Llama 3.2 3B: 3.9×; torchtune's own table has its full fine-tune 27 % faster compiled.
 */
export function eagerTraffic(w: Workload): number {
  if (w.compiled || w.norm === undefined || w.norm === 'fused') return 1;
  const m = w.model;
  const h = m.hidden.value;
  const k = m.kvHeads.value * m.headDim.value;
  const f = m.ffnWidth.value;
  const rms = m.norm.value === 'rmsnorm';
  const rope = m.positions.value === 'rope';
  const gated = m.ffnKind.value === 'gated';
  // Per token and layer, forward and backward: the norms, RoPE on queries and keys, the MLP's activation, the residual adds.
  const fused = 20 * h + (rope ? 8 * (h + k) : 0) + (gated ? 16 : 10) * f + 24 * h;
  const eager = (rms ? 216 : 20) * h + (rope ? 55 * (h + k) : 0) + (gated ? 26 : 10) * f + 24 * h;
  return eager / fused;
}

/**
 * The host time each blocking synchronization exposes: after the CPU has waited for the GPU's queue to drain, the GPU waits in
 * turn while the CPU launches the next kernels (Python, PyTorch and Transformer Engine launch overhead) until enough GPU work is
 * queued again. One constant of Megatron-Core's eager MoE layers, fitted on the published runs that wait without graphs of
 * their attention (npm run calibrate: GPT-OSS 120B in BF16 on 64 H100, B200 and GB200; Qwen3-235B-A22B on 256 B200 and H100;
 * Qwen3-30B-A3B and Nemotron 3 Nano on 16 H100; DeepSeek-V3 on 1,024 H100): 4.5-5.5 ms keeps each within 17 %, 5 ms within 11 %.
 * Megatron-Bridge's TE-scoped CUDA graphs, which take most of that launch work off the host, cut GPT-OSS-20B's step by 16-24 %
 * on H100 (skills/perf-techniques/cuda-graphs/card.yaml).
 */
export const HOST_SYNC_SECONDS = 0.005;

/**
 * What the host's synchronizations in MoE layers add to a step (TrainingSpec moeHostSync, gluOffsetSync): per MoE layer of a
 * stage and per micro-batch, the dispatcher's wait in the forward (and again where the layer's MoE is recomputed) and the
 * offset GeGLU's in its forward and its recompute, each exposing HOST_SYNC_SECONDS of launch time, of which the layer's own
 * forward GPU time (the step's compute over its layers, micro-batches and passes) covers part: the rest is exposed.
 */
function hostSyncSeconds(l: Layout, w: Workload, mb: number, computeSeconds: number): number {
  const moe = w.model.moe;
  if (!moe || (!w.moeHostSync && !w.gluOffsetSync)) return 0;
  const L = w.model.layers.value;
  const moeLayers = moeLayerCount(w.model);
  const sel = l.recompute === 'selective' ? w.selectiveRecompute : undefined;
  const modules = typeof sel === 'object' && 'modules' in sel ? sel.modules : [];
  const full = l.recompute === 'full';
  const syncs =
    (w.moeHostSync ? (full || modules.includes('moe') ? 2 : 1) : 0) +
    (w.gluOffsetSync ? (full || modules.includes('moe') || modules.includes('moe_act') ? 2 : 1) : 0);
  const passes = full ? 4 : 3;
  const forward = computeSeconds / mb / (L / l.pp) / passes;
  return (moeLayers / l.pp) * mb * Math.max(0, syncs * HOST_SYNC_SECONDS - forward);
}

/** The host side when the preset does not give it: PCIe Gen4 x16 and a two-socket server's DRAM over its 8 GPUs, both assumed. */
export const HOST_DEFAULTS = { link: 31, memory: 50 };

function hostOf(c: Cluster): { link: number; memory: number; assumed: boolean } {
  const a = c.accelerator;
  return {
    link: a.hostLinkGBs ?? HOST_DEFAULTS.link,
    memory: a.hostMemoryGBs ?? HOST_DEFAULTS.memory,
    assumed: a.hostLinkGBs === undefined || a.hostMemoryGBs === undefined,
  };
}

/**
 * What offloading to the host adds to a step (ZeRO-Offload's offload_optimizer / offload_param, FSDP's CPUOffload, torchtune's
 * fsdp_cpu_offload). The optimizer steps on the host: each trained parameter the rank owns reads and writes its state and its
 * host copy and reads its gradient (2 × (state + copy) + gradient bytes) at the GPU's share of the host's DRAM bandwidth, after
 * the backward and before the next forward (exposed). Over the host link, per micro-batch, the gradients go down and, where the
 * parameters live on the host, their shards come up for every pass that gathers them; without that, the updated parameters come
 * up once a step. Those copies run beside compute on the copy engines: only what compute does not cover is exposed.
 */
function hostOffload(l: Layout, w: Workload, c: Cluster, mb: number, compute: number): number {
  if (!w.offloadOptimizer && !w.offloadParams) return 0;
  const { dense, experts } = paramsPerGpu(w.model, l);
  const { weightBytes, gradBytes, optBytes } = stateBytes(w);
  const stage = optimizerStage(l);
  const d = Math.max(1, l.dp * l.cp);
  const psi = dense + experts;
  const owned = stage >= 1 ? psi / d : psi;
  const share = trainedShare(w);
  const h = hostOf(c);
  // The host's copy of a trained parameter: fp32 master weights under mixed precision, else the weight itself.
  const copy = share * (w.masterWeights ? 4 : weightBytes);
  // (Megatron's HybridDeviceOptimizer keeps a share of it on the GPU: only the host's share crosses the link and steps there.)
  const hosted = w.offloadOptimizer ? (w.optimizerOffloadFraction ?? 1) : 0;
  const optimizerSeconds = (hosted * owned * (2 * (optBytes + copy) + gradBytes)) / (h.memory * 1e9);
  const passes = l.recompute === 'full' ? 3 : 2;
  // The gradients go down only to an optimizer on the host (ZeRO-3's offload_param alone keeps them on the GPU).
  const gradientsDown = hosted * (stage >= 2 ? psi / d : psi) * share * gradBytes * mb;
  const paramsUp = w.offloadParams ? (psi / d) * weightBytes * passes * mb : hosted * owned * share * weightBytes;
  const transfer = (gradientsDown + paramsUp) / (h.link * 1e9);
  return optimizerSeconds + Math.max(0, transfer - compute);
}

/**
 * A quantized base (QLoRA, LLM.int8) runs each matmul on a 16-bit copy of its weight, made again in every pass that uses the
 * weight: the forward, the backward (the input's gradient needs it) and a recomputed forward. Memory-bound: DEQUANT_BYTES per
 * weight per pass over HBM, for the layers' linear weights on the busiest stage (a TP rank's share). Fitted on LitGPT's
 * resource tables (test/fixtures/reference/calibration/finetune-memory.tsv rows 11–13, 16–18, 6–8, 24–35: the same run with a
 * bf16 and an NF4 base on one A100 40GB, 1,000 iterations): the time the 4-bit base adds per iteration is 5.3–7.5 ns per weight
 * and pass, 8–12 bytes at 1.555 TB/s; bitsandbytes' dequantize_4bit reads the packed weight (0.5 byte) and writes the copy (2),
 * which the matmul reads back (2): about half the bandwidth.
 */
export const DEQUANT_BYTES = 9.4;

function dequantSeconds(l: Layout, w: Workload, c: Cluster, mb: number, perStage: number): number {
  if (!w.quantization || !w.method.frozenBase || !(c.accelerator.hbmTBs > 0)) return 0;
  const p = analyzeParams(w.model);
  const weights = (layerLinearParams(p) * perStage) / w.model.layers.value / l.tp + (w.quantizeHead ? p.outputHead.value / l.tp : 0);
  const passes = l.recompute === 'full' ? 3 : 2;
  return (weights * passes * mb * DEQUANT_BYTES) / (c.accelerator.hbmTBs * 1e12);
}

/**
 * HBM traffic per layer per micro-batch of an attention that writes its s × s scores (Workload.attentionScores: Megatron's
 * local DotProductAttention, no flash kernel): the scores it keeps (memory.ts scoreBytes, Korthikanti's 5 bytes per score
 * element), written in the forward and read back in the backward (SCORE_PASSES).
 */
export function scoreTrafficBytes(w: Workload, l: Layout): number {
  return SCORE_PASSES * scoreBytes(w, l);
}

/** Each score byte crosses HBM twice: written in the forward, read in the backward. */
const SCORE_PASSES = 2;

/** The dense GEMMs' shape in a step: the per-rank width h/t and the tokens of a micro-batch on a rank. */
function denseShape(l: Layout, w: Workload): { widthPerRank: number; tokens: number } {
  return { widthPerRank: w.model.hidden.value / l.tp, tokens: (l.microBatch * w.seqLen) / l.cp };
}

/**
 * The experts' grouped GEMMs' efficiency over the dense GEMMs' (the same function of shape, matmulEfficiency), and on Blackwell
 * their narrow experts' further share (groupedGemmWidthFactor).
 */
function expertEfficiencyRatio(l: Layout, w: Workload, c: Cluster, ex: NonNullable<ReturnType<typeof expertGemms>>): number {
  const p = gemmPrecision(w);
  return (
    (groupedGemmWidthFactor(c.accelerator, ex.widthPerRank) *
      matmulEfficiency(c.accelerator, p, { widthPerRank: ex.widthPerRank, tokens: ex.tokensPerExpert }, c.matmulEfficiency)) /
    matmulEfficiency(c.accelerator, p, denseShape(l, w), c.matmulEfficiency)
  );
}

function gemmPrecision(w: Workload): Precision {
  return w.precision === 'fp32' ? 'fp32' : w.precision === 'tf32' ? 'tf32' : w.precision;
}

export function stepModel(layout: Layout, workload: Workload, c: Cluster, convention: Convention = 'causal'): StepModel {
  const [l, w] = inSequences(layout, workload);
  const world = l.tp * l.pp * l.cp * l.dp;
  const tokens = tokensPerStep(w);
  const f = flopsPerToken(w, l.recompute, convention, l);
  const precision = gemmPrecision(w);
  const peak = peakFlops(c.accelerator, precision === 'fp32' ? 'tf32' : precision);
  const eff = matmulEfficiency(c.accelerator, precision, denseShape(l, w), c.matmulEfficiency);
  const achieved = peak * eff;
  const hardwarePerGpu = (f.hardware * tokens) / world;
  const mb = Math.max(1, microBatches(l, w));
  // Memory-bound kernels: traffic proportional to the activations a layer stores, over HBM bandwidth.
  const L = w.model.layers.value;
  const perStage = busiestStageLayers(L, l.pp, l.vpp, l.stages);
  // Stages of unequal depth: the pipeline runs at the pace of the busiest (analysis/stages.ts).
  const imbalance = stageImbalance(L, l.pp, l.vpp, l.stages);
  const passes = l.recompute === 'full' ? 4 / 3 : 1;
  const elementwiseSeconds =
    memoryBoundSeconds(c.accelerator, activationBytesPerLayer(w.model, { ...l, recompute: 'selective' }, w.seqLen) * perStage * mb * passes) * eagerTraffic(w) +
    (w.attentionScores ? (scoreTrafficBytes(w, l) * perStage * mb * passes) / (c.accelerator.hbmTBs * 1e12) : 0) +
    dequantSeconds(l, w, c, mb, perStage);
  // Attention's score/value GEMMs run at a lower efficiency set by the head dimension.
  // (torchtitan's op-level selective keeps SDPA's output; its per-layer selective recomputes every n-th layer's.)
  const sel = l.recompute === 'selective' ? w.selectiveRecompute : undefined;
  // A layer's forward work runs forward and backward (3 passes), and once more where the layout recomputes the whole layer:
  // full recompute (by Megatron's block method, its share of the layers), torchtitan's every n-th layer.
  const layerPasses =
    l.recompute === 'full'
      ? w.fullRecompute?.method === 'block'
        ? 3 + blockShare(w, w.fullRecompute.layers, l)
        : 4
      : typeof sel === 'object' && 'everyLayers' in sel
        ? 3 + 1 / sel.everyLayers
        : typeof sel === 'object' && 'saves' in sel
          ? 4 - savedMatmulShare(w.model, sel.saves)
          : 3;
  // Selective recompute redoes the attention core alone (Megatron's default, or a module list naming core_attn), unless it
  // is torchtitan's op-level policy, its every-n-th-layer one, or a module list without core_attn.
  const coreAttentionAgain =
    l.recompute === 'selective' &&
    !(sel === 'ops' && layerMatmuls(w.model)) &&
    !(typeof sel === 'object' && ('everyLayers' in sel || 'saves' in sel || !sel.modules.includes('core_attn')));
  const attnPasses = coreAttentionAgain ? 4 : layerPasses;
  const attentionPerGpu = (f.attentionForward * attnPasses * tokens) / world;
  const headDim = w.model.mla ? w.model.mla.qkNopeHeadDim.value + w.model.mla.qkRopeHeadDim.value : w.model.headDim.value;
  // Transformer Engine keeps dot-product attention in BF16 under FP8 and NVFP4 recipes (FP8 attention is a separate
  // opt-in, NVTE_FP8_DPA / --fp8-dot-product-attention): attention runs at the 16-bit rate, as does the output layer (headInBf16).
  const bf16Achieved =
    precision === 'fp8' || precision === 'fp4'
      ? peakFlops(c.accelerator, 'bf16') * matmulEfficiency(c.accelerator, 'bf16', denseShape(l, w), c.matmulEfficiency)
      : achieved;
  // An attention that writes its scores (Megatron's local one) runs its batched GEMMs by the head dimension alone; a flash kernel
  // by the accelerator's generation too (flashAttentionEfficiency).
  const attentionRelative = w.attentionScores ? attentionEfficiency(headDim) : flashAttentionEfficiency(c.accelerator, headDim);
  const attentionSeconds = attentionPerGpu / (bf16Achieved * attentionRelative * (w.attentionKernel ?? 1));
  // A state-space mixer's scan: Triton kernels at a small fraction of the 16-bit peak (SCAN_EFFICIENCY), whatever the GEMMs'
  // precision; recomputed with the whole layer (selective recompute of the attention core keeps it).
  const scanPerGpu = (ssmScanForward(w.model) * layerPasses * tokens) / world;
  const scanRate = peakFlops(c.accelerator, 'bf16') * SCAN_EFFICIENCY;
  const scanSeconds = scanPerGpu > 0 && scanRate > 0 ? scanPerGpu / scanRate : 0;
  const counted = convention === '6n' ? 0 : scanPerGpu;
  // The output layer's logits GEMM (forward, input gradient and, unless frozen, weight gradient) stays at the 16-bit rate under
  // FP8 and NVFP4 recipes unless the config moves it (Workload.fp8OutputProj).
  const headPerGpu = headInBf16(w)
    ? ((w.method.frozenBase ? 4 : 6) * analyzeParams(w.model).headMatmulPerToken * (w.method.headShare ?? 1) * tokens) / world
    : 0;
  // The routed experts' grouped GEMMs at the efficiency of their own shape (expertGemms): the layer's passes, less the weight
  // gradient of frozen experts, plus Megatron's selective recompute of the moe module.
  const ex = expertGemms(l, w);
  const expertPasses = layerPasses - (w.method.frozenBase ? 1 : 0) + (typeof sel === 'object' && 'modules' in sel && sel.modules.includes('moe') ? 1 : 0);
  const expertPerGpu = ex ? (ex.forwardPerToken * expertPasses * tokens) / world : 0;
  // (The step's FLOPs count each routed token once: what padding adds, or dropping saves, is the experts' own.)
  const expertNominalPerGpu = ex ? (ex.nominalPerToken * expertPasses * tokens) / world : 0;
  const expertAchieved = ex ? achieved * expertEfficiencyRatio(l, w, c, ex) : achieved;
  const gemmSeconds =
    (Math.max(0, hardwarePerGpu - attentionPerGpu - counted - headPerGpu - expertNominalPerGpu) / achieved +
      headPerGpu / bf16Achieved +
      (expertPerGpu > 0 ? expertPerGpu / expertAchieved : 0)) *
    imbalance;
  const computeSeconds = gemmSeconds + (attentionSeconds + scanSeconds) * imbalance + elementwiseSeconds;
  // Backward is 2 of the 3 (or 4 with full recompute: recompute + backward = 3 of 4) passes.
  const backwardShare = l.recompute === 'full' ? 3 / 4 : 2 / 3;
  const comm = communication(l, w, c, {
    step: computeSeconds,
    attention: attentionSeconds,
    gemm: gemmSeconds,
    backwardOfLastMicroBatch: w.overlapGradReduce ? (computeSeconds / mb) * backwardShare : 0,
    forwardOfFirstMicroBatch: w.overlapParamGather ? (computeSeconds / mb) * (1 - backwardShare) : 0,
  });
  const bubbleSeconds = l.pp > 1 ? ((l.pp - 1) / (l.vpp * mb)) * computeSeconds : 0;
  const exposedCommSeconds = comm.reduce((s, e) => s + e.exposedSeconds, 0);
  const offloadSeconds = hostOffload(l, w, c, mb, computeSeconds);
  const syncSeconds = hostSyncSeconds(l, w, mb, computeSeconds);
  const stepSeconds = computeSeconds + bubbleSeconds + exposedCommSeconds + offloadSeconds + syncSeconds;
  const link = comm.reduce((s, e) => s + e.linkSeconds, 0);
  const ratioPerDimension: Record<string, number> = {};
  for (const e of comm) if (e.linkSeconds > 0) ratioPerDimension[e.dimension] = computeSeconds / e.linkSeconds;
  const modelFlops = f.model * tokens;
  const hardwareFlops = f.hardware * tokens;
  return {
    comm,
    ratio: link > 0 ? computeSeconds / link : null,
    ratioPerDimension,
    mechanisms: mechanisms(l, w, imbalance, c),
    throughput: {
      stepSeconds,
      computeSeconds,
      bubbleSeconds,
      exposedCommSeconds,
      modelTflopsPerGpu: modelFlops / (stepSeconds * world) / 1e12,
      hardwareTflopsPerGpu: hardwareFlops / (stepSeconds * world) / 1e12,
      tokensPerSecondPerGpu: tokens / (stepSeconds * world),
      mfu: modelFlops / (stepSeconds * world * peak),
      hfu: hardwareFlops / (stepSeconds * world * peak),
      efficiency: eff,
      elementwiseSeconds,
      ...(offloadSeconds > 0 ? { offloadSeconds } : {}),
      ...(syncSeconds > 0 ? { hostSyncSeconds: syncSeconds } : {}),
      ...(scanSeconds > 0 ? { scanSeconds: scanSeconds * imbalance } : {}),
      recomputeSeconds: f.hardware > 0 ? (computeSeconds * (f.hardware - f.model)) / f.hardware : 0,
      convention,
    },
  };
}

export interface RunCost {
  /** Steps to train, from iterations, tokens or epochs. */
  readonly steps?: number;
  /** Tokens trained on (trainingTokens). */
  readonly tokens?: number;
  readonly seconds?: number;
  readonly gpuHours?: number;
  readonly energyKwh?: number;
  readonly cost?: number;
  /** A hyperparameter search's trials, and the GPU-hours of all of them (each trial the run above). */
  readonly trials?: number;
  readonly sweepGpuHours?: number;
}

export function runCost(step: Throughput, l: Layout, w: Workload, c: Cluster): RunCost {
  const world = l.tp * l.pp * l.cp * l.dp;
  const steps = w.trainIters ?? (w.trainTokens ? Math.ceil(w.trainTokens / tokensPerStep(w)) : undefined);
  if (steps === undefined) return {};
  const tokens = trainingTokens(w);
  const seconds = steps * step.stepSeconds;
  const gpuHours = (seconds * world) / 3600;
  const power = c.accelerator.powerW;
  return {
    steps,
    tokens,
    seconds,
    gpuHours,
    energyKwh: power ? (gpuHours * power * c.pue) / 1000 : undefined,
    cost: c.pricePerGpuHour !== undefined ? gpuHours * c.pricePerGpuHour : undefined,
    ...(w.sweepTrials !== undefined ? { trials: w.sweepTrials, sweepGpuHours: gpuHours * w.sweepTrials } : {}),
  };
}
