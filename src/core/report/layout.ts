/**
 * A layout and a cluster as every view states them: the degrees (JSON, panel, plan) and one line of
 * text (report, plan, hover, panel): "TP 8+SP · PP 2×8 · DP 1 · mb 2×8 · recompute full".
 */
import { microBatches, type Layout, type Workload } from '../analysis/parallel';
import { perRankList, stageLayers } from '../analysis/stages';
import { gpuCount, type Cluster } from '../hardware/cluster';

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
  /** What lives on the host (ZeRO-Offload's offload_param / offload_optimizer, FSDP's CPUOffload); absent: nothing. */
  offload?: 'params' | 'optimizer' | 'params+optimizer';
  /** Transformer layers on each pipeline rank, where the files split them unevenly (Megatron's first/last-stage and embedding/loss flags). */
  stageLayers?: number[];
}

/** "7+8×14+7": layers per pipeline rank, runs of equal stages folded. */
function stagesText(perRank: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < perRank.length;) {
    let j = i;
    while (j < perRank.length && perRank[j] === perRank[i]) j++;
    runs.push(j - i > 1 ? `${perRank[i]}×${j - i}` : `${perRank[i]}`);
    i = j;
  }
  return runs.join('+');
}

export function layoutText(d: LayoutDegrees): string {
  const parts = [
    `TP ${d.tp}${d.sp ? '+SP' : ''}`,
    `PP ${d.pp}${d.vpp > 1 ? `×${d.vpp}` : ''}${d.stageLayers ? ` (${stagesText(d.stageLayers)})` : ''}`,
    `DP ${d.dp}`,
  ];
  if (d.cp > 1) parts.push(`CP ${d.cp}`);
  if (d.ep > 1) parts.push(`EP ${d.ep}`);
  parts.push(`mb ${d.microBatch}×${d.microBatches}`, `recompute ${d.recompute}`);
  if (d.zero) parts.push(`ZeRO-${d.zero}`);
  if (d.offload) parts.push(`offload ${d.offload}`);
  return parts.join(' · ');
}

function unevenStages(l: Layout, layers: number): { stageLayers?: number[] } {
  if (l.pp === 1 || !l.stages) return {};
  const s = stageLayers(layers, l.pp, l.vpp, l.stages);
  const list = 'shape' in s ? perRankList(s.shape, l.pp) : undefined;
  return list ? { stageLayers: list } : {};
}

export function layoutDegrees(
  l: Layout,
  w: Pick<Workload, 'globalBatch' | 'model'> & Partial<Pick<Workload, 'offloadParams' | 'offloadOptimizer'>>,
): LayoutDegrees {
  const offload = w.offloadParams ? (w.offloadOptimizer ? 'params+optimizer' : 'params') : w.offloadOptimizer ? 'optimizer' : undefined;
  return {
    tp: l.tp,
    pp: l.pp,
    vpp: l.vpp,
    dp: l.dp,
    cp: l.cp,
    ep: l.ep,
    etp: l.etp,
    sp: l.sp,
    microBatch: l.microBatch,
    microBatches: microBatches(l, w),
    globalBatch: w.globalBatch,
    recompute: l.recompute,
    zero: l.zero,
    distributedOptimizer: l.distributedOptimizer,
    ...(offload ? { offload } : {}),
    ...unevenStages(l, w.model.layers.value),
  };
}

/** A cluster as the views state it. */
export interface ClusterSummary {
  accelerator: string;
  name: string;
  gpus: number;
  gpusPerNode: number;
  nodes: number;
  scaleUpGBs: number;
  scaleOutGbps: number;
  assumed: boolean;
}

export function clusterSummary(c: Cluster): ClusterSummary {
  return {
    accelerator: c.accelerator.id,
    name: c.accelerator.name,
    gpus: gpuCount(c),
    gpusPerNode: c.gpusPerNode.value,
    nodes: c.nodes.value,
    scaleUpGBs: c.scaleUpGBs,
    scaleOutGbps: c.scaleOutGbps,
    assumed: c.origin.source.kind === 'assumed',
  };
}
