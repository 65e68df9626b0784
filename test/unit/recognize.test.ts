import { strict as assert } from 'node:assert';
import { LineIndex, render } from '../../src/core';
import { analyzeFile } from '../../src/core/pipeline';
import { analyzeFixture, fixtureText } from './helpers/fixtures';

function analyzeJson(text: string, path = 'config.json') {
  return analyzeFile({ path, text });
}

describe('Hugging Face recognizer', () => {
  it('keeps the source range of every value it read (Qwen3 head_dim 128 while hidden/heads = 128)', () => {
    const rel = 'hf_config/qwen3-8b.config.json';
    const r = analyzeFixture(rel);
    const src = r.spec!.model!.headDim.source;
    assert.equal(src.kind, 'fact');
    if (src.kind !== 'fact') return;
    const text = fixtureText(rel);
    assert.equal(text.slice(src.range.start, src.range.end), '128');
    assert.deepEqual(src.path, ['head_dim']);
    assert.equal(new LineIndex(text).position(src.range.start).line, 9);
  });

  it('Qwen3-30B-A3B: head_dim 128 from the file although hidden/heads = 64', () => {
    const m = analyzeFixture('hf_config/qwen3-30b-a3b.config.json').spec!.model!;
    assert.equal(m.hidden.value / m.heads.value, 64);
    assert.equal(m.headDim.value, 128);
    assert.equal(m.qkNorm.value, 'per-head');
  });

  it('GPT-2 key names, tied by default (no key), learned positions, biases everywhere', () => {
    const m = analyzeFixture('hf_config/gpt2.config.json').spec!.model!;
    assert.equal(m.layers.value, 12);
    assert.equal(m.hidden.value, 768);
    assert.equal(m.ffnWidth.value, 3072);
    assert.equal(m.ffnKind.value, 'plain');
    assert.equal(m.tiedEmbeddings.value, true);
    assert.equal(m.tiedEmbeddings.source.kind, 'derived');
    assert.equal(m.positions.value, 'learned');
    assert.ok(m.qkvBias.value && m.outBias.value && m.mlpBias.value);
  });

  it('Qwen2.5: QKV biases only; Llama: tie_word_embeddings false from the file', () => {
    const q = analyzeFixture('hf_config/qwen2.5-7b-instruct.config.json').spec!.model!;
    assert.deepEqual([q.qkvBias.value, q.outBias.value, q.mlpBias.value], [true, false, false]);
    const l = analyzeFixture('hf_config/llama-3.1-8b.config.json').spec!.model!;
    assert.equal(l.tiedEmbeddings.value, false);
    assert.equal(l.tiedEmbeddings.source.kind, 'fact');
  });

  it('DeepSeek-V3: MLA with q-LoRA, 256 experts top-8, 1 shared, first 3 dense, score-correction bias', () => {
    const m = analyzeFixture('hf_config/deepseek-v3.config.json').spec!.model!;
    assert.equal(m.mla!.qLoraRank.value, 1536);
    assert.equal(m.moe!.experts.value, 256);
    assert.equal(m.moe!.topK.value, 8);
    assert.equal(m.moe!.sharedExperts.value, 1);
    assert.equal(m.moe!.routerBias.value, true);
    assert.deepEqual(m.moe!.layers.value.slice(0, 2), [3, 4]);
    assert.equal(m.moe!.layers.value.length, 58);
    assert.equal(m.mtpLayers.value, 1);
  });

  it('DeepSeek native format (V2-Lite shaped): MLA without q-LoRA, 2 shared experts, no router bias', () => {
    const r = analyzeFixture('deepseek_native/config_16B.json');
    assert.equal(r.family, 'deepseek');
    const m = r.spec!.model!;
    assert.equal(m.mla!.qLoraRank.value, 0);
    assert.equal(m.moe!.sharedExperts.value, 2);
    assert.equal(m.moe!.routerBias.value, false);
  });

  it('Qwen-MoE mlp_only_layers and decoder_sparse_step select the MoE layers', () => {
    const base = JSON.parse(fixtureText('hf_config/qwen3-30b-a3b.config.json')) as Record<string, unknown>;
    const r = analyzeJson(JSON.stringify({ ...base, mlp_only_layers: [0, 47], decoder_sparse_step: 2 }));
    // Odd indices are MoE with step 2 ((i + 1) % 2 == 0); 47 is listed as dense.
    const layers = r.spec!.model!.moe!.layers.value;
    assert.equal(layers.length, 23);
    assert.ok(!layers.includes(47) && layers.includes(1) && !layers.includes(0));
    assert.deepEqual(
      r.analysis!.params.layerGroups.map((g) => [g.kind, g.count]),
      [
        ['dense', 25],
        ['moe', 23],
      ],
    );
  });

  it('an unknown architecture is "not supported", with why, and no numbers', () => {
    const r = analyzeJson('{"model_type": "rwkv", "architectures": ["RwkvForCausalLM"], "hidden_size": 768, "num_hidden_layers": 24, "vocab_size": 50277}');
    assert.equal(r.analysis, undefined);
    const f = r.findings.find((x) => x.ruleId === 'unsupported');
    assert.ok(f, 'unsupported finding');
    assert.match(render(f.message), /Not supported: model_type "rwkv"/);
    assert.equal(f.severity, 'error');
  });

  it('a string where a number belongs is an error at that value, and nothing is computed', () => {
    const text =
      '{"model_type": "llama", "num_hidden_layers": "32", "hidden_size": 4096, "num_attention_heads": 32, "intermediate_size": 11008, "vocab_size": 32000}';
    const r = analyzeJson(text);
    assert.equal(r.analysis, undefined);
    const f = r.findings.find((x) => x.ruleId === 'value-type')!;
    assert.ok(f);
    assert.equal(text.slice(f.ranges[0]!.range.start, f.ranges[0]!.range.end), '"32"');
    assert.match(render(f.message), /num_hidden_layers must be a positive integer/);
  });

  it('a missing required key is named (where the config class gives it no default: LlamaConfig does, hidden_size 4096)', () => {
    const llama = analyzeJson('{"model_type": "llama", "num_hidden_layers": 32, "num_attention_heads": 32, "intermediate_size": 11008, "vocab_size": 32000}');
    assert.equal(llama.spec!.model!.hidden.value, 4096);
    assert.equal(llama.spec!.model!.hidden.source.kind, 'derived');
    const r = analyzeJson('{"model_type": "mistral", "num_hidden_layers": 32, "num_attention_heads": 32, "intermediate_size": 11008, "vocab_size": 32000}');
    assert.equal(r.analysis, undefined);
    assert.match(render(r.findings[0]!.message), /Missing required key: hidden_size/);
  });

  it('JSON that is no model config at all is not guessed', () => {
    const r = analyzeJson('{"name": "my-package", "version": "1.0.0"}', 'package.json');
    assert.equal(r.analysis, undefined);
    assert.match(render(r.findings[0]!.message), /Not a config this version recognizes/);
  });

  it('zero, negative and fractional sizes are rejected, never computed with', () => {
    for (const bad of ['0', '-4096', '4096.5', '1e20']) {
      const r = analyzeJson(
        `{"model_type": "llama", "num_hidden_layers": 32, "hidden_size": ${bad}, "num_attention_heads": 32, "intermediate_size": 11008, "vocab_size": 32000}`,
      );
      assert.equal(r.analysis, undefined, bad);
      assert.equal(r.findings[0]!.ruleId, 'value-type', bad);
    }
  });
});

