/**
 * nanoGPT config files (config/*.py): assignments that override train.py's globals. Where the
 * file is silent, train.py's defaults apply (GPT-2 124M shapes, vocab 50304, bias False).
 * gradient_accumulation_steps is global: train.py divides it by the world size, so the global
 * batch is batch_size × gradient_accumulation_steps sequences.
 */
import type { Fact, Sourced } from '../types';
import { assumed, derived, finding, fromFact } from '../types';
import type { ModelSpec } from '../spec';
import { aliases } from './aliases';
import { buildModel, classDefault, defined, emptyRecognition, FactReader, mapped, precisionOf, type FileRecognition, type RecognizeContext } from './common';
import { commandWord } from './commands';
import { factsUnder } from './reader';

/** train.py's defaults (karpathy/nanoGPT). */
const TRAIN_PY = {
  n_layer: 12,
  n_head: 12,
  n_embd: 768,
  block_size: 1024,
  vocab_size: 50304,
  bias: false,
  batch_size: 12,
  gradient_accumulation_steps: 40,
  max_iters: 600000,
  dtype: 'bfloat16',
  dataset: 'openwebtext',
} as const;

/** data/<dataset>/prepare.py of the character-level datasets: meta.pkl holds the characters of the text. */
const CHAR_DATASETS: Readonly<Record<string, number>> = { shakespeare_char: 65 };
/** Datasets tokenized with GPT-2's BPE (tiktoken), no meta.pkl: train.py's 50,304. */
const BPE_DATASETS: readonly string[] = ['openwebtext', 'shakespeare'];

/**
 * The training configs nanoGPT ships (karpathy/nanoGPT config/*.py), as their assignments: what `python train.py
 * config/train_shakespeare_char.py` runs where that file is not beside the launch (the README's first run; train_gpt2.py
 * sets train.py's own GPT-2 124M batch: 12 × 1,024 tokens, 40 accumulation steps).
 */
const STOCK_CONFIGS: Readonly<Record<string, Readonly<Record<string, number | string | boolean>>>> = {
  train_shakespeare_char: {
    out_dir: 'out-shakespeare-char',
    eval_interval: 250,
    eval_iters: 200,
    log_interval: 10,
    always_save_checkpoint: false,
    wandb_log: false,
    dataset: 'shakespeare_char',
    gradient_accumulation_steps: 1,
    batch_size: 64,
    block_size: 256,
    n_layer: 6,
    n_head: 6,
    n_embd: 384,
    dropout: 0.2,
    learning_rate: 1e-3,
    max_iters: 5000,
    lr_decay_iters: 5000,
    min_lr: 1e-4,
    beta2: 0.99,
    warmup_iters: 100,
  },
  train_gpt2: {
    batch_size: 12,
    block_size: 1024,
    gradient_accumulation_steps: 40,
    max_iters: 600000,
    lr_decay_iters: 600000,
    eval_interval: 1000,
    eval_iters: 200,
    log_interval: 10,
    weight_decay: 0.1,
  },
};

/** Where a config nanoGPT ships is shown when it is read from STOCK_CONFIGS (provenance, hovers). */
export const NANOGPT_STOCK_PREFIX = 'nanoGPT:';

/**
 * The config nanoGPT ships that a launch of its train.py names (`config/train_shakespeare_char.py`), as a file of its
 * assignments under NANOGPT_STOCK_PREFIX, for a launch whose folder does not hold it.
 */
export function nanogptStockConfig(ref: string): { readonly path: string; readonly text: string } | undefined {
  const name = /^(?:\.\/)?config\/(\w+)\.py$/.exec(ref)?.[1];
  const values = name ? STOCK_CONFIGS[name] : undefined;
  if (!values) return undefined;
  const literal = (v: number | string | boolean) => (typeof v === 'boolean' ? (v ? 'True' : 'False') : typeof v === 'string' ? `'${v}'` : String(v));
  const text = Object.entries(values)
    .map(([k, v]) => `${k} = ${literal(v)}\n`)
    .join('');
  return { path: `${NANOGPT_STOCK_PREFIX}config/${name}.py`, text };
}

