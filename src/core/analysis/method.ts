/**
 * The training method: what is trained and what is frozen. A full run (pretraining or a full
 * fine-tune) trains every parameter; a parameter-efficient method freezes the base and trains what
 * PEFT builds for it (peft/tuners/<method>/layer.py; perLinear below for each kind on a wrapped linear
 * layer of in × out features): LoRA (Hu et al. 2021) A (r × in) and B (out × r), r·(in + out); DoRA
 * (Liu et al. 2024) adds a magnitude of out; LoHa, AdaLoRA, VeRA, OFT, IA3 and FourierFT their own
 * shapes; prompt tuning n virtual token embeddings of h; prefix tuning n keys and values per layer;
 * LN tuning the norms' weights. Whole modules saved next to the adapter (modules_to_save) are trained too.
 *
 * The roles' shapes (formulas.md §1): q h → a·d, k and v h → g·d, o a·d → h; a gated MLP's gate and
 * up h → f and down f → h (a plain MLP has up and down); each MoE expert the same with its own
 * width; the head h → V. Multi-head latent attention and encoder–decoder stacks have other
 * layers: adapters on them are not modelled (every role is unmatched).
 */
import {
  ALL_LINEAR_TARGETS,
  MIXER_TARGETS,
  parentRoles,
  type AdapterKind,
  type AdapterSpec,
  type AdapterTarget,
  type FreezeSpec,
  type ModelSpec,
  type TrainingSpec,
} from '../spec';
import {
  attentionPart,
  attentionShapes,
  denseMlpPart,
  gemma4AttentionShapes,
  gemma4Layer,
  hasLmHead,
  mlpShapes,
  moeMlpPart,
  normSize,
  routerRows,
  visionProjectorParams,
  withFfnWidth,
  type ParamsAnalysis,
} from './params';
import { computed, input, quantity, type Quantity } from './quantity';

export interface MethodAnalysis {
  readonly kind: 'full' | 'freeze' | AdapterKind;
  /** Parameters that receive gradients and optimizer state (exact). */
  readonly trainable: Quantity;
  /** The adapter's own parameters (0 for a full run). */
  readonly adapter: Quantity;
  /** Adapter weights one token passes through, forward (MoE: its k experts and the shared ones). */
  readonly adapterPerToken: number;
  /** Parameters of whole modules trained next to the adapter (modules_to_save). */
  readonly saved: number;
  /** Bytes of dense in × out tensors (all layers) an adapter builds every forward and its matmul keeps for backward (LoHa, FourierFT, HiRA, …). */
  readonly denseBytes: number;
  /** Bytes an adapter holds through the whole forward and backward, once per model (trainable tokens' embedding copy). */
  readonly heldBytes: number;
  /** Bytes per token a layer's adapter keeps for backward beyond the layer's own activations (averaged over the layers). */
  readonly savedPerTokenLayer: number;
  /** Virtual tokens prepended to every sequence (prompt tuning): every layer and the head see them. */
  readonly virtualTokens: number;
  /** The base weights are frozen: they need activation gradients but no weight gradients. */
  readonly frozenBase: boolean;
  /** Matmul weights a token passes that are trained whole under a frozen base (partial fine-tuning): their weight gradients. */
  readonly trainedPerToken?: number;
  /** Forward passes per trained token without gradients (DPO's reference; KTO's KL batch and reference: TrainingSpec.preference). */
  readonly extraForwards?: number;
  /** The share of a sequence's tokens whose logits are computed (TrainingSpec.logitsTokens / seqLen: GRPO's completion); absent: all. */
  readonly headShare?: number;
  /** Roles the adapter names that this architecture does not have. */
  readonly unmatched: readonly AdapterTarget[];
  /** The smallest side of a wrapped layer (a rank above it adds nothing). */
  readonly smallestSide?: { readonly role: AdapterTarget; readonly features: number };
  /** The adapter's parameters on a vision tower's linears that a target list's entries reach (in `adapter`), and those entries. */
  readonly vision?: { readonly params: number; readonly names: readonly string[] };
}

type Linear = readonly [inFeatures: number, outFeatures: number];

/** Where a feed-forward linear sits: a dense layer's MLP, the routed experts (and their router), the shared experts (and their gate). */
type FfnScope = 'dense' | 'experts' | 'shared';

/**
 * The feed-forward places each role's target names reach, where every name of that role is qualified by its parent module
 * (PEFT matches an entry as the module's whole path or a dotted suffix of it, tuners_utils.check_target_module_exists:
 * `shared_expert.up_proj` is the shared expert's up projection, not the routed experts' `mlp.experts.3.up_proj`, and
 * `mlp.up_proj` a dense layer's). A role with one bare name among its entries (`up_proj`) reaches all of them: absent here.
 * The router role: `gate` / `router` the experts' router, `shared_expert_gate` the shared expert's gate.
 */
export function ffnScopes(names: readonly string[]): Map<AdapterTarget, Set<FfnScope>> {
  const out = new Map<AdapterTarget, Set<FfnScope>>();
  const open = new Set<AdapterTarget>();
  for (const name of names) {
    const parts = name.split('.');
    const last = parts[parts.length - 1]!;
    const role: AdapterTarget | undefined = /^(gate|router|shared_expert_gate)$/.test(last)
      ? 'router'
      : /^(gate_proj|w1|wi_0)$/.test(last)
        ? 'gate'
        : /^(up_proj|w3|fc1|wi|wi_1)$/.test(last)
          ? 'up'
          : /^(down_proj|w2|fc2|wo)$/.test(last)
            ? 'down'
            : undefined;
    if (!role) continue;
    const parent = parts.slice(0, -1).join('.');
    const scope: FfnScope | undefined =
      role === 'router'
        ? last === 'shared_expert_gate'
          ? 'shared'
          : 'experts'
        : /(^|\.)shared_(experts?|mlp)$/.test(parent)
          ? 'shared'
          : /(^|\.)experts(\.\d+)?$/.test(parent)
            ? 'experts'
            : /(^|\.)(mlp|feed_forward|ffn)$/.test(parent)
              ? 'dense'
              : undefined;
    if (!scope) open.add(role);
    else out.set(role, new Set([...(out.get(role) ?? []), scope]));
  }
  for (const r of open) out.delete(r);
  return out;
}

/**
 * Multi-head latent attention's linears by role, as Hugging Face's modelling code (modeling_deepseek_v3.py and its kin) and
 * Megatron-Core name them: q_a_proj and q_b_proj (q_proj without a query LoRA), kv_a_proj_with_mqa, kv_b_proj, o_proj. A list of
 * names (PEFT's suffix match) reaches a role by these alone: q_proj, k_proj and v_proj reach nothing on a model with a query LoRA.
 */
function mlaNames(m: ModelSpec): [AdapterTarget, string][] {
  const q: [AdapterTarget, string][] =
    (m.mla?.qLoraRank.value ?? 0) > 0
      ? [
          ['q', 'q_a_proj'],
          ['q', 'q_b_proj'],
          ['q', 'linear_q_down_proj'],
          ['q', 'linear_q_up_proj'],
        ]
      : [
          ['q', 'q_proj'],
          ['q', 'linear_q_proj'],
        ];
  return [
    ...q,
    ['k', 'kv_a_proj_with_mqa'],
    ['k', 'linear_kv_down_proj'],
    ['v', 'kv_b_proj'],
    ['v', 'linear_kv_up_proj'],
    ['o', 'o_proj'],
    ['o', 'linear_proj'],
  ];
}

