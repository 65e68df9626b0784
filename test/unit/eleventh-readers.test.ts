/**
 * Readers the eleventh survey (test/fixtures/survey/eleventh) showed wrong: each file read as `compute-budget report FILE`
 * reads it, and its count taken apart from the shapes the modelling code builds.
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { analyzeFile, analyzeFiles, type FileAnalysis } from '../../src/core/pipeline';
import { analyze, collectSetup } from '../../src/core/engine';
import { nodeFs } from '../../src/cli/main';
import { extractShell } from '../../src/core/extract/shell';
import { analyzeFixture, FIXTURES, fixtureText } from './helpers/fixtures';

const SURVEY = 'survey/eleventh';

/** One file as the CLI reads it: the files it references and the model it names joined. */
async function report(rel: string): Promise<FileAnalysis> {
  const read = await collectSetup(nodeFs, { files: [join(FIXTURES, SURVEY, rel)] });
  return analyze(read.inputs)[0]!;
}

describe('eleventh survey: Megatron-DeepSpeed', () => {
  const file = 'train/272-megatron-deepspeed-gpt-345m-gqa-tp2-heredoc-ds.sh';

  it('--num-key-value-heads 4 (Megatron-DeepSpeed arguments.py) groups the keys and values: 165,623,808', async () => {
    const a = await report(file);
    const model = a.spec!.model!;
    assert.equal(model.kvHeads.value, 4);
    assert.equal(model.kvHeads.source.kind, 'fact');
    // 24 layers of h 1024 (16 heads of 64, 4 KV heads), a biased QKV h → h + 2·256, the biased dense, a biased MLP of 1024 and
    // two LayerNorms; GPT-2's BPE padded to 50,432 (128 × TP 2), 512 learned positions, the final LayerNorm; the head tied.
    const h = 1024;
    const layer = h * (h + 2 * 256) + h + 2 * 256 + h * h + h + 2 * (h * h) + h + h + 4 * h;
    assert.equal(a.analysis!.params.total.value, 24 * layer + 50432 * h + 512 * h + 2 * h);
    assert.equal(a.analysis!.params.total.value, 165623808);
  });
});

describe('eleventh survey: a DeepSpeed config the launch script writes by a heredoc', () => {
  const file = 'train/272-megatron-deepspeed-gpt-345m-gqa-tp2-heredoc-ds.sh';
  const text = fixtureText(`${SURVEY}/${file}`);

  it('`cat <<EOT > $DS_CONFIG` … `EOT`: its JSON read where the script writes it, each value where it was written', () => {
    const facts = extractShell(file, text).facts.filter((f) => f.path[0] === '@heredoc');
    const at = (...path: string[]) => facts.find((f) => f.path.slice(2).join('.') === path.join('.'));
    // The file's name is $DS_CONFIG's value; the body's $GLOBAL_BATCH_SIZE, $MICRO_BATCH_SIZE and $ZERO_STAGE expanded.
    assert.ok(facts.every((f) => f.path[1] === './ds_config_zero1.json'));
    assert.equal(at('train_batch_size')?.value, 32);
    assert.equal(at('train_micro_batch_size_per_gpu')?.value, 4);
    assert.equal(at('zero_optimization', 'stage')?.value, 1);
    assert.equal(at('bf16', 'enabled')?.value, true);
    // A value from a variable points at its assignment (ZERO_STAGE=1), a literal one into the heredoc.
    const stage = at('zero_optimization', 'stage')!;
    assert.equal(text.slice(stage.valueRange.start - 'ZERO_STAGE='.length, stage.valueRange.end), 'ZERO_STAGE=1');
    const steps = at('steps_per_print')!;
    assert.equal(text.slice(steps.keyRange.start, steps.valueRange.end), '"steps_per_print": 1');
  });

  it('the config --deepspeed_config names is the one written: read with the launch, not reported missing', async () => {
    const a = await report(file);
    assert.equal(
      a.findings.some((f) => f.message.id === 'setup.referenceMissing'),
      false,
    );
    assert.equal(a.spec!.training.zeroStage?.value, 1);
    assert.equal(a.spec!.training.globalBatch?.value, 32);
  });

  it('a quoted delimiter keeps the body as written (no expansion): $VAR is then no JSON value, and nothing is read', () => {
    const quoted = text.replace('cat <<EOT > $DS_CONFIG', "cat <<'EOT' > $DS_CONFIG");
    assert.equal(extractShell(file, quoted).facts.filter((f) => f.path[0] === '@heredoc').length, 0);
  });
});

