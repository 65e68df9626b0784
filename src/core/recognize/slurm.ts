/**
 * A Slurm batch script's own size: its #SBATCH directives (the shell extractor reads them as `#SBATCH.--nodes`, …).
 * srun starts --ntasks-per-node ranks on each node; a launcher inside (torchrun, deepspeed) states its own per-node count,
 * which wins.
 */
import type { Sourced } from '../types';
import { fromFact } from '../types';
import type { FactReader } from './reader';

export interface SlurmCounts {
  readonly nodes?: Sourced<number>;
  readonly perNode?: Sourced<number>;
}

export function slurmCounts(r: FactReader): SlurmCounts {
  const count = (key: string): Sourced<number> | undefined => {
    const f = r.present(key);
    if (!f) return undefined;
    // 8, "8", gpu:8, h100:8 (a range such as 2-4 is no one number).
    const m = /(?:^|:)(\d+)$/.exec(String(f.value));
    const n = m ? Number(m[1]) : NaN;
    return Number.isInteger(n) && n >= 1 && n <= 1e6 ? fromFact(n, f) : undefined;
  };
  return {
    nodes: count('#SBATCH.--nodes'),
    perNode: count('#SBATCH.--ntasks-per-node') ?? count('#SBATCH.--gpus-per-node') ?? count('#SBATCH.--gres'),
  };
}
