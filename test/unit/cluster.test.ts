import { strict as assert } from 'node:assert';
import { analyzeFile, analyzeFiles } from '../../src/core/pipeline';
import { clusterFromFile, clusterJsonSchema, parseClusterFile } from '../../src/core/hardware/cluster';
import { ACCELERATORS } from '../../src/core/hardware/presets';
import { busFactor } from '../../src/core/analysis/comm';
import { capacityBytes, fusedKernelSavings, memoryPerGpu, modelStatesBytes } from '../../src/core/analysis/memory';
import { batchViolations, degreeViolations, planFromSpec, type Layout, type Workload } from '../../src/core/analysis/parallel';
import { searchLayouts } from '../../src/core/analysis/search';
import { scoreTrafficBytes, stepModel } from '../../src/core/analysis/time';
import { matmulEfficiency, peakFlops } from '../../src/core/hardware/efficiency';
import { whatIf } from '../../src/core/engine';
import { clusterForSpec } from '../../src/core/analysis/cluster';
import { buildReport } from '../../src/core/report/model';
import { render } from '../../src/core/messages';
import { fixtureText } from './helpers/fixtures';
import { precisionOf } from '../../src/core/recognize/common';
import { testCluster, TEST_ORIGIN as origin } from './helpers/cluster';

const cluster = testCluster;

function modelled(rel: string, set?: Record<string, string>) {
  const r = analyzeFile({ path: rel, text: fixtureText(rel) }, { set });
  assert.ok(r.spec?.model, rel);
  return r.spec as typeof r.spec & { model: NonNullable<NonNullable<typeof r.spec>['model']> };
}

describe('calibration: Megatron-LM weak scaling on A100 (formulas.md §6)', () => {
  // achieved TFLOP/s per GPU, 96-form (noncausal attention, recomputed forward included)
  const published: [string, number][] = [
    ['1.7B', 137],
    ['3.6B', 138],
    ['7.5B', 142],
    ['18B', 135],
    ['39B', 138],
    ['76B', 140],
    ['145B', 148],
    ['310B', 155],
    ['530B', 163],
    ['1T', 163],
  ];
  it('predicts every published TFLOP/s per GPU within ±7 % with one set of constants', () => {
    const lines = ['model  GPUs  TP  PP  VPP  predicted  published  error'];
    const errors: number[] = [];
    for (const [model, pub] of published) {
      const spec = modelled('megatron_handwritten/gpt_weak_scaling_a100.sh', { MODEL: model });
      const c = cluster('a100-80gb', spec.parallel.worldSize!.value);
      const plan = planFromSpec(spec, c);
      const s = stepModel(plan.layout, plan.workload, c, 'noncausal');
      const predicted = s.throughput.hardwareTflopsPerGpu;
      const err = (predicted - pub) / pub;
      errors.push(err);
      const l = plan.layout;
      lines.push(
        `${model.padEnd(5)}  ${String(plan.world).padStart(4)}  ${String(l.tp).padStart(2)}  ${String(l.pp).padStart(2)}  ${String(l.vpp).padStart(3)}  ${predicted.toFixed(1).padStart(9)}  ${String(pub).padStart(9)}  ${(err * 100).toFixed(1).padStart(5)} %`,
      );
    }
    console.log(`\n${lines.join('\n')}\n`);
    for (const [i, e] of errors.entries()) assert.ok(Math.abs(e) <= 0.07, `${published[i]![0]}: ${(e * 100).toFixed(1)} %`);
  });
});

describe('calibration: FP8 on H100 and GB200 (training-throughput.tsv)', () => {
  const launch = (kv: number, ffn: number, vocab: number, seq: number, mbs: number) =>
    [
      'torchrun --nnodes 1 --nproc-per-node 8 pretrain_gpt.py',
      '--num-layers 32 --hidden-size 4096 --num-attention-heads 32',
      ...(kv < 32 ? [`--group-query-attention --num-query-groups ${kv}`] : []),
      `--ffn-hidden-size ${ffn} --vocab-size ${vocab} --seq-length ${seq} --max-position-embeddings ${seq}`,
      '--swiglu --normalization RMSNorm --position-embedding-type rope --disable-bias-linear --untie-embeddings-and-output-weights',
      `--micro-batch-size ${mbs} --global-batch-size 128 --bf16 --fp8-format hybrid`,
      '--tensor-model-parallel-size 1 --pipeline-model-parallel-size 1',
      '--use-distributed-optimizer --overlap-grad-reduce --overlap-param-gather',
    ].join(' \\\n  ');
  const tokensPerGpu = (text: string, accelerator: string) => {
    const [a] = analyzeFiles([{ path: 'pretrain.sh', text }], { cluster: cluster(accelerator, 8) });
    return a!.analysis!.cluster.step!.throughput.tokensPerSecondPerGpu;
  };

  it('NeMo 24.07 Llama 2 7B FP8 on 8 × H100 (row 5): 16,934 tokens/s per GPU within 8 %; Megatron-Bridge 25.11 Llama 3 8B FP8 on 8 × GB200 (row 137): 31,508 within 8 %', () => {
    const h100 = tokensPerGpu(launch(32, 11008, 32000, 4096, 1), 'h100-sxm');
    const gb200 = tokensPerGpu(launch(8, 14336, 128256, 8192, 2), 'gb200-nvl72');
    assert.ok(Math.abs(h100 / 16934 - 1) <= 0.08, `${h100.toFixed(0)}`);
    assert.ok(Math.abs(gb200 / 31508 - 1) <= 0.08, `${gb200.toFixed(0)}`);
  });
});

