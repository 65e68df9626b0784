/**
 * Megatron-LM / Megatron-DeepSpeed launch scripts: `pretrain_gpt.py` flags (as facts from the shell
 * extractor), and the launcher's node and GPU counts (torchrun, deepspeed). Defaults follow
 * megatron/training/arguments.py: LayerNorm with biases, GeLU MLP of 4h, learned absolute
 * positions, tied embeddings, vocab padded to a multiple of 128 × TP.
 */
import type { Fact, Finding, Sourced } from '../types';
import { assumed, derived, finding, fromFact } from '../types';
import type { ModelSpec, MoeSpec, MlaSpec, SelectiveRecompute, SsmSpec, TrainingSpec } from '../spec';
import { adapterOf, mcoreRolesOf, namesOf } from './adapter';
import type { Message } from '../types';
import { allocateLayers, hybridFromPattern, hybridFromText, parsePattern } from './hybrid';
import { routerGroupsOf } from './decoder';
import { aliases } from './aliases';
import { evaluateExpression } from '../extract/python';
import { padVocab, tokenizerModel, TOKENIZERS } from './catalogue/models';
import {
  classDefault,
  buildModel,
  defined,
  emptyRecognition,
  FactReader,
  fp8RecipeOf,
  mapped,
  optimizerOf,
  methodOf,
  recomputeModulesOf,
  recomputeOf,
  type FileRecognition,
  type ModelAliases,
  type RecognizeContext,
  type TrainingPart,
} from './common';
import type { Trainer } from './trainer';
import { launchCounts } from './launch';
import { recognizeHf } from './hf';

const A: ModelAliases = aliases({
  layers: ['--num-layers'],
  hidden: ['--hidden-size'],
  heads: ['--num-attention-heads'],
  headDim: ['--kv-channels'],
  ffnWidth: ['--ffn-hidden-size'],
  maxPositions: ['--max-position-embeddings'],
  mtpLayers: ['--mtp-num-layers'],
});

/** Flags that mark a Megatron launch script. */
export const MEGATRON_SIGNATURE = ['--num-layers', '--hidden-size', '--num-attention-heads', '--tensor-model-parallel-size', '--micro-batch-size'];

/**
 * Megatron-Core's --pipeline-model-parallel-layout (megatron/core/transformer/pipeline_parallel_layer_layout.py): virtual
 * stages in model order split by "|", "t" a transformer layer, "E" the embedding, "m" an MTP layer, "L" the loss, "x*n" and
 * "(…)*n" repetitions, commas and spaces cosmetic. Returns the transformer layers of each virtual stage, or undefined when the
 * string does not parse.
 */
export function parseLayout(text: string): number[] | undefined {
  const s = text.replace(/[\s,]/g, '');
  let i = 0;
  const number = (): number | undefined => {
    const m = /^\d+/.exec(s.slice(i));
    if (!m) return undefined;
    i += m[0].length;
    return Number(m[0]);
  };
  // A sequence of atoms until ")" or the end; "*n" repeats the atom before it. Bounded: 32 levels of parentheses, a million characters.
  const sequence = (depth: number): string | undefined => {
    if (depth > 32) return undefined;
    let out = '';
    while (i < s.length && s[i] !== ')') {
      let atom: string;
      if (s[i] === '(') {
        i++;
        const inner = sequence(depth + 1);
        if (inner === undefined || s[i] !== ')') return undefined;
        i++;
        atom = inner;
      } else if (/[tEmL|]/.test(s[i]!)) atom = s[i++]!;
      else return undefined;
      if (s[i] === '*') {
        i++;
        const n = number();
        if (n === undefined || atom.length * n > 1e6) return undefined;
        atom = atom.repeat(n);
      }
      out += atom;
      if (out.length > 1e6) return undefined;
    }
    return out;
  };
  const flat = sequence(0);
  if (flat === undefined || i !== s.length) return undefined;
  return flat.split('|').map((stage) => [...stage].filter((c) => c === 't').length);
}

/** Adam's two moments' bytes per parameter under the precision-aware optimizer, where a dtype flag sets one (else undefined). */
function momentBytesOf(r: FactReader): Sourced<number> | undefined {
  const bytes: Record<string, number> = { fp32: 4, fp16: 2, bf16: 2, fp8: 1 };
  const avg = r.str(['--exp-avg-dtype']);
  const sq = r.str(['--exp-avg-sq-dtype']);
  const set = [avg, sq].filter((x): x is Sourced<string> => x !== undefined && bytes[x.value] !== undefined);
  if (set.length === 0) return undefined;
  const total = (bytes[avg?.value ?? 'fp32'] ?? 4) + (bytes[sq?.value ?? 'fp32'] ?? 4);
  return derived(total, { id: 'prov.fromKey', args: { key: '--exp-avg-dtype + --exp-avg-sq-dtype' } }, ...set);
}

const layoutOf = (text: Sourced<string> | undefined): Sourced<number[]> | undefined => {
  const chunks = text ? parseLayout(text.value) : undefined;
  return text && chunks ? { value: chunks, source: text.source } : undefined;
};

/** A hybrid stack's pattern: --hybrid-override-pattern, or its name in pretrain_hybrid.py (Megatron-Core's hybrid_layer_specs). */
const PATTERN_FLAGS = ['--hybrid-override-pattern', '--hybrid-layer-pattern'];

/** Flags only Megatron's hybrid Mamba models take. */
const HYBRID_FLAGS = [
  ...PATTERN_FLAGS,
  '--hybrid-attention-ratio',
  '--hybrid-mlp-ratio',
  '--is-hybrid-model',
  '--mamba-state-dim',
  '--mamba-head-dim',
  '--mamba-num-groups',
];

/**
 * `--recompute-modules a b …` (Megatron-Core's selective recompute; each value a word of the flag's): the modules named, in
 * the order written. A name Megatron-Core does not have is a warning at its word, and left out.
 */
function recomputeModules(r: FactReader, findings: Finding[]): Sourced<SelectiveRecompute> | undefined {
  const first = r.present('--recompute-modules');
  if (!first) return undefined;
  const words = [first];
  for (let k = 1, more = r.present(`--recompute-modules.${k}`); more; more = r.present(`--recompute-modules.${++k}`)) words.push(more);
  const modules = recomputeModulesOf(
    words.map((f) => ({ name: String(f.value), at: f })),
    findings,
  );
  return fromFact({ modules }, first);
}

/**
 * MindSpeed-LLM's LoRA (its arguments.py: `--lora-target-modules` nargs='+', default none; `--lora-r` 16; `--lora-alpha` 32):
 * LoRA is on when modules are named (utils.py is_enable_lora), PEFT's LoraConfig around Megatron-Core's layers, where the
 * fused linear_qkv and (gated) linear_fc1 are one adapter each, and a MoE's grouped experts get an A and B per expert
 * (lora/moe/experts.py). A rank without modules trains the whole model: said, as MindSpeed-LLM runs it.
 */
