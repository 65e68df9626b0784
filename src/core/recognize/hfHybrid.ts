/**
 * Hugging Face state-space and hybrid families (transformers' modelling code): Mamba and Falcon-Mamba (Mamba-1 blocks),
 * Mamba-2, Nemotron-H (Megatron-Core's layer pattern: Mamba-2, attention, MLP and MoE layers), Jamba (Mamba-1 or attention
 * in each layer, a dense or MoE FFN after it). Their traits and what each reads beyond the shared alias table.
 */
import type { HybridSpec, ModelSpec, MoeSpec, SsmSpec } from '../spec';
import type { Message, Sourced } from '../types';
import { derived, fromFact } from '../types';
import type { ModelOverrides, Traits } from './decoder';
import type { FactReader } from './reader';
import { classDefault } from './common';
import { hybridFromText, type Mixer } from './hybrid';

const ssmBase = { norm: 'rmsnorm', positions: 'rope', tiedDefault: false, qkvBias: 'attention_bias', outBias: 'attention_bias', mlpBias: 'mlp_bias' } as const;
/** Qwen3-Next's layers (Gated DeltaNet and gated attention, per-head q/k norms, a MoE with a gated shared expert), Qwen3.5's too. */
const qwen3NextLayers = { ...ssmBase, ffn: 'gated', qkNorm: 'per-head', moe: 'qwen', qwenSharedExpert: true, mlpBias: false } as const;

/** LFM2's module names (modeling_lfm2.py: Lfm2Attention.out_proj; Lfm2MLP.w1, w3, w2). */
const LFM2_NAMES = [
  ['q', 'q_proj'],
  ['k', 'k_proj'],
  ['v', 'v_proj'],
  ['o', 'out_proj'],
  ['gate', 'w1'],
  ['up', 'w3'],
  ['down', 'w2'],
] as const;

/** LFM2's layers (and LFM2-MoE's): bias-free, per-head q/k norms, a gated MLP, the head tied; its own module names. */
const lfm2Layers = {
  ...ssmBase,
  ffn: 'gated',
  qkNorm: 'per-head',
  tiedDefault: true,
  qkvBias: false,
  outBias: false,
  mlpBias: false,
  moduleNames: LFM2_NAMES,
} as const;

export const HF_HYBRID_TYPES: Readonly<Record<string, Traits>> = {
  // NemotronHBlock: one RMSNorm and one mixer (NemotronHMamba2Mixer, NemotronHAttention, a non-gated relu² NemotronHMLP or
  // NemotronHMoE) per layer of hybrid_override_pattern.
  nemotron_h: { ...ssmBase, configClass: 'NemotronHConfig', ffn: 'plain', normsPerLayer: 1 },
  // Mamba2Block / MambaBlock: an RMSNorm and the mixer; no attention, no FFN. MambaConfig ties the head by default.
  mamba2: { ...ssmBase, configClass: 'Mamba2Config', ffn: 'plain', normsPerLayer: 1 },
  // (MambaConfig's defaults, a model a script builds with MambaConfig(): 32 layers of 768, GPT-NeoX's 50,280-token vocabulary.)
  mamba: { ...ssmBase, configClass: 'MambaConfig', ffn: 'plain', normsPerLayer: 1, tiedDefault: true, defaults: { vocab: 50280, hidden: 768, layers: 32 } },
  falcon_mamba: { ...ssmBase, configClass: 'FalconMambaConfig', ffn: 'plain', normsPerLayer: 1, tiedDefault: true },
  // JambaAttentionDecoderLayer / JambaMambaDecoderLayer: input_layernorm, the mixer, pre_ff_layernorm, a gated JambaMLP or
  // JambaSparseMoeBlock (router h × E without a bias); bias-free attention without positions.
  jamba: { ...ssmBase, configClass: 'JambaConfig', ffn: 'gated', normsPerLayer: 2, qkvBias: false, outBias: false, mlpBias: false },
  // FalconH1DecoderLayer: input_layernorm, attention and the Mamba-2 mixer side by side (their outputs summed), pre_ff_layernorm,
  // a gated MLP; RoPE. The μP multipliers in the config are scalars, not parameters.
  falcon_h1: { ...ssmBase, configClass: 'FalconH1Config', ffn: 'gated', normsPerLayer: 2 },
  // Qwen3NextDecoderLayer: Gated DeltaNet or gated full attention (q/k RMSNorms per head), then Qwen2-MoE's sparse block with
  // its gated shared expert (decoder_sparse_step, mlp_only_layers), two zero-centred RMSNorms.
  qwen3_next: { ...qwen3NextLayers, configClass: 'Qwen3NextConfig' },
  // LFM2 (modeling_lfm2.py Lfm2DecoderLayer): operator_norm, a gated short convolution (Lfm2ShortConv) or bias-free attention
  // with q/k RMSNorms over the head (Lfm2Attention) as layer_types says, ffn_norm and a SwiGLU Lfm2MLP; an RMSNorm after the
  // last layer (embedding_norm); RoPE; the head tied (Lfm2Config).
  // Its attention's output is out_proj (as the short convolution's), its MLP's linears w1, w3, w2.
  lfm2: { ...lfm2Layers, configClass: 'Lfm2Config' },
  // LFM2-MoE (modeling_lfm2_moe.py Lfm2MoeDecoderLayer): LFM2's layers, whose feed-forward is a SwiGLU Lfm2MoeMLP of
  // intermediate_size as written (no ⌊2/3⌋ adjustment) in the first num_dense_layers layers and Lfm2MoeSparseMoeBlock after
  // them: an unbiased nn.Linear router h × E, num_experts SwiGLU experts of moe_intermediate_size (top num_experts_per_tok,
  // sigmoid scores), an expert_bias buffer of E when use_expert_bias (stored in the checkpoint); no shared expert; tied head.
  lfm2_moe: { ...lfm2Layers, configClass: 'Lfm2MoeConfig' },
  // MiniMax-M1 (remote modeling_minimax_m1.py MiniMaxM1DecoderLayer) and MiniMax-Text-01 (transformers' modeling_minimax.py,
  // MixtralDecoderLayer with MiniMaxLightningAttention): lightning (linear) attention or softmax attention per attn_type_list /
  // layer_types, then Mixtral's sparse block (an nn.Linear router h × E, SwiGLU experts of intermediate_size) in every layer;
  // two RMSNorms per layer, bias-free projections, RoPE over rotary_dim (no parameters), untied.
  minimax_m1: { ...ssmBase, configClass: 'MiniMaxM1Config', ffn: 'gated', moe: 'every-layer', qkvBias: false, outBias: false, mlpBias: false },
  minimax_text_01: { ...ssmBase, configClass: 'MiniMaxText01Config', ffn: 'gated', moe: 'every-layer', qkvBias: false, outBias: false, mlpBias: false },
  minimax: { ...ssmBase, configClass: 'MiniMaxConfig', ffn: 'gated', moe: 'every-layer', qkvBias: false, outBias: false, mlpBias: false },
  // Ring-linear 2.0 (inclusionAI's BailingMoeLinearV2ForCausalLM; SGLang's and mlx-lm's bailing_moe_linear.py): lightning
  // (linear) attention or GQA softmax attention (a fused query_key_value, q/k RMSNorms over the head when use_qk_norm) by
  // layer_group_size, then Ling 2.0's feed-forward: the first first_k_dense_replace layers a SwiGLU of intermediate_size, the
  // others num_experts experts of moe_intermediate_size, a shared expert and a router with its expert_bias; untied.
  bailing_moe_linear: {
    ...ssmBase,
    configClass: 'BailingMoeLinearV2Config',
    ffn: 'gated',
    normsPerLayer: 2,
    mlpBias: false,
    qkNormFlag: { key: 'use_qk_norm', kind: 'per-head' },
    moe: 'deepseek',
    routerBias: 'always',
  },
  // Phi-4-mini-flash (Microsoft's remote modeling_phi4flash.py, SambaY): LayerNorms with biases, Mamba layers and differential
  // attention (biased Wqkv and out_proj) in the self-decoder, then GMU and cross-decoder layers (sambaY); a gated MLP of fc1
  // (h → 2·intermediate_size) and fc2 without biases; the head tied (Phi4FlashConfig).
  phi4flash: {
    ...ssmBase,
    configClass: 'Phi4FlashConfig',
    ffn: 'gated',
    norm: 'layernorm',
    normsPerLayer: 2,
    tiedDefault: true,
    qkvBias: true,
    outBias: true,
    mlpBias: false,
  },
  // Granite 4.0 (modeling_granitemoehybrid.py GraniteMoeHybridDecoderLayer): input_layernorm, a Mamba-2 mixer (BambaMixer) or
  // GQA attention (q/k/v/o biased when attention_bias) as layer_types says, post_attention_layernorm, then num_local_experts
  // SwiGLU experts of intermediate_size under an unbiased router with the shared_mlp (a SwiGLU of shared_intermediate_size)
  // beside them, or the shared_mlp alone when num_local_experts is 0 (Granite-4.0-Micro, -H-Micro); untied unless the file says.
  granitemoehybrid: { ...ssmBase, configClass: 'GraniteMoeHybridConfig', ffn: 'gated', normsPerLayer: 2, mlpBias: false },
  // Kimi Linear (its remote modeling_kimi.py KimiDecoderLayer; fla's layers/kda.py): Kimi Delta Attention or DeepSeek-V3's
  // latent attention (without rotary positions: mla_use_nope) as linear_attn_config lists the layers, then a dense SwiGLU MLP in
  // the first first_k_dense_replace layers and DeepSeek-V3's MoE after them (a sigmoid router with a score-correction bias
  // per expert, num_shared_experts shared experts of moe_intermediate_size); two RMSNorms per layer; untied.
  kimi_linear: {
    ...ssmBase,
    configClass: 'KimiLinearConfig',
    ffn: 'gated',
    qkvBias: false,
    outBias: false,
    mlpBias: false,
    moe: 'deepseek',
    routerBias: 'always',
    mla: true,
  },
  // Qwen3.5's dense language model (Qwen3_5ForCausalLM): Qwen3-Next's mixers with a dense gated MLP.
  qwen3_5_text: { ...ssmBase, configClass: 'Qwen3_5TextConfig', ffn: 'gated', qkNorm: 'per-head', mlpBias: false },
  // Qwen3.5's language model on its own (Qwen3_5MoeForCausalLM, a text_config saved alone): Qwen3-Next's layers. Qwen3.5 is a
  // transformers 5 model: its routed experts are 3-D parameters (Qwen3_5MoeExperts, @use_experts_implementation) and its router
  // a module of its own, no linears; PEFT's transformers-5 conversion does not list qwen3_5_moe, so a LoRA by module names or
  // all-linear reaches the shared expert and the mixers, not the routed experts.
  qwen3_5_moe_text: { ...qwen3NextLayers, configClass: 'Qwen3_5MoeTextConfig', expertsFused: true, routerLinear: false },
};

