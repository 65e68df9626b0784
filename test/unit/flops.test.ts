import { strict as assert } from 'node:assert';
import { analyzeFixture } from './helpers/fixtures';

function within(actual: number, expected: number, relative: number, what: string): void {
  const err = Math.abs(actual - expected) / expected;
  assert.ok(err <= relative, `${what}: ${actual} vs ${expected} (${(err * 100).toFixed(4)} % > ${relative * 100} %)`);
}

describe('FLOPs per token', () => {
  const llama = 'hf_config/llama-3.1-8b.config.json';

  it('Llama-3.1-8B at s = 8192: causal 51.47 G, noncausal 57.91 G, 6N 45.03 G (within 0.1 %)', () => {
    for (const [convention, expected] of [
      ['causal', 51.47e9],
      ['noncausal', 57.91e9],
      ['6n', 45.03e9],
    ] as const) {
      const f = analyzeFixture(llama, { seqLen: 8192, convention }).analysis!.flops;
      within(f.perToken.training.value, expected, 0.001, convention);
      within(f.byConvention[convention].training, expected, 0.001, `${convention} (byConvention)`);
      assert.equal(f.perToken.forward.value * 3, f.perToken.training.value);
    }
  });

  it('the convention is causal by default, and --seq-len is marked as set by the user', () => {
    const f = analyzeFixture(llama, { seqLen: 8192 }).analysis!.flops;
    assert.equal(f.convention, 'causal');
    assert.equal(f.seqLen.source.kind, 'override');
  });

  it('GPT-2 124M at s = 1024, noncausal: 874,944,921,600 per sequence (op by op), and the PaLM figure within 0.1 %', () => {
    const f = analyzeFixture('hf_config/gpt2.config.json', { seqLen: 1024, convention: 'noncausal' }).analysis!.flops;
    within(f.perSequence.training, 874944921600, 0.0001, 'op-by-op');
    within(f.perSequence.training, 875062886400, 0.001, 'PaLM formula (nanoGPT)');
    within(f.perSequence.forward, 291648307200, 0.0001, 'forward');
  });

  it('full recompute matches the Megatron-LM 96-form for GPT-2 shapes: 96·s·L·h²·(1 + s/(6h) + V/(16·L·h))', () => {
    const s = 1024,
      L = 12,
      h = 768,
      V = 50257;
    const f = analyzeFixture('hf_config/gpt2.config.json', { seqLen: s, convention: 'noncausal' }).analysis!.flops;
    const megatron = 96 * s * L * h * h * (1 + s / (6 * h) + V / (16 * L * h));
    within(f.perSequence.hardware, megatron, 1e-9, '96-form');
    const without = 72 * s * L * h * h * (1 + s / (6 * h) + V / (12 * L * h));
    within(f.perSequence.training, without, 1e-9, '72-form');
  });

  it('a model-only config defaults to min(max_position_embeddings, 4096), marked assumed', () => {
    const r = analyzeFixture(llama);
    assert.equal(r.spec!.training.seqLen.value, 4096);
    assert.equal(r.spec!.training.seqLen.source.kind, 'assumed');
    const gpt2 = analyzeFixture('hf_config/gpt2.config.json');
    assert.equal(gpt2.spec!.training.seqLen.value, 1024);
  });

  it('causal attention is half the noncausal attention term; MoE counts only the active experts', () => {
    const c = analyzeFixture(llama, { seqLen: 8192 }).analysis!.flops;
    const n = analyzeFixture(llama, { seqLen: 8192, convention: 'noncausal' }).analysis!.flops;
    assert.equal(n.attentionForwardPerToken, 2 * c.attentionForwardPerToken);
    // 6·a·d·s·L for training, causal: 6 × 32 × 128 × 8192 × 32.
    assert.equal(3 * c.attentionForwardPerToken, 6 * 32 * 128 * 8192 * 32);
    const mixtral = analyzeFixture('hf_config/mixtral-8x7b-v0.1.config.json', { convention: '6n' }).analysis!;
    const N = mixtral.params.active.value - mixtral.params.embedding.value;
    assert.equal(mixtral.flops.perToken.training.value, 6 * N);
  });

  it('DeepSeek-V3 (MLA): attention uses d_qk = 192 and d_v = 128', () => {
    const f = analyzeFixture('hf_config/deepseek-v3.config.json', { seqLen: 4096 }).analysis!.flops;
    assert.equal(f.attentionForwardPerToken, 2 * 128 * (192 + 128) * 4096 * 61 * 0.5);
  });
});
