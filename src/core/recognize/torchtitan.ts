/**
 * torchtitan TOML: the model is `[model] name` + `flavor` (resolved from the catalogue's flavor
 * table), training and parallelism sections as torchtitan's JobConfig names them. torchtitan's Python
 * config registries (`torchtitan/models/<name>/config_registry.py`, since 2026): one function per config,
 * `model_spec=model_registry("<flavor>")` and the same sections as keyword arguments (extract/python.ts).
 */
import type { Fact, Message, Sourced } from '../types';
import { assumed, derived, finding, fromFact } from '../types';
import { findModel } from './catalogue/models';
import { recognizeHf } from './hf';
import { launchCounts } from './launch';
import {
  classDefault,
  defined,
  emptyRecognition,
  FactReader,
  fp8RecipeOf,
  mapped,
  optimizerOf,
  precisionOf,
  recomputeOf,
  type FileRecognition,
  type RecognizeContext,
  type TrainingPart,
} from './common';

/** selective_ac_option: "op" (op-level policy) or a positive integer n (every n-th layer fully checkpointed). */
function selectiveOf(v: string): 'ops' | { everyLayers: number } | undefined {
  const t = v.trim().toLowerCase();
  if (t === 'op') return 'ops';
  return /^[1-9]\d*$/.test(t) ? { everyLayers: Number(t) } : undefined;
}

export function isTorchtitan(r: FactReader): boolean {
  return (r.has('model.name') && r.has('model.flavor')) || r.keys().some((k) => k.startsWith('parallelism.'));
}

/**
 * torchtitan's JobConfig written as a Python module of section dicts (`model = {'name': 'llama3', 'flavor': '8B', …}`,
 * `parallelism = {…}`, `training = {…}`), as `--job.print_args` prints it and users keep it: read as its TOML.
 */
export function isTorchtitanModule(r: FactReader): boolean {
  return r.has('model.name') && r.has('model.flavor') && r.keys().some((k) => k.startsWith('parallelism.') || k.startsWith('training.'));
}

export function recognizeTorchtitan(ctx: RecognizeContext): FileRecognition {
  const r = new FactReader(ctx.facts);
  return readTorchtitan(r, r.str(['model.name']), r.text(['model.flavor']));
}

/**
 * torchtitan's model packages (torchtitan/models/<name>/__init__.py) keep their flavors in a table, `qwen3_configs = {"0.6B":
 * Qwen3Model.Config(dim=…, n_layers=…, layer=…Block.Config(feed_forward=FeedForward.Config(hidden_dim=…), attention=
 * GQAttention.Config(n_heads=…, n_kv_heads=…, head_dim=…)), vocab_size=…, enable_weight_tying=…)}` (the 2025 packages:
 * Qwen3ModelArgs(dim=…, hidden_dim=…, …)). A fork adds its own flavors there: where a run names one the catalogue does not know
 * (torchtitan:qwen3:250M_unshared), that package's table, at these paths from the file that names it.
 */
export function flavorPackage(ref: string): { readonly paths: readonly string[]; readonly flavor: string } | undefined {
  const m = /^torchtitan:(\w+):(.+)$/.exec(ref);
  if (!m || findModel(ref) || !FLAVOR_MODEL_TYPES[m[1]!]) return undefined;
  return { paths: [`torchtitan/models/${m[1]}/__init__.py`, `models/${m[1]}/__init__.py`], flavor: `${m[1]}:${m[2]}` };
}

/** The packages whose flavor tables are read, and the Hugging Face model_type each flavor is (a dense flavor; MOE_TYPES names the one with experts). */
const FLAVOR_MODEL_TYPES: Readonly<Record<string, string>> = { qwen3: 'qwen3' };

/** A flavor's keys (old and new package layouts) as the Hugging Face config keys of its model_type. */
const FLAVOR_KEYS: Readonly<Record<string, string>> = {
  vocab_size: 'vocab_size',
  dim: 'hidden_size',
  n_layers: 'num_hidden_layers',
  enable_weight_tying: 'tie_word_embeddings',
  hidden_dim: 'intermediate_size',
  'layer.feed_forward.hidden_dim': 'intermediate_size',
  n_heads: 'num_attention_heads',
  'layer.attention.n_heads': 'num_attention_heads',
  n_kv_heads: 'num_key_value_heads',
  'layer.attention.n_kv_heads': 'num_key_value_heads',
  head_dim: 'head_dim',
  'layer.attention.head_dim': 'head_dim',
  max_seq_len: 'max_position_embeddings',
  'rope.max_seq_len': 'max_position_embeddings',
  rope_theta: 'rope_theta',
  'rope.theta': 'rope_theta',
  norm_eps: 'rms_norm_eps',
  'norm.eps': 'rms_norm_eps',
};

