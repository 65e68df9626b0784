/**
 * Parallelism: the layout a setup asks for (TP, PP, VPP, DP, CP, EP, expert-TP, SP, micro-batch) and
 * the policy it shards by, which degrees cannot run for this model and batch and why (each
 * violation cites its constraint, formulas.md §4), the largest useful degree per dimension, the
 * parallelism ceiling (how many GPUs one step can keep busy), and placement onto link tiers (TP
 * innermost, DP outermost).
 */
import type { Message, Sourced } from '../types';
import { assumed, derived, overridden } from '../types';
import type { AdapterTarget, ModelSpec, SelectiveRecompute, Spec } from '../spec';
import type { Cluster } from '../hardware/cluster';
import { gpuCount } from '../hardware/cluster';
import { attentionLayers, type FlopsMethod } from './flops';
import { analyzeMethod } from './method';
import { analyzeParams } from './params';
import { stageLayers, weightedChunks, type StageSplit } from './stages';

export type Dimension = 'tp' | 'pp' | 'dp' | 'cp' | 'ep';
export type Recompute = 'none' | 'selective' | 'full';

/** The degrees a layout chooses one by one (and an edit can write back). */
export interface Degrees {
  readonly tp: number;
  readonly pp: number;
  /** Virtual stages per pipeline rank (1: no interleaving). */
  readonly vpp: number;
  readonly dp: number;
  readonly cp: number;
  readonly ep: number;
  readonly microBatch: number;
  readonly recompute: Recompute;
}

/** A layout: its degrees and how it shards what they do not choose. */
export interface Layout extends Degrees {
  readonly etp: number;
  readonly sp: boolean;
  /** ZeRO stage (3 = FSDP full shard). */
  readonly zero: 0 | 1 | 2 | 3;
  /** Megatron's distributed optimizer (optimizer state sharded over DP). */
  readonly distributedOptimizer: boolean;
  /** An uneven split of the layers over the pipeline stages (analysis/stages.ts); absent: even. */
  readonly stages?: StageSplit;
}

