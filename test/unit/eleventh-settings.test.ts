/**
 * The eleventh gathering's settings the readers had left to defaults or refused (survey/eleventh/train, SOURCES.tsv names each
 * file's repository, path and commit): each file as `compute-budget report FILE` reads it (collectSetup, then analyze).
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { analyze, collectSetup } from '../../src/core/engine';
import { analyzeFiles, type FileAnalysis } from '../../src/core/pipeline';
import type { Provenance } from '../../src/core/types';
import { layoutDegrees, layoutText } from '../../src/core/report/layout';
import { nodeFs } from '../../src/cli/main';
import { FIXTURES, fixtureText } from './helpers/fixtures';

const TRAIN = 'survey/eleventh/train';

async function report(rel: string): Promise<FileAnalysis> {
  const read = await collectSetup(nodeFs, { files: [join(FIXTURES, rel)] });
  return analyze(read.inputs)[0]!;
}

/** The text a value was read from, in the file named (a fact's own range). */
function written(rel: string, p: Provenance): string {
  assert.equal(p.kind, 'fact');
  const f = p as Extract<Provenance, { kind: 'fact' }>;
  return fixtureText(rel).slice(f.range.start, f.range.end);
}

describe('eleventh gathering: settings read, not defaulted', function () {
  this.timeout(20000);

  it("a user's own YAML (OLMo 3 7B SFT): training.effective_batch_size 32, slurm's 1 node × 4 GPUs, and deepspeed.config_path's zero2.yaml, missing, said where named and its ZeRO stage taken from its name", async () => {
    const rel = `${TRAIN}/261-own-yaml-accelerate-olmo3-7b-sft-zero2.yaml`;
    const r = await report(rel);
    const s = r.spec!;
    assert.equal(r.analysis!.params.total.value, 7298011136);
    assert.equal(s.training.globalBatch!.value, 32);
    assert.equal(written(rel, s.training.globalBatch!.source), '32');
    assert.deepEqual([s.parallel.nodes?.value, s.parallel.gpusPerNode?.value, s.parallel.worldSize?.value], [1, 4, 4]);
    assert.equal(written(rel, s.parallel.gpusPerNode!.source), '4');
    const missing = r.findings.find((f) => f.message.id === 'setup.referenceMissing');
    assert.equal(missing?.message.args?.['file'], 'configs/deepspeed/zero2.yaml');
    assert.equal(fixtureText(rel).slice(missing!.ranges[0]!.range.start, missing!.ranges[0]!.range.end), '"configs/deepspeed/zero2.yaml"');
    assert.equal(s.training.zeroStage?.value, 2);
    assert.equal(s.training.zeroStage!.source.kind, 'assumed');
    // 4 GPUs, 8 sequences of 4096 each, ZeRO-2: it fits (118 GB on one GPU without ZeRO before).
    const c = r.analysis!.cluster!;
    assert.equal(c.plan.layout.dp, 4);
    assert.ok(c.memory.fits && c.memory.total / 1e9 > 50 && c.memory.total / 1e9 < 60, `${c.memory.total / 1e9} GB`);
  });

  it('a file of training settings whose model is only a tag is refused, saying it has settings and names no model', async () => {
    const rel = `${TRAIN}/257-own-yaml-settings-only-nemotron-nano-sft-lora.yaml`;
    const r = await report(rel);
    assert.equal(r.analysis, undefined);
    const e = r.findings.find((f) => f.severity === 'error')!;
    assert.equal(e.message.id, 'userConfig.noModelTagged');
    assert.deepEqual(e.message.args, { keys: 'training.*, lora.*', key: 'tags.model', value: 'nemotron-3-nano-30b' });
  });

  it("Axolotl's fsdp_config.fsdp_offload_params: the parameters (and, with them, the optimizer) on the host, in the layout and the memory", async () => {
    const rel = `${TRAIN}/264-axolotl-llama2-7b-qlora-r32-fsdp-offload.yml`;
    const r = await report(rel);
    const s = r.spec!;
    assert.equal(r.analysis!.params.total.value, 6738415616);
    assert.deepEqual([s.training.offloadParams?.value, s.training.offloadOptimizer?.value], [true, true]);
    assert.equal(written(rel, s.training.offloadParams!.source), 'true');
    const c = r.analysis!.cluster!;
    assert.equal(layoutText(layoutDegrees(c.plan.layout, c.plan.workload)), 'TP 1 · PP 1 · DP 1 · mb 8×4 · recompute full · ZeRO-3 · offload params+optimizer');
    // The 4-bit base's shards on the host, each layer brought up to run: 34.8 GB (39.7 GB with them on the GPU).
    assert.equal(Math.round(c.memory.total / 1e8) / 10, 34.8);
    assert.equal(c.memory.weights, 0);
  });

  it("Nanotron's YAML read as Nanotron: zero_stage 0 (no distributed optimizer), accumulate_grad_in_fp32, recompute_layer, tp_mode, dp × pp and the tokens' batch", async () => {
    const rel = `${TRAIN}/266-slurm-nanotron-smollm-qwen-1b-pp2-dp4/examples/config_smollm_qwen_1b.yaml`;
    const r = await report(rel);
    assert.equal(r.family, 'nanotron');
    // 16 layers of 60,821,504, the tied 151,936 × 2048 embedding and the final norm (SOURCES.tsv).
    assert.equal(r.analysis!.params.total.value, 1284311040);
    const s = r.spec!;
    assert.equal(s.model!.mlpBias.source.kind, 'derived');
    const t = s.training;
    assert.deepEqual(
      [t.distributedOptimizer?.value, t.fp32Grads?.value, t.masterWeights?.value, t.recompute?.value, t.precision?.value],
      [false, true, true, 'none', 'bf16'],
    );
    assert.equal(written(rel, t.distributedOptimizer!.source), '0');
    assert.equal(written(rel, t.recompute!.source), 'false');
    assert.deepEqual([t.seqLen.value, t.microBatch?.value, t.gradAccum?.value, t.trainIters?.value], [2048, 4, 64, 12500]);
    assert.deepEqual([s.parallel.dp?.value, s.parallel.pp?.value, s.parallel.tp?.value, s.parallel.sp?.value], [4, 2, 1, false]);
    assert.equal(written(rel, s.parallel.sp!.source), 'ALL_REDUCE');
    const c = r.analysis!.cluster!;
    assert.equal(c.plan.workload.globalBatch, 1024);
    assert.equal(c.plan.layout.distributedOptimizer, false);
    // Nothing of the optimizer's state sharded: 47.0 GB per GPU (25.1 GB when a distributed optimizer was assumed).
    assert.equal(Math.round(c.memory.total / 1e8) / 10, 47.0);
  });

  it("RL2's overrides as its workers use them: 32 prompts × 4 responses per update, sp_size 2 as CP and TP 4 sharing each packed micro-batch", async () => {
    const rel = `${TRAIN}/254-rl2-torchrun-qwen3-8b-reinforce-tp4-sp2.sh`;
    const r = await report(rel);
    assert.equal(r.analysis!.params.total.value, 8190735360);
    const s = r.spec!;
    assert.equal(s.training.globalBatch!.value, 128);
    const from = (s.training.globalBatch!.source as Extract<Provenance, { kind: 'derived' }>).from;
    assert.deepEqual(
      from.slice(0, 2).map((p) => written(rel, p)),
      ['32', '4'],
    );
    assert.deepEqual([s.parallel.cp?.value, s.parallel.tp?.value, s.parallel.sp?.value], [2, 4, true]);
    assert.equal(written(rel, s.parallel.cp!.source), '2');
    // 2048 tokens per device × the 8 CP and TP ranks of a data-parallel rank, one packed micro-batch at a time.
    assert.deepEqual([s.training.seqLen.value, s.training.microBatch?.value], [16384, 1]);
    const c = r.analysis!.cluster!;
    assert.deepEqual([c.plan.layout.tp, c.plan.layout.cp, c.plan.layout.dp], [4, 2, 1]);
    assert.equal(c.plan.workload.globalBatch, 128);
    assert.ok(r.findings.some((f) => f.message.id === 'rl2.packedTrajectories' && f.message.args?.['trajectories'] === 128));
  });

  it("ms-swift's flags under args: with env: beside them (a wrapper's layout) read as its launch line: Qwen3.5-0.8B, LoRA r 8 α 32 on all-linear, 4 × 8 sequences of 1536 on the one GPU its env shows", async () => {
    const rel = `${TRAIN}/263-msswift-yaml-args-qwen35-0.8b-lora8.yaml`;
    const r = await report(rel);
    assert.equal(r.family, 'launcher');
    assert.equal(r.analysis!.params.total.value, 852985920);
    const t = r.spec!.training;
    assert.deepEqual([t.adapter?.kind.value, t.adapter?.rank?.value, t.adapter?.alpha?.value], ['lora', 8, 32]);
    assert.equal(written(rel, t.adapter!.rank!.source), '8');
    assert.deepEqual([t.seqLen.value, t.microBatch?.value, t.gradAccum?.value, t.precision?.value], [1536, 4, 8, 'bf16']);
    // ms-swift checkpoints by default (said as its default); CUDA_VISIBLE_DEVICES "0": one GPU.
    assert.deepEqual([t.recompute?.value, t.recompute?.source.kind], ['full', 'derived']);
    assert.equal(r.analysis!.cluster!.cluster.gpusPerNode.value * r.analysis!.cluster!.cluster.nodes.value, 1);
    assert.ok(r.findings.some((f) => f.message.id === 'swift.configWrapped'));
  });

  it("ms-swift's own --config YAML (its flags at the top level): LoRA r 8 on all-linear by ms-swift's default, 20,185,088 trainable on Qwen2.5-7B", () => {
    const text = [
      'model: Qwen/Qwen2.5-7B-Instruct',
      'train_type: lora',
      'lora_rank: 8',
      'torch_dtype: bfloat16',
      'per_device_train_batch_size: 2',
      'gradient_accumulation_steps: 16',
      'max_length: 4096',
      'deepspeed: zero2',
      '',
    ].join('\n');
    const r = analyzeFiles([{ path: 'sft_config.yaml', text }])[0]!;
    assert.equal(r.family, 'launcher');
    const t = r.spec!.training;
    assert.deepEqual([t.adapter?.kind.value, t.adapter?.rank?.value, t.adapter?.alpha?.value], ['lora', 8, 32]);
    assert.equal(t.adapter!.alpha!.source.kind, 'derived');
    assert.deepEqual([t.seqLen.value, t.microBatch?.value, t.gradAccum?.value, t.zeroStage?.value], [4096, 2, 16, 2]);
    // all-linear on Qwen2.5-7B (h 3584, 28 heads and 4 KV heads of 128, MLP 18944, 28 layers), r·(in + out) per linear:
    // q and o 8·(3584 + 3584) = 57,344 each, k and v 8·(3584 + 512) = 32,768 each, gate, up and down 8·(3584 + 18944) = 180,224
    // each: 720,896 a layer, × 28 = 20,185,088.
    assert.equal(r.analysis!.method.trainable.value, 20185088);
    assert.ok(r.findings.some((f) => f.message.id === 'swift.configRead'));
  });
});