/** The linear layers of each role in one layer of the model, per kind of layer; undefined when the role is absent. */
function roleShapes(
  m: ModelSpec,
  scopes: ReadonlyMap<AdapterTarget, ReadonlySet<FfnScope>> = new Map(),
): {
  dense: Partial<Record<AdapterTarget, Linear[]>>;
  moe: Partial<Record<AdapterTarget, Linear[]>>;
  moeActive: Partial<Record<AdapterTarget, Linear[]>>;
} {
  const gated = m.ffnKind.value === 'gated';
  const h = m.hidden.value;
  const attention: Partial<Record<AdapterTarget, Linear[]>> = attentionShapes(m);
  // (Each role's linears in the places its names reach: ffnScopes.)
  const reaches = (role: AdapterTarget, scope: FfnScope) => scopes.get(role)?.has(scope) ?? true;
  const mlp = (width: number, copies: number, scope: FfnScope): Partial<Record<AdapterTarget, Linear[]>> => {
    const n = <T>(x: T): T[] => Array.from({ length: copies }, () => x);
    const out: Partial<Record<AdapterTarget, Linear[]>> = {};
    if (gated && reaches('gate', scope)) out.gate = n<Linear>([h, width]);
    if (reaches('up', scope)) out.up = n<Linear>([h, width]);
    if (reaches('down', scope)) out.down = n<Linear>([width, h]);
    return out;
  };
  const join = (...parts: Partial<Record<AdapterTarget, Linear[]>>[]) => {
    const out: Partial<Record<AdapterTarget, Linear[]>> = {};
    for (const p of parts) for (const [k, v] of Object.entries(p) as [AdapterTarget, Linear[]][]) out[k] = [...(out[k] ?? []), ...v];
    return out;
  };
  const mixer = mixerShapes(m);
  const dense = join(attention, mlp(m.ffnWidth.value, 1, 'dense'), mixer);
  if (!m.moe) return { dense, moe: {}, moeActive: {} };
  const shared = m.moe.sharedExperts.value > 0 ? mlp(m.moe.sharedWidth.value, m.moe.sharedExperts.value, 'shared') : {};
  // A router that is a linear (h → E), and Qwen2-MoE's shared-expert gate (h → 1) beside it (a linear also where the router is
  // a module of its own, Qwen3.5's).
  const gates: Linear[] = [
    ...(m.moe.routerLinear?.value && reaches('router', 'experts') ? [[h, routerRows(m.moe)] as const] : []),
    ...(m.moe.sharedGate.value && reaches('router', 'shared') ? [[h, 1] as const] : []),
  ];
  const router: Partial<Record<AdapterTarget, Linear[]>> = gates.length ? { router: gates } : {};
  // Experts stacked as parameters (MoeSpec.expertsFused) are no linears an adapter wraps by name.
  const experts = (copies: number) => (m.moe!.expertsFused?.value ? {} : mlp(m.moe!.expertWidth.value, copies, 'experts'));
  return {
    dense,
    moe: join(attention, experts(m.moe.experts.value), shared, router, mixer),
    moeActive: join(attention, experts(m.moe.topK.value), shared, router, mixer),
  };
}

/**
 * A hybrid stack's mixer linears (spec.ts ssmSchema, MIXER_TARGETS), d_in inner width, N state size, g groups, n_h heads, R Δ
 * rank: Gated DeltaNet's in_proj_qkv h → 2·g·N + d_in, in_proj_z h → d_in, in_proj_b and in_proj_a h → n_h (Qwen3.5), or
 * in_proj_qkvz h → 2·g·N + 2·d_in and in_proj_ba h → 2·n_h (Qwen3-Next); Mamba-2's in_proj h → 2·d_in + 2·g·N + n_h;
 * Mamba-1's in_proj h → 2·d_in, x_proj d_in → R + 2·N, dt_proj R → d_in; the short convolution's in_proj h → 3·d_in; every
 * one's out_proj d_in → h (lightning attention's qkv_proj and output_gate are not among the roles).
 */
function mixerShapes(m: ModelSpec): Partial<Record<AdapterTarget, Linear[]>> {
  const x = m.hybrid?.ssm;
  if (!x) return {};
  const h = m.hidden.value;
  const d = x.inner.value;
  const N = x.stateDim.value;
  const out: Partial<Record<AdapterTarget, Linear[]>> = { out_proj: [[d, h]] };
  switch (x.kind.value) {
    case 'deltanet': {
      const kd = x.groups.value * N;
      const nv = x.heads.value;
      return x.splitProjections?.value
        ? { in_proj_qkv: [[h, 2 * kd + d]], in_proj_z: [[h, d]], in_proj_b: [[h, nv]], in_proj_a: [[h, nv]], ...out }
        : { in_proj_qkvz: [[h, 2 * kd + 2 * d]], in_proj_ba: [[h, 2 * nv]], ...out };
    }
    case 'mamba2':
      return { in_proj: [[h, 2 * d + 2 * x.groups.value * N + x.heads.value]], ...out };
    case 'mamba':
      return { in_proj: [[h, 2 * d]], x_proj: [[d, x.dtRank.value + 2 * N]], dt_proj: [[x.dtRank.value, d]], ...out };
    case 'shortconv':
      return { in_proj: [[h, 3 * d]], ...out };
    case 'lightning':
      return out;
    // Kimi Delta Attention's linears are q_proj, k_proj, v_proj and o_proj like an attention's: kdaLinears counts them.
    case 'kda':
      return {};
    // (RWKV's receptance, key, value, gate and output are no role an adapter's names reach here: RWKV-PEFT wraps them itself.)
    case 'rwkv6':
    case 'rwkv7':
      return {};
  }
}

/**
 * Kimi Delta Attention's linears (KimiDeltaAttention), d_in = n_h·d: q_proj, k_proj, v_proj h → d_in, f_a_proj and g_a_proj
 * h → d, f_b_proj and g_b_proj d → d_in (Kimi K3: one g_proj h → d_in), b_proj h → n_h, o_proj d_in → h; each with the
 * attention role its name has, if any.
 */
function kdaLinears(m: ModelSpec): { name: string; role: AdapterTarget; shape: Linear }[] {
  const x = m.hybrid?.ssm;
  if (x?.kind.value !== 'kda') return [];
  const h = m.hidden.value;
  const d = x.inner.value;
  const dh = x.stateDim.value;
  return [
    { name: 'q_proj', role: 'q', shape: [h, d] },
    { name: 'k_proj', role: 'k', shape: [h, d] },
    { name: 'v_proj', role: 'v', shape: [h, d] },
    { name: 'o_proj', role: 'o', shape: [d, h] },
    { name: 'f_a_proj', role: 'in_proj', shape: [h, dh] },
    { name: 'f_b_proj', role: 'in_proj', shape: [dh, d] },
    ...(x.fullRankGate?.value
      ? [{ name: 'g_proj', role: 'in_proj' as const, shape: [h, d] as const }]
      : [
          { name: 'g_a_proj', role: 'in_proj' as const, shape: [h, dh] as const },
          { name: 'g_b_proj', role: 'in_proj' as const, shape: [dh, d] as const },
        ]),
    { name: 'b_proj', role: 'in_proj', shape: [h, x.heads.value] },
  ];
}

/** The paths visionLinears gives a vision-language model's projector (Qwen2-VL's mergers, LLaVA's projector, Idefics3's connector, Llama 4's adapter, InternVL's mlp1, Qwen-VL's Resampler). */
const PROJECTOR_PATH = /(^|\.)(merger|deepstack_merger_list|multi_modal_projector|connector|vision_adapter|mlp1|attn_pool)(\.|$)/;

/**
 * A vision tower's linears (and its projector's) by their module paths in transformers, each with the role its adapter counts
 * as: PEFT matches a target list's entry as a suffix of a module's full path, the vision tower's too, and its all-linear takes
 * every nn.Linear of the model but the output head (tuners_utils.py _maybe_include_all_linear_layers). h_v wide, an MLP of f_v,
 * h the text width, M = h_v·m²:
 * - the Qwen-VL towers (modeling_qwen2_vl.py, modeling_qwen2_5_vl.py, modeling_qwen3_vl.py): each block's attn.qkv
 *   h_v → 3·h_v (grouped key/value heads: h_v + 2·kv·h_v/heads), attn.proj h_v → h_v, and its MLP's fc1 h_v → f_v and fc2
 *   f_v → h_v (Qwen2-VL), gate_proj and up_proj h_v → f_v and down_proj f_v → h_v (Qwen2.5-VL), linear_fc1 and linear_fc2
 *   (Qwen3-VL, whose patch merger and deepstack mergers have a linear_fc1 M → M and a linear_fc2 M → O too). Qwen2-VL's and
 *   Qwen2.5-VL's merger is an nn.Sequential: mlp.0 M → M and mlp.2 M → O, which only all-linear (or `mlp.0`) reaches;
 * - SigLIP's blocks (modeling_siglip.py SiglipAttention, SiglipMLP; Gemma 3's vision_tower.vision_model, Idefics3's and
 *   SmolVLM's vision_model, SigLIP 2's as LFM2-VL has it) and CLIP's (LLaVA's vision_tower): self_attn.q_proj, k_proj, v_proj
 *   and out_proj h_v → h_v, mlp.fc1 h_v → f_v and mlp.fc2 f_v → h_v. Gemma 3's projector is an nn.Parameter
 *   (mm_input_projection_weight), no linear; LLaVA's multi_modal_projector.linear_1 h_v·n → h and linear_2 h → h; Idefics3's
 *   connector.modality_projection.proj M → h; LFM2-VL's SigLIP 2 patch_embedding c·p² → h_v (a linear) and its projector's
 *   linear_1 M → H and linear_2 H → h;
 * - Pixtral (Mistral 3, modeling_pixtral.py): attention.q_proj, k_proj, v_proj, o_proj h_v → h_v, feed_forward.gate_proj and
 *   up_proj h_v → f_v, down_proj f_v → h_v; Mistral3MultiModalProjector's patch_merger.merging_layer M → h_v (with a merge
 *   size), linear_1 h_v → h and linear_2 h → h;
 * - Mllama (modeling_mllama.py): the local and global encoders' self_attn.q_proj, k_proj, v_proj, o_proj h_v → h_v, mlp.fc1
 *   and fc2; multi_modal_projector O → h (one linear);
 * - Llama 4 (modeling_llama4.py): patch_embedding.linear c·p² → h_v, the blocks' self_attn.q_proj, k_proj, v_proj, o_proj and
 *   mlp.fc1, fc2, vision_adapter.mlp.fc1 f_v → P_in and fc2 P_out → P_out, multi_modal_projector.linear_1 O → h.
 * Other towers (InternViT, whose remote and transformers' modules are named apart; Gemma 4's; MoonViT and the rest) are not
 * modelled: none of their linears counts.
 */
