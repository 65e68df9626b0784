/** A layout as one line of text (report, plan, hover, panel): "TP 8+SP · PP 2×8 · DP 1 · mb 2×8 · recompute full". */

/** The degrees of a layout as the report's JSON states them. */
export interface LayoutDegrees {
  tp: number;
  pp: number;
  vpp: number;
  dp: number;
  cp: number;
  ep: number;
  etp: number;
  sp: boolean;
  microBatch: number;
  microBatches: number;
  globalBatch: number;
  recompute: string;
  zero: number;
  distributedOptimizer: boolean;
}

export function layoutText(d: LayoutDegrees): string {
  const parts = [`TP ${d.tp}${d.sp ? '+SP' : ''}`, `PP ${d.pp}${d.vpp > 1 ? `×${d.vpp}` : ''}`, `DP ${d.dp}`];
  if (d.cp > 1) parts.push(`CP ${d.cp}`);
  if (d.ep > 1) parts.push(`EP ${d.ep}`);
  parts.push(`mb ${d.microBatch}×${d.microBatches}`, `recompute ${d.recompute}`);
  if (d.zero) parts.push(`ZeRO-${d.zero}`);
  return parts.join(' · ');
}