describe("eleventh survey: Mistral's own params.json (mistral-inference TransformerArgs)", () => {
  const file = 'hf/249-mistral-devstral-small-2507-params.json';
  const params = () => JSON.parse(fixtureText(`${SURVEY}/${file}`)) as Record<string, unknown>;
  const read = (json: unknown) => analyzeFile({ path: 'params.json', text: JSON.stringify(json) });
  // Devstral Small 1.1 (Mistral Small 3.1's text model): 40 layers of dim 5120, 32 query heads and 8 KV heads of head_dim 128,
  // a SwiGLU FeedForward of hidden_dim 32,768, two RMSNorms; 131,072 tokens, the output head untied; the final RMSNorm.
  const h = 5120;
  const attention = h * 32 * 128 * 2 + h * 8 * 128 * 2;
  const ffn = 3 * h * 32768;

  it('Devstral Small 2507: Llama-style layers of SwiGLU and RMSNorm, untied, 23,572,403,200 (the model card: 24B)', async () => {
    const a = await report(file);
    assert.equal(a.spec!.family, 'mistral');
    const m = a.spec!.model!;
    assert.equal(m.ffnKind.value, 'gated');
    assert.equal(m.ffnWidth.value, 32768);
    assert.equal(m.norm.value, 'rmsnorm');
    assert.equal(m.headDim.value, 128);
    assert.equal(m.tiedEmbeddings.value, false);
    assert.equal(m.tiedEmbeddings.source.kind, 'derived');
    assert.equal(a.analysis!.params.total.value, 40 * (attention + ffn + 2 * h) + 2 * 131072 * h + h);
    assert.equal(a.analysis!.params.total.value, 23572403200);
    // No guessed mapping any more.
    assert.equal(
      a.findings.some((f) => f.ruleId === 'guessed-mapping'),
      false,
    );
  });

  it('moe {num_experts, num_experts_per_tok}: every FeedForward as that many experts under a bias-free gate; tied_embeddings ties the head', () => {
    const moe = read({ ...params(), moe: { num_experts: 8, num_experts_per_tok: 2 } });
    assert.equal(moe.analysis!.params.total.value, 40 * (attention + 8 * ffn + h * 8 + 2 * h) + 2 * 131072 * h + h);
    assert.equal(moe.analysis!.params.active.value, 40 * (attention + 2 * ffn + h * 8 + 2 * h) + 2 * 131072 * h + h);
    const tied = read({ ...params(), tied_embeddings: true });
    assert.equal(tied.analysis!.params.total.value, 23572403200 - 131072 * h);
  });

  it("vision_encoder: Pixtral's tower and adapter, as Mistral Small 3.1's params.json writes them, count as its config.json does (24,011,361,280)", () => {
    const vision = {
      hidden_size: 1024,
      num_channels: 3,
      image_size: 1540,
      patch_size: 14,
      rope_theta: 10000.0,
      intermediate_size: 4096,
      num_hidden_layers: 24,
      num_attention_heads: 16,
      adapter_bias: false,
      mm_projector_id: 'patch_merge',
      spatial_merge_size: 2,
      add_pre_mm_projector_layer_norm: true,
      image_token_id: 10,
    };
    const a = read({ ...params(), vision_encoder: vision });
    const hf = analyzeFixture('hf_config_handwritten/mistral-small-3.1-24b-instruct-2503.config.json');
    assert.equal(a.analysis!.params.total.value, hf.analysis!.params.total.value);
    assert.equal(a.analysis!.params.total.value, 24011361280);
    // Pixtral-12B's first form: no norm before the adapter, no patch merger, a biased adapter.
    const plain = read({ ...params(), vision_encoder: { ...vision, adapter_bias: true, mm_projector_id: '', add_pre_mm_projector_layer_norm: false } });
    const hv = 1024;
    const tower = 3 * 14 * 14 * hv + hv + 24 * (2 * hv + 4 * hv * hv + 3 * hv * 4096);
    assert.equal(plain.analysis!.params.total.value, 23572403200 + tower + hv * h + h + h * h + h);
  });

  it("a newer layout (Mistral Large 3's MLA, shared experts) is refused at its key, not read as DeepSeek's", () => {
    const mla = read({ ...params(), kv_lora_rank: 512, q_lora_rank: 1536 });
    assert.equal(mla.analysis, undefined);
    assert.ok(mla.findings.some((f) => f.message.id === 'recognize.unsupportedVariant' && f.severity === 'error'));
    const shared = read({ ...params(), moe: { num_experts: 8, num_experts_per_tok: 2, num_shared_experts: 1 } });
    assert.ok(shared.findings.some((f) => f.message.id === 'recognize.unsupportedVariant' && f.message.args?.['key'] === 'moe.num_shared_experts'));
  });
});

