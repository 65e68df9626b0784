/**
 * The cluster part of a file's report (layout, memory per GPU, step time, MFU, the ratio, each dimension's communication), as
 * rows the text and Markdown renderers lay out their own way.
 */
import { t, type Locale } from '../messages';
import { duration, percent, si, sig } from '../format';
import type { FileReportJson } from './model';
import { layoutText } from './layout';

/** A row: its label, its value, and (text only) a longer value beside it. */
export type Row = readonly [label: string, short: string, long?: string];

export function clusterRows(f: FileReportJson, locale: Locale): { title: string; rows: Row[]; dims: Row[] } | undefined {
  const c = f.cluster;
  const p = f.parallel;
  const m = f.memory;
  if (!c || !p || !m) return undefined;
  const th = f.throughput;
  const cm = f.comm;
  const rows: Row[] = [
    [t('report.layout', {}, locale), layoutText(p.degrees)],
    [t('report.memoryPerGpu', {}, locale), `${si(m.perGpuBytes)}B / ${si(m.capacityBytes)}B${m.fits ? '' : ' ✗'}`],
  ];
  if (th && cm) {
    rows.push(
      [t('report.stepTime', {}, locale), duration(th.stepSeconds)],
      [t('report.mfu', { convention: th.convention }, locale), `${percent(th.mfu)} / ${percent(th.hfu)}`],
      [t('report.tokensPerGpu', {}, locale), sig(th.tokensPerSecondPerGpu)],
      [t('report.ratio', {}, locale), cm.ratio === null ? t('report.none', {}, locale) : sig(cm.ratio)],
    );
  } else rows.push([t('report.stepTime', {}, locale), t('report.notRunnable', {}, locale)]);
  rows.push([t('report.ceiling', {}, locale), `${p.ceiling} GPUs`]);
  if (f.run?.seconds) rows.push([t('report.timeToTrain', {}, locale), `${duration(f.run.seconds)} · ${sig(f.run.gpuHours ?? 0)} GPU-h`]);
  if (f.run?.trials !== undefined && f.run.sweepGpuHours)
    rows.push([t('report.sweep', {}, locale), t('report.sweepValue', { trials: f.run.trials, gpuHours: sig(f.run.sweepGpuHours) }, locale)]);
  if (f.scaling)
    rows.push([
      t('report.commDominates', {}, locale),
      f.scaling.commDominatesAt === null ? t('report.never', {}, locale) : `${f.scaling.commDominatesAt} GPUs`,
    ]);
  if (f.absorption)
    rows.push([
      t('report.absorbs', {}, locale),
      t(
        'report.absorbsValue',
        {
          weak: f.absorption.weak.maxGpus,
          weakLimit: f.absorption.weak.limitedBy,
          strong: f.absorption.strong.maxGpus,
          strongLimit: f.absorption.strong.limitedBy,
          fastest: f.absorption.fastestSeconds === null ? '—' : duration(f.absorption.fastestSeconds),
        },
        locale,
      ),
    ]);
  const title = t(
    c.nodes === 1 ? 'report.clusterOneNode' : 'report.cluster',
    { gpus: c.gpus, accelerator: c.name, nodes: c.nodes, perNode: c.gpusPerNode, assumed: c.assumed ? t('report.assumedMark', {}, locale) : '' },
    locale,
  );
  const dims: Row[] = (cm?.perDimension ?? []).map((e) => [
    `${e.dimension.toUpperCase()} ${e.degree}`,
    `${e.collective} · ${e.tier} · ${si(e.bytesPerGpu)}B · ${duration(e.linkSeconds)} (${t('report.exposed', {}, locale)} ${duration(e.exposedSeconds)})`,
  ]);
  return { title, rows, dims };
}