function mindspeedLora(r: FactReader, findings: Finding[]): TrainingSpec['adapter'] {
  const first = r.present('--lora-target-modules');
  const rankAt = r.present('--lora-r');
  if (!first) {
    if (rankAt)
      findings.push(
        finding(
          'assumed',
          'info',
          { id: 'megatron.loraWithoutModules', args: { flag: '--lora-r', value: String(rankAt.value) } },
          { file: rankAt.file, range: rankAt.keyRange },
        ),
      );
    return undefined;
  }
  const words = [first];
  for (let k = 1, more = r.present(`--lora-target-modules.${k}`); more; more = r.present(`--lora-target-modules.${++k}`)) words.push(more);
  const names = words
    .flatMap((f) => namesOf(f.value))
    .map((n) => n.trim())
    .filter(Boolean);
  const { targets, fused, unknown } = mcoreRolesOf(names);
  const byDefault = (key: string, value: number) => assumed(value, { id: 'prov.classDefault', args: { key, cls: 'MindSpeed-LLM', value: String(value) } });
  const rank = r.int(['--lora-r'], { min: 1 }) ?? byDefault('--lora-r', 16);
  const alpha = r.num(['--lora-alpha'], { min: 1e-9 }) ?? byDefault('--lora-alpha', 32);
  return adapterOf(fromFact('lora' as const, first), rank, fromFact(targets, first), {
    alpha,
    fused: fromFact(fused, first),
    ...(unknown.length ? { unknown: fromFact(unknown, first) } : {}),
  });
}

