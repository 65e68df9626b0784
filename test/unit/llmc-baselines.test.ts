/**
 * Two research trainers run from the command line with every setting on it: EPFL's llm-baselines (recognize/llmBaselines.ts)
 * and Karpathy's llm.c (recognize/llmc.ts). The survey's launches of each (users' copies of their scripts) and lines written
 * as their READMEs write them; every count checked by hand against the model code the module comments cite.
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { analyzeFile } from '../../src/core/pipeline';
import type { FileAnalysis } from '../../src/core/pipeline';
import { analyze, collectSetup } from '../../src/core/engine';
import { nodeFs } from '../../src/cli/main';
import { FIXTURES } from './helpers/fixtures';

async function survey(name: string): Promise<FileAnalysis> {
  const read = await collectSetup(nodeFs, { files: [join(FIXTURES, 'survey', 'ninetythird', 'train', name)] });
  return analyze(read.inputs)[0]!;
}
const ids = (a: FileAnalysis) => a.findings.map((f) => f.message.id);

describe('llm-baselines (epfml/llm-baselines src/main.py)', () => {
  it('its 210M Llama (24 × 768, 12 heads): SwiGLU of 2,048, tied; 208,540,416; batch 64 × acc 4 of 512 tokens on one process', async () => {
    const a = await survey('1697-llm-baselines-llama-210m-sf-adamw.sh');
    // 24 × (4 × 768² + 3 × 768 × 2,048 + 2 × 768) + 50,304 × 768 + 768.
    assert.equal(a.analysis!.params.total.value, 208540416);
    assert.equal(a.spec!.model!.ffnWidth.value, 2048);
    assert.equal(a.spec!.training.microBatch?.value, 64);
    assert.equal(a.spec!.training.globalBatch?.value, 256);
    assert.equal(a.spec!.training.seqLen?.value, 512);
  });

  it('its 720M Llama (12 × 2,048, 16 heads): int(2 × 8,192 / 3) = 5,461 rounded up to 5,632; 719,636,480', async () => {
    const a = await survey('1713-llm-baselines-llama-720m-adamw.sh');
    assert.equal(a.spec!.model!.ffnWidth.value, 5632);
    assert.equal(a.analysis!.params.total.value, 719636480);
  });

  it('a mixture of experts (--moe) is refused where the flag is, not counted as the dense model', async () => {
    const a = await survey('1712-llm-baselines-llama-moe-520m-muon.sh');
    assert.equal(a.analysis, undefined);
    assert.ok(ids(a).includes('llmBaselines.moeNotModelled'));
  });

  it("--model base: nanoGPT's GPT-2 without biases, positions over sequence_length; torchrun's 4 processes are its data parallel", () => {
    const r = analyzeFile({
      path: 'base.sh',
      text: 'torchrun --nproc_per_node=4 ./src/main.py --config_format base --model base --n_embd 768 --n_head 12 --n_layer 12 --batch_size 32 --acc_steps 2\n',
    });
    // 12 × (4 × 768² + 2 × 768 × 3,072 + 2 × 768) + 50,304 × 768 + 512 × 768 + 768.
    assert.equal(r.analysis!.params.total.value, 123980544);
    assert.equal(r.spec!.parallel.worldSize?.value, 4);
    assert.equal(r.spec!.training.globalBatch?.value, 32 * 2 * 4);
  });
});

describe('llm.c (karpathy/llm.c train_gpt2cu)', () => {
  it("a fork's mpirun -np 8 of gpt2_124M.bin: GPT-2 124M with llm.c's padded 50,304 rows (124,475,904, its num_parameters); -d 1024 tokens is less than -b 2 × -t 256 × 8, which llm.c's own assert refuses", async () => {
    const a = await survey('1702-llmc-gpt2-124m-mpirun.sh');
    assert.equal(a.analysis!.params.total.value, 124475904);
    assert.equal(a.spec!.training.seqLen?.value, 256);
    assert.equal(a.spec!.training.microBatch?.value, 2);
    assert.equal(a.spec!.parallel.worldSize?.value, 8);
    assert.ok(a.findings.some((f) => f.ruleId === 'batch-arithmetic' && f.severity === 'error'));
  });

  it('-e d24 from scratch: 24 layers of 1,024 channels, 16 heads (354,871,296); -d 524288 tokens of 1,024 is 512 sequences; -z 1 shards the optimizer state', () => {
    const r = analyzeFile({
      path: 'run.sh',
      text: 'mpirun -np 8 ./train_gpt2cu -i "dev/data/fineweb10B/fineweb_train_*.bin" -b 64 -t 1024 -d 524288 -e "d24" -z 1 -x 5000\n',
    });
    // 50,304 × 1,024 + 1,024 × 1,024 + 24 × 12,596,224 (LayerNorms, qkv, proj, fc, proj with biases) + 2,048.
    assert.equal(r.analysis!.params.total.value, 354871296);
    assert.equal(r.spec!.training.globalBatch?.value, 512);
    assert.equal(r.spec!.training.distributedOptimizer?.value, true);
    assert.equal(r.spec!.training.trainIters?.value, 5000);
  });

  it('a model it does not know by name (-e gpt3:c768, a checkpoint of its own) is one clear error at -e', () => {
    const r = analyzeFile({ path: 'run.sh', text: './train_gpt2cu -b 16 -t 1024 -e gpt3:c768\n' });
    assert.equal(r.analysis, undefined);
    assert.ok(r.findings.some((f) => f.message.id === 'llmc.unknownModel' && f.severity === 'error'));
  });
});
