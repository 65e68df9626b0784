/**
 * Mistral's own checkpoint format, `params.json` beside `consolidated.safetensors` (mistral-inference's args.py TransformerArgs:
 * dim, n_layers, head_dim, hidden_dim, n_heads, n_kv_heads, norm_eps, vocab_size, rope_theta, moe, vision_encoder). Its
 * Transformer (transformer.py, transformer_layers.py) is Llama's: per layer an RMSNorm, attention with bias-free wq, wk, wv,
 * wo of n_heads and n_kv_heads heads of head_dim, an RMSNorm and a SwiGLU FeedForward (w1, w2, w3) of hidden_dim; a final
 * RMSNorm; the output head untied unless `tied_embeddings` says so. With `moe` every layer's FeedForward is
 * `num_experts` of them under a bias-free gate (dim → experts), `num_experts_per_tok` of them per token. `vision_encoder`
 * adds Pixtral's tower (vision_encoder.py): a bias-free patch convolution, an RMSNorm, RMSNorm blocks of the same Transformer
 * (heads of hidden_size / num_attention_heads, all of them KV) and the VisionLanguageAdapter (w_in to dim, w_out dim → dim,
 * biased unless adapter_bias is false), with an RMSNorm before it (add_pre_mm_projector_layer_norm) and the patch merger
 * (mm_projector_id "patch_merge") where the file asks for them.
 *
 * Newer layouts of the same file that this reading does not count are refused at their key: multi-head latent attention
 * (Mistral Large 3's q_lora_rank, kv_lora_rank), MoE keys beyond the two above (its shared experts, dense layers, expert
 * width), and LoRA layers built into the model (`lora`).
 */
import type { ModelSpec, VisionSpec } from '../spec';
import type { Sourced } from '../types';
import { derived, finding, fromFact } from '../types';
import type { ModelAliases, ModelOverrides, Traits } from './decoder';
import { aliases } from './aliases';
import { buildModel, classDefault, emptyRecognition, FactReader, type FileRecognition, type RecognizeContext } from './common';

const CLASS = 'mistral-inference TransformerArgs';

export const MISTRAL_ALIASES: ModelAliases = aliases({
  layers: ['n_layers'],
  hidden: ['dim'],
  heads: ['n_heads'],
  kvHeads: ['n_kv_heads'],
  headDim: ['head_dim'],
  ffnWidth: ['hidden_dim'],
  vocab: ['vocab_size'],
  maxPositions: ['max_position_embeddings', 'max_seq_len'],
  tied: ['tied_embeddings'],
  experts: ['moe.num_experts'],
  topK: ['moe.num_experts_per_tok'],
  slidingWindow: ['sliding_window'],
});

export const MISTRAL_TRAITS: Traits = {
  configClass: CLASS,
  ffn: 'gated',
  norm: 'rmsnorm',
  positions: 'rope',
  tiedDefault: false,
  qkvBias: false,
  outBias: false,
  mlpBias: false,
  moe: 'every-layer',
  slidingWindow: 'all-layers',
};

/** Keys that together say "this is mistral-inference's params.json" (TransformerArgs' required fields). */
const SIGNATURE = ['dim', 'n_layers', 'head_dim', 'hidden_dim', 'n_heads', 'n_kv_heads', 'norm_eps', 'vocab_size'] as const;

/** MoeArgs' own keys (mistral_inference/moe.py); any other under `moe` is a newer MoE this reading does not count. */
const MOE_KEYS = new Set(['num_experts', 'num_experts_per_tok']);

export function isMistralNative(r: FactReader): boolean {
  return SIGNATURE.every((k) => r.has(k));
}

