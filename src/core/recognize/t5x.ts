/**
 * T5X (google-research/t5x): its gin configs and `python -m t5x.train --gin_file=… --gin.NAME=value` launches.
 * - The model: the bindings of `network.T5Config` (t5x/examples/t5 and scalable_t5 network.py: emb_dim, num_heads,
 *   num_encoder_layers, num_decoder_layers, head_dim, mlp_dim, mlp_activations, vocab_size, logits_via_embedding, dtype),
 *   over the T5.1.1 model gin a file includes (`include 't5x/examples/t5/t5_1_1/base.gin'`, or one of its examples such as
 *   t5_1_1/examples/base_c4_pretrain.gin, which include it): T5.1.1's sizes as those files set them, said as assumed. Read
 *   as Hugging Face's T5 (the same layers: RMS norms, gated GELU, relative position biases of 32 buckets per stack, the
 *   embedding shared by both stacks, the logits projection its own unless logits_via_embedding).
 * - The run: TASK_FEATURE_LENGTHS' inputs (the encoder's sequence) and targets (the decoder's), BATCH_SIZE (or
 *   train/utils.DatasetConfig.batch_size) as the global batch, TRAIN_STEPS, the optimizer OPTIMIZER names.
 * - A launch's `--gin.NAME=value` bindings override its gin files' (merged ahead of them).
 */
import type { Fact } from '../types';
import { finding, fromFact, type Sourced } from '../types';
import { ginValue } from '../extract/gin';
import { attributedTo, defined, FactReader, mapped, optimizerOf, precisionOf, type FileRecognition, type RecognizeContext } from './common';
import { recognizeHf } from './hf';

/** T5.1.1's model gins (t5x/examples/t5/t5_1_1/*.gin): emb_dim, num_heads, layers (each stack), mlp_dim; heads of 64, vocabulary 32,128. */
const T5_1_1: Readonly<Record<string, readonly [number, number, number, number]>> = {
  small: [512, 6, 8, 1024],
  base: [768, 12, 12, 2048],
  large: [1024, 16, 24, 2816],
  xl: [2048, 32, 24, 5120],
  xxl: [4096, 64, 24, 10240],
};
/** An include of T5.1.1's model gin, or of one of its examples (named for the size they include). */
const STOCK = /(?:^|\/)t5x\/examples\/(?:scalable_)?t5\/t5_1_1\/(?:examples\/)?(small|base|large|xl|xxl)(?:\.gin$|_)/;

/** The selector whose bindings set the network's shapes (network.T5Config, or a scope of it). */
const CONFIG = /(^|[./])T5Config$/;