/** The flavor a run names (the "@flavor" the engine asked for), read from this package's table: its model, each size where written. */
export function isTorchtitanFlavor(r: FactReader): boolean {
  return typeof r.fact('@flavor')?.value === 'string';
}

export function recognizeTorchtitanFlavor(ctx: RecognizeContext): FileRecognition {
  const r = new FactReader(ctx.facts);
  const [name, flavor] = String(r.fact('@flavor')!.value).split(/:(.*)/s) as [string, string];
  const type = FLAVOR_MODEL_TYPES[name];
  const at = ctx.facts.find((f) => f.path.length === 3 && f.path[1] === flavor && f.path[2] === '@class');
  if (!type || !at) return emptyRecognition(undefined);
  const table = at.path[0]!;
  const own = ctx.facts.filter((f) => f.path[0] === table && f.path[1] === flavor && f.path.length > 2);
  const key = (f: Fact) => f.path.slice(2).join('.');
  // A flavor with experts (qwen3's moe_enabled=True, moe_inter_dim, moe_args=MoEArgs(num_experts=…, top_k=…)): every layer's
  // FFN is the MoE, as the package's Qwen3 MoE model (Hugging Face's qwen3_moe); one with shared experts, or experts under
  // other keys, is not read here.
  const moe = own.find((f) => key(f) === 'moe_enabled' && f.value === true);
  const experts = own.filter((f) => /moe|expert/i.test(key(f)) && f.value !== false && f.value !== null && f !== moe);
  const shared = own.find((f) => key(f) === 'moe_args.num_shared_experts' && typeof f.value === 'number' && f.value > 0);
  if (experts.length && (!moe || !MOE_TYPES[name] || shared || experts.some((f) => !(key(f) in MOE_KEYS) && !MOE_ROUTING.has(key(f)))))
    return emptyRecognition(undefined);
  const keyed: Fact[] = [{ ...at, path: ['model_type'], value: moe ? MOE_TYPES[name]! : type }];
  for (const f of own) {
    const k = FLAVOR_KEYS[key(f)] ?? (moe ? MOE_KEYS[key(f)] : undefined);
    if (k && typeof f.value !== 'object') keyed.push({ ...f, path: [k] });
  }
  const rec = recognizeHf({ file: ctx.file, facts: keyed });
  // (qk_norm=False: the package's attention without its q/k RMSNorms.)
  const qk = own.find((f) => key(f) === 'qk_norm' && f.value === false);
  return qk && rec.model ? { ...rec, model: { ...rec.model, qkNorm: fromFact('none' as const, qk) } } : rec;
}

/** The Hugging Face model_type of a package's flavors with experts. */
const MOE_TYPES: Readonly<Record<string, string>> = { qwen3: 'qwen3_moe' };

/** Their keys as that model_type's config keys (router softmax over the experts, top_k renormalized where route_norm). */
const MOE_KEYS: Readonly<Record<string, string>> = {
  moe_inter_dim: 'moe_intermediate_size',
  'moe_args.num_experts': 'num_experts',
  'moe_args.top_k': 'num_experts_per_tok',
  'moe_args.route_norm': 'norm_topk_prob',
};

/**
 * MoEArgs' other settings: how tokens are routed and which kernels run, no weights of their own (the load-balancing bias is a
 * buffer); num_shared_experts, read where it is 0.
 */
const MOE_ROUTING: ReadonlySet<string> = new Set([
  'moe_args.@class',
  'moe_args.num_shared_experts',
  'moe_args.score_func',
  'moe_args.route_scale',
  'moe_args.score_before_experts',
  'moe_args.load_balance_coeff',
  'moe_args.use_grouped_mm',
]);

/** A Python config registry: functions whose configs the extractor put under "@registry". */
export function isTorchtitanRegistry(r: FactReader): boolean {
  const names = r.fact('@registry')?.value;
  return Array.isArray(names) && names.some((n) => typeof n === 'string' && (r.has(`${n}.model_spec`) || r.keys().some((k) => k.startsWith(`${n}.training.`))));
}

