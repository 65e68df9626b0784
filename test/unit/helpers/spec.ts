/** Reading a spec value together with the line of the file it came from. */
import type { Provenance, Sourced } from '../../../src/core';
import { LineIndex } from '../../../src/core';

export function factOf(p: Provenance): Extract<Provenance, { kind: 'fact' }> | undefined {
  if (p.kind === 'fact') return p;
  if (p.kind === 'derived')
    for (const f of p.from) {
      const x = factOf(f);
      if (x) return x;
    }
  return undefined;
}

/** [value, "file:line"] of a sourced value (line of the fact it came from, "-" when none). */
export function at(s: Sourced<unknown> | undefined, texts: ReadonlyMap<string, string>): [unknown, string] {
  if (!s) return [undefined, '-'];
  const f = factOf(s.source);
  if (!f) return [s.value, '-'];
  const text = texts.get(f.file);
  const line = text === undefined ? 0 : new LineIndex(text).position(f.range.start).line;
  return [s.value, `${f.file.split('/').pop()}:${line}`];
}
