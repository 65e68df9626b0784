/**
 * What a trainer does where its files are silent (its defaults), and how a layout value is written
 * into its files (the keys an edit writes back). Each family module declares its own; the registry
 * in ./index.ts maps a family to it, so analysis and checks never test a family name.
 */
import type { Fact, TextEdit } from '../types';
import type { TrainerDefaults as SpecTrainerDefaults } from '../spec';

/** Defaults that change memory and communication, each from the trainer's own code or docs (spec.ts trainerDefaultsSchema). */
export type TrainerDefaults = Readonly<SpecTrainerDefaults>;

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
 * eager RMSNorms on an fp32 copy (LlamaRMSNorm), gradients set to None after each step (model.zero_grad()); DDP, FSDP or
 * DeepSpeed ZeRO, no model parallelism; 16-bit training only where bf16 or fp16 is set.
 */
export function hfTrainerDefaults(name: string): TrainerDefaults {
  return { ...dataParallelDefaults(name), loss: 'fp32', norm: 'eager-fp32', freesGradients: true, dataParallelOnly: true, halfWhenSet: true };
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
