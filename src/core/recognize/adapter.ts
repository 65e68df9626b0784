/**
 * Adapters as the fine-tuning launchers write them: the module names each library targets, mapped
 * onto the roles the analysis counts (spec.ts ADAPTER_TARGETS), with the file's own place kept for
 * every value.
 */
import type { Fact, Sourced } from '../types';
import {
  ALL_LINEAR_TARGETS,
  MIXER_TARGETS,
  parentRoles,
  SHARED_MODULE_NAMES,
  type AdapterKind,
  type AdapterOptions,
  type AdapterSpec,
  type AdapterTarget,
  type ModelSpec,
  type TrainingSpec,
} from '../spec';

/**
 * Module names of the Hugging Face modelling code (what PEFT's target_modules, Axolotl's
 * lora_target_modules and LLaMA-Factory's lora_target name), by role. Fused projections map to
 * every role they hold (GPT-NeoX / Falcon query_key_value, Phi-3 qkv_proj and gate_up_proj);
 * Mixtral's experts are w1 (gate), w3 (up) and w2 (down); BERT / RoBERTa's attention is query, key, value; DistilBERT's
 * q_lin, k_lin, v_lin, out_lin and its MLP lin1 / lin2.
 */
export const HF_MODULE_ROLES: Readonly<Record<string, readonly AdapterTarget[]>> = {
  q_proj: ['q'],
  k_proj: ['k'],
  v_proj: ['v'],
  o_proj: ['o'],
  output_proj: ['o'],
  gate_proj: ['gate'],
  up_proj: ['up'],
  down_proj: ['down'],
  lm_head: ['head'],
  // The input embedding (PEFT's LoRA Embedding layer: lora_embedding_A of r × V, lora_embedding_B of h × r).
  embed_tokens: ['embedding'],
  // A MoE layer's router (Mixtral's block_sparse_moe.gate, Qwen-MoE's mlp.gate; Llama 4's router).
  gate: ['router'],
  router: ['router'],
  // Qwen2-MoE's and Qwen3-Next's shared-expert gate (h → 1): counted with the router's (method.ts ffnScopes tells them apart).
  shared_expert_gate: ['router'],
  query_key_value: ['q', 'k', 'v'],
  qkv_proj: ['q', 'k', 'v'],
  // InternLM2's attention.wqkv; Baichuan's self_attn.W_pack; MPT's and ModernBERT's attn.Wqkv.
  wqkv: ['q', 'k', 'v'],
  Wqkv: ['q', 'k', 'v'],
  W_pack: ['q', 'k', 'v'],
  gate_up_proj: ['gate', 'up'],
  dense: ['o'],
  // (ChatGLM's SwiGLU fuses its gate and up projections in dense_h_to_4h; GPT-NeoX's, Falcon's and BLOOM's is the plain up
  // projection: the model's MLP decides, method.ts.)
  dense_h_to_4h: ['gate', 'up'],
  dense_4h_to_h: ['down'],
  fc1: ['up'],
  fc2: ['down'],
  w1: ['gate'],
  w3: ['up'],
  w2: ['down'],
  // DeepSeek's MLA: the query's down and up projections, the joint key/value down projection, its up projection.
  q_a_proj: ['q'],
  q_b_proj: ['q'],
  kv_a_proj_with_mqa: ['k'],
  kv_b_proj: ['v'],
  query: ['q'],
  key: ['k'],
  value: ['v'],
  q_lin: ['q'],
  k_lin: ['k'],
  v_lin: ['v'],
  out_lin: ['o'],
  lin1: ['up'],
  lin2: ['down'],
  // GPT-2's Conv1D layers: c_attn the fused q, k, v; c_proj both the attention's output and the MLP's (two modules of one name);
  // c_fc the MLP's input.
  c_attn: ['q', 'k', 'v'],
  c_proj: ['o', 'down'],
  c_fc: ['up'],
  // ModernBERT's: attn.Wo the attention's output and mlp.Wo the MLP's (two modules of one name), mlp.Wi its GeGLU's gate and up
  // in one (h → 2f).
  Wo: ['o', 'down'],
  Wi: ['gate', 'up'],
  // T5's attention q, k, v, o and its MLP wi / wo (gated: wi_0, wi_1).
  q: ['q'],
  k: ['k'],
  v: ['v'],
  o: ['o'],
  wi: ['up'],
  wo: ['down'],
  wi_0: ['gate'],
  wi_1: ['up'],
  // Gemma's JAX layers (the gemma package, Tunix, Qwix's LoRA on them): q_einsum the query, kv_einsum the keys and values in one
  // weight (qkv_einsum all three, where heads and key/value heads agree), attn_vec_einsum the output, gating_einsum the MLP's
  // gate and up in one.
  q_einsum: ['q'],
  kv_einsum: ['k', 'v'],
  qkv_einsum: ['q', 'k', 'v'],
  attn_vec_einsum: ['o'],
  gating_einsum: ['gate', 'up'],
  // A hybrid stack's mixer (spec.ts MIXER_TARGETS): Gated DeltaNet's projections (Qwen3.5 and Qwen3-Next), Mamba's and the
  // short convolution's in_proj, Mamba-1's x_proj and dt_proj, their out_proj.
  in_proj_qkv: ['in_proj_qkv'],
  in_proj_z: ['in_proj_z'],
  in_proj_a: ['in_proj_a'],
  in_proj_b: ['in_proj_b'],
  in_proj_qkvz: ['in_proj_qkvz'],
  in_proj_ba: ['in_proj_ba'],
  in_proj: ['in_proj'],
  x_proj: ['x_proj'],
  dt_proj: ['dt_proj'],
  out_proj: ['out_proj'],
};

