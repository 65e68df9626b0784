/**
 * EPFL's llm-baselines (epfml/llm-baselines: `torchrun --nproc_per_node=N ./src/main.py --config_format base --model llama
 * --n_embd 768 --n_head 12 --n_layer 24 --batch_size 64 --sequence_length 512 --acc_steps 4 …`, the launches of its scripts/
 * and of the optimizer benchmarks built on it): every setting on the command line, src/config/base.py's argparse defaults
 * where it is silent.
 * - `--model llama` (its default): src/models/llama.py, RMSNorm, RoPE, a SwiGLU MLP of multiple_of × ⌈int(2 × 4 × n_embd / 3)
 *   / multiple_of⌉, attention and MLP without biases (`--bias` False), the embedding tied to the output head.
 * - `--model base`: src/models/base.py, nanoGPT's GPT-2 (LayerNorm, learned positions over sequence_length, a GELU MLP of
 *   4 × n_embd, biases as `--bias` says), tied.
 * - `--batch_size` sequences a step on each process, `--acc_steps` of them an optimizer step, `--iterations` steps; the
 *   processes torchrun starts; `--dtype` (bfloat16) the autocast the fp32 model trains in.
 * A mixture of experts (`--moe`) is its own code's (src/models/moe.py): refused, saying so, not counted as the dense model.
 */
import type { Sourced } from '../types';
import { derived, finding } from '../types';
import type { ModelSpec } from '../spec';
import { aliases } from './aliases';
import { buildModel, defined, emptyRecognition, mapped, optimizerOf, precisionOf, type FileRecognition, type RecognizeContext } from './common';
import { recognizeLauncher } from './launcher';
import type { FactReader } from './reader';

/** src/config/base.py's argparse defaults. */
const BASE_PY = {
  '--model': 'llama',
  '--n_layer': 24,
  '--n_head': 12,
  '--n_embd': 768,
  '--vocab_size': 50304,
  '--sequence_length': 512,
  '--multiple_of': 256,
  '--batch_size': 50,
  '--acc_steps': 1,
  '--iterations': 15000,
  '--dtype': 'bfloat16',
  '--opt': 'adamw',
} as const;
type Key = keyof typeof BASE_PY;

/** A launch of llm-baselines' main.py: its model flags beside its own (`--config_format`, or `--acc_steps` and `--sequence_length`). */
export function isLlmBaselines(r: FactReader): boolean {
  const main = r.facts.some((f) => f.path[0] === '@command' && typeof f.value === 'string' && /(^|\/)main\.py$/.test(f.value));
  return main && (r.has('--n_embd') || r.has('--n_layer')) && (r.has('--config_format') || (r.has('--acc_steps') && r.has('--sequence_length')));
}

export function recognizeLlmBaselines(ctx: RecognizeContext, r: FactReader): FileRecognition {
  const moe = r.fact('--moe');
  if (moe && moe.value !== false)
    return emptyRecognition('llm-baselines', [finding('unsupported', 'error', { id: 'llmBaselines.moeNotModelled' }, { file: ctx.file, range: moe.keyRange })]);
  const def = <T>(key: Key): Sourced<T> => derived(BASE_PY[key] as T, { id: 'prov.llmBaselinesDefault', args: { key, value: String(BASE_PY[key]) } });
  const int = (key: Key) => r.int([key], { min: 1 }) ?? def<number>(key);
  const kind = r.str(['--model']) ?? def<string>('--model');
  const llama = kind.value !== 'base';
  const layers = int('--n_layer');
  const heads = int('--n_head');
  const hidden = int('--n_embd');
  const seq = int('--sequence_length');
  const bias = r.bool(['--bias']) ?? derived(false, { id: 'prov.llmBaselinesDefault', args: { key: '--bias', value: 'False' } });
  const multiple = int('--multiple_of');
  // LlamaMLP: int(2 × 4h / 3) rounded up to a multiple of multiple_of.
  const swiglu = multiple.value * Math.ceil(Math.floor((2 * 4 * hidden.value) / 3) / multiple.value);
  const o: Partial<ModelSpec> = {
    layers,
    heads,
    kvHeads: heads,
    hidden,
    vocab: int('--vocab_size'),
    maxPositions: seq,
    ffnWidth: llama
      ? derived(swiglu, { id: 'prov.llmBaselinesFfn', args: { hidden: hidden.value, multiple: multiple.value, value: swiglu } }, hidden, multiple)
      : derived(4 * hidden.value, { id: 'prov.llmBaselinesFfn4' }, hidden),
    ...(llama ? {} : { norm: { value: bias.value ? ('layernorm' as const) : ('layernorm-nobias' as const), source: bias.source } }),
    qkvBias: bias,
    outBias: bias,
    mlpBias: bias,
  };
  const built = buildModel(
    r,
    aliases({}),
    {
      configClass: 'llm-baselines',
      ffn: llama ? 'gated' : 'plain',
      norm: llama ? 'rmsnorm' : 'layernorm',
      positions: llama ? 'rope' : 'learned',
      tiedDefault: true,
      qkvBias: false,
      outBias: false,
      mlpBias: false,
    },
    { value: llama ? 'llm-baselines Llama' : 'llm-baselines GPT', source: kind.source },
    o,
  );
  // (The processes torchrun, accelerate or deepspeed start: the launch line's own counts.)
  const launch = recognizeLauncher(ctx);
  const batch = int('--batch_size');
  const accum = int('--acc_steps');
  const processes = launch.parallel.worldSize;
  const training = defined({
    seqLen: seq,
    microBatch: batch,
    gradAccum: accum,
    globalBatch: derived(batch.value * accum.value * (processes?.value ?? 1), { id: 'prov.globalFromMicro' }, batch, accum, ...(processes ? [processes] : [])),
    trainIters: int('--iterations'),
    precision: mapped(r.str(['--dtype']) ?? def<string>('--dtype'), precisionOf),
    optimizer: mapped(r.str(['--opt']) ?? def<string>('--opt'), optimizerOf),
  });
  return { family: 'llm-baselines', model: built.model, training, parallel: { ...launch.parallel }, references: [], findings: [...built.findings] };
}