describe("a module of a training script's constants (config.py)", () => {
  it("upper-case constants naming a Hugging Face model, its LoRA and its batch: read as the script's config, names in lower case", () => {
    const r = analyzeFile({
      path: 'config.py',
      text: 'MODEL_NAME = "Qwen/Qwen2.5-3B-Instruct"\nLORA_R = 16\nLORA_ALPHA = 32\nTARGET_MODULES = ["q_proj", "v_proj"]\nBATCH_SIZE = 4\nMAX_SEQ_LENGTH = 2048\n',
    });
    assert.equal(r.analysis!.params.total.value, 3085938688);
    // 36 layers × r 16 × ((2,048 + 2,048) + (2,048 + 256)).
    assert.equal(r.analysis!.method!.trainable!.value, 3686400);
    assert.equal(r.spec!.training.microBatch?.value, 4);
  });

  it("batch_size and gradient_accumulation_steps beside a Hugging Face model are not nanoGPT's train.py globals (not GPT-2 124M)", () => {
    const r = analyzeFile({
      path: 'cfg.py',
      text: 'model_name = "Qwen/Qwen2.5-3B-Instruct"\nbatch_size = 4\ngradient_accumulation_steps = 2\nmax_length = 1024\n',
    });
    assert.equal(r.spec!.model!.hidden.value, 2048);
  });
});
