/**
 * Analysis: pure functions of the spec. Every reported number is a Quantity that can explain itself.
 */
import type { Spec } from '../spec';
import { analyzeFlops, type Convention, type FlopsAnalysis } from './flops';
import { analyzeParams, type ParamsAnalysis } from './params';

export interface AnalysisOptions {
  readonly convention?: Convention;
}

export interface Analysis {
  readonly params: ParamsAnalysis;
  readonly flops: FlopsAnalysis;
}

/** A spec whose model is known (analysis needs the shapes). */
export type ModelledSpec = Spec & { readonly model: NonNullable<Spec['model']> };

export function hasModel(spec: Spec): spec is ModelledSpec {
  return spec.model !== undefined;
}

export function analyze(spec: ModelledSpec, options: AnalysisOptions = {}): Analysis {
  const params = analyzeParams(spec.model);
  const flops = analyzeFlops(spec.model, spec.training.seqLen, params, options.convention ?? 'causal');
  return { params, flops };
}

export { CONVENTIONS, type Convention } from './flops';
