/**
 * A format we do not know but that uses common key names (num_layers, d_model, n_heads,
 * vocab_size, ...): read it by those names, say which mapping was guessed (an info finding), and
 * mark every architectural detail the file cannot tell (MLP kind, norms, tying) as assumed.
 */
import type { Fact, Sourced } from '../types';
import { assumed, finding, fromFact } from '../types';
import type { ModelSpec } from '../spec';
import { aliases } from './aliases';
import { buildModel, defined, FactReader, precisionOf, type FileRecognition, type RecognizeContext } from './common';

const GUESS: Readonly<
  Record<
    'layers' | 'hidden' | 'heads' | 'kvHeads' | 'ffnWidth' | 'vocab' | 'seqLen' | 'microBatch' | 'globalBatch' | 'gradAccum' | 'trainIters' | 'maxPositions',
    readonly string[]
  >
> = {
  layers: ['num_layers', 'n_layers', 'num_hidden_layers', 'n_layer', 'layers', 'depth', 'num_decoder_layers'],
  hidden: ['d_model', 'hidden_size', 'n_embd', 'n_embed', 'dim', 'hidden_dim', 'emb_dim', 'model_dim', 'embed_dim', 'embedding_dim', 'width'],
  heads: ['n_heads', 'num_heads', 'num_attention_heads', 'n_head', 'heads'],
  kvHeads: ['n_kv_heads', 'num_kv_heads', 'num_key_value_heads', 'kv_heads', 'num_query_groups', 'head_groups'],
  ffnWidth: ['d_ff', 'ffn_dim', 'intermediate_size', 'ffn_hidden_size', 'mlp_dim', 'ff_dim', 'inner_dim'],
  vocab: ['vocab_size', 'n_vocab', 'padded_vocab_size', 'num_tokens'],
  seqLen: ['seq_len', 'seq_length', 'max_seq_len', 'sequence_length', 'max_seq_length', 'max_sequence_length', 'context_length', 'block_size'],
  microBatch: ['micro_batch_size', 'batch_size', 'per_device_batch_size'],
  globalBatch: ['global_batch_size', 'train_batch_size'],
  gradAccum: [
    'gradient_accumulation_steps',
    'grad_accum_steps',
    'batch_accumulation_per_replica',
    'accumulate_grad_batches',
    'accumulation_steps',
    'grad_accum',
  ],
  trainIters: ['max_steps', 'train_iters', 'max_iters', 'steps', 'total_steps', 'train_steps'],
  maxPositions: ['max_position_embeddings', 'n_positions', 'max_positions'],
};

/** Key names for the details a config may state (booleans and names, read as such). */
const DETAIL = {
  tied: ['tie_word_embeddings', 'tie_embeddings', 'tied_embeddings', 'share_embeddings', 'tie_embedding', 'weight_tying'],
  activation: ['hidden_act', 'activation', 'act_fn', 'activation_function', 'hidden_activation', 'mlp_activation', 'ffn_activation', 'activation_type'],
  normType: ['norm_type', 'normalization', 'layer_norm_type', 'norm'],
  rmsEps: ['rms_norm_eps', 'rms_norm_epsilon', 'rmsnorm_eps'],
  layerNormEps: ['layer_norm_eps', 'layer_norm_epsilon', 'layernorm_epsilon', 'layernorm_eps'],
  positionType: ['position_embedding_type', 'pos_embedding_type', 'positional_embedding', 'position_embedding'],
  rope: ['rope_theta', 'rotary_emb_base', 'rope_scaling', 'rotary_pct', 'rope_interleaved', 'rotary_dim', 'rope_base'],
  bias: ['bias', 'use_bias', 'add_bias_linear', 'add_linear_biases'],
  attentionBias: ['attention_bias', 'qkv_bias', 'attn_bias'],
  mlpBias: ['mlp_bias', 'ffn_bias'],
  dp: ['data_parallel_size', 'dp_size'],
  tp: ['tensor_parallel_size', 'tensor_model_parallel_size', 'tp_size'],
  pp: ['pipeline_parallel_size', 'pipeline_model_parallel_size', 'pp_size'],
  cp: ['context_parallel_size', 'cp_size'],
  ep: ['expert_parallel_size', 'expert_model_parallel_size', 'ep_size'],
} as const;

/** The shallowest fact whose last key is one of the names. */
function find(facts: readonly Fact[], names: readonly string[]): Fact | undefined {
  let best: Fact | undefined;
  for (const f of facts) {
    const last = f.path[f.path.length - 1];
    if (typeof last !== 'string' || !names.includes(last) || f.value === null) continue;
    if (!best || f.path.length < best.path.length) best = f;
  }
  return best;
}

