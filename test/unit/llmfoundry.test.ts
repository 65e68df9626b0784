import { strict as assert } from 'node:assert';
import { analyzeFile } from '../../src/core/pipeline';
import { fixtureText } from './helpers/fixtures';
import { testCluster } from './helpers/cluster';

describe('llm-foundry YAML', () => {
  it("MPT-7B (scripts/train/yamls/pretrain/mpt-7b.yaml): 6,658,859,008 parameters, the llm-foundry benchmark's NumParams at sequence 2048; FSDP FULL_SHARD, checkpointing, 8 × 1024", () => {
    const rel = 'llmfoundry/mpt-7b.yaml';
    const a = analyzeFile({ path: rel, text: fixtureText(rel) }, { cluster: testCluster('h100-sxm', 8) });
    assert.equal(a.family, 'llmfoundry');
    assert.equal(a.analysis!.params.total.value, 6658859008);
    // ${max_seq_len} resolved to the top-level key, and an edit of it would go there.
    assert.equal(a.spec!.training.seqLen.value, 2048);
    const src = a.spec!.model!.maxPositions!.source;
    assert.ok(src.kind === 'fact' && src.range.start === fixtureText(rel).indexOf('2048'));
    const c = a.analysis!.cluster;
    assert.equal(c.plan.layout.zero, 3);
    assert.equal(c.plan.layout.recompute, 'full');
    assert.equal(c.plan.layout.microBatch, 8);
    assert.equal(c.plan.workload.globalBatch, 1024);
    assert.equal(c.plan.workload.precision, 'bf16');
  });

  it('ALiBi and no_bias: no position table (2048 × 4096) and no biases (Wqkv 3h, out h, MLP 4h + h, two LayerNorms 2h a layer, the final h)', () => {
    const rel = 'llmfoundry/mpt-7b.yaml';
    const text = fixtureText(rel)
      .replace('    attn_impl: triton', '    attn_impl: triton\n    alibi: true')
      .replace('  expansion_ratio: 4', '  expansion_ratio: 4\n  no_bias: true');
    const h = 4096;
    assert.equal(analyzeFile({ path: rel, text }).analysis!.params.total.value, 6658859008 - 2048 * h - 32 * (9 * h + 2 * h) - h);
  });
});
