/**
 * NeMo 1.x Megatron GPT YAML (megatron_gpt_config.yaml and its Llama variant): `model.*` shapes
 * and parallel degrees, `trainer.*` devices, nodes, steps and precision. Hydra interpolations
 * (`${.encoder_seq_length}`) are resolved to the value they point at.
 */
import type { Fact, Finding, Sourced } from '../types';
import { assumed, derived, finding, fromFact } from '../types';
import type { ModelSpec } from '../spec';
import { aliases } from './aliases';
import { findModel, padVocab, TOKENIZERS } from './catalogue/models';
import {
  classDefault,
  buildModel,
  defined,
  emptyRecognition,
  FactReader,
  mapped,
  optimizerOf,
  precisionOf,
  methodOf,
  recomputeOf,
  resolveInterpolations,
  type FileRecognition,
  type RecognizeContext,
} from './common';
import { overridesAtKeys } from './reader';
import { hydraLaunch, hydraPrimaryRefs } from './hydraApp';
import type { Trainer } from './trainer';

const A = aliases({
  layers: ['num_layers'],
  hidden: ['hidden_size'],
  heads: ['num_attention_heads'],
  kvHeads: ['num_query_groups'],
  headDim: ['kv_channels'],
  ffnWidth: ['ffn_hidden_size'],
  maxPositions: ['max_position_embeddings'],
});

export function isNemo(r: FactReader): boolean {
  return r.has('model.num_layers') && r.has('model.hidden_size') && (r.has('model.encoder_seq_length') || r.keys().some((k) => k.startsWith('trainer.')));
}

/** The Python script a launch line runs (`python megatron_gpt_pretraining.py …`, torchrun's script): its path as written. */
function launchedScript(r: FactReader): string | undefined {
  const word = r.facts.find((f) => f.path[0] === '@command' && typeof f.value === 'string' && /\.py$/.test(f.value));
  return word ? String(word.value) : undefined;
}

/**
 * A NeMo 1.x launch of one of its Hydra scripts (`python megatron_gpt_pretraining.py --config-path=conf
 * --config-name=megatron_gpt_config model.num_layers=12 trainer.devices=8 …`, NeMo's own docs and users' copies of the script):
 * overrides of NeMo's model.* and trainer.* keys, with --config-name or a megatron_*.py script.
 */
export function isNemoLaunch(r: FactReader): boolean {
  const script = launchedScript(r);
  if (!script) return false;
  const keys = overridesAtKeys(r.facts, true).map((f) => f.path[0]);
  return keys.includes('model') && keys.includes('trainer') && (r.has('--config-name') || /(^|\/)megatron_\w+\.py$/.test(script));
}

/**
 * The YAML such a launch overrides: --config-name in --config-path, a relative one taken from the Python script's folder as
 * Hydra takes it (NeMo's examples/nlp/language_modeling/conf/megatron_gpt_config.yaml for its megatron_gpt_pretraining.py).
 */
export function nemoLaunchConfig(facts: readonly Fact[]): Sourced<string> | undefined {
  const r = new FactReader(facts);
  if (!isNemoLaunch(r)) return undefined;
  // (Where a Hydra app's launch names its config: hydraApp.ts's reading, the path relative to the script's folder.)
  const app = hydraLaunch(facts);
  const at = r.present('--config-name') ?? r.present('-cn');
  if (app?.configPath === undefined || !at) return undefined;
  return fromFact(hydraPrimaryRefs(app)[0]!, at);
}

/** The launch read as the NeMo config it makes: the YAML it names (layered under its overrides by the engine) and its overrides. */
export function recognizeNemoLaunch(ctx: RecognizeContext): FileRecognition {
  const facts = overridesAtKeys(ctx.facts, true);
  return recognizeNemo({ file: ctx.file, facts });
}

const positive = (s: Sourced<number> | undefined): Sourced<number> | undefined => (s && s.value > 0 ? s : undefined);

