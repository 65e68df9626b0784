/**
 * The cluster breakdown panel's UI: renders what the host computed (never computes numbers itself)
 * as SVG charts and tables, theme-aware through VS Code's CSS variables, keyboard accessible (native
 * controls, focusable charts with text alternatives), and sends what-if changes back.
 */
import { hostToPanelSchema, type PanelToHost, type WhatIfMessage } from './protocol';
import type { PanelModel } from '../core';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('root')!;
let whatIf: WhatIfMessage = ((vscode.getState() as { whatIf?: WhatIfMessage } | undefined)?.whatIf ?? {}) as WhatIfMessage;
let timer: ReturnType<typeof setTimeout> | undefined;

function post(m: PanelToHost): void {
  vscode.postMessage(m);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) e.append(c);
  return e;
}

const SVG = 'http://www.w3.org/2000/svg';
function svg(tag: string, attrs: Record<string, string | number> = {}, ...children: (Node | string)[]): SVGElement {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  for (const c of children) e.append(c);
  return e;
}

/** One step as a stacked bar: compute, recompute, each dimension's exposed and hidden communication, bubble. */
function stepBar(m: PanelModel): HTMLElement {
  const total = m.step.reduce((s, x) => s + x.seconds, 0) || 1;
  const W = 600;
  const H = 36;
  let x = 0;
  const alt = m.step.map((s) => `${s.label}: ${s.text}`).join('; ');
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': alt, tabindex: '0', class: 'bar', 'data-testid': 'step-bar' });
  for (const s of m.step) {
    const w = (s.seconds / total) * W;
    const rect = svg('rect', {
      x,
      y: 0,
      width: Math.max(w, 0.5),
      height: H,
      class: `seg seg-${s.key.split('-')[0]}${s.hidden ? ' hidden' : ''}`,
      'data-key': s.key,
      'data-seconds': s.seconds,
    });
    rect.append(svg('title', {}, `${s.label}: ${s.text}`));
    chart.append(rect);
    x += w;
  }
  const legend = el(
    'ul',
    { class: 'legend' },
    ...m.step.map((s) =>
      el('li', { 'data-key': s.key }, el('span', { class: `swatch seg-${s.key.split('-')[0]}${s.hidden ? ' hidden' : ''}` }), `${s.label} ${s.text}`),
    ),
  );
  return el('section', {}, el('h2', {}, m.labels['panel.step']!), chart, legend);
}

function headline(m: PanelModel): HTMLElement {
  return el(
    'section',
    { class: 'headline' },
    ...(m.show.ratio
      ? [el('div', { class: 'big', 'data-testid': 'ratio', 'aria-label': m.labels['panel.ratio']! }, m.text.ratio), el('div', {}, m.labels['panel.ratio']!)]
      : []),
    el(
      'div',
      { class: 'stats' },
      `${m.labels['panel.mfu']} `,
      el('b', { 'data-testid': 'mfu' }, m.text.mfu),
      ` (${m.convention}) · ${m.labels['panel.stepTime']} `,
      el('b', { 'data-testid': 'step' }, m.text.step),
      ` · ${m.labels['panel.memory']} `,
      el('b', { 'data-testid': 'memory-total' }, m.text.memory),
    ),
    el(
      'div',
      { class: 'file' },
      `${m.file.split('/').pop()} · ${m.cluster.gpus} × ${m.cluster.name}${m.cluster.assumed ? ` (${m.labels['panel.assumed']})` : ''}`,
    ),
    ...(m.headline ? [el('div', { class: 'file', 'data-testid': 'headline' }, m.headline)] : []),
  );
}

