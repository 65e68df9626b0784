/**
 * How many processes a launch line starts: the launcher's own counts (torchrun, deepspeed, accelerate), else a Slurm
 * batch script's #SBATCH directives (the shell extractor reads them as `#SBATCH.--nodes`, …). srun starts
 * --ntasks-per-node ranks on each node; a launcher inside it states its own per-node count, which wins.
 */
import type { Sourced } from '../types';
import { assumed, derived, fromFact } from '../types';
import type { FactReader } from './reader';
import { acceleratorOfCloudName } from '../hardware/presets';

export interface LaunchCounts {
  readonly nodes?: Sourced<number>;
  readonly perNode?: Sourced<number>;
  /** nodes × perNode, when both are known. */
  readonly worldSize?: Sourced<number>;
}

/** The launcher whose node-count flag this is. */
const LAUNCHER: Readonly<Record<string, string>> = {
  '--nnodes': 'torchrun',
  '--num_nodes': 'deepspeed',
  '--num-nodes': 'deepspeed',
  '--num_machines': 'accelerate',
};

/** The counts under the family's own flag names; torchrun's --nnodes alone starts one process per node. */
export function launchCounts(r: FactReader, flags: { readonly nodes: readonly string[]; readonly perNode: readonly string[] }, spawns = false): LaunchCounts {
  const slurm = slurmCounts(r, spawns);
  const perNode =
    r.int(flags.perNode) ??
    slurm.perNode ??
    // (A per-node flag whose value only the run knows, --nproc_per_node $(nvidia-smi -L | wc -l): not torchrun's default, unknown.)
    (r.has('--nnodes') && !flags.perNode.some((k) => r.has(k))
      ? derived(1, { id: 'prov.classDefault', args: { key: '--nproc-per-node', cls: 'torchrun', value: '1' } })
      : undefined);
  // A per-node count with no node count anywhere (`torchrun --nproc_per_node 8 train.py`, `deepspeed --num_gpus 8`, an
  // #SBATCH --gpus-per-node alone) runs on one node: the launchers' and Slurm's default. A node flag the reader cannot
  // resolve ($NNODES) is not one.
  const fromFlag = r.int(flags.perNode) !== undefined;
  const oneNode =
    perNode && !flags.nodes.some((k) => r.has(k)) && !r.has('#SBATCH.--nodes') && !r.has('@srun.--nodes')
      ? derived(
          1,
          {
            id: 'prov.classDefault',
            args: fromFlag
              ? { key: flags.nodes[0]!, cls: LAUNCHER[flags.nodes[0]!] ?? 'torchrun', value: '1' }
              : { key: '#SBATCH --nodes', cls: 'Slurm', value: '1' },
          },
          perNode,
        )
      : undefined;
  const nodes = r.int(flags.nodes) ?? slurm.nodes ?? oneNode;
  const worldSize = nodes && perNode ? derived(nodes.value * perNode.value, { id: 'prov.worldSize' }, nodes, perNode) : undefined;
  return { nodes, perNode, worldSize };
}

/**
 * The node and per-node counts a Slurm script's #SBATCH lines give the job. Under a launcher that starts each node's processes
 * itself (`spawns`: srun of torchrun, accelerate or deepspeed, one task a node), a node's GPUs are its processes, not its tasks.
 */
export function slurmCounts(r: FactReader, spawns = false): Omit<LaunchCounts, 'worldSize'> {
  const count = (key: string): Sourced<number> | undefined => {
    const f = r.present(key);
    if (!f) return undefined;
    // 8, "8", gpu:8, h100:8 (a range such as 2-4 is no one number).
    const m = /(?:^|:)(\d+)$/.exec(String(f.value));
    const n = m ? Number(m[1]) : NaN;
    return Number.isInteger(n) && n >= 1 && n <= 1e6 ? fromFact(n, f) : undefined;
  };
  return {
    // (srun's own -N for the step it starts, within the allocation #SBATCH asked for.)
    nodes: count('@srun.--nodes') ?? count('#SBATCH.--nodes'),
    perNode: spawns
      ? (count('#SBATCH.--gpus-per-node') ?? count('#SBATCH.--gres') ?? count('#SBATCH.--ntasks-per-node'))
      : (count('#SBATCH.--ntasks-per-node') ?? count('#SBATCH.--gpus-per-node') ?? count('#SBATCH.--gres')),
  };
}

/**
 * The GPU a Slurm script asks for by type (`#SBATCH --gres=gpu:b200:1`, `--gpus-per-node=h100:8`, `--gpus=a100:4`): its preset,
 * where the type names one (hardware/presets.ts acceleratorOfCloudName); a bare count names none.
 */
export function slurmAccelerator(r: FactReader): Sourced<string> | undefined {
  for (const key of ['#SBATCH.--gres', '#SBATCH.--gpus-per-node', '#SBATCH.--gpus', '#SBATCH.--gpus-per-task', '#SBATCH.-G']) {
    const f = r.present(key);
    const m = f ? /^(?:gpu:)?([A-Za-z][\w.-]*?)(?::\d+)?$/.exec(String(f.value).split(',')[0]!.trim()) : null;
    const id = m && m[1]!.toLowerCase() !== 'gpu' ? acceleratorOfCloudName(m[1]!) : undefined;
    // A site's type name for an A100 rarely says its memory (Alvis's A100:4 has 40 GB and 80 GB nodes): the 40 GB part, said.
    if (f && id === 'a100-40gb' && !/40/.test(m![1]!)) return assumed(id, { id: 'prov.slurmA100', args: { name: m![1]! } });
    if (f && id) return fromFact(id, f);
  }
  return undefined;
}
