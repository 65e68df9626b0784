/**
 * The FSDP training script of aws-samples/awsome-distributed-training (3.test_cases/pytorch/FSDP: `torchrun … train.py
 * --model_type=llama_v2 --num_layers=80 --hidden_width=8192 …`, copied by Slurm, Kubernetes and HyperPod launches): the model
 * its train_utils.get_model_config builds from the flags (a GPTNeoXConfig, LlamaConfig, MistralConfig or MixtralConfig, untied,
 * the argparse defaults of model_utils/arguments.py where a flag is not given: vocab_size 50,432, hidden_width 768, num_layers and
 * num_heads 12, intermediate_size 11,008, max_context_width 2,048, model_type gpt_neox), the per-rank --train_batch_size (2) at
 * --max_context_width, FSDP's --sharding_strategy (full, hybrid), --activation_checkpointing (on), --bf16 (on), --cpu_offload,
 * --offload_activations.
 */
import type { Fact, Sourced } from '../types';
import { assumed, derived, finding } from '../types';
import { classDefault, defined, type FileRecognition, type RecognizeContext } from './common';
import { recognizeHf } from './hf';
import { launchCounts } from './launch';
import type { FactReader } from './reader';

const SCRIPT = 'awsome-distributed-training FSDP train.py';

export function isAwsFsdp(r: FactReader): boolean {
  return r.has('--hidden_width') && r.has('--num_layers') && r.has('--max_context_width');
}

/** The Hugging Face config class each --model_type builds (get_model_config tests them by substring, in this order). */
const TYPES: readonly [string, string, string][] = [
  ['gpt_neox', 'gpt_neox', 'GPTNeoXForCausalLM'],
  ['llama_v2', 'llama', 'LlamaForCausalLM'],
  ['llama_v3', 'llama', 'LlamaForCausalLM'],
  ['mixtral', 'mixtral', 'MixtralForCausalLM'],
  ['mistral', 'mistral', 'MistralForCausalLM'],
];

/** The flags whose argparse defaults (model_utils/arguments.py) size the model where the launch does not give them. */
const DEFAULTS: readonly [string, 'vocab' | 'hidden' | 'layers' | 'heads' | 'ffnWidth' | 'maxPositions', number][] = [
  ['--vocab_size', 'vocab', 50432],
  ['--hidden_width', 'hidden', 768],
  ['--num_layers', 'layers', 12],
  ['--num_heads', 'heads', 12],
  ['--intermediate_size', 'ffnWidth', 11008],
  ['--max_context_width', 'maxPositions', 2048],
];

