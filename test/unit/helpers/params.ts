import type { ParamsAnalysis } from '../../../src/core/analysis/params';

/** A model's parameters as the sum of the parts the report lists (what `total` must equal). */
export function sumOfParts(p: ParamsAnalysis): number {
  return (
    p.embedding.value +
    p.outputHead.value +
    p.positions.value +
    p.other +
    p.vision.value +
    p.audio.value +
    p.encoderHead.value +
    p.layerGroups.reduce((s, g) => s + g.count * g.each, 0)
  );
}
