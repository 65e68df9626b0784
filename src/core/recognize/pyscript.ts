/**
 * Python fine-tuning scripts as people write them (Unsloth's notebooks, TRL's and PEFT's examples), read statically: the model
 * a loader's `from_pretrained` names (not a tokenizer's or a config's), its `load_in_4bit` / `max_seq_length`; the LoRA of a
 * `LoraConfig(...)` or of Unsloth's `FastLanguageModel.get_peft_model(model, r=…, …)`; a `BitsAndBytesConfig(...)`; the
 * trainer's arguments (`TrainingArguments(...)`, TRL's `SFTConfig(...)`, `DPOConfig(...)`, …) read as the flags they are on
 * a launch line (recognize/launcher.ts), each where the script writes it; and the trainer class: DPOTrainer, ORPOTrainer,
 * CPOTrainer, KTOTrainer and RewardTrainer are preference training (recognize/preference.ts), the RL trainers said not to be
 * modelled. Unsloth's `use_gradient_checkpointing="unsloth"` checkpoints and moves the saved activations to the host.
 */
import type { Fact, Finding } from '../types';
import type { TrainingSpec } from '../spec';
import { derived, finding, fromFact } from '../types';
import { FactReader, type FileRecognition, type RecognizeContext } from './common';
import { factsUnder } from './reader';
import { OWN_MODEL, OWN_MODEL_ALSO } from '../extract/python';
import { BARE_CLASS, CROSS_ENCODER, HF_ARCHITECTURES, pretrainedConfigShapes, SENTENCE_TRANSFORMER, TASK_CLASS, TRANSFORMERS_COPY } from './hf';
import { recognizeLauncher } from './launcher';
import { recognizePeft } from './peft';
import { ktoOf, preferenceOf, unmodelledStage } from './preference';

/** The trainer's argument classes: transformers' and TRL's. */
const ARGUMENTS_CLASS =
  /(^|\.)(TrainingArguments|Seq2SeqTrainingArguments|SFTConfig|DPOConfig|ORPOConfig|CPOConfig|KTOConfig|RewardConfig|(?:Async)?GRPOConfig|GKDConfig|SentenceTransformerTrainingArguments|CrossEncoderTrainingArguments)$/;
/** A dataclass field that is the run's sequence length (the names the launcher reads as one). */
const SEQ_FIELDS = new Set(['max_seq_length', 'max_length', 'model_max_length', 'max_len', 'max_seq_len', 'cutoff_len', 'block_size']);
/** A speech model's loading class (Whisper's, wav2vec2's, transformers' speech and audio auto classes). */
const SPEECH_MODEL = /(Whisper|Speech|Wav2Vec2|Hubert|WavLM|Audio|CTC)\w*\.from_pretrained$/;
/** A module constant named as a training length. */
const SEQ_CONSTANT = /^(MAX_(SEQ_|SEQUENCE_|TOKEN_|INPUT_)?(LENGTH|LEN)|CUTOFF_LEN|BLOCK_SIZE|SEQ_LEN(GTH)?|CONTEXT_LENGTH)$/;
/**
 * A model's loading call (not AutoTokenizer's, AutoProcessor's or AutoConfig's, NOT_A_MODEL): transformers' from_pretrained,
 * sentence-transformers' SentenceTransformer("id") / CrossEncoder("id") and the transformer module it builds one from
 * (`models.Transformer("id")`, then `SentenceTransformer(modules=[…, pooling])`), LLaVA's load_pretrained_model(model_path, …),
 * LlamaIndex's SentenceTransformersFinetuneEngine(train_dataset, model_id="BAAI/bge-m3", …), which fine-tunes that model whole.
 */
const LOADER = /(^|\.)(from_pretrained|SentenceTransformer|CrossEncoder|load_pretrained_model|SentenceTransformersFinetuneEngine)$|(^|\.)models\.Transformer$/;
const NOT_A_MODEL = /Tokenizer|Processor|Config|FeatureExtractor/;
/** A trainer class (transformers' Trainer, TRL's SFTTrainer, DPOTrainer, …). */
const TRAINER = /(^|\.)\w*Trainer$/;

/** An optimizer class of torch's, transformers' or bitsandbytes' (torch.optim.AdamW, bnb.optim.AdamW8bit). */
const OPTIMIZER = /(^|\.)(AdamW|Adam|SGD|Adafactor|Adagrad|RMSprop|Lion|AdamW8bit|Adam8bit|PagedAdamW(8bit|32bit)?)$/;
/**
 * The libraries whose classes load a published model as it is (PEFT's, Unsloth's and mlx-tune's, TRL's value heads, ModelScope's, …): a class
 * imported from any other module (but a copy of transformers' own files, TRANSFORMERS_COPY) is the project's own.
 */
const LOADER_LIBRARY =
  /^(transformers|peft|unsloth|trl|modelscope|liger_kernel|optimum|mamba_ssm|paddlenlp|setfit|easydel|diffusers|sentence_transformers|mindformers|model_center|pytorch_transformers|pytorch_pretrained_bert|openmind|swift|auto_gptq|awq|accelerate|torch|timm|open_clip|huggingface_hub|mlx_lm|mlx_tune)(\.|$)/;
/** A data loader's class: torch's. */
const DATA_LOADER = /(^|\.)DataLoader$/;

const key = (f: Fact) => f.path.join('.');
const under = (f: Fact, prefix: readonly (string | number)[]) => f.path.length > prefix.length && prefix.every((p, i) => f.path[i] === p);

/**
 * Where the facts of the call a script gives `prefix` (its "@call" at index `from`) end: at the next value given that name (a
 * model loaded again after training is another call), else at the end.
 */
function callEnd(facts: readonly Fact[], prefix: readonly (string | number)[], from: number): number {
  const at = [...prefix, '@call'].join('.');
  const next = facts.findIndex((f, i) => i > from && key(f) === at);
  return next < 0 ? facts.length : next;
}

/** The first call (`@call`) or keyword-built object (`@class`) whose dotted name matches. */
function named(facts: readonly Fact[], marker: '@call' | '@class', re: RegExp, not?: RegExp): Fact | undefined {
  return facts.find((f) => f.path[f.path.length - 1] === marker && typeof f.value === 'string' && re.test(f.value) && !not?.test(f.value));
}

/** The wrapper call of the script's own a loader is the first argument of (loaderPrefix), `SentenceTransformer(encoder)`. */
function ownWrapper(facts: readonly Fact[], loader: readonly (string | number)[]): Fact | undefined {
  if (loader.length !== 3 || loader[1] !== '@args' || loader[2] !== 0) return undefined;
  return facts.find((f) => key(f) === `${String(loader[0])}.@call` && typeof f.value === 'string' && /^(SentenceTransformer|CrossEncoder)$/.test(f.value));
}

/**
 * The model loader's call: where its facts sit (a config's, where the model is built from it). Or a trainer given the model by
 * name (TRL's SFTTrainer(model="Qwen/…"), which loads it): the trainer's keywords, its `model` among them.
 */
