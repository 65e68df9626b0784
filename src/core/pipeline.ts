/**
 * The whole flow: text → facts → (per file) recognition → (per setup) merged spec → analysis →
 * findings. Pure: the caller reads the files (CLI: node:fs; extension: vscode.workspace.fs) and
 * renders the result.
 */
import { inNotebook, isNotebook, notebookCode } from './extract/notebook';
import type { Fact, Finding, Message } from './types';
import { extractJson, type Extraction } from './extract/json';
import { extractYaml } from './extract/yaml';
import { extractToml } from './extract/toml';
import { extractGin } from './extract/gin';
import { extractPython, pythonCommands, requiredDefaults } from './extract/python';
import { batchAsShell } from './extract/batch';
import { blankedOutside, extractShell, writtenSyntax } from './extract/shell';
import { recognizeFile, type Syntax } from './recognize';
import { mergeLayers, overlaid } from './recognize/inherit';
import { factsUnder } from './recognize/reader';
import { baseName, plainPath } from './paths';
import { analyze, hasModel, type Analysis, type AnalysisOptions, type ModelledSpec } from './analysis';
import { runChecks } from './checks';
import { sizeAssumed } from './hardware/cluster';
import { groupFiles, mergeSetup, sourcedIn, type RecognizedFile, type SetupOptions } from './setup';
import { statesTraining, trainingOnTokens, type Spec } from './spec';
import { finding, overridden } from './types';
import { analyzeParams } from './analysis/params';
import { analyzeFlops } from './analysis/flops';
import { analyzeMethod } from './analysis/method';
import type { FileAnalysis, FileInput, SetupFile } from './report/input';

export type { FileAnalysis, FileInput, SetupFile };

export interface PipelineOptions extends SetupOptions, AnalysisOptions {
  /** KEY=VALUE the user sets: shell variables (MODEL=39B), or a dotted key path's value in other formats. */
  readonly set?: Readonly<Record<string, string>>;
  /** A training budget in model FLOPs (CLI --budget): the run trains on budget / (training FLOPs per token) tokens. */
  readonly budgetFlops?: number;
  /** The text is a large file's head (limits.ts headOf), read only to tell its family: syntax errors do not stop that. */
  readonly head?: boolean;
}

export type { Syntax };

/** A Markdown file (a README): read, where it is given, for the commands of its shell code blocks. */
const MARKDOWN = /\.(md|markdown)$/;
const BATCH = /\.(bat|cmd)$/;

/** The opening of a fenced code block of shell commands: ```bash, ```sh, ```shell, ```console, ```zsh or a bare ```. */
const SHELL_FENCE = /^ {0,3}(```|~~~)[ \t]*(bash|sh|shell|console|zsh|shellscript)?[ \t]*$/;
/** The opening of a fenced YAML block (```yaml, ```yml). */
const YAML_FENCE = /^ {0,3}(```|~~~)[ \t]*(yaml|yml)[ \t]*$/;

/**
 * A Markdown file's shell code blocks as a script, every other character a space (line ends kept, so each fact keeps its place in
 * the file): the commands a README documents. In a console block only the lines after a `$ ` prompt, the prompt blanked.
 */
export function markdownShell(text: string): string {
  return markdownCode(text, SHELL_FENCE, false);
}

/**
 * A Markdown file's first YAML code block, every other character a space: the training config a model card embeds (the
 * Hugging Face cards of Axolotl runs hold theirs in a ```yaml block), where the file has no shell block to read.
 */
export function markdownYaml(text: string): string {
  return markdownCode(text, YAML_FENCE, true);
}

