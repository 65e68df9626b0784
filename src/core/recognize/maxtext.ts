/**
 * MaxText YAML: model shapes as `base_*` keys scaled by `global_parameter_scale`, or a model named
 * by `model_name` (resolved from the catalogue, as MaxText loads configs/models/<name>.yml),
 * training keys, and ICI × DCN mesh parallelism.
 */
import type { Fact, Sourced } from '../types';
import { assumed, derived, finding, fromFact } from '../types';
import type { ModelSpec } from '../spec';
import { aliases } from './aliases';
import {
  classDefault,
  attributedTo,
  buildModel,
  defined,
  emptyRecognition,
  FactReader,
  mapped,
  optimizerOf,
  precisionOf,
  recomputeOf,
  type FileRecognition,
  type ParallelPart,
  type TrainingPart,
  type RecognizeContext,
} from './common';
import { appendYamlKey, dataParallelDefaults, type Trainer } from './trainer';
import { acceleratorOfCloudName } from '../hardware/presets';
import { MAXTEXT_RECIPES, MAXTEXT_RECIPE_SOURCES } from './catalogue/maxtextRecipes';
import { findModel } from './catalogue/models';
import { plainPath } from '../paths';

const A = aliases({
  layers: ['base_num_decoder_layers'],
  hidden: ['base_emb_dim'],
  // (MaxText's first releases, 2023: base_num_heads.)
  heads: ['base_num_query_heads', 'base_num_heads'],
  kvHeads: ['base_num_kv_heads'],
  headDim: ['head_dim'],
  ffnWidth: ['base_mlp_dim'],
  vocab: ['vocab_size'],
  experts: ['num_experts'],
  topK: ['num_experts_per_tok'],
  expertWidth: ['base_moe_mlp_dim'],
  sharedExperts: ['shared_experts'],
  firstDenseLayers: ['first_num_dense_layers'],
  mtpLayers: ['mtp_num_layers'],
  qLoraRank: ['q_lora_rank'],
  kvLoraRank: ['kv_lora_rank'],
  qkNopeHeadDim: ['qk_nope_head_dim'],
  qkRopeHeadDim: ['qk_rope_head_dim'],
  vHeadDim: ['v_head_dim'],
  attentionBias: ['attention_bias'],
  mlpBias: ['mlp_bias'],
});

export function isMaxtext(r: FactReader): boolean {
  return (
    r.has('base_emb_dim') ||
    r.has('base_num_decoder_layers') ||
    r.has('base_config') ||
    r.has('per_device_batch_size') ||
    (r.has('model_name') && r.has('max_target_length'))
  );
}

/** MaxText's get_individual_scales: log2(scale) split over embedding, heads, MLP and layers. */
function scales(scale: number): { emb: number; heads: number; mlp: number; layers: number } | undefined {
  const log2 = Math.log2(scale);
  if (!Number.isInteger(log2) || log2 < 0) return undefined;
  const base = Math.floor(log2 / 3);
  const rem = log2 % 3;
  const heads = base + (rem > 0 ? 1 : 0);
  return { emb: base + (rem > 1 ? 1 : 0), heads, mlp: heads, layers: base };
}

/**
 * The model and batch of MaxText's own configs/base.yml (model_name "default", a llama2 decoder block), for a launch that names
 * it and overrides none of them: what its run trains.
 */
const BASE_YML = { vocab: 32000, hidden: 2048, ffnWidth: 7168, layers: 16, heads: 16, kvHeads: 16, headDim: 128 } as const;
const baseDefault = <T>(value: T, key: string) => classDefault(value, key, 'MaxText base.yml');

/**
 * MaxText's named remat policies (layers/decoders.py): the matmul outputs each keeps on the device, the rest recomputed; the
 * offloading ones keep only the layer input on the device (a full recompute there).
 */
const POLICY_SAVES: Readonly<Record<string, readonly ('qkv' | 'out' | 'context' | 'mlpwi' | 'mlpwo')[] | 'full'>> = {
  minimal: ['qkv', 'out', 'mlpwi', 'mlpwo'],
  minimal_with_context: ['qkv', 'out', 'context', 'mlpwi', 'mlpwo'],
  save_dot_except_mlpwi: ['qkv', 'out', 'mlpwo'],
  save_dot_except_mlp: ['qkv', 'out'],
  save_dot_with_context_except_mlp: ['qkv', 'out', 'context'],
  save_qkv_proj: ['qkv'],
  save_out_proj: ['out'],
  qkv_proj_offloaded: 'full',
  minimal_offloaded: 'full',
};