/**
 * Reads one config of a registry: the one `--set config=NAME` names, else the first whose model the catalogue knows and is
 * not a debug flavor (torchtitan's debug models take their vocabulary from a test tokenizer), else the first it knows, else
 * the first; a finding names the others.
 * The model's name is the registry's folder (models/<name>/config_registry.py), else the function's name before its flavor.
 */
export function recognizeTorchtitanRegistry(ctx: RecognizeContext): FileRecognition {
  const r = new FactReader(ctx.facts);
  const listed = r.fact('@registry')!;
  const names = (listed.value as unknown[]).filter((n): n is string => typeof n === 'string');
  const folder = /(?:^|\/)models\/([\w]+)\/config_registry\.py$/.exec(ctx.file.replace(/\\/g, '/'))?.[1];
  const modelOf = (fn: string): { name?: string; flavor?: Sourced<string> } => {
    // (A helper's parameter, model_spec=model_spec, is bound where the registry reads the config again: not a value to warn of.)
    if (typeof r.under(fn).fact('model_spec')?.value !== 'string') return {};
    const flavor = r.under(fn).text(['model_spec']);
    if (!flavor) return {};
    const cut = fn.toLowerCase().lastIndexOf(`_${flavor.value.toLowerCase()}`);
    // The function's name before its flavor, else the longest leading part of it (qwen3 of qwen3_0_6b) whose flavor the
    // catalogue knows.
    const prefixes = fn.split('_').map((_, i, parts) => parts.slice(0, i + 1).join('_'));
    const byPrefix = prefixes.reverse().find((p) => findModel(`torchtitan:${p}:${flavor.value}`) !== undefined);
    return { name: folder ?? (cut > 0 ? fn.slice(0, cut) : byPrefix), flavor };
  };
  const known = (fn: string) => {
    const m = modelOf(fn);
    return m.name !== undefined && m.flavor !== undefined && findModel(`torchtitan:${m.name}:${m.flavor.value}`) !== undefined;
  };
  // A function whose name does not say its model (hackathon_model): the model its registry's other functions name.
  const family = names.map((fn) => (known(fn) ? modelOf(fn).name : undefined)).find((n) => n !== undefined);
  const modelOfOrFamily = (fn: string) => {
    const m = modelOf(fn);
    return m.name === undefined && m.flavor && family && findModel(`torchtitan:${family}:${m.flavor.value}`) ? { ...m, name: family } : m;
  };
  const given = r.str(['@config']);
  // A name the registry does not define: torchtitan stops there (no config of that name), and so does the reading.
  if (given && !names.includes(given.value))
    return emptyRecognition('torchtitan', [
      finding(
        'missing-key',
        'error',
        { id: 'recognize.registryUnknown', args: { given: given.value, names: names.join(', ') } },
        { file: ctx.file, range: listed.keyRange },
      ),
    ]);
  const debug = (fn: string) => modelOf(fn).flavor?.value.startsWith('debugmodel') === true;
  const chosen = given ? given.value : (names.find((fn) => known(fn) && !debug(fn)) ?? names.find(known) ?? names[0]!);
  const at = r.fact(`${chosen}.model_spec`) ?? listed;
  const m = modelOfOrFamily(chosen);
  const name = m.name !== undefined ? derived(m.name, { id: 'prov.registryModel', args: { name: m.name } }) : undefined;
  const out = readTorchtitan(r.under(chosen), name, m.flavor, true);
  // Said when the registry chose (several configs, none named).
  const note =
    names.length > 1 && !given
      ? [
          finding(
            'assumed',
            'info',
            { id: 'recognize.registryChosen', args: { chosen, count: names.length, names: names.join(', ') } },
            { file: ctx.file, range: at.keyRange },
          ),
        ]
      : [];
  return { ...out, findings: [...out.findings, ...note] };
}

