/**
 * visible-gpus: a launch that starts more processes on a node than the GPUs its CUDA_VISIBLE_DEVICES shows (`"4,7"` with
 * accelerate's num_processes 4): the ranks past those GPUs find none, and the run fails as written.
 */
import type { Sourced } from '../types';
import { fromFact } from '../types';
import type { Rule } from './rule';
import { at } from './where';

export const visibleGpus: Rule = {
  id: 'visible-gpus',
  defaultSeverity: 'warning',
  description: 'rules.visibleGpus',
  run(ctx) {
    // (The environment of the command the launch is read from, its last: an earlier command's is its own.)
    const f = ctx.facts.filter((x) => x.path.length === 2 && x.path[0] === '@env' && x.path[1] === 'CUDA_VISIBLE_DEVICES').pop();
    if (!f || f.unknown || f.value === null) return [];
    const shown = String(f.value)
      .split(',')
      .filter((x) => x.trim() !== '').length;
    const p = ctx.spec.parallel;
    // The processes on each node, as the files state them (not a count the tool chose).
    const stated = (s: Sourced<number> | undefined) => (s && s.source.kind !== 'assumed' ? s : undefined);
    const nodes = p.nodes?.value ?? 1;
    const world = stated(p.worldSize);
    // (The world the setup settled on first: a launch's --num_processes over its accelerate config's count.)
    const perNode = (world && world.value % nodes === 0 ? { value: world.value / nodes, source: world.source } : undefined) ?? stated(p.gpusPerNode);
    if (shown === 0 || !perNode || perNode.value <= shown) return [];
    return [
      {
        ruleId: 'visible-gpus',
        severity: 'warning',
        message: { id: 'rule.visibleGpus', args: { processes: perNode.value, gpus: shown, devices: String(f.value) } },
        ranges: [...at(ctx, fromFact(shown, f)), ...at(ctx, perNode)],
        fixes: [],
      },
    ];
  },
};
