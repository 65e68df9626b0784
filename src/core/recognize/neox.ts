/**
 * GPT-NeoX YAML (JSON-ish YAML with Python True): shapes, the DeepSpeed keys it embeds, and
 * NeoX's rules: LayerNorm and biases by default, learned positions unless pos_emb says rotary,
 * tied unless no_weight_tying, the tokenizer's vocabulary padded to a multiple of
 * make_vocab_size_divisible_by (128) × model_parallel_size, and the gated (SwiGLU) MLP's width: with `mlp_type: llama` (the
 * LLaMAParallelMLP of older releases) intermediate_size, else int(8h/3) rounded up to a multiple of 256; otherwise (today's
 * ParallelMLP, megatron/model/transformer.py) intermediate_size I (or expansion_factor × h, or 4h) is what a plain MLP would
 * have, and the gated one keeps its parameters: int(2I/3) for gate and up together, each half rounded up to 256.
 */
import type { Finding } from '../types';
import { derived, finding, fromFact } from '../types';
import type { ModelSpec } from '../spec';
import { aliases } from './aliases';
import { as } from './adapter';
import { padVocab, tokenizerModel, TOKENIZERS } from './catalogue/models';
import { recognizeHf } from './hf';
import {
  classDefault,
  buildModel,
  defined,
  emptyRecognition,
  FactReader,
  mapped,
  optimizerOf,
  precisionOf,
  type FileRecognition,
  type RecognizeContext,
} from './common';
import { readDeepspeed } from './deepspeed';
import { dataParallelDefaults, type Trainer } from './trainer';

const A = aliases({
  layers: ['num_layers'],
  hidden: ['hidden_size'],
  heads: ['num_attention_heads'],
  kvHeads: ['num_kv_heads'],
  ffnWidth: ['intermediate_size'],
  maxPositions: ['max_position_embeddings'],
});

/**
 * GPT-NeoX reads its YAML keys with '-' as '_' (neox_arguments: "num-layers" is num_layers; its own 20B.yml and Pythia
 * configs write them hyphenated): the facts under those names.
 */
function underscored(facts: RecognizeContext['facts']): RecognizeContext['facts'] {
  return facts.some((f) => f.path.some((p) => typeof p === 'string' && p.includes('-')))
    ? facts.map((f) => ({ ...f, path: f.path.map((p) => (typeof p === 'string' ? p.replace(/-/g, '_') : p)) }))
    : facts;
}

/** A fork's Nemotron-H keys (geodesic-gpt-neox's configs/nemotron3) under NemotronHConfig's names. */
const NEMOTRON_H_KEYS: Readonly<Record<string, string>> = {
  num_layers: 'num_hidden_layers',
  hidden_size: 'hidden_size',
  num_attention_heads: 'num_attention_heads',
  num_kv_heads: 'num_key_value_heads',
  head_dim: 'head_dim',
  max_position_embeddings: 'max_position_embeddings',
  nemotron_hybrid_pattern: 'hybrid_override_pattern',
  mamba2_num_heads: 'mamba_num_heads',
  mamba2_head_dim: 'mamba_head_dim',
  mamba2_state_size: 'ssm_state_size',
  mamba2_conv_kernel: 'conv_kernel',
  mamba2_n_groups: 'n_groups',
  mamba2_chunk_size: 'chunk_size',
  mamba2_use_conv_bias: 'use_conv_bias',
  moe_num_experts: 'n_routed_experts',
  moe_n_shared_experts: 'n_shared_experts',
  moe_top_k: 'num_experts_per_tok',
  moe_routed_intermediate_size: 'moe_intermediate_size',
  moe_shared_expert_intermediate_size: 'moe_shared_expert_intermediate_size',
  moe_n_group: 'n_group',
  moe_topk_group: 'topk_group',
  intermediate_size: 'intermediate_size',
  activation: 'mlp_hidden_act',
  use_bias_in_attn_linear: 'attention_bias',
  use_bias_in_mlp: 'mlp_bias',
};

