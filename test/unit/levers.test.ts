/**
 * Issue #16: compute absorption and levers. Exact optimizer costs, and Llama-3.1-70B on 1,024 H100 with a global batch of
 * 1,024 × 8,192 and a budget of 6.4 × 10^24 FLOPs.
 */
import { strict as assert } from 'node:assert';
import { analyzeFile, analyzeFiles } from '../../src/core/pipeline';
import { leversOf, panel } from '../../src/core/engine';
import { criticalBatchTokens } from '../../src/core/analysis/absorption';
import { hiddenMatrices, newtonSchulzFlops, optimizerCost, shampooFlops, soapFlops } from '../../src/core/analysis/optimizers';
import { paramsPerGpu } from '../../src/core/analysis/memory';
import { leverChange } from '../../src/core/analysis/levers';
import { analyzeParams } from '../../src/core/analysis/params';
import type { ModelledSpec } from '../../src/core/analysis';
import type { ModelSpec } from '../../src/core/spec';
import { sweepValues } from '../../src/core/recognize/hydra';
import { fixtureText } from './helpers/fixtures';
import { stepModel } from '../../src/core/analysis/time';
import { hoverAt } from '../../src/core/report/editor';
import { testCluster } from './helpers/cluster';
import { buildReport } from '../../src/core/report/model';
import { renderText } from '../../src/core/report/text';
import { headline, headlineShort } from '../../src/core/report/headline';
import { flops, sig } from '../../src/core/format';

/** A Llama-3-8B Megatron launch line with its last flags (batch, layout, optimizer) given. */
function llama3Script(nodes: number, tail: string): string {
  return [
    `torchrun --nnodes ${nodes} --nproc-per-node 8 pretrain_gpt.py --num-layers 32 --hidden-size 4096 --num-attention-heads 32`,
    '--group-query-attention --num-query-groups 8 --ffn-hidden-size 14336 --vocab-size 128256 --seq-length 8192 --max-position-embeddings 8192',
    '--swiglu --normalization RMSNorm --position-embedding-type rope --disable-bias-linear --untie-embeddings-and-output-weights',
    tail,
  ].join(' \\\n  ');
}

/** An Axolotl LoRA run of Llama-3.1-8B beside a sweep file, on 8 H100: the setup's analysis. */
const SWEEP_TRAIN =
  'sequence_len: 4096\nbase_model: meta-llama/Llama-3.1-8B\nmicro_batch_size: 2\ngradient_accumulation_steps: 8\nmax_steps: 1000\nadapter: lora\nlora_r: 16\nlora_target_linear: true\nbf16: true\ngradient_checkpointing: true\n';
function withSweep(sweep: string, path = 'ft/sweep.yaml') {
  return analyzeFiles(
    [
      { path, text: sweep },
      { path: 'ft/train.yaml', text: SWEEP_TRAIN },
    ],
    { cluster: testCluster('h100-sxm', 8) },
  ).find((r) => r.analysis)!;
}

/** A search's trials, derived from the files, and the GPU-hours of all of them (the run's times the trials). */
function assertTrials(r: ReturnType<typeof withSweep>, n: number): void {
  const t = r.spec!.training.sweepTrials!;
  assert.equal(t.value, n);
  assert.equal(t.source.kind, 'derived');
  const c = r.analysis!.cluster.run!;
  assert.equal(c.trials, n);
  assert.ok(Math.abs(c.sweepGpuHours! - n * c.gpuHours!) < 1e-6);
}

