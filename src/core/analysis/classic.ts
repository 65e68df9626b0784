/**
 * The classic families' own pieces (spec.ts classicSchema) on top of the generic count (params.ts computeParams), from each
 * modelling file (h hidden, E embedding width, V vocab, L layers, T token types, n labels):
 * - OPT (modeling_opt.py): embed_tokens V·E, learned positions (s_max + 2)·h, project_in and project_out E·h each (bias-free)
 *   when E ≠ h, the final LayerNorm only when do_layer_norm_before; lm_head tied (its matmul V·E per token);
 * - MPNet (modeling_mpnet.py): the relative_attention_bias, buckets × heads, once;
 * - ELECTRA (modeling_electra.py): word, position and token-type tables of width E and their LayerNorm (2E), the E → h
 *   projection with its bias when E ≠ h; ElectraModel has no pooler; the discriminator head (ElectraForPreTraining) dense
 *   h² + h and dense_prediction h + 1; the generator head (ElectraForMaskedLM) dense h·E + E, LayerNorm 2E, the decoder tied
 *   to the embedding with its bias V;
 * - ALBERT (modeling_albert.py): the tables of width E and their LayerNorm, embedding_hidden_mapping_in E·h + h, the layers'
 *   weights once per group (num_hidden_groups), the MLM head dense h·E + E, LayerNorm 2E and the tied decoder's bias V,
 *   AlbertForPreTraining's sentence-order classifier 2h + 2 besides the pooler;
 * - DINOv2 (modeling_dinov2.py): two layer-scale vectors per layer (2h), the mask token h, register tokens R·h, and an image
 *   classifier over the class token and the mean patch token (2h·n + n);
 * - the Decision Transformer (modeling_decision_transformer.py): its GPT-2 (the token table of vocab_size rows, tied: no head
 *   of its own), the timestep table T·h, the return, state and action embeddings (h + h, s·h + h, a·h + h), embed_ln 2h, and
 *   the state, action and return predictions (h·s + s, h·a + a, h + 1).
 */
import type { ModelSpec } from '../spec';
import { computed, input, quantity, type Quantity } from './quantity';

/** What of params.ts ParamsAnalysis these pieces change (kept structural: params.ts imports this file). */
interface Counted {
  readonly total: Quantity;
  readonly active: Quantity;
  readonly embedding: Quantity;
  readonly positions: Quantity;
  readonly other: number;
  readonly encoderHead: Quantity;
  readonly layerGroups: readonly { readonly count: number; readonly each: number }[];
  readonly layerMatmulPerToken: number;
  readonly headMatmulPerToken: number;
}

export function withClassic<P extends Counted>(m: ModelSpec, p: P): P {
  const c = m.classic?.value;
  if (!c) return p;
  const h = m.hidden.value;
  const V = m.vocab.value;
  const E = c.embedWidth;
  const L = m.layers.value;
  const hIn = input('h', m.hidden);
  const vIn = input('V', m.vocab);
  const eIn = computed('E', E);
  // A norm's parameters per unit of width: LayerNorm weight and bias 2, weight only 1, none 0.
  const norm = m.norm.value === 'layernorm' ? 2 : m.norm.value === 'layernorm-nonparam' ? 0 : 1;
  const factorized = c.family === 'electra' || c.family === 'albert';

  // Embedding and positions of width E (OPT: the token table only).
  const embedding = E !== h ? quantity(V * E, 'params', 'V·E', [vIn, eIn]) : p.embedding;
  const rows = (m.maxPositions?.value ?? 0) + c.positionOffset;
  const posWidth = factorized ? E : h;
  const positions =
    m.positions.value === 'learned' && (c.positionOffset > 0 || posWidth !== h)
      ? quantity(rows * posWidth, 'params', `(s_max${c.positionOffset ? ` + ${c.positionOffset}` : ''})·${posWidth === h ? 'h' : 'E'}`, [
          ...(m.maxPositions ? [input('s_max', m.maxPositions)] : []),
          posWidth === h ? hIn : eIn,
        ])
      : p.positions;

  // Other: the embedding LayerNorm of width E, the projections, the final norm, MPNet's relative bias, DINOv2's tokens and scales.
  const projection =
    c.family === 'opt' ? (E !== h ? 2 * E * h : 0) : c.family === 'electra' ? (E !== h ? E * h + h : 0) : c.family === 'albert' ? E * h + h : 0;
  const embedNorm = factorized ? norm * (E - h) : 0;
  const finalNorm = c.finalNorm ? 0 : -norm * h;
  const relative = c.relativeBuckets * m.heads.value;
  const dino = (c.layerScale ? 2 * h * L : 0) + (c.maskToken ? h : 0) + c.registers * h;
  // The Decision Transformer's embeddings and heads: T·h + (h + h) + (s·h + h) + (a·h + h) + 2h + (h·s + s) + (h·a + a) + (h + 1).
  const t = c.trajectory;
  const trajectory = t ? t.maxEpisode * h + 2 * h + (t.stateDim + 1) * h + (t.actDim + 1) * h + 2 * h + (h + 1) * (t.stateDim + t.actDim + 1) : 0;
  const other = p.other + embedNorm + projection + finalNorm + relative + dino + trajectory;

  // ALBERT: the layers' weights once per group; the FLOPs still run every layer.
  const layers = p.layerGroups.reduce((s, g) => s + g.count * g.each, 0);
  const shared = c.family === 'albert' ? -(layers - c.distinctLayers * (layers / L)) : 0;

  // The task heads these families add in their own shapes.
  const encoderHead = classicHead(m, p, c);

  const delta =
    embedding.value - p.embedding.value + positions.value - p.positions.value + (other - p.other) + shared + (encoderHead.value - p.encoderHead.value);
  const total = quantity(p.total.value + delta, 'params', `${p.total.formula}${classicTerms(c, E !== h)}`, [
    ...p.total.inputs.filter((x) => x.symbol !== 'norms'),
    computed('norms', other),
    ...(E !== h ? [eIn] : []),
  ]);
  const active = quantity(p.active.value + delta, 'params', p.active.formula, [
    ...p.active.inputs.map((x) => (x.symbol === 'total' ? computed('total', total.value) : x)),
  ]);
  return {
    ...p,
    total,
    active,
    embedding,
    positions,
    other,
    encoderHead,
    // ALBERT's one set of weights per group: what the report lists, an adapter wraps once and a frozen base holds.
    layerGroups: c.family === 'albert' ? p.layerGroups.map((g) => ({ ...g, count: c.distinctLayers })) : p.layerGroups,
    layerMatmulPerToken: p.layerMatmulPerToken + (c.family === 'opt' ? projection : projection ? E * h : 0),
    headMatmulPerToken: headMatmul(m, p, c),
  };
}

