/**
 * GaLore's pre-training launches and the optimizer studies built on its torchrun_main.py (jiaweizzhao/GaLore, after ReLoRA;
 * Fira, APOLLO, SPAM, Conda and others copy it): `torchrun --nproc_per_node 4 torchrun_main.py --model_config
 * configs/llama_60m.json --batch_size 64 --total_batch_size 512 --max_length 256 --dtype bfloat16 --optimizer galore_adamw …`.
 * - The model: LlamaForCausalLM of the Hugging Face config `--model_config` names, read where it is; where the launch's folder
 *   lacks it, GaLore's own configs/llama_*.json as GaLore ships them (galoreStockConfig).
 * - `--batch_size` sequences a micro-step on each process, `--total_batch_size` sequences an optimizer step (the script fills
 *   it by accumulation), `--max_length` tokens each (256 unless set), `--num_training_steps` steps (10,000); the processes
 *   torchrun starts, data parallel (DDP).
 * - `--dtype bfloat16` (the script's default where the GPU has bf16): the model cast to bf16 whole, so weights, gradients and the
 *   optimizer's state are bf16, with no fp32 master copy; another dtype trains in fp32. `--activation_checkpointing`:
 *   transformers' gradient checkpointing (every layer).
 * - `--optimizer` (Adam unless set): Adam, AdamW, 8-bit Adam, Adafactor, SGD, and GaLore's own (galore_adamw, galore_adamw8bit,
 *   galore_adafactor), whose state for the attention and MLP matrices is kept in a rank-`--rank` projection: counted as the full
 *   optimizer's, said.
 */
import type { Fact, Sourced } from '../types';
import { derived, finding, fromFact } from '../types';
import { defined, emptyRecognition, mapped, optimizerOf, type FileRecognition, type RecognizeContext } from './common';
import { recognizeLauncher } from './launcher';
import type { FactReader } from './reader';

/** torchrun_main.py's argparse defaults the launch may leave out. */
const DEFAULTS = { '--max_length': 256, '--num_training_steps': 10000, '--dtype': 'bfloat16', '--optimizer': 'Adam' } as const;
type Key = keyof typeof DEFAULTS;

/** A launch of a GaLore-style torchrun_main.py: a Hugging Face config file as `--model_config`, and its batch flags. */
export function isGaloreLaunch(r: FactReader): boolean {
  const config = r.fact('--model_config');
  return (
    typeof config?.value === 'string' &&
    /\.json$/i.test(config.value) &&
    r.has('--batch_size') &&
    (r.has('--total_batch_size') || r.has('--max_length') || r.has('--num_training_steps'))
  );
}