describe('levers: optimizer costs', () => {
  it('Muon: 5 Newton–Schulz iterations on a 4096 × 14336 update, 4·m²·n + 2·m³ each, are 5 × 2^40 FLOPs', () => {
    assert.equal(newtonSchulzFlops(4096, 14336), 5 * 2 ** 40);
    assert.equal(newtonSchulzFlops(14336, 4096), 5_497_558_138_880, 'a tall matrix is orthogonalized transposed');
  });

  it('SOAP every step: statistics and both rotations (6·(m²·n + m·n²)); the bases (P·Q and its QR, 10/3·(m³ + n³)) every 10 steps', () => {
    const m = 4096;
    const n = 14336;
    assert.equal(soapFlops(m, n), 6 * (m * m * n + m * n * n) + ((10 / 3) * (m ** 3 + n ** 3)) / 10);
    assert.ok(soapFlops(m, n) > shampooFlops(m, n), 'two rotations a step cost more than one preconditioned product');
  });

  it('Shampoo every step: statistics and the preconditioned update (4·m²·n + 4·m·n²); the roots (10·(m³ + n³)) amortized over the interval', () => {
    const m = 4096;
    const n = 14336;
    assert.equal(shampooFlops(m, n, 10), 4 * m * m * n + 4 * m * n * n + (m ** 3 + n ** 3));
    assert.equal(shampooFlops(m, n, 100) - shampooFlops(m, n, 10), (10 * (m ** 3 + n ** 3)) / 100 - (m ** 3 + n ** 3));
  });

  it("Llama-3.1-8B's hidden matrices: 32 layers × (q, k, v, o, gate, up, down), 6.98 B parameters; Muon's step is their sum", () => {
    const m = analyzeFile({ path: 'config.json', text: fixtureText('hf_config/llama-3.1-8b.config.json') }).spec!.model!;
    const cost = optimizerCost(m, 'muon');
    assert.equal(cost.matrixParams, 32 * (2 * 4096 * 4096 + 2 * 4096 * 1024 + 3 * 4096 * 14336));
    const perLayer = 2 * newtonSchulzFlops(4096, 4096) + 2 * newtonSchulzFlops(4096, 1024) + 3 * newtonSchulzFlops(4096, 14336);
    assert.equal(cost.flopsPerStep, 32 * perLayer);
    assert.equal(hiddenMatrices(m).length, 7);
    assert.equal(optimizerCost(m, 'adamw').flopsPerStep, 0);
  });
});