type Out = { -readonly [K in keyof ModelOverrides]: ModelOverrides[K] };

/** What a hybrid family reads beyond the alias table: its layers' mixers and FFNs and the state-space mixer's shapes. */
export function hfHybridOverrides(type: string, r: FactReader): { overrides: ModelOverrides } | { error: Message; at?: Sourced<unknown> } {
  const cls = HF_HYBRID_TYPES[type]!.configClass;
  const byDefault = <T>(value: T, key: string): Sourced<T> => classDefault(value, key, cls);
  const arch = <T>(value: T): Sourced<T> => derived(value, { id: 'prov.architecture', args: { arch: cls } });
  const int = (keys: string[], d: number) => r.int(keys) ?? byDefault(d, keys[0]!);
  const bool = (keys: string[], d: boolean) => r.bool(keys) ?? byDefault(d, keys[0]!);
  // (The class's default where the file leaves the key out, where the class has one: Traits.defaults.)
  const d = HF_HYBRID_TYPES[type]!.defaults;
  const orDefault = (keys: string[], value: number | undefined) =>
    r.int(keys) ?? (value !== undefined && !r.fact(...keys) ? byDefault(value, keys[0]!) : undefined);
  const hidden = orDefault(['hidden_size', 'd_model'], d?.hidden);
  const layers = orDefault(['num_hidden_layers', 'n_layer', 'num_layers'], d?.layers);
  if (!hidden) return { error: { id: 'recognize.missingKey', args: { keys: 'hidden_size' } } };
  const out: Out = { positions: arch('none' as const) };
  // No attention (Mamba, Mamba-2): nothing splits into heads, and no FFN: the spec's attention and FFN sizes are unused.
  const noAttention = (): void => {
    const none = derived(1, { id: 'prov.noAttention', args: { cls } }, hidden);
    out.heads = none;
    out.kvHeads = none;
    out.headDim = derived(hidden.value, { id: 'prov.noAttention', args: { cls } }, hidden);
    out.ffnWidth = derived(hidden.value, { id: 'prov.noFfn', args: { cls } }, hidden);
  };

  if (type === 'mamba' || type === 'falcon_mamba' || type === 'jamba') {
    const j = type === 'jamba';
    const ssm: SsmSpec = { ...mamba1(r, hidden, int, bool, arch, j ? JAMBA_MAMBA_KEYS : MAMBA_KEYS), ...(j ? { dtBcNorms: arch(true) } : {}) };
    if (!j) {
      if (!layers) return { error: { id: 'recognize.missingKey', args: { keys: 'num_hidden_layers' } } };
      noAttention();
      out.hybrid = uniform(layers, 'ssm', false, ssm, cls);
      return { overrides: out };
    }
    return jamba(r, layers, ssm, byDefault, out);
  }

  if (type === 'qwen3_next' || type === 'qwen3_5_moe_text' || type === 'qwen3_5_text') return qwen3Next(r, layers, int, arch, cls, out);
  if (type === 'lfm2' || type === 'lfm2_moe') return lfm2(r, type, layers, hidden, int, bool, byDefault, arch, cls, out);
  if (type === 'minimax_m1' || type === 'minimax_text_01' || type === 'minimax') return minimax(r, type, layers, hidden, arch, cls, out);
  if (type === 'kimi_linear') return kimiLinear(r, layers, int, arch, cls, out);
  if (type === 'bailing_moe_linear') return ringLinear(r, layers, int, bool, arch, cls, out);
  if (type === 'phi4flash') return sambaY(r, layers, hidden, int, bool, arch, cls, out);
  if (type === 'granitemoehybrid') return graniteHybrid(r, layers, hidden, int, bool, byDefault, arch, cls, out);
  if (type === 'falcon_h1') {
    // FalconH1Mixer: d_in = mamba_d_ssm, else mamba_expand × h; mamba_n_heads heads, mamba_n_groups groups; the gated norm only
    // when mamba_rms_norm; in_proj's bias mamba_proj_bias, out_proj's projectors_bias.
    const nh = r.int(['mamba_n_heads']);
    if (!nh || !layers) return { error: { id: 'recognize.missingKey', args: { keys: !nh ? 'mamba_n_heads' : 'num_hidden_layers' } } };
    const expand = int(['mamba_expand'], 2);
    const projBias = bool(['mamba_proj_bias'], false);
    const outBias = bool(['projectors_bias'], false);
    if (projBias.value !== outBias.value) return { error: { id: 'recognize.mixedProjectionBias' }, at: outBias };
    const ssm: SsmSpec = {
      kind: arch('mamba2' as const),
      inner: r.int(['mamba_d_ssm']) ?? derived(expand.value * hidden.value, { id: 'prov.mambaExpand' }, expand, hidden),
      heads: nh,
      stateDim: int(['mamba_d_state'], 256),
      groups: int(['mamba_n_groups'], 1),
      convKernel: int(['mamba_d_conv'], 4),
      dtRank: arch(0),
      projBias,
      convBias: bool(['mamba_conv_bias'], true),
      innerNorm: bool(['mamba_rms_norm'], false),
    };
    out.positions = arch('rope' as const);
    out.hybrid = uniform(layers, 'parallel', true, ssm, cls);
    return { overrides: out };
  }

  // Mamba-2 mixer: d_in = heads × head dim in Nemotron-H (modeling_nemotron_h.py), expand × h in Mamba2Mixer
  // (modeling_mamba2.py, whose heads come from num_heads).
  const nemo = type === 'nemotron_h';
  // (A Mamba2Config without num_heads, flash-linear-attention's: its heads are expand × hidden_size / head_dim, as fla computes
  // them; transformers' defaults, 128 = 2 × 4096 / 64, agree.)
  const fla = !nemo && !r.has('num_heads') && r.has('head_dim') ? { expand: int(['expand'], 2), headDim: int(['head_dim'], 64) } : undefined;
  const heads =
    r.int(nemo ? ['mamba_num_heads'] : ['num_heads']) ??
    (fla && (fla.expand.value * hidden.value) % fla.headDim.value === 0
      ? derived((fla.expand.value * hidden.value) / fla.headDim.value, { id: 'prov.mambaHeadsFromExpand' }, fla.expand, hidden, fla.headDim)
      : undefined);
  if (!heads) return { error: { id: 'recognize.missingKey', args: { keys: nemo ? 'mamba_num_heads' : 'num_heads' } } };
  const headDim = nemo ? int(['mamba_head_dim'], 64) : undefined;
  const expand = nemo ? undefined : int(['expand'], 2);
  const inner = headDim
    ? derived(heads.value * headDim.value, { id: 'prov.mambaInner' }, heads, headDim)
    : derived(expand!.value * hidden.value, { id: 'prov.mambaExpand' }, expand!, hidden);
  const ssm: SsmSpec = {
    kind: arch('mamba2' as const),
    inner,
    heads,
    stateDim: int(nemo ? ['ssm_state_size', 'state_size'] : ['state_size'], 128),
    groups: int(nemo ? ['n_groups', 'mamba_n_groups'] : ['n_groups'], 8),
    convKernel: int(nemo ? ['conv_kernel', 'mamba_d_conv'] : ['conv_kernel'], 4),
    dtRank: arch(0),
    projBias: bool(nemo ? ['use_bias', 'mamba_proj_bias'] : ['use_bias'], false),
    convBias: bool(nemo ? ['use_conv_bias', 'mamba_conv_bias'] : ['use_conv_bias'], true),
    innerNorm: nemo ? arch(true) : bool(['rms_norm'], true),
  };
  if (!nemo) {
    if (!layers) return { error: { id: 'recognize.missingKey', args: { keys: 'num_hidden_layers' } } };
    noAttention();
    out.hybrid = uniform(layers, 'ssm', false, ssm, cls);
    return { overrides: out };
  }
  // (transformers' newer NemotronHConfig writes the layers as layers_block_type: mamba, moe, attention, mlp; its pattern's
  // M, E, *, -.)
  const blocks = r.present('layers_block_type');
  const LETTER: Readonly<Record<string, string>> = { mamba: 'M', moe: 'E', attention: '*', mlp: '-' };
  const listed =
    blocks && Array.isArray(blocks.value) && blocks.value.length && blocks.value.every((b) => typeof b === 'string' && LETTER[b] !== undefined)
      ? derived(blocks.value.map((b) => LETTER[String(b)]!).join(''), { id: 'prov.fromKey', args: { key: 'layers_block_type' } }, fromFact(null, blocks))
      : undefined;
  const pattern = r.str(['hybrid_override_pattern']) ?? listed;
  if (!pattern) return { error: { id: 'recognize.missingKey', args: { keys: 'hybrid_override_pattern / layers_block_type' } } };
  // Its MTP module's blocks (mtp_hybrid_override_pattern's letters, or mtp_layers_block_type's names): one layer of each.
  // (The pattern's letters are LETTER's names the other way round.)
  const KIND = Object.fromEntries(Object.entries(LETTER).map(([name, letter]) => [letter, name])) as Readonly<
    Record<string, 'attention' | 'moe' | 'mamba' | 'mlp'>
  >;
  const mtpPattern = r.str(['mtp_hybrid_override_pattern']);
  const mtpListed = r.present('mtp_layers_block_type');
  const mtpKinds = mtpPattern
    ? [...mtpPattern.value].map((c) => KIND[c])
    : mtpListed && Array.isArray(mtpListed.value)
      ? mtpListed.value.map((b) => KIND[LETTER[String(b)] ?? ''])
      : [];
  if (mtpKinds.length && mtpKinds.every((k) => k !== undefined))
    out.mtpBlocks = { value: mtpKinds as ('attention' | 'moe' | 'mamba' | 'mlp')[], source: (mtpPattern ?? fromFact(null, mtpListed!)).source };
  const built = hybridFromText(pattern, layers, ssm);
  if ('error' in built) return { error: built.error, at: pattern };
  out.hybrid = built.hybrid;
  if (!layers) out.layers = built.layers;
  if (built.moeLayers.length > 0) {
    // NemotronHMoE: routed relu² experts of moe_intermediate_size, shared experts of moe_shared_expert_intermediate_size,
    // a router with a score-correction bias per expert.
    const experts = r.int(['n_routed_experts']);
    const topK = r.int(['num_experts_per_tok']);
    const width = r.int(['moe_intermediate_size']);
    if (!experts || !topK || !width)
      return { error: { id: 'recognize.missingKey', args: { keys: 'n_routed_experts / num_experts_per_tok / moe_intermediate_size' } } };
    const shared = r.int(['n_shared_experts'], { min: 0 }) ?? byDefault(0, 'n_shared_experts');
    const moe: MoeSpec = {
      experts,
      topK,
      expertWidth: width,
      sharedExperts: shared,
      sharedWidth: r.int(['moe_shared_expert_intermediate_size'], { min: 0 }) ?? derived(shared.value > 0 ? width.value : 0, { id: 'prov.sharedWidth' }, width),
      sharedGate: arch(false),
      routerBias: arch(true),
      layers: derived(built.moeLayers, { id: 'prov.hybridMoe' }, pattern),
      // LatentMoE (Nemotron 3 Super and Ultra): the routed experts in a moe_latent_size space (NemotronHMoE's fc1_latent_proj
      // and fc2_latent_proj).
      ...(r.int(['moe_latent_size']) ? { latent: r.int(['moe_latent_size'])! } : {}),
    };
    out.moe = moe;
  }
  return { overrides: out };
}

