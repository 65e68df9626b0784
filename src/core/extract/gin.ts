/**
 * Gin config files (T5X's `.gin`, gin-config's syntax), read statically: each binding a fact where it is written.
 * - `NAME = value`: a macro, at ["NAME"];
 * - `scope/module.Class.param = value`, or `scope/module.Class:` followed by indented `param = value` lines: at
 *   ["scope/module.Class", "param"];
 * - `include 'path'`: at ["@include", n], its path;
 * - values: Python literals (numbers, strings, True / False / None, tuples and lists of scalars), a dict of scalars as one
 *   fact per key below the binding, `@Class()` references as written, and `%NAME` as the macro's value where the file binds
 *   it (gin resolves macros when they are read, so a later binding of the macro counts), located at the macro's binding.
 * A value spread over several lines (in brackets) is read whole; `import` lines, comments and anything else are skipped.
 */
import type { Fact, FactValue, Range } from '../types';
import { finding } from '../types';
import type { Extraction } from './json';

/** One logical line: its text with continuation lines joined (brackets left open), and where its parts start. */
interface Line {
  readonly text: string;
  readonly start: number;
  readonly indented: boolean;
}

/** The lines of a file, comments blanked, a line whose brackets are open joined with the next ones (offsets kept: newlines as spaces). */
function logicalLines(text: string): Line[] {
  const out: Line[] = [];
  let i = 0;
  while (i < text.length) {
    const start = i;
    let depth = 0;
    let quote: string | undefined;
    let body = '';
    for (; i < text.length; i++) {
      const c = text[i]!;
      if (quote) {
        if (c === '\\') {
          body += c + (text[i + 1] ?? '');
          i++;
          continue;
        }
        if (c === quote) quote = undefined;
        body += c;
        continue;
      }
      if (c === '#') {
        // A comment to the end of its line, blanked.
        while (i < text.length && text[i] !== '\n') {
          body += ' ';
          i++;
        }
        i--;
        continue;
      }
      if (c === '\n' && depth <= 0) break;
      if (c === "'" || c === '"') quote = c;
      else if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') depth--;
      body += c === '\n' || c === '\r' ? ' ' : c;
    }
    i++;
    if (body.trim() !== '') out.push({ text: body, start, indented: /^[ \t]/.test(body) });
  }
  return out;
}