function markdownCode(text: string, opening: RegExp, firstOnly: boolean): string {
  const out: string[] = [];
  let fence: { readonly mark: string; readonly console: boolean } | undefined;
  // (A block of another language, skipped whole: its closing fence opens nothing.)
  let other: string | undefined;
  let done = false;
  for (const line of text.split('\n')) {
    const blank = line.replace(/[^\r]/g, ' ');
    if (other !== undefined) {
      if (line.trimStart().startsWith(other)) other = undefined;
      out.push(blank);
      continue;
    }
    if (!fence) {
      const open = done ? null : opening.exec(line);
      if (open) fence = { mark: open[1]!, console: open[2] === 'console' };
      else other = /^ {0,3}(```|~~~)/.exec(line)?.[1];
      out.push(blank);
      continue;
    }
    if (line.trimStart().startsWith(fence.mark)) {
      fence = undefined;
      done = firstOnly;
      out.push(blank);
      continue;
    }
    if (!fence.console) out.push(line);
    else {
      const prompt = /^(\s*\$ )/.exec(line);
      out.push(prompt ? ' '.repeat(prompt[1]!.length) + line.slice(prompt[1]!.length) : blank);
    }
  }
  return out.join('\n');
}

export function syntaxOf(path: string, text?: string): Syntax | undefined {
  const lower = path.toLowerCase();
  // (Only where its text is given, holding a shell block: a folder's READMEs are not configs to list.)
  if (MARKDOWN.test(lower))
    return text === undefined ? undefined : markdownShell(text).trim() !== '' ? 'shell' : markdownYaml(text).trim() !== '' ? 'yaml' : undefined;
  if (/\.jsonc?$/.test(lower)) return 'json';
  if (/\.ya?ml$/.test(lower)) return 'yaml';
  if (lower.endsWith('.toml')) return 'toml';
  // (T5X's gin configs.)
  if (lower.endsWith('.gin')) return 'gin';
  if (lower.endsWith('.py')) return 'python';
  // (A Jupyter notebook: its code cells, read as the Python they make: extract/notebook.ts.)
  if (isNotebook(lower)) return 'python';
  if (/\.(sh|bash|zsh|slurm|sbatch)$/.test(lower)) return 'shell';
  // (Windows batch files, read as the shell script that runs the same commands: extract/batch.ts.)
  if (BATCH.test(lower)) return 'shell';
  if (text !== undefined && /^#!.*\b(ba|z)?sh\b/.test(text.slice(0, 100))) return 'shell';
  // A DeepSpeed config under another extension (open-instruct's stage3_no_offloading_accelerate.conf): JSON, where it reads as one.
  if (text !== undefined && lower.endsWith('.conf') && /^\s*\{/.test(text)) return 'json';
  // An accelerate config without an extension (`--config_file config/accelerate_config/deepspeed`: accelerate reads a path not
  // ending .json as YAML): YAML, where its keys are accelerate's.
  if (text !== undefined && !/\.[^/\\.]*$/.test(lower.split(/[\\/]/).pop() ?? '') && /^(compute_environment|distributed_type):/m.test(text)) return 'yaml';
  return undefined;
}

export function extract(
  path: string,
  syntax: Syntax,
  text: string,
  options: PipelineOptions = {},
  run: Pick<FileInput, 'argv' | 'environ' | 'imports' | 'calls' | 'prepend' | 'flavor' | 'sourced' | 'jobOptions'> = {},
): Extraction {
  const clean = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text; // keep offsets: the BOM becomes a space
  let ex: Extraction;
  switch (syntax) {
    case 'json':
      ex = extractJson(path, clean);
      break;
    case 'yaml':
      ex = extractYaml(path, MARKDOWN.test(path.toLowerCase()) ? markdownYaml(clean) : clean, options.set ? { vars: options.set } : {});
      break;
    case 'toml':
      ex = extractToml(path, clean);
      break;
    case 'gin':
      ex = extractGin(path, clean);
      break;
    case 'python': {
      const python = (code: string) =>
        extractPython(path, code, {
          config: options.set?.['config'],
          ...(run.argv ? { argv: run.argv } : {}),
          ...(run.environ ? { environ: run.environ } : {}),
          ...(run.imports ? { imports: run.imports } : {}),
          ...(run.calls ? { calls: run.calls } : {}),
          ...(run.prepend ? { prepend: run.prepend } : {}),
          ...(run.flavor ? { flavor: run.flavor } : {}),
        });
      if (!isNotebook(path)) {
        ex = python(clean);
        break;
      }
      const code = notebookCode(clean);
      ex = code
        ? inNotebook(python(code.text), code)
        : {
            facts: [],
            errors: [finding('unsupported', 'error', { id: 'extract.notebookNotPython', args: { file: path } }, { file: path, range: { start: 0, end: 0 } })],
          };
      break;
    }
    case 'shell': {
      const shell = (script: string) =>
        extractShell(path, script, {
          vars: options.set,
          ...(run.environ ? { inherited: run.environ } : {}),
          ...(run.sourced ? { sourced: run.sourced } : {}),
          ...(run.jobOptions ? { jobOptions: run.jobOptions } : {}),
          yaml: extractYaml,
        });
      // (A notebook's shell: its `!command` lines and `%%bash` cells, extract/notebook.ts.)
      const lower = path.toLowerCase();
      const cells = isNotebook(lower) ? notebookCode(clean, 'shell') : undefined;
      ex = cells ? inNotebook(shell(cells.text), cells) : shell(MARKDOWN.test(lower) ? markdownShell(clean) : BATCH.test(lower) ? batchAsShell(clean) : clean);
      break;
    }
  }
  // (A JSON table read for a flavor, OpenLM's model JSON for its launch's flags, or a launch read again with what a data file of
  // its run states, fairseq's dict.txt: the flavor at ["@flavor"], as Python's has it.)
  if (run.flavor !== undefined && (syntax === 'json' || syntax === 'shell')) {
    const none = { start: 0, end: 0 };
    ex = { ...ex, facts: [...ex.facts, { file: path, path: ['@flavor'], value: run.flavor, keyRange: none, valueRange: none }] };
  }
  if (!options.set || syntax === 'shell') return ex;
  return { ...ex, facts: ex.facts.map((f) => applySet(f, options.set!)) };
}

/** Every finding's range lies inside its document (parsers may point one past the end). */
function clampRanges(ex: Extraction, length: number): Extraction {
  const clamp = (n: number) => Math.max(0, Math.min(n, length));
  return {
    facts: ex.facts,
    errors: ex.errors.map((f) => ({
      ...f,
      ranges: f.ranges.map((r) => ({ file: r.file, range: { start: clamp(r.range.start), end: clamp(Math.max(r.range.start, r.range.end)) } })),
    })),
  };
}

function applySet(f: Fact, set: Readonly<Record<string, string>>): Fact {
  const key = f.path.join('.');
  if (!(key in set)) return f;
  const raw = set[key]!;
  const num = Number(raw);
  const value = raw === 'true' ? true : raw === 'false' ? false : raw.trim() !== '' && Number.isFinite(num) ? num : raw;
  return { ...f, value };
}

/** A file extracted and recognized by readConfig. */
export type ReadFile = RecognizedFile & { readonly facts: readonly Fact[] };

/**
 * A config a shell script writes itself by a heredoc and then names (`cat > train.yml <<EOF` … `EOF`, then `axolotl train
 * train.yml`): its facts, which extract/shell.ts keeps under ["@heredoc", the path written], read as the file it writes, each
 * value where the script writes it. Undefined where the script writes no such file, or one of no syntax read here.
 */
export function writtenConfig(script: ReadFile, ref: string, path: string): ReadFile | undefined {
  const target = script.facts.find((f) => f.path[0] === '@heredoc' && f.path.length > 2 && plainPath(String(f.path[1])) === plainPath(ref))?.path[1];
  const syntax = target === undefined ? undefined : writtenSyntax(String(target));
  if (target === undefined || !syntax) return undefined;
  const facts = factsUnder(script.facts, ['@heredoc', target]);
  return { path, text: script.text, facts, syntaxFindings: [], recognition: recognizeFile(script.path, syntax, facts) };
}

/**
 * The arguments a command line hands the Python script it runs, as its argparse or HfArgumentParser takes them: each flag it
 * knows (`--lora-r 16` as lora_r), and its `key=value` overrides (nemo_run's CLI applies them to the recipe the script builds).
 */
export function commandArgv(facts: readonly Fact[]): Record<string, number | string | boolean> {
  const argv: Record<string, number | string | boolean> = {};
  for (const f of facts) {
    const k = String(f.path[0]);
    const v = f.value;
    if (f.unknown || !(typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')) continue;
    if (f.path.length === 1 && /^--?[A-Za-z_][\w-]*$/.test(k)) argv[k.replace(/^-+/, '').replace(/-/g, '_')] = v;
    else if (k === '@override' && f.path.length === 2) argv[`@override.${String(f.path[1])}`] = v;
  }
  return argv;
}

/** Extracts and recognizes one file. */
export function readConfig(input: FileInput, options: PipelineOptions = {}): ReadFile {
  const syntax = syntaxOf(input.path, input.text);
  if (!syntax) {
    return {
      ...input,
      facts: [],
      syntaxFindings: [
        finding('unsupported', 'error', { id: 'extract.unknownSyntax', args: { file: input.path } }, { file: input.path, range: { start: 0, end: 0 } }),
      ],
      recognition: { family: undefined, training: {}, parallel: {}, references: [], findings: [] },
    };
  }
  const ex = clampRanges(extract(input.path, syntax, input.text, options, input), input.text.length);
  // A head (limits.ts headOf) is cut mid-document: JSON's syntax errors there say nothing of the file, whose family the facts
  // before the cut still tell.
  if (ex.errors.some((e) => e.severity === 'error') && !options.head) {
    return {
      ...input,
      facts: ex.facts,
      syntaxFindings: ex.errors,
      recognition: { family: undefined, training: {}, parallel: {}, references: [], findings: [] },
    };
  }
  let recognition: ReadFile['recognition'];
  try {
    // (A shell launch's facts stay as they are, a command's words repeated under one key: only what it inherits gives way.)
    const own = !input.inherited?.length ? ex.facts : syntax === 'shell' ? overlaid(input.inherited, ex.facts) : mergeLayers([input.inherited, ex.facts]);
    // (A launch's values over the file's: each key it sets replaces the file's.)
    const laid = input.overrides?.length ? overlaid(own, input.overrides) : own;
    // (A Python script's prelude, a module's function body it calls: what that body binds takes the place of the script's names
    // alike, `model` the call's result among them.)
    const facts = input.prelude?.length ? overlaid(laid, input.prelude) : laid;
    recognition = recognizeFile(input.path, syntax, facts);
  } catch (e) {
    // A reader's own fault on an input it did not foresee: a finding on this file, never an exception for the caller.
    recognition = {
      family: undefined,
      training: {},
      parallel: {},
      references: [],
      findings: [
        finding(
          'unreadable',
          'error',
          { id: 'recognize.failed', args: { problem: e instanceof Error ? e.message : String(e) } },
          { file: input.path, range: { start: 0, end: 0 } },
        ),
      ],
    };
  }
  // A notebook whose Python no reader knows that launches its training from its shell lines (`!python qlora.py --model_name_or_path
  // EleutherAI/pythia-12b …`, `!accelerate launch …`): read as that launch. So too a script that runs its training as a list of
  // words it hands subprocess (`subprocess.run([sys.executable, "LLaMA-Factory/src/train.py", "--stage", "sft", …])`), where that
  // launch names a model.
  if (syntax === 'python' && recognition.family === undefined && !recognition.model) {
    const notebook = isNotebook(input.path);
    const commands = notebook ? input.text : pythonCommands(input.text);
    const launch = commands === undefined ? undefined : readAsLaunch(input, commands, options);
    if (launch && (notebook || launch.recognition.model || launch.recognition.modelRef)) return launch;
  }
  // (Not where a launch runs the script: its command line is the run's, whatever example the docstring gives.)
  const usage = syntax === 'python' && input.argv === undefined ? usageExample(input, recognition, options) : undefined;
  // (The command is this script's own, whatever name its docstring gives it: the script read with the example's flags as its
  // arguments, where that names a model, its own LoRA and trainer then read as they are; else the example as the launch it is.)
  if (usage) {
    const own = usage.own ?? argvReading(input, usage.facts, options);
    if (own && (own.recognition.model || own.recognition.modelRef) && own.recognition.family !== undefined) {
      const said = usage.recognition.findings.filter((f) => f.message.id === 'python.usageExample' || f.message.id === 'python.usageComment');
      return { ...own, recognition: { ...own.recognition, findings: [...said, ...own.recognition.findings] } };
    }
  }
  const required = requiredReading(input, syntax, recognition, usage === undefined, options);
  if (required) return required;
  const example = usage ?? (syntax === 'python' ? argvCommand(input, recognition, options) : undefined);
  if (example) return { ...input, facts: example.facts, syntaxFindings: ex.errors, recognition: example.recognition };
  return { ...input, facts: ex.facts, syntaxFindings: ex.errors, recognition: commandLineRefusal(input, recipeRefusal(input, recognition)) };
}

/**
 * A file's commands (a notebook's shell lines, or a script's shell view, extract/python.ts pythonCommands) read as the launch they
 * make, where a launcher's reader takes them; undefined where none does. (A reader's fault on them is no fault of the file's: its
 * Python's reading stands.)
 */
function readAsLaunch(input: FileInput, commands: string, options: PipelineOptions): ReadFile | undefined {
  const sh = extract(input.path, 'shell', commands, options, input);
  if (!sh.facts.some((f) => f.path[0] === '@command' || f.path[0] === '@module')) return undefined;
  let launched: ReadFile['recognition'] | undefined;
  try {
    launched = recognizeFile(input.path, 'shell', sh.facts);
  } catch {
    return undefined;
  }
  return launched.family === undefined ? undefined : { ...input, facts: sh.facts, syntaxFindings: sh.errors, recognition: launched };
}

/**
 * A Python script no reader recognizes that takes its settings from its command line (TrlParser, HfArgumentParser, argparse)
 * and gives no example of it: refused as that, at its parser, rather than as an unknown format.
 */
function commandLineRefusal(input: FileInput, r: ReadFile['recognition']): ReadFile['recognition'] {
  if (r.family !== undefined || !/\.py$/i.test(input.path) || !r.findings.some((f) => f.message.id === 'recognize.unknownFormat')) return r;
  const parser = CLI_PARSER.exec(input.text);
  if (parser) return refusedAt(r, input.path, parser.index, parser.index + parser[0].length - 1, { id: 'python.commandLine', args: { parser: parser[1]! } });
  // (Megatron-LM's entry points and their forks', `pretrain_gpt.py` importing megatron and calling `pretrain(…)`: its model and
  // settings are the arguments Megatron parses from the command line.)
  const entry = /^[ \t]*(pretrain)\(/m.exec(input.text);
  if (!entry || !MEGATRON_IMPORT.test(input.text)) return r;
  const at = entry.index + entry[0].indexOf('pretrain');
  return refusedAt(r, input.path, at, at + 'pretrain'.length, { id: 'python.commandLine', args: { parser: "Megatron-LM's arguments" } });
}

/** A module of Megatron-LM's, or of a port of it (Megatron-DeepSpeed's, AscendSpeed's, MindSpeed's), imported. */
const MEGATRON_IMPORT = /^[ \t]*(from|import)[ \t]+(megatron|mindspeed\w*|ascendspeed)\b/m;

/** An unrecognized file refused with the reason found in it, at its place there, in place of "not a config this version recognizes". */
function refusedAt(r: ReadFile['recognition'], file: string, start: number, end: number, message: Message): ReadFile['recognition'] {
  return {
    ...r,
    findings: [
      ...r.findings.filter((f) => f.message.id !== 'recognize.unknownFormat'),
      finding('unsupported', 'error', message, { file, range: { start, end } }),
    ],
  };
}

/** The argument parsers a script takes its settings from its command line with. */
const CLI_PARSER = /\b(TrlParser|HfArgumentParser|H4ArgumentParser|ArgumentParser)\(/;

/**
 * A command in a docstring that runs a Python script: its first line (`python sft.py \`, `accelerate launch … train.py`, `torchrun
 * …`, or the script run as a program with its flags, `lora_sft.py --model /models/qwen3-32b --qlora`, `./train.py --lr 1e-4`).
 */
const USAGE_COMMAND = /^[ \t]*((?:[A-Z_][A-Z0-9_]*=\S+\s+)*(?:python3?|accelerate\s+launch|torchrun|deepspeed|(?:\.\/)?[\w./-]+\.py(?=[ \t]+--))\b[^\n]*)$/m;

/**
 * A Python script that takes its settings from its command line (TRL's and transformers' example scripts: TrlParser,
 * HfArgumentParser, argparse) names no model itself; where its module docstring gives an example command that runs a script
 * (`python trl/scripts/sft.py --model_name_or_path Qwen/Qwen2-0.5B …`), that command is read as the launch, each flag where the
 * docstring writes it, and said (python.usageExample). Only when the script's own reading found no model, and no launch runs it.
 */
function usageExample(
  input: FileInput,
  r: ReadFile['recognition'],
  options: PipelineOptions,
): { facts: readonly Fact[]; recognition: ReadFile['recognition']; own?: ReadFile } | undefined {
  if (r.model || r.modelRef) return undefined;
  const parser = CLI_PARSER.exec(input.text);
  if (!parser) return undefined;
  // The module docstring: the first string of the file, after its comments and blank lines.
  const doc = /^(?:[ \t]*(?:#[^\n]*)?\n)*[ \t]*[rRuU]?("""|''')/.exec(input.text);
  const open = doc ? doc.index + doc[0].length : -1;
  const close = doc ? input.text.indexOf(doc[1]!, open) : -1;
  const first = close < 0 ? undefined : USAGE_COMMAND.exec(input.text.slice(open, close));
  if (!first || !/\.py\b/.test(first[1]!)) return usageComment(input, parser[1]!, options);
  // The command's lines: the first and those its trailing backslashes continue onto.
  const start = open + first.index + (first[0].length - first[0].trimStart().length);
  const lineEnd = (from: number) => {
    const n = input.text.indexOf('\n', from);
    return n < 0 || n > close ? close : n;
  };
  const firstEnd = lineEnd(start);
  let end = firstEnd;
  // (A comment after a line's backslash, `--model_name meta-llama/Llama-3.1-8B-Instruct \ # or …`, is no shell's continuation,
  // but a docstring's reader takes the command on past it: the line continued, the comment blanked.)
  while (/\\\s*$|\\[ \t]+#[^\n]*$/.test(input.text.slice(start, end)) && end < close) end = lineEnd(end + 1);
  const words = blankedOutside(input.text, start, end).replace(/(\\)([ \t]+#[^\n]*)$/gm, (_, slash: string, rest: string) => slash + ' '.repeat(rest.length));
  // (The script's own reading with the example's flags, where the launch alone found no model: kept for the caller.)
  let own: ReadFile | undefined;
  const example = commandLineIn(
    input,
    words,
    options,
    // (Or one whose flags, as this script's own arguments, name its model: the docstring's `python3 sft_train.py --model_name
    // meta-llama/Llama-3.1-8B-Instruct …` of a script saved under another name, the launch alone finding no sft_train.py to read.)
    (read, facts) => {
      if (read.model !== undefined || read.modelRef !== undefined) return true;
      own = argvReading(input, facts, options);
      return own !== undefined && own.recognition.family !== undefined && (own.recognition.model !== undefined || own.recognition.modelRef !== undefined);
    },
    () => {
      const command = input.text
        .slice(start, firstEnd)
        .replace(/\\\s*$/, '')
        .trim();
      return finding('assumed', 'info', { id: 'python.usageExample', args: { parser: parser[1]!, command } }, { file: input.path, range: { start, end } });
    },
  );
  return example && own ? { ...example, own } : example;
}

/** A comment line that runs a script (`# nohup python run_grpo.py --config grpo.yaml > log.txt &`): the command after the `#`. */
const COMMENT_COMMAND = /^[ \t]*#[ \t]*((?:nohup\s+)?(?:[A-Z_][A-Z0-9_]*=\S+\s+)*(?:python3?|accelerate\s+launch|torchrun|deepspeed)\b[^\n]*)$/gm;

/**
 * Where a script's docstring gives no example, a comment of its own that runs it by its file's name (`# nohup python
 * run_grpo.py --config grpo.yaml > grpotest.txt &`, as an author leaves a note of how it is launched): that command read as its
 * launch, as the docstring's would be (its first, a line of its own), and said (python.usageComment). Only one that names a
 * model, one with whose flags the script's own reading finds one, or one that hands the script a config file (`--config
 * grpo.yaml`), which the engine reads where it runs the script under that launch.
 */
function usageComment(input: FileInput, parser: string, options: PipelineOptions): ReturnType<typeof usageExample> {
  const name = baseName(input.path);
  for (const m of input.text.matchAll(COMMENT_COMMAND)) {
    const words = m[1]!.split(/\s+/);
    if (!words.some((w) => baseName(w) === name)) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    const end = start + m[1]!.trimEnd().length;
    let own: ReadFile | undefined;
    const example = commandLineIn(
      input,
      blankedOutside(input.text, start, end),
      options,
      (read, facts) => {
        if (read.model !== undefined || read.modelRef !== undefined) return true;
        own = argvReading(input, facts, options);
        if (own !== undefined && own.recognition.family !== undefined && (own.recognition.model !== undefined || own.recognition.modelRef !== undefined))
          return true;
        // (Or a launch of this script with flags whose files the engine reads, `--config grpo.yaml`: the launch it is, this
        // script then read under it.)
        own = undefined;
        return (
          read.references.some((r) => baseName(r.value) === name) &&
          facts.some((f) => typeof f.path[0] === 'string' && f.path[0].startsWith('-') && typeof f.value === 'string' && /\.(ya?ml|json)$/i.test(f.value))
        );
      },
      () => finding('assumed', 'info', { id: 'python.usageComment', args: { parser, command: m[1]!.trim() } }, { file: input.path, range: { start, end } }),
    );
    return example && own ? { ...example, own } : example;
  }
  return undefined;
}

/**
 * A script that names no model alone, whose argparse requires arguments that its author gives defaults anyway
 * (`add_argument("--model_ckpt", required=True, default="google/gemma-2b")`; argparse never uses them, the run's command line
 * must give each): read with those defaults as its command line, where that names its model, and said (python.requiredDefaults).
 * Not where a launch or its docstring's example gives the command line.
 */
function requiredReading(input: FileInput, syntax: Syntax, r: ReadFile['recognition'], noExample: boolean, options: PipelineOptions): ReadFile | undefined {
  if (syntax !== 'python' || input.argv !== undefined || !noExample || r.model || r.modelRef) return undefined;
  const required = requiredDefaults(input.text);
  if (!required.length) return undefined;
  const own = readConfig({ ...input, argv: Object.fromEntries(required.map((d) => [d.dest, d.value])) }, options);
  if (own.recognition.family === undefined || (!own.recognition.model && !own.recognition.modelRef)) return undefined;
  const flags = required.map((d) => `--${d.dest} ${String(d.value)}`).join(', ');
  const said = finding('assumed', 'info', { id: 'python.requiredDefaults', args: { flags } }, { file: input.path, range: required[0]!.range });
  return { ...own, recognition: { ...own.recognition, findings: [said, ...own.recognition.findings] } };
}

/** The script read with a command line's flags as its own arguments; undefined where the line gives it none. */
function argvReading(input: FileInput, facts: readonly Fact[], options: PipelineOptions): ReadFile | undefined {
  const argv = commandArgv(facts);
  return Object.keys(argv).length ? readConfig({ ...input, argv }, options) : undefined;
}

/**
 * A command line a Python file writes (`text`: the file with every other character blank, so each word keeps its place), read
 * as a launch script: its facts and recognition with `note` first, or undefined where the shell reading fails or `accept`
 * refuses what it recognizes.
 */
function commandLineIn(
  input: FileInput,
  text: string,
  options: PipelineOptions,
  accept: (read: ReadFile['recognition'], facts: readonly Fact[]) => boolean,
  note: () => Finding,
): { facts: readonly Fact[]; recognition: ReadFile['recognition'] } | undefined {
  const shell = extractShell(input.path, text, { vars: options.set, yaml: extractYaml });
  if (shell.errors.some((e) => e.severity === 'error')) return undefined;
  const read = recognizeFile(input.path, 'shell', shell.facts);
  if (!accept(read, shell.facts)) return undefined;
  return { facts: shell.facts, recognition: { ...read, findings: [note(), ...read.findings] } };
}

/**
 * A Python script no reader recognizes that sets its command line itself and runs a CLI's main with it (`sys.argv =
 * ["llamafactory-cli", "train", "examples/x.yaml"]`, the way a launch is debugged in an editor): that list read as the command
 * line it stands for, each word where the script writes it, and said (python.argvCommand).
 */
function argvCommand(
  input: FileInput,
  r: ReadFile['recognition'],
  options: PipelineOptions,
): { facts: readonly Fact[]; recognition: ReadFile['recognition'] } | undefined {
  if (r.family !== undefined) return undefined;
  const m = /^[ \t]*sys\.argv[ \t]*=[ \t]*(\[(?:\s*(?:"[^"\\\n$`]*"|'[^'\\\n]*')\s*,)*\s*(?:"[^"\\\n$`]*"|'[^'\\\n]*')\s*,?\s*\])/m.exec(input.text);
  if (!m) return undefined;
  const start = m.index + m[0].length - m[1]!.length;
  const end = m.index + m[0].length;
  // (The list's brackets, commas and line breaks become spaces, outside its strings: its words, quoted as Python writes them, in
  // place, on one command line.)
  let quote: string | undefined;
  const list = [...input.text.slice(start, end)]
    .map((c) => {
      if (quote) {
        if (c === quote) quote = undefined;
        return c;
      }
      if (c === '"' || c === "'") quote = c;
      return '[],\n'.includes(c) ? ' ' : c;
    })
    .join('');
  const blanked = blankedOutside(input.text, start, end);
  return commandLineIn(
    input,
    blanked.slice(0, start) + list + blanked.slice(end),
    options,
    (read) => read.family !== undefined,
    () => {
      const command = [...m[1]!.matchAll(/"([^"]*)"|'([^']*)'/g)].map((w) => w[1] ?? w[2]).join(' ');
      return finding('assumed', 'info', { id: 'python.argvCommand', args: { command } }, { file: input.path, range: { start, end } });
    },
  );
}

/**
 * NeMo 2.0 recipes (`llm.llama3_8b.pretrain_recipe(...)`) and Megatron-Bridge recipe launches (`run_recipe.py --recipe …`,
 * `from megatron.bridge.recipes…`) keep their shapes and defaults in the library's Python, which is never run: an
 * unrecognized file that calls one is refused at the call, naming the recipe, instead of as an unknown format.
 */
function recipeRefusal(input: FileInput, r: ReadFile['recognition']): ReadFile['recognition'] {
  if (r.family !== undefined) return r;
  const m = /\b(llm\.[\w.]+_recipe|[\w.]*bridge\.recipes\.[\w.]+|run_recipe\.py\s+--recipe[ =]+[\w.]+)/.exec(input.text);
  if (!m) return r;
  return refusedAt(r, input.path, m.index, m.index + m[0].length, { id: 'recognize.pythonRecipe', args: { recipe: m[0] } });
}

/**
 * Analyzes a set of files: grouped into setups, each merged and analyzed. A file the caller has
 * already read with readConfig (and the same options) is not read again: the CLI and the extension
 * read files first to decide which belong to the setup.
 */
export function analyzeFiles(inputs: readonly (FileInput | ReadFile)[], options: PipelineOptions = {}): FileAnalysis[] {
  const all = inputs.map((i) => ('recognition' in i ? i : readConfig(i, options)));
  // A shell script another one sources that holds nothing this version reads (its exports, its helper functions) is no setup.
  const read = all.filter((r) => !(r.recognition.family === undefined && !r.recognition.model && sourcedIn(r, all)));
  const failed = read.filter((r) => r.syntaxFindings.some((e) => e.severity === 'error') || (r.recognition.family === undefined && !r.recognition.model));
  const usable = read.filter((r) => !failed.includes(r));
  const out: FileAnalysis[] = failed.map((r) => ({
    path: r.path,
    text: r.text,
    files: [{ path: r.path, text: r.text, family: r.recognition.family }],
    family: r.recognition.family,
    facts: r.facts,
    findings: [...r.syntaxFindings, ...r.recognition.findings],
  }));
  for (const group of groupFiles(usable)) out.push(analyzeGroup(group as ReadFile[], options));
  // Keep the order the user gave.
  const order = new Map(inputs.map((i, n) => [i.path, n]));
  return out.sort((a, b) => (order.get(a.path) ?? 0) - (order.get(b.path) ?? 0));
}

function analyzeGroup(group: readonly ReadFile[], options: PipelineOptions): FileAnalysis {
  const merged = mergeSetup(group, options);
  // The user's own file leads: a model config read for the model it names (a local path, the HF cache) follows it.
  // (A script another one sources, a model's arguments, is not the user's own file: the script that sources it is.)
  const own = group.filter((m) => m.joins === undefined && !sourcedIn(m, group));
  const main =
    own.find((m) => m.recognition.model) ??
    own.find((m) => m.recognition.modelRef) ??
    own.find((m) => (m.recognition.sources?.length ?? 0) > 0) ??
    group.find((m) => m.recognition.model) ??
    group[0]!;
  // (A script's trainer class said not to be counted gives way where another member, its launch, counts the pairs: a reward
  // script under its own name run by a script whose trainer class is its own, DistilRewardTrainer.)
  const paired = group.some((m) => m.recognition.training.preference);
  const memberFindings = group.flatMap((m) => [
    ...m.syntaxFindings,
    ...m.recognition.findings.filter((f) => !(paired && !m.recognition.training.preference && f.message.id === 'method.preferenceStage')),
  ]);
  const errors = memberFindings.some((f) => f.severity === 'error') || merged.findings.some((f) => f.severity === 'error');
  const spec = merged.spec;
  const ordered = [main, ...group.filter((m) => m !== main)];
  const files = ordered.map((m) => ({ path: m.path, text: m.text, family: m.recognition.family }));
  // One list of every member's facts (a single file's list as it is: a large file has thousands).
  const facts = group.length === 1 ? group[0]!.facts : ([] as Fact[]).concat(...group.map((m) => m.facts));
  return {
    path: main.path,
    text: main.text,
    files,
    family: main.recognition.family,
    facts,
    spec,
    ...withAnalysis(spec, errors, main.path, options, [...memberFindings, ...merged.findings], files, facts),
  };
}

function withAnalysis(
  spec: Spec | undefined,
  errors: boolean,
  mainPath: string,
  options: PipelineOptions,
  findings: Finding[],
  files: readonly SetupFile[],
  facts: readonly Fact[],
): { analysis?: Analysis; findings: Finding[] } {
  if (!spec || !hasModel(spec) || errors) return { findings: distinct(findings) };
  const analysis = analyze(withBudget(spec, options), options);
  // Each size is capped at 1e9, but their products are not: past 2^53 a count is no longer exact,
  // so no number is shown and the sizes are flagged instead.
  if (!Number.isSafeInteger(analysis.params.total.value)) {
    const at = spec.model.hidden.source;
    return {
      findings: [
        ...findings,
        finding(
          'value-range',
          'error',
          { id: 'analysis.beyondExact', args: { limit: '2^53 − 1 (9,007,199,254,740,991)' } },
          at.kind === 'fact' ? { file: at.file, range: at.range } : { file: mainPath, range: { start: 0, end: 0 } },
        ),
      ],
    };
  }
  return { analysis, findings: distinct([...findings, ...check(spec, analysis, mainPath, files, facts)]) };
}

/** The findings with each said once: two readers of one file may say the same thing at the same place. */
function distinct(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = JSON.stringify([f.ruleId, f.severity, f.message, f.ranges]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A FLOP budget the user gives, as the tokens it trains on (the files' own length of training gives way to it). */
function withBudget(spec: ModelledSpec, options: PipelineOptions): ModelledSpec {
  if (!options.budgetFlops) return spec;
  const params = analyzeParams(spec.model);
  const perToken = analyzeFlops(
    spec.model,
    spec.training.seqLen,
    params,
    options.convention ?? 'causal',
    analyzeMethod(spec.model, spec.training, params),
    spec.training.targetLen,
  ).perToken.training.value;
  if (!(perToken > 0)) return spec;
  const tokens = Math.round(options.budgetFlops / perToken);
  return trainingOnTokens(spec, overridden(tokens, { id: 'prov.budget', args: { flops: options.budgetFlops } }));
}

/** The checks on an analysis (of the files, or of a what-if on them). Verdicts on the layout only when the files state training settings. */
export function check(spec: ModelledSpec, analysis: Analysis, mainFile: string, files: readonly SetupFile[], facts: readonly Fact[]): Finding[] {
  return runChecks({ spec, analysis, mainFile, statesTraining: statesTraining(spec), knownSize: !sizeAssumed(analysis.cluster.cluster), files, facts });
}

/** One file on its own (the extension's active document, a single CLI argument). */
export function analyzeFile(file: FileInput, options: PipelineOptions = {}): FileAnalysis {
  return analyzeFiles([file], options)[0]!;
}