function loaderPrefix(facts: readonly Fact[]): (string | number)[] | undefined {
  // (Where a script loads more than one model, a notebook one to generate its data and then the one it trains: the one its
  // trainer is given, `SFTTrainer(model=model, …)` after `model = get_peft_model(AutoModelForCausalLM.from_pretrained(…), …)`.)
  const trainer = named(facts, '@class', TRAINER)?.path.slice(0, -1);
  const trained =
    trainer &&
    facts.find(
      (f) =>
        under(f, [...trainer, 'model']) &&
        f.path[f.path.length - 1] === '@call' &&
        typeof f.value === 'string' &&
        LOADER.test(f.value) &&
        !NOT_A_MODEL.test(f.value) &&
        // (Its model named there: a reload from a path the script computes is no better than the first.)
        facts.some((g) => key(g) === [...f.path.slice(0, -1), '@args', 0].join('.') && typeof g.value === 'string'),
    );
  // (Or, with no trainer, where it loads a teacher and then a student and trains the student in a loop of its own: the first
  // load of the one whose parameters its optimizer is given.)
  // (Models only: not `config = config_class.from_pretrained(…)`, as run_glue.py's of old loads its classes.)
  const loads = facts.filter((f) => f.path[f.path.length - 1] === '@call' && typeof f.value === 'string' && LOADER.test(f.value) && !NOT_A_MODEL.test(f.value));
  const models = loads.filter((f) => !/config|tokenizer|processor/i.test(`${String(f.path[0])} ${String(f.value)}`));
  const optimized =
    trainer || models.length === 0 || ownLoop(facts, models[0]!.path.slice(0, 1)) !== undefined
      ? undefined
      : models.find((f) => f.path[0] !== models[0]!.path[0] && ownLoop(facts, f.path.slice(0, 1)) !== undefined);
  const loader = (trained ?? optimized ?? loads[0])?.path.slice(0, -1);
  // (A class of the script's own of sentence-transformers' name over a model it loads, `model =
  // SentenceTransformer(AutoModel.from_pretrained(args.model))`, where the library's takes a name: the model loaded within it.)
  const inner = loader && facts.find((f) => key(f) === [...loader, '@args', 0, '@call'].join('.'));
  if (inner && typeof inner.value === 'string' && LOADER.test(inner.value) && !NOT_A_MODEL.test(inner.value) && ownWrapper(facts, inner.path.slice(0, -1)))
    return inner.path.slice(0, -1);
  if (loader) return loader;
  // (A model built from a published model's config, `config = AutoConfig.from_pretrained("gpt2", vocab_size=…)` then
  // `GPT2LMHeadModel(config)`, as the Hugging Face course trains one from scratch: that call names it.)
  const config = pretrainedConfigShapes(facts);
  if (config) return [...config.at];
  return trainer && facts.some((f) => key(f) === [...trainer, 'model'].join('.') && typeof f.value === 'string') ? trainer : undefined;
}

/** Whether a script loads a model itself (its loader's call, loaderPrefix), whatever else it takes from modules beside it. */
export function loadsModel(facts: readonly Fact[]): boolean {
  return loaderPrefix(facts) !== undefined;
}

/**
 * A training script (a LoRA config or a trainer's arguments built in it) whose model loader this version does not see: loaded
 * in a branch or a function it does not follow, or under a name the file does not give (os.getenv). Said, where it is refused.
 */
export function trainerWithoutLoader(ctx: RecognizeContext, r: FactReader): FileRecognition | undefined {
  const built = named(r.facts, '@class', ARGUMENTS_CLASS) ?? named(r.facts, '@class', /(^|\.)LoraConfig$/);
  if (!built || loaderPrefix(r.facts) !== undefined) return undefined;
  const at = { file: ctx.file, range: built.keyRange };
  return {
    family: undefined,
    training: {},
    parallel: {},
    references: [],
    findings: [finding('unsupported', 'error', { id: 'python.noLoader', args: { cls: String(built.value) } }, at)],
  };
}

/**
 * A training loop of the script's own over the model it loads: an optimizer built over all of that model's parameters
 * (`optimizer = AdamW(model.parameters(), lr=2e-5)`, then `loss.backward()` and `optimizer.step()` in its loop), which trains
 * every weight, or DeepSpeed's engine made over it (`deepspeed.initialize(model=model, …)`). The optimizer's or the engine's
 * call. (One over a part of them, `filter(lambda p: p.requires_grad, …)`, is not one; nor a model the script gives layers of its
 * own classes named as adapters, `class LoRALayer(nn.Module)`, or wraps by a PEFT function of its own, whose share it does not
 * show.)
 */
function ownLoop(facts: readonly Fact[], within: readonly (string | number)[] | undefined): Fact | undefined {
  // (A wrapper of the script's own over the model it loads, loaderPrefix's: the wrapper's parameters, the model's with it.)
  const loader = within && ownWrapper(facts, within) ? within.slice(0, 1) : within;
  if (loader?.length !== 1 || facts.some((f) => f.path[0] === '@defines' && /lora|adapter/i.test(String(f.path[1])))) return undefined;
  // (Nor one whose model a function of the script's own wraps with a method the run chooses, `model = get_peft_model_instance(
  // args.method, model, …)`: its parameters are that method's.)
  // (PEFT's own get_peft_model and its kin are read as such.)
  const own = (call: string) => /peft|lora|adapter/i.test(call) && !/(^|\.)(get_peft_model|prepare_model_for_kbit_training|from_pretrained)$/.test(call);
  if (facts.some((f) => f.path.length === 2 && f.path[0] === loader[0] && f.path[1] === '@call' && own(String(f.value)))) return undefined;
  const params = `${String(loader[0])}.parameters`;
  // (A model class of the script's own over the pretrained one, extract/python.ts OWN_MODEL, and an optimizer the script builds:
  // its loop, whatever parameter groups it gives it.)
  const owned = facts.some((f) => key(f) === [...loader, '@kw', OWN_MODEL].join('.'));
  const optimizer = (f: Fact) =>
    (f.path[f.path.length - 1] === '@call' || f.path[f.path.length - 1] === '@class') && typeof f.value === 'string' && OPTIMIZER.test(f.value);
  if (owned) return facts.find(optimizer);
  return (
    // (Given them by keyword, `torch.optim.Adam(params=model.parameters(), lr=…)`, read as a class's keywords: its "params".)
    facts.find(
      (f) =>
        optimizer(f) &&
        [['@args', 0], ['@kw', 'params'], ['params']].some(
          (at) =>
            facts.some((g) => key(g) === [...f.path.slice(0, -1), ...at, '@call'].join('.') && g.value === params) ||
            // (Or a list of them, `AdamW(list(model.parameters()), lr=…)`.)
            (facts.some((g) => key(g) === [...f.path.slice(0, -1), ...at, '@call'].join('.') && g.value === 'list') &&
              facts.some((g) => key(g) === [...f.path.slice(0, -1), ...at, '@args', 0, '@call'].join('.') && g.value === params)) ||
            splitGroups(facts, [...f.path.slice(0, -1), ...at], params),
        ),
    ) ??
    // (Or DeepSpeed's engine made over the model it loads, `deepspeed.initialize(args=args, model=model, …)`, which builds the
    // optimizer its config names over the model's parameters, then `model_engine.backward(loss)` and `.step()`.)
    facts.find(
      (f) =>
        f.path[f.path.length - 1] === '@call' &&
        f.value === 'deepspeed.initialize' &&
        facts.some((g) => key(g) === [...f.path.slice(0, -1), '@kw', 'model', '@call'].join('.') && typeof g.value === 'string' && LOADER.test(g.value)),
    )
  );
}