export function recognizeMegatron(ctx: RecognizeContext): FileRecognition {
  const r = new FactReader(ctx.facts);
  const flag = (name: string) => r.present(name) !== undefined && r.present(name)!.value !== false;
  const byFlag = <T>(value: T, name: string): Sourced<T> => {
    const f = r.present(name);
    return f ? { value, source: { kind: 'fact', file: f.file, path: f.path, range: f.keyRange } } : classDefault(value, name, 'Megatron-LM');
  };
  const whole = { file: ctx.file, range: { start: 0, end: 0 } };
  const findings: Finding[] = [];
  const dispatcherSms = (): Sourced<number> | undefined => {
    if (r.str(['--moe-token-dispatcher-type'])?.value !== 'flex' && !flag('--moe-enable-deepep')) return undefined;
    const hybrid = r.str(['--moe-flex-dispatcher-backend'])?.value === 'hybridep';
    const name = hybrid ? '--moe-hybridep-num-sms' : '--moe-deepep-num-sms';
    return r.int([name], { min: 1 }) ?? classDefault(hybrid ? 16 : 20, name, 'Megatron-LM');
  };
  // Where an MoE layer's forward waits for the GPU's queue to drain (analysis/time.ts hostSyncSeconds): a dropless dispatcher
  // brings the token counts to the host, for the all-to-all's splits (token_dispatcher.py, alltoall: d2h_event.synchronize() at
  // cuda_sync_point "before_ep_alltoall"), the grouped GEMM's sizes (experts.py, allgather, Megatron-Core's default:
  // tokens_per_expert.tolist()) or the receive buffers (the flex dispatcher: DeepEP's "the CPU will wait for GPU's signal to
  // arrive", HybridEP's sync without a token budget, fused_a2a.py). Drop-and-pad (a capacity factor with
  // --moe-pad-expert-input-to-capacity) has static shapes and no wait, nor has a whole iteration in one CUDA graph
  // (--cuda-graph-impl local --cuda-graph-scope full_iteration); Transformer Engine's graphs of attention (--cuda-graph-scope
  // attn …) replay the launches that follow a wait as one, so none is charged there. The quick-GeGLU's linear offset
  // (--glu-linear-offset, gpt-oss) becomes a device tensor on each call (fused_bias_geglu.py: torch.tensor(linear_offset,
  // device=…)), a copy the host waits for, outside any scoped graph.
  const hostSyncs = (): Partial<Record<'moeHostSync' | 'gluOffsetSync', Sourced<boolean>>> => {
    const experts = r.fact('--num-experts');
    if (!experts) return {};
    const scopes = ctx.facts.filter((f) => f.path[0] === '--cuda-graph-scope').map((f) => String(f.value));
    const impl = r.str(['--cuda-graph-impl'])?.value;
    if (impl === 'local' && scopes.some((s) => /\bfull_iteration\b/.test(s))) return {};
    const scopedAttention = (impl === 'transformer_engine' || impl === 'local') && scopes.includes('attn');
    const out: Partial<Record<'moeHostSync' | 'gluOffsetSync', Sourced<boolean>>> = {};
    const dispatcher = r.str(['--moe-token-dispatcher-type']);
    const padded = r.num(['--moe-expert-capacity-factor'], { min: 1e-9 }) !== undefined && flag('--moe-pad-expert-input-to-capacity');
    if (!padded && !scopedAttention)
      out.moeHostSync = dispatcher
        ? derived(true, { id: 'prov.moeHostSync', args: { dispatcher: dispatcher.value } }, dispatcher)
        : derived(true, { id: 'prov.moeHostSync', args: { dispatcher: 'allgather' } }, fromFact(true, experts));
    const offset = r.num(['--glu-linear-offset']);
    if (offset && offset.value !== 0) out.gluOffsetSync = derived(true, { id: 'prov.gluOffsetSync' }, offset);
    return out;
  };
  // Megatron-FSDP (--use-megatron-fsdp): --data-parallel-sharding-strategy optim / optim_grads / optim_grads_params (the
  // default) shards what ZeRO-1 / 2 / 3 shard (megatron/training/arguments.py).
  const shardingStage = (): Sourced<number> | undefined => {
    if (!flag('--use-megatron-fsdp')) return undefined;
    const strategy = r.str(['--data-parallel-sharding-strategy']);
    const stages: Record<string, number> = { no_shard: 0, optim: 1, optim_grads: 2, optim_grads_params: 3 };
    if (strategy && stages[strategy.value] !== undefined) return mapped(strategy, (v) => stages[v]!);
    return byFlag(3, '--use-megatron-fsdp');
  };
  const tp = r.int(['--tensor-model-parallel-size']);
  const offloadFraction = r.num(['--optimizer-offload-fraction']);
  const training: TrainingPart = defined({
    seqLen: r.int(['--seq-length', '--encoder-seq-length', '--max_seq_length', '--model_max_length']) ?? slimeSequence(r),
    microBatch: r.int(['--micro-batch-size', '--per_device_train_batch_size']),
    gradAccum: r.int(['--gradient_accumulation_steps']),
    globalBatch: r.int(['--global-batch-size']),
    trainIters: r.int(['--train-iters', '--max_steps']),
    // --fp8-format (--fp4-format) runs the GEMMs in FP8 (NVFP4) on top of --bf16 (or --fp16) master weights: Megatron scripts write both.
    precision: r.present('--fp4-format')
      ? mapped(r.str(['--fp4-format']), () => 'fp4' as const)
      : r.present('--fp8-format')
        ? mapped(r.str(['--fp8-format']), () => 'fp8' as const)
        : flag('--bf16')
          ? byFlag('bf16' as const, '--bf16')
          : flag('--fp16')
            ? byFlag('fp16' as const, '--fp16')
            : undefined,
    // --fp8-recipe (Megatron-LM's arguments.py: delayed by default; tensorwise, blockwise, mxfp8) where the GEMMs run in FP8.
    fp8Recipe:
      r.present('--fp8-format') && !r.present('--fp4-format')
        ? r.present('--fp8-recipe')
          ? mapped(r.str(['--fp8-recipe']), fp8RecipeOf)
          : assumed('delayed' as const, { id: 'prov.classDefault', args: { key: '--fp8-recipe', cls: 'Megatron-LM', value: 'delayed' } })
        : undefined,
    optimizer: mapped(r.str(['--optimizer']), optimizerOf),
    recompute:
      mapped(r.str(['--recompute-granularity']), recomputeOf) ??
      (flag('--recompute-activations') ? byFlag('selective' as const, '--recompute-activations') : undefined) ??
      // Megatron-LM before 2022 (and Megatron-DeepSpeed): --checkpoint-activations recomputes every layer.
      (flag('--checkpoint-activations') ? byFlag('full' as const, '--checkpoint-activations') : undefined),
    selectiveRecompute: recomputeModules(r, findings),
    recomputeMethod: mapped(r.str(['--recompute-method']), methodOf),
    recomputeLayers: r.int(['--recompute-num-layers']),
    distributedOptimizer: flag('--use-distributed-optimizer') ? byFlag(true, '--use-distributed-optimizer') : undefined,
    // --grad-reduce-in-bf16: the gradient buffer and its reduction in bf16, not the fp32 that --bf16 otherwise implies.
    // (Megatron-Core's later --main-grads-dtype bf16 says the same.)
    fp32Grads: flag('--grad-reduce-in-bf16')
      ? byFlag(false, '--grad-reduce-in-bf16')
      : r.str(['--main-grads-dtype'])?.value === 'bf16'
        ? byFlag(false, '--main-grads-dtype')
        : undefined,
    // --use-precision-aware-optimizer (TE's FusedAdam): Adam's moments in the dtypes --exp-avg-dtype / --exp-avg-sq-dtype name
    // (fp32 unless set), the master weights fp32.
    momentBytes: flag('--use-precision-aware-optimizer') ? momentBytesOf(r) : undefined,
    fp8Params: flag('--fp8-param-gather') ? byFlag(true, '--fp8-param-gather') : undefined,
    // --optimizer-cpu-offload (Megatron-Core's HybridDeviceOptimizer): the optimizer state and its step on the host, the share
    // --optimizer-offload-fraction says (1.0 by default; 0 keeps it all on the GPU), the rest on the GPU.
    offloadOptimizer: flag('--optimizer-cpu-offload') && (offloadFraction?.value ?? 1) > 0 ? byFlag(true, '--optimizer-cpu-offload') : undefined,
    optimizerOffloadFraction:
      flag('--optimizer-cpu-offload') && offloadFraction && offloadFraction.value > 0 && offloadFraction.value < 1 ? offloadFraction : undefined,
    // --cpu-offloading --cpu-offloading-num-layers N: N layers' activations to the host (Megatron-Bridge's number alone implies it).
    offloadLayers: r.int(['--cpu-offloading-num-layers'], { min: 0 }),
    overlapGradReduce: byFlag(flag('--overlap-grad-reduce'), '--overlap-grad-reduce'),
    tpCommOverlap: flag('--tp-comm-overlap') ? byFlag(true, '--tp-comm-overlap') : undefined,
    epCommOverlap: flag('--overlap-moe-expert-parallel-comm') ? byFlag(true, '--overlap-moe-expert-parallel-comm') : undefined,
    // The flex dispatcher (DeepEP or HybridEP, --moe-flex-dispatcher-backend) sends a token once per destination node;
    // alltoall and allgather send every routed copy. --moe-enable-deepep (Megatron-Core 0.12–0.14) selects DeepEP under flex.
    epNodeDispatch:
      mapped(r.str(['--moe-token-dispatcher-type']), (v) => (v === 'flex' ? true : v === 'alltoall' || v === 'allgather' ? false : undefined)) ??
      (flag('--moe-enable-deepep') ? byFlag(true, '--moe-enable-deepep') : undefined),
    // The SMs the flex dispatcher's kernels hold: --moe-flex-dispatcher-backend deepep (Megatron-Core's default) takes
    // --moe-deepep-num-sms (20 unless set), hybridep --moe-hybridep-num-sms (16); TransformerConfig's defaults.
    epCommSms: dispatcherSms(),
    // --attention-backend (megatron/core/transformer/enums.py AttnBackend): local and unfused write the scores; flash, fused, auto do not.
    attentionScores: mapped(r.str(['--attention-backend']), (v) => (/^(local|unfused)$/.test(v) ? true : /^(flash|fused|auto)$/.test(v) ? false : undefined)),
    overlapParamGather: byFlag(flag('--overlap-param-gather'), '--overlap-param-gather'),
    // --moe-expert-capacity-factor (None: dropless) and --moe-pad-expert-input-to-capacity.
    expertCapacity: r.num(['--moe-expert-capacity-factor'], { min: 1e-9 }),
    expertPadding: flag('--moe-pad-expert-input-to-capacity') ? byFlag(true, '--moe-pad-expert-input-to-capacity') : undefined,
    ...hostSyncs(),
    zeroStage: r.int(['--zero-stage'], { min: 0, max: 3 }) ?? shardingStage(),
    // PyTorch FSDP2 under Megatron-LM (--use-torch-fsdp2) shards parameters, gradients and optimizer state.
    fsdp: flag('--use-torch-fsdp2') ? byFlag(true, '--use-torch-fsdp2') : undefined,
  });
  // Megatron-DeepSpeed in bf16 at ZeRO stage 0 ("bf16 must use z0! it implements its own zero stage 1 equivalent", BLOOM's
  // script): DeepSpeed's engine builds its BF16_Optimizer, which partitions the fp32 master weights and the optimizer state
  // over data parallel (deepspeed/runtime/bf16_optimizer.py), as Megatron's distributed optimizer does.
  if (flag('--deepspeed') && training.precision?.value === 'bf16' && (training.zeroStage?.value ?? 0) === 0 && !training.distributedOptimizer)
    training.distributedOptimizer = derived(
      true,
      { id: 'prov.deepspeedBf16Optimizer' },
      training.precision,
      ...(training.zeroStage ? [training.zeroStage] : []),
    );
  // --finetune (Megatron-LM's arguments.py: load the checkpoint's weights, not its optimizer or iteration): a fine-tune, where
  // pretraining's checks do not apply.
  const finetuneAt = r.present('--finetune');
  if (finetuneAt && finetuneAt.value !== false) training.finetune = fromFact(true, finetuneAt);
  const adapter = mindspeedLora(r, findings);
  if (adapter) training.adapter = adapter;
  // Megatron-Core reads --recompute-modules only under --recompute-granularity selective (transformer_config.py).
  const modulesAt = r.present('--recompute-modules');
  if (modulesAt && training.recompute?.value !== 'selective')
    findings.push(
      finding(
        'conflicting-values',
        'warning',
        { id: 'megatron.recomputeModulesIgnored', args: { granularity: training.recompute?.value ?? 'none' } },
        { file: modulesAt.file, range: modulesAt.keyRange },
      ),
    );
  // Pre-training counts samples in the billions (8T tokens of 4,096 is 1.95 G samples).
  const samples = r.int(['--train-samples'], { max: 1e15 });
  // Megatron-DeepSpeed's --train-tokens stops the run once that many tokens are consumed, whichever of it and the samples
  // comes first.
  const tokens = r.num(['--train-tokens'], { min: 1 });
  const seq = r.int(['--seq-length']);
  const tokensFirst = tokens && (!samples || !seq || tokens.value < samples.value * seq.value);
  if (!training.trainIters && tokens && tokensFirst) training.trainTokens = tokens;
  else if (!training.trainIters && samples && training.globalBatch) {
    training.trainIters = derived(Math.ceil(samples.value / training.globalBatch.value), { id: 'prov.itersFromSamples' }, samples, training.globalBatch);
  }

  const layers = r.int(['--num-layers']);
  const pp = r.int(['--pipeline-model-parallel-size']);
  // Megatron-DeepSpeed's --pp-partition-method 'type:transformer|embedding' (BLOOM's): DeepSpeed's PipelineModule balances the
  // layers whose class matches, the transformer layers and the embedding, which a tied model holds at both ends (the first
  // stage's and the last's, as the output head): the same split as Megatron-LM's two account-for flags.
  const partition = /embedding/i.test(r.str(['--pp-partition-method'])?.value ?? '');
  const embeddingLayer = flag('--account-for-embedding-in-pipeline-split')
    ? byFlag(true, '--account-for-embedding-in-pipeline-split')
    : partition
      ? byFlag(true, '--pp-partition-method')
      : undefined;
  const lossLayer = flag('--account-for-loss-in-pipeline-split')
    ? byFlag(true, '--account-for-loss-in-pipeline-split')
    : partition && !flag('--untie-embeddings-and-output-weights')
      ? byFlag(true, '--pp-partition-method')
      : undefined;
  const perVirtual = r.int(['--num-layers-per-virtual-pipeline-stage']);
  let vpp = r.int(['--virtual-pipeline-model-parallel-size']);
  if (!vpp && perVirtual && layers) {
    const stages = pp?.value ?? 1;
    // The embedding and loss count as layers of the split where the flags say so (analysis/stages.ts).
    const extra = stages > 1 ? Number(embeddingLayer !== undefined) + Number(lossLayer !== undefined) : 0;
    const v = (layers.value + extra) / stages / perVirtual.value;
    if (Number.isInteger(v) && v >= 1)
      vpp = derived(v, { id: 'prov.vppFromLayers', args: { perStage: perVirtual.value } }, layers, perVirtual, ...(pp ? [pp] : []));
    else
      findings.push(
        finding(
          'parallel-degrees',
          'error',
          { id: 'megatron.vppNotDivisible', args: { layers: layers.value, pp: stages, per: perVirtual.value } },
          perVirtual.source.kind === 'fact' ? { file: ctx.file, range: perVirtual.source.range } : whole,
        ),
      );
  }
  // (slime places its Megatron actor on --actor-num-nodes × --actor-num-gpus-per-node.)
  const launch = launchCounts(r, {
    nodes: ['--nnodes', '--num_nodes', '--num-nodes', '--actor-num-nodes'],
    perNode: ['--nproc-per-node', '--nproc_per_node', '--num_gpus', '--num-gpus', '--actor-num-gpus-per-node'],
  });
  // The deepspeed launcher without --num_gpus runs on every GPU of each node, on this node alone without a hostfile or
  // --num_nodes: how Megatron-DeepSpeed's example scripts launch (the cluster's GPUs per node fill it in).
  const nodes =
    launch.nodes ??
    (flag('--deepspeed') && !launch.perNode && !r.has('--hostfile') && !r.has('--include') ? assumed(1, { id: 'prov.deepspeedOneNode' }) : undefined);
  // MindSpeed-LLM's --noop-layers 7,62,63: layers that pass their input through (no parameters, no work), which pad the layer
  // count to an even pipeline split: the model has the others, and each virtual stage the slots of its share that are not no-ops.
  const noopFact = r.present('--noop-layers');
  const noop =
    noopFact && layers
      ? [
          ...new Set(
            String(noopFact.value)
              .split(',')
              .map((x) => Number(x.trim())),
          ),
        ].filter((i) => Number.isInteger(i) && i >= 0 && i < layers.value)
      : [];
  // A layout string's stages over PP: the virtual stages per rank, where no flag sets them (Megatron's arguments.py does the same).
  const layout = layoutOf(r.str(['--pipeline-model-parallel-layout']));
  if (!vpp && layout && pp && pp.value > 1 && layout.value.length % pp.value === 0 && layout.value.length > pp.value)
    vpp = derived(layout.value.length / pp.value, { id: 'prov.vppFromLayout', args: { stages: layout.value.length } }, layout, pp);
  const chunks = (pp?.value ?? 1) * (vpp?.value ?? 1);
  const noopChunks =
    noopFact && layers && noop.length && chunks > 1 && layers.value % chunks === 0
      ? fromFact(
          Array.from({ length: chunks }, (_, c) => layers.value / chunks - noop.filter((i) => Math.floor(i / (layers.value / chunks)) === c).length),
          noopFact,
        )
      : undefined;
  const parallel = defined({
    tp,
    pp,
    vpp,
    cp: r.int(['--context-parallel-size']),
    ep: r.int(['--expert-model-parallel-size', '--moe-expert-parallel-size']),
    etp: r.int(['--expert-tensor-parallel-size']),
    sp: flag('--sequence-parallel') ? byFlag(true, '--sequence-parallel') : undefined,
    ppChunks: layout ?? layerList(r) ?? noopChunks,
    ppFirstLayers: r.int(['--decoder-first-pipeline-num-layers']),
    ppLastLayers: r.int(['--decoder-last-pipeline-num-layers']),
    ppEmbeddingLayer: embeddingLayer,
    ppLossLayer: lossLayer,
    nodes,
    gpusPerNode: launch.perNode,
    worldSize: launch.worldSize,
  });
  // Megatron-DeepSpeed names its DeepSpeed JSON with --deepspeed_config; HF Trainer launches with --deepspeed ds.json.
  const dsFlag = r.present('--deepspeed');
  const references = [r.str(['--deepspeed_config', '--deepspeed-config']), typeof dsFlag?.value === 'string' ? r.str(['--deepspeed']) : undefined].filter(
    (x): x is Sourced<string> => x !== undefined,
  );

  if (!layers && !r.present('--hidden-size')) {
    // A trainer launched on a named model (HF Trainer, TRL): the model comes from the catalogue.
    const modelRef = r.str(['--model_name_or_path', '--model-name-or-path', '--model_name', '--base_model']);
    return { ...emptyRecognition('megatron', [...r.findings, ...findings]), modelRef, training, parallel, references };
  }

  // Hybrid state-space models (pretrain_mamba.py): the layer pattern, or the ratios Megatron-Core allocates it from.
  const spec = r.fact('--spec');
  const hybridAt = HYBRID_FLAGS.map((k) => r.fact(k)).find((f) => f !== undefined) ?? (spec && /mamba|hybrid/i.test(String(spec.value)) ? spec : undefined);

  // Model shapes.
  const hidden = r.int(['--hidden-size']);
  const heads = r.int(['--num-attention-heads']);
  // (GeGLU flags of a layer spec's own arguments, --geglu-tanh: a gated MLP of three matrices, as SwiGLU's.)
  const gluFlag = ['--swiglu', '--geglu', '--geglu-tanh', '--quick-geglu'].find((k) => flag(k));
  const swiglu = gluFlag !== undefined;
  const overrides: Partial<ModelSpec> = {};
  if (noopFact && layers && noop.length && noop.length < layers.value)
    overrides.layers = derived(
      layers.value - noop.length,
      { id: 'prov.noopLayers', args: { layers: layers.value, noop: noop.join(', ') } },
      layers,
      fromFact(noop.length, noopFact),
    );
  overrides.ffnKind = byFlag(swiglu ? 'gated' : 'plain', gluFlag ?? '--swiglu');
  // A layer spec of another package (--spec megatron.bridge.models.gemma.gemma4_layer_specs …): its layers are its own, with
  // arguments of its own (per-layer embeddings, shared K/V layers) that Megatron-LM's flags do not describe.
  if (spec && typeof spec.value === 'string' && !/^megatron\.core\./.test(spec.value) && !hybridAt)
    findings.push(finding('assumed', 'warning', { id: 'megatron.customLayerSpec', args: { spec: spec.value } }, { file: spec.file, range: spec.valueRange }));
  // --experimental-attention-variant (gated_delta_net every --linear-attention-freq layers, Qwen3-Next's): layers of their own
  // formulas this reading of the flags does not build; counted as the softmax attention of the others, said.
  const variant = r.fact('--experimental-attention-variant');
  const gdn = variant?.value === 'gated_delta_net' ? variant : undefined;
  if (variant && typeof variant.value === 'string' && !gdn)
    findings.push(
      finding('assumed', 'warning', { id: 'megatron.attentionVariant', args: { variant: variant.value } }, { file: variant.file, range: variant.valueRange }),
    );
  if (!r.present('--ffn-hidden-size') && hidden) {
    // arguments.py: 4h, or for SwiGLU int(4h·2/3 / 64)·64.
    const w = swiglu ? Math.floor((4 * hidden.value * 2) / 3 / 64) * 64 : 4 * hidden.value;
    overrides.ffnWidth = derived(w, { id: swiglu ? 'prov.megatronSwigluWidth' : 'prov.ffnFromHidden', args: { factor: 4 } }, hidden);
  }
  const normName = r.str(['--normalization']);
  overrides.norm = normName ? mapped(normName, (v) => (/rms/i.test(v) ? 'rmsnorm' : 'layernorm')) : byFlag('layernorm', '--normalization');
  const posType = r.str(['--position-embedding-type']);
  overrides.positions = flag('--use-rotary-position-embeddings')
    ? byFlag('rope', '--use-rotary-position-embeddings')
    : posType
      ? mapped(posType, (v) => (v === 'rope' || v === 'mrope' ? 'rope' : v === 'none' ? 'none' : v === 'alibi' ? 'relative' : 'learned'))
      : byFlag('learned', '--position-embedding-type');
  // Megatron-DeepSpeed's --embed-layernorm (BLOOM): a LayerNorm after the word embedding.
  if (flag('--embed-layernorm')) overrides.embeddingNorm = byFlag(true, '--embed-layernorm');
  overrides.tiedEmbeddings = flag('--untie-embeddings-and-output-weights')
    ? byFlag(false, '--untie-embeddings-and-output-weights')
    : byFlag(true, '--untie-embeddings-and-output-weights');
  const noBias = flag('--disable-bias-linear');
  overrides.qkvBias = flag('--add-qkv-bias') ? byFlag(true, '--add-qkv-bias') : byFlag(!noBias, '--disable-bias-linear');
  overrides.outBias = byFlag(!noBias, '--disable-bias-linear');
  overrides.mlpBias = byFlag(!noBias, '--disable-bias-linear');
  if (flag('--qk-layernorm')) overrides.qkNorm = byFlag('per-head', '--qk-layernorm');
  if (heads) {
    // Megatron-LM: --group-query-attention with --num-query-groups; Megatron-DeepSpeed: --num-key-value-heads (arguments.py,
    // default None: the attention heads).
    overrides.kvHeads = flag('--group-query-attention')
      ? (r.int(['--num-query-groups']) ?? heads)
      : (r.int(['--num-key-value-heads']) ?? derived(heads.value, { id: 'prov.kvHeadsDefault' }, heads));
  }

  // Vocabulary: NullTokenizer takes --vocab-size as the final V; other tokenizers are padded.
  const tokType = r.str(['--tokenizer-type']);
  const named = r.str(['--tokenizer-model', '--tokenizer-name-or-path']);
  const vocabSize = r.int(['--vocab-size']);
  const divisible = r.int(['--make-vocab-size-divisible-by']);
  const tpValue = tp?.value ?? 1;
  // (NullTokenizer's vocab_size is --vocab-size and its end-of-document token, padded as any tokenizer's:
  // megatron/training/tokenizer/tokenizer.py _NullTokenizer and build_tokenizer, megatron/core/tokenizers' NullTokenizer.)
  const nullVocab = tokType?.value === 'NullTokenizer' && vocabSize ? derived(vocabSize.value + 1, { id: 'prov.nullTokenizer' }, vocabSize) : undefined;
  // The tokenizer's size, padded to a multiple of --make-vocab-size-divisible-by × TP (its names scoped to this block).
  {
    // GPT-2's BPE: named, or implied by its files (only GPT2BPETokenizer reads a --merge-file; gpt2-vocab.json).
    const vocabFile = r.str(['--vocab-file']);
    const gpt2 =
      tokType && /GPT2/i.test(tokType.value)
        ? tokType
        : !tokType
          ? (r.str(['--merge-file']) ??
            // (A --merge-file whose path only the run knows, $MERGE_FILE: still a BPE merges file, still GPT-2's tokenizer.)
            mergeFileAt(r) ??
            (vocabFile && /gpt2/i.test(vocabFile.value.split('/').pop() ?? '') ? vocabFile : undefined))
          : undefined;
    // A Hugging Face / SentencePiece tokenizer named by a model the catalogue knows (--tokenizer-model meta-llama/Llama-3.1-8B,
    // or a file in a folder of that name: …/Meta-Llama-3-8B/tokenizer.json, …/Llama-2-7b-hf/tokenizer.model): that model's
    // vocabulary.
    const entry = named && !gpt2 ? tokenizerModel(named.value) : undefined;
    // (A tokenizer other than NullTokenizer gives the vocabulary itself: build_tokenizer pads tokenizer.vocab_size and --vocab-size
    // feeds NullTokenizer alone. Where the tokenizer names no model the catalogue knows, --vocab-size is the best guess left.)
    const fromTokenizer =
      entry && tokType && tokType.value !== 'NullTokenizer' ? derived(entry.vocab, { id: 'prov.tokenizer', args: { name: entry.id } }, named!) : undefined;
    const base =
      nullVocab ??
      fromTokenizer ??
      vocabSize ??
      (gpt2 ? derived(TOKENIZERS.gpt2!.size, { id: 'prov.tokenizer', args: { name: TOKENIZERS.gpt2!.name } }, gpt2) : undefined) ??
      (named && entry ? derived(entry.vocab, { id: 'prov.tokenizer', args: { name: entry.id } }, named) : undefined);
    // Megatron-DeepSpeed's --pad-vocab-size-to: the embedding's rows, as written.
    // (MindSpeed-LLM's --padded-vocab-size likewise: the padded vocabulary itself.)
    const padTo = r.int(['--pad-vocab-size-to', '--padded-vocab-size']) ?? patchTokenizerVocab(r);
    if (padTo) overrides.vocab = padTo;
    else if (base) {
      const padded = padVocab(base.value, divisible?.value ?? 128, tpValue);
      overrides.vocab = derived(
        padded,
        { id: 'prov.vocabPadded', args: { size: base.value, multiple: (divisible?.value ?? 128) * tpValue } },
        base,
        ...(divisible ? [divisible] : []),
        ...(tp ? [tp] : []),
      );
    }
  }

  // Mixture of experts.
  // One expert is the dense MLP (Megatron-DeepSpeed's scripts write --num-experts 1 for their dense runs).
  const experts = r.int(['--num-experts']);
  // (A hybrid stack written as a pattern alone, pretrain_hybrid.py's: as many layers as the pattern has.)
  const pattern = r.str(PATTERN_FLAGS);
  const symbols = !layers && pattern ? parsePattern(pattern.value) : undefined;
  const moeDepth = layers ?? (symbols ? derived(symbols.length, { id: 'prov.hybridPattern', args: { pattern: symbols.join('') } }, pattern!) : undefined);
  // Megatron-DeepSpeed (DeepSpeed-MoE, megatron/arguments.py): --topk defaults to 1 and --expert-interval to 2 (layers 2, 4, …
  // are MoE); its experts are the MLP with its biases, its gate has none.
  const dsMoe = flag('--deepspeed') || r.has('--moe-expert-parallel-size') || r.has('--expert-interval') || r.has('--topk');
  const dsDefault = <T>(value: T, name: string): Sourced<T> => classDefault(value, name, 'Megatron-DeepSpeed');
  if (experts && experts.value > 1 && moeDepth && hidden) {
    const topK = dsMoe ? (r.int(['--topk']) ?? dsDefault(1, '--topk')) : (r.int(['--moe-router-topk']) ?? byFlag(2, '--moe-router-topk'));
    const ffn = r.int(['--moe-ffn-hidden-size']) ?? r.int(['--ffn-hidden-size']) ?? overrides.ffnWidth;
    // (MindSpeed-LLM's --n-shared-experts N: a shared expert N × --moe-ffn-hidden-size wide, as DeepSeek's n_shared_experts.)
    const nShared = r.int(['--n-shared-experts'], { min: 0 });
    const sharedW =
      r.int(['--moe-shared-expert-intermediate-size']) ??
      (nShared && nShared.value > 0 && ffn
        ? derived(nShared.value * ffn.value, { id: 'prov.mindspeedShared', args: { n: nShared.value, width: ffn.value } }, nShared, ffn)
        : undefined);
    const freq = r.present('--moe-layer-freq');
    let moeLayers: number[] = Array.from({ length: moeDepth.value }, (_, i) => i);
    let freqN: number | undefined;
    const interval = dsMoe ? (r.int(['--expert-interval']) ?? dsDefault(2, '--expert-interval')) : undefined;
    if (interval) moeLayers = moeLayers.filter((i) => (i + 1) % interval.value === 0);
    else if (freq) {
      // (Quoted once more, "'([1]*48)'", for a launcher that passes the words through another shell: the quotes that shell strips.)
      const text = typeof freq.value === 'string' ? freq.value.replace(/^'(.*)'$/s, '$1') : undefined;
      const v = typeof freq.value === 'number' ? freq.value : text !== undefined ? evaluateExpression(text) : null;
      if (typeof v === 'number') freqN = v;
      // An integer N: layer i is MoE where i % N == 0 (Megatron-Core's _get_moe_layer_pattern; in Python the sign of N does not
      // change which i it divides, so MindSpeed-LLM's -1 makes every layer MoE). 0 would divide by zero: an error.
      if (typeof v === 'number' && Number.isInteger(v) && v !== 0) moeLayers = moeLayers.filter((i) => i % Math.abs(v) === 0);
      else if (Array.isArray(v) && v.length === moeDepth.value) moeLayers = moeLayers.filter((i) => v[i] === 1);
      else
        findings.push(
          finding(
            'value-type',
            'error',
            { id: 'megatron.moeLayerFreq', args: { value: String(freq.value), layers: moeDepth.value } },
            { file: ctx.file, range: freq.valueRange },
          ),
        );
    }
    // MindSpeed-LLM's --first-k-dense-replace K: its first K layers keep the dense MLP (DeepSeek's first_k_dense_replace); K ≤ 0
    // leaves none dense ([0] * K is empty in Python).
    const firstDense = r.int(['--first-k-dense-replace'], { min: -1 });
    if (firstDense && firstDense.value > 0) moeLayers = moeLayers.filter((i) => i >= firstDense.value);
    // (Numbered among the layers that remain, without the no-op ones.)
    if (overrides.layers && noop.length) moeLayers = moeLayers.filter((i) => !noop.includes(i)).map((i) => i - noop.filter((n) => n < i).length);
    if (ffn) {
      const moe: MoeSpec = {
        experts,
        topK,
        expertWidth: ffn,
        sharedExperts: sharedW ? derived(1, { id: 'prov.megatronShared' }, sharedW) : byFlag(0, '--moe-shared-expert-intermediate-size'),
        sharedWidth: sharedW ?? byFlag(0, '--moe-shared-expert-intermediate-size'),
        sharedGate: byFlag(false, '--moe-shared-expert-gate'),
        routerBias: byFlag(flag('--moe-router-enable-expert-bias'), '--moe-router-enable-expert-bias'),
        ...routerGroupsOf(r.int(['--moe-router-num-groups']), r.int(['--moe-router-group-topk'])),
        layers: interval
          ? derived(moeLayers, { id: 'prov.expertInterval', args: { n: interval.value } }, interval)
          : firstDense
            ? derived(
                moeLayers,
                { id: 'prov.moeLayersDeepseek', args: { first: Math.max(firstDense.value, 0), freq: typeof freqN === 'number' ? Math.abs(freqN) : 1 } },
                firstDense,
                ...(freq ? [{ value: freq.value, source: { kind: 'fact' as const, file: freq.file, path: freq.path, range: freq.valueRange } }] : []),
              )
            : freq
              ? { value: moeLayers, source: { kind: 'fact', file: freq.file, path: freq.path, range: freq.valueRange } }
              : derived(moeLayers, { id: 'prov.moeEveryLayer' }, experts),
      };
      overrides.moe = moe;
    }
  }

  // Sliding-window attention (--window-size left,right; a left of -1 is unbounded), every --window-attn-skip-freq-th layer
  // full; learned attention sinks (--softmax-type learnable, gpt-oss).
  const windowFact = r.present('--window-size');
  const window = windowFact ? fromFact(String(windowFact.value), windowFact) : undefined;
  const left = window ? Number(window.value.replace(/[()[\]\s]/g, '').split(',')[0]) : NaN;
  if (window && layers && Number.isInteger(left) && left > 0) {
    const skip = r.int(['--window-attn-skip-freq']);
    overrides.slidingWindow = derived(left, { id: 'prov.megatronWindow', args: { value: window.value } }, window);
    overrides.slidingWindowLayers = skip
      ? derived(layers.value - Math.floor(layers.value / skip.value), { id: 'prov.megatronWindowSkip', args: { n: skip.value } }, skip, layers)
      : derived(layers.value, { id: 'prov.slidingAllLayers' }, window);
  }
  const softmax = r.str(['--softmax-type']);
  if (softmax?.value === 'learnable') overrides.attentionSinks = derived(true, { id: 'prov.megatronSinks' }, softmax);

  // Multi-latent attention.
  if (flag('--multi-latent-attention')) {
    const kvLoraRank = r.int(['--kv-lora-rank']) ?? byFlag(32, '--kv-lora-rank');
    const mla: MlaSpec = {
      qLoraRank: r.int(['--q-lora-rank'], { min: 0 }) ?? byFlag(0, '--q-lora-rank'),
      kvLoraRank,
      qkNopeHeadDim: r.int(['--qk-head-dim']) ?? byFlag(128, '--qk-head-dim'),
      qkRopeHeadDim: r.int(['--qk-pos-emb-head-dim']) ?? byFlag(64, '--qk-pos-emb-head-dim'),
      vHeadDim: r.int(['--v-head-dim']) ?? byFlag(128, '--v-head-dim'),
    };
    // MindSpeed-LLM's --enable-dsa-indexer: DeepSeek Sparse Attention's lightning indexer in every layer (DeepSeek-V3.2's 64 heads
    // of 128 unless --index-n-heads / --index-head-dim say otherwise).
    const dsaFact = flag('--enable-dsa-indexer') ? r.present('--enable-dsa-indexer') : undefined;
    const dsa = dsaFact ? fromFact(true, dsaFact) : undefined;
    if (dsa) {
      const topK = r.int(['--index-topk']);
      const dsaDefault = (value: number, key: string) =>
        derived(value, { id: 'prov.classDefault', args: { key, cls: 'MindSpeed-LLM (DeepSeek-V3.2)', value: String(value) } }, dsa);
      overrides.mla = {
        ...mla,
        indexer: {
          heads: r.int(['--index-n-heads']) ?? dsaDefault(64, '--index-n-heads'),
          headDim: r.int(['--index-head-dim']) ?? dsaDefault(128, '--index-head-dim'),
          ...(topK ? { topK } : {}),
        },
      };
    } else overrides.mla = mla;
  }

  if (hybridAt) {
    const built = megatronHybrid(r, byFlag, layers, hidden, overrides.moe);
    if ('error' in built) {
      findings.push(finding('value-type', 'error', built.error, { file: hybridAt.file, range: hybridAt.valueRange }));
      return { family: 'megatron', training, parallel, references, findings: [...r.findings, ...findings] };
    }
    overrides.hybrid = built.hybrid;
    if (!layers) overrides.layers = built.layers;
    // Each layer of the pattern is one block behind one norm (fused into its first linear).
    overrides.normsPerLayer = derived(1, { id: 'prov.hybridNorms' }, built.layers);
    // Experts asked for by --num-experts with no 'E' layer in the stack (the ratios allocate none): Megatron-Core's '-' layers are
    // dense MLPs, so the experts are not built; said where --num-experts is, since a fork may build them (Linear-MoE).
    // (A line of Pai-Megatron-Patch, --patch-tokenizer-type, runs its own model code, which builds the experts there (Linear-MoE,
    // Qwen3-Next's): refused, not counted as the dense stack it is not.)
    const expertsAt = r.present('--num-experts');
    if (overrides.moe && built.moeLayers.length === 0) {
      overrides.moe = undefined;
      const fork = r.present('--patch-tokenizer-type');
      if (expertsAt && fork) {
        findings.push(
          finding(
            'unsupported',
            'error',
            { id: 'megatron.forkHybridMoe', args: { experts: String(expertsAt.value), tokenizer: String(fork.value) } },
            { file: expertsAt.file, range: expertsAt.valueRange },
          ),
        );
        return { family: 'megatron', training, parallel, references, findings: [...r.findings, ...findings] };
      }
      if (expertsAt)
        findings.push(
          finding(
            'assumed',
            'warning',
            { id: 'megatron.hybridNoMoeLayers', args: { experts: String(expertsAt.value) } },
            { file: expertsAt.file, range: expertsAt.valueRange },
          ),
        );
    } else if (overrides.moe) overrides.moe = { ...overrides.moe, layers: derived(built.moeLayers, { id: 'prov.hybridMoe' }, built.layers) };
  }

  if (!overrides.vocab) {
    // A tokenizer this reader cannot open (a path, a Hugging Face id outside the catalogue): its vocabulary is known when the run starts.
    const at = named && typeof named.value === 'string' && named.value ? named : tokType;
    findings.push(
      at && at.source.kind === 'fact'
        ? finding(
            'missing-key',
            'error',
            { id: 'megatron.vocabFromTokenizer', args: { tokenizer: at.value } },
            { file: at.source.file, range: at.source.range },
          )
        : finding('missing-key', 'error', { id: 'recognize.missingKey', args: { keys: '--vocab-size / --tokenizer-type' } }, whole),
    );
    return { family: 'megatron', training, parallel, references, findings: [...r.findings, ...findings] };
  }
  // Gated DeltaNet every layer but each --linear-attention-freq-th (Qwen3-Next's, --experimental-attention-variant
  // gated_delta_net): its layers are Qwen3-Next's, built from the flags as Hugging Face's qwen3_next config states them, each
  // value where its flag is written, the vocabulary this script pads.
  if (gdn) {
    const next = gatedDeltaNetModel(r, gdn, overrides.vocab);
    if (next.model) return { family: 'megatron', model: next.model, training, parallel, references, findings: [...next.findings, ...findings] };
    findings.push(...next.findings);
  }
  const arch = byFlag(overrides.moe ? 'Megatron GPT (MoE)' : 'Megatron GPT', '--num-layers');
  const built = buildModel(
    r,
    A,
    { configClass: 'Megatron-LM', ffn: 'plain', norm: 'layernorm', positions: 'learned', tiedDefault: true, qkvBias: true, outBias: true, mlpBias: true },
    arch,
    overrides,
  );
  return { family: 'megatron', model: built.model, training, parallel, references, findings: [...built.findings, ...findings] };
}

