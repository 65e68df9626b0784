/** An alias table with every field empty, for families to fill in what they name. */
import type { ModelAliases } from './decoder';

export function aliases(named: Partial<ModelAliases>): ModelAliases {
  const none: readonly string[] = [];
  return {
    layers: none,
    hidden: none,
    heads: none,
    kvHeads: none,
    headDim: none,
    ffnWidth: none,
    vocab: none,
    maxPositions: none,
    tied: none,
    experts: none,
    topK: none,
    expertWidth: none,
    sharedExperts: none,
    sharedExpertWidth: none,
    firstDenseLayers: none,
    moeLayerFreq: none,
    sparseStep: none,
    mlpOnlyLayers: none,
    qLoraRank: none,
    kvLoraRank: none,
    qkNopeHeadDim: none,
    qkRopeHeadDim: none,
    vHeadDim: none,
    mtpLayers: none,
    attentionBias: none,
    mlpBias: none,
    slidingWindow: none,
    decoderLayers: none,
    relativeBuckets: none,
    ...named,
  };
}
