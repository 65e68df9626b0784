/**
 * Megatron-Bridge's resolved configuration as it writes it out (`_target_: megatron.bridge.training.config.ConfigContainer`: the
 * YAML its runs save beside their checkpoints and its performance scripts' dry runs print): the model provider's fields under
 * `model:` are Megatron-Core's TransformerConfig and its parallel sizes, named as Megatron-LM's flags are (num_layers is
 * --num-layers); the batch under `train:`, the sequence under `model:` or `dataset:`, the precision under `mixed_precision:`,
 * the distributed optimizer under `optimizer:`, the overlaps under `ddp:` and `comm_overlap:`. Read as that launch line
 * (recognize/megatron.ts), each value where the file writes it.
 */
import type { Fact } from '../types';
import type { FileRecognition, RecognizeContext } from './common';
import { FactReader } from './reader';
import { recognizeMegatron } from './megatron';

export function isBridgeContainer(r: FactReader): boolean {
  return (/(^|\.)ConfigContainer$/.test(String(r.fact('_target_')?.value ?? '')) && r.keys().some((k) => k.startsWith('model.'))) || isBridgeOverrides(r);
}

/**
 * A YAML of overrides its run merges over a recipe's ConfigContainer (run_recipe.py --config-file, Megatron-Bridge's
 * examples): ConfigContainer's sections with the model provider's parallel sizes under `model:` and the batch under `train:`,
 * the model itself the checkpoint it starts from (checkpoint.pretrained_checkpoint) or the recipe's.
 */
function isBridgeOverrides(r: FactReader): boolean {
  return (
    !r.has('model.num_layers') &&
    ['model.tensor_model_parallel_size', 'model.pipeline_model_parallel_size', 'model.expert_model_parallel_size', 'model.context_parallel_size'].some((k) =>
      r.has(k),
    ) &&
    ['train.global_batch_size', 'train.micro_batch_size', 'train.train_iters'].some((k) => r.has(k))
  );
}

/** Fields whose flag says the opposite when the field is false (Megatron-LM's --disable-…, --untie-…). */
const NEGATED: Readonly<Record<string, string>> = {
  add_bias_linear: '--disable-bias-linear',
  share_embeddings_and_output_weights: '--untie-embeddings-and-output-weights',
};

/** Fields whose flag has another name. */
const RENAMED: Readonly<Record<string, string>> = {
  gated_linear_unit: '--swiglu',
  num_moe_experts: '--num-experts',
};

/**
 * The model provider's fields read (TransformerConfig's and its parallel sizes'), by their Megatron-LM flags: the others (its
 * many switches and a hybrid's Mamba sizes, which a provider carries whatever the model) are not flags of this model.
 */
const MODEL_FIELDS: ReadonlySet<string> = new Set([
  'num_layers',
  'hidden_size',
  'num_attention_heads',
  'num_query_groups',
  'ffn_hidden_size',
  'kv_channels',
  'vocab_size',
  'seq_length',
  'max_position_embeddings',
  'make_vocab_size_divisible_by',
  'normalization',
  'position_embedding_type',
  'add_bias_linear',
  'add_qkv_bias',
  'share_embeddings_and_output_weights',
  'gated_linear_unit',
  'qk_layernorm',
  'num_moe_experts',
  'moe_ffn_hidden_size',
  'moe_router_topk',
  'moe_layer_freq',
  'moe_shared_expert_intermediate_size',
  'moe_shared_expert_gate',
  'moe_router_enable_expert_bias',
  'moe_router_num_groups',
  'moe_router_group_topk',
  'moe_token_dispatcher_type',
  'moe_expert_capacity_factor',
  'moe_pad_expert_input_to_capacity',
  'glu_linear_offset',
  'mtp_num_layers',
  'multi_latent_attention',
  'q_lora_rank',
  'kv_lora_rank',
  'qk_head_dim',
  'qk_pos_emb_head_dim',
  'v_head_dim',
  'window_size',
  'softmax_type',
  'tensor_model_parallel_size',
  'pipeline_model_parallel_size',
  'virtual_pipeline_model_parallel_size',
  'context_parallel_size',
  'expert_model_parallel_size',
  'expert_tensor_parallel_size',
  'sequence_parallel',
  'pipeline_model_parallel_layout',
  'account_for_embedding_in_pipeline_split',
  'account_for_loss_in_pipeline_split',
  'recompute_granularity',
  'recompute_method',
  'recompute_num_layers',
  'recompute_modules',
  'cpu_offloading_num_layers',
]);

/** A hybrid (Mamba) model's fields, read where the provider says it is one (is_hybrid_model). */
const HYBRID_FIELDS: ReadonlySet<string> = new Set([
  'is_hybrid_model',
  'hybrid_override_pattern',
  'mamba_state_dim',
  'mamba_head_dim',
  'mamba_num_groups',
  'mamba_num_heads',
]);

/** Sections other than model: whose fields are flags, by their own names. */
const SECTIONS: Readonly<Record<string, readonly string[]>> = {
  train: ['global_batch_size', 'micro_batch_size', 'train_iters'],
  optimizer: ['use_distributed_optimizer'],
  ddp: ['overlap_grad_reduce', 'overlap_param_gather'],
  comm_overlap: ['tp_comm_overlap', 'overlap_moe_expert_parallel_comm'],
  // (TokenizerConfig: the tokenizer a run builds, and the vocabulary a NullTokenizer takes.)
  tokenizer: ['tokenizer_type', 'tokenizer_model', 'vocab_size'],
};