/**
 * An optimizer's parameter groups that are all of a model's parameters, split for weight decay (extract/python.ts decaySplit):
 * `[{"params": [p for n, p in model.named_parameters() if not any(nd in n for nd in no_decay)], "weight_decay": 0.01}, {"params":
 * [… if any(…)], "weight_decay": 0.0}]`. Each group the model's, and both sides of the split among them.
 */
function splitGroups(facts: readonly Fact[], at: readonly (string | number)[], params: string): boolean {
  const prefix = `${at.join('.')}.`;
  const groups = new Map<string, Fact[]>();
  for (const f of facts) {
    const k = key(f);
    if (!k.startsWith(prefix)) continue;
    const rest = k.slice(prefix.length).split('.');
    if (!/^\d+$/.test(rest[0]!) || rest[1] !== 'params') continue;
    groups.set(rest[0]!, [...(groups.get(rest[0]!) ?? []), f]);
  }
  const sides = new Set<unknown>();
  for (const group of groups.values()) {
    if (!group.some((f) => f.path[f.path.length - 1] === '@call' && f.path.length === at.length + 3 && f.value === params)) return false;
    sides.add(group.find((f) => f.path[f.path.length - 1] === '@decay')?.value);
  }
  // (Or the one group of them all, `[{"params": model.parameters(), "lr": 2e-5}]`.)
  return (sides.has(true) && sides.has(false)) || (groups.size === 1 && sides.has(undefined));
}

/**
 * sentence-transformers' fit over the model the script loads (`model = SentenceTransformer("all-MiniLM-L6-v2")`, then
 * `model.fit(train_objectives=[(train_dataloader, train_loss)], epochs=…)`, extract/python.ts ["@fitObjectives"]): every weight
 * trained, by the trainer fit runs (SentenceTransformerTrainer, the Hugging Face Trainer's), on its DataLoader's batches.
 */
function fitsObjectives(facts: readonly Fact[], loader: readonly (string | number)[] | undefined): Fact | undefined {
  return loader?.length === 1 ? facts.find((f) => f.path[0] === '@fitObjectives' && f.value === loader[0]) : undefined;
}

/** The batch a script's own loop trains on: its training DataLoader's batch_size (the loader named for training, else the first). */
function loopBatch(facts: readonly Fact[]): Fact | undefined {
  const loaders = facts.filter((f) => f.path.length === 2 && f.path[1] === '@call' && typeof f.value === 'string' && DATA_LOADER.test(f.value));
  const train = loaders.find((f) => /train/i.test(String(f.path[0]))) ?? loaders.find((f) => !/test|val|eval|dev/i.test(String(f.path[0])));
  return train && facts.find((f) => key(f) === `${String(train.path[0])}.@kw.batch_size` && typeof f.value === 'number');
}

/**
 * TRL's trainers (its module's names) that take TRL's config classes among ARGUMENTS_CLASS: not its reinforcement-learning
 * PPOTrainer, PPOv2Trainer and RLOOTrainer, whose PPOConfig and RLOOConfig are no trainer arguments there.
 */
const TRL_CONFIG_TRAINER = /(^|\.)(SFT|DPO|ORPO|KTO|CPO|GRPO|Reward|GKD|PRM|Online[A-Z]\w*|XPO|Nash[A-Z]\w*|BCO)Trainer$/;

/**
 * A trainer given a model the script loads by a name it writes (TRL's `PPOTrainer(config=PPOConfig(…), model=model, …)` after
 * `model = AutoModelForCausalLMWithValueHead.from_pretrained("distilgpt2")`; the stock run_qa.py's `QuestionAnsweringTrainer(model=
 * model, …)`, its TrainingArguments parsed from the command line that names the model): a training script.
 */
function trainerGivenLoaded(facts: readonly Fact[]): boolean {
  return facts.some((f) => {
    if (f.path[f.path.length - 1] !== '@class' || typeof f.value !== 'string' || !TRAINER.test(f.value)) return false;
    // (Not TRL's supervised and preference trainers, whose scripts' TrlParser dataclasses a launch's reading knows better.)
    if (TRL_CONFIG_TRAINER.test(f.value)) return false;
    const model = [...f.path.slice(0, -1), 'model'];
    const named = facts.some((g) => key(g) === [...model, '@args', 0].join('.') && typeof g.value === 'string');
    return (
      named && facts.some((g) => key(g) === [...model, '@call'].join('.') && typeof g.value === 'string' && LOADER.test(g.value) && !NOT_A_MODEL.test(g.value))
    );
  });
}

export function isPythonTrainer(r: FactReader): boolean {
  // A model loaded and trained: by a trainer's arguments, or given an adapter (a module that builds the model for a trainer
  // elsewhere: Unsloth's get_model() with FastLanguageModel.get_peft_model); or a trainer given the model by name, which loads
  // it and trains with its config class's defaults (TRL's quickstart, `SFTTrainer(model="Qwen/Qwen3-0.6B", train_dataset=…)`); or
  // a loop of the script's own, an optimizer over the model's parameters.
  const loader = loaderPrefix(r.facts);
  return (
    loader !== undefined &&
    (named(r.facts, '@class', ARGUMENTS_CLASS) !== undefined ||
      named(r.facts, '@call', /(^|\.)get_peft_model$/) !== undefined ||
      named(r.facts, '@class', /(^|\.)LoraConfig$/) !== undefined ||
      r.facts.some((f) => key(f) === [...loader, '@class'].join('.') && typeof f.value === 'string' && TRAINER.test(f.value)) ||
      trainerGivenLoaded(r.facts) ||
      ownLoop(r.facts, loader) !== undefined ||
      fitsObjectives(r.facts, loader) !== undefined ||
      // (Or a loader that is a fine-tuning run of its own, LlamaIndex's SentenceTransformersFinetuneEngine.)
      r.facts.some((f) => key(f) === [...loader, '@call'].join('.') && typeof f.value === 'string' && FINETUNE_ENGINE.test(f.value)))
  );
}

/** The calls that say whether the GPU runs bf16 (or is there at all): true on every GPU this version models. */
const BF16_CHECK = /^(torch\.cuda\.(is_bf16_supported|is_available)|(unsloth\.)?is_bfloat16_supported)$/;

/** The call that says whether there is a GPU at all: true on every GPU this version models. */
const CUDA_CHECK = /^torch\.cuda\.is_available$/;

/** A loading call that fine-tunes what it loads, whole: LlamaIndex's SentenceTransformersFinetuneEngine (its finetune()). */
const FINETUNE_ENGINE = /(^|\.)SentenceTransformersFinetuneEngine$/;

/**
 * A Python trainer that a launch script writes out by a heredoc (`cat > train.py <<'EOF'`, extract/shell.ts: its facts under
 * ["@heredoc", name]) and runs: the script's facts, and the launch's (its process counts, its accelerate config).
 */
export function heredocTrainer(facts: readonly Fact[]): { script: Fact[]; launch: Fact[] } | undefined {
  const written = facts.filter((f) => f.path[0] === '@heredoc');
  if (written.length === 0) return undefined;
  const launch = facts.filter((f) => f.path[0] !== '@heredoc');
  for (const target of new Set(written.map((f) => String(f.path[1])))) {
    const script = factsUnder(written, ['@heredoc', target]);
    const runs = launch.some((f) => typeof f.value === 'string' && (f.value === target || f.value.endsWith(`/${target}`)));
    if (runs && isPythonTrainer(new FactReader(script))) return { script, launch };
  }
  return undefined;
}

