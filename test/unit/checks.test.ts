import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { render, type FileAnalysis } from '../../src/core';
import { analyzeFile, analyzeFiles } from '../../src/core/pipeline';
import { RULES } from '../../src/core/checks';
import { clusterFromFile } from '../../src/core/hardware/cluster';
import { fixtureText } from './helpers/fixtures';

function megatron(flags: string, launcher = 'torchrun --nnodes 1 --nproc-per-node 8'): string {
  return `#!/bin/bash\n${launcher} pretrain_gpt.py --num-layers 32 --hidden-size 4096 --ffn-hidden-size 14336 --num-attention-heads 32 --group-query-attention --num-query-groups 8 --swiglu --normalization RMSNorm --disable-bias-linear --untie-embeddings-and-output-weights --position-embedding-type rope --vocab-size 128256 --seq-length 8192 --bf16 ${flags}\n`;
}

function ids(r: FileAnalysis): string[] {
  return r.findings.map((f) => `${f.severity}:${f.ruleId}`);
}

describe('check rules, one per file', () => {
  it('parallel-degrees: TP 3 on 32 heads, with a fix that sets the nearest valid degree where TP was written', () => {
    const text = 'TP=3\n' + megatron('--micro-batch-size 1 --global-batch-size 64 --tensor-model-parallel-size $TP', 'torchrun --nnodes 1 --nproc-per-node 6');
    const r = analyzeFile({ path: 'train.sh', text });
    const f = r.findings.find((x) => x.ruleId === 'parallel-degrees' && x.message.id === 'rule.tpHeads')!;
    assert.ok(f, ids(r).join());
    assert.equal(text.slice(f.ranges[0]!.range.start, f.ranges[0]!.range.end), '3');
    assert.deepEqual(f.fixes[0]!.edits, [{ file: 'train.sh', range: { start: 3, end: 4 }, newText: '2' }]);
    assert.equal(render(f.fixes[0]!.title), 'Set TP to 2');
  });

  it('tp-across-nodes: TP 16 on 8-GPU nodes', () => {
    const r = analyzeFile({
      path: 'train.sh',
      text: megatron('--micro-batch-size 1 --global-batch-size 64 --tensor-model-parallel-size 16', 'torchrun --nnodes 2 --nproc-per-node 8'),
    });
    assert.ok(ids(r).includes('warning:tp-across-nodes'), ids(r).join());
    assert.ok(ids(r).includes('warning:parallel-layout'), ids(r).join()); // 8 KV heads replicated
  });

  it('batch-arithmetic: a global batch that does not split over DP', () => {
    const r = analyzeFile({ path: 'train.sh', text: megatron('--micro-batch-size 1 --global-batch-size 100') });
    assert.ok(ids(r).includes('error:batch-arithmetic'), ids(r).join());
    assert.match(render(r.findings.find((f) => f.ruleId === 'batch-arithmetic')!.message), /Global batch 100 is not divisible by micro-batch 1 × DP 8/);
  });

  it('memory-over-capacity: 8 B parameters with plain DDP and no recompute on 80 GB GPUs; the fix adds the flag to the command', () => {
    const text = megatron('--micro-batch-size 4 --global-batch-size 64');
    const r = analyzeFile({ path: 'train.sh', text });
    assert.ok(ids(r).includes('error:memory-over-capacity'), ids(r).join());
    const fix = r.findings.find((f) => f.ruleId === 'memory-over-capacity')!.fixes[0]!;
    assert.equal(render(fix.title), 'Enable full activation recomputation');
    const e = fix.edits[0]!;
    const fixed = text.slice(0, e.range.start) + e.newText + text.slice(e.range.end);
    assert.equal(fixed, text.replace('--micro-batch-size 4', '--recompute-granularity full --recompute-method uniform --micro-batch-size 4'));
    const after = analyzeFile({ path: 'train.sh', text: fixed });
    assert.equal(after.analysis!.cluster.plan.layout.recompute, 'full');
    assert.ok(after.analysis!.cluster.memory.activations < r.analysis!.cluster.memory.activations);
    // An Axolotl YAML that does not set it gets the key added at its end.
    const yaml = 'base_model: meta-llama/Llama-3.1-8B\nsequence_len: 8192\nmicro_batch_size: 8\ntensor_parallel_size: 1\ndp_shard_size: 8\n';
    const [axo] = analyzeFiles([{ path: 'run/train.yaml', text: yaml }]);
    const afix = axo!.findings.find((f) => f.ruleId === 'memory-over-capacity')?.fixes[0]?.edits[0];
    assert.deepEqual(afix && { at: afix.range.start, text: afix.newText }, { at: yaml.length, text: 'gradient_checkpointing: true\n' });
    const fits = analyzeFile({
      path: 'train.sh',
      text: megatron(
        '--micro-batch-size 1 --global-batch-size 64 --tensor-model-parallel-size 8 --sequence-parallel --use-distributed-optimizer --recompute-granularity full',
      ),
    });
    assert.ok(!ids(fits).includes('error:memory-over-capacity'), ids(fits).join());
  });

  it('communication-bound: a slow network makes exposed communication dominate', () => {
    const text = megatron(
      '--micro-batch-size 1 --global-batch-size 16 --tensor-model-parallel-size 8 --use-distributed-optimizer',
      'torchrun --nnodes 2 --nproc-per-node 8',
    );
    const origin = { value: 'slow', source: { kind: 'override' as const, reason: { id: 'prov.clusterFile' as const, args: { file: 'slow' } } } };
    const slow = clusterFromFile({ accelerator: 'h100-sxm', gpusPerNode: 8, nodes: 2, links: { scaleOutGbps: 1 } }, origin);
    const [r] = analyzeFiles([{ path: 'train.sh', text }], { cluster: slow });
    assert.ok(ids(r!).includes('warning:communication-bound'), ids(r!).join());
  });

  it("vocab-not-padded: GPT-2's 50257 tokens with TP 2", () => {
    const [r] = analyzeFiles([
      { path: 'run/config.json', text: fixtureText('hf_config/gpt2.config.json') },
      { path: 'run/train.yaml', text: 'base_model: gpt2\ntensor_parallel_size: 2\nsequence_len: 1024\nmicro_batch_size: 1\n' },
    ]);
    const f = r!.findings.find((x) => x.ruleId === 'vocab-not-padded')!;
    assert.ok(f, ids(r!).join());
    assert.equal(render(f.message), 'Vocabulary 50257 is not divisible by TP 2: Megatron-style trainers pad it to 50432.');
    assert.equal(f.ranges[0]!.file, 'run/config.json');
  });

  it('seq-over-max-positions: GPT-2 (1024 learned positions) at 2048 is an error', () => {
    const r = analyzeFile({ path: 'gpt2.json', text: fixtureText('hf_config/gpt2.config.json') }, { seqLen: 2048 });
    assert.ok(ids(r).includes('error:seq-over-max-positions'), ids(r).join());
    const ok = analyzeFile({ path: 'gpt2.json', text: fixtureText('hf_config/gpt2.config.json') }, { seqLen: 1024 });
    assert.ok(!ids(ok).includes('error:seq-over-max-positions'));
  });

  it("seq-over-max-positions: rotary positions extrapolate (a warning that says so); NLLB-200's sinusoidal ones, 1,024 configured, are said as untrained beyond, not as rotary", () => {
    const nllb = analyzeFile({ path: 'config.json', text: fixtureText('hf_config_encoders/nllb-200-distilled-600m.config.json') }, { seqLen: 2048 });
    const f = nllb.findings.find((x) => x.ruleId === 'seq-over-max-positions')!;
    assert.equal(f.severity, 'warning');
    assert.equal(f.message.id, 'check.seqOverConfigured');
    assert.doesNotMatch(render(f.message), /rotary/);
    const llama = analyzeFile({ path: 'config.json', text: fixtureText('hf_config/llama-2-7b-hf.config.json') }, { seqLen: 8192 });
    assert.equal(llama.findings.find((x) => x.ruleId === 'seq-over-max-positions')?.message.id, 'check.seqOverRope');
  });

  it('tokens-per-parameter: Llama-3-8B on 15 T tokens is far beyond compute-optimal (information)', () => {
    const r = analyzeFile({ path: 'llama3_8b_h100.sh', text: fixtureText('megatron_handwritten/llama3_8b_h100.sh') });
    const f = r.findings.find((x) => x.ruleId === 'tokens-per-parameter')!;
    assert.ok(f, ids(r).join());
    assert.equal(f.severity, 'info');
    assert.match(render(f.message), /^1868 training tokens per parameter/);
  });

  it('every rule id a stage or a rule emits has metadata', () => {
    const known = new Set(RULES.map((r) => r.id));
    const used = new Set<string>();
    const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
    for (const f of walk(join(process.cwd(), 'src', 'core'))) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/finding\(\s*'([\w-]+)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/ruleId: '([\w-]+)'/g)) used.add(m[1]!);
    }
    assert.ok(used.size >= 15, [...used].join());
    for (const id of used) assert.ok(known.has(id), `rule ${id} has no metadata`);
  });
});
