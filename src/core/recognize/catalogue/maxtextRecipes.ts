/**
 * MaxText's tuned benchmark recipes, as `benchmarks/benchmark_runner.py --model_name=NAME` looks them up: each recipe's model
 * (`model_type`, a MaxText model name) and the tuning keys that change what the tool counts (batch, sequence, mesh, remat,
 * precision, optimizer, MoE capacity). Data from AI-Hypercomputer/maxtext's benchmarks/maxtext_trillium_model_configs.py
 * (commit bfd388fd4eb0) and benchmarks/maxtext_v5p_model_configs.py (commit 8270e05004e6); names as the runner keys them
 * (model_name with '-' as '_'). Keys that only steer kernels, data, profiling or checkpoints are left out, and so are the
 * custom remat policies' offloaded projections (recomputed from the layer input, which is offloaded too).
 */
export const MAXTEXT_RECIPE_SOURCES = {
  trillium: 'benchmarks/maxtext_trillium_model_configs.py',
  v5p: 'benchmarks/maxtext_v5p_model_configs.py',
} as const;

export interface MaxtextRecipe {
  readonly file: keyof typeof MAXTEXT_RECIPE_SOURCES;
  /** MaxText's model name (configs/models/<name>.yml), or "default" for base.yml's model with the keys below. */
  readonly model: string;
  readonly keys: Readonly<Record<string, number | string | boolean>>;
}

const FSDP = { ici_fsdp_parallelism: -1 } as const;
const FSDP_T = { ici_fsdp_parallelism: 1, ici_fsdp_transpose_parallelism: -1, ici_tensor_parallelism: 1 } as const;
const T = (model: string, keys: MaxtextRecipe['keys']): MaxtextRecipe => ({ file: 'trillium', model, keys });
const P = (model: string, keys: MaxtextRecipe['keys']): MaxtextRecipe => ({ file: 'v5p', model, keys });
const full = (pdbs: number, seq?: number) => ({ per_device_batch_size: pdbs, remat_policy: 'full', ...(seq ? { max_target_length: seq } : {}) });
// Every "custom" recipe offloads the layer inputs to the host (and its other named tensors, which are recomputed anyway).
const custom = (pdbs: number, seq: number) => ({ per_device_batch_size: pdbs, remat_policy: 'custom', decoder_layer_input: 'offload', max_target_length: seq });
const l70 = (pdbs: number, policy = 'qkv_proj_offloaded') =>
  T('llama2-70b', { ...FSDP_T, per_device_batch_size: pdbs, remat_policy: policy, max_target_length: 4096 });
const l31_70 = (pdbs: number, extra: MaxtextRecipe['keys'] = {}) => T('llama3.1-70b', { ...FSDP, ...custom(pdbs, 8192), ...extra });
const scaled = (pdbs: number, scale: number, extra: MaxtextRecipe['keys'] = {}) =>
  T('default', { ...FSDP, ...full(pdbs), global_parameter_scale: scale, ...extra });

