/**
 * Gemma 4's text model (gemma4_text, and text_config of gemma4; transformers' configuration_gemma4.py Gemma4TextConfig and
 * modeling_gemma4.py Gemma4TextModel), read into spec.ts gemma4Schema:
 * - layer_types: sliding_attention or full_attention per layer (absent: five sliding to one full; the last always full);
 * - a sliding layer attends over head_dim with num_key_value_heads; a full one over global_head_dim (Gemma4TextConfig: 512)
 *   with num_global_key_value_heads where attention_k_eq_v (its keys are its values then: no v_proj), else
 *   num_key_value_heads;
 * - the last num_kv_shared_layers layers take an earlier layer's keys and values (no k_proj, v_proj, k_norm) and, with
 *   use_double_wide_mlp, an MLP of 2 × intermediate_size;
 * - hidden_size_per_layer_input (256 by default; null or 0: none) sizes the per-layer embeddings over
 *   vocab_size_per_layer_input tokens;
 * - enable_moe_block adds num_experts experts of moe_intermediate_size (top top_k_experts) beside the dense MLP of every
 *   layer (Gemma4TextExperts: fused gate_up_proj and down_proj parameters; Gemma4TextRouter: proj h → E, scale h and
 *   per_expert_scale E).
 * google/gemma-4-31B (text and vision): 31,273,088,876, its checkpoint's BF16 count, as counted from these shapes.
 */
import type { Message, Sourced } from '../types';
import { derived, fromFact } from '../types';
import type { Gemma4AudioSpec, Gemma4Spec, MoeSpec } from '../spec';
import type { ModelOverrides } from './decoder';
import { classDefault, samePerLayer, type FactReader } from './common';

const CLS = 'Gemma4TextConfig';

/**
 * Which layers attend globally: layer_types where written (sliding_attention or full_attention per layer), else the config
 * class's pattern (a full layer every `period`-th); with `lastFull`, the last layer is full whatever is written.
 */
function fullLayersOf(
  r: FactReader,
  layers: Sourced<number>,
  d: { cls: string; period: number; lastFull: boolean; shown: string },
): Sourced<boolean[]> | { error: Message; at?: Sourced<unknown> } {
  const L = layers.value;
  const typesFact = r.present('layer_types');
  if (!typesFact)
    return derived(
      Array.from({ length: L }, (_, i) => (i + 1) % d.period === 0 || (d.lastFull && i === L - 1)),
      { id: 'prov.classDefault', args: { key: 'layer_types', cls: d.cls, value: d.shown } },
      layers,
    );
  const v = typesFact.value;
  if (!Array.isArray(v) || v.length !== L || !v.every((t) => t === 'sliding_attention' || t === 'full_attention'))
    return { error: { id: 'recognize.gemma4LayerTypes', args: { layers: L } }, at: fromFact(v, typesFact) };
  return derived(
    v.map((t, i) => t === 'full_attention' || (d.lastFull && i === L - 1)),
    { id: 'prov.fromKey', args: { key: 'layer_types' } },
    fromFact(v, typesFact),
  );
}

