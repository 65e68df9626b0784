/**
 * Families the eighth survey still refused: DeepSeek-V4 (deepseek_v4: DeepSeek-V4-Flash and -Pro, its inference/model.py's
 * compressed attention, grouped output and hyper-connections). GROUND_TRUTH.tsv holds the counts; here each is taken apart
 * from the shapes of model.py's tensors, written out again.
 */
import { strict as assert } from 'node:assert';
import { analyzeFile } from '../../src/core/pipeline';
import { buildReport } from '../../src/core/report/model';
import { renderText } from '../../src/core/report/text';
import { analyzeFlops } from '../../src/core/analysis/flops';
import type { Sourced } from '../../src/core/types';
import { analyzeFixture, fixtureText } from './helpers/fixtures';

const DIR = 'hf_config_2026';
const config = (name: string) => JSON.parse(fixtureText(`${DIR}/${name}.config.json`)) as Record<string, unknown>;
const analyzeJson = (json: unknown) => analyzeFile({ path: 'config.json', text: JSON.stringify(json) });
const errors = (json: unknown) => analyzeJson(json).findings.filter((f) => f.severity === 'error');
const given = <T>(value: T): Sourced<T> => ({ value, source: { kind: 'override', reason: { id: 'prov.whatIf', args: {} } } });

/** DeepSeek-V4's shapes as model.py builds them (ModelArgs' names). */
interface V4 {
  h: number;
  L: number;
  a: number;
  d: number;
  rq: number;
  G: number;
  ro: number;
  n: number;
  V: number;
  E: number;
  f: number;
  k: number;
  hash: number;
  aI: number;
  dI: number;
  ratios: number[];
}

/** One Block of compress ratio r (Attention, Compressor, Indexer, Gate, MoE, the norms and hc_* tensors), hash-routed or not. */
function block(c: V4, r: number, hashed: boolean): number {
  const { h, a, d, rq, G, ro, n, E, f, aI, dI } = c;
  const attn = a + h * rq + rq + rq * a * d + h * d + d + ((a * d) / G) * G * ro + G * ro * h;
  const coff = r === 4 ? 2 : 1;
  const compressor = r > 0 ? r * coff * d + 2 * h * coff * d + d : 0;
  const indexer = r === 4 ? rq * aI * dI + h * aI + 4 * 2 * dI + 2 * h * 2 * dI + dI : 0;
  const gate = E * h + (hashed ? 0 : E);
  const experts = E * 3 * h * f + 3 * h * f;
  const mix = (2 + n) * n;
  const hc = 2 * (mix * n * h + mix + 3);
  return attn + compressor + indexer + gate + experts + 2 * h + hc;
}

function counts(c: V4): { total: number; active: number; mtp: number } {
  let layers = 0;
  for (let i = 0; i < c.L; i++) layers += block(c, c.ratios[i]!, i < c.hash);
  const top = 2 * c.V * c.h + c.h + c.n * c.n * c.h + c.n + 1;
  const total = layers + top;
  const active = total - c.L * (c.E - c.k) * 3 * c.h * c.f;
  const mtp = block(c, c.ratios[c.L]!, false) + 2 * c.h * c.h + 3 * c.h + c.n * c.n * c.h + c.n + 1;
  return { total, active, mtp };
}

const shapes = (json: Record<string, unknown>): V4 => ({
  h: json.hidden_size as number,
  L: json.num_hidden_layers as number,
  a: json.num_attention_heads as number,
  d: json.head_dim as number,
  rq: json.q_lora_rank as number,
  G: json.o_groups as number,
  ro: json.o_lora_rank as number,
  n: json.hc_mult as number,
  V: json.vocab_size as number,
  E: json.n_routed_experts as number,
  f: json.moe_intermediate_size as number,
  k: json.num_experts_per_tok as number,
  hash: json.num_hash_layers as number,
  aI: json.index_n_heads as number,
  dI: json.index_head_dim as number,
  ratios: json.compress_ratios as number[],
});

