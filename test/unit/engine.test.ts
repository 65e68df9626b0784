/**
 * The engine's promise: a layout has one set of figures wherever it is shown. The plan's best
 * layout, written into the config by the same edit "Apply to config" makes, is the layout the report
 * then analyzes, with the same memory per GPU and step time; a row of the panel's "Best layouts",
 * used as a what-if, shows the row's figures.
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { analyze, applyEdits, chooseCluster, collectSetup, layoutEdits, panel, planLayouts, type EngineOptions } from '../../src/core/engine';
import type { FileAnalysis } from '../../src/core/pipeline';
import { nodeFs } from '../../src/cli/main';
import { FIXTURES } from './helpers/fixtures';

const close = (a: number, b: number, what: string) => assert.ok(Math.abs(a - b) <= 1e-3 * Math.abs(b), `${what}: ${a} vs ${b}`);

async function setupOf(file: string, options: EngineOptions): Promise<FileAnalysis> {
  const read = await collectSetup(nodeFs, { files: [join(FIXTURES, file)] }, options);
  assert.deepEqual(read.problems, []);
  const [a] = analyze(read.inputs, options);
  assert.ok(a?.analysis, file);
  return a;
}

/** Writes the plan's best layout into the setup's files and analyzes them again. */
function applyBest(a: FileAnalysis, options: EngineOptions): { best: NonNullable<ReturnType<typeof planLayouts>>['best'][number]; after: FileAnalysis } {
  const plan = planLayouts(a, 1);
  assert.ok(plan && plan.best.length > 0, `${a.path}: no layout fits`);
  const best = plan.best[0]!;
  const l = best.layout;
  const { edits, missing } = layoutEdits(a, { tp: l.tp, pp: l.pp, vpp: l.vpp, dp: l.dp, cp: l.cp, ep: l.ep, microBatch: l.microBatch, recompute: l.recompute });
  assert.deepEqual(missing, [], `${a.path}: cannot write ${missing.join(', ')}`);
  const files = a.files.map((f) => ({ path: f.path, text: applyEdits(f.text, f.path, edits) }));
  const [after] = analyze(files, options);
  assert.ok(after?.analysis, a.path);
  return { best, after };
}

describe('plan, then report with the plan’s best layout written into the config', () => {
  const cases: [string, string | undefined, Record<string, string>?][] = [
    ['megatron_handwritten/llama3_8b_h100.sh', undefined],
    ['megatron_handwritten/llama3_8b_h100.sh', 'a100-80gb'],
    ['megatron_handwritten/llama3_8b_h100.sh', 'b200'],
    ['megatron_handwritten/mixtral_8x7b_moe.sh', undefined],
    ['megatron_handwritten/gpt_weak_scaling_a100.sh', 'a100-80gb', { MODEL: '18B' }],
    ['megatron_handwritten/gpt_weak_scaling_a100.sh', 'h100-sxm', { MODEL: '39B' }],
    ['axolotl/qwen3-8b-fsdp-tp-cp.yaml', undefined],
  ];
  for (const [file, preset, set] of cases) {
    it(`${file}${set ? ` ${JSON.stringify(set)}` : ''} on ${preset ?? 'the default cluster'}: the same memory per GPU and step time (to 0.1 %)`, async () => {
      const chosen = await chooseCluster(nodeFs, '.', preset);
      assert.ok(!('error' in chosen));
      const options: EngineOptions = { cluster: chosen, set };
      const a = await setupOf(file, options);
      const { best, after } = applyBest(a, options);
      const c = after.analysis!.cluster;
      assert.equal(c.chosenBy, 'files');
      assert.deepEqual(
        [
          c.plan.layout.tp,
          c.plan.layout.pp,
          c.plan.layout.vpp,
          c.plan.layout.dp,
          c.plan.layout.cp,
          c.plan.layout.ep,
          c.plan.layout.microBatch,
          c.plan.layout.recompute,
        ],
        [best.layout.tp, best.layout.pp, best.layout.vpp, best.layout.dp, best.layout.cp, best.layout.ep, best.layout.microBatch, best.layout.recompute],
      );
      close(c.memory.total, best.memory.total, 'memory per GPU');
      assert.ok(c.step, 'the written layout runs');
      close(c.step.throughput.stepSeconds, best.step.throughput.stepSeconds, 'step time');
      // Nothing the layout does not choose moved: the global batch and the sharding.
      assert.equal(c.plan.workload.globalBatch, a.analysis!.cluster.plan.workload.globalBatch);
      assert.equal(c.plan.layout.distributedOptimizer, best.layout.distributedOptimizer);
      assert.equal(c.plan.layout.sp, best.layout.sp);
    });
  }

  it('Megatron-LM without --use-distributed-optimizer: the plan keeps the optimizer unsharded, as Megatron runs it', async () => {
    const a = await setupOf('megatron_handwritten/gpt_weak_scaling_a100.sh', { set: { MODEL: '18B' } });
    assert.equal(a.analysis!.cluster.plan.layout.distributedOptimizer, false);
    assert.equal(a.analysis!.cluster.plan.sources['distributedOptimizer']?.source.kind, 'assumed');
    for (const x of planLayouts(a, 5)!.best) assert.equal(x.layout.distributedOptimizer, false);
  });
});

describe('the panel: "Use" on a row of "Best layouts"', () => {
  const files: [string, EngineOptions][] = [
    ['megatron_handwritten/llama3_8b_h100.sh', {}],
    ['hf_config/llama-3.1-70b.config.json', {}],
    ['hf_config/qwen3-30b-a3b.config.json', {}],
  ];
  for (const [file, options] of files) {
    it(`${file}: each row, used, shows that row's memory, step time, MFU and ratio`, async () => {
      const a = await setupOf(file, options);
      const m = panel(a, {}, 'en')!;
      assert.ok(m.layouts.length > 0);
      for (const row of m.layouts) {
        const used = panel(
          a,
          { tp: row.tp, pp: row.pp, vpp: row.vpp, dp: row.dp, cp: row.cp, ep: row.ep, microBatch: row.microBatch, recompute: row.recompute },
          'en',
        )!;
        assert.equal(used.memory.total, row.memoryBytes);
        assert.equal(used.stepSeconds, row.stepSeconds);
        assert.equal(used.mfu, row.mfu);
        assert.equal(used.ratio, row.ratio);
        assert.equal(used.text.step, row.text.step);
      }
    });
  }

  it('a row found on a what-if cluster keeps its figures when used on that cluster', async () => {
    const a = await setupOf('megatron_handwritten/llama3_8b_h100.sh', {});
    const bigger = panel(a, { nodes: 8 }, 'en')!;
    assert.equal(bigger.cluster.gpus, 64);
    const row = bigger.layouts[0]!;
    const used = panel(
      a,
      { nodes: 8, tp: row.tp, pp: row.pp, vpp: row.vpp, dp: row.dp, cp: row.cp, ep: row.ep, microBatch: row.microBatch, recompute: row.recompute },
      'en',
    )!;
    assert.equal(used.memory.total, row.memoryBytes);
    assert.equal(used.stepSeconds, row.stepSeconds);
  });
});
