import { strict as assert } from 'node:assert';
import { analyzeFile, analyzeFiles } from '../../src/core/pipeline';
import { testCluster } from './helpers/cluster';
import { flopsPerToken } from '../../src/core/analysis/time';
import { memoryPerGpu } from '../../src/core/analysis/memory';
import { planFromSpec } from '../../src/core/analysis/parallel';
import { fixtureText } from './helpers/fixtures';

// torchtitan docs/performance.md ran on Grand Teton: H100 with 96 GB HBM2e at 2.4 TB/s, NVLink within 8, 400 Gb/s RDMA per GPU.
const grandTeton = testCluster(
  {
    name: 'H100 96 GB (Grand Teton)',
    peakTflops: { bf16: 989, fp8: 1979, tf32: 494 },
    hbmGB: 96,
    hbmTBs: 2.4,
    scaleUpGBs: 450,
    scaleUpDomain: 8,
    scaleOutGbps: 400,
  },
  8,
);
const GIB = 2 ** 30;

describe('torchtitan: FSDP over 8 GPUs with op-level selective checkpointing', () => {
  const file = 'torchtitan/llama3_8b_h100_fsdp8.toml';
  const analyze = (text = fixtureText(file)) => analyzeFiles([{ path: file, text }], { cluster: grandTeton })[0]!;

  it("Llama 4's flavors (17bx16e, 17bx128e) are the language model alone: Scout's 107,769,861,120 (its checkpoint's 108,641,793,536 less the 871,932,416 of its vision tower), 17,172,894,720 active", () => {
    const rel = 'torchtitan/llama4_17bx16e.toml';
    const r = analyzeFile({ path: rel, text: fixtureText(rel) });
    assert.equal(r.analysis!.params.total.value, 108641793536 - 871932416);
    assert.equal(r.analysis!.params.active.value, 17172894720);
    assert.equal(r.spec!.model!.vision, undefined);
  });

  it('Llama 3.1 8B at local batch 2, sequence 8192 fits, within 5 % of the published 82.4 GiB', () => {
    const r = analyze();
    assert.equal(r.spec!.training.selectiveRecompute?.value, 'ops');
    const c = r.analysis!.cluster;
    assert.equal(c.plan.layout.zero, 3);
    assert.equal(c.plan.layout.dp, 8);
    assert.ok(c.memory.fits, `${c.memory.total / GIB} GiB`);
    assert.ok(Math.abs(c.memory.total / (82.4 * GIB) - 1) < 0.05, `${c.memory.total / GIB} GiB`);
    assert.ok(c.step, 'a step time');
  });

  it('the op policy keeps the layer input, SDPA out + LSE and the 1st, 3rd, 5th, 7th matmuls: 63,616 bytes per token per layer', () => {
    const r = analyze();
    const c = r.analysis!.cluster;
    // 2·(4096 input + 4096 SDPA + 4096 q + 1024 v + 14336 gate + 4096 down) + 4·32 LSE = 63,616 bytes; 2 × 8192 tokens.
    const plan = planFromSpec(r.spec! as Parameters<typeof planFromSpec>[0], grandTeton);
    const none = memoryPerGpu({ ...plan.layout, recompute: 'full' }, plan.workload);
    // Full recompute keeps the input (2·4096 bytes per token) of each layer; the same transient layer on top of both.
    assert.equal(c.memory.activations - none.activations, 32 * (63616 - 2 * 4096) * 2 * 8192);
    // It recomputes the 2nd, 4th and 6th matmuls (k, the attention output, up): 2·4096·(1024 + 4096 + 14336) FLOPs per token per layer.
    const f = flopsPerToken(plan.workload, 'selective', 'causal');
    assert.equal(f.hardware - f.model, 32 * 2 * 4096 * (1024 + 4096 + 14336));
  });

  it('selective_ac_option absent is torchtitan\'s default "2": every other layer fully checkpointed, assumed from the trainer', () => {
    const r = analyze(fixtureText(file).replace(/^selective_ac_option.*$/m, ''));
    assert.equal(r.spec!.training.selectiveRecompute, undefined);
    const c = r.analysis!.cluster;
    assert.deepEqual(c.plan.workload.selectiveRecompute, { everyLayers: 2 });
    assert.deepEqual(c.plan.sources['selectiveRecompute']?.source, { kind: 'assumed', reason: { id: 'prov.trainerDefault', args: { trainer: 'torchtitan' } } });
    const plan = c.plan;
    const full = memoryPerGpu({ ...plan.layout, recompute: 'full' }, plan.workload).activations;
    const whole = memoryPerGpu({ ...plan.layout, recompute: 'selective' }, { ...plan.workload, selectiveRecompute: undefined }).activations;
    // Full: 32 layers keep their input (F each) + one recomputed layer (W); Megatron's selective: 32 layers whole (W each).
    // Every other layer: 16·F + 16·W + the recomputed layer W = full / 2 + whole / 2 + whole / 64.
    assert.ok(Math.abs(c.memory.activations / (full / 2 + whole / 2 + whole / 64) - 1) < 1e-12);
  });

  it("the Float8 converter's recipe: [quantize.linear.float8] recipe_name (rowwise), tensorwise where unset (said as torchtitan's default); MX's is MXFP8", () => {
    const toml = (extra: string) =>
      `[model]\nname = "llama3"\nflavor = "8B"\nconverters = ["${extra.startsWith('mx') ? 'mx' : 'float8'}"]\n\n[training]\nlocal_batch_size = 2\nseq_len = 8192\n${extra.startsWith('mx') ? '' : extra}`;
    const recipe = (extra: string) => analyzeFile({ path: 'llama3_8b.toml', text: toml(extra) }).spec!.training.fp8Recipe;
    assert.equal(recipe('\n[quantize.linear.float8]\nrecipe_name = "rowwise"\n')?.value, 'rowwise');
    const unset = recipe('');
    assert.deepEqual([unset?.value, unset?.source.kind], ['tensorwise', 'assumed']);
    assert.equal(recipe('mx')?.value, 'mxfp8');
  });

  it('the loss compiled with the model (compile.enable, components with "loss") holds the 16-bit logits and their gradient, not three fp32 copies', () => {
    const text = fixtureText('torchtitan/llama3_8b.toml');
    const logits = (t: string) => analyzeFile({ path: 'llama3_8b.toml', text: t }, { cluster: testCluster('h100-sxm', 8) }).analysis!.cluster.memory.logits;
    const eager = logits(text);
    const compiled = logits(text.replace('enable=false\ncomponents = ["model", "loss"]', 'enable=true\ncomponents = ["model", "loss"]'));
    const modelOnly = logits(text.replace('enable=false\ncomponents = ["model", "loss"]', 'enable=true\ncomponents = ["model"]'));
    // Per logit: 2 + 3·4 bytes eager (the fp32 upcast's copies), 2·2 compiled.
    assert.ok(eager > 0);
    assert.equal(compiled, (eager * 4) / 14);
    assert.equal(modelOnly, eager);
  });

  it('async TP (enable_async_tensor_parallel) is TP communication overlapped with the GEMMs', () => {
    const text = fixtureText('torchtitan/llama3_8b_h100_fsdp8.toml').replace(
      'tensor_parallel_degree = 1',
      'tensor_parallel_degree = 2\nenable_async_tensor_parallel = true',
    );
    const r = analyzeFiles([{ path: 'a.toml', text }], { cluster: grandTeton })[0]!;
    assert.equal(r.spec!.training.tpCommOverlap?.value, true);
    assert.equal(r.analysis!.cluster.plan.workload.tpCommOverlap, true);
    assert.equal(r.analysis!.cluster.plan.layout.sp, true, 'TP implies sequence parallelism in torchtitan');
  });
});

