import { strict as assert } from 'node:assert';
import { analyzeFile } from '../../src/core/pipeline';
import { fixtureText } from './helpers/fixtures';

describe('RWKV-6 and RWKV-7', () => {
  // RWKV-PEFT's demo launch (JL-er/RWKV-PEFT scripts/, as users copy it), for the model the flags build.
  const launch = (flags: string) =>
    analyzeFile({
      path: 'run.sh',
      text: `python train.py --load_model /models/rwkv.pth --proj_dir out --data_file data/x --data_type binidx ${flags} \\\n --ctx_len 1024 --micro_bsz 4 --epoch_steps 1000 --epoch_count 1 --accelerator gpu --devices 2 --precision bf16 --strategy deepspeed_stage_1 --grad_cp 1\n`,
    });

  it("RWKV-6 World 1.6B from RWKV-PEFT's flags (24 × 2048, vocabulary 65,536): 1,599,873,024, the count of its checkpoint's 582 tensors", () => {
    const a = launch('--vocab_size 65536 --n_layer 24 --n_embd 2048 --my_testing "x060"');
    assert.equal(a.analysis!.params.total.value, 1_599_873_024);
    const m = a.spec!.model!;
    // dim_ffn ⌊3.5 · 2048 / 32⌋ · 32 = 7,168; RWKV_Tmix_x060's LoRA widths 32 (mixes) and 64 (decay); 32 heads of 64.
    assert.deepEqual([m.ffnWidth.value, m.hybrid!.ssm!.rwkv!.mix.value, m.hybrid!.ssm!.rwkv!.decay.value, m.hybrid!.ssm!.heads.value], [7168, 32, 64, 32]);
    // A layer: 6·h² + 2·h·f + 464·h (the time mix, the channel mix, two LayerNorms).
    const layer = 6 * 2048 ** 2 + 2 * 2048 * 7168 + 464 * 2048;
    assert.equal(a.analysis!.params.total.value, 24 * layer + 2 * 65536 * 2048 + 2 * 2 * 2048);
    // Lightning's processes, ZeRO-1, checkpointing, a fine-tune of the checkpoint it loads.
    assert.deepEqual(
      [a.spec!.parallel.worldSize?.value, a.spec!.training.zeroStage?.value, a.spec!.training.recompute?.value, a.spec!.training.finetune?.value],
      [2, 1, 'full', true],
    );
    assert.ok(!a.findings.some((f) => f.ruleId === 'tokens-per-parameter'), "a fine-tune: Chinchilla's ratio is not its");
  });

  it('RWKV-7 from the x070 block: 2.9B (32 × 2560) 2,947,735,040 and 0.1B (12 × 768) 191,034,624, the paper\'s "2.9B" and "0.19B"; the first layer without the value residual', () => {
    const big = launch('--vocab_size 65536 --n_layer 32 --n_embd 2560 --my_testing "x070"');
    assert.equal(big.analysis!.params.total.value, 2_947_735_040);
    const w = big.spec!.model!.hybrid!.ssm!.rwkv!;
    // RWKV_Tmix_x070's suggestions for C = 2560: decay and a 96, value 64, gate 320.
    assert.deepEqual([w.decay.value, w.a.value, w.value.value, w.gate.value], [96, 96, 64, 320]);
    assert.equal(big.spec!.model!.ffnWidth.value, 4 * 2560);
    const groups = big.analysis!.params.layerGroups;
    assert.deepEqual(
      groups.map((g) => g.count),
      [1, 31],
    );
    assert.equal(groups[1]!.each - groups[0]!.each, 2 * 2560 * 64 + 2560, "the value residual's LoRA and v0");
    const small = launch('--vocab_size 65536 --n_layer 12 --n_embd 768 --my_testing x070');
    assert.equal(small.analysis!.params.total.value, 191_034_624);
    // (x070's linears are n_embd wide: a --dim_att of another width is said, not read.)
    const att = launch('--vocab_size 65536 --n_layer 12 --n_embd 768 --dim_att 512 --my_testing x070');
    assert.equal(att.analysis!.params.total.value, 191_034_624);
    assert.ok(att.findings.some((f) => f.message.id === 'rwkv.dimAttUnread' && f.severity === 'warning'));
    assert.ok(!small.findings.some((f) => f.message.id === 'rwkv.dimAttUnread'));
  });

  it("the block from the checkpoint's name where --my_testing is silent (RWKV-x070-World-…pth), said; an older block refused, saying which", () => {
    const a = analyzeFile({
      path: 'run.sh',
      text: 'python train.py --load_model /m/RWKV-x070-World-0.1B-v2.8-20241210-ctx4096.pth --vocab_size 65536 --n_layer 12 --n_embd 768 --ctx_len 512 --micro_bsz 8\n',
    });
    assert.equal(a.analysis!.params.total.value, 191_034_624);
    const v = a.spec!.model!.hybrid!.ssm!.kind;
    assert.ok(v.source.kind === 'derived' && v.source.reason.id === 'prov.rwkvCheckpointName');
    const old = launch('--vocab_size 65536 --n_layer 12 --n_embd 768 --my_testing "x052"');
    assert.equal(old.analysis, undefined);
    assert.ok(old.findings.some((f) => f.message.id === 'rwkv.versionNotModelled' && f.message.args?.['version'] === 'x052'));
  });

  it('a vocabulary left to train.py\'s "auto" (vocab_size 0, the characters of a text file) is a missing key, not a guess', () => {
    const a = launch('--n_layer 12 --n_embd 768 --my_testing x060');
    assert.equal(a.analysis, undefined);
    assert.ok(a.findings.some((f) => f.message.id === 'recognize.missingKey' && f.message.args?.['keys'] === '--vocab_size'));
  });

  it("RWKV-PEFT's own methods (state tuning, its LoRA, Bone) are said, the whole model counted", () => {
    for (const [flags, method] of [
      ['--train_type state', 'state tuning (--train_type state)'],
      ['--peft bone --bone_config \'{"bone_load":"","bone_r":64}\'', '--peft bone'],
      ['--lora --lora_r 64 --lora_alpha 128', '--lora'],
    ] as const) {
      const a = launch(`--vocab_size 65536 --n_layer 24 --n_embd 2048 --my_testing x060 ${flags}`);
      assert.equal(a.analysis!.params.total.value, 1_599_873_024, flags);
      const said = a.findings.find((f) => f.message.id === 'rwkv.methodNotModelled');
      assert.equal(said?.message.args?.['method'], method, flags);
      assert.equal(said?.severity, 'warning');
    }
  });

  it("flash-linear-attention's RWKV7Config (flame's config.json: 24 × 2048, low-rank 64/64/16/128, vocabulary 32,000): 1,366,644,736", () => {
    const rel = 'survey/thirtyeighth/hf/828-flame-rwkv7-340M-config.json';
    const a = analyzeFile({ path: rel, text: fixtureText(rel) });
    // Per layer 4·h² + 2·h·(64 + 64 + 128 + 16) + 15·h (the time mix), 2·h·8192 + 2·2·h (the channel mix and norms); the
    // first layer without the value residual (2·h·16 + h); the embedding, the head, pre_norm and the final norm.
    const h = 2048;
    const layer = 4 * h * h + 2 * h * (64 + 64 + 128 + 16) + 15 * h + 2 * h * 8192 + 4 * h;
    assert.equal(a.analysis!.params.total.value, 24 * layer - (2 * h * 16 + h) + 2 * 32000 * h + 4 * h);
    assert.equal(a.analysis!.params.total.value, 1_366_644_736);
  });
});
