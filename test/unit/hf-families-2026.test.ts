/**
 * The 2026 Hugging Face families (test/fixtures/hf_config_2026, copies of the seventh survey's configs): Hunyuan-A13B
 * (hunyuan / hunyuan_v1_moe), Kimi K2.5 (kimi_k25), GLM-5 (glm_moe_dsa), ERNIE 4.5 VL (ernie4_5_moe_vl / ernie4_5_vl_moe),
 * LFM2.5-VL (lfm2_vl, and lfm2 alone); DeepSeek-OCR 2 (deepseek_vl_v2) refused with what its config does not state.
 * GROUND_TRUTH.tsv holds the five counts; here each is taken apart.
 */
import { strict as assert } from 'node:assert';
import { analyzeFile } from '../../src/core/pipeline';
import type { Provenance } from '../../src/core/types';
import { analyzeFixture, fixtureText } from './helpers/fixtures';

const DIR = 'hf_config_2026';
const config = (name: string) => JSON.parse(fixtureText(`${DIR}/${name}.config.json`)) as Record<string, unknown>;
const analyzeJson = (json: unknown) => analyzeFile({ path: 'config.json', text: JSON.stringify(json) });

/** A value the file leaves out, stated as its config class's default. */
function classDefaultKey(p: Provenance): string | undefined {
  return p.kind === 'derived' && p.reason.id === 'prov.classDefault' ? String(p.reason.args?.key) : undefined;
}

/** SigLIP's pre-norm block: two LayerNorms, biased q/k/v/o, a biased fc1/fc2 MLP. */
const vitBlock = (hv: number, fv: number) => 4 * hv + 4 * (hv * hv + hv) + 2 * hv * fv + fv + hv;