/**
 * Megatron-Core's hybrid stack (pretrain_mamba.py): --hybrid-override-pattern, else the layers allocated from
 * --hybrid-attention-ratio and --hybrid-mlp-ratio (both 0 by default: all Mamba); the mixer is MambaMixer (mamba_mixer.py):
 * Mamba-2 with --mamba-num-heads heads (default 2·h / head dim) of --mamba-head-dim (64), --mamba-state-dim (128),
 * --mamba-num-groups (8), a 4-tap conv with a bias, bias-free in_proj and out_proj, and the gated RMSNorm.
 */
function megatronHybrid(
  r: FactReader,
  byFlag: <T>(value: T, name: string) => Sourced<T>,
  layers: Sourced<number> | undefined,
  hidden: Sourced<number> | undefined,
  moe: MoeSpec | undefined,
): { hybrid: NonNullable<ModelSpec['hybrid']>; layers: Sourced<number>; moeLayers: number[] } | { error: Message } {
  const patternFact = r.str(PATTERN_FLAGS);
  if (!patternFact && !layers) return { error: { id: 'recognize.missingKey', args: { keys: '--num-layers / --hybrid-override-pattern' } } };
  const headDim = r.int(['--mamba-head-dim']) ?? byFlag(64, '--mamba-head-dim');
  const h = hidden?.value ?? 0;
  const heads =
    r.int(['--mamba-num-heads']) ?? derived(Math.max(1, Math.floor((2 * h) / headDim.value)), { id: 'prov.mambaHeads' }, ...(hidden ? [hidden] : []), headDim);
  const arch = <T>(v: T) => derived(v, { id: 'prov.architecture', args: { arch: 'Megatron-Core MambaMixer' } });
  const ssm: SsmSpec = {
    kind: arch('mamba2' as const),
    inner: derived(heads.value * headDim.value, { id: 'prov.mambaInner' }, heads, headDim),
    heads,
    stateDim: r.int(['--mamba-state-dim']) ?? byFlag(128, '--mamba-state-dim'),
    groups: r.int(['--mamba-num-groups']) ?? byFlag(8, '--mamba-num-groups'),
    convKernel: arch(4),
    dtRank: arch(0),
    projBias: arch(false),
    convBias: arch(true),
    innerNorm: arch(true),
  };
  let built: { hybrid: NonNullable<ModelSpec['hybrid']>; layers: Sourced<number>; moeLayers: number[] } | { error: Message };
  if (patternFact) built = hybridFromText(patternFact, layers, ssm);
  else {
    const att = r.num(['--hybrid-attention-ratio']) ?? byFlag(0, '--hybrid-attention-ratio');
    const mlp = r.num(['--hybrid-mlp-ratio']) ?? byFlag(0, '--hybrid-mlp-ratio');
    if (att.value < 0 || mlp.value < 0 || att.value + mlp.value > 1)
      return { error: { id: 'megatron.hybridRatios', args: { attention: att.value, mlp: mlp.value } } };
    const from = derived(0, { id: 'prov.hybridRatios', args: { attention: att.value, mlp: mlp.value } }, layers!, att, mlp);
    built = { ...hybridFromPattern(allocateLayers(layers!.value, att.value, mlp.value), from, ssm), layers: layers! };
  }
  if ('error' in built) return built;
  if (built.moeLayers.length > 0 && !moe) return { error: { id: 'megatron.hybridMoeExperts' } };
  return built;
}

