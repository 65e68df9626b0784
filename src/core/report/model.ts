/**
 * The report model every renderer reads: plain data with positions as lines and columns and messages
 * already rendered in the chosen language. The JSON format prints it as it is (a versioned contract).
 */
import type { FileAnalysis } from './input';
import { mapSourced, restsOnFile, type Finding, type Provenance } from '../types';
import { render, t, type Locale } from '../messages';
import { LineIndex } from '../lines';
import { paramCount } from '../format';
import type { Convention } from '../analysis';
import type { ParamsAnalysis } from '../analysis/params';
import type { MethodAnalysis } from '../analysis/method';
import type { FlopsAnalysis } from '../analysis/flops';
import type { ClusterAnalysis } from '../analysis/cluster';
import { clusterSummary, layoutDegrees, layoutText, type ClusterSummary, type LayoutDegrees } from './layout';
import { CONVENTIONS } from '../analysis';

export const REPORT_VERSION = 1;

export type ProvenanceJson =
  | { kind: 'fact'; file: string; key: string; line: number; column: number }
  | { kind: 'assumed' | 'override'; reason: string }
  | { kind: 'derived'; reason: string; from: ProvenanceJson[] };

export interface SourcedJson {
  value: unknown;
  source: ProvenanceJson;
}

export interface FindingJson {
  ruleId: string;
  severity: Finding['severity'];
  /** The message table's id (stable across languages). */
  messageId: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

export interface FlopsTripleJson {
  forward: number;
  training: number;
  hardware: number;
}

export interface FileReportJson {
  path: string;
  /** Every file of the setup (a model config and its training files), the main one first. */
  files: string[];
  family: string | null;
  analyzed: boolean;
  architecture?: string;
  spec?: unknown;
  params?: {
    total: number;
    active: number;
    embedding: number;
    outputHead: number;
    positions: number;
    layers: {
      kind: string;
      mixer: string;
      /** A hybrid's state-space mixer (mamba, mamba2, deltanet, shortconv), on its layers that have one. */
      ssm?: string;
      /** DeepSeek-V4's layers by attention and routing (swa, csa, hca, swaHash, csaHash, hcaHash). */
      variant?: string;
      ffn: boolean;
      count: number;
      each: number;
      activeEach: number;
      attention: number;
      mlp: number;
      norms: number;
    }[];
    other: number;
    mtp: number;
    /** The vision encoder and its projector (vision-language models; 0 otherwise), part of total. */
    vision: number;
    /** Gemma 4's audio encoder and its embedder (0 otherwise), part of total. */
    audio: number;
    /** An encoder's token-type embeddings and task head (0 for decoders), part of total. */
    encoderHead: number;
    formulas: { total: string; active: string };
    /** Parameters trained (exact): all of them in a full run, the adapter's (and saved modules') in an adapter fine-tune. */
    trainable: number;
    /** The training method: full, lora or dora. */
    method: string;
    /** The adapter's parameters (0 in a full run); PEFT's "all params" is total + adapter. */
    adapter: number;
  };
  flops?: {
    convention: Convention;
    seqLen: number;
    /** A text encoder-decoder's target length where stated apart from the source's (FLOPs per source token). */
    target?: number;
    perToken: FlopsTripleJson;
    perSequence: FlopsTripleJson;
    attentionShare: number;
    byConvention: Record<Convention, FlopsTripleJson>;
    formulas: { forward: string; training: string; hardware: string };
  };
  cluster?: ClusterJson;
  parallel?: ParallelJson;
  memory?: MemoryJson;
  comm?: CommJson;
  throughput?: ThroughputJson;
  run?: RunJson;
  scaling?: ScalingJson;
  absorption?: AbsorptionJson;
  assumptions: { field: string; value: unknown; reason: string }[];
  findings: FindingJson[];
}

/** How large a cluster the setup absorbs (analysis/absorption.ts): per scaling mode, the size and what runs out first. */
export interface AbsorptionJson {
  weak: { maxGpus: number; limitedBy: string };
  strong: { maxGpus: number; limitedBy: string };
  /** Seconds to spend the budget at the strong-scaling limit; null without a budget (the files state no length). */
  fastestSeconds: number | null;
  budgetFlops: number | null;
  criticalBatchTokens: number | null;
}

export interface ClusterJson extends ClusterSummary {
  source: ProvenanceJson;
}

export interface ParallelJson {
  degrees: LayoutDegrees;
  /** Where each degree came from (a file, or the default that was assumed). */
  sources: Record<string, ProvenanceJson>;
  /** files: the layout the files ask for (with their trainer's defaults); search: the files state none, the fastest that fits. */
  chosenBy: 'files' | 'search';
  valid: { dimension: string; degree: number; valid: number[]; maxUseful: number; limit: string }[];
  /** How many GPUs one step of this config can keep busy. */
  ceiling: number;
  /** Constraints the layout breaks: it cannot run. */
  rules: { dimension: string; severity: string; message: string }[];
}

export interface MemoryJson {
  perGpuBytes: number;
  capacityBytes: number;
  fits: boolean;
  breakdown: { weights: number; gradients: number; optimizer: number; activations: number; logits: number; gathered: number; reserve: number };
  /** Optimizer state in unified memory (paged optimizers), outside the total; the peak while a consolidated checkpoint loads into FSDP. */
  pagedOptimizerBytes: number;
  loadPeakBytes: number;
  paramsPerGpu: number;
  /** A setup that states no layout and fits on no layout of this cluster: the fewest GPUs that fit one (null: none up to the search's limit). */
  needsGpus?: number | null;
}

export interface CommJson {
  /** Compute seconds / communication link seconds per step (hidden or not); null when nothing is communicated. */
  ratio: number | null;
  exposedSeconds: number;
  linkSeconds: number;
  perDimension: {
    dimension: string;
    degree: number;
    collective: string;
    count: number;
    bytesPerGpu: number;
    tier: string;
    linkSeconds: number;
    exposedSeconds: number;
    ratio: number | null;
  }[];
}

export interface ThroughputJson {
  convention: Convention;
  stepSeconds: number;
  computeSeconds: number;
  bubbleSeconds: number;
  exposedCommSeconds: number;
  /** The part of computeSeconds spent recomputing activations. */
  recomputeSeconds: number;
  /** What offloading to the host adds (the optimizer step there, the copies compute does not cover); 0 without offload. */
  offloadSeconds: number;
  /** The part of computeSeconds in a state-space mixer's scan kernels; 0 without one. */
  scanSeconds: number;
  /** What the GPU waits while the host launches after each MoE layer's synchronizations (analysis/time.ts hostSyncSeconds); 0 without. */
  hostSyncSeconds: number;
  modelTflopsPerGpu: number;
  hardwareTflopsPerGpu: number;
  tokensPerSecondPerGpu: number;
  mfu: number;
  hfu: number;
  matmulEfficiency: number;
  /** The mechanisms the step time applies (overlaps, precision, pipeline), each stated. */
  assumptions: string[];
}

export interface RunJson {
  steps: number | null;
  /** Tokens the run trains on (stated, or steps × global batch × sequence length). */
  tokens: number | null;
  seconds: number | null;
  days: number | null;
  gpuHours: number | null;
  energyKwh: number | null;
  cost: number | null;
  /** A hyperparameter search (a W&B sweep beside the config): its trials and their GPU-hours together. */
  trials?: number;
  sweepGpuHours?: number | null;
}

export interface ScalingJson {
  weak: { gpus: number; globalBatch: number; ratio: number | null; mfu: number; stepSeconds: number }[];
  strong: { gpus: number; globalBatch: number; ratio: number | null; mfu: number; stepSeconds: number }[];
  commDominatesAt: number | null;
  /** The same at the config's global batch (strong scaling); null: the ratio stays at or above 1 until the batch runs out. */
  commDominatesAtFixedBatch: number | null;
  runsOutAt: number;
}

export interface ReportJson {
  version: typeof REPORT_VERSION;
  tool: 'compute-budget';
  convention: Convention;
  files: FileReportJson[];
}

export function buildReport(files: readonly FileAnalysis[], convention: Convention, locale: Locale = 'en'): ReportJson {
  const indexes = new Map<string, LineIndex>();
  // Every file of each setup: a finding or a fact may sit in a file the main one references (a DeepSpeed JSON, a model config).
  for (const f of files) for (const x of [f, ...f.files]) if (!indexes.has(x.path)) indexes.set(x.path, new LineIndex(x.text));
  const pos = (file: string, offset: number) => indexes.get(file)?.position(offset) ?? { line: 1, column: 1 };

  const provenance = (p: Provenance): ProvenanceJson => {
    switch (p.kind) {
      case 'fact': {
        const { line, column } = pos(p.file, p.range.start);
        return { kind: 'fact', file: p.file, key: p.path.map(String).join('.'), line, column };
      }
      case 'assumed':
      case 'override':
        return { kind: p.kind, reason: render(p.reason, locale) };
      case 'derived':
        return { kind: 'derived', reason: render(p.reason, locale), from: p.from.map(provenance) };
    }
  };

  const findingJson = (f: Finding): FindingJson => {
    const r = f.ranges[0];
    const base: FindingJson = { ruleId: f.ruleId, severity: f.severity, messageId: f.message.id, message: render(f.message, locale) };
    if (!r) return base;
    const start = pos(r.file, r.range.start);
    const end = pos(r.file, r.range.end);
    return { ...base, file: r.file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  };

  return {
    version: REPORT_VERSION,
    tool: 'compute-budget',
    convention,
    files: files.map((f) => {
      const assumptions: FileReportJson['assumptions'] = [];
      const spec = f.spec
        ? mapSourced(f.spec, [], (s, path) => {
            // (And a trainer's default setting no file states, prov.classDefault with nothing read beneath it: not read from a file
            // either. A model class's defaults are its architecture's, not listed.)
            if (
              s.source.kind === 'assumed' ||
              (s.source.kind === 'derived' && s.source.reason.id === 'prov.classDefault' && path[0] !== 'model' && !restsOnFile(s.source))
            )
              assumptions.push({ field: path.join('.'), value: s.value, reason: render(s.source.reason, locale) });
            return { value: s.value, source: provenance(s.source) };
          })
        : undefined;
      if (f.analysis) assumptions.push(...layoutAssumptions(f.analysis.cluster, assumptions, locale));
      return {
        path: f.path,
        files: f.files.map((x) => x.path),
        family: f.family ?? null,
        analyzed: f.analysis !== undefined,
        ...(f.spec?.model ? { architecture: f.spec.model.architecture.value } : {}),
        ...(f.analysis
          ? {
              params: paramsJson(f.analysis.params, f.analysis.method, f.spec?.model?.hybrid?.ssm?.kind.value),
              flops: flopsJson(f.analysis.flops),
              ...clusterJson(f.analysis.cluster, provenance, locale),
            }
          : {}),
        ...(spec ? { spec } : {}),
        assumptions,
        findings: f.findings.map(findingJson),
      };
    }),
  };
}

const PARALLEL_KEYS = new Set(['tp', 'pp', 'vpp', 'dp', 'cp', 'ep', 'etp', 'sp']);

/**
 * What the cluster model assumed beyond the spec: the cluster and its size, the layout the search
 * chose (one line), and each default of the trainer that no file overrides.
 */
function layoutAssumptions(a: ClusterAnalysis, known: readonly { field: string }[], locale: Locale): FileReportJson['assumptions'] {
  const out: FileReportJson['assumptions'] = [];
  const c = a.cluster;
  // An accelerator the config names but assumed (parallel.accelerator, listed already) is not said twice.
  if (c.origin.source.kind === 'assumed' && !known.some((k) => k.field === 'parallel.accelerator'))
    out.push({ field: 'cluster.accelerator', value: c.accelerator.id, reason: render(c.origin.source.reason, locale) });
  // The default cluster's reason names its size; a size grown until a layout fits says so.
  if (c.nodes.source.kind === 'assumed' && c.nodes.source.reason.id === 'prov.smallestFitting')
    out.push({ field: 'cluster.gpus', value: c.gpusPerNode.value * c.nodes.value, reason: render(c.nodes.source.reason, locale) });
  const tp = a.plan.sources['tp']?.source;
  const searched = tp?.kind === 'assumed' && tp.reason.id === 'prov.searchedLayout' ? tp : undefined;
  if (searched) {
    out.push({ field: 'parallel.layout', value: layoutText(layoutDegrees(a.plan.layout, a.plan.workload)), reason: render(searched.reason, locale) });
  }
  for (const [key, v] of Object.entries(a.plan.sources)) {
    const field = `${PARALLEL_KEYS.has(key) ? 'parallel' : 'training'}.${key}`;
    if (v.source.kind !== 'assumed' || known.some((x) => x.field === field)) continue;
    if (searched && v.source.reason.id === searched.reason.id) continue;
    out.push({ field, value: v.value, reason: render(v.source.reason, locale) });
  }
  return out;
}

function clusterJson(
  a: ClusterAnalysis,
  provenance: (p: Provenance) => ProvenanceJson,
  locale: Locale,
): Pick<FileReportJson, 'cluster' | 'parallel' | 'memory' | 'comm' | 'throughput' | 'run' | 'scaling' | 'absorption'> {
  const l = a.plan.layout;
  const w = a.plan.workload;
  const c = a.cluster;
  const nul = (x: number | undefined) => (x === undefined ? null : x);
  const out: Pick<FileReportJson, 'cluster' | 'parallel' | 'memory' | 'comm' | 'throughput' | 'run' | 'scaling'> = {
    cluster: { ...clusterSummary(c), source: provenance(c.origin.source) },
    parallel: {
      degrees: layoutDegrees(l, w),
      sources: Object.fromEntries(Object.entries(a.plan.sources).map(([k, v]) => [k, provenance(v.source)])),
      chosenBy: a.chosenBy,
      valid: a.ranges.map((r) => ({ dimension: r.dimension, degree: r.degree, valid: [...r.valid], maxUseful: r.maxUseful, limit: render(r.limit, locale) })),
      ceiling: a.ceiling,
      rules: a.violations.map((r) => ({ dimension: r.dimension, severity: 'error', message: render(r.message, locale) })),
    },
    memory: {
      perGpuBytes: a.memory.total,
      capacityBytes: a.memory.capacity,
      fits: a.memory.fits,
      breakdown: {
        weights: a.memory.weights,
        gradients: a.memory.gradients,
        optimizer: a.memory.optimizer,
        activations: a.memory.activations,
        logits: a.memory.logits,
        gathered: a.memory.gathered,
        reserve: a.memory.reserve,
      },
      pagedOptimizerBytes: a.memory.pagedOptimizer,
      loadPeakBytes: a.memory.loadPeak,
      paramsPerGpu: a.memory.paramsPerGpu,
      ...(a.needsGpus !== undefined ? { needsGpus: a.needsGpus } : {}),
    },
  };
  // A layout that cannot run has no step time, MFU, communication time or run cost.
  if (!a.step || !a.run || !a.scaling) return out;
  const t = a.step.throughput;
  const step = a.step;
  return {
    ...out,
    comm: {
      ratio: step.ratio,
      exposedSeconds: t.exposedCommSeconds,
      linkSeconds: step.comm.reduce((s, e) => s + e.linkSeconds, 0),
      perDimension: step.comm.map((e) => ({
        dimension: e.dimension,
        degree: e.degree,
        collective: e.collective,
        count: e.count,
        bytesPerGpu: e.bytesPerGpu,
        tier: e.tier,
        linkSeconds: e.linkSeconds,
        exposedSeconds: e.exposedSeconds,
        ratio: step.ratioPerDimension[e.dimension] ?? null,
      })),
    },
    throughput: {
      convention: t.convention,
      stepSeconds: t.stepSeconds,
      computeSeconds: t.computeSeconds,
      bubbleSeconds: t.bubbleSeconds,
      exposedCommSeconds: t.exposedCommSeconds,
      recomputeSeconds: t.recomputeSeconds,
      offloadSeconds: t.offloadSeconds ?? 0,
      scanSeconds: t.scanSeconds ?? 0,
      hostSyncSeconds: t.hostSyncSeconds ?? 0,
      modelTflopsPerGpu: t.modelTflopsPerGpu,
      hardwareTflopsPerGpu: t.hardwareTflopsPerGpu,
      tokensPerSecondPerGpu: t.tokensPerSecondPerGpu,
      mfu: t.mfu,
      hfu: t.hfu,
      matmulEfficiency: t.efficiency,
      assumptions: step.mechanisms.map((m) => render(m, locale)),
    },
    run: {
      steps: nul(a.run.steps),
      tokens: nul(a.run.tokens),
      seconds: nul(a.run.seconds),
      days: a.run.seconds === undefined ? null : a.run.seconds / 86400,
      gpuHours: nul(a.run.gpuHours),
      ...(a.run.trials !== undefined ? { trials: a.run.trials, sweepGpuHours: nul(a.run.sweepGpuHours) } : {}),
      energyKwh: nul(a.run.energyKwh),
      cost: nul(a.run.cost),
    },
    scaling: {
      weak: a.scaling.weak.map((p) => ({ ...p })),
      strong: a.scaling.strong.map((p) => ({ ...p })),
      commDominatesAt: a.scaling.commDominatesAt,
      commDominatesAtFixedBatch: a.scaling.commDominatesAtFixedBatch,
      runsOutAt: a.scaling.runsOutAt,
    },
    ...(a.absorption
      ? {
          absorption: {
            weak: { ...a.absorption.weak },
            strong: { ...a.absorption.strong },
            fastestSeconds: a.absorption.fastestSeconds,
            budgetFlops: a.absorption.budgetFlops,
            criticalBatchTokens: a.absorption.criticalBatchTokens,
          },
        }
      : {}),
  };
}

function paramsJson(p: ParamsAnalysis, method: MethodAnalysis, ssm: string | undefined): NonNullable<FileReportJson['params']> {
  return {
    total: p.total.value,
    active: p.active.value,
    trainable: method.trainable.value,
    method: method.kind,
    adapter: method.adapter.value,
    embedding: p.embedding.value,
    outputHead: p.outputHead.value,
    positions: p.positions.value,
    layers: p.layerGroups.map((g) => ({
      kind: g.kind,
      mixer: g.mixer,
      ...((g.mixer === 'ssm' || g.mixer === 'parallel') && ssm ? { ssm } : {}),
      ...(g.variant ? { variant: g.variant } : {}),
      ffn: g.ffn,
      count: g.count,
      each: g.each,
      activeEach: g.activeEach,
      attention: g.attention.params,
      mlp: g.mlp.params,
      norms: g.norms,
    })),
    other: p.other,
    mtp: p.mtp.value,
    vision: p.vision.value,
    audio: p.audio.value,
    encoderHead: p.encoderHead.value,
    formulas: { total: p.total.formula, active: p.active.formula },
  };
}

function flopsJson(fl: FlopsAnalysis): NonNullable<FileReportJson['flops']> {
  return {
    convention: fl.convention,
    seqLen: fl.seqLen.value,
    ...(fl.target ? { target: fl.target.value } : {}),
    perToken: { forward: fl.perToken.forward.value, training: fl.perToken.training.value, hardware: fl.perToken.hardware.value },
    perSequence: { ...fl.perSequence },
    attentionShare: fl.attentionShare,
    byConvention: Object.fromEntries(CONVENTIONS.map((c) => [c, { ...fl.byConvention[c] }])) as Record<Convention, FlopsTripleJson>,
    formulas: { forward: fl.perToken.forward.formula, training: fl.perToken.training.formula, hardware: fl.perToken.hardware.formula },
  };
}

/** The message key that names a layer group: its kind for a transformer's layers, else what a hybrid layer holds. */
export function layerLabel(g: { kind: string; mixer: string; ffn: boolean; variant?: string }): 'report.layers.dense' {
  // DeepSeek-V4's layers by their attention and routing (every key in the message table).
  if (g.variant) return `report.layers.${g.variant}` as 'report.layers.dense';
  const moe = g.kind === 'moe';
  const key =
    g.mixer === 'attention'
      ? g.ffn
        ? `report.layers.${g.kind}`
        : 'report.layers.attention'
      : g.mixer === 'ssm'
        ? !g.ffn
          ? 'report.layers.ssm'
          : moe
            ? 'report.layers.ssmMoe'
            : 'report.layers.ssmDense'
        : g.mixer === 'parallel'
          ? moe
            ? 'report.layers.parallelMoe'
            : 'report.layers.parallel'
          : g.mixer === 'cross'
            ? moe
              ? 'report.layers.crossMoe'
              : 'report.layers.cross'
            : g.mixer === 'gmu'
              ? 'report.layers.gmu'
              : moe
                ? 'report.layers.moeOnly'
                : 'report.layers.mlp';
  // Every key above is in the message table (the layer-label test renders each).
  return key as 'report.layers.dense';
}

/** A layer group's line: how many, what each holds (a hybrid's mixer by name) and its parameters each. */
export function layerText(
  g: { kind: string; mixer: string; ssm?: string; variant?: string; ffn: boolean; count: number; each: number },
  locale: Locale,
): string {
  const mixer = t(`report.mixer.${(g.ssm ?? 'mamba') as 'mamba'}`, {}, locale);
  return t(layerLabel(g), { count: g.count, each: paramCount(g.each), mixer }, locale);
}

export function familyLabel(family: string | null, locale: Locale): string {
  if (family === 'hf') return t('report.family.hf', {}, locale);
  if (family === 'deepseek') return t('report.family.deepseek', {}, locale);
  if (family === 'mistral') return t('report.family.mistral', {}, locale);
  return family ?? '?';
}
