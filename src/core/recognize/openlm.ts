/**
 * OpenLM (mlfoundations/open_lm), and the forks that keep its launcher:
 * - the launch, `torchrun --nproc-per-node 8 -m open_lm.main --model open_lm_1b --global-batch-size 512 --accum-freq 4 …`
 *   (or `open_lm/main.py`): --model names a JSON of open_lm/model_configs/ (its file name without .json; a path to a .json is
 *   that file), looked for from the launch's folder up and read before the catalogue; --global-batch-size sequences a step over
 *   every process (params.py default 64), each process's share split into --accum-freq micro-batches (main.py: per_gpu_batch_size
 *   = global / world, then / accum_freq); sequences of the JSON's seq_len; --precision (amp: fp16 autocast, amp_bfloat16 /
 *   amp_bf16: bf16 autocast, bf16 / fp16: the weights themselves); --fsdp shards the model; --grad-checkpointing recomputes
 *   every block.
 * - the model JSON (create_params in open_lm/model.py): hidden_dim, n_layers, n_heads, seq_len, vocab_size, post_embed_norm and
 *   weight_tying, always written; model_norm, qk_norm, ffn_type and positional_embedding_type from the JSON where written, else
 *   from the launch's --model-norm, --qk-norm, --ffn-type, --positional-embedding-type, else params.py's defaults
 *   (default_layer_norm, off, swiglu, rotary). Every block: in_proj d → 3·H·(d / H) and out_proj back, no bias; two norms of
 *   the model_norm kind (LayerNorm's weight and bias; the gain_only kinds and rms_norm a weight only), and with qk_norm one
 *   over the queries and one over the keys, each H·(d / H) wide; the FFN: swiglu (xformers' SwiGLU, as swiglu_torch) two
 *   d → h and one h → d without bias, h = 256·⌈⌊8d/3⌋ / 256⌉; gelu d → 4d → d without bias; gemma_geglu swiglu's with biases.
 *   The embedding, a final norm and an output head of vocab_size, shared where weight_tying; rotary positions hold no weights.
 *   An MoE (moe_freq > 0: megablocks' experts) is refused, saying so, as are a model_norm or ffn_type OpenLM does not have.
 */
import type { Fact, Message, Sourced } from '../types';
import { derived, finding, fromFact } from '../types';
import type { ModelSpec } from '../spec';
import { aliases } from './aliases';
import { buildModel } from './decoder';
import { defined, emptyRecognition, mapped, precisionOf, type FileRecognition, type RecognizeContext, type TrainingPart } from './common';
import { recognizeLauncher } from './launcher';
import { FactReader } from './reader';

/** The flavor prefix the engine reads a model JSON with: the launch's model flags after it, as JSON. */
const OPENLM_TABLE = 'open_lm:';

/** open_lm/params.py's defaults of the flags a launch may leave out. */
const PARAMS_PY = {
  '--model': 'open_lm_1b',
  '--global-batch-size': 64,
  '--accum-freq': 1,
  '--precision': 'amp',
  '--model-norm': 'default_layer_norm',
  '--ffn-type': 'swiglu',
  '--positional-embedding-type': 'rotary',
} as const;

/** The JSON keys a launch's flag stands in for where the JSON leaves them out (create_params: cfg.get(key, args.flag)). */
const FLAG_OF = {
  model_norm: '--model-norm',
  qk_norm: '--qk-norm',
  ffn_type: '--ffn-type',
  positional_embedding_type: '--positional-embedding-type',
  moe_freq: '--moe-freq',
} as const;
type ModelKey = keyof typeof FLAG_OF;

/** model_norm → the norm's weights: both (LayerNorm), a gain only, or none. */
const NORMS: Readonly<Record<string, ModelSpec['norm']['value']>> = {
  default_layer_norm: 'layernorm',
  lp_layer_norm: 'layernorm',
  gain_only_layer_norm: 'layernorm-nobias',
  gain_only_lp_layer_norm: 'layernorm-nobias',
  rms_norm: 'rmsnorm',
  no_wb_layer_norm: 'layernorm-nonparam',
};

/** Rotary kinds hold their tables as buffers: no weights. */
const ROTARY = new Set(['rotary', 'head_rotary', 'llama_rotary', 'none']);

/** A launch of OpenLM's trainer: `-m open_lm.main` or its main.py. */
export function isOpenLmLaunch(r: FactReader): boolean {
  return r.facts.some(
    (f) =>
      (f.path[0] === '@module' && f.value === 'open_lm.main') ||
      (f.path[0] === '@command' && typeof f.value === 'string' && /(^|\/)open_lm\/main\.py$/.test(f.value)),
  );
}