describe('calibration: NVFP4 on GB200 (training-throughput.tsv)', () => {
  // Megatron-Bridge 26.04.01, Llama 3 70B, NVFP4 on 64 GB200: TP 2 · PP 4 × 5, micro-batch 1 × 8192, global batch 256 (row 60).
  const launch = (precision: string) =>
    [
      'torchrun --nnodes 16 --nproc-per-node 4 pretrain_gpt.py --num-layers 80 --hidden-size 8192 --num-attention-heads 64',
      '--group-query-attention --num-query-groups 8 --ffn-hidden-size 28672 --vocab-size 128256 --seq-length 8192 --max-position-embeddings 8192',
      '--swiglu --normalization RMSNorm --position-embedding-type rope --disable-bias-linear --untie-embeddings-and-output-weights',
      `--micro-batch-size 1 --global-batch-size 256 ${precision} --tensor-model-parallel-size 2 --pipeline-model-parallel-size 4`,
      '--virtual-pipeline-model-parallel-size 5 --sequence-parallel --tp-comm-overlap --use-distributed-optimizer --overlap-grad-reduce --overlap-param-gather',
    ].join(' \\\n  ');
  const analyzed = (precision: string) => analyzeFiles([{ path: 'pretrain.sh', text: launch(precision) }], { cluster: cluster('gb200-nvl72', 64) })[0]!;

  it('--fp4-format e2m1 is NVFP4 (the GEMMs) over --bf16 master weights; Llama 3 70B (row 60): 4,864 tokens/s per GPU within 8 %', () => {
    const r = analyzed('--bf16 --fp4-format e2m1 --fp4-recipe nvfp4');
    assert.equal(r.spec!.training.precision?.value, 'fp4');
    const step = r.analysis!.cluster.step!;
    assert.ok(Math.abs(step.throughput.tokensPerSecondPerGpu / 4864 - 1) <= 0.08, step.throughput.tokensPerSecondPerGpu.toFixed(0));
    assert.ok(step.mechanisms.some((m) => m.id === 'mech.fp4Attention'));
  });

  it('NVFP4 GEMMs at 2 × the FP8 peak × 0.6 / 0.8 of its efficiency: faster than FP8, attention at the same BF16 rate', () => {
    const fp4 = analyzed('--bf16 --fp4-format e2m1').analysis!.cluster.step!.throughput;
    const fp8 = analyzed('--bf16 --fp8-format hybrid').analysis!.cluster.step!.throughput;
    const speedup = fp8.computeSeconds / fp4.computeSeconds;
    assert.ok(speedup > 1 && speedup < (2 * 0.6) / 0.8, `NVFP4/FP8 compute speed-up ${speedup}`);
  });

  it("Megatron-Bridge's precision recipes name the GEMMs' precision after the master one: read as FP8 / NVFP4, not BF16", () => {
    assert.equal(precisionOf('bf16_with_fp8_current_scaling_mixed'), 'fp8');
    assert.equal(precisionOf('bf16_with_mxfp8_mixed'), 'fp8');
    assert.equal(precisionOf('bf16_with_nvfp4_mixed'), 'fp4');
    assert.equal(precisionOf('bf16-mixed'), 'bf16');
  });
});

