/**
 * llm.c (karpathy/llm.c: `./train_gpt2cu -i … -b 4 -t 1024 -d 524288 -e d12`, under `mpirun -np 8`), its options as
 * train_gpt2.cu parses them, its defaults where the line is silent:
 * - `-e`: the model, a checkpoint of OpenAI's GPT-2 (`gpt2_124M.bin`, `gpt2_350M_bf16.bin`, …) or a depth to train from scratch
 *   (`d12`, `gpt2:d24`): GPT-2 of that depth, its channels and heads from train_gpt2.cu's table (d12 768 × 12, d24 1,024 × 16,
 *   d36 1,280 × 20, d48 1,600 × 25, …); 1,024 positions; the vocabulary padded to 50,304 rows, as llm.c allocates it (its
 *   num_parameters 124,475,904 for d12); LayerNorms and biases, a GELU MLP of 4 × C, the embedding tied to the output head.
 *   Default gpt2_124M_bf16.bin.
 * - `-b` sequences a step on each process (4), `-t` their length (1,024), `-d` the tokens of an optimizer step, all processes
 *   together (-1: B × T × processes), `-x` the steps; the processes mpirun starts (one without it).
 * - bf16 with fp32 master weights (`-w`, 1), `-r` recomputation (1: GeLU's, 2: and the LayerNorms': selective; 0 none),
 *   `-z 1` ZeRO-1 (optimizer state sharded over the processes).
 * Any other checkpoint's shapes are in the file, not the line: refused, saying so.
 */
import type { Fact, Sourced } from '../types';
import { assumed, derived, finding, fromFact } from '../types';
import type { ModelSpec } from '../spec';
import { aliases } from './aliases';
import { buildModel, defined, emptyRecognition, type FileRecognition, type RecognizeContext } from './common';
import type { FactReader } from './reader';

const PROGRAM = /(^|\/)train_gpt2(cu|fp32cu)?$/;

/** train_gpt2.cu's depth table: channels and heads of GPT-2 of each depth. */
const DEPTHS: Readonly<Record<number, readonly [channels: number, heads: number]>> = {
  6: [384, 6],
  12: [768, 12],
  24: [1024, 16],
  36: [1280, 20],
  48: [1600, 25],
  60: [1920, 30],
  72: [2880, 30],
  84: [3456, 36],
};
/** OpenAI's GPT-2 checkpoints as llm.c's dev/download_starter_pack.sh names them. */
const CHECKPOINTS: Readonly<Record<string, number>> = { '124M': 12, '350M': 24, '774M': 36, '1558M': 48 };

/** The last llm.c command of the file: its words after the program. */
function argv(facts: readonly Fact[]): Fact[] | undefined {
  const native = facts.filter((f) => f.path[0] === '@native');
  const starts = native.map((f, i) => (f.path[1] === 0 ? i : -1)).filter((i) => i >= 0 && PROGRAM.test(String(native[i]!.value)));
  const last = starts[starts.length - 1];
  if (last === undefined) return undefined;
  const end = native.findIndex((f, i) => i > last && f.path[1] === 0);
  return native.slice(last, end < 0 ? undefined : end);
}

export function isLlmc(r: FactReader): boolean {
  return argv(r.facts) !== undefined;
}

export function recognizeLlmc(ctx: RecognizeContext, r: FactReader): FileRecognition {
  const words = argv(r.facts)!;
  const options = new Map<string, Fact>();
  for (let i = 1; i < words.length - 1; i++)
    if (typeof words[i]!.value === 'string' && /^-[A-Za-z]$/.test(String(words[i]!.value)))
      options.set(String(words[i]!.value), { ...words[i + 1]!, keyRange: words[i]!.keyRange });
  const def = <T>(flag: string, value: T): Sourced<T> => derived(value, { id: 'prov.llmcDefault', args: { flag, value: String(value) } });
  const int = (flag: string, fallback: number): Sourced<number> => {
    const f = options.get(flag);
    return f && typeof f.value === 'number' && Number.isInteger(f.value) ? fromFact(f.value, f) : def(flag, fallback);
  };
  const e = options.get('-e');
  const input = e && typeof e.value === 'string' ? fromFact(e.value, e) : def('-e', 'gpt2_124M_bf16.bin');
  const depthWord = /^(?:gpt2:)?d(\d+)$/.exec(input.value)?.[1];
  const checkpoint = /(?:^|\/)gpt2_(124M|350M|774M|1558M)(?:_bf16)?\.bin$/.exec(input.value)?.[1];
  const depth = depthWord !== undefined ? Number(depthWord) : checkpoint !== undefined ? CHECKPOINTS[checkpoint] : undefined;
  const shape = depth !== undefined ? DEPTHS[depth] : undefined;
  if (!shape)
    return emptyRecognition('llmc', [
      finding(
        'unsupported',
        'error',
        { id: 'llmc.unknownModel', args: { value: input.value } },
        { file: ctx.file, range: e ? e.valueRange : words[0]!.valueRange },
      ),
    ]);
  const by = (value: number) =>
    derived(value, { id: 'prov.llmcDepth', args: { input: input.value, layers: depth!, channels: shape[0], heads: shape[1] } }, input);
  const o: Partial<ModelSpec> = {
    layers: by(depth!),
    hidden: by(shape[0]),
    heads: by(shape[1]),
    kvHeads: by(shape[1]),
    vocab: derived(50304, { id: 'prov.llmcVocab' }),
    maxPositions: derived(1024, { id: 'prov.llmcVocab' }),
    ffnWidth: by(4 * shape[0]),
  };
  const built = buildModel(
    r,
    aliases({}),
    { configClass: 'llm.c GPT2Config', ffn: 'plain', norm: 'layernorm', positions: 'learned', tiedDefault: true, qkvBias: true, outBias: true, mlpBias: true },
    { value: 'llm.c GPT-2', source: input.source },
    o,
  );
  const np = r.fact('@mpi.-np');
  const processes = np && typeof np.value === 'number' && np.value >= 1 ? fromFact(np.value, np) : undefined;
  const n = processes?.value ?? 1;
  const batch = int('-b', 4);
  const seq = int('-t', 1024);
  const total = int('-d', -1);
  const globalBatch =
    total.value > 0
      ? derived(Math.max(1, Math.floor(total.value / seq.value)), { id: 'prov.llmcTotalBatch', args: { tokens: total.value } }, total, seq)
      : derived(batch.value * n, { id: 'prov.globalFromMicro' }, batch, ...(processes ? [processes] : []));
  const steps = int('-x', -1);
  const recompute = int('-r', 1);
  const zero = int('-z', 0);
  const master = int('-w', 1);
  const training = defined({
    seqLen: seq,
    microBatch: batch,
    globalBatch,
    ...(steps.value > 0 ? { trainIters: steps } : {}),
    precision: assumed('bf16' as const, { id: 'prov.llmcPrecision' }),
    masterWeights: derived(master.value !== 0, { id: 'prov.llmcFlag', args: { flag: '-w' } }, master),
    recompute: derived(recompute.value > 0 ? ('selective' as const) : ('none' as const), { id: 'prov.llmcFlag', args: { flag: '-r' } }, recompute),
    distributedOptimizer: derived(zero.value >= 1, { id: 'prov.llmcFlag', args: { flag: '-z' } }, zero),
    optimizer: derived('adamw' as const, { id: 'prov.llmcAdamW' }),
  });
  return {
    family: 'llmc',
    model: built.model,
    training,
    parallel: defined({ worldSize: processes, dp: processes }),
    references: [],
    findings: [...built.findings],
  };
}
