/**
 * What the editor shows for one file of an analyzed setup: inlay hints on the lines that matter and
 * hovers on every recognized key. Pure (offsets in, text out) so the desktop and web extensions and
 * the tests all see the same thing; the extension maps offsets to positions.
 */
import type { FileAnalysis } from './input';
import type { Fact, Provenance, Range, Sourced } from '../types';
import { factOf } from '../types';
import { render, t, type Locale } from '../messages';
import { duration, exact, flops, paramCount, percent, si, sig } from '../format';
import { LineIndex } from '../lines';
import { layoutText } from './layout';
import { buildReport, layerText } from './model';
import { optimizerCost } from '../analysis/optimizers';
import { OPTIMIZER_STATE_BYTES } from '../analysis/memory';

/** Hint text is cut here (VS Code truncates at editor.inlayHints.maximumLength = 43). */
export const MAX_HINT_LENGTH = 30;

export interface EditorHint {
  /** Offset the hint is shown after (the end of the value). */
  readonly offset: number;
  readonly label: string;
  /** The spec field it explains. */
  readonly field: string;
}

/** A spec field whose value came from a fact of this file. */
export interface FieldAt {
  readonly field: string;
  readonly value: unknown;
  readonly source: Provenance;
  readonly fact: Fact;
}

/** Every spec field that came from this file, with the fact (key and value ranges) it came from. */
export function fieldsOf(a: FileAnalysis, file: string): FieldAt[] {
  if (!a.spec) return [];
  const facts = a.facts.filter((f) => f.file === file);
  const byValue = new Map(facts.map((f) => [`${f.valueRange.start}:${f.valueRange.end}`, f]));
  const out: FieldAt[] = [];
  const walk = (node: unknown, path: string[]): void => {
    if (!node || typeof node !== 'object') return;
    if ('value' in node && 'source' in node) {
      const s = node as Sourced<unknown>;
      const f = factOf(s.source);
      if (f && f.file === file) {
        const fact = byValue.get(`${f.range.start}:${f.range.end}`);
        if (fact) out.push({ field: path.join('.'), value: s.value, source: s.source, fact });
      }
      return;
    }
    for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
  };
  walk({ model: a.spec.model, training: a.spec.training, parallel: a.spec.parallel }, []);
  return out;
}

function clip(s: string): string {
  return s.length <= MAX_HINT_LENGTH ? s : `${s.slice(0, MAX_HINT_LENGTH - 1)}…`;
}

const DIMENSIONS = ['tp', 'pp', 'dp', 'cp', 'ep'] as const;