describe("torchtitan's Python config registry (torchtitan/models/llama3/config_registry.py, since 2026)", () => {
  const file = 'torchtitan/models/llama3/config_registry.py';
  const analyze = (set?: Record<string, string>) => analyzeFiles([{ path: file, text: fixtureText(file) }], { set, cluster: testCluster('h100-sxm', 512) })[0]!;

  it('reads the first config whose model the catalogue knows (llama3_8b: the debug models take a test tokenizer), and says which and how to choose', () => {
    const r = analyze();
    assert.equal(r.analysis!.params.total.value, 8030261248);
    const t = r.spec!.training;
    assert.deepEqual(
      [t.seqLen?.value, t.microBatch?.value, t.trainIters?.value, t.recompute?.value, t.selectiveRecompute?.value],
      [8192, 1, 1000, 'selective', 'ops'],
    );
    // The source is the keyword in the function that sets it.
    assert.equal(r.text.slice(0, (t.seqLen!.source as { range: { start: number } }).range.start).split('\n').length, 125);
    const note = r.findings.find((f) => f.message.id === 'recognize.registryChosen')!;
    assert.equal(note.severity, 'info');
    assert.equal(note.message.args!['count'], 9);
    assert.equal(note.message.args!['chosen'], 'llama3_8b');
  });

  it('--set config=llama3_405b: the Float8 converter is FP8, async TP 8, full recompute, compiled, FSDP by ParallelismConfig default', () => {
    const r = analyze({ config: 'llama3_405b' });
    assert.equal(r.analysis!.params.total.value, 405853388800);
    const t = r.spec!.training;
    assert.deepEqual(
      [t.precision?.value, t.tpCommOverlap?.value, t.recompute?.value, t.compiled?.value, t.fsdp?.value, r.spec!.parallel.tp?.value],
      ['fp8', true, 'full', true, true, 8],
    );
    assert.equal(t.fsdp!.source.kind, 'derived');
    assert.ok(!r.findings.some((f) => f.message.id === 'recognize.registryChosen'), 'chosen by the user: nothing to say');
    assert.ok(r.analysis!.cluster.memory.fits);
  });

  it('a config built from another (config = llama3_debugmodel(); config.model_spec = ...) keeps the base and takes the change; an unknown name is an error, with nothing read in its place', () => {
    const r = analyze({ config: 'llama3_debugmodel_flex_attn' });
    assert.equal(r.spec!.training.microBatch?.value, 8, "llama3_debugmodel's local_batch_size");
    // (Its flavor, debugmodel_flex_attn, is the catalogue's: llama3's debug model, 6,163,712.)
    assert.equal(r.analysis!.params.total.value, 6163712);
    // (A name the registry does not define: an error, and no other config read in its place.)
    const unknown = analyze({ config: 'llama3_9b' });
    const note = unknown.findings.find((f) => f.message.id === 'recognize.registryUnknown')!;
    assert.equal(note.severity, 'error');
    assert.equal(note.message.args!['given'], 'llama3_9b');
    assert.equal(unknown.analysis, undefined);
  });
});
