import { strict as assert } from 'node:assert';
import { analyzeFiles } from '../../src/core/pipeline';
import { testCluster } from './helpers/cluster';
import { memoryPerGpu } from '../../src/core/analysis/memory';
import { flopsPerToken } from '../../src/core/analysis/time';

// On H200: the model puts block 5 at about 100 GB per GPU (see issue #14's note on FP8 runs the model over-counts).
const h200x8 = testCluster('h200', 8);

// Llama 3 8B on 8 GPUs with the layout of Megatron-Bridge's llama3_8b_pretrain_8gpu_h100 recipe runs it: DP 8, micro-batch 1, sequence 8192,
// full recompute by the block method over 5 layers (performance summary 25.09-25.11).
const script = (recompute: string) =>
  'torchrun --nnodes 1 --nproc-per-node 8 pretrain_gpt.py --num-layers 32 --hidden-size 4096 --ffn-hidden-size 14336 --num-attention-heads 32 ' +
  '--group-query-attention --num-query-groups 8 --swiglu --normalization RMSNorm --position-embedding-type rope --untie-embeddings-and-output-weights ' +
  `--vocab-size 128256 --seq-length 8192 --micro-batch-size 1 --global-batch-size 128 --bf16 --use-distributed-optimizer ${recompute}\n`;
const analyze = (recompute: string) => analyzeFiles([{ path: 'run.sh', text: script(recompute) }], { cluster: h200x8 })[0]!.analysis!.cluster;

describe("Megatron's full recompute methods (--recompute-method, --recompute-num-layers)", () => {
  const every = analyze('--recompute-granularity full --recompute-method uniform --recompute-num-layers 1');
  const { layout, workload } = every.plan;
  const none = memoryPerGpu({ ...layout, recompute: 'none' }, workload).activations;
  // Per layer: W everything (none / 32), F its input only; full recompute one layer at a time: 32·F + W.
  const W = none / 32;
  const F = (every.memory.activations - W) / 32;

  it('block 5: the first 5 layers keep their input, the other 27 everything, one recomputed layer at a time', () => {
    const c = analyze('--recompute-granularity full --recompute-method block --recompute-num-layers 5');
    assert.deepEqual(c.plan.workload.fullRecompute, { method: 'block', layers: 5 });
    assert.ok(Math.abs(c.memory.activations / (5 * F + 27 * W + W) - 1) < 1e-12);
    // And 5 of 32 layers run their forward again.
    const f = flopsPerToken(c.plan.workload, 'full', 'causal', c.plan.layout);
    const all = flopsPerToken(workload, 'full', 'causal', layout);
    assert.ok(Math.abs((f.hardware - f.model) / (all.hardware - all.model) - 5 / 32) < 1e-12);
    assert.ok(c.step!.throughput.stepSeconds < every.step!.throughput.stepSeconds);
  });

  it('uniform 4: 8 chunks of 4 layers keep their input; a chunk of 4 layers is recomputed at once', () => {
    const c = analyze('--recompute-granularity full --recompute-method uniform --recompute-num-layers 4');
    assert.ok(Math.abs(c.memory.activations / (8 * F + 4 * W) - 1) < 1e-12);
    assert.equal(flopsPerToken(c.plan.workload, 'full', 'causal', c.plan.layout).hardware, flopsPerToken(workload, 'full', 'causal', layout).hardware);
  });

  it("the method without --recompute-num-layers is one layer, Megatron-LM's default, listed as assumed", () => {
    const c = analyze('--recompute-granularity full --recompute-method block');
    assert.deepEqual(c.plan.workload.fullRecompute, { method: 'block', layers: 1 });
    assert.equal(c.plan.sources['recomputeLayers']?.source.kind, 'assumed');
  });
});
