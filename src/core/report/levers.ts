/**
 * Renderers of the levers table (analysis/levers.ts): text, markdown and the JSON contract
 * `{ version: 1, levers: [ { id, label, flopsPerStep, commBytesPerStep, ratio, memoryPerGpuBytes, mfu, absorptionGpus, timeToTrainSeconds } ] }`.
 */
import type { Lever } from '../analysis/levers';
import { t, type Locale, type MessageId } from '../messages';
import { duration, flops, percent, si, sig } from '../format';

export interface LeverJson extends Lever {
  readonly label: string;
}

export interface LeversJson {
  readonly file: string;
  readonly cluster: { readonly gpus: number; readonly accelerator: string };
  readonly levers: readonly LeverJson[];
}

export function leversJson(file: string, gpus: number, accelerator: string, rows: readonly Lever[], locale: Locale): LeversJson {
  return { file, cluster: { gpus, accelerator }, levers: rows.map((r) => ({ ...r, label: t(`lever.${r.id}` as MessageId, {}, locale) })) };
}

/** A lever's row as text, in the header's order (levers.header): FLOPs, communication, ratio, memory, MFU, absorption, time. */
export function leverCells(r: LeverJson): string[] {
  return [
    r.label,
    flops(r.flopsPerStep),
    `${si(r.commBytesPerStep)}B`,
    r.ratio === null ? '—' : sig(r.ratio),
    `${si(r.memoryPerGpuBytes)}B${r.fits ? '' : ' ✗'}`,
    r.mfu === null ? '—' : percent(r.mfu),
    r.absorptionGpus === null ? '—' : `${r.absorptionGpus} GPUs`,
    r.timeToTrainSeconds === null ? '—' : duration(r.timeToTrainSeconds),
  ];
}

export function renderLevers(all: readonly LeversJson[], markdown: boolean, locale: Locale): string {
  const out: string[] = [];
  for (const l of all) {
    const header = t('levers.header', {}, locale).split('|');
    const rows = l.levers.map(leverCells);
    const title = t('levers.title', { file: l.file, gpus: l.cluster.gpus, accelerator: l.cluster.accelerator }, locale);
    if (markdown) {
      out.push(
        `### ${title}`,
        '',
        `| ${header.join(' | ')} |`,
        `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
        ...rows.map((r) => `| ${r.join(' | ')} |`),
        '',
      );
    } else {
      const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
      const line = (r: string[]) => '  ' + r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
      out.push(title, line(header), ...rows.map(line), '');
    }
  }
  return out.join('\n') + '\n';
}
