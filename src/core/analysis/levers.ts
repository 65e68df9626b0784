/**
 * Levers: one change to a setup at a time, each re-run through the same analysis on the same cluster, and what it does to
 * FLOPs per step, communication, the compute/communication ratio, memory per GPU, MFU, the absorption limit and the time to
 * train (MFU against the BF16 peak in every row). The first row is the setup as written. Precision: the GEMMs' rate, the bytes on the wire and in memory. Optimizer:
 * its state (analysis/memory.ts), its matrix work per step (analysis/optimizers.ts), run on the GPUs at the step's
 * achieved GEMM rate, spread over every GPU, and for whole-matrix optimizers under a sharded state the gradient gathers
 * (analysis/comm.ts). Global batch ×2 and ÷2, sequence ×2, and twice the tokens (epochs ×2). Every
 * row keeps the layout and trains on the same tokens (the iterations a file states, as tokens) but the last.
 */
import { trainingOnTokens, type Spec } from '../spec';
import { overridden } from '../types';
import { analyze, type Analysis, type AnalysisOptions, type ModelledSpec } from './index';
import { optimizerCost } from './optimizers';
import { tokensPerStep, trainingTokens } from './parallel';
import { peakFlops } from '../hardware/efficiency';

export interface Lever {
  readonly id: string;
  readonly flopsPerStep: number;
  readonly commBytesPerStep: number;
  readonly ratio: number | null;
  readonly memoryPerGpuBytes: number;
  readonly fits: boolean;
  readonly mfu: number | null;
  readonly absorptionGpus: number | null;
  readonly timeToTrainSeconds: number | null;
}

/** A change; `search`: it changes the architecture, so the layout is searched again (the old one may not divide it). */
type Change = { readonly id: string; readonly apply: (s: ModelledSpec) => ModelledSpec | undefined; readonly optimizer?: string; readonly search?: boolean };

const o = <T>(value: T) => overridden(value, { id: 'prov.lever', args: {} });

function training(s: ModelledSpec, t: Partial<Spec['training']>): ModelledSpec {
  return { ...s, training: { ...s.training, ...t } };
}

/**
 * The setup as its analysis ran it, pinned: the layout (degrees, micro-batch, recompute, sharding), the global batch and the
 * training length, so that a lever changes one thing and not, through a new layout search, everything else.
 */
function pinned(spec: ModelledSpec, base: Analysis): ModelledSpec {
  const l = base.cluster.plan.layout;
  const w = base.cluster.plan.workload;
  return {
    ...spec,
    parallel: { ...spec.parallel, tp: o(l.tp), pp: o(l.pp), vpp: o(l.vpp), cp: o(l.cp), ep: o(l.ep), dp: o(l.dp), sp: o(l.sp) },
    training: {
      ...spec.training,
      microBatch: o(l.microBatch),
      recompute: o(l.recompute),
      zeroStage: o(l.zero),
      distributedOptimizer: o(l.distributedOptimizer),
      globalBatch: o(w.globalBatch),
      seqLen: o(w.seqLen),
    },
  };
}

/** The run as a number of tokens (iterations × tokens per step), so that every lever trains on the same tokens. */
function sameTokens(s: ModelledSpec, base: Analysis): ModelledSpec {
  const tokens = trainingTokens(base.cluster.plan.workload);
  if (tokens === undefined) return s;
  return trainingOnTokens(s, o(tokens));
}

/**
 * The changes a setup is offered (those that change nothing are left out). A fine-tune (pretrained weights, an adapter or
 * frozen layers) is offered no architecture change: its model is the published one.
 */
function changes(base: Analysis, spec: ModelledSpec): Change[] {
  const w = base.cluster.plan.workload;
  const l = base.cluster.plan.layout;
  const out: Change[] = [];
  // NVFP4 only where the accelerator has an FP4 rate (Blackwell).
  const peaks = base.cluster.cluster.accelerator.peakTflops;
  for (const p of ['fp32', 'bf16', 'fp8', 'fp4'] as const)
    if (p !== w.precision && peaks[p] !== undefined) out.push({ id: `precision-${p}`, apply: (s) => training(s, { precision: o(p) }) });
  // Adam and AdamW keep the same state and do the same work.
  const current = w.optimizer === 'adam' ? 'adamw' : w.optimizer;
  for (const opt of ['adamw', 'adafactor', 'lion', 'muon', 'shampoo', 'soap'] as const)
    if (opt !== current) out.push({ id: `optimizer-${opt}`, optimizer: opt, apply: (s) => training(s, { optimizer: o(opt) }) });
  const gb = w.globalBatch;
  out.push({ id: 'batch-x2', apply: (s) => training(s, { globalBatch: o(gb * 2) }) });
  // Half the batch keeps whole micro-batches on every data-parallel rank.
  if (gb % (2 * l.microBatch * l.dp) === 0) out.push({ id: 'batch-half', apply: (s) => training(s, { globalBatch: o(gb / 2) }) });
  out.push({ id: 'seq-x2', apply: (s) => training(s, { seqLen: o(w.seqLen * 2) }) });
  // Architecture at about equal parameters (they grow as L·h²): twice as wide and a quarter as deep, or twice as deep and
  // 1/√2 as wide (widths rounded to whole heads of the same size, keys and values scaled with them).
  const m = base.cluster.plan.workload.model;
  const d = m.headDim.value;
  const reshape = (s: ModelledSpec, layers: number, widen: number): ModelledSpec => {
    const heads = Math.max(1, Math.round((m.heads.value * widen) / 1) || 1);
    const kv = Math.max(1, Math.min(heads, Math.round(m.kvHeads.value * widen)));
    const ffn = Math.max(d, Math.round((m.ffnWidth.value * widen) / d) * d);
    return { ...s, model: { ...s.model, layers: o(layers), heads: o(heads), kvHeads: o(heads % kv === 0 ? kv : 1), hidden: o(heads * d), ffnWidth: o(ffn) } };
  };
  const finetune = Boolean(spec.training.finetune?.value || spec.training.adapter || spec.training.freeze);
  if (!finetune && !m.mla && !m.encoderDecoder && !m.vision && m.hidden.value === m.heads.value * d) {
    if (m.layers.value >= 4) out.push({ id: 'wider', search: true, apply: (s) => reshape(s, Math.round(m.layers.value / 4), 2) });
    out.push({ id: 'deeper', search: true, apply: (s) => reshape(s, m.layers.value * 2, Math.SQRT1_2) });
  }
  // Twice the experts at the same top-k and width: the same active parameters, twice the expert parameters.
  if (m.moe && !finetune) {
    const moe = m.moe;
    out.push({ id: 'experts-x2', search: true, apply: (s) => ({ ...s, model: { ...s.model, moe: { ...moe, experts: o(moe.experts.value * 2) } } }) });
  }
  const tokens = trainingTokens(w);
  if (tokens !== undefined) out.push({ id: 'tokens-x2', apply: (s) => training(s, { trainTokens: o(tokens * 2) }) });
  return out;
}

