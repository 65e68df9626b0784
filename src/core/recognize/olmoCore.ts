/**
 * OLMo-core's Python experiments (src/scripts/train/OLMo3-7B.py, users' copies of src/examples/llm/train.py): the model is a
 * `TransformerConfig.<factory>(vocab_size=…, **overrides)` call, later attribute assignments on it, and the run's sizes in
 * tokens (global_batch_size, rank_microbatch_size) over its sequence length. Read statically from what extract/python.ts puts
 * at ["@olmoCore"], ["@olmoCoreKw", name], ["@olmoCoreTokenizer"], ["@olmoCoreDp"] and ["@olmoCoreAc"].
 *
 * The factories (olmo_core/nn/transformer/config.py, TransformerConfig): each is llama_like with its d_model, n_layers, n_heads,
 * n_kv_heads and feed-forward rule: hidden = int(8·d/3), times hidden_size_multiplier where given (int again), rounded up to
 * hidden_size_multiple_of (256 unless given). No biases; RMSNorm weights only; the LM head untied. olmo2_* / olmo3_* add the
 * reordered norms and q/k norms over the whole projection (n_heads·hd and n_kv·hd), or over one head (2·hd) with
 * use_head_qk_norm; olmo3_* is its olmo2_* with sliding windows (no parameters); olmoe_1B_7B is OLMoE-1B-7B (64 experts of d/2,
 * top 8, every layer). Checked against OLMo 2 7B 7,298,617,344,
 * 13B 13,716,198,400, 32B 32,234,279,936 and 0425-1B 1,484,916,736 (dolma2's 100,352 rows), Olmo 3 7B 7,298,011,136 (100,278).
 */
import type { Fact, Sourced } from '../types';
import { derived, finding, fromFact } from '../types';
import { buildModel } from './decoder';
import { HF_ALIASES, HF_MODEL_TYPES } from './hf';
import { defined, emptyRecognition, mapped, optimizerOf, precisionOf, type FileRecognition, type RecognizeContext, type TrainingPart } from './common';
import { FactReader } from './reader';

interface Factory {
  readonly d: number;
  readonly layers: number;
  readonly heads: number;
  readonly kv?: number;
  readonly multiplier?: number;
  readonly multipleOf?: number;
  /** OLMo 2's blocks: reordered norms and q/k norms (the llama2_* / llama3_* factories have neither). */
  readonly olmo: boolean;
  /** A MoE factory's feed-forward: every layer's experts of int(d/2), top k, an unbiased router and no shared MLP. */
  readonly moe?: { readonly experts: number; readonly topK: number };
}

const olmo = (d: number, layers: number, heads: number, rest: Partial<Factory> = {}): Factory => ({ d, layers, heads, olmo: true, ...rest });
const llama = (d: number, layers: number, heads: number, rest: Partial<Factory> = {}): Factory => ({ d, layers, heads, olmo: false, ...rest });

const OLMO2: Readonly<Record<string, Factory>> = {
  '1M': olmo(12, 4, 4, { multiplier: 1 }),
  '14M': olmo(128, 4, 8),
  '30M': olmo(256, 4, 8),
  '60M': olmo(384, 8, 8, { multiplier: 1.5 }),
  '100M': olmo(512, 12, 8, { multiplier: 1.5 }),
  '190M': olmo(768, 12, 12, { multiplier: 1.5 }),
  '370M': olmo(1024, 16, 16, { multiplier: 1.5 }),
  '600M': olmo(1344, 16, 16, { multiplier: 1.5 }),
  '760M': olmo(1536, 16, 16, { multiplier: 1.5 }),
  '1B': olmo(2048, 18, 16, { multiplier: 1.5 }),
  '1B_v2': olmo(2048, 16, 16, { multiplier: 1.5 }),
  '3B': olmo(3328, 16, 16, { multiplier: 1.5 }),
  '7B': olmo(4096, 32, 32),
  '13B': olmo(5120, 40, 40),
  '32B': olmo(5120, 64, 40, { kv: 8, multiplier: 27648 / ((8 * 5120) / 3), multipleOf: 512 }),
};

