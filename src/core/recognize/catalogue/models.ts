/**
 * Offline catalogue of well-known architectures, for configs that only name a model (Axolotl
 * `base_model`, LitGPT `model_name`, MaxText `model_name`, torchtitan `name` + `flavor`). Each entry
 * is the model's published Hugging Face config (the shape keys only), read by the same recognizer
 * as a config.json, so a named model and its config.json give the same numbers.
 * Sources: each model's config.json on its publisher's model card; torchtitan flavors from
 * the flavor tables in torchtitan's model packages (test/fixtures/torchtitan/FLAVORS.tsv).
 */

export interface CatalogueEntry {
  /** Canonical name (the Hugging Face repository id where there is one). */
  readonly id: string;
  /** Other names the trainers use for it (MaxText, LitGPT, torchtitan flavors, short forms). */
  readonly aliases: readonly string[];
  readonly config: Readonly<Record<string, unknown>>;
}

const llama = (L: number, h: number, a: number, g: number, f: number, V: number, maxPos: number) => ({
  model_type: 'llama',
  architectures: ['LlamaForCausalLM'],
  num_hidden_layers: L,
  hidden_size: h,
  num_attention_heads: a,
  num_key_value_heads: g,
  intermediate_size: f,
  vocab_size: V,
  max_position_embeddings: maxPos,
  tie_word_embeddings: false,
});

/** EXAONE 3.x (ExaoneConfig's keys: num_layers, 8 KV heads of head_dim, vocabulary 102,400). */
const exaone = (L: number, h: number, a: number, d: number, f: number, maxPos: number, tied: boolean) => ({
  model_type: 'exaone',
  architectures: ['ExaoneForCausalLM'],
  num_layers: L,
  hidden_size: h,
  num_attention_heads: a,
  num_key_value_heads: 8,
  head_dim: d,
  intermediate_size: f,
  vocab_size: 102400,
  max_position_embeddings: maxPos,
  tie_word_embeddings: tied,
});

const gpt2 = (L: number, h: number, a: number) => ({
  model_type: 'gpt2',
  architectures: ['GPT2LMHeadModel'],
  n_layer: L,
  n_embd: h,
  n_head: a,
  n_positions: 1024,
  vocab_size: 50257,
});

const gptNeo = (L: number, h: number, a: number) => ({
  model_type: 'gpt_neo',
  architectures: ['GPTNeoForCausalLM'],
  num_layers: L,
  hidden_size: h,
  num_heads: a,
  max_position_embeddings: 2048,
  vocab_size: 50257,
});

const nemotron4 = (L: number, h: number, a: number, f: number) => ({
  model_type: 'nemotron',
  architectures: ['NemotronForCausalLM'],
  num_hidden_layers: L,
  hidden_size: h,
  num_attention_heads: a,
  num_key_value_heads: 8,
  intermediate_size: f,
  vocab_size: 256000,
  max_position_embeddings: 4096,
  partial_rotary_factor: 0.5,
  hidden_act: 'relu2',
  tie_word_embeddings: false,
});

/**
 * Every Gemma 4's text_config (Gemma4ForConditionalGeneration's): the vocabulary, the sliding and global layers' head widths,
 * tied, and `layer_types` with a global layer every `period`-th.
 */
const gemma4Text = (L: number, period: number) => ({
  model_type: 'gemma4_text',
  vocab_size: 262144,
  head_dim: 256,
  global_head_dim: 512,
  tie_word_embeddings: true,
  layer_types: Array.from({ length: L }, (_, i) => ((i + 1) % period === 0 ? 'full_attention' : 'sliding_attention')),
});

/** Gemma 4's 26B-A4B and 31B (Gemma4ForConditionalGeneration): the text_config keys that differ, over what both share. */
const gemma4 = (text: Readonly<Record<string, unknown>>) => ({
  model_type: 'gemma4',
  architectures: ['Gemma4ForConditionalGeneration'],
  tie_word_embeddings: true,
  text_config: {
    ...gemma4Text(Number(text.num_hidden_layers), 6),
    attention_k_eq_v: true,
    sliding_window: 1024,
    max_position_embeddings: 262144,
    num_kv_shared_layers: 0,
    hidden_size_per_layer_input: 0,
    use_double_wide_mlp: false,
    ...text,
  },
  vision_config: {
    model_type: 'gemma4_vision',
    hidden_size: 1152,
    intermediate_size: 4304,
    num_hidden_layers: 27,
    num_attention_heads: 16,
    num_key_value_heads: 16,
    head_dim: 72,
    patch_size: 16,
    position_embedding_size: 10240,
    standardize: true,
    use_clipped_linears: false,
  },
});

/**
 * Gemma 4's E2B and E4B (Gemma4ForConditionalGeneration with per-layer embeddings, KV sharing, a 16-layer × 768 vision tower and
 * the 12-layer × 1024 audio Conformer, both with clipped linears): the text_config keys that differ, over what both share.
 */
const gemma4Edge = (text: Readonly<Record<string, unknown>>, period: number) => ({
  model_type: 'gemma4',
  architectures: ['Gemma4ForConditionalGeneration'],
  tie_word_embeddings: true,
  text_config: {
    ...gemma4Text(Number(text.num_hidden_layers), period),
    vocab_size_per_layer_input: 262144,
    hidden_size_per_layer_input: 256,
    attention_k_eq_v: false,
    sliding_window: 512,
    max_position_embeddings: 131072,
    enable_moe_block: false,
    ...text,
  },
  vision_config: {
    model_type: 'gemma4_vision',
    hidden_size: 768,
    intermediate_size: 3072,
    num_hidden_layers: 16,
    num_attention_heads: 12,
    num_key_value_heads: 12,
    head_dim: 64,
    patch_size: 16,
    position_embedding_size: 10240,
    standardize: false,
    use_clipped_linears: true,
  },
  audio_config: {
    model_type: 'gemma4_audio',
    hidden_size: 1024,
    num_hidden_layers: 12,
    num_attention_heads: 8,
    conv_kernel_size: 5,
    subsampling_conv_channels: [128, 32],
    output_proj_dims: 1536,
    use_clipped_linears: true,
  },
});

/**
 * Gemma 3n's E2B and E4B (Gemma3nForConditionalGeneration): text_config as the published config.json states it (a full layer
 * every fifth, 2 KV heads of 256, per-layer embeddings of 256 over 262,144 tokens, AltUp over 4 streams, LAuReL of rank 64),
 * the MobileNetV5 vision tower and the audio Conformer by their config keys (not counted).
 */
const gemma3n = (L: number, f: number, shared: number) => ({
  model_type: 'gemma3n',
  architectures: ['Gemma3nForConditionalGeneration'],
  text_config: {
    model_type: 'gemma3n_text',
    vocab_size: 262400,
    vocab_size_per_layer_input: 262144,
    hidden_size: 2048,
    hidden_size_per_layer_input: 256,
    intermediate_size: f,
    num_hidden_layers: L,
    num_attention_heads: 8,
    num_key_value_heads: 2,
    head_dim: 256,
    num_kv_shared_layers: shared,
    altup_num_inputs: 4,
    laurel_rank: 64,
    sliding_window: 512,
    max_position_embeddings: 32768,
    layer_types: Array.from({ length: L }, (_, i) => ((i + 1) % 5 === 0 ? 'full_attention' : 'sliding_attention')),
  },
  vision_config: { model_type: 'gemma3n_vision', architecture: 'mobilenetv5_300m_enc', hidden_size: 2048 },
  audio_config: { model_type: 'gemma3n_audio', hidden_size: 1536, conf_num_hidden_layers: 12, conf_num_attention_heads: 8 },
});

/**
 * A DeciLM (nemotron-nas) Llama-Nemotron's config.json: Llama 3's shapes at width h with the block_configs `plan` lists, one
 * word per layer: `a` (attention with n_heads_in_group 8) or `-` (none), then its ffn_mult.
 */
const deci = (h: number, a: number, plan: string) => ({
  model_type: 'nemotron-nas',
  architectures: ['DeciLMForCausalLM'],
  hidden_size: h,
  num_attention_heads: a,
  num_hidden_layers: plan.split(' ').length,
  vocab_size: 128256,
  tie_word_embeddings: false,
  max_position_embeddings: 131072,
  block_configs: plan.split(' ').map((w) => ({
    attention: w.startsWith('a')
      ? { no_op: false, replace_with_linear: false, n_heads_in_group: 8 }
      : { no_op: true, replace_with_linear: false, n_heads_in_group: null },
    ffn: { no_op: false, replace_with_linear: false, ffn_mult: Number(w.slice(1)) },
  })),
});

const neox = (L: number, h: number, a: number, V: number) => ({
  model_type: 'gpt_neox',
  architectures: ['GPTNeoXForCausalLM'],
  num_hidden_layers: L,
  hidden_size: h,
  num_attention_heads: a,
  intermediate_size: 4 * h,
  vocab_size: V,
  max_position_embeddings: 2048,
  tie_word_embeddings: false,
});

const deepseek = (o: {
  L: number;
  h: number;
  a: number;
  f: number;
  fe: number;
  E: number;
  shared: number;
  k: number;
  dense: number;
  qLora: number;
  V: number;
  bias: boolean;
}) => ({
  model_type: 'deepseek_v3',
  architectures: ['DeepseekV3ForCausalLM'],
  num_hidden_layers: o.L,
  hidden_size: o.h,
  num_attention_heads: o.a,
  num_key_value_heads: o.a,
  intermediate_size: o.f,
  moe_intermediate_size: o.fe,
  n_routed_experts: o.E,
  n_shared_experts: o.shared,
  num_experts_per_tok: o.k,
  first_k_dense_replace: o.dense,
  moe_layer_freq: 1,
  q_lora_rank: o.qLora || null,
  kv_lora_rank: 512,
  qk_nope_head_dim: 128,
  qk_rope_head_dim: 64,
  v_head_dim: 128,
  vocab_size: o.V,
  // Their config.json: 163,840 positions (YaRN over RoPE's original 4,096), Kimi K2's 131,072.
  max_position_embeddings: o.V === 163840 ? 131072 : 163840,
  tie_word_embeddings: false,
  topk_method: o.bias ? 'noaux_tc' : 'greedy',
});

/** A Qwen3 dense model (tied embeddings up to 4B), head_dim 128, vocabulary 151,936. */
const qwen3 = (L: number, h: number, a: number, g: number, f: number, tied: boolean) => ({
  ...llama(L, h, a, g, f, 151936, 40960),
  model_type: 'qwen3',
  architectures: ['Qwen3ForCausalLM'],
  head_dim: 128,
  tie_word_embeddings: tied,
});

/** Mistral's 2024–25 models: head_dim 128, Tekken vocabulary 131,072, untied. */
const tekken = (L: number, h: number, a: number, g: number, f: number, maxPos: number) => ({
  ...llama(L, h, a, g, f, 131072, maxPos),
  model_type: 'mistral',
  architectures: ['MistralForCausalLM'],
  head_dim: 128,
});

/** BigCode's GPTBigCode models (GPTBigCodeConfig's keys): multi-query attention, an FFN of 4h, tied, at a size, vocabulary and context. */
const bigcode = (L: number, h: number, a: number, V: number, positions: number) => ({
  model_type: 'gpt_bigcode',
  architectures: ['GPTBigCodeForCausalLM'],
  activation_function: 'gelu_pytorch_tanh',
  multi_query: true,
  n_embd: h,
  n_head: a,
  n_inner: 4 * h,
  n_layer: L,
  n_positions: positions,
  vocab_size: V,
  layer_norm_epsilon: 1e-5,
});

/** CodeGen (CodeGenConfig's keys) at a size, under its three trainings' names (mono, multi, nl): 51,200 tokens, 2,048 positions. */
const codegen = (size: string, L: number, h: number, a: number, rotary: number): CatalogueEntry => ({
  id: `Salesforce/codegen-${size}-mono`,
  aliases: [`codegen-${size}-mono`, ...['multi', 'nl'].flatMap((d) => [`Salesforce/codegen-${size}-${d}`, `codegen-${size}-${d}`])],
  config: {
    model_type: 'codegen',
    architectures: ['CodeGenForCausalLM'],
    activation_function: 'gelu_new',
    n_embd: h,
    n_head: a,
    n_inner: null,
    n_layer: L,
    n_positions: 2048,
    n_ctx: 2048,
    rotary_dim: rotary,
    tie_word_embeddings: false,
    vocab_size: 51200,
    torch_dtype: 'float16',
  },
});

/** LLaMA (the first release) at a size, under huggyllama's and decapoda-research's names: MHA, 32,000 tokens, 2,048 positions. */
const llama1 = (size: string, L: number, h: number, a: number, f: number, more: readonly string[] = []): CatalogueEntry => ({
  id: `huggyllama/llama-${size}`,
  aliases: [`llama-${size}`, `LLaMA-${size.toUpperCase()}`, `llama1-${size}`, `decapoda-research/llama-${size}-hf`, ...more],
  config: llama(L, h, a, a, f, 32000, 2048),
});

/** A Baichuan or Baichuan 2 release: its config.json's keys (hidden size, SwiGLU width, layers = heads, vocabulary), untied. */
const baichuan = (id: string, aliases: readonly string[], h: number, f: number, L: number, V: number): CatalogueEntry => ({
  id,
  aliases,
  config: {
    model_type: 'baichuan',
    architectures: ['BaichuanForCausalLM'],
    hidden_size: h,
    intermediate_size: f,
    num_hidden_layers: L,
    num_attention_heads: L,
    vocab_size: V,
    max_position_embeddings: 4096,
    rms_norm_eps: 1e-6,
    tie_word_embeddings: false,
  },
});

/** Yi and Yi-1.5 at a size (the same shapes): GQA with 4 KV heads below 34B, 8 at 34B; 64,000 tokens. */
const yi = (size: string, L: number, h: number, a: number, f: number, more: readonly string[] = []): CatalogueEntry => ({
  id: `01-ai/Yi-${size}`,
  aliases: [`Yi-${size}`, `yi-${size.toLowerCase()}`, `01-ai/Yi-1.5-${size}`, `Yi-1.5-${size}`, ...more],
  config: llama(L, h, a, size === '34B' ? 8 : 4, f, 64000, 4096),
});

/** A dense LFM2 release: hidden size, heads (of 64, 8 KV heads), intermediate_size as its config.json writes it, the layers with attention. */
const lfm2Dense = (
  size: string,
  h: number,
  a: number,
  f: number,
  adjust: boolean,
  attention: readonly number[],
  L: number,
  more: readonly string[] = [],
): CatalogueEntry => ({
  id: `LiquidAI/LFM2-${size}`,
  aliases: [`lfm2-${size.toLowerCase()}`, ...more],
  config: {
    model_type: 'lfm2',
    architectures: ['Lfm2ForCausalLM'],
    hidden_size: h,
    intermediate_size: f,
    block_auto_adjust_ff_dim: adjust,
    block_multiple_of: 256,
    block_ffn_dim_multiplier: 1.0,
    num_hidden_layers: L,
    num_attention_heads: a,
    num_key_value_heads: 8,
    conv_L_cache: 3,
    conv_bias: false,
    layer_types: Array.from({ length: L }, (_, i) => (attention.includes(i) ? 'full_attention' : 'conv')),
    vocab_size: 65536,
    max_position_embeddings: 128000,
    tie_word_embeddings: true,
  },
});

/** An LFM2-VL release: its language model's config, SigLIP 2 NaFlex's layers, width, heads and MLP width. */
const lfm2Vl = (size: string, text: Record<string, unknown>, L: number, h: number, a: number, f: number, more: readonly string[] = []): CatalogueEntry => ({
  id: `LiquidAI/LFM2-VL-${size}`,
  aliases: [`lfm2-vl-${size.toLowerCase()}`, ...more],
  config: {
    model_type: 'lfm2_vl',
    architectures: ['Lfm2VlForConditionalGeneration'],
    downsample_factor: 2,
    projector_bias: true,
    projector_hidden_act: 'gelu',
    projector_hidden_size: 2560,
    projector_use_layernorm: true,
    text_config: text,
    vision_config: {
      model_type: 'siglip2_vision_model',
      hidden_act: 'gelu_pytorch_tanh',
      hidden_size: h,
      intermediate_size: f,
      num_attention_heads: a,
      num_channels: 3,
      num_hidden_layers: L,
      num_patches: 256,
      patch_size: 16,
      vision_use_head: false,
    },
    tie_word_embeddings: true,
  },
});

/** A ChatGLM model (ChatGLMModel, remote code): 4,096 wide, 32 heads of 128 with 2 query groups and a biased fused qkv, SwiGLU of 13,696, RMSNorm, untied. */
const chatglm = (L: number, V: number, seq: number): Record<string, unknown> => ({
  model_type: 'chatglm',
  architectures: ['ChatGLMModel'],
  add_bias_linear: false,
  add_qkv_bias: true,
  apply_residual_connection_post_layernorm: false,
  ffn_hidden_size: 13696,
  hidden_size: 4096,
  kv_channels: 128,
  multi_query_attention: true,
  multi_query_group_num: 2,
  num_attention_heads: 32,
  num_layers: L,
  padded_vocab_size: V,
  post_layer_norm: true,
  rmsnorm: true,
  seq_length: seq,
  tie_word_embeddings: false,
});

/** A Qwen1.5 release (Qwen2's layers, biased q, k, v) under its names: the base, its chat model, the short forms. */
const qwen15 = (size: string, L: number, h: number, a: number, g: number, f: number, V: number, tied = false): CatalogueEntry => ({
  id: `Qwen/Qwen1.5-${size}`,
  aliases: [`qwen1.5-${size.toLowerCase()}`, `Qwen1.5-${size}`, `Qwen/Qwen1.5-${size}-Chat`, `Qwen1.5-${size}-Chat`],
  config: { ...llama(L, h, a, g, f, V, 32768), model_type: 'qwen2', architectures: ['Qwen2ForCausalLM'], tie_word_embeddings: tied },
});

/** SmolLM2: Llama layers, tied 49,152 vocabulary. */
const smollm2 = (L: number, h: number, a: number, g: number, f: number) => ({ ...llama(L, h, a, g, f, 49152, 8192), tie_word_embeddings: true });
/** SmolLM (July 2024): SmolLM2's shapes at 2,048 positions (each size's config.json on the Hub). */
const smollm = (L: number, h: number, a: number, g: number, f: number) => ({ ...smollm2(L, h, a, g, f), max_position_embeddings: 2048 });

/** Gemma 3 4B–27B: text_config with the sizes that differ from Gemma3TextConfig's defaults, the SigLIP tower of all of them. */
/** OLMo 2 (transformers' Olmo2ForCausalLM): multi-head attention, SwiGLU, untied, the dolma2 vocabulary of 100,352. */
const olmo2 = (L: number, h: number, a: number, f: number) => ({
  model_type: 'olmo2',
  architectures: ['Olmo2ForCausalLM'],
  num_hidden_layers: L,
  hidden_size: h,
  num_attention_heads: a,
  num_key_value_heads: a,
  intermediate_size: f,
  vocab_size: 100352,
  max_position_embeddings: 4096,
  tie_word_embeddings: false,
});

/** OLMo 3 (transformers' Olmo3ForCausalLM): OLMo 2's layers, sliding_window on three layers of four, vocabulary 100,278. */
const olmo3 = (L: number, h: number, a: number, g: number, f: number) => ({
  ...olmo2(L, h, a, f),
  model_type: 'olmo3',
  architectures: ['Olmo3ForCausalLM'],
  num_key_value_heads: g,
  vocab_size: 100278,
  max_position_embeddings: 65536,
  sliding_window: 4096,
  layer_types: Array.from({ length: L }, (_, i) => ((i + 1) % 4 === 0 ? 'full_attention' : 'sliding_attention')),
});

/** Granite 3.x (GraniteForCausalLM): Llama's layers, 40 deep, 8 KV heads, the tied 49,159-token vocabulary. */
const granite = (h: number, a: number, f: number) => ({
  ...llama(40, h, a, 8, f, 49159, 131072),
  model_type: 'granite',
  architectures: ['GraniteForCausalLM'],
  tie_word_embeddings: true,
});

/**
 * Falcon-H1 (FalconH1ForCausalLM, their config.json): attention (`a` heads, `g` KV heads of `d`) beside a Mamba-2 mixer of `m`
 * heads of `md` (one group, state `N`, no gated norm) in every layer, a gated MLP of `f`, untied. 1.5B, 3B and 7B as their
 * config.json's shapes (1.55B, 3.15B, 7.59B as their model pages round them).
 */
const falconH1 = (L: number, h: number, a: number, g: number, d: number, f: number, m: number, md: number, N: number, V: number, maxPos: number) => ({
  model_type: 'falcon_h1',
  architectures: ['FalconH1ForCausalLM'],
  num_hidden_layers: L,
  hidden_size: h,
  num_attention_heads: a,
  num_key_value_heads: g,
  head_dim: d,
  intermediate_size: f,
  mamba_n_heads: m,
  mamba_d_head: md,
  mamba_d_ssm: m * md,
  mamba_d_state: N,
  mamba_n_groups: 1,
  mamba_d_conv: 4,
  mamba_conv_bias: true,
  mamba_proj_bias: false,
  projectors_bias: false,
  mamba_rms_norm: false,
  vocab_size: V,
  max_position_embeddings: maxPos,
  tie_word_embeddings: false,
});

/**
 * Granite 4.0 (GraniteMoeHybridForCausalLM, model_type granitemoehybrid): `L` layers of `h`, `a` heads and `g` KV heads,
 * attention in the layers `attn` lists and Mamba-2 (`m` heads of 2h / m, state 128, one group) in the others, `E` experts of
 * `fe` (top `k`) beside a shared SwiGLU of `fs` (E = 0: the shared MLP alone), the tied 100,352-token vocabulary, no positions
 * on the hybrids (NoPE) and RoPE on the dense micro; the shapes of their config.json (H-Small's attention at layers 5, 15, 25,
 * 35, as H-Tiny's; H-Micro taken to place its four the same way, which changes no count).
 */
const granite4 = (o: { L: number; h: number; a: number; g: number; attn: number[]; m: number; E: number; k: number; fe: number; fs: number }) => ({
  model_type: 'granitemoehybrid',
  architectures: ['GraniteMoeHybridForCausalLM'],
  num_hidden_layers: o.L,
  hidden_size: o.h,
  num_attention_heads: o.a,
  num_key_value_heads: o.g,
  layer_types: Array.from({ length: o.L }, (_, i) => (o.attn.includes(i) ? 'attention' : 'mamba')),
  mamba_n_heads: o.m,
  mamba_d_head: (2 * o.h) / o.m,
  mamba_d_state: 128,
  mamba_n_groups: 1,
  mamba_d_conv: 4,
  mamba_expand: 2,
  num_local_experts: o.E,
  num_experts_per_tok: o.k,
  intermediate_size: o.fe,
  shared_intermediate_size: o.fs,
  position_embedding_type: o.attn.length === o.L ? 'rope' : 'nope',
  vocab_size: 100352,
  max_position_embeddings: 131072,
  tie_word_embeddings: true,
});

const gemma3 = (text: Record<string, unknown>) => ({
  model_type: 'gemma3',
  architectures: ['Gemma3ForConditionalGeneration'],
  text_config: { model_type: 'gemma3_text', sliding_window: 1024, ...text },
  vision_config: { hidden_size: 1152, image_size: 896, intermediate_size: 4304, num_attention_heads: 16, num_hidden_layers: 27, patch_size: 14 },
});

/** Llama 4 (Llama4Config): the language model in text_config (experts and their interleave step vary), the same vision tower. */
/** Mixtral: Llama's layers with 8 experts of the MLP's width, 2 per token (MixtralConfig). */
const mixtral = (L: number, h: number, a: number, g: number, f: number, V: number, maxPos: number) => ({
  ...llama(L, h, a, g, f, V, maxPos),
  model_type: 'mixtral',
  architectures: ['MixtralForCausalLM'],
  num_local_experts: 8,
  num_experts_per_tok: 2,
});

const llama4 = (experts: number, step: number) => ({
  model_type: 'llama4',
  architectures: ['Llama4ForConditionalGeneration'],
  tie_word_embeddings: false,
  text_config: {
    model_type: 'llama4_text',
    num_hidden_layers: 48,
    hidden_size: 5120,
    num_attention_heads: 40,
    num_key_value_heads: 8,
    head_dim: 128,
    intermediate_size: 8192,
    intermediate_size_mlp: 16384,
    num_local_experts: experts,
    num_experts_per_tok: 1,
    interleave_moe_layer_step: step,
    attention_chunk_size: 8192,
    vocab_size: 202048,
    max_position_embeddings: step === 1 ? 10485760 : 1048576,
  },
  vision_config: {
    hidden_size: 1408,
    image_size: 336,
    intermediate_size: 5632,
    num_hidden_layers: 34,
    patch_size: 14,
    projector_input_dim: 4096,
    projector_output_dim: 4096,
    vision_output_dim: 4096,
  },
});

/** Llama 4's language model alone: torchtitan's llama4 flavors build the text decoder (torchtitan/models/llama4/__init__.py). */
const llama4Text = (experts: number, step: number) => ({
  ...llama4(experts, step).text_config,
  architectures: ['Llama4ForCausalLM'],
  tie_word_embeddings: false,
});

/** Qwen2.5-VL's original config form: the text model's keys at the top, the ViT (32 × 1280) in vision_config. */
const qwen25vl = (L: number, h: number, a: number, g: number, f: number, V: number, visionFfn: number) => ({
  ...llama(L, h, a, g, f, V, 128000),
  model_type: 'qwen2_5_vl',
  architectures: ['Qwen2_5_VLForConditionalGeneration'],
  vision_config: {
    depth: 32,
    hidden_size: 1280,
    intermediate_size: visionFfn,
    out_hidden_size: h,
    patch_size: 14,
    spatial_merge_size: 2,
    temporal_patch_size: 2,
  },
});

/**
 * Llama 3.2 Vision (MllamaForConditionalGeneration, its config.json): the text model with a cross-attention layer every fifth
 * from the fourth, and the ViT-H/14 tower (32 local and 8 gated global layers of 1280, tiles of 560, its 7680-wide output of
 * five layers concatenated) with its projector to the text width.
 */
const mllama = (L: number, h: number, a: number, f: number) => ({
  model_type: 'mllama',
  architectures: ['MllamaForConditionalGeneration'],
  text_config: {
    model_type: 'mllama_text_model',
    num_hidden_layers: L,
    hidden_size: h,
    num_attention_heads: a,
    num_key_value_heads: 8,
    intermediate_size: f,
    vocab_size: 128256,
    max_position_embeddings: 131072,
    tie_word_embeddings: false,
    cross_attention_layers: Array.from({ length: L / 5 }, (_, i) => 3 + 5 * i),
  },
  vision_config: {
    model_type: 'mllama_vision_model',
    hidden_size: 1280,
    intermediate_size: 5120,
    num_hidden_layers: 32,
    num_global_layers: 8,
    attention_heads: 16,
    image_size: 560,
    patch_size: 14,
    max_num_tiles: 4,
    vision_output_dim: 7680,
    supported_aspect_ratios: [
      [1, 1],
      [1, 2],
      [1, 3],
      [1, 4],
      [2, 1],
      [2, 2],
      [3, 1],
      [4, 1],
    ],
  },
});

/** Qwen2-VL's original config form: the text model at the top, the ViT's width as embed_dim, its output as hidden_size. */
const qwen2vl = (L: number, h: number, a: number, g: number, f: number, V: number, tied: boolean) => ({
  ...llama(L, h, a, g, f, V, 32768),
  model_type: 'qwen2_vl',
  architectures: ['Qwen2VLForConditionalGeneration'],
  tie_word_embeddings: tied,
  vision_config: { depth: 32, embed_dim: 1280, mlp_ratio: 4, hidden_size: h, patch_size: 14, spatial_merge_size: 2, temporal_patch_size: 2 },
});

/** Qwen3 MoE (Qwen3MoeConfig): Qwen3's attention, every layer 128 experts of `fe`, 8 per token, untied. */
const qwen3Moe = (L: number, h: number, a: number, g: number, f: number, fe: number) => ({
  ...qwen3(L, h, a, g, f, false),
  model_type: 'qwen3_moe',
  architectures: ['Qwen3MoeForCausalLM'],
  num_experts: 128,
  num_experts_per_tok: 8,
  moe_intermediate_size: fe,
  decoder_sparse_step: 1,
  mlp_only_layers: [],
});

/**
 * Qwen3-VL (Qwen3VLConfig, Qwen3VLMoeConfig): the Qwen3 language model in text_config (262,144 positions), tie_word_embeddings at
 * the top; the ViT with learned positions and three deepstack mergers, 24 × 1024 for 2B and 4B, 27 × 1152 from 8B up.
 */
const qwen3vl = (text: ReturnType<typeof qwen3>, small: boolean) => {
  const moe = text.model_type === 'qwen3_moe';
  return {
    model_type: moe ? 'qwen3_vl_moe' : 'qwen3_vl',
    architectures: [moe ? 'Qwen3VLMoeForConditionalGeneration' : 'Qwen3VLForConditionalGeneration'],
    tie_word_embeddings: text.tie_word_embeddings,
    text_config: { ...text, model_type: moe ? 'qwen3_vl_moe_text' : 'qwen3_vl_text', max_position_embeddings: 262144 },
    vision_config: {
      depth: small ? 24 : 27,
      hidden_size: small ? 1024 : 1152,
      intermediate_size: small ? 4096 : 4304,
      out_hidden_size: text.hidden_size,
      patch_size: 16,
      num_position_embeddings: 2304,
      deepstack_visual_indexes: small ? [5, 11, 17] : [8, 16, 24],
    },
  };
};

/**
 * Qwen3-Omni-30B-A3B (Qwen3OmniMoeForConditionalGeneration): the thinker's Qwen3-30B-A3B language model with 152,064 rows and
 * Qwen3-VL's 27 × 1152 tower, its audio encoder by its config keys; with `speaks`, the talker and code2wav too (not counted).
 */
/**
 * Florence-2 (microsoft/Florence-2-base and -large, their config.json; the -ft releases the same): BART's encoder–decoder of d
 * (L layers each, 51,289 tokens, 1,024 positions) and DaViT of four stages (widths D·[1, 2, 4, 8], depths 1, 1, 9, 1), projected
 * to P.
 */
const florence2 = (d: number, L: number, heads: number, D: number, P: number) => ({
  model_type: 'florence2',
  architectures: ['Florence2ForConditionalGeneration'],
  vocab_size: 51289,
  projection_dim: P,
  text_config: {
    vocab_size: 51289,
    d_model: d,
    encoder_layers: L,
    decoder_layers: L,
    encoder_attention_heads: heads,
    decoder_attention_heads: heads,
    encoder_ffn_dim: 4 * d,
    decoder_ffn_dim: 4 * d,
    max_position_embeddings: 1024,
    scale_embedding: false,
  },
  vision_config: {
    model_type: 'davit',
    patch_size: [7, 3, 3, 3],
    patch_stride: [4, 2, 2, 2],
    patch_padding: [3, 1, 1, 1],
    patch_prenorm: [false, true, true, true],
    dim_embed: [D, 2 * D, 4 * D, 8 * D],
    num_heads: [D / 32, D / 16, D / 8, D / 4],
    num_groups: [D / 32, D / 16, D / 8, D / 4],
    depths: [1, 1, 9, 1],
    window_size: 12,
    projection_dim: P,
    image_pos_embed: { type: 'learned_abs_2d', max_pos_embeddings: 50 },
  },
  torch_dtype: 'float16',
});