describe('absorption and levers: Llama-3.1-70B, global batch 1,024 × 8,192 on 1,024 H100, 6.4e24 FLOPs', () => {
  const a = analyzeFile(
    { path: 'config.json', text: fixtureText('hf_config/llama-3.1-70b.config.json') },
    { cluster: testCluster('h100-sxm', 1024), globalBatch: 1024, seqLen: 8192, budgetFlops: 6.4e24 },
  );

  it('the report states the absorption limit, what runs out first, and the time to spend the budget at that size', () => {
    const ab = a.analysis!.cluster.absorption!;
    // B_opt for 6.4e24 FLOPs (DeepSeek LLM's law, 0.292 · C^0.3271): 38 M tokens, about 4,600 sequences of 8,192.
    assert.equal(Math.round(criticalBatchTokens(6.4e24) / 1e5), Math.round((0.292 * 6.4e24 ** 0.3271) / 1e5));
    assert.equal(Math.round(criticalBatchTokens(6.4e24) / 1e6), 38);
    assert.deepEqual([ab.weak.limitedBy, ab.strong.limitedBy], ['batch', 'ratio']);
    assert.ok(ab.strong.maxGpus >= 1024, String(ab.strong.maxGpus));
    assert.ok(ab.fastestSeconds! > 0 && ab.fastestSeconds! < a.analysis!.cluster.run!.seconds!, 'faster on the larger cluster');
    assert.ok(Math.abs(ab.budgetFlops! / 6.4e24 - 1) < 1e-9, 'the budget: the tokens it buys × FLOPs per token');
  });

  it('the headline: the ratio overall and per dimension, and the size at which it falls below 1 at this global batch', () => {
    const s = a.analysis!.cluster.scaling!;
    const step = a.analysis!.cluster.step!;
    // The first strong-scaling point below 1, every one before it at or above 1.
    const at = s.commDominatesAtFixedBatch!;
    assert.ok(at > 1024, String(at));
    const before = s.strong.filter((p) => p.gpus < at);
    assert.ok(before.length > 0 && before.every((p) => p.ratio! >= 1));
    assert.ok(s.strong.find((p) => p.gpus === at)!.ratio! < 1);
    const f = buildReport([a], 'causal').files[0]!;
    const line = headline(f)!;
    assert.ok(line.startsWith(`compute/communication ${sig(step.ratio!, 3)} on 1,024 GPUs (`), line);
    for (const [d, r] of Object.entries(step.ratioPerDimension)) assert.ok(line.includes(`${d.toUpperCase()} ${sig(r, 2)}`), `${d} in ${line}`);
    assert.ok(line.endsWith(`it falls below 1 at ${at.toLocaleString('en-US')} GPUs at this global batch`), line);
    assert.equal(renderText(buildReport([a], 'causal')).split('\n')[2], `  ${line}`, 'the report header');
    assert.equal(headlineShort(f), `C/C ${sig(step.ratio!, 2)}, below 1 at ${at.toLocaleString('en-US')} GPUs`);
    assert.match(headline(f, 'zh-cn')!, /^计算\/通信 /);
    // The panel heads with the same line, and its dimensions table gives each dimension's ratio.
    const m = panel(a, {}, 'en')!;
    assert.equal(m.headline, line);
    for (const d of m.dimensions) assert.equal(d.ratio, step.ratioPerDimension[d.dimension] ?? null, d.dimension);
  });

  it('the levers: FP8 lowers the ratio and raises MFU, FP32 does not fit the layout; doubling the global batch raises the absorption limit', () => {
    const table = leversOf(a, 'en')!.levers;
    const row = (id: string) => table.find((r) => r.id === id)!;
    assert.equal(table[0]!.id, 'as-written');
    assert.ok(row('precision-fp8').ratio! < row('as-written').ratio!);
    assert.ok(row('precision-fp8').mfu! > row('as-written').mfu!);
    // The row keeps the layout the search chose for BF16: FP32's weights and activations do not fit it, and the row says so.
    const fp32 = row('precision-fp32');
    assert.ok(!fp32.fits && fp32.ratio === null && fp32.mfu === null && fp32.memoryPerGpuBytes > row('as-written').memoryPerGpuBytes);
    assert.ok(row('batch-x2').absorptionGpus! > row('as-written').absorptionGpus!);
    // Muon's extra work costs time; its state is smaller than Adam's.
    assert.ok(row('optimizer-muon').timeToTrainSeconds! > row('as-written').timeToTrainSeconds!);
    assert.ok(row('optimizer-muon').memoryPerGpuBytes < row('as-written').memoryPerGpuBytes);
    // Width ×2 / depth ×2 at about equal parameters: about the same FLOPs per step, each on a layout of its own.
    for (const id of ['wider', 'deeper']) assert.ok(Math.abs(row(id).flopsPerStep / row('as-written').flopsPerStep - 1) < 0.05, id);
    // No FP4 rate on H100: no NVFP4 lever.
    assert.equal(
      table.find((r) => r.id === 'precision-fp4'),
      undefined,
    );
  });

  it('a fine-tune is offered no architecture change (its model is the published one); pre-training the same model is', () => {
    const ids = (r: ReturnType<typeof analyzeFile>) => leversOf(r, 'en')!.levers.map((x) => x.id);
    assert.ok(ids(a).includes('wider') && ids(a).includes('deeper'));
    const lora = analyzeFile({ path: 'ft/train.yaml', text: SWEEP_TRAIN }, { cluster: testCluster('h100-sxm', 8) });
    const offered = ids(lora);
    assert.ok(offered.includes('batch-x2') && offered.includes('optimizer-lion'), offered.join());
    assert.deepEqual(
      offered.filter((id) => ['wider', 'deeper', 'experts-x2'].includes(id)),
      [],
    );
    assert.equal(panel(lora, { lever: 'wider' }, 'en')!.ratio, lora.analysis!.cluster.step!.ratio);
  });

  it("a lever as the panel's what-if shows the numbers of its row (one engine); an id the setup is not offered changes nothing", () => {
    const table = leversOf(a, 'en')!.levers;
    for (const id of ['precision-fp32', 'batch-x2', 'optimizer-lion', 'deeper']) {
      const row = table.find((r) => r.id === id)!;
      const m = panel(a, { lever: id }, 'en')!;
      assert.equal(m.ratio, row.ratio, id);
      assert.equal(m.memory.total, row.memoryPerGpuBytes, id);
    }
    assert.equal(panel(a, { lever: 'precision-fp4' }, 'en')!.ratio, a.analysis!.cluster.step!.ratio, 'no FP4 rate on H100: not offered');
    // Other what-if changes apply on top of the lever.
    assert.equal(panel(a, { lever: 'precision-fp32', precision: 'bf16' }, 'en')!.ratio, a.analysis!.cluster.step!.ratio);
  });

  it("whole-matrix optimizers under a sharded state gather each matrix's gradient over DP (Distributed Muon); elementwise ones do not", () => {
    const table = leversOf(a, 'en')!.levers;
    const row = (id: string) => table.find((r) => r.id === id)!;
    const c = a.analysis!.cluster;
    assert.ok(c.plan.layout.distributedOptimizer, 'the state is sharded over DP');
    const m = a.spec!.model!;
    // The layers' matrices' share of the model: 80 × (q, k, v, o, gate, up, down) of 70.55 B.
    const share = optimizerCost(m, 'muon').matrixParams / a.analysis!.params.total.value;
    assert.equal(optimizerCost(m, 'muon').matrixParams, 80 * (2 * 8192 * 8192 + 2 * 8192 * 1024 + 3 * 8192 * 28672));
    const gather = paramsPerGpu(m, c.plan.layout).dense * share * 2;
    for (const id of ['optimizer-muon', 'optimizer-shampoo', 'optimizer-soap'])
      assert.ok(Math.abs(row(id).commBytesPerStep - row('as-written').commBytesPerStep - gather) < 1, id);
    for (const id of ['optimizer-lion', 'optimizer-adafactor']) {
      assert.equal(row(id).commBytesPerStep, row('as-written').commBytesPerStep, id);
      assert.ok(row(id).memoryPerGpuBytes < row('as-written').memoryPerGpuBytes, `${id}: less state than AdamW's 12 bytes`);
    }
    // The gather is not hidden: the ratio falls and the step takes longer.
    assert.ok(row('optimizer-muon').ratio! < row('as-written').ratio!);
    assert.ok(row('optimizer-soap').timeToTrainSeconds! > row('optimizer-lion').timeToTrainSeconds!);
  });

  it('the DP reduce-scatter carries 4-byte gradients in FP32 and 2-byte ones in BF16 (the parameters gathered back in 16 bits either way)', () => {
    const c = a.analysis!.cluster;
    const dp = (precision: 'bf16' | 'fp32') =>
      stepModel(c.plan.layout, { ...c.plan.workload, precision, fp32GradReduce: false }, c.cluster, 'causal').comm.find((e) => e.dimension === 'dp')!;
    const P = dp('bf16').bytesPerGpu / 4; // distributed optimizer: 2-byte gradients reduce-scattered, 2-byte parameters gathered
    assert.equal(dp('fp32').bytesPerGpu, 6 * P);
  });
});

