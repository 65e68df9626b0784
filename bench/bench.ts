/**
 * `npm run bench`: parse + analyze each fixture many times; print the median microseconds per file
 * and the ratio to a bare parse of the same text by the same parser (the floor): JSON.parse for
 * JSON, the yaml / TOML library's plain parse, the extractor's own tokenizer for Python and shell.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { parseTOML } from 'toml-eslint-parser';
import { spawn, spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import Module from 'node:module';
import { DocumentAnalyzer, estimateAnalysisMs, headOf, INLINE_FACTOR, readConfig, settingsFrom, syntaxOf, type Syntax } from '../src/core';
import { nodeFs } from '../src/cli/node';
import { analyzeFile } from '../src/core/pipeline';
import { tokenizePython } from '../src/core/extract/python';
import { tokenizeShell } from '../src/core/extract/shell';
import { hintsFor, hoverAt } from '../src/core/report/editor';
import { clusterFromFile } from '../src/core/hardware/cluster';
import { planFromSpec } from '../src/core/analysis/parallel';
import { searchLayouts } from '../src/core/analysis/search';

const FLOORS: Record<Syntax, [string, (text: string) => unknown]> = {
  // (Python's json writes NaN and Infinity, as Mamba-2 configs' time_step_limit has it; JSON.parse reads them as null here.)
  json: ['JSON.parse', (t) => JSON.parse(/\b(NaN|Infinity)\b/.test(t) ? t.replace(/-?\b(NaN|Infinity)\b/g, 'null') : t)],
  yaml: ['yaml parse', (t) => parseAllDocuments(t, { version: '1.1', uniqueKeys: false })],
  toml: ['TOML parse', (t) => parseTOML(t)],
  python: ['tokenize', (t) => tokenizePython(t)],
  shell: ['tokenize', (t) => tokenizeShell(t)],
  // (Gin is read line by line, without a parser of its own.)
  gin: ['split lines', (t) => t.split('\n')],
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

function p99(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.99))] ?? 0;
}

/** Microseconds of each single call (for percentiles). */
function samples(fn: () => void, n: number): number[] {
  for (let i = 0; i < Math.min(20, n); i++) fn();
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    out.push(Number(process.hrtime.bigint() - t0) / 1000);
  }
  return out;
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

const files = walk(ROOT)
  .filter((p) => syntaxOf(p) !== undefined)
  .sort();
const rows: string[][] = [['file', 'bytes', 'median µs', 'p99 µs', 'floor', 'floor µs', 'ratio']];
for (const path of files) {
  const text = readFileSync(path, 'utf8');
  const rel = path.slice(ROOT.length + 1);
  const syntax = syntaxOf(rel, text)!;
  const result = analyzeFile({ path: rel, text });
  if (!result.spec) continue;
  const [floorName, floorFn] = FLOORS[syntax];
  const runs = samples(() => analyzeFile({ path: rel, text }), text.length > 20000 ? 60 : 300);
  const ours = median(runs);
  const floor = time(() => floorFn(text));
  rows.push([rel, String(text.length), ours.toFixed(1), p99(runs).toFixed(1), floorName, floor.toFixed(1), (ours / floor).toFixed(1)]);
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(r.map((c, i) => (i === 0 || i === 4 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));

// Sizes: each format grown to about 1 KB, 100 KB and 5 MB by repeating harmless content after a
// real config, against the same parser's bare parse of the same text.
console.log('\nby size (analysis vs bare parse of the same text)');
const bases: [Syntax, string, (n: number) => string][] = [
  ['json', 'hf_config/llama-3.1-8b.config.json', (n) => `,\n  "extra_${n}": {"note": "${'x'.repeat(40)}", "values": [1, 2, 3]}`],
  ['yaml', 'nemo/megatron_gpt_config.yaml', (n) => `\nextra_${n}:\n  note: ${'x'.repeat(40)}\n  values: [1, 2, 3]`],
  ['toml', 'torchtitan/llama3_8b.toml', (n) => `\n[extra_${n}]\nnote = "${'x'.repeat(40)}"\nvalues = [1, 2, 3]`],
  ['python', 'nanogpt_handwritten/gpt2_124m_owt.py', (n) => `\nextra_${n} = ${n} * 2  # ${'x'.repeat(30)}`],
  ['shell', 'megatron_handwritten/llama3_8b_h100.sh', (n) => `\nEXTRA_${n}=${n}  # ${'x'.repeat(40)}`],
];
// The estimate is what the extension uses to decide, before parsing, whether to analyze a file inline
// (it should not be below the measured time); over ten times the budget it reads only the head.
const sizeRows: string[][] = [['format', 'size', 'analyze ms', 'bare parse ms', 'ratio', 'estimate ms', 'head ms']];
for (const [syntax, rel, filler] of bases) {
  const base = readFileSync(join(ROOT, rel), 'utf8');
  for (const target of [1024, 100 * 1024, 5 * 1024 * 1024]) {
    // JSON entries go inside the top-level object; other formats append them.
    const body = syntax === 'json' ? base.trimEnd().replace(/\}$/, '') : base;
    const parts: string[] = [];
    let size = body.length;
    for (let n = 0; size < target; n++) {
      const p = filler(n);
      parts.push(p);
      size += p.length;
    }
    const text = body + parts.join('') + (syntax === 'json' ? '\n}\n' : '\n');
    const path = `sized.${syntax === 'python' ? 'py' : syntax === 'shell' ? 'sh' : syntax}`;
    const n = target > 1e6 ? 3 : target > 1e4 ? 60 : 200;
    const ours = median(samples(() => analyzeFile({ path, text }), n)) / 1000;
    const floor = median(samples(() => FLOORS[syntax][1](text), n)) / 1000;
    const head = median(samples(() => readConfig({ path, text: headOf(text) }), Math.max(n, 15))) / 1000;
    sizeRows.push([
      syntax,
      `${(text.length / 1024).toFixed(0)} KB`,
      ours.toFixed(3),
      floor.toFixed(3),
      (ours / floor).toFixed(1),
      estimateAnalysisMs(syntax, text.length).toFixed(1),
      head.toFixed(3),
    ]);
  }
}
const sw = sizeRows[0]!.map((_, i) => Math.max(...sizeRows.map((r) => r[i]!.length)));
for (const r of sizeRows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(sw[i]!) : c.padStart(sw[i]!))).join('  '));

