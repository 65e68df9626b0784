/**
 * MiniMind (jingyaogong/minimind, remote code, model_type minimind): MiniMind2's config.json as its LMConfig writes it (dim,
 * n_layers, n_heads, n_kv_heads, hidden_dim, multiple_of, vocab_size, use_moe), read as model/model.py's MiniMindLM builds it:
 * - Attention: wq h → a·d, wk and wv h → g·d, wo a·d → h, none biased, d = dim / n_heads; RoPE (a buffer, no weights);
 * - FeedForward: a SwiGLU of w1, w3 (h → f) and w2 (f → h) without biases, f = hidden_dim, or where it is null
 *   multiple_of · ⌈⌊8·dim/3⌋ / multiple_of⌉;
 * - attention_norm and ffn_norm (RMSNorm weights) per layer, a final norm;
 * - tok_embeddings and output one tensor (`self.tok_embeddings.weight = self.output.weight`, whatever the config says);
 * - with use_moe: MOEFeedForward, n_routed_experts FeedForwards of the same width, top num_experts_per_tok, a gate that is a
 *   bare parameter (n_routed_experts × dim, no bias), and one shared FeedForward whenever n_shared_experts is not None (a
 *   boolean in LMConfig: `true` builds one, as a number would).
 * MiniMind2 (768 × 16 layers, 8 heads, 2 KV heads, hidden_dim 2048, 6,400 tokens) comes to 104,030,976: its README's "104M".
 * The later MiniMindConfig (hidden_size, num_hidden_layers, … for model_minimind.py's MiniMindForCausalLM, whose layers
 * changed between releases: q_norm and k_norm in the latest) is refused by name, not read as this one.
 */
import type { Message, Sourced } from '../types';
import { derived, fromFact } from '../types';
import type { MoeSpec } from '../spec';
import type { ModelOverrides } from './decoder';
import { classDefault, type FactReader } from './common';

const CLS = 'LMConfig';

/** MiniMindLM's own shapes over the alias table (dim, n_layers and n_heads are HF_ALIASES' names already). */
export function minimindOverrides(reader: FactReader): { overrides: ModelOverrides } | { error: Message; at?: Sourced<unknown> } {
  const later = reader.int(['hidden_size']);
  if (later && !reader.has('dim'))
    return {
      error: {
        id: 'recognize.unsupportedVariant',
        args: { key: 'hidden_size', value: later.value, family: 'MiniMind (model_minimind.py MiniMindForCausalLM)' },
      },
      at: later,
    };
  const byArch = <T>(value: T, ...from: Sourced<unknown>[]) => derived(value, { id: 'prov.architecture', args: { arch: 'MiniMindLM' } }, ...from);
  const dim = reader.int(['dim']) ?? classDefault(512, 'dim', CLS);
  const heads = reader.int(['n_heads']) ?? classDefault(16, 'n_heads', CLS);
  // Attention: n_heads when n_kv_heads is None.
  const kvFact = reader.fact('n_kv_heads');
  const kvHeads =
    reader.int(['n_kv_heads']) ??
    (kvFact && kvFact.value === null ? derived(heads.value, { id: 'prov.kvHeadsDefault' }, heads) : classDefault(8, 'n_kv_heads', CLS));
  const multiple = reader.int(['multiple_of']) ?? classDefault(64, 'multiple_of', CLS);
  const given = reader.int(['hidden_dim']);
  const ffnWidth =
    given ??
    derived(
      multiple.value * Math.ceil(Math.floor((8 * dim.value) / 3) / multiple.value),
      { id: 'prov.minimindFfn', args: { dim: dim.value, multiple: multiple.value } },
      dim,
      multiple,
    );
  const useMoe = reader.bool(['use_moe']) ?? classDefault(false, 'use_moe', CLS);
  const out: { -readonly [K in keyof ModelOverrides]: ModelOverrides[K] } = {
    kvHeads,
    ffnWidth,
    tiedEmbeddings: byArch(true),
    ...(reader.int(['max_seq_len']) ? { maxPositions: reader.int(['max_seq_len'])! } : {}),
  };
  if (useMoe.value) {
    const layers = reader.int(['n_layers']) ?? classDefault(8, 'n_layers', CLS);
    const experts = reader.int(['n_routed_experts']) ?? classDefault(4, 'n_routed_experts', CLS);
    const topK = reader.int(['num_experts_per_tok']) ?? classDefault(2, 'num_experts_per_tok', CLS);
    if (topK.value > experts.value) return { error: { id: 'recognize.topKOverExperts', args: { k: topK.value, e: experts.value } }, at: topK };
    // MOEFeedForward builds shared_experts when n_shared_experts is not None (LMConfig's default: True).
    const sharedFact = reader.fact('n_shared_experts');
    const shared = sharedFact
      ? derived(sharedFact.value === null || sharedFact.value === false ? 0 : 1, { id: 'prov.minimindShared' }, fromFact(sharedFact.value, sharedFact))
      : classDefault(1, 'n_shared_experts', CLS, 'True');
    const moe: MoeSpec = {
      experts,
      topK,
      expertWidth: ffnWidth,
      sharedExperts: shared,
      sharedWidth: derived(ffnWidth.value, { id: 'prov.sharedWidth' }, ffnWidth),
      sharedGate: byArch(false),
      routerBias: byArch(false),
      routerLinear: byArch(false),
      layers: derived(
        Array.from({ length: layers.value }, (_, i) => i),
        { id: 'prov.moeEveryLayer' },
        useMoe,
      ),
    };
    out.moe = moe;
  }
  return { overrides: out };
}