/**
 * Megatron-LM's defaults (megatron/training/arguments.py): no distributed optimizer without
 * --use-distributed-optimizer, no sequence parallelism without --sequence-parallel, fp32 main
 * gradients (--accumulate-allreduce-grads-in-fp32 is implied by --bf16), gradient reduction after the
 * backward pass without --overlap-grad-reduce. A new flag goes before --micro-batch-size (else
 * --num-layers): the same command line, whatever variable feeds its value.
 */
export const MEGATRON_TRAINER: Trainer = {
  defaults: { name: 'Megatron-LM', distributedOptimizer: false, sequenceParallel: false, fp32Grads: true, overlapGradReduce: false, megatronKernels: true },
  writes: {
    keys: {
      tp: '--tensor-model-parallel-size',
      pp: '--pipeline-model-parallel-size',
      vpp: '--virtual-pipeline-model-parallel-size',
      cp: '--context-parallel-size',
      ep: '--expert-model-parallel-size',
      microBatch: '--micro-batch-size',
      recompute: '--recompute-granularity',
    },
    unset: { field: 'recompute', value: 'none', keys: ['--recompute-granularity', '--recompute-method', '--recompute-num-layers'] },
    add: (file, facts, key, text) => {
      const flag = (name: string) => facts.find((f) => f.file === file.path && f.path[0] === name);
      const anchor = flag('--micro-batch-size') ?? flag('--num-layers');
      if (!anchor) return undefined;
      // Full recomputation needs a method (arguments.py refuses granularity full without one).
      const method = key === '--recompute-granularity' && text === 'full' && !flag('--recompute-method') ? ' --recompute-method uniform' : '';
      return { file: file.path, range: { start: anchor.keyRange.start, end: anchor.keyRange.start }, newText: `${key} ${text}${method} ` };
    },
  },
};