function visionLinears(m: ModelSpec): { path: string; role: AdapterTarget; shape: Linear }[] {
  const v = m.vision;
  if (!v) return [];
  const hv = v.hidden.value;
  const fv = v.ffnWidth.value;
  const h = m.hidden.value;
  const M = hv * (v.mergeSize?.value ?? 1) ** 2;
  const out: { path: string; role: AdapterTarget; shape: Linear }[] = [];
  const add = (path: string, role: AdapterTarget, shape: Linear) => out.push({ path, role, shape });
  // A ViT block's four attention linears under `attn` (q, k, v and the output named `o`) and its MLP's (fc1 / fc2 by default).
  const fcMlp: readonly [string, AdapterTarget, Linear][] = [
    ['mlp.fc1', 'up', [hv, fv]],
    ['mlp.fc2', 'down', [fv, hv]],
  ];
  const vitBlocks = (at: string, layers: number, attn: string, o: string, mlp = fcMlp) => {
    for (let i = 0; i < layers; i++) {
      const block = `${at}.${i}`;
      for (const [n, role] of [
        ['q_proj', 'q'],
        ['k_proj', 'k'],
        ['v_proj', 'v'],
        [o, 'o'],
      ] as const)
        add(`${block}.${attn}.${n}`, role, [hv, hv]);
      for (const [name, role, shape] of mlp) add(`${block}.${name}`, role, shape);
    }
  };
  const L = v.layers.value;
  switch (v.kind) {
    case 'qwen2_vl':
    case 'qwen2_5_vl':
    case 'qwen3_vl': {
      const kv = v.heads && v.kvHeads ? 2 * v.kvHeads.value * (hv / v.heads.value) : 2 * hv;
      const mlp: [string, AdapterTarget, Linear][] =
        v.kind === 'qwen2_vl'
          ? [
              ['fc1', 'up', [hv, fv]],
              ['fc2', 'down', [fv, hv]],
            ]
          : v.kind === 'qwen2_5_vl'
            ? [
                ['gate_proj', 'gate', [hv, fv]],
                ['up_proj', 'up', [hv, fv]],
                ['down_proj', 'down', [fv, hv]],
              ]
            : [
                ['linear_fc1', 'up', [hv, fv]],
                ['linear_fc2', 'down', [fv, hv]],
              ];
      for (let i = 0; i < L; i++) {
        const block = `model.visual.blocks.${i}`;
        add(`${block}.attn.qkv`, 'q', [hv, hv + kv]);
        add(`${block}.attn.proj`, 'o', [hv, hv]);
        for (const [name, role, shape] of mlp) add(`${block}.mlp.${name}`, role, shape);
      }
      const O = v.outHidden?.value ?? h;
      if (v.kind === 'qwen3_vl') {
        const merger = (at: string) => {
          add(`${at}.linear_fc1`, 'up', [M, M]);
          add(`${at}.linear_fc2`, 'down', [M, O]);
        };
        merger('model.visual.merger');
        for (let i = 0; i < (v.deepstack?.value ?? 0); i++) merger(`model.visual.deepstack_merger_list.${i}`);
      } else {
        add('model.visual.merger.mlp.0', 'up', [M, M]);
        add('model.visual.merger.mlp.2', 'down', [M, O]);
      }
      return out;
    }
    case 'glm4v': {
      // Glm4vVisionModel: the blocks' fused qkv, proj and gated MLP (O wide), the merger's proj and gated MLP (H wide); the
      // patch and downsample convolutions are no linears.
      const O = v.outHidden?.value ?? h;
      const H = v.projectorHidden?.value ?? 0;
      for (let i = 0; i < L; i++) {
        const block = `model.visual.blocks.${i}`;
        add(`${block}.attn.qkv`, 'q', [hv, 3 * hv]);
        add(`${block}.attn.proj`, 'o', [hv, hv]);
        add(`${block}.mlp.gate_proj`, 'gate', [hv, fv]);
        add(`${block}.mlp.up_proj`, 'up', [hv, fv]);
        add(`${block}.mlp.down_proj`, 'down', [fv, hv]);
      }
      add('model.visual.merger.proj', 'o', [O, O]);
      add('model.visual.merger.gate_proj', 'gate', [O, H]);
      add('model.visual.merger.up_proj', 'up', [O, H]);
      add('model.visual.merger.down_proj', 'down', [H, O]);
      return out;
    }
    case 'siglip':
    case 'siglip_tower':
      // (siglip_tower: a remote-code wrapper's SigLIP tower, its blocks; the wrapper's connector is its own code's, not counted.)
      vitBlocks('model.vision_tower.vision_model.encoder.layers', L, 'self_attn', 'out_proj');
      return out;
    case 'paligemma':
      // (PaliGemma's SigLIP tower, and its projector: one linear, h_v → projection_dim.)
      vitBlocks('model.vision_tower.vision_model.encoder.layers', L, 'self_attn', 'out_proj');
      add('model.multi_modal_projector.linear', 'up', [hv, v.projectorOut?.value ?? h]);
      return out;
    case 'llava':
      vitBlocks('model.vision_tower.vision_model.encoder.layers', L, 'self_attn', 'out_proj');
      add('model.multi_modal_projector.linear_1', 'up', [(v.featureLayers?.value ?? 1) * hv, h]);
      add('model.multi_modal_projector.linear_2', 'down', [h, h]);
      return out;
    case 'idefics3':
      vitBlocks('model.vision_model.encoder.layers', L, 'self_attn', 'out_proj');
      add('model.connector.modality_projection.proj', 'up', [M, h]);
      return out;
    case 'fuyu':
      add('vision_embed_tokens', 'up', [v.channels.value * v.patch.value ** 2, h]);
      return out;
    case 'siglip2': {
      const H = v.projectorHidden?.value ?? h;
      add('model.vision_tower.vision_model.embeddings.patch_embedding', 'up', [v.channels.value * v.patch.value ** 2, hv]);
      vitBlocks('model.vision_tower.vision_model.encoder.layers', L, 'self_attn', 'out_proj');
      add('model.multi_modal_projector.linear_1', 'up', [M, H]);
      add('model.multi_modal_projector.linear_2', 'down', [H, h]);
      return out;
    }
    case 'pixtral':
      vitBlocks('model.vision_tower.transformer.layers', L, 'attention', 'o_proj', [
        ['feed_forward.gate_proj', 'gate', [hv, fv]],
        ['feed_forward.up_proj', 'up', [hv, fv]],
        ['feed_forward.down_proj', 'down', [fv, hv]],
      ]);
      if (v.mergeSize) add('model.multi_modal_projector.patch_merger.merging_layer', 'up', [M, hv]);
      add('model.multi_modal_projector.linear_1', 'up', [hv, h]);
      add('model.multi_modal_projector.linear_2', 'down', [h, h]);
      return out;
    case 'mllama':
      vitBlocks('model.vision_model.transformer.layers', L, 'self_attn', 'o_proj');
      vitBlocks('model.vision_model.global_transformer.layers', v.globalLayers?.value ?? 0, 'self_attn', 'o_proj');
      add('model.multi_modal_projector', 'up', [v.outHidden?.value ?? hv, h]);
      return out;
    case 'llama4': {
      const pin = v.projectorIn?.value ?? 0;
      const pout = v.projectorOut?.value ?? 0;
      add('model.vision_model.patch_embedding.linear', 'up', [v.channels.value * v.patch.value ** 2, hv]);
      vitBlocks('model.vision_model.model.layers', L, 'self_attn', 'o_proj');
      if (pin) add('model.vision_model.vision_adapter.mlp.fc1', 'up', [fv, pin]);
      if (pout) add('model.vision_model.vision_adapter.mlp.fc2', 'down', [pout, pout]);
      if (v.outHidden) add('model.multi_modal_projector.linear_1', 'up', [v.outHidden.value, h]);
      return out;
    }
    case 'intern_vit': {
      const M = hv * (v.mergeSize?.value ?? 1) ** 2;
      if (m.architecture.value === 'InternVLChatModel') {
        // InternVL's remote code (modeling_intern_vit.py): InternAttention's fused qkv h_v → 3·h_v and proj, InternMLP's fc1 and
        // fc2; the projector mlp1 (LayerNorm, M → h, GELU, h → h) at the model's top.
        for (let i = 0; i < L; i++) {
          const block = `vision_model.encoder.layers.${i}`;
          add(`${block}.attn.qkv`, 'q', [hv, 3 * hv]);
          add(`${block}.attn.proj`, 'o', [hv, hv]);
          add(`${block}.mlp.fc1`, 'up', [hv, fv]);
          add(`${block}.mlp.fc2`, 'down', [fv, hv]);
        }
        add('mlp1.1', 'up', [M, h]);
        add('mlp1.3', 'down', [h, h]);
        return out;
      }
      // transformers' InternVL (modeling_internvl.py): q_proj, k_proj, v_proj and projection_layer, the MLP's fc1 and fc2; the
      // multi_modal_projector's linear_1 and linear_2.
      vitBlocks('model.vision_tower.encoder.layer', L, 'attention', 'projection_layer');
      add('model.multi_modal_projector.linear_1', 'up', [M, h]);
      add('model.multi_modal_projector.linear_2', 'down', [h, h]);
      return out;
    }
    case 'qwen_vl': {
      // Qwen-VL's visual.py (QWenModel's transformer.visual): each block's fused in_proj (h_v → 3·h_v) and out_proj, the MLP's
      // c_fc and c_proj; the Resampler's kv_proj (h_v → O, absent when the widths agree) and its nn.MultiheadAttention's
      // out_proj (a Linear; its in_proj is a bare parameter, not one).
      const O = v.outHidden?.value ?? h;
      for (let i = 0; i < L; i++) {
        const block = `transformer.visual.transformer.resblocks.${i}`;
        add(`${block}.attn.in_proj`, 'q', [hv, 3 * hv]);
        add(`${block}.attn.out_proj`, 'o', [hv, hv]);
        add(`${block}.mlp.c_fc`, 'up', [hv, fv]);
        add(`${block}.mlp.c_proj`, 'down', [fv, hv]);
      }
      if (hv !== O) add('transformer.visual.attn_pool.kv_proj', 'up', [hv, O]);
      add('transformer.visual.attn_pool.attn.out_proj', 'o', [O, O]);
      return out;
    }
    default:
      return [];
  }
}