export interface Workload {
  readonly model: ModelSpec;
  readonly seqLen: number;
  /** Sequences per optimizer step. */
  readonly globalBatch: number;
  readonly precision: 'fp32' | 'tf32' | 'fp16' | 'bf16' | 'fp8' | 'fp4';
  readonly optimizer: string;
  /** Megatron-style fp32 gradient buffers (4 bytes) instead of 16-bit (2). */
  readonly fp32Grads: boolean;
  /** The linear layers' weights held (and all-gathered) in FP8, 1 byte each (Megatron --fp8-param-gather). */
  readonly fp8Params?: boolean;
  /** How FP8 tensors are scaled, where the GEMMs run in FP8 and the files (or the trainer's default) say (spec.ts fp8Recipe). */
  readonly fp8Recipe?: 'delayed' | 'tensorwise' | 'rowwise' | 'blockwise' | 'mxfp8';
  /**
   * The output layer's logits GEMM at the low-precision rate too (Megatron-Bridge model.fp8_output_proj: Transformer Engine's
   * linear under MXFP8). Otherwise it runs in BF16 under FP8 and NVFP4 recipes: Megatron-Core's output layer is its own
   * ColumnParallelLinear, not a Transformer Engine module.
   */
  readonly fp8OutputProj?: boolean;
  /** Gradients reduced in fp32 (Megatron with bf16, or --accumulate-allreduce-grads-in-fp32). */
  readonly fp32GradReduce: boolean;
  readonly trainIters?: number;
  readonly trainTokens?: number;
  /** Trials of a hyperparameter search: the run repeated (analysis/time.ts runCost). */
  readonly sweepTrials?: number;
  /** Gradient reduction overlapped with the backward pass (Megatron: --overlap-grad-reduce; DDP/FSDP/DeepSpeed: yes). */
  readonly overlapGradReduce: boolean;
  /**
   * TP communication overlapped with the GEMMs it feeds, each GEMM split in TP chunks so that one chunk's transfer runs
   * under another's compute (Megatron --tp-comm-overlap userbuffers, NeMo ub_tp_comm_overlap, torchtitan async TP).
   */
  readonly tpCommOverlap?: boolean;
  /** Attention writes the s × s scores to HBM (no flash kernel): analysis/time.ts scoreTrafficBytes. */
  readonly attentionScores?: boolean;
  /**
   * EP all-to-all overlapped with another micro-batch's compute (Megatron --overlap-moe-expert-parallel-comm: 1F1B pairs one
   * micro-batch's forward with another's backward and runs each one's dispatch and combine under the other's compute).
   */
  readonly epCommOverlap?: boolean;
  /** EP tokens cross the network once per destination node, then NVLink (DeepEP / HybridEP): analysis/comm.ts remoteNodesPerToken. */
  readonly epNodeDispatch?: boolean;
  /** SMs the dispatcher's kernels hold (DeepEP's, HybridEP's): analysis/comm.ts, an overlapped all-to-all's cost to the GEMMs. */
  readonly epCommSms?: number;
  /** Expert capacity (tokens per expert over its balanced share), and whether inputs are padded to it; absent: dropless. */
  readonly expertCapacity?: { readonly factor: number; readonly padded: boolean };
  /** Host synchronizations in each MoE layer's forward: the dispatcher's, the activation's (TrainingSpec moeHostSync, gluOffsetSync). */
  readonly moeHostSync?: boolean;
  readonly gluOffsetSync?: boolean;
  /** A sharded optimizer's all-gather of the updated parameters overlapped with the next step's forward (Megatron: --overlap-param-gather). */
  readonly overlapParamGather?: boolean;
  /** Tokens per sequence whose logits the loss computes, where fewer than seqLen (spec.ts logitsTokens); absent: every token. */
  readonly logitsTokens?: number;
  /** An encoder-decoder's decoder tokens per sequence where the run states them apart from the source's seqLen (spec.ts targetLen). */
  readonly targetLen?: number;
  /** Sequences per sample (preference training's chosen and rejected responses): the layers see micro-batch × this many. */
  readonly sequencesPerSample?: number;
  /** A frozen copy of the model as the reference (DPO on a full fine-tune): its 16-bit weights held, sharded as the trained ones. */
  readonly referenceCopy?: boolean;
  /** What is trained (analysis/method.ts): the trainable share of the parameters, the adapter a token passes, a frozen base. */
  readonly method: FlopsMethod & {
    readonly trainableShare: number;
    readonly denseBytes?: number;
    readonly heldBytes?: number;
    readonly savedPerTokenLayer?: number;
    /**
     * The trained weights are some of the base's own, kept in its 16-bit dtype with their fp32 copy in the optimizer (partial
     * training under Megatron-Core's distributed optimizer) or none (pure 16-bit training): no second copy beside the base.
     */
    readonly trainedInBase?: boolean;
  };
  /** Base weights stored quantized (adapter fine-tunes: QLoRA). */
  readonly quantization?: 'nf4' | 'nf4-dq' | 'int8';
  /** An fp32 master copy of the trained weights next to 16-bit ones (mixed precision). */
  readonly masterWeights: boolean;
  /** Roles the adapter wraps (frozen linears without one save no input for their weight's gradient); default: every linear counted as saving its input. */
  readonly adapterTargets?: readonly AdapterTarget[];
  /**
   * The 4-bit matmul's autograd function (memory.ts): bitsandbytes' MatMul4Bit saves its input (the default);
   * torchao's NF4 linear does not. Recognizer to set it: torchtune (torchao), the others bitsandbytes.
   */
  readonly quantKernel?: 'bitsandbytes' | 'torchao';
  /**
   * How the loss turns logits into a gradient (memory.ts LOSS_*): 'fused' Megatron's vocab-parallel cross
   * entropy (default), 'fp32' eager cross entropy on an fp32 upcast (transformers), 'native' eager cross
   * entropy in the logits' dtype (LitGPT), 'chunked-fp32' torchtune's CEWithChunkedOutputLoss, 'fused-linear' a fused linear
   * cross entropy that never holds the whole logits (Liger's, as the Trainer's use_liger_kernel applies it).
   * Recognizers to set it: hf / trainer (fp32), litgpt (native), torchtune (loss._component_), launcher / llamafactory / axolotl (Liger).
   */
  readonly loss?: 'fused' | 'fp32' | 'native' | 'chunked-fp32' | 'fused-linear';
  /** Optimizer moments kept in fp32 whatever the weights' dtype (bitsandbytes 32-bit optimizers). Recognizers: litgpt / torchtune / hf when the optimizer is a bnb 32-bit one. */
  readonly fp32OptimizerStates?: boolean;
  /** Bytes per trained parameter of the optimizer's moments as the run states their dtypes (TrainingSpec.momentBytes). */
  readonly momentBytes?: number;
  /** Optimizer state in CUDA unified memory (bitsandbytes paged optimizers): outside PyTorch's allocator, evicted to host under pressure. */
  readonly pagedOptimizer?: boolean;
  /** Each parameter stepped as its gradient is accumulated and the gradient freed (torchtune optimizer_in_bwd). Recognizer: torchtune. */
  readonly optimizerInBackward?: boolean;
  /** Saved activations moved to host memory during forward (torchtune enable_activation_offloading). Recognizer: torchtune. */
  readonly activationOffload?: boolean;
  /** Layers of each stage whose activations are offloaded to the host (Megatron --cpu-offloading-num-layers). */
  readonly offloadLayers?: number;
  /** Optimizer state (and master weights) kept on the host (ZeRO-Offload, FSDP CPU offload). */
  readonly offloadOptimizer?: boolean;
  /** The share of it on the host (Megatron's HybridDeviceOptimizer, --optimizer-offload-fraction); all of it unless set. */
  readonly optimizerOffloadFraction?: number;
  /**
   * Sharded parameters kept on the host between uses (FSDP CPUOffload(offload_params=True), ZeRO-3 offload_param): a GPU
   * holds only the units it gathers; with the optimizer offloaded too, the gradient shards go to the host as well.
   */
  readonly offloadParams?: boolean;
  /** The routed experts kept and run on the host (TrainingSpec.expertsOnHost): none of their state on the GPU. */
  readonly expertsOnHost?: boolean;
  /** Hybrid sharding: the data-parallel ranks the sharded state spans (spec.ts shardGroup); absent: all of them. */
  readonly shardGroup?: number;
  /** Hybrid sharding by its replicas (spec.ts shardReplicas): the shard group is the data-parallel ranks over them. */
  readonly shardReplicas?: number;
  /**
   * Gradients set to None after each step (TrainerDefaults.freesGradients; not under DeepSpeed, whose ZeRO keeps gradient
   * buffers): with one micro-batch per step, a layer's gradients appear as its activations are freed in the backward pass.
   */
  readonly freesGradients?: boolean;
  /** The trainer's attention kernel relative to flash attention (TrainerDefaults.attentionKernel); absent: 1. */
  readonly attentionKernel?: number;
  /** Megatron-Core's fused SwiGLU and Transformer Engine's FP8-saved GEMM inputs (TrainerDefaults.megatronKernels). */
  readonly megatronKernels?: boolean;
  /** The weights held in fp32 under autocast (torch AMP): a frozen base is stored at 4 bytes per weight. */
  readonly fp32Weights?: boolean;
  /**
   * Model and loss compiled (torch.compile; torchtune's compile): Inductor fuses an eager RMSNorm and saves its 16-bit input
   * (no fp32 copy), and a compiled chunked cross entropy saves each chunk's 16-bit logits and log-sum-exp, not an fp32 upcast.
   */
  readonly compiled?: boolean;
  /** The loss compiled too (torchtitan's compile.components "loss"): an fp32 loss holds the 16-bit logits and their gradient. */
  readonly lossCompiled?: boolean;
  /** The output layer and loss run a tile of the tokens at a time (MaxText's num_vocab_tiling): one tile's logits held at once. */
  readonly vocabTiles?: number;
  /**
   * A consolidated checkpoint loaded into an FSDP model by gathering every weight on every rank first
   * (Lightning Fabric FSDPStrategy.load_checkpoint → _load_raw_module_state), and that full copy still allocated while
   * training runs: measured, not traced to a line (LitGPT's resource tables grow from the load peak by each micro-batch's
   * activations; its 4 × A10G full fine-tunes of 7-8B run out of memory). Recognizer: litgpt with FSDP.
   */
  readonly fullStateLoad?: boolean;
  /**
   * How the RMSNorms run (memory.ts eagerNormBytes): 'fused' (default: Megatron / Transformer Engine, the input
   * saved in 16 bits), 'eager-fp32' (transformers' LlamaRMSNorm, torchtune's RMSNorm: the input upcast to fp32 and
   * saved so; a trained scale saves the 16-bit normalized tensor), 'eager-fp32-scale' (LitGPT's RMSNorm: the same, the
   * scale multiplied in fp32, so a trained scale saves the fp32 normalized tensor). Recognizers: hf / trainer
   * ('eager-fp32' unless a Liger / fused kernel is named), torchtune ('eager-fp32'), litgpt ('eager-fp32-scale').
   */
  readonly norm?: 'fused' | 'eager-fp32' | 'eager-fp32-scale';
  /** The adapter applies dropout (p > 0) to its input (LitGPT lora_dropout, PEFT lora_dropout). Recognizers: litgpt, hf (peft config), torchtune. */
  readonly adapterDropout?: boolean;
  /** The model's q, k, v projections are one fused linear with one adapter input (LitGPT's attn / LoRAQKVLinear). Recognizer: litgpt. */
  readonly fusedQkv?: boolean;
  /** Grouped-query keys and values expanded to every query head before attention, and saved so (LitGPT's CausalSelfAttention). Recognizer: litgpt. */
  readonly expandKv?: boolean;
  /**
   * What a 'selective' layout recomputes (memory.ts opsSelectiveBytesPerLayer and memoryPerGpu, time.ts flopsPerToken): absent, Megatron's
   * (the attention core); 'ops', torchtitan's op-level policy (saves SDPA's output and every other matmul's output in a
   * layer, recomputes the rest); everyLayers n, torchtitan's per-layer policy (every n-th layer fully recomputed, the
   * others store everything). Recognizer: torchtitan (activation_checkpoint.selective_ac_option, default "2").
   */
  readonly selectiveRecompute?: SelectiveRecompute;
  /**
   * What a 'full' layout recomputes (memory.ts, time.ts), Megatron's --recompute-method / --recompute-num-layers: absent,
   * every layer keeps its input and is recomputed alone; uniform n, chunks of n layers keep their input and are recomputed
   * together; block n, the first n layers of each (virtual) stage are recomputed and the others keep everything.
   */
  readonly fullRecompute?: { readonly method: 'uniform' | 'block'; readonly layers: number };
  /** The output head quantized with the layers' linears (Lightning's BitsandbytesPrecision replaces every nn.Linear). Recognizer: litgpt with quantize bnb.*. */
  readonly quantizeHead?: boolean;
  /**
   * The base quantized from fp16 whatever the run's dtype (Lightning's BitsandbytesPrecision: _Linear4bit.quantize casts the
   * weight to torch.half first), so bitsandbytes dequantizes to fp16 and a bf16 run casts that copy again (memory.ts dequantizedBytes).
   * Recognizer: litgpt.
   */
  readonly quantizedFromHalf?: boolean;
}

