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
  it('42 files from 16 tools and model families; at least 9 in 10 give a parameter count', () => {
    assert.equal(files.length, 42);
    const counted = files.filter((f) => analyzed.get(f)!.analysis?.params.total.value);
    assert.ok(counted.length / files.length >= 0.9, `${counted.length} of ${files.length}`);
  });

  it('the ones that give no numbers say what is missing, where; Qwen3-Next (refused until its Gated DeltaNet layers were modelled) with the Hub total of its checkpoint', () => {
    // The second gathering (December 2026): a tokenizer only the run loads (its vocabulary), a recipe and a torchtitan config
    // this version has no defaults for.
    const refused = files.filter((f) => !analyzed.get(f)!.analysis);
    assert.deepEqual(refused, [
      'survey/train/22-mbridge-qwen3-vl-8b-finetune.sh',
      'survey/train/24-megads-llama2-toy-1b.sh',
      'survey/train/26-slurm-megatronlm-llama31-8b-arch.sh',
      'survey/train/27-slurm-torchtitan-qwen3-hackathon.slurm',
    ]);
    const said = (f: string) => analyzed.get(f)!.findings.find((x) => x.severity === 'error')!;
    assert.equal(said('survey/train/26-slurm-megatronlm-llama31-8b-arch.sh').message.id, 'megatron.vocabFromTokenizer');
    assert.equal(said('survey/train/22-mbridge-qwen3-vl-8b-finetune.sh').message.id, 'recognize.pythonRecipe');
    assert.equal(said('survey/train/27-slurm-torchtitan-qwen3-hackathon.slurm').message.id, 'torchtitan.launchRegistry');
    // Following that advice: the same repository's registry, --set config=hackathon_model, is Qwen3-1.7B (model_registry("1.7B")).
    const registry = 'survey/train/29-torchtitan-qwen3-config_registry.py';
    const chosen = analyzeFile({ path: registry, text: fixtureText(registry) }, { set: { config: 'hackathon_model' } });
    assert.equal(chosen.analysis!.params.total.value, 1720574976);
    // 81,324,862,720 in the checkpoint: the model and the one MTP layer it adds (reported beside the total).
    const q = analyzed.get('survey/hf/05-qwen3-next-80b-a3b.config.json')!.analysis!.params;
    assert.equal(q.total.value + q.mtp.value, 81324862720);
  });

  it("a DeepSpeed preset named but not in the folder (the trainer's own repository): the ZeRO stage its name says, assumed", () => {
    for (const [f, preset, gpus] of [
      ['survey/train/32-llamafactory-qwen3-8b-full-sft.yaml', 'examples/deepspeed/ds_z3_config.json', 2],
      ['survey/train/33-axolotl-qwen3-8b-sft.yaml', 'zero3_bf16.json', 4],
    ] as const) {
      const a = analyzed.get(f)!.analysis!;
      const zero = analyzed.get(f)!.spec!.training.zeroStage!;
      assert.equal(zero.value, 3);
      assert.ok(zero.source.kind === 'assumed' && zero.source.reason.id === 'prov.deepspeedPresetName' && zero.source.reason.args?.['file'] === preset);
      // No GPU count stated: the fewest on which a full fine-tune of Qwen3-8B under ZeRO-3 fits.
      assert.equal(a.cluster.memory.fits, true);
      assert.equal(a.cluster.plan.layout.dp, gpus);
    }
  });

  const published: [string, number, string][] = [
    ['survey/hf/04-hunyuan-mt-7b.config.json', 7504932864, 'total_parameters of the model.safetensors.index.json in the same repository'],
    ['survey/train/13-gptneox-20B.yml', 20554567680, 'GPT-NeoX-20B (Black et al. 2022)'],
    ['survey/train/14-gptneox-pythia-410M.yml', 405334016, 'Pythia (Biderman et al. 2023), Table 1'],
    ['survey/train/17-nanogpt-finetune_shakespeare.py', 1557611200 - 512 * 1600, "gpt2-xl's 1,557,611,200 with its positions cropped to block_size 512"],
    ['survey/hf/06-llama-3.3-70b-instruct.config.json', 70553706496, 'Llama 3.1 / 3.3 70B (GROUND_TRUTH)'],
    ['survey/train/20-nemo2-llama3-70b-pretrain.py', 70553706496, 'Llama 3 70B (GROUND_TRUTH)'],
    ['survey/train/23-mbridge-slurm-gpt-oss-20b-sft.sh', 20914757184, 'gpt-oss-20b (GROUND_TRUTH; OpenAI: 20.91B)'],
    ['survey/train/25-megads-slurm-bloom-176b.slurm', 176247271424, "BLOOM's model card: 176,247,271,424 parameters"],
    ['survey/train/28-torchtitan-llama3-8b.toml', 8030261248, 'Llama 3.1 8B (GROUND_TRUTH)'],
  ];
  for (const [file, total, source] of published) {
    it(`${file.split('/').pop()}: ${total.toLocaleString('en')} (${source})`, () => {
      assert.equal(analyzed.get(file)!.analysis!.params.total.value, total);
    });
  }
});