describe("memory: Megatron-Core's kernels", () => {
  it('Llama 3 70B FP8 on 64 H100, TP 4 · PP 8 × 5, micro-batch 1 × 8192, no recompute (Megatron-Bridge, training-throughput.tsv row 61, it ran): fits in 80 GB with the fused SwiGLU and FP8-saved GEMM inputs, not without', () => {
    const text = [
      'torchrun --nnodes 8 --nproc-per-node 8 pretrain_gpt.py --num-layers 80 --hidden-size 8192 --num-attention-heads 64',
      '--group-query-attention --num-query-groups 8 --ffn-hidden-size 28672 --vocab-size 128256 --seq-length 8192 --max-position-embeddings 8192',
      '--swiglu --normalization RMSNorm --position-embedding-type rope --disable-bias-linear --untie-embeddings-and-output-weights',
      '--micro-batch-size 1 --global-batch-size 256 --bf16 --fp8-format hybrid --tensor-model-parallel-size 4 --pipeline-model-parallel-size 8',
      '--virtual-pipeline-model-parallel-size 5 --sequence-parallel --tp-comm-overlap --use-distributed-optimizer --overlap-grad-reduce --overlap-param-gather',
    ].join(' \\\n  ');
    const [a] = analyzeFiles([{ path: 'pretrain.sh', text }], { cluster: cluster('h100-sxm', 64) });
    const c = a!.analysis!.cluster;
    assert.ok(c.memory.fits, `${(c.memory.total / 1e9).toFixed(1)} GB`);
    const without = memoryPerGpu(c.plan.layout, { ...c.plan.workload, megatronKernels: false });
    assert.ok(without.total > capacityBytes(c.cluster), `${(without.total / 1e9).toFixed(1)} GB`);
    // The savings per layer and micro-batch: SwiGLU 2·f, FP8 2·h + f (bytes per token), over TP 4.
    assert.equal(fusedKernelSavings(c.plan.workload, c.plan.layout, 8192), ((2 * 28672 + 2 * 8192 + 28672) * 8192) / 4);
  });
});

/** Llama 3.1 8B as a Megatron-LM launch on one 8-GPU H100 node (TP 1 · CP 2, the distributed optimizer), with `extra` flags. */
function llama8bMegatron(extra: string) {
  const text = [
    'torchrun --nnodes 1 --nproc-per-node 8 pretrain_gpt.py --num-layers 32 --hidden-size 4096 --num-attention-heads 32',
    '--group-query-attention --num-query-groups 8 --ffn-hidden-size 14336 --vocab-size 128256 --seq-length 8192 --max-position-embeddings 8192',
    '--swiglu --normalization RMSNorm --position-embedding-type rope --disable-bias-linear --untie-embeddings-and-output-weights',
    `--micro-batch-size 1 --global-batch-size 128 --bf16 --context-parallel-size 2 --use-distributed-optimizer ${extra}`,
  ].join(' \\\n  ');
  return analyzeFiles([{ path: 'pretrain.sh', text }], { cluster: cluster('h100-sxm', 8) })[0]!.analysis!.cluster;
}

describe('Megatron-Core gradient buffer', () => {
  it('--grad-reduce-in-bf16: the gradient buffer and its reduce-scatter in bf16, half the fp32 that --bf16 otherwise keeps', () => {
    const fp32 = llama8bMegatron('--overlap-grad-reduce');
    const bf16 = llama8bMegatron('--overlap-grad-reduce --grad-reduce-in-bf16');
    // Llama 3.1 8B, TP 1: every parameter's gradient on every GPU, 4 bytes, then 2 (32.1 and 16.1 GB).
    assert.equal(Math.round(fp32.memory.gradients / 1e8), 321);
    assert.equal(bf16.memory.gradients * 2, fp32.memory.gradients);
    assert.equal(bf16.plan.sources['fp32Grads']?.source.kind, 'fact');
    // The distributed optimizer's reduce-scatter of the gradients and all-gather of the bf16 weights: 4 + 2 bytes, then 2 + 2.
    const dp = (c: typeof fp32) => c.step!.comm.find((x) => x.dimension === 'dp')!.bytesPerGpu;
    assert.ok(Math.abs(dp(bf16) / dp(fp32) - 4 / 6) < 1e-9);
    assert.ok(Math.abs(dp(fp32) / fp32.memory.gradients - 6 / 4) < 1e-9);
  });
});

describe('Megatron-Core FP8 parameters', () => {
  it("--fp8-param-gather: the layers' linear weights held and all-gathered in 1 byte, the embeddings, head and norms in 2", () => {
    const bf16 = llama8bMegatron('--fp8-format hybrid');
    const fp8 = llama8bMegatron('--fp8-format hybrid --fp8-param-gather');
    // Llama 3.1 8B: 32 layers × 218,112,000 linear weights in FP8; 2 × 525,336,576 (embedding, head) and the norms in bf16.
    const linear = 32 * (218112000 - 2 * 4096);
    const rest = 8030261248 - linear;
    // (The bytes per weight are the model's average, applied to what one GPU holds: within a millionth.)
    assert.ok(Math.abs(fp8.memory.weights / (linear + 2 * rest) - 1) < 1e-6, String(fp8.memory.weights));
    assert.ok(Math.abs(bf16.memory.weights / (2 * 8030261248) - 1) < 1e-6, String(bf16.memory.weights));
    const dp = (c: typeof bf16) => c.step!.comm.find((x) => x.dimension === 'dp')!.bytesPerGpu;
    assert.ok(dp(fp8) < dp(bf16));
  });
});