describe('absorption in the editor: the hover on the global batch', () => {
  it("a Megatron script's --global-batch-size hover says how far the setup scales and what runs out first", () => {
    const text = llama3Script(
      4,
      '--micro-batch-size 1 --global-batch-size 512 --train-iters 1000 --bf16 --tensor-model-parallel-size 2 --use-distributed-optimizer --overlap-grad-reduce',
    );
    const r = analyzeFile({ path: 'run.sh', text }, { cluster: testCluster('h100-sxm', 32) });
    const ab = r.analysis!.cluster.absorption!;
    const hover = hoverAt(r, 'run.sh', text.indexOf('--global-batch-size') + 3)!;
    assert.ok(hover.markdown.includes(`strong ${ab.strong.maxGpus} GPUs (${ab.strong.limitedBy})`), hover.markdown);
    // Not on a shape flag.
    assert.ok(!hoverAt(r, 'run.sh', text.indexOf('--hidden-size') + 3)!.markdown.includes('strong '));
  });
});

describe('the hover on the optimizer and on a sweep: the state, the matrix work with its formula, the trials', () => {
  it('--optimizer muon: 8 bytes of state per parameter; the Newton–Schulz work per step of every hidden matrix, Σ 5·(4·m²·n + 2·m³)', () => {
    const text = llama3Script(1, '--micro-batch-size 1 --global-batch-size 64 --bf16 --tensor-model-parallel-size 2 --optimizer muon');
    const r = analyzeFile({ path: 'run.sh', text }, { cluster: testCluster('h100-sxm', 8) });
    const hover = hoverAt(r, 'run.sh', text.indexOf('--optimizer') + 3)!.markdown;
    const cost = optimizerCost(r.spec!.model!, 'muon');
    assert.ok(hover.includes('**Optimizer muon**: 8 bytes of state per trained parameter'), hover);
    assert.ok(hover.includes(`matrix work per step ${flops(cost.flopsPerStep)} on the layers' 6.98 B matrix parameters`), hover);
    assert.ok(hover.includes('`Σ 5·(4·m²·n + 2·m³) over the hidden matrices`'), hover);
    const adam = analyzeFile({ path: 'run.sh', text: text.replace('muon', 'adam') }, { cluster: testCluster('h100-sxm', 8) });
    assert.ok(hoverAt(adam, 'run.sh', text.indexOf('--optimizer') + 3)!.markdown.includes('an elementwise update'));
  });

  it('on a Hydra sweeper: the trials and the GPU-hours of all of them', () => {
    const sweep = fixtureText('hydra_handwritten/optuna_sweep.yaml');
    const r = withSweep(sweep);
    const hover = hoverAt(r, 'ft/sweep.yaml', sweep.indexOf('    n_trials:') + 6)!.markdown;
    const run = r.analysis!.cluster.run!;
    assert.ok(hover.includes(`**hyperparameter search**: 30 trials × ${sig(run.gpuHours!)} GPU-h = ${sig(run.sweepGpuHours!)} GPU-h`), hover);
  });
});

