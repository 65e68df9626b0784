import { strict as assert } from 'node:assert';
import { extractGin } from '../../src/core/extract/gin';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeFile } from '../../src/core/pipeline';
import { analyze, collectSetup } from '../../src/core/engine';
import { nodeFs } from '../../src/cli/main';

describe("T5X's gin configs", () => {
  // T5X's t5x/examples/t5/t5_1_1/large.gin's network bindings, with a macro, a dict, an include and a value over two lines.
  const large = [
    '# T5.1.1 Large model.',
    "include 't5x/examples/t5/t5_1_1/base.gin'  # imports vocab, optimizer and model.",
    'from __gin__ import dynamic_registration',
    'import seqio',
    'TASK_FEATURE_LENGTHS = {"inputs": 512, "targets": 114}',
    'BATCH_SIZE = 256',
    'OPTIMIZER = @adafactor.Adafactor()',
    'network.Transformer.config = @network.T5Config()',
    'network.T5Config:',
    '  emb_dim = 1024',
    '  num_heads = 16',
    '  num_encoder_layers = 24',
    '  num_decoder_layers = 24',
    '  head_dim = 64',
    '  mlp_dim = 2816',
    "  mlp_activations = ('gelu',",
    "                     'linear')",
    'train/utils.DatasetConfig:',
    '  task_feature_lengths = %TASK_FEATURE_LENGTHS',
    '  batch_size = %BATCH_SIZE',
    '',
  ].join('\n');

  it('bindings at their selector and parameter, macros, includes, dicts key by key, tuples, and %MACRO as the macro, each where written', () => {
    const { facts, errors } = extractGin('large.gin', large);
    assert.deepEqual(errors, []);
    const at = (path: string) => facts.find((f) => f.path.join('|') === path);
    assert.equal(at('@include|0')?.value, 't5x/examples/t5/t5_1_1/base.gin');
    assert.equal(at('network.T5Config|emb_dim')?.value, 1024);
    assert.deepEqual(at('network.T5Config|mlp_activations')?.value, ['gelu', 'linear']);
    assert.equal(at('network.Transformer|config')?.value, '@network.T5Config()');
    assert.equal(at('TASK_FEATURE_LENGTHS|targets')?.value, 114);
    // The dict's value where it is written, and the macro reference read at the macro's binding.
    const targets = at('train/utils.DatasetConfig|task_feature_lengths|targets')!;
    assert.equal(targets.value, 114);
    assert.equal(large.slice(targets.valueRange.start, targets.valueRange.end), '114');
    const batch = at('train/utils.DatasetConfig|batch_size')!;
    assert.equal(large.slice(batch.valueRange.start, batch.valueRange.end), '256');
    const emb = at('network.T5Config|emb_dim')!;
    assert.equal(large.slice(emb.keyRange.start, emb.keyRange.end), 'emb_dim');
    // Imports and comments are not bindings.
    assert.equal(
      facts.some((f) => /seqio|dynamic/.test(String(f.path[0]))),
      false,
    );
  });

  it("a model gin over T5.1.1's base: its own sizes read, the rest T5.1.1's (T5.1.1 large as flan-t5-large, 783,150,080); the inputs and targets as the encoder's and decoder's lengths", () => {
    const r = analyzeFile({ path: 'large.gin', text: large });
    assert.equal(r.family, 't5x');
    assert.equal(r.analysis!.params.total.value, 783150080);
    assert.equal(r.spec!.model!.hidden.source.kind, 'fact');
    assert.equal(r.spec!.model!.vocab.source.kind, 'assumed');
    const t = r.spec!.training;
    assert.deepEqual([t.seqLen?.value, t.targetLen?.value, t.globalBatch?.value, t.optimizer?.value], [512, 114, 256, 'adafactor']);
  });

  it("T5.1.0's ReLU MLP (mlp_activations = ('relu',)) and logits through the embedding: t5-base's shapes, 222,903,552 (the Hub's checkpoint, 222,903,936, also holds an unused EncDecAttention relative bias of 32 × 12)", () => {
    const text = [
      'network.T5Config:',
      '  vocab_size = 32128',
      '  emb_dim = 768',
      '  num_heads = 12',
      '  num_encoder_layers = 12',
      '  num_decoder_layers = 12',
      '  head_dim = 64',
      '  mlp_dim = 3072',
      "  mlp_activations = ('relu',)",
      '  logits_via_embedding = True',
      '',
    ].join('\n');
    assert.equal(analyzeFile({ path: 'base.gin', text }).analysis!.params.total.value, 222903552);
  });

  it("a launch's --gin. bindings over its gin file's: the lengths and batch read at the line, a binding of the network's shapes said, not applied", async () => {
    const root = mkdtempSync(join(tmpdir(), 'cb-t5x-'));
    writeFileSync(join(root, 'large.gin'), large);
    writeFileSync(
      join(root, 'run.sh'),
      "python -m t5x.train --gin_file=large.gin --gin.BATCH_SIZE=512 --gin.TASK_FEATURE_LENGTHS=\"{'inputs': 1024, 'targets': 256}\" --gin.network.T5Config.num_decoder_layers=12\n",
    );
    const [a] = analyze((await collectSetup(nodeFs, { files: [join(root, 'run.sh')] })).inputs);
    const t = a!.spec!.training;
    assert.deepEqual([t.seqLen?.value, t.targetLen?.value, t.globalBatch?.value], [1024, 256, 512]);
    assert.equal(a!.analysis!.params.total.value, 783150080);
    assert.ok(a!.findings.some((f) => f.message.id === 't5x.networkOverride' && f.message.args?.key === 'network.T5Config.num_decoder_layers'));
  });

  it('a gin file with no network and no run settings of T5X is not read as one', () => {
    const r = analyzeFile({ path: 'other.gin', text: 'foo.Bar.baz = 3\n' });
    assert.notEqual(r.family, 't5x');
  });
});