describe('Megatron-Core activation offloading', () => {
  it("--cpu-offloading-num-layers N: N of the stage's 32 layers keep their activations on the host, one layer's copy in flight", () => {
    const kept = llama8bMegatron('--overlap-grad-reduce');
    const off = llama8bMegatron('--overlap-grad-reduce --cpu-offloading --cpu-offloading-num-layers 16');
    // One micro-batch in flight (PP 1): the 32 layers' activations, then 16 of them plus one layer's.
    const perLayer = kept.memory.activations / 32;
    assert.ok(Math.abs(off.memory.activations / (17 * perLayer) - 1) < 1e-9, `${off.memory.activations} vs ${17 * perLayer}`);
  });
});

describe('reference results', () => {
  it('ZeRO example: Ψ = 7.5 B, d = 64 → 120 / 31.4 / 16.6 / 1.9 GB', () => {
    const gb = (stage: 0 | 1 | 2 | 3) => Math.round(modelStatesBytes(7.5e9, 64, stage).total / 1e8) / 10;
    assert.deepEqual([gb(0), gb(1), gb(2), gb(3)], [120, 31.4, 16.6, 1.9]);
  });

  it('nccl-tests bus-bandwidth factors', () => {
    assert.equal(busFactor('all-reduce', 8), 1.75);
    assert.equal(busFactor('all-gather + reduce-scatter', 8), 0.875);
    assert.equal(busFactor('all-to-all', 8), 0.875);
    assert.equal(busFactor('send/recv', 2), 1);
    assert.equal(busFactor('all-reduce', 1), 0);
  });
});

describe('validity rules', () => {
  const llama = modelled('hf_config/llama-3.1-8b.config.json');
  const c = cluster('h100-sxm', 64);
  const base = planFromSpec(llama, c);
  const w = { ...base.workload, seqLen: 8192, globalBatch: 512 };
  const layout = (o: Partial<Layout>): Layout => ({ ...base.layout, tp: 1, pp: 1, vpp: 1, cp: 1, dp: 64, microBatch: 1, ...o });
  const ids = (l: Layout, model: Workload = w) => [...degreeViolations(l, model, 64), ...batchViolations(l, model)].map((r) => `error:${r.message.id}`);

  it('TP 3 on 32 heads is invalid', () => {
    assert.ok(ids(layout({ tp: 3 })).includes('error:rule.tpHeads'));
  });
  it('TP 16 is valid only by replicating the 8 KV heads (a warning) and spans 8-GPU nodes (a warning)', () => {
    assert.deepEqual(ids(layout({ tp: 16, dp: 4 })), []);
    // The warnings are the checks' verdicts on the layout (a Megatron script on 32 GPUs, TP 16 as a what-if).
    const [a] = analyzeFiles([{ path: 'llama3_8b_h100.sh', text: fixtureText('megatron_handwritten/llama3_8b_h100.sh') }]);
    const r = whatIf(a!, { tp: 16, cp: 1, dp: 2 })!;
    const ids2 = r.findings.map((f) => `${f.severity}:${f.message.id}`);
    assert.ok(ids2.includes('warning:rule.tpReplicatesKv'), ids2.join());
    assert.ok(ids2.includes('warning:rule.tpAcrossNodes'), ids2.join());
    assert.ok(!r.findings.some((f) => f.ruleId === 'parallel-degrees'), ids2.join());
    assert.match(render(r.findings.find((x) => x.message.id === 'rule.tpReplicatesKv')!.message), /replicated 2×/);
  });
  it('PP 7 on 32 layers is invalid', () => {
    assert.ok(ids(layout({ pp: 7, dp: 9 })).includes('error:rule.ppDivides'));
  });
  it('EP 3 on 8 experts is invalid', () => {
    const mixtral = modelled('hf_config/mixtral-8x7b-v0.1.config.json');
    const mw = { ...planFromSpec(mixtral, c).workload, globalBatch: 512 };
    assert.ok(ids(layout({ ep: 3 }), mw).includes('error:rule.epDivides'));
    assert.ok(!ids(layout({ ep: 8 }), mw).some((x) => x.includes('rule.ep')));
  });
  it('valid layouts pass', () => {
    assert.deepEqual(ids(layout({ tp: 8, dp: 8 })), []);
  });
});

describe('the H800 preset', () => {
  it('H100 SXM compute and memory, NVLink at 200 GB/s per direction: TP traffic takes twice as long', () => {
    const h800 = ACCELERATORS.find((a) => a.id === 'h800')!;
    const h100 = ACCELERATORS.find((a) => a.id === 'h100-sxm')!;
    assert.equal(h800.peakTflops.bf16, h100.peakTflops.bf16);
    assert.deepEqual([h800.scaleUpGBs, h100.scaleUpGBs], [200, 450]);
    const text = fixtureText('megatron_handwritten/llama3_8b_h100.sh');
    const tp = (id: string) => {
      const c = testCluster(id, 32);
      return analyzeFiles([{ path: 'run.sh', text }], { cluster: c })[0]!.analysis!.cluster.step!.comm.find((e) => e.dimension === 'tp')!.linkSeconds;
    };
    const ratio = tp('h800') / tp('h100-sxm');
    assert.ok(ratio > 2 && ratio < 2.3, String(ratio));
  });
});

