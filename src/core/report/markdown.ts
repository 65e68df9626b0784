/**
 * Markdown report (for a pull request or a preview): one section per file, tables with formulas.
 */
import { t, type Locale } from '../messages';
import { exact, flops, paramCount, percent } from '../format';
import { familyLabel, layerText, type FileReportJson, type ReportJson } from './model';
import { headline } from './headline';
import { clusterRows } from './cluster';
import { CONVENTIONS } from '../analysis';

export function renderMarkdown(report: ReportJson, locale: Locale = 'en'): string {
  return [`# ${t('report.title', {}, locale)}`, '', ...report.files.map((f) => renderFile(f, locale))].join('\n');
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function renderFile(f: FileReportJson, locale: Locale): string {
  const head = headline(f, locale);
  const out: string[] = [
    `## \`${f.path}\``,
    '',
    `${[familyLabel(f.family, locale), f.architecture].filter(Boolean).join(' · ')}`,
    '',
    ...(head ? [`**${head}**`, ''] : []),
  ];
  if (f.params && f.flops) {
    const p = f.params;
    out.push(
      `### ${t('report.parameters', {}, locale)}`,
      '',
      `| ${t('report.quantity', {}, locale)} | ${t('report.value', {}, locale)} | | ${t('report.formula', {}, locale)} |`,
      '|---|---:|---:|---|',
    );
    out.push(`| ${t('report.total', {}, locale)} | **${paramCount(p.total)}** | ${exact(p.total)} | \`${cell(p.formulas.total)}\` |`);
    out.push(`| ${t('report.active', {}, locale)} | ${paramCount(p.active)} | ${exact(p.active)} | \`${cell(p.formulas.active)}\` |`);
    if (p.method !== 'full') {
      out.push(
        `| ${t('report.trainable', { method: p.method, share: percent(p.trainable / (p.total + p.adapter)) }, locale)} | ${paramCount(p.trainable)} | ${exact(p.trainable)} | \`Σ r·(in + out)\` |`,
      );
      out.push(`| ${t('report.withAdapter', {}, locale)} | ${paramCount(p.total + p.adapter)} | ${exact(p.total + p.adapter)} | |`);
    }
    out.push(`| ${t('report.embedding', {}, locale)} | ${paramCount(p.embedding)} | ${exact(p.embedding)} | \`V·h\` |`);
    out.push(`| ${t(p.outputHead > 0 ? 'report.outputHead' : 'report.outputHeadTied', {}, locale)} | ${paramCount(p.outputHead)} | ${exact(p.outputHead)} | |`);
    if (p.positions > 0) out.push(`| ${t('report.positions', {}, locale)} | ${paramCount(p.positions)} | ${exact(p.positions)} | \`s_max·h\` |`);
    for (const g of p.layers) {
      out.push(`| ${layerText(g, locale)} | ${paramCount(g.count * g.each)} | ${exact(g.count * g.each)} | |`);
    }
    out.push(`| ${t('report.normsOther', {}, locale)} | ${paramCount(p.other)} | ${exact(p.other)} | |`);
    if (p.encoderHead > 0) out.push(`| ${t('report.encoderHead', {}, locale)} | ${paramCount(p.encoderHead)} | ${exact(p.encoderHead)} | |`);
    if (p.vision > 0) out.push(`| ${t('report.vision', {}, locale)} | ${paramCount(p.vision)} | ${exact(p.vision)} | |`);
    if (p.audio > 0) out.push(`| ${t('report.audio', {}, locale)} | ${paramCount(p.audio)} | ${exact(p.audio)} | |`);
    if (p.mtp > 0) out.push(`| ${t('report.mtp', {}, locale)} | ${paramCount(p.mtp)} | ${exact(p.mtp)} | |`);
    const fl = f.flops;
    out.push(
      '',
      `### ${fl.target ? t('report.flopsTarget', { convention: fl.convention, seqLen: fl.seqLen, target: fl.target }, locale) : t('report.flops', { convention: fl.convention, seqLen: fl.seqLen }, locale)}`,
      '',
      `| ${t('report.quantity', {}, locale)} | ${t('report.value', {}, locale)} | ${t('report.formula', {}, locale)} |`,
      '|---|---:|---|',
    );
    out.push(`| ${t('report.forward', {}, locale)} | ${flops(fl.perToken.forward)} | \`${cell(fl.formulas.forward)}\` |`);
    out.push(`| ${t('report.training', {}, locale)} | **${flops(fl.perToken.training)}** | \`${cell(fl.formulas.training)}\` |`);
    out.push(`| ${t('report.hardware', {}, locale)} | ${flops(fl.perToken.hardware)} | \`${cell(fl.formulas.hardware)}\` |`);
    out.push(`| ${t('report.attentionShare', {}, locale)} | ${percent(fl.attentionShare)} | |`);
    for (const c of CONVENTIONS.filter((x) => x !== fl.convention))
      out.push(`| ${t('report.training', {}, locale)} · ${c} | ${flops(fl.byConvention[c].training)} | |`);
  } else {
    out.push(t('report.notAnalyzed', {}, locale));
  }
  // The cluster: its layout, memory per GPU, step time, MFU and ratio, and each dimension's communication (the text report's).
  const c = clusterRows(f, locale);
  if (c) {
    out.push('', `### ${c.title}`, '', `| ${t('report.quantity', {}, locale)} | ${t('report.value', {}, locale)} |`, '|---|---|');
    for (const [label, short, long] of [...c.rows, ...c.dims]) out.push(`| ${cell(label)} | ${cell(long === undefined ? short : `${short} · ${long}`)} |`);
  }
  if (f.assumptions.length) {
    out.push('', `### ${t('report.assumptions', {}, locale)}`, '');
    for (const a of f.assumptions) out.push(`- \`${a.field}\` = ${String(a.value)}: ${a.reason}`);
  }
  out.push('', `### ${t('report.findings', {}, locale)}`, '');
  if (!f.findings.length) out.push(`- ${t('report.noFindings', {}, locale)}`);
  for (const x of f.findings) {
    const other = x.file !== undefined && x.file !== f.path ? `\`${x.file}\`, ` : '';
    const where = x.line !== undefined ? ` (${other}${t('report.line', { line: x.line }, locale)})` : '';
    out.push(`- **${t(`severity.${x.severity}`, {}, locale)}** ${x.message}${where} \`${x.ruleId}\``);
  }
  out.push('');
  return out.join('\n');
}