/**
 * A command that gives its Python script a config file first (`torchrun --standalone --nproc_per_node=8 train.py
 * config/train_gpt2.py --batch_size=8`), as nanoGPT's train.py takes one: the script, and what its configurator (configurator.py,
 * which train.py execs) sets over the config, each `--key=value` after it on that command as the global `key`, where the line
 * writes it (none: undefined). Undefined where `config` is not the second of the command's Python files.
 */
export function configuratorRun(facts: readonly Fact[], config: Sourced<string>): { readonly script: string; readonly overrides?: Fact[] } | undefined {
  const word = commandWord(facts, config);
  const before = word ? facts[word.at - 1] : undefined;
  if (!word || before?.path[0] !== '@command' || typeof before.value !== 'string' || !/\.py$/.test(before.value)) return undefined;
  const overrides: Fact[] = [];
  for (const f of word.rest) {
    const key = /^--([A-Za-z_]\w*)$/.exec(String(f.path[0]))?.[1];
    if (f.path.length === 1 && key && !f.unknown && f.value !== null && typeof f.value !== 'object') overrides.push({ ...f, path: [key] });
  }
  return { script: before.value, ...(overrides.length ? { overrides } : {}) };
}

const NANOGPT_KEYS = ['n_layer', 'n_head', 'n_embd', 'block_size', 'gradient_accumulation_steps', 'max_iters', 'eval_interval', 'out_dir', 'batch_size'];
/** Those of them any trainer's script has: alone, no mark of train.py. */
const ANY_TRAINERS: ReadonlySet<string> = new Set(['batch_size', 'gradient_accumulation_steps', 'out_dir']);

/**
 * Two of train.py's globals written as values, at least one of them its own (batch_size, gradient_accumulation_steps and out_dir
 * alone are any trainer's);
 * not a file that names a Hugging Face model to train (`model_name = "Qwen/Qwen2.5-3B-Instruct"`: a script's constants, not
 * nanoGPT's GPT).
 */
export function isNanogpt(r: FactReader): boolean {
  // (Only values the file writes: a script of its own that reads them from its config, `block_size = int(config["block_size"])`,
  // is not nanoGPT's config.)
  // (And written as values, not computed: `out_dir = os.path.join("outputs/finetune", args.model, …)` beside a `batch_size` an
  // argparse namespace gives, a Real-ESRGAN fine-tune's, is no train.py global.)
  const keys = NANOGPT_KEYS.filter((k) => r.has(k) && r.fact(k)?.unknown !== true && r.fact(k)?.value !== null);
  // (Written in capitals too, a notebook's `MODEL_NAME = "sentence-transformers/all-mpnet-base-v2"`.)
  const hfModel = r.facts.some(
    (f) =>
      f.path.length === 1 &&
      /^(model_name|model_id|model_name_or_path|base_model|base_model_id|pretrained_model_name_or_path)$/i.test(String(f.path[0])) &&
      /^[\w.-]+\/[\w.-]+$/.test(String(f.value ?? '')),
  );
  // (Nor one that loads a Hugging Face model or tokenizer, `AutoTokenizer.from_pretrained(llm_id)` beside a model class it imports:
  // nanoGPT's own GPT.from_pretrained aside.)
  const hub = r.facts.some(
    (f) => f.path[f.path.length - 1] === '@call' && typeof f.value === 'string' && /\.from_pretrained$/.test(f.value) && !/^GPT\./.test(f.value),
  );
  // (Nor one whose model is another's, `model = torch.load('model_llava.pt')`: train.py's is GPT(gptconf) or GPT.from_pretrained(…)
  // before it is compiled or wrapped.)
  const built = r.facts.find((f) => f.path.join('.') === 'model.@call');
  const otherModel = typeof built?.value === 'string' && !/^(GPT|GPT\.from_pretrained)$/.test(built.value);
  // (Nor one that takes them from a YAML or JSON file it loads, extract/python.ts ["@loadedConfig"].)
  const loads = r.facts.some((f) => f.path[0] === '@loadedConfig');
  // (Nor a script that builds a model of its own classes and writes none of GPT's shapes, `class BigramLanguageModel(nn.Module)`
  // over `embed_size = 16` beside block_size and max_iters: its model is not nanoGPT's GPT, whose defaults would stand in.)
  const ownModel = r.facts.some((f) => f.path[0] === '@defines') && !['n_layer', 'n_head', 'n_embd'].some((k) => keys.includes(k));
  // (Or a script that builds nanoGPT's GPT from its GPTConfig itself, build-nanogpt's train_gpt2.py: `model =
  // GPT(GPTConfig(vocab_size=50304))` over the classes it defines, with none of train.py's globals.)
  const builds = buildsGpt(r.facts);
  return ((keys.length >= 2 && keys.some((k) => !ANY_TRAINERS.has(k)) && !ownModel) || builds) && !hfModel && !hub && !otherModel && !loads;
}

