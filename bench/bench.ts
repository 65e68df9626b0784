/**
 * `npm run bench`: parse + analyze each fixture many times; print the median microseconds per file
 * and the ratio to a bare JSON.parse of the same text (the floor).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFile, syntaxOf } from '../src/core';

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

const files = walk(ROOT).filter((p) => syntaxOf(p) === 'json').sort();
const rows: string[][] = [['file', 'bytes', 'analyze µs', 'JSON.parse µs', 'ratio']];
for (const path of files) {
  const text = readFileSync(path, 'utf8');
  const rel = path.slice(ROOT.length + 1);
  const result = analyzeFile({ path: rel, text });
  if (!result.analysis) continue;
  const ours = time(() => analyzeFile({ path: rel, text }));
  const floor = time(() => JSON.parse(text));
  rows.push([rel, String(text.length), ours.toFixed(1), floor.toFixed(2), (ours / floor).toFixed(1)]);
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
console.log(`\nnode ${process.version}, ${process.platform}/${process.arch}`);
