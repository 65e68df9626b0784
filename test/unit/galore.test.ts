/**
 * GaLore's torchrun_main.py launches (jiaweizzhao/GaLore scripts/benchmark_c4/llama_60m.sh) and the configs/llama_*.json it
 * ships, read where a launch's folder lacks them: their shapes as GaLore writes them (configs/llama_60m.json: 8 layers of
 * 512, an MLP of 1,376, 8 heads, 32,000 tokens; configs/llama_100m.json the one of 32,100).
 */
import { strict as assert } from 'node:assert';
import { analyzeFiles } from '../../src/core/pipeline';
import { galoreStockConfig } from '../../src/core/recognize/galore';

// scripts/benchmark_c4/llama_60m.sh, GaLore's own launch of its 60M model.
const LAUNCH = `torchrun --standalone --nproc_per_node 1 torchrun_main.py \\
    --model_config configs/llama_60m.json \\
    --lr 0.01 \\
    --galore_scale 0.25 \\
    --rank 128 \\
    --update_proj_gap 200 \\
    --batch_size 256 \\
    --total_batch_size 512 \\
    --num_training_steps 10000 \\
    --warmup_steps 1000 \\
    --weight_decay 0 \\
    --dtype bfloat16 \\
    --eval_every 1000 \\
    --optimizer galore_adamw
`;

describe("GaLore's torchrun_main.py and its model configs", () => {
  it('configs/llama_60m.json as GaLore ships it: 58,073,600 (the paper\'s "60M")', () => {
    const stock = galoreStockConfig('configs/llama_60m.json')!;
    const config = JSON.parse(stock.text) as Record<string, unknown>;
    assert.deepEqual(
      [config['hidden_size'], config['intermediate_size'], config['num_attention_heads'], config['num_hidden_layers'], config['vocab_size']],
      [512, 1376, 8, 8, 32000],
    );
    const [run] = analyzeFiles([{ path: 'c/config.json', text: stock.text }]);
    assert.equal(run!.analysis!.params.total.value, 8 * (4 * 512 * 512 + 3 * 512 * 1376 + 2 * 512) + 2 * 32000 * 512 + 512);
    // (llama_100m.json alone has T5's 32,100 rows; a size GaLore does not ship is none.)
    assert.equal((JSON.parse(galoreStockConfig('./configs/llama_100m.json')!.text) as Record<string, unknown>)['vocab_size'], 32100);
    assert.equal(galoreStockConfig('configs/llama_5b.json'), undefined);
  });

  it("its launch: --batch_size on each process, --total_batch_size a step, 256 tokens unless --max_length; GaLore's optimizer said", () => {
    const stock = galoreStockConfig('configs/llama_60m.json')!;
    const [run] = analyzeFiles([
      { path: 'galore/llama_60m.sh', text: LAUNCH },
      { path: 'galore/configs/llama_60m.json', text: stock.text },
    ]);
    assert.equal(run!.analysis!.params.total.value, 58073600);
    const t = run!.spec!.training;
    assert.deepEqual([t.microBatch?.value, t.globalBatch?.value, t.gradAccum?.value, t.seqLen.value, t.trainIters?.value], [256, 512, 2, 256, 10000]);
    assert.deepEqual([t.precision?.value, t.masterWeights?.value, t.optimizer?.value], ['bf16', false, 'adamw']);
    const said = run!.findings.find((f) => f.message.id === 'galore.projectedState');
    assert.equal(said?.message.args?.['optimizer'], 'galore_adamw');
  });
});