describe('levers on a MoE: twice the experts at the same top-k', () => {
  it('Qwen3-30B-A3B: the same active parameters and FLOPs per step (the router grows by h per expert), 29.0 B more parameters to hold', () => {
    const a = analyzeFile(
      { path: 'config.json', text: fixtureText('hf_config/qwen3-30b-a3b.config.json') },
      { cluster: testCluster('h100-sxm', 64), globalBatch: 512, seqLen: 4096 },
    );
    const table = leversOf(a, 'en')!.levers;
    const base = table[0]!;
    const x2 = table.find((r) => r.id === 'experts-x2')!;
    assert.ok(Math.abs(x2.flopsPerStep / base.flopsPerStep - 1) < 0.01);
    // 48 layers × 128 more experts × 3 · 2,048 · 768, and the router's 128 more rows of 2,048.
    const changed = leverChange(a.spec as ModelledSpec, a.analysis!, 'experts-x2')!;
    const total = (m: ModelSpec) => analyzeParams(m).total.value;
    assert.equal(total(changed.spec.model) - total(a.spec!.model!), 48 * 128 * (3 * 2048 * 768 + 2048));
  });
});

describe('hyperparameter search: a W&B sweep beside the config repeats the run', () => {
  const sweep = fixtureText('wandb_handwritten/sweep.yaml');
  const run = withSweep;

  it('a grid: every combination of the values lists (3 × 2 × 3 = 18 trials); the GPU-hours of all of them', () => {
    assertTrials(run(sweep), 18);
  });

  it('run_cap bounds it; a random search without run_cap is unbounded (a warning); a grid over a distribution is an error', () => {
    assert.equal(run(sweep + 'run_cap: 5\n').spec!.training.sweepTrials?.value, 5);
    const random = analyzeFiles([{ path: 'sweep.yaml', text: sweep.replace('method: grid', 'method: random') }])[0]!;
    assert.ok(random.findings.some((f) => f.message.id === 'sweep.unbounded' && f.severity === 'warning'));
    const bad = analyzeFiles([{ path: 'sweep.yaml', text: sweep.replace('values: [8, 16]', 'distribution: int_uniform\n    min: 8\n    max: 32') }])[0]!;
    assert.ok(bad.findings.some((f) => f.message.id === 'sweep.gridDistribution' && /per_device_train_batch_size/.test(String(f.message.args?.['names']))));
  });
});