function table(headers: string[], rows: (string | Node)[][], testid: string): HTMLTableElement {
  return el(
    'table',
    { 'data-testid': testid },
    el('thead', {}, el('tr', {}, ...headers.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...rows.map((r) => el('tr', {}, ...r.map((c) => el('td', {}, c))))),
  );
}

function dimensions(m: PanelModel): HTMLElement {
  const L = m.labels;
  return el(
    'section',
    {},
    el('h2', {}, L['panel.dimensions']!),
    table(
      [
        '',
        L['panel.degree']!,
        L['panel.valid']!,
        L['panel.collective']!,
        L['panel.bytes']!,
        L['panel.tier']!,
        L['panel.link']!,
        L['panel.exposed']!,
        L['panel.ratio']!,
      ],
      m.dimensions.map((d) => [
        d.dimension.toUpperCase(),
        String(d.degree),
        d.text.valid,
        d.collective,
        d.text.bytes,
        d.tier,
        d.text.link,
        d.text.exposed,
        d.text.ratio,
      ]),
      'dimensions',
    ),
  );
}

/** Compute/communication ratio and MFU against cluster size, log₂ GPUs on x. */
function scalingChart(m: PanelModel): HTMLElement | undefined {
  const L = m.labels;
  const scaling = m.scaling;
  if (!scaling) return undefined;
  const W = 600;
  const H = 220;
  const pad = 36;
  const pts = [...scaling.weak, ...scaling.strong].filter((p) => p.gpus > 0);
  const xs = pts.map((p) => Math.log2(p.gpus));
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs, x0 + 1);
  const ratios = pts.map((p) => p.ratio ?? 0).filter((r) => r > 0);
  const rMax = Math.max(2, ...ratios.map((r) => Math.log10(r) + 1));
  const X = (g: number) => pad + ((Math.log2(g) - x0) / (x1 - x0)) * (W - 2 * pad);
  const Yr = (r: number) => H - pad - (Math.max(0, Math.log10(Math.max(r, 1e-3)) + 1) / rMax) * (H - 2 * pad);
  const Ym = (f: number) => H - pad - f * (H - 2 * pad);
  const line = (series: readonly (typeof pts)[number][], y: (p: (typeof pts)[number]) => number, cls: string) =>
    svg('polyline', { points: series.map((p) => `${X(p.gpus).toFixed(1)},${y(p).toFixed(1)}`).join(' '), class: cls, fill: 'none' });
  const alt = `${L['panel.weak']}: ${scaling.text.map((p) => `${p.gpus} ${L['panel.gpus']} ratio ${p.ratio} MFU ${p.mfu}`).join('; ')}`;
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': alt, tabindex: '0', class: 'chart', 'data-testid': 'scaling' });
  chart.append(
    svg('line', { x1: pad, y1: Yr(1), x2: W - pad, y2: Yr(1), class: 'unity' }),
    svg('text', { x: W - pad, y: Yr(1) - 4, class: 'axis', 'text-anchor': 'end' }, 'ratio = 1'),
  );
  chart.append(
    line(
      scaling.weak.filter((p) => p.ratio !== null),
      (p) => Yr(p.ratio!),
      'weak-ratio',
    ),
  );
  chart.append(
    line(
      scaling.strong.filter((p) => p.ratio !== null),
      (p) => Yr(p.ratio!),
      'strong-ratio',
    ),
  );
  chart.append(line(scaling.weak, (p) => Ym(p.mfu), 'weak-mfu'));
  chart.append(line(scaling.strong, (p) => Ym(p.mfu), 'strong-mfu'));
  if (scaling.commDominatesAt !== null) {
    const x = X(scaling.commDominatesAt);
    chart.append(
      svg('line', { x1: x, y1: pad / 2, x2: x, y2: H - pad, class: 'marker dominates', 'data-gpus': scaling.commDominatesAt }),
      svg('text', { x: x + 3, y: pad / 2 + 10, class: 'axis' }, `${L['panel.commDominates']} ${scaling.commDominatesAt}`),
    );
  }
  // The absorption limit (strong scaling: the global batch as written).
  const ab = m.absorption;
  if (ab && ab.strong >= 2 ** x0 && ab.strong <= 2 ** x1) {
    const x = X(ab.strong);
    chart.append(
      svg('line', { x1: x, y1: pad / 2, x2: x, y2: H - pad, class: 'marker absorbs', 'data-gpus': ab.strong, 'data-limit': ab.strongLimit }),
      svg('text', { x: x + 3, y: pad / 2 + 22, class: 'axis' }, `${L['panel.absorbs']} ${ab.strong} (${ab.strongLimit})`),
    );
  }
  if (scaling.runsOutAt >= 2 ** x0 && scaling.runsOutAt <= 2 ** x1) {
    const x = X(scaling.runsOutAt);
    chart.append(
      svg('line', { x1: x, y1: pad / 2, x2: x, y2: H - pad, class: 'marker runs-out', 'data-gpus': scaling.runsOutAt }),
      svg('text', { x: x - 3, y: H - pad - 4, class: 'axis', 'text-anchor': 'end' }, `${L['panel.runsOut']} ${scaling.runsOutAt}`),
    );
  }
  for (let e = Math.ceil(x0); e <= x1; e += Math.max(1, Math.round((x1 - x0) / 8)))
    chart.append(svg('text', { x: X(2 ** e), y: H - pad + 14, class: 'axis', 'text-anchor': 'middle' }, String(2 ** e)));
  const rows = scaling.text.map((p) => [p.gpus, p.globalBatch, p.ratio, p.mfu, p.step]);
  const details = el(
    'details',
    {},
    el('summary', {}, L['panel.weak']!),
    table([L['panel.gpus']!, 'batch', L['panel.ratio']!, 'MFU', L['panel.stepTime']!], rows, 'scaling-weak'),
  );
  const legend = el(
    'ul',
    { class: 'legend' },
    el('li', {}, el('span', { class: 'swatch weak-ratio' }), `${L['panel.weak']} · ratio`),
    el('li', {}, el('span', { class: 'swatch strong-ratio' }), `${L['panel.strong']} · ratio`),
    el('li', {}, el('span', { class: 'swatch weak-mfu' }), 'MFU'),
  );
  return el('section', {}, el('h2', {}, L['panel.scaling']!), chart, legend, details);
}

