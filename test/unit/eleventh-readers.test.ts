/**
 * Readers the eleventh survey (test/fixtures/survey/eleventh) showed wrong: each file read as `compute-budget report FILE`
 * reads it, and its count taken apart from the shapes the modelling code builds.
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import type { FileAnalysis } from '../../src/core/pipeline';
import { analyze, collectSetup } from '../../src/core/engine';
import { nodeFs } from '../../src/cli/main';
import { extractShell } from '../../src/core/extract/shell';
import { FIXTURES, fixtureText } from './helpers/fixtures';

const SURVEY = 'survey/eleventh';

/** One file as the CLI reads it: the files it references and the model it names joined. */
async function report(rel: string): Promise<FileAnalysis> {
  const read = await collectSetup(nodeFs, { files: [join(FIXTURES, SURVEY, rel)] });
  return analyze(read.inputs)[0]!;
}

describe('eleventh survey: Megatron-DeepSpeed', () => {
  const file = 'train/272-megatron-deepspeed-gpt-345m-gqa-tp2-heredoc-ds.sh';

  it('--num-key-value-heads 4 (Megatron-DeepSpeed arguments.py) groups the keys and values: 165,623,808', async () => {
    const a = await report(file);
    const model = a.spec!.model!;
    assert.equal(model.kvHeads.value, 4);
    assert.equal(model.kvHeads.source.kind, 'fact');
    // 24 layers of h 1024 (16 heads of 64, 4 KV heads), a biased QKV h → h + 2·256, the biased dense, a biased MLP of 1024 and
    // two LayerNorms; GPT-2's BPE padded to 50,432 (128 × TP 2), 512 learned positions, the final LayerNorm; the head tied.
    const h = 1024;
    const layer = h * (h + 2 * 256) + h + 2 * 256 + h * h + h + 2 * (h * h) + h + h + 4 * h;
    assert.equal(a.analysis!.params.total.value, 24 * layer + 50432 * h + 512 * h + 2 * h);
    assert.equal(a.analysis!.params.total.value, 165623808);
  });
});

describe('eleventh survey: a DeepSpeed config the launch script writes by a heredoc', () => {
  const file = 'train/272-megatron-deepspeed-gpt-345m-gqa-tp2-heredoc-ds.sh';
  const text = fixtureText(`${SURVEY}/${file}`);

  it('`cat <<EOT > $DS_CONFIG` … `EOT`: its JSON read where the script writes it, each value where it was written', () => {
    const facts = extractShell(file, text).facts.filter((f) => f.path[0] === '@heredoc');
    const at = (...path: string[]) => facts.find((f) => f.path.slice(2).join('.') === path.join('.'));
    // The file's name is $DS_CONFIG's value; the body's $GLOBAL_BATCH_SIZE, $MICRO_BATCH_SIZE and $ZERO_STAGE expanded.
    assert.ok(facts.every((f) => f.path[1] === './ds_config_zero1.json'));
    assert.equal(at('train_batch_size')?.value, 32);
    assert.equal(at('train_micro_batch_size_per_gpu')?.value, 4);
    assert.equal(at('zero_optimization', 'stage')?.value, 1);
    assert.equal(at('bf16', 'enabled')?.value, true);
    // A value from a variable points at its assignment (ZERO_STAGE=1), a literal one into the heredoc.
    const stage = at('zero_optimization', 'stage')!;
    assert.equal(text.slice(stage.valueRange.start - 'ZERO_STAGE='.length, stage.valueRange.end), 'ZERO_STAGE=1');
    const steps = at('steps_per_print')!;
    assert.equal(text.slice(steps.keyRange.start, steps.valueRange.end), '"steps_per_print": 1');
  });

  it('the config --deepspeed_config names is the one written: read with the launch, not reported missing', async () => {
    const a = await report(file);
    assert.equal(
      a.findings.some((f) => f.message.id === 'setup.referenceMissing'),
      false,
    );
    assert.equal(a.spec!.training.zeroStage?.value, 1);
    assert.equal(a.spec!.training.globalBatch?.value, 32);
  });

  it('a quoted delimiter keeps the body as written (no expansion): $VAR is then no JSON value, and nothing is read', () => {
    const quoted = text.replace('cat <<EOT > $DS_CONFIG', "cat <<'EOT' > $DS_CONFIG");
    assert.equal(extractShell(file, quoted).facts.filter((f) => f.path[0] === '@heredoc').length, 0);
  });
});