/** The head's matmul weights per token: OPT's tied V·E; ELECTRA's generator and ALBERT's MLM h·E + E·V, the discriminator h² + h. */
function headMatmul(m: ModelSpec, p: Counted, c: NonNullable<ModelSpec['classic']>['value']): number {
  const h = m.hidden.value;
  const V = m.vocab.value;
  const E = c.embedWidth;
  const head = m.encoder?.head.value;
  if (c.family === 'opt') return V * E;
  if (c.family === 'electra' && head === 'pretraining') return h * h + h;
  if ((c.family === 'electra' || c.family === 'albert') && (head === 'mlm' || head === 'pretraining')) return h * E + E * V;
  return p.headMatmulPerToken;
}

function classicTerms(c: NonNullable<ModelSpec['classic']>['value'], factorized: boolean): string {
  const parts: string[] = [];
  if (c.family === 'opt' && factorized) parts.push(' + 2·E·h (project_in, project_out)');
  if (c.family === 'electra' && factorized) parts.push(' + E·h + h (embeddings_project)');
  if (c.family === 'albert') parts.push(' + E·h + h (embedding_hidden_mapping_in), layers counted once per group');
  if (c.relativeBuckets) parts.push(' + buckets·a (relative_attention_bias)');
  if (c.layerScale) parts.push(' + 2·L·h (layer scales)');
  if (c.maskToken) parts.push(' + h (mask token)');
  if (c.registers) parts.push(' + R·h (register tokens)');
  if (c.trajectory) parts.push(' + T·h + (s + a + 6)·h + (h + 1)·(s + a + 1) (trajectory embeddings and heads)');
  return parts.join('');
}

/** ELECTRA's and ALBERT's heads over their factorized embedding; DINOv2's classifier over two tokens; the others as counted. */
function classicHead(m: ModelSpec, p: Counted, c: NonNullable<ModelSpec['classic']>['value']): Quantity {
  const e = m.encoder;
  if (!e) return p.encoderHead;
  const h = m.hidden.value;
  const V = m.vocab.value;
  const n = e.labels.value;
  const E = c.embedWidth;
  const T = e.typeVocab.value;
  const inputs = [input('h', m.hidden), input('T', e.typeVocab), input('n', e.labels), computed('E', E), input('V', m.vocab), input('head', e.head)];
  if (c.family === 'dinov2' && c.pairedClassifier) {
    return quantity(p.encoderHead.value + h * n, 'params', `${p.encoderHead.formula} + h·n (the classifier reads 2h)`, [...p.encoderHead.inputs]);
  }
  if (c.family !== 'electra' && c.family !== 'albert') return p.encoderHead;
  const pooler = h * h + h;
  const mlm = h * E + E + 2 * E + V;
  type Row = readonly [number, string];
  const head: Record<string, Row> =
    c.family === 'electra'
      ? { mlm: [mlm, 'h·E + E + 2·E + V'], pretraining: [pooler + h + 1, 'h² + h + h + 1'] }
      : { mlm: [mlm, 'h·E + E + 2·E + V'], pretraining: [pooler + mlm + 2 * h + 2, 'h² + h + h·E + E + 2·E + V + 2·h + 2'], pooler: [pooler, 'h² + h'] };
  const byHead: Record<string, Row> = { ...head, classification: [pooler + h * n + n, 'h² + h + h·n + n'], token: [h * n + n, 'h·n + n'] };
  const [value, text] = byHead[e.head.value] ?? [0, '0'];
  return quantity(T * E + value, 'params', `T·E + ${text}`, inputs);
}
