import { strict as assert } from 'node:assert';
import { analyzeFile, readConfig } from '../../src/core/pipeline';
import { extractShell, sbatchDirectives } from '../../src/core/extract/shell';
import { render } from '../../src/core/messages';
import { FIXTURES, fixtureText } from './helpers/fixtures';
import { collectSetup } from '../../src/core/engine';
import { nodeFs } from '../../src/cli/main';
import { join } from 'node:path';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { analyze } from '../../src/core/engine';
import { downloadInto, hubDownloads } from '../../src/core/recognize/hubDownload';
import { modalResources } from '../../src/core/recognize/jobfile';

describe('configs and launch scripts as they are written', () => {
  it('Megatron-Bridge\'s SFT script for gpt-oss 20B: `IFS=\',\' read -r TP PP EP CP SP <<< "$CONFIG"` splits the loop\'s first layout, `$(echo "$CLI_OVERRIDES" | tr … | sed …)` is the override string, True is a boolean, and an *_sft_config recipe is a fine-tune', () => {
    const text = [
      'CONFIG="2,2,4,1,True"',
      `IFS=',' read -r TP PP EP CP SP <<< "$CONFIG"`,
      'OVERRIDES=" \\',
      '    model.tensor_model_parallel_size=$TP \\',
      '    model.sequence_parallel=$SP',
      '"',
      `CMD="torchrun run_recipe.py --recipe gpt_oss_20b_sft_config $(echo "$OVERRIDES" | tr '\\n' ' ' | sed 's/  \\+/ /g')"`,
      'bash -c "$CMD"',
    ].join('\n');
    const facts = extractShell('sft.sh', text).facts;
    const at = (key: string) => facts.find((f) => f.path[0] === '@override' && f.path[1] === key);
    assert.equal(at('model.tensor_model_parallel_size')?.value, 2);
    assert.equal(at('model.sequence_parallel')?.value, true);
    // Each value points at where it was written: the layout string's "2" and "True".
    const tp = at('model.tensor_model_parallel_size')!;
    assert.equal(text.slice(tp.valueRange.start, tp.valueRange.end), '2');
    const path = 'survey/train/23-mbridge-slurm-gpt-oss-20b-sft.sh';
    const r = analyzeFile({ path, text: fixtureText(path) });
    const p = r.spec!.parallel;
    assert.deepEqual([p.tp?.value, p.pp?.value, p.ep?.value, p.sp?.value, r.spec!.training.globalBatch?.value], [2, 2, 4, true, 8]);
    assert.equal(r.spec!.training.finetune?.value, true);
    assert.ok(!r.findings.some((f) => f.ruleId === 'tokens-per-parameter' || f.ruleId === 'unknown-value'));
  });

  it("Megatron-LM's Llama 3 8B FP8 example: FP8 from a conditional argument array, and --train-samples in the billions (1,953,125,000 of 8,192 tokens at 128 a step)", () => {
    const rel = 'megatron_lm/train_llama3_8b_h100_fp8.sh';
    const r = analyzeFile({ path: rel, text: fixtureText(rel) });
    assert.deepEqual(
      r.findings.filter((f) => f.severity === 'error').map((f) => render(f.message)),
      [],
    );
    // Llama 3 8B's 8,030,261,248 with the mock data's NullTokenizer: --vocab-size 128256 and its end-of-document token,
    // padded to a multiple of 128: 128,384 rows in the embedding and in the untied head.
    assert.equal(r.analysis!.params.total.value, 8030261248 + 2 * 128 * 4096);
    assert.equal(r.spec!.model!.vocab.value, 128384);
    assert.equal(r.spec!.training.precision?.value, 'fp8');
    assert.equal(r.spec!.training.trainIters?.value, Math.ceil(1953125000 / 128));
  });

  it("Megatron's vocabulary from a tokenizer the catalogue knows, as written with --pad-vocab-size-to, or an error naming the tokenizer", () => {
    const base =
      'torchrun pretrain_gpt.py --num-layers 32 --hidden-size 4096 --num-attention-heads 32 --group-query-attention --num-query-groups 8 --ffn-hidden-size 14336 --seq-length 8192 --max-position-embeddings 8192 --swiglu --normalization RMSNorm --position-embedding-type rope --disable-bias-linear --untie-embeddings-and-output-weights';
    // Llama 3.1 8B's tokenizer: 128,256 tokens (already a multiple of 128): the model's 8,030,261,248.
    const named = analyzeFile({ path: 'run.sh', text: `${base} --tokenizer-type HuggingFaceTokenizer --tokenizer-model meta-llama/Llama-3.1-8B\n` });
    assert.equal(named.analysis!.params.total.value, 8030261248);
    const padded = analyzeFile({ path: 'run.sh', text: `${base} --tokenizer-type PretrainedFromHF --pad-vocab-size-to 128256\n` });
    assert.equal(padded.spec!.model!.vocab.value, 128256);
    const unknown = analyzeFile({ path: 'run.sh', text: `${base} --tokenizer-type HuggingFaceTokenizer --tokenizer-model someone/own-tokenizer\n` });
    const f = unknown.findings.find((x) => x.severity === 'error')!;
    assert.equal(f.message.id, 'megatron.vocabFromTokenizer');
    assert.match(render(f.message), /someone\/own-tokenizer/);
  });

  it("Megatron-DeepSpeed's GPT-3 350M script: shapes from plain assignments, the command built in a string and eval'ed, GPT-2 BPE from its files", () => {
    // microsoft/Megatron-DeepSpeed examples_deepspeed/MoE/ds_pretrain_gpt_350M_dense.sh, byte for byte. Its run_cmd holds
    // $(date) and ${HOSTNAME}, which no static reading knows; every other flag keeps its value.
    const rel = 'megatron_deepspeed/ds_pretrain_gpt_350M_dense.sh';
    const text = fixtureText(rel);
    const r = analyzeFile({ path: rel, text });
    assert.equal(r.analysis?.params.total.value, 355_919_872);
    assert.equal(r.spec!.model!.moe, undefined, '--num-experts 1 is the dense MLP');
    const vocab = r.spec!.model!.vocab;
    assert.equal(vocab.value, 50_304, '50,257 padded to a multiple of 128');
    assert.ok(vocab.source.kind === 'derived' && vocab.source.reason.id === 'prov.vocabPadded');
    const tokenizer = vocab.source.from[0]!;
    assert.ok(tokenizer.kind === 'derived' && tokenizer.reason.id === 'prov.tokenizer', 'GPT-2 BPE, from --merge-file');
    const t = r.spec!.training;
    assert.equal(t.seqLen?.value, 2048);
    assert.equal(t.microBatch?.value, 4);
    assert.equal(t.globalBatch?.value, 256);
    assert.equal(t.precision?.value, 'fp16');
    assert.equal(t.recompute?.value, 'full', '--checkpoint-activations');
    // NUM_LAYERS's value points at its assignment, where an edit goes, not at the flag string.
    const layers = r.spec!.model!.layers.source;
    assert.ok(layers.kind === 'fact');
    assert.equal(layers.range.start, text.indexOf('\nNUM_LAYERS=24') + 12);
    assert.equal(text.slice(layers.range.start, layers.range.end), '24');
    assert.deepEqual(
      r.findings.filter((f) => f.severity !== 'info').map((f) => render(f.message)),
      [],
    );
  });

  it("Megatron-DeepSpeed's 1.3B MoE script: DeepSpeed-MoE's defaults (top-1, experts in every 2nd layer, biased experts), EP from --moe-expert-parallel-size, one whole node from the bare deepspeed launcher", () => {
    // microsoft/Megatron-DeepSpeed examples_deepspeed/MoE/ds_pretrain_gpt_1.3B_MoE128.sh, byte for byte.
    const rel = 'megatron_deepspeed/ds_pretrain_gpt_1.3B_MoE128.sh';
    const r = analyzeFile({ path: rel, text: fixtureText(rel) });
    const moe = r.spec!.model!.moe!;
    assert.equal(moe.experts.value, 16, 'EP_SIZE=16 as committed');
    assert.equal(moe.topK.value, 1);
    assert.ok(moe.topK.source.kind === 'derived' && moe.topK.source.reason.args?.cls === 'Megatron-DeepSpeed');
    assert.deepEqual(moe.layers.value, [1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23]);
    assert.equal(r.analysis?.params.total.value, 7_357_853_696);
    assert.equal(r.analysis?.params.active.value, 1_316_212_736);
    // EP_PARALLEL_SIZE = min(EP_SIZE, NUM_GPUS) = 8, through the script's if block.
    assert.equal(r.spec!.parallel.ep?.value, 8);
    const nodes = r.spec!.parallel.nodes!;
    assert.ok(nodes.source.kind === 'assumed' && nodes.source.reason.id === 'prov.deepspeedOneNode');
    const c = r.analysis!.cluster;
    assert.equal(c.cluster.gpusPerNode.value * c.cluster.nodes.value, 8);
    assert.ok(c.runnable, 'fits on the node it names');
    // The script's name: 128 experts, DeepSpeed-MoE's "1.3B+MoE-128", published as 52B.
    const big = analyzeFile({ path: rel, text: fixtureText(rel) }, { set: { EP_SIZE: '128' } });
    assert.equal(big.analysis?.params.total.value, 52_471_525_376);
    assert.ok(Math.abs(big.analysis!.params.total.value / 52e9 - 1) < 0.01);
    // 16 experts of 12 layers per GPU on one node do not fit (the paper ran it on 128 GPUs): an error, no step time.
    assert.equal(big.analysis!.cluster.step, undefined);
    assert.ok(big.findings.some((f) => f.ruleId === 'memory-over-capacity' && f.severity === 'error'));
  });

  it("Megatron-LM's Mamba example (pretrain_mamba.py): the hybrid stack from its ratios, counted; its SentencePiece vocabulary is what it lacks", () => {
    // NVIDIA/Megatron-LM examples/mamba/train.sh, byte for byte: the tokenizer is the script's second argument, so the
    // vocabulary is unknown: the error names the tokenizer and what to add (not "no model shapes", not a refusal of the Mamba layers).
    const rel = 'megatron_lm/mamba_train.sh';
    const text = fixtureText(rel);
    const r = analyzeFile({ path: rel, text });
    assert.equal(r.analysis, undefined);
    const missing = r.findings.find((f) => f.severity === 'error')!;
    assert.equal(missing.message.id, 'megatron.vocabFromTokenizer');
    assert.match(render(missing.message), /tokenizer's \(GPTSentencePieceTokenizer\).*add --vocab-size/);
    assert.ok(!r.findings.some((f) => f.ruleId === 'no-model'));
    // The 8B of the paper the example comes from (Waleffe et al. 2024, "An Empirical Study of Mamba-based Language Models":
    // 56 layers, 24 Mamba-2, 4 attention, 28 MLP; the 256K-token Nemotron vocabulary): its --vocab-size given.
    const with8b = text.replace('--tokenizer-type GPTSentencePieceTokenizer', '--vocab-size 256000 --tokenizer-type NullTokenizer');
    const b = analyzeFile({ path: rel, text: with8b }, { set: { MODEL_SCALE: '8B' } });
    const hy = b.spec!.model!.hybrid!;
    const pattern = hy.mixers.value.map((m, i) => (m === 'ssm' ? 'M' : m === 'attention' ? '*' : hy.ffn.value[i] ? '-' : '?')).join('');
    // mamba_hybrid_layer_allocation.py: round(56 × 0.08) = 4 attention layers spread among the Mamba ones, then round(56 × 0.5)
    // = 28 of those turned into MLP layers.
    assert.equal(pattern, 'M-M-M--M-M*-M-M-M-M--M*-M-M-M-M-M*--M-M-M-M-M*-M--M-M-M-');
    const groups = Object.fromEntries(b.analysis!.params.layerGroups.map((g) => [g.mixer, [g.count, g.each]]));
    // Mamba-2 layer (mamba_mixer.py, d_in = 128 heads × 64 = 8192, N = 128, g = 8): in_proj 4096·(2·8192 + 2·8·128 + 128),
    // conv (8192 + 2048)·(4 + 1), Δ bias, A, D 3·128, gated norm 8192, out_proj 8192·4096, the fused pre-norm 4096.
    assert.deepEqual(groups['ssm'], [24, 4096 * 18560 + 10240 * 5 + 384 + 8192 + 8192 * 4096 + 4096]);
    assert.deepEqual(groups['attention'], [4, 2 * 4096 * 4096 + 2 * 4096 * 1024 + 4096]);
    assert.deepEqual(groups['none'], [28, 2 * 4096 * 16384 + 4096]);
    // With the untied embedding and head and the final norm: 8.65B, the paper's 8B hybrid. NullTokenizer adds its
    // end-of-document token to the 256,000 and Megatron pads that to a multiple of 128 × TP 4: 256,512 rows.
    assert.equal(b.analysis!.params.total.value, 8_654_517_248 + 2 * 512 * 4096);
    // Attention FLOPs (2·a·2d·s/2 per layer) come from its 4 attention layers only; the Mamba scan adds 7·d_in·N per Mamba layer.
    const f = b.analysis!.flops.perToken.training.value;
    const W = 24 * (4096 * 18560 + 8192 * 4096) + 4 * (2 * 4096 * 4096 + 2 * 4096 * 1024) + 28 * 2 * 4096 * 16384;
    assert.equal(f, 3 * (2 * (W + 256512 * 4096) + 4 * 2 * 32 * (2 * 128) * 4096 * 0.5 + 24 * 7 * 8192 * 128));
    // TP 4 splits the 128 Mamba heads and 8 groups; TP 16 would not split the groups.
    assert.ok(b.analysis!.cluster.step, 'a step time on the 8 GPUs it launches on');
  });

  it('an unknown part makes only the word it touches unknown; one between blanks is an unknown word of its own, located where it was written', () => {
    const text = 'X="--num-layers 24 --run $(date)-a --dir ${UNSET} --hidden-size 1024"\neval $X\n';
    const facts = extractShell('x.sh', text).facts;
    const at = (k: string) => facts.find((f) => f.path[0] === k)!;
    assert.equal(at('--num-layers').value, 24);
    assert.equal(at('--hidden-size').value, 1024);
    assert.equal(at('--run').value, null);
    assert.equal(at('--run').unknown, true);
    assert.equal(at('--dir').unknown, true);
    const dir = at('--dir').valueRange;
    assert.equal(text.slice(dir.start, dir.end), '${UNSET}');
  });

  it('a required flag set from $1 is an error at $1; an optional one is a warning and read as not set', () => {
    const launch = (layers: string, micro: string) =>
      [
        'torchrun --nproc-per-node 8 pretrain_gpt.py',
        `--num-layers ${layers} --hidden-size 1024 --num-attention-heads 16 --seq-length 2048 --max-position-embeddings 2048`,
        `--micro-batch-size ${micro} --global-batch-size 256 --tokenizer-type GPT2BPETokenizer --bf16`,
      ].join(' \\\n  ');
    const broken = launch('$1', '4');
    const a = analyzeFile({ path: 'a.sh', text: broken });
    const err = a.findings.find((f) => f.ruleId === 'unknown-value')!;
    assert.equal(err.severity, 'error');
    assert.equal(broken.slice(err.ranges[0]!.range.start, err.ranges[0]!.range.end), '$1');
    assert.ok(!a.findings.some((f) => f.ruleId === 'missing-key'));
    const b = analyzeFile({ path: 'b.sh', text: launch('24', '${MBS}') });
    assert.equal(b.analysis?.params.total.value, 355_919_872, 'the same model');
    const warn = b.findings.filter((f) => f.ruleId === 'unknown-value');
    assert.equal(warn.length, 1);
    assert.equal(warn[0]!.severity, 'warning');
    assert.match(render(warn[0]!.message), /--micro-batch-size/);
  });

  it("nanoGPT: the vocabulary from the dataset's meta.pkl (shakespeare_char: 65 characters), GPT-2's 50,304 said as assumed for a dataset it cannot see", () => {
    // karpathy/nanoGPT config/train_shakespeare_char.py, byte for byte: no vocab_size; train.py reads data/shakespeare_char/meta.pkl.
    const rel = 'nanogpt/train_shakespeare_char.py';
    const text = fixtureText(rel);
    const r = analyzeFile({ path: rel, text });
    assert.equal(r.analysis?.params.total.value, 10_745_088);
    // train.py's own print leaves out the position embeddings: 10.65M.
    assert.equal(r.analysis!.params.total.value - 256 * 384, 10_646_784);
    const vocab = r.spec!.model!.vocab;
    assert.equal(vocab.value, 65);
    assert.ok(vocab.source.kind === 'derived' && vocab.source.reason.id === 'prov.nanogptMeta');
    const custom = analyzeFile({ path: rel, text: text.replace('"shakespeare_char"', '"my_corpus"') });
    const guess = custom.spec!.model!.vocab;
    assert.equal(guess.value, 50_304);
    assert.ok(guess.source.kind === 'assumed', 'listed under Assumed, with the reason');
    assert.match(render(guess.source.reason), /my_corpus\/meta\.pkl/);
    const owt = analyzeFile({ path: rel, text: text.replace('"shakespeare_char"', '"openwebtext"') }).spec!.model!.vocab;
    assert.ok(owt.value === 50_304 && owt.source.kind === 'derived');
  });

  describe('Slurm batch scripts', () => {
    const model = [
      'pretrain_gpt.py --num-layers 32 --hidden-size 4096 --num-attention-heads 32 --group-query-attention --num-query-groups 8',
      '  --ffn-hidden-size 14336 --swiglu --normalization RMSNorm --position-embedding-type rope --disable-bias-linear',
      '  --untie-embeddings-and-output-weights --tokenizer-type NullTokenizer --vocab-size 128256',
      '  --seq-length 8192 --max-position-embeddings 8192 --micro-batch-size 1 --global-batch-size 128 --bf16',
      '  --tensor-model-parallel-size 2 --use-distributed-optimizer',
    ].join(' \\\n');
    const header = (tasks: number) =>
      [
        '#!/bin/bash',
        '#SBATCH --job-name=llama3-8b',
        '#SBATCH -N 4',
        `#SBATCH --ntasks-per-node=${tasks}`,
        '#SBATCH --gres=gpu:8   # the whole node',
        '#SBATCH --time=04:00:00',
        '',
      ].join('\n');

    it('#SBATCH directives before the first command, long and short forms; one after a command is not a directive', () => {
      const text = header(1) + 'echo start\n#SBATCH --nodes=99\n';
      const d = sbatchDirectives(text);
      assert.deepEqual(
        d.map((x) => [x.name, x.value?.text]),
        [
          ['--job-name', 'llama3-8b'],
          ['--nodes', '4'],
          ['--ntasks-per-node', '1'],
          ['--gres', 'gpu:8'],
          ['--time', '04:00:00'],
        ],
      );
      const nodes = d[1]!.value!.range;
      assert.equal(text.slice(nodes.start, nodes.end), '4');
    });

    it('torchrun inside srun: --nnodes $SLURM_NNODES and --nproc-per-node $SLURM_GPUS_PER_NODE from the directives, edited there', () => {
      const text =
        header(1) +
        'export MASTER_ADDR=$(scontrol show hostnames $SLURM_JOB_NODELIST | head -n 1)\n' +
        'srun torchrun --nnodes $SLURM_NNODES --nproc-per-node $SLURM_GPUS_PER_NODE --rdzv-endpoint $MASTER_ADDR:29500 \\\n  ' +
        model +
        '\n';
      const r = analyzeFile({ path: 'job.slurm', text });
      const p = r.spec!.parallel;
      assert.equal(p.worldSize?.value, 32);
      const nodes = p.nodes!.source;
      assert.ok(nodes.kind === 'fact');
      assert.equal(text.slice(nodes.range.start, nodes.range.end), '4');
      const perNode = p.gpusPerNode!.source;
      assert.ok(perNode.kind === 'fact');
      assert.equal(text.slice(perNode.range.start, perNode.range.end), '8', 'the 8 of gpu:8');
      assert.equal(r.analysis!.cluster.cluster.nodes.value, 4);
    });

    it('srun starting the ranks itself: --ntasks-per-node ranks on each of --nodes', () => {
      const r = analyzeFile({ path: 'job.sbatch', text: header(8) + 'srun python ' + model + '\n' });
      assert.equal(r.spec!.parallel.worldSize?.value, 32);
      assert.equal(r.analysis!.cluster.plan.layout.dp, 16);
    });
  });

  it('NeMo: a tokenizer left as ??? (the launch sets it) is assumed, GPT-2 BPE, with a warning at the ???, not refused', () => {
    const rel = 'nemo/megatron_gpt_config.yaml';
    const stated = analyzeFile({ path: rel, text: fixtureText(rel) });
    const text = fixtureText(rel).replace("type: 'GPT2BPETokenizer'", 'type: ???');
    const r = analyzeFile({ path: rel, text });
    assert.equal(r.analysis?.params.total.value, stated.analysis?.params.total.value, "the same model: GPT-2 BPE is NeMo GPT's default");
    const vocab = r.spec!.model!.vocab;
    assert.ok(vocab.source.kind === 'assumed' && vocab.source.reason.id === 'nemo.tokenizerMandatory', 'listed as assumed');
    const warning = r.findings.find((f) => f.message.id === 'nemo.tokenizerMandatory')!;
    assert.equal(warning.severity, 'warning');
    assert.equal(text.slice(warning.ranges[0]!.range.start, warning.ranges[0]!.range.end), '???');
  });

  it("nanotron's config: tying, the MLP kind, the norm, positions and a parallelism block are read from the file; its Qwen2Config's MLP without biases", () => {
    // huggingface/nanotron examples/config_qwen.yaml, byte for byte.
    const rel = 'generic/nanotron_config_qwen.yaml';
    const r = analyzeFile({ path: rel, text: fixtureText(rel) });
    assert.equal(r.analysis?.params.total.value, 22_812_928);
    const m = r.spec!.model!;
    const read = (s: { source: { kind: string } }) => s.source.kind === 'fact';
    assert.equal(m.tiedEmbeddings.value, true);
    assert.ok(read(m.tiedEmbeddings), 'tie_word_embeddings');
    assert.equal(m.ffnKind.value, 'gated');
    assert.ok(read(m.ffnKind), 'hidden_act: silu');
    assert.equal(m.norm.value, 'rmsnorm');
    assert.ok(read(m.norm), 'rms_norm_eps');
    assert.equal(m.positions.value, 'rope');
    assert.ok(read(m.positions), 'rope_theta');
    assert.equal(m.qkvBias.value, false);
    assert.ok(read(m.qkvBias), 'attention_bias');
    // The file says nothing of MLP biases: Nanotron's Qwen2 model has none (is_qwen2_config).
    assert.equal(r.family, 'nanotron');
    assert.equal(m.mlpBias.value, false);
    assert.equal(m.mlpBias.source.kind, 'derived');
    assert.equal(r.spec!.parallel.tp?.value, 2);
    assert.equal(r.spec!.parallel.dp?.value, 1);
    assert.equal(r.spec!.training.gradAccum?.value, 1);
    assert.equal(r.analysis!.cluster.plan.layout.tp, 2);
  });

  it("MaxText's gemma2 block merges a local and a global layer: 21 blocks are 42 layers (Gemma 2 9B), every other one sliding-window", () => {
    // AI-Hypercomputer/maxtext MaxText/configs/models/gemma2-9b.yml, byte for byte.
    const rel = 'maxtext/models_gemma2-9b.yml';
    const r = analyzeFile({ path: rel, text: fixtureText(rel) });
    const m = r.spec!.model!;
    assert.equal(m.layers.value, 42);
    assert.equal(m.normsPerLayer.value, 4);
    assert.equal(m.slidingWindow?.value, 4096);
    assert.equal(m.slidingWindowLayers?.value, 21);
    // Gemma 2 9B's published 9,241,705,984 (HF safetensors) with MaxText's vocabulary padded from 256,000 to 256,128.
    assert.equal(r.analysis?.params.total.value, 9_241_705_984 + 128 * 3584);
    // A model file states no size: grown from one GPU, the job fills part of one node, not one GPU on each of several.
    const c = r.analysis!.cluster.cluster;
    assert.equal(c.nodes.value, 1);
    assert.ok(c.gpusPerNode.value > 1 && c.gpusPerNode.value <= 8);
  });

  it('an HF config whose model_type is its own but whose architecture we know (Kimi K2: kimi_k2 on DeepseekV3ForCausalLM) is read as that architecture, and says so', () => {
    // Kimi K2's config.json: DeepSeek-V3's architecture with 384 experts, 64 heads, one dense layer and a 163,840 vocabulary.
    const v3 = JSON.parse(fixtureText('hf_config/deepseek-v3.config.json')) as Record<string, unknown>;
    const k2 = {
      ...v3,
      model_type: 'kimi_k2',
      n_routed_experts: 384,
      num_attention_heads: 64,
      num_key_value_heads: 64,
      first_k_dense_replace: 1,
      n_group: 1,
      topk_group: 1,
      vocab_size: 163840,
    };
    const r = analyzeFile({ path: 'config.json', text: JSON.stringify(k2, null, 2) });
    const same = analyzeFile({ path: 'config.json', text: JSON.stringify({ ...k2, model_type: 'deepseek_v3' }, null, 2) });
    assert.equal(r.analysis?.params.total.value, same.analysis?.params.total.value);
    // Moonshot publishes 1T total and 32B activated parameters.
    const total = r.analysis!.params.total.value;
    const active = r.analysis!.params.active.value;
    assert.ok(total > 1.0e12 && total < 1.05e12, String(total));
    assert.ok(active > 32e9 && active < 33e9, String(active));
    const note = r.findings.find((f) => f.message.id === 'recognize.typeByArchitecture')!;
    assert.equal(note.severity, 'info');
    assert.match(render(note.message), /kimi_k2.*DeepseekV3ForCausalLM/);
    // An unknown model_type on an unknown architecture is still refused, naming it.
    const unknown = analyzeFile({ path: 'config.json', text: JSON.stringify({ ...k2, architectures: ['SomethingNewForCausalLM'] }) });
    assert.ok(unknown.findings.some((f) => f.ruleId === 'unsupported' && /kimi_k2/.test(render(f.message))));
  });

  it('gpt-oss: attention sinks, biased experts and router, sliding window on every other layer; 20b and 120b as OpenAI publishes them', () => {
    const rel = 'hf_config_handwritten/gpt-oss-20b.config.json';
    const r = analyzeFile({ path: rel, text: fixtureText(rel) });
    const m = r.spec!.model!;
    assert.equal(m.attentionSinks?.value, true);
    assert.equal(m.moe?.routerBias.value, true);
    assert.equal(m.mlpBias.value, true);
    assert.equal(m.slidingWindow?.value, 128);
    assert.equal(m.slidingWindowLayers?.value, 12);
    // OpenAI's model card: 20.91B total, 3.61B active (unembedding counted, embedding lookup not).
    assert.equal(r.analysis?.params.total.value, 20_914_757_184);
    assert.equal(r.analysis!.params.active.value - 579_133_440 - 2880, 3_608_304_384);
    // gpt-oss-120b: 36 layers of 128 experts, the same widths: 116.83B.
    const big = JSON.parse(fixtureText(rel)) as Record<string, unknown>;
    const text = JSON.stringify({
      ...big,
      num_hidden_layers: 36,
      num_local_experts: 128,
      layer_types: Array.from({ length: 36 }, (_, i) => (i % 2 ? 'full_attention' : 'sliding_attention')),
    });
    assert.equal(analyzeFile({ path: 'config.json', text }).analysis?.params.total.value, 116_829_156_672);
  });

  it("Megatron's gpt-oss flags: --window-size left,right with --window-attn-skip-freq, and --softmax-type learnable sinks", () => {
    const text = [
      'torchrun --nnodes 8 --nproc-per-node 8 pretrain_gpt.py --num-layers 36 --hidden-size 2880 --num-attention-heads 64',
      '--group-query-attention --num-query-groups 8 --kv-channels 64 --ffn-hidden-size 2880 --swiglu --normalization RMSNorm',
      '--position-embedding-type rope --untie-embeddings-and-output-weights --tokenizer-type NullTokenizer --vocab-size 201088',
      '--num-experts 128 --moe-router-topk 4 --moe-ffn-hidden-size 2880 --window-size 128,0 --window-attn-skip-freq 2',
      '--softmax-type learnable --seq-length 4096 --max-position-embeddings 4096 --micro-batch-size 1 --global-batch-size 1280 --bf16',
      '--expert-model-parallel-size 64',
    ].join(' \\\n  ');
    const r = analyzeFile({ path: 'gpt_oss.sh', text });
    const m = r.spec!.model!;
    assert.equal(m.slidingWindow?.value, 128);
    assert.equal(m.slidingWindowLayers?.value, 18, 'every 2nd layer attends to everything');
    assert.equal(m.attentionSinks?.value, true);
    // OpenAI's 116.83B (Megatron's router carries no bias: 36 × 128 fewer), with NullTokenizer's vocabulary: 201,088 and its
    // end-of-document token padded to a multiple of 128, 201,216 rows in the embedding and the head of 2,880.
    assert.equal(r.analysis?.params.total.value, 116_829_156_672 - 36 * 128 + 2 * 128 * 2880);
    const full = analyzeFile({ path: 'gpt_oss.sh', text: text.replace('--window-attn-skip-freq 2', '') }).spec!.model!;
    assert.equal(full.slidingWindowLayers?.value, 36);
  });

  it('node counts without a per-node count: torchrun starts one process per node, the deepspeed launcher fills each node', () => {
    const line = (launch: string) =>
      analyzeFile({ path: 'ft.sh', text: `${launch} train.py --model_name_or_path meta-llama/Llama-3.1-8B --per_device_train_batch_size 1 --bf16\n` });
    const torchrun = line('torchrun --nnodes 2').spec!.parallel;
    assert.equal(torchrun.gpusPerNode?.value, 1);
    const ds = line('deepspeed --num_nodes 2').analysis!.cluster.cluster;
    assert.equal(ds.nodes.value * ds.gpusPerNode.value, 16, "two whole nodes of the default cluster's 8");
  });

  it("deepseek_v32: DeepSeek-V3 with DeepSeek Sparse Attention's lightning indexer in every layer (DeepSeek's inference/model.py Indexer)", () => {
    const v3 = JSON.parse(fixtureText('hf_config/deepseek-v3.config.json')) as Record<string, unknown>;
    const v32 = { ...v3, model_type: 'deepseek_v32', architectures: ['DeepseekV32ForCausalLM'], index_n_heads: 64, index_head_dim: 128, index_topk: 2048 };
    const r = analyzeFile({ path: 'config.json', text: JSON.stringify(v32, null, 2) });
    // wq_b 1536 → 64·128, wk 7168 → 128, k_norm LayerNorm(128), weights_proj 7168 → 64; none biased.
    const indexer = 1536 * 64 * 128 + 7168 * 128 + 2 * 128 + 7168 * 64;
    assert.equal(indexer, 13_959_424);
    assert.equal(r.analysis?.params.total.value, 671_026_419_200 + 61 * indexer);
    assert.equal(r.spec!.model!.mla?.indexer?.topK?.value, 2048);
  });

  it('deepseek_v32 at 128K: each query attends to the 2,048 keys its indexer selects (MQA mode), the indexer scores every earlier key', () => {
    const v3 = JSON.parse(fixtureText('hf_config/deepseek-v3.config.json')) as Record<string, unknown>;
    const v32 = JSON.stringify({
      ...v3,
      model_type: 'deepseek_v32',
      architectures: ['DeepseekV32ForCausalLM'],
      index_n_heads: 64,
      index_head_dim: 128,
      index_topk: 2048,
    });
    const at = (text: string, seqLen: number) => analyzeFile({ path: 'config.json', text }, { seqLen }).analysis!.flops.attentionForwardPerToken;
    // Per layer and token, causal: 2·128 heads·(2·512 + 64)·(2048 − 2048²/(2·131072)) selected keys + 2·64·128·131072/2 indexer scores.
    const perLayer = 2 * 128 * (2 * 512 + 64) * (2048 - 2048 ** 2 / (2 * 131072)) + (2 * 64 * 128 * 131072) / 2;
    assert.equal(perLayer, 1_639_710_720);
    assert.equal(at(v32, 131072), 61 * perLayer);
    // Dense MLA at 128K (V3): 2·128·(192 + 128)·131072/2 per layer, 3.3 times as much.
    assert.equal(at(JSON.stringify(v3), 131072), 61 * ((2 * 128 * (192 + 128) * 131072) / 2));
    // Up to 2,048 keys the indexer selects every one: dense, as V3.
    assert.equal(at(v32, 2048), at(JSON.stringify(v3), 2048));
  });
  it("a script that runs a training CLI several times is read at its last training command, with that command's flags only, and says so; a chat, export or preprocess command beside one training command is dropped without a note", () => {
    // survey/train/56: three `llamafactory-cli chat`, then eight `llamafactory-cli train` (seven of them a YAML each); the last is
    // all flags, so no earlier command's YAML or chat's adapter is its.
    const a = analyzeFile({ path: 'run.sh', text: fixtureText('survey/train/56-llamafactory-qwen3-8b-full.sh') });
    const note = a.findings.find((f) => f.message.id === 'launcher.severalTrainings')!;
    assert.deepEqual(note.message.args, { count: 8 });
    assert.equal(note.severity, 'info');
    const text = fixtureText('survey/train/56-llamafactory-qwen3-8b-full.sh');
    assert.equal(text.slice(0, note.ranges[0]!.range.start).split('\n').length, 59);
    assert.equal(a.spec!.training.finetune?.value ?? true, true);
    assert.deepEqual(readConfig({ path: 'run.sh', text }).recognition.references, []);
    assert.equal(a.analysis!.params.total.value, 8190735360);
    // Two YAML runs: the last one's YAML is the reference; a preprocess before one training command is no second run.
    const two = readConfig({ path: 'run.sh', text: 'axolotl train a.yml\naxolotl train b.yml --num-epochs 1\n' }).recognition;
    assert.deepEqual(
      two.references.map((r) => r.value),
      ['b.yml'],
    );
    assert.ok(two.findings.some((f) => f.message.id === 'launcher.severalTrainings'));
    const one = readConfig({ path: 'run.sh', text: 'axolotl preprocess a.yml --debug\naxolotl train b.yml\n' }).recognition;
    assert.deepEqual(
      one.references.map((r) => r.value),
      ['b.yml'],
    );
    assert.ok(!one.findings.some((f) => f.message.id === 'launcher.severalTrainings'));
    // (A launcher line that names no script, `accelerate launch --multi_gpu --mixed_precision=fp16` left after the run as a note,
    // runs nothing: the run is the line before it, its flags read (survey 4779).)
    const scriptless = readConfig({
      path: 'run.sh',
      text: 'accelerate launch train_accelerate.py --ptm_path klue/roberta-base --batch_size 4\n\n# multi gpu\naccelerate launch --multi_gpu --mixed_precision=fp16\n',
    }).recognition;
    assert.ok(!scriptless.findings.some((f) => f.message.id === 'launcher.severalTrainings'));
    assert.equal(
      readConfig({ path: 'run.sh', text: 'accelerate launch a.py --batch_size 4\naccelerate launch b.py --batch_size 8\n' }).recognition.findings.filter(
        (f) => f.message.id === 'launcher.severalTrainings',
      ).length,
      1,
    );
  });
  it('a script handed over with arguments (`srun bash train.sh 4 Qwen/Qwen3-8B`) reads them as its $1, $2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cb-args-'));
    writeFileSync(join(dir, 'job.sh'), '#!/bin/bash\n#SBATCH --nodes=1\nsrun bash train.sh 4 Qwen/Qwen3-8B\n');
    writeFileSync(
      join(dir, 'train.sh'),
      '#!/bin/bash\nGPUS=$1\ntorchrun --nproc_per_node=$GPUS train.py --model_name_or_path $2 --per_device_train_batch_size 1\n',
    );
    const read = await collectSetup(nodeFs, { files: [join(dir, 'job.sh')] });
    const a = analyze(read.inputs)[0]!;
    assert.equal(a.analysis!.params.total.value, 8190735360);
    assert.equal(a.spec!.parallel.worldSize?.value, 4);
  });

  it("nanoGPT's configurator: `torchrun … train.py config/x.py --key=value` reads the config, the line's values over it where the line writes them, with train.py not here", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cb-configurator-'));
    mkdirSync(join(dir, 'config'));
    mkdirSync(join(dir, 'scripts'));
    // (The config as users' forks keep it, beside their scripts folder; their train.py is not in the folder.)
    writeFileSync(
      join(dir, 'config', 'small.py'),
      'batch_size = 12\nblock_size = 1024\ngradient_accumulation_steps = 40\nn_layer = 12\nn_head = 12\nn_embd = 768\n',
    );
    const line = 'torchrun --standalone --nproc_per_node=8 train.py config/small.py --batch_size=8 --n_layer=6\n';
    writeFileSync(join(dir, 'scripts', 'run.sh'), line);
    const read = await collectSetup(nodeFs, { files: [join(dir, 'scripts', 'run.sh')] });
    const a = analyze(read.inputs)[0]!;
    // GPT-2 124M (124,373,760) less six of its 7,079,424-parameter blocks.
    assert.equal(a.analysis!.params.total.value, 124_373_760 - 6 * 7_079_424);
    const layers = a.spec!.model!.layers.source;
    assert.ok(layers.kind === 'fact' && layers.file.endsWith('run.sh') && layers.range.start === line.indexOf('6\n'), 'at the line');
    const mb = a.spec!.training.microBatch!;
    assert.ok(mb.value === 8 && mb.source.kind === 'fact' && mb.source.file.endsWith('run.sh'));
    assert.equal(a.spec!.training.globalBatch?.value, 8 * 40, "nanoGPT's accumulation is the global batch's");
    assert.equal(a.spec!.training.seqLen?.value, 1024, "the config's own value");
    const ids: string[] = a.findings.map((f) => f.message.id);
    assert.ok(ids.includes('launcher.runsConfig'));
    for (const not of ['merge.conflict', 'launcher.scriptReadsNoArgs', 'setup.referenceMissing']) assert.ok(!ids.includes(not), not);
  });

  it("a script run with `--config run.json` reads that file with it where a reader takes it as a model's config (picotron's JSON, its train.py not here): the JSON's model on the GPUs torchrun starts; a config of the script's own is left to it", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cb-script-config-'));
    mkdirSync(join(dir, 'configs'));
    mkdirSync(join(dir, 'scripts'));
    writeFileSync(
      join(dir, 'configs', 'run.json'),
      JSON.stringify({
        distributed: { tp_size: 1, cp_size: 1, pp_size: 1, dp_size: 4, pp_engine: '1f1b' },
        model: { name: 'HuggingFaceTB/SmolLM-360M', use_fused_adam: true },
        training: { seq_length: 1024, micro_batch_size: 8, gradient_accumulation_steps: 1 },
      }),
    );
    writeFileSync(join(dir, 'scripts', 'train.sh'), 'torchrun --nproc_per_node 4 picotron/train.py --config configs/run.json\n');
    const a = analyze((await collectSetup(nodeFs, { files: [join(dir, 'scripts', 'train.sh')] })).inputs)[0]!;
    assert.equal(a.spec!.family, 'picotron');
    assert.equal(a.spec!.parallel.worldSize?.value, 4);
    assert.equal(a.spec!.training.microBatch?.value, 8);
    // SmolLM-360M with picotron's own untied head: its tied count and one more 49,152 × 960 matrix.
    assert.equal(a.analysis!.params.total.value, 361821120 + 49152 * 960);
    // (From picotron's own checkout, as its README launches it: the same.)
    writeFileSync(join(dir, 'run.sh'), 'torchrun --nproc_per_node 4 train.py --config configs/run.json\n');
    const b = analyze((await collectSetup(nodeFs, { files: [join(dir, 'run.sh')] })).inputs);
    assert.equal(b.length, 1);
    assert.equal(b[0]!.analysis!.params.total.value, a.analysis!.params.total.value);
    // (And with the JSON among the files given, or the folder's: one setup.)
    for (const request of [{ files: [join(dir, 'run.sh'), join(dir, 'configs', 'run.json')] }, { folders: [dir] }]) {
      const both = analyze((await collectSetup(nodeFs, request)).inputs).filter(
        (x) => x.spec?.family === 'picotron' || x.files.some((f) => f.path.endsWith('run.sh')),
      );
      assert.equal(both.length, 1, JSON.stringify(request));
      assert.ok(both[0]!.files.some((f) => f.path.endsWith('run.sh')) && both[0]!.files.some((f) => f.path.endsWith('run.json')));
    }
    // A config that names no model (the user's script names it): not joined, and nothing said of it.
    writeFileSync(join(dir, 'configs', 'mine.yaml'), 'training:\n  lr: 0.0003\n  batch_size: 8\n');
    writeFileSync(join(dir, 'mine.sh'), 'torchrun --nproc_per_node 4 my_train.py --config configs/mine.yaml\n');
    const c = analyze((await collectSetup(nodeFs, { files: [join(dir, 'mine.sh')] })).inputs);
    assert.equal(c.length, 1);
    assert.ok(!c[0]!.findings.some((f) => f.severity === 'error' || /mine\.yaml/.test(JSON.stringify(f.message.args ?? {}))));
    assert.ok(c[0]!.findings.some((f) => f.message.id === 'launcher.runsScript'));
  });

  it("OLMo's `torchrun … scripts/train.py CONFIG.yaml --global_train_batch_size=… --device_train_microbatch_size=…`: the YAML's model, the options over its values, each conflict said", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cb-olmo-launch-'));
    mkdirSync(join(dir, 'configs'));
    writeFileSync(
      join(dir, 'configs', 'olmo-1b.yaml'),
      [
        'model:',
        '  d_model: 2048',
        '  n_heads: 16',
        '  n_layers: 16',
        '  mlp_ratio: 8',
        '  activation_type: swiglu',
        '  include_bias: false',
        '  layer_norm_type: default',
        '  layer_norm_with_affine: false',
        '  rope: true',
        '  weight_tying: true',
        '  max_sequence_length: 2048',
        '  vocab_size: 50280',
        '  embedding_size: 50304',
        'global_train_batch_size: 2048',
        'device_train_microbatch_size: 8',
        'precision: amp_bf16',
        'fsdp:',
        '  sharding_strategy: FULL_SHARD',
        '',
      ].join('\n'),
    );
    const line =
      'torchrun --nproc_per_node=8 OLMo/scripts/train.py configs/olmo-1b.yaml --save_folder=/ckpt --global_train_batch_size=512 --device_train_microbatch_size=4\n';
    writeFileSync(join(dir, 'run.sh'), line);
    const a = analyze((await collectSetup(nodeFs, { files: [join(dir, 'run.sh')] })).inputs)[0]!;
    // OLMo-1B: 16 layers of 4·2048² attention and 3·2048·8192 SwiGLU, no biases, non-affine LayerNorms; the tied 50,304 rows.
    assert.equal(a.analysis!.params.total.value, 16 * (4 * 2048 ** 2 + 3 * 2048 * 8192) + 50304 * 2048);
    const t = a.spec!.training;
    assert.deepEqual([t.globalBatch?.value, t.microBatch?.value, a.spec!.parallel.worldSize?.value], [512, 4, 8]);
    assert.ok(t.microBatch!.source.kind === 'fact' && t.microBatch!.source.file.endsWith('run.sh'));
    assert.equal(a.findings.filter((f) => f.message.id === 'merge.conflict').length, 2);
  });

  it("torchrun of a script that builds its model from a table by an argument (ColossalAI's llama2 example, `--config 13b`): that entry's model, on the GPUs torchrun starts, said at the line", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cb-model-table-'));
    writeFileSync(
      join(dir, 'train.py'),
      [
        'import argparse',
        'from transformers import LlamaConfig, LlamaForCausalLM',
        'MODEL_CONFIGS = {',
        '    "7b": LlamaConfig(max_position_embeddings=4096),',
        '    "13b": LlamaConfig(hidden_size=5120, intermediate_size=13824, num_hidden_layers=40, num_attention_heads=40, max_position_embeddings=4096),',
        '}',
        'def main():',
        '    parser = argparse.ArgumentParser()',
        '    parser.add_argument("-c", "--config", type=str, default="7b")',
        '    parser.add_argument("-m", "--mode", type=str, default="pretrain")',
        '    args = parser.parse_args()',
        '    if args.mode == "finetune":',
        '        config = LlamaConfig.from_pretrained(args.model_path)',
        '    elif args.mode == "pretrain":',
        '        config = MODEL_CONFIGS[args.config]',
        '    model = LlamaForCausalLM(config)',
        '',
      ].join('\n'),
    );
    const line = 'torchrun --standalone --nproc_per_node 4 train.py --mode "pretrain" --config "13b"\n';
    writeFileSync(join(dir, 'run.sh'), line);
    const a = analyze((await collectSetup(nodeFs, { files: [join(dir, 'run.sh')] })).inputs)[0]!;
    // Llama 2 13B: 13,015,864,320.
    assert.equal(a.analysis!.params.total.value, 13_015_864_320);
    const world = a.spec!.parallel.worldSize!;
    assert.equal(world.value, 4);
    assert.ok(world.source.kind === 'derived' && JSON.stringify(world.source).includes(String(line.indexOf('4 train.py'))), JSON.stringify(world.source));
  });

  it("nanoGPT's configurator over a config nanoGPT ships, not here: `--n_layer=4` over train_shakespeare_char.py, 7,204,608", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cb-configurator-'));
    writeFileSync(join(dir, 'run.sh'), 'torchrun --standalone --nproc_per_node=2 train.py config/train_shakespeare_char.py --batch_size=32 --n_layer=4\n');
    const a = analyze((await collectSetup(nodeFs, { files: [join(dir, 'run.sh')] })).inputs)[0]!;
    // 10,745,088 less two of its 1,770,240-parameter blocks.
    assert.equal(a.analysis!.params.total.value, 7_204_608);
    assert.deepEqual([a.spec!.training.microBatch?.value, a.spec!.training.seqLen?.value], [32, 256]);
    assert.ok(a.findings.some((f) => f.message.id === 'setup.nanogptStock'));
    assert.ok(!a.findings.some((f) => f.message.id === 'merge.conflict'));
  });
});