/** The keys a config names a Mamba-1 mixer's shapes by: MambaConfig's, and Jamba's (Phi4FlashConfig's the same). */
const MAMBA_KEYS = {
  expand: 'expand',
  inner: 'intermediate_size',
  rank: 'time_step_rank',
  state: 'state_size',
  conv: 'conv_kernel',
  projBias: 'use_bias',
  convBias: 'use_conv_bias',
} as const;
const JAMBA_MAMBA_KEYS = {
  expand: 'mamba_expand',
  rank: 'mamba_dt_rank',
  state: 'mamba_d_state',
  conv: 'mamba_d_conv',
  projBias: 'mamba_proj_bias',
  convBias: 'mamba_conv_bias',
} as const;

/**
 * A Mamba-1 mixer (MambaMixer in modeling_mamba.py, JambaMambaMixer, SambaY's): d_in = expand·h unless the config states it,
 * Δ's rank "auto" = ⌈h/16⌉, d_state 16 and a 4-tap conv with its bias by default, no projection biases.
 */
function mamba1(
  r: FactReader,
  hidden: Sourced<number>,
  int: (keys: string[], d: number) => Sourced<number>,
  bool: (keys: string[], d: boolean) => Sourced<boolean>,
  arch: <T>(value: T) => Sourced<T>,
  keys: {
    readonly expand: string;
    readonly inner?: string;
    readonly rank: string;
    readonly state: string;
    readonly conv: string;
    readonly projBias: string;
    readonly convBias: string;
  },
): SsmSpec {
  const expand = int([keys.expand], 2);
  const inner = (keys.inner ? r.int([keys.inner]) : undefined) ?? derived(expand.value * hidden.value, { id: 'prov.mambaExpand' }, expand, hidden);
  const rank = r.int([keys.rank]) ?? derived(Math.ceil(hidden.value / 16), { id: 'prov.mambaDtRank', args: { key: keys.rank } }, hidden);
  return {
    kind: arch('mamba' as const),
    inner,
    heads: arch(0),
    stateDim: int([keys.state], 16),
    groups: arch(1),
    convKernel: int([keys.conv], 4),
    dtRank: rank,
    projBias: bool([keys.projBias], false),
    convBias: bool([keys.convBias], true),
    innerNorm: arch(false),
  };
}

