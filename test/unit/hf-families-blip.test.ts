/**
 * BLIP captioning (model_type blip, modeling_blip.py BlipForConditionalGeneration): BlipVisionModel and the BLIP text decoder
 * (modeling_blip_text.py BlipTextLMHeadModel) whose layers attend to the image. The fixture is a fine-tune of
 * Salesforce/blip-image-captioning-base, whose p.numel() sum is 247,414,076 (161,323,580 without the vision tower).
 */
import { strict as assert } from 'node:assert';
import { analyzeFile } from '../../src/core/pipeline';
import { analyzeFixture, fixtureText } from './helpers/fixtures';

const FIXTURE = 'survey/tenth/hf/212-blip-captioning-base-finetune-config.json';
const lin = (i: number, o: number) => i * o + o;

describe('Hugging Face BLIP (blip)', () => {
  it('blip-image-captioning-base: the ViT-B/16 tower at 384, the 12-layer text decoder with cross-attention, its own decoder weight: 247,414,076', () => {
    const r = analyzeFixture(FIXTURE);
    const p = r.analysis!.params;
    // Vision: class token, biased patch conv, 577 positions, 12 pre-norm blocks (qkv fused, projection, fc1/fc2), post_layernorm.
    const hv = 768;
    const block = lin(hv, 3 * hv) + lin(hv, hv) + lin(hv, 3072) + lin(3072, hv) + 4 * hv;
    const vision = hv + 3 * 16 * 16 * hv + hv + 577 * hv + 12 * block + 2 * hv;
    assert.equal(p.vision.value, vision);
    assert.equal(vision, 86090496);
    // Text: words, 512 positions and a LayerNorm; layers of self-attention, cross-attention (k, v over the 768-wide image),
    // the MLP, three LayerNorms; the LM head's transform, its decoder weight (untied) and bias.
    const h = 768;
    const V = 30524;
    const layer = 4 * lin(h, h) + 2 * lin(h, h) + 2 * lin(hv, h) + lin(h, 3072) + lin(3072, h) + 3 * 2 * h;
    const text = V * h + 512 * h + 2 * h + 12 * layer + lin(h, h) + 2 * h + V * h + V;
    assert.equal(p.total.value, vision + text);
    assert.equal(p.total.value, 247414076);
    assert.equal(p.active.value, 161323580);
    assert.equal(p.outputHead.value, V * h);
  });

  it('refuses the other BLIP heads (BlipForQuestionAnswering: a text encoder besides the decoder)', () => {
    const json = JSON.parse(fixtureText(FIXTURE)) as Record<string, unknown>;
    const r = analyzeFile({ path: 'config.json', text: JSON.stringify({ ...json, architectures: ['BlipForQuestionAnswering'] }) });
    assert.equal(r.analysis, undefined);
    assert.ok(r.findings.some((f) => f.ruleId === 'unsupported' && f.message.id === 'recognize.unsupportedVariant'));
  });
});