/** The factories by name; olmo3_X is olmo2_X (olmo3_1B is olmo2_1B_v2, olmo3_600M has d_model 1280). */
export const OLMO_CORE_FACTORIES: Readonly<Record<string, Factory>> = {
  ...Object.fromEntries(Object.entries(OLMO2).map(([k, v]) => [`olmo2_${k}`, v])),
  ...Object.fromEntries(Object.entries(OLMO2).map(([k, v]) => [`olmo3_${k}`, k === '1B' ? OLMO2['1B_v2']! : k === '600M' ? { ...v, d: 1280 } : v])),
  // (Older OLMo-core releases' olmo_1B / olmo_7B / olmo_13B: llama2_1B / 7B / 13B with OLMo 2's blocks, reordered norms and
  // q/k norms; the 7B and 13B are olmo2_7B and olmo2_13B, the 1B without olmo2_1B's hidden_size_multiplier.)
  olmo_1B: olmo(2048, 18, 16),
  olmo_7B: OLMO2['7B']!,
  olmo_13B: OLMO2['13B']!,
  llama2_271M: llama(1024, 16, 8),
  llama2_1B: llama(2048, 18, 16),
  llama2_7B: llama(4096, 32, 32),
  llama2_13B: llama(5120, 40, 40),
  llama2_26B: llama(5120, 80, 40),
  llama2_70B: llama(8192, 80, 64, { kv: 8, multiplier: 1.3, multipleOf: 4096 }),
  llama3_1B: llama(2048, 16, 32, { kv: 8, multiplier: 1.5 }),
  llama3_8B: llama(4096, 32, 32, { kv: 8, multiplier: 1.3, multipleOf: 1024 }),
  llama3_405B: llama(16384, 126, 128, { kv: 8, multiplier: 1.2, multipleOf: 4096 }),
  // olmoe_1B_7B: llama_like with qk_norm, the moe_reordered_norm block and a dropless MoE of 64 experts of int(0.5·d), top 8;
  // the router a bare d × experts weight (MoERouterConfig.num_params; older releases' router had a bias per expert).
  olmoe_1B_7B: olmo(2048, 16, 16, { moe: { experts: 64, topK: 8 } }),
};

/** TokenizerConfig presets: their vocab_size (padded_vocab_size() rounds up to a multiple of 128). */
const TOKENIZERS: Readonly<Record<string, number>> = { dolma2: 100278, gpt2: 50257, gpt_neox_olmo_dolma_v1_5: 50280 };

/** llama_like's feed-forward width. */
export function olmoCoreHidden(d: number, multiplier: number | undefined, multipleOf = 256): number {
  let h = Math.floor((8 * d) / 3);
  if (multiplier !== undefined) h = Math.floor(multiplier * h);
  return multipleOf * Math.ceil(h / multipleOf);
}

export function isOlmoCore(r: FactReader): boolean {
  return r.has('@olmoCore.@call');
}

