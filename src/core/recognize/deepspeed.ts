/**
 * DeepSpeed JSON (also the DeepSpeed keys GPT-NeoX YAML embeds): batch sizes and their relation
 * train_batch_size = micro × accumulation × data-parallel size, ZeRO stage, offload, precision,
 * optimizer. "auto" values (filled in by the HF Trainer / Axolotl at launch) are left unset, with
 * a note.
 */
import type { Finding } from '../types';
import { derived, finding } from '../types';
import {
  defined,
  emptyRecognition,
  FactReader,
  mapped,
  optimizerOf,
  type FileRecognition,
  type ParallelPart,
  type RecognizeContext,
  type TrainingPart,
} from './common';

export const DEEPSPEED_KEYS = [
  'zero_optimization.stage',
  'train_micro_batch_size_per_gpu',
  'train_batch_size',
  'zero_optimization.offload_optimizer.device',
  'fp16.enabled',
  'bf16.enabled',
];

export function readDeepspeed(r: FactReader): { training: TrainingPart; parallel: ParallelPart; findings: Finding[] } {
  const findings: Finding[] = [];
  const read = (key: string) => {
    if (r.isAuto(key)) {
      const f = r.present(key)!;
      findings.push(finding('auto', 'info', { id: 'deepspeed.auto', args: { key } }, { file: f.file, range: f.valueRange }));
      return undefined;
    }
    return r.int([key]);
  };
  const micro = read('train_micro_batch_size_per_gpu');
  const accum = read('gradient_accumulation_steps');
  const global = read('train_batch_size');
  const enabled = (key: string) => (r.isAuto(key) ? undefined : r.bool([key]));
  const bf16 = enabled('bf16.enabled');
  const fp16 = enabled('fp16.enabled') ?? enabled('fp16.fp16');
  const offload = (key: string) => mapped(r.str([key]), (v) => v !== 'none');
  const training: TrainingPart = defined({
    microBatch: micro,
    gradAccum: accum,
    globalBatch: global,
    zeroStage: r.int(['zero_optimization.stage'], { min: 0, max: 3 }),
    offloadOptimizer: offload('zero_optimization.offload_optimizer.device') ?? r.bool(['zero_optimization.cpu_offload']),
    offloadParams: offload('zero_optimization.offload_param.device') ?? r.bool(['zero_optimization.cpu_offload_params']),
    precision: bf16?.value ? mapped(bf16, () => 'bf16' as const) : fp16?.value ? mapped(fp16, () => 'fp16' as const) : undefined,
    optimizer: mapped(r.str(['optimizer.type']), optimizerOf),
    overlapGradReduce: r.bool(['zero_optimization.overlap_comm']),
  });
  paramOffloadBelowStage3(r, training, findings, ['zero_optimization.offload_param.device', 'zero_optimization.cpu_offload_params']);
  const parallel: ParallelPart = {};
  // DeepSpeed's AutoTP training (runtime/tensor_parallel/config.py TPTrainingConfig.autotp_size: the tensor-parallel size, 0
  // disabled): the model's linears split over that many ranks, ZeRO over the rest.
  const autotp = r.int(['tensor_parallel.autotp_size'], { min: 0 });
  if (autotp && autotp.value > 1) parallel.tp = autotp;
  if (micro && accum && global) {
    const dp = global.value / (micro.value * accum.value);
    if (Number.isInteger(dp) && dp >= 1) parallel.dp = derived(dp, { id: 'prov.dpFromBatch' }, global, micro, accum);
    else {
      const where = global.source.kind === 'fact' ? { file: global.source.file, range: global.source.range } : undefined;
      findings.push(
        finding('batch-arithmetic', 'error', { id: 'deepspeed.batchMismatch', args: { global: global.value, micro: micro.value, accum: accum.value } }, where),
      );
    }
  }
  return { training, parallel, findings };
}

export function recognizeDeepspeed(ctx: RecognizeContext): FileRecognition {
  const r = new FactReader(ctx.facts);
  const { training, parallel, findings } = readDeepspeed(r);
  // A settings file of the user's own that borrows DeepSpeed's batch keys (read by a training script of theirs) and says, as the
  // Hugging Face Trainer names them, gradient_checkpointing, bf16 or fp16 as plain booleans (DeepSpeed's bf16 / fp16 are sections).
  const ckpt = r.bool(['gradient_checkpointing']);
  if (ckpt) training.recompute = { value: ckpt.value ? ('full' as const) : ('none' as const), source: ckpt.source };
  const plain = (key: string) => (r.bool([key])?.value ? r.bool([key]) : undefined);
  if (!training.precision) {
    const bf16 = plain('bf16');
    const fp16 = plain('fp16');
    if (bf16) training.precision = mapped(bf16, () => 'bf16' as const);
    else if (fp16) training.precision = mapped(fp16, () => 'fp16' as const);
  }
  return { ...emptyRecognition('deepspeed', [...r.findings, ...findings]), training, parallel };
}

/**
 * DeepSpeed offloads parameters at ZeRO stage 3 only (its config docs: offload_param, "available only with ZeRO stage 3"): below
 * it, a parameter offload written in the config is dropped, and said where it is written.
 */
export function paramOffloadBelowStage3(r: FactReader, training: TrainingPart, findings: Finding[], keys: readonly string[]): void {
  const stage = training.zeroStage?.value;
  if (stage === undefined || stage >= 3 || !training.offloadParams?.value) return;
  delete training.offloadParams;
  const at = r.present(...keys);
  findings.push(finding('assumed', 'info', { id: 'deepspeed.paramOffloadStage', args: { stage } }, at ? { file: at.file, range: at.valueRange } : undefined));
}
