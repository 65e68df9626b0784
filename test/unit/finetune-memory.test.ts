/**
 * Fine-tuning memory against published peaks (test/fixtures/reference/calibration/finetune-memory.tsv,
 * rows named by row_id): the loss's copies of the logits, frozen linears that save no input,
 * optimizer-in-backward, paged optimizer state and Lightning's full-state load into FSDP.
 */
import { strict as assert } from 'node:assert';
import { memoryPerGpu, type MemoryBreakdown } from '../../src/core/analysis/memory';
import { planFromSpec, type Workload } from '../../src/core/analysis/parallel';
import { clusterFromFile } from '../../src/core/hardware/cluster';
import { catalogueModel } from '../../src/core/recognize/hf';
import { findModel } from '../../src/core/recognize/catalogue/models';
import { dataParallelDefaults } from '../../src/core/recognize/trainer';
import { specSchema, type AdapterTarget } from '../../src/core/spec';
import type { Sourced } from '../../src/core/types';

const given = <T>(value: T): Sourced<T> => ({ value, source: { kind: 'override', reason: { id: 'prov.whatIf', args: {} } } });

interface Run {
  model: string;
  seqLen: number;
  microBatch: number;
  gpus?: number;
  recompute: 'none' | 'full';
  optimizer: string;
  masterWeights?: boolean;
  adapter?: { rank: number; targets: AdapterTarget[] };
  fsdp?: boolean;
  settings: Partial<Workload>;
}

function memory(r: Run): MemoryBreakdown {
  const entry = findModel(r.model);
  assert.ok(entry, r.model);
  const model = catalogueModel(given(entry.id)).model;
  assert.ok(model, r.model);
  const gpus = r.gpus ?? 1;
  const training: Record<string, unknown> = {
    seqLen: given(r.seqLen),
    microBatch: given(r.microBatch),
    globalBatch: given(r.microBatch * gpus),
    finetune: given(true),
    precision: given('bf16'),
    masterWeights: given(r.masterWeights ?? false),
    optimizer: given(r.optimizer),
    recompute: given(r.recompute),
  };
  if (r.adapter) training['adapter'] = { kind: given('lora'), rank: given(r.adapter.rank), targets: given(r.adapter.targets) };
  if (r.fsdp) training['fsdp'] = given(true);
  const spec = specSchema.parse({ family: 'generic', trainer: dataParallelDefaults('test'), model, training, parallel: { dp: given(gpus) } });
  const cluster = clusterFromFile({ accelerator: 'a100-80gb', gpusPerNode: Math.min(8, gpus) }, given('test'), gpus);
  const plan = planFromSpec(spec as Parameters<typeof planFromSpec>[0], cluster);
  return memoryPerGpu(plan.layout, { ...plan.workload, ...r.settings });
}

/** The tensors the allocator sees (allocated / active), the larger of training and checkpoint loading. */
const allocated = (m: MemoryBreakdown) => Math.max(m.weights + m.gradients + m.optimizer + m.activations + m.logits + m.gathered, m.loadPeak);
const GiB = 2 ** 30;
const within = (predicted: number, published: number, tolerance: number) =>
  assert.ok(Math.abs(predicted / published - 1) <= tolerance, `${(predicted / GiB).toFixed(2)} GiB vs ${(published / GiB).toFixed(2)} GiB published`);

describe('fine-tuning memory against published peaks', () => {
  it('torchtune lora_finetune.rst (row 138): Llama-2-7B, r 8 on q, v, 2 × 512, AC: 15.57 GB reserved, within 8 %', () => {
    const m = memory({
      model: 'llama-2-7b',
      seqLen: 512,
      microBatch: 2,
      recompute: 'full',
      optimizer: 'adamw',
      adapter: { rank: 8, targets: ['q', 'v'] },
      settings: { loss: 'fp32' },
    });
    within(allocated(m) * 1.05, 15.57e9, 0.08);
  });

  it('torchtune 7B_full_low_memory (row 135): optimizer-in-backward and paged state, 14.97 GB within 8 %; without them over twice that', () => {
    const run: Run = { model: 'llama-2-7b', seqLen: 512, microBatch: 2, recompute: 'full', optimizer: 'adamw', settings: {} };
    const low = memory({ ...run, settings: { loss: 'fp32', fp32OptimizerStates: true, pagedOptimizer: true, optimizerInBackward: true } });
    within(allocated(low), 14.97e9, 0.08);
    assert.ok(low.pagedOptimizer > 50e9, 'paged 32-bit Adam state: 8 bytes a parameter, outside the allocator');
    assert.ok(allocated(memory({ ...run, settings: { loss: 'fp32' } })) > 2 * 14.97e9);
  });

  it('LitGPT resource tables (row 42): Llama-2-7B LoRA on 2 GPUs with FSDP loads the full weights on each rank: 22.18 GB within 12 %', () => {
    const run: Run = {
      model: 'llama-2-7b',
      seqLen: 1304,
      microBatch: 1,
      gpus: 2,
      recompute: 'full',
      optimizer: 'adamw',
      fsdp: true,
      adapter: { rank: 8, targets: ['q', 'v'] },
      settings: { loss: 'native', fullStateLoad: true },
    };
    within(allocated(memory(run)), 22.18e9, 0.12);
    assert.ok(allocated(memory({ ...run, settings: { loss: 'native' } })) < 0.6 * 22.18e9, 'training alone holds half the weights');
  });

  it('the loss: an fp32 upcast holds 14 bytes a logit, LitGPT bf16 8, torchtune chunked 6, Megatron fused 4', () => {
    const run: Run = { model: 'llama-2-7b', seqLen: 512, microBatch: 2, recompute: 'full', optimizer: 'adamw', settings: {} };
    const logits = (loss: Workload['loss']) => memory({ ...run, settings: { loss } }).logits / (512 * 2 * 32000);
    assert.deepEqual([logits('fp32'), logits('native'), logits('chunked-fp32'), logits('fused')], [14, 8, 6, 4]);
  });
});
