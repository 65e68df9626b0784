/**
 * Writing a layout back to the config: each changed value goes where it came from (the variable
 * assignment in a script, the key in the file that set it); a value no file sets becomes a new key
 * or flag in the first file whose family can take one (its trainer module says how). One list of
 * edits, applied as one undoable edit by the caller, and only when the user asks.
 */
import type { Fact, Sourced, TextEdit } from '../types';
import type { Family } from './common';
import { isNotebook } from '../extract/notebook';
import { trainerOf } from './trainers';
import type { LayoutField, LayoutValue } from './trainer';

export type LayoutTarget = Partial<Record<LayoutField | 'gradAccum', LayoutValue>>;

/** What an edit needs of a setup: its files (with the family that read each), their facts, and where each current value came from. */
export interface EditableSetup {
  readonly files: readonly { readonly path: string; readonly text: string; readonly family?: Family }[];
  readonly facts: readonly Fact[];
  readonly current: Readonly<Partial<Record<LayoutField | 'gradAccum', Sourced<unknown>>>>;
}

export interface PlannedEdits {
  readonly edits: TextEdit[];
  /** Values that no file sets and no file of the setup can take (the caller says so). */
  readonly missing: (LayoutField | 'gradAccum')[];
}

export function planLayoutEdits(setup: EditableSetup, target: LayoutTarget): PlannedEdits {
  const texts = new Map(setup.files.map((f) => [f.path, f.text]));
  const edits: TextEdit[] = [];
  const missing: (LayoutField | 'gradAccum')[] = [];
  // (A notebook's values are written inside the JSON strings of its cells: one is rewritten in place where it is a bare number or
  // boolean, which reads the same there; nothing is added to one.)
  const owner = setup.files.find((f) => trainerOf(f.family).writes?.add && !isNotebook(f.path));
  const writes = owner ? trainerOf(owner.family).writes : undefined;
  for (const key of Object.keys(target) as (LayoutField | 'gradAccum')[]) {
    const value = target[key];
    const now = setup.current[key];
    if (value === undefined || now?.value === value) continue;
    const src = now?.source;
    const unset = src?.kind === 'fact' ? trainerOf(setup.files.find((f) => f.path === src.file)?.family).writes?.unset : undefined;
    if (src?.kind === 'fact' && unset && unset.field === key && unset.value === value && !isNotebook(src.file)) {
      const removed = removeKeys(setup, src.file, unset.keys);
      if (removed) edits.push(...removed);
      else missing.push(key);
      continue;
    }
    if (src?.kind === 'fact') {
      const text = texts.get(src.file) ?? '';
      const written = text.slice(src.range.start, src.range.end);
      // A flag that sets a value by its presence (--recompute-activations) cannot take another value in place.
      if (!written.startsWith('--') && (!isNotebook(src.file) || /^[\w.+-]+$/.test(written))) {
        const family = setup.files.find((f) => f.path === src.file)?.family;
        const newText = valueText(written, key, value, family);
        if (!isNotebook(src.file) || /^[\w.+-]+$/.test(newText)) {
          edits.push({ file: src.file, range: src.range, newText });
          continue;
        }
      }
    }
    const name = key === 'gradAccum' ? undefined : writes?.keys[key];
    const added = owner && writes?.add && name ? writes.add(owner, setup.facts, name, writes.text?.(key as LayoutField, value) ?? String(value)) : undefined;
    if (added) edits.push(added);
    else missing.push(key);
  }
  // Several insertions at one offset: keep them in a stable order (edits apply from the end).
  return { edits: mergeInsertions(edits), missing };
}

/** The new value in the form the old one was written: quoted if it was, a boolean where the key is one. */
function valueText(written: string, key: LayoutField | 'gradAccum', value: LayoutValue, family: Family | undefined): string {
  const text = key !== 'gradAccum' ? trainerOf(family).writes?.text?.(key, value) : undefined;
  let raw = text ?? String(value);
  if (text === undefined && key === 'recompute' && /^(true|false)$/i.test(written)) {
    raw = String(value === 'full');
    if (/^[TF]/.test(written)) raw = raw[0]!.toUpperCase() + raw.slice(1); // Python's True / False
  }
  const quote = /^["']/.test(written) ? written[0]! : '';
  return `${quote}${raw}${quote}`;
}

/**
 * Removes each flag of `keys` with its value (and the space after it) from a file; undefined when a
 * flag's value is written elsewhere (a variable it reads), where removing cannot be done cleanly.
 */
function removeKeys(setup: EditableSetup, file: string, keys: readonly string[]): TextEdit[] | undefined {
  const text = setup.files.find((f) => f.path === file)?.text ?? '';
  const edits: TextEdit[] = [];
  for (const f of setup.facts) {
    if (f.file !== file || !keys.includes(String(f.path[0])) || f.keyRange.end <= f.keyRange.start) continue;
    const end = f.valueRange.end > f.keyRange.end ? f.valueRange.end : f.keyRange.end;
    if (f.valueRange.end > f.keyRange.end && !/^\s+$/.test(text.slice(f.keyRange.end, f.valueRange.start))) return undefined;
    edits.push({ file, range: { start: f.keyRange.start, end: text[end] === ' ' ? end + 1 : end }, newText: '' });
  }
  return edits;
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