/** Gemma 4's own shapes over the alias table; an error where layer_types or the MoE keys cannot be read. */
export function gemma4Overrides(r: FactReader): { overrides: ModelOverrides } | { error: Message; at?: Sourced<unknown> } {
  const byArch = <T>(value: T, ...from: Sourced<unknown>[]) => derived(value, { id: 'prov.architecture', args: { arch: 'Gemma4TextModel' } }, ...from);
  const layers = r.int(['num_hidden_layers']) ?? classDefault(30, 'num_hidden_layers', CLS);
  const L = layers.value;
  // (Gemma4TextConfig forces the last layer to full_attention.)
  const fullLayers = fullLayersOf(r, layers, { cls: CLS, period: 6, lastFull: true, shown: 'five sliding layers to one full, the last full' });
  if ('error' in fullLayers) return fullLayers;
  const headDim = r.int(['head_dim']) ?? classDefault(256, 'head_dim', CLS);
  const globalHeadDim = r.int(['global_head_dim']) ?? classDefault(512, 'global_head_dim', CLS);
  const heads = r.int(['num_attention_heads']) ?? classDefault(8, 'num_attention_heads', CLS);
  const kvHeads = r.int(['num_key_value_heads']) ?? classDefault(4, 'num_key_value_heads', CLS);
  const kEqV = r.bool(['attention_k_eq_v']) ?? classDefault(false, 'attention_k_eq_v', CLS);
  const globalKv = kEqV.value ? r.int(['num_global_key_value_heads']) : undefined;
  const globalKvHeads = globalKv ?? derived(kvHeads.value, { id: 'prov.gemma4GlobalKv' }, kvHeads, kEqV);
  const shared = r.int(['num_kv_shared_layers'], { min: 0 }) ?? classDefault(0, 'num_kv_shared_layers', CLS);
  if (shared.value >= L) return { error: { id: 'recognize.gemma4Shared', args: { n: shared.value, layers: L } }, at: shared };
  const doubleWide = r.bool(['use_double_wide_mlp']) ?? classDefault(false, 'use_double_wide_mlp', CLS);
  // hidden_size_per_layer_input: 0 or null turns the per-layer embeddings off (Gemma4TextModel tests it for truth).
  const pleFact = r.fact('hidden_size_per_layer_input');
  const perLayerWidth =
    r.int(['hidden_size_per_layer_input'], { min: 0 }) ??
    (pleFact && pleFact.value === null ? fromFact(0, pleFact) : classDefault(256, 'hidden_size_per_layer_input', CLS));
  const perLayerVocab = r.int(['vocab_size_per_layer_input'], { min: 0 }) ?? classDefault(262144, 'vocab_size_per_layer_input', CLS);
  const window = r.int(['sliding_window']) ?? classDefault(512, 'sliding_window', CLS);
  const sliding = fullLayers.value.filter((f) => !f).length;
  const gemma4: Gemma4Spec = {
    fullLayers,
    globalHeadDim,
    globalKvHeads,
    kEqV,
    kvSharedLayers: shared,
    doubleWideMlp: doubleWide,
    perLayerWidth,
    perLayerVocab,
  };
  const out: { -readonly [K in keyof ModelOverrides]: ModelOverrides[K] } = {
    layers,
    heads,
    kvHeads,
    headDim,
    gemma4,
    slidingWindow: window,
    slidingWindowLayers: derived(sliding, { id: 'prov.slidingLayerTypes' }, fullLayers),
  };
  const moeOn = r.bool(['enable_moe_block']) ?? classDefault(false, 'enable_moe_block', CLS);
  if (moeOn.value) {
    const experts = r.int(['num_experts']);
    const topK = r.int(['top_k_experts']);
    const width = r.int(['moe_intermediate_size']);
    const missing = [!experts && 'num_experts', !topK && 'top_k_experts', !width && 'moe_intermediate_size'].filter((x): x is string => !!x);
    if (missing.length > 0 || !experts || !topK || !width) return { error: { id: 'recognize.missingKey', args: { keys: missing.join(', ') } }, at: moeOn };
    if (topK.value > experts.value) return { error: { id: 'recognize.topKOverExperts', args: { k: topK.value, e: experts.value } }, at: topK };
    const dense = r.int(['intermediate_size']) ?? classDefault(9216, 'intermediate_size', CLS);
    // The dense MLP of every layer runs beside the experts for every token: a shared expert of intermediate_size, ungated;
    // per_expert_scale is one parameter per expert (routerBias).
    const moe: MoeSpec = {
      experts,
      topK,
      expertWidth: width,
      sharedExperts: byArch(1, moeOn),
      sharedWidth: derived(dense.value, { id: 'prov.gemma4DenseBeside' }, dense),
      sharedGate: byArch(false),
      routerBias: byArch(true),
      routerLinear: byArch(true),
      expertsFused: byArch(true),
      layers: derived(
        Array.from({ length: L }, (_, i) => i),
        { id: 'prov.moeEveryLayer' },
        moeOn,
      ),
    };
    out.moe = moe;
  }
  return { overrides: out };
}

const CLS_3N = 'Gemma3nTextConfig';

/**
 * Gemma 3n's text model (gemma3n_text, and text_config of gemma3n; transformers' configuration_gemma3n.py Gemma3nTextConfig and
 * modeling_gemma3n.py Gemma3nTextModel) as Gemma 4's layers (gemma4Schema) with one head width and KV-head count for both
 * kinds: layer_types (absent: a full layer every fifth), the last num_kv_shared_layers layers on an earlier layer's keys and
 * values (transformers builds no k_proj, v_proj or k_norm there; the published checkpoints keep them, 2·h·g·d + d a layer
 * more: 4.46B and 6.87B for E2B's and E4B's text as Ollama counts their GGUF, 4,435,182,688 and 6,835,235,568 as built),
 * per-layer embeddings, AltUp over altup_num_inputs streams and LAuReL of laurel_rank; intermediate_size once or once per
 * layer (a MatFormer slice whose layers differ is not modelled).
 */
