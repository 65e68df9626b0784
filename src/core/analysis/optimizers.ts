/**
 * What an optimizer's step costs beyond AdamW's elementwise update, per training step: the matrix work of the
 * higher-order optimizers on each 2-D weight. Pure functions of the shapes, each with its formula.
 *
 * - Muon (Jordan et al. 2024, the reference `zeropower_via_newtonschulz5`): on an m × n update (m ≤ n, the matrix
 *   transposed when taller than wide) each Newton–Schulz iteration computes A = X·Xᵀ (2·m²·n), B = b·A + c·A² (2·m³)
 *   and X = a·X + B·X (2·m²·n): 4·m²·n + 2·m³ FLOPs, 5 iterations a step. Muon runs on the hidden layers' matrices;
 *   the embedding, the head, norms and biases stay on AdamW.
 * - Shampoo (Gupta et al. 2018; Anil et al. 2020's distributed form): on an m × n gradient G, the statistics
 *   L += G·Gᵀ (2·m²·n) and R += Gᵀ·G (2·m·n²) and the preconditioned update L^-1/4·G·R^-1/4 (2·m²·n + 2·m·n²) every
 *   step, and the inverse fourth roots every `interval` steps by eigendecomposition, about 10·(m³ + n³)
 *   (SHAMPOO_ROOT_FLOPS_PER_CUBE) amortized over the interval.
 * - SOAP (Vyas et al. 2024, Adam in Shampoo's eigenbasis): every step the statistics (2·m²·n + 2·m·n²), the gradient
 *   rotated into the eigenbasis Q_Lᵀ·G·Q_R and the update rotated back (2·(2·m²·n + 2·m·n²)): 6·(m²·n + m·n²); every
 *   `precondition_frequency` steps (10 by default) the bases refreshed by one power-iteration step and a QR
 *   decomposition, Q ← QR(P·Q): 2·m³ + 4/3·m³ per factor (SOAP_BASIS_FLOPS_PER_CUBE).
 * - AdamW, Adam, Lion, Adafactor, SGD: elementwise (a few FLOPs per parameter, nothing next to the step's matmuls).
 */
import type { ModelSpec } from '../spec';
import { attentionShapes, mlpShapes, moeLayerCount, routerRows } from './params';

/** Newton–Schulz iterations Muon's reference implementation runs per step. */
export const MUON_ITERATIONS = 5;
/** FLOPs of an n × n symmetric eigendecomposition per n³ (tridiagonalization and the QR sweeps), for Shampoo's roots. */
export const SHAMPOO_ROOT_FLOPS_PER_CUBE = 10;
/** Shampoo's default preconditioner interval in steps (Anil et al. 2020 recompute the roots every 10 to 100 steps). */
export const SHAMPOO_INTERVAL = 10;

/** FLOPs of SOAP's basis refresh per n³ of a factor: P·Q (2·n³) and its Householder QR (4/3·n³). */
export const SOAP_BASIS_FLOPS_PER_CUBE = 2 + 4 / 3;
/** SOAP's default precondition_frequency (the reference implementation's). */
export const SOAP_INTERVAL = 10;

export type Matrix = readonly [rows: number, cols: number];

/** FLOPs of Muon's orthogonalization of one m × n update: iterations × (4·m²·n + 2·m³), m = the shorter side. */
export function newtonSchulzFlops(rows: number, cols: number, iterations = MUON_ITERATIONS): number {
  const m = Math.min(rows, cols);
  const n = Math.max(rows, cols);
  return iterations * (4 * m * m * n + 2 * m * m * m);
}

/** FLOPs per step of Shampoo on one m × n gradient: statistics and preconditioned update every step, roots every `interval`. */
export function shampooFlops(rows: number, cols: number, interval = SHAMPOO_INTERVAL): number {
  const m = rows;
  const n = cols;
  return 4 * m * m * n + 4 * m * n * n + (SHAMPOO_ROOT_FLOPS_PER_CUBE * (m ** 3 + n ** 3)) / Math.max(1, interval);
}

