import { strict as assert } from 'node:assert';
import { render, type FileAnalysis } from '../../src/core';
import { analyzeFile, analyzeFiles } from '../../src/core/pipeline';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze as analyzeSetups, collectSetup } from '../../src/core/engine';
import { nodeFs } from '../../src/cli/main';
import { fixtureText, groundTruth } from './helpers/fixtures';
import { at } from './helpers/spec';

function analyze(...rels: string[]): FileAnalysis[] {
  return analyzeFiles(rels.map((r) => ({ path: r, text: fixtureText(r) })));
}

/** The spec's key values with the file:line each came from. */
function shape(a: FileAnalysis) {
  const texts = new Map(a.files.map((f) => [f.path, f.text]));
  const m = a.spec?.model;
  const t = a.spec!.training;
  const p = a.spec!.parallel;
  return {
    layers: at(m?.layers, texts),
    hidden: at(m?.hidden, texts),
    heads: at(m?.heads, texts),
    kvHeads: at(m?.kvHeads, texts),
    ffn: at(m?.ffnWidth, texts),
    vocab: at(m?.vocab, texts),
    seqLen: at(t.seqLen, texts),
    globalBatch: at(t.globalBatch, texts),
    microBatch: at(t.microBatch, texts),
    tp: at(p.tp, texts),
    pp: at(p.pp, texts),
    cp: at(p.cp, texts),
    ep: at(p.ep, texts),
    dp: at(p.dp, texts),
  };
}

describe('every ground-truth file, every format: exact parameter counts', () => {
  const rows = groundTruth();
  it('the table has all 151 rows', () => assert.equal(rows.length, 151));
  for (const row of rows) {
    it(`${row.file}${row.variant ? `#${row.variant}` : ''}: ${row.total}`, () => {
      const set = row.variant ? Object.fromEntries([row.variant.split('=') as [string, string]]) : undefined;
      const r = analyzeFile({ path: row.file, text: fixtureText(row.file) }, { set });
      assert.deepEqual(
        r.findings.filter((f) => f.severity === 'error').map((f) => render(f.message)),
        [],
      );
      assert.equal(r.analysis?.params.total.value, row.total);
      assert.equal(r.analysis?.params.active.value, row.active ?? row.total);
    });
  }
});

