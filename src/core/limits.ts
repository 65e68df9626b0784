/**
 * What an analysis costs before it runs, so the editor can decide not to start one.
 *
 * The parse dominates a large file's analysis (bench/RESULTS.md: YAML and TOML 1.0–1.1× their bare
 * parse at 5 MB), and its speed depends on the syntax and on the shape of the text: the same YAML
 * parser reads a real 164 KB OLMo config at about 17 KB/ms and 1 MB of small flow mappings at about
 * 1 KB/ms. The rates below are the slow shapes measured by `npm run bench` on the machine that
 * bench/RESULTS.md describes (a shared 2-vCPU VM, slower than a typical workstation) at its
 * slowest, so the estimate errs on the long side.
 */
import { isNotebook, notebookCells, notebookOfCells } from './extract/notebook';
import type { Syntax } from './recognize';

/** Worst measured analysis throughput per syntax, in KB of text per ms (bench/RESULTS.md, "by size"). */
export const SLOWEST_KB_PER_MS: Readonly<Record<Syntax, number>> = {
  // JSON with comments or trailing commas leaves the JSON.parse fast path for jsonc-parser.
  json: 4,
  yaml: 0.8,
  toml: 0.8,
  python: 7,
  shell: 5,
  // (Gin, read line by line: T5X's base.gin repeated to 100 KB analyzes at 5.3 KB/ms, to 1 MB at 11.6, on the VM above.)
  gin: 5,
};

/** The longest an analysis of `chars` characters of this syntax should take, in ms. */
export function estimateAnalysisMs(syntax: Syntax, chars: number): number {
  return Math.max(0, chars) / 1024 / SLOWEST_KB_PER_MS[syntax];
}

/** An analysis estimated above this many times the time budget is not started without being asked. */
export const INLINE_FACTOR = 10;

/** How much of a large file's beginning is read to tell a config from any other large file. */
export const SNIFF_CHARS = 16 * 1024;

/** The first `SNIFF_CHARS` characters, cut at a line end so no key or value is cut in half. */
export function headOf(text: string): string {
  if (text.length <= SNIFF_CHARS) return text;
  const cut = text.lastIndexOf('\n', SNIFF_CHARS);
  return text.slice(0, cut > 0 ? cut + 1 : SNIFF_CHARS);
}

/**
 * What of a large file is read to tell what it is: its head; a notebook's, the head of its code cells (as a notebook of those
 * cells), where its outputs may come first.
 */
export function sniffOf(path: string, text: string): string {
  if (!isNotebook(path)) return headOf(text);
  // (Its cells as written, up to the head's length: a notebook that runs its training from its shell lines is told apart by them.)
  const cells = notebookCells(text);
  if (cells === undefined) return headOf(text);
  const head: string[] = [];
  let left = SNIFF_CHARS;
  for (const cell of cells) {
    if (left <= 0) break;
    const cut = cell.length <= left ? cell.length : cell.lastIndexOf('\n', left) + 1 || left;
    head.push(cell.slice(0, cut));
    left -= cell.length + 1;
  }
  return notebookOfCells(head).text;
}