export const MAXTEXT_RECIPES: Readonly<Record<string, MaxtextRecipe>> = {
  default_basic_1: T('default', { ...full(1), global_parameter_scale: 1 }),
  default_32: scaled(13, 32),
  default_64: scaled(6, 64),
  default_128: scaled(2, 128),
  default_256: scaled(1, 256, { dcn_fsdp_transpose_parallelism: -1 }),
  default_512: scaled(1, 512, { dcn_fsdp_parallelism: -1 }),
  gpt_3_175b: T('gpt3-175b', { ...FSDP, ...full(3), quantization: 'int8' }),
  gpt_3_175b_bf16: T('gpt3-175b', { ...FSDP, ...full(3) }),
  llama2_7b_4096: T('llama2-7b', { ...FSDP, ...full(12, 4096) }),
  llama2_70b_4096: l70(4, 'full'),
  llama2_70b_4096_synthetic: l70(2),
  llama2_70b_4096_sc: l70(3),
  llama2_70b_4096_sc_real_data_tfds: l70(2),
  llama2_70b_4096_sc_real_data_grain: l70(2),
  llama2_70b_4096_sc_real_data_grain_checkpoint: l70(2),
  llama2_70b_4096_rd_lr: T('llama2-70b', { ...FSDP, ...full(4, 4096) }),
  llama3_8b_8192: T('llama3-8b', { ...FSDP, ...full(8, 8192) }),
  llama3_70b_8192: T('llama3-70b', { ...FSDP, ...full(2, 8192), optimizer_memory_host_offload: true }),
  llama3_1_405b_8192_fsdp_dcn: T('llama3.1-405b', {
    ...custom(1, 8192),
    ici_fsdp_parallelism: 64,
    ici_tensor_parallelism: 4,
    dcn_fsdp_parallelism: 2,
  }),
  llama3_1_405b_8192_pure_fsdp_ici: T('llama3.1-405b', { ...custom(1, 8192), ici_fsdp_parallelism: 256, dcn_fsdp_parallelism: 2 }),
  llama3_1_8b_8192: T('llama3.1-8b', { ...FSDP, ...custom(4, 8192) }),
  llama3_1_8b_8192_bs5: T('llama3.1-8b', { ...FSDP, ...custom(5, 8192) }),
  llama3_1_8b_8192_no_collective_matmul: T('llama3.1-8b', { ...FSDP, ...custom(3, 8192) }),
  llama3_1_70b_8192: l31_70(5),
  llama3_1_70b_8192_bs2: l31_70(2),
  llama3_1_70b_8192_bs2_bfloat16_no_collective_matmul: l31_70(2, { weight_dtype: 'bfloat16' }),
  llama3_1_70b_8192_bs4: l31_70(4),
  llama3_1_70b_8192_synthetic: l31_70(2),
  llama3_1_70b_8192_rd_grain: l31_70(2),
  llama3_1_70b_8192_synthetic_ckpt: l31_70(2),
  llama3_1_70b_8192_rd_ckpt_grain: l31_70(2),
  llama3_1_70b_8192_pw_lr_rd: l31_70(4),
  llama3_1_70b_8192_iter_real_data_and_checkpointing_tfds: l31_70(2),
  llama3_1_70b_8192_synth: l31_70(2),
  llama3_1_70b_129024: T('llama3.1-70b', { ...FSDP, ...custom(0.125, 129024), ici_sequence_parallelism: 8 }),
  llama3_1_70b_131072: T('llama3.1-70b', { ...FSDP, ...custom(0.125, 131072), ici_context_parallelism: 16 }),
  mistral_7b: T('mistral-7b', { ...FSDP, ...custom(6, 8192) }),
  mixtral_8x7b_dropless: T('mixtral-8x7b', { ...FSDP, ...full(12, 4096), sparse_matmul: true }),
  mixtral_8x7b_dropped: T('mixtral-8x7b', { ...FSDP, ...custom(12, 4096), sparse_matmul: false, capacity_factor: 1.25 }),
  mixtral_8x7b_dropped_int8: T('mixtral-8x7b', { ...FSDP, ...full(8, 4096), sparse_matmul: false, capacity_factor: 1.25, quantization: 'int8' }),
  mixtral_8x22b_dropped: T('mixtral-8x22b', {
    ...custom(8, 4096),
    ici_fsdp_parallelism: 64,
    ici_expert_parallelism: 4,
    sparse_matmul: false,
    capacity_factor: 1.25,
    dtype: 'bfloat16',
    weight_dtype: 'bfloat16',
  }),
  deepseek_v3_ep16: T('deepseek3-671b', {
    ...custom(1, 8192),
    ici_fsdp_parallelism: 16,
    ici_expert_parallelism: 16,
    dcn_fsdp_parallelism: 2,
    sparse_matmul: false,
    capacity_factor: 1.0,
    dtype: 'bfloat16',
    weight_dtype: 'bfloat16',
    opt_type: 'sgd',
  }),
  gemma2_9b_8192: T('gemma2-9b', { ...full(3, 8192), ici_fsdp_transpose_parallelism: 256 }),
  gemma2_27b_8192: T('gemma2-27b', { ...full(2, 8192), ici_fsdp_transpose_parallelism: 256 }),
  custom_moe_700b: T('default', {
    ...custom(1, 8192),
    decoder_block: 'mixtral',
    base_emb_dim: 8192,
    base_mlp_dim: 32768,
    base_num_decoder_layers: 56,
    head_dim: 256,
    base_num_kv_heads: 8,
    base_num_query_heads: 128,
    vocab_size: 32000,
    logits_via_embedding: false,
    num_experts: 16,
    num_experts_per_tok: 2,
    ici_fsdp_parallelism: 16,
    ici_expert_parallelism: 16,
    sparse_matmul: false,
    capacity_factor: 1.5,
    dtype: 'bfloat16',
    weight_dtype: 'bfloat16',
    opt_type: 'sgd',
  }),
  deepseek_v3_ep_256_v5p_512: P('deepseek3-671b', {
    ...custom(4, 8192),
    ici_fsdp_parallelism: 1,
    ici_expert_parallelism: -1,
    sparse_matmul: false,
    capacity_factor: 1.0,
    dtype: 'bfloat16',
    opt_type: 'adam_pax',
  }),
  deepseek_v3_dropless_v5p_1024: P('deepseek3-671b', { ...FSDP, ...custom(8, 8192), sparse_matmul: true, dtype: 'bfloat16', weight_dtype: 'float32' }),
  mixtral_8x7b_dropless_v5p_512: P('mixtral-8x7b', { ...FSDP, ...full(36, 4096), sparse_matmul: true, dtype: 'bfloat16', weight_dtype: 'bfloat16' }),
  llama4_scout_dropless_v5p_256: P('meta-llama/Llama-4-Scout-17B-16E', {
    ...FSDP,
    ...custom(8, 8192),
    sparse_matmul: true,
    dtype: 'bfloat16',
    weight_dtype: 'float32',
    opt_type: 'adamw',
  }),
  llama4_maverick_dropless_v5p_256: P('meta-llama/Llama-4-Maverick-17B-128E', {
    ...custom(4, 8192),
    ici_fsdp_parallelism: 32,
    ici_tensor_parallelism: 4,
    sparse_matmul: true,
    dtype: 'bfloat16',
    weight_dtype: 'float32',
    opt_type: 'adamw',
  }),
  llama2_70b_v5p_128: P('llama2-70b', { ...FSDP, per_device_batch_size: 4, remat_policy: 'save_dot_except_mlpwi', max_target_length: 4096 }),
  llama2_7b_v5p_128: P('llama2-7b', { ...FSDP, per_device_batch_size: 4, remat_policy: 'minimal', max_target_length: 4096 }),
  gpt_3_175b_v5p_128: P('gpt3-175b', {
    ...FSDP,
    ici_tensor_parallelism: 2,
    per_device_batch_size: 0.5,
    remat_policy: 'save_dot_with_context_except_mlp',
    max_target_length: 4096,
  }),
  gpt_3_175b_v5p_128_sc: P('gpt3-175b', {
    ...FSDP,
    ici_tensor_parallelism: 2,
    per_device_batch_size: 0.5,
    remat_policy: 'save_dot_with_context_except_mlp',
    max_target_length: 4096,
  }),
};
