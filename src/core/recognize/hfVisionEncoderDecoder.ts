/**
 * Hugging Face's VisionEncoderDecoderModel (model_type vision-encoder-decoder: TrOCR's checkpoints), the encoder and the decoder
 * each a config of its own (`encoder`, `decoder`). What is modelled:
 * - the encoder a ViT or DeiT (ViTModel, DeiTModel as AutoModel builds them, with their pooler): the class token (and DeiT's
 *   distillation token), the biased patch convolution, a learned position per patch and per token, pre-norm blocks (q, k and v
 *   biased when qkv_bias), the final LayerNorm and the pooler (h_v² + h_v); enc_to_dec_proj (h_v → h, biased) where the widths
 *   differ and the decoder names no cross_attention_hidden_size. Counted as the model's vision encoder (ModelSpec.vision):
 *   in the total and the memory, not in the per-token FLOPs.
 * - the decoder TrOCR's (TrOCRForCausalLM, modeling_trocr.py): d_model wide, decoder_layers post-norm layers of biased
 *   self-attention, cross-attention whose keys and values come from cross_attention_hidden_size (else d_model),
 *   and a biased MLP of decoder_ffn_dim, each with its LayerNorm; learned positions of max_position_embeddings + 2 rows
 *   (use_learned_position_embeddings, else sinusoidal, no parameters), a LayerNorm after the embedding (layernorm_embedding),
 *   no final norm; output_projection tied to the embedding as tie_word_embeddings says.
 * Any other encoder (Donut's Swin, BEiT) or decoder (GPT-2, BERT, mBART) is refused, naming it.
 */
import type { Finding, Sourced } from '../types';
import { derived, finding } from '../types';
import type { ModelSpec, VisionSpec } from '../spec';
import { aliases } from './aliases';
import { BIASED_LAYERNORM } from './decoder';
import { NO_CLASSIC } from './hfClassic';
import { buildModel, classDefault, emptyRecognition, type FileRecognition, type RecognizeContext } from './common';
import type { FactReader } from './reader';

const ENCODERS: Readonly<Record<string, { readonly cls: string; readonly kind: 'vit' | 'deit' }>> = {
  vit: { cls: 'ViTConfig', kind: 'vit' },
  deit: { cls: 'DeiTConfig', kind: 'deit' },
};

export function isVisionEncoderDecoder(type: string | undefined, arch: string | undefined): boolean {
  return type === 'vision-encoder-decoder' || arch === 'VisionEncoderDecoderModel';
}

export function recognizeVisionEncoderDecoder(ctx: RecognizeContext, reader: FactReader, arch: Sourced<string>): FileRecognition {
  const enc = reader.under('encoder');
  const dec = reader.under('decoder');
  const encType = enc.str(['model_type']);
  const decType = dec.str(['model_type']);
  const refuse = (key: string, value: string | undefined): FileRecognition => {
    const at = reader.fact(key);
    return emptyRecognition('hf', [
      ...reader.findings,
      finding(
        'unsupported',
        'error',
        { id: 'recognize.visionEncoderDecoderPart', args: { key, value: value ?? '' } },
        at ? { file: at.file, range: at.valueRange } : { file: ctx.file, range: { start: 0, end: 0 } },
      ),
    ]);
  };
  const encoder = encType ? ENCODERS[encType.value] : undefined;
  if (!encoder) return refuse('encoder.model_type', encType?.value);
  if (decType?.value !== 'trocr') return refuse('decoder.model_type', decType?.value);

  // TrOCRConfig's keys and defaults.
  const cls = 'TrOCRConfig';
  const learned = dec.bool(['use_learned_position_embeddings']) ?? classDefault(true, 'use_learned_position_embeddings', cls);
  const embedNorm = dec.bool(['layernorm_embedding']) ?? classDefault(true, 'layernorm_embedding', cls);
  const encHidden = enc.int(['hidden_size'], { min: 1 }) ?? classDefault(768, 'encoder.hidden_size', encoder.cls);
  const cross = dec.int(['cross_attention_hidden_size'], { min: 1 });
  const built = buildModel(
    dec,
    aliases({
      layers: ['decoder_layers'],
      hidden: ['d_model'],
      heads: ['decoder_attention_heads'],
      ffnWidth: ['decoder_ffn_dim'],
      vocab: ['vocab_size'],
      maxPositions: ['max_position_embeddings'],
      tied: ['tie_word_embeddings'],
    }),
    {
      // (Tied unless tie_word_embeddings says otherwise: PretrainedConfig's default, TrOCRConfig states none.)
      ...BIASED_LAYERNORM,
      configClass: cls,
      defaults: { vocab: 50265, hidden: 1024, layers: 12, heads: 16, ffnWidth: 4096 },
    },
    arch,
    {
      positions: derived(
        learned.value ? ('learned' as const) : ('none' as const),
        { id: 'prov.fromKey', args: { key: 'decoder.use_learned_position_embeddings' } },
        learned,
      ),
      embeddingNorm: embedNorm,
    },
  );
  if (!built.model) return { ...emptyRecognition('hf', [...built.findings]) };
  const m: ModelSpec = {
    ...built.model,
    // (Without cross_attention_hidden_size the keys and values come from d_model: the encoder's output is projected to it.)
    crossAttentionWidth: cross ?? derived(built.model.hidden.value, { id: 'prov.fromKey', args: { key: 'decoder.d_model' } }, built.model.hidden),
  };
  const classic: ModelSpec['classic'] = derived(
    {
      ...NO_CLASSIC,
      family: 'trocr' as const,
      embedWidth: m.hidden.value,
      // TrOCRLearnedPositionalEmbedding: max_position_embeddings + 2 rows (the offset BART's has).
      positionOffset: learned.value ? 2 : 0,
      finalNorm: false,
    },
    { id: 'prov.architecture', args: { arch: 'TrOCRForCausalLM' } },
    arch,
  );
  const vision = encoderTower(enc, encoder, m, cross === undefined && encHidden.value !== m.hidden.value);
  const findings: Finding[] = [...built.findings];
  const at = reader.fact('encoder.model_type');
  findings.push(
    finding(
      'assumed',
      'info',
      { id: 'recognize.visionTextOnly', args: { layers: vision.layers.value, hidden: vision.hidden.value } },
      at ? { file: at.file, range: at.keyRange } : { file: ctx.file, range: { start: 0, end: 0 } },
    ),
  );
  return { ...emptyRecognition('hf', findings), model: { ...m, classic, vision } };
}

/** The ViT or DeiT encoder as VisionSpec (kind vit / deit), with enc_to_dec_proj as its projector where there is one. */
function encoderTower(enc: FactReader, encoder: { readonly cls: string; readonly kind: 'vit' | 'deit' }, m: ModelSpec, projector: boolean): VisionSpec {
  const int = (key: string, dflt: number) => enc.int([key], { min: 1 }) ?? classDefault(dflt, `encoder.${key}`, encoder.cls);
  return {
    kind: encoder.kind,
    layers: int('num_hidden_layers', 12),
    hidden: int('hidden_size', 768),
    ffnWidth: int('intermediate_size', 3072),
    patch: int('patch_size', 16),
    imageSize: int('image_size', 224),
    channels: int('num_channels', 3),
    attentionBias: enc.bool(['qkv_bias']) ?? classDefault(true, 'encoder.qkv_bias', encoder.cls),
    ...(projector ? { projectorOut: derived(m.hidden.value, { id: 'prov.encToDecProj' }, m.hidden) } : {}),
  };
}