/** A handful of hints per file, chosen by relevance; each at most 30 characters. */
export function hintsFor(a: FileAnalysis, file: string, locale: Locale = 'en'): EditorHint[] {
  const an = a.analysis;
  if (!an) return [];
  const fields = fieldsOf(a, file);
  const first = (name: string) => fields.find((f) => f.field === name && f.source.kind === 'fact') ?? fields.find((f) => f.field === name);
  const out: EditorHint[] = [];
  const add = (name: string, label: string) => {
    const f = first(name);
    if (f && !out.some((h) => h.offset === f.fact.valueRange.end)) out.push({ offset: f.fact.valueRange.end, label: clip(label), field: name });
  };
  const p = an.params;
  add(
    'model.layers',
    p.active.value !== p.total.value
      ? t('hint.paramsMoe', { total: paramCount(p.total.value).replace(' ', ''), active: paramCount(p.active.value).replace(' ', '') }, locale)
      : t('hint.params', { total: paramCount(p.total.value).replace(' ', '') }, locale),
  );
  const method = an.method;
  const adapter = a.spec?.training.adapter;
  if (method.kind !== 'full' && adapter) {
    const share = method.trainable.value / (p.total.value + method.adapter.value);
    const trainable = paramCount(method.trainable.value).replace(' ', '');
    const pct = percent(share).replace(' ', '');
    if (adapter.rank) add('training.adapter.rank', t('hint.adapter', { r: adapter.rank.value, trainable, share: pct }, locale));
    else add('training.adapter.kind', t('hint.adapterKind', { kind: adapter.kind.value, trainable, share: pct }, locale));
  }
  if (method.kind === 'freeze') {
    const share = percent(method.trainable.value / p.total.value).replace(' ', '');
    add('training.freeze', t('hint.freeze', { trainable: paramCount(method.trainable.value).replace(' ', ''), share }, locale));
  }
  add('training.seqLen', t('hint.attention', { share: percent(an.flops.attentionShare).replace(' ', '') }, locale));
  const c = an.cluster;
  const step = c.step?.throughput.stepSeconds ?? 0;
  for (const d of DIMENSIONS) {
    const range = c.ranges.find((r) => r.dimension === d);
    const bad = c.violations.some((r) => r.dimension === d);
    const comm = c.step?.comm.find((e) => e.dimension === d);
    const share = comm && step > 0 ? ` · ${percent(comm.exposedSeconds / step).replace(' ', '')} comm` : '';
    const max = range ? ` max ${range.maxUseful}` : '';
    add(`parallel.${d}`, `${d.toUpperCase()} ${bad ? '✗' : '✓'}${max}${share}`);
  }
  const run = c.run;
  const tokens = run?.tokens;
  if (run && tokens !== undefined && run.gpuHours !== undefined) {
    const total = an.flops.perToken.training.value * tokens;
    const label = t(
      'hint.run',
      { flops: si(total, 2).trim(), hours: si(run.gpuHours, 2).replace(' ', ''), gpu: c.cluster.accelerator.id.split('-')[0]!.toUpperCase() },
      locale,
    );
    add('training.trainIters', label);
    add('training.trainTokens', label);
  }
  add('training.microBatch', t('hint.memory', { gb: sig(c.memory.total / 1e9, 3), fits: c.memory.fits ? '✓' : '✗' }, locale));
  return out;
}

/** Markdown for a hover at an offset (on a recognized key or its value); undefined elsewhere. */
/** Settings whose hover shows the layout and the step they change (its mechanisms stated with it). */
const STEP_FIELDS: ReadonlySet<string> = new Set([
  'training.microBatch',
  'training.globalBatch',
  'training.recompute',
  'training.zeroStage',
  'training.precision',
  'training.fp8Recipe',
  'training.tpCommOverlap',
  'training.epCommOverlap',
  'training.epNodeDispatch',
  'training.overlapGradReduce',
  'training.overlapParamGather',
  'training.expertCapacity',
  'training.expertPadding',
]);

/**
 * A key as the file writes it: without the place a script inside the file sits at (a job file's container script,
 * ["@script", its path], a heredoc's Python, ["@heredoc", its name]) or the marker of a key=value argument.
 */
function shownKey(path: readonly (string | number)[]): string {
  const rest = path[0] === '@script' || path[0] === '@heredoc' ? path.slice(2) : path;
  return (rest[0] === '@override' ? rest.slice(1) : rest).join('.');
}

