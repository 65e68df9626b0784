/**
 * DeciLM's heterogeneous Llama (model_type nemotron-nas, DeciLMForCausalLM: NVIDIA's Llama-3.3-Nemotron-Super-49B-v1 and the
 * other Llama-Nemotron models their neural architecture search cut from Llama), read from block_configs, one per layer
 * (modeling_decilm.py DeciLMDecoderLayer; vLLM's and SGLang's DeciLM the same):
 * - attention: no_op (no attention and no input_layernorm), or Llama's attention with num_attention_heads / n_heads_in_group
 *   KV heads and an RMSNorm before it;
 * - ffn: no_op (no MLP and no post_attention_layernorm), or Llama's gated MLP of _ffn_mult_to_intermediate_size(ffn_mult, h)
 *   = int(2·ffn_mult·h / 3) rounded up to a multiple of 256, with an RMSNorm before it.
 * A block replaced by a linear layer (replace_with_linear) and KV-head counts that differ between the attention layers are
 * refused, naming the key. Read into spec.ts hybridSchema (mixers attention or none, ffn, ffnWidths).
 * nvidia/Llama-3_3-Nemotron-Super-49B-v1: 49,867,145,216 (its model card and the Hub: 49.9B).
 */
import type { Message, Sourced } from '../types';
import { derived } from '../types';
import type { ModelOverrides } from './decoder';
import type { FactReader } from './common';

const CLS = 'DeciLMConfig';

/** DeciLM's FFN width for an ffn_mult (modeling_decilm.py _ffn_mult_to_intermediate_size). */
export function deciFfnWidth(mult: number, h: number): number {
  const w = Math.trunc((2 * mult * h) / 3);
  return w % 256 === 0 ? w : w + 256 - (w % 256);
}

export function deciOverrides(r: FactReader): { overrides: ModelOverrides } | { error: Message; at?: Sourced<unknown> } {
  const layers = r.int(['num_hidden_layers']);
  const hidden = r.int(['hidden_size']);
  const heads = r.int(['num_attention_heads']);
  const missing = [!layers && 'num_hidden_layers', !hidden && 'hidden_size', !heads && 'num_attention_heads'].filter((x): x is string => !!x);
  if (!layers || !hidden || !heads) return { error: { id: 'recognize.missingKey', args: { keys: missing.join(', ') } } };
  const L = layers.value;
  const mixers: ('attention' | 'none')[] = [];
  const ffn: boolean[] = [];
  const widths: number[] = [];
  let groups: Sourced<number> | undefined;
  // (Where the file's block_configs start: the provenance of what they give.)
  let first: Sourced<boolean> | undefined;
  for (let i = 0; i < L; i++) {
    const a = r.under('block_configs', i, 'attention');
    const f = r.under('block_configs', i, 'ffn');
    const aNoOp = a.bool(['no_op']);
    const fNoOp = f.bool(['no_op']);
    if (!aNoOp || !fNoOp) return { error: { id: 'recognize.missingKey', args: { keys: `block_configs[${i}]` } } };
    first ??= aNoOp;
    for (const [part, at] of [
      ['attention', a],
      ['ffn', f],
    ] as const) {
      const linear = at.bool(['replace_with_linear']);
      if (linear?.value === true)
        return {
          error: { id: 'recognize.unsupportedVariant', args: { key: `block_configs[${i}].${part}.replace_with_linear`, value: 'true', family: 'DeciLM' } },
          at: linear,
        };
    }
    mixers.push(aNoOp.value ? 'none' : 'attention');
    if (!aNoOp.value) {
      const g = a.int(['n_heads_in_group']);
      if (!g) return { error: { id: 'recognize.missingKey', args: { keys: `block_configs[${i}].attention.n_heads_in_group` } } };
      if (groups && g.value !== groups.value)
        return { error: { id: 'recognize.perLayerVaries', args: { key: 'block_configs[].attention.n_heads_in_group' } }, at: g };
      groups ??= g;
    }
    ffn.push(!fNoOp.value);
    const mult = fNoOp.value ? undefined : f.num(['ffn_mult'], { min: 0 });
    if (!fNoOp.value && !mult) return { error: { id: 'recognize.missingKey', args: { keys: `block_configs[${i}].ffn.ffn_mult` } } };
    widths.push(mult ? deciFfnWidth(mult.value, hidden.value) : 0);
  }
  const byBlocks = <T>(value: T) => derived(value, { id: 'prov.deciBlocks' }, hidden, ...(first ? [first] : []));
  if (!groups) return { error: { id: 'recognize.missingKey', args: { keys: 'block_configs[].attention.n_heads_in_group' } }, at: heads };
  if (heads.value % groups.value !== 0)
    return {
      error: { id: 'recognize.notDivisible', args: { key: 'n_heads_in_group', n: groups.value, of: 'num_attention_heads', m: heads.value } },
      at: groups,
    };
  const used = widths.filter((w) => w > 0);
  return {
    overrides: {
      layers,
      hidden,
      heads,
      kvHeads: derived(heads.value / groups.value, { id: 'prov.deciKvHeads', args: { cls: CLS } }, heads, groups),
      // (The widest layer's, for what takes one width; each layer's own in hybrid.ffnWidths.)
      ffnWidth: byBlocks(used.length ? Math.max(...used) : hidden.value),
      hybrid: { mixers: byBlocks(mixers), ffn: byBlocks(ffn), ffnWidths: byBlocks(widths) },
    },
  };
}
