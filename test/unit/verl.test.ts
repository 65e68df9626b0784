import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeFile } from '../../src/core/pipeline';
import { analyze, collectSetup } from '../../src/core/engine';
import { nodeFs } from '../../src/cli/main';
import { FIXTURES, fixtureText } from './helpers/fixtures';

describe('verl launches (Hydra overrides of ppo_trainer.yaml)', () => {
  it("verl's GRPO LoRA example: the actor's model, sequences, batches, checkpointing, LoRA and FSDP from its overrides, each where written", () => {
    const rel = 'verl/run_qwen2_5-3b_gsm8k_grpo_lora.sh';
    const text = fixtureText(rel);
    const r = analyzeFile({ path: rel, text });
    assert.equal(r.family, 'launcher');
    // Qwen2.5-3B-Instruct from the catalogue; LoRA r 64 on every linear layer: 119,734,272 trainable, the figure PEFT prints
    // for Qwen2.5-3B at r 64 all-linear.
    assert.equal(r.analysis!.params.total.value, 3085938688);
    assert.equal(r.analysis!.method.trainable.value, 119734272);
    const s = r.spec!;
    // A prompt of 512 and a response of 1024; 16 prompts × 5 responses per update, 40 sequences per micro-batch; 1 node × 2 GPUs.
    assert.deepEqual([s.training.seqLen.value, s.training.globalBatch?.value, s.training.microBatch?.value, s.parallel.worldSize?.value], [1536, 80, 40, 2]);
    assert.deepEqual([s.training.recompute?.value, s.training.fsdp?.value, s.training.adapter?.alpha?.value], ['full', true, 32]);
    const rank = s.training.adapter!.rank!.source as { range: { start: number; end: number } };
    assert.equal(text.slice(rank.range.start, rank.range.end), '64');
    // What is not counted, and that the lengths are maxima, is said.
    assert.ok(r.findings.some((f) => f.message.id === 'verl.actorOnly'));
    assert.ok(r.findings.some((f) => f.message.id === 'verl.longestSequences'));
  });

  it("ppo_trainer.yaml's defaults where the command says nothing, each said as verl's", () => {
    const r = analyzeFile({ path: 'run.sh', text: '#!/bin/bash\npython3 -m verl.trainer.main_ppo actor_rollout_ref.model.path=Qwen/Qwen2.5-3B-Instruct\n' });
    const s = r.spec!;
    assert.deepEqual(
      [s.training.seqLen.value, s.training.globalBatch?.value, s.training.recompute?.value, s.parallel.worldSize?.value, s.training.adapter],
      [1024, 256, 'full', 8, undefined],
    );
    assert.equal(s.training.recompute!.source.kind, 'derived');
  });
});

describe('EasyR1 launches (verl.trainer.main config=… key=value)', () => {
  it("EasyR1's DAPO example on Qwen3-14B-Base: bf16 parameters (torch_dtype) and AnyPrecisionAdamW (adamw_bf16: momentum, variance and Kahan compensation at 2 bytes each), 32 prompts × 16 responses, 2,048 + 20,480 tokens", async () => {
    const file = join(FIXTURES, 'easyr1/examples/qwen3_14b_dapo17k_dapo.sh');
    const a = analyze((await collectSetup(nodeFs, { files: [file] })).inputs)[0]!;
    assert.equal(a.analysis!.params.total.value, 14768307200);
    const t = a.spec!.training;
    assert.deepEqual([t.seqLen.value, t.globalBatch?.value, t.microBatch?.value, a.spec!.parallel.worldSize?.value], [22528, 512, 1, 8]);
    assert.deepEqual([t.masterWeights?.value, t.momentBytes?.value, t.fsdp?.value], [false, 6, true]);
    // Fully sharded over 8 GPUs: 2 bytes a weight, 6 of optimizer state.
    const m = a.analysis!.cluster.memory;
    assert.equal(m.weights, (14768307200 * 2) / 8);
    assert.equal(m.optimizer, (14768307200 * 6) / 8);
    assert.ok(a.findings.some((f) => f.message.id === 'verl.actorOnly' && f.message.args?.share === '0.8'));
  });

  it('the YAML a launch names is looked for where the launch runs (above its folder), and a missing one is said at its config= word', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'easyr1-'));
    try {
      writeFileSync(join(dir, 'run.sh'), 'python3 -m verl.trainer.main config=examples/none.yaml worker.actor.model.model_path=Qwen/Qwen3-4B\n');
      const a = analyze((await collectSetup(nodeFs, { files: [join(dir, 'run.sh')] })).inputs)[0]!;
      const missing = a.findings.find((f) => f.message.id === 'setup.referenceMissing');
      assert.equal(missing?.message.args?.file, 'examples/none.yaml');
      // The launch alone, at EasyR1's dataclass defaults: 256 prompts × 1 response, 512 + 512 tokens, micro-batch 4, 8 GPUs.
      const t = a.spec!.training;
      assert.deepEqual([t.globalBatch?.value, t.seqLen.value, t.microBatch?.value, a.spec!.parallel.worldSize?.value], [256, 1024, 4, 8]);
      assert.equal(a.analysis!.params.total.value, 4022468096);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
