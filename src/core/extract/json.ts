/**
 * JSON / JSONC extraction: text in, located facts out. Uses jsonc-parser's streaming visitor (no
 * syntax tree is built: about three times faster than parseTree), which tolerates comments and
 * trailing commas, recovers from errors and reports every token's offset.
 */
import { printParseErrorCode, visit } from 'jsonc-parser';
import type { Fact, FactValue, Finding, Range } from '../types';
import { finding } from '../types';

export interface Extraction {
  readonly facts: readonly Fact[];
  /** Syntax problems, each with a range; the facts are what could be recovered. */
  readonly errors: readonly Finding[];
}

/** Deepest nesting we follow; deeper objects are reported, not recursed into. */
export const MAX_DEPTH = 64;

type Frame =
  | { kind: 'object'; path: (string | number)[]; key?: { name: string; range: Range } }
  | { kind: 'array'; path: (string | number)[]; keyRange: Range | undefined; start: number; items: { value: FactValue; range: Range }[]; scalars: boolean; index: number };

export function extractJson(file: string, text: string): Extraction {
  const errors: Finding[] = [];
  if (text.trim() === '') {
    return { facts: [], errors: [finding('syntax', 'error', { id: 'extract.empty' }, { file, range: { start: 0, end: 0 } })] };
  }
  const facts: Fact[] = [];
  const stack: Frame[] = [];
  let started = false;
  let tooDeep = 0;
  let deepReported = false;

  /** Where a new value goes: its path and key range, from the frame it sits in. */
  const slot = (): { path: (string | number)[]; keyRange?: Range } | undefined => {
    const top = stack[stack.length - 1];
    if (!top) return undefined;
    if (top.kind === 'object') return top.key ? { path: [...top.path, top.key.name], keyRange: top.key.range } : undefined;
    return { path: [...top.path, top.index] };
  };
  /** A value in the current frame is complete. */
  const done = () => {
    const top = stack[stack.length - 1];
    if (!top) return;
    if (top.kind === 'object') top.key = undefined;
    else top.index++;
  };
  const begin = (offset: number, length: number, kind: 'object' | 'array'): boolean => {
    if (!started) {
      started = true;
      if (kind !== 'object') {
        errors.push(finding('syntax', 'error', { id: 'extract.jsonNotObject' }, { file, range: { start: offset, end: offset + length } }));
        return false;
      }
      stack.push({ kind: 'object', path: [] });
      return true;
    }
    if (tooDeep > 0 || stack.length > MAX_DEPTH) {
      if (!deepReported) errors.push(finding('syntax', 'warning', { id: 'extract.tooDeep', args: { depth: MAX_DEPTH } }, { file, range: { start: offset, end: offset + length } }));
      deepReported = true;
      tooDeep++;
      return false;
    }
    const parent = stack[stack.length - 1];
    const at = slot();
    if (!parent || !at) {
      tooDeep++;
      return false;
    }
    if (parent.kind === 'array') parent.scalars = false;
    stack.push(kind === 'object' ? { kind: 'object', path: at.path } : { kind: 'array', path: at.path, keyRange: at.keyRange, start: offset, items: [], scalars: true, index: 0 });
    return true;
  };
  const end = (offset: number, length: number) => {
    if (tooDeep > 0) {
      tooDeep--;
      return;
    }
    const frame = stack.pop();
    if (frame && frame.kind === 'array') {
      const valueRange = { start: frame.start, end: offset + length };
      if (frame.scalars) facts.push({ file, path: frame.path, value: frame.items.map((i) => i.value), keyRange: frame.keyRange ?? valueRange, valueRange });
      else frame.items.forEach((item, i) => item && facts.push({ file, path: [...frame.path, i], value: item.value, keyRange: item.range, valueRange: item.range }));
    }
    done();
  };

  visit(
    text,
    {
      onObjectBegin: (offset, length) => void begin(offset, length, 'object'),
      onObjectEnd: (offset, length) => end(offset, length),
      onArrayBegin: (offset, length) => void begin(offset, length, 'array'),
      onArrayEnd: (offset, length) => end(offset, length),
      onObjectProperty: (name, offset, length) => {
        const top = stack[stack.length - 1];
        if (tooDeep === 0 && top?.kind === 'object') top.key = { name, range: { start: offset, end: offset + length } };
      },
      onLiteralValue: (value: unknown, offset, length) => {
        if (!started) {
          started = true;
          errors.push(finding('syntax', 'error', { id: 'extract.jsonNotObject' }, { file, range: { start: offset, end: offset + length } }));
          return;
        }
        if (tooDeep > 0) return;
        const top = stack[stack.length - 1];
        const range = { start: offset, end: offset + length };
        const v = scalar(value);
        if (top?.kind === 'array') {
          top.items[top.index] = { value: v, range };
          top.index++;
          return;
        }
        const at = slot();
        if (at) facts.push({ file, path: at.path, value: v, keyRange: at.keyRange ?? range, valueRange: range });
        done();
      },
      onError: (error, offset, length) => {
        errors.push(finding('syntax', 'error', { id: 'extract.jsonSyntax', args: { problem: printParseErrorCode(error) } }, { file, range: { start: offset, end: offset + length } }));
      },
    },
    { allowTrailingComma: true, disallowComments: false },
  );
  return { facts, errors };
}

function scalar(v: unknown): FactValue {
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return null;
}
