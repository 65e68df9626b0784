/**
 * The eighth survey's vision-language families (test/fixtures/hf_config_2026, copies of survey/eighth/hf): granite-docling
 * (idefics3), EXAONE 4.5 (exaone4_5), InternVL2-2B (internvl_chat, and transformers' internvl), LLaVA-NeXT-Video
 * (llava_next_video, and llava / llava_next), LocateAnything (locateanything); Molmo (molmo) refused with what its config
 * does not state. GROUND_TRUTH.tsv holds the five counts; here each is taken apart.
 */
import { strict as assert } from 'node:assert';
import { analyzeFile } from '../../src/core/pipeline';
import { analyzeFixture, fixtureText } from './helpers/fixtures';

const DIR = 'hf_config_2026';
const config = (name: string) => JSON.parse(fixtureText(`${DIR}/${name}.config.json`)) as Record<string, unknown>;
const analyzeJson = (json: unknown) => analyzeFile({ path: 'config.json', text: JSON.stringify(json) });
const total = (json: unknown) => analyzeJson(json).analysis!.params.total.value;

/** SigLIP's / CLIP's / MoonViT's pre-norm block: two LayerNorms, biased q/k/v/o, a biased fc1/fc2 MLP. */
const vitBlock = (hv: number, fv: number) => 4 * hv + 4 * (hv * hv + hv) + 2 * hv * fv + fv + hv;
/** A Llama-style layer: q/k/v/o (GQA), SwiGLU, two RMSNorms; `bias` adds q/k/v biases (Qwen2). */
const llamaLayer = (h: number, heads: number, kv: number, d: number, f: number, bias = false) =>
  h * heads * d + 2 * h * kv * d + heads * d * h + (bias ? heads * d + 2 * kv * d : 0) + 3 * h * f + 2 * h;
/** InternVL's mlp1 (and LocateAnything's): LayerNorm(M), M → h, h → h, biased. */
const mlp1 = (M: number, h: number) => 2 * M + M * h + h + h * h + h;
/** CLIPVisionModel: class embedding, bias-free patch conv, (s/p)² + 1 positions, pre and post LayerNorms, the blocks. */
const clipTower = (hv: number, fv: number, L: number, p: number, s: number) => hv + 3 * p * p * hv + ((s / p) ** 2 + 1) * hv + 4 * hv + L * vitBlock(hv, fv);