describe('precision and context parallelism as the hardware sees them', () => {
  const script = (extra: string) =>
    `torchrun --nnodes 4 --nproc-per-node 8 pretrain_gpt.py --num-layers 32 --hidden-size 4096 --ffn-hidden-size 11008 --num-attention-heads 32 --swiglu --vocab-size 32000 --seq-length 32768 --micro-batch-size 1 --global-batch-size 32 --use-distributed-optimizer --recompute-granularity full --recompute-method uniform ${extra}\n`;
  const at = (extra: string) => analyzeFile({ path: 'run.sh', text: script(extra) }).analysis!.cluster;

  it('a data-parallel group with k members per node reduces over k NICs at once (up to NVLink): TP 1 spreads DP over all 8, TP 8 over one', () => {
    // 4 nodes × 8 H100: TP 1 · DP 32 has 8 DP members per node, TP 8 · DP 4 one; bytes over (k × 400 Gb/s × efficiency).
    const dp = (extra: string) => at(`--bf16 ${extra}`).step!.comm.find((e) => e.dimension === 'dp')!;
    const wide = dp('--tensor-model-parallel-size 1');
    const narrow = dp('--tensor-model-parallel-size 8');
    assert.deepEqual([wide.tier, narrow.tier], ['scale-out', 'scale-out']);
    const c = analyzeFile({ path: 'run.sh', text: script('--bf16') }).analysis!.cluster.cluster;
    const bandwidth = (e: typeof wide) => (e.bytesPerGpu * busFactor(e.collective, e.degree)) / (e.linkSeconds - e.count * c.latencyUs * 1e-6);
    const nic = (c.scaleOutGbps / 8) * 1e9 * c.scaleOutEfficiency;
    assert.ok(Math.abs(bandwidth(narrow) / nic - 1) < 1e-9, String(bandwidth(narrow) / nic));
    // Eight NICs (8 × 45 GB/s) carry more than NVLink does meanwhile (450 GB/s × its efficiency): the scale-up link bounds it.
    const nvlink = c.scaleUpGBs * 1e9 * c.scaleUpEfficiency;
    assert.ok(8 * nic > nvlink);
    assert.ok(Math.abs(bandwidth(wide) / nvlink - 1) < 1e-9, String(bandwidth(wide) / nic));
  });

  it("--attention-backend local (Megatron's own DotProductAttention) writes the s × s scores: 5 bytes each, written and read back, per layer", () => {
    const local = at('--bf16 --tensor-model-parallel-size 8 --attention-backend local');
    const flash = at('--bf16 --tensor-model-parallel-size 8 --attention-backend flash');
    assert.equal(analyzeFile({ path: 'run.sh', text: script('--bf16 --attention-backend local') }).spec!.training.attentionScores?.value, true);
    // 4 heads per TP rank, 32,768 × 32,768 scores, micro-batch 1: 2 × 5 × 4 × 32768² bytes per layer per micro-batch.
    assert.equal(scoreTrafficBytes(local.plan.workload, local.plan.layout), 2 * 5 * 4 * 32768 ** 2);
    const extra = local.step!.throughput.elementwiseSeconds - flash.step!.throughput.elementwiseSeconds;
    const layers = 32;
    const microBatches = 32 / local.plan.layout.dp;
    const expected = (2 * 5 * 4 * 32768 ** 2 * layers * microBatches * (4 / 3)) / 3.35e12;
    assert.ok(Math.abs(extra / expected - 1) < 1e-9, `${extra} vs ${expected}`);
    // Kept for the backward only without recompute: full recompute keeps the layer's input, not its scores.
    assert.equal(local.memory.activations, flash.memory.activations);
    const none = (backend: string) =>
      analyzeFile({
        path: 'run.sh',
        text: script(`--bf16 --tensor-model-parallel-size 8 --attention-backend ${backend}`).replace(
          '--recompute-granularity full --recompute-method uniform ',
          '',
        ),
      }).analysis!.cluster.memory.activations;
    assert.ok(none('local') - none('flash') >= 5 * 4 * 32768 ** 2 * 32 - 1, String(none('local') - none('flash')));
  });

  it('the old --checkpoint-activations is full recomputation', () => {
    const old = script('--bf16 --checkpoint-activations').replace('--recompute-granularity full --recompute-method uniform ', '');
    assert.ok(!old.includes('--recompute-granularity'));
    assert.equal(analyzeFile({ path: 'run.sh', text: old }).spec!.training.recompute?.value, 'full');
  });

  it('--bf16 --fp8-format hybrid is FP8 (the GEMMs), as Megatron scripts write it', () => {
    const r = analyzeFile({ path: 'run.sh', text: script('--bf16 --fp8-format hybrid') });
    assert.equal(r.spec!.training.precision?.value, 'fp8');
    assert.equal(analyzeFile({ path: 'run.sh', text: script('--bf16') }).spec!.training.precision?.value, 'bf16');
  });

  it('under FP8 attention stays at the BF16 rate (Transformer Engine), so long sequences gain less than the GEMMs', () => {
    const bf16 = at('--bf16 --tensor-model-parallel-size 8').step!.throughput;
    const fp8 = at('--bf16 --fp8-format hybrid --tensor-model-parallel-size 8').step!.throughput;
    const gemmOnly = 2 * 0.7; // FP8 peak ×2 at PRECISION_FACTOR 0.7
    const speedup = bf16.computeSeconds / fp8.computeSeconds;
    assert.ok(speedup > 1 && speedup < gemmOnly * 0.9, `FP8/BF16 compute speed-up ${speedup}`);
  });

  it("under FP8 the output layer's logits GEMM stays at the BF16 rate (Megatron-Core's output layer is not a Transformer Engine module): 6·V·h per token at its rate, unless model.fp8_output_proj", () => {
    const c = at('--bf16 --fp8-format hybrid --tensor-model-parallel-size 8');
    const { layout: l, workload: w } = c.plan;
    const inBf16 = stepModel(l, w, c.cluster);
    const inFp8 = stepModel(l, { ...w, fp8OutputProj: true }, c.cluster);
    assert.ok(inBf16.mechanisms.some((m) => m.id === 'mech.headBf16'));
    assert.ok(!inFp8.mechanisms.some((m) => m.id === 'mech.headBf16'));
    // 32 × 32,768 tokens over 32 GPUs, 6 · 32,768 · 4,096 FLOPs each (the vocabulary padded to a multiple of 128 × TP 8), at the
    // BF16 instead of the FP8 rate (TP 8: width 512).
    const shape = { widthPerRank: 4096 / 8, tokens: 32768 };
    const rate = (p: 'bf16' | 'fp8') => peakFlops(c.cluster.accelerator, p) * matmulEfficiency(c.cluster.accelerator, p, shape);
    const head = (6 * 32768 * 4096 * 32 * 32768) / 32;
    const extra = inBf16.throughput.computeSeconds - inFp8.throughput.computeSeconds;
    assert.ok(Math.abs(extra / (head / rate('bf16') - head / rate('fp8')) - 1) < 1e-9, String(extra));
    // A BF16 run has nothing to move.
    assert.ok(!at('--bf16 --tensor-model-parallel-size 8').step!.mechanisms.some((m) => m.id === 'mech.headBf16'));
  });

  it('--fp8-recipe is read (Megatron-LM: delayed when unset, said as its default) and stated with the step time', () => {
    const read = (extra: string) => analyzeFile({ path: 'run.sh', text: script(extra) }).spec!.training.fp8Recipe;
    assert.equal(read('--bf16 --fp8-format hybrid --fp8-recipe blockwise')?.value, 'blockwise');
    assert.equal(read('--bf16 --fp8-format hybrid --fp8-recipe tensorwise')?.source.kind, 'fact');
    const unset = read('--bf16 --fp8-format hybrid');
    assert.deepEqual([unset?.value, unset?.source.kind], ['delayed', 'assumed']);
    assert.equal(read('--bf16'), undefined);
    const m = at('--bf16 --fp8-format hybrid --fp8-recipe blockwise --tensor-model-parallel-size 8').step!.mechanisms.find((x) => x.id === 'mech.fp8Recipe');
    assert.deepEqual(m?.args, { recipe: 'blockwise', x: 0.8 });
  });

  it('MXFP8 or NVFP4 with no cluster given is modelled on B200s (Blackwell alone runs them), and says why', () => {
    for (const extra of ['--bf16 --fp8-format e4m3 --fp8-recipe mxfp8', '--bf16 --fp4-format e2m1']) {
      const c = at(`${extra} --tensor-model-parallel-size 8`);
      assert.equal(c.cluster.accelerator.id, 'b200');
      assert.equal(c.cluster.origin.source.kind, 'assumed');
      assert.equal(c.cluster.origin.source.kind === 'assumed' && c.cluster.origin.source.reason.id, 'prov.defaultClusterBlackwell');
      assert.ok(c.step, extra);
    }
    assert.equal(at('--bf16 --fp8-format hybrid --tensor-model-parallel-size 8').cluster.accelerator.id, 'h100-sxm');
  });

  it('a chosen preset on a config that states no size (a model config): the size is assumed with its reason, and the report renders', () => {
    const a = analyzeFiles([{ path: 'config.json', text: fixtureText('hf_config/gpt2.config.json') }], {
      cluster: (spec) => clusterForSpec(spec, { accelerator: 'rtx-4090' }, origin),
    })[0]!;
    const n = a.analysis!.cluster.cluster.nodes.source;
    assert.equal(n.kind === 'assumed' && n.reason.id, 'prov.defaultCluster');
    assert.equal(a.analysis!.cluster.cluster.accelerator.id, 'rtx-4090');
    assert.ok(buildReport([a], 'causal').files[0]!.assumptions.length > 0);
  });

  it('on a chosen H100 cluster MXFP8 and NVFP4 are errors at their flag with no step time; FP8 on an A100 too, blockwise on Ada; tensorwise FP8 on H100 runs', () => {
    const on = (accelerator: string, extra: string) =>
      analyzeFiles([{ path: 'run.sh', text: script(`${extra} --tensor-model-parallel-size 8`) }], { cluster: testCluster(accelerator, 32) })[0]!;
    const mx = on('h100-sxm', '--bf16 --fp8-format e4m3 --fp8-recipe mxfp8');
    const f = mx.findings.filter((x) => x.ruleId === 'precision-hardware');
    assert.deepEqual(
      f.map((x) => [x.severity, x.message.id]),
      [['error', 'rule.mxfp8Hardware']],
    );
    assert.equal(mx.files[0]!.text.slice(f[0]!.ranges[0]!.range.start, f[0]!.ranges[0]!.range.end), 'mxfp8');
    assert.equal(mx.analysis!.cluster.step, undefined);
    assert.equal(on('h100-sxm', '--bf16 --fp4-format e2m1').findings.find((x) => x.ruleId === 'precision-hardware')?.message.id, 'rule.fp4Hardware');
    assert.equal(on('a100-80gb', '--bf16 --fp8-format hybrid').findings.find((x) => x.ruleId === 'precision-hardware')?.message.id, 'rule.fp8Hardware');
    const ok = on('h100-sxm', '--bf16 --fp8-format hybrid --fp8-recipe tensorwise');
    assert.ok(!ok.findings.some((x) => x.ruleId === 'precision-hardware'));
    assert.ok(ok.analysis!.cluster.step);
    assert.ok(!on('b200', '--bf16 --fp8-format e4m3 --fp8-recipe mxfp8').findings.some((x) => x.ruleId === 'precision-hardware'));
    // Blockwise FP8 needs compute capability 9.0: an L40S (Ada, 8.9) runs FP8 but not that recipe.
    assert.equal(
      on('l40s', '--bf16 --fp8-format e4m3 --fp8-recipe blockwise').findings.find((x) => x.ruleId === 'precision-hardware')?.message.id,
      'rule.blockwiseHardware',
    );
    assert.ok(!on('l40s', '--bf16 --fp8-format hybrid').findings.some((x) => x.ruleId === 'precision-hardware'));
    assert.ok(!on('h100-sxm', '--bf16 --fp8-format e4m3 --fp8-recipe blockwise').findings.some((x) => x.ruleId === 'precision-hardware'));
  });

  it('--main-grads-dtype bf16 keeps the gradients in bf16, as --grad-reduce-in-bf16 does', () => {
    const spec = analyzeFile({ path: 'run.sh', text: script('--bf16 --main-grads-dtype bf16') }).spec!;
    assert.equal(spec.training.fp32Grads?.value, false);
  });

  it('context parallelism with TP exchanges each rank’s own K/V heads: TP 8 · CP 4 moves 1/8 of TP 1 · CP 4', () => {
    const tp1 = at('--bf16 --tensor-model-parallel-size 1 --context-parallel-size 4').step!.comm.find((e) => e.dimension === 'cp')!;
    const tp8 = at('--bf16 --tensor-model-parallel-size 8 --context-parallel-size 4').step!.comm.find((e) => e.dimension === 'cp')!;
    // Per exchange (DP differs, so the micro-batches per step do).
    assert.equal((tp8.bytesPerGpu / tp8.count) * 8, tp1.bytesPerGpu / tp1.count);
  });
});

