/**
 * Families people train in late 2026 that were refused ("Not supported: model_type …"), each counted from its transformers
 * modelling file: Granite 4.0 (granitemoehybrid: Mamba-2 and attention layers, routed experts beside a shared MLP), MiniMax-M2
 * (minimax_m2), Seed-OSS (seed_oss), Apertus (apertus: xIELU's learned scalars), T5Gemma (t5gemma: two Gemma 2 stacks).
 * No byte-identical config.json of the first four is in the stored public index: their configs here are written from the
 * keys their model cards publish; T5Gemma's is a real one (test/fixtures/hf_config_2026, GROUND_TRUTH.tsv). The catalogue
 * entries resolve by name to the same counts.
 */
import { strict as assert } from 'node:assert';
import { analyzeFile, analyzeFiles } from '../../src/core/pipeline';
import { analyzeParams } from '../../src/core/analysis/params';
import { findModel } from '../../src/core/recognize/catalogue/models';
import { catalogueModel } from '../../src/core/recognize/hf';
import type { Sourced } from '../../src/core/types';
import { analyzeFixture, fixtureText } from './helpers/fixtures';

const analyzeJson = (json: unknown) => analyzeFile({ path: 'config.json', text: JSON.stringify(json) });
const params = (json: unknown) => {
  const r = analyzeJson(json);
  assert.ok(r.analysis, JSON.stringify(r.findings.filter((f) => f.severity === 'error')));
  return r.analysis.params;
};
const errors = (json: unknown) => analyzeJson(json).findings.filter((f) => f.severity === 'error');
const given = <T>(value: T): Sourced<T> => ({ value, source: { kind: 'override', reason: { id: 'prov.whatIf', args: {} } } });
const named = (name: string) => {
  const built = catalogueModel(given(name));
  assert.ok(built.model, `${name} resolves: ${JSON.stringify(built.findings)}`);
  return analyzeParams(built.model);
};

