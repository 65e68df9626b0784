/**
 * mlx-lm's LoRA config (`mlx_lm.lora --train -c config.yaml`) and EXAONE 3.x (model_type exaone): the survey's 258, a LoRA of
 * r 16 on every block of EXAONE-3.5-2.4B-Instruct from a local folder mlx_lm.convert wrote (…-bf16).
 */
import { strict as assert } from 'node:assert';
import { analyzeFile } from '../../src/core/pipeline';
import { ALL_LINEAR } from '../../src/core/recognize/adapter';
import { fixtureText } from './helpers/fixtures';

const FIXTURE = 'survey/eleventh/train/258-mlx-lm-lora-exaone35-2.4b-local-bf16.yaml';
const text = fixtureText(FIXTURE);
const run = (t: string) => analyzeFile({ path: 'config.yaml', text: t });

/**
 * EXAONE-3.5-2.4B (h 2560, 30 layers, 32 heads of 80, 8 KV heads, FFN 7168, vocabulary 102,400, tied):
 * per layer q 2560·2560 + k, v 2560·640 each + out 2560·2560 = 16,384,000; MLP 3 · 2560 · 7168 = 55,050,240; two RMSNorms
 * 5,120: 71,439,360; × 30 = 2,143,180,800; + ln_f 2,560 + embedding 262,144,000 = 2,405,327,360.
 * LoRA r 16, r·(in + out) on each of the block's seven linears: q 16·5120 = 81,920, k 16·3200 = 51,200, v 51,200,
 * out_proj 81,920, c_fc_0 and c_fc_1 16·9728 = 155,648 each, c_proj 155,648: 733,184 a block.
 */
const PER_BLOCK = 81920 + 51200 + 51200 + 81920 + 3 * 155648;

