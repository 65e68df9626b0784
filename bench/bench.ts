/**
 * `npm run bench`: parse + analyze each fixture many times; print the median microseconds per file
 * and the ratio to a bare parse of the same text by the same parser (the floor): JSON.parse for
 * JSON, the yaml / TOML library's plain parse, the extractor's own tokenizer for Python and shell.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { parseTOML } from 'toml-eslint-parser';
import { analyzeFile, syntaxOf, type Syntax } from '../src/core';
import { tokenizePython } from '../src/core/extract/python';
import { tokenizeShell } from '../src/core/extract/shell';
import { hintsFor, hoverAt } from '../src/core/report/editor';
import { clusterFromFile } from '../src/core/hardware/cluster';
import { planFromSpec } from '../src/core/analysis/parallel';
import { searchLayouts } from '../src/core/analysis/search';

const FLOORS: Record<Syntax, [string, (text: string) => unknown]> = {
  json: ['JSON.parse', (t) => JSON.parse(t)],
  yaml: ['yaml parse', (t) => parseAllDocuments(t, { version: '1.1' })],
  toml: ['TOML parse', (t) => parseTOML(t)],
  python: ['tokenize', (t) => tokenizePython(t)],
  shell: ['tokenize', (t) => tokenizeShell(t)],
};

const ROOT = join(__dirname, '..', '..', 'test', 'fixtures');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** Median microseconds of `fn`, timed in batches so the clock's resolution does not matter. */
function time(fn: () => void, batches = 25, perBatch = 40): number {
  for (let i = 0; i < perBatch; i++) fn(); // warm up
  const samples: number[] = [];
  for (let b = 0; b < batches; b++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < perBatch; i++) fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1000 / perBatch);
  }
  return median(samples);
}

const files = walk(ROOT).filter((p) => syntaxOf(p) !== undefined).sort();
const rows: string[][] = [['file', 'bytes', 'analyze µs', 'floor', 'floor µs', 'ratio']];
for (const path of files) {
  const text = readFileSync(path, 'utf8');
  const rel = path.slice(ROOT.length + 1);
  const syntax = syntaxOf(rel, text)!;
  const result = analyzeFile({ path: rel, text });
  if (!result.spec) continue;
  const [floorName, floorFn] = FLOORS[syntax];
  const ours = time(() => analyzeFile({ path: rel, text }));
  const floor = time(() => floorFn(text));
  rows.push([rel, String(text.length), ours.toFixed(1), floorName, floor.toFixed(1), (ours / floor).toFixed(1)]);
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(r.map((c, i) => (i === 0 || i === 3 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));

// Layout search: Llama-3.1-70B, global batch 1024 × 8192 tokens, H100 SXM.
const spec = analyzeFile({ path: 'hf_config/llama-3.1-70b.config.json', text: readFileSync(join(ROOT, 'hf_config/llama-3.1-70b.config.json'), 'utf8') }).spec!;
const origin = { value: 'bench', source: { kind: 'override' as const, reason: { id: 'prov.clusterFile' as const, args: { file: 'bench' } } } };
console.log('\nlayout search (Llama-3.1-70B, 1024 × 8192 tokens, H100 SXM)');
for (const gpus of [1024, 16384]) {
  const c = clusterFromFile({ accelerator: 'h100-sxm', gpusPerNode: 8, links: { scaleOutGbps: 400 } }, origin, gpus);
  const w = { ...planFromSpec(spec as Parameters<typeof planFromSpec>[0], c).workload, seqLen: 8192, globalBatch: gpus >= 16384 ? 16384 : 1024 };
  const times: number[] = [];
  let r;
  for (let i = 0; i < 5; i++) {
    const t0 = process.hrtime.bigint();
    r = searchLayouts(w, c, { zero: 0, distributedOptimizer: true });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  console.log(`  ${String(gpus).padStart(5)} GPUs, global batch ${w.globalBatch}: ${median(times).toFixed(0)} ms median, ${r!.evaluated} layouts evaluated, ${r!.fitting} fit`);
}
// Extension side: the synchronous work the extension host does per document change (analyze the
// setup, then build the inlay hints, the diagnostics' findings and a hover) for a 1 KB config and
// a 2 MB YAML; and the bundle's size.
console.log('\nextension-side latency per change (analysis + hints + hover, median)');
const small = readFileSync(join(ROOT, 'megatron_handwritten/llama3_8b_h100.sh'), 'utf8');
const big = readFileSync(join(ROOT, 'olmo/OLMo-7B.yaml'), 'utf8');
let large = big;
while (large.length < 2 * 1024 * 1024) large += '\n' + big.replace(/^(\w)/gm, `x${large.length}_$1`).split('\n').filter((l) => !/^\s/.test(l)).join('\n');
for (const [name, path, text] of [['1 KB launch script', 'llama3_8b_h100.sh', small], [`${(large.length / 1024 / 1024).toFixed(1)} MB YAML`, 'big.yaml', large]] as const) {
  const once = () => {
    const r = analyzeFile({ path, text });
    hintsFor(r, path);
    hoverAt(r, path, text.indexOf('n_layers') + 1);
  };
  const us = time(once, 5, 3);
  console.log(`  ${name.padEnd(20)} ${(us / 1000).toFixed(2)} ms`);
}
try {
  const size = statSync(join(__dirname, '..', '..', 'dist', 'extension.js')).size;
  console.log(`  extension bundle      ${(size / 1024).toFixed(0)} KB (dist/extension.js)`);
} catch {
  /* not built */
}
console.log(`\nnode ${process.version}, ${process.platform}/${process.arch}`);
