/**
 * LLaDA (GSAI-ML's masked-diffusion language models, remote code, model_type llada): config.json in OLMo's ModelConfig keys
 * (d_model, n_layers, n_heads, n_kv_heads, mlp_hidden_size, embedding_size, weight_tying, include_bias, …), read as
 * modeling_llada.py's LLaDALlamaBlock builds each layer:
 * - q_proj d → a·d_h, k_proj and v_proj d → g·d_h (biased when include_bias or include_qkv_bias), attn_out a·d_h → d (biased
 *   when include_bias), d_h = d_model / n_heads, rotary positions (a buffer, no weights);
 * - ff_proj and up_proj d → f and ff_out f → d (biased when include_bias), f = mlp_hidden_size, or mlp_ratio · d_model where it
 *   is null: the activation (silu) of ff_proj times up_proj, so f is the gated width itself (OLMo's own swiglu block fuses both
 *   into one ff_proj of 2f);
 * - attn_norm and ff_norm per layer and a final norm, RMSNorm weights (layer_norm_type rms with affine);
 * - the embedding of embedding_size rows (vocab_size where it is not given) and, unless weight_tying, an ff_out head of as many.
 * LLaDA-8B-Instruct (4,096 × 32 layers, 32 heads, f 12,288, 126,464 tokens, untied) comes to 8,015,581,184: its model card's
 * "8B" (8.02B on the Hub's safetensors count). Another block_type (OLMo's sequential block) or norm is refused by name.
 */
import type { Message, Sourced } from '../types';
import { derived } from '../types';
import type { ModelOverrides } from './decoder';
import { classDefault, type FactReader } from './common';

const CLS = 'LLaDAConfig';

export function lladaOverrides(reader: FactReader): { overrides: ModelOverrides } | { error: Message; at?: Sourced<unknown> } {
  const refuse = (key: string, s: Sourced<string>) => ({
    error: { id: 'recognize.unsupportedVariant', args: { key, value: s.value, family: 'LLaDA (modeling_llada.py LLaDALlamaBlock)' } } as Message,
    at: s,
  });
  const block = reader.str(['block_type']) ?? classDefault('sequential', 'block_type', CLS);
  if (block.value !== 'llama') return refuse('block_type', block);
  const norm = reader.str(['layer_norm_type']) ?? classDefault('default', 'layer_norm_type', CLS);
  if (norm.value !== 'rms') return refuse('layer_norm_type', norm);
  const affine = reader.bool(['layer_norm_with_affine']) ?? classDefault(true, 'layer_norm_with_affine', CLS);
  if (!affine.value) return refuse('layer_norm_with_affine', { value: 'false', source: affine.source });
  const alibi = reader.bool(['alibi']);
  if (alibi?.value) return refuse('alibi', { value: 'true', source: alibi.source });
  const heads = reader.int(['n_heads']) ?? classDefault(12, 'n_heads', CLS);
  const kvFact = reader.fact('n_kv_heads');
  const kvHeads =
    reader.int(['n_kv_heads']) ??
    (kvFact?.value === null || !kvFact ? derived(heads.value, { id: 'prov.kvHeadsDefault' }, heads) : classDefault(heads.value, 'n_kv_heads', CLS));
  const dModel = reader.int(['d_model']) ?? classDefault(768, 'd_model', CLS);
  const ratio = reader.int(['mlp_ratio']) ?? classDefault(4, 'mlp_ratio', CLS);
  const ffnWidth = reader.int(['mlp_hidden_size']) ?? derived(ratio.value * dModel.value, { id: 'prov.olmoMlpRatio' }, ratio, dModel);
  const bias = reader.bool(['include_bias']) ?? classDefault(true, 'include_bias', CLS);
  const qkvOnly = reader.bool(['include_qkv_bias']) ?? classDefault(false, 'include_qkv_bias', CLS);
  const qkvBias = derived(bias.value || qkvOnly.value, { id: 'prov.fromKey', args: { key: 'include_bias / include_qkv_bias' } }, bias, qkvOnly);
  const qkNorm = reader.bool(['attention_layer_norm']);
  const out: { -readonly [K in keyof ModelOverrides]: ModelOverrides[K] } = {
    kvHeads,
    ffnWidth,
    ffnKind: derived('gated', { id: 'prov.architecture', args: { arch: 'LLaDALlamaBlock' } }, block),
    norm: derived('rmsnorm', { id: 'prov.fromKey', args: { key: 'layer_norm_type' } }, norm),
    positions: derived('rope', { id: 'prov.architecture', args: { arch: 'LLaDALlamaBlock' } }, block),
    qkvBias,
    outBias: bias,
    mlpBias: bias,
    tiedEmbeddings: reader.bool(['weight_tying']) ?? classDefault(true, 'weight_tying', CLS),
  };
  if (qkNorm?.value) out.qkNorm = { value: 'full', source: qkNorm.source };
  const rows = reader.int(['embedding_size']);
  if (rows) out.vocab = rows;
  const maxLen = reader.int(['max_sequence_length']);
  if (maxLen) out.maxPositions = maxLen;
  return { overrides: out };
}