export function isT5xGin(r: FactReader): boolean {
  return r.facts.some(
    (f) =>
      (typeof f.path[0] === 'string' && CONFIG.test(f.path[0])) ||
      (f.path[0] === '@include' && /(^|\/)t5x\//.test(String(f.value))) ||
      f.path[0] === 'TASK_FEATURE_LENGTHS',
  );
}

export function isT5xLaunch(r: FactReader): boolean {
  return r.facts.some((f) => f.path[0] === '@module' && /^t5x\.train(_unfragmented)?$/.test(String(f.value))) && r.has('--gin_file');
}

export function recognizeT5xGin(ctx: RecognizeContext): FileRecognition {
  const r = new FactReader(ctx.facts);
  const include = r.facts.find((f) => f.path[0] === '@include' && STOCK.test(String(f.value)));
  const size = include ? STOCK.exec(String(include.value))![1]! : undefined;
  const stock = size ? T5_1_1[size]! : undefined;
  // The network's bindings, by parameter (a later one wins, as gin's).
  const bound = new Map<string, Fact>();
  for (const f of r.facts) if (typeof f.path[0] === 'string' && CONFIG.test(f.path[0]) && f.path.length === 2) bound.set(String(f.path[1]), f);
  const facts: Fact[] = [];
  const put = (key: string, param: string, value: Fact['value'] | undefined, as: (v: Fact['value']) => Fact['value'] = (v) => v) => {
    const f = bound.get(param);
    if (f) facts.push({ ...f, path: [key], value: as(f.value) });
    else if (include && value !== undefined) facts.push({ ...include, path: [key], value });
  };
  let model: FileRecognition | undefined;
  if (bound.size > 0 || stock) {
    const anchor = bound.values().next().value ?? include!;
    facts.push({ ...anchor, path: ['model_type'], value: 't5' }, { ...anchor, path: ['architectures'], value: ['T5ForConditionalGeneration'] });
    facts.push({ ...anchor, path: ['is_encoder_decoder'], value: true }, { ...anchor, path: ['relative_attention_num_buckets'], value: 32 });
    put('d_model', 'emb_dim', stock?.[0]);
    put('num_heads', 'num_heads', stock?.[1]);
    put('num_layers', 'num_encoder_layers', stock?.[2]);
    put('num_decoder_layers', 'num_decoder_layers', stock?.[2]);
    put('d_kv', 'head_dim', stock ? 64 : undefined);
    put('d_ff', 'mlp_dim', stock?.[3]);
    put('vocab_size', 'vocab_size', stock ? 32128 : undefined);
    // mlp_activations ('gelu', 'linear'): a gated GELU (wi_0, wi_1); ('relu',): T5.1.0's plain ReLU.
    put('feed_forward_proj', 'mlp_activations', stock ? 'gated-gelu' : undefined, (v) =>
      Array.isArray(v) && v.length === 2 ? `gated-${String(v[0])}` : Array.isArray(v) ? String(v[0]) : v,
    );
    put('tie_word_embeddings', 'logits_via_embedding', stock ? false : undefined);
    const hf = recognizeHf({ file: ctx.file, facts });
    model = include
      ? attributedTo(hf, include, (key) => ({ kind: 'assumed', reason: { id: 'prov.t5xStock', args: { file: String(include.value), key } } }))
      : hf;
  }
  const lengths = (part: string) => r.int([`TASK_FEATURE_LENGTHS.${part}`, `train/utils.DatasetConfig.task_feature_lengths.${part}`]);
  const dtype = bound.get('dtype');
  const optimizer = r.str(['OPTIMIZER']);
  // (T5.1.1's model gin sets the activations' dtype, bfloat16, and its optimizer, Adafactor.)
  const stocked = <T>(value: T, key: string): Sourced<T> | undefined =>
    include && stock ? { value, source: { kind: 'assumed', reason: { id: 'prov.t5xStock', args: { file: String(include.value), key } } } } : undefined;
  const includes = r.facts.filter((f) => f.path[0] === '@include' && typeof f.value === 'string' && !/^t5x\//.test(f.value));
  return {
    family: 't5x',
    ...(model?.model ? { model: model.model } : {}),
    training: defined({
      seqLen: lengths('inputs'),
      targetLen: lengths('targets'),
      globalBatch: r.int(['BATCH_SIZE', 'train/utils.DatasetConfig.batch_size']),
      trainIters: r.int(['TRAIN_STEPS']),
      optimizer: optimizer ? mapped(optimizer, optimizerOf) : stocked(optimizerOf('adafactor'), 'OPTIMIZER'),
      precision:
        dtype && typeof dtype.value === 'string' ? mapped(fromFact(dtype.value, dtype), precisionOf) : stocked('bf16' as const, 'network.T5Config.dtype'),
    }),
    parallel: {},
    // (A gin file of the user's own that this one includes joins it; T5X's own, under t5x/, are the installed package's.)
    references: includes.map((f) => fromFact(String(f.value), f)),
    findings: [...(model?.findings ?? []), ...r.findings],
  };
}

/** The launch: its gin files, and its `--gin.NAME=value` bindings read as a gin file's, over theirs. */
export function recognizeT5xLaunch(ctx: RecognizeContext, r: FactReader): FileRecognition {
  const files = r.facts.filter((f) => f.path[0] === '--gin_file' && typeof f.value === 'string');
  const references = files.map((f) => fromFact(String(f.value), f));
  const bindings = r.facts.flatMap((f) => {
    const name = typeof f.path[0] === 'string' ? /^--gin\.(.+)$/.exec(f.path[0])?.[1] : undefined;
    if (!name || f.value === null || f.value === undefined) return [];
    const dot = name.lastIndexOf('.');
    const path = dot > 0 ? [name.slice(0, dot), name.slice(dot + 1)] : [name];
    return ginValue(ctx.file, path, typeof f.value === 'string' ? f.value : JSON.stringify(f.value), f.keyRange, f.valueRange, false);
  });
  // (The network's shapes are read from the gin files, whole: a binding of one over them, --gin.network.T5Config.emb_dim=…, is
  // said at the line, not built into a model of its own.)
  const network = bindings.filter((f) => typeof f.path[0] === 'string' && CONFIG.test(f.path[0]));
  for (const f of network)
    r.findings.push(
      finding(
        'assumed',
        'warning',
        { id: 't5x.networkOverride', args: { key: f.path.join('.'), value: String(f.value) } },
        { file: f.file, range: f.valueRange },
      ),
    );
  const own = recognizeT5xGin({ file: ctx.file, facts: bindings.filter((f) => !network.includes(f)) });
  return { ...own, family: 't5x', references, argumentFiles: references, findings: [...r.findings, ...own.findings] };
}
