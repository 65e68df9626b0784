import { strict as assert } from 'node:assert';
import { analyzeFiles } from '../../src/core/pipeline';
import { testCluster } from './helpers/cluster';
import { peakLayerMicroBatches, perRankList, stageImbalance, stageLayers, weightedChunks, type StageSplit } from '../../src/core/analysis/stages';
import { stepModel } from '../../src/core/analysis/time';
import { memoryPerGpu } from '../../src/core/analysis/memory';
import { planFromSpec } from '../../src/core/analysis/parallel';
import { join } from 'node:path';
import { parseLayout } from '../../src/core/recognize/megatron';
import { run as cliRun, nodeIo } from '../../src/cli/main';
import { FIXTURES, fixtureText } from './helpers/fixtures';

const cluster = testCluster;

describe('uneven pipeline stages (Megatron-Core split rules)', () => {
  it('126 layers with the embedding and loss counted as layers split 7, 8 × 14, 7 over 16 stages (×4 virtual)', () => {
    assert.deepEqual(stageLayers(126, 16, 4, { embedding: true, loss: true }), { shape: { first: 7, middle: 8, last: 7 } });
    assert.deepEqual(perRankList({ first: 7, middle: 8, last: 7 }, 16), [7, ...Array<number>(14).fill(8), 7]);
    assert.deepEqual(stageLayers(126, 8, 8, { embedding: true, loss: true }), { shape: { first: 15, middle: 16, last: 15 } });
    assert.equal(stageImbalance(126, 16, 4, { embedding: true, loss: true }), 128 / 126);
  });

  it("BLOOM 176B's Megatron-DeepSpeed script: --pp-partition-method 'type:transformer|embedding' puts its 70 layers on 12 stages as 5, 6 × 10, 5 (the tied embedding a layer at each end); bf16 at ZeRO stage 0 partitions the optimizer state, so it fits on the A100 80GB it ran on", () => {
    const path = 'survey/train/25-megads-slurm-bloom-176b.slurm';
    const [a] = analyzeFiles([{ path, text: fixtureText(path) }], { cluster: cluster('a100-80gb', 384) });
    const c = a!.analysis!.cluster;
    assert.deepEqual(c.plan.layout.stages, { embedding: true, loss: true });
    assert.deepEqual(stageLayers(70, 12, 1, c.plan.layout.stages!), { shape: { first: 5, middle: 6, last: 5 } });
    assert.equal(a!.spec!.training.distributedOptimizer!.source.kind, 'derived');
    assert.ok(c.memory.fits, `${c.memory.total / 1e9}`);
    assert.ok(c.step && c.step.throughput.stepSeconds > 0);
  });

  it('any pipeline degree costs the same: a million stages are described, never listed', () => {
    assert.deepEqual(stageLayers(1_999_998, 1_000_000, 1, { first: 1, last: 1 }), { shape: { first: 1, middle: 2, last: 1 } });
    assert.equal(peakLayerMicroBatches(1_999_998, 1_000_000, 1, { first: 1, last: 1 }, 10), 20);
    assert.equal(perRankList({ first: 1, middle: 2, last: 1 }, 1_000_000), undefined);
  });

  it('a layout string (--pipeline-model-parallel-layout): Megatron-Bridge\'s DeepSeek-V3 "Et|(tt|)*30mL" on PP 8 × 4 puts 7, 8 × 6, 6 layers on the ranks; its Llama 3 70B "Et*2|(t*2|)*34,t*3|(t*2|)*3,tL" on PP 8 × 5: 10, up to 11, 9', () => {
    const dsv3 = parseLayout('Et|(tt|)*30mL')!;
    assert.equal(dsv3.length, 32);
    assert.deepEqual([dsv3[0], dsv3[1], dsv3[30], dsv3[31]], [1, 2, 2, 0]);
    assert.deepEqual(stageLayers(61, 8, 4, { chunks: dsv3 }), { shape: { first: 7, middle: 8, last: 6 } });
    const llama = parseLayout('Et*2|(t*2|)*34,t*3|(t*2|)*3,tL')!;
    assert.equal(llama.length, 40);
    assert.deepEqual(stageLayers(80, 8, 5, { chunks: llama }), { shape: { first: 10, middle: 11, last: 9 } });
    // Its DeepSeek-V3 layout_map for 16 chunks (PP 4 × 4, 8 × 2, 16 × 1): the embedding and 4 layers, 14 × 4, 1 layer with MTP and loss.
    const sixteen = parseLayout('Et*4|(t*4|)*14tmL')!;
    assert.deepEqual([sixteen.length, sixteen[0], sixteen[15], sixteen.reduce((s, x) => s + x, 0)], [16, 4, 1, 61]);
    assert.deepEqual(stageLayers(61, 16, 1, { chunks: sixteen }), { shape: { first: 4, middle: 4, last: 1 } });
    // The stages must be PP × VPP and hold every layer; a string that does not parse is not read.
    assert.deepEqual(stageLayers(61, 8, 2, { chunks: dsv3 }), { violation: { id: 'rule.ppLayout', args: { n: 32, p: 8, v: 2, sum: 61, L: 61 } } });
    assert.equal(parseLayout('Et|(tt|*30mL'), undefined);
    // Hostile strings end in "not read", never in a huge allocation or a deep recursion.
    assert.equal(parseLayout('((t*100000)*100000)'), undefined);
    assert.equal(parseLayout(`${'('.repeat(5000)}t${')'.repeat(5000)}`), undefined);
    // Read from the launch line: the layout sets the stages.
    const text = fixtureText('megatron_handwritten/llama3_8b_h100.sh').replace(
      '--use-distributed-optimizer',
      '--use-distributed-optimizer --pipeline-model-parallel-size 4 --pipeline-model-parallel-layout "Et*4|(t*8|)*2,t*12L"',
    );
    const [a] = analyzeFiles([{ path: 'run.sh', text }], { cluster: cluster('h100-sxm', 32) });
    assert.deepEqual(a!.spec!.parallel.ppChunks?.value, [4, 8, 8, 12]);
    assert.equal(stageImbalance(32, 4, 1, { chunks: [4, 8, 8, 12] }), (12 * 4) / 32);
  });

  it('without the flags 126 layers do not split into 16 stages, and a wrong first/last split is refused', () => {
    assert.deepEqual(stageLayers(126, 16, 1), { violation: { id: 'rule.ppDivides', args: { p: 16, v: 1, L: 126 } } });
    assert.deepEqual(stageLayers(126, 16, 1, { embedding: true }), { violation: { id: 'rule.ppAccount', args: { L: 126, extra: 1, p: 16, v: 1 } } });
    assert.deepEqual(stageLayers(126, 16, 1, { first: 7, last: 7 }), { shape: { first: 7, middle: 8, last: 7 } });
    assert.ok('violation' in stageLayers(126, 16, 1, { first: 6, last: 7 }));
    // Each rank's layers split over its virtual stages.
    assert.ok('violation' in stageLayers(126, 16, 2, { first: 7, last: 7 }));
    assert.deepEqual(stageLayers(80, 10, 1, { first: 2, last: 6 }), { shape: { first: 2, middle: 9, last: 6 } });
  });

  // Megatron-Bridge's Llama 3.1 405B layout on 256 GB200 with its recipe's account_for_embedding/loss_in_pipeline_split,
  // as a Megatron-LM launch line; without the flags (or without the virtual stages) to compare.
  const fixture = fixtureText('megatron_handwritten/llama31_405b_gb200_uneven.sh');
  const script = (extra: string) =>
    extra === 'without' ? fixture.replace('--account-for-embedding-in-pipeline-split --account-for-loss-in-pipeline-split', '') : fixture;
  const run = (extra: string) => analyzeFiles([{ path: 'run.sh', text: script(extra) }], { cluster: cluster('gb200-nvl72', 256) })[0]!;

  it('reads the flags: the layout runs, with the bubble of its busiest stage', () => {
    const r = run('');
    assert.equal(r.spec!.parallel.vpp?.value, 4, '(126 + 2) / 16 / 2');
    const c = r.analysis!.cluster;
    assert.deepEqual(c.violations, []);
    const t = c.step!.throughput;
    // 1536 / (1 × 4) = 384 micro-batches: bubble = (PP − 1) / (VPP · m) of the busiest stage's time = 15 / 1536.
    assert.ok(Math.abs(t.bubbleSeconds / t.computeSeconds - 15 / 1536) < 1e-12);
    // The busiest stage sets the pace: 8 layers (126 + 2 over 16) against 14 when 14 sit on each end stage and 7 on the others.
    const plan = planFromSpec(r.spec! as Parameters<typeof planFromSpec>[0], cluster('gb200-nvl72', 256));
    const gemm = (stages: StageSplit) => {
      const s = stepModel({ ...plan.layout, vpp: 1, stages }, plan.workload, cluster('gb200-nvl72', 256)).throughput;
      return s.computeSeconds - s.elementwiseSeconds;
    };
    assert.ok(Math.abs(gemm({ first: 14, last: 14 }) / gemm({ embedding: true, loss: true }) - 14 / 8) < 1e-12);
    assert.ok(Math.abs(stageImbalance(126, 16, 1, { first: 14, last: 14 }) - (14 * 16) / 126) < 1e-12);
    // Memory, 1F1B: rank r holds min(PP − r, m) micro-batches; the peak is rank 1's 8 layers × 15 (120), not rank 0's 7 × 16 (112),
    // against 8 × 16 (128) for 8 layers on the first stage and 14 × 16 (224) for 14.
    const act = (stages: StageSplit) => memoryPerGpu({ ...plan.layout, vpp: 1, stages }, plan.workload).activations;
    const [acc, eight, fourteen] = [act({ embedding: true, loss: true }), act({ first: 8, last: 6 }), act({ first: 14, last: 14 })];
    assert.ok(Math.abs((eight - acc) / (fourteen - eight) - (128 - 120) / (224 - 128)) < 1e-9);
  });

  it('without them the same layout is refused: 126 layers do not split into 16 × 4 stages', () => {
    const r = run('without');
    assert.equal(r.spec!.parallel.vpp, undefined);
    const r2 = analyzeFiles([{ path: 'run.sh', text: script('without').replace('--num-layers-per-virtual-pipeline-stage 2', '') }], {
      cluster: cluster('gb200-nvl72', 256),
    })[0]!;
    assert.ok(r2.analysis!.cluster.violations.some((v) => v.message.id === 'rule.ppDivides'));
    assert.equal(r2.analysis!.cluster.step, undefined);
  });
});

