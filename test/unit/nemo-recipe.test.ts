import { strict as assert } from 'node:assert';
import { analyzeFile } from '../../src/core/pipeline';
import { render } from '../../src/core/messages';
import { fixtureText } from './helpers/fixtures';

describe('NeMo 2.0 recipes, read without running them', () => {
  it("NVIDIA's custom_recipe.py: llama3_8b.pretrain_recipe's model and defaults, the steps the file sets, nothing from its other functions", () => {
    const rel = 'nemo2/custom_recipe.py';
    const text = fixtureText(rel);
    const r = analyzeFile({ path: rel, text });
    assert.equal(r.family, 'nemo');
    // Meta-Llama-3-8B from the catalogue.
    assert.equal(r.analysis!.params.total.value, 8030261248);
    const s = r.spec!;
    // The recipe's trainer(): TP 1, PP 1, CP 2; its data: 8,192 tokens, global batch 512, micro-batch 1; 1 node × 8 GPUs.
    assert.deepEqual(
      [s.parallel.tp?.value, s.parallel.pp?.value, s.parallel.cp?.value, s.training.seqLen.value, s.training.globalBatch?.value, s.training.microBatch?.value],
      [1, 1, 2, 8192, 512, 1],
    );
    assert.equal(s.parallel.tp?.source.kind, 'derived', 'a recipe default, said as such');
    assert.match(render((s.parallel.cp!.source as { reason: Parameters<typeof render>[0] }).reason), /llm\.llama3_8b\.pretrain_recipe default 2/);
    // max_steps = 1000 where the first function writes it (the 70B's function sets it again for its own recipe).
    const steps = s.training.trainIters!;
    assert.equal(steps.value, 1000);
    assert.equal(steps.source.kind, 'fact');
    const range = (steps.source as { range: { start: number; end: number } }).range;
    assert.ok(range.start < text.indexOf('def custom_llama3_70b'), 'the 8B function');
  });

  it('settings on the recipe object win over its defaults, at their place; a value the script computes is said unknown', () => {
    const text = [
      'import nemo_run as run',
      'from nemo.collections import llm',
      '',
      'def configure_recipe(nodes: int = 2, gpus_per_node: int = 8):',
      '    recipe = llm.llama31_70b.pretrain_recipe(',
      '        name="llama31_70b",',
      '        num_nodes=nodes,',
      '        num_gpus_per_node=gpus_per_node,',
      '    )',
      '    recipe.trainer.strategy.tensor_model_parallel_size = 8',
      '    recipe.trainer.strategy.context_parallel_size = 1',
      '    recipe.data.global_batch_size = 128',
      '    return recipe',
      '',
    ].join('\n');
    const r = analyzeFile({ path: 'pretrain.py', text });
    const s = r.spec!;
    assert.equal(r.analysis!.params.total.value, 70553706496);
    const tp = s.parallel.tp!;
    assert.equal(tp.value, 8);
    const at = (tp.source as { range: { start: number; end: number } }).range;
    assert.equal(text.slice(at.start, at.end), '8');
    // The 70B recipe's PP 4 × VPP 5 and sequence parallelism stand.
    assert.deepEqual([s.parallel.pp?.value, s.parallel.vpp?.value, s.parallel.sp?.value, s.training.globalBatch?.value], [4, 5, true, 128]);
    const unknown = r.findings.filter((f) => f.message.id === 'nemo.recipeValueUnknown');
    assert.deepEqual(
      unknown.map((f) => text.slice(f.ranges[0]!.range.start, f.ranges[0]!.range.end)),
      ['nodes', 'gpus_per_node'],
    );
  });

  it("finetune_recipe: LoRA by default with the module's dim and alpha on Megatron's fused linears; peft_scheme='none' a full fine-tune", () => {
    const lora = analyzeFile({ path: 'ft.py', text: 'from nemo.collections import llm\nrecipe = llm.llama3_8b.finetune_recipe(name="sft", num_nodes=1)\n' });
    const a = lora.spec!.training.adapter!;
    assert.deepEqual([a.kind.value, a.rank?.value, a.alpha?.value], ['lora', 8, 16]);
    // Per layer: linear_qkv 8·(4096 + 6144), linear_proj 8·(4096 + 4096), linear_fc1 8·(4096 + 2·14336), linear_fc2 8·(14336 + 4096).
    assert.equal(lora.analysis!.method.trainable.value, 32 * 8 * (4096 + 6144 + 4096 + 4096 + 4096 + 28672 + 14336 + 4096));
    assert.deepEqual([lora.spec!.training.seqLen.value, lora.spec!.training.globalBatch?.value, lora.spec!.parallel.tp?.value], [2048, 128, 1]);
    // recipe.peft.dim where the script sets it.
    const dim = analyzeFile({ path: 'ft.py', text: 'from nemo.collections import llm\nrecipe = llm.llama3_8b.finetune_recipe()\nrecipe.peft.dim = 16\n' });
    assert.equal(dim.spec!.training.adapter!.rank?.value, 16);
    // target_modules as the script lists them: linear_qkv alone is one fused adapter per layer; a name of no known linear is kept
    // apart (and said), not counted.
    const qkv = analyzeFile({
      path: 'ft.py',
      text: 'from nemo.collections import llm\nrecipe = llm.llama3_8b.finetune_recipe(peft_scheme="lora")\nrecipe.peft.target_modules = ["linear_qkv", "linear_x"]\n',
    });
    assert.equal(qkv.analysis!.method.trainable.value, 32 * 8 * (4096 + 6144));
    assert.deepEqual(qkv.spec!.training.adapter!.unknownTargets?.value, ['linear_x']);
    assert.equal(qkv.spec!.training.adapter!.kind.source.kind, 'fact');
    const full = analyzeFile({ path: 'ft.py', text: 'from nemo.collections import llm\nrecipe = llm.llama3_8b.finetune_recipe(peft_scheme="none")\n' });
    assert.equal(full.spec!.training.adapter, undefined);
    assert.deepEqual([full.analysis!.method.trainable.value, full.spec!.parallel.tp?.value], [8030261248, 2]);
  });

  it('a module this version has no defaults for, or another scheme, is refused at the call, naming it', () => {
    for (const call of [
      'llm.llama31_405b.finetune_recipe(peft_scheme="lora")',
      'llm.nemotron4_15b.pretrain_recipe()',
      'llm.llama3_8b.finetune_recipe(peft_scheme="ia3")',
    ]) {
      const text = `from nemo.collections import llm\nrecipe = ${call}\nrecipe.trainer.max_steps = 10\n`;
      const r = analyzeFile({ path: 'r.py', text });
      assert.equal(r.analysis, undefined);
      const f = r.findings.find((x) => x.severity === 'error')!;
      assert.equal(f.message.id, 'recognize.pythonRecipe');
      assert.match(render(f.message), /Not read: llm\.\w+\.(finetune|pretrain)_recipe/);
    }
  });

  it("Megatron-Bridge's run_recipe.py: the recipe's model and defaults, its OmegaConf overrides where the command writes them, nodes from torchrun", () => {
    const text =
      '#!/bin/bash\ntorchrun --nnodes 2 --nproc_per_node=8 scripts/training/run_recipe.py --recipe llama31_70b_pretrain_config --dataset llm-pretrain-mock train.train_iters=5000 model.context_parallel_size=1 train.global_batch_size=256\n';
    const r = analyzeFile({ path: 'run.sh', text });
    assert.equal(r.analysis!.params.total.value, 70553706496);
    const s = r.spec!;
    // llama3.py's llama31_70b_pretrain_config: TP 4, PP 4 × VPP 5, sequence parallel, 131,072 tokens; CP 2 overridden to 1.
    assert.deepEqual(
      [s.parallel.tp?.value, s.parallel.pp?.value, s.parallel.vpp?.value, s.parallel.sp?.value, s.parallel.cp?.value, s.training.seqLen.value],
      [4, 4, 5, true, 1, 131072],
    );
    const cp = (s.parallel.cp!.source as { range: { start: number; end: number } }).range;
    assert.equal(text.slice(cp.start, cp.end), '1');
    assert.deepEqual([s.training.globalBatch?.value, s.training.trainIters?.value, s.parallel.worldSize?.value], [256, 5000, 16]);
    // A recipe this version has no defaults for is refused at its name.
    const other = analyzeFile({ path: 'run.sh', text: '#!/bin/bash\ntorchrun --nproc-per-node 8 run_recipe.py --recipe qwen3_30b_a3b_pretrain_config\n' });
    const f = other.findings.find((x) => x.severity === 'error')!;
    assert.equal(f.message.id, 'recognize.pythonRecipe');
    assert.match(render(f.message), /qwen3_30b_a3b_pretrain_config/);
  });

  it("Megatron-Bridge in Python: a recipe function's config, its fields set where the script sets them", () => {
    const text = [
      'from megatron.bridge.recipes.llama.llama3 import llama3_8b_pretrain_config',
      'from megatron.bridge.training.pretrain import pretrain',
      '',
      'cfg = llama3_8b_pretrain_config()',
      'cfg.model.tensor_model_parallel_size = 2',
      'cfg.train.global_batch_size = 128',
      'pretrain(cfg)',
      '',
    ].join('\n');
    const r = analyzeFile({ path: 'train.py', text });
    assert.equal(r.analysis!.params.total.value, 8030261248);
    const s = r.spec!;
    assert.deepEqual([s.parallel.tp?.value, s.parallel.cp?.value, s.training.globalBatch?.value, s.training.seqLen.value], [2, 2, 128, 8192]);
    const tp = (s.parallel.tp!.source as { range: { start: number; end: number } }).range;
    assert.equal(text.slice(tp.start, tp.end), '2');
    // A value the script computes is said unknown there, as in a NeMo recipe, and the recipe's default stands.
    const computed = analyzeFile({ path: 'train.py', text: text.replace('cfg.train.global_batch_size = 128', 'cfg.train.global_batch_size = gbs') });
    assert.equal(computed.spec!.training.globalBatch?.value, 512);
    const f = computed.findings.find((x) => x.message.id === 'nemo.recipeValueUnknown')!;
    assert.match(render(f.message), /train\.global_batch_size is computed by the script/);
  });
});