/**
 * Pai-Megatron-Patch's --patch-tokenizer-type (megatron_patch/tokenizer/__init__.py build_tokenizer): the embedding's rows are
 * the tokenizer's base vocabulary plus --extra-vocab-size (default 0), with no further padding. The base vocabularies of the
 * tokenizers whose count is fixed: Qwen2's BPE encoder (151,643, Qwen3's and Qwen2-VL's the same), Llama 3's (128,000), Llama 2's
 * and Mixtral's SentencePiece (32,000);
 * StarCoder's and Vicuna's set their count outright.
 */
const PATCH_TOKENIZERS: Readonly<Record<string, { readonly base: number; readonly extra: boolean }>> = {
  Qwen2Tokenizer: { base: 151643, extra: true },
  // (Qwen3's and Qwen2-VL's wrappers are Qwen2's, len(encoder) + extra: the same 151,643-entry BPE encoder.)
  Qwen3Tokenizer: { base: 151643, extra: true },
  Qwen2VLTokenizer: { base: 151643, extra: true },
  LLama3Tokenizer: { base: 128000, extra: true },
  LLamaTokenizer: { base: 32000, extra: true },
  // (_LLama2Tokenizer, Mixtral's too: the SentencePiece model's vocab_size + extra.)
  LLama2Tokenizer: { base: 32000, extra: true },
  MixtralTokenizer: { base: 32000, extra: true },
  StarcoderTokenizerFromHF: { base: 49152, extra: false },
  VicunaTokenizerFromHF: { base: 32000, extra: false },
};

