/**
 * RWKV-6 ("Finch") and RWKV-7 ("Goose") language models, from the launches of their trainers and from flash-linear-attention's
 * config.json:
 * - BlinkDL/RWKV-LM's train.py and the fine-tuning trainers built on it (JL-er/RWKV-PEFT, RWKV-Runner's): `python train.py
 *   --load_model … --n_layer 24 --n_embd 2048 --vocab_size 65536 --ctx_len 1024 --micro_bsz 8 --my_testing "x060" --devices 8
 *   --precision bf16 --strategy deepspeed_stage_2 --grad_cp 1`, argparse's defaults where the line is silent. `--my_testing`
 *   chooses the block (x060 RWKV-6, x070 RWKV-7; else the version in the checkpoint's name, RWKV-x060-World-1B6-…pth);
 *   dim_att is n_embd unless set (RWKV-7's linears are n_embd wide whatever it says: another width is said), dim_ffn unless set ⌊3.5·n_embd / 32⌋·32 for
 *   RWKV-6 (train.py) and 4·n_embd for RWKV-7 (RWKV_CMix_x070);
 *   the LoRA widths are the blocks' own (RWKV_Tmix_x060: 32 and 64, twice that at n_embd 4096; RWKV_Tmix_x070: the
 *   "suggestion" formulas of n_embd).
 * - flash-linear-attention's RWKV7Config (`model_type: rwkv7`): hidden_size, num_hidden_layers, head_dim, the four
 *   *_low_rank_dim (fla's own formulas where null), hidden_ratio or intermediate_size, norm_first (the first layer's pre_norm),
 *   norm_bias.
 * Every block: LayerNorms with biases before the time mix and the channel mix, one more after the embedding (ln0 / pre_norm),
 * one before the head; an untied head; no positions.
 * RWKV-PEFT's own methods (state tuning, its LoRA, PiSSA, Bone, DiSHA) are not modelled: said, the whole model counted.
 */
import type { Message, Sourced } from '../types';
import { derived, finding } from '../types';
import type { ModelSpec, SsmSpec } from '../spec';
import { aliases } from './aliases';
import { buildModel, RWKV_LAYERS, type ModelBuild, type ModelOverrides } from './decoder';
import { defined, emptyRecognition, mapped, precisionOf, type FileRecognition, type RecognizeContext } from './common';
import { recognizeLauncher } from './launcher';
import { uniform } from './hfHybrid';
import type { FactReader } from './reader';

export type RwkvVersion = 'rwkv6' | 'rwkv7';

/** RWKV-LM's (and RWKV-PEFT's) train.py argparse defaults. */
const TRAIN_PY = {
  '--n_layer': 6,
  '--n_embd': 512,
  '--head_size_a': 64,
  '--ctx_len': 1024,
  '--micro_bsz': 12,
  '--accumulate_grad_batches': 1,
  '--epoch_steps': 1000,
  '--epoch_count': 500,
  '--precision': 'fp16',
  '--my_testing': 'x060',
} as const;
type Key = keyof typeof TRAIN_PY;

/** A launch of RWKV-LM's train.py or a trainer built on it: its model flags beside its own (`--micro_bsz`, `--my_testing`, `--ctx_len`). */
export function isRwkvLaunch(r: FactReader): boolean {
  return r.has('--n_embd') && r.has('--n_layer') && (r.has('--micro_bsz') || r.has('--my_testing')) && (r.has('--ctx_len') || r.has('--load_model'));
}

/** Python's round (half to even), as RWKV's width formulas use it. */
function pyRound(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  return d > 0.5 ? f + 1 : d < 0.5 ? f : f % 2 === 0 ? f : f + 1;
}

/** RWKV_Tmix_x070's "suggestion" widths: max(32, round(k·C^p / 32)·32). */
function suggested(k: number, C: number, p: number): number {
  return Math.max(32, pyRound((k * C ** p) / 32) * 32);
}

/** The block's own LoRA widths in RWKV-LM's train.py (RWKV_Tmix_x060, RWKV_Tmix_x070). */
function trainPyLora(version: RwkvVersion, C: number): { decay: number; mix: number; a: number; value: number; gate: number } {
  if (version === 'rwkv6') {
    const k = C === 4096 ? 2 : 1;
    return { decay: 64 * k, mix: 32 * k, a: 0, value: 0, gate: 0 };
  }
  return {
    decay: suggested(1.8, C, 0.5),
    a: suggested(1.8, C, 0.5),
    value: suggested(1.3, C, 0.5),
    gate: C === 1024 ? 128 : suggested(0.6, C, 0.8),
    mix: 0,
  };
}

