/**
 * EasyLM (young-geng/EasyLM, JAX on TPUs, and the forks that keep its trainers: AllenAI's, which adds OLMo):
 * `python -m EasyLM.models.llama.llama_train --load_llama_config='7b' --mesh_dim='1,-1,4' --dtype='bf16'
 * --train_dataset.type=huggingface --train_dataset.huggingface_dataset.batch_size=8 …` (or `EasyLM.models.olmo.olmo_train
 * --load_olmo_config='7b'`), its flags as the trainer's mlxu FLAGS read them:
 * - the model: the preset `--load_<model>_config` names (LLAMA_STANDARD_CONFIGS in llama_model.py; OLMO_STANDARD_CONFIGS in the
 *   fork's olmo_model.py), the shapes both repositories give that name alike, under `--update_<model>_config`'s dict of literals
 *   (the Python the trainer evals: any other expression refused); `pickle::` / `json::` (a checkpoint's or a file's config) are
 *   not read here: refused, saying so. LLaMA's
 *   blocks: bias-free attention (grouped where the preset has KV heads) and SwiGLU MLP, RMSNorm weights, an untied head;
 *   OLMo's: the same without norm weights (its RMSNorm has none). The vocabulary is the preset's, raised to the tokenizer's
 *   length where that is larger: said.
 * - the batch: the dataset's batch_size sequences of seq_length tokens a step (data.py: 8 and 1,024 unless set), the whole
 *   step's over every chip; `--optimizer.accumulate_gradient_steps` of them an update (optax.MultiSteps).
 * - `--mesh_dim` 'dp,fsdp,mp': the batch over dp × fsdp, the model sharded over fsdp, mp the tensor-parallel degree, the chips at
 *   least the product of the axes stated (a -1 fills the rest); `--dtype` the compute's (the parameters stay fp32);
 *   `--load_checkpoint` a fine-tune's starting point.
 */
import type { Fact, Message, Sourced } from '../types';
import { derived, finding, fromFact } from '../types';
import { aliases } from './aliases';
import { buildModel } from './decoder';
import { defined, emptyRecognition, mapped, precisionOf, type FileRecognition, type RecognizeContext, type TrainingPart } from './common';
import type { FactReader } from './reader';

const MODULE = /^EasyLM\.models\.(llama|olmo)\.\w+_train$/;
const SCRIPT = /(^|\/)EasyLM\/models\/(llama|olmo)\/\w+_train\.py$/;

/** A preset: vocab, hidden, intermediate, layers, heads, KV heads (undefined: as many as heads). */
type Preset = readonly [vocab: number, hidden: number, ffn: number, layers: number, heads: number, kv?: number];

/**
 * LLAMA_STANDARD_CONFIGS: young-geng/EasyLM@134105f (1b … 65b) and AllenAI's fork (hamishivi/EasyLM@08d89fa: the same shapes for
 * those names, and its code and Llama 2 presets); 'debug' left out, as the two give it different shapes.
 */
const LLAMA: Readonly<Record<string, Preset>> = {
  '1b': [32000, 2048, 5504, 22, 16],
  '3b': [32000, 3200, 8640, 26, 32],
  '7b': [32000, 4096, 11008, 32, 32],
  '13b': [32000, 5120, 13824, 40, 40],
  '30b': [32000, 6656, 17920, 60, 52],
  '65b': [32000, 8192, 22016, 80, 64],
  '7bcode': [32016, 4096, 11008, 32, 32],
  '13bcode': [32016, 5120, 13824, 40, 40],
  '30b2': [32000, 8192, 22016, 48, 64, 8],
  '30bcode': [32000, 8192, 22016, 48, 64, 8],
  '34byi': [64000, 7168, 20480, 60, 56, 8],
  '70b': [32000, 8192, 28672, 80, 64, 8],
  '70bcode': [32016, 8192, 28672, 80, 64, 8],
  '70bflash': [32000, 8192, 28672, 80, 64, 8],
};

/** OLMO_STANDARD_CONFIGS of the fork's olmo_model.py (hamishivi/EasyLM@4e612f3): OLMo-7B and OLMo-1.7-7B. */
const OLMO: Readonly<Record<string, Preset>> = {
  '7b': [50304, 4096, 11008, 32, 32],
  '17_7b': [50304, 4096, 11008, 32, 32],
};

/** data.py's dataset defaults (HuggingfaceDataset, JsonDataset): 8 sequences of 1,024 tokens. */
const DATASET = { batch_size: 8, seq_length: 1024 } as const;

function program(r: FactReader): { kind: 'llama' | 'olmo'; at: Fact } | undefined {
  for (const f of r.facts) {
    if (typeof f.value !== 'string') continue;
    const m = f.path[0] === '@module' ? MODULE.exec(f.value) : f.path[0] === '@command' ? SCRIPT.exec(f.value) : null;
    if (m) return { kind: (f.path[0] === '@module' ? m[1] : m[2]) as 'llama' | 'olmo', at: f };
  }
  return undefined;
}

