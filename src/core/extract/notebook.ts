/**
 * Jupyter notebooks (.ipynb, nbformat 4, and 3's worksheets): the code cells, one after another, as the Python script they make
 * when run top to bottom, with where each character of it is written in the notebook's JSON, so that every fact the Python
 * reading finds points into the notebook itself. IPython's own syntax is not Python: a line magic or shell escape
 * (`%pip install …`, `!nvidia-smi`, and `pip install …` without its `%`, which IPython's automagic runs) reads as a statement
 * that does nothing, a cell magic that only times or hides output (`%%capture`, `%%time`) as nothing, and a cell that another
 * program runs (`%%bash`, `%%writefile train.py`) is left out. Markdown and raw cells, outputs and metadata are not read. A
 * notebook of another kernel's language (R, Julia) has no Python to read.
 */
import { parseTree, type Node } from 'jsonc-parser';
import type { Range } from '../types';
import type { Extraction } from './json';

/** The notebook's Python and, for each of its UTF-16 units, the range of the notebook's text that writes it. */
export interface NotebookCode {
  readonly text: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/** Cell magics whose cell is still the kernel's Python: they time it or hide its output. */
const PYTHON_CELL_MAGICS = new Set(['capture', 'time', 'timeit', 'prun']);

/** Whether a path is a notebook's. */
export function isNotebook(path: string): boolean {
  return /\.ipynb$/i.test(path);
}

/**
 * A notebook's Python (its code cells); undefined where the text is not a notebook or its kernel runs another language. As
 * `shell`, its shell instead: each `!command` line and each `%%bash` cell as the shell script they make (the rest blank), what a
 * notebook that launches its training (`!python qlora.py --model_name_or_path …`, `!accelerate launch …`) runs.
 */
export function notebookCode(raw: string, view: 'python' | 'shell' = 'python'): NotebookCode | undefined {
  const cells = codeCells(raw);
  if (!cells) return undefined;
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (const code of cells) {
    const kept = view === 'shell' ? ipythonShell(code.text) : ipythonAsPython(code.text);
    if (kept === undefined) continue;
    // (Cells one after another, a line apart; the line between two is written nowhere: it points at the end of the last.)
    if (text !== '') {
      const at = ends[ends.length - 1] ?? 0;
      text += '\n';
      starts.push(at);
      ends.push(at);
    }
    text += kept;
    starts.push(...code.starts);
    ends.push(...code.ends);
  }
  return { text, starts, ends };
}

/** A notebook's code cells as written, each its source; undefined as for notebookCode. */
export function notebookCells(raw: string): string[] | undefined {
  return codeCells(raw)?.map((c) => c.text);
}

/** Each code cell's source decoded, with the range of the raw text that writes each character. */
function codeCells(raw: string): { text: string; starts: number[]; ends: number[] }[] | undefined {
  const root = parseTree(raw);
  if (root?.type !== 'object') return undefined;
  // (nbformat 3, before 2015: the cells of its first worksheet, each cell's code under `input`.)
  const cells = child(root, 'cells') ?? child(child(root, 'worksheets')?.children?.[0], 'cells');
  if (cells?.type !== 'array') return undefined;
  const language =
    stringAt(child(child(child(root, 'metadata'), 'kernelspec'), 'language')) ?? stringAt(child(child(child(root, 'metadata'), 'language_info'), 'name'));
  if (language !== undefined && language.toLowerCase() !== 'python') return undefined;
  const out: { text: string; starts: number[]; ends: number[] }[] = [];
  for (const cell of cells.children ?? []) {
    if (stringAt(child(cell, 'cell_type')) !== 'code') continue;
    const source = child(cell, 'source') ?? child(cell, 'input');
    const parts = source?.type === 'string' ? [source] : source?.type === 'array' ? (source.children ?? []).filter((n) => n.type === 'string') : [];
    const code = { text: '', starts: [] as number[], ends: [] as number[] };
    for (const part of parts) decodeString(raw, part, code);
    out.push(code);
  }
  return out;
}

/** An extraction over a notebook's Python, its ranges moved to where the notebook writes them. */
export function inNotebook(ex: Extraction, code: NotebookCode): Extraction {
  const at = (r: Range): Range => {
    const n = code.starts.length;
    if (n === 0) return { start: 0, end: 0 };
    const s = Math.min(Math.max(r.start, 0), n - 1);
    const start = r.start >= n ? code.ends[n - 1]! : code.starts[s]!;
    const end = r.end > r.start ? code.ends[Math.min(r.end, n) - 1]! : start;
    return { start, end: Math.max(start, end) };
  };
  return {
    facts: ex.facts.map((f) => ({ ...f, keyRange: at(f.keyRange), valueRange: at(f.valueRange) })),
    errors: ex.errors.map((e) => ({ ...e, ranges: e.ranges.map((r) => ({ ...r, range: at(r.range) })) })),
  };
}

/**
 * IPython's syntax made Python of the same length, so every offset stays: a cell magic that keeps the cell Python blanked, one
 * that hands it to another program leaves the cell out (undefined); a line that is a magic or a shell escape becomes `0`, a
 * statement that does nothing, indented as it was.
 */
function ipythonAsPython(cell: string): string | undefined {
  const lines = cell.split('\n');
  const first = /^\s*%%(\w+)/.exec(lines[0] ?? '');
  if (first && !PYTHON_CELL_MAGICS.has(first[1]!)) return undefined;
  return lines
    .map((line, i) => {
      if (i === 0 && first) return ' '.repeat(line.length);
      const magic = /^(\s*)([!%]|(pip|conda|mamba)\s+(install|uninstall)\b)/.exec(line);
      return magic ? magic[1]! + '0' + ' '.repeat(line.length - magic[1]!.length - 1) : line;
    })
    .join('\n');
}

/**
 * A cell's shell, of the same length: a `%%bash` / `%%sh` cell (or `%%script bash`) whole, its magic line blanked; elsewhere each
 * `!command` line with its `!` made a space, and every other line blanked.
 */
function ipythonShell(cell: string): string {
  const lines = cell.split('\n');
  const first = /^\s*%%(\w+)(.*)$/.exec(lines[0] ?? '');
  const whole = first !== null && (/^(bash|sh)$/.test(first[1]!) || (first[1] === 'script' && /\b(bash|sh)\b/.test(first[2]!)));
  // (A `!command \` line goes on on the next, as IPython joins them.)
  let going = false;
  return lines
    .map((line, i) => {
      if (i === 0 && first) return ' '.repeat(line.length);
      if (whole) return line;
      const bang = /^(\s*)!(?!=)/.exec(line);
      const kept = bang ? `${bang[1]!} ${line.slice(bang[0].length)}` : going ? line : undefined;
      going = kept !== undefined && /\\\s*$/.test(line);
      return kept ?? ' '.repeat(line.length);
    })
    .join('\n');
}

/** A JSON string's characters appended to `into`, each with the range of the raw text that writes it (an escape: all of it). */
function decodeString(raw: string, node: Node, into: { text: string; starts: number[]; ends: number[] }): void {
  const end = node.offset + node.length - 1;
  let i = node.offset + 1;
  while (i < end) {
    const c = raw[i]!;
    if (c !== '\\') {
      into.text += c;
      into.starts.push(i);
      into.ends.push(i + 1);
      i++;
      continue;
    }
    const e = raw[i + 1] ?? '';
    if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(raw.slice(i + 2, i + 6))) {
      into.text += String.fromCharCode(parseInt(raw.slice(i + 2, i + 6), 16));
      into.starts.push(i);
      into.ends.push(i + 6);
      i += 6;
      continue;
    }
    into.text += ESCAPES[e] ?? e;
    into.starts.push(i);
    into.ends.push(i + 2);
    i += 2;
  }
}

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '"': '"', '\\': '\\', '/': '/' };

