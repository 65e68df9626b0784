/**
 * A Hydra app's config as Hydra composes it (recognize/hydraApp.ts, engine.ts collectSetup): its primary config, the group
 * options its defaults list and a launch choose, and the launch's overrides; then read as a user's config of a Hugging Face
 * script. The apps are real: forks of the DPO reference implementation (eric-mitchell/direct-preference-optimization) copied into
 * the survey fixtures.
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { analyze, collectSetup } from '../../src/core/engine';
import { extractYaml } from '../../src/core/extract/yaml';
import { composeHydra, hasGroupDefaults, hydraLaunch, hydraPrimaryRefs } from '../../src/core/recognize/hydraApp';
import type { HydraFile } from '../../src/core/recognize/hydraApp';
import { extractShell } from '../../src/core/extract/shell';
import type { Fact } from '../../src/core/types';
import { nodeFs } from '../../src/cli/main';
import { FIXTURES } from './helpers/fixtures';

const yaml = (file: string, text: string) => extractYaml(file, text, {}).facts;
const value = (fs: readonly Fact[], key: string) => fs.find((f) => f.path.join('.') === key)?.value;

/** A loader over files given as text, as the setup's is over the workspace. */
function files(texts: Record<string, string>): (path: string) => Promise<HydraFile | undefined> {
  return async (path) => {
    const text = texts[path];
    return text === undefined ? undefined : { facts: yaml(path, text), global: /^#\s*@package\s+_global_/m.test(text) };
  };
}

describe('Hydra apps: the config Hydra composes', () => {
  const primary = [
    'defaults:',
    '  - _self_',
    '  - model: gpt2',
    '  - optional loss: sft',
    '  - trainer@train: basic',
    '  - experiment: null',
    '  - override hydra/launcher: joblib',
    'batch_size: 64',
    'lr: 1.0e-6',
    'train:',
    '  steps: 10',
  ].join('\n');
  const texts = {
    'conf/model/gpt2.yaml': 'name_or_path: gpt2\nblock_name: GPT2Block\n',
    'conf/model/pythia28.yaml': 'name_or_path: EleutherAI/pythia-2.8b\nblock_name: GPTNeoXLayer\n',
    'conf/loss/dpo.yaml': 'name: dpo\nbeta: 0.1\n',
    'conf/trainer/basic.yaml': 'steps: 20\nname: BasicTrainer\n',
    'conf/experiment/big.yaml': '# @package _global_\nbatch_size: 128\n',
  };

  it('reads each group option under its package, the launch choosing over the defaults list; _self_ first lets the groups win', async () => {
    const choice = { ...yaml('run.sh', 'x: 1\n')[0]!, path: ['@override', 'model'], value: 'pythia28' };
    const c = await composeHydra('conf/config.yaml', yaml('conf/config.yaml', primary), new Map([['model', choice]]), files(texts));
    assert.equal(value(c.facts, 'model.name_or_path'), 'EleutherAI/pythia-2.8b');
    // (trainer@train: the trainer group's file under `train`, over the primary's own train.steps, since _self_ comes first.)
    assert.equal(value(c.facts, 'train.steps'), 20);
    assert.equal(value(c.facts, 'train.name'), 'BasicTrainer');
    assert.equal(value(c.facts, 'batch_size'), 64);
    // (An optional group's file not there, a null choice and Hydra's own groups: nothing read, nothing missing.)
    assert.equal(value(c.facts, 'loss.name'), undefined);
    assert.deepEqual(c.files, ['conf/model/pythia28.yaml', 'conf/trainer/basic.yaml']);
    assert.deepEqual(c.groups, ['model', 'loss', 'trainer', 'experiment']);
  });

  it('a `# @package _global_` option writes at the root; an option that is not there is missing, named at its entry', async () => {
    const withExperiment = primary.replace('experiment: null', 'experiment: big').replace('model: gpt2', 'model: gpt3');
    const c = await composeHydra('conf/config.yaml', yaml('conf/config.yaml', withExperiment), new Map(), files(texts));
    assert.equal(value(c.facts, 'batch_size'), 128);
    assert.deepEqual(
      c.missing.map((m) => m.value),
      ['conf/model/gpt3.yaml'],
    );
  });

  it('a launch of a Python script with overrides names its primary config: --config-path beside the script, else config/, conf/, configs/', () => {
    const launch = hydraLaunch(extractShell('run.sh', 'accelerate launch src/train.py model=llama adapter.r=16\n', {}).facts)!;
    assert.deepEqual(hydraPrimaryRefs(launch).slice(0, 4), ['src/config/config.yaml', 'src/conf/config.yaml', 'src/configs/config.yaml', 'config/config.yaml']);
    const named = hydraLaunch(extractShell('run.sh', 'python app/main.py --config-path ../cfg --config-name sft lr=1e-5\n', {}).facts)!;
    assert.deepEqual(hydraPrimaryRefs(named), ['cfg/sft.yaml']);
    // (No overrides: not a Hydra launch.)
    assert.equal(hydraLaunch(extractShell('run.sh', 'python train.py --lr 1e-5\n', {}).facts), undefined);
    assert.equal(hasGroupDefaults(yaml('a.yaml', 'defaults:\n  - _self_\n  - override hydra/launcher: joblib\n')), false);
  });

  it("a DPO fork's launch (accelerate launch src/train.py model=llama1B-instruct adapter=lora adapter.r=16): Llama 3.2 1B, LoRA r 16 on the model group's q_proj", async () => {
    const dir = join(FIXTURES, 'survey', 'ninetysecond', 'train', '1687-hydra-dpo-lora-llama3.2-1b-instruct-persona-r16-override');
    const read = await collectSetup(nodeFs, { files: [join(dir, 'scripts', 'llama1B-persona.sh')] });
    const a = analyze(read.inputs)[0]!;
    assert.equal(a.analysis!.params.total.value, 1235814400);
    // 16 layers × r 16 × (2,048 in + 2,048 out) on q_proj alone: the launch's r over the adapter file's r 2, the model group's targets.
    assert.equal(a.analysis!.method!.trainable!.value, 1048576);
    const note = a.findings.find((f) => f.message.id === 'setup.hydraComposed');
    assert.match(String(note?.message.args?.['files']), /config\/config\.yaml, .*config\/model\/llama1B-instruct\.yaml, .*config\/adapter\/lora\.yaml$/);
    // (Its dataset and loss groups' files were not copied: each said, where the defaults list names it.)
    assert.deepEqual(
      a.findings.filter((f) => f.message.id === 'setup.referenceMissing').map((f) => String(f.message.args?.['file']).replace(/.*\/config\//, '')),
      ['dataset/persona.yaml', 'loss/dpo.yaml'],
    );
  });
});