/** Every layer the same: a Mamba stack (and RWKV's, recognize/rwkv.ts). */
export function uniform(layers: Sourced<number>, mixer: Mixer, ffn: boolean, ssm: SsmSpec, cls: string): HybridSpec {
  const why = { id: 'prov.architecture' as const, args: { arch: cls } };
  return { mixers: everyLayer(layers, mixer, why), ffn: everyLayer(layers, ffn, why), ssm };
}

/** The same value for each of a stack's layers, derived from its layer count. */
export function everyLayer<T>(layers: Sourced<number>, value: T, why: Message): Sourced<T[]> {
  return derived(
    Array.from({ length: layers.value }, () => value),
    why,
    layers,
  );
}

/**
 * JambaModel: layer i is attention when i % attn_layer_period = attn_layer_offset (else Mamba), its FFN MoE when
 * i % expert_layer_period = expert_layer_offset (JambaConfig's layers_block_type and layers_num_experts).
 */
function jamba(
  r: FactReader,
  layers: Sourced<number> | undefined,
  ssm: SsmSpec,
  byDefault: <T>(value: T, key: string) => Sourced<T>,
  out: Out,
): { overrides: ModelOverrides } | { error: Message } {
  if (!layers) return { error: { id: 'recognize.missingKey', args: { keys: 'num_hidden_layers' } } };
  const ap = r.int(['attn_layer_period']) ?? byDefault(8, 'attn_layer_period');
  const ao = r.int(['attn_layer_offset'], { min: 0 }) ?? byDefault(4, 'attn_layer_offset');
  const ep = r.int(['expert_layer_period']) ?? byDefault(2, 'expert_layer_period');
  const eo = r.int(['expert_layer_offset'], { min: 0 }) ?? byDefault(1, 'expert_layer_offset');
  const all = Array.from({ length: layers.value }, (_, i) => i);
  const why = { id: 'prov.jambaLayers' as const, args: { ap: ap.value, ao: ao.value } };
  out.hybrid = {
    mixers: derived(
      all.map((i) => (i % ap.value === ao.value ? 'attention' : 'ssm')),
      why,
      layers,
      ap,
      ao,
    ),
    ffn: everyLayer(layers, true, why),
    ssm,
  };
  const experts = r.int(['num_experts']) ?? byDefault(16, 'num_experts');
  if (experts.value > 1) {
    const width = r.int(['intermediate_size']);
    if (!width) return { error: { id: 'recognize.missingKey', args: { keys: 'intermediate_size' } } };
    const none = byDefault(0, 'n_shared_experts');
    out.moe = {
      experts,
      topK: r.int(['num_experts_per_tok']) ?? byDefault(2, 'num_experts_per_tok'),
      expertWidth: width,
      sharedExperts: none,
      sharedWidth: none,
      sharedGate: byDefault(false, 'n_shared_experts'),
      routerBias: byDefault(false, 'n_shared_experts'),
      layers: derived(
        all.filter((i) => i % ep.value === eo.value),
        { id: 'prov.jambaExperts', args: { ep: ep.value, eo: eo.value } },
        ep,
        eo,
      ),
    } satisfies ModelSpec['moe'];
  }
  return { overrides: out };
}

/**
 * Qwen3NextConfig: layer_types when listed, else every full_attention_interval-th layer (4; the last of each group) full
 * attention and the others Gated DeltaNet (linear_num_key_heads × linear_key_head_dim keys, linear_num_value_heads ×
 * linear_value_head_dim values, linear_conv_kernel_dim taps); the full attention's q_proj also yields its output gate.
 */
function qwen3Next(
  r: FactReader,
  layers: Sourced<number> | undefined,
  int: (keys: string[], d: number) => Sourced<number>,
  arch: <T>(value: T) => Sourced<T>,
  cls: string,
  out: Out,
): { overrides: ModelOverrides } | { error: Message; at?: Sourced<unknown> } {
  if (!layers) return { error: { id: 'recognize.missingKey', args: { keys: 'num_hidden_layers' } } };
  const nk = int(['linear_num_key_heads'], 16);
  const dk = int(['linear_key_head_dim'], 128);
  const nv = int(['linear_num_value_heads'], 32);
  const dv = int(['linear_value_head_dim'], 128);
  const ssm: SsmSpec = {
    kind: arch('deltanet' as const),
    inner: derived(nv.value * dv.value, { id: 'prov.deltaNetValues' }, nv, dv),
    heads: nv,
    stateDim: dk,
    groups: nk,
    convKernel: int(['linear_conv_kernel_dim'], 4),
    dtRank: arch(0),
    projBias: arch(false),
    convBias: arch(false),
    innerNorm: arch(true),
    // Qwen3.5 (Qwen3_5GatedDeltaNet, Qwen3_5MoeGatedDeltaNet) splits Qwen3-Next's in_proj_qkvz and in_proj_ba into four linears.
    ...(cls !== 'Qwen3NextConfig' ? { splitProjections: arch(true) } : {}),
  };
  const listed = r.present('layer_types');
  const all = Array.from({ length: layers.value }, (_, i) => i);
  if (listed && (!Array.isArray(listed.value) || listed.value.length !== layers.value))
    return {
      error: { id: 'recognize.listLength', args: { key: 'layer_types', n: Array.isArray(listed.value) ? listed.value.length : 1, layers: layers.value } },
      at: { value: listed.value, source: { kind: 'fact', file: listed.file, path: listed.path, range: listed.valueRange } },
    };
  let mixers: Sourced<Mixer[]>;
  if (listed && Array.isArray(listed.value)) {
    const types = listed.value;
    mixers = {
      value: all.map((i) => (types[i] === 'full_attention' ? 'attention' : 'ssm')),
      source: { kind: 'fact', file: listed.file, path: listed.path, range: listed.valueRange },
    };
  } else {
    const n = int(['full_attention_interval'], 4);
    mixers = derived(
      all.map((i) => ((i + 1) % n.value === 0 ? 'attention' : 'ssm')),
      { id: 'prov.fullAttentionInterval', args: { n: n.value } },
      n,
      layers,
    );
  }
  out.positions = arch('rope' as const);
  out.outputGate = arch(true);
  // The checkpoints ship one multi-token-prediction layer (mtp.*: a full-attention MoE layer, its fc over [embedding; hidden]
  // and three norms) that the config does not name and transformers does not load: reported beside the total, not in it.
  out.mtpLayers = r.int(['num_nextn_predict_layers'], { min: 0 }) ?? derived(1, { id: 'prov.qwen3NextMtp' });
  out.hybrid = { mixers, ffn: everyLayer(layers, true, { id: 'prov.architecture', args: { arch: cls } }), ssm };
  return { overrides: out };
}