/**
 * The levers table (report/levers.ts): one change at a time, the setup as written first. Each row's button applies
 * its change as the what-if (the other what-if settings cleared: a lever is measured from the setup as written).
 */
function leversTable(m: PanelModel): HTMLElement | undefined {
  if (!m.levers.length) return undefined;
  const L = m.labels;
  const rows = m.levers.map((r) => {
    const active = r.id === 'as-written' ? !whatIf.lever : whatIf.lever === r.id;
    const tryIt = el(
      'button',
      { type: 'button', 'data-lever': r.id, 'aria-pressed': String(active), ...(active ? { class: 'active' } : {}) },
      L['panel.tryLever']!,
    );
    tryIt.addEventListener('click', () => change(r.id === 'as-written' ? {} : { lever: r.id }));
    return [r.label, ...r.cells.slice(1), tryIt];
  });
  return el('section', {}, el('h2', {}, L['panel.levers']!), table([...L['levers.header']!.split('|'), ''], rows, 'levers'));
}

function memoryBar(m: PanelModel): HTMLElement {
  const L = m.labels;
  const W = 600;
  const H = 30;
  const scale = Math.max(m.memory.capacity, m.memory.total) || 1;
  let x = 0;
  const chart = svg('svg', {
    viewBox: `0 0 ${W} ${H + 14}`,
    role: 'img',
    'aria-label': m.memory.segments.map((s) => `${s.label}: ${s.text}`).join('; ') + `; ${L['panel.capacity']} ${m.memory.capacityText}`,
    tabindex: '0',
    class: 'bar',
    'data-testid': 'memory',
  });
  for (const s of m.memory.segments) {
    const w = (s.bytes / scale) * W;
    const r = svg('rect', { x, y: 0, width: Math.max(0, w), height: H, class: `mem mem-${s.key}`, 'data-bytes': s.bytes });
    r.append(svg('title', {}, `${s.label}: ${s.text}`));
    chart.append(r);
    x += w;
  }
  const cap = (m.memory.capacity / scale) * W;
  chart.append(
    svg('line', { x1: cap, y1: 0, x2: cap, y2: H + 4, class: `capacity${m.memory.fits ? '' : ' over'}` }),
    svg('text', { x: Math.min(cap, W - 2), y: H + 13, class: 'axis', 'text-anchor': 'end' }, `${L['panel.capacity']} ${m.memory.capacityText}`),
  );
  const legend = el(
    'ul',
    { class: 'legend' },
    ...m.memory.segments.map((s) => el('li', {}, el('span', { class: `swatch mem-${s.key}` }), `${s.label} ${s.text}`)),
  );
  return el('section', {}, el('h2', {}, `${L['panel.memory']}: ${m.text.memory}`), chart, legend);
}

function layouts(m: PanelModel): HTMLElement {
  const L = m.labels;
  const rows = m.layouts.map((x) => {
    const use = el('button', { type: 'button' }, L['panel.use']!);
    // The row's layout on the cluster it was found on (the what-if's cluster settings stay).
    use.addEventListener('click', () =>
      change({ ...whatIf, tp: x.tp, pp: x.pp, vpp: x.vpp, dp: x.dp, cp: x.cp, ep: x.ep, microBatch: x.microBatch, recompute: x.recompute }),
    );
    return [x.label, x.text.step, x.text.mfu, x.text.ratio, x.text.memory, use];
  });
  return el(
    'section',
    {},
    el('h2', {}, L['panel.layouts']!),
    table(['', L['panel.stepTime']!, 'MFU', L['panel.ratio']!, L['panel.memory']!, ''], rows, 'layouts'),
  );
}

function numberInput(label: string, key: keyof WhatIfMessage, value: number): HTMLElement {
  const input = el('input', { type: 'number', min: '1', step: '1', value: String(value), id: `wi-${key}`, 'data-key': key });
  input.addEventListener('change', () => {
    const v = Number(input.value);
    if (Number.isInteger(v) && v >= 1) change({ ...whatIf, [key]: v });
  });
  return el('label', { for: `wi-${key}` }, label, input);
}

