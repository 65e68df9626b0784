import { strict as assert } from 'node:assert';
import { analyzeFile } from '../../src/core/pipeline';
import { dictLiteral } from '../../src/core/recognize/easylm';
import { fixtureText } from './helpers/fixtures';

const OPEN_LLAMA = 'easylm/pretrain_llama_7b.sh';

describe('EasyLM: its trainers’ launches, the model a preset names', () => {
  it("OpenLLaMA 7B's pretraining launch (examples/pretrain_llama_7b.sh): the '7b' preset, LLaMA-7B's 6,738,415,616; 2,048 sequences of 2,048 a step; the model sharded over fsdp 64", () => {
    const a = analyzeFile({ path: OPEN_LLAMA, text: fixtureText(OPEN_LLAMA) });
    assert.equal(a.family, 'easylm');
    assert.equal(a.analysis!.params.total.value, 6738415616);
    const t = a.spec!.training;
    assert.deepEqual([t.globalBatch?.value, t.seqLen.value, t.gradAccum?.value, t.fsdp?.value, t.precision?.value], [2048, 2048, 1, true, 'fp32']);
    // --mesh_dim '-1,64,1': at least the 64 chips the fsdp axis takes (dp's -1 fills the rest).
    assert.equal(a.spec!.parallel.worldSize?.value, 64);
    assert.ok(a.findings.some((f) => f.message.id === 'easylm.vocabFromTokenizer' && f.severity === 'info'));
  });

  it('--update_llama_config: a dict of literals over the preset (its shapes, remat_block); any other expression, and an unknown preset, refused', () => {
    const text = fixtureText(OPEN_LLAMA);
    const with_ = (update: string) => analyzeFile({ path: OPEN_LLAMA, text: text.replace("--update_llama_config=''", `--update_llama_config="${update}"`) });
    // A Tulu-style tokenizer with its pad token: 32,001 rows in the embedding and the head.
    const tulu = with_("dict(vocab_size=32001, remat_block='nothing_saveable')");
    assert.equal(tulu.analysis!.params.total.value, 6738415616 + 2 * 4096);
    assert.equal(tulu.spec!.training.recompute?.value, 'full');
    const expr = with_('dict(max_sequence_length=SEQ)');
    assert.equal(expr.analysis, undefined);
    assert.equal(expr.findings.find((f) => f.severity === 'error')?.message.id, 'easylm.updateUnread');
    const unknown = analyzeFile({ path: OPEN_LLAMA, text: text.replace("--load_llama_config='7b'", "--load_llama_config='json::my.json'") });
    assert.equal(unknown.findings.find((f) => f.severity === 'error')?.message.id, 'easylm.unknownPreset');
    assert.deepEqual(
      [...dictLiteral("{'a': 1, 'b': True}")!],
      [
        ['a', 1],
        ['b', true],
      ],
    );
    assert.equal(dictLiteral('dict(a=f(1))'), undefined);
  });

  it("AllenAI's fork's OLMo trainer (survey 1592: --load_olmo_config='7b'): OLMo-7B's 6,888,095,744, its RMSNorm without weights; mesh 1,-1,4 as TP 4", () => {
    const f = 'survey/eightyninth/train/1592-easylm-olmo-7b-debug.sh';
    const a = analyzeFile({ path: f, text: fixtureText(f) });
    assert.equal(a.analysis!.params.total.value, 2 * 50304 * 4096 + 32 * (4 * 4096 * 4096 + 3 * 4096 * 11008));
    assert.equal(a.analysis!.params.total.value, 6888095744);
    assert.deepEqual([a.spec!.parallel.tp?.value, a.spec!.training.globalBatch?.value, a.spec!.training.finetune?.value], [4, 1, true]);
  });
});