describe('a config the script writes itself by a heredoc, then hands to its launcher', () => {
  it('an Axolotl YAML written to ${CONFIG_FILE} (its name and values expanded as bash would) and run by accelerate launch -m axolotl.cli.train: read from the script, each value where the script writes it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cb-written-'));
    const text = [
      '#!/bin/bash',
      'MODEL_NAME=deepseek-coder-6.7b-instruct',
      'LORA_RANK=256',
      'CONFIG_FILE=/workspace/config/${MODEL_NAME}-lora.yml',
      'cat > ${CONFIG_FILE} << EOF',
      'base_model: /workspace/models_hub/${MODEL_NAME}',
      'adapter: lora',
      'lora_r: ${LORA_RANK}',
      'lora_alpha: 128',
      'lora_target_linear: true',
      'sequence_len: 4096',
      'micro_batch_size: 1',
      'gradient_accumulation_steps: 16',
      'EOF',
      'CUDA_VISIBLE_DEVICES=0 accelerate launch -m axolotl.cli.train ${CONFIG_FILE} --debug',
      '',
    ].join('\n');
    writeFileSync(join(dir, 'train.sh'), text);
    const a = analyze((await collectSetup(nodeFs, { files: [join(dir, 'train.sh')] })).inputs)[0]!;
    assert.equal(a.family, 'axolotl');
    // DeepSeek Coder 6.7B from the catalogue (the folder's name), LoRA r 256 on every linear of its 32 layers.
    assert.equal(a.analysis!.params.total.value, 6740512768);
    assert.equal(a.analysis!.method.trainable.value, 32 * 256 * (4 * 8192 + 2 * (4096 + 11008) + (11008 + 4096)));
    assert.ok(!a.findings.some((f) => f.message.id === 'setup.referenceMissing'));
    // The rank is where the script writes it: ${LORA_RANK}'s assignment.
    const rank = a.spec!.training.adapter!.rank!.source as { file: string; range: { start: number; end: number } };
    assert.equal(rank.file, join(dir, 'train.sh'));
    assert.equal(text.slice(rank.range.start, rank.range.end), '256');
  });
});

