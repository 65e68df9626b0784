/**
 * The headline of every view (report header, status bar, panel title): the compute/communication ratio
 * overall and per dimension, and the size at which it falls below 1 — at the config's own global batch
 * (strong scaling) first, else as data parallelism grows with the batch (weak scaling).
 */
import { t, type Locale } from '../messages';
import { exact, sig } from '../format';
import type { FileReportJson } from './model';

/** The cluster size at which the ratio falls below 1, and how the cluster grows to it; undefined: it does not. */
function crossing(f: FileReportJson): { gpus: number; fixedBatch: boolean } | undefined {
  const s = f.scaling;
  if (!s) return undefined;
  if (s.commDominatesAtFixedBatch !== null) return { gpus: s.commDominatesAtFixedBatch, fixedBatch: true };
  if (s.commDominatesAt !== null) return { gpus: s.commDominatesAt, fixedBatch: false };
  return undefined;
}

/** One line: the ratio, each dimension's, and where it falls below 1; undefined without a ratio (one GPU, a layout that cannot run). */
export function headline(f: FileReportJson, locale: Locale = 'en'): string | undefined {
  const ratio = f.comm?.ratio;
  if (ratio === null || ratio === undefined || !f.cluster || !f.scaling) return undefined;
  const dims = f.comm!.perDimension.filter((d) => d.ratio !== null).map((d) => `${d.dimension.toUpperCase()} ${sig(d.ratio!, 2)}`);
  const c = crossing(f);
  const where =
    ratio < 1
      ? t('headline.already', {}, locale)
      : c?.fixedBatch
        ? t('headline.fixedBatch', { gpus: exact(c.gpus) }, locale)
        : c
          ? `${t('headline.never', { gpus: exact(f.scaling.runsOutAt) }, locale)}; ${t('headline.weak', { gpus: exact(c.gpus) }, locale)}`
          : t('headline.never', { gpus: exact(f.scaling.runsOutAt) }, locale);
  return t('headline.ratio', { ratio: sig(ratio, 3), gpus: exact(f.cluster.gpus), dims: dims.join(' · '), crossing: where }, locale);
}

/** The short form for a title: the ratio and where it falls below 1. */
export function headlineShort(f: FileReportJson, locale: Locale = 'en'): string | undefined {
  const ratio = f.comm?.ratio;
  if (ratio === null || ratio === undefined) return undefined;
  const c = crossing(f);
  return c && ratio >= 1
    ? t('headline.shortCrossing', { ratio: sig(ratio, 2), gpus: exact(c.gpus) }, locale)
    : t('headline.short', { ratio: sig(ratio, 2) }, locale);
}