interface RwkvShapes {
  readonly version: Sourced<RwkvVersion>;
  readonly layers: Sourced<number>;
  readonly hidden: Sourced<number>;
  readonly inner: Sourced<number>;
  readonly ffn: Sourced<number>;
  readonly headSize: Sourced<number>;
  readonly vocab: Sourced<number>;
  readonly lora: NonNullable<SsmSpec['rwkv']>;
  readonly embeddingNorm: Sourced<boolean>;
  readonly norm: ModelSpec['norm'];
}

/** The model of an RWKV stack: every layer the time mix (the state-space part) and the channel mix (a plain FFN of its key and value). */
export function rwkvModel(r: FactReader, cls: string, s: RwkvShapes): ModelBuild {
  const arch = <T>(value: T): Sourced<T> => derived(value, { id: 'prov.architecture', args: { arch: cls } });
  const heads = derived(Math.max(1, Math.floor(s.inner.value / s.headSize.value)), { id: 'prov.rwkvHeads' }, s.inner, s.headSize);
  const ssm: SsmSpec = {
    kind: s.version,
    inner: s.inner,
    heads,
    stateDim: s.headSize,
    groups: arch(1),
    convKernel: arch(1),
    dtRank: arch(0),
    projBias: arch(false),
    convBias: arch(false),
    innerNorm: arch(true),
    rwkv: s.lora,
  };
  const o: ModelOverrides = {
    layers: s.layers,
    hidden: s.hidden,
    heads,
    kvHeads: heads,
    headDim: s.headSize,
    ffnWidth: s.ffn,
    vocab: s.vocab,
    norm: s.norm,
    positions: arch('none' as const),
    embeddingNorm: s.embeddingNorm,
    hybrid: uniform(s.layers, 'ssm', true, ssm, cls),
  };
  return buildModel(
    r,
    aliases({}),
    { ...RWKV_LAYERS, configClass: cls },
    { value: s.version.value === 'rwkv6' ? 'RWKV-6' : 'RWKV-7', source: s.version.source },
    o,
  );
}