function readTorchtitan(r: FactReader, name: Sourced<string> | undefined, flavor: Sourced<string> | undefined, fsdpByDefault = false): FileRecognition {
  // (torchtitan's 2024 TOMLs keep the degrees under [training], pipeline and context parallelism under [experimental].)
  const positive = (key: string) => {
    const name = key.replace(/^parallelism\./, '');
    const keys = key.startsWith('parallelism.') ? [key, `training.${name}`, `experimental.${name}`] : [key];
    const at = keys.find((k) => r.present(k));
    const f = at ? r.present(at) : undefined;
    return at && f && typeof f.value === 'number' && f.value > 0 ? r.int([at]) : undefined;
  };
  // Under pipeline parallelism the local batch runs as local_batch_size / pipeline_parallel_microbatch_size micro-batches.
  const local = r.int(['training.local_batch_size', 'training.batch_size']);
  const pipelined = positive('parallelism.pipeline_parallel_degree');
  // (Parallelism.pipeline_parallel_microbatch_size defaults to 1: a local batch of 32 runs as 32 micro-batches of one.)
  const pipeMb =
    pipelined && pipelined.value > 1
      ? (positive('parallelism.pipeline_parallel_microbatch_size') ??
        classDefault(1, 'parallelism.pipeline_parallel_microbatch_size', 'torchtitan Parallelism'))
      : undefined;
  const split = local && pipeMb && local.value % pipeMb.value === 0 && !positive('training.global_batch_size');
  const cpuOffload = r.bool(['training.enable_cpu_offload']);
  // torchtitan's 2026 TrainingConfig: max_context_length, and the tokens of a micro-batch on each data-parallel rank
  // (num_tokens_per_microbatch_per_dp_rank: that many tokens packed, micro-batch × sequence).
  const seqLen = r.int(['training.seq_len', 'training.max_context_length']);
  const tokens = r.int(['training.num_tokens_per_microbatch_per_dp_rank']);
  const byTokens =
    !local && tokens && seqLen && tokens.value % seqLen.value === 0
      ? derived(
          tokens.value / seqLen.value,
          { id: 'prov.fromKey', args: { key: 'num_tokens_per_microbatch_per_dp_rank / max_context_length' } },
          tokens,
          seqLen,
        )
      : undefined;
  // (Its activation_checkpoint=FullAC.Config() / SelectiveAC.Config(): the mode by the class.)
  const acCall = r.present('activation_checkpoint.@call');
  const acClass = typeof acCall?.value === 'string' ? /^(Full|Selective|No)AC\b/.exec(acCall.value)?.[1] : undefined;
  const training: TrainingPart = defined({
    seqLen,
    microBatch: split ? pipeMb : (local ?? byTokens),
    gradAccum: split
      ? derived(local.value / pipeMb.value, { id: 'prov.fromKey', args: { key: 'local_batch_size / pipeline_parallel_microbatch_size' } }, local, pipeMb)
      : undefined,
    globalBatch: positive('training.global_batch_size'),
    trainIters: r.int(['training.steps']),
    // A Float8 converter (model_converters.converters[i]: Float8LinearConverter's enable_fsdp_float8_all_gather) runs the linears in FP8.
    // In a TOML, [model] converters = ["float8"] (or "quantize.linear.float8", MX's "mx") does.
    precision:
      mapped(r.bool(registryFloat8Keys(r)), () => 'fp8' as const) ?? lowPrecisionConverter(r) ?? mapped(r.str(['training.mixed_precision_param']), precisionOf),
    fp8Recipe: float8Recipe(r),
    // training.dtype = "bfloat16": parameters, gradients and optimizer state all in bf16, no fp32 copy of the weights (torchtitan's
    // JobConfig Training.dtype; float32 by default, FSDP's mixed_precision_param then computing in bf16).
    masterWeights: mapped(r.str(['training.dtype']), (d) => (/^(bfloat16|bf16|float16|fp16)$/i.test(d) ? false : undefined)),
    optimizer: mapped(r.str(['optimizer.name']), optimizerOf),
    // training.enable_cpu_offload: FSDP2's CPUOffloadPolicy, the parameters, gradients and optimizer state on the host.
    ...(cpuOffload?.value ? { offloadParams: cpuOffload, offloadOptimizer: cpuOffload } : {}),
    recompute:
      mapped(r.str(['activation_checkpoint.mode']), recomputeOf) ??
      (acClass && acCall
        ? fromFact(acClass === 'Full' ? ('full' as const) : acClass === 'Selective' ? ('selective' as const) : ('none' as const), acCall)
        : undefined),
    tpCommOverlap: r.bool(['parallelism.enable_async_tensor_parallel']),
    compiled: r.bool(['compile.enable']),
    // compile.components (torchtitan's default ["model", "loss"]): the loss compiled with the model.
    lossCompiled: r.bool(['compile.enable'])?.value ? compiledLoss(r) : undefined,
    selectiveRecompute: mapped(r.text(['activation_checkpoint.selective_ac_option']), selectiveOf),
  });
  const replicate = positive('parallelism.data_parallel_replicate_degree');
  const shard = r.present('parallelism.data_parallel_shard_degree', 'training.data_parallel_shard_degree');
  const shardDeg = positive('parallelism.data_parallel_shard_degree');
  // (torchforge's processes.procs: the processes its launcher starts, one per GPU with with_gpus.)
  const procs = r.fact('processes.with_gpus')?.value !== false ? r.int(['processes.procs'], { min: 1 }) : undefined;
  // The pipeline's split (torchtitan/distributed/pipeline_parallel.py): pipeline_parallel_layers_per_stage's stages, else one per
  // rank for a single-stage schedule (1F1B, GPipe, the default 1F1B) and two for an interleaved one; the embedding and the output
  // weigh pipeline_parallel_first_stage_less_layers / _last_ (1 each unless set). Explicit split points are not read.
  const ppSplit = (() => {
    if (!pipelined || pipelined.value <= 1 || r.has('parallelism.pipeline_parallel_split_points') || r.has('experimental.pipeline_parallel_split_points'))
      return undefined;
    const schedule = r.str(['parallelism.pipeline_parallel_schedule', 'experimental.pipeline_parallel_schedule']);
    const single = !schedule || /^(1F1B|GPipe)$/i.test(schedule.value);
    const lps = positive('parallelism.pipeline_parallel_layers_per_stage');
    const weight = (k: string) => r.int([`parallelism.${k}`], { min: 0 })?.value ?? 1;
    return derived(
      {
        input: weight('pipeline_parallel_first_stage_less_layers'),
        output: weight('pipeline_parallel_last_stage_less_layers'),
        ...(lps ? { layersPerStage: lps.value } : { stagesPerRank: single ? 1 : 2 }),
      },
      { id: 'prov.torchtitanSplit', args: { schedule: schedule?.value ?? '1F1B' } },
      pipelined,
      ...(schedule ? [schedule] : []),
      ...(lps ? [lps] : []),
    );
  })();
  const parallel = defined({
    worldSize: procs,
    ppWeighted: ppSplit,
    tp: positive('parallelism.tensor_parallel_degree'),
    pp: positive('parallelism.pipeline_parallel_degree'),
    cp: positive('parallelism.context_parallel_degree'),
    ep: positive('parallelism.expert_parallel_degree'),
    etp: positive('parallelism.expert_tensor_parallel_degree'),
    dp:
      replicate && shardDeg
        ? derived(
            replicate.value * shardDeg.value,
            { id: 'prov.fromKey', args: { key: 'data_parallel_replicate_degree × data_parallel_shard_degree' } },
            replicate,
            shardDeg,
          )
        : undefined,
  });
  if (shard && shard.value !== 1) training.fsdp = { value: true, source: { kind: 'fact', file: shard.file, path: shard.path, range: shard.valueRange } };
  // ParallelismConfig's data_parallel_shard_degree defaults to -1: FSDP over every rank the other degrees leave.
  else if (!shard && fsdpByDefault)
    training.fsdp = derived(true, {
      id: 'prov.classDefault',
      args: { key: 'parallelism.data_parallel_shard_degree', cls: 'torchtitan ParallelismConfig', value: '-1' },
    });
  // HSDP (replicate × shard): the state sharded over the shard degree's ranks, replicated across the replicas.
  if (replicate && replicate.value > 1 && shardDeg && shardDeg.value > 1) training.shardGroup = shardDeg;
  // (With the shard degree left to -1, the shard group is what the replicas leave of the data-parallel ranks.)
  else if (replicate && replicate.value > 1 && !shardDeg) training.shardReplicas = replicate;
  const modelRef =
    name && flavor
      ? derived(`torchtitan:${name.value}:${flavor.value}`, { id: 'prov.flavor', args: { name: name.value, flavor: flavor.value } }, name, flavor)
      : undefined;
  // The flavor is what a user edits: point the model's provenance there.
  let ref = modelRef && flavor ? { value: modelRef.value, source: flavor.source } : undefined;
  // A flavor the catalogue does not know (a model torchtitan's experiments or a fork add): the Hugging Face checkpoint its
  // hf_assets_path holds, by the folder's name, where the catalogue knows that and the name says both the model and the flavor
  // (nemotron3 nano-30B: NVIDIA-Nemotron-3-Nano-30B-A3B-BF16; not kimi_k2 reading DeepSeek-V3-Base's tokenizer).
  const assets = r.str(['model.hf_assets_path']);
  const folder = assets?.value.replace(/\/+$/, '').split('/').pop();
  const bare = (x: string) => x.toLowerCase().replace(/[^a-z0-9]/g, '');
  const says = folder !== undefined && name !== undefined && flavor !== undefined && [name.value, flavor.value].every((x) => bare(folder).includes(bare(x)));
  // (So too a known flavor whose checkpoint is a model of the same shapes the catalogue knows better: llama3 70B reading
  // Llama-3.1-70B's assets is that model, its 131,072 positions, not Llama 3's 8,192.)
  const flavorEntry = ref ? findModel(ref.value) : undefined;
  const assetsEntry = folder && says ? findModel(folder) : undefined;
  const shapes = (e: NonNullable<typeof flavorEntry>) =>
    ['hidden_size', 'num_hidden_layers', 'vocab_size', 'intermediate_size'].map((k) => (e.config as Record<string, unknown>)[k]).join();
  if (ref && assetsEntry && (!flavorEntry || (flavorEntry !== assetsEntry && shapes(flavorEntry) === shapes(assetsEntry))))
    ref = derived(folder!, { id: 'prov.torchtitanAssets', args: { flavor: ref.value.replace(/^torchtitan:/, ''), folder: folder! } }, assets!);
  // A fork's variant of a flavor the catalogue knows (deepseek_v3's 671B_lora): counted as that flavor, said; what the variant
  // adds (an adapter, other settings in the fork's table) is not read.
  const findings = r.findings;
  const base = flavor ? /^(.+?)[_-][A-Za-z][\w-]*$/.exec(flavor.value)?.[1] : undefined;
  if (ref && !findModel(ref.value) && name && flavor && base && findModel(`torchtitan:${name.value}:${base}`)) {
    ref = derived(`torchtitan:${name.value}:${base}`, { id: 'prov.torchtitanBaseFlavor', args: { flavor: flavor.value, base } }, flavor);
    findings.push(
      finding(
        'assumed',
        'warning',
        { id: 'torchtitan.baseFlavor', args: { name: name.value, flavor: flavor.value, base } },
        flavor.source.kind === 'fact' ? { file: flavor.source.file, range: flavor.source.range } : undefined,
      ),
    );
  }
  return { family: 'torchtitan', modelRef: ref, training, parallel, references: [], findings };
}