/**
 * Qwen2.5-Omni-7B (Qwen2_5OmniForConditionalGeneration): the thinker's Qwen2.5-7B (152,064 rows, untied) and Qwen2.5-VL-7B's
 * vision tower: Qwen2.5-VL-7B-Instruct's shapes; its audio encoder (Whisper-large-v3's 32 layers of 1,280), the talker and
 * token2wav are not counted.
 */
const qwen25Omni7b = () => {
  const vl = qwen25vl(28, 3584, 28, 4, 18944, 152064, 3420);
  const { model_type: _t, architectures: _a, vision_config: vision, ...text } = vl;
  return {
    model_type: 'qwen2_5_omni',
    architectures: ['Qwen2_5OmniForConditionalGeneration'],
    thinker_config: {
      model_type: 'qwen2_5_omni_thinker',
      text_config: { ...text, model_type: 'qwen2_5_omni_text', max_position_embeddings: 32768 },
      vision_config: { ...vision, model_type: 'qwen2_5_omni_vision_encoder' },
      audio_config: { model_type: 'qwen2_5_omni_audio_encoder', d_model: 1280, encoder_layers: 32 },
    },
    talker_config: { model_type: 'qwen2_5_omni_talker' },
    token2wav_config: { model_type: 'qwen2_5_omni_token2wav' },
  };
};

const qwen3Omni = (speaks: boolean) => {
  const vl = qwen3vl({ ...qwen3Moe(48, 2048, 32, 4, 768, 768), vocab_size: 152064 }, false);
  return {
    model_type: 'qwen3_omni_moe',
    architectures: ['Qwen3OmniMoeForConditionalGeneration'],
    thinker_config: {
      text_config: { ...vl.text_config, model_type: 'qwen3_omni_moe_text', max_position_embeddings: 65536 },
      vision_config: { ...vl.vision_config, model_type: 'qwen3_omni_moe_vision_encoder' },
      audio_config: { model_type: 'qwen3_omni_moe_audio_encoder', d_model: 1280, encoder_layers: 32 },
    },
    ...(speaks ? { talker_config: { num_code_groups: 16 }, code2wav_config: { num_quantizers: 16 } } : {}),
  };
};

/** Mistral3ForConditionalGeneration: a 40 × 5120 Tekken text model (`text`) and the Pixtral tower of Mistral Small 3.1 with its projector. */
const mistral3 = (text: Record<string, unknown>) => ({
  model_type: 'mistral3',
  architectures: ['Mistral3ForConditionalGeneration'],
  multimodal_projector_bias: false,
  spatial_merge_size: 2,
  text_config: text,
  vision_config: { hidden_size: 1024, image_size: 1540, intermediate_size: 4096, num_hidden_layers: 24, patch_size: 14 },
});

const gptOss = (L: number) => ({
  model_type: 'gpt_oss',
  architectures: ['GptOssForCausalLM'],
  num_hidden_layers: L,
  hidden_size: 2880,
  num_attention_heads: 64,
  num_key_value_heads: 8,
  head_dim: 64,
  intermediate_size: 2880,
  num_local_experts: L === 24 ? 32 : 128,
  num_experts_per_tok: 4,
  attention_bias: true,
  sliding_window: 128,
  vocab_size: 201088,
  max_position_embeddings: 131072,
  tie_word_embeddings: false,
});

/**
 * Qwen3.5 / Qwen3.6 (Qwen3_5ForConditionalGeneration, Qwen3_5MoeForConditionalGeneration; their config.json): Qwen3-Next's
 * language model in text_config (Gated DeltaNet in three of four layers, gated attention of heads of 256 in the fourth, 16 key
 * heads of 128 and `lv` value heads, vocabulary 248,320, 262,144 positions; tied up to 4B), dense (`f`) or `E` experts of `fe`
 * (256, top 8) with a shared expert of `fe`; the ViT of Qwen3-VL without deepstack, `vit` (depth, width, MLP: 27 × 1152, 4304
 * from 9B up), to the text width. The checkpoints add one MTP layer, reported beside the total.
 */
const qwen35 = (
  L: number,
  h: number,
  a: number,
  g: number,
  lv: number,
  f: number,
  o: { fe?: number; E?: number; k?: number; tied?: boolean; vit?: readonly [number, number, number] } = {},
) => ({
  model_type: o.fe ? 'qwen3_5_moe' : 'qwen3_5',
  architectures: [o.fe ? 'Qwen3_5MoeForConditionalGeneration' : 'Qwen3_5ForConditionalGeneration'],
  tie_word_embeddings: o.tied ?? false,
  text_config: {
    model_type: o.fe ? 'qwen3_5_moe_text' : 'qwen3_5_text',
    num_hidden_layers: L,
    hidden_size: h,
    num_attention_heads: a,
    num_key_value_heads: g,
    head_dim: 256,
    full_attention_interval: 4,
    linear_num_key_heads: 16,
    linear_key_head_dim: 128,
    linear_num_value_heads: lv,
    linear_value_head_dim: 128,
    linear_conv_kernel_dim: 4,
    ...(o.fe
      ? { num_experts: o.E ?? 256, num_experts_per_tok: o.k ?? 8, moe_intermediate_size: o.fe, shared_expert_intermediate_size: o.fe }
      : { intermediate_size: f }),
    mtp_num_hidden_layers: 1,
    vocab_size: 248320,
    max_position_embeddings: 262144,
    tie_word_embeddings: o.tied ?? false,
  },
  vision_config: {
    depth: o.vit?.[0] ?? 27,
    hidden_size: o.vit?.[1] ?? 1152,
    intermediate_size: o.vit?.[2] ?? 4304,
    num_heads: (o.vit?.[1] ?? 1152) / 64,
    out_hidden_size: h,
    patch_size: 16,
    num_position_embeddings: 2304,
    deepstack_visual_indexes: [],
  },
});

/** OPT (OPTConfig's keys: a 50,272-token vocabulary, 2,048 learned positions; opt-350m alone projects a 512-wide embedding and norms after). */
const opt = (L: number, h: number, a: number, proj = h, before = true): Record<string, unknown> => ({
  model_type: 'opt',
  architectures: ['OPTForCausalLM'],
  hidden_size: h,
  num_hidden_layers: L,
  num_attention_heads: a,
  ffn_dim: 4 * h,
  word_embed_proj_dim: proj,
  vocab_size: 50272,
  max_position_embeddings: 2048,
  do_layer_norm_before: before,
  activation_function: 'relu',
  enable_bias: true,
});

/** Whisper (WhisperConfig's keys; 128 mel bins and the 51,866-token vocabulary of large-v3). */
const whisper = (encoderLayers: number, decoderLayers: number): Record<string, unknown> => ({
  model_type: 'whisper',
  architectures: ['WhisperForConditionalGeneration'],
  d_model: 1280,
  encoder_layers: encoderLayers,
  decoder_layers: decoderLayers,
  encoder_attention_heads: 20,
  decoder_attention_heads: 20,
  encoder_ffn_dim: 5120,
  decoder_ffn_dim: 5120,
  vocab_size: 51866,
  num_mel_bins: 128,
  max_source_positions: 1500,
  max_target_positions: 448,
  activation_function: 'gelu',
  scale_embedding: false,
});

/**
 * Whisper's smaller sizes (WhisperConfig's keys as the Hub's openai/whisper-* configs have them: 80 mel bins and the 51,865-token
 * vocabulary of every size before large-v3; heads of 64).
 */
const whisperV2 = (layers: number, h: number): Record<string, unknown> => ({
  ...whisper(layers, layers),
  d_model: h,
  encoder_attention_heads: h / 64,
  decoder_attention_heads: h / 64,
  encoder_ffn_dim: 4 * h,
  decoder_ffn_dim: 4 * h,
  vocab_size: 51865,
  num_mel_bins: 80,
  torch_dtype: 'float32',
});

/**
 * wav2vec 2.0 (Wav2Vec2Config's keys): the 7-layer conv feature extractor of 512 channels, the weight-normed positional conv of
 * 128 taps in 16 groups, `L` encoder layers of `h` (heads of 64, an FFN of 4h). The large checkpoints (LV-60, XLSR-53, XLS-R) bias
 * their convs, norm each with a LayerNorm and put the layers' norms first (do_stable_layer_norm); the base ones GroupNorm the first
 * conv only. As fine-tuned (Wav2Vec2ForCTC, as transformers' run_speech_recognition_ctc.py loads it, the pretraining's quantizer
 * and projections dropped) on the configs' 32-token vocabulary (a run's own tokenizer sets its own).
 */
const wav2vec2 = (L: number, h: number, large: boolean): Record<string, unknown> => ({
  model_type: 'wav2vec2',
  architectures: ['Wav2Vec2ForCTC'],
  num_hidden_layers: L,
  hidden_size: h,
  num_attention_heads: h / 64,
  intermediate_size: 4 * h,
  vocab_size: 32,
  conv_dim: [512, 512, 512, 512, 512, 512, 512],
  conv_kernel: [10, 3, 3, 3, 3, 2, 2],
  conv_stride: [5, 2, 2, 2, 2, 2, 2],
  conv_bias: large,
  feat_extract_norm: large ? 'layer' : 'group',
  do_stable_layer_norm: large,
  num_conv_pos_embeddings: 128,
  num_conv_pos_embedding_groups: 16,
  mask_time_prob: 0.05,
  hidden_act: 'gelu',
  feat_extract_activation: 'gelu',
  layer_norm_eps: 1e-5,
  torch_dtype: 'float32',
});

/**
 * BERT and the encoders that keep its layers (BertConfig's keys: heads of 64, an FFN of 4h, 512 learned positions, 2 token types;
 * fp32 checkpoints): `arch` BertForMaskedLM as the Hub's bert-* configs name it, BertModel for the sentence encoders.
 */
const bert = (L: number, h: number, V: number, arch = 'BertForMaskedLM', heads = h / 64): Record<string, unknown> => ({
  model_type: 'bert',
  architectures: [arch],
  num_hidden_layers: L,
  hidden_size: h,
  num_attention_heads: heads,
  intermediate_size: 4 * h,
  vocab_size: V,
  max_position_embeddings: 512,
  type_vocab_size: 2,
  hidden_act: 'gelu',
  layer_norm_eps: 1e-12,
  torch_dtype: 'float32',
});