export function recognizeRwkvLaunch(ctx: RecognizeContext, r: FactReader): FileRecognition {
  const def = <T>(key: Key): Sourced<T> => derived(TRAIN_PY[key] as T, { id: 'prov.rwkvDefault', args: { key, value: String(TRAIN_PY[key]) } });
  const int = (key: Key) => r.int([key], { min: 1 }) ?? def<number>(key);
  // The block: --my_testing's, else the version the checkpoint's name carries (RWKV-x070-…pth), else train.py's x060.
  const testing = r.str(['--my_testing']);
  const load = r.str(['--load_model']);
  const named = load ? /x0([5-7])\d/i.exec(load.value) : null;
  const tag =
    testing ?? (named ? derived(`x0${named[1]}0`, { id: 'prov.rwkvCheckpointName', args: { file: load!.value } }, load!) : def<string>('--my_testing'));
  const digit = /x0?([4-7])/i.exec(tag.value)?.[1] ?? /([4-7])/.exec(tag.value)?.[1];
  if (digit !== '6' && digit !== '7') {
    const at = tag.source.kind === 'fact' ? { file: tag.source.file, range: tag.source.range } : { file: ctx.file, range: { start: 0, end: 0 } };
    return emptyRecognition('rwkv', [finding('unsupported', 'error', { id: 'rwkv.versionNotModelled', args: { version: tag.value } }, at)]);
  }
  const version: Sourced<RwkvVersion> = { value: digit === '6' ? 'rwkv6' : 'rwkv7', source: tag.source };
  const hidden = int('--n_embd');
  const layers = int('--n_layer');
  const headSize = int('--head_size_a');
  const setAtt = r.int(['--dim_att'], { min: 1 });
  const inner = version.value === 'rwkv7' ? hidden : (setAtt ?? derived(hidden.value, { id: 'prov.rwkvDimAtt' }, hidden));
  const setFfn = r.int(['--dim_ffn'], { min: 1 });
  const ffn =
    setFfn ??
    (version.value === 'rwkv7'
      ? derived(4 * hidden.value, { id: 'prov.rwkvFfn', args: { formula: '4·n_embd (RWKV_CMix_x070)' } }, hidden)
      : derived(Math.floor((hidden.value * 3.5) / 32) * 32, { id: 'prov.rwkvFfn', args: { formula: '⌊3.5·n_embd / 32⌋·32 (train.py)' } }, hidden));
  const widths = trainPyLora(version.value, hidden.value);
  const lora = (value: number): Sourced<number> =>
    derived(value, { id: 'prov.rwkvLora', args: { block: version.value === 'rwkv6' ? 'RWKV_Tmix_x060' : 'RWKV_Tmix_x070' } }, hidden);
  const findings = r.findings;
  // (RWKV_Tmix_x070's linears are n_embd wide: a --dim_att of another width is not this block's, said where written.)
  if (version.value === 'rwkv7' && setAtt && setAtt.value !== hidden.value && setAtt.source.kind === 'fact')
    findings.push(
      finding(
        'assumed',
        'warning',
        { id: 'rwkv.dimAttUnread', args: { dimAtt: setAtt.value, embd: hidden.value } },
        { file: setAtt.source.file, range: setAtt.source.range },
      ),
    );
  // vocab_size 0 (its default) is train.py's "auto", the characters of a text file: not known here.
  const vocab = r.int(['--vocab_size'], { min: 1 });
  if (!vocab)
    findings.push(
      finding(
        'missing-key',
        'error',
        { id: 'recognize.missingKey', args: { keys: '--vocab_size' } },
        { file: ctx.file, range: r.present('--vocab_size')?.valueRange ?? { start: 0, end: 0 } },
      ),
    );
  const built = vocab
    ? rwkvModel(r, 'RWKV-LM train.py', {
        version,
        layers,
        hidden,
        inner,
        ffn,
        headSize,
        vocab,
        lora: { decay: lora(widths.decay), mix: lora(widths.mix), a: lora(widths.a), value: lora(widths.value), gate: lora(widths.gate) },
        embeddingNorm: derived(true, { id: 'prov.architecture', args: { arch: 'RWKV-LM train.py' } }),
        norm: derived('layernorm' as const, { id: 'prov.architecture', args: { arch: 'RWKV-LM train.py' } }),
      })
    : undefined;
  // Lightning's processes (--devices per node, --num_nodes), over the launcher's own counts.
  const launch = recognizeLauncher(ctx);
  const devices = r.int(['--devices'], { min: 1 });
  const nodes = r.int(['--num_nodes'], { min: 1 });
  const world =
    devices || nodes
      ? derived((devices?.value ?? 1) * (nodes?.value ?? 1), { id: 'prov.rwkvWorld' }, ...(devices ? [devices] : []), ...(nodes ? [nodes] : []))
      : launch.parallel.worldSize;
  const micro = int('--micro_bsz');
  const accum = int('--accumulate_grad_batches');
  const precision = r.str(['--precision']) ?? def<string>('--precision');
  const strategy = r.str(['--strategy']);
  const stage = strategy ? /deepspeed_stage_([1-3])/.exec(strategy.value)?.[1] : undefined;
  const gradCp = r.int(['--grad_cp'], { min: 0 });
  const steps = int('--epoch_steps');
  const epochs = int('--epoch_count');
  const training = defined({
    seqLen: int('--ctx_len'),
    microBatch: micro,
    gradAccum: accum,
    globalBatch: derived(micro.value * accum.value * (world?.value ?? 1), { id: 'prov.globalFromMicro' }, micro, accum, ...(world ? [world] : [])),
    trainIters: derived(steps.value * epochs.value, { id: 'prov.rwkvSteps' }, steps, epochs),
    // (train.py: bf16 is Lightning's bf16-mixed, fp16 16-mixed, bf16-true the weights themselves in bf16.)
    precision: mapped(precision, (p) => precisionOf(p.replace(/-true$/, ''))),
    ...(precision.value === 'bf16-true' ? { masterWeights: mapped(precision, () => false) } : {}),
    optimizer: derived('adam' as const, { id: 'prov.rwkvDefault', args: { key: 'optimizer', value: 'Adam (DeepSpeed FusedAdam)' } }),
    ...(strategy && stage ? { zeroStage: mapped(strategy, () => Number(stage)) } : {}),
    ...(gradCp && gradCp.value > 0 ? { recompute: mapped(gradCp, () => 'full' as const) } : {}),
    // (A checkpoint to start from, --load_model: a fine-tune, not a pretraining from scratch.)
    ...(load && load.value.trim() !== '' ? { finetune: mapped(load, () => true) } : {}),
  });
  // RWKV-PEFT's methods, its own code: said, and the whole model counted as trained.
  for (const m of methodsOf(r)) findings.push(finding('assumed', 'warning', { id: 'rwkv.methodNotModelled', args: { method: m.name } }, m.at));
  findings.push(
    finding(
      'assumed',
      'info',
      { id: 'rwkv.scriptAsTrainPy', args: { block: version.value === 'rwkv6' ? 'RWKV-6 (x060)' : 'RWKV-7 (x070)' } },
      { file: ctx.file, range: tag.source.kind === 'fact' ? tag.source.range : (r.present('--n_embd')?.keyRange ?? { start: 0, end: 0 }) },
    ),
  );
  return {
    ...emptyRecognition('rwkv', [...findings, ...(built?.findings ?? [])]),
    ...(built?.model ? { model: built.model } : {}),
    training,
    parallel: { ...launch.parallel, ...(world ? { worldSize: world } : {}) },
  };
}