export function isNeox(reader: FactReader): boolean {
  const r = new FactReader(underscored(reader.facts));
  return (
    r.has('num_layers') &&
    r.has('hidden_size') &&
    ['pipe_parallel_size', 'model_parallel_size', 'pos_emb', 'no_weight_tying', 'train_micro_batch_size_per_gpu', 'attention_config', 'gpt_j_residual'].some(
      (k) => r.has(k),
    )
  );
}

export function recognizeNeox(ctx: RecognizeContext): FileRecognition {
  const r = new FactReader(underscored(ctx.facts));
  const ds = readDeepspeed(r);
  const findings: Finding[] = [...ds.findings];
  const tp = r.int(['model_parallel_size']);
  const training = defined({
    ...ds.training,
    seqLen: r.int(['seq_length']),
    trainIters: r.int(['train_iters']),
    recompute: mapped(r.bool(['checkpoint_activations']), (v) => (v === 'true' ? ('full' as const) : undefined)),
    optimizer: mapped(r.str(['optimizer.type']), optimizerOf),
    // NeoXArgs' precision (fp16, bfloat16, fp32), which its fp16 / bf16 sections otherwise set.
    precision: mapped(r.str(['precision']), precisionOf),
  });
  // pipe_parallel_size 0 is GPT-NeoX's model without the pipeline engine (GPT2ModelPipe.to_sequential): one stage, PP 1.
  const pipe = r.int(['pipe_parallel_size'], { min: 0 });
  const pp = pipe && pipe.value === 0 ? as(pipe, 1) : pipe;
  const parallel = defined({ ...ds.parallel, tp, pp, sp: r.bool(['sequence_parallel']) });

  const neoxDefault = <T>(value: T, key: string) => classDefault(value, key, 'GPT-NeoX');
  const o: Partial<ModelSpec> = {};
  const act = r.str(['activation']);
  const gated = !!act && /glu/.test(act.value);
  o.ffnKind = act ? mapped(act, () => (gated ? 'gated' : 'plain')) : neoxDefault('plain', 'activation');
  const hidden = r.int(['hidden_size']);
  const size = r.int(['intermediate_size']);
  const llamaMlp = r.str(['mlp_type'])?.value === 'llama';
  if (gated && hidden && !llamaMlp) {
    // ParallelMLP: ffn_dim = I · 2/3 for gate and up, ffn_dim // 2 each, rounded up to a multiple of 256.
    const factor = r.num(['expansion_factor'], { min: 1e-9 });
    const I = size?.value ?? (factor ? Math.floor(factor.value * hidden.value) : 4 * hidden.value);
    const w = Math.ceil(Math.floor(Math.floor((I * 2) / 3) / 2) / 256) * 256;
    o.ffnWidth = derived(w, { id: 'prov.neoxGatedWidth', args: { size: I } }, ...(size ? [size] : factor ? [factor, hidden] : [hidden]));
  } else if (!size && hidden) {
    const w = gated ? Math.ceil(Math.floor((8 * hidden.value) / 3) / 256) * 256 : 4 * hidden.value;
    o.ffnWidth = derived(w, { id: gated ? 'prov.neoxLlamaWidth' : 'prov.ffnFromHidden', args: { factor: 4 } }, hidden);
  }
  o.norm = mapped(r.str(['norm']), (v) => (v === 'rmsnorm' ? 'rmsnorm' : 'layernorm')) ?? neoxDefault('layernorm', 'norm');
  o.positions = mapped(r.str(['pos_emb']), (v) => (v === 'rotary' ? 'rope' : v === 'learned' ? 'learned' : 'none')) ?? neoxDefault('learned', 'pos_emb');
  const untie = r.bool(['no_weight_tying']);
  o.tiedEmbeddings = untie ? { value: !untie.value, source: untie.source } : neoxDefault(true, 'no_weight_tying');
  const attnBias = r.bool(['use_bias_in_attn_linear']) ?? neoxDefault(true, 'use_bias_in_attn_linear');
  o.qkvBias = attnBias;
  o.outBias = attnBias;
  o.mlpBias = r.bool(['use_bias_in_mlp']) ?? neoxDefault(!gated, 'use_bias_in_mlp');

  // Tokenizer: GPT-NeoX's own (HFTokenizer, a *.json vocab file) or GPT-2 BPE. A SentencePiece or tiktoken model of the run's
  // own (SPMTokenizer, TiktokenTokenizer, a *.model file) has a vocabulary only loading it tells: an error that says so.
  const tokType = r.str(['tokenizer_type']);
  const vocabFile = r.str(['vocab_file']);
  const own = (tokType && /SPM|Tiktoken|SentencePiece/i.test(tokType.value)) || (!tokType && vocabFile && /\.model$/i.test(vocabFile.value));
  if (own) {
    const at = (tokType ?? vocabFile)!;
    const written = r.present(tokType ? 'tokenizer_type' : 'vocab_file')!;
    findings.push(
      finding(
        'missing-key',
        'error',
        { id: 'neox.vocabFromTokenizer', args: { tokenizer: at.value, file: vocabFile?.value ?? '' } },
        { file: ctx.file, range: written.valueRange },
      ),
    );
    return { ...emptyRecognition('neox', findings), training, parallel };
  }
  const neoxTok = (tokType && /HF/i.test(tokType.value)) || (vocabFile && /\.json$/i.test(vocabFile.value) && !/gpt2/i.test(vocabFile.value));
  // (A tokenizer.json in a folder named as a model the catalogue knows, …/NVIDIA-Nemotron-3-Nano-30B-A3B-Base-BF16/tokenizer/…: that
  // model's vocabulary, not GPT-NeoX-20B's.)
  const folder = neoxTok && vocabFile ? tokenizerModel(vocabFile.value) : undefined;
  const tk = folder ? { size: folder.vocab, name: folder.id } : neoxTok ? TOKENIZERS['gpt-neox']! : TOKENIZERS.gpt2!;
  const tokSource = (folder ? vocabFile : undefined) ?? tokType ?? vocabFile;
  const base = tokSource ? derived(tk.size, { id: 'prov.tokenizer', args: { name: tk.name } }, tokSource) : neoxDefault(tk.size, 'tokenizer_type');
  const divisible = r.int(['make_vocab_size_divisible_by']);
  const mult = (divisible?.value ?? 128) * (tp?.value ?? 1);
  o.vocab = derived(
    padVocab(base.value, divisible?.value ?? 128, tp?.value ?? 1),
    { id: 'prov.vocabPadded', args: { size: base.value, multiple: mult } },
    base,
    ...(tp ? [tp] : []),
  );
  if (!tokSource) findings.push(finding('assumed', 'info', { id: 'nemo.vocabAssumed', args: { value: 'tokenizer_type', name: tk.name, size: tk.size } }));

  // A fork's Nemotron-H hybrid (nemotron_hybrid_pattern with its mamba2_* and moe_* keys): read as the Hugging Face NemotronHConfig
  // those keys name, each where it is written.
  const hybrid = r.present('nemotron_hybrid_pattern');
  if (hybrid) {
    const facts = [
      { ...hybrid, path: ['model_type'], value: 'nemotron_h' },
      { ...hybrid, path: ['architectures'], value: ['NemotronHForCausalLM'] },
      ...r.facts.flatMap((f) => (f.path.length === 1 && NEMOTRON_H_KEYS[String(f.path[0])] ? [{ ...f, path: [NEMOTRON_H_KEYS[String(f.path[0])]!] }] : [])),
      ...(untie ? [{ ...r.present('no_weight_tying')!, path: ['tie_word_embeddings'], value: !untie.value }] : []),
      { ...hybrid, path: ['vocab_size'], value: o.vocab.value },
      // (A pattern without dense MLP layers, '-', has no use for their width: the experts' stands in for the key the config needs.)
      ...(!r.has('intermediate_size') && !String(hybrid.value).includes('-') && r.present('moe_routed_intermediate_size')
        ? [{ ...r.present('moe_routed_intermediate_size')!, path: ['intermediate_size'] }]
        : []),
    ];
    const hf = recognizeHf({ file: ctx.file, facts });
    if (hf.model) {
      const model = { ...hf.model, vocab: o.vocab, ...(untie ? {} : { tiedEmbeddings: o.tiedEmbeddings }) };
      return { family: 'neox', model, training, parallel, references: [], findings: [...hf.findings, ...findings] };
    }
  }
  // Layers GPT-NeoX's own model does not build that this reader does not model (a fork's experts or state-space mixers): said,
  // not counted as dense ones.
  const unread = r.keys().filter((k) => /^(moe_num_experts|num_experts|mamba\w*|\w*hybrid\w*pattern)$/.test(k));
  const experts = r.int(['moe_num_experts', 'num_experts']);
  if (unread.some((k) => !/experts$/.test(k)) || (experts && experts.value > 1))
    findings.push(
      finding(
        'unsupported',
        'error',
        { id: 'neox.layersNotModelled', args: { keys: unread.join(', ') } },
        { file: ctx.file, range: r.present(unread[0]!)!.keyRange },
      ),
    );

  const layersFact = r.present('num_layers');
  const arch = {
    value: 'GPT-NeoX',
    source: layersFact ? { kind: 'fact' as const, file: ctx.file, path: layersFact.path, range: layersFact.keyRange } : neoxDefault('', 'num_layers').source,
  };
  const built = buildModel(
    r,
    A,
    { configClass: 'GPT-NeoX', ffn: 'plain', norm: 'layernorm', positions: 'learned', tiedDefault: true, qkvBias: true, outBias: true, mlpBias: true },
    arch,
    o,
  );
  return { family: 'neox', model: built.model, training, parallel, references: [], findings: [...built.findings, ...findings] };
}

