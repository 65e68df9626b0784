/**
 * Readers the eleventh survey (test/fixtures/survey/eleventh) showed wrong: each file read as `compute-budget report FILE`
 * reads it, and its count taken apart from the shapes the modelling code builds.
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { analyzeFile, type FileAnalysis } from '../../src/core/pipeline';
import { analyze, collectSetup } from '../../src/core/engine';
import { nodeFs } from '../../src/cli/main';
import { extractShell } from '../../src/core/extract/shell';
import { analyzeFixture, FIXTURES, fixtureText } from './helpers/fixtures';

const SURVEY = 'survey/eleventh';

/** One file as the CLI reads it: the files it references and the model it names joined. */
async function report(rel: string): Promise<FileAnalysis> {
  const read = await collectSetup(nodeFs, { files: [join(FIXTURES, SURVEY, rel)] });
  return analyze(read.inputs)[0]!;
}

describe('eleventh survey: Megatron-DeepSpeed', () => {
  const file = 'train/272-megatron-deepspeed-gpt-345m-gqa-tp2-heredoc-ds.sh';

  it('--num-key-value-heads 4 (Megatron-DeepSpeed arguments.py) groups the keys and values: 165,623,808', async () => {
    const a = await report(file);
    const model = a.spec!.model!;
    assert.equal(model.kvHeads.value, 4);
    assert.equal(model.kvHeads.source.kind, 'fact');
    // 24 layers of h 1024 (16 heads of 64, 4 KV heads), a biased QKV h → h + 2·256, the biased dense, a biased MLP of 1024 and
    // two LayerNorms; GPT-2's BPE padded to 50,432 (128 × TP 2), 512 learned positions, the final LayerNorm; the head tied.
    const h = 1024;
    const layer = h * (h + 2 * 256) + h + 2 * 256 + h * h + h + 2 * (h * h) + h + h + 4 * h;
    assert.equal(a.analysis!.params.total.value, 24 * layer + 50432 * h + 512 * h + 2 * h);
    assert.equal(a.analysis!.params.total.value, 165623808);
  });
});

describe('eleventh survey: a DeepSpeed config the launch script writes by a heredoc', () => {
  const file = 'train/272-megatron-deepspeed-gpt-345m-gqa-tp2-heredoc-ds.sh';
  const text = fixtureText(`${SURVEY}/${file}`);

  it('`cat <<EOT > $DS_CONFIG` … `EOT`: its JSON read where the script writes it, each value where it was written', () => {
    const facts = extractShell(file, text).facts.filter((f) => f.path[0] === '@heredoc');
    const at = (...path: string[]) => facts.find((f) => f.path.slice(2).join('.') === path.join('.'));
    // The file's name is $DS_CONFIG's value; the body's $GLOBAL_BATCH_SIZE, $MICRO_BATCH_SIZE and $ZERO_STAGE expanded.
    assert.ok(facts.every((f) => f.path[1] === './ds_config_zero1.json'));
    assert.equal(at('train_batch_size')?.value, 32);
    assert.equal(at('train_micro_batch_size_per_gpu')?.value, 4);
    assert.equal(at('zero_optimization', 'stage')?.value, 1);
    assert.equal(at('bf16', 'enabled')?.value, true);
    // A value from a variable points at its assignment (ZERO_STAGE=1), a literal one into the heredoc.
    const stage = at('zero_optimization', 'stage')!;
    assert.equal(text.slice(stage.valueRange.start - 'ZERO_STAGE='.length, stage.valueRange.end), 'ZERO_STAGE=1');
    const steps = at('steps_per_print')!;
    assert.equal(text.slice(steps.keyRange.start, steps.valueRange.end), '"steps_per_print": 1');
  });

  it('the config --deepspeed_config names is the one written: read with the launch, not reported missing', async () => {
    const a = await report(file);
    assert.equal(
      a.findings.some((f) => f.message.id === 'setup.referenceMissing'),
      false,
    );
    assert.equal(a.spec!.training.zeroStage?.value, 1);
    assert.equal(a.spec!.training.globalBatch?.value, 32);
  });

  it('a quoted delimiter keeps the body as written (no expansion): $VAR is then no JSON value, and nothing is read', () => {
    const quoted = text.replace('cat <<EOT > $DS_CONFIG', "cat <<'EOT' > $DS_CONFIG");
    assert.equal(extractShell(file, quoted).facts.filter((f) => f.path[0] === '@heredoc').length, 0);
  });
});