/**
 * A hard constraint a layout breaks (formulas.md §4): it cannot run. The search skips such layouts;
 * the parallel-degrees and batch-arithmetic rules report them.
 */
export interface Violation {
  readonly dimension: Dimension | 'world' | 'batch' | 'precision';
  readonly message: Message;
  /** A constraint on the number of GPUs (on a size nobody stated, it says nothing about the config). */
  readonly dependsOnSize?: boolean;
}

/**
 * How a setup shards what it does not choose degree by degree: the same for the layout its files ask
 * for, every layout the search tries, a what-if and a layout applied to the files, so a layout has
 * one memory figure wherever it is shown.
 */
export interface LayoutPolicy {
  readonly zero: 0 | 1 | 2 | 3;
  readonly distributedOptimizer: boolean;
  /** Sequence parallelism whenever TP > 1. */
  readonly sequenceParallel: boolean;
  /** Expert-TP the files state; otherwise it follows TP (Megatron-Core's default). */
  readonly etp?: number;
  /** How the files split the layers over pipeline stages when not evenly. */
  readonly stages?: StageSplit;
  /** The trainer runs data parallelism alone (TrainerDefaults.dataParallelOnly): the search keeps TP, PP, CP and EP at 1. */
  readonly dataParallelOnly?: boolean;
  /** ZeRO-3 whenever data parallelism is above 1 (TrainerDefaults.shardsWhenDistributed), the files stating no sharding. */
  readonly shardWhenDistributed?: boolean;
}

