/**
 * Cluster profiles: a preset accelerator (or a custom one), GPUs per node, nodes, link bandwidths
 * and efficiencies, latency, price and PUE. Validated by zod; the JSON Schema that editors use is
 * generated from the same schema (media/cluster.schema.json).
 */
import { z } from 'zod';
import { parse as parseYaml } from 'yaml';
import type { Sourced } from '../types';
import { assumed, overridden } from '../types';
import { ACCELERATORS, findAccelerator, type AcceleratorPreset } from './presets';

const customAccelerator = z
  .object({
    name: z.string().min(1),
    peakTflops: z.object({
      fp32: z.number().positive().optional(),
      tf32: z.number().positive().optional(),
      bf16: z.number().positive(),
      fp16: z.number().positive().optional(),
      fp8: z.number().positive().optional(),
    }),
    hbmGB: z.number().positive(),
    hbmTBs: z.number().positive().optional(),
    scaleUpGBs: z.number().positive(),
    scaleUpDomain: z.number().int().positive().optional(),
    scaleOutGbps: z.number().positive(),
    powerW: z.number().positive().optional(),
  })
  .strict();

export const clusterFileSchema = z
  .object({
    $schema: z.string().optional(),
    accelerator: z
      .union([z.enum(ACCELERATORS.map((a) => a.id) as [string, ...string[]]), customAccelerator])
      .describe('A preset id (e.g. h100-sxm) or a custom accelerator.'),
    gpusPerNode: z.number().int().positive().max(1024).optional().describe('GPUs per node (default 8).'),
    nodes: z.number().int().positive().max(1000000).optional().describe('Number of nodes.'),
    links: z
      .object({
        scaleUpGBs: z.number().positive().optional().describe('Scale-up (NVLink) bandwidth per GPU, one direction, GB/s.'),
        scaleOutGbps: z.number().positive().optional().describe('Scale-out (InfiniBand / RoCE) bandwidth per GPU, Gb/s.'),
        scaleUpEfficiency: z.number().gt(0).max(1).optional().describe('Achieved fraction of scale-up bandwidth (default 0.75).'),
        scaleOutEfficiency: z.number().gt(0).max(1).optional().describe('Achieved fraction of scale-out bandwidth (default 0.9).'),
        latencyUs: z.number().nonnegative().optional().describe('Per-collective latency, microseconds.'),
      })
      .strict()
      .optional(),
    efficiency: z
      .object({ matmul: z.number().gt(0).max(1).optional().describe('Peak matmul efficiency for large GEMMs; overrides the accelerator default.') })
      .strict()
      .optional(),
    pricePerGpuHour: z.number().nonnegative().optional().describe('Price of one GPU-hour, in your currency.'),
    pue: z.number().min(1).max(3).optional().describe('Power usage effectiveness of the data centre (default 1.0).'),
  })
  .strict();

export type ClusterFile = z.infer<typeof clusterFileSchema>;

export interface Cluster {
  readonly accelerator: AcceleratorPreset;
  readonly gpusPerNode: Sourced<number>;
  readonly nodes: Sourced<number>;
  /** GPUs in a whole node of this cluster (gpusPerNode is fewer when the job uses part of one node). */
  readonly nodeCapacity?: number;
  readonly scaleUpGBs: number;
  readonly scaleOutGbps: number;
  readonly scaleUpEfficiency: number;
  readonly scaleOutEfficiency: number;
  readonly latencyUs: number;
  /** Large-GEMM efficiency override (the accelerator's default otherwise). */
  readonly matmulEfficiency?: number;
  readonly pricePerGpuHour?: number;
  readonly pue: number;
  /** Where the profile came from: a preset id, a file, or an assumption. */
  readonly origin: Sourced<string>;
}

/**
 * Achieved fraction of link bandwidth: NCCL all-reduce on NVLink typically reaches 65–80 % of the
 * link, InfiniBand about 90 % (hardware.md, notes); 0.75 is the middle of the NVLink range.
 */
export const DEFAULT_LINK_EFFICIENCY = { scaleUp: 0.75, scaleOut: 0.9 } as const;
/**
 * Per-collective latency (α in α + bytes/bandwidth). Not fitted: the order of NCCL's small-message
 * latency on one node; between 5 and 20 µs the A100 calibration table (formulas.md §6) moves by at most 0.17 %.
 */