// A YAML alias bomb (nine levels of nine aliases): extraction stops at the 20,000-value cap.
{
  const levels = 'abcdefghi'.split('');
  const bomb =
    levels
      .map((l, i) =>
        i === 0
          ? `${l}: &${l} [1, 2, 3, 4, 5, 6, 7, 8, 9]`
          : `${l}: &${l} [${Array(9)
              .fill(`*${levels[i - 1]}`)
              .join(', ')}]`,
      )
      .join('\n') + '\n';
  console.log(
    `\nYAML alias bomb (${bomb.length} bytes, expansion capped): ${(median(samples(() => readConfig({ path: 'bomb.yaml', text: bomb }), 15)) / 1000).toFixed(1)} ms median`,
  );
}

// The CLI over the whole fixture folder, as a process (start-up included).
{
  const cli = join(__dirname, '..', '..', 'dist', 'cli.js');
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = process.hrtime.bigint();
    spawnSync(process.execPath, [cli, 'check', ROOT, '--fail-on', 'never', '--format', 'json'], { encoding: 'utf8' });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  console.log(`\nCLI check over test/fixtures (${files.length} configs, one process): ${median(times).toFixed(0)} ms median`);
}

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
    r = searchLayouts(w, c, { zero: 0, distributedOptimizer: true, sequenceParallel: true });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  console.log(
    `  ${String(gpus).padStart(5)} GPUs, global batch ${w.globalBatch}: ${median(times).toFixed(0)} ms median, ${r!.evaluated} layouts evaluated, ${r!.fitting} fit`,
  );
}
// The engine's synchronous work per document change (analyze the setup, then build the inlay hints, the diagnostics'
// findings and a hover) for a 1 KB config and a 2 MB YAML: the language server's work now (the extension host only hands
// the documents over); and the bundles' sizes.
console.log('\nengine latency per change, in the language server (analysis + hints + hover, median; the 2 MB YAML only when asked)');
const small = readFileSync(join(ROOT, 'megatron_handwritten/llama3_8b_h100.sh'), 'utf8');
const big = readFileSync(join(ROOT, 'olmo/OLMo-7B.yaml'), 'utf8');
let large = big;
while (large.length < 2 * 1024 * 1024)
  large +=
    '\n' +
    big
      .replace(/^(\w)/gm, `x${large.length}_$1`)
      .split('\n')
      .filter((l) => !/^\s/.test(l))
      .join('\n');
for (const [name, path, text] of [
  ['1 KB launch script', 'llama3_8b_h100.sh', small],
  [`${(large.length / 1024 / 1024).toFixed(1)} MB YAML`, 'big.yaml', large],
] as const) {
  const once = () => {
    const r = analyzeFile({ path, text });
    hintsFor(r, path);
    hoverAt(r, path, text.indexOf('n_layers') + 1);
  };
  const us = time(once, 5, 3);
  console.log(`  ${name.padEnd(20)} ${(us / 1000).toFixed(2)} ms`);
}
// What the server does with the 2 MB YAML by default: its estimate is over ten times the 50 ms
// budget, so it reads only the head (to tell a config from any other file) and shows a notice.
{
  const estimate = estimateAnalysisMs('yaml', large.length);
  const head = median(samples(() => readConfig({ path: 'big.yaml', text: headOf(large) }), 60)) / 1000;
  console.log(
    `  ${'2.0 MB YAML, default'.padEnd(20)} estimate ${estimate.toFixed(0)} ms > ${INLINE_FACTOR} × 50 ms: notice; reading its head ${head.toFixed(2)} ms`,
  );
}
try {
  const dist = join(__dirname, '..', '..', 'dist');
  for (const f of ['extension.js', 'client.js', 'web/extension.js', 'server.js', 'web/server.js', 'webview.js'])
    console.log(`  bundle ${f.padEnd(18)} ${(statSync(join(dist, f)).size / 1024).toFixed(0)} KB`);
  // Activation cost: loading the bundle (activate() registers commands; the client library and the language server load
  // with the first config).
  const [load, activate] = measureLoad(join(dist, 'extension.js'));
  console.log(`  activation            ${load.toFixed(1)} ms to load dist/extension.js + ${activate.toFixed(1)} ms in activate() (vscode stubbed)`);
} catch (e) {
  console.log(`  (bundle not built: ${e instanceof Error ? e.message : String(e)})`);
}
void serverLatency().then(() => console.log(`\nnode ${process.version}, ${process.platform}/${process.arch}`));

