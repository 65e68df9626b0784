/**
 * Levanter's training YAML (levanter.main.train_lm's TrainLmConfig), from stanford-crfm/levanter's config/ folder and a user's
 * (test/fixtures/levanter, SOURCES.tsv): the model its `model:` block builds with its class's defaults, or the checkpoint
 * use_hf_model_config takes the shapes from; the vocabulary of data.tokenizer; TrainerConfig's batch, micro-batch and policy.
 */
import { strict as assert } from 'node:assert';
import { analyzeFile } from '../../src/core/pipeline';
import { fixtureText } from './helpers/fixtures';

const read = (file: string, text = fixtureText(`levanter/${file}`)) => analyzeFile({ path: `levanter/${file}`, text });

describe('Levanter training YAML', () => {
  it("gpt2_small.yaml: Gpt2Config's 768 × 12 layers with 1,024 learned positions and GPT-2's tokenizer, tied (124,439,808); its data !include read as written, not a syntax error", () => {
    const a = read('gpt2_small.yaml');
    assert.equal(a.spec!.family, 'levanter');
    assert.equal(a.analysis!.params.total.value, 124439808);
    assert.equal(a.spec!.model!.tiedEmbeddings.value, true);
    assert.equal(a.spec!.model!.positions.value, 'learned');
    assert.ok(!a.findings.some((f) => f.ruleId === 'syntax'), a.findings.map((f) => f.message.id).join());
    // train_batch_size 512, per_device_parallelism -1: no accumulation, each rank's share of the batch at once.
    assert.equal(a.spec!.training.globalBatch?.value, 512);
    assert.equal(a.spec!.training.gradAccum?.value, 1);
    const l = a.analysis!.cluster.plan.layout;
    assert.equal(l.microBatch * l.dp, 512);
    // mp p=f32,c=bfloat16: bf16 compute over fp32 parameters.
    assert.equal(a.spec!.training.precision?.value, 'bf16');
    assert.equal(a.spec!.training.fsdp?.value, true);
    // (Its state sharded by FSDP: Megatron's distributed optimizer is not listed as assumed off beside it.)
    assert.ok(!('distributedOptimizer' in a.analysis!.cluster.plan.sources));
  });

  it('llama2_7b.yaml (a dumped run config): LlamaConfig 4096 / 14336, 8 KV heads, untied, Llama 2 tokens (7,241,732,096); micro-batch 2 per device of 1,024', () => {
    const a = read('llama2_7b.yaml');
    assert.equal(a.analysis!.params.total.value, 7241732096);
    assert.equal(a.spec!.model!.kvHeads.value, 8);
    assert.equal(a.spec!.model!.vocab.value, 32000);
    assert.deepEqual([a.spec!.training.globalBatch?.value, a.spec!.training.microBatch?.value, a.spec!.training.seqLen.value], [1024, 2, 4096]);
    assert.equal(a.spec!.training.trainIters?.value, 10000);
  });

  it("llama2_7b_continued.yaml: initialize_from_hf true with use_hf_model_config: the shapes of LlamaConfig's reference_checkpoint, Llama-2-7b-hf (6,738,415,616), said", () => {
    const a = read('llama2_7b_continued.yaml');
    assert.equal(a.analysis!.params.total.value, 6738415616);
    assert.equal(a.spec!.training.finetune?.value, true);
    // A named checkpoint is that model's.
    const named = read(
      'x.yaml',
      fixtureText('levanter/llama2_7b_continued.yaml').replace('initialize_from_hf: true', 'initialize_from_hf: meta-llama/Llama-3.1-8B'),
    );
    assert.equal(named.analysis!.params.total.value, 8030261248);
  });

  it("mixtral_8x7b.yaml: MixtralConfig's defaults, 8 experts of 14,336, top 2 (46,702,792,704; 12,879,925,248 a token)", () => {
    const a = read('mixtral_8x7b.yaml');
    assert.equal(a.analysis!.params.total.value, 46702792704);
    assert.equal(a.analysis!.params.active.value, 12879925248);
  });

  it("a user's Mistral 1B whose tokenizer only the run loads: refused where data.tokenizer is; with the tokenizer's 32,768 its author's count (1,174,538,240)", () => {
    const text = fixtureText('levanter/nbailab/mimir-mistral-1b-base-scratch.yaml');
    const a = read('nbailab/mimir-mistral-1b-base-scratch.yaml', text);
    assert.equal(a.analysis, undefined);
    const said = a.findings.find((f) => f.message.id === 'levanter.vocabFromTokenizer')!;
    assert.equal(text.slice(said.ranges[0]!.range.start, said.ranges[0]!.range.end), '"mimir-project/mimir-mistral-7b-base-scratch"');
    assert.ok(text.includes('params is 1174538240'));
    // (Mistral 7B's own tokenizer has 32,000; Mistral Nemo's Tekken 131,072: a stand-in the catalogue knows at this size is the
    // author's 32,768-token one, Mistral-7B-v0.3's.)
    const v3 = read('m.yaml', text.replace('mimir-project/mimir-mistral-7b-base-scratch', 'mistralai/Mistral-7B-v0.3'));
    assert.equal(v3.analysis!.params.total.value, 1174538240);
  });

  it('p=bf16 keeps the parameters and the moments in bf16 (no fp32 copy); a model type this version does not read is said', () => {
    const text = fixtureText('levanter/llama2_7b.yaml');
    const bf16 = read('b.yaml', text.replace(/mp: .*/, 'mp: p=bf16,c=bf16'));
    assert.equal(bf16.spec!.training.masterWeights?.value, false);
    const other = read('o.yaml', text.replace('type: llama', 'type: backpack'));
    assert.ok(other.findings.some((f) => f.message.id === 'levanter.modelType' && f.severity === 'error'));
  });
});