/** Megatron-Core's linear layers by role: the fused qkv, the attention output, the (gated) fc1 and fc2. */
const MCORE_ROLES: Readonly<Record<string, readonly AdapterTarget[]>> = {
  linear_qkv: ['q', 'k', 'v'],
  linear_proj: ['o'],
  linear_fc1: ['gate', 'up'],
  linear_fc2: ['down'],
  // Multi-head latent attention (DeepSeek): the query's down and up projections (linear_q_proj alone without a query LoRA, as in
  // DeepSeek-V2-Lite), the joint key/value down projection, its up.
  linear_q_proj: ['q'],
  linear_q_down_proj: ['q'],
  linear_q_up_proj: ['q'],
  linear_kv_down_proj: ['k'],
  linear_kv_up_proj: ['v'],
};

/**
 * Megatron-Core's linear layers of a transformer layer, the output layer aside: the default targets of NeMo's llm.peft.LoRA and
 * Megatron-Bridge's LoRA, and what Megatron-SWIFT's all-linear takes.
 */
export const MCORE_LINEARS: readonly string[] = ['linear_qkv', 'linear_proj', 'linear_fc1', 'linear_fc2'];

/**
 * Roles of Megatron-Core module names (NeMo's and Megatron-Bridge's target_modules, MindSpeed-LLM's --lora-target-modules):
 * the fused linear_qkv and (gated) linear_fc1 are one adapter each; names that are none of Megatron-Core's linears are kept
 * apart, said as not counted.
 */
export function mcoreRolesOf(names: readonly string[]): { targets: AdapterTarget[]; fused: AdapterTarget[][]; unknown: string[] } {
  return {
    targets: [...new Set(names.flatMap((n) => MCORE_ROLES[n] ?? []))],
    fused: [
      names.includes('linear_qkv') ? (['q', 'k', 'v'] as AdapterTarget[]) : [],
      names.includes('linear_fc1') ? (['gate', 'up'] as AdapterTarget[]) : [],
    ].filter((g) => g.length > 0),
    unknown: names.filter((n) => !MCORE_ROLES[n]),
  };
}

/** PEFT's "all-linear" (and LLaMA-Factory's "all", Axolotl's lora_target_linear): spec.ts ALL_LINEAR_TARGETS. */
export const ALL_LINEAR: readonly AdapterTarget[] = ALL_LINEAR_TARGETS;

/** Module names of whole modules saved next to an adapter (modules_to_save). */
/** Modules trained whole beside an adapter: "norm" matches every module whose name ends with it (PEFT matches by suffix). */
type Saved = 'embedding' | 'head' | 'norms' | 'projector' | 'classifier';
const SAVED: Readonly<Record<string, Saved>> = {
  norm: 'norms',
  embed_tokens: 'embedding',
  wte: 'embedding',
  embed_in: 'embedding',
  lm_head: 'head',
  embed_out: 'head',
  // A vision-language model's projector (Qwen-VL's merger, LLaVA's multi_modal_projector / mm_projector).
  merger: 'projector',
  multi_modal_projector: 'projector',
  mm_projector: 'projector',
  // A task class's classifier: an encoder's classifier, a decoder's score (PEFT's own for the SEQ_CLS and TOKEN_CLS task types).
  classifier: 'classifier',
  score: 'classifier',
};

