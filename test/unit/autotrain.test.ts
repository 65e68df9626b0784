/**
 * Hugging Face AutoTrain (recognize/autotrain.ts): its config YAML and its Python API as its own repository writes them
 * (test/fixtures/autotrain, SOURCES.md), and users' command lines from the survey.
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { analyze, collectSetup } from '../../src/core/engine';
import type { FileAnalysis } from '../../src/core/pipeline';
import { nodeFs } from '../../src/cli/main';
import { FIXTURES } from './helpers/fixtures';

async function report(...path: string[]): Promise<FileAnalysis> {
  const read = await collectSetup(nodeFs, { files: [join(FIXTURES, ...path)] });
  return analyze(read.inputs)[0]!;
}

// Llama 3.2 1B, r 16 on all seven projections of its 16 layers (AutoTrain's LLMTrainingParams default rank).
const LORA_R16_ALL = 16 * 16 * (2 * (2048 + 2048) + 2 * (2048 + 512) + 3 * (2048 + 8192));

describe('AutoTrain', () => {
  it("its config (task: llm-sft, base_model, params): QLoRA of Llama 3.2 1B, int4 as NF4, r 16 by LLMTrainingParams' default on all-linear, block_size 2,048, batch 1 × 8, checkpointing on", async () => {
    const a = await report('autotrain', 'llama32-1b-sft.yml');
    assert.equal(a.analysis!.params.total.value, 1235814400);
    assert.equal(a.analysis!.method!.trainable!.value, LORA_R16_ALL);
    const t = a.spec!.training;
    assert.deepEqual([t.quantization?.value, t.seqLen?.value, t.microBatch?.value, t.gradAccum?.value, t.recompute?.value], ['nf4', 2048, 1, 8, 'full']);
    assert.equal(t.recompute?.source.kind, 'derived');
  });

  it("its Python API (LLMTrainingParams(model=…, peft=True, …)): the same reading; no block_size or model_max_length, so LLMTrainingParams' 2,048, said", async () => {
    const a = await report('autotrain', 'python_example.py');
    assert.equal(a.analysis!.params.total.value, 1235814400);
    assert.equal(a.analysis!.method!.trainable!.value, LORA_R16_ALL);
    assert.equal(a.spec!.training.seqLen?.value, 2048);
    assert.equal(a.spec!.training.seqLen?.source.kind, 'derived');
  });

  it('a user\'s `autotrain llm --train --model … --peft --quantization "int4"`: the model it names (outside the catalogue, its name holding Llama-3 and 8B apart: Meta-Llama-3-8B\'s shapes, said), not an unknown format', async () => {
    const a = await report('survey', 'ninetysixth', 'train', '1770-autotrain-llama3-open-ko-8b-qlora-sft.sh');
    const ids = a.findings.map((f) => f.message.id);
    assert.ok(ids.includes('catalogue.baseInName'));
    assert.equal(a.analysis?.params.total.value, 8030261248);
    assert.ok(!ids.includes('recognize.unknownFormat'));
  });
});
