/**
 * Plain-text report for a terminal: aligned columns, units on every number.
 */
import { t, type Locale } from '../messages';
import { exact, flops, paramCount, percent } from '../format';
import { familyLabel, layerText, type FileReportJson, type ReportJson } from './model';
import { CONVENTIONS } from '../analysis';
import { headline } from './headline';
import { clusterRows, type Row } from './cluster';

export function renderText(report: ReportJson, locale: Locale = 'en'): string {
  return report.files.map((f) => renderFile(f, locale)).join('\n');
}

function renderFile(f: FileReportJson, locale: Locale): string {
  const out: string[] = [f.path];
  out.push(`  ${[familyLabel(f.family, locale), f.architecture].filter(Boolean).join(' · ')}`);
  const head = headline(f, locale);
  if (head) out.push(`  ${head}`);
  if (f.params && f.flops) {
    const p = f.params;
    const rows: Row[] = [
      [t('report.total', {}, locale), paramCount(p.total), exact(p.total)],
      [t('report.active', {}, locale), paramCount(p.active), exact(p.active)],
      ...(p.method !== 'full'
        ? [
            [
              t('report.trainable', { method: p.method, share: percent(p.trainable / (p.total + p.adapter)) }, locale),
              paramCount(p.trainable),
              exact(p.trainable),
            ] as Row,
            [t('report.withAdapter', {}, locale), paramCount(p.total + p.adapter), exact(p.total + p.adapter)] as Row,
          ]
        : []),
      [t('report.embedding', {}, locale), paramCount(p.embedding), exact(p.embedding)],
      p.outputHead > 0
        ? [t('report.outputHead', {}, locale), paramCount(p.outputHead), exact(p.outputHead)]
        : [t('report.outputHeadTied', {}, locale), '0', '0'],
      ...(p.positions > 0 ? [[t('report.positions', {}, locale), paramCount(p.positions), exact(p.positions)] as Row] : []),
      ...p.layers.map((g): Row => [layerText(g, locale), paramCount(g.count * g.each), exact(g.count * g.each)]),
      [t('report.normsOther', {}, locale), paramCount(p.other), exact(p.other)],
      ...(p.encoderHead > 0 ? [[t('report.encoderHead', {}, locale), paramCount(p.encoderHead), exact(p.encoderHead)] as Row] : []),
      ...(p.vision > 0 ? [[t('report.vision', {}, locale), paramCount(p.vision), exact(p.vision)] as Row] : []),
      ...(p.audio > 0 ? [[t('report.audio', {}, locale), paramCount(p.audio), exact(p.audio)] as Row] : []),
      ...(p.mtp > 0 ? [[t('report.mtp', {}, locale), paramCount(p.mtp), exact(p.mtp)] as Row] : []),
    ];
    out.push('', `  ${t('report.parameters', {}, locale)}`, ...table(rows));
    const fl = f.flops;
    const others = CONVENTIONS.filter((c) => c !== fl.convention)
      .map((c) => `${c} ${flops(fl.byConvention[c].training)}`)
      .join(' · ');
    const frows: Row[] = [
      [t('report.forward', {}, locale), flops(fl.perToken.forward)],
      [t('report.training', {}, locale), flops(fl.perToken.training)],
      [t('report.hardware', {}, locale), flops(fl.perToken.hardware)],
      [t('report.attentionShare', {}, locale), percent(fl.attentionShare)],
      [t('report.otherConventions', {}, locale), others],
    ];
    out.push(
      '',
      `  ${fl.target ? t('report.flopsTarget', { convention: fl.convention, seqLen: fl.seqLen, target: fl.target }, locale) : t('report.flops', { convention: fl.convention, seqLen: fl.seqLen }, locale)}`,
      ...table(frows),
    );
    out.push(...clusterSection(f, locale));
  } else {
    out.push('', `  ${t('report.notAnalyzed', {}, locale)}`);
  }
  if (f.assumptions.length) {
    out.push('', `  ${t('report.assumptions', {}, locale)}`);
    for (const a of f.assumptions) out.push(`    ${a.field} = ${typeof a.value === 'object' ? JSON.stringify(a.value) : String(a.value)}: ${a.reason}`);
  }
  out.push('', `  ${t('report.findings', {}, locale)}`);
  if (!f.findings.length) out.push(`    ${t('report.noFindings', {}, locale)}`);
  for (const x of f.findings) {
    // A finding in another file of the setup (a referenced DeepSpeed JSON) names that file.
    const where = x.line !== undefined ? `${x.file !== undefined && x.file !== f.path ? `${x.file}:` : ''}${x.line}:${x.column} ` : '';
    out.push(`    ${where}${t(`severity.${x.severity}`, {}, locale)} ${x.message} [${x.ruleId}]`);
  }
  return out.join('\n') + '\n';
}

function clusterSection(f: FileReportJson, locale: Locale): string[] {
  const c = clusterRows(f, locale);
  if (!c) return [];
  return ['', `  ${c.title}`, ...table(c.rows), ...(c.dims.length ? table(c.dims) : [])];
}

function table(rows: readonly Row[]): string[] {
  const w0 = Math.max(...rows.map((r) => width(r[0])));
  const w1 = Math.max(...rows.map((r) => (r[2] === undefined ? 0 : width(r[1]))));
  const w2 = Math.max(...rows.map((r) => width(r[2] ?? '')));
  return rows.map(([label, short, long]) => {
    const head = `    ${pad(label, w0)}  `;
    if (long === undefined) return head + short;
    return `${head}${padStart(short, w1)}  ${padStart(long, w2)}`;
  });
}

/** Display width: CJK characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - width(s)));
}

function padStart(s: string, n: number): string {
  return ' '.repeat(Math.max(0, n - width(s))) + s;
}