/** A template's placeholder for a value its generator fills in (`<<<VOCAB_SIZE>>>`, `{{ vocab }}`): one only the run knows. */
const PLACEHOLDER = /^(<<<.*>>>|\{\{.*\}\}|\$\{[^}]*\})$/;

const dashed = (k: string) => `--${k.replace(/_/g, '-')}`;

export function recognizeBridgeContainer(ctx: RecognizeContext): FileRecognition {
  const r = new FactReader(ctx.facts);
  const flags: Fact[] = [];
  const push = (f: Fact, name: string, value: Fact['value']) => flags.push({ ...f, path: [name], value });
  const field = (f: Fact, key: string) => {
    const v = f.value;
    if (v === null || v === undefined) return;
    if (NEGATED[key]) {
      if (v === false) push(f, NEGATED[key], true);
      return;
    }
    const name = RENAMED[key] ?? dashed(key);
    if (typeof v === 'string' && PLACEHOLDER.test(v.trim())) {
      flags.push({ ...f, path: [name], value: null, unknown: true });
      return;
    }
    if (typeof v === 'boolean') {
      // (A store_true flag, read as the file states it: false is the flag not given, said where the file says so.)
      push(f, name, v);
      return;
    }
    // A list of numbers (moe_layer_freq's [0, 0, 0, 1, …]) as Python writes it on the command line; a list of words
    // (recompute_modules) as a launch line's several words after its flag, at [flag], [flag, 1], ….
    if (Array.isArray(v)) {
      if (v.length && v.every((x) => typeof x === 'number')) push(f, name, `[${v.join(',')}]`);
      else if (v.length && v.every((x) => typeof x === 'string'))
        v.forEach((x, i) => flags.push({ ...f, path: i === 0 ? [name] : [name, i], value: x as string }));
      return;
    }
    if (typeof v === 'number' || typeof v === 'string') push(f, name, v);
  };
  const hybrid = r.bool(['model.is_hybrid_model'])?.value === true;
  for (const f of ctx.facts) {
    const [section, key] = f.path;
    if (f.path.length !== 2 || typeof key !== 'string' || key === '_target_') continue;
    if (section === 'model' && (MODEL_FIELDS.has(key) || (hybrid && HYBRID_FIELDS.has(key)))) field(f, key);
    else if (typeof section === 'string' && SECTIONS[section]?.includes(key)) field(f, key);
  }
  const has = (name: string) => flags.some((f) => f.path[0] === name);
  // TransformerConfig's num_query_groups is the KV heads as written (Megatron-LM's --num-query-groups needs its
  // --group-query-attention beside it; a provider's field does not).
  const groups = r.present('model.num_query_groups');
  if (groups && typeof groups.value === 'number' && !has('--group-query-attention')) push(groups, '--group-query-attention', true);
  // should_pad_vocab: false (the Hugging Face models' providers): the embedding has vocab_size rows, not Megatron-LM's padding
  // to a multiple of make_vocab_size_divisible_by × TP.
  const vocab = r.present('model.vocab_size');
  if (r.bool(['model.should_pad_vocab'])?.value === false && vocab && typeof vocab.value === 'number') push(vocab, '--pad-vocab-size-to', vocab.value);
  // The sequence where the model provider leaves it unset: the dataset's.
  const seq = r.present('dataset.seq_length', 'dataset.sequence_length');
  if (!has('--seq-length') && seq && typeof seq.value === 'number') push(seq, '--seq-length', seq.value);
  // mixed_precision: its bf16 / fp16 master weights and the FP8 format and recipe of its GEMMs. (A recipe given by its name
  // alone, mixed_precision: "bf16_with_fp8_current_scaling_mixed", is not read here.)
  const mp = (k: string) => r.present(`mixed_precision.${k}`);
  for (const [k, name] of [
    ['bf16', '--bf16'],
    ['fp16', '--fp16'],
  ] as const) {
    const f = mp(k);
    if (f?.value === true && !has(name)) push(f, name, true);
  }
  const fp8 = mp('fp8');
  if (fp8 && typeof fp8.value === 'string') {
    push(fp8, '--fp8-format', fp8.value);
    const recipe = mp('fp8_recipe');
    if (recipe && typeof recipe.value === 'string') push(recipe, '--fp8-recipe', recipe.value);
  }
  // (The model provider's own fp8 fields are the ones mixed_precision wrote into it; where it has them, they are the same.)
  // An override YAML's optimizer section holds its precision (optimizer.bf16, OptimizerConfig's).
  // (And the model provider's bf16 / fp16, which mixed_precision writes into it.)
  for (const [k, name] of [
    ['optimizer.bf16', '--bf16'],
    ['optimizer.fp16', '--fp16'],
    ['model.bf16', '--bf16'],
    ['model.fp16', '--fp16'],
  ] as const) {
    const f = r.present(k);
    if (f?.value === true && !has(name)) push(f, name, true);
  }
  const read = recognizeMegatron({ file: ctx.file, facts: flags });
  if (!isBridgeOverrides(r)) return read;
  // Its model is the checkpoint it starts from, named by its folder (…/NVIDIA-Nemotron-3-Nano-30B-A3B-Base-BF16), else the
  // recipe's, which the YAML does not say: the shapes Megatron-LM's flags would give are not asked for.
  const checkpoint = r.str(['checkpoint.pretrained_checkpoint', 'checkpoint.load']);
  const folder = checkpoint?.value.replace(/\/+$/, '').split('/').pop();
  return {
    ...read,
    model: undefined,
    ...(checkpoint && folder ? { modelRef: { ...checkpoint, value: folder } } : {}),
    findings: read.findings.filter((f) => f.severity !== 'error' || f.ruleId !== 'missing-key'),
  };
}