describe('mlx-lm LoRA config and EXAONE 3.x', () => {
  it('258: EXAONE-3.5-2.4B-Instruct from models/EXAONE-3.5-2.4B-Instruct-bf16, 2,405,327,360 parameters; r 16 on all seven linears of all 30 blocks, 21,995,520 trainable', () => {
    const a = run(text);
    assert.equal(a.spec?.family, 'mlxlm');
    assert.equal(a.spec!.model!.architecture.value, 'ExaoneForCausalLM');
    assert.equal(a.analysis!.params.total.value, 2405327360);
    assert.equal(PER_BLOCK, 733184);
    assert.equal(a.analysis!.method?.trainable.value, 30 * PER_BLOCK);
    assert.equal(30 * PER_BLOCK, 21995520);
    const ad = a.spec!.training.adapter!;
    assert.deepEqual([ad.kind.value, ad.rank?.value, ad.dropout?.value, ad.layers], ['lora', 16, 0.05, undefined]);
    // Every linear a block can hold (EXAONE's are q, k, v, o, gate, up, down: the count above).
    assert.deepEqual([...ad.targets.value].sort(), [...ALL_LINEAR].sort());
    // keys absent: every linear of the block (current mlx-lm), said so.
    assert.equal(ad.targets.source.kind === 'derived' && ad.targets.source.reason.id, 'prov.mlxLmKeys');
    // The folder's name without mlx_lm.convert's -bf16: the catalogue's model, and the weights' dtype.
    const folder = a.spec!.training.precision;
    assert.equal(folder?.value, 'bf16');
    assert.equal(folder?.source.kind === 'derived' && folder.source.reason.id, 'prov.mlxLmDtype');
    // scale 32 is not alpha: PEFT's equivalent alpha is scale · r = 512, and a note says so.
    assert.equal(ad.alpha?.value, 512);
    const scale = a.findings.find((f) => f.message.id === 'mlxLm.scale');
    assert.deepEqual(scale?.message.args, { scale: 32, rank: 16, alpha: 512 });
    assert.ok(!a.findings.some((f) => f.message.id === 'adapter.noAlpha'));
    // The file's batch, sequence, steps, recomputation and optimizer; one device.
    const t = a.spec!.training;
    assert.deepEqual([t.microBatch?.value, t.seqLen.value, t.trainIters?.value, t.recompute?.value, t.optimizer?.value], [2, 1024, 600, 'full', 'adamw']);
    assert.equal(a.spec!.parallel.worldSize?.value, 1);
    assert.equal(a.spec!.parallel.worldSize?.source.kind === 'derived' && a.spec!.parallel.worldSize.source.reason.id, 'prov.mlxLmSingleDevice');
  });

  it("the model names the catalogue's entry through the folder, said: a path's last name without -bf16", () => {
    const a = run(text);
    const json = JSON.stringify(a.spec!.model!.hidden.source);
    assert.ok(json.includes('prov.catalogue') && json.includes('LGAI-EXAONE/EXAONE-3.5-2.4B-Instruct'), json);
    // (The catalogue drops a local copy's -bf16 itself; mlx_lm.convert's -mlx is this reader's to drop.)
    assert.ok(json.includes('"path":["model"]'), json);
    const mlx = run(text.replace('EXAONE-3.5-2.4B-Instruct-bf16', 'EXAONE-3.5-2.4B-Instruct-mlx'));
    assert.ok(JSON.stringify(mlx.spec!.model!.hidden.source).includes('prov.mlxLmFolder'));
    // A hub id resolves as written.
    const hub = run(text.replace('"models/EXAONE-3.5-2.4B-Instruct-bf16"', 'LGAI-EXAONE/EXAONE-3.5-2.4B-Instruct'));
    assert.equal(hub.analysis!.params.total.value, 2405327360);
    assert.ok(!JSON.stringify(hub.spec!.model!.hidden.source).includes('prov.mlxLmFolder'));
    assert.ok(!JSON.stringify(hub.spec!.training.precision ?? {}).includes('prov.mlxLmDtype'));
  });

  it("what the file leaves out is mlx_lm.lora's CONFIG_DEFAULTS, each said: num_layers 16 (the last 16 of 30 blocks), rank 8, batch 4, sequence 2048, 1000 iterations, no checkpointing, adam", () => {
    const bare = 'model: LGAI-EXAONE/EXAONE-3.5-2.4B-Instruct\ntrain: true\nfine_tune_type: lora\ndata: data/\n';
    const a = run(bare);
    const t = a.spec!.training;
    const said = (s: { source: { kind: string } } | undefined) => (s?.source.kind === 'derived' ? JSON.stringify(s.source) : '');
    for (const [s, key] of [
      [t.microBatch, 'batch_size'],
      [t.seqLen, 'max_seq_length'],
      [t.trainIters, 'iters'],
      [t.recompute, 'grad_checkpoint'],
      [t.optimizer, 'optimizer'],
      [t.adapter?.rank, 'lora_parameters.rank'],
    ] as const) {
      assert.ok(said(s).includes('prov.classDefault') && said(s).includes(`"key":"${key}"`) && said(s).includes('mlx_lm.lora'), key);
    }
    assert.deepEqual([t.microBatch?.value, t.seqLen.value, t.trainIters?.value, t.recompute?.value, t.optimizer?.value], [4, 2048, 1000, 'none', 'adam']);
    // Rank 8 on the last 16 blocks (14…29); its default scale 10 is PEFT's alpha 80.
    const ad = t.adapter!;
    assert.deepEqual(
      ad.layers?.value,
      Array.from({ length: 16 }, (_, i) => 14 + i),
    );
    assert.equal(ad.layers?.source.kind === 'derived' && ad.layers.source.reason.id, 'prov.mlxLmLayers');
    assert.equal(ad.alpha?.value, 80);
    assert.equal(a.analysis!.method?.trainable.value, 16 * (PER_BLOCK / 2));
  });

  it('num_layers: the last n blocks, -1 and 0 every block, more than the model has a warning', () => {
    const at = (n: string) => run(text.replace(/^num_layers: -1 .*$/m, `num_layers: ${n}`));
    assert.equal(at('8').analysis!.method?.trainable.value, 8 * PER_BLOCK);
    assert.deepEqual(at('8').spec!.training.adapter?.layers?.value, [22, 23, 24, 25, 26, 27, 28, 29]);
    assert.equal(at('0').analysis!.method?.trainable.value, 30 * PER_BLOCK);
    assert.equal(at('30').spec!.training.adapter?.layers, undefined);
    assert.ok(at('40').findings.some((f) => f.message.id === 'mlxLm.tooManyLayers' && f.message.args?.['total'] === 30));
  });

  it('lora_parameters.keys: mlx-lm module paths inside a block (attn.attention.q_proj, mlp.c_fc_0, mlp.c_proj); DoRA adds its magnitude per output feature', () => {
    const keys = text.replace('  dropout: 0.05\n', '  dropout: 0.05\n  keys: ["attn.attention.q_proj", "attn.attention.v_proj"]\n');
    const qv = run(keys);
    assert.deepEqual([...qv.spec!.training.adapter!.targets.value].sort(), ['q', 'v']);
    // q 81,920 + v 51,200 a block.
    assert.equal(qv.analysis!.method?.trainable.value, 30 * (81920 + 51200));
    const mlp = run(text.replace('  dropout: 0.05\n', '  dropout: 0.05\n  keys: [mlp.c_fc_0, mlp.c_fc_1, mlp.c_proj, attn.attention.out_proj]\n'));
    assert.deepEqual([...mlp.spec!.training.adapter!.targets.value].sort(), ['down', 'gate', 'o', 'up']);
    const dora = run(text.replace('fine_tune_type: lora ', 'fine_tune_type: dora '));
    assert.equal(dora.spec!.training.adapter?.kind.value, 'dora');
    assert.ok(dora.analysis!.method!.trainable.value > 30 * PER_BLOCK);
  });

  it('fine_tune_type full: the last num_layers blocks trained whole, the embedding frozen (16 × 71,439,360 by default)', () => {
    const full = run('model: LGAI-EXAONE/EXAONE-3.5-2.4B-Instruct\nfine_tune_type: full\niters: 100\n');
    assert.deepEqual(full.spec!.training.freeze?.value, { layers: 16, extra: [] });
    assert.equal(full.analysis!.method?.trainable.value, 16 * 71439360);
    const all = run('model: LGAI-EXAONE/EXAONE-3.5-2.4B-Instruct\nfine_tune_type: full\nnum_layers: -1\n');
    assert.equal(all.analysis!.method?.trainable.value, 30 * 71439360);
  });

  it('EXAONE 3.5 7.8B and 32B, and EXAONE 3.0 7.8B, from the catalogue: untied, no biases', () => {
    const total = (id: string) => run(`model: ${id}\nfine_tune_type: lora\niters: 10\n`).analysis!.params.total.value;
    // 7.8B: 32 × (4096·4096·2 + 4096·1024·2 + 3·4096·14336 + 2·4096) + 4096 + 2 · 102400·4096 = 7,818,448,896.
    assert.equal(total('LGAI-EXAONE/EXAONE-3.5-7.8B-Instruct'), 7818448896);
    assert.equal(total('LGAI-EXAONE/EXAONE-3.0-7.8B-Instruct'), 7818448896);
    // 32B: 64 × (5120·5120·2 + 5120·1024·2 + 3·5120·27392 + 2·5120) + 5120 + 2 · 102400·5120 = 32,003,200,000 (the card: 30.95B without embeddings).
    assert.equal(total('LGAI-EXAONE/EXAONE-3.5-32B-Instruct'), 32003200000);
  });
});