describe('Hugging Face families of the tenth batch', () => {
  describe('DeepSeek-V4 (deepseek_v4)', () => {
    it('DeepSeek-V4-Flash: 284,332,240,471 (model card 284B), 13,799,632,471 active (13B without the embedding: 13,270,101,591), its MTP block 6,610,048,891 beside the total', () => {
      const json = config('deepseek-v4-flash-nvfp4');
      const c = shapes(json);
      const want = counts(c);
      assert.deepEqual(want, { total: 284332240471, active: 13799632471, mtp: 6610048891 });
      const r = analyzeFixture(`${DIR}/deepseek-v4-flash-nvfp4.config.json`);
      assert.deepEqual(
        r.findings.filter((f) => f.severity === 'error'),
        [],
      );
      const p = r.analysis!.params;
      assert.equal(p.total.value, want.total);
      assert.equal(p.active.value, want.active);
      assert.equal(p.mtp.value, want.mtp);
      assert.equal(p.active.value - p.embedding.value, 13270101591);
      // Layer 42's tensors in deepseek-ai/DeepSeek-V4-Flash-0731 (a ratio-4 layer): wq_b 32768 × 1024, wo_a 8192 × 4096,
      // the compressor's wkv 1024 × 4096 and ape 4 × 1024, the indexer's wq_b 8192 × 1024 and its compressor's 256 × 4096.
      assert.equal(c.ratios[42], 4);
      assert.equal(c.rq * c.a * c.d, 32768 * 1024);
      assert.equal(c.a * c.d * c.ro, 8192 * 4096);
      // Groups in the order of first use: 2 window-only hash-routed layers, 1 CSA hash-routed, then 20 HCA and 20 CSA.
      assert.deepEqual(
        p.layerGroups.map((g) => [g.variant, g.count, g.each]),
        [
          ['swaHash', 2, block(c, 0, true)],
          ['csaHash', 1, block(c, 4, true)],
          ['hca', 20, block(c, 128, false)],
          ['csa', 20, block(c, 4, false)],
        ],
      );
      // The hash layers' gates have no score-correction bias: E fewer each.
      assert.equal(block(c, 4, false) - block(c, 4, true), 256);
      // Final norm and the hyper-connection head.
      assert.equal(p.other, 4096 + 4 * 4 * 4096 + 4 + 1);
      const m = r.spec!.model!;
      assert.deepEqual([m.kvHeads.value, m.headDim.value, m.slidingWindow?.value, m.tiedEmbeddings.value, m.mtpLayers.value], [1, 512, 128, false, 1]);
      assert.equal(m.dsv4!.compressRatios.source.kind, 'fact');
      assert.ok(r.findings.some((f) => f.message.id === 'hf.deepseekV4'));
    });

    it('DeepSeek-V4-Pro: 1,572,997,201,763 (model card 1.6T), 49,779,081,059 active (49B without the embedding: 48,852,402,019), its MTP block 25,840,145,979', () => {
      const json = config('deepseek-v4-pro-nvfp4');
      const want = counts(shapes(json));
      assert.deepEqual(want, { total: 1572997201763, active: 49779081059, mtp: 25840145979 });
      const p = analyzeFixture(`${DIR}/deepseek-v4-pro-nvfp4.config.json`).analysis!.params;
      assert.deepEqual([p.total.value, p.active.value, p.mtp.value], [want.total, want.active, want.mtp]);
      assert.equal(p.active.value - p.embedding.value, 48852402019);
      assert.deepEqual(
        p.layerGroups.map((g) => [g.variant, g.count]),
        [
          ['hcaHash', 2],
          ['csaHash', 1],
          ['hca', 29],
          ['csa', 29],
        ],
      );
    });

    it('the report names each kind of layer; the JSON report carries its variant', () => {
      const a = analyzeFixture(`${DIR}/deepseek-v4-flash-nvfp4.config.json`);
      const report = buildReport([a], 'causal');
      const text = renderText(report);
      assert.match(text, /2 sliding-window \+ hash-routed MoE layers × /);
      assert.match(text, /20 compressed sparse attention \(CSA\) \+ MoE layers × /);
      assert.match(text, /20 heavily compressed attention \(HCA\) \+ MoE layers × /);
      assert.deepEqual(
        report.files[0]!.params!.layers.map((l) => l.variant),
        ['swaHash', 'csaHash', 'hca', 'csa'],
      );
    });

    it('attention FLOPs: the 128-token window, the compressed keys (all every 128 tokens; the top 512 of every 4 with CSA) and the indexer, as causal means', () => {
      const a = analyzeFixture(`${DIR}/deepseek-v4-flash-nvfp4.config.json`);
      const m = a.spec!.model!;
      const p = a.analysis!.params;
      const flops = (s: number, convention: 'causal' | 'noncausal' = 'causal') => analyzeFlops(m, given(s), p, convention).attentionForwardPerToken;
      const perKey = 4 * 64 * 512;
      const mean = (s: number, rate: number, cap: number) => (s / rate <= cap ? s / (2 * rate) : cap - (cap * cap * rate) / (2 * s));
      const expected = (s: number) => {
        const window = 43 * mean(s, 1, 128);
        const hca = 20 * mean(s, 128, Infinity);
        const csa = 21 * mean(s, 4, 512);
        return perKey * (window + hca + csa) + 21 * 2 * 64 * 128 * mean(s, 4, Infinity);
      };
      for (const s of [100, 4096, 65536]) assert.ok(Math.abs(flops(s) - expected(s)) < 1e-6 * expected(s), String(s));
      // Short of the window every layer attends to all earlier tokens; past 2,048 tokens CSA's top-k caps its compressed keys.
      assert.ok(flops(65536, 'noncausal') > flops(65536));
      assert.equal(flops(65536, 'noncausal'), perKey * (43 * 128 + 20 * 512 + 21 * 512) + 21 * 2 * 64 * 128 * 16384);
    });

    it("what the config must say: compress_ratios for every layer (the MTP block's 0 where transformers saved the layers' alone, said), the attention and hyper-connection keys; o_groups dividing the heads", () => {
      const json = config('deepseek-v4-flash-nvfp4');
      const { compress_ratios: _r, ...noRatios } = json;
      assert.deepEqual(
        errors(noRatios).map((f) => f.message.id),
        ['recognize.missingKey'],
      );
      const short = { ...json, compress_ratios: (json.compress_ratios as number[]).slice(0, 43) };
      assert.deepEqual(errors(short), []);
      const saved = analyzeJson(short);
      assert.equal(saved.analysis!.params.total.value, 284332240471);
      assert.ok(saved.findings.some((f) => f.message.id === 'hf.deepseekV4MtpRatio'));
      const shorter = { ...json, compress_ratios: (json.compress_ratios as number[]).slice(0, 42) };
      assert.deepEqual(
        errors(shorter).map((f) => [f.message.id, f.message.args?.n]),
        [['recognize.listLength', 42]],
      );
      const { hc_mult: _h, ...noHc } = json;
      assert.deepEqual(
        errors(noHc).map((f) => [f.message.id, f.message.args?.keys]),
        [['recognize.missingKey', 'hc_mult']],
      );
      assert.deepEqual(
        errors({ ...json, o_groups: 7 }).map((f) => f.message.id),
        ['recognize.notDivisible'],
      );
      // Without its MTP block the list may stop at the layers.
      assert.equal(analyzeJson({ ...short, num_nextn_predict_layers: 0 }).analysis!.params.total.value, 284332240471);
    });
  });
});