/** A Python training script; `launch`: the facts of the launch line that runs it (a script it is written out by). */
export function recognizePythonTrainer(ctx: RecognizeContext, launch: readonly Fact[] = []): FileRecognition {
  const facts = ctx.facts;
  const flags: Fact[] = [];
  // (A value the script computes, max_steps = len(dataset) // batch, is one only the run knows: said, and read as not set. A None
  // written is not set, said by the reading that gives its meaning: max_length=None, no truncation.)
  const computed = (f: Fact) => f.unknown === true || facts.some((g) => key(g) === `${key(f)}.@call`);
  // (Save bf16 = torch.cuda.is_bf16_supported(), Unsloth's is_bfloat16_supported(), torch.cuda.is_available(): true on every GPU
  // this version models (Ampere and later, AMD's MI300s), read so and said. So is fp16 = torch.cuda.is_available().)
  const capabilities: Finding[] = [];
  const capability = (name: string, f: Fact): Fact['value'] => {
    if ((name !== 'bf16' && name !== 'fp16') || f.value !== null) return f.value;
    const call = facts.find((g) => key(g) === `${key(f)}.@call`)?.value;
    if (typeof call !== 'string' || !(name === 'bf16' ? BF16_CHECK : CUDA_CHECK).test(call)) return f.value;
    if (!capabilities.some((c) => c.ranges[0]?.range.start === f.valueRange.start))
      capabilities.push(finding('assumed', 'info', { id: 'python.bf16Supported', args: { key: name, call } }, { file: f.file, range: f.valueRange }));
    return true;
  };
  const flag = (name: string, f: Fact, value: Fact['value'] = capability(name, f)) => {
    const { unknown: _, ...known } = f;
    flags.push({ ...known, path: [`--${name}`], value, ...(value === null && computed(f) ? { unknown: true as const } : {}) });
  };
  const classOf = (re: RegExp) => named(facts, '@class', re);
  const callOf = (re: RegExp) => named(facts, '@call', re);

  // The model: the loader's first argument or its model_name / pretrained_model_name_or_path, and what it loads with.
  const loader = loaderPrefix(facts)!;
  // (That call's own keywords: the facts after it under its name, up to the next value given that name; a model loaded
  // again after training, for a test, is another call.)
  // (The loading call among the name's values: `self.model, self.tokenizer = self.get_model_and_tokenizer()` before it is another.)
  const calls = facts.flatMap((f, k) => (key(f) === [...loader, '@call'].join('.') ? [k] : []));
  const first = calls.find((k) => typeof facts[k]!.value === 'string' && LOADER.test(String(facts[k]!.value))) ?? calls[0] ?? -1;
  const own = first < 0 ? facts : facts.slice(0, callEnd(facts, loader, first));
  const at = (...rest: (string | number)[]) => own.find((f) => key(f) === [...loader, ...rest].join('.'));
  // (LLaVA's load_pretrained_model takes the path as model_path, and its model_name is a name it matches on, not a model.)
  const ids = [
    at('@args', 0),
    at('@kw', 'pretrained_model_name_or_path'),
    at('@kw', 'model_path'),
    at('@kw', 'model_name'),
    at('@kw', 'model_id'),
    at('model'),
  ];
  // (A name the script computes, from_pretrained(args.model), is said unknown there.)
  const id = ids.find((f) => typeof f?.value === 'string') ?? ids.find((f) => f?.value === null);
  if (id) flag('model_name_or_path', id);
  for (const k of ['load_in_4bit', 'load_in_8bit', 'max_seq_length']) {
    const f = at('@kw', k);
    if (f && f.value !== null) flag(k, f);
  }
  // (LLaVA's load_pretrained_model(…, load_4bit=True, load_8bit=…): bitsandbytes' 4 or 8 bits, as load_in_4bit.)
  for (const k of ['load_4bit', 'load_8bit']) {
    const f = at('@kw', k);
    if (f && f.value !== null && !at('@kw', k.replace('load_', 'load_in_'))) flag(k.replace('load_', 'load_in_'), f);
  }
  // The dtype the weights load in (torch_dtype=torch.bfloat16; dtype= in transformers 5), as a launch's --torch_dtype.
  const dtype = [at('@kw', 'torch_dtype'), at('@kw', 'dtype')].find((f) => typeof f?.value === 'string');
  if (dtype) flag('torch_dtype', dtype);

  // A file of arguments its HfArgumentParser reads (Firefly's train_args/*.json, extract/python.ts ["@argsFile", key]): each
  // key a flag, as on a launch line; the arguments the script writes after them.
  for (const f of facts) if (f.path[0] === '@argsFile' && f.path.length === 2) flag(String(f.path[1]), f);

  // The trainer's arguments, each key a flag (none where the script only builds the model).
  const args = classOf(ARGUMENTS_CLASS);
  const prefix = args?.path.slice(0, -1);
  if (prefix)
    for (const f of facts)
      if (under(f, prefix) && f.path.length === prefix.length + 1 && f.path[prefix.length] !== '@class') flag(String(f.path[prefix.length]), f);

  // A loop of the script's own (no trainer's arguments): its optimizer's class, and the batch its training DataLoader gives.
  const loop = prefix ? undefined : ownLoop(facts, loader);
  // (DeepSpeed's engine takes its optimizer from its config, which the launch's --deepspeed_config names: none flagged here.)
  if (loop && loop.value !== 'deepspeed.initialize') flag('optim', loop);
  // (And sentence-transformers' fit: the batch its DataLoader gives too.)
  if (loop || (!prefix && fitsObjectives(facts, loader))) {
    const batch = loopBatch(facts);
    if (batch) flag('per_device_train_batch_size', batch);
  }

  // The script's other dataclasses (HfArgumentParser's DataArguments): a sequence length among their fields, as the flag it is.
  if (!prefix || prefix[0] === '@dataclass')
    for (const f of facts)
      if (
        f.path[0] === '@dataclass' &&
        f.path.length === 3 &&
        SEQ_FIELDS.has(String(f.path[2])) &&
        typeof f.value === 'number' &&
        !flags.some((x) => x.path[0] === '--max_seq_length')
      )
        flag(String(f.path[2]), f);
  // A module constant the script truncates its samples to (`MAX_LENGTH = 1024`, MAX_SEQ_LENGTH, CUTOFF_LEN), where nothing the
  // trainer is given states a length: the sequence.
  const seqSet = () => flags.some((x) => SEQ_FIELDS.has(String(x.path[0]).replace(/^--/, '')) && x.value !== null);
  // (Not a speech model's, whose MAX_INPUT_LENGTH counts audio samples: `30.0 * 16000` for Whisper.)
  const speech = SPEECH_MODEL.test(String(at('@call')?.value ?? ''));
  const constant = facts.find(
    (f) =>
      f.path.length === 1 && SEQ_CONSTANT.test(String(f.path[0])) && typeof f.value === 'number' && f.value > 0 && !(speech && /INPUT/.test(String(f.path[0]))),
  );
  if (constant && !seqSet()) flag('max_seq_length', constant);
  // Else the length its tokenizer call truncates or pads each sample to (`tokenizer(text, truncation=True, max_length=256)`).
  const tokenized = facts.find((f) => f.path[0] === '@tokenizerMaxLength' && typeof f.value === 'number');
  if (tokenized && !seqSet()) flag('max_seq_length', tokenized);
  // The script's own LigerFusedLinearCrossEntropyLoss: Liger's loss (no logits of the whole batch), as --use_liger_kernel gives.
  const ligerLoss = facts.find((f) => f.path[0] === '@ligerFusedLinearLoss');
  if (ligerLoss && !flags.some((f) => f.path[0] === '--use_liger_kernel')) flag('use_liger_kernel', ligerLoss, true);
  // model.gradient_checkpointing_enable(): checkpointing, where the trainer's arguments leave it unset.
  const enable = facts.find((f) => f.path[0] === '@gradientCheckpointingEnable');
  if (enable && !flags.some((f) => f.path[0] === '--gradient_checkpointing')) flag('gradient_checkpointing', enable, true);

  // The trainer (SFTTrainer(...), DPOTrainer(model, ...)) and its own keywords: TRL's max_seq_length before SFTConfig took it.
  const trainer = classOf(TRAINER) ?? callOf(TRAINER);
  if (trainer) {
    const kw = trainer.path[trainer.path.length - 1] === '@class' ? trainer.path.slice(0, -1) : [...trainer.path.slice(0, -1), '@kw'];
    const len = facts.find((f) => key(f) === [...kw, 'max_seq_length'].join('.'));
    if (len) flag('max_seq_length', len);
  }

  // 4-bit loading by BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_use_double_quant=True): one the loader is given
  // (quantization_config=bnb_config), or one built beside a loader this script does not show it to (a function's). One built
  // and left out of the loader the script shows (`# quantization_config=bnb_config,`) loads nothing quantized.
  const built = classOf(/(^|\.)BitsAndBytesConfig$/);
  const passed = first >= 0 && facts.some((f) => key(f).startsWith([...loader, '@kw', 'quantization_config'].join('.')));
  const bnb = built && (passed || first < 0 || under(built, [...loader, '@kw'])) ? built : undefined;
  // (Or written to the loader as a dict, `quantization_config={"load_in_4bit": True, …}`, which transformers takes as one.)
  const written = !bnb && first >= 0 ? [...loader, '@kw', 'quantization_config'] : undefined;
  const asDict = written && facts.some((f) => key(f) === [...written, 'load_in_4bit'].join('.') || key(f) === [...written, 'load_in_8bit'].join('.'));
  if (bnb || asDict) {
    const p = bnb ? bnb.path.slice(0, -1) : written!;
    for (const f of facts.filter((x) => under(x, p) && x.path.length === p.length + 1)) {
      const k = String(f.path[p.length]);
      if (k === 'load_in_4bit' || k === 'load_in_8bit') flag(k, f);
      if (k === 'bnb_4bit_use_double_quant') flag('use_bnb_nested_quant', f);
      // The dtype the quantized layers compute in: the run's GEMM precision where the trainer's arguments leave it unset.
      if (k === 'bnb_4bit_compute_dtype' && typeof f.value === 'string' && !dtype) flag('torch_dtype', f);
    }
  }

  // LoRA: PEFT's LoraConfig(...), or Unsloth's get_peft_model(model, r=…, target_modules=…, …) (and its checkpointing).
  const lora = classOf(/(^|\.)LoraConfig$/);
  const peftCall = callOf(/(^|\.)get_peft_model$/);
  // (Another of PEFT's methods, `PromptTuningConfig(num_virtual_tokens=8)`, IA3Config(…): read below as its adapter_config.json
  // would be, never as a LoRA with PEFT's defaults.)
  const other = lora ? undefined : classOf(OTHER_PEFT);
  const loraPrefix = lora ? lora.path.slice(0, -1) : peftCall && !other ? [...peftCall.path.slice(0, -1), '@kw'] : undefined;
  // Unsloth's get_peft_model(…, max_seq_length=2048): the length it patches the trainer to, where nothing else states one.
  // (That call's own keyword, as the loader's: a model loaded again after training is another call.)
  const peftPrefix = peftCall?.path.slice(0, -1);
  const peftAt = peftCall ? facts.indexOf(peftCall) : -1;
  const peftLength = peftPrefix
    ? facts.slice(peftAt, callEnd(facts, peftPrefix, peftAt)).find((f) => key(f) === [...peftPrefix, '@kw', 'max_seq_length'].join('.'))
    : undefined;
  if (peftLength && typeof peftLength.value === 'number' && !seqSet()) flag('max_seq_length', peftLength);
  const LORA_KEYS: Readonly<Record<string, string>> = {
    r: 'lora_r',
    lora_alpha: 'lora_alpha',
    target_modules: 'lora_target_modules',
    lora_dropout: 'lora_dropout',
    use_dora: 'use_dora',
    target_parameters: 'lora_target_parameters',
    modules_to_save: 'modules_to_save',
    ensure_weight_tying: 'ensure_weight_tying',
    layers_to_transform: 'lora_layers_to_transform',
    task_type: 'lora_task_type',
  };
  let offload: Fact | undefined;
  if (loraPrefix) {
    const own = facts.filter((f) => under(f, loraPrefix) && f.path.length === loraPrefix.length + 1);
    for (const f of own) {
      const k = String(f.path[loraPrefix.length]);
      // (A task type the script computes is none of the classifier's: not said.)
      if (LORA_KEYS[k] && (k !== 'task_type' || typeof f.value === 'string')) flag(LORA_KEYS[k], f);
      if (k === 'use_gradient_checkpointing' && (f.value === true || f.value === 'unsloth')) {
        flag('gradient_checkpointing', f, true);
        if (f.value === 'unsloth') offload = f;
      }
    }
    const switchOn = lora ?? peftCall!;
    flag('use_peft', switchOn, true);
    // Unsloth's get_peft_model without target_modules: FastLanguageModel's default, the seven projections; FastModel's and
    // FastVisionModel's, the attention's and the MLP's as finetune_attention_modules / finetune_mlp_modules say (both true
    // unless set).
    if (!lora && /^Fast\w*Model\.get_peft_model$/.test(String(peftCall!.value)) && !own.some((f) => String(f.path[loraPrefix.length]) === 'target_modules')) {
      const part = (k: string) => own.find((f) => String(f.path[loraPrefix.length]) === k)?.value !== false;
      const language = /^FastLanguageModel\./.test(String(peftCall!.value));
      const names = [
        ...(language || part('finetune_attention_modules') ? ['q_proj', 'k_proj', 'v_proj', 'o_proj'] : []),
        ...(language || part('finetune_mlp_modules') ? ['gate_proj', 'up_proj', 'down_proj'] : []),
      ];
      // (Every switch on, the vision layers' too: its get_peft_regex takes every linear of the language model's and the vision
      // tower's attention and MLP, whatever they are named (Qwen-VL's qkv and proj): all-linear.)
      const every = !language && names.length === 7 && part('finetune_vision_layers') && part('finetune_language_layers');
      if (names.length) flag('lora_target_modules', peftCall!, every ? 'all-linear' : names.join(','));
    }
  }

  // An adapter trained on from a checkpoint (PeftModel.from_pretrained(base, path, is_trainable=True): a DPO run continuing the
  // SFT's LoRA): the adapter is what trains; its shapes are in path/adapter_config.json, read where it is here.
  const loaded = callOf(/(^|\.)PeftModel\.from_pretrained$/);
  const loadedPrefix = loaded ? loaded.path.slice(0, -1) : undefined;
  const trainable = loadedPrefix ? facts.find((f) => key(f) === [...loadedPrefix, '@kw', 'is_trainable'].join('.')) : undefined;
  const resumed = !loraPrefix && trainable?.value === true ? loaded : undefined;
  const adapterPath = resumed ? facts.find((f) => key(f) === [...loadedPrefix!, '@args', 1].join('.')) : undefined;
  if (resumed) flag('use_peft', trainable!, true);

  // PEFT's prepare_model_for_kbit_training(model) turns gradient checkpointing on (use_gradient_checkpointing=True by default)
  // where the trainer's arguments leave it unset.
  // (Only on a model loaded in 4 or 8 bits: PEFT's `loaded_in_kbit and use_gradient_checkpointing`.)
  const kbit = callOf(/(^|\.)prepare_model_for_kbit_training$/);
  const kbitLoaded = flags.some((f) => /^--load_in_(4|8)bit$/.test(String(f.path[0])) && f.value === true);
  // (On a model loaded in 16 bits it casts every fp16 / bf16 parameter to fp32, the frozen base with them: autocast over fp32.)
  if (kbit && !kbitLoaded) flag('peft_fp32_upcast', kbit, true);
  if (kbit && kbitLoaded && !flags.some((f) => f.path[0] === '--gradient_checkpointing')) {
    const p = kbit.path.slice(0, -1);
    const set = facts.find((f) => key(f) === [...p, '@kw', 'use_gradient_checkpointing'].join('.'));
    flag('gradient_checkpointing', set ?? kbit, set ? set.value : true);
  }
  // The adapter's targets found by QLoRA's find_all_linear_names(model) (qlora.py's, copied into many scripts: every Linear of
  // the model, or bitsandbytes' Linear4bit / Linear8bitLt, but lm_head): all-linear, where the script names none itself.
  const allLinear = facts.find((f) => f.path[0] === '@allLinearNames');
  const targetsAt = flags.findIndex((f) => f.path[0] === '--lora_target_modules');
  const adapted = flags.some((f) => f.path[0] === '--use_peft' || f.path[0] === '--lora_r');
  if (allLinear && adapted && (targetsAt < 0 || flags[targetsAt]!.value === null)) {
    if (targetsAt >= 0) flags.splice(targetsAt, 1);
    flag('lora_target_modules', allLinear, 'all-linear');
  }

  // TRL's SFTConfig and RewardConfig take their defaults (max_length 1024, gradient checkpointing on: trl/trainer/reward_config.py
  // too) as a `trl sft` launch does; the other classes
  // TrainingArguments' (no checkpointing unless set).
  // (The script's own values after the launch line's: the last of a key is read.)
  // GRPOConfig: TRL's GRPO lengths (max_prompt_length 512, max_completion_length 256) where the script sets neither.
  // (A TRL trainer given no arguments of its own, `SFTTrainer(model="Qwen/Qwen3-0.6B", train_dataset=…)`: the config class it
  // builds then, SFTTrainer's SFTConfig, GRPOTrainer's GRPOConfig, with its defaults.)
  const trainerClass = String(trainer?.value ?? '');
  const argsAt = trainer ? [...trainer.path.slice(0, -1), ...(trainer.path.at(-1) === '@class' ? [] : ['@kw']), 'args'].join('.') : undefined;
  const argsGiven = argsAt !== undefined && facts.some((f) => key(f) === argsAt || key(f).startsWith(`${argsAt}.`));
  const implied = !args && trainer && !argsGiven ? /(^|\.)(SFT|Reward|GKD|GRPO)Trainer$/.exec(trainerClass)?.[2]?.concat('Config') : undefined;
  const argsClass = String(args?.value ?? implied);
  const grpo = /(^|\.)(Async)?GRPOConfig$/.test(argsClass);
  // The adapter's class decides what the script leaves out: PEFT's LoraConfig r 8, lora_alpha 8, lora_dropout 0 (peft/tuners/lora/
  // config.py); Unsloth's get_peft_model r 16, lora_alpha 16, lora_dropout 0 (its signature).
  // (An adapter loaded to train on, its adapter_config.json not read: PEFT's LoraConfig defaults, said.)
  const adapterDefaults = lora
    ? { cls: String(lora.value), r: 8, alpha: 8, dropout: 0 }
    : resumed
      ? { cls: 'PEFT LoraConfig', r: 8, alpha: 8, dropout: 0 }
      : peftCall && /^Fast\w*Model\.get_peft_model$/.test(String(peftCall.value))
        ? { cls: String(peftCall.value), r: 16, alpha: 16, dropout: 0 }
        : undefined;
  // (GKDConfig is SFTConfig's subclass: its defaults.)
  const trlConfig = /(^|\.)(SFTConfig|RewardConfig|GKDConfig)$/.exec(argsClass)?.[2];
  const rec = recognizeLauncher({ file: ctx.file, facts: [...launch, ...flags] }, trlConfig ? 'trl' : 'hf', {
    grpoConfig: grpo,
    ...(trlConfig ? { trlConfig } : {}),
    ...(adapterDefaults ? { adapterDefaults } : {}),
  });
  const training = { ...rec.training, ...(offload ? { activationOffload: fromFact(true, offload) } : {}) };
  const otherPeft = other && peftCall ? otherAdapter(ctx.file, facts, other) : undefined;
  if (otherPeft?.adapter) training.adapter = otherPeft.adapter;
  // A full fine-tune that freezes parts of a vision-language model by hand (`for p in model.vision_tower.parameters():
  // p.requires_grad = False`, `model.visual.requires_grad_(False)`): those parts hold no gradient or optimizer state.
  const frozen = training.adapter ? undefined : frozenByHand(facts);
  if (frozen) training.frozenParts = frozen;
  // Unsloth's loaders with dtype None (or unset) pick bfloat16 where the GPU has it (its notebooks: "None for auto detection"),
  // and load 4 bits with double quantization (its BitsAndBytesConfig: bnb_4bit_use_double_quant=True).
  const unsloth = facts.find((f) => key(f) === [...loader, '@call'].join('.') && /^Fast\w*Model\./.test(String(f.value)));
  if (unsloth) {
    const cls = String(unsloth.value);
    const by = (k: string, value: string) => ({ id: 'prov.classDefault', args: { key: k, cls, value } }) as const;
    const dtype = at('@kw', 'dtype');
    if (!training.precision && (dtype === undefined || dtype.value === null))
      training.precision = derived('bf16' as const, by('dtype', 'None: bfloat16 where supported'), fromFact(cls, unsloth));
    if (training.quantization?.value === 'nf4')
      training.quantization = derived('nf4-dq' as const, by('bnb_4bit_use_double_quant', 'True'), training.quantization);
    // Its loaders load 4-bit unless told otherwise (load_in_4bit=True), a full fine-tune or 8 bits aside.
    const bits = at('@kw', 'load_in_4bit') !== undefined || at('@kw', 'load_in_8bit') !== undefined || at('@kw', 'full_finetuning')?.value === true;
    if (!training.quantization && !bits) training.quantization = derived('nf4-dq' as const, by('load_in_4bit', 'True'), fromFact(cls, unsloth));
    // Its patched causal-LM forward takes the loss from the hidden states a chunk at a time (unsloth_zoo's loss_utils:
    // cut cross entropy where installed, unsloth_fused_ce_loss otherwise, UNSLOTH_RETURN_LOGITS unset): no logits of the whole batch.
    training.loss ??= derived('fused-linear' as const, by('UNSLOTH_RETURN_LOGITS', '0: fused linear cross entropy'), fromFact(cls, unsloth));
    // Its get_peft_model checkpoints every layer and keeps the saved inputs on the host unless told otherwise
    // (use_gradient_checkpointing="unsloth" by default).
    const unslothPeft = peftCall && /^Fast\w*Model\.get_peft_model$/.test(String(peftCall.value)) ? peftCall : undefined;
    // Phi-4 loads as Unsloth's own copy, its fused qkv_proj and gate_up_proj split as Llama's (mapper.py: microsoft/phi-4 →
    // unsloth/phi-4): the adapters see q, k, v and gate, up apart.
    if (training.adapter && rec.modelRef && unslothSplits(rec.modelRef.value))
      training.adapter = { ...training.adapter, ownLinears: derived(true, { id: 'prov.unslothPhi4' }, fromFact(cls, unsloth)) };
    const stated = unslothPeft && facts.some((f) => key(f) === [...unslothPeft.path.slice(0, -1), '@kw', 'use_gradient_checkpointing'].join('.'));
    if (unslothPeft && !stated && !training.recompute) {
      const peftCls = String(unslothPeft.value);
      const reason = { id: 'prov.classDefault', args: { key: 'use_gradient_checkpointing', cls: peftCls, value: '"unsloth"' } } as const;
      training.recompute = derived('full' as const, reason, fromFact(peftCls, unslothPeft));
      training.activationOffload ??= derived(true, reason, fromFact(peftCls, unslothPeft));
    }
  }
  const findings = [...rec.findings, ...capabilities, ...(otherPeft?.refused ?? [])];
  // (A full fine-tune that freezes some of the model by hand in a way not read above, `for name, param in
  // model.named_parameters(): if not name.startswith("score"): param.requires_grad = False`: counted as all trained, said.)
  // (The model by the names the script holds it in: each whose value is its loading call, `model` where the Trainer is given
  // `model=model`; a reference model loaded by another call is not it.)
  const loading = facts.find((f) => key(f) === [...loader, '@call'].join('.'));
  // (Or whose value wraps it, `phi_lora_model = ExtendedModel(phi_base_model)`: its loading call among the wrapper's arguments.)
  const held = new Set(
    facts
      .filter((f) => f.path.length >= 2 && f.path.at(-1) === '@call' && loading && f.value === loading.value && f.valueRange.start === loading.valueRange.start)
      .map((f) => String(f.path[0])),
  );
  // (And a model class of the script's own by its name, whose methods freeze what it holds as `self`'s.)
  const ownModel = facts.find((f) => key(f) === [...loader, '@kw', OWN_MODEL].join('.'));
  if (typeof ownModel?.value === 'string') held.add(ownModel.value.split('.').pop()!);
  const unread = training.adapter || frozen ? undefined : facts.find((f) => f.path[0] === '@frozenByHand' && held.has(String(f.path[1])));
  // (Said where it runs in the script: a freeze in the class's own module runs where the script builds the class.)
  const where = unread && ownModel && unread.file !== ownModel.file ? ownModel : unread;
  if (unread && where)
    findings.push(
      finding('assumed', 'warning', { id: 'python.frozenByHand', args: { model: String(unread.path[1]) } }, { file: where.file, range: where.valueRange }),
    );
  // The trainer class: preference training, or an RL trainer said not to be modelled.
  const name = trainer ? String(trainer.value).split('.').pop()! : undefined;
  if (trainer && name && !/^(Trainer|SFTTrainer|Seq2SeqTrainer)$/.test(name)) {
    const where = { file: trainer.file, range: trainer.valueRange };
    const from = fromFact(name, trainer);
    const adapter = training.adapter !== undefined;
    if (name === 'DPOTrainer') {
      const p = preferenceOf(name, adapter ? 'forwardOnly' : 'copy', false, where, from);
      training.preference = p.preference;
      findings.push(p.note);
    } else if (/^(ORPOTrainer|CPOTrainer|RewardTrainer)$/.test(name)) {
      const p = preferenceOf(name, 'none', name === 'RewardTrainer', where, from);
      training.preference = p.preference;
      findings.push(p.note);
    } else if (name === 'KTOTrainer') {
      const p = ktoOf(name, adapter ? 'forwardOnly' : 'copy', where, from);
      training.preference = p.preference;
      findings.push(p.note);
    } else if (name === 'GRPOTrainer' && grpoBeta(facts, prefix) === 0) {
      // (beta 0: TRL loads no reference model; the step is this model's on its own completions, as counted.)
      findings.push(finding('assumed', 'info', { id: 'method.grpoNoReference', args: { stage: name } }, where));
    } else if (/(DPO|PPO|GRPO|RLOO|KTO|ORPO|CPO|BCO|XPO|NashMD|GKD|PRM|Reward|Distill|Online|RL)\w*Trainer$/.test(name) && !training.preference)
      // (Where the launch already counts the pairs, a reward script's own trainer class, DistilRewardTrainer: not said again.)
      findings.push(unmodelledStage(name, where));
    // (A trainer class of the script's own, class ModelTrainer(Trainer): a supervised one, as the Trainer it extends.)
  }
  // (The loaded adapter's config, where the script names its folder: read if it is here, said missing if not.)
  const adapterConfig =
    adapterPath && typeof adapterPath.value === 'string' ? [fromFact(`${adapterPath.value.replace(/\/+$/, '')}/adapter_config.json`, adapterPath)] : [];
  // (The task class the model is loaded as, BertForSequenceClassification with its num_labels: its head, recognize/hf.ts.)
  const call = at('@call');
  // (Or those of the config it is given, `config=AutoConfig.from_pretrained(MODEL_NAME, num_labels=3, …)`.)
  const labels = at('@kw', 'num_labels') ?? at('@kw', 'config', '@kw', 'num_labels');
  // (Or its bare class, BertModel: an encoder's pooler at most.)
  const loadedAs =
    typeof call?.value === 'string' && /\.from_pretrained$/.test(call.value)
      ? call.value
          .replace(/\.from_pretrained$/, '')
          .split('.')
          .pop()!
      : '';
  const taskClass =
    typeof call?.value === 'string' &&
    ([TASK_CLASS, BARE_CLASS].some((re) => re.test(loadedAs)) || [CROSS_ENCODER, SENTENCE_TRANSFORMER].some((re) => re.test(String(call.value))))
      ? { cls: fromFact(call.value, call), ...(typeof labels?.value === 'number' && labels.value > 0 ? { labels: fromFact(labels.value, labels) } : {}) }
      : undefined;
  // (A model class of the script's own over it: what is counted, said.)
  const ownClass = at('@kw', OWN_MODEL);
  const also = at('@kw', OWN_MODEL_ALSO);
  if (ownClass && typeof call?.value === 'string')
    findings.push(
      finding(
        'assumed',
        'warning',
        also
          ? {
              id: 'python.ownModelClassAlso',
              args: { cls: String(ownClass.value), loaded: call.value.replace(/\.from_pretrained$/, ''), also: String(also.value) },
            }
          : { id: 'python.ownModelClass', args: { cls: String(ownClass.value), loaded: call.value.replace(/\.from_pretrained$/, '') } },
        { file: ownClass.file, range: ownClass.keyRange },
      ),
    );
  // (Or a wrapper of the script's own that is given it, `model = SentenceTransformer(encoder)` of the script's model.py: loaderPrefix.)
  const wrapper = ownWrapper(facts, loader);
  if (wrapper && typeof call?.value === 'string')
    findings.push(
      finding(
        'assumed',
        'warning',
        { id: 'python.ownWrapper', args: { cls: String(wrapper.value), loaded: call.value.replace(/\.from_pretrained$/, '') } },
        { file: wrapper.file, range: wrapper.valueRange },
      ),
    );
  // (Or a class of the project's own module loaded by the from_pretrained it inherits, `from prompt_tuning import
  // GPT2PromptTuneModel` then `GPT2PromptTuneModel.from_pretrained("gpt2")`: counted as the published model, what the class
  // adds, replaces or freezes said not to be.)
  const loadedBy = loadedAs && !HF_ARCHITECTURES[loadedAs] && !ownClass && !wrapper ? facts.find((f) => key(f) === `@from.${loadedAs}`) : undefined;
  if (
    loadedBy &&
    typeof call?.value === 'string' &&
    typeof id?.value === 'string' &&
    id.value &&
    ![LOADER_LIBRARY, TRANSFORMERS_COPY].some((re) => re.test(String(loadedBy.value)))
  ) {
    const args = { cls: loadedAs, module: String(loadedBy.value), loaded: id.value };
    findings.push(finding('assumed', 'warning', { id: 'python.projectLoaderClass', args }, { file: call.file, range: call.keyRange }));
  }
  // (Labels the script counts when it runs, num_labels=len(classes): the classifier counted with the config's, said.)
  if (taskClass && labels && !taskClass.labels)
    findings.push(finding('unknown-value', 'info', { id: 'python.labelsComputed', args: {} }, { file: labels.file, range: labels.valueRange }));
  return {
    ...rec,
    // (A loop of the script's own: its trainer is PyTorch's, not the Hugging Face Trainer.)
    ...(loop ? { family: 'pytorch' as const } : {}),
    ...(taskClass ? { taskClass } : {}),
    training,
    findings,
    references: [...rec.references, ...adapterConfig],
  };
}

