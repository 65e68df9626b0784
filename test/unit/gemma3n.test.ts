/**
 * Gemma 3n (model_type gemma3n and gemma3n_text; transformers' modeling_gemma3n.py): the text model counted from the shapes
 * its config states, written out again here layer by layer; the vision and audio towers said as not counted. Published:
 * Ollama's 4.46B (E2B) and 6.87B (E4B) for the text-only GGUF, which keeps k and v for the KV-sharing layers (llama.cpp loads
 * 24 tensors for each of the 30 and 35 blocks: 727 and 847 tensors with the 7 outside them, the counts llama.cpp prints).
 */
import { strict as assert } from 'node:assert';
import { analyzeFile } from '../../src/core/pipeline';
import { analyzeParams } from '../../src/core/analysis/params';
import { catalogueModel } from '../../src/core/recognize/hf';
import type { Sourced } from '../../src/core/types';
import { analyzeFixture, errorsOf, fixtureText } from './helpers/fixtures';

const E2B = 'survey/fiftyninth/hf/993-gemma-3n-e2b-it-unsloth.config.json';
const json = () => JSON.parse(fixtureText(E2B)) as Record<string, Record<string, unknown>>;
const analyzeJson = (j: unknown) => analyzeFile({ path: 'config.json', text: JSON.stringify(j) });
const given = <T>(value: T): Sourced<T> => ({ value, source: { kind: 'override', reason: { id: 'prov.whatIf', args: {} } } });

/** The text model as transformers builds it, and the k, v and k_norm a checkpoint keeps for the KV-sharing layers. */
function gemma3nText(L: number, f: number, shared: number): { built: number; stored: number } {
  const [h, a, g, d, p, n, r, V, Vp] = [2048, 8, 2, 256, 256, 4, 64, 262400, 262144];
  const kv = 2 * h * g * d + d;
  const attention = h * a * d + a * d * h + d + kv;
  const mlp = 3 * h * f;
  const norms = 4 * h;
  const ple = h * p + p * h + h;
  const altUp = h + n * n + n * n * n + h * n + h;
  const laurel = h * r + r * h + h;
  const layer = attention + mlp + norms + ple + altUp + laurel;
  const model = V * h + Vp * L * p + h * L * p + p + 2 * (n - 1) * h * h + h;
  const built = L * layer - shared * kv + model;
  return { built, stored: built + shared * kv };
}

describe('Gemma 3n (gemma3n: its text model; the towers not counted)', () => {
  it("E2B-it's config.json: 4,435,182,688 as transformers builds it; with the shared layers' stored keys and values 4,456,156,768, Ollama's 4.46B", () => {
    const r = analyzeFixture(E2B);
    assert.deepEqual(errorsOf(r), []);
    const p = r.analysis!.params;
    const { built, stored } = gemma3nText(30, 8192, 10);
    assert.equal(p.total.value, built);
    assert.equal(p.total.value, 4435182688);
    assert.equal(stored, 4456156768);
    assert.equal((stored / 1e9).toFixed(2), '4.46');
    // Tied: no output head; the per-layer table counts with the input embedding.
    assert.equal(p.outputHead.value, 0);
    assert.equal(p.embedding.value, 262400 * 2048 + 262144 * 30 * 256);
    // 24 sliding and 6 full layers (a full one every fifth), the last 10 sharing keys and values: four kinds.
    assert.deepEqual(
      p.layerGroups.map((g) => g.count),
      [16, 4, 8, 2],
    );
    const said = r.findings.filter((f) => f.message.id === 'recognize.partNotCounted').map((f) => [f.severity, f.message.args?.key]);
    assert.deepEqual(said.sort(), [
      ['warning', 'audio_config'],
      ['warning', 'vision_config'],
    ]);
    const note = r.findings.find((f) => f.message.id === 'hf.gemma3n');
    assert.deepEqual([note?.message.args?.streams, note?.message.args?.rank, note?.message.args?.shared], [4, 64, 10]);
  });

  it('its text_config alone (gemma3n_text, Gemma3nForCausalLM) counts the same; sliding layers attend over the 512-token window', () => {
    const text = { ...json().text_config, architectures: ['Gemma3nForCausalLM'] };
    const r = analyzeFile({ path: 'config.json', text: JSON.stringify(text) }, { seqLen: 4096 });
    assert.deepEqual(errorsOf(r), []);
    assert.equal(r.analysis!.params.total.value, 4435182688);
    assert.equal(r.findings.filter((f) => f.message.id === 'recognize.partNotCounted').length, 0);
    // 24 sliding layers over a window of 512 (causally 512 − 512²/(2 · 4096) = 480 keys a token on average), 6 full (2,048).
    const full = analyzeFile(
      { path: 'config.json', text: JSON.stringify({ ...text, layer_types: Array.from({ length: 30 }, () => 'full_attention') }) },
      { seqLen: 4096 },
    );
    const ratio = r.analysis!.flops.attentionForwardPerToken / full.analysis!.flops.attentionForwardPerToken;
    assert.ok(Math.abs(ratio - (24 * 480 + 6 * 2048) / (30 * 2048)) < 1e-9);
  });

  it("google/gemma-3n-E4B-it (catalogue): 35 layers with a GeGLU of 16,384, the last 15 shared: 6,835,235,568; stored 6,866,696,688, Ollama's 6.87B", () => {
    const p = analyzeParams(catalogueModel(given('google/gemma-3n-E4B-it')).model!);
    const { built, stored } = gemma3nText(35, 16384, 15);
    assert.equal(p.total.value, built);
    assert.equal(p.total.value, 6835235568);
    assert.equal((stored / 1e9).toFixed(2), '6.87');
    // The E2B entry is the fixture's config.json.
    assert.equal(analyzeParams(catalogueModel(given('unsloth/gemma-3n-E2B-it')).model!).total.value, 4435182688);
  });

  it('a MatFormer slice whose layers differ in intermediate_size is refused, naming the key', () => {
    const c = json();
    const widths = Array.from({ length: 30 }, (_, i) => (i < 10 ? 4096 : 8192));
    const r = analyzeJson({ ...c, text_config: { ...c.text_config, intermediate_size: widths } });
    assert.equal(r.analysis, undefined);
    const e = errorsOf(r)[0];
    assert.deepEqual([e?.message.id, e?.message.args?.key], ['recognize.perLayerVaries', 'intermediate_size']);
  });

  it("Unsloth's FastModel LoRA of r 8 on E2B (its default targets): each layer's own q, k, v, o, gate, up and down; none on shared keys and values: 10,158,080", () => {
    const r = analyzeFixture('survey/sixtyfourth/train/1100-gemma3n-e2b-unsloth-fastmodel-default-targets.py');
    const lora = (i: number, o: number) => 8 * (i + o);
    const own = 2 * lora(2048, 2048) + 2 * lora(2048, 512) + 3 * lora(2048, 8192);
    const shared = own - 2 * lora(2048, 512);
    assert.equal(r.analysis!.method.trainable.value, 20 * own + 10 * shared);
    assert.equal(r.analysis!.method.trainable.value, 10158080);
  });
});