/**
 * Whether a script builds nanoGPT's GPT from a GPTConfig (`model = GPT(GPTConfig(…))`, build-nanogpt's train_gpt2.py), or
 * loads OpenAI's checkpoint into it by its classmethod and batches as build-nanogpt does (B sequences accumulated to
 * total_batch_size tokens; llm.c's train_gpt2.py, whose run its command line sets, is read as a PyTorch script), the GPT class
 * its own: not one whose classes make another model (modded-nanogpt's Rotary, an RMSNorm, experts), nor one it imports
 * (SpikeGPT's RWKV under the same names).
 */
function buildsGpt(facts: readonly Fact[]): boolean {
  if (!ownGpt(facts)) return false;
  return (
    (loadsPretrained(facts) !== undefined && facts.some((f) => f.path.join('.') === 'total_batch_size')) ||
    facts.some((f) => {
      const at = f.path.slice(0, -3);
      // (Its shapes as the run computes them, `GPTConfig(n_layer=n_layer, …)` from a preset the command line picks: not GPTConfig's
      // defaults.)
      const config = f.path.slice(0, -1).join('.');
      const computed = () =>
        facts.some((g) => g.unknown === true && ['n_layer', 'n_head', 'n_embd', 'vocab_size'].some((k) => g.path.join('.') === `${config}.${k}`));
      return (
        f.path[f.path.length - 1] === '@class' &&
        /(^|\.)GPTConfig$/.test(String(f.value)) &&
        f.path[f.path.length - 3] === '@args' &&
        facts.some(
          (g) => g.path.length === at.length + 1 && g.path[at.length] === '@call' && g.path.slice(0, -1).join('.') === at.join('.') && g.value === 'GPT',
        ) &&
        !computed()
      );
    })
  );
}

/** A script that defines nanoGPT's GPT class itself: not one whose classes make another model (Rotary, RMSNorm, experts). */
function ownGpt(facts: readonly Fact[]): boolean {
  const defines = facts.filter((f) => f.path[0] === '@defines').map((f) => String(f.path[1]));
  return defines.includes('GPT') && !defines.some((name) => /rotary|rope|rms|expert|moe|mamba|rwkv/i.test(name));
}

/**
 * The checkpoint a script that defines GPT loads by its classmethod, build-nanogpt's `model = GPT.from_pretrained("gpt2")`
 * (model.py's): its name, one of OpenAI's GPT-2 sizes.
 */