describe('compute-budget plan: Llama-3.1-70B, 1024 × 8192 tokens, 1024 H100', () => {
  it('returns valid, memory-fitting layouts; the best MFU lies in the range published trainers report (35-55 %)', () => {
    const spec = modelled('hf_config/llama-3.1-70b.config.json');
    const c = clusterFromFile({ accelerator: 'h100-sxm', gpusPerNode: 8, links: { scaleOutGbps: 400 } }, origin, 1024);
    const w = { ...planFromSpec(spec, c).workload, seqLen: 8192, globalBatch: 1024 };
    const r = searchLayouts(w, c, { zero: 0, distributedOptimizer: true, sequenceParallel: true });
    assert.ok(r.best.length > 0);
    for (const x of r.best) {
      assert.ok(x.memory.total <= capacityBytes(c));
      assert.deepEqual([...degreeViolations(x.layout, w, 1024), ...batchViolations(x.layout, w)], []);
      assert.equal(x.layout.tp * x.layout.pp * x.layout.cp * x.layout.dp, 1024);
    }
    const best = r.best[0]!.step.throughput;
    assert.equal(best.convention, 'causal');
    assert.ok(best.mfu >= 0.35 && best.mfu <= 0.55, `MFU ${best.mfu}`);
    // Sorted by predicted step time.
    for (let i = 1; i < r.best.length; i++) assert.ok(r.best[i]!.step.throughput.stepSeconds >= r.best[i - 1]!.step.throughput.stepSeconds);
  });
});

