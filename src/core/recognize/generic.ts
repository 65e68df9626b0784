/**
 * A format we do not know but that uses common key names (num_layers, d_model, n_heads,
 * vocab_size, ...): read it by those names, say which mapping was guessed (an info finding), and
 * mark every architectural detail the file cannot tell (MLP kind, norms, tying) as assumed.
 */
import type { Fact, Sourced } from '../types';
import { assumed, finding, fromFact } from '../types';
import type { ModelSpec } from '../spec';
import { aliases } from './aliases';
import { buildModel, defined, FactReader, type FileRecognition, type RecognizeContext } from './common';

const GUESS: Readonly<
  Record<'layers' | 'hidden' | 'heads' | 'kvHeads' | 'ffnWidth' | 'vocab' | 'seqLen' | 'microBatch' | 'globalBatch' | 'trainIters', readonly string[]>
> = {
  layers: ['num_layers', 'n_layers', 'num_hidden_layers', 'n_layer', 'layers', 'depth', 'num_decoder_layers'],
  hidden: ['d_model', 'hidden_size', 'n_embd', 'dim', 'hidden_dim', 'emb_dim', 'model_dim', 'embed_dim', 'width'],
  heads: ['n_heads', 'num_heads', 'num_attention_heads', 'n_head', 'heads'],
  kvHeads: ['n_kv_heads', 'num_kv_heads', 'num_key_value_heads', 'kv_heads', 'num_query_groups'],
  ffnWidth: ['d_ff', 'ffn_dim', 'intermediate_size', 'ffn_hidden_size', 'mlp_dim', 'ff_dim', 'inner_dim'],
  vocab: ['vocab_size', 'n_vocab', 'padded_vocab_size', 'num_tokens'],
  seqLen: ['seq_len', 'seq_length', 'max_seq_len', 'sequence_length', 'max_seq_length', 'context_length', 'block_size'],
  microBatch: ['micro_batch_size', 'batch_size', 'per_device_batch_size'],
  globalBatch: ['global_batch_size', 'train_batch_size'],
  trainIters: ['max_steps', 'train_iters', 'max_iters', 'steps', 'total_steps'],
};

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
  const int = (field: keyof typeof GUESS, min = 1): Sourced<number> | undefined => {
    const f = find(ctx.facts, GUESS[field]);
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
  const training = defined({ seqLen: int('seqLen'), microBatch: int('microBatch'), globalBatch: int('globalBatch'), trainIters: int('trainIters') });
  const what = (w: string) => ({ id: 'prov.assumedArch', args: { what: w } }) as const;
  const hidden = int('hidden');
  const ffn = int('ffnWidth');
  const o: Partial<ModelSpec> = defined({
    layers: int('layers'),
    hidden,
    heads: int('heads'),
    kvHeads: int('kvHeads'),
    vocab: int('vocab'),
    ffnWidth: ffn ?? (hidden ? assumed(4 * hidden.value, what('an MLP of 4 × hidden')) : undefined),
    ffnKind: assumed('plain', what('a plain (non-gated) MLP')),
    norm: assumed('layernorm', what('LayerNorm')),
    positions: assumed('rope', what('rotary positions')),
    tiedEmbeddings: assumed(false, what('untied embeddings')),
    qkvBias: assumed(false, what('no biases')),
    outBias: assumed(false, what('no biases')),
    mlpBias: assumed(false, what('no biases')),
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
    parallel: {},
    references: [],
    findings: [info, ...r.findings, ...(built?.findings ?? []), ...missing],
  };
}