/** A TOML's [model] converters: the fact that names them, and their names. */
function converters(r: FactReader): { fact: Fact | undefined; names: string[] } {
  const fact = r.present('model.converters');
  const names = (fact ? (Array.isArray(fact.value) ? fact.value : [fact.value]) : []).filter((n): n is string => typeof n === 'string');
  return { fact, names };
}

/** A Python registry's Float8 converter (model_converters.converters[i] = Float8LinearConverter's config): its keys. */
function registryFloat8Keys(r: FactReader): string[] {
  return r.keys().filter((k) => /^model_converters\.converters\.\d+\.enable_fsdp_float8_all_gather$/.test(k));
}

/** A TOML's [model] converters naming a Float8 or MX converter: the linears in FP8, from where it is named. */
function lowPrecisionConverter(r: FactReader): Sourced<'fp8'> | undefined {
  const { fact, names } = converters(r);
  return fact && names.some((n) => /float8|(^|\.)mx$/.test(n)) ? fromFact('fp8' as const, fact) : undefined;
}

/**
 * The FP8 recipe of a Float8 or MX converter: MX's is MXFP8; Float8's is [float8] recipe_name (torchao's tensorwise, rowwise,
 * rowwise_with_gw_hp; [quantize.linear.float8] since 2025), tensorwise where unset (torchtitan's Float8 config: recipe_name None).
 */