describe('extracted spec per format, each value with its source line', () => {
  it('Megatron-LM script: arrays, $(( )) and flags; values point at the variable assignment', () => {
    const [a] = analyze('megatron_handwritten/llama3_8b_h100.sh');
    const s = shape(a!);
    assert.deepEqual(s.layers, [32, 'llama3_8b_h100.sh:16']);
    assert.deepEqual(s.hidden, [4096, 'llama3_8b_h100.sh:17']);
    assert.deepEqual(s.heads, [32, 'llama3_8b_h100.sh:19']);
    assert.deepEqual(s.kvHeads, [8, 'llama3_8b_h100.sh:21']);
    assert.deepEqual(s.ffn, [14336, 'llama3_8b_h100.sh:18']);
    assert.deepEqual(s.vocab, [128256, 'llama3_8b_h100.sh:32']);
    assert.deepEqual(s.seqLen, [8192, 'llama3_8b_h100.sh:11']); // SEQ=8192, not the flag
    assert.deepEqual(s.globalBatch, [1024, 'llama3_8b_h100.sh:10']);
    assert.deepEqual(s.tp, [2, 'llama3_8b_h100.sh:6']);
    assert.deepEqual(s.pp, [1, 'llama3_8b_h100.sh:7']);
    assert.deepEqual(s.cp, [2, 'llama3_8b_h100.sh:8']);
    assert.equal(a!.spec!.training.trainIters?.value, Math.floor(15e12 / (1024 * 8192)));
    assert.equal(a!.spec!.parallel.worldSize?.value, 32);
    assert.equal(a!.spec!.parallel.sp?.value, true);
    assert.equal(a!.spec!.training.recompute?.value, 'selective');
  });

  it('Megatron-LM script with a case block selected by MODEL (--set MODEL=76B)', () => {
    const r = analyzeFile({ path: 'gpt_weak_scaling_a100.sh', text: fixtureText('megatron_handwritten/gpt_weak_scaling_a100.sh') }, { set: { MODEL: '76B' } });
    const s = shape(r);
    assert.deepEqual(s.layers, [60, 'gpt_weak_scaling_a100.sh:16']);
    assert.deepEqual(s.tp, [8, 'gpt_weak_scaling_a100.sh:16']);
    assert.deepEqual(s.pp, [4, 'gpt_weak_scaling_a100.sh:16']);
    assert.equal(r.spec!.parallel.vpp?.value, 3); // 60 layers / (4 stages × 5 layers per virtual stage)
    assert.equal(r.spec!.parallel.nodes?.value, 128);
    assert.equal(r.spec!.training.recompute?.value, 'full');
    assert.equal(r.spec!.training.precision?.value, 'fp16');
  });

  it('Megatron MoE script: flags inside quoted variables, expert parallelism', () => {
    const [a] = analyze('megatron_handwritten/mixtral_8x7b_moe.sh');
    const s = shape(a!);
    assert.deepEqual(s.layers, [32, 'mixtral_8x7b_moe.sh:5']);
    assert.deepEqual(s.ep, [8, 'mixtral_8x7b_moe.sh:15']);
    assert.deepEqual(s.pp, [4, 'mixtral_8x7b_moe.sh:14']);
    assert.equal(a!.spec!.model!.moe?.experts.value, 8);
    assert.equal(a!.spec!.parallel.worldSize?.value, 64);
  });

  it('NeMo YAML: model.* keys, Hydra ${.encoder_seq_length} resolved to its target', () => {
    const [a] = analyze('nemo/megatron_gpt_config.yaml');
    const s = shape(a!);
    assert.deepEqual(s.layers, [12, 'megatron_gpt_config.yaml:92']);
    assert.deepEqual(s.hidden, [768, 'megatron_gpt_config.yaml:93']);
    assert.deepEqual(s.ffn, [3072, 'megatron_gpt_config.yaml:94']);
    assert.deepEqual(s.seqLen, [512, 'megatron_gpt_config.yaml:90']);
    assert.deepEqual(s.globalBatch, [8, 'megatron_gpt_config.yaml:82']);
    assert.deepEqual(s.tp, [1, 'megatron_gpt_config.yaml:84']);
    assert.equal(a!.spec!.model!.vocab.value, 50304); // GPT-2's 50257 padded to 128
    assert.equal(a!.spec!.model!.maxPositions?.value, 512);
    const texts = new Map(a!.files.map((f) => [f.path, f.text]));
    assert.deepEqual(at(a!.spec!.model!.maxPositions, texts), [512, 'megatron_gpt_config.yaml:90']);
  });

  it('MaxText: base_* keys of a model file, and a model named by model_name', () => {
    const [m] = analyze('maxtext/models_mixtral-8x7b.yml');
    const s = shape(m!);
    assert.deepEqual(s.layers, [32, 'models_mixtral-8x7b.yml:23']);
    assert.deepEqual(s.hidden, [4096, 'models_mixtral-8x7b.yml:18']);
    assert.deepEqual(s.kvHeads, [8, 'models_mixtral-8x7b.yml:20']);
    assert.deepEqual(s.vocab, [32000, 'models_mixtral-8x7b.yml:26']);
    const [g] = analyze('maxtext/gpu_llama3_8b.yml');
    assert.equal(g!.analysis!.params.total.value, 8030261248);
    assert.deepEqual(shape(g!).seqLen, [8192, 'gpu_llama3_8b.yml:24']);
    assert.deepEqual(shape(g!).microBatch, [12, 'gpu_llama3_8b.yml:23']);
    assert.deepEqual(shape(g!).layers, [32, 'gpu_llama3_8b.yml:18']); // from the catalogue, named here
  });

  it('DeepSpeed JSON: batch relation, ZeRO stage, "auto" values left unset with a note', () => {
    const [b] = analyze('deepspeed/bing_bert_bsz64k_lamb_seq128.json');
    const s = shape(b!);
    assert.deepEqual(s.globalBatch, [65536, 'bing_bert_bsz64k_lamb_seq128.json:2']);
    assert.deepEqual(s.microBatch, [64, 'bing_bert_bsz64k_lamb_seq128.json:3']);
    assert.equal(b!.spec!.training.optimizer?.value, 'lamb');
    const [z] = analyze('deepspeed/axolotl_zero3_bf16_cpuoffload_all.json');
    assert.equal(z!.spec!.training.zeroStage?.value, 3);
    assert.equal(z!.spec!.training.offloadOptimizer?.value, true);
    assert.equal(z!.spec!.training.microBatch, undefined);
    assert.ok(z!.findings.some((f) => f.ruleId === 'auto'));
    assert.ok(z!.findings.some((f) => f.ruleId === 'no-model'));
  });

  it('torchtitan TOML: flavor resolved offline, [training] and [parallelism]', () => {
    const [a] = analyze('torchtitan/deepseek_v3_16b.toml');
    const s = shape(a!);
    assert.deepEqual(s.layers, [27, 'deepseek_v3_16b.toml:22']); // the flavor line
    assert.deepEqual(s.seqLen, [4096, 'deepseek_v3_16b.toml:39']);
    assert.deepEqual(s.ep, [8, 'deepseek_v3_16b.toml:52']);
    assert.equal(a!.spec!.training.microBatch?.value, 4);
    assert.equal(a!.spec!.training.fsdp?.value, true);
  });

  it('Axolotl YAML: base_model from the catalogue, N-D parallel keys', () => {
    const [a] = analyze('axolotl/qwen3-8b-fsdp-tp-cp.yaml');
    const s = shape(a!);
    assert.deepEqual(s.layers, [36, 'qwen3-8b-fsdp-tp-cp.yaml:1']);
    assert.deepEqual(s.seqLen, [8192, 'qwen3-8b-fsdp-tp-cp.yaml:27']);
    assert.deepEqual(s.tp, [2, 'qwen3-8b-fsdp-tp-cp.yaml:9']);
    assert.deepEqual(s.cp, [2, 'qwen3-8b-fsdp-tp-cp.yaml:8']);
    assert.deepEqual(s.dp, [2, 'qwen3-8b-fsdp-tp-cp.yaml:6']);
    assert.equal(a!.spec!.training.fsdp?.value, true);
  });

  it('LitGPT YAML: model_name, and a model named by checkpoint_dir', () => {
    const [a] = analyze('litgpt/pretrain_tinyllama.yaml');
    const s = shape(a!);
    assert.deepEqual(s.layers, [22, 'pretrain_tinyllama.yaml:3']);
    assert.deepEqual(s.kvHeads, [4, 'pretrain_tinyllama.yaml:3']);
    assert.deepEqual(s.globalBatch, [512, 'pretrain_tinyllama.yaml:38']);
    assert.deepEqual(s.seqLen, [2048, 'pretrain_tinyllama.yaml:56']);
    assert.equal(a!.spec!.training.trainTokens?.value, 3e12);
    const [f] = analyze('litgpt/finetune_llama-2-7b_lora.yaml');
    assert.equal(f!.analysis!.params.total.value, 6738415616);
  });

  it('GPT-NeoX YAML: JSON-ish YAML with Python True; vocab padded for TP 2', () => {
    const [a] = analyze('neox/20B.yml');
    const s = shape(a!);
    assert.deepEqual(s.layers, [44, '20B.yml:20']);
    assert.deepEqual(s.hidden, [6144, '20B.yml:21']);
    assert.deepEqual(s.seqLen, [2048, '20B.yml:23']);
    assert.deepEqual(s.tp, [2, '20B.yml:17']);
    assert.deepEqual(s.pp, [4, '20B.yml:16']);
    assert.equal(a!.spec!.model!.vocab.value, 50432);
    assert.equal(a!.spec!.training.zeroStage?.value, 1);
    assert.equal(a!.spec!.training.gradAccum?.value, 32);
  });

  it('OLMo YAML: fused MLP width halved, non-parametric LayerNorm, max_duration in tokens', () => {
    const [a] = analyze('olmo/OLMo-7B.yaml');
    const s = shape(a!);
    assert.deepEqual(s.ffn, [11008, 'OLMo-7B.yaml:14']);
    assert.deepEqual(s.vocab, [50304, 'OLMo-7B.yaml:33']);
    assert.deepEqual(s.layers, [32, 'OLMo-7B.yaml:13']);
    assert.deepEqual(s.globalBatch, [2048, 'OLMo-7B.yaml:75']);
    assert.equal(a!.spec!.model!.norm.value, 'layernorm-nonparam');
    assert.equal(a!.spec!.training.trainTokens?.value, 2e12);
  });

  it('nanoGPT Python: 5 * 8 evaluated; gradient accumulation is global', () => {
    const [a] = analyze('nanogpt_handwritten/gpt2_124m_owt.py');
    const s = shape(a!);
    assert.deepEqual(s.layers, [12, 'gpt2_124m_owt.py:7']);
    assert.deepEqual(s.vocab, [50304, 'gpt2_124m_owt.py:11']);
    assert.deepEqual(s.seqLen, [1024, 'gpt2_124m_owt.py:10']);
    assert.deepEqual(s.globalBatch, [480, 'gpt2_124m_owt.py:16']);
  });

  it('Hugging Face config.json (from the foundation) keeps working through the same path', () => {
    const [a] = analyze('hf_config/llama-3.1-8b.config.json');
    assert.deepEqual(shape(a!).layers, [32, 'llama-3.1-8b.config.json:17']);
  });
});

