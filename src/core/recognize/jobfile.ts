/**
 * What a job file asks the cluster for, around the script it runs: a Kubernetes workload's container resources
 * (`nvidia.com/gpu`, `google.com/tpu`, `amd.com/gpu` limits), its node selector's accelerator (GKE's
 * `cloud.google.com/gke-accelerator` / `gke-tpu-accelerator`, NVIDIA GPU feature discovery's `nvidia.com/gpu.product`) and a
 * Job's `parallelism` (its pods); SkyPilot's `resources.accelerators` (`H100:8`, or `{H100: 8}`) and `num_nodes`.
 */
import type { Fact, Sourced } from '../types';
import { derived, fromFact } from '../types';
import { acceleratorOfCloudName } from '../hardware/presets';
import type { FileRecognition } from './common';

const DEVICE_RESOURCES: ReadonlySet<string> = new Set(['nvidia.com/gpu', 'google.com/tpu', 'amd.com/gpu']);
const ACCELERATOR_LABELS: ReadonlySet<string> = new Set(['cloud.google.com/gke-accelerator', 'cloud.google.com/gke-tpu-accelerator', 'nvidia.com/gpu.product']);

const count = (f: Fact | undefined): Sourced<number> | undefined => {
  const n = typeof f?.value === 'number' ? f.value : typeof f?.value === 'string' && /^\d+$/.test(f.value.trim()) ? Number(f.value) : NaN;
  return f && Number.isInteger(n) && n > 0 ? fromFact(n, f) : undefined;
};

export function jobResources(facts: readonly Fact[]): FileRecognition['parallel'] {
  const last = (f: Fact) => f.path[f.path.length - 1];
  const inResources = (f: Fact, kind: string) => f.path.length >= 3 && f.path[f.path.length - 2] === kind && f.path[f.path.length - 3] === 'resources';
  const device =
    facts.find((f) => DEVICE_RESOURCES.has(String(last(f))) && inResources(f, 'limits')) ??
    facts.find((f) => DEVICE_RESOURCES.has(String(last(f))) && inResources(f, 'requests'));
  const label = facts.find((f) => ACCELERATOR_LABELS.has(String(last(f))) && typeof f.value === 'string');
  // SkyPilot: accelerators: H100:8 (a string), or a map {H100: 8}.
  const sky = facts.find((f) => f.path[0] === 'resources' && f.path[1] === 'accelerators');
  const skyText = sky && typeof sky.value === 'string' ? /^\s*([\w.-]+)(?::(\d+))?\s*$/.exec(sky.value) : null;
  const skyName = skyText?.[1] ?? (sky && sky.path.length === 3 ? String(sky.path[2]) : undefined);
  const named = label ? String(label.value) : skyName;
  const accelerator = named !== undefined ? acceleratorOfCloudName(named) : undefined;
  const perNode = count(device) ?? (skyText?.[2] ? fromFact(Number(skyText[2]), sky!) : sky && sky.path.length === 3 ? count(sky) : undefined);
  const pods = count(facts.find((f) => f.path.join('.') === 'spec.parallelism')) ?? count(facts.find((f) => f.path.length === 1 && f.path[0] === 'num_nodes'));
  const from = label ?? sky;
  // One pod (one SkyPilot node) unless the file says how many.
  const key = (device ?? sky)?.path.join('.') ?? '';
  return {
    ...(accelerator && from ? { accelerator: fromFact(accelerator, from) } : {}),
    ...(perNode ? { gpusPerNode: perNode } : {}),
    ...(pods ? { nodes: pods } : {}),
    ...(perNode ? { worldSize: derived(perNode.value * (pods?.value ?? 1), { id: 'prov.fromKey', args: { key } }, perNode, ...(pods ? [pods] : [])) } : {}),
  };
}