function selectInput(label: string, key: keyof WhatIfMessage, value: string, options: { id: string; name: string }[]): HTMLElement {
  const select = el(
    'select',
    { id: `wi-${key}`, 'data-key': key },
    ...options.map((o) => el('option', { value: o.id, ...(o.id === value ? { selected: '' } : {}) }, o.name)),
  );
  select.addEventListener('change', () => change({ ...whatIf, [key]: select.value }));
  return el('label', { for: `wi-${key}` }, label, select);
}

function controls(m: PanelModel): HTMLElement {
  const L = m.labels;
  const l = m.layout;
  const c = m.cluster;
  // A lever changes more than the layout (precision, optimizer, shape): Apply writes degrees only, so it waits for Reset.
  const apply = el(
    'button',
    { type: 'button', class: 'primary', 'data-testid': 'apply', ...(whatIf.lever ? { disabled: '', title: L['panel.applyLever']! } : {}) },
    L['panel.apply']!,
  );
  apply.addEventListener('click', () => post({ type: 'apply', whatIf }));
  const reset = el('button', { type: 'button' }, L['panel.reset']!);
  reset.addEventListener('click', () => change({}));
  return el(
    'section',
    { class: 'whatif' },
    el('h2', {}, L['panel.whatIf']!),
    el(
      'div',
      { class: 'grid' },
      selectInput(
        L['panel.accelerator']!,
        'accelerator',
        c.accelerator,
        m.presets.map((p) => ({ id: p.id, name: p.id })),
      ),
      numberInput(L['panel.gpusPerNode']!, 'gpusPerNode', c.gpusPerNode),
      numberInput(L['panel.nodes']!, 'nodes', c.nodes),
      numberInput(L['panel.scaleUp']!, 'scaleUpGBs', c.scaleUpGBs),
      numberInput(L['panel.scaleOut']!, 'scaleOutGbps', c.scaleOutGbps),
      numberInput('TP', 'tp', l.tp),
      numberInput('PP', 'pp', l.pp),
      numberInput('VPP', 'vpp', l.vpp),
      numberInput('DP', 'dp', l.dp),
      numberInput('CP', 'cp', l.cp),
      numberInput('EP', 'ep', l.ep),
      numberInput(L['panel.microBatch']!, 'microBatch', l.microBatch),
      selectInput(
        L['panel.recomputeLabel']!,
        'recompute',
        l.recompute,
        ['none', 'selective', 'full'].map((x) => ({ id: x, name: x })),
      ),
      selectInput(
        L['panel.precision']!,
        'precision',
        l.precision,
        ['bf16', 'fp16', 'fp8', 'fp4', 'fp32'].map((x) => ({ id: x, name: x })),
      ),
    ),
    el('div', { class: 'buttons' }, apply, reset),
    ...(m.rules.length
      ? [el('ul', { class: 'rules' }, ...(m.rules as { severity: string; message: string }[]).map((r) => el('li', { class: r.severity }, r.message)))]
      : []),
  );
}

function change(next: WhatIfMessage): void {
  whatIf = next;
  vscode.setState({ whatIf });
  if (timer !== undefined) clearTimeout(timer);
  timer = setTimeout(() => post({ type: 'whatIf', whatIf }), 120);
}

function render(m: PanelModel): void {
  const focused = document.activeElement?.id;
  const parts = [
    headline(m),
    ...(m.show.step ? [stepBar(m)] : []),
    ...(m.show.dimensions ? [dimensions(m)] : []),
    ...(m.show.scaling ? [scalingChart(m)] : []),
    memoryBar(m),
    controls(m),
    layouts(m),
    leversTable(m),
  ].filter((x): x is HTMLElement => x !== undefined);
  root.replaceChildren(el('h1', {}, `${m.labels['panel.title']} · ${m.architecture}`), ...parts);
  if (focused) document.getElementById(focused)?.focus();
}

window.addEventListener('message', (event: MessageEvent) => {
  const parsed = hostToPanelSchema.safeParse(event.data);
  if (!parsed.success) return; // not ours, or malformed: ignored
  const msg = parsed.data;
  if (msg.type === 'empty') {
    root.replaceChildren(el('p', { class: 'empty' }, msg.message));
    return;
  }
  whatIf = msg.whatIf;
  vscode.setState({ whatIf });
  render(msg.model as unknown as PanelModel);
});

post({ type: 'ready' });
if (Object.keys(whatIf).length) post({ type: 'whatIf', whatIf });