/**
 * The parts of a vision-language model by the attribute a script reaches them by: Qwen-VL's `visual` holds its merger, the
 * others' towers leave the projector beside them (LLaVA's and PaliGemma's multi_modal_projector, MiniCPM-V's resampler).
 */
const MODEL_PARTS: readonly (readonly [RegExp, readonly ('projector' | 'vision' | 'language')[]])[] = [
  [/(^|\.)(multi_modal_projector|mm_projector|merger|projector|aligner|connector|resampler|mlp1)$/, ['projector']],
  [/(^|\.)visual$/, ['vision', 'projector']],
  [/(^|\.)(vision_tower|vision_model|vpm|vision_encoder|image_encoder)$/, ['vision']],
  [/(^|\.)(language_model|llm|text_model)$/, ['language']],
];

/**
 * The parts a script freezes by hand (extract/python.ts ["@requiresGrad", part]), the last it writes for each: where one is
 * frozen, the others train. Undefined where it freezes none of them.
 */
function frozenByHand(facts: readonly Fact[]): TrainingSpec['frozenParts'] {
  const parts = { language: false, vision: false, projector: false };
  let first: Fact | undefined;
  for (const f of facts) {
    if (f.path[0] !== '@requiresGrad' || typeof f.value !== 'boolean') continue;
    const named = MODEL_PARTS.find(([re]) => re.test(String(f.path[1])))?.[1];
    if (!named) continue;
    for (const part of named) parts[part] = !f.value;
    if (!f.value) first ??= f;
  }
  return first && (parts.language || parts.vision || parts.projector) ? fromFact(parts, first) : undefined;
}

