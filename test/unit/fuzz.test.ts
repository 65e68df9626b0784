/**
 * Property-based robustness: random mutations and truncations of every fixture never make the
 * pipeline throw, and every number it shows is finite and non-negative. A short run here; the long
 * run is `npm run fuzz` (FUZZ_RUNS).
 */
import { strict as assert } from 'node:assert';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { buildReport, renderJson, renderMarkdown, renderText, syntaxOf } from '../../src/core';
import { analyzeFile } from '../../src/core/pipeline';
import { hintsFor, hoverAt } from '../../src/core/report/editor';
import { panel as panelModel } from '../../src/core/engine';
import { FIXTURES, fixtureText } from './helpers/fixtures';
import { sumOfParts } from './helpers/params';

const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);

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
  fc.record({ kind: fc.constant('crlf' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('bom' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('longline' as const), at: fc.nat(), len: fc.integer({ min: 1000, max: 20000 }) }),
  fc.record({ kind: fc.constant('nest' as const), at: fc.nat(), len: fc.integer({ min: 10, max: 300 }) }),
  fc.record({ kind: fc.constant('dupline' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('unicode' as const), at: fc.nat(), text: fc.constantFrom('层数', 'ключ', '🔥', '\u0000', '\u200b', 'é') }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom(
        '"',
        "'",
        '{',
        '}',
        '[',
        ']',
        ':',
        '\n',
        '\\',
        '$((',
        '${',
        '*',
        '&a',
        '*a',
        '-1',
        '0',
        '1e400',
        'NaN',
        '"auto"',
        'null',
        '\r\n',
        '\uFEFF',
        '\t',
        '#',
      ),
    ),
  }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 200 }) }),
);

