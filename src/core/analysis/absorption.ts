/**
 * Compute absorption: the largest cluster on which a setup's step still runs efficiently, under weak scaling (DP grows
 * with the global batch) and strong scaling (fixed global batch, DP grows until every rank holds one micro-batch), what
 * runs out first, and the fastest time the run's FLOP budget could be spent at that size.
 *
 * "Efficiently": MFU at least ABSORPTION_EFFICIENCY of the smallest size's, and compute at least the communication link
 * time (ratio ≥ 1). Weak scaling also stops where the global batch passes the batch size a compute budget C trains best
 * with, B_opt = 0.292·C^0.3271 tokens (DeepSeek LLM, Bi et al. 2024, fitted on their batch-size sweeps): past it, more
 * data parallelism buys no faster training.
 */
/** A size of a scaling series (analysis/cluster.ts scaling(), which imports it from here). */
export interface ScalingPoint {
  readonly gpus: number;
  readonly globalBatch: number;
  readonly ratio: number | null;
  readonly mfu: number;
  readonly stepSeconds: number;
}

interface Scaling {
  readonly weak: readonly ScalingPoint[];
  readonly strong: readonly ScalingPoint[];
}

/** The fraction of the small-cluster MFU a size must keep to count as absorbed. */
export const ABSORPTION_EFFICIENCY = 0.8;

export type Limit = 'tp' | 'pp' | 'dp' | 'cp' | 'ep' | 'ratio' | 'batch';

export interface AbsorptionSide {
  readonly maxGpus: number;
  readonly limitedBy: Limit;
}

export interface Absorption {
  readonly weak: AbsorptionSide;
  readonly strong: AbsorptionSide;
  /** Seconds to spend the budget on the strong-scaling limit (null when no budget is known). */
  readonly fastestSeconds: number | null;
  /** The FLOP budget it assumes (model FLOPs of the run, or the one given). */
  readonly budgetFlops: number | null;
  /** B_opt for that budget, in tokens per step (null without a budget). */
  readonly criticalBatchTokens: number | null;
}

/** DeepSeek LLM's batch-size law: B_opt = 0.292 · C^0.3271 tokens for a budget of C FLOPs. */
export function criticalBatchTokens(budgetFlops: number): number {
  return 0.292 * budgetFlops ** 0.3271;
}

function side(points: readonly ScalingPoint[], stop: (p: ScalingPoint) => Limit | undefined, end: Limit): AbsorptionSide {
  const first = points[0];
  if (!first) return { maxGpus: 0, limitedBy: end };
  let best = first;
  for (const p of points.slice(1)) {
    const limit = p.mfu < ABSORPTION_EFFICIENCY * first.mfu || (p.ratio !== null && p.ratio < 1) ? 'ratio' : stop(p);
    if (limit) return { maxGpus: best.gpus, limitedBy: limit };
    best = p;
  }
  return { maxGpus: best.gpus, limitedBy: end };
}

/**
 * Absorption from a layout's scaling points. `tokensPerSequence` turns a global batch into tokens; `budgetFlops` is the
 * run's model FLOPs (training FLOPs per token × tokens) when the files state a length, or one the user gives.
 */
export function absorption(s: Scaling, tokensPerSequence: number, modelFlopsPerToken: number, budgetFlops: number | null): Absorption {
  const critical = budgetFlops !== null && budgetFlops > 0 ? criticalBatchTokens(budgetFlops) : null;
  const weak = side(s.weak, (p) => (critical !== null && p.globalBatch * tokensPerSequence > critical ? 'batch' : undefined), 'dp');
  // Strong scaling ends when the batch runs out (one micro-batch per rank) or efficiency does.
  const strong = side(s.strong, () => undefined, 'batch');
  const at = s.strong.find((p) => p.gpus === strong.maxGpus);
  const fastestSeconds =
    budgetFlops !== null && at && modelFlopsPerToken > 0 ? (budgetFlops / (modelFlopsPerToken * at.globalBatch * tokensPerSequence)) * at.stepSeconds : null;
  return { weak, strong, fastestSeconds, budgetFlops, criticalBatchTokens: critical };
}