/** A key's number where it is above 0 (MaxText's -1 means "off" or "the rest"). */
function positiveNum(r: FactReader, key: string): Sourced<number> | undefined {
  const f = r.present(key);
  return f && typeof f.value === 'number' && f.value > 0 ? r.num([key]) : undefined;
}

/**
 * A data-parallel rank's micro-batch. MaxText's per_device_batch_size is per chip: the global batch is it × every chip, sharded over
 * the batch axes (data, fsdp, fsdp_transpose, expert) only; the other axes (tensor, context, sequence) share each sequence's work, so
 * a rank of the batch axes takes it × their product, which may make a whole number of a fraction (0.125 × context 16 = 2).
 */
function perDeviceBatch(r: FactReader): Sourced<number> | undefined {
  const f = r.present('per_device_batch_size');
  if (!f || typeof f.value !== 'number') return r.int(['per_device_batch_size']);
  const axes = ['tensor', 'tensor_sequence', 'context', 'sequence'].flatMap((a) =>
    [`ici_${a}_parallelism`, `dcn_${a}_parallelism`].flatMap((k) => {
      const x = r.present(k);
      return x && typeof x.value === 'number' && x.value > 1 && Number.isInteger(x.value) ? [r.int([k])!] : [];
    }),
  );
  const mb = f.value * axes.reduce((p, x) => p * x.value, 1);
  if (!axes.length || !Number.isInteger(mb) || mb < 1) return r.int(['per_device_batch_size']);
  const names = axes.map((x) => (x.source.kind === 'fact' ? String(x.source.path.join('.')) : '')).join(' × ');
  return derived(mb, { id: 'prov.maxtextPerDevice', args: { pdbs: f.value, axes: names, value: mb } }, fromFact(f.value, f), ...axes);
}

/**
 * How a MaxText config is read: over base.yml's defaults (a model's YAML, or a launch's default model), with the chips a launch
 * gives, or as a YAML read alone (the chips its mesh takes at least, as a launch's).
 */
export interface MaxtextReading {
  readonly onBaseYml?: boolean;
  readonly world?: Sourced<number>;
  readonly alone?: boolean;
}