/** Characters that make a target a regular expression rather than a module name. */
const REGEX_CHARS = /[\\^$*+?()[\]{}|]/;

/**
 * Module paths a target regex is tried against: every module name above under the layer paths of the Hugging Face
 * modelling code (decoders, a VL model's language model in its two layouts, GPT-2 / NeoX style stacks, encoder-decoders)
 * and the blocks that hold them (attention, MLP, a MoE's first expert).
 */
const LAYER_PATHS = [
  'model.layers.0',
  'backbone.layers.0',
  'model.language_model.layers.0',
  'language_model.model.layers.0',
  // (MiniCPM-V's language model, MiniCPMV.llm: llm.model.layers.0.self_attn.q_proj.)
  'llm.model.layers.0',
  'transformer.h.0',
  'gpt_neox.layers.0',
  'model.decoder.layers.0',
];
const BLOCK_PATHS = ['self_attn', 'attn', 'attention', 'attention.self', 'cross_attn', 'mlp', 'mlp.experts.0', 'block_sparse_moe.experts.0'];
/** A hybrid's mixer: Qwen3.5 / Qwen3-Next's linear_attn, Mamba's and Nemotron-H's mixer, Jamba's and Falcon-H1's mamba, LFM2's conv. */
const MIXER_PATHS = ['linear_attn', 'mixer', 'mamba', 'conv'];
const MIXER_NAMES: ReadonlySet<string> = new Set(MIXER_TARGETS);

/**
 * The module names a target regex selects: PEFT matches a string target_modules against each module's full path with
 * re.fullmatch (Axolotl passes its lora_target_modules string the same way).
 */
function regexNames(source: string): string[] | undefined {
  let re: RegExp;
  try {
    re = new RegExp(`^(?:${source})$`);
  } catch {
    return undefined;
  }
  const under = (blocks: readonly string[], name: string) => LAYER_PATHS.some((layer) => blocks.some((block) => re.test(`${layer}.${block}.${name}`)));
  // A mixer's linear counts when the expression names it, or reaches it only inside a mixer (`.*linear_attn.*`): one that takes
  // any projection (`.*_proj`) would otherwise name mixer linears a model without them lacks.
  const named = (name: string) => new RegExp(`(?:^|[^\\w])${name}(?:$|[^\\w])`).test(source);
  return Object.keys(HF_MODULE_ROLES).filter((name) =>
    MIXER_NAMES.has(name)
      ? (re.test(name) || under(MIXER_PATHS, name)) && (named(name) || !under(BLOCK_PATHS, name))
      : re.test(name) || LAYER_PATHS.some((layer) => re.test(`${layer}.${name}`)) || under(BLOCK_PATHS, name),
  );
}

/**
 * Roles of a list of module names (a list, or one comma-separated string; a string that is a regular expression selects the
 * modules whose path it matches); names no role matches are kept apart. A name that holds several roles in one linear
 * (query_key_value, qkv_proj, gate_up_proj) is also listed in `fused`: PEFT wraps it as one layer, r·(in + Σ out).
 */
export function rolesOf(names: readonly string[]): {
  roles: AdapterTarget[];
  unknown: string[];
  fused: AdapterTarget[][];
  suffixes: string[];
  patterns: string[];
  allLinear: boolean;
} {
  const roles = new Set<AdapterTarget>();
  const unknown: string[] = [];
  const fused = new Map<string, AdapterTarget[]>();
  // The entries PEFT matches as a suffix of a module's path (no all-linear, no regular expression): spec.ts suffixNames.
  const suffixes: string[] = [];
  // The usual names the regular expressions among them match (spec.ts patternNames).
  const patterns: string[] = [];
  // PEFT's own all-linear (not LLaMA-Factory's `all`): every linear of the model, a vision tower's too.
  let allLinear = false;
  for (const raw of names) {
    const name = raw.trim();
    if (!name) continue;
    if (name === 'all-linear' || name === 'all') {
      if (name === 'all-linear') allLinear = true;
      for (const r of ALL_LINEAR) roles.add(r);
      continue;
    }
    const matched = REGEX_CHARS.test(name) ? regexNames(name) : undefined;
    if (matched && matched.length > 0) {
      for (const n of matched) for (const r of HF_MODULE_ROLES[n]!) roles.add(r);
      patterns.push(...matched);
      continue;
    }
    // PEFT matches a name at the end of the module path ("model.layers.0.self_attn.q_proj").
    if (!REGEX_CHARS.test(name)) suffixes.push(name);
    const last = name.split('.').pop() ?? name;
    // (Or Megatron-Core's module names, which Megatron-based trainers take as the same suffixes: ms-swift's Megatron-SWIFT
    // `--target_modules linear_qkv linear_proj`.)
    const mapped = (SHARED_MODULE_NAMES.has(last) ? parentRoles(name) : undefined) ?? HF_MODULE_ROLES[last] ?? MCORE_ROLES[last];
    if (mapped) for (const r of mapped) roles.add(r);
    else unknown.push(name);
    if (mapped && mapped.length > 1 && !SHARED_MODULE_NAMES.has(last)) fused.set(mapped.join(), [...mapped]);
  }
  return { roles: [...roles], unknown, fused: [...fused.values()], suffixes, patterns, allLinear };
}