function child(node: Node | undefined, key: string): Node | undefined {
  if (node?.type !== 'object') return undefined;
  const prop = node.children?.find((p) => p.children?.[0]?.value === key);
  return prop?.children?.[1];
}

function stringAt(node: Node | undefined): string | undefined {
  return node?.type === 'string' && typeof node.value === 'string' ? node.value : undefined;
}

/** A notebook written from its code cells' texts (an editor's open cells), and where each cell's characters are in it. */
export interface CellsNotebook {
  /** The notebook's JSON (nbformat 4, a Python kernel), read as a .ipynb is. */
  readonly text: string;
  /** The offset in `text` of a cell's character (`offset` = the cell's length: the end of its source). */
  at(cell: number, offset: number): number;
  /** The cell and the offset in it of an offset in `text` inside a cell's source; undefined elsewhere. */
  locate(offset: number): { readonly cell: number; readonly offset: number } | undefined;
}

/** The notebook that holds these code cells in this order (each cell's source one JSON string). */
export function notebookOfCells(cells: readonly string[]): CellsNotebook {
  let text = '{"cells": [';
  const starts: number[][] = [];
  cells.forEach((cell, i) => {
    text += `${i ? ', ' : ''}{"cell_type": "code", "metadata": {}, "source": "`;
    const own: number[] = [];
    for (const c of cell) {
      for (let k = 0; k < c.length; k++) own.push(text.length);
      text += JSON.stringify(c).slice(1, -1);
    }
    own.push(text.length);
    starts.push(own);
    text += '"}';
  });
  text += '], "metadata": {"kernelspec": {"language": "python"}}, "nbformat": 4, "nbformat_minor": 5}\n';
  return {
    text,
    at: (cell, offset) => {
      const own = starts[cell] ?? [];
      return own[Math.min(Math.max(offset, 0), own.length - 1)] ?? 0;
    },
    locate: (offset) => {
      for (let cell = 0; cell < starts.length; cell++) {
        const own = starts[cell]!;
        if (offset < own[0]! || offset > own[own.length - 1]!) continue;
        let lo = 0;
        let hi = own.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (own[mid]! <= offset) lo = mid;
          else hi = mid - 1;
        }
        return { cell, offset: lo };
      }
      return undefined;
    },
  };
}
