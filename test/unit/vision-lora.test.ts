/**
 * LoRA on a vision-language model's vision tower and projector: PEFT matches a target list's entry as a suffix of any module's
 * full path (check_target_module_exists), and its all-linear takes every nn.Linear but the output head
 * (_maybe_include_all_linear_layers); LLaMA-Factory's lora_target (all, or a list) leaves a frozen tower and projector out
 * (patch_target_modules with freeze_vision_tower and freeze_multi_modal_projector, both true by default).
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { analyzeFiles } from '../../src/core/pipeline';
import { analyze, collectSetup } from '../../src/core/engine';
import { nodeFs } from '../../src/cli/main';
import { FIXTURES, fixtureText } from './helpers/fixtures';

const withAdapter = (config: string, adapter: Record<string, unknown>) =>
  analyzeFiles([
    { path: 'run/config.json', text: config },
    { path: 'run/adapter_config.json', text: JSON.stringify({ peft_type: 'LORA', task_type: 'CAUSAL_LM', base_model_name_or_path: './run', ...adapter }) },
  ])[0]!;

// Gemma 3 4B-it: 34 layers of h 2560 (8 heads and 4 KV heads of 256), an MLP of 10240; its SigLIP tower 27 blocks of h_v 1152
// with an MLP of 4304 (self_attn.q_proj, k_proj, v_proj, out_proj h_v → h_v; mlp.fc1, fc2); the projector's
// mm_input_projection_weight is an nn.Parameter, no linear. LoRA r 16 adds 16·(in + out) per linear:
//   text: q 16·(2560 + 2048) = 73,728, k and v 16·(2560 + 1024) = 57,344 each, o 73,728, gate, up, down 16·(2560 + 10240) =
//   204,800 each: 876,544 a layer, × 34 = 29,802,496;
//   vision, the list: q_proj, k_proj, v_proj 16·(1152 + 1152) = 36,864 each (o_proj is not SigLIP's out_proj, gate/up/down not
//   its fc1/fc2): 110,592 a block, × 27 = 2,985,984;
//   vision, all-linear: 4 × 36,864 + 2 × 16·(1152 + 4304) = 147,456 + 174,592 = 322,048 a block, × 27 = 8,695,296.
const GEMMA_TEXT = 34 * (2 * 16 * (2560 + 2048) + 2 * 16 * (2560 + 1024) + 3 * 16 * (2560 + 10240));
const SEVEN = ['q_proj', 'k_proj', 'v_proj', 'o_proj', 'gate_proj', 'up_proj', 'down_proj'];

// LLaVA-1.5-7B (llava-hf/llava-1.5-7b-hf; its text_config leaves LlamaConfig's defaults, written out here): 32 layers of
// h 4096 (32 heads), an MLP of 11008; CLIP ViT-L/14-336, 24 blocks of h_v 1024 with an MLP of 4096 (CLIPAttention's q_proj,
// k_proj, v_proj, out_proj; CLIPMLP's fc1, fc2); multi_modal_projector.linear_1 1024 → 4096 and linear_2 4096 → 4096.
const LLAVA = JSON.stringify({
  architectures: ['LlavaForConditionalGeneration'],
  model_type: 'llava',
  image_token_index: 32000,
  projector_hidden_act: 'gelu',
  vision_feature_layer: -2,
  vision_feature_select_strategy: 'default',
  pad_token_id: 32001,
  vocab_size: 32064,
  torch_dtype: 'float16',
  text_config: {
    model_type: 'llama',
    hidden_size: 4096,
    intermediate_size: 11008,
    num_hidden_layers: 32,
    num_attention_heads: 32,
    num_key_value_heads: 32,
    architectures: ['LlamaForCausalLM'],
    max_position_embeddings: 4096,
    rms_norm_eps: 1e-5,
    torch_dtype: 'float16',
    vocab_size: 32064,
  },
  vision_config: {
    hidden_size: 1024,
    image_size: 336,
    intermediate_size: 4096,
    model_type: 'clip_vision_model',
    num_attention_heads: 16,
    num_hidden_layers: 24,
    patch_size: 14,
    projection_dim: 768,
    vocab_size: 32000,
  },
});

describe('LoRA on a vision tower: SigLIP (Gemma 3) and CLIP (LLaVA)', () => {
  const gemma = fixtureText('hf_config_2025/gemma-3-4b-it.config.json');

  it("Gemma 3 4B, PEFT's list of the seven projections: q_proj, k_proj, v_proj also wrap SigLIP's 27 blocks, 32,788,480", () => {
    const a = withAdapter(gemma, { r: 16, lora_alpha: 32, target_modules: SEVEN });
    const v = a.spec!.model!.vision!;
    assert.deepEqual([v.kind, v.layers.value, v.hidden.value, v.ffnWidth.value], ['siglip', 27, 1152, 4304]);
    const vision = 27 * 3 * 16 * (1152 + 1152);
    assert.deepEqual([GEMMA_TEXT, vision], [29802496, 2985984]);
    assert.deepEqual(a.analysis!.method.vision, { params: vision, names: ['q_proj', 'k_proj', 'v_proj'] });
    assert.equal(a.analysis!.method.trainable.value, 32788480);
  });

  it("Gemma 3 4B, PEFT's all-linear: every linear of the tower (out_proj, fc1, fc2 too), not the projector's nn.Parameter: 38,497,792", () => {
    const a = withAdapter(gemma, { r: 16, lora_alpha: 32, target_modules: 'all-linear' });
    const vision = 27 * (4 * 16 * (1152 + 1152) + 2 * 16 * (1152 + 4304));
    assert.equal(vision, 8695296);
    assert.equal(a.analysis!.method.vision?.params, vision);
    assert.equal(a.analysis!.method.trainable.value, GEMMA_TEXT + vision);
    assert.equal(a.analysis!.method.trainable.value, 38497792);
  });

  it("LLaVA-1.5-7B: q, k, v, o reach CLIP's q_proj, k_proj, v_proj (9,568,256); linear_1 and linear_2 its projector; all-linear both", () => {
    // text q, k, v, o 8·(4096 + 4096) = 65,536 each, × 4 × 32 = 8,388,608; CLIP q, k, v 8·(1024 + 1024) = 16,384 each, × 3 × 24
    // = 1,179,648.
    const a = withAdapter(LLAVA, { r: 8, lora_alpha: 16, target_modules: ['q_proj', 'k_proj', 'v_proj', 'o_proj'] });
    assert.equal(a.spec!.model!.vision!.kind, 'llava');
    assert.equal(a.analysis!.params.total.value, 7063427072);
    assert.equal(a.analysis!.method.vision?.params, 1179648);
    assert.equal(a.analysis!.method.trainable.value, 32 * 4 * 8 * 8192 + 24 * 3 * 8 * 2048);
    assert.equal(a.analysis!.method.trainable.value, 9568256);
    // q_proj, v_proj and the projector's linear_1 8·(1024 + 4096) = 40,960 and linear_2 8·(4096 + 4096) = 65,536.
    const p = withAdapter(LLAVA, { r: 8, lora_alpha: 16, target_modules: ['q_proj', 'v_proj', 'linear_1', 'linear_2'] });
    assert.equal(p.analysis!.method.vision?.params, 24 * 2 * 8 * 2048 + 40960 + 65536);
    assert.equal(p.analysis!.method.trainable.value, 32 * 2 * 8 * 8192 + 892928);
    assert.ok(!p.findings.some((f) => f.message.id === 'adapter.unknownModules'));
    // all-linear: text 32 × (4 · 65,536 + 3 · 8·(4096 + 11008)) = 19,988,480; CLIP 24 × (4 · 16,384 + 2 · 8·(1024 + 4096)) =
    // 3,538,944; the projector 106,496.
    const all = withAdapter(LLAVA, { r: 8, lora_alpha: 16, target_modules: 'all-linear' });
    assert.equal(all.analysis!.method.vision?.params, 3538944 + 106496);
    assert.equal(all.analysis!.method.trainable.value, 19988480 + 3645440);
    assert.equal(all.analysis!.method.trainable.value, 23633920);
  });

  it("LLaMA-Factory's lora_target all on Gemma 3: find_all_linear_modules and patch_target_modules leave the frozen tower out", () => {
    const [a] = analyzeFiles([
      { path: 'run/config.json', text: gemma },
      { path: 'run/train.yaml', text: 'model_name_or_path: ./run\nstage: sft\ndo_train: true\nfinetuning_type: lora\nlora_rank: 16\nlora_target: all\n' },
    ]);
    assert.equal(a!.analysis!.method.vision, undefined);
    assert.equal(a!.analysis!.method.trainable.value, GEMMA_TEXT);
  });

  it("LLaMA-Factory with freeze_vision_tower: false wraps the tower's linears too (all: every one; a list: those it names), the projector only with freeze_multi_modal_projector: false", () => {
    const run = (config: string, yaml: string) =>
      analyzeFiles([
        { path: 'run/config.json', text: config },
        { path: 'run/train.yaml', text: `model_name_or_path: ./run\nstage: sft\ndo_train: true\nfinetuning_type: lora\nlora_rank: 16\n${yaml}` },
      ])[0]!;
    // Gemma 3 4B: all of SigLIP's six linears a block (8,695,296; its projector is a parameter, no linear).
    const all = run(gemma, 'lora_target: all\nfreeze_vision_tower: false\n');
    assert.equal(all.analysis!.method.vision?.params, 8695296);
    assert.equal(all.analysis!.method.trainable.value, GEMMA_TEXT + 8695296);
    assert.equal(all.spec!.training.adapter?.allLinear?.source.kind, 'fact');
    // q_proj, v_proj: the text's q and v, and SigLIP's q_proj and v_proj, 27 × 2 × 16·(1152 + 1152).
    const listed = run(gemma, 'lora_target: q_proj,v_proj\nfreeze_vision_tower: false\n');
    assert.equal(listed.analysis!.method.vision?.params, 27 * 2 * 36864);
    assert.equal(listed.analysis!.method.trainable.value, 34 * (73728 + 57344) + 27 * 2 * 36864);
    // LLaVA-1.5 (r 16): CLIP's blocks 24 × (4 · 16·2048 + 2 · 16·(1024 + 4096)) = 7,077,888; the projector, 16·(1024 + 4096) +
    // 16·(4096 + 4096) = 212,992, only when it is not frozen.
    const tower = run(LLAVA, 'lora_target: all\nfreeze_vision_tower: false\n');
    assert.equal(tower.analysis!.method.vision?.params, 7077888);
    const both = run(LLAVA, 'lora_target: all\nfreeze_vision_tower: false\nfreeze_multi_modal_projector: false\n');
    assert.equal(both.analysis!.method.vision?.params, 7077888 + 212992);
  });

  it("InternVL's remote code: InternViT's fused attn.qkv, attn.proj, mlp.fc1, mlp.fc2 and the mlp1 projector under all-linear; InternVL's own backbone list reaches the blocks only", () => {
    const config = fixtureText('hf_config_2026/internvl2-2b-uav-ft.config.json');
    // 24 blocks of h_v 1024, f_v 4096, r 8: qkv 8·(1024 + 3072), proj 8·(1024 + 1024), fc1 and fc2 8·(1024 + 4096) = 131,072 a
    // block; mlp1 over M = 1024·2² = 4096: 8·(4096 + 2048) + 8·(2048 + 2048) = 81,920.
    const all = withAdapter(config, { r: 8, lora_alpha: 16, target_modules: 'all-linear' });
    assert.equal(all.analysis!.method.vision?.params, 24 * 131072 + 81920);
    const blocks = withAdapter(config, { r: 8, lora_alpha: 16, target_modules: ['attn.qkv', 'attn.proj', 'mlp.fc1', 'mlp.fc2'] });
    assert.equal(blocks.analysis!.method.vision?.params, 24 * 131072);
  });

  it("the eleventh survey's 253 (a script's own --lora --target_modules, handed to PEFT's LoraConfig): the seven names reach SigLIP's q, k, v", async () => {
    const read = await collectSetup(nodeFs, { files: [join(FIXTURES, 'survey/eleventh/train/253-sourced-gemma3-4b-it-qlora-r16/gemma3/gemma3_4b_it_ft.sh')] });
    const a = analyze(read.inputs)[0]!;
    assert.equal(a.analysis!.method.vision?.params, 2985984);
    // The adapter 29,802,496 + 2,985,984 = 32,788,480, beside whole copies of embed_tokens and lm_head (modules_to_save,
    // 262,208 × 2560 = 671,252,480 each).
    assert.equal(a.analysis!.method.trainable.value, 32788480 + 2 * 262208 * 2560);
    assert.equal(a.analysis!.method.trainable.value, 1375293440);
  });
});

describe("LoRA on a vision tower through Axolotl's lora_target_modules", () => {
  it("Axolotl hands its list to PEFT as written: q_proj, k_proj, v_proj also wrap Gemma 3 4B's SigLIP blocks (32,788,480, as PEFT's own list)", () => {
    const yaml = (targets: string) =>
      `base_model: google/gemma-3-4b-it\nadapter: lora\nlora_r: 16\nlora_alpha: 32\n${targets}\nsequence_len: 2048\nmicro_batch_size: 1\n`;
    const listed = analyzeFiles([
      { path: 'run/config.yml', text: yaml('lora_target_modules:\n  - q_proj\n  - k_proj\n  - v_proj\n  - o_proj\n  - gate_proj\n  - up_proj\n  - down_proj') },
      { path: 'run/google/gemma-3-4b-it/config.json', text: fixtureText('hf_config_2025/gemma-3-4b-it.config.json') },
    ]).find((a) => a.path === 'run/config.yml')!;
    assert.equal(listed.analysis!.method.vision?.params, 27 * 3 * 16 * (1152 + 1152));
    assert.equal(listed.analysis!.method.trainable.value, 32788480);
  });
});

describe("LoRA on Qwen-VL's visual (its remote visual.py)", () => {
  it("PEFT's suffix match: in_proj is only the vision blocks' fused attention input (the Resampler's nn.MultiheadAttention holds a bare in_proj_weight, Qwen's language model c_attn); all-linear takes in_proj, out_proj, c_fc, c_proj and the Resampler's kv_proj and out_proj", () => {
    const config = fixtureText('hf_config_2025/qwen-vl-chat.config.json');
    // 48 blocks of h_v 1664: in_proj 1664 → 4992, r 8: 8·(1664 + 4992) = 53,248 a block.
    const qkv = withAdapter(config, { r: 8, lora_alpha: 16, target_modules: ['in_proj'] });
    assert.equal(qkv.analysis!.method.vision?.params, 48 * 8 * (1664 + 4992));
    assert.equal(qkv.analysis!.method.trainable.value, 48 * 8 * (1664 + 4992));
    // all-linear: in_proj, out_proj 8·(1664 + 1664), c_fc and c_proj 8·(1664 + 8192) each (MLP int(1664 × 4.9231) = 8192), a
    // block; the Resampler's kv_proj 8·(1664 + 4096) and attention out_proj 8·(4096 + 4096).
    const all = withAdapter(config, { r: 8, lora_alpha: 16, target_modules: 'all-linear' });
    assert.equal(all.analysis!.method.vision?.params, 48 * 8 * (1664 + 4992 + 2 * 1664 + 2 * (1664 + 8192)) + 8 * (1664 + 4096) + 8 * (4096 + 4096));
  });
});