describe('cluster profiles', () => {
  it('a YAML cluster file is validated; a bad one says what is wrong', () => {
    const ok = parseClusterFile('accelerator: b200\ngpusPerNode: 8\nnodes: 16\nlinks:\n  scaleOutGbps: 800\npricePerGpuHour: 3.5\n');
    assert.ok(ok.ok);
    const c = clusterFromFile(ok.value, origin);
    assert.equal(c.nodes.value * c.gpusPerNode.value, 128);
    assert.equal(c.scaleOutGbps, 800);
    const bad = parseClusterFile('accelerator: h100-sxm\ngpusPerNode: eight\n');
    assert.equal(bad.ok, false);
    assert.match(!bad.ok ? bad.problem : '', /gpusPerNode/);
    assert.equal(parseClusterFile('accelerator: tpu-v9\n').ok, false);
  });

  it('the JSON Schema for editors is generated from the same schema and committed', () => {
    const schema = clusterJsonSchema() as { properties: Record<string, unknown> };
    assert.ok(schema.properties.accelerator && schema.properties.gpusPerNode && schema.properties.links);
    const committed = JSON.parse(fixtureText('../../media/cluster.schema.json'));
    assert.deepEqual(committed, schema, 'media/cluster.schema.json is stale: run npm run build');
  });

  it('Blackwell Ultra: B300 and GB300 keep B200 / GB200’s BF16 and FP8 rates and raise FP4 (14 and 15 dense PFLOP/s); TPU v4 holds 32 GiB', () => {
    const get = (id: string) => ACCELERATORS.find((x) => x.id === id)!;
    assert.deepEqual([get('b300').peakTflops.bf16, get('b300').peakTflops.fp8, get('b300').peakTflops.fp4], [2250, 4500, 14000]);
    assert.equal(get('gb300-nvl72').peakTflops.fp4, 15000);
    assert.equal(get('gb300-nvl72').peakTflops.bf16, get('gb200-nvl72').peakTflops.bf16);
    assert.equal(capacityBytes(testCluster('tpu-v4', 8)), 32 * 2 ** 30 * 0.99);
  });

  it('presets cover the accelerators of the reference table, each figure with a source', () => {
    for (const id of [
      'a100-80gb',
      'h100-sxm',
      'h800',
      'h200',
      'b200',
      'gb200-nvl72',
      'b300',
      'gb300-nvl72',
      'mi300x',
      'mi325x',
      'tpu-v4',
      'tpu-v5p',
      'tpu-v5e',
      'tpu-v6e',
      'tpu7x',
      'gaudi3',
      'a100-40gb',
      'h100-pcie',
      'l40s',
      'l4',
      'rtx-a6000',
      'rtx-4090',
      'rtx-3090',
    ]) {
      const a = ACCELERATORS.find((x) => x.id === id);
      assert.ok(a, id);
      assert.ok(a.peakTflops.bf16! > 0 && a.hbmGB > 0 && Object.keys(a.sources).length >= 3, id);
    }
  });
});

