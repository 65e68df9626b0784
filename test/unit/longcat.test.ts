/**
 * LongCat-Flash (model_type longcat_flash, LongcatFlashForCausalLM): Meituan's 560B MoE, read from its config.json
 * (survey/fortyninth/hf/943, mlx-community's copy of LongCat-Flash-Chat's). Each of its 28 layers holds two MLA attentions,
 * two dense SwiGLU MLPs and one MoE whose router also chooses among 256 zero (identity) experts. Written out again here from
 * transformers' modeling_longcat_flash.py; the model card gives 560B total and 18.6B–31.3B active (~27B on average).
 */
import { strict as assert } from 'node:assert';
import { analyzeFiles } from '../../src/core/pipeline';
import { analyzeParams } from '../../src/core/analysis/params';
import { catalogueModel } from '../../src/core/recognize/hf';
import type { Sourced } from '../../src/core/types';
import { analyzeFixture, errorsOf, fixtureText } from './helpers/fixtures';

const CHAT = 'survey/fortyninth/hf/943-mlx-community-longcat-flash-chat-bf16.json';
const [h, a, V, L] = [6144, 64, 131072, 28];
// LongcatFlashMLA: q_a_proj, q_a_layernorm, q_b_proj (64 heads of 128 + 64), kv_a_proj_with_mqa (512 + 64), kv_a_layernorm,
// kv_b_proj (64 × (128 + 128)), o_proj; no biases (attention_bias false).
const mla = h * 1536 + 1536 + 1536 * a * 192 + h * (512 + 64) + 512 + 512 * a * 256 + a * 128 * h;
const mlp = (f: number) => 3 * h * f;
// Per layer: two attentions, two dense MLPs of 12,288, four RMSNorms, the MoE's 512 experts of 2,048, its router (a linear of
// 512 + 256 rows) and its score-correction bias (one per choice).
const router = h * 768 + 768;
const layer = 2 * mla + 2 * mlp(12288) + 4 * h + 512 * mlp(2048) + router;

describe('LongCat-Flash (longcat_flash: double layers, a shortcut MoE with zero experts)', () => {
  it("LongCat-Flash-Chat: 28 double layers, 512 experts and 256 zero experts: 560,664,980,480, the model card's 560B", () => {
    const r = analyzeFixture(CHAT);
    assert.deepEqual(errorsOf(r), []);
    const p = r.analysis!.params;
    assert.equal(p.total.value, 2 * V * h + L * layer + h);
    assert.equal(p.total.value, 560664980480);
    // Counted as 56 layers: the MoE beside every second, whose dense MLP stands as its shared expert.
    const m = r.spec!.model!;
    assert.equal(m.layers.value, 56);
    assert.deepEqual(m.moe!.layers.value.slice(0, 3), [1, 3, 5]);
    assert.equal(m.moe!.layers.value.length, 28);
  });

  it('active per token: 8 real experts expected of the top 12 among 512 + 256, about the ~27B the report gives', () => {
    const r = analyzeFixture(CHAT);
    const p = r.analysis!.params;
    const m = r.spec!.model!;
    assert.equal(m.moe!.topK.value, 8);
    const active = 2 * V * h + L * (2 * mla + 2 * mlp(12288) + 4 * h + 8 * mlp(2048) + router) + h;
    assert.equal(p.active.value, active);
    assert.equal(p.active.value, 27954818048);
    // Without the embedding table (the report counts the head, not the lookup): 27.1B, within its 18.6B–31.3B.
    const withoutLookup = p.active.value - V * h;
    assert.ok(withoutLookup > 18.6e9 && withoutLookup < 31.3e9 && Math.abs(withoutLookup - 27e9) < 0.5e9);
  });

  it('without zero experts the router has 512 rows and every one of the 12 chosen is an expert', () => {
    const c = JSON.parse(fixtureText(CHAT)) as Record<string, unknown>;
    const [run] = analyzeFiles([{ path: 'config.json', text: JSON.stringify({ ...c, zero_expert_num: 0 }) }]);
    const p = run!.analysis!.params;
    assert.equal(p.total.value, 560664980480 - L * 256 * (h + 1));
    assert.equal(run!.spec!.model!.moe!.topK.value, 12);
  });

  it('LoRA on all linear layers wraps the routers (768 rows) but not the experts, which are stacked parameters', () => {
    const [run] = analyzeFiles([
      { path: 'run/config.json', text: fixtureText(CHAT) },
      {
        path: 'run/adapter_config.json',
        text: JSON.stringify({ peft_type: 'LORA', base_model_name_or_path: './run', r: 8, target_modules: 'all-linear' }),
      },
    ]);
    const r = 8;
    const lora = (i: number, o: number) => r * (i + o);
    const attention = lora(h, 1536) + lora(1536, a * 192) + lora(h, 576) + lora(512, a * 256) + lora(a * 128, h);
    const dense = 2 * lora(h, 12288) + lora(12288, h);
    assert.equal(run!.analysis!.method.trainable.value, 56 * (attention + dense) + L * lora(h, 768));
  });

  it('by name (the catalogue holds its config): the same 560,664,980,480', () => {
    const given: Sourced<string> = { value: 'meituan-longcat/LongCat-Flash-Chat', source: { kind: 'override', reason: { id: 'prov.whatIf', args: {} } } };
    const { model } = catalogueModel(given);
    assert.equal(analyzeParams(model!).total.value, 560664980480);
  });
});