export function gemma3nOverrides(r: FactReader): { overrides: ModelOverrides } | { error: Message; at?: Sourced<unknown> } {
  const layers = r.int(['num_hidden_layers']) ?? classDefault(35, 'num_hidden_layers', CLS_3N);
  const L = layers.value;
  const fullLayers = fullLayersOf(r, layers, { cls: CLS_3N, period: 5, lastFull: false, shown: 'four sliding layers to one full' });
  if ('error' in fullLayers) return fullLayers;
  const headDim = r.int(['head_dim']) ?? classDefault(256, 'head_dim', CLS_3N);
  const heads = r.int(['num_attention_heads']) ?? classDefault(8, 'num_attention_heads', CLS_3N);
  const kvHeads = r.int(['num_key_value_heads']) ?? classDefault(2, 'num_key_value_heads', CLS_3N);
  const shared = r.int(['num_kv_shared_layers'], { min: 0 }) ?? classDefault(15, 'num_kv_shared_layers', CLS_3N);
  if (shared.value >= L) return { error: { id: 'recognize.gemma4Shared', args: { n: shared.value, layers: L } }, at: shared };
  const ffnWidth = samePerLayer(r, 'intermediate_size', 16384, CLS_3N);
  if ('error' in ffnWidth) return ffnWidth;
  const perLayerWidth = r.int(['hidden_size_per_layer_input'], { min: 0 }) ?? classDefault(256, 'hidden_size_per_layer_input', CLS_3N);
  const perLayerVocab = r.int(['vocab_size_per_layer_input'], { min: 0 }) ?? classDefault(262144, 'vocab_size_per_layer_input', CLS_3N);
  const window = r.int(['sliding_window']) ?? classDefault(512, 'sliding_window', CLS_3N);
  const sameWidth = (x: Sourced<number>) => derived(x.value, { id: 'prov.architecture', args: { arch: 'Gemma3nTextAttention' } }, x);
  const gemma4: Gemma4Spec = {
    fullLayers,
    globalHeadDim: sameWidth(headDim),
    globalKvHeads: sameWidth(kvHeads),
    kEqV: derived(false, { id: 'prov.architecture', args: { arch: 'Gemma3nTextAttention' } }),
    kvSharedLayers: shared,
    doubleWideMlp: derived(false, { id: 'prov.architecture', args: { arch: 'Gemma3nTextMLP' } }),
    perLayerWidth,
    perLayerVocab,
    altUpInputs: r.int(['altup_num_inputs']) ?? classDefault(4, 'altup_num_inputs', CLS_3N),
    laurelRank: r.int(['laurel_rank']) ?? classDefault(64, 'laurel_rank', CLS_3N),
  };
  return {
    overrides: {
      layers,
      heads,
      kvHeads,
      headDim,
      ffnWidth,
      gemma4,
      slidingWindow: window,
      slidingWindowLayers: derived(fullLayers.value.filter((f) => !f).length, { id: 'prov.slidingLayerTypes' }, fullLayers),
    },
  };
}

/**
 * Gemma 4's audio tower from audio_config (spec.ts gemma4AudioSchema): undefined where the file has no audio_config or
 * leaves one of its shapes unstated (the tower is then said as not counted).
 */
export function gemma4Audio(r: FactReader): Sourced<Gemma4AudioSpec> | undefined {
  const a = r.under('audio_config');
  const hidden = a.int(['hidden_size']);
  const layers = a.int(['num_hidden_layers']);
  const heads = a.int(['num_attention_heads']);
  const kernel = a.int(['conv_kernel_size']);
  const channels = a.intList(['subsampling_conv_channels']);
  const projDims = a.int(['output_proj_dims']);
  const clipped = a.bool(['use_clipped_linears']);
  if (!hidden || !layers || !heads || !kernel || !channels || !projDims || !clipped) return undefined;
  const [c0, c1] = channels.value;
  if (channels.value.length !== 2 || !c0 || !c1 || hidden.value % heads.value !== 0) return undefined;
  return derived(
    {
      hidden: hidden.value,
      layers: layers.value,
      heads: heads.value,
      kernel: kernel.value,
      channels: [c0, c1],
      projDims: projDims.value,
      clipped: clipped.value,
    },
    { id: 'prov.architecture', args: { arch: 'Gemma4AudioModel' } },
    hidden,
    layers,
    heads,
    kernel,
    channels,
    projDims,
    clipped,
  );
}
