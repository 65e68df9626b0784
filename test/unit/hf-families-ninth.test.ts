/**
 * Families the eighth survey refused: MiniMax-M1 (minimax_m1; transformers' minimax and the original minimax_text_01), lightning
 * (linear) attention beside softmax attention with Mixtral's experts in every layer; Ling 2.0 (bailing_moe_v2, and bailing_moe on
 * BailingMoeV2ForCausalLM); Ming omni (bailingmm_moe_v2_lite) refused with what its config does not size; InternVL3-8B-hf in the
 * catalogue. GROUND_TRUTH.tsv holds the two counts; here each is taken apart.
 */
import { strict as assert } from 'node:assert';
import { analyzeFile } from '../../src/core/pipeline';
import { analyzeParams } from '../../src/core/analysis/params';
import { analyzeFlops } from '../../src/core/analysis/flops';
import { findModel } from '../../src/core/recognize/catalogue/models';
import { catalogueModel } from '../../src/core/recognize/hf';
import type { Sourced } from '../../src/core/types';
import { analyzeFixture, fixtureText } from './helpers/fixtures';

const DIR = 'hf_config_2026';
const config = (name: string) => JSON.parse(fixtureText(`${DIR}/${name}.config.json`)) as Record<string, unknown>;
const analyzeJson = (json: unknown) => analyzeFile({ path: 'config.json', text: JSON.stringify(json) });
const errors = (json: unknown) => analyzeJson(json).findings.filter((f) => f.severity === 'error');
const given = <T>(value: T): Sourced<T> => ({ value, source: { kind: 'override', reason: { id: 'prov.whatIf', args: {} } } });