describe('NeMo 1.x launches of its Hydra scripts (python megatron_gpt_pretraining.py --config-path … --config-name … model.x=…)', () => {
  it("the YAML --config-name names (in --config-path, from the script's folder as Hydra takes it) under the line's overrides: GPT 124M of GPT-2 BPE padded for TP 2", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cb-nemo-'));
    const conf = join(dir, 'examples', 'nlp', 'language_modeling', 'conf');
    mkdirSync(conf, { recursive: true });
    writeFileSync(join(conf, 'megatron_gpt_config.yaml'), fixtureText('nemo/megatron_gpt_config.yaml'));
    const launch = [
      'python examples/nlp/language_modeling/megatron_gpt_pretraining.py \\',
      '    --config-path=conf \\',
      '    --config-name=megatron_gpt_config \\',
      '    trainer.devices=8 trainer.num_nodes=2 trainer.precision=bf16 \\',
      '    model.micro_batch_size=4 model.global_batch_size=256 model.tensor_model_parallel_size=2 \\',
      '    model.encoder_seq_length=1024 model.max_position_embeddings=1024 \\',
      '    model.hidden_size=768 model.ffn_hidden_size=3072 model.num_layers=12 model.num_attention_heads=12 \\',
      '    model.tokenizer.vocab_file=gpt2-vocab.json model.tokenizer.merge_file=gpt2-merges.txt',
      '',
    ].join('\n');
    writeFileSync(join(dir, 'run.sh'), launch);
    const a = analyze((await collectSetup(nodeFs, { files: [join(dir, 'run.sh')] })).inputs)[0]!;
    assert.equal(a.family, 'nemo');
    // 50,257 padded to a multiple of 128 × TP 2: 50,432 rows of 768, tied; 1,024 learned positions; 12 layers of 7,087,872.
    assert.equal(a.analysis!.params.total.value, 50432 * 768 + 1024 * 768 + 12 * 7087872 + 2 * 768);
    assert.deepEqual([a.spec!.parallel.tp?.value, a.spec!.parallel.worldSize?.value, a.spec!.training.microBatch?.value], [2, 16, 4]);
    assert.ok(a.findings.some((f) => f.message.id === 'setup.inherits'));
    // (Without the YAML: said missing where --config-name names it, and the overrides alone are not a model.)
    const bare = mkdtempSync(join(tmpdir(), 'cb-nemo-'));
    writeFileSync(join(bare, 'run.sh'), launch);
    const b = analyze((await collectSetup(nodeFs, { files: [join(bare, 'run.sh')] })).inputs)[0]!;
    assert.ok(b.findings.some((f) => f.message.id === 'setup.referenceMissing' && /conf\/megatron_gpt_config\.yaml$/.test(String(f.message.args!['file']))));
  });
});

