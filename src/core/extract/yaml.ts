/**
 * YAML extraction with the `yaml` library's node ranges. Anchors and aliases are resolved (an alias
 * yields the anchored value with the anchor's range, where an edit would go), with a budget on how
 * many nodes alias expansion may produce (alias bombs). Every document of a multi-document file is
 * read; later documents override earlier ones, as loaders that merge documents do.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, type Document, type Node as YamlNode } from 'yaml';
import type { Fact, FactValue, Finding, Range } from '../types';
import { finding } from '../types';
import { firstLine, MAX_DEPTH, type Extraction } from './json';

/** Most facts one file may produce (alias expansion counts); beyond it extraction stops with a notice. */
export const MAX_FACTS = 20000;

export function extractYaml(file: string, text: string): Extraction {
  if (text.trim() === '') return { facts: [], errors: [finding('syntax', 'error', { id: 'extract.empty' }, { file, range: { start: 0, end: 0 } })] };
  const errors: Finding[] = [];
  const facts: Fact[] = [];
  let budget = MAX_FACTS;
  let exhausted = false;
  /** Each alias node's target (alias nodes are distinct objects across the file's documents). */
  const targets = new Map<YamlNode, YamlNode | undefined>();
  let docs: Document.Parsed[];
  try {
    // YAML 1.1, as PyYAML (and OmegaConf on top of it) reads the trainers' configs: 32_000 is an
    // integer and True/yes/on are booleans.
    docs = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: false, version: '1.1' }) as Document.Parsed[];
  } catch (e) {
    return {
      facts,
      errors: [
        finding(
          'syntax',
          'error',
          { id: 'extract.yamlSyntax', args: { problem: e instanceof Error ? e.message : String(e) } },
          { file, range: { start: 0, end: 0 } },
        ),
      ],
    };
  }
  if (!Array.isArray(docs)) docs = [docs];
  for (const doc of docs) {
    for (const e of doc.errors) {
      errors.push(
        finding('syntax', 'error', { id: 'extract.yamlSyntax', args: { problem: firstLine(e.message) } }, { file, range: { start: e.pos[0], end: e.pos[1] } }),
      );
    }
    for (const w of doc.warnings) {
      errors.push(
        finding(
          'syntax',
          'warning',
          { id: 'extract.yamlSyntax', args: { problem: firstLine(w.message) } },
          { file, range: { start: w.pos[0], end: w.pos[1] } },
        ),
      );
    }
    const root = doc.contents;
    if (root && isMap(root)) visitMap(doc, root, [], 0, new Set());
    else if (root && !(isScalar(root) && root.value === null)) {
      errors.push(finding('syntax', 'error', { id: 'extract.yamlNotMapping' }, { file, range: rangeOf(root) }));
    }
  }
  if (exhausted) errors.push(finding('too-large', 'warning', { id: 'extract.tooManyValues', args: { max: MAX_FACTS } }, { file, range: { start: 0, end: 0 } }));
  return { facts, errors };

  /**
   * An alias resolves to its anchored node; undefined when it points nowhere. The library looks the
   * anchor up by walking the document, so each alias node's target is looked up once (an alias
   * bomb visits the same few aliases thousands of times).
   */
  function resolve(doc: Document.Parsed, node: YamlNode | null, resolving: Set<YamlNode>): YamlNode | null | undefined {
    if (node === null) return null;
    if (!isAlias(node)) return node;
    if (!targets.has(node)) targets.set(node, node.resolve(doc) as YamlNode | undefined);
    const target = targets.get(node);
    if (!target || resolving.has(target)) return undefined;
    return target;
  }

  function visitMap(doc: Document.Parsed, map: YamlNode, path: (string | number)[], depth: number, resolving: Set<YamlNode>): void {
    if (!isMap(map)) return;
    for (const pair of map.items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as YamlNode | null;
      const key = isScalar(keyNode) ? keyNode.value : null;
      // YAML merge key (`<<: *base`, a symbol in 1.1 mode) brings the anchored mapping's entries in.
      const merge = key === '<<' || (typeof key === 'symbol' && key.description === '<<');
      if (!merge && typeof key !== 'string' && typeof key !== 'number') continue;
      if (merge) {
        const target = resolve(doc, pair.value as YamlNode | null, resolving);
        if (target && isMap(target) && !resolving.has(target)) {
          resolving.add(target);
          visitMap(doc, target, path, depth + 1, resolving);
          resolving.delete(target);
        }
        continue;
      }
      visit(doc, pair.value as YamlNode | null, [...path, key as string | number], keyNode ? rangeOf(keyNode) : undefined, depth + 1, resolving);
    }
  }

  function visit(
    doc: Document.Parsed,
    raw: YamlNode | null,
    path: (string | number)[],
    keyRange: Range | undefined,
    depth: number,
    resolving: Set<YamlNode>,
  ): void {
    if (exhausted) return;
    if (depth > MAX_DEPTH) {
      errors.push(finding('syntax', 'warning', { id: 'extract.tooDeep', args: { depth: MAX_DEPTH } }, { file, range: keyRange ?? { start: 0, end: 0 } }));
      exhausted = true;
      return;
    }
    const node = resolve(doc, raw, resolving);
    if (node === undefined) return;
    if (node !== null && node !== raw && resolving.has(node)) return; // a cycle through aliases
    if (--budget < 0) {
      exhausted = true;
      return;
    }
    const valueRange = node !== null ? rangeOf(node) : (keyRange ?? { start: 0, end: 0 });
    const kr = keyRange ?? valueRange;
    if (node === null) {
      facts.push({ file, path, value: null, keyRange: kr, valueRange });
      return;
    }
    if (isMap(node)) {
      resolving.add(node);
      visitMap(doc, node, path, depth, resolving);
      resolving.delete(node);
      return;
    }
    if (isSeq(node)) {
      const items = node.items.map((i) => resolve(doc, i as YamlNode, resolving));
      if (items.every((i) => i === null || i === undefined || isScalar(i))) {
        facts.push({ file, path, value: items.map((i) => (i && isScalar(i) ? scalar(i.value) : null)), keyRange: kr, valueRange });
        return;
      }
      resolving.add(node);
      node.items.forEach((item, i) => visit(doc, item as YamlNode, [...path, i], undefined, depth + 1, resolving));
      resolving.delete(node);
      return;
    }
    if (isScalar(node)) facts.push({ file, path, value: scalar(node.value), keyRange: kr, valueRange });
  }
}

function rangeOf(node: YamlNode): Range {
  const r = node.range;
  return r ? { start: r[0], end: r[1] } : { start: 0, end: 0 };
}

function scalar(v: unknown): FactValue {
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return Number(v);
  return null;
}
