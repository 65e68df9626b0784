/**
 * The cluster breakdown panel's model: every number the panel draws, computed here (the webview
 * only renders), from the same analysis as the report, so the two cannot disagree. What-if
 * overrides (cluster, degrees, micro-batch, recompute, precision) re-run the cluster model on a
 * copy of the setup.
 */
import type { FileAnalysis } from '../pipeline';
import type { LayoutTarget } from '../edits';
import type { Spec } from '../spec';
import type { Sourced } from '../types';
import { analyzeCluster, type ClusterAnalysis } from '../analysis/cluster';
import { flopsPerToken } from '../analysis/time';
import { searchLayouts } from '../analysis/search';
import { clusterFromFile, type Cluster } from '../hardware/cluster';
import { ACCELERATORS } from '../hardware/presets';
import type { Convention } from '../analysis/flops';
import { t, type Locale } from '../messages';

/** The layout fields are the ones a layout can be written back with; the cluster and precision are what-if only. */
export interface WhatIf extends LayoutTarget {
  accelerator?: string;
  gpusPerNode?: number;
  nodes?: number;
  scaleUpGBs?: number;
  scaleOutGbps?: number;
  precision?: 'bf16' | 'fp16' | 'fp8' | 'fp32';
}

export interface Segment {
  readonly key: string;
  readonly label: string;
  readonly seconds: number;
  /** Communication hidden behind compute (drawn hatched), as opposed to exposed on the critical path. */
  readonly hidden: boolean;
}

export interface PanelModel {
  readonly file: string;
  readonly family: string;
  readonly architecture: string;
  readonly convention: Convention;
  readonly cluster: { accelerator: string; name: string; gpus: number; gpusPerNode: number; nodes: number; scaleUpGBs: number; scaleOutGbps: number; assumed: boolean };
  readonly layout: { tp: number; pp: number; vpp: number; dp: number; cp: number; ep: number; microBatch: number; microBatches: number; globalBatch: number; recompute: string; precision: string };
  readonly ratio: number | null;
  readonly mfu: number;
  readonly hfu: number;
  readonly stepSeconds: number;
  readonly tokensPerSecondPerGpu: number;
  readonly step: readonly Segment[];
  readonly dimensions: readonly { dimension: string; degree: number; valid: number[]; maxUseful: number; collective: string; bytesPerGpu: number; tier: string; linkSeconds: number; exposedSeconds: number }[];
  readonly scaling: ClusterAnalysis['scaling'];
  readonly ceiling: number;
  readonly memory: { readonly segments: readonly { key: string; label: string; bytes: number }[]; readonly capacity: number; readonly total: number; readonly fits: boolean };
  readonly layouts: readonly { tp: number; pp: number; vpp: number; dp: number; cp: number; ep: number; microBatch: number; recompute: string; stepSeconds: number; mfu: number; ratio: number | null; memoryBytes: number }[];
  readonly rules: readonly { severity: string; message: string }[];
  readonly presets: readonly { id: string; name: string }[];
  readonly labels: Readonly<Record<string, string>>;
}

/** Applies what-if overrides to a copy of the spec and the cluster, and re-runs the cluster model. */
export function whatIfAnalysis(spec: Spec & { model: NonNullable<Spec['model']> }, base: Cluster, w: WhatIf, convention: Convention): ClusterAnalysis {
  const o = <T,>(value: T): Sourced<T> => ({ value, source: { kind: 'override', reason: { id: 'prov.whatIf', args: {} } } });
  const p = { ...spec.parallel };
  if (w.tp) p.tp = o(w.tp);
  if (w.pp) p.pp = o(w.pp);
  if (w.vpp) p.vpp = o(w.vpp);
  if (w.cp) p.cp = o(w.cp);
  if (w.ep) p.ep = o(w.ep);
  if (w.dp) p.dp = o(w.dp);
  const tr = { ...spec.training };
  if (w.microBatch) tr.microBatch = o(w.microBatch);
  if (w.recompute) tr.recompute = o(w.recompute);
  if (w.precision) tr.precision = o(w.precision);
  const sizeChanged = w.gpusPerNode !== undefined || w.nodes !== undefined || w.accelerator !== undefined;
  const gpusPerNode = w.gpusPerNode ?? base.gpusPerNode.value;
  const nodes = w.nodes ?? base.nodes.value;
  let cluster = base;
  if (sizeChanged || w.scaleUpGBs !== undefined || w.scaleOutGbps !== undefined) {
    const acc = w.accelerator ?? base.accelerator.id;
    cluster = clusterFromFile(
      { accelerator: ACCELERATORS.some((a) => a.id === acc) ? acc : 'h100-sxm', gpusPerNode, nodes, links: { scaleUpGBs: w.scaleUpGBs ?? base.scaleUpGBs, scaleOutGbps: w.scaleOutGbps ?? base.scaleOutGbps, scaleUpEfficiency: base.scaleUpEfficiency, scaleOutEfficiency: base.scaleOutEfficiency, latencyUs: base.latencyUs } },
      { value: 'what-if', source: { kind: 'override', reason: { id: 'prov.whatIf', args: {} } } },
    );
    // A new size re-derives DP unless the what-if sets it.
    if (!w.dp) delete p.dp;
  }
  return analyzeCluster({ ...spec, parallel: p, training: tr }, cluster, { convention });
}