export function recognizeMaxtext(ctx: RecognizeContext, { onBaseYml = false, world: given, alone = false }: MaxtextReading = {}): FileRecognition {
  const r = new FactReader(ctx.facts);
  const least = alone && !given ? meshLeast(r) : undefined;
  const world = given ?? least;
  const training = defined({
    // (A model's YAML, configs/models/*.yml, is read over base.yml too: base.yml's training defaults hold where it sets none.)
    seqLen: r.int(['max_target_length']) ?? (onBaseYml || r.has('base_emb_dim') ? baseDefault(2048, 'max_target_length') : undefined),
    microBatch: perDeviceBatch(r) ?? (onBaseYml || r.has('base_emb_dim') ? baseDefault(12, 'per_device_batch_size') : undefined),
    gradAccum: r.int(['gradient_accumulation_steps']),
    trainIters: r.int(['steps']),
    // (quantization=fp8 / fp8_full / nanoo_fp8: the matmuls in FP8 through Qwix or AQT, over the dtype's.)
    precision:
      mapped(r.str(['quantization']), (v) => (/^(fp8(_full|_gpu)?|nanoo_fp8)$/i.test(v) ? ('fp8' as const) : undefined)) ??
      mapped(r.str(['dtype']), precisionOf),
    // weight_dtype bfloat16 (base.yml: float32): the parameters kept in bf16 and the optimizer's moments in their dtype (mu_dtype
    // unset): no fp32 copy.
    masterWeights: mapped(r.str(['weight_dtype']), (d) => (/^(bfloat16|bf16|float16)$/i.test(d) && !r.has('mu_dtype') ? false : undefined)),
    // base.yml, under every MaxText config, rematerializes in full unless remat_policy says otherwise.
    // "custom" keeps ('device'), offloads or recomputes ('remat', each name's default) each named tensor as its own key says:
    // selective where one is kept, else a full recompute from the layer inputs.
    // (decoder_layer_input on the device is what a full recompute keeps anyway.)
    recompute:
      mapped(r.str(['remat_policy']), (t) =>
        t === 'custom' ? (customSaves(r).length ? 'selective' : 'full') : POLICY_SAVES[t] === 'full' ? 'full' : POLICY_SAVES[t] ? 'selective' : recomputeOf(t),
      ) ?? baseDefault('full' as const, 'remat_policy'),
    selectiveRecompute: mapped(r.str(['remat_policy']), (t) => {
      const saves = t === 'custom' ? customSaves(r) : POLICY_SAVES[t];
      return saves && saves !== 'full' && saves.length ? { saves: [...saves] } : undefined;
    }),
    vocabTiles: positiveNum(r, 'num_vocab_tiling'),
    // What a full recompute saves, each layer's input, moved to the host as forward goes (decoder_layer_input: offload).
    ...(r.str(['remat_policy'])?.value === 'custom' && !customSaves(r).length && r.str(['decoder_layer_input'])?.value === 'offload'
      ? { activationOffload: mapped(r.str(['decoder_layer_input']), () => true) }
      : {}),
    offloadOptimizer: r.bool(['optimizer_memory_host_offload']),
    offloadParams: r.bool(['parameter_memory_host_offload']),
    optimizer: mapped(r.str(['opt_type']), optimizerOf),
    // capacity_factor > 0 (base.yml: -1, dropless): the dropping path, which dispatches each expert's tokens into a buffer of its
    // capacity (layers/moe.py's dense dispatch masks): padded.
    ...(positiveNum(r, 'capacity_factor')
      ? { expertCapacity: positiveNum(r, 'capacity_factor')!, expertPadding: mapped(positiveNum(r, 'capacity_factor'), () => true) }
      : {}),
  });
  // -1 means "fill the rest of the mesh": unknown until the device count is.
  const positive = (key: string) => {
    const f = r.present(key);
    return f && typeof f.value === 'number' && f.value > 0 ? r.int([key]) : undefined;
  };
  const mesh = (axis: string): Sourced<number> | undefined => {
    const ici = positive(`ici_${axis}_parallelism`);
    const dcn = positive(`dcn_${axis}_parallelism`);
    if (!ici && !dcn) return undefined;
    const v = (ici?.value ?? 1) * (dcn?.value ?? 1);
    return ici && !dcn
      ? ici
      : dcn && !ici
        ? dcn
        : derived(v, { id: 'prov.fromKey', args: { key: `ici_${axis} × dcn_${axis}` } }, ...[ici, dcn].filter((x): x is Sourced<number> => !!x));
  };
  // The batch is sharded over the data, fsdp, fsdp_transpose and expert axes (MaxText's activation_batch rule): DP is their
  // product, and the expert axis shards the experts within it, as EP divides DP. An axis of -1 fills the rest of the mesh:
  // DP is then what the device count leaves.
  const batchAxes = ['data', 'fsdp', 'fsdp_transpose', 'expert'];
  const fills = batchAxes.some((a) => [r.present(`ici_${a}_parallelism`), r.present(`dcn_${a}_parallelism`)].some((f) => f?.value === -1));
  const dataAxes = fills ? [] : batchAxes.map(mesh).filter((x): x is Sourced<number> => !!x);
  // An expert axis of -1 on a mesh whose size the launch gives: the chips the other axes leave (MaxText's fill).
  const expertFill = [r.present('ici_expert_parallelism'), r.present('dcn_expert_parallelism')].some((f) => f?.value === -1);
  const others = ['tensor', 'pipeline', 'context', 'sequence', 'data', 'fsdp', 'fsdp_transpose'].map(mesh).filter((x): x is Sourced<number> => !!x);
  const rest = world ? world.value / others.reduce((p, x) => p * x.value, 1) : 0;
  const filled =
    expertFill && world && Number.isInteger(rest) && rest >= 1
      ? derived(rest, { id: 'prov.maxtextFill', args: { axis: 'expert', world: world.value } }, world, ...others)
      : undefined;
  const parallel: ParallelPart = defined({
    worldSize: least,
    tp: mesh('tensor'),
    pp: mesh('pipeline'),
    ep: mesh('expert') ?? filled,
    cp: mesh('context') ?? mesh('sequence'),
    dp: dataAxes.length
      ? derived(
          dataAxes.reduce((p, x) => p * x.value, 1),
          { id: 'prov.fromKey', args: { key: 'data × fsdp × fsdp_transpose × expert' } },
          ...dataAxes,
        )
      : undefined,
  });
  // The fsdp mesh axis shards parameters, gradients and optimizer state (MaxText's base.yml:
  // ici_fsdp_parallelism -1, "auto-sharded": every device of the slice); only an axis of 1 everywhere is none.
  // (fsdp_transpose shards the same way.)
  const fsdpAxes = [r.present('ici_fsdp_parallelism'), r.present('dcn_fsdp_parallelism')].filter((f) => f !== undefined);
  const transposed = [r.present('ici_fsdp_transpose_parallelism'), r.present('dcn_fsdp_transpose_parallelism')].filter((f) => f !== undefined);
  // (base.yml's logical rules shard the weights' embed dimension over fsdp, fsdp_transpose, sequence, context and expert alike.)
  const alike = ['expert', 'sequence', 'context']
    .flatMap((a) => [r.present(`ici_${a}_parallelism`), r.present(`dcn_${a}_parallelism`)])
    .filter((f) => f !== undefined);
  const sharding = [...fsdpAxes, ...transposed, ...alike].find((f) => typeof f.value === 'number' && (f.value === -1 || f.value > 1));
  (training as TrainingPart).fsdp = sharding
    ? fromFact(true, sharding)
    : fsdpAxes.length
      ? fromFact(false, fsdpAxes[0]!)
      : derived(true, { id: 'prov.classDefault', args: { key: 'ici_fsdp_parallelism', cls: 'MaxText base.yml', value: -1 } });
  const name = r.str(['model_name']);
  // (A model's own YAML that names itself, `model_name: "olmo3_32b"` beside its base_emb_dim …: its shapes, as written.)
  if (name && name.value !== 'default' && !r.has('base_emb_dim'))
    return { ...emptyRecognition('maxtext', [...r.findings]), modelRef: name, training, parallel };
  if (!r.has('base_emb_dim') && !onBaseYml) return { ...emptyRecognition('maxtext', [...r.findings]), training, parallel };

  const o: Partial<ModelSpec> = {};
  // MaxText's first releases (2023, pyconfig.py user_init): `scale` multiplies base_emb_dim, base_num_heads, base_mlp_dim and
  // base_num_decoder_layers; head_dim stays.
  const linear = r.int(['scale']);
  if (linear && linear.value !== 1 && !r.has('global_parameter_scale')) {
    const times = (key: string) => {
      const b = r.int([key]);
      return b ? derived(b.value * linear.value, { id: 'prov.maxtextLinearScale', args: { scale: linear.value } }, b, linear) : undefined;
    };
    o.hidden = times('base_emb_dim');
    o.heads = times('base_num_heads');
    o.ffnWidth = times('base_mlp_dim');
    o.layers = times('base_num_decoder_layers');
  }
  // (Those releases' attention is multi-head: as many K/V heads as base_num_heads.)
  const mha = r.int(['base_num_heads']);
  if (mha && !r.has('base_num_kv_heads') && !r.has('base_num_query_heads'))
    o.kvHeads = o.heads ?? derived(mha.value, { id: 'prov.fromKey', args: { key: 'base_num_heads' } }, mha);
  const scale = r.int(['global_parameter_scale']);
  const sc = scale && scale.value !== 1 ? scales(scale.value) : undefined;
  if (sc && scale) {
    const scaled = (key: string, exp: number) => {
      const b = r.int([key]);
      return b ? derived(b.value * 2 ** exp, { id: 'prov.maxtextScale', args: { exp, scale: scale.value } }, b, scale) : undefined;
    };
    o.hidden = scaled('base_emb_dim', sc.emb);
    o.heads = scaled('base_num_query_heads', sc.heads);
    o.kvHeads = scaled('base_num_kv_heads', sc.heads);
    o.ffnWidth = scaled('base_mlp_dim', sc.mlp);
    o.layers = scaled('base_num_decoder_layers', sc.layers);
  }
  // MaxText's gemma2 decoder block holds a local (sliding-window) and a global attention layer: base_num_decoder_layers
  // counts blocks (its models/gemma2-*.yml say "half of the real number of layers").
  const block = r.str(['decoder_block']);
  const blocks = o.layers ?? r.int(['base_num_decoder_layers']);
  if (block?.value === 'gemma2' && blocks) {
    o.layers = derived(blocks.value * 2, { id: 'prov.maxtextLayerPairs', args: { blocks: blocks.value } }, blocks, block);
    const window = r.int(['sliding_window_size']);
    if (window) {
      o.slidingWindow = window;
      o.slidingWindowLayers = derived(blocks.value, { id: 'prov.slidingAlternate' }, window);
    }
  }
  // Gemma 2 / 3 also norm each sublayer's output (use_post_attn_norm, use_post_ffw_norm).
  const post = [r.bool(['use_post_attn_norm']), r.bool(['use_post_ffw_norm'])].filter((x): x is Sourced<boolean> => x !== undefined);
  if (post.length) o.normsPerLayer = derived(2 + post.filter((x) => x.value).length, { id: 'prov.maxtextPostNorms' }, ...post);
  const acts = r.present('mlp_activations');
  o.ffnKind =
    acts && Array.isArray(acts.value)
      ? { value: acts.value.length > 1 ? 'gated' : 'plain', source: { kind: 'fact', file: acts.file, path: acts.path, range: acts.valueRange } }
      : undefined;
  o.tiedEmbeddings = r.bool(['logits_via_embedding']);
  // use_qk_norm: RMSNorms on the queries and keys, over one head (Qwen3's decoder) or, in OLMo's decoders, the whole projection.
  const qkNorm = r.bool(['use_qk_norm']);
  if (qkNorm?.value) o.qkNorm = { ...qkNorm, value: /^olmo/.test(block?.value ?? '') ? 'full' : 'per-head' };
  const experts = r.int(['num_experts']);
  // Mixtral's configs use decoder_block "mistral": every layer's experts of base_mlp_dim unless base_moe_mlp_dim says otherwise.
  const traits = {
    configClass: onBaseYml ? 'MaxText base.yml' : 'MaxText',
    ...(onBaseYml ? { defaults: BASE_YML } : {}),
    ffn: 'gated',
    norm: 'rmsnorm',
    positions: 'rope',
    tiedDefault: false,
    // attention_bias, mlp_bias and attention_sink (gpt-oss's config): biased q/k/v/o and experts, a learned sink per head.
    qkvBias: 'attention_bias',
    outBias: 'attention_bias',
    mlpBias: 'mlp_bias',
    sinks: r.bool(['attention_sink'])?.value === true,
    moe: experts && experts.value > 1 ? (block?.value === 'mistral' || block?.value === 'mixtral' ? 'every-layer' : 'deepseek') : undefined,
    // routed_bias: True (DeepSeek-V3's and Kimi K2's aux-loss-free balancing): a score-correction bias per expert.
    routerBias: r.bool(['routed_bias'])?.value ? ('always' as const) : undefined,
    // attention_type: "mla" (the DeepSeek and Kimi K2 configs): multi-head latent attention, its ranks and head sizes under the
    // same names as DeepSeek's (q_lora_rank, kv_lora_rank, qk_nope_head_dim, qk_rope_head_dim, v_head_dim).
    mla: r.str(['attention_type'])?.value === 'mla',
    // use_sparse_indexer (DeepSeek-V3.2's config): DeepSeek Sparse Attention's lightning indexer in every layer, its
    // index_n_heads, index_head_dim and index_topk.
    indexer: r.bool(['use_sparse_indexer'])?.value === true,
  } as const;
  const arch = r.str(['decoder_block']) ?? classDefault('MaxText decoder', 'decoder_block', 'MaxText', 'llama2');
  const built = buildModel(r, A, traits, arch, defined(o));
  // A config read alone that says it runs on TPU (hardware: 'tpu'): timed on the cluster chosen, which it does not name; said.
  const hardware = alone ? r.present('hardware') : undefined;
  const tpu =
    hardware && /^tpu/i.test(String(hardware.value))
      ? [finding('assumed', 'info', { id: 'maxtext.tpuConfig', args: { value: String(hardware.value) } }, { file: ctx.file, range: hardware.valueRange })]
      : [];
  return { family: 'maxtext', model: built.model, training, parallel, references: [], findings: [...built.findings, ...tpu] };
}

