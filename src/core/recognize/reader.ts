/**
 * Typed reading of located facts through alias tables. A value of the wrong type becomes a finding
 * at its range (never an exception), and the field is treated as absent.
 */
import type { Fact, FactValue, Finding, Message, Sourced } from '../types';
import { finding, fromFact } from '../types';

/** The path from `from` on, joined with dots (a loop: Array.join is slower on thousands of short paths). */
function dotted(path: readonly (string | number)[], from: number): string {
  if (from >= path.length) return '';
  let key = String(path[from]);
  for (let i = from + 1; i < path.length; i++) key += '.' + path[i];
  return key;
}

export class FactReader {
  private readonly byKey: Map<string, Fact> = new Map();
  findings: Finding[] = [];
  private readonly unknownRead = new Map<Fact, Finding>();

  /**
   * Indexes facts under `prefix` by the rest of their path joined with dots: with prefix ["model"],
   * the fact at ["model", "tokenizer", "type"] is read as "tokenizer.type".
   */
  constructor(
    readonly facts: readonly Fact[],
    readonly prefix: readonly (string | number)[] = [],
  ) {
    if (prefix.length === 0) {
      this.byKey = FactReader.index(facts);
      return;
    }
    for (const f of facts) {
      if (f.path.length <= prefix.length) continue;
      if (!prefix.every((p, i) => f.path[i] === p)) continue;
      // Duplicate keys: the last one wins, as in JSON.parse and Python's json module.
      this.byKey.set(dotted(f.path, prefix.length), f);
    }
  }

  private static readonly roots = new WeakMap<readonly Fact[], Map<string, Fact>>();

  /** The index of a fact list at the root, built once per list (detection and the family share it). */
  static index(facts: readonly Fact[]): Map<string, Fact> {
    let m = FactReader.roots.get(facts);
    if (!m) {
      m = new Map();
      for (const f of facts) m.set(dotted(f.path, 0), f);
      FactReader.roots.set(facts, m);
    }
    return m;
  }

  /** A reader of the facts under a sub-path. */
  under(...path: (string | number)[]): FactReader {
    const r = new FactReader(this.facts, [...this.prefix, ...path]);
    r.findings = this.findings;
    return r;
  }