/**
 * KimiLinearConfig: linear_attn_config's kda_layers and full_attn_layers (1-based, together every layer once) choose each
 * layer's mixer; Kimi Delta Attention over its num_heads heads of head_dim with short_conv_kernel_size taps. Kimi-Linear-48B-A3B
 * (test/fixtures/hf_config_2026): 20 KDA layers of 39,514,272 (3·2304·4096 + 3·4096·4 + 2·(2304·128 + 128·4096) + 4096 +
 * 2304·32 + 32 + 128 + 4096·2304) and 7 latent-attention layers, 49,122,681,728 in all.
 */
function kimiLinear(
  r: FactReader,
  layers: Sourced<number> | undefined,
  int: (keys: string[], d: number) => Sourced<number>,
  arch: <T>(value: T) => Sourced<T>,
  cls: string,
  out: Out,
): { overrides: ModelOverrides } | { error: Message; at?: Sourced<unknown> } {
  if (!layers) return { error: { id: 'recognize.missingKey', args: { keys: 'num_hidden_layers' } } };
  const kda = r.intList(['linear_attn_config.kda_layers']);
  const full = r.intList(['linear_attn_config.full_attn_layers']);
  const heads = r.int(['linear_attn_config.num_heads']);
  const headDim = r.int(['linear_attn_config.head_dim']);
  if (!kda || !full || !heads || !headDim)
    return {
      error: {
        id: 'recognize.missingKey',
        args: {
          keys: ['kda_layers', 'full_attn_layers', 'num_heads', 'head_dim']
            .filter((_, i) => ![kda, full, heads, headDim][i])
            .map((k) => `linear_attn_config.${k}`)
            .join(' / '),
        },
      },
    };
  // Every layer once, by its 1-based number (KimiLinearConfig checks the same).
  const all = Array.from({ length: layers.value }, (_, i) => i + 1);
  const kdaSet = new Set(kda.value);
  const fullSet = new Set(full.value);
  if (kda.value.length + full.value.length !== layers.value || !all.every((n) => kdaSet.has(n) !== fullSet.has(n)))
    return {
      error: {
        id: 'recognize.listLength',
        args: { key: 'linear_attn_config.kda_layers + full_attn_layers', n: kda.value.length + full.value.length, layers: layers.value },
      },
      at: kda,
    };
  const fullRankGate = r.bool(['linear_attn_config.use_full_rank_gate']);
  const ssm: SsmSpec = {
    kind: arch('kda' as const),
    inner: derived(heads.value * headDim.value, { id: 'prov.kdaInner' }, heads, headDim),
    heads,
    stateDim: headDim,
    groups: heads,
    convKernel: int(['linear_attn_config.short_conv_kernel_size'], 4),
    dtRank: arch(0),
    projBias: arch(false),
    convBias: arch(false),
    innerNorm: arch(true),
    // Kimi K3: the output gate one full-rank g_proj.
    ...(fullRankGate?.value ? { fullRankGate } : {}),
  };
  // mla_use_nope: the latent attention without rotary positions (no parameters either way).
  out.positions = arch('none' as const);
  // Kimi K3: a gated latent attention (mla_use_output_gate), Block Attention Residuals (attn_res_block_size), and LatentMoE:
  // routed experts of routed_expert_hidden_size, with an RMSNorm over it when latent_moe_use_norm.
  const gate = r.bool(['mla_use_output_gate']);
  if (gate?.value) out.outputGate = gate;
  const block = r.int(['attn_res_block_size']);
  if (block) out.blockAttnRes = derived(true, { id: 'prov.fromKey', args: { key: 'attn_res_block_size' } }, block);
  const latent = r.int(['routed_expert_hidden_size']);
  const norm = r.bool(['latent_moe_use_norm']);
  if (latent) out.moeLatent = { latent, ...(norm?.value ? { latentNorm: norm } : {}) };
  out.hybrid = {
    mixers: derived(
      all.map((n): Mixer => (fullSet.has(n) ? 'attention' : 'ssm')),
      { id: 'prov.kdaLayers', args: { n: kda.value.length } },
      kda,
      full,
    ),
    ffn: everyLayer(layers, true, { id: 'prov.architecture', args: { arch: cls } }),
    ssm,
  };
  return { overrides: out };
}

/**
 * Lfm2Config: layer_types (full_attention or conv; older configs: full_attn_idxs) picks each layer's mixer; the short
 * convolution over conv_dim (hidden_size) channels of conv_L_cache taps, biased with conv_bias; the MLP's width from
 * intermediate_size (block_ff_dim) as Lfm2MLP adjusts it when block_auto_adjust_ff_dim: ⌊2f/3⌋, × block_ffn_dim_multiplier,
 * up to a multiple of block_multiple_of.
 */
function lfm2(
  r: FactReader,
  type: 'lfm2' | 'lfm2_moe',
  layers: Sourced<number> | undefined,
  hidden: Sourced<number>,
  int: (keys: string[], d: number) => Sourced<number>,
  bool: (keys: string[], d: boolean) => Sourced<boolean>,
  byDefault: <T>(value: T, key: string) => Sourced<T>,
  arch: <T>(value: T) => Sourced<T>,
  cls: string,
  out: Out,
): { overrides: ModelOverrides } | { error: Message; at?: Sourced<unknown> } {
  if (!layers) return { error: { id: 'recognize.missingKey', args: { keys: 'num_hidden_layers' } } };
  const all = Array.from({ length: layers.value }, (_, i) => i);
  const listed = r.present('layer_types');
  const idxs = r.present('full_attn_idxs');
  const at = (f: { value: unknown; file: string; path: readonly (string | number)[]; valueRange: { start: number; end: number } }): Sourced<unknown> => ({
    value: f.value,
    source: { kind: 'fact', file: f.file, path: [...f.path], range: f.valueRange },
  });
  let mixers: Sourced<Mixer[]>;
  if (listed) {
    if (!Array.isArray(listed.value) || listed.value.length !== layers.value)
      return {
        error: { id: 'recognize.listLength', args: { key: 'layer_types', n: Array.isArray(listed.value) ? listed.value.length : 1, layers: layers.value } },
        at: at(listed),
      };
    const types = listed.value;
    mixers = { value: all.map((i) => (types[i] === 'full_attention' ? 'attention' : 'ssm')), source: at(listed).source };
  } else if (idxs && Array.isArray(idxs.value)) {
    const attention = new Set(idxs.value);
    mixers = { value: all.map((i) => (attention.has(i) ? 'attention' : 'ssm')), source: at(idxs).source };
  } else return { error: { id: 'recognize.missingKey', args: { keys: 'layer_types / full_attn_idxs' } } };
  const kernel = int(['conv_L_cache'], 3);
  const bias = bool(['conv_bias'], false);
  const ssm: SsmSpec = {
    kind: arch('shortconv' as const),
    inner: r.int(['conv_dim']) ?? derived(hidden.value, { id: 'prov.lfm2ConvDim' }, hidden),
    heads: arch(0),
    stateDim: kernel,
    groups: arch(1),
    convKernel: kernel,
    dtRank: arch(0),
    projBias: bias,
    convBias: bias,
    innerNorm: arch(false),
  };
  out.positions = arch('rope' as const);
  out.hybrid = { mixers, ffn: everyLayer(layers, true, { id: 'prov.architecture', args: { arch: cls } }), ssm };
  if (type === 'lfm2_moe') return lfm2Moe(r, layers, int, bool, byDefault, arch, out);
  const base = r.int(['intermediate_size', 'block_ff_dim']) ?? classDefault(12288, 'intermediate_size', cls);
  const adjust = bool(['block_auto_adjust_ff_dim'], true);
  let ffn = base;
  if (adjust.value) {
    const multiple = int(['block_multiple_of'], 256);
    const factor = r.num(['block_ffn_dim_multiplier']) ?? classDefault(1, 'block_ffn_dim_multiplier', cls, '1.0');
    const scaled = Math.floor(factor.value * Math.floor((2 * base.value) / 3));
    const width = multiple.value * Math.ceil(scaled / multiple.value);
    ffn = derived(width, { id: 'prov.lfm2FfDim', args: { n: multiple.value } }, base, adjust, factor, multiple);
  }
  out.ffnWidth = ffn;
  return { overrides: out };
}

