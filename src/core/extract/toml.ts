/**
 * TOML extraction with toml-eslint-parser, which keeps every node's range. Tables and dotted keys
 * become key paths; arrays of tables become indexed paths.
 */
import { parseTOML } from 'toml-eslint-parser';
import type { AST } from 'toml-eslint-parser';
import type { Fact, FactValue, Finding, Range } from '../types';
import { finding } from '../types';
import { firstLine, MAX_DEPTH, type Extraction } from './json';

export function extractToml(file: string, text: string): Extraction {
  if (text.trim() === '') return { facts: [], errors: [finding('syntax', 'error', { id: 'extract.empty' }, { file, range: { start: 0, end: 0 } })] };
  let ast: AST.TOMLProgram;
  try {
    ast = parseTOML(text);
  } catch (e) {
    const err = e as { index?: number; message?: string };
    const at = Math.min(typeof err.index === 'number' ? err.index : 0, text.length);
    return {
      facts: [],
      errors: [
        finding(
          'syntax',
          'error',
          { id: 'extract.tomlSyntax', args: { problem: firstLine(err.message ?? String(e)) } },
          { file, range: { start: at, end: Math.min(at + 1, text.length) } },
        ),
      ],
    };
  }
  const facts: Fact[] = [];
  const errors: Finding[] = [];
  const top = ast.body[0];
  if (!top) return { facts, errors };
  for (const item of top.body) {
    // resolvedKey already carries the index of an array-of-tables entry ([[stage]] → ["stage", 0]).
    if (item.type === 'TOMLKeyValue') keyValue(item, []);
    else for (const kv of item.body) keyValue(kv, [...item.resolvedKey]);
  }
  return { facts, errors };

  function keyValue(kv: AST.TOMLKeyValue, prefix: (string | number)[]): void {
    const path = [...prefix, ...kv.key.keys.map((k) => (k.type === 'TOMLBare' ? k.name : String(k.value)))];
    value(kv.value, path, range(kv.key), 0);
  }

  function value(node: AST.TOMLContentNode, path: (string | number)[], keyRange: Range, depth: number): void {
    if (depth > MAX_DEPTH) return;
    if (node.type === 'TOMLInlineTable') {
      for (const kv of node.body) keyValue(kv, path);
      return;
    }
    if (node.type === 'TOMLArray') {
      if (node.elements.every((e) => e.type === 'TOMLValue')) {
        facts.push({ file, path, value: node.elements.map((e) => scalar(e as AST.TOMLValue)), keyRange, valueRange: range(node) });
      } else node.elements.forEach((e, i) => value(e, [...path, i], range(e), depth + 1));
      return;
    }
    facts.push({ file, path, value: scalar(node), keyRange, valueRange: range(node) });
  }
}

function scalar(node: AST.TOMLValue): FactValue {
  const v: unknown = node.value;
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString();
  return null;
}

function range(node: { range: [number, number] }): Range {
  return { start: node.range[0], end: node.range[1] };
}