describe('Hugging Face families of the eighth survey', () => {
  it('granite-docling-258M (idefics3): llama 164,006,208 + SigLIP 86,433,024 + connector 768·4²·576 = 257,517,120 (its model.safetensors: 8 + 58,856 + 2 × 257,517,120 bytes)', () => {
    const r = analyzeFixture(`${DIR}/granite-docling-258m.config.json`);
    const p = r.analysis!.params;
    const text = 100352 * 576 + 30 * llamaLayer(576, 9, 3, 64, 1536) + 576;
    assert.equal(text, 164006208);
    const tower = 3 * 16 * 16 * 768 + 768 + (512 / 16) ** 2 * 768 + 12 * vitBlock(768, 3072) + 2 * 768;
    assert.equal(tower, 86433024);
    const connector = 768 * 4 ** 2 * 576;
    assert.equal(connector, 7077888);
    assert.equal(p.vision.value, tower + connector);
    assert.equal(p.total.value, 257517120);
    // The checkpoint's size (its LFS pointer) less the 8-byte length and the 58,856-byte JSON header, in bf16.
    assert.equal((515093104 - 8 - 58856) / 2, p.total.value);
    assert.equal(p.active.value, text);
    assert.equal(p.outputHead.value, 0);
    const v = r.spec!.model!.vision!;
    assert.deepEqual([v.kind, v.mergeSize?.value, v.imageSize?.value], ['idefics3', 4, 512]);
    // Idefics3Config's scale_factor default (2) when the file leaves it out: a quarter of the connector.
    const { scale_factor: _, ...noScale } = config('granite-docling-258m');
    assert.equal(total(noScale), 257517120 - connector + 768 * 4 * 576);
    // SmolVLM is the same model (its modular copy).
    assert.equal(total({ ...config('granite-docling-258m'), model_type: 'smolvlm', architectures: ['SmolVLMForConditionalGeneration'] }), 257517120);
  });

  it('EXAONE 4.5 33B (exaone4_5): EXAONE 4 text 32,527,504,384 + a grouped-KV Qwen2.5-VL tower 1,286,482,944 = 33,813,987,328; its MTP layer 536,110,336 beside the total', () => {
    const r = analyzeFixture(`${DIR}/exaone-4.5-33b.config.json`);
    const p = r.analysis!.params;
    const h = 5120;
    // EXAONE 4: q/k RMSNorms over the head (2 × 128), post-attention and post-feedforward RMSNorms.
    const layer = llamaLayer(h, 40, 8, 128, 27392) + 2 * 128;
    assert.equal(layer, 483666176);
    const text = 2 * 153600 * h + 64 * layer + h;
    assert.equal(text, 32527504384);
    // EXAONE-4.0-32B's card: 30.95B without embeddings, the same 64 layers.
    assert.equal(64 * layer + h, 30954640384);
    const hv = 2048;
    const dkv = (8 * hv) / 32;
    const qkv = hv * (hv + 2 * dkv) + hv + 2 * dkv;
    const block = 2 * hv + qkv + hv * hv + hv + 3 * hv * 5120 + 2 * 5120 + hv;
    const M = hv * 4;
    const vision = 3 * 2 * 14 * 14 * hv + 28 * block + hv + M * M + M + M * h + h;
    assert.equal(vision, 1286482944);
    assert.equal(p.vision.value, vision);
    assert.equal(p.total.value, 33813987328);
    assert.equal(p.active.value, text);
    assert.equal(p.mtp.value, layer + 2 * h * h + 3 * h);
    assert.equal(p.mtp.value, 536110336);
    const v = r.spec!.model!.vision!;
    assert.deepEqual([v.kind, v.heads?.value, v.kvHeads?.value], ['qwen2_5_vl', 32, 8]);
    // Without grouped KV heads (num_key_value_heads = num_heads) the qkv is Qwen2.5-VL's 3·h_v² + 3·h_v.
    const cfg = config('exaone-4.5-33b');
    const mha = { ...cfg, vision_config: { ...(cfg.vision_config as object), num_key_value_heads: 32 } };
    assert.equal(total(mha), 33813987328 + 28 * (3 * hv * hv + 3 * hv - qkv));
  });

  it('InternVL2-2B (internvl_chat): internlm2 1,889,146,880 + InternViT-300M 304,012,288 + mlp1 12,595,200 = 2,205,754,368 (2.2B)', () => {
    const r = analyzeFixture(`${DIR}/internvl2-2b-uav-ft.config.json`);
    const p = r.analysis!.params;
    const text = 2 * 92553 * 2048 + 24 * llamaLayer(2048, 16, 8, 128, 8192) + 2048;
    assert.equal(text, 1889146880);
    const hv = 1024;
    const block = 4 * hv + 3 * hv * hv + 3 * hv + hv * hv + hv + 2 * hv * 4096 + 4096 + hv + 2 * hv;
    const tower = hv + 3 * 14 * 14 * hv + hv + ((448 / 14) ** 2 + 1) * hv + 24 * block;
    assert.equal(tower, 304012288);
    assert.equal(mlp1(hv * 4, 2048), 12595200);
    assert.equal(p.vision.value, tower + mlp1(hv * 4, 2048));
    assert.equal(p.total.value, 2205754368);
    assert.equal(p.active.value, text);
    const v = r.spec!.model!.vision!;
    assert.deepEqual(
      [v.kind, v.mergeSize?.value, v.positions?.value, v.internVit?.value],
      ['intern_vit', 2, 1025, { qkvBias: true, qkNorm: false, rmsNorm: false, finalNorm: false, maskToken: false }],
    );
    // A LoRA the remote code wraps into the model is refused, not counted without its adapters.
    const lora = analyzeJson({ ...config('internvl2-2b-uav-ft'), use_llm_lora: 16 });
    assert.equal(lora.analysis, undefined);
    const refusal = lora.findings.find((f) => f.severity === 'error');
    assert.deepEqual([refusal?.message.id, refusal?.message.args?.key], ['recognize.unsupportedVariant', 'use_llm_lora']);
  });

  it("InternVL2-2B as transformers' internvl config (the converter's renames) counts the same; RMSNorm blocks with q/k norms and a final LayerNorm as their formula says", () => {
    const remote = config('internvl2-2b-uav-ft');
    const rv = remote.vision_config as Record<string, unknown>;
    const native = {
      architectures: ['InternVLForConditionalGeneration'],
      model_type: 'internvl',
      downsample_ratio: 0.5,
      vision_feature_layer: -1,
      text_config: remote.llm_config,
      vision_config: {
        model_type: 'internvl_vision',
        hidden_size: rv.hidden_size,
        intermediate_size: rv.intermediate_size,
        num_hidden_layers: rv.num_hidden_layers,
        num_attention_heads: rv.num_attention_heads,
        image_size: [448, 448],
        patch_size: [14, 14],
        attention_bias: true,
        use_qk_norm: false,
        norm_type: 'layer_norm',
      },
    };
    assert.equal(total(native), 2205754368);
    const hv = 1024;
    // InternViT-6B-style blocks: RMSNorms (h_v each, not 2·h_v), q/k RMSNorms (2·h_v); use_mean_pooling false adds a LayerNorm.
    const rms = { ...native, vision_config: { ...native.vision_config, norm_type: 'rms_norm', use_qk_norm: true, use_mean_pooling: false } };
    assert.equal(total(rms), 2205754368 + 24 * (-2 * hv + 2 * hv) + 2 * hv);
    // A non-square image is refused rather than read as its first side.
    const wide = analyzeJson({ ...native, vision_config: { ...native.vision_config, image_size: [448, 896] } });
    assert.equal(wide.findings.find((f) => f.severity === 'error')?.message.id, 'recognize.unsupportedVariant');
  });

  it('LLaVA-NeXT-Video on Mistral (llava_next_video): Mistral 7,242,256,384 + CLIP-L/336 303,507,456 + projector 20,979,712 + image_newline 4,096 = 7,566,747,648', () => {
    const r = analyzeFixture(`${DIR}/llava-next-video-7b-mistral-bnb4.config.json`);
    const p = r.analysis!.params;
    const h = 4096;
    const text = 2 * 32064 * h + 32 * llamaLayer(h, 32, 8, 128, 14336) + h;
    assert.equal(text, 7242256384);
    const tower = clipTower(1024, 4096, 24, 14, 336);
    assert.equal(tower, 303507456);
    const projector = 1024 * h + h + h * h + h;
    assert.equal(projector, 20979712);
    assert.equal(p.vision.value, tower + projector + h);
    assert.equal(p.total.value, 7566747648);
    assert.equal(p.active.value, text);
    // spatial_pool_mode conv: LlavaNextVideoPooler's Conv2d of h_v → spatial_pool_out_channels over stride² taps, biased.
    assert.equal(total({ ...config('llava-next-video-7b-mistral-bnb4'), spatial_pool_mode: 'conv' }), 7566747648 + 1024 * 1024 * 2 * 2 + 1024);
  });

  it('LLaVA on Vicuna-7B: LLaVA-NeXT-Video-7B-hf 7,063,431,168 (7.06B), llava-1.5-7b-hf 7,063,427,072 (no image_newline); a list of feature layers widens the projector; a SigLIP tower is refused', () => {
    const cfg = config('llava-next-video-7b-mistral-bnb4');
    const vicuna = { model_type: 'llama', hidden_size: 4096, intermediate_size: 11008, num_attention_heads: 32, num_hidden_layers: 32, vocab_size: 32064 };
    const text = 2 * 32064 * 4096 + 32 * llamaLayer(4096, 32, 32, 128, 11008) + 4096;
    assert.equal(text, 6738939904);
    const video = { ...cfg, text_config: vicuna };
    assert.equal(total(video), 7063431168);
    const llava = { ...video, model_type: 'llava', architectures: ['LlavaForConditionalGeneration'] };
    assert.equal(total(llava), 7063431168 - 4096);
    assert.equal(total({ ...llava, model_type: 'llava_next', architectures: ['LlavaNextForConditionalGeneration'] }), 7063431168);
    // vision_feature_layer [-24, -20, -12, -1] (Granite Vision's): four layers' states into linear_1.
    assert.equal(total({ ...llava, vision_feature_layer: [-24, -20, -12, -1] }), 7063431168 - 4096 + 3 * 1024 * 4096);
    // multimodal_projector_bias false: no 2 × 4096 biases.
    assert.equal(total({ ...llava, multimodal_projector_bias: false }), 7063431168 - 4096 - 2 * 4096);
    const siglip = analyzeJson({ ...llava, vision_config: { ...(cfg.vision_config as object), model_type: 'siglip_vision_model' } });
    const refusal = siglip.findings.find((f) => f.severity === 'error');
    assert.deepEqual([refusal?.message.id, refusal?.message.args?.key], ['recognize.unsupportedVariant', 'vision_config.model_type']);
  });

  it('LocateAnything-3B (locateanything): Qwen2.5-3B 3,087,464,448 + MoonViT 416,866,032 + mlp1 13,644,800 = 3,517,975,280, its index total / 2 less the stored lm_head copy', () => {
    const r = analyzeFixture(`${DIR}/locateanything-3b.config.json`);
    const p = r.analysis!.params;
    const text = 152681 * 2048 + 36 * llamaLayer(2048, 16, 2, 128, 11008, true) + 2048;
    assert.equal(text, 3087464448);
    const tower = 3 * 14 * 14 * 1152 + 1152 + 64 * 64 * 1152 + 27 * vitBlock(1152, 4304) + 2 * 1152;
    assert.equal(tower, 416866032);
    assert.equal(mlp1(1152 * 4, 2048), 13644800);
    assert.equal(p.vision.value, tower + 13644800);
    assert.equal(p.total.value, 3517975280);
    assert.equal(7661331936 / 2 - 152681 * 2048, p.total.value);
    assert.equal(p.active.value, text);
    assert.equal(p.outputHead.value, 0);
    assert.equal(r.spec!.model!.vision!.mlpProjector?.value, true);
  });

  it('Molmo-7B-D (molmo) is refused, naming the vision backbone its config does not size; a refused config is not said to lack max_position_embeddings', () => {
    const r = analyzeFixture('survey/eighth/hf/133-molmo-7b-d-nf4.config.json');
    assert.equal(r.analysis, undefined);
    const refusal = r.findings.find((f) => f.severity === 'error');
    assert.deepEqual([refusal?.message.id, refusal?.message.args], ['recognize.molmoVision', { type: 'molmo' }]);
    const seq = r.spec?.training.seqLen.source;
    assert.equal(seq?.kind === 'assumed' && seq.reason.id, 'prov.seqLenNoModel');
    // An unknown model_type likewise (131, DeepSeek-V4-Flash, with max_position_embeddings 1,048,576, under a model_type and an
    // architecture this version does not know; 124, MiniMax-M1, and 131 itself are counted now).
    const v4 = JSON.parse(fixtureText('survey/eighth/hf/131-deepseek-v4-flash-nvfp4.config.json')) as Record<string, unknown>;
    const unknown = analyzeJson({ ...v4, model_type: 'deepseek_v5', architectures: ['DeepseekV5ForCausalLM'] }).spec?.training.seqLen.source;
    assert.equal(unknown?.kind === 'assumed' && unknown.reason.id, 'prov.seqLenNoModel');
  });
});