const NAME = String.raw`[A-Za-z_][\w]*`;
/** `scope/module.Class.param`, `NAME`: a binding's selector and parameter. */
const BINDING = new RegExp(String.raw`^\s*((?:${NAME}/)*(?:${NAME}\.)*${NAME})\s*=\s*(.*?)\s*$`, 's');
const BLOCK = new RegExp(String.raw`^((?:${NAME}/)*(?:${NAME}\.)*${NAME})\s*:\s*$`);
const INCLUDE = /^include\s+(['"])(.*)\1\s*$/;

/** A scalar literal; undefined where the text is not one. */
function scalar(text: string): FactValue | undefined {
  const t = text.trim();
  if (/^[-+]?(\d[\d_]*\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return Number(t.replace(/_/g, ''));
  if (t === 'True' || t === 'False') return t === 'True';
  if (t === 'None') return null;
  const q = /^(['"])(.*)\1$/s.exec(t);
  if (q) return q[2]!;
  return undefined;
}

/** The items of a bracketed literal's body at its top level, each with its offset in the body. */
function items(body: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let depth = 0;
  let quote: string | undefined;
  let from = 0;
  for (let i = 0; i <= body.length; i++) {
    const c = body[i];
    if (quote) {
      if (c === quote) quote = undefined;
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if ((c === ',' && depth === 0) || c === undefined) {
      if (body.slice(from, i).trim() !== '') out.push({ text: body.slice(from, i), at: from });
      from = i + 1;
    }
  }
  return out;
}

export function extractGin(file: string, text: string): Extraction {
  if (text.trim() === '') return { facts: [], errors: [finding('syntax', 'error', { id: 'extract.empty' }, { file, range: { start: 0, end: 0 } })] };
  const facts: Fact[] = [];
  let block: string | undefined;
  let includes = 0;
  for (const line of logicalLines(text)) {
    const t = line.text;
    const lead = t.length - t.trimStart().length;
    const trimmed = t.trim();
    if (!line.indented) block = undefined;
    if (/^(from\s+\S+\s+)?import\s/.test(trimmed)) continue;
    const inc = INCLUDE.exec(trimmed);
    if (inc) {
      const at = line.start + lead + trimmed.indexOf(inc[1]!) + 1;
      const range = { start: at, end: at + inc[2]!.length };
      facts.push({ file, path: ['@include', includes++], value: inc[2]!, keyRange: range, valueRange: range });
      continue;
    }
    const head = BLOCK.exec(trimmed);
    if (head && !line.indented) {
      block = head[1]!;
      continue;
    }
    const bind = BINDING.exec(t);
    if (!bind) continue;
    const keyStart = line.start + t.indexOf(bind[1]!);
    const keyRange = { start: keyStart, end: keyStart + bind[1]!.length };
    const valueStart = line.start + t.indexOf(bind[2]!, t.indexOf('=') + 1);
    const valueRange = { start: valueStart, end: valueStart + bind[2]!.length };
    // Inside a block: `param = value` under `Class:`; otherwise the selector's last dotted part is the parameter (a macro has none).
    const dot = bind[1]!.lastIndexOf('.');
    const path: string[] = line.indented && block ? [block, bind[1]!] : dot > 0 ? [bind[1]!.slice(0, dot), bind[1]!.slice(dot + 1)] : [bind[1]!];
    facts.push(...ginValue(file, path, bind[2]!, keyRange, valueRange));
  }
  return { facts: resolveMacros(facts), errors: [] };
}

/**
 * A binding's value as facts at its path (a dict of scalars: one per key, below it); none for a value of no form read here.
 * `within`: each dict item located where its text is in the value (false: at the whole value's range, as a launch's
 * `--gin.NAME=value` gives it, quoted by the shell).
 */
export function ginValue(file: string, path: readonly (string | number)[], raw: string, keyRange: Range, valueRange: Range, within = true): Fact[] {
  const s = scalar(raw);
  if (s !== undefined) return [{ file, path, value: s, keyRange, valueRange }];
  const t = raw.trim();
  const open = t[0];
  if ((open === '(' || open === '[') && t.endsWith(open === '(' ? ')' : ']')) {
    const parts = items(t.slice(1, -1)).map((x) => scalar(x.text));
    return parts.every((p) => p !== undefined) ? [{ file, path, value: parts as FactValue, keyRange, valueRange }] : [];
  }
  if (open === '{' && t.endsWith('}')) {
    const bodyAt = valueRange.start + raw.indexOf('{') + 1;
    return items(t.slice(1, -1)).flatMap((item) => {
      const colon = item.text.indexOf(':');
      const key = colon > 0 ? scalar(item.text.slice(0, colon)) : undefined;
      if (typeof key !== 'string') return [];
      const rest = item.text.slice(colon + 1);
      const at = bodyAt + item.at + colon + 1 + (rest.length - rest.trimStart().length);
      return ginValue(file, [...path, key], rest, keyRange, within ? { start: at, end: at + rest.trim().length } : valueRange, within);
    });
  }
  // A reference (`@adafactor.Adafactor()`, `%MACRO`, `%gin.REQUIRED`) as written.
  return /^[@%]/.test(t) ? [{ file, path, value: t, keyRange, valueRange }] : [];
}

/**
 * `%NAME` values as the macro's, where the file binds it, at the macro's binding: a scalar's last binding (gin's), a dict's
 * keys (facts below the name).
 */
function resolveMacros(facts: readonly Fact[]): Fact[] {
  const macros = new Map<string, Fact[]>();
  for (const f of facts) {
    const name = f.path[0];
    if (typeof name !== 'string' || !/^[A-Za-z_]\w*$/.test(name)) continue;
    if (f.path.length === 1) macros.set(name, [f]);
    else if (macros.get(name)?.[0]?.path.length !== 1) macros.set(name, [...(macros.get(name) ?? []), f]);
  }
  return facts.flatMap((f) => {
    const ref = typeof f.value === 'string' ? /^%([A-Za-z_]\w*)$/.exec(f.value) : null;
    const bound = ref ? macros.get(ref[1]!) : undefined;
    if (!bound) return [f];
    return bound.map((m) => ({ ...m, path: [...f.path, ...m.path.slice(1)], keyRange: f.keyRange }));
  });
}
