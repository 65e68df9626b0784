/**
 * Analysis: pure functions of the spec. Every reported number is a Quantity that can explain itself.
 */
import type { Spec } from '../spec';
import { analyzeFlops, type Convention, type FlopsAnalysis } from './flops';
import { analyzeParams, type ParamsAnalysis } from './params';
import { analyzeMethod, type MethodAnalysis } from './method';
import { analyzeCluster, defaultCluster, type ClusterAnalysis } from './cluster';
import type { Cluster } from '../hardware/cluster';

export interface AnalysisOptions {
  readonly convention?: Convention;
  /** The cluster to model; without one, H100 SXM sized by the config (marked assumed). */
  readonly cluster?: Cluster | ((spec: Spec) => Cluster);
  /** Global batch (sequences) to plan for, overriding the files. */
  readonly globalBatch?: number;
  /** Search the layout even where the files state training settings (a lever that changes the architecture). */
  readonly searchLayout?: boolean;
}

export interface Analysis {
  readonly params: ParamsAnalysis;
  /** What is trained: everything, or an adapter on a frozen base. */
  readonly method: MethodAnalysis;
  readonly flops: FlopsAnalysis;
  readonly cluster: ClusterAnalysis;
}

/** A spec whose model is known (analysis needs the shapes). */
export type ModelledSpec = Spec & { readonly model: NonNullable<Spec['model']> };

export function hasModel(spec: Spec): spec is ModelledSpec {
  return spec.model !== undefined;
}

export function analyze(spec: ModelledSpec, options: AnalysisOptions = {}): Analysis {
  const params = analyzeParams(spec.model);
  const method = analyzeMethod(spec.model, spec.training, params);
  const flops = analyzeFlops(spec.model, spec.training.seqLen, params, options.convention ?? 'causal', method, spec.training.targetLen);
  const c = typeof options.cluster === 'function' ? options.cluster(spec) : (options.cluster ?? defaultCluster(spec));
  return {
    params,
    method,
    flops,
    cluster: analyzeCluster(spec, c, { convention: options.convention, globalBatch: options.globalBatch, searchLayout: options.searchLayout }),
  };
}

export { CONVENTIONS, type Convention } from './flops';