/**
 * Lfm2MoeConfig's feed-forward blocks: the first num_dense_layers (2) layers keep a dense SwiGLU Lfm2MoeMLP of
 * intermediate_size (7168) as written, the block_* keys unread; every later layer is an Lfm2MoeSparseMoeBlock of num_experts
 * (32) SwiGLU experts of moe_intermediate_size (1792), num_experts_per_tok (4) of them per token, behind an nn.Linear router
 * h × E without bias and, when use_expert_bias (true), its expert_bias of E (a buffer the checkpoint stores, as DeepSeek-V3's
 * score-correction bias). tie_embedding, the key of the original configs, wins over tie_word_embeddings as Lfm2MoeConfig
 * reads them.
 *
 * LFM2-8B-A1B (test/fixtures/hf_config_2026/lfm2-8b-a1b-augment-ft.config.json, a fine-tune with its shapes): 24 layers of
 * 2048, 18 short-convolution layers of 16,783,360 and 6 attention layers of 10,485,888, two RMSNorms each; two dense MLPs of
 * 44,040,192 and 22 MoE blocks of 352,387,104 (32 × 11,010,048 + 65,536 + 32); a tied 65,536 vocabulary and the final norm:
 * 8,339,930,560 ("8.3B"), 1,557,740,992 active with 4 experts ("1.5B").
 */
function lfm2Moe(
  r: FactReader,
  layers: Sourced<number>,
  int: (keys: string[], d: number) => Sourced<number>,
  bool: (keys: string[], d: boolean) => Sourced<boolean>,
  byDefault: <T>(value: T, key: string) => Sourced<T>,
  arch: <T>(value: T) => Sourced<T>,
  out: Out,
): { overrides: ModelOverrides } | { error: Message; at?: Sourced<unknown> } {
  out.ffnWidth = int(['intermediate_size'], 7168);
  const tied = r.bool(['tie_embedding']);
  if (tied) out.tiedEmbeddings = tied;
  const dense = r.int(['num_dense_layers'], { min: 0 }) ?? byDefault(2, 'num_dense_layers');
  const experts = int(['num_experts'], 32);
  const topK = int(['num_experts_per_tok'], 4);
  if (topK.value > experts.value) return { error: { id: 'recognize.topKOverExperts', args: { k: topK.value, e: experts.value } }, at: topK };
  const moeLayers = Array.from({ length: layers.value }, (_, i) => i).filter((i) => i >= dense.value);
  // Every layer dense (num_dense_layers ≥ num_hidden_layers): no MoE block at all.
  if (moeLayers.length === 0) return { overrides: out };
  const none = arch(0);
  out.moe = {
    experts,
    topK,
    expertWidth: int(['moe_intermediate_size'], 1792),
    sharedExperts: none,
    sharedWidth: none,
    sharedGate: arch(false),
    routerBias: bool(['use_expert_bias'], true),
    routerLinear: arch(true),
    layers: derived(moeLayers, { id: 'prov.lfm2MoeLayers', args: { n: dense.value } }, dense, layers),
  } satisfies MoeSpec;
  return { overrides: out };
}

/** A lightning-attention mixer (MiniMax-01's, Ring-linear's) over `heads` heads of `headDim`: bias-free, its RMSNorm over d_in. */
function lightning(heads: Sourced<number>, headDim: Sourced<number>, arch: <T>(value: T) => Sourced<T>): SsmSpec {
  return {
    kind: arch('lightning' as const),
    inner: derived(heads.value * headDim.value, { id: 'prov.lightningInner' }, heads, headDim),
    heads,
    stateDim: headDim,
    groups: arch(1),
    convKernel: arch(1),
    dtRank: arch(0),
    projBias: arch(false),
    convBias: arch(false),
    innerNorm: arch(true),
  };
}

/**
 * Phi-4-mini-flash (Phi4FlashConfig, modeling_phi4flash.py's SambaY decoder): layer i holds a Mamba mixer where i is a multiple
 * of mb_per_layer, else attention. The self-decoder (i < L/2 + 2): Mamba-1 (mamba_expand × h wide, mamba_d_state,
 * mamba_d_conv taps with their bias, Δ of rank ⌈h/16⌉ by "auto", no projection biases) and differential attention (Wqkv and
 * out_proj biased, λ vectors and subln), over a sliding_window in the layers below L/2, over the whole sequence in layer L/2 + 1,
 * whose keys and values the cross-decoder reuses. The cross-decoder (i ≥ L/2 + 2): a GMU where Mamba would be (gating layer
 * L/2's scan output) and attention of its own queries over layer L/2 + 1's keys and values. Every layer two biased LayerNorms
 * and the gated MLP.
 *
 * Phi-4-mini-flash-reasoning (test/fixtures/survey/fiftyninth/hf/991): 9 Mamba layers of 119,895,040, 9 self-attention ones of
 * 98,322,304, 7 GMU ones of 104,867,840 and 7 cross-decoder ones of 91,766,144 (each with its MLP and norms), a tied 200,064
 * vocabulary: 3,852,562,944, the Hub's count of its safetensors (its total_size / 2 less the fp32 A_log and λ, 741,376 more).
 */
