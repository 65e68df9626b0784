import { strict as assert } from 'node:assert';
import { render } from '../../src/core/messages';
import { analyzeFixture, fixtureText, groundTruth } from './helpers/fixtures';
import { sumOfParts } from './helpers/params';
import { syntaxOf } from '../../src/core';
import { analyzeFile, analyzeFiles } from '../../src/core/pipeline';

describe('parameter counts: GROUND_TRUTH.tsv, to the parameter', () => {
  const rows = groundTruth().filter((r) => syntaxOf(r.file) === 'json' && !r.variant);

  it('covers every JSON config of the ground truth (HF, resaved T5, DeepSeek native, gpt-oss, 2025 families)', () => {
    assert.deepEqual(
      rows.map((r) => r.file),
      [
        'hf_config/gpt2.config.json',
        'hf_config/llama-2-7b-hf.config.json',
        'hf_config/llama-3.1-8b.config.json',
        'hf_config/llama-3.1-70b.config.json',
        'hf_config/mistral-7b-v0.1.config.json',
        'hf_config/mixtral-8x7b-v0.1.config.json',
        'hf_config/qwen2.5-7b-instruct.config.json',
        'hf_config/qwen3-8b.config.json',
        'hf_config/qwen3-30b-a3b.config.json',
        'hf_config/deepseek-v3.config.json',
        'hf_config_resaved/t5-small.config.json',
        'deepseek_native/config_16B.json',
        'hf_config_handwritten/gpt-oss-20b.config.json',
        'hf_config_handwritten/phi-3.5-moe-instruct.config.json',
        'hf_config_handwritten/command-r7b.config.json',
        'hf_config_handwritten/llama-4-scout-17b-16e-instruct.config.json',
        'hf_config_handwritten/mistral-small-3.1-24b-instruct-2503.config.json',
        'hf_config_handwritten/clip-vit-base-patch32.config.json',
        'hf_config_2025/gemma-3-4b-it.config.json',
        'hf_config_2025/medgemma-4b-it.config.json',
        'hf_config_2025/medgemma-27b-it.config.json',
        'hf_config_2025/smollm3-3b.config.json',
        'hf_config_2025/olmo-2-1124-7b.config.json',
        'hf_config_2025/granite-3.3-8b-instruct.config.json',
        'hf_config_2025/granite-3.1-1b-a400m-instruct.config.json',
        'hf_config_2025/glm-4.5-air.config.json',
        'hf_config_2025/olmoe-1b-7b-0924.config.json',
        'hf_config_2025/starcoder2-3b.config.json',
        'hf_config_2025/starcoder2-15b.config.json',
        'hf_config_2025/qwen2.5-vl-3b-instruct.config.json',
        'hf_config_2025/qwen2.5-vl-7b-instruct.config.json',
        'hf_config_2025/qwen2-vl-7b-instruct.config.json',
        'hf_config_2025/qwen3-vl-8b-instruct.config.json',
        'hf_config_encoders/bert-base-uncased.config.json',
        'hf_config_encoders/roberta-base.config.json',
        'hf_config_encoders/distilbert-base-uncased.config.json',
        'hf_config_encoders/xlm-roberta-base.config.json',
        'hf_config_encoders/modernbert-base.config.json',
        'hf_config_hybrid/mamba-2.8b-hf.config.json',
        'hf_config_hybrid/mamba-codestral-7b-v0.1.config.json',
        'hf_config_hybrid/falcon-mamba-7b.config.json',
        'hf_config_hybrid/nemotron-h-8b-base-8k.config.json',
        'hf_config_hybrid/nvidia-nemotron-nano-9b-v2.config.json',
        'hf_config_hybrid/ai21-jamba-1.5-mini.config.json',
        'hf_config_hybrid/falcon-h1-0.5b-instruct.config.json',
        'hf_config_encoders/deberta-v3-base.config.json',
        'hf_config_hybrid/qwen3-next-80b-a3b-instruct.config.json',
        'hf_config_encoders/bart-large.config.json',
        'hf_config_encoders/vit-base-patch16-224.config.json',
        'hf_config_handwritten/siglip-base-patch16-224.config.json',
        'hf_config_encoders/whisper-small.config.json',
        'hf_config_encoders/wav2vec2-base-960h.config.json',
        'hf_config_encoders/mt5-small.config.json',
        'hf_config_handwritten/phi-3-small-8k-instruct.config.json',
        'hf_config_2025/phi3-mini-4k-instruct.config.json',
        'hf_config_2025/falcon-7b.config.json',
        'hf_config_2025/qwen3-vl-30b-a3b-instruct.config.json',
        'hf_config_2025/kimi-k2-instruct.config.json',
        'hf_config_2025/deepseek-v3.2.config.json',
        'hf_config_2025/mimo-7b.config.json',
        'hf_config_2025/falcon-rw-1b.config.json',
        'hf_config_hybrid/qwen3.5-397b-a17b.config.json',
        'hf_config_2026/hunyuan-a13b.config.json',
        'hf_config_2026/kimi-k2.5.config.json',
        'hf_config_2026/glm-5-fp8.config.json',
        'hf_config_2026/ernie-4.5-vl-424b-a47b.config.json',
        'hf_config_2026/lfm2.5-vl-1.6b.config.json',
        'hf_config_2026/granite-docling-258m.config.json',
        'hf_config_2026/exaone-4.5-33b.config.json',
        'hf_config_2026/internvl2-2b-uav-ft.config.json',
        'hf_config_2026/llava-next-video-7b-mistral-bnb4.config.json',
        'hf_config_2026/locateanything-3b.config.json',
        'hf_config_2026/minimax-m1-80k.config.json',
        'hf_config_2026/ling-flash-2.0-ming-llm-config.config.json',
        'hf_config_2026/deepseek-v4-flash-nvfp4.config.json',
        'hf_config_2026/deepseek-v4-pro-nvfp4.config.json',
        'hf_config_2026/opt-1.3b.config.json',
        'hf_config_2026/all-mpnet-base-v2.config.json',
        'hf_config_2026/gpt-j-6b.config.json',
        'hf_config_2026/albert-base-v2-cls9.config.json',
        'hf_config_2026/dinov2-small.config.json',
        'hf_config_2026/dinov2-base-cls31.config.json',
        'hf_config_2026/electra-small-discriminator-v32000.config.json',
        'hf_config_2026/t5gemma-2b-2b.config.json',
        'hf_config_2026/minimax-m2.7.config.json',
        'survey/eleventh/hf/276-minimind2-104m-dense-custom-config.json',
        'survey/eleventh/hf/245-llava-onevision-1.5-8b-instruct-ads-config.json',
        'survey/eleventh/hf/246-videollama3-qwen2-7b-cogstream-config.json',
        'hf_config_2026/lfm2-8b-a1b-augment-ft.config.json',
        'hf_config_encoders/nllb-200-distilled-600m.config.json',
        'hf_config_2026/kimi-linear-48b-a3b-instruct.config.json',
        'hf_config_2026/kimi-k3.config.json',
        'survey/thirtyfifth/hf/740-ernie-4.5-0.3b.config.json',
        'survey/thirtyfifth/hf/746-glm-4.5v.config.json',
        'survey/thirtyeighth/hf/820-paligemma-3b-pt-224-config.json',
        'survey/thirtyeighth/hf/823-llada-8b-instruct-config.json',
        'survey/thirtyeighth/hf/825-opus-mt-en-zh-marian-config.json',
        'survey/fortyninth/hf/942-delta-vector-austral-afm-sft.json',
        'survey/fortyninth/hf/944-inclusionai-ling-lite-1.5.json',
        'survey/fortyninth/hf/941-rednote-hilab-dots.llm1.base.json',
        'survey/thirtyfifth/hf/747-mimo-v2.5-pro.config.json',
        'survey/twentyfirst/hf/440-mimo_v2_flash-MiMo-V2-Flash.json',
        'survey/fiftyninth/hf/993-gemma-3n-e2b-it-unsloth.config.json',
        'survey/twentyfirst/hf/442-nemotron-nas-Llama-3_3-Nemotron-Super-49B-v1.json',
        'survey/fortyninth/hf/943-mlx-community-longcat-flash-chat-bf16.json',
        'survey/fortyfifth/hf/901-fuyu-8b.config.json',
        'survey/thirtyeighth/hf/831-trocr-small-printed-config.json',
        'survey/thirtyeighth/hf/830-florence-2-base-config.json',
        'hf_config_2025/btlm-3b-8k-base.config.json',
        'hf_config_2025/qwen-vl-chat.config.json',
        'survey/thirtysixth/hf/762-step-3.7-flash-fp8.config.json',
        'survey/fiftyninth/hf/990-ring-mini-linear-2.0-mlx4bit.config.json',
        'survey/thirtieth/hf/621-minimax-m3.config.json',
        'survey/fiftyninth/hf/991-phi-4-mini-flash-reasoning.config.json',
        'survey/fortyninth/hf/947-tencent-hunyuan-large-a50b-pretrain.json',
        'hf_config_2026/chatglm-6b.config.json',
        'hf_config_2026/tinymistral-248m-v2.5-instruct.config.json',
        'hf_config_2026/gpt-bigcode-santacoder.config.json',
        'hf_config_2026/chinese-roberta-l8-h512-danmaku-ft.config.json',
        'hf_config_2026/phayathaibert.config.json',
        'hf_config_2026/chinese-llama-2-7b.config.json',
        'hf_config_2026/tiny-llava-v1-hf.config.json',
        'hf_config_2026/sailor2-8b.config.json',
        'hf_config_2026/minicpm-2b-sft-bf16.config.json',
      ],
    );
  });

  for (const row of rows) {
    it(`${row.file}: total ${row.total}${row.active ? `, active ${row.active}` : ''}`, () => {
      const result = analyzeFixture(row.file);
      assert.deepEqual(
        result.findings.filter((f) => f.severity === 'error'),
        [],
      );
      assert.ok(result.analysis, 'analyzed');
      assert.equal(result.analysis.params.total.value, row.total);
      // Dense models: every parameter is active.
      assert.equal(result.analysis.params.active.value, row.active ?? row.total);
    });
  }
});

