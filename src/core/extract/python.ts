/**
 * Python config files (nanoGPT's config/*.py style), read statically, never executed: top-level
 * assignments (and those of the script's main block, `if __name__ == "__main__":` or `def main():`)
 * `name = expr` where expr is a literal, simple arithmetic over numbers and earlier
 * names (`5 * 8`, `2**10`), a string, a list/tuple, or a dict literal / dict(...) call (its keys
 * become nested paths). Anything else (function calls, imports, control flow) is skipped; an
 * expression we cannot evaluate gives a null value rather than a guess.
 *
 * Config registries (torchtitan's config_registry.py): top-level functions that build a config object —
 * `return Trainer.Config(training=TrainingConfig(seq_len=8192), ...)`, or `config = other()` then
 * `config.a.b = expr` and `return config`. A class constructor called with keywords only reads as a dict
 * (its keywords become nested paths); `model_registry("8B")` as its name. Each function's config is emitted
 * under its name, the names at ["@registry"]; the one `--set config=NAME` names at ["@config"] (the recognizer chooses).
 */
import type { Fact, FactValue, Finding, Range } from '../types';
import { finding } from '../types';
import type { Extraction } from './json';

interface Tok {
  readonly type: 'name' | 'num' | 'str' | 'op' | 'nl' | 'indent' | 'end';
  readonly text: string;
  readonly value?: number | string;
  readonly start: number;
  readonly end: number;
}

const MAX_TOKENS = 500000;

