/**
 * torchtune YAML recipes (`tune run lora_finetune_single_device --config ...`): the model is the
 * builder `model._component_` (torchtune.models.llama3_1.lora_llama3_1_8b → Llama 3.1 8B from the
 * catalogue; `qlora_` builders quantize the base to NF4 with quantized scalers, torchao's NF4Tensor);
 * the adapter `lora_rank`, `lora_alpha`, `lora_attn_modules` (q_proj, k_proj, v_proj, output_proj),
 * `apply_lora_to_mlp`, `apply_lora_to_output`; `batch_size` × `gradient_accumulation_steps`;
 * `tokenizer.max_seq_len` (or a dataset builder's own `dataset.max_seq_len`); `dtype` (torchtune trains in that dtype: no fp32 master copy);
 * `enable_activation_checkpointing`; `enable_activation_offloading`; `compile`; `fsdp_cpu_offload`; the optimizer's `_component_`.
 */
import type { AdapterTarget } from '../spec';
import type { Fact } from '../types';
import { derived, finding, fromFact } from '../types';
import { adapterOf, as, namesOf, rolesOf } from './adapter';
import {
  attributedTo,
  classDefault,
  defined,
  emptyRecognition,
  FactReader,
  mapped,
  optimizerOf,
  precisionOf,
  type FileRecognition,
  type ParallelPart,
  type RecognizeContext,
  type TrainingPart,
} from './common';
import { overridesAtKeys } from './reader';
import { dataParallelDefaults, type Trainer } from './trainer';
import { preferenceOf } from './preference';
import { launchCounts } from './launch';

export function isTorchtune(r: FactReader): boolean {
  return /^torchtune\.models\./.test(String(r.present('model._component_')?.value ?? '')) || legacyTorchtune(r.facts);
}

/** A builder's name as torchtune's first configs wrote it bare (`model: llama2_7b`, `lora_llama2_7b`). */
const BARE_BUILDER = /^(q?lora_)?(llama\d|code_llama\d|mistral|gemma|phi\d|qwen\d)(_\d)?_\d+(_\d+)?[bm]\w*$/;

/**
 * torchtune's configs before `_component_` (its first releases, early 2024): `model: {_target_: torchtune.models.llama2_7b}`,
 * or the builder's bare name (`model: llama2_7b` with `tokenizer: llama2_tokenizer` or a `model_checkpoint`).
 */
function legacyTorchtune(facts: readonly Fact[]): boolean {
  const at = (path: string) => facts.find((f) => f.path.join('.') === path);
  if (/^torchtune\.models\./.test(String(at('model._target_')?.value ?? ''))) return true;
  const model = at('model')?.value;
  const tokenizer = at('tokenizer')?.value;
  return (
    typeof model === 'string' && BARE_BUILDER.test(model) && ((typeof tokenizer === 'string' && /_tokenizer$/.test(tokenizer)) || !!at('model_checkpoint'))
  );
}

/**
 * The facts of a config in torchtune's first form as the current one writes them: `_target_` as `_component_`, a bare builder
 * (`model: llama2_7b`) as torchtune.models' own, a bare optimizer and loss (`optimizer: SGD`, `loss: CrossEntropyLoss`) as
 * torch's classes, `activation_checkpointing` as `enable_activation_checkpointing`; each at the place the file writes it.
 */
function currentForm(facts: readonly Fact[]): Fact[] {
  return facts.map((f) => {
    const key = f.path.join('.');
    if (f.path[f.path.length - 1] === '_target_') return { ...f, path: [...f.path.slice(0, -1), '_component_'] };
    if (typeof f.value !== 'string') return key === 'activation_checkpointing' ? { ...f, path: ['enable_activation_checkpointing'] } : f;
    if (key === 'model' && BARE_BUILDER.test(f.value)) return { ...f, path: ['model', '_component_'], value: `torchtune.models.${f.value}` };
    if (key === 'optimizer' && /^\w+$/.test(f.value)) return { ...f, path: ['optimizer', '_component_'], value: `torch.optim.${f.value}` };
    if (key === 'loss' && /^\w+$/.test(f.value)) return { ...f, path: ['loss', '_component_'], value: `torch.nn.${f.value}` };
    return f;
  });
}