/** MaxText (JAX/XLA): state sharded as its mesh says, read from the file; new keys are appended to the YAML. */
export const MAXTEXT_TRAINER: Trainer = {
  defaults: dataParallelDefaults('MaxText'),
  writes: {
    keys: { recompute: 'remat_policy' },
    text: (field, value) => (field === 'recompute' && value === 'selective' ? 'minimal' : String(value)),
    add: appendYamlKey,
  },
};

/** A mesh whose axes fill the rest (-1) where nothing names the slice: at least the chips its stated axes take (ici × dcn), assumed. */
function meshLeast(o: FactReader): Sourced<number> | undefined {
  const stated = ['data', 'fsdp', 'fsdp_transpose', 'expert', 'tensor', 'pipeline', 'context', 'sequence']
    .flatMap((a) => [`ici_${a}_parallelism`, `dcn_${a}_parallelism`])
    .map((k) => o.present(k))
    .filter((f): f is Fact => f !== undefined && typeof f.value === 'number');
  const least = stated.reduce((p, f) => p * Math.max(1, Number(f.value)), 1);
  const fill = stated.find((f) => f.value === -1);
  return fill && least > 1 ? assumed(least, { id: 'prov.maxtextMeshLeast', args: { chips: least, key: fill.path.join('.') } }) : undefined;
}