function patchTokenizerVocab(r: FactReader): Sourced<number> | undefined {
  const type = r.str(['--patch-tokenizer-type']);
  const known = type && PATCH_TOKENIZERS[type.value];
  if (!type || !known) return undefined;
  const extra = known.extra ? (r.int(['--extra-vocab-size'], { min: 0 }) ?? classDefault(0, '--extra-vocab-size', 'Pai-Megatron-Patch')) : undefined;
  const value = known.base + (extra?.value ?? 0);
  return derived(
    value,
    { id: 'prov.patchTokenizer', args: { tokenizer: type.value, base: known.base, extra: extra?.value ?? 0 } },
    type,
    ...(extra ? [extra] : []),
  );
}

/** A --merge-file written on the line, known or not. */
function mergeFileAt(r: FactReader): Sourced<string> | undefined {
  const f = r.facts.find((x) => x.path.length === 1 && x.path[0] === '--merge-file');
  return f ? fromFact('--merge-file', f) : undefined;
}

/**
 * slime's RL step trains on sequences of a prompt and its sampled response: at most --rollout-max-prompt-len +
 * --rollout-max-response-len tokens (the response alone where the prompt's bound is not written), where no --seq-length says.
 */
function slimeSequence(r: FactReader): Sourced<number> | undefined {
  const response = r.int(['--rollout-max-response-len']);
  if (!response) return undefined;
  const prompt = r.int(['--rollout-max-prompt-len']);
  return prompt
    ? derived(prompt.value + response.value, { id: 'prov.slimeSequence', args: { tokens: prompt.value + response.value } }, prompt, response)
    : derived(response.value, { id: 'prov.slimeSequence', args: { tokens: response.value } }, response);
}