function mutate(text: string, ms: readonly { kind: string; at: number; len?: number; text?: string }[]): string {
  // CRLF and a BOM apply to the whole text; the others at a position.
  let t = text;
  for (const m of ms) {
    const at = t.length ? m.at % (t.length + 1) : 0;
    if (m.kind === 'truncate') t = t.slice(0, at);
    else if (m.kind === 'crlf') t = t.replace(/\n/g, '\r\n');
    else if (m.kind === 'bom') t = '\uFEFF' + t;
    else if (m.kind === 'longline') t = t.slice(0, at) + 'x'.repeat(m.len ?? 1000) + t.slice(at);
    else if (m.kind === 'nest') t = t.slice(0, at) + '{"a":['.repeat(m.len ?? 10) + t.slice(at);
    else if (m.kind === 'dupline') {
      // Duplicate a whole line (duplicate keys).
      const start = t.lastIndexOf('\n', at - 1) + 1;
      const end = t.indexOf('\n', at);
      const line = t.slice(start, end < 0 ? t.length : end);
      t = t.slice(0, start) + line + '\n' + t.slice(start);
    } else if (m.kind === 'unicode') t = t.slice(0, at) + (m.text ?? '') + t.slice(at);
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

/**
 * Strings in a value (the report's names, paths and quoted input) that contain "NaN" or "Infinity"
 * inside other words. A bare "NaN" is not one: a value that a renderer could print as a number.
 */
function nanLikeStrings(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string' && /NaN|Infinity/.test(value) && /[A-Za-z0-9]/.test(value.replace(/NaN|Infinity/g, ''))) out.add(value);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) nanLikeStrings(v, out);
  return out;
}

/**
 * The rendered text with the input's own words taken out: a mutation can put "NaN" into a name
 * (`"architectures": ["NaNGPT2LMHeadModel"]`), which the report then quotes faithfully, and the JSON
 * rendering with its quotes escaped (`NaN"down_proj"` as `NaN\"down_proj\"`); what is left must not
 * show a non-finite number.
 */
function assertNoNonFinite(text: string, quoted: Set<string>): void {
  let rest = text;
  for (const q of [...quoted].sort((a, b) => b.length - a.length)) rest = rest.split(q).join('').split(JSON.stringify(q).slice(1, -1)).join('');
  assert.doesNotMatch(rest, /NaN|Infinity/);
}

/** Invariants every analysis must keep, whatever the input. */
function checkInvariants(r: ReturnType<typeof analyzeFile>, withPanel = false): void {
  for (const f of r.findings) {
    for (const x of f.ranges) {
      const len = r.files.find((y) => y.path === x.file)?.text.length ?? Infinity;
      assert.ok(x.range.start >= 0 && x.range.end >= x.range.start && x.range.end <= len, `range ${JSON.stringify(x.range)} in ${x.file}`);
    }
    for (const fix of f.fixes) for (const e of fix.edits) assert.ok(e.range.start >= 0 && e.range.end >= e.range.start);
  }
  if (r.analysis) {
    const p = r.analysis.params;
    assert.ok(p.total.value > 0);
    assert.equal(p.total.value, sumOfParts(p));
    assert.ok(p.active.value <= p.total.value);
    const report = buildReport([r], 'causal');
    checkNumbers(report, 'report');
    const quoted = nanLikeStrings([report, r.facts.map((f) => f.value), r.spec]);
    const text = renderText(report) + renderMarkdown(report) + renderJson(report);
    assertNoNonFinite(text, quoted);
    const hints = hintsFor(r, r.path);
    for (const h of hints) {
      assert.ok(h.label.length <= 30, h.label);
      assertNoNonFinite(h.label, quoted);
    }
    const hover = hoverAt(r, r.path, r.text.indexOf(':') + 1);
    if (hover) assertNoNonFinite(hover.markdown, quoted);
    // The panel adds a layout search: checked on the random configs, where it is cheap.
    const panel = withPanel ? panelModel(r, {}, 'en') : undefined;
    if (panel) checkNumbers(panel, 'panel');
  }
}

describe('random model configs: zero, negative, huge, fractional, NaN-like strings, missing keys', function () {
  this.timeout(Math.max(300000, RUNS * 30)); // `npm run fuzz` (100,000 runs) takes minutes
  const value = fc.oneof(
    fc.constantFrom(0, -1, 1, 2, 3, 7, 8, 64, 1e9, 1e12, 1e300, 0.5, 4096.5, '32', 'NaN', 'Infinity', '', null, true),
    fc.integer({ min: 1, max: 100000 }),
  );
  const keys = [
    'num_hidden_layers',
    'hidden_size',
    'num_attention_heads',
    'num_key_value_heads',
    'intermediate_size',
    'vocab_size',
    'max_position_embeddings',
    'head_dim',
    'num_local_experts',
    'num_experts_per_tok',
    'tie_word_embeddings',
  ];
  it(`${Math.ceil(RUNS / 2)} random Llama/Mixtral-shaped configs keep every invariant`, () => {
    fc.assert(
      fc.property(
        fc.constantFrom('llama', 'mixtral', 'qwen3', 'gpt2', 'deepseek_v3'),
        fc.dictionary(fc.constantFrom(...keys), value),
        fc.integer({ min: 1, max: 65536 }),
        (type, dict, seq) => {
          const text = JSON.stringify({ model_type: type, ...dict });
          checkInvariants(analyzeFile({ path: 'config.json', text }, { seqLen: seq }), true);
        },
      ),
      { numRuns: Math.ceil(RUNS / 2), seed: Number(process.env.FUZZ_SEED ?? 20261128) },
    );
  });
});

describe('cases the long fuzz run found', () => {
  it('sizes whose parameter count passes 2^53 give a value-range error on the file, and no numbers', () => {
    // `npm run fuzz`, seed 20261128, case 5789 (shrunk): the count came out as 18022728000065060,
    // not the exact 18022728000065064 of its parts.
    const text = JSON.stringify({
      model_type: 'llama',
      num_attention_heads: 554,
      hidden_size: 8133,
      vocab_size: 1,
      intermediate_size: 1,
      num_hidden_layers: 1,
      head_dim: 1000000000,
    });
    const r = analyzeFile({ path: 'config.json', text }, { seqLen: 1 });
    assert.equal(r.analysis, undefined);
    const f = r.findings.find((x) => x.message.id === 'analysis.beyondExact');
    assert.ok(f && f.severity === 'error' && f.ruleId === 'value-range', JSON.stringify(r.findings.map((x) => x.message.id)));
    assert.equal(text.slice(f.ranges[0]!.range.start, f.ranges[0]!.range.end), '8133');
    checkInvariants(r);
    // One size smaller and the count is exact again.
    const ok = analyzeFile({ path: 'config.json', text: text.replace('1000000000', '1000000') }, { seqLen: 1 });
    assert.ok(ok.analysis && Number.isSafeInteger(ok.analysis.params.total.value));
  });

  it('a MaxText MoE config scaled to 470 million layers (`npm run fuzz`, seed 20261128, case 34305): an error at the layer count, not a list too long to make', () => {
    // The mutation left `scale: 5000000` (a 2023 release's linear scale) in Qwen3-235B-A22B's MaxText YAML: 94 layers × 5,000,000.
    const file = 'survey/sixtysixth/train/1121-maxtext-qwen3-235b-a22b.yml';
    const ms = [
      { kind: 'duplicate', at: 878075306, len: 125 },
      { kind: 'duplicate', at: 854443016, len: 135 },
      { kind: 'delete', at: 1409263269, len: 1 },
    ];
    const r = analyzeFile({ path: file, text: mutate(fixtureText(file), ms) }, { set: { MODEL: '39B' } });
    assert.equal(r.analysis, undefined);
    const f = r.findings.find((x) => x.severity === 'error')!;
    assert.deepEqual([f.message.id, f.message.args?.['value']], ['value.expectedPositiveInt', String(94 * 5000000)]);
    checkInvariants(r);
  });
});

describe('a name the input spells with "NaN" is quoted, not taken for a number', () => {
  it('npm run fuzz, seed 20261128, case 68436: "NaN" inserted into GPT-2\'s architecture name', () => {
    const text = fixtureText('hf_config/gpt2.config.json').replace('"GPT2LMHeadModel"', '"NaNGPT2LMHeadModel"').replace(/\n/g, '\r\n');
    const r = analyzeFile({ path: 'hf_config/gpt2.config.json', text });
    assert.equal(r.analysis?.params.total.value, 124439808);
    const report = buildReport([r], 'causal');
    assert.match(renderText(report), /NaNGPT2LMHeadModel/);
    checkInvariants(r);
    // The check still catches a non-finite number that is not the input's own word.
    assert.throws(() => assertNoNonFinite('total NaN params · NaNGPT2LMHeadModel', new Set(['NaNGPT2LMHeadModel'])));
    // (An input word with a quote in it, as the JSON rendering escapes it: `target_modules: [NaN"down_proj"]`.)
    assert.doesNotThrow(() => assertNoNonFinite('"name": "NaN\\"down_proj\\""', new Set(['NaN"down_proj"'])));
    assert.throws(() => assertNoNonFinite('"total": NaN, "name": "NaN\\"down_proj\\""', new Set(['NaN"down_proj"'])));
  });
});

describe('fuzzed and truncated fixtures never throw', function () {
  this.timeout(Math.max(300000, RUNS * 30)); // `npm run fuzz` (100,000 runs) takes minutes
  it(`${RUNS} mutated configs across ${fixtures.length} fixtures in every format`, () => {
    assert.ok(fixtures.length >= 30);
    const texts = new Map(fixtures.map((f) => [f, fixtureText(f)]));
    fc.assert(
      fc.property(fc.constantFrom(...fixtures), fc.array(mutation, { minLength: 1, maxLength: 4 }), (file, ms) => {
        const text = mutate(texts.get(file)!, ms);
        checkInvariants(analyzeFile({ path: file, text }, { set: { MODEL: '39B' } }));
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20261128) },
    );
  });
});