export function recognizeOlmoCore(ctx: RecognizeContext): FileRecognition {
  const r = new FactReader(ctx.facts);
  const call = r.fact('@olmoCore.@call')!;
  const name = String(call.value).split('.').pop()!;
  const f = OLMO_CORE_FACTORIES[name];
  const where = { file: ctx.file, range: call.valueRange };
  if (!f) return emptyRecognition('olmo', [finding('unsupported', 'error', { id: 'olmoCore.unknownFactory', args: { factory: name } }, where)]);
  const kw = r.under('@olmoCore', '@kw');
  // A number written at a key (of the factory's keywords, of a MoEConfig), as its fact.
  const numIn = (at: FactReader, key: string) => {
    const x = at.fact(key);
    return typeof x?.value === 'number' ? (x as Fact & { value: number }) : undefined;
  };
  const num = (key: string) => numIn(kw, key);
  const d = num('d_model')?.value ?? f.d;
  const width = olmoCoreHidden(d, num('hidden_size_multiplier')?.value ?? f.multiplier, num('hidden_size_multiple_of')?.value ?? f.multipleOf);
  // The vocabulary: a number as written, else the tokenizer preset's padded size (the one the file names, else the
  // dolma2 tokenizer OLMo-core's internal experiments build).
  const written = num('vocab_size');
  const vocabCall = kw.fact('vocab_size.@call');
  const preset = r.str(['@olmoCoreTokenizer']);
  const tokenizer = preset && TOKENIZERS[preset.value] !== undefined ? preset : undefined;
  const raw = TOKENIZERS[tokenizer?.value ?? 'dolma2']!;
  const padded = !vocabCall || /padded_vocab_size$/.test(String(vocabCall.value));
  const vocabValue = written?.value ?? (padded ? 128 * Math.ceil(raw / 128) : raw);
  const vocab: Sourced<number> = written
    ? fromFact(written.value, written)
    : tokenizer
      ? derived(vocabValue, { id: 'prov.olmoCoreTokenizer', args: { tokenizer: tokenizer.value, size: raw } }, tokenizer)
      : derived(vocabValue, { id: 'prov.olmoCoreDolma2', args: { size: raw } });
  const perHead =
    r.fact('@olmoCore.block.attention.use_head_qk_norm') ?? r.fact('@olmoCore.block.sequence_mixer.use_head_qk_norm') ?? kw.fact('use_head_qk_norm');
  const qkOff = kw.fact('qk_norm');
  const qk = f.olmo ? qkOff?.value !== false : qkOff?.value === true;
  // The factory's shapes as a config.json of the family would state them, each at the call that sets it.
  const at = (key: string, value: unknown, from: Fact = call): Fact => ({
    file: ctx.file,
    path: [key],
    value: value as Fact['value'],
    keyRange: from.keyRange,
    valueRange: from.valueRange,
  });
  // A MoE the script puts on the factory's blocks (`model_config.block.feed_forward_moe = MoEConfig(num_experts=…, top_k=…,
  // hidden_size=…)`): every layer's experts at those numbers, where each is written; a number the script computes is refused.
  const moeAt = r.fact('@olmoCore.block.feed_forward_moe.@class');
  let own: { experts: Fact; topK: Fact; width: Fact } | undefined;
  if (moeAt) {
    const m = r.under('@olmoCore', 'block', 'feed_forward_moe');
    const [experts, topK, width] = [numIn(m, 'num_experts'), numIn(m, 'top_k'), numIn(m, 'hidden_size')];
    if (!experts || !topK || !width) {
      const key = !experts ? 'num_experts' : !topK ? 'top_k' : 'hidden_size';
      const x = m.fact(key) ?? moeAt;
      return emptyRecognition('olmo', [finding('unsupported', 'error', { id: 'olmoCore.moeUnread', args: { key } }, { file: ctx.file, range: x.valueRange })]);
    }
    own = { experts, topK, width };
  }
  const facts: Fact[] = [
    at('hidden_size', d, num('d_model') ?? call),
    at('num_hidden_layers', num('n_layers')?.value ?? f.layers, num('n_layers') ?? call),
    at('num_attention_heads', num('n_heads')?.value ?? f.heads, num('n_heads') ?? call),
    at('num_key_value_heads', num('n_kv_heads')?.value ?? f.kv ?? num('n_heads')?.value ?? f.heads, num('n_kv_heads') ?? call),
    ...(own
      ? [
          at('intermediate_size', own.width.value, own.width),
          at('num_experts', own.experts.value, own.experts),
          at('num_experts_per_tok', own.topK.value, own.topK),
        ]
      : [
          at('intermediate_size', f.moe ? Math.floor(d / 2) : width),
          ...(f.moe ? [at('num_experts', f.moe.experts), at('num_experts_per_tok', f.moe.topK)] : []),
        ]),
    at('tie_word_embeddings', false),
    ...(num('head_dim') ? [at('head_dim', num('head_dim')!.value, num('head_dim'))] : []),
  ];
  // Sliding windows (olmo_core/nn/attention SlidingWindowAttentionConfig): layer i takes pattern[i mod n], -1 a full layer,
  // the first or last forced full where the config says; the olmo3_* factories' own is [4096, 4096, 4096, -1], the last full.
  const layers = num('n_layers')?.value ?? f.layers;
  const windows = slidingWindows(r, name, layers);
  if (windows) facts.push(at('sliding_window', windows.window, windows.at ?? call), at('layer_types', windows.types, windows.at ?? call));
  const type = f.moe || own ? 'olmoe' : windows ? 'olmo3' : f.olmo ? 'olmo2' : 'llama';
  const arch = fromFact(name, call);
  const overrides = {
    vocab,
    ...(qk
      ? {
          qkNorm:
            perHead?.value === true
              ? fromFact('per-head' as const, perHead)
              : derived('full' as const, { id: 'prov.olmoCoreQkNorm', args: { factory: name } }, arch),
        }
      : {}),
    ...(!qk && f.olmo && qkOff ? { qkNorm: fromFact('none' as const, qkOff) } : {}),
  };
  const built = buildModel(new FactReader(facts), HF_ALIASES, HF_MODEL_TYPES[type]!, arch, overrides);

  // The run's sizes, in tokens over the sequence length (a module constant SEQUENCE_LENGTH where no keyword says).
  const o = r.under('@olmoCoreKw');
  const seq = o.int(['sequence_length', 'max_sequence_length']) ?? r.int(['SEQUENCE_LENGTH']);
  const tokens = (key: string) => {
    const x = o.int([key]);
    return x && seq && x.value % seq.value === 0 ? derived(x.value / seq.value, { id: 'prov.olmoCoreTokens', args: { key } }, x, seq) : undefined;
  };
  const dp = r.str(['@olmoCoreDp']);
  const ac = r.str(['@olmoCoreAc']);
  const float8 = r.fact('@olmoCoreKw.float8_config.enabled');
  const training: TrainingPart = defined({
    seqLen: seq,
    globalBatch: tokens('global_batch_size'),
    microBatch: tokens('rank_microbatch_size'),
    ...(dp && /^(fsdp|hsdp)$/.test(dp.value) ? { fsdp: fromFact(true, r.fact('@olmoCoreDp')!) } : {}),
    ...(ac && ac.value === 'full' ? { recompute: fromFact('full' as const, r.fact('@olmoCoreAc')!) } : {}),
    ...(ac && ac.value === 'budget' ? budgetRecompute(o, layers) : {}),
    ...(float8?.value === true ? { precision: fromFact('fp8' as const, float8), fp8Recipe: fromFact('tensorwise' as const, float8) } : {}),
    // The optimizer's config class (optim=MuonWithAuxAdamConfig(…), AdamWConfig, SkipStepAdamWConfig) and FSDP's dtypes
    // (dp_config's param_dtype=DType.bfloat16: the weights computed in bf16; reduce_dtype=DType.float32: gradients reduced in fp32).
    optimizer: mapped(o.str(['optim.@class', 'optim.@call']), optimizerOf),
    ...(float8?.value === true ? {} : { precision: mapped(o.str(['param_dtype']), precisionOf) }),
    fp32Grads: mapped(o.str(['reduce_dtype']), (d) => /^(float32|fp32)$/.test(d)),
  });
  // Context parallelism (TransformerContextParallelConfig.llama3(degree=8) / .zig_zag(…), or the class with its degree).
  const cp = o.int(['cp_config.@kw.degree', 'cp_config.degree'], { min: 1 });
  const findings = [...built.findings];
  // HSDP: sharded over shard_degree ranks, replicated across the rest (without shard_degree, OLMo-core's default group is
  // decided at run time: counted as sharded over every rank, said).
  const shardDegree = o.int(['dp_config.shard_degree'], { min: 1 });
  if (dp?.value === 'hsdp' && shardDegree) training.shardGroup = shardDegree;
  else if (dp?.value === 'hsdp')
    findings.push(finding('assumed', 'info', { id: 'olmoCore.hsdpAsFsdp' }, { file: ctx.file, range: r.fact('@olmoCoreDp')!.valueRange }));
  return { family: 'olmo', model: built.model, training, parallel: cp ? { cp } : {}, references: [], findings };
}