/** The degrees of a layout (what a row of "Best layouts" or an edit carries). */
export function degreesOf(l: Degrees): Degrees {
  return { tp: l.tp, pp: l.pp, vpp: l.vpp, dp: l.dp, cp: l.cp, ep: l.ep, microBatch: l.microBatch, recompute: l.recompute };
}

export function layoutOf(d: Degrees, policy: LayoutPolicy): Layout {
  return {
    ...degreesOf(d),
    etp: policy.etp ?? d.tp,
    sp: policy.sequenceParallel && d.tp > 1,
    zero: policy.shardWhenDistributed && d.dp * d.cp > 1 ? 3 : policy.zero,
    distributedOptimizer: policy.distributedOptimizer,
    ...(policy.stages ? { stages: policy.stages } : {}),
  };
}

/** The layout and workload a spec asks for on a cluster, each default marked as assumed. */
export interface Plan {
  readonly layout: Layout;
  readonly policy: LayoutPolicy;
  readonly workload: Workload;
  readonly world: number;
  readonly sources: Readonly<Record<string, Sourced<unknown>>>;
}

/** The reason next to a value the trainer's defaults supply. */
function trainerDefault(spec: Spec): Message {
  return spec.trainer.name === undefined ? { id: 'prov.noTrainerDefault' } : { id: 'prov.trainerDefault', args: { trainer: spec.trainer.name } };
}

