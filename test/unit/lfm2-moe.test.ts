/**
 * Liquid AI's MoE models (model_type lfm2_moe, transformers' modeling_lfm2_moe.py): LFM2's hybrid of gated short
 * convolutions and attention, a dense Lfm2MoeMLP in the first num_dense_layers layers and Lfm2MoeSparseMoeBlock after them.
 * The fixture is a public fine-tune of LFM2-8B-A1B with its shapes (test/fixtures/hf_config_2026/SOURCES.tsv).
 */
import { strict as assert } from 'node:assert';
import { analyzeFile } from '../../src/core/pipeline';
import { analyzeParams } from '../../src/core/analysis/params';
import { catalogueModel } from '../../src/core/recognize/hf';
import type { Provenance, Sourced } from '../../src/core/types';
import { analyzeFixture, fixtureText } from './helpers/fixtures';

const FILE = 'hf_config_2026/lfm2-8b-a1b-augment-ft.config.json';
const config = () => JSON.parse(fixtureText(FILE)) as Record<string, unknown>;
const analyzeJson = (json: unknown) => analyzeFile({ path: 'config.json', text: JSON.stringify(json) });
const reason = (p: Provenance) => (p.kind === 'derived' ? p.reason.id : p.kind);

// LFM2-8B-A1B's pieces, from modeling_lfm2_moe.py (h 2048, 32 heads of 64, 8 KV heads, conv_L_cache 3, no biases).
const h = 2048;
const conv = 3 * h * h + 3 * h + h * h; // Lfm2ShortConv: in_proj h → 3h, a depthwise conv of 3 taps, out_proj
const attention = h * h + 2 * h * 512 + h * h + 2 * 64; // q, k, v, out_proj and the q/k RMSNorms over a head
const dense = 3 * h * 7168; // Lfm2MoeMLP: w1, w3, w2 of intermediate_size as written
const expert = 3 * h * 1792; // one expert of moe_intermediate_size
const moe = 32 * expert + h * 32 + 32; // 32 experts, the router (nn.Linear, no bias) and expert_bias
const norms = 2 * h; // operator_norm and ffn_norm