describe('Hugging Face families of the ninth batch', () => {
  describe('MiniMax-M1 (minimax_m1): lightning attention', () => {
    const h = 6144;
    const ad = 64 * 128;
    // MiniMaxM1LightningAttention: qkv_proj, output_gate, an RMSNorm over a·d, out_proj; no biases.
    const lightning = 3 * h * ad + h * ad + ad + ad * h;
    // MiniMaxM1FlashAttention2: q/k/v/o, 8 KV heads.
    const softmax = h * ad + 2 * h * 8 * 128 + ad * h;
    // 32 SwiGLU experts of 9216, a 6144 × 32 router (nn.Linear), two RMSNorms.
    const common = 32 * 3 * h * 9216 + h * 32 + 2 * h;
    const embeddings = 2 * 200064 * h;

    it('80 layers: 70 lightning (251,666,432) + 10 softmax (113,246,208), 32 experts each: 456,089,655,296 = its index total_size / 2 less the fp32 routers', () => {
      assert.equal(lightning, 251666432);
      assert.equal(softmax, 113246208);
      assert.equal(common, 5436026880);
      const r = analyzeFixture(`${DIR}/minimax-m1-80k.config.json`);
      const p = r.analysis!.params;
      const expected = 70 * (lightning + common) + 10 * (softmax + common) + embeddings + h;
      assert.equal(expected, 456089655296);
      assert.equal(p.total.value, expected);
      // The index's total_size counts the 80 routers (6144 × 32) at 4 bytes (fp32), the rest at 2 (bf16): 2 bytes more each.
      assert.equal(912210767872 / 2, 456105383936);
      assert.equal((912210767872 - 2 * 80 * h * 32) / 2, p.total.value);
      // Active: 2 of 32 experts; MiniMax's 45.9B leaves out the embedding and the head.
      assert.equal(p.active.value, p.total.value - 80 * 30 * 3 * h * 9216);
      assert.equal(p.active.value, 48403306496);
      assert.equal(p.active.value - embeddings, 45944920064);
      assert.equal(p.mtp.value, 0);
      const groups = p.layerGroups.map((g) => [g.mixer, g.count, g.each]);
      assert.deepEqual(groups, [
        ['ssm', 70, lightning + common],
        ['attention', 10, softmax + common],
      ]);
      const m = r.spec!.model!;
      assert.deepEqual(
        [m.hybrid!.ssm!.kind.value, m.hybrid!.ssm!.heads.value, m.hybrid!.ssm!.stateDim.value, m.hybrid!.ssm!.inner.value],
        ['lightning', 64, 128, 8192],
      );
      // Layers 7, 15, …, 79 attend with softmax (attn_type_list 1).
      assert.deepEqual(
        m.hybrid!.mixers.value.flatMap((x, i) => (x === 'attention' ? [i] : [])),
        [7, 15, 23, 31, 39, 47, 55, 63, 71, 79],
      );
      assert.equal(m.moe!.routerLinear?.value, true);
    });

    it('FLOPs: softmax attention in the 10 softmax layers only, the lightning layers a linear 4·d·(a·d) per token, no s² term', () => {
      const r = analyzeFixture(`${DIR}/minimax-m1-80k.config.json`);
      const m = r.spec!.model!;
      const p = analyzeParams(m);
      const s = 4096;
      const f = analyzeFlops(m, { value: s, source: { kind: 'assumed', reason: { id: 'prov.whatIf', args: {} } } }, p, 'causal');
      // 10 layers × 2·a·2d·s/2 (causal).
      const attention = 10 * 2 * 64 * 256 * s * 0.5;
      assert.equal(f.attentionForwardPerToken, attention);
      const scan = 70 * 4 * 128 * ad;
      const forward = 2 * p.layerMatmulPerToken + 2 * p.headMatmulPerToken + attention + scan;
      assert.equal(f.perToken.forward.value, forward);
      // The lightning layers' matmuls: 5·h·a·d each, the scan independent of s.
      const longer = analyzeFlops(m, { value: 2 * s, source: { kind: 'assumed', reason: { id: 'prov.whatIf', args: {} } } }, p, 'causal');
      assert.equal(longer.perToken.forward.value - f.perToken.forward.value, attention);
    });

    it("transformers' minimax (layer_types) and the original minimax_text_01 read the same stack; a shared MLP or a missing layer list is refused", () => {
      const m1 = config('minimax-m1-80k');
      const list = m1.attn_type_list as number[];
      const { attn_type_list: _, ...rest } = m1;
      const layerTypes = list.map((t) => (t === 1 ? 'full_attention' : 'linear_attention'));
      const total = (json: unknown) => analyzeJson(json).analysis?.params.total.value;
      assert.equal(total({ ...rest, model_type: 'minimax', architectures: ['MiniMaxForCausalLM'], layer_types: layerTypes }), 456089655296);
      assert.equal(total({ ...m1, model_type: 'minimax_text_01', architectures: ['MiniMaxText01ForCausalLM'] }), 456089655296);
      assert.equal(errors({ ...rest, model_type: 'minimax' })[0]?.message.id, 'recognize.missingKey');
      assert.equal(errors({ ...m1, shared_intermediate_size: 9216 })[0]?.message.id, 'recognize.unsupportedVariant');
      assert.equal(errors({ ...m1, attn_type_list: list.slice(1) })[0]?.message.id, 'recognize.listLength');
      assert.equal(errors({ ...m1, attn_type_list: list.map((t) => (t === 1 ? 2 : t)) })[0]?.message.id, 'recognize.unsupportedVariant');
    });
  });

  describe('Ling 2.0 (bailing_moe_v2)', () => {
    const h = 4096;
    // query_key_value (32 + 2 × 4 heads of 128), q/k RMSNorms over the head, the bias-free dense; two RMSNorms.
    const attention = h * 40 * 128 + 32 * 128 * h + 2 * 128 + 2 * h;
    // 256 experts of 1024, one shared expert, the router (a bare parameter) and its expert_bias.
    const moe = 256 * 3 * h * 1024 + 3 * h * 1024 + h * 256 + 256;
    const embeddings = 2 * 157184 * h;

    it("Ling-flash-2.0's shapes: 102,889,705,216, the Hub's safetensors count (BF16 102,889,697,280 + F32 7,936 = 31 × 256 expert_bias)", () => {
      assert.equal(attention, 37757184);
      assert.equal(moe, 3234857216);
      const r = analyzeFixture(`${DIR}/ling-flash-2.0-ming-llm-config.config.json`);
      const p = r.analysis!.params;
      const expected = 32 * attention + 3 * h * 9216 + 31 * moe + embeddings + h;
      assert.equal(expected, 102889705216);
      assert.equal(p.total.value, expected);
      assert.equal(102889697280 + 7936, expected);
      assert.equal(7936, 31 * 256);
      // 6.1B activated, 4.8B without the embedding and head (its model card).
      assert.equal(p.active.value, 6152277760);
      assert.equal(p.active.value - embeddings, 4864626432);
      const m = r.spec!.model!;
      assert.deepEqual([m.moe!.routerGroups?.groups.value, m.moe!.routerGroups?.topK.value, m.moe!.routerLinear?.value], [8, 4, false]);
      assert.deepEqual([m.qkNorm.value, m.qkvBias.value, m.outBias.value, m.moe!.layers.value[0]], ['per-head', false, false, 1]);
    });

    it('Ling-flash-2.0 as it ships (model_type bailing_moe on BailingMoeV2ForCausalLM) is the same; Ling 1.x (BailingMoeForCausalLM) is read as its own layers', () => {
      const ling = { ...config('ling-flash-2.0-ming-llm-config'), model_type: 'bailing_moe' };
      const r = analyzeJson(ling);
      assert.equal(r.analysis!.params.total.value, 102889705216);
      assert.ok(r.findings.some((f) => f.message.id === 'recognize.typeByArchitecture'));
      // (Ling 1.x's own layers: no q/k norms, no expert bias.)
      const v1 = analyzeJson({ ...ling, architectures: ['BailingMoeForCausalLM'] });
      assert.equal(v1.spec!.model!.qkNorm.value, 'none');
      assert.ok(v1.analysis!.params.total.value < 102889705216);
    });

    it('Ling-mini-2.0 (20 × 2048, 256 experts of 512, its MTP layer after them): 16,255,643,392, 1.43B active and 789M without embeddings (its card: 16B, 1.4B, 789M); the MTP layer 827,861,504 beside the total', () => {
      const mini = {
        architectures: ['BailingMoeV2ForCausalLM'],
        model_type: 'bailing_moe',
        num_hidden_layers: 20,
        num_nextn_predict_layers: 1,
        hidden_size: 2048,
        intermediate_size: 5120,
        moe_intermediate_size: 512,
        moe_shared_expert_intermediate_size: 512,
        num_shared_experts: 1,
        num_experts: 256,
        num_experts_per_tok: 8,
        n_group: 8,
        topk_group: 4,
        first_k_dense_replace: 1,
        num_attention_heads: 16,
        num_key_value_heads: 4,
        head_dim: 128,
        use_qk_norm: true,
        use_qkv_bias: false,
        use_bias: false,
        vocab_size: 157184,
        tie_word_embeddings: false,
      };
      const p = analyzeJson(mini).analysis!.params;
      const h2 = 2048;
      const attn = h2 * 24 * 128 + 16 * 128 * h2 + 2 * 128 + 2 * h2;
      const moe2 = 256 * 3 * h2 * 512 + 3 * h2 * 512 + h2 * 256 + 256;
      const moeActive = 8 * 3 * h2 * 512 + 3 * h2 * 512 + h2 * 256 + 256;
      const emb = 2 * 157184 * h2;
      assert.equal(p.total.value, 20 * attn + 3 * h2 * 5120 + 19 * moe2 + emb + h2);
      assert.equal(p.total.value, 16255643392);
      assert.equal(p.active.value, 1432973056);
      assert.equal(p.active.value - emb, 20 * attn + 3 * h2 * 5120 + 19 * moeActive + h2);
      assert.equal(p.active.value - emb, 789147392);
      // BailingMoeV2MTPLayer: a MoE layer, eh_proj 2h → h, enorm, hnorm and final_layernorm.
      assert.equal(p.mtp.value, attn + moe2 + 2 * h2 * h2 + 3 * h2);
      assert.equal(p.mtp.value, 827861504);
      // The keys whose defaults differ between BailingMoeV2Config's copies must be stated.
      const { use_qk_norm: _q, ...noQk } = mini;
      assert.equal(errors(noQk)[0]?.message.id, 'recognize.requiredKey');
      const { num_shared_experts: _s, ...noShared } = mini;
      assert.equal(errors(noShared)[0]?.message.id, 'recognize.requiredKey');
    });

    it('Ming omni (bailingmm_moe_v2_lite) is refused, naming the parts its config does not size', () => {
      const r = analyzeFixture('survey/eighth/hf/125-ming-flash-omni-bailing-moe-v2.config.json');
      assert.equal(r.analysis, undefined);
      const e = r.findings.filter((f) => f.severity === 'error');
      assert.deepEqual(
        e.map((f) => [f.message.id, f.message.args?.type]),
        [['recognize.omniNotSized', 'bailingmm_moe_v2_lite']],
      );
    });
  });

  it('InternVL3-8B-hf in the catalogue: Qwen2.5-7B (151,674 tokens) 7,612,820,992 + InternViT-300M 304,012,288 + mlp1 27,540,480 = 7,944,373,760 ("7.94B")', () => {
    assert.equal(findModel('OpenGVLab/InternVL3-8B-hf')?.id, 'OpenGVLab/InternVL3-8B-hf');
    assert.equal(findModel('OpenGVLab/InternVL3-8B')?.id, 'OpenGVLab/InternVL3-8B-hf');
    const built = catalogueModel(given('OpenGVLab/InternVL3-8B-hf'));
    const p = analyzeParams(built.model!);
    const h = 3584;
    const layer = h * 28 * 128 + 2 * h * 4 * 128 + 28 * 128 * h + 28 * 128 + 2 * 4 * 128 + 3 * h * 18944 + 2 * h;
    const text = 2 * 151674 * h + 28 * layer + h;
    assert.equal(text, 7612820992);
    // InternViT: class token, biased 14² patch conv, 1,025 positions; blocks of two LayerNorms, biased qkv and proj, biased
    // fc1/fc2, two layer scales; no final norm. mlp1: LayerNorm(4096), 4096 → 3584 → 3584.
    const block = 4 * 1024 + 3 * 1024 ** 2 + 3 * 1024 + 1024 ** 2 + 1024 + 2 * 1024 * 4096 + 4096 + 1024 + 2 * 1024;
    const tower = 1024 + 3 * 14 * 14 * 1024 + 1024 + 1025 * 1024 + 24 * block;
    assert.equal(tower, 304012288);
    const mlp1 = 2 * 4096 + 4096 * h + h + h * h + h;
    assert.equal(mlp1, 27540480);
    assert.equal(p.vision.value, tower + mlp1);
    assert.equal(p.total.value, text + tower + mlp1);
    assert.equal(p.total.value, 7944373760);
    assert.equal(p.active.value, text);
  });
});