/** RWKV-PEFT's methods on the line: `--train_type state|infctx`, `--peft lora|pissa|bone|disha`, RWKV-Runner's `--lora`, `--state_tune`. */
function methodsOf(r: FactReader): { name: string; at: { file: string; range: { start: number; end: number } } }[] {
  const out: { name: string; at: { file: string; range: { start: number; end: number } } }[] = [];
  const type = r.present('--train_type');
  // (infctx: the context in chunks of --chunk_ctx, the state carried between them; counted here over the whole --ctx_len.)
  if (type && (type.value === 'state' || type.value === 'infctx'))
    out.push({
      name: `${type.value === 'state' ? 'state tuning' : 'infctx training'} (--train_type ${type.value})`,
      at: { file: type.file, range: type.valueRange },
    });
  const peft = r.present('--peft');
  if (peft && typeof peft.value === 'string' && peft.value !== 'none')
    out.push({ name: `--peft ${peft.value}`, at: { file: peft.file, range: peft.valueRange } });
  for (const flag of ['--lora', '--state_tune']) {
    const f = r.present(flag);
    if (f && f.value !== false) out.push({ name: flag, at: { file: f.file, range: f.keyRange } });
  }
  return out;
}

/**
 * flash-linear-attention's RWKV7Config (configuration_rwkv7.py): what the model reads, its class's defaults and fla's width
 * formulas (RWKV7Attention: decay and a max(32, round(2.5·√h·d/64 / 32)·32), gate max(32, round(5·√h / 32)·32), value
 * max(32, round(1.7·√h·d/64 / 32)·32)) where the file leaves them out or writes null.
 */
export function flaRwkv7Model(r: FactReader): ModelBuild | { error: Message } {
  const cls = 'RWKV7Config';
  const byDefault = <T>(value: T, key: string): Sourced<T> => derived(value, { id: 'prov.classDefault', args: { key, cls, value: String(value) } });
  const hidden = r.int(['hidden_size'], { min: 1 });
  const layers = r.int(['num_hidden_layers'], { min: 1 });
  const vocab = r.int(['vocab_size'], { min: 1 });
  if (!hidden || !layers || !vocab)
    return { error: { id: 'recognize.missingKey', args: { keys: !hidden ? 'hidden_size' : !layers ? 'num_hidden_layers' : 'vocab_size' } } };
  const heads = r.int(['num_heads'], { min: 1 });
  const headDim =
    r.int(['head_dim'], { min: 1 }) ??
    (heads ? derived(Math.floor(hidden.value / heads.value), { id: 'prov.rwkvHeads' }, hidden, heads) : byDefault(64, 'head_dim'));
  // (value_dim per layer, a list; null: the hidden size.)
  const valueDim = r.fact('value_dim');
  if (valueDim && valueDim.value !== null && valueDim.value !== hidden.value) return { error: { id: 'rwkv.valueDim' } };
  const factor = headDim.value / 64;
  const width = (key: string, k: number, scaled: boolean) =>
    r.int([key], { min: 1 }) ??
    derived(suggested(k * (scaled ? factor : 1), hidden.value, 0.5), { id: 'prov.rwkvLora', args: { block: 'fla RWKV7Attention' } }, hidden, headDim);
  const ratio = r.int(['hidden_ratio'], { min: 1 }) ?? byDefault(4, 'hidden_ratio');
  const ffn =
    r.int(['intermediate_size'], { min: 1 }) ??
    derived(
      32 * Math.ceil((hidden.value * ratio.value) / 32),
      { id: 'prov.rwkvFfn', args: { formula: '32·⌈h·hidden_ratio / 32⌉ (RWKV7FeedForward)' } },
      hidden,
      ratio,
    );
  const first = r.bool(['norm_first']) ?? byDefault(true, 'norm_first');
  const bias = r.bool(['norm_bias']) ?? byDefault(true, 'norm_bias');
  const zero = derived(0, { id: 'prov.architecture', args: { arch: cls } });
  return rwkvModel(r, cls, {
    version: derived('rwkv7' as const, { id: 'prov.architecture', args: { arch: cls } }),
    layers,
    hidden,
    inner: hidden,
    ffn,
    headSize: headDim,
    vocab,
    lora: {
      decay: width('decay_low_rank_dim', 2.5, true),
      a: width('a_low_rank_dim', 2.5, true),
      value: width('v_low_rank_dim', 1.7, true),
      gate: width('gate_low_rank_dim', 5, false),
      mix: zero,
    },
    embeddingNorm: first,
    norm: { value: bias.value ? 'layernorm' : 'layernorm-nobias', source: bias.source },
  });
}
