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

/** SigLIP's tower (modeling_siglip.py, MiniCPM-V's navit copy): the biased patch conv, n positions, L pre-norm blocks, post LN. */
const siglipTower = (c: number, p: number, hv: number, fv: number, L: number, positions: number) =>
  c * p * p * hv + hv + positions * hv + L * (4 * hv + 4 * (hv * hv + hv) + 2 * hv * fv + fv + hv) + 2 * hv;
/** A Qwen2 / Qwen2.5 decoder layer (q/k/v biased) and a Qwen3 one (q_norm, k_norm over the head, no biases). */
const qwen2Layer = (h: number, a: number, g: number, d: number, f: number) => h * a * d + a * d + 2 * (h * g * d + g * d) + a * d * h + 3 * h * f + 2 * h;
const qwen3Layer = (h: number, a: number, g: number, d: number, f: number) => h * a * d + 2 * h * g * d + a * d * h + 2 * d + 3 * h * f + 2 * h;

describe('vision-language wrappers in remote code: the language model from its family, the tower where the file sizes it', () => {
  it('MiniCPM-V 2.6 (minicpmv, version 2.6): Qwen2-7B with 151,666 tokens, SigLIP-400M over 70² positions, the Resampler: 8,099,175,152 (openbmb/MiniCPM-V-2_6)', () => {
    const r = analyzeFixture(file('244-minicpmv26-scicore-omics-gene-module-config.json'));
    assert.deepEqual(errors(r), []);
    const p = r.analysis!.params;
    const [h, V] = [3584, 151666];
    const lm = 28 * qwen2Layer(h, 28, 4, 128, 18944) + 2 * V * h + h;
    const tower = siglipTower(3, 14, 1152, 4304, 27, (980 / 14) ** 2);
    const resampler = 64 * h + 1152 * h + 4 * h * h + 4 * h + 6 * h + h * h;
    assert.equal(p.vision.value, tower + resampler);
    assert.equal(p.total.value, lm + tower + resampler);
    assert.equal(p.total.value, 8099175152);
    assert.equal(p.active.value, lm);
    // Scicore-Omics's gene module (gene_config, use_gene_module) is its remote code's own: said, not counted.
    const gene = r.findings.find((f) => f.message.id === 'recognize.partNotCounted');
    assert.equal(gene?.severity, 'warning');
    assert.equal(gene?.message.args?.key, 'gene_config');
  });

  it('MiniCPM-V: drop_vision_last_layer drops one SigLIP layer; another version of the model_type is refused by its version', () => {
    const c = json('244-minicpmv26-scicore-omics-gene-module-config.json');
    const dropped = analyzeJson({ ...c, drop_vision_last_layer: true }).analysis!.params;
    assert.equal(8099175152 - dropped.total.value, 4 * 1152 + 4 * (1152 * 1152 + 1152) + 2 * 1152 * 4304 + 4304 + 1152);
    const v25 = analyzeJson({ ...c, version: 2.5 });
    assert.equal(v25.analysis, undefined);
    assert.ok(errors(v25).some((f) => f.message.id === 'recognize.unsupportedVariant'));
  });

  it('VideoLLaMA3 (videollama3_qwen2): Qwen2.5-7B, the SigLIP-style encoder without a position table, the mlp2x_gelu projector: 8,044,744,944', () => {
    const r = analyzeFixture(file('246-videollama3-qwen2-7b-cogstream-config.json'));
    assert.deepEqual(errors(r), []);
    const p = r.analysis!.params;
    const [h, hv, V] = [3584, 1152, 152064];
    const lm = 28 * qwen2Layer(h, 28, 4, 128, 18944) + 2 * V * h + h;
    assert.equal(lm, 7615616512);
    const encoder = siglipTower(3, 14, hv, 4304, 27, 0);
    const projector = hv * h + h + h * h + h;
    assert.equal(p.vision.value, encoder + projector);
    assert.equal(p.total.value, 8044744944);
    const none = analyzeJson({ ...json('246-videollama3-qwen2-7b-cogstream-config.json'), mm_projector_type: 'spatial_pool' });
    assert.ok(errors(none).some((f) => f.message.id === 'recognize.unsupportedVariant'));
  });

  it('LLaVA-OneVision-1.5-8B (no model_type; LLaVAOneVision1_5_ForConditionalGeneration): Qwen3-8B and RICE-ViT with its class token and merger: 8,527,214,624', () => {
    const r = analyzeFixture(file('245-llava-onevision-1.5-8b-instruct-ads-config.json'));
    assert.deepEqual(errors(r), []);
    const p = r.analysis!.params;
    const [h, V, hv, fv] = [4096, 151936, 1024, 4096];
    const lm = 36 * qwen3Layer(h, 32, 8, 128, 12288) + 2 * V * h + h;
    assert.equal(lm, 8190735360);
    const M = hv * 4;
    const block = 4 * hv + 4 * (hv * hv + hv) + 2 * hv * fv + fv + hv;
    const rice = 3 * 14 * 14 * hv + hv + 64 / 2 + 2 * hv + 24 * block + 2 * hv + M * M + M + M * h + h;
    assert.equal(p.vision.value, rice);
    assert.equal(p.total.value, 8527214624);
    assert.equal(p.active.value, lm);
  });

  it('AndesVL (andesvl-aimv2-qwen3, unknown as a whole): Qwen3-0.6B from text_config, 596,049,920; its AIMv2 tower said, not counted', () => {
    const r = analyzeFixture(file('275-andesvl-aimv2-qwen3-0.6b-config.json'));
    assert.deepEqual(errors(r), []);
    const p = r.analysis!.params;
    assert.equal(p.total.value, 28 * qwen3Layer(1024, 16, 8, 128, 3072) + 151936 * 1024 + 1024);
    assert.equal(p.total.value, 596049920);
    assert.ok(r.findings.some((f) => f.message.id === 'recognize.wrapperText' && f.message.args?.text === 'qwen3'));
    const tower = r.findings.find((f) => f.message.id === 'recognize.partNotCounted');
    assert.deepEqual([tower?.severity, tower?.message.args?.key, tower?.message.args?.sub], ['warning', 'vision_config', 'aimv2']);
  });

  it('the general rule: a SigLIP vision_config is counted as its tower alone, the connector said as not counted', () => {
    const c = json('275-andesvl-aimv2-qwen3-0.6b-config.json');
    const r = analyzeJson({
      ...c,
      vision_config: { model_type: 'siglip_vision_model', hidden_size: 1152, intermediate_size: 4304, num_hidden_layers: 27, patch_size: 14, image_size: 384 },
    });
    assert.deepEqual(errors(r), []);
    assert.equal(r.analysis!.params.vision.value, siglipTower(3, 14, 1152, 4304, 27, Math.floor(384 / 14) ** 2));
    assert.ok(r.findings.some((f) => f.message.id === 'recognize.connectorNotCounted'));
    assert.equal(
      r.findings.some((f) => f.message.id === 'recognize.partNotCounted'),
      false,
    );
  });

  it('a wrapper whose sub-config names no family this version reads stays refused, naming its model_type', () => {
    const c = json('275-andesvl-aimv2-qwen3-0.6b-config.json');
    const r = analyzeJson({ ...c, text_config: { ...(c.text_config as object), model_type: 'madeup_lm' } });
    assert.equal(r.analysis, undefined);
    assert.ok(errors(r).some((f) => f.message.id === 'recognize.unsupportedModelType'));
  });
});