/**
 * A target list written for several architectures (GPT-2's c_attn beside q_proj and v_proj), on a model whose code has the roles
 * of one of its fused names as linears of their own (Qwen2's q_proj, k_proj, v_proj): PEFT's suffix match finds no module of that
 * name, so the roles only it gave are not wrapped, nor is it one linear. The adapter as it is where every name fits the model, or
 * where the trainer's own modules are wrapped.
 */
export function fittedToModel(a: AdapterSpec, m: ModelSpec): AdapterSpec {
  const names = a.suffixNames?.value ?? [];
  if (!a.fused?.value.length || a.ownLinears?.value || a.allLinear?.value) return a;
  const last = (n: string) => n.trim().split('.').pop() ?? n;
  const own = m.fusedLinears?.value ?? [];
  const single = new Set(names.flatMap((n) => (HF_MODULE_ROLES[last(n)]?.length === 1 ? HF_MODULE_ROLES[last(n)]! : [])));
  const foreign = names.filter((n) => {
    const roles = HF_MODULE_ROLES[last(n)];
    return roles && roles.length > 1 && !SHARED_MODULE_NAMES.has(last(n)) && !own.some((g) => g.join() === roles.join()) && roles.some((r) => single.has(r));
  });
  if (!foreign.length) return a;
  const rolesOfNames = (ns: readonly string[]) => new Set(ns.flatMap((n) => HF_MODULE_ROLES[last(n)] ?? MCORE_ROLES[last(n)] ?? []));
  const others = rolesOfNames([...names.filter((n) => !foreign.includes(n)), ...(a.patternNames?.value ?? [])]);
  const groups = foreign.map((n) => HF_MODULE_ROLES[last(n)]!.join());
  const dropped = new Set(foreign.flatMap((n) => HF_MODULE_ROLES[last(n)]!).filter((r) => !others.has(r)));
  return {
    ...a,
    targets: { ...a.targets, value: a.targets.value.filter((r) => !dropped.has(r)) },
    fused: { ...a.fused, value: a.fused.value.filter((g) => !groups.includes(g.join())) },
  };
}

