import { strict as assert } from 'node:assert';
import { analyzeFile, readConfig } from '../../src/core/pipeline';
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

  it("Qwen3's MoE recipes keep the experts unsplit (qwen3_trainer's expert_tensor_parallel_size=1): TP 4 · PP 2 · EP 4 fits 8 GPUs", () => {
    const text = [
      'from nemo.collections import llm',
      '',
      'recipe = llm.qwen3_30b_a3b.pretrain_recipe(name="qwen3_30b_a3b", num_nodes=1, num_gpus_per_node=8)',
      '',
    ].join('\n');
    const r = analyzeFile({ path: 'pretrain.py', text });
    assert.equal(r.spec!.parallel.etp?.value, 1);
    // (With Megatron's default ETP = TP 4, the expert grid 4 × 4 × 2 did not divide 8 GPUs: a layout error.)
    assert.ok(!r.findings.some((f) => f.severity === 'error'), r.findings.map((f) => f.message.id).join(', '));
    assert.ok(r.analysis!.cluster.memory.fits);
  });

  it('Megatron-FSDP (strategy.fsdp = "megatron") shards as its data_parallel_sharding_strategy says: optim_grads_params as ZeRO-3', () => {
    const lines = (strategy: string) =>
      [
        'from nemo.collections import llm',
        '',
        'recipe = llm.qwen3_30b_a3b.pretrain_recipe(num_nodes=1, num_gpus_per_node=8, tensor_parallelism=1, pipeline_parallelism=1)',
        'recipe.trainer.strategy.fsdp = "megatron"',
        `recipe.trainer.strategy.ddp.data_parallel_sharding_strategy = "${strategy}"`,
        'recipe.trainer.strategy.ddp.overlap_param_gather = False',
        '',
      ].join('\n');
    const full = analyzeFile({ path: 'pretrain.py', text: lines('optim_grads_params') });
    assert.equal(full.spec!.training.fsdp?.value, true);
    // (The DDP config's switches under recipe.trainer.strategy.ddp, read where the script sets them.)
    assert.equal(full.spec!.training.overlapParamGather?.value, false);
    assert.equal(analyzeFile({ path: 'pretrain.py', text: lines('optim_grads') }).spec!.training.zeroStage?.value, 2);
    assert.ok(full.analysis!.cluster.memory.total < analyzeFile({ path: 'pretrain.py', text: lines('optim_grads') }).analysis!.cluster.memory.total);
  });

  it("a degree the script sets to None is Megatron-Core's default 1, not a value it computes (a user's llama3_70b script: virtual_pipeline_model_parallel_size=None)", () => {
    const path = 'survey/train/20-nemo2-llama3-70b-pretrain.py';
    const r = analyzeFile({ path, text: fixtureText(path) });
    const vpp = r.spec!.parallel.vpp!;
    assert.equal(vpp.value, 1);
    assert.equal(vpp.source.kind, 'fact');
    assert.ok(!r.findings.some((f) => f.message.id === 'nemo.recipeValueUnknown'));
    assert.deepEqual([r.spec!.parallel.tp!.value, r.spec!.parallel.pp!.value], [2, 4]);
    // recipe.trainer.plugins.grad_reduce_in_fp32 = False, which NeMo's precision plugin hands the DDP config: bf16 gradients.
    const grads = r.spec!.training.fp32Grads!;
    assert.equal(grads.value, false);
    assert.equal(grads.source.kind, 'fact');
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

  it("Baichuan 2 7B's module (baichuan2_7b.py): LoRA's class defaults (dim 32 on the four fused linears of 32 layers, 67,371,008), TP 2 for a full fine-tune", () => {
    const ft = (scheme: string) =>
      analyzeFile({ path: 'ft.py', text: `from nemo.collections import llm\nrecipe = llm.baichuan2_7b.finetune_recipe(peft_scheme=${scheme})\n` });
    const lora = ft('"lora"');
    assert.equal(lora.analysis!.params.total.value, 7505973248);
    // linear_qkv 4,096 → 12,288, linear_proj 4,096 → 4,096, linear_fc1 4,096 → 2 × 11,008, linear_fc2 11,008 → 4,096.
    assert.equal(lora.analysis!.method.trainable.value, 32 * 32 * (4096 + 12288 + 4096 + 4096 + 4096 + 22016 + 11008 + 4096));
    const full = ft('None');
    assert.deepEqual([full.spec!.training.adapter, full.spec!.parallel.tp?.value], [undefined, 2]);
  });

  it("more modules as their recipes/<module>.py pass them (ChatGLM3, Gemma, Gemma 3 1B, Llama 2 7B, Llama-3.1-Nemotron-Nano, DeepSeek-V2-Lite): the model, degrees and sequence, and each finetune_recipe's LoRA", () => {
    const run = (call: string) => analyzeFile({ path: 'r.py', text: `from nemo.collections import llm\nrecipe = llm.${call}\n` });
    const shape = (r: ReturnType<typeof run>) => {
      const p = r.spec!.parallel;
      return [r.analysis!.params.total.value, p.tp?.value, p.cp?.value, p.ep?.value ?? 1, r.spec!.training.seqLen.value];
    };
    assert.deepEqual(shape(run('chatglm3_6b.pretrain_recipe()')), [6243584000, 1, 2, 1, 8192]);
    assert.deepEqual(shape(run('gemma_7b.pretrain_recipe()')), [8537680896, 2, 2, 1, 8192]);
    assert.deepEqual(shape(run('gemma3_1b.pretrain_recipe()')), [999885952, 1, 1, 1, 8192]);
    assert.deepEqual(shape(run('llama2_7b.pretrain_recipe()')), [6738415616, 2, 1, 1, 4096]);
    assert.deepEqual(shape(run('deepseek_v2_lite.pretrain_recipe()')), [15706484224, 1, 1, 8, 4096]);
    assert.deepEqual(shape(run('llama31_nemotron_nano_8b.pretrain_recipe()')), [8030261248, 1, 2, 1, 8192]);
    const sc2 = run('starcoder2_15b.pretrain_recipe()');
    assert.deepEqual([...shape(sc2), sc2.spec!.parallel.pp?.value, sc2.spec!.training.globalBatch?.value], [15957889024, 4, 1, 1, 4096, 2, 32]);
    const lora = (module: string) => run(`${module}.finetune_recipe()`).analysis!.method.trainable.value;
    // LoRA's class defaults (dim 32 on linear_qkv, linear_proj, linear_fc1, linear_fc2): ChatGLM3's 28 layers of 4,096 → 4,608,
    // 4,096 → 4,096, 4,096 → 2 × 13,696, 13,696 → 4,096.
    assert.equal(lora('chatglm3_6b'), 28 * 32 * (4096 + 4608 + 4096 + 4096 + 4096 + 27392 + 13696 + 4096));
    // Llama 2 7B's dim 8 on the same four.
    assert.equal(lora('llama2_7b'), 32 * 8 * (4096 + 12288 + 4096 + 4096 + 4096 + 22016 + 11008 + 4096));
    // DeepSeek-V2-Lite's MLA targets at dim 32 over 27 layers: linear_q_proj 2,048 → 16 × 192, linear_kv_down_proj 2,048 → 576,
    // linear_kv_up_proj 512 → 16 × 256, linear_proj 2,048 → 2,048.
    assert.equal(lora('deepseek_v2_lite'), 27 * 32 * (2048 + 3072 + 2048 + 576 + 512 + 4096 + 2048 + 2048));
    // (gemma_2b's full fine-tune sets context parallelism, which the finetune table does not hold: refused, not guessed.)
    assert.ok(run('gemma_2b.finetune_recipe()').findings.some((f) => f.message.id === 'recognize.pythonRecipe'));
  });

  it("the pretrain defaults of Nemotron-4, GPT-3 175B, Mistral and Qwen2 modules, each with its model (the papers' and the Hub's counts)", () => {
    const recipe = (call: string) => analyzeFile({ path: 'r.py', text: `from nemo.collections import llm\nrecipe = llm.${call}\n` });
    const degrees = (r: ReturnType<typeof recipe>) => {
      const p = r.spec!.parallel;
      const t = r.spec!.training;
      return [
        p.tp?.value,
        p.pp?.value,
        p.vpp?.value,
        p.cp?.value,
        p.sp?.value,
        p.ep?.value,
        t.seqLen.value,
        t.globalBatch?.value,
        t.microBatch?.value,
        p.nodes?.value,
      ];
    };
    // Nemotron-4 15B (nemotron4_15b.py): TP 4 with sequence parallelism, 4,096 tokens, batch 32 × 2, one node. The paper: 3.2B
    // embedding and 12.5B other parameters (256,000 × 6,144 twice, untied; 32 layers of squared-ReLU MLP and GQA).
    const n15 = recipe('nemotron4_15b.pretrain_recipe(name="n15", num_nodes=1)');
    assert.deepEqual(degrees(n15), [4, 1, 1, 1, true, 1, 4096, 32, 2, 1]);
    const p15 = n15.analysis!.params;
    assert.equal(p15.total.value, 15628775424);
    assert.equal(Math.round((p15.total.value - 2 * 256000 * 6144) / 1e8), 125);
    // Nemotron-4 340B: TP 8 · PP 12 × 8 · CP 2 on 768 nodes; 9.4B embedding and 331.6B other parameters.
    const n340 = recipe('nemotron4_340b.pretrain_recipe()');
    assert.deepEqual(degrees(n340), [8, 12, 8, 2, true, 1, 4096, 2304, 1, 768]);
    assert.equal(Math.round((n340.analysis!.params.total.value - 2 * 256000 * 18432) / 1e8), 3316);
    // GPT-3 175B (gpt3_175b.py): TP 4 · PP 8 × 6, 2,048 tokens, batch 2,048 × 2; the model of Brown et al., 174.6B.
    const g = recipe('gpt3_175b.pretrain_recipe(num_nodes=64)');
    assert.deepEqual(degrees(g), [4, 8, 6, 1, true, 1, 2048, 2048, 2, 64]);
    assert.equal(g.analysis!.params.total.value, 174604259328);
    // Mistral 7B (v0.3, its finetune's checkpoint): CP 2, 512 × 4,096 tokens; 7,248,023,552 parameters (32,768 tokens).
    const m = recipe('mistral_7b.pretrain_recipe()');
    assert.deepEqual(degrees(m), [1, 1, 1, 2, false, 1, 4096, 512, 1, 1]);
    assert.equal(m.analysis!.params.total.value, 7248023552);
    // Qwen2 7B: Qwen2.5 7B's shapes, 7,615,616,512; TP 2.
    const q = recipe('qwen2_7b.pretrain_recipe()');
    assert.deepEqual([q.spec!.parallel.tp?.value, q.analysis!.params.total.value], [2, 7615616512]);
    // Phi-3 mini's recipe runs on one GPU.
    assert.equal(recipe('phi3_mini_4k_instruct.pretrain_recipe()').spec!.parallel.worldSize?.value, 1);
  });

  it('finetune_recipe of Llama 3.1 405B and DeepSeek-V3: their nodes, batch and strategy per scheme, LoRA on MLA projections', () => {
    const recipe = (call: string) => analyzeFile({ path: 'r.py', text: `from nemo.collections import llm\nrecipe = llm.${call}\n` });
    // llama31_405b.finetune_recipe: 3 nodes, global batch 6; LoRA dim 16 / alpha 32 at TP 4 · PP 6 × 7, a plain optimizer.
    const l = recipe('llama31_405b.finetune_recipe()');
    const s = l.spec!;
    assert.deepEqual(
      [s.parallel.tp?.value, s.parallel.pp?.value, s.parallel.vpp?.value, s.parallel.worldSize?.value, s.training.globalBatch?.value, s.training.seqLen.value],
      [4, 6, 7, 24, 6, 2048],
    );
    assert.deepEqual([s.training.adapter!.rank?.value, s.training.adapter!.alpha?.value, s.training.distributedOptimizer?.value], [16, 32, false]);
    // 126 layers × 16 · (16,384 + 18,432 [qkv] + 2 · 16,384 [proj] + 16,384 + 2 · 53,248 [fc1] + 53,248 + 16,384 [fc2]).
    assert.equal(l.analysis!.method.trainable.value, 126 * 16 * (16384 + 18432 + 2 * 16384 + 16384 + 2 * 53248 + 53248 + 16384));
    // A full fine-tune: TP 8 · PP 14 = 112 GPUs, more than the recipe's 3 nodes: the layout cannot run, and the report says so.
    const full = recipe('llama31_405b.finetune_recipe(peft_scheme=None)');
    assert.deepEqual([full.spec!.parallel.tp?.value, full.spec!.parallel.pp?.value, full.spec!.parallel.worldSize?.value], [8, 14, 24]);
    assert.ok(full.findings.some((f) => f.severity === 'error'));
    // deepseek_v3.finetune_recipe: 5 nodes; LoRA (dim 32) on the four MLA projections and linear_proj at TP 8 · PP 5 (13 and 12
    // layers on the first and last stages), EP 1.
    const d = recipe('deepseek_v3.finetune_recipe()');
    const p = d.spec!.parallel;
    assert.deepEqual([p.tp?.value, p.pp?.value, p.ep?.value, p.ppFirstLayers?.value, p.ppLastLayers?.value, p.worldSize?.value], [8, 5, 1, 13, 12, 40]);
    assert.deepEqual([...d.spec!.training.adapter!.targets.value].sort(), ['k', 'o', 'q', 'v']);
    // Per layer: q_a 32·(7,168 + 1,536), q_b 32·(1,536 + 128·192), kv_a 32·(7,168 + 576), kv_b 32·(512 + 128·256), o 32·(128·128 + 7,168).
    const perLayer = 32 * (7168 + 1536 + 1536 + 128 * 192 + 7168 + 576 + 512 + 128 * 256 + 128 * 128 + 7168);
    assert.equal(d.analysis!.method.trainable.value % perLayer, 0);
    assert.equal(d.analysis!.method.trainable.value / perLayer, 61);
  });

  it("Qwen3's recipes: the module held in a name, the strategy and data as the recipe's keywords, where written", () => {
    const text = [
      'from nemo.collections import llm',
      'def main():',
      '    model = llm.qwen3_8b',
      '    recipe = model.pretrain_recipe(num_nodes=2, tensor_parallelism=2, context_parallelism=2, seq_length=8192, global_batch_size=64)',
      '    recipe.trainer.strategy.tensor_model_parallel_size = 1',
      '',
    ].join('\n');
    const r = analyzeFile({ path: 'train.py', text });
    const s = r.spec!;
    // Qwen3-8B; TP set on the strategy after the call wins over the keyword; CP, the sequence and the batch from the keywords;
    // the micro-batch the recipe's (qwen3_8b.py: 2).
    assert.equal(r.analysis!.params.total.value, 8190735360);
    assert.deepEqual(
      [
        s.parallel.tp?.value,
        s.parallel.cp?.value,
        s.training.seqLen.value,
        s.training.globalBatch?.value,
        s.training.microBatch?.value,
        s.parallel.worldSize?.value,
      ],
      [1, 2, 8192, 64, 2, 16],
    );
    assert.equal(text.slice((s.parallel.cp!.source as { range: { start: number } }).range.start).split(',')[0], '2');
    // qwen3_30b_a3b's recipe recomputes every layer.
    const moe = analyzeFile({ path: 'train.py', text: 'from nemo.collections import llm\nrecipe = llm.qwen3_30b_a3b.pretrain_recipe()\n' });
    assert.equal(moe.spec!.training.recompute?.value, 'full');
  });

  it('a module this version has no defaults for, or another scheme, is refused at the call, naming it', () => {
    for (const call of [
      'llm.gpt3_175b.finetune_recipe(peft_scheme="lora")',
      'llm.nemotron3_22b.pretrain_recipe()',
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
    const other = analyzeFile({ path: 'run.sh', text: '#!/bin/bash\ntorchrun --nproc-per-node 8 run_recipe.py --recipe qwen3_next_80b_a3b_pretrain_config\n' });
    const f = other.findings.find((x) => x.severity === 'error')!;
    assert.equal(f.message.id, 'recognize.pythonRecipe');
    assert.match(render(f.message), /qwen3_next_80b_a3b_pretrain_config/);
  });

  it("NeMo 2.0's strategy.expert_tensor_parallel_size where the file sets it (Megatron-Core's default, TP, otherwise)", () => {
    const text =
      'from nemo.collections import llm\npretrain = llm.mixtral_8x7b.pretrain_recipe(num_nodes=1, num_gpus_per_node=8)\npretrain.trainer.strategy.tensor_model_parallel_size = 2\npretrain.trainer.strategy.expert_model_parallel_size = 4\npretrain.trainer.strategy.expert_tensor_parallel_size = 1\n';
    assert.equal(analyzeFile({ path: 'r.py', text }).spec!.parallel.etp?.value, 1);
    assert.equal(analyzeFile({ path: 'r.py', text: text.replace(/pretrain.trainer.strategy.expert_tensor.*\n/, '') }).spec!.parallel.etp, undefined);
  });

  it('the precision recipe a file names: NeMo 2.0 trainer.plugins = bf16_with_fp8_mixed(), Bridge mixed_precision (override or assignment)', () => {
    const precision = (path: string, text: string) => analyzeFile({ path, text }).spec!.training.precision!;
    const nemo =
      'from nemo.collections import llm\nrecipe = llm.llama3_8b.pretrain_recipe(num_nodes=1, num_gpus_per_node=8)\nrecipe.trainer.plugins = bf16_with_fp8_mixed()\n';
    const p = precision('r.py', nemo);
    assert.equal(p.value, 'fp8');
    assert.equal(p.source.kind, 'fact');
    assert.equal(precision('r.py', nemo.replace(/recipe.trainer.plugins.*\n/, '')).source.kind, 'derived');
    const bridge =
      'from megatron.bridge.recipes.llama import llama3_8b_pretrain_config\ncfg = llama3_8b_pretrain_config()\ncfg.mixed_precision = "bf16_with_nvfp4_mixed"\n';
    assert.equal(precision('b.py', bridge).value, 'fp4');
    assert.equal(precision('b.py', bridge.replace('"bf16_with_nvfp4_mixed"', 'bf16_with_mxfp8_mixed()')).value, 'fp8');
    // The FP8 recipe by the same name, where the name is written; NeMo 2.0's bf16_with_fp8_mixed is delayed scaling.
    const recipe = (path: string, text: string) => analyzeFile({ path, text }).spec!.training.fp8Recipe;
    assert.deepEqual([recipe('r.py', nemo)?.value, recipe('r.py', nemo)?.source.kind], ['delayed', 'fact']);
    for (const [name, want] of [
      ['bf16_with_mxfp8_mixed()', 'mxfp8'],
      ['"bf16_with_fp8_current_scaling_mixed"', 'tensorwise'],
      ['"bf16_with_fp8_subchannel_scaling_mixed"', 'blockwise'],
      ['"bf16_with_fp8_delayed_scaling_mixed"', 'delayed'],
    ] as const)
      assert.equal(recipe('b.py', bridge.replace('"bf16_with_nvfp4_mixed"', name))?.value, want, name);
    assert.equal(recipe('b.py', bridge), undefined);
    // As Bridge's mixed_precision.py defines them: nanov2's "current scaling" recipe is blockwise; the current-scaling and
    // delayed recipes gather the weights in FP8 (fp8_param_gather), subchannel and MXFP8 keep them in 16 bits.
    assert.equal(recipe('b.py', bridge.replace('"bf16_with_nvfp4_mixed"', '"nanov2_bf16_with_fp8_current_scaling_mixed"'))?.value, 'blockwise');
    const params = (name: string) => analyzeFile({ path: 'b.py', text: bridge.replace('"bf16_with_nvfp4_mixed"', name) }).spec!.training.fp8Params?.value;
    assert.deepEqual(
      ['"bf16_with_fp8_current_scaling_mixed"', 'bf16_with_fp8_mixed()', '"bf16_with_mxfp8_mixed"', '"bf16_with_fp8_subchannel_scaling_mixed"'].map(params),
      [true, true, undefined, undefined],
    );
  });

  it("Megatron-Bridge's model.fp8_output_proj=True puts the output layer in MXFP8 too, where it says so", () => {
    const text =
      '#!/bin/bash\ntorchrun --nproc_per_node=8 scripts/training/run_recipe.py --recipe llama3_8b_pretrain_config mixed_precision=bf16_with_mxfp8_mixed model.fp8_output_proj=True\n';
    const r = analyzeFile({ path: 'run.sh', text });
    const f = r.spec!.training.fp8OutputProj!;
    const at = (f.source as { range: { start: number; end: number } }).range;
    assert.equal(text.slice(at.start, at.end), 'True');
    assert.equal(r.analysis!.cluster.plan.workload.fp8OutputProj, true);
    assert.ok(!r.analysis!.cluster.step!.mechanisms.some((m) => m.id === 'mech.headBf16'));
    const off = analyzeFile({ path: 'run.sh', text: text.replace(' model.fp8_output_proj=True', '') });
    assert.ok(off.analysis!.cluster.step!.mechanisms.some((m) => m.id === 'mech.headBf16'));
  });

  it('Megatron-Bridge MoE, sft and peft recipes: their degrees, recomputation, LoRA, and a note where releases differ', () => {
    const launch = (recipe: string, extra = '') =>
      analyzeFile({ path: 'run.sh', text: `#!/bin/bash\ntorchrun --nnodes 1 --nproc_per_node=8 scripts/training/run_recipe.py --recipe ${recipe}${extra}\n` });
    // qwen3_moe.py: TP 4 · PP 2 · EP 4 with sequence parallelism and full recomputation, 4,096 tokens, batch 32 × 2.
    const moe = launch('qwen3_30b_a3b_pretrain_config');
    const s = moe.spec!;
    assert.deepEqual(
      [s.parallel.tp?.value, s.parallel.pp?.value, s.parallel.ep?.value, s.parallel.sp?.value, s.training.recompute?.value, s.training.globalBatch?.value],
      [4, 2, 4, true, 'full', 32],
    );
    // The newest release aliases the name to a 16-GPU recipe (TP 1 · EP 16, batch 1,024): said, not silently chosen.
    const note = moe.findings.find((x) => x.message.id === 'nemo.bridgeReleaseDefaults')!;
    assert.equal(note.severity, 'info');
    assert.match(render(note.message), /another sets TP 1 · PP 1 · EP 16, global batch 1024/);
    // llama3_8b_peft_config: LoRA dim 8 on the four fused linears (NeMo's figure for the same model), TP 1, 4,096 tokens, batch 8.
    const peft = launch('llama3_8b_peft_config');
    assert.equal(peft.analysis!.method.trainable.value, 17825792);
    assert.deepEqual(
      [peft.spec!.training.seqLen.value, peft.spec!.training.globalBatch?.value, peft.spec!.training.distributedOptimizer?.value],
      [4096, 8, false],
    );
    // --peft_scheme dora and an override of the rank, where the command writes them.
    const dora = launch('llama3_8b_peft_config', ' --peft_scheme dora peft.dim=16');
    assert.deepEqual([dora.spec!.training.adapter!.kind.value, dora.spec!.training.adapter!.rank?.value], ['dora', 16]);
    // qwen3_30b_a3b_peft_config: LoRA 8 on linear_qkv (2,048 → 4,096 + 2 · 512) and linear_proj (4,096 → 2,048), 48 layers.
    const moePeft = launch('qwen3_30b_a3b_peft_config');
    assert.equal(moePeft.analysis!.method.trainable.value, 48 * 8 * (2048 + 5120 + 4096 + 2048));
    // An sft recipe is a full fine-tune: llama3_8b_sft_config at TP 2.
    const sft = launch('llama3_8b_sft_config');
    assert.deepEqual([sft.spec!.training.adapter, sft.spec!.parallel.tp?.value, sft.analysis!.method.trainable.value], [undefined, 2, 8030261248]);
    // DeepSeek-V3: TP 2 · PP 16 · EP 64, selective recomputation, gradients reduced in bf16 (its own MixedPrecisionConfig).
    const v3 = launch('deepseek_v3_pretrain_config');
    assert.deepEqual([v3.spec!.parallel.ep?.value, v3.spec!.training.recompute?.value, v3.spec!.training.fp32Grads?.value], [64, 'selective', false]);
    // Its 61 layers on PP 16 by the recipe's pipeline layout: the embedding and 4 layers, 14 stages of 4, one layer with the MTP
    // layer and the loss; never "PP 16 does not divide the 61 layers".
    assert.deepEqual([v3.spec!.parallel.ppFirstLayers?.value, v3.spec!.parallel.ppLastLayers?.value], [4, 1]);
    assert.ok(!v3.findings.some((f) => /does not divide the \d+ layers/.test(render(f.message))));
    // (On PP 8, the layout of 8 + 6 × 8 + 5.)
    const v3pp8 = launch('deepseek_v3_pretrain_config', ' model.pipeline_model_parallel_size=8');
    assert.deepEqual([v3pp8.spec!.parallel.ppFirstLayers?.value, v3pp8.spec!.parallel.ppLastLayers?.value], [8, 5]);
  });

  it("Megatron-Bridge in Python: a recipe imported under another name (… import deepseek_v3_pretrain_config as pretrain_config, its performance configs' way) and the recipe function's keywords", () => {
    const text = [
      'from megatron.bridge.recipes.deepseek.deepseek_v3 import deepseek_v3_pretrain_config as pretrain_config',
      '',
      'def deepseek_v3_h100_config():',
      '    cfg = pretrain_config(mock=True, pipeline_parallelism=8, tensor_parallelism=4, global_batch_size=1024, seq_length=8192)',
      '    cfg.train.global_batch_size = 2048',
      '    return cfg',
      '',
    ].join('\n');
    const r = analyzeFile({ path: 'deepseek_llm_pretrain.py', text });
    assert.equal(r.analysis!.params.total.value, 671026419200);
    const s = r.spec!;
    // The field set after the call wins over the keyword; the keywords over the recipe's defaults (TP 2 · PP 16, 4,096 tokens).
    assert.deepEqual(
      [s.parallel.tp?.value, s.parallel.pp?.value, s.parallel.ppFirstLayers?.value, s.training.globalBatch?.value, s.training.seqLen.value],
      [4, 8, 8, 2048, 8192],
    );
    // (A keyword the script computes: said, and the recipe's default stands.)
    const computed = analyzeFile({ path: 'x.py', text: text.replace('pipeline_parallelism=8', 'pipeline_parallelism=pp') });
    assert.equal(computed.spec!.parallel.pp?.value, 16);
    assert.ok(computed.findings.some((f) => f.severity === 'info' && /pipeline_parallelism/.test(render(f.message))));
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

  it("Megatron-Bridge in Python: a recipe of the user's own over _pretrain_common / _peft_common, its model bridged from a Hugging Face id", () => {
    // (The way Bridge's own recipes and a user's pretrain.py write it: the id bound to a name in the function first.)
    const text = [
      'from megatron.bridge import AutoBridge',
      'from megatron.bridge.recipes.common import _pretrain_common',
      '',
      'def my_config():',
      '    cfg = _pretrain_common()',
      '    hf_model_id = "meta-llama/Llama-3.1-8B"',
      '    cfg.model = AutoBridge.from_hf_pretrained(hf_model_id).to_megatron_provider(load_weights=False)',
      '    cfg.model.tensor_model_parallel_size = 2',
      '    cfg.train.micro_batch_size = 1',
      '    return cfg',
      '',
      'if __name__ == "__main__":',
      '    pretrain(my_config(), forward_step)',
      '',
    ].join('\n');
    const r = analyzeFile({ path: 'pretrain.py', text });
    assert.equal(r.analysis!.params.total.value, 8030261248);
    const s = r.spec!;
    // _pretrain_common's 4,096 tokens and global batch 32; the script's TP 2 and micro-batch 1.
    assert.deepEqual([s.parallel.tp?.value, s.training.seqLen.value, s.training.globalBatch?.value, s.training.microBatch?.value], [2, 4096, 32, 1]);
    assert.equal(s.training.finetune?.value ?? false, false);
    const id = (readConfig({ path: 'pretrain.py', text }).recognition.modelRef!.source as { range: { start: number; end: number } }).range;
    assert.equal(text.slice(id.start, id.end), '"meta-llama/Llama-3.1-8B"');
    // _peft_common: LoRA of dim 32 on the four linears, 2,048 tokens, a fine-tune; the id written in the call.
    const peft = analyzeFile({
      path: 'peft.py',
      text: text.replace(/_pretrain_common/g, '_peft_common').replace('from_hf_pretrained(hf_model_id)', 'from_hf_pretrained("meta-llama/Llama-3.1-8B")'),
    });
    assert.equal(peft.spec!.training.adapter?.rank?.value, 32);
    assert.equal(peft.spec!.training.seqLen.value, 2048);
    assert.equal(peft.spec!.training.finetune?.value, true);
    // A model built another way (a provider class, as Bridge's GPT-3 175B recipe does) is refused at that statement.
    const provider = analyzeFile({
      path: 'gpt.py',
      text: text.replace(
        'AutoBridge.from_hf_pretrained(hf_model_id).to_megatron_provider(load_weights=False)',
        'GPTProvider175B(tensor_model_parallel_size=4)',
      ),
    });
    assert.equal(provider.analysis, undefined);
    const refusal = provider.findings.find((x) => x.message.id === 'nemo.bridgeModelUnread')!;
    assert.match(render(refusal.message), /_pretrain_common\(\) leaves cfg\.model to the script/);
  });
});

describe("shapes a script sets on the recipe's model (NeMo 2.0's recipe.model.config.*, Bridge's cfg.model.*)", () => {
  it("NVIDIA's custom_recipe.py with two layers of 1,024: the model Llama 3 8B's recipe builds at that size, each shape at its line", () => {
    const rel = 'nemo2/custom_recipe.py';
    const text = fixtureText(rel).replace(
      '    pretrain.trainer.max_steps = 1000\n',
      '    pretrain.trainer.max_steps = 1000\n    pretrain.model.config.num_layers = 2\n    pretrain.model.config.hidden_size = 1024\n',
    );
    const r = analyzeFile({ path: rel, text });
    const m = r.spec!.model!;
    // 128,256 × 1,024 twice (untied), 2 layers of q/o 1,024², k/v 1,024 × 8 heads of 32, the SwiGLU MLP of 14,336, two norms; the final norm.
    const layer = 2 * 1024 * 1024 + 2 * 1024 * 256 + 3 * 1024 * 14336 + 2 * 1024;
    assert.equal(r.analysis!.params.total.value, 2 * 128256 * 1024 + 2 * layer + 1024);
    const layers = m.layers.source as { kind: string; path: readonly (string | number)[]; range: { start: number; end: number } };
    assert.equal(layers.kind, 'fact');
    assert.equal(text.slice(layers.range.start, layers.range.end), '2');
    assert.deepEqual(layers.path.slice(-3), ['model', 'config', 'num_layers']);
    // What the file does not set stays the catalogue's, said so.
    assert.equal(m.vocab.source.kind, 'derived');
    assert.match(render((m.vocab.source as { reason: Parameters<typeof render>[0] }).reason), /catalogue entry meta-llama\/Meta-Llama-3-8B/);
    // A shape the script computes is said, the model's own standing.
    const computed = analyzeFile({ path: rel, text: text.replace('num_layers = 2', 'num_layers = n_layers') });
    assert.equal(computed.spec!.model!.layers.value, 32);
    assert.ok(computed.findings.some((x) => x.message.id === 'nemo.shapeUnknown' && x.message.args?.['key'] === 'model.config.num_layers'));
  });

  it('Megatron-Bridge: cfg.model.num_attention_heads and num_query_groups on llama3_8b_pretrain_config', () => {
    const text = [
      'from megatron.bridge.recipes.llama.llama3 import llama3_8b_pretrain_config',
      'cfg = llama3_8b_pretrain_config()',
      'cfg.model.num_layers = 4',
      'cfg.model.num_attention_heads = 16',
      'cfg.model.num_query_groups = 4',
      '',
    ].join('\n');
    const m = analyzeFile({ path: 'train.py', text }).spec!.model!;
    // kv_channels is Megatron-Core's hidden / heads: 4,096 / 16.
    assert.deepEqual([m.layers.value, m.heads.value, m.kvHeads.value, m.headDim.value], [4, 16, 4, 256]);
    // The same as run_recipe.py's overrides.
    const launch = 'torchrun --nproc_per_node=8 scripts/training/run_recipe.py --recipe llama3_8b_pretrain_config model.num_layers=4 model.hidden_size=2048\n';
    const o = analyzeFile({ path: 'run.sh', text: launch }).spec!.model!;
    assert.deepEqual([o.layers.value, o.hidden.value, o.headDim.value], [4, 2048, 64]);
  });
});

describe("Megatron-Bridge's vision-language recipes (recipes/qwen_vl)", () => {
  const launch = (recipe: string, extra = '') =>
    analyzeFile({ path: 'run.sh', text: `#!/bin/bash\ntorchrun --nnodes 1 --nproc_per_node=8 scripts/training/run_recipe.py --recipe ${recipe}${extra}\n` });

  it('qwen25_vl_7b_sft_config: every part trained, TP 2, 4,096 tokens, batch 32 × 2, both overlaps off', () => {
    const a = launch('qwen25_vl_7b_sft_config');
    const s = a.spec!;
    assert.deepEqual(
      [s.parallel.tp?.value, s.training.seqLen.value, s.training.globalBatch?.value, s.training.microBatch?.value, s.training.overlapGradReduce?.value],
      [2, 4096, 32, 2, false],
    );
    assert.equal(s.training.freeze, undefined);
    assert.equal(a.analysis!.method.kind, 'full');
  });

  it('model.freeze_language_model=True: the vision tower and its projection trained, the language model frozen', () => {
    const a = launch('qwen25_vl_7b_sft_config', ' model.freeze_language_model=True');
    const f = a.spec!.training.freeze!;
    assert.deepEqual(f.value, { layers: 0, extra: ['vision', 'projector'] });
    assert.equal(f.source.kind, 'fact');
    // All of the tower: Qwen2.5-VL-7B's 676,550,144 vision parameters (its ViT and patch merger; GROUND_TRUTH's note).
    assert.equal(a.analysis!.method.trainable.value, 676550144);
    assert.equal(a.analysis!.params.vision.value, 676550144);
    assert.ok(a.analysis!.cluster.memory.optimizer < launch('qwen25_vl_7b_sft_config').analysis!.cluster.memory.optimizer / 5);
  });
});

describe("recompute_modules on a recipe (Megatron-Core's selective recompute of named modules)", () => {
  it('a Megatron-Bridge override (model.recompute_modules=[moe_act,layernorm]) and a NeMo 2.0 script’s list; an unknown name is a warning', () => {
    const bridge = analyzeFile({
      path: 'run.sh',
      text: '#!/bin/bash\ntorchrun --nnodes 2 --nproc_per_node=8 run_recipe.py --recipe qwen3_30b_a3b_pretrain_config model.recompute_granularity=selective model.recompute_modules=[moe_act,layernorm,moe_mlp]\n',
    });
    assert.deepEqual(bridge.spec!.training.selectiveRecompute?.value, { modules: ['moe_act', 'layernorm'] });
    assert.equal(bridge.findings.find((f) => f.message.id === 'megatron.recomputeModule')?.message.args?.['value'], 'moe_mlp');
    const nemo = analyzeFile({
      path: 'recipe.py',
      text: 'from nemo.collections import llm\n\nrecipe = llm.qwen3_30b_a3b.pretrain_recipe(name="x", num_nodes=2)\nrecipe.model.config.recompute_granularity = "selective"\nrecipe.model.config.recompute_modules = ["moe_act", "layernorm"]\n',
    });
    assert.deepEqual(nemo.spec!.training.selectiveRecompute?.value, { modules: ['moe_act', 'layernorm'] });
    assert.equal(nemo.spec!.training.recompute?.value, 'selective');
  });

  it('MoE token capacity where a Bridge launch or a NeMo 2.0 script sets it (model.moe_expert_capacity_factor, model.config.…)', () => {
    const bridge = analyzeFile({
      path: 'run.sh',
      text: 'torchrun --nproc-per-node 8 run_recipe.py --recipe qwen3_30b_a3b_pretrain_config model.moe_expert_capacity_factor=1.0 model.moe_pad_expert_input_to_capacity=true',
    });
    assert.equal(bridge.spec!.training.expertCapacity?.value, 1);
    assert.equal(bridge.spec!.training.expertPadding?.value, true);
    const nemo = analyzeFile({
      path: 'pretrain.py',
      text: [
        'from nemo.collections import llm',
        'recipe = llm.mixtral_8x7b.pretrain_recipe(name="m", num_nodes=2, num_gpus_per_node=8)',
        'recipe.model.config.moe_expert_capacity_factor = 1.5',
      ].join('\n'),
    });
    assert.equal(nemo.spec!.training.expertCapacity?.value, 1.5);
    assert.equal(nemo.spec!.training.expertPadding, undefined);
  });
});