/** The beta a script's GRPOConfig(...) writes (its KL coefficient), where it writes a number. */
function grpoBeta(facts: readonly Fact[], prefix: readonly (string | number)[] | undefined): number | undefined {
  if (!prefix) return undefined;
  const f = facts.find((x) => x.path.length === prefix.length + 1 && prefix.every((p, i) => x.path[i] === p) && x.path[prefix.length] === 'beta');
  return typeof f?.value === 'number' ? f.value : undefined;
}

/**
 * A model Unsloth loads as its own Llama- or Mistral-style copy, its fused linears split: Phi-4 14B (unsloth/phi-4), Phi-3 mini
 * and medium 4k (unsloth/Phi-3-mini-4k-instruct and its 4-bit upload: MistralForCausalLM in their config.json) and Phi-3.5 mini
 * (unsloth/Phi-3.5-mini-instruct: LlamaForCausalLM); Microsoft's ids map to them (Unsloth's mapper.py).
 */
export function unslothSplits(model: string): boolean {
  return /(^|\/)(phi-4|phi-3-(mini|medium)-4k-instruct(-v0)?|phi-3\.5-mini-instruct)(-bnb-4bit|-unsloth-bnb-4bit)?$/i.test(model.replace(/\/+$/, ''));
}

/** PEFT's config classes of methods other than LoRA, by the peft_type each saves in its adapter_config.json. */
const OTHER_PEFT_TYPES: Readonly<Record<string, string>> = {
  PromptTuningConfig: 'PROMPT_TUNING',
  PrefixTuningConfig: 'PREFIX_TUNING',
  PromptEncoderConfig: 'P_TUNING',
  IA3Config: 'IA3',
  LoHaConfig: 'LOHA',
  LoKrConfig: 'LOKR',
  AdaLoraConfig: 'ADALORA',
  VeraConfig: 'VERA',
  OFTConfig: 'OFT',
  BOFTConfig: 'BOFT',
  LNTuningConfig: 'LN_TUNING',
  FourierFTConfig: 'FOURIERFT',
};
const OTHER_PEFT = new RegExp(`(^|\\.)(${Object.keys(OTHER_PEFT_TYPES).join('|')})$`);

/**
 * The adapter of a PEFT config class other than LoraConfig that the script builds (`PromptTuningConfig(task_type=…,
 * num_virtual_tokens=8)`): its keywords read as the adapter_config.json PEFT saves for it, with that class's peft_type
 * (recognize/peft.ts); a method that reading does not model, refused there, is said so.
 */
function otherAdapter(file: string, facts: readonly Fact[], cls: Fact): { adapter?: TrainingSpec['adapter']; refused: FileRecognition['findings'] } {
  const prefix = cls.path.slice(0, -1);
  const name = String(cls.value).split('.').pop()!;
  const own = factsUnder(facts, prefix).filter((f) => f.path[0] !== '@class');
  const type: Fact = { ...cls, path: ['peft_type'], value: OTHER_PEFT_TYPES[name]! };
  const rec = recognizePeft({ file, facts: [type, ...own] });
  return rec.training.adapter ? { adapter: rec.training.adapter, refused: [] } : { refused: rec.findings.filter((f) => f.severity === 'error') };
}