/** `globalBatch`: a global batch set for this question (--global-batch, a what-if), instead of the files'. */
export function planFromSpec(spec: Spec & { model: ModelSpec }, cluster: Cluster, globalBatchOverride?: number | Sourced<number>): Plan {
  const p = spec.parallel;
  const t = spec.training;
  const world = gpuCount(cluster);
  const sources: Record<string, Sourced<unknown>> = {};
  const pick = <T>(key: string, s: Sourced<T> | undefined, fallback: () => Sourced<T>): T => {
    const v = s ?? fallback();
    sources[key] = v;
    return v.value;
  };
  const fromTrainer = <T>(key: string, s: Sourced<T> | undefined, value: T): T => pick(key, s, () => assumed(value, trainerDefault(spec)));
  const tp = pick('tp', p.tp, () => assumed(1, { id: 'prov.defaultDegree', args: { dim: 'TP' } }));
  const pp = pick('pp', p.pp, () => assumed(1, { id: 'prov.defaultDegree', args: { dim: 'PP' } }));
  // torchtitan's split: its virtual stages per rank, and the layers of each stage, from the model's depth.
  const weighted = p.ppWeighted && pp > 1 ? p.ppWeighted : undefined;
  const stageCount = weighted
    ? weighted.value.layersPerStage
      ? Math.ceil((spec.model.layers.value + weighted.value.input + weighted.value.output) / weighted.value.layersPerStage)
      : pp * (weighted.value.stagesPerRank ?? 1)
    : 0;
  const vpp = pick('vpp', p.vpp, () =>
    weighted && stageCount % pp === 0
      ? derived(stageCount / pp, { id: 'prov.torchtitanStages', args: { stages: stageCount } }, weighted)
      : assumed(1, { id: 'prov.defaultDegree', args: { dim: 'VPP' } }),
  );
  const weightedSplit = weighted ? weightedChunks(spec.model.layers.value, stageCount, weighted.value.input, weighted.value.output) : undefined;
  const cp = pick('cp', p.cp, () => assumed(1, { id: 'prov.defaultDegree', args: { dim: 'CP' } }));
  const ep = pick('ep', p.ep, () => assumed(1, { id: 'prov.defaultDegree', args: { dim: 'EP' } }));
  if (p.etp) sources['etp'] = p.etp;
  for (const k of ['ppFirstLayers', 'ppLastLayers', 'ppEmbeddingLayer', 'ppLossLayer', 'ppChunks', 'ppWeighted'] as const) if (p[k]) sources[k] = p[k];
  const dp = pick('dp', p.dp, () => derived(Math.max(1, Math.floor(world / (tp * pp * cp))), { id: 'prov.dpFromWorld', args: { world } }));
  const override =
    typeof globalBatchOverride === 'number'
      ? overridden(globalBatchOverride, { id: 'prov.globalBatchOverride', args: { value: globalBatchOverride } })
      : globalBatchOverride;
  // A global batch and its accumulation without a micro-batch (Levanter's per_device_parallelism -1: no accumulation): what each
  // data-parallel rank then takes at once.
  const stated = override ?? t.globalBatch;
  const share = stated && t.gradAccum ? stated.value / (dp * t.gradAccum.value) : 0;
  const microBatch = pick('microBatch', t.microBatch, () =>
    stated && t.gradAccum && Number.isInteger(share) && share >= 1
      ? derived(share, { id: 'prov.microFromGlobal', args: { global: stated.value, dp, steps: t.gradAccum.value } }, stated, t.gradAccum)
      : assumed(1, { id: 'prov.defaultMicroBatch' }),
  );
  const globalBatch = pick('globalBatch', override ?? t.globalBatch, () =>
    t.gradAccum
      ? derived(microBatch * dp * t.gradAccum.value, { id: 'prov.globalFromMicro' }, t.gradAccum)
      : assumed(microBatch * dp, { id: 'prov.defaultGlobalBatch' }),
  );
  if (t.gradAccum) sources['gradAccum'] = t.gradAccum;
  const recompute = pick('recompute', t.recompute, () => assumed('none' as Recompute, { id: 'prov.defaultRecompute' }));
  const zero = (t.zeroStage?.value ?? (t.fsdp?.value ? 3 : 0)) as 0 | 1 | 2 | 3;
  const policy: LayoutPolicy = {
    zero,
    // (Under ZeRO or FSDP the state is sharded already: Megatron's distributed optimizer is no question to assume an answer to.)
    distributedOptimizer:
      zero >= 1 && !t.distributedOptimizer ? false : fromTrainer('distributedOptimizer', t.distributedOptimizer, spec.trainer.distributedOptimizer),
    sequenceParallel: fromTrainer('sp', p.sp, spec.trainer.sequenceParallel),
    etp: p.etp?.value,
    ...(spec.trainer.dataParallelOnly ? { dataParallelOnly: true } : {}),
    ...(spec.trainer.shardsWhenDistributed && t.zeroStage === undefined && !t.fsdp ? { shardWhenDistributed: true } : {}),
    ...(p.ppFirstLayers || p.ppLastLayers || p.ppEmbeddingLayer?.value || p.ppLossLayer?.value || p.ppChunks || weightedSplit
      ? {
          stages: {
            ...(p.ppChunks ? { chunks: p.ppChunks.value } : weightedSplit ? { chunks: weightedSplit } : {}),
            ...(p.ppFirstLayers ? { first: p.ppFirstLayers.value } : {}),
            ...(p.ppLastLayers ? { last: p.ppLastLayers.value } : {}),
            ...(p.ppEmbeddingLayer?.value ? { embedding: true } : {}),
            ...(p.ppLossLayer?.value ? { loss: true } : {}),
          },
        }
      : {}),
  };
  if (policy.shardWhenDistributed && dp * cp > 1)
    sources['zeroStage'] = assumed(3, { id: 'prov.shardsWhenDistributed', args: { trainer: spec.trainer.name ?? '' } });
  // What "selective" recomputes: the file's choice, else the trainer's default (assumed), for a selective layout.
  const trainerSelective = spec.trainer.selectiveRecompute;
  const selectiveRecompute =
    recompute === 'selective' && (t.selectiveRecompute || trainerSelective)
      ? pick('selectiveRecompute', t.selectiveRecompute, () => assumed(trainerSelective!, trainerDefault(spec)))
      : t.selectiveRecompute?.value;
  // (No file states it: a launch whose script is not here, a model config alone.)
  // (The Hugging Face Trainer with neither bf16 nor fp16 set trains an fp32 checkpoint in fp32.)
  const fp32 = spec.trainer.halfWhenSet && spec.model.checkpointDtype?.value === 'float32';
  const precision = pick('precision', t.precision, () =>
    fp32
      ? assumed('fp32' as const, { id: 'prov.trainerFp32', args: { trainer: spec.trainer.name ?? '' } })
      : assumed<NonNullable<typeof t.precision>['value']>('bf16', { id: 'prov.precisionDefault' }),
  );
  const fp32Grads = fromTrainer('fp32Grads', t.fp32Grads, spec.trainer.fp32Grads);
  const params = analyzeParams(spec.model);
  const method = analyzeMethod(spec.model, t, params);
  return {
    world,
    sources,
    policy,
    layout: layoutOf({ tp, pp, vpp, dp, cp, ep, microBatch, recompute }, policy),
    workload: {
      model: spec.model,
      // Prompt tuning's virtual tokens run through every layer with the sequence.
      seqLen: t.seqLen.value + method.virtualTokens,
      globalBatch,
      precision,
      optimizer: t.optimizer?.value ?? 'adam',
      fp32Grads,
      ...(t.momentBytes ? { momentBytes: t.momentBytes.value } : {}),
      ...(t.fp8Params?.value && (precision === 'fp8' || precision === 'fp4') ? { fp8Params: true } : {}),
      ...(t.fp8OutputProj?.value ? { fp8OutputProj: true } : {}),
      ...(t.shardGroup ? { shardGroup: t.shardGroup.value } : {}),
      ...(t.shardReplicas && !t.shardGroup ? { shardReplicas: t.shardReplicas.value } : {}),
      ...(precision === 'fp8' && t.fp8Recipe ? { fp8Recipe: t.fp8Recipe.value } : {}),
      fp32GradReduce: fp32Grads && precision !== 'fp16',
      trainIters: t.trainIters?.value,
      trainTokens: t.trainTokens?.value,
      sweepTrials: t.sweepTrials?.value,
      overlapGradReduce: fromTrainer('overlapGradReduce', t.overlapGradReduce, spec.trainer.overlapGradReduce),
      tpCommOverlap: t.tpCommOverlap?.value ?? false,
      attentionScores: t.attentionScores?.value ?? false,
      epCommOverlap: t.epCommOverlap?.value ?? false,
      epNodeDispatch: t.epNodeDispatch?.value ?? false,
      ...(t.epCommSms ? { epCommSms: t.epCommSms.value } : {}),
      ...(t.expertCapacity ? { expertCapacity: { factor: t.expertCapacity.value, padded: t.expertPadding?.value ?? false } } : {}),
      ...(t.moeHostSync?.value ? { moeHostSync: true } : {}),
      ...(t.gluOffsetSync?.value ? { gluOffsetSync: true } : {}),
      overlapParamGather: fromTrainer('overlapParamGather', t.overlapParamGather, spec.trainer.overlapParamGather ?? false),
      ...(t.preference && t.preference.value.sequences > 1 ? { sequencesPerSample: t.preference.value.sequences } : {}),
      ...(t.logitsTokens && t.logitsTokens.value < t.seqLen.value ? { logitsTokens: t.logitsTokens.value } : {}),
      ...(t.targetLen && spec.model.encoderDecoder && !spec.model.encoderDecoder.audio ? { targetLen: t.targetLen.value } : {}),
      ...(t.preference?.value.reference === 'copy' ? { referenceCopy: true } : {}),
      method: {
        adapterPerToken: method.adapterPerToken,
        frozenBase: method.frozenBase,
        ...(method.extraForwards ? { extraForwards: method.extraForwards } : {}),
        ...(method.headShare !== undefined ? { headShare: method.headShare } : {}),
        trainedPerToken: method.trainedPerToken,
        trainableShare: params.total.value > 0 ? method.trainable.value / params.total.value : 1,
        denseBytes: method.denseBytes,
        heldBytes: method.heldBytes,
        savedPerTokenLayer: method.savedPerTokenLayer,
        // (So too in pure 16-bit training, torchtune's: the trained weights are the base's, stepped where they are.)
        ...(method.kind === 'freeze' && (t.distributedOptimizer?.value || t.masterWeights?.value === false) ? { trainedInBase: true } : {}),
      },
      quantization: t.quantization?.value,
      masterWeights: t.masterWeights?.value ?? true,
      adapterTargets: t.adapter?.targets.value,
      offloadOptimizer: t.offloadOptimizer?.value ?? false,
      ...(t.offloadOptimizer?.value && t.optimizerOffloadFraction ? { optimizerOffloadFraction: t.optimizerOffloadFraction.value } : {}),
      offloadParams: t.offloadParams?.value ?? false,
      ...(t.expertsOnHost?.value && spec.model.moe ? { expertsOnHost: true } : {}),
      fp32Weights: t.fp32Weights?.value ?? false,
      freesGradients: (spec.trainer.freesGradients ?? false) && t.zeroStage === undefined,
      attentionKernel: spec.trainer.attentionKernel,
      megatronKernels: spec.trainer.megatronKernels,
      compiled: t.compiled?.value ?? false,
      ...(t.lossCompiled?.value ? { lossCompiled: true } : {}),
      ...(t.vocabTiles && t.vocabTiles.value > 1 ? { vocabTiles: t.vocabTiles.value } : {}),
      optimizerInBackward: t.optimizerInBackward?.value ?? false,
      ...(t.pagedOptimizer?.value ? { pagedOptimizer: true } : {}),
      activationOffload: t.activationOffload?.value ?? false,
      ...(t.offloadLayers?.value ? { offloadLayers: t.offloadLayers.value } : {}),
      loss: t.loss?.value ?? spec.trainer.loss,
      quantKernel: spec.trainer.quantKernel,
      fullStateLoad: spec.trainer.fullStateLoad,
      // Liger's kernels replace the eager RMSNorm (and RoPE and SwiGLU) with fused ones.
      norm: spec.training.fusedKernels?.value ? 'fused' : spec.trainer.norm,
      fusedQkv: spec.trainer.fusedQkv,
      expandKv: spec.trainer.expandKv,
      quantizeHead: spec.trainer.quantizeHead,
      quantizedFromHalf: spec.trainer.quantizedFromHalf,
      selectiveRecompute,
      fullRecompute:
        recompute === 'full' && t.recomputeMethod
          ? { method: t.recomputeMethod.value, layers: pick('recomputeLayers', t.recomputeLayers, () => assumed(1, trainerDefault(spec))) }
          : undefined,
      adapterDropout: (t.adapter?.dropout?.value ?? 0) > 0,
    },
  };
}