/** CoNLL-2003's nine BIO tags, as dslim's NER models' config.json files list them. */
const conll = Object.fromEntries(['O', 'B-MISC', 'I-MISC', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'].map((t, i) => [String(i), t]));

/** ELECTRA's discriminator (ElectraConfig: 30,522 tokens, embeddings of E, L layers of h with h / 64 heads, 4h wide). */
const electra = (L: number, h: number, E: number): Record<string, unknown> => ({
  model_type: 'electra',
  architectures: ['ElectraForPreTraining'],
  num_hidden_layers: L,
  hidden_size: h,
  embedding_size: E,
  num_attention_heads: h / 64,
  intermediate_size: 4 * h,
  vocab_size: 30522,
  max_position_embeddings: 512,
  type_vocab_size: 2,
  hidden_act: 'gelu',
  layer_norm_eps: 1e-12,
});

/** ViT-B/16 at 224 (google/vit-base-patch16-224's ViTConfig: 12 layers of 768, 12 heads, 16-pixel patches, biased qkv), as `arch`. */
const vitBase = (arch: string, labels?: number): Record<string, unknown> => ({
  model_type: 'vit',
  architectures: [arch],
  hidden_size: 768,
  num_hidden_layers: 12,
  num_attention_heads: 12,
  intermediate_size: 3072,
  image_size: 224,
  patch_size: 16,
  num_channels: 3,
  qkv_bias: true,
  hidden_act: 'gelu',
  layer_norm_eps: 1e-12,
  ...(labels ? { num_labels: labels } : {}),
});

/** DistilBERT base (DistilBertConfig's keys: 6 layers of 768, 12 heads, learned positions) over a vocabulary of V tokens. */
const distilbert = (V: number, arch = 'DistilBertForMaskedLM'): Record<string, unknown> => ({
  model_type: 'distilbert',
  architectures: [arch],
  dim: 768,
  n_layers: 6,
  n_heads: 12,
  hidden_dim: 3072,
  vocab_size: V,
  max_position_embeddings: 512,
  activation: 'gelu',
  sinusoidal_pos_embds: false,
  torch_dtype: 'float32',
});

/** RoBERTa and XLM-RoBERTa (RobertaConfig's keys: 512 positions + the padding offset of 2, one token type). */
const roberta = (type: 'roberta' | 'xlm-roberta', L: number, h: number, V: number, arch: string, positions = 514): Record<string, unknown> => ({
  model_type: type,
  architectures: [arch],
  num_hidden_layers: L,
  hidden_size: h,
  num_attention_heads: h / 64,
  intermediate_size: 4 * h,
  vocab_size: V,
  max_position_embeddings: positions,
  type_vocab_size: 1,
  pad_token_id: 1,
  hidden_act: 'gelu',
  layer_norm_eps: 1e-5,
  torch_dtype: 'float32',
});

/** DeBERTa-v3 (DebertaV2Config's keys as microsoft/deberta-v3-*: relative attention over 256 buckets, shared keys, 128,100 tokens). */
const debertaV3 = (L: number, h: number): Record<string, unknown> => ({
  model_type: 'deberta-v2',
  architectures: ['DebertaV2Model'],
  num_hidden_layers: L,
  hidden_size: h,
  num_attention_heads: h / 64,
  intermediate_size: 4 * h,
  vocab_size: 128100,
  max_position_embeddings: 512,
  max_relative_positions: -1,
  position_buckets: 256,
  relative_attention: true,
  share_att_key: true,
  pos_att_type: ['p2c', 'c2p'],
  position_biased_input: false,
  norm_rel_ebd: 'layer_norm',
  type_vocab_size: 0,
  layer_norm_eps: 1e-7,
  hidden_act: 'gelu',
  torch_dtype: 'float32',
});

/** ModernBERT (ModernBertConfig's keys: a global layer every 3, a local window of 128, no biases, 50,368 tokens, the MLM head tied). */
const modernBert = (L: number, h: number, ffn: number): Record<string, unknown> => ({
  model_type: 'modernbert',
  architectures: ['ModernBertForMaskedLM'],
  num_hidden_layers: L,
  hidden_size: h,
  num_attention_heads: h / 64,
  intermediate_size: ffn,
  vocab_size: 50368,
  max_position_embeddings: 8192,
  global_attn_every_n_layers: 3,
  local_attention: 128,
  attention_bias: false,
  mlp_bias: false,
  norm_bias: false,
  classifier_bias: false,
  decoder_bias: true,
  hidden_activation: 'gelu',
  tie_word_embeddings: true,
  torch_dtype: 'float32',
});

/**
 * T5 (T5Config's keys, heads of 64): the original checkpoints (t5-*: a ReLU FFN of 4h, the head tied to the shared embedding) and
 * T5 v1.1's that FLAN-T5 fine-tuned (gated GELU, the head untied), both over 32,128 tokens; `positions`, the n_positions (512)
 * their config.json files write (t5-small's and flan-t5-large's in the survey), the length a run that states none trains at.
 */
const t5 = (L: number, h: number, ff: number, heads: number, v11: boolean, positions?: number): Record<string, unknown> => ({
  model_type: 't5',
  architectures: ['T5ForConditionalGeneration'],
  num_layers: L,
  num_decoder_layers: L,
  d_model: h,
  d_ff: ff,
  d_kv: 64,
  num_heads: heads,
  vocab_size: 32128,
  relative_attention_num_buckets: 32,
  feed_forward_proj: v11 ? 'gated-gelu' : 'relu',
  tie_word_embeddings: !v11,
  is_encoder_decoder: true,
  torch_dtype: 'float32',
  ...(positions ? { n_positions: positions } : {}),
});

/** mT5 (MT5Config): T5 1.1's gated-GELU layers and untied head, the 250,112-token multilingual vocabulary. */
const mt5 = (L: number, h: number, ff: number, heads: number): Record<string, unknown> => ({
  ...t5(L, h, ff, heads, true),
  model_type: 'mt5',
  architectures: ['MT5ForConditionalGeneration'],
  vocab_size: 250112,
});

/** BART (BartConfig's keys: post-norm, GELU, 1,024 learned positions in each stack with BART's offset of 2, heads of 64). */
const bart = (L: number, h: number, V: number): Record<string, unknown> => ({
  model_type: 'bart',
  architectures: ['BartForConditionalGeneration'],
  d_model: h,
  encoder_layers: L,
  decoder_layers: L,
  encoder_attention_heads: h / 64,
  decoder_attention_heads: h / 64,
  encoder_ffn_dim: 4 * h,
  decoder_ffn_dim: 4 * h,
  vocab_size: V,
  max_position_embeddings: 1024,
  activation_function: 'gelu',
  normalize_before: false,
  add_final_layer_norm: false,
  scale_embedding: false,
  is_encoder_decoder: true,
  torch_dtype: 'float32',
});

/**
 * M2M-100 and NLLB-200 (M2M100Config's keys: 16 heads in each stack, 1,024 sinusoidal positions that are no parameters, ReLU,
 * scale_embedding); M2M-100's vocabulary of 128,112 tokens, NLLB-200's 256,206.
 */
const m2m100 = (layers: number, h: number, ffn: number, vocab: number): Record<string, unknown> => ({
  model_type: 'm2m_100',
  architectures: ['M2M100ForConditionalGeneration'],
  d_model: h,
  encoder_layers: layers,
  decoder_layers: layers,
  encoder_attention_heads: 16,
  decoder_attention_heads: 16,
  encoder_ffn_dim: ffn,
  decoder_ffn_dim: ffn,
  vocab_size: vocab,
  max_position_embeddings: 1024,
  activation_function: 'relu',
  scale_embedding: true,
});

/** LLaVA 1.5 7B as transformers builds it (modeling_llava.py): its config.json's keys, the text rows as given. */
const llava15 = (vocab: number): Record<string, unknown> => ({
  model_type: 'llava',
  architectures: ['LlavaForConditionalGeneration'],
  projector_hidden_act: 'gelu',
  text_config: { model_type: 'llama', architectures: ['LlamaForCausalLM'], max_position_embeddings: 4096, rms_norm_eps: 1e-5, vocab_size: vocab },
  vision_config: {
    model_type: 'clip_vision_model',
    hidden_size: 1024,
    image_size: 336,
    intermediate_size: 4096,
    num_attention_heads: 16,
    num_hidden_layers: 24,
    patch_size: 14,
    projection_dim: 768,
  },
  vision_feature_layer: -2,
  vision_feature_select_strategy: 'default',
  tie_word_embeddings: false,
  vocab_size: vocab,
});

/** LLaVA-NeXT on Mistral 7B Instruct v0.2 (LlavaNextConfig: llava15's tower and projector, Mistral's text_config, image_newline). */
const llavaNextMistral = (vocab: number): Record<string, unknown> => ({
  ...llava15(vocab),
  model_type: 'llava_next',
  architectures: ['LlavaNextForConditionalGeneration'],
  image_grid_pinpoints: [
    [336, 672],
    [672, 336],
    [672, 672],
    [1008, 336],
    [336, 1008],
  ],
  text_config: {
    model_type: 'mistral',
    architectures: ['MistralForCausalLM'],
    hidden_size: 4096,
    intermediate_size: 14336,
    num_hidden_layers: 32,
    num_attention_heads: 32,
    num_key_value_heads: 8,
    max_position_embeddings: 32768,
    rms_norm_eps: 1e-5,
    rope_theta: 1000000,
    sliding_window: null,
    tie_word_embeddings: false,
    vocab_size: vocab,
  },
});

/**
 * Mamba (state-spaces/mamba-*-hf, MambaForCausalLM: test/fixtures/hf_config_hybrid/mamba-2.8b-hf.config.json's keys at each
 * size): d_in 2·h, state 16, Δ rank ⌈h / 16⌉, conv 4 with its bias, RMSNorms, 50,280 rows tied (GPT-NeoX's tokenizer padded to 8).
 */
const mamba1 = (h: number, L: number): Record<string, unknown> => ({
  model_type: 'mamba',
  architectures: ['MambaForCausalLM'],
  hidden_size: h,
  intermediate_size: 2 * h,
  num_hidden_layers: L,
  n_layer: L,
  state_size: 16,
  conv_kernel: 4,
  expand: 2,
  time_step_rank: Math.ceil(h / 16),
  use_bias: false,
  use_conv_bias: true,
  rms_norm: true,
  vocab_size: 50280,
  pad_vocab_size_multiple: 8,
  tie_word_embeddings: true,
});

export const MODELS: readonly CatalogueEntry[] = [
  // (Vicuna v1.5 7B / 13B: "fine-tuned from Llama 2", lmsys's model cards; their config.json Llama 2's shapes and 32,000 tokens.
  // Taiwan-LLM 7B v2.0 / v2.0.1 / v2.1 and Taiwan-LLaMa v1.0 (yentinglin), and Vigogne 2 7B Chat (bofenghuang): the same, their
  // config.json.)
  {
    id: 'meta-llama/Llama-2-7b-hf',
    aliases: [
      'lmsys/vicuna-7b-v1.5',
      'llama2-7b',
      'llama-2-7b',
      'Llama-2-7b',
      'torchtitan:llama2:7B',
      'yentinglin/Taiwan-LLM-7B-v2.0-chat',
      'yentinglin/Taiwan-LLM-7B-v2.0-base',
      'yentinglin/Taiwan-LLM-7B-v2.0.1-chat',
      'yentinglin/Taiwan-LLM-7B-v2.1-chat',
      'bofenghuang/vigogne-2-7b-chat',
    ],
    config: llama(32, 4096, 32, 32, 11008, 32000, 4096),
  },
  // Orca 2 7B (microsoft/Orca-2-7b, Llama 2 7B fine-tuned): its config.json, Llama 2 7B's shapes with 32,003 tokens;
  // 6,738,440,192 parameters.
  {
    id: 'microsoft/Orca-2-7b',
    aliases: ['Orca-2-7b'],
    config: llama(32, 4096, 32, 32, 11008, 32003, 4096),
  },
  // Meditron 7B (epfl-llm/meditron-7b, Llama 2 7B pretrained further on medical text): its config.json, Llama 2 7B's shapes
  // with 32,017 tokens and 2,048 positions; 6,738,554,880 parameters.
  {
    id: 'epfl-llm/meditron-7b',
    aliases: ['meditron-7b'],
    config: llama(32, 4096, 32, 32, 11008, 32017, 2048),
  },
  {
    id: 'meta-llama/Llama-2-13b-hf',
    aliases: ['lmsys/vicuna-13b-v1.5', 'llama2-13b', 'llama-2-13b', 'Llama-2-13b', 'torchtitan:llama2:13B', 'yentinglin/Taiwan-LLaMa-v1.0'],
    config: llama(40, 5120, 40, 40, 13824, 32000, 4096),
  },
  {
    id: 'meta-llama/Llama-2-70b-hf',
    aliases: ['llama2-70b', 'llama-2-70b', 'Llama-2-70b', 'torchtitan:llama2:70B'],
    config: llama(80, 8192, 64, 8, 28672, 32000, 4096),
  },
  // Code Llama 7B / 13B (codellama/*-hf config.json): Llama 2's layers, 16,384 positions, rope_theta 10⁶, and 32,016 tokens (16 for
  // infilling: the -Python releases have 32,000 and are not these entries): 6,738,546,688 and 13,016,028,160 ("6.74B", "13B").
  {
    id: 'codellama/CodeLlama-7b-hf',
    aliases: ['codellama-7b', 'CodeLlama-7b', 'codellama/CodeLlama-7b-Instruct-hf'],
    config: { ...llama(32, 4096, 32, 32, 11008, 32016, 16384), rope_theta: 1000000 },
  },
  {
    id: 'codellama/CodeLlama-13b-hf',
    aliases: ['codellama-13b', 'CodeLlama-13b', 'codellama/CodeLlama-13b-Instruct-hf'],
    config: { ...llama(40, 5120, 40, 40, 13824, 32016, 16384), rope_theta: 1000000 },
  },
  // Code Llama 34B (params.json: 48 × 8192, 64 heads, 8 KV heads, its MLP 22,016, 32,000 tokens, no infilling): 33,743,970,304
  // ("34B").
  {
    id: 'codellama/CodeLlama-34b-hf',
    aliases: ['codellama-34b', 'CodeLlama-34b', 'codellama/CodeLlama-34b-Instruct-hf', 'codellama/CodeLlama-34b-Python-hf'],
    config: { ...llama(48, 8192, 64, 8, 22016, 32000, 16384), rope_theta: 1000000 },
  },
  // DeepSeek Coder 1.3B / 6.7B (deepseek-ai/deepseek-coder-*-base and -instruct, LlamaForCausalLM): 32,256 tokens, 16,384
  // positions (linear RoPE scaling 4 of 4,096), untied; 1.3B 24 × 2048 with an MLP of 5,504: 1,346,471,936 and 6,740,512,768
  // ("1.35B", "6.74B").
  {
    id: 'deepseek-ai/deepseek-coder-6.7b-base',
    aliases: ['deepseek-coder-6.7b', 'deepseek-ai/deepseek-coder-6.7b-instruct', 'deepseek-coder-6.7b-instruct'],
    config: { ...llama(32, 4096, 32, 32, 11008, 32256, 16384), rope_theta: 100000, rope_scaling: { type: 'linear', factor: 4.0 } },
  },
  {
    id: 'deepseek-ai/deepseek-coder-1.3b-base',
    aliases: ['deepseek-coder-1.3b', 'deepseek-ai/deepseek-coder-1.3b-instruct', 'deepseek-coder-1.3b-instruct'],
    config: { ...llama(24, 2048, 16, 16, 5504, 32256, 16384), rope_theta: 100000, rope_scaling: { type: 'linear', factor: 4.0 } },
  },
  // SOLAR 10.7B (upstage; Mistral-7B's layers depth-up-scaled to 48, its config.json LlamaForCausalLM with 8 KV heads, 32,000
  // tokens): 10,731,524,096 ("10.7B").
  {
    id: 'upstage/SOLAR-10.7B-v1.0',
    aliases: ['solar-10.7b', 'SOLAR-10.7B', 'upstage/SOLAR-10.7B-Instruct-v1.0'],
    config: llama(48, 4096, 32, 8, 14336, 32000, 4096),
  },
  // InternLM (internlm/internlm-chat-7b, -chat-20b; InternLMForCausalLM, their config.json on the Hub): Llama's layers with biased
  // q/k/v/o on the 7B (`bias`), 103,168 tokens, untied; ModelScope keeps them as Shanghai_AI_Laboratory/internlm-chat-7b.
  ...(
    [
      ['7b', 32, 4096, 32, 11008, true, 2048],
      ['20b', 60, 5120, 40, 13824, false, 4096],
    ] as const
  ).map(([size, L, h, a, f, bias, maxPos]) => ({
    id: `internlm/internlm-chat-${size}`,
    aliases: [`internlm-chat-${size}`, `Shanghai_AI_Laboratory/internlm-chat-${size}`],
    config: {
      model_type: 'internlm',
      architectures: ['InternLMForCausalLM'],
      hidden_size: h,
      intermediate_size: f,
      num_attention_heads: a,
      num_hidden_layers: L,
      vocab_size: 103168,
      bias,
      max_position_embeddings: maxPos,
      tie_word_embeddings: false,
    },
  })),
  // InternLM2 / 2.5 7B (internlm/internlm2-7b, -chat, internlm2_5-7b-chat; InternLM2ForCausalLM): 32 × 4096, 8 KV heads in the
  // fused wqkv, SwiGLU of 14,336, 92,544 tokens, untied: 7,737,708,544 ("7.74B").
  {
    id: 'internlm/internlm2-7b',
    aliases: ['internlm2-7b', 'internlm/internlm2-chat-7b', 'internlm/internlm2_5-7b-chat', 'internlm/internlm2_5-7b', 'internlm2_5-7b-chat'],
    config: {
      model_type: 'internlm2',
      architectures: ['InternLM2ForCausalLM'],
      hidden_size: 4096,
      intermediate_size: 14336,
      num_attention_heads: 32,
      num_key_value_heads: 8,
      num_hidden_layers: 32,
      vocab_size: 92544,
      bias: false,
      max_position_embeddings: 32768,
      tie_word_embeddings: false,
    },
  },
  // StableLM-3B-4E1T (stabilityai; StableLmForCausalLM as transformers ports it): 32 × 2560, 32 heads, SwiGLU of 6,912, LayerNorms
  // with biases, partial rotary 25 %, untied 50,304 rows: its model card's 2,795,443,200.
  {
    id: 'stabilityai/stablelm-3b-4e1t',
    aliases: ['stablelm-3b-4e1t'],
    config: {
      model_type: 'stablelm',
      architectures: ['StableLmForCausalLM'],
      hidden_size: 2560,
      intermediate_size: 6912,
      num_hidden_layers: 32,
      num_attention_heads: 32,
      num_key_value_heads: 32,
      vocab_size: 50304,
      max_position_embeddings: 4096,
      partial_rotary_factor: 0.25,
      use_qkv_bias: false,
      layer_norm_eps: 1e-5,
      tie_word_embeddings: false,
    },
  },
  // Mamba 130M, 370M, 790M, 1.4B and 2.8B (state-spaces; the -hf conversions and the originals, mamba_ssm's MambaLMHeadModel of
  // the same shapes: d_model and n_layer in its config.json, 768 × 24, 1024 × 48, 1536 × 48, 2048 × 48, 2560 × 64): 129,135,360,
  // 371,516,416, 793,204,224, 1,372,178,432 and 2,768,345,600 as transformers counts them (2.8B's is GROUND_TRUTH's).
  { id: 'state-spaces/mamba-130m-hf', aliases: ['mamba-130m-hf', 'state-spaces/mamba-130m', 'mamba-130m'], config: mamba1(768, 24) },
  { id: 'state-spaces/mamba-370m-hf', aliases: ['mamba-370m-hf', 'state-spaces/mamba-370m', 'mamba-370m'], config: mamba1(1024, 48) },
  { id: 'state-spaces/mamba-790m-hf', aliases: ['mamba-790m-hf', 'state-spaces/mamba-790m', 'mamba-790m'], config: mamba1(1536, 48) },
  { id: 'state-spaces/mamba-1.4b-hf', aliases: ['mamba-1.4b-hf', 'state-spaces/mamba-1.4b', 'mamba-1.4b'], config: mamba1(2048, 48) },
  { id: 'state-spaces/mamba-2.8b-hf', aliases: ['mamba-2.8b-hf', 'state-spaces/mamba-2.8b', 'mamba-2.8b'], config: mamba1(2560, 64) },
  // Qwen (1) 1.8B (Qwen/Qwen-1_8B, -Chat; its model card: 24 layers, 16 heads, d_model 2,048, 151,851 tokens in 151,936 rows):
  // Qwen-7B's layers at 24 × 2048, w1 and w2 each half of intermediate_size 11,008, untied: 1,836,828,672 ("1.84B").
  {
    id: 'Qwen/Qwen-1_8B',
    aliases: ['qwen-1_8b', 'qwen-1.8b', 'Qwen/Qwen-1_8B-Chat', 'qwen-1_8b-chat', 'qwen-1.8b-chat'],
    config: {
      model_type: 'qwen',
      architectures: ['QWenLMHeadModel'],
      hidden_size: 2048,
      intermediate_size: 11008,
      kv_channels: 128,
      num_attention_heads: 16,
      num_hidden_layers: 24,
      vocab_size: 151936,
      no_bias: true,
      seq_length: 8192,
      max_position_embeddings: 8192,
      tie_word_embeddings: false,
    },
  },
  // Qwen (1) 7B (Qwen/Qwen-7B, -Chat; QWenLMHeadModel): 32 × 4096, c_attn biased, w1 and w2 each half of intermediate_size
  // 22,016, 151,936 tokens, untied: 7,721,324,544 ("7.72B").
  {
    id: 'Qwen/Qwen-7B',
    aliases: ['qwen-7b', 'Qwen/Qwen-7B-Chat', 'qwen-7b-chat'],
    config: {
      model_type: 'qwen',
      architectures: ['QWenLMHeadModel'],
      hidden_size: 4096,
      intermediate_size: 22016,
      kv_channels: 128,
      num_attention_heads: 32,
      num_hidden_layers: 32,
      vocab_size: 151936,
      no_bias: true,
      seq_length: 8192,
      max_position_embeddings: 8192,
      tie_word_embeddings: false,
    },
  },
  // Baichuan (Baichuan Intelligence; modeling_baichuan.py BaichuanForCausalLM, model_type baichuan): Llama's layers with a fused
  // W_pack and no biases, untied. Baichuan-7B: 32 × 4,096, SwiGLU of 11,008, 64,000 tokens: its README's n_parameters
  // 7,000,559,616. Baichuan-13B (ALiBi): 40 × 5,120, 13,696, 64,000 tokens. Baichuan 2 (its config.json: the same shapes with
  // 125,696 tokens; its NormHead a plain weight): 7B and 13B, "7B" and "13B" on their model cards.
  baichuan('baichuan-inc/Baichuan-7B', ['baichuan-7b'], 4096, 11008, 32, 64000),
  baichuan('baichuan-inc/Baichuan-13B-Base', ['baichuan-13b', 'baichuan-inc/Baichuan-13B-Chat'], 5120, 13696, 40, 64000),
  baichuan('baichuan-inc/Baichuan2-7B-Base', ['baichuan2-7b', 'baichuan-inc/Baichuan2-7B-Chat'], 4096, 11008, 32, 125696),
  baichuan('baichuan-inc/Baichuan2-13B-Base', ['baichuan2-13b', 'baichuan-inc/Baichuan2-13B-Chat'], 5120, 13696, 40, 125696),
  // Qwen (1) 14B (Qwen/Qwen-14B, -Chat): Qwen-7B's layers at 40 × 5,120 (its model card: 40 layers, 40 heads, d_model 5,120),
  // w1 and w2 each half of intermediate_size 27,392, 152,064 rows: 14,167,290,880 (Qwen1.5-14B's shapes and count).
  {
    id: 'Qwen/Qwen-14B',
    aliases: ['qwen-14b', 'Qwen/Qwen-14B-Chat', 'qwen-14b-chat'],
    config: {
      model_type: 'qwen',
      architectures: ['QWenLMHeadModel'],
      hidden_size: 5120,
      intermediate_size: 27392,
      kv_channels: 128,
      num_attention_heads: 40,
      num_hidden_layers: 40,
      vocab_size: 152064,
      no_bias: true,
      seq_length: 2048,
      max_position_embeddings: 8192,
      tie_word_embeddings: false,
    },
  },
  // The first ChatGLM-6B (THUDM/chatglm-6b; its config.json is test/fixtures/hf_config_2026's): GLM blocks of 28 × 4096, a GELU
  // MLP of 16,384, biased LayerNorms and linears, lm_head tied to its 130,528 rows: 6,173,286,400 ("62 亿参数").
  {
    id: 'THUDM/chatglm-6b',
    aliases: ['chatglm-6b', 'zai-org/chatglm-6b'],
    config: {
      model_type: 'chatglm',
      architectures: ['ChatGLMModel'],
      hidden_size: 4096,
      inner_hidden_size: 16384,
      layernorm_epsilon: 1e-5,
      max_sequence_length: 2048,
      num_attention_heads: 32,
      num_layers: 28,
      position_encoding_2d: true,
      torch_dtype: 'float16',
      vocab_size: 130528,
    },
  },
  // ChatGLM2 / ChatGLM3 6B (THUDM/chatglm3-6b, chatglm2-6b; ChatGLMModel): 28 × 4096, 32 heads of 128 with 2 query groups and a
  // biased fused qkv, SwiGLU of 13,696, RMSNorm, an untied 65,024-token output: 6,243,584,000 ("6.24B"). Both were published at
  // that one size, so a folder named for the family alone (MedicalGPT's models/chatglm3) is it.
  {
    id: 'THUDM/chatglm3-6b',
    aliases: [
      'chatglm3-6b',
      'zai-org/chatglm3-6b',
      'THUDM/chatglm3-6b-base',
      'THUDM/chatglm2-6b',
      'chatglm2-6b',
      'zai-org/chatglm2-6b',
      'chatglm3',
      'chatglm2',
    ],
    config: chatglm(28, 65024, 8192),
  },
  // LLaMA (Touvron et al. 2023, the first release; huggyllama's conversions): Llama 2's layers at 2,048 positions, MHA throughout.
  // (Vicuna v1.3 7B / 13B: "fine-tuned from LLaMA", lmsys's model cards; LLaMA's shapes, 32,000 tokens and 2,048 positions. Also
  // the folder LLaVA's own scripts load them from, ./checkpoints/vicuna-v1-3-7b.)
  llama1('7b', 32, 4096, 32, 11008, ['lmsys/vicuna-7b-v1.3', 'vicuna-7b-v1.3', 'vicuna-v1-3-7b']),
  llama1('13b', 40, 5120, 40, 13824, ['lmsys/vicuna-13b-v1.3', 'vicuna-13b-v1.3', 'vicuna-v1-3-13b']),
  llama1('30b', 60, 6656, 52, 17920, ['llama-33b', 'LLaMA-33B']),
  llama1('65b', 80, 8192, 64, 22016),
  // Yi and Yi-1.5 (01.AI; Llama's layers with GQA, a 64,000-token vocabulary, untied): Yi-1.5-34B's config.json 7,168 × 60
  // layers, 56 heads, 8 KV heads, 20,480 FFN; Yi-9B is Yi-6B deepened to 48 layers.
  yi('34B', 60, 7168, 56, 20480, ['01-ai/Yi-34B-Chat']),
  yi('9B', 48, 4096, 32, 11008),
  yi('6B', 32, 4096, 32, 11008, ['01-ai/Yi-6B-Chat']),
  {
    id: 'meta-llama/Meta-Llama-3-8B',
    // OpenRLHF's SFT of it that OpenRLHF's examples start every RLHF, DPO and reward-model run from (its model table: Llama3-8B
    // SFT on Meta-Llama-3-8B; OpenRLHF's SFT sets the pad token to EOS and keeps the vocabulary).
    aliases: ['llama3-8b', 'llama-3-8b', 'Llama-3-8B', 'torchtitan:llama3:8B', 'OpenRLHF/Llama-3-8b-sft-mixture', 'OpenLLMAI/Llama-3-8b-sft-mixture'],
    config: llama(32, 4096, 32, 8, 14336, 128256, 8192),
  },
  {
    id: 'meta-llama/Meta-Llama-3-70B',
    aliases: ['llama3-70b', 'llama-3-70b', 'Llama-3-70B', 'torchtitan:llama3:70B'],
    config: llama(80, 8192, 64, 8, 28672, 128256, 8192),
  },
  {
    id: 'meta-llama/Llama-3.1-8B',
    aliases: [
      'llama3.1-8b',
      'llama-3.1-8b',
      'Meta-Llama-3.1-8B',
      'NousResearch/Meta-Llama-3.1-8B',
      'deepseek-ai/DeepSeek-R1-Distill-Llama-8B',
      // Nous Research's full fine-tune of Llama 3.1 8B (its special tokens take Llama 3.1's reserved ones: the same 128,256).
      'NousResearch/Hermes-3-Llama-3.1-8B',
      // NVIDIA's "derivative of Meta Llama-3.1-8B-Instruct" (its model card), post-trained, the same shapes; Llama Guard 3 8B,
      // "a Llama-3.1-8B pretrained model, fine-tuned" (its model card).
      'nvidia/Llama-3.1-Nemotron-Nano-8B-v1',
      'meta-llama/Llama-Guard-3-8B',
      // NVIDIA's OpenMath2, "finetuned from Llama3.1-8B-Base" (its model card).
      'nvidia/OpenMath2-Llama3.1-8B',
      // AMD Silo AI and TurkuNLP's Poro 2 8B: "based on the Llama 3.1 8B architecture", continued pretraining of Llama 3.1 8B
      // with its tokenizer; its card's table gives n_parameters 8.03B.
      'LumiOpen/Llama-Poro-2-8B-base',
      'LumiOpen/Llama-Poro-2-8B-Instruct',
    ],
    config: llama(32, 4096, 32, 8, 14336, 128256, 131072),
  },
  // Llama 3.2 1B / 3B: tied embeddings, head_dim 64 / 128 (their config.json on the Hub).
  {
    id: 'meta-llama/Llama-3.2-1B',
    aliases: ['llama3.2-1b', 'llama-3.2-1b', 'Llama-3.2-1B'],
    config: { ...llama(16, 2048, 32, 8, 8192, 128256, 131072), head_dim: 64, tie_word_embeddings: true },
  },
  {
    id: 'meta-llama/Llama-3.2-3B',
    aliases: ['llama3.2-3b', 'llama-3.2-3b', 'Llama-3.2-3B'],
    config: { ...llama(28, 3072, 24, 8, 8192, 128256, 131072), head_dim: 128, tie_word_embeddings: true },
  },
  {
    id: 'meta-llama/Llama-3.1-70B',
    aliases: [
      'llama3.1-70b',
      'llama-3.1-70b',
      'Meta-Llama-3.1-70B',
      'meta-llama/Llama-3.3-70B-Instruct',
      'llama3.3-70b',
      'llama-3.3-70b',
      'Llama-3.3-70B',
      'deepseek-ai/DeepSeek-R1-Distill-Llama-70B',
    ],
    config: llama(80, 8192, 64, 8, 28672, 128256, 131072),
  },
  {
    id: 'meta-llama/Llama-3.1-405B',
    aliases: ['llama3.1-405b', 'llama-3.1-405b', 'llama3-405b', 'Meta-Llama-3.1-405B', 'torchtitan:llama3:405B'],
    config: llama(126, 16384, 128, 8, 53248, 128256, 131072),
  },
  {
    id: 'TinyLlama/TinyLlama-1.1B',
    // (Unsloth's upload of it: unsloth/tinyllama, -bnb-4bit.)
    aliases: [
      'tiny-llama-1.1b',
      'tiny-llama',
      'tinyllama-1.1b',
      'TinyLlama/TinyLlama_v1.1',
      'TinyLlama/TinyLlama-1.1B-intermediate-step-1431k-3T',
      'unsloth/tinyllama',
    ],
    config: llama(22, 2048, 32, 4, 5632, 32000, 2048),
  },
  // BLOOM (bigscience/bloom-*, BloomConfig's keys: heads of 64 but the 176B's 112 of 128, vocabulary 250,880) and the bloomz
  // fine-tunes of the same shapes: the model cards' 559,214,592, 1,065,314,304, 1,722,408,960, 3,002,557,440, 7,069,016,064 and
  // 176,247,271,424 parameters.
  ...(
    [
      ['560m', 24, 1024, 16],
      ['1b1', 24, 1536, 16],
      ['1b7', 24, 2048, 16],
      ['3b', 30, 2560, 32],
      ['7b1', 30, 4096, 32],
    ] as const
  ).map(([size, L, h, a]) => ({
    id: `bigscience/bloom-${size}`,
    aliases: [`bloom-${size}`, `bigscience/bloomz-${size}`, `bloomz-${size}`],
    config: { model_type: 'bloom', architectures: ['BloomForCausalLM'], n_layer: L, hidden_size: h, n_head: a, vocab_size: 250880 },
  })),
  {
    id: 'bigscience/bloom',
    aliases: ['bloom-176b', 'bigscience/bloomz', 'bloomz'],
    config: { model_type: 'bloom', architectures: ['BloomForCausalLM'], n_layer: 70, hidden_size: 14336, n_head: 112, vocab_size: 250880 },
  },
  // BTLM-3B-8K (cerebras/btlm-3b-8k-base, its config.json: test/fixtures/hf_config_2025): 2,646,255,744, the card's "3 billion".
  {
    id: 'cerebras/btlm-3b-8k-base',
    aliases: ['btlm-3b-8k-base', 'btlm-3b-8k'],
    config: {
      model_type: 'btlm',
      architectures: ['BTLMLMHeadModel'],
      n_layer: 32,
      n_embd: 2560,
      n_head: 32,
      n_inner: 6826,
      n_positions: 8192,
      vocab_size: 50257,
      activation_function: 'swiglu',
      position_embedding_type: 'alibi',
    },
  },
  // Qwen-VL-Chat (Qwen/Qwen-VL-Chat; test/fixtures/hf_config_2025/qwen-vl-chat.config.json, its architecture as a merged
  // fine-tune saves it): Qwen's 7.7B language model and visual.py's ViT-bigG with its Resampler: 9,656,935,168 (the paper's
  // "9.6B"). Qwen-VL, the pretrained model, has the same shapes. ms-swift 1.x names it qwen-vl-chat.
  {
    id: 'Qwen/Qwen-VL-Chat',
    aliases: ['qwen-vl-chat', 'Qwen/Qwen-VL', 'qwen-vl', 'Qwen-VL-Chat'],
    config: {
      architectures: ['QWenLMHeadModel'],
      model_type: 'qwen',
      hidden_size: 4096,
      intermediate_size: 22016,
      kv_channels: 128,
      max_position_embeddings: 8192,
      no_bias: true,
      num_attention_heads: 32,
      num_hidden_layers: 32,
      rotary_emb_base: 10000,
      rotary_pct: 1.0,
      seq_length: 2048,
      tie_word_embeddings: false,
      torch_dtype: 'bfloat16',
      vocab_size: 151936,
      visual: { heads: 16, image_size: 448, image_start_id: 151857, layers: 48, mlp_ratio: 4.9231, output_dim: 4096, patch_size: 14, width: 1664 },
      layer_norm_epsilon: 1e-6,
    },
  },
  // YandexGPT 5 Lite 8B (yandex/YandexGPT-5-Lite-8B-pretrain; its own config.json's text is not public here: the architecture as
  // a fine-tune of it saves it, IlyaGusev/saiga_yandexgpt_8b, and as the GGUF metadata of a LoRA on it gives it, the two agreeing):
  // Llama's layers at 32 × 4,096, 32 heads of 8 KV groups of 128, MLP 14,336, 129,024 tokens, untied: 8,036,552,704 ("8B"; its
  // four bf16 shards hold 16.07 GB).
  {
    id: 'yandex/YandexGPT-5-Lite-8B-pretrain',
    aliases: ['YandexGPT-5-Lite-8B-pretrain'],
    config: { ...llama(32, 4096, 32, 8, 14336, 129024, 32768), rope_theta: 500000, rms_norm_eps: 1e-6 },
  },
  // GeM2-Llamion 14B (vaiv/GeM2-Llamion-14B-Chat and -Base; its config.json on the Hub): Llama's layers at 40 × 5,120, 40 heads
  // without grouping, MLP 15,360, 84,608 tokens, untied: 14,498,288,640 (its six bf16 shards hold 29.0 GB; no count published).
  {
    id: 'vaiv/GeM2-Llamion-14B-Chat',
    aliases: ['GeM2-Llamion-14B-Chat', 'vaiv/GeM2-Llamion-14B-Base', 'GeM2-Llamion-14B-Base'],
    config: llama(40, 5120, 40, 40, 15360, 84608, 4096),
  },
  // LiteLlama-460M-1T (ahxt/LiteLlama-460M-1T; its config.json as Xenova's copy saves it): Llama's layers at 24 × 1,024, 16 heads of
  // 2 KV groups, MLP 4,096, GPT-NeoX's 50,304 tokens, untied: 461,685,760 ("460M").
  { id: 'ahxt/LiteLlama-460M-1T', aliases: ['LiteLlama-460M-1T'], config: llama(24, 1024, 16, 2, 4096, 50304, 1024) },
  // MicroLlama (LitGPT's micro-llama-300M, its config_hub pretrain recipe: TinyLlama's layers at 12 × 1,024, 16 heads of 4 groups):
  // 304,636,928.
  { id: 'keeeeenw/MicroLlama', aliases: ['micro-llama-300M', 'micro-llama-300m', 'MicroLlama'], config: llama(12, 1024, 16, 4, 5632, 32000, 2048) },
  // OpenLLaMA 3B v1 / v2 (their config.json: Llama's layers, 26 × 3200, MLP 8640, 32 heads, vocabulary 32,000, untied): 3,426,473,600.
  {
    id: 'openlm-research/open_llama_3b_v2',
    aliases: ['open_llama_3b_v2', 'open-llama-3b-v2', 'openlm-research/open_llama_3b', 'open_llama_3b'],
    config: llama(26, 3200, 32, 32, 8640, 32000, 2048),
  },
  {
    id: 'mistralai/Mistral-7B-v0.1',
    // v0.2 and v0.3 keep v0.1's shapes (v0.3 grows the vocabulary to 32768: a separate entry would be needed).
    // Zephyr 7B β (HuggingFaceH4): "a fine-tuned version of mistralai/Mistral-7B-v0.1" (its model card), the same 32,000 tokens;
    // the alignment handbook's zephyr-7b-sft-full (its config.json: MistralForCausalLM, 32 × 4096, 8 KV heads, 14,336, 32,000
    // tokens) and zephyr-7b-sft-qlora (a LoRA adapter whose adapter_config.json names mistralai/Mistral-7B-v0.1 as its base).
    aliases: [
      'mistral-7b',
      'Mistral-7B-v0.1',
      'mistral-7b-v0.2',
      'Mistral-7B-v0.2',
      'HuggingFaceH4/zephyr-7b-beta',
      'alignment-handbook/zephyr-7b-sft-full',
      'alignment-handbook/zephyr-7b-sft-qlora',
      // (BioMistral 7B: Mistral-7B-Instruct-v0.1 further pre-trained on PubMed Central, its model card; the same shapes.)
      'BioMistral/BioMistral-7B',
    ],
    config: { ...llama(32, 4096, 32, 8, 14336, 32000, 32768), model_type: 'mistral', architectures: ['MistralForCausalLM'], sliding_window: 4096 },
  },
  // TinyMistral-248M v2.5 Instruct (Locutusque; its config.json, test/fixtures/hf_config_2026's: Mistral's layers, 12 × 1024,
  // 8 KV heads, 4,096 wide, 32,005 tokens, untied, a 32-token window): 248,024,064 (its name's 248M).
  {
    id: 'Locutusque/TinyMistral-248M-v2.5-Instruct',
    aliases: ['TinyMistral-248M-v2.5-Instruct'],
    config: {
      ...llama(12, 1024, 32, 8, 4096, 32005, 32768),
      model_type: 'mistral',
      architectures: ['MistralForCausalLM'],
      sliding_window: 32,
      rms_norm_eps: 1e-6,
    },
  },
  // SantaCoder (bigcode/santacoder, and its port to transformers' GPTBigCode, bigcode/gpt_bigcode-santacoder, whose config.json
  // is test/fixtures/hf_config_2026's): 24 × 2048 with multi-query attention, 8,192 wide, 49,280 tokens tied, 2,048 learned
  // positions: 1,124,886,528 (its paper's 1.1B).
  {
    id: 'bigcode/gpt_bigcode-santacoder',
    aliases: ['bigcode/santacoder', 'santacoder', 'gpt_bigcode-santacoder'],
    config: bigcode(24, 2048, 16, 49280, 2048),
  },
  // StarCoder and StarCoderBase (bigcode/starcoder, bigcode/starcoderbase; "StarCoder: may the source be with you!", table 1 and its
  // config.json): SantaCoder's layers at 40 × 6,144 of 48 heads, multi-query, an FFN of 24,576, 49,152 tokens tied, 8,192 learned
  // positions: 15,517,456,384 (the paper's 15.5B).
  { id: 'bigcode/starcoder', aliases: ['starcoder', 'bigcode/starcoderbase', 'starcoderbase'], config: bigcode(40, 6144, 48, 49152, 8192) },
  // Chinese-LLaMA-2 / Chinese-Alpaca-2 7B (hfl; its config.json, test/fixtures/hf_config_2026's): Llama 2 7B's layers on a
  // vocabulary grown to 55,296, untied, 4,096 positions: Llama 2 7B's 6,738,415,616 and 2 × 23,296 × 4,096 rows more,
  // 6,929,256,448 (its README's 12.9 GB in fp16).
  {
    id: 'hfl/chinese-llama-2-7b',
    aliases: ['chinese-llama-2-7b', 'hfl/chinese-alpaca-2-7b', 'chinese-alpaca-2-7b'],
    config: llama(32, 4096, 32, 32, 11008, 55296, 4096),
  },
  // Typhoon-7B (SCB 10X): Mistral-7B-v0.1 continued-pretrained on Thai with a tokenizer of 35,219 tokens (its config.json:
  // MistralForCausalLM, 32 × 4096, 8 KV heads, 14,336, 32,768 positions, untied). Mistral-7B's 7,241,732,096 and
  // 2 × 3,219 × 4,096 rows more: 7,268,102,144 (SCB 10X: 7B).
  {
    id: 'scb10x/typhoon-7b',
    aliases: ['typhoon-7b'],
    config: { ...llama(32, 4096, 32, 8, 14336, 35219, 32768), model_type: 'mistral', architectures: ['MistralForCausalLM'], sliding_window: 4096 },
  },
  {
    id: 'mistralai/Mixtral-8x7B-v0.1',
    aliases: ['mixtral-8x7b', 'Mixtral-8x7B-v0.1'],
    config: mixtral(32, 4096, 32, 8, 14336, 32000, 32768),
  },
  // Qwen1.5 0.5B–110B (their config.json on the Hub): Qwen2's layers (biased q, k, v), as many key/value heads as queries
  // up to 14B and in 72B, 8 in 32B and 110B; 151,936 tokens up to 7B, 152,064 from 14B; 0.5B ties its embeddings.
  qwen15('0.5B', 24, 1024, 16, 16, 2816, 151936, true),
  qwen15('1.8B', 24, 2048, 16, 16, 5504, 151936),
  qwen15('4B', 40, 2560, 20, 20, 6912, 151936),
  qwen15('7B', 32, 4096, 32, 32, 11008, 151936),
  qwen15('14B', 40, 5120, 40, 40, 13696, 152064),
  qwen15('32B', 64, 5120, 40, 8, 27392, 152064),
  qwen15('110B', 80, 8192, 64, 8, 49152, 152064),
  // (72B: 72.3B.)
  qwen15('72B', 80, 8192, 64, 64, 24576, 152064),
  // Mistral 7B v0.3: v0.1's layers, a vocabulary of 32,768 and no sliding window (its config.json on the Hub).
  {
    id: 'mistralai/Mistral-7B-v0.3',
    aliases: ['mistral-7b-v0.3', 'Mistral-7B-v0.3', 'mistralai/Mistral-7B-Instruct-v0.3'],
    config: { ...llama(32, 4096, 32, 8, 14336, 32768, 32768), model_type: 'mistral', architectures: ['MistralForCausalLM'] },
  },
  // Mixtral 8x22B (its config.json on the Hub; Mistral AI: 141B parameters, 39B active).
  {
    id: 'mistralai/Mixtral-8x22B-v0.1',
    aliases: ['mixtral-8x22b', 'Mixtral-8x22B-v0.1'],
    config: mixtral(56, 6144, 48, 8, 16384, 32000, 65536),
  },
  // Nemotron-4 (arXiv 2402.16819, 2406.11704; NeMo's Nemotron4Config15B / 340B, read as transformers' nemotron type of their
  // Hugging Face conversions): squared-ReLU MLP, LayerNorm1P, GQA with 8 groups, RoPE on half of each head, 256,000 tokens,
  // untied. The papers: 15B = 3.2B embedding + 12.5B other; 340B = 9.4B embedding + 331.6B other.
  {
    id: 'nvidia/Nemotron-4-15B',
    aliases: ['nemotron4-15b', 'nemotron-4-15b', 'thhaus/nemotron4-15b-base-hf'],
    config: { ...nemotron4(32, 6144, 48, 24576) },
  },
  {
    id: 'nvidia/Nemotron-4-340B-Base',
    aliases: ['nemotron4-340b', 'nemotron-4-340b', 'mgoin/Nemotron-4-340B-Base-hf'],
    config: { ...nemotron4(96, 18432, 96, 73728) },
  },
  // Nemotron 3 Nano 30B-A3B (NemotronHForCausalLM, its config.json): 52 layers of 2688 by hybrid_override_pattern, 23 Mamba-2
  // (64 heads × 64, 8 groups, state 128), 23 MoE (128 relu² experts of 1856, top 6, a shared expert of 3712), 6 attention (32 heads,
  // 2 KV, d 128); vocabulary 131,072, untied. The Base and FP8 releases keep its shapes.
  {
    id: 'nvidia/NVIDIA-Nemotron-3-Nano-30B-A3B-BF16',
    aliases: [
      'nvidia/NVIDIA-Nemotron-3-Nano-30B-A3B-Base-BF16',
      'nvidia/NVIDIA-Nemotron-3-Nano-30B-A3B-FP8',
      'NVIDIA-Nemotron-3-Nano-30B-A3B',
      'unsloth/Nemotron-3-Nano-30B-A3B',
      'nemotron-3-nano-30b-a3b',
      // (The name users shorten it to, the family's only 30B: an adapter's base_model_name_or_path "nvidia/Nemotron-3-Nano-30B".)
      'nvidia/Nemotron-3-Nano-30B',
    ],
    config: {
      model_type: 'nemotron_h',
      architectures: ['NemotronHForCausalLM'],
      hidden_size: 2688,
      num_hidden_layers: 52,
      hybrid_override_pattern: 'MEMEM*EMEMEM*EMEMEM*EMEMEM*EMEMEM*EMEMEMEM*EMEMEMEME',
      num_attention_heads: 32,
      num_key_value_heads: 2,
      head_dim: 128,
      mamba_num_heads: 64,
      mamba_head_dim: 64,
      n_groups: 8,
      ssm_state_size: 128,
      conv_kernel: 4,
      n_routed_experts: 128,
      num_experts_per_tok: 6,
      moe_intermediate_size: 1856,
      n_shared_experts: 1,
      moe_shared_expert_intermediate_size: 3712,
      intermediate_size: 1856,
      vocab_size: 131072,
      max_position_embeddings: 262144,
      tie_word_embeddings: false,
    },
  },
  // GPT-3 175B (Brown et al. 2020, Table 2.1: 96 layers, d_model 12,288, 96 heads, 2,048 tokens; GPT-2's layers and BPE),
  // as Megatron-LM and NeMo (GPTConfig175B) train it.
  { id: 'gpt3-175b', aliases: ['gpt-3-175b', 'GPT3-175B'], config: { ...gpt2(96, 12288, 96), n_positions: 2048 } },
  // Qwen2 / Qwen2.5 0.5B: tied embeddings (their config.json on the Hub); 494,032,768 parameters.
  {
    id: 'Qwen/Qwen2.5-0.5B',
    aliases: ['Qwen/Qwen2.5-Coder-0.5B', 'qwen2.5-0.5b', 'Qwen2.5-0.5B', 'Qwen/Qwen2-0.5B', 'qwen2-0.5b', 'Qwen2-0.5B'],
    config: { ...llama(24, 896, 14, 2, 4864, 151936, 32768), model_type: 'qwen2', architectures: ['Qwen2ForCausalLM'], tie_word_embeddings: true },
  },
  // Qwen2.5 1.5B–72B (their config.json on the Hub; the small ones tie their embeddings). Qwen2's 1.5B, 7B and 72B have the same shapes.
  {
    id: 'Qwen/Qwen2.5-1.5B',
    aliases: ['Qwen/Qwen2.5-Coder-1.5B', 'qwen2.5-1.5b', 'Qwen2.5-1.5B', 'Qwen/Qwen2-1.5B', 'qwen2-1.5b'],
    config: { ...llama(28, 1536, 12, 2, 8960, 151936, 32768), model_type: 'qwen2', architectures: ['Qwen2ForCausalLM'], tie_word_embeddings: true },
  },
  {
    id: 'Qwen/Qwen2.5-3B',
    aliases: ['Qwen/Qwen2.5-Coder-3B', 'qwen2.5-3b', 'Qwen2.5-3B'],
    config: { ...llama(36, 2048, 16, 2, 11008, 151936, 32768), model_type: 'qwen2', architectures: ['Qwen2ForCausalLM'], tie_word_embeddings: true },
  },
  {
    id: 'Qwen/Qwen2.5-14B',
    aliases: ['Qwen/Qwen2.5-Coder-14B', 'qwen2.5-14b', 'Qwen2.5-14B', 'deepseek-ai/DeepSeek-R1-Distill-Qwen-14B'],
    config: { ...llama(48, 5120, 40, 8, 13824, 152064, 131072), model_type: 'qwen2', architectures: ['Qwen2ForCausalLM'] },
  },
  {
    id: 'Qwen/Qwen2.5-32B',
    // QwQ-32B is a Qwen2.5-32B (its model card: 64 layers, 40 / 8 heads, 32.5B).
    aliases: ['Qwen/Qwen2.5-Coder-32B', 'qwen2.5-32b', 'Qwen2.5-32B', 'deepseek-ai/DeepSeek-R1-Distill-Qwen-32B', 'Qwen/QwQ-32B', 'QwQ-32B'],
    config: { ...llama(64, 5120, 40, 8, 27648, 152064, 131072), model_type: 'qwen2', architectures: ['Qwen2ForCausalLM'] },
  },
  // Sailor2 8B (sail/Sailor2-8B's config.json, test/fixtures/hf_config_2026's: Qwen2.5-7B widened to 32 layers of 3,584, 28 / 4
  // heads, SwiGLU 18,944, 151,936 tokens untied): 8,546,930,176, its 17.09 GB of bf16 weights; its chat release keeps the shapes.
  {
    id: 'sail/Sailor2-8B',
    aliases: ['sail/Sailor2-8B-Chat', 'Sailor2-8B', 'Sailor2-8B-Chat'],
    config: { ...llama(32, 3584, 28, 4, 18944, 151936, 131072), model_type: 'qwen2', architectures: ['Qwen2ForCausalLM'], rms_norm_eps: 1e-6 },
  },
  {
    id: 'Qwen/Qwen2.5-72B',
    aliases: ['qwen2.5-72b', 'Qwen2.5-72B', 'Qwen/Qwen2-72B', 'qwen2-72b'],
    config: { ...llama(80, 8192, 64, 8, 29568, 152064, 131072), model_type: 'qwen2', architectures: ['Qwen2ForCausalLM'] },
  },
  {
    id: 'Qwen/Qwen2.5-7B',
    aliases: [
      'Qwen/Qwen2.5-Coder-7B',
      'qwen2.5-7b',
      'Qwen2.5-7B',
      'deepseek-ai/DeepSeek-R1-Distill-Qwen-7B',
      'Qwen/Qwen2.5-Math-7B',
      // RL and distillation runs from Qwen2.5-Math-7B (PRIME's Eurus-2-7B via Eurus-2-7B-SFT, open-r1's OpenR1-Qwen-7B: their model
      // cards) and the 1M-context Qwen2.5-7B-Instruct keep its shapes.
      'PRIME-RL/Eurus-2-7B-PRIME',
      'PRIME-RL/Eurus-2-7B-SFT',
      'open-r1/OpenR1-Qwen-7B',
      'Qwen/Qwen2.5-7B-Instruct-1M',
      'Qwen/Qwen2-7B',
      'qwen2-7b',
    ],
    config: { ...llama(28, 3584, 28, 4, 18944, 152064, 131072), model_type: 'qwen2', architectures: ['Qwen2ForCausalLM'] },
  },
  {
    // Qwen2-Math 7B (Instruct): Qwen2-7B's shapes and 152,064 tokens with 4,096 positions (its config.json, Qwen2ForCausalLM).
    id: 'Qwen/Qwen2-Math-7B-Instruct',
    aliases: ['Qwen/Qwen2-Math-7B', 'Qwen2-Math-7B-Instruct', 'Qwen2-Math-7B'],
    config: { ...llama(28, 3584, 28, 4, 18944, 152064, 4096), model_type: 'qwen2', architectures: ['Qwen2ForCausalLM'] },
  },
  {
    id: 'Qwen/Qwen3-8B',
    // DeepSeek-R1-0528-Qwen3-8B: "identical to that of Qwen3-8B" (its model card), DeepSeek's tokenizer configuration aside.
    aliases: ['qwen3-8b', 'Qwen3-8B', 'torchtitan:qwen3:8B', 'deepseek-ai/DeepSeek-R1-0528-Qwen3-8B'],
    config: { ...llama(36, 4096, 32, 8, 12288, 151936, 40960), model_type: 'qwen3', architectures: ['Qwen3ForCausalLM'], head_dim: 128 },
  },
  {
    id: 'Qwen/Qwen3-30B-A3B',
    // (torchtune's builder torchtune.models.qwen3.qwen3_moe_30b_a3b_instruct, as builderModel names it.)
    aliases: ['qwen3-30b-a3b', 'Qwen3-30B-A3B', 'torchtitan:qwen3:30B-A3B', 'qwen3_moe-30b-a3b', 'qwen3_moe-30b-a3b-instruct'],
    config: qwen3Moe(48, 2048, 32, 4, 6144, 768),
  },
  // Qwen3-30B-A3B-Instruct-2507 / -Thinking-2507 and Qwen3-Coder-30B-A3B-Instruct: Qwen3-30B-A3B's shapes (48 layers of 128
  // experts of 768, top 8; 30.5B as their model cards say), 262,144 positions natively (their cards' context length).
  {
    id: 'Qwen/Qwen3-30B-A3B-Instruct-2507',
    aliases: ['qwen3-30b-a3b-instruct-2507', 'Qwen/Qwen3-30B-A3B-Thinking-2507', 'Qwen/Qwen3-Coder-30B-A3B-Instruct', 'Qwen3-Coder-30B-A3B'],
    config: { ...qwen3Moe(48, 2048, 32, 4, 6144, 768), max_position_embeddings: 262144 },
  },
  {
    id: 'deepseek-ai/DeepSeek-V3',
    // DeepSeek-R1 and V3.1 are trained from DeepSeek-V3-Base: the same architecture and shapes (their config.json).
    aliases: [
      'deepseek-v3',
      'deepseek3-671b',
      'torchtitan:deepseek_v3:671B',
      'deepseek-ai/DeepSeek-V3-Base',
      'deepseek-ai/DeepSeek-V3-0324',
      'deepseek-ai/DeepSeek-V3.1',
      'deepseek-ai/DeepSeek-V3.1-Base',
      'deepseek-ai/DeepSeek-R1',
      'deepseek-ai/DeepSeek-R1-0528',
    ],
    config: {
      ...deepseek({ L: 61, h: 7168, a: 128, f: 18432, fe: 2048, E: 256, shared: 1, k: 8, dense: 3, qLora: 1536, V: 129280, bias: true }),
      num_nextn_predict_layers: 1,
    },
  },
  // LongCat-Flash-Chat (meituan-longcat/LongCat-Flash-Chat, its config.json; the same keys as test/fixtures/survey/fortyninth/hf/943):
  // 28 double layers of 6,144, MLA, 512 experts of 2,048 and 256 zero experts, top 12: 560,664,980,480 (the model card's 560B).
  {
    id: 'meituan-longcat/LongCat-Flash-Chat',
    aliases: ['longcat-flash-chat'],
    config: {
      architectures: ['LongcatFlashForCausalLM'],
      model_type: 'longcat_flash',
      hidden_size: 6144,
      num_layers: 28,
      num_attention_heads: 64,
      ffn_hidden_size: 12288,
      expert_ffn_hidden_size: 2048,
      n_routed_experts: 512,
      zero_expert_num: 256,
      moe_topk: 12,
      q_lora_rank: 1536,
      kv_lora_rank: 512,
      qk_nope_head_dim: 128,
      qk_rope_head_dim: 64,
      v_head_dim: 128,
      vocab_size: 131072,
      max_position_embeddings: 131072,
      torch_dtype: 'bfloat16',
    },
  },
  // torchtitan's debug flavors (torchtitan/models/<model>/__init__.py; the test tokenizer's 2,048 tokens, untied): llama3's
  // debugmodel (and its _flex_attn / _varlen_attn twins), 6 layers × 256, 16 heads, an FFN of compute_ffn_hidden_dim(256,
  // multiple_of=256) = 768: 6,163,712; deepseek_v3's MLA without a q LoRA (kv_lora_rank 512, heads of 128 + 64 and values of
  // 128), the router's expert_bias a buffer: debugmodel 6 × 256 (1 dense layer of 1,024, then 8 experts of 256, 2 shared, top
  // 3): 33,014,016; debugmodel_1b 24 × 1024 (2 dense of 4,096, 8 experts of 1,024, 2 shared): 911,979,520; debugmodel_7b 32 ×
  // 2048 (32 heads, 3 dense of 8,192, 16 experts of 2,048, 4 shared, top 4): 8,301,627,392.
  {
    id: 'torchtitan:llama3:debugmodel',
    aliases: ['torchtitan:llama3:debugmodel_flex_attn', 'torchtitan:llama3:debugmodel_varlen_attn'],
    config: llama(6, 256, 16, 16, 768, 2048, 131072),
  },
  {
    id: 'torchtitan:deepseek_v3:debugmodel',
    aliases: ['torchtitan:deepseek_v3:debugmodel_flex_attn'],
    config: deepseek({ L: 6, h: 256, a: 16, f: 1024, fe: 256, E: 8, shared: 2, k: 3, dense: 1, qLora: 0, V: 2048, bias: false }),
  },
  {
    id: 'torchtitan:deepseek_v3:debugmodel_1b',
    aliases: [],
    config: deepseek({ L: 24, h: 1024, a: 16, f: 4096, fe: 1024, E: 8, shared: 2, k: 3, dense: 2, qLora: 0, V: 2048, bias: false }),
  },
  {
    id: 'torchtitan:deepseek_v3:debugmodel_7b',
    aliases: [],
    config: deepseek({ L: 32, h: 2048, a: 32, f: 8192, fe: 2048, E: 16, shared: 4, k: 4, dense: 3, qLora: 0, V: 2048, bias: false }),
  },
  // DeepSeek LLM 7B (base and chat: its config.json): Llama's layers, 30 of 4,096 with 32 heads, an MLP of 11,008, a
  // 102,400 vocabulary, untied; 6,910,365,696 parameters (the Hub's 6.91B). DeepSeekMath 7B (base, instruct, rl) has the same
  // config.json (deepseek-ai/deepseek-math-7b-base's: LlamaForCausalLM, 30 × 4,096, 11,008, 102,400 tokens, untied), as has
  // DeepSeek-Coder v1.5 7B (base and instruct), pre-trained on from DeepSeek LLM 7B (its model card; the Hub's 6.91B).
  {
    id: 'deepseek-ai/deepseek-llm-7b-chat',
    aliases: [
      'deepseek-ai/deepseek-coder-7b-base-v1.5',
      'deepseek-ai/deepseek-coder-7b-instruct-v1.5',
      'deepseek-coder-7b-base-v1.5',
      'deepseek-coder-7b-instruct-v1.5',
      'deepseek-llm-7b-chat',
      'deepseek-ai/deepseek-llm-7b-base',
      'deepseek-llm-7b-base',
      'deepseek-ai/deepseek-math-7b-base',
      'deepseek-ai/deepseek-math-7b-instruct',
      'deepseek-ai/deepseek-math-7b-rl',
      'deepseek-math-7b-base',
      'deepseek-math-7b-instruct',
      'deepseek-math-7b-rl',
    ],
    config: llama(30, 4096, 32, 32, 11008, 102400, 4096),
  },
  {
    id: 'deepseek-ai/DeepSeek-V2-Lite',
    // DeepSeek-Coder-V2-Lite is further pre-trained from DeepSeek-V2-Lite, its architecture kept ("16B total, 2.4B active").
    aliases: [
      'deepseek-v2-lite',
      'deepseek2-16b',
      'torchtitan:deepseek_v3:16B',
      'deepseek-ai/DeepSeek-Coder-V2-Lite-Base',
      'deepseek-ai/DeepSeek-Coder-V2-Lite-Instruct',
    ],
    config: {
      ...deepseek({ L: 27, h: 2048, a: 16, f: 10944, fe: 1408, E: 64, shared: 2, k: 6, dense: 1, qLora: 0, V: 102400, bias: false }),
      model_type: 'deepseek_v2',
      architectures: ['DeepseekV2ForCausalLM'],
    },
  },
  {
    id: 'deepseek-ai/DeepSeek-V2',
    // DeepSeek-V2.5 (and -1210) and DeepSeek-Coder-V2 (236B) keep V2's architecture.
    aliases: [
      'deepseek-v2',
      'deepseek2-236b',
      'torchtitan:deepseek_v3:236B',
      'deepseek-ai/DeepSeek-V2.5',
      'DeepSeek-V2.5-1210',
      'DeepSeek-V2-Chat',
      'deepseek-ai/DeepSeek-Coder-V2-Base',
      'deepseek-ai/DeepSeek-Coder-V2-Instruct',
    ],
    config: {
      ...deepseek({ L: 60, h: 5120, a: 128, f: 12288, fe: 1536, E: 160, shared: 2, k: 6, dense: 1, qLora: 1536, V: 102400, bias: false }),
      model_type: 'deepseek_v2',
      architectures: ['DeepseekV2ForCausalLM'],
    },
  },
  // StarCoder2 (bigcode's config.json: biased LayerNorm layers, GQA, a plain GELU MLP; 3B and 7B tie the head by
  // Starcoder2Config's default, 15B writes tie_word_embeddings false). 3,030,371,328, 7,173,923,840 and 15,957,889,024: the Open
  // LLM Leaderboard's 3.03, 7.174 and 15.958 (B); the 7B's bf16 shards hold 14.35 GB.
  ...(
    [
      ['3b', 30, 3072, 24, 2, 12288, true],
      ['7b', 32, 4608, 36, 4, 18432, true],
      ['15b', 40, 6144, 48, 4, 24576, false],
    ] as const
  ).map(([size, L, h, a, g, f, tied]): CatalogueEntry => ({
    id: `bigcode/starcoder2-${size}`,
    aliases: [`starcoder2-${size}`, `starcoder2_${size}`],
    config: {
      model_type: 'starcoder2',
      architectures: ['Starcoder2ForCausalLM'],
      num_hidden_layers: L,
      hidden_size: h,
      num_attention_heads: a,
      num_key_value_heads: g,
      intermediate_size: f,
      vocab_size: 49152,
      max_position_embeddings: 16384,
      sliding_window: 4096,
      use_bias: true,
      ...(tied ? {} : { tie_word_embeddings: false }),
    },
  })),
  {
    id: 'google/gemma-2b',
    aliases: ['gemma-2b', 'gamma-2b'],
    config: {
      model_type: 'gemma',
      architectures: ['GemmaForCausalLM'],
      num_hidden_layers: 18,
      hidden_size: 2048,
      num_attention_heads: 8,
      num_key_value_heads: 1,
      head_dim: 256,
      intermediate_size: 16384,
      vocab_size: 256000,
      max_position_embeddings: 8192,
    },
  },
  {
    id: 'google/gemma-7b',
    // (gamma-7b: MaxText's name for it before Gemma's release, configs/models/gamma-7b.yml of February 2024. CodeGemma 7B: Gemma
    // 7B further trained on code, the same architecture and vocabulary, its model card.)
    // Gemma 1.1 7B (IT): "the base model for gemma-1.1-7b-it is same gemma-7b model" (Google on google/gemma-7b's discussion #98),
    // the same config.json shapes; verl's SFT default model, ~/models/gemma-1.1-7b-it.
    aliases: ['gemma-7b', 'gamma-7b', 'google/codegemma-7b', 'google/codegemma-7b-it', 'codegemma-7b', 'google/gemma-1.1-7b-it', 'gemma-1.1-7b-it'],
    config: {
      model_type: 'gemma',
      architectures: ['GemmaForCausalLM'],
      num_hidden_layers: 28,
      hidden_size: 3072,
      num_attention_heads: 16,
      num_key_value_heads: 16,
      head_dim: 256,
      intermediate_size: 24576,
      vocab_size: 256000,
      max_position_embeddings: 8192,
    },
  },
  {
    id: 'google/gemma-2-2b',
    aliases: ['gemma2-2b', 'gemma-2-2b'],
    config: {
      model_type: 'gemma2',
      architectures: ['Gemma2ForCausalLM'],
      num_hidden_layers: 26,
      hidden_size: 2304,
      num_attention_heads: 8,
      num_key_value_heads: 4,
      head_dim: 256,
      intermediate_size: 9216,
      vocab_size: 256000,
      max_position_embeddings: 8192,
      sliding_window: 4096,
    },
  },
  {
    id: 'google/gemma-2-9b',
    // AI Singapore's SEA-LION v3 9B (Gemma-SEA-LION-v3-9B, first published as gemma2-9b-cpt-sea-lionv3-base / -instruct):
    // continued pre-training of Gemma 2 9B with its tokenizer, the same shapes (docs.sea-lion.ai: "continued pre-trained on top
    // of the Gemma2 base model that is 9 billion parameters in size").
    aliases: [
      'gemma2-9b',
      'gemma-2-9b',
      'aisingapore/gemma2-9b-cpt-sea-lionv3-base',
      'aisingapore/gemma2-9b-cpt-sea-lionv3-instruct',
      'aisingapore/Gemma-SEA-LION-v3-9B',
      'aisingapore/Gemma-SEA-LION-v3-9B-IT',
    ],
    config: {
      model_type: 'gemma2',
      architectures: ['Gemma2ForCausalLM'],
      num_hidden_layers: 42,
      hidden_size: 3584,
      num_attention_heads: 16,
      num_key_value_heads: 8,
      head_dim: 256,
      intermediate_size: 14336,
      vocab_size: 256000,
      max_position_embeddings: 8192,
      sliding_window: 4096,
    },
  },
  // Gemma 2 27B (its config.json on the Hub): 27,227,128,320 parameters (the Gemma 2 report counts its embedding over 256,128 rows).
  {
    id: 'google/gemma-2-27b',
    aliases: ['gemma2-27b', 'gemma-2-27b'],
    config: {
      model_type: 'gemma2',
      architectures: ['Gemma2ForCausalLM'],
      num_hidden_layers: 46,
      hidden_size: 4608,
      num_attention_heads: 32,
      num_key_value_heads: 16,
      head_dim: 128,
      intermediate_size: 36864,
      vocab_size: 256000,
      max_position_embeddings: 8192,
      sliding_window: 4096,
    },
  },
  {
    id: 'microsoft/Phi-3-mini-4k-instruct',
    // (The 128K release: the same weights' shapes, a LongRoPE scaling of the positions.)
    aliases: ['phi-3-mini', 'phi3-mini', 'Phi-3-mini-4k-instruct', 'microsoft/Phi-3.5-mini-instruct', 'phi-3.5-mini', 'microsoft/Phi-3-mini-128k-instruct'],
    config: { ...llama(32, 3072, 32, 32, 8192, 32064, 4096), model_type: 'phi3', architectures: ['Phi3ForCausalLM'] },
  },
  // Falcon-7B (multi-query, one LayerNorm per layer) and Falcon-40B (new decoder architecture: 8 key/value heads, two
  // LayerNorms per layer): their config.json on the Hub (transformers' falcon format), vocabulary 65024, tied embeddings.
  {
    id: 'tiiuae/falcon-7b',
    aliases: ['falcon-7b', 'Falcon-7B', 'falcon7b'],
    config: {
      model_type: 'falcon',
      architectures: ['FalconForCausalLM'],
      hidden_size: 4544,
      num_attention_heads: 71,
      num_hidden_layers: 32,
      multi_query: true,
      new_decoder_architecture: false,
      parallel_attn: true,
      bias: false,
      vocab_size: 65024,
    },
  },
  {
    id: 'tiiuae/falcon-40b',
    aliases: ['falcon-40b', 'Falcon-40B', 'falcon40b'],
    config: {
      model_type: 'falcon',
      architectures: ['FalconForCausalLM'],
      hidden_size: 8192,
      num_attention_heads: 128,
      num_kv_heads: 8,
      num_hidden_layers: 60,
      new_decoder_architecture: true,
      parallel_attn: true,
      bias: false,
      vocab_size: 65024,
    },
  },
  // Falcon-RW-1B (its config.json, test/fixtures/hf_config_2025's: transformers' falcon format, 24 × 2048 with 32 heads of full
  // attention, ALiBi, biased linears, an attention LayerNorm and an MLP one per layer, 50,304 tokens tied): 1,311,625,216. llmware's
  // BLING Falcon 1B is its fine-tune (its config.json: _name_or_path tiiuae/falcon-rw-1b, "falcon-rw-1b-base").
  {
    id: 'tiiuae/falcon-rw-1b',
    aliases: ['falcon-rw-1b', 'llmware/bling-falcon-1b-0.1'],
    config: {
      model_type: 'falcon',
      architectures: ['FalconForCausalLM'],
      alibi: true,
      bias: true,
      hidden_size: 2048,
      num_attention_heads: 32,
      num_hidden_layers: 24,
      multi_query: false,
      new_decoder_architecture: false,
      parallel_attn: false,
      vocab_size: 50304,
    },
  },
  // Phi-1.5 and Phi-2 (their config.json on the Hub: model_type phi, vocab 51200, untied head with a bias). Phi-1 (microsoft/phi-1)
  // has Phi-1.5's config.json shapes: 24 × 2048, 32 heads, partial rotary.
  {
    id: 'microsoft/phi-1_5',
    aliases: ['phi-1.5', 'phi-1_5', 'phi1.5', 'microsoft/phi-1', 'phi-1'],
    config: {
      model_type: 'phi',
      architectures: ['PhiForCausalLM'],
      num_hidden_layers: 24,
      hidden_size: 2048,
      num_attention_heads: 32,
      intermediate_size: 8192,
      vocab_size: 51200,
      max_position_embeddings: 2048,
      tie_word_embeddings: false,
    },
  },
  {
    id: 'microsoft/phi-2',
    aliases: ['phi-2', 'phi2'],
    config: {
      model_type: 'phi',
      architectures: ['PhiForCausalLM'],
      num_hidden_layers: 32,
      hidden_size: 2560,
      num_attention_heads: 32,
      intermediate_size: 10240,
      vocab_size: 51200,
      max_position_embeddings: 2048,
      tie_word_embeddings: false,
    },
  },
  // StableLM-Base-Alpha 3B is a GPT-NeoX model (its config.json: 16 layers, 4096 wide, vocab 50688, 4096 positions).
  {
    id: 'stabilityai/stablelm-base-alpha-3b',
    aliases: ['stablelm-base-alpha-3b', 'StableLM Base Alpha 3B'],
    config: { ...neox(16, 4096, 32, 50688), max_position_embeddings: 4096 },
  },
  { id: 'openai-community/gpt2', aliases: ['gpt2', 'gpt2-small', 'gpt2-124m'], config: gpt2(12, 768, 12) },
  // (DialoGPT medium, microsoft/DialoGPT-medium: GPT-2 medium trained on Reddit threads, its config.json GPT-2 medium's shapes.)
  { id: 'openai-community/gpt2-medium', aliases: ['gpt2-medium', 'gpt2-350m', 'microsoft/DialoGPT-medium'], config: gpt2(24, 1024, 16) },
  { id: 'openai-community/gpt2-large', aliases: ['gpt2-large', 'gpt2-774m'], config: gpt2(36, 1280, 20) },
  { id: 'openai-community/gpt2-xl', aliases: ['gpt2-xl', 'gpt2-1.5b'], config: gpt2(48, 1600, 25) },
  // rinna's Japanese GPT-2 medium (rinna/japanese-gpt2-medium; its GPT2Config as transformers 4.9.2 prints it on loading): GPT-2
  // medium's layers (24 × 1,024, 16 heads, MLP 4,096) over its own SentencePiece vocabulary of 32,000, tied: 336,128,000 ("336M").
  { id: 'rinna/japanese-gpt2-medium', aliases: ['japanese-gpt2-medium'], config: { ...gpt2(24, 1024, 16), vocab_size: 32000, n_inner: 4096 } },
  // DistilGPT2 (distilbert/distilgpt2): GPT-2's 124M halved in depth, 6 layers: 81,912,576 ("82M").
  { id: 'distilbert/distilgpt2', aliases: ['distilgpt2'], config: gpt2(6, 768, 12) },
  // sshleifer's tiny GPT-2 (sshleifer/tiny-gpt2, the model test suites and TRL's examples load): GPT-2's vocabulary and positions
  // under 2 layers 2 wide of 2 heads, its config.json: 102,714.
  { id: 'sshleifer/tiny-gpt2', aliases: [], config: gpt2(2, 2, 2) },
  // GPT-J 6B (EleutherAI/gpt-j-6b; its config.json: test/fixtures/hf_config_2026/gpt-j-6b.config.json): 6,050,882,784. (And
  // Pygmalion 6B, "a proof-of-concept dialogue model based on EleutherAI's GPT-J-6B", its model card: the architecture kept.)
  {
    id: 'EleutherAI/gpt-j-6b',
    aliases: ['gpt-j-6b', 'gptj-6b', 'EleutherAI/gpt-j-6B', 'PygmalionAI/pygmalion-6b', 'pygmalion-6b'],
    config: {
      model_type: 'gptj',
      architectures: ['GPTJForCausalLM'],
      activation_function: 'gelu_new',
      n_embd: 4096,
      n_head: 16,
      n_inner: null,
      n_layer: 28,
      n_positions: 2048,
      rotary_dim: 64,
      tie_word_embeddings: false,
      vocab_size: 50400,
    },
  },
  // CodeGen 350M and 2B (Salesforce/codegen-350M-mono, -2B-mono; the -multi and -nl checkpoints share their shapes; CodeGen's
  // paper, table: 20 × 1,024 of 16 heads, 32 × 2,560 of 32 heads), GPT-J's layers with a fused qkv_proj over a 51,200-row
  // embedding and head: 356,712,448 and 2,779,356,160 (the paper's 350M and 2.7B).
  codegen('350M', 20, 1024, 16, 32),
  codegen('2B', 32, 2560, 32, 64),
  // GPT-Neo (EleutherAI; GPTNeoForCausalLM, 50,257 tokens, 2,048 learned positions, tied): 125M 12 × 768 (12 heads)
  // 125,198,592, 1.3B 24 × 2048 (16) 1,315,575,808, 2.7B 32 × 2560 (20) 2,651,307,520, the counts transformers gives them.
  { id: 'EleutherAI/gpt-neo-125m', aliases: ['gpt-neo-125m', 'EleutherAI/gpt-neo-125M'], config: gptNeo(12, 768, 12) },
  { id: 'EleutherAI/gpt-neo-1.3B', aliases: ['gpt-neo-1.3b'], config: gptNeo(24, 2048, 16) },
  { id: 'EleutherAI/gpt-neo-2.7B', aliases: ['gpt-neo-2.7b'], config: gptNeo(32, 2560, 20) },
  // MPT-7B (mosaicml/mpt-7b, -instruct, -chat; MPTForCausalLM): 32 × 4096, no biases, ALiBi, an FFN of 4 × 4096, 50,432 tokens
  // tied: 6,649,286,656 ("6.7B").
  {
    id: 'mosaicml/mpt-7b',
    aliases: ['mpt-7b', 'mosaicml/mpt-7b-instruct', 'mosaicml/mpt-7b-chat'],
    config: {
      model_type: 'mpt',
      architectures: ['MPTForCausalLM'],
      d_model: 4096,
      n_heads: 32,
      n_layers: 32,
      expansion_ratio: 4,
      max_seq_len: 2048,
      vocab_size: 50432,
      no_bias: true,
      attn_config: { alibi: true },
    },
  },
  // Cerebras-GPT (Dey et al. 2023): GPT-2's layers at GPT-3's shapes (XL, 2.7B, 6.7B), 2,048 positions, GPT-2's tokenizer.
  { id: 'cerebras/Cerebras-GPT-1.3B', aliases: ['Cerebras-GPT-1.3B'], config: { ...gpt2(24, 2048, 16), n_positions: 2048 } },
  { id: 'cerebras/Cerebras-GPT-2.7B', aliases: ['Cerebras-GPT-2.7B'], config: { ...gpt2(32, 2560, 32), n_positions: 2048 } },
  { id: 'cerebras/Cerebras-GPT-6.7B', aliases: ['Cerebras-GPT-6.7B'], config: { ...gpt2(32, 4096, 32), n_positions: 2048 } },
  // (Pythia's table, Biderman et al. 2023: 70M 70,426,624, 1.4B 1,414,647,808, 2.8B 2,775,208,960 with their 50,304-token embedding.)
  { id: 'EleutherAI/pythia-70m', aliases: ['pythia-70m', 'EleutherAI/pythia-70m-deduped'], config: neox(6, 512, 8, 50304) },
  { id: 'EleutherAI/pythia-160m', aliases: ['pythia-160m'], config: neox(12, 768, 12, 50304) },
  { id: 'EleutherAI/pythia-410m', aliases: ['pythia-410m'], config: neox(24, 1024, 16, 50304) },
  { id: 'EleutherAI/pythia-1b', aliases: ['pythia-1b'], config: neox(16, 2048, 8, 50304) },
  { id: 'EleutherAI/pythia-1.4b', aliases: ['pythia-1.4b', 'EleutherAI/pythia-1.4b-deduped'], config: neox(24, 2048, 16, 50304) },
  { id: 'EleutherAI/pythia-2.8b', aliases: ['pythia-2.8b', 'EleutherAI/pythia-2.8b-deduped'], config: neox(32, 2560, 32, 50304) },
  { id: 'EleutherAI/pythia-6.9b', aliases: ['pythia-6.9b'], config: neox(32, 4096, 32, 50432) },
  { id: 'EleutherAI/pythia-12b', aliases: ['pythia-12b'], config: neox(36, 5120, 40, 50688) },
  { id: 'EleutherAI/gpt-neox-20b', aliases: ['gpt-neox-20b'], config: neox(44, 6144, 64, 50432) },
  // Polyglot-Ko (EleutherAI/polyglot-ko-*: GPT-NeoX's layers over a 30,080-row Korean vocabulary, untied; their config.json:
  // 1.3B 24 × 2,048 of 16 heads, 3.8B 32 × 3,072 of 24, 5.8B 28 × 4,096 of 16): 1,331,810,304, 3,809,974,272 and 5,885,059,072,
  // their model cards' n_parameters. (KoAlpaca-Polyglot 5.8B, beomi's instruction tune of the 5.8B, keeps its shapes.)
  { id: 'EleutherAI/polyglot-ko-1.3b', aliases: ['polyglot-ko-1.3b'], config: neox(24, 2048, 16, 30080) },
  { id: 'EleutherAI/polyglot-ko-3.8b', aliases: ['polyglot-ko-3.8b'], config: neox(32, 3072, 24, 30080) },
  {
    id: 'EleutherAI/polyglot-ko-5.8b',
    aliases: ['polyglot-ko-5.8b', 'beomi/KoAlpaca-Polyglot-5.8B', 'KoAlpaca-Polyglot-5.8B'],
    config: neox(28, 4096, 16, 30080),
  },
  {
    id: 'allenai/OLMo-7B-hf',
    aliases: ['olmo-7b', 'allenai/OLMo-7B', 'OLMo-7B'],
    config: {
      model_type: 'olmo',
      architectures: ['OlmoForCausalLM'],
      num_hidden_layers: 32,
      hidden_size: 4096,
      num_attention_heads: 32,
      num_key_value_heads: 32,
      intermediate_size: 11008,
      vocab_size: 50304,
      max_position_embeddings: 2048,
      tie_word_embeddings: false,
    },
  },
  // OLMoE-1B-7B-0924 (its config.json, test/fixtures/hf_config_2025): 16 layers of 64 experts, top 8.
  {
    id: 'allenai/OLMoE-1B-7B-0924',
    aliases: ['olmoe-1b-7b', 'allenai/OLMoE-1B-7B-0125', 'OLMoE-1B-7B'],
    config: {
      model_type: 'olmoe',
      architectures: ['OlmoeForCausalLM'],
      num_hidden_layers: 16,
      hidden_size: 2048,
      num_attention_heads: 16,
      num_key_value_heads: 16,
      intermediate_size: 1024,
      num_experts: 64,
      num_experts_per_tok: 8,
      vocab_size: 50304,
      max_position_embeddings: 4096,
      tie_word_embeddings: false,
    },
  },
  // OLMo 2 (allenai/OLMo-2-*: q and k normed over all heads, norms after attention and MLP, untied, vocabulary 100,352).
  { id: 'allenai/OLMo-2-0425-1B', aliases: ['olmo-2-1b', 'OLMo-2-0425-1B'], config: olmo2(16, 2048, 16, 8192) },
  { id: 'allenai/OLMo-2-1124-7B', aliases: ['olmo-2-7b', 'OLMo-2-1124-7B'], config: olmo2(32, 4096, 32, 11008) },
  { id: 'allenai/OLMo-2-1124-13B', aliases: ['olmo-2-13b', 'OLMo-2-1124-13B'], config: olmo2(40, 5120, 40, 13824) },
  // Falcon-H1 (tiiuae/Falcon-H1-*: test/fixtures/hf_config_hybrid holds 0.5B-Instruct's config.json; the -Base releases keep the shapes).
  {
    id: 'tiiuae/Falcon-H1-0.5B-Base',
    aliases: ['falcon-h1-0.5b', 'tiiuae/Falcon-H1-0.5B-Instruct'],
    config: falconH1(36, 1024, 8, 2, 64, 2048, 24, 64, 128, 32784, 16384),
  },
  {
    id: 'tiiuae/Falcon-H1-1.5B-Base',
    aliases: ['falcon-h1-1.5b', 'tiiuae/Falcon-H1-1.5B-Instruct'],
    config: falconH1(24, 2048, 8, 2, 128, 4608, 48, 64, 256, 65537, 131072),
  },
  {
    id: 'tiiuae/Falcon-H1-3B-Base',
    aliases: ['falcon-h1-3b', 'tiiuae/Falcon-H1-3B-Instruct'],
    config: falconH1(32, 2560, 10, 2, 128, 6144, 32, 128, 256, 65536, 131072),
  },
  {
    id: 'tiiuae/Falcon-H1-7B-Base',
    aliases: ['falcon-h1-7b', 'tiiuae/Falcon-H1-7B-Instruct'],
    config: falconH1(44, 3072, 12, 2, 128, 12288, 24, 128, 256, 130048, 262144),
  },
  // Falcon-H1-34B (tiiuae/Falcon-H1-34B-Instruct's config.json, as a runtime's test fixtures copy it from the Hub): two Mamba
  // groups and the gated RMSNorm's weight (mamba_rms_norm), the rest as its smaller siblings: 33,642,516,224 (its card: 34B).
  {
    id: 'tiiuae/Falcon-H1-34B-Base',
    aliases: ['falcon-h1-34b', 'tiiuae/Falcon-H1-34B-Instruct'],
    config: { ...falconH1(72, 5120, 20, 4, 128, 21504, 32, 128, 256, 261120, 262144), mamba_n_groups: 2, mamba_rms_norm: true, mamba_norm_before_gate: false },
  },
  // OLMo 3 / 3.1 (Olmo3ForCausalLM, their config.json: test/fixtures/survey/hf/17 holds 3.1-32B-Instruct): OLMo 2's layers with
  // a 4,096-token window on three layers of four, the dolma2 vocabulary of 100,278, untied; 7B multi-head, 32B 8 KV heads.
  {
    id: 'allenai/Olmo-3-1025-7B',
    aliases: ['olmo-3-7b', 'olmo3-7b', 'allenai/Olmo-3-7B-Instruct', 'allenai/Olmo-3-7B-Think', 'allenai/Olmo-3-7B-RL-Zero-Math'],
    config: olmo3(32, 4096, 32, 32, 11008),
  },
  {
    id: 'allenai/Olmo-3-1125-32B',
    aliases: ['olmo-3-32b', 'allenai/Olmo-3-32B-Think', 'allenai/Olmo-3.1-32B-Instruct', 'allenai/Olmo-3.1-32B-Think', 'olmo-3.1-32b'],
    config: olmo3(64, 5120, 40, 8, 27648),
  },
  // Granite 3.3 (GraniteForCausalLM, test/fixtures/hf_config_2025 holds 8B's config.json): Llama's layers, 40 of them, 8 KV heads,
  // the tied 49,159-token vocabulary; the multipliers are scalars.
  { id: 'ibm-granite/granite-3.3-8b-instruct', aliases: ['granite-3.3-8b', 'ibm-granite/granite-3.3-8b-base'], config: granite(4096, 32, 12800) },
  // Granite 4.0 (ibm-granite/granite-4.0-*): H-Small 32,207,337,984 ("32B total, 9B active"), H-Tiny 6,939,037,248 ("7B / 1B"),
  // H-Micro 3,191,396,096 and Micro 3,402,836,480 ("3B"); the -base releases keep the shapes.
  {
    id: 'ibm-granite/granite-4.0-h-small',
    aliases: ['granite-4.0-h-small', 'ibm-granite/granite-4.0-h-small-base', 'granite4:small-h'],
    config: granite4({ L: 40, h: 4096, a: 32, g: 8, attn: [5, 15, 25, 35], m: 128, E: 72, k: 10, fe: 768, fs: 1536 }),
  },
  {
    id: 'ibm-granite/granite-4.0-h-tiny',
    aliases: ['granite-4.0-h-tiny', 'ibm-granite/granite-4.0-h-tiny-base', 'granite4:tiny-h'],
    config: granite4({ L: 40, h: 1536, a: 12, g: 4, attn: [5, 15, 25, 35], m: 48, E: 64, k: 6, fe: 512, fs: 1024 }),
  },
  {
    id: 'ibm-granite/granite-4.0-h-micro',
    aliases: ['granite-4.0-h-micro', 'ibm-granite/granite-4.0-h-micro-base', 'granite4:micro-h'],
    config: granite4({ L: 40, h: 2048, a: 32, g: 8, attn: [5, 15, 25, 35], m: 64, E: 0, k: 0, fe: 8192, fs: 8192 }),
  },
  {
    id: 'ibm-granite/granite-4.0-micro',
    aliases: ['granite-4.0-micro', 'ibm-granite/granite-4.0-micro-base', 'granite4:micro'],
    config: granite4({ L: 40, h: 2560, a: 40, g: 8, attn: Array.from({ length: 40 }, (_, i) => i), m: 128, E: 0, k: 0, fe: 8192, fs: 8192 }),
  },
  // MiniMax-M2 / M2.1 (MiniMaxM2ForCausalLM): 62 layers × 3072, 256 experts of 1,536 (top 8): 228,689,764,864 ("230B-A10B").
  {
    id: 'MiniMaxAI/MiniMax-M2',
    aliases: ['minimax-m2', 'MiniMaxAI/MiniMax-M2.1', 'minimax-m2.1'],
    config: {
      model_type: 'minimax_m2',
      architectures: ['MiniMaxM2ForCausalLM'],
      num_hidden_layers: 62,
      hidden_size: 3072,
      num_attention_heads: 48,
      num_key_value_heads: 8,
      head_dim: 128,
      intermediate_size: 1536,
      num_local_experts: 256,
      num_experts_per_tok: 8,
      vocab_size: 200064,
      max_position_embeddings: 196608,
      tie_word_embeddings: false,
    },
  },
  // Seed-OSS-36B (SeedOssForCausalLM): 64 layers × 5120, 80 heads and 8 KV of 128, q/k/v biased: 36,151,104,512.
  {
    id: 'ByteDance-Seed/Seed-OSS-36B-Instruct',
    aliases: ['seed-oss-36b', 'ByteDance-Seed/Seed-OSS-36B-Base', 'ByteDance-Seed/Seed-OSS-36B-Base-woSyn'],
    config: {
      ...llama(64, 5120, 80, 8, 27648, 155136, 524288),
      model_type: 'seed_oss',
      architectures: ['SeedOssForCausalLM'],
      head_dim: 128,
      attention_bias: true,
      attention_out_bias: false,
      mlp_bias: false,
    },
  },
  // Apertus (ApertusForCausalLM, swiss-ai): xIELU MLP without a gate, q/k norms, untied 131,072: 8B 8,053,338,176, 70B 70,599,864,480.
  {
    id: 'swiss-ai/Apertus-8B-Instruct-2509',
    aliases: ['apertus-8b', 'swiss-ai/Apertus-8B-2509'],
    config: { ...llama(32, 4096, 32, 8, 21504, 131072, 65536), model_type: 'apertus', architectures: ['ApertusForCausalLM'], hidden_act: 'xielu' },
  },
  {
    id: 'swiss-ai/Apertus-70B-Instruct-2509',
    aliases: ['apertus-70b', 'swiss-ai/Apertus-70B-2509'],
    config: { ...llama(80, 8192, 64, 8, 43008, 131072, 65536), model_type: 'apertus', architectures: ['ApertusForCausalLM'], hidden_act: 'xielu' },
  },
  { id: 'ibm-granite/granite-3.3-2b-instruct', aliases: ['granite-3.3-2b', 'ibm-granite/granite-3.3-2b-base'], config: granite(2048, 32, 8192) },
  // 2025 releases people fine-tune (each publisher's config.json; test/fixtures/hf_config_2025 holds the ones found in full).
  // Qwen3 (Qwen/Qwen3-*): the -Instruct-2507 / -Thinking-2507 releases keep their base's shapes.
  { id: 'Qwen/Qwen3-0.6B', aliases: ['qwen3-0.6b', 'torchtitan:qwen3:0.6B'], config: qwen3(28, 1024, 16, 8, 3072, true) },
  { id: 'Qwen/Qwen3-1.7B', aliases: ['qwen3-1.7b', 'torchtitan:qwen3:1.7B'], config: qwen3(28, 2048, 16, 8, 6144, true) },
  { id: 'Qwen/Qwen3-4B', aliases: ['qwen3-4b', 'torchtitan:qwen3:4B'], config: qwen3(36, 2560, 32, 8, 9728, true) },
  // Qwen3-4B-Instruct-2507 / -Thinking-2507: Qwen3-4B's shapes, 262,144 positions natively (its card; its config.json, as
  // akougkas/warpio-cli's model card quotes it: rope_theta 5,000,000).
  {
    id: 'Qwen/Qwen3-4B-Instruct-2507',
    aliases: ['qwen3-4b-instruct-2507', 'Qwen/Qwen3-4B-Thinking-2507', 'qwen3-4b-thinking-2507'],
    config: { ...qwen3(36, 2560, 32, 8, 9728, true), max_position_embeddings: 262144, rope_theta: 5000000 },
  },
  { id: 'Qwen/Qwen3-14B', aliases: ['qwen3-14b', 'torchtitan:qwen3:14B'], config: qwen3(40, 5120, 40, 8, 17408, false) },
  { id: 'Qwen/Qwen3-32B', aliases: ['qwen3-32b', 'torchtitan:qwen3:32B'], config: qwen3(64, 5120, 64, 8, 25600, false) },
  {
    id: 'Qwen/Qwen3-235B-A22B',
    aliases: ['qwen3-235b-a22b', 'torchtitan:qwen3:235B-A22B', 'qwen3_moe-235b-a22b', 'qwen3_moe-235b-a22b-instruct'],
    config: qwen3Moe(94, 4096, 64, 4, 12288, 1536),
  },
  // Qwen3-Coder-480B-A35B-Instruct (MaxText's configs/models/qwen3-480b-a35b.yml, the Hub's config.json): 62 layers of 6,144,
  // 96 query heads and 8 KV heads of 128, 160 experts of 2,560 (top 8), 262,144 positions.
  {
    id: 'Qwen/Qwen3-Coder-480B-A35B-Instruct',
    aliases: ['qwen3-480b-a35b', 'qwen3-coder-480b-a35b', 'Qwen3-Coder-480B-A35B'],
    config: { ...qwen3Moe(62, 6144, 96, 8, 8192, 2560), num_experts: 160, max_position_embeddings: 262144, rope_theta: 10000000 },
  },
  // Qwen3-235B-A22B-Instruct-2507 / -Thinking-2507: its shapes, 262,144 positions natively (their cards).
  {
    id: 'Qwen/Qwen3-235B-A22B-Instruct-2507',
    aliases: ['qwen3-235b-a22b-instruct-2507', 'Qwen/Qwen3-235B-A22B-Thinking-2507'],
    config: { ...qwen3Moe(94, 4096, 64, 4, 12288, 1536), max_position_embeddings: 262144 },
  },
  // Qwen3.5 and Qwen3.6 (their config.json: test/fixtures/survey holds Qwen3.5-9B / 27B and a Qwen3.6-27B requant, hf_config_hybrid
  // Qwen3.5-397B-A17B). Qwen3.6-27B and -35B-A3B keep Qwen3.5's shapes.
  {
    id: 'Qwen/Qwen3.6-27B',
    aliases: ['qwen3.6-27b', 'Qwen/Qwen3.5-27B', 'qwen3.5-27b', 'Qwen/Qwen3.8-27B'],
    config: qwen35(64, 5120, 24, 4, 48, 17408),
  },
  {
    id: 'Qwen/Qwen3.6-35B-A3B',
    aliases: ['qwen3.6-35b-a3b', 'Qwen/Qwen3.5-35B-A3B', 'qwen3.5-35b-a3b'],
    config: qwen35(40, 2048, 16, 2, 32, 0, { fe: 512 }),
  },
  // (InternLM's Intern-Decision 0.8B / 2B / 4B: each "fine-tuned from" the Qwen3.5 of its size, its model card; the 2B's language
  // model as a GGUF conversion counts it, 1,881,825,088, is Qwen3.5-2B's without its tower.)
  {
    id: 'Qwen/Qwen3.5-0.8B',
    aliases: ['qwen3.5-0.8b', 'internlm/Intern-Decision-0.8B'],
    config: qwen35(24, 1024, 8, 2, 16, 3584, { tied: true, vit: [12, 768, 3072] }),
  },
  {
    id: 'Qwen/Qwen3.5-2B',
    aliases: ['qwen3.5-2b', 'internlm/Intern-Decision-2B'],
    config: qwen35(24, 2048, 8, 2, 16, 6144, { tied: true, vit: [24, 1024, 4096] }),
  },
  {
    id: 'Qwen/Qwen3.5-4B',
    aliases: ['qwen3.5-4b', 'internlm/Intern-Decision-4B'],
    config: qwen35(32, 2560, 16, 4, 32, 9216, { tied: true, vit: [24, 1024, 4096] }),
  },
  { id: 'Qwen/Qwen3.5-9B', aliases: ['qwen3.5-9b'], config: qwen35(32, 4096, 16, 4, 32, 12288) },
  { id: 'Qwen/Qwen3.5-122B-A10B', aliases: ['qwen3.5-122b-a10b'], config: qwen35(48, 3072, 32, 2, 64, 0, { fe: 1024 }) },
  { id: 'Qwen/Qwen3.5-397B-A17B', aliases: ['qwen3.5-397b-a17b'], config: qwen35(60, 4096, 32, 2, 64, 0, { fe: 1024, E: 512, k: 10 }) },
  // Qwen3-Next-80B-A3B (its config.json, test/fixtures/hf_config_hybrid): 48 layers of 2048, Gated DeltaNet in three of four and
  // gated attention in every fourth, 512 experts of 512 (top 10) with a gated shared expert; Qwen3-Coder-Next has its shapes.
  {
    id: 'Qwen/Qwen3-Next-80B-A3B-Instruct',
    aliases: ['qwen3-next-80b-a3b', 'torchtitan:qwen3_next:80B_A3B', 'Qwen/Qwen3-Next-80B-A3B-Thinking', 'Qwen/Qwen3-Coder-Next', 'qwen3-coder-next'],
    config: {
      ...qwen3(48, 2048, 16, 2, 5120, false),
      model_type: 'qwen3_next',
      architectures: ['Qwen3NextForCausalLM'],
      head_dim: 256,
      max_position_embeddings: 262144,
      full_attention_interval: 4,
      linear_conv_kernel_dim: 4,
      linear_key_head_dim: 128,
      linear_num_key_heads: 16,
      linear_num_value_heads: 32,
      linear_value_head_dim: 128,
      partial_rotary_factor: 0.25,
      num_experts: 512,
      num_experts_per_tok: 10,
      moe_intermediate_size: 512,
      shared_expert_intermediate_size: 512,
      decoder_sparse_step: 1,
      mlp_only_layers: [],
    },
  },
  // Kimi Linear 48B-A3B (its config.json, test/fixtures/hf_config_2026): 27 layers of 2304, Kimi Delta Attention in 20 and
  // latent attention in 7, 256 experts of 1,024 (top 8) and a shared one after a dense first layer: 49,122,681,728.
  {
    id: 'moonshotai/Kimi-Linear-48B-A3B-Instruct',
    aliases: ['kimi-linear-48b-a3b', 'moonshotai/Kimi-Linear-48B-A3B-Base'],
    config: {
      architectures: ['KimiLinearForCausalLM'],
      model_type: 'kimi_linear',
      hidden_size: 2304,
      intermediate_size: 9216,
      num_hidden_layers: 27,
      num_attention_heads: 32,
      num_key_value_heads: 32,
      q_lora_rank: null,
      kv_lora_rank: 512,
      qk_nope_head_dim: 128,
      qk_rope_head_dim: 64,
      v_head_dim: 128,
      mla_use_nope: true,
      first_k_dense_replace: 1,
      moe_layer_freq: 1,
      num_experts: 256,
      num_experts_per_token: 8,
      num_shared_experts: 1,
      moe_intermediate_size: 1024,
      vocab_size: 163840,
      tie_word_embeddings: false,
      model_max_length: 1048576,
      linear_attn_config: {
        full_attn_layers: [4, 8, 12, 16, 20, 24, 27],
        kda_layers: Array.from({ length: 27 }, (_, i) => i + 1).filter((n) => n % 4 !== 0 && n !== 27),
        head_dim: 128,
        num_heads: 32,
        short_conv_kernel_size: 4,
      },
    },
  },
  // DeepSeek-R1 distills: the shapes of the Qwen2.5 / Llama model each was distilled into (the 1.5B unties its head).
  // (Agentica's DeepScaleR-1.5B-Preview is an RL fine-tune of the 1.5B: the same config.json shapes.)
  {
    id: 'deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B',
    aliases: ['deepseek-r1-distill-qwen-1.5b', 'agentica-org/DeepScaleR-1.5B-Preview'],
    config: { ...llama(28, 1536, 12, 2, 8960, 151936, 131072), model_type: 'qwen2', architectures: ['Qwen2ForCausalLM'] },
  },
  // Qwen2.5-Math-1.5B, the model that distill starts from: Qwen2.5-1.5B's shapes, its head tied (1,543,714,304: the Hub's 1.54B),
  // 4,096 positions.
  {
    id: 'Qwen/Qwen2.5-Math-1.5B',
    aliases: ['Qwen/Qwen2.5-Math-1.5B-Instruct', 'qwen2.5-math-1.5b'],
    config: { ...llama(28, 1536, 12, 2, 8960, 151936, 4096), model_type: 'qwen2', architectures: ['Qwen2ForCausalLM'], tie_word_embeddings: true },
  },
  // Gemma 3: 1B is text only (gemma3_text, vocabulary 262,144); 4B–27B are vision-language models.
  {
    id: 'google/gemma-3-1b-pt',
    aliases: ['gemma-3-1b', 'gemma3-1b'],
    config: {
      model_type: 'gemma3_text',
      architectures: ['Gemma3ForCausalLM'],
      num_hidden_layers: 26,
      hidden_size: 1152,
      num_attention_heads: 4,
      num_key_value_heads: 1,
      head_dim: 256,
      intermediate_size: 6912,
      vocab_size: 262144,
      sliding_window: 512,
      sliding_window_pattern: 6,
      max_position_embeddings: 32768,
    },
  },
  // Gemma 3 270M: text only, 18 layers of 640 with a 2,048-wide MLP, 4 heads and one KV head of 256, a 512-token window.
  {
    id: 'google/gemma-3-270m',
    aliases: ['gemma-3-270m', 'gemma3-270m'],
    config: {
      model_type: 'gemma3_text',
      architectures: ['Gemma3ForCausalLM'],
      num_hidden_layers: 18,
      hidden_size: 640,
      num_attention_heads: 4,
      num_key_value_heads: 1,
      head_dim: 256,
      intermediate_size: 2048,
      vocab_size: 262144,
      sliding_window: 512,
      sliding_window_pattern: 6,
      max_position_embeddings: 32768,
    },
  },
  // (MedGemma 4B, google/medgemma-4b-it and -pt: Gemma 3 4B's vision-language model, its model card.)
  {
    id: 'google/gemma-3-4b-pt',
    aliases: ['gemma-3-4b', 'gemma3-4b', 'google/medgemma-4b-it', 'medgemma-4b-it', 'google/medgemma-4b-pt', 'medgemma-4b-pt'],
    config: gemma3({ hidden_size: 2560, intermediate_size: 10240, num_hidden_layers: 34 }),
  },
  {
    id: 'google/gemma-3-12b-pt',
    aliases: ['gemma-3-12b', 'gemma3-12b'],
    config: gemma3({ hidden_size: 3840, intermediate_size: 15360, num_hidden_layers: 48, num_attention_heads: 16, num_key_value_heads: 8 }),
  },
  {
    id: 'google/gemma-3-27b-pt',
    // (MedGemma 27B multimodal, google/medgemma-27b-it: Gemma 3 27B's vision-language model, its model card; the text-only
    // medgemma-27b-text-it is not this.)
    aliases: ['gemma-3-27b', 'gemma3-27b', 'google/medgemma-27b-it', 'medgemma-27b-it'],
    config: gemma3({ hidden_size: 5376, intermediate_size: 21504, num_hidden_layers: 62, num_attention_heads: 32, num_key_value_heads: 16, head_dim: 128 }),
  },
  // Gemma 4's larger models (Gemma4ForConditionalGeneration, vision and text; modeling_gemma4.py): their text_config as public
  // copies of the published config.json give it (mlx-community's conversion of gemma-4-26b-a4b-it, keys verbatim; several
  // runtimes' test configs of gemma-4-31B): five sliding layers of 256-wide heads to one global layer of 512-wide heads whose
  // keys are its values (attention_k_eq_v), no per-layer embeddings, no KV sharing, tied. Their vision tower: 27 layers × 1152
  // of 16 heads of 72, a 4,304-wide GeGLU MLP, 16×16 patches, a 10,240-position table, standardize. google/gemma-4-31B counts
  // 31,273,088,876 (the text model 30,697,345,340, the tower and embed_vision 575,743,536): its checkpoint's BF16 count to
  // the parameter. The 26B-A4B's tower is taken as the 31B's (its model card: a ~550M vision encoder for both).
  {
    id: 'google/gemma-4-31B-it',
    aliases: ['google/gemma-4-31B', 'gemma-4-31b', 'gemma-4-31b-it', 'gemma4-31b'],
    config: gemma4({
      hidden_size: 5376,
      intermediate_size: 21504,
      num_hidden_layers: 60,
      num_attention_heads: 32,
      num_key_value_heads: 16,
      num_global_key_value_heads: 4,
      enable_moe_block: false,
    }),
  },
  {
    id: 'google/gemma-4-26B-A4B-it',
    aliases: ['google/gemma-4-26B-A4B', 'gemma-4-26b-a4b', 'gemma-4-26b-a4b-it', 'gemma4-26b-a4b'],
    config: gemma4({
      hidden_size: 2816,
      intermediate_size: 2112,
      num_hidden_layers: 30,
      num_attention_heads: 16,
      num_key_value_heads: 8,
      num_global_key_value_heads: 2,
      enable_moe_block: true,
      num_experts: 128,
      top_k_experts: 8,
      moe_intermediate_size: 704,
    }),
  },
  // Gemma 4's E2B and E4B: text_config as public copies of the published config.json give it (E4B-it: a fine-tune's copy of
  // unsloth/gemma-4-E4B-it's, its quantization keys aside; E2B: mlc's generator of its configs; runtimes' test configs of
  // both), the vision and audio towers as transformers' Gemma4VisionConfig / Gemma4AudioConfig and the E4B-it copy state them.
  // E2B: 35 layers × 1536 (a global layer every fifth), 1 KV head, the last 20 layers on shared keys and values with an MLP
  // twice 6,144 wide; E4B: 42 × 2560 (every sixth global), 2 KV heads, the last 18 shared, MLP 10,240. Their checkpoints'
  // tensors sum to 5,123,178,979 and 7,996,157,418 (a per-tensor dump of google/gemma-4-E2B-it; an FSDP2 fine-tune's log of
  // E4B's); that includes the k_proj, v_proj and k_norm the checkpoint keeps for the KV-sharing layers (18,880,512 and
  // 55,055,616), which transformers does not build: counted as built, 5,104,298,467 and 7,941,101,802 (the layer scalars
  // and clip bounds, stored, included).
  {
    id: 'google/gemma-4-E2B-it',
    aliases: ['google/gemma-4-E2B', 'gemma-4-e2b', 'gemma-4-e2b-it', 'gemma4-e2b', 'unsloth/gemma-4-E2B-it', 'unsloth/gemma-4-E2B'],
    config: gemma4Edge(
      {
        hidden_size: 1536,
        intermediate_size: 6144,
        num_hidden_layers: 35,
        num_attention_heads: 8,
        num_key_value_heads: 1,
        num_kv_shared_layers: 20,
        use_double_wide_mlp: true,
      },
      5,
    ),
  },
  {
    id: 'google/gemma-4-E4B-it',
    aliases: ['google/gemma-4-E4B', 'gemma-4-e4b', 'gemma-4-e4b-it', 'gemma4-e4b', 'unsloth/gemma-4-E4B-it', 'unsloth/gemma-4-E4B'],
    config: gemma4Edge(
      {
        hidden_size: 2560,
        intermediate_size: 10240,
        num_hidden_layers: 42,
        num_attention_heads: 8,
        num_key_value_heads: 2,
        num_kv_shared_layers: 18,
        use_double_wide_mlp: false,
      },
      6,
    ),
  },
  // Gemma 3n's E2B and E4B: E2B's text_config as unsloth's copy of E2B-it's config.json states it (test/fixtures/survey/
  // fiftyninth/hf/993), E4B's as Gemma3nTextConfig's defaults (transformers: "gemma3n_text-E4B style"; 35 blocks, as llama.cpp's
  // 847 tensors of its GGUF are 35 × 24 + 7). The text model as transformers builds it: 4,435,182,688 and 6,835,235,568; with the
  // k_proj, v_proj and k_norm the checkpoints keep for the KV-sharing layers, 4,456,156,768 and 6,866,696,688, Ollama's 4.46B
  // and 6.87B for their text-only GGUF.
  {
    id: 'google/gemma-3n-E2B-it',
    aliases: ['google/gemma-3n-E2B', 'gemma-3n-e2b', 'gemma-3n-e2b-it', 'gemma3n-e2b', 'unsloth/gemma-3n-E2B-it', 'unsloth/gemma-3n-E2B'],
    config: gemma3n(30, 8192, 10),
  },
  {
    id: 'google/gemma-3n-E4B-it',
    aliases: ['google/gemma-3n-E4B', 'gemma-3n-e4b', 'gemma-3n-e4b-it', 'gemma3n-e4b', 'unsloth/gemma-3n-E4B-it', 'unsloth/gemma-3n-E4B'],
    config: gemma3n(35, 16384, 15),
  },
  // Llama-3.3-Nemotron-Super-49B-v1 (nemotron-nas): its config.json's block_configs (test/fixtures/survey/twentyfirst/hf/442),
  // 49 of 80 layers with attention: 49,867,145,216, the Hub's 49.9B.
  {
    id: 'nvidia/Llama-3_3-Nemotron-Super-49B-v1',
    aliases: ['Llama-3_3-Nemotron-Super-49B-v1', 'llama-3.3-nemotron-super-49b-v1', 'nemotron-super-49b'],
    config: deci(
      8192,
      64,
      'a2.625 a5.25 a5.25 a5.25 a5.25 a5.25 -2.625 -2.625 a5.25 a5.25 a5.25 -3.28125 a5.25 a5.25 a5.25 a5.25 a5.25 a5.25 a5.25 a5.25 a5.25 a5.25 a5.25 a5.25 a5.25 a5.25 a5.25 a5.25 a5.25 a5.25 a5.25 a5.25 a5.25 a5.25 a5.25 a5.25 a5.25 a5.25 a5.25 a5.25 a5.25 a5.25 -1.3125 -2.625 -2.625 -1.3125 -5.25 -1.3125 -2.625 -1.3125 -1.3125 -1.3125 a5.25 -1.3125 -1.0 -1.0 -1.3125 -1.0 -1.0 -1.0 -1.3125 -1.3125 -0.5 -0.5 -1.0 -1.0 -0.5 -0.5 -1.0 -0.5 -0.5 a5.25 a5.25 a5.25 a5.25 a5.25 a5.25 a5.25 a5.25 a5.25',
    ),
  },
  // GLM-4-9B-Chat (THUDM/glm-4-9b-chat's config.json, remote-code ChatGLM: as a LLaMA-Factory run's log prints it, transformers
  // 4.43.4): 40 layers × 4096, 32 heads of 128 with 2 query groups and a biased fused qkv, SwiGLU of 13,696, RMSNorm, untied
  // 151,552 vocabulary: 9,399,951,360 (its model card: 9B; the Hub: 9.4B). glm-4-9b (base) has the same shapes.
  {
    id: 'THUDM/glm-4-9b-chat',
    aliases: ['glm-4-9b-chat', 'zai-org/glm-4-9b-chat', 'THUDM/glm-4-9b', 'zai-org/glm-4-9b', 'glm-4-9b', 'glm4-9b-chat'],
    config: chatglm(40, 151552, 131072),
  },
  // LFM2-8B-A1B (lfm2_moe; its shapes as a public fine-tune's config.json states them, test/fixtures/hf_config_2026/
  // lfm2-8b-a1b-augment-ft.config.json): 24 layers × 2048, 18 short convolutions and 6 attention layers, 2 dense MLPs of 7,168,
  // then 32 experts of 1,792 (top 4); tied 65,536 vocabulary: 8,339,930,560, 1,557,740,992 active (Liquid AI: 8.3B, 1.5B).
  // LFM2.5-8B-A1B is not here: its vocabulary grew (Liquid AI: "128K") and its config.json was not found.
  {
    id: 'LiquidAI/LFM2-8B-A1B',
    aliases: ['lfm2-8b-a1b', 'LFM2-8B-A1B'],
    config: {
      model_type: 'lfm2_moe',
      architectures: ['Lfm2MoeForCausalLM'],
      hidden_size: 2048,
      intermediate_size: 7168,
      moe_intermediate_size: 1792,
      num_hidden_layers: 24,
      num_attention_heads: 32,
      num_key_value_heads: 8,
      num_dense_layers: 2,
      num_experts: 32,
      num_experts_per_tok: 4,
      use_expert_bias: true,
      conv_L_cache: 3,
      conv_bias: false,
      layer_types: Array.from({ length: 24 }, (_, i) => ([2, 6, 10, 14, 18, 21].includes(i) ? 'full_attention' : 'conv')),
      vocab_size: 65536,
      max_position_embeddings: 128000,
      tie_word_embeddings: true,
    },
  },
  // LFM2's dense releases (lfm2; Liquid AI's model card table: 350M 354,483,968, 700M 742,489,344, 1.2B 1,170,340,608, 2.6B
  // 2,569,272,320, each "16 (10 conv + 6 attn)" layers, 2.6B "30 (22 conv + 8 attn)", vocabulary 65,536): attention heads of 64
  // with 8 KV heads, the MLP's width as Lfm2MLP adjusts intermediate_size (350M 6,656 → 4,608, 700M 10,240 → 6,912, 1.2B
  // 12,288 → 8,192; 2.6B 10,752 as written, not adjusted), tied. Their totals follow from these shapes to the parameter. LFM2.5's
  // 350M and 1.2B keep LFM2's shapes (more pre-training: their model cards' "1.17B", 16 layers, 65,536 tokens).
  lfm2Dense('350M', 1024, 16, 6656, true, [2, 5, 8, 10, 12, 14], 16, ['LiquidAI/LFM2.5-350M', 'LFM2.5-350M']),
  lfm2Dense('700M', 1536, 24, 10240, true, [2, 5, 8, 10, 12, 14], 16),
  lfm2Dense('1.2B', 2048, 32, 12288, true, [2, 5, 8, 10, 12, 14], 16, ['LiquidAI/LFM2.5-1.2B-Base', 'LiquidAI/LFM2.5-1.2B-Instruct', 'LFM2.5-1.2B']),
  lfm2Dense('2.6B', 2048, 32, 10752, false, [2, 5, 9, 13, 17, 21, 24, 27], 30),
  // LFM2-VL (lfm2_vl; its model card: 450M on LFM2-350M with "SigLIP2 NaFlex base (86M)", 1.6B on LFM2-1.2B with "SigLIP2 NaFlex
  // shape-optimized (400M)"): SigLIP 2 NaFlex 12 × 768 (MLP 3,072, 85,843,200) or 27 × 1152 (MLP 4,304, 412,649,712), patches of
  // 16, 256 positions, no pooling head; the projector as Lfm2VlConfig's defaults (pixel unshuffle 2, a LayerNorm, → 2,560 → the
  // language model's width, biased): 450,822,656 and 1,600,043,504 ("450M", "1.6B"). LFM2.5-VL-1.6B differs (no LayerNorm, a
  // projector of 2,048: test/fixtures/hf_config_2026/lfm2.5-vl-1.6b.config.json) and is read from its config.json.
  lfm2Vl('450M', lfm2Dense('350M', 1024, 16, 6656, true, [2, 5, 8, 10, 12, 14], 16).config, 12, 768, 12, 3072, ['LiquidAI/LFM2.5-VL-450M', 'LFM2.5-VL-450M']),
  lfm2Vl('1.6B', lfm2Dense('1.2B', 2048, 32, 12288, true, [2, 5, 8, 10, 12, 14], 16).config, 27, 1152, 16, 4304),
  // Qwen2.5-VL and Qwen3-VL (their config.json: test/fixtures/hf_config_2025 holds 3B, 7B and Qwen3-VL-8B); the 72B's ViT MLP is 3456.
  {
    id: 'Qwen/Qwen2.5-VL-3B-Instruct',
    aliases: ['qwen2.5-vl-3b'],
    config: { ...qwen25vl(36, 2048, 16, 2, 11008, 151936, 3420), tie_word_embeddings: true },
  },
  // Cosmos-Reason1-7B: Qwen2.5-VL-7B-Instruct post-trained by NVIDIA (its model card), the same shapes.
  {
    id: 'Qwen/Qwen2.5-VL-7B-Instruct',
    aliases: ['qwen2.5-vl-7b', 'nvidia/Cosmos-Reason1-7B', 'cosmos-reason1-7b'],
    config: qwen25vl(28, 3584, 28, 4, 18944, 152064, 3420),
  },
  // InternVL2-2B (OpenGVLab/InternVL2-2B's InternVLChatModel, as a fine-tune of it keeps its config.json: test/fixtures/survey/
  // eighth/hf/129): internlm2-chat-1_8b (24 × 2048, 16 heads, 8 KV, SwiGLU 8,192, untied 92,553 tokens), InternViT-300M-448px
  // and mlp1 over 4 merged patches: 2,205,754,368 (the model card's 2.2B).
  {
    id: 'OpenGVLab/InternVL2-2B',
    aliases: ['InternVL2-2B', 'internvl2-2b'],
    config: {
      model_type: 'internvl_chat',
      architectures: ['InternVLChatModel'],
      downsample_ratio: 0.5,
      force_image_size: 448,
      select_layer: -1,
      ps_version: 'v2',
      llm_config: {
        ...llama(24, 2048, 16, 8, 8192, 92553, 32768),
        model_type: 'internlm2',
        architectures: ['InternLM2ForCausalLM'],
        bias: false,
      },
      vision_config: {
        model_type: 'intern_vit_6b',
        hidden_size: 1024,
        intermediate_size: 4096,
        num_attention_heads: 16,
        num_hidden_layers: 24,
        image_size: 448,
        patch_size: 14,
        num_channels: 3,
        norm_type: 'layer_norm',
        qkv_bias: true,
        qk_normalization: false,
      },
    },
  },
  // PaliGemma 3B at 224 px (google/paligemma-3b-pt-224's config.json, as a repository vendors it: test/fixtures/survey/
  // thirtyeighth/hf/820; the mix checkpoint keeps its shapes): Gemma 2B with 257,216 tokens, SigLIP-So400m/14 without its head,
  // a 1,152 → 2,048 projector: 2,923,466,480 (the Hub's 2.92B).
  {
    id: 'google/paligemma-3b-pt-224',
    aliases: ['paligemma-3b-pt-224', 'google/paligemma-3b-mix-224', 'paligemma-3b-mix-224'],
    config: {
      model_type: 'paligemma',
      architectures: ['PaliGemmaForConditionalGeneration'],
      hidden_size: 2048,
      projection_dim: 2048,
      vocab_size: 257216,
      text_config: {
        model_type: 'gemma',
        hidden_size: 2048,
        intermediate_size: 16384,
        num_attention_heads: 8,
        num_hidden_layers: 18,
        num_key_value_heads: 1,
        num_image_tokens: 256,
        vocab_size: 257216,
      },
      vision_config: {
        model_type: 'siglip_vision_model',
        hidden_size: 1152,
        intermediate_size: 4304,
        num_attention_heads: 16,
        num_hidden_layers: 27,
        num_image_tokens: 256,
        patch_size: 14,
        projection_dim: 2048,
        vision_use_head: false,
      },
    },
  },
  // MiniCPM-2B (openbmb/MiniCPM-2B-sft-bf16's config.json, its -sft-fp32 and -dpo twins' shapes; no model_type or
  // tie_word_embeddings key, its remote MiniCPMConfig's "minicpm", tied): 2,724,880,896, the MiniCPM paper's 2.7B (2.4B without
  // embeddings; arXiv 2404.06395).
  {
    id: 'openbmb/MiniCPM-2B-sft-bf16',
    aliases: [
      'MiniCPM-2B-sft-bf16',
      'openbmb/MiniCPM-2B-sft-fp32',
      'MiniCPM-2B-sft-fp32',
      'openbmb/MiniCPM-2B-dpo-bf16',
      'openbmb/MiniCPM-2B-dpo-fp32',
      'MiniCPM-2B',
    ],
    config: { ...llama(40, 2304, 36, 36, 5760, 122753, 4096), model_type: 'minicpm', architectures: ['MiniCPMForCausalLM'], tie_word_embeddings: true },
  },
  // MiniCPM-V 2.6 (openbmb/MiniCPM-V-2_6's config.json, MiniCPMV's remote code: a Qwen2Config at the top, Qwen2-7B's shapes with
  // 151,666 tokens, untied; SigLIP-400M's tower over 980-px images of 14-px patches with its last layer kept; a Resampler of 64
  // queries): 8,099,175,152, its checkpoint's BF16 count.
  {
    id: 'openbmb/MiniCPM-V-2_6',
    aliases: ['MiniCPM-V-2_6', 'minicpm-v-2.6', 'MiniCPM-V-2.6'],
    config: {
      ...llama(28, 3584, 28, 4, 18944, 151666, 32768),
      model_type: 'minicpmv',
      architectures: ['MiniCPMV'],
      version: 2.6,
      query_num: 64,
      image_size: 448,
      patch_size: 14,
      drop_vision_last_layer: false,
      vision_config: {
        model_type: 'siglip_vision_model',
        hidden_size: 1152,
        intermediate_size: 4304,
        num_hidden_layers: 27,
        num_attention_heads: 16,
        image_size: 980,
        patch_size: 14,
      },
    },
  },
  // InternVL3-8B (transformers' InternVLForConditionalGeneration, the -hf conversion of OpenGVLab/InternVL3-8B's InternVLChatModel;
  // their model cards: InternViT-300M-448px-V2.5 + Qwen2.5-7B): Qwen2.5-7B with InternVL's 151,674 tokens, untied (7,612,820,992);
  // InternViT 24 × 1024 with biased q/k/v, LayerNorm blocks, layer scales and no final norm (304,012,288); mlp1 over 4 merged
  // patches, 4,096 → 3,584 → 3,584 (27,540,480): 7,944,373,760 (derived from the shapes; the Hub's rounded 7.94B).
  {
    id: 'OpenGVLab/InternVL3-8B-hf',
    aliases: ['OpenGVLab/InternVL3-8B', 'internvl3-8b', 'InternVL3-8B', 'InternVL3-8B-hf'],
    config: {
      model_type: 'internvl',
      architectures: ['InternVLForConditionalGeneration'],
      downsample_ratio: 0.5,
      text_config: { ...llama(28, 3584, 28, 4, 18944, 151674, 32768), model_type: 'qwen2', architectures: ['Qwen2ForCausalLM'] },
      vision_config: {
        model_type: 'internvl_vision',
        hidden_size: 1024,
        intermediate_size: 4096,
        num_hidden_layers: 24,
        num_attention_heads: 16,
        image_size: [448, 448],
        patch_size: [14, 14],
        attention_bias: true,
        use_qk_norm: false,
        norm_type: 'layer_norm',
        use_mean_pooling: true,
      },
    },
  },
  { id: 'Qwen/Qwen2.5-VL-32B-Instruct', aliases: ['qwen2.5-vl-32b'], config: qwen25vl(64, 5120, 40, 8, 27648, 152064, 3456) },
  { id: 'Qwen/Qwen2.5-VL-72B-Instruct', aliases: ['qwen2.5-vl-72b'], config: qwen25vl(80, 8192, 64, 8, 29568, 152064, 3456) },
  { id: 'Qwen/Qwen2-VL-7B-Instruct', aliases: ['qwen2-vl-7b'], config: qwen2vl(28, 3584, 28, 4, 18944, 152064, false) },
  // LLaVA 1.5 7B: llava-hf/llava-1.5-7b-hf's config.json (a text_config of LlamaConfig's defaults, Vicuna 7B v1.5's shapes, with
  // 32,064 rows; CLIP ViT-L/14 at 336 px; a two-layer GELU projector): 7,063,427,072. The original liuhaotian/llava-v1.5-7b
  // (LLaVA's own LlavaLlamaForCausalLM: the same tower, mlp2x_gelu projector and language model, 32,000 rows): 7,062,902,784.
  { id: 'llava-hf/llava-1.5-7b-hf', aliases: ['llava-1.5-7b-hf'], config: llava15(32064) },
  { id: 'liuhaotian/llava-v1.5-7b', aliases: ['llava-v1.5-7b'], config: llava15(32000) },
  // TinyLLaVA v1 (bczhou/tiny-llava-v1-hf's config.json, test/fixtures/hf_config_2026's): LLaVA 1.5's tower and projector over
  // TinyLlama 1.1B (22 × 2048, 4 KV heads, 5,632 wide) with 32,064 rows: 1,410,113,536.
  {
    id: 'bczhou/tiny-llava-v1-hf',
    aliases: ['tiny-llava-v1-hf'],
    config: {
      ...llava15(32064),
      text_config: {
        model_type: 'llama',
        architectures: ['LlamaForCausalLM'],
        hidden_size: 2048,
        intermediate_size: 5632,
        num_hidden_layers: 22,
        num_key_value_heads: 4,
        rms_norm_eps: 1e-5,
        vocab_size: 32064,
      },
      tie_word_embeddings: false,
    },
  },
  // LLaVA-NeXT (1.6) on Mistral 7B Instruct v0.2: llava-hf/llava-v1.6-mistral-7b-hf (LlavaNextForConditionalGeneration; the
  // tower, projector and language model of test/fixtures/hf_config_2026/llava-next-video-7b-mistral-bnb4.config.json, 32,064
  // rows): 7,566,747,648, its card's "7.57B". The original liuhaotian/llava-v1.6-mistral-7b (ModelScope's
  // AI-ModelScope/llava-v1.6-mistral-7b): the same with 32,000 rows, 7,566,223,360.
  { id: 'llava-hf/llava-v1.6-mistral-7b-hf', aliases: ['llava-v1.6-mistral-7b-hf'], config: llavaNextMistral(32064) },
  { id: 'liuhaotian/llava-v1.6-mistral-7b', aliases: ['llava-v1.6-mistral-7b'], config: llavaNextMistral(32000) },
  { id: 'Qwen/Qwen2-VL-2B-Instruct', aliases: ['qwen2-vl-2b'], config: qwen2vl(28, 1536, 12, 2, 8960, 151936, true) },
  // Qwen3-VL 2B–32B and the MoE 30B-A3B / 235B-A22B (their config.json; the -Thinking releases keep the -Instruct shapes): Qwen3's
  // language models of those sizes (2B, 4B tied) and the ViT. NVIDIA's Cosmos-Reason2 2B / 8B are post-trained Qwen3-VL-2B / 8B-Instruct
  // (Qwen3VLForConditionalGeneration, the same shapes; their model cards).
  {
    id: 'Qwen/Qwen3-VL-2B-Instruct',
    aliases: ['qwen3-vl-2b', 'nvidia/Cosmos-Reason2-2B', 'cosmos-reason2-2b'],
    config: qwen3vl(qwen3(28, 2048, 16, 8, 6144, true), true),
  },
  { id: 'Qwen/Qwen3-VL-4B-Instruct', aliases: ['qwen3-vl-4b'], config: qwen3vl(qwen3(36, 2560, 32, 8, 9728, true), true) },
  {
    id: 'Qwen/Qwen3-VL-8B-Instruct',
    aliases: ['qwen3-vl-8b', 'Qwen/Qwen3-VL-8B-Thinking', 'nvidia/Cosmos-Reason2-8B', 'cosmos-reason2-8b'],
    config: qwen3vl(qwen3(36, 4096, 32, 8, 12288, false), false),
  },
  { id: 'Qwen/Qwen3-VL-32B-Instruct', aliases: ['qwen3-vl-32b'], config: qwen3vl(qwen3(64, 5120, 64, 8, 25600, false), false) },
  { id: 'Qwen/Qwen3-VL-30B-A3B-Instruct', aliases: ['qwen3-vl-30b-a3b'], config: qwen3vl(qwen3Moe(48, 2048, 32, 4, 6144, 768), false) },
  // Qwen3-Omni-30B-A3B-Instruct (its config.json: test/fixtures/survey/eightieth/hf/1292): the thinker's Qwen3-30B-A3B language
  // model with 152,064 rows and Qwen3-VL's 27 × 1152 tower, 31,071,278,320; its audio encoder, talker and code2wav are said as
  // not counted.
  // TrOCR-small (microsoft/trocr-small-printed, its config.json, test/fixtures/survey/thirtyeighth/hf/831; -handwritten and
  // -stage1 the same shapes): DeiT-small at 384 and TrOCR's decoder of 6 × 256, 64,044 tokens: 61,596,672 (the Hub's 61.6M).
  {
    id: 'microsoft/trocr-small-printed',
    aliases: ['microsoft/trocr-small-handwritten', 'microsoft/trocr-small-stage1', 'trocr-small-printed'],
    config: {
      model_type: 'vision-encoder-decoder',
      architectures: ['VisionEncoderDecoderModel'],
      tie_word_embeddings: false,
      encoder: {
        model_type: 'deit',
        hidden_size: 384,
        num_hidden_layers: 12,
        num_attention_heads: 6,
        intermediate_size: 1536,
        image_size: 384,
        patch_size: 16,
        num_channels: 3,
        qkv_bias: true,
      },
      decoder: {
        model_type: 'trocr',
        d_model: 256,
        decoder_layers: 6,
        decoder_attention_heads: 8,
        decoder_ffn_dim: 1024,
        vocab_size: 64044,
        max_position_embeddings: 512,
        layernorm_embedding: true,
        use_learned_position_embeddings: true,
        cross_attention_hidden_size: 384,
        tie_word_embeddings: false,
      },
      torch_dtype: 'float32',
    },
  },
  // Florence-2: base 231,414,016 and large 770,173,952 (Microsoft's 0.23B and 0.77B).
  { id: 'microsoft/Florence-2-base', aliases: ['microsoft/Florence-2-base-ft', 'florence-2-base'], config: florence2(768, 6, 12, 128, 768) },
  { id: 'microsoft/Florence-2-large', aliases: ['microsoft/Florence-2-large-ft', 'florence-2-large'], config: florence2(1024, 12, 16, 256, 1024) },
  // Qwen2.5-Omni-7B: the thinker's language model and vision tower, 8,292,166,656 (Qwen2.5-VL-7B-Instruct's count); the audio
  // encoder, talker and token2wav said as not counted.
  { id: 'Qwen/Qwen2.5-Omni-7B', aliases: ['qwen2.5-omni-7b'], config: qwen25Omni7b() },
  { id: 'Qwen/Qwen3-Omni-30B-A3B-Instruct', aliases: ['qwen3-omni-30b-a3b-instruct', 'qwen3-omni-30b-a3b'], config: qwen3Omni(true) },
  // (Its Thinking and Captioner releases are the thinker alone: no talker, no code2wav.)
  {
    id: 'Qwen/Qwen3-Omni-30B-A3B-Thinking',
    aliases: ['qwen3-omni-30b-a3b-thinking', 'Qwen/Qwen3-Omni-30B-A3B-Captioner', 'qwen3-omni-30b-a3b-captioner'],
    config: qwen3Omni(false),
  },
  { id: 'Qwen/Qwen3-VL-235B-A22B-Instruct', aliases: ['qwen3-vl-235b-a22b'], config: qwen3vl(qwen3Moe(94, 4096, 64, 4, 12288, 1536), false) },
  { id: 'meta-llama/Llama-3.2-11B-Vision', aliases: ['llama-3.2-11b-vision', 'Llama-3.2-11B-Vision'], config: mllama(40, 4096, 32, 14336) },
  { id: 'meta-llama/Llama-3.2-90B-Vision', aliases: ['llama-3.2-90b-vision', 'Llama-3.2-90B-Vision'], config: mllama(100, 8192, 64, 28672) },
  // Phi-3.5-mini keeps Phi-3-mini's shapes (an alias there); Phi-4 (14B) and Phi-4-mini (tied, 200k vocabulary).
  {
    id: 'microsoft/phi-4',
    aliases: ['phi-4', 'phi4', 'phi4-14b', 'microsoft/Phi-4-reasoning', 'microsoft/Phi-4-reasoning-plus'],
    config: { ...llama(40, 5120, 40, 10, 17920, 100352, 16384), model_type: 'phi3', architectures: ['Phi3ForCausalLM'] },
  },
  // Unsloth's Phi-4 uploads, "Llamafied" (their model card: Phi-4 converted to Llama's architecture, q/k/v and gate/up apart):
  // Phi-4's shapes on LlamaForCausalLM, so an adapter's target names are Llama's.
  {
    id: 'unsloth/phi-4',
    // (Shisa V2's unphi4-14b: "a fine-tune of unsloth/phi-4", its model card; 14B in its table.)
    aliases: ['unsloth/Phi-4', 'unsloth/phi-4-bnb-4bit', 'unsloth/phi-4-unsloth-bnb-4bit', 'shisa-ai/shisa-v2-unphi4-14b'],
    config: llama(40, 5120, 40, 10, 17920, 100352, 16384),
  },
  {
    id: 'microsoft/Phi-4-mini-instruct',
    aliases: ['phi-4-mini', 'Phi-4-mini'],
    config: { ...llama(32, 3072, 24, 8, 8192, 200064, 131072), model_type: 'phi3', architectures: ['Phi3ForCausalLM'], tie_word_embeddings: true },
  },
  // Mistral Small 2409 (mistralai/Mistral-Small-Instruct-2409, "22B"): 56 layers × 6,144, 48 heads of 128 over 8 KV heads, a
  // SwiGLU of 16,384, Mistral's 32,768-token v3 vocabulary, untied: 22,247,282,688 (the Hub's 22.2B).
  {
    id: 'mistralai/Mistral-Small-Instruct-2409',
    aliases: ['Mistral-Small-Instruct-2409', 'unsloth/Mistral-Small-Instruct-2409', 'mistral-small-22b'],
    config: { ...llama(56, 6144, 48, 8, 16384, 32768, 32768), model_type: 'mistral', architectures: ['MistralForCausalLM'], head_dim: 128 },
  },
  {
    id: 'mistralai/Mistral-Small-24B-Base-2501',
    // Devstral Small 1.0 / 1.1 and Magistral Small 1.0 / 1.1: Mistral Small 3.1 without its vision encoder (their model cards).
    aliases: [
      'mistral-small-24b',
      'Mistral-Small-24B-Instruct-2501',
      'mistralai/Devstral-Small-2505',
      'mistralai/Devstral-Small-2507',
      'mistralai/Magistral-Small-2506',
      'mistralai/Magistral-Small-2507',
    ],
    config: tekken(40, 5120, 32, 8, 32768, 32768),
  },
  {
    id: 'mistralai/Mistral-Small-3.1-24B-Instruct-2503',
    // (Magistral Small 1.2, 2509: Mistral Small 3.2 with its vision encoder, its model card says.)
    aliases: [
      'mistral-small-3.1',
      'mistralai/Mistral-Small-3.1-24B-Base-2503',
      'mistralai/Mistral-Small-3.2-24B-Instruct-2506',
      'mistral-small-3.2',
      'mistralai/Magistral-Small-2509',
    ],
    config: mistral3(tekken(40, 5120, 32, 8, 32768, 131072)),
  },
  // Devstral Small 2 (its config.json, test/fixtures/survey/hf/19): Mistral Small 3.1's shapes with the text model as Ministral 3
  // (ministral3: Mistral's layers, YaRN to 393,216 positions) and the same Pixtral tower. Published only as FP8.
  {
    id: 'mistralai/Devstral-Small-2-24B-Instruct-2512',
    aliases: ['devstral-small-2', 'Devstral-Small-2-24B', 'devstral-small-2-24b'],
    config: mistral3({ ...tekken(40, 5120, 32, 8, 32768, 393216), model_type: 'ministral3' }),
  },
  {
    id: 'mistralai/Mistral-Nemo-Base-2407',
    aliases: ['mistral-nemo', 'Mistral-Nemo-Instruct-2407', 'mistral-nemo-12b'],
    config: tekken(40, 5120, 32, 8, 14336, 131072),
  },
  { id: 'mistralai/Ministral-8B-Instruct-2410', aliases: ['ministral-8b'], config: tekken(36, 4096, 32, 8, 12288, 32768) },
  // Hunyuan 0.5B (hunyuan_v1_dense; "0.5B" in Tencent's collection): the language model HunyuanOCR's text_config states, 24 × 1024,
  // 16 heads and 8 KV heads of 128 with q/k norms, SwiGLU 3584, 120,818 tokens, tied: 539,010,048, the 1.08 GB of its one bf16
  // model.safetensors on the Hub.
  {
    id: 'tencent/Hunyuan-0.5B-Instruct',
    aliases: ['hunyuan-0.5b', 'tencent/Hunyuan-0.5B-Pretrain', 'Hunyuan-0.5B-Instruct'],
    config: {
      ...llama(24, 1024, 16, 8, 3584, 120818, 32768),
      model_type: 'hunyuan_v1_dense',
      architectures: ['HunYuanDenseV1ForCausalLM'],
      head_dim: 128,
      use_qk_norm: true,
      tie_word_embeddings: true,
    },
  },
  // Ministral 3 3B (Mistral3ForConditionalGeneration with a ministral3 text model, as transformers' ministral3 docs load it): 26 ×
  // 3072, 32 heads and 8 KV heads of 128, SwiGLU 9216, 131,072 tokens, tied ("3.4B Language Model + 0.4B Vision Encoder", its
  // model card); the Pixtral tower of Mistral Small 3.1. Published as FP8, and as -BF16.
  {
    id: 'mistralai/Ministral-3-3B-Instruct-2512',
    aliases: ['ministral-3-3b', 'mistralai/Ministral-3-3B-Instruct-2512-BF16', 'mistralai/Ministral-3-3B-Base-2512', 'mistralai/Ministral-3-3B-Reasoning-2512'],
    config: mistral3({ ...tekken(26, 3072, 32, 8, 9216, 262144), model_type: 'ministral3', tie_word_embeddings: true }),
  },
  { id: 'HuggingFaceTB/SmolLM-135M', aliases: ['smollm-135m'], config: smollm(30, 576, 9, 3, 1536) },
  { id: 'HuggingFaceTB/SmolLM-360M', aliases: ['smollm-360m'], config: smollm(32, 960, 15, 5, 2560) },
  { id: 'HuggingFaceTB/SmolLM-1.7B', aliases: ['smollm-1.7b'], config: smollm(24, 2048, 32, 32, 8192) },
  { id: 'HuggingFaceTB/SmolLM2-135M', aliases: ['smollm2-135m'], config: smollm2(30, 576, 9, 3, 1536) },
  { id: 'HuggingFaceTB/SmolLM2-360M', aliases: ['smollm2-360m'], config: smollm2(32, 960, 15, 5, 2560) },
  { id: 'HuggingFaceTB/SmolLM2-1.7B', aliases: ['smollm2-1.7b'], config: smollm2(24, 2048, 32, 32, 8192) },
  {
    id: 'HuggingFaceTB/SmolLM3-3B',
    aliases: ['smollm3-3b', 'HuggingFaceTB/SmolLM3-3B-Base', 'HuggingFaceTB/SmolLM3-3B-checkpoints'],
    config: { ...llama(36, 2048, 16, 4, 11008, 128256, 65536), model_type: 'smollm3', architectures: ['SmolLM3ForCausalLM'], tie_word_embeddings: true },
  },
  // Llama 4 (test/fixtures/hf_config_handwritten holds Scout's config.json): 48 layers × 5120, experts of 8,192 plus a shared one,
  // Scout 16 on every layer, Maverick 128 on every other layer (dense ones 16,384); the vision tower of both.
  {
    id: 'meta-llama/Llama-4-Scout-17B-16E-Instruct',
    // (MaxText's model_name llama4-17b-16e: its language model unless use_multimodal.)
    aliases: ['llama-4-scout', 'meta-llama/Llama-4-Scout-17B-16E', 'llama4_scout-17b-16e', 'llama4-17b-16e'],
    config: llama4(16, 1),
  },
  {
    id: 'meta-llama/Llama-4-Maverick-17B-128E-Instruct',
    aliases: ['llama-4-maverick', 'meta-llama/Llama-4-Maverick-17B-128E', 'llama4_maverick-17b-128e', 'llama4-17b-128e'],
    config: llama4(128, 2),
  },
  // torchtitan's llama4 flavors: the same language models without the vision tower (dim 5120, 48 layers, 40 heads, 8 KV, experts
  // of compute_moe_hidden_dim(5120, multiple_of 2048, ×1.2, top 1 + 1 shared) = 8,192, vocabulary 202,048; 17bx128e interleaves).
  { id: 'torchtitan:llama4:17bx16e', aliases: [], config: llama4Text(16, 1) },
  { id: 'torchtitan:llama4:17bx128e', aliases: [], config: llama4Text(128, 2) },
  {
    id: 'microsoft/Phi-3.5-MoE-instruct',
    aliases: ['phi-3.5-moe'],
    config: {
      ...llama(32, 4096, 32, 8, 6400, 32064, 131072),
      model_type: 'phimoe',
      architectures: ['PhiMoEForCausalLM'],
      attention_bias: true,
      lm_head_bias: true,
      num_local_experts: 16,
      num_experts_per_tok: 2,
    },
  },
  {
    id: 'CohereForAI/c4ai-command-r7b-12-2024',
    aliases: ['command-r7b', 'CohereLabs/c4ai-command-r7b-12-2024'],
    config: {
      ...llama(32, 4096, 32, 8, 14336, 256000, 132096),
      model_type: 'cohere2',
      architectures: ['Cohere2ForCausalLM'],
      tie_word_embeddings: true,
      sliding_window: 4096,
      sliding_window_pattern: 4,
    },
  },
  // CLIP (CLIPConfig): text and vision towers with their projections (test/fixtures/hf_config_handwritten holds ViT-B/32's).
  {
    id: 'openai/clip-vit-base-patch32',
    aliases: ['clip-vit-b-32', 'ViT-B/32'],
    config: { model_type: 'clip', architectures: ['CLIPModel'], projection_dim: 512, text_config: {}, vision_config: {} },
  },
  // (ViT-B/16: B/32's towers with 16-pixel patches, 197 positions: the Hub's 150M.)
  {
    id: 'openai/clip-vit-base-patch16',
    aliases: ['clip-vit-b-16', 'ViT-B/16'],
    config: { model_type: 'clip', architectures: ['CLIPModel'], projection_dim: 512, text_config: {}, vision_config: { patch_size: 16 } },
  },
  {
    id: 'openai/clip-vit-large-patch14',
    aliases: ['clip-vit-l-14', 'ViT-L/14'],
    config: {
      model_type: 'clip',
      architectures: ['CLIPModel'],
      projection_dim: 768,
      text_config: { hidden_size: 768, intermediate_size: 3072, num_attention_heads: 12 },
      vision_config: { hidden_size: 1024, intermediate_size: 4096, num_hidden_layers: 24, num_attention_heads: 16, patch_size: 14 },
    },
  },
  { id: 'openai/gpt-oss-20b', aliases: ['gpt-oss-20b', 'torchtitan:gpt_oss:20B'], config: gptOss(24) },
  // OPT (facebook/opt-*): 125m 125,239,296, 350m 331,196,416, 1.3b 1,315,758,080, 2.7b 2,651,596,800, 6.7b 6,658,473,984, 13b
  // 12,853,473,280 (the sums of their weights).
  { id: 'facebook/opt-125m', aliases: ['opt-125m'], config: opt(12, 768, 12) },
  { id: 'facebook/opt-350m', aliases: ['opt-350m'], config: opt(24, 1024, 16, 512, false) },
  { id: 'facebook/opt-1.3b', aliases: ['opt-1.3b'], config: opt(24, 2048, 32) },
  { id: 'facebook/opt-2.7b', aliases: ['opt-2.7b'], config: opt(32, 2560, 32) },
  { id: 'facebook/opt-6.7b', aliases: ['opt-6.7b'], config: opt(32, 4096, 32) },
  { id: 'facebook/opt-13b', aliases: ['opt-13b'], config: opt(40, 5120, 40) },
  // Whisper large-v3 (1,543,490,560) and large-v3-turbo, its 4-layer decoder (808,878,080): the Hub's totals.
  { id: 'openai/whisper-large-v3', aliases: ['whisper-large-v3'], config: whisper(32, 32) },
  { id: 'openai/whisper-large-v3-turbo', aliases: ['whisper-large-v3-turbo'], config: whisper(32, 4) },
  // (Distil-Whisper large-v3: large-v3's encoder under a 2-layer decoder, the Hub's 756M.)
  { id: 'distil-whisper/distil-large-v3', aliases: ['distil-large-v3'], config: whisper(32, 2) },
  // Whisper before large-v3 (openai/whisper-*): the model card's tiny 39M, base 74M, small 244M, medium 769M, large 1550M
  // (test/fixtures/hf_config_encoders holds whisper-small's config.json: 241,734,912).
  { id: 'openai/whisper-tiny', aliases: ['whisper-tiny'], config: whisperV2(4, 384) },
  { id: 'openai/whisper-base', aliases: ['whisper-base'], config: whisperV2(6, 512) },
  { id: 'openai/whisper-small', aliases: ['whisper-small'], config: whisperV2(12, 768) },
  { id: 'openai/whisper-medium', aliases: ['whisper-medium'], config: whisperV2(24, 1024) },
  { id: 'openai/whisper-large-v2', aliases: ['whisper-large-v2', 'openai/whisper-large', 'whisper-large'], config: whisperV2(32, 1280) },
  // wav2vec 2.0 as people fine-tune it for speech recognition: base (94,396,320 with the 32-token CTC head, the count of
  // facebook/wav2vec2-base-960h in test/fixtures/hf_config_encoders), and the large encoders of 24 × 1024 (XLS-R 300M's model
  // card: 300M; 315,438,720 without its head, as the survey's XLS-R-300M fine-tune, tenth/hf/209, counts it).
  { id: 'facebook/wav2vec2-base', aliases: ['wav2vec2-base'], config: wav2vec2(12, 768, false) },
  { id: 'facebook/wav2vec2-base-960h', aliases: ['wav2vec2-base-960h'], config: wav2vec2(12, 768, false) },
  { id: 'facebook/wav2vec2-large-960h-lv60-self', aliases: ['wav2vec2-large-960h-lv60-self'], config: wav2vec2(24, 1024, true) },
  { id: 'facebook/wav2vec2-large-xlsr-53', aliases: ['wav2vec2-large-xlsr-53'], config: wav2vec2(24, 1024, true) },
  { id: 'facebook/wav2vec2-xls-r-300m', aliases: ['wav2vec2-xls-r-300m'], config: wav2vec2(24, 1024, true) },
  // The encoders people fine-tune (test/fixtures/hf_config_encoders holds the base sizes' config.json files with their counts):
  // BERT (uncased 30,522 tokens, cased 28,996, multilingual cased 119,547), RoBERTa and XLM-R, DeBERTa-v3, ModernBERT, DistilBERT,
  // and the sentence encoders built on them (BertModel / XLMRobertaModel: bge, e5, MiniLM; bge-m3 with 8,192 positions).
  // (ProsusAI's FinBERT: BERT base uncased pre-trained further on financial text, its shapes and vocabulary.)
  { id: 'google-bert/bert-base-uncased', aliases: ['bert-base-uncased', 'ProsusAI/finbert'], config: bert(12, 768, 30522) },
  { id: 'google-bert/bert-base-cased', aliases: ['bert-base-cased'], config: bert(12, 768, 28996) },
  { id: 'google-bert/bert-large-uncased', aliases: ['bert-large-uncased'], config: bert(24, 1024, 30522) },
  { id: 'google-bert/bert-large-cased', aliases: ['bert-large-cased'], config: bert(24, 1024, 28996) },
  { id: 'google-bert/bert-base-multilingual-cased', aliases: ['bert-base-multilingual-cased'], config: bert(12, 768, 119547) },
  // (Chinese BERT base: its config.json's 21,128 characters and word pieces; the Hub's 102M.)
  { id: 'google-bert/bert-base-chinese', aliases: ['bert-base-chinese'], config: bert(12, 768, 21128) },
  // (HFL's Chinese BERTs, whole-word masked and MacBERT: bert-base-chinese's shapes and vocabulary, their README's 102M for the
  // base size, 325M / 324M for large.)
  { id: 'hfl/chinese-bert-wwm-ext', aliases: ['chinese-bert-wwm-ext', 'hfl/chinese-bert-wwm', 'chinese-bert-wwm'], config: bert(12, 768, 21128) },
  { id: 'hfl/chinese-roberta-wwm-ext', aliases: ['chinese-roberta-wwm-ext'], config: bert(12, 768, 21128) },
  { id: 'hfl/chinese-roberta-wwm-ext-large', aliases: ['chinese-roberta-wwm-ext-large'], config: bert(24, 1024, 21128) },
  { id: 'hfl/chinese-macbert-base', aliases: ['chinese-macbert-base'], config: bert(12, 768, 21128) },
  { id: 'hfl/chinese-macbert-large', aliases: ['chinese-macbert-large'], config: bert(24, 1024, 21128) },
  // ELECTRA's discriminators (google/electra-*-discriminator config.json files; the paper's 14M, 110M, 335M; small as
  // hf_config_2026's row counts it with 30,522 tokens, 13,549,057).
  { id: 'google/electra-small-discriminator', aliases: ['electra-small-discriminator'], config: electra(12, 256, 128) },
  { id: 'google/electra-base-discriminator', aliases: ['electra-base-discriminator'], config: electra(12, 768, 768) },
  { id: 'google/electra-large-discriminator', aliases: ['electra-large-discriminator'], config: electra(24, 1024, 1024) },
  // TUNiB-Electra ko-en base (tunib/electra-ko-en-base, its config.json: ELECTRA base's discriminator over a 61,790-token
  // Korean-English vocabulary, embeddings of 768 as its hidden size; its model card's 133M).
  {
    id: 'tunib/electra-ko-en-base',
    aliases: ['electra-ko-en-base'],
    config: {
      model_type: 'electra',
      architectures: ['ElectraForPreTraining'],
      num_hidden_layers: 12,
      hidden_size: 768,
      embedding_size: 768,
      num_attention_heads: 12,
      intermediate_size: 3072,
      vocab_size: 61790,
      max_position_embeddings: 512,
      type_vocab_size: 2,
      hidden_act: 'gelu',
      layer_norm_eps: 1e-12,
    },
  },
  // Google's BERT miniatures as prajjwal1 published them for PyTorch (BERT's uncased vocabulary; the paper "Well-Read Students
  // Learn Better", table 5: Tiny (2 × 128) 4.4M, Mini (4 × 256) 11.3M, Small (4 × 512) 29.1M, Medium (8 × 512) 41.7M).
  { id: 'prajjwal1/bert-tiny', aliases: ['bert-tiny'], config: bert(2, 128, 30522) },
  { id: 'prajjwal1/bert-mini', aliases: ['bert-mini'], config: bert(4, 256, 30522) },
  { id: 'prajjwal1/bert-small', aliases: ['bert-small'], config: bert(4, 512, 30522) },
  { id: 'prajjwal1/bert-medium', aliases: ['bert-medium'], config: bert(8, 512, 30522) },
  {
    id: 'distilbert/distilbert-base-uncased',
    aliases: ['distilbert-base-uncased'],
    config: distilbert(30522),
  },
  // (DistilBERT base cased: the same layers over BERT base cased's 28,996 tokens, its config.json; the Hub's 65.8M for its checkpoint,
  // the MLM head's transform beside.)
  {
    id: 'distilbert/distilbert-base-cased',
    aliases: ['distilbert-base-cased'],
    config: distilbert(28996),
  },
  // (DistilBERT base multilingual cased: the same layers over mBERT's 119,547 tokens; its model card: "totalizing 134M parameters".)
  {
    id: 'distilbert/distilbert-base-multilingual-cased',
    aliases: ['distilbert-base-multilingual-cased'],
    config: distilbert(119547),
  },
  // ViT-B/16 (google/vit-base-patch16-224-in21k: ImageNet-21k's ViTModel with its pooler, the Hub's 86.4M, 86,389,248; fine-tuned
  // on ImageNet-1k, vit-base-patch16-224, ViTForImageClassification's 1,000 classes: 86,567,656, hf_config_encoders' row).
  { id: 'google/vit-base-patch16-224', aliases: ['vit-base-patch16-224'], config: vitBase('ViTForImageClassification', 1000) },
  { id: 'google/vit-base-patch16-224-in21k', aliases: ['vit-base-patch16-224-in21k'], config: vitBase('ViTModel') },
  { id: 'FacebookAI/roberta-base', aliases: ['roberta-base'], config: roberta('roberta', 12, 768, 50265, 'RobertaForMaskedLM') },
  { id: 'FacebookAI/roberta-large', aliases: ['roberta-large'], config: roberta('roberta', 24, 1024, 50265, 'RobertaForMaskedLM') },
  // DistilRoBERTa (distilbert/distilroberta-base: RoBERTa base's width and vocabulary over 6 layers, its model card's 82M) and
  // BERTweet (vinai/bertweet-base: RoBERTa base over a 64,001-token BPE of tweets and 130 positions, its card's 135M): their
  // config.json.
  { id: 'distilbert/distilroberta-base', aliases: ['distilroberta-base'], config: roberta('roberta', 6, 768, 50265, 'RobertaForMaskedLM') },
  { id: 'vinai/bertweet-base', aliases: ['bertweet-base'], config: roberta('roberta', 12, 768, 64001, 'RobertaForMaskedLM', 130) },
  // CodeBERT (microsoft/codebert-base: RoBERTa base's shapes and vocabulary as the bare RobertaModel, its paper's 125M).
  { id: 'microsoft/codebert-base', aliases: ['codebert-base'], config: roberta('roberta', 12, 768, 50265, 'RobertaModel') },
  { id: 'FacebookAI/xlm-roberta-base', aliases: ['xlm-roberta-base'], config: roberta('xlm-roberta', 12, 768, 250002, 'XLMRobertaForMaskedLM') },
  { id: 'FacebookAI/xlm-roberta-large', aliases: ['xlm-roberta-large'], config: roberta('xlm-roberta', 24, 1024, 250002, 'XLMRobertaForMaskedLM') },
  { id: 'BAAI/bge-m3', aliases: ['bge-m3'], config: roberta('xlm-roberta', 24, 1024, 250002, 'XLMRobertaModel', 8194) },
  // bge-reranker base (a cross-encoder: XLM-R base's shapes as a sequence classifier of one score; the Hub's 278M).
  {
    id: 'BAAI/bge-reranker-base',
    aliases: ['bge-reranker-base'],
    config: { ...roberta('xlm-roberta', 12, 768, 250002, 'XLMRobertaForSequenceClassification'), id2label: { '0': 'LABEL_0' } },
  },
  // (And bge-reranker-v2-m3, bge-m3's 8,192 positions as a classifier of one score, the Hub's 568M; a Korean fine-tune of it.)
  {
    id: 'BAAI/bge-reranker-v2-m3',
    aliases: ['bge-reranker-v2-m3', 'dragonkue/bge-reranker-v2-m3-ko'],
    config: { ...roberta('xlm-roberta', 24, 1024, 250002, 'XLMRobertaForSequenceClassification', 8194), id2label: { '0': 'LABEL_0' } },
  },
  { id: 'BAAI/bge-large-en-v1.5', aliases: ['bge-large-en-v1.5'], config: bert(24, 1024, 30522, 'BertModel') },
  { id: 'BAAI/bge-base-en-v1.5', aliases: ['bge-base-en-v1.5'], config: bert(12, 768, 30522, 'BertModel') },
  // (The small ones, v1.5 and the first: 12 layers of 384 with 12 heads, the Hub's 33.4M.)
  { id: 'BAAI/bge-small-en-v1.5', aliases: ['bge-small-en-v1.5'], config: bert(12, 384, 30522, 'BertModel', 12) },
  { id: 'BAAI/bge-small-en', aliases: ['bge-small-en'], config: bert(12, 384, 30522, 'BertModel', 12) },
  { id: 'intfloat/e5-large-v2', aliases: ['e5-large-v2'], config: bert(24, 1024, 30522, 'BertModel') },
  // (E5 base v2: BERT base's bare model, the Hub's 109M. Multilingual E5, XLM-R's bare models: large and large-instruct 560M,
  // base 278M, small 118M, the small one over 250,037 tokens, 384 wide, 12 layers.)
  { id: 'intfloat/e5-base-v2', aliases: ['e5-base-v2'], config: bert(12, 768, 30522, 'BertModel') },
  {
    id: 'intfloat/multilingual-e5-large',
    aliases: ['multilingual-e5-large', 'intfloat/multilingual-e5-large-instruct', 'multilingual-e5-large-instruct'],
    config: roberta('xlm-roberta', 24, 1024, 250002, 'XLMRobertaModel'),
  },
  { id: 'intfloat/multilingual-e5-base', aliases: ['multilingual-e5-base'], config: roberta('xlm-roberta', 12, 768, 250002, 'XLMRobertaModel') },
  { id: 'intfloat/multilingual-e5-small', aliases: ['multilingual-e5-small'], config: roberta('xlm-roberta', 12, 384, 250037, 'XLMRobertaModel') },
  // (Korean SRoBERTa multitask, jhgan/ko-sroberta-multitask: KLUE RoBERTa base's bare model over 32,000 tokens, the Hub's 111M.)
  { id: 'jhgan/ko-sroberta-multitask', aliases: ['ko-sroberta-multitask'], config: roberta('roberta', 12, 768, 32000, 'RobertaModel') },
  // (The first sentence-transformers DistilBERT NLI encoder: DistilBERT base uncased's bare model, 66,362,880.)
  {
    id: 'sentence-transformers/distilbert-base-nli-mean-tokens',
    aliases: ['distilbert-base-nli-mean-tokens', 'sentence-transformers/distilbert-base-nli-stsb-mean-tokens', 'distilbert-base-nli-stsb-mean-tokens'],
    config: distilbert(30522, 'DistilBertModel'),
  },
  { id: 'sentence-transformers/all-MiniLM-L6-v2', aliases: ['all-MiniLM-L6-v2'], config: bert(6, 384, 30522, 'BertModel', 12) },
  { id: 'sentence-transformers/all-MiniLM-L12-v2', aliases: ['all-MiniLM-L12-v2'], config: bert(12, 384, 30522, 'BertModel', 12) },
  // (More sentence encoders people fine-tune with sentence-transformers, as AutoModel loads them: BERT base's BertModel, the Hub's
  // 110M; the MS MARCO DistilBERT, 66M; the multilingual DistilBERT under distiluse, 135M without its 768 → 512 Dense layer;
  // UAE-Large-V1, BERT large's BertModel, 335M.)
  {
    id: 'sentence-transformers/bert-base-nli-mean-tokens',
    aliases: ['bert-base-nli-mean-tokens'],
    config: bert(12, 768, 30522, 'BertModel'),
  },
  {
    id: 'sentence-transformers/msmarco-distilbert-base-v4',
    aliases: ['msmarco-distilbert-base-v4'],
    config: distilbert(30522, 'DistilBertModel'),
  },
  {
    id: 'sentence-transformers/distiluse-base-multilingual-cased-v1',
    aliases: ['distiluse-base-multilingual-cased-v1'],
    config: distilbert(119547, 'DistilBertModel'),
  },
  { id: 'WhereIsAI/UAE-Large-V1', aliases: ['UAE-Large-V1'], config: bert(24, 1024, 30522, 'BertModel') },
  // (deepset's MiniLM fine-tuned for SQuAD 2.0: MiniLM-L12-H384's BERT as BertForQuestionAnswering, without the pooler of the
  // Hub's 33.4M for the MiniLM encoders.)
  {
    id: 'deepset/minilm-uncased-squad2',
    aliases: ['minilm-uncased-squad2'],
    config: bert(12, 384, 30522, 'BertForQuestionAnswering', 12),
  },
  // (Its multilingual sibling: 12 layers of 384 over XLM-R's 250,037 tokens, the Hub's 118M.)
  {
    id: 'sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2',
    aliases: ['paraphrase-multilingual-MiniLM-L12-v2'],
    config: bert(12, 384, 250037, 'BertModel', 12),
  },
  // (The multilingual MPNet and XLM-R paraphrase encoders: XLM-R base's bare model, the Hub's 278M; ai-forever's Russian SBERT,
  // BERT large's bare model over 120,138 tokens, the Hub's 427M.)
  {
    id: 'sentence-transformers/paraphrase-multilingual-mpnet-base-v2',
    aliases: ['paraphrase-multilingual-mpnet-base-v2', 'sentence-transformers/paraphrase-xlm-r-multilingual-v1', 'paraphrase-xlm-r-multilingual-v1'],
    config: roberta('xlm-roberta', 12, 768, 250002, 'XLMRobertaModel'),
  },
  { id: 'ai-forever/sbert_large_mt_nlu_ru', aliases: ['sbert_large_mt_nlu_ru'], config: bert(24, 1024, 120138, 'BertModel') },
  // (PhoBERT, vinai/phobert-base and -large: RoBERTa over 64,001 tokens and 258 positions, the Hub's 135M and 370M; the Vietnamese
  // sentence encoders built on the base one load its bare model.)
  { id: 'vinai/phobert-base', aliases: ['phobert-base'], config: roberta('roberta', 12, 768, 64001, 'RobertaForMaskedLM', 258) },
  { id: 'vinai/phobert-large', aliases: ['phobert-large'], config: roberta('roberta', 24, 1024, 64001, 'RobertaForMaskedLM', 258) },
  {
    id: 'keepitreal/vietnamese-sbert',
    aliases: ['vietnamese-sbert', 'VoVanPhuc/sup-SimCSE-VietNamese-phobert-base', 'sup-SimCSE-VietNamese-phobert-base'],
    config: roberta('roberta', 12, 768, 64001, 'RobertaModel', 258),
  },
  // (dslim's NER BERTs: BERT cased's BertForTokenClassification over CoNLL-2003's 9 tags, the Hub's 108M and 333M.)
  { id: 'dslim/bert-base-NER', aliases: ['bert-base-NER'], config: { ...bert(12, 768, 28996, 'BertForTokenClassification'), id2label: conll } },
  { id: 'dslim/bert-large-NER', aliases: ['bert-large-NER'], config: { ...bert(24, 1024, 28996, 'BertForTokenClassification'), id2label: conll } },
  // (sentence-transformers' MS MARCO cross-encoders: MiniLM's BertForSequenceClassification with one label, the relevance score
  // CrossEncoder reads; the Hub's 22.7M and 33.4M. Both spellings of their names, L-6 and L6, are the Hub's.)
  {
    id: 'cross-encoder/ms-marco-MiniLM-L6-v2',
    aliases: ['cross-encoder/ms-marco-MiniLM-L-6-v2', 'ms-marco-MiniLM-L6-v2', 'ms-marco-MiniLM-L-6-v2'],
    config: { ...bert(6, 384, 30522, 'BertForSequenceClassification', 12), id2label: { '0': 'LABEL_0' } },
  },
  {
    id: 'cross-encoder/ms-marco-MiniLM-L12-v2',
    aliases: ['cross-encoder/ms-marco-MiniLM-L-12-v2', 'ms-marco-MiniLM-L12-v2', 'ms-marco-MiniLM-L-12-v2'],
    config: { ...bert(12, 384, 30522, 'BertForSequenceClassification', 12), id2label: { '0': 'LABEL_0' } },
  },
  // (sentence-transformers loads AutoModel, the bare MPNetModel with its pooler: 109,486,464, the model card's; its config.json,
  // MPNetForMaskedLM's, is test/fixtures/hf_config_2026's.)
  {
    id: 'sentence-transformers/all-mpnet-base-v2',
    aliases: ['all-mpnet-base-v2'],
    config: {
      model_type: 'mpnet',
      architectures: ['MPNetModel'],
      hidden_size: 768,
      intermediate_size: 3072,
      num_attention_heads: 12,
      num_hidden_layers: 12,
      vocab_size: 30527,
      max_position_embeddings: 514,
      relative_attention_num_buckets: 32,
      hidden_act: 'gelu',
      layer_norm_eps: 1e-5,
      torch_dtype: 'float32',
    },
  },
  // UER's Chinese RoBERTa of 8 × 512 (uer/chinese_roberta_L-8_H-512, BertForMaskedLM on BERT-Chinese's 21,128 tokens; a
  // fine-tune's config.json of the same shapes is test/fixtures/hf_config_2026's): 36,585,608, its 146 MB float32 checkpoint.
  { id: 'uer/chinese_roberta_L-8_H-512', aliases: ['chinese_roberta_L-8_H-512'], config: bert(8, 512, 21128) },
  // PhayaThaiBERT (clicknext/phayathaibert, CamembertForMaskedLM: XLM-R base's layers on 249,262 tokens, 512 positions; its
  // config.json is test/fixtures/hf_config_2026's): 277,724,590.
  {
    id: 'clicknext/phayathaibert',
    aliases: ['phayathaibert'],
    config: {
      model_type: 'camembert',
      architectures: ['CamembertForMaskedLM'],
      num_hidden_layers: 12,
      hidden_size: 768,
      num_attention_heads: 12,
      intermediate_size: 3072,
      vocab_size: 249262,
      max_position_embeddings: 512,
      type_vocab_size: 1,
      pad_token_id: 1,
      hidden_act: 'gelu',
      layer_norm_eps: 1e-12,
      torch_dtype: 'float32',
    },
  },
  // (DeBERTa-v3 xsmall: 12 layers of 384, the model card's 22M backbone and 48M embedding.)
  { id: 'microsoft/deberta-v3-xsmall', aliases: ['deberta-v3-xsmall'], config: debertaV3(12, 384) },
  { id: 'microsoft/deberta-v3-small', aliases: ['deberta-v3-small'], config: debertaV3(6, 768) },
  { id: 'microsoft/deberta-v3-base', aliases: ['deberta-v3-base'], config: debertaV3(12, 768) },
  { id: 'microsoft/deberta-v3-large', aliases: ['deberta-v3-large'], config: debertaV3(24, 1024) },
  { id: 'answerdotai/ModernBERT-base', aliases: ['modernbert-base'], config: modernBert(22, 768, 1152) },
  { id: 'answerdotai/ModernBERT-large', aliases: ['modernbert-large'], config: modernBert(28, 1024, 2624) },
  // T5 and FLAN-T5: the Hub's safetensors totals t5-small 60,506,624, t5-base 222,903,936, t5-large 737,668,608, flan-t5-small
  // 76,961,152, -base 247,577,856, -large 783,150,080; flan-t5-xl "3B".
  { id: 'google-t5/t5-small', aliases: ['t5-small'], config: t5(6, 512, 2048, 8, false, 512) },
  { id: 'google-t5/t5-base', aliases: ['t5-base'], config: t5(12, 768, 3072, 12, false, 512) },
  { id: 'google-t5/t5-large', aliases: ['t5-large'], config: t5(24, 1024, 4096, 16, false, 512) },
  // CodeT5 base (Salesforce/codet5-base: T5 base's layers over a 32,100-token code BPE, tied; its paper's 220M).
  { id: 'Salesforce/codet5-base', aliases: ['codet5-base'], config: { ...t5(12, 768, 3072, 12, false), vocab_size: 32100 } },
  // CodeT5+ 770M (Salesforce/codet5p-770m: T5 large's layers over CodeT5's 32,100 tokens, tied; named, as T5's paper names T5
  // large, 770M).
  { id: 'Salesforce/codet5p-770m', aliases: ['codet5p-770m'], config: { ...t5(24, 1024, 4096, 16, false), vocab_size: 32100 } },
  // ruT5 base (ai-forever/ruT5-base, first published as sberbank-ai/ruT5-base: T5 base's shapes over a 32,128-token Russian
  // vocabulary; its model card's 222M).
  { id: 'ai-forever/ruT5-base', aliases: ['sberbank-ai/ruT5-base', 'ruT5-base'], config: t5(12, 768, 3072, 12, false) },
  { id: 'google/flan-t5-small', aliases: ['flan-t5-small'], config: t5(8, 512, 1024, 6, true, 512) },
  { id: 'google/flan-t5-base', aliases: ['flan-t5-base'], config: t5(12, 768, 2048, 12, true, 512) },
  { id: 'google/flan-t5-large', aliases: ['flan-t5-large'], config: t5(24, 1024, 2816, 16, true, 512) },
  { id: 'google/flan-t5-xl', aliases: ['flan-t5-xl'], config: t5(24, 2048, 5120, 32, true, 512) },
  // mT5 (MT5ForConditionalGeneration: T5 1.1's layers with 250,112 tokens, untied; google/mt5-small's config.json is
  // test/fixtures/hf_config_encoders'): the Hub's totals mt5-small 300,176,768, mt5-base 582,401,280 ("582M"), mt5-large
  // 1,229,581,312 ("1.23B").
  { id: 'google/mt5-small', aliases: ['mt5-small'], config: mt5(8, 512, 1024, 6) },
  { id: 'google/mt5-base', aliases: ['mt5-base'], config: mt5(12, 768, 2048, 12) },
  { id: 'google/mt5-large', aliases: ['mt5-large'], config: mt5(24, 1024, 2816, 16) },
  // mT0 (bigscience/mt0-*: mT5 fine-tuned on xP3, each size with its mT5's config.json; the model card's mt0-small 300M,
  // mt0-base 580M, mt0-large 1.2B).
  { id: 'bigscience/mt0-small', aliases: ['mt0-small'], config: mt5(8, 512, 1024, 6) },
  { id: 'bigscience/mt0-base', aliases: ['mt0-base'], config: mt5(12, 768, 2048, 12) },
  { id: 'bigscience/mt0-large', aliases: ['mt0-large'], config: mt5(24, 1024, 2816, 16) },
  // BART (facebook/bart-*; bart-large-cnn's vocabulary one token shorter) and mBART-50 (pre-norm, both stacks' final norms,
  // scaled embeddings, ReLU, 250,054 tokens).
  { id: 'facebook/bart-base', aliases: ['bart-base'], config: bart(6, 768, 50265) },
  { id: 'facebook/bart-large', aliases: ['bart-large'], config: bart(12, 1024, 50265) },
  { id: 'facebook/bart-large-cnn', aliases: ['bart-large-cnn'], config: bart(12, 1024, 50264) },
  {
    id: 'facebook/mbart-large-50-many-to-many-mmt',
    aliases: [
      'mbart-large-50-many-to-many-mmt',
      'facebook/mbart-large-50',
      'mbart-large-50',
      'facebook/mbart-large-50-one-to-many-mmt',
      'facebook/mbart-large-50-many-to-one-mmt',
    ],
    config: {
      ...bart(12, 1024, 250054),
      model_type: 'mbart',
      architectures: ['MBartForConditionalGeneration'],
      activation_function: 'relu',
      normalize_before: true,
      add_final_layer_norm: true,
      scale_embedding: true,
    },
  },
  // mBART-large pre-trained on CC25 (facebook/mbart-large-cc25): mBART-50's layers with GELU and 250,027 tokens (its weight files'
  // 2.44 GB in fp32).
  {
    id: 'facebook/mbart-large-cc25',
    aliases: ['mbart-large-cc25'],
    config: {
      ...bart(12, 1024, 250027),
      model_type: 'mbart',
      architectures: ['MBartForConditionalGeneration'],
      normalize_before: true,
      add_final_layer_norm: true,
      scale_embedding: true,
    },
  },
  // BARTpho-syllable (vinai/bartpho-syllable, its config.json: mBART-large's layers, GELU, unscaled embeddings, 40,030 syllables).
  {
    id: 'vinai/bartpho-syllable',
    aliases: ['bartpho-syllable'],
    config: {
      model_type: 'mbart',
      architectures: ['MBartModel'],
      d_model: 1024,
      encoder_layers: 12,
      decoder_layers: 12,
      encoder_attention_heads: 16,
      decoder_attention_heads: 16,
      encoder_ffn_dim: 4096,
      decoder_ffn_dim: 4096,
      vocab_size: 40030,
      max_position_embeddings: 1024,
      activation_function: 'gelu',
      scale_embedding: false,
      is_encoder_decoder: true,
      torch_dtype: 'float32',
    },
  },
  // NLLB-200 (facebook/nllb-200-*; the distilled 1.3B has the 1.3B's shapes) and M2M-100 (facebook/m2m100_*): distilled-600M
  // 615,073,792, 1.3B 1,370,638,336, 3.3B 3,344,863,232, m2m100_418M 483,905,536, m2m100_1.2B 1,239,470,080 (PyTorch's count
  // of each loaded checkpoint, the positions a buffer).
  { id: 'facebook/nllb-200-distilled-600M', aliases: ['nllb-200-distilled-600m'], config: m2m100(12, 1024, 4096, 256206) },
  { id: 'facebook/nllb-200-distilled-1.3B', aliases: ['nllb-200-distilled-1.3b'], config: m2m100(24, 1024, 8192, 256206) },
  { id: 'facebook/nllb-200-1.3B', aliases: ['nllb-200-1.3b'], config: m2m100(24, 1024, 8192, 256206) },
  { id: 'facebook/nllb-200-3.3B', aliases: ['nllb-200-3.3b'], config: m2m100(24, 2048, 8192, 256206) },
  { id: 'facebook/m2m100_418M', aliases: ['m2m100-418m'], config: m2m100(12, 1024, 4096, 128112) },
  { id: 'facebook/m2m100_1.2B', aliases: ['m2m100-1.2b'], config: m2m100(24, 1024, 8192, 128112) },
  { id: 'openai/gpt-oss-120b', aliases: ['gpt-oss-120b', 'torchtitan:gpt_oss:120B'], config: gptOss(36) },
  {
    id: 'zai-org/GLM-4.5-Air',
    aliases: ['glm-4.5-air', 'THUDM/GLM-4.5-Air', 'zai-org/GLM-4.5-Air-Base'],
    config: {
      ...llama(46, 4096, 96, 8, 10944, 151552, 131072),
      model_type: 'glm4_moe',
      architectures: ['Glm4MoeForCausalLM'],
      head_dim: 128,
      attention_bias: true,
      moe_intermediate_size: 1408,
      n_routed_experts: 128,
      n_shared_experts: 1,
      num_experts_per_tok: 8,
      first_k_dense_replace: 1,
      num_nextn_predict_layers: 1,
      use_qk_norm: false,
    },
  },
  // GLM-4.5V (Glm4vMoeForConditionalGeneration; its config as transformers 5.7 re-saves it, test/fixtures/survey/thirtyfifth/hf/746):
  // GLM-4.5-Air's language model (46 × 4096, 128 experts of 1,408, top 8, a shared one, the first layer dense) with 65,536
  // positions and no MTP layer, and the 24-layer 1,536-wide vision tower: 107,710,933,120, its safetensors' count.
  {
    id: 'zai-org/GLM-4.5V',
    aliases: ['glm-4.5v', 'GLM-4.5V', 'THUDM/GLM-4.5V'],
    config: {
      model_type: 'glm4v_moe',
      architectures: ['Glm4vMoeForConditionalGeneration'],
      tie_word_embeddings: false,
      text_config: {
        ...llama(46, 4096, 96, 8, 10944, 151552, 65536),
        model_type: 'glm4v_moe_text',
        head_dim: 128,
        attention_bias: true,
        moe_intermediate_size: 1408,
        n_routed_experts: 128,
        n_shared_experts: 1,
        num_experts_per_tok: 8,
        first_k_dense_replace: 1,
        partial_rotary_factor: 0.5,
        use_qk_norm: false,
      },
      vision_config: {
        model_type: 'glm4v_moe_vision',
        depth: 24,
        hidden_size: 1536,
        intermediate_size: 10944,
        num_heads: 12,
        out_hidden_size: 4096,
        patch_size: 14,
        image_size: 336,
        in_channels: 3,
        spatial_merge_size: 2,
        temporal_patch_size: 2,
        attention_bias: false,
      },
    },
  },
  // GLM-4.7-Flash (Glm4MoeLiteForCausalLM, its config.json: test/fixtures/survey/hf/10): DeepSeek-V3's MLA layers (q LoRA 768,
  // KV LoRA 512, 20 heads of 192 + 64 / 256) at 47 × 2048, the first dense (10,240), then 64 experts of 1,536 (top 4) and a
  // shared one; vocabulary 154,880, untied; one MTP layer.
  {
    id: 'zai-org/GLM-4.7-Flash',
    aliases: ['glm-4.7-flash', 'GLM-4.7-Flash'],
    config: {
      model_type: 'glm4_moe_lite',
      architectures: ['Glm4MoeLiteForCausalLM'],
      num_hidden_layers: 47,
      hidden_size: 2048,
      num_attention_heads: 20,
      num_key_value_heads: 20,
      head_dim: 64,
      intermediate_size: 10240,
      moe_intermediate_size: 1536,
      n_routed_experts: 64,
      n_shared_experts: 1,
      num_experts_per_tok: 4,
      first_k_dense_replace: 1,
      q_lora_rank: 768,
      kv_lora_rank: 512,
      qk_nope_head_dim: 192,
      qk_rope_head_dim: 64,
      v_head_dim: 256,
      num_nextn_predict_layers: 1,
      vocab_size: 154880,
      max_position_embeddings: 202752,
      tie_word_embeddings: false,
    },
  },
  // EXAONE 3.x (ExaoneForCausalLM, model_type exaone): the shapes of LG AI Research's config.json (EXAONE 3.5 technical report,
  // arXiv 2412.04862, Table 1: 2.4B 30 layers × 2560, FFN 7168, 32 heads, 8 KV heads, tied; 7.8B 32 × 4096, FFN 14336; 32B
  // 64 × 5120, FFN 27392, 40 heads; vocabulary 102,400, 32K positions). Values read from public copies of the config.json:
  // zero-jin/exaone-3.5-2.4b-it-text2sql (_name_or_path LGAI-EXAONE/EXAONE-3.5-2.4B-Instruct: head_dim 80, no
  // tie_word_embeddings key, so ExaoneConfig's true), GrennKren/EXAONE-3.5-7.8B-Instruct-8bit, huihui-ai/
  // EXAONE-3.5-32B-Instruct-abliterated, heegyu/EXAONE-3.0-7.8B-Instruct-bf16 (3.0: 4K positions, rope_theta 500000).
  { id: 'LGAI-EXAONE/EXAONE-3.5-2.4B-Instruct', aliases: ['exaone-3.5-2.4b', 'exaone3.5:2.4b'], config: exaone(30, 2560, 32, 80, 7168, 32768, true) },
  { id: 'LGAI-EXAONE/EXAONE-3.5-7.8B-Instruct', aliases: ['exaone-3.5-7.8b', 'exaone3.5:7.8b'], config: exaone(32, 4096, 32, 128, 14336, 32768, false) },
  { id: 'LGAI-EXAONE/EXAONE-3.5-32B-Instruct', aliases: ['exaone-3.5-32b', 'exaone3.5:32b'], config: exaone(64, 5120, 40, 128, 27392, 32768, false) },
  { id: 'LGAI-EXAONE/EXAONE-3.0-7.8B-Instruct', aliases: ['exaone-3.0-7.8b'], config: exaone(32, 4096, 32, 128, 14336, 4096, false) },
  // Moonlight-16B-A3B (Moonshot's Muon model, DeepSeek-V3's layers at 27 × 2048, 64 experts of 1408, 2 shared, top 6, no query
  // LoRA; Kimi's 163,840-token vocabulary): its config.json at revision 4e735b07a89f73647dfab71ab91b840f362ede5b, 8,192 positions.
  {
    id: 'moonshotai/Moonlight-16B-A3B',
    aliases: ['moonlight-16b-a3b', 'moonshotai/Moonlight-16B-A3B-Instruct', 'Moonlight-16B-A3B-Instruct'],
    config: {
      ...deepseek({ L: 27, h: 2048, a: 16, f: 11264, fe: 1408, E: 64, shared: 2, k: 6, dense: 1, qLora: 0, V: 163840, bias: true }),
      max_position_embeddings: 8192,
      num_nextn_predict_layers: 0,
    },
  },
  {
    id: 'moonshotai/Kimi-K2-Base',
    // (torchtitan forks' deepseek_v3 flavors kimi_k2 and kimi_k2_sft, NousResearch/torchtitan: these shapes.)
    aliases: ['kimi-k2', 'moonshotai/Kimi-K2-Instruct', 'Kimi-K2-Instruct-0905', 'torchtitan:deepseek_v3:kimi_k2', 'torchtitan:deepseek_v3:kimi_k2_sft'],
    config: {
      ...deepseek({ L: 61, h: 7168, a: 64, f: 18432, fe: 2048, E: 384, shared: 1, k: 8, dense: 1, qLora: 1536, V: 163840, bias: true }),
      num_nextn_predict_layers: 0,
    },
  },
  // Kimi K3 (kimi_k3, its config.json: test/fixtures/hf_config_2026): Kimi Linear's language model at 93 layers × 7168 (KDA in
  // three of four with a full-rank output gate, gated latent attention, LatentMoE of 896 experts in 3,584, Block Attention
  // Residuals) and MoonViT-V2: 2,779,931,834,976 (the Hub's 2,779,931,837,184 counts the checkpoint's A_log of 128, not 96).
  {
    id: 'moonshotai/Kimi-K3',
    aliases: ['kimi-k3'],
    config: {
      model_type: 'kimi_k3',
      architectures: ['KimiK3ForConditionalGeneration'],
      tie_word_embeddings: false,
      text_config: {
        model_type: 'kimi_linear',
        hidden_size: 7168,
        intermediate_size: 33792,
        num_hidden_layers: 93,
        num_attention_heads: 96,
        num_key_value_heads: 96,
        q_lora_rank: 1536,
        kv_lora_rank: 512,
        qk_nope_head_dim: 128,
        qk_rope_head_dim: 64,
        v_head_dim: 128,
        mla_use_nope: true,
        mla_use_output_gate: true,
        attn_res_block_size: 12,
        first_k_dense_replace: 1,
        moe_layer_freq: 1,
        num_experts: 896,
        num_experts_per_token: 16,
        num_shared_experts: 2,
        moe_intermediate_size: 3072,
        routed_expert_hidden_size: 3584,
        latent_moe_use_norm: true,
        topk_method: 'noaux_tc',
        vocab_size: 163840,
        tie_word_embeddings: false,
        max_position_embeddings: 1048576,
        num_nextn_predict_layers: 0,
        linear_attn_config: {
          full_attn_layers: [...Array.from({ length: 23 }, (_, i) => 4 * (i + 1)), 93],
          kda_layers: Array.from({ length: 92 }, (_, i) => i + 1).filter((n) => n % 4 !== 0),
          head_dim: 128,
          num_heads: 96,
          short_conv_kernel_size: 4,
          use_full_rank_gate: true,
        },
      },
      vision_config: {
        vt_hidden_size: 1024,
        vt_intermediate_size: 4096,
        vt_num_hidden_layers: 27,
        vt_num_attention_heads: 12,
        qkv_hidden_size: 1536,
        patch_size: 14,
        init_pos_emb_height: 64,
        init_pos_emb_width: 64,
        merge_kernel_size: [2, 2],
      },
    },
  },
  // Kimi-VL-A3B (kimi_vl, remote modeling_kimi_vl.py): text_config is Moonlight-16B-A3B's DeepSeek-V3-style MoE (27 layers ×
  // 2048, MLA without a q LoRA, 1 dense layer of 11,264, 64 experts of 1,408 top 6 + 2 shared, noaux_tc), vision_config
  // MoonViT (27 × 1152, 64 × 64 learned positions, merge 2 × 2) with its projector. Keys as moonshotai/Kimi-VL-A3B-Instruct's
  // config.json publishes them; the Thinking and Thinking-2506 releases keep those shapes (2506 raises the processor's pixel
  // budget, not the model). 16,407,656,048: language model 15,960,110,208 (Moonlight: 15.29B total and 2.24B activated without
  // the embedding and head), MoonViT 416,866,032, projector 30,679,808; Moonshot: 16B total, 2.8B + 0.4B activated (LLM + ViT).
  {
    id: 'moonshotai/Kimi-VL-A3B-Instruct',
    aliases: ['kimi-vl-a3b', 'moonshotai/Kimi-VL-A3B-Thinking', 'moonshotai/Kimi-VL-A3B-Thinking-2506'],
    config: {
      model_type: 'kimi_vl',
      architectures: ['KimiVLForConditionalGeneration'],
      text_config: {
        ...deepseek({ L: 27, h: 2048, a: 16, f: 11264, fe: 1408, E: 64, shared: 2, k: 6, dense: 1, qLora: 0, V: 163840, bias: true }),
        scoring_func: 'sigmoid',
        num_nextn_predict_layers: 0,
      },
      vision_config: {
        model_type: 'moonvit',
        patch_size: 14,
        num_attention_heads: 16,
        num_hidden_layers: 27,
        hidden_size: 1152,
        intermediate_size: 4304,
        init_pos_emb_height: 64,
        init_pos_emb_width: 64,
        merge_kernel_size: [2, 2],
      },
    },
  },
];

/** Tokenizer vocabulary sizes (unpadded); each trainer pads them by its own rule. */
export const TOKENIZERS: Readonly<Record<string, { readonly size: number; readonly name: string }>> = {
  gpt2: { size: 50257, name: 'GPT-2 BPE' },
  'gpt-neox': { size: 50277, name: 'GPT-NeoX-20B' },
  llama2: { size: 32000, name: 'Llama 2 SentencePiece' },
  llama3: { size: 128256, name: 'Llama 3 tiktoken' },
};

function norm(name: string): string {
  // (ModelScope's downloads write a name's dots as "___": qwen/Qwen1___5-72B-Chat.)
  return name.trim().toLowerCase().replace(/\/+$/, '').replace(/___/g, '.');
}

const index = new Map<string, CatalogueEntry>();
for (const e of MODELS) {
  for (const n of [e.id, ...e.aliases]) {
    index.set(norm(n), e);
    const short = n.split('/').pop();
    if (short && !index.has(norm(short))) index.set(norm(short), e);
  }
}

/** The index's short names with their dots and underscores as dashes (qwen2.5-1.5b-instruct as qwen2-5-1-5b-instruct). */
const dashed = new Map<string, CatalogueEntry>();
for (const [k, e] of index) if (!k.includes('/') && !k.includes(':')) dashed.set(k.replace(/[._]/g, '-'), e);

/** The model names torchtitan ships flavors of (those of the catalogue's torchtitan:<name>:<flavor> aliases). */
const TITAN_MODELS: ReadonlySet<string> = new Set(
  [...index.keys()].flatMap((k) => {
    const m = /^torchtitan:([^:]+):/.exec(k);
    return m ? [m[1]!] : [];
  }),
);

/**
 * Chat and instruction-tuned releases keep their base model's shapes (Meta-Llama-3-8B-Instruct,
 * Qwen2.5-7B-Instruct, gemma-2-9b-it, Llama-2-7b-chat-hf, Qwen3-4B-Instruct-2507, Qwen3-8B-Base): the suffix is dropped
 * when only the base is known.
 */
// (Mistral's releases add a version: Mixtral-8x7B-Instruct-v0.1, Mistral-7B-Instruct-v0.2.)
const TUNED_SUFFIX = /-(instruct|chat|it|thinking|base)(-\d+|-v\d+(\.\d+)*)?(-hf)?$/;

/**
 * Quantized re-uploads keep their model's shapes in config.json (unsloth's -bnb-4bit, axolotl-quants' -bnb-nf4-bf16, -AWQ,
 * -GPTQ, -FP8): the suffix is dropped when only the model is known. (Their stored weights differ; the training method reads
 * the quantization from the trainer's own keys.)
 */
// (mlx-community's conversions: -4bit, -8bit, -3bit; GPTQ's with their group size: LLaMA-7B-4bit-128g.)
const QUANTIZED_SUFFIX = /-((unsloth-)?bnb-(4bit|8bit|nf4)(-bf16|-fp16)?|awq|gptq(-int[48])?|fp8(-dynamic)?|int[48]|[2-8]bit)(-\d+g)?$/;

/**
 * A local copy's folder keeps the model's name with what its owner added: the dtype it was saved in (mlx_lm.convert's -bf16,
 * -fp16), a conversion's -hf (…/Qwen3-8B-hf), a backup's -bak, a date stamp (internlm-chat-20b-20230920), or an adapter merged into it
 * (_lora_merge, -merged: a merged LoRA keeps the base's shapes): dropped,
 * one after another, when only the model is known (…/Qwen3-1.7B-bf16-bak: Qwen3-1.7B; glm-4-9b-chat_lora_merge: glm-4-9b-chat).
 */
const COPY_SUFFIX = /[-_](bf16|fp16|fp32|bak|backup|copy|hf|(lora[-_])?merged?|20\d{6})$/;

/**
 * The folder that names the model in a path that ends below it: Kaggle Models' `…/<slug>/<framework>/<variation>/<version>`
 * (…/nemotron-3-nano-30b-a3b-bf16/transformers/default/1: the variation where it names a model, else the slug), a version
 * folder (…/gemma-3-12b-it/v1, …/main), a folder of a generic name it was put in (…/ChatGLM2-6B/model, …/weights), or the
 * checkpoint verl and EasyR1 save under their run's folder (…/qwen2_5_vl_7b_grpo/global_step_186/actor/huggingface: the run).
 * Undefined where the path does not end so.
 */
function modelFolders(name: string): string[] | undefined {
  const step = /^(.*[\\/].*?)[\\/]global_step_?\d+(?:[\\/]actor)?(?:[\\/]huggingface)?[\\/]?$/i.exec(name);
  if (step) return [step[1]!];
  const kaggle = /^(.*?)[\\/](?:transformers|pytorch|jax|flax|keras|tensorflow\d*|other)[\\/]([^\\/]+)[\\/]\d+[\\/]?$/i.exec(name);
  if (kaggle) return [kaggle[2]!, kaggle[1]!];
  // (A weights file in the model's folder, …/llama-2-7b-chat-hf/pytorch_model-00002-of-00002.bin: that folder.)
  const weights = /^(.*?)[\\/](?:pytorch_model|model|consolidated)(?:[-.]\d+(?:-of-\d+)?)?\.(?:bin|safetensors|pt|pth)$/i.exec(name);
  if (weights && weights[1]) return [weights[1]];
  const version = /^(.*[\\/].*?)[\\/](?:v?\d+(?:\.\d+)*|default|main|latest|model|hf_model|weights)[\\/]?$/i.exec(name);
  if (version) return [version[1]!];
  // (A relative folder that holds the model beside its tokenizer, Meta-Llama-3-8B-Instruct/model: that folder; no Hub id is
  // named so.)
  const held = /^([^\\/]+)[\\/](?:model|hf_model|weights)[\\/]?$/i.exec(name);
  return held ? [held[1]!] : undefined;
}

/** Looks a model up by any of its names; also accepts `org/name` where only `name` is known, and a chat or instruct release of a known base. */
export function findModel(name: string): CatalogueEntry | undefined {
  const folders = modelFolders(name);
  if (folders) {
    for (const f of folders) {
      const e = findModel(f);
      if (e) return e;
    }
    return undefined;
  }
  // A path into a Hugging Face cache (…/hub/models--Qwen--Qwen2.5-Math-7B/snapshots/<hash>, or Windows' C:\Users\…\hub\…):
  // the model it holds.
  const cached = /(?:^|[\\/])models--([^\\/]+?)--([^\\/]+)(?:[\\/]|$)/.exec(name);
  if (cached) return findModel(`${cached[1]}/${cached[2]}`);
  const n = norm(name);
  // (A folder named for the Hub id with its slash written as two dashes, as such a cache does, agents/phi2_model/microsoft--phi-2,
  // or a snapshot of it, model/Qwen/models/Qwen--Qwen3-8B/snapshots/master: that id, where it is one the catalogue holds.)
  const slashed = /(?:^|[\\/])([^\\/]+?)--([^\\/]+?)(?:[\\/]snapshots[\\/][^\\/]+)?$/.exec(n);
  if (slashed && index.has(`${slashed[1]}/${slashed[2]}`)) return index.get(`${slashed[1]}/${slashed[2]}`);
  // A torchtitan model registered under a model's own name (deepseek_v2_lite, flavor 16B) that torchtitan does not ship: the
  // model of that name. (A flavor of a model torchtitan ships that the catalogue does not hold is its own: unknown.)
  const titan = /^torchtitan:([^:]+):[^:]+$/.exec(n);
  if (titan && !index.has(n)) return TITAN_MODELS.has(titan[1]!) ? undefined : index.get(titan[1]!.replace(/_/g, '-'));
  // (A Windows path's folders too: F:\Models\ChatGLM-3\chatglm3-6b-base.)
  let short = (n.split(/[\\/]/).pop() ?? n).replace(QUANTIZED_SUFFIX, '');
  for (let i = 0; i < 3 && !index.has(short) && COPY_SUFFIX.test(short); i++) short = short.replace(COPY_SUFFIX, '');
  // (A folder that writes the name's dots as dashes or underscores, qwen2-5-1-5b-instruct: the name it stands for; ModelScope's
  // downloads write them as three underscores, qwen/Qwen2-1___5B-Instruct.)
  const get = (k: string) => index.get(k) ?? index.get(k.replace(/___/g, '.')) ?? dashed.get(k.replace(/[._]/g, '-'));
  // (A folder that writes a dash between the family and its version, qwen-2.5-7B-instruct: the name without it, qwen2.5-7b.)
  const joined = short.replace(/^([a-z]+)[-_](\d+(?:\.\d+)?)(?=[-_])/, '$1$2');
  return (
    index.get(n) ??
    get(short) ??
    get(short.replace(TUNED_SUFFIX, '')) ??
    get(short.replace(TUNED_SUFFIX, '-hf')) ??
    get(short.replace(TUNED_SUFFIX, '').replace(TUNED_SUFFIX, '')) ??
    (joined !== short ? (get(joined) ?? get(joined.replace(TUNED_SUFFIX, ''))) : undefined)
  );
}

/**
 * Models whose embedding rows pad their tokenizer's vocabulary (Pythia: GPT-NeoX-20B's tokenizer, 50,277 tokens, in 50,304, 50,432
 * or 50,688 rows), with the tokenizer's size.
 */
const PADDED_PAST_TOKENIZER: readonly (readonly [RegExp, number])[] = [[/^EleutherAI\/(pythia-|gpt-neox-20b$)/i, TOKENIZERS['gpt-neox']!.size]];

/**
 * Tokenizer files published under their own names, with the vocabulary their publisher states: llm-jp-tokenizer's SentencePiece
 * models (llm-jp/llm-jp-tokenizer README: code10K_en20K_ja30K.ver2.1 50,572 tokens after merging, code20K_en40K_ja60K.ver2.1
 * 101,048, code10K_en20K_ja30K.ver2.2 48,588, code20K_en40K_ja60K.ver2.2 96,869), the ones LLM-jp's Megatron-LM runs name.
 */
const TOKENIZER_FILES: readonly (readonly [RegExp, string, number])[] = [
  [/^code10k_en20k_ja30k\.ver2\.1\.model$/i, 'llm-jp-tokenizer code10K_en20K_ja30K.ver2.1', 50572],
  [/^code20k_en40k_ja60k\.ver2\.1\.model$/i, 'llm-jp-tokenizer code20K_en40K_ja60K.ver2.1', 101048],
  [/^code10k_en20k_ja30k\.ver2\.2\.model$/i, 'llm-jp-tokenizer code10K_en20K_ja30K.ver2.2', 48588],
  [/^code20k_en40k_ja60k\.ver2\.2\.model$/i, 'llm-jp-tokenizer code20K_en40K_ja60K.ver2.2', 96869],
];

/**
 * The catalogue model a tokenizer's path names, with its vocabulary: the path itself (meta-llama/Llama-3.1-8B), else the innermost
 * folder it sits in that names one (…/Meta-Llama-3-8B/tokenizer.json, …/NVIDIA-Nemotron-3-Nano-30B-A3B-Base-BF16/tokenizer/…).
 * Undefined where none does, or the model's vocabulary is not in the catalogue.
 */
export function tokenizerModel(path: string): { readonly id: string; readonly vocab: number } | undefined {
  const file = path.split('/').pop() ?? '';
  const known = TOKENIZER_FILES.find(([re]) => re.test(file));
  if (known) return { id: known[1], vocab: known[2] };
  const parts = path.split('/');
  for (let i = parts.length; i > 0; i--) {
    const e = findModel(parts.slice(0, i).join('/'));
    // (A model whose embedding is padded past its tokenizer: the tokenizer's own size, the one a trainer pads again.)
    const vocab = e ? (PADDED_PAST_TOKENIZER.find(([re]) => re.test(e.id))?.[1] ?? e.config['vocab_size']) : undefined;
    if (e && typeof vocab === 'number') return { id: e.id, vocab };
  }
  return undefined;
}

/**
 * A catalogue model whose name a fine-tune's id holds as a whole part (shisa-ai/011-qwen3-8b-v2-sft: qwen3-8b), the longest such
 * name of at least six characters; undefined where none does. A fine-tune keeps its base's shapes unless it changes them: the
 * caller says the model was taken so.
 */
export function baseNamedIn(name: string): CatalogueEntry | undefined {
  const folders = modelFolders(name);
  if (folders) return folders.map(baseNamedIn).find((e) => e !== undefined);
  const short = norm(name).split(/[\\/]/).pop() ?? '';
  // (DeepSeek-R1's distills as people name their copies, deepseek-r1-qwen-1.5b: DeepSeek-R1-Distill-Qwen-1.5B, not R1.)
  const distill = /^deepseek-r1-(qwen|llama)-/.test(short) ? findModel(short.replace(/^deepseek-r1-/, 'deepseek-r1-distill-')) : undefined;
  if (distill) return distill;
  let best: [string, CatalogueEntry] | undefined;
  for (const [k, e] of dashed) {
    if (k.length < 4 || (best && best[0].length >= k.length)) continue;
    const at = short.replace(/[._]/g, '-').indexOf(k);
    if (at < 0) continue;
    const before = short[at - 1];
    const after = short[at + k.length];
    // (Not where the next word names a variant of other shapes: Falcon-H1-1.5B-Deep is 66 layers × 1,280, not Falcon-H1-1.5B.)
    const next = short.slice(at + k.length + 1).split(/[-_.]/)[0] ?? '';
    // (A short name, gpt2 or phi-2, only where the fine-tune's name starts with it and no size follows: gpt2-open-instruct-v1,
    // not bloom-560m.)
    if (k.length < 6 && (at !== 0 || SIZE_PART.test(next) || /^x+l$/.test(next))) continue;
    // (Nor a name of one size followed by a size its model is not, starcoderbase-1b: not StarCoder's 15.5B; tiny_LLaMA_1b is
    // TinyLlama 1.1B's.)
    if (SIZE_PART.test(next) && !/(^|-)\d+(\.\d+)?[bm]$/.test(k) && !sizedAs(e.id, next)) continue;
    // (Nor one whose next word names another family, a distill into it: DeepSeek-R1-Qwen3-8B is Qwen3-8B's shapes, not R1's 671B.)
    if (/^(qwen|llama|mistral|gemma|phi)\d*$/.test(next) && !k.includes(next)) continue;
    // (Nor a model named for a language before the base's name, or a GPT-2 named for one anywhere: rinna/japanese-gpt2-medium,
    // hfl/chinese-llama-2-7b and uer/gpt2-chinese-cluecorpussmall are trained with tokenizers of their own; a fine-tune that adds
    // the language after, cyberagent/DeepSeek-R1-Distill-Qwen-14B-Japanese, keeps its base's.)
    if (namesLanguage(short.slice(0, at)) || (k.startsWith('gpt2') && namesLanguage(short))) continue;
    if ((before === undefined || /[-_.]/.test(before)) && (after === undefined || /[-_.]/.test(after)) && !VARIANT_WORDS.has(next)) best = [k, e];
  }
  return best?.[1] ?? familyAndSizeIn(short);
}

/** A size part of a model's name (8b, 1.5b, 300m). */
const SIZE_PART = /^\d+(\.\d+)?[bm]$/;

/** Whether a model's id names a size the part `size` (1b, 300m) rounds down from: TinyLlama-1.1B's 1b. */
function sizedAs(id: string, size: string): boolean {
  const unit = size.slice(-1);
  const want = Math.floor(Number(size.slice(0, -1)));
  return [...id.toLowerCase().matchAll(/(\d+(?:\.\d+)?)([bm])(?![a-z])/g)].some((m) => m[2] === unit && Math.floor(Number(m[1])) === want);
}

/**
 * The catalogue's names that end in a size (llama-3.1-8b) or a size word (whisper-medium), split: the family (llama-3.1) and the
 * size (8b).
 */
const familySized: readonly (readonly [string, string, CatalogueEntry])[] = [...index].flatMap(([k, e]) => {
  const m = /^(.{4,}?)-(\d+(?:\.\d+)?[bm]|tiny|base|small|medium|large)$/.exec(k);
  return m && !k.includes('/') && !k.includes(':') ? [[m[1]!, m[2]!, e] as const] : [];
});

/** A size a family names by a word (whisper-medium, flan-t5-large). */
const NAMED_SIZE = /^(tiny|base|small|medium|large)$/;

/**
 * A fine-tune whose name puts its own words between its base's family and size (allenai/Llama-3.1-Tulu-3-8B-SFT: llama-3.1-8b;
 * beomi/Llama-3-Open-Ko-8B: llama-3-8b): the family at the start of the name, then the size as the first size part after it,
 * with no word between that makes it another model (-VL-, -Omni-, -Deep-) and no active size after (-30B-A3B); the longest
 * family; a size a family names by a word too (biodatlab/whisper-th-medium-combined: whisper-medium). Undefined where none is.
 */
function familyAndSizeIn(short: string): CatalogueEntry | undefined {
  let best: readonly [string, string, CatalogueEntry] | undefined;
  for (const entry of familySized) {
    const [family, size] = entry;
    if (!short.startsWith(family) || !/[-_]/.test(short[family.length] ?? '') || (best && best[0].length >= family.length)) continue;
    const words = short.slice(family.length + 1).split(/[-_]/);
    // (Not where a version follows the family, qwen-2.5-7b: another generation of it, not Qwen 1's 7B.)
    if (/^\d+(\.\d+)*$/.test(words[0] ?? '')) continue;
    // (A size named by a word, whisper-th-medium-combined: Whisper medium; not where a language comes before it, a model of its
    // own tokenizer, gpt2-chinese-medium.)
    const named = NAMED_SIZE.test(size);
    const at = words.findIndex((w) => (named ? NAMED_SIZE : SIZE_PART).test(w));
    // (Nor a version of that size after it, whisper-th-large-v3: large-v3, another model.)
    if (at < 0 || words[at] !== size || (named && (namesLanguage(words.slice(0, at).join('-')) || /^v\d/.test(words[at + 1] ?? '')))) continue;
    if (words.slice(0, at).some((w) => VARIANT_WORDS.has(w) || OTHER_KIND_WORDS.has(w))) continue;
    if (/^(a\d+(\.\d+)?b|\d+e)$/.test(words[at + 1] ?? '') || VARIANT_WORDS.has(words[at + 1] ?? '')) continue;
    best = entry;
  }
  return best?.[2];
}

/** Whether words of a model's name (dash, dot or underscore apart) name a language. */
function namesLanguage(words: string): boolean {
  return words.split(/[-_.]/).some((w) => LANGUAGE_WORDS.has(w));
}

/** Languages a model's name may hold, for a model of that language trained with its own tokenizer. */
const LANGUAGE_WORDS: ReadonlySet<string> = new Set(
  'japanese chinese korean vietnamese thai arabic hindi indonesian malay german french spanish italian portuguese dutch polish russian ukrainian turkish persian hebrew greek czech swedish finnish danish norwegian'.split(
    ' ',
  ),
);

/** Words in a model's name that make it another kind of model than its family's text model of that size. */
const OTHER_KIND_WORDS: ReadonlySet<string> = new Set(['text', 'vl', 'vision', 'omni', 'audio', 'speech', 'tts', 'asr', 'moe', 'embedding', 'reranker']);

/**
 * Words after a model's name that make it another model of other shapes, not a fine-tune of it (Phi-4-multimodal-instruct is
 * Phi-4-mini's 3.8B with vision and speech, not Phi-4's 14.7B).
 */
const VARIANT_WORDS: ReadonlySet<string> = new Set([
  'multimodal',
  'vision',
  'omni',
  'audio',
  'speech',
  'deep',
  'wide',
  'shallow',
  'lite',
  'air',
  'flash',
  'mini',
  'nano',
  'tiny',
  'small',
  'medium',
  'large',
  'pro',
  'max',
  'ultra',
  'plus',
  'turbo',
]);

export function catalogueNames(): string[] {
  return MODELS.map((m) => m.id);
}

/** Megatron / GPT-NeoX rule: pad up to a multiple of divisibleBy × TP. */
export function padVocab(size: number, divisibleBy: number, tp: number): number {
  const m = Math.max(1, divisibleBy) * Math.max(1, tp);
  return Math.ceil(size / m) * m;
}