describe('Hugging Face families of 2026', () => {
  it('Hunyuan-A13B (hunyuan): 64 experts of intermediate_size and a shared MLP in all 32 layers, q/k norms, tied: 80,393,183,232 (80B), 12,747,448,320 active (13B)', () => {
    const r = analyzeFixture(`${DIR}/hunyuan-a13b.config.json`);
    const p = r.analysis!.params;
    const h = 4096;
    const attention = h * h + 2 * h * 1024 + h * h + 2 * 128;
    const expert = 3 * h * 3072;
    const layer = attention + 64 * expert + expert + h * 64 + 2 * h;
    assert.equal(layer, 2495881472);
    assert.equal(p.total.value, 128167 * h + 32 * layer + h);
    assert.equal(p.total.value, 80393183232);
    assert.equal(p.active.value, 128167 * h + 32 * (attention + 8 * expert + expert + h * 64 + 2 * h) + h);
    assert.equal(p.active.value, 12747448320);
    const moe = r.spec!.model!.moe!;
    // moe_intermediate_size (a per-layer list) is not what HunYuanMLP reads: every expert is intermediate_size wide.
    assert.deepEqual([moe.experts.value, moe.topK.value, moe.expertWidth.value, moe.sharedExperts.value, moe.sharedWidth.value], [64, 8, 3072, 1, 3072]);
    assert.equal(moe.expertWidth.source.kind === 'derived' && moe.expertWidth.source.reason.id, 'prov.hunyuanExperts');
    assert.equal(moe.topK.source.kind === 'derived' && moe.topK.source.reason.id, 'prov.samePerLayer');
    assert.equal(moe.routerLinear?.value, true);
    assert.equal(r.spec!.model!.qkNorm.value, 'per-head');
    assert.equal(p.outputHead.value, 0);
  });

  it("Hunyuan-A13B as transformers' hunyuan_v1_moe config counts the same; latent attention and per-layer expert counts are refused; cross-layer KV sharing drops the followers' k and v", () => {
    const remote = config('hunyuan-a13b');
    const hf = {
      architectures: ['HunYuanMoEV1ForCausalLM'],
      model_type: 'hunyuan_v1_moe',
      ...Object.fromEntries(
        ['hidden_size', 'intermediate_size', 'num_attention_heads', 'num_key_value_heads', 'num_hidden_layers', 'vocab_size'].map((k) => [k, remote[k]]),
      ),
      head_dim: 128,
      num_experts: 64,
      moe_topk: 8,
      tie_word_embeddings: true,
    };
    assert.equal(analyzeJson(hf).analysis!.params.total.value, 80393183232);
    for (const [key, value, id] of [
      ['use_mla', true, 'recognize.unsupportedVariant'],
      ['moe_topk', [...Array<number>(31).fill(8), 4], 'recognize.perLayerVaries'],
    ] as const) {
      const r = analyzeJson({ ...remote, [key]: value });
      assert.equal(r.analysis, undefined, key);
      assert.ok(
        r.findings.some((f) => f.severity === 'error' && f.message.id === id),
        key,
      );
    }
    // use_cla with cla_share_factor 2: every odd layer attends with the layer before it's keys and values, no k_proj or v_proj.
    const own = analyzeJson(remote).analysis!.params.total.value;
    const shared = analyzeJson({ ...remote, use_cla: true, cla_share_factor: 2 });
    const kv = 2 * (remote.hidden_size as number) * (remote.num_key_value_heads as number) * (remote.attention_head_dim as number);
    assert.equal(shared.analysis!.params.total.value, own - ((remote.num_hidden_layers as number) / 2) * kv);
  });

  it("GLM-5 (glm_moe_dsa): DeepSeek-V3.2's layers with the DSA indexer from GlmMoeDsaConfig's defaults: 743,911,218,432 (744B); the MTP layer apart", () => {
    const r = analyzeFixture(`${DIR}/glm-5-fp8.config.json`);
    const p = r.analysis!.params;
    const h = 6144;
    const mla = h * 2048 + 2048 + 2048 * 64 * 256 + h * 576 + 512 + 512 * 64 * 448 + 64 * 256 * h;
    const indexer = 2048 * 32 * 128 + h * 128 + 2 * 128 + h * 32;
    assert.equal(mla, 165022208);
    assert.equal(indexer, 9371904);
    const expert = 3 * h * 2048;
    const dense = mla + indexer + 3 * h * 12288 + 2 * h;
    const moe = mla + indexer + 256 * expert + expert + h * 256 + 256 + 2 * h;
    assert.equal(p.total.value, 2 * 154880 * h + 3 * dense + 75 * moe + h);
    assert.equal(p.total.value, 743911218432);
    assert.equal(p.active.value, 2 * 154880 * h + 3 * dense + 75 * (moe - 248 * expert) + h);
    assert.equal(p.active.value, 41784728832);
    // The trimmed file names no indexer keys: each is GlmMoeDsaConfig's default, stated as such.
    const ix = r.spec!.model!.mla!.indexer!;
    assert.deepEqual([ix.heads.value, ix.headDim.value, ix.topK?.value], [32, 128, 2048]);
    assert.deepEqual([ix.heads.source, ix.headDim.source, ix.topK!.source].map(classDefaultKey), ['index_n_heads', 'index_head_dim', 'index_topk']);
    // The checkpoint's model.layers.78 (not loaded by transformers): one MTP layer, beside the total.
    assert.equal(r.spec!.model!.mtpLayers.value, 1);
    assert.equal(p.mtp.value, moe + 2 * h * h + 3 * h);
  });

  it('GLM-5 without its MLA and MoE keys counts the same from the class defaults; stated index keys are read', () => {
    const full = config('glm-5-fp8');
    const trimmed = Object.fromEntries(
      Object.entries(full).filter(
        ([k]) =>
          ![
            'kv_lora_rank',
            'q_lora_rank',
            'qk_nope_head_dim',
            'qk_rope_head_dim',
            'v_head_dim',
            'n_routed_experts',
            'num_experts_per_tok',
            'moe_intermediate_size',
            'n_shared_experts',
            'first_k_dense_replace',
          ].includes(k),
      ),
    );
    const r = analyzeJson(trimmed);
    assert.equal(r.analysis!.params.total.value, 743911218432);
    assert.equal(classDefaultKey(r.spec!.model!.mla!.kvLoraRank.source), 'kv_lora_rank');
    // (Stated under the alias table's first name, which GlmMoeDsaConfig's attribute_map maps to n_routed_experts.)
    assert.equal(classDefaultKey(r.spec!.model!.moe!.experts.source), 'num_local_experts');
    const stated = analyzeJson({ ...full, index_n_heads: 32, index_head_dim: 128 });
    assert.equal(stated.analysis!.params.total.value, 743911218432);
    assert.equal(stated.spec!.model!.mla!.indexer!.heads.source.kind, 'fact');
  });

  it("Kimi K2.5 (kimi_k25): Kimi K2's language model and MoonViT with its patch merger: 1,026,879,376,368; active Kimi K2's 32,861,500,928", () => {
    const p = analyzeFixture(`${DIR}/kimi-k2.5.config.json`).analysis!.params;
    const k2 = analyzeFixture('hf_config_2025/kimi-k2-instruct.config.json').analysis!.params;
    // MoonViT: a biased 14² patch conv, 64 × 64 learned positions, 27 SigLIP blocks, a final LayerNorm; the projector: a
    // LayerNorm over 1152, 4608 → 4608 → 7168 with biases.
    const tower = 3 * 14 * 14 * 1152 + 1152 + 64 * 64 * 1152 + 27 * vitBlock(1152, 4304) + 2 * 1152;
    const projector = 2 * 1152 + 4608 * 4608 + 4608 + 4608 * 7168 + 7168;
    assert.deepEqual([tower, projector], [416866032, 54277888]);
    assert.equal(p.vision.value, tower + projector);
    assert.equal(p.total.value, k2.total.value + tower + projector);
    assert.equal(p.total.value, 1026879376368);
    assert.equal(p.active.value, 32861500928);
  });

  it("ERNIE 4.5 VL 424B (ernie4_5_moe_vl): its weight index's total_size is 2 bytes a parameter but 4 for the fp32 gates: 423,526,285,184; 47,926,586,560 active", () => {
    const r = analyzeFixture(`${DIR}/ernie-4.5-vl-424b-a47b.config.json`);
    const p = r.analysis!.params;
    const h = 8192;
    const attention = 2 * h * h + 2 * h * 1024;
    const text = 2 * 103424 * h + 3 * (attention + 3 * h * 28672 + 2 * h) + 51 * (attention + 64 * 3 * h * 3584 + h * 64 + 64 + 2 * h) + h;
    assert.equal(text, 299484163264);
    // The ViT (bias-free linear patch embedding, 32 LayerNorm blocks, a final LayerNorm), the resampler (S = 1280·2², T = 2·S),
    // and the image tokens' 64 experts of 1,536 in each of the 51 MoE layers with their gate and score-correction bias.
    const tower = 3 * 14 * 14 * 1280 + 32 * (4 * 1280 + 4 * 1280 * 1280 + 4 * 1280 + 2 * 1280 * 5120 + 5120 + 1280) + 2 * 1280;
    const S = 5120;
    const T = 2 * S;
    const resampler = 2 * (S * S + S) + 2 * S + (T * S + S + S * S + S + 2 * S) + S * h + h + h;
    const imageExperts = 51 * (64 * 3 * h * 1536 + h * 64 + 64);
    assert.deepEqual([tower, resampler, imageExperts], [630433280, 173072384, 123238616256]);
    assert.equal(p.vision.value, tower + resampler + imageExperts);
    assert.equal(p.total.value, text + tower + resampler + imageExperts);
    assert.equal(p.total.value, 423526285184);
    // total_size 847,159,538,176 bytes: bf16 everywhere but the 51 layers' gates (2 × 8192 × 64) and moe_statics (2 × 64).
    assert.equal(2 * p.total.value + 2 * 51 * (2 * h * 64 + 2 * 64), 847159538176);
    assert.equal(p.active.value, text - 51 * 56 * 3 * h * 3584);
    assert.equal(p.active.value, 47926586560);
    const m = r.spec!.model!;
    assert.deepEqual(
      m.moe!.layers.value,
      Array.from({ length: 51 }, (_, i) => i + 3),
    );
    assert.deepEqual([m.moe!.experts.value, m.moe!.expertWidth.value, m.moe!.topK.value, m.moe!.sharedExperts.value], [64, 3584, 8, 0]);
    assert.deepEqual(m.vision!.modalityExperts?.value, { experts: 64, width: 1536, layers: 51, scoreBias: true });
  });

  it("ERNIE 4.5 VL in transformers' form (ernie4_5_vl_moe: text_config with mlp_layer_types, vision_config's intermediate_size) counts the same", () => {
    const flat = config('ernie-4.5-vl-424b-a47b');
    const text = Object.fromEntries(
      [
        'hidden_size',
        'intermediate_size',
        'num_attention_heads',
        'num_key_value_heads',
        'num_hidden_layers',
        'vocab_size',
        'moe_k',
        'moe_intermediate_size',
        'use_bias',
      ].map((k) => [k, flat[k]]),
    );
    const hf = {
      architectures: ['Ernie4_5_VLMoeForConditionalGeneration'],
      model_type: 'ernie4_5_vl_moe',
      tie_word_embeddings: false,
      text_config: {
        ...text,
        model_type: 'ernie4_5_vl_moe_text',
        moe_num_experts: 64,
        moe_num_shared_experts: 0,
        mlp_layer_types: [...Array<string>(3).fill('dense'), ...Array<string>(51).fill('sparse')],
      },
      vision_config: { depth: 32, hidden_size: 1280, intermediate_size: 5120, patch_size: 14, in_channels: 3, spatial_merge_size: 2, temporal_merge_size: 2 },
    };
    const r = analyzeJson(hf);
    assert.equal(r.analysis!.params.total.value, 423526285184);
    assert.equal(r.analysis!.params.active.value, 47926586560);
  });

  it('LFM2.5-VL-1.6B (lfm2_vl): LFM2-1.2B (10 short-convolution layers, 6 attention layers, SwiGLU of 8,192, tied) and SigLIP 2 NaFlex with its projector: 1,596,625,904', () => {
    const r = analyzeFixture(`${DIR}/lfm2.5-vl-1.6b.config.json`);
    const p = r.analysis!.params;
    const h = 2048;
    const mlp = 3 * h * 8192;
    const conv = 3 * h * h + 3 * h + h * h;
    const attention = h * h + 2 * h * 512 + h * h + 2 * 64;
    const text = 65536 * h + 10 * (conv + mlp + 2 * h) + 6 * (attention + mlp + 2 * h) + h;
    assert.equal(text, 1170340608);
    // SigLIP 2: a biased linear patch embedding of 3·16², 256 positions, 27 blocks, the post LayerNorm, no head; the projector:
    // pixel unshuffle by 2 (4 × 1152), no LayerNorm (projector_use_layernorm false), 4608 → 2048 → 2048 with biases.
    const tower = 3 * 16 * 16 * 1152 + 1152 + 256 * 1152 + 27 * vitBlock(1152, 4304) + 2 * 1152;
    const projector = 4608 * 2048 + 2048 + 2048 * h + h;
    assert.deepEqual([tower, projector], [412649712, 13635584]);
    assert.equal(p.vision.value, tower + projector);
    assert.equal(p.total.value, text + tower + projector);
    assert.equal(p.total.value, 1596625904);
    assert.equal(p.active.value, text);
    const m = r.spec!.model!;
    assert.equal(m.ffnWidth.value, 8192);
    assert.equal(m.ffnWidth.source.kind === 'derived' && m.ffnWidth.source.reason.id, 'prov.lfm2FfDim');
    assert.equal(m.hybrid!.ssm!.kind.value, 'shortconv');
    assert.deepEqual(
      m.hybrid!.mixers.value.map((x, i) => (x === 'attention' ? i : -1)).filter((i) => i >= 0),
      [2, 5, 8, 10, 12, 14],
    );
    assert.equal(classDefaultKey(m.tiedEmbeddings.source), 'tie_word_embeddings');
    // With the projector's LayerNorm (projector_use_layernorm, Lfm2VlConfig's default): 2 × 4608 more.
    const { projector_use_layernorm: _, ...withNorm } = config('lfm2.5-vl-1.6b');
    assert.equal(analyzeJson(withNorm).analysis!.params.total.value, 1596625904 + 2 * 4608);
  });

  it("LFM2's language model saved alone (Lfm2ForCausalLM, model_type lfm2): 1,170,340,608", () => {
    const textConfig = config('lfm2.5-vl-1.6b').text_config as Record<string, unknown>;
    const r = analyzeJson(textConfig);
    assert.equal(r.analysis!.params.total.value, 1170340608);
    assert.equal(r.analysis!.params.vision.value, 0);
    const ssm = r.spec!.model!.hybrid!.ssm!;
    assert.deepEqual([ssm.inner.value, ssm.convKernel.value, ssm.convBias.value], [2048, 3, false]);
  });

  it('DeepSeek-OCR 2 (deepseek_vl_v2) is refused, naming what the config does not size', () => {
    const r = analyzeFixture(`${DIR}/deepseek-ocr-2.config.json`);
    assert.equal(r.analysis, undefined);
    const refusal = r.findings.find((f) => f.severity === 'error');
    assert.equal(refusal?.message.id, 'recognize.visionNotSized');
    assert.deepEqual(refusal?.message.args, { type: 'deepseek_vl_v2', name: 'deepencoderv2' });
  });
});
