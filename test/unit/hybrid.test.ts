import { strict as assert } from 'node:assert';
import { analyzeFile, analyzeFiles } from '../../src/core/pipeline';
import { degreeViolations, planFromSpec, type Layout } from '../../src/core/analysis/parallel';
import { activationBytesPerLayer } from '../../src/core/analysis/memory';
import { render } from '../../src/core/messages';
import { allocateLayers, parsePattern } from '../../src/core/recognize/hybrid';
import { SCAN_EFFICIENCY } from '../../src/core/hardware/efficiency';
import { fixtureText } from './helpers/fixtures';
import { testCluster } from './helpers/cluster';

const NEMOTRON_H = 'hf_config_hybrid/nemotron-h-8b-base-8k.config.json';

function analyzed(rel: string, text = fixtureText(rel)) {
  const r = analyzeFile({ path: rel, text });
  assert.deepEqual(
    r.findings.filter((f) => f.severity === 'error').map((f) => render(f.message)),
    [],
    rel,
  );
  return r;
}

describe('state-space and hybrid stacks', () => {
  it("Megatron-Core's pattern symbols and its allocation from ratios (mamba_hybrid_layer_allocation.py)", () => {
    assert.deepEqual(parsePattern('M-*|E-'), ['M', '-', '*', 'E', '-']);
    assert.deepEqual(parsePattern('M*-/MM'), ['M', '*', '-'], 'the MTP part after / is not the main stack');
    assert.equal(parsePattern('M-X'), undefined);
    // The 800M of Megatron-LM's examples/mamba: 48 layers, round(3.84) = 4 attention, round(24) = 24 MLP, 20 Mamba.
    const small = allocateLayers(48, 0.08, 0.5);
    assert.deepEqual(
      ['M', '*', '-'].map((c) => small.filter((x) => x === c).length),
      [20, 4, 24],
    );
    assert.equal(small.join(''), 'M-M-M--M-*M-M-M-M--*M-M-M-M-*M--M-M-M-*M-M--M-M-');
    assert.ok(
      allocateLayers(10, 0, 0).every((x) => x === 'M'),
      'no ratios: all Mamba',
    );
  });

  it('Nemotron-H: each pattern character one layer behind one RMSNorm, attention FLOPs from its 4 attention layers', () => {
    const r = analyzed(NEMOTRON_H);
    const m = r.spec!.model!;
    assert.equal(m.hybrid!.mixers.source.kind, 'derived');
    assert.equal(m.positions.value, 'none');
    const g = Object.fromEntries(r.analysis!.params.layerGroups.map((x) => [x.mixer, [x.count, x.each]]));
    // Mamba-2 (128 heads × 64, 8 groups, N 128, conv 4 with bias): in_proj 4096·18560, conv 10240·5, 3·128, gated norm
    // 8192, out_proj 8192·4096, the block's RMSNorm 4096. MLP: relu² up and down of 21,504. Attention: 32 + 2·8 heads of 128.
    assert.deepEqual(g['ssm'], [24, 109640064]);
    assert.deepEqual(g['none'], [24, 2 * 4096 * 21504 + 4096]);
    assert.deepEqual(g['attention'], [4, 4096 * 4096 * 2 + 2 * 4096 * 1024 + 4096]);
    // At 8,192 tokens: causal attention over 4 layers only, and the Mamba scan's 7·d_in·N over 24.
    const long = analyzeFile({ path: NEMOTRON_H, text: fixtureText(NEMOTRON_H) }, { seqLen: 8192 }).analysis!;
    assert.equal(long.flops.attentionForwardPerToken, 4 * 2 * 32 * 256 * 8192 * 0.5);
    const W = 24 * (4096 * 18560 + 8192 * 4096) + 24 * 2 * 4096 * 21504 + 4 * (2 * 4096 * 4096 + 2 * 4096 * 1024);
    assert.equal(long.flops.perToken.forward.value, 2 * (W + 131072 * 4096) + 4 * 2 * 32 * 256 * 4096 + 24 * 7 * 8192 * 128);
  });

  it("Nemotron-H's parallel limits and activations: TP splits the Mamba heads and groups; a Mamba layer keeps its in_proj output", () => {
    const spec = analyzed(NEMOTRON_H).spec as Parameters<typeof planFromSpec>[0];
    const plan = planFromSpec(spec, testCluster('h100-sxm', 64));
    const w = { ...plan.workload, seqLen: 8192, globalBatch: 512 };
    const at = (tp: number): Layout => ({ ...plan.layout, tp, pp: 1, vpp: 1, cp: 1, dp: 64 / tp, microBatch: 1 });
    const ids = (tp: number) => degreeViolations(at(tp), w, 64).map((v) => v.message.id);
    assert.deepEqual(ids(8), []);
    // TP 16: 32 attention heads split, the 8 groups of B and C do not.
    assert.ok(ids(16).includes('rule.tpSsm'), ids(16).join());
    // Per layer, averaged over the 52: Mamba 2 + (10·8192 + 8·8·128 + 2·128)/4096, attention 6 + 4·8/32, relu² MLP 4 + 4·21504/4096.
    const k = (24 * (2 + (10 * 8192 + 64 * 128 + 256) / 4096) + 4 * (6 + 1) + 24 * (4 + (4 * 21504) / 4096)) / 52;
    assert.equal(activationBytesPerLayer(spec.model, at(1), 8192), k * 8192 * 4096);
  });

  it("Nemotron 3 Nano: Mamba-2, MoE and attention layers (E: 128 relu² experts, a shared one, the router's score-correction bias)", () => {
    // NVIDIA-Nemotron-3-Nano-30B-A3B's sizes as public copies of its config give them; llama.cpp's n_params for its GGUF is
    // 31,577,940,288 (NVIDIA: 31.6B total, 3.6B active with the embeddings).
    const config = {
      model_type: 'nemotron_h',
      architectures: ['NemotronHForCausalLM'],
      hidden_size: 2688,
      num_hidden_layers: 52,
      hybrid_override_pattern: 'MEMEM*EMEMEM*EMEMEM*EMEMEM*EMEMEM*EMEMEMEM*EMEMEMEME',
      vocab_size: 131072,
      tie_word_embeddings: false,
      mamba_num_heads: 64,
      mamba_head_dim: 64,
      n_groups: 8,
      ssm_state_size: 128,
      conv_kernel: 4,
      num_attention_heads: 32,
      num_key_value_heads: 2,
      head_dim: 128,
      n_routed_experts: 128,
      num_experts_per_tok: 6,
      moe_intermediate_size: 1856,
      n_shared_experts: 1,
      moe_shared_expert_intermediate_size: 3712,
      intermediate_size: 1856,
    };
    const p = analyzed('config.json', JSON.stringify(config)).analysis!.params;
    assert.equal(p.total.value, 31577940288);
    assert.ok(Math.abs(p.active.value / 3.6e9 - 1) < 0.01, String(p.active.value));
  });

  it('Jamba: attention every 8th layer from the 4th, MoE in odd layers, two norms per layer, the Mamba-1 mixer with its Δ/B/C norms', () => {
    const r = analyzed('hf_config_hybrid/ai21-jamba-1.5-mini.config.json');
    const hy = r.spec!.model!.hybrid!;
    assert.deepEqual(
      hy.mixers.value.flatMap((x, i) => (x === 'attention' ? [i] : [])),
      [4, 12, 20, 28],
    );
    assert.deepEqual(
      r.spec!.model!.moe!.layers.value,
      Array.from({ length: 16 }, (_, i) => 2 * i + 1),
    );
    const ssm = r.analysis!.params.layerGroups.find((g) => g.mixer === 'ssm' && g.kind === 'dense')!;
    // d_in 8192, N 16, Δ rank 256: in_proj 4096·16384, conv 8192·5, x_proj 8192·288, dt_proj 256·8192 + 8192, A 8192·16, D,
    // out_proj 8192·4096, Δ/B/C RMSNorms 256 + 32; the gated MLP 3·4096·14336 and two RMSNorms.
    const mixer = 4096 * 16384 + 8192 * 5 + 8192 * 288 + 256 * 8192 + 8192 + 8192 * 16 + 8192 + 8192 * 4096 + 256 + 32;
    assert.equal(ssm.each, mixer + 3 * 4096 * 14336 + 2 * 4096);
  });

  it('Falcon-H1: attention and Mamba-2 side by side in every layer, both counted and both in the FLOPs', () => {
    const r = analyzed('hf_config_hybrid/falcon-h1-0.5b-instruct.config.json');
    const [g] = r.analysis!.params.layerGroups;
    assert.deepEqual([g!.mixer, g!.ffn, g!.count], ['parallel', true, 36]);
    // Mamba-2 (d_ssm 1536, 24 heads, 1 group, N 128, no gated norm): in_proj 1024·3352, conv 1792·5, 3·24, out_proj 1536·1024;
    // attention 8 + 2·2 heads of 64; the gated MLP 3·1024·2048; two RMSNorms.
    assert.equal(g!.each, 1024 * 3352 + 1792 * 5 + 72 + 1536 * 1024 + (2 * 1024 * 512 + 2 * 1024 * 128) + 3 * 1024 * 2048 + 2 * 1024);
    assert.equal(r.analysis!.flops.attentionForwardPerToken, 36 * 2 * 8 * 128 * r.spec!.training.seqLen.value * 0.5);
  });

  it("Qwen3-Next: Gated DeltaNet in three of four layers, gated attention in the fourth; with its MTP layer, the Hub's total", () => {
    const r = analyzed('hf_config_hybrid/qwen3-next-80b-a3b-instruct.config.json');
    const p = r.analysis!.params;
    // The checkpoint's 81,324,862,720 = the model (79,674,391,296) + one MTP layer: a full-attention MoE layer, fc 2h·h, 3 norms.
    assert.equal(p.total.value + p.mtp.value, 81324862720);
    const g = Object.fromEntries(p.layerGroups.map((x) => [x.mixer, x]));
    // Gated DeltaNet: in_proj_qkvz 2048·(2·2048 + 2·4096), in_proj_ba 2048·64, conv 8192·4 (no bias), Δ bias and A 2·32, the
    // gated norm of one value head 128, out_proj 4096·2048.
    assert.equal(g['ssm']!.attention.params, 2048 * 12288 + 2048 * 64 + 8192 * 4 + 64 + 128 + 4096 * 2048);
    // Gated attention: q_proj doubled for the output gate (2048·2·4096), k/v 2048·512, o 4096·2048, q/k norms 2·256.
    assert.equal(g['attention']!.attention.params, 2048 * 8192 + 2 * 2048 * 512 + 4096 * 2048 + 512);
    assert.deepEqual([g['ssm']!.count, g['attention']!.count], [36, 12]);
    assert.equal(
      r.analysis!.flops.attentionForwardPerToken,
      12 * 2 * 16 * 512 * r.spec!.training.seqLen.value * 0.5,
      'attention in the 12 full-attention layers only',
    );
  });

  it('Mamba: every block a mixer and an RMSNorm, no attention (nothing to split into heads), the tied head; mamba-130m-hf', () => {
    const r = analyzed('hf_config_hybrid/mamba-2.8b-hf.config.json');
    assert.equal(r.analysis!.flops.attentionForwardPerToken, 0);
    assert.equal(r.analysis!.params.outputHead.value, 0);
    assert.ok(
      r.spec!.model!.heads.source.kind === 'derived' &&
        render((r.spec!.model!.heads.source as { reason: Parameters<typeof render>[0] }).reason).includes('no attention'),
    );
    // The same table that prints 2,768,345,600 for mamba-2.8b-hf lists mamba-130m-hf (24 × 768, vocabulary 50,280) at 129,135,360.
    const small = JSON.stringify({ model_type: 'mamba', architectures: ['MambaForCausalLM'], hidden_size: 768, num_hidden_layers: 24, vocab_size: 50280 });
    assert.equal(analyzed('config.json', small).analysis!.params.total.value, 129135360);
  });

  it("Mamba-2's Infinity (Python's json for float('inf')) reads as a number, offsets kept", () => {
    const rel = 'hf_config_hybrid/mamba-codestral-7b-v0.1.config.json';
    const text = fixtureText(rel);
    assert.ok(text.includes('Infinity'));
    const r = analyzed(rel, text);
    const limit = r.facts.find((f) => f.path[0] === 'time_step_limit')!;
    assert.deepEqual(limit.value, [0, Infinity]);
    assert.match(text.slice(limit.valueRange.start, limit.valueRange.end), /^\[\s*0\.0,\s*Infinity\s*\]$/);
    // A string that holds the word stays as it is.
    const s = analyzeFile({ path: 'c.json', text: '{"note": "Infinity", "x": Infinity}' });
    assert.deepEqual(
      s.facts.map((f) => f.value),
      ['Infinity', Infinity],
    );
  });

  it('a pattern, a layer_types list or a Mamba size that does not fit is an error at its value, and nothing is counted', () => {
    const nemo = JSON.parse(fixtureText(NEMOTRON_H)) as Record<string, unknown>;
    const err = (config: Record<string, unknown>) => {
      const r = analyzeFile({ path: 'config.json', text: JSON.stringify(config) });
      assert.equal(r.analysis, undefined);
      return render(r.findings.find((f) => f.severity === 'error')!.message);
    };
    assert.equal(err({ ...nemo, num_hidden_layers: 51 }), 'The hybrid pattern has 52 layers but the layer count says 51.');
    assert.match(err({ ...nemo, hybrid_override_pattern: 'M-X*' }), /a character other than M \(Mamba\)/);
    assert.match(err({ ...nemo, ssm_state_size: 0 }), /ssm_state_size must be a positive integer/);
    const next = JSON.parse(fixtureText('hf_config_hybrid/qwen3-next-80b-a3b-instruct.config.json')) as Record<string, unknown>;
    assert.equal(err({ ...next, layer_types: ['linear_attention', 'full_attention'] }), 'layer_types has 2 entries for 48 layers.');
  });

  it("Nemotron 3 Nano's scan: 7·d_in·N per Mamba layer, three passes, at 0.85 % of the BF16 peak; the published run within 10 %", () => {
    // Megatron-Bridge 26.06.01 on 8 GB200 (training-throughput.tsv row 40): MXFP8, EP 8, micro-batch 2 × 8,192, global 512,
    // 34,816 tokens/s per GPU. Its layers as the recipe gives them (the HF config's sizes).
    const text = [
      'torchrun --nnodes 1 --nproc-per-node 8 pretrain_mamba.py --num-layers 52 --hidden-size 2688 --num-attention-heads 32',
      '--group-query-attention --num-query-groups 2 --kv-channels 128 --ffn-hidden-size 1856 --vocab-size 131072',
      '--seq-length 8192 --max-position-embeddings 8192 --micro-batch-size 2 --global-batch-size 512',
      '--normalization RMSNorm --position-embedding-type none --disable-bias-linear --untie-embeddings-and-output-weights',
      '--hybrid-override-pattern MEMEM*EMEMEM*EMEMEM*EMEMEM*EMEMEM*EMEMEMEM*EMEMEMEME --mamba-num-heads 64 --mamba-head-dim 64',
      '--mamba-num-groups 8 --mamba-state-dim 128 --num-experts 128 --moe-router-topk 6 --moe-ffn-hidden-size 1856',
      '--moe-shared-expert-intermediate-size 3712 --moe-router-enable-expert-bias --bf16 --fp8-format e4m3 --fp8-recipe mxfp8',
      '--expert-model-parallel-size 8 --expert-tensor-parallel-size 1 --use-distributed-optimizer --overlap-grad-reduce',
      // (Its recipe's flex dispatcher with HybridEP, and Transformer Engine's graphs of attention, Mamba, the router and its
      // preprocessing: Megatron-Bridge PR #2662.)
      '--overlap-param-gather --moe-token-dispatcher-type flex --moe-flex-dispatcher-backend hybridep --moe-hybridep-num-sms 32',
      '--cuda-graph-impl transformer_engine --cuda-graph-scope attn mamba moe_router moe_preprocess',
    ].join(' \\\n  ');
    const c = analyzeFiles([{ path: 'pretrain.sh', text }], { cluster: testCluster('gb200-nvl72', 8) })[0]!.analysis!.cluster;
    const t = c.step!.throughput;
    // 23 Mamba layers × 7 · 4,096 · 128 FLOPs per token forward, three passes, over 512 × 8,192 / 8 tokens per GPU, at 0.85 % of
    // GB200's 2,500 dense BF16 TFLOP/s whatever the GEMMs run at.
    const scan = (23 * 7 * 4096 * 128 * 3 * ((512 * 8192) / 8)) / (2500e12 * SCAN_EFFICIENCY);
    assert.ok(Math.abs(t.scanSeconds! / scan - 1) < 1e-12, `${t.scanSeconds} vs ${scan}`);
    assert.ok(Math.abs(scan - 6.25) < 0.01, String(scan));
    assert.ok(c.step!.mechanisms.some((m) => m.id === 'mech.scan'));
    assert.ok(Math.abs(t.tokensPerSecondPerGpu / 34816 - 1) < 0.1, String(t.tokensPerSecondPerGpu));
  });

  it("Pai-Megatron-Patch's lines: Qwen3Tokenizer + --extra-vocab-size 293 is Qwen3's 151,936 rows (Qwen3-8B's 8,190,735,360); experts on a hybrid without 'E' layers are refused there, said elsewhere", () => {
    // Pai's examples/qwen3/run_mcore_qwen3.sh flags for Qwen3-8B (36 layers of 4,096, 32 heads, 8 KV groups of 128, 12,288 wide).
    const dense = [
      'torchrun --nproc_per_node 8 pretrain_qwen.py --num-layers 36 --hidden-size 4096 --num-attention-heads 32 --ffn-hidden-size 12288',
      '--group-query-attention --num-query-groups 8 --kv-channels 128 --qk-layernorm --swiglu --normalization RMSNorm --norm-epsilon 1e-6',
      '--position-embedding-type rope --rotary-base 1000000 --disable-bias-linear --untie-embeddings-and-output-weights',
      '--seq-length 4096 --max-position-embeddings 40960 --micro-batch-size 1 --global-batch-size 64 --bf16',
      '--patch-tokenizer-type Qwen3Tokenizer --extra-vocab-size 293',
    ].join(' \\\n  ');
    const a = analyzeFile({ path: 'run_mcore_qwen3.sh', text: dense });
    assert.equal(a.spec!.model!.vocab.value, 151936);
    assert.equal(a.analysis!.params.total.value, 8190735360);
    // The same stack as a hybrid with --num-experts and no 'E' layer: Pai's model code builds experts in its '-' layers.
    const hybrid = (fork: boolean) =>
      analyzeFile({
        path: 'run.sh',
        text: [
          'torchrun --nproc_per_node 8 pretrain_mamba.py --num-layers 8 --hidden-size 2048 --num-attention-heads 16 --ffn-hidden-size 5120',
          '--hybrid-override-pattern M-M-M-*- --mamba-num-heads 32 --mamba-head-dim 128 --mamba-state-dim 128 --mamba-num-groups 16',
          '--num-experts 512 --moe-router-topk 10 --moe-ffn-hidden-size 512 --seq-length 4096 --max-position-embeddings 4096',
          '--micro-batch-size 1 --global-batch-size 8 --bf16',
          fork ? '--patch-tokenizer-type Qwen3Tokenizer --extra-vocab-size 293' : '--vocab-size 151936',
        ].join(' \\\n  '),
      });
    const pai = hybrid(true);
    assert.equal(pai.analysis, undefined);
    assert.equal(pai.findings.find((f) => f.severity === 'error')?.message.id, 'megatron.forkHybridMoe');
    const upstream = hybrid(false);
    assert.ok(upstream.analysis!.params.total.value > 0);
    assert.equal(upstream.findings.find((f) => f.message.id === 'megatron.hybridNoMoeLayers')?.severity, 'warning');
  });

  it('LoRA on a hybrid wraps the roles where they are: q/v in the 4 attention layers, the MLP in the 24 MLP layers', () => {
    const lora = (targets: string[]) =>
      analyzeFiles([
        { path: 'm/adapter_config.json', text: JSON.stringify({ base_model_name_or_path: '.', peft_type: 'LORA', r: 8, target_modules: targets }) },
        { path: 'm/config.json', text: fixtureText(NEMOTRON_H) },
      ])[0]!.analysis!.method;
    assert.equal(lora(['q_proj', 'v_proj']).trainable.value, 4 * (8 * (4096 + 4096) + 8 * (4096 + 1024)));
    assert.equal(lora(['up_proj', 'down_proj']).trainable.value, 24 * 2 * 8 * (4096 + 21504));
  });

  it("LFM2's own module names (modeling_lfm2.py: the attention's out_proj, the MLP's w1, w3, w2): o_proj adapts nothing there, out_proj both the attention's and the short convolution's output, gate_proj nothing, w1 the gate", () => {
    const lora = (targets: string[]) =>
      analyzeFile({
        path: 'adapter_config.json',
        text: JSON.stringify({ base_model_name_or_path: 'LiquidAI/LFM2-8B-A1B', peft_type: 'LORA', r: 16, target_modules: targets }),
      });
    // LFM2-8B-A1B: 6 attention layers (hidden 2048, 32 heads × 64, 8 KV heads), 18 short-convolution layers.
    const qkv = 6 * 16 * (3 * 2048 + 2048 + 2 * 512);
    const a = lora(['q_proj', 'k_proj', 'v_proj', 'o_proj']);
    assert.equal(a.analysis!.method.trainable.value, qkv);
    assert.ok(a.findings.some((f) => f.ruleId === 'adapter-settings'));
    assert.equal(lora(['q_proj', 'k_proj', 'v_proj', 'out_proj']).analysis!.method.trainable.value, qkv + 24 * 16 * (2048 + 2048));
    assert.equal(lora(['gate_proj']).analysis!.method.trainable.value, 0);
  });
});
