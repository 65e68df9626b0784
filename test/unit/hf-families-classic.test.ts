/**
 * The classic Hugging Face families (src/core/recognize/hfClassic.ts, analysis/classic.ts): OPT, MPNet, GPT-J, ALBERT, DINOv2 and
 * ELECTRA from the configs in test/fixtures/hf_config_2026 (GROUND_TRUTH.tsv holds their totals), and GPT-BigCode, StableLM,
 * MPT, OPT-350m and ELECTRA's Hub shapes from the values their Hub config.json files list (no byte copy found), each counted
 * from its modelling file and checked against a published figure where there is one.
 */
import { strict as assert } from 'node:assert';
import { analyzeFile } from '../../src/core/pipeline';
import { analyzeFixture, fixtureText } from './helpers/fixtures';

const DIR = 'hf_config_2026';
const config = (name: string) => JSON.parse(fixtureText(`${DIR}/${name}.config.json`)) as Record<string, unknown>;
const analyzeJson = (json: unknown) => analyzeFile({ path: 'config.json', text: JSON.stringify(json) });
const params = (json: unknown) => analyzeJson(json).analysis!.params;
const errors = (json: unknown) => analyzeJson(json).findings.filter((f) => f.severity === 'error');

/** A BERT layer: biased q/k/v/o, a biased MLP of f, two LayerNorms with bias. */
const bertLayer = (h: number, f: number) => 4 * (h * h + h) + 2 * h * f + f + h + 4 * h;

