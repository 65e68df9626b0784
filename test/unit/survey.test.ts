/**
 * Issue #15's new-user survey: public configs gathered from the projects' repositories and users' ones (not written for this
 * project's tests; each survey folder's SOURCES.tsv names each file's repository, path and commit), each analyzed alone as
 * a user opening it would. At least 9 in 10 give numbers; a refusal says what is missing; published counts match.
 */
import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFile } from '../../src/core/pipeline';
import { FIXTURES, fixtureText } from './helpers/fixtures';

const files = ['hf', 'train'].flatMap((dir) =>
  readdirSync(join(FIXTURES, 'survey', dir))
    .filter((f) => f !== 'SOURCES.tsv')
    .map((f) => `survey/${dir}/${f}`),
);
const analyzed = new Map(files.map((f) => [f, analyzeFile({ path: f, text: fixtureText(f) })]));

describe('survey: public configs as a new user opens them', () => {
  it('28 files from 13 tools and model families; at least 9 in 10 give a parameter count', () => {
    assert.equal(files.length, 28);
    const counted = files.filter((f) => analyzed.get(f)!.analysis?.params.total.value);
    assert.ok(counted.length / files.length >= 0.9, `${counted.length} of ${files.length}`);
  });

  it('every one gives numbers; Qwen3-Next (refused until its Gated DeltaNet layers were modelled) with the Hub total of its checkpoint', () => {
    assert.deepEqual(
      files.filter((f) => !analyzed.get(f)!.analysis),
      [],
    );
    // 81,324,862,720 in the checkpoint: the model and the one MTP layer it adds (reported beside the total).
    const q = analyzed.get('survey/hf/05-qwen3-next-80b-a3b.config.json')!.analysis!.params;
    assert.equal(q.total.value + q.mtp.value, 81324862720);
  });

  const published: [string, number, string][] = [
    ['survey/hf/04-hunyuan-mt-7b.config.json', 7504932864, 'total_parameters of the model.safetensors.index.json in the same repository'],
    ['survey/train/13-gptneox-20B.yml', 20554567680, 'GPT-NeoX-20B (Black et al. 2022)'],
    ['survey/train/14-gptneox-pythia-410M.yml', 405334016, 'Pythia (Biderman et al. 2023), Table 1'],
    ['survey/train/17-nanogpt-finetune_shakespeare.py', 1557611200 - 512 * 1600, "gpt2-xl's 1,557,611,200 with its positions cropped to block_size 512"],
    ['survey/hf/06-llama-3.3-70b-instruct.config.json', 70553706496, 'Llama 3.1 / 3.3 70B (GROUND_TRUTH)'],
  ];
  for (const [file, total, source] of published) {
    it(`${file.split('/').pop()}: ${total.toLocaleString('en')} (${source})`, () => {
      assert.equal(analyzed.get(file)!.analysis!.params.total.value, total);
    });
  }
});
