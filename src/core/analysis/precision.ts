/**
 * Whether an accelerator can run the precision a workload asks for (analysis → violations, no family names). Transformer Engine
 * refuses FP8 below compute capability 8.9 (Ada, Hopper and later have FP8 tensor cores), its blockwise recipe below 9.0 (Hopper),
 * and runs its MXFP8 and NVFP4 recipes on Blackwell alone (block-scaled tensor cores, compute capability 10.0 and up): a config that asks for them elsewhere does not
 * start, so it has no step time. An accelerator a cluster file describes (custom) is taken at its word.
 */
import type { AcceleratorPreset } from '../hardware/presets';
import type { Violation, Workload } from './parallel';

export function precisionViolations(w: Pick<Workload, 'precision' | 'fp8Recipe'>, acc: AcceleratorPreset): Violation[] {
  if (acc.id === 'custom') return [];
  const v = (id: 'rule.fp8Hardware' | 'rule.fp4Hardware' | 'rule.mxfp8Hardware' | 'rule.blockwiseHardware'): Violation => ({
    dimension: 'precision',
    message: { id, args: { accelerator: acc.name } },
  });
  if (w.precision === 'fp4') return acc.blockScaled ? [] : [v('rule.fp4Hardware')];
  if (w.precision !== 'fp8') return [];
  if (acc.peakTflops.fp8 === undefined) return [v('rule.fp8Hardware')];
  if (w.fp8Recipe === 'mxfp8' && !acc.blockScaled) return [v('rule.mxfp8Hardware')];
  // Transformer Engine's Float8BlockScaling: compute capability 9.0 and up (check_fp8_block_scaling_support).
  if (w.fp8Recipe === 'blockwise' && acc.computeCapability !== undefined && acc.computeCapability < 9) return [v('rule.blockwiseHardware')];
  return [];
}