/** MindSpeed-LLM's --num-layer-list 20,20,20,18: the transformer layers of each pipeline stage, in order (an uneven split). */
function layerList(r: FactReader): Sourced<number[]> | undefined {
  const f = r.present('--num-layer-list');
  const counts = f
    ? String(f.value)
        .split(',')
        .map((x) => Number(x.trim()))
    : [];
  return f && counts.length > 0 && counts.every((n) => Number.isInteger(n) && n >= 0) ? fromFact(counts, f) : undefined;
}

/** Megatron's flags as the Hugging Face qwen3_next config keys they set (Megatron-Bridge's Qwen3-Next mapping). */
const GDN_KEYS: readonly [string, string][] = [
  ['--num-layers', 'num_hidden_layers'],
  ['--hidden-size', 'hidden_size'],
  ['--num-attention-heads', 'num_attention_heads'],
  ['--num-query-groups', 'num_key_value_heads'],
  ['--kv-channels', 'head_dim'],
  ['--ffn-hidden-size', 'intermediate_size'],
  ['--num-experts', 'num_experts'],
  ['--moe-router-topk', 'num_experts_per_tok'],
  ['--moe-ffn-hidden-size', 'moe_intermediate_size'],
  ['--moe-shared-expert-intermediate-size', 'shared_expert_intermediate_size'],
  ['--linear-attention-freq', 'full_attention_interval'],
  ['--linear-conv-kernel-dim', 'linear_conv_kernel_dim'],
  ['--linear-key-head-dim', 'linear_key_head_dim'],
  ['--linear-value-head-dim', 'linear_value_head_dim'],
  ['--linear-num-key-heads', 'linear_num_key_heads'],
  ['--linear-num-value-heads', 'linear_num_value_heads'],
  ['--mtp-num-layers', 'num_nextn_predict_layers'],
  ['--max-position-embeddings', 'max_position_embeddings'],
];

/** Qwen3-Next's model from a Megatron launch's Gated DeltaNet flags (recognize/hfHybrid.ts builds it), its vocabulary the script's. */
function gatedDeltaNetModel(r: FactReader, variant: Fact, vocab: Sourced<number> | undefined): { model?: ModelSpec; findings: readonly Finding[] } {
  const at = (path: string, value: Fact['value'], f: Fact = variant): Fact => ({ ...f, path: [path], value });
  const facts: Fact[] = [at('model_type', 'qwen3_next'), at('architectures', 'Qwen3NextForCausalLM')];
  for (const [flagName, key] of GDN_KEYS) {
    const f = r.fact(flagName);
    if (f && typeof f.value === 'number') facts.push(at(key, f.value, f));
  }
  const untie = r.present('--untie-embeddings-and-output-weights');
  facts.push(untie ? at('tie_word_embeddings', false, untie) : at('tie_word_embeddings', true));
  if (vocab) facts.push(at('vocab_size', vocab.value));
  const rec = recognizeHf({ file: variant.file, facts });
  if (!rec.model) return { findings: rec.findings };
  return { model: vocab ? { ...rec.model, vocab } : rec.model, findings: rec.findings };
}