/** A launch of one of EasyLM's trainers (`-m EasyLM.models.llama.llama_train`, or its script). */
export function isEasyLmLaunch(r: FactReader): boolean {
  return program(r) !== undefined;
}

export function recognizeEasyLmLaunch(ctx: RecognizeContext, r: FactReader): FileRecognition {
  const { kind, at } = program(r)!;
  const where = (f: Fact | undefined) => ({ file: ctx.file, range: f ? f.valueRange : at.valueRange });
  const refuse = (message: Message, f: Fact | undefined) => emptyRecognition('easylm', [...r.findings, finding('unsupported', 'error', message, where(f))]);
  const loadKey = `--load_${kind}_config`;
  const load = r.present(loadKey);
  const name = load && typeof load.value === 'string' ? load.value : '';
  if (name === '') return refuse({ id: 'easylm.noPreset', args: { flag: loadKey } }, load);
  const preset = (kind === 'llama' ? LLAMA : OLMO)[name];
  if (!preset)
    return refuse({ id: 'easylm.unknownPreset', args: { flag: loadKey, value: name, known: Object.keys(kind === 'llama' ? LLAMA : OLMO).join(', ') } }, load);
  // --update_<model>_config: a dict of literals (`dict(max_sequence_length=4096)`, `{'vocab_size': 32001}`) over the preset; any
  // other expression is refused, saying so.
  const updateKey = `--update_${kind}_config`;
  const update = r.present(updateKey);
  const changes = update && typeof update.value === 'string' ? dictLiteral(update.value) : new Map<string, number | boolean | string>();
  if (!changes) return refuse({ id: 'easylm.updateUnread', args: { flag: updateKey, value: String(update!.value) } }, update);
  const source = fromFact(name, load!);
  const [vocab, hidden, ffn, layers, heads, kv] = preset;
  const shape: Readonly<Record<string, number>> = {
    vocab_size: vocab,
    hidden_size: hidden,
    intermediate_size: ffn,
    num_hidden_layers: layers,
    num_attention_heads: heads,
    num_key_value_heads: kv ?? heads,
  };
  const by = (key: string) => {
    const changed = changes.get(key);
    return typeof changed === 'number' && Number.isInteger(changed) && changed >= 1
      ? derived(changed, { id: 'prov.easylmUpdate', args: { key, value: changed } }, fromFact(String(update!.value), update!))
      : derived(shape[key]!, { id: 'prov.easylmPreset', args: { preset: name, kind } }, source);
  };
  const cls = kind === 'llama' ? 'EasyLM LLaMAConfig' : 'EasyLM OLMoConfig';
  const built = buildModel(
    r,
    aliases({}),
    {
      configClass: cls,
      ffn: 'gated',
      norm: kind === 'llama' ? 'rmsnorm' : 'layernorm-nonparam',
      positions: 'rope',
      tiedDefault: false,
      qkvBias: false,
      outBias: false,
      mlpBias: false,
    },
    { value: kind === 'llama' ? 'EasyLM LLaMA' : 'EasyLM OLMo', source: source.source },
    {
      layers: by('num_hidden_layers'),
      hidden: by('hidden_size'),
      heads: by('num_attention_heads'),
      kvHeads: by('num_key_value_heads'),
      ffnWidth: by('intermediate_size'),
      vocab: by('vocab_size'),
      tiedEmbeddings: changes.has('tie_word_embeddings')
        ? derived(changes.get('tie_word_embeddings') === true, {
            id: 'prov.easylmUpdate',
            args: { key: 'tie_word_embeddings', value: String(changes.get('tie_word_embeddings')) },
          })
        : derived(false, { id: 'prov.easylmPreset', args: { preset: name, kind } }, source),
    },
  );
  // The dataset's batch and length: its type's block (huggingface_dataset, json_dataset), data.py's defaults where unset.
  const type = r.str(['--train_dataset.type']);
  const block = `--train_dataset.${type?.value ?? 'huggingface'}_dataset`;
  const known = !type || type.value === 'huggingface' || type.value === 'json';
  const datasetInt = (key: 'batch_size' | 'seq_length'): Sourced<number> | undefined =>
    r.int([`${block}.${key}`], { min: 1 }) ??
    (known ? derived<number>(DATASET[key], { id: 'prov.easylmDefault', args: { key, value: DATASET[key], file: 'data.py' } }) : undefined);
  const batch = datasetInt('batch_size');
  const seq = datasetInt('seq_length');
  // (One pass a step unless the optimizer accumulates: optimizers.py's accumulate_gradient_steps, 1.)
  const accum =
    r.int(['--optimizer.accumulate_gradient_steps'], { min: 1 }) ??
    derived(1, { id: 'prov.easylmDefault', args: { key: 'optimizer.accumulate_gradient_steps', value: 1, file: 'optimizers.py' } });
  const dtype = r.str(['--dtype']);
  // --mesh_dim 'dp,fsdp,mp' (llama_train.py's default '1,-1,1'): the batch over dp × fsdp, the parameters, gradients and Adam's
  // state sharded over fsdp, mp the tensor-parallel degree; a -1 fills what the chips leave, so the mesh takes at least the
  // product of the others.
  const mesh = r.str(['--mesh_dim']) ?? derived('1,-1,1', { id: 'prov.easylmDefault', args: { key: 'mesh_dim', value: '1,-1,1', file: `${kind}_train.py` } });
  const dims = mesh.value.split(',').map((x) => Number(x.trim()));
  const valid = dims.length === 3 && dims.every((d) => Number.isInteger(d) && (d === -1 || d >= 1));
  const [, fsdpDim, mp] = valid ? dims : [1, 1, 1];
  const least = valid ? dims.reduce((p, d) => p * Math.max(1, d), 1) : 1;
  const fills = dims.includes(-1);
  const meshSaid = { id: 'prov.easylmMesh', args: { mesh: mesh.value } } as const;
  const checkpoint = r.str(['--load_checkpoint']);
  const training: TrainingPart = defined({
    ...(seq ? { seqLen: seq } : {}),
    ...(batch ? { globalBatch: accum.value > 1 ? derived(batch.value * accum.value, { id: 'prov.globalFromMicro' }, batch, accum) : batch } : {}),
    gradAccum: accum,
    // (--dtype is the compute's; the parameters, their gradients and Adam's state stay fp32.)
    ...(dtype ? { precision: mapped(dtype, precisionOf) } : {}),
    fp32Weights: derived(true, { id: 'prov.easylmParams' }),
    optimizer: mapped(
      r.str(['--optimizer.type']) ?? derived('adamw', { id: 'prov.easylmDefault', args: { key: 'optimizer.type', value: 'adamw', file: 'optimizers.py' } }),
      (v) => (v === 'adamw' ? ('adamw' as const) : undefined),
    ),
    ...(checkpoint && checkpoint.value.trim() !== '' ? { finetune: mapped(checkpoint, () => true) } : {}),
    ...(valid ? { fsdp: derived(fsdpDim === -1 || fsdpDim! > 1, meshSaid, mesh) } : {}),
    // (remat_block: jax.checkpoint of every block under that policy; nothing_saveable recomputes all of it.)
    ...(typeof changes.get('remat_block') === 'string' && changes.get('remat_block') !== ''
      ? {
          recompute: derived(changes.get('remat_block') === 'nothing_saveable' ? ('full' as const) : ('selective' as const), {
            id: 'prov.easylmUpdate',
            args: { key: 'remat_block', value: String(changes.get('remat_block')) },
          }),
        }
      : {}),
  });
  const findings = [
    ...r.findings,
    ...built.findings,
    finding('assumed', 'info', { id: 'easylm.vocabFromTokenizer', args: { vocab: by('vocab_size').value } }, where(load)),
  ];
  return {
    family: 'easylm',
    ...(built.model ? { model: built.model } : {}),
    training,
    parallel: defined({
      ...(mp! > 1 ? { tp: derived(mp!, meshSaid, mesh) } : {}),
      ...(least > 1
        ? { worldSize: fills ? derived(least, { id: 'prov.easylmMeshLeast', args: { mesh: mesh.value, chips: least } }, mesh) : derived(least, meshSaid, mesh) }
        : {}),
    }),
    references: [],
    findings,
  };
}

