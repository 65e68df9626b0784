/**
 * What a trainer does where its files are silent (its defaults), and how a layout value is written
 * into its files (the keys an edit writes back). Each family module declares its own; the registry
 * in ./index.ts maps a family to it, so analysis and checks never test a family name.
 */
import type { Fact, TextEdit } from '../types';

/** Defaults that change memory and communication, each from the trainer's own code or docs. */
export interface TrainerDefaults {
  /** Named in the reason shown next to every value assumed from these defaults; absent when no trainer is named. */
  readonly name?: string;
  /** Optimizer state sharded over data-parallel ranks (Megatron's distributed optimizer, ZeRO-1). */
  readonly distributedOptimizer: boolean;
  /** Sequence parallelism whenever TP > 1. */
  readonly sequenceParallel: boolean;
  /** Gradients kept (and reduced) in fp32 next to 16-bit weights. */
  readonly fp32Grads: boolean;
  /** Gradient reduction overlapped with the backward pass. */
  readonly overlapGradReduce: boolean;
  /** A sharded optimizer's parameter all-gather overlapped with the next forward (absent: not). */
  readonly overlapParamGather?: boolean;
  /** How its loss turns logits into a gradient (analysis/memory.ts lossBytesPerLogit); Megatron's fused kernel when absent. */
  readonly loss?: 'fused' | 'fp32' | 'native' | 'chunked-fp32';
  /** The 4-bit matmul a quantized base runs through (bitsandbytes when absent). */
  readonly quantKernel?: 'bitsandbytes' | 'torchao';
  /** An FSDP run loads a consolidated checkpoint by gathering every weight on every rank first. */
  readonly fullStateLoad?: boolean;
  /** How its RMSNorms run (analysis/memory.ts eagerNormBytes); a fused kernel when absent. */
  readonly norm?: 'fused' | 'eager-fp32' | 'eager-fp32-scale';
  /** q, k and v are one fused linear (one adapter input); grouped keys and values are expanded before attention; a quantized base quantizes lm_head too. */
  readonly fusedQkv?: boolean;
  readonly expandKv?: boolean;
  readonly quantizeHead?: boolean;
  /** What its "selective" recomputes (analysis/parallel.ts Workload.selectiveRecompute); Megatron's attention core when absent. */
  readonly selectiveRecompute?: 'ops' | { readonly everyLayers: number };
}

/** The layout values an edit can write back ("Apply to config", quick fixes). */
export type LayoutField = 'tp' | 'pp' | 'vpp' | 'dp' | 'cp' | 'ep' | 'microBatch' | 'recompute';

export type LayoutValue = number | 'none' | 'selective' | 'full';

export interface LayoutWrites {
  /** The key or flag that sets each value in this family's files. */
  readonly keys: Readonly<Partial<Record<LayoutField, string>>>;
  /** The text a value is written as (a boolean key for recompute, say); String(value) otherwise. */
  readonly text?: (field: LayoutField, value: LayoutValue) => string;
  /** A value written by removing keys (Megatron has no `--recompute-granularity none`: no flag is no recomputation). */
  readonly unset?: { readonly field: LayoutField; readonly value: LayoutValue; readonly keys: readonly string[] };
  /** The edit that adds a key no file sets yet; undefined when this family's file cannot take one. */
  readonly add?: (file: { readonly path: string; readonly text: string }, facts: readonly Fact[], key: string, text: string) => TextEdit | undefined;
}

export interface Trainer {
  readonly defaults: TrainerDefaults;
  readonly writes?: LayoutWrites;
}

/** A new `key: value` line at the end of a YAML file. */
export function appendYamlKey(file: { readonly path: string; readonly text: string }, _facts: readonly Fact[], key: string, text: string): TextEdit {
  const t = file.text;
  return { file: file.path, range: { start: t.length, end: t.length }, newText: `${t.endsWith('\n') || t === '' ? '' : '\n'}${key}: ${text}\n` };
}

/**
 * A data-parallel trainer (PyTorch DDP, FSDP, DeepSpeed, the Hugging Face Trainer): nothing sharded
 * unless the files say so (ZeRO stage, FSDP), no sequence parallelism, 16-bit gradients reduced in
 * buckets while the backward pass runs (DDP's and DeepSpeed's default).
 */
export function dataParallelDefaults(name: string): TrainerDefaults {
  return { name, distributedOptimizer: false, sequenceParallel: false, fp32Grads: false, overlapGradReduce: true };
}

/**
 * The Hugging Face Trainer and the libraries on it (TRL, Axolotl, LLaMA-Factory, PEFT's examples):
 * data parallel, the loss computed on an fp32 upcast of the logits (transformers' ForCausalLMLoss),
 * eager RMSNorms on an fp32 copy (LlamaRMSNorm).
 */
export function hfTrainerDefaults(name: string): TrainerDefaults {
  return { ...dataParallelDefaults(name), loss: 'fp32', norm: 'eager-fp32' };
}

/**
 * No trainer named (a bare model config): the layout is the tool's own choice, with what current
 * trainers offer for it: optimizer state sharded over data parallel (ZeRO-1, Megatron's distributed
 * optimizer), sequence parallelism with TP, gradient reduction overlapped with the backward pass and
 * the parameter all-gather with the next forward.
 */
export const NO_TRAINER: Trainer = {
  defaults: { distributedOptimizer: true, sequenceParallel: true, fp32Grads: false, overlapGradReduce: true, overlapParamGather: true },
};