describe('formats we do not know', () => {
  it('an unknown YAML with common key names still yields a spec, with an info finding naming the mapping', () => {
    const text = 'experiment: tiny\nnet:\n  num_layers: 4\n  d_model: 256\n  n_heads: 4\n  vocab_size: 1000\ntrain:\n  seq_len: 128\n';
    const r = analyzeFile({ path: 'my-trainer.yaml', text });
    assert.equal(r.family, 'generic');
    const info = r.findings.find((f) => f.ruleId === 'guessed-mapping')!;
    assert.equal(info.severity, 'info');
    assert.match(render(info.message), /layers ← net\.num_layers, heads ← net\.n_heads/);
    assert.match(render(info.message), /hidden ← net\.d_model/);
    assert.match(render(info.message), /vocab ← net\.vocab_size/);
    assert.equal(r.spec!.model!.ffnWidth.source.kind, 'assumed');
    // 4 layers × (4h² attention + 8h² MLP + 2 LayerNorms) + untied embeddings + final norm.
    const h = 256;
    assert.equal(r.analysis!.params.total.value, 4 * (12 * h * h + 4 * h) + 2 * 1000 * h + 2 * h);
    assert.equal(r.spec!.training.seqLen.value, 128);
  });

  it('a file with none of the keys is "not recognized", and gives no numbers', () => {
    const r = analyzeFile({ path: 'docker-compose.yaml', text: 'services:\n  web:\n    image: nginx\n' });
    assert.equal(r.analysis, undefined);
    assert.match(render(r.findings[0]!.message), /Not a config this version recognizes/);
  });
});