describe('scripts inside scripts: heredocs, job files, and a Python script’s environment', () => {
  it("a heredoc that writes a job script (`cat <<EOF > job.sbatch`) is read as this script's lines, its #SBATCH directives the job's; one that writes Python keeps its facts for the launch that runs it", () => {
    const text = [
      'cat <<EOF > job.sbatch',
      '#!/bin/bash',
      '#SBATCH --nodes=4',
      '#SBATCH --gpus-per-node=8',
      'srun python train.py --num-layers 2 --hidden-size 64',
      'EOF',
      'sbatch job.sbatch',
    ].join('\n');
    const facts = extractShell('submit.sh', text).facts;
    assert.equal(facts.find((f) => f.path.join(' ') === '#SBATCH --nodes')?.value, 4);
    const layers = facts.find((f) => f.path[0] === '--num-layers')!;
    assert.equal(layers.value, 2);
    assert.equal(text.slice(layers.valueRange.start, layers.valueRange.end), '2');
    // A quoted delimiter writes the body as it is; its Python read where it sits, in what the script exports.
    const py = [
      'export BS=6',
      "cat > t.py << 'EOF'",
      'import os',
      'def main():',
      '    # the batch',
      '    bs = int(os.environ.get("BS", "2"))',
      '    lr = float(os.getenv("LR", "1e-4"))',
      'EOF',
      'python t.py',
    ].join('\n');
    const written = extractShell('run.sh', py).facts.filter((f) => f.path[0] === '@heredoc');
    assert.deepEqual(
      written.map((f) => [f.path.join('.'), f.value]),
      [
        ['@heredoc.t.py.bs', 6],
        ['@heredoc.t.py.lr', 1e-4],
      ],
    );
    assert.equal(py.slice(written[0]!.valueRange.start, written[0]!.valueRange.end), 'int(os.environ.get("BS", "2"))');
  });

  it("a SkyPilot task's `run: |` script is read in its `envs`; a launch whose accelerate config is not there says so where it names it", async () => {
    const task = [
      'resources:',
      '  accelerators: H200:8',
      'num_nodes: 2',
      'envs:',
      '  MODEL: Qwen/Qwen2.5-7B',
      'run: |',
      '  torchrun --nnodes $SKYPILOT_NUM_NODES --nproc_per_node 8 train.py \\',
      '    --model_name_or_path $MODEL --per_device_train_batch_size 2',
    ].join('\n');
    const a = analyzeFile({ path: 'task.yaml', text: task });
    assert.equal(a.analysis?.params.total.value, 7615616512);
    assert.equal(a.spec!.training.microBatch?.value, 2);
    // SkyPilot's accelerators and num_nodes: 2 nodes of 8 H200.
    const c = a.analysis!.cluster.cluster;
    assert.deepEqual([c.accelerator.id, c.gpusPerNode.value, c.nodes.value], ['h200', 8, 2]);
    const read = await collectSetup(nodeFs, { files: [join(FIXTURES, 'survey/seventh/train/123-trl-accelerate-heredoc-qwen3-30b-a3b-full-sft.sh')] });
    const missing = read.inputs[0]!.recognition.findings.find((f) => f.ruleId === 'missing-file')!;
    assert.equal(render(missing.message, 'en').startsWith('accelerate_config.yaml is not here'), true);
  });

  it("Modal's gpu for the function a script's entry point runs: `gpu=gpu.A100(count=GPU_COUNT)` over train(), which main runs with train.remote() (2178), is 5 A100s on one machine; a file whose decorators ask for different GPUs for functions it does not run (2181's check and train) names none", () => {
    const rel = 'survey/hundredandeleventh/train/2178-modal-open-r1-grpo-deepseek-prover-v2-7b-5xa100/train_modal.py';
    const r = readConfig({ path: rel, text: fixtureText(rel) });
    assert.equal(r.facts.find((f) => f.path[0] === '@modalGpu')?.value, 'A100:5');
    const modal = modalResources(r.facts, rel)!;
    assert.deepEqual(
      [modal.parallel.accelerator?.value, modal.parallel.gpusPerNode?.value, modal.parallel.worldSize?.value, modal.findings],
      ['a100-40gb', 5, 5, []],
    );
    const other = 'survey/hundredandeleventh/train/2181-modal-torchtitan-qwen3-0.6b-pretrain-c4-8xh100/train_modal.py';
    assert.equal(modalResources(readConfig({ path: other, text: fixtureText(other) }).facts, other), undefined);
  });
});

