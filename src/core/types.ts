/**
 * Types shared by every stage: located facts, provenance, messages and results.
 * Data flows one way: text → facts → spec → analysis → findings → views.
 */
import type { MessageId } from './messages/en';

/** Offsets into a file's text, half-open [start, end). */
export interface Range {
  readonly start: number;
  readonly end: number;
}

export type FactValue = number | string | boolean | null | readonly FactValue[];

/** One located key/value from one file. Extractors know syntax, nothing about ML. */
export interface Fact {
  readonly file: string;
  /** Key path, e.g. ["model", "num_layers"] or ["--num-layers"]. */
  readonly path: readonly (string | number)[];
  readonly value: FactValue;
  readonly keyRange: Range;
  readonly valueRange: Range;
  /** Written, but with a value a static reading cannot know (the shell's $1, $(cmd), an unset variable): value is null. */
  readonly unknown?: true;
  /** An unknown value's last path part where that is written ($MODELS/Qwen3.5-9B, ${HOME}/models/Llama-3.1-8B): a folder's name. */
  readonly tail?: string;
}

/**
 * A number in a message that the view formats for its reader (rules pass numbers, never text):
 * bytes as "149 GB", seconds as "1.20 s", a ratio with 3 significant digits.
 */
export interface Measure {
  readonly unit: 'bytes' | 'seconds' | 'ratio';
  readonly value: number;
}

export type MessageArg = string | number | Measure;

/** A message id with its parameters; views turn it into text in the user's language. */
export interface Message {
  readonly id: MessageId;
  readonly args?: Readonly<Record<string, MessageArg>>;
}

/**
 * Where a spec value came from: facts in files, an assumption (with the default it used),
 * or a derivation from other values (e.g. head_dim = hidden / heads).
 */
export type Provenance =
  | { readonly kind: 'fact'; readonly file: string; readonly path: readonly (string | number)[]; readonly range: Range }
  | { readonly kind: 'assumed'; readonly reason: Message }
  | { readonly kind: 'override'; readonly reason: Message }
  | { readonly kind: 'derived'; readonly reason: Message; readonly from: readonly Provenance[] };

export interface Sourced<T> {
  readonly value: T;
  readonly source: Provenance;
}

export type Severity = 'error' | 'warning' | 'info';

export interface TextEdit {
  readonly file: string;
  readonly range: Range;
  readonly newText: string;
}

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: Message;
  /** Where it applies; empty for a whole-file finding. */
  readonly ranges: readonly { readonly file: string; readonly range: Range }[];
  readonly fixes: readonly { readonly title: Message; readonly edits: readonly TextEdit[] }[];
}

export function finding(ruleId: string, severity: Severity, message: Message, where?: { file: string; range: Range }): Finding {
  return { ruleId, severity, message, ranges: where ? [where] : [], fixes: [] };
}

export function fromFact<T>(value: T, fact: Fact): Sourced<T> {
  return { value, source: { kind: 'fact', file: fact.file, path: fact.path, range: fact.valueRange } };
}

/** Whether a value rests on something a file says (a fact, an override, or derived from one), not on a default or an assumption alone. */
export function restsOnFile(p: Provenance): boolean {
  return p.kind === 'fact' || p.kind === 'override' || (p.kind === 'derived' && p.from.some(restsOnFile));
}

/** The fact a value rests on: its own, or the first of those it was worked out from (depth first); undefined for a default or an assumption alone. */
export function factOf(p: Provenance): Extract<Provenance, { kind: 'fact' }> | undefined {
  if (p.kind === 'fact') return p;
  if (p.kind === 'derived')
    for (const q of p.from) {
      const f = factOf(q);
      if (f) return f;
    }
  return undefined;
}

export function assumed<T>(value: T, reason: Message): Sourced<T> {
  return { value, source: { kind: 'assumed', reason } };
}

export function overridden<T>(value: T, reason: Message): Sourced<T> {
  return { value, source: { kind: 'override', reason } };
}

export function derived<T>(value: T, reason: Message, ...from: Sourced<unknown>[]): Sourced<T> {
  return { value, source: { kind: 'derived', reason, from: from.map((s) => s.source) } };
}

/** Rebuilds a spec-shaped object, replacing each Sourced<T> leaf by fn's result. */
export function mapSourced(node: unknown, path: string[], fn: (s: Sourced<unknown>, path: string[]) => unknown): unknown {
  if (node === null || typeof node !== 'object') return node;
  if ('value' in node && 'source' in node) return fn(node as Sourced<unknown>, path);
  if (Array.isArray(node)) return node.map((x, i) => mapSourced(x, [...path, String(i)], fn));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) if (v !== undefined) out[k] = mapSourced(v, [...path, k], fn);
  return out;
}
