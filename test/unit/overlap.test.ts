import { strict as assert } from 'node:assert';
import { analyzeFile, analyzeFiles } from '../../src/core/pipeline';
import { busFactor, remoteNodesPerToken, tierBandwidth } from '../../src/core/analysis/comm';
import { paramsPerGpu } from '../../src/core/analysis/memory';
import { buildReport } from '../../src/core/report/model';
import { hoverAt } from '../../src/core/report/editor';
import { render } from '../../src/core/messages';
import { fixtureText } from './helpers/fixtures';
import { testCluster } from './helpers/cluster';
import { planFromSpec } from '../../src/core/analysis/parallel';
import { expertGemms, HOST_SYNC_SECONDS, stepModel } from '../../src/core/analysis/time';
import { matmulEfficiency, peakFlops } from '../../src/core/hardware/efficiency';

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

  it("MoE experts' gradients reduce over the expert-data-parallel group (tp·cp·dp / ep ranks, ep apart): Mixtral 8x7B at PP 4 · EP 8 · DP 16", () => {
    const c = analyze('megatron_handwritten/mixtral_8x7b_moe.sh');
    const dp = c.step!.comm.find((e) => e.dimension === 'dp')!;
    const { dense, experts } = paramsPerGpu(c.plan.workload.model, c.plan.layout);
    // 8 layers a stage, one of each layer's 8 experts (EP 8): 8 × 3 × 4096 × 14336.
    assert.equal(experts, 8 * 3 * 4096 * 14336);
    // fp32 gradients reduce-scattered (4 bytes) and bf16 parameters all-gathered (2), dense and experts alike, in 40 M buckets.
    assert.equal(dp.bytesPerGpu, (dense + experts) * 6);
    assert.equal(dp.count, Math.ceil(dense / 40e6) + Math.ceil(experts / 40e6));
    // Dense over DP 16 (8 per node: 8 NICs), experts over expert-DP 2 (one per node: one NIC per GPU), one after the other.
    const alpha = c.cluster.latencyUs * 1e-6;
    const out = tierBandwidth(c.cluster, 'scale-out');
    const up = tierBandwidth(c.cluster, 'scale-up');
    const collective = 'all-gather + reduce-scatter';
    const denseLink = Math.ceil(dense / 40e6) * alpha + (dense * 6 * busFactor(collective, 16)) / Math.min(8 * out, up);
    const expertLink = Math.ceil(experts / 40e6) * alpha + (experts * 6 * busFactor(collective, 2)) / Math.min(out, up);
    assert.ok(Math.abs(dp.linkSeconds - denseLink - expertLink) < 1e-9, `${dp.linkSeconds} vs ${denseLink + expertLink}`);
  });

  // Qwen3-30B-A3B shapes (48 layers, h 2048, 128 experts of 768, top-8) on 16 H100 = 2 nodes, micro-batch 1 × 4096.
  const qwen3Launch = (tp: number, ep: number, extra = '') =>
    [
      'torchrun --nnodes 2 --nproc-per-node 8 pretrain_gpt.py --num-layers 48 --hidden-size 2048 --num-attention-heads 32',
      '--group-query-attention --num-query-groups 4 --kv-channels 128 --qk-layernorm --ffn-hidden-size 6144 --vocab-size 151936',
      '--swiglu --normalization RMSNorm --position-embedding-type rope --disable-bias-linear --untie-embeddings-and-output-weights',
      '--num-experts 128 --moe-router-topk 8 --moe-ffn-hidden-size 768 --seq-length 4096 --max-position-embeddings 4096',
      `--micro-batch-size 1 --global-batch-size ${256 / tp} --bf16 --tensor-model-parallel-size ${tp} --expert-model-parallel-size ${ep}`,
      `--expert-tensor-parallel-size 1 ${tp > 1 ? '--sequence-parallel' : ''} --use-distributed-optimizer --overlap-grad-reduce ${extra}`,
    ].join(' \\\n  ');

  it('EP wider than a node: the share bound for other nodes crosses scale-out while the rest crosses NVLink (the slower part counts); a TP rank dispatches its own share under SP', () => {
    const epOf = (tp: number, ep: number) => {
      const r = analyzeFile({ path: 'qwen3.sh', text: qwen3Launch(tp, ep) });
      return { c: r.analysis!.cluster, e: r.analysis!.cluster.step!.comm.find((x) => x.dimension === 'ep')! };
    };
    const { c, e } = epOf(1, 16);
    const perTokenPerLayerPass = 8 * 2048 * 2;
    // 48 MoE layers × 16 micro-batches × 4 passes (dispatch and combine, forward and backward) × 4096 tokens.
    assert.equal(e.bytesPerGpu, 48 * 16 * 4 * 4096 * perTokenPerLayerPass);
    const alpha = c.cluster.latencyUs * 1e-6;
    const remote = (e.bytesPerGpu * (1 - 8 / 16)) / tierBandwidth(c.cluster, 'scale-out');
    const local = (e.bytesPerGpu * (8 / 16 - 1 / 16)) / tierBandwidth(c.cluster, 'scale-up');
    assert.ok(Math.abs(e.linkSeconds - (e.count * alpha + Math.max(remote, local))) < 1e-12);
    assert.ok(remote > local, 'the inter-node part is the slower one');
    // TP 2 with sequence parallelism (global batch 128 over DP 8: the same 16 micro-batches): each rank dispatches half the tokens.
    assert.equal(epOf(2, 8).e.bytesPerGpu * 2, e.bytesPerGpu);
  });

  it("the experts' grouped GEMMs at their own shape: b·s · ep · k / E tokens per local expert, f_e wide; the micro-batch and EP change it", () => {
    const at = (mbs: number, ep: number) => {
      const r = analyzeFile({ path: 'qwen3.sh', text: qwen3Launch(1, ep).replace('--micro-batch-size 1', `--micro-batch-size ${mbs}`) });
      return r.analysis!.cluster;
    };
    const c = at(1, 16);
    const { layout: l, workload: w } = c.plan;
    const ex = expertGemms(l, w)!;
    // 4096 tokens × 16 ranks × top-8 over 128 experts: 4096 per expert; 48 MoE layers × 8 copies × 2 · 3 · 2048 · 768 per token.
    assert.deepEqual(ex, {
      forwardPerToken: 48 * 8 * 2 * 3 * 2048 * 768,
      nominalPerToken: 48 * 8 * 2 * 3 * 2048 * 768,
      tokensPerExpert: 4096,
      widthPerRank: 768,
    });
    assert.equal(expertGemms(at(4, 8).plan.layout, at(4, 8).plan.workload)!.tokensPerExpert, 8192);
    assert.equal(expertGemms(at(1, 1).plan.layout, at(1, 1).plan.workload)!.tokensPerExpert, 256);
    // EP 16 and EP 1 on the same 16 GPUs differ in compute by exactly the experts' FLOPs at their two shapes' rates.
    const acc = c.cluster.accelerator;
    const rate = (tokens: number) => peakFlops(acc, 'bf16') * matmulEfficiency(acc, 'bf16', { widthPerRank: 768, tokens });
    const flops = (ex.forwardPerToken * 3 * 256 * 4096) / 16;
    const one = at(1, 1);
    const diff = stepModel(l, w, c.cluster).throughput.computeSeconds - stepModel(one.plan.layout, one.plan.workload, one.cluster).throughput.computeSeconds;
    assert.ok(Math.abs(diff - (flops / rate(4096) - flops / rate(256))) < 1e-9, `${diff}`);
    assert.ok(diff < 0, 'few tokens per expert cost more');
    const dense = peakFlops(acc, 'bf16') * matmulEfficiency(acc, 'bf16', { widthPerRank: 2048, tokens: 4096 });
    const m = stepModel(l, w, c.cluster).mechanisms.find((x) => x.id === 'mech.expertGemm')!;
    assert.deepEqual(m.args, { t: 4096, f: 768, x: Math.round((rate(4096) / dense) * 1000) / 1000 });
  });

  it("on Blackwell a narrow expert's grouped GEMM reaches f / (f + 1200) more of the dense GEMMs' efficiency than its shape gives; on Hopper its shape's alone", () => {
    const spec = analyzeFile({ path: 'qwen3.sh', text: qwen3Launch(1, 16) }).spec!;
    const ratio = (id: string) => {
      const c = testCluster(id, 16);
      const plan = planFromSpec(spec as Parameters<typeof planFromSpec>[0], c);
      const acc = c.accelerator;
      // 4096 tokens per expert of 768 against the dense GEMMs' 2048 wide over 4096 tokens, in BF16.
      const shape = matmulEfficiency(acc, 'bf16', { widthPerRank: 768, tokens: 4096 }) / matmulEfficiency(acc, 'bf16', { widthPerRank: 2048, tokens: 4096 });
      const x = stepModel(plan.layout, plan.workload, c).mechanisms.find((m) => m.id === 'mech.expertGemm')!.args!['x'];
      return { x, shape };
    };
    const hopper = ratio('h100-sxm');
    assert.equal(hopper.x, Math.round(hopper.shape * 1000) / 1000);
    const blackwell = ratio('b200');
    assert.equal(blackwell.x, Math.round(blackwell.shape * (768 / (768 + 1200)) * 1000) / 1000);
    assert.ok(blackwell.x < 0.4 && hopper.x > 0.95, `${blackwell.x} ${hopper.x}`);
  });

  it('token capacity: padded to a capacity factor of 1.25, each expert computes and exchanges 1.25× its balanced share; a factor of 0.5 without padding drops half', () => {
    const run = (extra: string) => analyzeFile({ path: 'qwen3.sh', text: qwen3Launch(1, 16, extra) }).analysis!.cluster;
    const dropless = run('');
    const padded = run('--moe-expert-capacity-factor 1.25 --moe-pad-expert-input-to-capacity');
    const dropping = run('--moe-expert-capacity-factor 0.5');
    assert.deepEqual(padded.plan.workload.expertCapacity, { factor: 1.25, padded: true });
    const ep = (c: typeof dropless) => c.step!.comm.find((x) => x.dimension === 'ep')!.bytesPerGpu;
    assert.equal(ep(padded), 1.25 * ep(dropless));
    assert.equal(ep(dropping), 0.5 * ep(dropless));
    // A capacity of 1.25 or more without padding changes nothing under balanced routing.
    assert.equal(ep(run('--moe-expert-capacity-factor 1.25')), ep(dropless));
    const ex = (c: typeof dropless) => expertGemms(c.plan.layout, c.plan.workload)!;
    assert.equal(ex(padded).forwardPerToken, 1.25 * ex(dropless).forwardPerToken);
    assert.equal(ex(padded).tokensPerExpert, 1.25 * 4096);
    assert.equal(ex(dropping).forwardPerToken, 0.5 * ex(dropless).forwardPerToken);
    // The step's compute differs by the experts' extra work at their padded shape's rate.
    const acc = padded.cluster.accelerator;
    const rate = (tokens: number) => peakFlops(acc, 'bf16') * matmulEfficiency(acc, 'bf16', { widthPerRank: 768, tokens });
    const work = (per: number) => (per * 3 * 256 * 4096) / 16;
    const seconds = (c: typeof dropless) => stepModel(c.plan.layout, c.plan.workload, c.cluster).throughput.computeSeconds;
    const expected = work(ex(padded).forwardPerToken) / rate(5120) - work(ex(dropless).forwardPerToken) / rate(4096);
    assert.ok(Math.abs(seconds(padded) - seconds(dropless) - expected) < 1e-9);
    assert.deepEqual(stepModel(padded.plan.layout, padded.plan.workload, padded.cluster).mechanisms.find((m) => m.id === 'mech.expertPadded')?.args, {
      f: 1.25,
      x: 1.25,
    });
    // A user's script (nanoMoE's train_capacity 1.25 through a variable) and MaxText's capacity_factor (its dropping path pads).
    const nano = analyzeFile({ path: 'survey/train/74-dion-nanomoe-adam-tp2-ep2.sh', text: fixtureText('survey/train/74-dion-nanomoe-adam-tp2-ep2.sh') });
    assert.deepEqual(nano.analysis!.cluster.plan.workload.expertCapacity, { factor: 1.25, padded: true });
    const mixtral = analyzeFile({ path: 'survey/train/82-maxtext-mixtral-8x22b-gpu.yml', text: fixtureText('survey/train/82-maxtext-mixtral-8x22b-gpu.yml') });
    assert.equal(mixtral.spec!.training.expertCapacity?.value, 1);
    assert.equal(mixtral.spec!.training.expertPadding?.value, true);
  });

  it('EP dispatched per node (DeepEP / HybridEP: --moe-token-dispatcher-type flex): a token crosses the network once per other node it is routed to, then NVLink', () => {
    // The same Qwen3-30B-A3B shapes, EP 16 over the 2 nodes: 64 experts per node, top-8 among 128.
    const run = (dispatch: string) => analyzeFile({ path: 'qwen3.sh', text: qwen3Launch(1, 16, dispatch) });
    const flex = run('--moe-token-dispatcher-type flex --moe-flex-dispatcher-backend hybridep');
    assert.equal(flex.spec!.training.epNodeDispatch?.value, true);
    assert.equal(run('--moe-enable-deepep').spec!.training.epNodeDispatch?.value, true);
    assert.equal(run('--moe-token-dispatcher-type alltoall').spec!.training.epNodeDispatch?.value, false);
    const c = flex.analysis!.cluster;
    const e = c.step!.comm.find((x) => x.dimension === 'ep')!;
    const plain = run('').analysis!.cluster.step!.comm.find((x) => x.dimension === 'ep')!;
    assert.equal(e.bytesPerGpu, plain.bytesPerGpu, 'the same copies are dispatched');
    // The other node holds none of a token's 8 experts with probability C(64, 8) / C(128, 8): it is reached by 0.9969 of them.
    let none = 1;
    for (let i = 0; i < 8; i++) none *= (64 - i) / (128 - i);
    const reached = remoteNodesPerToken(c.plan.workload.model.moe!, 2);
    assert.ok(Math.abs(reached - (1 - none)) < 1e-15 && Math.abs(reached - 0.9969) < 1e-4, String(reached));
    // The network carries 0.9969 of the 8 copies (4 of 8 before); NVLink the 7 local copies and the 8 − 1 forwarded ones of 16.
    const alpha = c.cluster.latencyUs * 1e-6;
    const network = (e.bytesPerGpu * (reached / 8)) / tierBandwidth(c.cluster, 'scale-out');
    const nvlink = (e.bytesPerGpu * (8 / 16 - 1 / 16 + (8 / 16) * (7 / 8))) / tierBandwidth(c.cluster, 'scale-up');
    assert.ok(Math.abs(e.linkSeconds - (e.count * alpha + Math.max(network, nvlink))) < 1e-12);
    assert.ok(e.linkSeconds < plain.linkSeconds / 3, `${e.linkSeconds} vs ${plain.linkSeconds}`);
    assert.ok(c.step!.mechanisms.some((m) => m.id === 'mech.epNodeDispatch' && m.args?.['r'] === 1));
  });

  it("DeepSeek-V3's group-limited routing (8 groups, the top 4): with whole groups on each node, a token reaches 3.5 of the other 7 nodes at EP 64", () => {
    const r = analyzeFile({ path: 'config.json', text: fixtureText('hf_config/deepseek-v3.config.json') });
    const moe = r.spec!.model!.moe!;
    assert.deepEqual([moe.routerGroups?.groups.value, moe.routerGroups?.topK.value], [8, 4]);
    // A node (one group of 32 experts) is left out when the 4 chosen groups are among the other 7: C(7, 4) / C(8, 4) = 1/2.
    assert.equal(remoteNodesPerToken(moe, 8), 3.5);
    // Over 4 nodes of 2 groups: C(6, 4) / C(8, 4) = 15/70; 3 × 55/70.
    assert.ok(Math.abs(remoteNodesPerToken(moe, 4) - (3 * 55) / 70) < 1e-15);
    // Without the groups: 8 experts among 256 spread evenly, C(224, 8) / C(256, 8) of missing a given node of 32.
    const { routerGroups: _, ...ungrouped } = moe;
    assert.ok(remoteNodesPerToken(ungrouped, 8) > 4.5);
  });

  it("EP with --overlap-moe-expert-parallel-comm: the all-to-alls run under the paired micro-batch's compute in 1F1B; one micro-batch's share stays exposed", () => {
    // Mixtral 8x7B on 64 GPUs: EP 8, 16 micro-batches per step.
    const rel = 'megatron_handwritten/mixtral_8x7b_moe.sh';
    const plain = analyze(rel).step!;
    const flagged = analyzeFile({
      path: rel,
      text: fixtureText(rel).replace('--expert-model-parallel-size', '--overlap-moe-expert-parallel-comm --expert-model-parallel-size'),
    });
    assert.equal(flagged.spec!.training.epCommOverlap?.value, true);
    const overlapped = flagged.analysis!.cluster.step!;
    const ep = (s: typeof plain) => s.comm.find((e) => e.dimension === 'ep')!;
    assert.equal(ep(plain).exposedSeconds, ep(plain).linkSeconds);
    assert.equal(ep(overlapped).linkSeconds, ep(plain).linkSeconds);
    assert.ok(ep(plain).linkSeconds < overlapped.throughput.computeSeconds, 'the compute covers all but one micro-batch');
    assert.ok(Math.abs(ep(overlapped).exposedSeconds - ep(plain).linkSeconds / 16) < 1e-12);
    assert.ok(overlapped.throughput.stepSeconds < plain.throughput.stepSeconds);
    const ids = (s: typeof plain) => s.mechanisms.map((m) => m.id);
    assert.ok(ids(plain).includes('mech.epExposed'));
    assert.ok(ids(overlapped).includes('mech.epOverlap'));
  });

  it("EP overlapped under a per-node dispatcher: the hidden all-to-all still holds the SMs DeepEP's kernels take (20 of an H100's 132 unless --moe-deepep-num-sms says), charged as exposed; HybridEP's --moe-hybridep-num-sms read", () => {
    // Mixtral 8x7B on 64 H100: EP 8, 16 micro-batches per step, the A2A overlapped; NCCL's alltoall first, then DeepEP.
    const rel = 'megatron_handwritten/mixtral_8x7b_moe.sh';
    const text = fixtureText(rel).replace('--expert-model-parallel-size', '--overlap-moe-expert-parallel-comm --expert-model-parallel-size');
    const nccl = analyzeFile({ path: rel, text }).analysis!.cluster.step!;
    const flex = (extra: string) => analyzeFile({ path: rel, text: text.replace('--expert-model-parallel-size', `${extra} --expert-model-parallel-size`) });
    const deepep = flex('--moe-token-dispatcher-type flex');
    const ep = (s: typeof nccl) => s.comm.find((e) => e.dimension === 'ep')!;
    // (NCCL's channels are not counted: the hidden part costs nothing.)
    assert.equal(ep(nccl).exposedSeconds, ep(nccl).linkSeconds / 16);
    assert.equal(deepep.spec!.training.epCommSms?.value, 20);
    assert.equal(deepep.spec!.training.epCommSms?.source.kind, 'derived', "TransformerConfig's default");
    const d = ep(deepep.analysis!.cluster.step!);
    const exposed = d.linkSeconds / 16;
    assert.ok(Math.abs(d.exposedSeconds - (exposed + (d.linkSeconds - exposed) * (20 / 132))) < 1e-12);
    assert.ok(deepep.analysis!.cluster.step!.mechanisms.some((m) => m.id === 'mech.epOverlapSms' && m.args?.['n'] === 20 && m.args['total'] === 132));
    const hybrid = flex('--moe-token-dispatcher-type flex --moe-flex-dispatcher-backend hybridep --moe-hybridep-num-sms 32');
    assert.equal(hybrid.spec!.training.epCommSms?.value, 32);
    const h = ep(hybrid.analysis!.cluster.step!);
    assert.ok(Math.abs(h.exposedSeconds - (h.linkSeconds / 16 + ((h.linkSeconds * 15) / 16) * (32 / 132))) < 1e-12);
  });

  describe("MoE layers that wait for the GPU: Megatron-Core's dropless alltoall dispatcher, gpt-oss's offset GeGLU", () => {
    // GPT-OSS 120B on 64 H100 as Megatron-Bridge 26.04.01 ran it (training-throughput.tsv row 70, 5,824 tokens/s per GPU): PP 4 ·
    // EP 8, micro-batch 1 × 4,096, global 1,280, the recipe's alltoall dispatcher, its clamped quick-GeGLU with offset 1, the
    // layernorm and moe_act recomputed, no CUDA graph.
    const line = (extra: string) =>
      [
        'torchrun --nnodes 8 --nproc-per-node 8 pretrain_gpt.py --num-layers 36 --hidden-size 2880 --num-attention-heads 64',
        '--ffn-hidden-size 2880 --vocab-size 201088 --seq-length 4096 --max-position-embeddings 4096 --micro-batch-size 1',
        '--global-batch-size 1280 --quick-geglu --glu-linear-offset 1.0 --activation-func-clamp-value 7.0 --normalization RMSNorm',
        '--position-embedding-type rope --untie-embeddings-and-output-weights --group-query-attention --num-query-groups 8',
        '--kv-channels 64 --num-experts 128 --moe-router-topk 4 --moe-ffn-hidden-size 2880 --window-size 128,0',
        '--window-attn-skip-freq 2 --softmax-type learnable --bf16 --tensor-model-parallel-size 1 --pipeline-model-parallel-size 4',
        '--context-parallel-size 1 --expert-model-parallel-size 8 --expert-tensor-parallel-size 1 --use-distributed-optimizer',
        '--overlap-grad-reduce --overlap-param-gather --grad-reduce-in-bf16 --recompute-granularity selective',
        `--recompute-modules layernorm moe_act ${extra}`,
      ].join(' \\\n  ');
    const run = (extra: string) => analyzeFiles([{ path: 'pretrain.sh', text: line(extra) }], { cluster: testCluster('h100-sxm', 64) })[0]!;

    it("each wait exposes HOST_SYNC_SECONDS of launch time less the layer's forward: 3 per layer and micro-batch here (the dispatch, the GeGLU, its recompute); the published run within 15 %", () => {
      const a = run('--moe-token-dispatcher-type alltoall');
      const t = a.spec!.training;
      assert.equal(t.moeHostSync?.value, true);
      assert.equal(t.moeHostSync?.source.kind === 'derived' && t.moeHostSync.source.reason.args?.['dispatcher'], 'alltoall');
      assert.equal(t.gluOffsetSync?.value, true);
      const step = a.analysis!.cluster.step!;
      // 9 MoE layers per stage, 1,280 / 16 = 80 micro-batches; forward = a third of the compute per layer and micro-batch.
      const forward = step.throughput.computeSeconds / 80 / 9 / 3;
      const expected = 9 * 80 * (3 * HOST_SYNC_SECONDS - forward);
      assert.ok(forward < 3 * HOST_SYNC_SECONDS);
      assert.ok(Math.abs(step.throughput.hostSyncSeconds! / expected - 1) < 1e-12, `${step.throughput.hostSyncSeconds} vs ${expected}`);
      assert.ok(step.mechanisms.some((m) => m.id === 'mech.moeHostSync' && m.args?.['n'] === 2 && m.args['ms'] === 5));
      // (The JSON contract's throughput.hostSyncSeconds: the same.)
      assert.equal(buildReport([a], 'causal').files[0]!.throughput!.hostSyncSeconds, step.throughput.hostSyncSeconds);
      assert.ok(Math.abs(step.throughput.tokensPerSecondPerGpu / 5824 - 1) < 0.15, String(step.throughput.tokensPerSecondPerGpu));
    });

    it("Megatron-Core's default dispatcher (allgather) and the flex one wait too; drop-and-pad and a full-iteration CUDA graph do not, and Transformer Engine's graphs of attention take the launches after it", () => {
      const byDefault = run('').spec!.training.moeHostSync;
      assert.equal(byDefault?.value, true);
      assert.equal(byDefault?.source.kind === 'derived' && byDefault.source.reason.args?.['dispatcher'], 'allgather');
      const flex = run('--moe-token-dispatcher-type flex --moe-flex-dispatcher-backend hybridep');
      assert.equal(flex.spec!.training.moeHostSync?.value, true);
      const padded = run('--moe-token-dispatcher-type alltoall --moe-expert-capacity-factor 1.0 --moe-pad-expert-input-to-capacity');
      assert.equal(padded.spec!.training.moeHostSync, undefined);
      const graphed = run('--moe-token-dispatcher-type alltoall --cuda-graph-impl local --cuda-graph-scope full_iteration');
      assert.equal(graphed.spec!.training.moeHostSync, undefined);
      assert.equal(graphed.spec!.training.gluOffsetSync, undefined);
      assert.equal(graphed.analysis!.cluster.step!.throughput.hostSyncSeconds, undefined);
      const scoped = run('--moe-token-dispatcher-type alltoall --cuda-graph-impl transformer_engine --cuda-graph-scope attn moe_router moe_preprocess');
      assert.equal(scoped.spec!.training.moeHostSync, undefined);
      assert.equal(scoped.spec!.training.gluOffsetSync?.value, true, "the GeGLU's own wait stays, outside the graphs");
      // (The router's graph alone leaves the attention's launches after the wait.)
      assert.equal(
        run('--moe-token-dispatcher-type alltoall --cuda-graph-impl transformer_engine --cuda-graph-scope moe_router moe_preprocess').spec!.training.moeHostSync
          ?.value,
        true,
      );
    });
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

  it('Megatron-FSDP (--use-megatron-fsdp): parameters, gradients and optimizer state sharded (ZeRO-3) unless --data-parallel-sharding-strategy says less; Llama 3 70B on 64 GB200 runs at the published 4,224 tokens/s per GPU within 5 %', () => {
    const rel = 'megatron_handwritten/llama3_8b_h100.sh';
    const base = fixtureText(rel).replace('--use-distributed-optimizer', '--use-megatron-fsdp');
    const zero = (text: string) => analyzeFile({ path: rel, text }).analysis!.cluster.plan.layout.zero;
    assert.equal(zero(base), 3);
    assert.equal(zero(base.replace('--use-megatron-fsdp', '--use-megatron-fsdp --data-parallel-sharding-strategy optim')), 1);
    // Megatron-Bridge 25.11, training-throughput.tsv row 58: TP 1 · PP 1 · FSDP 64, micro-batch 2 × 8192, global batch 256, FP8.
    const text = [
      'torchrun --nnodes 8 --nproc-per-node 8 pretrain_gpt.py --num-layers 80 --hidden-size 8192 --num-attention-heads 64',
      '--group-query-attention --num-query-groups 8 --ffn-hidden-size 28672 --vocab-size 128256 --seq-length 8192 --max-position-embeddings 8192',
      '--swiglu --normalization RMSNorm --position-embedding-type rope --disable-bias-linear --untie-embeddings-and-output-weights',
      '--micro-batch-size 2 --global-batch-size 256 --bf16 --fp8-format hybrid --use-megatron-fsdp --overlap-grad-reduce --overlap-param-gather',
    ].join(' \\\n  ');
    const spec = analyzeFile({ path: 'run.sh', text }).spec!;
    const c = testCluster('gb200-nvl72', 64);
    const plan = planFromSpec(spec as Parameters<typeof planFromSpec>[0], c);
    const tokens = stepModel(plan.layout, plan.workload, c).throughput.tokensPerSecondPerGpu;
    assert.ok(Math.abs(tokens / 4224 - 1) <= 0.05, `${tokens.toFixed(0)}`);
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

describe('hybrid sharding (HSDP), pinned', () => {
  // torchtitan's Llama 3 8B on 32 H100 (4 nodes of 8): FSDP over all 32, or replicate 4 × shard 8.
  const at = (replicate: number) => {
    const text = fixtureText('torchtitan/llama3_8b.toml')
      .replace('data_parallel_replicate_degree = 1', `data_parallel_replicate_degree = ${replicate}`)
      .replace('data_parallel_shard_degree = -1', `data_parallel_shard_degree = ${32 / replicate}`);
    const c = analyzeFile({ path: 'llama3_8b.toml', text }, { cluster: testCluster('h100-sxm', 32) }).analysis!.cluster;
    assert.equal(c.plan.world, 32);
    return c;
  };

  it("replicate 4 × shard 8: the gathers and the gradients' reduce-scatter within the node's 8 (NVLink), then each rank's shard of the gradients all-reduced over the 4 replicas (the network); FSDP over all 32 crosses the network for everything", () => {
    const fsdp = at(1);
    const full = fsdp.step!.comm.filter((e) => e.dimension === 'dp');
    assert.equal(full.length, 1);
    assert.equal(full[0]!.degree, 32);
    assert.equal(full[0]!.tier, 'scale-out');
    const c = at(4);
    assert.equal(c.plan.workload.shardGroup, 8);
    assert.ok(c.step!.mechanisms.some((m) => m.id === 'mech.hsdp' && m.args?.['g'] === 8 && m.args?.['r'] === 4));
    assert.ok(!fsdp.step!.mechanisms.some((m) => m.id === 'mech.hsdp'));
    const [shard, replicas] = c.step!.comm.filter((e) => e.dimension === 'dp');
    assert.equal(shard!.degree, 8);
    assert.equal(shard!.tier, 'scale-up');
    assert.equal(shard!.bytesPerGpu, full[0]!.bytesPerGpu, 'the same gathers and reduce-scatter, in a smaller group');
    assert.equal(replicas!.degree, 4);
    assert.equal(replicas!.collective, 'all-reduce');
    assert.equal(replicas!.tier, 'scale-out');
    const { dense } = paramsPerGpu(c.plan.workload.model, c.plan.layout);
    const grad = c.plan.workload.fp32GradReduce || c.plan.workload.precision === 'fp32' ? 4 : 2;
    assert.ok(Math.abs(replicas!.bytesPerGpu - (dense * grad) / 8) <= 1, 'one eighth of the gradients');
    const alpha = c.cluster.latencyUs * 1e-6;
    const link = replicas!.count * alpha + (replicas!.bytesPerGpu * busFactor('all-reduce', 4)) / tierBandwidth(c.cluster, 'scale-out');
    assert.ok(Math.abs(replicas!.linkSeconds - link) < 1e-12);
    // The shard group's ring over NVLink; the two share the last backward's window, each exposed by its share of the link time.
    const shardLink = shard!.count * alpha + (shard!.bytesPerGpu * busFactor('all-gather + reduce-scatter', 8)) / tierBandwidth(c.cluster, 'scale-up');
    assert.ok(Math.abs(shard!.linkSeconds - shardLink) < 1e-12);
    assert.ok(Math.abs(shard!.exposedSeconds / replicas!.exposedSeconds - shard!.linkSeconds / replicas!.linkSeconds) < 1e-9);
  });
});