/**
 * LyCORIS's factorization (peft/tuners/lokr/layer.py): a dimension as m × n, m ≤ n, with m the factor when it divides it,
 * else (factor −1) the pair nearest the square root.
 */
export function factorization(dimension: number, factor: number): [number, number] {
  if (factor > 0 && dimension % factor === 0) {
    const m = factor;
    const n = dimension / factor;
    return m > n ? [n, m] : [m, n];
  }
  // LyCORIS walks the divisors upwards while they stay within the factor: it ends on the largest divisor at most
  // min(√dimension, factor) (and its partner). Searched downwards from there: √dimension steps at most.
  const limit = Math.min(Math.floor(Math.sqrt(dimension)), factor < 0 ? dimension : factor);
  let m = Math.max(1, limit);
  while (m > 1 && dimension % m !== 0) m--;
  return [m, dimension / m];
}

/** What one wrapped linear costs: trained parameters, adapter weights a token passes forward, bytes its forward keeps beyond the activations. */
interface LinearCost {
  readonly params: number;
  readonly perToken: number;
  /** A dense in × out tensor built every forward and kept for backward (fp32 unless stated: PEFT's autocast_adapter_dtype). */
  readonly denseBytes: number;
}

/**
 * One wrapped linear (in × out) of each kind, as PEFT builds it (peft/tuners/<method>/layer.py). LoRA A (r × in), B (out × r);
 * DoRA + a magnitude of out; LoHa two such pairs multiplied element-wise into a dense ΔW; AdaLoRA A, B and the singular
 * values E (r) at its initial rank; VeRA λ_d (r) and λ_b (out) over shared frozen projections; OFT `rank` blocks of
 * b = in / rank, each skew-symmetric (b·(b − 1)/2); IA3 one scaling of out (of in for a feed-forward module); FourierFT n
 * spectral coefficients turned into a dense ΔW; MISS r·out (mini: r·mini_r; "bat" merges a dense fp32 weight and keeps a
 * copy); GraLoRA (r + hybrid_r)·(in + out); HiRA r·(in + out) multiplied into W (dense); DeLoRA r·(in + out) + λ; SHiRA
 * r·(in + out) sparse values added to a 16-bit copy of W; BEFT a bias of out; BOFT factor·in·b rotations + out scales (a
 * dense rotated weight); RandLoRA λ (r × nb) and γ (nb × min(in, out)), nb = ⌈min / r⌉, over two dense random bases; C3A
 * in·out / b circulant blocks; VB-LoRA top-k logits over a shared bank, r·(in + out)·n / len; RoAd 2·(out/2, out or 2·out)
 * (PEFT requires the block and vector sizes to divide the layer; where they do not, the count is rounded down);
 * WaveFT n coefficients through an inverse wavelet transform (dense); LoKr its Kronecker factors (dense ΔW).
 */
function perLinear(a: AdapterSpec, role: AdapterTarget, [i, o]: Linear): LinearCost {
  const r = a.rank?.value ?? 0;
  const opt = a.options?.value ?? {};
  const dense = (bytes: number) => bytes * i * o;
  switch (a.kind.value) {
    case 'lora':
    case 'gralora':
      return { params: (r + (opt.hybridR ?? 0)) * (i + o), perToken: (r + (opt.hybridR ?? 0)) * (i + o), denseBytes: 0 };
    case 'dora':
      return { params: r * (i + o) + o, perToken: r * (i + o), denseBytes: 0 };
    case 'loha':
      return { params: 2 * r * (i + o), perToken: i * o, denseBytes: dense(4) };
    case 'adalora':
      return { params: r * (i + o) + r, perToken: r * (i + o), denseBytes: 0 };
    case 'vera':
      return { params: r + o, perToken: r * (i + o), denseBytes: 0 };
    case 'pvera':
      return { params: 2 * r + o, perToken: r * (i + o), denseBytes: 0 };
    case 'psoft': {
      const rotation = (opt.psoftOrth ?? true) ? (r * (r - 1)) / 2 : r * r;
      return { params: rotation + (opt.psoftMags ?? 2) * r, perToken: r * (i + o), denseBytes: 0 };
    }
    case 'oft': {
      const b = a.blockSize?.value ?? (r > 0 ? Math.floor(i / r) : 0);
      const blocks = r > 0 ? r : b > 0 ? Math.floor(i / b) : 0;
      return { params: (blocks * b * (b - 1)) / 2, perToken: 0, denseBytes: 0 };
    }
    case 'ia3': {
      const n = a.feedforward?.value.includes(role) ? i : o;
      return { params: n, perToken: n, denseBytes: 0 };
    }
    case 'fourierft':
    case 'waveft':
      return { params: a.frequencies?.value ?? 0, perToken: i * o, denseBytes: dense(4) };
    case 'miss': {
      const mode = opt.missMode ?? 'default';
      return { params: mode === 'mini' ? r * (opt.miniR ?? 1) : r * o, perToken: r * o, denseBytes: mode === 'bat' ? dense(8) : 0 };
    }
    case 'hira':
      return { params: r * (i + o), perToken: i * o, denseBytes: dense(4) };
    case 'delora':
      return { params: r * (i + o) + 1, perToken: r * (i + o), denseBytes: 0 };
    case 'shira':
      return { params: r * (i + o), perToken: 0, denseBytes: dense(2) };
    case 'beft':
      return { params: o, perToken: o, denseBytes: 0 };
    case 'boft': {
      const b = a.blockSize?.value ?? (opt.blockNum ? Math.floor(i / opt.blockNum) : 0);
      return { params: (opt.butterflyFactor ?? 1) * i * b + o, perToken: 0, denseBytes: 2 * (i * i + i * o) };
    }
    case 'randlora': {
      const small = Math.min(i, o);
      const nb = r > 0 ? Math.ceil(small / r) : 0;
      return { params: r * nb + nb * small, perToken: nb * r * (i + o), denseBytes: dense(8) };
    }
    case 'c3a': {
      const b = a.blockSize?.value ?? 1;
      return { params: Math.floor((i * o) / b), perToken: i, denseBytes: 0 };
    }
    case 'vblora': {
      const n = opt.numVectors ?? 256;
      const len = opt.vectorLength ?? 256;
      return { params: r * n * (Math.floor(i / len) + Math.floor(o / len)), perToken: r * (i + o), denseBytes: 0 };
    }
    case 'unilora':
    case 'tinylora':
      return { params: 0, perToken: r * (i + o), denseBytes: 0 };
    case 'road': {
      const size = Math.floor(((opt.roadVariant ?? 1) * o) / 2);
      return { params: 2 * size, perToken: o, denseBytes: 0 };
    }
    case 'lokr': {
      const f = opt.decomposeFactor ?? -1;
      const [inM, inN] = factorization(i, f);
      const [outL, outK] = factorization(o, f);
      const w1 = opt.decomposeBoth && r < Math.max(outL, inM) / 2 ? r * (outL + inM) : outL * inM;
      const w2 = r < Math.max(outK, inN) / 2 ? r * (outK + inN) : outK * inN;
      return { params: w1 + w2, perToken: i * o, denseBytes: dense(4) };
    }
    case 'prompt':
    case 'prefix':
    case 'ln':
    case 'tokens':
    case 'adaption':
      return { params: 0, perToken: 0, denseBytes: 0 };
  }
}

