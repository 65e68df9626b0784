/**
 * Property-based robustness: random mutations and truncations of every fixture never make the
 * pipeline throw, and every number it shows is finite and non-negative. A short run here; the long
 * run is `npm run fuzz` (FUZZ_RUNS).
 */
import { strict as assert } from 'node:assert';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { analyzeFile, buildReport, renderJson, renderMarkdown, renderText, syntaxOf } from '../../src/core';
import { FIXTURES, fixtureText } from './helpers/fixtures';

const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const fixtures = walk(FIXTURES)
  .map((p) => relative(FIXTURES, p))
  .filter((p) => syntaxOf(p) !== undefined);

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('"', "'", '{', '}', '[', ']', ':', '\n', '\\', '$((', '${', '*', '&a', '*a', '-1', '0', '1e400', 'NaN', '"auto"', 'null', '\r\n', '\uFEFF', '\t', '#')) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 200 }) }),
);

function mutate(text: string, ms: readonly { kind: string; at: number; len?: number; text?: string }[]): string {
  let t = text;
  for (const m of ms) {
    const at = t.length ? m.at % (t.length + 1) : 0;
    if (m.kind === 'truncate') t = t.slice(0, at);
    else if (m.kind === 'delete') t = t.slice(0, at) + t.slice(at + (m.len ?? 1));
    else if (m.kind === 'insert') t = t.slice(0, at) + (m.text ?? '') + t.slice(at);
    else t = t.slice(0, at) + t.slice(at, at + (m.len ?? 1)) + t.slice(at);
  }
  return t;
}

function checkNumbers(value: unknown, path: string): void {
  if (typeof value === 'number') {
    assert.ok(Number.isFinite(value), `${path} = ${value}`);
    return;
  }
  if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) checkNumbers(v, `${path}.${k}`);
}

describe('fuzzed and truncated fixtures never throw', function () {
  this.timeout(300000);
  it(`${RUNS} mutated configs across ${fixtures.length} fixtures in every format`, () => {
    assert.ok(fixtures.length >= 30);
    const texts = new Map(fixtures.map((f) => [f, fixtureText(f)]));
    fc.assert(
      fc.property(fc.constantFrom(...fixtures), fc.array(mutation, { minLength: 1, maxLength: 4 }), (file, ms) => {
        const text = mutate(texts.get(file)!, ms);
        const r = analyzeFile({ path: file, text }, { set: { MODEL: '39B' } });
        for (const f of r.findings) {
          for (const x of f.ranges) {
            const len = r.files.find((y) => y.path === x.file)?.text.length ?? Infinity;
            assert.ok(x.range.start >= 0 && x.range.end >= x.range.start && x.range.end <= len, `range ${JSON.stringify(x.range)} in ${x.file}`);
          }
        }
        if (r.analysis) {
          const p = r.analysis.params;
          assert.ok(p.total.value > 0);
          assert.equal(p.total.value, p.embedding.value + p.outputHead.value + p.positions.value + p.other + p.layerGroups.reduce((s, g) => s + g.count * g.each, 0));
          const report = buildReport([r], 'causal');
          checkNumbers(report, 'report');
          assert.doesNotMatch(renderText(report) + renderMarkdown(report) + renderJson(report), /NaN|Infinity/);
        }
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20261128) },
    );
  });
});