describe('LFM2-MoE (lfm2_moe)', () => {
  it('LFM2-8B-A1B: 18 short-convolution and 6 attention layers, 2 dense MLPs of 7168 then 22 MoE blocks of 32 experts of 1792, tied: 8,339,930,560, 1,557,740,992 active ("8.3B total, 1.5B active")', () => {
    const r = analyzeFixture(FILE);
    assert.deepEqual(
      r.findings.filter((f) => f.severity === 'error'),
      [],
    );
    const p = r.analysis!.params;
    assert.deepEqual([conv, attention, dense, moe], [16783360, 10485888, 44040192, 352387104]);
    const total = 65536 * h + 18 * (conv + norms) + 6 * (attention + norms) + 2 * dense + 22 * moe + h;
    assert.equal(total, 8339930560);
    assert.equal(p.total.value, total);
    assert.equal(p.active.value, total - 22 * 28 * expert);
    assert.equal(p.active.value, 1557740992);
    assert.equal(p.embedding.value, 65536 * h);
    assert.equal(p.outputHead.value, 0);
    // Layers 0 and 1 (convolutions) are dense; the attention layers all sit among the MoE ones.
    assert.deepEqual(
      p.layerGroups.map((g) => [g.mixer, g.kind, g.count, g.each]),
      [
        ['ssm', 'dense', 2, conv + dense + norms],
        ['attention', 'moe', 6, attention + moe + norms],
        ['ssm', 'moe', 16, conv + moe + norms],
      ],
    );
  });

  it('reads each MoE key where the file writes it: layers from num_dense_layers, experts, top-k, widths, the expert bias and a linear router', () => {
    const m = analyzeFixture(FILE).spec!.model!;
    assert.equal(m.architecture.value, 'Lfm2MoeForCausalLM');
    assert.deepEqual(
      m.hybrid!.mixers.value.flatMap((x, i) => (x === 'attention' ? [i] : [])),
      [2, 6, 10, 14, 18, 21],
    );
    assert.equal(m.hybrid!.ssm!.kind.value, 'shortconv');
    // intermediate_size is the dense MLP's width as written: LFM2's ⌊2/3⌋ adjustment does not apply.
    assert.equal(m.ffnWidth.value, 7168);
    assert.equal(m.ffnWidth.source.kind, 'fact');
    const x = m.moe!;
    assert.deepEqual(
      [x.experts.value, x.topK.value, x.expertWidth.value, x.sharedExperts.value, x.routerBias.value, x.routerLinear?.value],
      [32, 4, 1792, 0, true, true],
    );
    assert.deepEqual(
      x.layers.value,
      Array.from({ length: 22 }, (_, i) => i + 2),
    );
    assert.equal(reason(x.layers.source), 'prov.lfm2MoeLayers');
    for (const v of [x.experts, x.topK, x.expertWidth, x.routerBias]) assert.equal(v.source.kind, 'fact');
    assert.equal(m.tiedEmbeddings.value, true);
  });

  it('FLOPs per token follow the hybrid and MoE paths: 2·(W + V·h), attention in the 6 attention layers, the short convolutions (causal, s 4096): 3,216,015,360', () => {
    const r = analyzeFixture(FILE);
    const f = r.analysis!.flops;
    assert.equal(f.seqLen.value, 4096);
    // W: per token the convolutions' and attention's projections, 2 dense MLPs, and in 22 layers 4 experts and the router.
    const W = 18 * 4 * h * h + 6 * (attention - 128) + 2 * dense + 22 * (4 * expert + h * 32);
    assert.equal(W, 1423310848);
    assert.equal(r.analysis!.params.layerMatmulPerToken, W);
    const scores = 6 * 2 * 32 * (64 + 64) * 4096 * 0.5;
    const shortConv = 18 * (2 * 3 + 2) * h;
    assert.equal(f.attentionForwardPerToken, scores);
    assert.equal(f.perToken.forward.value, 2 * (W + 65536 * h) + scores + shortConv);
    assert.equal(f.perToken.forward.value, 3216015360);
    assert.equal(f.perToken.training.value, 3 * 3216015360);
  });

  it("what a config leaves out is Lfm2MoeConfig's default, said as such; use_expert_bias false drops the bias, tie_embedding false unties the head", () => {
    const { num_dense_layers: _d, use_expert_bias: _b, moe_intermediate_size: _w, ...bare } = config();
    const r = analyzeJson(bare);
    assert.equal(r.analysis!.params.total.value, 8339930560);
    const x = r.spec!.model!.moe!;
    for (const v of [x.expertWidth, x.routerBias]) assert.equal(reason(v.source), 'prov.classDefault');
    assert.equal(reason(x.layers.source), 'prov.lfm2MoeLayers');
    assert.equal(analyzeJson({ ...config(), use_expert_bias: false }).analysis!.params.total.value, 8339930560 - 22 * 32);
    // Lfm2MoeConfig reads the original configs' tie_embedding before tie_word_embeddings.
    assert.equal(analyzeJson({ ...config(), tie_embedding: false }).analysis!.params.total.value, 8339930560 + 65536 * h);
    // Four dense layers: two MoE blocks fewer, two dense MLPs more.
    assert.equal(analyzeJson({ ...config(), num_dense_layers: 4 }).analysis!.params.total.value, 8339930560 - 2 * (moe - dense));
    // Every layer dense: no MoE block at all.
    const allDense = analyzeJson({ ...config(), num_dense_layers: 24 });
    assert.equal(allDense.spec!.model!.moe, undefined);
    assert.equal(allDense.analysis!.params.total.value, 8339930560 - 22 * (moe - dense));
  });

  it('refused with the reason where the file does not add up: more experts per token than experts, a layer_types list of the wrong length', () => {
    const topK = analyzeJson({ ...config(), num_experts_per_tok: 33 });
    assert.equal(topK.analysis, undefined);
    assert.ok(topK.findings.some((f) => f.severity === 'error' && f.message.id === 'recognize.topKOverExperts'));
    const short = analyzeJson({ ...config(), layer_types: (config().layer_types as string[]).slice(1) });
    assert.equal(short.analysis, undefined);
    assert.ok(short.findings.some((f) => f.severity === 'error' && f.message.id === 'recognize.listLength'));
  });

  it('LiquidAI/LFM2-8B-A1B by name (the catalogue): the same shapes, the same 8,339,930,560 and 1,557,740,992 active; a launch that names it gets numbers', () => {
    const given = <T>(value: T): Sourced<T> => ({ value, source: { kind: 'override', reason: { id: 'prov.whatIf', args: {} } } });
    const p = analyzeParams(catalogueModel(given('LiquidAI/LFM2-8B-A1B')).model!);
    assert.deepEqual([p.total.value, p.active.value], [8339930560, 1557740992]);
    const run = analyzeFile({
      path: 'run.sh',
      text: 'torchrun --nproc_per_node 8 train.py --model_name_or_path LiquidAI/LFM2-8B-A1B --per_device_train_batch_size 2 --bf16\n',
    });
    assert.equal(run.analysis?.params.total.value, 8339930560);
  });
});
