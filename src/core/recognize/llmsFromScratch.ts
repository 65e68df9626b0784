/**
 * The GPT config dict of Sebastian Raschka's "Build a Large Language Model (From Scratch)" (rasbt/LLMs-from-scratch, chapter 4's
 * `GPT_CONFIG_124M = {"vocab_size": 50257, "context_length": 1024, "emb_dim": 768, "n_heads": 12, "n_layers": 12,
 * "drop_rate": 0.1, "qkv_bias": False}`), which learners copy into their own repositories, read as the book's GPTModel builds it:
 * - tok_emb (vocab × emb) and pos_emb (context_length × emb), learned;
 * - per block: W_query, W_key, W_value (emb → emb, biased only when qkv_bias), out_proj (emb → emb, biased), a FeedForward of
 *   Linear(emb, 4·emb), GELU and Linear(4·emb, emb), both biased, and two LayerNorms of scale and shift;
 * - a final LayerNorm and out_head (emb → vocab, no bias), not tied to tok_emb.
 * GPT_CONFIG_124M comes to 163,009,536, the total the book prints (124,412,160 less the output head, its "weight tying" count).
 * The book's Llama, Qwen3 and Gemma dicts (hidden_dim, n_kv_groups, …) are other models, not read here.
 */
import type { Fact } from '../types';
import { derived } from '../types';
import { aliases } from './aliases';
import { buildModel, FactReader, type FileRecognition, type RecognizeContext } from './common';

const KEYS = ['vocab_size', 'context_length', 'emb_dim', 'n_heads', 'n_layers'];
const ARCH = 'GPTModel (LLMs from scratch)';

/** The facts of a dict of the book's GPT config (its keys, one level under the dict's name), undefined where none is. */
export function llmsFromScratchConfig(facts: readonly Fact[]): Fact[] | undefined {
  const names = [...new Set(facts.filter((f) => f.path.length === 2 && typeof f.path[0] === 'string').map((f) => f.path[0] as string))];
  for (const name of names) {
    const own = facts.filter((f) => f.path.length === 2 && f.path[0] === name).map((f) => ({ ...f, path: f.path.slice(1) }));
    const keys = new Set(own.map((f) => String(f.path[0])));
    if (KEYS.every((k) => keys.has(k)) && (keys.has('drop_rate') || keys.has('qkv_bias')) && !keys.has('hidden_dim') && !keys.has('n_kv_groups')) return own;
  }
  return undefined;
}

export function recognizeLlmsFromScratch(ctx: RecognizeContext, script: readonly Fact[] = []): FileRecognition {
  const r = new FactReader(ctx.facts);
  // (The book's scripts batch their DataLoader by a top-level `batch_size = 8`: the micro-batch.)
  const batch = new FactReader(script.filter((f) => f.path.length === 1)).int(['batch_size']);
  const byArch = <T>(value: T) => derived(value, { id: 'prov.architecture', args: { arch: ARCH } });
  const arch = byArch(ARCH);
  const qkv = r.bool(['qkv_bias']) ?? derived(false, { id: 'prov.classDefault', args: { key: 'qkv_bias', cls: 'GPT_CONFIG', value: 'False' } });
  const built = buildModel(
    r,
    aliases({ layers: ['n_layers'], hidden: ['emb_dim'], heads: ['n_heads'], vocab: ['vocab_size'], maxPositions: ['context_length'] }),
    {
      configClass: 'GPT_CONFIG',
      ffn: 'plain',
      norm: 'layernorm',
      positions: 'learned',
      tiedDefault: false,
      qkvBias: false,
      outBias: true,
      mlpBias: true,
      ffnFromHidden: 4,
    },
    arch,
    {
      qkvBias: qkv,
      outBias: byArch(true),
      mlpBias: byArch(true),
      tiedEmbeddings: byArch(false),
      ...(r.int(['context_length']) ? { maxPositions: r.int(['context_length'])! } : {}),
    },
  );
  return { family: 'generic', model: built.model, training: batch ? { microBatch: batch } : {}, parallel: {}, references: [], findings: [...built.findings] };
}
