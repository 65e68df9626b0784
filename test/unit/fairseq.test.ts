import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeFile } from '../../src/core/pipeline';
import { analyze, collectSetup } from '../../src/core/engine';
import { nodeFs } from '../../src/cli/main';
import { fixtureText } from './helpers/fixtures';

// A user's fairseq-train launch of a music-token language model (survey 1742: --arch transformer_lm, tied embeddings,
// --tokens-per-sample 2048, --max-tokens 4096, --update-freq 16, --fp16).
const MAESTRO = 'survey/ninetyfifth/train/1742-fairseq-transformer-lm-music-maestro.sh';

/** The launch in a folder with data-bin/maestro-v2.0.0/dict.txt of `entries` lines, as fairseq-preprocess writes one. */
async function withDict(text: string, entries: number | undefined) {
  const dir = mkdtempSync(join(tmpdir(), 'cb-fairseq-'));
  if (entries !== undefined) {
    mkdirSync(join(dir, 'data-bin/maestro-v2.0.0'), { recursive: true });
    writeFileSync(join(dir, 'data-bin/maestro-v2.0.0/dict.txt'), Array.from({ length: entries }, (_, i) => `tok${i} ${10000 - i}\n`).join(''));
  }
  writeFileSync(join(dir, 'tr.sh'), text);
  const read = await collectSetup(nodeFs, { files: [join(dir, 'tr.sh')] });
  return analyze(read.inputs)[0]!;
}

/** transformer_lm's pre-norm blocks of width d: biased q, k, v and out, fc1 and fc2 around the FFN, two LayerNorms. */
const block = (d: number, f: number) => 4 * d * d + 4 * d + 2 * d * f + f + d + 4 * d;

describe("fairseq's language models", () => {
  it("the data directory's dict.txt sizes the vocabulary (its entries + fairseq's four symbols); the architecture's sizes, the batch from --max-tokens", async () => {
    const a = await withDict(fixtureText(MAESTRO), 388);
    assert.equal(a.family, 'fairseq');
    // 392 rows tied to the output, 6 blocks of 512 (FFN 2,048), the final LayerNorm; sinusoidal positions hold no weights.
    assert.equal(a.analysis!.params.total.value, 392 * 512 + 6 * block(512, 2048) + 2 * 512);
    const t = a.spec!.training;
    assert.deepEqual([t.seqLen.value, t.microBatch?.value, t.gradAccum?.value, t.precision?.value, t.trainIters?.value], [2048, 2, 16, 'fp16', 50000]);
    // --decoder-learned-pos: a table of --tokens-per-sample + 2 rows.
    const learned = await withDict(
      fixtureText(MAESTRO).replace('--share-decoder-input-output-embed', '--share-decoder-input-output-embed --decoder-learned-pos'),
      388,
    );
    assert.equal(learned.analysis!.params.total.value - a.analysis!.params.total.value, 2050 * 512);
  });

  it('without dict.txt here: an error that names it, at the data directory; nothing counted', async () => {
    const a = await withDict(fixtureText(MAESTRO), undefined);
    assert.equal(a.analysis, undefined);
    const e = a.findings.find((f) => f.severity === 'error')!;
    assert.deepEqual([e.message.id, e.message.args?.['file']], ['fairseq.vocabFromDict', 'data-bin/maestro-v2.0.0/dict.txt']);
    assert.equal(fixtureText(MAESTRO).slice(e.ranges[0]!.range.start, e.ranges[0]!.range.end), 'data-bin/maestro-v2.0.0');
  });

  it("a fork's train.py under torch.distributed.launch (survey 1766, transformer_lm_gpt2_tiny); another task or architecture refused by name (survey 1756's masked_lm)", () => {
    const fork = 'survey/ninetyfifth/train/1766-fairseq-fork-transformer-lm-gpt2-tiny-wikipedia-8gpu.sh';
    const a = analyzeFile({ path: fork, text: fixtureText(fork) });
    assert.equal(a.family, 'fairseq');
    assert.equal(a.findings.find((f) => f.severity === 'error')?.message.id, 'fairseq.vocabFromDict');
    const mlm = 'survey/ninetyfifth/train/1756-fairseq-masked-lm-chinese-bertx6-200m.sh';
    const refused = analyzeFile({ path: mlm, text: fixtureText(mlm) }).findings.find((f) => f.severity === 'error')!;
    assert.deepEqual([refused.message.id, refused.message.args?.['task'], refused.message.args?.['arch']], ['fairseq.notModelled', 'masked_lm', 'masked_lm']);
  });
});
