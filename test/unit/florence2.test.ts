/**
 * Florence-2 (model_type florence2, Florence2ForConditionalGeneration): microsoft/Florence-2-base's config.json
 * (survey/thirtyeighth/hf/830). BART's encoder–decoder and DaViT, written out again here from its modeling_florence2.py
 * (DaViT without its head and final norm, image_projection, image_proj_norm, the learned 2-D position table; the 1-D temporal
 * embedding a buffer); Microsoft gives 0.23B for base and 0.77B for large.
 */
import { strict as assert } from 'node:assert';
import { analyzeFiles } from '../../src/core/pipeline';
import { analyzeParams } from '../../src/core/analysis/params';
import { catalogueModel } from '../../src/core/recognize/hf';
import type { Sourced } from '../../src/core/types';
import { analyzeFixture, errorsOf, fixtureText } from './helpers/fixtures';

const BASE = 'survey/thirtyeighth/hf/830-florence-2-base-config.json';

/** DaViT of stage widths D·[1, 2, 4, 8] and depths 1, 1, 9, 1, projected to P, with 50 × 50 image positions. */
function davit(D: number, P: number): number {
  const dims = [D, 2 * D, 4 * D, 8 * D];
  const depths = [1, 1, 9, 1];
  const kernels = [7, 3, 3, 3];
  let total = 0;
  dims.forEach((w, i) => {
    const inWidth = i === 0 ? 3 : dims[i - 1]!;
    // ConvEmbed: the biased convolution and its LayerNorm (over the input width where it comes first: every stage but the first).
    total += inWidth * w * kernels[i]! ** 2 + w + 2 * (i === 0 ? w : inWidth);
    // A spatial and a channel block: two depthwise 3 × 3 convolutions, two LayerNorms, qkv and proj, the MLP of 4w.
    const block = 2 * (9 * w + w) + 2 * 2 * w + (w * 3 * w + 3 * w) + (w * w + w) + (w * 4 * w + 4 * w) + (4 * w * w + w);
    total += depths[i]! * 2 * block;
  });
  return total + 8 * D * P + 2 * P + 50 * 8 * D;
}

/** BART's stacks of d and L layers each, 51,289 tokens tied, 1,024 + 2 positions per stack, layernorm_embedding in each. */
function bart(d: number, L: number): number {
  const attention = 4 * (d * d + d);
  const mlp = d * 4 * d + 4 * d + 4 * d * d + d;
  const encoder = L * (attention + mlp + 2 * 2 * d);
  const decoder = L * (2 * attention + mlp + 3 * 2 * d);
  return 51289 * d + 2 * (1026 * d + 2 * d) + encoder + decoder;
}

describe('Florence-2 (florence2: DaViT and BART)', () => {
  it("Florence-2-base: DaViT's 91,207,168 and BART-base's 140,206,848: 231,414,016, Microsoft's 0.23B", () => {
    const r = analyzeFixture(BASE);
    assert.deepEqual(errorsOf(r), []);
    const p = r.analysis!.params;
    assert.equal(p.vision.value, davit(128, 768));
    assert.equal(p.vision.value, 91207168);
    assert.equal(p.total.value, davit(128, 768) + bart(768, 6));
    assert.equal(p.total.value, 231414016);
    assert.equal(p.active.value, bart(768, 6));
  });

  it("by name (the catalogue holds both sizes and their -ft releases): large at 770,173,952, Microsoft's 0.77B", () => {
    const named = (value: string): Sourced<string> => ({ value, source: { kind: 'override', reason: { id: 'prov.whatIf', args: {} } } });
    const large = analyzeParams(catalogueModel(named('microsoft/Florence-2-large-ft')).model!).total.value;
    assert.equal(large, davit(256, 1024) + bart(1024, 12));
    assert.equal(large, 770173952);
    assert.equal(analyzeParams(catalogueModel(named('microsoft/Florence-2-base')).model!).total.value, 231414016);
  });

  it("a vision_config without DaViT's depths is refused, naming the key", () => {
    const c = JSON.parse(fixtureText(BASE)) as Record<string, Record<string, unknown>>;
    const { depths: _, ...vision } = c['vision_config']!;
    const [run] = analyzeFiles([{ path: 'f/config.json', text: JSON.stringify({ ...c, vision_config: vision }) }]);
    assert.equal(run!.analysis, undefined);
    const e = run!.findings.find((f) => f.message.id === 'recognize.missingKey');
    assert.equal(e?.message.args?.['keys'], 'vision_config.depths');
  });
});