/**
 * A MaxText launch line (`python3 MaxText/train.py base.yml model_name=… per_device_batch_size=…`, `-m MaxText.train`; since
 * 2026 the package's own trainer, `-m maxtext.trainers.pre_train.train src/maxtext/configs/base.yml …`).
 */
export function isMaxtextLaunch(r: FactReader): boolean {
  const program = r.facts
    .filter((f) => f.path[0] === '@command' && typeof f.value === 'string')
    .some((f) => /(^|\/)(MaxText\/train|maxtext\/trainers\/pre_train\/train)\.py$/i.test(String(f.value)));
  const module = String(r.fact('@module')?.value ?? '');
  return (program || /^(MaxText\.train|maxtext\.trainers\.pre_train\.train)$/i.test(module)) && r.keys().some((k) => k.startsWith('@override.'));
}

/**
 * The base.yml a MaxText launch names (`python3 MaxText/train.py MaxText/configs/base.yml k=v …`): read under the line's
 * overrides where the checkout holds it (the release the run uses); MaxText's own otherwise.
 */
export function maxtextBaseConfig(facts: readonly Fact[]): Sourced<string> | undefined {
  if (!isMaxtextLaunch(new FactReader(facts))) return undefined;
  const base = baseYml(facts);
  return base ? fromFact(String(base.value), base) : undefined;
}