export function tokenizePython(text: string): { toks: Tok[]; error?: { at: number; problem: string } } {
  const toks: Tok[] = [];
  let i = 0;
  let depth = 0;
  let lineStart = true;
  // (The indentation of the line being read: a statement after a `;` on it starts at that indentation.)
  let indent = '';
  const n = text.length;
  while (i < n && toks.length < MAX_TOKENS) {
    const c = text[i]!;
    if (lineStart && depth === 0) {
      let j = i;
      while (text[j] === ' ' || text[j] === '\t') j++;
      indent = text.slice(i, j);
      if (j > i && text[j] !== '\n' && text[j] !== '#' && text[j] !== '\r' && j < n) toks.push({ type: 'indent', text: text.slice(i, j), start: i, end: j });
      i = j;
      lineStart = false;
      continue;
    }
    // Statements a `;` separates on one line (`cfg=load_yaml(args.config); prm=load_yaml(args.prompts)`): each read as a line of
    // its own at the line's indentation; a `;` that ends the line, as nothing.
    if (c === ';' && depth === 0) {
      let j = i + 1;
      while (text[j] === ' ' || text[j] === '\t') j++;
      if (j < n && text[j] !== '\n' && text[j] !== '\r' && text[j] !== '#') {
        toks.push({ type: 'nl', text: ';', start: i, end: i + 1 });
        if (indent) toks.push({ type: 'indent', text: indent, start: j, end: j });
      }
      i = j;
      continue;
    }
    if (c === '\n') {
      if (depth === 0) {
        toks.push({ type: 'nl', text: '\n', start: i, end: i + 1 });
        lineStart = true;
      }
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\f') {
      i++;
      continue;
    }
    if (c === '\\' && (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n'))) {
      i += text[i + 1] === '\n' ? 2 : 3;
      continue;
    }
    if (c === '#') {
      while (i < n && text[i] !== '\n') i++;
      continue;
    }
    const str = /^([rRbBuUfF]{0,2})('''|"""|'|")/.exec(text.slice(i, i + 5));
    if (str && (str[1] === '' || /[A-Za-z]/.test(c))) {
      const prefix = str[1]!;
      const q = str[2]!;
      let j = i + prefix.length + q.length;
      let value = '';
      const raw = /r/i.test(prefix);
      const formatted = /f/i.test(prefix);
      let closed = false;
      // An f-string's replacement fields may hold strings in the same quotes (Python 3.12, PEP 701): f'{env['A']}:/x'.
      let depth = 0;
      while (j < n) {
        if (formatted && text[j] === '{' && !(depth === 0 && text[j + 1] === '{')) {
          depth++;
          j++;
          continue;
        }
        if (formatted && text[j] === '{') {
          j += 2;
          continue;
        }
        if (depth > 0 && text[j] === '}') {
          depth--;
          j++;
          continue;
        }
        if (depth > 0 && (text[j] === "'" || text[j] === '"')) {
          const inner = text[j]!;
          let k = j + 1;
          while (k < n && text[k] !== inner && text[k] !== '\n') k++;
          j = k + 1;
          continue;
        }
        if (depth === 0 && text.startsWith(q, j)) {
          closed = true;
          j += q.length;
          break;
        }
        if (q.length === 1 && text[j] === '\n') break;
        if (text[j] === '\\' && !raw && j + 1 < n) {
          // (A backslash at a line's end continues the string, that line ending a Windows one too, CR LF.)
          const crlf = text[j + 1] === '\r' && text[j + 2] === '\n';
          const e = text[j + 1]!;
          value += crlf ? '' : e === 'n' ? '\n' : e === 't' ? '\t' : e === '\n' ? '' : e;
          j += crlf ? 3 : 2;
          continue;
        }
        // (A raw string keeps its backslashes, and one still escapes the quote after it: r'[^\w\s\'",!?]' is one string.)
        if (text[j] === '\\' && raw && j + 1 < n && text[j + 1] !== '\n') {
          value += text.slice(j, j + 2);
          j += 2;
          continue;
        }
        value += text[j];
        j++;
      }
      if (!closed) return { toks, error: { at: i, problem: 'unterminated string' } };
      toks.push({ type: 'str', text: text.slice(i, j), value: /f/i.test(prefix) ? undefined : value, start: i, end: j });
      i = j;
      continue;
    }
    const num = /^(0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(\d[\d_]*\.?[\d_]*|\.\d[\d_]*)([eE][-+]?\d[\d_]*)?)/.exec(text.slice(i, i + 64));
    if (num && /[\d.]/.test(c) && !(c === '.' && !/\d/.test(text[i + 1] ?? ''))) {
      const t = num[0];
      const clean = t.replace(/_/g, '');
      const v = /^0[oObB]/.test(clean) ? parseInt(clean.slice(2), /^0[oO]/.test(clean) ? 8 : 2) : Number(clean);
      toks.push({ type: 'num', text: t, value: v, start: i, end: i + t.length });
      i += t.length;
      continue;
    }
    const name = /^[A-Za-z_][\w]*/.exec(text.slice(i, i + 256));
    if (name) {
      toks.push({ type: 'name', text: name[0], start: i, end: i + name[0].length });
      i += name[0].length;
      continue;
    }
    const op = ['**=', '//=', '**', '//', '==', '!=', '<=', '>=', '+=', '-=', '*=', '/=', '->', ':='].find((o) => text.startsWith(o, i)) ?? c;
    if ('([{'.includes(op)) depth++;
    if (')]}'.includes(op)) depth = Math.max(0, depth - 1);
    toks.push({ type: 'op', text: op, start: i, end: i + op.length });
    i += op.length;
  }
  toks.push({ type: 'end', text: '', start: n, end: n });
  return { toks };
}

type PyValue = number | string | boolean | null | PyValue[] | PyDict | PyCall | undefined;
/**
 * A value a script imports from a module of its own: a constant, or a dict of them; or what a config file it loads holds (a
 * YAML or JSON file's tree, at LOADED + the path the script writes).
 */
export type ImportedValue = number | string | boolean | null | readonly (number | string | boolean | null)[] | { readonly [key: string]: ImportedValue };

/**
 * Where a config file the script loads sits among its names (`cfg = yaml.safe_load(open("config.yaml"))`): LOADED + the path
 * it writes (not a Python identifier). Read again with the file's tree there (PythonOptions.imports), the load is that tree.
 */
export const LOADED = '@loaded:';
/** The call a load of a config file not given reads as (its path its first argument), for the engine to find the file. */
export const LOADS_CONFIG = '@loadsConfig';
/**
 * Where a file of arguments the script's HfArgumentParser reads sits among its names (`parser.parse_json_file(json_file=
 * "train_args/qlora.json")`, Firefly's): ARGS_FILE + the path. Its keys are the dataclasses' fields, as a launch's flags are.
 */
export const ARGS_FILE = '@argsFile:';
/**
 * Where the keyword defaults of a config class sit among the script's names (`class LMConfig(PretrainedConfig):` with `def
 * __init__(self, dim: int = 512, …)`, its own or one it imports from a module beside it): CLASS_INIT + the class's name. A
 * construction of it, `LMConfig(dim=args.dim)`, holds them where its keywords do not give others.
 */
export const CLASS_INIT = '@init:';
/** Where a config class's __init__ stores a keyword under another attribute (`self.hidden_size = dmodel`): [keyword, attribute]. */
const CLASS_RENAMES = '@renames:';
/**
 * Where the attributes a plain class of the script's sets in its body sit among its names (`class Config:` over `BERT_PATH =
 * 'bert-base-multilingual-cased'`, then `BertModel.from_pretrained(Config.BERT_PATH)`): CLASS_ATTRS + the class's name.
 */
const CLASS_ATTRS = '@attrs:';
/**
 * A model class of the script's own over a pretrained one (`class BERTClassifier(nn.Module):` whose `__init__` sets `self.l1 =
 * BertModel.from_pretrained(Config.BERT_PATH)` beside layers of its own): MODEL_CLASS + the class's name, [the token of its
 * `def __init__`, the token its loading call starts at]. A construction of it, `BERTClassifier(…)`, reads as that loading call,
 * its __init__'s parameters the construction's values, and marked OWN_MODEL (the class's name) among its keywords.
 */
const MODEL_CLASS = '@modelClass:';
export const OWN_MODEL = '@ownModel';
/** The other pretrained models such a class builds in its __init__ (`CLIPVisionModel` beside the language model): their classes. */
const MODEL_CLASS_ALSO = '@modelClassAlso:';
export const OWN_MODEL_ALSO = '@ownModelAlso';
/**
 * Where among the names a call's result is unpacked to its model is: the first (`model, tokenizer = FastLanguageModel.from_pretrained(…)`),
 * but LLaVA's `tokenizer, model, image_processor, context_len = load_pretrained_model(…)` (llava/model/builder.py) the second, and
 * a function's of the project's (a bare name, not a method as `accelerator.prepare`) the one the script names `model`
 * (`tokenizer, model = load_model_with_lora(model_path)`).
 */
function modelAt(call: string, names: readonly Tok[] = []): number {
  if (/(^|\.)load_pretrained_model$/.test(call)) return 1;
  const named = names.findIndex((n) => n.text === 'model');
  return named >= 0 && /^[A-Za-z_]\w*$/.test(call) ? named : 0;
}

/** The names of an assignment's target at `at`, a tuple's (`model, tokenizer = …`) or one; the `=` or `:` follows the last. */
function targetNames(toks: readonly Tok[], at: number): Tok[] {
  const names = [toks[at]!];
  for (let j = at + 1; toks[j]?.type === 'op' && toks[j]!.text === ',' && toks[j + 1]?.type === 'name'; j += 2) names.push(toks[j + 1]!);
  return names;
}

/** A model's loading call (`AutoModel.from_pretrained`), not a tokenizer's, a processor's or a config's. */
const MODEL_LOAD = /^[\w.]+\.from_pretrained$/;
/** A class's base that makes it a model module: torch's nn.Module or Lightning's LightningModule (`pl.LightningModule`). */
const MODULE_BASE = /^(((torch\.)?nn\.)?Module|((pl|L|lightning|pytorch_lightning)\.)?LightningModule)$/;
const NOT_MODEL_LOAD = /(Tokenizer|Processor|Config|FeatureExtractor)\w*\.from_pretrained$/;
/** PEFT's calls over a loaded model that keep it the model: `prepare_model_for_kbit_training(model)`, `get_peft_model(model, …)`. */
const MODEL_WRAP = /(^|\.)(prepare_model_for_kbit_training|get_peft_model)$/;
/** A model a function is given, as it stands in the function's body to ask whether the function wraps it (MODEL_WRAP). */
const LOADED_MODEL: PyCall = { call: 'AutoModel.from_pretrained', args: [], kwargs: [], at: { start: 0, end: 0 } };
/** A model loading call (MODEL_LOAD), or one PEFT wraps (MODEL_WRAP). */
function loadsModel(v: PyValue): boolean {
  if (!isCall(v)) return false;
  if (MODEL_LOAD.test(v.call)) return !NOT_MODEL_LOAD.test(v.call);
  return MODEL_WRAP.test(v.call) && loadsModel(v.args[0]);
}
/** The names of the modules beside it a script imports whole (`import config`), each a dict of its values among the imports. */
export const MODULES = '@modules';

function isModule(env: ReadonlyMap<string, PyValue>, name: string): boolean {
  const modules = env.get(MODULES);
  return Array.isArray(modules) && modules.includes(name);
}
/**
 * Where the script's own functions that load a config file are listed (configLoaders): a dict of their names, each the path it
 * loads where the function writes it itself, else "" (the path its first parameter gives).
 */
const LOADERS = '@configLoaders';
/** A library call that parses a config file's text from an open file (yaml.safe_load(f), json.load(f)). */
const PARSES_FILE = /^(yaml\.(safe_load|load|full_load|unsafe_load)|json\.load)$/;
/** A library call that loads a config file by its path (OmegaConf.load("config.yaml")). */
const LOADS_PATH = /^(omegaconf\.)?OmegaConf\.load$/;

function importedValue(v: ImportedValue): PyValue {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return [...(v as readonly (number | string | boolean | null)[])];
  const none: Range = { start: 0, end: 0 };
  return {
    dict: Object.entries(v as { readonly [key: string]: ImportedValue }).map(([k, x]): [string, PyValue, Range, Range] => [k, importedValue(x), none, none]),
  };
}
/** A dict literal, or a class constructed from keywords (`cls`: its dotted name, emitted at [..., "@class"]). */
type PyDict = { readonly dict: readonly [string, PyValue, Range, Range][]; readonly cls?: { readonly name: string; readonly at: Range } };
/**
 * A call the reader does not evaluate (`tune.grid_search([1, 2])`, `tune.Tuner(fn, param_space=…)`): its value is unknown
 * (a null fact, as before), and it is kept as its dotted callee, positional arguments and keywords, emitted under the
 * value's path at "@call", "@args".i and "@kw".name, for recognizers that read what a call states.
 */
type PyCall = { readonly call: string; readonly args: readonly PyValue[]; readonly kwargs: readonly [string, PyValue, Range, Range][]; readonly at: Range };

function isCall(v: PyValue): v is PyCall {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && 'call' in v;
}

function isDict(v: PyValue): v is PyDict {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && 'dict' in v;
}

export interface PythonOptions {
  /** The config function of a registry to read (`--set config=NAME`). */
  readonly config?: string;
  /** The environment the script runs in, where a launch script that writes it says (its exported variables). */
  readonly environ?: Readonly<Record<string, string>>;
  /**
   * The command line a launch runs the script with (`--lora_r 16` as lora_r: 16): what its argparse arguments and
   * HfArgumentParser dataclass fields are instead of their defaults.
   */
  readonly argv?: Readonly<Record<string, number | string | boolean>>;
  /** Names the script imports from a module beside it (`from config import MODEL_ID`), with their values there. */
  readonly imports?: Readonly<Record<string, ImportedValue>>;
  /** The model flavor a run names (`qwen3:250M`), to be read from this file's flavor table: at ["@flavor"]. */
  readonly flavor?: string;
  /**
   * This module's functions that a script beside it calls, with the values it passes (`load_model(model_name="Qwen/Qwen3-8B")`):
   * each body read as what runs, its parameters those values (as a call of the file's own is: extractPython).
   */
  readonly calls?: Readonly<Record<string, PassedValues>>;
  /**
   * Code of modules beside the script that it imports and builds (a class whose `__init__` loads the model, `from model import
   * HuggingFaceLM` then `llm = HuggingFaceLM(model_identifier=…)`, with the imports and the plain constants of its module): read
   * as if written above the script, each fact placed in the file it comes from (extractPython).
   */
  readonly prepend?: readonly ForeignCode[];
  /** Plain classes read as a trainer class of the script's is where they load a model, though no method of theirs trains. */
  readonly flatten?: readonly string[];
}

/** A span of another file's code: its path, where the span starts in it, and its text (a class's: the class's name). */
export interface ForeignCode {
  readonly file: string;
  readonly at: number;
  readonly text: string;
  readonly cls?: string;
}

/**
 * The code of a module's classes that a script beside it builds (`from model import HuggingFaceLM`, then `HuggingFaceLM(…)`), where
 * the class loads a model (a `from_pretrained` or `get_peft_model` call in its body): each class's lines (its header to the next
 * line at the margin), after the module's imports and its constants written as plain values (`MODEL_NAME = "gpt2"`), which the
 * class may read. Empty where no such class loads one.
 */
export function classCode(file: string, text: string, names: readonly string[]): ForeignCode[] {
  const classes: ForeignCode[] = [];
  for (const name of names) {
    const head = new RegExp(`^class[ \\t]+${name}\\b`, 'm').exec(text);
    if (!head) continue;
    const next = /\n(?=[^\s#)\]}])/g;
    next.lastIndex = head.index + head[0].length;
    const end = next.exec(text)?.index ?? text.length;
    const body = text.slice(head.index, end);
    if (/\b(from_pretrained|get_peft_model)[ \t]*\(/.test(body)) classes.push({ file, at: head.index, text: body, cls: name });
  }
  if (!classes.length) return [];
  const header: ForeignCode[] = [];
  const line =
    /^(?:(?:from[ \t]+[\w.]+[ \t]+)?import[ \t]+(?:\([^)]*\)|[^\n]*)|[A-Za-z_]\w*[ \t]*(?::[ \t]*\w+[ \t]*)?=[ \t]*(?:"[^"\n]*"|'[^'\n]*'|[-+]?\d[\w.]*|True|False|None)[ \t]*(?:#[^\n]*)?)$/gm;
  for (const m of text.matchAll(line)) header.push({ file, at: m.index!, text: m[0] });
  return [...header, ...classes];
}

/** The values a call passes a function: by position, and by keyword. */
export interface PassedValues {
  /** (Undefined: one it passes that is not known.) */
  readonly args: readonly (ImportedValue | undefined)[];
  readonly kwargs: Readonly<Record<string, ImportedValue>>;
}

/** Where the process environment sits among the script's names (not a Python identifier, so no name of the script's). */
const ENVIRON = '@environ';

/** Where the length of the script's command line sits among its names: 1 (the script's own name) where no launch runs it. */
const ARGV_LENGTH = '@argvLength';

export function extractPython(file: string, text: string, options: PythonOptions = {}): Extraction {
  if (text.trim() === '') return { facts: [], errors: [finding('syntax', 'error', { id: 'extract.empty' }, { file, range: { start: 0, end: 0 } })] };
  if (options.prepend?.length) return withForeignCode(file, text, options, options.prepend);
  // A function of the script's own that what it runs calls with values it knows (`model, tokenizer = pre_model(model_name,
  // max_token)` in main(), `def pre_model(model_name, max_token):` loading the model by its parameter): read again with its
  // body run, its parameters those values.
  const called = new Map<string, ReadonlyMap<string, PyValue>>();
  // (And those a script beside it calls, PythonOptions.calls: bound from the first reading on.)
  const passed = passedTo(text, options.calls);
  let read = extractOnce(file, text, options, passed, called);
  // (And the functions those call with what they were given, `setup_and_run(args.model_id)` calling `run_finetuning(…, model_name)`
  // which loads it: one more reading for each level, a few at most.)
  // (A function bound again with values that were unknown before, called from a function bound since: the new values. And one
  // a default had bound, given another plain value since: `setup_qwen_model(model_name)` in a trainer class's method, where main()
  // constructs the class with a model other than its __init__'s default.)
  const knows = (given: ReadonlyMap<string, PyValue>, than: ReadonlyMap<string, PyValue> | undefined) =>
    [...given].some(([k, v]) => {
      const was = than?.get(k);
      return knownValue(v) && (!knownValue(was) || (typeof v !== 'object' && typeof was !== 'object' && v !== was));
    });
  let bound = new Map(passed);
  let fresh: ReadonlyMap<string, ReadonlyMap<string, PyValue>> = called;
  for (let level = 0; level < 3 && fresh.size; level++) {
    bound = new Map([...bound, ...fresh, ...passed]);
    const next = new Map<string, ReadonlyMap<string, PyValue>>();
    read = extractOnce(file, text, options, bound, next);
    fresh = new Map([...next].filter(([name, given]) => knows(given, bound.get(name))));
  }
  return read;
}

/**
 * The script read with other files' code above it (PythonOptions.prepend): a class it imports and builds read as its own (its
 * plain class flattened as a trainer class is, though no method of it trains: PythonOptions.flatten), then each fact placed where it is
 * written: in the module where its value is (or its key, where the value is placed nowhere), else in the script, its offsets
 * there. Code that does not read cleanly above the script is left out: the script is read alone.
 */
function withForeignCode(file: string, text: string, options: PythonOptions, code: readonly ForeignCode[]): Extraction {
  const spans: { from: number; to: number; code: ForeignCode }[] = [];
  // (A line end first: no foreign fact starts at 0, the offset of a fact placed nowhere.)
  let above = '\n';
  for (const c of code) {
    spans.push({ from: above.length, to: above.length + c.text.length, code: c });
    above += c.text.replace(/\n?$/, '\n') + '\n';
  }
  const alone = { ...options, prepend: undefined };
  const error = tokenizePython(above + text).error;
  if (error && error.at < above.length) return extractPython(file, text, alone);
  const read = extractPython(file, above + text, { ...alone, flatten: code.flatMap((c) => (c.cls ? [c.cls] : [])) });
  const P = above.length;
  const place = (r: Range): { file: string; range: Range } | undefined => {
    if (r.start === 0 && r.end === 0) return undefined;
    if (r.start >= P) return { file, range: { start: r.start - P, end: Math.max(r.start, r.end) - P } };
    const s = spans.find((x) => r.start >= x.from && r.start <= x.to);
    if (!s) return undefined;
    return { file: s.code.file, range: { start: r.start - s.from + s.code.at, end: Math.min(Math.max(r.start, r.end), s.to) - s.from + s.code.at } };
  };
  const none: Range = { start: 0, end: 0 };
  const facts = read.facts.map((f): Fact => {
    const value = place(f.valueRange);
    const key = place(f.keyRange);
    const at = value ?? key;
    if (!at) return { ...f, file, keyRange: none, valueRange: none };
    return { ...f, file: at.file, keyRange: key && key.file === at.file ? key.range : at.range, valueRange: value ? value.range : at.range };
  });
  const errors = read.errors.map((e) => ({
    ...e,
    ranges: e.ranges.map((x) => (x.file === file ? (place(x.range) ?? { file, range: none }) : x)),
  }));
  return { facts, errors };
}

/**
 * A command-line parameter's default as Typer writes it, `model_name: str = typer.Option("Qwen/Qwen3-0.6B-Base", help=…)` (or
 * typer.Argument, `default=` by keyword): that default; a required one (`...`) is unknown. Any other value as it is.
 */
function typerDefault(v: PyValue): PyValue {
  const typer = /^typer\.(Option|Argument)$/;
  // (Given keywords only, it reads as a keyword-built object: its "default".)
  if (isDict(v) && v.cls && typer.test(v.cls.name)) return v.dict.find(([k]) => k === 'default')?.[1];
  if (!isCall(v) || !typer.test(v.call)) return v;
  return v.args.length > 0 ? v.args[0] : v.kwargs.find(([k]) => k === 'default')?.[1];
}

/**
 * A value a call passes that binds a parameter: one the reading knows, not a call's result, and not a config object none of whose
 * fields it knows (`TrainConfig(model_name=args.model_name, …)` of unknown arguments).
 */
function knownValue(v: PyValue): boolean {
  if (v === undefined || isCall(v)) return false;
  return !isDict(v) || v.dict.length === 0 || v.dict.some(([, x]) => knownValue(x));
}

/** The parameters of this module's functions that a script beside it calls (PythonOptions.calls), bound to the values it passes. */
function passedTo(text: string, calls: PythonOptions['calls']): Map<string, ReadonlyMap<string, PyValue>> {
  const out = new Map<string, ReadonlyMap<string, PyValue>>();
  if (!calls) return out;
  const functions = topLevelFunctions(tokenizePython(text).toks);
  for (const [name, passed] of Object.entries(calls)) {
    const params = functions.get(name)?.params;
    if (!params) continue;
    // (One it passes that is not known stays unknown: a parameter bound to nothing is read as not given.)
    const args = passed.args.map((a) => (a === undefined ? undefined : importedValue(a)));
    const kwargs = Object.entries(passed.kwargs).map(([k, v]): [string, PyValue] => [k, importedValue(v)]);
    out.set(name, bindArgs(params, args, kwargs));
  }
  return out;
}

/** A call's arguments bound to a function's parameters: by position, then by keyword (names it does not take left out). */
function bindArgs(params: readonly string[], args: readonly PyValue[], kwargs: Iterable<readonly [string, PyValue, ...unknown[]]>): Map<string, PyValue> {
  const out = new Map<string, PyValue>();
  args.forEach((a, k) => {
    if (params[k] !== undefined) out.set(params[k]!, a);
  });
  for (const [k, v] of kwargs) if (params.includes(k)) out.set(k, v);
  return out;
}

/**
 * One clause of an `if` / `elif` / `else` chain, read from what the chain knows before it (true: a clause held; false: none has
 * so far; undefined: not known): whether it is taken (undefined: not known), and what the chain knows after it. An `elif` after
 * one that held is not taken, nor an `else`; its condition is read only where every clause before it is known not to hold.
 */
function clause(word: string, before: boolean | undefined, condition: () => boolean | undefined): { taken: boolean | undefined; after: boolean | undefined } {
  if (word === 'if' || (word === 'elif' && before === false)) {
    const held = condition();
    return { taken: held, after: held };
  }
  if (word === 'elif') return { taken: before === true ? false : undefined, after: before };
  return { taken: before === undefined ? undefined : !before, after: before };
}

function extractOnce(
  file: string,
  text: string,
  options: PythonOptions,
  bound: ReadonlyMap<string, ReadonlyMap<string, PyValue>>,
  called: Map<string, ReadonlyMap<string, PyValue>>,
): Extraction {
  const tokenized = tokenizePython(text);
  const error = tokenized.error;
  // (A trainer written as a class of the script's own: its methods read as the script's functions.)
  const { toks, classes } = flattenTrainerClasses(tokenized.toks, new Set(options.flatten));
  const errors: Finding[] = [];
  if (error)
    errors.push(
      finding('syntax', 'error', { id: 'extract.pythonSyntax', args: { problem: error.problem } }, { file, range: { start: error.at, end: error.at + 1 } }),
    );
  const facts: Fact[] = [];
  const env = new Map<string, PyValue>();
  const none: Range = { start: 0, end: 0 };
  // (The functions the script's `if __name__ == "__main__":` block or its top level calls, `run_local_lora_fine_tuning()`: what
  // it runs.)
  // The script's own top-level functions, by name: their parameters and bodies.
  const functions = topLevelFunctions(toks);
  const mainCalls = calledAsScript(toks, functions);
  // (The lists it fills in place, each at its last fill: a list written before that is the run's.)
  const fills = lastFills(toks);
  if (options.environ) env.set(ENVIRON, { dict: Object.entries(options.environ).map(([k, v]) => [k, v, none, none]) });
  // (Read alone, the script runs with no arguments: `sys.argv[1] if len(sys.argv) > 1 else "meta-llama/Llama-2-7b-chat-hf"` is
  // the default it writes. Under a launch, its arguments' count is the launch's, not known here.)
  if (options.argv === undefined) env.set(ARGV_LENGTH, 1);
  // (A dict imported, `from .config import config`: its keys, known where they are read.)
  for (const [k, v] of Object.entries(options.imports ?? {})) env.set(k, importedValue(v));
  // (The model classes of its own that wrap a pretrained model: read as that model where the script builds one.)
  for (const [name, { at, also }] of modelClasses(toks)) {
    env.set(MODEL_CLASS + name, at);
    if (also.length) env.set(MODEL_CLASS_ALSO + name, also.join(', '));
  }
  // (The keyword defaults of the config classes it defines: at ["@init", class, key], and known to its constructions.)
  for (const c of classInits(toks, env)) {
    env.set(CLASS_INIT + c.name, { dict: c.fields.map((f): [string, PyValue, Range, Range] => [f.key, f.value, f.keyRange, f.valueRange]) });
    if (c.renames.length) env.set(CLASS_RENAMES + c.name, { dict: c.renames.map(([from, to]): [string, PyValue, Range, Range] => [from, to, none, none]) });
    if (c.base) facts.push({ file, path: ['@init', c.name, '@base'], value: c.base, keyRange: c.at, valueRange: c.at });
    for (const f of c.fields) facts.push({ file, path: ['@init', c.name, f.key], value: toFact(f.value), keyRange: f.keyRange, valueRange: f.valueRange });
  }
  // (Those that load a config file from the path they are given, `def load_config(path):` over `yaml.safe_load(f)`.)
  const loaders = configLoaders(toks, functions);
  if (loaders.size) env.set(LOADERS, { dict: [...loaders].map(([name, path]): [string, PyValue, Range, Range] => [name, path, none, none]) });
  // (A default that names a module's constant, `default=DEFAULT_MODEL`: the constants written at the top level before.)
  const argparse = argparseDefaults(toks, moduleConstants(toks, env), functions);
  // Each argparse default the script writes, as a flag of the command line it parses (["@argparse", dest]): what a launch that
  // leaves the flag out runs with.
  for (const [dest, at] of argparse.where) {
    const v = argparse.get(dest);
    if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean')
      facts.push({ file, path: ['@argparse', dest], value: v, keyRange: at.key, valueRange: at.value });
  }
  // HfArgumentParser's dataclasses: each field with its default, where no argparse argument has that name.
  const dataclasses: Dataclass[] = [];
  const fields = new Set<string>();
  for (const [k, v] of dataclassDefaults(toks, env, dataclasses))
    if (!argparse.has(k)) {
      argparse.set(k, v);
      fields.add(k);
    }
  // (A boolean field given as a word, `--q_lora False`: HfArgumentParser's string_to_bool makes it the boolean.)
  const asField = (k: string, v: PyValue): PyValue =>
    fields.has(k) && typeof argparse.get(k) === 'boolean' && typeof v === 'string' && /^(true|t|yes|y|1|false|f|no|n|0)$/i.test(v)
      ? /^(true|t|yes|y|1)$/i.test(v)
      : v;
  for (const [k, v] of Object.entries(options.argv ?? {})) if (argparse.has(k)) argparse.set(k, asField(k, v));
  // (A file of arguments HfArgumentParser reads, its keys the fields of its dataclasses: each, over the defaults, at
  // ["@argsFile", key] for the trainer's arguments among them.)
  for (const [name, tree] of Object.entries(options.imports ?? {})) {
    if (!name.startsWith(ARGS_FILE) || tree === null || typeof tree !== 'object' || Array.isArray(tree)) continue;
    for (const [k, v] of Object.entries(tree as { readonly [key: string]: ImportedValue })) {
      if (v !== null && typeof v === 'object' && !Array.isArray(v)) continue;
      argparse.set(k, importedValue(v));
      if (v === null || typeof v !== 'object') facts.push({ file, path: ['@argsFile', k], value: v, keyRange: none, valueRange: none });
    }
  }
  // (HfArgumentParser and TrlParser take every field of their dataclasses as a flag, those it imports too: the launch's flags
  // are their values.)
  // (A word true or false given to a field of theirs not written here, TrainingArguments' `--fp16 False`: the boolean, as their
  // string_to_bool makes it of a boolean field.)
  if (toks.some((t) => t.type === 'name' && DATACLASS_PARSE.test(t.text)))
    for (const [k, v] of Object.entries(options.argv ?? {}))
      if (!argparse.has(k)) argparse.set(k, typeof v === 'string' && /^(true|false)$/i.test(v) ? /^true$/i.test(v) : v);
  let i = 0;
  const ownFunctions = new Map([...functions].map(([name, f]) => [name, f.params]));

  // A call of a function of the script's own with a value it knows: its parameters bound, for the second reading.
  const noteCall = (value: PyValue): void => {
    // (A trainer class's construction, `SFTFineTuner(model_name="TinyLlama/…")`, read as a class's keywords: a call of its __init__.)
    // (And a function of its own named as a class is, `T5Trainer(dataframe=df, model_params=model_params, …)`, read alike.)
    if (isDict(value) && value.cls && (classes.has(value.cls.name) || ownFunctions.has(value.cls.name)))
      return noteCall({ call: value.cls.name, args: [], kwargs: value.dict, at: value.cls.at });
    if (!isCall(value) || !ownFunctions.has(value.call) || called.has(value.call)) return;
    const given = bindArgs(ownFunctions.get(value.call)!, value.args, value.kwargs);
    if ([...given.values()].some(knownValue)) called.set(value.call, given);
  };

  const emit = (path: (string | number)[], value: PyValue, keyRange: Range, valueRange: Range): void => {
    if (isDict(value)) {
      if (value.cls) facts.push({ file, path: [...path, '@class'], value: value.cls.name, keyRange: value.cls.at, valueRange: value.cls.at });
      for (const [k, v, kr, vr] of value.dict) emit([...path, k], v, kr, vr);
      return;
    }
    if (isCall(value)) {
      facts.push({ file, path, value: null, keyRange, valueRange });
      emit([...path, '@call'], value.call, value.at, value.at);
      value.args.forEach((a, idx) => emit([...path, '@args', idx], a, value.at, value.at));
      for (const [k, v, kr, vr] of value.kwargs) emit([...path, '@kw', k], v, kr, vr);
      return;
    }
    // A list of config objects (torchtitan's model_converters.converters): each by its index.
    if (Array.isArray(value) && value.some((x) => x !== null && typeof x === 'object' && !Array.isArray(x))) {
      value.forEach((x, idx) => emit([...path, idx], x, keyRange, valueRange));
      return;
    }
    // (A value the reading cannot evaluate is unknown; a written None is null and known.)
    facts.push({ file, path, value: toFact(value), keyRange, valueRange, ...(value === undefined ? { unknown: true as const } : {}) });
  };

  // Config functions (a registry): name → the dict each returns, in file order, and how to read it again with its parameters bound
  // (a config that returns a helper's, `return _base(model_registry("250M"))`).
  const configs = new Map<string, RegistryConfig & { at: Range }>();
  // (And the script's own functions that return a config object, `def get_lora_config(): return LoraConfig(r=16, …)`: what
  // `lora_config = get_lora_config()` holds.)
  const returning = new Map<string, RegistryConfig>();
  const noteReturn = (at: number, value: PyValue = configFunction(toks, at, env, configs).value): void => {
    // (A config or arguments object called for with arguments, `get_lora_config(lora_r=args.lora_r, …)`: read again with its
    // parameters those values. A trainer a function builds is read in its body, the call's values bound there.)
    const rerun = (bound: ReadonlyMap<string, PyValue>): PyValue => configFunction(toks, at, new Map([...env, ...bound]), configs).value;
    const config = isDict(value) && value.cls && /(Config|Arguments|Args)$/.test(value.cls.name);
    if (isDict(value) && value.cls)
      returning.set(toks[at + 1]!.text, { value, params: parameters(toks, at).map((d) => d.name.text), ...(config ? { rerun } : {}) });
  };
  // (A function of the script's read again with its parameters bound; one that calls itself is not followed past a few levels.)
  const rerunOf = (start: number, flat = false): ((bound: ReadonlyMap<string, PyValue>) => PyValue) => {
    let depth = 0;
    return (bound) => {
      if (depth > 4) return undefined;
      depth++;
      try {
        return configFunction(toks, start, new Map([...env, ...bound]), configs, argparse, flat).value;
      } finally {
        depth--;
      }
    };
  };
  // (And one that returns the model it loads, `def model_init(): return BertForSequenceClassification.from_pretrained(…)`: what
  // `Trainer(model=model_init(), …)` is given; called with arguments, `build_model(config.model_id)`, read again with its
  // parameters those. Also where it returns the model prepared for k-bit training or given its adapter by PEFT, `return
  // prepare_model_for_kbit_training(model)`, or a model it is given so, `def lora_adapt(base_model): return
  // FastLanguageModel.get_peft_model(base_model, r=16, …)`: `model = lora_adapt(model)` read again with base_model the model, by
  // the statements it always runs (not one adapter of several a branch on the command line's `args.method` chooses).)
  const noteLoader = (name: string, value: PyValue, params: readonly string[], start: number): void => {
    if (loadsModel(value)) return void returning.set(name, { value, params, rerun: rerunOf(start) });
    const flat = rerunOf(start, true);
    const wrapped = (v: PyValue) => isCall(v) && MODEL_WRAP.test(v.call) && loadsModel(v);
    if (params.some((p) => wrapped(flat(new Map([[p, LOADED_MODEL]]))))) returning.set(name, { value, params, rerun: flat });
  };
  // (And a class's static methods that return one, `class ModelConfig:` with `@staticmethod def get_lora_config(): return
  // LoraConfig(r=16, …)`: what `ModelConfig.get_lora_config()` holds.)
  for (let k = 1; k < toks.length; k++)
    if (toks[k]!.text === 'def' && toks[k - 1]!.type === 'indent' && toks[k + 1]?.type === 'name' && decorator(toks, k - 1) === 'staticmethod') noteReturn(k);

  // The body of `if __name__ == "__main__":`, of `def main(…):` and of the functions a training script loads its model or trains
  // in (SCRIPT_FUNCTION) is what the script runs: its first-level statements are read as module-level ones (a deeper block, a
  // branch or a loop, is not).
  let block: string | undefined;
  // (The value of the last top-level `if` opensBlock read: its `else:` opens where it did not hold.)
  let topIf: boolean | undefined;
  // A loop over a list the file knows whose body is read once (`for model_name in MODELS:` over `MODELS = ["Qwen/Qwen3-0.6B",
  // "Qwen/Qwen3-1.7B", …]`, `for lr in [1e-4, 2e-4]:`): its variable bound to the first item, as the first run of the body has it,
  // and said (python.loopFirst), as a shell loop's is. Not one over a list the file does not know, or of values it does not.
  const loopFirst = (at: number): void => {
    const name = toks[at + 1];
    if (toks[at]?.text !== 'for' || name?.type !== 'name' || toks[at + 2]?.text !== 'in') return;
    // (A list written or named, not one a call makes, `range(num_epochs)`; and only a loop whose body loads or trains a model, as
    // one over the runs it makes does: not one over an epoch's steps, a dataset's splits or the prompts it answers.)
    if (toks[at + 3]?.type === 'name' && toks[at + 4]?.text === '(') return;
    const margin = toks[at - 1]?.type === 'indent' ? toks[at - 1]!.text : '';
    let end = at;
    while (end < toks.length && toks[end]!.type !== 'end') {
      while (end < toks.length && toks[end]!.type !== 'nl' && toks[end]!.type !== 'end') end++;
      const next = toks[end + 1];
      if (next?.type === 'nl' || (next?.type === 'indent' && next.text.length > margin.length)) end++;
      else break;
    }
    // (A loader or trainer, or a function of the script's own given the loop's variable whose body has one, or calls one of its own
    // that does: `main(d)`, `finetune(task, …)`; not `generate_text(model, prompt)`.)
    const given = (k: number) => {
      for (let j = k + 2, depth = 0; j < end; j++) {
        const t = toks[j]!;
        if (t.text === '(' || t.text === '[' || t.text === '{') depth++;
        else if (t.text === ')' || t.text === ']' || t.text === '}') {
          if (depth === 0) return false;
          depth--;
        } else if (t.type === 'name' && t.text === name.text && toks[j - 1]?.text !== '.') return true;
      }
      return false;
    };
    const call = (k: number) => toks[k]!.type === 'name' && toks[k + 1]?.text === '(';
    const trainer = (k: number) => call(k) && /^(from_pretrained|train|fit)$|Trainer$/.test(toks[k]!.text);
    const own = (k: number) => (call(k) && toks[k - 1]?.text !== '.' ? functions.get(toks[k]!.text) : undefined);
    // (Tokens `from` to `to`, and the functions of the script's own called there, `depth` calls down: in the loop's own body, one
    // given its variable; in a function's, any but itself.)
    const trainsIn = (from: number, to: number, depth: number, self?: OwnFunction): boolean => {
      for (let k = from; k < to; k++) {
        if (trainer(k)) return true;
        const f = depth > 0 ? own(k) : undefined;
        if (f && f !== self && (self || given(k)) && trainsIn(f.from, f.to, depth - 1, f)) return true;
      }
      return false;
    };
    if (!trainsIn(at, end, 2)) return;
    const p = new Expr(toks, at + 3, env, new Map(), argparse);
    const over = p.parse();
    if (toks[p.i]?.text !== ':' || !Array.isArray(over) || over.length < 2) return;
    const first = over[0];
    if (!over.every((v) => typeof v === 'string' || typeof v === 'number')) return;
    env.set(name.text, first);
    const listed = { start: toks[at + 3]!.start, end: toks[p.i - 1]!.end };
    errors.push(finding('assumed', 'info', { id: 'python.loopFirst', args: { count: over.length, first: String(first) } }, { file, range: listed }));
  };
  const opensBlock = (at: number): boolean => {
    const line: Tok[] = [];
    for (let k = at; k < toks.length && toks[k]!.type !== 'nl' && toks[k]!.type !== 'end'; k++) line.push(toks[k]!);
    const text = line.map((x) => (x.type === 'str' ? JSON.stringify(x.value) : x.text)).join(' ');
    // (Either way round: `if "__main__" == __name__:`.)
    if (/^if (__name__ == "__main__"|"__main__" == __name__) :$/.test(text) || SCRIPT_FUNCTION.test(text) || marimoCell(at, text)) return true;
    if (toks[at]?.text === 'def' && [bound, classes].some((names) => names.has(toks[at + 1]?.text ?? ''))) return true;
    // (A function the script's main block calls, where it is defined at the margin: a helper defined inside the block is not.)
    if (toks[at]?.text === 'def' && mainCalls.has(toks[at + 1]?.text ?? '') && (at === 0 || toks[at - 1]!.type === 'nl')) return true;
    // (And a top-level `if` on what the file or the launch makes known, `if script_args.use_peft:` under --use_peft: its body where
    // it holds, its `else:` where it does not.)
    if (toks[at - 1] !== undefined && toks[at - 1]!.type !== 'nl') return false;
    // (And a top-level loop's or `with`'s body, once, as a block's are: a model trained once per fold or per label of a
    // cross-validation, `for antimicrobial in antibiotics:` then `for fold, … in enumerate(kf.split(…)):`.)
    if (/^(for|with) .* :$/.test(text)) {
      loopFirst(at);
      return true;
    }
    // (And a top-level `try:`'s body, which runs, as a script wraps each step in one to log its failure; not its `except:`.)
    if (text === 'try :') return true;
    const word = /^(if|elif) /.exec(text)?.[1] ?? (text === 'else :' ? 'else' : undefined);
    const read = word ? clause(word, topIf, () => constantCondition(toks, at + 1, env, argparse)) : undefined;
    topIf = word === 'else' ? undefined : read?.after;
    return read?.taken === true;
  };
  // A marimo notebook's cell (`@app.cell` over `def _(…):`, Unsloth's molab notebooks): marimo runs each cell's body in order.
  const marimoCell = (at: number, text: string): boolean => {
    if (!/^def \w+ \(/.test(text)) return false;
    let k = at - 1;
    while (toks[k]?.type === 'nl') k--;
    const end = k;
    while (k >= 0 && toks[k]!.type !== 'nl') k--;
    const before = toks
      .slice(k + 1, end + 1)
      .filter((x) => x.type !== 'indent')
      .map((x) => x.text)
      .join('');
    return /^@app\.cell\b/.test(before);
  };
  // A `try:` among the block's statements: its body's statements are the block's too, as the run that goes on runs them; not its
  // handlers', which run where the body fails (`try: use_cuda = torch.cuda.is_available()` then `except Exception: use_cuda =
  // False`: the body's value, not the fallback's). So are a `for` loop's and a `with` block's, and an `if`'s that holds. And so
  // on within them (`if self.lora_args.use_peft:` over `if self.lora_args.peft_path is not None: … else: … LoraConfig(…)`): the
  // bodies opened, outermost first, each with the value of its own last `if`.
  let nested: { indent: string; lastIf: boolean | undefined }[] = [];
  // The names whose value is one a call passed a function's parameter, with the `def` that took it: another function's while
  // the name still holds that value.
  const passedIn = new Map<string, { def: number; value: PyValue }>();
  const passedOther = (name: string, def: number): boolean => {
    const p = passedIn.get(name);
    return p !== undefined && p.def !== def && env.get(name) === p.value;
  };
  // The value of the block's last `if` on a constant (undefined: none, or a condition not known).
  let lastIf: boolean | undefined;
  while (i < toks.length && toks[i]!.type !== 'end') {
    let t = toks[i]!;
    const lineStart = toks[i - 1] === undefined || toks[i - 1]!.type === 'nl';
    if (lineStart && t.type !== 'indent' && t.type !== 'nl') {
      block = undefined;
      nested = [];
      lastIf = undefined;
    }
    // (The level a line stands at: the block's own (-1), or a body opened in it (its place among them); undefined, a line of a
    // body not read.)
    let level: number | undefined;
    if (lineStart && block !== undefined && t.type === 'indent' && toks[i + 1]?.type === 'name') {
      const inner = nested.findIndex((n) => n.indent === t.text);
      level = t.text === block ? -1 : inner >= 0 ? inner : undefined;
    }
    if (level !== undefined) {
      const indent = t.text;
      nested = nested.slice(0, level + 1);
      t = toks[++i]!;
      // (And a loop's or a `with`'s body: the model loaded and trained once per fold of a cross-validation, under a context; and
      // an `if` on a module-level constant the script sets, `if not FULL_FINETUNING:` under FULL_FINETUNING = False, where it
      // holds, its `else` where it does not.)
      // (An `elif` after conditions known not to hold, `elif args.mode == "pretrain":`, is one more; after one that holds, not taken.)
      const before = level < 0 ? lastIf : nested[level]!.lastIf;
      // (An `if` the run's values do not decide whose `else:` only stops the run, `if is_cuda:` over the QLoRA load, `else: raise
      // RuntimeError(…)`: its body is what a run that trains runs.)
      const condition = () => constantCondition(toks, i + 1, env, argparse) ?? (t.text === 'if' && elseAborts(toks, i, indent) ? true : undefined);
      const read = /^(if|elif|else)$/.test(t.text) ? clause(t.text, before, condition) : undefined;
      const taken = read?.taken;
      const skipElse = t.text === 'else' && taken === false;
      if (level < 0) lastIf = read?.after;
      else nested[level]!.lastIf = read?.after;
      // (Within a body opened so, only a branch known to be taken: `if`s the run's values decide; and a `try:`'s body at any depth,
      // which runs, `for model_name in models_to_train:` over `try: train_model(model_name=model_name, …)`.)
      if ((level < 0 && ['try', 'else', 'finally', 'for', 'with'].includes(t.text) && !skipElse) || t.text === 'try' || taken === true) {
        if (level < 0) loopFirst(i);
        // The handler's own line: its body's indentation is the next line's.
        let k = i;
        while (k < toks.length && toks[k]!.type !== 'nl') k++;
        while (toks[k]?.type === 'nl') k++;
        if (toks[k]?.type === 'indent' && toks[k]!.text.length > indent.length) nested.push({ indent: toks[k]!.text, lastIf: undefined });
      }
    }
    const statement =
      lineStart ||
      (block !== undefined &&
        toks[i - 1]?.type === 'indent' &&
        (toks[i - 1]!.text === block || nested.some((n) => n.indent === toks[i - 1]!.text)) &&
        (toks[i - 2] === undefined || toks[i - 2]!.type === 'nl'));
    // (`with open(args.config) as f:`: f is that file, which `yaml.safe_load(f)` in its body loads.)
    if (statement && t.type === 'name' && t.text === 'with') {
      const p = new Expr(toks, i + 1, env, new Map(), argparse);
      const opened = p.parse();
      const as = toks[p.i];
      if (as?.text === 'as' && toks[p.i + 1]?.type === 'name' && toks[p.i + 2]?.text === ':' && isCall(opened) && /^(io\.|codecs\.)?open$/.test(opened.call))
        env.set(toks[p.i + 1]!.text, opened);
    }
    // (A plain class's attributes, as the class's body sets them where the script defines it.)
    if (lineStart && topLevelClass(toks, i)) {
      const attrs = classAttributes(toks, i, env);
      if (attrs) env.set(CLASS_ATTRS + toks[i + 1]!.text, attrs);
    }
    if (lineStart && t.type === 'name' && opensBlock(i)) {
      const def = i;
      // A function the script calls with values it knows: its parameters those values (said where it takes them).
      const given = t.text === 'def' ? bound.get(toks[i + 1]?.text ?? '') : undefined;
      if (given)
        for (const d of parameters(toks, i)) {
          const v = given.get(d.name.text);
          // (Over a name the reading holds already, only a plain value it passes that differs: the function's parameter is its own
          // name, where a trainer class's __init__ is given the model that another function's default had stood for.)
          const was = env.get(d.name.text);
          if (v === undefined || (env.has(d.name.text) && (typeof v === 'object' || typeof was === 'object' || v === was))) continue;
          env.set(d.name.text, v);
          passedIn.set(d.name.text, { def, value: v });
          emit([d.name.text], v, { start: d.name.start, end: d.name.end }, { start: d.name.start, end: d.name.end });
        }
      // A script function's parameters with defaults (`def finetune(model_name: str = "mistralai/Mistral-7B-v0.1"):`) stand for
      // those defaults in its body where the file gives the name no value of its own (the caller may pass another). (A value
      // another function's parameter of that name was passed is not the file's own: `def setup(config):` called with the config
      // `def main(config="configs/qwen3_14b.yaml"):` loads is not main's config.)
      if (t.text === 'def')
        for (const d of parameters(toks, i))
          if (d.at !== undefined && (!env.has(d.name.text) || (given?.get(d.name.text) === undefined && passedOther(d.name.text, def)))) {
            const p = new Expr(toks, d.at, env, new Map(), argparse);
            const value = typerDefault(p.parse());
            if (!(toks[p.i]?.type === 'op' && (toks[p.i]!.text === ',' || toks[p.i]!.text === ')'))) continue;
            env.set(d.name.text, value);
            passedIn.delete(d.name.text);
            emit([d.name.text], value, { start: d.name.start, end: d.name.end }, { start: toks[d.at]!.start, end: toks[p.i - 1]!.end });
          }
      // (The config object it returns, read with its parameters as bound above.)
      if (t.text === 'def' && toks[def + 1]?.type === 'name') {
        const value = configFunction(toks, def, env, configs).value;
        noteReturn(def, value);
        // (A model loader the script calls with values it knows, its body read above, is what its caller's `model = load_model(…)`
        // holds too.)
        if (def === 0 || toks[def - 1]!.type === 'nl')
          noteLoader(
            toks[def + 1]!.text,
            value,
            parameters(toks, def).map((d) => d.name.text),
            def,
          );
      }
      while (i < toks.length && toks[i]!.type !== 'nl' && toks[i]!.type !== 'end') i++;
      i++;
      // (Comment and blank lines before the block's first statement are lines of their own.)
      while (toks[i]?.type === 'nl') i++;
      if (toks[i]?.type === 'indent') block = toks[i]!.text;
      continue;
    }
    if (t.type === 'name' && t.text === 'def' && (toks[i - 1] === undefined || toks[i - 1]!.type === 'nl') && toks[i + 1]?.type === 'name') {
      const name = toks[i + 1]!;
      // (Its `if`s on the parsed arguments read by their defaults, `if not args.load_in_4bit: return None` under default=True not
      // taken, where its values are read without them.)
      const body = configFunction(toks, i, env, configs, undefined, false, argparse);
      const start = i;
      const params = parameters(toks, i).map((d) => d.name.text);
      const rerun = rerunOf(start);
      if (isDict(body.value)) configs.set(name.text, { value: body.value, at: { start: name.start, end: name.end }, params, rerun });
      if (isDict(body.value) && body.value.cls) returning.set(name.text, { value: body.value, params });
      noteLoader(name.text, body.value, params, start);
      i = body.next;
      continue;
    }
    // Only top-level statements (no indent, or the script's main block) of the form NAME [: annotation] = expr.
    if (t.type === 'name' && statement) {
      // A tuple target (`model, tokenizer = FastLanguageModel.from_pretrained(…)`, `a, b = 1, 2`): its names.
      const names = targetNames(toks, i);
      let j = i + 2 * names.length - 1;
      if (names.length === 1 && toks[j]?.text === ':' && toks[j]?.type === 'op') {
        // Annotated assignment: skip the annotation up to '='.
        j++;
        while (toks[j] && toks[j]!.type !== 'nl' && toks[j]!.text !== '=') j++;
      }
      if (toks[j]?.type === 'op' && toks[j]!.text === '=') {
        const p = new Expr(toks, j + 1, env, returning, argparse);
        const start = toks[j + 1]?.start ?? t.end;
        let value = p.parse();
        // (A tuple written without brackets, `n_layer, n_head, d_model = 6, 12, 768`: its items, one a name.)
        if (names.length > 1 && toks[p.i]?.type === 'op' && toks[p.i]!.text === ',') {
          const items: PyValue[] = [value];
          while (toks[p.i]?.type === 'op' && toks[p.i]!.text === ',' && toks[p.i + 1]?.type !== 'nl' && toks[p.i + 1]?.type !== 'end') {
            p.i++;
            items.push(p.parse());
          }
          value = items;
        }
        const end = toks[Math.max(j + 1, p.i - 1)]?.end ?? start;
        // Chained `a = b = 1` and anything left unparsed on the line make the value unknown. A tuple target is unpacked item
        // by item; a call's result is read as the first name's (the model a loader returns beside its tokenizer).
        const clean = toks[p.i]?.type === 'nl' || toks[p.i]?.type === 'end';
        const item = (k: number): PyValue =>
          !clean
            ? undefined
            : names.length === 1
              ? value
              : Array.isArray(value)
                ? value.length === names.length
                  ? value[k]
                  : undefined
                : isCall(value) && (k === modelAt(value.call, names) || DATACLASS_PARSE.test(value.call))
                  ? value
                  : undefined;
        // (A list the script fills in place afterwards, `target_modules = []` then `target_modules.append(name)` in a loop over
        // the model's modules: what it holds is the run's, unknown.)
        const held = (k: number): PyValue => (Array.isArray(item(k)) && (fills.get(names[k]!.text) ?? -1) >= p.i ? undefined : item(k));
        names.forEach((n, k) => {
          env.set(n.text, held(k));
          emit([n.text], held(k), { start: n.start, end: n.end }, { start, end });
        });
        if (clean) noteCall(value);
        // (A loader of the script's the value resolved through, `model = load_model("…")` holding the model it loads: still a
        // call that binds its parameters, its body read with them.)
        if (clean && toks[j + 1]?.type === 'name' && returning.has(toks[j + 1]!.text) && toks[j + 2]?.text === '(')
          noteCall(new Expr(toks, j + 1, env, new Map(), argparse).parse());
        i = p.i;
      } else if (
        names.length === 1 &&
        toks[i + 1]?.text === '[' &&
        toks[i + 2]?.type === 'str' &&
        toks[i + 3]?.text === ']' &&
        toks[i + 4]?.type === 'op' &&
        toks[i + 4]!.text === '=' &&
        isDict(env.get(t.text)) &&
        !(env.get(t.text) as PyDict).cls
      ) {
        // A key of a dict of the script's own set (`model_kwargs["quantization_config"] = quant_config`, then
        // `from_pretrained(MODEL_ID, **model_kwargs)`): the dict with that key (set again where it had it).
        const base = env.get(t.text) as PyDict;
        const k = String(toks[i + 2]!.value);
        const p = new Expr(toks, i + 5, env, new Map(), argparse);
        const value = p.parse();
        if (toks[p.i]?.type === 'nl' || toks[p.i]?.type === 'end') {
          const keyRange = { start: toks[i + 2]!.start, end: toks[i + 2]!.end };
          const valueRange = { start: toks[i + 5]?.start ?? keyRange.end, end: toks[p.i - 1]?.end ?? keyRange.end };
          env.set(t.text, { ...base, dict: [...base.dict.filter(([key]) => key !== k), [k, value, keyRange, valueRange]] });
          for (let f = facts.length - 1; f >= 0; f--) if (facts[f]!.path[0] === t.text && facts[f]!.path[1] === k) facts.splice(f, 1);
          emit([t.text, k], value, keyRange, valueRange);
        }
      } else if (names.length === 1 && toks[i + 1]?.text === '.' && toks[i + 2]?.text === 'update' && toks[i + 3]?.text === '(' && isDict(env.get(t.text))) {
        // A dict of the script's own updated from another it knows (`BASE_CONFIG.update(model_configs[CHOOSE_MODEL])`): its
        // keys set (or set again) as that dict writes them.
        const base = env.get(t.text) as PyDict;
        const p = new Expr(toks, i + 4, env, new Map(), argparse);
        const add = p.parse();
        const closed = toks[p.i]?.type === 'op' && toks[p.i]!.text === ')' && (toks[p.i + 1]?.type === 'nl' || toks[p.i + 1]?.type === 'end');
        if (closed && isDict(add) && !add.cls) {
          const keys = new Set(add.dict.map(([k]) => k));
          env.set(t.text, { ...base, dict: [...base.dict.filter(([k]) => !keys.has(k)), ...add.dict] });
          for (let f = facts.length - 1; f >= 0; f--) if (facts[f]!.path[0] === t.text && keys.has(String(facts[f]!.path[1]))) facts.splice(f, 1);
          emit([t.text], add, { start: t.start, end: t.end }, { start: t.start, end: t.end });
        }
      } else if (names.length === 1 && ownFunctions.has(t.text) && toks[i + 1]?.type === 'op' && toks[i + 1]!.text === '(') {
        // (A call statement of its own, `train(model_name, 4096)`, the same.)
        const p = new Expr(toks, i, env, new Map(), argparse);
        const value = p.parse();
        if (toks[p.i]?.type === 'nl' || toks[p.i]?.type === 'end') noteCall(value);
      }
    }
    // Skip to the next line.
    while (i < toks.length && toks[i]!.type !== 'nl' && toks[i]!.type !== 'end') i++;
    i++;
  }
  // (Each config file the script was read with, at ["@loadedConfig"]: its values are that file's, not the script's own.)
  for (const k of Object.keys(options.imports ?? {}))
    if (k.startsWith(LOADED)) facts.push({ file, path: ['@loadedConfig', k.slice(LOADED.length)], value: true, keyRange: none, valueRange: none });
  recipeFacts(toks, env, emit, options.argv);
  olmoCoreFacts(toks, env, argparse, emit);
  tokenizerLength(toks, env, argparse, emit);
  // The first call of a name the script makes, marked where it is: Liger's fused linear cross entropy built by the script itself
  // (`self.loss = LigerFusedLinearCrossEntropyLoss(…)` in a *ForCausalLM subclass) at ["@ligerFusedLinearLoss"], and
  // `model.gradient_checkpointing_enable()` (transformers' PreTrainedModel method) at ["@gradientCheckpointingEnable"], and
  // QLoRA's `find_all_linear_names(model)` at ["@allLinearNames"].
  // (Each marker once, at the first of its calls; a name is called when `(` follows it, or a method of it the caller names.)
  const calls = (name: string | RegExp, path: string, before: (prev: Tok | undefined) => boolean, method?: string): void => {
    if (facts.some((f) => f.path[0] === path)) return;
    const called = (i: number) => (method ? toks[i + 1]?.text === '.' && toks[i + 2]?.text === method : toks[i + 1]?.text === '(');
    const k = toks.findIndex(
      (t, i) => (typeof name === 'string' ? t.text === name : t.type === 'name' && name.test(t.text)) && called(i) && before(toks[i - 1]),
    );
    if (k < 0) return;
    const at = { start: toks[k]!.start, end: toks[k]!.end };
    facts.push({ file, path: [path], value: true, keyRange: at, valueRange: at });
  };
  calls('LigerFusedLinearCrossEntropyLoss', '@ligerFusedLinearLoss', (prev) => prev?.text !== 'import');
  // (Liger's patches, apply_liger_kernel_to_llama(…) and the others, and its loader AutoLigerKernelForCausalLM: its fused linear
  // cross entropy on by default, with its RMSNorm, RoPE and SwiGLU.)
  calls(/^apply_liger_kernel_to_\w+$/, '@ligerFusedLinearLoss', (prev) => prev?.text !== 'import' && prev?.text !== 'def');
  calls('AutoLigerKernelForCausalLM', '@ligerFusedLinearLoss', () => true, 'from_pretrained');
  calls('gradient_checkpointing_enable', '@gradientCheckpointingEnable', (prev) => prev?.text === '.');
  // (And QLoRA's find_all_linear_names(…) called, qlora.py's helper and its copies: the adapter's targets found in the model.)
  calls('find_all_linear_names', '@allLinearNames', (prev) => prev?.text !== 'def' && prev?.text !== 'import' && prev?.text !== '.');
  // (And MiniMind's apply_lora(model), model/model_lora.py's: its LoRA of rank 16 beside the square linears, at ["@applyLora"]; one
  // given a rank of its own is not that.)
  const applyLora = toks.findIndex((t, k) => t.text === 'apply_lora' && toks[k + 1]?.text === '(' && toks[k + 2]?.type === 'name' && toks[k + 3]?.text === ')');
  if (applyLora >= 0 && toks[applyLora - 1]?.text !== 'def' && toks[applyLora - 1]?.text !== '.') {
    const at = { start: toks[applyLora]!.start, end: toks[applyLora + 3]!.end };
    facts.push({ file, path: ['@applyLora'], value: true, keyRange: at, valueRange: at });
  }
  // (And the module each class is imported from, where it is not transformers: `from mamba import MambaConfig` at ["@from",
  // "MambaConfig"], a class of the project's own that a transformers class's name does not make transformers'.)
  importedFrom(toks, (name, module, at) => facts.push({ file, path: ['@from', name], value: module, keyRange: at, valueRange: at }));
  // (And the GPU Modal runs the script's function on, `@app.function(gpu="A100")`: at ["@modalGpu"].)
  const modal = modalGpu(toks, mainCalls, env, argparse);
  if (modal) facts.push({ file, path: ['@modalGpu'], value: modal.value, keyRange: modal.at, valueRange: modal.at });
  requiresGrad(toks, (part, value, at) => facts.push({ file, path: ['@requiresGrad', part], value, keyRange: at, valueRange: at }));
  // (And the freezes it writes otherwise, each under the name of what it freezes from: recognize/pyscript.ts says they are not read.)
  const read = new Set(facts.filter((f) => f.path[0] === '@requiresGrad').map((f) => f.valueRange.start));
  handFrozen(toks, (root, at) => {
    if (!read.has(at.start)) facts.push({ file, path: ['@frozenByHand', root], value: true, keyRange: at, valueRange: at });
  });
  // (And sentence-transformers' `model.fit(train_objectives=[(train_dataloader, train_loss)], …)`, or its CrossEncoder's
  // `model.fit(train_dataloader=train_dataloader, …)`: the model's variable trained by its fit, at ["@fitObjectives"].)
  const fit = toks.findIndex(
    (t, k) =>
      t.text === 'fit' &&
      toks[k - 1]?.text === '.' &&
      toks[k - 2]?.type === 'name' &&
      toks[k + 1]?.text === '(' &&
      /^train_(objectives|dataloader)$/.test(toks[k + 2]?.text ?? '') &&
      toks[k + 3]?.text === '=',
  );
  if (fit >= 0) {
    const at = { start: toks[fit - 2]!.start, end: toks[fit]!.end };
    facts.push({ file, path: ['@fitObjectives'], value: toks[fit - 2]!.text, keyRange: at, valueRange: at });
  }
  // Each class the script defines at its top level, at ["@defines", name] (where its name is written): the layers of its own it
  // may build a model with (`class LoRALayer(nn.Module):`).
  for (let k = 0; k + 1 < toks.length; k++) {
    const name = topLevelClass(toks, k);
    if (!name) continue;
    const at = { start: name.start, end: name.end };
    facts.push({ file, path: ['@defines', name.text], value: true, keyRange: at, valueRange: at });
  }
  // A dataclass that extends the trainer's arguments (`class MyTrainingArguments(TrainingArguments):` with
  // `per_device_train_batch_size: int = field(default=6)`), which HfArgumentParser fills: at ["@dataclass", name], its base as
  // "@class" and each field the launch's command line does not set, with its default (a trainer's arguments written by keyword).
  // The other dataclasses' fields too (DataArguments.max_seq_len), their "@class" "dataclass".
  for (const c of dataclasses) {
    const own = c.fields.filter((f) => !(options.argv && f.name in options.argv));
    if (own.length === 0) continue;
    facts.push({ file, path: ['@dataclass', c.name, '@class'], value: c.bases[0] ?? 'dataclass', keyRange: c.at, valueRange: c.at });
    for (const f of own) emit(['@dataclass', c.name, f.name], f.value, f.keyRange, f.valueRange);
  }
  // A registry's configs, each under its function's name, listed at ["@registry"]; the one the user names (--set config=NAME)
  // at ["@config"].
  // (A private helper, _base(model_spec), is not a config a run names: followed where a config returns it, not listed.)
  const listed = [...configs].filter(([name]) => !name.startsWith('_'));
  for (const [name, c] of listed) emit([name], c.value, c.at, c.at);
  if (listed.length > 0) {
    const first = listed[0]![1];
    facts.push({ file, path: ['@registry'], value: listed.map(([name]) => name), keyRange: first.at, valueRange: first.at });
  }
  if (options.flavor !== undefined) facts.push({ file, path: ['@flavor'], value: options.flavor, keyRange: none, valueRange: none });
  if (listed.length > 0 && options.config !== undefined)
    facts.push({ file, path: ['@config'], value: options.config, keyRange: { start: 0, end: 0 }, valueRange: { start: 0, end: 0 } });
  return { facts, errors };
}

/**
 * NeMo 2.0 and Megatron-Bridge recipes, wherever the statements stand (module level, a function, a `__main__` block): the first
 * `x = <…>.pretrain_recipe(…)` / `finetune_recipe(…)` / `…_config(…)` of a recipe module, at ["@recipe"] (its "@call" and
 * "@kw"), and each later `x.a.b = value` at ["@recipe", "a", "b"], where the user wrote it; a part replaced by a config object
 * (`x.data = run.Config(MockDataModule, seq_length=8192, …)`) has each keyword at ["@recipe", "data", "seq_length"]. A script
 * that hands its command line to nemo_run (`run.cli.main(llm.finetune, default_factory=…)`) takes the launch's `key=value`
 * overrides (argv's "@override.<key>") over them, at that call. Nothing in a file without a recipe.
 */
function recipeFacts(
  toks: readonly Tok[],
  env: ReadonlyMap<string, PyValue>,
  emit: (path: (string | number)[], value: PyValue, keyRange: Range, valueRange: Range) => void,
  argv: Readonly<Record<string, number | string | boolean>> = {},
): void {
  let name: string | undefined;
  // (A recipe imported under another name, `from megatron.bridge.recipes.deepseek.deepseek_v3 import deepseek_v3_pretrain_config
  // as pretrain_config` as Megatron-Bridge's performance configs write it: called by that name, read as the recipe's.)
  const renamed = importedAs(toks);
  for (let i = 0; i < toks.length; i++) {
    const prev = toks[i - 1];
    const t = toks[i]!;
    if (t.type !== 'name' || (prev !== undefined && prev.type !== 'nl' && prev.type !== 'indent')) continue;
    const a = dottedAssignment(toks, i, env);
    if (!a) continue;
    const { path, j, e, clean, valueRange } = a;
    const v = isCall(a.v) && renamed.has(a.v.call) ? { ...a.v, call: renamed.get(a.v.call)! } : a.v;
    // A second recipe in the same variable (another function of the file) ends the first one's statements.
    if (name !== undefined && path.length === 1 && path[0] === name && isCall(v) && RECIPE_CALL.test(v.call)) break;
    if (name === undefined && path.length === 1 && isCall(v) && RECIPE_CALL.test(v.call)) {
      name = t.text;
      const held = /^(\w+)\.((pretrain|finetune)_recipe)$/.exec(v.call);
      const module = held ? heldModule(toks, held[1]!) : undefined;
      emit(['@recipe'], module ? { ...v, call: `${module}.${held![2]}` } : v, { start: t.start, end: t.end }, valueRange);
    } else if (name !== undefined && path.length > 1 && path[0] === name) {
      emit(['@recipe', ...path.slice(1)], clean ? v : undefined, { start: t.start, end: toks[j - 1]!.end }, valueRange);
      if (clean && isCall(v) && /(^|\.)Config$/.test(v.call))
        for (const [k, kv, keyRange, range] of v.kwargs) emit(['@recipe', ...path.slice(1), k], kv, keyRange, range);
      if (path.length === 2 && path[1] === 'model') bridgedModel(toks, j + 1, env, (id, range) => emit(['@recipe', 'model', '@hf'], id, range, range));
    }
    i = e.i - 1;
  }
  if (name === undefined) return;
  const cli = toks.findIndex((t, k) => t.text === 'main' && toks[k - 1]?.text === '.' && toks[k - 2]?.text === 'cli' && toks[k + 1]?.text === '(');
  if (cli < 0) return;
  const at = { start: toks[cli - 2]!.start, end: toks[cli]!.end };
  for (const [k, v] of Object.entries(argv)) if (k.startsWith('@override.')) emit(['@recipe', ...k.slice('@override.'.length).split('.')], v, at, at);
}

/**
 * The length the script's tokenizer call cuts or pads its samples to (`tokenizer(text, truncation=True, max_length=256)`, or
 * `padding="max_length"`), wherever the call stands (a dataset's map function most often): the first such call's, at
 * ["@tokenizerMaxLength"]; else the max_length a dataset class of its own is given with the tokenizer. The tokenizer is a name
 * bound to a `*Tokenizer*.from_pretrained(…)` / `AutoProcessor` call, or `tokenizer` itself.
 */
function tokenizerLength(
  toks: readonly Tok[],
  env: ReadonlyMap<string, PyValue>,
  argparse: ReadonlyMap<string, PyValue>,
  emit: (path: (string | number)[], value: PyValue, keyRange: Range, valueRange: Range) => void,
): void {
  const names = new Set(['tokenizer']);
  for (const [name, v] of env) if (isCall(v) && /(Tokenizer\w*|AutoProcessor)\.from_pretrained$/.test(v.call)) names.add(name);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const prev = toks[i - 1];
    if (t.type !== 'name' || !names.has(t.text) || toks[i + 1]?.text !== '(' || prev?.text === '.' || prev?.text === 'def') continue;
    // (Not the targets a sequence-to-sequence script tokenizes apart, `labels = tokenizer(targets, max_length=max_answer_length,
    // …)`: no length of the samples the model reads.)
    if (prev?.text === '=' && toks[i - 2]?.type === 'name' && /label|target/i.test(toks[i - 2]!.text)) continue;
    const call = new Expr(toks, i, env, new Map(), argparse).parse();
    if (!isCall(call)) continue;
    const kw = new Map(call.kwargs.map(([k, v, , range]) => [k, { v, range }]));
    const len = kw.get('max_length');
    const cuts = kw.get('truncation')?.v === true || kw.get('padding')?.v === 'max_length';
    if (!len || typeof len.v !== 'number' || !(len.v > 0) || !cuts) continue;
    emit(['@tokenizerMaxLength'], len.v, { start: t.start, end: t.end }, len.range);
    return;
  }
  // (Else a dataset class of the script's given the tokenizer and the length it cuts samples to: `OpenHermesDataset("…",
  // tokenizer, max_length=128)`, `SFTDataset(train_file=…, tokenizer=tokenizer, max_len=cutoff_len)`.)
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.type !== 'name' || !/^[A-Z]\w*Dataset$/.test(t.text) || toks[i + 1]?.text !== '(' || toks[i - 1]?.text === '.' || toks[i - 1]?.text === 'class')
      continue;
    // (The tokenizer among its arguments, by name.)
    let depth = 0;
    let given = false;
    for (let k = i + 1; k < toks.length && toks[k]!.type !== 'nl' && toks[k]!.type !== 'end'; k++) {
      const x = toks[k]!;
      if (x.type === 'op' && '([{'.includes(x.text)) depth++;
      else if (x.type === 'op' && ')]}'.includes(x.text) && --depth === 0) break;
      else if (depth === 1 && x.type === 'name' && names.has(x.text) && toks[k + 1]?.text !== '=' && toks[k - 1]?.text !== '.') given = true;
    }
    if (!given) continue;
    const built = new Expr(toks, i, env, new Map(), argparse).parse();
    const kwargs = isCall(built) ? built.kwargs : isDict(built) && built.cls ? built.dict : [];
    const len = kwargs.find(([k, v]) => /^max_(length|len|seq_len|seq_length)$/.test(k) && typeof v === 'number' && v > 0);
    if (!len) continue;
    emit(['@tokenizerMaxLength'], len[1], { start: t.start, end: t.end }, len[3]);
    return;
  }
}

/**
 * OLMo-core's Python experiments, wherever the statements stand (a `build_model_config(common)` function, a `build_config(opts)`):
 * the first `x = TransformerConfig.<factory>(…)` at ["@olmoCore"] (its "@call" and "@kw"), each later `x.a.b = value` under it;
 * the first value of each keyword the run's sizes come from (sequence_length, global_batch_size and rank_microbatch_size in
 * tokens, dp_config, ac_config, float8_config) at ["@olmoCoreKw", name]; the tokenizer preset named (`TokenizerConfig.gpt2()`)
 * at ["@olmoCoreTokenizer"]; a module constant SEQUENCE_LENGTH stays the script's own. Nothing in a file without the factory call.
 */
function olmoCoreFacts(
  toks: readonly Tok[],
  env: ReadonlyMap<string, PyValue>,
  argparse: ReadonlyMap<string, PyValue>,
  emit: (path: (string | number)[], value: PyValue, keyRange: Range, valueRange: Range) => void,
): void {
  let name: string | undefined;
  const seen = new Set<string>();
  // (In a file that imports olmo_core, any of TransformerConfig's factories, a fork's own among them: the reader says which it
  // does not know.)
  const imports = toks.some((x) => x.type === 'name' && x.text === 'olmo_core');
  const factory = (call: string) => OLMO_CORE_FACTORY.test(call) || (imports && /(^|\.)TransformerConfig\.\w+$/.test(call));
  for (let i = 0; i < toks.length; i++) {
    const prev = toks[i - 1];
    const t = toks[i]!;
    if (t.type !== 'name') continue;
    // DataParallelType.hsdp, TransformerActivationCheckpointingMode.full: the first of each enum named.
    const enumName = t.text === 'DataParallelType' ? '@olmoCoreDp' : t.text === 'TransformerActivationCheckpointingMode' ? '@olmoCoreAc' : undefined;
    if (enumName && toks[i + 1]?.text === '.' && toks[i + 2]?.type === 'name' && !seen.has(enumName)) {
      seen.add(enumName);
      const at = { start: toks[i + 2]!.start, end: toks[i + 2]!.end };
      emit([enumName], toks[i + 2]!.text, at, at);
      continue;
    }
    // TokenizerConfig.<preset>(…)
    if (t.text === 'TokenizerConfig' && toks[i + 1]?.text === '.' && toks[i + 2]?.type === 'name' && toks[i + 3]?.text === '(' && !seen.has('@tokenizer')) {
      seen.add('@tokenizer');
      const at = { start: toks[i + 2]!.start, end: toks[i + 2]!.end };
      emit(['@olmoCoreTokenizer'], toks[i + 2]!.text, at, at);
      continue;
    }
    // keyword = value inside a call
    if ((prev?.text === '(' || prev?.text === ',') && toks[i + 1]?.type === 'op' && toks[i + 1]!.text === '=' && OLMO_CORE_KEYWORDS.has(t.text)) {
      if (seen.has(t.text)) continue;
      // (An enum member, `param_dtype=DType.bfloat16`: its name.)
      if (toks[i + 2]?.text === 'DType' && toks[i + 3]?.text === '.' && toks[i + 4]?.type === 'name') {
        seen.add(t.text);
        const at = { start: toks[i + 4]!.start, end: toks[i + 4]!.end };
        emit(['@olmoCoreKw', t.text], toks[i + 4]!.text, { start: t.start, end: t.end }, at);
        continue;
      }
      const found = valueAt(toks, i + 2, t.end, env, argparse);
      // (A name the function set before, `rank_microbatch_size = 8 * SEQUENCE_LENGTH` then `rank_microbatch_size=rank_microbatch_size`:
      // that first value.)
      const local =
        found.v === undefined && toks[i + 2]?.type === 'name' && /^[,)]$/.test(toks[i + 3]?.text ?? '')
          ? localValue(toks, i, toks[i + 2]!.text, env, argparse)
          : undefined;
      const { v, valueRange } = local ?? found;
      // (The first value known: a builder's `global_batch_size=common.global_batch_size` gives way to the constant the script's
      // partial(build_config, global_batch_size=GLOBAL_BATCH_SIZE) passes it.)
      if (v === undefined && toks.slice(i + 2).some((x, k) => x.text === t.text && toks[i + 2 + k + 1]?.text === '=')) continue;
      seen.add(t.text);
      emit(['@olmoCoreKw', t.text], v, { start: t.start, end: t.end }, valueRange);
      continue;
    }
    if (prev !== undefined && prev.type !== 'nl' && prev.type !== 'indent') continue;
    // (A builder that returns the factory's config, `return TransformerConfig.olmo2_190M(…)`: the model, with nothing set after.)
    if (t.text === 'return' && name === undefined) {
      const { v, valueRange } = valueAt(toks, i + 1, t.end, env, argparse);
      if (isCall(v) && factory(v.call)) {
        name = '';
        emit(['@olmoCore'], v, { start: t.start, end: t.end }, valueRange);
      }
      continue;
    }
    const a = dottedAssignment(toks, i, env, argparse);
    if (!a) continue;
    const { path, j, v, clean, valueRange } = a;
    if (name === undefined && path.length === 1 && isCall(v) && factory(v.call)) {
      name = t.text;
      emit(['@olmoCore'], v, { start: t.start, end: t.end }, valueRange);
    } else if (name !== undefined && path.length > 1 && path[0] === name) {
      emit(['@olmoCore', ...path.slice(1)], clean ? v : undefined, { start: t.start, end: toks[j - 1]!.end }, valueRange);
    }
    // (The value's own tokens are scanned too: keywords of the calls it makes.)
  }
}

/** The value of the last plain `name = expr` line before token `before` (a function's local), where it is known. */
function localValue(
  toks: readonly Tok[],
  before: number,
  name: string,
  env: ReadonlyMap<string, PyValue>,
  argparse: ReadonlyMap<string, PyValue>,
): { v: PyValue; valueRange: Range } | undefined {
  for (let k = before - 1; k >= 0; k--) {
    const prev = toks[k - 1];
    if (toks[k]!.type !== 'name' || toks[k]!.text !== name || toks[k + 1]?.text !== '=' || (prev !== undefined && prev.type !== 'nl' && prev.type !== 'indent'))
      continue;
    const { v, valueRange } = valueAt(toks, k + 2, toks[k]!.end, env, argparse);
    return v === undefined ? undefined : { v, valueRange };
  }
  return undefined;
}

/**
 * Where a script changes a list a name holds in place (`name.append(…)`, extend, insert, remove, or `name += …`): by name, the
 * token of its last such change.
 */
function lastFills(toks: readonly Tok[]): Map<string, number> {
  const out = new Map<string, number>();
  for (let k = 0; k + 1 < toks.length; k++) {
    if (toks[k]!.type !== 'name' || toks[k - 1]?.text === '.') continue;
    const next = toks[k + 1]!;
    if (
      (next.type === 'op' && next.text === '+=') ||
      (next.text === '.' && /^(append|extend|insert|remove)$/.test(toks[k + 2]?.text ?? '') && toks[k + 3]?.text === '(')
    )
      out.set(toks[k]!.text, k);
  }
  return out;
}

/** An argparse parser's parsing method: `parser.parse_args()`, `parser.parse_known_args()`. */
const PARSE_ARGS = /^parse_(known_)?args$/;
/** HfArgumentParser's and TrlParser's parse calls: their namespaces are dataclasses whose every field is a flag. */
const DATACLASS_PARSE = /(^|\.)(parse_args_(into_dataclasses|and_config)|parse_(json|yaml)_file)$/;

/** OLMo-core's model factories: `TransformerConfig.olmo2_7B`, `olmo3_32B`, `olmoe_1B_7B`, `llama2_271M`, `llama3_8B`, … */
const OLMO_CORE_FACTORY = /(^|\.)TransformerConfig\.(olmo[23]?|olmoe|llama[23])_\w+$/;

/** The keywords of OLMo-core's experiment configs that size the run. */
const OLMO_CORE_KEYWORDS: ReadonlySet<string> = new Set([
  'sequence_length',
  'max_sequence_length',
  'global_batch_size',
  'rank_microbatch_size',
  'dp_config',
  'ac_config',
  'cp_config',
  'float8_config',
  'optim',
  'param_dtype',
  'reduce_dtype',
]);

/**
 * `a.b.c = expr` starting at token i (or `name: Annotation = expr`, `cfg: ConfigContainer = recipe(…)`): the dotted target, the
 * '=' token, the parsed value and where it is; else undefined.
 */
function dottedAssignment(
  toks: readonly Tok[],
  i: number,
  env: ReadonlyMap<string, PyValue>,
  argparse: ReadonlyMap<string, PyValue> = new Map(),
): { path: string[]; j: number; e: Expr; v: PyValue; clean: boolean; valueRange: Range } | undefined {
  const t = toks[i]!;
  const path: string[] = [t.text];
  let j = i + 1;
  while (toks[j]?.text === '.' && toks[j + 1]?.type === 'name') {
    path.push(toks[j + 1]!.text);
    j += 2;
  }
  // (An annotated name: its annotation skipped, to the '=' outside brackets on the same line.)
  if (path.length === 1 && toks[j]?.type === 'op' && toks[j]!.text === ':') {
    let depth = 0;
    for (j++; toks[j] && toks[j]!.type !== 'nl' && toks[j]!.type !== 'end'; j++) {
      const x = toks[j]!.text;
      if (x === '[' || x === '(') depth++;
      else if (x === ']' || x === ')') depth--;
      else if (depth === 0 && x === '=' && toks[j]!.type === 'op') break;
    }
  }
  if (toks[j]?.type !== 'op' || toks[j]!.text !== '=') return undefined;
  const { e, v, valueRange } = valueAt(toks, j + 1, t.end, env, argparse);
  const clean = toks[e.i]?.type === 'nl' || toks[e.i]?.type === 'end';
  return { path, j, e, v, clean, valueRange };
}

/** The expression starting at token k, parsed, and the text it spans (empty, at `after`, where nothing follows). */
function valueAt(
  toks: readonly Tok[],
  k: number,
  after: number,
  env: ReadonlyMap<string, PyValue>,
  argparse: ReadonlyMap<string, PyValue>,
): { e: Expr; v: PyValue; valueRange: Range } {
  const e = new Expr(toks, k, env, new Map(), argparse);
  const v = e.parse();
  const start = toks[k]?.start ?? after;
  return { e, v, valueRange: { start, end: toks[Math.max(k, e.i - 1)]?.end ?? start } };
}

/** Each class name a `from MODULE import …` line binds (a capitalized name; its alias where it has one), with MODULE, where MODULE is not transformers'. */
function importedFrom(toks: readonly Tok[], emit: (name: string, module: string, at: Range) => void): void {
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]!.text !== 'from' || (i > 0 && toks[i - 1]!.type !== 'nl' && toks[i - 1]!.type !== 'indent')) continue;
    let k = i + 1;
    let module = '';
    while (k < toks.length && (toks[k]!.type === 'name' || toks[k]!.text === '.') && toks[k]!.text !== 'import') module += toks[k++]!.text;
    if (toks[k]?.text !== 'import' || /^transformers(\.|$)/.test(module)) continue;
    for (k++; k < toks.length && toks[k]!.type !== 'nl' && toks[k]!.type !== 'end'; k++) {
      const t = toks[k]!;
      if (t.type !== 'name' || !/^[A-Z]/.test(t.text) || toks[k - 1]?.text === 'as') continue;
      const alias = toks[k + 1]?.text === 'as' && toks[k + 2]?.type === 'name' ? toks[k + 2]! : t;
      emit(alias.text, module, { start: t.start, end: alias.end });
    }
  }
}

/** Names a script imports under another (`from m import a as b`): b → a. */
function importedAs(toks: readonly Tok[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i + 3 < toks.length; i++) {
    const t = toks[i]!;
    if (t.type !== 'name' || toks[i + 1]?.text !== 'as' || toks[i + 2]?.type !== 'name') continue;
    // (After `import` or a comma of its list, on an import line: not `with open(f) as g`.)
    let k = i - 1;
    while (k >= 0 && toks[k]!.type !== 'nl' && toks[k]!.text !== 'import' && toks[k]!.text !== 'with') k--;
    if (k >= 0 && toks[k]!.text === 'import' && (toks[i - 1]?.text === 'import' || toks[i - 1]?.text === ',' || toks[i - 1]?.text === '('))
      out.set(toks[i + 2]!.text, t.text);
  }
  return out;
}

/**
 * Megatron-Bridge's model from a Hugging Face checkpoint (`cfg.model = AutoBridge.from_hf_pretrained(hf_path, …).to_megatron_provider(…)`
 * on the line from token from): the checkpoint's id or path, a string or a name the script binds to one before (in the function it
 * stands in, too), and where it is written.
 */
function bridgedModel(toks: readonly Tok[], from: number, env: ReadonlyMap<string, PyValue>, found: (id: string, range: Range) => void): void {
  let k = from;
  while (
    k < toks.length &&
    toks[k]!.type !== 'nl' &&
    toks[k]!.type !== 'end' &&
    !(toks[k]!.text === 'from_hf_pretrained' && toks[k - 1]?.text === '.' && toks[k - 2]?.text === 'AutoBridge' && toks[k + 1]?.text === '(')
  )
    k++;
  const arg = toks[k + 2];
  if (toks[k]?.text !== 'from_hf_pretrained' || !arg) return;
  if (arg.type === 'str' && typeof arg.value === 'string') return found(arg.value, { start: arg.start, end: arg.end });
  if (arg.type !== 'name') return;
  const known = env.get(arg.text);
  if (typeof known === 'string') return found(known, { start: arg.start, end: arg.end });
  // (The last `name = "…"` that starts a line before the call.)
  for (let i = from - 1; i > 0; i--) {
    const t = toks[i]!;
    const prev = toks[i - 1]!;
    const value = toks[i + 2];
    if (
      t.text === arg.text &&
      (prev.type === 'nl' || prev.type === 'indent') &&
      toks[i + 1]?.text === '=' &&
      value?.type === 'str' &&
      typeof value.value === 'string'
    ) {
      const after = toks[i + 3];
      if (after && after.type !== 'nl' && after.type !== 'end') return;
      return found(value.value, { start: value.start, end: value.end });
    }
  }
}

/** A recipe module held in a name (`model = llm.qwen3_8b`, then `model.pretrain_recipe(…)`): the first assignment of a dotted name to it. */
function heldModule(toks: readonly Tok[], name: string): string | undefined {
  for (let i = 0; i + 3 < toks.length; i++) {
    const prev = toks[i - 1];
    if (toks[i]!.type !== 'name' || toks[i]!.text !== name || (prev !== undefined && prev.type !== 'nl' && prev.type !== 'indent') || toks[i + 1]!.text !== '=')
      continue;
    const parts: string[] = [];
    let j = i + 2;
    while (toks[j]?.type === 'name' && (parts.length === 0 || toks[j - 1]!.text === '.')) {
      parts.push(toks[j]!.text);
      j += toks[j + 1]?.text === '.' ? 2 : 1;
    }
    if (parts.length >= 2 && (toks[j]?.type === 'nl' || toks[j]?.type === 'end')) return parts.join('.');
  }
  return undefined;
}

/** A recipe module's factory: NeMo 2.0's `llm.llama3_8b.pretrain_recipe`, `finetune_recipe`; Megatron-Bridge's `llama3_8b_pretrain_config` (not TRL's `get_peft_config(model_args)`). */
const RECIPE_CALL =
  /(^|\.)((pretrain|finetune)_recipe|(?!(get|gen|generate|create|build|make|load|setup)_)\w+_(pretrain|sft|peft)_config|_(pretrain|sft|peft)_common)$/;

/**
 * A top-level `def` of a config registry: its body's `return <config>`, or `x = other()` (an earlier config function's
 * result), `x.a.b = expr` and `return x`. Returns the config (a dict) or undefined, and the token after the body.
 */
/** A registry's config function: the dict it returns, and (with its parameters' names) the dict it returns for given arguments. */
interface RegistryConfig {
  readonly value: PyValue;
  readonly params?: readonly string[];
  readonly rerun?: (bound: ReadonlyMap<string, PyValue>) => PyValue;
}

/**
 * A `def`'s parameters (not *args, **kwargs), in order: each its name and, where it is written with one (`name: type = value`),
 * the token its default starts at.
 */
function parameters(toks: readonly Tok[], at: number): { name: Tok; at?: number }[] {
  const out: { name: Tok; at?: number }[] = [];
  let depth = 0;
  for (let k = at + 2; k < toks.length && toks[k]!.type !== 'nl' && toks[k]!.type !== 'end'; k++) {
    const t = toks[k]!;
    const last = out[out.length - 1];
    if (t.type === 'op' && '([{'.includes(t.text)) depth++;
    else if (t.type === 'op' && ')]}'.includes(t.text)) {
      if (--depth === 0) break;
    } else if (depth === 1 && t.type === 'name' && (toks[k - 1]?.text === '(' || toks[k - 1]?.text === ',')) out.push({ name: t });
    else if (depth === 1 && t.type === 'op' && t.text === '=' && last && last.at === undefined && toks[k - 1]?.text !== ',') last.at = k + 1;
  }
  return out;
}

function configFunction(
  toks: readonly Tok[],
  at: number,
  env: ReadonlyMap<string, PyValue>,
  configs: ReadonlyMap<string, RegistryConfig>,
  argparse: ReadonlyMap<string, PyValue> = new Map(),
  /** Only the statements at the body's own indentation: not those of a branch or a loop, which may not run. */
  flat = false,
  /** The parsed arguments its `if`s are read by (constantCondition), where they are not those its values are read with. */
  conditions: ReadonlyMap<string, PyValue> = argparse,
): { value: PyValue; next: number } {
  let i = at;
  // The signature, up to the ':' that ends it at depth 0 (the tokenizer tracks brackets: the line ends there).
  while (i < toks.length && toks[i]!.type !== 'nl' && toks[i]!.type !== 'end') i++;
  i++;
  const locals = new Map<string, PyValue>();
  let result: PyValue;
  // The body: the indented lines that follow, blank and comment lines among them, as far as one indented less than its first.
  const line = (k: number): number => {
    while (toks[k]?.type === 'nl') k++;
    return k;
  };
  const body = toks[line(i)]?.type === 'indent' ? toks[line(i)]!.text.length : 0;
  // (The indentation of an `if` known not to hold, `if args.adapter_init_path:` under its default None: its body is not read.)
  let skipping: number | undefined;
  for (let next = line(i); toks[next]?.type === 'indent' && toks[next]!.text.length >= body; next = line(i)) {
    i = next;
    const s = i + 1;
    const first = toks[s];
    const indent = toks[i]!.text.length;
    if (skipping !== undefined && indent <= skipping) skipping = undefined;
    // (A name the body bound, `model_spec = model_registry("32B")` before `model_spec=model_spec`, stands for its value.)
    const scope = locals.size ? new Map([...env, ...[...locals].filter(([, v]) => v !== undefined)]) : env;
    if ((flat && indent > body) || skipping !== undefined) {
      // (A nested statement, not read.)
    } else if (first?.type === 'name' && first.text === 'if' && constantCondition(toks, s + 1, scope, conditions) === false) {
      skipping = indent;
    } else if (first?.type === 'name' && first.text === 'return') {
      const e = new Expr(toks, s + 1, scope, configs, argparse);
      const v =
        first && toks[s + 1]?.type === 'name' && locals.has(toks[s + 1]!.text) && toks[s + 2]?.type === 'nl' ? locals.get(toks[s + 1]!.text) : e.parse();
      // (A tuple returned, `return model, tokenizer`: the model it loads, as a caller's `model, tokenizer = load_model(…)` takes it.)
      const tuple = toks[e.i]?.type === 'op' && toks[e.i]!.text === ',';
      if (result === undefined) result = !tuple ? v : loadsModel(v) ? v : undefined;
    } else if (first?.type === 'name' && toks[s + 1]?.text === ',') {
      // (A tuple target, `model, tokenizer = FastLanguageModel.from_pretrained(…)`: its first name the model a loading call returns.)
      const names = targetNames(toks, s);
      const j = s + 2 * names.length - 1;
      if (toks[j]?.type === 'op' && toks[j]!.text === '=') {
        const e = new Expr(toks, j + 1, scope, configs, argparse);
        const v = e.parse();
        const clean = toks[e.i]?.type === 'nl' || toks[e.i]?.type === 'end';
        names.forEach((n, k) => locals.set(n.text, clean && isCall(v) && loadsModel(v) && k === modelAt(v.call) ? v : undefined));
      }
    } else if (first?.type === 'name') {
      // x = expr, or x.a.b = expr
      const path: string[] = [first.text];
      let j = s + 1;
      while (toks[j]?.text === '.' && toks[j + 1]?.type === 'name') {
        path.push(toks[j + 1]!.text);
        j += 2;
      }
      if (toks[j]?.type === 'op' && toks[j]!.text === '=') {
        const e = new Expr(toks, j + 1, scope, configs, argparse);
        const v = e.parse();
        const clean = toks[e.i]?.type === 'nl' || toks[e.i]?.type === 'end';
        if (path.length === 1) locals.set(path[0]!, clean ? v : undefined);
        else if (locals.has(path[0]!)) locals.set(path[0]!, setIn(locals.get(path[0]!), path.slice(1), clean ? v : undefined, toks[j + 1], toks[e.i - 1]));
      }
    }
    while (i < toks.length && toks[i]!.type !== 'nl' && toks[i]!.type !== 'end') i++;
    i++;
  }
  return { value: result, next: i };
}

/** A copy of a dict value with `path` set to `v` (a later assignment replaces the key in place). */
function setIn(base: PyValue, path: readonly string[], v: PyValue, from: Tok | undefined, to: Tok | undefined): PyValue {
  if (!isDict(base)) return base;
  const [k, ...rest] = path;
  const range = { start: from?.start ?? 0, end: to?.end ?? from?.end ?? 0 };
  const entries = base.dict.filter((e) => e[0] !== k);
  const old = base.dict.find((e) => e[0] === k);
  const value = rest.length ? setIn(old?.[1] ?? { dict: [] }, rest, v, from, to) : v;
  return { dict: [...entries, [k!, value, old?.[2] ?? range, range]] };
}

function toFact(v: PyValue): FactValue {
  if (v === undefined || v === null) return null;
  if (Array.isArray(v)) return v.map((x) => (Array.isArray(x) || (x !== null && typeof x === 'object') ? null : toFact(x)));
  if (typeof v === 'object') return null;
  return v;
}

/**
 * The functions a script calls as what it runs, by name: those its `if __name__ == "__main__":` block calls as statements of its
 * own (`train_lora_model()`), those it calls at its top level (`run_classic_sft(ds)`, `model = build(…)`), those its `main`
 * (the script's own `def main():`, where it has one) calls at its first level, and those that build a trainer and train it
 * (trainsAtFirstLevel), whoever calls them.
 */
function calledAsScript(toks: readonly Tok[], functions: ReadonlyMap<string, OwnFunction>): Set<string> {
  const out = new Set<string>();
  const at = toks.findIndex(
    (t, k) =>
      t.text === 'if' &&
      (k === 0 || toks[k - 1]!.type === 'nl') &&
      toks[k + 1]?.text === '__name__' &&
      toks[k + 2]?.text === '==' &&
      toks[k + 3]?.type === 'str' &&
      toks[k + 3]!.value === '__main__' &&
      toks[k + 4]?.text === ':',
  );
  // (And the calls a script without that block makes at its top level, `run_classic_sft(ds)`, `model = build(…)`: what it runs.)
  for (let k = 0; k + 1 < toks.length; k++) {
    if (!(k === 0 || toks[k - 1]!.type === 'nl') || toks[k]!.type !== 'name') continue;
    if (toks[k + 1]?.text === '(') out.add(toks[k]!.text);
    else if (toks[k + 1]?.text === '=' && toks[k + 2]?.type === 'name' && toks[k + 3]?.text === '(') out.add(toks[k + 2]!.text);
  }
  // The calls a block makes as statements of its own, from its header's end (at every depth, or at its first level alone).
  // (Or runs on Modal's machines, `train.remote()`, `.local()`, `.spawn(…)`: the function Modal runs.)
  const runs = (k: number) => toks[k + 1]?.text === '(' || (toks[k + 1]?.text === '.' && MODAL_RUN.test(toks[k + 2]?.text ?? '') && toks[k + 3]?.text === '(');
  const scan = (from: number, firstLevel: boolean): void => {
    for (const k of statementStarts(toks, from, firstLevel)) {
      if (runs(k + 1)) out.add(toks[k + 1]!.text);
      // (Or its result kept, `result = gemma_fine_tuning_complete()`, `trainer, path = run(…)`.)
      let j = k + 1;
      while (toks[j]?.type === 'name' && toks[j + 1]?.text === ',') j += 2;
      if (toks[j]?.type === 'name' && toks[j + 1]?.text === '=' && toks[j + 2]?.type === 'name' && runs(j + 2)) out.add(toks[j + 2]!.text);
    }
  };
  if (at >= 0) scan(at + 5, false);
  // (And those `def main():` calls at its first level, `model, processor = load_qwen_model_and_processor()`: main is what runs.
  // And a function that builds a trainer and trains it at its first level, `trainer = SFTTrainer(…)` then `trainer.train()`,
  // runs though nothing in the file calls it: a framework's (`@app.train("finetune")` over a Flower client's function) or a
  // button's.)
  const body = (f: OwnFunction): number => {
    let k = f.from;
    while (k < toks.length && toks[k]!.type !== 'nl') k++;
    return k + 1;
  };
  const main = functions.get('main');
  if (main) scan(body(main), true);
  for (const [name, f] of functions) if (trainsAtFirstLevel(toks, body(f))) out.add(name);
  return out;
}

/**
 * The GPU a Modal app's decorator asks for the function the script runs (`@app.function(gpu="A100")`, `gpu="H100:8"`, a name
 * bound to one, `gpu=modal.gpu.A100(count=2)`, the first of a list of fallbacks): as Modal writes it, TYPE or TYPE:COUNT. Where
 * the decorated function is not one the script runs, the only such decorator in the file.
 */
function modalGpu(
  toks: readonly Tok[],
  runs: ReadonlySet<string>,
  env: ReadonlyMap<string, PyValue>,
  argparse: ReadonlyMap<string, PyValue>,
): { value: string; at: Range } | undefined {
  const found: { value: string; at: Range; fn: string }[] = [];
  for (let k = 0; k + 4 < toks.length; k++) {
    if (toks[k]!.text !== '@' || !(k === 0 || toks[k - 1]!.type === 'nl') || toks[k + 1]?.type !== 'name' || toks[k + 2]?.text !== '.') continue;
    if (!/^(function|cls)$/.test(toks[k + 3]!.text) || toks[k + 4]?.text !== '(') continue;
    const gpu = keywordValue(toks, k + 4, 'gpu');
    if (gpu === undefined) continue;
    const got = valueAt(toks, gpu, toks[gpu - 2]!.end, env, argparse);
    const v = Array.isArray(got.v) ? got.v[0] : got.v;
    // (Modal's gpu classes are read as objects built with keywords: gpu.A100 with count 2.)
    const cls = isDict(v) && v.cls && /^(modal\.)?gpu\.\w+$/.test(v.cls.name) ? v : undefined;
    const count = cls?.dict.find(([name]) => name === 'count')?.[1];
    const value = typeof v === 'string' ? v : cls ? cls.cls!.name.split('.').pop()! + (typeof count === 'number' ? `:${count}` : '') : undefined;
    // (The function it decorates: the first `def` at the margin after it, past any other decorators.)
    let j = gpu;
    while (j < toks.length && !(toks[j]!.text === 'def' && toks[j - 1]?.type === 'nl')) j++;
    if (value !== undefined && toks[j + 1]?.type === 'name') found.push({ value, at: got.valueRange, fn: toks[j + 1]!.text });
  }
  const run = found.find((x) => runs.has(x.fn));
  const only = found.length === 1 || new Set(found.map((x) => x.value)).size === 1 ? found[0] : undefined;
  const chosen = run ?? only;
  return chosen && { value: chosen.value, at: chosen.at };
}

/** Paths joined as os.path.join and pathlib's `/` join them: an absolute one starts again. */
function joinPaths(parts: readonly string[]): string {
  return parts.reduce((p, x) => (x.startsWith('/') || p === '' ? x : `${p.replace(/\/+$/, '')}/${x}`), '');
}

/** Modal's ways to run a function it serves: on its machines (`.remote(…)`, `.spawn(…)`, `.remote_gen(…)`) or here (`.local(…)`). */
const MODAL_RUN = /^(remote|local|spawn|remote_gen)$/;

/**
 * Whether the `if` at token `at`, on a line indented `indent`, has an `else:` (at that indentation, with no `elif` between)
 * whose body stops the run: its last statement at its own level `raise …`, `sys.exit(…)`, `exit(…)`.
 */
function elseAborts(toks: readonly Tok[], at: number, indent: string): boolean {
  for (let k = at + 1; k < toks.length; k++) {
    if (toks[k - 1]?.type !== 'nl' || toks[k]!.type === 'nl') continue;
    const own = toks[k]!.type === 'indent' ? toks[k]!.text : '';
    if (own.length > indent.length) continue;
    if (own !== indent) return false;
    // (Not an `if` among `elif`s, `if method == "LoRA":` … `elif method == "IA3":` … `else: raise`: a choice the run makes.)
    if (toks[k + 1]?.text !== 'else' || toks[k + 2]?.text !== ':') return false;
    // (Its last statement at its own level, after what it says first: `import transformers`, `tf_ver = …`, then `raise
    // RuntimeError(…)`; or the one written on the `else:` line itself, `else: raise …`.)
    let last: number | undefined;
    if (toks[k + 3] !== undefined && toks[k + 3]!.type !== 'nl') last = k + 3;
    else {
      let body: string | undefined;
      for (let b = k + 3; b < toks.length && toks[b]!.type !== 'end'; b++) {
        if (toks[b - 1]?.type !== 'nl' || toks[b]!.type === 'nl') continue;
        const own = toks[b]!.type === 'indent' ? toks[b]!.text : '';
        if (own.length <= indent.length) break;
        body ??= own;
        if (own === body) last = b + 1;
      }
    }
    const stmt = toks[last ?? -1];
    return stmt?.text === 'raise' || (stmt?.text === 'sys' && toks[last! + 2]?.text === 'exit') || (stmt?.text === 'exit' && toks[last! + 1]?.text === '(');
  }
  return false;
}

/**
 * The statements of a block whose body starts at token `from`, each by the indentation token it starts at (a name follows it):
 * at every depth, or at the block's first level alone. The block ends at the next line that starts at the margin.
 */
function statementStarts(toks: readonly Tok[], from: number, firstLevel: boolean): number[] {
  const out: number[] = [];
  let level: string | undefined;
  for (let k = from; k < toks.length; k++) {
    const t = toks[k]!;
    if (toks[k - 1]?.type === 'nl' && t.type !== 'indent' && t.type !== 'nl') break;
    if (t.type !== 'indent' || toks[k - 1]?.type !== 'nl' || toks[k + 1]?.type !== 'name') continue;
    level ??= t.text;
    if (!firstLevel || t.text === level) out.push(k);
  }
  return out;
}

/**
 * Whether a function's body (from token `from`) builds a trainer and trains it among its first-level statements: `trainer =
 * SFTTrainer(…)` (any name ending in Trainer), then `trainer.train()`.
 */
function trainsAtFirstLevel(toks: readonly Tok[], from: number): boolean {
  const built = new Set<string>();
  for (const k of statementStarts(toks, from, true)) {
    const name = toks[k + 1]!.text;
    // (The trainer's class dotted or not: `transformers.Trainer(`.)
    let c = k + 3;
    while (toks[c]?.type === 'name' && toks[c + 1]?.text === '.') c += 2;
    if (toks[k + 2]?.text === '=' && toks[c]?.type === 'name' && /Trainer$/.test(toks[c]!.text) && toks[c + 1]?.text === '(') built.add(name);
    // (Its result kept or not: `res = trainer.train()`.)
    const at = toks[k + 2]?.text === '=' ? k + 3 : k + 1;
    if (built.has(toks[at]?.text ?? '') && toks[at + 1]?.text === '.' && toks[at + 2]?.text === 'train' && toks[at + 3]?.text === '(') return true;
  }
  return false;
}

/**
 * A trainer the script writes as a class of its own (`class Phi3FineTuner:` whose `setup_model_and_tokenizer(self)` loads the
 * model into `self.model`, `setup_lora(self)` wraps it and `train(self, …)` builds the Trainer): the class line dropped and its
 * body moved to the margin, so that its methods read as the script's functions (those SCRIPT_FUNCTION names, as a script's), its
 * `self.x` as the name x, and its `__init__` as a function of the class's name, which a construction's keywords
 * (`SFTFineTuner(model_name="TinyLlama/…")`) and its own defaults give its parameters. Only a plain class (no base but `object`)
 * that has such a method (or is among `built`, a module's class the script builds: PythonOptions.flatten) and loads a model: a
 * model's nn.Module or a config class is not one.
 */
function flattenTrainerClasses(toks: readonly Tok[], built: ReadonlySet<string> = new Set()): { toks: readonly Tok[]; classes: ReadonlySet<string> } {
  const classes = new Set<string>();
  // The script's top-level functions that load a pretrained model (`def setup_qwen_model(model_name=…):` over a from_pretrained).
  const loaders = new Set(
    [...topLevelFunctions(toks)]
      .filter(([, f]) => toks.slice(f.from, f.to).some((t) => t.type === 'name' && t.text === 'from_pretrained'))
      .map(([name]) => name),
  );
  let out: Tok[] | undefined;
  for (let k = 0; k + 2 < toks.length; k++) {
    if (!topLevelClass(toks, k)) continue;
    let h = k + 2;
    // (Or a torch or Lightning module whose __init__ puts an adapter on the model it loads, `self.student =
    // get_peft_model(base_model, lora_config)`: read as such a class, its other methods the script's functions it does not run.)
    let module = false;
    if (toks[h]?.text === '(') {
      h++;
      const base: string[] = [];
      while (h < toks.length && toks[h]!.text !== ')' && toks[h]!.type !== 'nl') base.push(toks[h++]!.text);
      if (toks[h]?.text !== ')') continue;
      module = MODULE_BASE.test(base.join(''));
      if (base.length && base.join('') !== 'object' && !module) continue;
      h++;
    }
    if (toks[h]?.text !== ':' || toks[h + 1]?.type !== 'nl') continue;
    // The body: the lines after the header that start indented (blank and comment lines are none).
    let from = h + 1;
    while (toks[from]?.type === 'nl') from++;
    if (toks[from]?.type !== 'indent') continue;
    const indent = toks[from]!.text;
    let to = from;
    while (to < toks.length && toks[to]!.type !== 'end' && !(toks[to - 1]!.type === 'nl' && toks[to]!.type !== 'indent' && toks[to]!.type !== 'nl')) to++;
    const method = (m: number) => toks[m]!.type === 'indent' && toks[m]!.text === indent && toks[m + 1]?.text === 'def' && toks[m + 2]?.type === 'name';
    let trains = false;
    let loads = false;
    let adapts = false;
    for (let m = from; m < to; m++) {
      // (A module's: one pretrained model loaded in its __init__, and an adapter put on it there; one of several, an EEG
      // encoder's T5 beside the language model it adapts, is not read so.)
      if (module && method(m) && toks[m + 2]!.text === '__init__') {
        const loaded: string[] = [];
        for (let d = m + 3; d < to && !method(d); d++) {
          if (toks[d]!.type === 'name' && toks[d]!.text === 'get_peft_model') adapts = true;
          if (toks[d]!.text === 'from_pretrained' && toks[d - 1]?.text === '.' && toks[d - 2]?.type === 'name')
            loaded.push(`${toks[d - 2]!.text}.from_pretrained`);
        }
        if (loaded.filter((c) => MODEL_LOAD.test(c) && !NOT_MODEL_LOAD.test(c)).length !== 1) adapts = false;
      }
      if (method(m) && toks[m + 2]!.text !== '__init__' && SCRIPT_FUNCTION.test(`def ${toks[m + 2]!.text} ( ) :`)) trains = true;
      if (toks[m]!.type === 'name' && /^(from_pretrained|get_peft_model)$/.test(toks[m]!.text)) loads = true;
      // (Or a function of the script's that loads one, called bare from a method: `self.model, self.tokenizer =
      // setup_qwen_model(self.model_name)`.)
      if (toks[m]!.type === 'name' && toks[m + 1]?.text === '(' && toks[m - 1]?.text !== '.' && loaders.has(toks[m]!.text)) loads = true;
    }
    const name = toks[k + 1]!.text;
    if (module ? !adapts : !(trains || built.has(name)) || !loads) continue;
    classes.add(name);
    out ??= [...toks];
    for (let m = k; m < to; m++) {
      const t = toks[m]!;
      if (m <= h) out[m] = { type: 'nl', text: '', start: t.start, end: t.start };
      else if (t.type === 'indent' && toks[m - 1]!.type === 'nl' && t.text.startsWith(indent))
        out[m] = t.text === indent ? { type: 'nl', text: '', start: t.start, end: t.start } : { ...t, text: t.text.slice(indent.length) };
      else if (method(m - 2) && t.text === '__init__') out[m] = { ...t, text: name };
      else if (
        t.text === 'self' &&
        toks[m - 1]!.type === 'indent' &&
        toks[m + 1]?.text === '.' &&
        toks[m + 3]?.text === '=' &&
        toks[m + 4]?.text === toks[m + 2]?.text &&
        toks[m + 5]?.type === 'nl'
      ) {
        // (`self.args = args`, which would read as `args = args`: nothing to read, and the script's namespace kept.)
        for (let d = m; d <= m + 4; d++) out[d] = { type: 'nl', text: '', start: t.start, end: t.start };
        m += 4;
      } else if (t.text === 'self' && toks[m + 1]?.text === '.' && toks[m + 2]?.type === 'name') {
        out[m] = { type: 'name', text: toks[m + 2]!.text, start: t.start, end: toks[m + 2]!.end };
        out[m + 1] = out[m + 2] = { type: 'nl', text: '', start: t.start, end: t.start };
        m += 2;
      } else if (t.text === 'self' && toks[m - 1]?.text === '(' && toks[m - 3]?.text === 'def') {
        out[m] = { type: 'nl', text: '', start: t.start, end: t.start };
        if (toks[m + 1]?.text === ',') out[++m] = { type: 'nl', text: '', start: t.start, end: t.start };
      }
    }
  }
  // (The dropped tokens marked above as empty line ends, then taken out: a line end of their own would end the line.)
  return { toks: out ? out.filter((t) => !(t.type === 'nl' && t.text === '')) : toks, classes };
}

/**
 * The functions whose first-level statements a script runs as its own: main, and the ones that load the model or train it
 * (def load_model(args):, def train(…):, def build_trainer():, llama-recipes' def create_peft_config(model):, def
 * apply_lora(model):, def fine_tune_llm(…):, Firefly's def setup_everything(): and def init_components(args, training_args):, TRL's
 * examples' def create_and_prepare_model(args): and def run_training(args, train_data, val_data):, a trainer class's def
 * initialize_model(self): and def prepare_model_for_training(self):), as fine-tuning scripts split them; each also as a private
 * method, `def _setup_model(self):`.
 */
const SCRIPT_FUNCTION =
  /^def _?(main|train|run|run_training|finetune|fine_tune|(train|finetune|fine_tune)_(?!(one_)?(epoch|step|batch|loop)s?\b)\w+|(apply|add)_(lora|peft)|(load|get|build|setup|create|prepare|init|initialize|make)_(and_prepare_)?(model|model_and_tokenizer|lora|peft|peft_model|lora_model|peft_config|lora_config|trainer|accel[ae]rate_model|components|everything)(_for_(training|train|finetuning|fine_tuning|lora|peft|kbit_training))?) \(.*\) (-> [\w[\], ]+ )?:$/;

/**
 * Names a script's argparse namespace (or HfArgumentParser's dataclasses) goes by where the file does not assign it (a
 * `def main(args):` parameter, `def load_model(model_args: ModelArguments)`).
 */
const NAMESPACES: ReadonlySet<string> = new Set([
  'args',
  'opt',
  'opts',
  'options',
  'model_args',
  'data_args',
  'training_args',
  'script_args',
  'lora_args',
  'peft_args',
  'train_args',
  'finetuning_args',
  'model_config',
]);

/**
 * A script's dataclass fields (`@dataclass class ModelArguments:` … `lora_r: int = field(default=8)` or `= 8`), by name, each its
 * default (a field without one: unknown). HfArgumentParser turns them into the command line's flags of the same names.
 */
interface DataclassField {
  readonly name: string;
  readonly value: PyValue;
  readonly keyRange: Range;
  readonly valueRange: Range;
}

/** A script's dataclass: its name, the classes it extends, and its fields with defaults. */
interface Dataclass {
  readonly name: string;
  readonly bases: readonly string[];
  readonly at: Range;
  readonly fields: DataclassField[];
}

function dataclassDefaults(toks: readonly Tok[], env: ReadonlyMap<string, PyValue>, classes: Dataclass[] = []): Map<string, PyValue> {
  const out = new Map<string, PyValue>();
  for (let k = 0; k + 2 < toks.length; k++) {
    // (And a config class written as one without the decorator, `class GPTConfig:` over `num_layers: int = 12` lines at the
    // file's top level: its fields the same, not arguments of a parser.)
    const plain = /Config$/.test(topLevelClass(toks, k)?.text ?? '') && decorator(toks, k) === undefined;
    if (!plain && (toks[k]!.text !== '@' || toks[k + 1]?.text !== 'dataclass')) continue;
    const fields = plain ? new Map<string, PyValue>() : out;
    // The class body: the lines after `class X(...):` indented past it, up to the next line at the class's own indentation.
    let c = plain ? k : k + 2;
    while (c < toks.length && toks[c]!.text !== 'class') c++;
    const head = c + 1 < toks.length && toks[c + 1]!.type === 'name' ? toks[c + 1]! : undefined;
    const bases: string[] = [];
    for (let b = c + 2; toks[c + 2]?.text === '(' && b < toks.length && toks[b]!.type !== 'nl' && toks[b]!.text !== ')'; b++) {
      // (Dotted bases, transformers.TrainingArguments, by their last name.)
      if (toks[b]!.type === 'name' && toks[b + 1]?.text !== '.') bases.push(toks[b]!.text);
    }
    const cls: Dataclass | undefined = head ? { name: head.text, bases, at: { start: head.start, end: head.end }, fields: [] } : undefined;
    if (cls) classes.push(cls);
    while (c < toks.length && toks[c]!.type !== 'nl') c++;
    let fieldIndent: string | undefined;
    for (let j = c + 1; j + 2 < toks.length; j++) {
      const t = toks[j]!;
      // A line back at the class's own column (no indent after its newline) ends the body.
      if (toks[j - 1]?.type === 'nl' && t.type !== 'indent' && t.type !== 'nl') break;
      if (t.type !== 'indent' || toks[j - 1]?.type !== 'nl') continue;
      // Fields sit at the body's first indentation (a method's lines deeper are not fields).
      fieldIndent ??= t.text;
      if (t.text !== fieldIndent) continue;
      j++;
      const name = toks[j]!;
      if (name.type !== 'name' || toks[j + 1]?.text !== ':') continue;
      const t2 = name;
      // name: type = value (the annotation skipped to its `=`; a field without one has no default).
      let e = j + 2;
      while (e < toks.length && toks[e]!.type !== 'nl' && toks[e]!.text !== '=') e++;
      if (toks[e]?.text !== '=') {
        if (!fields.has(t2.text)) fields.set(t2.text, undefined);
        continue;
      }
      const { v, valueRange } = valueAt(toks, e + 1, toks[e]!.end, env, new Map());
      const def = fieldDefault(v);
      if (!fields.has(t2.text)) fields.set(t2.text, def);
      if (def !== undefined) cls?.fields.push({ name: t2.text, value: def, keyRange: { start: t2.start, end: t2.end }, valueRange });
    }
  }
  return out;
}

/**
 * A script's argparse arguments, wherever they are added (module level or a `parse_args()` function): `X.add_argument("--name",
 * …, default=…)` by its dest (dest=, else the long option with dashes as underscores), with its default (store_true's False,
 * store_false's True, unknown for a required one, else None when none is given).
 */
function argparseDefaults(toks: readonly Tok[], env: ReadonlyMap<string, PyValue>, functions: ReadonlyMap<string, OwnFunction>): ArgparseDefaults {
  const out = new ArgparseDefaults(namespaceNames(toks, functions));
  // (A helper bound to the parser, `add_arg = functools.partial(add_arguments, argument_parser=parser)` as the Whisper and
  // PaddleSpeech fine-tuning scripts write it, then `add_arg("base_model", str, "openai/whisper-tiny", "…")`: each call an
  // argument --name, its default the keyword's or the third word.)
  const partials = new Set<string>();
  for (let k = 0; k + 5 < toks.length; k++) {
    if (!startsStatement(toks, k) || toks[k]!.type !== 'name' || toks[k + 1]?.text !== '=') continue;
    let j = k + 2;
    if (toks[j]?.text === 'functools' && toks[j + 1]?.text === '.') j += 2;
    if (toks[j]?.text === 'partial' && toks[j + 1]?.text === '(' && /^add_arguments?$/.test(toks[j + 2]?.text ?? '')) partials.add(toks[k]!.text);
  }
  for (let k = 0; k + 3 < toks.length; k++) {
    const t = toks[k]!;
    const partial = t.type === 'name' && partials.has(t.text) && toks[k + 1]?.text === '(' && toks[k - 1]?.text !== '.' && toks[k + 2]?.type === 'str';
    if (partial) {
      const call = new Expr(toks, k, env).parse();
      if (!isCall(call) || typeof call.args[0] !== 'string') continue;
      const dest = call.args[0].replace(/^-+/, '').replace(/-/g, '_');
      const written = call.kwargs.find(([name]) => name === 'default');
      if (!dest || out.has(dest)) continue;
      if (written) out.where.set(dest, { key: written[2], value: written[3] });
      out.set(dest, written ? written[1] : call.args.length >= 3 ? call.args[2] : undefined);
      continue;
    }
    if (t.type !== 'name' || t.text !== 'add_argument' || toks[k - 1]?.text !== '.' || toks[k + 1]?.text !== '(') continue;
    // Back to the start of the dotted callee (parser.add_argument, self.parser.add_argument).
    let s0 = k;
    while (toks[s0 - 1]?.text === '.' && toks[s0 - 2]?.type === 'name') s0 -= 2;
    const call = new Expr(toks, s0, env).parse();
    if (!isCall(call)) continue;
    const flags = call.args.filter((a): a is string => typeof a === 'string');
    const long = flags.find((f) => f.startsWith('--')) ?? flags.find((f) => !f.startsWith('-'));
    const kw = new Map(call.kwargs.map(([name, v]) => [name, v]));
    const dest = typeof kw.get('dest') === 'string' ? (kw.get('dest') as string) : long?.replace(/^-+/, '').replace(/-/g, '_');
    if (!dest || out.has(dest)) continue;
    const action = kw.get('action');
    // (Where the default is written: default=, else a switch's action=.)
    const written =
      call.kwargs.find(([name]) => name === 'default') ?? call.kwargs.find(([name, v]) => name === 'action' && (v === 'store_true' || v === 'store_false'));
    if (written) out.where.set(dest, { key: written[2], value: written[3] });
    const given = kw.get('default');
    if (kw.get('required') === true && (typeof given === 'number' || typeof given === 'boolean' || (typeof given === 'string' && given.trim() !== '')))
      out.requiredDefaults.set(dest, given);
    // A required argument is the command line's, whatever default it writes (argparse uses none): unknown here.
    out.set(
      dest,
      kw.get('required') === true
        ? undefined
        : kw.has('default')
          ? kw.get('default')
          : action === 'store_true'
            ? false
            : action === 'store_false'
              ? true
              : null,
    );
  }
  return out;
}

/**
 * The parts of the model a script freezes or unfreezes by hand, each by its attribute path under the model and the value it is
 * given where the script writes it: `for p in model.vision_tower.parameters(): p.requires_grad = False` (the loop's own variable
 * set in its body), and `model.visual.requires_grad_(False)`. ("vision_tower", false; "visual", false.)
 */
function requiresGrad(toks: readonly Tok[], found: (part: string, value: boolean, at: Range) => void): void {
  const bool = (t: Tok | undefined) => (t?.text === 'True' ? true : t?.text === 'False' ? false : undefined);
  // The attribute path of a dotted name ending at token `end` (exclusive), the first name (the model's variable) left out.
  const chain = (end: number): string | undefined => {
    const names: string[] = [];
    let k = end - 1;
    while (toks[k]?.type === 'name' && toks[k - 1]?.text === '.') {
      names.unshift(toks[k]!.text);
      k -= 2;
    }
    return toks[k]?.type === 'name' && names.length > 0 ? names.join('.') : undefined;
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    // X.part.requires_grad_(False)
    if (t.text === 'requires_grad_' && toks[i - 1]?.text === '.' && toks[i + 1]?.text === '(' && toks[i + 3]?.text === ')') {
      const v = bool(toks[i + 2]);
      const part = chain(i - 1);
      if (v !== undefined && part) found(part, v, { start: toks[i + 2]!.start, end: toks[i + 2]!.end });
      continue;
    }
    // for NAME in X.part.parameters(): … NAME.requires_grad = False (in the first lines of its body)
    if (t.text !== 'for' || toks[i + 1]?.type !== 'name' || toks[i + 2]?.text !== 'in') continue;
    const name = toks[i + 1]!.text;
    let k = i + 3;
    if (toks[k]?.type !== 'name') continue;
    while (toks[k + 1]?.text === '.' && toks[k + 2]?.type === 'name') k += 2;
    if (toks[k]?.text !== 'parameters' || toks[k + 1]?.text !== '(' || toks[k + 2]?.text !== ')' || toks[k + 3]?.text !== ':') continue;
    const part = chain(k - 1);
    if (!part) continue;
    // (Its body's first lines: the loop's variable set there.)
    for (let j = k + 4, lines = 0; j < toks.length && lines <= 3; j++) {
      if (toks[j]!.type === 'nl') lines++;
      if (toks[j]!.text === name && toks[j + 1]?.text === '.' && toks[j + 2]?.text === 'requires_grad' && toks[j + 3]?.text === '=') {
        const v = bool(toks[j + 4]);
        if (v !== undefined) found(part, v, { start: toks[j + 4]!.start, end: toks[j + 4]!.end });
        break;
      }
    }
  }
}

/**
 * Every freeze the script writes (`x.requires_grad = False`, `x.requires_grad_(False)`), by the name it freezes from: the first
 * name of `x` (`model` of `model.transformer.wte.weight`), or, where that is a loop's variable, the first name of what the loop
 * runs over, followed through loops inside loops (`for layer in model.model.layers[:8]:` then `for p in layer.parameters():`, or
 * `for name, param in model.named_parameters():`): `model`. Calls that wrap what a loop runs over (`enumerate(…)`, `list(…)`) are
 * passed over. And a helper named freeze… given a name (`freeze_model(model)`): that name, at the helper's.
 */
function handFrozen(toks: readonly Tok[], found: (root: string, at: Range) => void): void {
  // The first name of the dotted or subscripted expression that ends at token `k` (inclusive).
  const head = (k: number): number | undefined => {
    for (let guard = 0; k >= 0 && guard < 64; guard++) {
      if (toks[k]!.text === ']' || toks[k]!.text === ')') {
        // (Back over a subscript or a call's arguments to the bracket that opens it.)
        let depth = 0;
        let m = k;
        for (; m >= 0 && k - m < 2000; m--) {
          if (toks[m]!.text === ']' || toks[m]!.text === ')') depth++;
          else if (toks[m]!.text === '[' || toks[m]!.text === '(') depth--;
          if (depth === 0) break;
        }
        k = m - 1;
        continue;
      }
      if (toks[k]!.type !== 'name') return undefined;
      if (toks[k - 1]?.text !== '.') return k;
      k -= 2;
    }
    return undefined;
  };
  // The loop before token `at` (within its function) that binds `name`: the first name of what it runs over.
  const loopOver = (name: string, at: number): string | undefined => {
    for (let k = at - 1; k >= 0 && at - k < 2000; k--) {
      const t = toks[k]!;
      if (t.text === 'def' && (k === 0 || toks[k - 1]!.type === 'nl')) return undefined;
      if (t.text !== 'for' || !startsStatement(toks, k)) continue;
      let m = k + 1;
      const targets: string[] = [];
      for (; m < toks.length && toks[m]!.text !== 'in' && toks[m]!.type !== 'nl'; m++) if (toks[m]!.type === 'name') targets.push(toks[m]!.text);
      if (toks[m]?.text !== 'in' || !targets.includes(name)) continue;
      m++;
      while (toks[m]?.type === 'name' && /^(enumerate|list|zip|reversed|sorted|tuple|iter)$/.test(toks[m]!.text) && toks[m + 1]?.text === '(') m += 2;
      return toks[m]?.type === 'name' ? toks[m]!.text : undefined;
    }
    return undefined;
  };
  for (let j = 2; j < toks.length; j++) {
    const t = toks[j]!;
    if (toks[j - 1]!.text !== '.') continue;
    const value =
      t.text === 'requires_grad' && toks[j + 1]?.text === '=' && toks[j + 2]?.text === 'False'
        ? toks[j + 2]!
        : t.text === 'requires_grad_' && toks[j + 1]?.text === '(' && toks[j + 2]?.text === 'False' && toks[j + 3]?.text === ')'
          ? toks[j + 2]!
          : undefined;
    if (!value) continue;
    const h = head(j - 2);
    if (h === undefined) continue;
    let root = toks[h]!.text;
    for (let depth = 0; depth < 4; depth++) {
      const over = loopOver(root, h);
      if (over === undefined || over === root) break;
      root = over;
    }
    // (`self`'s, in a method of a class: named by the class, whose instance it is, `self.bert.named_parameters()` in a model
    // class's __init__ freezing what the class holds.)
    if (root === 'self') root = enclosingClass(toks, h) ?? root;
    found(root, { start: value.start, end: value.end });
  }
  // (And a helper of the script's own by that name given the model, `freeze_model(phi_lora_model)` from a module beside it: its
  // body is not read, its name says what it does.)
  for (let k = 1; k + 2 < toks.length; k++) {
    const t = toks[k]!;
    if (t.type !== 'name' || !/^freeze(_\w+)?$/i.test(t.text) || toks[k + 1]?.text !== '(' || toks[k + 2]?.type !== 'name') continue;
    if (toks[k - 1]?.text === 'def' || toks[k - 1]?.text === '.' || toks[k - 1]?.text === 'import') continue;
    found(toks[k + 2]!.text, { start: t.start, end: t.end });
  }
}

/**
 * The decorator on the line before the one at token `at` (blank lines passed over), `@dataclass(frozen=True)`: its first name
 * (`dataclass`; `dataclasses` of `@dataclasses.dataclass`), '' where none follows the `@`; undefined where that line is none.
 */
function decorator(toks: readonly Tok[], at: number): string | undefined {
  let k = at - 1;
  while (k >= 0 && toks[k]!.type === 'nl') k--;
  while (k > 0 && toks[k - 1]!.type !== 'nl') k--;
  if (toks[k]?.type === 'indent') k++;
  return k >= 0 && k < at && toks[k]!.text === '@' ? (toks[k + 1]?.type === 'name' ? toks[k + 1]!.text : '') : undefined;
}

/** The `class NAME` that opens a line at the file's top level at token `k`: NAME's token, else undefined. */
function topLevelClass(toks: readonly Tok[], k: number): Tok | undefined {
  const t = toks[k];
  return t?.text === 'class' && t.type === 'name' && (k === 0 || toks[k - 1]!.type === 'nl') && toks[k + 1]?.type === 'name' ? toks[k + 1] : undefined;
}

/**
 * The lines of a top-level class's body at its first indentation (`k`: its `class` token), up to the next line at the margin: each
 * line's indent token (a method's deeper lines are not its own).
 */
function* classBodyLines(toks: readonly Tok[], k: number): Generator<number> {
  let j = k;
  while (j < toks.length && toks[j]!.type !== 'nl') j++;
  let level: string | undefined;
  for (; j < toks.length && toks[j]!.type !== 'end'; j++) {
    const t = toks[j]!;
    if (toks[j - 1]?.type !== 'nl' || t.type === 'nl') continue;
    if (t.type !== 'indent') break;
    level ??= t.text;
    if (t.text === level) yield j;
  }
}

/** The `=` of an assignment opening at token `j`, `name = …` or an annotated `name: int = …`; undefined for any other line. */
function assignedAt(toks: readonly Tok[], j: number): number | undefined {
  if (toks[j]?.type !== 'name') return undefined;
  let eq = j + 1;
  if (toks[eq]?.text === ':')
    while (toks[eq] && toks[eq]!.type !== 'nl' && toks[eq]!.type !== 'end' && !(toks[eq]!.type === 'op' && toks[eq]!.text === '=')) eq++;
  return toks[eq]?.type === 'op' && toks[eq]!.text === '=' ? eq : undefined;
}

/**
 * The model classes of the script's own over a pretrained model (MODEL_CLASS): a top-level class on torch's nn.Module (or
 * Lightning's LightningModule) whose `__init__` sets an attribute to a model's loading call (`self.bert =
 * AutoModel.from_pretrained(model_name)`; a tokenizer's or a config's is not one), by name: [the token of its `def __init__`, the
 * token that call starts at], the first such call (or the language model's, of several), with the classes of the other
 * attributes' loading calls.
 */
function modelClasses(toks: readonly Tok[]): Map<string, { at: [number, number]; also: string[] }> {
  const out = new Map<string, { at: [number, number]; also: string[] }>();
  for (let k = 0; k + 2 < toks.length; k++) {
    const name = topLevelClass(toks, k);
    if (!name) continue;
    let h = k + 2;
    const base: string[] = [];
    if (toks[h]?.text === '(') for (h++; h < toks.length && toks[h]!.text !== ')' && toks[h]!.type !== 'nl'; h++) base.push(toks[h]!.text);
    // (Or Lightning's module, `class Model(pl.LightningModule):` whose __init__ loads the model it trains.)
    if (!MODULE_BASE.test(base.join(''))) continue;
    // The body: up to the next line at the margin.
    let to = h;
    while (to < toks.length && toks[to]!.type !== 'end' && !(toks[to - 1]!.type === 'nl' && toks[to]!.type !== 'indent' && toks[to]!.type !== 'nl')) to++;
    const init = toks.findIndex((t, m) => m > h && m < to && t.text === 'def' && toks[m + 1]?.text === '__init__');
    if (init < 0) continue;
    // (Not one that puts an adapter on it there, `self.lm = get_peft_model(self.lm, LoraConfig(…))`: its share is not shown.)
    if (toks.slice(init, to).some((t) => t.type === 'name' && /^(get_peft_model|LoraConfig|PeftModel)$/.test(t.text))) continue;
    const loads: [string, number, string][] = [];
    for (let m = init + 2; m + 5 < to; m++) {
      // (Another method's lines end __init__'s.)
      if (toks[m]!.text === 'def' && toks[m - 1]?.type === 'indent') break;
      if (!(toks[m]!.text === 'self' && toks[m - 1]?.type === 'indent' && toks[m + 1]?.text === '.' && toks[m + 3]?.text === '=')) continue;
      let e = m + 4;
      let callee = '';
      while (toks[e]?.type === 'name' && (toks[e + 1]?.text === '.' || toks[e + 1]?.text === '(')) {
        callee += toks[e]!.text;
        if (toks[e + 1]!.text === '(') break;
        callee += '.';
        e += 2;
      }
      if (MODEL_LOAD.test(callee) && !NOT_MODEL_LOAD.test(callee)) loads.push([callee.replace(/\.from_pretrained$/, ''), m + 4, toks[m + 2]!.text]);
    }
    // (Of several, LLaVA's vision encoder and language model built side by side: the language model, the others said; one set to
    // the same attribute, a `try:` load and its `except` fallback, is the same model.)
    const chosen = loads.find(([callee]) => LANGUAGE_MODEL.test(callee)) ?? loads[0];
    const others = new Map(loads.filter((x) => x[2] !== chosen?.[2]).map(([callee, , attr]) => [attr, callee]));
    if (chosen) out.set(name.text, { at: [init, chosen[1]], also: [...others.values()] });
  }
  return out;
}

/** A loading call's class that is a language model (`AutoModelForCausalLM`, `GPT2LMHeadModel`, `T5ForConditionalGeneration`). */
const LANGUAGE_MODEL = /(ForCausalLM|LMHeadModel|ForConditionalGeneration|Seq2SeqLM)$/;

/**
 * A dataclass field's default: `field(default=None)`'s None, as HfArgumentParser leaves an argument not given;
 * `field(default_factory=lambda: […])`'s list or dict, the one its factory makes; a field of no default (or another factory),
 * unknown. Any other value is its own.
 */
function fieldDefault(v: PyValue): PyValue {
  if (!isCall(v) || !/(^|\.)field$/.test(v.call)) return v;
  const given = v.kwargs.find(([n]) => n === 'default');
  const factory = v.kwargs.find(([n]) => n === 'default_factory')?.[1];
  return given ? given[1] : Array.isArray(factory) || isDict(factory) ? factory : undefined;
}

/**
 * The attributes a plain class (no base but `object`) sets in its body at token `k` (`class CFG:` over `model_name = "…"` and
 * `max_len: int = 512` lines; a method's lines are not), each with its value where the body writes one the reading knows; undefined
 * for a class with a base, or none set.
 */
function classAttributes(toks: readonly Tok[], k: number, env: ReadonlyMap<string, PyValue>): PyDict | undefined {
  const name = topLevelClass(toks, k)!;
  let j = k + 2;
  if (toks[j]?.text === '(') {
    j++;
    if (toks[j]?.text === 'object') j++;
    if (toks[j]?.text !== ')') return undefined;
    j++;
  }
  if (toks[j]?.text !== ':') return undefined;
  const entries: [string, PyValue, Range, Range][] = [];
  const own = new Map(env);
  for (const line of classBodyLines(toks, k)) {
    const first = toks[line + 1]!;
    const eq = assignedAt(toks, line + 1);
    if (eq === undefined) continue;
    // (An attribute read from one set before it in the body, `OUT = ROOT + "/out"`, as the class body runs.)
    const p = new Expr(toks, eq + 1, own);
    // (A dataclass's field, `target_modules: List[str] = field(default_factory=lambda: ["q_proj", "v_proj"])`: its default.)
    const value = fieldDefault(p.parse());
    if (value === undefined || !(toks[p.i]?.type === 'nl' || toks[p.i]?.type === 'end')) continue;
    own.set(first.text, value);
    entries.push([first.text, value, { start: first.start, end: first.end }, { start: toks[eq + 1]!.start, end: toks[p.i - 1]!.end }]);
  }
  return entries.length ? { dict: entries, cls: { name: name.text, at: { start: name.start, end: name.end } } } : undefined;
}

/** A top-level function of the script's own: its parameters' names, and its tokens from `def` to the next line at column 0. */
interface OwnFunction {
  readonly params: readonly string[];
  readonly from: number;
  readonly to: number;
}

/** The script's own top-level functions (`def` at a line's start), by name. */
function topLevelFunctions(toks: readonly Tok[]): Map<string, OwnFunction> {
  const out = new Map<string, OwnFunction>();
  for (let k = 0; k < toks.length; k++) {
    if (toks[k]!.type !== 'name' || toks[k]!.text !== 'def' || !(k === 0 || toks[k - 1]!.type === 'nl') || toks[k + 1]?.type !== 'name') continue;
    let to = k + 1;
    while (to < toks.length && !(toks[to]!.type === 'nl' && toks[to + 1]?.type !== 'indent' && toks[to + 1]?.type !== 'nl')) to++;
    out.set(toks[k + 1]!.text, { params: parameters(toks, k).map((d) => d.name.text), from: k, to });
  }
  return out;
}

/**
 * The config classes (PretrainedConfig's, or named so) a file defines at its top level whose `__init__` takes keyword defaults
 * (`class LMConfig(PretrainedConfig):`, `def __init__(self, dim: int = 512, n_layers: int = 8, …)`): each default that evaluates
 * to a plain value, with the class's own attributes of that kind written in its body (`model_type = "minimind"`), and its first
 * base.
 */
function classInits(
  toks: readonly Tok[],
  env: ReadonlyMap<string, PyValue>,
): {
  name: string;
  base?: string;
  at: Range;
  fields: { key: string; value: PyValue; keyRange: Range; valueRange: Range }[];
  renames: [string, string][];
}[] {
  const out: ReturnType<typeof classInits> = [];
  const plain = (v: PyValue) => v === null || typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean';
  for (let k = 0; k + 1 < toks.length; k++) {
    const name = topLevelClass(toks, k);
    if (!name) continue;
    const base = toks[k + 2]?.text === '(' && toks[k + 3]?.type === 'name' ? toks[k + 3]!.text : undefined;
    // (A config class: transformers' PretrainedConfig's, or one named as a config; not a model's nn.Module, whose keywords build it.)
    if (!(/^PretrainedConfig$/.test(base ?? '') || /Config$/.test(name.text))) continue;
    const fields: ReturnType<typeof classInits>[number]['fields'] = [];
    const renames: [string, string][] = [];
    // (A dataclass's fields are its __init__'s keywords: `@dataclass` over `class TrainingConfig:`, `lora_r: int = 16`.)
    let init = /^(dataclass|dataclasses)$/.test(decorator(toks, k) ?? '');
    for (const j of classBodyLines(toks, k)) {
      const first = toks[j + 1];
      const eq = assignedAt(toks, j + 1);
      if (first?.type === 'name' && first.text === 'def' && toks[j + 2]?.text === '__init__') {
        init = true;
        // (A keyword its body stores under another attribute, `self.hidden_size = dmodel`: the config's key is that attribute.)
        const names = new Set(parameters(toks, j + 1).map((d) => d.name.text));
        for (
          let m = j + 1;
          m < toks.length &&
          toks[m]!.type !== 'end' &&
          !(toks[m - 1]!.type === 'nl' && toks[m]!.type === 'indent' && toks[m]!.text.length <= toks[j]!.text.length);
          m++
        ) {
          const [t0, t1, t2, t3, t4, t5] = toks.slice(m, m + 6);
          if (toks[m - 1]!.type !== 'indent' || t0?.text !== 'self' || t1?.text !== '.' || t2?.type !== 'name' || t3?.text !== '=') continue;
          if (t4?.type === 'name' && names.has(t4.text) && t4.text !== t2.text && (t5?.type === 'nl' || t5?.type === 'end')) renames.push([t4.text, t2.text]);
        }
        for (const d of parameters(toks, j + 1)) {
          if (d.at === undefined) continue;
          const p = new Expr(toks, d.at, env);
          const value = p.parse();
          if (!plain(value) || !(toks[p.i]?.type === 'op' && (toks[p.i]!.text === ',' || toks[p.i]!.text === ')'))) continue;
          fields.push({
            key: d.name.text,
            value,
            keyRange: { start: d.name.start, end: d.name.end },
            valueRange: { start: toks[d.at]!.start, end: toks[p.i - 1]!.end },
          });
        }
      } else if (first && eq !== undefined) {
        // (An annotated one, `model_name: str = "…"`: its value after the annotation.)
        const p = new Expr(toks, eq + 1, env);
        const value = p.parse();
        if (plain(value) && (toks[p.i]?.type === 'nl' || toks[p.i]?.type === 'end'))
          fields.push({
            key: first.text,
            value,
            keyRange: { start: first.start, end: first.end },
            valueRange: { start: toks[eq + 1]!.start, end: toks[p.i - 1]!.end },
          });
      }
    }
    for (const [from, to] of renames) {
      const f = fields.find((x) => x.key === from);
      if (f && !fields.some((x) => x.key === to)) fields.push({ ...f, key: to });
    }
    if (init && fields.length) out.push({ name: name.text, ...(base ? { base } : {}), at: { start: name.start, end: name.end }, fields, renames });
  }
  return out;
}

/**
 * The script's own functions that load a config file and return what it holds (`def load_config(path):` whose body opens the
 * path and returns `yaml.safe_load(f)`, or returns `OmegaConf.load(path)`): each name, with the one path it loads where its
 * body writes it (`def load_config():` over `open("configs/training_config.yaml")`), else "" (its first parameter's), or that
 * parameter's default path in a list (`def load_config(config_path="config.json"):`, ["config.json"]).
 */
function configLoaders(toks: readonly Tok[], fns: ReadonlyMap<string, OwnFunction>): Map<string, string | [string]> {
  const out = new Map<string, string | [string]>();
  for (const [name, f] of fns) {
    const body = toks.slice(f.from, f.to + 1);
    const loads = (k: number): boolean => {
      let dotted = '';
      for (let j = k; body[j]?.type === 'name'; j += 2) {
        dotted += (dotted ? '.' : '') + body[j]!.text;
        if (body[j + 1]?.text !== '.') break;
      }
      return PARSES_FILE.test(dotted) || LOADS_PATH.test(dotted);
    };
    // (Returned as it is loaded, or by the name it was loaded into: `cfg = yaml.safe_load(f)` then `return cfg`.)
    const held = new Set(
      body.flatMap((t, k) => (t.type === 'name' && body[k + 1]?.text === '=' && body[k - 1]?.type !== 'op' && loads(k + 2) ? [t.text] : [])),
    );
    const returned = body.some(
      (t, k) =>
        t.type === 'name' &&
        t.text === 'return' &&
        (loads(k + 1) || (body[k + 1]?.type === 'name' && held.has(body[k + 1]!.text) && (body[k + 2]?.type === 'nl' || body[k + 2]?.type === 'end'))),
    );
    if (!returned) continue;
    const written = configLiteral(body);
    // (Its first parameter's default where that is a config file's path, `def load_config(config_path="config.json"):`: the file
    // a call that gives it none loads.)
    const first = parameters(toks, f.from)[0];
    const fallback =
      first?.at !== undefined && toks[first.at]?.type === 'str' && toks[first.at + 1]?.text !== '.' ? configLiteral([toks[first.at]!]) : undefined;
    if (f.params.length > 0) out.set(name, fallback !== undefined ? [fallback] : '');
    else if (written !== undefined) out.set(name, written);
  }
  return out;
}

/** The one config file's path (a string ending .yaml, .yml or .json) among these tokens, where they write exactly one. */
function configLiteral(toks: readonly Tok[]): string | undefined {
  const paths = new Set(toks.flatMap((t) => (t.type === 'str' && typeof t.value === 'string' && /\.(ya?ml|json)$/i.test(t.value) ? [t.value] : [])));
  return paths.size === 1 ? [...paths][0] : undefined;
}

/** A script's argparse defaults by dest, and the names its namespace goes by besides NAMESPACES' (namespaceNames). */
class ArgparseDefaults extends Map<string, PyValue> {
  /** Where each argument's default is written (its default=, or a switch's action=). */
  readonly where = new Map<string, { readonly key: Range; readonly value: Range }>();
  /** The required arguments whose author writes a plain default anyway (argparse never uses it): that default, by dest. */
  readonly requiredDefaults = new Map<string, string | number | boolean>();
  constructor(readonly namespaces: ReadonlySet<string> = new Set()) {
    super();
  }
}

/**
 * The names a script's argparse namespace takes through functions of its own, whatever they are called: `config = get_config()`
 * where `def get_config():` returns its parser's `parse_args()` (as a name it assigned, or directly), and a function's parameter
 * the script hands that name to (`main(config)` for `def main(config):`), by position or keyword.
 */
function namespaceNames(toks: readonly Tok[], fns: ReadonlyMap<string, OwnFunction>): Set<string> {
  const parsing = new Set<string>();
  for (const [name, f] of fns) {
    let parses = false;
    let returns = false;
    for (let k = f.from; k < f.to; k++) {
      const t = toks[k]!;
      if (t.type === 'name' && PARSE_ARGS.test(t.text) && toks[k - 1]?.text === '.' && toks[k + 1]?.text === '(') parses = true;
      if (t.type === 'name' && t.text === 'return') returns = true;
    }
    if (parses && returns) parsing.add(name);
  }
  const out = new Set<string>();
  // Names assigned a parsing function's result, then the parameters of the script's functions each is handed to (twice: a
  // parameter handed on once more).
  for (let k = 0; k + 3 < toks.length; k++)
    if (toks[k]!.type === 'name' && toks[k + 1]?.text === '=' && parsing.has(toks[k + 2]!.text) && toks[k + 3]?.text === '(' && toks[k - 1]?.text !== '.')
      out.add(toks[k]!.text);
  // (And one a parser's own parse_args() gives, handed on: `config = parser.parse_args()` then `main(config)`, whose body reads
  // `config.model`.)
  const handed = new Set<string>();
  for (let k = 1; k + 5 < toks.length; k++)
    if (
      (toks[k - 1]!.type === 'nl' || toks[k - 1]!.type === 'indent') &&
      toks[k]!.type === 'name' &&
      toks[k + 1]?.text === '=' &&
      toks[k + 2]?.type === 'name' &&
      toks[k + 3]?.text === '.' &&
      PARSE_ARGS.test(toks[k + 4]!.text) &&
      toks[k + 5]?.text === '('
    )
      handed.add(toks[k]!.text);
  if (parsing.size === 0 && handed.size === 0) return out;
  for (let round = 0; round < 2; round++)
    for (let k = 0; k + 1 < toks.length; k++) {
      const f = toks[k]!.type === 'name' && toks[k + 1]?.text === '(' && toks[k - 1]?.text !== '.' ? fns.get(toks[k]!.text) : undefined;
      if (!f || toks[k - 1]?.text === 'def') continue;
      let depth = 0;
      let position = 0;
      for (let j = k + 1; j < toks.length; j++) {
        const t = toks[j]!;
        if (t.type === 'op' && '([{'.includes(t.text)) depth++;
        else if (t.type === 'op' && ')]}'.includes(t.text)) {
          if (--depth === 0) break;
        } else if (depth === 1 && t.type === 'op' && t.text === ',') position++;
        else if (
          depth === 1 &&
          t.type === 'name' &&
          (out.has(t.text) || handed.has(t.text)) &&
          /^[(,=]$/.test(toks[j - 1]!.text) &&
          /^[),]$/.test(toks[j + 1]?.text ?? '')
        ) {
          const keyword = toks[j - 1]!.text === '=' ? toks[j - 2]?.text : undefined;
          const param = keyword ?? f.params[position];
          if (param !== undefined && param !== 'self') out.add(param);
        }
      }
    }
  return out;
}

/**
 * A module's top-level `NAME = "literal"` / number / boolean assignments (its constants), over the environment given; and a dict of
 * such, `CONFIG = {"max_seq_length": 128, …}`, whose entries an argument's default names (`default=CONFIG["max_seq_length"]`).
 */
function moduleConstants(toks: readonly Tok[], env: ReadonlyMap<string, PyValue>): Map<string, PyValue> {
  const out = new Map(env);
  for (let k = 0; k + 2 < toks.length; k++) {
    const t = toks[k]!;
    const lineStart = k === 0 || toks[k - 1]!.type === 'nl';
    if (!lineStart || t.type !== 'name' || toks[k + 1]?.text !== '=' || !/^[A-Z_][A-Z0-9_]*$/.test(t.text)) continue;
    const value = toks[k + 2]!;
    if ((value.type === 'str' || value.type === 'num') && (toks[k + 3]?.type === 'nl' || toks[k + 3]?.type === 'end'))
      out.set(t.text, value.value ?? value.text);
    if (value.type === 'op' && value.text === '{') {
      const p = new Expr(toks, k + 2, out);
      const dict = p.parse();
      if (isDict(dict) && !dict.cls && (toks[p.i]?.type === 'nl' || toks[p.i]?.type === 'end')) out.set(t.text, dict);
    }
  }
  return out;
}

/** How deep an expression may nest (brackets, not, unary signs) before the rest of its line is left unknown. */
const MAX_EXPR_DEPTH = 64;

/** Precedence-climbing evaluator for the expressions configs use. */
class Expr {
  private depth = 0;

  constructor(
    private readonly toks: readonly Tok[],
    public i: number,
    private readonly env: ReadonlyMap<string, PyValue>,
    /** Config functions read so far (a registry): `other()` is the config it returned. */
    private readonly configs: ReadonlyMap<string, RegistryConfig> = new Map(),
    /** The script's argparse arguments by dest, each its default (argparseDefaults): what `args.<dest>` is unless a launch sets it. */
    private readonly argparse: ReadonlyMap<string, PyValue> = new Map(),
  ) {}

  private peek(): Tok {
    return this.toks[this.i] ?? { type: 'end', text: '', start: 0, end: 0 };
  }

  parse(): PyValue {
    return this.nested(() => (this.peek().type === 'name' && this.peek().text === 'lambda' ? this.lambda() : this.conditional()));
  }

  /**
   * A lambda: one of no parameters (a dataclass field's `default_factory=lambda: ["q_proj", "v_proj"]`) as the value calling it
   * gives, its body's; one of parameters (`dataset.map(lambda x: tok(x["text"]))`) unknown, its body passed over, the expression
   * around it read on.
   */
  private lambda(): PyValue {
    this.i++;
    let params = false;
    while (this.peek().text !== ':' && this.peek().type !== 'nl' && this.peek().type !== 'end') {
      params = true;
      this.i++;
    }
    if (this.peek().text !== ':') return this.fail();
    this.i++;
    const body = this.conditional();
    return params ? undefined : body;
  }

  /** `a if condition else b`: the branch the condition selects, unknown when the condition is. */
  private conditional(): PyValue {
    const a = this.or();
    if (!(this.peek().text === 'if' && this.peek().type === 'name')) return a;
    this.i++;
    const condition = this.or();
    if (!(this.peek().text === 'else' && this.peek().type === 'name')) return this.fail();
    this.i++;
    const b = this.conditional();
    return condition === undefined ? undefined : truthy(condition) ? a : b;
  }

  /** One level deeper; past MAX_EXPR_DEPTH the rest of the line is skipped and the value unknown (never a stack overflow). */
  private nested(f: () => PyValue): PyValue {
    if (this.depth >= MAX_EXPR_DEPTH) {
      while (this.peek().type !== 'nl' && this.peek().type !== 'end') this.i++;
      return undefined;
    }
    this.depth++;
    try {
      return f();
    } finally {
      this.depth--;
    }
  }

  private or(): PyValue {
    let a = this.and();
    while (this.peek().text === 'or' && this.peek().type === 'name') {
      this.i++;
      const b = this.and();
      // (Python stops at a true left side: `"gpt-j" or "opt" in name.lower()` is "gpt-j" whatever the right side is.)
      a = a === undefined ? undefined : truthy(a) ? a : b;
    }
    return a;
  }

  private and(): PyValue {
    let a = this.not();
    while (this.peek().text === 'and' && this.peek().type === 'name') {
      this.i++;
      const b = this.not();
      // (And at a false one: `False and x` is False.)
      a = a === undefined ? undefined : truthy(a) ? b : a;
    }
    return a;
  }

  private not(): PyValue {
    if (this.peek().text === 'not' && this.peek().type === 'name') {
      this.i++;
      const v = this.nested(() => this.not());
      return v === undefined ? undefined : !truthy(v);
    }
    return this.compare();
  }

  private compare(): PyValue {
    const a = this.sum();
    // Python's word operators: `is`, `is not` (against None, the one identity a reading can tell), `in`, `not in`.
    const w = this.peek();
    const next = this.toks[this.i + 1];
    if (w.type === 'name' && (w.text === 'is' || w.text === 'in' || (w.text === 'not' && next?.type === 'name' && next.text === 'in'))) {
      this.i++;
      let negate = w.text === 'not';
      if (negate) this.i++;
      if (w.text === 'is' && this.peek().type === 'name' && this.peek().text === 'not') {
        this.i++;
        negate = true;
      }
      const b = this.sum();
      if (a === undefined || b === undefined) return undefined;
      const r =
        w.text === 'is'
          ? a === null || b === null
            ? a === b
            : undefined
          : Array.isArray(b)
            ? b.some((x) => x === a)
            : typeof a === 'string' && typeof b === 'string'
              ? b.includes(a)
              : undefined;
      return r === undefined ? undefined : negate ? !r : r;
    }
    const op = this.peek().text;
    if (this.peek().type === 'op' && ['==', '!=', '<', '>', '<=', '>='].includes(op)) {
      this.i++;
      const b = this.sum();
      if (typeof a !== 'number' || typeof b !== 'number')
        return op === '==' && a !== undefined && b !== undefined ? a === b : op === '!=' && a !== undefined && b !== undefined ? a !== b : undefined;
      return op === '==' ? a === b : op === '!=' ? a !== b : op === '<' ? a < b : op === '>' ? a > b : op === '<=' ? a <= b : a >= b;
    }
    return a;
  }

  private sum(): PyValue {
    let a = this.term();
    while (this.peek().type === 'op' && (this.peek().text === '+' || this.peek().text === '-')) {
      const op = this.toks[this.i++]!.text;
      const b = this.term();
      if (typeof a === 'number' && typeof b === 'number') a = op === '+' ? a + b : a - b;
      else if (op === '+' && typeof a === 'string' && typeof b === 'string') a = a + b;
      else if (op === '+' && Array.isArray(a) && Array.isArray(b)) a = [...a, ...b];
      else a = undefined;
    }
    return a;
  }

  private term(): PyValue {
    let a = this.unary();
    while (this.peek().type === 'op' && ['*', '/', '//', '%'].includes(this.peek().text)) {
      const op = this.toks[this.i++]!.text;
      const b = this.unary();
      if (typeof a === 'number' && typeof b === 'number') {
        if (op !== '*' && b === 0) a = undefined;
        else a = op === '*' ? a * b : op === '/' ? a / b : op === '//' ? Math.floor(a / b) : a - Math.floor(a / b) * b;
      } else if (op === '/' && typeof a === 'string' && typeof b === 'string') {
        // (A path joined by pathlib's `/`, `Path("models") / "llama-3.2-1B"`: a string only a Path divides.)
        a = joinPaths([a, b]);
      } else if (op === '*' && Array.isArray(a) && typeof b === 'number' && b >= 0 && a.length * b <= 100000) {
        a = Array.from({ length: b }, () => a as PyValue[]).flat();
      } else a = undefined;
    }
    return a;
  }

  private unary(): PyValue {
    const t = this.peek();
    if (t.type === 'op' && (t.text === '-' || t.text === '+')) {
      this.i++;
      const v = this.nested(() => this.unary());
      return typeof v === 'number' ? (t.text === '-' ? -v : v) : undefined;
    }
    return this.power();
  }

  private power(): PyValue {
    const a = this.atom();
    if (this.peek().type === 'op' && this.peek().text === '**') {
      this.i++;
      const b = this.unary();
      return typeof a === 'number' && typeof b === 'number' && Math.abs(b) < 1100 ? a ** b : undefined;
    }
    return a;
  }

  /**
   * An f-string whose every field is a name the reading knows, a string or an integer (`f"biodatlab/whisper-{args.model_id}"`):
   * its text. Undefined where a field is anything else (a format spec, a conversion, an expression), or the string has escapes.
   */
  private formatted(text: string): string | undefined {
    const m = /^([A-Za-z]*)('''|"""|'|")([\s\S]*)\2$/.exec(text);
    if (!m || !/f/i.test(m[1]!) || /[rb]/i.test(m[1]!) || m[3]!.includes('\\')) return undefined;
    let out = '';
    for (const part of m[3]!.split(/(\{\{|\}\}|\{[^{}]*\})/)) {
      if (part === '{{' || part === '}}') out += part[0];
      else if (part.startsWith('{')) {
        const field = part.slice(1, -1).trim();
        if (!/^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/.test(field)) return undefined;
        const { toks } = tokenizePython(field);
        const v = new Expr(toks, 0, this.env, this.configs, this.argparse).parse();
        if (typeof v === 'string' || (typeof v === 'number' && Number.isInteger(v))) out += String(v);
        else return undefined;
      } else if (/[{}]/.test(part)) return undefined;
      else out += part;
    }
    return out;
  }

  private atom(): PyValue {
    const t = this.peek();
    this.i++;
    if (t.type === 'num') return t.value as number;
    if (t.type === 'str') {
      let s = (t.value as string | undefined) ?? this.formatted(t.text);
      // Adjacent string literals concatenate.
      while (this.peek().type === 'str') {
        const next = this.toks[this.i++]!;
        const more = (next.value as string | undefined) ?? this.formatted(next.text);
        s = s === undefined || more === undefined ? undefined : s + more;
      }
      // (A method called on it, `"./whisper-fleurs-small-{}".format(language_code)`: str.format's result where its fields are
      // plain and its arguments known; `"q_proj,v_proj".split(",")`, STRING_METHOD's; any other method's, not known. The
      // expression it stands in reads on.)
      if (this.peek().text === '.' && this.toks[this.i + 1]?.type === 'name' && this.toks[this.i + 2]?.text === '(') {
        const method = this.toks[this.i + 1]!.text;
        this.i += 2;
        const called = this.call(method, `str.${method}`, t.start);
        if (s === undefined || !isCall(called)) return undefined;
        if (method === 'format') return strFormat(s, called.args, called.kwargs);
        const result = STRING_METHOD.test(method) ? stringMethodOf(s, method, called) : undefined;
        return isCall(result) ? undefined : result;
      }
      return s;
    }
    if (t.type === 'name') {
      if (t.text === 'True') return true;
      if (t.text === 'False') return false;
      if (t.text === 'None') return null;
      // A dotted callee (Trainer.Config, tune.grid_search, ray.tune.Tuner): the call is read by its last name, and kept by
      // its whole one.
      let fn = t.text;
      let full = t.text;
      let j = this.i;
      while (this.toks[j]?.text === '.' && this.toks[j + 1]?.type === 'name') {
        fn = this.toks[j + 1]!.text;
        full += `.${fn}`;
        j += 2;
      }
      if (this.toks[j]?.text === '(' && this.toks[j]?.type === 'op') {
        this.i = j;
        const called = this.dictGet(full, this.stringMethod(full, this.call(fn, full, t.start)));
        // (A model the script holds moved or set to a mode, `model = model.to(device)`: that model, not a call to read as a loader.)
        const moved = /^([A-Za-z_]\w*)\.(\w+)$/.exec(full);
        const held = moved && SAME_MODEL.test(moved[2]!) ? this.env.get(moved[1]!) : undefined;
        const value = isCall(held) && loadsModel(held) ? held : called;
        // A loaded model moved or set to a mode (`.to(device)`, `.cuda()`, `.eval()`): the same model.
        while (
          this.peek().text === '.' &&
          this.toks[this.i + 1]?.type === 'name' &&
          SAME_MODEL.test(this.toks[this.i + 1]!.text) &&
          this.toks[this.i + 2]?.text === '('
        ) {
          this.i += 2;
          this.call('');
        }
        // (A parser a function of the script's builds, parsed where it is made: `args = create_parser().parse_args()`, the namespace
        // of the arguments that function adds; a parser built with keywords, `ArgumentParser(description=__doc__)`, is read as the
        // object it returns.)
        const parse = this.toks[this.i + 1]?.text;
        if (
          (isCall(value) || (isDict(value) && /(^|\.)ArgumentParser$/.test(value.cls?.name ?? ''))) &&
          this.peek().text === '.' &&
          PARSE_ARGS.test(parse ?? '') &&
          this.toks[this.i + 2]?.text === '(' &&
          this.toks[this.i + 3]?.text === ')'
        ) {
          this.i += 4;
          return { call: `${full}().${parse!}`, args: [], kwargs: [], at: { start: t.start, end: this.toks[this.i - 1]!.end } };
        }
        // (HfArgumentParser's parse_args_into_dataclasses()[0]: one of its dataclasses, a namespace of the same arguments.)
        if (fn === 'parse_args_into_dataclasses' && this.peek().text === '[' && this.peek().type === 'op') this.skipBrackets();
        // (An attribute of what a call returns, `Accelerator().local_process_index`: read past, unknown; the expression it stands
        // in still read. Not a method called on it, `TransformerConfig.olmo3_32B(…).with_rope_scaling(…)`, read as before.)
        let k = this.i;
        while (this.toks[k]?.text === '.' && this.toks[k]?.type === 'op' && this.toks[k + 1]?.type === 'name') k += 2;
        if (k > this.i && !(this.toks[k]?.type === 'op' && (this.toks[k]!.text === '(' || this.toks[k]!.text === '['))) {
          this.i = k;
          return undefined;
        }
        return value;
      }
      // An argparse namespace's attribute (args = parser.parse_args(), a function of the script's that returns it, `opts, overrides =
      // parser_args()`, or a script's `args` / `opt`): the argument's default.
      const namespace = this.env.get(t.text);
      if (j === this.i + 2 && this.argparse.has(fn) && this.toks[j]?.text !== '[' && this.isNamespace(t.text)) {
        this.i = j;
        return this.argparse.get(fn);
      }
      // (A field of dataclasses the script imports, TRL's ModelConfig under TrlParser: the launch's flag of that name gives it,
      // nothing here does; not a value to warn of.)
      if (j === this.i + 2 && this.toks[j]?.text !== '[' && this.toks[j]?.text !== '(' && isCall(namespace) && DATACLASS_PARSE.test(namespace.call)) {
        this.i = j;
        return null;
      }
      // A torch dtype (torch.bfloat16): its name, as a string.
      if (j === this.i + 2 && t.text === 'torch' && /^(bfloat16|float16|half|float32|float|float8_e4m3fn)$/.test(fn) && this.toks[j]?.text !== '[') {
        this.i = j;
        return fn;
      }
      // (And PEFT's task types, `task_type=TaskType.SEQ_CLS`: the name, as PEFT takes the string "SEQ_CLS".)
      if (j === this.i + 2 && t.text === 'TaskType' && /^[A-Z][A-Z0-9_]*$/.test(fn) && this.toks[j]?.text !== '[' && this.toks[j]?.text !== '(') {
        this.i = j;
        return fn;
      }
      // A constant of a module the script imports whole (`import config`, then `config.MODEL`), which the engine hands it as a
      // dict of that module's values: its value.
      if (j === this.i + 2 && isDict(namespace) && !namespace.cls && isModule(this.env, t.text) && this.toks[j]?.text !== '(' && this.toks[j]?.text !== '[') {
        const entry = namespace.dict.find(([k]) => k === fn);
        if (entry) {
          this.i = j;
          return entry[1];
        }
      }
      // An attribute a plain class of the script's sets (`Config.BERT_PATH`), or one an object of it has from its class (`cfg =
      // CFG()`, then `cfg.model_name`): its value there.
      // (`cfg = CFG()`, a construction given nothing, reads as a call of it.)
      const made = isCall(namespace) && namespace.args.length === 0 && namespace.kwargs.length === 0 ? namespace.call : undefined;
      const attrs = this.env.get(CLASS_ATTRS + (isDict(namespace) && namespace.cls ? namespace.cls.name : (made ?? t.text)));
      const attr =
        j === this.i + 2 && isDict(attrs) && this.toks[j]?.text !== '(' && this.toks[j]?.text !== '[' ? attrs.dict.find(([k]) => k === fn) : undefined;
      if (attr && !(isDict(namespace) && namespace.dict.some(([k]) => k === fn)) && (namespace === undefined || made !== undefined || isDict(namespace))) {
        this.i = j;
        return attr[1];
      }
      // A field of a config object the script constructs (`config = TrainingConfig()` of its own dataclass, then `config.model_name`;
      // `TrainingArguments(per_device_train_batch_size=4)`'s): its value there, where the reading knows it.
      // (And a field of a field that is such an object, `config.model.model_name` where `config = ExperimentConfig(model=
      // ModelConfig(model_name=…))`: each name in turn, while the object before it is one.)
      const fields = (v: PyValue): v is PyDict =>
        isDict(v) && v.cls !== undefined && (this.env.has(CLASS_INIT + v.cls.name) || /(Config|Arguments|Args)$/.test(v.cls.name));
      if (j > this.i && fields(namespace) && this.toks[j]?.text !== '(' && this.toks[j]?.text !== '[') {
        let value: PyValue = namespace;
        let k = this.i;
        while (k < j && fields(value)) {
          const key = this.toks[k + 1]!.text;
          const entry: [string, PyValue, Range, Range] | undefined = value.dict.find(([name]) => name === key);
          if (!entry) break;
          value = entry[1];
          k += 2;
        }
        if (k === j) {
          this.i = j;
          return value;
        }
      }
      // A table of the script's own indexed by a key it knows (`MODEL_CONFIGS[args.config]`, the launch's `--config 7b`): that
      // entry, where nothing follows it; and an entry of that entry (`HF_MODEL_CONFIGS[model_name]['model_id']`).
      if (j === this.i && this.toks[j]?.text === '[' && this.toks[j]?.type === 'op' && isDict(namespace) && !namespace.cls) {
        const from = this.i;
        let table: PyValue = namespace;
        this.i = j;
        while (isDict(table) && !table.cls && this.peek().text === '[' && this.peek().type === 'op') {
          this.i++;
          const key = this.parse();
          const closed = this.peek().text === ']' && this.peek().type === 'op';
          const dict: PyDict = table;
          const entry = closed && (typeof key === 'string' || typeof key === 'number') ? dict.dict.find(([k]) => k === String(key)) : undefined;
          if (!entry) break;
          this.i++;
          table = entry[1];
          const after = this.peek();
          if (!(after.type === 'op' && (after.text === '[' || after.text === '.' || after.text === '('))) return table;
        }
        this.i = from;
      }
      // (And a list of the script's own by a whole number, `source_models[0]`, `MODELS[-1]`: that item, where nothing follows it.)
      if (j === this.i && this.toks[j]?.text === '[' && this.toks[j]?.type === 'op' && Array.isArray(namespace)) {
        const from = this.i;
        this.i = j;
        const item = this.indexed(namespace);
        const after = this.peek();
        if (item !== undefined && !(after.type === 'op' && (after.text === '[' || after.text === '.' || after.text === '('))) return item;
        this.i = from;
      }
      // An attribute or a subscript (args.num_nodes, os.environ['X']): read past it, its value unknown.
      const dotted = j > this.i;
      this.i = j;
      let subscripted = false;
      // (And what follows a subscript: config.platforms[name].num_gpus, x[0][1].y.)
      for (;;) {
        if (this.peek().text === '[' && this.peek().type === 'op') {
          this.skipBrackets();
          subscripted = true;
        } else if (subscripted && this.peek().text === '.' && this.toks[this.i + 1]?.type === 'name') this.i += 2;
        else break;
      }
      if (dotted || subscripted) return undefined;
      // (The script's argparse namespace by a name it goes by, handed whole to a function of the script's, `load_base_model(args)`:
      // that namespace, the parsing call it comes from, so that the function's `args.model_name_or_path` is the argument's default.)
      if (!this.env.has(t.text) && this.isNamespace(t.text)) return { call: 'parse_args', args: [], kwargs: [], at: { start: t.start, end: t.end } };
      return this.env.has(t.text) ? this.env.get(t.text) : undefined;
    }
    if (t.type === 'op' && (t.text === '(' || t.text === '[')) {
      const close = t.text === '(' ? ')' : ']';
      // A comprehension (`[m.strip() for m in args.lora_target_modules.split(",")]`): its items where it is known, else unknown
      // (its brackets passed over, not the rest of the line).
      const comprehension = this.comprehension(close);
      if (comprehension !== false) return comprehension;
      const items: PyValue[] = [];
      let tuple = t.text === '[';
      while (this.peek().text !== close && this.peek().type !== 'end') {
        items.push(this.parse());
        if (this.peek().text === ',') {
          this.i++;
          tuple = true;
        } else break;
      }
      if (this.peek().text !== close) return this.fail();
      this.i++;
      return tuple ? items : items[0];
    }
    if (t.type === 'op' && t.text === '{') {
      // (A dict or set comprehension, `{i: label for i, label in enumerate(labels)}`: unknown, or a set's known items, past its
      // braces; the call it is given to is still read.)
      const comprehension = this.comprehension('}');
      if (comprehension !== false) return comprehension;
      const dict: [string, PyValue, Range, Range][] = [];
      // (A later key's value over an earlier one's, in the earlier one's place, as Python's dict display has it.)
      const put = (entry: [string, PyValue, Range, Range]) => {
        const at = dict.findIndex(([name]) => name === entry[0]);
        if (at >= 0) dict[at] = entry;
        else dict.push(entry);
      };
      while (this.peek().text !== '}' && this.peek().type !== 'end') {
        // (A dict unpacked into it, `{**configs[model_size], "lr": 1e-4}`: its entries, where the reading knows it.)
        if (this.peek().type === 'op' && this.peek().text === '**') {
          this.i++;
          const v = this.parse();
          if (!isDict(v) || v.cls) return this.fail();
          for (const entry of v.dict) put(entry);
          if (this.peek().text === ',') this.i++;
          else break;
          continue;
        }
        const k = this.peek();
        const key = this.parse();
        if (this.peek().text !== ':') return this.fail();
        this.i++;
        const vs = this.peek().start;
        const v = this.parse();
        const ve = this.toks[this.i - 1]?.end ?? vs;
        if (typeof key === 'string' || typeof key === 'number') put([String(key), v, { start: k.start, end: k.end }, { start: vs, end: ve }]);
        if (this.peek().text === ',') this.i++;
        else break;
      }
      if (this.peek().text !== '}') return this.fail();
      this.i++;
      return { dict };
    }
    return undefined;
  }

  /**
   * At a bracket just opened: where its first `for` (at this depth) makes it a comprehension, `ELEMENT for NAME in ITERABLE`, the
   * element for each item of an iterable this file knows (a list, or a known string's split), read with NAME bound to it; unknown
   * where the iterable is not known or an `if` filters it. Past the closing bracket either way. False where it is not one.
   */
  private comprehension(close: string): PyValue | false {
    const open = this.i;
    let depth = 0;
    let at = -1;
    let end = -1;
    for (let k = open; k < this.toks.length; k++) {
      const t = this.toks[k]!;
      // (The tokenizer ends no line inside brackets: a line's end first is a bracket left open, not one to look past.)
      if (t.type === 'end' || t.type === 'nl') return false;
      if (t.type === 'op' && (t.text === '(' || t.text === '[' || t.text === '{')) depth++;
      else if (t.type === 'op' && (t.text === ')' || t.text === ']' || t.text === '}')) {
        if (depth === 0) {
          end = k;
          break;
        }
        depth--;
      } else if (depth === 0 && t.type === 'name' && t.text === 'for' && at < 0) at = k;
    }
    if (at < 0 || end < 0 || this.toks[end]!.text !== close) return false;
    this.i = end + 1;
    // (A dict a script filters by the keys a signature takes, `{k: v for k, v in wanted.items() if k in params}` before
    // `TrainingArguments(**final_args)`: the dict it filters, its keys being that class's.)
    const w = this.toks.slice(open, at + 10).map((x) => x.text);
    if (
      close === '}' &&
      at === open + 3 &&
      w[1] === ':' &&
      w[4] === w[0] &&
      w[5] === ',' &&
      w[6] === w[2] &&
      w[7] === 'in' &&
      w[9] === '.' &&
      this.toks[at + 7]?.text === 'items' &&
      this.toks[at + 8]?.text === '(' &&
      this.toks[at + 9]?.text === ')' &&
      (at + 10 === end || this.toks[at + 10]?.text === 'if')
    ) {
      const filtered = this.env.get(w[8]!);
      if (isDict(filtered)) return filtered;
    }
    const split = this.decaySplit(open, at, end);
    if (split) return split;
    const name = this.toks[at + 1];
    if (name?.type !== 'name' || this.toks[at + 2]?.text !== 'in') return undefined;
    // (Its `if`, `[m.strip() for m in args.target_modules.split(",") if m.strip()]`: the items it keeps, where it is known of each.
    // The iterable read alone, to that `if`; not one with a second `for` after it.)
    let cond = -1;
    for (let k = at + 3, depth = 0; k < end; k++) {
      const t = this.toks[k]!;
      if (t.type === 'op' && (t.text === '(' || t.text === '[' || t.text === '{')) depth++;
      else if (t.type === 'op' && (t.text === ')' || t.text === ']' || t.text === '}')) depth--;
      else if (depth === 0 && t.type === 'name' && t.text === 'for') return undefined;
      else if (depth === 0 && t.type === 'name' && t.text === 'if' && cond < 0) cond = k;
    }
    const upTo = (from: number, to: number) => [
      ...this.toks.slice(from, to),
      { type: 'end' as const, text: '', start: this.toks[to]!.start, end: this.toks[to]!.start },
    ];
    const over = upTo(at + 3, cond < 0 ? end : cond);
    const source = new Expr(over, 0, this.env, this.configs, this.argparse);
    const iterable = source.parse();
    if (source.i !== over.length - 1 || !Array.isArray(iterable)) return undefined;
    const filter = cond < 0 ? undefined : upTo(cond + 1, end);
    const items: PyValue[] = [];
    for (const item of iterable) {
      const bound = new Map(this.env).set(name.text, item);
      if (filter) {
        const test = new Expr(filter, 0, bound, this.configs, this.argparse);
        const v = test.parse();
        const kept = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null || Array.isArray(v) ? truthy(v) : undefined;
        if (test.i !== filter.length - 1 || kept === undefined) return undefined;
        if (!kept) continue;
      }
      const element = new Expr(this.toks, open, bound, this.configs, this.argparse);
      const value = element.parse();
      if (element.i !== at) return undefined;
      items.push(value);
    }
    return items;
  }

  /**
   * The weight-decay split of a model's parameters into an optimizer's groups (Hugging Face's examples, BERT's run_classifier):
   * `[p for n, p in model.named_parameters() if not any(nd in n for nd in no_decay)]`, and its complement with `any(…)`, where
   * `no_decay` names the biases and norms. The model's parameters (`model.parameters()`), its side of the split kept as `@decay`
   * (true: the weights that decay), so that a reader can tell both groups together from one. Over `model.named_parameters()` or
   * a name bound to it (`param_optimizer = list(model.named_parameters())`). Undefined where the comprehension is not this one.
   */
  private decaySplit(open: number, at: number, end: number): PyCall | undefined {
    const w = this.toks.slice(open, end).map((x) => x.text);
    const n = w[2]!;
    if (at !== open + 1 || !/^[A-Za-z_]\w*$/.test(n) || w[3] !== ',' || w[4] !== w[0] || w[5] !== 'in') return undefined;
    const cond = w.indexOf('if', 6);
    if (cond < 0) return undefined;
    // (The iterable read alone: its `if` is the comprehension's filter, not a conditional expression's.)
    const last = this.toks[open + cond]!;
    const toks = [...this.toks.slice(open + 6, open + cond), { type: 'end' as const, text: '', start: last.start, end: last.start }];
    const source = new Expr(toks, 0, this.env, this.configs, this.argparse);
    const iterable = source.parse();
    if (source.i !== toks.length - 1) return undefined;
    const over = isCall(iterable) && iterable.call === 'list' && iterable.args.length === 1 ? iterable.args[0] : iterable;
    const model = isCall(over) && !over.args.length && !over.kwargs.length ? /^([A-Za-z_][\w.]*)\.named_parameters$/.exec(over.call)?.[1] : undefined;
    if (!model) return undefined;
    // (`if not any(nd in n for nd in no_decay)` or `if any(…)`; either after `p.requires_grad and`, the parameters the script
    // leaves trainable, which are all of them where it freezes none.)
    const trainable = [w[0], '.', 'requires_grad', 'and'];
    const from = trainable.every((x, i) => w[cond + 1 + i] === x) ? cond + 1 + trainable.length : cond + 1;
    const negated = w[from] === 'not';
    const t = w.slice(from + (negated ? 1 : 0)).join(' ');
    if (!new RegExp(`^any \\( ([A-Za-z_]\\w*) in ${n} for \\1 in [A-Za-z_]\\w* \\)$`).test(t)) return undefined;
    const range = { start: this.toks[open]!.start, end: this.toks[end - 1]!.end };
    return { call: `${model}.parameters`, args: [], kwargs: [['@decay', negated, range, range]], at: range };
  }

  /** A name the script's argparse namespace goes by (args = parser.parse_args(), a function of the script's that returns it, or `args`). */
  private isNamespace(name: string): boolean {
    const namespace = this.env.get(name);
    return (
      (isCall(namespace) &&
        /(^|\.)parse_(known_)?args(_into_dataclasses|_and_config)?$|(^|\.)parse_(yaml|json)_file$|^(get_|parse_|parser_)(args|arguments|opts|options)$/.test(
          namespace.call,
        )) ||
      (!this.env.has(name) && NAMESPACES.has(name)) ||
      // (The parsed dataclasses merged into one, `argparse.Namespace(**vars(model_args), **vars(lora_args), …)` as QLoRA's qlora.py
      // does: their fields, the launch's flags.)
      (isCall(namespace) && /^(argparse\.)?Namespace$/.test(namespace.call) && namespace.args.length === 0 && namespace.kwargs.length === 0) ||
      // (A name it takes through the script's own functions, where nothing else is known of it: namespaceNames.)
      (this.argparse instanceof ArgparseDefaults && this.argparse.namespaces.has(name) && (!this.env.has(name) || isCall(namespace)))
    );
  }

  /** A dict this script knows read with .get (`config.get("lora_r", 8)`): its value for the key, else the default given (None). */
  private dictGet(full: string, value: PyValue): PyValue {
    const m = /^([A-Za-z_]\w*)\.get$/.exec(full);
    const d = m ? this.env.get(m[1]!) : undefined;
    if (!m || !isCall(value) || !isDict(d) || value.kwargs.length > 0 || typeof value.args[0] !== 'string' || value.args.length > 2) return value;
    const entry = d.dict.find(([k]) => k === value.args[0]);
    return entry ? entry[1] : value.args.length > 1 ? value.args[1] : null;
  }

  /**
   * A string method called on a string this script knows (`args.model_key.replace("_", "-")`, `name.strip()`): its result; else the
   * call as read.
   */
  private stringMethod(full: string, value: PyValue): PyValue {
    const m = /^([A-Za-z_]\w*)(?:\.([A-Za-z_]\w*))?\.(\w+)$/.exec(full);
    if (!m || !isCall(value) || !STRING_METHOD.test(m[3]!)) return value;
    const [, name, attr, method] = m;
    const s = attr === undefined ? this.env.get(name!) : this.isNamespace(name!) ? this.argparse.get(attr) : undefined;
    return typeof s === 'string' ? stringMethodOf(s, method!, value) : value;
  }

  /** int(), float(), min(), max(), abs(), round(), dict(k=v, ...); other calls are unknown. */
  private call(fn: string, full = fn, start = this.peek().start): PyValue {
    const open = this.i;
    this.i++; // (
    const args: PyValue[] = [];
    const kwargs: [string, PyValue, Range, Range][] = [];
    while (this.peek().text !== ')' && this.peek().type !== 'end') {
      const t = this.peek();
      // f(**kwargs): a dict's keywords, each where the dict wrote it (from_pretrained(MODEL_ID, **model_kwargs)); f(*args): its items.
      if (t.type === 'op' && (t.text === '**' || t.text === '*')) {
        this.i++;
        const v = this.parse();
        if (t.text === '**' && isDict(v)) kwargs.push(...(v.dict as [string, PyValue, Range, Range][]));
        else if (t.text === '*' && Array.isArray(v)) args.push(...(v as PyValue[]));
      } else if (t.type === 'name' && this.toks[this.i + 1]?.text === '=') {
        this.i += 2;
        const vs = this.peek().start;
        const v = this.indexed(this.parse());
        kwargs.push([t.text, v, { start: t.start, end: t.end }, { start: vs, end: this.toks[this.i - 1]?.end ?? vs }]);
      } else args.push(this.indexed(this.parse()));
      if (this.peek().text === ',') this.i++;
      else break;
    }
    if (this.peek().text !== ')') {
      // (A loading call whose argument the reading cannot follow, `yaml.safe_load((ROOT / "config.yaml").read_text())`: the
      // path it writes, past its brackets.)
      if (this.loads(fn, full)) {
        this.i = open;
        this.skipBrackets();
        const written = this.writtenPath(fn, full, open);
        if (written !== undefined) return this.loadedTree(written, start);
      }
      return this.fail();
    }
    this.i++;
    // (len(sys.argv): the command line's length, where it is known.)
    if (fn === 'len' && this.i - open === 5 && ['sys', '.', 'argv'].every((w, k) => this.toks[open + 1 + k]?.text === w)) return this.env.get(ARGV_LENGTH);
    const nums = args.every((a) => typeof a === 'number') ? (args as number[]) : undefined;
    switch (fn) {
      case 'dict':
        return args.length === 0 ? { dict: kwargs } : undefined;
      case 'int':
        return nums?.length === 1 ? Math.trunc(nums[0]!) : typeof args[0] === 'string' && /^\s*-?\d+\s*$/.test(args[0]) ? Number(args[0]) : undefined;
      case 'float':
        return nums?.length === 1
          ? nums[0]
          : typeof args[0] === 'string' && args[0].trim() !== '' && Number.isFinite(Number(args[0]))
            ? Number(args[0])
            : undefined;
      case 'min':
        return nums && nums.length ? Math.min(...nums) : undefined;
      case 'max':
        return nums && nums.length ? Math.max(...nums) : undefined;
      case 'abs':
        return nums?.length === 1 ? Math.abs(nums[0]!) : undefined;
      case 'round':
        return nums?.length === 1 ? Math.round(nums[0]!) : undefined;
      // range(a, b[, step]) of integers (layers_to_transform=list(range(20, 36))), and list() of a list: its items.
      case 'range': {
        const [a, b, step = 1] = nums?.length === 1 ? [0, nums[0]!] : (nums ?? []);
        if (!nums || nums.length < 1 || nums.length > 3 || kwargs.length || ![a, b, step].every((x) => Number.isInteger(x)) || step === 0) return undefined;
        const n = Math.max(0, Math.ceil((b! - a!) / step));
        return n <= 100000 ? Array.from({ length: n }, (_, k) => a! + k * step) : undefined;
      }
      case 'list':
        return args.length === 1 && kwargs.length === 0 && Array.isArray(args[0])
          ? args[0]
          : { call: full, args, kwargs, at: { start, end: this.toks[this.i - 1]?.end ?? start } };
      case 'str':
        return args.length === 1 && kwargs.length === 0 && typeof args[0] === 'string'
          ? args[0]
          : { call: full, args, kwargs, at: { start, end: this.toks[this.i - 1]?.end ?? start } };
      default: {
        // A config file the script loads (`yaml.safe_load(open("config.yaml"))`, a `with open(args.config) as f:`'s
        // `yaml.safe_load(f)`, `OmegaConf.load(path)`, a function of its own that does, `load_config(args.config)`): what the
        // file holds where the reading is given it (LOADED), else a call the engine looks for the file by (LOADS_CONFIG).
        const loaded = this.loadedPath(fn, full, args) ?? this.writtenPath(fn, full, open);
        if (loaded !== undefined) return this.loadedTree(loaded, start);
        // (A model's download from the Hub or ModelScope, `model_dir = snapshot_download("qwen/Qwen2-1.5B-Instruct", …)`: the folder
        // it returns holds that model, whose id stands for it.)
        if (/(^|\.)snapshot_download$/.test(full)) {
          const id = args[0] ?? kwargs.find(([k]) => k === 'repo_id' || k === 'model_id')?.[1];
          if (typeof id === 'string' && /^[\w.-]+\/[\w.-]+$/.test(id)) return id;
        }
        // os.environ.get("X", default) / os.getenv("X", default): the environment's value where the launch script that runs
        // this one exports it, else the script's default. (So too a project's wrapper of them by its usual name, `get_env("HF_MODEL",
        // DEFAULT_MODEL)` from an env_config module.)
        const wrapper = /^(\w+\.)?get_?env(_var)?$/.test(full) && !/^(os\.)?getenv$/.test(full);
        if ((/^(os\.)?(environ\.get|getenv)$/.test(full) || (wrapper && args.length === 2)) && typeof args[0] === 'string') {
          const environ = this.env.get(ENVIRON);
          const set = isDict(environ) ? environ.dict.find(([k]) => k === args[0]) : undefined;
          if (set) return set[1];
          return args.length > 1 ? args[1] : kwargs.find(([k]) => k === 'default')?.[1];
        }
        // (A path the script makes of paths it writes, `os.path.abspath("./llm-models/Qwen3-0.6B-Base")`, `os.path.join("models",
        // "qwen2-7b")`: that path, relative where it was, its last folder's name being what names a model.)
        if (/^os\.path\.(abspath|expanduser|normpath|realpath|join)$/.test(full) && args.length && !kwargs.length && args.every((a) => typeof a === 'string')) {
          const parts = args as string[];
          if (full !== 'os.path.join') return parts.length === 1 ? parts[0] : undefined;
          return joinPaths(parts);
        }
        // (And pathlib's, `Path("models/Qwen3-1.7B")`: the path it names, as a string; its `/` joins one to another, term().)
        if (/^(pathlib\.)?(Pure|Posix)?Path$/.test(full) && args.length && !kwargs.length && args.every((a) => typeof a === 'string')) {
          return joinPaths(args as string[]);
        }
        // An earlier config function of the registry: its config.
        if (args.length === 0 && kwargs.length === 0 && this.configs.has(fn)) return this.configs.get(fn)!.value;
        // (Or its config for these arguments, bound to its parameters by position and keyword.)
        const helper = this.configs.get(fn);
        if (helper?.params && helper.rerun && args.length <= helper.params.length) {
          return helper.rerun(bindArgs(helper.params, args, kwargs));
        }
        // A model class of the script's own over a pretrained model (MODEL_CLASS): that model's loading call, read with the
        // class's __init__ parameters the values given here (or their defaults), the class named among its keywords.
        const model = this.env.get(MODEL_CLASS + full);
        if (Array.isArray(model)) {
          const [init, loads] = model as number[];
          const params = parameters(this.toks, init!).filter((d) => d.name.text !== 'self');
          const given = bindArgs(
            params.map((d) => d.name.text),
            args,
            kwargs,
          );
          const scope = new Map(this.env);
          for (const d of params) {
            if (given.has(d.name.text)) scope.set(d.name.text, given.get(d.name.text));
            else if (d.at !== undefined) scope.set(d.name.text, new Expr(this.toks, d.at, this.env, this.configs, this.argparse).parse());
          }
          const loaded = new Expr(this.toks, loads!, scope, this.configs, this.argparse).parse();
          const at = { start, end: start + full.length };
          const also = this.env.get(MODEL_CLASS_ALSO + full);
          if (isCall(loaded))
            return {
              ...loaded,
              kwargs: [
                ...loaded.kwargs,
                [OWN_MODEL, full, at, at],
                ...(typeof also === 'string' ? [[OWN_MODEL_ALSO, also, at, at] as [string, PyValue, Range, Range]] : []),
              ],
            };
        }
        // A class constructed from keywords only (TrainingConfig(seq_len=8192)): its keywords, as a dict.
        // (And an arguments or config class given its first field by position, a folder, then keywords: `TrainingArguments("out",
        // num_train_epochs=3)`, whose output_dir is that, or one the script computes, `f"{model_name}-trainer"`.)
        const named = args.length === 0 || (args.length === 1 && (typeof args[0] === 'string' || args[0] === undefined) && /(Arguments|Config)$/.test(fn));
        // (A config class whose keyword defaults the reading knows, CLASS_INIT: those its keywords leave, then its keywords.)
        const init = this.env.get(CLASS_INIT + full);
        if (/^[A-Z]/.test(fn) && isDict(init) && args.length === 0) {
          // (A keyword its __init__ stores under another attribute, `dmodel=1536` into hidden_size: that key too.)
          const renames = this.env.get(CLASS_RENAMES + full);
          const renamed = isDict(renames)
            ? kwargs.flatMap(([k, v, kr, vr]) => renames.dict.filter(([from]) => from === k).map(([, to]): (typeof kwargs)[number] => [String(to), v, kr, vr]))
            : [];
          const all = [...kwargs, ...renamed];
          const given = new Set(all.map(([k]) => k));
          return { dict: [...init.dict.filter(([k]) => !given.has(k)), ...all], cls: { name: full, at: { start, end: start + full.length } } };
        }
        if (/^[A-Z]/.test(fn) && named && kwargs.length > 0) return { dict: kwargs, cls: { name: full, at: { start, end: start + full.length } } };
        // A registry lookup by name (model_registry("8B")): the name.
        if (/registry$/i.test(fn) && args.length === 1 && kwargs.length === 0 && typeof args[0] === 'string') return args[0];
        return { call: full, args, kwargs, at: { start, end: this.toks[this.i - 1]?.end ?? start } };
      }
    }
  }

  /**
   * An argument indexed after a call, `model_name=args.model_id.split("/")[-1]`: the item where the list and the index are known,
   * else unknown; the call's other arguments still read.
   */
  private indexed(value: PyValue): PyValue {
    let result = value;
    while (this.peek().text === '[' && this.peek().type === 'op') {
      const from = this.i;
      this.i++;
      const index = this.parse();
      const closed = this.peek().text === ']' && this.peek().type === 'op';
      if (closed && Array.isArray(result) && typeof index === 'number' && Number.isInteger(index) && index >= -result.length && index < result.length) {
        this.i++;
        result = result[index < 0 ? result.length + index : index];
      } else {
        this.i = from;
        this.skipBrackets();
        result = undefined;
      }
    }
    return result;
  }

  /** The path of a config file a call loads (Expr.call), where it is one and the path is known. */
  private loadedPath(fn: string, full: string, args: readonly PyValue[]): string | undefined {
    const a = args[0];
    // (A path written as pathlib's Path("config.yaml") is that path.)
    const path = (v: PyValue) =>
      typeof v === 'string'
        ? v
        : isCall(v) && /^(pathlib\.)?Path$/.test(v.call) && v.args.length === 1 && typeof v.args[0] === 'string'
          ? v.args[0]
          : undefined;
    if (PARSES_FILE.test(full)) return isCall(a) && /^(io\.|codecs\.)?open$/.test(a.call) ? path(a.args[0]) : undefined;
    if (LOADS_PATH.test(full)) return path(a);
    const loader = this.ownLoader(fn, full);
    return loader === undefined ? undefined : (loader.path ?? path(a) ?? (args.length === 0 ? loader.fallback : undefined));
  }

  /**
   * A loader of the script's own this call is (configLoaders): the path it writes itself, else none (its first parameter's),
   * with that parameter's default path where it has one.
   */
  private ownLoader(fn: string, full: string): { readonly path?: string; readonly fallback?: string } | undefined {
    const own = this.env.get(LOADERS);
    const entry = full === fn && isDict(own) ? own.dict.find(([name]) => name === fn) : undefined;
    if (entry === undefined) return undefined;
    const v = entry[1];
    return Array.isArray(v) ? { fallback: String(v[0]) } : v !== '' ? { path: String(v) } : {};
  }

  /** Whether a call loads a config file (Expr.loadedPath), its path known or not. */
  private loads(fn: string, full: string): boolean {
    return PARSES_FILE.test(full) || LOADS_PATH.test(full) || this.ownLoader(fn, full) !== undefined;
  }

  /**
   * What a config file a call loads holds (Expr.call), where it is given the reading (LOADED), else the call the engine looks
   * for the file by (LOADS_CONFIG).
   */
  private loadedTree(path: string, start: number): PyValue {
    const tree = this.env.get(LOADED + path);
    return tree !== undefined ? tree : { call: LOADS_CONFIG, args: [path], kwargs: [], at: { start, end: this.toks[this.i - 1]?.end ?? start } };
  }

  /**
   * The one config file's path a loading call's arguments write, from its opening bracket (`open`) to the token before this.i,
   * where the path is not a value the reading knows: `yaml.safe_load((ROOT / "config.yaml").read_text())`, a path under the
   * script's folder.
   */
  private writtenPath(fn: string, full: string, open: number): string | undefined {
    return this.loads(fn, full) ? configLiteral(this.toks.slice(open, this.i)) : undefined;
  }

  /** Skips a bracketed subscript and what it nests. */
  private skipBrackets(): void {
    let depth = 0;
    do {
      const t = this.peek();
      if (t.type === 'end') return;
      if (t.type === 'op' && (t.text === '[' || t.text === '(' || t.text === '{')) depth++;
      else if (t.type === 'op' && (t.text === ']' || t.text === ')' || t.text === '}')) depth--;
      this.i++;
    } while (depth > 0);
  }

  /** Gives up on this expression: skip to the end of the logical line. */
  private fail(): undefined {
    while (this.peek().type !== 'nl' && this.peek().type !== 'end') this.i++;
    return undefined;
  }
}

/**
 * str.format over a template whose fields are plain (`{}`, `{0}`, `{name}`; no format spec, conversion or escaped brace), each
 * argument it takes a string or a number: the string; else undefined.
 */
function strFormat(template: string, args: readonly PyValue[], kwargs: readonly (readonly [string, PyValue, ...unknown[]])[]): string | undefined {
  if (/\{\{|\}\}/.test(template) || /\{[^}]*[:!][^}]*\}/.test(template)) return undefined;
  let next = 0;
  let known = true;
  const out = template.replace(/\{(\d*|[A-Za-z_]\w*)\}/g, (_, field: string) => {
    const v = field === '' ? args[next++] : /^\d+$/.test(field) ? args[Number(field)] : kwargs.find(([k]) => k === field)?.[1];
    if (typeof v === 'string' || typeof v === 'number') return String(v);
    known = false;
    return '';
  });
  return known && !/[{}]/.test(out) ? out : undefined;
}

/** A local path's test, `os.path.exists(…)` (isdir, isfile): false on a fresh checkout, where the run's own output is not there yet. */
const LOCAL_PATH_TEST = /(^|\.)path\.(exists|isdir|isfile)$/;

function truthy(v: PyValue): boolean {
  if (Array.isArray(v)) return v.length > 0;
  if (isDict(v)) return v.dict.length > 0;
  // (A call's result is taken as true, as the GPUs analyzed answer `torch.cuda.is_available()` and `is_bf16_supported()`; Apple's
  // MPS backend, `torch.backends.mps.is_available()`, is not theirs.)
  // (Nor a local path's `os.path.exists(…)`: on a fresh checkout, where the script's own output is not there yet, false: `"./model"
  // if os.path.exists("./model") else "xlm-roberta-base"` starts from the published model.)
  if (isCall(v)) return !/(^|\.)(backends\.mps\.is_available|is_mps_available)$/.test(v.call) && !LOCAL_PATH_TEST.test(v.call);
  return Boolean(v);
}

/** Evaluates one Python expression (e.g. Megatron's `--moe-layer-freq "([0]*3+[1]*29)"`); null when unknown. */
export function evaluateExpression(text: string): FactValue {
  const { toks, error } = tokenizePython(text);
  if (error) return null;
  const e = new Expr(toks, 0, new Map());
  const v = e.parse();
  return toks[e.i]?.type === 'end' || toks[e.i]?.type === 'nl' ? toFact(v) : null;
}

/** Methods that return the module they are called on (moved, cast or set to a mode): `from_pretrained(…).to(device)`. */
const SAME_MODEL = /^(to|cuda|cpu|eval|train|half|float|bfloat16|requires_grad_)$/;

/**
 * The value of an `if` condition that is a module-level constant the script sets (`NAME`, `not NAME`, a bool or a number) or a
 * flag of its parsed arguments (`args.use_peft`: its default, or the launch's value), or a comparison the reader can evaluate
 * (`args.mode == "pretrain"`), from the token after `if` to its `:`; undefined for any other condition.
 */
function constantCondition(toks: readonly Tok[], at: number, env: ReadonlyMap<string, PyValue>, argparse: ReadonlyMap<string, PyValue>): boolean | undefined {
  let k = at;
  let negate = false;
  if (toks[k]?.type === 'name' && toks[k]!.text === 'not') {
    negate = true;
    k++;
  }
  // (Or a flag of the script's parsed arguments, `if script_args.use_peft:`: its default, or what the launch gives it.)
  const flag = toks[k]?.type === 'name' && toks[k + 1]?.text === '.' && toks[k + 2]?.type === 'name' ? toks[k + 2] : undefined;
  if (flag && toks[k + 3]?.type === 'op' && toks[k + 3]!.text === ':') {
    const v = argparse.get(flag.text);
    const b = typeof v === 'string' && /^(true|false)$/i.test(v) ? v.toLowerCase() === 'true' : v;
    // (A default of None, or a path, by Python's truth: `if not args.base_checkpoint:` under `default=None` holds.)
    return typeof b === 'boolean' || typeof b === 'number' || typeof b === 'string' || b === null ? truthy(b) !== negate : undefined;
  }
  const name = toks[k];
  if (name?.type !== 'name' || toks[k + 1]?.type !== 'op' || toks[k + 1]!.text !== ':') {
    // (A comparison of what the script knows, `if args.mode == "finetune":` with the mode its launch or its default gives.)
    const p = new Expr(toks, at, env, new Map(), argparse);
    const v = p.parse();
    // (Or a plain value, by Python's truth: `if "gpt-j" or …:` holds. The expression read from `at` has its `not` already.)
    // (Or a local path's `os.path.isdir(…)`, false as truthy() takes it: `if os.path.isdir(checkpoint):` resumes a run's own output,
    // its `else:` loads the published model.)
    const plain = typeof v === 'boolean' || typeof v === 'string' || typeof v === 'number' || v === null || (isCall(v) && LOCAL_PATH_TEST.test(v.call));
    return plain && toks[p.i]?.type === 'op' && toks[p.i]!.text === ':' ? truthy(v) : undefined;
  }
  const v = env.get(name.text);
  if (typeof v !== 'boolean' && typeof v !== 'number') return undefined;
  return Boolean(v) !== negate;
}

/** A value the shell takes as one word as it is written, unquoted. */
const SHELL_WORD = /^[\w./:=+@%,-]+$/;

/** A value as one shell word: as it is where unquoted it is one, else in single quotes; undefined where those would not hold it. */
function shellWord(value: string): string | undefined {
  if (SHELL_WORD.test(value)) return value;
  return value.includes("'") || /[\n\\]/.test(value) ? undefined : `'${value}'`;
}

/** The class whose body holds token `at`: the nearest `class NAME` before it that starts a statement; undefined where none does. */
function enclosingClass(toks: readonly Tok[], at: number): string | undefined {
  for (let k = at - 1; k >= 0; k--) if (toks[k]!.text === 'class' && toks[k + 1]?.type === 'name' && startsStatement(toks, k)) return toks[k + 1]!.text;
  return undefined;
}

/** Whether token k starts a statement: the text's first, or the first of its line. */
function startsStatement(toks: readonly Tok[], k: number): boolean {
  return k === 0 || toks[k - 1]!.type === 'nl' || toks[k - 1]!.type === 'indent';
}

/** The calls that run a command given as a list of its words: subprocess's. */
const RUNS_ARGV = /^(subprocess\.)?(run|call|check_call|check_output|Popen)$/;

/** os's calls that replace the process with a command, its words their second argument (`os.execvp(cmd[0], cmd)`). */
const EXEC_ARGV = /^exec(v|vp|ve|vpe)$/;

/**
 * The arguments a script's argparse requires whose author writes a default for them anyway (`add_argument("--model_ckpt",
 * required=True, default="google/gemma-2b")`; argparse never uses it, the command line must give one): each dest with that
 * default, a plain string, number or boolean written as such, and where it is written.
 */
export function requiredDefaults(text: string): { dest: string; value: string | number | boolean; range: Range }[] {
  const { toks, error } = tokenizePython(text);
  if (error) return [];
  const args = argparseDefaults(toks, new Map(), topLevelFunctions(toks));
  return [...args.requiredDefaults].map(([dest, value]) => ({ dest, value, range: args.where.get(dest)!.value }));
}

/**
 * A script's commands as a shell script: each list of words it hands subprocess to run (`subprocess.run(cmd, check=True)` after
 * `cmd = [sys.executable, "LLaMA-Factory/src/train.py", "--stage", "sft", …]`, or the list written in the call), at the offsets
 * the words are written (the text's length kept, all else blank), for a script that only launches a trainer to be read as that
 * launch. A string word is its value (quoted where the shell would split it), a name the script assigns a string or a number
 * the shell's variable of that name (assigned where the script writes it), `sys.executable` the interpreter, any other word one
 * the reading cannot know (`$V`). And each command line it hands a shell (`os.system(cmd)`, subprocess's with `shell=True`, after
 * `cmd = f"""deepspeed train_mem.py --lora_r 64 …"""`), as the string is written: an f-string's `{NAME}` the shell's `${NAME}`
 * where the script assigns NAME a string, any other `{…}` a variable the reading cannot know. So too a function of the script's
 * own that runs what it is given, `def run(cmd): subprocess.run(cmd, shell=True)`, where the script calls it. Undefined where
 * it runs none.
 */
export function pythonCommands(text: string): string | undefined {
  const { toks } = tokenizePython(text);
  const lists = new Map<string, number>();
  const runs: number[] = [];
  // (Command lines: the string tokens of each, adjacent ones concatenated; and the strings the script names, `cmd = f"…"`.)
  const lines: [number, number][] = [];
  const strings = new Map<string, number>();
  const stringsAt = (at: number): [number, number] | undefined => {
    const first = toks[at]?.text === '(' ? at + 1 : at;
    let end = first;
    while (toks[end]?.type === 'str') end++;
    return end > first && (toks[end]?.text === ')' || toks[end]?.text === ',' || toks[end]?.type === 'nl' || toks[end]?.type === 'end')
      ? [first, end]
      : undefined;
  };
  const wrappers = commandWrappers(toks);
  for (let k = 0; k + 2 < toks.length; k++) {
    const t = toks[k]!;
    // (`cmd = [` at a statement's start.)
    if (t.type === 'name' && toks[k + 1]?.text === '=' && toks[k + 2]?.text === '[' && startsStatement(toks, k)) lists.set(t.text, k + 2);
    if (t.type === 'name' && toks[k + 1]?.text === '=' && startsStatement(toks, k) && stringsAt(k + 2)) strings.set(t.text, k + 2);
    if (t.type !== 'name' || toks[k + 1]?.text !== '(') continue;
    const dotted = toks[k - 1]?.text === '.' ? toks[k - 2]?.text : undefined;
    // (A command line the script hands a shell: os.system's, subprocess's with shell=True, or its own function's that runs one.)
    const own = dotted === undefined && toks[k - 1]?.text !== 'def' ? wrappers.get(t.text) : undefined;
    if (own === 'shell' || runsShell(toks, k)) {
      const arg = toks[k + 2];
      const line =
        arg?.type === 'name' && strings.has(arg.text) && (toks[k + 3]?.text === ')' || toks[k + 3]?.text === ',')
          ? stringsAt(strings.get(arg.text)!)
          : stringsAt(k + 2);
      // (Not a list handed so, `subprocess.run([...], shell=True)`: read as its words below, as without it.)
      if (line) {
        lines.push(line);
        continue;
      }
    }
    // (Or os's exec family, given the words second, `os.execvp(cmd[0], cmd)`: the process becomes that command.)
    const exec = EXEC_ARGV.test(t.text) && dotted === 'os';
    if (!exec && own !== 'argv') {
      if (!RUNS_ARGV.test(t.text)) continue;
      if (dotted !== undefined && dotted !== 'subprocess') continue;
      if (dotted === undefined && t.text !== 'Popen' && !/\bfrom\s+subprocess\s+import\b/.test(text)) continue;
    }
    // (The argument that holds the words: subprocess's first; exec's second, past the first's top-level comma.)
    let at = k + 2;
    if (exec) {
      for (let depth = 0; at < toks.length && toks[at]!.type !== 'nl' && !(depth === 0 && (toks[at]!.text === ',' || toks[at]!.text === ')')); at++) {
        if (toks[at]!.type === 'op' && /^[([{]$/.test(toks[at]!.text)) depth++;
        if (toks[at]!.type === 'op' && /^[)\]}]$/.test(toks[at]!.text)) depth--;
      }
      if (toks[at]?.text !== ',') continue;
      at++;
    }
    const first = toks[at];
    if (first?.text === '[') runs.push(at);
    else if (first?.type === 'name' && lists.has(first.text) && (toks[at + 1]?.text === ')' || toks[at + 1]?.text === ',')) runs.push(lists.get(first.text)!);
  }
  if (!runs.length && !lines.length) return undefined;
  // (`NAME = "value"` statements: where each is written, for the shell's `NAME='value'` there.)
  const literals = new Map<string, { at: number; assignment: string }[]>();
  for (let k = 0; k + 3 < toks.length; k++) {
    const t = toks[k]!;
    const v = toks[k + 2]!;
    if (t.type !== 'name' || toks[k + 1]!.text !== '=' || !startsStatement(toks, k)) continue;
    if (!(v.type === 'str' || v.type === 'num') || v.value === undefined || !(toks[k + 3]!.type === 'nl' || toks[k + 3]!.type === 'end')) continue;
    const word = shellWord(String(v.value));
    if (word === undefined) continue;
    // (Written in the statement's own place: `n=5` has no room for quotes, and needs none.)
    const assignment = `${t.text}=${word}`;
    if (assignment.length <= v.end - t.start) literals.set(t.text, [...(literals.get(t.text) ?? []), { at: t.start, assignment }]);
  }
  const used = new Set<string>();
  const out = text.replace(/[^\n]/g, ' ').split('');
  const write = (at: number, word: string) => {
    for (let c = 0; c < word.length; c++) out[at + c] = word[c]!;
  };
  for (const open of new Set(runs)) {
    // (The list's words: the tokens between its own commas, a nested bracket's all one word's, up to its closing bracket.)
    const words: { from: number; to: number }[] = [];
    let depth = 0;
    let from = open + 1;
    let close = -1;
    for (let j = open; j < toks.length && close < 0; j++) {
      const x = toks[j]!;
      if (x.type === 'op' && '([{'.includes(x.text)) depth++;
      else if (x.type === 'op' && ')]}'.includes(x.text)) depth--;
      if (depth === 0) close = j;
      if (depth === 0 || (depth === 1 && x.type === 'op' && x.text === ',')) {
        if (from < j) words.push({ from, to: j });
        from = j + 1;
      }
    }
    if (close < 0) continue;
    // (One command: the list's lines are one line of the shell's.)
    for (let c = toks[open]!.start; c < toks[close]!.end; c++) if (out[c] === '\n') out[c] = ' ';
    for (const { from, to } of words) {
      const element = toks.slice(from, to);
      const start = element[0]!.start;
      const span = element[element.length - 1]!.end - start;
      const one = element.length === 1 ? element[0]! : undefined;
      // (A name the script assigns a string or a number, `model_id` after `model_id = "unsloth/gemma-4-E4B-it-MLX-8bit"`, or its
      // str(): the shell's variable of that name, its value assigned where the script writes it.)
      const named =
        one?.type === 'name'
          ? one.text
          : element.length === 4 && element[0]!.text === 'str' && element[1]!.text === '(' && element[2]!.type === 'name' && element[3]!.text === ')'
            ? element[2]!.text
            : undefined;
      if (named !== undefined && literals.has(named)) {
        used.add(named);
        // (Its separator's place too: `$model_id` where `model_id,` is written.)
        const room = span + (toks[to]!.start === element[element.length - 1]!.end ? 1 : 0);
        if (named.length + 1 <= room) write(start, `$${named}`);
        continue;
      }
      const word =
        (one?.type === 'str' && typeof one.value === 'string' ? shellWord(one.value) : undefined) ??
        (element.map((y) => y.text).join('') === 'sys.executable' ? 'python' : '$V');
      // (A word longer than its place, which a string's value with its quotes never is: unknown.)
      write(start, word.length <= span ? word : '$V'.slice(0, span));
    }
  }
  let read = runs.length > 0;
  for (const [first, end] of lines) {
    const written = commandLine(text, toks.slice(first, end), (name) => literals.has(name));
    if (!written) continue;
    read = true;
    for (const name of written.names) used.add(name);
    for (const [at, c] of written.writes) out[at] = c;
  }
  if (!read) return undefined;
  for (const name of used) for (const { at, assignment } of literals.get(name)!) write(at, assignment);
  return out.join('');
}

/** The token where a keyword's value starts in the call whose `(` is at token `open`, at the call's own level (`gpu="A100"`). */
function keywordValue(toks: readonly Tok[], open: number, name: string): number | undefined {
  for (let k = open, depth = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.type === 'op' && '([{'.includes(t.text)) depth++;
    else if (t.type === 'op' && ')]}'.includes(t.text) && --depth === 0) return undefined;
    else if (depth === 1 && t.text === name && toks[k + 1]?.text === '=' && (toks[k - 1]?.text === '(' || toks[k - 1]?.text === ',')) return k + 2;
  }
  return undefined;
}

/**
 * Whether the call named at token `k` hands a shell the command line it is given: os.system's, or subprocess's with
 * `shell=True` at its own level.
 */
function runsShell(toks: readonly Tok[], k: number): boolean {
  const t = toks[k]!;
  const dotted = toks[k - 1]?.text === '.' ? toks[k - 2]?.text : undefined;
  if (dotted === 'os') return t.text === 'system';
  return dotted === 'subprocess' && RUNS_ARGV.test(t.text) && toks[keywordValue(toks, k + 1, 'shell') ?? -1]?.text === 'True';
}

/**
 * The script's own functions that run the command they are given first (`def run(cmd, **kw):` whose body calls
 * `subprocess.run(cmd, shell=True, **kw)`, or os.system(cmd)): "shell" where a shell runs it, "argv" where subprocess runs it as
 * a list of words.
 */
function commandWrappers(toks: readonly Tok[]): Map<string, 'shell' | 'argv'> {
  const out = new Map<string, 'shell' | 'argv'>();
  for (const [name, f] of topLevelFunctions(toks)) {
    const param = f.params[0];
    if (param === undefined) continue;
    for (let k = f.from; k + 3 < f.to; k++) {
      const t = toks[k]!;
      if (t.type !== 'name' || toks[k + 1]?.text !== '(' || toks[k + 2]?.text !== param || !(toks[k + 3]?.text === ')' || toks[k + 3]?.text === ',')) continue;
      if (runsShell(toks, k)) out.set(name, 'shell');
      else if (toks[k - 1]?.text === '.' && toks[k - 2]?.text === 'subprocess' && RUNS_ARGV.test(t.text)) out.set(name, 'argv');
      else continue;
      break;
    }
  }
  return out;
}

/**
 * A command line a script writes as strings (adjacent ones concatenated), as the shell's text at the offsets it is written: each
 * string's content in its own place, the line breaks between the strings spaces. An f-string's `{NAME}` is `${NAME}` where `known`
 * (the script assigns NAME a string the shell view assigns too), each character it adds given back at the next run of blanks
 * (or the closing quotes); any other `{…}` a variable of its own length the reading cannot know. Undefined where the strings do not
 * fit their places so (a line break or the string's end before what was added is given back) or hold what the shell would read
 * otherwise than Python (an escape other than a line continuation, `{{`, a bytes string).
 */
function commandLine(text: string, pieces: readonly Tok[], known: (name: string) => boolean): { writes: [number, string][]; names: string[] } | undefined {
  const writes: [number, string][] = [];
  const names: string[] = [];
  for (let p = 0; p < pieces.length; p++) {
    const tok = pieces[p]!;
    const head = /^([A-Za-z]*)('''|"""|'|")/.exec(tok.text);
    if (!head || /b/i.test(head[1]!)) return undefined;
    const f = /f/i.test(head[1]!);
    const from = tok.start + head[0].length;
    const to = tok.end - head[2]!.length;
    let debt = 0;
    const emit = (at: number, what: string, over: number) => {
      for (let c = 0; c < what.length; c++) writes.push([at + debt + c, what[c]!]);
      debt += what.length - over;
    };
    for (let i = from; i < to;) {
      const ch = text[i]!;
      if (f && (ch === '{' || ch === '}')) {
        const close = text.indexOf('}', i);
        if (ch === '}' || text[i + 1] === '{' || close < 0 || close >= to) return undefined;
        const expr = text.slice(i + 1, close).trim();
        if (/^[A-Za-z_]\w*$/.test(expr) && known(expr)) {
          names.push(expr);
          emit(i, `\${${expr}}`, close + 1 - i);
        } else emit(i, `$${'_'.repeat(close - i)}`, close + 1 - i);
        i = close + 1;
        continue;
      }
      if (ch === '\\' && text[i + 1] !== '\n') return undefined;
      if (ch === '\n' && debt > 0) return undefined;
      const next = text[i + 1] ?? '';
      if ((ch === ' ' || ch === '\t') && debt > 0 && (/[ \t\n]/.test(next) || (next === '\\' && text[i + 2] === '\n'))) {
        debt--;
        i++;
        continue;
      }
      emit(i, ch, 1);
      i++;
    }
    // (The closing quotes' places take what is left.)
    if (debt > head[2]!.length) return undefined;
    // (One command: the line breaks between one string and the next are blanks.)
    const after = pieces[p + 1];
    if (after) for (let c = tok.end; c < after.start; c++) if (text[c] === '\n') writes.push([c, ' ']);
  }
  return { writes, names };
}

/** The string methods whose result a reading works out (stringMethodOf). */
const STRING_METHOD = /^(replace|strip|lstrip|rstrip|lower|upper|split)$/;

/** A string method's result on a string (`"q_proj,v_proj".split(",")`, `name.strip()`); else the call as read. */
function stringMethodOf(s: string, method: string, value: PyCall): PyValue {
  if (value.kwargs.length > 0) return value;
  const a = value.args;
  const chars = (x: PyValue) => (x === undefined || x === null ? undefined : typeof x === 'string' ? x : false);
  switch (method) {
    case 'replace':
      return a.length === 2 && typeof a[0] === 'string' && a[0] !== '' && typeof a[1] === 'string' ? s.split(a[0]).join(a[1]) : value;
    case 'lower':
      return a.length === 0 ? s.toLowerCase() : value;
    case 'upper':
      return a.length === 0 ? s.toUpperCase() : value;
    case 'split':
      // (By a separator given, else by runs of whitespace; not with a count.)
      return a.length === 0 ? s.split(/\s+/).filter(Boolean) : a.length === 1 && typeof a[0] === 'string' && a[0] !== '' ? s.split(a[0]) : value;
    default: {
      const set = chars(a[0]);
      if (a.length > 1 || set === false) return value;
      const strip = (x: string, re: RegExp) => x.replace(re, '');
      const cls = set === undefined ? '\\s' : set.replace(/[\\\]^-]/g, '\\$&');
      const lead = new RegExp(`^[${cls}]+`);
      const trail = new RegExp(`[${cls}]+$`);
      return method === 'lstrip' ? strip(s, lead) : method === 'rstrip' ? strip(s, trail) : strip(strip(s, lead), trail);
    }
  }
}