export function isGeneric(facts: readonly Fact[]): boolean {
  return !!find(facts, GUESS.layers) && !!find(facts, GUESS.hidden) && !!find(facts, GUESS.heads);
}

export function recognizeGeneric(ctx: RecognizeContext): FileRecognition {
  const r = new FactReader([]);
  const mapping: string[] = [];
  const int = (field: keyof typeof GUESS, min = 1, names: readonly string[] = GUESS[field]): Sourced<number> | undefined => {
    const f = find(ctx.facts, names);
    if (!f) return undefined;
    if (typeof f.value !== 'number' || !Number.isInteger(f.value) || f.value < min || f.value > 1e9) {
      r.findings.push(
        finding(
          'value-type',
          'error',
          { id: 'value.expectedPositiveInt', args: { key: f.path.join('.'), value: JSON.stringify(f.value), max: 1e9 } },
          { file: f.file, range: f.valueRange },
        ),
      );
      return undefined;
    }
    mapping.push(`${field} ← ${f.path.join('.')}`);
    return fromFact(f.value, f);
  };
  // (A device_batch_size or micro_batch_size beside batch_size, modded-nanogpt's, dion's and Fast-LLM's convention: the device's
  // is the micro-batch and batch_size the global one.)
  const perDevice = find(ctx.facts, ['device_batch_size', 'micro_batch_size']);
  const byDevice = perDevice && find(ctx.facts, ['batch_size']) && !find(ctx.facts, GUESS.globalBatch);
  const precisionName = find(ctx.facts, ['training_dtype', 'mixed_precision']);
  const precision = typeof precisionName?.value === 'string' ? precisionOf(precisionName.value) : undefined;
  const zero = find(ctx.facts, ['zero_stage']);
  const training = defined({
    seqLen: int('seqLen'),
    microBatch: byDevice ? int('microBatch', 1, [String(perDevice.path[perDevice.path.length - 1])]) : int('microBatch'),
    globalBatch: byDevice ? int('globalBatch', 1, ['batch_size']) : int('globalBatch'),
    gradAccum: int('gradAccum'),
    trainIters: int('trainIters'),
    precision: precision && precisionName ? (mapping.push(`precision ← ${precisionName.path.join('.')}`), fromFact(precision, precisionName)) : undefined,
    zeroStage:
      zero && typeof zero.value === 'number' && [0, 1, 2, 3].includes(zero.value)
        ? (mapping.push(`zeroStage ← ${zero.path.join('.')}`), fromFact(zero.value as 0 | 1 | 2 | 3, zero))
        : undefined,
  });
  const what = (w: string) => ({ id: 'prov.assumedArch', args: { what: w } }) as const;
  // (hidden_dim beside a width of another name, `embedding_dim` or `dim` as Llama's own ModelArgs write it: the MLP's width.)
  const widths = GUESS.hidden.filter((n) => n !== 'hidden_dim');
  const ffnHidden = find(ctx.facts, ['hidden_dim']) && find(ctx.facts, widths) && !find(ctx.facts, GUESS.ffnWidth);
  const hidden = ffnHidden ? int('hidden', 1, widths) : int('hidden');
  const ffn = ffnHidden ? int('ffnWidth', 1, ['hidden_dim']) : int('ffnWidth');
  // Architectural details the file states under names common to HF-style configs; assumed only where it is silent.
  const bool = (names: readonly string[]): Sourced<boolean> | undefined => {
    const f = find(ctx.facts, names);
    return f && typeof f.value === 'boolean' ? (mapping.push(`${f.path.join('.')} = ${f.value}`), fromFact(f.value, f)) : undefined;
  };
  const text = (names: readonly string[]): Sourced<string> | undefined => {
    const f = find(ctx.facts, names);
    return f && typeof f.value === 'string' ? (mapping.push(`${f.path.join('.')} = ${f.value}`), fromFact(f.value, f)) : undefined;
  };
  const act = text(DETAIL.activation);
  // (Fast-LLM's normalization: {type: rms_norm, epsilon: …}.)
  const normBlock = ctx.facts.find(
    (f) =>
      f.path.length >= 2 && f.path[f.path.length - 1] === 'type' && /^norm(alization)?$/.test(String(f.path[f.path.length - 2])) && typeof f.value === 'string',
  );
  const normName =
    text(DETAIL.normType) ??
    (normBlock ? (mapping.push(`${normBlock.path.join('.')} = ${String(normBlock.value)}`), fromFact(String(normBlock.value), normBlock)) : undefined);
  const rmsEps = find(ctx.facts, DETAIL.rmsEps);
  const lnEps = find(ctx.facts, DETAIL.layerNormEps);
  const posType = text(DETAIL.positionType);
  const rope = find(ctx.facts, DETAIL.rope);
  const maxPositions = int('maxPositions');
  const allBias = bool(DETAIL.bias);
  const attnBias = bool(DETAIL.attentionBias) ?? allBias;
  const mlpBias = bool(DETAIL.mlpBias) ?? allBias;
  const learned = posType !== undefined && /^(absolute|learned|learnable)$/i.test(posType.value);
  const o: Partial<ModelSpec> = defined({
    layers: int('layers'),
    hidden,
    heads: int('heads'),
    kvHeads: int('kvHeads'),
    vocab: int('vocab'),
    ffnWidth: ffn ?? (hidden ? assumed(4 * hidden.value, what('an MLP of 4 × hidden')) : undefined),
    // SiLU/Swish in these configs is the SwiGLU MLP (Llama, Qwen, Mistral and the trainers that copy their config classes).
    ffnKind: act
      ? { value: /^(silu|swish|swiglu|geglu|reglu)$/i.test(act.value) ? ('gated' as const) : ('plain' as const), source: act.source }
      : assumed('plain', what('a plain (non-gated) MLP')),
    norm: normName
      ? { value: /rms/i.test(normName.value) ? ('rmsnorm' as const) : ('layernorm' as const), source: normName.source }
      : rmsEps
        ? fromFact('rmsnorm' as const, rmsEps)
        : lnEps
          ? fromFact('layernorm' as const, lnEps)
          : assumed('layernorm', what('LayerNorm')),
    positions: learned
      ? { value: 'learned' as const, source: posType!.source }
      : posType && /rope|rotary/i.test(posType.value)
        ? { value: 'rope' as const, source: posType.source }
        : rope
          ? fromFact('rope' as const, rope)
          : assumed('rope', what('rotary positions')),
    maxPositions,
    tiedEmbeddings: bool(DETAIL.tied) ?? assumed(false, what('untied embeddings')),
    qkvBias: attnBias ?? assumed(false, what('no biases')),
    outBias: attnBias ?? assumed(false, what('no biases')),
    mlpBias: mlpBias ?? assumed(false, what('no biases')),
  });
  // A parallelism block written in the file (nanotron's parallelism: {dp, tp, pp}).
  const degree = (names: readonly string[], short: string): Sourced<number> | undefined => {
    const f =
      find(ctx.facts, names) ??
      ctx.facts.find((x) => x.path.length >= 2 && /parallel/i.test(String(x.path[x.path.length - 2])) && x.path[x.path.length - 1] === short);
    return f && typeof f.value === 'number' && Number.isInteger(f.value) && f.value >= 1 && f.value <= 1e6
      ? (mapping.push(`${short} ← ${f.path.join('.')}`), fromFact(f.value, f))
      : undefined;
  };
  const parallel = defined({
    dp: degree(DETAIL.dp, 'dp'),
    tp: degree(DETAIL.tp, 'tp'),
    pp: degree(DETAIL.pp, 'pp'),
    cp: degree(DETAIL.cp, 'cp'),
    ep: degree(DETAIL.ep, 'ep'),
  });
  const layersFact = find(ctx.facts, GUESS.layers)!;
  const arch = { value: 'unknown (guessed)', source: { kind: 'fact' as const, file: ctx.file, path: layersFact.path, range: layersFact.keyRange } };
  const built = o.vocab
    ? buildModel(
        r,
        aliases({}),
        { configClass: 'generic', ffn: 'plain', norm: 'layernorm', positions: 'rope', tiedDefault: false, qkvBias: false, outBias: false, mlpBias: false },
        arch,
        o,
      )
    : undefined;
  const info = finding(
    'guessed-mapping',
    'info',
    { id: 'generic.guessed', args: { mapping: mapping.join(', ') } },
    { file: ctx.file, range: layersFact.keyRange },
  );
  const missing = o.vocab
    ? []
    : [
        finding(
          'missing-key',
          'error',
          { id: 'recognize.missingKey', args: { keys: GUESS.vocab.join(' / ') } },
          { file: ctx.file, range: { start: 0, end: 0 } },
        ),
      ];
  return {
    family: 'generic',
    model: built?.model,
    training,
    parallel,
    references: [],
    findings: [info, ...r.findings, ...(built?.findings ?? []), ...missing],
  };
}
