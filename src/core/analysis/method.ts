/**
 * The training method: what is trained and what is frozen. A full run (pretraining or a full
 * fine-tune) trains every parameter; a low-rank adapter (LoRA, Hu et al. 2021; DoRA, Liu et al.
 * 2024) freezes the base and trains, for each wrapped linear layer of in × out features, the
 * matrices A (r × in) and B (out × r): r·(in + out) parameters, plus a magnitude vector of out
 * for DoRA, as PEFT builds them (peft/tuners/lora/layer.py). Whole modules saved next to the
 * adapter (modules_to_save) are trained too.
 *
 * The roles' shapes (formulas.md §1): q h → a·d, k and v h → g·d, o a·d → h; a gated MLP's gate and
 * up h → f and down f → h (a plain MLP has up and down); each MoE expert the same with its own
 * width; the head h → V. Multi-head latent attention and encoder–decoder stacks have other
 * layers: adapters on them are not modelled (every role is unmatched).
 */
import type { AdapterSpec, AdapterTarget, ModelSpec, TrainingSpec } from '../spec';
import type { ParamsAnalysis } from './params';
import { computed, input, quantity, type Quantity } from './quantity';

export interface MethodAnalysis {
  readonly kind: 'full' | 'lora' | 'dora';
  /** Parameters that receive gradients and optimizer state (exact). */
  readonly trainable: Quantity;
  /** The adapter's own parameters (0 for a full run). */
  readonly adapter: Quantity;
  /** Adapter weights one token passes through, forward (MoE: its k experts and the shared ones). */
  readonly adapterPerToken: number;
  /** Parameters of whole modules trained next to the adapter (modules_to_save). */
  readonly saved: number;
  /** The base weights are frozen: they need activation gradients but no weight gradients. */
  readonly frozenBase: boolean;
  /** Roles the adapter names that this architecture does not have. */
  readonly unmatched: readonly AdapterTarget[];
  /** The smallest side of a wrapped layer (a rank above it adds nothing). */
  readonly smallestSide?: { readonly role: AdapterTarget; readonly features: number };
}

type Linear = readonly [inFeatures: number, outFeatures: number];

/** The linear layers of each role in one layer of the model, per kind of layer; undefined when the role is absent. */
function roleShapes(m: ModelSpec): {
  dense: Partial<Record<AdapterTarget, Linear[]>>;
  moe: Partial<Record<AdapterTarget, Linear[]>>;
  moeActive: Partial<Record<AdapterTarget, Linear[]>>;
} {
  if (m.mla || m.encoderDecoder) return { dense: {}, moe: {}, moeActive: {} };
  const h = m.hidden.value;
  const a = m.heads.value;
  const g = m.kvHeads.value;
  const d = m.headDim.value;
  const gated = m.ffnKind.value === 'gated';
  const attention: Partial<Record<AdapterTarget, Linear[]>> = { q: [[h, a * d]], k: [[h, g * d]], v: [[h, g * d]], o: [[a * d, h]] };
  const mlp = (width: number, copies: number): Partial<Record<AdapterTarget, Linear[]>> => {
    const n = <T>(x: T): T[] => Array.from({ length: copies }, () => x);
    return { ...(gated ? { gate: n<Linear>([h, width]) } : {}), up: n<Linear>([h, width]), down: n<Linear>([width, h]) };
  };
  const join = (...parts: Partial<Record<AdapterTarget, Linear[]>>[]) => {
    const out: Partial<Record<AdapterTarget, Linear[]>> = {};
    for (const p of parts) for (const [k, v] of Object.entries(p) as [AdapterTarget, Linear[]][]) out[k] = [...(out[k] ?? []), ...v];
    return out;
  };
  const dense = join(attention, mlp(m.ffnWidth.value, 1));
  if (!m.moe) return { dense, moe: {}, moeActive: {} };
  const shared = m.moe.sharedExperts.value > 0 ? mlp(m.moe.sharedWidth.value, m.moe.sharedExperts.value) : {};
  return {
    dense,
    moe: join(attention, mlp(m.moe.expertWidth.value, m.moe.experts.value), shared),
    moeActive: join(attention, mlp(m.moe.expertWidth.value, m.moe.topK.value), shared),
  };
}

function adapterSize(layers: Linear[], rank: number, dora: boolean): number {
  return layers.reduce((s, [i, o]) => s + rank * (i + o) + (dora ? o : 0), 0);
}

export function analyzeMethod(m: ModelSpec, t: TrainingSpec, params: ParamsAnalysis): MethodAnalysis {
  const a: AdapterSpec | undefined = t.adapter;
  if (!a) {
    const total = params.total.value;
    return {
      kind: 'full',
      trainable: quantity(total, 'params', 'N', [computed('N', total)]),
      adapter: quantity(0, 'params', '0', []),
      adapterPerToken: 0,
      saved: 0,
      frozenBase: false,
      unmatched: [],
    };
  }
  const r = a.rank.value;
  const dora = a.kind.value === 'dora';
  const shapes = roleShapes(m);
  const denseLayers = params.layerGroups.filter((x) => x.kind === 'dense').reduce((s, x) => s + x.count, 0);
  const moeLayers = params.layerGroups.filter((x) => x.kind === 'moe').reduce((s, x) => s + x.count, 0);
  const head: Linear = [m.hidden.value, m.vocab.value];
  let adapter = 0;
  let perToken = 0;
  const unmatched: AdapterTarget[] = [];
  let smallest: MethodAnalysis['smallestSide'];
  for (const role of a.targets.value) {
    const dense = role === 'head' ? [] : (shapes.dense[role] ?? []);
    const moe = role === 'head' ? [] : (shapes.moe[role] ?? []);
    const moeActive = role === 'head' ? [] : (shapes.moeActive[role] ?? []);
    const heads = role === 'head' ? [head] : [];
    if (!dense.length && !moe.length && !heads.length) {
      unmatched.push(role);
      continue;
    }
    adapter += denseLayers * adapterSize(dense, r, dora) + moeLayers * adapterSize(moe, r, dora) + adapterSize(heads, r, dora);
    perToken += denseLayers * adapterSize(dense, r, dora) + moeLayers * adapterSize(moeActive, r, dora) + adapterSize(heads, r, dora);
    for (const [i, o] of [...dense, ...moe, ...heads]) if (!smallest || Math.min(i, o) < smallest.features) smallest = { role, features: Math.min(i, o) };
  }
  const saved = (a.modulesToSave?.value ?? []).reduce((s, x) => s + (x === 'embedding' ? params.embedding.value : m.hidden.value * m.vocab.value), 0);
  const inputs = [input('r', a.rank), computed('targets', a.targets.value.length)];
  return {
    kind: a.kind.value,
    trainable: quantity(adapter + saved, 'params', saved ? 'Σ r·(in + out) + saved modules' : 'Σ r·(in + out)', [...inputs, computed('saved', saved)]),
    adapter: quantity(adapter, 'params', dora ? 'Σ (r·(in + out) + out)' : 'Σ r·(in + out)', inputs),
    adapterPerToken: perToken,
    saved,
    frozenBase: true,
    unmatched,
    smallestSide: smallest,
  };
}
