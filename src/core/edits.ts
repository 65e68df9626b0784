/**
 * Writing a layout back to the config: each changed value goes where it came from (the variable
 * assignment in a script, the key in the file that set it); a value no file sets becomes a new key
 * or flag in the file that owns the training settings. One list of edits, applied as one undoable
 * edit by the caller, and only when the user asks.
 */
import type { FileAnalysis } from './pipeline';
import type { Fact, TextEdit } from './types';

export interface LayoutTarget {
  tp?: number;
  pp?: number;
  vpp?: number;
  dp?: number;
  cp?: number;
  ep?: number;
  microBatch?: number;
  recompute?: 'none' | 'selective' | 'full';
}

/** New flags / keys per family, for values that no file sets. */
const NEW_KEYS: Readonly<Record<string, Readonly<Partial<Record<keyof LayoutTarget, string>>>>> = {
  megatron: {
    tp: '--tensor-model-parallel-size',
    pp: '--pipeline-model-parallel-size',
    vpp: '--virtual-pipeline-model-parallel-size',
    cp: '--context-parallel-size',
    ep: '--expert-model-parallel-size',
    microBatch: '--micro-batch-size',
    recompute: '--recompute-granularity',
  },
  axolotl: { tp: 'tensor_parallel_size', cp: 'context_parallel_size', dp: 'dp_shard_size', microBatch: 'micro_batch_size', recompute: 'gradient_checkpointing' },
};

export interface PlannedEdits {
  readonly edits: TextEdit[];
  /** Values that no file sets and no file of a known family can take (the caller says so). */
  readonly missing: (keyof LayoutTarget)[];
}

function familyOf(facts: readonly Fact[], file: string): string | undefined {
  const keys = new Set(facts.filter((f) => f.file === file).map((f) => String(f.path[0])));
  if (keys.has('--num-layers') || keys.has('--micro-batch-size') || keys.has('--tensor-model-parallel-size')) return 'megatron';
  if (keys.has('base_model')) return 'axolotl';
  return undefined;
}

export function planLayoutEdits(a: FileAnalysis, target: LayoutTarget): PlannedEdits {
  const c = a.analysis?.cluster;
  if (!c) return { edits: [], missing: Object.keys(target) as (keyof LayoutTarget)[] };
  const current: Record<keyof LayoutTarget, number | string> = { ...c.plan.layout };
  const texts = new Map(a.files.map((f) => [f.path, f.text]));
  const edits: TextEdit[] = [];
  const missing: (keyof LayoutTarget)[] = [];
  const owner = a.files.find((f) => familyOf(a.facts, f.path)) ?? a.files[0];
  const ownerFamily = owner ? familyOf(a.facts, owner.path) : undefined;
  for (const key of Object.keys(target) as (keyof LayoutTarget)[]) {
    const value = target[key];
    if (value === undefined || current[key] === value) continue;
    const src = c.plan.sources[key]?.source;
    if (src?.kind === 'fact') {
      const text = texts.get(src.file) ?? '';
      const written = text.slice(src.range.start, src.range.end);
      const quoted = /^["']/.test(written);
      const raw = key === 'recompute' && ownerFamily === 'axolotl' ? String(value === 'full') : String(value);
      edits.push({ file: src.file, range: src.range, newText: quoted ? `${written[0]}${raw}${written[0]}` : raw });
      continue;
    }
    const name = ownerFamily ? NEW_KEYS[ownerFamily]?.[key] : undefined;
    if (!owner || !ownerFamily || !name) {
      missing.push(key);
      continue;
    }
    if (ownerFamily === 'megatron') {
      // Before a flag of the same command: --micro-batch-size, else --num-layers.
      const flag = (name: string) => a.facts.find((f) => f.file === owner.path && f.path[0] === name);
      const anchor = flag('--micro-batch-size') ?? flag('--num-layers');
      if (!anchor) {
        missing.push(key);
        continue;
      }
      edits.push({ file: owner.path, range: { start: anchor.keyRange.start, end: anchor.keyRange.start }, newText: `${name} ${String(value)} ` });
    } else {
      const text = owner.text;
      const raw = key === 'recompute' ? String(value === 'full') : String(value);
      edits.push({ file: owner.path, range: { start: text.length, end: text.length }, newText: `${text.endsWith('\n') || text === '' ? '' : '\n'}${name}: ${raw}\n` });
    }
  }
  // Several insertions at one offset: keep them in a stable order (edits apply from the end).
  return { edits: mergeInsertions(edits), missing };
}

function mergeInsertions(edits: TextEdit[]): TextEdit[] {
  const out: TextEdit[] = [];
  for (const e of edits) {
    const same = out.find((x) => x.file === e.file && x.range.start === e.range.start && x.range.end === e.range.end && x.range.start === x.range.end);
    if (same && e.range.start === e.range.end) out[out.indexOf(same)] = { ...same, newText: same.newText + e.newText };
    else out.push(e);
  }
  return out;
}
