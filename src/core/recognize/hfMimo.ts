/**
 * Xiaomi's MiMo-V2 (model_type mimo_v2_flash: MiMo-V2-Flash; mimo_v2: MiMo-V2.5, V2.5-Pro, with one fused qkv_proj), as vLLM
 * builds it (model_executor/models/mimo_v2_flash.py, mimo_v2.py):
 * - hybrid_layer_pattern: 1 a sliding-window layer (swa_num_attention_heads, swa_num_key_value_heads, swa_head_dim,
 *   swa_v_head_dim; a sink logit per head with add_swa_attention_sink_bias), 0 a full one (num_attention_heads,
 *   num_key_value_heads, head_dim, v_head_dim; add_full_attention_sink_bias);
 * - queries and keys of head_dim, values of v_head_dim: q h → a·d, k h → g·d, v h → g·d_v, o a·d_v → h, no biases, no q/k norm;
 * - moe_layer_freq: 1 a MoE layer (n_routed_experts SwiGLU experts of moe_intermediate_size, a router h → E with its
 *   e_score_correction_bias, no shared expert), 0 a dense SwiGLU of intermediate_size;
 * - untied embedding and head, two RMSNorms a layer.
 * The checkpoints' MTP layers (three: MiMo-V2-Flash's report; the V2.5 and V2.5-Pro checkpoints' tensors) are not in the config
 * and not counted, said (hf.mimoMtp). MiMo-V2.5-Pro: 1,021,248,126,336, the sum of its checkpoint's tensors but the FP8 scales and
 * the MTP layers'.
 */
import type { Message, Sourced } from '../types';
import { derived, fromFact } from '../types';
import type { MoeSpec } from '../spec';
import type { ModelOverrides } from './decoder';
import { classDefault, type FactReader } from './common';

/** MiMo-V2's own shapes over the alias table; an error where its per-layer lists or sliding heads cannot be read as vLLM builds them. */
export function mimoOverrides(r: FactReader, type: 'mimo_v2_flash' | 'mimo_v2'): { overrides: ModelOverrides } | { error: Message; at?: Sourced<unknown> } {
  const cls = type === 'mimo_v2' ? 'MiMoV2Config' : 'MiMoV2FlashConfig';
  const byArch = <T>(value: T, ...from: Sourced<unknown>[]) => derived(value, { id: 'prov.architecture', args: { arch: cls } }, ...from);
  const layers = r.int(['num_hidden_layers']);
  if (!layers) return { error: { id: 'recognize.missingKey', args: { keys: 'num_hidden_layers' } } };
  const L = layers.value;
  const list = (key: string): Sourced<boolean[]> | { error: Message; at?: Sourced<unknown> } => {
    const f = r.present(key);
    if (!f) return { error: { id: 'recognize.missingKey', args: { keys: key } } };
    const v = f.value;
    if (!Array.isArray(v) || v.length !== L || !v.every((x) => x === 0 || x === 1))
      return { error: { id: 'recognize.layerFlags', args: { key, layers: L } }, at: fromFact(v, f) };
    return fromFact(
      v.map((x) => x === 1),
      f,
    );
  };
  const sliding = list('hybrid_layer_pattern');
  if ('error' in sliding) return sliding;
  const moeFlags = list('moe_layer_freq');
  if ('error' in moeFlags) return moeFlags;
  // The sliding layers' own heads: the same heads and widths as the full layers' (every MiMo-V2 config), their KV heads their own.
  for (const [swa, full] of [
    ['swa_num_attention_heads', 'num_attention_heads'],
    ['swa_head_dim', 'head_dim'],
    ['swa_v_head_dim', 'v_head_dim'],
  ] as const) {
    const a = r.int([swa]);
    const b = r.int([full]);
    if (a && b && a.value !== b.value) return { error: { id: 'recognize.unsupportedVariant', args: { key: swa, value: String(a.value), family: cls } }, at: a };
  }
  const kvHeads = r.int(['num_key_value_heads']);
  const headDim = r.int(['head_dim']);
  if (!kvHeads || !headDim) return { error: { id: 'recognize.missingKey', args: { keys: !kvHeads ? 'num_key_value_heads' : 'head_dim' } } };
  const valueDim = r.int(['v_head_dim']) ?? derived(headDim.value, { id: 'prov.fromKey', args: { key: 'head_dim' } }, headDim);
  const swaKv = r.int(['swa_num_key_value_heads']) ?? derived(kvHeads.value, { id: 'prov.fromKey', args: { key: 'num_key_value_heads' } }, kvHeads);
  const swaSinks = r.bool(['add_swa_attention_sink_bias']) ?? classDefault(false, 'add_swa_attention_sink_bias', cls);
  const fullSinks = r.bool(['add_full_attention_sink_bias']) ?? classDefault(false, 'add_full_attention_sink_bias', cls);
  const window = r.int(['sliding_window', 'sliding_window_size']);
  if (!window) return { error: { id: 'recognize.missingKey', args: { keys: 'sliding_window' } } };
  const out: { -readonly [K in keyof ModelOverrides]: ModelOverrides[K] } = {
    layers,
    kvHeads,
    headDim,
    valueHeadDim: valueDim,
    attentionSinks: fullSinks,
    slidingAttention: { layers: sliding, kvHeads: swaKv, sinks: swaSinks },
    slidingWindow: window,
    slidingWindowLayers: derived(sliding.value.filter(Boolean).length, { id: 'prov.fromKey', args: { key: 'hybrid_layer_pattern' } }, sliding),
    qkvBias: byArch(false),
    outBias: byArch(false),
    mlpBias: byArch(false),
  };
  const moeLayers = moeFlags.value.flatMap((on, i) => (on ? [i] : []));
  if (moeLayers.length > 0) {
    const experts = r.int(['n_routed_experts']);
    const topK = r.int(['num_experts_per_tok']);
    const width = r.int(['moe_intermediate_size']);
    const missing = [!experts && 'n_routed_experts', !topK && 'num_experts_per_tok', !width && 'moe_intermediate_size'].filter((x): x is string => !!x);
    if (missing.length > 0 || !experts || !topK || !width) return { error: { id: 'recognize.missingKey', args: { keys: missing.join(', ') } } };
    if (topK.value > experts.value) return { error: { id: 'recognize.topKOverExperts', args: { k: topK.value, e: experts.value } }, at: topK };
    const shared = r.int(['n_shared_experts'], { min: 0 });
    if (shared && shared.value > 0)
      return { error: { id: 'recognize.unsupportedVariant', args: { key: 'n_shared_experts', value: String(shared.value), family: cls } }, at: shared };
    const moe: MoeSpec = {
      experts,
      topK,
      expertWidth: width,
      sharedExperts: byArch(0),
      sharedWidth: byArch(0),
      sharedGate: byArch(false),
      // (MiMoV2MoE's gate: a linear h → E with its e_score_correction_bias, both saved in fp32.)
      routerBias: byArch(true),
      routerLinear: byArch(true),
      layers: derived(moeLayers, { id: 'prov.fromKey', args: { key: 'moe_layer_freq' } }, moeFlags),
    };
    out.moe = moe;
  }
  return { overrides: out };
}