/**
 * The language server's per-change latency as a client sees it: an edit (didChange), then the inlay
 * hints and a hover of the new version, over stdio to `dist/cli.js lsp --stdio`; next to the same
 * work in process (a DocumentAnalyzer, hints and hover called directly, as the extension did before it became the server's client).
 */
async function serverLatency(): Promise<void> {
  const bin = join(__dirname, '..', '..', 'dist', 'cli.js');
  const path = join(ROOT, 'megatron_handwritten', 'llama3_8b_h100.sh');
  const text = readFileSync(path, 'utf8');
  const offset = text.indexOf('--num-layers') + 3;
  console.log('\nlanguage server, per change (edit → inlay hints + hover of the new version, median of 40)');
  const analyzer = new DocumentAnalyzer();
  const settings = settingsFrom({});
  const inProcess: number[] = [];
  for (let i = 0; i < 40; i++) {
    const t0 = process.hrtime.bigint();
    const e = await analyzer.analyze({
      key: 'bench',
      path,
      text: `${text}\n# ${i}`,
      version: i,
      settings,
      fs: nodeFs,
      cluster: async () => undefined,
    });
    if (e.analysis) {
      hintsFor(e.analysis, path);
      hoverAt(e.analysis, path, offset);
    }
    inProcess.push(Number(process.hrtime.bigint() - t0) / 1e3);
  }
  const child = spawn(process.execPath, [bin, 'lsp', '--stdio'], { stdio: 'pipe' });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.listen();
  try {
    await connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
    await connection.sendNotification('initialized', {});
    const uri = pathToFileURL(path).toString();
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'shellscript', version: 0, text } });
    const lines = text.split('\n').length + 2;
    const position = { line: text.slice(0, offset).split('\n').length - 1, character: offset - text.lastIndexOf('\n', offset - 1) - 1 };
    const server: number[] = [];
    for (let i = 1; i <= 40; i++) {
      const t0 = process.hrtime.bigint();
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: i }, contentChanges: [{ text: `${text}\n# ${i}` }] });
      await Promise.all([
        connection.sendRequest('textDocument/inlayHint', {
          textDocument: { uri },
          range: { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } },
        }),
        connection.sendRequest('textDocument/hover', { textDocument: { uri }, position }),
      ]);
      server.push(Number(process.hrtime.bigint() - t0) / 1e3);
    }
    console.log(
      `  1 KB launch script    server ${(median(server) / 1000).toFixed(2)} ms (p99 ${(p99(server) / 1000).toFixed(2)} ms), in process ${(median(inProcess) / 1000).toFixed(2)} ms`,
    );
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
  } catch (e) {
    console.log(`  (server not measured: ${e instanceof Error ? e.message : String(e)})`);
    child.kill();
  } finally {
    connection.dispose();
  }
}

/** Loads the extension bundle with a stand-in `vscode` module; times the require and activate(). */
function measureLoad(bundle: string): [number, number] {
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = loader._load;
  // Every property of the stand-in is another stand-in that can be called or constructed, so the
  // bundle's top-level code (enum lookups, classes extending vscode types) loads as it would.
  // The bundle's interop copies the module onto an object whose prototype is the module's, hence
  // getPrototypeOf; activate() assigns to status-bar items and the like, hence set.
  const stub: object = new Proxy(function () {}, {
    get: (_t, key) => (key === Symbol.toPrimitive ? () => '' : stub),
    getPrototypeOf: () => stub,
    set: () => true,
    apply: () => stub,
    construct: () => stub,
  });
  loader._load = (request: string, ...rest: unknown[]) => (request === 'vscode' ? stub : original(request, ...rest));
  try {
    const t0 = process.hrtime.bigint();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(bundle) as { activate(context: unknown): unknown };
    const t1 = process.hrtime.bigint();
    mod.activate(stub);
    return [Number(t1 - t0) / 1e6, Number(process.hrtime.bigint() - t1) / 1e6];
  } finally {
    loader._load = original;
  }
}