describe('compute-budget report shows an uneven pipeline split', () => {
  it('json: layers per pipeline rank; text: the split next to PP', async () => {
    const file = join(FIXTURES, 'megatron_handwritten/llama31_405b_gb200_uneven.sh');
    const out = async (args: string[]) => {
      let stdout = '';
      const code = await cliRun(args, { ...nodeIo(), stdout: (s) => (stdout += s), stderr: () => undefined, locale: 'en' });
      return { code, stdout };
    };
    const j = await out(['report', file, '--cluster', 'gb200-nvl72', '--format', 'json']);
    assert.equal(j.code, 0);
    const f = JSON.parse(j.stdout).files[0];
    assert.deepEqual(f.parallel.degrees.stageLayers, [7, ...Array<number>(14).fill(8), 7]);
    assert.deepEqual(f.parallel.rules, []);
    const t = await out(['report', file, '--cluster', 'gb200-nvl72']);
    assert.match(t.stdout, /PP 16×4 \(7\+8×14\+7\)/);
  });
});

describe("torchtitan's pipeline split (generate_llm_fqn_per_model_part)", () => {
  it('weighs the embedding and the output as layers and spreads the rest, the first stages one more', () => {
    // Llama 4 on 4 stages: 48 + 2 = 50, 12 each and 2 over: 13 − 1, 13, 12, 12 − 1.
    assert.deepEqual(weightedChunks(48, 4, 1, 1), [12, 13, 12, 11]);
    // DeepSeek-V3's 61 layers on 8: 63 = 7 × 8 + 7, so seven stages of 8 (the first 8 − 1) and the last 7 − 1.
    assert.deepEqual(weightedChunks(61, 8, 1, 1), [7, 8, 8, 8, 8, 8, 8, 6]);
    // Without weights (first / last_stage_less_layers 0): 61 over 32 stages of 2 at most.
    assert.equal(
      weightedChunks(61, 32, 0, 0)!.reduce((a, b) => a + b, 0),
      61,
    );
    // (More stages than weighted layers, or a weight above a stage's share: torchtitan refuses.)
    assert.equal(weightedChunks(4, 8, 1, 1), undefined);
    assert.equal(weightedChunks(6, 4, 3, 1), undefined);
  });

  it("a torchtitan DeepSeek-V3 on PP 8 is split as torchtitan splits it (no 'PP does not divide the layers'), interleaved two stages a rank", () => {
    const toml = (schedule: string) =>
      [
        '[model]',
        'name = "deepseek_v3"',
        'flavor = "671B"',
        '[training]',
        'local_batch_size = 8',
        'seq_len = 4096',
        '[parallelism]',
        'pipeline_parallel_degree = 8',
        `pipeline_parallel_schedule = "${schedule}"`,
        'expert_parallel_degree = 8',
        '',
      ].join('\n');
    const single = analyzeFiles([{ path: 'dsv3.toml', text: toml('1F1B') }], { cluster: testCluster('h100-sxm', 64) })[0]!;
    assert.ok(!single.findings.some((f) => f.message.id === 'rule.ppDivides' || f.message.id === 'rule.ppLayout'));
    assert.deepEqual(single.analysis!.cluster.plan.layout.stages?.chunks, [7, 8, 8, 8, 8, 8, 8, 6]);
    const interleaved = analyzeFiles([{ path: 'dsv3.toml', text: toml('Interleaved1F1B') }], { cluster: testCluster('h100-sxm', 64) })[0]!;
    assert.equal(interleaved.analysis!.cluster.plan.layout.vpp, 2);
  });
});
