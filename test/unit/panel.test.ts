import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { analyzeFile, analyzeFiles } from '../../src/core/pipeline';
import { layoutEdits as planLayoutEdits, panel } from '../../src/core/engine';
import { FIXTURES, fixtureText } from './helpers/fixtures';

const script = 'megatron_handwritten/llama3_8b_h100.sh';

function apply(text: string, edits: { range: { start: number; end: number }; newText: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.range.start - a.range.start)) out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  return out;
}

describe('cluster breakdown panel model', () => {
  it('shows the same numbers as `compute-budget report --format json` for the same file and cluster', () => {
    const m = panel(analyzeFile({ path: join(FIXTURES, script), text: fixtureText(script) }), {}, 'en')!;
    const cli = spawnSync(process.execPath, [join(process.cwd(), 'dist/cli.js'), 'report', join(FIXTURES, script), '--format', 'json'], { encoding: 'utf8' });
    const j = JSON.parse(cli.stdout).files[0];
    assert.equal(m.ratio, j.comm.ratio);
    assert.equal(m.mfu, j.throughput.mfu);
    assert.equal(m.stepSeconds, j.throughput.stepSeconds);
    assert.equal(m.memory.total, j.memory.perGpuBytes);
    assert.equal(m.cluster.gpus, j.cluster.gpus);
    assert.deepEqual(
      m.dimensions.map((d) => [d.dimension, d.linkSeconds, d.exposedSeconds]),
      j.comm.perDimension.map((d: { dimension: string; linkSeconds: number; exposedSeconds: number }) => [d.dimension, d.linkSeconds, d.exposedSeconds]),
    );
    assert.deepEqual(
      m.scaling!.weak.map((p) => p.ratio),
      j.scaling.weak.map((p: { ratio: number | null }) => p.ratio),
    );
    // The stacked bar adds up to the step: compute + bubble + exposed communication (+ hidden parts, drawn apart).
    const exposed = m.step.filter((s) => !s.hidden).reduce((s, x) => s + x.seconds, 0);
    assert.ok(Math.abs(exposed - m.stepSeconds!) < 1e-9 * m.stepSeconds!);
  });

  it('what-if: TP 4 on the same cluster re-runs the model; a new cluster size re-derives DP', () => {
    const a = analyzeFile({ path: script, text: fixtureText(script) });
    const m = panel(a, { tp: 4 }, 'en')!;
    assert.equal(m.layout.tp, 4);
    assert.equal(m.layout.dp, 4); // 32 GPUs / (TP 4 × CP 2)
    const bigger = panel(a, { nodes: 8 }, 'en')!;
    assert.equal(bigger.cluster.gpus, 64);
    assert.equal(bigger.layout.dp, 16);
    assert.ok(bigger.layouts.length > 0);
  });
});

describe('writing a layout back to the config', () => {
  it('changes the variable assignment a script reads (TP=2 → TP=4), nothing else', () => {
    const text = fixtureText(script);
    const a = analyzeFile({ path: script, text });
    const { edits, missing } = planLayoutEdits(a, { tp: 4, cp: 2 });
    assert.deepEqual(missing, []);
    assert.equal(edits.length, 1);
    assert.equal(apply(text, edits), text.replace('TP=2', 'TP=4'));
  });

  it('a value no file sets becomes a new flag in the script, or a new key in the Axolotl YAML', () => {
    const sh =
      'torchrun --nnodes 1 --nproc-per-node 8 pretrain_gpt.py --num-layers 32 --hidden-size 4096 --num-attention-heads 32 --vocab-size 32000 --seq-length 4096 --micro-batch-size 1 --global-batch-size 64\n';
    const a = analyzeFile({ path: 'run.sh', text: sh });
    const r = planLayoutEdits(a, { tp: 2, pp: 2 });
    assert.equal(apply(sh, r.edits), sh.replace('--micro-batch-size', '--tensor-model-parallel-size 2 --pipeline-model-parallel-size 2 --micro-batch-size'));
    const after = analyzeFile({ path: 'run.sh', text: apply(sh, r.edits) });
    assert.deepEqual([after.spec!.parallel.tp?.value, after.spec!.parallel.pp?.value], [2, 2]);
    const yaml = 'base_model: meta-llama/Llama-3.1-8B\nsequence_len: 4096\nmicro_batch_size: 1';
    const [y] = analyzeFiles([{ path: 'train.yaml', text: yaml }]);
    assert.equal(apply(yaml, planLayoutEdits(y!, { tp: 2 }).edits), `${yaml}\ntensor_parallel_size: 2\n`);
  });

  it('a bare model config owns no training settings: nothing is written, and it says what is missing', () => {
    const a = analyzeFile({ path: 'config.json', text: fixtureText('hf_config/llama-3.1-8b.config.json') });
    const r = planLayoutEdits(a, { tp: 2 });
    assert.deepEqual(r.edits, []);
    assert.deepEqual(r.missing, ['tp']);
  });
});
