/**
 * VisionEncoderDecoderModel (model_type vision-encoder-decoder): TrOCR's microsoft/trocr-small-printed (its config.json,
 * survey/thirtyeighth/hf/831), a DeiT encoder and TrOCR's decoder. Written out again here from modeling_deit.py,
 * modeling_trocr.py and modeling_vision_encoder_decoder.py; the Hub gives 61.6M.
 */
import { strict as assert } from 'node:assert';
import { analyzeFiles } from '../../src/core/pipeline';
import { analyzeParams } from '../../src/core/analysis/params';
import { catalogueModel } from '../../src/core/recognize/hf';
import type { Sourced } from '../../src/core/types';
import { analyzeFixture, errorsOf, fixtureText } from './helpers/fixtures';

const SMALL = 'survey/thirtyeighth/hf/831-trocr-small-printed-config.json';
// DeiT-small at 384: 12 blocks of 384 (MLP 1,536), 16 × 16 patches of 3 channels, 24² patches and 2 tokens.
const [hv, fv, Lv] = [384, 1536, 12];
const block = 2 * hv + 4 * (hv * hv + hv) + 2 * hv + hv * fv + fv + fv * hv + hv;
const deit = 2 * hv + (3 * 16 * 16 * hv + hv) + (24 * 24 + 2) * hv + Lv * block + 2 * hv + (hv * hv + hv);
// TrOCR's decoder: 6 layers of 256 (8 heads, MLP 1,024), 64,044 tokens, 512 + 2 learned positions, layernorm_embedding.
const [h, f, L, V] = [256, 1024, 6, 64044];
const selfAttention = 4 * (h * h + h);
const crossAttention = 2 * (h * h + h) + 2 * (hv * h + h);
const layer = selfAttention + crossAttention + h * f + f + f * h + h + 3 * 2 * h;
const decoder = V * h + (512 + 2) * h + 2 * h + L * layer + V * h;

describe('VisionEncoderDecoderModel (TrOCR: a DeiT encoder and a TrOCR decoder with cross-attention)', () => {
  it("trocr-small-printed: DeiT's 21,960,192 and the decoder's 39,636,480: 61,596,672, the Hub's 61.6M", () => {
    const r = analyzeFixture(SMALL);
    assert.deepEqual(errorsOf(r), []);
    const p = r.analysis!.params;
    assert.equal(p.vision.value, deit);
    assert.equal(p.vision.value, 21960192);
    assert.equal(p.total.value, deit + decoder);
    assert.equal(p.total.value, 61596672);
    // The encoder runs on image patches; per text token the decoder's.
    assert.equal(p.active.value, decoder);
  });

  it('without cross_attention_hidden_size: enc_to_dec_proj 384 → 256, and the cross-attention reads 256', () => {
    const c = JSON.parse(fixtureText(SMALL)) as Record<string, Record<string, unknown>>;
    const { cross_attention_hidden_size: _, ...dec } = c['decoder']!;
    const [run] = analyzeFiles([{ path: 'x/config.json', text: JSON.stringify({ ...c, decoder: dec }) }]);
    const p = run!.analysis!.params;
    assert.equal(p.vision.value, deit + hv * h + h);
    assert.equal(p.total.value, 61596672 + hv * h + h - L * 2 * (hv - h) * h);
  });

  it('by name (the catalogue holds TrOCR-small: printed, handwritten, stage 1): the same 61,596,672; TrOCR-base (BEiT) is not known', () => {
    const named = (value: string): Sourced<string> => ({ value, source: { kind: 'override', reason: { id: 'prov.whatIf', args: {} } } });
    for (const id of ['microsoft/trocr-small-printed', 'microsoft/trocr-small-handwritten'])
      assert.equal(analyzeParams(catalogueModel(named(id)).model!).total.value, 61596672);
    assert.equal(catalogueModel(named('microsoft/trocr-base-printed')).model, undefined);
  });

  it("another encoder or decoder (Donut's Swin, an mBART decoder) is refused, naming it", () => {
    const c = JSON.parse(fixtureText(SMALL)) as Record<string, Record<string, unknown>>;
    const [swin, mbart] = analyzeFiles([
      { path: 'a/config.json', text: JSON.stringify({ ...c, encoder: { ...c['encoder'], model_type: 'donut-swin' } }) },
      { path: 'b/config.json', text: JSON.stringify({ ...c, decoder: { ...c['decoder'], model_type: 'mbart' } }) },
    ]);
    for (const [run, key, value] of [
      [swin, 'encoder.model_type', 'donut-swin'],
      [mbart, 'decoder.model_type', 'mbart'],
    ] as const) {
      assert.equal(run!.analysis, undefined);
      const e = run!.findings.find((x) => x.message.id === 'recognize.visionEncoderDecoderPart');
      assert.deepEqual(e?.message.args, { key, value });
    }
  });
});