describe('Hugging Face families of late 2026', () => {
  describe('Granite 4.0 (granitemoehybrid)', () => {
    const layerTypes = (attn: number[], L = 40) => Array.from({ length: L }, (_, i) => (attn.includes(i) ? 'attention' : 'mamba'));
    // ibm-granite/granite-4.0-h-small's config.json (the keys that size it).
    const small = {
      architectures: ['GraniteMoeHybridForCausalLM'],
      model_type: 'granitemoehybrid',
      hidden_size: 4096,
      num_hidden_layers: 40,
      num_attention_heads: 32,
      num_key_value_heads: 8,
      attention_bias: false,
      layer_types: layerTypes([5, 15, 25, 35]),
      mamba_n_heads: 128,
      mamba_d_head: 64,
      mamba_d_state: 128,
      mamba_n_groups: 1,
      mamba_d_conv: 4,
      mamba_expand: 2,
      mamba_conv_bias: true,
      mamba_proj_bias: false,
      num_local_experts: 72,
      num_experts_per_tok: 10,
      intermediate_size: 768,
      shared_intermediate_size: 1536,
      position_embedding_type: 'nope',
      vocab_size: 100352,
      tie_word_embeddings: true,
    };
    /** BambaMixer: in_proj h → 2·d_in + 2·g·N + n_h, a conv over d_in + 2·g·N channels (k taps + bias), Δ bias / A / D, gated norm, out_proj. */
    const mamba2 = (h: number, nh: number, N: number) => {
      const d = 2 * h;
      const c = d + 2 * N;
      return h * (d + c + nh) + 5 * c + 3 * nh + d + d * h;
    };
    const attention = (h: number, a: number, g: number) => {
      const d = h / a;
      return 2 * h * a * d + 2 * h * g * d;
    };
    /** E SwiGLU experts of fe, the h × E router, the shared SwiGLU of fs, two RMSNorms. */
    const ffn = (h: number, E: number, fe: number, fs: number) => E * 3 * h * fe + h * E + 3 * h * fs + 2 * h;

    it('H-Small: 36 Mamba-2 layers (102,286,976) and 4 attention ones (41,943,040), 72 experts of 768 + a shared 1,536 in each: 32,207,337,984; 8,803,121,664 active ("32B total, 9B active")', () => {
      assert.equal(mamba2(4096, 128, 128), 102286976);
      assert.equal(attention(4096, 32, 8), 41943040);
      assert.equal(ffn(4096, 72, 768, 1536), 698654720);
      const total = 100352 * 4096 + 36 * mamba2(4096, 128, 128) + 4 * attention(4096, 32, 8) + 40 * ffn(4096, 72, 768, 1536) + 4096;
      assert.equal(total, 32207337984);
      const p = params(small);
      assert.equal(p.total.value, total);
      assert.equal(p.active.value, total - 40 * (72 - 10) * 3 * 4096 * 768);
      assert.equal(p.active.value, 8803121664);
      assert.equal(p.outputHead.value, 0);
      assert.deepEqual(
        p.layerGroups.map((g) => [g.mixer, g.kind, g.count]),
        [
          ['ssm', 'moe', 36],
          ['attention', 'moe', 4],
        ],
      );
    });

    it('H-Tiny: 40 × 1536, 64 experts of 512 (top 6) + a shared 1,024: 6,939,037,248, 1,465,470,528 active ("7B total, 1B active")', () => {
      const tiny = {
        ...small,
        hidden_size: 1536,
        num_attention_heads: 12,
        num_key_value_heads: 4,
        mamba_n_heads: 48,
        num_local_experts: 64,
        num_experts_per_tok: 6,
        intermediate_size: 512,
        shared_intermediate_size: 1024,
      };
      const total = 100352 * 1536 + 36 * mamba2(1536, 48, 128) + 4 * attention(1536, 12, 4) + 40 * ffn(1536, 64, 512, 1024) + 1536;
      assert.equal(total, 6939037248);
      const p = params(tiny);
      assert.equal(p.total.value, total);
      assert.equal(p.active.value, 1465470528);
    });

    it('num_local_experts 0 is the shared MLP alone: Micro (all attention, RoPE) 3,402,836,480 and H-Micro (4 attention layers) 3,191,396,096 ("3B")', () => {
      const dense = { ...small, num_local_experts: 0, num_experts_per_tok: 0, intermediate_size: 8192, shared_intermediate_size: 8192 };
      const micro = {
        ...dense,
        hidden_size: 2560,
        num_attention_heads: 40,
        layer_types: layerTypes(Array.from({ length: 40 }, (_, i) => i)),
        position_embedding_type: 'rope',
        // Unused with no Mamba layer (mamba_n_heads × mamba_d_head need not make 2h).
        mamba_d_head: 32,
      };
      const p = params(micro);
      assert.equal(p.total.value, 100352 * 2560 + 40 * (attention(2560, 40, 8) + 3 * 2560 * 8192 + 2 * 2560) + 2560);
      assert.equal(p.total.value, 3402836480);
      assert.equal(p.active.value, p.total.value);
      const hMicro = { ...dense, hidden_size: 2048, num_attention_heads: 32, mamba_n_heads: 64 };
      const q = params(hMicro);
      assert.equal(q.total.value, 100352 * 2048 + 36 * mamba2(2048, 64, 128) + 4 * attention(2048, 32, 8) + 40 * (3 * 2048 * 8192 + 2 * 2048) + 2048);
      assert.equal(q.total.value, 3191396096);
    });

    it("what the file leaves out is GraniteMoeHybridConfig's default, stated; a layer_types list of the wrong length or kind is refused", () => {
      const { layer_types: _, ...allMamba } = small;
      const p = params(allMamba);
      assert.equal(p.layerGroups.length, 1);
      assert.equal(p.layerGroups[0]!.count, 40);
      const r = analyzeJson(allMamba);
      assert.equal(r.spec!.model!.hybrid!.mixers.source.kind, 'derived');
      const { num_local_experts: __, num_experts_per_tok: ___, ...eight } = small;
      const moe = analyzeJson(eight).spec!.model!.moe!;
      assert.deepEqual([moe.experts.value, moe.topK.value, moe.experts.source.kind], [8, 2, 'derived']);
      // Ten experts per token out of the class's eight is refused, not counted.
      assert.equal(errors({ ...eight, num_experts_per_tok: 10 })[0]?.message.id, 'recognize.topKOverExperts');
      assert.equal(errors({ ...small, layer_types: layerTypes([5], 39) })[0]?.message.id, 'recognize.listLength');
      assert.equal(errors({ ...small, layer_types: [...layerTypes([5], 39), 'linear_attention'] })[0]?.message.id, 'recognize.unsupportedVariant');
      assert.equal(errors({ ...small, mamba_d_head: 32 })[0]?.message.id, 'recognize.unsupportedVariant');
      // attention_bias adds q/k/v/o biases in the 4 attention layers.
      assert.equal(params({ ...small, attention_bias: true }).total.value, 32207337984 + 4 * (4096 + 2 * 1024 + 4096));
    });

    it('the catalogue resolves them by name', () => {
      assert.equal(named('ibm-granite/granite-4.0-h-small').total.value, 32207337984);
      assert.equal(named('granite-4.0-h-small').active.value, 8803121664);
      assert.equal(named('ibm-granite/granite-4.0-h-tiny-base').total.value, 6939037248);
      assert.equal(named('ibm-granite/granite-4.0-h-micro').total.value, 3191396096);
      assert.equal(named('ibm-granite/granite-4.0-micro').total.value, 3402836480);
      assert.ok(findModel('granite4:small-h'));
    });
  });
  describe('MiniMax-M2 (minimax_m2)', () => {
    const m2 = {
      architectures: ['MiniMaxM2ForCausalLM'],
      model_type: 'minimax_m2',
      hidden_size: 3072,
      num_hidden_layers: 62,
      num_attention_heads: 48,
      num_key_value_heads: 8,
      head_dim: 128,
      intermediate_size: 1536,
      num_local_experts: 256,
      num_experts_per_tok: 8,
      vocab_size: 200064,
      use_qk_norm: true,
      qk_norm_type: 'per_layer',
      num_mtp_modules: 3,
      tie_word_embeddings: false,
    };
    const h = 3072;
    // q/k/v/o of 48 and 8 heads of 128, q_norm over 48·128 and k_norm over 8·128 (FlexOlmo's).
    const attn = 2 * h * 6144 + 2 * h * 1024 + 6144 + 1024;
    // 256 SwiGLU experts of 1536, the h × 256 router and its e_score_correction_bias.
    const expert = 3 * h * 1536;

    it('62 layers × 3072, 256 experts of 1,536 (top 8): 228,689,764,864 total, 11,030,553,088 active ("230B total, 10B active")', () => {
      assert.equal(attn, 44047360);
      const layer = attn + 256 * expert + h * 256 + 256 + 2 * h;
      assert.equal(layer, 3668718848);
      const total = 2 * 200064 * h + 62 * layer + h;
      assert.equal(total, 228689764864);
      const p = params(m2);
      assert.equal(p.total.value, total);
      assert.equal(p.active.value, total - 62 * 248 * expert);
      assert.equal(p.active.value, 11030553088);
      // Without the embedding and the head: 9,801,356,800 ("10B activated").
      assert.equal(p.active.value - 2 * 200064 * h - h, 9801356800);
      assert.equal(p.mtp.value, 0);
    });

    it("MiniMaxM2Config's defaults are MiniMax-M2's (a config naming only its type counts the same, each default stated)", () => {
      const r = analyzeJson({ model_type: 'minimax_m2' });
      assert.equal(r.analysis!.params.total.value, 228689764864);
      assert.equal(r.spec!.model!.hidden.source.kind, 'derived');
      assert.equal(named('MiniMaxAI/MiniMax-M2').total.value, 228689764864);
      assert.equal(named('MiniMaxAI/MiniMax-M2.1').total.value, 228689764864);
    });
  });

  describe('Seed-OSS (seed_oss)', () => {
    const seed = {
      architectures: ['SeedOssForCausalLM'],
      model_type: 'seed_oss',
      hidden_size: 5120,
      num_hidden_layers: 64,
      num_attention_heads: 80,
      num_key_value_heads: 8,
      head_dim: 128,
      intermediate_size: 27648,
      vocab_size: 155136,
      attention_bias: true,
      attention_out_bias: false,
      mlp_bias: false,
      tie_word_embeddings: false,
    };
    it('Seed-OSS-36B: 64 layers × 5120, 80 heads and 8 KV of 128 with q/k/v biases, SwiGLU 27,648, untied 155,136: 36,151,104,512 ("36B")', () => {
      const h = 5120;
      const layer = 2 * h * 10240 + 2 * h * 1024 + 10240 + 2 * 1024 + 3 * h * 27648 + 2 * h;
      assert.equal(layer, 540039168);
      const total = 2 * 155136 * h + 64 * layer + h;
      assert.equal(total, 36151104512);
      assert.equal(params(seed).total.value, total);
      // attention_out_bias adds o_proj's bias; both left out: SeedOssConfig's true and false, stated.
      assert.equal(params({ ...seed, attention_out_bias: true }).total.value, total + 64 * h);
      const { attention_bias: _, attention_out_bias: __, ...bare } = seed;
      const r = analyzeJson(bare);
      assert.equal(r.analysis!.params.total.value, total);
      assert.equal(r.spec!.model!.qkvBias.source.kind, 'derived');
      assert.equal(named('ByteDance-Seed/Seed-OSS-36B-Instruct').total.value, total);
      assert.equal(named('ByteDance-Seed/Seed-OSS-36B-Base').total.value, total);
    });
  });

  describe('Apertus (apertus)', () => {
    const ap8 = {
      architectures: ['ApertusForCausalLM'],
      model_type: 'apertus',
      hidden_size: 4096,
      num_hidden_layers: 32,
      num_attention_heads: 32,
      num_key_value_heads: 8,
      intermediate_size: 21504,
      vocab_size: 131072,
      hidden_act: 'xielu',
      qk_norm: true,
      mlp_bias: false,
      attention_bias: false,
      tie_word_embeddings: false,
    };
    /** q/k/v/o, q_norm and k_norm over the head (2·128), up/down without a gate, xIELU's alpha_p and alpha_n, two RMSNorms. */
    const layer = (h: number, a: number, f: number) => 2 * h * h + (2 * h * 8 * h) / a + 2 * 128 + 2 * h * f + 2 + 2 * h;

    it("Apertus-8B: 32 layers × 4096, a non-gated MLP of 21,504, xIELU's 2 scalars per layer: 8,053,338,176 (a user's log of the model's count)", () => {
      assert.equal(layer(4096, 32, 21504), 218112258);
      const total = 2 * 131072 * 4096 + 32 * layer(4096, 32, 21504) + 4096;
      assert.equal(total, 8053338176);
      const p = params(ap8);
      assert.equal(p.total.value, total);
      assert.equal(p.layerGroups[0]!.mlp.params, 2 * 4096 * 21504 + 2);
      // Another activation learns nothing: 64 fewer.
      assert.equal(params({ ...ap8, hidden_act: 'relu2' }).total.value, total - 64);
      assert.equal(named('swiss-ai/Apertus-8B-Instruct-2509').total.value, total);
    });

    it('Apertus-70B: 80 layers × 8192, 64 heads, MLP 43,008: 70,599,864,480 ("70B")', () => {
      const total = 2 * 131072 * 8192 + 80 * layer(8192, 64, 43008) + 8192;
      assert.equal(total, 70599864480);
      assert.equal(params({ ...ap8, hidden_size: 8192, num_hidden_layers: 80, num_attention_heads: 64, intermediate_size: 43008 }).total.value, total);
      assert.equal(named('swiss-ai/Apertus-70B-Instruct-2509').total.value, total);
      assert.equal(named('swiss-ai/Apertus-70B-2509').total.value, total);
    });
  });

  describe('T5Gemma (t5gemma)', () => {
    const file = 'hf_config_2026/t5gemma-2b-2b.config.json';
    const cfg = () => JSON.parse(fixtureText(file)) as Record<string, Record<string, unknown>>;
    const h = 2304;
    const attn = 2 * h * 8 * 256 + 2 * h * 4 * 256;
    const mlp = 3 * h * 9216;

    it("t5gemma-2b-2b: two 26-layer Gemma 2 2B stacks, each with its own 256,000-token table, the head tied to the decoder's: 5,596,853,760", () => {
      const encoderLayer = attn + mlp + 4 * h;
      const decoderLayer = 2 * attn + mlp + 6 * h;
      assert.equal(encoderLayer, 77865984);
      assert.equal(decoderLayer, 92026368);
      const total = 2 * 256000 * h + 26 * encoderLayer + 26 * decoderLayer + 2 * h;
      assert.equal(total, 5596853760);
      const r = analyzeFixture(file);
      const p = r.analysis!.params;
      assert.equal(p.total.value, total);
      assert.equal(p.embedding.value, 2 * 256000 * h);
      assert.equal(p.outputHead.value, 0);
      assert.deepEqual(
        p.layerGroups.map((g) => [g.kind, g.count, g.each]),
        [
          ['encoder', 26, encoderLayer],
          ['decoder', 26, decoderLayer],
        ],
      );
      // The checkpoint index's total_size / 2 (bf16) is 5,597,443,584: 589,824 (= 2304 × 256) more, not explained here.
      assert.equal(5597443584 - total, 589824);
    });

    it('an untied head adds V·h; a decoder shaped unlike its encoder (T5Gemma 9B-2B) is refused; no decoder: the encoder copied', () => {
      assert.equal(params({ ...cfg(), tie_word_embeddings: false }).total.value, 5596853760 + 256000 * h);
      const c = cfg();
      const wide = { ...c, decoder: { ...c.decoder, hidden_size: 3584 } };
      assert.equal(errors(wide)[0]?.message.id, 'recognize.asymmetricStacks');
      const { decoder: _, ...encoderOnly } = c;
      assert.equal(params(encoderOnly).total.value, 5596853760);
      const shallow = { ...c, decoder: { ...c.decoder, num_hidden_layers: 12 } };
      assert.equal(params(shallow).total.value, 5596853760 - 14 * (2 * attn + mlp + 6 * h));
    });
  });

  describe('Kimi Linear (kimi_linear)', () => {
    const file = 'hf_config_2026/kimi-linear-48b-a3b-instruct.config.json';
    const lora = (changes: Record<string, unknown>) =>
      analyzeFiles([
        { path: 'run/config.json', text: fixtureText(file) },
        { path: 'run/adapter_config.json', text: JSON.stringify({ peft_type: 'LORA', r: 16, lora_alpha: 32, base_model_name_or_path: './run', ...changes }) },
      ])[0]!;

    it('Kimi-Linear-48B-A3B: 20 Kimi Delta Attention layers of 39,514,272 and 7 latent-attention ones, 49,122,681,728 as its checkpoint', () => {
      const r = analyzeFixture(file);
      const a = r.analysis!;
      const m = r.spec!.model!;
      assert.equal(m.hybrid!.ssm!.kind.value, 'kda');
      // linear_attn_config's 1-based lists: full attention in layers 4, 8, …, 24 and 27.
      assert.deepEqual(
        m.hybrid!.mixers.value.flatMap((x: string, i: number) => (x === 'attention' ? [i + 1] : [])),
        [4, 8, 12, 16, 20, 24, 27],
      );
      // KDA: q, k, v 3·2304·4096, their convs 3·4096·4, the gates 2·(2304·128 + 128·4096), dt_bias 4096, b_proj 2304·32, A_log
      // 32, o_norm 128, o_proj 4096·2304.
      const kda = 3 * 2304 * 4096 + 3 * 4096 * 4 + 2 * (2304 * 128 + 128 * 4096) + 4096 + 2304 * 32 + 32 + 128 + 4096 * 2304;
      assert.equal(kda, 39514272);
      assert.ok(a.params.layerGroups.some((g) => g.mixer === 'ssm' && g.attention.params === kda));
      assert.equal(a.params.total.value, 49122681728);
      // Eight of 256 experts: 25 × 248 experts of 3·2304·1024 fewer, … (GROUND_TRUTH.tsv).
      assert.equal(a.params.active.value, 49122681728 - 26 * 248 * 3 * 2304 * 1024);
    });

    it("LoRA on q_proj, k_proj, v_proj, o_proj reaches the KDA layers' four and the latent attention's q_proj and o_proj: r 16, 9,854,976", () => {
      const a = lora({ target_modules: ['q_proj', 'k_proj', 'v_proj', 'o_proj'] }).analysis!;
      // KDA: 16·(3·(2304 + 4096) + 4096 + 2304) × 20; latent attention: 16·((2304 + 6144) + (4096 + 2304)) × 7.
      assert.equal(a.method.trainable.value, 16 * 4 * 6400 * 20 + 16 * (8448 + 6400) * 7);
      assert.equal(a.method.trainable.value, 9854976);
      assert.deepEqual(a.method.unmatched ?? [], []);
    });

    it('LoRA on all-linear: every KDA linear, the latent attention, the MLP and the experts: 1,084,122,112', () => {
      const a = lora({ target_modules: 'all-linear' }).analysis!;
      const kda = 16 * (3 * (2304 + 4096) + (4096 + 2304) + 2 * (2304 + 128) + 2 * (128 + 4096) + (2304 + 32)) * 20;
      const mla = 16 * (2304 + 6144 + (2304 + 576) + (512 + 8192) + (4096 + 2304)) * 7;
      const mlp = 16 * 3 * (2304 + 9216);
      const moe = 16 * 257 * 3 * (2304 + 1024) * 26;
      assert.equal(a.method.trainable.value, kda + mla + mlp + moe);
      assert.equal(kda + mla + mlp + moe, 1084122112);
    });

    it('the catalogue resolves moonshotai/Kimi-Linear-48B-A3B-Instruct (and -Base) to the same count', () => {
      assert.equal(named('moonshotai/Kimi-Linear-48B-A3B-Instruct').total.value, 49122681728);
      assert.equal(named('moonshotai/Kimi-Linear-48B-A3B-Base').total.value, 49122681728);
    });

    it('kda_layers and full_attn_layers that do not cover the layers once are refused', () => {
      const c = JSON.parse(fixtureText(file)) as { linear_attn_config: { kda_layers: number[] } };
      c.linear_attn_config.kda_layers = c.linear_attn_config.kda_layers.slice(1);
      assert.equal(errors(c)[0]?.message.id, 'recognize.listLength');
    });
  });

  describe('Kimi K3 (kimi_k3)', () => {
    const file = 'hf_config_2026/kimi-k3.config.json';

    it("Kimi K3: 2,779,931,834,976 by its modelling code (the Hub's 2,779,931,837,184 counts 2,208 A_log entries the checkpoint stores beyond the heads)", () => {
      const a = analyzeFixture(file).analysis!;
      assert.equal(a.params.total.value, 2779931837184 - 69 * (128 - 96));
      // 16 of 896 latent experts of 3·3584·3072; Moonshot's "104.2B activated" leaves the embedding out.
      assert.equal(a.params.active.value - 163840 * 7168, 104189614848 - 69 * 32);
    });

    it("its layers' parts: KDA with one full-rank output gate, gated latent attention, LatentMoE with its norm, Block Attention Residuals", () => {
      const r = analyzeFixture(file);
      const groups = r.analysis!.params.layerGroups;
      // KDA: q, k, v 3·7168·12288, convs 3·12288·4, A_log 96, forget gate 7168·128 + 128·12288, dt_bias 12288, b_proj 7168·96,
      // g_proj 7168·12288, o_norm 128, o_proj 12288·7168.
      const kda = 3 * 7168 * 12288 + 3 * 12288 * 4 + 96 + 7168 * 128 + 128 * 12288 + 12288 + 7168 * 96 + 7168 * 12288 + 128 + 12288 * 7168;
      assert.ok(groups.some((g) => g.mixer === 'ssm' && g.attention.params === kda));
      // Latent attention: q_a 7168·1536 + 1536 + q_b 1536·96·192, kv_a 7168·576 + 512, kv_b 512·96·256, o_proj and g_proj 12288·7168 each.
      const mla = 7168 * 1536 + 1536 + 1536 * 96 * 192 + 7168 * 576 + 512 + 512 * 96 * 256 + 2 * 12288 * 7168;
      assert.ok(groups.some((g) => g.mixer === 'attention' && g.attention.params === mla));
      // Each layer's norms: two RMSNorms, and Block AttnRes' two RMSNorms and two 7168 → 1 projections.
      assert.ok(groups.every((g) => g.norms === 6 * 7168));
      // A MoE layer's FFN: 896 experts of 3·3584·3072, the latent projections 2·7168·3584 and norm 3584, two shared 3·7168·3072,
      // the router 896·7168 and its bias.
      const moe = 896 * 3 * 3584 * 3072 + 2 * 7168 * 3584 + 3584 + 2 * 3 * 7168 * 3072 + 896 * 7168 + 896;
      assert.ok(groups.some((g) => g.kind === 'moe' && g.mlp.params === moe));
      // MoonViT-V2 401,214,464 and its projector 46,144,512.
      assert.equal(r.analysis!.params.vision.value, 401214464 + 46144512);
    });

    it('the catalogue resolves moonshotai/Kimi-K3 to the same count', () => {
      assert.equal(named('moonshotai/Kimi-K3').total.value, 2779931837184 - 69 * 32);
    });
  });
});
