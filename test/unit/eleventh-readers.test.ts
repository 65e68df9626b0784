/**
 * Readers the eleventh survey (test/fixtures/survey/eleventh) showed wrong: each file read as `compute-budget report FILE`
 * reads it, and its count taken apart from the shapes the modelling code builds.
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import type { FileAnalysis } from '../../src/core/pipeline';
import { analyze, collectSetup } from '../../src/core/engine';
import { nodeFs } from '../../src/cli/main';
import { FIXTURES } from './helpers/fixtures';

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