/** FLOPs per step of SOAP on one m × n gradient: statistics and both rotations every step, the bases every `interval`. */
export function soapFlops(rows: number, cols: number, interval = SOAP_INTERVAL): number {
  const m = rows;
  const n = cols;
  return 6 * (m * m * n + m * n * n) + (SOAP_BASIS_FLOPS_PER_CUBE * (m ** 3 + n ** 3)) / Math.max(1, interval);
}

/**
 * The 2-D weight matrices of the transformer layers, each as [rows, cols] with its count in the model: attention (q, k, v,
 * o; MLA's down and up projections), the MLP or every expert (gated: gate, up, down), shared experts, the router. Not the
 * embedding or the head (Muon leaves them to AdamW).
 */
export function hiddenMatrices(m: ModelSpec): { matrix: Matrix; count: number }[] {
  const h = m.hidden.value;
  const L = m.layers.value;
  const out: { matrix: Matrix; count: number }[] = [];
  const att = attentionShapes(m);
  for (const x of [...att.q, ...att.k, ...att.v, ...att.o]) out.push({ matrix: x, count: L });
  const moeLayers = moeLayerCount(m);
  for (const x of mlpShapes(m, m.ffnWidth.value)) out.push({ matrix: x, count: L - moeLayers });
  if (m.moe && moeLayers > 0) {
    for (const x of mlpShapes(m, m.moe.expertWidth.value)) out.push({ matrix: x, count: moeLayers * m.moe.experts.value });
    if (m.moe.sharedExperts.value > 0)
      for (const x of mlpShapes(m, m.moe.sharedWidth.value)) out.push({ matrix: x, count: moeLayers * m.moe.sharedExperts.value });
    out.push({ matrix: [h, routerRows(m.moe)], count: moeLayers });
  }
  return out.filter((x) => x.count > 0);
}

/** The parameters of the hidden matrices: what a whole-matrix optimizer (Muon, Shampoo, SOAP) updates as matrices. */
export function matrixParams(m: ModelSpec, matrices = hiddenMatrices(m)): number {
  return matrices.reduce((s, x) => s + x.count * x.matrix[0] * x.matrix[1], 0);
}

export interface OptimizerCost {
  /** Optimizer FLOPs per step beyond an elementwise update, over the whole model (all ranks together). */
  readonly flopsPerStep: number;
  /** The parameters the optimizer's matrix work covers (the hidden layers' matrices). */
  readonly matrixParams: number;
  readonly formula: string;
}

/** The matrix work of the optimizer per step; 0 for AdamW, Adam, Lion, Adafactor, SGD (elementwise updates). */
export function optimizerCost(m: ModelSpec, optimizer: string, interval = SHAMPOO_INTERVAL): OptimizerCost {
  const matrices = hiddenMatrices(m);
  const params = matrixParams(m, matrices);
  if (optimizer === 'muon')
    return {
      flopsPerStep: matrices.reduce((s, x) => s + x.count * newtonSchulzFlops(x.matrix[0], x.matrix[1]), 0),
      matrixParams: params,
      formula: `Σ 5·(4·m²·n + 2·m³) over the hidden matrices`,
    };
  if (optimizer === 'soap')
    return {
      flopsPerStep: matrices.reduce((s, x) => s + x.count * soapFlops(x.matrix[0], x.matrix[1]), 0),
      matrixParams: params,
      formula: `Σ 6·(m²·n + m·n²) + (10/3)·(m³ + n³)/${SOAP_INTERVAL} over the hidden matrices`,
    };
  if (optimizer === 'shampoo')
    return {
      flopsPerStep: matrices.reduce((s, x) => s + x.count * shampooFlops(x.matrix[0], x.matrix[1], interval), 0),
      matrixParams: params,
      formula: `Σ 4·m²·n + 4·m·n² + 10·(m³ + n³)/${interval} over the hidden matrices`,
    };
  return { flopsPerStep: 0, matrixParams: params, formula: '0 (elementwise update)' };
}