describe('several files, one setup', () => {
  const hf = { path: 'run/config.json', text: fixtureText('hf_config/llama-3.1-8b.config.json') };
  const ds = {
    path: 'run/ds_config.json',
    text: '{\n  "train_batch_size": 512,\n  "train_micro_batch_size_per_gpu": 2,\n  "gradient_accumulation_steps": 4,\n  "zero_optimization": {"stage": 2},\n  "bf16": {"enabled": true}\n}\n',
  };
  const axo = {
    path: 'run/axolotl.yaml',
    text: 'base_model: meta-llama/Llama-3.1-8B\nsequence_len: 4096\nmicro_batch_size: 1\ngradient_accumulation_steps: 4\ndeepspeed: ds_config.json\n',
  };

  it('a model config, an Axolotl YAML and the DeepSpeed JSON it references merge into one spec', () => {
    const results = analyzeFiles([hf, axo, ds]);
    assert.equal(results.length, 1);
    const r = results[0]!;
    assert.equal(r.path, 'run/config.json');
    assert.deepEqual(
      r.files.map((f) => f.path),
      ['run/config.json', 'run/axolotl.yaml', 'run/ds_config.json'],
    );
    assert.equal(r.analysis!.params.total.value, 8030261248);
    const texts = new Map(r.files.map((f) => [f.path, f.text]));
    assert.deepEqual(at(r.spec!.training.seqLen, texts), [4096, 'axolotl.yaml:2']);
    assert.deepEqual(at(r.spec!.training.zeroStage, texts), [2, 'ds_config.json:5']);
    assert.deepEqual(at(r.spec!.parallel.dp, texts), [64, 'ds_config.json:2']);
  });

  it('a value two files set differently is a finding that names both places', () => {
    const r = analyzeFiles([hf, axo, ds])[0]!;
    const conflict = r.findings.find((f) => f.ruleId === 'conflicting-values')!;
    assert.ok(conflict, 'conflict finding');
    assert.equal(render(conflict.message), 'training.microBatch is 1 in run/axolotl.yaml:3 but 2 in run/ds_config.json:3; using 1.');
    assert.deepEqual(
      conflict.ranges.map((x) => x.file),
      ['run/axolotl.yaml', 'run/ds_config.json'],
    );
  });

  it('a folder of model configs is a collection: one setup per model', () => {
    const results = analyze('hf_config/gpt2.config.json', 'hf_config/llama-3.1-8b.config.json');
    assert.equal(results.length, 2);
  });

  it('JSON lists provenance: facts with file and line, assumptions with their default', () => {
    const r = analyzeFiles([hf])[0]!;
    assert.equal(r.spec!.training.seqLen.source.kind, 'assumed');
  });
});

