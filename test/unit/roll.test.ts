import { strict as assert } from 'node:assert';
import { analyzeFile } from '../../src/core/pipeline';
import { render } from '../../src/core/messages';

describe("ROLL's RL pipeline YAMLs (pretrain, actor_train, actor_infer)", () => {
  const yaml = (extra: string) =>
    [
      'pretrain: meta-llama/Llama-3.2-3B-Instruct',
      'prompt_length: 512',
      'response_length: 256',
      'num_gpus_per_node: 8',
      'actor_train:',
      '  model_args:',
      '    dtype: bf16',
      '  training_args:',
      '    learning_rate: 1.0e-6',
      '    per_device_train_batch_size: 2',
      '    gradient_accumulation_steps: 16',
      extra,
      'actor_infer:',
      '  strategy_args:',
      '    strategy_name: vllm',
      '  device_mapping: list(range(8,16))',
      '',
    ].join('\n');

  it("the actor's model, its training_args, the prompt and response at their longest, ZeRO from the inline DeepSpeed config, its device_mapping's GPUs", () => {
    const text = yaml(
      [
        '  strategy_args:',
        '    strategy_name: deepspeed_train',
        '    strategy_config:',
        '      zero_optimization:',
        '        stage: 2',
        '  device_mapping: list(range(0,16))',
      ].join('\n'),
    );
    const r = analyzeFile({ path: 'rlvr.yaml', text });
    assert.equal(r.analysis!.params.total.value, 3212749824);
    const s = r.spec!;
    assert.deepEqual([s.training.seqLen.value, s.training.microBatch?.value, s.training.zeroStage?.value, s.training.recompute?.value], [768, 2, 2, 'full']);
    assert.match(JSON.stringify(s.training.seqLen.source), /prov\.rollSequence/);
    // 16 GPUs on nodes of 8.
    assert.deepEqual([s.parallel.worldSize?.value, s.parallel.gpusPerNode?.value, s.parallel.nodes?.value], [16, 8, 2]);
    const stage = (s.training.zeroStage!.source as { range: { start: number; end: number } }).range;
    assert.equal(text.slice(stage.start, stage.end), '2');
    const note = r.findings.find((f) => f.message.id === 'roll.actorOnly')!;
    assert.match(render(note.message), /rollout engine \(actor_infer, vllm\)/);
    // ROLL's ModelArguments recompute unless disable_gradient_checkpointing is true, said as its default.
    assert.match(JSON.stringify(s.training.recompute!.source), /disable_gradient_checkpointing/);
  });

  it("Megatron's degrees from a megatron_train strategy; a shipped DeepSpeed config named by interpolation gives its stage; LoRA by LLaMA-Factory's names", () => {
    const megatron = analyzeFile({
      path: 'm.yaml',
      text: yaml(
        [
          '  strategy_args:',
          '    strategy_name: megatron_train',
          '    strategy_config:',
          '      tensor_model_parallel_size: 2',
          '      pipeline_model_parallel_size: 2',
          '  device_mapping: list(range(0,8))',
        ].join('\n'),
      ),
    });
    assert.deepEqual([megatron.spec!.parallel.tp?.value, megatron.spec!.parallel.pp?.value, megatron.spec!.parallel.worldSize?.value], [2, 2, 8]);
    const named = analyzeFile({
      path: 'z3.yaml',
      text: yaml(
        ['  strategy_args:', '    strategy_name: deepspeed_train', '    strategy_config: ${deepspeed_zero3}', '  device_mapping: "[0]"'].join('\n'),
      ).replace('    dtype: bf16', '    dtype: bf16\n    lora_rank: 8\n    lora_alpha: 16\n    lora_target: all-linear'),
    });
    assert.equal(named.spec!.training.zeroStage?.value, 3);
    assert.equal(named.spec!.parallel.worldSize?.value, 1);
    // Llama 3.2 3B, r 8 on every linear of its 28 layers: q and o 3,072 + 3,072, k and v 3,072 + 1,024, gate, up and down 3,072 + 8,192.
    assert.equal(named.analysis!.method.trainable.value, 28 * 8 * (2 * 6144 + 2 * 4096 + 3 * 11264));
  });
});