  keys(): string[] {
    return [...this.byKey.keys()];
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  fact(...aliases: readonly string[]): Fact | undefined {
    for (const a of aliases) {
      const f = this.byKey.get(a);
      if (f) return f;
    }
    return undefined;
  }

  /** A present, non-null fact under any alias. One whose value cannot be known statically is read as absent, with a warning. */
  present(...aliases: readonly string[]): Fact | undefined {
    for (const a of aliases) {
      const f = this.byKey.get(a);
      if (f && f.value !== null) return f;
      if (f?.unknown && !this.unknownRead.has(f)) {
        // (In a Python script or notebook: a value the script computes when it runs, said so, not as a shell's words.)
        const id = /\.(py|ipynb)$/i.test(f.file) ? 'value.unknownComputed' : 'value.unknown';
        const w = finding('unknown-value', 'warning', { id, args: { key: keyName(f) } }, { file: f.file, range: f.valueRange });
        this.unknownRead.set(f, w);
        this.findings.push(w);
      }
    }
    return undefined;
  }

  /**
   * A path only the run knows whose last part is written (`--model_name_or_path $MODELS/Qwen3.5-9B`): that part, a folder named as
   * the model it holds, in place of the unknown value's warning (an info that says so).
   */
  folderName(...aliases: readonly string[]): Sourced<string> | undefined {
    const f = aliases.map((a) => this.byKey.get(a)).find((x) => x !== undefined);
    if (!f?.unknown || f.tail === undefined) return undefined;
    const said = this.unknownRead.get(f);
    if (said?.message.id !== 'value.folderName') {
      if (said && this.findings.includes(said)) this.findings.splice(this.findings.indexOf(said), 1);
      const note = finding('unknown-value', 'info', { id: 'value.folderName', args: { key: keyName(f), name: f.tail } }, { file: f.file, range: f.valueRange });
      this.unknownRead.set(f, note);
      this.findings.push(note);
    }
    return fromFact(f.tail, f);
  }

  /** A required key whose value cannot be known: its warning gives way to the caller's error. */
  unknownRequired(...aliases: readonly string[]): Fact | undefined {
    const f = aliases.map((a) => this.byKey.get(a)).find((x) => x?.unknown);
    if (!f) return undefined;
    const w = this.unknownRead.get(f);
    if (w && this.findings.includes(w)) this.findings.splice(this.findings.indexOf(w), 1);
    return f;
  }

  int(aliases: readonly string[], opts: { min?: number; max?: number } = {}): Sourced<number> | undefined {
    const f = this.present(...aliases);
    if (!f) return undefined;
    const min = opts.min ?? 1;
    const max = opts.max ?? 1e9;
    const v = f.value;
    if (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max) return fromFact(v, f);
    if (this.auto(f)) return undefined;
    this.bad(f, { id: min === 0 ? 'value.expectedNonNegativeInt' : 'value.expectedPositiveInt', args: { key: keyName(f), value: show(v), max } });
    return undefined;
  }

  /** A number (not necessarily an integer) within [min, max]. */
  num(aliases: readonly string[], opts: { min?: number; max?: number } = {}): Sourced<number> | undefined {
    const f = this.present(...aliases);
    if (!f) return undefined;
    const v = f.value;
    const min = opts.min ?? 0;
    const max = opts.max ?? 1e18;
    if (typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max) return fromFact(v, f);
    if (this.auto(f)) return undefined;
    this.bad(f, { id: 'value.expectedNumber', args: { key: keyName(f), value: show(v) } });
    return undefined;
  }

  /**
   * A number written "auto" (accelerate's num_processes, OLMo's device_train_microbatch_size, DeepSpeed's batch keys): the trainer
   * decides it at launch, so it is read as not set, said once as an info.
   */
  private auto(f: Fact): boolean {
    if (!isAutoValue(f.value)) return false;
    if (!this.unknownRead.has(f)) {
      const note = finding('unknown-value', 'info', { id: 'value.auto', args: { key: keyName(f) } }, { file: f.file, range: f.valueRange });
      this.unknownRead.set(f, note);
      this.findings.push(note);
    }
    return true;
  }

  /** True when the value is the string "auto" (DeepSpeed and HF Trainer fill it in at launch). */
  isAuto(...aliases: readonly string[]): boolean {
    return isAutoValue(this.present(...aliases)?.value);
  }

  bool(aliases: readonly string[]): Sourced<boolean> | undefined {
    const f = this.present(...aliases);
    if (!f) return undefined;
    if (typeof f.value === 'boolean') return fromFact(f.value, f);
    // Shell flags and some YAML dialects write booleans as words.
    if (typeof f.value === 'string' && /^(true|false)$/i.test(f.value)) return fromFact(f.value.toLowerCase() === 'true', f);
    this.bad(f, { id: 'value.expectedBoolean', args: { key: keyName(f), value: show(f.value) } });
    return undefined;
  }

  str(aliases: readonly string[]): Sourced<string> | undefined {
    const f = this.present(...aliases);
    if (!f) return undefined;
    if (typeof f.value === 'string') return fromFact(f.value, f);
    this.bad(f, { id: 'value.expectedString', args: { key: keyName(f), value: show(f.value) } });
    return undefined;
  }

  /** Any scalar as text (precision may be written 16, "16-mixed" or "bf16"). */
  text(aliases: readonly string[]): Sourced<string> | undefined {
    const f = this.present(...aliases);
    if (!f || Array.isArray(f.value)) return undefined;
    return fromFact(String(f.value), f);
  }

  intList(aliases: readonly string[]): Sourced<number[]> | undefined {
    const f = this.present(...aliases);
    if (!f) return undefined;
    const v = f.value;
    if (Array.isArray(v) && v.every((x) => typeof x === 'number' && Number.isInteger(x) && x >= 0)) return fromFact(v as number[], f);
    this.bad(f, { id: 'value.expectedIntList', args: { key: keyName(f), value: show(v) } });
    return undefined;
  }

  /** First string of a list (HF `architectures`) or a plain string. */
  firstString(aliases: readonly string[]): Sourced<string> | undefined {
    const f = this.present(...aliases);
    if (!f) return undefined;
    const v = f.value;
    if (typeof v === 'string') return fromFact(v, f);
    if (Array.isArray(v) && typeof v[0] === 'string') return fromFact(v[0], f);
    return undefined;
  }

  private bad(f: Fact, message: Message): void {
    this.findings.push(finding('value-type', 'error', message, { file: f.file, range: f.valueRange }));
  }
}

/**
 * A launch's `key=value` overrides (["@override", "a.b.c"]) at the keys they set (["a", "b", "c"]), OmegaConf's dotted keys as
 * torchtune's launches take them. With `hydra`, Hydra's own forms too (NeMo's scripts): a `~key` deletion left out, a `+key` /
 * `++key` addition at its key.
 */
export function overridesAtKeys(facts: readonly Fact[], hydra = false): Fact[] {
  return facts
    .filter((f) => f.path[0] === '@override' && typeof f.path[1] === 'string' && !(hydra && f.path[1].startsWith('~')))
    .map((f) => ({ ...f, path: [...(hydra ? String(f.path[1]).replace(/^\+\+?/, '') : String(f.path[1])).split('.'), ...f.path.slice(2)] }));
}

/**
 * A config's key read as the launch flag it stands for (a training script's `batch_size` as the Trainer's
 * `--per_device_train_batch_size`): the fact at that flag, its value kept or the one given; none where the key is not written.
 */
export function asFlag(f: Fact | undefined, flag: string, value?: FactValue): Fact[] {
  return f ? [{ ...f, path: [flag], ...(value !== undefined ? { value } : {}) }] : [];
}

/** The facts below a path, that path taken off theirs (a script inside a file: ["@script", id, …], ["@heredoc", name, …]). */
export function factsUnder(facts: readonly Fact[], prefix: readonly (string | number)[]): Fact[] {
  return facts
    .filter((f) => f.path.length > prefix.length && prefix.every((p, i) => f.path[i] === p))
    .map((f) => ({ ...f, path: f.path.slice(prefix.length) }));
}

export function keyName(f: Fact): string {
  // (A launch's Hydra override, ["@override", key], is written key=value: its key.)
  return (f.path[0] === '@override' ? f.path.slice(1) : f.path).map(String).join('.');
}

export function show(v: FactValue): string {
  const s = typeof v === 'string' ? JSON.stringify(v) : (JSON.stringify(v) ?? String(v));
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}

/** The string "auto", in any case: a value the trainer or launcher fills in when the run starts. */
function isAutoValue(v: unknown): boolean {
  return typeof v === 'string' && v.toLowerCase() === 'auto';
}