describe("eleventh survey: Mistral params.json's sliding_window", () => {
  const params = () => JSON.parse(fixtureText(`${SURVEY}/hf/249-mistral-devstral-small-2507-params.json`)) as Record<string, unknown>;
  const read = (json: unknown) => analyzeFile({ path: 'params.json', text: JSON.stringify(json) });

  it('one number: every layer; a list: a window per layer, repeated over the layers (the smallest as the sliding ones)', () => {
    const one = read({ ...params(), sliding_window: 4096 });
    assert.equal(one.spec!.model!.slidingWindow?.value, 4096);
    assert.equal(one.spec!.model!.slidingWindowLayers?.value, 40);
    const list = read({ ...params(), sliding_window: [4096, 4096, 4096, 131072] });
    assert.equal(list.spec!.model!.slidingWindow?.value, 4096);
    assert.equal(list.spec!.model!.slidingWindowLayers?.value, 30);
    assert.equal(
      list.findings.some((f) => f.severity === 'error'),
      false,
    );
    assert.equal(list.analysis!.params.total.value, 23572403200);
  });
});

describe("eleventh survey: LoRA on a hybrid's linear attention (Qwen3.5's Gated DeltaNet) and state-space mixers", () => {
  const adapter = () => JSON.parse(fixtureText(`${SURVEY}/train/250-peft-qwen35-4b-lora8-linear-attn-adapter_config.json`)) as Record<string, unknown>;
  /** An adapter beside a base model's config.json, as one folder. */
  const withBase = (base: string, changes: Record<string, unknown>) =>
    analyzeFiles([
      { path: 'run/config.json', text: fixtureText(base) },
      { path: 'run/adapter_config.json', text: JSON.stringify({ ...adapter(), base_model_name_or_path: './run', ...changes }) },
    ])[0]!;

  it("PEFT's saved names linear_attn.in_proj_qkv, in_proj_z, in_proj_a, in_proj_b, out_proj are Qwen3_5GatedDeltaNet's linears: Qwen3.5-4B r 8, 16,232,448", async () => {
    const a = await report('train/250-peft-qwen35-4b-lora8-linear-attn-adapter_config.json');
    const m = a.spec!.model!;
    const x = m.hybrid!.ssm!;
    assert.equal(x.splitProjections?.value, true);
    // 32 layers of h 2560, every 4th full attention (8), the others Gated DeltaNet (24): 16 key heads and 32 value heads of 128
    // (key_dim 2048, value_dim 4096); the attention 16 heads and 4 KV heads of 256, its q_proj h → 2·16·256 (query and output
    // gate); every layer an MLP of 9216. LoRA r 8 adds 8·(in + out) per linear:
    //   attention  q 8·(2560 + 8192) + k, v 8·(2560 + 1024) each + o 8·(4096 + 2560) = 196,608, × 8 = 1,572,864
    //   MLP        gate, up, down 8·(2560 + 9216) each = 282,624, × 32 = 9,043,968
    //   DeltaNet   in_proj_qkv 8·(2560 + 2·2048 + 4096) + in_proj_z 8·(2560 + 4096) + in_proj_b, in_proj_a 8·(2560 + 32) each
    //              + out_proj 8·(4096 + 2560) = 233,984, × 24 = 5,615,616
    const h = m.hidden.value;
    const kd = x.groups.value * x.stateDim.value;
    const d = x.inner.value;
    const nv = x.heads.value;
    assert.deepEqual([h, kd, d, nv], [2560, 2048, 4096, 32]);
    assert.deepEqual([m.heads.value, m.kvHeads.value, m.headDim.value, m.ffnWidth.value], [16, 4, 256, 9216]);
    const attention = 8 * 8 * (h + 2 * 16 * 256 + 2 * (h + 4 * 256) + (16 * 256 + h));
    const mlp = 32 * 8 * 3 * (h + 9216);
    const deltaNet = 24 * 8 * (h + (2 * kd + d) + (h + d) + 2 * (h + nv) + (d + h));
    assert.deepEqual([attention, mlp, deltaNet], [1572864, 9043968, 5615616]);
    assert.equal(a.analysis!.method.trainable.value, attention + mlp + deltaNet);
    assert.equal(a.analysis!.method.trainable.value, 16232448);
    assert.equal(
      a.findings.some((f) => f.message.id === 'adapter.unknownModules' || f.message.id === 'adapter.missingRoles'),
      false,
    );
  });

  it('bare names from a user YAML (q_proj … in_proj_qkv … out_proj) on Qwen3.5-2B, r 32: 33,638,400, and r 32 is not below in_proj_a / in_proj_b (16 value heads)', async () => {
    const a = await report('train/251-own-yaml-qwen35-2b-qlora-nf4-r32.yaml');
    const m = a.spec!.model!;
    const x = m.hybrid!.ssm!;
    const [h, kd, d, nv] = [m.hidden.value, x.groups.value * x.stateDim.value, x.inner.value, x.heads.value];
    assert.deepEqual([h, kd, d, nv], [2048, 2048, 2048, 16]);
    assert.deepEqual([m.heads.value, m.kvHeads.value, m.headDim.value, m.ffnWidth.value], [8, 2, 256, 6144]);
    // 24 layers of h 2048: 6 full attention (8 heads, 2 KV heads of 256; q_proj h → 2·8·256 with its gate), 18 Gated DeltaNet
    // (key_dim 2048, value_dim 2048, 16 value heads); every layer an MLP of 6144. LoRA r 32:
    //   attention  q 32·(2048 + 4096) + k, v 32·(2048 + 512) each + o 32·(2048 + 2048) = 491,520, × 6 = 2,949,120
    //   MLP        gate, up, down 32·(2048 + 6144) each = 786,432, × 24 = 18,874,368
    //   DeltaNet   in_proj_qkv 32·(2048 + 6144) + in_proj_z 32·(2048 + 2048) + in_proj_b, in_proj_a 32·(2048 + 16) each
    //              + out_proj 32·(2048 + 2048) = 656,384, × 18 = 11,814,912
    const attention = 6 * 32 * (h + 2 * 8 * 256 + 2 * (h + 2 * 256) + (8 * 256 + h));
    const mlp = 24 * 32 * 3 * (h + 6144);
    const deltaNet = 18 * 32 * (h + (2 * kd + d) + (h + d) + 2 * (h + nv) + (d + h));
    assert.deepEqual([attention, mlp, deltaNet], [2949120, 18874368, 11814912]);
    assert.equal(a.analysis!.method.trainable.value, attention + mlp + deltaNet);
    assert.equal(a.analysis!.method.trainable.value, 33638400);
    assert.ok(a.findings.some((f) => f.message.id === 'adapter.rankOverWidth' && f.message.args?.['features'] === 16));
  });

  it('all-linear on Qwen3.5 takes the DeltaNet linears too (every linear 250 names) and, on Qwen3_5ForConditionalGeneration, its vision tower: nothing reported missing', () => {
    const base = 'survey/ninth/hf/166-qwen3.5-9b.config.json';
    const all = withBase(base, { target_modules: 'all-linear' });
    const listed = withBase(base, {});
    // PEFT's all-linear takes every nn.Linear but lm_head: the Qwen3-VL-style tower's 27 blocks of h_v 1152 (attn.qkv
    // 8·(1152 + 3456), attn.proj 8·(1152 + 1152), mlp.linear_fc1 and linear_fc2 8·(1152 + 4304) each = 142,592) and the patch
    // merger (M = 1152·2² = 4608: linear_fc1 8·(4608 + 4608), linear_fc2 8·(4608 + 4096) = 143,360) beside the language model.
    const tower = 27 * 8 * (1152 + 3456 + 2 * 1152 + 2 * (1152 + 4304)) + 8 * (2 * 4608 + 4608 + 4096);
    assert.equal(tower, 3993344);
    assert.equal(all.analysis!.method.vision?.params, tower);
    assert.equal(all.analysis!.method.trainable.value, listed.analysis!.method.trainable.value + tower);
    // Qwen3.5-9B: 32 layers of h 4096 (8 attention: 16 heads, 4 KV heads of 256; 24 DeltaNet: key_dim 2048, value_dim 4096,
    // 32 value heads), an MLP of 12288 in each; r 8.
    const h = 4096;
    const attention = 8 * 8 * (h + 2 * 16 * 256 + 2 * (h + 4 * 256) + (16 * 256 + h));
    const mlp = 32 * 8 * 3 * (h + 12288);
    const deltaNet = 24 * 8 * (h + (2 * 2048 + 4096) + (h + 4096) + 2 * (h + 32) + (4096 + h));
    assert.equal(all.analysis!.method.trainable.value, attention + mlp + deltaNet + tower);
    assert.equal(
      all.findings.some((f) => f.ruleId === 'adapter-settings' && f.message.id !== 'adapter.rankOverWidth'),
      false,
    );
  });

  it("Qwen3-Next's fused in_proj_qkvz and in_proj_ba are its names (Qwen3.5's split ones are not there)", () => {
    const base = 'hf_config_hybrid/qwen3-next-80b-a3b-instruct.config.json';
    const fused = withBase(base, { target_modules: ['in_proj_qkvz', 'in_proj_ba', 'out_proj'] });
    // 36 of 48 layers Gated DeltaNet (every 4th full attention), h 2048, key_dim 2048, value_dim 4096, 32 value heads; r 8.
    const [h, kd, d, nv] = [2048, 2048, 4096, 32];
    assert.equal(fused.analysis!.method.trainable.value, 36 * 8 * (h + (2 * kd + 2 * d) + (h + 2 * nv) + (d + h)));
    const split = withBase(base, { target_modules: ['in_proj_qkv', 'out_proj'] });
    assert.equal(split.analysis!.method.trainable.value, 36 * 8 * (d + h));
    assert.ok(split.findings.some((f) => f.message.id === 'adapter.missingRoles' && String(f.message.args?.['roles']).includes('in_proj_qkv')));
  });

  it("out_proj on a model without a hybrid's mixer is its attention's output (OPT, GPT-J): OPT-1.3B r 8, 2,359,296", () => {
    const opt = withBase('hf_config_2026/opt-1.3b.config.json', { target_modules: ['q_proj', 'v_proj', 'out_proj'] });
    // 24 layers of h 2048: q_proj, v_proj and out_proj 8·(2048 + 2048) each = 98,304, × 24.
    assert.equal(opt.analysis!.method.trainable.value, 24 * 3 * 8 * (2048 + 2048));
    assert.equal(opt.analysis!.method.trainable.value, 2359296);
    assert.equal(
      opt.findings.some((f) => f.ruleId === 'adapter-settings' && f.message.id !== 'adapter.noComputeDtype'),
      false,
    );
  });

  it('a regular expression reaches the mixer linears it names, or takes inside a mixer; `.*_proj` names none on a Llama', () => {
    const base = 'survey/ninth/hf/166-qwen3.5-9b.config.json';
    // Qwen3.5-9B's 24 DeltaNet layers (h 4096, key_dim 2048, value_dim 4096), r 8.
    const qkvOut = 24 * 8 * (4096 + (2 * 2048 + 4096) + (4096 + 4096));
    assert.equal(withBase(base, { target_modules: '.*\\.(in_proj_qkv|out_proj)' }).analysis!.method.trainable.value, qkvOut);
    assert.equal(withBase(base, { target_modules: '.*linear_attn\\.(in_proj_qkv|out_proj)' }).analysis!.method.trainable.value, qkvOut);
    const llama = withBase('hf_config/llama-3.1-8b.config.json', { target_modules: '.*_proj' });
    assert.deepEqual(llama.analysis!.method.unmatched, []);
    // 32 layers of h 4096 (32 heads, 8 KV heads of 128), an MLP of 14336: q, k, v, o, gate, up, down.
    assert.equal(llama.analysis!.method.trainable.value, 32 * 8 * (2 * (4096 + 4096) + 2 * (4096 + 1024) + 3 * (4096 + 14336)));
  });

  it("Mamba's in_proj, x_proj, dt_proj, out_proj (mamba-2.8b-hf: d_in 5120, N 16, Δ rank 160)", () => {
    const m = withBase('hf_config_hybrid/mamba-2.8b-hf.config.json', { target_modules: ['in_proj', 'x_proj', 'dt_proj', 'out_proj'] });
    const [h, d, N, R] = [2560, 5120, 16, 160];
    assert.equal(m.analysis!.method.trainable.value, 64 * 8 * (h + 2 * d + (d + R + 2 * N) + (R + d) + (d + h)));
  });
});

