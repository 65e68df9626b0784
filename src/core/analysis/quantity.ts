/**
 * A reported number that can explain itself: value, unit, a short formula and the named inputs
 * (with where each came from), so a hover can print "6 × 7.50 B + ... = 45.0 G" with the file's values.
 */
import type { Provenance, Sourced } from '../types';

export type Unit = 'params' | 'flops' | 'bytes' | 'seconds' | 'tokens' | 'ratio';

export interface QuantityInput {
  readonly symbol: string;
  readonly value: number | string | boolean;
  readonly source?: Provenance;
}

export interface Quantity {
  readonly value: number;
  readonly unit: Unit;
  /** Symbolic formula, e.g. "6·N + 6·L·a·d·s/2". */
  readonly formula: string;
  readonly inputs: readonly QuantityInput[];
}

export function quantity(value: number, unit: Unit, formula: string, inputs: readonly QuantityInput[]): Quantity {
  return { value, unit, formula, inputs };
}

/** An input taken from the spec, keeping its provenance. */
export function input(symbol: string, s: Sourced<number | string | boolean>): QuantityInput {
  return { symbol, value: s.value, source: s.source };
}

/** An input computed elsewhere in the analysis (no file position of its own). */
export function computed(symbol: string, value: number): QuantityInput {
  return { symbol, value };
}
