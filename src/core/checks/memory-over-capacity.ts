/**
 * memory-over-capacity: what one GPU must hold (states, activations, reserve) exceeds its memory.
 * Fix: full activation recomputation, written where the setup's trainer reads it: the value of the
 * key that sets it, or, when no file sets it, a new key or flag in the file that owns the setting.
 */
import type { TextEdit } from '../types';
import type { CheckContext, Rule } from './rule';
import { at, layoutSource } from './where';

export const memoryOverCapacity: Rule = {
  id: 'memory-over-capacity',
  defaultSeverity: 'error',
  description: 'rules.memoryOverCapacity',
  run(ctx) {
    const c = ctx.analysis.cluster;
    if (!ctx.statesTraining || !ctx.knownSize || c.memory.fits) return [];
    const gb = (b: number) => `${(b / 1e9).toFixed(1)} GB`;
    const fix = c.plan.layout.recompute === 'full' ? undefined : recomputeEdit(ctx);
    return [
      {
        ruleId: 'memory-over-capacity',
        severity: 'error',
        message: { id: 'memory.overCapacity', args: { need: gb(c.memory.total), have: gb(c.memory.capacity), gpu: c.cluster.accelerator.name } },
        ranges: at(ctx, layoutSource(ctx, 'microBatch')),
        fixes: fix ? [{ title: { id: 'fix.recompute' }, edits: [fix] }] : [],
      },
    ];
  },
};

/** Keys that switch full recomputation on, per family, and how to add one when absent. */
const RECOMPUTE: Readonly<Record<string, { key: string; value: string; add?: (text: string, ctx: CheckContext, file: string) => TextEdit | undefined }>> = {
  megatron: {
    key: '--recompute-granularity',
    value: 'full',
    // Just before the micro-batch flag: the same command line, whatever variable feeds its value.
    add: (_text, ctx, file) => {
      const mb = ctx.facts.find((f) => f.file === file && f.path[0] === '--micro-batch-size');
      return mb ? { file, range: { start: mb.keyRange.start, end: mb.keyRange.start }, newText: '--recompute-granularity full --recompute-method uniform ' } : undefined;
    },
  },
  axolotl: { key: 'gradient_checkpointing', value: 'true', add: (text, _ctx, file) => ({ file, range: { start: text.length, end: text.length }, newText: `${text.endsWith('\n') || text === '' ? '' : '\n'}gradient_checkpointing: true\n` }) },
  nemo: { key: 'model.activations_checkpoint_granularity', value: 'full' },
  maxtext: { key: 'remat_policy', value: 'full', add: (text, _ctx, file) => ({ file, range: { start: text.length, end: text.length }, newText: `${text.endsWith('\n') || text === '' ? '' : '\n'}remat_policy: full\n` }) },
  neox: { key: 'checkpoint_activations', value: 'true' },
};

function recomputeEdit(ctx: CheckContext): TextEdit | undefined {
  // The file that owns the training settings: the one that set the micro-batch, else the main file.
  const src = layoutSource(ctx, 'microBatch')?.source;
  const file = src?.kind === 'fact' ? src.file : ctx.mainFile;
  const owner = ctx.files.find((f) => f.path === file);
  const family = ownerFamily(ctx, file);
  const rule = family ? RECOMPUTE[family] : undefined;
  if (!owner || !rule) return undefined;
  const existing = ctx.facts.find((f) => f.file === file && f.path.join('.') === rule.key);
  if (existing) {
    const quoted = /^["']/.test(owner.text.slice(existing.valueRange.start, existing.valueRange.end));
    return { file, range: existing.valueRange, newText: quoted ? JSON.stringify(rule.value) : rule.value };
  }
  return rule.add?.(owner.text, ctx, file);
}

function ownerFamily(ctx: CheckContext, file: string): string | undefined {
  const keys = new Set(ctx.facts.filter((f) => f.file === file).map((f) => String(f.path[0])));
  if (keys.has('--micro-batch-size') || keys.has('--num-layers')) return 'megatron';
  if (keys.has('base_model')) return 'axolotl';
  if (keys.has('per_device_batch_size') || keys.has('base_emb_dim')) return 'maxtext';
  if (keys.has('train_micro_batch_size_per_gpu') && keys.has('num_layers')) return 'neox';
  if (ctx.facts.some((f) => f.file === file && f.path[0] === 'model' && f.path[1] === 'micro_batch_size')) return 'nemo';
  return undefined;
}