describe("eleventh survey: Mistral's own params.json (mistral-inference TransformerArgs)", () => {
  const file = 'hf/249-mistral-devstral-small-2507-params.json';
  const params = () => JSON.parse(fixtureText(`${SURVEY}/${file}`)) as Record<string, unknown>;
  const read = (json: unknown) => analyzeFile({ path: 'params.json', text: JSON.stringify(json) });
  // Devstral Small 1.1 (Mistral Small 3.1's text model): 40 layers of dim 5120, 32 query heads and 8 KV heads of head_dim 128,
  // a SwiGLU FeedForward of hidden_dim 32,768, two RMSNorms; 131,072 tokens, the output head untied; the final RMSNorm.
  const h = 5120;
  const attention = h * 32 * 128 * 2 + h * 8 * 128 * 2;
  const ffn = 3 * h * 32768;

  it('Devstral Small 2507: Llama-style layers of SwiGLU and RMSNorm, untied, 23,572,403,200 (the model card: 24B)', async () => {
    const a = await report(file);
    assert.equal(a.spec!.family, 'mistral');
    const m = a.spec!.model!;
    assert.equal(m.ffnKind.value, 'gated');
    assert.equal(m.ffnWidth.value, 32768);
    assert.equal(m.norm.value, 'rmsnorm');
    assert.equal(m.headDim.value, 128);
    assert.equal(m.tiedEmbeddings.value, false);
    assert.equal(m.tiedEmbeddings.source.kind, 'derived');
    assert.equal(a.analysis!.params.total.value, 40 * (attention + ffn + 2 * h) + 2 * 131072 * h + h);
    assert.equal(a.analysis!.params.total.value, 23572403200);
    // No guessed mapping any more.
    assert.equal(
      a.findings.some((f) => f.ruleId === 'guessed-mapping'),
      false,
    );
  });

  it('moe {num_experts, num_experts_per_tok}: every FeedForward as that many experts under a bias-free gate; tied_embeddings ties the head', () => {
    const moe = read({ ...params(), moe: { num_experts: 8, num_experts_per_tok: 2 } });
    assert.equal(moe.analysis!.params.total.value, 40 * (attention + 8 * ffn + h * 8 + 2 * h) + 2 * 131072 * h + h);
    assert.equal(moe.analysis!.params.active.value, 40 * (attention + 2 * ffn + h * 8 + 2 * h) + 2 * 131072 * h + h);
    const tied = read({ ...params(), tied_embeddings: true });
    assert.equal(tied.analysis!.params.total.value, 23572403200 - 131072 * h);
  });

  it("vision_encoder: Pixtral's tower and adapter, as Mistral Small 3.1's params.json writes them, count as its config.json does (24,011,361,280)", () => {
    const vision = {
      hidden_size: 1024,
      num_channels: 3,
      image_size: 1540,
      patch_size: 14,
      rope_theta: 10000.0,
      intermediate_size: 4096,
      num_hidden_layers: 24,
      num_attention_heads: 16,
      adapter_bias: false,
      mm_projector_id: 'patch_merge',
      spatial_merge_size: 2,
      add_pre_mm_projector_layer_norm: true,
      image_token_id: 10,
    };
    const a = read({ ...params(), vision_encoder: vision });
    const hf = analyzeFixture('hf_config_handwritten/mistral-small-3.1-24b-instruct-2503.config.json');
    assert.equal(a.analysis!.params.total.value, hf.analysis!.params.total.value);
    assert.equal(a.analysis!.params.total.value, 24011361280);
    // Pixtral-12B's first form: no norm before the adapter, no patch merger, a biased adapter.
    const plain = read({ ...params(), vision_encoder: { ...vision, adapter_bias: true, mm_projector_id: '', add_pre_mm_projector_layer_norm: false } });
    const hv = 1024;
    const tower = 3 * 14 * 14 * hv + hv + 24 * (2 * hv + 4 * hv * hv + 3 * hv * 4096);
    assert.equal(plain.analysis!.params.total.value, 23572403200 + tower + hv * h + h + h * h + h);
  });

  it("a newer layout (Mistral Large 3's MLA, shared experts) is refused at its key, not read as DeepSeek's", () => {
    const mla = read({ ...params(), kv_lora_rank: 512, q_lora_rank: 1536 });
    assert.equal(mla.analysis, undefined);
    assert.ok(mla.findings.some((f) => f.message.id === 'recognize.unsupportedVariant' && f.severity === 'error'));
    const shared = read({ ...params(), moe: { num_experts: 8, num_experts_per_tok: 2, num_shared_experts: 1 } });
    assert.ok(shared.findings.some((f) => f.message.id === 'recognize.unsupportedVariant' && f.message.args?.['key'] === 'moe.num_shared_experts'));
  });
});

describe("eleventh survey: Mistral params.json's sliding_window", () => {
  const params = () => JSON.parse(fixtureText(`${SURVEY}/hf/249-mistral-devstral-small-2507-params.json`)) as Record<string, unknown>;
  const read = (json: unknown) => analyzeFile({ path: 'params.json', text: JSON.stringify(json) });

  it('one number: every layer; a list: a window per layer, repeated over the layers (the smallest as the sliding ones)', () => {
    const one = read({ ...params(), sliding_window: 4096 });
    assert.equal(one.spec!.model!.slidingWindow?.value, 4096);
    assert.equal(one.spec!.model!.slidingWindowLayers?.value, 40);
    const list = read({ ...params(), sliding_window: [4096, 4096, 4096, 131072] });
    assert.equal(list.spec!.model!.slidingWindow?.value, 4096);
    assert.equal(list.spec!.model!.slidingWindowLayers?.value, 30);
    assert.equal(
      list.findings.some((f) => f.severity === 'error'),
      false,
    );
    assert.equal(list.analysis!.params.total.value, 23572403200);
  });
});