function float8Recipe(r: FactReader): TrainingPart['fp8Recipe'] {
  const { fact, names } = converters(r);
  if (fact && names.some((n) => /(^|\.)mx$/.test(n))) return fromFact('mxfp8' as const, fact);
  const float8 = (fact && names.some((n) => /float8/.test(n))) || registryFloat8Keys(r).length > 0;
  if (!float8) return undefined;
  const named = [
    'float8.recipe_name',
    'quantize.linear.float8.recipe_name',
    ...r.keys().filter((k) => /^model_converters\.converters\.\d+\.recipe_name$/.test(k)),
  ];
  if (r.present(...named)) return mapped(r.str(named), fp8RecipeOf);
  return assumed('tensorwise' as const, { id: 'prov.classDefault', args: { key: 'float8.recipe_name', cls: 'torchtitan Float8', value: 'tensorwise' } });
}

/**
 * torchtitan's shipped Llama 3 train configs (pytorch/torchtitan, torchtitan/models/llama3/train_configs/; before its 2025
 * layout, train_configs/ at the checkout's root), the keys of each that set the run: debug_model.toml at 026cb7ea, llama3_8b.toml
 * and llama3_405b.toml at 01424cb2, llama3_70b.toml at 038d5fd1. For a launch that names one from a checkout its folder does
 * not hold (`-m torchtitan.train --job.config_file ./torchtitan/models/llama3/train_configs/llama3_8b.toml`).
 */
