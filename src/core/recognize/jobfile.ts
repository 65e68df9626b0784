/**
 * What a job file asks the cluster for, around the script it runs: a Kubernetes workload's container resources
 * (`nvidia.com/gpu`, `google.com/tpu`, `amd.com/gpu` limits), its node selector's accelerator (GKE's
 * `cloud.google.com/gke-accelerator` / `gke-tpu-accelerator`, NVIDIA GPU feature discovery's `nvidia.com/gpu.product`) and a
 * Job's `parallelism` (its pods), a training operator's pods (workloadPods); SkyPilot's `resources.accelerators` (`H100:8`, or
 * `{H100: 8}`) and `num_nodes`.
 */
import type { Fact, Sourced } from '../types';
import { derived, finding, fromFact } from '../types';
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
  // (Kubeflow's TrainJob names them resourcesPerNode.)
  const inResources = (f: Fact, kind: string) =>
    f.path.length >= 3 && f.path[f.path.length - 2] === kind && ['resources', 'resourcesPerNode'].includes(String(f.path[f.path.length - 3]));
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
  const pods =
    count(facts.find((f) => f.path.join('.') === 'spec.parallelism')) ??
    count(facts.find((f) => f.path.length === 1 && f.path[0] === 'num_nodes')) ??
    workloadPods(facts);
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

/**
 * The GPUs a Modal app asks for the function a Python script runs (extract/python.ts modalGpu: `@app.function(gpu="A100")`,
 * `gpu="H100:8"`): its accelerator where it is one this version knows, and the count Modal gives that function on one machine
 * where one is written. One it does not know (A10G, T4) is said, the figures then for the cluster chosen.
 */
export function modalResources(facts: readonly Fact[], file: string): Pick<FileRecognition, 'parallel' | 'findings'> | undefined {
  const f = facts.find((x) => x.path.length === 1 && x.path[0] === '@modalGpu' && typeof x.value === 'string');
  const m = f ? /^\s*([A-Za-z][\w.-]*?)(?::(\d+))?\s*$/.exec(String(f.value)) : null;
  if (!f || !m) return undefined;
  const accelerator = acceleratorOfCloudName(m[1]!);
  const n = m[2] ? Number(m[2]) : undefined;
  const perNode = n !== undefined && n > 0 ? fromFact(n, f) : undefined;
  return {
    parallel: {
      ...(accelerator ? { accelerator: fromFact(accelerator, f) } : {}),
      ...(perNode ? { gpusPerNode: perNode, worldSize: perNode } : {}),
    },
    findings: accelerator ? [] : [finding('assumed', 'info', { id: 'python.modalGpuUnknown', args: { gpu: m[1]! } }, { file, range: f.valueRange })],
  };
}

/**
 * The pods of a training operator's workload: a PyTorchJob's replicas summed over its Master and Worker specs, a Kubeflow
 * TrainJob's trainer.numNodes, a LeaderWorkerSet's leaderWorkerTemplate.size × replicas (groups), a Volcano Job's tasks' replicas
 * summed. Undefined where one of them is not a number the file states (an envsubst `$NUM_NODES`).
 */
function workloadPods(facts: readonly Fact[]): Sourced<number> | undefined {
  const at = (path: string) => facts.find((f) => f.path.join('.') === path);
  const sum = (found: readonly Fact[], key: string): Sourced<number> | undefined => {
    const counts = found.map(count);
    if (counts.length === 0 || counts.some((c) => c === undefined)) return undefined;
    const all = counts as Sourced<number>[];
    return all.length === 1
      ? all[0]
      : derived(
          all.reduce((a, c) => a + c.value, 0),
          { id: 'prov.fromKey', args: { key } },
          ...all,
        );
  };
  const pytorch = facts.filter((f) => f.path.length === 4 && f.path[0] === 'spec' && f.path[1] === 'pytorchReplicaSpecs' && f.path[3] === 'replicas');
  if (pytorch.length) return sum(pytorch, 'spec.pytorchReplicaSpecs.*.replicas');
  const trainJob = count(at('spec.trainer.numNodes'));
  if (trainJob) return trainJob;
  const size = count(at('spec.leaderWorkerTemplate.size'));
  if (size) {
    const groups = count(at('spec.replicas'));
    return groups ? derived(size.value * groups.value, { id: 'prov.fromKey', args: { key: 'leaderWorkerTemplate.size × replicas' } }, size, groups) : size;
  }
  const tasks = facts.filter((f) => f.path.length === 4 && f.path[0] === 'spec' && f.path[1] === 'tasks' && f.path[3] === 'replicas');
  return tasks.length ? sum(tasks, 'spec.tasks.*.replicas') : undefined;
}

/**
 * A Kubeflow Trainer TrainJob that trains on a runtime's command (`runtimeRef`, no `trainer.command` here) and names its model
 * for the model initializer (`spec.initializer.model.storageUri: hf://Qwen/Qwen2.5-0.5B-Instruct`): that model, on the nodes and
 * GPUs the job asks for; the runtime's training settings are not in the file, said. Undefined for anything else.
 */
export function trainJobModel(file: string, facts: readonly Fact[]): FileRecognition | undefined {
  const at = (path: string) => facts.find((f) => f.path.join('.') === path);
  const kind = at('kind');
  const uri = at('spec.initializer.model.storageUri');
  if (kind?.value !== 'TrainJob' || typeof uri?.value !== 'string') return undefined;
  const hf = /^hf:\/\/([\w.-]+\/[\w.-]+)\/?$/.exec(uri.value.trim());
  const runtime = at('spec.runtimeRef.name');
  const where = { file, range: uri.valueRange };
  if (!hf)
    return {
      family: 'launcher',
      training: {},
      parallel: jobResources(facts),
      references: [],
      findings: [finding('unknown-model', 'warning', { id: 'kubeflow.storageUri', args: { uri: uri.value } }, where)],
    };
  return {
    family: 'launcher',
    modelRef: fromFact(hf[1]!, uri),
    training: { finetune: fromFact(true, uri) },
    parallel: jobResources(facts),
    references: [],
    findings: [finding('assumed', 'info', { id: 'kubeflow.runtime', args: { runtime: String(runtime?.value ?? 'runtimeRef') } }, where)],
  };
}