describe('parameter breakdown', () => {
  it('Llama-3.1-8B: untied embedding and head, 32 dense layers of 218,112,000', () => {
    const p = analyzeFixture('hf_config/llama-3.1-8b.config.json').analysis!.params;
    assert.equal(p.embedding.value, 128256 * 4096);
    assert.equal(p.outputHead.value, 128256 * 4096);
    assert.equal(p.layerGroups.length, 1);
    assert.equal(p.layerGroups[0]!.kind, 'dense');
    assert.equal(p.layerGroups[0]!.count, 32);
    assert.equal(p.layerGroups[0]!.each, 218112000);
    assert.equal(p.other, 4096);
  });

  it('Phi-3-small (phi3small): biased fused qkv and dense, a biased GeGeLU MLP of ff_intermediate_size, tied head; block-sparse layers as 1,024-token windows', () => {
    const r = analyzeFixture('hf_config_handwritten/phi-3-small-8k-instruct.config.json');
    const p = r.analysis!.params;
    // q/k/v 4096 → 6,144 with bias, dense 4096² with bias, up_proj 4096 → 2 · 14,336 with bias, down_proj with bias, 2 LayerNorms.
    assert.equal(p.layerGroups[0]!.each, 4096 * 6144 + 6144 + 4096 * 4096 + 4096 + 2 * 14336 * 4096 + 2 * 14336 + 14336 * 4096 + 4096 + 4 * 4096);
    assert.equal(p.outputHead.value, 0, 'tied: Phi3SmallConfig states no tie_word_embeddings');
    const m = r.spec!.model!;
    // Layers 0, 2, …, 30 block-sparse (16 local blocks of 64 tokens); 1, 3, …, 31 dense (dense_attention_every_n_layers 2).
    assert.deepEqual([m.slidingWindow?.value, m.slidingWindowLayers?.value], [1024, 16]);
    assert.match(render((m.slidingWindow!.source as { reason: Parameters<typeof render>[0] }).reason), /16 local blocks of 64 tokens/);
  });

  it('BLOOM (bloom): ALiBi, a LayerNorm after the word embedding, biased fused layers; bloom-560m is 559,214,592', () => {
    const bloom = { architectures: ['BloomForCausalLM'], model_type: 'bloom', n_embed: 1024, n_layer: 24, num_attention_heads: 16, vocab_size: 250880 };
    const r = analyzeFile({ path: 'config.json', text: JSON.stringify(bloom) });
    assert.equal(r.analysis!.params.total.value, 559214592);
    assert.equal(r.spec!.model!.embeddingNorm?.value, true);
  });

  it('Command R7B (cohere2): one weight-only LayerNorm per parallel layer, 24 of 32 layers on a 4,096 window (sliding_window_pattern 4)', () => {
    const r = analyzeFixture('hf_config_handwritten/command-r7b.config.json');
    const a = r.analysis!;
    assert.equal(a.params.layerGroups[0]!.each, 4 * 4096 * 4096 - 2 * 3 * 4096 * 1024 + 3 * 4096 * 14336 + 4096);
    assert.equal(r.spec!.model!.slidingWindowLayers?.value, 24);
    assert.equal(r.spec!.model!.slidingWindow?.value, 4096);
  });

  it('Llama 4: Scout (16 experts on every layer, a shared one) and Maverick (128 on every other layer, dense ones of intermediate_size_mlp): 108,641,793,536 and 401,583,781,376', () => {
    const rel = 'hf_config_handwritten/llama-4-scout-17b-16e-instruct.config.json';
    const scout = analyzeFixture(rel);
    const m = scout.spec!.model!;
    assert.equal(m.moe?.layers.value.length, 48);
    assert.equal(m.moe?.sharedExperts.value, 1);
    // 36 RoPE layers attend within 8,192-token chunks (every 4th layer is global, without RoPE).
    assert.equal(m.slidingWindowLayers?.value, 36);
    assert.equal(m.slidingWindow?.value, 8192);
    assert.equal(scout.analysis!.params.vision.value, 871932416);
    const maverick = analyzeFile({
      path: 'config.json',
      text: fixtureText(rel)
        .replace('"interleave_moe_layer_step": 1', '"interleave_moe_layer_step": 2')
        .replace('"num_local_experts": 16', '"num_local_experts": 128'),
    });
    assert.equal(maverick.spec!.model!.moe?.layers.value.length, 24);
    assert.equal(maverick.spec!.model!.moe?.layers.value[0], 1);
    assert.equal(maverick.analysis!.params.total.value, 401583781376);
  });

  it('Mistral Small 3.1 (mistral3): the Pixtral tower and the projector, its merger over 2 × 2 patches, unbiased as the config says', () => {
    const r = analyzeFixture('hf_config_handwritten/mistral-small-3.1-24b-instruct-2503.config.json');
    const v = r.analysis!.params.vision.value;
    // 3·14²·1024 + 1024 + 24·(2·1024 + 4·1024² + 3·1024·4096) + 1024 + 4·1024² + 1024·5120 + 5120²
    assert.equal(v, 403305472 + 35652608);
    const biased = analyzeFile({
      path: 'config.json',
      text: fixtureText('hf_config_handwritten/mistral-small-3.1-24b-instruct-2503.config.json').replace(
        '"multimodal_projector_bias": false',
        '"multimodal_projector_bias": true',
      ),
    });
    assert.equal(biased.analysis!.params.vision.value, v + 2 * 5120);
  });

  it('Phi-3.5-MoE (phimoe): biased LayerNorms, q/k/v/o and head (lm_head_bias), 16 experts of 6,400', () => {
    const r = analyzeFixture('hf_config_handwritten/phi-3.5-moe-instruct.config.json');
    const a = r.analysis!;
    assert.equal(a.params.outputHead.value, 32064 * 4096 + 32064);
    assert.equal(r.spec!.model!.moe?.experts.value, 16);
    assert.equal(r.spec!.model!.norm.value, 'layernorm');
  });

  it('GPT-2: tied head counts once; learned positions 1024 × 768; biases and LayerNorms included', () => {
    const p = analyzeFixture('hf_config/gpt2.config.json').analysis!.params;
    assert.equal(p.outputHead.value, 0);
    assert.equal(p.positions.value, 1024 * 768);
    assert.equal(p.layerGroups[0]!.each, 12 * 768 * 768 + 13 * 768);
  });

  it('DeepSeek-V3: 3 dense + 58 MoE layers; the MTP layer (11.6 B) is reported apart from the total', () => {
    const p = analyzeFixture('hf_config/deepseek-v3.config.json').analysis!.params;
    assert.deepEqual(
      p.layerGroups.map((g) => [g.kind, g.count]),
      [
        ['dense', 3],
        ['moe', 58],
      ],
    );
    assert.equal(p.mtp.value, 11610068224);
    assert.ok(Math.abs(p.mtp.value - 11.6e9) < 0.05e9);
  });

  it('Qwen3-30B-A3B: every layer is MoE although intermediate_size is present', () => {
    const r = analyzeFixture('hf_config/qwen3-30b-a3b.config.json');
    assert.deepEqual(
      r.analysis!.params.layerGroups.map((g) => [g.kind, g.count]),
      [['moe', 48]],
    );
    assert.equal(r.spec!.model!.headDim.value, 128);
  });

  it('T5-small: encoder and decoder stacks with relative attention bias in the first layer of each', () => {
    const p = analyzeFixture('hf_config_resaved/t5-small.config.json').analysis!.params;
    assert.deepEqual(
      p.layerGroups.map((g) => [g.kind, g.count, g.each]),
      [
        ['encoder', 6, 3146752],
        ['decoder', 6, 4195840],
      ],
    );
    // Two final norms (512 each) and two relative-bias tables (32 buckets × 8 heads).
    assert.equal(p.other, 2 * 512 + 2 * 32 * 8);
  });

  it('Gemma 3 4B: text model from text_config with the class defaults, the SigLIP tower and projector apart', () => {
    const r = analyzeFixture('hf_config_2025/gemma-3-4b-it.config.json');
    const p = r.analysis!.params;
    // SigLIP: patch conv 3·14²·1152 + 1152, 64² positions, 27 layers, post LayerNorm; projector norm and 1152 × 2560.
    const tower = 3 * 14 * 14 * 1152 + 1152 + 4096 * 1152 + 27 * (4 * 1152 + 4 * (1152 * 1152 + 1152) + 2 * 1152 * 4304 + 4304 + 1152) + 2 * 1152;
    assert.equal(p.vision.value, tower + 1152 + 1152 * 2560);
    assert.equal(p.vision.value, 419816304);
    const m = r.spec!.model!;
    assert.deepEqual([m.heads.value, m.kvHeads.value, m.headDim.value, m.vocab.value], [8, 4, 256, 262208]);
    assert.equal(m.heads.source.kind, 'derived', 'a Gemma3TextConfig default, stated as such');
    assert.equal(m.slidingWindowLayers?.value, 34 - 5, 'sliding_window_pattern (default 6): every sixth of the 34 layers is global');
    assert.equal(m.qkNorm.value, 'per-head');
    assert.equal(m.normsPerLayer.value, 4);
    // FLOPs count text tokens through the language model: the tower is stated, at vision_config.
    const note = r.findings.find((f) => f.message.id === 'recognize.visionTextOnly');
    assert.equal(note?.severity, 'info');
    assert.deepEqual(note?.message.args, { layers: 27, hidden: 1152 });
    assert.equal(r.analysis!.flops.perToken.forward.value, analyzeFixture('hf_config_2025/medgemma-4b-it.config.json').analysis!.flops.perToken.forward.value);
  });

  it('Qwen VL: the text model at the top (Qwen2/2.5-VL originals) or in text_config (Qwen3-VL), each ViT by its own modelling file', () => {
    const q25 = analyzeFixture('hf_config_2025/qwen2.5-vl-3b-instruct.config.json');
    // Qwen2.5-VL-3B: Conv3d 3·2·14²·1280; 32 blocks of RMSNorms, fused biased qkv and proj, gated biased MLP of 3420; merger.
    const D = 1280;
    const I = 3420;
    const M = 4 * D;
    const block = 2 * D + 3 * D * D + 3 * D + D * D + D + 3 * D * I + 2 * I + D;
    assert.equal(q25.analysis!.params.vision.value, 3 * 2 * 14 * 14 * D + 32 * block + D + M * M + M + M * 2048 + 2048);
    assert.equal(q25.spec!.model!.hidden.value, 2048, "the text model's width, from the top level");
    assert.equal(q25.spec!.model!.tiedEmbeddings.value, true);
    // Qwen2-VL: embed_dim is the ViT's width, hidden_size the merger's output; the MLP is embed_dim × mlp_ratio.
    const q2 = analyzeFixture('hf_config_2025/qwen2-vl-7b-instruct.config.json').spec!.model!.vision!;
    assert.deepEqual([q2.hidden.value, q2.ffnWidth.value, q2.outHidden?.value], [1280, 5120, 3584]);
    // Qwen3-VL: text_config, tie_word_embeddings at the top, three deepstack mergers from deepstack_visual_indexes.
    const q3 = analyzeFixture('hf_config_2025/qwen3-vl-8b-instruct.config.json').spec!.model!;
    assert.deepEqual([q3.layers.value, q3.tiedEmbeddings.value, q3.tiedEmbeddings.source.kind, q3.vision!.deepstack?.value], [36, false, 'fact', 3]);
  });

  it("encoders: each head class's published count (sum of p.numel()), bidirectional attention, no LM logits for a classifier", () => {
    const as = (file: string, arch: string, extra: Record<string, unknown> = {}) => {
      const config = { ...(JSON.parse(fixtureText(file)) as Record<string, unknown>), architectures: [arch], ...extra };
      return analyzeFile({ path: 'config.json', text: JSON.stringify(config) }).analysis!;
    };
    const bert = 'hf_config_encoders/bert-base-uncased.config.json';
    assert.equal(as(bert, 'BertModel').params.total.value, 109482240);
    assert.equal(as(bert, 'BertForPreTraining').params.total.value, 110106428);
    assert.equal(as(bert, 'BertForSequenceClassification').params.total.value, 109483778);
    // Three labels from id2label: one more row of 768 + 1.
    assert.equal(as(bert, 'BertForSequenceClassification', { id2label: { 0: 'a', 1: 'b', 2: 'c' } }).params.total.value, 109483778 + 769);
    const roberta = 'hf_config_encoders/roberta-base.config.json';
    assert.equal(as(roberta, 'RobertaModel').params.total.value, 124645632);
    assert.equal(as(roberta, 'RobertaForSequenceClassification').params.total.value, 124647170);
    const distil = 'hf_config_encoders/distilbert-base-uncased.config.json';
    assert.equal(as(distil, 'DistilBertModel').params.total.value, 66362880);
    assert.equal(as(distil, 'DistilBertForSequenceClassification').params.total.value, 66955010);
    assert.equal(as('hf_config_encoders/xlm-roberta-base.config.json', 'XLMRobertaModel').params.total.value, 278043648);
    // Every token attends to the whole sequence (12 layers × 4·a·d·s); a classifier runs no V × h head and holds no logits.
    const mlm = as(bert, 'BertForMaskedLM');
    assert.equal(mlm.flops.attentionForwardPerToken, 12 * 4 * 768 * 512);
    const cls = as(bert, 'BertForSequenceClassification');
    assert.equal(mlm.flops.perToken.forward.value - cls.flops.perToken.forward.value, 2 * 30522 * 768);
    assert.equal(cls.cluster.memory.logits, 0);
    // PEFT's LoRA r 8 on BERT's query and value: 12 layers × 2 × (768·8 + 8·768) = 294,912 trainable, as PEFT prints.
    const [lora] = analyzeFiles([
      {
        path: 'bert/adapter_config.json',
        text: JSON.stringify({ base_model_name_or_path: '.', peft_type: 'LORA', r: 8, lora_alpha: 16, target_modules: ['query', 'value'] }),
      },
      { path: 'bert/config.json', text: fixtureText(bert) },
    ]);
    assert.deepEqual([lora!.analysis!.method.trainable.value, lora!.analysis!.params.total.value], [294912, 109514298]);
  });

  it("decoders as classifiers (TRL's reward models are *ForSequenceClassification with one label): the score head in place of the LM head, no logits over the vocabulary", () => {
    const as = (arch: string, extra: Record<string, unknown> = {}) => {
      const config = { ...(JSON.parse(fixtureText('hf_config/llama-3.1-8b.config.json')) as Record<string, unknown>), architectures: [arch], ...extra };
      return analyzeFile({ path: 'config.json', text: JSON.stringify(config) }).analysis!;
    };
    const lm = as('LlamaForCausalLM');
    // LlamaForSequenceClassification: score = nn.Linear(h, num_labels, bias=False); a reward model has one label.
    const reward = as('LlamaForSequenceClassification', { num_labels: 1 });
    assert.equal(reward.params.outputHead.value, 4096);
    assert.equal(reward.params.total.value, 8030261248 - 128256 * 4096 + 4096);
    assert.match(reward.params.outputHead.formula, /classifier/);
    // Two labels by default (PretrainedConfig), a biased h × n for token classification and question answering.
    assert.equal(as('LlamaForSequenceClassification').params.outputHead.value, 2 * 4096);
    assert.equal(as('LlamaForTokenClassification', { id2label: { 0: 'O', 1: 'B', 2: 'I' } }).params.outputHead.value, 3 * 4096 + 3);
    assert.equal(as('LlamaForQuestionAnswering').params.outputHead.value, 2 * 4096 + 2);
    // The head's matmul per token: h × 1 for V × h, and no logits held.
    assert.equal(lm.flops.perToken.forward.value - reward.flops.perToken.forward.value, 2 * (128256 * 4096 - 4096));
    assert.equal(reward.cluster.memory.logits, 0);
  });

  it("DeBERTa-v3: disentangled attention's relative table, each head class's published count, the scores against relative positions", () => {
    const as = (arch: string, extra: Record<string, unknown> = {}) => {
      const config = {
        ...(JSON.parse(fixtureText('hf_config_encoders/deberta-v3-base.config.json')) as Record<string, unknown>),
        architectures: [arch],
        ...extra,
      };
      return analyzeFile({ path: 'config.json', text: JSON.stringify(config) }).analysis!;
    };
    // keras-hub's deberta_v3_base_en: 183,831,552 (= DebertaV2Model); a sum(p.numel()) of the 2-label classifier: 184,423,682.
    assert.equal(as('DebertaV2Model').params.total.value, 183831552);
    assert.equal(as('DebertaV2ForSequenceClassification').params.total.value, 184423682);
    // The MLM head: dense 768² + 768, LayerNorm, the decoder's bias over 128,100 tokens (its weight tied).
    assert.equal(as('DebertaV2ForMaskedLM').params.total.value, 183831552 + 590592 + 1536 + 128100);
    // Without share_att_key each layer projects the relative table through its own pos_key_proj and pos_query_proj.
    assert.equal(as('DebertaV2Model', { share_att_key: false }).params.total.value, 183831552 + 12 * 2 * (768 * 768 + 768));
    // Per layer and token at 512: the content scores 2·a·2d·s, c2p and p2c against 2 × 256 positions (8·a·d·256), the table
    // through key and query (8·256·h²/s).
    const f = as('DebertaV2Model').flops.attentionForwardPerToken;
    assert.equal(f, 12 * (2 * 12 * 128 * 512 + 8 * 12 * 64 * 256 + (8 * 256 * 768 * 768) / 512));
  });

  it('BART: a learned position table in each stack with its 2 offset rows, no relative attention; bart-base as published', () => {
    const large = JSON.parse(fixtureText('hf_config_encoders/bart-large.config.json')) as Record<string, unknown>;
    const a = analyzeFile({ path: 'config.json', text: JSON.stringify(large) }).analysis!;
    assert.equal(a.params.positions.value, 2 * 1026 * 1024);
    // facebook/bart-base (d_model 768, 6 + 6 layers, FFN 3072, 12 heads): model.num_parameters() 139,420,416.
    const base = {
      ...large,
      d_model: 768,
      encoder_layers: 6,
      decoder_layers: 6,
      num_hidden_layers: 6,
      encoder_ffn_dim: 3072,
      decoder_ffn_dim: 3072,
      encoder_attention_heads: 12,
      decoder_attention_heads: 12,
    };
    assert.equal(analyzeFile({ path: 'config.json', text: JSON.stringify(base) }).analysis!.params.total.value, 139420416);
    // A decoder shaped unlike its encoder is refused at its key.
    const odd = analyzeFile({ path: 'config.json', text: JSON.stringify({ ...large, decoder_ffn_dim: 2048 }) });
    assert.equal(odd.analysis, undefined);
    assert.equal(odd.findings.find((f) => f.severity === 'error')!.message.id, 'recognize.asymmetricStacks');
  });

  it('ViT: image patches instead of tokens (no vocabulary), the patch convolution and class token, a pooler only in ViTModel', () => {
    const rel = 'hf_config_encoders/vit-base-patch16-224.config.json';
    const a = analyzeFixture(rel).analysis!;
    assert.equal(a.params.embedding.value, 0);
    // (224 / 16)² = 196 patches and the class token: the sequence and the position table.
    assert.deepEqual([a.params.positions.value, a.flops.seqLen.value], [197 * 768, 197]);
    assert.equal(a.cluster.memory.logits, 0);
    // ViTModel adds the pooler (768² + 768) and has no classifier: 86,389,248.
    const model = { ...(JSON.parse(fixtureText(rel)) as Record<string, unknown>), architectures: ['ViTModel'] };
    assert.equal(analyzeFile({ path: 'config.json', text: JSON.stringify(model) }).analysis!.params.total.value, 86389248);
  });

  it('SigLIP: the text tower with its head and class defaults, the vision tower without a class token and with its pooling head', () => {
    const a = analyzeFixture('hf_config_handwritten/siglip-base-patch16-224.config.json').analysis!;
    // Vision: patches 3·16²·768 + 768, 196 positions, 12 × 7,087,872, post LayerNorm; the pooling head's probe, in_proj 3·768²
    // + 3·768, out_proj, LayerNorm and MLP; the text head 768² + 768; logit_scale and logit_bias.
    const tower = 590592 + 196 * 768 + 12 * 7087872 + 1536;
    const pool = 768 + 3 * 768 * 768 + 3 * 768 + 768 * 768 + 768 + 1536 + 2 * 768 * 3072 + 3072 + 768;
    assert.equal(a.params.vision.value, tower + pool + 768 * 768 + 768 + 2);
    assert.deepEqual([a.params.positions.value, a.params.embedding.value], [64 * 768, 32000 * 768]);
  });

  it("Whisper: the audio encoder's convolutions and 1500 frozen positions, k_proj without a bias; whisper-tiny as published", () => {
    const small = JSON.parse(fixtureText('hf_config_encoders/whisper-small.config.json')) as Record<string, unknown>;
    const a = analyzeFile({ path: 'config.json', text: JSON.stringify(small) }).analysis!;
    assert.equal(a.params.positions.value, (1500 + 448) * 768);
    assert.equal(a.params.positions.formula, '(s_src + s_max)·h');
    // Each attention block: 4·768² and the q, v and o biases (3·768).
    assert.equal(a.params.layerGroups[0]!.attention.params, 4 * 768 * 768 + 3 * 768);
    // openai/whisper-tiny (d_model 384, 4 + 4 layers, 6 heads, FFN 1536): 37,760,640.
    const tiny = {
      ...small,
      d_model: 384,
      encoder_layers: 4,
      decoder_layers: 4,
      num_hidden_layers: 4,
      encoder_attention_heads: 6,
      decoder_attention_heads: 6,
      encoder_ffn_dim: 1536,
      decoder_ffn_dim: 1536,
    };
    assert.equal(analyzeFile({ path: 'config.json', text: JSON.stringify(tiny) }).analysis!.params.total.value, 37760640);
  });

  it('wav2vec 2.0: audio frames (no token embedding), the convolutional front end, the CTC head over vocab_size characters', () => {
    const rel = 'hf_config_encoders/wav2vec2-base-960h.config.json';
    const a = analyzeFixture(rel).analysis!;
    assert.equal(a.params.embedding.value, 0);
    // Conv stack 5,120 + 1,024 (GroupNorm) + 4·512²·3 + 2·512²·2, projection 1,024 + 512·768 + 768, positional conv
    // 128 + 768·48·128 + 768, masked_spec_embed 768: 9,315,712 with the head's 24,608.
    assert.equal(
      a.params.encoderHead.value,
      5120 + 1024 + 4 * 512 * 512 * 3 + 2 * 512 * 512 * 2 + 1024 + 512 * 768 + 768 + 128 + 768 * 48 * 128 + 768 + 768 + 24608,
    );
    // A front end that cannot be counted is an error at its value.
    const odd = (extra: Record<string, unknown>) =>
      analyzeFile({ path: 'config.json', text: JSON.stringify({ ...(JSON.parse(fixtureText(rel)) as Record<string, unknown>), ...extra }) }).findings.find(
        (f) => f.severity === 'error',
      )!.message.id;
    assert.equal(odd({ conv_dim: [512, 'x'] }), 'recognize.badList');
    assert.equal(odd({ num_conv_pos_embedding_groups: 5 }), 'recognize.notDivisible');
    // Wav2Vec2Model: without the CTC head, 94,371,712.
    const bare = { ...(JSON.parse(fixtureText(rel)) as Record<string, unknown>), architectures: ['Wav2Vec2Model'] };
    assert.equal(analyzeFile({ path: 'config.json', text: JSON.stringify(bare) }).analysis!.params.total.value, 94371712);
  });

  it('mT5 and mBART: T5 with its head untied, BART with a final LayerNorm per stack; the counts a vocabulary-trimming study publishes', () => {
    const count = (config: Record<string, unknown>) => analyzeFile({ path: 'config.json', text: JSON.stringify(config) }).analysis!.params.total.value;
    // google/mt5-small's shape keys; lm-vocab-trimmer's table: "mt5-small": full 300,176,768 (embedding and head 256,114,688).
    const mt5 = {
      model_type: 'mt5',
      architectures: ['MT5ForConditionalGeneration'],
      d_model: 512,
      d_ff: 1024,
      d_kv: 64,
      num_heads: 6,
      num_layers: 8,
      num_decoder_layers: 8,
      feed_forward_proj: 'gated-gelu',
      relative_attention_num_buckets: 32,
      tie_word_embeddings: false,
      vocab_size: 250112,
    };
    assert.equal(count(mt5), 300176768);
    // google/flan-t5-base (T5 1.1's gated-GELU layers, 12 + 12 × 768, untied head): the Hub's safetensors total 247,577,856.
    const flan = {
      ...mt5,
      model_type: 't5',
      architectures: ['T5ForConditionalGeneration'],
      d_model: 768,
      d_ff: 2048,
      d_kv: 64,
      num_heads: 12,
      num_layers: 12,
      num_decoder_layers: 12,
      vocab_size: 32128,
    };
    assert.equal(count(flan), 247577856);
    // mBART-large (BART-large's shape): with the 250,028 tokens of asahi417/lm-vocab-trimmer's table (its fine-tunes add one
    // token) 610,852,864, as that table lists it; facebook/mbart-large-cc25's own 250,027 tokens give 1,024 fewer, 610,851,840
    // (2.44 GB in fp32, the size of its weight files on the Hub).
    const large = JSON.parse(fixtureText('hf_config_encoders/bart-large.config.json')) as Record<string, unknown>;
    const mbart = { ...large, model_type: 'mbart', architectures: ['MBartForConditionalGeneration'] };
    assert.equal(count({ ...mbart, vocab_size: 250028 }), 610852864);
    assert.equal(count({ ...mbart, vocab_size: 250027 }), 610851840);
  });

  it('M2M-100 / NLLB-200: mBART-like pre-norm stacks with one final LayerNorm each, no layernorm_embedding, sinusoidal positions that are no parameters; nllb-200-distilled-600M at 615,073,792', () => {
    const rel = 'hf_config_encoders/nllb-200-distilled-600m.config.json';
    const p = analyzeFixture(rel).analysis!.params;
    assert.equal(p.total.value, 615073792);
    // The 256,206 × 1024 embedding, shared by both stacks and the head (tied); M2M100SinusoidalPositionalEmbedding a buffer.
    assert.deepEqual([p.embedding.value, p.outputHead.value, p.positions.value], [256206 * 1024, 0, 0]);
    // Encoder layer: 4 biased 1024² projections, fc1/fc2 1024 ↔ 4096 with biases, 2 LayerNorms; the decoder's adds the
    // cross-attention and a third LayerNorm.
    const attention = 4 * (1024 * 1024 + 1024);
    const ffn = 2 * 1024 * 4096 + 4096 + 1024;
    assert.deepEqual(
      p.layerGroups.map((g) => [g.count, g.each]),
      [
        [12, attention + ffn + 2 * 2048],
        [12, 2 * attention + ffn + 3 * 2048],
      ],
    );
    // The two final LayerNorms (model.encoder.layer_norm, model.decoder.layer_norm) and nothing else.
    assert.equal(p.total.value - p.embedding.value - p.layerGroups.reduce((s, g) => s + g.count * g.each, 0), 2 * 2048);
    // A decoder shaped unlike its encoder is refused at its key, as BART's.
    const config = JSON.parse(fixtureText(rel)) as Record<string, unknown>;
    const odd = analyzeFile({ path: 'config.json', text: JSON.stringify({ ...config, decoder_attention_heads: 8 }) });
    assert.equal(odd.analysis, undefined);
    assert.equal(odd.findings.find((f) => f.severity === 'error')!.message.id, 'recognize.asymmetricStacks');
  });

  it('ModernBERT: pre-norm GeGLU layers with local attention in two of three, its prediction head, the Hub totals of base and large', () => {
    const base = 'hf_config_encoders/modernbert-base.config.json';
    const a = analyzeFixture(base).analysis!;
    // The Hub API: 149,014,272 in model.*, 640,960 in the MLM head (dense 768², a LayerNorm without bias, the decoder's bias).
    assert.equal(a.params.encoderHead.value, 640960);
    assert.equal(a.params.total.value - a.params.encoderHead.value, 149014272);
    // ModernBERT-large (28 layers × 1024, GeGLU 2 × 2624, 16 heads): the Hub's 395,881,664.
    const large = {
      ...(JSON.parse(fixtureText(base)) as Record<string, unknown>),
      num_hidden_layers: 28,
      hidden_size: 1024,
      intermediate_size: 2624,
      num_attention_heads: 16,
    };
    assert.equal(analyzeFile({ path: 'config.json', text: JSON.stringify(large) }).analysis!.params.total.value, 395881664);
    // Layers 0, 3, …, 21 attend to the whole sequence, the other 14 to 128 tokens around each: at 8,192 tokens, per token
    // 2·a·2d·(8·8192 + 14·128) forward.
    const long = analyzeFile({ path: 'config.json', text: fixtureText(base) }, { seqLen: 8192 }).analysis!;
    assert.equal(long.flops.attentionForwardPerToken, 2 * 12 * 2 * 64 * (8 * 8192 + 14 * 128));
  });

  it('totals equal the sum of their parts', function () {
    // (Every ground-truth config analyzed whole, the layout search included: seconds on a loaded machine.)
    this.timeout(30000);
    for (const row of groundTruth().filter((r) => syntaxOf(r.file) === 'json')) {
      const p = analyzeFixture(row.file).analysis!.params;
      const parts = sumOfParts(p);
      assert.equal(p.total.value, parts, row.file);
    }
  });
});