const STOCK_TOMLS: Readonly<Record<string, string>> = {
  debug_model: `[model]
name = "llama3"
flavor = "debugmodel"

[training]
local_batch_size = 8
seq_len = 2048
steps = 10

[parallelism]
data_parallel_replicate_degree = 1
data_parallel_shard_degree = -1
tensor_parallel_degree = 1
pipeline_parallel_degree = 1
context_parallel_degree = 1

[activation_checkpoint]
mode = "selective"
selective_ac_option = '2'

[compile]
enable = false
`,
  llama3_8b: `[model]
name = "llama3"
flavor = "8B"

[training]
local_batch_size = 1
seq_len = 8192
steps = 1000
compile = false

[parallelism]
data_parallel_replicate_degree = 1
data_parallel_shard_degree = -1
tensor_parallel_degree = 1
pipeline_parallel_degree = 1
context_parallel_degree = 1

[activation_checkpoint]
mode = "selective"
selective_ac_option = "op"
`,
  llama3_70b: `[model]
name = "llama3"
flavor = "70B"

[training]
local_batch_size = 8
seq_len = 8192
steps = 1000

[parallelism]
data_parallel_replicate_degree = 1
data_parallel_shard_degree = -1
tensor_parallel_degree = 8
pipeline_parallel_degree = 1
context_parallel_degree = 1

[activation_checkpoint]
mode = "full"

[compile]
enable = false
`,
  llama3_405b: `[model]
name = "llama3"
flavor = "405B"
converters = "float8"

[training]
local_batch_size = 2
seq_len = 8192
steps = 3000
compile = true

[parallelism]
data_parallel_replicate_degree = 1
data_parallel_shard_degree = -1
tensor_parallel_degree = 8
enable_async_tensor_parallel = true
pipeline_parallel_degree = 1
context_parallel_degree = 1

[activation_checkpoint]
mode = "full"

[float8]
enable_fsdp_float8_all_gather = true
precompute_float8_dynamic_scale_for_fsdp = true
filter_fqns = "output"
`,
};

/** Where a train config torchtitan ships is shown when it is read from STOCK_TOMLS (provenance, hovers). */
export const TORCHTITAN_STOCK_PREFIX = 'torchtitan:';

/** The train config torchtitan ships that a launch names, as that file under TORCHTITAN_STOCK_PREFIX; undefined for any other. */
export function torchtitanStockConfig(ref: string): { readonly path: string; readonly text: string } | undefined {
  const name = /(?:^|\/)(?:torchtitan\/models\/llama3\/)?train_configs\/(debug_model|llama3_8b|llama3_70b|llama3_405b)\.toml$/.exec(ref)?.[1];
  const text = name ? STOCK_TOMLS[name] : undefined;
  return name && text ? { path: `${TORCHTITAN_STOCK_PREFIX}torchtitan/models/llama3/train_configs/${name}.toml`, text } : undefined;
}

/** A launch of torchtitan's trainer (`torchrun … -m torchtitan.train …`). */
export function isTorchtitanLaunch(r: FactReader): boolean {
  // (-m torchtitan.train, or a checkout's own train.py with its --job.config_file, or its run_train.sh.)
  return r.fact('@module')?.value === 'torchtitan.train' || r.has('--job.config_file') || r.has('--job.config-file') || runTrainScript(r) !== undefined;
}

