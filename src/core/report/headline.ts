/**
 * The headline of every view (report header, status bar, panel): the compute/communication ratio overall and per
 * dimension, and the size at which it falls below 1 — at the config's own global batch (strong scaling) first, else as
 * data parallelism grows with the batch (weak scaling).
 */
import { t, type Locale } from '../messages';
import { exact, sig } from '../format';
import type { FileReportJson, ScalingJson } from './model';

/** What the headline is made of (a report's file, or the panel's what-if). */
export interface HeadlineInput {
  readonly ratio: number | null | undefined;
  readonly perDimension: readonly { readonly dimension: string; readonly ratio: number | null }[];
  readonly gpus: number;
  readonly scaling: Pick<ScalingJson, 'commDominatesAt' | 'commDominatesAtFixedBatch' | 'runsOutAt'> | undefined;
}

function inputOf(f: FileReportJson): HeadlineInput {
  return { ratio: f.comm?.ratio, perDimension: f.comm?.perDimension ?? [], gpus: f.cluster?.gpus ?? 0, scaling: f.scaling };
}

/** The cluster size at which the ratio falls below 1, and how the cluster grows to it; undefined: it does not. */
function crossing(s: HeadlineInput['scaling']): { gpus: number; fixedBatch: boolean } | undefined {
  if (!s) return undefined;
  if (s.commDominatesAtFixedBatch !== null) return { gpus: s.commDominatesAtFixedBatch, fixedBatch: true };
  if (s.commDominatesAt !== null) return { gpus: s.commDominatesAt, fixedBatch: false };
  return undefined;
}

/** One line: the ratio, each dimension's, and where it falls below 1; undefined without a ratio (one GPU, a layout that cannot run). */
export function headline(from: FileReportJson | HeadlineInput, locale: Locale = 'en'): string | undefined {
  const h = 'gpus' in from ? from : inputOf(from);
  const ratio = h.ratio;
  if (ratio === null || ratio === undefined || !h.scaling || !(h.gpus > 0)) return undefined;
  // (A dimension listed twice, HSDP's shard group and its replicas, carries one ratio: named once.)
  const dims = [...new Set(h.perDimension.filter((d) => d.ratio !== null).map((d) => `${d.dimension.toUpperCase()} ${sig(d.ratio!, 2)}`))];
  const c = crossing(h.scaling);
  const never = t('headline.never', { gpus: exact(h.scaling.runsOutAt) }, locale);
  const where =
    ratio < 1
      ? t('headline.already', {}, locale)
      : c?.fixedBatch
        ? t('headline.fixedBatch', { gpus: exact(c.gpus) }, locale)
        : c
          ? `${never}; ${t('headline.weak', { gpus: exact(c.gpus) }, locale)}`
          : never;
  return t('headline.ratio', { ratio: sig(ratio, 3), gpus: exact(h.gpus), dims: dims.join(' · '), crossing: where }, locale);
}

/** The short form for a title: the ratio and where it falls below 1. */
export function headlineShort(from: FileReportJson | HeadlineInput, locale: Locale = 'en'): string | undefined {
  const h = 'gpus' in from ? from : inputOf(from);
  const ratio = h.ratio;
  if (ratio === null || ratio === undefined) return undefined;
  const c = crossing(h.scaling);
  return c && ratio >= 1
    ? t('headline.shortCrossing', { ratio: sig(ratio, 2), gpus: exact(c.gpus) }, locale)
    : t('headline.short', { ratio: sig(ratio, 2) }, locale);
}