/** Tokens per optimizer step: global batch × sequence length (× the sequences of each sample: preference training's pairs). */
export function tokensPerStep(w: Pick<Workload, 'globalBatch' | 'seqLen' | 'sequencesPerSample'>): number {
  return w.globalBatch * w.seqLen * (w.sequencesPerSample ?? 1);
}

/**
 * The layout and workload in sequences, as the layers see them: preference training's samples are each
 * `sequencesPerSample` sequences, so a micro-batch of b samples runs b × that many (the number of micro-batches is unchanged).
 */
export function inSequences<L extends Pick<Layout, 'microBatch'>, W extends Pick<Workload, 'globalBatch' | 'sequencesPerSample'>>(l: L, w: W): [L, W] {
  const n = w.sequencesPerSample ?? 1;
  return n === 1
    ? [l, w]
    : [
        { ...l, microBatch: l.microBatch * n },
        { ...w, globalBatch: w.globalBatch * n, sequencesPerSample: 1 },
      ];
}

/** Tokens the whole run trains on: stated, or iterations × tokens per step; undefined when the files state neither. */
export function trainingTokens(w: Workload): number | undefined {
  return w.trainTokens ?? (w.trainIters !== undefined ? w.trainIters * tokensPerStep(w) : undefined);
}

/** Micro-batches per pipeline per step. */
export function microBatches(l: Pick<Layout, 'microBatch' | 'dp'>, w: Pick<Workload, 'globalBatch'>): number {
  return w.globalBatch / (l.microBatch * l.dp);
}

