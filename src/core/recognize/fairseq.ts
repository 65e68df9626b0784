/**
 * fairseq's language models (`fairseq-train data-bin/wikitext-103 --task language_modeling --arch transformer_lm_gpt …`, or a
 * fork's `train.py` with the same flags), as fairseq/models/transformer_lm.py builds them (another task or architecture is
 * refused, naming the ones read):
 * - the architecture's sizes (base_lm_architecture: 512 wide, 6 layers of 8 heads, FFN 2,048; transformer_lm_big, _gpt,
 *   _gpt2_tiny / small / medium / big / bigger), each flag of the line over them (--decoder-embed-dim, --decoder-layers,
 *   --decoder-attention-heads, --decoder-ffn-embed-dim); pre-norm blocks always (decoder_normalize_before = True) with the
 *   final LayerNorm (--no-decoder-final-norm refused); biased q, k, v, out, fc1 and fc2; sinusoidal positions (no weights) unless
 *   --decoder-learned-pos (tokens_per_sample + 2 rows: the padding index's offset), none with
 *   --no-token-positional-embeddings; --layernorm-embedding; the output projection tied to the embedding with
 *   --share-decoder-input-output-embed, else its own (no bias). Adaptive input or softmax (the wiki103 / gbw architectures) is
 *   refused, saying so, as is any other architecture.
 * - the vocabulary: the data directory's dict.txt, written by fairseq-preprocess (its entries, padded there to a multiple of 8,
 *   and the four symbols Dictionary adds: <s>, <pad>, </s>, <unk>). Read where the file is here (the engine reads it for the
 *   launch); where it is not, an error says which file.
 * - the batch: --batch-size sentences, else --max-tokens / --tokens-per-sample of them, on each GPU; --update-freq steps
 *   accumulated; the GPUs --distributed-world-size says, else the launcher's (fairseq takes every visible one); --fp16 / --bf16
 *   (fp32 master weights unless --memory-efficient-*), --checkpoint-activations, --max-update, --optimizer adam.
 */
import type { Fact, Message, Sourced } from '../types';
import { derived, finding, fromFact } from '../types';
import { aliases } from './aliases';
import { buildModel } from './decoder';
import { defined, emptyRecognition, type FileRecognition, type RecognizeContext, type TrainingPart } from './common';
import { recognizeLauncher } from './launcher';
import type { FactReader } from './reader';

/** The flavor prefix the engine reads a launch again with, dict.txt's entry count after it. */
const FAIRSEQ_DICT = 'fairseq-dict:';

/** transformer_lm's architectures: width, layers, heads, FFN (fairseq/models/transformer_lm.py). */
const ARCHS: Readonly<Record<string, readonly [d: number, layers: number, heads: number, ffn: number]>> = {
  transformer_lm: [512, 6, 8, 2048],
  transformer_lm_big: [1024, 12, 16, 4096],
  transformer_lm_gpt: [768, 12, 12, 3072],
  transformer_lm_gpt2_tiny: [64, 2, 1, 64],
  transformer_lm_gpt2_small: [1024, 24, 16, 4096],
  transformer_lm_gpt2_medium: [1280, 36, 20, 5120],
  transformer_lm_gpt2_big: [1600, 48, 25, 6400],
  transformer_lm_gpt2_bigger: [2048, 48, 32, 8192],
};

/** fairseq's training flags beside --task and --arch (its program's name is no fact of the line: fairseq-train, a fork's train.py). */
const TRAINING_FLAGS = ['--max-tokens', '--tokens-per-sample', '--batch-size', '--max-sentences', '--criterion', '--max-update', '--update-freq'];

/** A fairseq training launch: --task and --arch with fairseq's batch or criterion flags (fairseq-train, a fork's train.py). */
export function isFairseqLaunch(r: FactReader): boolean {
  return r.has('--task') && r.has('--arch') && TRAINING_FLAGS.some((k) => r.has(k));
}