describe('recipes built in library Python: NeMo 2.0 and Megatron-Bridge read (test/unit/nemo-recipe.test.ts)', () => {
  it('llm.llama3_8b.pretrain_recipe(...) with a TP set on it, and run_recipe.py --recipe … with its overrides', () => {
    const nemo = analyzeFile({
      path: 'pretrain.py',
      text: 'from nemo.collections import llm\n\nrecipe = llm.llama3_8b.pretrain_recipe(num_nodes=2, num_gpus_per_node=8)\nrecipe.trainer.strategy.tensor_model_parallel_size = 2\n',
    });
    assert.deepEqual([nemo.spec?.parallel.tp?.value, nemo.spec?.parallel.worldSize?.value, nemo.analysis?.params.total.value], [2, 16, 8030261248]);
    const bridge = analyzeFile({
      path: 'run.sh',
      text: '#!/bin/bash\ntorchrun --nproc-per-node 8 scripts/training/run_recipe.py --recipe llama3_8b_pretrain_config train.global_batch_size=256\n',
    });
    assert.deepEqual([bridge.spec?.training.globalBatch?.value, bridge.analysis?.params.total.value], [256, 8030261248]);
  });

  it("the TPU slices a MaxText launch asks for: xpk's --tpu-type v5p-8 is 4 chips (two TensorCores each) per slice, × --num-slices; gcloud's --accelerator-type v6e-16 is 16 chips", () => {
    const xpk = [
      'python3 xpk/xpk.py workload create --cluster c --tpu-type=v5p-8 --num-slices=2 \\',
      '  --command "python3 MaxText/train.py MaxText/configs/base.yml model_name=llama2-7b per_device_batch_size=2"',
    ].join('\n');
    const a = analyzeFile({ path: 'run.sh', text: xpk });
    assert.equal(a.spec!.parallel.accelerator?.value, 'tpu-v5p');
    assert.equal(a.spec!.parallel.worldSize?.value, 8);
    assert.equal(a.analysis!.cluster.cluster.accelerator.id, 'tpu-v5p');
    const gcloud = [
      'gcloud compute tpus tpu-vm ssh my-tpu --zone us-east5 --worker=all --accelerator-type=v6e-16 \\',
      '  --command="python3 -m MaxText.train MaxText/configs/base.yml model_name=gemma2-2b per_device_batch_size=4"',
    ].join('\n');
    const g = analyzeFile({ path: 'run.sh', text: gcloud });
    assert.equal(g.spec!.parallel.worldSize?.value, 16);
    assert.equal(g.spec!.parallel.accelerator?.value, 'tpu-v6e');
  });

  it('a MaxText launch whose model_name is neither in the catalogue nor beside it: the models YAML it would load is said to be missing, at the model_name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cb-maxtext-'));
    const text = 'python3 MaxText/train.py MaxText/configs/base.yml model_name=acme-7b per_device_batch_size=1 steps=10\n';
    writeFileSync(join(dir, 'run.sh'), text);
    const read = await collectSetup(nodeFs, { files: [join(dir, 'run.sh')] });
    const [a] = analyze(read.inputs);
    const w = a!.findings.find((f) => f.message.id === 'setup.referenceMissing')!;
    assert.equal(w.message.args?.['file'], 'MaxText/configs/models/acme-7b.yml');
    assert.equal(text.slice(w.ranges[0]!.range.start, w.ranges[0]!.range.end), 'acme-7b');
  });

  it("MaxText's benchmark runner: the tuned recipe its --model_name names (Llama 3.1 405B at 8192 on 2 × v6e-256, pure FSDP: 256 × 2), each value said to come from the recipe; an unknown recipe is a warning on its name", () => {
    const a = analyzeFile({
      path: 'run.sh',
      text: fixtureText('survey/eighth/train/147-maxtext-benchmark-runner-llama31-405b-2xv6e-256.sh'),
    });
    assert.equal(a.spec!.family, 'maxtext');
    assert.equal(a.analysis!.params.total.value, 405853388800);
    const t = a.spec!.training;
    assert.deepEqual([t.microBatch?.value, t.seqLen?.value, t.recompute?.value, t.activationOffload?.value], [1, 8192, 'full', true]);
    assert.deepEqual([a.spec!.parallel.dp?.value, a.spec!.parallel.worldSize?.value, a.spec!.parallel.accelerator?.value], [512, 512, 'tpu-v6e']);
    const src = t.microBatch!.source;
    assert.equal(src.kind, 'derived');
    assert.equal(src.kind === 'derived' && src.reason.id, 'prov.maxtextRecipe');
    assert.equal(src.kind === 'derived' && src.from[0]!.kind === 'fact' && src.from[0]!.path[0], '--model_name');
    // The runner's names are the recipes' model_name with '-' as '_'; both spellings resolve.
    const v5p = analyzeFile({
      path: 'run.sh',
      text: 'python3 benchmarks/benchmark_runner.py xpk --device_type=v5p-128 --num_slices=1 --model_name=llama2-70b-v5p-128\n',
    });
    assert.deepEqual([v5p.analysis!.params.total.value, v5p.spec!.parallel.worldSize?.value, v5p.spec!.training.microBatch?.value], [68976648192, 64, 4]);
    // per_device_batch_size is per chip: a rank of the batch axes takes it × the axes sharing a sequence (TP 4: 4 sequences; a
    // fraction, 0.125 per chip with context 16, is 2).
    const runner = (name: string) =>
      analyzeFile({ path: 'run.sh', text: `python3 benchmarks/benchmark_runner.py xpk --device_type=v6e-256 --num_slices=2 --model_name=${name}\n` });
    const tp4 = runner('llama3_1_405b_8192_fsdp_dcn');
    assert.deepEqual([tp4.spec!.parallel.tp?.value, tp4.spec!.parallel.dp?.value, tp4.spec!.training.microBatch?.value], [4, 128, 4]);
    const cp16 = runner('llama3_1_70b_131072');
    assert.deepEqual([cp16.spec!.parallel.cp?.value, cp16.spec!.training.microBatch?.value, cp16.spec!.training.seqLen?.value], [16, 2, 131072]);
    // An expert axis of -1 fills the mesh the launch asks for (v5p-512: 256 chips), and shards the weights as fsdp does
    // (base.yml's rules put the embed dimension on the expert axis too): DeepSeek-V3 at EP 256 fits a v5p's HBM.
    const filled = analyzeFile({
      path: 'run.sh',
      text: 'python3 benchmarks/benchmark_runner.py xpk --device_type=v5p-512 --model_name=deepseek_v3_ep_256_v5p_512\n',
    });
    assert.deepEqual([filled.spec!.parallel.ep?.value, filled.spec!.training.fsdp?.value], [256, true]);
    assert.ok(filled.analysis!.cluster.memory.fits);
    // MaxText's named remat policies: save_dot_except_mlpwi keeps qkv, out and mlpwo and recomputes the rest; qkv_proj_offloaded
    // keeps only the layer input on the chip (a full recompute there).
    const saving = analyzeFile({ path: 'run.sh', text: 'python3 benchmarks/benchmark_runner.py xpk --device_type=v5p-128 --model_name=llama2_70b_v5p_128\n' });
    assert.deepEqual(
      [saving.spec!.training.recompute?.value, saving.spec!.training.selectiveRecompute?.value],
      ['selective', { saves: ['qkv', 'out', 'mlpwo'] }],
    );
    const offloaded = runner('llama2_70b_4096_synthetic');
    assert.equal(offloaded.spec!.training.recompute?.value, 'full');
    const unknown = analyzeFile({ path: 'run.sh', text: 'python3 benchmarks/benchmark_runner.py xpk --device_type=v6e-8 --model_name=my_private_recipe\n' });
    const f = unknown.findings.find((x) => x.message.id === 'maxtext.unknownRecipe')!;
    assert.equal(f.severity, 'warning');
    assert.equal(unknown.spec?.parallel.worldSize?.value, 8);
  });

  it("a cd the script makes moves where its launch's relative files are (./x, ../x, a config's or script's name); a model id, a URL or an absolute path stays", () => {
    const text = [
      '#!/bin/bash',
      'cd work/repo',
      'accelerate launch --config_file configs/fsdp.yaml train.py --config ../sft.yaml --model_name_or_path Qwen/Qwen3-8B',
    ].join('\n');
    const refs = readConfig({ path: 'run.sh', text }).recognition.references.map((r) => r.value);
    assert.deepEqual(refs, ['work/repo/configs/fsdp.yaml', 'work/repo/../sft.yaml']);
  });

  it('a Python script a job launcher runs (srun python, srun torchrun / deepspeed after their flags, with srun options or none): that script, read where it is', () => {
    const scripts = (line: string) => readConfig({ path: 'job.sh', text: `#!/bin/bash\n${line}\n` }).recognition.references.map((r) => r.value);
    assert.deepEqual(scripts('srun --nodes=2 python train.py'), ['train.py']);
    assert.deepEqual(scripts('srun torchrun --nproc_per_node 8 train.py'), ['train.py']);
    assert.deepEqual(scripts('srun --gpu-bind=closest deepspeed --hostfile hostfile --num_nodes 4 --num_gpus 8 train.py'), ['train.py']);
    const words = extractShell('job.sh', 'srun -N 2 accelerate launch --num_processes 16 sft.py\n').facts.filter((f) => f.path[0] === '@command');
    assert.deepEqual(
      words.map((f) => f.value),
      ['srun', 'accelerate', 'launch', 'sft.py'],
    );
  });

  it("a Python file that sets sys.argv and runs a CLI's main (a launch debugged in an editor): the list read as the command line, each word in place", () => {
    const text = [
      'import sys',
      'from llamafactory.cli import main',
      'sys.argv = ["llamafactory-cli", "train", "examples/train_lora/qwen3_lora_sft.yaml",',
      "            'learning_rate=2e-5']",
      'if __name__ == "__main__":',
      '    main()',
      '',
    ].join('\n');
    const r = readConfig({ path: 'run-debug.py', text });
    assert.deepEqual(
      r.recognition.references.map((x) => x.value),
      ['examples/train_lora/qwen3_lora_sft.yaml'],
    );
    const note = r.recognition.findings.find((f) => f.message.id === 'python.argvCommand')!;
    assert.equal(note.message.args?.command, 'llamafactory-cli train examples/train_lora/qwen3_lora_sft.yaml learning_rate=2e-5');
    const lr = r.facts.find((f) => f.path.join('.') === '@override.learning_rate')!;
    assert.equal(text.slice(lr.valueRange.start, lr.valueRange.end), '2e-5');
    // (A list the script computes is not read: an unknown format, as before.)
    const computed = readConfig({ path: 'x.py', text: text.replace("'learning_rate=2e-5'", 'args.lr') });
    assert.equal(computed.recognition.family, undefined);
  });

  it('nohup, time and exec run the command after them; `2>&1` redirects, and its descriptor is no value of the last flag', () => {
    const text = 'nohup accelerate launch train.py --model_name_or_path Qwen/Qwen3-8B --lora_target_modules q_proj v_proj > log.txt 2>&1 &\n';
    const facts = extractShell('run.sh', text).facts;
    assert.deepEqual(
      facts.filter((f) => f.path[0] === '@command').map((f) => f.value),
      ['accelerate', 'launch', 'train.py'],
    );
    assert.deepEqual(
      facts.filter((f) => f.path[0] === '--lora_target_modules').map((f) => f.value),
      ['q_proj', 'v_proj'],
    );
  });
});