/** The divisors of n up to max, ascending. */
export function divisors(n: number, max = n): number[] {
  const out: number[] = [];
  for (let i = 1; i <= Math.min(n, max); i++) if (n % i === 0) out.push(i);
  return out;
}

/**
 * A context-parallel chunk (each of the 2·CP pieces of a sequence) shorter than this cannot hide the
 * ring's K/V exchange behind its attention (formulas.md §4: "thousands of tokens"): the search does
 * not go there, the largest useful CP stops there, and a layout below it gets a warning.
 */
export const CP_MIN_CHUNK_TOKENS = 1024;

/** Context-parallel degrees considered: powers of two, as ring attention splits a sequence in halves (Megatron-Core's load-balanced CP). */
export const CP_DEGREES: readonly number[] = [1, 2, 4, 8, 16, 32, 64];

/** Pipeline degrees (without interleaving) that split the layers as the files ask: the divisors of L for an even split. */
export function pipelineDegrees(L: number, split?: StageSplit): number[] {
  const out: number[] = [];
  for (let p = 1; p <= L; p++) if ('shape' in stageLayers(L, p, 1, split)) out.push(p);
  return out;
}

/** Degrees that cannot run for this model on this many GPUs (formulas.md §4). */
export function degreeViolations(l: Layout, w: Workload, world: number): Violation[] {
  const m = w.model;
  const a = m.heads.value;
  const g = m.kvHeads.value;
  const h = m.hidden.value;
  const f = m.ffnWidth.value;
  const L = m.layers.value;
  const out: Violation[] = [];
  const v = (dimension: Violation['dimension'], id: Message['id'], args: Record<string, string | number>, dependsOnSize = false) =>
    out.push({ dimension, message: { id, args }, ...(dependsOnSize ? { dependsOnSize } : {}) });

  // A state-space stack without attention (Mamba) has no heads to split; its mixer's heads and groups split instead.
  const attends = attentionLayers(m) > 0;
  if (attends && a % l.tp !== 0) v('tp', 'rule.tpHeads', { t: l.tp, a });
  else if (attends && !m.mla && g % l.tp !== 0 && l.tp % g !== 0) v('tp', 'rule.tpKvHeads', { t: l.tp, g });
  const ssm = m.hybrid?.ssm;
  if (ssm) {
    // Megatron-Core's MambaMixer: n_h and g divisible by TP (Mamba-1's inner width likewise).
    // (LFM2's short convolution splits its channels, as Mamba-1 its inner width; MiniMax's lightning attention and Kimi Delta
    // Attention their heads.)
    const units =
      ssm.kind.value === 'lightning' || ssm.kind.value === 'kda' || ssm.kind.value === 'rwkv6' || ssm.kind.value === 'rwkv7'
        ? [ssm.heads.value]
        : ssm.kind.value !== 'mamba' && ssm.kind.value !== 'shortconv'
          ? [ssm.heads.value, ssm.groups.value]
          : [ssm.inner.value];
    const bad = units.find((n) => n % l.tp !== 0);
    if (bad !== undefined) v('tp', 'rule.tpSsm', { t: l.tp, n: bad });
  }
  if (h % l.tp !== 0) v('tp', 'rule.tpHidden', { t: l.tp, h });
  if (f % l.tp !== 0 && !(m.moe && m.moe.layers.value.length === L)) v('tp', 'rule.tpFfn', { t: l.tp, f });
  if (l.sp && (l.microBatch * w.seqLen) % l.tp !== 0) v('tp', 'rule.spTokens', { t: l.tp, tokens: l.microBatch * w.seqLen });

  // (Virtual stages interleave a pipeline's: Megatron-Core's parallel_state refuses them without one.)
  if (l.vpp > 1 && l.pp === 1) v('pp', 'rule.vppNoPipeline', { v: l.vpp });
  const split = stageLayers(L, l.pp, l.vpp, l.stages);
  if ('violation' in split) out.push({ dimension: 'pp', message: split.violation });
  const mb = microBatches(l, w);
  if (Number.isInteger(mb) && l.vpp > 1 && mb % l.pp !== 0) v('pp', 'rule.vppMicroBatches', { m: mb, p: l.pp });

  if (l.cp > 1 && w.seqLen % (2 * l.cp) !== 0) v('cp', 'rule.cpSeq', { s: w.seqLen, c: l.cp });

  if (m.moe) {
    const E = m.moe.experts.value;
    if (l.ep > E) v('ep', 'rule.epExperts', { e: l.ep, E });
    else if (E % l.ep !== 0) v('ep', 'rule.epDivides', { e: l.ep, E });
    if (world % (l.etp * l.ep * l.pp) !== 0) v('ep', 'rule.epGrid', { world, e: l.ep, etp: l.etp, p: l.pp }, true);
  } else if (l.ep > 1) v('ep', 'rule.epDense', { e: l.ep });

  const used = l.tp * l.pp * l.cp * l.dp;
  if (used !== world) v('world', 'rule.world', { t: l.tp, p: l.pp, c: l.cp, d: l.dp, used, world }, true);
  return out;
}