export function hoverAt(a: FileAnalysis, file: string, offset: number, locale: Locale = 'en'): { markdown: string; range: Range } | undefined {
  const inside = (r: Range) => offset >= r.start && offset <= r.end;
  const matches = fieldsOf(a, file).filter((f) => inside(f.fact.keyRange) || inside(f.fact.valueRange));
  if (!matches.length) return undefined;
  const fact = matches[0]!.fact;
  const lines = new Map(a.files.map((f) => [f.path, new LineIndex(f.text)]));
  const where = (p: Provenance): string => {
    const f = factOf(p);
    if (p.kind === 'assumed' || p.kind === 'override') return `${t('hover.assumed', {}, locale)}: ${render(p.reason, locale)}`;
    if (!f) return p.kind === 'derived' ? render(p.reason, locale) : '';
    const line = lines.get(f.file)?.position(f.range.start).line ?? 1;
    const via = p.kind === 'derived' ? ` (${render(p.reason, locale)})` : '';
    return `${f.file.split(/[\\/]/).pop()}:${line}${via}`;
  };
  const out: string[] = [`**Compute Budget** · \`${shownKey(fact.path)}\``, ''];
  for (const m of matches) out.push(`- \`${m.field}\` = **${String(m.value)}** — ${where(m.source)}`);
  const an = a.analysis;
  if (an) {
    const report = buildReport([a], an.flops.convention, locale).files[0]!;
    const fields = new Set(matches.map((m) => m.field.split('.').slice(0, 2).join('.')));
    const model = [...fields].some((f) => f.startsWith('model.'));
    const p = report.params!;
    if (model) {
      out.push(
        '',
        `**${t('report.parameters', {}, locale)}: ${paramCount(p.total)}** (${exact(p.total)})${p.active !== p.total ? ` · ${t('report.active', {}, locale)} ${paramCount(p.active)}` : ''}`,
        '',
        `\`${p.formulas.total}\``,
        '',
      );
      out.push(`| | ${t('report.value', {}, locale)} |`, '|---|---:|');
      out.push(
        `| ${t('report.embedding', {}, locale)} | ${exact(p.embedding)} |`,
        `| ${t(p.outputHead ? 'report.outputHead' : 'report.outputHeadTied', {}, locale)} | ${exact(p.outputHead)} |`,
      );
      if (p.positions) out.push(`| ${t('report.positions', {}, locale)} | ${exact(p.positions)} |`);
      for (const g of p.layers) out.push(`| ${layerText(g, locale)} | ${exact(g.count * g.each)} |`);
      out.push(`| ${t('report.normsOther', {}, locale)} | ${exact(p.other)} |`);
      if (p.encoderHead) out.push(`| ${t('report.encoderHead', {}, locale)} | ${exact(p.encoderHead)} |`);
      if (p.vision) out.push(`| ${t('report.vision', {}, locale)} | ${exact(p.vision)} |`);
      if (p.audio) out.push(`| ${t('report.audio', {}, locale)} | ${exact(p.audio)} |`);
    }
    if ([...fields].some((x) => x.startsWith('training.adapter') || x === 'training.freeze') && p.method !== 'full') {
      const all = p.total + p.adapter;
      out.push(
        '',
        `**${t('report.trainable', { method: p.method, share: percent(p.trainable / all) }, locale)}: ${paramCount(p.trainable)}** (${exact(p.trainable)}) · ${t('report.withAdapter', {}, locale)} ${exact(all)}`,
        '',
        `\`${an.method.trainable.formula}\``,
        '',
        an.method.trainable.inputs.map((i) => `${i.symbol} = ${typeof i.value === 'number' ? exact(i.value) : String(i.value)}`).join(', '),
      );
    }
    const f = report.flops!;
    if (model || fields.has('training.seqLen')) {
      const inputs = an.flops.perToken.training.inputs.map((i) => `${i.symbol} = ${typeof i.value === 'number' ? exact(i.value) : String(i.value)}`).join(', ');
      out.push(
        '',
        `**${f.target ? t('report.flopsTarget', { convention: f.convention, seqLen: f.seqLen, target: f.target }, locale) : t('report.flops', { convention: f.convention, seqLen: f.seqLen }, locale)}**: ${t('report.training', {}, locale)} ${flops(f.perToken.training)}, ${t('report.forward', {}, locale)} ${flops(f.perToken.forward)}`,
        '',
        `\`${f.formulas.training}\``,
        '',
        inputs,
      );
    }
    const par = report.parallel!;
    if ([...fields].some((x) => x.startsWith('parallel.') || STEP_FIELDS.has(x))) {
      out.push('', `**${t('report.layout', {}, locale)}**: ${layoutText(par.degrees)}`);
      for (const r of par.valid)
        out.push(
          `- ${r.dimension.toUpperCase()} ${r.degree}: ${t('hover.valid', { valid: r.valid.length ? r.valid.join(', ') : '—', max: r.maxUseful }, locale)} (${r.limit})`,
        );
      for (const r of par.rules) out.push(`- ${r.severity === 'error' ? '✗' : '⚠'} ${r.message}`);
      const m = report.memory!;
      out.push('', `**${t('report.memoryPerGpu', {}, locale)}**: ${si(m.perGpuBytes)}B / ${si(m.capacityBytes)}B`);
      const cm = report.comm;
      if (cm?.perDimension.length) {
        out.push(
          '',
          `| ${t('report.dimension', {}, locale)} | ${t('report.collective', {}, locale)} | ${t('report.tier', {}, locale)} | ${t('report.linkTime', {}, locale)} | ${t('report.exposed', {}, locale)} |`,
          '|---|---|---|---:|---:|',
        );
        for (const e of cm.perDimension)
          out.push(`| ${e.dimension.toUpperCase()} ${e.degree} | ${e.collective} | ${e.tier} | ${duration(e.linkSeconds)} | ${duration(e.exposedSeconds)} |`);
      }
      const th = report.throughput;
      const on = `${report.cluster!.gpus} × ${report.cluster!.name}${report.cluster!.assumed ? ` (${t('hover.assumed', {}, locale)})` : ''}`;
      out.push(
        '',
        th && cm
          ? `${t('report.stepTime', {}, locale)} ${duration(th.stepSeconds)} · MFU ${percent(th.mfu)} · ${t('report.ratio', {}, locale)} ${cm.ratio === null ? '—' : sig(cm.ratio)} · ${on}`
          : `${t('report.notRunnable', {}, locale)} · ${on}`,
      );
      for (const a of th?.assumptions ?? []) out.push(`- ${a}`);
      // On the global batch and the cluster's size: how far this setup scales (analysis/absorption.ts).
      const ab = report.absorption;
      if (ab && [...fields].some((x) => x === 'training.globalBatch' || x === 'parallel.dp' || x === 'parallel.worldSize' || x === 'parallel.nodes'))
        out.push(
          '',
          `**${t('report.absorbs', {}, locale)}**: ${t(
            'report.absorbsValue',
            {
              weak: ab.weak.maxGpus,
              weakLimit: ab.weak.limitedBy,
              strong: ab.strong.maxGpus,
              strongLimit: ab.strong.limitedBy,
              fastest: ab.fastestSeconds === null ? '—' : duration(ab.fastestSeconds),
            },
            locale,
          )}`,
        );
    }
    // On the optimizer: the state it keeps and the matrix work it adds per step (analysis/optimizers.ts), with the formula.
    if (fields.has('training.optimizer') && a.spec?.model) {
      const name = an.cluster.plan.workload.optimizer;
      const cost = optimizerCost(a.spec.model, name);
      const state = OPTIMIZER_STATE_BYTES[name] ?? OPTIMIZER_STATE_BYTES['other']!;
      out.push(
        '',
        `**${t('hover.optimizer', { name }, locale)}**: ${t('hover.optimizerState', { bytes: state, total: `${si(report.memory!.breakdown.optimizer)}B` }, locale)}`,
        '',
        cost.flopsPerStep > 0
          ? `${t('hover.optimizerWork', { flops: flops(cost.flopsPerStep), params: paramCount(cost.matrixParams) }, locale)}: \`${cost.formula}\``
          : t('hover.optimizerElementwise', {}, locale),
      );
    }
    // On a hyperparameter search (a W&B sweep, a Hydra sweeper): its trials and the GPU-hours of all of them.
    if (fields.has('training.sweepTrials') && report.run?.trials !== undefined && report.run.gpuHours !== null)
      out.push(
        '',
        `**${t('report.sweep', {}, locale)}**: ${t('hover.sweep', { trials: report.run.trials, each: sig(report.run.gpuHours), total: sig(report.run.sweepGpuHours ?? 0) }, locale)}`,
      );
    if (fields.has('training.trainIters') || fields.has('training.trainTokens') || fields.has('training.epochs')) {
      const r = report.run;
      if (r && r.seconds !== null)
        out.push(
          '',
          `**${t('report.timeToTrain', {}, locale)}**: ${duration(r.seconds)} · ${sig(r.gpuHours ?? 0)} GPU-h${r.energyKwh !== null ? ` · ${sig(r.energyKwh)} kWh` : ''}${r.cost !== null ? ` · ${sig(r.cost)}` : ''}`,
        );
    }
  }
  return {
    markdown: out.join('\n'),
    range: { start: Math.min(fact.keyRange.start, fact.valueRange.start), end: Math.max(fact.keyRange.end, fact.valueRange.end) },
  };
}
