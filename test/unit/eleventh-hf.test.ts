/**
 * The eleventh gathering's Hugging Face configs that were refused (survey/eleventh/hf, SOURCES.tsv there): MiniMind2's own
 * LMConfig keys; vision-language wrappers in remote code whose language model is a family this version reads (MiniCPM-V 2.6,
 * VideoLLaMA3, LLaVA-OneVision-1.5, AndesVL); Gemma 4. Each count is written out again here from the shapes the modelling
 * code builds.
 */
import { strict as assert } from 'node:assert';
import { analyzeFile } from '../../src/core/pipeline';
import { analyzeFixture, fixtureText } from './helpers/fixtures';

const HF = 'survey/eleventh/hf';
const file = (name: string) => `${HF}/${name}`;
const json = (name: string) => JSON.parse(fixtureText(file(name))) as Record<string, unknown>;
const analyzeJson = (j: unknown) => analyzeFile({ path: 'config.json', text: JSON.stringify(j) });
const errors = (r: ReturnType<typeof analyzeFile>) => r.findings.filter((f) => f.severity === 'error');

describe('MiniMind (model_type minimind: LMConfig keys, MiniMindLM)', () => {
  const name = '276-minimind2-104m-dense-custom-config.json';

  it("MiniMind2: 104,030,976, its README's 104M (bias-free GQA and SwiGLU, the embedding and output one tensor)", () => {
    const r = analyzeFixture(file(name));
    assert.deepEqual(errors(r), []);
    const p = r.analysis!.params;
    const [h, L, a, g, f, V] = [768, 16, 8, 2, 2048, 6400];
    const d = h / a;
    const layer = h * a * d + 2 * h * g * d + a * d * h + 3 * h * f + 2 * h;
    assert.equal(p.layerGroups[0]!.each, layer);
    assert.equal(p.outputHead.value, 0);
    assert.equal(p.total.value, L * layer + V * h + h);
    assert.equal(p.total.value, 104030976);
  });

  it('MiniMind2-MoE (use_moe, hidden_dim null): four routed experts and one shared of multiple_of-rounded 8h/3, a bare gate: 145,029,760', () => {
    const c = { ...json(name), dim: 640, n_layers: 8, hidden_dim: null, use_moe: true };
    const r = analyzeJson(c);
    assert.deepEqual(errors(r), []);
    const p = r.analysis!.params;
    const [h, L, a, g, V, E, k] = [640, 8, 8, 2, 6400, 4, 2];
    const f = 64 * Math.ceil(Math.floor((8 * h) / 3) / 64);
    assert.equal(f, 1728);
    const d = h / a;
    const attn = h * a * d + 2 * h * g * d + a * d * h;
    const layer = attn + (E + 1) * 3 * h * f + E * h + 2 * h;
    assert.equal(p.total.value, L * layer + V * h + h);
    assert.equal(p.total.value, 145029760);
    assert.equal(p.active.value, p.total.value - L * (E - k) * 3 * h * f);
  });

  it("the later MiniMindConfig (hidden_size, model_minimind.py's MiniMindForCausalLM) is refused by name, not read as LMConfig's", () => {
    const r = analyzeJson({ architectures: ['MiniMindForCausalLM'], model_type: 'minimind', hidden_size: 768, num_hidden_layers: 8, vocab_size: 6400 });
    assert.equal(r.analysis, undefined);
    assert.ok(errors(r).some((f) => f.message.id === 'recognize.unsupportedVariant'));
  });
});