export function namesOf(value: Fact['value'] | undefined): string[] {
  if (Array.isArray(value)) return value.map(String);
  // A list written as one string (python-fire's and JSON's `--target_modules '["q_proj", "v_proj"]'`): its quoted items.
  if (typeof value === 'string' && /^\s*\[\s*(['"][\w.]+['"]\s*,?\s*)+\]\s*$/.test(value)) return [...value.matchAll(/['"]([\w.]+)['"]/g)].map((m) => m[1]!);
  // Hydra's unquoted list (`target_modules=[q_proj,v_proj]`): its names. (A character class alone, `[qv]_proj`, stays a pattern.)
  if (typeof value === 'string' && /^\s*\[\s*[\w.]+(\s*,\s*[\w.]+)+\s*\]\s*$/.test(value)) return value.replace(/[[\]\s]/g, '').split(',');
  // One regular expression (PEFT's string target_modules) is not a comma-separated list: its commas are its own.
  if (typeof value === 'string') return REGEX_CHARS.test(value) ? [value] : value.split(',');
  return [];
}

export function savedOf(names: readonly string[]): Saved[] {
  return [...new Set(names.map((n) => SAVED[n.trim().split('.').pop() ?? '']).filter((x): x is Saved => x !== undefined))];
}

/** The same provenance as `s`, another value. */
export function as<T>(s: Sourced<unknown>, value: T): Sourced<T> {
  return { value, source: s.source };
}

type ExpertParams = NonNullable<AdapterSpec['expertParams']>['value'];

/**
 * PEFT's target_parameters (names matched as suffixes of the parameters' full names): the experts' stacked weights they name,
 * in the layers they name (`7.mlp.experts.gate_up_proj`: layer 7; `mlp.experts.down_proj`: every layer).
 */
export function expertParamsOf(names: readonly string[]): ExpertParams | undefined {
  const layers = new Set<number>();
  const kinds = new Set<ExpertParams['kinds'][number]>();
  let everyLayer = false;
  for (const n of names) {
    // (The experts under the layer's MLP block, or the layer itself: Gemma 4's layers.N.experts.gate_up_proj.)
    const m = /(?:^|\.)(?:(\d+)\.)?(?:(?:mlp|block_sparse_moe|feed_forward)\.)?experts\.(gate_up_proj|gate_proj|up_proj|down_proj)$/.exec(n.trim());
    if (!m) continue;
    kinds.add(m[2] === 'gate_up_proj' ? 'gate_up' : m[2] === 'gate_proj' ? 'gate' : m[2] === 'up_proj' ? 'up' : 'down');
    if (m[1] === undefined) everyLayer = true;
    else layers.add(Number(m[1]));
  }
  if (!kinds.size) return undefined;
  return { layers: everyLayer ? null : [...layers].sort((a, b) => a - b), kinds: [...kinds] };
}

export function adapterOf(
  kind: Sourced<AdapterKind>,
  rank: Sourced<number> | undefined,
  targets: Sourced<AdapterTarget[]>,
  more: {
    alpha?: Sourced<number>;
    dropout?: Sourced<number>;
    unknown?: Sourced<string[]>;
    suffixes?: Sourced<string[]>;
    patterns?: Sourced<string[]>;
    allLinear?: Sourced<boolean>;
    visionProjector?: Sourced<boolean>;
    ownLinears?: Sourced<boolean>;
    peftDefault?: Sourced<boolean>;
    saved?: Sourced<Saved[]>;
    virtualTokens?: Sourced<number>;
    promptStreams?: Sourced<number>;
    frequencies?: Sourced<number>;
    blockSize?: Sourced<number>;
    feedforward?: Sourced<AdapterTarget[]>;
    norms?: Sourced<{ perLayer: number; final: boolean }>;
    fused?: Sourced<AdapterTarget[][]>;
    layers?: Sourced<number[]>;
    options?: Sourced<AdapterOptions>;
    expertParams?: Sourced<ExpertParams>;
  } = {},
): NonNullable<TrainingSpec['adapter']> {
  const a: AdapterSpec = {
    kind,
    targets,
    ...(rank ? { rank } : {}),
    ...(more.alpha ? { alpha: more.alpha } : {}),
    ...(more.dropout ? { dropout: more.dropout } : {}),
    ...(more.expertParams ? { expertParams: more.expertParams } : {}),
    ...(more.unknown && more.unknown.value.length ? { unknownTargets: more.unknown } : {}),
    ...(more.suffixes && more.suffixes.value.length ? { suffixNames: more.suffixes } : {}),
    ...(more.patterns && more.patterns.value.length ? { patternNames: more.patterns } : {}),
    ...(more.allLinear?.value ? { allLinear: more.allLinear } : {}),
    ...(more.visionProjector ? { visionProjector: more.visionProjector } : {}),
    ...(more.ownLinears ? { ownLinears: more.ownLinears } : {}),
    ...(more.peftDefault?.value ? { peftDefault: more.peftDefault } : {}),
    ...(more.saved && more.saved.value.length ? { modulesToSave: more.saved } : {}),
    ...(more.virtualTokens ? { virtualTokens: more.virtualTokens } : {}),
    ...(more.promptStreams ? { promptStreams: more.promptStreams } : {}),
    ...(more.frequencies ? { frequencies: more.frequencies } : {}),
    ...(more.blockSize ? { blockSize: more.blockSize } : {}),
    ...(more.feedforward ? { feedforward: more.feedforward } : {}),
    ...(more.norms ? { norms: more.norms } : {}),
    ...(more.layers ? { layers: more.layers } : {}),
    ...(more.fused && more.fused.value.length ? { fused: more.fused } : {}),
    ...(more.options ? { options: more.options } : {}),
  };
  return a;
}