/**
 * A Python dict of literals as the trainer evals it (`dict(a=1, b=True, c='x')`, `{'a': 1}`, `''` for none): its numbers, booleans
 * and strings by key; undefined for anything else (a name, a call, an expression).
 */
export function dictLiteral(text: string): Map<string, number | boolean | string> | undefined {
  const t = text.trim();
  const out = new Map<string, number | boolean | string>();
  if (t === '' || t === '{}' || t === 'dict()') return out;
  const call = /^dict\(([\s\S]*)\)$/.exec(t);
  const braces = /^\{([\s\S]*)\}$/.exec(t);
  const body = call?.[1] ?? braces?.[1];
  if (body === undefined) return undefined;
  for (const part of body
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '')) {
    const m = call ? /^(\w+)\s*=\s*(.+)$/.exec(part) : /^['"](\w+)['"]\s*:\s*(.+)$/.exec(part);
    if (!m) return undefined;
    const v = m[2]!.trim();
    const quoted = /^(['"])(.*)\1$/.exec(v);
    if (v === 'True' || v === 'False') out.set(m[1]!, v === 'True');
    else if (/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(v)) out.set(m[1]!, Number(v));
    else if (quoted) out.set(m[1]!, quoted[2]!);
    else return undefined;
  }
  return out;
}