describe('the report without a cluster', () => {
  it('assumes H100 SXM sized by the config, and marks it assumed', () => {
    const [r] = analyzeFiles([{ path: 'llama3_8b_h100.sh', text: fixtureText('megatron_handwritten/llama3_8b_h100.sh') }]);
    const a = r!.analysis!.cluster;
    assert.equal(a.cluster.accelerator.id, 'h100-sxm');
    assert.equal(a.cluster.origin.source.kind, 'assumed');
    assert.equal(a.cluster.nodes.value * a.cluster.gpusPerNode.value, 32);
    assert.deepEqual([a.plan.layout.tp, a.plan.layout.cp, a.plan.layout.dp, a.plan.layout.pp], [2, 2, 8, 1]);
    assert.equal(a.plan.workload.overlapGradReduce, true);
    assert.ok(a.memory.fits);
    const t = a.step!.throughput;
    assert.ok(t.mfu > 0.25 && t.mfu < 0.6, `MFU ${t.mfu}`);
    assert.ok(t.hfu >= t.mfu);
    assert.ok(a.step!.ratio! > 1);
  });

  it('one GPU communicates nothing: the ratio is null', () => {
    const [r] = analyzeFiles([{ path: 'baby_char.py', text: fixtureText('nanogpt_handwritten/baby_char.py') }]);
    const a = r!.analysis!.cluster;
    assert.equal(a.plan.world, 1);
    assert.equal(a.step!.ratio, null);
    assert.deepEqual(a.step!.comm, []);
  });
});