describe('hub downloads: the model a script downloads into the folder it names', () => {
  const d962 = 'survey/fiftyfirst/train/962-deepspeed-hf-trainer-pretrain-from-config-qwen2.5-1.5b/src/main/java/org/bigdatatechcir/learn_llm/llm/';

  it('reads huggingface-cli, modelscope and snapshot_download downloads, models only, each where its id is written', () => {
    // A Python file's os.system string (the fifty-first gathering's 962).
    const py = fixtureText(`${d962}download_model.py`);
    const [one, ...more] = hubDownloads(py);
    assert.deepEqual(more, []);
    assert.equal(one!.repo, 'Qwen/Qwen2.5-1.5B');
    assert.equal(one!.localDir, 'autodl-tmp/qwen-1.5b');
    assert.equal(py.slice(one!.repoRange.start, one!.repoRange.end), 'Qwen/Qwen2.5-1.5B');
    // A script's comment telling the user to download (its --cache-dir is not a model folder), and a model beside a dataset.
    const openrlhf = hubDownloads(fixtureText('survey/ninetysecond/train/1676-openrlhf-sft-qwen2.5-14b-instruct-limo-ring2-zero3.sh'));
    assert.deepEqual(
      openrlhf.map((x) => [x.repo, x.localDir]),
      [['Qwen/Qwen2.5-14B-Instruct', undefined]],
    );
    const maxtext = hubDownloads(fixtureText('survey/fortysixth/train/913-maxtext-rocm-llama3-8b-echo-yaml/run_llama3_8b.sh'));
    assert.deepEqual(
      maxtext.map((x) => [x.repo, x.localDir]),
      [['meta-llama/Llama-2-7b-chat-hf', '$HOME/data/Llama-2-7b-hf/']],
    );
    const modelscope = hubDownloads(fixtureText('survey/ninetyfourth/train/1720-qwen25vl-llamafactory-fork-pissa/myreadme.md'));
    assert.deepEqual(
      modelscope.map((x) => [x.repo, x.localDir]),
      [['Qwen/Qwen2.5-VL-7B-Instruct', './']],
    );
    assert.deepEqual(
      hubDownloads('from huggingface_hub import snapshot_download\nsnapshot_download(repo_id="meta-llama/Llama-3.1-8B", local_dir="models/llama")\n').map(
        (x) => [x.repo, x.localDir],
      ),
      [['meta-llama/Llama-3.1-8B', 'models/llama']],
    );
  });

  it('matches a model path to the folder a download fills, at folder boundaries only', () => {
    const downloads = hubDownloads(fixtureText(`${d962}download_model.py`));
    for (const ref of ['autodl-tmp/qwen-1.5b', './autodl-tmp/qwen-1.5b/', '/root/autodl-tmp/qwen-1.5b'])
      assert.equal(downloadInto(downloads, ref)?.repo, 'Qwen/Qwen2.5-1.5B', ref);
    for (const ref of ['qwen-1.5b-x', 'autodl-tmp', 'tmp/qwen-1.5b2', '.']) assert.equal(downloadInto(downloads, ref), undefined, ref);
  });
});