/** Kinds that train no wrapped linear: virtual tokens, norms, token rows, the adaption prompt; every other kind wraps linears by role. */
const NOT_ON_LINEARS: ReadonlySet<AdapterKind> = new Set<AdapterKind>(['prompt', 'prefix', 'ln', 'tokens', 'adaption']);
const wrapsLinears = (kind: AdapterKind) => !NOT_ON_LINEARS.has(kind);
/** Kinds whose rank bounds a low-rank product (a rank at or above a side is no longer low-rank). */
const LOW_RANK: ReadonlySet<AdapterKind> = new Set<AdapterKind>(['lora', 'dora', 'loha', 'adalora', 'vera', 'gralora', 'hira', 'delora']);

const FORMULA: Readonly<Record<AdapterKind, string>> = {
  lora: 'Σ r·(in + out)',
  dora: 'Σ (r·(in + out) + out)',
  loha: 'Σ 2·r·(in + out)',
  adalora: 'Σ (r·(in + out) + r)',
  vera: 'Σ (r + out)',
  oft: 'Σ r·b·(b − 1)/2, b = in / r',
  ia3: 'Σ out (in for feed-forward modules)',
  fourierft: 'Σ n_frequency',
  prompt: 'n_virtual·streams·h',
  prefix: 'n_virtual·L·2·g·d',
  ln: '(norms per layer·L + final)·norm size',
  miss: 'Σ r·out (mini: r·mini_r)',
  gralora: 'Σ (r + hybrid_r)·(in + out)',
  hira: 'Σ r·(in + out)',
  delora: 'Σ (r·(in + out) + 1)',
  shira: 'Σ r·(in + out)',
  beft: 'Σ out',
  boft: 'Σ (factor·in·b + out)',
  randlora: 'Σ (r·nb + nb·min(in, out)), nb = ⌈min(in, out)/r⌉',
  c3a: 'Σ in·out / b',
  vblora: 'bank + Σ r·(in + out)·n_vectors / length',
  unilora: 'θ length',
  road: 'Σ 2·(out/2 | out | 2·out)',
  waveft: 'Σ n_frequency',
  tinylora: 'u·groups, groups = max(1, round(modules·(1 − tying)))',
  lokr: 'Σ Kronecker factors w1 + w2',
  tokens: 'tokens·h',
  pvera: 'Σ (2·r + out)',
  psoft: 'Σ (r·(r − 1)/2 + 2·r)',
  adaption: 'layers·(len·h + 1)',
};

const ATTENTION_ROLES: ReadonlySet<AdapterTarget> = new Set(['q', 'k', 'v', 'o']);
const FFN_ROLES: ReadonlySet<AdapterTarget> = new Set(['gate', 'up', 'down']);
const MIXER_ROLES: ReadonlySet<AdapterTarget> = new Set(MIXER_TARGETS);

/**
 * Partial-parameter fine-tuning (LLaMA-Factory's freeze, llamafactory/model/adapter.py _setup_freeze_tuning; a
 * vision-language model's frozen parts): the last n layers (the first n when negative) trained whole, or only their
 * attention or MLP, and the embedding, head, final norm, vision tower or its projection where listed; everything else
 * frozen. Trainable: exact, from the layers' own parts (a MoE layer's experts all). FLOPs: the frozen base's 4 per weight
 * and token, plus 2 more for the weight gradients of the trained weights a token passes (T).
 */
function freezeMethod(m: ModelSpec, f: FreezeSpec, params: ParamsAnalysis): MethodAnalysis {
  const L = m.layers.value;
  const n = Math.min(L, Math.abs(f.layers));
  const first = f.layers < 0 ? 0 : L - n;
  const moe = new Set(m.moe?.layers.value ?? []);
  const attn = attentionPart(m);
  // A hybrid or encoder-decoder stack's layers differ by position in ways not laid out here: its average layer.
  const groups = params.layerGroups;
  const average = (key: 'each' | 'matmulEach') => groups.reduce((s, g) => s + g.count * g[key], 0) / Math.max(1, L);
  const parts = (i: number) => {
    if (m.hybrid || m.encoderDecoder) return { params: average('each'), matmul: average('matmulEach') };
    const mlp = moe.has(i) ? moeMlpPart(m) : denseMlpPart(m);
    const norms = m.normsPerLayer.value * normSize(m);
    if (!f.parts) return { params: attn.params + mlp.params + norms, matmul: attn.matmul + mlp.matmul };
    const a = f.parts.includes('attention');
    const b = f.parts.includes('mlp');
    return { params: (a ? attn.params : 0) + (b ? mlp.params : 0), matmul: (a ? attn.matmul : 0) + (b ? mlp.matmul : 0) };
  };
  // LLaMA-Factory's ids: range(L − n, L), range(n) when negative, or with LLaMA Pro range(stride − 1, L, stride), stride L / n.
  const stride = Math.max(1, Math.floor(L / Math.max(1, n)));
  const ids =
    f.spread && n > 0 ? Array.from({ length: Math.floor(L / stride) }, (_, k) => (k + 1) * stride - 1) : Array.from({ length: n }, (_, k) => first + k);
  let trainable = 0;
  let perToken = 0;
  for (const i of ids) {
    const p = parts(i);
    trainable += p.params;
    perToken += p.matmul;
  }
  // A tied head is the embedding: trained with it, once.
  const tied = params.outputHead.value === 0;
  if (f.extra.includes('embedding')) trainable += params.embedding.value;
  if (f.extra.includes('norm')) trainable += normSize(m);
  // A vision tower's weights see image tokens, not the text tokens the FLOPs count: trained, they add no T.
  const projector = visionProjectorParams(m);
  if (f.extra.includes('projector')) trainable += projector;
  if (f.extra.includes('vision')) trainable += params.vision.value - projector;
  if (f.extra.includes('head') && !tied) trainable += params.outputHead.value;
  if (f.extra.includes('head') || (tied && f.extra.includes('embedding'))) perToken += params.headMatmulPerToken;
  return {
    ...withoutAdapter('freeze', quantity(trainable, 'params', 'Σ trained layers (n) + listed modules', [computed('n', n)])),
    frozenBase: true,
    trainedPerToken: perToken,
  };
}

/** A method with no adapter (a full or a partial fine-tune): what it trains, nothing added. */
function withoutAdapter(kind: 'full' | 'freeze', trainable: Quantity): MethodAnalysis {
  return {
    kind,
    trainable,
    adapter: quantity(0, 'params', '0', []),
    adapterPerToken: 0,
    saved: 0,
    denseBytes: 0,
    heldBytes: 0,
    savedPerTokenLayer: 0,
    virtualTokens: 0,
    frozenBase: false,
    unmatched: [],
  };
}