/** A builder's model name as the catalogue knows it: lora_llama3_1_8b → llama3.1-8b, qwen2_5_7b_instruct → qwen2.5-7b-instruct. */
export function builderModel(component: string): { name: string; lora: boolean; qlora: boolean } {
  const builder = component.split('.').pop() ?? component;
  const qlora = builder.startsWith('qlora_');
  const lora = qlora || builder.startsWith('lora_');
  const parts = builder.replace(/^q?lora_/, '').split('_');
  // The size is the last "<n>b" part; a "0" before it is its integer part (qwen2_5_0_5b: 0.5b).
  let i = parts.length - 1;
  while (i > 0 && !/^\d+[bm]$/.test(parts[i]!)) i--;
  if (i <= 0) return { name: parts.join('_'), lora, qlora };
  const decimal = parts[i - 1] === '0' && i > 1;
  const size = decimal ? `0.${parts[i]}` : parts[i]!;
  const family = parts
    .slice(0, decimal ? i - 1 : i)
    .join('_')
    .replace(/(\d)_(\d)/g, '$1.$2');
  const rest = parts.slice(i + 1).join('-');
  return { name: `${family}-${size}${rest ? `-${rest}` : ''}`, lora, qlora };
}

export function recognizeTorchtune(ctx: RecognizeContext): FileRecognition {
  const r = new FactReader(legacyTorchtune(ctx.facts) ? currentForm(ctx.facts) : ctx.facts);
  // (A launch's overrides over a YAML name no builder unless they swap the model: the YAML's stands.)
  const component = r.str(['model._component_']);
  const built = component ? builderModel(component.value) : undefined;
  const modelRef = component && built ? derived(built.name, { id: 'prov.torchtuneBuilder', args: { builder: component.value } }, component) : undefined;
  const on = (key: string) => r.bool([key]);
  const checkpointing = on('enable_activation_checkpointing');
  const dtype = r.str(['dtype']);
  const offload = on('fsdp_cpu_offload');
  const training: TrainingPart = defined({
    seqLen: r.int(['tokenizer.max_seq_len', 'dataset.max_seq_len']),
    microBatch: r.int(['batch_size']),
    gradAccum: r.int(['gradient_accumulation_steps']),
    epochs: r.num(['epochs'], { min: 0 }),
    precision: mapped(dtype, precisionOf),
    masterWeights: dtype && precisionOf(dtype.value) !== 'fp32' ? as(dtype, false) : undefined,
    optimizer: mapped(r.str(['optimizer._component_']), optimizerOf),
    recompute: checkpointing ? as(checkpointing, checkpointing.value ? ('full' as const) : ('none' as const)) : undefined,
    offloadParams: offload?.value ? offload : undefined,
    offloadOptimizer: offload?.value ? offload : undefined,
    optimizerInBackward: on('optimizer_in_bwd')?.value ? on('optimizer_in_bwd') : undefined,
    activationOffload: on('enable_activation_offloading')?.value ? on('enable_activation_offloading') : undefined,
    compiled: on('compile')?.value ? on('compile') : undefined,
    // Its recipes compile the loss with the model (training.compile_loss, since August 2024): a whole CrossEntropyLoss in one graph.
    lossCompiled: on('compile')?.value ? on('compile') : undefined,
    // torch.nn.CrossEntropyLoss takes the model's whole logits (its recipes upcast them: three fp32 copies); CEWithChunkedOutputLoss
    // and LinearCrossEntropyLoss (which projects chunk by chunk) upcast a chunk at a time.
    loss: mapped(r.str(['loss._component_']), (v) =>
      /(^|\.)CrossEntropyLoss$/.test(v) ? 'fp32' : /Chunked|LinearCrossEntropy/.test(v) ? 'chunked-fp32' : undefined,
    ),
    finetune: component ? as(component, true) : undefined,
  });
  const rank = r.int(['model.lora_rank']);
  if (component && built?.lora && rank) {
    const attn = r.present('model.lora_attn_modules');
    const { roles, unknown } = rolesOf(namesOf(attn?.value));
    const mlp = on('model.apply_lora_to_mlp');
    const head = on('model.apply_lora_to_output');
    const targets: AdapterTarget[] = [...roles, ...(mlp?.value ? (['gate', 'up', 'down'] as const) : []), ...(head?.value ? (['head'] as const) : [])];
    const where = attn ? fromFact(null, attn) : rank;
    // The builders' use_dora: DoRA's magnitude vector on every adapted linear.
    const dora = on('model.use_dora');
    training.adapter = adapterOf(dora ? as(dora, 'dora') : as(component, 'lora'), rank, as(where, targets), {
      alpha: r.num(['model.lora_alpha'], { min: 1e-9 }),
      dropout: r.num(['model.lora_dropout'], { max: 1 }),
      unknown: as(where, unknown),
      // (torchtune's own models: q_proj, k_proj, v_proj and w1, w3 apart, the checkpoint's fused weights split on loading.)
      ownLinears: as(component, true),
    });
    if (built.qlora) training.quantization = as(component, 'nf4-dq');
  }
  // Its DPO recipes (loss DPOLoss, RSOLoss, IPOLoss; SimPOLoss without a reference): a chosen and a rejected sequence per sample;
  // lora_dpo's reference is the model with its adapters disabled, full_dpo_distributed's a frozen copy (its ref_model).
  const loss = r.str(['loss._component_']);
  const preference = loss ? /(DPO|RSO|IPO|SimPO)Loss$/.exec(loss.value)?.[1] : undefined;
  if (component && loss && preference && loss.source.kind === 'fact') {
    const reference = preference === 'SimPO' ? 'none' : training.adapter ? 'forwardOnly' : 'copy';
    const p = preferenceOf(`loss: ${loss.value.split('.').pop()}`, reference, false, { file: ctx.file, range: loss.source.range }, loss, component);
    training.preference = p.preference;
    r.findings.push(p.note);
  }
  // The distributed recipes' device mesh (full_finetune_distributed: tensor_parallel_dim, context_parallel_dim,
  // data_parallel_shard_dim with data_parallel_replicate_dim for HSDP; -1 is what the others leave), and a fork's
  // expert_parallel_degree.
  const dim = (key: string) => {
    const f = r.fact(key);
    return typeof f?.value === 'number' && f.value !== -1 ? r.int([key], { min: 1 }) : undefined;
  };
  // A config for a *_single_device recipe (torchtune names them <size>_<method>_single_device.yaml): one GPU, said as the name's.
  const singleName = /(^|[_-])single[_-]device([._-]|$)/i.test(ctx.file.replace(/^.*\//, ''));
  const parallel: ParallelPart = defined({
    tp: dim('tensor_parallel_dim'),
    cp: dim('context_parallel_dim'),
    ep: dim('expert_parallel_degree'),
    worldSize: singleName ? derived(1, { id: 'prov.torchtuneSingleDevice', args: { file: ctx.file.replace(/^.*\//, '') } }) : undefined,
  });
  const shard = dim('data_parallel_shard_dim');
  if (shard && (dim('data_parallel_replicate_dim')?.value ?? 1) > 1) training.shardGroup = shard;
  // A device other than CUDA's (device: xpu, npu, mps): the accelerator presets are NVIDIA's and Google's; said.
  const device = r.str(['device']);
  if (device && device.source.kind === 'fact' && !/^(cuda|gpu)(:\d+)?$/.test(device.value))
    r.findings.push(
      finding('assumed', 'warning', { id: 'torchtune.device', args: { device: device.value } }, { file: device.source.file, range: device.source.range }),
    );
  // Its Gemma 3 builders (gemma3_12b, lora_gemma3_12b) return a TransformerDecoder: the text model without Gemma 3's vision
  // encoder. (Its Llama 4 builders build the early-fusion model with its encoder; Llama 3.2 Vision's, the vision model.)
  const textOnly = !!component && /\.(q?lora_)?gemma3_\w+$/.test(component.value);
  // Its Llama 4 builders' EarlyFusionModel (llama4_scout_17b_16e(decoder_trainable=True, vision_encoder_trainable=False,
  // fusion_trainable=True)): a full fine-tune trains the decoder and the vision projection, the vision encoder frozen.
  if (component && /\.llama4_\w+$/.test(component.value) && !training.adapter) {
    const trainable = (key: string, value: boolean) => r.bool([`model.${key}`]) ?? classDefault(value, `model.${key}`, component.value);
    const decoder = trainable('decoder_trainable', true);
    const vision = trainable('vision_encoder_trainable', false);
    const fusion = trainable('fusion_trainable', true);
    training.frozenParts = derived(
      { language: !decoder.value, vision: !vision.value, projector: !fusion.value },
      { id: 'prov.torchtuneBuilder', args: { builder: component.value } },
      decoder,
      vision,
      fusion,
    );
  }
  return {
    family: 'torchtune',
    ...(modelRef ? { modelRef } : {}),
    ...(textOnly
      ? {
          languageOnly: derived(true, { id: 'prov.torchtuneBuilder', args: { builder: component.value } }, component),
          languageOnlyMessage: { id: 'setup.languageOnlyBuilder' as const, args: { builder: component.value } },
        }
      : {}),
    training,
    parallel,
    references: [],
    findings: [...r.findings],
  };
}

/** torchtune's recipes: single device, or FSDP (full shard) in the distributed recipes. */
export const TORCHTUNE_TRAINER: Trainer = {
  // Its recipes' loss (CEWithChunkedOutputLoss) upcasts chunk by chunk; its QLoRA base is torchao's NF4Tensor.
  defaults: {
    ...dataParallelDefaults('torchtune'),
    loss: 'chunked-fp32',
    quantKernel: 'torchao',
    norm: 'eager-fp32',
    freesGradients: true,
    dataParallelOnly: true,
    // Its distributed recipes (full_finetune_distributed, lora_finetune_distributed, …) wrap every layer in FSDP2's fully_shard;
    // a YAML does not say which recipe runs it, the number of GPUs does.
    shardsWhenDistributed: true,
  },
};

/** A recipe's name (lora_dpo_distributed, full_finetune_single_device), or its file in a checkout (recipes/lora_dpo_distributed.py). */
const RECIPE = /^(?:[\w./-]*\/)?((?:\w+_)?(?:finetune|distill|dpo|ppo|grpo|qat)\w*_(?:distributed|single_device))(?:\.py)?$/;

/**
 * A `tune run [--nnodes N --nproc_per_node M] RECIPE --config FILE …` launch, or a recipe's file run by torchrun or python from a
 * checkout (`torchrun --nproc_per_node 8 torchtune/recipes/lora_dpo_distributed.py --config x.yaml`).
 */
export function isTorchtuneLaunch(r: FactReader): boolean {
  return r.facts.some(
    (f, i) =>
      // (Under a wrapper too: `srun tune run …` in a Slurm script.)
      (f.path[0] === '@command' &&
        (f.path[1] === 0 || (f.path[1] === 1 && r.facts[i - 1]?.value === 'srun')) &&
        f.value === 'tune' &&
        r.facts[i + 1]?.path[0] === '@command' &&
        r.facts[i + 1]?.value === 'run') ||
      // (Or its CLI's script run by Python, `python torchtune/torchtune/_cli/tune.py run …`, as AWS's Slurm tutorials do.)
      (f.path[0] === '@command' &&
        typeof f.value === 'string' &&
        /(^|\/)tune\.py$/.test(f.value) &&
        /(^|\/)python[\d.]*$/.test(String(r.facts[i - 1]?.value)) &&
        r.facts[i + 1]?.value === 'run') ||
      (f.path[0] === '@command' && typeof f.value === 'string' && /(^|\/)recipes\//.test(f.value) && RECIPE.test(f.value) && r.has('--config')),
  );
}

/**
 * The launch's process counts (torchrun's flags, which `tune run` takes before the recipe; a *_single_device recipe runs one),
 * and the YAML its --config names, which joins it (a built-in config's name, `llama3_1/8B_lora`, names no file here).
 */
export function recognizeTorchtuneLaunch(ctx: RecognizeContext, r: FactReader): FileRecognition {
  const recipe = r.facts.find((f) => typeof f.value === 'string' && RECIPE.test(f.value));
  const recipeName = recipe ? RECIPE.exec(String(recipe.value))![1]! : undefined;
  const single = recipeName?.endsWith('_single_device');
  const launch = launchCounts(r, { nodes: ['--nnodes'], perNode: ['--nproc_per_node', '--nproc-per-node'] });
  const config = r.str(['--config']);
  // A config torchtune ships, named without .yaml (llama3_1/8B_lora_single_device): its model by the builder the name implies,
  // and its LoRA as torchtune's LoRA configs set it (rank 8, alpha 16 on q_proj, v_proj, output_proj and the MLP; Llama 4's:
  // rank 16, alpha 32), said as such.
  // `key=value` after the config override its keys (torchtune's TuneRecipeArgumentParser, OmegaConf's dotted keys), each read
  // where the line writes it: over a built-in config's settings, or over the YAML's (the launch merged ahead of it). A model the
  // line swaps in (model._component_=torchtune.models.qwen3.qwen3_32b) is the run's.
  const overrides = overridesAtKeys(r.facts);
  const builtin = config && !/\.ya?ml$/.test(config.value) ? builtinConfig(ctx.file, r.present('--config')!, overrides) : undefined;
  const parallel = single
    ? { worldSize: derived(1, { id: 'prov.fromKey', args: { key: recipeName! } }, fromFact(String(recipe!.value), recipe!)) }
    : defined({ nodes: launch.nodes, gpusPerNode: launch.perNode, worldSize: launch.worldSize });
  if (builtin) return { ...builtin, parallel: { ...builtin.parallel, ...parallel }, findings: [...r.findings, ...builtin.findings] };
  const references = config && /\.ya?ml$/.test(config.value) ? [config] : [];
  if (overrides.length === 0) return { ...emptyRecognition('torchtune', [...r.findings]), parallel, references };
  // (The model's own keys, model.lora_rank=16, change the builder the YAML names: its builder is read there, with the YAML's
  // values, so an override of them is said, not silently dropped.)
  const swapped = overrides.some((f) => f.path.join('.') === 'model._component_');
  const unread = swapped ? [] : overrides.filter((f) => f.path[0] === 'model');
  for (const f of unread)
    r.findings.push(
      finding(
        'assumed',
        'warning',
        { id: 'torchtune.modelOverride', args: { key: f.path.join('.'), value: String(f.value), config: config?.value ?? '' } },
        { file: f.file, range: f.valueRange },
      ),
    );
  const over = recognizeTorchtune({ file: ctx.file, facts: overrides.filter((f) => !unread.includes(f)) });
  return {
    ...over,
    parallel: { ...over.parallel, ...parallel },
    references,
    argumentFiles: references,
    findings: [...r.findings, ...over.findings],
  };
}

/**
 * torchtune's built-in configs by name: <model>/<size>_<full | lora | qlora | dora | qdora>[_single_device], and its Llama 4
 * configs (llama4/scout_17B_16E_full, llama4/maverick_17B_128E_full, llama4/scout_17B_16E_lora); the launch's overrides over them.
 */
function builtinConfig(file: string, at: Fact, overrides: readonly Fact[]): FileRecognition | undefined {
  const name = String(at.value);
  const m =
    /^(llama3_1|llama3_2|llama3_3|llama3|llama2|qwen2_5|qwen3|qwen2|gemma2|gemma|mistral|phi3|phi4|code_llama2)\/([\d.]+[BbMm])_(full|lora|qlora|dora|qdora)(?:_(?:single_device|distributed))?$/.exec(
      name,
    ) ?? /^(llama4)\/(scout_17B_16E|maverick_17B_128E)_(full|lora)$/.exec(name);
  if (!m) return undefined;
  const [, family, size, method] = m;
  const adapter = method !== 'full';
  const llama4 = family === 'llama4';
  const builder = `torchtune.models.${family}.${method!.startsWith('q') ? 'qlora_' : adapter ? 'lora_' : ''}${llama4 ? 'llama4_' : `${family}_`}${size!.toLowerCase().replace('.', '_')}`;
  // (Its Llama 4 LoRA config: rank 16, alpha 32; its Maverick full fine-tune shards over TP 8, tensor_parallel_dim: 8.)
  const lora = llama4 ? { rank: 16, alpha: 32 } : { rank: 8, alpha: 16 };
  const facts: Fact[] = [
    { ...at, path: ['model', '_component_'], value: builder },
    ...(adapter
      ? [
          { ...at, path: ['model', 'lora_attn_modules'], value: ['q_proj', 'v_proj', 'output_proj'] },
          { ...at, path: ['model', 'apply_lora_to_mlp'], value: true },
          { ...at, path: ['model', 'lora_rank'], value: lora.rank },
          { ...at, path: ['model', 'lora_alpha'], value: lora.alpha },
          ...(/dora$/.test(method!) ? [{ ...at, path: ['model', 'use_dora'], value: true }] : []),
        ]
      : []),
    ...(size === 'maverick_17B_128E' ? [{ ...at, path: ['tensor_parallel_dim'], value: 8 }] : []),
    ...overrides,
  ];
  const rec = recognizeTorchtune({ file, facts });
  return attributedTo(rec, at, (key) => ({ kind: 'assumed', reason: { id: 'prov.torchtuneBuiltin', args: { config: name, key, ...lora } } }));
}