/** GPT-NeoX runs on DeepSpeed; activation checkpointing is the boolean `checkpoint_activations`. */
export const NEOX_TRAINER: Trainer = {
  defaults: dataParallelDefaults('GPT-NeoX'),
  writes: { keys: { recompute: 'checkpoint_activations' }, text: (field, value) => (field === 'recompute' ? String(value === 'full') : String(value)) },
};

/** GPT-NeoX's launcher: `python ./deepy.py train.py [-d DIR | --conf_dir DIR] a.yml b.yml` (its command words, a script's or not). */
export function isNeoxLaunch(r: FactReader): boolean {
  return r.facts.some((f) => f.path[0] === '@command' && /(^|\/)deepy\.py$/.test(String(f.value ?? f.tail ?? '')));
}

/**
 * The configs deepy.py merges (megatron/neox_arguments: every YAML named, in --conf_dir when given, their keys together): each
 * read as NeoX's YAML and merged into this launch's setup. A folder only the run knows is looked for by its last name (the
 * checkout's `configs`), else the names beside the script and above it.
 */
export function recognizeNeoxLaunch(ctx: RecognizeContext, r: FactReader): FileRecognition {
  const dirFact = r.fact('--conf_dir');
  const dir = dirFact ? (typeof dirFact.value === 'string' ? dirFact.value : dirFact.tail) : undefined;
  // (With no flag in the command, `python deepy.py train.py a.yml b.yml`, the YAMLs are among its command words.)
  const references = r.facts
    .filter(
      (f) =>
        typeof f.value === 'string' &&
        ((f.path.length === 1 && f.path[0] === '@config') || (f.path[0] === '@command' && f.path.length === 2 && /\.ya?ml$/.test(f.value))),
    )
    .map((f) => fromFact(dir ? `${dir.replace(/\/+$/, '')}/${String(f.value)}` : String(f.value), f));
  return { ...emptyRecognition('neox', r.findings), training: {}, parallel: {}, references };
}