function loadsPretrained(facts: readonly Fact[]): Fact | undefined {
  if (!ownGpt(facts)) return undefined;
  const at = facts.findIndex((f) => f.path.join('.') === 'model.@call' && f.value === 'GPT.from_pretrained');
  const name = facts[at + 1];
  return name?.path.join('.') === 'model.@args.0' && typeof name.value === 'string' && PRETRAINED[name.value] ? name : undefined;
}

/**
 * GPT.from_pretrained's shapes (model.py config_args): `init_from = 'gpt2-xl'` fine-tunes OpenAI's checkpoint, whose shapes
 * replace the file's n_layer / n_head / n_embd; vocabulary 50,257, biases on, positions cropped to block_size when smaller.
 */
const PRETRAINED: Readonly<Record<string, readonly [layers: number, heads: number, hidden: number]>> = {
  gpt2: [12, 12, 768],
  'gpt2-medium': [24, 16, 1024],
  'gpt2-large': [36, 20, 1280],
  'gpt2-xl': [48, 25, 1600],
};

export function recognizeNanogpt(ctx: RecognizeContext): FileRecognition {
  const r = new FactReader(ctx.facts);
  // A fork's mixture of experts (nanoGPT-MoE's use_moe, moe_num_experts, per layer or not): not nanoGPT's model, and its experts'
  // shapes are its own code's; refused, saying so, rather than counted as the dense GPT it extends.
  const moe = r.present('use_moe');
  if (moe && moe.value !== false)
    return emptyRecognition('nanogpt', [
      finding('unsupported', 'error', { id: 'nanogpt.moeNotModelled', args: { key: 'use_moe' } }, { file: ctx.file, range: moe.keyRange }),
    ]);
  const def = <T>(key: keyof typeof TRAIN_PY): Sourced<T> => derived(TRAIN_PY[key] as T, { id: 'prov.trainPyDefault', args: { value: String(TRAIN_PY[key]) } });
  // (A model the script builds itself, `model = GPT(GPTConfig(n_layer=24, n_head=16, n_embd=2048))` as build-nanogpt's
  // train_gpt2.py does: that config's keywords, and model.py's GPTConfig defaults where it leaves one, its biases on.)
  const cls = ctx.facts.find((f) => f.path[f.path.length - 1] === '@class' && /(^|\.)GPTConfig$/.test(String(f.value)));
  const at = cls?.path.slice(0, -1);
  const own = at ? new FactReader(factsUnder(ctx.facts, at).filter((f) => f.path[0] !== '@class')) : undefined;
  const shapeKeys: readonly string[] = ['n_layer', 'n_head', 'n_embd', 'block_size', 'vocab_size'];
  const int = (key: keyof typeof TRAIN_PY) =>
    own?.int([key]) ?? r.int([key]) ?? (own && shapeKeys.includes(key) ? classDefault(TRAIN_PY[key] as number, key, 'nanoGPT GPTConfig') : def<number>(key));
  // (Or the checkpoint build-nanogpt's script loads by GPT.from_pretrained, the same shapes.)
  const loaded = loadsPretrained(ctx.facts);
  const init = r.str(['init_from']) ?? (loaded ? fromFact(String(loaded.value), loaded) : undefined);
  const pretrained = init ? PRETRAINED[init.value] : undefined;
  const why = { id: loaded && !r.has('init_from') ? 'prov.nanogptFromPretrained' : 'prov.nanogptInit', args: { model: init?.value ?? '' } } as const;
  const fromInit = (i: number) => derived(pretrained![i]!, why, init!);
  const layers = pretrained ? fromInit(0) : int('n_layer');
  const heads = pretrained ? fromInit(1) : int('n_head');
  const hidden = pretrained ? fromInit(2) : int('n_embd');
  const block = int('block_size');
  // train.py takes the vocabulary from data/<dataset>/meta.pkl (the character-level datasets write one), else GPT-2's 50,304.
  const dataset = r.str(['dataset']) ?? def<string>('dataset');
  const chars = CHAR_DATASETS[dataset.value];
  const vocab =
    (pretrained ? derived(50257, why, init!) : undefined) ??
    own?.int(['vocab_size']) ??
    r.int(['vocab_size']) ??
    (own ? classDefault(TRAIN_PY.vocab_size, 'vocab_size', 'nanoGPT GPTConfig') : undefined) ??
    (chars !== undefined
      ? derived(chars, { id: 'prov.nanogptMeta', args: { dataset: dataset.value, size: chars } }, dataset)
      : BPE_DATASETS.includes(dataset.value)
        ? derived(TRAIN_PY.vocab_size, { id: 'prov.nanogptBpe', args: { dataset: dataset.value } }, dataset)
        : assumed(TRAIN_PY.vocab_size, { id: 'prov.nanogptNoMeta', args: { dataset: dataset.value } }));
  const bias = pretrained
    ? derived(true, why, init!)
    : (own?.bool(['bias']) ?? (own ? classDefault(true, 'bias', 'nanoGPT GPTConfig', 'True') : (r.bool(['bias']) ?? def<boolean>('bias'))));
  // (build-nanogpt's train_gpt2.py batches B sequences of T tokens and accumulates to total_batch_size tokens, over one process
  // here: its B, and total_batch_size / (B · T) steps.)
  const tokens = !r.has('batch_size') && buildsGpt(ctx.facts) ? r.int(['total_batch_size']) : undefined;
  const micro = tokens ? r.int(['B']) : undefined;
  const length = (tokens ? r.int(['T']) : undefined) ?? block;
  const steps = tokens && micro ? tokens.value / (micro.value * length.value) : 0;
  const batch = micro ?? int('batch_size');
  const accum =
    micro && Number.isInteger(steps) && steps > 0
      ? derived(steps, { id: 'prov.accumFromTokens', args: { tokens: tokens!.value } }, tokens!, micro, length)
      : int('gradient_accumulation_steps');
  const training = defined({
    seqLen: block,
    microBatch: batch,
    globalBatch: derived(batch.value * accum.value, { id: 'prov.globalFromMicro' }, batch, accum),
    trainIters: int('max_iters'),
    precision: mapped(r.str(['dtype']) ?? def<string>('dtype'), precisionOf),
    optimizer: derived('adamw' as const, { id: 'prov.trainPyDefault', args: { value: 'AdamW' } }),
  });
  const o: Partial<ModelSpec> = {
    layers,
    heads,
    hidden,
    vocab,
    // from_pretrained keeps GPT-2's 1,024 positions unless block_size crops them.
    maxPositions: pretrained && block.value > 1024 ? derived(1024, { id: 'prov.nanogptInit', args: { model: init!.value } }, init!) : block,
    norm: { value: bias.value ? 'layernorm' : 'layernorm-nobias', source: bias.source },
    qkvBias: bias,
    outBias: bias,
    mlpBias: bias,
  };
  const arch = { value: 'nanoGPT GPT', source: layers.source };
  const built = buildModel(
    r,
    aliases({}),
    {
      configClass: 'nanoGPT GPTConfig',
      ffn: 'plain',
      norm: 'layernorm',
      positions: 'learned',
      tiedDefault: true,
      qkvBias: false,
      outBias: false,
      mlpBias: false,
      ffnFromHidden: 4,
    },
    arch,
    o,
  );
  // (A PEFT adapter the script puts on the GPT it builds, `get_peft_model(model, LoraConfig(…))`: not read, said.)
  const peft = ctx.facts.find((f) => f.path[f.path.length - 1] === '@call' && /(^|\.)get_peft_model$/.test(String(f.value)));
  const adapter = peft
    ? [finding('assumed', 'warning', { id: 'nanogpt.adapterNotRead', args: { call: String(peft.value) } }, { file: ctx.file, range: peft.valueRange })]
    : [];
  return { family: 'nanogpt', model: built.model, training, parallel: {}, references: [], findings: [...built.findings, ...adapter] };
}