function row(id: string, a: Analysis, spec: ModelledSpec, optimizer?: string): Lever {
  const c = a.cluster;
  const step = c.step;
  const w = c.plan.workload;
  const model = a.flops.perToken.training.value * tokensPerStep(w);
  const extra = optimizer ? optimizerCost(spec.model, optimizer).flopsPerStep : 0;
  const world = c.plan.layout.tp * c.plan.layout.pp * c.plan.layout.cp * c.plan.layout.dp;
  // MFU against the accelerator's BF16 peak in every row, so that a precision's rows compare on one scale.
  const bf16 = peakFlops(c.cluster.accelerator, 'bf16');
  let mfu = step && bf16 > 0 ? (step.throughput.modelTflopsPerGpu * 1e12) / bf16 : null;
  let time = c.run?.seconds ?? null;
  if (step && extra > 0) {
    // The optimizer's matrices run at the step's achieved GEMM rate, their work spread over every GPU.
    const t = step.throughput;
    const rate = t.computeSeconds > 0 ? (t.hardwareTflopsPerGpu * 1e12 * t.stepSeconds) / t.computeSeconds : 0;
    const seconds = rate > 0 ? extra / world / rate : 0;
    const scale = t.stepSeconds / (t.stepSeconds + seconds);
    mfu = mfu === null ? null : mfu * scale;
    if (time !== null) time = time / scale;
  }
  return {
    id,
    flopsPerStep: model + extra,
    commBytesPerStep: step ? step.comm.reduce((s, e) => s + e.bytesPerGpu, 0) : 0,
    ratio: step?.ratio ?? null,
    memoryPerGpuBytes: c.memory.total,
    fits: c.memory.fits,
    mfu,
    // The global batch as written (strong scaling): how far data parallelism and communication let it grow.
    absorptionGpus: c.absorption?.strong.maxGpus ?? null,
    timeToTrainSeconds: time,
  };
}

/** The setup with a change applied, as its row analyzes it (an architecture change keeps the batch, the sequence and the tokens, and searches its own layout). */
function applied(spec: ModelledSpec, base: Analysis, ch: Change): { spec: ModelledSpec; search: boolean; optimizer?: string } | undefined {
  const w = base.cluster.plan.workload;
  const from = ch.search ? sameTokens(training(spec, { globalBatch: o(w.globalBatch), seqLen: o(w.seqLen) }), base) : sameTokens(pinned(spec, base), base);
  const changed = ch.apply(from);
  return changed ? { spec: changed, search: ch.search === true, ...(ch.optimizer ? { optimizer: ch.optimizer } : {}) } : undefined;
}

/** The setup with one lever's change applied, as its row analyzes it; undefined for an id the setup is not offered. */
export function leverChange(spec: ModelledSpec, base: Analysis, id: string): { spec: ModelledSpec; search: boolean; optimizer?: string } | undefined {
  const ch = changes(base, spec).find((c) => c.id === id);
  return ch ? applied(spec, base, ch) : undefined;
}

/** The levers of a setup on its cluster: the setup as written first, then each change. */
export function levers(spec: ModelledSpec, base: Analysis, options: AnalysisOptions): Lever[] {
  const cluster = base.cluster.cluster;
  const out: Lever[] = [row('as-written', base, spec, base.cluster.plan.workload.optimizer)];
  for (const ch of changes(base, spec)) {
    const changed = applied(spec, base, ch);
    if (!changed) continue;
    out.push(row(ch.id, analyze(changed.spec, { ...options, cluster, searchLayout: changed.search }), changed.spec, changed.optimizer));
  }
  return out;
}