describe('hyperparameter search: a Hydra sweeper (Optuna or the basic grid) repeats the run', () => {
  const run = withSweep;

  it('the Optuna sweeper: n_trials trials (30), whatever its parameters sample; 20, its default, when unset (assumed)', () => {
    const sweep = fixtureText('hydra_handwritten/optuna_sweep.yaml');
    assertTrials(run(sweep), 30);
    const unset = run(sweep.replace('    n_trials: 30\n', '')).spec!.training.sweepTrials!;
    assert.deepEqual([unset.value, unset.source.kind], [20, 'assumed']);
  });

  it('the basic sweeper: every combination of its lists and ranges (3 × 2 × 4 = 24); an interval() is no grid (an error)', () => {
    const sweep = fixtureText('hydra_handwritten/grid_sweep.yaml');
    assert.equal(run(sweep).spec!.training.sweepTrials!.value, 24);
    assert.deepEqual(
      ['1e-5,3e-5,1e-4', 'range(1,5)', 'range(0, 1, step=0.25)', 'choice(a, b)', 'tag(log, interval(1, 2))', 'interval(0, 1)'].map(sweepValues),
      [3, 4, 4, 2, undefined, undefined],
    );
    const bad = analyzeFiles([{ path: 'sweep.yaml', text: sweep.replace('range(1,5)', 'interval(1, 8)') }])[0]!;
    assert.ok(bad.findings.some((f) => f.message.id === 'sweep.gridDistribution' && f.message.args?.['names'] === 'training.micro_batch_size'));
  });

  it('a sweeper block inside a training config counts there too (its family still reads the rest)', () => {
    const r = analyzeFiles([{ path: 'ft/train.yaml', text: `${SWEEP_TRAIN}hydra:\n  sweeper:\n    n_trials: 12\n` }], {
      cluster: testCluster('h100-sxm', 8),
    })[0]!;
    assert.equal(r.family, 'axolotl');
    assert.equal(r.analysis!.cluster.run!.trials, 12);
  });
});

describe('hyperparameter search: a Ray Tune search space (tune.Tuner, param_space, TuneConfig) repeats the run', () => {
  const tune = fixtureText('raytune_handwritten/tune_search.py');
  const run = (text: string) => withSweep(text, 'ft/tune_search.py');

  it('num_samples × every combination of the grid_search lists (4 × 3 × 2 = 24); the samplers draw one value a trial', () => {
    assertTrials(run(tune), 24);
    // Without num_samples, one sample of the grid; tune.run(config=…, num_samples=…) reads the same way.
    assert.equal(run(tune.replace('num_samples=4, ', '')).spec!.training.sweepTrials!.value, 6);
    const old = 'analysis = tune.run(train_fn, config={"lr": tune.grid_search([1e-4, 3e-4]), "bs": tune.choice([8, 16])}, num_samples=3)\n';
    assert.equal(run(old).spec!.training.sweepTrials!.value, 6);
  });

  it('a grid over values the reading cannot know is a warning, not a count', () => {
    const r = analyzeFiles([{ path: 'tune.py', text: tune.replace('tune.grid_search([0.0, 0.1])', 'tune.grid_search(DECAYS)') }])[0]!;
    assert.ok(r.findings.some((f) => f.message.id === 'sweep.unknownGrid' && f.message.args?.['names'] === 'weight_decay'));
  });
});