export function recognizeOpenLmLaunch(ctx: RecognizeContext, r: FactReader): FileRecognition {
  const def = <T>(key: keyof typeof PARAMS_PY): Sourced<T> =>
    derived(PARAMS_PY[key] as T, { id: 'prov.openlmDefault', args: { key, value: String(PARAMS_PY[key]) } });
  const model = r.str(['--model']) ?? def<string>('--model');
  const json = /\.json$/i.test(model.value);
  const name = json ? model.value.replace(/^.*\//, '').replace(/\.json$/i, '') : model.value;
  // The launch's model flags, for the JSON's reading where it leaves them out.
  const flags: Partial<Record<ModelKey, string | boolean | number>> = {};
  for (const [key, flag] of Object.entries(FLAG_OF) as [ModelKey, string][]) {
    const f = r.present(flag);
    if (f && (typeof f.value === 'string' || typeof f.value === 'boolean' || typeof f.value === 'number')) flags[key] = f.value;
  }
  const launch = recognizeLauncher(ctx);
  const world = launch.parallel.worldSize;
  const globalBatch = r.int(['--global-batch-size'], { min: 1 }) ?? def<number>('--global-batch-size');
  const accum = r.int(['--accum-freq'], { min: 1 }) ?? def<number>('--accum-freq');
  const perGpu = world ? globalBatch.value / world.value : undefined;
  const micro = perGpu !== undefined && Number.isInteger(perGpu / accum.value) && perGpu / accum.value >= 1 ? perGpu / accum.value : undefined;
  const precision = r.str(['--precision']) ?? def<string>('--precision');
  // (amp: torch.cuda.amp's autocast, fp16; amp_bfloat16 / amp_bf16 bf16; bf16, fp16: the model cast, no fp32 master.)
  const p = precision.value.toLowerCase();
  const pure = p === 'bf16' || p === 'fp16';
  const fsdp = r.bool(['--fsdp']);
  const recompute = r.bool(['--grad-checkpointing']);
  const why: Message = { id: 'prov.openlmBatch', args: { global: globalBatch.value, world: world?.value ?? '?', accum: accum.value } };
  const training: TrainingPart = defined({
    globalBatch,
    gradAccum: accum,
    ...(micro !== undefined ? { microBatch: derived(micro, why, globalBatch, accum, ...(world ? [world] : [])) } : {}),
    precision: mapped(precision, (v) => (v.toLowerCase() === 'amp' ? 'fp16' : precisionOf(v))),
    ...(pure ? { fp32Weights: mapped(precision, () => false) } : {}),
    optimizer: derived('adamw' as const, { id: 'prov.openlmDefault', args: { key: 'optimizer', value: 'AdamW' } }),
    ...(fsdp?.value ? { fsdp } : {}),
    recompute: recompute?.value
      ? mapped(recompute, () => 'full' as const)
      : derived('none' as const, { id: 'prov.openlmDefault', args: { key: '--grad-checkpointing', value: 'off' } }),
  });
  return {
    family: 'openlm',
    modelRef: { value: name, source: model.source },
    modelTable: { paths: json ? [model.value] : [`open_lm/model_configs/${name}.json`], flavor: `${OPENLM_TABLE}${JSON.stringify(flags)}` },
    seqFromModel: { id: 'prov.openlmSeq' },
    training,
    parallel: launch.parallel,
    references: [],
    findings: [...r.findings],
  };
}

/** OpenLM's model JSON: the seven keys create_params reads from it always (or read for a launch, the engine's "@flavor"). */
export function isOpenLmModel(r: FactReader): boolean {
  const flavor = r.fact('@flavor')?.value;
  if (typeof flavor === 'string') return flavor.startsWith(OPENLM_TABLE);
  return ['hidden_dim', 'n_layers', 'n_heads', 'seq_len', 'vocab_size', 'post_embed_norm', 'weight_tying'].every((k) => r.has(k));
}

export function recognizeOpenLmModel(ctx: RecognizeContext): FileRecognition {
  const flavor = ctx.facts.find((f) => f.path[0] === '@flavor');
  const r = new FactReader(ctx.facts.filter((f) => f !== flavor));
  let given: Partial<Record<ModelKey, unknown>> = {};
  try {
    if (flavor && typeof flavor.value === 'string') given = JSON.parse(flavor.value.slice(OPENLM_TABLE.length)) as typeof given;
  } catch {
    given = {};
  }
  const cls = 'OpenLM Params';
  const arch = (value: unknown): Sourced<never> => derived(value as never, { id: 'prov.architecture', args: { arch: cls } });
  // A key of the JSON, else the launch's flag, else params.py's default.
  const setting = <T extends string | boolean | number>(key: ModelKey, fallback: T): Sourced<T> => {
    const f = r.present(key);
    if (f && f.value !== null && f.value !== undefined) return fromFact(f.value as T, f);
    const flag = given[key];
    if (flag !== undefined && flag !== null) return derived(flag as T, { id: 'prov.openlmFlag', args: { key, flag: FLAG_OF[key], value: String(flag) } });
    return derived(fallback, { id: 'prov.openlmDefault', args: { key: FLAG_OF[key], value: String(fallback) } });
  };
  const at = (f: Fact | undefined) => ({ file: ctx.file, range: f?.keyRange ?? { start: 0, end: 0 } });
  const refuse = (message: Message, key: string) => emptyRecognition('openlm', [finding('unsupported', 'error', message, at(r.present(key)))]);
  const moe = setting('moe_freq', 0);
  if (typeof moe.value === 'number' ? moe.value > 0 : moe.value !== false && moe.value !== '0')
    return refuse({ id: 'openlm.notModelled', args: { key: 'moe_freq', value: String(moe.value) } }, 'moe_freq');
  const normName = setting('model_norm', PARAMS_PY['--model-norm'] as string);
  const norm = NORMS[String(normName.value)];
  if (!norm) return refuse({ id: 'openlm.notModelled', args: { key: 'model_norm', value: String(normName.value) } }, 'model_norm');
  const ffnType = setting('ffn_type', PARAMS_PY['--ffn-type'] as string);
  if (!['swiglu', 'swiglu_torch', 'gelu', 'gemma_geglu'].includes(String(ffnType.value)))
    return refuse({ id: 'openlm.notModelled', args: { key: 'ffn_type', value: String(ffnType.value) } }, 'ffn_type');
  const hidden = r.int(['hidden_dim'], { min: 1 });
  const heads = r.int(['n_heads'], { min: 1 });
  const findings = r.findings;
  const positions = setting('positional_embedding_type', PARAMS_PY['--positional-embedding-type'] as string);
  // (A fork's own positional kind: counted as the rotary kinds are, without weights of its own, and said.)
  if (!ROTARY.has(String(positions.value)))
    findings.push(
      finding('assumed', 'warning', { id: 'openlm.positionsUnknown', args: { value: String(positions.value) } }, at(r.present('positional_embedding_type'))),
    );
  const qk = setting('qk_norm', false);
  const headDim = hidden && heads ? derived(Math.floor(hidden.value / heads.value), { id: 'prov.openlmHeadDim' }, hidden, heads) : undefined;
  const gelu = ffnType.value === 'gelu';
  const ffnWidth = hidden
    ? gelu
      ? derived(4 * hidden.value, { id: 'prov.openlmFfn', args: { formula: '4·d (gelu)' } }, hidden, ffnType)
      : derived(256 * Math.ceil(Math.floor((8 * hidden.value) / 3) / 256), { id: 'prov.openlmFfn', args: { formula: '256·⌈⌊8d/3⌋ / 256⌉' } }, hidden, ffnType)
    : undefined;
  const layersNorm: ModelSpec['norm'] = { value: norm, source: normName.source };
  const built = buildModel(
    r,
    aliases({ layers: ['n_layers'], hidden: ['hidden_dim'], heads: ['n_heads'], vocab: ['vocab_size'], maxPositions: ['seq_len'] }),
    { configClass: cls, ffn: gelu ? 'plain' : 'gated', norm, positions: 'rope', tiedDefault: false, qkvBias: false, outBias: false, mlpBias: false },
    { value: 'OpenLM', source: hidden?.source ?? arch('OpenLM').source },
    {
      ...(hidden ? { hidden } : {}),
      ...(heads ? { heads, kvHeads: heads } : {}),
      ...(headDim ? { headDim } : {}),
      ...(ffnWidth ? { ffnWidth } : {}),
      norm: layersNorm,
      tiedEmbeddings: r.bool(['weight_tying']) ?? arch(false),
      embeddingNorm: r.bool(['post_embed_norm']) ?? arch(false),
      mlpBias: mapped(ffnType, (v) => v === 'gemma_geglu'),
      // (The q/k norms are model_norm's kind too: a LayerNorm's weight and bias, a gain's weight, none without weights.)
      qkNorm: mapped(qk, (v) => (v !== 'true' || norm === 'layernorm-nonparam' ? 'none' : norm === 'layernorm' ? 'full-biased' : 'full')),
      positions: mapped(positions, (v) => (v === 'none' ? 'none' : 'rope')),
    },
  );
  return {
    ...emptyRecognition('openlm', [...findings, ...built.findings]),
    ...(built.model ? { model: built.model } : {}),
  };
}