export function recognizeGaloreLaunch(ctx: RecognizeContext, r: FactReader): FileRecognition {
  const config = r.fact('--model_config')!;
  const def = <T>(key: Key): Sourced<T> => derived(DEFAULTS[key] as T, { id: 'prov.galoreDefault', args: { key, value: String(DEFAULTS[key]) } });
  const launch = recognizeLauncher(ctx);
  const processes = launch.parallel.worldSize;
  const batch = r.int(['--batch_size'], { min: 1 });
  const total = r.int(['--total_batch_size'], { min: 1 });
  const accum = r.int(['--gradient_accumulation'], { min: 1 });
  const n = processes?.value ?? 1;
  const globalBatch =
    total ??
    (batch
      ? derived(batch.value * (accum?.value ?? 1) * n, { id: 'prov.globalFromMicro' }, batch, ...(accum ? [accum] : []), ...(processes ? [processes] : []))
      : undefined);
  const dtype = r.str(['--dtype']) ?? def<string>('--dtype');
  const bf16 = /^(bf16|bfloat16)$/i.test(dtype.value);
  const optimizer = r.str(['--optimizer']) ?? def<string>('--optimizer');
  const checkpointing = r.bool(['--activation_checkpointing']);
  const training = defined({
    seqLen: r.int(['--max_length'], { min: 1 }) ?? def<number>('--max_length'),
    microBatch: batch,
    globalBatch,
    gradAccum:
      accum ??
      (batch && total && total.value % (batch.value * n) === 0
        ? derived(total.value / (batch.value * n), { id: 'prov.galoreAccumulation' }, total, batch, ...(processes ? [processes] : []))
        : undefined),
    trainIters: r.int(['--num_training_steps'], { min: 1 }) ?? def<number>('--num_training_steps'),
    precision: mapped(dtype, () => (bf16 ? ('bf16' as const) : ('fp32' as const))),
    // (model.to(dtype=torch.bfloat16): the optimizer steps the bf16 weights themselves.)
    masterWeights: mapped(dtype, () => false),
    optimizer: mapped(optimizer, optimizerOf),
    ...(checkpointing?.value ? { recompute: mapped(checkpointing, () => 'full' as const) } : {}),
  });
  const findings = r.findings;
  // (The script itself is not read: its defaults and its model class are taken as GaLore's torchrun_main.py has them.)
  const script = [...r.facts].reverse().find((f) => f.path[0] === '@command' && typeof f.value === 'string' && /\.py$/.test(f.value));
  if (script)
    findings.push(
      finding('assumed', 'info', { id: 'galore.scriptAsGalore', args: { file: String(script.value) } }, { file: ctx.file, range: script.valueRange }),
    );
  if (/galore/i.test(optimizer.value) && optimizer.source.kind === 'fact')
    findings.push(
      finding(
        'assumed',
        'info',
        { id: 'galore.projectedState', args: { optimizer: optimizer.value } },
        { file: optimizer.source.file, range: optimizer.source.range },
      ),
    );
  const ref: Sourced<string> = fromFact(String(config.value), config as Fact);
  return {
    ...emptyRecognition('galore', findings),
    training,
    parallel: { ...launch.parallel },
    references: [ref],
  };
}

/** GaLore's configs/llama_*.json: hidden size, intermediate size, heads, layers, max_sequence_length, vocabulary. */
const STOCK: Readonly<Record<string, readonly [number, number, number, number, number, number]>> = {
  '9m': [128, 352, 4, 4, 1024, 32000],
  '20m': [256, 688, 4, 4, 1024, 32000],
  '35m': [384, 1024, 8, 6, 1024, 32000],
  '40m': [416, 1024, 8, 8, 1024, 32000],
  '60m': [512, 1376, 8, 8, 1024, 32000],
  '71m': [512, 1368, 8, 12, 1024, 32000],
  '100m': [640, 1708, 10, 12, 1024, 32100],
  '130m': [768, 2048, 12, 12, 1024, 32000],
  '250m': [768, 2560, 16, 24, 1024, 32000],
  '350m': [1024, 2736, 16, 24, 1024, 32000],
  '1b': [2048, 5461, 32, 24, 1024, 32000],
  '3b': [2560, 6848, 32, 32, 1024, 32000],
  '7b': [4096, 11008, 32, 32, 2048, 32000],
};

/** Where a config GaLore ships is shown when it is read from STOCK (provenance, hovers). */
export const GALORE_STOCK_PREFIX = 'GaLore:';

/**
 * The config GaLore ships that a launch names (`configs/llama_60m.json`), as GaLore writes it, for a launch whose folder does not
 * hold it.
 */
export function galoreStockConfig(ref: string): { readonly path: string; readonly text: string } | undefined {
  const size = /^(?:\.\/)?configs\/llama_(\w+)\.json$/.exec(ref)?.[1];
  const shape = size ? STOCK[size] : undefined;
  if (!shape) return undefined;
  const [hidden, ffn, heads, layers, positions, vocab] = shape;
  const config = {
    architectures: ['LLaMAForCausalLM'],
    bos_token_id: 0,
    eos_token_id: 1,
    hidden_act: 'silu',
    hidden_size: hidden,
    intermediate_size: ffn,
    initializer_range: 0.02,
    max_sequence_length: positions,
    model_type: 'llama',
    num_attention_heads: heads,
    num_hidden_layers: layers,
    pad_token_id: -1,
    rms_norm_eps: 1e-6,
    transformers_version: '4.28.1',
    use_cache: true,
    vocab_size: vocab,
  };
  return { path: `${GALORE_STOCK_PREFIX}configs/llama_${size}.json`, text: `${JSON.stringify(config, null, 4)}\n` };
}
