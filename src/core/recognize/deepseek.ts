/**
 * DeepSeek's own inference format (`inference/configs/config_*.json` in DeepSeek-V3's repository, inference/config.json in
 * DeepSeek-V4's):
 * `ModelArgs` key names (dim, inter_dim, n_layers, n_dense_layers, ...). The model is untied and its
 * gate carries a score-correction bias when `score_func` is sigmoid (V3).
 */
import { aliases } from './aliases';
import type { ModelAliases, Traits } from './decoder';

export const DEEPSEEK_ALIASES: ModelAliases = aliases({
  layers: ['n_layers'],
  hidden: ['dim'],
  heads: ['n_heads'],
  ffnWidth: ['inter_dim'],
  vocab: ['vocab_size'],
  maxPositions: ['max_seq_len'],
  experts: ['n_routed_experts'],
  topK: ['n_activated_experts'],
  expertWidth: ['moe_inter_dim'],
  sharedExperts: ['n_shared_experts'],
  firstDenseLayers: ['n_dense_layers'],
  qLoraRank: ['q_lora_rank'],
  kvLoraRank: ['kv_lora_rank'],
  qkNopeHeadDim: ['qk_nope_head_dim'],
  qkRopeHeadDim: ['qk_rope_head_dim'],
  vHeadDim: ['v_head_dim'],
});

export const DEEPSEEK_TRAITS: Traits = {
  configClass: 'DeepSeek ModelArgs',
  ffn: 'gated',
  norm: 'rmsnorm',
  positions: 'rope',
  tiedDefault: false,
  qkvBias: false,
  outBias: false,
  mlpBias: false,
  moe: 'deepseek',
  routerBias: 'score_func',
  mla: true,
};

/** Keys that together say "this is DeepSeek's ModelArgs format". */
export const DEEPSEEK_SIGNATURE = ['dim', 'n_layers', 'n_heads', 'kv_lora_rank'] as const;

import { buildModel, emptyRecognition, FactReader, type FileRecognition, type RecognizeContext } from './common';
import type { Fact, Provenance } from '../types';
import { derived, mapSourced } from '../types';
import type { ModelSpec } from '../spec';
import { deepseekV4Model, HF_MODEL_TYPES } from './hf';

/**
 * DeepSeek-V4's ModelArgs (inference/config.json of DeepSeek-V4-Flash and -Pro): dim and n_layers beside V4's own o_groups,
 * hc_mult and compress_ratios.
 */
export const DEEPSEEK_V4_SIGNATURE = ['dim', 'n_layers', 'n_heads', 'o_groups', 'hc_mult', 'compress_ratios'] as const;

/** ModelArgs' names for the keys DeepseekV4Config writes otherwise (the rest, q_lora_rank, o_groups, …, are the same). */
const V4_NAMES: Readonly<Record<string, string>> = {
  dim: 'hidden_size',
  n_layers: 'num_hidden_layers',
  n_heads: 'num_attention_heads',
  moe_inter_dim: 'moe_intermediate_size',
  n_activated_experts: 'num_experts_per_tok',
  n_hash_layers: 'num_hash_layers',
  rope_head_dim: 'qk_rope_head_dim',
  window_size: 'sliding_window',
  route_scale: 'routed_scaling_factor',
  score_func: 'scoring_func',
};

export function isDeepseekV4Native(r: FactReader): boolean {
  return DEEPSEEK_V4_SIGNATURE.every((k) => r.has(k));
}

/**
 * DeepSeek-V4's ModelArgs, read as the deepseek_v4 config.json that names the same shapes (hf.ts deepseekV4Model), each value
 * where this file writes it. What the config.json states and ModelArgs leaves to model.py is the architecture's: one key and
 * value head (MQA), and the gate's score-correction bias past the hash-routed layers.
 */
export function recognizeDeepseekV4(ctx: RecognizeContext): FileRecognition {
  const facts = ctx.facts.map((f): Fact => {
    const name = typeof f.path[0] === 'string' ? V4_NAMES[f.path[0]] : undefined;
    return name ? { ...f, path: [name, ...f.path.slice(1)] } : f;
  });
  const reader = new FactReader(facts);
  const first = ctx.facts.find((f) => f.path.length === 1 && f.path[0] === 'dim')!;
  const cls = 'DeepSeek-V4 ModelArgs';
  const arch = { value: cls, source: { kind: 'fact' as const, file: first.file, path: first.path, range: first.keyRange } };
  const traits = { ...HF_MODEL_TYPES['deepseek_v4']!, configClass: cls, routerBias: 'always' as const };
  const built = deepseekV4Model(reader, arch, traits, { kvHeads: derived(1, { id: 'prov.architecture', args: { arch: cls } }) });
  // (Each value sourced at the key this file writes, dim, not the name it was read by.)
  const written = new Map(Object.entries(V4_NAMES).map(([own, hf]) => [hf, own]));
  const own = (p: Provenance): Provenance =>
    p.kind === 'derived'
      ? { ...p, from: p.from.map(own) }
      : p.kind === 'fact' && p.file === ctx.file && written.has(String(p.path[0]))
        ? { ...p, path: [written.get(String(p.path[0]))!, ...p.path.slice(1)] }
        : p;
  const model = built.model && (mapSourced(built.model, [], (x) => ({ ...x, source: own(x.source) })) as ModelSpec);
  return { ...emptyRecognition('deepseek', built.findings), ...(model ? { model } : {}) };
}

export function isDeepseekNative(r: FactReader): boolean {
  return DEEPSEEK_SIGNATURE.every((k) => r.has(k));
}

export function recognizeDeepseek(ctx: RecognizeContext): FileRecognition {
  const reader = new FactReader(ctx.facts);
  const first = reader.fact(...DEEPSEEK_SIGNATURE)!;
  const arch = { value: 'DeepSeek (MLA + MoE)', source: { kind: 'fact' as const, file: first.file, path: first.path, range: first.keyRange } };
  const built = buildModel(reader, DEEPSEEK_ALIASES, DEEPSEEK_TRAITS, arch);
  return { ...emptyRecognition('deepseek', [...built.findings]), model: built.model };
}
