/**
 * NeMo-RL's YAML configs (recognize/nemoRl.ts) and the files they inherit by path (recognize/inherit.ts, engine.ts collectSetup):
 * real configs of NVIDIA-NeMo/RL and of its users, copied into the survey fixtures.
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { analyze, collectSetup } from '../../src/core/engine';
import { extractYaml } from '../../src/core/extract/yaml';
import { inheritedFiles, interpolated, mergeLayers } from '../../src/core/recognize/inherit';
import type { FileAnalysis } from '../../src/core/pipeline';
import { nodeFs } from '../../src/cli/main';
import { analyzeSetup } from '../../src/core/document';
import { analyzeFiles } from '../../src/core/pipeline';
import { settingsFrom } from '../../src/core/settings';
import type { ReadFile } from '../../src/core/pipeline';
import { readFileSync } from 'node:fs';
import { FIXTURES } from './helpers/fixtures';

const facts = (file: string, text: string) => extractYaml(file, text, {}).facts;
const value = (fs: ReturnType<typeof facts>, key: string) => fs.find((f) => f.path.join('.') === key)?.value;

async function report(file: string): Promise<FileAnalysis> {
  const read = await collectSetup(nodeFs, { files: [join(FIXTURES, 'survey', file)] });
  return analyze(read.inputs)[0]!;
}

describe('config inheritance by path (NeMo-RL defaults:)', () => {
  it('names the files a config inherits, a string or a list of YAML paths; a Hydra defaults list of group names is not this', () => {
    assert.deepEqual(
      inheritedFiles(facts('a.yaml', 'defaults: ../../grpo_math_1B.yaml\n')).map((s) => s.value),
      ['../../grpo_math_1B.yaml'],
    );
    assert.deepEqual(
      inheritedFiles(facts('a.yaml', 'defaults:\n  - base.yaml\n  - lora.yml\n')).map((s) => s.value),
      ['base.yaml', 'lora.yml'],
    );
    assert.deepEqual(inheritedFiles(facts('a.yaml', 'defaults:\n  - ppo_trainer\n  - _self_\n')), []);
  });

  it("merges as OmegaConf does: a later file's key over an earlier one's, a list or null replacing all under it, _override_ a whole mapping", () => {
    const base = facts(
      'base.yaml',
      'policy:\n  optimizer:\n    name: adamw\n    lr: 1\n  lora:\n    targets: [a, b]\n  dtensor:\n    tp: 1\n    cp: 1\nenv:\n  math: {workers: 8}\n',
    );
    const child = facts(
      'child.yaml',
      'policy:\n  optimizer: null\n  lora:\n    targets: [c]\n  dtensor:\n    tp: 4\nenv:\n  _override_: true\n  qa: {workers: 2}\n',
    );
    const merged = mergeLayers([base, child]);
    assert.equal(value(merged, 'policy.optimizer.name'), undefined);
    assert.equal(value(merged, 'policy.optimizer'), null);
    assert.deepEqual(value(merged, 'policy.lora.targets'), ['c']);
    assert.deepEqual([value(merged, 'policy.dtensor.tp'), value(merged, 'policy.dtensor.cp')], [4, 1]);
    assert.deepEqual([value(merged, 'env.math.workers'), value(merged, 'env.qa.workers')], [undefined, 2]);
    // (Each value keeps the file it was read from.)
    assert.equal(merged.find((f) => f.path.join('.') === 'policy.dtensor.cp')!.file, 'base.yaml');
  });

  it('resolves an interpolation of another key, ${policy.precision}, and leaves a resolver call as written', () => {
    const fs = interpolated(facts('a.yaml', 'policy:\n  precision: bfloat16\n  pipeline_dtype: ${policy.precision}\n  mb: ${mul:${policy.x}, 2}\n'));
    assert.equal(value(fs, 'policy.pipeline_dtype'), 'bfloat16');
    assert.equal(value(fs, 'policy.mb'), '${mul:${policy.x}, 2}');
  });
});

describe('NeMo-RL configs', () => {
  it("a user's GRPO experiment over four files it inherits (base, model, Megatron backend, LoRA): Qwen3.5-9B-Base, Megatron LoRA r 8 on the four linears", async () => {
    const a = await report(
      'fiftysixth/train/1003-nemo-rl-user-grpo-qwen3.5-9b-base-megatron-lora8-defaults-list/experiments/grpo_qwen3.5-9b_qa-rl_v1/config.yaml',
    );
    assert.equal(a.spec!.training.finetune?.value, true);
    // linear_fc1 (gate and up, fused) and linear_fc2 on all 32 layers: 32 · 8 · ((4,096 + 24,576) + (12,288 + 4,096));
    // linear_qkv (gated q, k, v) and linear_proj on the 8 attention layers: 8 · 8 · ((4,096 + 10,240) + (4,096 + 4,096)).
    assert.equal(a.analysis!.method.trainable.value, 32 * 8 * (28672 + 16384) + 8 * 8 * (14336 + 8192));
    assert.deepEqual([a.spec!.training.seqLen?.value, a.spec!.training.globalBatch?.value], [1536, 32]);
    // (The experiment's own train_global_batch_size over the base's 512; the LoRA file's peft block over the base's none.)
    const g = a.spec!.training.globalBatch!;
    assert.ok(g.source.kind === 'fact' && g.source.file.endsWith('experiments/grpo_qwen3.5-9b_qa-rl_v1/config.yaml'));
    assert.ok(a.findings.some((f) => f.message.id === 'setup.inherits'));
  });

  it("an example recipe that inherits grpo_math_1b.yaml: Gemma 3 1B on DTensor (FSDP2), 512 sequences of 512 tokens on the cluster's 8 GPUs", async () => {
    const a = await report('twentyninth/train/610-nemo-rl-gemma3-1b-it-grpo-full-dtensor-8gpu/manifests/grpo-gemma3-1b-it-1n8g-fsdp2tp1-b200.yaml');
    assert.equal(a.analysis!.params.total.value, 999885952);
    const p = a.analysis!.cluster.plan;
    assert.deepEqual([p.world, p.layout.dp, p.layout.zero, p.workload.globalBatch, p.workload.seqLen], [8, 8, 3, 512, 512]);
  });

  it('GRPO on Megatron TP 8: a prompt of at most 4,096 tokens and 1,024 generated (5,120), not the 16,384 total it allows', async () => {
    const a = await report('thirtyseventh/train/787-nemo-rl-grpo-gemma3-27b-megatron-tp8-16k-8gpu.yaml');
    const t = a.spec!.training;
    assert.deepEqual([t.seqLen?.value, t.microBatch?.value, t.globalBatch?.value, t.distributedOptimizer?.value], [5120, 1, 256, true]);
    assert.deepEqual([a.spec!.parallel.tp?.value, a.spec!.parallel.worldSize?.value], [8, 8]);
    assert.ok(a.findings.some((f) => f.message.id === 'nemoRl.grpoSteps' && f.message.args?.['steps'] === 8));
  });

  it('DPO on DTensor TP 8 with activation checkpointing: a chosen and a rejected sequence per sample, the reference a forward without its weights held', async () => {
    const a = await report('twentysecond/train/461-nemo-rl-dpo-mistral-nemo-12b-tp8-actckpt-12k.yaml');
    const t = a.spec!.training;
    assert.deepEqual([t.seqLen?.value, t.recompute?.value, t.fsdp?.value], [12288, 'full', true]);
    assert.deepEqual([t.preference?.value.sequences, t.preference?.value.reference], [2, 'forwardOnly']);
    assert.equal(a.spec!.parallel.tp?.value, 8);
    assert.ok(!a.findings.some((f) => f.message.id === 'nemoRl.policyOnly'));
  });

  it('in the editor too: the open recipe read over its base, and again with the siblings kept from the first reading', async () => {
    const path = join(FIXTURES, 'survey/twentyninth/train/610-nemo-rl-gemma3-1b-it-grpo-full-dtensor-8gpu/manifests/grpo-gemma3-1b-it-1n8g-fsdp2tp1-b200.yaml');
    const reads = new Map<string, ReadFile>();
    for (let i = 0; i < 2; i++) {
      const outcome = await analyzeSetup(
        { path, text: readFileSync(path, 'utf8'), settings: settingsFrom({}), forced: false, fs: nodeFs },
        async () => undefined,
        reads,
      );
      assert.ok(outcome.kind === 'analyzed');
      assert.equal(outcome.analysis!.analysis!.cluster.plan.world, 8, `reading ${i + 1}`);
      assert.equal(outcome.analysis!.spec!.training.globalBatch?.value, 512);
    }
  });
});

describe("DPO's reference where the LoRA is in another file", () => {
  it("a launch's DPO script with the LoRA in its YAML: the base with the adapter off; LLaMA-Factory's LoRA DPO with its own ref_model keeps the frozen copy", () => {
    const launch = { path: 'run/dpo.sh', text: 'accelerate launch scripts/run_dpo.py --config dpo.yaml\n' };
    const yaml = { path: 'run/dpo.yaml', text: 'model_name_or_path: Qwen/Qwen3-8B\npeft_enabled: true\nlora_r: 16\ntarget_modules: all-linear\n' };
    const [a] = analyzeFiles([launch, yaml]);
    assert.equal(a!.spec!.training.preference?.value.reference, 'forwardOnly');
    const lf = 'model_name_or_path: Qwen/Qwen3-8B\nstage: dpo\nfinetuning_type: lora\nref_model: Qwen/Qwen3-8B\n';
    const [b] = analyzeFiles([{ path: 'lf/dpo.yaml', text: lf }]);
    assert.equal(b!.spec!.training.preference?.value.reference, 'copy');
  });
});
