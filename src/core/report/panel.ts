/**
 * The cluster breakdown panel's model: every number and label the panel draws, rendered here from an
 * analysis the engine computed (the files', or a what-if on them) and the layouts the search found
 * on it; the webview only draws. A layout that cannot run has no step, ratio or scaling.
 */
import type { FileAnalysis } from './input';
import type { Finding } from '../types';
import type { ClusterAnalysis } from '../analysis/cluster';
import { degreesOf, type Degrees } from '../analysis/parallel';
import type { SearchResult } from '../analysis/search';
import { ACCELERATORS } from '../hardware/presets';
import { gpuCount } from '../hardware/cluster';
import type { Convention } from '../analysis/flops';
import { render, t, type Locale } from '../messages';
import { duration, percent, si, sig } from '../format';
import { clusterSummary, layoutDegrees, layoutText, type ClusterSummary, type LayoutDegrees } from './layout';
import { leverCells, type LeversJson } from './levers';
import { headline } from './headline';

export interface Segment {
  readonly key: string;
  readonly label: string;
  readonly seconds: number;
  /** Communication hidden behind compute (drawn hatched), as opposed to exposed on the critical path. */
  readonly hidden: boolean;
  readonly text: string;
}

export interface PanelLayout extends Degrees {
  readonly stepSeconds: number;
  readonly mfu: number;
  readonly ratio: number | null;
  readonly memoryBytes: number;
  /** The same figures as text, as the report writes them. */
  readonly label: string;
  readonly text: { readonly step: string; readonly mfu: string; readonly ratio: string; readonly memory: string };
}

export interface PanelModel {
  readonly file: string;
  readonly family: string;
  readonly architecture: string;
  readonly convention: Convention;
  readonly cluster: ClusterSummary;
  readonly layout: LayoutDegrees & { readonly precision: string; readonly label: string };
  /** The layout fits and can run; otherwise there is no step, ratio, MFU or scaling (null). */
  readonly runnable: boolean;
  /**
   * What the panel draws: one GPU communicates nothing, so it shows memory and time, no ratio,
   * per-dimension table or scaling chart; a layout that cannot run shows no step either.
   */
  readonly show: { readonly ratio: boolean; readonly step: boolean; readonly dimensions: boolean; readonly scaling: boolean };
  readonly ratio: number | null;
  readonly mfu: number | null;
  readonly hfu: number | null;
  readonly stepSeconds: number | null;
  readonly tokensPerSecondPerGpu: number | null;
  readonly text: { readonly ratio: string; readonly mfu: string; readonly step: string; readonly memory: string };
  readonly step: readonly Segment[];
  readonly dimensions: readonly {
    dimension: string;
    degree: number;
    valid: number[];
    maxUseful: number;
    collective: string;
    bytesPerGpu: number;
    tier: string;
    linkSeconds: number;
    exposedSeconds: number;
    /** Compute time over this dimension's link time (null: it moves nothing). */
    ratio: number | null;
    text: { valid: string; bytes: string; link: string; exposed: string; ratio: string };
  }[];
  /** The headline (report/headline.ts) of the what-if: the ratio, each dimension's, and where it falls below 1. */
  readonly headline: string | null;
  readonly scaling:
    | (NonNullable<ClusterAnalysis['scaling']> & { readonly text: readonly { gpus: string; globalBatch: string; ratio: string; mfu: string; step: string }[] })
    | null;
  readonly ceiling: number;
  /** How large a cluster the setup absorbs (analysis/absorption.ts): drawn on the scaling chart. */
  readonly absorption: { readonly weak: number; readonly strong: number; readonly weakLimit: string; readonly strongLimit: string } | null;
  /** The levers table of the files' setup (report/levers.ts), each row as the CLI's levers prints it. */
  readonly levers: readonly { readonly id: string; readonly label: string; readonly cells: readonly string[] }[];
  readonly memory: {
    readonly segments: readonly { key: string; label: string; bytes: number; text: string }[];
    readonly capacity: number;
    readonly total: number;
    readonly fits: boolean;
    readonly capacityText: string;
  };
  readonly layouts: readonly PanelLayout[];
  readonly rules: readonly { severity: string; message: string }[];
  readonly presets: readonly { id: string; name: string }[];
  readonly labels: Readonly<Record<string, string>>;
}

const bytes = (b: number) => `${si(b)}B`;
const ratioText = (r: number | null | undefined) => (r === null || r === undefined ? '—' : sig(r));

/**
 * Renders the panel for one setup: `c` is the analysis shown (the files' or a what-if's), `search`
 * the best layouts on its cluster, `findings` the checks' verdicts on it.
 */