/** The word of a MaxText launch that names its configs/base.yml (the script's argument, or a module's: `-m MaxText.train configs/base.yml …`). */
function baseYml(facts: readonly Fact[]): Fact | undefined {
  return facts.find((f) => (f.path[0] === '@command' || f.path[0] === '@config') && /(^|\/)configs\/base\.yml$/.test(String(f.value)));
}

/** Its key=value arguments read as the YAML's keys (MaxText's pyconfig takes them over the base.yml). */
export function recognizeMaxtextLaunch(ctx: RecognizeContext): FileRecognition {
  // The config the line names, where the script writes it itself (`cat > configs/x.yml <<EOF` … then `train.py configs/x.yml
  // k=v`): its keys under the line's overrides, each where the script wrote it.
  const named = ctx.facts.find(
    (f) =>
      (f.path[0] === '@command' || f.path[0] === '@config') && typeof f.value === 'string' && /\.ya?ml$/.test(f.value) && !/(^|\/)base\.yml$/.test(f.value),
  );
  const written = named
    ? ctx.facts.filter((f) => f.path[0] === '@heredoc' && f.path.length > 2 && plainPath(String(f.path[1])) === plainPath(String(named.value)))
    : [];
  const overrides = ctx.facts.filter((f) => f.path[0] === '@override').map((f) => ({ ...f, path: f.path.slice(1) }));
  const facts = [
    ...written.map((f) => ({ ...f, path: f.path.slice(2) })).filter((f) => !overrides.some((o) => o.path.join('.') === f.path.join('.'))),
    ...overrides,
  ];
  // The config it starts from: MaxText's configs/base.yml (its own model and batch where the line overrides none).
  const base = baseYml(ctx.facts);
  // (Its base.yml found in the checkout, layered under the line by the engine, maxtextBaseConfig: that release's own, read.)
  const onBaseYml = base !== undefined && !ctx.facts.some((f) => f.path[0] === '@override' && f.file !== ctx.file);
  const slices = tpuSlices(new FactReader(ctx.facts));
  const o = new FactReader(facts);
  const world = slices.worldSize ?? meshLeast(o);
  const rec = recognizeMaxtext({ ...ctx, facts }, { onBaseYml, world });
  // MaxText runs on TPU unless hardware names a GPU (base.yml: hardware: 'tpu'): a launch that names no TPU slice is timed on
  // the cluster chosen elsewhere, and that is said.
  const hardware = o.str(['hardware']);
  const onTpu = !hardware || /^tpu/i.test(hardware.value);
  const note =
    onTpu && !slices.accelerator
      ? [
          finding(
            'assumed',
            'info',
            { id: 'maxtext.tpuUnstated' },
            { file: ctx.file, range: hardware?.source.kind === 'fact' ? hardware.source.range : { start: 0, end: 0 } },
          ),
        ]
      : [];
  // MaxText builds a multimodal model's vision encoder only with use_multimodal=true (base.yml: false).
  const multimodal = o.bool(['use_multimodal']);
  const languageOnly = multimodal
    ? multimodal.value
      ? undefined
      : multimodal
    : assumed(true, { id: 'prov.classDefault', args: { key: 'use_multimodal', cls: 'MaxText base.yml', value: 'false' } });
  // A model_name the catalogue does not hold: the model's YAML MaxText loads, configs/models/<name>.yml beside the base.yml the
  // line names (a repository's own model, read from its checkout).
  const name = o.str(['model_name']);
  const own =
    base && name && name.value !== 'default' && !findModel(name.value)
      ? [derived(`${String(base.value).replace(/base\.yml$/, '')}models/${name.value}.yml`, { id: 'prov.maxtextModelYaml', args: { name: name.value } }, name)]
      : [];
  return {
    ...rec,
    ...(own.length ? { modelRef: undefined, references: [...rec.references, ...own] } : {}),
    ...(languageOnly ? { languageOnly } : {}),
    parallel: { ...slices, ...(world && !slices.worldSize ? { worldSize: world } : {}), ...rec.parallel },
    findings: [...rec.findings, ...note],
  };
}