function sambaY(
  r: FactReader,
  layers: Sourced<number> | undefined,
  hidden: Sourced<number>,
  int: (keys: string[], d: number) => Sourced<number>,
  bool: (keys: string[], d: boolean) => Sourced<boolean>,
  arch: <T>(value: T) => Sourced<T>,
  cls: string,
  out: Out,
): { overrides: ModelOverrides } | { error: Message; at?: Sourced<unknown> } {
  if (!layers) return { error: { id: 'recognize.missingKey', args: { keys: 'num_hidden_layers' } } };
  const every = int(['mb_per_layer'], 2);
  // (The attention layers' windows are the odd layers' below L/2: another spacing of Mamba layers is not modelled.)
  if (every.value !== 2)
    return { error: { id: 'recognize.unsupportedVariant', args: { key: 'mb_per_layer', value: String(every.value), family: cls } }, at: every };
  const L = layers.value;
  const half = Math.floor(L / 2);
  const mixers = derived(
    Array.from({ length: L }, (_, i): Mixer => {
      const cross = i >= half + 2;
      return i % every.value === 0 ? (cross ? 'gmu' : 'ssm') : cross ? 'cross' : 'attention';
    }),
    { id: 'prov.sambaYLayers', args: { half } },
    layers,
    every,
  );
  const window = int(['sliding_window'], 2047);
  out.slidingWindow = window;
  out.slidingWindowLayers = derived(
    mixers.value.filter((x, i) => x === 'attention' && i < half).length,
    { id: 'prov.sambaYLayers', args: { half } },
    mixers,
    window,
  );
  out.differentialAttention = arch(true);
  out.hybrid = {
    mixers,
    ffn: everyLayer(layers, true, { id: 'prov.architecture', args: { arch: cls } }),
    ssm: mamba1(r, hidden, int, bool, arch, JAMBA_MAMBA_KEYS),
  };
  return { overrides: out };
}

/**
 * Ring-linear 2.0 (BailingMoeLinearV2Config): layer i is softmax attention where (i + 1) is a multiple of layer_group_size, and
 * so are the layers after the last whole group (mlx-lm's rule; SGLang asks the count to divide); the others are lightning
 * attention over all num_attention_heads heads of head_dim (num_key_value_heads is the softmax layers' alone):
 * query_key_value h → 3·a·d, query_layernorm and key_layernorm over a head when use_qk_norm, g_proj h → a·d, g_norm over a·d,
 * dense a·d → h; use_qk_norm must be stated (Ling 2.0's config copies disagree on its default), and biased projections
 * (use_qkv_bias, use_bias) are refused, not modelled on the lightning mixer (bailingShared reads the MoE's shared expert).
 *
 * Ring-mini-linear-2.0 (test/fixtures/survey/fiftyninth/hf/990): 16 lightning layers of 20,973,824 and 4 softmax ones of
 * 10,486,016; one dense SwiGLU of 5,120 and 19 MoE layers of 256 + 1 experts of 512 (808,976,640 with the router and its
 * bias); an untied 157,184 vocabulary: 16,423,448,320, 1,600,777,984 active (956,952,320 without the embedding and head: the
 * technical report's "957M activations"; the card's 16.4B and 1.6B).
 */
function ringLinear(
  r: FactReader,
  layers: Sourced<number> | undefined,
  int: (keys: string[], d: number) => Sourced<number>,
  bool: (keys: string[], d: boolean) => Sourced<boolean>,
  arch: <T>(value: T) => Sourced<T>,
  cls: string,
  out: Out,
): { overrides: ModelOverrides } | { error: Message; at?: Sourced<unknown> } {
  if (!layers) return { error: { id: 'recognize.missingKey', args: { keys: 'num_hidden_layers' } } };
  const heads = r.int(['num_attention_heads']);
  const headDim = r.int(['head_dim']);
  const group = r.int(['layer_group_size']);
  const missing = !heads ? 'num_attention_heads' : !headDim ? 'head_dim' : !group ? 'layer_group_size' : undefined;
  if (missing || !heads || !headDim || !group) return { error: { id: 'recognize.missingKey', args: { keys: missing ?? '' } } };
  const qkNorm = r.bool(['use_qk_norm']);
  if (!qkNorm) return { error: { id: 'recognize.requiredKey', args: { key: 'use_qk_norm', cls } } };
  const L = layers.value;
  const whole = Math.floor(L / group.value) * group.value;
  const mixers = derived(
    Array.from({ length: L }, (_, i): Mixer => ((i + 1) % group.value === 0 || i >= whole ? 'attention' : 'ssm')),
    { id: 'prov.ringLayers', args: { g: group.value } },
    group,
    layers,
  );
  const useBias = bool(['use_bias'], false);
  const qkvBias = r.bool(['use_qkv_bias']) ?? useBias;
  const ssm: SsmSpec = { ...lightning(heads, headDim, arch), headNorms: qkNorm };
  // (A biased lightning mixer is not modelled: refused rather than counted without its biases.)
  if (qkvBias.value || useBias.value)
    return {
      error: { id: 'recognize.unsupportedVariant', args: { key: qkvBias.value ? 'use_qkv_bias' : 'use_bias', value: 'true', family: cls } },
      at: qkvBias.value ? qkvBias : useBias,
    };
  out.qkvBias = qkvBias;
  out.outBias = useBias;
  out.positions = arch('rope' as const);
  out.ffnWidth = int(['intermediate_size'], 5120);
  out.hybrid = { mixers, ffn: everyLayer(layers, true, { id: 'prov.architecture', args: { arch: cls } }), ssm };
  return { overrides: out };
}

/**
 * MiniMax-M1 / MiniMax-Text-01: attn_type_list (MiniMaxM1Config: 0 lightning attention, 1 softmax attention) or layer_types
 * (MiniMaxConfig: linear_attention / full_attention) picks each layer's
 * mixer. The lightning layer (MiniMaxM1LightningAttention, MiniMaxLightningAttention): qkv_proj h → 3·a·d, output_gate h → a·d,
 * an RMSNorm over a·d, out_proj a·d → h, all heads (no grouping), no biases. shared_intermediate_size > 0 adds a shared MLP and
 * its coefficient, not modelled: refused.
 *
 * MiniMax-M1-80k (test/fixtures/survey/eighth/hf/124): 70 lightning layers of 251,666,432 (3·6144·8192 + 6144·8192 + 8192 +
 * 8192·6144) and 10 softmax ones of 113,246,208 (6144·8192 + 2·6144·1024 + 8192·6144), each with 32 experts of 3·6144·9216, a
 * 6144 × 32 router and two norms (5,436,026,880), an untied 200,064 vocabulary: 456,089,655,296. Its index's total_size
 * 912,210,767,872 / 2 = 456,105,383,936 is 15,728,640 = 80 × 6144 × 32 more: the routers are stored in fp32 (vLLM's
 * MiniMaxText01MoE gate, params_dtype float32), 4 bytes each.
 */
