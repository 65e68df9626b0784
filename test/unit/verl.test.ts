import { strict as assert } from 'node:assert';
import { analyzeFile } from '../../src/core/pipeline';
import { fixtureText } from './helpers/fixtures';

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