/**
 * torchtitan's run_train.sh (`NGPU=8 CONFIG_FILE=./…/x.toml ./run_train.sh --training.steps 10`): torchrun on NGPU processes of
 * one node, `--job.config_file $CONFIG_FILE`, the line's own `--section.key value` arguments after it.
 */
function runTrainScript(r: FactReader): Fact | undefined {
  const program = r.fact('@program');
  const bash = r.fact('@command.1');
  const script = [program, bash].find((f) => typeof f?.value === 'string' && /(^|\/)run_train\.sh$/.test(f.value));
  const settings = r.has('@env.CONFIG_FILE') || r.has('@env.NGPU') || r.keys().some((k) => /^--(training|job|parallelism|model)\./.test(k));
  return script && settings ? script : undefined;
}

/**
 * A torchtitan launch line: its model and settings are in the config it names (`--job.config_file x.toml`, or `--module m
 * --config NAME`, a function of models/m/config_registry.py), which is analyzed on its own: said, with where to look.
 */
export function recognizeTorchtitanLaunch(ctx: RecognizeContext, r: FactReader): FileRecognition {
  const script = runTrainScript(r);
  const module = r.fact('@module') ?? script!;
  // run_train.sh's CONFIG_FILE (its default: the llama3 debug model's TOML) and NGPU (8) when the line does not set them.
  const scriptToml = script
    ? (r.str(['@env.CONFIG_FILE']) ??
      assumed('./torchtitan/models/llama3/train_configs/debug_model.toml', {
        id: 'prov.classDefault',
        args: { key: 'CONFIG_FILE', cls: 'torchtitan run_train.sh', value: './torchtitan/models/llama3/train_configs/debug_model.toml' },
      }))
    : undefined;
  const toml = r.str(['--job.config_file', '--job.config-file']) ?? scriptToml;
  const config = r.str(['--config']);
  const name = r.str(['--module']);
  const named = (toml ?? config)?.source;
  const where = named?.kind === 'fact' ? { file: named.file, range: named.range } : { file: ctx.file, range: module.valueRange };
  // A TOML the launch names joins it (the settings are there), with the launch's nodes and GPUs and the settings its own
  // `--section.key value` arguments give, which torchtitan takes over the file's.
  if (toml) {
    const launch = launchCounts(r, { nodes: ['--nnodes'], perNode: ['--nproc_per_node', '--nproc-per-node'] });
    const ngpu = script
      ? (r.int(['@env.NGPU']) ?? assumed(8, { id: 'prov.classDefault', args: { key: 'NGPU', cls: 'torchtitan run_train.sh', value: '8' } }))
      : undefined;
    const one = ngpu ? classDefault(1, '--nnodes', 'torchtitan run_train.sh') : undefined;
    const parallel = ngpu
      ? { nodes: one!, gpusPerNode: ngpu, worldSize: ngpu }
      : defined({ nodes: launch.nodes, gpusPerNode: launch.perNode, worldSize: launch.worldSize });
    const overrides = r.facts.filter((f) => /^--[a-z_]+\.[\w.]+$/.test(String(f.path[0])) && f.path.length === 1);
    const own = readTorchtitan(new FactReader(overrides.map((f) => ({ ...f, path: String(f.path[0]).slice(2).split('.') }))), undefined, undefined);
    const joined = finding('assumed', 'info', { id: 'torchtitan.launchToml', args: { file: toml.value } }, where);
    return {
      ...emptyRecognition('torchtitan', [...r.findings, ...own.findings, joined]),
      training: own.training,
      parallel: { ...own.parallel, ...parallel },
      references: [toml],
      // (Its arguments over the TOML's: merged ahead of it.)
      argumentFiles: [toml],
    };
  }
  const message: Message = { id: 'torchtitan.launchRegistry', args: { config: config?.value ?? '', module: name?.value ?? '*' } };
  return emptyRecognition('torchtitan', [...r.findings, finding('unsupported', 'error', message, where)]);
}

/** torchtitan's compile.components: "loss" among them, or not written (its default compiles the model and the loss). */
function compiledLoss(r: FactReader): Sourced<boolean> | undefined {
  const components = r.present('compile.components');
  if (!components) return derived(true, { id: 'prov.classDefault', args: { key: 'compile.components', cls: 'torchtitan', value: '["model", "loss"]' } });
  const list = Array.isArray(components.value) ? components.value : [components.value];
  return fromFact(list.includes('loss'), components);
}