function minimax(
  r: FactReader,
  type: 'minimax_m1' | 'minimax_text_01' | 'minimax',
  layers: Sourced<number> | undefined,
  hidden: Sourced<number>,
  arch: <T>(value: T) => Sourced<T>,
  cls: string,
  out: Out,
): { overrides: ModelOverrides } | { error: Message; at?: Sourced<unknown> } {
  if (!layers) return { error: { id: 'recognize.missingKey', args: { keys: 'num_hidden_layers' } } };
  const heads = r.int(['num_attention_heads']);
  if (!heads) return { error: { id: 'recognize.missingKey', args: { keys: 'num_attention_heads' } } };
  const shared = r.int(['shared_intermediate_size'], { min: 0 });
  if (shared && shared.value > 0)
    return { error: { id: 'recognize.unsupportedVariant', args: { key: 'shared_intermediate_size', value: String(shared.value), family: cls } }, at: shared };
  if (hidden.value % heads.value !== 0 && !r.int(['head_dim']))
    return { error: { id: 'recognize.headDimNotInteger', args: { hidden: hidden.value, heads: heads.value } }, at: heads };
  const headDim = r.int(['head_dim']) ?? derived(hidden.value / heads.value, { id: 'prov.headDim' }, hidden, heads);
  // A saved MiniMaxConfig always lists layer_types; without the list the stack is not guessed (MiniMax-M2 is another family).
  const key = type !== 'minimax' || r.present('attn_type_list') ? 'attn_type_list' : 'layer_types';
  const listed = r.present(key);
  let mixers: Sourced<Mixer[]>;
  if (listed) {
    const values = listed.value;
    const at: Sourced<unknown> = { value: values, source: { kind: 'fact', file: listed.file, path: [...listed.path], range: listed.valueRange } };
    if (!Array.isArray(values) || values.length !== layers.value)
      return { error: { id: 'recognize.listLength', args: { key, n: Array.isArray(values) ? values.length : 1, layers: layers.value } }, at };
    const softmax = key === 'attn_type_list' ? 1 : 'full_attention';
    const linear = key === 'attn_type_list' ? 0 : 'linear_attention';
    const odd = values.find((v) => v !== softmax && v !== linear);
    if (odd !== undefined) return { error: { id: 'recognize.unsupportedVariant', args: { key, value: String(odd), family: cls } }, at };
    mixers = derived(
      values.map((v) => (v === softmax ? 'attention' : 'ssm')),
      { id: 'prov.minimaxLayers', args: { key } },
      at,
    );
  } else return { error: { id: 'recognize.missingKey', args: { keys: type === 'minimax' ? 'layer_types / attn_type_list' : 'attn_type_list' } } };
  const ssm = lightning(heads, headDim, arch);
  out.positions = arch('rope' as const);
  out.hybrid = { mixers, ffn: everyLayer(layers, true, { id: 'prov.architecture', args: { arch: cls } }), ssm };
  return { overrides: out };
}

/**
 * GraniteMoeHybridConfig: layer_types (mamba / attention; absent: every layer Mamba, its layers_block_type) picks each layer's
 * mixer. The Mamba-2 mixer (BambaMixer) is mamba_expand × h wide (mamba_n_heads heads of mamba_d_head, which must multiply
 * to it), mamba_n_groups groups of mamba_d_state, a conv of mamba_d_conv taps (biased when mamba_conv_bias), in_proj and
 * out_proj biased when mamba_proj_bias, a gated RMSNorm over d_in. Every layer's FFN is the shared_mlp (SwiGLU of
 * shared_intermediate_size) and, when num_local_experts > 0, the routed experts beside it (GraniteMoeSharedMoE: an
 * unbiased h × E router, experts of intermediate_size). RoPE only when position_embedding_type is rope (no parameters).
 *
 * Granite-4.0-H-Small (40 × 4096, 36 Mamba layers of 102,286,976, 4 attention ones of 41,943,040, 72 experts of 768 with a
 * shared 1,536 in each layer: 698,654,720, tied 100,352 vocabulary): 32,207,337,984; its card says 32B total, 9B active.
 */
function graniteHybrid(
  r: FactReader,
  layers: Sourced<number> | undefined,
  hidden: Sourced<number>,
  int: (keys: string[], d: number) => Sourced<number>,
  bool: (keys: string[], d: boolean) => Sourced<boolean>,
  byDefault: <T>(value: T, key: string) => Sourced<T>,
  arch: <T>(value: T) => Sourced<T>,
  cls: string,
  out: Out,
): { overrides: ModelOverrides } | { error: Message; at?: Sourced<unknown> } {
  if (!layers) return { error: { id: 'recognize.missingKey', args: { keys: 'num_hidden_layers' } } };
  const all = Array.from({ length: layers.value }, (_, i) => i);
  const listed = r.present('layer_types');
  let mixers: Sourced<Mixer[]>;
  if (listed) {
    const at: Sourced<unknown> = { value: listed.value, source: { kind: 'fact', file: listed.file, path: [...listed.path], range: listed.valueRange } };
    const values = listed.value;
    if (!Array.isArray(values) || values.length !== layers.value)
      return { error: { id: 'recognize.listLength', args: { key: 'layer_types', n: Array.isArray(values) ? values.length : 1, layers: layers.value } }, at };
    const odd = values.find((v) => v !== 'mamba' && v !== 'attention');
    if (odd !== undefined) return { error: { id: 'recognize.unsupportedVariant', args: { key: 'layer_types', value: String(odd), family: cls } }, at };
    mixers = { value: values.map((v) => (v === 'attention' ? 'attention' : 'ssm')), source: at.source };
  } else
    mixers = derived(
      all.map((): Mixer => 'ssm'),
      { id: 'prov.classDefault', args: { key: 'layer_types', cls, value: 'mamba × num_hidden_layers' } },
      layers,
    );
  const expand = int(['mamba_expand'], 2);
  const inner = derived(expand.value * hidden.value, { id: 'prov.mambaExpand' }, expand, hidden);
  const heads = int(['mamba_n_heads'], 128);
  const headDim = r.int(['mamba_d_head']);
  // Only a Mamba layer uses these (an all-attention Granite-4.0-Micro keeps the class's mamba_* keys, unused).
  const mamba = mixers.value.includes('ssm');
  if (mamba && inner.value % heads.value !== 0)
    return {
      error: { id: 'recognize.notDivisible', args: { key: 'mamba_n_heads', n: heads.value, of: 'mamba_expand × hidden_size', m: inner.value } },
      at: heads,
    };
  // GraniteMoeHybridConfig refuses a mamba_d_head that does not make heads × head dim = mamba_expand × h.
  if (mamba && headDim && headDim.value * heads.value !== inner.value)
    return { error: { id: 'recognize.unsupportedVariant', args: { key: 'mamba_d_head', value: String(headDim.value), family: cls } }, at: headDim };
  const ssm: SsmSpec = {
    kind: arch('mamba2' as const),
    inner,
    heads,
    stateDim: int(['mamba_d_state'], 256),
    groups: int(['mamba_n_groups'], 1),
    convKernel: int(['mamba_d_conv'], 4),
    dtRank: arch(0),
    projBias: bool(['mamba_proj_bias'], false),
    convBias: bool(['mamba_conv_bias'], true),
    innerNorm: arch(true),
  };
  const pos = r.str(['position_embedding_type']);
  out.positions = pos
    ? derived(pos.value === 'rope' ? 'rope' : 'none', { id: 'prov.fromKey', args: { key: 'position_embedding_type' } }, pos)
    : byDefault('none' as const, 'position_embedding_type');
  out.hybrid = { mixers, ffn: everyLayer(layers, true, { id: 'prov.architecture', args: { arch: cls } }), ssm };
  const experts = r.int(['num_local_experts'], { min: 0 }) ?? byDefault(8, 'num_local_experts');
  const sharedWidth = r.int(['shared_intermediate_size']) ?? byDefault(1024, 'shared_intermediate_size');
  if (experts.value === 0) {
    out.ffnWidth = derived(sharedWidth.value, { id: 'prov.fromKey', args: { key: 'shared_intermediate_size' } }, sharedWidth, experts);
    return { overrides: out };
  }
  const topK = r.int(['num_experts_per_tok']) ?? byDefault(2, 'num_experts_per_tok');
  if (topK.value > experts.value) return { error: { id: 'recognize.topKOverExperts', args: { k: topK.value, e: experts.value } }, at: topK };
  const one = derived(1, { id: 'prov.architecture', args: { arch: cls } }, sharedWidth);
  out.moe = {
    experts,
    topK,
    expertWidth: r.int(['intermediate_size']) ?? byDefault(11008, 'intermediate_size'),
    sharedExperts: one,
    sharedWidth,
    sharedGate: arch(false),
    routerBias: arch(false),
    routerLinear: arch(true),
    layers: derived(all, { id: 'prov.moeEveryLayer' }, experts),
  } satisfies MoeSpec;
  return { overrides: out };
}