export function recognizeMistral(ctx: RecognizeContext): FileRecognition {
  const reader = new FactReader(ctx.facts);
  const first = reader.fact(...SIGNATURE)!;
  const refused = (key: string, value: string, at: { file: string; range: { start: number; end: number } }) =>
    emptyRecognition('mistral', [
      ...reader.findings,
      finding('unsupported', 'error', { id: 'recognize.unsupportedVariant', args: { key, value, family: 'Mistral params.json' } }, at),
    ]);
  for (const key of ['q_lora_rank', 'kv_lora_rank', 'lora']) {
    const f = reader.present(key);
    if (f) return refused(key, typeof f.value === 'object' ? '{…}' : String(f.value), { file: f.file, range: f.valueRange });
  }
  const other = ctx.facts.find((f) => f.path[0] === 'moe' && f.path.length > 1 && !MOE_KEYS.has(String(f.path[1])));
  if (other) return refused(other.path.join('.'), String(other.value), { file: other.file, range: other.keyRange });
  const arch: Sourced<string> = {
    value: reader.has('moe.num_experts') ? 'Mistral MoE (params.json)' : 'Mistral (params.json)',
    source: { kind: 'fact', file: first.file, path: first.path, range: first.keyRange },
  };
  const built = buildModel(reader, MISTRAL_ALIASES, MISTRAL_TRAITS, arch, windows(reader));
  const model = built.model && reader.has('vision_encoder.hidden_size') ? withVision(built.model, reader.under('vision_encoder')) : built.model;
  return { ...emptyRecognition('mistral', [...built.findings]), ...(model ? { model } : {}) };
}

/**
 * sliding_window as a list (TransformerArgs allows one window per layer, repeated over the layers as the cache does): the
 * layers of its smallest window as the sliding ones, the others as full attention. One number goes through the alias table.
 */
function windows(reader: FactReader): ModelOverrides {
  const f = reader.present('sliding_window');
  const layers = reader.int(['n_layers']);
  if (!f || !Array.isArray(f.value) || !layers) return {};
  const list = f.value.filter((x): x is number => typeof x === 'number' && Number.isInteger(x) && x > 0);
  if (list.length === 0 || list.length !== f.value.length) return {};
  const window = Math.min(...list);
  const n = Array.from({ length: layers.value }, (_, i) => list[i % list.length]!).filter((w) => w === window).length;
  const at = fromFact(list, f);
  const others = Math.max(...list);
  return {
    slidingWindow: derived(window, { id: 'prov.mistralWindows', args: { n, window, others } }, at),
    slidingWindowLayers: derived(n, { id: 'prov.mistralWindows', args: { n, window, others } }, at, layers),
  };
}

/** VisionEncoderArgs (its required keys, and adapter_bias, spatial_merge_size, add_pre_mm_projector_layer_norm, mm_projector_id). */
function withVision(model: ModelSpec, v: FactReader): ModelSpec {
  const cls = 'mistral-inference VisionEncoderArgs';
  const need = (key: string) => v.int([key]);
  const layers = need('num_hidden_layers');
  const hidden = need('hidden_size');
  const ffnWidth = need('intermediate_size');
  const patch = need('patch_size');
  const channels = need('num_channels');
  if (!layers || !hidden || !ffnWidth || !patch || !channels) return model;
  const imageSize = need('image_size');
  const merge = v.str(['mm_projector_id']);
  const mergeSize = merge?.value === 'patch_merge' ? (v.int(['spatial_merge_size']) ?? classDefault(1, 'vision_encoder.spatial_merge_size', cls)) : undefined;
  const vision: VisionSpec = {
    kind: 'pixtral',
    layers,
    hidden,
    ffnWidth,
    patch,
    channels,
    ...(imageSize ? { imageSize } : {}),
    ...(mergeSize ? { mergeSize } : {}),
    projectorBias: v.bool(['adapter_bias']) ?? classDefault(true, 'vision_encoder.adapter_bias', cls),
    projectorNorm: v.bool(['add_pre_mm_projector_layer_norm']) ?? classDefault(false, 'vision_encoder.add_pre_mm_projector_layer_norm', cls),
  };
  return { ...model, vision };
}
