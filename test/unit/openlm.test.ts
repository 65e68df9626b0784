import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeFile } from '../../src/core/pipeline';
import { analyze, collectSetup } from '../../src/core/engine';
import { nodeFs } from '../../src/cli/main';
import { fixtureText } from './helpers/fixtures';

/** A launch of OpenLM's trainer in a folder of its own, DCLM's model JSONs at the paths DCLM's training/params.py hands --model. */
async function launch(line: string) {
  const dir = mkdtempSync(join(tmpdir(), 'cb-openlm-'));
  mkdirSync(join(dir, 'training/open_lm_configs'), { recursive: true });
  for (const size of ['1b', '7b'])
    writeFileSync(join(dir, `training/open_lm_configs/open_lm_${size}_swiglutorch.json`), fixtureText(`openlm/open_lm_${size}_swiglutorch.json`));
  writeFileSync(join(dir, 'train.sh'), line);
  const read = await collectSetup(nodeFs, { files: [join(dir, 'train.sh')] });
  return analyze(read.inputs)[0]!;
}

/** OpenLM's count: 2·V·d untied + L·(4·d² + 3·d·h + norms) + the final norm, h = 256·⌈⌊8d/3⌋ / 256⌉. */
function openLm(d: number, L: number, norm: number, qk = 0): number {
  const h = 256 * Math.ceil(Math.floor((8 * d) / 3) / 256);
  return 2 * 50432 * d + L * (4 * d * d + 3 * d * h + 2 * norm * d + qk * 2 * d) + norm * d;
}

describe('OpenLM: its launch and the model JSON it names', () => {
  it("DCLM's runs (--model-norm gain_only_lp_layer_norm, as its training/params.py passes): its published params, 1,439,795,200 and 6,889,410,560", async () => {
    const base = 'torchrun --nproc-per-node 8 -m open_lm.main --model-norm gain_only_lp_layer_norm --global-batch-size 256 --precision amp_bfloat16 --fsdp';
    const one = await launch(`${base} --model training/open_lm_configs/open_lm_1b_swiglutorch.json\n`);
    assert.equal(one.analysis!.params.total.value, 1439795200);
    assert.equal(one.analysis!.params.total.value, openLm(2048, 24, 1));
    const seven = await launch(`${base} --model training/open_lm_configs/open_lm_7b_swiglutorch.json\n`);
    assert.equal(seven.analysis!.params.total.value, 6889410560);
    // (The model_norm said as the launch's flag, where the JSON leaves it out.)
    assert.equal(seven.spec!.model!.norm.value, 'layernorm-nobias');
    assert.equal(seven.spec!.training.fsdp?.value, true);
  });

  it("--qk-norm adds a norm over the queries and one over the keys in every block, of model_norm's kind: DCLM's count leaves them out", async () => {
    const gain = await launch('torchrun --nproc-per-node 8 -m open_lm.main --model open_lm_1b_swiglutorch --model-norm gain_only_lp_layer_norm --qk-norm\n');
    // (A name: open_lm/model_configs/<name>.json, not here; the path a launch writes is what is looked for.)
    assert.equal(gain.analysis, undefined);
    assert.ok(
      gain.findings.some((f) => f.message.id === 'setup.modelTableMissing' && f.message.args?.file === 'open_lm/model_configs/open_lm_1b_swiglutorch.json'),
    );
    // (Said once, where the table is: not again as a Hugging Face id the catalogue lacks.)
    assert.ok(!gain.findings.some((f) => f.message.id === 'catalogue.unknownModel'));
    const at = 'training/open_lm_configs/open_lm_1b_swiglutorch.json';
    const qk = await launch(`torchrun --nproc-per-node 8 -m open_lm.main --model ${at} --model-norm gain_only_lp_layer_norm --qk-norm\n`);
    assert.equal(qk.analysis!.params.total.value, 1439795200 + 24 * 2 * 2048);
    // LayerNorm's weight and bias (params.py's default_layer_norm) in every norm, the q/k norms' too.
    const ln = await launch(`torchrun --nproc-per-node 8 -m open_lm.main --model ${at} --qk-norm\n`);
    assert.equal(ln.analysis!.params.total.value, openLm(2048, 24, 2, 2));
  });

  it('the batch: --global-batch-size over the processes, each share in --accum-freq micro-batches; sequences of the JSON; params.py defaults said', async () => {
    const a = await launch(
      'torchrun --nnodes 2 --nproc-per-node 8 -m open_lm.main --model training/open_lm_configs/open_lm_7b_swiglutorch.json --global-batch-size 2048 --accum-freq 2 --grad-checkpointing\n',
    );
    const t = a.spec!.training;
    assert.deepEqual([t.globalBatch?.value, t.microBatch?.value, t.gradAccum?.value, t.seqLen.value, t.recompute?.value], [2048, 64, 2, 2048, 'full']);
    // --precision amp (its default): fp16 autocast; model_norm params.py's default_layer_norm; each said as OpenLM's default.
    assert.equal(t.precision?.value, 'fp16');
    const reason = (s: { source: unknown }) => (s.source as { reason?: { id: string } }).reason?.id;
    assert.deepEqual([reason(t.precision!), reason(a.spec!.model!.norm)], ['prov.openlmDefault', 'prov.openlmDefault']);
    assert.equal(a.spec!.model!.norm.value, 'layernorm');
  });

  it('a model JSON opened alone: params.py defaults for what it leaves out (LayerNorm, SwiGLU, no q/k norms), each said; MoE layers refused', () => {
    const alone = analyzeFile({ path: 'open_lm_7b_swiglutorch.json', text: fixtureText('openlm/open_lm_7b_swiglutorch.json') });
    assert.equal(alone.analysis!.params.total.value, openLm(4096, 32, 2));
    const moe = JSON.parse(fixtureText('openlm/open_lm_1b_swiglutorch.json')) as Record<string, unknown>;
    const refused = analyzeFile({ path: 'm.json', text: JSON.stringify({ ...moe, moe_freq: 2, moe_num_experts: 8 }) });
    assert.equal(refused.analysis, undefined);
    assert.equal(refused.findings.find((f) => f.severity === 'error')?.message.id, 'openlm.notModelled');
  });
});