export const DEFAULT_LATENCY_US = 10;

/** True when nobody stated how many GPUs there are (the tool assumed a size). */
export function sizeAssumed(c: Cluster): boolean {
  return c.nodes.source.kind === 'assumed';
}

export function gpuCount(c: Cluster): number {
  return c.gpusPerNode.value * c.nodes.value;
}

/** Builds a cluster from a validated profile. */
export function clusterFromFile(file: ClusterFile, origin: Sourced<string>, gpus?: number, gpusSource?: Sourced<number>['source']): Cluster {
  const acc: AcceleratorPreset =
    typeof file.accelerator === 'string'
      ? findAccelerator(file.accelerator)!
      : {
          id: 'custom',
          name: file.accelerator.name,
          peakTflops: { ...file.accelerator.peakTflops, fp16: file.accelerator.peakTflops.fp16 ?? file.accelerator.peakTflops.bf16 },
          hbmGB: file.accelerator.hbmGB,
          hbmTBs: file.accelerator.hbmTBs ?? 0,
          scaleUpGBs: file.accelerator.scaleUpGBs,
          scaleUpDomain: file.accelerator.scaleUpDomain ?? 8,
          scaleOutGbps: file.accelerator.scaleOutGbps,
          powerW: file.accelerator.powerW,
          sources: { all: 'cluster file' },
        };
  const perNode = file.gpusPerNode ?? Math.min(8, acc.scaleUpDomain);
  const perNodeSrc = file.gpusPerNode
    ? overridden(perNode, { id: 'prov.clusterFile', args: { file: origin.value } })
    : assumed(perNode, { id: 'prov.clusterDefaultPerNode', args: { value: perNode } });
  const nodes =
    gpus !== undefined
      ? { value: Math.max(1, Math.ceil(gpus / perNode)), source: gpusSource ?? overridden(0, { id: 'prov.gpusFlag', args: { gpus } }).source }
      : file.nodes
        ? overridden(file.nodes, { id: 'prov.clusterFile', args: { file: origin.value } })
        : assumed(1, { id: 'prov.clusterDefaultNodes' });
  return {
    accelerator: acc,
    gpusPerNode:
      gpus !== undefined && gpus < perNode ? { value: gpus, source: gpusSource ?? overridden(0, { id: 'prov.gpusFlag', args: { gpus } }).source } : perNodeSrc,
    nodes,
    nodeCapacity: perNode,
    scaleUpGBs: file.links?.scaleUpGBs ?? acc.scaleUpGBs,
    scaleOutGbps: file.links?.scaleOutGbps ?? acc.scaleOutGbps,
    scaleUpEfficiency: file.links?.scaleUpEfficiency ?? DEFAULT_LINK_EFFICIENCY.scaleUp,
    scaleOutEfficiency: file.links?.scaleOutEfficiency ?? DEFAULT_LINK_EFFICIENCY.scaleOut,
    latencyUs: file.links?.latencyUs ?? DEFAULT_LATENCY_US,
    matmulEfficiency: file.efficiency?.matmul,
    pricePerGpuHour: file.pricePerGpuHour,
    pue: file.pue ?? 1,
    origin,
  };
}

/** Reads a cluster file (JSON or YAML) and validates it; problems come back as messages, not throws. */
export function parseClusterFile(text: string): { ok: true; value: ClusterFile } | { ok: false; problem: string } {
  let data: unknown;
  try {
    data = parseYaml(text, { version: '1.1', maxAliasCount: 100 });
  } catch (e) {
    return { ok: false, problem: e instanceof Error ? (e.message.split('\n')[0] ?? e.message) : String(e) };
  }
  const r = clusterFileSchema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    return { ok: false, problem: `${issue?.path.join('.') || '(top level)'}: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, value: r.data };
}

/** The JSON Schema editors validate cluster files with (contributed as jsonValidation). */
export function clusterJsonSchema(): unknown {
  return z.toJSONSchema(clusterFileSchema);
}

export { ACCELERATORS, findAccelerator, type AcceleratorPreset };
