/**
 * JSON / JSONC extraction: text in, located facts out. Uses jsonc-parser, which tolerates comments
 * and trailing commas, recovers from errors and keeps every node's offset.
 */
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { Fact, FactValue, Finding } from '../types';
import { finding } from '../types';

export interface Extraction {
  readonly facts: readonly Fact[];
  /** Syntax problems, each with a range; the facts are what could be recovered. */
  readonly errors: readonly Finding[];
}

/** Deepest nesting we follow; deeper objects are reported, not recursed into. */
export const MAX_DEPTH = 64;

export function extractJson(file: string, text: string): Extraction {
  const errors: Finding[] = [];
  if (text.trim() === '') {
    return { facts: [], errors: [finding('syntax', 'error', { id: 'extract.empty' }, { file, range: { start: 0, end: 0 } })] };
  }
  const parseErrors: ParseError[] = [];
  const root = parseTree(text, parseErrors, { allowTrailingComma: true, disallowComments: false });
  for (const e of parseErrors) {
    errors.push(
      finding('syntax', 'error', { id: 'extract.jsonSyntax', args: { problem: printParseErrorCode(e.error) } }, {
        file,
        range: { start: e.offset, end: e.offset + e.length },
      }),
    );
  }
  const facts: Fact[] = [];
  if (!root) return { facts, errors };
  if (root.type !== 'object') {
    errors.push(finding('syntax', 'error', { id: 'extract.jsonNotObject' }, { file, range: { start: root.offset, end: root.offset + root.length } }));
    return { facts, errors };
  }
  walk(root, [], 0);
  return { facts, errors };

  function walk(node: Node, path: (string | number)[], depth: number): void {
    if (depth > MAX_DEPTH) {
      errors.push(finding('syntax', 'warning', { id: 'extract.tooDeep', args: { depth: MAX_DEPTH } }, { file, range: { start: node.offset, end: node.offset + node.length } }));
      return;
    }
    if (node.type === 'object') {
      for (const prop of node.children ?? []) {
        const [keyNode, valueNode] = prop.children ?? [];
        if (!keyNode || !valueNode || typeof keyNode.value !== 'string') continue;
        visit(valueNode, [...path, keyNode.value], keyNode, depth + 1);
      }
    }
  }

  function visit(node: Node, path: (string | number)[], keyNode: Node | undefined, depth: number): void {
    if (node.type === 'object') {
      walk(node, path, depth);
      return;
    }
    const valueRange = { start: node.offset, end: node.offset + node.length };
    const keyRange = keyNode ? { start: keyNode.offset, end: keyNode.offset + keyNode.length } : valueRange;
    if (node.type === 'array') {
      const items = node.children ?? [];
      if (items.every((c) => c.type !== 'object' && c.type !== 'array')) {
        facts.push({ file, path, value: items.map(scalar), keyRange, valueRange });
      } else {
        items.forEach((child, i) => visit(child, [...path, i], undefined, depth + 1));
      }
      return;
    }
    facts.push({ file, path, value: scalar(node), keyRange, valueRange });
  }
}

function scalar(node: Node): FactValue {
  const v: unknown = node.value;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return null;
}