describe("lit_gpt pretraining scripts (TinyLlama's pretrain/tinyllama.py and the forks that copy it)", () => {
  const table = fixtureText('survey/eightysixth/train/1481-litgpt-derived-fabric-tiny-30m-pretrain/lit_gpt/config.py');
  const script = fixtureText('survey/eightysixth/train/1481-litgpt-derived-fabric-tiny-30m-pretrain/pretrain/csg_tiny_30m_yi.py');
  const repo = (name: string, withTable = true) => {
    const dir = mkdtempSync(join(tmpdir(), 'cb-lit-gpt-'));
    for (const d of ['lit_gpt', 'pretrain', 'scripts']) mkdirSync(join(dir, d));
    if (withTable) writeFileSync(join(dir, 'lit_gpt', 'config.py'), table);
    writeFileSync(join(dir, 'pretrain', 'tinyllama.py'), script.replace('model_name = "csg_tiny_30M_yi"', `model_name = "${name}"`));
    writeFileSync(
      join(dir, 'scripts', 'pretrain.sh'),
      'lightning run model \\\n    --node-rank=0 \\\n    --devices=8 \\\n    --num-nodes=1 \\\n    pretrain/tinyllama.py --devices 8 --train_data_dir data/slim_star_combined | tee log.txt\n',
    );
    return dir;
  };

  it("`lightning run model … pretrain/tinyllama.py`: the model Config.from_name builds, read from the fork's lit_gpt/config.py (TinyLlama 1.1B, 1,100,048,384, its published count), with the script's globals and setup()'s FSDP", async () => {
    const dir = repo('tiny_LLaMA_1b');
    const a = analyze((await collectSetup(nodeFs, { files: [join(dir, 'scripts', 'pretrain.sh')] })).inputs)[0]!;
    assert.equal(a.analysis!.params.total.value, 1100048384);
    assert.equal(a.spec!.model!.layers.source.kind, 'fact');
    assert.ok(a.spec!.model!.layers.source.kind === 'fact' && a.spec!.model!.layers.source.file.endsWith(join('lit_gpt', 'config.py')));
    const t = a.spec!.training;
    // global_batch_size 512 over num_of_devices 8, micro_batch_size 8: 8 accumulation steps; sequences of block_size 2048.
    assert.deepEqual([t.globalBatch?.value, t.microBatch?.value, t.seqLen?.value, t.trainIters?.value], [512, 8, 2048, 715256 * 2]);
    assert.equal(t.seqLen!.source.kind, 'derived');
    assert.deepEqual([t.fsdp?.value, t.recompute?.value, t.precision?.value, t.fp32Weights?.value], [true, 'none', 'bf16', true]);
    assert.equal(a.spec!.parallel.gpusPerNode?.value, 8);
    assert.ok(!a.findings.some((f) => f.severity !== 'info'), a.findings.map((f) => render(f.message)).join('\n'));
  });

  it("the script alone is not read as nanoGPT (its globals share nanoGPT's names): without the table, the catalogue answers for the name, said", async () => {
    const dir = repo('tiny_LLaMA_1b', false);
    const a = analyze((await collectSetup(nodeFs, { files: [join(dir, 'pretrain', 'tinyllama.py')] })).inputs)[0]!;
    assert.equal(a.spec!.family, 'litgpt');
    assert.equal(a.analysis!.params.total.value, 1100048384);
    assert.ok(a.findings.some((f) => f.message.id === 'catalogue.baseInName'));
    // (An entry the table makes for each kind, `name="Llama-2-7b{}-hf"` formatted with "" and "-chat": Llama 2 7B's Hub total.)
    const chat = analyze((await collectSetup(nodeFs, { files: [join(repo('Llama-2-7b-chat-hf'), 'pretrain', 'tinyllama.py')] })).inputs)[0]!;
    assert.equal(chat.analysis!.params.total.value, 6738415616);
    assert.ok(chat.spec!.model!.layers.source.kind === 'fact' && chat.spec!.model!.layers.source.file.endsWith('config.py'));
    // (A name only the fork's table holds: where its shapes are, said at the line.)
    const own = analyze((await collectSetup(nodeFs, { files: [join(repo('csg_tiny_30M_yi', false), 'pretrain', 'tinyllama.py')] })).inputs)[0]!;
    assert.equal(own.analysis, undefined);
    const said = own.findings.find((f) => f.message.id === 'setup.modelTableMissing')!;
    assert.deepEqual(said.message.args, { name: 'csg_tiny_30M_yi', file: 'lit_gpt/config.py' });
  });

  it("a name the fork's table lacks (Config.from_name's KeyError) and an entry of a block the count does not know are refused at the table, and not counted from the catalogue", async () => {
    const missing = analyze((await collectSetup(nodeFs, { files: [join(repo('csg-tiny-1B-V3'), 'scripts', 'pretrain.sh')] })).inputs)[0]!;
    assert.equal(missing.analysis, undefined);
    assert.ok(missing.findings.some((f) => f.message.id === 'litgpt.notInTable' && f.severity === 'error'));
    const dir = repo('tiny_LLaMA_120M_PureMamba');
    writeFileSync(
      join(dir, 'lit_gpt', 'config.py'),
      table.replace(
        'tiny_LLaMA = [',
        'tiny_LLaMA = [\n    dict(name="tiny_LLaMA_120M_PureMamba", n_layer=12, n_head=12, n_embd=768, time_mixer="pure_mamba"),',
      ),
    );
    const mamba = analyze((await collectSetup(nodeFs, { files: [join(dir, 'scripts', 'pretrain.sh')] })).inputs)[0]!;
    assert.equal(mamba.analysis, undefined);
    assert.ok(mamba.findings.some((f) => f.message.id === 'litgpt.tableBlockUnknown' && f.message.args?.key === 'time_mixer'));
    assert.ok(!mamba.findings.some((f) => f.ruleId === 'unknown-model'));
  });

  it("LitGPT's Config pads vocab_size to padding_multiple (512 unless set) where padded_vocab_size is not given: Pythia's 50,254 tokens are 50,688 rows", () => {
    const yaml = ['n_layer: 6', 'n_embd: 512', 'n_head: 8', 'vocab_size: 50254', 'parallel_residual: true', 'block_size: 2048', ''].join('\n');
    const r = readConfig({ path: 'model_config.yaml', text: yaml });
    assert.equal(r.recognition.model!.vocab.value, 50688);
    assert.equal(r.recognition.model!.vocab.source.kind, 'derived');
    const stated = readConfig({ path: 'model_config.yaml', text: `${yaml}padding_multiple: 128\n` });
    assert.equal(stated.recognition.model!.vocab.value, 50304);
    // No vocab_size: Config's default, 50,254, said as such, padded the same way.
    const unstated = readConfig({ path: 'model_config.yaml', text: yaml.replace('vocab_size: 50254\n', '') });
    assert.equal(unstated.recognition.model!.vocab.value, 50688);
    assert.ok(JSON.stringify(unstated.recognition.model!.vocab.source).includes('prov.classDefault'));
  });

  it("a model_config with latent_attention (a fork's multi-head latent attention, survey 1415) is refused there, not counted as plain attention", () => {
    const f = 'survey/eightysecond/train/1415-litgpt-pretrain-cfg-pythia160m-mla.yaml';
    const a = analyzeFile({ path: f, text: fixtureText(f) });
    assert.equal(a.analysis, undefined);
    const e = a.findings.find((x) => x.severity === 'error')!;
    assert.equal(e.message.id, 'litgpt.notModelled');
    assert.equal(fixtureText(f).slice(e.ranges[0]!.range.start, e.ranges[0]!.range.end), 'latent_attention');
  });
});

