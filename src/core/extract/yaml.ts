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
import { blankedOutside, extractShell } from './shell';

/** Most facts one file may produce (alias expansion counts); beyond it extraction stops with a notice. */
export const MAX_FACTS = 20000;

/** `vars`: shell variables the user gives (the CLI's --set), for the scripts the file holds. */
export function extractYaml(file: string, text: string, options: { vars?: Readonly<Record<string, string>> } = {}): Extraction {
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
  // A quoted string whose lines continue left of its key (PyYAML, which the trainers load with, reads it; the YAML spec does
  // not): read again with those strings' insides blank, each string's value then taken as PyYAML folds it, and said.
  const repaired = docs.some((d) => d.errors.length) ? leftQuotedStrings(text) : [];
  if (repaired.length) {
    const again = parseAllDocuments(blankInside(text, repaired), { prettyErrors: false, uniqueKeys: false, version: '1.1' }) as Document.Parsed[];
    if (Array.isArray(again) && !again.some((d) => d.errors.length)) {
      docs = again;
      for (const q of repaired)
        errors.push(
          finding(
            'syntax',
            'info',
            { id: 'extract.yamlLeftQuoted' },
            { file, range: { start: q.start, end: Math.min(q.end, text.indexOf('\n', q.start) >>> 0) } },
          ),
        );
    } else repaired.length = 0;
  }
  for (const doc of docs) {
    for (const e of doc.errors) {
      errors.push(
        finding('syntax', 'error', { id: 'extract.yamlSyntax', args: { problem: firstLine(e.message) } }, { file, range: { start: e.pos[0], end: e.pos[1] } }),
      );
    }
    for (const w of doc.warnings) {
      // (An application's own tag, Levanter's `data: !include data/owt.yaml`, is its loader's: the value is read as written.)
      if (w.code === 'TAG_RESOLVE_FAILED') continue;
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
  if (repaired.length) {
    const folded = new Map(repaired.map((q) => [q.start, q.value]));
    const read = facts.map((f) => (folded.has(f.valueRange.start) ? { ...f, value: folded.get(f.valueRange.start)! } : f));
    const scripts = embeddedScripts(file, text, read, options.vars);
    return { facts: [...read, ...scripts.facts], errors: [...errors, ...scripts.errors] };
  }
  const scripts = embeddedScripts(file, text, facts, options.vars);
  return { facts: [...facts, ...scripts.facts], errors: [...errors, ...scripts.errors] };

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
      // (A key YAML 1.1 reads as a boolean, `n:` or `on:`, is its text as a key: verl's actor_rollout_ref.rollout.n.)
      const key = isScalar(keyNode) ? (typeof keyNode.value === 'boolean' && typeof keyNode.source === 'string' ? keyNode.source : keyNode.value) : null;
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

/**
 * Quoted strings that open after a key and continue on lines indented no deeper than that key: [start, end) from the opening
 * quote to past the closing one, and the value PyYAML reads (its lines folded into one, separated by spaces; an empty line a
 * newline).
 */
function leftQuotedStrings(text: string): { start: number; end: number; value: string }[] {
  const out: { start: number; end: number; value: string }[] = [];
  const opening = /^([ \t]*)(?:- )?[^\s#'"][^:#\n]*:[ \t]+(["'])/gm;
  let m: RegExpExecArray | null;
  while ((m = opening.exec(text))) {
    const quote = m[2]!;
    const start = m.index + m[0].length - 1;
    let k = start + 1;
    for (; k < text.length; k++) {
      if (quote === '"' && text[k] === '\\') k++;
      else if (text[k] === quote) {
        if (quote === "'" && text[k + 1] === "'") k++;
        else break;
      }
    }
    if (k >= text.length) break;
    const inside = text.slice(start + 1, k);
    const lines = inside.split('\n');
    const indent = m[1]!.length;
    if (lines.length > 1 && lines.slice(1).some((l) => l.trim() !== '' && /^[ \t]*/.exec(l)![0].length <= indent)) {
      let value = '';
      lines.forEach((l, i) => {
        const t = i === 0 ? l.trimEnd() : i === lines.length - 1 ? l.trimStart() : l.trim();
        value += i === 0 ? t : t === '' ? '\n' : value.endsWith('\n') || value === '' ? t : ` ${t}`;
      });
      out.push({ start, end: k + 1, value: quote === '"' ? value.replace(/\\(["\\])/g, '$1').replace(/\\n/g, '\n') : value.replace(/''/g, "'") });
    }
    opening.lastIndex = k + 1;
  }
  return out;
}

/** The text with each of these quoted strings an empty one on its key's line, the rest blank (newlines kept): offsets stay the file's. */
function blankInside(text: string, spans: readonly { start: number; end: number }[]): string {
  let out = '';
  let at = 0;
  for (const q of spans) {
    const quote = text[q.start]!;
    out += text.slice(at, q.start) + quote + quote + text.slice(q.start + 2, q.end).replace(/[^\n]/g, ' ');
    at = q.end;
  }
  return out + text.slice(at);
}

/** Keys whose block string is a shell script a job runs: a Kubernetes container's command / args, SkyPilot's run / setup, CI steps' run / script. */
const SCRIPT_KEYS: ReadonlySet<string> = new Set(['args', 'command', 'commands', 'run', 'script', 'setup']);

/**
 * The shell scripts a YAML file holds as block strings (`args: - |` of a Kubernetes Job's container, SkyPilot's `run: |`): each
 * read as a shell script where it is written, in the environment the file gives it (the container's `env` list, SkyPilot's
 * `envs`), its facts under ["@script", the string's dotted path, …].
 */
function embeddedScripts(file: string, text: string, facts: readonly Fact[], vars?: Readonly<Record<string, string>>): { facts: Fact[]; errors: Finding[] } {
  const out: Fact[] = [];
  const errors: Finding[] = [];
  // (Read at the first script: most YAML files hold none.)
  let task: Record<string, { text: string; range: Range }> | undefined;
  const under = (prefix: readonly (string | number)[], g: Fact) => g.path.length > prefix.length && prefix.every((p, i) => g.path[i] === p);
  // The container a script belongs to: its env list, [{name, value}]; and a file's top-level envs map.
  const environmentOf = (container: readonly (string | number)[]) => {
    const environment: Record<string, { text: string; range: Range }> = {};
    for (const g of facts) {
      // (SkyPilot's envs, Amulet's env_defaults.)
      if ((under(['envs'], g) || under(['env_defaults'], g)) && g.path.length === 2 && g.value !== null && typeof g.value !== 'object')
        environment[String(g.path[1])] = { text: String(g.value), range: g.valueRange };
      if (under([...container, 'env'], g) && g.path.length === container.length + 3 && g.path[container.length + 2] === 'name' && typeof g.value === 'string') {
        const value = facts.find((v) => v.path.length === g.path.length && under(g.path.slice(0, -1), v) && v.path[g.path.length - 1] === 'value');
        if (value && value.value !== null && typeof value.value !== 'object') environment[g.value] = { text: String(value.value), range: value.valueRange };
      }
    }
    // (What the task file sets on every node, where the script's own environment does not say.)
    task ??= taskEnvironment(facts);
    for (const [name, v] of Object.entries(task)) environment[name] ??= v;
    return environment;
  };
  // A script read as the shell reads it, in its container's environment, its facts under ["@script", the string's path].
  const readScript = (f: Fact, script: string, container: readonly (string | number)[]): void => {
    const read = extractShell(file, script, { environment: environmentOf(container), ...(vars ? { vars } : {}) });
    const id = f.path.join('.');
    for (const g of read.facts) out.push({ ...g, path: ['@script', id, ...g.path] });
    errors.push(...read.errors);
  };
  for (const f of facts) {
    const key = [...f.path].reverse().find((p): p is string => typeof p === 'string');
    if (key === undefined || !SCRIPT_KEYS.has(key)) continue;
    // A container's command (and its args) written as a list of words, `command: [torchrun, --nnodes=2, train.py, …]`, one item a
    // line: one command line, each word where it is written.
    const words = (g: Fact | undefined) =>
      g && Array.isArray(g.value) && g.value.length > 0 && g.value.every((x) => typeof x === 'number' || (typeof x === 'string' && !x.includes('\n')));
    if ((key === 'command' || key === 'args') && words(f) && f.path[f.path.length - 1] === key) {
      const sibling = (k: string) => facts.find((g) => g.path.length === f.path.length && g.path[g.path.length - 1] === k && under(f.path.slice(0, -1), g));
      if (key === 'args' && words(sibling('command'))) continue;
      const spans = [f, ...(key === 'command' && words(sibling('args')) ? [sibling('args')!] : [])].map((g) => g.valueRange);
      const line = listAsLine(text, spans);
      if (line === undefined) continue;
      readScript(f, line, f.path.slice(0, -1));
      continue;
    }
    // A list of command lines, one an item (dstack's `commands:` then `- pip install uv`, `- uv run train.py --lr=1e-4`): each
    // item a line of one script, at its place in the file.
    const lines = (g: Fact) => Array.isArray(g.value) && g.value.length > 0 && g.value.every((x) => typeof x === 'string' && !x.includes('\n'));
    if (key !== 'command' && key !== 'args' && f.path[f.path.length - 1] === key && lines(f)) {
      const script = listAsLines(text, f.valueRange);
      if (script !== undefined) {
        readScript(f, script, f.path.slice(0, -1));
        continue;
      }
    }
    // A block string, or a list whose last item is one (`args:` then `- |`), its lines running to the list's end.
    const last = Array.isArray(f.value) ? f.value[f.value.length - 1] : f.value;
    if (typeof last !== 'string' || !last.includes('\n')) continue;
    const span = text.slice(f.valueRange.start, f.valueRange.end);
    const header = Array.isArray(f.value)
      ? /(?:^|\n)[ \t]*-[ \t]+[|>][-+0-9]*[ \t]*(?:#[^\n]*)?\n(?![\s\S]*\n[ \t]*-[ \t]+[|>])/.exec(span)
      : /^[|>]/.exec(span);
    if (!header) continue;
    const start = text.indexOf('\n', f.valueRange.start + header.index + (header[0].startsWith('\n') ? 1 : 0)) + 1;
    if (start <= 0 || start >= f.valueRange.end) continue;
    readScript(f, blankedOutside(text, start, f.valueRange.end), f.path.slice(0, f.path.lastIndexOf(key)));
  }
  return { facts: out, errors };
}

/** A block list's item line: its marker (`  - `), the item, and a comment after it. */
const LIST_ITEM = /^([ \t]*-[ \t]+)(.*?)([ \t]+#.*)?$/;

/**
 * Block lists of words (`command:` then `- torchrun`, `- --nnodes=2`, … one a line, and its `args:` after it) as one command line
 * at their places in the file: everything else blank, the list markers, comments and other keys' lines blanked, the line breaks
 * between them spaces. Undefined for a flow list (`[a, b]`), whose words share a line with their commas.
 */
function listAsLine(text: string, spans: readonly Range[]): string | undefined {
  const start = spans[0]!.start;
  const end = spans[spans.length - 1]!.end;
  const region = text.slice(start, end);
  if (/^\s*\[/.test(region)) return undefined;
  const inSpan = (i: number) => spans.some((s) => i >= s.start && i < s.end);
  const lines = region.split('\n');
  let at = start;
  const out = lines.map((l) => {
    const lineStart = at;
    at += l.length + 1;
    const item = LIST_ITEM.exec(l);
    if (!item || !inSpan(lineStart + item[1]!.length)) return ' '.repeat(l.length);
    return ' '.repeat(item[1]!.length) + item[2]! + ' '.repeat(item[3]?.length ?? 0);
  });
  // (The lines kept as long as they were: the rest of the file blanked around them.)
  return blankedOutside(text.slice(0, start) + out.join(' ') + text.slice(end), start, end);
}

/**
 * A block list of command lines (dstack's `commands:`, one command an item) as a script at its place in the file: each item its
 * own line, the list markers and comments blanked, an item's quotes too (`- "python train.py"`). Undefined for a flow list.
 */
function listAsLines(text: string, span: Range): string | undefined {
  const region = text.slice(span.start, span.end);
  if (/^\s*\[/.test(region)) return undefined;
  const out = region.split('\n').map((l) => {
    const item = LIST_ITEM.exec(l);
    if (!item) return ' '.repeat(l.length);
    const quoted = /^(["'])(.*)\1$/.exec(item[2]!);
    const line = quoted ? ` ${quoted[2]!} ` : item[2]!;
    return ' '.repeat(item[1]!.length) + line + ' '.repeat(item[3]?.length ?? 0);
  });
  return blankedOutside(text.slice(0, span.start) + out.join('\n') + text.slice(span.end), span.start, span.end);
}

/**
 * What a task file sets on every node it runs (read once per file): dstack's top-level env list of NAME=value items, and its and
 * SkyPilot's node and GPU counts as the variables they set: DSTACK_NODES_NUM / DSTACK_GPUS_PER_NODE / DSTACK_GPUS_NUM from nodes
 * and resources.gpu (80GB:8), SKYPILOT_NUM_NODES / SKYPILOT_NUM_GPUS_PER_NODE from num_nodes and resources.accelerators (H100:8).
 */
function taskEnvironment(facts: readonly Fact[]): Record<string, { text: string; range: Range }> {
  const environment: Record<string, { text: string; range: Range }> = {};
  const setting = (item: unknown, range: Range) => {
    const m = typeof item === 'string' ? /^([A-Za-z_]\w*)=(.*)$/s.exec(item) : null;
    if (m && environment[m[1]!] === undefined) environment[m[1]!] = { text: m[2]!, range };
  };
  for (const g of facts) {
    if (g.path.length === 2 && g.path[0] === 'env' && typeof g.path[1] === 'number') setting(g.value, g.valueRange);
    if (g.path.length === 1 && g.path[0] === 'env' && Array.isArray(g.value)) for (const item of g.value) setting(item, g.valueRange);
  }
  const top = (k: string) => facts.find((g) => g.path.length === 1 && g.path[0] === k && typeof g.value === 'number' && g.value > 0);
  const perNodeOf = (g: Fact | undefined) => (typeof g?.value === 'string' ? /(?:^|:)(\d+)\s*$/.exec(g.value)?.[1] : undefined);
  const counts = (nodesKey: string, gpuPath: string, names: readonly [string, string, string?]) => {
    const nodes = top(nodesKey);
    // (A string, H100:8 or 80GB:8, or a map {H100: 8}.)
    const gpu =
      facts.find((g) => g.path.join('.') === gpuPath && typeof g.value === 'string') ??
      facts.find((g) => g.path.length === 3 && g.path.slice(0, 2).join('.') === gpuPath && typeof g.value === 'number');
    // (Or a flow map's key, `{H100:8, H200:8}`: "H100:8" with no value, any of them.)
    const keyed = facts.find((g) => g.path.length === 3 && g.path.slice(0, 2).join('.') === gpuPath && /:\d+$/.test(String(g.path[2])));
    const per = typeof gpu?.value === 'number' ? String(gpu.value) : (perNodeOf(gpu) ?? (keyed ? /:(\d+)$/.exec(String(keyed.path[2]))![1] : undefined));
    const n = typeof nodes?.value === 'number' ? nodes.value : 1;
    if (nodes && environment[names[0]] === undefined) environment[names[0]] = { text: String(n), range: nodes.valueRange };
    const source = gpu ?? keyed;
    if (!per || !source) return;
    if (environment[names[1]] === undefined) environment[names[1]] = { text: per, range: source.valueRange };
    if (names[2] && environment[names[2]] === undefined) environment[names[2]] = { text: String(n * Number(per)), range: source.valueRange };
  };
  if (facts.some((g) => g.path.length === 1 && g.path[0] === 'commands'))
    counts('nodes', 'resources.gpu', ['DSTACK_NODES_NUM', 'DSTACK_GPUS_PER_NODE', 'DSTACK_GPUS_NUM']);
  if (facts.some((g) => g.path.length === 1 && g.path[0] === 'run'))
    counts('num_nodes', 'resources.accelerators', ['SKYPILOT_NUM_NODES', 'SKYPILOT_NUM_GPUS_PER_NODE']);
  return environment;
}
