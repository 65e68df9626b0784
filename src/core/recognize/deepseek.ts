/**
 * DeepSeek's own inference format (`inference/configs/config_*.json` in DeepSeek-V3's repository):
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