describe('classic Hugging Face families', () => {
  it('OPT-1.3B (opt): 50,272 × 2048 tied + (2,048 + 2) positions + 24 × 50,358,272 + the final LayerNorm = 1,315,758,080 (published)', () => {
    const p = analyzeFixture(`${DIR}/opt-1.3b.config.json`).analysis!.params;
    assert.equal(bertLayer(2048, 8192), 50358272);
    assert.equal(p.embedding.value, 50272 * 2048);
    assert.equal(p.positions.value, 2050 * 2048);
    assert.equal(p.outputHead.value, 0);
    assert.equal(p.other, 2 * 2048);
    assert.equal(p.total.value, 1315758080);
    // OPT-125m: 125,239,296 (published).
    const small = { ...config('opt-1.3b'), hidden_size: 768, ffn_dim: 3072, num_attention_heads: 12, num_hidden_layers: 12, word_embed_proj_dim: 768 };
    assert.equal(params(small).total.value, 125239296);
  });

  it('OPT-350m: a 512-wide embedding with bias-free project_in / project_out, post-norm without a final LayerNorm: 331,196,416 (published)', () => {
    const opt350 = {
      ...config('opt-1.3b'),
      _name_or_path: 'facebook/opt-350m',
      do_layer_norm_before: false,
      ffn_dim: 4096,
      hidden_size: 1024,
      num_attention_heads: 16,
      num_hidden_layers: 24,
      word_embed_proj_dim: 512,
    };
    const p = params(opt350);
    assert.equal(p.embedding.value, 50272 * 512);
    assert.equal(p.positions.value, 2050 * 1024);
    // project_in and project_out, and no final LayerNorm.
    assert.equal(p.other, 2 * 512 * 1024);
    assert.equal(p.total.value, 50272 * 512 + 2050 * 1024 + 2 * 512 * 1024 + 24 * bertLayer(1024, 4096));
    assert.equal(p.total.value, 331196416);
    // The tied head runs at the embedding's width.
    assert.equal(p.headMatmulPerToken, 50272 * 512);
    // _remove_final_layer_norm drops it from a pre-norm OPT too; enable_bias false drops every linear's bias.
    assert.equal(params({ ...config('opt-1.3b'), _remove_final_layer_norm: true }).total.value, 1315758080 - 2 * 2048);
    const biases = 24 * (4 * 2048 + 8192 + 2048);
    assert.equal(params({ ...config('opt-1.3b'), enable_bias: false }).total.value, 1315758080 - biases);
  });

  it('all-mpnet-base-v2 (mpnet) as MPNetForMaskedLM: MPNetModel 109,486,464 (published) − the pooler + the LM head = 109,518,527', () => {
    const p = analyzeFixture(`${DIR}/all-mpnet-base-v2.config.json`).analysis!.params;
    const h = 768;
    const model = 30527 * h + 514 * h + 2 * h + 12 * bertLayer(h, 3072) + 32 * 12 + (h * h + h);
    assert.equal(model, 109486464);
    assert.equal(p.total.value, model - (h * h + h) + (h * h + h + 2 * h + 30527));
    assert.equal(p.total.value, 109518527);
    assert.equal(p.positions.value, 514 * h);
    // MPNetModel, as sentence-transformers loads it.
    assert.equal(params({ ...config('all-mpnet-base-v2'), architectures: ['MPNetModel'] }).total.value, 109486464);
  });

  it('GPT-J-6B (gptj): parallel layers off one LayerNorm, bias-free attention, a biased MLP, an untied biased head: 6,050,882,784 (published)', () => {
    const r = analyzeFixture(`${DIR}/gpt-j-6b.config.json`);
    const p = r.analysis!.params;
    const h = 4096;
    const layer = 4 * h * h + 2 * h * 4 * h + 4 * h + h + 2 * h;
    assert.equal(layer, 201355264);
    assert.equal(p.outputHead.value, 50400 * h + 50400);
    assert.equal(p.positions.value, 0);
    assert.equal(p.total.value, 2 * 50400 * h + 50400 + 28 * layer + 2 * h);
    assert.equal(p.total.value, 6050882784);
    assert.equal(r.spec!.model!.normsPerLayer.value, 1);
  });

  it("CodeGen 2B mono (codegen; a user's LoRA script, survey 4317): GPT-J's layers with one qkv_proj, 2,779,356,160 (the paper's 2.7B); r 16 on qkv_proj, out_proj, fc_in, fc_out 20,971,520", () => {
    const r = analyzeFixture('survey/hundredandninetyseventh/train/4317-codegen-2b-mono-lora-r16-sft-mbpp.py');
    const h = 2560;
    const layer = 4 * h * h + 2 * h * 4 * h + 4 * h + h + 2 * h;
    assert.equal(r.analysis!.params.total.value, 2 * 51200 * h + 51200 + 32 * layer + 2 * h);
    assert.equal(r.analysis!.params.total.value, 2779356160);
    // qkv_proj one linear h → 3h; fc_in and fc_out GPT-J's MLP, named as its code names them: no unknown module.
    assert.equal(r.analysis!.method.trainable.value, 32 * 16 * (h + 3 * h + 2 * h + 2 * (h + 4 * h)));
    assert.equal(r.analysis!.method.trainable.value, 20971520);
    assert.ok(!r.findings.some((f) => f.message.id === 'adapter.unknownModules'));
    // (A Mistral script that lists GPT-J's fc_in and fc_out among Llama's names: Mistral has no such modules, so they wrap nothing and
    // are reported.)
    const mistral = analyzeFixture('survey/hundredandsixtythird/train/3470-mistral-7b-zephyr-lora-sft-neftune.py');
    assert.match(JSON.stringify(mistral.findings.find((f) => f.message.id === 'adapter.unknownModules')?.message.args), /fc_in, fc_out/);
    assert.equal(mistral.analysis!.method.trainable.value, 20971520);
  });

  it('albert-base-v2 (albert) as AlbertForSequenceClassification, 9 labels: AlbertModel 11,683,584 (published) + 768·9 + 9 = 11,690,505; one shared layer', () => {
    const r = analyzeFixture(`${DIR}/albert-base-v2-cls9.config.json`);
    const p = r.analysis!.params;
    const h = 768;
    const E = 128;
    const embeddings = 30000 * E + 512 * E + 2 * E + 2 * E;
    assert.equal(embeddings, 3906048);
    const model = embeddings + E * h + h + bertLayer(h, 3072) + h * h + h;
    assert.equal(model, 11683584);
    assert.equal(p.embedding.value, 30000 * E);
    assert.equal(p.positions.value, 512 * E);
    assert.equal(p.total.value, model + h * 9 + 9);
    assert.equal(p.total.value, 11690505);
    // The weights are one layer's (what the report lists); the FLOPs run all 12 layers.
    assert.equal(p.layerGroups[0]!.count, 1);
    assert.equal(p.layerMatmulPerToken, 12 * (4 * h * h + 2 * h * 3072) + E * h);
    assert.ok(r.findings.some((f) => f.message.id === 'hf.albertShared'));
    // AlbertForMaskedLM: no pooler, the MLM head h·E + E, LayerNorm 2E, the tied decoder's bias V: 11,221,680.
    const mlm = { ...config('albert-base-v2-cls9'), architectures: ['AlbertForMaskedLM'] };
    assert.equal(params(mlm).total.value, model - (h * h + h) + h * E + E + 2 * E + 30000);
    // Two groups of weights (num_hidden_groups 2): one more layer; 5 groups do not divide 12 layers.
    assert.equal(params({ ...config('albert-base-v2-cls9'), num_hidden_groups: 2 }).total.value, 11690505 + bertLayer(h, 3072));
    assert.equal(errors({ ...config('albert-base-v2-cls9'), num_hidden_groups: 5 })[0]?.message.id, 'recognize.notDivisible');
    assert.equal(errors({ ...config('albert-base-v2-cls9'), inner_group_num: 2 })[0]?.message.id, 'recognize.unsupportedVariant');
  });

  it('DINOv2-small (dinov2): patch conv, class and mask tokens, 1,370 positions, 12 blocks with layer scales, final LayerNorm = 22,056,576 (published)', () => {
    const p = analyzeFixture(`${DIR}/dinov2-small.config.json`).analysis!.params;
    const h = 384;
    const block = bertLayer(h, 4 * h) + 2 * h;
    assert.equal(block, 1775232);
    assert.equal(p.embedding.value, 0);
    assert.equal(p.positions.value, ((518 / 14) ** 2 + 1) * h);
    assert.equal(p.total.value, 3 * 14 * 14 * h + h + 2 * h + 1370 * h + 12 * block + 2 * h);
    assert.equal(p.total.value, 22056576);
    // Without the mask token (transformers 5: use_mask_token false); with 4 registers (dinov2_with_registers).
    assert.equal(params({ ...config('dinov2-small'), use_mask_token: false }).total.value, 22056576 - h);
    const registers = { ...config('dinov2-small'), model_type: 'dinov2_with_registers', architectures: ['Dinov2WithRegistersModel'], num_register_tokens: 4 };
    assert.equal(params(registers).total.value, 22056576 + 4 * h);
  });

  it('DINOv2-base (dinov2) as Dinov2ForImageClassification, 31 labels: Dinov2Model 86,580,480 (published) + 2·768·31 + 31 = 86,628,127', () => {
    const p = analyzeFixture(`${DIR}/dinov2-base-cls31.config.json`).analysis!.params;
    const h = 768;
    const model = 3 * 14 * 14 * h + h + 2 * h + 1370 * h + 12 * (bertLayer(h, 4 * h) + 2 * h) + 2 * h;
    assert.equal(model, 86580480);
    assert.equal(p.total.value, model + 2 * h * 31 + 31);
    assert.equal(p.total.value, 86628127);
    assert.equal(params({ ...config('dinov2-base-cls31'), architectures: ['Dinov2Model'] }).total.value, 86580480);
    // use_swiglu_ffn (the giant's): weights_in h → 2·f, weights_out f → h, f = (int(int(4h)·2/3) + 7) // 8 · 8 = 2,048, biased.
    const swiglu = params({ ...config('dinov2-base-cls31'), architectures: ['Dinov2Model'], use_swiglu_ffn: true });
    assert.equal(swiglu.total.value, 86580480 - 12 * (2 * h * 4 * h + 4 * h) + 12 * (3 * h * 2048 + 2 * 2048));
  });

  it('ELECTRA (electra): a factorized embedding of 128 projected to 256, the discriminator head; the Hub shapes 13,549,057, the fixture’s 32,000 tokens 13,738,241', () => {
    const p = analyzeFixture(`${DIR}/electra-small-discriminator-v32000.config.json`).analysis!.params;
    const E = 128;
    const h = 256;
    const count = (V: number) => V * E + 512 * E + 2 * E + 2 * E + E * h + h + 12 * bertLayer(h, 1024) + h * h + h + h + 1;
    assert.equal(p.embedding.value, 32000 * E);
    assert.equal(p.total.value, count(32000));
    assert.equal(p.total.value, 13738241);
    const hub = { ...config('electra-small-discriminator-v32000'), vocab_size: 30522 };
    assert.equal(params(hub).total.value, 13549057);
    // The generator (ElectraForMaskedLM): dense h → E, LayerNorm 2E, the tied decoder's bias V, in place of the discriminator.
    const generator = params({ ...hub, architectures: ['ElectraForMaskedLM'] });
    assert.equal(generator.total.value, 13549057 - (h * h + h + h + 1) + h * E + E + 2 * E + 30522);
    // electra-base-discriminator: embedding_size = hidden_size, no projection: 108,891,648 + the head 591,361.
    const base = { ...hub, embedding_size: 768, hidden_size: 768, intermediate_size: 3072, num_attention_heads: 12 };
    assert.equal(params(base).total.value, 108891648 + 591361);
  });

  it('GPT-BigCode (gpt_bigcode): multi-query c_attn h → h + 2·d; starcoderbase-1b’s shapes 1,137,207,296', () => {
    const starcoder1b = {
      architectures: ['GPTBigCodeForCausalLM'],
      model_type: 'gpt_bigcode',
      multi_query: true,
      n_embd: 2048,
      n_head: 16,
      n_inner: 8192,
      n_layer: 24,
      n_positions: 8192,
      vocab_size: 49152,
    };
    const h = 2048;
    const layer = h * (h + 2 * 128) + h + 2 * 128 + h * h + h + 2 * h * 8192 + 8192 + h + 4 * h;
    const p = params(starcoder1b);
    assert.equal(p.total.value, 49152 * h + 8192 * h + 24 * layer + 2 * h);
    assert.equal(p.total.value, 1137207296);
    // Without multi_query: GPT-2's 3h.
    assert.equal(params({ ...starcoder1b, multi_query: false }).total.value, 1137207296 + 24 * (h * (2 * h - 2 * 128) + 2 * h - 2 * 128));
  });

  it('StableLM (stablelm): stablelm-2-1_6b 1,644,515,328 and stablelm-3b-4e1t 2,795,443,200 (both published); qk_layernorm and parallel residual', () => {
    const s2 = {
      architectures: ['StableLmForCausalLM'],
      model_type: 'stablelm',
      hidden_size: 2048,
      intermediate_size: 5632,
      num_attention_heads: 32,
      num_hidden_layers: 24,
      num_key_value_heads: 32,
      max_position_embeddings: 4096,
      partial_rotary_factor: 0.25,
      qk_layernorm: false,
      tie_word_embeddings: false,
      use_parallel_residual: false,
      use_qkv_bias: true,
      vocab_size: 100352,
    };
    assert.equal(params(s2).total.value, 1644515328);
    const s3 = { ...s2, hidden_size: 2560, intermediate_size: 6912, num_hidden_layers: 32, use_qkv_bias: false, vocab_size: 50304 };
    assert.equal(params(s3).total.value, 2795443200);
    // qk_layernorm: a bias-free LayerNorm of head_dim per query and key head; use_parallel_residual: one LayerNorm per layer.
    assert.equal(params({ ...s2, qk_layernorm: true }).total.value, 1644515328 + 24 * (32 + 32) * 64);
    assert.equal(params({ ...s2, use_parallel_residual: true }).total.value, 1644515328 - 24 * 2 * 2048);
    // StableLM-3B-4E1T's first release (stablelm_epoch, remote code): the same count.
    assert.equal(params({ ...s3, model_type: 'stablelm_epoch', architectures: ['StableLMEpochForCausalLM'] }).total.value, 2795443200);
  });

  it('MPT (mpt): mpt-7b’s shapes 6,649,286,656: no biases (LayerNorms without bias), ALiBi, tied; other variants refused by name', () => {
    const mpt7b = {
      architectures: ['MPTForCausalLM'],
      attn_config: { alibi: true, attn_type: 'multihead_attention', qk_ln: false },
      d_model: 4096,
      expansion_ratio: 4,
      max_seq_len: 2048,
      model_type: 'mpt',
      n_heads: 32,
      n_layers: 32,
      no_bias: true,
      vocab_size: 50432,
    };
    const h = 4096;
    const p = params(mpt7b);
    assert.equal(p.total.value, 50432 * h + 32 * (4 * h * h + 2 * h * 4 * h + 2 * h) + h);
    assert.equal(p.total.value, 6649286656);
    assert.equal(p.positions.value, 0);
    assert.equal(
      params({ ...mpt7b, attn_config: { ...mpt7b.attn_config, attn_type: 'grouped_query_attention', kv_n_heads: 8 } }).total.value,
      6649286656 - 32 * 2 * h * (h - 1024),
    );
    for (const bad of [{ no_bias: false }, { attn_config: { alibi: false } }, { attn_config: { alibi: true, qk_ln: true } }])
      assert.equal(errors({ ...mpt7b, ...bad })[0]?.message.id, 'recognize.unsupportedVariant', JSON.stringify(bad));
  });
});