export function recognizeFairseqLaunch(ctx: RecognizeContext, r: FactReader): FileRecognition {
  const at = r.present('--arch') ?? r.facts[0];
  const where = (f: Fact | undefined) => ({ file: ctx.file, range: (f ?? at)?.valueRange ?? { start: 0, end: 0 } });
  const refuse = (message: Message, f: Fact | undefined) => emptyRecognition('fairseq', [...r.findings, finding('unsupported', 'error', message, where(f))]);
  const taskFact = r.present('--task');
  const task = typeof taskFact?.value === 'string' ? taskFact.value : '—';
  const archFact = r.present('--arch');
  const arch = typeof archFact?.value === 'string' ? archFact.value : undefined;
  if (task !== 'language_modeling' || !arch || !(arch in ARCHS))
    return refuse({ id: 'fairseq.notModelled', args: { task, arch: arch ?? '—', known: Object.keys(ARCHS).join(', ') } }, archFact ?? taskFact);
  // (Adaptive input or softmax, and a stack without its final LayerNorm: not this count's.)
  for (const flag of ['--adaptive-input', '--adaptive-softmax-cutoff', '--no-decoder-final-norm']) {
    const f = r.present(flag);
    if (f && f.value !== false) return refuse({ id: 'fairseq.notModelled', args: { task, arch: `${arch} ${flag}`, known: Object.keys(ARCHS).join(', ') } }, f);
  }
  const [d0, l0, h0, f0] = ARCHS[arch]!;
  const archSource = fromFact(arch, archFact!);
  const size = (flag: string, fallback: number): Sourced<number> =>
    r.int([flag], { min: 1 }) ?? derived(fallback, { id: 'prov.fairseqArch', args: { arch, key: flag, value: fallback } }, archSource);
  const hidden = size('--decoder-embed-dim', d0);
  const layers = size('--decoder-layers', l0);
  const heads = size('--decoder-attention-heads', h0);
  const ffn = size('--decoder-ffn-embed-dim', f0);
  const seq = r.int(['--tokens-per-sample'], { min: 1 }) ?? derived(1024, { id: 'prov.fairseqDefault', args: { key: '--tokens-per-sample', value: 1024 } });
  // The vocabulary: dict.txt's entries, as the engine counted them for this reading, and Dictionary's four symbols.
  const data = r.facts.find((f) => f.path[0] === '@positional');
  const flavor = r.fact('@flavor')?.value;
  const entries = typeof flavor === 'string' && flavor.startsWith(FAIRSEQ_DICT) ? Number(flavor.slice(FAIRSEQ_DICT.length)) : undefined;
  const dataDir = data && typeof data.value === 'string' ? data.value.split(':')[0]! : undefined;
  const dictPath = dataDir ? `${dataDir.replace(/\/+$/, '')}/dict.txt` : undefined;
  const findings = r.findings;
  if (entries === undefined || !Number.isInteger(entries))
    findings.push(finding('missing-key', 'error', { id: 'fairseq.vocabFromDict', args: { file: dictPath ?? '<data>/dict.txt' } }, where(data ?? archFact)));
  const learned = r.bool(['--decoder-learned-pos'])?.value === true;
  const noPositions = r.bool(['--no-token-positional-embeddings'])?.value === true;
  const tied = r.bool(['--share-decoder-input-output-embed']);
  const built =
    entries !== undefined && Number.isInteger(entries)
      ? buildModel(
          r,
          aliases({}),
          {
            configClass: 'fairseq TransformerLanguageModel',
            ffn: 'plain',
            norm: 'layernorm',
            positions: 'learned',
            tiedDefault: false,
            qkvBias: true,
            outBias: true,
            mlpBias: true,
          },
          { value: `fairseq ${arch}`, source: archSource.source },
          {
            layers,
            hidden,
            heads,
            kvHeads: heads,
            ffnWidth: ffn,
            vocab: derived(entries + 4, { id: 'prov.fairseqDict', args: { file: dictPath ?? 'dict.txt', entries } }),
            positions: derived(learned && !noPositions ? ('learned' as const) : ('none' as const), {
              id: 'prov.fairseqPositions',
              args: { learned: String(learned) },
            }),
            maxPositions: derived(seq.value + 2, { id: 'prov.fairseqLearnedPositions' }, seq),
            tiedEmbeddings: tied ?? derived(false, { id: 'prov.fairseqDefault', args: { key: '--share-decoder-input-output-embed', value: 'off' } }),
            embeddingNorm:
              r.bool(['--layernorm-embedding']) ?? derived(false, { id: 'prov.fairseqDefault', args: { key: '--layernorm-embedding', value: 'off' } }),
          },
        )
      : undefined;
  // The batch on each GPU: --batch-size sentences, else as many samples of --tokens-per-sample as --max-tokens holds.
  const sentences = r.int(['--batch-size', '--max-sentences'], { min: 1 });
  const tokens = r.int(['--max-tokens'], { min: 1 });
  const micro =
    sentences ??
    (tokens && tokens.value >= seq.value ? derived(Math.floor(tokens.value / seq.value), { id: 'prov.fairseqMaxTokens' }, tokens, seq) : undefined);
  const accum = r.int(['--update-freq'], { min: 1 }) ?? derived(1, { id: 'prov.fairseqDefault', args: { key: '--update-freq', value: 1 } });
  const launch = recognizeLauncher(ctx);
  const world = r.int(['--distributed-world-size'], { min: 1 }) ?? launch.parallel.worldSize;
  const fp16 = r.bool(['--fp16']);
  const bf16 = r.bool(['--bf16']);
  const precision = bf16?.value
    ? derived('bf16' as const, { id: 'prov.fromKey', args: { key: '--bf16' } }, bf16)
    : fp16?.value
      ? derived('fp16' as const, { id: 'prov.fromKey', args: { key: '--fp16' } }, fp16)
      : derived('fp32' as const, { id: 'prov.fairseqDefault', args: { key: '--fp16 / --bf16', value: 'off (fp32)' } });
  const efficient = r.bool(['--memory-efficient-fp16', '--memory-efficient-bf16']);
  const recompute = r.bool(['--checkpoint-activations']);
  const optimizer = r.str(['--optimizer']);
  const training: TrainingPart = defined({
    seqLen: seq,
    ...(micro ? { microBatch: micro } : {}),
    gradAccum: accum,
    ...(micro && world ? { globalBatch: derived(micro.value * accum.value * world.value, { id: 'prov.globalFromMicro' }, micro, accum, world) } : {}),
    precision,
    ...(efficient?.value ? { fp32Weights: derived(false, { id: 'prov.fromKey', args: { key: '--memory-efficient-fp16' } }, efficient) } : {}),
    ...(recompute?.value ? { recompute: derived('full' as const, { id: 'prov.fromKey', args: { key: '--checkpoint-activations' } }, recompute) } : {}),
    ...(optimizer?.value === 'adam' ? { optimizer: derived('adamw' as const, { id: 'prov.fromKey', args: { key: '--optimizer adam' } }, optimizer) } : {}),
    trainIters: r.int(['--max-update'], { min: 1 }),
  });
  return {
    family: 'fairseq',
    ...(built?.model ? { model: built.model } : {}),
    ...(dictPath && entries === undefined ? { vocabFile: { path: dictPath, flavor: FAIRSEQ_DICT } } : {}),
    training,
    parallel: { ...launch.parallel, ...(world ? { worldSize: world } : {}) },
    references: [],
    findings: [...findings, ...(built?.findings ?? [])],
  };
}