export function panelModel(a: FileAnalysis, locale: Locale = 'en', w: WhatIf = {}): PanelModel | undefined {
  const spec = a.spec;
  const an = a.analysis;
  if (!spec?.model || !an) return undefined;
  const convention = an.flops.convention;
  const modelled = spec as Spec & { model: NonNullable<Spec['model']> };
  const c = Object.keys(w).length ? whatIfAnalysis(modelled, an.cluster.cluster, w, convention) : an.cluster;
  const l = c.plan.layout;
  const wl = c.plan.workload;
  const th = c.step.throughput;
  const f = flopsPerToken(wl, l.recompute, convention);
  const recomputeShare = f.hardware > 0 ? (f.hardware - f.model) / f.hardware : 0;
  const L = (id: Parameters<typeof t>[0]) => t(id, {}, locale);
  const step: Segment[] = [
    { key: 'compute', label: L('panel.compute'), seconds: th.computeSeconds * (1 - recomputeShare), hidden: false },
    { key: 'recompute', label: L('panel.recompute'), seconds: th.computeSeconds * recomputeShare, hidden: false },
  ];
  for (const e of c.step.comm) {
    const name = e.dimension === 'pp' ? L('panel.pp') : e.dimension === 'dp' ? L('panel.dp') : e.dimension.toUpperCase();
    step.push({ key: `${e.dimension}-exposed`, label: name, seconds: e.exposedSeconds, hidden: false });
    step.push({ key: `${e.dimension}-hidden`, label: `${name} (${L('panel.hidden')})`, seconds: Math.max(0, e.linkSeconds - e.exposedSeconds), hidden: true });
  }
  step.push({ key: 'bubble', label: L('panel.bubble'), seconds: th.bubbleSeconds, hidden: false });
  const search = searchLayouts(wl, c.cluster, { zero: l.zero, distributedOptimizer: spec.training.distributedOptimizer?.value ?? true }, { top: 5, convention });
  const m = c.memory;
  return {
    file: a.path,
    family: a.family ?? 'generic',
    architecture: spec.model.architecture.value,
    convention,
    cluster: {
      accelerator: c.cluster.accelerator.id,
      name: c.cluster.accelerator.name,
      gpus: c.cluster.gpusPerNode.value * c.cluster.nodes.value,
      gpusPerNode: c.cluster.gpusPerNode.value,
      nodes: c.cluster.nodes.value,
      scaleUpGBs: c.cluster.scaleUpGBs,
      scaleOutGbps: c.cluster.scaleOutGbps,
      assumed: c.cluster.origin.source.kind === 'assumed',
    },
    layout: { tp: l.tp, pp: l.pp, vpp: l.vpp, dp: l.dp, cp: l.cp, ep: l.ep, microBatch: l.microBatch, microBatches: wl.globalBatch / (l.microBatch * l.dp), globalBatch: wl.globalBatch, recompute: l.recompute, precision: wl.precision },
    ratio: c.step.ratio,
    mfu: th.mfu,
    hfu: th.hfu,
    stepSeconds: th.stepSeconds,
    tokensPerSecondPerGpu: th.tokensPerSecondPerGpu,
    step: step.filter((s) => s.seconds > 0),
    dimensions: c.step.comm.map((e) => {
      const r = c.ranges.find((x) => x.dimension === e.dimension);
      return { dimension: e.dimension, degree: e.degree, valid: [...(r?.valid ?? [])], maxUseful: r?.maxUseful ?? e.degree, collective: e.collective, bytesPerGpu: e.bytesPerGpu, tier: e.tier, linkSeconds: e.linkSeconds, exposedSeconds: e.exposedSeconds };
    }),
    scaling: c.scaling,
    ceiling: c.ceiling,
    memory: {
      segments: [
        { key: 'weights', label: L('panel.weights'), bytes: m.weights },
        { key: 'gradients', label: L('panel.gradients'), bytes: m.gradients },
        { key: 'optimizer', label: L('panel.optimizer'), bytes: m.optimizer },
        { key: 'activations', label: L('panel.activations'), bytes: m.activations },
        { key: 'logits', label: L('panel.logits'), bytes: m.logits },
        { key: 'reserve', label: L('panel.reserve'), bytes: m.reserve },
      ],
      capacity: m.capacity,
      total: m.total,
      fits: m.fits,
    },
    layouts: search.best.map((x) => ({ tp: x.layout.tp, pp: x.layout.pp, vpp: x.layout.vpp, dp: x.layout.dp, cp: x.layout.cp, ep: x.layout.ep, microBatch: x.layout.microBatch, recompute: x.layout.recompute, stepSeconds: x.step.throughput.stepSeconds, mfu: x.step.throughput.mfu, ratio: x.step.ratio, memoryBytes: x.memory.total })),
    rules: c.rules.map((r) => ({ severity: r.severity, message: t(r.message.id, r.message.args, locale) })),
    presets: ACCELERATORS.map((x) => ({ id: x.id, name: x.name })),
    labels: Object.fromEntries(PANEL_LABELS.map((id) => [id, t(id, {}, locale)])),
  };
}

/** The strings the webview shows, looked up in the message table for the user's language. */
export const PANEL_LABELS = [
  'panel.title',
  'panel.step',
  'panel.ratio',
  'panel.mfu',
  'panel.stepTime',
  'panel.dimensions',
  'panel.scaling',
  'panel.weak',
  'panel.strong',
  'panel.memory',
  'panel.capacity',
  'panel.layouts',
  'panel.whatIf',
  'panel.apply',
  'panel.reset',
  'panel.accelerator',
  'panel.gpusPerNode',
  'panel.nodes',
  'panel.scaleUp',
  'panel.scaleOut',
  'panel.microBatch',
  'panel.recomputeLabel',
  'panel.precision',
  'panel.commDominates',
  'panel.runsOut',
  'panel.degree',
  'panel.valid',
  'panel.collective',
  'panel.bytes',
  'panel.tier',
  'panel.link',
  'panel.exposed',
  'panel.gpus',
  'panel.use',
  'panel.noConfig',
  'panel.assumed',
] as const;