export function panelModel(
  a: FileAnalysis,
  c: ClusterAnalysis,
  search: SearchResult,
  findings: readonly Finding[],
  locale: Locale = 'en',
  levers?: LeversJson,
): PanelModel | undefined {
  const spec = a.spec;
  const an = a.analysis;
  if (!spec?.model || !an) return undefined;
  const convention = an.flops.convention;
  const l = c.plan.layout;
  const wl = c.plan.workload;
  const s = c.step;
  const th = s?.throughput;
  const L = (id: Parameters<typeof t>[0]) => t(id, {}, locale);
  const step: Segment[] = [];
  if (s && th) {
    const seg = (key: string, label: string, seconds: number, hidden: boolean) => step.push({ key, label, seconds, hidden, text: duration(seconds) });
    seg('compute', L('panel.compute'), th.computeSeconds - th.recomputeSeconds, false);
    seg('recompute', L('panel.recompute'), th.recomputeSeconds, false);
    for (const e of s.comm) {
      const name = e.dimension === 'pp' ? L('panel.pp') : e.dimension === 'dp' ? L('panel.dp') : e.dimension.toUpperCase();
      seg(`${e.dimension}-exposed`, name, e.exposedSeconds, false);
      seg(`${e.dimension}-hidden`, `${name} (${L('panel.hidden')})`, Math.max(0, e.linkSeconds - e.exposedSeconds), true);
    }
    seg('bubble', L('panel.bubble'), th.bubbleSeconds, false);
  }
  const m = c.memory;
  const degrees = layoutDegrees(l, wl);
  return {
    file: a.path,
    family: a.family ?? 'generic',
    architecture: spec.model.architecture.value,
    convention,
    cluster: clusterSummary(c.cluster),
    layout: { ...degrees, precision: wl.precision, label: layoutText(degrees) },
    runnable: c.runnable,
    show: {
      ratio: c.runnable && gpuCount(c.cluster) > 1,
      step: c.runnable,
      dimensions: c.runnable && (s?.comm.length ?? 0) > 0,
      scaling: c.runnable && gpuCount(c.cluster) > 1,
    },
    ratio: s ? s.ratio : null,
    mfu: th ? th.mfu : null,
    hfu: th ? th.hfu : null,
    stepSeconds: th ? th.stepSeconds : null,
    tokensPerSecondPerGpu: th ? th.tokensPerSecondPerGpu : null,
    text: {
      ratio: ratioText(s?.ratio),
      mfu: th ? percent(th.mfu) : '—',
      step: th ? duration(th.stepSeconds) : L('report.notRunnable'),
      memory: `${bytes(m.total)} / ${bytes(m.capacity)}`,
    },
    step: step.filter((x) => x.seconds > 0),
    headline:
      (c.runnable &&
        headline(
          {
            ratio: s?.ratio,
            perDimension: (s?.comm ?? []).map((e) => ({ dimension: e.dimension, ratio: s?.ratioPerDimension[e.dimension] ?? null })),
            gpus: gpuCount(c.cluster),
            scaling: c.scaling,
          },
          locale,
        )) ||
      null,
    dimensions: (s?.comm ?? []).map((e) => {
      const r = c.ranges.find((x) => x.dimension === e.dimension);
      const valid = [...(r?.valid ?? [])];
      const maxUseful = r?.maxUseful ?? e.degree;
      return {
        dimension: e.dimension,
        degree: e.degree,
        valid,
        maxUseful,
        collective: e.collective,
        bytesPerGpu: e.bytesPerGpu,
        tier: e.tier,
        linkSeconds: e.linkSeconds,
        exposedSeconds: e.exposedSeconds,
        ratio: s?.ratioPerDimension[e.dimension] ?? null,
        text: {
          ratio: ratioText(s?.ratioPerDimension[e.dimension]),
          valid: valid.length ? `${valid.slice(0, 8).join(', ')}${valid.length > 8 ? '…' : ''} (≤ ${maxUseful})` : `≤ ${maxUseful}`,
          bytes: bytes(e.bytesPerGpu),
          link: duration(e.linkSeconds),
          exposed: duration(e.exposedSeconds),
        },
      };
    }),
    scaling: c.scaling
      ? {
          ...c.scaling,
          text: c.scaling.weak.map((p) => ({
            gpus: String(p.gpus),
            globalBatch: String(p.globalBatch),
            ratio: ratioText(p.ratio),
            mfu: percent(p.mfu),
            step: duration(p.stepSeconds),
          })),
        }
      : null,
    ceiling: c.ceiling,
    absorption: c.absorption
      ? {
          weak: c.absorption.weak.maxGpus,
          strong: c.absorption.strong.maxGpus,
          weakLimit: c.absorption.weak.limitedBy,
          strongLimit: c.absorption.strong.limitedBy,
        }
      : null,
    levers: (levers?.levers ?? []).map((r) => ({ id: r.id, label: r.label, cells: leverCells(r) })),
    memory: {
      segments: (
        [
          ['weights', L('panel.weights'), m.weights],
          ['gradients', L('panel.gradients'), m.gradients],
          ['optimizer', L('panel.optimizer'), m.optimizer],
          ['activations', L('panel.activations'), m.activations],
          ['logits', L('panel.logits'), m.logits],
          ['gathered', L('panel.gathered'), m.gathered],
          ['reserve', L('panel.reserve'), m.reserve],
        ] as const
      ).map(([key, label, b]) => ({ key, label, bytes: b, text: bytes(b) })),
      capacity: m.capacity,
      total: m.total,
      fits: m.fits,
      capacityText: bytes(m.capacity),
    },
    layouts: search.best.map((x) => {
      const l = x.layout;
      const tt = x.step.throughput;
      return {
        ...degreesOf(l),
        stepSeconds: tt.stepSeconds,
        mfu: tt.mfu,
        ratio: x.step.ratio,
        memoryBytes: x.memory.total,
        label: layoutText(layoutDegrees(l, wl)),
        text: { step: duration(tt.stepSeconds), mfu: percent(tt.mfu), ratio: ratioText(x.step.ratio), memory: bytes(x.memory.total) },
      };
    }),
    rules: findings.filter((f) => f.severity !== 'info').map((f) => ({ severity: f.severity, message: render(f.message, locale) })),
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
  'panel.absorbs',
  'panel.levers',
  'panel.tryLever',
  'panel.applyLever',
  'levers.header',
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
  'panel.gathered',
  'report.notRunnable',
] as const;