describe("transformers' run_clm.py / run_mlm.py training from scratch (--model_type, --config_overrides)", () => {
  it("the README's `--model_type gpt2 --config_overrides=\"n_embd=1024,n_head=16,n_layer=48,n_positions=102\"`: GPT2Config's defaults (GPT-2's) under those keys, 656,188,416, pre-training", () => {
    const text =
      'python run_clm.py \\\n  --model_type gpt2 \\\n  --tokenizer_name openai-community/gpt2 \\\n  --config_overrides="n_embd=1024,n_head=16,n_layer=48,n_positions=102" \\\n  --dataset_name wikitext --do_train --per_device_train_batch_size 8 --output_dir /tmp/test-clm\n';
    const a = analyzeFile({ path: 'train.sh', text });
    // 50,257 × 1,024 tokens, 102 × 1,024 positions, 48 layers of 12h² + 13h, the final norm 2h.
    assert.equal(a.analysis!.params.total.value, 50257 * 1024 + 102 * 1024 + 48 * (12 * 1024 * 1024 + 13 * 1024) + 2 * 1024);
    assert.equal(a.analysis!.params.total.value, 656188416);
    assert.equal(a.spec!.model!.hidden.source.kind, 'fact');
    assert.ok(!a.spec!.training.finetune?.value);
  });

  it("run_mlm.py's `--model_type bert`: BertConfig's defaults, bert-base-uncased's shapes, its intermediate_size kept where only the width is overridden; a key that sets no shape said; another model_type not guessed", () => {
    const bert = analyzeFile({ path: 'train.sh', text: 'python run_mlm.py --model_type bert --tokenizer_name bert-base-uncased --do_train\n' });
    assert.equal(bert.spec!.model!.hidden.value, 768);
    assert.equal(bert.spec!.model!.layers.value, 12);
    const small = analyzeFile({
      path: 'train.sh',
      text: 'python run_mlm.py --model_type bert --config_overrides "hidden_size=512,num_attention_heads=8,hidden_dropout_prob=0.2" --do_train\n',
    });
    assert.deepEqual([small.spec!.model!.hidden.value, small.spec!.model!.ffnWidth.value], [512, 3072]);
    const said = small.findings.find((f) => f.message.id === 'launcher.configOverridesUnread');
    assert.equal(said?.message.args?.['keys'], 'hidden_dropout_prob');
    const llama = analyzeFile({ path: 'train.sh', text: 'python run_clm.py --model_type llama --config_overrides "hidden_size=512" --do_train\n' });
    assert.equal(llama.analysis, undefined);
  });
});

describe('job files whose commands are a list of lines, and project runners', () => {
  it("dstack's `commands:` written one command an item (`- pip install uv`, `- uv run train.py …`): read as the script they make, `uv run train.py` as `python train.py`, each flag where the file writes it", () => {
    const text = [
      'type: task',
      'commands:',
      '  - pip install uv',
      '  - uv run train.py --model_name_or_path Qwen/Qwen2.5-0.5B --learning_rate 1e-4 --per_device_train_batch_size 4',
      'resources:',
      '  gpu:',
      '    count: 1',
      '',
    ].join('\n');
    const a = analyzeFile({ path: 'train.dstack.yml', text });
    assert.equal(a.analysis!.params.total.value, 494032768);
    assert.equal(a.spec!.training.microBatch?.value, 4);
    const at = a.spec!.training.microBatch!.source as { range: { start: number; end: number } };
    assert.equal(text.slice(at.range.start, at.range.end), '4');
    const facts = readConfig({ path: 'run.sh', text: 'uv run train.py --lr 1e-4\n' }).facts;
    assert.deepEqual(
      facts.filter((f) => f.path[0] === '@command').map((f) => f.value),
      ['python', 'train.py'],
    );
  });

  it("FastChat's train_lora.py with --q_lora True: LoRA (its LoraArguments' q_proj and v_proj, alpha 16) on a 4-bit NF4 base with double quantization", () => {
    const text = [
      'deepspeed fastchat/train/train_lora.py \\',
      '    --model_name_or_path meta-llama/Llama-2-7b-hf \\',
      '    --lora_r 16 \\',
      '    --q_lora True \\',
      '    --per_device_train_batch_size 2 \\',
      '    --model_max_length 2048',
      '',
    ].join('\n');
    const a = analyzeFile({ path: 'train_lora.sh', text });
    // (32 layers × 16 × (4,096 + 4,096) for each of q and v.)
    assert.equal(a.analysis!.method.trainable.value, 32 * 16 * 8192 * 2);
    assert.equal(a.spec!.training.quantization!.value, 'nf4-dq');
    assert.equal(a.spec!.training.adapter!.alpha!.value, 16);
  });
});
