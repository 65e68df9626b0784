/**
 * Persimmon (model_type persimmon) and Fuyu (fuyu, FuyuForCausalLM), Adept's: Fuyu-8B's config.json (survey/fortyfifth/hf/901,
 * copied from adept/fuyu-8b) is Persimmon-8B's language model with its keys at the top, and one linear that takes each raw
 * 30 × 30 × 3 image patch to the text width. Written out again here from modeling_persimmon.py and modeling_fuyu.py; the Hub
 * gives 9.41B for adept/fuyu-8b.
 */
import { strict as assert } from 'node:assert';
import { analyzeFiles } from '../../src/core/pipeline';
import { analyzeFixture, errorsOf, fixtureText } from './helpers/fixtures';

const FUYU = 'survey/fortyfifth/hf/901-fuyu-8b.config.json';
const [h, f, L, V, d] = [4096, 16384, 36, 262144, 64];
// PersimmonDecoderLayer: query_key_value h → 3h and dense h → h, both biased; q_layernorm and k_layernorm (a weight and a bias
// of head_dim each); dense_h_to_4h and dense_4h_to_h, biased (relu2, no gate); two LayerNorms with bias.
const layer = h * 3 * h + 3 * h + h * h + h + 2 * 2 * d + h * f + f + f * h + h + 2 * 2 * h;
const language = V * h + L * layer + 2 * h + V * h;

describe('Persimmon and Fuyu (Adept: biased q/k LayerNorms per head; image patches through one linear)', () => {
  it("Fuyu-8B: Persimmon-8B's 36 layers and 262,144 rows untied, and vision_embed_tokens 2,700 → 4,096: 9,408,238,592, the Hub's 9.41B", () => {
    const r = analyzeFixture(FUYU);
    assert.deepEqual(errorsOf(r), []);
    const p = r.analysis!.params;
    assert.equal(p.total.value, language + 30 * 30 * 3 * h + h);
    assert.equal(p.total.value, 9408238592);
    // The patches' linear runs on image patches, not on text tokens.
    assert.equal(p.active.value, language);
    assert.ok(r.findings.some((x) => x.message.id === 'recognize.fuyuPatches'));
  });

  it('Persimmon alone (PersimmonForCausalLM): the language model; qk_layernorm false leaves out the 4 × 64 per layer', () => {
    const c = JSON.parse(fixtureText(FUYU)) as Record<string, unknown>;
    const persimmon = { ...c, model_type: 'persimmon', architectures: ['PersimmonForCausalLM'] };
    const [on, off] = analyzeFiles([
      { path: 'a/config.json', text: JSON.stringify(persimmon) },
      { path: 'b/config.json', text: JSON.stringify({ ...persimmon, qk_layernorm: false }) },
    ]);
    assert.equal(on!.analysis!.params.total.value, language);
    assert.equal(off!.analysis!.params.total.value, language - L * 4 * d);
  });

  it('LoRA of r 8 on all linear layers: the fused query_key_value, dense, the MLP, and the patches’ linear', () => {
    const [run] = analyzeFiles([
      { path: 'run/config.json', text: fixtureText(FUYU) },
      { path: 'run/adapter_config.json', text: JSON.stringify({ peft_type: 'LORA', base_model_name_or_path: './run', r: 8, target_modules: 'all-linear' }) },
    ]);
    const lora = (i: number, o: number) => 8 * (i + o);
    assert.equal(run!.analysis!.method.trainable.value, L * (lora(h, 3 * h) + lora(h, h) + lora(h, f) + lora(f, h)) + lora(2700, h));
  });
});