export function recognizeAwsFsdp(ctx: RecognizeContext, r: FactReader): FileRecognition {
  const dflt = <T>(value: T, key: string): Sourced<T> => classDefault(value, key, SCRIPT);
  const int = (flag: string, value: number) => r.int([flag]) ?? dflt(value, flag);
  const typeFlag = r.str(['--model_type']);
  const kind = typeFlag ?? dflt('gpt_neox', '--model_type');
  const type = TYPES.find(([name]) => kind.value.includes(name));
  const anchor = r.present('--hidden_width')!;
  // The config get_model_config writes, each value at the flag that sets it (its default said where none does).
  const at = (path: string, s: Sourced<unknown>, value: Fact['value'] = s.value as Fact['value']): Fact => {
    const f = s.source.kind === 'fact' ? r.present(String(s.source.path[0])) : undefined;
    return { ...(f ?? anchor), path: [path], value };
  };
  const hidden = int('--hidden_width', 768);
  const heads = int('--num_heads', 12);
  const facts: Fact[] = [
    at('vocab_size', int('--vocab_size', 50432)),
    at('hidden_size', hidden),
    at('num_hidden_layers', int('--num_layers', 12)),
    at('num_attention_heads', heads),
    at('max_position_embeddings', int('--max_context_width', 2048)),
    at('tie_word_embeddings', kind, false),
  ];
  if (type && type[0] === 'gpt_neox') {
    facts.push(at('intermediate_size', hidden, 4 * hidden.value), at('use_parallel_residual', kind, true));
    const pct = r.num(['--rotary_pct']);
    facts.push(at('rotary_pct', pct ?? dflt(0.25, '--rotary_pct')));
  } else if (type) {
    facts.push(at('intermediate_size', int('--intermediate_size', 11008)));
    const kv = r.int(['--num_key_value_heads']);
    facts.push(at('num_key_value_heads', kv ?? heads));
    if (type[0] === 'mixtral') facts.push(at('num_local_experts', kind, 8), at('num_experts_per_tok', kind, 2));
  }
  const built = type ? recognizeHf({ file: ctx.file, facts: [at('model_type', kind, type[1]), at('architectures', kind, type[2]), ...facts] }) : undefined;
  // (A shape no flag gives is the script's default, said as such, not the flag the config was anchored at.)
  let spec = built?.model;
  for (const [name, field, value] of DEFAULTS) {
    const v = spec?.[field];
    // (GPT-NeoX's MLP is 4 × hidden_width whatever --intermediate_size says.)
    if (spec && v && !r.has(name) && !(field === 'ffnWidth' && type?.[0] === 'gpt_neox'))
      // (Listed as assumed: the script's argparse default sizes the model, not an architecture's own.)
      spec = { ...spec, [field]: assumed(v.value, { id: 'prov.classDefault', args: { key: name, cls: SCRIPT, value: String(value) } }) };
  }
  if (spec) spec = { ...spec, tiedEmbeddings: { value: false, source: classDefault(false, 'tie_word_embeddings', `${SCRIPT} get_model_config`).source } };
  const model = built && { ...built, model: spec };
  // (Its switches are integers, 0 off.)
  const checkpointing = r.int(['--activation_checkpointing'], { min: 0 }) ?? dflt(1, '--activation_checkpointing');
  const bf16 = r.int(['--bf16'], { min: 0 }) ?? dflt(1, '--bf16');
  const strategy = r.str(['--sharding_strategy']) ?? dflt('full', '--sharding_strategy');
  const cpu = r.int(['--cpu_offload'], { min: 0 });
  // --offload_activations 1: the checkpointed layers' inputs on the host (torch's offload_wrapper), its default 0.
  const offloadActs = r.int(['--offload_activations'], { min: 0 });
  const launch = launchCounts(r, { nodes: ['--nnodes'], perNode: ['--nproc_per_node', '--nproc-per-node'] }, true);
  return {
    family: 'launcher',
    ...(model?.model ? { model: model.model } : {}),
    training: defined({
      seqLen: int('--max_context_width', 2048),
      microBatch: int('--train_batch_size', 2),
      trainIters: r.int(['--max_steps', '--max_training_steps']) ?? dflt(5000, '--max_steps'),
      recompute: derived(
        checkpointing.value !== 0 ? ('full' as const) : ('none' as const),
        { id: 'prov.fromKey', args: { key: '--activation_checkpointing' } },
        checkpointing,
      ),
      precision: derived(bf16.value !== 0 ? ('bf16' as const) : ('fp32' as const), { id: 'prov.fromKey', args: { key: '--bf16' } }, bf16),
      // FSDP over the fp32 model with a bf16 MixedPrecision policy: fp32 sharded parameters, bf16 compute.
      fsdp: derived(true, { id: 'prov.fromKey', args: { key: '--sharding_strategy' } }, strategy),
      zeroStage: derived(3 as const, { id: 'prov.fromKey', args: { key: '--sharding_strategy' } }, strategy),
      ...(cpu && cpu.value !== 0
        ? {
            offloadParams: derived(true, { id: 'prov.fromKey', args: { key: '--cpu_offload' } }, cpu),
            offloadOptimizer: derived(true, { id: 'prov.fromKey', args: { key: '--cpu_offload' } }, cpu),
          }
        : {}),
      ...(offloadActs && offloadActs.value !== 0
        ? { activationOffload: derived(true, { id: 'prov.fromKey', args: { key: '--offload_activations' } }, offloadActs) }
        : {}),
      // --sharding_strategy hybrid: HYBRID_SHARD, sharded within a node and replicated across nodes.
      ...(strategy.value === 'hybrid' && launch.perNode ? { shardGroup: launch.perNode } : {}),
    }),
    parallel: defined({
      nodes: launch.nodes,
      gpusPerNode: launch.perNode,
      worldSize: launch.worldSize,
    }),
    references: [],
    findings: [
      ...r.findings,
      ...(model?.findings ?? []),
      // (A --model_type its get_model_config does not build: the script raises NotImplementedError.)
      ...(type || !typeFlag || typeFlag.source.kind !== 'fact'
        ? []
        : [
            finding(
              'unsupported',
              'error',
              { id: 'recognize.unsupportedModelType', args: { type: typeFlag.value, supported: TYPES.map(([name]) => name).join(', ') } },
              { file: typeFlag.source.file, range: typeFlag.source.range },
            ),
          ]),
    ],
  };
}