/**
 * The TPU slices a launch asks for (xpk's --tpu-type / --device-type, gcloud's --accelerator-type, × --num-slices): v4-8 and
 * v5p-8 count TensorCores, two per chip; v5e / v5litepod and v6e count chips (Cloud TPU's naming).
 */
export function tpuSlices(r: FactReader): ParallelPart {
  const type = r.str(['--tpu-type', '--tpu_type', '--device-type', '--device_type', '--accelerator-type', '--accelerator_type']);
  const m = type ? /^(?:tpu-?)?(v4|v5p|v5e|v5litepod|v6e)-(\d+)$/i.exec(type.value) : null;
  if (!type || !m) return clusterToolkitSlices(r);
  const kind = m[1]!.toLowerCase();
  const accelerator = acceleratorOfCloudName(`tpu-${kind === 'v5litepod' ? 'v5e' : kind}`);
  if (!accelerator) return {};
  const chips = Number(m[2]) / (kind === 'v4' || kind === 'v5p' ? 2 : 1);
  const slices = r.int(['--num-slices', '--num_slices']);
  if (!Number.isInteger(chips) || chips < 1) return {};
  return sliced(type, type.value, chips, slices, accelerator, type);
}

/** The chips of one slice × the slices (--num-slices), as the cluster's size, on the TPU named where a preset knows it. */
function sliced(
  type: Sourced<string>,
  shown: string,
  chips: number,
  slices: Sourced<number> | undefined,
  accelerator: string | undefined,
  ...from: Sourced<unknown>[]
): ParallelPart {
  return {
    ...(accelerator ? { accelerator: mapped(type, () => accelerator)! } : {}),
    worldSize: derived(
      chips * (slices?.value ?? 1),
      { id: 'prov.tpuSlices', args: { type: shown, chips, slices: slices?.value ?? 1 } },
      ...from,
      ...(slices ? [slices] : []),
    ),
  };
}

/** MaxText's benchmark runner (`python3 benchmarks/benchmark_runner.py xpk --model_name=NAME --device_type=v6e-256 …`). */
export function isMaxtextBenchmark(r: FactReader): boolean {
  return (
    r.facts.some((f) => f.path[0] === '@command' && typeof f.value === 'string' && /(^|\/)benchmark_runner\.py$/.test(f.value)) ||
    /^benchmarks\.benchmark_runner$/.test(String(r.fact('@module')?.value ?? ''))
  );
}

/**
 * The tuned recipe a benchmark-runner launch names (its --model_name; the runner's default is its first, default_basic_1), read
 * as MaxText reads the recipe's model_type and tuning keys, on the TPU slices the launch asks for. Each value the recipe sets
 * says so and points at the --model_name that chose it.
 */
