import { strict as assert } from 'node:assert';
import { analyzeFiles } from '../../src/core/pipeline';
import { activationBytesPerLayer, fusedKernelSavings, recomputeModuleSavings } from '../../src/core/analysis/memory';
import { flopsPerToken } from '../../src/core/analysis/time';
import { testCluster } from './helpers/cluster';

// Qwen3-30B-A3B as Megatron-Bridge's performance runs launch it on 8 B200 (training-throughput.tsv row 72: EP 8, micro-batch 4 ×
// 4,096, MXFP8): 48 MoE layers of 128 SwiGLU experts of 768, top 8; hidden 2,048, 32 query heads and 4 KV heads of 128.
const qwen3 = (precision: string) =>
  [
    'torchrun --nnodes 1 --nproc-per-node 8 pretrain_gpt.py --num-layers 48 --hidden-size 2048 --num-attention-heads 32',
    '--group-query-attention --num-query-groups 4 --kv-channels 128 --ffn-hidden-size 6144 --vocab-size 151936 --seq-length 4096',
    '--max-position-embeddings 4096 --swiglu --normalization RMSNorm --position-embedding-type rope --disable-bias-linear',
    '--untie-embeddings-and-output-weights --num-experts 128 --moe-router-topk 8 --moe-ffn-hidden-size 768',
    `--micro-batch-size 4 --global-batch-size 512 ${precision} --expert-model-parallel-size 8 --expert-tensor-parallel-size 1`,
    '--use-distributed-optimizer --overlap-grad-reduce --overlap-param-gather',
  ].join(' \\\n  ');

const analyze = (precision: string) =>
  analyzeFiles([{ path: 'pretrain.sh', text: qwen3(precision) }], { cluster: testCluster('b200', 8) })[0]!.analysis!.cluster;

describe("A MoE layer's activations: the routed copies, not the dense FFN width", () => {
  const tokens = 4 * 4096;
  const h = 2048;

  it('Qwen3-30B-A3B: per token, the attention (6 + 4·4/32) and the MoE layer (6 + 4·128/h + 8 copies × (2 + 8·768/h)), in h bytes', () => {
    const c = analyze('--bf16');
    const { layout, workload } = c.plan;
    const k = 6 + (4 * 4) / 32 + 6 + (4 * 128) / h + 8 * (2 + (8 * 768) / h);
    assert.equal(k, 52.75);
    assert.equal(activationBytesPerLayer(workload.model, { ...layout, recompute: 'selective' }, 4096), k * tokens * h);
    // Megatron's fused SwiGLU keeps 6·f of each expert's 8·f: 2·768 bytes per copy and token saved.
    assert.equal(fusedKernelSavings(workload, layout, 4096), 8 * 2 * 768 * tokens);
    assert.ok(c.memory.fits);
  });

  it('under FP8, Transformer Engine keeps each copy’s expert inputs as FP8 casts (h + f), and the QKV input (h)', () => {
    const { layout, workload } = analyze('--bf16 --fp8-format hybrid').plan;
    assert.equal(fusedKernelSavings(workload, layout, 4096), (h + 8 * (2 * 768 + h + 768)) * tokens);
  });
});

describe("Megatron-Core's --recompute-modules (selective recompute of named modules)", () => {
  const tokens = 4 * 4096;
  const h = 2048;
  const run = (modules: string, precision = '--bf16') =>
    analyzeFiles([{ path: 'pretrain.sh', text: `${qwen3(precision)} \\\n  --recompute-granularity selective --recompute-modules ${modules}\n` }], {
      cluster: testCluster('b200', 8),
    })[0]!;

  it('layernorm moe_act: the norms’ outputs (2·h twice) and each copy’s activation output (2·f) are given back', () => {
    const a = run('layernorm moe_act');
    const c = a.analysis!.cluster;
    assert.deepEqual(c.plan.workload.selectiveRecompute, { modules: ['layernorm', 'moe_act'] });
    const perLayer = (2 * h + 2 * h + 8 * 2 * 768) * tokens;
    assert.equal(recomputeModuleSavings(c.plan.workload, c.plan.layout, 4096, ['layernorm', 'moe_act']), perLayer);
    // 48 layers each keep that much less; the layer recomputing holds its share again.
    const plain = analyze('--bf16 --recompute-granularity selective');
    assert.ok(Math.abs(plain.memory.activations - c.memory.activations - 47 * perLayer) < 1);
    // Nothing of the attention core is run again (core_attn is not listed): the model FLOPs.
    const f = flopsPerToken(c.plan.workload, 'selective', 'causal', c.plan.layout);
    assert.equal(f.hardware, f.model);
  });

  it('under FP8 the norms’ and activations’ 1-byte casts are what is given back', () => {
    const c = run('layernorm moe_act', '--bf16 --fp8-format hybrid').analysis!.cluster;
    // The attention's norm output h (its QKV input kept as an FP8 cast), the MoE norm's 2·h (the router reads it in BF16), f per copy.
    assert.equal(recomputeModuleSavings(c.plan.workload, c.plan.layout, 4096, ['layernorm', 'moe_act']), (h + 2 * h + 8 * 768) * tokens);
  });

  it('moe: the whole MoE layer, its router and top-8 experts run forward again', () => {
    const c = run('moe core_attn').analysis!.cluster;
    const f = flopsPerToken(c.plan.workload, 'selective', 'causal', c.plan.layout);
    assert.equal(f.hardware - f.model - f.attentionForward, 2 * 48 * (128 * h + 8 * 3 * h * 768));
  });

  it('without --recompute-granularity selective Megatron-Core ignores the list: a warning on the flag', () => {
    const a = analyzeFiles([{ path: 'pretrain.sh', text: `${qwen3('--bf16')} \\\n  --recompute-modules moe_act\n` }], { cluster: testCluster('b200', 8) })[0]!;
    const w = a.findings.find((f) => f.message.id === 'megatron.recomputeModulesIgnored');
    assert.equal(w?.severity, 'warning');
    assert.equal(w?.message.args?.['granularity'], 'none');
    assert.ok(!run('moe_act').findings.some((f) => f.message.id === 'megatron.recomputeModulesIgnored'));
  });

  it('a module Megatron-Core does not have is a warning at its word, the others read', () => {
    const a = run('layernorm moe_mlp');
    const e = a.findings.find((x) => x.message.id === 'megatron.recomputeModule');
    assert.ok(e);
    assert.equal(e.message.args?.['value'], 'moe_mlp');
    assert.deepEqual(a.analysis!.cluster.plan.workload.selectiveRecompute, { modules: ['layernorm'] });
  });
});
