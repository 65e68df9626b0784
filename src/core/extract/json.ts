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

/** The first line of a parser's message (the YAML and TOML libraries add a code excerpt below it). */
export function firstLine(s: string): string {
  return (s.split('\n')[0] ?? s).trim();
}

type Frame =
  | { kind: 'object'; path: (string | number)[]; key?: { name: string; range: Range } }
  | {
      kind: 'array';
      path: (string | number)[];
      keyRange: Range | undefined;
      start: number;
      items: { value: FactValue; range: Range }[];
      scalars: boolean;
      index: number;
    };

export function extractJson(file: string, text: string): Extraction {
  if (text.trim() === '') {
    return { facts: [], errors: [finding('syntax', 'error', { id: 'extract.empty' }, { file, range: { start: 0, end: 0 } })] };
  }
  // Strict JSON (most config.json files) takes the fast path; comments, trailing commas, errors
  // and deep nesting go through jsonc-parser's visitor, which recovers and explains.
  const t = withPythonInfinity(text);
  return fastExtract(file, t) ?? visitExtract(file, t);
}

/**
 * Python's json module writes float('inf') as a bare Infinity (transformers' Mamba-2 configs: "time_step_limit": [0.0,
 * Infinity]); each one outside a string becomes 1e999999 of the same length, a JSON number that reads as Infinity, so every
 * offset stays where it was.
 */
export function withPythonInfinity(text: string): string {
  if (!text.includes('Infinity')) return text;
  let out = '';
  let last = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === C.Backslash) i++;
      else if (c === C.Quote) inString = false;
    } else if (c === C.Quote) inString = true;
    else if (c === 73 /* I */ && text.startsWith('Infinity', i)) {
      out += text.slice(last, i) + '1e999999';
      last = i + 8;
      i += 7;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}

const enum C {
  Quote = 34,
  Comma = 44,
  Minus = 45,
  Colon = 58,
  OpenBracket = 91,
  Backslash = 92,
  CloseBracket = 93,
  OpenBrace = 123,
  CloseBrace = 125,
}

class Bail extends Error {}

/** A strict-JSON scanner over char codes that records ranges; throws Bail on anything else. */
export function fastExtract(file: string, text: string): Extraction | undefined {
  const n = text.length;
  const facts: Fact[] = [];
  const path: (string | number)[] = [];
  let i = 0;
  const ws = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else return;
    }
  };
  const str = (): string => {
    const start = ++i;
    let escaped = false;
    for (;;) {
      if (i >= n) throw new Bail();
      const c = text.charCodeAt(i);
      if (c === C.Quote) break;
      if (c === C.Backslash) {
        escaped = true;
        i += 2;
        continue;
      }
      if (c < 32) throw new Bail();
      i++;
    }
    const raw = text.slice(start, i++);
    return escaped ? (JSON.parse(`"${raw}"`) as string) : raw;
  };
  const scalarAt = (): FactValue => {
    const c = text.charCodeAt(i);
    if (c === C.Quote) return str();
    if (text.startsWith('true', i)) return ((i += 4), true);
    if (text.startsWith('false', i)) return ((i += 5), false);
    if (text.startsWith('null', i)) return ((i += 4), null);
    const start = i;
    if (c === C.Minus) i++;
    while (i < n) {
      const d = text.charCodeAt(i);
      if ((d >= 48 && d <= 57) || d === 46 || d === 101 || d === 69 || d === 43 || d === 45) i++;
      else break;
    }
    if (i === start) throw new Bail();
    const v = Number(text.slice(start, i));
    if (Number.isNaN(v)) throw new Bail();
    return v;
  };
  /** Parses the value at i for the current path; returns whether it was a container. */
  const value = (keyRange: Range | undefined, depth: number): void => {
    if (depth > MAX_DEPTH) throw new Bail();
    const c = text.charCodeAt(i);
    const start = i;
    if (c === C.OpenBrace) {
      object(depth + 1);
      return;
    }
    if (c === C.OpenBracket) {
      i++;
      ws();
      const items: { value: FactValue; range: Range; container: boolean }[] = [];
      let scalars = true;
      if (text.charCodeAt(i) === C.CloseBracket) i++;
      else
        for (let index = 0; ; index++) {
          ws();
          const s = i;
          const d = text.charCodeAt(i);
          if (d === C.OpenBrace || d === C.OpenBracket) {
            scalars = false;
            path.push(index);
            value(undefined, depth + 1);
            path.pop();
            items.push({ value: null, range: { start: s, end: i }, container: true });
          } else items.push({ value: scalarAt(), range: { start: s, end: i }, container: false });
          ws();
          const e = text.charCodeAt(i++);
          if (e === C.CloseBracket) break;
          if (e !== C.Comma) throw new Bail();
        }
      const valueRange = { start, end: i };
      if (scalars) facts.push({ file, path: path.slice(), value: items.map((x) => x.value), keyRange: keyRange ?? valueRange, valueRange });
      else
        items.forEach((x, k) => {
          if (!x.container) facts.push({ file, path: [...path, k], value: x.value, keyRange: x.range, valueRange: x.range });
        });
      return;
    }
    const v = scalarAt();
    const valueRange = { start, end: i };
    facts.push({ file, path: path.slice(), value: v, keyRange: keyRange ?? valueRange, valueRange });
  };
  const object = (depth: number): void => {
    i++; // {
    ws();
    if (text.charCodeAt(i) === C.CloseBrace) {
      i++;
      return;
    }
    for (;;) {
      ws();
      if (text.charCodeAt(i) !== C.Quote) throw new Bail();
      const ks = i;
      const key = str();
      const keyRange = { start: ks, end: i };
      ws();
      if (text.charCodeAt(i++) !== C.Colon) throw new Bail();
      ws();
      path.push(key);
      value(keyRange, depth);
      path.pop();
      ws();
      const e = text.charCodeAt(i++);
      if (e === C.CloseBrace) return;
      if (e !== C.Comma) throw new Bail();
    }
  };
  try {
    ws();
    if (text.charCodeAt(i) !== C.OpenBrace) return undefined;
    object(1);
    ws();
    return i === n ? { facts, errors: [] } : undefined;
  } catch (e) {
    if (e instanceof Bail || e instanceof SyntaxError) return undefined;
    throw e;
  }
}

export function visitExtract(file: string, text: string): Extraction {
  const errors: Finding[] = [];
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
      if (!deepReported)
        errors.push(
          finding('syntax', 'warning', { id: 'extract.tooDeep', args: { depth: MAX_DEPTH } }, { file, range: { start: offset, end: offset + length } }),
        );
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
    stack.push(
      kind === 'object'
        ? { kind: 'object', path: at.path }
        : { kind: 'array', path: at.path, keyRange: at.keyRange, start: offset, items: [], scalars: true, index: 0 },
    );
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
      else
        frame.items.forEach(
          (item, i) => item && facts.push({ file, path: [...frame.path, i], value: item.value, keyRange: item.range, valueRange: item.range }),
        );
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
        errors.push(
          finding(
            'syntax',
            'error',
            { id: 'extract.jsonSyntax', args: { problem: printParseErrorCode(error) } },
            { file, range: { start: offset, end: offset + length } },
          ),
        );
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