export function recognizeMaxtextBenchmark(ctx: RecognizeContext): FileRecognition {
  const r = new FactReader(ctx.facts);
  const slices = tpuSlices(r);
  const flag = r.present('--model_name');
  if (!flag || typeof flag.value !== 'string') return { ...emptyRecognition('maxtext', [...r.findings]), parallel: slices };
  const name = flag.value;
  const recipe = MAXTEXT_RECIPES[name.replace(/-/g, '_')];
  if (!recipe) {
    const args = { name, count: Object.keys(MAXTEXT_RECIPES).length, files: Object.values(MAXTEXT_RECIPE_SOURCES).join(', ') };
    const where = { file: ctx.file, range: flag.valueRange };
    return {
      ...emptyRecognition('maxtext', [...r.findings, finding('unknown-model', 'warning', { id: 'maxtext.unknownRecipe', args }, where)]),
      parallel: slices,
    };
  }
  const at = (path: string, value: Fact['value']): Fact => ({ file: ctx.file, path: [path], value, keyRange: flag.keyRange, valueRange: flag.valueRange });
  const facts = [at('model_name', recipe.model), ...Object.entries(recipe.keys).map(([k, v]) => at(k, v))];
  const rec = recognizeMaxtext({ ...ctx, facts }, { onBaseYml: recipe.model === 'default', world: slices.worldSize });
  const chosen = fromFact(name, flag).source;
  const file = MAXTEXT_RECIPE_SOURCES[recipe.file];
  const read = attributedTo(rec, flag, (key) => ({ kind: 'derived', reason: { id: 'prov.maxtextRecipe', args: { recipe: name, key, file } }, from: [chosen] }));
  return { ...read, parallel: { ...slices, ...read.parallel } };
}

/**
 * Cluster Toolkit's TPU job (`gcluster job submit --compute-type v5p --topology 4x4x8 --num-slices 1`, the AI-Hypercomputer tpu-recipes):
 * the chips of the topology (its dimensions' product) × the slices, on the TPU its compute type names (v5p, v6e as ct6e-…, v5e as
 * ct5lp-…, TPU7x Ironwood as tpu7x); a TPU without a preset here gives the chips alone.
 */
function clusterToolkitSlices(r: FactReader): ParallelPart {
  const type = r.str(['--compute-type', '--compute_type']);
  const topology = r.str(['--topology']);
  const dims = topology && /^\d+(x\d+){1,2}$/.test(topology.value) ? topology.value.split('x').map(Number) : undefined;
  if (!type || !topology || !dims) return {};
  const kind = /^(?:tpu-?)?(v5p|v6e|v5e|7x)$|^ct(5p|6e|5lp)-/i.exec(type.value);
  const name = kind ? (kind[1] ?? { '5p': 'v5p', '6e': 'v6e', '5lp': 'v5e' }[kind[2]!.toLowerCase()]) : undefined;
  const accelerator = name ? acceleratorOfCloudName(`tpu-${name.toLowerCase()}`) : undefined;
  const slices = r.int(['--num-slices', '--num_slices']);
  return sliced(
    type,
    `${type.value} ${topology.value}`,
    dims.reduce((a, b) => a * b, 1),
    slices,
    accelerator,
    type,
    topology,
  );
}

/**
 * The matmul outputs remat_policy "custom" keeps on the device, as the named policies' saves: of the tensors it names (MaxText's
 * base.yml: decoder_layer_input, context, mlpwi(_0/_1), mlpwo, query/key/value_proj, qkv_proj, out_proj), each 'remat', 'device'
 * or 'offload', those set to 'device' (the layer input aside, which a full recompute keeps anyway).
 */
function customSaves(r: FactReader): ('qkv' | 'out' | 'context' | 'mlpwi' | 'mlpwo')[] {
  const on = (k: string) => r.str([k])?.value === 'device';
  const out: ('qkv' | 'out' | 'context' | 'mlpwi' | 'mlpwo')[] = [];
  if (['query_proj', 'key_proj', 'value_proj', 'qkv_proj'].some(on)) out.push('qkv');
  if (on('out_proj')) out.push('out');
  if (on('context')) out.push('context');
  if (['mlpwi', 'mlpwi_0', 'mlpwi_1'].some(on)) out.push('mlpwi');
  if (on('mlpwo')) out.push('mlpwo');
  return out;
}