/**
 * OLMo-core's budget mode (TransformerActivationCheckpointingMode.budget: torch.compile's activation_memory_budget, the share of
 * the activations kept, its partitioner recomputing the rest, the cheapest first): counted as that share of the layers keeping
 * theirs and the others recomputed whole (Megatron's block method), which keeps as much and recomputes at most as much.
 */
function budgetRecompute(o: FactReader, layers: number): Partial<TrainingPart> {
  const budget = o.num(['ac_config.activation_memory_budget'], { min: 0, max: 1 });
  if (!budget || budget.value >= 1) return {};
  const n = Math.max(1, Math.round((1 - budget.value) * layers));
  const said = { id: 'prov.olmoCoreBudget', args: { budget: budget.value, layers: n, of: layers } } as const;
  return {
    recompute: derived('full' as const, said, budget),
    recomputeMethod: derived('block' as const, said, budget),
    recomputeLayers: derived(n, said, budget),
  };
}

/** The layers' attention kinds under a sliding-window config (written, or an olmo3_* factory's), and its window. */
function slidingWindows(r: FactReader, factory: string, layers: number): { window: number; types: string[]; at?: Fact } | undefined {
  const base = ['@olmoCore.block.attention.sliding_window', '@olmoCore.block.sequence_mixer.sliding_window'].find((k) => r.has(`${k}.pattern`));
  const written = base ? r.fact(`${base}.pattern`) : undefined;
  const pattern =
    written && Array.isArray(written.value) && written.value.length > 0 && written.value.every((w) => typeof w === 'number')
      ? (written.value as number[])
      : /^olmo3_/.test(factory) && !base
        ? [4096, 4096, 4096, -1]
        : undefined;
  if (!pattern) return undefined;
  const flag = (key: string, dflt: boolean) => {
    const v = base ? r.fact(`${base}.${key}`)?.value : undefined;
    return typeof v === 'boolean' ? v : dflt;
  };
  const first = flag('force_full_attention_on_first_layer', false);
  const last = flag('force_full_attention_on_last_layer', true);
  const types = Array.from({ length: layers }, (_, i) =>
    pattern[i % pattern.length]! < 0 || (first && i === 0) || (last && i === layers - 1) ? 'full_attention' : 'sliding_attention',
  );
  const window = Math.max(...pattern);
  return window > 0 && types.includes('sliding_attention') ? { window, types, ...(written ? { at: written } : {}) } : undefined;
}
