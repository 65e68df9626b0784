import { strict as assert } from 'node:assert';
import { analyzeFile } from '../../src/core/pipeline';
import { busFactor, tierBandwidth } from '../../src/core/analysis/comm';
import { paramsPerGpu } from '../../src/core/analysis/memory';
import { buildReport } from '../../src/core/report/model';
import { hoverAt } from '../../src/core/report/editor';
import { render } from '../../src/core/messages';
import { fixtureText } from './helpers/fixtures';

const analyze = (rel: string, edit: (t: string) => string = (t) => t) => {
  const r = analyzeFile({ path: rel, text: edit(fixtureText(rel)) });
  const c = r.analysis!.cluster;
  assert.ok(c.step, rel);
  return c;
};

describe('communication mechanisms, pinned', () => {
  it('EP all-to-all: hidden × top-k × 2 bytes × 2 directions (dispatch, combine) per token per MoE layer and pass, (EP − 1) / EP of it leaves the rank', () => {
    // Mixtral 8x7B on 64 GPUs: TP 1 · PP 4 · EP 8 · DP 16, micro-batch 1 × 16, sequence 4096: 8 MoE layers per stage.
    const c = analyze('megatron_handwritten/mixtral_8x7b_moe.sh');
    const ep = c.step!.comm.find((e) => e.dimension === 'ep')!;
    const tokensPerGpu = 16 * 4096;
    const perTokenPerLayerPass = 4096 * 2 * 2 * 2;
    assert.equal(ep.bytesPerGpu, tokensPerGpu * 8 * 2 * perTokenPerLayerPass, 'forward and backward');
    assert.equal(busFactor('all-to-all', 8), 7 / 8);
    assert.equal(ep.tier, 'scale-up');
    const alpha = c.cluster.latencyUs * 1e-6;
    assert.ok(Math.abs(ep.linkSeconds - (ep.count * alpha + (ep.bytesPerGpu * 7) / 8 / tierBandwidth(c.cluster, 'scale-up'))) < 1e-12);
  });

  describe('DP with Megatron distributed optimizer, bucketed and overlapped', () => {
    // Llama 3 8B on 32 H100: TP 2 · CP 2 · DP 8, micro-batch 1 × 128; reduce over DP × CP = 16 ranks.
    const rel = 'megatron_handwritten/llama3_8b_h100.sh';
    const c = analyze(rel);
    const dp = c.step!.comm.find((e) => e.dimension === 'dp')!;
    const trained = paramsPerGpu(c.plan.workload.model, c.plan.layout).dense;

    it('bytes: fp32 gradients reduce-scattered (4 bytes) and bf16 parameters all-gathered (2), in buckets of max(40 M, 1 M × 16) elements', () => {
      assert.equal(dp.collective, 'all-gather + reduce-scatter');
      assert.equal(dp.degree, 16);
      assert.equal(dp.bytesPerGpu, trained * (4 + 2));
      assert.equal(dp.count, Math.ceil(trained / 40e6));
    });

    it('exposed: the reduce-scatter beyond the last micro-batch backward (at least its last bucket); the all-gather beyond the first forward', () => {
      const t = c.step!.throughput;
      const perMicroBatch = t.computeSeconds / 128;
      const reduce = (dp.linkSeconds * 4) / 6;
      const gather = dp.linkSeconds - reduce;
      // Megatron's selective recompute adds no forward: backward is 2 of 3 passes.
      const expected = Math.max(reduce / dp.count, reduce - perMicroBatch * (2 / 3)) + Math.max(gather / dp.count, gather - perMicroBatch / 3);
      assert.ok(Math.abs(dp.exposedSeconds - expected) < 1e-12, `${dp.exposedSeconds} vs ${expected}`);
      assert.ok(dp.exposedSeconds >= dp.linkSeconds / dp.count, 'the last bucket is exposed');
    });

    it('without --overlap-param-gather the all-gather is exposed whole; without --overlap-grad-reduce, everything', () => {
      const noGather = analyze(rel, (t) => t.replace('--overlap-param-gather', '')).step!.comm.find((e) => e.dimension === 'dp')!;
      const perMicroBatch = c.step!.throughput.computeSeconds / 128;
      const reduce = (noGather.linkSeconds * 4) / 6;
      assert.ok(
        Math.abs(noGather.exposedSeconds - (Math.max(reduce / noGather.count, reduce - perMicroBatch * (2 / 3)) + noGather.linkSeconds - reduce)) < 1e-9,
      );
      const none = analyze(rel, (t) => t.replace('--overlap-param-gather', '').replace('--overlap-grad-reduce', '')).step!.comm.find(
        (e) => e.dimension === 'dp',
      )!;
      assert.equal(none.exposedSeconds, none.linkSeconds);
    });
  });

  it("TP with --tp-comm-overlap: each GEMM in TP chunks, only the first chunk's transfer exposed while the GEMMs last longer", () => {
    const rel = 'megatron_handwritten/llama3_8b_h100.sh';
    const plain = analyze(rel).step!;
    const overlapped = analyze(rel, (t) => t.replace('--sequence-parallel', '--sequence-parallel\n    --tp-comm-overlap')).step!;
    const tp = (s: typeof plain) => s.comm.find((e) => e.dimension === 'tp')!;
    assert.equal(tp(plain).exposedSeconds, tp(plain).linkSeconds);
    assert.equal(tp(overlapped).linkSeconds, tp(plain).linkSeconds);
    // TP 2: half of the bytes go before the first GEMM chunk can start.
    assert.ok(tp(plain).linkSeconds < overlapped.throughput.computeSeconds / 2);
    assert.equal(tp(overlapped).exposedSeconds, tp(plain).linkSeconds / 2);
    assert.ok(Math.abs(plain.throughput.stepSeconds - overlapped.throughput.stepSeconds - tp(plain).linkSeconds / 2) < 1e-9);
  });

  it('the JSON and the hover state each mechanism the step time applies', () => {
    const rel = 'megatron_handwritten/llama3_8b_h100.sh';
    const text = fixtureText(rel);
    const r = analyzeFile({ path: rel, text });
    const th = buildReport([r], 'causal').files[0]!.throughput!;
    // TP 2 without --tp-comm-overlap, CP 2, DP with --overlap-grad-reduce and --overlap-param-gather, BF16.
    assert.deepEqual(th.assumptions, [
      render({ id: 'mech.tpExposed', args: { t: 2 } }),
      render({ id: 'mech.cpRing' }),
      render({ id: 'mech.dpOverlap' }),
      render({ id: 'mech.paramGather' }),
    ]);
    const overlapped = analyzeFile({ path: rel, text: text.replace('--sequence-parallel', '--sequence-parallel\n    --tp-comm-overlap') });
    assert.equal(buildReport([overlapped], 'causal').files[0]!.throughput!.assumptions[0], render({ id: 'mech.tpOverlap', args: { t: 2 } }));
    const hover = hoverAt(r, rel, text.indexOf('--tensor-model-parallel-size') + 2)!;
    assert.ok(hover.markdown.includes(`- ${render({ id: 'mech.dpOverlap' })}`), hover.markdown);
    assert.ok(render({ id: 'mech.dpOverlap' }, 'zh-cn') !== render({ id: 'mech.dpOverlap' }));
  });
});