/** The global batch must split into micro-batch × DP × gradient-accumulation steps. */
export function batchViolations(l: Layout, w: Workload): Violation[] {
  return w.globalBatch % (l.microBatch * l.dp) === 0
    ? []
    : [{ dimension: 'batch', message: { id: 'rule.dpBatch', args: { B: w.globalBatch, b: l.microBatch, d: l.dp } } }];
}

export interface DimensionRange {
  readonly dimension: Dimension;
  readonly degree: number;
  /** Degrees valid for this model on their own (divisibility). */
  readonly valid: readonly number[];
  /** The largest useful degree and why it stops there. */
  readonly maxUseful: number;
  readonly limit: Message;
}

/** Valid degrees and the largest useful one per dimension (formulas.md §4, ceilings). */
export function dimensionRanges(l: Layout, w: Workload, scaleUpDomain: number): DimensionRange[] {
  const m = w.model;
  const a = m.heads.value;
  const g = m.kvHeads.value;
  const L = m.layers.value;
  const s = w.seqLen;
  const tpValid = divisors(a).filter((t) => m.hidden.value % t === 0 && (m.mla || g % t === 0 || t % g === 0));
  const tpMax = Math.max(...tpValid.filter((t) => t <= Math.min(m.mla ? a : Math.max(g, 1) * 1, scaleUpDomain)), 1);
  const ppValid = pipelineDegrees(L, l.stages);
  const dpMax = Math.max(1, Math.floor(w.globalBatch / l.microBatch));
  const cpValid = CP_DEGREES.filter((c) => c === 1 || s % (2 * c) === 0);
  const cpMax = Math.max(1, ...cpValid.filter((c) => s / (2 * c) >= CP_MIN_CHUNK_TOKENS));
  const out: DimensionRange[] = [
    { dimension: 'tp', degree: l.tp, valid: tpValid, maxUseful: tpMax, limit: { id: 'limit.tp', args: { g, domain: scaleUpDomain } } },
    { dimension: 'pp', degree: l.pp, valid: ppValid, maxUseful: L, limit: { id: 'limit.pp', args: { L } } },
    { dimension: 'dp', degree: l.dp, valid: [], maxUseful: dpMax, limit: { id: 'limit.dp', args: { B: w.globalBatch, b: l.microBatch } } },
    { dimension: 'cp', degree: l.cp, valid: cpValid, maxUseful: cpMax, limit: { id: 'limit.cp', args: { s } } },
  ];
  if (m.moe)
    out.push({
      dimension: 'ep',
      degree: l.ep,
      valid: divisors(m.moe.experts.value),
      maxUseful: m.moe.experts.value,
      limit: { id: 'limit.ep', args: { E: m.moe.experts.value } },
    });
  return out;
}

/** How many GPUs one step can keep busy: the product of the useful ceilings of TP, PP, DP and CP. */
export function parallelismCeiling(ranges: readonly DimensionRange[]): number {
  return ranges.filter((r) => r.dimension !== 'ep').reduce((p, r) => p * r.maxUseful, 1);
}

export type Tier = 'scale-up' | 'scale-out';

/** Link tier of each dimension's group, placing TP innermost, then CP, EP, PP and DP outermost. */
export function placement(l: Layout, scaleUpDomain: number): Record<Dimension, Tier> {
  const tier = (span: number): Tier => (span <= scaleUpDomain ? 'scale-up' : 'scale-out');
  return {
    tp: tier(l.tp),
    cp: tier(l.tp * l.cp),
    ep: tier(l.etp * l.ep),
    pp: tier(l.tp * l.cp * l.pp),
    dp: tier(l.tp * l.cp * l.pp * l.dp),
  };
}

/**
 * The routed tokens an expert processes over its balanced share: its capacity factor when its input is padded to it, at most 1
 * when tokens beyond it are dropped (under balanced routing none are at a factor of 1 or more), 1 when dropless.
 */
export function expertLoad(w: Pick<Workload, 'expertCapacity'>): number {
  const c = w.expertCapacity;
  return !c ? 1 : c.padded ? c.factor : Math.min(1, c.factor);
}

/** The ranks hybrid sharding spans: the group written, or the data-parallel ranks over the replicas (at least one). */
export function shardGroupOf(l: Pick<Layout, 'dp' | 'cp'>, w: Pick<Workload, 'shardGroup' | 'shardReplicas'>): number | undefined {
  return w.shardGroup ?? (w.shardReplicas ? Math.max(1, Math.floor((l.dp * l.cp) / w.shardReplicas)) : undefined);
}