export function analyzeMethod(m: ModelSpec, t: TrainingSpec, params: ParamsAnalysis): MethodAnalysis {
  const method = trainedMethod(m, t, params);
  const forwards = t.preference?.value.forwards ?? 0;
  const k = t.logitsTokens?.value;
  const s = t.seqLen?.value;
  const headShare = k !== undefined && s !== undefined && s > 0 && k < s ? k / s : undefined;
  return { ...method, ...(forwards > 0 ? { extraForwards: forwards } : {}), ...(headShare !== undefined ? { headShare } : {}) };
}

function trainedMethod(m: ModelSpec, t: TrainingSpec, params: ParamsAnalysis): MethodAnalysis {
  const a: AdapterSpec | undefined = t.adapter;
  if (!a && t.freeze) return freezeMethod(m, t.freeze.value, params);
  // A full fine-tune of a vision-language model with parts of it frozen (1e6 layers: every layer of the language model).
  const fp = t.frozenParts?.value;
  if (!a && fp && m.vision && (fp.language || fp.vision || fp.projector)) {
    const extra: FreezeSpec['extra'] = [
      ...(fp.language ? [] : (['embedding', 'head', 'norm'] as const)),
      ...(fp.vision ? [] : (['vision'] as const)),
      ...(fp.projector ? [] : (['projector'] as const)),
    ];
    return freezeMethod(m, { layers: fp.language ? 0 : 1e6, extra }, params);
  }
  // (The projector alone trained where the files describe only the language model, LLaVA's pretraining stage over a vision tower
  // not built here: none of the counted weights trains.)
  if (!a && fp && !m.vision && fp.language && fp.vision && !fp.projector) return freezeMethod(m, { layers: 0, extra: [] }, params);
  if (!a) return withoutAdapter('full', quantity(params.total.value, 'params', 'N', [computed('N', params.total.value)]));
  const kind = a.kind.value;
  const shapes = roleShapes(m, ffnScopes(a.suffixNames?.value ?? []));
  // The layers that hold a role's linears: q, k, v, o in those with attention, the MLP's in those with an FFN, a hybrid
  // stack's mixer linears (in_proj…, out_proj) in those with a state-space or linear-attention mixer.
  // PEFT's layers_to_transform: only the listed layers (MoE or dense by their index; a hybrid stack's share of each group).
  const listed = a.layers?.value.filter((i) => i < m.layers.value);
  const moeSet = new Set(m.moe?.layers.value ?? []);
  const layersWith = (kind: 'dense' | 'moe', role: AdapterTarget) => {
    const ed = m.encoderDecoder;
    if (ed) {
      // An encoder-decoder's stacks (PEFT matches encoder.layers.i and decoder.layers.i alike, layers_to_transform in each):
      // a decoder layer's self- and cross-attention (encoder_attn, T5's EncDecAttention) both hold q, k, v and o.
      if (kind !== 'dense' || MIXER_ROLES.has(role)) return 0;
      const within = (n: number) => (a.layers ? a.layers.value.filter((i) => i < n).length : n);
      return within(ed.encoderLayers.value) + (ATTENTION_ROLES.has(role) ? 2 : 1) * within(ed.decoderLayers.value);
    }
    const all = params.layerGroups
      .filter(
        (x) =>
          x.kind === kind &&
          (ATTENTION_ROLES.has(role)
            ? x.mixer === 'attention' || x.mixer === 'parallel' || (x.mixer === 'cross' && (role === 'q' || role === 'o'))
            : MIXER_ROLES.has(role)
              ? x.mixer === 'ssm' || x.mixer === 'parallel'
              : x.ffn),
      )
      .reduce((s, x) => s + x.count, 0);
    if (!listed) return all;
    if (m.hybrid) return Math.round((all * listed.length) / m.layers.value);
    return Math.min(all, listed.filter((i) => moeSet.has(i) === (kind === 'moe')).length);
  };
  const head: Linear = [m.hidden.value, m.vocab.value];
  let adapter = 0;
  let perToken = 0;
  let denseBytes = 0;
  let modules = 0;
  let savedPerTokenLayer = 0;
  const unmatched: AdapterTarget[] = [];
  let smallest: MethodAnalysis['smallestSide'];
  let visionParams = 0;
  const visionNames: string[] = [];
  if (wrapsLinears(kind)) {
    // A fused module (query_key_value, gate_up_proj) is one linear: its roles' outputs side by side over their common input.
    // out_proj is the attention's output in OPT, GPT-J, GPT-Neo, BART and Whisper (o_proj elsewhere): on a model without a
    // hybrid's mixer, that is the linear it names.
    // A fused module's role the model does not have (dense_h_to_4h's gate on GPT-NeoX or Falcon, whose MLP has none) is no
    // part of that module's linear, and nothing to report.
    const has = (r: AdapterTarget) => Boolean(shapes.dense[r]?.length || shapes.moe[r]?.length);
    const absent = new Set((a.fused?.value ?? []).flatMap((g) => (g.some(has) ? g.filter((r) => !has(r)) : [])));
    // The model's own fused linears too (Phi-3's qkv_proj under all-linear, or a pattern): one linear.
    const written = (a.fused?.value ?? []).map((g) => g.filter((r) => !absent.has(r)));
    const own = a.ownLinears?.value ? [] : (m.fusedLinears?.value ?? []).filter((g) => !written.some((w) => w.join() === g.join()));
    const fusedGroups = [...written, ...own];
    const named = a.targets.value.filter((r) => !absent.has(r));
    let targets = m.hybrid?.ssm ? named : [...new Set(named.map((r): AdapterTarget => (r === 'out_proj' ? 'o' : r)))];
    // A model whose code names a role's linears its own way (ModelSpec.moduleNames: LFM2's out_proj, w1, w3, w2; latent
    // attention's q_a_proj …): a list of names (PEFT's suffix match), or the names a regular expression matches, reach that role
    // by those names alone, o_proj nothing there, out_proj its attention's output too.
    const ownNames = m.moduleNames?.value ?? (m.mla ? mlaNames(m) : undefined);
    const entries = [...(a.suffixNames?.value ?? []), ...(a.patternNames?.value ?? [])];
    // (Each entry's module name: the last part of its path.)
    const lasts = new Set(entries.map((e) => e.split('.').pop()!));
    const dropped: AdapterTarget[] = [];
    // (An entry qualified by the parent that decides its role, `attn.c_proj`, reaches that role's module alone: parentRoles.
    // PEFT's own default for the architecture, target_modules unset, names the model's own linears.)
    const reaches = (r: AdapterTarget, n: string) => entries.some((e) => e.split('.').pop() === n && (parentRoles(e)?.includes(r) ?? true));
    // (Not where the names are a default's, assumed or derived from nothing a file states: a default names the model's own linears.)
    const source = a.suffixNames?.source;
    const assumedNames = source?.kind === 'assumed' || (source?.kind === 'derived' && source.from.length === 0);
    if (ownNames && entries.length && !a.allLinear?.value && !a.peftDefault?.value && !a.ownLinears?.value && !assumedNames) {
      const ownRoles = new Set(ownNames.map(([r]) => r));
      dropped.push(...targets.filter((r) => ownRoles.has(r) && !ownNames.some(([role, n]) => role === r && reaches(r, n))));
      targets = [...targets.filter((r) => !dropped.includes(r)), ...ownNames.filter(([r, n]) => reaches(r, n) && !targets.includes(r)).map(([r]) => r)];
      // (Where every entry is one of the model's own names, `["c_attn", "attn.c_proj", "w1", "w2"]` on Qwen, a role another
      // family's meaning of a name gave, w2 as Mixtral's down projection, was never asked for: nothing missing to report.)
      const own = new Set(ownNames.map(([, n]) => n));
      if (!entries.every((e) => own.has(e.split('.').pop()!))) unmatched.push(...dropped);
    }
    // A model whose code computes a group's roles with one linear (Phi-3's qkv_proj and gate_up_proj, Baichuan's W_pack): a list
    // of names reaches those roles only by that linear's name. PEFT's suffix match finds no q_proj or gate_proj there, so a role
    // the list names apart is not wrapped (Phi-3 under q_proj, k_proj, v_proj, o_proj: o_proj alone).
    // (Not PEFT's own default for the architecture, target_modules unset, which names the model's own linears.)
    if (a.suffixNames?.value.length && !a.peftDefault?.value && !a.patternNames?.value?.length && !a.allLinear?.value) {
      const fusedNames = a.fused?.value ?? [];
      const apart = a.ownLinears?.value
        ? []
        : targets.filter((r) => m.fusedLinears?.value.some((g) => g.includes(r)) && !fusedNames.some((g) => g.includes(r)));
      targets = targets.filter((r) => !apart.includes(r));
      unmatched.push(...apart);
    }
    // Every linear (all-linear): the router and the mixer linears a model lacks are nothing to report.
    const allLinear = ALL_LINEAR_TARGETS.every((r) => a.targets.value.includes(r));
    // (So too where the list names every mixer linear, whichever the model has: Tinker's train_attn.)
    const everyMixer = MIXER_TARGETS.every((r) => a.targets.value.includes(r));
    const groups = fusedGroups.filter((g) => g.every((r) => targets.includes(r) && r !== 'head' && r !== 'embedding' && shapes.dense[r]));
    const inGroup = new Set(groups.flat());
    const join = (part: Partial<Record<AdapterTarget, Linear[]>>, g: readonly AdapterTarget[]): Linear[] =>
      (part[g[0]!] ?? []).map(([i], k) => [i, g.reduce((sum, r) => sum + (part[r]?.[k]?.[1] ?? 0), 0)] as const);
    const units: { role: AdapterTarget; group?: readonly AdapterTarget[]; dense: Linear[]; moe: Linear[]; moeActive: Linear[]; heads: Linear[] }[] = [
      ...groups.map((g) => ({
        role: g[0]!,
        group: g,
        dense: join(shapes.dense, g),
        moe: join(shapes.moe, g),
        moeActive: join(shapes.moeActive, g),
        heads: [],
      })),
      ...targets
        .filter((r) => !inGroup.has(r))
        .map((role) => ({
          role,
          dense: role === 'head' || role === 'embedding' ? [] : (shapes.dense[role] ?? []),
          moe: role === 'head' || role === 'embedding' ? [] : (shapes.moe[role] ?? []),
          moeActive: role === 'head' || role === 'embedding' ? [] : (shapes.moeActive[role] ?? []),
          // (The input embedding's adapter, V × h as a linear's A and B: r · (V + h) parameters.)
          heads: role === 'head' ? [head] : role === 'embedding' ? [[m.vocab.value, m.hidden.value] as const] : [],
        })),
    ];
    // Gemma 4: each adapted layer's own linears (gemma4AttentionShapes: a global layer's head width and KV heads, no k or v of
    // its own on a layer that shares keys and values, no v on a global layer with attention_k_eq_v; a dense model's MLP twice
    // as wide on a sharing layer with use_double_wide_mlp).
    const g4 = m.gemma4;
    const indices = listed ?? Array.from({ length: m.layers.value }, (_, i) => i);
    const perLayer = (role: AdapterTarget, group: readonly AdapterTarget[] | undefined): Linear[][] | undefined => {
      const roles = group ?? [role];
      const attention = roles.every((r) => ATTENTION_ROLES.has(r));
      const wide = !m.moe && g4?.doubleWideMlp.value === true && roles.every((r) => FFN_ROLES.has(r) && shapes.dense[r]?.length);
      // Sliding layers of their own KV heads (ModelSpec.slidingAttention): each layer's k and v at its own width.
      const sa = m.slidingAttention;
      if (sa && attention) {
        const swa = attentionShapes({ ...m, kvHeads: sa.kvHeads }) as Partial<Record<AdapterTarget, Linear[]>>;
        const full = attentionShapes(m) as Partial<Record<AdapterTarget, Linear[]>>;
        return indices.map((i) => {
          const part = sa.layers.value[i] ? swa : full;
          return group ? join(part, group) : (part[role] ?? []);
        });
      }
      // DeciLM's layers of their own FFN widths (HybridSpec.ffnWidths): each layer with an MLP, its linears at its width.
      const widths = m.hybrid?.ffnWidths?.value;
      if (widths && roles.every((r) => FFN_ROLES.has(r) && shapes.dense[r]?.length)) {
        const scopes = ffnScopes(a.suffixNames?.value ?? []);
        return indices
          .filter((i) => m.hybrid!.ffn.value[i])
          .map((i) => {
            const part = roleShapes(withFfnWidth(m, widths[i] ?? m.ffnWidth.value), scopes).dense as Partial<Record<AdapterTarget, Linear[]>>;
            return group ? join(part, group) : (part[role] ?? []);
          });
      }
      if (!g4 || (!attention && !wide)) return undefined;
      return indices.map((i) => {
        const { full, shared } = gemma4Layer(m, i);
        const part: Partial<Record<AdapterTarget, Linear[]>> = attention
          ? gemma4AttentionShapes(m, full, shared)
          : Object.fromEntries(
              roles.map((r) => [r, shapes.dense[r]!.map(([a, b]): Linear => (r === 'down' ? [shared ? 2 * a : a, b] : [a, shared ? 2 * b : b]))]),
            );
        return group ? join(part, group) : (part[role] ?? []);
      });
    };
    for (const { role, group, dense, moe, moeActive, heads } of units) {
      // (A role that only dense layers have, on a model whose layers are all MoE with experts that are no linears, gpt-oss's
      // gate_proj, wraps nothing either.)
      if ((!dense.length || layersWith('dense', role) === 0) && !moe.length && !heads.length) {
        // (all-linear wraps the linears there are: a role the model has none of, a router that is no linear, gpt-oss's experts
        // that are parameters, is nothing to report; nor a mixer's roles on a model without that mixer.)
        if (role !== 'router' && !allLinear && !(everyMixer && MIXER_ROLES.has(role))) unmatched.push(role);
        continue;
      }
      const sum = (ls: Linear[], k: keyof LinearCost) => ls.reduce((s, l) => s + perLinear(a, role, l)[k], 0);
      const layered = perLayer(role, group);
      if (layered) {
        for (const ls of layered) {
          adapter += sum(ls, 'params');
          perToken += sum(ls, 'perToken');
          denseBytes += sum(ls, 'denseBytes');
          modules += ls.length;
          if (LOW_RANK.has(kind)) for (const [i, o] of ls) if (!smallest || Math.min(i, o) < smallest.features) smallest = { role, features: Math.min(i, o) };
        }
        continue;
      }
      const denseLayers = layersWith('dense', role);
      const moeLayers = layersWith('moe', role);
      adapter += denseLayers * sum(dense, 'params') + moeLayers * sum(moe, 'params') + sum(heads, 'params');
      perToken += denseLayers * sum(dense, 'perToken') + moeLayers * sum(moeActive, 'perToken') + sum(heads, 'perToken');
      denseBytes += denseLayers * sum(dense, 'denseBytes') + moeLayers * sum(moeActive, 'denseBytes') + sum(heads, 'denseBytes');
      modules += denseLayers * dense.length + moeLayers * moe.length + heads.length;
      if (LOW_RANK.has(kind))
        for (const [i, o] of [...dense, ...moe, ...heads]) if (!smallest || Math.min(i, o) < smallest.features) smallest = { role, features: Math.min(i, o) };
    }
    // A Kimi Delta Attention layer's linears (kdaLinears), in the layers with that mixer: those a name of the list ends with, or
    // (a list of roles) q_proj, k_proj, v_proj and o_proj by theirs; all-linear every one. (The latent attention's, in the other
    // layers, are the units above.)
    const kda = kdaLinears(m);
    if (kda.length) {
      const byRole = !lasts.size && !a.allLinear?.value;
      const kdaLayers = params.layerGroups.filter((x) => x.mixer === 'ssm').reduce((sum, x) => sum + x.count, 0);
      const n = listed ? Math.round((kdaLayers * listed.length) / m.layers.value) : kdaLayers;
      for (const { name, role, shape } of kda) {
        if (!(a.allLinear?.value || lasts.has(name) || (byRole && ATTENTION_ROLES.has(role) && a.targets.value.includes(role)))) continue;
        const cost = perLinear(a, role, shape);
        adapter += n * cost.params;
        perToken += n * cost.perToken;
        denseBytes += n * cost.denseBytes;
        modules += n;
        if (LOW_RANK.has(kind) && (!smallest || Math.min(...shape) < smallest.features)) smallest = { role, features: Math.min(...shape) };
        // (A role the latent attention's names do not reach, k_proj's, reaches these layers.)
        for (let i = unmatched.indexOf(role); i >= 0; i = unmatched.indexOf(role)) unmatched.splice(i, 1);
      }
    }
    // A vision tower's linears whose path ends with an entry of the target list (PEFT's check_target_module_exists); with
    // layers_to_transform, only those whose index (the last number between two of the path's names: blocks.3.) it lists. They
    // are not in the per-token work (the image tokens' count is not in the files).
    // PEFT's all-linear: every one of them.
    const suffixes = a.suffixNames?.value ?? [];
    const every = a.allLinear?.value === true;
    // (A framework that keeps a frozen projector out, LLaMA-Factory's: the merger's, connector's and projector's linears left.)
    const towerOnly = a.visionProjector?.value === false;
    for (const { path, role, shape } of suffixes.length || every ? visionLinears(m) : []) {
      if (towerOnly && PROJECTOR_PATH.test(path)) continue;
      const hits = every ? ['all-linear'] : suffixes.filter((e) => path === e || path.endsWith(`.${e}`));
      if (!hits.length) continue;
      const index = /.*\.[^.]*\.(\d+)\./.exec(path);
      if (a.layers && !(index && a.layers.value.includes(Number(index[1])))) continue;
      const cost = perLinear(a, role, shape);
      adapter += cost.params;
      visionParams += cost.params;
      modules += 1;
      for (const e of hits) if (!visionNames.includes(e)) visionNames.push(e);
      if (LOW_RANK.has(kind) && (!smallest || Math.min(...shape) < smallest.features)) smallest = { role, features: Math.min(...shape) };
    }
    // Experts' stacked weights named as parameters (PEFT target_parameters): each expert its own adapter of the weight's shape
    // (gate_up_proj h → 2·w, gate_proj / up_proj h → w, down_proj w → h), in the MoE layers listed; a token passes its top-k.
    const ep = a.expertParams?.value;
    if (ep && m.moe) {
      const w = m.moe.expertWidth.value;
      const hh = m.hidden.value;
      const moeLayers = ep.layers === null ? layersWith('moe', 'up') : ep.layers.filter((i) => i < m.layers.value && moeSet.has(i)).length;
      for (const kind of ep.kinds) {
        const shape: Linear = kind === 'gate_up' ? [hh, 2 * w] : kind === 'down' ? [w, hh] : [hh, w];
        const cost = perLinear(a, kind === 'down' ? 'down' : 'up', shape);
        adapter += moeLayers * m.moe.experts.value * cost.params;
        perToken += moeLayers * m.moe.topK.value * cost.perToken;
        modules += moeLayers;
      }
    }
    // Model-level trained parameters: VB-LoRA's vector bank, UniLoRA's θ, TinyLoRA's u-vectors per tied group.
    const opt = a.options?.value ?? {};
    if (kind === 'vblora') adapter += (opt.numVectors ?? 256) * (opt.vectorLength ?? 256);
    if (kind === 'unilora') adapter += opt.thetaLength ?? 0;
    if (kind === 'tinylora') adapter += (opt.u ?? 0) * Math.max(1, Math.round(modules * (1 - (opt.weightTying ?? 0))));
  } else if (kind === 'adaption') {
    const opt = a.options?.value ?? {};
    const L = m.layers.value;
    const layers = opt.adapterStartLayer !== undefined ? Math.max(0, L - opt.adapterStartLayer) : Math.min(opt.adapterLayers ?? L, L);
    adapter = layers * ((opt.adapterLen ?? 0) * m.hidden.value + (opt.adapterGatePerHead ? m.heads.value : 1));
    // Each adapted layer attends over the prompt in eager PyTorch: per token, the fp32-softmaxed scores cast to 16 bits and
    // their gated copy (heads × len each) and the query states it multiplies (h) are kept for backward.
    savedPerTokenLayer = ((4 * m.heads.value * (opt.adapterLen ?? 0) + 2 * m.hidden.value) * layers) / m.layers.value;
    if (opt.adapterV2) {
      // LLaMA-Adapter v2 (LitGPT adapter_v2.py): every linear's output y becomes scale·y + bias (2 per output feature; y kept
      // for the scale's gradient, 16-bit), in the blocks and the head, and the norms train (their normalized input kept).
      const att = attentionShapes(m);
      const outs = [...att.q, ...att.k, ...att.v, ...att.o, ...mlpShapes(m, m.ffnWidth.value)].reduce((sum, [, o]) => sum + o, 0);
      const norms = m.normsPerLayer.value * normSize(m) * m.layers.value + normSize(m);
      adapter += 2 * outs * m.layers.value + (hasLmHead(m) ? 2 * m.vocab.value : 0) + norms;
      savedPerTokenLayer += 2 * outs + 2 * m.normsPerLayer.value * m.hidden.value;
    }
  } else if (kind === 'tokens') {
    adapter = (a.options?.value.tokens ?? 0) * m.hidden.value;
  } else if (kind === 'prompt') {
    adapter = (a.virtualTokens?.value ?? 0) * (a.promptStreams?.value ?? 1) * m.hidden.value;
  } else if (kind === 'prefix') {
    adapter = (a.virtualTokens?.value ?? 0) * m.layers.value * 2 * m.kvHeads.value * m.headDim.value;
  } else {
    const norms = a.norms?.value ?? { perLayer: m.normsPerLayer.value, final: true };
    adapter = (Math.min(norms.perLayer, m.normsPerLayer.value) * m.layers.value + (norms.final ? 1 : 0)) * normSize(m);
  }
  // Saved whole: the embedding, the head, or every norm (each layer's and the final one).
  const allNorms = (m.normsPerLayer.value * m.layers.value + 1) * normSize(m);
  // (embed_tokens is the token embedding alone: Gemma 4's per-layer table is a module of its own name, which PEFT's suffix match
  // leaves. A tied head saved with it under ensure_weight_tying stays the same matrix.)
  const savedList = a.modulesToSave?.value ?? [];
  const tiedOnce = a.options?.value.ensureWeightTying === true && m.tiedEmbeddings.value && savedList.includes('embedding');
  const saved = savedList.reduce(
    (s, x) =>
      s +
      (x === 'embedding'
        ? m.gemma4
          ? m.vocab.value * m.hidden.value
          : params.embedding.value
        : x === 'norms'
          ? allNorms
          : x === 'projector'
            ? visionProjectorParams(m)
            : x === 'classifier'
              ? classifierParams(m)
              : tiedOnce
                ? 0
                : // (The head as the module it is: a biased one's bias with it, Phi-2's and GPT-J's, copied whole.)
                  m.hidden.value * m.vocab.value + (m.headBias?.value ? m.vocab.value : 0)),
    0,
  );
  const inputs = [
    ...(a.rank ? [input('r', a.rank)] : []),
    ...(a.virtualTokens ? [input('n_virtual', a.virtualTokens)] : []),
    ...(a.promptStreams ? [input('streams', a.promptStreams)] : []),
    ...(a.frequencies ? [input('n_frequency', a.frequencies)] : []),
    computed('targets', a.targets.value.length),
    ...(visionParams ? [computed('vision', visionParams)] : []),
  ];
  const formula = FORMULA[kind];
  return {
    kind,
    trainable: quantity(adapter + saved, 'params', saved ? `${formula} + saved modules` : formula, [...inputs, computed('saved', saved)]),
    adapter: quantity(adapter, 'params', formula, inputs),
    adapterPerToken: perToken,
    saved,
    denseBytes,
    savedPerTokenLayer,
    // Trainable tokens copy the whole embedding each forward (index_copy); a tied head's linear keeps that 16-bit copy for backward.
    heldBytes: kind === 'tokens' ? 2 * params.embedding.value : 0,
    virtualTokens: kind === 'prompt' ? (a.virtualTokens?.value ?? 0) : 0,
    frozenBase: true,
    unmatched,
    smallestSide: smallest,
    ...(visionParams ? { vision: { params: visionParams, names: visionNames } } : {}),
  };
}

/**
 * The parameters of a task class's classifier, the modules PEFT saves whole by the names classifier and score: a decoder's
 * score (h·n, biased for token classes), an encoder's classifier (h·n + n; after wav2vec 2.0's projector p·n + n) with the
 * dense in front of it where that is a part of the same module (RoBERTa's head, DistilBERT's pre_classifier: h² + h), not a
 * pooler of the encoder's own (BERT's). None where the model has no task head, or one of other names (a CTC head's lm_head,
 * question answering's qa_outputs).
 */
function classifierParams(m: ModelSpec): number {
  const h = m.hidden.value;
  if (/For(CTC|QuestionAnswering)$/.test(m.architecture.value)) return 0;
  const c = m.classifier?.value;
  if (c) return h * c.labels + (c.bias ? c.labels : 0);
  const e = m.encoder;
  if (!e || (e.head.value !== 'classification' && e.head.value !== 'token')) return 0;
  const n = e.labels.value;
  const proj = e.head.value === 'classification' ? e.classifierProjection?.value : undefined;
  if (proj) return proj * n + n;
  const dense = e.head.value === 'classification' && !e.predictionHead && e.denseInClassifier?.value ? h * h + h : 0;
  return dense + h * n + n;
}