describe("eleventh survey: a PEFT target list reaches a VL model's vision tower", () => {
  const file = 'train/268-peft-qwen25-vl-7b-local-path-r8-adapter_config.json';
  const adapter = () => JSON.parse(fixtureText(`${SURVEY}/${file}`)) as Record<string, unknown>;

  it("gate_proj, up_proj, down_proj are also Qwen2.5-VL's vision MLPs (PEFT matches a list entry as a path suffix): Qwen2.5-VL-7B r 8, 23,794,688", async () => {
    const a = await report(file);
    const m = a.spec!.model!;
    const v = m.vision!;
    assert.deepEqual([v.kind, v.layers.value, v.hidden.value, v.ffnWidth.value], ['qwen2_5_vl', 32, 1280, 3420]);
    assert.deepEqual([m.layers.value, m.hidden.value, m.heads.value, m.kvHeads.value, m.ffnWidth.value], [28, 3584, 28, 4, 18944]);
    // The language model, 28 layers of h 3584 (28 heads, 4 KV heads of 128), an MLP of 18944; LoRA r 8 adds 8·(in + out):
    //   q 8·(3584 + 3584) + k, v 8·(3584 + 512) each + o 8·(3584 + 3584) + gate, up, down 8·(3584 + 18944) each = 720,896,
    //   × 28 = 20,185,088
    // the vision tower's 32 blocks (h_v 1280, its gated MLP of 3420): gate_proj, up_proj, down_proj 8·(1280 + 3420) each =
    //   112,800, × 32 = 3,609,600 (its attention is qkv and proj, which no entry names; the merger's mlp.0 and mlp.2 neither).
    const text = 28 * (8 * (3584 + 3584) * 2 + 8 * (3584 + 512) * 2 + 3 * 8 * (3584 + 18944));
    const vision = 32 * 3 * 8 * (1280 + 3420);
    assert.deepEqual([text, vision], [20185088, 3609600]);
    assert.equal(a.analysis!.method.vision?.params, vision);
    assert.equal(a.analysis!.method.trainable.value, text + vision);
    assert.equal(a.analysis!.method.trainable.value, 23794688);
  });

  it('a regular expression or a dotted entry of the language model does not reach it; layers_to_transform picks blocks by index too', () => {
    const analyzed = (changes: Record<string, unknown>) =>
      analyzeFiles([
        { path: 'run/config.json', text: fixtureText('hf_config_2025/qwen2.5-vl-7b-instruct.config.json') },
        { path: 'run/adapter_config.json', text: JSON.stringify({ ...adapter(), base_model_name_or_path: './run', ...changes }) },
      ])[0]!.analysis!.method;
    const text = 28 * 3 * 8 * (3584 + 18944);
    // PEFT's re.fullmatch of one string against each full path: the language model's MLPs alone.
    assert.equal(analyzed({ target_modules: '.*language_model.*\\.(gate_proj|up_proj|down_proj)' }).trainable.value, text);
    assert.equal(analyzed({ target_modules: ['mlp.gate_proj', 'mlp.up_proj', 'mlp.down_proj'] }).trainable.value, text + 32 * 3 * 8 * (1280 + 3420));
    // Qwen2.5-VL's vision qkv (h_v → 3·h_v) is no role of the language model, yet no unknown name: 32 × 8·(1280 + 3840).
    const qkv = analyzeFiles([
      { path: 'run/config.json', text: fixtureText('hf_config_2025/qwen2.5-vl-7b-instruct.config.json') },
      { path: 'run/adapter_config.json', text: JSON.stringify({ ...adapter(), base_model_name_or_path: './run', target_modules: ['qkv', 'q_proj'] }) },
    ])[0]!;
    assert.equal(qkv.analysis!.method.trainable.value, 28 * 8 * (3584 + 3584) + 32 * 8 * (1280 + 3840));
    assert.equal(
      qkv.findings.some((f) => f.message.id === 'adapter.unknownModules'),
      false,
    );
    // layers_to_transform [0, 1]: layers 0 and 1 of the language model and blocks 0 and 1 of the tower (PEFT reads the index
    // after the path's last name but one).
    assert.equal(analyzed({ layers_to_transform: [0, 1] }).trainable.value, 2 * 720896 + 2 * 112800);
  });
});