export function recognizeNemo(ctx: RecognizeContext): FileRecognition {
  const root = new FactReader(resolveInterpolations(ctx.facts));
  const m = root.under('model');
  const t = root.under('trainer');
  const findings: Finding[] = [];
  const tp = m.int(['tensor_model_parallel_size']);
  const optim = m.str(['optim.name']);
  const training = defined({
    seqLen: m.int(['encoder_seq_length']),
    microBatch: m.int(['micro_batch_size']),
    globalBatch: m.int(['global_batch_size']),
    trainIters: t.int(['max_steps']),
    precision: mapped(t.text(['precision']), precisionOf),
    recompute: mapped(m.str(['activations_checkpoint_granularity', 'recompute_granularity']), recomputeOf),
    recomputeMethod: mapped(m.str(['activations_checkpoint_method', 'recompute_method']), methodOf),
    // (0, as the NeMo launcher's selective configs write it beside a method they do not use: no count.)
    recomputeLayers: positive(m.int(['activations_checkpoint_num_layers', 'recompute_num_layers'], { min: 0 })),
    tpCommOverlap: m.bool(['ub_tp_comm_overlap']) ?? root.bool(['comm_overlap.tp_comm_overlap']),
    expertCapacity: m.num(['moe_expert_capacity_factor'], { min: 1e-9 }),
    expertPadding: m.bool(['moe_pad_expert_input_to_capacity']),
    // (mcore_distributed_optim: Megatron-Core's distributed optimizer, Adam unless optim.optimizer says otherwise.)
    optimizer: mapped(optim, (v) => (v === 'mcore_distributed_optim' ? optimizerOf(m.str(['optim.optimizer'])?.value ?? 'adam') : optimizerOf(v))),
    distributedOptimizer: mapped(optim, (v) => (v.includes('distributed') ? true : undefined)),
  });
  const nodes = t.int(['num_nodes']);
  const devices = t.int(['devices']);
  const parallel = defined({
    tp,
    pp: m.int(['pipeline_model_parallel_size']),
    vpp: m.int(['virtual_pipeline_model_parallel_size']),
    ep: m.int(['expert_model_parallel_size']),
    cp: m.int(['context_parallel_size']),
    sp: m.bool(['sequence_parallel']),
    ppFirstLayers: m.int(['num_layers_in_first_pipeline_stage']),
    ppLastLayers: m.int(['num_layers_in_last_pipeline_stage']),
    ppEmbeddingLayer: m.bool(['account_for_embedding_in_pipeline_split']),
    ppLossLayer: m.bool(['account_for_loss_in_pipeline_split']),
    nodes,
    gpusPerNode: devices,
    worldSize: nodes && devices ? derived(nodes.value * devices.value, { id: 'prov.worldSize' }, nodes, devices) : undefined,
  });

  const o: Partial<ModelSpec> = {};
  const act = m.str(['activation']);
  const cls = { configClass: 'NeMo MegatronGPTModel' };
  const nemoDefault = <T>(value: T, key: string) => classDefault(value, key, cls.configClass);
  o.ffnKind = mapped(act, (v) => (/glu/.test(v) ? 'gated' : 'plain')) ?? nemoDefault('plain', 'activation');
  o.norm = mapped(m.str(['normalization']), (v) => (/rms/i.test(v) ? 'rmsnorm' : 'layernorm')) ?? nemoDefault('layernorm', 'normalization');
  o.positions =
    mapped(m.str(['position_embedding_type']), (v) => (v === 'rope' ? 'rope' : v === 'learned_absolute' ? 'learned' : 'none')) ??
    nemoDefault('learned', 'position_embedding_type');
  o.tiedEmbeddings = m.bool(['share_embeddings_and_output_weights']) ?? nemoDefault(true, 'share_embeddings_and_output_weights');
  const bias = m.bool(['bias']) ?? nemoDefault(true, 'bias');
  o.qkvBias = bias;
  o.outBias = bias;
  o.mlpBias = bias;
  const heads = m.int(['num_attention_heads']);
  if (!m.present('num_query_groups') && heads) o.kvHeads = derived(heads.value, { id: 'prov.kvHeadsDefault' }, heads);

  // Vocabulary from the tokenizer, padded to make_vocab_size_divisible_by × TP.
  const tokType = m.str(['tokenizer.type']);
  const tokModel = m.present('tokenizer.model');
  const divisible = m.int(['make_vocab_size_divisible_by']);
  let base;
  // A Hugging Face tokenizer (library huggingface) whose type names a model the catalogue knows, by id or by its folder.
  const hfTokenizer = tokType && !/GPT2/i.test(tokType.value) ? findModel(tokType.value) : undefined;
  const hfVocab = hfTokenizer && typeof hfTokenizer.config['vocab_size'] === 'number' ? hfTokenizer.config['vocab_size'] : undefined;
  if (tokType && /GPT2/i.test(tokType.value)) base = derived(TOKENIZERS.gpt2!.size, { id: 'prov.tokenizer', args: { name: TOKENIZERS.gpt2!.name } }, tokType);
  else if (tokType && hfTokenizer && hfVocab) base = derived(hfVocab, { id: 'prov.tokenizer', args: { name: hfTokenizer.id } }, tokType);
  else {
    const name = root.str(['name']);
    if (name && /llama/i.test(name.value)) {
      const tk = TOKENIZERS.llama2!;
      base = derived(tk.size, { id: 'prov.tokenizer', args: { name: tk.name } }, name);
      findings.push(
        finding(
          'assumed',
          'info',
          { id: 'nemo.vocabAssumed', args: { value: String(tokModel?.value ?? 'null'), name: tk.name, size: tk.size } },
          tokModel ? { file: ctx.file, range: tokModel.valueRange } : undefined,
        ),
      );
    }
  }
  // OmegaConf's ??? (a value the launch must supply): NeMo's GPT default tokenizer, GPT-2 BPE, said as assumed.
  const mandatory = [m.fact('tokenizer'), m.fact('tokenizer.type'), m.fact('tokenizer.model')].find((f) => f?.value === '???');
  if (!base && mandatory) {
    const tk = TOKENIZERS.gpt2!;
    base = assumed(tk.size, { id: 'nemo.tokenizerMandatory', args: { key: mandatory.path.join('.'), name: tk.name, size: tk.size } });
    findings.push(
      finding(
        'assumed',
        'warning',
        { id: 'nemo.tokenizerMandatory', args: { key: mandatory.path.join('.'), name: tk.name, size: tk.size } },
        { file: ctx.file, range: mandatory.valueRange },
      ),
    );
  }
  if (base) {
    const mult = (divisible?.value ?? 128) * (tp?.value ?? 1);
    const padded = padVocab(base.value, divisible?.value ?? 128, tp?.value ?? 1);
    // An assumed tokenizer makes the padded vocabulary assumed too (listed under Assumed with its reason).
    o.vocab =
      base.source.kind === 'assumed'
        ? assumed(padded, base.source.reason)
        : derived(padded, { id: 'prov.vocabPadded', args: { size: base.value, multiple: mult } }, base);
  } else {
    // (A tokenizer file of the run's own, a SentencePiece model or a vocabulary file, or a Hugging Face tokenizer's folder of its
    // own as the type, /root/…/llamav2_weights/7b-hf: said where it is named.)
    const folder = m.present('tokenizer.type');
    const own = [tokModel, m.present('tokenizer.vocab_file'), typeof folder?.value === 'string' && folder.value.includes('/') ? folder : undefined].find(
      (f) => typeof f?.value === 'string' && f.value !== '' && f.value !== '???',
    );
    findings.push(
      own
        ? finding('missing-key', 'error', { id: 'nemo.vocabFromTokenizer', args: { tokenizer: String(own.value) } }, { file: own.file, range: own.valueRange })
        : finding(
            'missing-key',
            'error',
            { id: 'recognize.missingKey', args: { keys: 'model.tokenizer.type / model.tokenizer.model' } },
            { file: ctx.file, range: { start: 0, end: 0 } },
          ),
    );
    return { ...emptyRecognition('nemo', [...root.findings, ...findings]), training, parallel };
  }
  const arch = {
    value: 'NeMo Megatron GPT',
    source: m.present('num_layers')
      ? { kind: 'fact' as const, file: ctx.file, path: ['model'], range: m.present('num_layers')!.keyRange }
      : derived('', { id: 'prov.fromKey', args: { key: 'model' } }).source,
  };
  const built = buildModel(
    m,
    A,
    { ...cls, ffn: 'plain', norm: 'layernorm', positions: 'learned', tiedDefault: true, qkvBias: true, outBias: true, mlpBias: true },
    arch,
    o,
  );
  return { family: 'nemo', model: built.model, training, parallel, references: [], findings: [...built.findings, ...findings] };
}

/**
 * NeMo 1.x (megatron_gpt_config.yaml, on Megatron-Core): the optimizer is fused_adam unless
 * `optim.name` names the distributed one, sequence_parallel is false, fp32 main gradients, and
 * gradients are reduced after the backward pass. Values are written where the YAML sets them.
 */
export const NEMO_TRAINER: Trainer = {
  defaults: { name: 'NeMo', distributedOptimizer: false, sequenceParallel: false, fp32Grads: true, overlapGradReduce: false, megatronKernels: true },
  writes: { keys: {} },
};