describe('Megatron-LM flags for MoE, MLA and DeepSpeed launches', () => {
  it('a DeepSeek-V2-Lite-shaped run: MLA without q-LoRA, --moe-layer-freq list expression, shared experts', () => {
    const text = [
      '#!/bin/bash',
      'torchrun pretrain_gpt.py --num-layers 27 --hidden-size 2048 --num-attention-heads 16 --ffn-hidden-size 10944 \\',
      '  --multi-latent-attention --kv-lora-rank 512 --qk-head-dim 128 --qk-pos-emb-head-dim 64 --v-head-dim 128 \\',
      '  --num-experts 64 --moe-router-topk 6 --moe-ffn-hidden-size 1408 --moe-shared-expert-intermediate-size 2816 \\',
      '  --moe-layer-freq "([0]*1+[1]*26)" --swiglu --normalization RMSNorm --disable-bias-linear \\',
      '  --untie-embeddings-and-output-weights --position-embedding-type rope --vocab-size 102400 --seq-length 4096',
    ].join('\n');
    const r = analyzeFile({ path: 'v2lite.sh', text });
    // 16 B parameters without ZeRO or EP do not fit on the GPUs the script implies; the counts stand.
    assert.deepEqual(
      r.findings.filter((f) => f.severity === 'error' && f.ruleId !== 'memory-over-capacity').map((f) => render(f.message)),
      [],
    );
    // The same count as DeepSeek's own config (GROUND_TRUTH: deepseek_native/config_16B.json).
    assert.equal(r.analysis!.params.total.value, 15706484224);
    assert.equal(r.analysis!.params.active.value, 2661150208);
    assert.deepEqual(
      r.analysis!.params.layerGroups.map((g) => [g.kind, g.count]),
      [
        ['dense', 1],
        ['moe', 26],
      ],
    );
  });

  it('an HF Trainer launch: --deepspeed ds.json joins the setup, --model_name_or_path names the model', () => {
    const sh = {
      path: 'job/launch.sh',
      text: 'deepspeed train.py --model_name_or_path meta-llama/Llama-2-7b-hf --deepspeed ds.json --per_device_train_batch_size 4 --gradient_accumulation_steps 8\n',
    };
    const ds = { path: 'job/ds.json', text: '{"zero_optimization": {"stage": 2}, "train_micro_batch_size_per_gpu": "auto"}' };
    const [r] = analyzeFiles([sh, ds]);
    assert.equal(r!.analysis!.params.total.value, 6738415616);
    assert.equal(r!.spec!.training.zeroStage?.value, 2);
    assert.equal(r!.spec!.training.microBatch?.value, 4);
    assert.deepEqual(
      r!.files.map((f) => f.path),
      ['job/launch.sh', 'job/ds.json'],
    );
  });
});

describe("GPT-NeoX's launcher (deepy.py)", () => {
  it('`python ./deepy.py train.py -d configs pythia_160M.yml`: the config it names in the folder -d gives, read as NeoX YAML (Pythia-160M, 162,322,944)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'neox-'));
    try {
      mkdirSync(join(dir, 'configs'));
      writeFileSync(join(dir, 'configs', 'pythia_160M.yml'), fixtureText('neox/pythia_160M.yml'));
      writeFileSync(join(dir, 'run.sh'), '#!/bin/bash\npython ./deepy.py train.py -d configs pythia_160M.yml\n');
      const a = analyzeSetups((await collectSetup(nodeFs, { files: [join(dir, 'run.sh')] })).inputs)[0]!;
      assert.equal(a.family, 'neox');
      assert.equal(a.analysis!.params.total.value, 162322944);
      assert.ok(!a.findings.some((f) => f.message.id === 'setup.referenceMissing'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
